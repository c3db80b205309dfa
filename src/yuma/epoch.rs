//! `epoch_mechanism`: one run of the chain's sparse Yuma epoch over an [`EpochInput`].
//!
//! The steps and their order follow the chain exactly (see the module docs in `mod.rs`). Sparse
//! matrices are kept in compressed-row form ([`Csr`]: three flat vectors, no per-cell or per-row
//! allocation); dense per-row scratch buffers are allocated once per epoch and reset only where
//! they were touched, so sparse inputs cost time proportional to their entries.

use substrate_fixed::types::{I64F64, U96F32};

use super::input::EpochInput;
use super::math::{
    Divisor, Fx, ONE, StakeNormalizer, U16_MAX_FX, U16Share, ZERO, alpha_sigmoid,
    fixed_proportion_to_u16, inplace_normalize, inplace_normalize_using_sum, is_topk_nonzero, mul,
    plain_sum, plain_sum64, safe_div, safe_div_u96, sat_add, share_of_rao, total_stake,
    u16_proportion_to_fixed,
};
use super::output::{EpochOutput, OutputParts};
use super::partition::partition;
use super::wide::{self, WideBonds, WideClip, WideNormalize};

/// A sparse matrix in compressed-row form; entries keep the order they were pushed in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Csr {
    ptr: Vec<usize>,
    col: Vec<u16>,
    val: Vec<Fx>,
}

impl Csr {
    fn with_capacity(rows: usize, entries: usize) -> Self {
        let mut ptr = Vec::with_capacity(rows + 1);
        ptr.push(0);
        Csr {
            ptr,
            col: Vec::with_capacity(entries),
            val: Vec::with_capacity(entries),
        }
    }

    #[inline]
    fn push(&mut self, j: u16, v: Fx) {
        self.col.push(j);
        self.val.push(v);
    }

    #[inline]
    fn end_row(&mut self) {
        self.ptr.push(self.col.len());
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.ptr.len() - 1
    }

    /// Columns and values of row `i`, in stored order.
    #[inline]
    pub fn row(&self, i: usize) -> (&[u16], &[Fx]) {
        let (a, b) = (self.ptr[i], self.ptr[i + 1]);
        (&self.col[a..b], &self.val[a..b])
    }

    /// Total number of entries.
    pub fn nnz(&self) -> usize {
        self.col.len()
    }

    /// Row `i` as `(uid, bits)` pairs.
    pub fn row_bits(&self, i: usize) -> Vec<(u16, i64)> {
        let (c, v) = self.row(i);
        c.iter().zip(v).map(|(&j, &x)| (j, x.to_bits())).collect()
    }

    #[cfg(test)]
    fn from_u16_rows(rows: &[Vec<(u16, u16)>], conv: impl Fn(u16) -> Fx) -> Csr {
        Self::from_u16_rows_where(rows, conv, |_, _| true)
    }

    /// The rows converted with `conv`, keeping the entries for which `keep(row, col)` holds.
    fn from_u16_rows_where(
        rows: &[Vec<(u16, u16)>],
        conv: impl Fn(u16) -> Fx,
        mut keep: impl FnMut(usize, u16) -> bool,
    ) -> Csr {
        let entries = rows.iter().map(Vec::len).sum();
        let mut out = Csr::with_capacity(rows.len(), entries);
        for (i, row) in rows.iter().enumerate() {
            for &(j, v) in row {
                if keep(i, j) {
                    out.push(j, conv(v));
                }
            }
            out.end_row();
        }
        out
    }
}

/// Dense per-row scratch of length `n` that remembers which cells it touched.
struct Scratch {
    val: Vec<Fx>,
    mark: Vec<bool>,
    touched: Vec<u16>,
}

impl Scratch {
    fn new(n: usize) -> Self {
        Scratch {
            val: vec![ZERO; n],
            mark: vec![false; n],
            touched: Vec::new(),
        }
    }

    #[inline]
    fn touch(&mut self, j: u16) {
        let ju = j as usize;
        if !self.mark[ju] {
            self.mark[ju] = true;
            self.touched.push(j);
        }
    }

