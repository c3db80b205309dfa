//! The key agent: a background process that holds unlocked keys in locked memory and signs
//! payloads for tao commands over a Unix socket, so that a coldkey costs one Argon2i run per
//! login instead of one per command. It never hands a secret back.
//!
//! - [`protocol`]: the framed binary messages between tao and the agent.
//! - [`secret`]: secrets in `mlock`ed, zeroized memory, and the process hardening (no core
//!   dumps, no ptrace attachment).
//! - [`server`]: the agent itself (socket, peer-credential check, expiry, signing).
//! - [`client`]: what commands use to reach it.
//!
//! Sits beside `chain` below `cli`: it uses `wallet` for the keys and nothing above.

pub mod client;
pub mod protocol;
pub mod secret;
pub mod server;

use std::path::PathBuf;
use std::time::Duration;

use crate::error::{Diagnostic, ExitStatus};

/// The environment variable that names the agent's socket.
pub const SOCK_ENV: &str = crate::env::TAO_AGENT_SOCK;
/// The environment variable that names the agent's process id.
pub const PID_ENV: &str = crate::env::TAO_AGENT_PID;
/// The default idle timeout: a key unused this long is forgotten.
pub const DEFAULT_IDLE: Duration = Duration::from_secs(15 * 60);
/// The default lifetime: a key is forgotten this long after it was added.
pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(8 * 3600);

/// What can go wrong talking to or running the agent.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    /// No agent answers on the socket (absent, dead, or not ours).
    #[error("no key agent answers at {path}: {reason}")]
    Unreachable {
        /// The socket.
        path: String,
        /// Why.
        reason: String,
    },
    /// The agent answered with an error.
    #[error("the key agent refused: {0}")]
    Refused(String),
    /// A malformed message.
    #[error("the key agent sent a malformed answer: {0}")]
    Protocol(String),
    /// The socket directory or file cannot be made private.
    #[error("cannot set up the agent's socket at {path}: {reason}")]
    Socket {
        /// The path.
        path: String,
        /// Why.
        reason: String,
    },
    /// A duration that does not parse.
    #[error("`{0}` is not a duration")]
    BadDuration(String),
}

impl Diagnostic for AgentError {
    fn code(&self) -> &'static str {
        match self {
            AgentError::Unreachable { .. } => "agent.unreachable",
            AgentError::Refused(_) | AgentError::Protocol(_) => "agent.refused",
            AgentError::Socket { .. } => "agent.socket",
            AgentError::BadDuration(_) => "agent.bad_duration",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        match self {
            AgentError::BadDuration(_) => ExitStatus::Usage,
            _ => ExitStatus::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            AgentError::Unreachable { .. } => format!(
                "start one with `eval \"$(tao agent start)\"`, or unset {SOCK_ENV}"
            ),
            AgentError::Refused(_) | AgentError::Protocol(_) => {
                "see `tao agent status`; restart the agent with `tao agent stop` and `tao agent start`".into()
            }
            AgentError::Socket { .. } => {
                "check that the directory belongs to you and is not shared (mode 0700)".into()
            }
            AgentError::BadDuration(_) => {
                "give a number with a unit: 90s, 15m, 8h or 1d (a bare number is seconds)".into()
            }
        })
    }
}

/// Parse a duration: `90s`, `15m`, `8h`, `1d`, combinations such as `1h30m`, or bare seconds.
pub fn parse_duration(text: &str) -> Result<Duration, AgentError> {
    let t = text.trim();
    let bad = || AgentError::BadDuration(text.to_string());
    if t.is_empty() {
        return Err(bad());
    }
    if let Ok(n) = t.parse::<u64>() {
        return Ok(Duration::from_secs(n));
    }
    let mut total: u64 = 0;
    let mut number = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            _ => return Err(bad()),
        };
        let n: u64 = number.parse().map_err(|_| bad())?;
        total = total
            .checked_add(n.checked_mul(unit).ok_or_else(bad)?)
            .ok_or_else(bad)?;
        number.clear();
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(Duration::from_secs(total))
}

/// A duration as `1h30m`, `15m`, `45s`.
pub fn format_duration(d: Duration) -> String {
    let s = d.as_secs();
    let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if sec > 0 || out.is_empty() {
        out.push_str(&format!("{sec}s"));
    }
    out
}

/// The directory for a new agent's socket: `$XDG_RUNTIME_DIR/tao` (created 0700, refused when
/// it is not private), else a new private directory under the system's temporary directory.
pub fn socket_dir() -> Result<PathBuf, AgentError> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    if let Some(runtime) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        let dir = PathBuf::from(runtime).join("tao");
        let bad = |reason: String| AgentError::Socket {
            path: dir.display().to_string(),
            reason,
        };
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(bad(e.to_string())),
        }
        let meta = std::fs::symlink_metadata(&dir).map_err(|e| bad(e.to_string()))?;
        // SAFETY: geteuid has no preconditions.
        let uid = unsafe { libc::geteuid() };
        if !meta.is_dir() || meta.uid() != uid {
            return Err(bad("it is not a directory owned by you".into()));
        }
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
                .map_err(|e| bad(e.to_string()))?;
        }
        return Ok(dir);
    }
    let base = std::env::temp_dir();
    for _ in 0..16 {
        let mut r = [0u8; 6];
        getrandom::getrandom(&mut r).map_err(|e| AgentError::Socket {
            path: base.display().to_string(),
            reason: e.to_string(),
        })?;
        let dir = base.join(format!("tao-agent-{}", hex::encode(r)));
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(AgentError::Socket {
                    path: dir.display().to_string(),
                    reason: e.to_string(),
                });
            }
        }
    }
    Err(AgentError::Socket {
        path: base.display().to_string(),
        reason: "no free directory name".into(),
    })
}

/// The socket named by `TAO_AGENT_SOCK`, if set and not empty.
pub fn socket_from_env() -> Option<PathBuf> {
    std::env::var_os(SOCK_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("90").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("15m").unwrap(), Duration::from_secs(900));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("1d").unwrap(), Duration::from_secs(86_400));
        for bad in ["", "m", "15x", "1h30", "-5s"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert_eq!(format_duration(Duration::from_secs(5400)), "1h30m");
        assert_eq!(format_duration(Duration::from_secs(0)), "0s");
    }
}
