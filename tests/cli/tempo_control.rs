//! The owner's epoch controls of spec 425 end to end against the devnet's subnet 1 (owned by
//! Alice, tempo 10, `AdminFreezeWindow` 2): `tao sudo set --param tempo` and
//! `--param activity_cutoff_factor` (`SubtensorModule.set_tempo` 7/139 and
//! `set_activity_cutoff_factor` 7/140) with the chain's bounds and rate limits, and
//! `tao sudo trigger-epoch` (7/141): the epoch fires after the freeze window, owner settings wait
//! for it, and the chain's refusals are named before signing.

use crate::mechanisms::best_block;
use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use serde_json::Value;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

fn sudo(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut a = vec!["--json", "--wallet-name", wallet, "-y", "sudo"];
    a.extend_from_slice(args);
    tao(sb, net, &a)
}

fn set(sb: &Sandbox, net: &Net, wallet: &str, param: &str, value: &str) -> crate::support::Run {
    sudo(
        sb,
        net,
        wallet,
        &["set", "--netuid", "1", "--param", param, "--value", value],
    )
}

/// Sets a parameter as Alice, waiting out the freeze window before subnet 1's epochs.
fn set_ok(sb: &Sandbox, net: &Net, param: &str, value: &str) -> Value {
    for _ in 0..3 {
        let r = set(sb, net, "alice", param, value);
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

fn message(r: &crate::support::Run) -> String {
    let e = &r.json()["errors"][0];
    format!("{} {}", e["message"], e["hint"])
}

#[test]
fn the_owner_sets_the_tempo_and_the_activity_cutoff_factor_within_the_chains_bounds() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");

    // The factor in tempos with a point, sent to SubtensorModule at spec 425.
    let d = set_ok(&sb, &net, "activity_cutoff_factor", "2.5");
    assert_eq!(d["call"]["pallet"], "SubtensorModule");
    assert_eq!(d["call"]["name"], "set_activity_cutoff_factor");
    assert_eq!(d["details"]["current"], 13_889);
    assert_eq!(d["details"]["value"], 2500);
    let stored = net
        .devnet
        .ctx
        .read_state(|| st::ActivityCutoffFactorMilli::<Runtime>::get(1));
    assert_eq!(stored, 2500);

    // Out of the chain's bounds: refused before signing, naming the range.
    let n = submissions(&net);
    let r = set(&sb, &net, "alice", "activity_cutoff_factor", "999");
    refused(&r, "ActivityCutoffFactorMilliOutOfBounds");
    assert!(message(&r).contains("1000 to 50000"), "{}", message(&r));
    let r = set(&sb, &net, "alice", "tempo", "100");
    refused(&r, "TempoOutOfBounds");
    assert!(message(&r).contains("360 to 50400"), "{}", message(&r));
    let r = set(&sb, &net, "bob", "tempo", "400");
    refused(&r, "BadOrigin");
    assert_eq!(submissions(&net), n, "nothing was submitted");

    // The dry run's bytes: SubtensorModule (7), set_tempo (139), netuid 1, tempo 720.
    let d = ok(&sudo(
        &sb,
        &net,
        "alice",
        &[
            "set",
            "--netuid",
            "1",
            "--param",
            "tempo",
            "--value",
            "720",
            "--dry-run",
        ],
    ));
    let call = check_dry_run(&net, &d, "//Alice");
    assert_eq!(&call[..], &[7, 139, 1, 0, 0xd0, 0x02]);

    // The tempo restarts the subnet's epoch cycle at the block it lands in.
    let d = set_ok(&sb, &net, "tempo", "360");
    let landed = d["block_number"].as_u64().unwrap();
    assert_eq!(d["details"]["current"], 10);
    let (tempo, last) = net.devnet.ctx.read_state(|| {
        (
            st::Tempo::<Runtime>::get(1),
            st::LastEpochBlock::<Runtime>::get(1),
        )
    });
    assert_eq!((tempo, last), (360, landed));
    let shown = ok(&tao(
        &sb,
        &net,
        &["--json", "subnets", "hyperparameters", "--netuid", "1"],
    ));
    assert_eq!(shown["hyperparameters"]["tempo"], 360);

    // One tempo change per 360 blocks: the refusal names the block the next one may land in.
    let r = set(&sb, &net, "alice", "tempo", "400");
    refused(&r, "TxRateLimitExceeded");
    let next = landed + 360;
    assert!(
        message(&r).contains(&format!("from block #{next}")),
        "{}",
        message(&r)
    );
}

#[test]
fn a_triggered_epoch_fires_after_the_freeze_window_and_holds_owner_settings_until_then() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    // A long tempo whose cycle starts now, so the automatic epoch stays far away.
    net.devnet.ctx.edit_state(|| {
        st::Tempo::<Runtime>::insert(1, 1000);
        st::LastEpochBlock::<Runtime>::insert(1, st::Pallet::<Runtime>::block_number());
        st::CommitRevealWeightsEnabled::<Runtime>::insert(1, true);
    });
    let trigger = |wallet: &str| sudo(&sb, &net, wallet, &["trigger-epoch", "--netuid", "1"]);

    let n = submissions(&net);
    refused(&trigger("alice"), "DynamicTempoBlockedByCommitReveal");
    refused(&trigger("bob"), "BadOrigin");
    assert_eq!(submissions(&net), n);
    net.devnet
        .ctx
        .edit_state(|| st::CommitRevealWeightsEnabled::<Runtime>::insert(1, false));

    let epochs = || {
        net.devnet
            .ctx
            .read_state(|| st::SubnetEpochIndex::<Runtime>::get(1))
    };
    let before = epochs();
    let d = ok(&trigger("alice"));
    let landed = d["block_number"].as_u64().unwrap();
    let fires_at = landed + 2;
    assert_eq!(d["details"]["fires_at_block"], fires_at);
    assert_eq!(
        net.devnet
            .ctx
            .read_state(|| st::PendingEpochAt::<Runtime>::get(1)),
        fires_at
    );

    // While it is pending: a second trigger and owner settings are refused before signing.
    let n = submissions(&net);
    let r = trigger("alice");
    refused(&r, "EpochTriggerAlreadyPending");
    assert!(
        message(&r).contains(&format!("#{fires_at}")),
        "{}",
        message(&r)
    );
    refused(
        &set(&sb, &net, "alice", "rho", "20"),
        "AdminActionProhibitedDuringWeightsWindow",
    );
    assert_eq!(submissions(&net), n);

    // The epoch runs at its block and the schedule restarts there.
    let now = best_block(&net);
    net.devnet
        .ctx
        .new_blocks((fires_at + 1).saturating_sub(now) as u32);
    let (pending, last) = net.devnet.ctx.read_state(|| {
        (
            st::PendingEpochAt::<Runtime>::get(1),
            st::LastEpochBlock::<Runtime>::get(1),
        )
    });
    assert_eq!(epochs(), before + 1);
    assert_eq!((pending, last), (0, fires_at));

    // The owner's rate limit (Tempo 1000 × OwnerHyperparamRateLimit 2) names the next block.
    let r = trigger("alice");
    refused(&r, "TxRateLimitExceeded");
    assert!(
        message(&r).contains(&format!("from block #{}", landed + 2000)),
        "{}",
        message(&r)
    );
    // An automatic epoch nearer than the freeze window comes first (tempo 1: in the next block).
    net.devnet.ctx.edit_state(|| {
        st::Tempo::<Runtime>::insert(1, 1);
        st::LastEpochBlock::<Runtime>::insert(1, st::Pallet::<Runtime>::block_number());
    });
    refused(&trigger("alice"), "AutoEpochAlreadyImminent");
}
