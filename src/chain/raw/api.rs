//! Runtime API methods by name: their signatures (`--list`) and calls with arguments parsed by
//! their input types.

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::storage::one_line;
use super::types::{from_text, render, type_name};
use super::{RawError, find_name};
use crate::chain::client::Chain;
use crate::chain::error::ChainError;

/// One runtime API method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodInfo {
    /// The API (trait) name.
    pub api: String,
    /// The method.
    pub name: String,
    /// Each input's name and type.
    pub inputs: Vec<(String, String)>,
    /// The output type.
    pub output: String,
    /// The documentation, one line.
    pub docs: String,
}

impl MethodInfo {
    /// The JSON of a listing row.
    pub fn json(&self) -> Json {
        json!({
            "api": self.api,
            "method": self.name,
            "inputs": self.inputs.iter().map(|(n, t)| json!({ "name": n, "type": t })).collect::<Vec<_>>(),
            "output": self.output,
            "docs": self.docs,
        })
    }

    /// `Api.method(name: Type, …) → Output`.
    pub fn signature(&self) -> String {
        format!(
            "{}.{}({}) → {}",
            self.api,
            self.name,
            self.inputs
                .iter()
                .map(|(n, t)| format!("{n}: {t}"))
                .collect::<Vec<_>>()
                .join(", "),
            self.output
        )
    }
}

fn info(
    md: &subxt::Metadata,
    api: &str,
    m: &subxt::metadata::RuntimeApiMethodMetadata,
) -> MethodInfo {
    MethodInfo {
        api: api.to_string(),
        name: m.name().to_string(),
        inputs: m
            .inputs()
            .map(|i| (i.name.to_string(), type_name(md.types(), i.id)))
            .collect(),
        output: type_name(md.types(), m.output_ty()),
        docs: one_line(m.docs()),
    }
}

fn api_trait<'a>(
    md: &'a subxt::Metadata,
    name: &str,
) -> Result<subxt::metadata::RuntimeApiMetadata<'a>, RawError> {
    let found = find_name(
        "runtime API",
        name,
        "the runtime",
        md.runtime_api_traits().map(|t| t.name()),
    )?;
    Ok(md.runtime_api_trait_by_name(found).expect("listed"))
}

/// The methods of one API, or of every API.
pub fn list(md: &subxt::Metadata, api: Option<&str>) -> Result<Vec<MethodInfo>, RawError> {
    let traits = match api {
        Some(a) => vec![api_trait(md, a)?],
        None => md.runtime_api_traits().collect(),
    };
    Ok(traits
        .iter()
        .flat_map(|t| {
            t.methods()
                .map(|m| info(md, t.name(), &m))
                .collect::<Vec<_>>()
        })
        .collect())
}

/// A method resolved by (loose) name with its arguments parsed.
#[derive(Debug, Clone)]
pub struct Request {
    /// The method.
    pub info: MethodInfo,
    /// The arguments.
    pub args: Vec<Value>,
}

/// Resolve `api.method` and parse `args` by its input types, in order.
pub fn request(
    md: &subxt::Metadata,
    api: &str,
    method: &str,
    args: &[String],
) -> Result<Request, RawError> {
    let t = api_trait(md, api)?;
    let names: Vec<&str> = t.methods().map(|m| m.name()).collect();
    let name = find_name(
        "method",
        method,
        &format!("the runtime API {}", t.name()),
        names.iter().copied(),
    )?
    .to_string();
    let m = t.method_by_name(&name).expect("found");
    let info = info(md, t.name(), &m);
    let inputs: Vec<(String, u32)> = m.inputs().map(|i| (i.name.to_string(), i.id)).collect();
    if args.len() != inputs.len() {
        let takes = if inputs.is_empty() {
            "no arguments".to_string()
        } else {
            format!(
                "{} argument{}: {}",
                inputs.len(),
                if inputs.len() == 1 { "" } else { "s" },
                info.inputs
                    .iter()
                    .map(|(n, t)| format!("{n}: {t}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        return Err(RawError::WrongCount {
            what: info.signature(),
            expected: takes.clone(),
            got: args.len(),
            hint: format!("give {takes}, in order"),
        });
    }
    let mut parsed = Vec::new();
    for (i, (text, (n, id))) in args.iter().zip(&inputs).enumerate() {
        let place = format!("argument {} `{n}` ({})", i + 1, type_name(md.types(), *id));
        parsed.push(from_text(md.types(), *id, text, &place)?);
    }
    Ok(Request { info, args: parsed })
}

/// Call the method at the pinned block and render its answer.
pub async fn call(chain: &Chain, req: &Request) -> Result<Json, ChainError> {
    let v = chain.call(&req.info.api, &req.info.name, &req.args).await?;
    Ok(render(chain.metadata.types(), &v))
}
