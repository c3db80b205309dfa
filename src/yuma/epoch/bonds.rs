//! The epoch's bonds: the exponential moving average of the bond matrix (fixed, or per cell
//! with liquid alpha) and the Yuma2 bonds step.

use substrate_fixed::types::I64F64;

use super::sparse::*;
use crate::yuma::math::{
    Divisor, Fx, ONE, U16Share, ZERO, alpha_sigmoid, fixed_proportion_to_u16, inplace_normalize,
    mul, sat_add,
};
use crate::yuma::wide::{self, WideBonds, WideNormalize};

/// One row of `mat_ema_sparse` from its weighted parts: `new` holds `(uid, a * new_value)` and
/// `old` holds `(uid, (1 - a) * old_value)`. The terms are summed per uid (saturating, the new
/// term first) and emitted in ascending uid order where the sum is positive. Rows in ascending
/// order without repeats (as the chain stores them) are merged; others accumulate densely in
/// `scratch`, as the chain does.
pub(super) fn blend_row(
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
pub(super) fn mat_ema(new: &Csr, old: &Csr, a: Fx, scratch: &mut Scratch) -> Csr {
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
pub(super) struct LiquidAlpha {
    pub(super) low: Fx,
    pub(super) high: Fx,
    pub(super) steep: Fx,
}

/// `mat_ema_alpha_sparse` with the liquid alphas of `compute_liquid_alpha_values_sparse`,
/// computed only for the cells whose value is used (the columns of each `new` row).
pub(super) fn mat_ema_liquid(
    new: &Csr,
    old: &Csr,
    consensus: &[Fx],
    la: &LiquidAlpha,
    n: usize,
) -> Csr {
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

/// The Yuma2 bonds and dividends. The old bonds and the bond deltas (the bond weights `wb` times
/// stake; with `product_sums` given, `wb` holds those products already and these are their
/// column sums, as the clipping pass leaves them) are each column-normalized and blended; the
/// blend is column-normalized for the dividends, and the result is scaled by its column maxima
/// for storage. The normalized inputs are computed where the blend reads them.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
pub(super) fn yuma2_bonds(
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
    // The old bonds' divisors, made when a row first needs them (rows blended through the
    // shares below never do).
    let old_div: std::cell::OnceCell<Vec<Divisor>> = std::cell::OnceCell::new();
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
            let old_div =
                old_div.get_or_init(|| old_sums.iter().map(|&s| Divisor::column(s)).collect());
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

/// `saturating_from_num(bonds_moving_average) / 1e6` in `I64F64` (the Yuma2 branch's form).
pub(super) fn safe_div_i64f64_by_million(bma: u64) -> I64F64 {
    crate::yuma::math::safe_div64(
        I64F64::saturating_from_num(bma),
        I64F64::saturating_from_num(1_000_000),
    )
}

/// A bond row for storage: `(uid, fixed_proportion_to_u16(value))` per entry, eight at a time
/// with AVX-512 where it runs and every value lies in `[0, 1]`.
pub(super) fn proportions_to_u16(cols: &[u16], vals: &[Fx]) -> Vec<(u16, u16)> {
    wide::proportions_row(cols, vals).unwrap_or_else(|| {
        cols.iter()
            .zip(vals)
            .map(|(&j, &x)| (j, fixed_proportion_to_u16(x)))
            .collect()
    })
}
