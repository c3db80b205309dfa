//! `tao subnets mechanisms` and `tao subnets metagraph --mechid` end to end against the
//! devnet's subnet 3 (two mechanisms split 60/40, owned by Alice, `AdminFreezeWindow` 2, epoch at
//! block 10) and subnet 1 (one mechanism): the reads, the owner's settings and their refusals
//! before signing, the settings' bytes against the real chain's call indices, and the human
//! output.

use crate::mechanisms::{MECH_1, best_block, set};
use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use serde_json::Value;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

fn mech(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut a = vec![
        "--json",
        "--wallet-name",
        wallet,
        "-y",
        "subnets",
        "mechanisms",
    ];
    a.extend_from_slice(args);
    tao(sb, net, &a)
}

fn show(sb: &Sandbox, net: &Net, netuid: &str) -> Value {
    ok(&tao(
        sb,
        net,
        &[
            "--json",
            "subnets",
            "mechanisms",
            "show",
            "--netuid",
            netuid,
        ],
    ))
}

#[test]
fn show_reports_the_count_the_split_and_the_weight_rows() {
    let net = start();
    let sb = Sandbox::new();
    let three = show(&sb, &net, "3");
    assert_eq!(three["count"], 2);
    assert_eq!(three["max_count"], 2);
    assert_eq!(three["emission_split"], serde_json::json!([39321, 26214]));
    let m = three["mechanisms"].as_array().unwrap();
    assert_eq!(m.len(), 2);
    assert_eq!(m[0]["fraction"], "0.600000");
    assert_eq!(m[1]["fraction"], "0.400000");
    // Uids 0 and 1 have rows on both mechanisms in the genesis.
    assert_eq!(
        (m[0]["weight_rows"].as_u64(), m[1]["weight_rows"].as_u64()),
        (Some(2), Some(2))
    );
    // The next epoch's α split as the chain splits it.
    let total: u64 = three["next_epoch"]["alpha"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let share1 = (u128::from(total) * 26214 / 65535) as u64;
    assert_eq!(m[1]["next_epoch_alpha"]["rao"], share1.to_string());
    assert_eq!(
        m[0]["next_epoch_alpha"]["rao"],
        (total - share1).to_string()
    );

    let one = show(&sb, &net, "1");
    assert_eq!(one["count"], 1);
    assert_eq!(one["split_is_even"], true);
    assert_eq!(one["mechanisms"][0]["fraction"], "1.000000");

    let human = tao(
        &sb,
        &net,
        &["subnets", "mechanisms", "count", "--netuid", "3"],
    );
    assert_eq!(human.code, 0, "{}", human.stderr);
    assert!(human.stdout.contains("2 mechanisms"), "{}", human.stdout);
    assert!(
        human.stdout.contains("split 39321/26214"),
        "{}",
        human.stdout
    );

    let none = tao(
        &sb,
        &net,
        &["--json", "subnets", "mechanisms", "show", "--netuid", "9"],
    );
    assert_eq!(none.code, 1, "{}", none.stdout);
    assert_eq!(none.json()["errors"][0]["code"], "chain.subnet_not_found");
}

#[test]
fn the_owner_sets_the_count_and_the_split() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    // 50/50 as the chain's shares: 65535 does not halve, the spare unit goes to mechanism 0.
    let d = ok(&mech(
        &sb,
        &net,
        "alice",
        &["set-emission-split", "--netuid", "3", "--split", "50,50"],
    ));
    assert_eq!(d["call"]["pallet"], "AdminUtils");
    assert_eq!(d["details"]["split"], serde_json::json!([32768, 32767]));
    assert_eq!(
        show(&sb, &net, "3")["emission_split"],
        serde_json::json!([32768, 32767])
    );
    // The owner's last change of the split, as the chain keeps it for its rate limit
    // (`TransactionKeyLastBlock[(coldkey, netuid, 8)]`), read back by the next setting's plan.
    let changed = d["block_number"].as_u64().unwrap();
    let stored = net.devnet.ctx.read_state(|| {
        st::TransactionKeyLastBlock::<Runtime>::get((
            tao_devnet::dev_account("//Alice"),
            3u16,
            8u16,
        ))
    });
    assert_eq!(stored, changed);
    let dry = ok(&mech(
        &sb,
        &net,
        "alice",
        &[
            "set-emission-split",
            "--netuid",
            "3",
            "--split",
            "1,1",
            "--dry-run",
        ],
    ));
    let rl = &dry["details"]["rate_limit"];
    assert_eq!(rl["last_change_block"], changed);
    // The devnet's runtime has no block-time constant, so its limit is not known to tao.
    assert_eq!(rl["limit_blocks"], Value::Null);
    let count = ok(&mech(
        &sb,
        &net,
        "alice",
        &["set-count", "--netuid", "3", "--count", "2", "--dry-run"],
    ));
    assert_eq!(
        count["details"]["rate_limit"]["last_change_block"],
        Value::Null,
        "the count has its own key"
    );
    ok(&mech(
        &sb,
        &net,
        "alice",
        &["emissions-split", "--netuid", "3", "--split", "even"],
    ));
    assert_eq!(show(&sb, &net, "3")["split_is_even"], true);
    // Down to one mechanism and back.
    ok(&mech(
        &sb,
        &net,
        "alice",
        &["set-count", "--netuid", "3", "--count", "1"],
    ));
    assert_eq!(show(&sb, &net, "3")["count"], 1);
    ok(&mech(
        &sb,
        &net,
        "alice",
        &["set", "--netuid", "3", "--mech-count", "2"],
    ));
    let after = show(&sb, &net, "3");
    assert_eq!(after["count"], 2);
    // The removed mechanism's rows went with it.
    assert_eq!(after["mechanisms"][1]["weight_rows"], 0);
}

