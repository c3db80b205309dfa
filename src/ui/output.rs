//! The two output channels. stdout carries only the result (a human rendering, or exactly one
//! JSON envelope with `--json`); status lines, warnings, errors and prompts go to stderr.
//! Verbosity (`-q`, `-v`, `TAO_LOG`) never changes stdout.

use std::io::{IsTerminal, Write};

use serde_json::{Value, json};

use crate::error::Failure;
use crate::settings::ColorChoice;
use crate::ui::style::{Style, paint};

/// The JSON envelope's schema version. A change to the envelope or to a command's `data` that
/// breaks readers bumps it.
pub const SCHEMA_VERSION: u32 = 1;

/// Human tables or one JSON document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Tables and text.
    Human,
    /// One JSON envelope on stdout.
    Json,
}

/// How much goes to stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Errors only.
    Error,
    /// Errors and warnings.
    Warn,
    /// Status lines too (the default).
    Info,
    /// Diagnostics.
    Debug,
    /// Everything.
    Trace,
}

impl Level {
    /// Parse `TAO_LOG`.
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" | "off" => Some(Level::Error),
            "warn" | "warning" => Some(Level::Warn),
            "info" => Some(Level::Info),
            "debug" => Some(Level::Debug),
            "trace" => Some(Level::Trace),
            _ => None,
        }
    }
}

/// Writes to stdout and stderr according to the output settings.
#[derive(Debug, Clone)]
pub struct Printer {
    /// Human or JSON.
    pub mode: Mode,
    /// What reaches stderr.
    pub level: Level,
    /// Whether stderr is coloured.
    pub color_stderr: bool,
    /// Whether stdout is coloured.
    pub color_stdout: bool,
    /// Whether spinners may be shown.
    pub progress: bool,
}

/// Whether a write failed because the reader went away (`tao … | head`).
fn broken_pipe(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}

/// Result of writing to stdout: a broken pipe is not an error (exit 0 quietly).
pub enum Written {
    /// Everything was written.
    Ok,
    /// The reader closed the pipe.
    BrokenPipe,
}

impl Printer {
    /// A printer from the resolved output options.
    pub fn new(
        mode: Mode,
        quiet: u8,
        verbose: u8,
        log: Option<Level>,
        color: ColorChoice,
        no_progress: bool,
    ) -> Printer {
        let level = match (quiet, verbose) {
            (q, _) if q >= 2 => Level::Error,
            (1, _) => Level::Warn,
            (0, 0) => log.unwrap_or(Level::Info),
            (0, 1) => Level::Debug,
            _ => Level::Trace,
        };
        let stderr_tty = std::io::stderr().is_terminal();
        Printer {
            mode,
            level,
            color_stderr: color.enabled(stderr_tty),
            color_stdout: color.enabled(std::io::stdout().is_terminal()),
            progress: stderr_tty
                && !no_progress
                && mode == Mode::Human
                && quiet == 0
                && verbose == 0,
        }
    }

    /// A plain printer for tests and early errors.
    pub fn plain(mode: Mode) -> Printer {
        Printer {
            mode,
            level: Level::Info,
            color_stderr: false,
            color_stdout: false,
            progress: false,
        }
    }

    fn err_line(&self, text: &str) {
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = e.write_all(b"\n");
        }
    }

    /// A status line on stderr (hidden by `-q`).
    pub fn status(&self, text: &str) {
        if self.level >= Level::Info {
            self.err_line(text);
        }
    }

    /// A warning on stderr (hidden by `-qq`).
    pub fn warn(&self, text: &str) {
        if self.level >= Level::Warn {
            let label = paint("warning:", Style::Warning, self.color_stderr);
            self.err_line(&format!("{label} {text}"));
        }
    }

    /// A diagnostic on stderr (`-v` or `TAO_LOG=debug`).
    pub fn debug(&self, text: &str) {
        if self.level >= Level::Debug {
            self.err_line(&format!("debug: {text}"));
        }
    }

    /// Show a failure on stderr: `error: …`, causes, blank line, `hint: …`. Always shown.
    pub fn error(&self, failure: &Failure) {
        let mut out = format!(
            "{} {}\n",
            paint("error:", Style::Error, self.color_stderr),
            failure.message
        );
        for cause in &failure.causes {
            out.push_str(&format!("  Caused by: {cause}\n"));
        }
        if let Some(hint) = &failure.hint {
            out.push_str(&format!(
                "\n{} {hint}\n",
                paint("hint:", Style::Hint, self.color_stderr)
            ));
        }
        self.err_line(&out);
    }

    /// Write the result to stdout.
    pub fn stdout(&self, text: &str) -> Written {
        let mut o = std::io::stdout().lock();
        match o.write_all(text.as_bytes()).and_then(|_| o.flush()) {
            Ok(()) => Written::Ok,
            Err(e) if broken_pipe(&e) => Written::BrokenPipe,
            // Any other stdout failure (a full disk, say) cannot be reported on stdout; say so on
            // stderr and carry on to the exit status.
            Err(e) => {
                self.err_line(&format!("error: cannot write the result to stdout: {e}"));
                Written::BrokenPipe
            }
        }
    }
}

/// The `--json` envelope on success.
pub fn envelope_ok(data: &Value, warnings: &[String]) -> Value {
    json!({
        "schema_version": SCHEMA_VERSION,
        "success": true,
        "data": data,
        "errors": [],
        "warnings": warnings,
    })
}

/// The `--json` envelope on failure.
pub fn envelope_err(failure: &Failure, data: &Value, warnings: &[String]) -> Value {
    json!({
        "schema_version": SCHEMA_VERSION,
        "success": false,
        "data": data,
        "errors": [{
            "code": failure.code,
            "message": failure.message,
            "causes": failure.causes,
            "hint": failure.hint,
        }],
        "warnings": warnings,
    })
}

/// Serialize an envelope as one line.
pub fn to_line(v: &Value) -> String {
    let mut s = serde_json::to_string(v).expect("JSON values serialize");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitStatus;

    #[test]
    fn envelopes_have_the_contract_shape() {
        let ok = envelope_ok(&json!({"x": 1}), &["w".into()]);
        assert_eq!(
            to_line(&ok),
            "{\"schema_version\":1,\"success\":true,\"data\":{\"x\":1},\"errors\":[],\"warnings\":[\"w\"]}\n"
        );
        let f = Failure::new(ExitStatus::Failure, "config.unreadable", "bad").with_hint("do x");
        let err = envelope_err(&f, &Value::Null, &[]);
        assert_eq!(err["success"], false);
        assert_eq!(err["errors"][0]["code"], "config.unreadable");
        assert_eq!(err["errors"][0]["hint"], "do x");
        let f2 = Failure::new(ExitStatus::Failure, "config.unreadable", "bad");
        assert!(envelope_err(&f2, &Value::Null, &[])["errors"][0]["hint"].is_null());
    }

    #[test]
    fn levels() {
        assert_eq!(
            Printer::new(Mode::Human, 2, 0, None, ColorChoice::Never, false).level,
            Level::Error
        );
        assert_eq!(
            Printer::new(Mode::Human, 0, 1, None, ColorChoice::Never, false).level,
            Level::Debug
        );
        assert_eq!(
            Printer::new(
                Mode::Human,
                0,
                0,
                Some(Level::Trace),
                ColorChoice::Never,
                false
            )
            .level,
            Level::Trace
        );
    }
}
