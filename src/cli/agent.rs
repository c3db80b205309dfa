//! `tao agent`: start the key agent, hand it a key, list, remove, lock, stop, status.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use crate::agent::client::Client;
use crate::agent::server::{self, Agent, Options};
use crate::agent::{self as ag, AgentError, format_duration, parse_duration};
use crate::chain::extrinsics::KeyRole;
use crate::cli::keys::{self, hotkey_name, open_wallet};
use crate::cli::wallet::PasswordArgs;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::table;

/// The key agent.
#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// Start the agent in the background and print the shell lines that point tao at it
    Start(StartArgs),
    /// Unlock a key of the wallet once and hand it to the agent
    Add(AddArgs),
    /// The keys the agent holds and how long it keeps them
    #[command(alias = "ls")]
    List,
    /// Make the agent forget a key
    #[command(alias = "rm")]
    Remove(RemoveArgs),
    /// Make the agent forget every key now
    Lock,
    /// Stop the agent (it forgets everything)
    Stop(ShellArgs),
    /// Whether an agent answers at TAO_AGENT_SOCK, and why not
    Status,
}

impl AgentCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            AgentCommand::Start(a) => a.run(ctx),
            AgentCommand::Add(a) => a.run(ctx),
            AgentCommand::List => list(ctx),
            AgentCommand::Remove(a) => a.run(ctx),
            AgentCommand::Lock => lock(ctx),
            AgentCommand::Stop(a) => stop(ctx, a),
            AgentCommand::Status => status(ctx),
        }
    }
}

fn fail(e: AgentError) -> Failure {
    Failure::from_diagnostic(&e)
}

/// The shell whose syntax the printed lines use.
#[derive(Debug, Clone, Copy, Args)]
pub struct ShellArgs {
    /// Print fish syntax (`set -x`)
    #[arg(long, conflicts_with = "csh")]
    pub fish: bool,
    /// Print csh syntax (`setenv`)
    #[arg(long)]
    pub csh: bool,
}

impl ShellArgs {
    fn set(&self, name: &str, value: &str) -> String {
        if self.fish {
            format!("set -x {name} {};\n", quote(value))
        } else if self.csh {
            format!("setenv {name} {};\n", quote(value))
        } else {
            format!("{name}={}; export {name};\n", quote(value))
        }
    }

    fn unset(&self, name: &str) -> String {
        if self.fish {
            format!("set -e {name};\n")
        } else if self.csh {
            format!("unsetenv {name};\n")
        } else {
            format!("unset {name};\n")
        }
    }
}

/// A shell word: bare when it is made of safe characters, else single-quoted.
fn quote(v: &str) -> String {
    if !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+:@".contains(c))
    {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', "'\\''"))
    }
}

/// Start the key agent
///
/// Prints the shell lines that set TAO_AGENT_SOCK (and TAO_AGENT_PID), as ssh-agent does; every
/// tao command that signs then asks the agent first. The socket lives in $XDG_RUNTIME_DIR/tao/
/// (a 0700 directory; a new private temporary directory when that is unset), is 0600, and the
/// agent serves only processes of its own user (checked with the peer's credentials). Keys are
/// held in locked memory, core dumps and ptrace attachment are disabled, and a key is forgotten
/// at its lifetime or after the idle timeout. The background agent logs what it signs (never a
/// secret) to agent.<pid>.log beside the socket.
///
/// Examples:
///   eval "$(tao agent start)"
///   eval "$(tao agent start --idle-timeout 1h --lifetime 12h)"
///   tao agent start --fish | source
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StartArgs {
    /// Forget a key unused this long (90s, 15m, 8h, 1d)
    #[arg(long, value_name = "DURATION", default_value = "15m")]
    pub idle_timeout: String,
    /// Forget a key this long after it was added, at the latest
    #[arg(long, value_name = "DURATION", default_value = "8h")]
    pub lifetime: String,
    /// Stay in the foreground and log to stderr
    #[arg(long)]
    pub foreground: bool,
    /// The socket's path [default: a new one in $XDG_RUNTIME_DIR/tao/]
    #[arg(long, value_name = "PATH")]
    pub socket: Option<PathBuf>,
    /// The shell syntax of the printed lines
    #[command(flatten)]
    pub shell: ShellArgs,
}

