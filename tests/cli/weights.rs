//! `tao weights set` end to end against an in-process devnet on 127.0.0.1 (subnet 1: commit-reveal
//! off, uids 0..3 = Alice, Bob, Charlie, Dave, permits on 0 and 1, rate limit 2 blocks; subnet 2
//! the same with commit-reveal on, tempo 10 and a reveal period of one epoch).

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use serde_json::{Value, json};
use tao::chain::client::{StorageQuery, arg_u16};
use tao::chain::value::{items, u16_of};

/// The stored `Weights[netuid][uid]` row.
fn weights_of(net: &Net, netuid: u16, uid: u16) -> Vec<(u16, u16)> {
    let c = chain(net);
    let v = net
        ._rt
        .block_on(c.storage(&[StorageQuery::new(
            "SubtensorModule",
            "Weights",
            vec![arg_u16(netuid), arg_u16(uid)],
        )]))
        .unwrap();
    let Some(row) = &v[0] else {
        return Vec::new();
    };
    items(row)
        .unwrap()
        .into_iter()
        .map(|p| {
            let t = items(p).unwrap();
            (u16_of(t[0]).unwrap(), u16_of(t[1]).unwrap())
        })
        .collect()
}

fn set(
    sb: &Sandbox,
    net: &Net,
    wallet: &str,
    netuid: &str,
    uids: &str,
    w: &str,
) -> crate::support::Run {
    set_with(sb, net, wallet, netuid, uids, w, &[])
}

fn set_with(
    sb: &Sandbox,
    net: &Net,
    wallet: &str,
    netuid: &str,
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
        "--uids",
        uids,
        "--weights",
        w,
    ];
    args.extend_from_slice(extra);
    tao(sb, net, &args)
}

#[test]
fn set_weights_stores_the_max_upscaled_row_then_the_rate_limit_refuses() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let d = ok(&set(&sb, &net, "alice", "1", "2,0,1", "0.2,0.5,0.3"));
    assert_eq!(d["call"]["pallet"], "SubtensorModule");
    assert_eq!(d["call"]["name"], "set_weights");
    assert_eq!(d["signer"], ss58_of("//Alice//hot"));
    assert_eq!(d["details"]["uid"], 0);
    assert_eq!(d["details"]["version_key"], 0);
    let ev = event(&d, "SubtensorModule", "WeightsSet");
    assert!(!ev.is_null());
    let expected = vec![(2, 26214), (0, 65535), (1, 39321)];
    assert_eq!(weights_of(&net, 1, 0), expected);
    assert_eq!(
        d["details"]["stored"],
        json!([[2, 26214], [0, 65535], [1, 39321]])
    );
    // The next block is 1 after the last update; the devnet's limit is 2 blocks.
    let before = submissions(&net);
    refused(
        &set(&sb, &net, "alice", "1", "0,1", "1,1"),
        "SettingWeightsTooFast",
    );
    assert_eq!(submissions(&net), before);
    assert_eq!(weights_of(&net, 1, 0), expected);
    net.devnet.ctx.new_blocks(1);
    ok(&set(&sb, &net, "alice", "1", "0,1", "1,1"));
    assert_eq!(weights_of(&net, 1, 0), vec![(0, 65535), (1, 65535)]);
}

#[test]
fn guards_refuse_before_anything_is_submitted() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    dev_wallet(&sb, "charlie", "//Charlie");
    dev_wallet(&sb, "eve", "//Eve");
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        ("eve", "1", "0,1", "1,1", "HotKeyNotRegisteredInSubNet"),
        ("charlie", "1", "0,1", "1,1", "NeuronNoValidatorPermit"),
        ("bob", "1", "0,0", "1,1", "DuplicateUids"),
        ("bob", "1", "0,10", "1,1", "UidVecContainInvalidOne"),
        (
            "bob",
            "1",
            "0,1,2,3,4",
            "1,1,1,1,1",
            "UidsLengthExceedUidsInSubNet",
        ),
        ("bob", "0", "0,1", "1,1", "CanNotSetRootNetworkWeights"),
        ("bob", "9", "0,1", "1,1", "MechanismDoesNotExist"),
    ];
    for (w, netuid, uids, weights, name) in cases {
        refused(&set(&sb, &net, w, netuid, uids, weights), name);
    }
    assert_eq!(submissions(&net), 0);
    // A neuron without a permit may weight itself.
    let d = ok(&set(&sb, &net, "charlie", "1", "2", "1"));
    assert_eq!(d["details"]["uid"], 2);
    assert_eq!(weights_of(&net, 1, 2), vec![(2, 65535)]);
}

