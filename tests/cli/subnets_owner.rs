//! `tao subnets set-symbol` and `check-start` against an in-process devnet on 127.0.0.1.

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

fn symbol_of(net: &Net, netuid: u16) -> String {
    let c = chain(net);
    net._rt
        .block_on(tao::chain::read::subnet(&c, netuid))
        .unwrap()
        .symbol
}

#[test]
fn the_owner_sets_a_free_symbol_and_every_guard_refuses_before_signing() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    assert_eq!(symbol_of(&net, 1), "\u{3b1}");
    let dry = ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "subnets",
            "set-symbol",
            "--netuid",
            "1",
            "\u{3b4}",
            "--dry-run",
        ],
    ));
    check_dry_run(&net, &dry, "//Alice");
    assert_eq!(dry["call"]["name"], "update_symbol");
    assert_eq!(dry["details"]["current"], "\u{3b1}");
    assert_eq!(dry["details"]["symbol"], "\u{3b4}");
    assert_eq!(symbol_of(&net, 1), "\u{3b1}", "a dry run changes nothing");

    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &["subnets", "set-symbol", "--netuid", "1", "\u{3b4}"],
    ));
    let e = event(&d, "SubtensorModule", "SymbolUpdated");
    assert_eq!(e["fields"]["netuid"], 1, "{e}");
    assert_eq!(symbol_of(&net, 1), "\u{3b4}");

    let before = submissions(&net);
    // Not the owner.
    let r = run(
        &sb,
        &net,
        "bob",
        &["subnets", "set-symbol", "--netuid", "1", "\u{3b5}"],
    );
    refused(&r, "BadOrigin");
    // Held by subnet 2, and by this subnet itself.
    let r = run(
        &sb,
        &net,
        "alice",
        &["subnets", "set-symbol", "--netuid", "1", "\u{3b2}"],
    );
    refused(&r, "SymbolAlreadyInUse");
    assert!(r.stdout.contains("subnet 2 has it"), "{}", r.stdout);
    refused(
        &run(
            &sb,
            &net,
            "alice",
            &["subnets", "set-symbol", "--netuid", "1", "\u{3b4}"],
        ),
        "SymbolAlreadyInUse",
    );
    // The root's symbol and one outside the table.
    let r = run(
        &sb,
        &net,
        "alice",
        &["subnets", "set-symbol", "--netuid", "1", "\u{3a4}"],
    );
    refused(&r, "SymbolDoesNotExist");
    assert!(r.stdout.contains("root subnet's symbol"), "{}", r.stdout);
    refused(
        &run(
            &sb,
            &net,
            "alice",
            &["subnets", "set-symbol", "--netuid", "1", "XYZ"],
        ),
        "SymbolDoesNotExist",
    );
    refused(
        &run(
            &sb,
            &net,
            "alice",
            &["subnets", "set-symbol", "--netuid", "99", "\u{3b5}"],
        ),
        "SubnetNotExists",
    );
    assert_eq!(submissions(&net), before);
    assert_eq!(symbol_of(&net, 1), "\u{3b4}");
}

#[test]
fn check_start_says_when_and_why_not() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    dev_wallet(&sb, "dave", "//Dave");
    let d = ok(&run(&sb, &net, "bob", &["subnets", "create"]));
    let netuid = event(&d, "SubtensorModule", "NetworkAdded")["fields"]["0"]
        .as_u64()
        .unwrap();
    let n = netuid.to_string();
    // A new subnet takes its netuid's symbol from the chain's table (4: δ).
    assert_eq!(netuid, 4);
    assert_eq!(symbol_of(&net, 4), tao::chain::symbols::SYMBOLS[4]);

    let before = submissions(&net);
    let c = ok(&run(
        &sb,
        &net,
        "bob",
        &["subnets", "check-start", "--netuid", &n],
    ));
    assert_eq!(c["can_start"], false, "{c}");
    assert_eq!(c["is_owner"], true);
    assert_eq!(c["started"], false);
    let registered = c["registered_at"].as_u64().unwrap();
    assert_eq!(c["start_call_delay"], 10);
    assert_eq!(c["allowed_from_block"], registered + 10);
    let head = c["head"].as_u64().unwrap();
    assert_eq!(c["blocks_to_wait"], registered + 10 - (head + 1));
    assert_eq!(c["reasons"][0]["error"], "NeedWaitingMoreBlocksToStarCall");
    assert_eq!(c["reasons"].as_array().unwrap().len(), 1);

    let c = ok(&run(
        &sb,
        &net,
        "dave",
        &["subnets", "check-start", "--netuid", &n],
    ));
    assert_eq!(c["is_owner"], false);
    assert_eq!(c["reasons"][0]["error"], "BadOrigin");
    assert_eq!(c["owner"], ss58_of("//Bob"));

    net.devnet.ctx.new_blocks(12);
    let c = ok(&run(
        &sb,
        &net,
        "bob",
        &["subnets", "check_start", "--netuid", &n],
    ));
    assert_eq!(c["can_start"], true, "{c}");
    assert_eq!(c["blocks_to_wait"], 0);
    assert_eq!(c["reasons"], serde_json::json!([]));
    assert_eq!(submissions(&net), before, "check-start submits nothing");

    let d = ok(&run(
        &sb,
        &net,
        "bob",
        &["subnets", "start", "--netuid", &n],
    ));
    let first = event(&d, "SubtensorModule", "FirstEmissionBlockNumberSet")["fields"]["1"]
        .as_u64()
        .unwrap();
    let c = ok(&run(
        &sb,
        &net,
        "bob",
        &["subnets", "check-start", "--netuid", &n],
    ));
    assert_eq!(c["started"], true);
    assert_eq!(c["first_emission_block"], first);
    assert_eq!(
        c["reasons"][0]["error"],
        "FirstEmissionBlockNumberAlreadySet"
    );
    let r = run(
        &sb,
        &net,
        "bob",
        &["subnets", "check-start", "--netuid", "99"],
    );
    assert_ne!(r.code, 0);
}

