//! ANSI styling, applied only when colour is enabled for the stream. Nothing depends on colour
//! alone: every coloured word also carries its meaning in text.

/// A few styles tao uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Errors (`error:`).
    Error,
    /// Warnings (`warning:`).
    Warning,
    /// Hints (`hint:`).
    Hint,
    /// Emphasis.
    Bold,
    /// Good outcomes.
    Success,
}

impl Style {
    fn code(self) -> &'static str {
        match self {
            Style::Error => "\x1b[1;31m",
            Style::Warning => "\x1b[1;33m",
            Style::Hint => "\x1b[1;36m",
            Style::Bold => "\x1b[1m",
            Style::Success => "\x1b[1;32m",
        }
    }
}

/// `text` in `style` when `enabled`, else `text` unchanged.
pub fn paint(text: &str, style: Style, enabled: bool) -> String {
    if enabled {
        format!("{}{text}\x1b[0m", style.code())
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_only_when_enabled() {
        assert_eq!(paint("x", Style::Bold, false), "x");
        assert_eq!(paint("x", Style::Bold, true), "\x1b[1mx\x1b[0m");
    }
}