#[test]
fn the_stake_threshold_counts_inherited_stake() {
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    // //Bob//hot holds 500 α of its own; the threshold is 700 α.
    net.devnet
        .ctx
        .edit_state(|| st::StakeThreshold::<Runtime>::put(700 * tao_devnet::TAO));
    refused(
        &set_with(&sb, &net, "bob", "1", "0,1", "1,1", &["--dry-run"]),
        "NotEnoughStakeToSetWeights",
    );
    // A quarter of //Alice//hot's 1000 α makes it about 750 α: the chain accepts, and so does
    // tao's pre-check.
    let (alice_hot, bob_hot) = (
        tao_devnet::dev_account("//Alice//hot"),
        tao_devnet::dev_account("//Bob//hot"),
    );
    net.devnet.ctx.edit_state(|| {
        st::ChildKeys::<Runtime>::insert(&alice_hot, 1, vec![(u64::MAX / 4, bob_hot.clone())]);
        st::ParentKeys::<Runtime>::insert(&bob_hot, 1, vec![(u64::MAX / 4, alice_hot.clone())]);
    });
    let d = ok(&set(&sb, &net, "bob", "1", "0,1", "1,1"));
    assert_eq!(d["details"]["uid"], 1);
    assert_eq!(weights_of(&net, 1, 1), vec![(0, 65535), (1, 65535)]);
}

#[test]
fn dry_run_signs_without_submitting() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    let before = weights_of(&net, 1, 1);
    let d = ok(&set_with(
        &sb,
        &net,
        "bob",
        "1",
        "3",
        "1",
        &["--dry-run", "--version-key", "7", "--no-preview"],
    ));
    assert_eq!(d["dry_run"], true);
    assert!(d["preview"].is_null(), "{d}");
    assert_eq!(d["details"]["version_key"], 7);
    assert_eq!(d["details"]["stored"], json!([[3, 65535]]));
    assert!(d["extrinsic"].as_str().unwrap().starts_with("0x"));
    assert_eq!(submissions(&net), 0);
    assert_eq!(weights_of(&net, 1, 1), before);
}

fn u64_vec(net: &Net, entry: &str, netuid: u16) -> Vec<u64> {
    let c = chain(net);
    let v = net
        ._rt
        .block_on(c.storage(&[StorageQuery::new(
            "SubtensorModule",
            entry,
            vec![arg_u16(netuid)],
        )]))
        .unwrap();
    match &v[0] {
        Some(l) => items(l)
            .unwrap()
            .into_iter()
            .map(|x| tao::chain::value::u64_of(x).unwrap())
            .collect(),
        None => Vec::new(),
    }
}

/// The `Emission` the devnet's epoch wrote on `netuid` equals the preview's `field` per uid;
/// returns it.
fn assert_paid_as_previewed(net: &Net, netuid: u16, preview: &Value, field: &str) -> Vec<u64> {
    let paid = u64_vec(net, "Emission", netuid);
    let rows = preview["rows"].as_array().unwrap();
    assert_eq!(paid.len(), rows.len());
    for (r, got) in rows.iter().zip(&paid) {
        assert_eq!(r[field].as_u64().unwrap(), *got, "uid {}", r["uid"]);
    }
    paid
}