#[test]
fn bad_settings_are_refused_before_signing() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    let before = submissions(&net);
    refused(
        &mech(
            &sb,
            &net,
            "bob",
            &["set-count", "--netuid", "3", "--count", "1"],
        ),
        "BadOrigin",
    );
    let r = mech(
        &sb,
        &net,
        "alice",
        &["set-count", "--netuid", "3", "--count", "3"],
    );
    refused(&r, "InvalidValue");
    assert!(
        r.json()["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("MaxMechanismCount 2"),
        "{}",
        r.stdout
    );
    net.devnet
        .ctx
        .edit_state(|| st::MaxAllowedUids::<Runtime>::insert(3, 200));
    refused(
        &mech(
            &sb,
            &net,
            "alice",
            &["set-count", "--netuid", "3", "--count", "2"],
        ),
        "TooManyUIDsPerMechanism",
    );
    refused(
        &mech(
            &sb,
            &net,
            "alice",
            &["set-emission-split", "--netuid", "3", "--split", "1,1,1"],
        ),
        "InvalidValue",
    );
    refused(
        &mech(
            &sb,
            &net,
            "alice",
            &["set-count", "--netuid", "9", "--count", "1"],
        ),
        "MechanismDoesNotExist",
    );
    let r = mech(
        &sb,
        &net,
        "alice",
        &["set-emission-split", "--netuid", "3", "--split", "0,0"],
    );
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "mechanisms.invalid_split");
    // The freeze window: the call would land in the block before the epoch at block 10.
    let now = best_block(&net);
    net.devnet.ctx.new_blocks((8 - now) as u32);
    let r = mech(
        &sb,
        &net,
        "alice",
        &["set-emission-split", "--netuid", "3", "--split", "1,1"],
    );
    refused(&r, "AdminActionProhibitedDuringWeightsWindow");
    let hint = r.json()["errors"][0]["hint"].as_str().unwrap().to_string();
    assert_eq!(hint, "retry in 2 blocks, after block #10", "{}", r.stdout);
    assert_eq!(submissions(&net), before, "nothing was submitted");

    // A mechanism the subnet does not have, on the metagraph.
    let r = tao(
        &sb,
        &net,
        &[
            "--json",
            "subnets",
            "metagraph",
            "--netuid",
            "3",
            "--mechid",
            "2",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    let e = &r.json()["errors"][0];
    assert_eq!(e["code"], "mechanisms.not_found");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("MechanismDoesNotExist"),
        "{e}"
    );
}

#[test]
fn setting_calls_decode_with_the_real_chains_call_indices() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let d = ok(&mech(
        &sb,
        &net,
        "alice",
        &["set-count", "--netuid", "3", "--count", "1", "--dry-run"],
    ));
    let call = check_dry_run(&net, &d, "//Alice");
    if let Some(index) = finney_call_index("AdminUtils", "sudo_set_mechanism_count") {
        assert_eq!((call[0], call[1]), index);
        assert_eq!(index, (19, 76));
    }
    assert_eq!(&call[2..], &[3, 0, 1], "netuid u16, count u8");
    let d = ok(&mech(
        &sb,
        &net,
        "alice",
        &[
            "set-emission-split",
            "--netuid",
            "3",
            "--split",
            "3,1",
            "--dry-run",
        ],
    ));
    let call = check_dry_run(&net, &d, "//Alice");
    if let Some(index) = finney_call_index("AdminUtils", "sudo_set_mechanism_emission_split") {
        assert_eq!((call[0], call[1]), index);
        assert_eq!(index, (19, 77));
    }
    // netuid, Some, 2 shares: 3/4 and 1/4 of 65535 = 49151.25 and 16383.75 → 49151 + 16384.
    let mut expected = vec![3, 0, 1, 2 << 2];
    expected.extend_from_slice(&49151u16.to_le_bytes());
    expected.extend_from_slice(&16384u16.to_le_bytes());
    assert_eq!(&call[2..], &expected[..]);
    let d = ok(&mech(
        &sb,
        &net,
        "alice",
        &[
            "set-emission-split",
            "--netuid",
            "3",
            "--split",
            "even",
            "--dry-run",
        ],
    ));
    let call = check_dry_run(&net, &d, "//Alice");
    assert_eq!(&call[2..], &[3, 0, 0], "netuid, None");
    assert_eq!(submissions(&net), 0);
}

