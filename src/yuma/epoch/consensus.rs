//! The epoch's consensus: the stake-weighted median of each column (general and blocked dense
//! forms) and the clipping of weights to it.

use super::sparse::*;
use crate::yuma::math::{Fx, ONE, ZERO, inplace_normalize, mul, plain_sum, sat_add};
use crate::yuma::partition::partition;
use crate::yuma::wide::{self, WideClip};

/// Working buffers of the weighted median: the current partition and the two candidate parts,
/// as parallel arrays of stake bits and score bits.
pub(super) struct MedianBufs {
    pub(super) cur_s: Vec<i64>,
    pub(super) cur_v: Vec<i64>,
    pub(super) lo_s: Vec<i64>,
    pub(super) lo_v: Vec<i64>,
    pub(super) hi_s: Vec<i64>,
    pub(super) hi_v: Vec<i64>,
}

impl MedianBufs {
    pub(super) fn new(k: usize) -> Self {
        MedianBufs {
            cur_s: vec![0; k],
            cur_v: vec![0; k],
            lo_s: vec![0; k],
            lo_v: vec![0; k],
            hi_s: vec![0; k],
            hi_v: vec![0; k],
        }
    }
}

/// The chain's `weighted_median` over the first `len` entries of `b.cur_*` (in order).
///
/// Pivot = middle element; descend into the lower part when `minority < lo + lo_stake`, into the
/// upper part when `hi - hi_stake <= minority`, otherwise the pivot is the median. Additions are
/// saturating as on chain; with `PLAIN` the caller guarantees no sum can overflow (every stake in
/// `[0, 1]`, fewer than 2^30 of them), where plain additions give the same result.
#[allow(clippy::too_many_arguments)]
pub(super) fn weighted_median<const PLAIN: bool>(
    b: &mut MedianBufs,
    mut len: usize,
    minority: i64,
    mut lo: i64,
    mut hi: i64,
    mut counter: usize,
    limit: usize,
) -> i64 {
    let add = |x: i64, y: i64| if PLAIN { x + y } else { x.saturating_add(y) };
    let sub = |x: i64, y: i64| if PLAIN { x - y } else { x.saturating_sub(y) };
    loop {
        if len == 0 {
            return 0;
        }
        if len == 1 {
            return b.cur_v[0];
        }
        let pivot = b.cur_v[len / 2];
        let (mut nl, mut nh) = (0usize, 0usize);
        let (mut lo_stake, mut hi_stake) = (0i64, 0i64);
        for t in 0..len {
            let (st, v) = (b.cur_s[t], b.cur_v[t]);
            b.lo_s[nl] = st;
            b.lo_v[nl] = v;
            b.hi_s[nh] = st;
            b.hi_v[nh] = v;
            let is_lo = v < pivot;
            let is_hi = v > pivot;
            if PLAIN {
                lo_stake += st & -(is_lo as i64);
                hi_stake += st & -(is_hi as i64);
            } else {
                if is_lo {
                    lo_stake = lo_stake.saturating_add(st);
                }
                if is_hi {
                    hi_stake = hi_stake.saturating_add(st);
                }
            }
            nl += is_lo as usize;
            nh += is_hi as usize;
        }
        if minority < add(lo, lo_stake) && nl > 0 {
            hi = add(lo, lo_stake);
            std::mem::swap(&mut b.cur_s, &mut b.lo_s);
            std::mem::swap(&mut b.cur_v, &mut b.lo_v);
            len = nl;
        } else if sub(hi, hi_stake) <= minority && nh > 0 {
            lo = sub(hi, hi_stake);
            std::mem::swap(&mut b.cur_s, &mut b.hi_s);
            std::mem::swap(&mut b.cur_v, &mut b.hi_v);
            len = nh;
        } else {
            return pivot;
        }
        counter += 1;
        if counter > limit {
            return 0;
        }
    }
}

