//! The AVX-512F/DQ forms, eight entries at a time (see the parent module for when they run).

use std::arch::x86_64::*;

use super::{WideBonds, WideNormalize};
use crate::yuma::math::{Fx, ROUNDING_MAGIC, U16Share};

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
    // SAFETY: `c` holds exactly eight `u16`, the 16 bytes loaded.
    let idx = _mm512_cvtepu16_epi64(unsafe { _mm_loadu_si128(c.as_ptr() as *const __m128i) });
    let first = c[0] as usize;
    (idx, first, consecutive_from(idx, first))
}

/// Whether the lanes of `idx` are exactly `first, first + 1, …, first + 7` (a flat pass over
/// several rows can repeat a column).
#[inline]
#[target_feature(enable = "avx512f")]
fn consecutive_from(idx: __m512i, first: usize) -> bool {
    let run = _mm512_add_epi64(
        _mm512_set1_epi64(first as i64),
        _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0),
    );
    _mm512_cmpeq_epi64_mask(idx, run) == 0xff
}

/// Eight stored `(uid, value)` pairs as lanes `uid | value << 16`.
#[inline]
#[target_feature(enable = "avx512f")]
fn pairs(g: &[(u16, u16)]) -> __m512i {
    let g = &g[..8];
    // SAFETY: `g` holds eight pairs of two `u16` each (uid at offset 0, value at offset 2,
    // asserted at compile time in `yuma::input`), the 32 bytes loaded.
    _mm512_cvtepu32_epi64(unsafe { _mm256_loadu_si256(g.as_ptr() as *const __m256i) })
}

/// The uids (low 16 bits) and the values (next 16 bits) of [`pairs`] lanes.
#[inline]
#[target_feature(enable = "avx512f")]
fn split_pairs(v: __m512i) -> (__m512i, __m512i) {
    let low = _mm512_set1_epi64(0xffff);
    (
        _mm512_and_si512(v, low),
        _mm512_and_si512(_mm512_srli_epi64::<16>(v), low),
    )
}

/// Add eight lanes to `sums` at the eight columns (distinct within a row).
#[inline]
#[target_feature(enable = "avx512f")]
unsafe fn add_to_columns(sums: &mut [Fx], c: &[u16], first: usize, consecutive: bool, v: __m512i) {
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
    split_pairs(pairs(g)).1
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
        let (idx, units) = split_pairs(pairs(&row[p..p + 8]));
        let first = row[p].0 as usize;
        let consecutive = consecutive_from(idx, first);
        let x = _mm512_slli_epi64::<32>(units);
        // SAFETY: uids in range (checked by the caller); `written <= p`, so the whole-vector
        // stores at `written` end by `p + 8 <= row.len()`, inside the outputs (as long as the
        // row); `Fx` is a transparent `i64`.
        unsafe {
            let reg = lanes_i64(cast(registered), first, consecutive, idx);
            let dropped =
                _mm512_cmpge_epu64_mask(reg, stale) | _mm512_cmpeq_epi64_mask(idx, own_lane);
            let kept = !dropped;
            _mm512_storeu_si512(
                out_val.as_mut_ptr().add(written) as *mut __m512i,
                _mm512_maskz_compress_epi64(kept, x),
            );
            _mm_storeu_si128(
                out_col.as_mut_ptr().add(written) as *mut __m128i,
                _mm512_cvtepi64_epi16(_mm512_maskz_compress_epi64(kept, idx)),
            );
            sum = _mm512_mask_add_epi64(sum, kept, sum, x);
            written += kept.count_ones() as usize;
        }
        p += 8;
    }
    (len, written, _mm512_reduce_add_epi64(sum))
}

