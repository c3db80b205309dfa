//! Owner parameter values: parsing `--value` in the chain's units, writing values for people
//! and JSON, encoding them as call arguments and decoding them from storage.

use super::*;

/// A parsed value, in the chain's units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValue {
    /// An unsigned integer (blocks, counts, shares, rao).
    Uint(u128),
    /// A signed integer.
    Int(i128),
    /// A boolean.
    Bool(bool),
    /// Two u16 shares.
    Pair(u16, u16),
    /// U64F64 bits.
    Fixed(u128),
    /// `Burn` or `Recycle`.
    Variant(&'static str),
    /// An account.
    Account([u8; 32]),
}

/// The `--value` could not be read as the parameter's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

/// `0.25` (a decimal with a point) as a share of `scale`, rounded to the nearest; an integer
/// as itself. Fractions above 1 are refused.
fn share(text: &str, scale: u128) -> Result<u128, ValueError> {
    let t = text.trim();
    if t.contains('.') {
        let billionths = parse_decimal(t).map_err(|e| ValueError(e.to_string()))?;
        if u128::from(billionths) > 1_000_000_000 {
            return Err(ValueError(format!(
                "`{t}` is above 1; a fraction is 0 to 1 (or give the raw share of {scale})"
            )));
        }
        return Ok((u128::from(billionths) * scale + 500_000_000) / 1_000_000_000);
    }
    t.parse::<u128>()
        .map_err(|_| ValueError(format!("`{t}` is not a number")))
}

fn bounded(v: u128, max: u128, what: &str) -> Result<u128, ValueError> {
    if v > max {
        return Err(ValueError(format!(
            "{v} does not fit a {what} (at most {max})"
        )));
    }
    Ok(v)
}

/// Parses `--value` for a parameter of this form.
pub fn parse_value(kind: Kind, text: &str) -> Result<ParamValue, ValueError> {
    let t = text.trim();
    let int = |max: u128, what: &str| -> Result<ParamValue, ValueError> {
        let v = t
            .parse::<u128>()
            .map_err(|_| ValueError(format!("`{t}` is not a whole number")))?;
        Ok(ParamValue::Uint(bounded(v, max, what)?))
    };
    match kind {
        Blocks16 | U16 => int(u128::from(u16::MAX), "u16"),
        Blocks64 | U64 => int(u128::from(u64::MAX), "u64"),
        Fraction16 => Ok(ParamValue::Uint(bounded(
            share(t, 65535)?,
            65535,
            "share of 65535",
        )?)),
        Millionths => Ok(ParamValue::Uint(bounded(
            share(t, 1_000_000)?,
            u128::from(u64::MAX),
            "u64",
        )?)),
        Tao => {
            let lower = t.to_ascii_lowercase();
            let rao = if let Some(r) = lower.strip_suffix("rao") {
                crate::units::parse_rao(r.trim()).map_err(|e| ValueError(e.to_string()))?
            } else {
                let body = lower.trim_end_matches("tao").trim_end_matches('τ').trim();
                parse_decimal(body).map_err(|e| ValueError(e.to_string()))?
            };
            Ok(ParamValue::Uint(u128::from(rao)))
        }
        Bool => match t.to_ascii_lowercase().as_str() {
            "true" | "1" | "on" | "yes" => Ok(ParamValue::Bool(true)),
            "false" | "0" | "off" | "no" => Ok(ParamValue::Bool(false)),
            _ => Err(ValueError(format!("`{t}` is not true or false"))),
        },
        AlphaPair => {
            let parts: Vec<&str> = t
                .trim_matches(|c| c == '[' || c == ']')
                .split(',')
                .map(str::trim)
                .collect();
            if parts.len() != 2 {
                return Err(ValueError(format!("`{t}` is not two numbers `LOW,HIGH`")));
            }
            let low = bounded(share(parts[0], 65535)?, 65535, "share of 65535")?;
            let high = bounded(share(parts[1], 65535)?, 65535, "share of 65535")?;
            Ok(ParamValue::Pair(low as u16, high as u16))
        }
        I16 => {
            let v = t
                .parse::<i128>()
                .map_err(|_| ValueError(format!("`{t}` is not a whole number")))?;
            if v < i128::from(i16::MIN) || v > i128::from(i16::MAX) {
                return Err(ValueError(format!(
                    "{v} does not fit an i16 ({} to {})",
                    i16::MIN,
                    i16::MAX
                )));
            }
            Ok(ParamValue::Int(v))
        }
        Multiplier => {
            let billionths = parse_decimal(t).map_err(|e| ValueError(e.to_string()))?;
            // bits = value × 2^64, from the value in billionths, rounded to the nearest.
            let bits = (u128::from(billionths) << 64).saturating_add(500_000_000) / 1_000_000_000;
            Ok(ParamValue::Fixed(bits))
        }
        RecycleOrBurn => match t.to_ascii_lowercase().as_str() {
            "burn" | "0" => Ok(ParamValue::Variant("Burn")),
            "recycle" | "1" => Ok(ParamValue::Variant("Recycle")),
            _ => Err(ValueError(format!("`{t}` is not `burn` or `recycle`"))),
        },
        Milli32 => {
            let milli = if t.contains('.') {
                let billionths = parse_decimal(t).map_err(|e| ValueError(e.to_string()))?;
                if billionths % 1_000_000 != 0 {
                    return Err(ValueError(format!(
                        "`{t}` has more than three decimals; the chain keeps thousandths"
                    )));
                }
                u128::from(billionths / 1_000_000)
            } else {
                t.parse::<u128>()
                    .map_err(|_| ValueError(format!("`{t}` is not a number")))?
            };
            Ok(ParamValue::Uint(bounded(
                milli,
                u128::from(u32::MAX),
                "u32 per mille",
            )?))
        }
        Account => crate::ss58::decode(t)
            .map(|(_, a)| ParamValue::Account(a))
            .map_err(|e| ValueError(format!("`{t}` is not an SS58 address: {e}"))),
    }
}

