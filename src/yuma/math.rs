//! Fixed-point helpers with exactly the chain's semantics.
//!
//! Everything is built on `substrate-fixed` 0.6.0, the crate and version the chain uses, so a
//! product is the exact double-width product floored to the type's fraction bits, a quotient is
//! truncated toward zero, and the `saturating_*` operations saturate exactly as on chain. The
//! helpers here add the chain's conventions on top:
//!
//! * [`safe_div`]: a checked division that yields 0 on a zero divisor **and** on overflow.
//! * [`plain_sum`]: the chain's `iter().sum()`, which is a plain `+` and wraps in a release
//!   build; we wrap explicitly so debug builds behave like the chain's release runtime instead of
//!   panicking. Column sums and matrix products use saturating additions instead.
//! * [`fixed_proportion_to_u16`]: `floor(x * 65535)`, never rounding (0.5 becomes 32767).
//! * [`exp_safe`]: the chain's clamped exponential, computed with a fast transcription of the
//!   crate's own Taylor series that yields the same bits (tested against the crate).

#[cfg(test)]
use substrate_fixed::types::I96F32;
use substrate_fixed::types::{I32F32, I64F64, U96F32};

/// The epoch's main number type: 64-bit, 32 fraction bits.
pub type Fx = I32F32;

/// `0` in [`Fx`].
pub const ZERO: Fx = Fx::from_bits(0);
/// `1` in [`Fx`].
pub const ONE: Fx = Fx::from_bits(1 << 32);

/// `u16::MAX` as an [`Fx`].
pub const U16_MAX_FX: Fx = Fx::from_bits((u16::MAX as i64) << 32);

/// Division that returns 0 when the divisor is 0 or the quotient overflows (the chain's `safe_div`).
#[inline]
pub fn safe_div(a: Fx, b: Fx) -> Fx {
    a.checked_div(b).unwrap_or(ZERO)
}

/// `a.saturating_mul(b)` for `I32F32`, exactly, with one 64×64→128-bit multiplication.
///
/// The crate computes `a * (b << 32)` in 128 bits and saturates when that overflows, i.e. when
/// the exact product `a * b` (in units of 2^-64) lies outside `[-2^95, 2^95)`; otherwise the
/// result is the product shifted right by 32 (floor).
#[inline(always)]
pub fn mul(a: Fx, b: Fx) -> Fx {
    let (x, y) = (a.to_bits(), b.to_bits());
    if (x | y) >= 0 {
        // Both non-negative (the usual case): one unsigned multiplication, saturating above.
        let p = (x as u128) * (y as u128);
        return Fx::from_bits(if p < 1 << 95 {
            (p >> 32) as i64
        } else {
            i64::MAX
        });
    }
    let p = (a.to_bits() as i128) * (b.to_bits() as i128);
    if (-(1i128 << 95)..(1i128 << 95)).contains(&p) {
        Fx::from_bits((p >> 32) as i64)
    } else if (a.to_bits() < 0) != (b.to_bits() < 0) {
        Fx::min_value()
    } else {
        Fx::max_value()
    }
}

/// `a.saturating_add(b)`: the same saturating addition of the underlying bits, without the
/// crate's generic overflow plumbing.
#[inline(always)]
pub fn sat_add(a: Fx, b: Fx) -> Fx {
    Fx::from_bits(a.to_bits().saturating_add(b.to_bits()))
}

/// Repeated [`safe_div`] by one divisor, exactly, but without a 128-bit division per call.
///
/// For a dividend `0 <= a < b * 2^14` (a quotient below `2^46`) and a divisor `0 < b < 2^62`, the
/// quotient `q = floor(a * 2^32 / b)` is estimated in floating point with a reciprocal scaled
/// down by `1 - 2^-50`. Every rounding step (the conversions of `a` and `b`, the reciprocal, the
/// scaling and the product) errs by at most `2^-53` relatively, so the estimate lies in
/// `(q_true - 1/8, q_true]` for the real quotient `q_true`. Rounded to the nearest integer (by
/// adding `1.5 * 2^52`, which leaves units in the low mantissa bits) it is `q` or `q + 1`, and
/// the sign of the exact remainder settles which. Anything else (negative values, large
/// quotients, a divisor outside the range) goes through [`safe_div`] itself.
#[derive(Debug, Clone, Copy)]
pub struct Divisor {
    b: i64,
    /// The scaled reciprocal.
    inv: f64,
    /// Dividends below this (as unsigned, so negative ones are not) take the estimate; 0 when the
    /// divisor is outside `(0, 2^62)`.
    fast_below: u64,
    /// Division by zero leaves the dividend as it is (a column sum of zero), instead of
    /// [`safe_div`]'s zero.
    zero_keeps: bool,
}

/// `1.5 * 2^52`: added to a value of magnitude below `2^51`, it leaves the value rounded to an
/// integer in the low bits of the sum.
pub(crate) const ROUNDING_MAGIC: f64 = 6755399441055744.0;

