//! Values typed by the runtime metadata, both ways: text and JSON parsed into SCALE values of a
//! given type id (SS58 for accounts, integers with `tao`/`alpha` unit suffixes, 0x hex for
//! bytes, JSON for nested values), decoded values rendered as tao's JSON (amounts as objects of
//! decimal strings, SS58 addresses, 0x hex), and readable type names for listings.

use scale_info::{Field, PortableRegistry, Type, TypeDef, TypeDefPrimitive, form::PortableForm};
use serde_json::{Value as Json, json};
use subxt::ext::scale_value::{Composite, Primitive, Value, ValueDef};

use super::RawError;
use super::suggest::closest;
use crate::chain::client::to_hex;
use crate::chain::value::Val;
use crate::units::{RAO_PER_TAO, format_decimal, parse_decimal};

/// Nesting depth past which type names are abbreviated (types may be recursive).
const NAME_DEPTH: usize = 6;

fn resolve(types: &PortableRegistry, id: u32) -> Option<&Type<PortableForm>> {
    types.resolve(id)
}

fn ident(ty: &Type<PortableForm>) -> Option<&str> {
    ty.path.segments.last().map(String::as_str)
}

/// A readable name of type `id`: `AccountId32`, `u16`, `Vec<u8>`, `Option<u64>`, `(u16, u64)`.
pub fn type_name(types: &PortableRegistry, id: u32) -> String {
    name_at(types, id, 0)
}

fn name_at(types: &PortableRegistry, id: u32, depth: usize) -> String {
    let Some(ty) = resolve(types, id) else {
        return format!("#{id}");
    };
    if depth > NAME_DEPTH {
        return ident(ty).map(str::to_string).unwrap_or_else(|| "…".into());
    }
    if let Some((signed, bits, frac)) = fixed_shape(types, ty) {
        return format!("{}{}F{frac}", if signed { "I" } else { "U" }, bits - frac);
    }
    if let Some(name) = ident(ty) {
        let params: Vec<String> = ty
            .type_params
            .iter()
            .filter_map(|p| p.ty.map(|t| name_at(types, t.id, depth + 1)))
            .collect();
        return if params.is_empty() {
            name.to_string()
        } else {
            format!("{name}<{}>", params.join(", "))
        };
    }
    match &ty.type_def {
        TypeDef::Sequence(s) => format!("Vec<{}>", name_at(types, s.type_param.id, depth + 1)),
        TypeDef::Array(a) => format!(
            "[{}; {}]",
            name_at(types, a.type_param.id, depth + 1),
            a.len
        ),
        TypeDef::Tuple(t) => format!(
            "({})",
            t.fields
                .iter()
                .map(|f| name_at(types, f.id, depth + 1))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        TypeDef::Primitive(p) => primitive_name(p).to_string(),
        TypeDef::Compact(c) => format!("Compact<{}>", name_at(types, c.type_param.id, depth + 1)),
        TypeDef::BitSequence(_) => "BitVec".into(),
        TypeDef::Composite(_) | TypeDef::Variant(_) => format!("#{id}"),
    }
}

fn primitive_name(p: &TypeDefPrimitive) -> &'static str {
    match p {
        TypeDefPrimitive::Bool => "bool",
        TypeDefPrimitive::Char => "char",
        TypeDefPrimitive::Str => "str",
        TypeDefPrimitive::U8 => "u8",
        TypeDefPrimitive::U16 => "u16",
        TypeDefPrimitive::U32 => "u32",
        TypeDefPrimitive::U64 => "u64",
        TypeDefPrimitive::U128 => "u128",
        TypeDefPrimitive::U256 => "u256",
        TypeDefPrimitive::I8 => "i8",
        TypeDefPrimitive::I16 => "i16",
        TypeDefPrimitive::I32 => "i32",
        TypeDefPrimitive::I64 => "i64",
        TypeDefPrimitive::I128 => "i128",
        TypeDefPrimitive::I256 => "i256",
    }
}

/// The value of a `typenum` unsigned integer type (`UTerm`, `UInt<U, B0|B1>`).
fn typenum(types: &PortableRegistry, id: u32, depth: usize) -> Option<u32> {
    let ty = resolve(types, id)?;
    match ident(ty)? {
        "UTerm" => Some(0),
        "UInt" if depth < 16 => {
            let mut params = ty.type_params.iter().filter_map(|p| p.ty.map(|t| t.id));
            let high = typenum(types, params.next()?, depth + 1)?;
            let bit = match resolve(types, params.next()?).and_then(ident)? {
                "B0" => 0,
                "B1" => 1,
                _ => return None,
            };
            Some(high * 2 + bit)
        }
        _ => None,
    }
}

/// `(signed, total bits, fractional bits)` of a `substrate_fixed` fixed-point type.
fn fixed_shape(types: &PortableRegistry, ty: &Type<PortableForm>) -> Option<(bool, u32, u32)> {
    if ty.path.segments.first().map(String::as_str) != Some("substrate_fixed") {
        return None;
    }
    let (signed, bits) = match ident(ty)? {
        "FixedU128" => (false, 128),
        "FixedI128" => (true, 128),
        "FixedU64" => (false, 64),
        "FixedI64" => (true, 64),
        "FixedU32" => (false, 32),
        "FixedI32" => (true, 32),
        "FixedU16" => (false, 16),
        "FixedI16" => (true, 16),
        _ => return None,
    };
    let frac_param = ty.type_params.iter().find_map(|p| p.ty.map(|t| t.id))?;
    let frac = typenum(types, frac_param, 0)?;
    (frac <= bits).then_some((signed, bits, frac))
}

