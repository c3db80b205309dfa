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

#[test]
fn subnets_metagraph_and_stake_list_show_identities_by_name() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    let alice = ss58_of("//Alice");
    let alice_hot = ss58_of("//Alice//hot");
    // Nothing named yet: the fields are there, null.
    let list = ok(&run(&sb, &net, "bob", &["subnets", "list"]));
    assert!(list["subnets"][3]["identity"].is_null(), "{list}");
    let mg = ok(&run(
        &sb,
        &net,
        "bob",
        &["subnets", "metagraph", "--netuid", "3"],
    ));
    assert!(mg["identity"].is_null(), "{mg}");
    assert!(mg["neurons"][0]["name"].is_null(), "{mg}");
    assert!(mg["neurons"][0]["identity"].is_null(), "{mg}");
    let stake = ok(&run(&sb, &net, "bob", &["stake", "list", "--ss58", &alice]));
    assert!(stake["positions"][0]["name"].is_null(), "{stake}");

    ok(&run(
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
    ok(&run(
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
        ],
    ));

    // subnets list: subnet 3 by its identity's name; the others have none.
    let list = ok(&run(&sb, &net, "bob", &["subnets", "list"]));
    let subnets = list["subnets"].as_array().unwrap();
    for s in subnets {
        if s["netuid"] == 3 {
            assert_eq!(s["identity"]["subnet_name"], "Vision", "{s}");
            assert_eq!(s["identity"]["subnet_url"], "", "{s}");
            assert_eq!(s["name"], "Vision", "{s}");
        } else {
            assert!(s["identity"].is_null(), "{s}");
        }
    }
    let human = tao(&sb, &net, &["subnets", "list"]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    let row = human
        .stdout
        .lines()
        .find(|l| l.split_whitespace().nth(1) == Some("3"))
        .unwrap_or_else(|| panic!("no row for subnet 3:\n{}", human.stdout));
    assert!(row.contains("Vision"), "{row}");

    // metagraph: the subnet's identity, and each neuron named by its coldkey's identity.
    for extra in [&[][..], &["--mechid", "1"][..]] {
        let mut args = vec!["subnets", "metagraph", "--netuid", "3"];
        args.extend_from_slice(extra);
        let mg = ok(&run(&sb, &net, "bob", &args));
        assert_eq!(mg["identity"]["subnet_name"], "Vision", "{mg}");
        let neurons = mg["neurons"].as_array().unwrap();
        assert!(!neurons.is_empty());
        let mut named = 0;
        for n in neurons {
            if n["coldkey"] == alice.as_str() {
                assert_eq!(n["name"], "Alice V", "{n}");
                assert_eq!(n["identity"]["url"], "https://alice.example", "{n}");
                named += 1;
            } else {
                assert!(n["name"].is_null() && n["identity"].is_null(), "{n}");
            }
        }
        assert_eq!(named, 1, "{mg}");
        let human = tao(&sb, &net, &args);
        assert_eq!(human.code, 0, "{}", human.stderr);
        assert!(
            human.stdout.starts_with("subnet 3 Vision ("),
            "{}",
            human.stdout
        );
        assert_eq!(
            human.stdout.matches("Alice V").count(),
            1,
            "{}",
            human.stdout
        );
    }

    // stake list: each hotkey named by its owner's identity, whoever's stake it is.
    let stake = ok(&run(&sb, &net, "bob", &["stake", "list", "--ss58", &alice]));
    let positions = stake["positions"].as_array().unwrap();
    assert!(!positions.is_empty());
    for p in positions {
        if p["hotkey"] == alice_hot.as_str() {
            assert_eq!(p["name"], "Alice V", "{p}");
            assert_eq!(p["identity"]["name"], "Alice V", "{p}");
        } else {
            assert!(p["name"].is_null(), "{p}");
        }
    }
    // Bob stakes to Alice's hotkey: his position is named by Alice's identity.
    ok(&run(
        &sb,
        &net,
        "bob",
        &[
            "stake",
            "add",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &alice_hot,
            "--amount",
            "2",
        ],
    ));
    let bob = ss58_of("//Bob");
    let stake = ok(&run(&sb, &net, "bob", &["stake", "list", "--ss58", &bob]));
    let on_alice: Vec<_> = stake["positions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["hotkey"] == alice_hot.as_str())
        .collect();
    assert_eq!(on_alice.len(), 1, "{stake}");
    assert_eq!(on_alice[0]["name"], "Alice V", "{stake}");
    let human = tao(&sb, &net, &["stake", "list", "--ss58", &bob]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    let row = human
        .stdout
        .lines()
        .find(|l| l.contains(&alice_hot))
        .unwrap_or_else(|| panic!("no row for Alice's hotkey:\n{}", human.stdout));
    assert!(row.contains("Alice V"), "{row}");
}
