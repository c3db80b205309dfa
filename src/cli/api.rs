//! `tao api`: any runtime API method, its arguments parsed by their types and its answer
//! decoded to JSON; `--list` shows the methods.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use crate::chain::ChainError;
use crate::chain::raw::{self, api};
use crate::cli::args::ChainArgs;
use crate::cli::connect::read;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::table;

/// Call any runtime API method
///
/// Arguments are parsed by the method's input types, in order, as `tao query` parses keys.
///
/// Examples:
///   tao api SubnetInfoRuntimeApi get_subnet_hyperparams_v2 1
///   tao api StakeInfoRuntimeApi get_stake_info_for_coldkey 5F…coldkey
///   tao api SwapRuntimeApi current_alpha_price 1 --at 1200
///   tao api --list SubnetInfoRuntimeApi
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ApiArgs {
    /// The runtime API (such as SubnetInfoRuntimeApi); with `--list`, the API to list
    pub api: Option<String>,
    /// The method (such as get_subnet_hyperparams_v2)
    pub method: Option<String>,
    /// The method's arguments, in order
    pub args: Vec<String>,
    /// List the methods (of API, or of every API) with their inputs and output
    #[arg(long)]
    pub list: bool,
    /// Use the runtime metadata in FILE and stay offline: `--list` works as with a node, and a
    /// call prints its encoded input instead of sending it
    #[arg(long, value_name = "FILE")]
    pub metadata: Option<PathBuf>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ApiArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if self.list {
            if self.method.is_some() {
                return Err(
                    Failure::usage("raw.wrong_arguments", "`--list` takes at most an API")
                        .with_hint("drop the method and arguments, or drop `--list`"),
                );
            }
            return self.run_list(ctx);
        }
        let (Some(api_name), Some(method)) = (self.api.clone(), self.method.clone()) else {
            return Err(Failure::usage(
                "raw.wrong_arguments",
                "`tao api` needs a runtime API and a method",
            )
            .with_hint("`tao api API METHOD [ARG…]`, or `tao api --list [API]` to see them"));
        };
        if let Some(path) = &self.metadata {
            let md = raw::metadata_file(path).map_err(|e| Failure::from_diagnostic(&e))?;
            let req = api::request(&md, &api_name, &method, &self.args)
                .map_err(|e| Failure::from_diagnostic(&e))?;
            let input = crate::chain::client::encode_api_args(
                &md,
                &req.info.api,
                &req.info.name,
                &req.args,
            )
            .map_err(Failure::from)?;
            let hex = crate::chain::client::to_hex(&input);
            let data = json!({
                "api": req.info.api,
                "method": req.info.name,
                "signature": req.info.signature(),
                "state_call": format!("{}_{}", req.info.api, req.info.name),
                "input": hex,
                "offline": true,
            });
            return Ok(Report::new(
                data,
                format!(
                    "{}\nstate_call {}_{} {hex}\n",
                    req.info.signature(),
                    req.info.api,
                    req.info.name
                ),
            ));
        }
        let args = self.args.clone();
        let ((info, value), pinned) =
            read(ctx, &self.chain, "calling the runtime API", async |chain| {
                let req = api::request(&chain.metadata, &api_name, &method, &args)
                    .map_err(ChainError::Raw)?;
                let v = api::call(chain, &req).await?;
                Ok(((req.info, v), None))
            })?;
        let data = json!({
            "chain": pinned.json(),
            "api": info.api,
            "method": info.name,
            "args": self.args,
            "value": value,
        });
        let human = format!(
            "{}\n{}",
            serde_json::to_string_pretty(&value).unwrap_or_default(),
            pinned.footer()
        );
        Ok(Report::new(data, human))
    }

    fn run_list(self, ctx: &Context) -> CmdResult {
        let which = self.api.clone();
        let (methods, chain) = match &self.metadata {
            Some(path) => {
                let md = raw::metadata_file(path).map_err(|e| Failure::from_diagnostic(&e))?;
                let m =
                    api::list(&md, which.as_deref()).map_err(|e| Failure::from_diagnostic(&e))?;
                (m, json!({ "metadata_file": path.display().to_string() }))
            }
            None => {
                let (m, pinned) = read(ctx, &self.chain, "reading the metadata", async |chain| {
                    Ok((
                        api::list(&chain.metadata, which.as_deref()).map_err(ChainError::Raw)?,
                        None,
                    ))
                })?;
                (m, pinned.json())
            }
        };
        let mut t = table::new(["method", "inputs", "output"]);
        for m in &methods {
            t.add_row([
                format!("{}.{}", m.api, m.name),
                m.inputs
                    .iter()
                    .map(|(n, ty)| format!("{n}: {ty}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                m.output.clone(),
            ]);
        }
        let data = json!({
            "chain": chain,
            "methods": methods.iter().map(api::MethodInfo::json).collect::<Vec<_>>(),
        });
        Ok(Report::new(data, table::render(&t)))
    }
}
