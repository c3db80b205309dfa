//! Stake inheritance through parent/child hotkeys, and the split of a validator's dividend among
//! its parents, as the chain computes them: the epoch reads the inherited stakes, and the
//! coinbase splits each validator's dividend with its parents after the epoch.
//!
//! A parent hotkey gives each child a proportion `p / u64::MAX` of its own stake on a subnet
//! (`ChildKeys[parent][netuid]`, mirrored in `ParentKeys[child][netuid]`). The epoch's stake of a
//! hotkey is its **inherited** stake: own − Σ own·p over its children + Σ parent's own·p over its
//! parents, for the subnet's α and, with the same relations, for root TAO. Only direct relations
//! count: a parent contributes its own stake, not what it inherits itself.
//!
//! At the payout, the dividend the epoch gives a child is shared with its parents by stake
//! contribution (`α·p + root·p·tao_weight` for a parent, the same with the proportion it keeps,
//! `1 − Σ p`, for the child itself). A parent owned by another coldkey leaves the childkey take to
//! the child and `CKBurn` to recycling.
//!
//! All arithmetic is `U96F32` as on chain: conversions from u64 saturate, products floor,
//! quotients truncate, a division by zero gives 0, and sums saturate.

use std::collections::BTreeMap;

use substrate_fixed::types::U96F32;

use super::math::safe_div_u96;

fn fx(v: u64) -> U96F32 {
    U96F32::saturating_from_num(v)
}

fn zero() -> U96F32 {
    U96F32::from_bits(0)
}

/// `p / u64::MAX` in `U96F32`.
pub fn proportion(p: u64) -> U96F32 {
    safe_div_u96(fx(p), fx(u64::MAX))
}

/// `TaoWeight / u64::MAX` in `U96F32` (`get_tao_weight`).
pub fn tao_weight(raw: u64) -> U96F32 {
    proportion(raw)
}

/// The stake a hotkey counts with on a subnet (`get_inherited_for_hotkey_on_subnet`, and
/// `get_tao_inherited_for_hotkey_on_subnet` when given root stakes):
/// `own − Σ own·p_child + Σ parent_own·p_parent`, floored.
///
/// `children` are the proportions the hotkey gives (its `ChildKeys`); `parents` are
/// `(proportion, the parent's own stake)` pairs (its `ParentKeys`). On the root subnet the chain
/// takes the own α as is; callers pass no relations there.
pub fn inherited_stake(
    own: u64,
    children: impl IntoIterator<Item = u64>,
    parents: impl IntoIterator<Item = (u64, u64)>,
) -> u64 {
    let initial = fx(own);
    let to_children = children.into_iter().fold(zero(), |acc, p| {
        acc.saturating_add(initial.saturating_mul(proportion(p)))
    });
    let from_parents = parents.into_iter().fold(zero(), |acc, (p, parent_own)| {
        acc.saturating_add(fx(parent_own).saturating_mul(proportion(p)))
    });
    initial
        .saturating_sub(to_children)
        .saturating_add(from_parents)
        .saturating_to_num::<u64>()
}

/// A parent of a validator, as the dividend split sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParentStake {
    /// The proportion the parent gives this child (`u64`, /`u64::MAX`).
    pub proportion: u64,
    /// The parent's own α on the subnet.
    pub alpha: u64,
    /// The parent's own root TAO stake.
    pub tao: u64,
    /// The parent and the child have the same owning coldkey (no take, no burn).
    pub same_owner: bool,
}

/// The validator whose dividend is split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildStake<'a> {
    /// Its own α on the subnet.
    pub alpha: u64,
    /// Its own root TAO stake.
    pub tao: u64,
    /// The proportions it gives its own children.
    pub children: &'a [u64],
    /// Its childkey take on the subnet (u16, /65535), the minimum already applied.
    pub childkey_take: u16,
}

/// How one validator's dividend is shared (`get_parent_child_dividends_distribution`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DividendSplit {
    /// α per parent, in the order given, after take and burn, floored.
    pub to_parents: Vec<u64>,
    /// α recycled per parent (`CKBurn` of its share), floored.
    pub burned: Vec<u64>,
    /// What the validator keeps: the rest plus the childkey takes, floored.
    pub to_child: u64,
}

