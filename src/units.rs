//! Exact amounts: TAO and subnet alpha are integers of rao (1 TAO = 10^9 rao), never floats.
//!
//! Parsing accepts plain decimal notation with at most 9 fractional digits (`1`, `1.5`, `.5`,
//! `0.000000001`) and rejects signs, exponents, spaces, more than 9 decimals and values above
//! `u64::MAX` rao. Formatting is exact too.

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

    proptest! {
        #[test]
        fn decimal_round_trips(rao in any::<u64>()) {
            prop_assert_eq!(parse_decimal(&format_decimal(rao)), Ok(rao));
            prop_assert_eq!(parse_decimal(&format_fixed(rao)), Ok(rao));
            prop_assert_eq!(parse_rao(&rao.to_string()), Ok(rao));
        }

        #[test]
        fn parser_never_panics(s in ".{0,40}") {
            let _ = parse_decimal(&s);
            let _ = parse_rao(&s);
        }
    }
}
