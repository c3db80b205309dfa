//! The proxy address book (`tao config proxies`, `--proxy NAME`), `tao proxy announce`,
//! `remove-announcement` and `remove --all`, against an in-process devnet running the real FRAME
//! pallet-proxy.

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;
use serde_json::Value;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

fn fee(d: &Value) -> u64 {
    d["fee"]["rao"].as_str().unwrap().parse().unwrap()
}

#[test]
fn a_name_of_the_proxy_book_works_as_the_proxy_and_an_unknown_one_is_refused() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let dave = ss58_of("//Dave");
    let ferdie = ss58_of("//Ferdie");
    let dave_hot = ss58_of("//Dave//hot");
    ok(&run(
        &sb,
        &net,
        "dave",
        &["proxy", "add", "--delegate", &ferdie, "--type", "Staking"],
    ));

    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "config",
            "proxies",
            "add",
            "dave-vault",
            &dave,
            "--type",
            "staking",
        ],
    ));
    assert_eq!(d["address"], dave);
    assert_eq!(d["type"], "Staking");
    let book = sb.home().join(".config/tao/proxies.toml");
    assert!(book.exists(), "{}", book.display());
    let l = ok(&tao(&sb, &net, &["--json", "config", "proxies", "list"]));
    assert_eq!(
        l["proxies"],
        serde_json::json!({"dave-vault": {"address": dave, "type": "Staking"}})
    );

    // `--proxy dave-vault` is Dave: the stake lands on Dave's coldkey.
    let stake = |name: &str| {
        vec![
            "stake".to_string(),
            "add".into(),
            "--netuid".into(),
            "1".into(),
            "--hotkey-ss58".into(),
            dave_hot.clone(),
            "--amount".into(),
            "1".into(),
            "--proxy".into(),
            name.to_string(),
        ]
    };
    let args = stake("dave-vault");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let before_stake = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let d = ok(&run(&sb, &net, "ferdie", &args));
    assert_eq!(d["details"]["proxy"]["real"], dave);
    assert_eq!(d["call"]["name"], "proxy");
    assert!(stake_of(&net, "//Dave", "//Dave//hot", 1) > before_stake);

    // A name not in the book: refused before connecting, the closest name in the hint.
    let before = submissions(&net);
    let args = stake("dave-valut");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = run(&sb, &net, "ferdie", &args);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let v = r.json();
    assert_eq!(v["errors"][0]["code"], "tx.bad_address", "{v}");
    assert!(
        v["errors"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("dave-vault"),
        "{v}"
    );
    assert_eq!(submissions(&net), before);

    let d = ok(&tao(
        &sb,
        &net,
        &["--json", "config", "proxies", "remove", "dave-vault"],
    ));
    assert_eq!(d["removed"], true);
    let l = ok(&tao(&sb, &net, &["--json", "config", "proxies", "list"]));
    assert_eq!(l["proxies"], serde_json::json!({}));
    let r = tao(
        &sb,
        &net,
        &["--json", "config", "proxies", "remove", "dave-vault"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn announce_remove_the_announcement_and_remove_every_proxy() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let dave = ss58_of("//Dave");
    let ferdie = ss58_of("//Ferdie");
    let eve = ss58_of("//Eve");
    for (ty, delay) in [("Transfer", "5"), ("Staking", "0")] {
        ok(&run(
            &sb,
            &net,
            "dave",
            &[
                "proxy",
                "add",
                "--delegate",
                &ferdie,
                "--type",
                ty,
                "--delay",
                delay,
            ],
        ));
    }
    ok(&tao(
        &sb,
        &net,
        &[
            "--json", "config", "proxies", "add", "dave", &dave, "--type", "Transfer",
        ],
    ));

    // Ferdie announces a transfer for Dave (by the book's name), then withdraws it.
    let dest = format!("dest={eve}");
    let announce = [
        "proxy",
        "announce",
        "--real",
        "dave",
        "Balances",
        "transfer_keep_alive",
        &dest,
        "value=1tao",
    ];
    let mut dry = announce.to_vec();
    dry.push("--dry-run");
    check_dry_run(&net, &ok(&run(&sb, &net, "ferdie", &dry)), "//Ferdie");
    let ferdie_free = free_of(&net, "//Ferdie");
    let d1 = ok(&run(&sb, &net, "ferdie", &announce));
    assert_eq!(d1["call"]["name"], "announce");
    let a = &d1["details"]["announce"];
    assert_eq!(a["real"], dave);
    assert_eq!(a["proxy_type"], "Transfer");
    assert_eq!(a["deposit_reserved"], 104_000_000);
    let hash = a["call_hash"].as_str().unwrap().to_string();
    assert_eq!(
        event(&d1, "Proxy", "Announced")["fields"]["call_hash"],
        hash
    );

    let remove = [
        "proxy",
        "remove-announcement",
        "--real",
        &dave,
        "--call-hash",
        &hash,
    ];
    let d2 = ok(&run(&sb, &net, "ferdie", &remove));
    assert_eq!(d2["call"]["name"], "remove_announcement");
    assert_eq!(d2["details"]["deposit_returned"], 104_000_000);
    assert_eq!(
        event(&d2, "Balances", "Unreserved")["fields"]["amount"],
        104_000_000
    );
    assert_eq!(free_of(&net, "//Ferdie"), ferdie_free - fee(&d1) - fee(&d2));
    // Gone: removing it again, or announcing a call the types do not allow, is refused.
    let before = submissions(&net);
    refused(&run(&sb, &net, "ferdie", &remove), "NotFound");
    refused(
        &run(
            &sb,
            &net,
            "ferdie",
            &[
                "proxy",
                "announce",
                "--real",
                &dave,
                "SubtensorModule",
                "burned_register",
                "netuid=1",
                &format!("hotkey={}", ss58_of("//Ferdie//hot")),
            ],
        ),
        "CallFiltered",
    );
    assert_eq!(submissions(&net), before);

    // Dave removes both relations at once; the whole deposit returns.
    let dave_free = free_of(&net, "//Dave");
    let d = ok(&run(&sb, &net, "dave", &["proxy", "remove", "--all"]));
    assert_eq!(d["call"]["name"], "remove_proxies");
    let deposit = 60_000_000 + 2 * 33_000_000;
    assert_eq!(d["details"]["deposit_returned"], deposit);
    assert_eq!(free_of(&net, "//Dave"), dave_free + deposit - fee(&d));
    let l = ok(&run(&sb, &net, "dave", &["proxy", "list"]));
    assert_eq!(l["proxies"], serde_json::json!([]));
    let before = submissions(&net);
    refused(
        &run(&sb, &net, "dave", &["proxy", "remove", "--all"]),
        "NotFound",
    );
    assert_eq!(submissions(&net), before);
}