#[test]
fn the_preview_matches_what_the_next_epoch_pays() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let (uids, w) = ("0,1,2,3", "0,0,1,0.25");
    // Some blocks into the tempo, so the pools so far give the per-block rate.
    net.devnet.ctx.new_blocks(3);
    let dry = ok(&set_with(&sb, &net, "alice", "1", uids, w, &["--dry-run"]));
    let gap = dry["preview"]["epoch_block"].as_u64().unwrap()
        - dry["preview"]["pinned_block"].as_u64().unwrap();
    if gap < 4 {
        net.devnet.ctx.new_blocks(gap as u32 + 1);
    }
    let d = ok(&set(&sb, &net, "alice", "1", uids, w));
    let p = &d["preview"];
    let epoch = p["epoch_block"].as_u64().unwrap();
    let included = d["block_number"].as_u64().unwrap();
    assert!(included < epoch, "included {included}, epoch {epoch}");
    net.devnet.ctx.new_blocks((epoch - included) as u32);
    let paid = assert_paid_as_previewed(&net, 1, p, "emission_after");
    // The signer (uid 0) is the only validator left weighting: all the validator pool is its.
    assert_eq!(p["uid"], 0);
    assert_eq!(p["validator_emission_after"].as_u64().unwrap(), paid[0]);
    assert_eq!(p["dividends_after_bits"].as_i64().unwrap(), 1i64 << 32);
    // Before, Bob's uid 1 shared the dividends; the preview showed it losing them.
    assert!(p["rows"][1]["emission_delta"].as_i64().unwrap() < 0);
    assert_eq!(paid[1], 0);
}

#[test]
fn the_preview_matches_what_the_next_epoch_pays_with_children() {
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    // //Bob//hot (uid 1) is the child of //Alice//hot (a quarter of its stake) and of
    // //Ferdie//hot, which is not a neuron and holds 800 α on subnet 1 (half of it); the epoch
    // and the preview count the inherited stakes.
    let (alice_hot, bob_hot) = (
        tao_devnet::dev_account("//Alice//hot"),
        tao_devnet::dev_account("//Bob//hot"),
    );
    let (ferdie, ferdie_hot) = (
        tao_devnet::dev_account("//Ferdie"),
        tao_devnet::dev_account("//Ferdie//hot"),
    );
    let (quarter, half) = (u64::MAX / 4, u64::MAX / 2);
    net.devnet.ctx.edit_state(|| {
        st::Owner::<Runtime>::insert(&ferdie_hot, &ferdie);
        st::Pallet::<Runtime>::increase_stake(&ferdie_hot, &ferdie, 1, 800 * tao_devnet::TAO);
        st::ChildKeys::<Runtime>::insert(&alice_hot, 1, vec![(quarter, bob_hot.clone())]);
        st::ChildKeys::<Runtime>::insert(&ferdie_hot, 1, vec![(half, bob_hot.clone())]);
        st::ParentKeys::<Runtime>::insert(
            &bob_hot,
            1,
            vec![(quarter, alice_hot.clone()), (half, ferdie_hot.clone())],
        );
    });
    let inherited = net
        .devnet
        .ctx
        .read_state(|| st::Pallet::<Runtime>::stake_parts(&bob_hot, 1).0);
    assert!(inherited > 900 * tao_devnet::TAO, "{inherited}");
    let (uids, w) = ("0,1,2,3", "0,0,1,0.25");
    net.devnet.ctx.new_blocks(3);
    let dry = ok(&set_with(&sb, &net, "alice", "1", uids, w, &["--dry-run"]));
    let gap = dry["preview"]["epoch_block"].as_u64().unwrap()
        - dry["preview"]["pinned_block"].as_u64().unwrap();
    if gap < 4 {
        net.devnet.ctx.new_blocks(gap as u32 + 1);
    }
    let d = ok(&set(&sb, &net, "alice", "1", uids, w));
    let p = &d["preview"];
    let epoch = p["epoch_block"].as_u64().unwrap();
    let included = d["block_number"].as_u64().unwrap();
    assert!(included < epoch, "included {included}, epoch {epoch}");
    net.devnet.ctx.new_blocks((epoch - included) as u32);
    let paid = assert_paid_as_previewed(&net, 1, p, "emission_after");
    // Bob's inherited stake keeps a share of the dividends (his row is unchanged, and the
    // dividends follow stake): his uid is paid.
    assert!(paid[1] > 0, "{paid:?}");
}