/// Weighted selection over distinct keys `(score << 16) | kept-row`: the smallest key whose
/// cumulative stake (all keys up to and including it) exceeds `target`, given that the stakes of
/// all the `keys` sum to more than `target >= 0`.
///
/// Partitions around the median of the first, middle and last keys into `lo` (smaller) and `hi`
/// (larger) and keeps the side that holds the crossing. `cur`, `lo` and `hi` have room for 8 keys
/// more than `keys` holds.
pub(super) fn select_crossing(
    keys: &[u64],
    cur: &mut Vec<u64>,
    lo: &mut Vec<u64>,
    hi: &mut Vec<u64>,
    stake: &[i64],
    mut target: i64,
) -> u64 {
    // The first step reads the column itself; later ones the part kept in `cur`.
    let (mut first, mut len) = (true, keys.len());
    loop {
        let part: &[u64] = if first { keys } else { &cur[..len] };
        if len == 1 {
            return part[0];
        }
        // The median of the first, middle and last keys (distinct), for a more even split.
        let (x, y, z) = (part[0], part[len / 2], part[len - 1]);
        let pivot = x.max(y).min(x.min(y).max(z));
        let (nl, nh, lo_stake) = partition(part, lo, hi, pivot, stake);
        first = false;
        if lo_stake > target {
            std::mem::swap(cur, lo);
            len = nl;
            continue;
        }
        let through_pivot = lo_stake + stake[(pivot & 0xffff) as usize];
        if through_pivot > target {
            return pivot;
        }
        target -= through_pivot;
        std::mem::swap(cur, hi);
        len = nh;
    }
}

/// A column's stake-weighted median from its non-zero keys `(score << 16) | kept-row`, in the
/// usual case of [`consensus`]: the selection buffers and the epoch's stakes, minority and stake
/// sum, shared by every column.
pub(super) struct Selection<'a> {
    cur: Vec<u64>,
    lo: Vec<u64>,
    hi: Vec<u64>,
    stake: &'a [i64],
    minority: i64,
    stake_sum: i64,
}

impl<'a> Selection<'a> {
    /// For the kept rows' `stake` (bits), `0 <= minority < stake_sum`.
    pub(super) fn new(stake: &'a [i64], minority: i64, stake_sum: i64) -> Self {
        let room = stake.len() + 8;
        Selection {
            cur: vec![0; room],
            lo: vec![0; room],
            hi: vec![0; room],
            stake,
            minority,
            stake_sum,
        }
    }

    /// The median of a column whose non-zero entries are `keys`, holding `nz_stake` of the stake:
    /// the column's zeros count as one block of the rest. 0 when the zeros alone cross the
    /// minority (or there are no keys).
    pub(super) fn median(&mut self, keys: &[u64], nz_stake: i64) -> Fx {
        let zero_stake = self.stake_sum - nz_stake;
        if keys.is_empty() || (keys.len() < self.stake.len() && zero_stake > self.minority) {
            return ZERO;
        }
        let (cur, lo, hi) = (&mut self.cur, &mut self.lo, &mut self.hi);
        let key = select_crossing(keys, cur, lo, hi, self.stake, self.minority - zero_stake);
        Fx::from_bits((key >> 16) as i64)
    }
}

/// Visit the non-zero entries of the kept rows column by column (each column in kept-row
/// order): `put(position, kept-row, value)`, positions laid out by the column offsets `count`.
pub(super) fn scatter_columns(
    kept: &[usize],
    w: &Csr,
    count: &[u32],
    mut put: impl FnMut(usize, usize, Fx),
) {
    let mut fill = count.to_vec();
    for (k, &i) in kept.iter().enumerate() {
        let (c, v) = w.row(i);
        for (&j, &x) in c.iter().zip(v) {
            if x != ZERO {
                let p = &mut fill[j as usize];
                put(*p as usize, k, x);
                *p += 1;
            }
        }
    }
}

