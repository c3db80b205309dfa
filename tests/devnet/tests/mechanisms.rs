//! Mechanisms through subxt: the mechanism weight calls, the AdminUtils owner settings with
//! their origin, value rules, rate limit and freeze window, and the mechagraph APIs, on the
//! genesis subnet 3 (two mechanisms, split 60/40, owned by //Alice).

mod common;

use common::*;
use subxt::dynamic::{At, Value};
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

/// Storage index of subnet 3's mechanism 1.
const MECH_1: u16 = 3 + 4096;

fn u16s(xs: &[u16]) -> Value {
    Value::unnamed_composite(xs.iter().map(|x| Value::u128(u128::from(*x))))
}

async fn set_mechanism_weights(
    api: &Api,
    signer: &str,
    mecid: u8,
    uids: &[u16],
    values: &[u16],
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "set_mechanism_weights",
        vec![
            Value::u128(3),
            Value::u128(u128::from(mecid)),
            u16s(uids),
            u16s(values),
            Value::u128(0),
        ],
    )
    .await
}

/// Moves past the freeze window when the next block would fall in it (the settings check the
/// window before their values).
fn out_of_the_window(d: &tao_devnet::Devnet) {
    let (now, last, tempo) = d.ctx.read_state(|| {
        (
            st::Pallet::<Runtime>::block_number(),
            st::LastEpochBlock::<Runtime>::get(3),
            u64::from(st::Tempo::<Runtime>::get(3)),
        )
    });
    let epoch = last + tempo;
    if epoch.saturating_sub(now + 1) < 2 {
        d.ctx.new_blocks((epoch - now) as u32);
    }
}

async fn set_count(api: &Api, signer: &str, count: u8) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "AdminUtils",
        "sudo_set_mechanism_count",
        vec![Value::u128(3), Value::u128(u128::from(count))],
    )
    .await
}

async fn set_split(
    api: &Api,
    signer: &str,
    split: Option<&[u16]>,
) -> Result<Vec<(String, String)>, String> {
    let split = match split {
        Some(s) => Value::unnamed_variant("Some", [u16s(s)]),
        None => Value::unnamed_variant("None", []),
    };
    submit(
        api,
        &key(signer),
        "AdminUtils",
        "sudo_set_mechanism_emission_split",
        vec![Value::u128(3), split],
    )
    .await
}

#[tokio::test]
async fn mechanism_weights_are_stored_under_the_storage_index() {
    let d = devnet().await;
    let api = client(&d).await;
    // Mechanism 0 and mechanism 1 have their own rate limits: both in consecutive blocks.
    set_mechanism_weights(&api, "//Alice//hot", 0, &[1], &[1])
        .await
        .unwrap();
    let events = set_mechanism_weights(&api, "//Alice//hot", 1, &[2, 3], &[1, 2])
        .await
        .unwrap();
    assert!(has_event(&events, "SubtensorModule", "WeightsSet"));
    let (main, mech, last) = d.ctx.read_state(|| {
        (
            st::Weights::<Runtime>::get(3, 0),
            st::Weights::<Runtime>::get(MECH_1, 0),
            st::LastUpdate::<Runtime>::get(MECH_1),
        )
    });
    assert_eq!(main, vec![(1, 65535)]);
    assert_eq!(mech, vec![(2, 32768), (3, 65535)]);
    assert!(last[0] > 0, "{last:?}");
    let err = set_mechanism_weights(&api, "//Alice//hot", 2, &[2], &[1])
        .await
        .unwrap_err();
    assert!(err.contains("MechanismDoesNotExist"), "{err}");
    // Subnet 1 has one mechanism.
    let err = submit(
        &api,
        &key("//Alice//hot"),
        "SubtensorModule",
        "set_mechanism_weights",
        vec![
            Value::u128(1),
            Value::u128(1),
            u16s(&[2]),
            u16s(&[1]),
            Value::u128(0),
        ],
    )
    .await
    .unwrap_err();
    assert!(err.contains("MechanismDoesNotExist"), "{err}");
}

