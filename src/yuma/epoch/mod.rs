//! `epoch_mechanism`: one run of the chain's sparse Yuma epoch over an [`EpochInput`].
//!
//! The steps and their order follow the chain exactly (see the module docs in `mod.rs`). Sparse
//! matrices are kept in compressed-row form ([`Csr`]: three flat vectors, no per-cell or per-row
//! allocation); dense per-row scratch buffers are allocated once per epoch and reset only where
//! they were touched, so sparse inputs cost time proportional to their entries.

use substrate_fixed::types::{I64F64, U96F32};

use super::input::EpochInput;
use super::math::{
    Divisor, Fx, ONE, StakeNormalizer, U16_MAX_FX, ZERO, inplace_normalize, is_topk_nonzero, mul,
    plain_sum, plain_sum64, safe_div, safe_div_u96, share_of_rao, total_stake,
    u16_proportion_to_fixed,
};
use super::output::{EpochOutput, OutputParts};

mod bonds;
mod consensus;
mod masking;
mod sparse;

use bonds::*;
use consensus::*;
use masking::mask_weights;
pub use sparse::Csr;
use sparse::*;

/// Everything the epoch computes, before it is encoded for output (used by the preview too).
#[derive(Debug, Clone)]
pub struct EpochResult {
    /// `alpha + tao * tao_weight` per uid.
    pub total_stake: Vec<I64F64>,
    /// Normalized stake after the threshold.
    pub stake: Vec<Fx>,
    /// Activity mask.
    pub active: Vec<bool>,
    /// Normalized stake of active permitted validators.
    pub active_stake: Vec<Fx>,
    /// Permits stored for the next epoch.
    pub new_validator_permits: Vec<bool>,
    /// Weights after masks and row normalization.
    pub weights: Csr,
    /// Consensus per uid.
    pub consensus: Vec<Fx>,
    /// Validator trust per uid.
    pub validator_trust: Vec<Fx>,
    /// Incentive per uid.
    pub incentive: Vec<Fx>,
    /// Dividends per uid.
    pub dividends: Vec<Fx>,
    /// Final bonds before the u16 conversion.
    pub ema_bonds: Csr,
    /// Miner emission, rao.
    pub server_emission: Vec<u64>,
    /// Validator emission, rao.
    pub validator_emission: Vec<u64>,
    /// Combined emission, rao.
    pub combined_emission: Vec<u64>,
    /// Bond rows written (`None` = untouched).
    pub bonds_written: Vec<Option<Vec<(u16, u16)>>>,
}

