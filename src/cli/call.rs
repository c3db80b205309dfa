//! `tao call`: any call of the runtime, built from named arguments by the metadata and sent
//! through the same pipeline as every named command (checks, fee, confirmation, `--dry-run`,
//! `--wait`, `--json`, exit codes). `--list` shows the calls.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::json;

use crate::chain::ChainError;
use crate::chain::extrinsics::{self, KeyRole, PlanError};
use crate::chain::raw;
use crate::chain::raw::calls::{self, ArgInput};
use crate::cli::args::{ChainArgs, TxArgs};
use crate::cli::connect::read;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::error::Failure;
use crate::ui::table;

/// Which of the wallet's keys signs a raw call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Signer {
    /// The coldkey (funds, staking, ownership)
    Coldkey,
    /// The hotkey (weights, axons, child keys)
    Hotkey,
}

impl Signer {
    /// The pipeline's key role.
    pub fn role(self) -> KeyRole {
        match self {
            Signer::Coldkey => KeyRole::Coldkey,
            Signer::Hotkey => KeyRole::Hotkey,
        }
    }
}

/// Send any call of the runtime
///
/// Arguments are NAME=VALUE (or values in the call's order), parsed by their types: SS58 for
/// accounts and addresses, integers as given or with a unit (`1.5tao`, `2alpha`: converted to
/// rao), `true`/`false`, 0x hex for bytes, JSON for structured values. A call that a named
/// command also sends gets that command's checks before signing.
///
/// Examples:
///   tao call Balances transfer_keep_alive dest=5F…  value=1.5tao --dry-run
///   tao call SubtensorModule add_stake hotkey=5F… netuid=1 amount_staked=10tao
///   tao call --list SubtensorModule
///   tao call Balances transfer_keep_alive dest=5F… value=1tao --metadata finney.scale
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CallArgs {
    /// The pallet (such as Balances); with `--list`, the pallet to list
    pub pallet: Option<String>,
    /// The call (such as transfer_keep_alive)
    pub call: Option<String>,
    /// The call's arguments: NAME=VALUE, or values in order
    pub args: Vec<String>,
    /// List the calls (of PALLET, or of every pallet) with their arguments and documentation
    #[arg(long)]
    pub list: bool,
    /// Use the runtime metadata in FILE and stay offline: `--list` works as with a node, and a
    /// call prints its encoded bytes instead of being signed
    #[arg(long, value_name = "FILE")]
    pub metadata: Option<PathBuf>,
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

/// Split `NAME=VALUE` (NAME an identifier) from a bare value.
pub fn split_arg(text: &str) -> (Option<String>, ArgInput) {
    if let Some((name, value)) = text.split_once('=')
        && !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit())
    {
        return (Some(name.to_string()), ArgInput::Text(value.to_string()));
    }
    (None, ArgInput::Text(text.to_string()))
}

impl CallArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if self.list {
            if self.call.is_some() {
                return Err(Failure::usage(
                    "raw.wrong_arguments",
                    "`--list` takes at most a pallet",
                )
                .with_hint("drop the call and arguments, or drop `--list`"));
            }
            return self.run_list(ctx);
        }
        let (Some(pallet), Some(call)) = (self.pallet.clone(), self.call.clone()) else {
            return Err(Failure::usage(
                "raw.wrong_arguments",
                "`tao call` needs a pallet and a call",
            )
            .with_hint(
                "`tao call PALLET CALL [NAME=VALUE…]`, or `tao call --list [PALLET]` to see them",
            ));
        };
        let args: Vec<(Option<String>, ArgInput)> =
            self.args.iter().map(|a| split_arg(a)).collect();
        if let Some(path) = &self.metadata {
            let md = raw::metadata_file(path).map_err(|e| Failure::from_diagnostic(&e))?;
            let (c, info) = calls::build(&md, &pallet, &call, &args)
                .map_err(|e| Failure::from_diagnostic(&e))?;
            let decoded = calls::decode(&md, &c.data).map_err(Failure::from)?;
            let hex = crate::chain::client::to_hex(&c.data);
            let data = json!({
                "call": { "pallet": c.pallet, "name": c.name },
                "signature": info.signature(),
                "args": decoded.args_json(&md),
                "call_data": hex,
                "offline": true,
            });
            return Ok(Report::new(
                data,
                format!("{}\ncall data {hex}\n", info.signature()),
            ));
        }
        let role = self.signer.role();
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            role,
            "call",
            async |tc, signer| {
                let (c, _) = calls::build(tc.metadata(), &pallet, &call, &args)
                    .map_err(|e| PlanError::Chain(ChainError::Raw(e)))?;
                extrinsics::raw::plan_call(tc, &signer, c, role).await
            },
        )
    }

    fn run_list(self, ctx: &Context) -> CmdResult {
        let which = self.pallet.clone();
        let (list, chain) = match &self.metadata {
            Some(path) => {
                let md = raw::metadata_file(path).map_err(|e| Failure::from_diagnostic(&e))?;
                let l =
                    calls::list(&md, which.as_deref()).map_err(|e| Failure::from_diagnostic(&e))?;
                (l, json!({ "metadata_file": path.display().to_string() }))
            }
            None => {
                let chain_args = ChainArgs {
                    timeout: self.tx.timeout.min(120),
                    block: None,
                };
                let (l, pinned) = read(ctx, &chain_args, "reading the metadata", async |chain| {
                    Ok((
                        calls::list(&chain.metadata, which.as_deref()).map_err(ChainError::Raw)?,
                        None,
                    ))
                })?;
                (l, pinned.json())
            }
        };
        let mut t = table::new(["call", "arguments", "docs"]);
        for c in &list {
            let docs: String = c.docs.as_str().chars().take(70).collect();
            t.add_row([
                format!("{}.{}", c.pallet, c.name),
                c.args
                    .iter()
                    .map(|(n, ty)| format!("{n}: {ty}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                docs,
            ]);
        }
        let data = json!({
            "chain": chain,
            "calls": list.iter().map(calls::CallInfo::json).collect::<Vec<_>>(),
        });
        Ok(Report::new(data, table::render(&t)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_split_at_the_first_equals_after_a_name() {
        assert_eq!(
            split_arg("value=1.5tao"),
            (Some("value".into()), ArgInput::Text("1.5tao".into()))
        );
        assert_eq!(
            split_arg("data={\"a\":\"b=c\"}"),
            (
                Some("data".into()),
                ArgInput::Text("{\"a\":\"b=c\"}".into())
            )
        );
        assert_eq!(
            split_arg("{\"a\":1}"),
            (None, ArgInput::Text("{\"a\":1}".into()))
        );
        assert_eq!(split_arg("5F=x"), (None, ArgInput::Text("5F=x".into())));
    }
}