/// The exact decimal of `bits / 2^frac`.
pub fn fixed_decimal(bits: i128, frac: u32) -> String {
    let neg = bits < 0;
    let mag = bits.unsigned_abs();
    let (int, mut rem) = if frac >= 128 {
        (0, mag)
    } else {
        (mag >> frac, mag & ((1u128 << frac) - 1))
    };
    let mut digits = String::new();
    // Each step multiplies the remainder by 10; split to stay within u128 for frac up to 124.
    while rem != 0 && digits.len() < 40 && frac < 124 {
        rem *= 10;
        digits.push(char::from(b'0' + (rem >> frac) as u8));
        rem &= (1u128 << frac) - 1;
    }
    let sign = if neg { "-" } else { "" };
    if digits.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{digits}")
    }
}

/// The id behind any number of `Compact<…>` wrappers.
fn uncompact(types: &PortableRegistry, mut id: u32) -> u32 {
    while let Some(TypeDef::Compact(c)) = resolve(types, id).map(|t| &t.type_def) {
        id = c.type_param.id;
    }
    id
}

/// An account: `AccountId32`, or a composite holding exactly 32 bytes named like one.
fn is_account(ty: &Type<PortableForm>) -> bool {
    matches!(ident(ty), Some("AccountId32" | "AccountId"))
}

/// What kind of amount a type or a field's declared type name denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AmountKind {
    Tao,
    Alpha,
}

fn amount_of_ident(name: &str) -> Option<AmountKind> {
    match name {
        "TaoCurrency" | "TaoBalance" => Some(AmountKind::Tao),
        "AlphaCurrency" | "AlphaBalance" => Some(AmountKind::Alpha),
        _ => None,
    }
}

fn amount_of_field_name(type_name: Option<&str>) -> Option<AmountKind> {
    let n = type_name?;
    if n.contains("AlphaCurrency") || n.contains("AlphaBalance") {
        Some(AmountKind::Alpha)
    } else if n.contains("TaoCurrency")
        || n.contains("TaoBalance")
        || n == "Balance"
        || n.ends_with("::Balance")
        || n.starts_with("BalanceOf")
    {
        Some(AmountKind::Tao)
    } else {
        None
    }
}

fn is_byte(types: &PortableRegistry, id: u32) -> bool {
    matches!(
        resolve(types, id).map(|t| &t.type_def),
        Some(TypeDef::Primitive(TypeDefPrimitive::U8))
    )
}

// ---------------------------------------------------------------------------------------------
// Rendering decoded values as JSON
// ---------------------------------------------------------------------------------------------

/// Storage items whose value is a bare integer amount: the runtime's currency newtypes reach
/// the metadata as plain `u64`, so the kind is known here by name.
const STORAGE_AMOUNTS: &[(&str, &str, AmountKind)] = &[
    ("Balances", "InactiveIssuance", AmountKind::Tao),
    ("Balances", "TotalIssuance", AmountKind::Tao),
    (
        "SubtensorModule",
        "AlphaDividendsPerSubnet",
        AmountKind::Alpha,
    ),
    ("SubtensorModule", "Burn", AmountKind::Tao),
    ("SubtensorModule", "LargestLocked", AmountKind::Tao),
    ("SubtensorModule", "MaxBurn", AmountKind::Tao),
    ("SubtensorModule", "MinBurn", AmountKind::Tao),
    ("SubtensorModule", "NetworkLastLockCost", AmountKind::Tao),
    ("SubtensorModule", "NetworkMinLockCost", AmountKind::Tao),
    ("SubtensorModule", "PendingOwnerCut", AmountKind::Alpha),
    ("SubtensorModule", "PendingRootAlphaDivs", AmountKind::Alpha),
    (
        "SubtensorModule",
        "PendingServerEmission",
        AmountKind::Alpha,
    ),
    (
        "SubtensorModule",
        "PendingValidatorEmission",
        AmountKind::Alpha,
    ),
    (
        "SubtensorModule",
        "RAORecycledForRegistration",
        AmountKind::Tao,
    ),
    (
        "SubtensorModule",
        "RootAlphaDividendsPerSubnet",
        AmountKind::Alpha,
    ),
    ("SubtensorModule", "SubnetAlphaIn", AmountKind::Alpha),
    (
        "SubtensorModule",
        "SubnetAlphaInEmission",
        AmountKind::Alpha,
    ),
    (
        "SubtensorModule",
        "SubnetAlphaInProvided",
        AmountKind::Alpha,
    ),
    ("SubtensorModule", "SubnetAlphaOut", AmountKind::Alpha),
    (
        "SubtensorModule",
        "SubnetAlphaOutEmission",
        AmountKind::Alpha,
    ),
    ("SubtensorModule", "SubnetLocked", AmountKind::Tao),
    ("SubtensorModule", "SubnetTAO", AmountKind::Tao),
    ("SubtensorModule", "SubnetTaoInEmission", AmountKind::Tao),
    ("SubtensorModule", "SubnetTaoProvided", AmountKind::Tao),
    ("SubtensorModule", "TotalHotkeyAlpha", AmountKind::Alpha),
    (
        "SubtensorModule",
        "TotalHotkeyAlphaLastEpoch",
        AmountKind::Alpha,
    ),
    ("SubtensorModule", "TotalIssuance", AmountKind::Tao),
    ("SubtensorModule", "TotalStake", AmountKind::Tao),
];

