//! `tao subnets register`, `create` and `start` end to end against an in-process devnet.

use crate::support::Sandbox;
use crate::support::devnet::*;
use tao_devnet::TAO;

#[test]
fn register_pays_the_burn_within_the_maximum() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "eve",
        "//Eve",
        "//Eve//hot",
        None,
    );
    let w = ["--json", "--wallet-name", "eve", "-y"];
    let run = |extra: &[&str]| {
        let mut a: Vec<&str> = w.to_vec();
        a.extend_from_slice(extra);
        tao(&sb, &net, &a)
    };
    // A maximum below the burn is refused before signing.
    refused(
        &run(&["subnets", "register", "--netuid", "1", "--max-burn", "0.5"]),
        "RegistrationPriceLimitExceeded",
    );
    refused(
        &run(&["subnets", "register", "--netuid", "0"]),
        "RegistrationNotPermittedOnRootSubnet",
    );
    refused(
        &run(&["subnets", "register", "--netuid", "42"]),
        "SubnetNotExists",
    );
    assert_eq!(submissions(&net), 0);
    let before = free_of(&net, "//Eve");
    let d = ok(&run(&["subnets", "register", "--netuid", "1"]));
    assert_eq!(d["call"]["name"], "register_limit");
    let burn: u64 = d["details"]["burn"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let max: u64 = d["details"]["max_burn"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(burn <= max && max <= burn + burn / 200 + 1, "{burn} {max}");
    let fee: u64 = d["fee"]["rao"].as_str().unwrap().parse().unwrap();
    event(&d, "SubtensorModule", "NeuronRegistered");
    let after = free_of(&net, "//Eve");
    assert!(
        before - after >= fee + burn * 99 / 100 && before - after <= fee + burn,
        "paid {}",
        before - after
    );
    // Registering the same hotkey again is refused with the chain's name.
    refused(
        &run(&["subnets", "register", "--netuid", "1"]),
        "HotKeyAlreadyRegisteredInSubNet",
    );
    // Someone else's hotkey: Alice's wallet with Eve's hotkey.
    make_wallet(
        &sb.home().join("wallets"),
        "mixed",
        "//Ferdie",
        "//Eve//hot",
        None,
    );
    refused(
        &tao(
            &sb,
            &net,
            &[
                "--json",
                "--wallet-name",
                "mixed",
                "-y",
                "subnets",
                "register",
                "--netuid",
                "2",
            ],
        ),
        "NonAssociatedColdKey",
    );
}

#[test]
fn create_then_start_a_subnet() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "bob",
        "//Bob",
        "//Bob//owner",
        None,
    );
    let w = ["--json", "--wallet-name", "bob", "-y"];
    let run = |extra: &[&str]| {
        let mut a: Vec<&str> = w.to_vec();
        a.extend_from_slice(extra);
        tao(&sb, &net, &a)
    };
    let d = ok(&run(&["subnets", "create"]));
    assert_eq!(d["call"]["name"], "register_network");
    let added = event(&d, "SubtensorModule", "NetworkAdded");
    let netuid = added["fields"]["0"]
        .as_u64()
        .or_else(|| added["fields"]["netuid"].as_u64())
        .unwrap_or_else(|| panic!("{added}"));
    let lock: u64 = d["details"]["lock_cost"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(lock >= 1000 * TAO / 1000, "{lock}");
    let n = netuid.to_string();
    // Too early: the start delay has not passed.
    refused(
        &run(&["subnets", "start", "--netuid", &n]),
        "NeedWaitingMoreBlocksToStarCall",
    );
    // Not the owner.
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    refused(
        &tao(
            &sb,
            &net,
            &[
                "--json",
                "--wallet-name",
                "dave",
                "-y",
                "subnets",
                "start",
                "--netuid",
                &n,
            ],
        ),
        "BadOrigin",
    );
    net.devnet.ctx.new_blocks(12);
    let d = ok(&run(&["subnets", "start", "--netuid", &n]));
    assert_eq!(d["call"]["name"], "start_call");
    event(&d, "SubtensorModule", "FirstEmissionBlockNumberSet");
    refused(
        &run(&["subnets", "start", "--netuid", &n]),
        "FirstEmissionBlockNumberAlreadySet",
    );
}

#[test]
fn without_register_limit_tao_checks_the_maximum_and_uses_burned_register() {
    let net = start_with(tao_devnet::Options {
        hide_newer: true,
        ..tao_devnet::Options::for_tests()
    });
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "eve",
        "//Eve",
        "//Eve//hot",
        None,
    );
    let w = [
        "--json",
        "--wallet-name",
        "eve",
        "-y",
        "subnets",
        "register",
        "--netuid",
        "2",
    ];
    let mut a: Vec<&str> = w.to_vec();
    a.extend_from_slice(&["--max-burn", "0.9"]);
    refused(&tao(&sb, &net, &a), "RegistrationPriceLimitExceeded");
    let d = ok(&tao(&sb, &net, &w));
    assert_eq!(d["call"]["name"], "burned_register");
    assert_eq!(d["details"]["limit_enforced_by_chain"], false);
    event(&d, "SubtensorModule", "NeuronRegistered");
}
