//! The coinbase beyond the epoch itself: stake inheritance through children and the dividend
//! split to parents, TAO emission injected into the pools, and root dividends paid through
//! `claim_root`. Extrinsics go through subxt; expectations are computed here from the stored
//! state with `tao::yuma` and the chain's fixed-point rules.

mod common;

use common::*;
use substrate_fixed::types::{I96F32, U64F64, U96F32};
use subxt::dynamic::{At, Value};
use tao::yuma::inherit;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;
use tao_devnet::{TAO, dev_account};

type S = st::Pallet<Runtime>;

fn acct(uri: &str) -> Value {
    Value::from_bytes(id(uri))
}

fn fx(v: u64) -> U96F32 {
    U96F32::saturating_from_num(v)
}

async fn block_number(api: &Api) -> u64 {
    let at = api.at_current_block().await.expect("block");
    at.block_number() as u64
}

async fn advance_to(d: &tao_devnet::Devnet, api: &Api, target: u64) {
    let now = block_number(api).await;
    if target > now {
        d.ctx.new_blocks((target - now) as u32);
    }
}

/// What one more block adds to the three pending pools of subnet `netuid` (no TAO emission):
/// 1 α, the owner cut, half to miners, the root share of the other half by the root
/// proportion with this block's α counted in the issuance.
fn one_block_of_pools(netuid: u16) -> (u64, u64, u64) {
    let a = fx(1_000_000_000);
    let cut = a * (fx(11_796) / fx(65_535));
    let alpha = a - cut;
    let issuance = st::SubnetAlphaIn::<Runtime>::get(netuid)
        + st::SubnetAlphaOut::<Runtime>::get(netuid)
        + 1_000_000_000;
    let tw = fx(st::TaoWeight::<Runtime>::get()) / fx(u64::MAX);
    let root_tao = fx(st::SubnetTAO::<Runtime>::get(0)) * tw;
    let root_prop = root_tao / (root_tao + fx(issuance));
    let root = root_prop * alpha * U96F32::from_num(0.5);
    let half = alpha * U96F32::from_num(0.5);
    let validator = alpha - half - root;
    (
        half.to_num::<u64>(),
        validator.to_num::<u64>(),
        root.to_num::<u64>(),
    )
}

/// The epoch input one block before the epoch block `epoch`, as the epoch will read it.
fn input_for_epoch(d: &tao_devnet::Devnet, netuid: u16, epoch: u64) -> tao::yuma::EpochInput {
    let mut input = d.ctx.read_state(|| {
        let (s, v, r) = one_block_of_pools(netuid);
        S::epoch_input(
            netuid,
            0,
            st::PendingServerEmission::<Runtime>::get(netuid) + s,
            st::PendingValidatorEmission::<Runtime>::get(netuid) + v,
            st::PendingRootAlphaDivs::<Runtime>::get(netuid) + r,
        )
    });
    input.current_block = epoch;
    input
}