#[tokio::test]
async fn a_v2_commit_on_a_mechanism_hashes_its_storage_index() {
    let d = devnet().await;
    let api = client(&d).await;
    d.ctx
        .edit_state(|| st::CommitRevealWeightsEnabled::<Runtime>::insert(3, true));
    let who = tao_devnet::dev_account("//Alice//hot");
    let hash = st::weights::commit_hash(&who, MECH_1, &[2], &[1], &[7], 0);
    submit(
        &api,
        &key("//Alice//hot"),
        "SubtensorModule",
        "commit_mechanism_weights",
        vec![Value::u128(3), Value::u128(1), Value::from_bytes(hash.0)],
    )
    .await
    .unwrap();
    let (mine, main) = d.ctx.read_state(|| {
        (
            st::WeightCommits::<Runtime>::get(MECH_1, &who),
            st::WeightCommits::<Runtime>::get(3, &who),
        )
    });
    assert_eq!(mine.unwrap()[0].0, hash);
    assert!(main.is_none());
    // Reveal once the window opens: the row lands in mechanism 1.
    let (first, _) = d.ctx.read_state(|| st::Pallet::<Runtime>::reveal_blocks(3));
    let now = d.ctx.read_state(st::Pallet::<Runtime>::block_number);
    d.ctx.new_blocks((first - now - 1) as u32);
    submit(
        &api,
        &key("//Alice//hot"),
        "SubtensorModule",
        "reveal_mechanism_weights",
        vec![
            Value::u128(3),
            Value::u128(1),
            u16s(&[2]),
            u16s(&[1]),
            u16s(&[7]),
            Value::u128(0),
        ],
    )
    .await
    .unwrap();
    assert_eq!(
        d.ctx.read_state(|| st::Weights::<Runtime>::get(MECH_1, 0)),
        vec![(2, 65535)]
    );
}

#[tokio::test]
async fn the_owner_sets_the_count_and_the_split_within_the_chains_rules() {
    let d = devnet().await;
    let api = client(&d).await;
    out_of_the_window(&d);
    let err = set_count(&api, "//Bob", 1).await.unwrap_err();
    assert!(err.contains("BadOrigin"), "{err}");
    out_of_the_window(&d);
    let err = set_count(&api, "//Alice", 3).await.unwrap_err();
    assert!(
        err.contains("InvalidValue"),
        "above MaxMechanismCount: {err}"
    );
    out_of_the_window(&d);
    let err = set_count(&api, "//Alice", 0).await.unwrap_err();
    assert!(err.contains("InvalidValue"), "{err}");
    out_of_the_window(&d);
    let err = set_split(&api, "//Alice", Some(&[30000, 30000]))
        .await
        .unwrap_err();
    assert!(err.contains("InvalidValue"), "does not sum: {err}");
    out_of_the_window(&d);
    let err = set_split(&api, "//Alice", Some(&[20000, 20000, 25535]))
        .await
        .unwrap_err();
    assert!(err.contains("InvalidValue"), "longer than the count: {err}");
    out_of_the_window(&d);
    set_split(&api, "//Alice", Some(&[65535])).await.unwrap();
    assert_eq!(
        d.ctx
            .read_state(|| st::MechanismEmissionSplit::<Runtime>::get(3)),
        Some(vec![65535])
    );
    out_of_the_window(&d);
    set_split(&api, "//Alice", None).await.unwrap();
    assert_eq!(
        d.ctx
            .read_state(|| st::MechanismEmissionSplit::<Runtime>::get(3)),
        None
    );

    // Down to one mechanism: mechanism 1's maps go, and the split with them.
    d.ctx
        .edit_state(|| st::MechanismEmissionSplit::<Runtime>::insert(3, vec![39321u16, 26214]));
    out_of_the_window(&d);
    set_count(&api, "//Alice", 1).await.unwrap();
    let (count, split, rows) = d.ctx.read_state(|| {
        (
            st::MechanismCountCurrent::<Runtime>::get(3),
            st::MechanismEmissionSplit::<Runtime>::get(3),
            st::Weights::<Runtime>::iter_prefix(MECH_1).count(),
        )
    });
    assert_eq!((count, split, rows), (1, None, 0));

    // 16 uids × 2 fits in 256; 200 × 2 does not.
    d.ctx
        .edit_state(|| st::MaxAllowedUids::<Runtime>::insert(3, 200));
    out_of_the_window(&d);
    let err = set_count(&api, "//Alice", 2).await.unwrap_err();
    assert!(err.contains("TooManyUIDsPerMechanism"), "{err}");
    d.ctx
        .edit_state(|| st::MaxAllowedUids::<Runtime>::insert(3, 16));

    // The owner's rate limit: a setting recorded in the block the call lands in refuses it.
    let next = d.ctx.read_state(st::Pallet::<Runtime>::block_number) + 1;
    let alice = tao_devnet::dev_account("//Alice");
    d.ctx
        .edit_state(|| st::TransactionKeyLastBlock::<Runtime>::insert((&alice, 3u16, 7u16), next));
    let err = set_count(&api, "//Alice", 2).await.unwrap_err();
    assert!(err.contains("TxRateLimitExceeded"), "{err}");

    // The freeze window: the last AdminFreezeWindow (2) blocks before the epoch.
    let (last, tempo) = d.ctx.read_state(|| {
        (
            st::LastEpochBlock::<Runtime>::get(3),
            u64::from(st::Tempo::<Runtime>::get(3)),
        )
    });
    let now = d.ctx.read_state(st::Pallet::<Runtime>::block_number);
    let epoch = if last + tempo > now + 2 {
        last + tempo
    } else {
        last + 2 * tempo
    };
    // The call lands in block `epoch − 1`: one block before the epoch.
    d.ctx.new_blocks((epoch - 2 - now) as u32);
    let err = set_count(&api, "//Alice", 2).await.unwrap_err();
    assert!(
        err.contains("AdminActionProhibitedDuringWeightsWindow"),
        "{err}"
    );
    // After the epoch the window is open again.
    d.ctx.new_blocks(1);
    out_of_the_window(&d);
    set_count(&api, "//Alice", 2).await.unwrap();
    assert_eq!(
        d.ctx
            .read_state(|| st::MechanismCountCurrent::<Runtime>::get(3)),
        2
    );
}

