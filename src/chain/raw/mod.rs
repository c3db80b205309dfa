//! Raw access to anything the runtime metadata describes: storage items ([`storage`]), runtime
//! APIs ([`api`]) and calls ([`calls`]), with arguments parsed from text or JSON by their types
//! and values rendered as tao's JSON ([`types`]). The named commands cover the common paths;
//! this covers the rest, including what a runtime upgrade added yesterday.

pub mod api;
pub mod calls;
pub mod storage;
pub mod suggest;
pub mod types;

use crate::error::{Diagnostic, ExitStatus};

/// What is wrong with a raw request, before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RawError {
    /// A pallet, item, call, API, method, field or variant the metadata does not have.
    #[error("no {kind} `{name}` in {within}")]
    UnknownName {
        /// `pallet`, `storage item`, `call`, `runtime API`, `method`, `field` or `variant`.
        kind: &'static str,
        /// The name given.
        name: String,
        /// Where it was looked up.
        within: String,
        /// The closest names that exist.
        suggestions: Vec<String>,
    },
    /// A value that does not parse as its type.
    #[error("{place}: expected {expected}, got {got}")]
    BadValue {
        /// Which argument or key (with its position).
        place: String,
        /// The expected type.
        expected: String,
        /// What was given.
        got: String,
        /// What the type accepts.
        hint: String,
    },
    /// A field of a struct or call left out.
    #[error("{within}: the field `{field}` ({expected}) is missing")]
    MissingField {
        /// The field.
        field: String,
        /// The struct, variant or call.
        within: String,
        /// Its type.
        expected: String,
    },
    /// Too many or too few keys or arguments.
    #[error("{what} takes {expected}; got {got}")]
    WrongCount {
        /// The item, method or call.
        what: String,
        /// What it takes, with the types.
        expected: String,
        /// How many were given.
        got: usize,
        /// What to do.
        hint: String,
    },
    /// A file given to read (`--metadata`, a batch file) that cannot be used.
    #[error("cannot use {path}: {reason}")]
    BadFile {
        /// The path.
        path: String,
        /// Why.
        reason: String,
    },
}

impl Diagnostic for RawError {
    fn code(&self) -> &'static str {
        match self {
            RawError::UnknownName { .. } => "raw.unknown_name",
            RawError::BadValue { .. } => "raw.bad_value",
            RawError::MissingField { .. } | RawError::WrongCount { .. } => "raw.wrong_arguments",
            RawError::BadFile { .. } => "raw.bad_file",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        ExitStatus::Usage
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            RawError::UnknownName { suggestions, .. } if !suggestions.is_empty() => format!(
                "did you mean {}?",
                suggestions
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
            RawError::UnknownName { kind, .. } => match *kind {
                "pallet" | "storage item" => "`tao query --list [PALLET]` lists them".into(),
                "call" => "`tao call --list [PALLET]` lists them".into(),
                "runtime API" | "method" => "`tao api --list [API]` lists them".into(),
                _ => "check the name against the metadata (`--list`)".into(),
            },
            RawError::BadValue { hint, .. } => hint.clone(),
            RawError::MissingField { field, .. } => format!("add `{field}=…`"),
            RawError::WrongCount { hint, .. } => hint.clone(),
            RawError::BadFile { .. } => "check the path and the file's format".into(),
        })
    }
}

/// Look `name` up among `names`: exactly, else case-insensitively, else an `UnknownName` with
/// the closest names.
pub fn find_name<'a>(
    kind: &'static str,
    name: &str,
    within: &str,
    names: impl IntoIterator<Item = &'a str>,
) -> Result<&'a str, RawError> {
    let names: Vec<&'a str> = names.into_iter().collect();
    if let Some(n) = names.iter().find(|n| **n == name) {
        return Ok(n);
    }
    let ci: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| n.eq_ignore_ascii_case(name) || snake(n) == snake(name))
        .collect();
    if ci.len() == 1 {
        return Ok(ci[0]);
    }
    Err(RawError::UnknownName {
        kind,
        name: name.to_string(),
        within: within.to_string(),
        suggestions: suggest::closest(name, names),
    })
}

/// A name without case or underscores, so `transferKeepAlive`, `transfer_keep_alive` and
/// `TransferKeepAlive` meet.
fn snake(n: &str) -> String {
    n.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The pallet `name` of the metadata.
pub fn pallet<'a>(
    md: &'a subxt::Metadata,
    name: &str,
) -> Result<subxt::metadata::PalletMetadata<'a>, RawError> {
    let found = find_name(
        "pallet",
        name,
        "the runtime",
        md.pallets().map(|p| p.name()),
    )?;
    Ok(md.pallet_by_name(found).expect("listed"))
}

/// Read a metadata file (`.scale`: the SCALE bytes of `RuntimeMetadataPrefixed`, as
/// `state_getMetadata` returns them, or their 0x hex).
pub fn metadata_file(path: &std::path::Path) -> Result<subxt::Metadata, RawError> {
    let bad = |reason: String| RawError::BadFile {
        path: path.display().to_string(),
        reason,
    };
    let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    let bytes = match std::str::from_utf8(&bytes) {
        Ok(t) if t.trim_start().starts_with("0x") => hex::decode(t.trim().trim_start_matches("0x"))
            .map_err(|e| bad(format!("bad hex: {e}")))?,
        _ => bytes,
    };
    subxt::Metadata::decode_from(&bytes)
        .map_err(|e| bad(format!("not runtime metadata (SCALE): {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_exactly_then_loosely() {
        let names = ["SubtensorModule", "Balances", "System"];
        assert_eq!(find_name("pallet", "Balances", "x", names), Ok("Balances"));
        assert_eq!(find_name("pallet", "balances", "x", names), Ok("Balances"));
        assert_eq!(
            find_name("pallet", "subtensor_module", "x", names),
            Ok("SubtensorModule")
        );
        match find_name("pallet", "Balance", "the runtime", names) {
            Err(RawError::UnknownName { suggestions, .. }) => {
                assert_eq!(suggestions, vec!["Balances"])
            }
            other => panic!("{other:?}"),
        }
    }
}