/// `weighted_median_col_sparse`: the stake-weighted median of every column of `w` over the rows
/// with positive stake (re-normalized), a missing entry counting as score 0.
///
/// In the usual case (stakes in `[0, 1]` with exact sums, `0 <= minority < stake sum`) the
/// chain's median is the one score `v` of the column with `S(< v) <= minority < S(<= v)`, where
/// `S` sums the stakes of the entries scoring in that range: every step of its partition keeps
/// `lo <= minority < hi` with `lo` and `hi` the exact stake below and up to the current part, and
/// returns a pivot only when it satisfies that, which makes the result independent of the order
/// the entries come in. So the zeros of a column count as one block of stake, and the non-zero
/// entries are searched as distinct keys. Anything else runs the chain's loop itself.
pub(super) fn consensus(active_stake: &[Fx], w: &Csr, n: usize, kappa: Fx) -> Vec<Fx> {
    consensus_paths(active_stake, w, n, kappa, true)
}

/// [`consensus`], with the bucketed path allowed or not (the tests check both).
pub(super) fn consensus_paths(
    active_stake: &[Fx],
    w: &Csr,
    n: usize,
    kappa: Fx,
    buckets: bool,
) -> Vec<Fx> {
    let kept: Vec<usize> = (0..n).filter(|&i| active_stake[i] > ZERO).collect();
    let mut use_stake: Vec<Fx> = kept.iter().map(|&i| active_stake[i]).collect();
    inplace_normalize(&mut use_stake);
    let stake_sum = plain_sum(use_stake.iter());
    let minority = stake_sum.saturating_sub(kappa);
    let kn = kept.len();
    let mut median = vec![ZERO; n];
    if kn == 0 {
        return median;
    }
    let plain = kn < (1 << 30) && use_stake.iter().all(|&x| x >= ZERO && x <= ONE);
    let stake_bits: Vec<i64> = use_stake.iter().map(|x| x.to_bits()).collect();
    let (minority, stake_sum) = (minority.to_bits(), stake_sum.to_bits());
    // The blocked path reads every (kept row, column) cell: worth it when most hold a weight.
    let kept_entries: usize = kept.iter().map(|&i| w.ptr[i + 1] - w.ptr[i]).sum();
    if plain
        && kn <= 1 << 16
        && (0..stake_sum).contains(&minority)
        && kept_entries * 2 >= kn * n
        && let Some(median) = blocked_medians(&kept, &stake_bits, w, n, minority, stake_sum)
    {
        return median;
    }

    if buckets
        && plain
        && kn <= 1 << 16
        && n * kn <= BUCKETED_CELLS
        && (0..stake_sum).contains(&minority)
        && let Some(median) = bucketed_medians(&kept, &stake_bits, w, n, minority, stake_sum)
    {
        return median;
    }
    // Column-major non-zero entries of the kept rows as keys `(score << 16) | kept-row`, each
    // column in kept-row order.
    let mut count = vec![0u32; n + 1];
    let mut keyable = kn <= 1 << 16;
    for &i in &kept {
        let (c, v) = w.row(i);
        for (&j, &x) in c.iter().zip(v) {
            let b = x.to_bits();
            count[j as usize + 1] += (b != 0) as u32;
            keyable &= (b as u64) < 1 << 47;
        }
    }
    for j in 0..n {
        count[j + 1] += count[j];
    }
    let column = |j: usize| count[j] as usize..count[j + 1] as usize;

    if plain && keyable && (0..stake_sum).contains(&minority) {
        // The keys, and each column's stake of non-zero entries.
        let mut keys = vec![0u64; count[n] as usize];
        let mut nz_stake = vec![0i64; n];
        let mut fill = count.clone();
        for (k, &i) in kept.iter().enumerate() {
            let (c, v) = w.row(i);
            let st = stake_bits[k];
            for (&j, &x) in c.iter().zip(v) {
                let xb = x.to_bits();
                if xb != 0 {
                    let j = j as usize;
                    let p = fill[j];
                    keys[p as usize] = ((xb as u64) << 16) | k as u64;
                    fill[j] = p + 1;
                    nz_stake[j] += st;
                }
            }
        }
        let mut selection = Selection::new(&stake_bits, minority, stake_sum);
        for (j, med) in median.iter_mut().enumerate() {
            *med = selection.median(&keys[column(j)], nz_stake[j]);
        }
        return median;
    }

    let mut ent_k = vec![0u32; count[n] as usize];
    let mut ent_v = vec![0i64; count[n] as usize];
    scatter_columns(&kept, w, &count, |p, k, x| {
        ent_k[p] = k as u32;
        ent_v[p] = x.to_bits();
    });
    let median_of = |b: &mut MedianBufs, len: usize, lo: i64, counter: usize| {
        let m = if plain {
            weighted_median::<true>(b, len, minority, lo, stake_sum, counter, kn)
        } else {
            weighted_median::<false>(b, len, minority, lo, stake_sum, counter, kn)
        };
        Fx::from_bits(m)
    };
    let mid = kn as u32 / 2;
    let mut bufs = MedianBufs::new(kn);
    for (j, med) in median.iter_mut().enumerate() {
        let (ks, vs) = (&ent_k[column(j)], &ent_v[column(j)]);
        if kn == 1 {
            *med = Fx::from_bits(vs.first().copied().unwrap_or(0));
            continue;
        }
        if ks.is_empty() {
            continue;
        }
        let pivot = match ks.binary_search(&mid) {
            Ok(p) => vs[p],
            Err(_) => 0,
        };
        if pivot == 0 {
            // First step done on the non-zero entries only: nothing is below a zero pivot, the
            // zeros equal it, and the upper part is exactly the non-zero entries.
            let mut hi_stake = 0i64;
            for (t, (&k, &x)) in ks.iter().zip(vs).enumerate() {
                let st = stake_bits[k as usize];
                hi_stake = hi_stake.saturating_add(st);
                bufs.cur_s[t] = st;
                bufs.cur_v[t] = x;
            }
            let lo = stake_sum.saturating_sub(hi_stake);
            if lo <= minority {
                *med = median_of(&mut bufs, ks.len(), lo, 1);
            }
        } else {
            bufs.cur_s[..kn].copy_from_slice(&stake_bits);
            bufs.cur_v[..kn].fill(0);
            for (&k, &x) in ks.iter().zip(vs) {
                bufs.cur_v[k as usize] = x;
            }
            *med = median_of(&mut bufs, kn, 0, 0);
        }
    }
    median
}

