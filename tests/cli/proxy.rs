//! `tao proxy add|remove|list` and `--proxy` on write commands, against an in-process devnet on
//! 127.0.0.1 running the real FRAME pallet-proxy with the chain's proxy types.

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;
use tao_devnet::TAO;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

/// An account as events show it: 0x-prefixed hex.
fn hx(seed: &str) -> String {
    format!(
        "0x{}",
        hex::encode(AsRef::<[u8; 32]>::as_ref(&tao_devnet::dev_account(seed)))
    )
}

fn fee(d: &serde_json::Value) -> u64 {
    d["fee"]["rao"].as_str().unwrap().parse().unwrap()
}

#[test]
fn add_list_and_remove_a_proxy_with_its_deposit_and_guards() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let dave = ss58_of("//Dave");
    let ferdie = ss58_of("//Ferdie");

    let d = ok(&run(&sb, &net, "dave", &["proxy", "list"]));
    assert_eq!(d["account"], dave);
    assert_eq!(d["proxies"], serde_json::json!([]));
    assert_eq!(d["deposit"], 0);

    let add = [
        "proxy",
        "add",
        "--delegate",
        ferdie.as_str(),
        "--type",
        "staking",
    ];
    let mut dry_args = add.to_vec();
    dry_args.push("--dry-run");
    let dry = ok(&run(&sb, &net, "dave", &dry_args));
    check_dry_run(&net, &dry, "//Dave");
    assert_eq!(dry["call"]["pallet"], "Proxy");
    assert_eq!(dry["call"]["name"], "add_proxy");
    // Proxy (16) . add_proxy (1) . MultiAddress::Id ferdie . Staking (8) . delay 0u32
    let call = dry["call_data"].as_str().unwrap();
    assert!(call.starts_with("0x100100"), "{call}");
    assert!(call.ends_with("0800000000"), "{call}");
    assert_eq!(dry["details"]["deposit_reserved"], 93_000_000);

    let free = free_of(&net, "//Dave");
    let d = ok(&run(&sb, &net, "dave", &add));
    let ev = event(&d, "Proxy", "ProxyAdded");
    assert_eq!(ev["fields"]["delegator"], hx("//Dave"), "{ev}");
    assert_eq!(ev["fields"]["delegatee"], hx("//Ferdie"), "{ev}");
    assert_eq!(ev["fields"]["proxy_type"], "Staking", "{ev}");
    assert_eq!(ev["fields"]["delay"], 0, "{ev}");
    let r = event(&d, "Balances", "Reserved");
    assert_eq!(r["fields"]["amount"], 93_000_000, "{r}");
    assert_eq!(free_of(&net, "//Dave"), free - 93_000_000 - fee(&d));

    let d = ok(&run(&sb, &net, "dave", &["proxy", "list", "--ss58", &dave]));
    assert_eq!(
        d["proxies"],
        serde_json::json!([{"delegate": ferdie, "proxy_type": "Staking", "delay": 0}])
    );
    assert_eq!(d["deposit"], 93_000_000);
    let human = tao(&sb, &net, &["--wallet-name", "dave", "proxy", "list"]);
    assert!(
        human.stdout.contains("1 proxy (deposit τ0.093000000)"),
        "{}",
        human.stdout
    );

    // Refused before signing, nothing submitted.
    let before = submissions(&net);
    refused(&run(&sb, &net, "dave", &add), "Duplicate");
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &["proxy", "add", "--delegate", &dave, "--type", "Any"],
        ),
        "NoSelfProxy",
    );
    let r = run(
        &sb,
        &net,
        "dave",
        &[
            "proxy",
            "remove",
            "--delegate",
            &ferdie,
            "--type",
            "Transfer",
        ],
    );
    refused(&r, "NotFound");
    assert!(
        r.stdout.contains("only as Staking (delay 0)"),
        "{}",
        r.stdout
    );
    assert_eq!(submissions(&net), before);
    let bad = run(
        &sb,
        &net,
        "dave",
        &[
            "proxy",
            "add",
            "--delegate",
            &ferdie,
            "--type",
            "Everything",
        ],
    );
    assert_eq!(bad.code, 2, "{}", bad.stderr);

    let d = ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "proxy",
            "remove",
            "--delegate",
            &ferdie,
            "--type",
            "Staking",
        ],
    ));
    let ev = event(&d, "Proxy", "ProxyRemoved");
    assert_eq!(ev["fields"]["delegatee"], hx("//Ferdie"), "{ev}");
    let u = event(&d, "Balances", "Unreserved");
    assert_eq!(u["fields"]["amount"], 93_000_000, "{u}");
    assert_eq!(d["details"]["deposit_returned"], 93_000_000);
    let d = ok(&run(&sb, &net, "dave", &["proxy", "list"]));
    assert_eq!(d["proxies"], serde_json::json!([]));
}

