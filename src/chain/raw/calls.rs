//! Calls by name: their arguments and documentation (`--list`), a call built from named
//! arguments given as text or JSON, and a call's bytes decoded back into named, rendered
//! arguments (what the summary shows and what the guards read).

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::storage::one_line;
use super::types::{from_json, from_text, render_field, type_name};
use super::{RawError, find_name, pallet};
use crate::chain::error::ChainError;
use crate::chain::tx::Call;
use crate::chain::value::Val;

/// One call of the metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallInfo {
    /// The pallet.
    pub pallet: String,
    /// The call.
    pub name: String,
    /// Each argument's name and type.
    pub args: Vec<(String, String)>,
    /// The documentation, one line.
    pub docs: String,
}

impl CallInfo {
    /// The JSON of a listing row.
    pub fn json(&self) -> Json {
        json!({
            "pallet": self.pallet,
            "call": self.name,
            "args": self.args.iter().map(|(n, t)| json!({ "name": n, "type": t })).collect::<Vec<_>>(),
            "docs": self.docs,
        })
    }

    /// `Pallet.call(name: Type, …)`.
    pub fn signature(&self) -> String {
        format!(
            "{}.{}({})",
            self.pallet,
            self.name,
            self.args
                .iter()
                .map(|(n, t)| format!("{n}: {t}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

fn field_name(f: &scale_info::Field<scale_info::form::PortableForm>, i: usize) -> String {
    f.name.clone().unwrap_or_else(|| i.to_string())
}

fn info(
    md: &subxt::Metadata,
    pallet: &str,
    v: &scale_info::Variant<scale_info::form::PortableForm>,
) -> CallInfo {
    CallInfo {
        pallet: pallet.to_string(),
        name: v.name.clone(),
        args: v
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| (field_name(f, i), type_name(md.types(), f.ty.id)))
            .collect(),
        docs: one_line(&v.docs),
    }
}

/// The calls of one pallet, or of every pallet.
pub fn list(md: &subxt::Metadata, pallet_name: Option<&str>) -> Result<Vec<CallInfo>, RawError> {
    let pallets = match pallet_name {
        Some(p) => vec![pallet(md, p)?],
        None => md.pallets().collect(),
    };
    Ok(pallets
        .iter()
        .flat_map(|p| {
            p.call_variants()
                .unwrap_or(&[])
                .iter()
                .map(|v| info(md, p.name(), v))
                .collect::<Vec<_>>()
        })
        .collect())
}

/// One argument as given: text from the command line or JSON from a file.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgInput {
    /// `name=value` on the command line.
    Text(String),
    /// A JSON value.
    Json(Json),
}

/// Build `pallet.call` from arguments given by name (`Some(name)`) or, on the command line, by
/// position (`None`, in the call's order). Names may be written loosely (`hotkey`, `Hotkey`).
pub fn build(
    md: &subxt::Metadata,
    pallet_name: &str,
    call_name: &str,
    args: &[(Option<String>, ArgInput)],
) -> Result<(Call, CallInfo), RawError> {
    let p = pallet(md, pallet_name)?;
    let variants = p.call_variants().unwrap_or(&[]);
    let name = find_name(
        "call",
        call_name,
        &format!("the pallet {}", p.name()),
        variants.iter().map(|v| v.name.as_str()),
    )?;
    let v = variants.iter().find(|v| v.name == name).expect("found");
    let info = info(md, p.name(), v);
    let fields: Vec<(String, u32)> = v
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| (field_name(f, i), f.ty.id))
        .collect();
    let mut given: Vec<Option<&ArgInput>> = vec![None; fields.len()];
    let mut position = 0usize;
    for (n, a) in args {
        let slot = match n {
            Some(n) => {
                let found = find_name(
                    "argument",
                    n,
                    &info.signature(),
                    fields.iter().map(|(f, _)| f.as_str()),
                )?;
                fields.iter().position(|(f, _)| f == found).expect("found")
            }
            None => {
                while position < fields.len() && given[position].is_some() {
                    position += 1;
                }
                position
            }
        };
        if slot >= fields.len() {
            return Err(RawError::WrongCount {
                what: info.signature(),
                expected: format!(
                    "{} argument{}",
                    fields.len(),
                    if fields.len() == 1 { "" } else { "s" }
                ),
                got: args.len(),
                hint: "give each argument once, as NAME=VALUE".into(),
            });
        }
        if given[slot].is_some() {
            return Err(RawError::WrongCount {
                what: info.signature(),
                expected: format!("`{}` once", fields[slot].0),
                got: 2,
                hint: "give each argument once".into(),
            });
        }
        given[slot] = Some(a);
    }
    let mut values: Vec<(&str, Value)> = Vec::new();
    for (i, ((fname, id), g)) in fields.iter().zip(&given).enumerate() {
        let Some(g) = g else {
            return Err(RawError::MissingField {
                field: fname.clone(),
                within: info.signature(),
                expected: type_name(md.types(), *id),
            });
        };
        let place = format!(
            "argument {} `{fname}` ({})",
            i + 1,
            type_name(md.types(), *id)
        );
        let v = match g {
            ArgInput::Text(t) => from_text(md.types(), *id, t, &place)?,
            ArgInput::Json(j) => from_json(md.types(), *id, j, &place)?,
        };
        values.push((fname.as_str(), v));
    }
    let call = encode(md, p.name(), name, values).map_err(|e| RawError::BadValue {
        place: info.signature(),
        expected: "arguments that encode".into(),
        got: e.to_string(),
        hint: "check each argument against `tao call --list`".into(),
    })?;
    Ok((call, info))
}

fn encode(
    md: &subxt::Metadata,
    pallet: &str,
    name: &str,
    fields: Vec<(&str, Value)>,
) -> Result<Call, ChainError> {
    let named = fields.iter().all(|(n, _)| n.parse::<usize>().is_err());
    if named {
        return Call::new(md, pallet, name, fields);
    }
    let composite = subxt::ext::scale_value::Composite::unnamed(fields.into_iter().map(|(_, v)| v));
    Call::from_composite(md, pallet, name, &composite)
}

/// A call's bytes decoded: its pallet, name and arguments.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The pallet.
    pub pallet: String,
    /// The call.
    pub name: String,
    /// Each argument by name, decoded against the metadata.
    pub args: Vec<(String, Val)>,
    /// Each argument's declared type name (`T::Balance`), for rendering amounts.
    pub type_names: Vec<Option<String>>,
}

impl Decoded {
    /// An argument by name.
    pub fn arg(&self, name: &str) -> Option<&Val> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The arguments rendered as tao's JSON.
    pub fn args_json(&self, md: &subxt::Metadata) -> Json {
        Json::Object(
            self.args
                .iter()
                .zip(&self.type_names)
                .map(|((n, v), t)| (n.clone(), render_field(md.types(), v, t.as_deref())))
                .collect(),
        )
    }
}

/// Decode `pallet_index ++ call_index ++ args`, requiring every byte to be used.
pub fn decode(md: &subxt::Metadata, data: &[u8]) -> Result<Decoded, ChainError> {
    let what = "a call";
    let (&pi, rest) = data
        .split_first()
        .ok_or_else(|| ChainError::decode(what, "empty"))?;
    let (&ci, mut rest) = rest
        .split_first()
        .ok_or_else(|| ChainError::decode(what, "no call index"))?;
    let p = md
        .pallet_by_call_index(pi)
        .ok_or_else(|| ChainError::decode(what, format!("no pallet with call index {pi}")))?;
    let v = p
        .call_variant_by_index(ci)
        .ok_or_else(|| ChainError::decode(what, format!("{} has no call {ci}", p.name())))?;
    let mut args = Vec::new();
    let type_names = v.fields.iter().map(|f| f.type_name.clone()).collect();
    for (i, f) in v.fields.iter().enumerate() {
        let val = subxt::ext::scale_value::scale::decode_as_type(&mut rest, f.ty.id, md.types())
            .map_err(|e| ChainError::decode(format!("{}.{}", p.name(), v.name), e))?;
        args.push((field_name(f, i), val));
    }
    if !rest.is_empty() {
        return Err(ChainError::decode(
            format!("{}.{}", p.name(), v.name),
            format!("{} bytes left over", rest.len()),
        ));
    }
    Ok(Decoded {
        pallet: p.name().to_string(),
        name: v.name.clone(),
        args,
        type_names,
    })
}