#[test]
fn commit_then_reveal_in_the_window_stores_the_row() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let commit = |netuid: &str| {
        tao(
            &sb,
            &net,
            &[
                "--json",
                "--wallet-name",
                "alice",
                "-y",
                "weights",
                "commit",
                "--netuid",
                netuid,
                "--uids",
                "1,3",
                "--weights",
                "0.2,0.8",
            ],
        )
    };
    refused(&commit("1"), "CommitRevealDisabled");
    let d = ok(&commit("2"));
    assert_eq!(d["call"]["name"], "commit_weights");
    let hash = d["details"]["commit_hash"].as_str().unwrap().to_string();
    assert!(
        event(&d, "SubtensorModule", "WeightsCommitted")["fields"]
            .to_string()
            .contains(&hash[2..]),
        "{d}"
    );
    let reveal = |extra: &[&str]| {
        let mut a = vec![
            "--json",
            "--wallet-name",
            "alice",
            "-y",
            "weights",
            "reveal",
            "--netuid",
            "2",
        ];
        a.extend_from_slice(extra);
        tao(&sb, &net, &a)
    };
    refused(&reveal(&[]), "RevealTooEarly");
    let mut opened = false;
    for _ in 0..30 {
        net.devnet.ctx.new_blocks(1);
        if reveal(&["--dry-run"]).code == 0 {
            opened = true;
            break;
        }
    }
    assert!(opened, "the reveal window never opened");
    let d = ok(&reveal(&[]));
    assert_eq!(d["call"]["name"], "reveal_weights");
    assert_eq!(d["details"]["commit_hash"], hash.as_str());
    event(&d, "SubtensorModule", "WeightsRevealed");
    assert_eq!(weights_of(&net, 2, 0), vec![(1, 16384), (3, 65535)]);
    // Revealed: nothing left to reveal.
    refused(&reveal(&[]), "NoWeightsCommitFound");
}

#[test]
fn the_v2_commit_hash_is_the_chains() {
    let who = tao_devnet::dev_account("//Bob//hot");
    let bytes: [u8; 32] = *AsRef::<[u8; 32]>::as_ref(&who);
    type Case<'a> = (u16, &'a [u16], &'a [u16], &'a [u16], u64);
    let cases: &[Case] = &[
        (2, &[0, 1], &[65535, 100], &[1, 2, 3, 4, 5, 6, 7, 8], 0),
        (7, &[], &[], &[], u64::MAX),
        (1, &[5; 70], &[9; 70], &[65535], 3),
    ];
    for (netuid, uids, values, salt, vk) in cases {
        let chain = tao_devnet::pallet_subtensor::weights::commit_hash(
            &who, *netuid, uids, values, salt, *vk,
        );
        let ours =
            tao::chain::extrinsics::weights::commit_hash(&bytes, *netuid, uids, values, salt, *vk);
        assert_eq!(chain.0, ours);
    }
}

/// The block the devnet is at (its best block).
fn best_block(net: &Net) -> u64 {
    let v = rpc(net, "chain_getHeader", vec![]).unwrap();
    u64::from_str_radix(v["number"].as_str().unwrap().trim_start_matches("0x"), 16).unwrap()
}

/// `commit_timelocked_weights(netuid, commit, reveal_round, commit_reveal_version)` decoded
/// from call data by hand: (netuid, commit, reveal_round, version).
fn decode_timelocked_call(call: &[u8]) -> (u16, Vec<u8>, u64, u16) {
    assert_eq!(call[0], 7, "SubtensorModule");
    assert_eq!(call[1], 113, "commit_timelocked_weights");
    let netuid = u16::from_le_bytes([call[2], call[3]]);
    let (len, off) = compact(&call[4..]);
    let start = 4 + off;
    let commit = call[start..start + len].to_vec();
    let rest = &call[start + len..];
    assert_eq!(rest.len(), 10, "reveal_round u64 + version u16");
    let round = u64::from_le_bytes(rest[..8].try_into().unwrap());
    let version = u16::from_le_bytes([rest[8], rest[9]]);
    (netuid, commit, round, version)
}

