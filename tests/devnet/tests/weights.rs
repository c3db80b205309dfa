//! Weights, commit-reveal (v2 hash and v4 timelocked), the drand beacon, and epochs paid out
//! through tao's Yuma engine, through subxt.

mod common;

use codec::Encode;
use common::*;
use subxt::dynamic::Value;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

type S = st::Pallet<Runtime>;

/// Reads a storage entry at the current block and decodes it as `$T`.
macro_rules! read {
    ($api:expr, $pallet:literal, $entry:literal, $keys:expr, $K:ty => $T:ty) => {{
        let at = $api.at_current_block().await.expect("block");
        at.storage()
            .fetch(subxt::dynamic::storage::<$K, Value>($pallet, $entry), $keys)
            .await
            .expect("fetch")
            .decode_as::<$T>()
            .expect("decode")
    }};
}

fn u16s(v: &[u16]) -> Value {
    Value::unnamed_composite(v.iter().map(|x| Value::u128(*x as u128)))
}

async fn set_weights(
    api: &Api,
    signer: &str,
    netuid: u16,
    dests: &[u16],
    weights: &[u16],
    version_key: u64,
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "set_weights",
        vec![
            Value::u128(netuid as u128),
            u16s(dests),
            u16s(weights),
            Value::u128(version_key as u128),
        ],
    )
    .await
}

async fn block_number(api: &Api) -> u64 {
    read!(api, "System", "Number", (), () => u32) as u64
}

async fn weights_row(api: &Api, netuid: u16, uid: u16) -> Vec<(u16, u16)> {
    read!(api, "SubtensorModule", "Weights", (netuid, uid), (u16, u16) => Vec<(u16, u16)>)
}

/// Produces blocks until the best block is `target` (no-op if already past it).
async fn advance_to(d: &tao_devnet::Devnet, api: &Api, target: u64) {
    let now = block_number(api).await;
    if target > now {
        d.ctx.new_blocks((target - now) as u32);
    }
}

fn expect_err(result: Result<Vec<(String, String)>, String>, what: &str) {
    let err = result.expect_err(what);
    assert!(err.contains(what), "expected {what}, got {err}");
}

#[tokio::test]
async fn set_weights_and_each_weights_error() {
    let d = devnet().await;
    let api = client(&d).await;

    // Bob's hotkey (uid 1, validator permit) sets weights; the row is max-upscaled and keeps
    // its explicit zero (the chain rounds: 50 / 100 × 65535 = 32767.5 → 32768).
    let events = set_weights(&api, "//Bob//hot", 1, &[0, 2, 3], &[100, 0, 50], 0)
        .await
        .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "WeightsSet"),
        "{events:?}"
    );
    assert_eq!(
        weights_row(&api, 1, 1).await,
        vec![(0, 65535), (2, 0), (3, 32768)]
    );
    let block = block_number(&api).await;
    let last_update = read!(api, "SubtensorModule", "LastUpdate", (1u16,), (u16,) => Vec<u64>);
    assert_eq!(last_update[1], block);

    // Pool-time rate limit (WeightsSetRateLimit 2 on the devnet): Custom(6).
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0], &[1], 0).await,
        "Custom error: 6",
    );
    d.ctx.new_blocks(2);

    // Dispatch errors, in the chain's order of checks.
    expect_err(
        set_weights(&api, "//Bob//hot", 2, &[0], &[1], 0).await,
        "CommitRevealEnabled",
    );
    expect_err(
        set_weights(&api, "//Bob//hot", 0, &[0], &[1], 0).await,
        "CommitRevealEnabled",
    );
    d.ctx
        .edit_state(|| st::CommitRevealWeightsEnabled::<Runtime>::insert(0, false));
    expect_err(
        set_weights(&api, "//Bob//hot", 0, &[0], &[1], 0).await,
        "CanNotSetRootNetworkWeights",
    );
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0, 1], &[1], 0).await,
        "WeightVecNotEqualSize",
    );
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0, 1, 2, 3, 4], &[1; 5], 0).await,
        "UidsLengthExceedUidsInSubNet",
    );
    expect_err(
        set_weights(&api, "//Alice", 1, &[0], &[1], 0).await,
        "HotKeyNotRegisteredInSubNet",
    );
    d.ctx
        .edit_state(|| st::WeightsVersionKey::<Runtime>::insert(1, 7));
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0], &[1], 6).await,
        "IncorrectWeightVersionKey",
    );
    d.ctx
        .edit_state(|| st::WeightsVersionKey::<Runtime>::insert(1, 0));
    expect_err(
        set_weights(&api, "//Charlie//hot", 1, &[0, 1], &[1, 1], 0).await,
        "NeuronNoValidatorPermit",
    );
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0, 0], &[1, 1], 0).await,
        "DuplicateUids",
    );
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0, 9], &[1, 1], 0).await,
        "UidVecContainInvalidOne",
    );
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[], &[], 0).await,
        "WeightVecLengthIsLow",
    );
    d.ctx
        .edit_state(|| st::MaxWeightsLimit::<Runtime>::insert(1, 40_000));
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0, 2], &[10, 5], 0).await,
        "MaxWeightExceeded",
    );
    d.ctx
        .edit_state(|| st::MaxWeightsLimit::<Runtime>::insert(1, u16::MAX));

    // A self-weight needs no permit.
    set_weights(&api, "//Charlie//hot", 1, &[2], &[9], 0)
        .await
        .unwrap();
    assert_eq!(weights_row(&api, 1, 2).await, vec![(2, 65535)]);

    // The stake threshold is checked at pool time: Custom(1).
    d.ctx
        .edit_state(|| st::StakeThreshold::<Runtime>::put(10_000 * tao_devnet::TAO));
    expect_err(
        set_weights(&api, "//Bob//hot", 1, &[0], &[1], 0).await,
        "Custom error: 1",
    );
}

