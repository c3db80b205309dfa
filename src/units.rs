//! Exact amounts: TAO and subnet alpha are integers of rao (1 TAO = 10^9 rao), never floats.
//!
//! Parsing accepts plain decimal notation with at most 9 fractional digits (`1`, `1.5`, `.5`,
//! `0.000000001`) and rejects signs, exponents, spaces, more than 9 decimals and values above
//! `u64::MAX` rao. Formatting is exact too.
//!
//! The fixed-point ratios of the Yuma engine (I32F32: the value is the bit pattern divided by
//! 2^32) are shown as decimals rounded to a few digits, computed on the exact value. Every signed
//! quantity here follows one rule: a value of exactly zero has no sign; any other value carries
//! its own sign, even when it rounds to zero at the digits shown.

use serde_json::{Value, json};

use crate::error::{Diagnostic, ExitStatus};

/// Rao per TAO (and per alpha).
pub const RAO_PER_TAO: u64 = 1_000_000_000;
/// Number of decimals of TAO and alpha.
pub const DECIMALS: usize = 9;

/// Why an amount could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    /// Nothing was given.
    #[error("the amount is empty")]
    Empty,
    /// A leading minus sign.
    #[error("the amount `{0}` is negative")]
    Negative(String),
    /// More than nine digits after the point.
    #[error("the amount `{0}` has more than 9 decimals (the smallest unit is 1 rao = 0.000000001)")]
    TooPrecise(String),
    /// Larger than u64::MAX rao.
    #[error("the amount `{0}` is too large (the maximum is 18446744073.709551615 TAO)")]
    Overflow(String),
    /// Not a decimal number.
    #[error("`{0}` is not a decimal number")]
    Invalid(String),
}

impl Diagnostic for AmountError {
    fn code(&self) -> &'static str {
        match self {
            AmountError::Empty | AmountError::Invalid(_) => "amount.invalid",
            AmountError::Negative(_) => "amount.negative",
            AmountError::TooPrecise(_) => "amount.too_precise",
            AmountError::Overflow(_) => "amount.overflow",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        ExitStatus::Failure
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            AmountError::TooPrecise(_) => "round the amount to at most 9 decimals".into(),
            AmountError::Overflow(_) => "amounts must fit in 64 bits of rao".into(),
            AmountError::Negative(_) => "amounts are never negative".into(),
            _ => "write amounts as plain decimals, for example `1.5` or `0.25`".into(),
        })
    }
}

/// Parse a decimal amount with up to 9 decimals into rao.
pub fn parse_decimal(text: &str) -> Result<u64, AmountError> {
    let s = text.trim();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    if s.starts_with('-') {
        return Err(AmountError::Negative(s.to_string()));
    }
    let s_body = s.strip_prefix('+').unwrap_or(s);
    let (int_part, frac_part) = match s_body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s_body, None),
    };
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int_part) || frac_part.is_some_and(|f| !all_digits(f)) {
        return Err(AmountError::Invalid(s.to_string()));
    }
    if int_part.is_empty() && frac_part.is_none_or(str::is_empty) {
        return Err(AmountError::Invalid(s.to_string()));
    }
    let frac = frac_part.unwrap_or("");
    let frac_trimmed = frac.trim_end_matches('0');
    if frac_trimmed.len() > DECIMALS {
        return Err(AmountError::TooPrecise(s.to_string()));
    }
    let int_trimmed = int_part.trim_start_matches('0');
    let overflow = || AmountError::Overflow(s.to_string());
    // At most 20 digits fit u64; longer strings of significant digits overflow.
    if int_trimmed.len() > 20 {
        return Err(overflow());
    }
    let whole: u64 = if int_trimmed.is_empty() {
        0
    } else {
        int_trimmed.parse().map_err(|_| overflow())?
    };
    let mut frac_rao: u64 = 0;
    for (i, b) in frac_trimmed.bytes().enumerate() {
        frac_rao += u64::from(b - b'0') * 10u64.pow((DECIMALS - 1 - i) as u32);
    }
    whole
        .checked_mul(RAO_PER_TAO)
        .and_then(|r| r.checked_add(frac_rao))
        .ok_or_else(overflow)
}

/// Parse an integer number of rao.
pub fn parse_rao(text: &str) -> Result<u64, AmountError> {
    let s = text.trim();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    if s.starts_with('-') {
        return Err(AmountError::Negative(s.to_string()));
    }
    let body = s.strip_prefix('+').unwrap_or(s);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AmountError::Invalid(s.to_string()));
    }
    let trimmed = body.trim_start_matches('0');
    if trimmed.is_empty() {
        return Ok(0);
    }
    trimmed
        .parse()
        .map_err(|_| AmountError::Overflow(s.to_string()))
}

