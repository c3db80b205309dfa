//! The chain's sparse epoch, transcribed step by step: the yardstick the engine is measured
//! against, for speed and for exactness.
//!
//! [`epoch`] follows the chain's `epoch_mechanism` and its matrix helpers as they are written, with
//! the chain's own data structures (a sparse matrix is one `Vec<(u16, I32F32)>` per row), the same
//! allocations (every masking step builds a new matrix, the weighted median copies its index
//! partitions on every step, the moving averages densify each row) and the same order of
//! operations, on `substrate-fixed`'s own arithmetic (including its `exp` for liquid alpha). It
//! reads an [`EpochInput`] instead of storage; everything after the storage reads is the chain's
//! computation. Nothing here is tuned: its speed is what the chain's code achieves natively, so the
//! ratio of its timings to the engine's (`cargo bench --bench yuma` prints both) is the engine's
//! real speed-up on the machine that ran them. It is checked bit for bit against the public vectors
//! and, on random inputs, against the engine.

use substrate_fixed::transcendental::exp;
use substrate_fixed::types::{I32F32, I64F64, I96F32, U96F32};

use super::input::EpochInput;
use super::output::{EpochOutput, OutputParts};

/// One row of a sparse matrix, as the chain holds it: `(column, value)` in the order produced.
type Row = Vec<(u16, I32F32)>;

/// Everything the transcription computes, in the chain's own shapes.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceResult {
    /// `alpha + tao * tao_weight` per uid.
    pub total_stake: Vec<I64F64>,
    /// Normalized stake after the threshold.
    pub stake: Vec<I32F32>,
    /// Activity mask.
    pub active: Vec<bool>,
    /// Normalized stake of active permitted validators.
    pub active_stake: Vec<I32F32>,
    /// Permits stored for the next epoch.
    pub new_validator_permits: Vec<bool>,
    /// Weights after every mask and the row normalization.
    pub weights: Vec<Vec<(u16, I32F32)>>,
    /// Consensus per uid.
    pub consensus: Vec<I32F32>,
    /// Validator trust per uid.
    pub validator_trust: Vec<I32F32>,
    /// Incentive per uid.
    pub incentive: Vec<I32F32>,
    /// Dividends per uid.
    pub dividends: Vec<I32F32>,
    /// Bonds before the u16 conversion.
    pub ema_bonds: Vec<Vec<(u16, I32F32)>>,
    /// Miner emission, rao.
    pub server_emission: Vec<u64>,
    /// Validator emission, rao.
    pub validator_emission: Vec<u64>,
    /// Combined emission, rao.
    pub combined_emission: Vec<u64>,
    /// Bond rows written (`None` = untouched).
    pub bonds_written: Vec<Option<Vec<(u16, u16)>>>,
}

impl ReferenceResult {
    /// The same results in the vectors' `output` shape, to compare with the engine's.
    pub fn to_output(&self) -> EpochOutput {
        let rows = |m: &[Row]| {
            m.iter()
                .map(|row| row.iter().map(|&(j, v)| (j, v.to_bits())).collect())
                .collect()
        };
        EpochOutput::from_parts(OutputParts {
            total_stake: &self.total_stake,
            stake: &self.stake,
            active: &self.active,
            active_stake: &self.active_stake,
            new_validator_permits: &self.new_validator_permits,
            weights: rows(&self.weights),
            consensus: &self.consensus,
            validator_trust: &self.validator_trust,
            incentive: &self.incentive,
            dividends: &self.dividends,
            ema_bonds: rows(&self.ema_bonds),
            server_emission: &self.server_emission,
            validator_emission: &self.validator_emission,
            combined_emission: &self.combined_emission,
            bonds_written: &self.bonds_written,
        })
    }
}

fn zero() -> I32F32 {
    I32F32::saturating_from_num(0)
}

fn one() -> I32F32 {
    I32F32::saturating_from_num(1)
}

// ---- scalar helpers ----------------------------------------------------------------------------

/// `checked_div`, 0 on a zero divisor or an overflow.
fn safe_div(a: I32F32, b: I32F32) -> I32F32 {
    a.checked_div(b).unwrap_or_default()
}

fn safe_div64(a: I64F64, b: I64F64) -> I64F64 {
    a.checked_div(b).unwrap_or_default()
}