#[test]
fn a_staking_proxy_stakes_for_the_real_account_and_may_not_transfer() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    dev_wallet(&sb, "eve", "//Eve");
    let dave = ss58_of("//Dave");
    let ferdie = ss58_of("//Ferdie");
    let dave_hot = ss58_of("//Dave//hot");
    let stake = [
        "stake",
        "add",
        "--netuid",
        "1",
        "--hotkey-ss58",
        dave_hot.as_str(),
        "--amount",
        "1",
        "--proxy",
        dave.as_str(),
    ];

    // No relation yet: refused before signing, naming the type to add.
    let before = submissions(&net);
    let r = run(&sb, &net, "ferdie", &stake);
    refused(&r, "NotProxy");
    assert!(r.stdout.contains("--type Staking"), "{}", r.stdout);
    assert_eq!(submissions(&net), before);

    ok(&run(
        &sb,
        &net,
        "dave",
        &["proxy", "add", "--delegate", &ferdie, "--type", "Staking"],
    ));

    let mut dry_args = stake.to_vec();
    dry_args.push("--dry-run");
    let dry = ok(&run(&sb, &net, "ferdie", &dry_args));
    check_dry_run(&net, &dry, "//Ferdie");
    assert_eq!(dry["call"]["pallet"], "Proxy");
    assert_eq!(dry["call"]["name"], "proxy");
    assert_eq!(dry["details"]["proxy"]["real"], dave);
    assert_eq!(dry["details"]["proxy"]["proxy_type"], "Staking");
    // Proxy.proxy (16, 0), MultiAddress::Id(dave), Some(Staking), then the staking call.
    let call = dry["call_data"].as_str().unwrap();
    let dave_hex = hex::encode(AsRef::<[u8; 32]>::as_ref(&tao_devnet::dev_account(
        "//Dave",
    )));
    assert!(
        call.starts_with(&format!("0x100000{dave_hex}0108")),
        "{call}"
    );

    let dave_free = free_of(&net, "//Dave");
    let ferdie_free = free_of(&net, "//Ferdie");
    let staked = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let ferdie_staked = stake_of(&net, "//Ferdie", "//Dave//hot", 1);
    let d = ok(&run(&sb, &net, "ferdie", &stake));
    assert_eq!(d["signer"], ferdie);
    let ex = event(&d, "Proxy", "ProxyExecuted");
    assert_eq!(
        ex["fields"]["result"]["variant"].as_str().unwrap_or("Ok"),
        "Ok",
        "{ex}"
    );
    event(&d, "SubtensorModule", "StakeAdded");
    assert_eq!(
        free_of(&net, "//Dave"),
        dave_free - TAO,
        "the real account stakes"
    );
    assert_eq!(
        free_of(&net, "//Ferdie"),
        ferdie_free - fee(&d),
        "the delegate pays the fee"
    );
    assert!(stake_of(&net, "//Dave", "//Dave//hot", 1) > staked);
    assert_eq!(stake_of(&net, "//Ferdie", "//Dave//hot", 1), ferdie_staked);

    // Unstaking through the proxy works too.
    let d = ok(&run(
        &sb,
        &net,
        "ferdie",
        &[
            "stake",
            "remove",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &dave_hot,
            "--amount",
            "0.1",
            "--proxy",
            &dave,
        ],
    ));
    event(&d, "SubtensorModule", "StakeRemoved");

    // Moving stake is a Staking call too; giving it to another coldkey is not.
    let alice_hot = ss58_of("//Alice//hot");
    let moved_before = stake_of(&net, "//Dave", "//Alice//hot", 1);
    let d = ok(&run(
        &sb,
        &net,
        "ferdie",
        &[
            "stake",
            "move",
            "--origin-netuid",
            "1",
            "--hotkey-ss58",
            &dave_hot,
            "--dest-hotkey",
            &alice_hot,
            "--amount",
            "0.1",
            "--proxy",
            &dave,
        ],
    ));
    assert_eq!(d["details"]["proxy"]["proxy_type"], "Staking");
    event(&d, "SubtensorModule", "StakeMoved");
    assert!(stake_of(&net, "//Dave", "//Alice//hot", 1) > moved_before);
    let before = submissions(&net);
    let r = run(
        &sb,
        &net,
        "ferdie",
        &[
            "stake",
            "transfer",
            "--origin-netuid",
            "1",
            "--hotkey-ss58",
            &dave_hot,
            "--dest",
            &ferdie,
            "--amount",
            "0.1",
            "--proxy",
            &dave,
        ],
    );
    refused(&r, "CallFiltered");
    assert!(
        r.stdout.contains("needs a SmallTransfer proxy"),
        "{}",
        r.stdout
    );
    assert_eq!(submissions(&net), before);

    // A transfer is not a Staking call: refused before signing, naming the type needed.
    let before = submissions(&net);
    let r = run(
        &sb,
        &net,
        "ferdie",
        &[
            "wallet", "transfer", "--dest", &ferdie, "--amount", "1", "--proxy", &dave,
        ],
    );
    refused(&r, "CallFiltered");
    assert!(r.stdout.contains("needs a Transfer proxy"), "{}", r.stdout);
    assert!(r.stdout.contains("Staking (delay 0)"), "{}", r.stdout);
    // `--proxy` naming the signer itself is a usage error.
    let own = run(
        &sb,
        &net,
        "dave",
        &[
            "stake", "add", "--netuid", "1", "--amount", "1", "--proxy", &dave,
        ],
    );
    assert_eq!(own.code, 2, "{}", own.stdout);
    assert_eq!(own.json()["errors"][0]["code"], "usage.invalid_arguments");
    // Someone who is not a delegate at all.
    refused(&run(&sb, &net, "eve", &stake), "NotProxy");
    // The real account's guards apply: Dave cannot stake more than Dave has.
    let r = run(
        &sb,
        &net,
        "ferdie",
        &[
            "stake",
            "add",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &dave_hot,
            "--amount",
            "100000000",
            "--proxy",
            &dave,
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(submissions(&net), before);
}

#[test]
fn a_small_transfer_proxy_sends_below_half_a_tao_only() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let dave = ss58_of("//Dave");
    let ferdie = ss58_of("//Ferdie");
    let eve = ss58_of("//Eve");
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
            "SmallTransfer",
        ],
    ));
    let dave_free = free_of(&net, "//Dave");
    let eve_free = free_of(&net, "//Eve");
    let d = ok(&run(
        &sb,
        &net,
        "ferdie",
        &[
            "wallet", "transfer", "--dest", &eve, "--amount", "0.4", "--proxy", &dave,
        ],
    ));
    assert_eq!(d["details"]["proxy"]["proxy_type"], "SmallTransfer");
    let t = event(&d, "Balances", "Transfer");
    assert_eq!(t["fields"]["from"], hx("//Dave"), "{t}");
    assert_eq!(t["fields"]["amount"], 400_000_000, "{t}");
    assert_eq!(free_of(&net, "//Dave"), dave_free - 400_000_000);
    assert_eq!(free_of(&net, "//Eve"), eve_free + 400_000_000);

    let before = submissions(&net);
    let r = run(
        &sb,
        &net,
        "ferdie",
        &[
            "wallet", "transfer", "--dest", &eve, "--amount", "0.5", "--proxy", &dave,
        ],
    );
    refused(&r, "CallFiltered");
    assert!(r.stdout.contains("needs a Transfer proxy"), "{}", r.stdout);
    assert_eq!(submissions(&net), before);
}

