//! `tao stake add` / `tao stake remove` end to end: the real binary against an in-process devnet
//! on 127.0.0.1 (one block per transaction), with wallets written by tao's wallet library.

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use tao_devnet::{TAO, dev_account};

#[test]
fn stake_add_and_remove_move_balances_and_emit_events() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let stake_before = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let free_before = free_of(&net, "//Dave");
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "-y",
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "2",
            // The fee accounting below is that of one unshielded extrinsic (shielded: see
            // tests/cli/shield.rs).
            "--no-mev-protection",
        ],
    ));
    assert_eq!(d["call"]["name"], "add_stake_limit", "{d}");
    assert_eq!(d["status"], "included");
    assert!(d["block_number"].as_u64().unwrap() > 0);
    assert!(d["extrinsic_hash"].as_str().unwrap().starts_with("0x"));
    let ev = event(&d, "SubtensorModule", "StakeAdded");
    let fee: u64 = d["fee"]["rao"].as_str().unwrap().parse().unwrap();
    assert!(fee > 0);
    let paid = event(&d, "TransactionPayment", "TransactionFeePaid");
    assert_eq!(paid["fields"]["actual_fee"].as_u64(), Some(fee), "{paid}");
    let stake_after = stake_of(&net, "//Dave", "//Dave//hot", 1);
    assert_eq!(
        free_of(&net, "//Dave"),
        free_before - 2 * TAO - fee,
        "amount plus the estimated fee"
    );
    let gained = stake_after - stake_before;
    assert!(
        gained > 19 * TAO / 10 && gained < 2 * TAO,
        "gained {gained}: {ev}"
    );
    // Remove half of it again with the floor price.
    let half = format!("{}", gained / 2);
    let half_alpha = tao::units::format_decimal(half.parse().unwrap());
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "-y",
            "stake",
            "remove",
            "--netuid",
            "1",
            "--amount",
            &half_alpha,
        ],
    ));
    assert_eq!(d["call"]["name"], "remove_stake_limit");
    event(&d, "SubtensorModule", "StakeRemoved");
    let left = stake_of(&net, "//Dave", "//Dave//hot", 1);
    assert_eq!(left, stake_after - gained / 2);
}

#[test]
fn multi_target_stake_is_one_batch_all_with_per_target_limits() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let a = ss58_of("//Alice//hot");
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "-y",
            "stake",
            "add",
            "--netuids",
            "1,2",
            "--hotkey-ss58",
            &a,
            "--amount",
            "1",
        ],
    ));
    assert_eq!(d["call"]["pallet"], "Utility");
    assert_eq!(d["call"]["name"], "batch_all");
    let targets = d["details"]["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 2);
    for t in targets {
        assert!(t["limit_price"]["rao"].is_string(), "{t}");
    }
    let added: Vec<_> = d["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["name"] == "StakeAdded")
        .collect();
    assert_eq!(added.len(), 2, "{}", d["events"]);
    event(&d, "Utility", "BatchCompleted");
}

#[test]
fn guards_refuse_before_signing_with_the_chain_error_name() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    make_wallet(
        &sb.home().join("wallets"),
        "nobody",
        "//Nobody",
        "//Nobody//hot",
        None,
    );
    let w = ["--json", "--wallet-name", "dave", "-y"];
    let run = |extra: &[&str]| {
        let mut args: Vec<&str> = w.to_vec();
        args.extend_from_slice(extra);
        tao(&sb, &net, &args)
    };
    refused(
        &run(&["stake", "add", "--netuid", "77", "--amount", "1"]),
        "SubnetNotExists",
    );
    let stranger = tao::ss58::encode_default(&[7u8; 32]);
    refused(
        &run(&[
            "stake",
            "add",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &stranger,
            "--amount",
            "1",
        ]),
        "HotKeyAccountNotExists",
    );
    refused(
        &run(&["stake", "add", "--netuid", "1", "--amount", "0.001"]),
        "AmountTooLow",
    );
    refused(
        &run(&["stake", "add", "--netuid", "1", "--amount", "2000000"]),
        "NotEnoughBalanceToStake",
    );
    refused(
        &run(&[
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "100",
            "--tolerance",
            "0.001",
        ]),
        "SlippageTooHigh",
    );
    refused(
        &run(&["stake", "remove", "--netuid", "1", "--amount", "5000"]),
        "NotEnoughStakeToWithdraw",
    );
    // The wallet "nobody" has no TAO at all.
    refused(
        &tao(
            &sb,
            &net,
            &[
                "--json",
                "--wallet-name",
                "nobody",
                "-y",
                "stake",
                "add",
                "--netuid",
                "1",
                "--amount",
                "1",
                "--hotkey-ss58",
                &ss58_of("//Alice//hot"),
            ],
        ),
        "NotEnoughBalanceToStake",
    );
    assert_eq!(submissions(&net), 0, "a refusal submits nothing");
    // With --partial the same oversized stake is accepted and fills up to the limit.
    let d = ok(&run(&[
        "stake",
        "add",
        "--netuid",
        "1",
        "--amount",
        "100",
        "--tolerance",
        "0.001",
        "--partial",
    ]));
    assert_eq!(d["details"]["targets"][0]["allow_partial"], true);
    event(&d, "SubtensorModule", "StakeAdded");
}

#[test]
fn no_terminal_and_no_yes_is_a_usage_error() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let r = tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "1",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert_eq!(submissions(&net), 0);
}

#[test]
fn wrong_password_exits_3_and_submits_nothing() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "locked",
        "//Dave",
        "//Dave//hot",
        Some("right horse"),
    );
    let pw = sb.home().join("pw");
    std::fs::write(&pw, "wrong battery\n").unwrap();
    let pw = pw.to_string_lossy().into_owned();
    let r = tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "locked",
            "-y",
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "1",
            "--password-file",
            &pw,
        ],
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.json()["errors"][0]["code"], "wallet.wrong_password");
    assert!(!r.stdout.contains("wrong battery") && !r.stderr.contains("wrong battery"));
    assert_eq!(submissions(&net), 0);
}

