//! Exact decimal rendering of integer ratios and fixed-point numbers (no floats).

/// `num / den` as a decimal string with exactly `decimals` digits after the point, truncated
/// toward zero. `den` must not be zero.
pub fn ratio_decimal(num: u128, den: u128, decimals: u32) -> String {
    assert!(den != 0, "division by zero");
    let whole = num / den;
    let mut rem = num % den;
    if decimals == 0 {
        return whole.to_string();
    }
    let mut frac = String::with_capacity(decimals as usize);
    for _ in 0..decimals {
        // rem < den; multiply by 10 without overflow by splitting when needed.
        let (digit, next) = times_ten_div(rem, den);
        frac.push(char::from(b'0' + digit));
        rem = next;
    }
    format!("{whole}.{frac}")
}

/// (10·rem / den, 10·rem mod den) for rem < den, without overflowing u128.
fn times_ten_div(rem: u128, den: u128) -> (u8, u128) {
    if let Some(t) = rem.checked_mul(10) {
        return ((t / den) as u8, t % den);
    }
    // rem·10 overflows: add rem ten times with wrap-aware subtraction.
    let mut digit = 0u8;
    let mut acc: u128 = 0;
    for _ in 0..10 {
        // acc + rem may reach den (or overflow); reduce modulo den.
        let room = den - acc;
        if rem >= room {
            acc = rem - room;
            digit += 1;
        } else {
            acc += rem;
        }
    }
    (digit, acc)
}

/// `num / den`, truncated, as an integer (u128).
pub fn mul_div(a: u128, b: u128, den: u128) -> Option<u128> {
    if den == 0 {
        return None;
    }
    match a.checked_mul(b) {
        Some(p) => Some(p / den),
        None => {
            // (a / den) * b + (a % den) * b / den, each step checked.
            let q = a / den;
            let r = a % den;
            let hi = q.checked_mul(b)?;
            let lo = r.checked_mul(b)? / den;
            hi.checked_add(lo)
        }
    }
}

/// A signed fixed-point number with `frac_bits` fractional bits as a decimal string with
/// `decimals` digits, truncated toward zero.
pub fn fixed_decimal(bits: i128, frac_bits: u32, decimals: u32) -> String {
    let neg = bits < 0;
    let mag = bits.unsigned_abs();
    let s = ufixed_decimal(mag, frac_bits, decimals);
    if neg && s.bytes().any(|b| b != b'0' && b != b'.') {
        format!("-{s}")
    } else {
        s
    }
}

/// An unsigned fixed-point number with `frac_bits` fractional bits as a decimal string.
pub fn ufixed_decimal(bits: u128, frac_bits: u32, decimals: u32) -> String {
    let whole = if frac_bits >= 128 {
        0
    } else {
        bits >> frac_bits
    };
    let frac_mask = if frac_bits >= 128 {
        u128::MAX
    } else {
        (1u128 << frac_bits) - 1
    };
    let mut frac = bits & frac_mask;
    let mut out = format!("{whole}");
    if decimals == 0 {
        return out;
    }
    out.push('.');
    for _ in 0..decimals {
        // frac < 2^frac_bits; frac·10 fits in u128 when frac_bits ≤ 124.
        let t = frac * 10;
        out.push(char::from(b'0' + (t >> frac_bits) as u8));
        frac = t & frac_mask;
    }
    out
}

/// A u16 proportion (x / 65535) as a decimal with `decimals` digits.
pub fn u16_fraction(x: u16, decimals: u32) -> String {
    ratio_decimal(u128::from(x), 65_535, decimals)
}

/// Trim trailing zeros (and a trailing point) from a decimal string.
pub fn trim(s: &str) -> String {
    if !s.contains('.') {
        return s.to_string();
    }
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_exact_and_truncated() {
        assert_eq!(ratio_decimal(1, 3, 5), "0.33333");
        assert_eq!(ratio_decimal(2, 3, 3), "0.666");
        assert_eq!(ratio_decimal(10, 4, 2), "2.50");
        assert_eq!(ratio_decimal(7, 1, 0), "7");
        // Near the top of u128: rem·10 overflows and is handled.
        let den = u128::MAX;
        assert_eq!(ratio_decimal(den / 2, den, 4), "0.4999");
        assert_eq!(ratio_decimal(den - 1, den, 3), "0.999");
    }

    #[test]
    fn fixed_point_renders_exactly() {
        // I96F32 1.5
        assert_eq!(fixed_decimal(3i128 << 31, 32, 9), "1.500000000");
        assert_eq!(fixed_decimal(-(3i128 << 31), 32, 3), "-1.500");
        assert_eq!(fixed_decimal(-1, 32, 3), "0.000");
        // U64F64 0.25
        assert_eq!(ufixed_decimal(1u128 << 62, 64, 4), "0.2500");
        assert_eq!(u16_fraction(65535, 4), "1.0000");
        assert_eq!(u16_fraction(32768, 6), "0.500007");
        assert_eq!(trim("1.2300"), "1.23");
        assert_eq!(trim("2.000"), "2");
        assert_eq!(trim("10"), "10");
    }

    #[test]
    fn mul_div_avoids_overflow() {
        assert_eq!(mul_div(10, 20, 3), Some(66));
        let big = u128::from(u64::MAX);
        assert_eq!(mul_div(big, big, big), Some(big));
        assert_eq!(mul_div(1, 1, 0), None);
    }
}
