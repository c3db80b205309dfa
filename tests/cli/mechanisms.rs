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
pub(crate) const MECH_1: u16 = 3 + 4096;

/// `tao --json --wallet-name W -y weights set --netuid N --mechid M --uids … --weights …`.
pub(crate) fn set(
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

pub(crate) fn best_block(net: &Net) -> u64 {
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