/// Run the epoch on an input that passed [`EpochInput::validate`].
pub fn run(input: &EpochInput) -> EpochResult {
    let n = input.n as usize;
    let current_block = input.current_block;

    // --- activity ---
    let cutoff = input.activity_cutoff();
    let active: Vec<bool> = input
        .last_update
        .iter()
        .map(|&u| u.saturating_add(cutoff) >= current_block)
        .collect();

    // --- stake ---
    let tao_weight = I64F64::saturating_from_num(safe_div_u96(
        U96F32::saturating_from_num(input.tao_weight_raw),
        U96F32::saturating_from_num(u64::MAX),
    ));
    let total_stake: Vec<I64F64> = (0..n)
        .map(|i| total_stake(input.alpha_stake[i], input.tao_stake[i], tao_weight))
        .collect();
    let owner = input.owner_uid.map(|o| o as usize);
    let filtered: Vec<I64F64> = total_stake
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            if owner != Some(i) && s.saturating_to_num::<u64>() < input.stake_threshold {
                I64F64::from_bits(0)
            } else {
                s
            }
        })
        .collect();
    // `inplace_normalize_64` then the I64F64 -> I32F32 floor, fused.
    let stake_sum = plain_sum64(&filtered);
    let stake: Vec<Fx> = if stake_sum == I64F64::from_bits(0) {
        filtered
            .iter()
            .map(|&s| Fx::saturating_from_num(s))
            .collect()
    } else {
        let norm = StakeNormalizer::new(stake_sum);
        filtered.iter().map(|&s| norm.apply(s)).collect()
    };

    // --- permits ---
    let mut permits = input.validator_permits.clone();
    if let Some(o) = owner {
        permits[o] = true;
    }
    let mut new_validator_permits = is_topk_nonzero(&stake, input.max_allowed_validators as usize);
    if let Some(o) = owner {
        new_validator_permits[o] = true;
    }

    // --- active stake ---
    let mut active_stake: Vec<Fx> = (0..n)
        .map(|i| {
            if active[i] && permits[i] {
                stake[i]
            } else {
                ZERO
            }
        })
        .collect();
    inplace_normalize(&mut active_stake);

    // --- weights: permits, self-weight, outdated, commit-reveal, row normalization ---
    let w = mask_weights(input, &permits, owner);

    // --- consensus, clipping, trust, incentive ---
    let kappa = safe_div(Fx::from_num(input.kappa), U16_MAX_FX);
    let consensus = consensus(&active_stake, &w, n, kappa);
    // Clipping, validator trust (plain row sums) and ranks (saturating, rows in order) in one
    // pass over the weights. Whether a weight exceeds its column's consensus is a coin flip, so
    // the pass is branch-free: every entry is written and the length advances only if kept.
    let penalty = safe_div(Fx::from_num(input.bonds_penalty), U16_MAX_FX);
    // Yuma2 with the full penalty moves the bonds by the clipped weights times stake: exactly the
    // products summed into the ranks here, so the clipped matrix holds those products instead of
    // the weights (nothing else reads it then), and their column sums are the ranks.
    let keep_delta = !input.yuma3 && penalty == ONE;
    let mut validator_trust = vec![ZERO; n];
    let mut incentive = vec![ZERO; n];
    let wc = if keep_delta {
        clip_weights::<true>(
            &w,
            &consensus,
            &active_stake,
            &mut validator_trust,
            &mut incentive,
        )
    } else {
        clip_weights::<false>(
            &w,
            &consensus,
            &active_stake,
            &mut validator_trust,
            &mut incentive,
        )
    };
    let ranks = if keep_delta {
        incentive.clone()
    } else {
        Vec::new()
    };
    inplace_normalize(&mut incentive);

    // --- weights for bonds ---
    let mut scratch = Scratch::new(n);
    let interpolated: Csr;
    let wb: &Csr = if penalty == ZERO {
        &w
    } else if penalty == ONE {
        &wc
    } else {
        let mut out = Csr::with_capacity(n, w.nnz());
        let mut row_buf: Vec<(u16, Fx)> = Vec::new();
        for i in 0..n {
            let (cc, cv) = wc.row(i);
            for (&j, &x) in cc.iter().zip(cv) {
                scratch.touch(j);
                scratch.val[j as usize] = x;
            }
            let (c, v) = w.row(i);
            row_buf.clear();
            for (&j, &v1) in c.iter().zip(v) {
                let v2 = scratch.val[j as usize];
                let x = v1.saturating_add(mul(penalty, v2.saturating_sub(v1)));
                if x > ZERO {
                    row_buf.push((j, x));
                }
            }
            if !row_buf.is_sorted_by_key(|e| e.0) {
                row_buf.sort_unstable_by_key(|e| e.0);
            }
            for &(j, x) in &row_buf {
                out.push(j, x);
            }
            out.end_row();
            scratch.reset();
        }
        interpolated = out;
        &interpolated
    };

    // --- bonds ---
    let last_tempo = if input.last_mechanism_step_block == 0 {
        current_block.saturating_sub(input.tempo as u64)
    } else {
        input.last_mechanism_step_block.saturating_add(1)
    };
    // Columns registered since the last step: their old bonds are dropped.
    let recent_col: Vec<bool> = input
        .block_at_registration
        .iter()
        .map(|&b| last_tempo <= b)
        .collect();
    let mut dividends: Vec<Fx>;
    let ema_bonds: Csr;
    if input.yuma3 {
        let bonds = Csr::from_u16_rows_where(&input.bonds, u16_proportion_to_fixed, |_, j| {
            !recent_col[j as usize]
        });
        let liquid = input.liquid_alpha && consensus.iter().any(|&c| c != ZERO);
        ema_bonds = if liquid {
            let la = LiquidAlpha {
                low: safe_div(Fx::from_num(input.alpha_low), U16_MAX_FX),
                high: safe_div(Fx::from_num(input.alpha_high), U16_MAX_FX),
                steep: Fx::from_num(input.alpha_sigmoid_steepness)
                    .saturating_div(Fx::from_num(-100)),
            };
            mat_ema_liquid(wb, &bonds, &consensus, &la, n)
        } else {
            // The chain converts with a wrapping `from_num` in this branch.
            let m = I64F64::wrapping_from_num(input.bonds_moving_average)
                .saturating_div(I64F64::from_num(1_000_000));
            let a = ONE.saturating_sub(Fx::wrapping_from_num(m));
            mat_ema(wb, &bonds, a, &mut scratch)
        };
        let mut norm = ema_bonds.clone();
        col_normalize(&mut norm, n);
        dividends = (0..n)
            .map(|i| {
                let (c, v) = norm.row(i);
                let mut t = ZERO;
                for (&j, &x) in c.iter().zip(v) {
                    t = Fx::from_bits(
                        t.to_bits()
                            .wrapping_add(mul(x, incentive[j as usize]).to_bits()),
                    );
                }
                t.checked_mul(active_stake[i]).unwrap_or(ZERO)
            })
            .collect();
        inplace_normalize(&mut dividends);
    } else {
        let kept = keep_delta.then_some(ranks);
        (ema_bonds, dividends) = yuma2_bonds(
            &input.bonds,
            input.bonds_moving_average,
            wb,
            kept,
            &active_stake,
            &incentive,
            &recent_col,
            &mut scratch,
        );
    }

    // --- emission ---
    // Incentive and dividends normalized by their common sum (the combined emission by its own
    // sum, the same number), floored to rao, each in one pass.
    let emission_sum = incentive.iter().zip(&dividends).fold(ZERO, |sum, (a, b)| {
        Fx::from_bits(sum.to_bits().wrapping_add(a.saturating_add(*b).to_bits()))
    });
    let rao = input.rao_emission;
    let norm = (emission_sum != ZERO).then(|| Divisor::new(emission_sum));
    let pay = |x: Fx| share_of_rao(norm.map_or(x, |d| d.div(x)), rao);
    let server_emission: Vec<u64> = incentive.iter().map(|&x| pay(x)).collect();
    let (validator_emission, combined_emission): (Vec<u64>, Vec<u64>) = if norm.is_some() {
        (
            dividends.iter().map(|&x| pay(x)).collect(),
            incentive
                .iter()
                .zip(&dividends)
                .map(|(a, b)| pay(a.saturating_add(*b)))
                .collect(),
        )
    } else {
        let fallback = if plain_sum(active_stake.iter()) == ZERO {
            &stake
        } else {
            &active_stake
        };
        let rows: Vec<u64> = fallback.iter().map(|&x| share_of_rao(x, rao)).collect();
        (rows.clone(), rows)
    };

    // --- bonds written ---
    let bonds_written = (0..n)
        .map(|i| {
            if new_validator_permits[i] {
                let (c, v) = ema_bonds.row(i);
                Some(proportions_to_u16(c, v))
            } else if permits[i] {
                Some(Vec::new())
            } else {
                None
            }
        })
        .collect();

    EpochResult {
        total_stake,
        stake,
        active,
        active_stake,
        new_validator_permits,
        weights: w,
        consensus,
        validator_trust,
        incentive,
        dividends,
        ema_bonds,
        server_emission,
        validator_emission,
        combined_emission,
        bonds_written,
    }
}

