//! Neuron membership and the full neuron view: `IsNetworkMember` kept with `Uids` through
//! registration and a hotkey swap, and `NeuronInfoRuntimeApi.get_neuron(s)` computed from the
//! neurons' state (what btcli 9's `wallet overview` and `subnets register` read).

mod common;

use common::*;
use subxt::dynamic::{At, Value};
use tao_devnet::dev_account;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

/// Every (hotkey, netuid) with a uid is flagged a member, and no other pair is.
fn membership_matches_uids(d: &tao_devnet::Devnet) {
    d.ctx.read_state(|| {
        let mut uids: Vec<_> = st::Uids::<Runtime>::iter()
            .map(|(netuid, hotkey, _)| (hotkey, netuid))
            .collect();
        let mut members: Vec<_> = st::IsNetworkMember::<Runtime>::iter()
            .filter(|(_, _, member)| *member)
            .map(|(hotkey, netuid, _)| (hotkey, netuid))
            .collect();
        uids.sort();
        members.sort();
        assert_eq!(members, uids);
    });
}

#[tokio::test]
async fn membership_follows_registration_and_a_hotkey_swap() {
    let d = devnet().await;
    let api = client(&d).await;
    membership_matches_uids(&d);
    let eve_hot = dev_account("//Eve//hot");
    assert!(
        !d.ctx
            .read_state(|| st::IsNetworkMember::<Runtime>::get(&eve_hot, 1))
    );
    submit(
        &api,
        &key("//Eve"),
        "SubtensorModule",
        "burned_register",
        vec![Value::u128(1), Value::from_bytes(id("//Eve//hot"))],
    )
    .await
    .unwrap();
    assert!(
        d.ctx
            .read_state(|| st::IsNetworkMember::<Runtime>::get(&eve_hot, 1))
    );
    membership_matches_uids(&d);

    // Bob's hotkey moves to a new key on every subnet; the flags move with the uids.
    let (old, new) = (dev_account("//Bob//hot"), dev_account("//Bob//new"));
    submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "swap_hotkey_v2",
        vec![
            Value::from_bytes(id("//Bob//hot")),
            Value::from_bytes(id("//Bob//new")),
            Value::unnamed_variant("None", []),
            Value::bool(false),
        ],
    )
    .await
    .unwrap();
    d.ctx.read_state(|| {
        for netuid in [1u16, 2, 3] {
            assert!(!st::IsNetworkMember::<Runtime>::get(&old, netuid));
            assert!(st::IsNetworkMember::<Runtime>::get(&new, netuid));
        }
    });
    membership_matches_uids(&d);
}

#[tokio::test]
async fn get_neuron_is_the_lite_view_with_weights_and_bonds() {
    let d = devnet().await;
    let api = client(&d).await;
    // Alice's validator weights uids 2 and 3 after they registered; after two epochs her
    // bonds to them are on chain.
    d.ctx.new_blocks(2);
    submit(
        &api,
        &key("//Alice//hot"),
        "SubtensorModule",
        "set_weights",
        vec![
            Value::u128(1),
            Value::unnamed_composite([Value::u128(2), Value::u128(3)]),
            Value::unnamed_composite([Value::u128(30000), Value::u128(65535)]),
            Value::u128(0),
        ],
    )
    .await
    .unwrap();
    d.ctx.new_blocks(25);
    let neurons = runtime_api(
        &api,
        "NeuronInfoRuntimeApi",
        "get_neurons",
        vec![Value::u128(1)],
    )
    .await;
    let n = d.ctx.read_state(|| st::SubnetworkN::<Runtime>::get(1));
    assert!(neurons.at(n as usize - 1).is_some() && neurons.at(n as usize).is_none());
    let mut bonds_seen = 0;
    for uid in 0..n {
        let full = runtime_api(
            &api,
            "NeuronInfoRuntimeApi",
            "get_neuron",
            vec![Value::u128(1), Value::u128(uid.into())],
        )
        .await;
        let full = full.at(0).expect("Some(neuron)");
        let (hotkey, weights, bonds, owner, alpha) = d.ctx.read_state(|| {
            let hotkey = st::Keys::<Runtime>::get(1, uid);
            (
                hotkey.clone(),
                st::Weights::<Runtime>::get(1, uid),
                st::Bonds::<Runtime>::get(1, uid),
                st::Owner::<Runtime>::get(&hotkey),
                st::TotalHotkeyAlpha::<Runtime>::get(&hotkey, 1),
            )
        });
        let hot: &[u8; 32] = hotkey.as_ref();
        assert_eq!(flat_bytes(full.at("hotkey").unwrap()), hot.to_vec());
        let pairs = |v: &Value| -> Vec<(u16, u16)> {
            (0..)
                .map_while(|i| v.at(i))
                .map(|p| {
                    (
                        p.at(0).and_then(|x| x.as_u128()).unwrap() as u16,
                        p.at(1).and_then(|x| x.as_u128()).unwrap() as u16,
                    )
                })
                .collect()
        };
        let nonzero = |row: Vec<(u16, u16)>| row.into_iter().filter(|(_, v)| *v > 0).collect();
        let expected_weights: Vec<(u16, u16)> = nonzero(weights);
        let expected_bonds: Vec<(u16, u16)> = nonzero(bonds);
        assert_eq!(
            pairs(full.at("weights").unwrap()),
            expected_weights,
            "uid {uid}"
        );
        assert_eq!(
            pairs(full.at("bonds").unwrap()),
            expected_bonds,
            "uid {uid}"
        );
        bonds_seen += expected_bonds.len();
        // One stake entry, as the chain gives it: the owner and the hotkey's total α.
        let stake = full.at("stake").unwrap();
        let own: &[u8; 32] = owner.as_ref();
        assert_eq!(
            flat_bytes(stake.at(0).unwrap().at(0).unwrap()),
            own.to_vec()
        );
        assert_eq!(
            stake.at(0).unwrap().at(1).and_then(|x| x.as_u128()),
            Some(alpha.into())
        );
        assert!(stake.at(1).is_none());
        assert_eq!(
            full.at("pruning_score").and_then(|x| x.as_u128()),
            Some(u16::MAX.into())
        );
    }
    assert!(bonds_seen > 0, "no bonds after an epoch");
    let none = runtime_api(
        &api,
        "NeuronInfoRuntimeApi",
        "get_neuron",
        vec![Value::u128(1), Value::u128(n.into())],
    )
    .await;
    assert!(none.at(0).is_none());
    let none = runtime_api(
        &api,
        "NeuronInfoRuntimeApi",
        "get_neuron",
        vec![Value::u128(77), Value::u128(0)],
    )
    .await;
    assert!(none.at(0).is_none());
}
