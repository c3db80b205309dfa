//! `tao tx batch`: a file of calls sent as one Utility batch, each item checked before signing
//! and each item's outcome read back from the events; and air-gapped signing (`tao tx sign`,
//! `submit`, `decode`, in [`offline`]).

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::Value as Json;

use crate::chain::ChainError;
use crate::chain::extrinsics::raw::BatchMode;
use crate::chain::extrinsics::{self, PlanError};
use crate::chain::raw::RawError;
use crate::chain::raw::calls::{self, ArgInput};
use crate::cli::args::TxArgs;
use crate::cli::call::Signer;
use crate::cli::{CmdResult, Context, pipeline};
use crate::error::Failure;

pub mod offline;

/// Transactions built from files.
#[derive(Debug, Subcommand)]
pub enum TxCommand {
    /// Send a file of calls as one batch (Utility.batch_all by default)
    Batch(BatchArgs),
    /// Sign an unsigned transaction file (`--unsigned-out`) with no network
    Sign(offline::SignArgs),
    /// Submit a signed transaction file and watch it
    Submit(offline::SubmitArgs),
    /// Print a tao transaction file or an extrinsic's hex in readable form
    Decode(offline::DecodeArgs),
}

impl TxCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            TxCommand::Batch(a) => a.run(ctx),
            TxCommand::Sign(a) => a.run(ctx),
            TxCommand::Submit(a) => a.run(ctx),
            TxCommand::Decode(a) => a.run(ctx),
        }
    }
}

/// Send a file of calls as one batch
///
/// FILE is JSON (a list, or {"calls": [...]}) or TOML ([[calls]] tables); `-` reads standard
/// input. Each item is {"call": "Pallet.call_name", "args": {NAME: VALUE, ...}}, the values
/// parsed as `tao call` parses them (strings such as "5F…" or "1.5tao" work inside JSON).
/// Every item is checked before signing; a refusal names the item.
///
/// Example (batch.json):
///   [{"call": "Balances.transfer_keep_alive", "args": {"dest": "5F…", "value": "1tao"}},
///    {"call": "SubtensorModule.add_stake",
///     "args": {"hotkey": "5F…", "netuid": 1, "amount_staked": "10tao"}}]
///   tao tx batch batch.json --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct BatchArgs {
    /// The file of calls (JSON or TOML; `-` for standard input)
    pub file: PathBuf,
    /// all: every item or none (batch_all); batch: in order until one fails; force: every item
    /// whatever fails (force_batch)
    #[arg(long, value_enum, default_value = "all")]
    pub mode: BatchMode,
    /// Which of the wallet's keys signs
    #[arg(long, value_enum, default_value = "coldkey")]
    pub signer: Signer,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

/// One item of a batch file.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The pallet.
    pub pallet: String,
    /// The call.
    pub call: String,
    /// The arguments by name.
    pub args: Vec<(Option<String>, ArgInput)>,
}