#[test]
fn an_announced_transfer_executes_only_after_the_delay_and_can_be_rejected() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let dave = ss58_of("//Dave");
    let ferdie = ss58_of("//Ferdie");
    let eve = ss58_of("//Eve");
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
            "Transfer",
            "--delay",
            "5",
        ],
    ));
    let transfer = [
        "wallet",
        "transfer",
        "--dest",
        eve.as_str(),
        "--amount",
        "1",
        "--proxy",
        dave.as_str(),
    ];
    let before = submissions(&net);
    let r = run(&sb, &net, "ferdie", &transfer);
    refused(&r, "Unannounced");
    assert!(r.stdout.contains("delay of 5 blocks"), "{}", r.stdout);
    assert_eq!(submissions(&net), before);

    let mut announce = transfer.to_vec();
    announce.push("--announce-only");
    let ferdie_free = free_of(&net, "//Ferdie");
    let d = ok(&run(&sb, &net, "ferdie", &announce));
    assert_eq!(d["call"]["name"], "announce");
    let a = &d["details"]["announce"];
    assert_eq!(a["proxy_type"], "Transfer");
    assert_eq!(a["call"]["name"], "transfer_keep_alive");
    assert_eq!(a["deposit_reserved"], 104_000_000);
    let ev = event(&d, "Proxy", "Announced");
    assert_eq!(ev["fields"]["real"], hx("//Dave"), "{ev}");
    assert_eq!(ev["fields"]["call_hash"], a["call_hash"], "{ev}");
    assert_eq!(
        free_of(&net, "//Ferdie"),
        ferdie_free - 104_000_000 - fee(&d)
    );
    let announced_at = d["block_number"].as_u64().unwrap();
    assert_eq!(a["executable_from_block"], announced_at + 5);
    let call_hex = a["call_data"].as_str().unwrap().to_string();
    let call_hash = a["call_hash"].as_str().unwrap().to_string();

    let exec = [
        "proxy",
        "execute",
        "--real",
        dave.as_str(),
        "--call-hex",
        &call_hex,
    ];
    let before = submissions(&net);
    let r = run(&sb, &net, "ferdie", &exec);
    refused(&r, "Unannounced");
    assert!(
        r.stdout
            .contains(&format!("executable from block #{}", announced_at + 5)),
        "{}",
        r.stdout
    );
    assert_eq!(submissions(&net), before);

    // Four empty blocks: the next one is the first where the delay has passed.
    net.devnet.ctx.new_blocks(4);
    let mut dry = exec.to_vec();
    dry.push("--dry-run");
    let dd = ok(&run(&sb, &net, "ferdie", &dry));
    check_dry_run(&net, &dd, "//Ferdie");
    assert_eq!(dd["call"]["name"], "proxy_announced");
    let dave_free = free_of(&net, "//Dave");
    let eve_free = free_of(&net, "//Eve");
    let d = ok(&run(&sb, &net, "ferdie", &exec));
    assert_eq!(d["block_number"].as_u64().unwrap(), announced_at + 5);
    event(&d, "Proxy", "ProxyExecuted");
    let t = event(&d, "Balances", "Transfer");
    assert_eq!(t["fields"]["from"], hx("//Dave"), "{t}");
    assert_eq!(free_of(&net, "//Eve"), eve_free + TAO);
    assert_eq!(free_of(&net, "//Dave"), dave_free - TAO);

    // Announce again; Dave rejects it, and it can no longer be executed.
    let d = ok(&run(&sb, &net, "ferdie", &announce));
    assert_eq!(d["details"]["announce"]["call_hash"], call_hash);
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &[
                "proxy",
                "reject",
                "--delegate",
                &ferdie,
                "--call-hash",
                &format!("0x{}", "11".repeat(32)),
            ],
        ),
        "NotFound",
    );
    assert_eq!(submissions(&net), before);
    let held = free_of(&net, "//Ferdie");
    ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "proxy",
            "reject",
            "--delegate",
            &ferdie,
            "--call-hash",
            &call_hash,
        ],
    ));
    assert_eq!(
        free_of(&net, "//Ferdie"),
        held + 104_000_000,
        "deposit returned"
    );
    net.devnet.ctx.new_blocks(6);
    refused(&run(&sb, &net, "ferdie", &exec), "Unannounced");
}