/// A storage item's value as tao's JSON ([`render`], with the amount items of
/// [`STORAGE_AMOUNTS`] as amounts).
pub fn render_storage(types: &PortableRegistry, pallet: &str, item: &str, v: &Val) -> Json {
    let hint = STORAGE_AMOUNTS
        .iter()
        .find(|(p, i, _)| *p == pallet && *i == item)
        .map(|(_, _, k)| *k);
    render_hinted(types, v, hint)
}

/// A value declared as a field of type name `type_name` (a call's argument, a struct field):
/// [`render`], with amounts known by the declared name (`T::Balance`, `TaoCurrency`, …).
pub fn render_field(types: &PortableRegistry, v: &Val, type_name: Option<&str>) -> Json {
    render_hinted(types, v, amount_of_field_name(type_name))
}

/// A decoded value as tao's JSON, typed by the metadata: accounts as SS58, amounts (the chain's
/// currency types and fields declared as balances) as `{"rao", "tao"|"alpha"}`, fixed-point
/// numbers as exact decimal strings, bytes as 0x hex,
/// `Option` as the value or `null`, unit variants as their name, other variants as
/// `{"Name": fields}`, integers as numbers up to 2^53 and decimal strings above.
pub fn render(types: &PortableRegistry, v: &Val) -> Json {
    render_hinted(types, v, None)
}

fn render_hinted(types: &PortableRegistry, v: &Val, hint: Option<AmountKind>) -> Json {
    let id = uncompact(types, v.context);
    let Some(ty) = resolve(types, id) else {
        return crate::chain::tx::val_json(v);
    };
    if is_account(ty)
        && let Some(b) = bytes_of(v)
        && let Ok(a) = <[u8; 32]>::try_from(b.as_slice())
    {
        return json!(crate::ss58::encode_default(&a));
    }
    if let Some((_, _, frac)) = fixed_shape(types, ty)
        && let ValueDef::Composite(c) = &v.value
        && let Some(inner) = c.values().next()
    {
        let bits = match &inner.value {
            ValueDef::Primitive(Primitive::U128(n)) => i128::try_from(*n).ok(),
            ValueDef::Primitive(Primitive::I128(n)) => Some(*n),
            _ => None,
        };
        if let Some(bits) = bits {
            return json!(fixed_decimal(bits, frac));
        }
    }
    let hint = ident(ty).and_then(amount_of_ident).or(hint);
    match (&v.value, &ty.type_def) {
        (ValueDef::Primitive(Primitive::U128(n)), _) => match hint {
            Some(kind) => amount_json(*n, kind),
            None => number_json(*n),
        },
        (ValueDef::Primitive(Primitive::I128(n)), _) => {
            if n.unsigned_abs() < (1u128 << 53) {
                json!(*n as i64)
            } else {
                json!(n.to_string())
            }
        }
        (ValueDef::Primitive(Primitive::Bool(b)), _) => json!(b),
        (ValueDef::Primitive(Primitive::String(s)), _) => json!(s),
        (ValueDef::Primitive(Primitive::Char(c)), _) => json!(c.to_string()),
        (ValueDef::Primitive(p), _) => json!(p.to_string()),
        (ValueDef::BitSequence(_), _) => json!(v.to_string()),
        (ValueDef::Variant(var), _) if ident(ty) == Some("Option") => match var.name.as_str() {
            "None" => Json::Null,
            _ => match var.values.values().next() {
                Some(inner) => render_hinted(types, inner, hint),
                None => Json::Null,
            },
        },
        (ValueDef::Variant(var), TypeDef::Variant(def)) => {
            if var.values.is_empty() {
                return json!(var.name);
            }
            let fields = def
                .variants
                .iter()
                .find(|x| x.name == var.name)
                .map(|x| x.fields.as_slice())
                .unwrap_or(&[]);
            json!({ var.name.clone(): render_composite(types, &var.values, fields, hint) })
        }
        (ValueDef::Variant(var), _) => json!({ var.name.clone(): Json::Null }),
        (ValueDef::Composite(c), def) => {
            let is_bytes = match def {
                TypeDef::Sequence(s) => is_byte(types, s.type_param.id),
                TypeDef::Array(a) => is_byte(types, a.type_param.id),
                _ => false,
            };
            if is_bytes && let Some(b) = bytes_of(v) {
                return json!(to_hex(&b));
            }
            match def {
                TypeDef::Composite(d) => render_composite(types, c, &d.fields, hint),
                TypeDef::Sequence(_) | TypeDef::Array(_) => {
                    Json::Array(c.values().map(|x| render_hinted(types, x, hint)).collect())
                }
                _ => render_composite(types, c, &[], hint),
            }
        }
    }
}

