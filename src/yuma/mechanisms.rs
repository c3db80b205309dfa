//! Mechanisms (sub-subnets): how the chain splits a subnet's emission between them and adds up
//! their epochs.
//!
//! A subnet has `count` mechanisms (1 to 16), each with its own weights, bonds and epoch. The
//! chain splits the subnet's α emission before the epochs run:
//! - with a stored split `s` (u16 shares that sum to 65535), mechanism `i` gets
//!   `⌊alpha × s_i / 65535⌋` (in 128-bit integers); without one, each gets `⌊alpha / count⌋`;
//! - the list is cut or padded with zeros to `count` entries;
//! - whatever the floors lost goes to mechanism 0.
//!
//! Each mechanism's epoch then runs on its own share, and the results are added up per uid:
//! server and validator emissions (and stake) are summed; the u16 terms and the combined
//! emission are weighted by the mechanism's part of the total, `w_i = share_i / alpha` in
//! `U64F64` (mechanism 0 weighs 1 and the others 0 when `alpha` is 0), as
//! `⌊existing + term × w_i⌋` in `U64F64`; the booleans are OR-ed. The chain takes a uid's
//! incentive from the first mechanism only (its later mechanisms do not add to it), and this
//! module does the same.

use substrate_fixed::types::U64F64;

use super::EpochOutput;

/// The most mechanisms a subnet can have.
pub const MAX_MECHANISMS: u8 = 16;

/// The storage index of a mechanism's weights, bonds and epoch terms: `netuid + mecid × 4096`
/// (mechanism 0's index is the netuid itself).
pub fn storage_index(netuid: u16, mecid: u8) -> u16 {
    netuid.wrapping_add(u16::from(mecid).wrapping_mul(4096))
}

/// The α each mechanism's epoch receives out of `alpha`, as the chain splits it.
pub fn split_emission(alpha: u64, count: u8, split: Option<&[u16]>) -> Vec<u64> {
    let count = usize::from(count.max(1));
    let mut shares: Vec<u64> = match split {
        Some(split) => split
            .iter()
            .map(|s| {
                let share = u128::from(alpha) * u128::from(*s) / u128::from(u16::MAX);
                u64::try_from(share).unwrap_or(u64::MAX)
            })
            .collect(),
        None => vec![alpha / count as u64; count],
    };
    shares.resize(count, 0);
    let given: u64 = shares.iter().fold(0u64, |a, s| a.saturating_add(*s));
    shares[0] = shares[0].saturating_add(alpha.saturating_sub(given));
    shares
}

/// The weight of a mechanism's terms in the aggregate: its share of the total emission.
pub fn share_weight(share: u64, total: u64, mecid: u8) -> U64F64 {
    if total == 0 {
        return U64F64::from_num(u8::from(mecid == 0));
    }
    U64F64::saturating_from_num(share) / U64F64::saturating_from_num(total)
}

/// `⌊existing + term × weight⌋` as a u16, saturating.
fn weighted_u16(existing: u16, term: u16, weight: U64F64) -> u16 {
    U64F64::from_num(existing)
        .saturating_add(U64F64::from_num(term).saturating_mul(weight))
        .saturating_to_num::<u16>()
}

/// `⌊existing + term × weight⌋` as a u64, saturating.
fn weighted_u64(existing: u64, term: u64, weight: U64F64) -> u64 {
    U64F64::from_num(existing)
        .saturating_add(U64F64::from_num(term).saturating_mul(weight))
        .saturating_to_num::<u64>()
}

/// One uid's terms after all mechanisms, as the chain persists them for the subnet.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Aggregated {
    /// Miner emission, summed, rao.
    pub server_emission: u64,
    /// Validator emission, summed, rao.
    pub validator_emission: u64,
    /// Combined emission, weighted, rao.
    pub emission: u64,
    /// Dividends (u16), weighted.
    pub dividends: u16,
    /// Incentive (u16), from the first mechanism, weighted.
    pub incentive: u16,
    /// Consensus (u16), weighted.
    pub consensus: u16,
    /// Validator trust (u16), weighted.
    pub validator_trust: u16,
    /// Stake weight (u16), weighted.
    pub stake_weight: u16,
    /// Active in any mechanism.
    pub active: bool,
    /// A validator permit from any mechanism.
    pub new_validator_permit: bool,
}

