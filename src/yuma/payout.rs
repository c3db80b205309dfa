//! What each hotkey is paid from one epoch's validator emissions, as the chain's coinbase pays
//! it after the epoch: each validator's dividend shared with its parents by stake contribution
//! (the childkey take and `CKBurn` on parents of another owner, [`super::inherit::split_dividend`]),
//! the shares split into α and root dividends by each hotkey's own stakes and paid from the
//! pending pools ([`super::inherit::dividend_distribution`]), then the hotkey's delegate take of
//! each part staked to its owner and the rest added to its pool (α) or made claimable by its
//! root stakers (root).
//!
//! Keys are generic (`K`): the chain layer uses account ids. Arithmetic is `U96F32` as on chain,
//! with the chain's floors.

use std::collections::BTreeMap;

use serde::Serialize;
use substrate_fixed::types::U96F32;

use super::inherit::{ChildStake, ParentStake, dividend_distribution, split_dividend};
use super::math::safe_div_u96;

/// A parent of a validator hotkey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parent<K> {
    /// The parent hotkey.
    pub hotkey: K,
    /// The proportion it gives the child (/`u64::MAX`).
    pub proportion: u64,
    /// The parent and the child have the same owning coldkey.
    pub same_owner: bool,
}

/// A uid's hotkey and what its dividend split needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validator<K> {
    /// The hotkey.
    pub hotkey: K,
    /// The proportions it gives its children.
    pub children: Vec<u64>,
    /// Its parents on the subnet, in `ParentKeys` order.
    pub parents: Vec<Parent<K>>,
    /// Its childkey take on the subnet (u16), the minimum already applied.
    pub childkey_take: u16,
}

/// Everything the payout of one epoch reads besides the emissions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutContext<K: Ord> {
    /// One per uid, in uid order.
    pub validators: Vec<Validator<K>>,
    /// Own `(α on the subnet, root TAO)` of every uid hotkey and parent.
    pub own: BTreeMap<K, (u64, u64)>,
    /// `Delegates` (u16) of every uid hotkey and parent.
    pub delegate_take: BTreeMap<K, u16>,
    /// `TaoWeight` (/`u64::MAX`).
    pub tao_weight_raw: u64,
    /// `CKBurn` (/`u64::MAX`).
    pub ck_burn_raw: u64,
}

/// The pending pools the epoch pays out, rao of α.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pools {
    /// `PendingServerEmission`.
    pub server: u64,
    /// `PendingValidatorEmission`.
    pub validator: u64,
    /// `PendingRootAlphaDivs`.
    pub root: u64,
}

/// What one hotkey is paid, rao of α.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct HotkeyPayout {
    /// Its share of the epoch's validator emissions after the parent/child split (its own
    /// kept part, the childkey takes it earned, and what its children passed up), floored.
    pub dividend: u64,
    /// α dividends added to its pool (`AlphaDividendsPerSubnet`), after the delegate take.
    pub alpha: u64,
    /// The delegate take of the α dividends, staked to its owner.
    pub alpha_take: u64,
    /// Root dividends made claimable by its root stakers, after the delegate take.
    pub root: u64,
    /// The delegate take of the root dividends, staked to its owner.
    pub root_take: u64,
    /// α recycled (`CKBurn`) from the shares it passed to parents of another owner.
    pub burned: u64,
}

fn fx(v: u64) -> U96F32 {
    U96F32::saturating_from_num(v)
}