/// # Safety
/// AVX-512F and DQ; every uid below `sums.len()` and `skip.len()`.
#[target_feature(enable = "avx512f,avx512dq")]
pub(super) unsafe fn add_u16_columns(row: &[(u16, u16)], skip: &[bool], sums: &mut [Fx]) -> usize {
    let len = row.len() / 8 * 8;
    let mut p = 0;
    while p < len {
        let g = &row[p..p + 8];
        let first = g[0].0 as usize;
        let (idx, units) = split_pairs(pairs(g));
        if consecutive_from(idx, first) {
            // SAFETY: the eight columns from `first` are in range (checked by the caller);
            // a `bool` is one byte, 0 or 1; `Fx` is a transparent `i64`.
            unsafe {
                let flags = _mm_loadl_epi64(skip.as_ptr().add(first) as *const __m128i);
                let keep =
                    _mm512_cmpeq_epi64_mask(_mm512_cvtepu8_epi64(flags), _mm512_setzero_si512());
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
/// AVX-512F and DQ; `cols` and `vals` of the same length, `p` at most that, `k < 2^16`.
#[target_feature(enable = "avx512f,avx512dq")]
pub(super) unsafe fn fill_block_row(
    cols: &[u16],
    vals: &[Fx],
    mut p: usize,
    j0: usize,
    k: usize,
    slots: &mut [u64],
) -> (usize, u64) {
    let row = _mm512_set1_epi64(k as i64);
    let mut bits = _mm512_setzero_si512();
    while p + 8 <= cols.len() {
        let (_, first, consecutive) = columns(cols, p);
        if !consecutive || first < j0 || first - j0 + 8 > slots.len() {
            break;
        }
        // SAFETY: `p + 8 <= vals.len()`; the eight slots from `first - j0` are inside `slots`
        // (checked just above); `Fx` is a transparent `i64`.
        unsafe {
            let x = _mm512_loadu_si512(vals.as_ptr().add(p) as *const __m512i);
            bits = _mm512_or_si512(bits, x);
            let nonzero = _mm512_test_epi64_mask(x, x);
            let keys = _mm512_maskz_or_epi64(nonzero, _mm512_slli_epi64::<16>(x), row);
            _mm512_storeu_si512(slots.as_mut_ptr().add(first - j0) as *mut __m512i, keys);
        }
        p += 8;
    }
    (p, _mm512_reduce_or_epi64(bits) as u64)
}

/// # Safety
/// AVX-512F and DQ; `cols` and `vals` of the same length. Returns whether every value lay in
/// `[0, 2^32]`; `out` holds the row only then.
#[target_feature(enable = "avx512f,avx512dq")]
pub(super) unsafe fn proportions_row(cols: &[u16], vals: &[Fx], out: &mut Vec<(u16, u16)>) -> bool {
    let len = cols.len() / 8 * 8;
    out.reserve(cols.len());
    let one = _mm512_set1_epi64(1 << 32);
    let mut outside: __mmask8 = 0;
    let mut p = 0;
    while p < len {
        // SAFETY: `p + 8 <= cols.len() == vals.len()`; `out` has room for the whole row
        // (reserved above), so the 32-byte store of eight pairs at its end stays inside it; a
        // pair is a uid at offset 0 and a value at offset 2 (asserted at compile time in
        // `yuma::input`).
        unsafe {
            let x = _mm512_loadu_si512(vals.as_ptr().add(p) as *const __m512i);
            outside |= _mm512_cmpgt_epu64_mask(x, one);
            // floor(x * 65535 / 2^32) = (x * 2^16 - x) >> 32, at most 65535 for x <= 2^32
            // (a value outside that range is noted, and the row is not used).
            let q = _mm512_srli_epi64::<32>(_mm512_sub_epi64(_mm512_slli_epi64::<16>(x), x));
            let uids =
                _mm512_cvtepu16_epi64(_mm_loadu_si128(cols.as_ptr().add(p) as *const __m128i));
            let pairs = _mm512_or_si512(uids, _mm512_slli_epi64::<16>(q));
            _mm256_storeu_si256(
                out.as_mut_ptr().add(out.len()) as *mut __m256i,
                _mm512_cvtepi64_epi32(pairs),
            );
            out.set_len(out.len() + 8);
        }
        p += 8;
    }
    for (&j, x) in cols[len..].iter().zip(&vals[len..]) {
        let b = x.to_bits();
        outside |= ((b as u64) > 1 << 32) as u8;
        out.push((j, (((b << 16).wrapping_sub(b)) >> 32) as u16));
    }
    outside == 0
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
        // stays at most the rows read so far, so the whole-vector store ends inside `col`.
        unsafe {
            let keys = _mm512_mask_i64gather_epi64::<8>(
                _mm512_setzero_si512(),
                valid,
                idx,
                table.as_ptr() as *const i64,
            );
            let present = _mm512_mask_cmpneq_epi64_mask(valid, keys, _mm512_setzero_si512());
            _mm512_storeu_si512(
                col.as_mut_ptr().add(len) as *mut __m512i,
                _mm512_maskz_compress_epi64(present, keys),
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
