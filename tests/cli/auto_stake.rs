//! `tao stake set-auto` and `tao stake auto` against an in-process devnet on 127.0.0.1.

use serde_json::json;

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;

fn run(sb: &Sandbox, net: &Net, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", "bob", "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

#[test]
fn set_auto_sets_the_destination_and_auto_lists_it() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    let alice_hot = ss58_of("//Alice//hot");
    let bob_hot = ss58_of("//Bob//hot");
    let d = ok(&run(&sb, &net, &["stake", "auto"]));
    assert_eq!(d["destinations"], json!([]));
    let dry = ok(&run(
        &sb,
        &net,
        &[
            "stake",
            "set-auto",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &alice_hot,
            "--dry-run",
        ],
    ));
    check_dry_run(&net, &dry, "//Bob");
    assert_eq!(dry["call"]["name"], "set_coldkey_auto_stake_hotkey");
    let d = ok(&run(
        &sb,
        &net,
        &[
            "stake",
            "set-auto",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &alice_hot,
        ],
    ));
    let ev = event(&d, "SubtensorModule", "AutoStakeDestinationSet");
    assert_eq!(ev["fields"]["netuid"], 1, "{ev}");
    assert!(d["details"]["previous"].is_null());
    // Listed per subnet, for the wallet's coldkey and for any coldkey by address.
    let d = ok(&run(&sb, &net, &["stake", "auto"]));
    assert_eq!(
        d["destinations"],
        json!([{ "netuid": 1, "hotkey": alice_hot }])
    );
    let other = ok(&run(
        &sb,
        &net,
        &["stake", "auto", "--ss58", &ss58_of("//Bob")],
    ));
    assert_eq!(other["destinations"], d["destinations"]);
    // The wallet's own hotkey by default; the previous destination is shown.
    let d = ok(&run(&sb, &net, &["stake", "set-auto", "--netuid", "1"]));
    assert_eq!(d["details"]["hotkey"], bob_hot);
    assert_eq!(d["details"]["previous"], alice_hot);
    let d = ok(&run(&sb, &net, &["stake", "auto"]));
    assert_eq!(
        d["destinations"],
        json!([{ "netuid": 1, "hotkey": bob_hot }])
    );
    // Guards, refused before signing.
    let before = submissions(&net);
    refused(
        &run(&sb, &net, &["stake", "set-auto", "--netuid", "1"]),
        "SameAutoStakeHotkeyAlreadySet",
    );
    refused(
        &run(&sb, &net, &["stake", "set-auto", "--netuid", "77"]),
        "SubnetNotExists",
    );
    refused(
        &run(
            &sb,
            &net,
            &[
                "stake",
                "set-auto",
                "--netuid",
                "1",
                "--hotkey-ss58",
                &ss58_of("//Nobody//hot"),
            ],
        ),
        "HotKeyNotRegisteredInSubNet",
    );
    assert_eq!(submissions(&net), before);
    // The human listing.
    let h = tao(&sb, &net, &["--wallet-name", "bob", "stake", "auto"]);
    assert_eq!(h.code, 0, "{}", h.stderr);
    assert!(h.stdout.contains(&bob_hot), "{}", h.stdout);
}
