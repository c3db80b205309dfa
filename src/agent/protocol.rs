//! The agent's messages: each a frame of a `u32` little-endian length and a body of one
//! operation byte and its fields (fixed-size keys, `u16`-prefixed text, `u32`-prefixed bytes).
//! Bodies that carry a secret are built and read in zeroizing buffers.

use std::io::{Read, Write};

use zeroize::Zeroizing;

use super::AgentError;

/// The largest frame either side accepts.
pub const MAX_FRAME: usize = 1 << 20;

/// A request to the agent.
#[derive(Debug, PartialEq, Eq)]
pub enum Request {
    /// Hold `secret` (the 64-byte sr25519 secret key) for `public` under `label`, for at most
    /// `lifetime_secs` (0: the agent's default).
    Add {
        /// The public key.
        public: [u8; 32],
        /// The secret key.
        secret: Zeroizing<Vec<u8>>,
        /// The lifetime in seconds (0: the agent's).
        lifetime_secs: u64,
        /// What the key is (`wallet/coldkey`).
        label: String,
    },
    /// Sign `message` with the key of `public`; `description` is what the agent logs.
    Sign {
        /// The public key.
        public: [u8; 32],
        /// What is being signed, for the log.
        description: String,
        /// The bytes to sign.
        message: Vec<u8>,
    },
    /// The keys held.
    List,
    /// Forget one key.
    Remove {
        /// The public key.
        public: [u8; 32],
    },
    /// Forget every key now.
    Lock,
    /// Forget everything and exit.
    Stop,
    /// The agent's process id, settings and key count.
    Status,
}

/// One key the agent holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    /// The public key.
    pub public: [u8; 32],
    /// What it is.
    pub label: String,
    /// Seconds until its lifetime ends.
    pub lifetime_left: u64,
    /// Seconds until the idle timeout forgets it.
    pub idle_left: u64,
}

/// The agent's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Its process id.
    pub pid: u32,
    /// Keys held.
    pub keys: u16,
    /// Seconds since it started.
    pub uptime: u64,
    /// Its idle timeout in seconds.
    pub idle_timeout: u64,
    /// Its default key lifetime in seconds.
    pub lifetime: u64,
}

/// An answer from the agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// Done, nothing to return.
    Ok,
    /// A signature.
    Signature([u8; 64]),
    /// The keys held.
    Keys(Vec<Held>),
    /// The agent's state.
    Status(Status),
    /// The agent does not hold that key.
    NotHeld,
    /// Refused, with the reason.
    Error(String),
}

mod op {
    pub const ADD: u8 = 1;
    pub const SIGN: u8 = 2;
    pub const LIST: u8 = 3;
    pub const REMOVE: u8 = 4;
    pub const LOCK: u8 = 5;
    pub const STOP: u8 = 6;
    pub const STATUS: u8 = 7;
    pub const OK: u8 = 100;
    pub const SIGNATURE: u8 = 101;
    pub const KEYS: u8 = 102;
    pub const STATE: u8 = 103;
    pub const NOT_HELD: u8 = 104;
    pub const ERROR: u8 = 105;
}

fn put_text(out: &mut Vec<u8>, s: &str) {
    let b = &s.as_bytes()[..s.len().min(u16::MAX as usize)];
    out.extend_from_slice(&(b.len() as u16).to_le_bytes());
    out.extend_from_slice(b);
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    out.extend_from_slice(&(b.len() as u32).to_le_bytes());
    out.extend_from_slice(b);
}

/// A reader over a frame's body.
struct Cursor<'a>(&'a [u8]);

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], AgentError> {
        if self.0.len() < n {
            return Err(AgentError::Protocol("a message is truncated".into()));
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, AgentError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, AgentError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().expect("2")))
    }
    fn u32(&mut self) -> Result<u32, AgentError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4")))
    }
    fn u64(&mut self) -> Result<u64, AgentError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8")))
    }
    fn key(&mut self) -> Result<[u8; 32], AgentError> {
        Ok(self.take(32)?.try_into().expect("32"))
    }
    fn text(&mut self) -> Result<String, AgentError> {
        let n = self.u16()? as usize;
        String::from_utf8(self.take(n)?.to_vec())
            .map_err(|_| AgentError::Protocol("text is not UTF-8".into()))
    }
    fn bytes(&mut self) -> Result<&'a [u8], AgentError> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    fn end(&self) -> Result<(), AgentError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AgentError::Protocol("a message has trailing bytes".into()))
        }
    }
}