fn hash_of(
    who: &str,
    netuid: u16,
    uids: &[u16],
    values: &[u16],
    salt: &[u16],
    vk: u64,
) -> [u8; 32] {
    let encoded = (
        id(who),
        netuid,
        uids.to_vec(),
        values.to_vec(),
        salt.to_vec(),
        vk,
    )
        .encode();
    sp_io::hashing::blake2_256(&encoded)
}

async fn commit(
    api: &Api,
    signer: &str,
    netuid: u16,
    hash: [u8; 32],
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "commit_weights",
        vec![Value::u128(netuid as u128), Value::from_bytes(hash)],
    )
    .await
}

async fn reveal(
    api: &Api,
    signer: &str,
    netuid: u16,
    uids: &[u16],
    values: &[u16],
    salt: &[u16],
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "reveal_weights",
        vec![
            Value::u128(netuid as u128),
            u16s(uids),
            u16s(values),
            u16s(salt),
            Value::u128(0),
        ],
    )
    .await
}

#[tokio::test]
async fn commit_reveal_v2() {
    let d = devnet().await;
    let api = client(&d).await;
    let (uids, values, salt) = ([0u16, 3], [1u16, 3], [7u16, 8, 9]);
    let h = hash_of("//Bob//hot", 2, &uids, &values, &salt, 0);

    // set_weights is refused while commit-reveal is on; commit_weights where it is off.
    expect_err(
        commit(&api, "//Bob//hot", 1, h).await,
        "CommitRevealDisabled",
    );
    let events = commit(&api, "//Bob//hot", 2, h).await.unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "WeightsCommitted"),
        "{events:?}"
    );
    let commits = read!(api, "SubtensorModule", "WeightCommits", (2u16, id("//Bob//hot")), (u16, [u8; 32]) => Vec<([u8; 32], u64, u64, u64)>);
    assert_eq!(commits.len(), 1);
    let (stored, commit_block, first, last) = commits[0];
    assert_eq!(stored, h);
    assert_eq!(commit_block, block_number(&api).await);
    assert_eq!(last - first, 9);

    // Too early (pool time: Custom 17); an unknown reveal is Custom 16.
    expect_err(
        reveal(&api, "//Bob//hot", 2, &uids, &values, &salt).await,
        "Custom error: 17",
    );
    expect_err(
        reveal(&api, "//Bob//hot", 2, &uids, &values, &[1]).await,
        "Custom error: 16",
    );

    // In the reveal window the weights are set; LastUpdate stays at the commit block.
    advance_to(&d, &api, first - 1).await;
    let events = reveal(&api, "//Bob//hot", 2, &uids, &values, &salt)
        .await
        .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "WeightsRevealed"),
        "{events:?}"
    );
    assert_eq!(weights_row(&api, 2, 1).await, vec![(0, 21845), (3, 65535)]);
    let last_update = read!(api, "SubtensorModule", "LastUpdate", (2u16,), (u16,) => Vec<u64>);
    assert_eq!(last_update[1], commit_block);
    let at = api.at_current_block().await.unwrap();
    let left = at
        .storage()
        .try_fetch(
            subxt::dynamic::storage::<(u16, [u8; 32]), Value>("SubtensorModule", "WeightCommits"),
            (2u16, id("//Bob//hot")),
        )
        .await
        .unwrap();
    assert!(left.is_none(), "the revealed commit's queue is removed");

    // At most 10 unrevealed commits (rate limit lifted to commit in consecutive blocks), then a
    // batch reveal of two of them in their window; a commit past its window has expired.
    d.ctx
        .edit_state(|| st::WeightsSetRateLimit::<Runtime>::insert(2, 0));
    let hashes: Vec<[u8; 32]> = (0..11u16)
        .map(|i| hash_of("//Alice//hot", 2, &[1], &[1], &[i], 0))
        .collect();
    for h in &hashes[..10] {
        commit(&api, "//Alice//hot", 2, *h).await.unwrap();
    }
    expect_err(
        commit(&api, "//Alice//hot", 2, hashes[10]).await,
        "TooManyUnrevealedCommits",
    );
    let commits = read!(api, "SubtensorModule", "WeightCommits", (2u16, id("//Alice//hot")), (u16, [u8; 32]) => Vec<([u8; 32], u64, u64, u64)>);
    assert_eq!(commits.len(), 10);
    // Two neighbouring commits of the same epoch share a reveal window.
    let i = (0..9).find(|i| commits[*i].2 == commits[i + 1].2).unwrap();
    let window = commits[i].2;
    advance_to(&d, &api, window - 1).await;
    let events = submit(
        &api,
        &key("//Alice//hot"),
        "SubtensorModule",
        "batch_reveal_weights",
        vec![
            Value::u128(2),
            Value::unnamed_composite([u16s(&[1]), u16s(&[1])]),
            Value::unnamed_composite([u16s(&[1]), u16s(&[1])]),
            Value::unnamed_composite([u16s(&[i as u16]), u16s(&[i as u16 + 1])]),
            Value::unnamed_composite([Value::u128(0), Value::u128(0)]),
        ],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "WeightsBatchRevealed"),
        "{events:?}"
    );
    assert_eq!(weights_row(&api, 2, 0).await, vec![(1, 65535)]);
    let last = commits.last().unwrap().3;
    advance_to(&d, &api, last + 1).await;
    expect_err(
        reveal(&api, "//Alice//hot", 2, &[1], &[1], &[9]).await,
        "Custom error: 17",
    );
}