fn render_composite(
    types: &PortableRegistry,
    c: &Composite<u32>,
    fields: &[Field<PortableForm>],
    hint: Option<AmountKind>,
) -> Json {
    let field_hint = |i: usize| {
        fields
            .get(i)
            .and_then(|f| amount_of_field_name(f.type_name.as_deref()))
    };
    match c {
        Composite::Named(named) => {
            let mut m = serde_json::Map::new();
            for (i, (n, fv)) in named.iter().enumerate() {
                m.insert(n.clone(), render_hinted(types, fv, field_hint(i)));
            }
            Json::Object(m)
        }
        Composite::Unnamed(items) if items.len() == 1 => {
            render_hinted(types, &items[0], field_hint(0).or(hint))
        }
        Composite::Unnamed(items) => Json::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, x)| render_hinted(types, x, field_hint(i)))
                .collect(),
        ),
    }
}

fn number_json(n: u128) -> Json {
    if n < (1u128 << 53) {
        json!(n as u64)
    } else {
        json!(n.to_string())
    }
}

fn amount_json(n: u128, kind: AmountKind) -> Json {
    let decimal = match u64::try_from(n) {
        Ok(r) => format_decimal(r),
        Err(_) => {
            let per = u128::from(RAO_PER_TAO);
            let frac = format!("{:09}", n % per);
            let frac = frac.trim_end_matches('0');
            if frac.is_empty() {
                (n / per).to_string()
            } else {
                format!("{}.{frac}", n / per)
            }
        }
    };
    match kind {
        AmountKind::Tao => json!({ "rao": n.to_string(), "tao": decimal }),
        AmountKind::Alpha => json!({ "rao": n.to_string(), "alpha": decimal }),
    }
}