/// The part of a hotkey's own stake it keeps from its children, weighted
/// (`get_self_contribution`): `α·(1 − Σp) + root·(1 − Σp)·tao_weight`, floored.
pub fn self_contribution(
    own_alpha: u64,
    own_tao: u64,
    children: impl IntoIterator<Item = u64>,
    tao_weight_raw: u64,
) -> u64 {
    let kept = children
        .into_iter()
        .fold(fx(1), |acc, p| acc.saturating_sub(proportion(p)));
    let alpha = fx(own_alpha).saturating_mul(kept);
    let root = fx(own_tao)
        .saturating_mul(kept)
        .saturating_mul(tao_weight(tao_weight_raw));
    alpha.saturating_add(root).saturating_to_num::<u64>()
}

/// Share a validator's epoch dividend with its parents by stake contribution.
///
/// `ck_burn_raw` is the `CKBurn` storage value (/`u64::MAX`).
pub fn split_dividend(
    dividend: u64,
    child: &ChildStake<'_>,
    parents: &[ParentStake],
    tao_weight_raw: u64,
    ck_burn_raw: u64,
) -> DividendSplit {
    let emission = fx(dividend);
    let mut remaining = emission;
    let burn_rate = proportion(ck_burn_raw);
    let take_rate = safe_div_u96(fx(child.childkey_take as u64), fx(u16::MAX as u64));
    let tw = tao_weight(tao_weight_raw);

    let own = self_contribution(
        child.alpha,
        child.tao,
        child.children.iter().copied(),
        tao_weight_raw,
    );
    let mut total = fx(own);
    let contributions: Vec<U96F32> = parents
        .iter()
        .map(|p| {
            let prop = proportion(p.proportion);
            let alpha = fx(p.alpha).saturating_mul(prop);
            let root = fx(p.tao).saturating_mul(prop).saturating_mul(tw);
            let c = alpha.saturating_add(root);
            total = total.saturating_add(c);
            c
        })
        .collect();

    let mut to_parents = Vec::with_capacity(parents.len());
    let mut burned = Vec::with_capacity(parents.len());
    let mut takes = zero();
    for (parent, contribution) in parents.iter().zip(contributions) {
        let factor = contribution.checked_div(total).unwrap_or(zero());
        let mut share = emission.saturating_mul(factor);
        remaining = remaining.saturating_sub(share);
        let mut burn = zero();
        if !parent.same_owner {
            burn = burn_rate.saturating_mul(share);
            let take = take_rate.saturating_mul(share);
            share = share.saturating_sub(burn).saturating_sub(take);
            takes = takes.saturating_add(take);
        }
        burned.push(burn.saturating_to_num::<u64>());
        to_parents.push(share.saturating_to_num::<u64>());
    }
    DividendSplit {
        to_parents,
        burned,
        to_child: remaining.saturating_add(takes).saturating_to_num::<u64>(),
    }
}

