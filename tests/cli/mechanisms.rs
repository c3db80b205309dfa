//! Weights on a subnet's mechanisms end to end against the devnet's subnet 3 (two mechanisms,
//! split 60/40 = shares 39321 and 26214; uids 0..3 = Alice, Bob, Charlie, Dave; commit-reveal
//! off): the mechanism calls' bytes decoded with the real chain's call indices, the refusal of
//! a mechanism the subnet does not have, the preview of each mechanism against what the
//! devnet's epoch pays (the devnet splits and aggregates with its own code), and the timelocked
//! path on a mechanism.

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use serde_json::Value;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::{Runtime, RuntimeEvent};

/// Storage index of subnet 3's mechanism 1.
const MECH_1: u16 = 3 + 4096;

/// `tao --json --wallet-name W -y weights set --netuid N --mechid M --uids … --weights …`.
fn set(
    sb: &Sandbox,
    net: &Net,
    wallet: &str,
    (netuid, mechid): (&str, &str),
    uids: &str,
    w: &str,
    extra: &[&str],
) -> crate::support::Run {
    let mut args = vec![
        "--json",
        "--wallet-name",
        wallet,
        "-y",
        "weights",
        "set",
        "--netuid",
        netuid,
        "--mechid",
        mechid,
        "--uids",
        uids,
        "--weights",
        w,
    ];
    args.extend_from_slice(extra);
    tao(sb, net, &args)
}

fn best_block(net: &Net) -> u64 {
    let v = rpc(net, "chain_getHeader", vec![]).unwrap();
    u64::from_str_radix(v["number"].as_str().unwrap().trim_start_matches("0x"), 16).unwrap()
}

fn u64s(v: &Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap())
        .collect()
}

#[test]
fn mechanism_weights_decode_with_the_real_chains_call_index() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let d = ok(&set(
        &sb,
        &net,
        "alice",
        ("3", "1"),
        "2,3",
        "1,3",
        &["--dry-run", "--no-preview"],
    ));
    assert_eq!(d["call"]["name"], "set_mechanism_weights");
    assert_eq!(d["details"]["mecid"], 1);
    assert_eq!(d["details"]["path"], "set_mechanism_weights");
    let call = check_dry_run(&net, &d, "//Alice//hot");
    if let Some(index) = finney_call_index("SubtensorModule", "set_mechanism_weights") {
        assert_eq!((call[0], call[1]), index);
        assert_eq!(index, (7, 119));
    }
    // netuid u16, mecid u8, dests Vec<u16>, weights Vec<u16>, version_key u64.
    assert_eq!(&call[2..5], &[3, 0, 1]);
    let (n, off) = compact(&call[5..]);
    assert_eq!(n, 2);
    let mut at = 5 + off;
    let u16_at = |c: &[u8], i: usize| u16::from_le_bytes([c[i], c[i + 1]]);
    assert_eq!((u16_at(&call, at), u16_at(&call, at + 2)), (2, 3));
    at += 4;
    let (n, off) = compact(&call[at..]);
    assert_eq!(n, 2);
    at += off;
    // 1 and 3 scaled so the largest is 65535: round(1/3 × 65535) = 21845.
    assert_eq!((u16_at(&call, at), u16_at(&call, at + 2)), (21845, 65535));
    at += 4;
    assert_eq!(&call[at..], &0u64.to_le_bytes());
    assert_eq!(submissions(&net), 0);

    // Mechanism 0 keeps the plain call.
    let d = ok(&set(
        &sb,
        &net,
        "alice",
        ("3", "0"),
        "2,3",
        "1,3",
        &["--dry-run", "--no-preview"],
    ));
    assert_eq!(d["call"]["name"], "set_weights");
}

#[test]
fn a_mechanism_the_subnet_does_not_have_is_refused_before_signing() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let r = set(&sb, &net, "alice", ("3", "2"), "2", "1", &[]);
    refused(&r, "MechanismDoesNotExist");
    let msg = r.json()["errors"][0]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("2 mechanisms"), "{msg}");
    let r = set(&sb, &net, "alice", ("1", "1"), "2", "1", &[]);
    refused(&r, "MechanismDoesNotExist");
    let msg = r.json()["errors"][0]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("1 mechanism"), "{msg}");
    assert_eq!(submissions(&net), 0);
}

