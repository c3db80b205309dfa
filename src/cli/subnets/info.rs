//! `tao subnets list`, `show` and `price`.

use clap::Args;
use serde_json::{Value, json};

use super::with_notes;
use crate::chain::extrinsics::identity::{identity_json, identity_name};
use crate::chain::fixed::{fixed_decimal, trim};
use crate::chain::read::{self};
use crate::chain::{ChainError, client::StorageQuery};
use crate::cli::args::{ChainArgs, NetuidArg};
use crate::cli::connect::{Pinned, read as read_chain};
use crate::cli::{CmdResult, Context, Report};
use crate::ss58;
use crate::ui::table;
use crate::units::{alpha_json, display_alpha, display_tao, format_fixed, tao_json};

/// α market cap: price × (α in pool + α outstanding), in rao of TAO.
fn market_cap(s: &read::Subnet, price: u64) -> u64 {
    read::tao_value(s.alpha_in.saturating_add(s.alpha_out), price)
}

fn subnet_json(s: &read::Subnet, price: Option<u64>) -> Value {
    json!({
        "netuid": s.netuid,
        "name": s.name,
        "symbol": s.symbol,
        "price": price.map(tao_json),
        "market_cap": price.map(|p| tao_json(market_cap(s, p))),
        "tao_in": tao_json(s.tao_in),
        "alpha_in": alpha_json(s.alpha_in, s.netuid),
        "alpha_out": alpha_json(s.alpha_out, s.netuid),
        "emission_per_block": {
            "tao_in": tao_json(s.tao_in_emission),
            "alpha_in": alpha_json(s.alpha_in_emission, s.netuid),
            "alpha_out": alpha_json(s.alpha_out_emission, s.netuid),
        },
        "moving_price": trim(&fixed_decimal(s.moving_price_bits, 32, 9)),
        "subnet_volume": s.subnet_volume.to_string(),
        "tempo": s.tempo,
        "last_step": s.last_step,
        "blocks_since_last_step": s.blocks_since_last_step,
        "registered_at": s.network_registered_at,
        "owner_hotkey": ss58::encode_default(&s.owner_hotkey),
        "owner_coldkey": ss58::encode_default(&s.owner_coldkey),
        "identity": s.identity.as_ref().map(identity_json),
    })
}

/// The name people see: the subnet identity's `subnet_name`, else the chain's name.
pub fn display_name(s: &read::Subnet) -> String {
    s.identity
        .as_ref()
        .and_then(|id| identity_name(id, "subnet_name"))
        .unwrap_or_else(|| s.name.clone())
}

fn price_cell(price: Option<u64>) -> String {
    price.map(display_tao).unwrap_or_else(|| "-".into())
}

/// List every subnet with its price and pool reserves.
///
/// One get_all_dynamic_info call and one current_alpha_price_all call at the pinned block. The
/// name is the subnet's identity name where it has one (`--json`: `identity`, null when none).
///
/// Examples:
///   tao subnets list
///   tao subnets list --json | jq '.data.subnets[] | {netuid, price}'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let ((subnets, prices, note), pinned) =
            read_chain(ctx, &self.chain, "reading subnets", async |chain| {
                let subnets = read::subnets(chain).await?;
                let netuids: Vec<u16> = subnets.iter().map(|s| s.netuid).collect();
                let (prices, note) = read::prices(chain, &netuids).await?;
                Ok(((subnets, prices, note), None))
            })?;
        let mut t = table::new([
            "netuid",
            "name",
            "symbol",
            "price (τ/α)",
            "market cap",
            "TAO pool",
            "α pool",
            "α out",
            "tempo",
        ]);
        let mut list = Vec::new();
        for s in &subnets {
            let price = prices.get(&s.netuid).copied();
            t.add_row([
                s.netuid.to_string(),
                display_name(s),
                s.symbol.clone(),
                price_cell(price),
                price
                    .map(|p| display_tao(market_cap(s, p)))
                    .unwrap_or_else(|| "-".into()),
                display_tao(s.tao_in),
                display_alpha(s.alpha_in, &s.symbol),
                display_alpha(s.alpha_out, &s.symbol),
                s.tempo.to_string(),
            ]);
            list.push(subnet_json(s, price));
        }
        let data = json!({ "chain": pinned.json(), "subnets": list });
        let human = format!("{}{}", table::render(&t), pinned.footer());
        Ok(with_notes(Report::new(data, human), [note]))
    }
}