/// `SCALE WeightsTlockPayload { hotkey, uids, values, version_key }`.
fn payload(hotkey: &str, uids: &[u16], values: &[u16]) -> Vec<u8> {
    (id(hotkey).to_vec(), uids.to_vec(), values.to_vec(), 0u64).encode()
}

async fn commit_timelocked(
    api: &Api,
    signer: &str,
    ciphertext: Vec<u8>,
    round: u64,
    version: u16,
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "commit_timelocked_weights",
        vec![
            Value::u128(2),
            Value::from_bytes(ciphertext),
            Value::u128(round as u128),
            Value::u128(version as u128),
        ],
    )
    .await
}

#[tokio::test]
async fn timelocked_commit_is_decrypted_in_the_reveal_epoch() {
    let d = devnet().await;
    let api = client(&d).await;

    // The beacon: public key, genesis and period from Drand.BeaconConfig.
    let config = read!(api, "Drand", "BeaconConfig", (), () => Value);
    let pk = flat_bytes(subxt::dynamic::At::at(&config, "public_key").unwrap());
    assert_eq!(pk.len(), 96);
    let last_round = read!(api, "Drand", "LastStoredRound", (), () => u64);
    let now = block_number(&api).await;
    assert_eq!(last_round, tao_devnet::pallet_drand::round_at_block(now));

    // The reveal epoch starts at the next epoch block; aim 3 blocks into it.
    let next = read!(api, "SubtensorModule", "LastEpochBlock", (2u16,), (u16,) => u64) + 10;
    let round = tao_devnet::pallet_drand::round_at_block(next + 3);

    let good =
        tao_devnet::tlock::encrypt(&pk, round, &payload("//Bob//hot", &[0, 1, 2], &[10, 0, 20]))
            .unwrap();
    let wrong_round =
        tao_devnet::tlock::encrypt(&pk, round, &payload("//Alice//hot", &[3], &[1])).unwrap();

    expect_err(
        commit_timelocked(&api, "//Bob//hot", good.clone(), round, 3).await,
        "IncorrectCommitRevealVersion",
    );
    expect_err(
        commit_timelocked(&api, "//Bob//hot", good.clone(), 1, 4).await,
        "Custom error: 15",
    );
    let events = commit_timelocked(&api, "//Bob//hot", good, round, 4)
        .await
        .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "TimelockedWeightsCommitted"),
        "{events:?}"
    );
    commit_timelocked(&api, "//Alice//hot", wrong_round, round + 1, 4)
        .await
        .unwrap();
    let alice_before = weights_row(&api, 2, 0).await;

    // Before the reveal epoch nothing changes; in it Bob's weights appear, Alice's commit
    // (encrypted to another round than it names) is dropped.
    advance_to(&d, &api, next + 2).await;
    assert_ne!(
        weights_row(&api, 2, 1).await,
        vec![(0, 32768), (1, 0), (2, 65535)]
    );
    advance_to(&d, &api, next + 5).await;
    assert_eq!(
        weights_row(&api, 2, 1).await,
        vec![(0, 32768), (1, 0), (2, 65535)]
    );
    assert_eq!(weights_row(&api, 2, 0).await, alice_before);
    advance_to(&d, &api, next + 10).await;
    let queued = d
        .ctx
        .read_state(|| st::TimelockedWeightCommits::<Runtime>::iter_prefix(2u16).count());
    assert_eq!(queued, 0);
}