    /// Sort the touched columns ascending (by scanning when most columns were touched).
    fn sort_touched(&mut self) {
        let n = self.mark.len();
        if self.touched.len() > n / 4 {
            self.touched.clear();
            for (j, &m) in self.mark.iter().enumerate() {
                if m {
                    self.touched.push(j as u16);
                }
            }
        } else {
            self.touched.sort_unstable();
        }
    }

    fn reset(&mut self) {
        for &j in &self.touched {
            self.val[j as usize] = ZERO;
            self.mark[j as usize] = false;
        }
        self.touched.clear();
    }
}

/// Divide each entry by the saturating sum of its column, where that sum is non-zero.
fn col_normalize(m: &mut Csr, n: usize) {
    let sums = col_sums(m, n);
    col_divide(m, &sums);
}

/// Saturating column sums, accumulated in row order as the chain does.
fn col_sums(m: &Csr, n: usize) -> Vec<Fx> {
    let mut sums = vec![ZERO; n];
    add_col_sums(m, &mut sums);
    sums
}

/// Add the entries of `m` to `sums` column by column (saturating, in row order).
fn add_col_sums(m: &Csr, sums: &mut [Fx]) {
    for (&j, &v) in m.col.iter().zip(&m.val) {
        sums[j as usize] = sums[j as usize].saturating_add(v);
    }
}

/// Divide each entry by its column's sum, where that sum is non-zero.
fn col_divide(m: &mut Csr, sums: &[Fx]) {
    let divs: Vec<Divisor> = sums.iter().map(|&s| Divisor::new(s)).collect();
    for (&j, v) in m.col.iter().zip(m.val.iter_mut()) {
        if sums[j as usize] != ZERO {
            *v = divs[j as usize].div(*v);
        }
    }
}

/// Load into `scratch` the entries of a row that the chain's merge-walk lookup can see.
///
/// The chain looks a row up column by column with a forward-only cursor, so an entry is found
/// only if its uid is larger than every uid stored before it (always the case for a row in
/// ascending order).
fn load_visible(scratch: &mut Scratch, cols: &[u16], vals: &[Fx]) {
    let mut max_seen: i32 = -1;
    for (&j, &v) in cols.iter().zip(vals) {
        if (j as i32) > max_seen {
            max_seen = j as i32;
            scratch.touch(j);
            scratch.val[j as usize] = v;
        }
    }
}

/// One row of `mat_ema_sparse` from its weighted parts: `new` holds `(uid, a * new_value)` and
/// `old` holds `(uid, (1 - a) * old_value)`. The terms are summed per uid (saturating, the new
/// term first) and emitted in ascending uid order where the sum is positive. Rows in ascending
/// order without repeats (as the chain stores them) are merged; others accumulate densely in
/// `scratch`, as the chain does.
fn blend_row(
    new: &[(u16, Fx)],
    old: &[(u16, Fx)],
    scratch: &mut Scratch,
    mut emit: impl FnMut(u16, Fx),
) {
    let ascending = |r: &[(u16, Fx)]| r.windows(2).all(|w| w[0].0 < w[1].0);
    if ascending(new) && ascending(old) {
        let (mut p, mut q) = (0, 0);
        while p < new.len() || q < old.len() {
            let take_new = q >= old.len() || (p < new.len() && new[p].0 <= old[q].0);
            let take_old = p >= new.len() || (q < old.len() && old[q].0 <= new[p].0);
            let (mut j, mut v) = (0, ZERO);
            if take_new {
                (j, v) = new[p];
                p += 1;
            }
            if take_old {
                j = old[q].0;
                v = sat_add(v, old[q].1);
                q += 1;
            }
            if v.to_bits() > 0 {
                emit(j, v);
            }
        }
        return;
    }
    for &(j, t) in new.iter().chain(old) {
        scratch.touch(j);
        let cell = &mut scratch.val[j as usize];
        *cell = sat_add(*cell, t);
    }
    scratch.sort_touched();
    for &j in &scratch.touched {
        let v = scratch.val[j as usize];
        if v.to_bits() > 0 {
            emit(j, v);
        }
    }
    scratch.reset();
}

