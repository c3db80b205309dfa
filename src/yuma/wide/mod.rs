//! AVX-512 forms of the epoch's per-entry passes (the weight masking and shares, the consensus
//! key table, the clipping, the Yuma2 bond blend, the column normalizations and the bonds'
//! conversion for storage), eight entries at a time, chosen at run time where the processor has
//! AVX-512F and AVX-512DQ (the intrinsics are in `avx512`). Each gives exactly what the portable
//! code in `epoch` gives; they are used only where their preconditions (checked once per epoch)
//! make every intermediate value fit 64 bits:
//!
//! * a column divisor in `(0, 2^62)` with dividends between 0 and the divisor (a column sum and
//!   its own non-negative entries): the quotient is estimated in floating point with the
//!   divisor's scaled reciprocal, rounded, and settled by the sign of the exact remainder, as
//!   [`Divisor::div`](super::math::Divisor::div) does;
//! * products of two fixed-point values in `[0, 1]` with one of them below 1: below `2^64`, so
//!   the low 64 bits are the whole product, and the shift floors it as the crate does;
//! * sums of at most 65535 such values: no saturation, so their order does not matter.
//!
//! Each function handles whole groups of eight and returns how far it got (or `None` where it
//! cannot run); the caller finishes the row with the portable code.

use super::math::{Divisor, Fx, U16Share};
use super::partition;

/// The constants of the bond blend, one lane per column.
pub(super) struct WideBonds {
    delta_b: Vec<i64>,
    delta_inv: Vec<f64>,
    share_total: Vec<u64>,
    share_m_hi: Vec<u64>,
    share_m_lo: Vec<u64>,
    a: i64,
    one_minus_a: i64,
}

/// Whether the wide forms may run here.
fn available() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        partition::wide_allowed()
            && std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512dq")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether a row's uids are close to one run (a dense row, perhaps with a gap or two), where
/// eight consecutive uids load their per-column lanes directly. Scattered uids would need a
/// gather per lane group, slower than the portable code.
fn dense_row(cols: &[u16]) -> bool {
    match (cols.first(), cols.last()) {
        (Some(&a), Some(&b)) => dense_span(a, b, cols.len()),
        _ => false,
    }
}

/// [`dense_row`] for stored `(uid, value)` rows.
fn dense_pairs(row: &[(u16, u16)]) -> bool {
    match (row.first(), row.last()) {
        (Some(a), Some(b)) => dense_span(a.0, b.0, row.len()),
        _ => false,
    }
}

/// At least eight entries whose first and last uids are less than twice their count apart.
fn dense_span(first: u16, last: u16, len: usize) -> bool {
    len >= 8 && (last as usize).abs_diff(first as usize) < 2 * len
}

/// Whether any of the rows (given by their uids) is dense enough for the wide forms: without
/// one, preparing their constants would cost more than it saves.
pub(super) fn any_dense_row<'a>(mut rows: impl Iterator<Item = &'a [u16]>) -> bool {
    available() && rows.any(dense_row)
}

/// The largest uid of a row (0 for an empty one): one bounds check for the whole row, in a
/// loop the compiler vectorizes.
fn max_uid(cols: &[u16]) -> usize {
    cols.iter().fold(0u16, |m, &j| m.max(j)) as usize
}

/// [`max_uid`] for stored `(uid, value)` rows.
fn max_pair_uid(row: &[(u16, u16)]) -> usize {
    row.iter().fold(0u16, |m, e| m.max(e.0)) as usize
}

/// Column divisors as lanes, if every one qualifies (see [`Divisor::lanes`]).
fn divisor_lanes(divs: &[Divisor]) -> Option<(Vec<i64>, Vec<f64>)> {
    let mut b = Vec::with_capacity(divs.len());
    let mut inv = Vec::with_capacity(divs.len());
    for d in divs {
        let (x, y) = d.lanes()?;
        b.push(x);
        inv.push(y);
    }
    Some((b, inv))
}