/// `iter().sum()`: plain additions, which wrap in the chain's release build.
fn sum(x: impl Iterator<Item = I32F32>) -> I32F32 {
    x.fold(zero(), |acc, v| acc.wrapping_add(v))
}

fn sum64(x: &[I64F64]) -> I64F64 {
    x.iter().fold(I64F64::saturating_from_num(0), |acc, v| {
        acc.wrapping_add(*v)
    })
}

fn u16_to_fixed(x: u16) -> I32F32 {
    I32F32::saturating_from_num(x)
}

fn fixed_proportion_to_u16(x: I32F32) -> u16 {
    x.saturating_mul(I32F32::saturating_from_num(u16::MAX))
        .saturating_to_num::<u16>()
}

fn u16_proportion(x: u16) -> I32F32 {
    safe_div(
        I32F32::saturating_from_num(x),
        I32F32::saturating_from_num(u16::MAX),
    )
}

fn clamp_value(value: I32F32, low: I32F32, high: I32F32) -> I32F32 {
    value.min(high).max(low)
}

fn exp_safe(input: I32F32) -> I32F32 {
    let min_input = I32F32::saturating_from_num(-20);
    let max_input = I32F32::saturating_from_num(20);
    let mut safe_input = input;
    if input < min_input {
        safe_input = min_input;
    } else if max_input < input {
        safe_input = max_input;
    }
    match exp::<I32F32, I32F32>(safe_input) {
        Ok(v) => v,
        Err(_) if safe_input <= 0 => zero(),
        Err(_) => I32F32::max_value(),
    }
}

// ---- vectors -----------------------------------------------------------------------------------

fn is_zero(v: &[I32F32]) -> bool {
    sum(v.iter().copied()) == zero()
}

fn is_topk_nonzero(vector: &[I32F32], k: usize) -> Vec<bool> {
    let n = vector.len();
    let mut result: Vec<bool> = vector.iter().map(|&e| e != zero()).collect();
    if n < k {
        return result;
    }
    let mut idxs: Vec<usize> = (0..n).collect();
    idxs.sort_by_key(|&i| vector.get(i).copied().unwrap_or_default());
    for &i in idxs.iter().take(n.saturating_sub(k)) {
        if let Some(cell) = result.get_mut(i) {
            *cell = false;
        }
    }
    result
}

fn inplace_normalize(x: &mut [I32F32]) {
    let x_sum = sum(x.iter().copied());
    if x_sum == zero() {
        return;
    }
    x.iter_mut().for_each(|v| *v = safe_div(*v, x_sum));
}

fn inplace_normalize_using_sum(x: &mut [I32F32], x_sum: I32F32) {
    if x_sum == zero() {
        return;
    }
    x.iter_mut().for_each(|v| *v = safe_div(*v, x_sum));
}

fn inplace_normalize_64(x: &mut [I64F64]) {
    let x_sum = sum64(x);
    if x_sum == I64F64::saturating_from_num(0) {
        return;
    }
    x.iter_mut().for_each(|v| *v = safe_div64(*v, x_sum));
}

fn inplace_mask_vector(mask: &[bool], vector: &mut [I32F32]) {
    if mask.is_empty() {
        return;
    }
    for (i, v) in vector.iter_mut().enumerate() {
        if *mask.get(i).unwrap_or(&true) {
            *v = zero();
        }
    }
}

fn vec_mul(a: &[I32F32], b: &[I32F32]) -> Vec<I32F32> {
    a.iter()
        .zip(b)
        .map(|(x, y)| x.checked_mul(*y).unwrap_or_default())
        .collect()
}

// ---- sparse matrices ---------------------------------------------------------------------------

fn mask_rows_sparse(mask: &[bool], m: &[Row]) -> Vec<Row> {
    let mut out = Vec::with_capacity(m.len());
    for (i, row) in m.iter().enumerate() {
        if mask.get(i).copied().unwrap_or(true) {
            out.push(Vec::new());
        } else {
            out.push(row.clone());
        }
    }
    out
}

fn mask_diag_sparse(m: &[Row]) -> Vec<Row> {
    m.iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .filter(|(j, _)| i != *j as usize)
                .copied()
                .collect()
        })
        .collect()
}

