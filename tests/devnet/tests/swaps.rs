//! Hotkey and coldkey swaps through subxt: the chain's guards, what moves, costs, events, and
//! the coldkey-swap guard on other calls.

mod common;

use common::*;
use sp_runtime::traits::{BlakeTwo256, Hash};
use subxt::dynamic::Value;
use tao_devnet::dev_account;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

type S = st::Pallet<Runtime>;

fn acc(seed: &str) -> Value {
    Value::from_bytes(id(seed))
}

fn swap_args(old: &str, new: &str, netuid: Option<u16>, keep: bool) -> Vec<Value> {
    let netuid = match netuid {
        Some(n) => Value::unnamed_variant("Some", [Value::u128(n.into())]),
        None => Value::unnamed_variant("None", []),
    };
    vec![acc(old), acc(new), netuid, Value::bool(keep)]
}

#[tokio::test]
async fn a_hotkey_swap_on_every_subnet_moves_uids_stake_and_ownership() {
    let d = devnet().await;
    let api = client(&d).await;
    let (bob, old, new) = (
        dev_account("//Bob"),
        dev_account("//Bob//hot"),
        dev_account("//Bob//new"),
    );
    let issuance = d.ctx.read_state(st::TotalIssuance::<Runtime>::get);
    let stake = d.ctx.read_state(|| S::stake_of(&old, &bob, 1));
    assert!(stake > 0);
    // Not Alice's hotkey to swap; nor the same key.
    let e = submit(
        &api,
        &key("//Alice"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Bob//hot", "//Alice//new", None, false),
    )
    .await
    .unwrap_err();
    assert!(e.contains("NonAssociatedColdKey"), "{e}");
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Bob//hot", "//Bob//hot", None, false),
    )
    .await
    .unwrap_err();
    assert!(e.contains("NewHotKeyIsSameWithOld"), "{e}");
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Bob//hot", "//Charlie//hot", None, false),
    )
    .await
    .unwrap_err();
    assert!(e.contains("NonAssociatedColdKey"), "{e}");
    let events = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_hotkey",
        vec![
            acc("//Bob//hot"),
            acc("//Bob//new"),
            Value::unnamed_variant("None", []),
        ],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "HotkeySwapped"));
    d.ctx.read_state(|| {
        for n in [1u16, 2, 3] {
            assert_eq!(st::Uids::<Runtime>::get(n, &new), Some(1));
            assert_eq!(st::Uids::<Runtime>::get(n, &old), None);
            assert_eq!(st::Keys::<Runtime>::get(n, 1), new);
            assert!(st::LastHotkeySwapOnNetuid::<Runtime>::get(n, &bob) > 0);
        }
        assert_eq!(S::stake_of(&new, &bob, 1), stake);
        assert_eq!(S::stake_of(&old, &bob, 1), 0);
        assert!(!st::Owner::<Runtime>::contains_key(&old));
        assert_eq!(st::Owner::<Runtime>::get(&new), bob);
        assert_eq!(st::OwnedHotkeys::<Runtime>::get(&bob), vec![new.clone()]);
        assert_eq!(st::StakingHotkeys::<Runtime>::get(&bob), vec![new.clone()]);
        assert_eq!(
            st::TotalIssuance::<Runtime>::get(),
            issuance - st::swap::KEY_SWAP_COST
        );
    });
    // The legacy rate limit: 1000 blocks per coldkey.
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Bob//new", "//Bob//newer", Some(1), false),
    )
    .await
    .unwrap_err();
    assert!(e.contains("HotKeySetTxRateLimitExceeded"), "{e}");
    // Past it, the subnet's cooldown still holds until 10 blocks after the swap.
    d.ctx
        .edit_state(|| st::LastTxBlock::<Runtime>::remove(&bob));
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Bob//new", "//Bob//newer", Some(1), false),
    )
    .await
    .unwrap_err();
    assert!(e.contains("HotKeySwapOnSubnetIntervalNotPassed"), "{e}");
}

