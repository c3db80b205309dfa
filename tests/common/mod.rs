//! Helpers shared by the CLI tests: run the real `tao` binary in a clean environment and compare
//! its output with committed snapshots (refresh with `SNAPSHOTS=overwrite cargo test`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
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

    /// Compare `exit code + stdout + stderr` with `tests/snapshots/<name>.txt`.
    pub fn snapshot(&self, name: &str) {
        let text = format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/snapshots")
            .join(format!("{name}.txt"));
        if std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite") {
            std::fs::write(&path, &text).unwrap();
            return;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "missing snapshot {}; run with SNAPSHOTS=overwrite to create it",
                path.display()
            )
        });
        assert_eq!(
            text, expected,
            "snapshot {name} differs; if the change is intended, run with SNAPSHOTS=overwrite"
        );
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