#[test]
fn a_pure_proxy_is_created_and_killed() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let dave = ss58_of("//Dave");
    let free = free_of(&net, "//Dave");
    let d = ok(&run(
        &sb,
        &net,
        "dave",
        &["proxy", "create-pure", "--type", "Any"],
    ));
    assert_eq!(d["call"]["name"], "create_pure");
    let ev = event(&d, "Proxy", "PureCreated");
    let pure = d["details"]["pure"].as_str().unwrap().to_string();
    let pure_key = tao::ss58::decode(&pure).unwrap().1;
    assert_eq!(
        ev["fields"]["pure"],
        format!("0x{}", hex::encode(pure_key)),
        "{ev}"
    );
    assert_eq!(ev["fields"]["who"], hx("//Dave"), "{ev}");
    assert_eq!(free_of(&net, "//Dave"), free - 93_000_000 - fee(&d));
    let height = d["details"]["height"].as_u64().unwrap().to_string();
    let ext = d["details"]["ext_index"].as_u64().unwrap().to_string();
    assert_eq!(d["details"]["height"], d["block_number"]);
    // Dave is the pure account's Any proxy.
    let l = ok(&run(&sb, &net, "dave", &["proxy", "list", "--ss58", &pure]));
    assert_eq!(
        l["proxies"],
        serde_json::json!([{"delegate": dave, "proxy_type": "Any", "delay": 0}])
    );

    // Wrong creation block: the arguments do not derive the account, refused before signing.
    let before = submissions(&net);
    let wrong = (d["details"]["height"].as_u64().unwrap() + 1).to_string();
    let kill = |h: &str| {
        run(
            &sb,
            &net,
            "dave",
            &[
                "proxy",
                "kill-pure",
                "--proxy",
                &pure,
                "--type",
                "Any",
                "--height",
                h,
                "--ext-index",
                &ext,
            ],
        )
    };
    refused(&kill(&wrong), "NoPermission");
    assert_eq!(submissions(&net), before);

    let free = free_of(&net, "//Dave");
    let k = ok(&kill(&height));
    assert_eq!(k["call"]["name"], "proxy");
    assert_eq!(k["details"]["deposit_returned"], 93_000_000);
    event(&k, "Proxy", "ProxyExecuted");
    let u = event(&k, "Balances", "Unreserved");
    assert_eq!(u["fields"]["amount"], 93_000_000, "{u}");
    assert_eq!(free_of(&net, "//Dave"), free + 93_000_000 - fee(&k));
    let l = ok(&run(&sb, &net, "dave", &["proxy", "list", "--ss58", &pure]));
    assert_eq!(l["proxies"], serde_json::json!([]));
}