impl Divisor {
    /// Prepare division by `b`.
    #[inline]
    pub fn new(b: Fx) -> Self {
        let bits = b.to_bits();
        let fast = bits > 0 && bits < (1 << 62);
        Divisor {
            b: bits,
            inv: if fast {
                (4294967296.0 / bits as f64) * (1.0 - 1.0 / (1u64 << 50) as f64)
            } else {
                0.0
            },
            // At most 2^63, so a negative dividend (2^63 and up as unsigned) never qualifies.
            fast_below: if fast {
                (bits as u64).saturating_mul(1 << 14).min(1 << 63)
            } else {
                0
            },
            zero_keeps: false,
        }
    }

    /// Division by a column sum: like [`Divisor::new`], except that a zero sum leaves every
    /// dividend as it is (the chain skips the division then).
    #[inline]
    pub fn column(sum: Fx) -> Self {
        Divisor {
            zero_keeps: true,
            ..Divisor::new(sum)
        }
    }

    /// The divisor's bits and its scaled reciprocal, when every dividend from 0 up to the divisor
    /// takes the estimate (a divisor in `(0, 2^62)`), or `(0, 0.0)` for a zero divisor that keeps
    /// its dividends (a zero column sum, whose only dividend is 0). `None` otherwise.
    pub(crate) fn lanes(&self) -> Option<(i64, f64)> {
        if self.b > 0 && (self.b as u64) < self.fast_below {
            Some((self.b, self.inv))
        } else if self.b == 0 && self.zero_keeps {
            Some((0, 0.0))
        } else {
            None
        }
    }

    /// `safe_div(a, b)`.
    #[inline(always)]
    pub fn div(&self, a: Fx) -> Fx {
        let ab = a.to_bits();
        if (ab as u64) < self.fast_below {
            let est = ab as f64 * self.inv;
            let rounded = (est + ROUNDING_MAGIC)
                .to_bits()
                .wrapping_sub(ROUNDING_MAGIC.to_bits());
            let b = self.b as u64;
            // The exact remainder for the rounded quotient is in [-b, b), |b| < 2^62: wrapping
            // arithmetic gives it exactly.
            let r = ((ab as u64) << 32).wrapping_sub(rounded.wrapping_mul(b)) as i64;
            return Fx::from_bits(rounded.wrapping_sub((r < 0) as u64) as i64);
        }
        if self.b == 0 && self.zero_keeps {
            return a;
        }
        safe_div(a, Fx::from_bits(self.b))
    }
}

/// A `u16` value's share of an integer total, `floor(v * 2^32 / total)` as an [`Fx`]: exactly
/// what [`safe_div`] gives for `Fx::from_num(v) / Fx::from_num(total)`, for totals in
/// `[1, 2^31)`, with one multiplication by a precomputed reciprocal.
///
/// With `m = floor(2^64 / total)` (or `2^64 - 1` for a total of 1), `m >= 2^64 / total - 1`, so
/// `v * m / 2^32` is at most `v / 2^32 < 1` below the true quotient and never above it: its
/// integer part is the quotient or one less, and the exact remainder settles which.
#[derive(Debug, Clone, Copy)]
pub struct U16Share {
    total: u64,
    m: u64,
}

impl U16Share {
    /// `None` for a total outside `[1, 2^31)`.
    #[inline]
    pub fn new(total: u64) -> Option<Self> {
        if !(1..1 << 31).contains(&total) {
            return None;
        }
        // floor(2^64 / total) from one 64-bit division: floor((2^64 - 1) / total), plus one
        // when total divides 2^64 (the remainder of 2^64 - 1 is then total - 1).
        let m = if total == 1 {
            u64::MAX
        } else {
            u64::MAX / total + (u64::MAX % total == total - 1) as u64
        };
        Some(U16Share { total, m })
    }

    /// The total and the reciprocal `floor(2^64 / total)` (see [`U16Share::of`]).
    pub(crate) fn parts(&self) -> (u64, u64) {
        (self.total, self.m)
    }

    /// `floor(v * 2^32 / total)`.
    #[inline(always)]
    pub fn of(&self, v: u16) -> Fx {
        let q = ((v as u128 * self.m as u128) >> 32) as u64;
        let r = ((v as u64) << 32) - q * self.total;
        Fx::from_bits((q + (r >= self.total) as u64) as i64)
    }
}

/// `I32F32::saturating_from_num(safe_div(x, sum))` for `I64F64` stake normalization, exactly.
///
/// When `0 <= x <= sum` the `I64F64` quotient floored to 32 fraction bits is
/// `floor(x * 2^32 / sum)`: estimated in floating point and corrected with the exact remainder,
/// or, for sums of 2^124 and more, found by a 32-step binary long division in `u128` (the
/// numerator does not fit 128 bits). Other cases use the fixed-point crate's own operations.
pub fn normalize_64_to_32(x: I64F64, sum: I64F64) -> Fx {
    StakeNormalizer::new(sum).apply(x)
}