mod trim {
    use super::*;
    use tao_devnet::dev_account;
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;

    /// Subnet 1 (Alice's; uids 0–3 are the hotkeys of Alice, Bob, Charlie and Dave): no epoch
    /// soon (tempo 1000), no immunity period, MinAllowedUids 2 (as the root would set it), and
    /// emissions 5, 10, 30, 20. Alice's uid 0 stays immune as the owner's.
    fn setup(net: &Net) {
        net.devnet.ctx.edit_state(|| {
            st::Tempo::<Runtime>::insert(1, 1000);
            st::ImmunityPeriod::<Runtime>::insert(1, 0);
            st::MinAllowedUids::<Runtime>::insert(1, 2);
            st::Emission::<Runtime>::insert(1, vec![5u64, 10, 30, 20]);
            st::Weights::<Runtime>::insert(1, 2, vec![(0u16, 7u16), (2, 8), (3, 9)]);
        });
    }

    fn trim(sb: &Sandbox, net: &Net, wallet: &str, netuid: &str, k: &str) -> crate::support::Run {
        run(
            sb,
            net,
            wallet,
            &["subnets", "trim", "--netuid", netuid, "--max-uids", k],
        )
    }

    #[test]
    fn the_lowest_emitters_go_and_the_rest_are_compacted() {
        let net = start();
        let sb = Sandbox::new();
        dev_wallet(&sb, "alice", "//Alice");
        setup(&net);
        let dry = ok(&run(
            &sb,
            &net,
            "alice",
            &["sudo", "trim", "--netuid", "1", "--max", "2", "--dry-run"],
        ));
        check_dry_run(&net, &dry, "//Alice");
        assert_eq!(dry["call"]["pallet"], "AdminUtils");
        assert_eq!(dry["call"]["name"], "sudo_trim_to_max_allowed_uids");
        let removed: Vec<u64> = dry["details"]["removed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["uid"].as_u64().unwrap())
            .collect();
        assert_eq!(removed, vec![1, 3], "{}", dry["details"]);
        assert_eq!(
            dry["details"]["removed"][0]["hotkey"],
            ss58_of("//Bob//hot")
        );
        assert_eq!(dry["details"]["removed"][1]["emission"], 20);
        assert_eq!(
            dry["details"]["renumbered"],
            serde_json::json!([{ "from": 2, "to": 1 }])
        );
        assert_eq!(dry["details"]["immune_uids"], serde_json::json!([0]));

        let d = ok(&trim(&sb, &net, "alice", "1", "2"));
        assert_eq!(d["details"]["removed"], dry["details"]["removed"]);
        let best = u64::from(net.devnet.ctx.read_best_number());
        net.devnet.ctx.read_state(|| {
            assert_eq!(st::SubnetworkN::<Runtime>::get(1), 2);
            assert_eq!(st::MaxAllowedUids::<Runtime>::get(1), 2);
            assert_eq!(st::Emission::<Runtime>::get(1), vec![5, 30]);
            assert_eq!(st::Keys::<Runtime>::get(1, 0), dev_account("//Alice//hot"));
            assert_eq!(
                st::Keys::<Runtime>::get(1, 1),
                dev_account("//Charlie//hot")
            );
            assert!(!st::Keys::<Runtime>::contains_key(1, 2));
            assert!(!st::Keys::<Runtime>::contains_key(1, 3));
            assert_eq!(
                st::Uids::<Runtime>::get(1, dev_account("//Charlie//hot")),
                Some(1)
            );
            assert_eq!(st::Uids::<Runtime>::get(1, dev_account("//Bob//hot")), None);
            assert_eq!(
                st::Uids::<Runtime>::get(1, dev_account("//Dave//hot")),
                None
            );
            assert!(!st::IsNetworkMember::<Runtime>::get(
                dev_account("//Bob//hot"),
                1
            ));
            // Charlie's row moved to uid 1, its targets renumbered and the dropped ones gone.
            assert_eq!(st::Weights::<Runtime>::get(1, 1), vec![(0, 7), (1, 8)]);
            assert!(st::Weights::<Runtime>::get(1, 2).is_empty());
            // Alice's row (every uid at u16::MAX) keeps uids 0 and 2 → 0 and 1.
            assert_eq!(
                st::Weights::<Runtime>::get(1, 0),
                vec![(0, u16::MAX), (1, u16::MAX)]
            );
            assert_eq!(st::ValidatorPermit::<Runtime>::get(1), vec![true, false]);
            assert_eq!(
                st::TransactionKeyLastBlock::<Runtime>::get((dev_account("//Alice"), 1, 9)),
                best
            );
        });
    }

    #[test]
    fn every_guard_refuses_before_signing() {
        let net = start();
        let sb = Sandbox::new();
        dev_wallet(&sb, "alice", "//Alice");
        dev_wallet(&sb, "bob", "//Bob");
        setup(&net);
        let before = submissions(&net);
        refused(&trim(&sb, &net, "bob", "1", "2"), "BadOrigin");
        refused(&trim(&sb, &net, "alice", "99", "2"), "SubnetNotExists");
        let r = trim(&sb, &net, "alice", "1", "1");
        refused(&r, "InvalidValue");
        assert!(
            r.stdout.contains("2 (MinAllowedUids) to 16"),
            "{}",
            r.stdout
        );
        refused(&trim(&sb, &net, "alice", "1", "17"), "InvalidValue");
        // Every uid in its immunity period: 4 immune of 3 is above 80 %.
        net.devnet
            .ctx
            .edit_state(|| st::ImmunityPeriod::<Runtime>::insert(1, 4096));
        refused(
            &trim(&sb, &net, "alice", "1", "3"),
            "TrimmingWouldExceedMaxImmunePercentage",
        );
        assert_eq!(submissions(&net), before);
        // The chain agrees with each refusal.
        net.devnet.ctx.edit_state(|| {
            use tao_devnet::pallet_admin_utils as au;
            use tao_devnet::runtime::RuntimeOrigin;
            let call = |who: &str, k: u16| {
                au::Pallet::<Runtime>::sudo_trim_to_max_allowed_uids(
                    RuntimeOrigin::signed(dev_account(who)),
                    1,
                    k,
                )
            };
            let err = |k: &str, who: &str, n: u16| {
                let e = call(who, n).expect_err(k);
                let text = format!("{e:?}");
                assert!(text.contains(k), "{k}: {text}");
            };
            err("BadOrigin", "//Bob", 2);
            err("InvalidValue", "//Alice", 1);
            err("TrimmingWouldExceedMaxImmunePercentage", "//Alice", 3);
            assert_eq!(st::SubnetworkN::<Runtime>::get(1), 4);
        });
        // A trim that drops nothing (4 in use, max 8).
        let d = ok(&trim(&sb, &net, "alice", "1", "8"));
        assert_eq!(d["details"]["removed"], serde_json::json!([]));
        let landed = net.devnet.ctx.read_state(|| {
            assert_eq!(st::MaxAllowedUids::<Runtime>::get(1), 8);
            assert_eq!(st::SubnetworkN::<Runtime>::get(1), 4);
            st::TransactionKeyLastBlock::<Runtime>::get((dev_account("//Alice"), 1, 9))
        });
        assert!(landed > 0);
        // The chain's rate limit: a last trim recorded in the block the next one lands in. tao
        // cannot see the limit on a runtime without a block time (it is not in the metadata;
        // `mechanisms::check_rate_limit` is unit-tested), so the chain refuses it.
        let next = u64::from(net.devnet.ctx.read_best_number()) + 1;
        net.devnet.ctx.edit_state(|| {
            st::TransactionKeyLastBlock::<Runtime>::insert((dev_account("//Alice"), 1, 9), next)
        });
        let r = trim(&sb, &net, "alice", "1", "6");
        assert_ne!(r.code, 0, "{}", r.stdout);
        assert!(r.stdout.contains("TxRateLimitExceeded"), "{}", r.stdout);
        net.devnet
            .ctx
            .read_state(|| assert_eq!(st::MaxAllowedUids::<Runtime>::get(1), 8));
    }
}
