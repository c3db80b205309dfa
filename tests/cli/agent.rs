//! `tao agent`: the key agent end to end — its private socket, signing without the password,
//! expiry, lock, a killed agent, concurrent signers on the devnet, and no secret in its log.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use crate::support::devnet::*;
use crate::support::{Run, Sandbox};

const PASSWORD: &str = "agent test password";

struct Agent {
    sock: String,
    pid: u32,
    log: PathBuf,
    runtime: PathBuf,
}

fn runtime_dir(sb: &Sandbox) -> PathBuf {
    let d = sb.home().join("run");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o700)).unwrap();
    d
}

fn start_agent(sb: &Sandbox, extra: &[&str]) -> Agent {
    let runtime = runtime_dir(sb);
    let mut args = vec!["--json", "agent", "start"];
    args.extend_from_slice(extra);
    let r = sb.run_env(&args, &[("XDG_RUNTIME_DIR", runtime.to_str().unwrap())]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = r.json()["data"].clone();
    Agent {
        sock: d["socket"].as_str().unwrap().to_string(),
        pid: d["pid"].as_u64().unwrap() as u32,
        log: PathBuf::from(d["log"].as_str().unwrap()),
        runtime,
    }
}

impl Agent {
    fn run(&self, sb: &Sandbox, args: &[&str]) -> Run {
        let wallets = sb.home().join("wallets");
        let mut full = vec![
            "--wallet-path",
            wallets.to_str().unwrap(),
            "--wallet-name",
            "w",
        ];
        full.extend_from_slice(args);
        sb.run_env(&full, &[("TAO_AGENT_SOCK", &self.sock)])
    }

    fn add(&self, sb: &Sandbox, extra: &[&str]) -> Value {
        let pw = sb.home().join("pw.txt");
        std::fs::write(&pw, format!("{PASSWORD}\n")).unwrap();
        let mut args = vec![
            "--json",
            "agent",
            "add",
            "--password-file",
            pw.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let r = self.run(sb, &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.json()["data"].clone()
    }

    fn held(&self, sb: &Sandbox) -> Vec<Value> {
        let r = self.run(sb, &["--json", "agent", "list"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.json()["data"]["keys"].as_array().unwrap().clone()
    }

    fn stop(&self, sb: &Sandbox) {
        let r = self.run(sb, &["agent", "stop"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains("unset TAO_AGENT_SOCK;"), "{}", r.stdout);
        wait_gone(self.pid, Path::new(&self.sock));
    }
}

fn wait_gone(pid: u32, sock: &Path) {
    for _ in 0..200 {
        if !Path::new(&format!("/proc/{pid}")).exists() && !sock.exists() {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!(
        "agent {pid} still running or its socket {} left",
        sock.display()
    );
}

fn kill(pid: u32) {
    // SAFETY: sending SIGKILL to the agent process the test started.
    unsafe { libc::kill(pid as i32, libc::SIGKILL) };
    for _ in 0..200 {
        if !Path::new(&format!("/proc/{pid}")).exists() {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

fn encrypted_wallet(sb: &Sandbox, seed: &str) {
    make_wallet(
        &sb.home().join("wallets"),
        "w",
        seed,
        &format!("{seed}//hot"),
        Some(PASSWORD),
    );
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_socket_is_private_and_stop_removes_it() {
    let sb = Sandbox::new();
    let a = start_agent(&sb, &[]);
    let sock = Path::new(&a.sock);
    assert!(sock.starts_with(a.runtime.join("tao")), "{}", a.sock);
    assert_eq!(mode(&a.runtime.join("tao")), 0o700);
    let meta = std::fs::metadata(sock).unwrap();
    assert!(meta.file_type().is_socket());
    assert_eq!(mode(sock), 0o600);
    assert_eq!(mode(&a.log), 0o600);
    let s = a.run(&sb, &["--json", "agent", "status"]);
    assert_eq!(s.json()["data"]["pid"].as_u64(), Some(u64::from(a.pid)));
    assert_eq!(s.json()["data"]["keys"], 0);
    a.stop(&sb);
    // Without XDG_RUNTIME_DIR: a new private directory under the temporary directory.
    let tmp = sb.home().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let r = sb.run_env(
        &["--json", "agent", "start"],
        &[("XDG_RUNTIME_DIR", ""), ("TMPDIR", tmp.to_str().unwrap())],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = r.json()["data"].clone();
    let sock = PathBuf::from(d["socket"].as_str().unwrap());
    let dir = sock.parent().unwrap();
    assert!(
        dir.starts_with(&tmp)
            && dir
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("tao-agent-")
    );
    assert_eq!(mode(dir), 0o700);
    assert_eq!(mode(&sock), 0o600);
    let stop = sb.run_env(
        &["agent", "stop", "--fish"],
        &[("TAO_AGENT_SOCK", sock.to_str().unwrap())],
    );
    assert!(
        stop.stdout.contains("set -e TAO_AGENT_SOCK;"),
        "{}",
        stop.stdout
    );
    wait_gone(d["pid"].as_u64().unwrap() as u32, &sock);
}

#[test]
fn a_held_key_signs_without_its_password_until_it_expires_or_is_locked() {
    let sb = Sandbox::new();
    encrypted_wallet(&sb, "//Dave");
    // Generous timeouts: the tests run in parallel on a loaded machine, and nothing here may
    // expire before the step that uses it.
    let a = start_agent(&sb, &["--idle-timeout", "10s"]);
    a.add(&sb, &[]);
    let held = a.held(&sb);
    assert_eq!(held.len(), 1);
    assert_eq!(held[0]["ss58"], ss58_of("//Dave"));
    assert_eq!(held[0]["label"], "w/coldkey");
    // No password source and no terminal: only the agent can sign.
    let r = a.run(&sb, &["--json", "wallet", "sign", "--message", "hello"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sig = r.json()["data"]["signature"].as_str().unwrap().to_string();
    let v = sb.run(&[
        "wallet",
        "verify",
        "--message",
        "hello",
        "--signature",
        &sig,
        "--address",
        &ss58_of("//Dave"),
    ]);
    assert_eq!(v.code, 0, "{}", v.stdout);
    // The idle timeout forgets it; then the file is needed again (no password: a usage error).
    std::thread::sleep(Duration::from_millis(10_500));
    assert!(a.held(&sb).is_empty());
    let r = a.run(&sb, &["wallet", "sign", "--message", "hello"]);
    assert_ne!(r.code, 0);
    // A key's own lifetime.
    let added = a.add(&sb, &["--lifetime", "2s"]);
    assert!(
        added["lifetime_left_secs"].as_u64().unwrap() <= 2,
        "{added}"
    );
    std::thread::sleep(Duration::from_millis(2500));
    assert!(a.held(&sb).is_empty());
    // lock forgets at once; remove forgets one key.
    a.add(&sb, &[]);
    a.add(&sb, &["--key", "hotkey"]);
    assert_eq!(a.held(&sb).len(), 2);
    let r = a.run(&sb, &["--json", "agent", "remove", "--key", "hotkey"]);
    assert_eq!(r.json()["data"]["removed"], true);
    assert_eq!(a.held(&sb).len(), 1);
    let r = a.run(&sb, &["agent", "lock"]);
    assert_eq!(r.code, 0);
    assert!(a.held(&sb).is_empty());
    // --no-agent never asks it.
    a.add(&sb, &[]);
    let r = a.run(&sb, &["--no-agent", "wallet", "sign", "--message", "hello"]);
    assert_ne!(
        r.code, 0,
        "signed without the agent and without a password?"
    );
    // The log names what was signed and never a secret.
    a.stop(&sb);
    let log = std::fs::read_to_string(&a.log).unwrap();
    assert!(log.contains("signed a message of 5 bytes for"), "{log}");
    let key =
        tao::wallet::Keypair::from_uri(&tao::wallet::SecretString::new("//Dave".into())).unwrap();
    let secret = hex::encode(key.private_key().unwrap().expose());
    assert!(
        !log.contains(&secret) && !log.contains(&secret[..16]),
        "{log}"
    );
    assert!(!log.contains(PASSWORD));
}

#[test]
fn a_killed_agent_never_breaks_the_next_command() {
    let sb = Sandbox::new();
    encrypted_wallet(&sb, "//Eve");
    let a = start_agent(&sb, &[]);
    a.add(&sb, &[]);
    #[cfg(target_os = "linux")]
    {
        let limits = std::fs::read_to_string(format!("/proc/{}/limits", a.pid)).unwrap();
        let core = limits
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .unwrap();
        assert!(
            core.split_whitespace().nth(4) == Some("0"),
            "core dumps on: {core}"
        );
    }
    kill(a.pid);
    assert!(
        Path::new(&a.sock).exists(),
        "a killed agent leaves its socket"
    );
    let pw = sb.home().join("pw.txt");
    let r = a.run(
        &sb,
        &[
            "--json",
            "wallet",
            "sign",
            "--message",
            "hi",
            "--password-file",
            pw.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("unlocking the key file instead"),
        "{}",
        r.stderr
    );
    let s = a.run(&sb, &["agent", "status"]);
    assert_eq!(s.code, 1);
    assert!(s.stderr.contains("no agent listens"), "{}", s.stderr);
    // A new agent replaces the stale socket.
    let r = sb.run_env(
        &["--json", "agent", "start", "--socket", &a.sock],
        &[("XDG_RUNTIME_DIR", a.runtime.to_str().unwrap())],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let b = Agent {
        pid: r.json()["data"]["pid"].as_u64().unwrap() as u32,
        ..a
    };
    b.stop(&sb);
}

#[test]
fn concurrent_transactions_through_the_agent_all_land_with_distinct_nonces() {
    let net = start();
    let sb = Sandbox::new();
    encrypted_wallet(&sb, "//Ferdie");
    let a = start_agent(&sb, &[]);
    a.add(&sb, &[]);
    let dest = ss58_of("//Alice");
    let url = net.devnet.url();
    let runs: Vec<Run> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (a, sb, dest, url) = (&a, &sb, &dest, &url);
                s.spawn(move || {
                    a.run(
                        sb,
                        &[
                            "--json",
                            "-y",
                            "--network",
                            url,
                            "wallet",
                            "transfer",
                            "--dest",
                            dest,
                            "--amount",
                            "0.1",
                        ],
                    )
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut nonces: Vec<u64> = runs
        .iter()
        .map(|r| {
            assert_eq!(r.code, 0, "{}", r.stderr);
            r.json()["data"]["nonce"].as_u64().unwrap()
        })
        .collect();
    nonces.sort_unstable();
    nonces.dedup();
    assert_eq!(nonces.len(), 4, "{nonces:?}");
    a.stop(&sb);
    let log = std::fs::read_to_string(&a.log).unwrap();
    assert_eq!(
        log.matches("signed Balances.transfer_keep_alive").count(),
        4,
        "{log}"
    );
}
