//! The agent: a Unix socket served one thread per connection, only to processes of the same
//! user (checked with the peer's credentials), keys forgotten at their lifetime or after the idle
//! timeout, and a log line per signature that names what was signed and never a secret.

use std::collections::HashMap;
use std::io::Write;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::AgentError;
use super::protocol::{Held, Request, Response, Status, read_frame, write_frame};
use super::secret::{LockedSecret, SECRET_LEN};
use crate::wallet::Keypair;

/// The agent's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// A key unused this long is forgotten.
    pub idle_timeout: Duration,
    /// A key is forgotten this long after it was added (unless its own lifetime is shorter).
    pub lifetime: Duration,
}

struct Entry {
    secret: LockedSecret,
    label: String,
    expires: Instant,
    last_used: Instant,
}

/// The agent's state, shared by its connections.
pub struct Agent {
    opts: Options,
    started: Instant,
    keys: Mutex<HashMap<[u8; 32], Entry>>,
    log: Mutex<Box<dyn Write + Send>>,
    stopping: AtomicBool,
}

impl Agent {
    /// A new agent that logs to `log`.
    pub fn new(opts: Options, log: Box<dyn Write + Send>) -> Arc<Agent> {
        Arc::new(Agent {
            opts,
            started: Instant::now(),
            keys: Mutex::new(HashMap::new()),
            log: Mutex::new(log),
            stopping: AtomicBool::new(false),
        })
    }

    fn log(&self, line: &str) {
        if let Ok(mut w) = self.log.lock() {
            let _ = writeln!(w, "tao agent: {line}");
            let _ = w.flush();
        }
    }