impl WideBonds {
    /// The blend's constants: the bond deltas' column divisors, the old bonds' shares, and the
    /// weights `a` and `1 - a` (both must be below 1). `None` where the wide form cannot run.
    pub(super) fn new(
        delta_div: &[Divisor],
        old_share: &[U16Share],
        a: Fx,
        one_minus_a: Fx,
    ) -> Option<Self> {
        let below_one = |x: Fx| (0..1i64 << 32).contains(&x.to_bits());
        if !available() || !below_one(a) || !below_one(one_minus_a) {
            return None;
        }
        let (delta_b, delta_inv) = divisor_lanes(delta_div)?;
        let (mut share_total, mut share_m_hi, mut share_m_lo) = (vec![], vec![], vec![]);
        for s in old_share {
            let (total, m) = s.parts();
            share_total.push(total);
            share_m_hi.push(m >> 32);
            share_m_lo.push(m & 0xffff_ffff);
        }
        Some(WideBonds {
            delta_b,
            delta_inv,
            share_total,
            share_m_hi,
            share_m_lo,
            a: a.to_bits(),
            one_minus_a: one_minus_a.to_bits(),
        })
    }

    /// The blend of a row whose bond deltas and old bonds hold the same uids in strictly
    /// ascending order: `a * delta / delta_sum + (1 - a) * share(old)` per entry, appended to
    /// `out`, with each value added to its column's sum. Returns how many entries it did and
    /// whether one of them was 0 (to be dropped).
    pub(super) fn blend_row(
        &self,
        cols: &[u16],
        deltas: &[Fx],
        old: &[(u16, u16)],
        out: &mut Vec<Fx>,
        sums: &mut [Fx],
    ) -> (usize, bool) {
        if !dense_row(cols) {
            return (0, false);
        }
        assert!(deltas.len() == cols.len() && old.len() == cols.len());
        assert!(max_uid(cols) < self.delta_b.len());
        assert!(sums.len() >= self.delta_b.len() && self.share_total.len() >= self.delta_b.len());
        // SAFETY: `new` returned `Some` only where AVX-512F and DQ are present; the indices were
        // checked against every per-column slice just above.
        #[cfg(target_arch = "x86_64")]
        unsafe {
            avx512::blend_row(self, cols, deltas, old, out, sums)
        }
        #[cfg(not(target_arch = "x86_64"))]
        (0, false)
    }
}

/// The column normalization of the blended bonds with the dividends and the column maxima.
pub(super) struct WideNormalize {
    b: Vec<i64>,
    inv: Vec<f64>,
}

impl WideNormalize {
    /// For the column sums' divisors `divs` and an `incentive` below 1 everywhere.
    pub(super) fn new(divs: &[Divisor], incentive: &[Fx]) -> Option<Self> {
        if !available()
            || !incentive
                .iter()
                .all(|x| (0..1i64 << 32).contains(&x.to_bits()))
        {
            return None;
        }
        let (b, inv) = divisor_lanes(divs)?;
        Some(WideNormalize { b, inv })
    }

    /// For the column maxima's divisors (every value lies between 0 and its column's maximum).
    pub(super) fn maxima(divs: &[Divisor]) -> Option<Self> {
        if !available() {
            return None;
        }
        let (b, inv) = divisor_lanes(divs)?;
        Some(WideNormalize { b, inv })
    }

    /// Divide a row's entries by their column's divisor in place; with `incentive`, also sum
    /// `incentive[j] * quotient` (returned) and raise `maxes[j]` to the quotient. Returns how
    /// many entries it did.
    pub(super) fn row(
        &self,
        cols: &[u16],
        vals: &mut [Fx],
        incentive_and_maxes: Option<(&[Fx], &mut [Fx])>,
    ) -> (usize, Fx) {
        if !dense_row(cols) {
            return (0, Fx::from_bits(0));
        }
        assert_eq!(cols.len(), vals.len());
        assert!(max_uid(cols) < self.b.len());
        if let Some((inc, maxes)) = &incentive_and_maxes {
            assert!(inc.len() >= self.b.len() && maxes.len() >= self.b.len());
        }
        // SAFETY: constructed only where AVX-512F and DQ are present; indices checked above.
        #[cfg(target_arch = "x86_64")]
        unsafe {
            avx512::normalize_row(self, cols, vals, incentive_and_maxes)
        }
        #[cfg(not(target_arch = "x86_64"))]
        (0, Fx::from_bits(0))
    }
}

/// A row's `u16` weights (as whole units) to their shares of the row's total, as
/// [`U16Share::of`] gives them; returns how many it did (whole groups of eight).
pub(super) fn shares(vals: &mut [Fx], share: &U16Share) -> usize {
    if vals.len() < 64 || !available() {
        return 0;
    }
    // SAFETY: AVX-512F and DQ are present (checked just above).
    #[cfg(target_arch = "x86_64")]
    unsafe {
        avx512::shares(vals, share)
    }
    #[cfg(not(target_arch = "x86_64"))]
    0
}