#[test]
fn an_owner_proxy_sets_hyperparameters_for_the_subnet_owner_but_may_not_trigger_an_epoch() {
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let alice = ss58_of("//Alice");
    let ferdie = ss58_of("//Ferdie");
    // Subnet 1 (Alice's) with a long tempo starting now: out of the freeze window.
    net.devnet.ctx.edit_state(|| {
        st::Tempo::<Runtime>::insert(1, 1000);
        st::LastEpochBlock::<Runtime>::insert(1, st::Pallet::<Runtime>::block_number());
    });
    ok(&run(
        &sb,
        &net,
        "alice",
        &["proxy", "add", "--delegate", &ferdie, "--type", "Owner"],
    ));
    let set = [
        "sudo", "set", "--netuid", "1", "--param", "rho", "--value", "21", "--proxy", &alice,
    ];
    let d = ok(&run(&sb, &net, "ferdie", &set));
    assert_eq!(d["signer"], ferdie);
    assert_eq!(d["details"]["proxy"]["proxy_type"], "Owner");
    let ex = event(&d, "Proxy", "ProxyExecuted");
    assert_eq!(
        ex["fields"]["result"]["variant"].as_str().unwrap_or("Ok"),
        "Ok",
        "{ex}"
    );
    assert_eq!(net.devnet.ctx.read_state(|| st::Rho::<Runtime>::get(1)), 21);
    // The subnet identity is the owner's too.
    ok(&run(
        &sb,
        &net,
        "ferdie",
        &[
            "subnets",
            "set-identity",
            "--netuid",
            "1",
            "--subnet-name",
            "proxied",
            "--proxy",
            &alice,
        ],
    ));
    // Owner does not cover trigger_epoch: refused before signing, naming the types that do.
    let before = submissions(&net);
    let r = run(
        &sb,
        &net,
        "ferdie",
        &["sudo", "trigger-epoch", "--netuid", "1", "--proxy", &alice],
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("Owner"), "{}", r.stdout);
    assert_eq!(submissions(&net), before);
}
