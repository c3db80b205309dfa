//! `tao wallet associate-hotkey` against an in-process devnet on 127.0.0.1.

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;

fn run(sb: &Sandbox, net: &Net, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", "ferdie", "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

#[test]
fn an_unowned_hotkey_becomes_the_coldkeys_and_owned_ones_are_refused() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let hot = ss58_of("//Ferdie//hot");
    let owner = ok(&run(
        &sb,
        &net,
        &["query", "SubtensorModule", "Owner", &hot],
    ));
    assert_eq!(
        owner["value"], "5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM",
        "unowned: the zero account"
    );
    let dry = ok(&run(
        &sb,
        &net,
        &["wallet", "associate-hotkey", "--dry-run"],
    ));
    check_dry_run(&net, &dry, "//Ferdie");
    assert_eq!(dry["call"]["name"], "try_associate_hotkey");
    ok(&run(&sb, &net, &["wallet", "associate-hotkey"]));
    let owner = ok(&run(
        &sb,
        &net,
        &["query", "SubtensorModule", "Owner", &hot],
    ));
    assert_eq!(owner["value"], ss58_of("//Ferdie"));
    let owned = ok(&run(
        &sb,
        &net,
        &[
            "query",
            "SubtensorModule",
            "OwnedHotkeys",
            &ss58_of("//Ferdie"),
        ],
    ));
    assert_eq!(owned["value"], serde_json::json!([hot]));
    let before = submissions(&net);
    let r = run(&sb, &net, &["wallet", "associate-hotkey"]);
    refused(&r, "AlreadyAssociated");
    assert!(r.stdout.contains("already this coldkey's"), "{}", r.stdout);
    let r = run(
        &sb,
        &net,
        &[
            "wallet",
            "associate-hotkey",
            "--hotkey-ss58",
            &ss58_of("//Alice//hot"),
        ],
    );
    refused(&r, "AlreadyAssociated");
    assert!(r.stdout.contains(&ss58_of("//Alice")), "{}", r.stdout);
    // A subnet's own account: `modl` ‖ `subtensr` ‖ netuid 1.
    let mut sys = [0u8; 32];
    sys[..12].copy_from_slice(b"modlsubtensr");
    sys[12] = 1;
    let sys = tao::ss58::encode_default(&sys);
    refused(
        &run(
            &sb,
            &net,
            &["wallet", "associate-hotkey", "--hotkey-ss58", &sys],
        ),
        "CannotUseSystemAccount",
    );
    assert_eq!(submissions(&net), before);
}
