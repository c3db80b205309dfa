//! `tao subnets hyperparameters` and `tao subnets burn-cost`.

use clap::Args;
use serde_json::{Value, json};

use super::with_notes;
use crate::chain::fixed::{fixed_decimal, trim, ufixed_decimal};
use crate::chain::read::{self, HyperValue};
use crate::cli::args::{ChainArgs, NetuidArg};
use crate::cli::connect::read as read_chain;
use crate::cli::{CmdResult, Context, Report};
use crate::ui::table;
use crate::units::{display_tao, tao_json};

/// Show a subnet's hyperparameters, looked up by name.
///
/// Uses get_subnet_hyperparams_v3 and falls back to _v2 on runtimes that lack it (with a warning).
///
/// Examples:
///   tao subnets hyperparameters --netuid 1
///   tao subnets hyperparameters --netuid 1 --json | jq '.data.hyperparameters.tempo'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct HyperparametersArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

fn hyper_json(v: &HyperValue) -> Value {
    match v {
        HyperValue::Bool(b) => json!(b),
        HyperValue::Int(n) => match u64::try_from(*n) {
            Ok(x) if x <= (1 << 53) => json!(x),
            _ => json!(n.to_string()),
        },
        HyperValue::Tao(r) => tao_json(*r),
        HyperValue::Fixed(bits, frac) => json!(trim(&fixed_decimal(*bits, *frac, 12))),
        HyperValue::UFixed(bits, frac) => json!(trim(&ufixed_decimal(*bits, *frac, 12))),
    }
}

fn hyper_text(v: &HyperValue) -> String {
    match v {
        HyperValue::Bool(b) => b.to_string(),
        HyperValue::Int(n) => n.to_string(),
        HyperValue::Tao(r) => display_tao(*r),
        HyperValue::Fixed(bits, frac) => trim(&fixed_decimal(*bits, *frac, 12)),
        HyperValue::UFixed(bits, frac) => trim(&ufixed_decimal(*bits, *frac, 12)),
    }
}

impl HyperparametersArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let ((hp, note), pinned) =
            read_chain(ctx, &self.chain, "reading hyperparameters", async |chain| {
                Ok((read::hyperparams(chain, netuid).await?, None))
            })?;
        let mut map = serde_json::Map::new();
        let mut t = table::new(["hyperparameter", "value"]);
        for (name, v) in &hp.entries {
            map.insert(name.clone(), hyper_json(v));
            t.add_row([name.clone(), hyper_text(v)]);
        }
        let data = json!({
            "chain": pinned.json(),
            "netuid": netuid,
            "source": hp.source,
            "hyperparameters": map,
        });
        let human = format!("{}{}", table::render(&t), pinned.footer());
        Ok(with_notes(Report::new(data, human), [note]))
    }
}

/// Show the TAO burned to register a neuron on a subnet, or, without `--netuid`, the TAO locked
/// to create a new subnet.
///
/// Examples:
///   tao subnets burn-cost --netuid 1
///   tao subnets burn-cost
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct BurnCostArgs {
    /// The subnet (omit for the subnet creation cost)
    #[arg(long, value_name = "N")]
    pub netuid: Option<u16>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl BurnCostArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid;
        let (cost, pinned) =
            read_chain(ctx, &self.chain, "reading the burn cost", async |chain| {
                Ok((read::burn_cost(chain, netuid).await?, None))
            })?;
        let (kind, text) = match netuid {
            Some(n) => (
                "neuron_registration",
                format!(
                    "registering a neuron on subnet {n} burns {}\n",
                    display_tao(cost)
                ),
            ),
            None => (
                "subnet_creation",
                format!("creating a subnet locks {}\n", display_tao(cost)),
            ),
        };
        let data = json!({
            "chain": pinned.json(),
            "netuid": netuid,
            "kind": kind,
            "cost": tao_json(cost),
        });
        Ok(Report::new(data, format!("{text}{}", pinned.footer())))
    }
}
