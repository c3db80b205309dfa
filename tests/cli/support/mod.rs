//! Helpers shared by the CLI tests: run the real `tao` binary in a clean environment and compare
//! its output with committed insta snapshots. `devnet` starts an in-process devnet and writes
//! wallets for it; `dry_run_decoder` decodes a `--dry-run` extrinsic without tao's code.

pub mod devnet;
pub mod dry_run_decoder;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// A sandbox: a temporary HOME with XDG directories inside it, and no TAO_* variables.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

/// What a run produced.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// The stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{}", self.stdout))
    }

    /// Compare `exit code + stdout + stderr` with the insta snapshot
    /// `tests/cli/snapshots/<name>.snap` (review changes with `cargo insta review`, or accept
    /// them with `INSTA_UPDATE=always`).
    pub fn snapshot(&self, name: &str) {
        let text = format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, text);
        });
    }
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// A command for the tao binary with a clean environment rooted in the sandbox.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_tao"));
        c.args(args);
        c.env_clear();
        c.env("HOME", self.home());
        c.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        c.env("XDG_CONFIG_HOME", self.home().join(".config"));
        c.env("XDG_CACHE_HOME", self.home().join(".cache"));
        c.env("XDG_STATE_HOME", self.home().join(".local/state"));
        c.env("COLUMNS", "100");
        c.stdin(Stdio::null());
        c
    }

    /// Run with extra environment variables.
    pub fn run_env(&self, args: &[&str], envs: &[(&str, &str)]) -> Run {
        let mut c = self.cmd(args);
        for (k, v) in envs {
            c.env(k, v);
        }
        to_run(c.output().unwrap())
    }

    /// Run.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }
}

pub fn to_run(o: Output) -> Run {
    Run {
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: o.status.code().unwrap_or(-1),
    }
}
