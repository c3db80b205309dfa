//! The weights parser shared by `tao weights set` and the epoch preview.
//!
//! `--uids 0,5,7 --weights 0.5,0.3,0.2` becomes the u16 row the chain stores, in two exact steps:
//!
//! 1. **Submitted values.** Each weight is a non-negative decimal (`3`, `0.25`, `.5`, `1e-3`,
//!    `2.5E2`), parsed exactly as an integer mantissa and a power of ten (no binary floating
//!    point anywhere). With `max` the largest weight, the value submitted for weight `w` is
//!    `round(w / max * 65535)`, rounding half up, computed in exact integer arithmetic. So the
//!    largest weight is 65535, proportions are kept to within half a unit, and an explicit `0`
//!    stays a `0` entry. At least one weight must be above zero.
//! 2. **Stored values.** The chain's `set_weights` max-upscales the submitted u16 row with
//!    `vec_max_upscale_to_u16` (see [`super::math::vec_u16_max_upscale_to_u16`]); with a maximum of
//!    65535 that is the identity, and it is applied anyway so the stored row is exactly the chain's.
//!
//! Uids must be distinct; their order is kept (it is the stored order).

use super::YumaError;
use super::math::vec_u16_max_upscale_to_u16;

/// A weight row ready to submit, and as the chain will store it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightRow {
    /// The uids, in the order given.
    pub uids: Vec<u16>,
    /// The u16 values to submit (max = 65535).
    pub submitted: Vec<u16>,
    /// The stored row: `(uid, value)` after the chain's max-upscaling, explicit zeros kept.
    pub stored: Vec<(u16, u16)>,
}

/// The largest mantissa accepted after aligning all weights to a common power of ten.
const MAX_ALIGNED: u128 = 10u128.pow(30);

fn bad(field: impl Into<String>, reason: impl Into<String>) -> YumaError {
    YumaError::InvalidWeights {
        field: field.into(),
        reason: reason.into(),
    }
}

/// An exact non-negative decimal `mantissa * 10^exp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Decimal {
    mantissa: u128,
    exp: i32,
}

fn parse_decimal(text: &str, field: &str) -> Result<Decimal, YumaError> {
    let s = text.trim();
    if s.is_empty() {
        return Err(bad(field, "is empty"));
    }
    if s.starts_with('-') {
        return Err(bad(
            field,
            format!("{s:?} is negative; weights are non-negative"),
        ));
    }
    let s = s.strip_prefix('+').unwrap_or(s);
    let (num, exp_part) = match s.find(['e', 'E']) {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    let (int_part, frac_part) = match num.find('.') {
        Some(p) => (&num[..p], &num[p + 1..]),
        None => (num, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(bad(field, format!("{text:?} is not a number")));
    }
    if !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad(
            field,
            format!("{text:?} is not a non-negative decimal number"),
        ));
    }
    let mut exp: i64 = match exp_part {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 6
            {
                return Err(bad(field, format!("{text:?} has an invalid exponent")));
            }
            let v: i64 = digits
                .parse()
                .map_err(|_| bad(field, format!("{text:?} has an invalid exponent")))?;
            if e.starts_with('-') { -v } else { v }
        }
    };
    let mut mantissa: u128 = 0;
    let mut significant = false;
    for b in int_part.bytes().chain(frac_part.bytes()) {
        let d = (b - b'0') as u128;
        if d != 0 {
            significant = true;
        }
        if significant {
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(d))
                .filter(|m| *m <= MAX_ALIGNED)
                .ok_or_else(|| bad(field, format!("{text:?} has too many significant digits")))?;
        }
    }
    exp -= frac_part.len() as i64;
    if mantissa == 0 {
        return Ok(Decimal {
            mantissa: 0,
            exp: 0,
        });
    }
    while mantissa.is_multiple_of(10) {
        mantissa /= 10;
        exp += 1;
    }
    let exp = i32::try_from(exp).map_err(|_| bad(field, format!("{text:?} is out of range")))?;
    Ok(Decimal { mantissa, exp })
}

