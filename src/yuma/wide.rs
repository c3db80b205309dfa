//! AVX-512 forms of the epoch's per-entry passes (the clipping, the Yuma2 bond blend and the
//! column normalizations), eight entries at a time, chosen at run time where the processor has
//! AVX-512F and AVX-512DQ. Each gives exactly what the portable code in `epoch`
//! gives; they are used only where their preconditions (checked once per epoch) make every
//! intermediate value fit 64 bits:
//!
//! * a column divisor in `(0, 2^62)` with dividends between 0 and the divisor (a column sum and
//!   its own non-negative entries): the quotient is estimated in floating point with the
//!   divisor's scaled reciprocal, rounded, and settled by the sign of the exact remainder, as
//!   [`Divisor::div`](super::math::Divisor::div) does;
//! * products of two fixed-point values in `[0, 1]` with one of them below 1: below `2^64`, so
//!   the low 64 bits are the whole product, and the shift floors it as the crate does;
//! * sums of at most 65535 such values: no saturation, so their order does not matter.
//!
//! Each function handles whole groups of eight and returns how far it got; the caller finishes
//! the row with the portable code.

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
        assert!(cols.iter().all(|&j| (j as usize) < self.delta_b.len()));
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
        assert!(cols.iter().all(|&j| (j as usize) < self.b.len()));
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
    assert!(row.iter().all(|e| (e.0 as usize) < registered.len()));
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
    assert!(row.iter().all(|e| (e.0 as usize) < sums.len()));
    // SAFETY: AVX-512F and DQ are present (checked above); uids checked above.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        avx512::add_u16_columns(row, skip, sums)
    }
    #[cfg(not(target_arch = "x86_64"))]
    0
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
        assert!(
            cols.iter()
                .all(|&j| (j as usize) < consensus.len().min(ranks.len()))
        );
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
mod avx512 {
    use std::arch::x86_64::*;

    use super::super::math::{Fx, ROUNDING_MAGIC, U16Share};
    use super::{WideBonds, WideNormalize};

    /// Eight `i64` lanes from `v[at..at + 8]` (the caller checks the bounds).
    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn load(v: &[i64], at: usize) -> __m512i {
        debug_assert!(at + 8 <= v.len());
        // SAFETY: the caller guarantees `at + 8 <= v.len()`.
        unsafe { _mm512_loadu_si512(v.as_ptr().add(at) as *const __m512i) }
    }

    /// The per-column lanes for eight columns: a plain load when they are consecutive (the
    /// usual dense row), else a gather.
    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn lanes_i64(v: &[i64], first: usize, consecutive: bool, idx: __m512i) -> __m512i {
        if consecutive {
            // SAFETY: the eight columns from `first` are in range (checked by the caller).
            unsafe { load(v, first) }
        } else {
            // SAFETY: every index is in range (checked by the caller).
            unsafe { _mm512_i64gather_epi64::<8>(idx, v.as_ptr()) }
        }
    }

    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn lanes_f64(v: &[f64], first: usize, consecutive: bool, idx: __m512i) -> __m512d {
        if consecutive {
            // SAFETY: as in `lanes_i64`.
            unsafe { _mm512_loadu_pd(v.as_ptr().add(first)) }
        } else {
            // SAFETY: as in `lanes_i64`.
            unsafe { _mm512_i64gather_pd::<8>(idx, v.as_ptr()) }
        }
    }

    /// `Divisor::div` on eight lanes whose dividends lie between 0 and their divisor.
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn div8(d: __m512i, b: __m512i, inv: __m512d) -> __m512i {
        let magic = _mm512_set1_pd(ROUNDING_MAGIC);
        let est = _mm512_mul_pd(_mm512_cvtepi64_pd(d), inv);
        let q = _mm512_sub_epi64(
            _mm512_castpd_si512(_mm512_add_pd(est, magic)),
            _mm512_castpd_si512(magic),
        );
        let r = _mm512_sub_epi64(_mm512_slli_epi64::<32>(d), _mm512_mullo_epi64(q, b));
        let negative = _mm512_cmplt_epi64_mask(r, _mm512_setzero_si512());
        _mm512_mask_sub_epi64(q, negative, q, _mm512_set1_epi64(1))
    }