/// Add up the epochs of every mechanism, in mechanism order; `outputs[i]` is mechanism `i`'s
/// epoch and `shares[i]` its part of `total` (from [`split_emission`]). All outputs must cover
/// the same uids.
pub fn aggregate(outputs: &[EpochOutput], shares: &[u64], total: u64) -> Vec<Aggregated> {
    let n = outputs.first().map_or(0, |o| o.server_emission.len());
    let mut out = vec![Aggregated::default(); n];
    for (m, (o, share)) in outputs.iter().zip(shares).enumerate() {
        let w = share_weight(*share, total, u8::try_from(m).unwrap_or(u8::MAX));
        for (uid, a) in out.iter_mut().enumerate() {
            a.server_emission = a.server_emission.saturating_add(o.server_emission[uid]);
            a.validator_emission = a
                .validator_emission
                .saturating_add(o.validator_emission[uid]);
            a.emission = weighted_u64(a.emission, o.combined_emission[uid], w);
            a.dividends = weighted_u16(a.dividends, o.dividends_u16[uid], w);
            if m == 0 {
                a.incentive = weighted_u16(0, o.incentive_u16[uid], w);
            }
            a.consensus = weighted_u16(a.consensus, o.consensus_u16[uid], w);
            a.validator_trust = weighted_u16(a.validator_trust, o.validator_trust_u16[uid], w);
            a.stake_weight = weighted_u16(a.stake_weight, o.stake_weight_u16[uid], w);
            a.active |= o.active[uid];
            a.new_validator_permit |= o.new_validator_permits[uid];
        }
    }
    out
}

/// Why a requested emission split cannot be stored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    /// No parts were given.
    #[error("the split is empty")]
    Empty,
    /// More parts than the subnet has mechanisms.
    #[error("the split has {parts} parts but the subnet has {count} mechanism(s)")]
    TooManyParts {
        /// Parts given.
        parts: usize,
        /// Mechanisms the subnet has.
        count: u8,
    },
    /// Every part is zero.
    #[error("the parts sum to zero")]
    ZeroSum,
}

