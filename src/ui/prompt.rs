//! Prompts on the terminal. A prompt is only shown when stdin and stderr are both terminals;
//! otherwise the caller gets an error naming the flag or file that answers it (exit 2). tao never
//! proceeds with a default secret.

use std::io::IsTerminal;

use zeroize::Zeroizing;

use crate::error::Failure;

/// Whether prompting is possible: stdin and stderr are terminals.
pub fn can_prompt() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn impossible(what: &str, hint: &str) -> Failure {
    Failure::usage(
        "prompt.not_a_terminal",
        format!("{what} needs an answer, but stdin or stderr is not a terminal"),
    )
    .with_hint(hint.to_string())
}

fn io_failure(e: impl std::fmt::Display) -> Failure {
    Failure::usage("prompt.failed", format!("the prompt failed: {e}"))
}

/// Ask a yes/no question (default no). `yes` answers it without asking.
pub fn confirm(question: &str, yes: bool) -> Result<bool, Failure> {
    if yes {
        return Ok(true);
    }
    if !can_prompt() {
        return Err(impossible("a confirmation", "pass `--yes` to confirm"));
    }
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(io_failure)
}

/// Ask for a secret without echo. `hint` names the non-interactive alternative.
pub fn secret(prompt: &str, hint: &str) -> Result<Zeroizing<String>, Failure> {
    if !can_prompt() {
        return Err(impossible("a secret", hint));
    }
    dialoguer::Password::new()
        .with_prompt(prompt)
        .allow_empty_password(true)
        .interact()
        .map(Zeroizing::new)
        .map_err(io_failure)
}

/// Ask for a new secret twice; they must match.
pub fn new_secret(prompt: &str, hint: &str) -> Result<Zeroizing<String>, Failure> {
    if !can_prompt() {
        return Err(impossible("a new secret", hint));
    }
    dialoguer::Password::new()
        .with_prompt(prompt)
        .with_confirmation("Retype to confirm", "The two entries do not match")
        .allow_empty_password(true)
        .interact()
        .map(Zeroizing::new)
        .map_err(io_failure)
}

/// Ask for a line of text (echoed).
pub fn text(prompt: &str, hint: &str) -> Result<String, Failure> {
    if !can_prompt() {
        return Err(impossible("a value", hint));
    }
    dialoguer::Input::<String>::new()
        .with_prompt(prompt)
        .interact_text()
        .map_err(io_failure)
}