#[test]
fn set_on_a_commit_reveal_subnet_commits_timelocked_weights_the_chain_reveals() {
    use tao::chain::timelock::{TimelockError, WeightsPayload, decrypt};
    use tao_devnet::pallet_drand::{pulse, round_at_block};
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    net.devnet.ctx.new_blocks(2);
    let before = weights_of(&net, 2, 0);
    let (uids, w) = ("1,3", "0.2,0.8");

    // Dry run: the call data decodes by hand, and the commit decrypts with the devnet beacon's
    // pulse of the reveal round (and not with the next round's).
    let dry = ok(&set_with(&sb, &net, "alice", "2", uids, w, &["--dry-run"]));
    assert_eq!(submissions(&net), 0);
    assert_eq!(dry["call"]["name"], "commit_timelocked_weights");
    let det = &dry["details"];
    assert_eq!(det["path"], "commit_timelocked_weights");
    assert_eq!(det["commit_reveal_version"], 4);
    let round = det["reveal_round"].as_u64().unwrap();
    let reveal = &det["reveal"];
    assert_eq!(reveal["clock"], "Drand.LastStoredRound");
    let first = reveal["first_block"].as_u64().unwrap();
    let target = reveal["target_block"].as_u64().unwrap();
    assert_eq!(target, first + 3);
    // The devnet's clock runs 4 rounds a block: the floor formula gives 4 × the target block.
    assert_eq!(round, 4 * target);
    assert_eq!(round, round_at_block(target) - 1);
    assert!(
        dry["preview"]["note"]
            .as_str()
            .unwrap()
            .contains("commit-reveal")
    );
    let call = check_dry_run(&net, &dry, "//Alice//hot");
    let (netuid, commit, call_round, version) = decode_timelocked_call(&call);
    assert_eq!((netuid, call_round, version), (2, round, 4));
    assert_eq!(
        commit.len(),
        reveal["commit_bytes"].as_u64().unwrap() as usize
    );
    let plain = decrypt(&commit, &pulse(round).signature).unwrap();
    assert_eq!(commit.len(), 244 + plain.len());
    let payload = WeightsPayload::decode(&plain).unwrap();
    let alice_hot: [u8; 32] = *AsRef::<[u8; 32]>::as_ref(&tao_devnet::dev_account("//Alice//hot"));
    assert_eq!(payload.hotkey, alice_hot);
    assert_eq!(payload.uids, vec![1, 3]);
    assert_eq!(json!(payload.values), det["weights"]);
    assert_eq!(payload.version_key, 0);
    assert_eq!(
        decrypt(&commit, &pulse(round + 1).signature),
        Err(TimelockError::InvalidSignature)
    );

    // The commit: queued, nothing applied yet, and a second one is rate-limited.
    let d = ok(&set(&sb, &net, "alice", "2", uids, w));
    assert_eq!(
        d["details"]["reveal_round"], round,
        "same pinned state, same round"
    );
    let ev = event(&d, "SubtensorModule", "TimelockedWeightsCommitted");
    assert!(
        ev["fields"].to_string().contains(&round.to_string()),
        "{ev}"
    );
    let included = d["block_number"].as_u64().unwrap();
    assert!(included < first, "committed before the reveal epoch");
    assert_eq!(weights_of(&net, 2, 0), before);
    refused(
        &set(&sb, &net, "alice", "2", uids, w),
        "CommittingWeightsTooFast",
    );

    // Through the block the round is published in, the weights stay; the reveals of the next
    // block see the pulse and apply the row, max-upscaled, inside the reveal epoch.
    net.devnet
        .ctx
        .new_blocks((target - best_block(&net)) as u32);
    assert_eq!(best_block(&net), target);
    assert_eq!(weights_of(&net, 2, 0), before);
    net.devnet.ctx.new_blocks(1);
    assert!(
        target < reveal["last_block"].as_u64().unwrap(),
        "revealed inside the epoch"
    );
    assert_eq!(weights_of(&net, 2, 0), vec![(1, 16384), (3, 65535)]);
    let queued = net.devnet.ctx.read_state(|| {
        tao_devnet::pallet_subtensor::TimelockedWeightCommits::<tao_devnet::runtime::Runtime>::iter_prefix(2u16).count()
    });
    assert_eq!(queued, 0, "the revealed commit left the queue");
}