#[test]
fn connection_lost_while_watching_exits_5_with_the_hash_and_no_resubmission() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    // Close every connection right after the first watch notification.
    net.devnet.ctx.drop_connections_after(1);
    let r = tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "-y",
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "1",
        ],
    );
    assert_eq!(r.code, 5, "stderr:\n{}\nstdout:\n{}", r.stderr, r.stdout);
    let v = r.json();
    let err = &v["errors"][0];
    assert_eq!(err["code"], "tx.outcome_unknown");
    let msg = err["message"].as_str().unwrap();
    assert!(msg.contains("0x"), "the hash is named: {msg}");
    assert!(err["hint"].as_str().unwrap().contains("do not resubmit"));
    // What is known is in `data`: the hash named in the message, the call and the nonce.
    let d = &v["data"];
    assert_eq!(d["status"], "unknown");
    let hash = d["extrinsic_hash"]
        .as_str()
        .expect("extrinsic_hash in data");
    assert_eq!(hash.len(), 66);
    assert!(msg.contains(hash), "{msg} names {hash}");
    assert_eq!(d["call"]["pallet"], "SubtensorModule");
    assert!(d["nonce"].is_u64() && d["fee"].is_object() && d["era"]["period"].is_u64());
    assert_eq!(submissions(&net), 1, "submitted once, never again");
}

#[test]
fn dry_run_bytes_decode_independently_and_the_signature_verifies() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "stake",
            "add",
            "--netuid",
            "2",
            "--amount",
            "3",
            "--tolerance",
            "0.01",
            "--dry-run",
            "--era",
            "32",
        ],
    ));
    assert_eq!(submissions(&net), 0);
    let call = check_dry_run(&net, &d, "//Dave");
    assert_eq!(d["era"]["period"], 32);
    // SubtensorModule (7) . add_stake_limit (88) (hotkey, netuid u16, amount u64, limit u64, partial)
    assert_eq!(call[0], 7);
    assert_eq!(call[1], 88);
    assert_eq!(
        &call[2..34],
        AsRef::<[u8; 32]>::as_ref(&dev_account("//Dave//hot"))
    );
    assert_eq!(u16::from_le_bytes([call[34], call[35]]), 2);
    assert_eq!(
        u64::from_le_bytes(call[36..44].try_into().unwrap()),
        3 * TAO
    );
    let limit = u64::from_le_bytes(call[44..52].try_into().unwrap());
    let price: u64 = d["details"]["targets"][0]["price"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        limit,
        (u128::from(price) * 1_010_000_000 / 1_000_000_000) as u64
    );
    assert_eq!(call[52], 0, "fill or kill");
    assert_eq!(call.len(), 53);
    // The same bytes are accepted by the node.
    let d2 = d["extrinsic"].as_str().unwrap().to_string();
    let res = rpc(&net, "author_submitExtrinsic", vec![serde_json::json!(d2)]).unwrap();
    assert!(res.as_str().unwrap().starts_with("0x"), "{res}");
}

#[test]
fn slippage_after_submission_fails_in_the_block_with_the_data_kept() {
    use std::time::{Duration, Instant};
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    use tao_devnet::{BlockMode, Options};
    // Blocks only when the test asks for them, so the pool can be changed under the transaction.
    let net = start_with(Options {
        block_mode: BlockMode::Interval(Duration::from_secs(3600)),
        ..Options::for_tests()
    });
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let r = std::thread::scope(|scope| {
        let run = scope.spawn(|| {
            tao(
                &sb,
                &net,
                &[
                    "--json",
                    "--wallet-name",
                    "dave",
                    "-y",
                    "stake",
                    "add",
                    "--netuid",
                    "1",
                    "--amount",
                    "1",
                ],
            )
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        while submissions(&net) == 0 {
            if run.is_finished() {
                let r = run.join().expect("tao thread");
                panic!("tao ended before submitting:\n{}\n{}", r.stderr, r.stdout);
            }
            assert!(Instant::now() < deadline, "tao never submitted");
            std::thread::sleep(Duration::from_millis(20));
        }
        // Someone else buys first: the price doubles before the block is made, beyond the
        // tolerance.
        net.devnet.ctx.edit_state(|| {
            st::SubnetTAO::<Runtime>::mutate(1, |t| *t *= 2);
        });
        // The MEV-shielded transaction (the default) lands two blocks after its key was read.
        net.devnet.ctx.new_blocks(2);
        run.join().expect("tao thread")
    });
    assert_eq!(r.code, 1, "stderr:\n{}\nstdout:\n{}", r.stderr, r.stdout);
    let v = r.json();
    assert_eq!(v["success"], false);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("SlippageTooHigh"),
        "{v}"
    );
    let d = &v["data"];
    assert_eq!(d["status"], "failed");
    assert_eq!(d["call"]["name"], "add_stake_limit");
    assert!(d["block_number"].as_u64().unwrap() > 0);
    assert!(d["extrinsic_index"].is_u64());
    assert_eq!(d["block_hash"].as_str().unwrap().len(), 66);
    assert_eq!(d["extrinsic_hash"].as_str().unwrap().len(), 66);
    let events = d["events"].as_array().unwrap();
    assert!(
        events
            .iter()
            .any(|e| e["pallet"] == "System" && e["name"] == "ExtrinsicFailed"),
        "{events:?}"
    );
    assert!(r.stderr.contains("the fee was paid"), "{}", r.stderr);
    assert_eq!(submissions(&net), 1);
}