/// The bytes of a value made only of u8 primitives (an array or sequence of bytes, possibly
/// wrapped in newtypes).
fn bytes_of(v: &Val) -> Option<Vec<u8>> {
    match &v.value {
        ValueDef::Composite(c) => {
            let items: Vec<&Val> = c.values().collect();
            if items.len() == 1
                && let ValueDef::Composite(_) = items[0].value
            {
                return bytes_of(items[0]);
            }
            items
                .iter()
                .map(|x| match &x.value {
                    ValueDef::Primitive(Primitive::U128(n)) => u8::try_from(*n).ok(),
                    _ => None,
                })
                .collect()
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing text and JSON into values of a type
// ---------------------------------------------------------------------------------------------

/// Where a parsed value sits, for error messages (`argument 2 \`dest\``, `.calls[1].args.value`).
pub type Place<'a> = &'a str;

fn bad(place: Place, expected: String, got: impl std::fmt::Display, hint: &str) -> RawError {
    RawError::BadValue {
        place: place.to_string(),
        expected,
        got: got.to_string(),
        hint: hint.to_string(),
    }
}

/// What text a type accepts, for hints.
pub fn accepts(types: &PortableRegistry, id: u32) -> String {
    let id = uncompact(types, id);
    let Some(ty) = resolve(types, id) else {
        return "a value".into();
    };
    if is_account(ty) {
        return "an SS58 address or 0x hex of 32 bytes".into();
    }
    if ident(ty) == Some("MultiAddress") {
        return "an SS58 address (or JSON such as {\"Id\": \"5…\"})".into();
    }
    if ident(ty) == Some("Option") {
        return "`none`, or the value".into();
    }
    match &ty.type_def {
        TypeDef::Primitive(TypeDefPrimitive::Bool) => "true or false".into(),
        TypeDef::Primitive(TypeDefPrimitive::Str) => "text".into(),
        TypeDef::Primitive(TypeDefPrimitive::Char) => "one character".into(),
        TypeDef::Primitive(p) if p_is_int(p) => {
            "an integer (decimal or 0x hex), or an amount such as 1.5tao or 2alpha (in rao)".into()
        }
        TypeDef::Sequence(s) if is_byte(types, s.type_param.id) => {
            "0x hex, or text (its UTF-8 bytes)".into()
        }
        TypeDef::Array(a) if is_byte(types, a.type_param.id) => {
            format!("0x hex of {} bytes", a.len)
        }
        TypeDef::Sequence(_) | TypeDef::Array(_) | TypeDef::Tuple(_) => "a JSON array".into(),
        TypeDef::Variant(v) => {
            let names: Vec<&str> = v.variants.iter().map(|x| x.name.as_str()).take(8).collect();
            format!(
                "a variant: {}{} (JSON {{\"Name\": …}} for one with fields)",
                names.join(", "),
                if v.variants.len() > 8 { ", …" } else { "" }
            )
        }
        TypeDef::Composite(c) if c.fields.len() == 1 => accepts(types, c.fields[0].ty.id),
        TypeDef::Composite(c) if c.fields.iter().all(|f| f.name.is_some()) => format!(
            "a JSON object with {}",
            c.fields
                .iter()
                .filter_map(|f| f.name.as_deref())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => "JSON".into(),
    }
}

fn p_is_int(p: &TypeDefPrimitive) -> bool {
    !matches!(
        p,
        TypeDefPrimitive::Bool | TypeDefPrimitive::Char | TypeDefPrimitive::Str
    )
}

/// The (signed, bits) of an integer primitive.
fn int_shape(p: &TypeDefPrimitive) -> Option<(bool, u32)> {
    Some(match p {
        TypeDefPrimitive::U8 => (false, 8),
        TypeDefPrimitive::U16 => (false, 16),
        TypeDefPrimitive::U32 => (false, 32),
        TypeDefPrimitive::U64 => (false, 64),
        TypeDefPrimitive::U128 => (false, 128),
        TypeDefPrimitive::I8 => (true, 8),
        TypeDefPrimitive::I16 => (true, 16),
        TypeDefPrimitive::I32 => (true, 32),
        TypeDefPrimitive::I64 => (true, 64),
        TypeDefPrimitive::I128 => (true, 128),
        _ => return None,
    })
}

/// Parse an integer: decimal (underscores allowed), 0x hex, or an amount with a unit suffix
/// (`1.5tao`, `2alpha`, `0.5τ`, `3α`) converted to rao. `Err` holds the reason.
pub fn parse_integer(text: &str) -> Result<i128, String> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    for suffix in ["tao", "τ", "alpha", "α"] {
        if let Some(num) = lower.strip_suffix(suffix) {
            let num = num.trim();
            return parse_decimal(num)
                .map(i128::from)
                .map_err(|e| format!("`{num}` is not an amount: {e}"));
        }
    }
    if let Some(h) = lower.strip_prefix("0x") {
        return u128::from_str_radix(h, 16)
            .ok()
            .and_then(|n| i128::try_from(n).ok())
            .ok_or_else(|| format!("`{t}` is not a hex integer"));
    }
    let cleaned: String = t.chars().filter(|c| *c != '_').collect();
    if cleaned.contains('.') || cleaned.contains('e') || cleaned.contains('E') {
        return Err(format!(
            "`{t}` is not an integer; give rao, or an amount with a unit such as {t}tao"
        ));
    }
    cleaned
        .parse::<i128>()
        .map_err(|_| format!("`{t}` is not an integer"))
}

fn parse_account(text: &str) -> Option<[u8; 32]> {
    let t = text.trim();
    if let Some(h) = t.strip_prefix("0x") {
        return hex::decode(h)
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok());
    }
    crate::ss58::decode(t).ok().map(|(_, a)| a)
}

fn parse_hex(text: &str) -> Option<Vec<u8>> {
    text.trim()
        .strip_prefix("0x")
        .and_then(|h| hex::decode(h).ok())
}

/// Parse command-line text as a value of type `id`. Simple types take plain text (SS58,
/// integers with units, 0x hex, `true`); anything else is read as JSON.
pub fn from_text(
    types: &PortableRegistry,
    id: u32,
    text: &str,
    place: Place,
) -> Result<Value, RawError> {
    let id = uncompact(types, id);
    let ty = resolve(types, id).ok_or_else(|| {
        bad(
            place,
            format!("#{id}"),
            text,
            "the metadata has no such type",
        )
    })?;
    let expected = || type_name(types, id);
    let hint = || accepts(types, id);
    if is_account(ty) {
        return parse_account(text)
            .map(Value::from_bytes)
            .ok_or_else(|| bad(place, expected(), quote(text), &format!("give {}", hint())));
    }
    if ident(ty) == Some("MultiAddress") && !text.trim_start().starts_with('{') {
        return parse_account(text)
            .map(|a| Value::unnamed_variant("Id", [Value::from_bytes(a)]))
            .ok_or_else(|| bad(place, expected(), quote(text), &format!("give {}", hint())));
    }
    if ident(ty) == Some("Option") && !text.trim_start().starts_with('{') {
        let t = text.trim();
        if t.eq_ignore_ascii_case("none") || t == "null" {
            return Ok(Value::unnamed_variant("None", Vec::<Value>::new()));
        }
        let inner = option_inner(ty).ok_or_else(|| {
            bad(
                place,
                expected(),
                quote(text),
                "the metadata's Option has no Some",
            )
        })?;
        return Ok(Value::unnamed_variant(
            "Some",
            [from_text(types, inner, text, place)?],
        ));
    }
    match &ty.type_def {
        TypeDef::Primitive(TypeDefPrimitive::Bool) => match text.trim() {
            "true" => Ok(Value::bool(true)),
            "false" => Ok(Value::bool(false)),
            other => Err(bad(
                place,
                "bool".into(),
                quote(other),
                "give true or false",
            )),
        },
        TypeDef::Primitive(TypeDefPrimitive::Str) => Ok(Value::string(text)),
        TypeDef::Primitive(TypeDefPrimitive::Char) => {
            let mut cs = text.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::char(c)),
                _ => Err(bad(place, "char".into(), quote(text), "give one character")),
            }
        }
        TypeDef::Primitive(p) => {
            let Some((signed, bits)) = int_shape(p) else {
                return Err(bad(
                    place,
                    expected(),
                    quote(text),
                    "256-bit integers are given as JSON",
                ));
            };
            let n = parse_integer(text).map_err(|why| bad(place, expected(), quote(text), &why))?;
            let (min, max) = if signed {
                (
                    -(1i128 << (bits - 1).min(126)),
                    (1i128 << (bits - 1).min(126)) - 1,
                )
            } else {
                (
                    0,
                    if bits >= 127 {
                        i128::MAX
                    } else {
                        (1i128 << bits) - 1
                    },
                )
            };
            if bits == 128 && !signed {
                // u128 beyond i128::MAX comes only as decimal text.
                if let Ok(u) = text.trim().replace('_', "").parse::<u128>() {
                    return Ok(Value::u128(u));
                }
            }
            if n < min || n > max {
                return Err(bad(
                    place,
                    expected(),
                    quote(text),
                    &format!("{} holds {min} to {max}", primitive_name(p)),
                ));
            }
            Ok(if signed {
                Value::i128(n)
            } else {
                Value::u128(n as u128)
            })
        }
        TypeDef::Sequence(s) if is_byte(types, s.type_param.id) => Ok(Value::from_bytes(
            parse_hex(text).unwrap_or_else(|| text.as_bytes().to_vec()),
        )),
        TypeDef::Array(a) if is_byte(types, a.type_param.id) => match parse_hex(text) {
            Some(b) if b.len() == a.len as usize => Ok(Value::from_bytes(b)),
            Some(b) => Err(bad(
                place,
                expected(),
                format!("{} bytes", b.len()),
                &format!("give 0x hex of exactly {} bytes", a.len),
            )),
            None => Err(bad(
                place,
                expected(),
                quote(text),
                &format!("give 0x hex of {} bytes", a.len),
            )),
        },
        TypeDef::Composite(c)
            if c.fields.len() == 1 && !text.trim_start().starts_with(['{', '[']) =>
        {
            let f = &c.fields[0];
            let inner = from_text(types, f.ty.id, text, place)?;
            Ok(match &f.name {
                Some(n) => Value::named_composite([(n.clone(), inner)]),
                None => Value::unnamed_composite([inner]),
            })
        }
        TypeDef::Variant(v) if !text.trim_start().starts_with(['{', '"']) => {
            let t = text.trim();
            match v
                .variants
                .iter()
                .find(|x| x.name == t || x.name.eq_ignore_ascii_case(t))
            {
                Some(x) if x.fields.is_empty() => {
                    Ok(Value::unnamed_variant(x.name.clone(), Vec::<Value>::new()))
                }
                Some(x) => Err(bad(
                    place,
                    expected(),
                    quote(text),
                    &format!("{} has fields: give JSON {{\"{}\": …}}", x.name, x.name),
                )),
                None => Err(bad(
                    place,
                    expected(),
                    quote(text),
                    &suggestion_hint(t, v.variants.iter().map(|x| x.name.as_str()), &hint()),
                )),
            }
        }
        _ => {
            let j: Json = serde_json::from_str(text).map_err(|e| {
                bad(
                    place,
                    expected(),
                    quote(text),
                    &format!("give {} ({e})", hint()),
                )
            })?;
            if !matches!(j, Json::Array(_) | Json::Object(_) | Json::Null) {
                return Err(bad(
                    place,
                    expected(),
                    quote(text),
                    &format!("give {}", hint()),
                ));
            }
            from_json(types, id, &j, place)
        }
    }
}

