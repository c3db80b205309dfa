//! `set_coldkey_auto_stake_hotkey` and its effect on the epoch's miner incentive, through subxt.

mod common;

use common::*;
use subxt::dynamic::{At, Value};
use tao_devnet::dev_account;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

fn acct(uri: &str) -> Value {
    Value::from_bytes(id(uri))
}

async fn set_auto(
    api: &Api,
    coldkey: &str,
    netuid: u16,
    hotkey: &str,
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(coldkey),
        "SubtensorModule",
        "set_coldkey_auto_stake_hotkey",
        vec![Value::u128(u128::from(netuid)), acct(hotkey)],
    )
    .await
}

#[tokio::test]
async fn the_destination_is_checked_and_kept_in_both_maps() {
    let d = devnet().await;
    let api = client(&d).await;
    let (bob, alice_hot, bob_hot) = (
        dev_account("//Bob"),
        dev_account("//Alice//hot"),
        dev_account("//Bob//hot"),
    );
    let e = set_auto(&api, "//Bob", 77, "//Alice//hot")
        .await
        .unwrap_err();
    assert!(e.contains("SubnetNotExists"), "{e}");
    let e = set_auto(&api, "//Bob", 1, "//Nobody//hot")
        .await
        .unwrap_err();
    assert!(e.contains("HotKeyNotRegisteredInSubNet"), "{e}");
    let events = set_auto(&api, "//Bob", 1, "//Alice//hot").await.unwrap();
    assert!(has_event(
        &events,
        "SubtensorModule",
        "AutoStakeDestinationSet"
    ));
    let e = set_auto(&api, "//Bob", 1, "//Alice//hot")
        .await
        .unwrap_err();
    assert!(e.contains("SameAutoStakeHotkeyAlreadySet"), "{e}");
    d.ctx.read_state(|| {
        assert_eq!(
            st::AutoStakeDestination::<Runtime>::get(&bob, 1),
            Some(alice_hot.clone())
        );
        assert_eq!(
            st::AutoStakeDestinationColdkeys::<Runtime>::get(&alice_hot, 1),
            vec![bob.clone()]
        );
    });
    // Moving the destination moves the coldkey between the lists.
    set_auto(&api, "//Bob", 1, "//Bob//hot").await.unwrap();
    d.ctx.read_state(|| {
        assert!(st::AutoStakeDestinationColdkeys::<Runtime>::get(&alice_hot, 1).is_empty());
        assert_eq!(
            st::AutoStakeDestinationColdkeys::<Runtime>::get(&bob_hot, 1),
            vec![bob.clone()]
        );
    });
    // The runtime API reads it back.
    let v = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_coldkey_auto_stake_hotkey",
        vec![acct("//Bob"), Value::u128(1)],
    )
    .await;
    let some = v.at(0).expect("Some(account)");
    assert_eq!(flat_bytes(some), bob_hot.as_ref() as &[u8]);
}

#[tokio::test]
async fn the_epoch_stakes_the_owners_miner_incentive_to_the_destination() {
    let d = devnet().await;
    let api = client(&d).await;
    let (bob, alice_hot, bob_hot) = (
        dev_account("//Bob"),
        dev_account("//Alice//hot"),
        dev_account("//Bob//hot"),
    );
    set_auto(&api, "//Bob", 1, "//Alice//hot").await.unwrap();
    // Alice's validator weights Bob's miner, so the epoch pays Bob's hotkey incentive.
    let bob_uid = d
        .ctx
        .read_state(|| st::Uids::<Runtime>::get(1, &bob_hot))
        .expect("Bob's hotkey has a uid");
    submit(
        &api,
        &key("//Alice//hot"),
        "SubtensorModule",
        "set_weights",
        vec![
            Value::u128(1),
            Value::unnamed_composite([Value::u128(u128::from(bob_uid))]),
            Value::unnamed_composite([Value::u128(65_535)]),
            Value::u128(0),
        ],
    )
    .await
    .unwrap();
    let before = stake(&api, *alice_hot.as_ref(), *bob.as_ref(), 1).await;
    assert_eq!(before, 0);
    // Run to the next epoch of subnet 1 and read its events.
    let epoch = d.ctx.read_state(|| st::LastEpochBlock::<Runtime>::get(1)) + 10;
    let now = api.at_current_block().await.unwrap().block_number() as u64;
    d.ctx.new_blocks((epoch.max(now + 1) - now) as u32);
    let events = d
        .ctx
        .read_state(frame_system::Pallet::<Runtime>::read_events_no_consensus);
    let mut emitted = None;
    let mut added = None;
    for r in events {
        if let tao_devnet::RuntimeEvent::SubtensorModule(ev) = &r.event {
            match ev {
                st::Event::IncentiveAlphaEmittedToMiners {
                    netuid: 1,
                    emissions,
                } => emitted = Some(emissions.clone()),
                st::Event::AutoStakeAdded {
                    netuid,
                    destination,
                    hotkey,
                    owner,
                    incentive,
                } => {
                    added = Some((
                        *netuid,
                        destination.clone(),
                        hotkey.clone(),
                        owner.clone(),
                        *incentive,
                    ))
                }
                _ => {}
            }
        }
    }
    let emitted = emitted.expect("the epoch ran at this block");
    let incentive = emitted[bob_uid as usize];
    assert!(incentive > 0, "{emitted:?}");
    assert_eq!(
        added,
        Some((
            1,
            alice_hot.clone(),
            bob_hot.clone(),
            bob.clone(),
            incentive
        ))
    );
    // Bob now holds stake on the destination hotkey: at least the incentive (the destination's
    // own dividends, paid after the incentives, only add to it).
    let after = stake(&api, *alice_hot.as_ref(), *bob.as_ref(), 1).await;
    assert!(after >= u128::from(incentive), "{after} < {incentive}");
}
