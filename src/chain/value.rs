//! Reading decoded SCALE values (`scale_value::Value`) by field name.
//!
//! Everything tao reads from the chain is decoded dynamically against the runtime metadata and
//! then picked apart here by the field names the metadata gives, so a reordered or extended
//! struct keeps working and a renamed or removed field is reported by name.

use subxt::ext::scale_value::{Composite, Primitive, Value, ValueDef};

use super::error::ChainError;

/// A value decoded against the metadata's type registry.
pub type Val = Value<u32>;

/// What a value was expected to be, for error messages.
fn shape(v: &Val) -> String {
    let s = v.to_string();
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(80).collect::<String>())
    } else {
        s
    }
}

/// The named field `name` of a struct value.
pub fn field<'a>(v: &'a Val, name: &str) -> Result<&'a Val, ChainError> {
    try_field(v, name).ok_or_else(|| ChainError::decode(format!("field `{name}`"), "missing"))
}

/// The named field `name`, if present.
pub fn try_field<'a>(v: &'a Val, name: &str) -> Option<&'a Val> {
    match &v.value {
        ValueDef::Composite(Composite::Named(fields)) => {
            fields.iter().find(|(n, _)| n == name).map(|(_, v)| v)
        }
        ValueDef::Composite(Composite::Unnamed(items)) if items.len() == 1 => {
            try_field(&items[0], name)
        }
        _ => None,
    }
}

/// The inner value of a single-field wrapper (newtypes such as `NetUid(u16)`).
fn unwrap_newtype(v: &Val) -> &Val {
    match &v.value {
        ValueDef::Composite(c) if c.len() == 1 => {
            let inner = c.values().next().expect("one value");
            unwrap_newtype(inner)
        }
        _ => v,
    }
}

/// An unsigned integer (any width, compact or not, newtype-wrapped or not).
pub fn uint(v: &Val) -> Result<u128, ChainError> {
    match &unwrap_newtype(v).value {
        ValueDef::Primitive(Primitive::U128(n)) => Ok(*n),
        ValueDef::Primitive(Primitive::I128(n)) if *n >= 0 => Ok(*n as u128),
        _ => Err(ChainError::decode("an unsigned integer", shape(v))),
    }
}

/// A signed integer.
pub fn int(v: &Val) -> Result<i128, ChainError> {
    match &unwrap_newtype(v).value {
        ValueDef::Primitive(Primitive::I128(n)) => Ok(*n),
        ValueDef::Primitive(Primitive::U128(n)) => {
            i128::try_from(*n).map_err(|_| ChainError::decode("a signed integer", n))
        }
        _ => Err(ChainError::decode("a signed integer", shape(v))),
    }
}

/// A `u64` (balances, block numbers).
pub fn u64_of(v: &Val) -> Result<u64, ChainError> {
    let n = uint(v)?;
    u64::try_from(n).map_err(|_| ChainError::decode("a u64", n))
}

/// A `u16` (netuids, uids, u16 fractions).
pub fn u16_of(v: &Val) -> Result<u16, ChainError> {
    let n = uint(v)?;
    u16::try_from(n).map_err(|_| ChainError::decode("a u16", n))
}

/// A boolean.
pub fn bool_of(v: &Val) -> Result<bool, ChainError> {
    match &unwrap_newtype(v).value {
        ValueDef::Primitive(Primitive::Bool(b)) => Ok(*b),
        _ => Err(ChainError::decode("a bool", shape(v))),
    }
}

/// The items of a sequence, array or tuple.
pub fn items(v: &Val) -> Result<Vec<&Val>, ChainError> {
    match &v.value {
        ValueDef::Composite(c) => Ok(c.values().collect()),
        _ => Err(ChainError::decode("a sequence", shape(v))),
    }
}

/// Bytes from a `Vec<u8>`, `Vec<Compact<u8>>` or `[u8; N]`, possibly newtype-wrapped.
pub fn bytes(v: &Val) -> Result<Vec<u8>, ChainError> {
    let seq = match &v.value {
        ValueDef::Composite(c) => c,
        _ => return Err(ChainError::decode("bytes", shape(v))),
    };
    // A newtype around a byte sequence (e.g. `AccountId32([u8; 32])`, `BoundedVec<u8>`).
    if seq.len() == 1 {
        let inner = seq.values().next().expect("one value");
        if matches!(inner.value, ValueDef::Composite(_)) {
            return bytes(inner);
        }
    }
    seq.values()
        .map(|b| {
            let n = uint(b)?;
            u8::try_from(n).map_err(|_| ChainError::decode("a byte", n))
        })
        .collect()
}

