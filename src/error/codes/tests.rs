//! The registry against itself.

use super::*;
use crate::error::{Diagnostic, Failure as Fail};

/// `namespace.name` (or more segments), each segment lowercase snake case starting with a letter.
fn is_code_shaped(text: &str, min_segments: usize) -> bool {
    let segments: Vec<&str> = text.split('.').collect();
    segments.len() >= min_segments
        && segments.iter().all(|s| {
            s.starts_with(|c: char| c.is_ascii_lowercase())
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

#[test]
fn registry_is_sorted_unique_and_well_formed() {
    for pair in CODES.windows(2) {
        assert!(
            pair[0].code < pair[1].code,
            "`CODES` must be sorted with each code once: `{}` comes before `{}`",
            pair[0].code,
            pair[1].code
        );
    }
    for entry in CODES {
        let code = entry.code;
        assert!(
            is_code_shaped(code, 2) && code.matches('.').count() == 1,
            "`{code}` is not `namespace.name` in lowercase snake case"
        );
        let meaning = entry.meaning;
        assert!(!meaning.is_empty(), "`{code}` has no meaning");
        assert!(
            !meaning.contains('|') && !meaning.contains('\n'),
            "the meaning of `{code}` must fit one Markdown table cell"
        );
        assert!(
            !meaning.ends_with('.'),
            "the meaning of `{code}` ends with a period"
        );
        let statuses: &[ExitStatus] = match entry.exit {
            Exit::Fixed(ref s) => std::slice::from_ref(s),
            Exit::Varies(all) => {
                assert!(all.len() >= 2, "`{code}` varies over fewer than 2 statuses");
                assert!(
                    all.windows(2).all(|p| p[0].code() < p[1].code()),
                    "the statuses of `{code}` must be distinct and ascending"
                );
                all
            }
        };
        for status in statuses {
            assert!(
                !matches!(status, ExitStatus::Success | ExitStatus::Interrupted),
                "`{code}` is a failure; it cannot exit with {}",
                status.code()
            );
        }
    }
}

#[test]
fn lookup_finds_every_entry_and_nothing_else() {
    for entry in CODES {
        assert_eq!(lookup(entry.code), Some(entry));
    }
    assert_eq!(lookup("wallet"), None);
    assert_eq!(lookup(""), None);
    assert_eq!(lookup(&format!("{}x", CODES[0].code)), None);
}

#[test]
fn exit_descriptions() {
    assert_eq!(Exit::Fixed(ExitStatus::OutcomeUnknown).describe(), "5");
    assert_eq!(
        Exit::Varies(&[ExitStatus::Failure, ExitStatus::Usage]).describe(),
        "1 or 2"
    );
}

// The panics only exist in debug builds.

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "error code `no.such_code` is not registered: add it to `CODES`")]
fn an_unregistered_code_panics() {
    let _ = Fail::user("no.such_code", "message");
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(
    expected = "error code `wallet.wrong_password` was raised with exit status 1 but is registered with 3"
)]
fn a_code_with_another_exit_status_panics() {
    let _ = Fail::user("wallet.wrong_password", "message");
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "error code `no.such_code` is not registered")]
fn a_diagnostic_with_an_unregistered_code_panics() {
    #[derive(Debug, thiserror::Error)]
    #[error("unregistered")]
    struct Unregistered;
    impl Diagnostic for Unregistered {
        fn code(&self) -> &'static str {
            "no.such_code"
        }
    }
    let _ = Fail::from(Unregistered);
}

#[test]
fn a_varying_code_takes_each_of_its_statuses() {
    let entry = CODES
        .iter()
        .find(|e| matches!(e.exit, Exit::Varies(_)))
        .expect("at least one code's exit status varies");
    let Exit::Varies(all) = entry.exit else {
        unreachable!()
    };
    for &status in all {
        let f = Fail::new(status, entry.code, "message");
        assert_eq!(f.exit, status);
    }
}