fn parse_uids(uids: &str) -> Result<Vec<u16>, YumaError> {
    let mut out = Vec::new();
    if uids.trim().is_empty() {
        return Err(bad("uids", "is empty; give at least one uid"));
    }
    for (k, item) in uids.split(',').enumerate() {
        let t = item.trim();
        let uid: u16 = t.parse().map_err(|_| {
            bad(
                format!("uids[{k}]"),
                format!("{t:?} is not a uid (an integer 0..=65535)"),
            )
        })?;
        if out.contains(&uid) {
            return Err(bad(
                format!("uids[{k}]"),
                format!("uid {uid} is given twice"),
            ));
        }
        out.push(uid);
    }
    Ok(out)
}

/// Exact `round_half_up(values[i] / max * 65535)` for every weight.
fn submitted_values(values: &[Decimal]) -> Result<Vec<u16>, YumaError> {
    let nonzero = values.iter().filter(|d| d.mantissa != 0);
    let Some(min_exp) = nonzero.clone().map(|d| d.exp).min() else {
        return Err(bad(
            "weights",
            "are all zero; at least one weight must be above zero",
        ));
    };
    let mut aligned = Vec::with_capacity(values.len());
    for (k, d) in values.iter().enumerate() {
        if d.mantissa == 0 {
            aligned.push(0u128);
            continue;
        }
        let shift = (d.exp - min_exp) as u32;
        let scaled = 10u128
            .checked_pow(shift)
            .and_then(|p| d.mantissa.checked_mul(p))
            .filter(|m| *m <= MAX_ALIGNED)
            .ok_or_else(|| {
                bad(
                    format!("weights[{k}]"),
                    "differs from the smallest non-zero weight by too many orders of magnitude",
                )
            })?;
        aligned.push(scaled);
    }
    let max = aligned.iter().copied().max().unwrap_or(0);
    Ok(aligned
        .iter()
        .map(|&m| ((2 * m * 65535 + max) / (2 * max)) as u16)
        .collect())
}