/// Repeated [`normalize_64_to_32`] by one sum, with the floating-point reciprocal computed once.
#[derive(Debug, Clone, Copy)]
pub struct StakeNormalizer {
    sum: I64F64,
    inv: f64,
}

/// A non-negative `i128` as `f64` with two hardware conversions (close enough for an estimate).
#[inline]
fn approx_f64(x: i128) -> f64 {
    let x = x as u128;
    ((x >> 64) as u64) as f64 * 18446744073709551616.0 + (x as u64) as f64
}

impl StakeNormalizer {
    /// Prepare normalization by `sum`.
    pub fn new(sum: I64F64) -> Self {
        let sb = sum.to_bits();
        let inv = if sb > 0 {
            4294967296.0 / approx_f64(sb)
        } else {
            0.0
        };
        StakeNormalizer { sum, inv }
    }

    /// `normalize_64_to_32(x, sum)`.
    #[inline]
    pub fn apply(&self, x: I64F64) -> Fx {
        let (xb, sb) = (x.to_bits(), self.sum.to_bits());
        if xb >= 0 && sb > 0 && xb <= sb {
            if xb == sb {
                return ONE;
            }
            if sb < (1 << 124) {
                // The estimate is within a few units; the remainder stays within a few multiples
                // of `sum` (< 2^126), so wrapping u128 math is exact.
                let est = (approx_f64(xb) * self.inv) as i64;
                let mut q = est.clamp(0, 1 << 32);
                let mut r =
                    ((xb as u128) << 32).wrapping_sub((q as u128).wrapping_mul(sb as u128)) as i128;
                while r < 0 {
                    q -= 1;
                    r += sb;
                }
                while r >= sb {
                    q += 1;
                    r -= sb;
                }
                return Fx::from_bits(q);
            }
            let s = sb as u128;
            let mut r = xb as u128;
            let mut q: i64 = 0;
            for _ in 0..32 {
                // r < s < 2^127, so 2r fits.
                r <<= 1;
                q <<= 1;
                if r >= s {
                    r -= s;
                    q |= 1;
                }
            }
            return Fx::from_bits(q);
        }
        Fx::saturating_from_num(safe_div64(x, self.sum))
    }
}

/// [`safe_div`] for `I64F64`.
#[inline]
pub fn safe_div64(a: I64F64, b: I64F64) -> I64F64 {
    a.checked_div(b).unwrap_or(I64F64::from_bits(0))
}

/// [`safe_div`] for `U96F32`.
#[inline]
pub fn safe_div_u96(a: U96F32, b: U96F32) -> U96F32 {
    a.checked_div(b).unwrap_or(U96F32::from_bits(0))
}

/// The chain's plain `iter().sum()` over `Fx`: wrapping addition, as in a release build.
#[inline]
pub fn plain_sum<'a>(values: impl IntoIterator<Item = &'a Fx>) -> Fx {
    values.into_iter().fold(ZERO, |acc, v| {
        Fx::from_bits(acc.to_bits().wrapping_add(v.to_bits()))
    })
}

/// The chain's plain `iter().sum()` over `I64F64` (wrapping).
#[inline]
pub fn plain_sum64(values: &[I64F64]) -> I64F64 {
    values.iter().fold(I64F64::from_bits(0), |acc, v| {
        I64F64::from_bits(acc.to_bits().wrapping_add(v.to_bits()))
    })
}

/// `floor(x * 65535)` saturated into `u16` (negative values give 0).
#[inline]
pub fn fixed_proportion_to_u16(x: Fx) -> u16 {
    let b = x.to_bits();
    if (0..1 << 47).contains(&b) {
        // The product fits 63 bits: its integer part, capped.
        return ((b * 65535) >> 32).min(65535) as u16;
    }
    x.saturating_mul(U16_MAX_FX).saturating_to_num::<u16>()
}

/// `x / 65535` (truncated): a stored u16 proportion read back as a fraction.
#[inline]
pub fn u16_proportion_to_fixed(x: u16) -> Fx {
    safe_div(Fx::from_num(x), U16_MAX_FX)
}

/// Divide every value by the plain sum, unless the sum is zero (then leave the vector as is).
pub fn inplace_normalize(x: &mut [Fx]) {
    let sum = plain_sum(x.iter());
    inplace_normalize_using_sum(x, sum);
}

/// Divide every value by `sum`, unless `sum` is zero.
pub fn inplace_normalize_using_sum(x: &mut [Fx], sum: Fx) {
    if sum == ZERO {
        return;
    }
    let d = Divisor::new(sum);
    for v in x.iter_mut() {
        *v = d.div(*v);
    }
}