/// A 32-byte account id.
pub fn account(v: &Val) -> Result<[u8; 32], ChainError> {
    let b = bytes(v)?;
    <[u8; 32]>::try_from(b.as_slice())
        .map_err(|_| ChainError::decode("an account id", format!("{} bytes", b.len())))
}

/// Text stored as bytes (names, symbols), decoded lossily as UTF-8.
pub fn text(v: &Val) -> Result<String, ChainError> {
    Ok(String::from_utf8_lossy(&bytes(v)?).into_owned())
}

/// An `Option<T>`: `None` or the `Some` payload.
pub fn option(v: &Val) -> Result<Option<&Val>, ChainError> {
    match &v.value {
        ValueDef::Variant(var) if var.name == "None" => Ok(None),
        ValueDef::Variant(var) if var.name == "Some" => var
            .values
            .values()
            .next()
            .map(Some)
            .ok_or_else(|| ChainError::decode("an Option", "Some without a value")),
        _ => Err(ChainError::decode("an Option", shape(v))),
    }
}

/// An enum value: its variant name and fields.
pub fn variant(v: &Val) -> Result<(&str, &Composite<u32>), ChainError> {
    match &v.value {
        ValueDef::Variant(var) => Ok((var.name.as_str(), &var.values)),
        _ => Err(ChainError::decode("an enum", shape(v))),
    }
}

/// The raw bits of a fixed-point number (`FixedI128 { bits }`, `FixedU128 { bits }`, …).
pub fn fixed_bits(v: &Val) -> Result<i128, ChainError> {
    match try_field(v, "bits") {
        Some(b) => int(b),
        None => int(v),
    }
}

/// The unsigned raw bits of a fixed-point number.
pub fn ufixed_bits(v: &Val) -> Result<u128, ChainError> {
    match try_field(v, "bits") {
        Some(b) => uint(b),
        None => uint(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes_val(b: &[u8]) -> Val {
        Value::unnamed_composite(b.iter().map(|x| Value::u128(*x as u128))).map_context(|_| 0u32)
    }

    #[test]
    fn navigates_named_fields_and_newtypes() {
        let v: Val = Value::named_composite([
            ("netuid", Value::unnamed_composite([Value::u128(7)])),
            ("flag", Value::bool(true)),
            (
                "name",
                Value::unnamed_composite([Value::u128(b'a' as u128)]),
            ),
        ])
        .map_context(|_| 0u32);
        assert_eq!(u16_of(field(&v, "netuid").unwrap()).unwrap(), 7);
        assert!(bool_of(field(&v, "flag").unwrap()).unwrap());
        assert_eq!(text(field(&v, "name").unwrap()).unwrap(), "a");
        assert!(field(&v, "missing").is_err());
    }

    #[test]
    fn reads_accounts_and_options() {
        let acc = Value::unnamed_composite([bytes_val(&[7u8; 32]).map_context(|_| ())])
            .map_context(|_| 0u32);
        assert_eq!(account(&acc).unwrap(), [7u8; 32]);
        assert!(account(&bytes_val(&[1, 2])).is_err());
        let some: Val =
            Value::variant("Some", Composite::unnamed([Value::u128(5)])).map_context(|_| 0u32);
        assert_eq!(uint(option(&some).unwrap().unwrap()).unwrap(), 5);
        let none: Val = Value::variant("None", Composite::unnamed([])).map_context(|_| 0u32);
        assert!(option(&none).unwrap().is_none());
        assert!(option(&Value::u128(1).map_context(|_| 0u32)).is_err());
    }

    #[test]
    fn integer_ranges_are_checked() {
        let big: Val = Value::u128(70_000).map_context(|_| 0u32);
        assert!(u16_of(&big).is_err());
        assert_eq!(u64_of(&big).unwrap(), 70_000);
        let fixed: Val = Value::named_composite([("bits", Value::i128(-5))]).map_context(|_| 0u32);
        assert_eq!(fixed_bits(&fixed).unwrap(), -5);
    }
}
