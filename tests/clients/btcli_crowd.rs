//! btcli 9.23.2's `crowd list`, `crowd info` and `crowd contribute` on a crowdloan tao created on
//! the devnet: btcli reads the id, creator, amounts, end, target and fund account tao reads, and
//! its contribution lands as tao then reads it.

use crate::btcli::{client, devnet, run_json};
use crate::support::devnet::{dev_wallet, ok, ss58_of, tao};
use serde_json::Value;

/// A TAO amount as btcli prints it (a number of TAO) in rao.
fn rao_of(v: &Value) -> u64 {
    let tao = v
        .as_f64()
        .or_else(|| {
            v.as_str()
                .and_then(|s| s.trim_start_matches('τ').trim().parse().ok())
        })
        .unwrap_or_else(|| panic!("not an amount: {v}"));
    (tao * 1e9).round() as u64
}

#[test]
fn btcli_reads_the_crowdloan_tao_created() {
    let Some(btcli) = client("TAO_BTCLI", "btcli-9.23.2", ".ci/python-clients.sh") else {
        return;
    };
    let net = devnet();
    let sb = crate::support::Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    let ferdie = ss58_of("//Ferdie");
    let as_ = |wallet: &str, args: &[&str]| {
        ok(&tao(
            &sb,
            &net,
            &[&["--json", "-y", "--wallet-name", wallet], args].concat(),
        ))
    };
    as_(
        "alice",
        &[
            "crowd",
            "create",
            "--deposit",
            "10",
            "--min",
            "1",
            "--cap",
            "25",
            "--duration",
            "500",
            "--target",
            &ferdie,
        ],
    );
    as_(
        "bob",
        &["crowd", "contribute", "--id", "0", "--amount", "6"],
    );
    let ours = as_("alice", &["crowd", "info", "--id", "0"])["crowdloan"].clone();

    let home = tempfile::tempdir().unwrap();
    let url = net.devnet.url();
    let flags = ["--network", url.as_str(), "--json-output"];
    let info = run_json(&btcli, home.path(), &["crowd", "info", "--id", "0"], &flags);
    let text = info.to_string();
    assert!(text.contains(&ss58_of("//Alice")), "creator: {info}");
    assert!(text.contains(&ferdie), "target: {info}");
    let data = if info["data"].is_object() {
        &info["data"]
    } else {
        &info
    };
    let num = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| data.get(*k).filter(|v| !v.is_null()))
            .unwrap_or_else(|| panic!("none of {keys:?} in {info}"))
            .clone()
    };
    assert_eq!(rao_of(&num(&["raised"])), 16_000_000_000, "{info}");
    assert_eq!(rao_of(&num(&["cap"])), 25_000_000_000, "{info}");
    assert_eq!(rao_of(&num(&["deposit"])), 10_000_000_000, "{info}");
    assert_eq!(
        num(&["end_block", "end"]).as_u64(),
        ours["end"]["block"].as_u64(),
        "{info}"
    );
    assert_eq!(data["funds_account"], ours["funds_account"], "{info}");
    assert_eq!(data["contributors_count"], 2, "{info}");
    assert_eq!(data["status"], "Active", "{info}");
    assert_eq!(data["has_call"], false, "{info}");
    let list = run_json(&btcli, home.path(), &["crowd", "list"], &flags);
    let listed = list.to_string();
    assert!(listed.contains(&ss58_of("//Alice")), "{list}");

    // btcli contributes (its own extrinsic against the devnet's call shapes); tao reads it.
    crate::support::devnet::make_wallet(
        &home.path().join("wallets"),
        "charlie",
        "//Charlie",
        "//Charlie//hot",
        None,
    );
    let wallets = home.path().join("wallets").to_string_lossy().into_owned();
    let out = run_json(
        &btcli,
        home.path(),
        &[
            "crowd",
            "contribute",
            "--id",
            "0",
            "--amount",
            "2",
            "--wallet-name",
            "charlie",
            "--wallet-path",
            &wallets,
            "--no-prompt",
        ],
        &flags,
    );
    assert_eq!(out["success"], true, "{out}");
    let contributors = as_("alice", &["crowd", "contributors", "--id", "0"]);
    let charlie = contributors["contributors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["contributor"] == ss58_of("//Charlie"))
        .unwrap_or_else(|| panic!("no Charlie in {contributors}"))
        .clone();
    assert_eq!(charlie["amount"]["rao"], "2000000000", "{contributors}");
    let after = as_("alice", &["crowd", "info", "--id", "0"])["crowdloan"].clone();
    assert_eq!(after["raised"]["rao"], "18000000000");
    assert_eq!(after["contributors_count"], 3);
}