#[tokio::test]
async fn mechagraphs_carry_the_mechanisms_own_terms() {
    let d = devnet().await;
    let api = client(&d).await;
    let m = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_mechagraph",
        vec![Value::u128(3), Value::u128(1)],
    )
    .await;
    let m = m.at(0).expect("mechanism 1 exists");
    assert_eq!(m.at("netuid").unwrap().as_u128(), Some(u128::from(MECH_1)));
    let none = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_mechagraph",
        vec![Value::u128(3), Value::u128(2)],
    )
    .await;
    assert!(none.at(0).is_none(), "no mechanism 2");
    let all = runtime_api(&api, "SubnetInfoRuntimeApi", "get_all_mechagraphs", vec![]).await;
    // Root, subnets 1 and 2 with one mechanism each, subnet 3 with two.
    let mut n = 0;
    while all.at(n).is_some() {
        n += 1;
    }
    assert_eq!(n, 5);

    // After an epoch, each mechanism's incentive is its own: Alice weights uids 0 and 1 on
    // mechanism 0 and uids 2 and 3 on mechanism 1.
    set_mechanism_weights(&api, "//Alice//hot", 0, &[0, 1], &[1, 1])
        .await
        .unwrap();
    set_mechanism_weights(&api, "//Alice//hot", 1, &[2, 3], &[1, 1])
        .await
        .unwrap();
    d.ctx.new_blocks(10);
    let (main, mech) = d.ctx.read_state(|| {
        (
            st::Incentive::<Runtime>::get(3),
            st::Incentive::<Runtime>::get(MECH_1),
        )
    });
    assert!(main[0] > 0 && main[1] > 0, "{main:?}");
    assert_eq!(&main[2..], &[0, 0]);
    assert_eq!(&mech[..2], &[0, 0]);
    assert!(mech[2] > 0 && mech[3] > 0, "{mech:?}");
}