fn mask_diag_sparse_except_index(m: &[Row], except: u16) -> Vec<Row> {
    m.iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .filter(|(j, _)| i != *j as usize || (i == except as usize && *j == except))
                .copied()
                .collect()
        })
        .collect()
}

fn vec_mask_sparse_matrix(
    m: &[Row],
    first: &[u64],
    second: &[u64],
    mask_fn: &dyn Fn(u64, u64) -> bool,
) -> Vec<Row> {
    let mut result = Vec::with_capacity(m.len());
    let mut first_it = first.iter();
    for row in m {
        let fv = first_it.next().copied().unwrap_or(0);
        let mut out_row = Vec::with_capacity(row.len());
        for &(j, v) in row {
            let sv = second.get(j as usize).copied().unwrap_or(0);
            if !mask_fn(fv, sv) {
                out_row.push((j, v));
            }
        }
        result.push(out_row);
    }
    result
}

fn scalar_vec_mask_sparse_matrix(
    m: &[Row],
    scalar: u64,
    vector: &[u64],
    mask_fn: &dyn Fn(u64, u64) -> bool,
) -> Vec<Row> {
    let mut result = Vec::with_capacity(m.len());
    for row in m {
        let mut out_row = Vec::with_capacity(row.len());
        for &(j, v) in row {
            let vj = vector.get(j as usize).copied().unwrap_or(0);
            if !mask_fn(scalar, vj) {
                out_row.push((j, v));
            }
        }
        result.push(out_row);
    }
    result
}

fn inplace_row_normalize_sparse(m: &mut [Row]) {
    for row in m.iter_mut() {
        let row_sum = sum(row.iter().map(|(_, v)| *v));
        if row_sum > zero() {
            row.iter_mut().for_each(|(_, v)| *v = safe_div(*v, row_sum));
        }
    }
}

fn row_sum_sparse(m: &[Row]) -> Vec<I32F32> {
    m.iter()
        .map(|row| sum(row.iter().map(|(_, v)| *v)))
        .collect()
}

fn inplace_col_normalize_sparse(m: &mut [Row], columns: u16) {
    let mut col_sum = vec![zero(); columns as usize];
    for row in m.iter() {
        for &(j, v) in row {
            if let Some(s) = col_sum.get_mut(j as usize) {
                *s = s.saturating_add(v);
            }
        }
    }
    for row in m.iter_mut() {
        for (j, v) in row.iter_mut() {
            let denom = col_sum.get(*j as usize).copied().unwrap_or(zero());
            if denom != zero() {
                *v = safe_div(*v, denom);
            }
        }
    }
}

fn inplace_col_max_upscale_sparse(m: &mut [Row], columns: u16) {
    let mut col_max = vec![zero(); columns as usize];
    for row in m.iter() {
        for (j, v) in row {
            if let Some(mx) = col_max.get_mut(*j as usize)
                && *mx < *v
            {
                *mx = *v;
            }
        }
    }
    for row in m.iter_mut() {
        for (j, v) in row.iter_mut() {
            let mx = col_max.get(*j as usize).copied().unwrap_or(zero());
            if mx != zero() {
                *v = safe_div(*v, mx);
            }
        }
    }
}

fn row_hadamard_sparse(m: &[Row], vector: &[I32F32]) -> Vec<Row> {
    let mut out = Vec::with_capacity(m.len());
    let mut vec_it = vector.iter();
    for row in m {
        let Some(&scale) = vec_it.next() else { break };
        let mut new_row = Vec::with_capacity(row.len());
        for &(j, v) in row {
            new_row.push((j, v.saturating_mul(scale)));
        }
        out.push(new_row);
    }
    out
}

/// `result_j = Σ_i vector_i · m_ij`, saturating.
fn matmul_sparse(m: &[Row], vector: &[I32F32], columns: u16) -> Vec<I32F32> {
    let mut result = vec![zero(); columns as usize];
    let mut vec_it = vector.iter();
    for row in m {
        let scale = vec_it.next().copied().unwrap_or(zero());
        for &(j, v) in row {
            if let Some(r) = result.get_mut(j as usize) {
                *r = r.saturating_add(scale.saturating_mul(v));
            }
        }
    }
    result
}