impl EpochResult {
    /// Encode for output, in the `yuma-vectors/2` `output` shape.
    pub fn to_output(&self) -> EpochOutput {
        let n = self.stake.len();
        EpochOutput::from_parts(OutputParts {
            total_stake: &self.total_stake,
            stake: &self.stake,
            active: &self.active,
            active_stake: &self.active_stake,
            new_validator_permits: &self.new_validator_permits,
            weights: (0..n).map(|i| self.weights.row_bits(i)).collect(),
            consensus: &self.consensus,
            validator_trust: &self.validator_trust,
            incentive: &self.incentive,
            dividends: &self.dividends,
            ema_bonds: (0..n).map(|i| self.ema_bonds.row_bits(i)).collect(),
            server_emission: &self.server_emission,
            validator_emission: &self.validator_emission,
            combined_emission: &self.combined_emission,
            bonds_written: &self.bonds_written,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yuma::math::alpha_sigmoid;
    use proptest::prelude::*;

    /// The chain's weighted median, transcribed literally (index partitions, no shortcuts).
    fn naive_median(stake: &[Fx], score: &[Fx], minority: Fx, mut lo: Fx, mut hi: Fx) -> Fx {
        let mut cur: Vec<usize> = (0..stake.len()).collect();
        let limit = cur.len();
        let mut counter = 0;
        loop {
            if cur.is_empty() {
                return ZERO;
            }
            if cur.len() == 1 {
                return score[cur[0]];
            }
            let pivot = score[cur[cur.len() / 2]];
            let (mut lower, mut upper) = (Vec::new(), Vec::new());
            let (mut ls, mut hs) = (ZERO, ZERO);
            for &i in &cur {
                if score[i] == pivot {
                    continue;
                }
                if score[i] < pivot {
                    ls = ls.saturating_add(stake[i]);
                    lower.push(i);
                } else {
                    hs = hs.saturating_add(stake[i]);
                    upper.push(i);
                }
            }
            if minority < lo.saturating_add(ls) && !lower.is_empty() {
                hi = lo.saturating_add(ls);
                cur = lower;
            } else if hi.saturating_sub(hs) <= minority && !upper.is_empty() {
                lo = hi.saturating_sub(hs);
                cur = upper;
            } else {
                return pivot;
            }
            counter += 1;
            if counter > limit {
                return ZERO;
            }
        }
    }

    fn naive_consensus(active_stake: &[Fx], w: &Csr, n: usize, kappa: Fx) -> Vec<Fx> {
        let mut use_stake: Vec<Fx> = active_stake.iter().copied().filter(|&s| s > ZERO).collect();
        inplace_normalize(&mut use_stake);
        let sum = plain_sum(use_stake.iter());
        let minority = sum.saturating_sub(kappa);
        let mut cols = vec![vec![ZERO; use_stake.len()]; n];
        let mut k = 0;
        for (i, &s) in active_stake.iter().enumerate() {
            if s > ZERO {
                let (c, v) = w.row(i);
                for (&j, &x) in c.iter().zip(v) {
                    cols[j as usize][k] = x;
                }
                k += 1;
            }
        }
        cols.iter()
            .map(|col| naive_median(&use_stake, col, minority, ZERO, sum))
            .collect()
    }

    fn matrix(n: usize, rows: &[Vec<(u16, u16)>]) -> Csr {
        let mut m = Csr::from_u16_rows(rows, Fx::from_num);
        for i in 0..n {
            let (a, b) = (m.ptr[i], m.ptr[i + 1]);
            let s = plain_sum(m.val[a..b].iter());
            if s > ZERO {
                for v in &mut m.val[a..b] {
                    *v = safe_div(*v, s);
                }
            }
        }
        m
    }

    fn sparse_rows(n: usize, cells: &[(usize, usize, u16)]) -> Vec<Vec<(u16, u16)>> {
        let mut rows = vec![Vec::new(); n];
        let mut seen = std::collections::HashSet::new();
        for &(i, j, v) in cells {
            let (i, j) = (i % n, j % n);
            if seen.insert((i, j)) {
                rows[i].push((j as u16, v));
            }
        }
        // Even rows ascending (as the chain stores them), odd rows in arbitrary order.
        for row in rows.iter_mut().step_by(2) {
            row.sort_unstable();
        }
        rows
    }

    /// `consensus` on random sparse rows equals the literal per-column median.
    fn consensus_agrees(
        n: usize,
        stakes: &[u8],
        cells: &[(usize, usize, u16)],
        kappa: u16,
    ) -> Result<(), TestCaseError> {
        let w = matrix(n, &sparse_rows(n, cells));
        let mut st: Vec<Fx> = stakes[..n].iter().map(|&s| Fx::from_num(s)).collect();
        inplace_normalize(&mut st);
        let kappa = safe_div(Fx::from_num(kappa), U16_MAX_FX);
        let want = naive_consensus(&st, &w, n, kappa);
        // The bucketed path (these epochs are small enough for it) and the keyed one.
        prop_assert_eq!(consensus_paths(&st, &w, n, kappa, true), want.clone());
        prop_assert_eq!(consensus_paths(&st, &w, n, kappa, false), want);
        Ok(())
    }

    /// A row that goes back to an earlier block of columns is left to the general path.
    #[test]
    fn blocked_medians_need_rows_ascending_by_block() {
        let n = 2 * MEDIAN_BLOCK + 3;
        let ascending = vec![
            (1u16, 3u16),
            (MEDIAN_BLOCK as u16 + 1, 2),
            (n as u16 - 1, 1),
        ];
        let mut back = ascending.clone();
        back.swap(0, 2);
        let stake_bits = [1i64 << 31, 1 << 31];
        let run = |rows: &[Vec<(u16, u16)>]| {
            let w = matrix(2, rows);
            blocked_medians(&[0, 1], &stake_bits, &w, n, (1 << 31) - 1, 1 << 32)
        };
        let blocked = run(&[ascending.clone(), ascending]).expect("ascending rows");
        // Both rows agree, so each of their three columns has that weight as its median.
        assert_eq!(blocked.len(), n);
        assert_eq!(blocked.iter().filter(|x| **x != ZERO).count(), 3);
        assert_eq!(run(&[back.clone(), back]), None);
    }

    proptest! {
        /// Dense rows in ascending order over several blocks of columns (the blocked median
        /// path) equal the literal algorithm, with ties, explicit zeros, missing entries, rows
        /// without stake and every kappa.
        #[test]
        fn blocked_columns_match_literal_median(
            n in 60usize..200,
            stakes in proptest::collection::vec(0u8..5, 200),
            seed in any::<u64>(),
            kappa in prop_oneof![Just(0u16), Just(32767), Just(65535), any::<u16>()],
        ) {
            // About nine cells in ten hold a weight from 0 to 5.
            let mut r = seed | 1;
            let mut next = || { r ^= r << 13; r ^= r >> 7; r ^= r << 17; r };
            let rows: Vec<Vec<(u16, u16)>> = (0..n)
                .map(|_| (0..n as u16).filter_map(|j| {
                    let x = next();
                    (x % 10 != 0).then_some((j, (x >> 8) as u16 % 6))
                }).collect())
                .collect();
            let w = matrix(n, &rows);
            let mut st: Vec<Fx> = stakes[..n].iter().map(|&s| Fx::from_num(s)).collect();
            inplace_normalize(&mut st);
            let kappa = safe_div(Fx::from_num(kappa), U16_MAX_FX);
            prop_assert_eq!(consensus(&st, &w, n, kappa), naive_consensus(&st, &w, n, kappa));
        }
    }

    proptest! {
        /// The consensus (the stake crossing over distinct keys with a column's zeros as one
        /// block, or the chain's loop for kappa 0 or above the stake sum) equals the literal
        /// algorithm, including ties (few distinct values) and explicit zero entries.
        #[test]
        fn consensus_matches_literal_median(
            n in 1usize..24,
            stakes in proptest::collection::vec(0u8..4, 24),
            cells in proptest::collection::vec((0usize..24, 0usize..24, 0u16..4), 0..200),
            kappa in prop_oneof![Just(0u16), Just(32767), Just(65535), any::<u16>()],
        ) {
            consensus_agrees(n, &stakes, &cells, kappa)?;
        }

        /// Sparse columns over many kept rows (mostly zeros, counted as one block of stake)
        /// equal the literal algorithm, with ties, zero-stake rows and every kappa.
        #[test]
        fn sparse_columns_match_literal_median(
            n in 8usize..90,
            stakes in proptest::collection::vec(0u8..6, 90),
            cells in proptest::collection::vec((0usize..90, 0usize..90, 0u16..5), 0..150),
            kappa in prop_oneof![Just(0u16), Just(32767), Just(65535), any::<u16>()],
        ) {
            consensus_agrees(n, &stakes, &cells, kappa)?;
        }

        /// The saturating median and the plain one agree whenever the plain one is allowed,
        /// and both agree with the literal algorithm.
        #[test]
        fn median_variants_agree(
            pairs in proptest::collection::vec((0i64..=(1i64 << 32), 0i64..4), 1..40),
            minority in -(1i64 << 33)..(1i64 << 33),
        ) {
            let k = pairs.len();
            let sum: i64 = pairs.iter().map(|p| p.0).sum();
            let load = |b: &mut MedianBufs| {
                for (t, &(st, v)) in pairs.iter().enumerate() {
                    b.cur_s[t] = st;
                    b.cur_v[t] = v;
                }
            };
            let mut b = MedianBufs::new(k);
            load(&mut b);
            let plain = weighted_median::<true>(&mut b, k, minority, 0, sum, 0, k);
            load(&mut b);
            let saturating = weighted_median::<false>(&mut b, k, minority, 0, sum, 0, k);
            prop_assert_eq!(plain, saturating);
            let stake: Vec<Fx> = pairs.iter().map(|p| Fx::from_bits(p.0)).collect();
            let score: Vec<Fx> = pairs.iter().map(|p| Fx::from_bits(p.1)).collect();
            let literal = naive_median(
                &stake,
                &score,
                Fx::from_bits(minority),
                ZERO,
                Fx::from_bits(sum),
            );
            prop_assert_eq!(Fx::from_bits(plain), literal);
        }

        /// Huge stakes take the saturating path without overflow panics.
        #[test]
        fn saturating_median_handles_extremes(
            pairs in proptest::collection::vec((any::<i64>(), any::<i64>()), 1..20),
            minority in any::<i64>(),
        ) {
            let k = pairs.len();
            let mut b = MedianBufs::new(k);
            for (t, &(st, v)) in pairs.iter().enumerate() {
                b.cur_s[t] = st;
                b.cur_v[t] = v;
            }
            let stake: Vec<Fx> = pairs.iter().map(|p| Fx::from_bits(p.0)).collect();
            let score: Vec<Fx> = pairs.iter().map(|p| Fx::from_bits(p.1)).collect();
            let sum = plain_sum(stake.iter());
            let got = weighted_median::<false>(&mut b, k, minority, 0, sum.to_bits(), 0, k);
            let literal = naive_median(&stake, &score, Fx::from_bits(minority), ZERO, sum);
            prop_assert_eq!(Fx::from_bits(got), literal);
        }

        /// The moving average (merge path for ascending rows, accumulator otherwise) equals the
        /// chain's literal dense-accumulator form.
        #[test]
        fn mat_ema_matches_literal_form(
            n in 1usize..20,
            ncells in proptest::collection::vec((0usize..20, 0usize..20, any::<u16>()), 0..120),
            ocells in proptest::collection::vec((0usize..20, 0usize..20, any::<u16>()), 0..120),
            a in any::<u16>(),
        ) {
            let new = matrix(n, &sparse_rows(n, &ncells));
            let old = Csr::from_u16_rows(&sparse_rows(n, &ocells), Fx::from_num);
            let a = u16_proportion_to_fixed(a);
            let fast = mat_ema(&new, &old, a, &mut Scratch::new(n));
            let one_minus_a = ONE.saturating_sub(a);
            let mut literal = Csr::with_capacity(n, 0);
            for i in 0..n {
                let mut acc = vec![ZERO; n];
                let (nc, nv) = new.row(i);
                for (&j, &v) in nc.iter().zip(nv) {
                    acc[j as usize] = acc[j as usize].saturating_add(a.saturating_mul(v));
                }
                let (oc, ov) = old.row(i);
                for (&j, &v) in oc.iter().zip(ov) {
                    acc[j as usize] = acc[j as usize].saturating_add(one_minus_a.saturating_mul(v));
                }
                for (j, &v) in acc.iter().enumerate() {
                    if v > ZERO {
                        literal.push(j as u16, v);
                    }
                }
                literal.end_row();
            }
            prop_assert_eq!(fast, literal);
        }

        /// The fused Yuma2 bonds equal the chain's literal sequence: old bonds (minus recently
        /// registered columns) and deltas each column-normalized with `safe_div` where the
        /// saturating column sum is non-zero, the moving average, its column normalization and
        /// dividends, then the division by column maxima; with and without the deltas handed
        /// over by the clipping pass, for rows in any order, zero bonds and saturating sums.
        #[test]
        fn yuma2_bonds_match_literal_form(
            n in 1usize..16,
            wcells in proptest::collection::vec((0usize..16, 0usize..16, any::<u16>()), 0..90),
            bcells in proptest::collection::vec(
                (0usize..16, 0usize..16, prop_oneof![Just(0u16), any::<u16>()]),
                0..90,
            ),
            stakes in proptest::collection::vec(prop_oneof![Just(0u16), any::<u16>()], 16),
            ranks in proptest::collection::vec(any::<u16>(), 16),
            recent in proptest::collection::vec(prop::bool::weighted(0.2), 16),
            same_layout in any::<bool>(),
            bma in prop_oneof![Just(900_000u64), Just(0), 0u64..=1_000_000, any::<u64>()],
        ) {
            let wb = matrix(n, &sparse_rows(n, &wcells));
            // Either independent bond rows or the weights' own layout (the usual case).
            let old_rows: Vec<Vec<(u16, u16)>> = if same_layout {
                (0..n)
                    .map(|i| {
                        let cols = wb.row(i).0;
                        cols.iter().zip(&bcells).map(|(&j, b)| (j, b.2)).collect()
                    })
                    .collect()
            } else {
                sparse_rows(n, &bcells)
            };
            let stake: Vec<Fx> = stakes[..n].iter().map(|&x| u16_proportion_to_fixed(x)).collect();
            let incentive: Vec<Fx> = ranks[..n].iter().map(|&x| u16_proportion_to_fixed(x)).collect();
            let recent = &recent[..n];

            let normalize_cols = |m: &mut Csr| {
                let mut sums = vec![ZERO; n];
                for (&j, &v) in m.col.iter().zip(&m.val) {
                    sums[j as usize] = sums[j as usize].saturating_add(v);
                }
                for (&j, v) in m.col.iter().zip(m.val.iter_mut()) {
                    if sums[j as usize] != ZERO {
                        *v = safe_div(*v, sums[j as usize]);
                    }
                }
            };
            let mut old = Csr::from_u16_rows_where(&old_rows, Fx::from_num, |_, j| !recent[j as usize]);
            normalize_cols(&mut old);
            let mut delta = Csr::with_capacity(n, 0);
            for (i, &s) in stake.iter().enumerate() {
                let (c, v) = wb.row(i);
                for (&j, &x) in c.iter().zip(v) {
                    delta.push(j, x.saturating_mul(s));
                }
                delta.end_row();
            }
            let handed = {
                let mut sums = vec![ZERO; n];
                for (&j, &v) in delta.col.iter().zip(&delta.val) {
                    sums[j as usize] = sums[j as usize].saturating_add(v);
                }
                sums
            };
            let products = delta.clone();
            normalize_cols(&mut delta);
            let m = safe_div_i64f64_by_million(bma);
            let a = ONE.saturating_sub(Fx::saturating_from_num(m));
            let mut ema = mat_ema(&delta, &old, a, &mut Scratch::new(n));
            normalize_cols(&mut ema);
            let mut dividends: Vec<Fx> = (0..n)
                .map(|i| {
                    let (c, v) = ema.row(i);
                    c.iter().zip(v).fold(ZERO, |acc, (&j, &x)| {
                        acc.saturating_add(incentive[j as usize].saturating_mul(x))
                    })
                })
                .collect();
            inplace_normalize(&mut dividends);
            let mut maxes = vec![ZERO; n];
            for (&j, &v) in ema.col.iter().zip(&ema.val) {
                maxes[j as usize] = maxes[j as usize].max(v);
            }
            for (&j, v) in ema.col.iter().zip(ema.val.iter_mut()) {
                if maxes[j as usize] != ZERO {
                    *v = safe_div(*v, maxes[j as usize]);
                }
            }

            // Once from the bond weights, once from the products and their sums.
            for (m, given) in [(&wb, None), (&products, Some(handed))] {
                let (fast, fast_div) = yuma2_bonds(
                    &old_rows,
                    bma,
                    m,
                    given,
                    &stake,
                    &incentive,
                    recent,
                    &mut Scratch::new(n),
                );
                prop_assert_eq!(&fast, &ema);
                prop_assert_eq!(&fast_div, &dividends);
            }
        }

        /// Liquid-alpha bonds computed only where used equal the chain's literal form (alphas
        /// for every column found with a forward cursor, then `mat_ema_alpha_sparse`), also for
        /// rows not in ascending order.
        #[test]
        fn liquid_bonds_match_literal_form(
            n in 1usize..16,
            wcells in proptest::collection::vec((0usize..16, 0usize..16, any::<u16>()), 0..80),
            bcells in proptest::collection::vec((0usize..16, 0usize..16, any::<u16>()), 0..80),
            cons in proptest::collection::vec(0u16..=65535, 16),
            steep in any::<i16>(),
            lo in any::<u16>(),
            hi in any::<u16>(),
        ) {
            let new = matrix(n, &sparse_rows(n, &wcells));
            let old = Csr::from_u16_rows(&sparse_rows(n, &bcells), u16_proportion_to_fixed);
            let c: Vec<Fx> = cons[..n].iter().map(|&x| u16_proportion_to_fixed(x)).collect();
            let la = LiquidAlpha {
                low: u16_proportion_to_fixed(lo),
                high: u16_proportion_to_fixed(hi),
                steep: Fx::from_num(steep).saturating_div(Fx::from_num(-100)),
            };
            let fast = mat_ema_liquid(&new, &old, &c, &la, n);

            let lookup = |m: &Csr, i: usize| -> Vec<Fx> {
                let (cols, vals) = m.row(i);
                let mut out = vec![ZERO; n];
                let mut p = 0;
                for (j, cell) in out.iter_mut().enumerate() {
                    while p < cols.len() && (cols[p] as usize) < j {
                        p += 1;
                    }
                    if p < cols.len() && cols[p] as usize == j {
                        *cell = vals[p];
                    }
                }
                out
            };
            let mut literal = Csr::with_capacity(n, 0);
            for i in 0..n {
                let (wv, bv) = (lookup(&new, i), lookup(&old, i));
                let alpha: Vec<Fx> = (0..n)
                    .map(|j| alpha_sigmoid(c[j], wv[j], bv[j], la.low, la.high, la.steep))
                    .collect();
                let mut decayed = vec![ZERO; n];
                let (oc, ov) = old.row(i);
                for (&j, &v) in oc.iter().zip(ov) {
                    decayed[j as usize] = ONE.saturating_sub(alpha[j as usize]).saturating_mul(v);
                }
                let (nc, nv) = new.row(i);
                for (&j, &v) in nc.iter().zip(nv) {
                    let inc = alpha[j as usize].saturating_mul(v).max(ZERO);
                    let val = decayed[j as usize].saturating_add(inc).min(ONE);
                    if val > ZERO {
                        literal.push(j, val);
                    }
                }
                literal.end_row();
            }
            prop_assert_eq!(fast, literal);
        }
    }
}