#[tokio::test]
async fn a_child_inherits_stake_and_shares_its_dividends_with_its_parent() {
    let d = devnet().await;
    let api = client(&d).await;
    let half = u64::MAX / 2;
    let alice_hot = dev_account("//Alice//hot");
    let bob_hot = dev_account("//Bob//hot");

    // //Alice//hot (owned by //Alice) gives half of its stake on subnet 1 to //Bob//hot (owned
    // by //Bob): a parent with another coldkey, so the childkey take and CKBurn apply.
    let events = submit(
        &api,
        &key("//Alice"),
        "SubtensorModule",
        "set_children",
        vec![
            acct("//Alice//hot"),
            Value::u128(1),
            Value::unnamed_composite([Value::unnamed_composite([
                Value::u128(half as u128),
                acct("//Bob//hot"),
            ])]),
        ],
    )
    .await
    .unwrap();
    assert!(has_event(
        &events,
        "SubtensorModule",
        "SetChildrenScheduled"
    ));
    submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "set_childkey_take",
        vec![acct("//Bob//hot"), Value::u128(1), Value::u128(6_553)],
    )
    .await
    .unwrap();
    let ck_burn = u64::MAX / 10;
    d.ctx.edit_state(|| st::CKBurn::<Runtime>::put(ck_burn));

    // The relation applies after the 15-block cooldown; stop one block before the epoch after.
    advance_to(&d, &api, 20).await;
    assert_eq!(
        d.ctx
            .read_state(|| st::ParentKeys::<Runtime>::get(&bob_hot, 1)),
        vec![(half, alice_hot.clone())]
    );
    let epoch = d.ctx.read_state(|| st::LastEpochBlock::<Runtime>::get(1)) + 10;
    advance_to(&d, &api, epoch - 1).await;

    // Inherited stakes, by hand: Alice keeps 1000 − 1000·p, Bob has 500 + 1000·p, with
    // p = floor32(half / u64::MAX) = 0x7FFF_FFFF / 2^32.
    let (alice_own, bob_own) = d.ctx.read_state(|| {
        (
            st::TotalHotkeyAlpha::<Runtime>::get(&alice_hot, 1),
            st::TotalHotkeyAlpha::<Runtime>::get(&bob_hot, 1),
        )
    });
    let p = U96F32::from_bits(0x7FFF_FFFF);
    let given = fx(alice_own) * p;
    let input = input_for_epoch(&d, 1, epoch);
    assert_eq!(
        input.alpha_stake[0],
        (fx(alice_own) - given).to_num::<u64>()
    );
    assert_eq!(input.alpha_stake[1], (fx(bob_own) + given).to_num::<u64>());
    assert_eq!(
        input.alpha_stake[1],
        inherit::inherited_stake(bob_own, [], [(half, alice_own)])
    );
    let sim = tao::yuma::simulate(&input).expect("engine runs");
    let out = &sim.output;

    let total_before = d.ctx.read_state(|| {
        (
            st::TotalHotkeyAlpha::<Runtime>::get(&alice_hot, 1),
            st::TotalHotkeyAlpha::<Runtime>::get(&bob_hot, 1),
        )
    });
    // The owner cut of the tempo, staked to the owner hotkey at the epoch.
    let owner_cut = d.ctx.read_state(|| st::PendingOwnerCut::<Runtime>::get(1))
        + (fx(1_000_000_000) * (fx(11_796) / fx(65_535))).to_num::<u64>();
    // The devnet's split, on the state the payout sees (incentives are paid after it).
    let (parents, split) = d
        .ctx
        .read_state(|| S::split_validator_dividend(&bob_hot, 1, out.validator_emission[1]));
    d.ctx.new_blocks(1);
    assert_eq!(block_number(&api).await, epoch);

    // The epoch ran on the inherited stakes.
    let stored = d.ctx.read_state(|| {
        (
            st::Dividends::<Runtime>::get(1),
            st::Incentive::<Runtime>::get(1),
            st::Emission::<Runtime>::get(1),
        )
    });
    assert_eq!(stored.0, out.dividends_u16);
    assert_eq!(stored.1, out.incentive_u16);
    assert_eq!(stored.2, out.combined_emission);
    let d_alice = out.validator_emission[0];
    let d_bob = out.validator_emission[1];
    assert!(d_alice > 0 && d_bob > 0, "{d_alice} {d_bob}");

    // Bob's dividend shared with Alice by contribution, by hand: Bob's own contribution is his
    // own α (he gives nothing away), Alice's is 1000·p; Alice's share loses CKBurn and the
    // childkey take 6553/65535, the take goes to Bob.
    let contribution = given;
    let total = fx(bob_own) + contribution;
    let share = fx(d_bob) * (contribution / total);
    let burn = (fx(ck_burn) / fx(u64::MAX)) * share;
    let take = (fx(6_553) / fx(65_535)) * share;
    let to_alice = (share - burn - take).to_num::<u64>();
    let to_bob = (fx(d_bob) - share + take).to_num::<u64>();
    assert_eq!(parents, vec![alice_hot.clone()]);
    assert_eq!(split.to_parents, vec![to_alice]);
    assert_eq!(split.to_child, to_bob);
    assert_eq!(split.burned, vec![burn.to_num::<u64>()]);
    assert!(to_alice > 0 && burn.to_num::<u64>() > 0);

    // Then each hotkey's α dividends (no root stake): the validator pool by share of the
    // summed dividends; the delegate take (11796/65535) to the owner, the rest to the pool.
    // The validator pool (plus the miners' when the epoch paid no incentive at all).
    let pool = if out.server_emission.iter().any(|e| *e > 0) {
        input.pending_validator_alpha
    } else {
        input.pending_validator_alpha + input.pending_server_alpha
    };
    let alice_divs = fx(d_alice + to_alice);
    let bob_divs = fx(to_bob);
    let sum = alice_divs + bob_divs;
    let rate = fx(11_796) / fx(65_535);
    let mut expected_total = Vec::new();
    for (hot, divs, before, uid) in [
        (&alice_hot, alice_divs, total_before.0, 0usize),
        (&bob_hot, bob_divs, total_before.1, 1usize),
    ] {
        let paid = fx(pool) * (divs / sum);
        let take = (rate * paid).to_num::<u64>();
        let rest = (paid - rate * paid).to_num::<u64>();
        let recorded = d
            .ctx
            .read_state(|| st::AlphaDividendsPerSubnet::<Runtime>::get(1, hot));
        assert_eq!(recorded, rest, "AlphaDividendsPerSubnet of uid {uid}");
        // Miner incentive of the owner's hotkey is burned; Bob's is staked to him.
        // The owner hotkey gets the owner cut.
        let (incentive, cut) = if uid == 0 {
            (0, owner_cut)
        } else {
            (out.server_emission[uid], 0)
        };
        expected_total.push(before + incentive + cut + take + rest);
    }
    let total_after = d.ctx.read_state(|| {
        (
            st::TotalHotkeyAlpha::<Runtime>::get(&alice_hot, 1),
            st::TotalHotkeyAlpha::<Runtime>::get(&bob_hot, 1),
        )
    });
    assert_eq!(vec![total_after.0, total_after.1], expected_total);
}

