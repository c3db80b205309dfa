//! The epoch's sparse matrices: compressed rows ([`Csr`]), the per-row dense scratch and the
//! column sums and normalizations.

use crate::yuma::math::{Divisor, Fx, ZERO};

/// A sparse matrix in compressed-row form; entries keep the order they were pushed in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Csr {
    pub(super) ptr: Vec<usize>,
    pub(super) col: Vec<u16>,
    pub(super) val: Vec<Fx>,
}

impl Csr {
    pub(super) fn with_capacity(rows: usize, entries: usize) -> Self {
        let mut ptr = Vec::with_capacity(rows + 1);
        ptr.push(0);
        Csr {
            ptr,
            col: Vec::with_capacity(entries),
            val: Vec::with_capacity(entries),
        }
    }

    #[inline]
    pub(super) fn push(&mut self, j: u16, v: Fx) {
        self.col.push(j);
        self.val.push(v);
    }

    #[inline]
    pub(super) fn end_row(&mut self) {
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
    pub(super) fn from_u16_rows(rows: &[Vec<(u16, u16)>], conv: impl Fn(u16) -> Fx) -> Csr {
        Self::from_u16_rows_where(rows, conv, |_, _| true)
    }

    /// The rows converted with `conv`, keeping the entries for which `keep(row, col)` holds.
    pub(super) fn from_u16_rows_where(
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
pub(super) struct Scratch {
    pub(super) val: Vec<Fx>,
    pub(super) mark: Vec<bool>,
    pub(super) touched: Vec<u16>,
}

impl Scratch {
    pub(super) fn new(n: usize) -> Self {
        Scratch {
            val: vec![ZERO; n],
            mark: vec![false; n],
            touched: Vec::new(),
        }
    }

    #[inline]
    pub(super) fn touch(&mut self, j: u16) {
        let ju = j as usize;
        if !self.mark[ju] {
            self.mark[ju] = true;
            self.touched.push(j);
        }
    }

    /// Sort the touched columns ascending (by scanning when most columns were touched).
    pub(super) fn sort_touched(&mut self) {
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

    pub(super) fn reset(&mut self) {
        for &j in &self.touched {
            self.val[j as usize] = ZERO;
            self.mark[j as usize] = false;
        }
        self.touched.clear();
    }
}

/// Divide each entry by the saturating sum of its column, where that sum is non-zero.
pub(super) fn col_normalize(m: &mut Csr, n: usize) {
    let sums = col_sums(m, n);
    col_divide(m, &sums);
}

/// Saturating column sums, accumulated in row order as the chain does.
pub(super) fn col_sums(m: &Csr, n: usize) -> Vec<Fx> {
    let mut sums = vec![ZERO; n];
    add_col_sums(m, &mut sums);
    sums
}

/// Add the entries of `m` to `sums` column by column (saturating, in row order).
pub(super) fn add_col_sums(m: &Csr, sums: &mut [Fx]) {
    for (&j, &v) in m.col.iter().zip(&m.val) {
        sums[j as usize] = sums[j as usize].saturating_add(v);
    }
}

/// Divide each entry by its column's sum, where that sum is non-zero.
pub(super) fn col_divide(m: &mut Csr, sums: &[Fx]) {
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
pub(super) fn load_visible(scratch: &mut Scratch, cols: &[u16], vals: &[Fx]) {
    let mut max_seen: i32 = -1;
    for (&j, &v) in cols.iter().zip(vals) {
        if (j as i32) > max_seen {
            max_seen = j as i32;
            scratch.touch(j);
            scratch.val[j as usize] = v;
        }
    }
}