/// The devnet's `IncentiveAlphaEmittedToMiners` events of the best block, by storage index.
fn miner_emissions(net: &Net) -> Vec<(u16, Vec<u64>)> {
    net.devnet.ctx.read_state(|| {
        tao_devnet::runtime::System::read_events_no_consensus()
            .filter_map(|r| match r.event {
                RuntimeEvent::SubtensorModule(st::Event::IncentiveAlphaEmittedToMiners {
                    netuid,
                    emissions,
                }) => Some((netuid, emissions)),
                _ => None,
            })
            .collect()
    })
}

#[test]
fn the_preview_of_each_mechanism_is_what_the_epoch_pays() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    net.devnet.ctx.new_blocks(3);
    // Mechanism 0: Alice weights Charlie and Dave; mechanism 1: Dave alone. The second preview
    // sees the first row stored, so it previews the whole epoch.
    let first = ok(&set(
        &sb,
        &net,
        "alice",
        ("3", "0"),
        "0,1,2,3",
        "0,0,1,0.25",
        &[],
    ));
    assert_eq!(first["call"]["name"], "set_weights");
    let d = ok(&set(&sb, &net, "alice", ("3", "1"), "3", "1", &[]));
    assert_eq!(d["call"]["name"], "set_mechanism_weights");
    let p = &d["preview"];
    let m = &p["mechanisms"];
    assert_eq!(m["count"], 2);
    assert_eq!(m["mecid"], 1);
    assert_eq!(m["emission_split"], serde_json::json!([39321, 26214]));
    let emission = m["emission"].as_u64().unwrap();
    let shares = u64s(&m["shares"]);
    let share1 = (u128::from(emission) * 26214 / 65535) as u64;
    assert_eq!(shares, vec![emission - share1, share1]);

    let epoch = p["epoch_block"].as_u64().unwrap();
    let included = d["block_number"].as_u64().unwrap();
    assert!(included < epoch, "included {included}, epoch {epoch}");
    net.devnet.ctx.new_blocks((epoch - included) as u32);
    assert_eq!(best_block(&net), epoch);

    // Each mechanism: its miners' emission (event) and incentive (storage) as previewed.
    let events = miner_emissions(&net);
    let per = m["per_mechanism"].as_array().unwrap();
    for (mecid, index) in [(0usize, 3u16), (1, MECH_1)] {
        let paid = events
            .iter()
            .find(|(i, _)| *i == index)
            .unwrap_or_else(|| panic!("no event for index {index}: {events:?}"));
        assert_eq!(
            paid.1,
            u64s(&per[mecid]["server_emission_after"]),
            "mechanism {mecid}"
        );
        let incentive = net
            .devnet
            .ctx
            .read_state(|| st::Incentive::<Runtime>::get(index));
        let expected: Vec<u16> = per[mecid]["incentive_after_u16"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap() as u16)
            .collect();
        assert_eq!(incentive, expected, "mechanism {mecid}");
    }
    // Mechanism 1 pays its miners' share to Dave alone.
    assert!(per[1]["server_emission_after"][3].as_u64().unwrap() > 0);
    assert_eq!(per[1]["server_emission_after"][2], 0);

    // The subnet: the aggregate the devnet stored, as previewed.
    let (emissions, dividends) = net.devnet.ctx.read_state(|| {
        (
            st::Emission::<Runtime>::get(3),
            st::Dividends::<Runtime>::get(3),
        )
    });
    let rows = m["rows"].as_array().unwrap();
    assert_eq!(rows.len(), emissions.len());
    for (uid, r) in rows.iter().enumerate() {
        assert_eq!(
            r["after"]["emission"].as_u64().unwrap(),
            emissions[uid],
            "uid {uid}"
        );
        assert_eq!(
            r["after"]["dividends"].as_u64().unwrap(),
            u64::from(dividends[uid]),
            "uid {uid}"
        );
    }
    assert_eq!(
        m["dividends_after_u16"].as_u64().unwrap(),
        u64::from(dividends[0])
    );
}