impl StartArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let opts = Options {
            idle_timeout: parse_duration(&self.idle_timeout).map_err(fail)?,
            lifetime: parse_duration(&self.lifetime).map_err(fail)?,
        };
        if opts.idle_timeout.is_zero() || opts.lifetime.is_zero() {
            return Err(fail(AgentError::BadDuration("0".into())));
        }
        let socket = match &self.socket {
            Some(p) => p.clone(),
            None => ag::socket_dir()
                .map_err(fail)?
                .join(format!("agent.{}.sock", std::process::id())),
        };
        if self.foreground {
            return self.foreground(ctx, &socket, opts);
        }
        self.background(ctx, &socket)
    }

    fn shell_lines(&self, socket: &Path, pid: u32) -> String {
        format!(
            "{}{}echo Agent pid {pid};\n",
            self.shell.set(ag::SOCK_ENV, &socket.display().to_string()),
            self.shell.set(ag::PID_ENV, &pid.to_string())
        )
    }

    fn foreground(&self, ctx: &Context, socket: &Path, opts: Options) -> CmdResult {
        let hardening = crate::agent::secret::harden();
        let listener = server::bind(socket).map_err(fail)?;
        let pid = std::process::id();
        let lines = self.shell_lines(socket, pid);
        if ctx.json {
            let v = crate::ui::output::envelope_ok(
                &json!({ "socket": socket.display().to_string(), "pid": pid, "foreground": true }),
                &[],
            );
            ctx.printer.stdout(&crate::ui::output::to_line(&v));
        } else {
            ctx.printer.stdout(&lines);
        }
        let agent = Agent::new(opts, Box::new(std::io::stderr()));
        let mut err = std::io::stderr();
        let _ = writeln!(
            err,
            "tao agent: listening on {} (pid {pid}; idle timeout {}, lifetime {}; core dumps {}, ptrace {})",
            socket.display(),
            format_duration(opts.idle_timeout),
            format_duration(opts.lifetime),
            if hardening.no_core_dumps {
                "off"
            } else {
                "NOT disabled"
            },
            if hardening.not_dumpable {
                "off"
            } else {
                "NOT disabled"
            },
        );
        server::serve(listener, socket, agent);
        Ok(Report::new(json!(null), String::new()))
    }

    fn background(&self, ctx: &Context, socket: &Path) -> CmdResult {
        use std::os::unix::fs::OpenOptionsExt;
        use std::os::unix::process::CommandExt;
        let dir = socket.parent().unwrap_or(Path::new("."));
        let log = dir.join(format!(
            "{}.log",
            socket
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "agent".into())
        ));
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(&log)
            .map_err(|e| {
                fail(AgentError::Socket {
                    path: log.display().to_string(),
                    reason: e.to_string(),
                })
            })?;
        let exe = std::env::current_exe().map_err(|e| {
            Failure::user(
                "agent.socket",
                format!("cannot find tao's own executable: {e}"),
            )
        })?;
        let mut cmd = std::process::Command::new(exe);
        cmd.args(["--no-config", "agent", "start", "--foreground", "--socket"])
            .arg(socket)
            .args([
                "--idle-timeout",
                &self.idle_timeout,
                "--lifetime",
                &self.lifetime,
            ])
            .env_remove(crate::env::TAO_JSON)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(log_file);
        // SAFETY: setsid is async-signal-safe; it detaches the agent from the terminal's session.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                Ok(())
            });
        }
        let child = cmd
            .spawn()
            .map_err(|e| Failure::user("agent.socket", format!("cannot start the agent: {e}")))?;
        let pid = child.id();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(mut c) = Client::connect(socket)
                && c.status().is_ok()
            {
                break;
            }
            if Instant::now() > deadline {
                return Err(Failure::user(
                    "agent.unreachable",
                    format!("the agent did not start listening on {}", socket.display()),
                )
                .with_hint(format!("see its log: {}", log.display())));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let lines = self.shell_lines(socket, pid);
        let data = json!({
            "socket": socket.display().to_string(),
            "pid": pid,
            "log": log.display().to_string(),
            "shell": lines,
        });
        let _ = ctx;
        Ok(Report::new(data, lines))
    }
}

