//! A spinner on stderr while waiting on the network: only on a terminal, and never with
//! `--quiet`, `--verbose`, `--json` or `--no-progress`.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

/// A spinner that may be disabled; every method is a no-op when it is.
pub struct Spinner {
    bar: Option<ProgressBar>,
}

impl Spinner {
    /// Start a spinner with a message, if `enabled`.
    pub fn start(enabled: bool, message: &str) -> Spinner {
        if !enabled {
            return Spinner { bar: None };
        }
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .expect("static template")
                .tick_chars("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏ "),
        );
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(80));
        Spinner { bar: Some(bar) }
    }

    /// Change the stage shown.
    pub fn set(&self, message: &str) {
        if let Some(b) = &self.bar {
            b.set_message(message.to_string());
        }
    }

    /// Remove the spinner from the terminal.
    pub fn finish(mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
