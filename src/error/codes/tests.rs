//! The registry against itself, against the sources that raise the codes, and against the
//! README's table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

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

// ---------------------------------------------------------------------------------------------
// The source scan: a small Rust lexer, enough to find string literals outside comments and to
// tell test code from product code.

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

/// The tokens of `src` with their 1-based line numbers. Comments, char literals, lifetimes and
/// numbers are dropped or reduced to something harmless; string literals keep their raw text.
fn lex(src: &str) -> Vec<(Tok, usize)> {
    let c: Vec<char> = src.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < c.len() {
        let ch = c[i];
        let start_line = line;
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(c[i] == '\n');
                    i += 1;
                }
            }
        } else if ch == '"' {
            let mut text = String::new();
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    text.push(c[i]);
                    i += 1;
                }
                line += usize::from(at(i) == '\n');
                text.push(at(i));
                i += 1;
            }
            i += 1;
            out.push((Tok::Str(text), start_line));
        } else if ch == '\'' {
            if at(i + 1) == '\\' {
                // Past the quote, the backslash and the escaped character.
                i += 3;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime or label: its name lexes as an identifier next.
                i += 1;
            }
        } else if ch.is_alphanumeric() || ch == '_' {
            let begin = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            let word: String = c[begin..i].iter().collect();
            let raw_prefix = matches!(word.as_str(), "r" | "br" | "cr");
            let hashes = c[i..].iter().take_while(|&&h| h == '#').count();
            if raw_prefix && at(i + hashes) == '"' {
                // A raw string: it ends at `"` followed by as many `#` as it opened with.
                i += hashes + 1;
                let begin = i;
                while i < c.len()
                    && !(c[i] == '"' && c[i + 1..].iter().take(hashes).all(|&h| h == '#'))
                {
                    line += usize::from(c[i] == '\n');
                    i += 1;
                }
                out.push((Tok::Str(c[begin..i].iter().collect()), start_line));
                i += 1 + hashes;
            } else if word == "r" && hashes == 1 {
                // A raw identifier (`r#type`): the identifier lexes next.
                i += 1;
            } else if matches!(word.as_str(), "b" | "c") && matches!(at(i), '"' | '\'') {
                // A byte or C string, or a byte char: the quote lexes next.
            } else {
                out.push((Tok::Ident(word), start_line));
            }
        } else {
            out.push((Tok::Punct(ch), start_line));
            i += 1;
        }
    }
    out
}

/// One dotted literal found in a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    text: String,
    line: usize,
    in_test: bool,
}

/// What the scan of one file found.
#[derive(Debug, Default)]
struct Scan {
    /// Dotted literals in code position.
    codes: Vec<Found>,
    /// Allowed non-code literals that were seen (to find stale allowances).
    allowed_seen: BTreeSet<&'static str>,
    /// Lines where a `Failure` constructor gets its code from something other than a literal.
    dynamic: Vec<usize>,
}

/// Last segments that make a dotted literal a file name rather than a code.
const FILE_EXTENSIONS: &[&str] = &[
    "bash", "elv", "fish", "gz", "json", "md", "ps1", "py", "rs", "scale", "sh", "toml", "txt",
    "yaml", "yml", "zsh",
];

/// Dotted literals that are neither codes, file names nor clap aliases, with why they are there.
const NOT_CODES: &[(&str, &str)] = &[(
    "my.wallet",
    "a wallet name with a dot, accepted by the name validation tests",
)];