/// `result_i = Σ_j vector_j · m_ij`, saturating.
fn matmul_transpose_sparse(m: &[Row], vector: &[I32F32]) -> Vec<I32F32> {
    let mut result = vec![zero(); m.len()];
    for (row, out) in m.iter().zip(result.iter_mut()) {
        let mut acc = zero();
        for &(j, v) in row {
            let x = vector.get(j as usize).copied().unwrap_or(zero());
            acc = acc.saturating_add(x.saturating_mul(v));
        }
        *out = acc;
    }
    result
}

fn mat_vec_mul_sparse(m: &[Row], vector: &[I32F32]) -> Vec<Row> {
    let mut result: Vec<Row> = vec![vec![]; m.len()];
    for (i, row) in m.iter().enumerate() {
        for (j, v) in row {
            if let Some(x) = vector.get(*j as usize) {
                let p = v.saturating_mul(*x);
                if p != zero()
                    && let Some(out) = result.get_mut(i)
                {
                    out.push((*j, p));
                }
            }
        }
    }
    result
}

fn col_clip_sparse(m: &[Row], threshold: &[I32F32]) -> Vec<Row> {
    let mut result = Vec::with_capacity(m.len());
    for row in m {
        let mut out_row = Vec::with_capacity(row.len());
        for &(j, v) in row {
            let th = threshold.get(j as usize).copied().unwrap_or(zero());
            if th < v {
                if th > zero() {
                    out_row.push((j, th));
                }
            } else {
                out_row.push((j, v));
            }
        }
        result.push(out_row);
    }
    result
}

/// Mid-pivot weighted median over the uids in `partition_idx`.
fn weighted_median(
    stake: &[I32F32],
    score: &[I32F32],
    partition_idx: &[usize],
    minority: I32F32,
    mut partition_lo: I32F32,
    mut partition_hi: I32F32,
) -> I32F32 {
    if stake.len() != score.len() {
        return zero();
    }
    let at = |v: &[I32F32], i: usize| v.get(i).copied().unwrap_or_default();
    let mut current: Vec<usize> = partition_idx.to_vec();
    let mut iterations = 0usize;
    let limit = partition_idx.len();
    let mut lower: Vec<usize> = vec![];
    let mut upper: Vec<usize> = vec![];
    loop {
        let n = current.len();
        if n == 0 {
            return zero();
        }
        if n == 1 {
            return current.first().map(|&i| at(score, i)).unwrap_or(zero());
        }
        let pivot = at(score, current.get(n / 2).copied().unwrap_or(0));
        let mut lo_stake = zero();
        let mut hi_stake = zero();
        // The chain iterates over a copy of the partition.
        for idx in current.clone() {
            if at(score, idx) == pivot {
                continue;
            }
            if at(score, idx) < pivot {
                lo_stake = lo_stake.saturating_add(at(stake, idx));
                lower.push(idx);
            } else {
                hi_stake = hi_stake.saturating_add(at(stake, idx));
                upper.push(idx);
            }
        }
        if minority < partition_lo.saturating_add(lo_stake) && !lower.is_empty() {
            current = lower.clone();
            partition_hi = partition_lo.saturating_add(lo_stake);
        } else if partition_hi.saturating_sub(hi_stake) <= minority && !upper.is_empty() {
            current = upper.clone();
            partition_lo = partition_hi.saturating_sub(hi_stake);
        } else {
            return pivot;
        }
        lower.clear();
        upper.clear();
        iterations = iterations.saturating_add(1);
        if iterations > limit {
            break;
        }
    }
    zero()
}

/// Per column, the stake-weighted median of the rows with stake (a dense column each).
fn weighted_median_col_sparse(
    stake: &[I32F32],
    score: &[Row],
    columns: u16,
    majority: I32F32,
) -> Vec<I32F32> {
    let mut use_stake: Vec<I32F32> = stake.iter().copied().filter(|&s| s > zero()).collect();
    inplace_normalize(&mut use_stake);
    let stake_sum = sum(use_stake.iter().copied());
    let minority = stake_sum.saturating_sub(majority);
    let stake_idx: Vec<usize> = (0..use_stake.len()).collect();
    let mut use_score: Vec<Vec<I32F32>> = (0..columns as usize)
        .map(|_| vec![zero(); use_stake.len()])
        .collect();
    let mut k = 0usize;
    for (&s, row) in stake.iter().zip(score) {
        if s > zero() {
            for &(c, v) in row {
                if let Some(cell) = use_score.get_mut(c as usize).and_then(|col| col.get_mut(k)) {
                    *cell = v;
                }
            }
            k = k.saturating_add(1);
        }
    }
    let mut median = Vec::with_capacity(columns as usize);
    for col in &use_score {
        median.push(weighted_median(
            &use_stake,
            col,
            &stake_idx,
            minority,
            zero(),
            stake_sum,
        ));
    }
    median
}