/// How a value is written for people.
pub fn value_text(kind: Kind, v: &ParamValue) -> String {
    match (kind, v) {
        (Blocks16 | Blocks64, ParamValue::Uint(n)) => {
            format!("{n} block{}", if *n == 1 { "" } else { "s" })
        }
        (Fraction16, ParamValue::Uint(n)) => {
            format!("{n} ({})", trim(&u16_fraction(*n as u16, 6)))
        }
        (Millionths, ParamValue::Uint(n)) => {
            format!(
                "{n} ({})",
                trim(&crate::chain::fixed::ratio_decimal(*n, 1_000_000, 6))
            )
        }
        (Tao, ParamValue::Uint(n)) => display_tao(*n as u64),
        (Milli32, ParamValue::Uint(n)) => format!(
            "{n} ({} tempos)",
            trim(&crate::chain::fixed::ratio_decimal(*n, 1_000, 3))
        ),
        (_, ParamValue::Uint(n)) => n.to_string(),
        (_, ParamValue::Int(n)) => n.to_string(),
        (_, ParamValue::Bool(b)) => b.to_string(),
        (_, ParamValue::Pair(l, h)) => format!(
            "low {l} ({}), high {h} ({})",
            trim(&u16_fraction(*l, 6)),
            trim(&u16_fraction(*h, 6))
        ),
        (_, ParamValue::Fixed(bits)) => trim(&ufixed_decimal(*bits, 64, 12)),
        (_, ParamValue::Variant(name)) => name.to_ascii_lowercase(),
        (_, ParamValue::Account(a)) => crate::ss58::encode_default(a),
    }
}

/// A value's JSON.
pub fn value_json(kind: Kind, v: &ParamValue) -> Json {
    match (kind, v) {
        (Tao, ParamValue::Uint(n)) => tao_json(*n as u64),
        (_, ParamValue::Uint(n)) => match u64::try_from(*n) {
            Ok(x) => json!(x),
            Err(_) => json!(n.to_string()),
        },
        (_, ParamValue::Int(n)) => json!(*n as i64),
        (_, ParamValue::Bool(b)) => json!(b),
        (_, ParamValue::Pair(l, h)) => json!([l, h]),
        (_, ParamValue::Fixed(bits)) => json!(trim(&ufixed_decimal(*bits, 64, 12))),
        (_, ParamValue::Variant(name)) => json!(name.to_ascii_lowercase()),
        (_, ParamValue::Account(a)) => json!(crate::ss58::encode_default(a)),
    }
}