    fn keys(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], Entry>> {
        self.keys.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Forget the keys whose lifetime or idle time is over.
    pub fn expire(&self, now: Instant) {
        let idle = self.opts.idle_timeout;
        let mut keys = self.keys();
        let gone: Vec<[u8; 32]> = keys
            .iter()
            .filter(|(_, e)| now >= e.expires || now.duration_since(e.last_used) >= idle)
            .map(|(k, _)| *k)
            .collect();
        for k in gone {
            if let Some(e) = keys.remove(&k) {
                self.log(&format!(
                    "forgot {} ({}): {}",
                    crate::ss58::encode_default(&k),
                    e.label,
                    if now >= e.expires {
                        "lifetime over"
                    } else {
                        "idle timeout"
                    }
                ));
            }
        }
    }

    /// Whether a `Stop` was served.
    pub fn stopping(&self) -> bool {
        self.stopping.load(Ordering::SeqCst)
    }

    /// Answer one request.
    pub fn handle(&self, req: Request) -> Response {
        let now = Instant::now();
        self.expire(now);
        match req {
            Request::Add {
                public,
                secret,
                lifetime_secs,
                label,
            } => {
                let Ok(bytes) = <&[u8; SECRET_LEN]>::try_from(secret.as_slice()) else {
                    return Response::Error(format!("a secret key is {SECRET_LEN} bytes"));
                };
                match Keypair::from_private_key(bytes) {
                    Ok(k) if k.public_key() == public => {}
                    _ => return Response::Error("the secret does not match the public key".into()),
                }
                let own = if lifetime_secs == 0 {
                    self.opts.lifetime
                } else {
                    Duration::from_secs(lifetime_secs).min(self.opts.lifetime)
                };
                let locked = LockedSecret::new(bytes);
                if !locked.is_locked() {
                    self.log("warning: mlock failed (RLIMIT_MEMLOCK); the key may be swapped out");
                }
                self.log(&format!(
                    "holding {} ({label}) for {}",
                    crate::ss58::encode_default(&public),
                    super::format_duration(own)
                ));
                self.keys().insert(
                    public,
                    Entry {
                        secret: locked,
                        label,
                        expires: now + own,
                        last_used: now,
                    },
                );
                Response::Ok
            }
            Request::Sign {
                public,
                description,
                message,
            } => {
                let mut keys = self.keys();
                let Some(e) = keys.get_mut(&public) else {
                    return Response::NotHeld;
                };
                e.last_used = now;
                let signed =
                    Keypair::from_private_key(e.secret.expose()).and_then(|k| k.sign(&message));
                match signed {
                    Ok(sig) => {
                        self.log(&format!(
                            "signed {description} for {} ({})",
                            crate::ss58::encode_default(&public),
                            e.label
                        ));
                        Response::Signature(sig)
                    }
                    Err(err) => Response::Error(err.to_string()),
                }
            }
            Request::List => {
                let idle = self.opts.idle_timeout;
                let mut held: Vec<Held> = self
                    .keys()
                    .iter()
                    .map(|(k, e)| Held {
                        public: *k,
                        label: e.label.clone(),
                        lifetime_left: e.expires.saturating_duration_since(now).as_secs(),
                        idle_left: (e.last_used + idle)
                            .saturating_duration_since(now)
                            .as_secs(),
                    })
                    .collect();
                held.sort_by(|a, b| a.label.cmp(&b.label).then(a.public.cmp(&b.public)));
                Response::Keys(held)
            }
            Request::Remove { public } => match self.keys().remove(&public) {
                Some(e) => {
                    self.log(&format!(
                        "removed {} ({})",
                        crate::ss58::encode_default(&public),
                        e.label
                    ));
                    Response::Ok
                }
                None => Response::NotHeld,
            },
            Request::Lock => {
                let n = {
                    let mut keys = self.keys();
                    let n = keys.len();
                    keys.clear();
                    n
                };
                self.log(&format!("locked: forgot {n} key(s)"));
                Response::Ok
            }
            Request::Stop => {
                self.keys().clear();
                self.stopping.store(true, Ordering::SeqCst);
                self.log("stopping");
                Response::Ok
            }
            Request::Status => Response::Status(Status {
                pid: std::process::id(),
                keys: self.keys().len().min(u16::MAX as usize) as u16,
                uptime: self.started.elapsed().as_secs(),
                idle_timeout: self.opts.idle_timeout.as_secs(),
                lifetime: self.opts.lifetime.as_secs(),
            }),
        }
    }

    /// Serve one connection from a process with user id `peer` (`None`: unknown) to an agent
    /// running as `own`: anyone else is answered with a refusal and disconnected.
    pub fn serve_connection(&self, mut stream: UnixStream, peer: Option<u32>, own: u32) {
        if peer != Some(own) {
            self.log(&format!(
                "refused a connection from user {}",
                peer.map_or("unknown".to_string(), |u| u.to_string())
            ));
            let body = Response::Error("the agent serves only its own user".into()).encode();
            let _ = write_frame(&mut stream, &body);
            return;
        }
        let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
        loop {
            let frame = match read_frame(&mut stream) {
                Ok(Some(f)) => f,
                Ok(None) => return,
                Err(e) => {
                    let _ = write_frame(&mut stream, &Response::Error(e.to_string()).encode());
                    return;
                }
            };
            let resp = match Request::decode(&frame) {
                Ok(req) => self.handle(req),
                Err(e) => Response::Error(e.to_string()),
            };
            if write_frame(&mut stream, &resp.encode()).is_err() || self.stopping() {
                return;
            }
        }
    }
}

/// The user id of the process at the other end of `stream`.
pub fn peer_uid(stream: &UnixStream) -> Option<u32> {
    use std::os::fd::AsRawFd;
    #[cfg(target_os = "linux")]
    {
        let mut cred = libc::ucred {
            pid: 0,
            uid: 0,
            gid: 0,
        };
        let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
        // SAFETY: a valid socket, and a ucred buffer of the length given.
        let rc = unsafe {
            libc::getsockopt(
                stream.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_PEERCRED,
                (&mut cred as *mut libc::ucred).cast(),
                &mut len,
            )
        };
        (rc == 0).then_some(cred.uid)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let (mut uid, mut gid) = (0, 0);
        // SAFETY: a valid socket and two out-pointers.
        let rc = unsafe { libc::getpeereid(stream.as_raw_fd(), &mut uid, &mut gid) };
        (rc == 0).then_some(uid)
    }
}

/// This process's effective user id.
pub fn own_uid() -> u32 {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() }
}

/// Bind the agent's socket at `path`, readable and writable by its owner only (created under a
/// 0177 umask, so it is never briefly open to others). A socket left by a dead agent is
/// replaced; a live one is refused.
pub fn bind(path: &Path) -> Result<UnixListener, AgentError> {
    let bad = |reason: String| AgentError::Socket {
        path: path.display().to_string(),
        reason,
    };
    if path.exists() {
        if UnixStream::connect(path).is_ok() {
            return Err(bad("another agent is listening there".into()));
        }
        std::fs::remove_file(path)
            .map_err(|e| bad(format!("cannot remove a stale socket: {e}")))?;
    }
    // SAFETY: umask only changes this process's file-creation mask; restored right after.
    let old = unsafe { libc::umask(0o177) };
    let result = UnixListener::bind(path);
    // SAFETY: as above.
    unsafe { libc::umask(old) };
    result.map_err(|e| bad(e.to_string()))
}

