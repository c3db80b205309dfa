//! `tao stake claimable`, `process-claim` and `set-claim` against an in-process devnet.

use serde_json::json;

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

#[test]
fn root_dividends_accrue_are_shown_and_claimed_with_the_chosen_type() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let alice_hot = ss58_of("//Alice//hot");
    // Root stake on a validator that earns dividends on subnet 1.
    ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "stake",
            "add",
            "--netuid",
            "0",
            "--hotkey-ss58",
            &alice_hot,
            "--amount",
            "500",
            "--unsafe",
        ],
    ));
    net.devnet.ctx.new_blocks(25);
    let c = ok(&run(&sb, &net, "dave", &["stake", "claimable"]));
    let on1 = c["claimable"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["netuid"] == 1 && x["hotkey"] == alice_hot)
        .cloned()
        .unwrap_or_else(|| panic!("{c}"));
    assert_eq!(on1["payable"], true, "{c}");
    let owed: u64 = on1["owed"]["rao"].as_str().unwrap().parse().unwrap();
    assert_eq!(c["claim_type"], "Swap");
    // Keep the claim on subnet 1, then claim: the α is staked on subnet 1 to the hotkey.
    let d = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "set-claim", "keep", "--netuids", "1"],
    ));
    event(&d, "SubtensorModule", "RootClaimTypeSet");
    assert_eq!(d["details"]["claim_type"], json!({ "KeepSubnets": [1] }));
    let dry = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "process-claim", "--netuids", "1", "--dry-run"],
    ));
    check_dry_run(&net, &dry, "//Dave");
    assert_eq!(dry["call"]["name"], "claim_root");
    let before = stake_of(&net, "//Dave", "//Alice//hot", 1);
    let d = ok(&run(&sb, &net, "dave", &["stake", "process-claim"]));
    event(&d, "SubtensorModule", "RootClaimed");
    assert_eq!(d["details"]["netuids"], json!([1, 2, 3]), "{d}");
    let gained = stake_of(&net, "//Dave", "//Alice//hot", 1) - before;
    // The stake pool's share rounding may cost a rao.
    assert!(
        gained + 2 >= owed && gained <= owed + owed / 100 + 1_000_000,
        "{gained} vs {owed}"
    );
    // Nothing left at or above the threshold on subnet 1 right after.
    let c = ok(&run(&sb, &net, "dave", &["stake", "claimable"]));
    assert!(
        c["claimable"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["netuid"] != 1 || x["payable"] == false),
        "{c}"
    );
    // Swap everywhere.
    let d = ok(&run(&sb, &net, "dave", &["stake", "set-claim", "swap"]));
    assert_eq!(d["details"]["claim_type"], "Swap");
    assert_eq!(d["details"]["previous"], json!({ "KeepSubnets": [1] }));
    // Guards, before signing.
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &["stake", "process-claim", "--netuids", "1,2,3,4,5,6"],
        ),
        "InvalidSubnetNumber",
    );
    let r = run(&sb, &net, "ferdie", &["stake", "process-claim"]);
    refused(&r, "InvalidSubnetNumber");
    assert!(r.stdout.contains("nothing to claim"), "{}", r.stdout);
    assert_eq!(submissions(&net), before);
}