/// Turn relative parts (fractions or weights, as exact integers on one scale) into the chain's
/// u16 shares, which must sum to exactly 65535: each part gets `⌊65535 × part / sum⌋`, and the
/// units the floors lost go one each to the parts with the largest remainders (the earlier
/// part first on a tie).
pub fn split_shares(parts: &[u128], count: u8) -> Result<Vec<u16>, SplitError> {
    if parts.is_empty() {
        return Err(SplitError::Empty);
    }
    if parts.len() > usize::from(count) {
        return Err(SplitError::TooManyParts {
            parts: parts.len(),
            count,
        });
    }
    let sum: u128 = parts.iter().sum();
    if sum == 0 {
        return Err(SplitError::ZeroSum);
    }
    let full = u128::from(u16::MAX);
    let mut shares: Vec<u16> = Vec::with_capacity(parts.len());
    let mut remainders: Vec<(u128, usize)> = Vec::with_capacity(parts.len());
    for (i, p) in parts.iter().enumerate() {
        let scaled = full * p;
        shares.push(u16::try_from(scaled / sum).unwrap_or(u16::MAX));
        remainders.push((scaled % sum, i));
    }
    let given: u128 = shares.iter().map(|s| u128::from(*s)).sum();
    let missing = usize::try_from(full - given).unwrap_or(0);
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in remainders.into_iter().take(missing) {
        shares[i] += 1;
    }
    Ok(shares)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sixty_forty_gives_the_chains_shares_and_the_remainder_to_mechanism_0() {
        let shares = split_shares(&[60, 40], 2).unwrap();
        assert_eq!(shares, vec![39321, 26214]);
        // 1 α split 39321/26214: ⌊1e9·39321/65535⌋ = 600_000_000, ⌊1e9·26214/65535⌋ =
        // 400_000_000 — no remainder; with 999_999_999 rao, 599_999_999 and 399_999_999 and
        // the lost rao on mechanism 0.
        assert_eq!(
            split_emission(1_000_000_000, 2, Some(&shares)),
            vec![600_000_000, 400_000_000]
        );
        assert_eq!(
            split_emission(999_999_999, 2, Some(&shares)),
            vec![600_000_000, 399_999_999]
        );
    }

    #[test]
    fn unset_split_is_even_with_the_remainder_on_mechanism_0() {
        assert_eq!(split_emission(10, 3, None), vec![4, 3, 3]);
        assert_eq!(split_emission(7, 1, None), vec![7]);
        // A split shorter than the count is padded with zeros, a longer one cut.
        assert_eq!(split_emission(100, 3, Some(&[65535])), vec![100, 0, 0]);
        assert_eq!(split_emission(100, 1, Some(&[32768, 32767])), vec![100]);
    }

    #[test]
    fn storage_indices() {
        assert_eq!(storage_index(3, 0), 3);
        assert_eq!(storage_index(3, 1), 4099);
        assert_eq!(storage_index(1, 15), 61441);
    }

    #[test]
    fn bad_splits_are_refused() {
        assert_eq!(split_shares(&[], 2), Err(SplitError::Empty));
        assert_eq!(
            split_shares(&[1, 1, 1], 2),
            Err(SplitError::TooManyParts { parts: 3, count: 2 })
        );
        assert_eq!(split_shares(&[0, 0], 2), Err(SplitError::ZeroSum));
        assert_eq!(split_shares(&[1, 1, 1], 3).unwrap(), vec![21845; 3]);
        assert_eq!(split_shares(&[1, 2], 2).unwrap(), vec![21845, 43690]);
        assert_eq!(split_shares(&[1, 0], 2).unwrap(), vec![65535, 0]);
    }

    #[test]
    fn the_share_weight_of_a_zero_emission_goes_to_mechanism_0() {
        assert_eq!(share_weight(0, 0, 0), U64F64::from_num(1));
        assert_eq!(share_weight(0, 0, 1), U64F64::from_num(0));
        assert_eq!(share_weight(1, 4, 1), U64F64::from_num(0.25));
    }

    fn output(
        server: [u64; 2],
        validator: [u64; 2],
        u16s: [u16; 2],
        active: [bool; 2],
    ) -> EpochOutput {
        EpochOutput {
            server_emission: server.to_vec(),
            validator_emission: validator.to_vec(),
            combined_emission: vec![server[0] + validator[0], server[1] + validator[1]],
            dividends_u16: u16s.to_vec(),
            incentive_u16: u16s.to_vec(),
            consensus_u16: u16s.to_vec(),
            validator_trust_u16: u16s.to_vec(),
            stake_weight_u16: u16s.to_vec(),
            active: active.to_vec(),
            new_validator_permits: active.to_vec(),
            ..EpochOutput::default()
        }
    }

    #[test]
    fn aggregation_sums_emissions_and_weights_the_u16_terms_by_share() {
        // 1000 rao split 600/400: weights 0.6 and 0.4 (U64F64 quotients, floored).
        let m0 = output([300, 0], [0, 300], [65535, 1000], [true, false]);
        let m1 = output([0, 200], [200, 0], [10000, 65535], [false, true]);
        let agg = aggregate(&[m0, m1], &[600, 400], 1000);
        assert_eq!(agg[0].server_emission, 300);
        assert_eq!(agg[0].validator_emission, 200);
        assert_eq!(agg[1].server_emission, 200);
        assert_eq!(agg[1].validator_emission, 300);
        // ⌊65535·0.6⌋ = 39320 (0.6 is a truncated binary fraction) + ⌊10000·0.4⌋ = 3999 → 43319.
        assert_eq!(agg[0].dividends, 43319);
        // Floored after each mechanism: ⌊1000·0.6⌋ = 599, then ⌊599 + 26213.99…⌋ = 26812.
        assert_eq!(agg[1].dividends, 26812);
        // Incentive comes from mechanism 0 only.
        assert_eq!(agg[1].incentive, 599);
        assert!(agg[0].active && agg[1].active);
        // Combined emission weighted: ⌊300·0.6⌋ = 179, then ⌊179 + 200·0.4⌋ = 258.
        assert_eq!(agg[0].emission, 258);
    }

    proptest! {
        #[test]
        fn shares_always_sum_to_65535(parts in prop::collection::vec(0u128..=1u128 << 64, 1..=16)) {
            prop_assume!(parts.iter().any(|p| *p > 0));
            let shares = split_shares(&parts, 16).unwrap();
            prop_assert_eq!(shares.iter().map(|s| u32::from(*s)).sum::<u32>(), 65535);
            let sum: u128 = parts.iter().sum();
            for (s, p) in shares.iter().zip(&parts) {
                // Each share is its exact part rounded down or up by at most one unit.
                let exact = 65535 * p / sum;
                prop_assert!(u128::from(*s) == exact || u128::from(*s) == exact + 1);
            }
        }

        #[test]
        fn the_split_pays_out_exactly_alpha(
            alpha in any::<u64>(),
            count in 1u8..=16,
            parts in prop::collection::vec(1u128..1000, 1..=16),
        ) {
            let even = split_emission(alpha, count, None);
            prop_assert_eq!(even.len(), usize::from(count));
            prop_assert_eq!(even.iter().map(|x| u128::from(*x)).sum::<u128>(), u128::from(alpha));
            let n = parts.len().min(usize::from(count));
            let shares = split_shares(&parts[..n], count).unwrap();
            let split = split_emission(alpha, count, Some(&shares));
            prop_assert_eq!(split.len(), usize::from(count));
            prop_assert_eq!(split.iter().map(|x| u128::from(*x)).sum::<u128>(), u128::from(alpha));
        }
    }
}