/// The call's value arguments.
pub(super) fn call_args(param: &Param, v: &ParamValue) -> Vec<(&'static str, Value)> {
    match v {
        ParamValue::Uint(n) => vec![(param.args[0], Value::u128(*n))],
        ParamValue::Int(n) => vec![(param.args[0], Value::i128(*n))],
        ParamValue::Bool(b) => vec![(param.args[0], Value::bool(*b))],
        ParamValue::Pair(l, h) => vec![
            (param.args[0], Value::u128(u128::from(*l))),
            (param.args[1], Value::u128(u128::from(*h))),
        ],
        ParamValue::Fixed(bits) => vec![(
            param.args[0],
            Value::named_composite([("bits", Value::u128(*bits))]),
        )],
        ParamValue::Variant(name) => vec![(param.args[0], Value::unnamed_variant(*name, []))],
        ParamValue::Account(a) => vec![(param.args[0], arg_account(a))],
    }
}

/// Reads a stored value of this form.
pub(super) fn stored_value(kind: Kind, v: &Val) -> Result<ParamValue, ChainError> {
    Ok(match kind {
        Bool => ParamValue::Bool(bool_of(v)?),
        I16 => ParamValue::Int(int(v)?),
        AlphaPair => {
            let xs = items(v)?;
            let get = |i: usize| -> Result<u16, ChainError> {
                let x = xs
                    .get(i)
                    .ok_or_else(|| ChainError::decode("AlphaValues", "not a pair"))?;
                u16::try_from(uint(x)?).map_err(|_| ChainError::decode("AlphaValues", "not u16"))
            };
            ParamValue::Pair(get(0)?, get(1)?)
        }
        Multiplier => {
            let bits = match crate::chain::value::try_field(v, "bits") {
                Some(b) => uint(b)?,
                None => uint(v)?,
            };
            ParamValue::Fixed(bits)
        }
        RecycleOrBurn => match &v.value {
            subxt::ext::scale_value::ValueDef::Variant(var) if var.name == "Recycle" => {
                ParamValue::Variant("Recycle")
            }
            _ => ParamValue::Variant("Burn"),
        },
        Account => ParamValue::Account(account(v)?),
        _ => ParamValue::Uint(uint(v)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chain::extrinsics::admin::Kind::*;

    #[test]
    fn values_parse_in_the_chains_units() {
        assert_eq!(
            parse_value(Fraction16, "0.5").unwrap(),
            ParamValue::Uint(32768)
        );
        assert_eq!(
            parse_value(Fraction16, "100").unwrap(),
            ParamValue::Uint(100)
        );
        assert!(parse_value(Fraction16, "1.5").is_err());
        assert!(parse_value(Fraction16, "65536").is_err());
        assert_eq!(
            parse_value(Millionths, "0.975").unwrap(),
            ParamValue::Uint(975_000)
        );
        assert_eq!(
            parse_value(Tao, "0.001").unwrap(),
            ParamValue::Uint(1_000_000)
        );
        assert_eq!(parse_value(Tao, "2500rao").unwrap(), ParamValue::Uint(2500));
        assert_eq!(parse_value(Bool, "on").unwrap(), ParamValue::Bool(true));
        assert!(parse_value(Bool, "maybe").is_err());
        assert_eq!(
            parse_value(AlphaPair, "0.7,0.9").unwrap(),
            ParamValue::Pair(45875, 58982)
        );
        assert_eq!(
            parse_value(AlphaPair, "[2000, 3000]").unwrap(),
            ParamValue::Pair(2000, 3000)
        );
        assert!(parse_value(AlphaPair, "2000").is_err());
        assert_eq!(parse_value(I16, "-5").unwrap(), ParamValue::Int(-5));
        assert!(parse_value(I16, "40000").is_err());
        assert_eq!(
            parse_value(Multiplier, "2").unwrap(),
            ParamValue::Fixed(2u128 << 64)
        );
        assert_eq!(
            parse_value(RecycleOrBurn, "Recycle").unwrap(),
            ParamValue::Variant("Recycle")
        );
        assert!(parse_value(U16, "70000").is_err());
        assert_eq!(
            parse_value(Milli32, "13.889").unwrap(),
            ParamValue::Uint(13_889)
        );
        assert_eq!(
            parse_value(Milli32, "2000").unwrap(),
            ParamValue::Uint(2000)
        );
        assert_eq!(parse_value(Milli32, "2.5").unwrap(), ParamValue::Uint(2500));
        assert!(parse_value(Milli32, "1.0005").is_err());
        assert_eq!(
            value_text(Milli32, &ParamValue::Uint(13_889)),
            "13889 (13.889 tempos)"
        );
    }
}
