//! Stake locks through subxt: the lock binds the stake (unstaking, unstake-all and moves off
//! the subnet fail with `StakeUnavailable` past the unlocked α), a transfer within the subnet
//! takes the exceeded part of the lock to a receiver that accepts locked α, and swaps carry
//! locks along.

mod common;

use common::*;
use subxt::dynamic::Value;
use tao_devnet::dev_account;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

type S = st::Pallet<Runtime>;

const A: u128 = 1_000_000_000;

fn acc(seed: &str) -> Value {
    Value::from_bytes(id(seed))
}

async fn lock(api: &Api, who: &str, hot: &str, netuid: u16, amount: u128) -> Result<(), String> {
    submit(
        api,
        &key(who),
        "SubtensorModule",
        "lock_stake",
        vec![acc(hot), Value::u128(netuid.into()), Value::u128(amount)],
    )
    .await
    .map(|_| ())
}

#[tokio::test]
async fn a_lock_binds_the_stake_and_follows_transfers_within_the_subnet() {
    let d = devnet().await;
    let api = client(&d).await;
    let (bob, bob_hot) = (dev_account("//Bob"), dev_account("//Bob//hot"));
    let held = d.ctx.read_state(|| S::stake_of(&bob_hot, &bob, 1)) as u128;
    assert_eq!(held, 500 * A);
    lock(&api, "//Bob", "//Bob//hot", 1, 400 * A).await.unwrap();
    let e = lock(&api, "//Bob", "//Alice//hot", 1, A).await.unwrap_err();
    assert!(e.contains("LockHotkeyMismatch"), "{e}");
    let e = lock(&api, "//Bob", "//Bob//hot", 1, 101 * A)
        .await
        .unwrap_err();
    assert!(e.contains("InsufficientStakeForLock"), "{e}");
    let e = lock(&api, "//Bob", "//Bob//hot", 1, 0).await.unwrap_err();
    assert!(e.contains("AmountTooLow"), "{e}");

    // Unstaking past the unlocked α.
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "remove_stake",
        vec![acc("//Bob//hot"), Value::u128(1), Value::u128(150 * A)],
    )
    .await
    .unwrap_err();
    assert!(e.contains("StakeUnavailable"), "{e}");
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "unstake_all",
        vec![acc("//Bob//hot")],
    )
    .await
    .unwrap_err();
    assert!(e.contains("StakeUnavailable"), "{e}");
    // Off the subnet (swap_stake to subnet 2).
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_stake",
        vec![
            acc("//Bob//hot"),
            Value::u128(1),
            Value::u128(2),
            Value::u128(150 * A),
        ],
    )
    .await
    .unwrap_err();
    assert!(e.contains("StakeUnavailable"), "{e}");
    // What is free may go.
    submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "remove_stake",
        vec![acc("//Bob//hot"), Value::u128(1), Value::u128(50 * A)],
    )
    .await
    .unwrap();

    // A transfer within the subnet past the free α: the receiver refuses locked α by default.
    let transfer = |amount: u128| {
        vec![
            acc("//Dave"),
            acc("//Bob//hot"),
            Value::u128(1),
            Value::u128(1),
            Value::u128(amount),
        ]
    };
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "transfer_stake",
        transfer(100 * A),
    )
    .await
    .unwrap_err();
    assert!(e.contains("AccountRejectsLockedAlpha"), "{e}");
    let events = submit(
        &api,
        &key("//Dave"),
        "SubtensorModule",
        "set_reject_locked_alpha",
        vec![Value::bool(false)],
    )
    .await
    .unwrap();
    assert!(has_event(
        &events,
        "SubtensorModule",
        "RejectLockedAlphaUpdated"
    ));
    let before = d
        .ctx
        .read_state(|| S::coldkey_lock(&bob, 1))
        .unwrap()
        .locked_mass;
    let free_before = d.ctx.read_state(|| S::stake_availability(&bob, 1).2);
    submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "transfer_stake",
        transfer(100 * A),
    )
    .await
    .unwrap();
    // The part past the free α moved, with the lock's hotkey (the lock decays by about 430k
    // rao a block meanwhile, so the amounts agree to a few blocks' decay).
    let moved = 100 * A as u64 - free_before;
    let slack = 2_000_000;
    let (bob_lock, dave_lock) = d.ctx.read_state(|| {
        (
            S::coldkey_lock(&bob, 1).unwrap(),
            S::coldkey_lock(&dev_account("//Dave"), 1).unwrap(),
        )
    });
    assert!(
        (bob_lock.locked_mass + moved).abs_diff(before) <= slack,
        "{bob_lock:?}, {moved}, {before}"
    );
    assert!(
        dave_lock.locked_mass.abs_diff(moved) <= slack,
        "{dave_lock:?} vs {moved}"
    );
    let dave_hot_lock = d.ctx.read_state(|| {
        st::Lock::<Runtime>::get((dev_account("//Dave"), 1u16, bob_hot.clone())).is_some()
    });
    assert!(dave_hot_lock, "Dave's lock is to Bob's hotkey");
}