/// [`inplace_normalize`] in `I64F64`.
pub fn inplace_normalize_64(x: &mut [I64F64]) {
    let sum = plain_sum64(x);
    if sum == I64F64::from_bits(0) {
        return;
    }
    for v in x.iter_mut() {
        *v = safe_div64(*v, sum);
    }
}

/// Top-k by value among non-zero entries, as the chain elects validator permits.
///
/// An entry is true when it is non-zero; when `n >= k`, the `n - k` smallest entries (stable
/// ascending sort, so among equal values the lower uid goes first) are set to false.
pub fn is_topk_nonzero(v: &[Fx], k: usize) -> Vec<bool> {
    let n = v.len();
    let mut out: Vec<bool> = v.iter().map(|x| *x != ZERO).collect();
    if n < k {
        return out;
    }
    if k == 0 {
        return vec![false; n];
    }
    // In a stable ascending sort by value (ties by index) the first `n - k` positions are
    // dropped; keys `(value, index)` are distinct, so a selection finds the same set.
    if n <= 1 << 16 && v.iter().all(|x| (0..1i64 << 47).contains(&x.to_bits())) {
        // The same keys packed into one integer, `value << 16 | index`, which orders alike.
        let mut keys: Vec<u64> = v
            .iter()
            .enumerate()
            .map(|(i, x)| (x.to_bits() as u64) << 16 | i as u64)
            .collect();
        keys.select_nth_unstable(n - k);
        for &key in &keys[..n - k] {
            out[(key & 0xffff) as usize] = false;
        }
        return out;
    }
    let mut idx: Vec<usize> = (0..n).collect();
    idx.select_nth_unstable_by_key(n - k, |&i| (v[i], i));
    for &i in &idx[..n - k] {
        out[i] = false;
    }
    out
}

/// `vec_max_upscale_to_u16` as the chain's `set_weights` applies it to a submitted row.
///
/// With `m` the maximum: if `m == 0` every value becomes `floor(e * 65535)`; if `m > 32768`,
/// `round(e * (65535 / m))`; otherwise `round(e * 65535 / m)`. Rounding is half away from zero,
/// all operations in `I32F32` with the chain's truncation rules, results saturated into `u16`.
pub fn vec_max_upscale_to_u16(v: &[Fx]) -> Vec<u16> {
    let threshold = Fx::from_num(32768);
    let Some(&max) = v.iter().max() else {
        return Vec::new();
    };
    if max == ZERO {
        return v
            .iter()
            .map(|e| e.saturating_mul(U16_MAX_FX).saturating_to_num::<u16>())
            .collect();
    }
    if max > threshold {
        let ratio = safe_div(U16_MAX_FX, max);
        return v
            .iter()
            .map(|e| e.saturating_mul(ratio).round().saturating_to_num::<u16>())
            .collect();
    }
    v.iter()
        .map(|e| {
            safe_div(e.saturating_mul(U16_MAX_FX), max)
                .round()
                .saturating_to_num::<u16>()
        })
        .collect()
}

/// The chain's `vec_u16_max_upscale_to_u16`: [`vec_max_upscale_to_u16`] on u16 values.
pub fn vec_u16_max_upscale_to_u16(v: &[u16]) -> Vec<u16> {
    let fx: Vec<Fx> = v.iter().map(|&e| Fx::from_num(e)).collect();
    vec_max_upscale_to_u16(&fx)
}

/// `value` clamped into `[low, high]` as the chain does it (`min(high)` first, then `max(low)`).
#[inline]
pub fn clamp_value(value: Fx, low: Fx, high: Fx) -> Fx {
    value.min(high).max(low)
}

/// The exponential of the fixed-point crate (`transcendental::exp` for `I32F32`), bit for bit.
///
/// The crate sums the Taylor series `1 + x + x²/2! + …` over the terms `2..32` with a running
/// `term = floor(term * x) / i` (truncated), on `|x|`, and returns `1 / result` for a negative
/// input; any overflow is an error (`None`). This transcription does the same integer steps on the raw
/// bits and stops early once the running term is zero (every later term would be zero too).
pub fn exp_fixed(x: Fx) -> Option<Fx> {
    if x == ZERO || x == ONE {
        // The crate special-cases these two (1 and its stored constant e).
        return substrate_fixed::transcendental::exp::<Fx, Fx>(x).ok();
    }
    let neg = x < ZERO;
    let operand: i64 = if neg {
        x.to_bits().checked_neg()?
    } else {
        x.to_bits()
    };
    let mut result: i64 = operand.checked_add(1 << 32)?;
    // The terms are non-negative; each step is `term = floor(term * x) / i` for i = 2..=31,
    // unrolled so every division is by a constant.
    let x = operand as u128;
    let mut term = operand as u64;
    macro_rules! step {
        ($($i:literal)*) => {$(
            if term == 0 {
                return finish(result, neg);
            }
            let prod = (term as u128) * x;
            // Overflow exactly when the crate's widened multiplication overflows.
            if prod >= (1u128 << 95) {
                return None;
            }
            term = ((prod >> 32) as u64) / $i;
            result = result.checked_add(term as i64)?;
        )*};
    }
    step!(2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31);
    finish(result, neg)
}