#[tokio::test]
async fn tao_emission_moves_the_pool_reserves_by_what_it_injects() {
    let d = devnet().await;
    let api = client(&d).await;
    let reserves = |n: u16| {
        d.ctx.read_state(|| {
            (
                st::SubnetTAO::<Runtime>::get(n),
                st::SubnetAlphaIn::<Runtime>::get(n),
            )
        })
    };
    let price = || async {
        runtime_api(
            &api,
            "SwapRuntimeApi",
            "current_alpha_price",
            vec![Value::u128(1)],
        )
        .await
        .as_u128()
        .unwrap()
    };

    // Off (the library's default): reserves stay.
    let before = reserves(1);
    d.ctx.new_blocks(1);
    assert_eq!(reserves(1), before);

    // On, with no root stake: the root proportion is 0, so no α may be injected and each
    // subnet's TAO (1 TAO per block, half each by equal moving prices) buys α on the pool
    // without fee: Δα = 1000 α · 0.5 / 1000.5 = 0.499750124… α. (Subnets 1 and 2 only: subnet
    // 3 is taken out of the emission here by clearing its first emission block.)
    d.ctx.edit_state(|| {
        st::DevnetTaoEmission::<Runtime>::put(true);
        st::FirstEmissionBlockNumber::<Runtime>::remove(3);
    });
    let price_before = price().await;
    let (issuance_before, b1, b2) = d.ctx.read_state(|| {
        (
            st::TotalIssuance::<Runtime>::get(),
            reserves_of(1),
            reserves_of(2),
        )
    });
    d.ctx.new_blocks(1);
    for (n, (tao_before, alpha_before)) in [(1u16, b1), (2u16, b2)] {
        let (tao_after, alpha_after) = reserves(n);
        assert_eq!(tao_after - tao_before, 500_000_000, "TAO reserve of {n}");
        assert_eq!(alpha_before - alpha_after, 499_750_124, "α reserve of {n}");
        let (excess, tao_in, alpha_in, protocol) = d.ctx.read_state(|| {
            (
                st::SubnetExcessTao::<Runtime>::get(n),
                st::SubnetTaoInEmission::<Runtime>::get(n),
                st::SubnetAlphaInEmission::<Runtime>::get(n),
                st::SubnetProtocolAlpha::<Runtime>::get(n),
            )
        });
        assert_eq!((excess, tao_in, alpha_in), (500_000_000, 0, 0));
        assert_eq!(protocol, 499_750_124);
    }
    assert_eq!(
        d.ctx.read_state(st::TotalIssuance::<Runtime>::get) - issuance_before,
        TAO
    );
    assert!(
        price().await > price_before,
        "the chain buy raises the price"
    );

    // With root stake the α side is injected too, at the pool's price: put 100,000 TAO on root
    // (root proportion ≈ 0.68 of the ≈ 2,500 α issuance, so 0.5 TAO / price is under the cap).
    let charlie = key("//Charlie");
    submit(
        &api,
        &charlie,
        "SubtensorModule",
        "add_stake",
        vec![
            acct("//Charlie//hot"),
            Value::u128(0),
            Value::u128(100_000 * TAO as u128),
        ],
    )
    .await
    .unwrap();
    let (b1, emission) = d.ctx.read_state(|| {
        (
            reserves_of(1),
            S::subnet_tao_emissions(&[1, 2], st::BlockEmission::<Runtime>::get()),
        )
    });
    // The shares follow the moving prices, which moved a little and equally on both subnets.
    let tao_emission = emission[&1];
    assert_eq!(tao_emission, emission[&2]);
    let pool_price = U96F32::saturating_from_num(
        U64F64::saturating_from_num(b1.0) / U64F64::saturating_from_num(b1.1),
    );
    let alpha_in = (tao_emission / pool_price).to_num::<u64>();
    d.ctx.new_blocks(1);
    let (tao_after, alpha_after) = reserves(1);
    assert_eq!(tao_after - b1.0, tao_emission.to_num::<u64>());
    assert_eq!(alpha_after - b1.1, alpha_in);
    assert_eq!(
        d.ctx.read_state(|| st::SubnetExcessTao::<Runtime>::get(1)),
        0
    );
    // DynamicInfo reports the block's injection.
    let dynamic = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_dynamic_info",
        vec![Value::u128(1)],
    )
    .await;
    let info = dynamic.at(0).expect("subnet 1 exists");
    assert_eq!(
        info.at("tao_in_emission").and_then(|v| v.as_u128()),
        Some(tao_emission.to_num::<u128>())
    );
    assert_eq!(
        info.at("alpha_in_emission").and_then(|v| v.as_u128()),
        Some(alpha_in as u128)
    );
}