/// `mat_ema_sparse`: per row, `a*new + (1-a)*old` (see [`blend_row`]).
fn mat_ema(new: &Csr, old: &Csr, a: Fx, scratch: &mut Scratch) -> Csr {
    let one_minus_a = ONE.saturating_sub(a);
    let mut out = Csr::with_capacity(new.rows(), new.nnz().max(old.nnz()));
    let (mut new_terms, mut old_terms) = (Vec::new(), Vec::new());
    for i in 0..new.rows() {
        let (nc, nv) = new.row(i);
        let (oc, ov) = old.row(i);
        new_terms.clear();
        new_terms.extend(nc.iter().zip(nv).map(|(&j, &v)| (j, mul(a, v))));
        old_terms.clear();
        old_terms.extend(oc.iter().zip(ov).map(|(&j, &v)| (j, mul(one_minus_a, v))));
        blend_row(&new_terms, &old_terms, scratch, |j, v| out.push(j, v));
        out.end_row();
    }
    out
}

/// Hyperparameters of the per-cell liquid alpha.
struct LiquidAlpha {
    low: Fx,
    high: Fx,
    steep: Fx,
}

/// `mat_ema_alpha_sparse` with the liquid alphas of `compute_liquid_alpha_values_sparse`,
/// computed only for the cells whose value is used (the columns of each `new` row).
fn mat_ema_liquid(new: &Csr, old: &Csr, consensus: &[Fx], la: &LiquidAlpha, n: usize) -> Csr {
    let mut wvis = Scratch::new(n);
    let mut bvis = Scratch::new(n);
    let mut alpha = vec![ZERO; n];
    let mut decayed = vec![ZERO; n];
    let mut in_new = vec![false; n];
    let mut out = Csr::with_capacity(new.rows(), new.nnz());
    for i in 0..new.rows() {
        let (nc, nv) = new.row(i);
        let (oc, ov) = old.row(i);
        load_visible(&mut wvis, nc, nv);
        load_visible(&mut bvis, oc, ov);
        for &j in nc {
            let ju = j as usize;
            in_new[ju] = true;
            decayed[ju] = ZERO;
            alpha[ju] = alpha_sigmoid(
                consensus[ju],
                wvis.val[ju],
                bvis.val[ju],
                la.low,
                la.high,
                la.steep,
            );
        }
        for (&j, &v) in oc.iter().zip(ov) {
            let ju = j as usize;
            if in_new[ju] {
                decayed[ju] = mul(ONE.saturating_sub(alpha[ju]), v);
            }
        }
        for (&j, &v) in nc.iter().zip(nv) {
            let ju = j as usize;
            let inc = mul(alpha[ju], v).max(ZERO);
            let val = decayed[ju].saturating_add(inc).min(ONE);
            if val > ZERO {
                out.push(j, val);
            }
        }
        out.end_row();
        for &j in nc {
            in_new[j as usize] = false;
        }
        wvis.reset();
        bvis.reset();
    }
    out
}

/// Working buffers of the weighted median: the current partition and the two candidate parts,
/// as parallel arrays of stake bits and score bits.
struct MedianBufs {
    cur_s: Vec<i64>,
    cur_v: Vec<i64>,
    lo_s: Vec<i64>,
    lo_v: Vec<i64>,
    hi_s: Vec<i64>,
    hi_v: Vec<i64>,
}

