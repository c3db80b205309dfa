//! `tao stake child get|set|revoke|take` against an in-process devnet on 127.0.0.1.

use serde_json::Value;

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

fn subnet1(d: &Value) -> Value {
    d["subnets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["netuid"] == 1)
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn children_are_scheduled_applied_shown_from_both_sides_and_revoked() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let eve_hot = ss58_of("//Eve//hot");
    let dave_hot = ss58_of("//Dave//hot");
    let set = [
        "stake",
        "child",
        "set",
        "--netuid",
        "1",
        "--children",
        &eve_hot,
        "--proportions",
        "0.5",
    ];
    let dry = ok(&run(
        &sb,
        &net,
        "dave",
        &[&set[..], &["--dry-run"]].concat(),
    ));
    check_dry_run(&net, &dry, "//Dave");
    assert_eq!(dry["call"]["name"], "set_children");
    let d = ok(&run(&sb, &net, "dave", &set));
    let scheduled = d["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name"] == "SetChildrenScheduled");
    let g = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "get", "--netuid", "1"],
    ));
    if scheduled {
        let p = &subnet1(&g)["pending"];
        assert_eq!(p["children"][0]["hotkey"], eve_hot, "{g}");
        assert_eq!(p["children"][0]["proportion"], "0.499999999");
        assert_eq!(p["cooldown_block"], d["details"]["cooldown_ends_block"]);
        // Past the cooldown and the next epoch, the relation is in place.
        let cooldown = d["details"]["cooldown_blocks"].as_u64().unwrap() as u32;
        net.devnet.ctx.new_blocks(cooldown + 12);
    }
    let g = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "get", "--netuid", "1"],
    ));
    let s = subnet1(&g);
    assert!(s["pending"].is_null(), "{g}");
    assert_eq!(s["children"][0]["hotkey"], eve_hot, "{g}");
    // The child sees its parent.
    let e = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "get", "--hotkey-ss58", &eve_hot],
    ));
    assert_eq!(subnet1(&e)["parents"][0]["hotkey"], dave_hot, "{e}");
    // Without --netuid, only the subnets where something is set.
    let all = ok(&run(&sb, &net, "dave", &["stake", "child", "get"]));
    assert_eq!(all["subnets"].as_array().unwrap().len(), 1, "{all}");
    // Revoke, after the rate limit.
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &["stake", "child", "revoke", "--netuid", "1"],
        ),
        "TxRateLimitExceeded",
    );
    assert_eq!(submissions(&net), before);
    net.devnet.ctx.new_blocks(150);
    let d = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "revoke", "--netuid", "1"],
    ));
    assert_eq!(d["details"]["revoke"], true);
    let cooldown = d["details"]["cooldown_blocks"].as_u64().unwrap() as u32;
    net.devnet.ctx.new_blocks(cooldown + 12);
    let g = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "get", "--netuid", "1"],
    ));
    assert_eq!(subnet1(&g)["children"], serde_json::json!([]), "{g}");
}

#[test]
fn child_guards_refuse_before_signing() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    // A wallet whose hotkey belongs to another coldkey.
    make_wallet(
        &sb.home().join("wallets"),
        "mixed",
        "//Bob",
        "//Dave//hot",
        None,
    );
    let eve = ss58_of("//Eve//hot");
    let dave_hot = ss58_of("//Dave//hot");
    let set = |wallet: &str, netuid: &str, children: &str, props: &str| {
        run(
            &sb,
            &net,
            wallet,
            &[
                "stake",
                "child",
                "set",
                "--netuid",
                netuid,
                "--children",
                children,
                "--proportions",
                props,
            ],
        )
    };
    refused(&set("mixed", "1", &eve, "0.5"), "NonAssociatedColdKey");
    refused(
        &set("dave", "0", &eve, "0.5"),
        "RegistrationNotPermittedOnRootSubnet",
    );
    refused(&set("dave", "77", &eve, "0.5"), "SubnetNotExists");
    refused(&set("dave", "1", &dave_hot, "0.5"), "InvalidChild");
    refused(
        &set("dave", "1", &format!("{eve},{eve}"), "0.2,0.2"),
        "DuplicateChild",
    );
    let six: Vec<String> = (1..=6).map(|i| ss58_of(&format!("//Kid{i}"))).collect();
    refused(
        &set("dave", "1", &six.join(","), "0.1,0.1,0.1,0.1,0.1,0.1"),
        "TooManyChildren",
    );
    refused(
        &set(
            "dave",
            "1",
            &format!("{eve},{}", ss58_of("//Kid1")),
            "0.6,0.5",
        ),
        "ProportionOverflow",
    );
    let r = set("dave", "1", &eve, "0.5,0.5");
    assert_eq!(r.code, 2, "{}", r.stdout);
    // A parent whose stake over every subnet is below the chain's threshold.
    net.devnet.ctx.edit_state(|| {
        tao_devnet::pallet_subtensor::StakeThreshold::<tao_devnet::runtime::Runtime>::put(u64::MAX)
    });
    refused(
        &set("dave", "1", &eve, "0.5"),
        "NotEnoughStakeToSetChildkeys",
    );
    assert_eq!(submissions(&net), 0);
}

#[test]
fn the_childkey_take_is_read_set_and_bounded() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let r = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "take", "--netuid", "1"],
    ));
    assert_eq!(r["takes"][0]["take_u16"], 0);
    let d = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "take", "--netuid", "1", "--take", "0.05"],
    ));
    event(&d, "SubtensorModule", "ChildKeyTakeSet");
    assert_eq!(d["details"]["take_u16"], 3_276);
    let r = ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "take", "--netuid", "1"],
    ));
    assert_eq!(r["takes"][0]["take_u16"], 3_276);
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &["stake", "child", "take", "--netuid", "1", "--take", "0.5"],
        ),
        "InvalidChildkeyTake",
    );
    // Every subnet but root at once: one batch, a call per subnet.
    let all = ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "stake",
            "child",
            "take",
            "--all-netuids",
            "--take",
            "0.01",
            "--dry-run",
        ],
    ));
    assert_eq!(all["call"]["name"], "batch_all", "{all}");
    let netuids = all["details"]["netuids"].as_array().unwrap();
    assert!(
        netuids.len() > 1 && !netuids.contains(&serde_json::json!(0)),
        "{all}"
    );
    // A decrease is never rate-limited.
    ok(&run(
        &sb,
        &net,
        "dave",
        &["stake", "child", "take", "--netuid", "1", "--take", "0.01"],
    ));
}
