//! `tao sudo set` / `tao sudo get` end to end against the devnet's subnet 1 (owned by Alice,
//! tempo 10, `AdminFreezeWindow` 2, epochs at blocks 10, 20, …): every owner-settable
//! hyperparameter set and read back, the chain's refusals, a non-owner, the owner rate limit
//! with the block the next change becomes possible, and the call's bytes decoded with the real
//! chain's call index.

use crate::mechanisms::best_block;
use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use serde_json::{Value, json};
use tao_devnet::pallet_admin_utils as au;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::{Runtime, RuntimeOrigin};

fn sudo_set(
    sb: &Sandbox,
    net: &Net,
    wallet: &str,
    param: &str,
    value: &str,
    extra: &[&str],
) -> crate::support::Run {
    let mut a = vec![
        "--json",
        "--wallet-name",
        wallet,
        "-y",
        "sudo",
        "set",
        "--netuid",
        "1",
        "--param",
        param,
        "--value",
        value,
    ];
    a.extend_from_slice(extra);
    tao(sb, net, &a)
}

/// Sets a parameter as Alice, waiting out the freeze window before subnet 1's epochs.
fn set_ok(sb: &Sandbox, net: &Net, param: &str, value: &str) -> Value {
    for _ in 0..3 {
        let r = sudo_set(sb, net, "alice", param, value, &[]);
        if r.code != 0
            && r.stdout
                .contains("AdminActionProhibitedDuringWeightsWindow")
        {
            net.devnet.ctx.new_blocks(3);
            continue;
        }
        return ok(&r);
    }
    panic!("{param}: still in the freeze window");
}

fn hyperparameters(sb: &Sandbox, net: &Net, command: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(command);
    a.extend_from_slice(&["--netuid", "1"]);
    ok(&tao(sb, net, &a))["hyperparameters"].clone()
}

fn read<R>(net: &Net, f: impl FnOnce() -> R) -> R {
    net.devnet.ctx.read_state(f)
}

