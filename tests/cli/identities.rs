//! `tao wallet set-identity`/`get-identity` and `tao subnets set-identity`/`get-identity`
//! against an in-process devnet on 127.0.0.1.

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
fn a_coldkey_identity_is_set_read_back_and_updated_field_by_field() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "nobody", "//Nobody");
    let d = ok(&run(&sb, &net, "alice", &["wallet", "get-identity"]));
    assert_eq!(d["exists"], false);
    let dry = ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "wallet",
            "set-identity",
            "--id-name",
            "Alice V",
            "--url",
            "https://alice.example",
            "--dry-run",
        ],
    ));
    check_dry_run(&net, &dry, "//Alice");
    assert_eq!(dry["call"]["name"], "set_identity");
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "wallet",
            "set-identity",
            "--id-name",
            "Alice V",
            "--url",
            "https://alice.example",
        ],
    ));
    event(&d, "SubtensorModule", "ChainIdentitySet");
    let got = ok(&run(&sb, &net, "alice", &["wallet", "get-identity"]));
    assert_eq!(got["exists"], true);
    assert_eq!(got["identity"]["name"], "Alice V");
    assert_eq!(got["identity"]["url"], "https://alice.example");
    assert_eq!(got["identity"]["discord"], "");
    // Another field only: the others are kept, and the summary says which.
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &["wallet", "set-identity", "--discord", "alice#1"],
    ));
    assert_eq!(d["details"]["kept"], json!(["name", "url"]));
    let got = ok(&run(
        &sb,
        &net,
        "nobody",
        &["wallet", "get-identity", "--ss58", &ss58_of("//Alice")],
    ));
    assert_eq!(got["identity"]["name"], "Alice V");
    assert_eq!(got["identity"]["discord"], "alice#1");
    // Guards, before signing.
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            "nobody",
            &["wallet", "set-identity", "--id-name", "x"],
        ),
        "HotKeyNotRegisteredInNetwork",
    );
    let long = "d".repeat(257);
    let r = run(
        &sb,
        &net,
        "alice",
        &["wallet", "set-identity", "--discord", &long],
    );
    refused(&r, "InvalidIdentity");
    assert!(r.stdout.contains("`discord` is 257 bytes"), "{}", r.stdout);
    assert_eq!(submissions(&net), before);
}

#[test]
fn a_subnet_identity_is_set_by_its_owner_only() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    let owner = ok(&run(
        &sb,
        &net,
        "alice",
        &["query", "SubtensorModule", "SubnetOwner", "3"],
    ));
    assert_eq!(owner["value"], ss58_of("//Alice"));
    let dry = ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "subnets",
            "set-identity",
            "--netuid",
            "3",
            "--subnet-name",
            "Vision",
            "--dry-run",
        ],
    ));
    check_dry_run(&net, &dry, "//Alice");
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "subnets",
            "set-identity",
            "--netuid",
            "3",
            "--subnet-name",
            "Vision",
            "--subnet-contact",
            "ops@vision.example",
            "--logo-url",
            "https://vision.example/logo.png",
        ],
    ));
    let ev = event(&d, "SubtensorModule", "SubnetIdentitySet");
    assert_eq!(ev["fields"]["0"], 3, "{ev}");
    let got = ok(&run(
        &sb,
        &net,
        "bob",
        &["subnets", "get-identity", "--netuid", "3"],
    ));
    assert_eq!(got["identity"]["subnet_name"], "Vision");
    assert_eq!(got["identity"]["subnet_contact"], "ops@vision.example");
    assert_eq!(
        got["identity"]["logo_url"],
        "https://vision.example/logo.png"
    );
    // The runtime API the official clients read shows it too.
    let di = ok(&run(
        &sb,
        &net,
        "bob",
        &["api", "SubnetInfoRuntimeApi", "get_dynamic_info", "3"],
    ));
    assert_eq!(
        di["value"]["subnet_identity"]["subnet_name"],
        format!("0x{}", hex::encode("Vision")),
        "{di}"
    );
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            "bob",
            &[
                "subnets",
                "set-identity",
                "--netuid",
                "3",
                "--subnet-name",
                "Mine",
            ],
        ),
        "NotSubnetOwner",
    );
    refused(
        &run(
            &sb,
            &net,
            "alice",
            &[
                "subnets",
                "set-identity",
                "--netuid",
                "3",
                "--subnet-name",
                &"n".repeat(257),
            ],
        ),
        "InvalidIdentity",
    );
    assert_eq!(submissions(&net), before);
    let none = ok(&run(
        &sb,
        &net,
        "bob",
        &["subnets", "get-identity", "--netuid", "1"],
    ));
    assert_eq!(none["exists"], false);
}