/// Show one subnet: pool, price, schedule, owner and registration cost.
///
/// Examples:
///   tao subnets show --netuid 1
///   tao subnets show --netuid 1 --block 4000000 --network archive
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ShowArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ShowArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let ((s, price, burn, next, notes), pinned) =
            read_chain(ctx, &self.chain, "reading the subnet", async |chain| {
                let s = read::subnet(chain, netuid).await?;
                let (price, burn, (next, note)) = subxt::ext::futures::future::try_join3(
                    read::price(chain, netuid),
                    read::burn_cost(chain, Some(netuid)),
                    read::next_epoch(chain, netuid),
                )
                .await?;
                Ok(((s, price, burn, next, note), None))
            })?;
        let mut data = subnet_json(&s, Some(price));
        data["registration_burn"] = tao_json(burn);
        data["next_epoch"] = match &next {
            Some(n) => json!({ "block": n.block, "method": n.method }),
            None => Value::Null,
        };
        let data = json!({ "chain": pinned.json(), "subnet": data });
        let rows = vec![
            ("netuid", s.netuid.to_string()),
            ("name", display_name(&s)),
            ("symbol", s.symbol.clone()),
            ("price", format!("{} per {}", display_tao(price), s.symbol)),
            ("market cap", display_tao(market_cap(&s, price))),
            (
                "moving price",
                format!("τ{}", trim(&fixed_decimal(s.moving_price_bits, 32, 9))),
            ),
            ("TAO pool", display_tao(s.tao_in)),
            ("α pool", display_alpha(s.alpha_in, &s.symbol)),
            ("α outstanding", display_alpha(s.alpha_out, &s.symbol)),
            (
                "emission per block",
                format!(
                    "{} to the pool, {} + {} to participants",
                    display_tao(s.tao_in_emission),
                    display_alpha(s.alpha_in_emission, &s.symbol),
                    display_alpha(s.alpha_out_emission, &s.symbol)
                ),
            ),
            ("tempo", s.tempo.to_string()),
            ("last epoch", format!("#{}", s.last_step)),
            (
                "next epoch",
                next.as_ref()
                    .map(|n| format!("#{}", n.block))
                    .unwrap_or_else(|| "never (tempo 0)".into()),
            ),
            ("registration burn", display_tao(burn)),
            ("owner hotkey", ss58::encode_default(&s.owner_hotkey)),
            ("owner coldkey", ss58::encode_default(&s.owner_coldkey)),
            ("registered at", format!("#{}", s.network_registered_at)),
        ];
        let human = format!("{}{}", table::key_values(rows), pinned.footer());
        Ok(with_notes(Report::new(data, human), [notes]))
    }
}

/// Show the current α price of one subnet or of all of them (TAO per α).
///
/// Examples:
///   tao subnets price --netuid 1
///   tao subnets price --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct PriceArgs {
    /// Only this subnet
    #[arg(long, value_name = "N")]
    pub netuid: Option<u16>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

/// Prices by netuid and the fallback note, if any.
type PriceList = (Vec<(u16, u64)>, Option<String>);

impl PriceArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid;
        let ((prices, note), pinned): (PriceList, Pinned) = read_chain(
            ctx,
            &self.chain,
            "reading prices",
            async |chain| match netuid {
                Some(n) => {
                    let q = [StorageQuery::new(
                        "SubtensorModule",
                        "NetworksAdded",
                        vec![crate::chain::client::arg_u16(n)],
                    )];
                    let (exists, price) = subxt::ext::futures::future::try_join(
                        chain.storage(&q),
                        read::price(chain, n),
                    )
                    .await?;
                    let exists = match exists.first() {
                        Some(Some(v)) => crate::chain::value::bool_of(v)?,
                        _ => false,
                    };
                    if !exists {
                        return Err(ChainError::SubnetNotFound(n));
                    }
                    Ok(((vec![(n, price)], None), None))
                }
                None => {
                    let netuids = if chain.has_api("SwapRuntimeApi", "current_alpha_price_all") {
                        Vec::new()
                    } else {
                        read::subnets(chain)
                            .await?
                            .iter()
                            .map(|s| s.netuid)
                            .collect()
                    };
                    let (m, note) = read::prices(chain, &netuids).await?;
                    Ok(((m.into_iter().collect(), note), None))
                }
            },
        )?;
        let mut t = table::new(["netuid", "price (τ per α)"]);
        let mut list = Vec::new();
        for (n, p) in &prices {
            t.add_row([n.to_string(), format!("τ{}", format_fixed(*p))]);
            list.push(json!({ "netuid": n, "price": tao_json(*p) }));
        }
        let data = json!({ "chain": pinned.json(), "prices": list });
        let human = format!("{}{}", table::render(&t), pinned.footer());
        Ok(with_notes(Report::new(data, human), [note]))
    }
}