impl Request {
    /// The body (zeroizing: an `Add` carries a secret).
    pub fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::new());
        match self {
            Request::Add {
                public,
                secret,
                lifetime_secs,
                label,
            } => {
                out.reserve(1 + 32 + 4 + secret.len() + 8 + 2 + label.len());
                out.push(op::ADD);
                out.extend_from_slice(public);
                put_bytes(&mut out, secret);
                out.extend_from_slice(&lifetime_secs.to_le_bytes());
                put_text(&mut out, label);
            }
            Request::Sign {
                public,
                description,
                message,
            } => {
                out.push(op::SIGN);
                out.extend_from_slice(public);
                put_text(&mut out, description);
                put_bytes(&mut out, message);
            }
            Request::List => out.push(op::LIST),
            Request::Remove { public } => {
                out.push(op::REMOVE);
                out.extend_from_slice(public);
            }
            Request::Lock => out.push(op::LOCK),
            Request::Stop => out.push(op::STOP),
            Request::Status => out.push(op::STATUS),
        }
        out
    }

    /// Read a body.
    pub fn decode(body: &[u8]) -> Result<Request, AgentError> {
        let mut c = Cursor(body);
        let r = match c.u8()? {
            op::ADD => {
                let public = c.key()?;
                let secret = Zeroizing::new(c.bytes()?.to_vec());
                let lifetime_secs = c.u64()?;
                let label = c.text()?;
                Request::Add {
                    public,
                    secret,
                    lifetime_secs,
                    label,
                }
            }
            op::SIGN => Request::Sign {
                public: c.key()?,
                description: c.text()?,
                message: c.bytes()?.to_vec(),
            },
            op::LIST => Request::List,
            op::REMOVE => Request::Remove { public: c.key()? },
            op::LOCK => Request::Lock,
            op::STOP => Request::Stop,
            op::STATUS => Request::Status,
            other => return Err(AgentError::Protocol(format!("unknown request {other}"))),
        };
        c.end()?;
        Ok(r)
    }
}

impl Response {
    /// The body.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        match self {
            Response::Ok => out.push(op::OK),
            Response::Signature(s) => {
                out.push(op::SIGNATURE);
                out.extend_from_slice(s);
            }
            Response::Keys(keys) => {
                out.push(op::KEYS);
                out.extend_from_slice(&(keys.len() as u16).to_le_bytes());
                for k in keys {
                    out.extend_from_slice(&k.public);
                    put_text(&mut out, &k.label);
                    out.extend_from_slice(&k.lifetime_left.to_le_bytes());
                    out.extend_from_slice(&k.idle_left.to_le_bytes());
                }
            }
            Response::Status(s) => {
                out.push(op::STATE);
                out.extend_from_slice(&s.pid.to_le_bytes());
                out.extend_from_slice(&s.keys.to_le_bytes());
                out.extend_from_slice(&s.uptime.to_le_bytes());
                out.extend_from_slice(&s.idle_timeout.to_le_bytes());
                out.extend_from_slice(&s.lifetime.to_le_bytes());
            }
            Response::NotHeld => out.push(op::NOT_HELD),
            Response::Error(e) => {
                out.push(op::ERROR);
                put_text(&mut out, e);
            }
        }
        out
    }

    /// Read a body.
    pub fn decode(body: &[u8]) -> Result<Response, AgentError> {
        let mut c = Cursor(body);
        let r = match c.u8()? {
            op::OK => Response::Ok,
            op::SIGNATURE => Response::Signature(c.take(64)?.try_into().expect("64")),
            op::KEYS => {
                let n = c.u16()?;
                let mut keys = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    keys.push(Held {
                        public: c.key()?,
                        label: c.text()?,
                        lifetime_left: c.u64()?,
                        idle_left: c.u64()?,
                    });
                }
                Response::Keys(keys)
            }
            op::STATE => Response::Status(Status {
                pid: c.u32()?,
                keys: c.u16()?,
                uptime: c.u64()?,
                idle_timeout: c.u64()?,
                lifetime: c.u64()?,
            }),
            op::NOT_HELD => Response::NotHeld,
            op::ERROR => Response::Error(c.text()?),
            other => return Err(AgentError::Protocol(format!("unknown answer {other}"))),
        };
        c.end()?;
        Ok(r)
    }
}