/// `W + ratio · (Wc − W)` entry by entry, densifying each row.
fn interpolate_sparse(m1: &[Row], m2: &[Row], columns: u16, ratio: I32F32) -> Vec<Row> {
    if ratio == zero() {
        return m1.to_owned();
    }
    if ratio == one() {
        return m2.to_owned();
    }
    if m1.len() != m2.len() {
        return m2.to_owned();
    }
    let rows = m1.len();
    let mut result: Vec<Row> = vec![vec![]; rows];
    for i in 0..rows {
        let mut row1 = vec![zero(); columns as usize];
        for (j, v) in &m1[i] {
            if let Some(e) = row1.get_mut(*j as usize) {
                *e = *v;
            }
        }
        let mut row2 = vec![zero(); columns as usize];
        for (j, v) in &m2[i] {
            if let Some(e) = row2.get_mut(*j as usize) {
                *e = *v;
            }
        }
        for j in 0..columns as usize {
            let v1 = row1[j];
            let v2 = row2[j];
            let interp = v1.saturating_add(ratio.saturating_mul(v2.saturating_sub(v1)));
            if zero() < interp {
                result[i].push((j as u16, interp));
            }
        }
    }
    result
}

/// `alpha · new + (1 − alpha) · old` through a dense accumulator per row; positives kept.
fn mat_ema_sparse(new: &[Row], old: &[Row], alpha: I32F32) -> Vec<Row> {
    let one_minus_alpha = one().saturating_sub(alpha);
    let n = new.len();
    if n == 0 {
        return Vec::new();
    }
    let mut result = Vec::with_capacity(n);
    let mut old_it = old.iter();
    for new_row in new {
        let mut acc = vec![zero(); n];
        for &(j, v) in new_row {
            if let Some(cell) = acc.get_mut(j as usize) {
                *cell = cell.saturating_add(alpha.saturating_mul(v));
            }
        }
        if let Some(old_row) = old_it.next() {
            for &(j, v) in old_row {
                if let Some(cell) = acc.get_mut(j as usize) {
                    *cell = cell.saturating_add(one_minus_alpha.saturating_mul(v));
                }
            }
        }
        let mut out_row = Vec::new();
        for (j, &v) in acc.iter().enumerate() {
            if v > zero() {
                out_row.push((j as u16, v));
            }
        }
        result.push(out_row);
    }
    result
}

/// The moving average with one alpha per cell; only columns present in `new` are emitted.
fn mat_ema_alpha_sparse(new: &[Row], old: &[Row], alpha: &[Vec<I32F32>]) -> Vec<Row> {
    if new.len() != old.len() || new.len() != alpha.len() {
        return new.to_owned();
    }
    let mut result = Vec::with_capacity(new.len());
    for ((new_row, old_row), alpha_row) in new.iter().zip(old).zip(alpha) {
        let mut decayed = vec![zero(); alpha_row.len()];
        for &(j, old_val) in old_row {
            if let (Some(&a), Some(cell)) = (alpha_row.get(j as usize), decayed.get_mut(j as usize))
            {
                *cell = one().saturating_sub(a).saturating_mul(old_val);
            }
        }
        let mut out_row = Vec::new();
        for &(j, new_val) in new_row {
            if let (Some(&a), Some(&d)) = (alpha_row.get(j as usize), decayed.get(j as usize)) {
                let inc = a.saturating_mul(new_val).max(zero());
                let v = d.saturating_add(inc).min(one());
                if v > zero() {
                    out_row.push((j, v));
                }
            }
        }
        result.push(out_row);
    }
    result
}

// ---- liquid alpha ------------------------------------------------------------------------------