impl MedianBufs {
    fn new(k: usize) -> Self {
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
fn weighted_median<const PLAIN: bool>(
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
fn select_crossing(
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

/// Visit the non-zero entries of the kept rows column by column (each column in kept-row
/// order): `put(position, kept-row, value)`, positions laid out by the column offsets `count`.
fn scatter_columns(kept: &[usize], w: &Csr, count: &[u32], mut put: impl FnMut(usize, usize, Fx)) {
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
fn consensus(active_stake: &[Fx], w: &Csr, n: usize, kappa: Fx) -> Vec<Fx> {
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
        let room = kn + 8;
        let (mut cur, mut lo, mut hi) = (vec![0u64; room], vec![0u64; room], vec![0u64; room]);
        for (j, med) in median.iter_mut().enumerate() {
            let col = &keys[column(j)];
            let zero_stake = stake_sum - nz_stake[j];
            if !col.is_empty() && (col.len() == kn || zero_stake <= minority) {
                let key = select_crossing(
                    col,
                    &mut cur,
                    &mut lo,
                    &mut hi,
                    &stake_bits,
                    minority - zero_stake,
                );
                *med = Fx::from_bits((key >> 16) as i64);
            }
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

/// Columns per block of [`blocked_medians`]: a block's keys (64 columns of up to 256 kept rows)
/// stay in the first two cache levels while they are written and searched.
const MEDIAN_BLOCK: usize = 64;

/// The usual case of [`consensus`] (see there) for dense weight rows whose uids ascend from
/// block to block (as the chain stores them): the columns are taken [`MEDIAN_BLOCK`] at a time.
/// Each kept row's entries for a block are one run of its stored entries, copied as keys into a
/// small row-by-row table (sequential reads and writes); each column of the table is then read
/// from cache and its median found. Transposing the whole matrix at once instead writes every key
/// to a different cache line.
///
/// `None` when a row goes back to an earlier block or a value does not fit a key; the caller then
/// uses the general path.
fn blocked_medians(
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
    let room = kn + 8;
    let (mut cur, mut lo, mut hi) = (vec![0u64; room], vec![0u64; room], vec![0u64; room]);
    // Every value's bits ORed together: one check that all fit a key (below 2^47, not negative).
    let mut all_bits = 0u64;
    for j0 in (0..n).step_by(MEDIAN_BLOCK) {
        let j1 = (j0 + MEDIAN_BLOCK).min(n);
        if j0 > 0 {
            block.fill(0);
        }
        for (k, &i) in kept.iter().enumerate() {
            let end = w.ptr[i + 1];
            let mut p = cursor[k];
            let slots = &mut block[k * MEDIAN_BLOCK..(k + 1) * MEDIAN_BLOCK];
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
            let zero_stake = stake_sum - nz_stake;
            if len > 0 && (len == kn || zero_stake <= minority) {
                let key = select_crossing(
                    &col[..len],
                    &mut cur,
                    &mut lo,
                    &mut hi,
                    stake_bits,
                    minority - zero_stake,
                );
                median[j0 + jj] = Fx::from_bits((key >> 16) as i64);
            }
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
fn clip_weights<const PRODUCTS: bool>(
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
        for (&j, &x) in c.iter().zip(v) {
            // Compared as bits: the crate's ordering of signed values branches on the signs.
            let (th, x) = (consensus[j as usize].to_bits(), x.to_bits());
            let above = th < x;
            let y = Fx::from_bits(std::hint::select_unpredictable(above, th, x));
            // `|`, not `||`: no branch.
            let keep = !above | (th > 0);
            let d = mul(s, y);
            col[len] = j;
            val[len] = if PRODUCTS { d } else { y };
            sum = sum.wrapping_add(std::hint::select_unpredictable(keep, y.to_bits(), 0));
            let r = &mut ranks[j as usize];
            *r = sat_add(*r, std::hint::select_unpredictable(keep, d, ZERO));
            len += keep as usize;
        }
        *t = Fx::from_bits(sum);
        ptr.push(len);
    }
    col.truncate(len);
    val.truncate(len);
    Csr { ptr, col, val }
}

/// The Yuma2 bonds and dividends. The old bonds and the bond deltas (the bond weights `wb` times
/// stake; with `product_sums` given, `wb` holds those products already and these are their
/// column sums, as the clipping pass leaves them) are each column-normalized and blended; the
/// blend is column-normalized for the dividends, and the result is scaled by its column maxima
/// for storage. The normalized inputs are computed where the blend reads them.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn yuma2_bonds(
    old_bonds: &[Vec<(u16, u16)>],
    bonds_moving_average: u64,
    wb: &Csr,
    product_sums: Option<Vec<Fx>>,
    active_stake: &[Fx],
    incentive: &[Fx],
    recent_col: &[bool],
    scratch: &mut Scratch,
) -> (Csr, Vec<Fx>) {
    let n = old_bonds.len();
    let any_recent = recent_col.contains(&true);
    let old_sums = {
        let mut sums = vec![ZERO; n];
        for row in old_bonds {
            let done = wide::add_u16_columns(row, recent_col, &mut sums);
            for &(j, v) in &row[done..] {
                if !recent_col[j as usize] {
                    sums[j as usize] = sat_add(sums[j as usize], Fx::from_num(v));
                }
            }
        }
        sums
    };
    let computed: Vec<Fx>;
    let (delta, delta_sums): (&[Fx], Vec<Fx>) = if let Some(sums) = product_sums {
        (&wb.val, sums)
    } else {
        let mut sums = vec![ZERO; n];
        let mut vals = Vec::with_capacity(wb.nnz());
        for (i, &s) in active_stake.iter().enumerate() {
            let (c, v) = wb.row(i);
            for (&j, &x) in c.iter().zip(v) {
                let d = mul(x, s);
                sums[j as usize] = sat_add(sums[j as usize], d);
                vals.push(d);
            }
        }
        computed = vals;
        (&computed, sums)
    };
    let old_div: Vec<Divisor> = old_sums.iter().map(|&s| Divisor::column(s)).collect();
    // Every non-empty column sum below 2^31 whole units (so none saturated): the shares come
    // from reciprocals. An empty column has no entries to divide.
    let old_share: Option<Vec<U16Share>> = old_sums
        .iter()
        .map(|&s| match s.to_bits() {
            0 => U16Share::new(1),
            b if b & 0xffff_ffff == 0 => U16Share::new((b >> 32) as u64),
            _ => None,
        })
        .collect();
    let delta_div: Vec<Divisor> = delta_sums.iter().map(|&s| Divisor::column(s)).collect();
    let m = safe_div_i64f64_by_million(bonds_moving_average);
    let a = ONE.saturating_sub(Fx::saturating_from_num(m));
    let one_minus_a = ONE.saturating_sub(a);
    let dense = wide::any_dense_row((0..n).map(|i| wb.row(i).0));
    let wide = old_share
        .as_ref()
        .filter(|_| dense)
        .and_then(|share| WideBonds::new(&delta_div, share, a, one_minus_a));
    let mut ema_bonds = Csr::with_capacity(n, wb.nnz().max(old_bonds.iter().map(Vec::len).sum()));
    let mut ema_sums = vec![ZERO; n];
    let (mut new_terms, mut old_terms) = (Vec::new(), Vec::new());
    for i in 0..n {
        let (nc, _) = wb.row(i);
        let nv = &delta[wb.ptr[i]..wb.ptr[i + 1]];
        let new_term = |p: usize| mul(a, delta_div[nc[p] as usize].div(nv[p]));
        let old = &old_bonds[i];
        let old_term = |q: usize| {
            let (j, v) = old[q];
            mul(one_minus_a, old_div[j as usize].div(Fx::from_num(v)))
        };
        // The usual case: both rows hold the same uids in ascending order.
        let mut same_uids = !any_recent && nc.len() == old.len();
        if same_uids {
            // One pass without early exit: equal uids, strictly ascending.
            let mut prev = -1i32;
            for (&j, &(k, _)) in nc.iter().zip(old) {
                same_uids &= (j == k) & (j as i32 > prev);
                prev = j as i32;
            }
        }
        if let (true, Some(old_share)) = (same_uids, &old_share) {
            let start = ema_bonds.val.len();
            // Whole groups of eight with AVX-512 where it runs; the rest below.
            let (done, mut dropped) = match &wide {
                Some(wide) => wide.blend_row(nc, nv, old, &mut ema_bonds.val, &mut ema_sums),
                None => (0, false),
            };
            ema_bonds
                .val
                .extend(nc[done..].iter().zip(&nv[done..]).zip(&old[done..]).map(
                    |((&j, &d), &(_, b))| {
                        let ju = j as usize;
                        let v = sat_add(
                            mul(a, delta_div[ju].div(d)),
                            mul(one_minus_a, old_share[ju].of(b)),
                        );
                        let keep = v.to_bits() > 0;
                        dropped |= !keep;
                        ema_sums[ju] = sat_add(ema_sums[ju], if keep { v } else { ZERO });
                        v
                    },
                ));
            ema_bonds.col.extend_from_slice(nc);
            if dropped {
                // Rare: keep only the positive entries of the row.
                let mut len = start;
                for k in start..ema_bonds.val.len() {
                    let (j, v) = (ema_bonds.col[k], ema_bonds.val[k]);
                    if v.to_bits() > 0 {
                        ema_bonds.col[len] = j;
                        ema_bonds.val[len] = v;
                        len += 1;
                    }
                }
                ema_bonds.col.truncate(len);
                ema_bonds.val.truncate(len);
            }
        } else {
            new_terms.clear();
            new_terms.extend((0..nc.len()).map(|p| (nc[p], new_term(p))));
            old_terms.clear();
            old_terms.extend(
                (0..old.len())
                    .filter(|&q| !recent_col[old[q].0 as usize])
                    .map(|q| (old[q].0, old_term(q))),
            );
            blend_row(&new_terms, &old_terms, scratch, |j, v| {
                ema_bonds.push(j, v);
                ema_sums[j as usize] = sat_add(ema_sums[j as usize], v);
            });
        }
        ema_bonds.end_row();
    }
    // Column normalization, dividends and the column maxima for storage in one pass.
    let divs: Vec<Divisor> = ema_sums.iter().map(|&s| Divisor::column(s)).collect();
    let wide = dense
        .then(|| WideNormalize::new(&divs, incentive))
        .flatten();
    let mut maxes = vec![ZERO; n];
    let mut dividends = vec![ZERO; n];
    {
        let Csr { ptr, col, val } = &mut ema_bonds;
        for (i, d) in dividends.iter_mut().enumerate() {
            let (mut a, b) = (ptr[i], ptr[i + 1]);
            let mut acc = ZERO;
            if let Some(wide) = &wide {
                let (done, sum) =
                    wide.row(&col[a..b], &mut val[a..b], Some((incentive, &mut maxes)));
                (a, acc) = (a + done, sum);
            }
            for (&j, v) in col[a..b].iter().zip(&mut val[a..b]) {
                let j = j as usize;
                let x = divs[j].div(*v);
                *v = x;
                acc = sat_add(acc, mul(incentive[j], x));
                // As bits: the crate's ordering branches, and this one is unpredictable.
                maxes[j] = Fx::from_bits(maxes[j].to_bits().max(x.to_bits()));
            }
            *d = acc;
        }
    }
    inplace_normalize(&mut dividends);
    let divs: Vec<Divisor> = maxes.iter().map(|&s| Divisor::column(s)).collect();
    let wide = dense.then(|| WideNormalize::maxima(&divs)).flatten();
    let Csr { ptr, col, val } = &mut ema_bonds;
    for i in 0..n {
        let (mut a, b) = (ptr[i], ptr[i + 1]);
        if let Some(wide) = &wide {
            a += wide.row(&col[a..b], &mut val[a..b], None).0;
        }
        for (&j, v) in col[a..b].iter().zip(&mut val[a..b]) {
            *v = divs[j as usize].div(*v);
        }
    }
    (ema_bonds, dividends)
}

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
    let entries = input.weights.iter().map(Vec::len).sum();
    let (mut col, mut val) = (vec![0u16; entries], vec![ZERO; entries]);
    let mut ptr = Vec::with_capacity(n + 1);
    ptr.push(0);
    let mut len = 0;
    for (i, row) in input.weights.iter().enumerate() {
        let start = len;
        if permits[i] {
            let updated = input.last_update[i];
            let commit = if input.commit_reveal_enabled {
                input.commit_blocks[i].unwrap_or(u64::MAX)
            } else {
                u64::MAX
            };
            let own = if owner == Some(i) { usize::MAX } else { i };
            // Outdated (registered at or after the last update) or registered after the open
            // commit: registered at or after this block.
            let stale_from = updated.min(commit.saturating_add(1));
            // The row's plain (wrapping) sum, as the chain adds the values up.
            let (done, written, mut sum) = wide::mask_row(
                row,
                &input.block_at_registration,
                own,
                stale_from,
                &mut col[len..],
                &mut val[len..],
            );
            len += written;
            for &(j, v) in &row[done..] {
                let ju = j as usize;
                let registered = input.block_at_registration[ju];
                // Dropped: a self-weight (except the owner's), an outdated weight (the miner
                // registered at or after the last update), or one to a uid registered after the
                // validator's open commit. `|`, not `||`: no branches.
                let dropped = (ju == own) | (registered >= stale_from);
                let x = Fx::from_bits((v as i64) << 32);
                col[len] = j;
                val[len] = x;
                sum = sum.wrapping_add(std::hint::select_unpredictable(dropped, 0, x.to_bits()));
                len += !dropped as usize;
            }
            // The same sum in whole units; below 2^31 it has not wrapped.
            let units = (sum >> 32) as u64;
            if let Some(share) = U16Share::new(units).filter(|_| sum > 0) {
                let done = wide::shares(&mut val[start..len], &share);
                for v in &mut val[start + done..len] {
                    *v = share.of((v.to_bits() >> 32) as u16);
                }
            } else if sum > 0 {
                let d = Divisor::new(Fx::from_bits(sum));
                for v in &mut val[start..len] {
                    *v = d.div(*v);
                }
            }
        }
        ptr.push(len);
    }
    col.truncate(len);
    val.truncate(len);
    let w = Csr { ptr, col, val };

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
    let combined: Vec<Fx> = incentive
        .iter()
        .zip(&dividends)
        .map(|(a, b)| a.saturating_add(*b))
        .collect();
    let emission_sum = plain_sum(combined.iter());
    let mut norm_server = incentive.clone();
    let mut norm_validator = dividends.clone();
    let mut norm_combined = combined;
    inplace_normalize_using_sum(&mut norm_server, emission_sum);
    inplace_normalize_using_sum(&mut norm_validator, emission_sum);
    inplace_normalize(&mut norm_combined);
    if emission_sum == ZERO {
        let fallback = if plain_sum(active_stake.iter()) == ZERO {
            &stake
        } else {
            &active_stake
        };
        norm_validator.clone_from(fallback);
        norm_combined.clone_from(fallback);
    }
    let rao = input.rao_emission;
    let server_emission = norm_server.iter().map(|&x| share_of_rao(x, rao)).collect();
    let validator_emission = norm_validator
        .iter()
        .map(|&x| share_of_rao(x, rao))
        .collect();
    let combined_emission = norm_combined
        .iter()
        .map(|&x| share_of_rao(x, rao))
        .collect();

    // --- bonds written ---
    let bonds_written = (0..n)
        .map(|i| {
            if new_validator_permits[i] {
                let (c, v) = ema_bonds.row(i);
                Some(
                    c.iter()
                        .zip(v)
                        .map(|(&j, &x)| (j, fixed_proportion_to_u16(x)))
                        .collect(),
                )
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

/// `saturating_from_num(bonds_moving_average) / 1e6` in `I64F64` (the Yuma2 branch's form).
fn safe_div_i64f64_by_million(bma: u64) -> I64F64 {
    super::math::safe_div64(
        I64F64::saturating_from_num(bma),
        I64F64::saturating_from_num(1_000_000),
    )
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
        prop_assert_eq!(
            consensus(&st, &w, n, kappa),
            naive_consensus(&st, &w, n, kappa)
        );
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
