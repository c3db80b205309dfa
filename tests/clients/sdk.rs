//! The Python SDK of `bittensor` 11.3.0 (the environment of `.ci/python-clients.sh`) against an
//! in-process devnet: `sdk.py` connects, reads subnet 1's metagraph and transfers 1.5 TAO from a
//! wallet tao wrote; tao reads the same chain.

use crate::btcli::{client, confined, devnet, tao_json};
use serde_json::Value;

#[test]
fn the_sdk_reads_the_metagraph_and_transfers() {
    let Some(btcli) = client("TAO_BTCLI11", "bittensor-11.3.0", ".ci/python-clients.sh") else {
        return;
    };
    let python = btcli.with_file_name("python");
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    let wallets = home.path().join("wallets");
    crate::support::devnet::make_wallet(&wallets, "bob", "//Bob", "//Bob//hot", None);
    let dest = crate::support::devnet::ss58_of("//Dave");
    let before = crate::support::devnet::free_of(&net, "//Dave");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/clients/sdk.py");
    let out = confined(&python, home.path())
        .arg(script)
        .arg(net.devnet.url())
        .arg(&wallets)
        .arg(&dest)
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "sdk.py failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_str(stdout.trim()).expect("one JSON object");
    // The metagraph the SDK read is the one tao reads.
    let ours = tao_json(&net, &["subnets", "metagraph", "--netuid", "1"]);
    let ours = ours["neurons"].as_array().unwrap();
    let theirs = v["neurons"].as_array().unwrap();
    assert_eq!(theirs.len(), ours.len());
    for (t, o) in theirs.iter().zip(ours) {
        assert_eq!(
            (&t["uid"], &t["hotkey"], &t["coldkey"]),
            (&o["uid"], &o["hotkey"], &o["coldkey"])
        );
    }
    // The transfer landed: the SDK saw 1.5 TAO arrive, and so does tao.
    assert_eq!(v["success"], true, "{v}");
    assert_eq!(v["received_rao"], 1_500_000_000u64);
    assert_eq!(
        crate::support::devnet::free_of(&net, "//Dave") - before,
        1_500_000_000
    );
}