#[tokio::test]
async fn the_runtime_apis_report_locks_and_conviction() {
    let d = devnet().await;
    let api = client(&d).await;
    lock(&api, "//Bob", "//Bob//hot", 1, 100 * A).await.unwrap();
    lock(&api, "//Alice", "//Alice//hot", 1, 10 * A)
        .await
        .unwrap();
    d.ctx.new_blocks(20);
    let bob = dev_account("//Bob");
    let (chain_lock, conv_bob, conv_alice, king, avail) = d.ctx.read_state(|| {
        (
            S::coldkey_lock(&bob, 1).unwrap(),
            S::hotkey_conviction(&dev_account("//Bob//hot"), 1),
            S::hotkey_conviction(&dev_account("//Alice//hot"), 1),
            S::most_convicted_hotkey(1),
            S::stake_availability(&bob, 1),
        )
    });
    let v = runtime_api(
        &api,
        "StakeInfoRuntimeApi",
        "get_coldkey_lock",
        vec![acc("//Bob"), Value::u128(1)],
    )
    .await;
    let text = format!("{v:?}");
    assert!(text.contains(&chain_lock.locked_mass.to_string()), "{text}");
    // Bob's decaying lock has matured a little; Alice's is to the owner hotkey, so its
    // conviction is its whole mass and it is the most convicted.
    assert!(conv_bob > substrate_fixed::types::U64F64::from_num(0));
    assert!(conv_alice > conv_bob);
    assert_eq!(king, Some(dev_account("//Alice//hot")));
    assert_eq!(avail.1, chain_lock.locked_mass);
    assert_eq!(avail.0, avail.1 + avail.2);
}

#[tokio::test]
async fn swaps_carry_the_locks() {
    let d = devnet().await;
    let api = client(&d).await;
    lock(&api, "//Bob", "//Bob//hot", 1, 100 * A).await.unwrap();
    submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_hotkey_v2",
        vec![
            acc("//Bob//hot"),
            acc("//Bob//new"),
            Value::unnamed_variant("None", []),
            Value::bool(false),
        ],
    )
    .await
    .unwrap();
    let (bob, new_hot) = (dev_account("//Bob"), dev_account("//Bob//new"));
    let (on_new, agg_new, agg_old) = d.ctx.read_state(|| {
        (
            st::Lock::<Runtime>::get((bob.clone(), 1u16, new_hot.clone())),
            st::DecayingHotkeyLock::<Runtime>::get(1, new_hot.clone()),
            st::DecayingHotkeyLock::<Runtime>::get(1, dev_account("//Bob//hot")),
        )
    });
    assert!(on_new.is_some(), "the lock follows the hotkey");
    assert!(agg_new.is_some() && agg_old.is_none());
}

#[tokio::test]
async fn an_owner_cut_is_locked_where_the_subnet_auto_locks_it() {
    let d = devnet().await;
    let alice = dev_account("//Alice");
    d.ctx
        .edit_state(|| st::OwnerCutAutoLockEnabled::<Runtime>::insert(1, true));
    d.ctx.new_blocks(25);
    let (lock, owner_lock, other) = d.ctx.read_state(|| {
        (
            st::Lock::<Runtime>::get((alice.clone(), 1u16, dev_account("//Alice//hot"))),
            st::OwnerLock::<Runtime>::get(1).or(st::DecayingOwnerLock::<Runtime>::get(1)),
            st::Lock::<Runtime>::iter_prefix((alice.clone(), 2u16)).count(),
        )
    });
    let lock = lock.expect("the owner cut of subnet 1 is locked to the owner hotkey");
    assert!(lock.locked_mass > 0);
    // To the owner's hotkey, conviction is the locked mass.
    assert_eq!(lock.conviction.bits >> 64, u128::from(lock.locked_mass));
    assert!(owner_lock.is_some());
    assert_eq!(other, 0, "subnet 2 does not auto-lock");
}
