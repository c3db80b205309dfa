//! The error model shared by every command: exit statuses, dotted error codes and hints.
//!
//! Each module defines its own `thiserror` enum and implements [`Diagnostic`] for it, which says
//! which exit status the error maps to, its stable dotted code (used in the `--json` envelope) and
//! an optional hint naming the flag or command that fixes it. The CLI turns any `Diagnostic` into a
//! [`Failure`], which is what the renderer prints (`error: …`, causes, blank line, `hint: …`).
//!
//! Every code is registered, with its exit status and meaning, in [`codes::CODES`]; debug builds
//! refuse to build a [`Failure`] whose code or exit status disagrees with the registry.

pub mod codes;

use std::fmt;

/// The process exit statuses that are part of tao's public contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExitStatus {
    /// 0: success (a broken pipe also exits 0).
    Success,
    /// 1: a failure the user can fix (bad input, low balance, dispatch error, prompt declined).
    Failure,
    /// 2: usage error or unexpected error.
    Usage,
    /// 3: wrong password.
    WrongPassword,
    /// 4: the chain is unreachable.
    Unreachable,
    /// 5: a transaction was submitted but its outcome is unknown (query before resending).
    OutcomeUnknown,
    /// 130: interrupted (Ctrl-C).
    Interrupted,
}

impl ExitStatus {
    /// The numeric process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Usage => 2,
            ExitStatus::WrongPassword => 3,
            ExitStatus::Unreachable => 4,
            ExitStatus::OutcomeUnknown => 5,
            ExitStatus::Interrupted => 130,
        }
    }
}

/// Implemented by every module's error type so the CLI can render it uniformly.
pub trait Diagnostic: std::error::Error {
    /// A stable dotted code such as `wallet.wrong_password`, registered in [`codes::CODES`]; part of
    /// the JSON contract.
    fn code(&self) -> &'static str;
    /// The exit status this error maps to.
    fn exit_status(&self) -> ExitStatus {
        ExitStatus::Failure
    }
    /// A hint naming the flag, file or command that fixes the problem, if there is one.
    fn hint(&self) -> Option<String> {
        None
    }
}

/// A rendered failure: what the user sees on stderr, or in the `errors` array of `--json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Dotted error code (`amount.invalid`), registered in [`codes::CODES`].
    pub code: String,
    /// One-line message without a trailing period.
    pub message: String,
    /// The chain of causes, outermost first (not including `message`).
    pub causes: Vec<String>,
    /// What to do about it.
    pub hint: Option<String>,
    /// The exit status.
    pub exit: ExitStatus,
    /// What is known despite the failure (the `data` of the `--json` envelope; `null` if none).
    pub data: Option<Box<serde_json::Value>>,
}

impl Failure {
    /// A failure with the given exit status, code and message.
    ///
    /// # Panics
    ///
    /// In debug builds, when `code` is not in [`codes::CODES`] or its entry does not allow `exit`.
    #[track_caller]
    pub fn new(exit: ExitStatus, code: impl Into<String>, message: impl Into<String>) -> Self {
        let code = code.into();
        if cfg!(debug_assertions) {
            codes::assert_registered(&code, exit);
        }
        Failure {
            code,
            message: message.into(),
            causes: Vec::new(),
            hint: None,
            exit,
            data: None,
        }
    }

    /// A failure the user can fix (exit 1).
    #[track_caller]
    pub fn user(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ExitStatus::Failure, code, message)
    }

    /// A usage error (exit 2).
    #[track_caller]
    pub fn usage(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ExitStatus::Usage, code, message)
    }

    /// Attach a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Append a cause.
    pub fn with_cause(mut self, cause: impl Into<String>) -> Self {
        self.causes.push(cause.into());
        self
    }

    /// Attach what is known despite the failure (printed as the `--json` envelope's `data`).
    pub fn with_data(mut self, data: serde_json::Value) -> Self {
        self.data = Some(Box::new(data));
        self
    }

    /// Build a failure from any diagnostic, collecting its `source()` chain as causes.
    ///
    /// # Panics
    ///
    /// In debug builds, when the diagnostic's code is not in [`codes::CODES`] or its entry does
    /// not allow the diagnostic's exit status.
    #[track_caller]
    pub fn from_diagnostic<E: Diagnostic + ?Sized>(err: &E) -> Self {
        let (code, exit) = (err.code(), err.exit_status());
        if cfg!(debug_assertions) {
            codes::assert_registered(code, exit);
        }
        let mut causes = Vec::new();
        let mut source = err.source();
        while let Some(s) = source {
            let text = s.to_string();
            if !text.is_empty() && !causes.contains(&text) {
                causes.push(text);
            }
            source = s.source();
        }
        Failure {
            code: code.to_string(),
            message: err.to_string(),
            causes,
            hint: err.hint(),
            exit,
            data: None,
        }
    }

    /// The human rendering: `error: …`, `  Caused by: …` lines, a blank line, `hint: …`.
    pub fn render(&self) -> String {
        let mut out = format!("error: {}\n", self.message);
        for cause in &self.causes {
            out.push_str(&format!("  Caused by: {cause}\n"));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("\nhint: {hint}\n"));
        }
        out
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

impl<E: Diagnostic> From<E> for Failure {
    #[track_caller]
    fn from(err: E) -> Self {
        Failure::from_diagnostic(&err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    enum Demo {
        #[error("the thing `{0}` is broken")]
        Broken(String),
    }

    // Unregistered codes panic in debug builds, so the demo borrows a registered exit-1 code.
    impl Diagnostic for Demo {
        fn code(&self) -> &'static str {
            "config.unreadable"
        }
        fn hint(&self) -> Option<String> {
            Some("pass `--fix`".into())
        }
    }

    #[test]
    fn exit_codes_are_the_documented_ones() {
        let all = [
            (ExitStatus::Success, 0),
            (ExitStatus::Failure, 1),
            (ExitStatus::Usage, 2),
            (ExitStatus::WrongPassword, 3),
            (ExitStatus::Unreachable, 4),
            (ExitStatus::OutcomeUnknown, 5),
            (ExitStatus::Interrupted, 130),
        ];
        for (status, code) in all {
            assert_eq!(status.code(), code);
        }
    }

    #[test]
    fn diagnostic_renders_with_hint() {
        let f: Failure = Demo::Broken("x".into()).into();
        assert_eq!(f.code, "config.unreadable");
        assert_eq!(f.exit, ExitStatus::Failure);
        assert_eq!(
            f.render(),
            "error: the thing `x` is broken\n\nhint: pass `--fix`\n"
        );
    }

    #[test]
    fn causes_are_listed() {
        let f = Failure::user("config.unreadable", "outer").with_cause("inner");
        assert_eq!(f.render(), "error: outer\n  Caused by: inner\n");
    }
}