/// Parse `--uids` and `--weights` (comma-separated, same count) into a [`WeightRow`].
pub fn parse_weights(uids: &str, weights: &str) -> Result<WeightRow, YumaError> {
    let uids = parse_uids(uids)?;
    if weights.trim().is_empty() {
        return Err(bad("weights", "is empty; give one weight per uid"));
    }
    let values: Vec<Decimal> = weights
        .split(',')
        .enumerate()
        .map(|(k, item)| parse_decimal(item, &format!("weights[{k}]")))
        .collect::<Result<_, _>>()?;
    if values.len() != uids.len() {
        return Err(bad(
            "weights",
            format!(
                "has {} values but {} uids were given (one weight per uid)",
                values.len(),
                uids.len()
            ),
        ));
    }
    let submitted = submitted_values(&values)?;
    let stored_values = vec_u16_max_upscale_to_u16(&submitted);
    let stored = uids.iter().copied().zip(stored_values).collect();
    Ok(WeightRow {
        uids,
        submitted,
        stored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn row(uids: &str, w: &str) -> Vec<(u16, u16)> {
        parse_weights(uids, w).unwrap().stored
    }

    #[test]
    fn known_rows() {
        assert_eq!(
            row("0,5,7", "0.5,0.3,0.2"),
            vec![(0, 65535), (5, 39321), (7, 26214)]
        );
        assert_eq!(row("3", "7"), vec![(3, 65535)]);
        assert_eq!(row("1,2", "1,0"), vec![(1, 65535), (2, 0)]);
        // 1/3 * 65535 = 21845 exactly; 2/3 * 65535 = 43690 exactly.
        assert_eq!(
            row("0,1,2", "3,1,2"),
            vec![(0, 65535), (1, 21845), (2, 43690)]
        );
        // 1/2 * 65535 = 32767.5 rounds up.
        assert_eq!(row("4,9", "2,1"), vec![(4, 65535), (9, 32768)]);
        assert_eq!(row("0,1", "1e-3, 2E-3"), vec![(0, 32768), (1, 65535)]);
        assert_eq!(row("0,1", ".25,0.5000"), vec![(0, 32768), (1, 65535)]);
        assert_eq!(row("0,1", "+1,100e-2"), vec![(0, 65535), (1, 65535)]);
    }

    #[test]
    fn decimal_parsing_is_exact() {
        // 0.1 + 0.2 style inputs: 0.3/0.6 is exactly one half, so 32767.5 rounds up.
        assert_eq!(row("0,1", "0.3,0.6"), vec![(0, 32768), (1, 65535)]);
        assert_eq!(
            parse_decimal("120.500", "w").unwrap(),
            Decimal {
                mantissa: 1205,
                exp: -1
            }
        );
    }

    #[test]
    fn rejects_bad_input() {
        let err = |u: &str, w: &str| parse_weights(u, w).unwrap_err();
        assert!(
            matches!(err("0", "-1"), YumaError::InvalidWeights { field, .. } if field == "weights[0]")
        );
        assert!(
            matches!(err("0,1", "1"), YumaError::InvalidWeights { field, .. } if field == "weights")
        );
        assert!(
            matches!(err("0,0", "1,1"), YumaError::InvalidWeights { field, .. } if field == "uids[1]")
        );
        assert!(
            matches!(err("0,x", "1,1"), YumaError::InvalidWeights { field, .. } if field == "uids[1]")
        );
        assert!(matches!(
            err("70000", "1"),
            YumaError::InvalidWeights { .. }
        ));
        assert!(matches!(
            err("0,1", "0,0"),
            YumaError::InvalidWeights { .. }
        ));
        assert!(matches!(err("0", "nan"), YumaError::InvalidWeights { .. }));
        assert!(matches!(err("0", "inf"), YumaError::InvalidWeights { .. }));
        assert!(matches!(err("0", "."), YumaError::InvalidWeights { .. }));
        assert!(matches!(err("0", "1e"), YumaError::InvalidWeights { .. }));
        assert!(matches!(err("", "1"), YumaError::InvalidWeights { .. }));
        assert!(matches!(err("0", ""), YumaError::InvalidWeights { .. }));
        assert!(matches!(
            err("0,1", "1e-40,1"),
            YumaError::InvalidWeights { .. }
        ));
    }

    proptest! {
        #[test]
        fn never_panics(u in ".{0,40}", w in ".{0,60}") {
            let _ = parse_weights(&u, &w);
        }

        #[test]
        fn numeric_strings_never_panic(w in "[0-9eE.+-]{0,40}(,[0-9eE.+-]{0,40}){0,3}") {
            let _ = parse_weights("0,1,2,3", &w);
        }

        #[test]
        fn max_weight_is_65535_and_order_is_kept(ws in proptest::collection::vec(0u32..1_000_000, 1..20)) {
            prop_assume!(ws.iter().any(|&x| x > 0));
            let uids: Vec<String> = (0..ws.len()).map(|i| (i * 3).to_string()).collect();
            let text: Vec<String> = ws.iter().map(|w| format!("{}.{:03}", w / 1000, w % 1000)).collect();
            let r = parse_weights(&uids.join(","), &text.join(",")).unwrap();
            let max = *ws.iter().max().unwrap() as u128;
            for (k, &(uid, v)) in r.stored.iter().enumerate() {
                prop_assert_eq!(uid as usize, k * 3);
                let exact = ((2 * ws[k] as u128 * 65535 + max) / (2 * max)) as u16;
                prop_assert_eq!(v, exact);
                if ws[k] == 0 {
                    prop_assert_eq!(v, 0);
                }
            }
            prop_assert_eq!(r.stored.iter().map(|e| e.1).max(), Some(65535));
        }
    }
}