#[test]
fn timelocked_guards_refuse_before_anything_is_submitted() {
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "charlie", "//Charlie");
    dev_wallet(&sb, "eve", "//Eve");
    refused(
        &set(&sb, &net, "eve", "2", "0,1", "1,1"),
        "HotKeyNotRegisteredInSubNet",
    );
    refused(
        &set(&sb, &net, "charlie", "2", "0,1", "1,1"),
        "NeuronNoValidatorPermit",
    );
    // The chain expects another commit-reveal version.
    net.devnet
        .ctx
        .edit_state(|| st::CommitRevealWeightsVersion::<Runtime>::put(5));
    refused(
        &set(&sb, &net, "alice", "2", "0,1", "1,1"),
        "IncorrectCommitRevealVersion",
    );
    net.devnet
        .ctx
        .edit_state(|| st::CommitRevealWeightsVersion::<Runtime>::put(4));
    // Ten commits already queued for Alice's hotkey in this epoch.
    let alice_hot = tao_devnet::dev_account("//Alice//hot");
    net.devnet.ctx.edit_state(|| {
        let epoch = st::SubnetEpochIndex::<Runtime>::get(2);
        let entry = (
            alice_hot.clone(),
            1u64,
            vec![0u8; 8].try_into().unwrap(),
            1u64,
        );
        st::TimelockedWeightCommits::<Runtime>::insert(
            2,
            epoch,
            std::collections::VecDeque::from(vec![entry; 10]),
        );
    });
    refused(
        &set(&sb, &net, "alice", "2", "0,1", "1,1"),
        "TooManyUnrevealedCommits",
    );
    assert_eq!(submissions(&net), 0);
}

#[test]
fn on_a_chain_without_the_next_epoch_api_the_reveal_epoch_comes_from_storage() {
    let net = start_with(tao_devnet::Options {
        hide_newer: true,
        ..tao_devnet::Options::for_tests()
    });
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    net.devnet.ctx.new_blocks(2);
    let d = ok(&set_with(
        &sb,
        &net,
        "alice",
        "2",
        "0,1",
        "1,1",
        &["--dry-run", "--no-preview"],
    ));
    // Epochs of subnet 2 run at every multiple of 10 (LastEpochBlock + Tempo); from block 2 the
    // reveal epoch starts at 10, the round aims at block 13: 4 rounds a block on the devnet.
    let reveal = &d["details"]["reveal"];
    assert_eq!(reveal["first_block"], 10, "{d}");
    assert_eq!(reveal["target_block"], 13);
    assert_eq!(reveal["commit_epoch"], 0);
    assert_eq!(d["details"]["reveal_round"], 52);
    assert_eq!(submissions(&net), 0);
}

/// On subnet 2 (commit-reveal on), Alice (uid 0) has an open commit from before Dave's uid 3
/// registered, and a stored row, updated after that registration, that weights uid 3. The
/// chain's epoch drops weights to uids registered after the validator's last update or open
/// commit; the preview must too, and what it
/// shows as the next epoch's emission must be what the devnet pays.
fn preview_masks_weights_after_an_open_commit(timelocked: bool) {
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    net.devnet.ctx.new_blocks(4);
    let now = best_block(&net);
    let alice_hot = tao_devnet::dev_account("//Alice//hot");
    net.devnet.ctx.edit_state(|| {
        st::BlockAtRegistration::<Runtime>::insert(2, 3, now - 1);
        st::LastUpdate::<Runtime>::mutate(2, |l| l[0] = now);
        st::Weights::<Runtime>::insert(2, 0, vec![(1, 65535), (3, 65535)]);
        if timelocked {
            let epoch = st::SubnetEpochIndex::<Runtime>::get(2);
            st::TimelockedWeightCommits::<Runtime>::mutate(2, epoch, |q| {
                q.push_back((
                    alice_hot.clone(),
                    now - 2,
                    vec![0u8; 8].try_into().unwrap(),
                    u64::MAX,
                ))
            });
        } else {
            st::WeightCommits::<Runtime>::mutate(2, &alice_hot, |q| {
                q.get_or_insert_default().push_back((
                    Default::default(),
                    now - 2,
                    now + 20,
                    now + 40,
                ))
            });
        }
    });
    // Bob's dry run previews the next epoch; its "before" side is the epoch as things stand.
    let dry = ok(&set_with(
        &sb,
        &net,
        "bob",
        "2",
        "0,1",
        "1,1",
        &["--dry-run"],
    ));
    let p = &dry["preview"];
    let epoch = p["epoch_block"].as_u64().unwrap();
    assert_eq!(p["pinned_block"].as_u64().unwrap(), now);
    net.devnet.ctx.new_blocks((epoch - now) as u32);
    let paid = assert_paid_as_previewed(&net, 2, p, "emission_before");
    // Alice's weight on uid 3 was dropped (Bob's is outdated by the registration): no incentive.
    assert_eq!(paid[3], 0, "{paid:?}");
    assert!(paid[1] > 0, "{paid:?}");
}