#[test]
fn a_timelocked_row_on_a_mechanism_is_revealed_into_that_mechanism() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    net.devnet
        .ctx
        .edit_state(|| st::CommitRevealWeightsEnabled::<Runtime>::insert(3, true));
    net.devnet.ctx.new_blocks(2);
    let before = net
        .devnet
        .ctx
        .read_state(|| st::Weights::<Runtime>::get(MECH_1, 0));
    let d = ok(&set(&sb, &net, "alice", ("3", "1"), "3", "1", &[]));
    assert_eq!(d["call"]["name"], "commit_timelocked_mechanism_weights");
    assert_eq!(d["details"]["path"], "commit_timelocked_mechanism_weights");
    if let Some(index) = finney_call_index("SubtensorModule", "commit_timelocked_mechanism_weights")
    {
        assert_eq!(index, (7, 118));
    }
    // Queued under the mechanism's index, not the subnet's.
    let (queued, plain) = net.devnet.ctx.read_state(|| {
        (
            st::TimelockedWeightCommits::<Runtime>::iter_prefix(MECH_1).count(),
            st::TimelockedWeightCommits::<Runtime>::iter_prefix(3u16).count(),
        )
    });
    assert_eq!((queued, plain), (1, 0));
    let target = d["details"]["reveal"]["target_block"].as_u64().unwrap();
    net.devnet
        .ctx
        .new_blocks((target + 1 - best_block(&net)) as u32);
    let (after, main) = net.devnet.ctx.read_state(|| {
        (
            st::Weights::<Runtime>::get(MECH_1, 0),
            st::Weights::<Runtime>::get(3, 0),
        )
    });
    assert_ne!(after, before);
    assert_eq!(after, vec![(3, 65535)]);
    assert_eq!(main.len(), 4, "mechanism 0's row is untouched");

    // With the row revealed, the next epoch pays what a preview now shows as the state before
    // (Bob's dry run on mechanism 1).
    dev_wallet(&sb, "bob", "//Bob");
    let dry = ok(&set(&sb, &net, "bob", ("3", "1"), "2", "1", &["--dry-run"]));
    let p = &dry["preview"];
    let epoch = p["epoch_block"].as_u64().unwrap();
    net.devnet.ctx.new_blocks((epoch - best_block(&net)) as u32);
    let emissions = net
        .devnet
        .ctx
        .read_state(|| st::Emission::<Runtime>::get(3));
    for (uid, r) in p["mechanisms"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        assert_eq!(
            r["before"]["emission"].as_u64().unwrap(),
            emissions[uid],
            "uid {uid}"
        );
    }
    // Each mechanism's miners and incentive, as the preview's state before Bob's row.
    let events = miner_emissions(&net);
    let per = p["mechanisms"]["per_mechanism"].as_array().unwrap();
    for (mecid, index) in [(0usize, 3u16), (1, MECH_1)] {
        let paid = &events.iter().find(|(i, _)| *i == index).unwrap().1;
        assert_eq!(
            *paid,
            u64s(&per[mecid]["server_emission_before"]),
            "mechanism {mecid}"
        );
        let incentive = net
            .devnet
            .ctx
            .read_state(|| st::Incentive::<Runtime>::get(index));
        let expected: Vec<u16> = per[mecid]["incentive_before_u16"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap() as u16)
            .collect();
        assert_eq!(incentive, expected, "mechanism {mecid}");
    }
    // With Alice's revealed row, mechanism 1 pays its miners' share to Dave alone.
    let paid = &events.iter().find(|(i, _)| *i == MECH_1).unwrap().1;
    assert!(paid[3] > 0 && paid[2] == 0, "{paid:?}");
}

// ---- tao subnets mechanisms and metagraph --mechid -----------------------------------------

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