/// The last step of [`exp_fixed`]: the result, or `1 / result` (truncated) for a negative input.
#[inline]
fn finish(result: i64, neg: bool) -> Option<Fx> {
    if !neg {
        return Some(Fx::from_bits(result));
    }
    if result <= 0 {
        return None;
    }
    reciprocal(result)
}

/// `1 / d` for `I32F32` bits `d > 0`, truncated: `floor(2^64 / d)`, or `None` when that does not
/// fit (`d < 2`). Estimated in floating point, then corrected with the exact remainder.
#[inline]
fn reciprocal(d: i64) -> Option<Fx> {
    let r64 = d as u128;
    let mut q = ((18446744073709551616.0f64 / d as f64) as u128).min(1u128 << 64);
    loop {
        let prod = q * r64;
        if prod > (1u128 << 64) {
            q -= 1;
        } else if (1u128 << 64) - prod >= r64 {
            q += 1;
        } else {
            break;
        }
    }
    if q > i64::MAX as u128 {
        return None;
    }
    Some(Fx::from_bits(q as i64))
}

/// The chain's `exp_safe`: clamps the input to `[-20, 20]`; on an error returns 0 for a
/// non-positive input and the maximum value otherwise.
pub fn exp_safe(input: Fx) -> Fx {
    let lo = Fx::from_num(-20);
    let hi = Fx::from_num(20);
    let x = if input < lo {
        lo
    } else if hi < input {
        hi
    } else {
        input
    };
    match exp_fixed(x) {
        Some(v) => v,
        None => {
            if x <= ZERO {
                ZERO
            } else {
                Fx::max_value()
            }
        }
    }
}

/// Liquid alpha for one (validator, miner) cell, as the chain's `alpha_sigmoid`.
///
/// `diff = clamp(w - c, 0, 1)` when `w >= b`, else `clamp(b - w, 0, 1)`;
/// `sigma = 1 / (1 + exp_safe((steep / -100) * (diff - 0.5)))`;
/// the result is `clamp(low + sigma * (high - low), low, high)`.
pub fn alpha_sigmoid(c: Fx, w: Fx, b: Fx, low: Fx, high: Fx, steep_over_minus_100: Fx) -> Fx {
    let diff = if w >= b {
        clamp_value(w.saturating_sub(c), ZERO, ONE)
    } else {
        clamp_value(b.saturating_sub(w), ZERO, ONE)
    };
    let half = Fx::from_bits(1 << 31);
    let e = exp_safe(mul(steep_over_minus_100, diff.saturating_sub(half)));
    // `1 / (1 + e)` with `1 + e >= 1`: the crate's division cannot overflow here.
    let denominator = ONE.saturating_add(e);
    let sigmoid =
        reciprocal(denominator.to_bits()).unwrap_or_else(|| ONE.saturating_div(denominator));
    let alpha = low.saturating_add(mul(sigmoid, high.saturating_sub(low)));
    clamp_value(alpha, low, high)
}

/// `floor(I96F32(x) * I96F32(rao))` saturated into `u64`: a normalized share of `rao`.
#[inline]
pub fn share_of_rao(x: Fx, rao: u64) -> u64 {
    // Both have 32 fraction bits, so the I96F32 product's bits are exactly `x_bits * rao`
    // (|x_bits| < 2^63 and rao < 2^64: it always fits); the conversion floors and saturates.
    let bits = (x.to_bits() as i128) * (rao as i128);
    (bits >> 32).clamp(0, u64::MAX as i128) as u64
}