#[test]
fn the_metagraph_of_a_mechanism_has_its_own_incentives() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    ok(&set(
        &sb,
        &net,
        "alice",
        ("3", "1"),
        "3",
        "1",
        &["--no-preview"],
    ));
    ok(&set(
        &sb,
        &net,
        "alice",
        ("3", "0"),
        "0,1",
        "1,1",
        &["--no-preview"],
    ));
    net.devnet.ctx.new_blocks(10);
    let main = ok(&tao(
        &sb,
        &net,
        &["--json", "subnets", "metagraph", "--netuid", "3"],
    ));
    let one = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "subnets",
            "metagraph",
            "--netuid",
            "3",
            "--mecid",
            "1",
        ],
    ));
    assert_eq!(main["mechanism_count"], 2);
    assert_eq!(one["mecid"], 1);
    assert_eq!(one["netuid"], 3);
    let incentive =
        |v: &Value, uid: usize| v["neurons"][uid]["incentive"].as_str().unwrap().to_string();
    let stored = net
        .devnet
        .ctx
        .read_state(|| st::Incentive::<Runtime>::get(MECH_1));
    assert!(stored[3] > 0, "{stored:?}");
    assert_eq!(
        incentive(&one, 3),
        tao::chain::fixed::u16_fraction(stored[3], 6)
    );
    assert_eq!(incentive(&main, 3), "0.000000");
    let human = tao(&sb, &net, &["subnets", "metagraph", "--netuid", "3"]);
    assert!(
        human.stdout.contains("has 2 mechanisms"),
        "{}",
        human.stdout
    );
    let j = tao(
        &sb,
        &net,
        &["--json", "subnets", "metagraph", "--netuid", "3"],
    );
    assert!(
        j.json()["warnings"][0]
            .as_str()
            .unwrap()
            .contains("2 mechanisms")
    );
}

#[test]
fn finney_is_a_production_runtime_for_the_settings_rate_limit() {
    use tao::chain::extrinsics::mechanisms::{block_time_ms, setting_rate_limit};
    if let Some(md) = finney_metadata() {
        assert_eq!(block_time_ms(&md), Some(12_000));
        assert_eq!(setting_rate_limit(block_time_ms(&md)), Some(7200));
    }
    // The devnet's runtime declares no block time.
    let net = start();
    assert_eq!(block_time_ms(&chain(&net).metadata), None);
}

/// Human output with the pinned block's number left out of the footer.
fn human(sb: &Sandbox, net: &Net, args: &[&str]) -> String {
    let r = tao(sb, net, args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
        .lines()
        .map(|l| match l.find(" · block #") {
            Some(at) => format!("{}{}", &l[..at], " · block #[n] · runtime spec 425"),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn human_output_of_the_mechanism_reads() {
    let net = start();
    let sb = Sandbox::new();
    net.devnet.ctx.new_blocks(4);
    let three = human(
        &sb,
        &net,
        &["subnets", "mechanisms", "show", "--netuid", "3"],
    );
    insta::assert_snapshot!("mechanisms_show_subnet_3", three);
    let one = human(
        &sb,
        &net,
        &["subnets", "mechanisms", "count", "--netuid", "1"],
    );
    insta::assert_snapshot!("mechanisms_show_subnet_1", one);
    // The α per tempo is the subnet's emission per block × tempo, split 60/40.
    let d = show(&sb, &net, "3");
    let per_block: u64 = d["alpha_per_block"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(per_block > 0);
    let per_tempo = per_block * d["tempo"].as_u64().unwrap();
    assert_eq!(d["alpha_per_tempo"]["rao"], per_tempo.to_string());
    let share1 = (u128::from(per_tempo) * 26214 / 65535) as u64;
    assert_eq!(
        d["mechanisms"][1]["alpha_per_tempo"]["rao"],
        share1.to_string()
    );
    assert_eq!(
        d["mechanisms"][0]["alpha_per_tempo"]["rao"],
        (per_tempo - share1).to_string()
    );
    // The metagraph: the note under the table without --mechid, the mechanism in the title with.
    let main = human(&sb, &net, &["subnets", "metagraph", "--netuid", "3"]);
    let note = main.lines().last().unwrap().to_string();
    insta::assert_snapshot!("metagraph_note_of_several_mechanisms", note);
    let one = human(
        &sb,
        &net,
        &["subnets", "metagraph", "--netuid", "3", "--mechid", "1"],
    );
    let title = one.lines().next().unwrap().to_string();
    insta::assert_snapshot!("metagraph_title_of_a_mechanism", title);
    assert!(!one.contains("note:"), "{one}");
}