    /// `floor(x * y / 2^32)` for lanes whose exact product is below `2^64`.
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn mul8(x: __m512i, y: __m512i) -> __m512i {
        _mm512_srli_epi64::<32>(_mm512_mullo_epi64(x, y))
    }

    /// The eight column indices from `cols[p..p + 8]` and whether they are consecutive.
    #[inline]
    #[target_feature(enable = "avx512f")]
    fn columns(cols: &[u16], p: usize) -> (__m512i, usize, bool) {
        let c = &cols[p..p + 8];
        let idx = _mm512_set_epi64(
            c[7] as i64,
            c[6] as i64,
            c[5] as i64,
            c[4] as i64,
            c[3] as i64,
            c[2] as i64,
            c[1] as i64,
            c[0] as i64,
        );
        let first = c[0] as usize;
        // Consecutive means exactly `first, first + 1, …, first + 7` (a flat pass over several
        // rows can repeat a column).
        let consecutive = c.iter().enumerate().all(|(t, &j)| j as usize == first + t);
        (idx, first, consecutive)
    }

    /// Add eight lanes to `sums` at the eight columns (distinct within a row).
    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn add_to_columns(
        sums: &mut [Fx],
        c: &[u16],
        first: usize,
        consecutive: bool,
        v: __m512i,
    ) {
        if consecutive {
            // SAFETY: the eight columns from `first` are in range (checked by the caller); `Fx`
            // is a transparent `i64`.
            unsafe {
                let at = sums.as_mut_ptr().add(first) as *mut __m512i;
                _mm512_storeu_si512(at, _mm512_add_epi64(_mm512_loadu_si512(at), v));
            }
        } else {
            let mut lanes = [0i64; 8];
            // SAFETY: an 8-lane store into an 8-element array.
            unsafe { _mm512_storeu_si512(lanes.as_mut_ptr() as *mut __m512i, v) };
            for (&j, x) in c.iter().zip(lanes) {
                let s = &mut sums[j as usize];
                *s = Fx::from_bits(s.to_bits() + x);
            }
        }
    }