fn reserves_of(n: u16) -> (u64, u64) {
    (
        st::SubnetTAO::<Runtime>::get(n),
        st::SubnetAlphaIn::<Runtime>::get(n),
    )
}

#[tokio::test]
async fn root_dividends_are_claimable_and_paid_by_claim_root() {
    let d = devnet().await;
    let api = client(&d).await;
    let bob_hot = dev_account("//Bob//hot");
    let (bob, charlie) = (dev_account("//Bob"), dev_account("//Charlie"));

    // Bob and Charlie stake TAO on root through //Bob//hot (3:1).
    for (signer, amount) in [("//Bob", 30_000u64), ("//Charlie", 10_000)] {
        submit(
            &api,
            &key(signer),
            "SubtensorModule",
            "add_stake",
            vec![
                acct("//Bob//hot"),
                Value::u128(0),
                Value::u128((amount * TAO) as u128),
            ],
        )
        .await
        .unwrap();
    }
    let epoch = d.ctx.read_state(|| st::LastEpochBlock::<Runtime>::get(1)) + 10;
    advance_to(&d, &api, epoch - 1).await;
    let input = input_for_epoch(&d, 1, epoch);
    assert_eq!(input.tao_stake[1], 40_000 * TAO);
    assert!(input.pending_root_alpha > 0);
    let sim = tao::yuma::simulate(&input).expect("engine runs");
    d.ctx.new_blocks(1);

    // //Bob//hot is the only hotkey with root stake: it takes the whole root pool, less its
    // delegate take (staked to //Bob on subnet 1), and the rest becomes claimable per unit of
    // root stake.
    assert!(sim.output.validator_emission[1] > 0);
    let pool = fx(input.pending_root_alpha);
    let rate = fx(11_796) / fx(65_535);
    let rest = (pool - rate * pool).to_num::<u64>();
    let (recorded, claimable) = d.ctx.read_state(|| {
        (
            st::RootAlphaDividendsPerSubnet::<Runtime>::get(1, &bob_hot),
            st::RootClaimable::<Runtime>::get(&bob_hot),
        )
    });
    assert_eq!(recorded, rest);
    let per_unit = I96F32::saturating_from_num(rest) / I96F32::saturating_from_num(40_000 * TAO);
    assert_eq!(claimable.get(&1).map(|r| r.bits), Some(per_unit.to_bits()));

    // Bob keeps his share as α on subnet 1: rate · 30,000 TAO.
    let owed_bob = (per_unit * I96F32::saturating_from_num(30_000 * TAO)).to_num::<u64>();
    assert!(owed_bob > 500_000, "above the claim threshold: {owed_bob}");
    submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "set_root_claim_type",
        vec![Value::unnamed_variant("Keep", [])],
    )
    .await
    .unwrap();
    let before = stake(&api, id("//Bob//hot"), id("//Bob"), 1).await;
    let claim = |signer: &'static str| {
        let api = api.clone();
        async move {
            submit(
                &api,
                &key(signer),
                "SubtensorModule",
                "claim_root",
                vec![Value::unnamed_composite([Value::u128(1)])],
            )
            .await
        }
    };
    let events = claim("//Bob").await.unwrap();
    assert!(has_event(&events, "SubtensorModule", "RootClaimed"));
    let after = stake(&api, id("//Bob//hot"), id("//Bob"), 1).await;
    // The pool's value per share can round the read-back by one rao.
    assert!(
        (after as i128 - before as i128 - owed_bob as i128).abs() <= 1,
        "{before} + {owed_bob} vs {after}"
    );
    assert_eq!(
        d.ctx
            .read_state(|| st::RootClaimed::<Runtime>::get((1u16, &bob_hot, &bob))),
        owed_bob as u128
    );

    // Charlie has the default (Swap): his α is sold on subnet 1's pool without fee and the TAO
    // is staked on root.
    let owed_charlie = (per_unit * I96F32::saturating_from_num(10_000 * TAO)).to_num::<u64>();
    let (tao_reserve, alpha_reserve) = d.ctx.read_state(|| reserves_of(1));
    let tao_out = (tao_reserve as u128 * owed_charlie as u128
        / (alpha_reserve as u128 + owed_charlie as u128)) as u64;
    let root_before = stake(&api, id("//Bob//hot"), id("//Charlie"), 0).await;
    claim("//Charlie").await.unwrap();
    let root_after = stake(&api, id("//Bob//hot"), id("//Charlie"), 0).await;
    assert_eq!(root_after - root_before, tao_out as u128);
    // Nothing worth a claim is owed any more: a second claim pays nothing.
    let claimed = d
        .ctx
        .read_state(|| st::RootClaimed::<Runtime>::get((1u16, &bob_hot, &charlie)));
    let owed_now = d
        .ctx
        .read_state(|| S::root_owed(&bob_hot, &charlie, 1).to_num::<i128>());
    // What is left is the two truncations (of rate · stake and of rate · the new root stake):
    // under 2 rao, far below the claim threshold.
    assert!((0..=1).contains(&owed_now), "{owed_now}");
    assert!(claimed >= owed_charlie as u128);
    claim("//Charlie").await.unwrap();
    assert_eq!(
        stake(&api, id("//Bob//hot"), id("//Charlie"), 0).await,
        root_after
    );
    let err = submit(
        &api,
        &key("//Charlie"),
        "SubtensorModule",
        "claim_root",
        vec![Value::unnamed_composite(Vec::<Value>::new())],
    )
    .await
    .unwrap_err();
    assert!(err.contains("InvalidSubnetNumber"), "{err}");
}