fn client() -> Result<Client, Failure> {
    let path = ag::socket_from_env().ok_or_else(|| {
        fail(AgentError::Unreachable {
            path: "(none)".into(),
            reason: format!("{} is not set", ag::SOCK_ENV),
        })
    })?;
    Client::connect(&path).map_err(fail)
}

/// Which of the wallet's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WhichKey {
    /// The wallet's coldkey
    Coldkey,
    /// The wallet's hotkey (`--hotkey NAME`)
    Hotkey,
}

/// Unlock a key once and hand it to the agent
///
/// The password comes from the usual sources (--password-file, TAO_PASSWORD_FILE, a prompt).
/// The agent keeps the secret in locked memory for --lifetime (at most its own lifetime) or
/// until it is idle for its idle timeout; it never gives it back.
///
/// Examples:
///   tao agent add
///   tao agent add --wallet-name validator --lifetime 1h
///   tao agent add --key hotkey --hotkey miner1
///   tao agent add --password-file pw.txt          (CI)
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AddArgs {
    /// Which key of the wallet (the hotkey's name is `--hotkey`)
    #[arg(long, value_enum, default_value = "coldkey")]
    pub key: WhichKey,
    /// Forget it after this long (at most the agent's lifetime)
    #[arg(long, value_name = "DURATION")]
    pub lifetime: Option<String>,
    /// Password options
    #[command(flatten)]
    pub password: PasswordArgs,
}

fn label(ctx: &Context, key: WhichKey) -> Result<String, Failure> {
    let wallet = ctx.settings.wallet_name().to_string();
    Ok(match key {
        WhichKey::Coldkey => format!("{wallet}/coldkey"),
        WhichKey::Hotkey => format!("{wallet}/hotkeys/{}", hotkey_name(ctx)?),
    })
}

impl AddArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let lifetime = self
            .lifetime
            .as_deref()
            .map(parse_duration)
            .transpose()
            .map_err(fail)?;
        let mut c = client()?;
        let _ = open_wallet(ctx)?;
        let role = match self.key {
            WhichKey::Coldkey => KeyRole::Coldkey,
            WhichKey::Hotkey => KeyRole::Hotkey,
        };
        let name = label(ctx, self.key)?;
        let key = keys::unlock_role(ctx, role, self.password.password_file.as_deref())?;
        c.add(&key, &name, lifetime).map_err(fail)?;
        let ss58 = key.ss58_address();
        drop(key);
        let held = c.list().map_err(fail)?;
        let entry = held
            .iter()
            .find(|h| crate::ss58::encode_default(&h.public) == ss58);
        let left = entry.map(|h| h.lifetime_left).unwrap_or(0);
        let data = json!({
            "socket": c.path().display().to_string(),
            "ss58": ss58,
            "label": name,
            "lifetime_left_secs": left,
        });
        Ok(Report::new(
            data,
            format!(
                "the agent holds {ss58} ({name}) for {}\n",
                format_duration(Duration::from_secs(left))
            ),
        ))
    }
}

fn list(_ctx: &Context) -> CmdResult {
    let mut c = client()?;
    let held = c.list().map_err(fail)?;
    let rows: Vec<_> = held
        .iter()
        .map(|h| {
            json!({
                "ss58": crate::ss58::encode_default(&h.public),
                "label": h.label,
                "lifetime_left_secs": h.lifetime_left,
                "idle_left_secs": h.idle_left,
            })
        })
        .collect();
    let human = if held.is_empty() {
        "the agent holds no keys\n".to_string()
    } else {
        let mut t = table::new(["address", "key", "forgotten in", "or idle for"]);
        for h in &held {
            t.add_row([
                crate::ss58::encode_default(&h.public),
                h.label.clone(),
                format_duration(Duration::from_secs(h.lifetime_left)),
                format_duration(Duration::from_secs(h.idle_left)),
            ]);
        }
        table::render(&t)
    };
    Ok(Report::new(
        json!({ "socket": c.path().display().to_string(), "keys": rows }),
        human,
    ))
}