#[tokio::test]
async fn epoch_pays_as_the_engine_predicts() {
    let d = devnet().await;
    let api = client(&d).await;

    // Change the weights of both validators after the first epoch.
    advance_to(&d, &api, 11).await;
    set_weights(&api, "//Alice//hot", 1, &[2, 3], &[1, 3], 0)
        .await
        .unwrap();
    set_weights(&api, "//Bob//hot", 1, &[2], &[5], 0)
        .await
        .unwrap();
    let incentive_before = read!(api, "SubtensorModule", "Incentive", (1u16,), (u16,) => Vec<u16>);

    // Stop one block before the next epoch and build the engine's input from storage.
    let epoch = read!(api, "SubtensorModule", "LastEpochBlock", (1u16,), (u16,) => u64) + 10;
    advance_to(&d, &api, epoch - 1).await;
    let input = d.ctx.read_state(|| {
        // The pools after one more block: 1 α, owner cut 11796/65535, half to miners, the rest
        // to validators (no root stake on the devnet at genesis).
        let a = substrate_fixed::types::U96F32::from_num(1_000_000_000u64);
        let cut = a
            * (substrate_fixed::types::U96F32::from_num(11_796u64)
                / substrate_fixed::types::U96F32::from_num(65_535u64));
        let half = (a - cut) * substrate_fixed::types::U96F32::from_num(0.5);
        let add = half.to_num::<u64>();
        let server = st::PendingServerEmission::<Runtime>::get(1) + add;
        let validator = st::PendingValidatorEmission::<Runtime>::get(1) + add;
        (server, validator)
    });
    let mut expected_input = d
        .ctx
        .read_state(|| S::epoch_input(1, 0, input.0, input.1, 0));
    expected_input.current_block = epoch;
    // The conversion itself is checked against storage read through subxt.
    let n = read!(api, "SubtensorModule", "SubnetworkN", (1u16,), (u16,) => u16);
    assert_eq!(expected_input.n, n);
    for uid in 0..n {
        assert_eq!(
            expected_input.weights[uid as usize],
            weights_row(&api, 1, uid).await
        );
    }
    assert_eq!(
        expected_input.alpha_stake[0],
        read!(api, "SubtensorModule", "TotalHotkeyAlpha", (id("//Alice//hot"), 1u16), ([u8; 32], u16) => u64)
    );
    let sim = tao::yuma::simulate(&expected_input).expect("engine runs");

    let bob_before = stake(&api, id("//Bob//hot"), id("//Bob"), 1).await;
    let charlie_before = stake(&api, id("//Charlie//hot"), id("//Charlie"), 1).await;
    d.ctx.new_blocks(1);
    assert_eq!(block_number(&api).await, epoch);

    let out = &sim.output;
    let api_ref = &api;
    let get = |e: &'static str| async move {
        let at = api_ref.at_current_block().await.expect("block");
        at.storage()
            .fetch(
                subxt::dynamic::storage::<(u16,), Value>("SubtensorModule", e),
                (1u16,),
            )
            .await
            .expect("fetch")
            .decode_as::<Vec<u16>>()
            .expect("decode")
    };
    assert_eq!(get("Incentive").await, out.incentive_u16);
    assert_eq!(get("Dividends").await, out.dividends_u16);
    assert_eq!(get("Consensus").await, out.consensus_u16);
    assert_eq!(get("ValidatorTrust").await, out.validator_trust_u16);
    assert_ne!(get("Incentive").await, incentive_before);
    assert!(out.incentive_u16[2] > 0 && out.incentive_u16[3] > 0);
    let emission = read!(api, "SubtensorModule", "Emission", (1u16,), (u16,) => Vec<u64>);
    assert_eq!(emission, out.combined_emission);
    for (uid, row) in out.bonds_written.iter().enumerate() {
        if let Some(row) = row {
            let stored = read!(api, "SubtensorModule", "Bonds", (1u16, uid as u16), (u16, u16) => Vec<(u16, u16)>);
            assert_eq!(&stored, row, "bonds of uid {uid}");
        }
    }

    // Stake grows by exactly the paid emission: Charlie (a miner) by his incentive, Bob (a
    // validator and the only staker on his hotkey) by his α dividends, take included.
    let cb = &sim.coinbase_no_children;
    let charlie_after = stake(&api, id("//Charlie//hot"), id("//Charlie"), 1).await;
    assert_eq!(
        charlie_after - charlie_before,
        cb.incentive_alpha[2] as u128
    );
    let bob_after = stake(&api, id("//Bob//hot"), id("//Bob"), 1).await;
    assert_eq!(
        bob_after - bob_before,
        (cb.incentive_alpha[1] + cb.alpha_dividends_u64[1]) as u128
    );
    assert!(cb.alpha_dividends_u64[1] > 0);
    let pending = read!(api, "SubtensorModule", "PendingServerEmission", (1u16,), (u16,) => u64);
    assert_eq!(pending, 0);

    // The schedule: the next epoch is `tempo` blocks after this one, as the runtime API says.
    assert_eq!(
        read!(api, "SubtensorModule", "LastEpochBlock", (1u16,), (u16,) => u64),
        epoch
    );
    let next = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_next_epoch_start_block",
        vec![Value::u128(1)],
    )
    .await;
    assert_eq!(
        subxt::dynamic::At::at(&next, 0).and_then(|v| v.as_u128()),
        Some(epoch as u128 + 10)
    );
}