#[tokio::test]
async fn set_children_needs_the_stake_threshold_in_tao_value() {
    let d = devnet().await;
    let api = client(&d).await;
    // //Bob//hot holds 500 α on subnet 1 (price 1) and 500 α on each of subnets 2 and 3, whose
    // prices drop to 0.1: 600 TAO of stake in all, below a threshold of 650 TAO (the α alone
    // would be 1500).
    d.ctx.edit_state(|| {
        st::StakeThreshold::<Runtime>::put(650 * TAO);
        st::SubnetTAO::<Runtime>::insert(2, 100 * TAO);
        st::SubnetTAO::<Runtime>::insert(3, 100 * TAO);
    });
    // Σ α × price in U64F64, floored once: 0.1 is not exact in binary, so just under 600 TAO.
    let tenth =
        U64F64::from_num(500 * TAO) * (U64F64::from_num(100 * TAO) / U64F64::from_num(1_000 * TAO));
    let value = (U64F64::from_num(500 * TAO) + tenth + tenth).to_num::<u64>();
    assert_eq!(value, 600 * TAO - 1);
    assert_eq!(
        d.ctx
            .read_state(|| S::total_stake_for_hotkey(&dev_account("//Bob//hot"))),
        value
    );
    let children = |p: u64| {
        vec![
            acct("//Bob//hot"),
            Value::u128(1),
            Value::unnamed_composite([Value::unnamed_composite([
                Value::u128(p as u128),
                acct("//Charlie//hot"),
            ])]),
        ]
    };
    let err = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "set_children",
        children(u64::MAX / 2),
    )
    .await
    .unwrap_err();
    assert!(err.contains("NotEnoughStakeToSetChildkeys"), "{err}");
    // At exactly that value it is enough.
    d.ctx
        .edit_state(|| st::StakeThreshold::<Runtime>::put(value));
    let events = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "set_children",
        children(u64::MAX / 2),
    )
    .await
    .unwrap();
    assert!(has_event(
        &events,
        "SubtensorModule",
        "SetChildrenScheduled"
    ));
}