/// The masking of a stored weight row (see the weights step of `epoch::run`): a weight is
/// dropped where its uid is `own` or registered at or after `stale_from`; the kept ones are
/// written as whole units to `out_col`/`out_val`. Whole groups of eight, for a dense row only;
/// returns how many stored entries it read, how many it wrote, and the wrapping sum of the
/// written values' bits.
pub(super) fn mask_row(
    row: &[(u16, u16)],
    registered: &[u64],
    own: usize,
    stale_from: u64,
    out_col: &mut [u16],
    out_val: &mut [Fx],
) -> (usize, usize, i64) {
    let dense = dense_pairs(row);
    if !dense || !available() {
        return (0, 0, 0);
    }
    assert!(out_col.len() >= row.len() && out_val.len() >= row.len());
    assert!(max_pair_uid(row) < registered.len());
    // SAFETY: AVX-512F and DQ are present (checked above); indices and lengths checked above.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        avx512::mask_row(row, registered, own, stale_from, out_col, out_val)
    }
    #[cfg(not(target_arch = "x86_64"))]
    (0, 0, 0)
}

/// Add a stored bond row's `u16` values (as whole units) to their columns' sums, skipping the
/// columns marked in `skip`: whole groups of eight, for a dense row only, in an epoch of fewer
/// than 2^15 uids (so no column sum can saturate). Returns how many entries it did.
pub(super) fn add_u16_columns(row: &[(u16, u16)], skip: &[bool], sums: &mut [Fx]) -> usize {
    let dense = dense_pairs(row);
    if !dense || sums.len() >= 1 << 15 || !available() {
        return 0;
    }
    assert!(skip.len() >= sums.len());
    assert!(max_pair_uid(row) < sums.len());
    // SAFETY: AVX-512F and DQ are present (checked above); uids checked above.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        avx512::add_u16_columns(row, skip, sums)
    }
    #[cfg(not(target_arch = "x86_64"))]
    0
}

/// One kept row's part of a block of the key table (see `blocked_medians` in `epoch`): from
/// entry `p` on, whole groups of eight entries whose uids are consecutive and inside the block
/// `[j0, j0 + slots.len())` are written to `slots[uid - j0]` as keys `(value << 16) | k` (0 for
/// a zero value). Stops at the first other group. Returns where it stopped and every value's
/// bits ORed together.
pub(super) fn fill_block_row(
    cols: &[u16],
    vals: &[Fx],
    p: usize,
    j0: usize,
    k: usize,
    slots: &mut [u64],
) -> (usize, u64) {
    if !available() || k >= 1 << 16 {
        return (p, 0);
    }
    assert!(cols.len() == vals.len() && p <= cols.len());
    // SAFETY: AVX-512F and DQ are present (checked above); the form checks every group's uids
    // against the block before it writes.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        avx512::fill_block_row(cols, vals, p, j0, k, slots)
    }
    #[cfg(not(target_arch = "x86_64"))]
    (p, 0)
}

/// A bond row for storage, `(uid, floor(value * 65535))` per entry, for values in `[0, 1]`
/// (as bonds are): eight at a time. `None` where the wide form cannot run or a value is out of
/// that range.
pub(super) fn proportions_row(cols: &[u16], vals: &[Fx]) -> Option<Vec<(u16, u16)>> {
    if !available() || cols.len() < 8 || cols.len() != vals.len() {
        return None;
    }
    let mut out = Vec::with_capacity(cols.len());
    // SAFETY: AVX-512F and DQ are present and the lengths agree (checked above).
    #[cfg(target_arch = "x86_64")]
    let in_range = unsafe { avx512::proportions_row(cols, vals, &mut out) };
    #[cfg(not(target_arch = "x86_64"))]
    let in_range = false;
    in_range.then_some(out)
}