#[test]
fn the_preview_masks_weights_after_an_open_timelocked_commit() {
    preview_masks_weights_after_an_open_commit(true);
}

#[test]
fn the_preview_masks_weights_after_an_open_v2_commit() {
    preview_masks_weights_after_an_open_commit(false);
}

#[test]
fn a_childs_inherited_stake_and_take_are_paid_as_previewed() {
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    let (alice_hot, bob_hot) = (ss58_of("//Alice//hot"), ss58_of("//Bob//hot"));
    let tx = |wallet: &str, args: &[&str]| {
        ok(&tao(
            &sb,
            &net,
            &[&["--json", "-y", "--wallet-name", wallet], args].concat(),
        ))
    };
    // Alice's validator hotkey gives half its stake to Bob's (another owner), and Bob's hotkey
    // takes 10 % of what it passes up to parents of another owner, both set with tao.
    tx(
        "alice",
        &[
            "stake",
            "child",
            "set",
            "--netuid",
            "1",
            "--children",
            &bob_hot,
            "--proportions",
            "0.5",
        ],
    );
    tx(
        "bob",
        &["stake", "child", "take", "--netuid", "1", "--take", "0.1"],
    );
    // The cooldown (15 blocks on the devnet) passes and the children apply.
    net.devnet.ctx.new_blocks(20);
    let (children, take) = net.devnet.ctx.read_state(|| {
        (
            st::ChildKeys::<Runtime>::get(tao_devnet::dev_account("//Alice//hot"), 1),
            st::ChildkeyTake::<Runtime>::get(tao_devnet::dev_account("//Bob//hot"), 1),
        )
    });
    assert_eq!(children.len(), 1, "the child applied");
    assert_eq!(take, 6553);

    let (uids, w) = ("0,1,2,3", "0,0,1,0.25");
    net.devnet.ctx.new_blocks(3);
    let dry = ok(&set_with(&sb, &net, "alice", "1", uids, w, &["--dry-run"]));
    let gap = dry["preview"]["epoch_block"].as_u64().unwrap()
        - dry["preview"]["pinned_block"].as_u64().unwrap();
    if gap < 4 {
        net.devnet.ctx.new_blocks(gap as u32 + 1);
    }
    let d = ok(&set(&sb, &net, "alice", "1", uids, w));
    let p = &d["preview"];
    let epoch = p["epoch_block"].as_u64().unwrap();
    let included = d["block_number"].as_u64().unwrap();
    assert!(included < epoch, "included {included}, epoch {epoch}");
    net.devnet.ctx.new_blocks((epoch - included) as u32);
    // The epoch's emissions, and the dividends each hotkey's pool and root stakers got.
    assert_paid_as_previewed(&net, 1, p, "emission_after");
    let payout = p["payout"].as_array().expect("payout rows");
    let row = |hot: &str| {
        payout
            .iter()
            .find(|r| r["hotkey"] == hot)
            .unwrap_or_else(|| panic!("{hot} in {payout:?}"))["after"]
            .clone()
    };
    let (alice, bob) = (row(&alice_hot), row(&bob_hot));
    for (seed, r) in [("//Alice//hot", &alice), ("//Bob//hot", &bob)] {
        let h = tao_devnet::dev_account(seed);
        let (alpha, root) = net.devnet.ctx.read_state(|| {
            (
                st::AlphaDividendsPerSubnet::<Runtime>::get(1, &h),
                st::RootAlphaDividendsPerSubnet::<Runtime>::get(1, &h),
            )
        });
        assert_eq!(r["alpha"], alpha, "{seed}: {r}");
        assert_eq!(r["root"], root, "{seed}: {r}");
    }
    // Bob's hotkey validates on stake it inherits from Alice's, and keeps the take of what it
    // passes back up: both are paid.
    assert!(bob["dividend"].as_u64().unwrap() > 0, "{bob}");
    assert!(alice["dividend"].as_u64().unwrap() > 0, "{alice}");
    assert!(bob["alpha"].as_u64().unwrap() > 0, "{bob}");
}