fn alpha_sigmoid(
    consensus: I32F32,
    weight: I32F32,
    bond: I32F32,
    low: I32F32,
    high: I32F32,
    steepness: I32F32,
) -> I32F32 {
    let diff_buy = clamp_value(weight.saturating_sub(consensus), zero(), one());
    let diff_sell = clamp_value(bond.saturating_sub(weight), zero(), one());
    let combined = if weight >= bond { diff_buy } else { diff_sell };
    let sigmoid = one().saturating_div(
        one().saturating_add(exp_safe(
            steepness
                .saturating_div(I32F32::saturating_from_num(-100))
                .saturating_mul(combined.saturating_sub(I32F32::saturating_from_num(0.5))),
        )),
    );
    let alpha = low.saturating_add(sigmoid.saturating_mul(high.saturating_sub(low)));
    clamp_value(alpha, low, high)
}

/// One alpha per (row, column) for every column, walking the sorted rows alongside.
fn liquid_alpha_values(
    input: &EpochInput,
    weights: &[Row],
    bonds: &[Row],
    consensus: &[I32F32],
) -> Vec<Vec<I32F32>> {
    let mut alphas = Vec::with_capacity(consensus.len());
    if weights.len() != bonds.len() {
        return alphas;
    }
    let steepness = I32F32::saturating_from_num(input.alpha_sigmoid_steepness);
    let (low, high) = (
        u16_proportion(input.alpha_low),
        u16_proportion(input.alpha_high),
    );
    for (w_row, b_row) in weights.iter().zip(bonds) {
        let mut row_alphas = Vec::with_capacity(w_row.len());
        let mut w_it = w_row.iter().peekable();
        let mut b_it = b_row.iter().peekable();
        for (pos, &c) in consensus.iter().enumerate() {
            let j = pos as u16;
            let mut weight = zero();
            while let Some(&&(i, v)) = w_it.peek() {
                if i < j {
                    w_it.next();
                } else {
                    if i == j {
                        weight = v;
                    }
                    break;
                }
            }
            let mut bond = zero();
            while let Some(&&(i, v)) = b_it.peek() {
                if i < j {
                    b_it.next();
                } else {
                    if i == j {
                        bond = v;
                    }
                    break;
                }
            }
            row_alphas.push(alpha_sigmoid(c, weight, bond, low, high, steepness));
        }
        alphas.push(row_alphas);
    }
    alphas
}

/// The Yuma3 moving average: liquid alpha when it is on and some consensus is non-zero.
fn compute_bonds_sparse(
    input: &EpochInput,
    weights: &[Row],
    bonds: &[Row],
    consensus: &[I32F32],
) -> Vec<Row> {
    if input.liquid_alpha && !consensus.is_empty() && consensus.iter().any(|&c| c != zero()) {
        let alphas = liquid_alpha_values(input, weights, bonds, consensus);
        mat_ema_alpha_sparse(weights, bonds, &alphas)
    } else {
        // `from_num` here, which wraps in the chain's release build.
        let bma = I64F64::wrapping_from_num(input.bonds_moving_average)
            .saturating_div(I64F64::saturating_from_num(1_000_000));
        let alpha = one().saturating_sub(I32F32::wrapping_from_num(bma));
        mat_ema_sparse(weights, bonds, alpha)
    }
}

/// The Yuma2 moving average with `1 − bonds_moving_average / 10⁶`.
fn compute_ema_bonds_normal_sparse(input: &EpochInput, delta: &[Row], bonds: &[Row]) -> Vec<Row> {
    let bma = safe_div64(
        I64F64::saturating_from_num(input.bonds_moving_average),
        I64F64::saturating_from_num(1_000_000),
    );
    let alpha = one().saturating_sub(I32F32::saturating_from_num(bma));
    mat_ema_sparse(delta, bonds, alpha)
}

// ---- the epoch ---------------------------------------------------------------------------------