/// Column `jj` of a row-by-row key table with `stride` keys per row (see `blocked_medians` in
/// `epoch`): its non-zero keys into `col` in row order, and the sum of those rows' `stake`.
/// `None` where the wide form cannot run.
pub(super) fn table_column(
    table: &[u64],
    stride: usize,
    jj: usize,
    stake: &[i64],
    col: &mut [u64],
) -> Option<(usize, i64)> {
    let rows = stake.len();
    // With many rows the strided gathers cost more than the portable loop's reads.
    if !(8..=128).contains(&rows) || !available() {
        return None;
    }
    assert!(jj < stride && table.len() >= rows * stride && col.len() >= rows + 8);
    assert!(rows * stride < 1 << 62);
    // SAFETY: AVX-512F and DQ are present (checked above); sizes checked above.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        Some(avx512::table_column(table, stride, jj, stake, col))
    }
    #[cfg(not(target_arch = "x86_64"))]
    None
}

/// The clipping pass: weights clipped to their column's consensus, with validator trust and
/// ranks (see `clip_weights` in `epoch`).
pub(super) struct WideClip;

impl WideClip {
    /// `None` where the wide form cannot run, or a consensus value lies outside `[0, 1]` (so
    /// that a clipped weight is at most 1).
    pub(super) fn new(consensus: &[Fx]) -> Option<Self> {
        let in_unit = |x: &Fx| (0..=1i64 << 32).contains(&x.to_bits());
        (available() && consensus.iter().all(in_unit)).then_some(WideClip)
    }

    /// Clip a row while every weight is kept (the usual case with a non-zero consensus), whole
    /// groups of eight at a time: writes the clipped weights, or with `products` their products
    /// with the row's stake `s`, to `out_val` (and the columns to `out_col`), adds the products
    /// to `ranks`, and returns how many entries it did and the sum of the clipped weights. It
    /// stops before the first group holding a weight to be dropped, and does nothing for a stake
    /// of 1 or more (a product could then reach 2^64).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn row(
        &self,
        products: bool,
        cols: &[u16],
        vals: &[Fx],
        consensus: &[Fx],
        s: Fx,
        out_col: &mut [u16],
        out_val: &mut [Fx],
        ranks: &mut [Fx],
    ) -> (usize, i64) {
        if !(0..1i64 << 32).contains(&s.to_bits()) || !dense_row(cols) {
            return (0, 0);
        }
        assert!(cols.len() == vals.len() && out_col.len() >= cols.len());
        assert!(out_val.len() >= cols.len());
        assert!(max_uid(cols) < consensus.len().min(ranks.len()));
        // SAFETY: constructed only where AVX-512F and DQ are present; indices checked above.
        #[cfg(target_arch = "x86_64")]
        unsafe {
            avx512::clip_row(products, cols, vals, consensus, s, out_col, out_val, ranks)
        }
        #[cfg(not(target_arch = "x86_64"))]
        (0, 0)
    }
}

#[cfg(target_arch = "x86_64")]
mod avx512;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yuma::math::fixed_proportion_to_u16;
    use proptest::prelude::*;

    proptest! {
        /// The eight-at-a-time storage conversion gives `fixed_proportion_to_u16` for every entry
        /// of a row in `[0, 1]` (including 0 and exactly 1), and declines a row with any value
        /// outside (above 1 or negative).
        #[test]
        fn proportions_row_equals_the_scalar_conversion(
            bits in proptest::collection::vec(
                prop_oneof![Just(0i64), Just(1i64 << 32), 0i64..=1 << 32],
                0..40,
            ),
            outside in prop_oneof![Just(None), Just(Some((1i64 << 32) + 1)), Just(Some(-1i64))],
            at in any::<prop::sample::Index>(),
        ) {
            let mut vals: Vec<Fx> = bits.iter().map(|&b| Fx::from_bits(b)).collect();
            if let (Some(x), false) = (outside, vals.is_empty()) {
                vals[at.index(bits.len())] = Fx::from_bits(x);
            }
            let cols: Vec<u16> = (0..vals.len() as u16).map(|j| j * 3).collect();
            let in_range = vals.iter().all(|x| (0..=1i64 << 32).contains(&x.to_bits()));
            match proportions_row(&cols, &vals) {
                Some(row) => {
                    prop_assert!(in_range);
                    let want: Vec<(u16, u16)> = cols
                        .iter()
                        .zip(&vals)
                        .map(|(&j, &x)| (j, fixed_proportion_to_u16(x)))
                        .collect();
                    prop_assert_eq!(row, want);
                }
                // Without AVX-512, for short rows, or for a value outside [0, 1].
                None => prop_assert!(!available() || vals.len() < 8 || !in_range),
            }
        }
    }
}
