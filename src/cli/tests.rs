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

/// One sample command line per leaf command. Every leaf of the tree must appear here, so a new
/// command cannot be added without an argv-parse test.
const SAMPLES: &[&[&str]] = &[
    &[
        "weights",
        "commit",
        "--netuid",
        "2",
        "--uids",
        "0",
        "--weights",
        "1",
    ],
    &["weights", "reveal", "--netuid", "2", "--dry-run"],
    &[
        "weights",
        "set",
        "--netuid",
        "1",
        "--uids",
        "0,1",
        "--weights",
        "0.5,0.5",
        "--dry-run",
    ],
    &["config", "show", "--resolved"],
    &["config", "set", "network", "local"],
    &["config", "unset", "network"],
    &["utils", "convert", "--tao", "1.5"],
    &["utils", "ss58", "encode", "--prefix", "0", "0x00"],
    &["utils", "ss58", "decode", "5Grw"],
    &["utils", "ss58", "validate", "5Grw", "--prefix", "42"],
    &["completions", "zsh"],
    &["wallet", "create", "--words", "24", "--no-password"],
    &["wallet", "create", "--n-words", "15", "--overwrite"],
    &["wallet", "new-coldkey", "--mnemonic-out", "m.json"],
    &["wallet", "new-hotkey", "--encrypt-hotkey"],
    &["wallet", "regen-coldkey", "--mnemonic-file", "m"],
    &["wallet", "regen-coldkey", "--json-file", "e.json"],
    &["wallet", "regen-coldkey", "--mnemonic", "a", "b"],
    &["wallet", "regen-coldkeypub", "--ss58", "5Grw"],
    &["wallet", "regen-coldkeypub", "--public-key-hex", "0x"],
    &["wallet", "regen-hotkey", "--seed-file", "s.txt"],
    &["wallet", "regen-hotkey", "--seed", "s.txt"],
    &["wallet", "list"],
    &["wallet", "inspect"],
    &["wallet", "sign", "--message", "0xdead", "--use-hotkey"],
    &[
        "wallet",
        "verify",
        "--message",
        "m",
        "--signature",
        "s",
        "--address",
        "a",
    ],
    &["wallet", "change-password", "--new-password-file", "b"],
    &["wallet", "encrypt-hotkey", "--password-file", "p"],
    &["wallet", "decrypt-hotkey", "--yes"],
    &["wallet", "balance", "--all"],
    &["wallet", "overview"],
    &["yuma", "simulate", "--input", "-"],
    &[
        "yuma",
        "simulate",
        "--input",
        "x.json",
        "--as-uid",
        "3",
        "--uids",
        "0,5",
        "--weights",
        "0.5,0.5",
    ],
    &["subnets", "list", "--timeout", "5"],
    &["subnets", "show", "--netuid", "1", "--block", "100"],
    &["subnets", "metagraph", "--netuid", "1"],
    &["subnets", "metagraph", "--netuid", "3", "--mechid", "1"],
    &["view", "--netuid", "3", "--all"],
    &["subnets", "mechanisms", "show", "--netuid", "3"],
    &["wallet", "set-take", "--take", "0.12"],
    &["wallet", "get-take"],
    &[
        "sudo",
        "set",
        "--netuid",
        "3",
        "--param",
        "immunity_period",
        "--value",
        "5000",
    ],
    &["sudo", "get", "--netuid", "3"],
    &["sudo", "set-take", "--take", "0.12"],
    &[
        "sudo",
        "get-take",
        "--hotkey-ss58",
        "5G6Fyo6U2fDhJXDJGp4Dr6XViVCdPcryiyLBDsusguSRcYvJ",
    ],
    &["subnets", "mechanisms", "count", "--netuid", "3"],
    &[
        "subnets",
        "mechanisms",
        "set-count",
        "--netuid",
        "3",
        "--count",
        "2",
    ],
    &[
        "subnets",
        "mechanisms",
        "set",
        "--netuid",
        "3",
        "--mech-count",
        "2",
    ],
    &[
        "subnets",
        "mechanisms",
        "set-emission-split",
        "--netuid",
        "3",
        "--split",
        "60,40",
    ],
    &[
        "subnets",
        "mechanisms",
        "split-emissions",
        "--netuid",
        "3",
        "--split",
        "even",
    ],
    &[
        "weights",
        "set",
        "--netuid",
        "3",
        "--mech-id",
        "1",
        "--uids",
        "0",
        "--weights",
        "1",
    ],
    &["subnets", "hyperparameters", "--netuid", "1"],
    &["subnets", "burn-cost", "--netuid", "1"],
    &["subnets", "price"],
    &["subnets", "register", "--netuid", "1", "--max-burn", "1.5"],
    &[
        "stake",
        "move",
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "2",
        "--dest-hotkey",
        "5Grw",
        "--all",
    ],
    &[
        "stake",
        "transfer",
        "--origin-netuid",
        "1",
        "--dest",
        "5Grw",
        "--amount",
        "1",
    ],
    &[
        "stake",
        "swap",
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "2",
        "--amount",
        "1",
        "--partial",
    ],
    &["subnets", "create", "--dry-run"],
    &["subnets", "start", "--netuid", "3", "--wait", "none"],
    &[
        "stake",
        "list",
        "--ss58",
        "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
    ],
    &[
        "stake",
        "sim",
        "--netuid",
        "1",
        "--amount",
        "1.5",
        "--unstake",
    ],
    &["stake", "fee", "--netuid", "1", "--amount", "1"],
    &[
        "wallet",
        "transfer",
        "--dest",
        "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
        "--amount",
        "1",
        "--allow-death",
    ],
    &[
        "stake",
        "add",
        "--netuid",
        "1",
        "--amount",
        "1",
        "--tolerance",
        "0.01",
        "--dry-run",
    ],
    &[
        "stake",
        "remove",
        "--netuids",
        "1,2",
        "--all",
        "--unsafe",
        "--wait",
        "finalization",
    ],
    &[
        "query",
        "SubtensorModule",
        "Alpha",
        "5F",
        "--prefix",
        "--limit",
        "5",
        "--at",
        "12",
    ],
    &["query", "--list", "Balances", "--metadata", "m.scale"],
    &[
        "api",
        "SwapRuntimeApi",
        "current_alpha_price",
        "1",
        "--block",
        "12",
    ],
    &["api", "--list"],
    &[
        "call",
        "Balances",
        "transfer_keep_alive",
        "dest=5F",
        "value=1tao",
        "--dry-run",
    ],
    &["call", "--list", "SubtensorModule", "--signer", "hotkey"],
    &[
        "tx",
        "batch",
        "calls.json",
        "--mode",
        "force",
        "--wait",
        "none",
    ],
    &[
        "wallet",
        "transfer",
        "--dest",
        "5F",
        "--amount",
        "1",
        "--unsigned-out",
        "t.unsigned.json",
    ],
    &[
        "tx",
        "sign",
        "t.unsigned.json",
        "--out",
        "t.signed.json",
        "-y",
    ],
    &["tx", "submit", "t.signed.json", "--wait", "finalization"],
    &["tx", "decode", "0x1234", "--metadata", "m.scale"],
    &[
        "agent",
        "start",
        "--idle-timeout",
        "1h",
        "--lifetime",
        "8h",
        "--fish",
    ],
    &[
        "agent",
        "add",
        "--key",
        "hotkey",
        "--lifetime",
        "30m",
        "--password-file",
        "pw",
    ],
    &["agent", "list"],
    &["agent", "remove", "--ss58", "5F"],
    &["agent", "lock"],
    &["agent", "stop", "--csh"],
    &["agent", "status"],
    &[
        "axon",
        "set",
        "--netuid",
        "1",
        "--ip",
        "1.2.3.4",
        "--port",
        "8091",
        "--ip-type",
        "4",
    ],
    &["axon", "reset", "--netuid", "1", "--dry-run"],
    &[
        "wallet",
        "regen-hotkeypub",
        "--hotkey",
        "m1",
        "--ss58",
        "5F",
        "--force",
    ],
    &["--no-agent", "wallet", "sign", "--message", "x"],
    &[
        "stake",
        "set-auto",
        "--netuid",
        "1",
        "--hotkey-ss58",
        "5F",
        "--dry-run",
    ],
    &["stake", "auto", "--coldkey-ss58", "5F"],
    &[
        "wallet",
        "set-identity",
        "--id-name",
        "v",
        "--web-url",
        "u",
        "--dry-run",
    ],
    &["wallet", "get-identity", "--coldkey-ss58", "5F"],
    &[
        "subnets",
        "set-symbol",
        "--netuid",
        "3",
        "\u{3b4}",
        "--dry-run",
    ],
    &[
        "subnets",
        "check-start",
        "--netuid",
        "3",
        "--coldkey-ss58",
        "5F",
    ],
    &[
        "subnets",
        "trim",
        "--netuid",
        "3",
        "--max-uids",
        "128",
        "--dry-run",
    ],
    &["sudo", "trim", "--netuid", "3", "--max", "128"],
    &["sudo", "trigger-epoch", "--netuid", "3", "--dry-run"],
    &[
        "subnets",
        "set-identity",
        "--netuid",
        "3",
        "--sn-name",
        "x",
        "--email",
        "e",
    ],
    &["subnets", "get-identity", "--netuid", "3"],
    &[
        "stake",
        "child",
        "get",
        "--netuid",
        "1",
        "--hotkey-ss58",
        "5F",
    ],
    &[
        "stake",
        "child",
        "set",
        "--all-netuids",
        "-c",
        "5F,5G",
        "--prop",
        "0.5,0.25",
    ],
    &["stake", "child", "revoke", "--netuid", "1", "--dry-run"],
    &["stake", "child", "take", "--netuid", "1", "-t", "0.05"],
    &["stake", "claimable", "--coldkey-ss58", "5F"],
    &["stake", "process-claim", "--netuids", "1,3", "--dry-run"],
    &["stake", "set-claim", "keep", "-n", "1,3"],
    &[
        "wallet",
        "associate-hotkey",
        "--hotkey-ss58",
        "5F",
        "--dry-run",
    ],
    &[
        "wallet",
        "swap-hotkey",
        "new",
        "--netuid",
        "3",
        "--keep-stake",
    ],
    &[
        "wallet",
        "swap-coldkey",
        "announce",
        "--new-wallet",
        "fresh",
        "--i-understand-coldkey-swap",
    ],
    &[
        "wallet",
        "swap-coldkey",
        "execute",
        "--new-coldkey-ss58",
        "5F",
    ],
    &["wallet", "swap-coldkey", "dispute", "--dry-run"],
    &["wallet", "swap-coldkey", "clear"],
    &["wallet", "swap-check", "--all"],
    &["stake", "lock", "list", "-n", "1", "--ss58", "5F"],
    &["stake", "lock", "show", "--netuid", "1"],
    &[
        "stake",
        "lock",
        "add",
        "-n",
        "1",
        "-a",
        "5",
        "--hotkey-ss58",
        "5F",
        "--mode",
        "perpetual",
    ],
    &[
        "stake", "lock", "mode", "--netuid", "1", "--mode", "decaying",
    ],
    &["stake", "lock", "move", "--netuid", "1", "--dest", "5F"],
    &["lock", "list"],
    &["lock", "show", "-n", "2"],
    &["lock", "add", "--netuid", "1", "--amount", "1"],
    &["lock", "mode", "--netuid", "1"],
    &[
        "proxy",
        "add",
        "--delegate",
        "5F",
        "--type",
        "Staking",
        "--delay",
        "10",
    ],
    &["proxy", "remove", "--delegate", "5F", "--type", "staking"],
    &["proxy", "list", "--ss58", "5F"],
    &[
        "proxy",
        "create-pure",
        "--type",
        "Any",
        "--delay",
        "0",
        "--index",
        "1",
    ],
    &[
        "proxy",
        "kill-pure",
        "--proxy",
        "5F",
        "--spawner",
        "5G",
        "--type",
        "Any",
        "--index",
        "1",
        "--height",
        "10",
        "--ext-index",
        "1",
    ],
    &["proxy", "execute", "--real", "5F", "--call-hex", "0x0503"],
    &["proxy", "reject", "--delegate", "5F", "--call-hash", "0x11"],
    &["proxy", "remove", "--all"],
    &[
        "proxy",
        "announce",
        "--real",
        "vault",
        "Balances",
        "transfer_keep_alive",
        "dest=5F",
        "value=1tao",
    ],
    &[
        "proxy",
        "remove-announcement",
        "--real",
        "5F",
        "--call-hash",
        "0x11",
    ],
    &[
        "config", "proxies", "add", "vault", "5F", "--type", "Staking",
    ],
    &["config", "proxies", "remove", "vault"],
    &["config", "proxies", "list"],
    &[
        "multisig",
        "address",
        "--signatories",
        "5F,5G,5H",
        "--threshold",
        "2",
    ],
    &[
        "multisig",
        "submit",
        "Balances",
        "transfer_keep_alive",
        "dest=5F",
        "value=1tao",
        "--signatories",
        "5G,5H",
        "--threshold",
        "2",
        "--hash-only",
    ],
    &[
        "multisig",
        "approve",
        "--call-hash",
        "0x11",
        "--signatories",
        "5G,5H",
        "--threshold",
        "2",
        "--multisig",
        "5D",
    ],
    &[
        "multisig",
        "execute",
        "--call-hex",
        "0x0503",
        "--signatories",
        "5G,5H",
        "--threshold",
        "2",
    ],
    &[
        "multisig",
        "cancel",
        "--call-hash",
        "0x11",
        "--signatories",
        "5G,5H",
        "--threshold",
        "2",
    ],
    &["multisig", "list", "--multisig", "5D"],
    &[
        "wallet",
        "transfer",
        "--dest",
        "5F",
        "--amount",
        "1",
        "--signatories",
        "5G,5H",
        "--threshold",
        "2",
    ],
    &[
        "crowd",
        "create",
        "--deposit",
        "10",
        "--min-contribution",
        "1",
        "--cap",
        "100",
        "--duration",
        "100800",
        "--target-address",
        "5F",
    ],
    &[
        "cr",
        "create",
        "--deposit",
        "10",
        "--min",
        "1",
        "--cap",
        "100",
        "--end-block",
        "900",
        "--target",
        "5F",
    ],
    &["crowd", "contribute", "--id", "0", "--amount", "5"],
    &["crowdloan", "contribute", "--crowdloan-id", "0", "-a", "5"],
    &["crowd", "withdraw", "--id", "0"],
    &["crowd", "finalize", "--id", "0"],
    &["crowd", "refund", "--id", "0"],
    &["crowd", "dissolve", "--id", "0", "--proxy", "5G"],
    &["crowd", "update", "--id", "0", "--cap", "120"],
    &["crowd", "update", "--id", "0", "--min", "0.5"],
    &["crowd", "update", "--id", "0", "--end-block", "1000"],
    &["crowd", "update", "--id", "0", "--max-contribution", "none"],
    &["crowd", "list", "--status", "active"],
    &["crowd", "info", "--id", "0", "--show-contributors"],
    &["crowd", "contributors", "--crowdloan-id", "0"],
    &[
        "wallet",
        "transfer",
        "--dest",
        "5F",
        "--amount",
        "1",
        "--proxy",
        "5G",
        "--announce-only",
    ],
    &[
        "wallet", "transfer", "--dest", "5F", "--amount", "1", "--proxy", "5G",
    ],
    &[
        "stake", "add", "--netuid", "1", "--amount", "1", "--proxy", "5G",
    ],
    &[
        "stake",
        "add",
        "--netuid",
        "1",
        "--amount",
        "1",
        "--no-mev-protection",
    ],
    &["subnets", "create", "--mev-protection", "--dry-run"],
    &["stake", "remove", "--netuid", "1", "--all", "--proxy", "5G"],
    &[
        "lock",
        "move",
        "--netuid",
        "1",
        "--destination-hotkey",
        "5F",
    ],
];

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