/// Write one frame.
pub fn write_frame(w: &mut impl Write, body: &[u8]) -> std::io::Result<()> {
    let mut frame = Zeroizing::new(Vec::with_capacity(4 + body.len()));
    frame.extend_from_slice(&(body.len() as u32).to_le_bytes());
    frame.extend_from_slice(body);
    w.write_all(&frame)?;
    w.flush()
}

/// Read one frame; `None` at a clean end of stream.
pub fn read_frame(r: &mut impl Read) -> Result<Option<Zeroizing<Vec<u8>>>, AgentError> {
    let mut len = [0u8; 4];
    match r.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(AgentError::Protocol(e.to_string())),
    }
    let n = u32::from_le_bytes(len) as usize;
    if n > MAX_FRAME {
        return Err(AgentError::Protocol(format!(
            "a frame of {n} bytes is too large"
        )));
    }
    let mut body = Zeroizing::new(vec![0u8; n]);
    r.read_exact(&mut body)
        .map_err(|e| AgentError::Protocol(e.to_string()))?;
    Ok(Some(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_responses_round_trip() {
        let reqs = vec![
            Request::Add {
                public: [1; 32],
                secret: Zeroizing::new(vec![7; 64]),
                lifetime_secs: 60,
                label: "w/coldkey".into(),
            },
            Request::Sign {
                public: [2; 32],
                description: "Balances.transfer".into(),
                message: vec![1, 2, 3],
            },
            Request::List,
            Request::Remove { public: [3; 32] },
            Request::Lock,
            Request::Stop,
            Request::Status,
        ];
        for r in reqs {
            assert_eq!(Request::decode(&r.encode()).unwrap(), r);
        }
        let resps = vec![
            Response::Ok,
            Response::Signature([9; 64]),
            Response::Keys(vec![Held {
                public: [4; 32],
                label: "x".into(),
                lifetime_left: 5,
                idle_left: 6,
            }]),
            Response::Status(Status {
                pid: 7,
                keys: 1,
                uptime: 2,
                idle_timeout: 3,
                lifetime: 4,
            }),
            Response::NotHeld,
            Response::Error("no".into()),
        ];
        for r in resps {
            assert_eq!(Response::decode(&r.encode()).unwrap(), r);
        }
    }

    #[test]
    fn truncated_or_padded_bodies_are_refused() {
        let body = Request::Remove { public: [3; 32] }.encode();
        assert!(Request::decode(&body[..10]).is_err());
        let mut long = body.to_vec();
        long.push(0);
        assert!(Request::decode(&long).is_err());
        assert!(Request::decode(&[42]).is_err());
    }

    #[test]
    fn frames_round_trip_and_limit_their_size() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"hello").unwrap();
        let mut r = &buf[..];
        assert_eq!(read_frame(&mut r).unwrap().unwrap().as_slice(), b"hello");
        assert!(read_frame(&mut r).unwrap().is_none());
        let huge = ((MAX_FRAME + 1) as u32).to_le_bytes();
        assert!(read_frame(&mut &huge[..]).is_err());
    }

    proptest::proptest! {
        #[test]
        fn decoding_any_bytes_never_panics(b in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let _ = Request::decode(&b);
            let _ = Response::decode(&b);
        }
    }
}