/// The most cells (`n` columns times kept rows) for [`bucketed_medians`]: its buckets (8 bytes a
/// cell) then fit the second cache level.
pub(super) const BUCKETED_CELLS: usize = 1 << 15;

thread_local! {
    /// The buckets of [`bucketed_medians`], kept between epochs: every cell read is written in
    /// the same call first, so the buffer is never cleared.
    static BUCKETS: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The usual case of [`consensus`] (see there) for small sparse epochs: each column's keys go
/// straight into a bucket with room for every kept row, in one pass over the entries (the
/// general path counts the columns first). `None` when a value does not fit a key.
pub(super) fn bucketed_medians(
    kept: &[usize],
    stake_bits: &[i64],
    w: &Csr,
    n: usize,
    minority: i64,
    stake_sum: i64,
) -> Option<Vec<Fx>> {
    let kn = kept.len();
    BUCKETS.with_borrow_mut(|buckets| {
        if buckets.len() < n * kn {
            buckets.resize(n * kn, 0);
        }
        let mut count = vec![0usize; n];
        let mut nz_stake = vec![0i64; n];
        // Every value's bits ORed together: one check that all fit a key (below 2^47, not
        // negative).
        let mut all_bits = 0u64;
        for (k, &i) in kept.iter().enumerate() {
            let (c, v) = w.row(i);
            let st = stake_bits[k];
            for (&j, &x) in c.iter().zip(v) {
                let xb = x.to_bits() as u64;
                all_bits |= xb;
                if xb != 0 {
                    let j = j as usize;
                    buckets[j * kn + count[j]] = (xb << 16) | k as u64;
                    count[j] += 1;
                    nz_stake[j] += st;
                }
            }
        }
        if all_bits >= 1 << 47 {
            return None;
        }
        let mut selection = Selection::new(stake_bits, minority, stake_sum);
        let median = (0..n)
            .map(|j| selection.median(&buckets[j * kn..j * kn + count[j]], nz_stake[j]))
            .collect();
        Some(median)
    })
}

/// Columns per block of [`blocked_medians`]: a block's keys (64 columns of up to 256 kept rows)
/// stay in the first two cache levels while they are written and searched.
pub(super) const MEDIAN_BLOCK: usize = 64;

/// The usual case of [`consensus`] (see there) for dense weight rows whose uids ascend from
/// block to block (as the chain stores them): the columns are taken [`MEDIAN_BLOCK`] at a time.
/// Each kept row's entries for a block are one run of its stored entries, copied as keys into a
/// small row-by-row table (sequential reads and writes); each column of the table is then read
/// from cache and its median found. Transposing the whole matrix at once instead writes every key
/// to a different cache line.
///
/// `None` when a row goes back to an earlier block or a value does not fit a key; the caller then
/// uses the general path.
pub(super) fn blocked_medians(
    kept: &[usize],
    stake_bits: &[i64],
    w: &Csr,
    n: usize,
    minority: i64,
    stake_sum: i64,
) -> Option<Vec<Fx>> {
    let kn = kept.len();
    let mut median = vec![ZERO; n];
    let mut cursor: Vec<usize> = kept.iter().map(|&i| w.ptr[i]).collect();
    // The block row by row: `block[k * MEDIAN_BLOCK + (j - j0)]` is kept row k's key for column
    // j, 0 where it has no entry or a zero weight. Each row's entries for a block are one run of
    // its stored entries, so filling it reads and writes sequentially; a column is then read
    // with a stride, from cache.
    let mut block = vec![0u64; MEDIAN_BLOCK * kn];
    let mut col = vec![0u64; kn + 8];
    let mut selection = Selection::new(stake_bits, minority, stake_sum);
    // Every value's bits ORed together: one check that all fit a key (below 2^47, not negative).
    let mut all_bits = 0u64;
    for j0 in (0..n).step_by(MEDIAN_BLOCK) {
        let j1 = (j0 + MEDIAN_BLOCK).min(n);
        if j0 > 0 {
            block.fill(0);
        }
        for (k, &i) in kept.iter().enumerate() {
            let end = w.ptr[i + 1];
            let slots = &mut block[k * MEDIAN_BLOCK..(k + 1) * MEDIAN_BLOCK];
            // Whole runs of eight consecutive uids with AVX-512 where it runs; the rest below.
            let (mut p, bits) =
                wide::fill_block_row(&w.col[..end], &w.val[..end], cursor[k], j0, k, slots);
            all_bits |= bits;
            while p < end && (w.col[p] as usize) < j1 {
                let j = w.col[p] as usize;
                if j < j0 {
                    return None;
                }
                let xb = w.val[p].to_bits() as u64;
                all_bits |= xb;
                // A zero weight stays 0: no key.
                slots[j - j0] = if xb == 0 { 0 } else { (xb << 16) | k as u64 };
                p += 1;
            }
            cursor[k] = p;
        }
        if all_bits >= 1 << 47 {
            return None;
        }
        for jj in 0..j1 - j0 {
            let (len, nz_stake) =
                wide::table_column(&block, MEDIAN_BLOCK, jj, stake_bits, &mut col).unwrap_or_else(
                    || {
                        let (mut len, mut nz_stake) = (0, 0i64);
                        for k in 0..kn {
                            let key = block[k * MEDIAN_BLOCK + jj];
                            col[len] = key;
                            len += (key != 0) as usize;
                            nz_stake += stake_bits[k] & -((key != 0) as i64);
                        }
                        (len, nz_stake)
                    },
                );
            median[j0 + jj] = selection.median(&col[..len], nz_stake);
        }
    }
    // Every entry belongs to some block (uids are below n), so every row was read to its end.
    debug_assert!(kept.iter().zip(&cursor).all(|(&i, &p)| p == w.ptr[i + 1]));
    Some(median)
}

/// Clip every weight to its column's consensus (dropping weights above a zero consensus),
/// add the clipped weights up per row into `trust` (plain sums) and their products with the
/// row's stake per column into `ranks` (saturating, rows in order). The returned matrix holds the
/// clipped weights, or with `PRODUCTS` those products instead (the Yuma2 bond deltas).
///
/// Whether a weight exceeds its consensus is a coin flip, so the pass is branch-free: every
/// entry is written and the length advances only when it is kept.
pub(super) fn clip_weights<const PRODUCTS: bool>(
    w: &Csr,
    consensus: &[Fx],
    stake: &[Fx],
    trust: &mut [Fx],
    ranks: &mut [Fx],
) -> Csr {
    let nnz = w.nnz();
    let mut col = vec![0u16; nnz];
    let mut val = vec![ZERO; nnz];
    let mut ptr = Vec::with_capacity(w.rows() + 1);
    ptr.push(0);
    let mut len = 0;
    let wide =
        WideClip::new(consensus).filter(|_| wide::any_dense_row((0..w.rows()).map(|i| w.row(i).0)));
    // Every consensus value in `[0, 1]` and every stake in `[0, 1)` (the usual case): a product
    // of a stake and a clipped weight (at most its consensus) is below 2^64 and floors as the
    // crate's multiplication does, and no column's sum of them can saturate.
    let unit = |x: &Fx, top: i64| (0..top).contains(&x.to_bits());
    let lean = consensus.iter().all(|x| unit(x, (1 << 32) + 1))
        && stake.iter().all(|x| unit(x, 1 << 32))
        && w.rows() < 1 << 16;
    for (i, t) in trust.iter_mut().enumerate() {
        let (mut c, mut v) = w.row(i);
        let s = stake[i];
        let mut sum = 0i64;
        if let Some(wide) = &wide {
            let (done, partial) = wide.row(
                PRODUCTS,
                c,
                v,
                consensus,
                s,
                &mut col[len..],
                &mut val[len..],
                ranks,
            );
            (c, v, len, sum) = (&c[done..], &v[done..], len + done, partial);
        }
        sum = if lean {
            clip_row::<PRODUCTS, true>(c, v, consensus, s, &mut col, &mut val, &mut len, ranks, sum)
        } else {
            clip_row::<PRODUCTS, false>(
                c, v, consensus, s, &mut col, &mut val, &mut len, ranks, sum,
            )
        };
        *t = Fx::from_bits(sum);
        ptr.push(len);
    }
    col.truncate(len);
    val.truncate(len);
    Csr { ptr, col, val }
}

/// The portable clipping of one row's entries (see [`clip_weights`]), appended at `len`; returns
/// the row's trust sum continued from `sum`. With `LEAN` (the caller's preconditions hold) the
/// products and the ranks' sums are plain 64-bit operations, otherwise the crate's saturating
/// ones.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn clip_row<const PRODUCTS: bool, const LEAN: bool>(
    c: &[u16],
    v: &[Fx],
    consensus: &[Fx],
    s: Fx,
    col: &mut [u16],
    val: &mut [Fx],
    len: &mut usize,
    ranks: &mut [Fx],
    mut sum: i64,
) -> i64 {
    let mut at = *len;
    // The room for the whole row (each entry is written, then kept or overwritten).
    let (col, val) = (&mut col[..at + c.len()], &mut val[..at + c.len()]);
    for (&j, &x) in c.iter().zip(v) {
        // Compared as bits: the crate's ordering of signed values branches on the signs.
        let (th, x) = (consensus[j as usize].to_bits(), x.to_bits());
        let above = th < x;
        let y = Fx::from_bits(std::hint::select_unpredictable(above, th, x));
        // `|`, not `||`: no branch.
        let keep = !above | (th > 0);
        let d = if LEAN {
            Fx::from_bits(((s.to_bits() as u64).wrapping_mul(y.to_bits() as u64) >> 32) as i64)
        } else {
            mul(s, y)
        };
        col[at] = j;
        val[at] = if PRODUCTS { d } else { y };
        sum = sum.wrapping_add(std::hint::select_unpredictable(keep, y.to_bits(), 0));
        let r = &mut ranks[j as usize];
        let add = std::hint::select_unpredictable(keep, d, ZERO);
        *r = if LEAN {
            Fx::from_bits(r.to_bits() + add.to_bits())
        } else {
            sat_add(*r, add)
        };
        at += keep as usize;
    }
    *len = at;
    sum
}