#[test]
fn every_owner_parameter_is_set_and_read_back() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let bob_hot = ss58_of("//Bob//hot");
    // (param, value, hyperparameters key, the value it shows); keys the hyperparameters do not
    // show are read from storage below.
    let rows: Vec<(&str, &str, Option<&str>, Value)> = vec![
        (
            "serving_rate_limit",
            "25",
            Some("serving_rate_limit"),
            json!(25),
        ),
        ("max_difficulty", "1000000", None, json!(1_000_000)),
        ("weights_version", "7", Some("weights_version"), json!(7)),
        ("adjustment_alpha", "100", None, json!(100)),
        (
            "immunity_period",
            "5000",
            Some("immunity_period"),
            json!(5000),
        ),
        (
            "min_allowed_weights",
            "2",
            Some("min_allowed_weights"),
            json!(2),
        ),
        ("max_allowed_uids", "128", None, json!(128)),
        ("rho", "20", Some("rho"), json!(20)),
        (
            "activity_cutoff",
            "4000",
            Some("activity_cutoff"),
            json!(4000),
        ),
        ("min_burn", "0.0001", Some("min_burn"), Value::Null),
        ("max_burn", "50", Some("max_burn"), Value::Null),
        (
            "bonds_moving_avg",
            "0.95",
            Some("bonds_moving_avg"),
            json!(950_000),
        ),
        (
            "commit_reveal_weights_enabled",
            "true",
            Some("commit_reveal_weights_enabled"),
            json!(true),
        ),
        (
            "liquid_alpha_enabled",
            "true",
            Some("liquid_alpha_enabled"),
            json!(true),
        ),
        ("alpha_values", "0.5,0.8", Some("alpha_high"), json!(52428)),
        (
            "commit_reveal_period",
            "3",
            Some("commit_reveal_period"),
            json!(3),
        ),
        ("bonds_penalty", "0.5", None, json!(32768)),
        (
            "transfers_enabled",
            "false",
            Some("transfers_enabled"),
            json!(false),
        ),
        ("sn_owner_hotkey", bob_hot.as_str(), None, json!(bob_hot)),
        (
            "alpha_sigmoid_steepness",
            "500",
            Some("alpha_sigmoid_steepness"),
            json!("500"),
        ),
        ("yuma3_enabled", "true", Some("yuma_version"), json!(3)),
        (
            "bonds_reset_enabled",
            "true",
            Some("bonds_reset_enabled"),
            json!(true),
        ),
        ("owner_immune_neuron_limit", "3", None, json!(3)),
        ("recycle_or_burn", "recycle", None, json!("recycle")),
        ("burn_half_life", "720", Some("burn_half_life"), json!(720)),
        (
            "burn_increase_mult",
            "2",
            Some("burn_increase_mult"),
            json!("2"),
        ),
        (
            "owner_cut_enabled",
            "false",
            Some("owner_cut_enabled"),
            json!(false),
        ),
        (
            "min_childkey_take",
            "0.05",
            Some("min_childkey_take"),
            json!(3277),
        ),
        (
            "owner_cut_auto_lock_enabled",
            "true",
            Some("owner_cut_auto_lock_enabled"),
            json!(true),
        ),
        // A SubtensorModule owner call at spec 425.
        ("activity_cutoff_factor", "2.5", None, json!(2500)),
    ];
    // The tempo is set in tests/cli/tempo_control.rs: its change restarts the epoch cycle and
    // lengthens every rate limit, which the refusals below would then meet first.
    assert_eq!(
        rows.len(),
        30,
        "every owner parameter but the POW one and the tempo"
    );
    for (param, value, key, shown) in &rows {
        let before = hyperparameters(&sb, &net, &["subnets", "hyperparameters"]);
        let d = set_ok(&sb, &net, param, value);
        let pallet = if *param == "activity_cutoff_factor" {
            "SubtensorModule"
        } else {
            "AdminUtils"
        };
        assert_eq!(d["call"]["pallet"], pallet, "{param}");
        assert_eq!(d["details"]["param"], *param);
        if let Some(k) = key {
            let after = hyperparameters(&sb, &net, &["sudo", "get"]);
            let want = if shown.is_null() {
                d["details"]["value"].clone()
            } else {
                shown.clone()
            };
            assert_eq!(after[*k], want, "{param}: {}", after);
            assert_ne!(before[*k], after[*k], "{param} changed");
        } else {
            assert_eq!(d["details"]["value"], *shown, "{param}");
        }
    }
    assert_eq!(
        hyperparameters(&sb, &net, &["subnets", "hyperparameters"])["min_burn"]["rao"],
        "100000"
    );
    let stored = read(&net, || {
        (
            st::MaxDifficulty::<Runtime>::get(1),
            st::AdjustmentAlpha::<Runtime>::get(1),
            st::MaxAllowedUids::<Runtime>::get(1),
            st::BondsPenalty::<Runtime>::get(1),
            st::ImmuneOwnerUidsLimit::<Runtime>::get(1),
            st::RecycleOrBurn::<Runtime>::get(1),
            st::SubnetOwnerHotkey::<Runtime>::get(1),
            st::AlphaValues::<Runtime>::get(1),
        )
    });
    assert_eq!(stored.0, 1_000_000);
    assert_eq!(stored.1, 100);
    assert_eq!(stored.2, 128);
    assert_eq!(stored.3, 32768);
    assert_eq!(stored.4, 3);
    assert_eq!(stored.5, st::owner_settings::RecycleOrBurnEnum::Recycle);
    assert_eq!(
        tao::ss58::encode_default(stored.6.as_ref()),
        ss58_of("//Bob//hot")
    );
    // 0.5 and 0.8 of 65535, rounded to the nearest.
    assert_eq!(stored.7, (32768, 52428));
    assert_eq!(
        read(&net, || st::ActivityCutoffFactorMilli::<Runtime>::get(1)),
        2500
    );

    // The chain's refusals: POW registration is gone at spec 425 (refused before signing, and
    // by the devnet's call itself), and out-of-range values name their range.
    let n = submissions(&net);
    let r = sudo_set(
        &sb,
        &net,
        "alice",
        "network_pow_registration_allowed",
        "true",
        &[],
    );
    refused(&r, "POWRegistrationDisabled");
    let alice = {
        use sp_core::Pair;
        sp_core::crypto::AccountId32::from(
            sp_core::sr25519::Pair::from_string("//Alice", None)
                .unwrap()
                .public()
                .0,
        )
    };
    let direct = net.devnet.ctx.edit_state(|| {
        au::Pallet::<Runtime>::sudo_set_network_pow_registration_allowed(
            RuntimeOrigin::signed(alice.clone()),
            1,
            true,
        )
    });
    assert_eq!(
        direct.unwrap_err(),
        au::Error::<Runtime>::POWRegistrationDisabled.into()
    );
    // Past the rate limits of the changes above (20 blocks) and out of the freeze window: the
    // calls would land two blocks after an epoch.
    let b = best_block(&net);
    let target = (b + 20) / 10 * 10 + 11;
    net.devnet.ctx.new_blocks((target - b) as u32);
    for (param, value, error, range) in [
        (
            "bonds_moving_avg",
            "0.99",
            "BondsMovingAverageMaxReached",
            "975000",
        ),
        (
            "alpha_sigmoid_steepness",
            "-1",
            "NegativeSigmoidSteepness",
            "0 to 32767",
        ),
        (
            "max_allowed_uids",
            "300",
            "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids",
            "256",
        ),
        (
            "max_allowed_uids",
            "10",
            "MaxAllowedUidsLessThanMinAllowedUids",
            "64",
        ),
        (
            "commit_reveal_period",
            "101",
            "RevealPeriodTooLarge",
            "1 to 100",
        ),
        ("burn_increase_mult", "3.5", "InvalidValue", "1 to 3"),
    ] {
        let r = sudo_set(&sb, &net, "alice", param, value, &[]);
        refused(&r, error);
        let e = &r.json()["errors"][0];
        let text = format!("{} {}", e["message"], e["hint"]);
        assert!(text.contains(range), "{param}: {text}");
    }
    // A root-only parameter, an unknown name and a value of the wrong form.
    let r = sudo_set(&sb, &net, "alice", "kappa", "100", &[]);
    refused(&r, "BadOrigin");
    assert!(r.stdout.contains("root"), "{}", r.stdout);
    let r = sudo_set(&sb, &net, "alice", "imunity_period", "100", &[]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "sudo.unknown_param");
    assert!(
        r.json()["errors"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("immunity_period")
    );
    let r = sudo_set(&sb, &net, "alice", "rho", "lots", &[]);
    assert_eq!(r.json()["errors"][0]["code"], "sudo.invalid_value");
    assert_eq!(submissions(&net), n, "nothing was submitted");
}