/// Run the chain's sparse epoch on `input` (which should have passed [`EpochInput::validate`]).
pub fn epoch(input: &EpochInput) -> ReferenceResult {
    let n = input.n;
    let nu = n as usize;
    let current_block = input.current_block;
    let tempo = input.tempo as u64;

    // == Active & updated ==
    let activity_cutoff = input.activity_cutoff();
    let last_update = &input.last_update;
    let inactive: Vec<bool> = last_update
        .iter()
        .map(|u| u.saturating_add(activity_cutoff) < current_block)
        .collect();
    let active: Vec<bool> = inactive.iter().map(|&b| !b).collect();
    let block_at_registration = &input.block_at_registration;

    // == Stake ==
    let tao_weight = I64F64::saturating_from_num(
        U96F32::saturating_from_num(input.tao_weight_raw)
            .checked_div(U96F32::saturating_from_num(u64::MAX))
            .unwrap_or_default(),
    );
    let total_stake: Vec<I64F64> = (0..nu)
        .map(|i| {
            let alpha = I64F64::saturating_from_num(input.alpha_stake[i]);
            let tao = I64F64::saturating_from_num(input.tao_stake[i]);
            alpha.saturating_add(tao.saturating_mul(tao_weight))
        })
        .collect();
    let owner_uid = input.owner_uid;
    let mut filtered_stake: Vec<I64F64> = total_stake
        .iter()
        .enumerate()
        .map(|(uid, &s)| {
            if owner_uid != Some(uid as u16) && s.saturating_to_num::<u64>() < input.stake_threshold
            {
                return I64F64::saturating_from_num(0);
            }
            s
        })
        .collect();
    inplace_normalize_64(&mut filtered_stake);
    let stake: Vec<I32F32> = filtered_stake
        .into_iter()
        .map(I32F32::saturating_from_num)
        .collect();

    // == Validator permits ==
    let mut validator_permits = input.validator_permits.clone();
    if let Some(o) = owner_uid
        && let Some(p) = validator_permits.get_mut(o as usize)
    {
        *p = true;
    }
    let validator_forbids: Vec<bool> = validator_permits.iter().map(|&b| !b).collect();
    let mut new_validator_permits = is_topk_nonzero(&stake, input.max_allowed_validators as usize);
    if let Some(o) = owner_uid
        && let Some(p) = new_validator_permits.get_mut(o as usize)
    {
        *p = true;
    }

    // == Active stake ==
    let mut active_stake = stake.clone();
    inplace_mask_vector(&inactive, &mut active_stake);
    inplace_mask_vector(&validator_forbids, &mut active_stake);
    inplace_normalize(&mut active_stake);

    // == Weights ==
    let mut weights: Vec<Row> = vec![vec![]; nu];
    for (i, stored) in input.weights.iter().enumerate().take(nu) {
        for &(j, w) in stored.iter().filter(|(j, _)| *j < n) {
            weights[i].push((j, I32F32::saturating_from_num(w)));
        }
    }
    weights = mask_rows_sparse(&validator_forbids, &weights);
    weights = match owner_uid {
        Some(o) => mask_diag_sparse_except_index(&weights, o),
        None => mask_diag_sparse(&weights),
    };
    weights = vec_mask_sparse_matrix(
        &weights,
        last_update,
        block_at_registration,
        &|updated, registered| updated <= registered,
    );
    if input.commit_reveal_enabled {
        let commit_blocks: Vec<u64> = input
            .commit_blocks
            .iter()
            .map(|c| c.unwrap_or(u64::MAX))
            .collect();
        weights = vec_mask_sparse_matrix(
            &weights,
            &commit_blocks,
            block_at_registration,
            &|cb, reg| cb < reg,
        );
    }
    inplace_row_normalize_sparse(&mut weights);

    // == Consensus, validator trust ==
    let kappa = u16_proportion(input.kappa);
    let consensus = weighted_median_col_sparse(&active_stake, &weights, n, kappa);
    let clipped_weights = col_clip_sparse(&weights, &consensus);
    let validator_trust = row_sum_sparse(&clipped_weights);

    // == Incentive ==
    let mut ranks = matmul_sparse(&clipped_weights, &active_stake, n);
    inplace_normalize(&mut ranks);
    let incentive = ranks.clone();

    // == Bonds and dividends ==
    let bonds_penalty = u16_proportion(input.bonds_penalty);
    let weights_for_bonds = interpolate_sparse(&weights, &clipped_weights, n, bonds_penalty);
    let last_tempo = if input.last_mechanism_step_block == 0 {
        current_block.saturating_sub(tempo)
    } else {
        input.last_mechanism_step_block.saturating_add(1)
    };
    let stored_bonds = |proportion: bool| -> Vec<Row> {
        let mut bonds: Vec<Row> = vec![vec![]; nu];
        for (i, stored) in input.bonds.iter().enumerate().take(nu) {
            for &(j, b) in stored {
                let v = u16_to_fixed(b);
                bonds[i].push((
                    j,
                    if proportion {
                        safe_div(v, I32F32::saturating_from_num(u16::MAX))
                    } else {
                        v
                    },
                ));
            }
        }
        bonds
    };
    let mut dividends: Vec<I32F32>;
    let mut ema_bonds: Vec<Row>;
    if input.yuma3 {
        let mut bonds = stored_bonds(true);
        bonds = scalar_vec_mask_sparse_matrix(
            &bonds,
            last_tempo,
            block_at_registration,
            &|last_tempo, registered| last_tempo <= registered,
        );
        ema_bonds = compute_bonds_sparse(input, &weights_for_bonds, &bonds, &consensus);
        let mut ema_bonds_norm = ema_bonds.clone();
        inplace_col_normalize_sparse(&mut ema_bonds_norm, n);
        let total_bonds_per_validator =
            row_sum_sparse(&mat_vec_mul_sparse(&ema_bonds_norm, &incentive));
        dividends = vec_mul(&total_bonds_per_validator, &active_stake);
        inplace_normalize(&mut dividends);
    } else {
        let mut bonds = stored_bonds(false);
        bonds = scalar_vec_mask_sparse_matrix(
            &bonds,
            last_tempo,
            block_at_registration,
            &|last_tempo, registered| last_tempo <= registered,
        );
        inplace_col_normalize_sparse(&mut bonds, n);
        let mut bonds_delta = row_hadamard_sparse(&weights_for_bonds, &active_stake);
        inplace_col_normalize_sparse(&mut bonds_delta, n);
        ema_bonds = compute_ema_bonds_normal_sparse(input, &bonds_delta, &bonds);
        inplace_col_normalize_sparse(&mut ema_bonds, n);
        dividends = matmul_transpose_sparse(&ema_bonds, &incentive);
        inplace_normalize(&mut dividends);
        inplace_col_max_upscale_sparse(&mut ema_bonds, n);
    }

    // == Emission ==
    let combined: Vec<I32F32> = incentive
        .iter()
        .zip(dividends.clone())
        .map(|(i, d)| i.saturating_add(d))
        .collect();
    let emission_sum = sum(combined.iter().copied());
    let mut normalized_server = incentive.clone();
    let mut normalized_validator = dividends.clone();
    let mut normalized_combined = combined.clone();
    inplace_normalize_using_sum(&mut normalized_server, emission_sum);
    inplace_normalize_using_sum(&mut normalized_validator, emission_sum);
    inplace_normalize(&mut normalized_combined);
    if emission_sum == zero() {
        if is_zero(&active_stake) {
            normalized_validator.clone_from(&stake);
            normalized_combined.clone_from(&stake);
        } else {
            normalized_validator.clone_from(&active_stake);
            normalized_combined.clone_from(&active_stake);
        }
    }
    let rao = I96F32::saturating_from_num(input.rao_emission);
    let to_rao = |v: &[I32F32]| -> Vec<u64> {
        let scaled: Vec<I96F32> = v
            .iter()
            .map(|x| I96F32::saturating_from_num(*x).saturating_mul(rao))
            .collect();
        scaled
            .iter()
            .map(|e| e.saturating_to_num::<u64>())
            .collect()
    };
    let server_emission = to_rao(&normalized_server);
    let validator_emission = to_rao(&normalized_validator);
    let combined_emission = to_rao(&normalized_combined);

    // == Bonds written ==
    let bonds_written = (0..nu)
        .map(|uid| {
            if new_validator_permits[uid] {
                Some(
                    ema_bonds[uid]
                        .iter()
                        .map(|&(j, v)| (j, fixed_proportion_to_u16(v)))
                        .collect(),
                )
            } else if validator_permits[uid] {
                Some(Vec::new())
            } else {
                None
            }
        })
        .collect();

    ReferenceResult {
        total_stake,
        stake,
        active,
        active_stake,
        new_validator_permits,
        weights,
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