#[tokio::test]
async fn a_hotkey_swap_on_one_subnet_can_keep_the_stake() {
    let d = devnet().await;
    let api = client(&d).await;
    let (alice, old, new) = (
        dev_account("//Alice"),
        dev_account("//Alice//hot"),
        dev_account("//Alice//new"),
    );
    // The per-subnet cooldown counts from block 0.
    let e = submit(
        &api,
        &key("//Alice"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Alice//hot", "//Alice//new", Some(2), true),
    )
    .await
    .unwrap_err();
    assert!(e.contains("HotKeySwapOnSubnetIntervalNotPassed"), "{e}");
    d.ctx.new_blocks(12);
    let e = submit(
        &api,
        &key("//Alice"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Alice//hot", "//Bob//hot", Some(2), true),
    )
    .await
    .unwrap_err();
    assert!(e.contains("NonAssociatedColdKey"), "{e}");
    let stake = d.ctx.read_state(|| S::stake_of(&old, &alice, 2));
    let free = free_balance(&api, id("//Alice")).await;
    let events = submit(
        &api,
        &key("//Alice"),
        "SubtensorModule",
        "swap_hotkey_v2",
        swap_args("//Alice//hot", "//Alice//new", Some(2), true),
    )
    .await
    .unwrap();
    assert!(has_event(
        &events,
        "SubtensorModule",
        "HotkeySwappedOnSubnet"
    ));
    assert!(
        free - free_balance(&api, id("//Alice")).await
            > u128::from(st::swap::KEY_SWAP_ON_SUBNET_COST)
    );
    d.ctx.read_state(|| {
        assert_eq!(st::Uids::<Runtime>::get(2, &new), Some(0));
        assert_eq!(st::Uids::<Runtime>::get(1, &old), Some(0));
        assert_eq!(st::SubnetOwnerHotkey::<Runtime>::get(2), new);
        assert_eq!(st::SubnetOwnerHotkey::<Runtime>::get(1), old);
        // keep_stake: the stake stays on the old hotkey.
        assert_eq!(S::stake_of(&old, &alice, 2), stake);
        assert_eq!(S::stake_of(&new, &alice, 2), 0);
        assert_eq!(st::Owner::<Runtime>::get(&old), alice);
        assert_eq!(st::Owner::<Runtime>::get(&new), alice);
    });
}

#[tokio::test]
async fn a_coldkey_swap_is_announced_guarded_executed_disputed_and_cleared() {
    let d = devnet().await;
    let api = client(&d).await;
    let (bob, bob_hot) = (dev_account("//Bob"), dev_account("//Bob//hot"));
    let new = dev_account("//Bob//cold");
    let hash = BlakeTwo256::hash_of(&new);
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_coldkey_announced",
        vec![acc("//Bob//cold")],
    )
    .await
    .unwrap_err();
    assert!(e.contains("ColdkeySwapAnnouncementNotFound"), "{e}");
    let events = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "announce_coldkey_swap",
        vec![Value::from_bytes(hash.0)],
    )
    .await
    .unwrap();
    assert!(has_event(
        &events,
        "SubtensorModule",
        "ColdkeySwapAnnounced"
    ));
    let (when, stored) = d
        .ctx
        .read_state(|| st::ColdkeySwapAnnouncements::<Runtime>::get(&bob))
        .unwrap();
    assert_eq!(stored, hash);
    // Any other call is refused in the pool (custom code 0).
    let e = submit(
        &api,
        &key("//Bob"),
        "System",
        "remark",
        vec![Value::from_bytes(b"x")],
    )
    .await
    .unwrap_err();
    assert!(e.contains("Custom error: 0"), "{e}");
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_coldkey_announced",
        vec![acc("//Bob//cold")],
    )
    .await
    .unwrap_err();
    assert!(e.contains("ColdkeySwapTooEarly"), "{e}");
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_coldkey_announced",
        vec![acc("//Eve")],
    )
    .await
    .unwrap_err();
    assert!(e.contains("AnnouncedColdkeyHashDoesNotMatch"), "{e}");
    let now = d.ctx.read_state(S::block_number) as u32;
    d.ctx.new_blocks(when - now);
    let stake = d.ctx.read_state(|| S::stake_of(&bob_hot, &bob, 1));
    let events = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_coldkey_announced",
        vec![acc("//Bob//cold")],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "ColdkeySwapped"));
    d.ctx.read_state(|| {
        assert_eq!(S::stake_of(&bob_hot, &new, 1), stake);
        assert_eq!(S::stake_of(&bob_hot, &bob, 1), 0);
        assert_eq!(st::Owner::<Runtime>::get(&bob_hot), new);
        assert_eq!(
            st::OwnedHotkeys::<Runtime>::get(&new),
            vec![bob_hot.clone()]
        );
        assert!(st::StakingHotkeys::<Runtime>::get(&bob).is_empty());
        assert!(st::ColdkeySwapAnnouncements::<Runtime>::get(&bob).is_none());
        assert!(S::free_balance(&bob) == 0);
        assert!(S::free_balance(&new) > 999_000 * tao_devnet::TAO);
    });

    // Charlie announces, disputes: every call is refused, the swap calls too (code 21).
    let hash = BlakeTwo256::hash_of(&dev_account("//Charlie//cold"));
    submit(
        &api,
        &key("//Charlie"),
        "SubtensorModule",
        "announce_coldkey_swap",
        vec![Value::from_bytes(hash.0)],
    )
    .await
    .unwrap();
    let events = submit(
        &api,
        &key("//Charlie"),
        "SubtensorModule",
        "dispute_coldkey_swap",
        vec![],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "ColdkeySwapDisputed"));
    let e = submit(
        &api,
        &key("//Charlie"),
        "SubtensorModule",
        "clear_coldkey_swap_announcement",
        vec![],
    )
    .await
    .unwrap_err();
    assert!(e.contains("Custom error: 21"), "{e}");
    // Root resets it.
    d.ctx.edit_state(|| {
        S::reset_coldkey_swap(tao_devnet::RuntimeOrigin::root(), dev_account("//Charlie")).unwrap()
    });
    assert!(
        d.ctx
            .read_state(|| st::ColdkeySwapDisputes::<Runtime>::get(dev_account("//Charlie")))
            .is_none()
    );

    // Dave announces, and clears once the reannouncement delay has passed too.
    let hash = BlakeTwo256::hash_of(&dev_account("//Dave//cold"));
    submit(
        &api,
        &key("//Dave"),
        "SubtensorModule",
        "announce_coldkey_swap",
        vec![Value::from_bytes(hash.0)],
    )
    .await
    .unwrap();
    let e = submit(
        &api,
        &key("//Dave"),
        "SubtensorModule",
        "clear_coldkey_swap_announcement",
        vec![],
    )
    .await
    .unwrap_err();
    assert!(e.contains("ColdkeySwapClearTooEarly"), "{e}");
    let e = submit(
        &api,
        &key("//Dave"),
        "SubtensorModule",
        "announce_coldkey_swap",
        vec![Value::from_bytes(hash.0)],
    )
    .await
    .unwrap_err();
    assert!(e.contains("ColdkeySwapReannouncedTooEarly"), "{e}");
    d.ctx.new_blocks(60);
    let events = submit(
        &api,
        &key("//Dave"),
        "SubtensorModule",
        "clear_coldkey_swap_announcement",
        vec![],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "ColdkeySwapCleared"));
    submit(
        &api,
        &key("//Dave"),
        "System",
        "remark",
        vec![Value::from_bytes(b"x")],
    )
    .await
    .unwrap();
}
