//! The new official CLI, `btcli` of PyPI `bittensor` 11.3.0 (the environment of
//! `.ci/python-clients.sh`), against an in-process devnet. It is told not to fall back to the
//! public endpoints it would otherwise try (`--fallback-endpoints none --archive-endpoints none`).

use crate::btcli::{client, devnet, run_json, tao_json};
use crate::support::devnet::Net;
use serde_json::Value;
use std::path::PathBuf;

fn btcli11() -> Option<PathBuf> {
    client("TAO_BTCLI11", "bittensor-11.3.0", ".ci/python-clients.sh")
}

fn run(exe: &PathBuf, net: &Net, home: &std::path::Path, args: &[&str]) -> Value {
    let url = net.devnet.url();
    run_json(
        exe,
        home,
        args,
        &[
            "--network",
            url.as_str(),
            "--fallback-endpoints",
            "none",
            "--archive-endpoints",
            "none",
            "--json",
        ],
    )
}

#[test]
fn btcli11_lists_and_shows_the_subnets_as_tao_reads_them() {
    let Some(exe) = btcli11() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    let theirs = run(&exe, &net, home.path(), &["subnets", "list"]);
    let theirs = theirs.as_array().expect("a list of subnets");
    let ours = tao_json(&net, &["subnets", "list"]);
    let ours = ours["subnets"].as_array().unwrap();
    assert_eq!(theirs.len(), ours.len());
    for o in ours {
        let netuid = o["netuid"].as_u64().unwrap();
        let t = theirs
            .iter()
            .find(|t| t["netuid"] == netuid)
            .unwrap_or_else(|| panic!("btcli 11 lacks subnet {netuid}"));
        // btcli 11 prints root's symbol as `τ` whatever the chain stores.
        if netuid != 0 {
            assert_eq!(t["symbol"], o["symbol"], "subnet {netuid}");
        }
        assert_eq!(t["tempo"], o["tempo"], "subnet {netuid}");
    }
    for netuid in ["1", "3"] {
        let t = run(&exe, &net, home.path(), &["subnets", "show", netuid]);
        let o = tao_json(&net, &["subnets", "show", "--netuid", netuid]);
        let o = &o["subnet"];
        assert_eq!(t["netuid"].to_string(), netuid);
        assert_eq!(t["owner_coldkey"], o["owner_coldkey"], "{t} / {o}");
        assert_eq!(t["owner_hotkey"], o["owner_hotkey"], "{t} / {o}");
        assert_eq!(t["tempo"], o["tempo"]);
        let neurons = tao_json(&net, &["subnets", "metagraph", "--netuid", netuid]);
        assert_eq!(t["neurons"], neurons["num_uids"]);
        assert_eq!(t["max_neurons"], neurons["max_uids"]);
    }
}