#[test]
fn a_non_owner_is_refused_and_the_rate_limit_names_the_next_block() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    let n = submissions(&net);
    let r = sudo_set(&sb, &net, "bob", "rho", "20", &[]);
    refused(&r, "BadOrigin");
    assert!(r.stdout.contains("owned by"), "{}", r.stdout);
    assert_eq!(submissions(&net), n);

    let d = set_ok(&sb, &net, "rho", "20");
    let landed = d["block_number"].as_u64().unwrap();
    // Tempo 10 × OwnerHyperparamRateLimit 2: the next change from block landed + 20.
    let stored = read(&net, || {
        st::LastRateLimitedBlock::<Runtime>::get(
            st::owner_settings::RateLimitKey::OwnerHyperparamUpdate(
                1,
                st::owner_settings::Hyperparameter::Rho,
            ),
        )
    });
    assert_eq!(stored, landed);
    let r = sudo_set(&sb, &net, "alice", "rho", "30", &[]);
    refused(&r, "TxRateLimitExceeded");
    let e = &r.json()["errors"][0];
    let next = landed + 20;
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains(&format!("from block #{next}")),
        "{e}"
    );
    assert!(
        e["hint"]
            .as_str()
            .unwrap()
            .contains(&format!("after block #{}", next - 1)),
        "{e}"
    );
    // Another parameter is not limited by it.
    set_ok(&sb, &net, "immunity_period", "100");
    // Once the limit has passed, the change goes through.
    let now = best_block(&net);
    net.devnet.ctx.new_blocks((next - now) as u32);
    let d = set_ok(&sb, &net, "rho", "30");
    assert_eq!(d["details"]["current"], 20);
    assert_eq!(read(&net, || st::Rho::<Runtime>::get(1)), 30);
}

#[test]
fn the_dry_run_decodes_with_the_real_chains_call_index() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let d = ok(&sudo_set(
        &sb,
        &net,
        "alice",
        "immunity_period",
        "5000",
        &["--dry-run"],
    ));
    assert_eq!(d["call"]["name"], "sudo_set_immunity_period");
    assert_eq!(d["details"]["current"], 4096);
    assert_eq!(d["details"]["value"], 5000);
    let call = check_dry_run(&net, &d, "//Alice");
    if let Some(index) = finney_call_index("AdminUtils", "sudo_set_immunity_period") {
        assert_eq!((call[0], call[1]), index);
    }
    assert_eq!((call[0], call[1]), (19, 13));
    assert_eq!(&call[2..], &[1, 0, 0x88, 0x13]);
    // Two arguments: alpha_low and alpha_high (liquid alpha must be on).
    net.devnet
        .ctx
        .edit_state(|| st::LiquidAlphaOn::<Runtime>::insert(1, true));
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "alice",
            "sudo",
            "set",
            "--netuid",
            "1",
            "--parameter",
            "sudo_set_alpha_values",
            "--value",
            "2000,3000",
            "--dry-run",
        ],
    ));
    let call = check_dry_run(&net, &d, "//Alice");
    assert_eq!(&call[..], &[19, 51, 1, 0, 0xd0, 0x07, 0xb8, 0x0b]);
    assert_eq!(submissions(&net), 0);
}