fn option_inner(ty: &Type<PortableForm>) -> Option<u32> {
    match &ty.type_def {
        TypeDef::Variant(v) => v
            .variants
            .iter()
            .find(|x| x.name == "Some")
            .and_then(|x| x.fields.first())
            .map(|f| f.ty.id),
        _ => None,
    }
}

fn quote(text: &str) -> String {
    let t: String = text.chars().take(80).collect();
    format!("`{t}`{}", if text.chars().count() > 80 { "…" } else { "" })
}

fn suggestion_hint<'a>(got: &str, names: impl Iterator<Item = &'a str>, fallback: &str) -> String {
    let names: Vec<&str> = names.collect();
    match closest(got, names.iter().copied()).as_slice() {
        [] => format!("give {fallback}"),
        near => format!(
            "did you mean {}?",
            near.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
    }
}

/// Convert JSON to a value of type `id`. Strings and numbers go through [`from_text`], so SS58
/// addresses and `1.5tao` work inside JSON too.
pub fn from_json(
    types: &PortableRegistry,
    id: u32,
    j: &Json,
    place: Place,
) -> Result<Value, RawError> {
    let id = uncompact(types, id);
    let ty = resolve(types, id)
        .ok_or_else(|| bad(place, format!("#{id}"), j, "the metadata has no such type"))?;
    let expected = || type_name(types, id);
    match j {
        Json::String(s) => return from_text(types, id, s, place),
        Json::Number(n) => return from_text(types, id, &n.to_string(), place),
        Json::Bool(b) => return from_text(types, id, if *b { "true" } else { "false" }, place),
        Json::Null => {
            if ident(ty) == Some("Option") {
                return Ok(Value::unnamed_variant("None", Vec::<Value>::new()));
            }
            if matches!(&ty.type_def, TypeDef::Tuple(t) if t.fields.is_empty()) {
                return Ok(Value::unnamed_composite(Vec::<Value>::new()));
            }
            return Err(bad(
                place,
                expected(),
                "null",
                &format!("give {}", accepts(types, id)),
            ));
        }
        _ => {}
    }
    if ident(ty) == Some("Option") && !is_variant_object(j, &["Some", "None"]) {
        let inner = option_inner(ty)
            .ok_or_else(|| bad(place, expected(), j, "the metadata's Option has no Some"))?;
        return Ok(Value::unnamed_variant(
            "Some",
            [from_json(types, inner, j, place)?],
        ));
    }
    match (&ty.type_def, j) {
        (TypeDef::Sequence(s), Json::Array(items)) => {
            let vals = items
                .iter()
                .enumerate()
                .map(|(i, x)| from_json(types, s.type_param.id, x, &format!("{place}[{i}]")))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Value::unnamed_composite(vals))
        }
        (TypeDef::Array(a), Json::Array(items)) => {
            if items.len() != a.len as usize {
                return Err(bad(
                    place,
                    expected(),
                    format!("{} items", items.len()),
                    &format!("give exactly {}", a.len),
                ));
            }
            let vals = items
                .iter()
                .enumerate()
                .map(|(i, x)| from_json(types, a.type_param.id, x, &format!("{place}[{i}]")))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Value::unnamed_composite(vals))
        }
        (TypeDef::Tuple(t), Json::Array(items)) => {
            if items.len() != t.fields.len() {
                return Err(bad(
                    place,
                    expected(),
                    format!("{} items", items.len()),
                    &format!("give {}", t.fields.len()),
                ));
            }
            let vals = items
                .iter()
                .zip(&t.fields)
                .enumerate()
                .map(|(i, (x, f))| from_json(types, f.id, x, &format!("{place}[{i}]")))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Value::unnamed_composite(vals))
        }
        (TypeDef::Composite(c), _) => composite_from_json(types, &c.fields, j, place, &expected())
            .map(|comp| Value {
                value: ValueDef::Composite(comp),
                context: (),
            }),
        (TypeDef::Variant(v), Json::Object(m)) if m.len() == 1 => {
            let (name, payload) = m.iter().next().expect("one entry");
            let x = v
                .variants
                .iter()
                .find(|x| &x.name == name || x.name.eq_ignore_ascii_case(name))
                .ok_or_else(|| {
                    bad(
                        place,
                        expected(),
                        quote(name),
                        &suggestion_hint(
                            name,
                            v.variants.iter().map(|x| x.name.as_str()),
                            "one of its variants",
                        ),
                    )
                })?;
            let comp = if x.fields.is_empty() {
                Composite::Unnamed(Vec::new())
            } else {
                composite_from_json(
                    types,
                    &x.fields,
                    payload,
                    &format!("{place}.{}", x.name),
                    &x.name,
                )?
            };
            Ok(Value::variant(x.name.clone(), comp))
        }
        _ => Err(bad(
            place,
            expected(),
            j,
            &format!("give {}", accepts(types, id)),
        )),
    }
}

