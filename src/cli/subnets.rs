//! `tao subnets`: subnet lists, details, metagraphs, hyperparameters, prices and burn costs.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::chain::fixed::{fixed_decimal, trim, u16_fraction, ufixed_decimal};
use crate::chain::read::{self, HyperValue};
use crate::chain::{ChainError, client::StorageQuery};
use crate::cli::args::{ChainArgs, Pinned, read as read_chain};
use crate::cli::{CmdResult, Context, Report};
use crate::ss58;
use crate::ui::table;
use crate::units::{alpha_json, display_alpha, display_tao, format_fixed, tao_json};

/// Subnet commands.
#[derive(Debug, Subcommand)]
pub enum SubnetsCommand {
    /// List every subnet with its price and pool
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one subnet: pool, price, schedule, owner and registration cost
    Show(ShowArgs),
    /// Show a subnet's neurons (one get_metagraph call)
    #[command(visible_alias = "mg")]
    Metagraph(MetagraphArgs),
    /// Show a subnet's hyperparameters
    #[command(visible_alias = "hyperparams")]
    Hyperparameters(HyperparametersArgs),
    /// Show the cost of registering a neuron on a subnet (or of creating a subnet)
    BurnCost(BurnCostArgs),
    /// Show α prices
    Price(PriceArgs),
    /// Register the wallet's hotkey on a subnet (burn, with a maximum)
    #[command(alias = "burned-register", alias = "recycle-register")]
    Register(crate::cli::tx::RegisterArgs),
    /// Create a subnet (register_network)
    Create(crate::cli::tx::CreateArgs),
    /// Start a subnet you own (start_call)
    Start(crate::cli::tx::StartArgs),
}

impl SubnetsCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            SubnetsCommand::List(a) => a.run(ctx),
            SubnetsCommand::Show(a) => a.run(ctx),
            SubnetsCommand::Metagraph(a) => a.run(ctx),
            SubnetsCommand::Hyperparameters(a) => a.run(ctx),
            SubnetsCommand::BurnCost(a) => a.run(ctx),
            SubnetsCommand::Price(a) => a.run(ctx),
            SubnetsCommand::Register(a) => a.run(ctx),
            SubnetsCommand::Create(a) => a.run(ctx),
            SubnetsCommand::Start(a) => a.run(ctx),
        }
    }
}

fn short(account: &[u8; 32]) -> String {
    let s = ss58::encode_default(account);
    format!("{}…{}", &s[..6], &s[s.len() - 4..])
}

fn with_notes(mut report: Report, notes: impl IntoIterator<Item = Option<String>>) -> Report {
    for n in notes.into_iter().flatten() {
        report = report.warn(n);
    }
    report
}

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
    })
}

fn price_cell(price: Option<u64>) -> String {
    price.map(display_tao).unwrap_or_else(|| "-".into())
}

/// List every subnet with its price and pool reserves.
///
/// One get_all_dynamic_info call and one current_alpha_price_all call at the pinned block.
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
                s.name.clone(),
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

/// The `--netuid N` option.
#[derive(Debug, Clone, Args)]
pub struct NetuidArg {
    /// The subnet
    #[arg(long, value_name = "N")]
    pub netuid: u16,
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
            ("name", s.name.clone()),
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

/// Show a subnet's neurons: stake, emission, consensus scores and axons.
///
/// One get_metagraph call at the pinned block.
///
/// Examples:
///   tao subnets metagraph --netuid 1
///   tao subnets metagraph --netuid 1 --json | jq '.data.neurons | length'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct MetagraphArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

fn axon_text(ip: u128, port: u16, ip_type: u8) -> Option<String> {
    if ip == 0 {
        return None;
    }
    Some(match ip_type {
        4 => {
            let v4 = std::net::Ipv4Addr::from(u32::try_from(ip & 0xffff_ffff).unwrap_or(0));
            format!("{v4}:{port}")
        }
        _ => format!("[{}]:{port}", std::net::Ipv6Addr::from(ip)),
    })
}

impl MetagraphArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let (mg, pinned) = read_chain(ctx, &self.chain, "reading the metagraph", async |chain| {
            let mg = read::metagraph(chain, netuid).await?;
            let block = mg.block;
            Ok((mg, Some(block)))
        })?;
        let sym = mg.symbol.clone();
        let mut t = table::new([
            "uid",
            "hotkey",
            "coldkey",
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
            let axon = axon_text(n.axon.0, n.axon.1, n.axon.2);
            t.add_row([
                n.uid.to_string(),
                short(&n.hotkey),
                short(&n.coldkey),
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
            "neurons": neurons,
        });
        let title = if mg.name.is_empty() {
            format!("subnet {} ({sym})", mg.netuid)
        } else {
            format!("subnet {} {} ({sym})", mg.netuid, mg.name)
        };
        let human = format!(
            "{title}, {}/{} uids, registration burn {}\n{}{}",
            mg.num_uids,
            mg.max_uids,
            display_tao(mg.burn),
            table::render(&t),
            pinned.footer()
        );
        Ok(Report::new(data, human))
    }
}

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