/// Serve until a `Stop`: one thread per connection, a reaper that forgets expired keys every
/// 200 ms. Removes the socket before returning.
pub fn serve(listener: UnixListener, path: &Path, agent: Arc<Agent>) {
    let reaper = Arc::clone(&agent);
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(200));
            reaper.expire(Instant::now());
        }
    });
    let own = own_uid();
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let peer = peer_uid(&stream);
        let a = Arc::clone(&agent);
        let path_owned = path.to_path_buf();
        std::thread::spawn(move || {
            a.serve_connection(stream, peer, own);
            if a.stopping() {
                let _ = std::fs::remove_file(&path_owned);
                std::process::exit(0);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agent() -> Arc<Agent> {
        Agent::new(
            Options {
                idle_timeout: Duration::from_secs(60),
                lifetime: Duration::from_secs(3600),
            },
            Box::new(std::io::sink()),
        )
    }

    fn add(a: &Agent, seed: &str, lifetime: u64) -> [u8; 32] {
        let k = Keypair::from_uri(&crate::wallet::SecretString::new(seed.to_string())).unwrap();
        let secret = k.private_key().unwrap();
        let r = a.handle(Request::Add {
            public: k.public_key(),
            secret: zeroize::Zeroizing::new(secret.expose().to_vec()),
            lifetime_secs: lifetime,
            label: "t".into(),
        });
        assert_eq!(r, Response::Ok);
        k.public_key()
    }

    #[test]
    fn signs_only_with_keys_it_holds_and_the_signature_verifies() {
        let a = agent();
        let public = add(&a, "//Alice", 0);
        let r = a.handle(Request::Sign {
            public,
            description: "test".into(),
            message: b"hello".to_vec(),
        });
        let Response::Signature(sig) = r else {
            panic!("{r:?}")
        };
        assert!(crate::wallet::keypair::verify(&public, b"hello", &sig));
        assert_eq!(
            a.handle(Request::Sign {
                public: [9; 32],
                description: "x".into(),
                message: vec![]
            }),
            Response::NotHeld
        );
    }

    #[test]
    fn a_secret_that_does_not_match_its_public_key_is_refused() {
        let a = agent();
        let r = a.handle(Request::Add {
            public: [1; 32],
            secret: zeroize::Zeroizing::new(vec![0; 64]),
            lifetime_secs: 0,
            label: "x".into(),
        });
        assert!(matches!(r, Response::Error(_)), "{r:?}");
    }

    #[test]
    fn lifetime_and_idle_time_expire_keys_and_lock_forgets_at_once() {
        let a = agent();
        let short = add(&a, "//Bob", 1);
        let long = add(&a, "//Charlie", 0);
        a.expire(Instant::now() + Duration::from_secs(2));
        let Response::Keys(k) = a.handle(Request::List) else {
            panic!()
        };
        assert_eq!(k.iter().map(|h| h.public).collect::<Vec<_>>(), vec![long]);
        assert!(!k.iter().any(|h| h.public == short));
        a.expire(Instant::now() + Duration::from_secs(61));
        let Response::Keys(k) = a.handle(Request::List) else {
            panic!()
        };
        assert!(k.is_empty(), "idle timeout");
        add(&a, "//Dave", 0);
        assert_eq!(a.handle(Request::Lock), Response::Ok);
        let Response::Keys(k) = a.handle(Request::List) else {
            panic!()
        };
        assert!(k.is_empty());
    }

    #[test]
    fn another_users_connection_is_refused_by_the_credential_check() {
        let a = agent();
        let public = add(&a, "//Eve", 0);
        let (mut client, server) = UnixStream::pair().unwrap();
        let own = own_uid();
        let t = {
            let a = Arc::clone(&a);
            std::thread::spawn(move || a.serve_connection(server, Some(own.wrapping_add(1)), own))
        };
        let req = Request::Sign {
            public,
            description: "x".into(),
            message: b"m".to_vec(),
        };
        let _ = write_frame(&mut client, &req.encode());
        let body = read_frame(&mut client).unwrap().unwrap();
        assert_eq!(
            Response::decode(&body).unwrap(),
            Response::Error("the agent serves only its own user".into())
        );
        t.join().unwrap();
        // The same user is served over a real socket pair, with its credentials read back.
        let (mut client, server) = UnixStream::pair().unwrap();
        assert_eq!(peer_uid(&server), Some(own));
        let t = {
            let a = Arc::clone(&a);
            std::thread::spawn(move || a.serve_connection(server, Some(own), own))
        };
        write_frame(&mut client, &Request::Status.encode()).unwrap();
        let body = read_frame(&mut client).unwrap().unwrap();
        assert!(matches!(
            Response::decode(&body).unwrap(),
            Response::Status(_)
        ));
        drop(client);
        t.join().unwrap();
    }
}