/// Make the agent forget a key
///
/// Examples:
///   tao agent remove                       (the wallet's coldkey)
///   tao agent remove --key hotkey
///   tao agent remove --ss58 5F…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RemoveArgs {
    /// Which key of the wallet
    #[arg(long, value_enum, default_value = "coldkey", conflicts_with = "ss58")]
    pub key: WhichKey,
    /// The key's address instead
    #[arg(long, value_name = "SS58")]
    pub ss58: Option<String>,
}

impl RemoveArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let public = match &self.ss58 {
            Some(a) => crate::cli::args::parse_ss58(a, "--ss58")?,
            None => match self.key {
                WhichKey::Coldkey => keys::wallet_coldkey(ctx)?,
                WhichKey::Hotkey => keys::wallet_hotkey(ctx)?,
            },
        };
        let mut c = client()?;
        let removed = c.remove(&public).map_err(fail)?;
        let ss58 = crate::ss58::encode_default(&public);
        let data = json!({ "ss58": ss58, "removed": removed });
        let human = if removed {
            format!("the agent forgot {ss58}\n")
        } else {
            format!("the agent did not hold {ss58}\n")
        };
        Ok(Report::new(data, human))
    }
}

fn lock(_ctx: &Context) -> CmdResult {
    let mut c = client()?;
    c.lock().map_err(fail)?;
    Ok(Report::new(
        json!({ "locked": true }),
        "the agent forgot every key\n",
    ))
}

fn stop(_ctx: &Context, shell: ShellArgs) -> CmdResult {
    let mut c = client()?;
    let pid = c.status().map_err(fail)?.pid;
    c.stop().map_err(fail)?;
    let human = format!(
        "{}{}echo Agent pid {pid} stopped;\n",
        shell.unset(ag::SOCK_ENV),
        shell.unset(ag::PID_ENV)
    );
    Ok(Report::new(json!({ "stopped": true, "pid": pid }), human))
}

fn status(_ctx: &Context) -> CmdResult {
    let Some(path) = ag::socket_from_env() else {
        return Err(Failure::user(
            "agent.unreachable",
            format!("no key agent: {} is not set", ag::SOCK_ENV),
        )
        .with_hint(
            "start one with `eval \"$(tao agent start)\"`; commands unlock key files meanwhile",
        ));
    };
    let mut c = match Client::connect(&path) {
        Ok(c) => c,
        Err(e) => {
            let why = if path.exists() {
                "the socket exists but no agent listens on it (the agent stopped or was killed)"
            } else {
                "the socket does not exist (the agent stopped, or the variable is from another session)"
            };
            return Err(fail(e)
                .with_cause(why.to_string())
                .with_cause("commands fall back to unlocking key files, and say so".to_string()));
        }
    };
    let s = c.status().map_err(fail)?;
    let data = json!({
        "socket": path.display().to_string(),
        "pid": s.pid,
        "keys": s.keys,
        "uptime_secs": s.uptime,
        "idle_timeout_secs": s.idle_timeout,
        "lifetime_secs": s.lifetime,
    });
    let human = format!(
        "agent pid {} at {}: {} key(s), up {}, idle timeout {}, lifetime {}\n",
        s.pid,
        path.display(),
        s.keys,
        format_duration(Duration::from_secs(s.uptime)),
        format_duration(Duration::from_secs(s.idle_timeout)),
        format_duration(Duration::from_secs(s.lifetime))
    );
    Ok(Report::new(data, human))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_lines_quote_and_follow_the_shell() {
        let sh = ShellArgs {
            fish: false,
            csh: false,
        };
        assert_eq!(sh.set("A", "/tmp/x y"), "A='/tmp/x y'; export A;\n");
        assert_eq!(
            sh.set("A", "/run/tao/agent.1.sock"),
            "A=/run/tao/agent.1.sock; export A;\n"
        );
        let fish = ShellArgs {
            fish: true,
            csh: false,
        };
        assert_eq!(fish.set("A", "v"), "set -x A v;\n");
        let csh = ShellArgs {
            fish: false,
            csh: true,
        };
        assert_eq!(csh.unset("A"), "unsetenv A;\n");
        assert_eq!(quote("it's"), "'it'\\''s'");
    }
}