fn is_variant_object(j: &Json, names: &[&str]) -> bool {
    matches!(j, Json::Object(m) if m.len() == 1 && names.iter().any(|n| m.contains_key(*n)))
}

/// Fields of a composite from a JSON object (by name) or array (by position); a single-field
/// composite also takes the bare value.
fn composite_from_json(
    types: &PortableRegistry,
    fields: &[Field<PortableForm>],
    j: &Json,
    place: Place,
    what: &str,
) -> Result<Composite<()>, RawError> {
    let named = fields.iter().all(|f| f.name.is_some()) && !fields.is_empty();
    match j {
        Json::Object(m) if named => {
            for k in m.keys() {
                if !fields.iter().any(|f| f.name.as_deref() == Some(k.as_str())) {
                    return Err(RawError::UnknownName {
                        kind: "field",
                        name: k.clone(),
                        within: format!("{what} (at {place})"),
                        suggestions: closest(k, fields.iter().filter_map(|f| f.name.as_deref())),
                    });
                }
            }
            let mut out = Vec::new();
            for f in fields {
                let n = f.name.as_deref().expect("named");
                let v = m.get(n).ok_or_else(|| RawError::MissingField {
                    field: n.to_string(),
                    within: format!("{what} (at {place})"),
                    expected: type_name(types, f.ty.id),
                })?;
                out.push((
                    n.to_string(),
                    from_json(types, f.ty.id, v, &format!("{place}.{n}"))?,
                ));
            }
            Ok(Composite::Named(out))
        }
        Json::Array(items) if fields.len() != 1 => {
            if items.len() != fields.len() {
                return Err(bad(
                    place,
                    what.to_string(),
                    format!("{} items", items.len()),
                    &format!("give {} fields", fields.len()),
                ));
            }
            let vals = items
                .iter()
                .zip(fields)
                .enumerate()
                .map(|(i, (x, f))| from_json(types, f.ty.id, x, &format!("{place}[{i}]")))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(wrap(fields, vals))
        }
        other if fields.len() == 1 => {
            let v = from_json(types, fields[0].ty.id, other, place)?;
            Ok(wrap(fields, vec![v]))
        }
        other => Err(bad(
            place,
            what.to_string(),
            other,
            &format!(
                "give a JSON object with {}",
                fields
                    .iter()
                    .filter_map(|f| f.name.as_deref())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

fn wrap(fields: &[Field<PortableForm>], vals: Vec<Value>) -> Composite<()> {
    if fields.iter().all(|f| f.name.is_some()) && !fields.is_empty() {
        Composite::Named(
            fields
                .iter()
                .zip(vals)
                .map(|(f, v)| (f.name.clone().expect("named"), v))
                .collect(),
        )
    } else {
        Composite::Unnamed(vals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A registry of `T`, and `T`'s id in it.
    fn registry<T: scale_info::TypeInfo + 'static>() -> (PortableRegistry, u32) {
        let mut r = scale_info::Registry::new();
        let id = r.register_type(&scale_info::meta_type::<T>()).id;
        (r.into(), id)
    }

    fn round_trip<T: scale_info::TypeInfo + 'static>(text: &str) -> Json {
        use subxt::ext::scale_encode::EncodeAsType;
        let (types, id) = registry::<T>();
        let v = from_text(&types, id, text, "argument 1").unwrap();
        let bytes = v.encode_as_type(id, &types).unwrap();
        let back =
            subxt::ext::scale_value::scale::decode_as_type(&mut &bytes[..], id, &types).unwrap();
        render(&types, &back)
    }

    #[test]
    fn text_parses_by_type_and_renders_back() {
        let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
        assert_eq!(
            round_trip::<sp_core::crypto::AccountId32>(alice),
            json!(alice)
        );
        assert_eq!(round_trip::<u16>("0x10"), json!(16));
        assert_eq!(round_trip::<u64>("1.5tao"), json!(1_500_000_000u64));
        assert_eq!(round_trip::<Option<u64>>("none"), Json::Null);
        assert_eq!(round_trip::<Option<u64>>("7"), json!(7));
        assert_eq!(round_trip::<Vec<u8>>("hi"), json!("0x6869"));
        assert_eq!(round_trip::<Vec<u16>>("[1]"), json!([1]));
        assert_eq!(
            round_trip::<(u16, u64)>("[1, \"2tao\"]"),
            json!([1, 2_000_000_000u64])
        );
        assert_eq!(round_trip::<bool>("true"), json!(true));
        assert_eq!(
            round_trip::<Vec<sp_core::crypto::AccountId32>>(&format!("[\"{alice}\"]")),
            json!([alice])
        );
    }

    #[test]
    fn wrong_text_names_the_type_and_place_without_looping() {
        let (types, id) = registry::<()>();
        let e = from_text(&types, id, "7", "argument 2 `x`").unwrap_err();
        assert!(
            e.to_string().starts_with("argument 2 `x`: expected ()"),
            "{e}"
        );
        let (types, id) = registry::<u8>();
        let e = from_text(&types, id, "300", "key 1").unwrap_err();
        assert!(format!("{e:?}").contains("0 to 255"), "{e:?}");
        let (types, id) = registry::<[u8; 4]>();
        assert!(from_text(&types, id, "0x0102", "key 1").is_err());
        let (types, id) = registry::<sp_core::crypto::AccountId32>();
        let e = from_text(&types, id, "5Grw", "key 1").unwrap_err();
        assert!(format!("{e:?}").contains("SS58"), "{e:?}");
    }

    #[test]
    fn fixed_point_values_print_exactly() {
        assert_eq!(fixed_decimal(1 << 64, 64), "1");
        assert_eq!(fixed_decimal(3 << 63, 64), "1.5");
        assert_eq!(fixed_decimal(-(1i128 << 31), 32), "-0.5");
        assert_eq!(fixed_decimal(1, 2), "0.25");
        assert_eq!(fixed_decimal(0, 64), "0");
    }

    #[test]
    fn integers_take_units_hex_and_underscores() {
        assert_eq!(parse_integer("1.5tao"), Ok(1_500_000_000));
        assert_eq!(parse_integer("2alpha"), Ok(2_000_000_000));
        assert_eq!(parse_integer("0.5τ"), Ok(500_000_000));
        assert_eq!(parse_integer("0x10"), Ok(16));
        assert_eq!(parse_integer("1_000"), Ok(1000));
        assert_eq!(parse_integer("-3"), Ok(-3));
        assert!(parse_integer("1.5").unwrap_err().contains("1.5tao"));
        assert!(parse_integer("abc").is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_u64_round_trips_through_text(n: u64) {
            proptest::prop_assert_eq!(parse_integer(&n.to_string()), Ok(i128::from(n)));
            proptest::prop_assert_eq!(parse_integer(&format!("{n:#x}")), Ok(i128::from(n)));
        }

        #[test]
        fn amounts_with_units_are_rao(rao in 0u64..=u64::MAX / 2) {
            let text = format!("{}tao", crate::units::format_decimal(rao));
            proptest::prop_assert_eq!(parse_integer(&text), Ok(i128::from(rao)));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}") {
            let _ = parse_integer(&s);
        }
    }
}