/// The payout of one epoch: `validator_emission` per uid (summed over the mechanisms), and
/// whether the epoch paid any incentive (else the server pool joins the validators').
pub fn payout<K: Ord + Clone>(
    ctx: &PayoutContext<K>,
    validator_emission: &[u64],
    paid_incentive: bool,
    pools: Pools,
) -> BTreeMap<K, HotkeyPayout> {
    let mut shares: BTreeMap<K, U96F32> = BTreeMap::new();
    let mut burned: BTreeMap<K, u64> = BTreeMap::new();
    let own = |k: &K| ctx.own.get(k).copied().unwrap_or_default();
    for (v, &d) in ctx.validators.iter().zip(validator_emission) {
        let (alpha, tao) = own(&v.hotkey);
        let child = ChildStake {
            alpha,
            tao,
            children: &v.children,
            childkey_take: v.childkey_take,
        };
        let parents: Vec<ParentStake> = v
            .parents
            .iter()
            .map(|p| {
                let (alpha, tao) = own(&p.hotkey);
                ParentStake {
                    proportion: p.proportion,
                    alpha,
                    tao,
                    same_owner: p.same_owner,
                }
            })
            .collect();
        let split = split_dividend(d, &child, &parents, ctx.tao_weight_raw, ctx.ck_burn_raw);
        for (p, amount) in v.parents.iter().zip(&split.to_parents) {
            let e = shares.entry(p.hotkey.clone()).or_insert(fx(0));
            *e = e.saturating_add(fx(*amount));
        }
        let e = shares.entry(v.hotkey.clone()).or_insert(fx(0));
        *e = e.saturating_add(fx(split.to_child));
        let b = burned.entry(v.hotkey.clone()).or_default();
        *b = b.saturating_add(split.burned.iter().sum::<u64>());
    }
    let stakes: BTreeMap<K, (u64, u64)> = shares.keys().map(|k| (k.clone(), own(k))).collect();
    let pending_alpha = if paid_incentive {
        pools.validator
    } else {
        pools.validator.saturating_add(pools.server)
    };
    let (alpha_divs, root_divs) = dividend_distribution(
        pending_alpha,
        pools.root,
        ctx.tao_weight_raw,
        &shares,
        &stakes,
    );
    let take_rate = |k: &K| {
        let take = ctx.delegate_take.get(k).copied().unwrap_or(0);
        safe_div_u96(fx(u64::from(take)), fx(u64::from(u16::MAX)))
    };
    let mut out: BTreeMap<K, HotkeyPayout> = BTreeMap::new();
    for (k, share) in &shares {
        let e = out.entry(k.clone()).or_default();
        e.dividend = share.saturating_to_num::<u64>();
        e.burned = burned.get(k).copied().unwrap_or(0);
    }
    // The take is floored, and the rest is the floor of the unfloored remainder.
    let part = |divs: U96F32, rate: U96F32| {
        let take = rate.saturating_mul(divs);
        (
            divs.saturating_sub(take).saturating_to_num::<u64>(),
            take.saturating_to_num::<u64>(),
        )
    };
    for (k, divs) in alpha_divs {
        let (rest, take) = part(divs, take_rate(&k));
        let e = out.entry(k).or_default();
        e.alpha = rest;
        e.alpha_take = take;
    }
    for (k, divs) in root_divs {
        let (rest, take) = part(divs, take_rate(&k));
        let e = out.entry(k).or_default();
        e.root = rest;
        e.root_take = take;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(parents: Vec<Parent<&'static str>>, take: u16) -> PayoutContext<&'static str> {
        PayoutContext {
            validators: vec![Validator {
                hotkey: "child",
                children: vec![],
                parents,
                childkey_take: take,
            }],
            own: [("child", (1_000, 0)), ("parent", (1_000, 0))]
                .into_iter()
                .collect(),
            delegate_take: [("child", 0), ("parent", 0)].into_iter().collect(),
            tao_weight_raw: 0,
            ck_burn_raw: 0,
        }
    }

    #[test]
    fn without_parents_the_validator_gets_the_whole_pool() {
        let c = ctx(vec![], 0);
        let pools = Pools {
            server: 500,
            validator: 1_000,
            root: 0,
        };
        let p = payout(&c, &[1_000], true, pools);
        assert_eq!(p["child"].dividend, 1_000);
        assert_eq!(p["child"].alpha, 1_000);
        // No incentive paid: the server pool goes to the validators too.
        let p = payout(&c, &[1_000], false, pools);
        assert_eq!(p["child"].alpha, 1_500);
    }

    #[test]
    fn a_parent_of_another_owner_pays_the_childkey_take() {
        // The parent gives everything (proportion 1): its contribution is 1000, the child's own
        // kept part 1000; half the dividend (500) is the parent's share, of which the child
        // keeps the take: 10 % of 500 = 50.
        let parent = Parent {
            hotkey: "parent",
            proportion: u64::MAX,
            same_owner: false,
        };
        let c = ctx(vec![parent.clone()], 6553);
        let pools = Pools {
            server: 0,
            validator: 1_000,
            root: 0,
        };
        let p = payout(&c, &[1_000], true, pools);
        // 6553/65535 = 0.09999…: the take is 49.99…, the parent keeps 450.007… → 450.
        assert_eq!(p["parent"].dividend, 450);
        assert_eq!(p["child"].dividend, 549);
        // Same owner: no take.
        let c = ctx(
            vec![Parent {
                same_owner: true,
                ..parent
            }],
            6553,
        );
        let p = payout(&c, &[1_000], true, pools);
        assert_eq!(p["parent"].dividend, 500);
        assert_eq!(p["child"].dividend, 500);
    }

    #[test]
    fn the_delegate_take_goes_to_the_owner() {
        let mut c = ctx(vec![], 0);
        c.delegate_take.insert("child", 32767);
        let p = payout(
            &c,
            &[1_000],
            true,
            Pools {
                server: 0,
                validator: 1_000,
                root: 0,
            },
        );
        // 32767/65535 of 1000 = 499.99… → take 499, rest floor(500.007…) = 500.
        assert_eq!((p["child"].alpha, p["child"].alpha_take), (500, 499));
    }
}
