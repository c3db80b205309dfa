//! The command tree's own tests: it is consistent, every leaf command has an argv sample that
//! parses, and the global options keep btcli's spellings.

use std::ffi::OsString;

use clap::Parser;

use super::run::json_requested;
use super::{Cli, command};

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(std::iter::once("tao").chain(args.iter().copied()))
}

#[test]
fn command_tree_is_consistent() {
    command().debug_assert();
}

#[test]
fn global_aliases_parse() {
    let cli = parse(&[
        "utils",
        "convert",
        "--tao",
        "1",
        "--subtensor.network",
        "local",
        "--wallet.name",
        "w",
        "--wallet.hotkey",
        "h",
        "--wallet.path",
        "/tmp/x",
        "--json-output",
        "--no-prompt",
    ])
    .unwrap();
    assert_eq!(cli.global.network.as_deref(), Some("local"));
    assert_eq!(cli.global.wallet_name.as_deref(), Some("w"));
    assert_eq!(cli.global.hotkey.as_deref(), Some("h"));
    assert_eq!(cli.global.wallet_path.as_deref(), Some("/tmp/x"));
    assert!(cli.global.json && cli.global.yes);
    let cli = parse(&[
        "-p", "/w", "-H", "hk", "--chain", "test", "-y", "utils", "ss58", "validate", "x",
    ])
    .unwrap();
    assert_eq!(cli.global.network.as_deref(), Some("test"));
    assert_eq!(cli.global.hotkey.as_deref(), Some("hk"));
}

mod samples;
use samples::SAMPLES;

fn leaves(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    let subs: Vec<_> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .collect();
    if subs.is_empty() {
        out.push(path);
        return;
    }
    for s in subs {
        let mut p = path.clone();
        p.push(s.get_name().to_string());
        leaves(s, p, out);
    }
}

#[test]
fn every_leaf_command_has_a_parse_sample() {
    let mut all = Vec::new();
    leaves(&command(), Vec::new(), &mut all);
    for leaf in &all {
        let covered = SAMPLES
            .iter()
            .any(|s| s.len() >= leaf.len() && s[..leaf.len()] == leaf[..]);
        assert!(covered, "no argv-parse sample for `tao {}`", leaf.join(" "));
    }
    for sample in SAMPLES {
        if let Err(e) = parse(sample) {
            panic!("`tao {}` does not parse: {e}", sample.join(" "));
        }
    }
}

#[test]
fn quiet_and_verbose_conflict() {
    assert!(parse(&["-q", "-v", "utils", "convert", "--rao", "1"]).is_err());
}

#[test]
fn json_detection_from_raw_args() {
    let args: Vec<OsString> = ["tao", "bogus", "--json"]
        .iter()
        .map(OsString::from)
        .collect();
    assert!(json_requested(&args));
}

/// The README's architecture section names every file of `src/cli`, and every file it names
/// exists, so a newcomer's map stays true.
#[test]
fn readme_architecture_names_every_cli_file() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let start = readme
        .find("## Architecture")
        .expect("an Architecture section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let mut files = Vec::new();
    let cli = root.join("src/cli");
    for entry in std::fs::read_dir(&cli).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            for inner in std::fs::read_dir(&path).unwrap() {
                files.push(inner.unwrap().path());
            }
        } else {
            files.push(path);
        }
    }
    for file in &files {
        let rel = file
            .strip_prefix(&cli)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(
            section.contains(&format!("`{rel}`")),
            "the README's Architecture section does not mention `src/cli/{rel}`"
        );
    }
    for named in section.split('`').skip(1).step_by(2) {
        let elsewhere = named.starts_with("src/") || named.starts_with("tests/");
        if named.ends_with(".rs") && !named.contains(' ') && !elsewhere {
            assert!(
                cli.join(named).exists(),
                "the README's Architecture section names `{named}`, which is not in src/cli"
            );
        }
    }
}