/// The index just past the item that starts at `from` (after an attribute): its `{…}` body or
/// its terminating `;`, whichever comes first outside parentheses and brackets.
fn item_end(toks: &[(Tok, usize)], from: usize) -> usize {
    let mut depth = 0i32;
    let mut i = from;
    while i < toks.len() {
        match toks[i].0 {
            Tok::Punct('(' | '[') => depth += 1,
            Tok::Punct(')' | ']') => depth -= 1,
            Tok::Punct(';') if depth == 0 => return i + 1,
            Tok::Punct('{') if depth == 0 => {
                let mut braces = 0;
                while i < toks.len() {
                    match toks[i].0 {
                        Tok::Punct('{') => braces += 1,
                        Tok::Punct('}') => {
                            braces -= 1;
                            if braces == 0 {
                                return i + 1;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                return i;
            }
            _ => {}
        }
        i += 1;
    }
    i
}

fn punct(t: &Tok, ch: char) -> bool {
    *t == Tok::Punct(ch)
}

fn ident(t: &Tok, name: &str) -> bool {
    matches!(t, Tok::Ident(w) if w == name)
}

/// Which tokens belong to `#[cfg(test)]` or `#[test]` items.
fn test_mask(toks: &[(Tok, usize)]) -> Vec<bool> {
    let t = |i: usize| toks.get(i).map(|(t, _)| t);
    let mut mask = vec![false; toks.len()];
    for i in 0..toks.len() {
        let is = |k: usize, f: &dyn Fn(&Tok) -> bool| t(i + k).is_some_and(f);
        let attr_open = is(0, &|x| punct(x, '#')) && is(1, &|x| punct(x, '['));
        let cfg_test = attr_open
            && is(2, &|x| ident(x, "cfg"))
            && is(3, &|x| punct(x, '('))
            && is(4, &|x| ident(x, "test"))
            && is(5, &|x| punct(x, ')'))
            && is(6, &|x| punct(x, ']'));
        let test_attr = attr_open && is(2, &|x| ident(x, "test")) && is(3, &|x| punct(x, ']'));
        let after = if cfg_test {
            i + 7
        } else if test_attr {
            i + 4
        } else {
            continue;
        };
        for m in &mut mask[i..item_end(toks, after)] {
            *m = true;
        }
    }
    mask
}

fn scan(src: &str) -> Scan {
    let toks = lex(src);
    let mask = test_mask(&toks);
    let t = |i: usize| toks.get(i).map(|(t, _)| t);
    let mut scan = Scan::default();
    for (i, (tok, line)) in toks.iter().enumerate() {
        // A clap alias such as `alias = "wallet.name"` is btcli's option spelling, not a code.
        let is_alias = i >= 2
            && t(i - 1).is_some_and(|x| punct(x, '='))
            && matches!(t(i - 2), Some(Tok::Ident(w)) if w.ends_with("alias"));
        if let Tok::Str(text) = tok
            && is_code_shaped(text, 2)
            && !is_alias
        {
            let last = text.rsplit('.').next().unwrap_or_default();
            if FILE_EXTENSIONS.contains(&last) {
                continue;
            }
            if let Some((allowed, _)) = NOT_CODES.iter().find(|(n, _)| n == text) {
                scan.allowed_seen.insert(allowed);
                continue;
            }
            scan.codes.push(Found {
                text: text.clone(),
                line: *line,
                in_test: mask[i],
            });
        }
        // `Failure::user(CODE, …)`, `Failure::usage(CODE, …)`, `Failure::new(EXIT, CODE, …)`:
        // the code must be a literal, or the scan cannot see it.
        let constructor = ident(tok, "Failure")
            && t(i + 1).is_some_and(|x| punct(x, ':'))
            && t(i + 2).is_some_and(|x| punct(x, ':'))
            && t(i + 4).is_some_and(|x| punct(x, '('));
        let code_at = match t(i + 3) {
            Some(Tok::Ident(w)) if constructor && (w == "user" || w == "usage") => Some(i + 5),
            Some(Tok::Ident(w)) if constructor && w == "new" => {
                let mut depth = 0i32;
                let mut k = i + 5;
                while let Some(x) = t(k) {
                    match x {
                        Tok::Punct('(' | '[' | '{') => depth += 1,
                        Tok::Punct(')' | ']' | '}') => depth -= 1,
                        Tok::Punct(',') if depth == 0 => break,
                        _ => {}
                    }
                    k += 1;
                }
                Some(k + 1)
            }
            _ => None,
        };
        if let Some(k) = code_at
            && !matches!(t(k), Some(Tok::Str(_)))
        {
            scan.dynamic.push(*line);
        }
    }
    scan
}

fn rust_files(dir: &Path, skip: &[PathBuf], out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if skip.contains(&path) {
            continue;
        }
        if path.is_dir() {
            rust_files(&path, skip, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Every dotted code literal of the package, by file (relative path), with what else the scan saw.
fn scan_package() -> (Vec<(String, Found)>, BTreeSet<&'static str>, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The registry and these tests name codes on purpose; the devnet is another crate.
    let skip = [
        root.join("src/error/codes.rs"),
        root.join("src/error/codes"),
        root.join("tests/devnet"),
        root.join("tests/fixtures"),
    ];
    let mut files = Vec::new();
    rust_files(&root.join("src"), &skip, &mut files);
    let src_files = files.len();
    rust_files(&root.join("tests"), &skip, &mut files);
    assert!(
        src_files > 40 && files.len() > src_files,
        "the scan found too few files; is CARGO_MANIFEST_DIR the package root?"
    );
    let (mut codes, mut allowed, mut dynamic) = (Vec::new(), BTreeSet::new(), Vec::new());
    for (n, path) in files.iter().enumerate() {
        let rel = path.strip_prefix(root).unwrap().display().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let found = scan(&text);
        // Files under `tests/` are test code as a whole.
        let whole_file_is_test = n >= src_files;
        for mut f in found.codes {
            f.in_test |= whole_file_is_test;
            codes.push((rel.clone(), f));
        }
        allowed.extend(found.allowed_seen);
        dynamic.extend(found.dynamic.iter().map(|l| format!("{rel}:{l}")));
    }
    (codes, allowed, dynamic)
}

#[test]
fn every_code_in_the_sources_is_registered_and_every_registered_code_is_raised() {
    let (found, allowed_seen, dynamic) = scan_package();
    let unregistered: Vec<String> = found
        .iter()
        .filter(|(_, f)| lookup(&f.text).is_none())
        .map(|(file, f)| format!("{file}:{}: `{}`", f.line, f.text))
        .collect();
    assert!(
        unregistered.is_empty(),
        "these dotted literals are not registered error codes:\n  {}\nadd each code to `CODES` in \
         src/error/codes.rs and to the README's \"Error codes\" table; if a literal is not an \
         error code, add it to `NOT_CODES` in src/error/codes/tests.rs with the reason",
        unregistered.join("\n  ")
    );

    let mut raised: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, f) in found.iter().filter(|(_, f)| !f.in_test) {
        *raised.entry(f.text.as_str()).or_default() += 1;
    }
    let unused: Vec<&str> = CODES
        .iter()
        .map(|e| e.code)
        .filter(|c| !raised.contains_key(c))
        .collect();
    assert!(
        unused.is_empty(),
        "these registered codes are raised nowhere outside tests: {unused:?}; remove them from \
         `CODES` in src/error/codes.rs and from the README's table (a code that was ever released \
         must not be reused for another meaning)"
    );

    assert!(
        dynamic.is_empty(),
        "a `Failure` gets its code from something other than a string literal at {dynamic:?}; \
         write the code as a literal so that this test sees it"
    );

    let stale: Vec<&str> = NOT_CODES
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !allowed_seen.contains(n))
        .collect();
    assert!(
        stale.is_empty(),
        "`NOT_CODES` lists literals no source has any more: {stale:?}"
    );
}

#[test]
fn the_file_name_and_allowance_rules_cannot_hide_a_code() {
    for entry in CODES {
        let last = entry.code.rsplit('.').next().unwrap();
        assert!(
            !FILE_EXTENSIONS.contains(&last),
            "`{}` ends like a file name, so the source scan would skip it",
            entry.code
        );
        assert!(
            NOT_CODES.iter().all(|(n, _)| *n != entry.code),
            "`{}` is both registered and allowed as a non-code",
            entry.code
        );
    }
}

#[test]
fn the_scan_sees_codes_in_code_position_only() {
    let src = r####"
        //! The doc mentions "doc.comment" and `wallet.io`.
        use clap::Args;
        /* a "block.comment" /* nested "nested.comment" */ still "comment.here" */
        #[arg(long, alias = "wallet.name", visible_alias = "wallet.other")]
        fn f<'a>(x: &'a str) -> Failure {
            let q = '"'; let e = '\''; let b = b'"';
            let name = "config.toml";
            let raw = r#"raw "quoted" and "raw.code""#;
            let s = "escaped \" quote"; let t = "plain.code";
            Failure::new(
                ExitStatus::Usage,
                "new.code",
                format!("{x}"),
            );
            Failure::user(code, "message");
            Failure::new(status, make_code(), "message")
        }
        #[cfg(test)]
        mod tests {
            fn g() { assert_eq!(err.code(), "test.code"); }
        }
        #[test]
        fn h() { let _ = "attr.test"; }
        const AFTER: &str = "after.tests";
    "####;
    let scan = scan(src);
    let seen: Vec<(&str, bool)> = scan
        .codes
        .iter()
        .map(|f| (f.text.as_str(), f.in_test))
        .collect();
    assert_eq!(
        seen,
        [
            ("plain.code", false),
            ("new.code", false),
            ("test.code", true),
            ("attr.test", true),
            ("after.tests", false),
        ]
    );
    assert_eq!(scan.codes[0].line, 10);
    assert_eq!(scan.dynamic, [16, 17]);
}

// ---------------------------------------------------------------------------------------------
// The README's table.

const README_HEADING: &str = "### Error codes";
const TABLE_HEADER: &str = "| code | exit | meaning |";

/// The README's table rows as the registry renders them.
fn expected_rows() -> Vec<String> {
    CODES
        .iter()
        .map(|e| format!("| `{}` | {} | {} |", e.code, e.exit.describe(), e.meaning))
        .collect()
}

/// The line range of the table's body (after the header and separator) in `readme`.
fn table_body(lines: &[&str]) -> std::ops::Range<usize> {
    let heading = lines
        .iter()
        .position(|l| l.trim_end() == README_HEADING)
        .unwrap_or_else(|| panic!("README.md has no `{README_HEADING}` section"));
    let header = heading
        + lines[heading..]
            .iter()
            .position(|l| l.trim_end() == TABLE_HEADER)
            .unwrap_or_else(|| {
                panic!("the README's error-code table has no `{TABLE_HEADER}` line")
            });
    let start = header + 2;
    let len = lines[start..]
        .iter()
        .take_while(|l| l.starts_with('|'))
        .count();
    start..start + len
}

/// `(code, exit, meaning)` of one README row.
fn parse_row(row: &str) -> Option<(String, String, String)> {
    let inner = row.trim_end().strip_prefix("| ")?.strip_suffix(" |")?;
    let mut cells = inner.split(" | ");
    let code = cells.next()?.strip_prefix('`')?.strip_suffix('`')?;
    let exit = cells.next()?;
    let meaning = cells.next()?;
    cells
        .next()
        .is_none()
        .then(|| (code.to_string(), exit.to_string(), meaning.to_string()))
}

#[test]
fn the_readme_table_lists_every_code_with_its_exit_status() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
    let body = table_body(&lines);
    let expected = expected_rows();

    if std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite") {
        let mut out: Vec<String> = lines[..body.start].iter().map(|l| l.to_string()).collect();
        out.extend(expected.iter().cloned());
        out.extend(lines[body.end..].iter().map(|l| l.to_string()));
        std::fs::write(&path, out.join("\n") + "\n").unwrap();
        return;
    }

    let mut problems = Vec::new();
    let mut rows: BTreeMap<String, (String, String)> = BTreeMap::new();
    for row in &lines[body.clone()] {
        match parse_row(row) {
            Some((code, exit, meaning)) => {
                if rows.insert(code.clone(), (exit, meaning)).is_some() {
                    problems.push(format!("`{code}` has two rows"));
                }
            }
            None => problems.push(format!("a row is not `| `code` | exit | meaning |`: {row}")),
        }
    }
    for entry in CODES {
        match rows.remove(entry.code) {
            None => problems.push(format!("`{}` is missing", entry.code)),
            Some((exit, meaning)) => {
                if exit != entry.exit.describe() {
                    problems.push(format!(
                        "`{}` has exit status {exit}, but the registry says {}",
                        entry.code,
                        entry.exit.describe()
                    ));
                }
                if meaning != entry.meaning {
                    problems.push(format!(
                        "`{}` has another meaning than the registry",
                        entry.code
                    ));
                }
            }
        }
    }
    problems.extend(
        rows.keys()
            .map(|c| format!("`{c}` is not a registered code")),
    );
    if problems.is_empty() && lines[body] != expected[..] {
        problems.push("the rows are not in the registry's (sorted) order".into());
    }
    assert!(
        problems.is_empty(),
        "the README's \"Error codes\" table disagrees with `CODES` in src/error/codes.rs:\n  {}\n\
         run `SNAPSHOTS=overwrite cargo test -p tao --lib error::codes` to rewrite the table from \
         the registry, and commit the result",
        problems.join("\n  ")
    );
}