/// Rao as a decimal with trailing zeros removed: `1500000000` → `1.5`, `0` → `0`.
pub fn format_decimal(rao: u64) -> String {
    let whole = rao / RAO_PER_TAO;
    let frac = rao % RAO_PER_TAO;
    if frac == 0 {
        return whole.to_string();
    }
    let digits = format!("{frac:09}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// Rao as a decimal with all nine decimals: `1500000000` → `1.500000000`.
pub fn format_fixed(rao: u64) -> String {
    format!("{}.{:09}", rao / RAO_PER_TAO, rao % RAO_PER_TAO)
}

/// A TAO amount for humans: `τ1.500000000`.
pub fn display_tao(rao: u64) -> String {
    format!("τ{}", format_fixed(rao))
}

/// An alpha amount for humans with the subnet's token symbol: `1.500000000 α`.
pub fn display_alpha(rao: u64, symbol: &str) -> String {
    format!("{} {symbol}", format_fixed(rao))
}

/// Fractional bits of an I32F32 fixed-point number.
const I32F32_FRAC_BITS: u32 = 32;

/// `magnitude / 2^32` as a decimal with `decimals` digits (at most 18), rounded to nearest with
/// ties to even, prefixed by `sign`.
fn fixed_point_decimal(sign: &str, magnitude: u128, decimals: usize) -> String {
    let scale = 10u128.pow(decimals as u32);
    // magnitude < 2^65 and scale ≤ 10^18 < 2^60, so the product fits in 128 bits.
    let scaled = magnitude * scale;
    let mut q = scaled >> I32F32_FRAC_BITS;
    let rest = scaled & ((1u128 << I32F32_FRAC_BITS) - 1);
    let half = 1u128 << (I32F32_FRAC_BITS - 1);
    if rest > half || (rest == half && q % 2 == 1) {
        q += 1;
    }
    if decimals == 0 {
        return format!("{sign}{q}");
    }
    format!(
        "{sign}{}.{:0width$}",
        q / scale,
        q % scale,
        width = decimals
    )
}

fn sign_of(x: i128) -> &'static str {
    match x.signum() {
        -1 => "-",
        1 => "+",
        _ => "",
    }
}

/// An I32F32 number given as its bit pattern, as a decimal with `decimals` digits (at most 18),
/// rounded to nearest (ties to even): `2^31` → `0.500000` with 6 digits. A negative value keeps
/// its minus sign even when it rounds to zero; zero has none.
pub fn format_i32f32(bits: i64, decimals: usize) -> String {
    let sign = if bits < 0 { "-" } else { "" };
    fixed_point_decimal(sign, u128::from(bits.unsigned_abs()), decimals.min(18))
}

/// The difference `after − before` of two I32F32 numbers given as bit patterns, with nine
/// decimals and its sign: `+1.000000000`, `-0.500000000`. Equal values give `0`; a difference too
/// small for nine decimals still shows its sign (`+0.000000000`), because the value did change.
pub fn format_i32f32_delta(after: i64, before: i64) -> String {
    let d = i128::from(after) - i128::from(before);
    if d == 0 {
        return "0".into();
    }
    fixed_point_decimal(sign_of(d), d.unsigned_abs(), DECIMALS)
}

/// A signed difference of rao as an amount with all nine decimals: `+1.500000000`,
/// `-0.000000001`, and zero without a sign: `0.000000000`.
pub fn format_signed_rao(delta: i128) -> String {
    let abs = delta.unsigned_abs();
    let per = u128::from(RAO_PER_TAO);
    format!("{}{}.{:09}", sign_of(delta), abs / per, abs % per)
}

/// The JSON amount object for TAO: `{"rao":"1500000000","tao":"1.5"}`.
pub fn tao_json(rao: u64) -> Value {
    json!({ "rao": rao.to_string(), "tao": format_decimal(rao) })
}

/// The JSON amount object for alpha: `{"rao":"…","alpha":"…","netuid":N}`.
pub fn alpha_json(rao: u64, netuid: u16) -> Value {
    json!({ "rao": rao.to_string(), "alpha": format_decimal(rao), "netuid": netuid })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_plain_decimals() {
        assert_eq!(parse_decimal("1.5"), Ok(1_500_000_000));
        assert_eq!(parse_decimal("0"), Ok(0));
        assert_eq!(parse_decimal(".5"), Ok(500_000_000));
        assert_eq!(parse_decimal("5."), Ok(5_000_000_000));
        assert_eq!(parse_decimal("0.000000001"), Ok(1));
        assert_eq!(parse_decimal("1.0000000000"), Ok(RAO_PER_TAO));
        assert_eq!(parse_decimal("18446744073.709551615"), Ok(u64::MAX));
        assert_eq!(parse_decimal("00012"), Ok(12 * RAO_PER_TAO));
        assert_eq!(parse_decimal(" 2 "), Ok(2 * RAO_PER_TAO));
    }

    #[test]
    fn rejects_bad_decimals() {
        assert!(matches!(parse_decimal(""), Err(AmountError::Empty)));
        assert!(matches!(parse_decimal("-1"), Err(AmountError::Negative(_))));
        assert!(matches!(
            parse_decimal("0.0000000001"),
            Err(AmountError::TooPrecise(_))
        ));
        assert!(matches!(
            parse_decimal("18446744073.709551616"),
            Err(AmountError::Overflow(_))
        ));
        assert!(matches!(
            parse_decimal("99999999999999999999999"),
            Err(AmountError::Overflow(_))
        ));
        for bad in [
            "abc", "1e9", "1.2.3", ".", "1,5", "0x10", "١", "1 000", "NaN", "inf",
        ] {
            assert!(
                matches!(parse_decimal(bad), Err(AmountError::Invalid(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn parses_rao() {
        assert_eq!(parse_rao("1500000000"), Ok(1_500_000_000));
        assert_eq!(parse_rao("18446744073709551615"), Ok(u64::MAX));
        assert!(matches!(
            parse_rao("18446744073709551616"),
            Err(AmountError::Overflow(_))
        ));
        assert!(matches!(parse_rao("1.5"), Err(AmountError::Invalid(_))));
        assert!(matches!(parse_rao("-3"), Err(AmountError::Negative(_))));
    }

    #[test]
    fn formats() {
        assert_eq!(format_decimal(1_500_000_000), "1.5");
        assert_eq!(format_decimal(1), "0.000000001");
        assert_eq!(format_decimal(0), "0");
        assert_eq!(format_fixed(1_500_000_000), "1.500000000");
        assert_eq!(display_tao(2), "τ0.000000002");
        assert_eq!(
            tao_json(1_500_000_000).to_string(),
            r#"{"rao":"1500000000","tao":"1.5"}"#
        );
    }

    #[test]
    fn i32f32_as_decimals() {
        assert_eq!(format_i32f32(1 << 31, 6), "0.500000");
        assert_eq!(format_i32f32(0, 6), "0.000000");
        assert_eq!(format_i32f32(1 << 32, 6), "1.000000");
        assert_eq!(format_i32f32(-(1 << 30), 6), "-0.250000");
        assert_eq!(format_i32f32(-1, 6), "-0.000000");
        assert_eq!(format_i32f32(i64::MAX, 3), "2147483648.000");
        assert_eq!(format_i32f32(i64::MIN, 3), "-2147483648.000");
        assert_eq!(format_i32f32(3 << 31, 0), "2");
        // 2^-7 = 0.0078125 and 2^-10 = 0.0009765625 are ties at 6 and 9 decimals: to even.
        assert_eq!(format_i32f32(1 << 25, 6), "0.007812");
        assert_eq!(format_i32f32(3 << 25, 6), "0.023438");
        assert_eq!(format_i32f32(1 << 22, 9), "0.000976562");
    }

    #[test]
    fn i32f32_deltas_are_signed_and_zero_is_bare() {
        assert_eq!(format_i32f32_delta(5, 5), "0");
        assert_eq!(format_i32f32_delta(0, 1 << 31), "-0.500000000");
        assert_eq!(format_i32f32_delta(1 << 32, 0), "+1.000000000");
        assert_eq!(format_i32f32_delta(1, 0), "+0.000000000");
        assert_eq!(format_i32f32_delta(0, 1), "-0.000000000");
        assert_eq!(
            format_i32f32_delta(i64::MAX, i64::MIN),
            "+4294967296.000000000"
        );
    }

    #[test]
    fn signed_rao_has_no_sign_at_zero() {
        assert_eq!(format_signed_rao(-1_500_000_000), "-1.500000000");
        assert_eq!(format_signed_rao(1), "+0.000000001");
        assert_eq!(format_signed_rao(0), "0.000000000");
        assert_eq!(
            format_signed_rao(-i128::from(u64::MAX)),
            "-18446744073.709551615"
        );
    }

    proptest! {
        #[test]
        fn decimal_round_trips(rao in any::<u64>()) {
            prop_assert_eq!(parse_decimal(&format_decimal(rao)), Ok(rao));
            prop_assert_eq!(parse_decimal(&format_fixed(rao)), Ok(rao));
            prop_assert_eq!(parse_rao(&rao.to_string()), Ok(rao));
        }

        /// Within ±2^53 bits a float holds the value exactly, and Rust formats floats exactly
        /// with ties to even: both must agree.
        #[test]
        fn i32f32_agrees_with_exact_float_formatting(bits in -(1i64 << 53)..(1i64 << 53)) {
            let x = bits as f64 / 4294967296.0;
            prop_assert_eq!(format_i32f32(bits, 6), format!("{x:.6}"));
            prop_assert_eq!(format_i32f32(bits, 9), format!("{x:.9}"));
        }

        #[test]
        fn i32f32_delta_agrees_with_float_formatting(
            a in -(1i64 << 52)..(1i64 << 52),
            b in -(1i64 << 52)..(1i64 << 52),
        ) {
            let d = (a - b) as f64 / 4294967296.0;
            let expected = if a == b { "0".to_string() } else { format!("{d:+.9}") };
            prop_assert_eq!(format_i32f32_delta(a, b), expected);
        }

        #[test]
        fn parser_never_panics(s in ".{0,40}") {
            let _ = parse_decimal(&s);
            let _ = parse_rao(&s);
        }
    }
}