fn bad_file(path: &Path, reason: impl Into<String>) -> RawError {
    RawError::BadFile {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

/// Parse a batch file's text: JSON, else TOML.
pub fn parse_batch(path: &Path, text: &str) -> Result<Vec<Item>, RawError> {
    let is_toml = path.extension().is_some_and(|e| e == "toml");
    let doc: Json = if is_toml {
        toml::from_str::<Json>(text).map_err(|e| bad_file(path, format!("not TOML: {e}")))?
    } else {
        match serde_json::from_str::<Json>(text) {
            Ok(j) => j,
            Err(je) => toml::from_str::<Json>(text)
                .map_err(|_| bad_file(path, format!("neither JSON nor TOML (JSON: {je})")))?,
        }
    };
    let list = match &doc {
        Json::Array(a) => a.clone(),
        Json::Object(m) => match m.get("calls") {
            Some(Json::Array(a)) => a.clone(),
            _ => {
                return Err(bad_file(
                    path,
                    "expected a list of calls, or {\"calls\": [...]}",
                ));
            }
        },
        _ => {
            return Err(bad_file(
                path,
                "expected a list of calls, or {\"calls\": [...]}",
            ));
        }
    };
    if list.is_empty() {
        return Err(bad_file(path, "the batch has no calls"));
    }
    let mut items = Vec::new();
    for (i, entry) in list.iter().enumerate() {
        let Json::Object(m) = entry else {
            return Err(bad_file(
                path,
                format!("item {i} is not an object {{\"call\", \"args\"}}"),
            ));
        };
        if let Some(k) = m.keys().find(|k| *k != "call" && *k != "args") {
            return Err(bad_file(
                path,
                format!("item {i} has an unknown key `{k}` (only `call` and `args`)"),
            ));
        }
        let Some(Json::String(name)) = m.get("call") else {
            return Err(bad_file(
                path,
                format!("item {i} has no \"call\": \"Pallet.call_name\""),
            ));
        };
        let Some((pallet, call)) = name.split_once('.') else {
            return Err(bad_file(
                path,
                format!("item {i}: `{name}` is not Pallet.call_name"),
            ));
        };
        let args = match m.get("args") {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::Object(a)) => a
                .iter()
                .map(|(k, v)| (Some(k.clone()), ArgInput::Json(v.clone())))
                .collect(),
            Some(Json::Array(a)) => a
                .iter()
                .map(|v| (None, ArgInput::Json(v.clone())))
                .collect(),
            Some(_) => {
                return Err(bad_file(
                    path,
                    format!("item {i}: `args` must be an object of NAME: VALUE"),
                ));
            }
        };
        items.push(Item {
            pallet: pallet.to_string(),
            call: call.to_string(),
            args,
        });
    }
    Ok(items)
}

/// Name the batch item an error belongs to.
fn in_item(i: usize, e: RawError) -> RawError {
    match e {
        RawError::UnknownName {
            kind,
            name,
            within,
            suggestions,
        } => RawError::UnknownName {
            kind,
            name,
            within: format!("{within} (item {i})"),
            suggestions,
        },
        RawError::BadValue {
            place,
            expected,
            got,
            hint,
        } => RawError::BadValue {
            place: format!("item {i}, {place}"),
            expected,
            got,
            hint,
        },
        RawError::MissingField {
            field,
            within,
            expected,
        } => RawError::MissingField {
            field,
            within: format!("item {i}, {within}"),
            expected,
        },
        RawError::WrongCount {
            what,
            expected,
            got,
            hint,
        } => RawError::WrongCount {
            what: format!("item {i}, {what}"),
            expected,
            got,
            hint,
        },
        other => other,
    }
}

impl BatchArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let text = if self.file.as_os_str() == "-" {
            std::io::read_to_string(std::io::stdin())
                .map_err(|e| Failure::from_diagnostic(&bad_file(&self.file, e.to_string())))?
        } else {
            std::fs::read_to_string(&self.file)
                .map_err(|e| Failure::from_diagnostic(&bad_file(&self.file, e.to_string())))?
        };
        let items = parse_batch(&self.file, &text).map_err(|e| Failure::from_diagnostic(&e))?;
        let role = self.signer.role();
        let mode = self.mode;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            role,
            "batch",
            async |tc, signer| {
                let mut built = Vec::new();
                for (i, it) in items.iter().enumerate() {
                    let (c, _) = calls::build(tc.metadata(), &it.pallet, &it.call, &it.args)
                        .map_err(|e| PlanError::Chain(ChainError::Raw(in_item(i, e))))?;
                    built.push(c);
                }
                extrinsics::raw::plan_batch(tc, &signer, built, mode, role).await
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_toml_batches_parse_alike() {
        let json = r#"[{"call": "Balances.transfer_keep_alive", "args": {"dest": "5F", "value": "1tao"}},
                       {"call": "System.remark", "args": {"remark": "0x01"}}]"#;
        let toml = r#"
[[calls]]
call = "Balances.transfer_keep_alive"
args = { dest = "5F", value = "1tao" }

[[calls]]
call = "System.remark"
[calls.args]
remark = "0x01"
"#;
        let a = parse_batch(Path::new("b.json"), json).unwrap();
        let b = parse_batch(Path::new("b.toml"), toml).unwrap();
        assert_eq!(a, b);
        assert_eq!(a[0].pallet, "Balances");
        assert_eq!(a[1].call, "remark");
    }

    #[test]
    fn bad_batches_name_the_item() {
        for (text, needle) in [
            ("[]", "no calls"),
            ("{}", "a list of calls"),
            (
                r#"[{"call": "Balances"}]"#,
                "item 0: `Balances` is not Pallet.call_name",
            ),
            (
                r#"[{"call": "A.b"}, {"cal": "A.b"}]"#,
                "item 1 has an unknown key `cal`",
            ),
            ("not json = [", "neither JSON nor TOML"),
        ] {
            let e = parse_batch(Path::new("b.json"), text)
                .unwrap_err()
                .to_string();
            assert!(e.contains(needle), "{text}: {e}");
        }
    }
}