/// `I64F64(alpha) + I64F64(tao) * tao_weight`, saturating, as the chain combines stakes.
///
/// For stakes below 2^63 rao and a weight in `[0, 1]` the product's bits are exactly
/// `tao * weight_bits` and nothing saturates but the final sum; otherwise the crate's own
/// operations are used.
pub fn total_stake(alpha: u64, tao: u64, tao_weight: I64F64) -> I64F64 {
    let w = tao_weight.to_bits();
    if alpha < (1 << 63) && tao < (1 << 63) && (0..=(1i128 << 64)).contains(&w) {
        let a = (alpha as i128) << 64;
        return I64F64::from_bits(a.saturating_add(tao as i128 * w));
    }
    I64F64::saturating_from_num(alpha)
        .saturating_add(I64F64::saturating_from_num(tao).saturating_mul(tao_weight))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 64-bit linear congruential generator: reproducible inputs for the known-answer loops.
    fn lcg(seed: u64) -> impl FnMut() -> u64 {
        let mut state = seed;
        move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            state
        }
    }

    fn fx(bits: i64) -> Fx {
        Fx::from_bits(bits)
    }

    #[test]
    fn proportion_to_u16_truncates() {
        assert_eq!(fixed_proportion_to_u16(Fx::from_num(0.5)), 32767);
        assert_eq!(fixed_proportion_to_u16(ONE), 65535);
        assert_eq!(fixed_proportion_to_u16(ZERO), 0);
        assert_eq!(fixed_proportion_to_u16(Fx::from_num(2)), 65535);
        assert_eq!(fixed_proportion_to_u16(Fx::from_num(-1)), 0);
    }

    /// The fast paths of the proportion conversion, the saturating addition and the column
    /// divisor equal the crate's own operations (with the chain's skip on a zero column sum).
    #[test]
    fn proportion_add_and_column_divisor_match_the_crate() {
        let mut next = lcg(5);
        let edges = [
            0i64,
            1,
            (1 << 32) - 1,
            1 << 32,
            (1 << 47) - 1,
            1 << 47,
            i64::MAX,
        ];
        for t in 0..300_000u32 {
            let pick = |r: u64| {
                if r.is_multiple_of(8) {
                    let e = edges[(r >> 8) as usize % edges.len()];
                    if r & 16 == 0 { e } else { e.wrapping_neg() }
                } else {
                    (r >> (r % 64)) as i64
                }
            };
            let (a, b) = (fx(pick(next())), fx(pick(next())));
            assert_eq!(
                fixed_proportion_to_u16(a),
                a.saturating_mul(U16_MAX_FX).saturating_to_num::<u16>(),
                "{a:?}"
            );
            assert_eq!(sat_add(a, b), a.saturating_add(b), "{a:?} + {b:?}");
            let b = if t.is_multiple_of(16) { ZERO } else { b };
            let want = if b == ZERO { a } else { safe_div(a, b) };
            assert_eq!(Divisor::column(b).div(a), want, "{a:?} / {b:?}");
        }
    }

    /// A u16 value's share of a total equals the crate's division for every value, over totals
    /// from 1 to just below 2^31.
    #[test]
    fn u16_share_matches_safe_div() {
        let mut next = lcg(11);
        let mut totals: Vec<u64> = vec![1, 2, 3, 65535, 65536, 65537, (1 << 31) - 1];
        totals.extend((0..400).map(|_| 1 + (next() >> (33 + next() % 31))));
        // Powers of two (which divide 2^64) and their neighbours.
        totals.extend((1..31).flat_map(|k| [(1u64 << k) - 1, 1 << k, (1 << k) + 1]));
        assert!(U16Share::new(0).is_none() && U16Share::new(1 << 31).is_none());
        for total in totals {
            let share = U16Share::new(total).unwrap();
            if total > 1 {
                assert_eq!(
                    share.parts().1 as u128,
                    (1u128 << 64) / total as u128,
                    "{total}"
                );
            }
            let t = fx((total as i64) << 32);
            for v in (0..=u16::MAX)
                .step_by(1 + (next() % 97) as usize)
                .chain([u16::MAX])
            {
                let want = safe_div(Fx::from_num(v), t);
                assert_eq!(share.of(v), want, "{v} / {total}");
            }
        }
    }

    #[test]
    fn u16_proportion_roundtrip_loses_at_most_one() {
        for x in [0u16, 1, 2, 100, 32767, 32768, 65534, 65535] {
            let back = fixed_proportion_to_u16(u16_proportion_to_fixed(x));
            assert!(back == x || back + 1 == x, "{x} -> {back}");
        }
        assert_eq!(u16_proportion_to_fixed(65535), ONE);
    }

    #[test]
    fn safe_div_is_zero_on_zero_and_overflow() {
        assert_eq!(safe_div(ONE, ZERO), ZERO);
        assert_eq!(safe_div(Fx::max_value(), fx(1)), ZERO);
        assert_eq!(safe_div(ONE, Fx::from_num(3)).to_bits(), 1431655765);
        assert_eq!(
            safe_div(Fx::from_num(-1), Fx::from_num(3)).to_bits(),
            -1431655765
        );
    }

    #[test]
    fn divisor_matches_safe_div() {
        let mut next = lcg(12345);
        let special = [
            0i64,
            1,
            2,
            3,
            (1 << 32) - 1,
            1 << 32,
            (1 << 32) + 1,
            i64::MAX,
            -1,
            i64::MIN,
        ];
        for _ in 0..200_000 {
            let shift_a = next() % 64;
            let shift_b = next() % 64;
            let a = (next() >> shift_a) as i64;
            let b = (next() >> shift_b) as i64;
            let a = if next().is_multiple_of(16) { -a } else { a };
            for (a, b) in [
                (a, b),
                (special[(next() % 10) as usize], b),
                (a, special[(next() % 10) as usize]),
            ] {
                assert_eq!(
                    Divisor::new(fx(b)).div(fx(a)),
                    safe_div(fx(a), fx(b)),
                    "{a} / {b}"
                );
            }
        }
    }

    /// Dividends whose quotient lands exactly on, just below or just above an integer, where
    /// a floating-point estimate is most likely to be off by one, and quotients around the
    /// estimate's limit of 2^48.
    #[test]
    fn divisor_is_exact_next_to_integer_quotients() {
        let mut next = lcg(7);
        for _ in 0..200_000 {
            let b = ((next() >> (next() % 63)) as i64).max(1);
            let q = (next() >> (14 + next() % 50)) as i128;
            // a * 2^32 close to q * b from either side.
            let base = (q * b as i128) >> 32;
            for d in -2..=2i128 {
                let a = base + d;
                if !(0..=i64::MAX as i128).contains(&a) {
                    continue;
                }
                let (a, b) = (fx(a as i64), fx(b));
                assert_eq!(Divisor::new(b).div(a), safe_div(a, b), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn mul_matches_the_crate() {
        let mut next = lcg(99);
        let special = [
            0i64,
            1,
            -1,
            1 << 32,
            -(1 << 32),
            i64::MAX,
            i64::MIN,
            1 << 47,
            -(1 << 47),
        ];
        for _ in 0..200_000 {
            let a = (next() as i64) >> (next() % 64);
            let b = (next() as i64) >> (next() % 64);
            let sa = special[(next() % 9) as usize];
            for (a, b) in [(a, b), (sa, b), (a, sa)] {
                assert_eq!(mul(fx(a), fx(b)), fx(a).saturating_mul(fx(b)), "{a} * {b}");
            }
        }
    }

    #[test]
    fn stake_normalization_matches_the_crate() {
        let mut next64 = lcg(777);
        let mut next = || next64() as u128;
        for _ in 0..100_000 {
            let s = ((next() << 64 | next()) >> (next() % 127)) as i128;
            let x = if next() % 8 == 0 {
                s
            } else {
                ((next() << 64 | next()) >> (next() % 128)) as i128
            };
            let (x, s) = (I64F64::from_bits(x), I64F64::from_bits(s));
            let expected = Fx::saturating_from_num(safe_div64(x, s));
            assert_eq!(normalize_64_to_32(x, s), expected, "{x} / {s}");
        }
    }

    #[test]
    fn multiplication_floors() {
        // (-1 ulp) * 0.5 = -0.5 ulp, floored to -1 ulp.
        assert_eq!(fx(-1).saturating_mul(Fx::from_num(0.5)).to_bits(), -1);
        assert_eq!(fx(1).saturating_mul(Fx::from_num(0.5)).to_bits(), 0);
    }

    #[test]
    fn normalize_sums_to_one_within_truncation() {
        let mut v = vec![Fx::from_num(1), Fx::from_num(2), Fx::from_num(4)];
        inplace_normalize(&mut v);
        let s = plain_sum(v.iter());
        assert!(s <= ONE && ONE.to_bits() - s.to_bits() < 3);
        let mut z = vec![ZERO; 3];
        inplace_normalize(&mut z);
        assert_eq!(z, vec![ZERO; 3]);
    }

    #[test]
    fn topk_nonzero_drops_lowest_and_ties_by_uid() {
        let v = [fx(5), fx(1), fx(1), fx(0), fx(9)];
        assert_eq!(
            is_topk_nonzero(&v, 2),
            vec![true, false, false, false, true]
        );
        assert_eq!(is_topk_nonzero(&v, 3), vec![true, false, true, false, true]);
        assert_eq!(is_topk_nonzero(&v, 10), vec![true, true, true, false, true]);
        assert_eq!(is_topk_nonzero(&v, 0), vec![false; 5]);
        assert_eq!(is_topk_nonzero(&v, 5), vec![true, true, true, false, true]);
        assert_eq!(
            is_topk_nonzero(&v, 1),
            vec![false, false, false, false, true]
        );
    }

    #[test]
    fn topk_matches_a_stable_sort() {
        let mut state: u64 = 5;
        for round in 0..2000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = (state % 40) as usize;
            let k = ((state >> 8) % 45) as usize;
            let v: Vec<Fx> = (0..n)
                // Every fifth round holds negative values (the general path), the rest not.
                .map(|i| {
                    fx(((state >> (i % 50)) % 4) as i64 * (round % 3) - (round % 5 == 0) as i64)
                })
                .collect();
            let mut expected: Vec<bool> = v.iter().map(|x| *x != ZERO).collect();
            if n >= k {
                let mut idx: Vec<usize> = (0..n).collect();
                idx.sort_by_key(|&i| v[i]);
                for &i in idx.iter().take(n - k) {
                    expected[i] = false;
                }
            }
            assert_eq!(is_topk_nonzero(&v, k), expected, "{v:?} k={k}");
        }
    }

    #[test]
    fn max_upscale_known_answers() {
        assert_eq!(
            vec_u16_max_upscale_to_u16(&[1, 2, 4]),
            vec![16384, 32768, 65535]
        );
        assert_eq!(vec_u16_max_upscale_to_u16(&[0, 0]), vec![0, 0]);
        assert_eq!(
            vec_u16_max_upscale_to_u16(&[65535, 0, 1]),
            vec![65535, 0, 1]
        );
        // Above 32768 the ratio 65535/40000 is truncated first, so 20000 lands below 32767.5.
        assert_eq!(
            vec_u16_max_upscale_to_u16(&[40000, 20000]),
            vec![65535, 32767]
        );
        assert_eq!(vec_u16_max_upscale_to_u16(&[3, 1]), vec![65535, 21845]);
        assert_eq!(vec_u16_max_upscale_to_u16(&[]), Vec::<u16>::new());
    }

    #[test]
    fn exp_matches_the_crate() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let check = |x: Fx| {
            let ours = exp_fixed(x);
            let crate_exp = substrate_fixed::transcendental::exp::<Fx, Fx>(x).ok();
            assert_eq!(ours, crate_exp, "exp({x})");
        };
        for k in -2000..=2000 {
            check(Fx::from_num(k) / 100);
        }
        for _ in 0..50000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let bits = ((state >> 11) as i64) % (20i64 << 32);
            check(fx(bits));
            // Anywhere in the range, including inputs whose series overflows.
            check(fx((state as i64) >> (state % 40)));
        }
        for bits in [
            -1i64,
            1,
            2,
            (1 << 32) - 1,
            (1 << 32) + 1,
            -(1 << 32),
            20 << 32,
        ] {
            check(fx(bits));
        }
    }

    #[test]
    fn exp_safe_clamps() {
        assert_eq!(exp_safe(Fx::from_num(100)), exp_safe(Fx::from_num(20)));
        assert_eq!(exp_safe(Fx::from_num(-100)), exp_safe(Fx::from_num(-20)));
        assert_eq!(exp_safe(ZERO), ONE);
    }

    #[test]
    fn reciprocal_matches_the_crate() {
        let mut state: u64 = 4242;
        for _ in 0..100_000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let d = ((state >> 1) >> (state % 63)).max(1) as i64;
            let expected = ONE.checked_div(fx(d));
            assert_eq!(reciprocal(d), expected, "1 / {d}");
        }
        for d in [1i64, 2, 3, (1 << 32) - 1, 1 << 32, (1 << 32) + 1, i64::MAX] {
            assert_eq!(reciprocal(d), ONE.checked_div(fx(d)), "1 / {d}");
        }
    }

    #[test]
    fn sigmoid_stays_in_range() {
        let lo = u16_proportion_to_fixed(45875);
        let hi = u16_proportion_to_fixed(58982);
        let steep = Fx::from_num(1000).saturating_div(Fx::from_num(-100));
        for (c, w, b) in [
            (0.5, 0.9, 0.1),
            (0.5, 0.1, 0.9),
            (0.0, 0.0, 0.0),
            (1.0, 1.0, 0.0),
        ] {
            let a = alpha_sigmoid(
                Fx::from_num(c),
                Fx::from_num(w),
                Fx::from_num(b),
                lo,
                hi,
                steep,
            );
            assert!(a >= lo && a <= hi);
        }
        // A large positive difference pushes alpha to the high end.
        let a = alpha_sigmoid(ZERO, ONE, ZERO, lo, hi, steep);
        assert!(hi.to_bits() - a.to_bits() < (hi.to_bits() - lo.to_bits()) / 100);
    }

    #[test]
    fn fast_paths_match_the_crate() {
        let mut next = lcg(31337);
        for _ in 0..100_000 {
            let x = fx((next() as i64) >> (next() % 64));
            let rao = next() >> (next() % 64);
            let expected = I96F32::saturating_from_num(x)
                .saturating_mul(I96F32::saturating_from_num(rao))
                .saturating_to_num::<u64>();
            assert_eq!(share_of_rao(x, rao), expected, "{x} * {rao}");

            let alpha = next() >> (next() % 64);
            let tao = next() >> (next() % 64);
            let raw = next() >> (next() % 64);
            let tw = I64F64::saturating_from_num(
                U96F32::saturating_from_num(raw)
                    .checked_div(U96F32::saturating_from_num(u64::MAX))
                    .unwrap(),
            );
            let expected = I64F64::saturating_from_num(alpha)
                .saturating_add(I64F64::saturating_from_num(tao).saturating_mul(tw));
            assert_eq!(total_stake(alpha, tao, tw), expected, "{alpha} {tao} {raw}");
        }
    }

    #[test]
    fn share_of_rao_floors() {
        assert_eq!(share_of_rao(Fx::from_num(0.5), 3), 1);
        assert_eq!(share_of_rao(ONE, u64::MAX), u64::MAX);
        assert_eq!(share_of_rao(ZERO, 1000), 0);
    }
}
