//! `tao subnets metagraph`.

use clap::Args;
use serde_json::json;

use super::short;
use crate::chain::extrinsics::identity::{identity_json, identity_name};
use crate::chain::fixed::u16_fraction;
use crate::chain::mechanisms;
use crate::chain::read::{self};
use crate::cli::args::{ChainArgs, NetuidArg};
use crate::cli::chart::{self, ChartArgs, NeuronValues, Stream};
use crate::cli::connect::read as read_chain;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ss58;
use crate::ui::table;
use crate::units::{alpha_json, display_alpha, display_tao, tao_json};

/// Show a subnet's neurons: stake, emission, consensus scores and axons.
///
/// One get_metagraph call at the pinned block. With `--mechid M`, the metagraph of mechanism M
/// (get_mechagraph): the same neurons with that mechanism's incentives and last updates. Each
/// neuron's name is its coldkey's on-chain identity name, as the metagraph carries it.
///
/// Examples:
///   tao subnets metagraph --netuid 1
///   tao subnets metagraph --netuid 1 --json | jq '.data.neurons | length'
///   tao subnets metagraph --netuid 3 --mechid 1
///   tao subnets metagraph --netuid 1 --chart --chart-out sn1.svg
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct MetagraphArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// The mechanism whose metagraph to show (get_mechagraph) [default: the subnet's]
    #[arg(long, value_name = "M", visible_alias = "mecid", alias = "mech-id")]
    pub mechid: Option<u8>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
    /// Chart options: stake, incentive and dividends per uid, and stake versus incentive
    #[command(flatten)]
    pub chart: ChartArgs,
}

impl MetagraphArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (netuid, mechid) = (self.netuid.netuid, self.mechid);
        let ((mg, count), pinned) =
            read_chain(ctx, &self.chain, "reading the metagraph", async |chain| {
                let count = mechanisms::mechanism_count(chain, netuid).await?;
                let mg = match mechid {
                    Some(m) if chain.has_api("SubnetInfoRuntimeApi", "get_mechagraph") => {
                        mechanisms::mechagraph(chain, netuid, m).await?
                    }
                    Some(0) => Some(read::metagraph(chain, netuid).await?),
                    Some(_) => None,
                    None => Some(read::metagraph(chain, netuid).await?),
                };
                let block = mg.as_ref().map(|m| m.block);
                Ok(((mg, count), block))
            })?;
        let Some(mg) = mg else {
            let m = mechid.unwrap_or(0);
            return Err(Failure::user(
                "mechanisms.not_found",
                format!(
                    "SubtensorModule.MechanismDoesNotExist: subnet {netuid} has {count} mechanism{} (0 to {}); mechanism {m} does not exist",
                    if count == 1 { "" } else { "s" },
                    count - 1
                ),
            )
            .with_hint(format!("pass `--mechid` below {count}")));
        };
        let sym = mg.symbol.clone();
        let mut t = table::new([
            "uid",
            "hotkey",
            "coldkey",
            "name",
            "stake",
            "emission",
            "incentive",
            "dividends",
            "trust",
            "consensus",
            "VP",
            "active",
            "axon",
        ]);
        let mut neurons = Vec::new();
        for n in &mg.neurons {
            let axon = crate::chain::extrinsics::axon::endpoint_text(n.axon.0, n.axon.1, n.axon.2);
            let name = n.identity.as_ref().and_then(|id| identity_name(id, "name"));
            t.add_row([
                n.uid.to_string(),
                short(&n.hotkey),
                short(&n.coldkey),
                name.clone().unwrap_or_default(),
                display_alpha(n.alpha_stake, &sym),
                display_alpha(n.emission, &sym),
                u16_fraction(n.incentive, 4),
                u16_fraction(n.dividends, 4),
                u16_fraction(n.trust, 4),
                u16_fraction(n.consensus, 4),
                if n.validator_permit { "✓" } else { "" }.to_string(),
                if n.active { "✓" } else { "" }.to_string(),
                axon.clone().unwrap_or_default(),
            ]);
            neurons.push(json!({
                "uid": n.uid,
                "hotkey": ss58::encode_default(&n.hotkey),
                "coldkey": ss58::encode_default(&n.coldkey),
                "name": name,
                "identity": n.identity.as_ref().map(identity_json),
                "alpha_stake": alpha_json(n.alpha_stake, mg.netuid),
                "tao_stake": tao_json(n.tao_stake),
                "total_stake": alpha_json(n.total_stake, mg.netuid),
                "emission": alpha_json(n.emission, mg.netuid),
                "incentive": u16_fraction(n.incentive, 6),
                "dividends": u16_fraction(n.dividends, 6),
                "trust": u16_fraction(n.trust, 6),
                "consensus": u16_fraction(n.consensus, 6),
                "rank": u16_fraction(n.rank, 6),
                "validator_permit": n.validator_permit,
                "active": n.active,
                "pruning_score": n.pruning_score,
                "last_update": n.last_update,
                "registered_at": n.block_at_registration,
                "axon": axon,
            }));
        }
        let data = json!({
            "chain": pinned.json(),
            "netuid": mg.netuid,
            "mecid": mechid,
            "mechanism_count": count,
            "name": mg.name,
            "symbol": mg.symbol,
            "block": mg.block,
            "tempo": mg.tempo,
            "last_step": mg.last_step,
            "blocks_since_last_step": mg.blocks_since_last_step,
            "tao_in": tao_json(mg.tao_in),
            "alpha_in": alpha_json(mg.alpha_in, mg.netuid),
            "alpha_out": alpha_json(mg.alpha_out, mg.netuid),
            "burn": tao_json(mg.burn),
            "num_uids": mg.num_uids,
            "max_uids": mg.max_uids,
            "owner_hotkey": ss58::encode_default(&mg.owner_hotkey),
            "owner_coldkey": ss58::encode_default(&mg.owner_coldkey),
            "identity": mg.identity.as_ref().map(identity_json),
            "neurons": neurons,
        });
        let subnet_name = mg
            .identity
            .as_ref()
            .and_then(|id| identity_name(id, "subnet_name"))
            .unwrap_or_else(|| mg.name.clone());
        let mut title = if subnet_name.is_empty() {
            format!("subnet {} ({sym})", mg.netuid)
        } else {
            format!("subnet {} {subnet_name} ({sym})", mg.netuid)
        };
        if let Some(m) = mechid {
            title.push_str(&format!(", mechanism {m} of {count}"));
        }
        let several = mechid.is_none() && count > 1;
        let note = several.then(|| {
            format!(
                "subnet {netuid} has {count} mechanisms; incentives and last updates shown are mechanism 0's (the subnet's); pass --mechid M for another"
            )
        });
        let human = format!(
            "{title}, {}/{} uids, registration burn {}\n{}{}",
            mg.num_uids,
            mg.max_uids,
            display_tao(mg.burn),
            table::render(&t),
            pinned.footer()
        );
        let drawn = self.chart.show(ctx, Stream::Result, || {
            let values: Vec<NeuronValues> = mg
                .neurons
                .iter()
                .map(|n| NeuronValues {
                    uid: n.uid,
                    stake: n.alpha_stake,
                    incentive: n.incentive,
                    dividends: n.dividends,
                })
                .collect();
            chart::metagraph_figure(&title, &sym, &values)
        })?;
        // The note closes the table for people, and is a warning in `--json`.
        let mut report = match note {
            Some(n) if ctx.json => Report::new(data, human).warn(n),
            Some(n) => Report::new(data, format!("{human}note: {n}\n")),
            None => Report::new(data, human),
        };
        chart::append(&mut report.human, drawn);
        Ok(report)
    }
}