/// Each hotkey's α and root dividends from its share of the epoch's dividends
/// (`calculate_dividend_distribution`).
///
/// `dividends` are the per-hotkey dividends after the parent split (summed per hotkey);
/// `stakes` the hotkeys' own `(α, root TAO)` (not inherited; a hotkey without an entry gets
/// nothing). Each dividend splits by `root_prop = root·tw / (α + root·tw)`; a hotkey receives
/// `pending_alpha · (its α part / Σ α parts)` and `pending_root · (its root part / Σ root parts)`.
pub fn dividend_distribution<K: Ord + Clone>(
    pending_alpha: u64,
    pending_root: u64,
    tao_weight_raw: u64,
    dividends: &BTreeMap<K, U96F32>,
    stakes: &BTreeMap<K, (u64, u64)>,
) -> (BTreeMap<K, U96F32>, BTreeMap<K, U96F32>) {
    let tw = tao_weight(tao_weight_raw);
    let mut alpha_parts = BTreeMap::new();
    let mut root_parts = BTreeMap::new();
    let mut total_alpha = zero();
    let mut total_root = zero();
    for (hotkey, &d) in dividends {
        let Some(&(alpha, tao)) = stakes.get(hotkey) else {
            continue;
        };
        let root_alpha = fx(tao).saturating_mul(tw);
        let root_prop = root_alpha
            .checked_div(fx(alpha).saturating_add(root_alpha))
            .unwrap_or(zero());
        let root_part = d.saturating_mul(root_prop);
        let alpha_part = d.saturating_sub(root_part);
        total_alpha = total_alpha.saturating_add(alpha_part);
        total_root = total_root.saturating_add(root_part);
        alpha_parts.insert(hotkey.clone(), alpha_part);
        root_parts.insert(hotkey.clone(), root_part);
    }
    let share = |parts: BTreeMap<K, U96F32>, total: U96F32, pool: u64| {
        parts
            .into_iter()
            .map(|(k, part)| {
                let s = part.checked_div(total).unwrap_or(zero());
                (k, fx(pool).saturating_mul(s))
            })
            .collect::<BTreeMap<K, U96F32>>()
    };
    (
        share(alpha_parts, total_alpha, pending_alpha),
        share(root_parts, total_root, pending_root),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const HALF: u64 = u64::MAX / 2;

    fn child(alpha: u64, tao: u64, childkey_take: u16) -> ChildStake<'static> {
        ChildStake {
            alpha,
            tao,
            children: &[],
            childkey_take,
        }
    }

    #[test]
    fn no_relations_keep_the_own_stake() {
        assert_eq!(inherited_stake(1_234_567, [], []), 1_234_567);
        assert_eq!(inherited_stake(0, [], []), 0);
    }

    #[test]
    fn a_full_child_takes_almost_everything() {
        // u64::MAX / u64::MAX = 1 exactly: the parent keeps nothing.
        assert_eq!(inherited_stake(1_000, [u64::MAX], []), 0);
        assert_eq!(inherited_stake(0, [], [(u64::MAX, 1_000)]), 1_000);
    }

    #[test]
    fn half_to_a_child() {
        // p = (2^63 − 1)/(2^64 − 1) truncated to 32 fractional bits is 0x7FFF_FFFF / 2^32
        // (just below one half), so 1000·p = 499.99999988… and the parent keeps
        // 1000 − 499.99999988… = 500.00000011… → 500; the child gets 499.99999988… → 499.
        let p = proportion(HALF);
        assert_eq!(p.to_bits(), 0x7FFF_FFFF);
        assert_eq!(inherited_stake(1_000, [HALF], []), 500);
        assert_eq!(inherited_stake(0, [], [(HALF, 1_000)]), 499);
        // A child with 200 of its own and two parents: 200 + 1000·p + 4000·p
        // = 200 + 499.9999998 + 1999.9999995 = 2699.9999994 → 2699.
        assert_eq!(
            inherited_stake(200, [], [(HALF, 1_000), (HALF, 4_000)]),
            2_699
        );
    }

    #[test]
    fn giving_and_receiving_at_once() {
        // Own 10_000, gives a quarter (u64::MAX/4 → 0x3FFF_FFFF / 2^32) and receives a full
        // proportion of a parent's 3_000: 10_000 − 2_499.9999997… + 3_000 = 10_500.0000002… →
        // 10_500.
        let quarter = u64::MAX / 4;
        assert_eq!(proportion(quarter).to_bits(), 0x3FFF_FFFF);
        assert_eq!(
            inherited_stake(10_000, [quarter], [(u64::MAX, 3_000)]),
            10_500
        );
        // Over-allocation saturates at zero instead of going negative.
        assert_eq!(inherited_stake(10, [u64::MAX, u64::MAX], []), 0);
    }

    #[test]
    fn self_contribution_weights_root_stake() {
        // Nothing given away, tao weight 1: α + root.
        assert_eq!(self_contribution(100, 50, [], u64::MAX), 150);
        // Tao weight 0: only α; all given away: nothing.
        assert_eq!(self_contribution(100, 50, [], 0), 100);
        assert_eq!(self_contribution(100, 50, [u64::MAX], u64::MAX), 0);
    }

    #[test]
    fn dividend_split_with_a_foreign_parent() {
        // The child holds 1000 α of its own; one parent (another coldkey) gives it all of its
        // 1000 α. Contributions 1000 and 1000 → factor 1/2 exactly; the parent's share of 10_000
        // is 5000; childkey take 6553/65535 of it, CKBurn 0.
        let parents = [ParentStake {
            proportion: u64::MAX,
            alpha: 1_000,
            tao: 0,
            same_owner: false,
        }];
        let split = split_dividend(10_000, &child(1_000, 0, 6_553), &parents, 0, 0);
        // take = 5000 · floor32(6553/65535) = 5000 · 0.099992370… = 499.96185… ; the parent
        // keeps 4500.03814… → 4500, the child 5000 + 499.96185… = 5499.96185… → 5499.
        assert_eq!(split.to_parents, vec![4_500]);
        assert_eq!(split.burned, vec![0]);
        assert_eq!(split.to_child, 5_499);

        // With CKBurn = u64::MAX / 2 (just under one half) the parent also loses about half of
        // its share: 5000·0x7FFF_FFFF/2^32 = 2499.99999883… burned; 5000 − 2499.99999883… −
        // 499.96185… = 2000.03814… → 2000.
        let split = split_dividend(10_000, &child(1_000, 0, 6_553), &parents, 0, HALF);
        assert_eq!(split.to_parents, vec![2_000]);
        assert_eq!(split.burned, vec![2_499]);
        assert_eq!(split.to_child, 5_499);
    }

    #[test]
    fn dividend_split_with_an_own_parent_and_root_stake() {
        // Same owner: no take, no burn. The child has no own stake; the parent gives all of
        // 300 α and 100 root TAO with tao weight 1: contribution 400 of 400 → everything.
        let parents = [ParentStake {
            proportion: u64::MAX,
            alpha: 300,
            tao: 100,
            same_owner: true,
        }];
        let split = split_dividend(7_777, &child(0, 0, 11_796), &parents, u64::MAX, 0);
        assert_eq!(split.to_parents, vec![7_777]);
        assert_eq!(split.to_child, 0);
        // No parents: the child keeps all.
        let split = split_dividend(7_777, &child(5, 0, 11_796), &[], 0, 0);
        assert_eq!(split.to_parents, Vec::<u64>::new());
        assert_eq!(split.to_child, 7_777);
        // Zero contributions everywhere: the factor is 0, the child keeps the dividend.
        let zero_parent = [ParentStake {
            proportion: u64::MAX,
            alpha: 0,
            tao: 0,
            same_owner: false,
        }];
        let split = split_dividend(99, &child(0, 0, 0), &zero_parent, 0, 0);
        assert_eq!(split.to_parents, vec![0]);
        assert_eq!(split.to_child, 99);
    }

    #[test]
    fn distribution_splits_by_own_root_proportion() {
        // a: 300 α, 100 root; b: 100 α, no root; tao weight 1. Dividends 400 and 100.
        // root_prop(a) = 100/400 = 1/4 → root part 100, α part 300; b: α part 100.
        // α pool 1000 → a 1000·(300/400) = 750, b 250; root pool 80 → a 80.
        let dividends: BTreeMap<&str, U96F32> =
            [("a", fx(400)), ("b", fx(100))].into_iter().collect();
        let stakes: BTreeMap<&str, (u64, u64)> =
            [("a", (300, 100)), ("b", (100, 0))].into_iter().collect();
        let (alpha, root) = dividend_distribution(1_000, 80, u64::MAX, &dividends, &stakes);
        assert_eq!(alpha["a"], fx(750));
        assert_eq!(alpha["b"], fx(250));
        assert_eq!(root["a"], fx(80));
        assert_eq!(root["b"], zero());
        // A hotkey without a stake entry is left out.
        let stakes: BTreeMap<&str, (u64, u64)> = [("a", (300, 100))].into_iter().collect();
        let (alpha, _) = dividend_distribution(1_000, 80, u64::MAX, &dividends, &stakes);
        assert!(!alpha.contains_key("b"));
        assert_eq!(alpha["a"], fx(1_000));
    }
}