    /// # Safety
    /// AVX-512F and DQ; every column below the constants' length and `sums`' length.
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) unsafe fn blend_row(
        w: &WideBonds,
        cols: &[u16],
        deltas: &[Fx],
        old: &[(u16, u16)],
        out: &mut Vec<Fx>,
        sums: &mut [Fx],
    ) -> (usize, bool) {
        let len = cols.len() / 8 * 8;
        let a = _mm512_set1_epi64(w.a);
        let one_minus_a = _mm512_set1_epi64(w.one_minus_a);
        let mut zero_seen: __mmask8 = 0;
        out.reserve(len);
        let mut p = 0;
        while p < len {
            let (idx, first, consecutive) = columns(cols, p);
            let o = &old[p..p + 8];
            let bonds = values(o);
            // SAFETY: `p + 8 <= cols.len() == deltas.len()`; the columns are in range (checked
            // by `WideBonds::blend_row`); `Fx` is a transparent `i64`.
            unsafe {
                let d = _mm512_loadu_si512(deltas.as_ptr().add(p) as *const __m512i);
                let b = lanes_i64(&w.delta_b, first, consecutive, idx);
                let inv = lanes_f64(&w.delta_inv, first, consecutive, idx);
                let new = mul8(a, div8(d, b, inv));
                // The old bond's share of its column total.
                let m_hi = lanes_i64(cast(&w.share_m_hi), first, consecutive, idx);
                let m_lo = lanes_i64(cast(&w.share_m_lo), first, consecutive, idx);
                let total = lanes_i64(cast(&w.share_total), first, consecutive, idx);
                let q = share8(bonds, m_hi, m_lo, total);
                let v = _mm512_add_epi64(new, mul8(one_minus_a, q));
                zero_seen |= _mm512_cmpeq_epi64_mask(v, _mm512_setzero_si512());
                _mm512_storeu_si512(out.as_mut_ptr().add(out.len()) as *mut __m512i, v);
                out.set_len(out.len() + 8);
                add_to_columns(sums, &cols[p..p + 8], first, consecutive, v);
            }
            p += 8;
        }
        (len, zero_seen != 0)
    }

    /// The `u16` values of eight stored `(uid, value)` pairs, in lanes.
    #[inline]
    #[target_feature(enable = "avx512f")]
    fn values(g: &[(u16, u16)]) -> __m512i {
        let mut v = [0i64; 8];
        for (x, e) in v.iter_mut().zip(g) {
            *x = e.1 as i64;
        }
        // SAFETY: an 8-lane load from an 8-element array.
        unsafe { _mm512_loadu_si512(v.as_ptr() as *const __m512i) }
    }

    /// The same bits as `i64` (every value here is below 2^63).
    fn cast(v: &[u64]) -> &[i64] {
        // SAFETY: `u64` and `i64` have the same size and alignment, and any bits are valid.
        unsafe { std::slice::from_raw_parts(v.as_ptr() as *const i64, v.len()) }
    }

    /// # Safety
    /// AVX-512F and DQ; every column below the divisors', incentive's and maxima's lengths.
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) unsafe fn normalize_row(
        w: &WideNormalize,
        cols: &[u16],
        vals: &mut [Fx],
        incentive_and_maxes: Option<(&[Fx], &mut [Fx])>,
    ) -> (usize, Fx) {
        let len = cols.len() / 8 * 8;
        let mut acc = _mm512_setzero_si512();
        let mut extra = incentive_and_maxes;
        let mut p = 0;
        while p < len {
            let (idx, first, consecutive) = columns(cols, p);
            // SAFETY: `p + 8 <= vals.len()`; columns in range (checked by the caller); `Fx` is
            // a transparent `i64`.
            unsafe {
                let at = vals.as_mut_ptr().add(p) as *mut __m512i;
                let b = lanes_i64(&w.b, first, consecutive, idx);
                let inv = lanes_f64(&w.inv, first, consecutive, idx);
                let x = div8(_mm512_loadu_si512(at), b, inv);
                _mm512_storeu_si512(at, x);
                if let Some((inc, maxes)) = &mut extra {
                    let i = lanes_i64(as_bits(inc), first, consecutive, idx);
                    acc = _mm512_add_epi64(acc, mul8(i, x));
                    if consecutive {
                        let m = maxes.as_mut_ptr().add(first) as *mut __m512i;
                        _mm512_storeu_si512(m, _mm512_max_epi64(_mm512_loadu_si512(m), x));
                    } else {
                        let mut lanes = [0i64; 8];
                        _mm512_storeu_si512(lanes.as_mut_ptr() as *mut __m512i, x);
                        for (&j, q) in cols[p..p + 8].iter().zip(lanes) {
                            let m = &mut maxes[j as usize];
                            *m = Fx::from_bits(m.to_bits().max(q));
                        }
                    }
                }
            }
            p += 8;
        }
        (len, Fx::from_bits(_mm512_reduce_add_epi64(acc)))
    }

    /// # Safety
    /// AVX-512F and DQ; every column below the lengths of `consensus` and `ranks`; the outputs
    /// at least as long as the row.
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) unsafe fn clip_row(
        products: bool,
        cols: &[u16],
        vals: &[Fx],
        consensus: &[Fx],
        s: Fx,
        out_col: &mut [u16],
        out_val: &mut [Fx],
        ranks: &mut [Fx],
    ) -> (usize, i64) {
        let len = cols.len() / 8 * 8;
        let stake = _mm512_set1_epi64(s.to_bits());
        let zero = _mm512_setzero_si512();
        let mut trust = zero;
        let mut p = 0;
        while p < len {
            let (idx, first, consecutive) = columns(cols, p);
            // SAFETY: `p + 8 <= cols.len()` and the outputs are as long; columns in range
            // (checked by the caller); `Fx` is a transparent `i64`.
            unsafe {
                let x = _mm512_loadu_si512(vals.as_ptr().add(p) as *const __m512i);
                let th = lanes_i64(as_bits(consensus), first, consecutive, idx);
                // Above a zero consensus a weight is dropped: leave that group to the caller.
                let above = _mm512_cmplt_epi64_mask(th, x);
                if _mm512_mask_cmple_epi64_mask(above, th, zero) != 0 {
                    break;
                }
                let y = _mm512_min_epi64(th, x);
                let d = mul8(stake, y);
                trust = _mm512_add_epi64(trust, y);
                _mm512_storeu_si512(
                    out_val.as_mut_ptr().add(p) as *mut __m512i,
                    if products { d } else { y },
                );
                out_col[p..p + 8].copy_from_slice(&cols[p..p + 8]);
                add_to_columns(ranks, &cols[p..p + 8], first, consecutive, d);
            }
            p += 8;
        }
        (p, _mm512_reduce_add_epi64(trust))
    }

    /// `floor(v * 2^32 / total)` for eight `u16` values `v` (in lanes): `v * m / 2^32` with `m`
    /// split in halves (each product below 2^48), corrected by the exact remainder.
    #[inline]
    #[target_feature(enable = "avx512f,avx512dq")]
    fn share8(v: __m512i, m_hi: __m512i, m_lo: __m512i, total: __m512i) -> __m512i {
        let q = _mm512_add_epi64(
            _mm512_mul_epu32(v, m_hi),
            _mm512_srli_epi64::<32>(_mm512_mul_epu32(v, m_lo)),
        );
        let r = _mm512_sub_epi64(_mm512_slli_epi64::<32>(v), _mm512_mullo_epi64(q, total));
        _mm512_mask_add_epi64(
            q,
            _mm512_cmpge_epu64_mask(r, total),
            q,
            _mm512_set1_epi64(1),
        )
    }

    /// # Safety
    /// AVX-512F and DQ.
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) unsafe fn shares(vals: &mut [Fx], share: &U16Share) -> usize {
        let (total, m) = share.parts();
        let total = _mm512_set1_epi64(total as i64);
        let m_hi = _mm512_set1_epi64((m >> 32) as i64);
        let m_lo = _mm512_set1_epi64((m & 0xffff_ffff) as i64);
        let len = vals.len() / 8 * 8;
        let mut p = 0;
        while p < len {
            // SAFETY: `p + 8 <= vals.len()`; `Fx` is a transparent `i64`.
            unsafe {
                let at = vals.as_mut_ptr().add(p) as *mut __m512i;
                let units = _mm512_srli_epi64::<32>(_mm512_loadu_si512(at));
                _mm512_storeu_si512(at, share8(units, m_hi, m_lo, total));
            }
            p += 8;
        }
        len
    }

    /// # Safety
    /// AVX-512F and DQ; every uid below `registered.len()`; outputs as long as the row.
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) unsafe fn mask_row(
        row: &[(u16, u16)],
        registered: &[u64],
        own: usize,
        stale_from: u64,
        out_col: &mut [u16],
        out_val: &mut [Fx],
    ) -> (usize, usize, i64) {
        let len = row.len() / 8 * 8;
        let stale = _mm512_set1_epi64(stale_from as i64);
        let own_lane = _mm512_set1_epi64(own as i64);
        let mut sum = _mm512_setzero_si512();
        let mut written = 0;
        let mut p = 0;
        while p < len {
            let g = &row[p..p + 8];
            let mut cols = [0u16; 8];
            for (c, e) in cols.iter_mut().zip(g) {
                *c = e.0;
            }
            let (idx, first, consecutive) = columns(&cols, 0);
            let units = values(g);
            let x = _mm512_slli_epi64::<32>(units);
            // SAFETY: uids in range (checked by the caller); `written + 8 <= p + 8 <= row.len()`
            // and the outputs are as long as the row; `Fx` is a transparent `i64`.
            unsafe {
                let reg = lanes_i64(cast(registered), first, consecutive, idx);
                let dropped =
                    _mm512_cmpge_epu64_mask(reg, stale) | _mm512_cmpeq_epi64_mask(idx, own_lane);
                let kept = !dropped;
                _mm512_mask_compressstoreu_epi64(
                    out_val.as_mut_ptr().add(written) as *mut i64,
                    kept,
                    x,
                );
                sum = _mm512_mask_add_epi64(sum, kept, sum, x);
                for (t, &c) in cols.iter().enumerate() {
                    out_col[written] = c;
                    written += (kept >> t) as usize & 1;
                }
            }
            p += 8;
        }
        (len, written, _mm512_reduce_add_epi64(sum))
    }

    /// # Safety
    /// AVX-512F and DQ; every uid below `sums.len()` and `skip.len()`.
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) unsafe fn add_u16_columns(
        row: &[(u16, u16)],
        skip: &[bool],
        sums: &mut [Fx],
    ) -> usize {
        let len = row.len() / 8 * 8;
        let mut p = 0;
        while p < len {
            let g = &row[p..p + 8];
            let first = g[0].0 as usize;
            if g.iter().enumerate().all(|(t, e)| e.0 as usize == first + t) {
                let units = values(g);
                // SAFETY: the eight columns from `first` are in range (checked by the caller);
                // a `bool` is one byte, 0 or 1; `Fx` is a transparent `i64`.
                unsafe {
                    let flags = _mm_loadl_epi64(skip.as_ptr().add(first) as *const __m128i);
                    let keep = _mm512_cmpeq_epi64_mask(
                        _mm512_cvtepu8_epi64(flags),
                        _mm512_setzero_si512(),
                    );
                    let at = sums.as_mut_ptr().add(first) as *mut __m512i;
                    let x = _mm512_slli_epi64::<32>(units);
                    let old = _mm512_loadu_si512(at);
                    _mm512_storeu_si512(at, _mm512_mask_add_epi64(old, keep, old, x));
                }
            } else {
                for &(j, v) in g {
                    if !skip[j as usize] {
                        let s = &mut sums[j as usize];
                        *s = Fx::from_bits(s.to_bits() + ((v as i64) << 32));
                    }
                }
            }
            p += 8;
        }
        len
    }

    /// # Safety
    /// AVX-512F and DQ; `table` holds `stake.len()` rows of `stride` keys, `jj < stride`, and
    /// `col` has room for 8 keys more than there are rows.
    #[target_feature(enable = "avx512f,avx512dq")]
    pub(super) unsafe fn table_column(
        table: &[u64],
        stride: usize,
        jj: usize,
        stake: &[i64],
        col: &mut [u64],
    ) -> (usize, i64) {
        let rows = stake.len();
        let step = _mm512_set1_epi64(8 * stride as i64);
        let mut idx = _mm512_add_epi64(
            _mm512_mullo_epi64(
                _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0),
                _mm512_set1_epi64(stride as i64),
            ),
            _mm512_set1_epi64(jj as i64),
        );
        let mut len = 0usize;
        let mut nz = _mm512_setzero_si512();
        let mut k = 0;
        while k < rows {
            let valid: __mmask8 = if rows - k >= 8 {
                0xff
            } else {
                (1u8 << (rows - k)) - 1
            };
            // SAFETY: the valid lanes index rows below `rows` of the table (checked by the
            // caller) and `stake`; the compressed store writes at most 8 keys from `len`, which
            // stays at most the rows read so far, inside `col`.
            unsafe {
                let keys = _mm512_mask_i64gather_epi64::<8>(
                    _mm512_setzero_si512(),
                    valid,
                    idx,
                    table.as_ptr() as *const i64,
                );
                let present = _mm512_mask_cmpneq_epi64_mask(valid, keys, _mm512_setzero_si512());
                _mm512_mask_compressstoreu_epi64(
                    col.as_mut_ptr().add(len) as *mut i64,
                    present,
                    keys,
                );
                let st = _mm512_maskz_loadu_epi64(valid, stake.as_ptr().add(k));
                nz = _mm512_mask_add_epi64(nz, present, nz, st);
                len += present.count_ones() as usize;
            }
            idx = _mm512_add_epi64(idx, step);
            k += 8;
        }
        (len, _mm512_reduce_add_epi64(nz))
    }

    /// A slice of fixed-point values as their bits.
    fn as_bits(v: &[Fx]) -> &[i64] {
        // SAFETY: `Fx` is a transparent wrapper of `i64`.
        unsafe { std::slice::from_raw_parts(v.as_ptr() as *const i64, v.len()) }
    }
}
