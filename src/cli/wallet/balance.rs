//! `tao wallet balance` and `tao wallet overview`: the wallet commands that read the chain.
//!
//! Public addresses are read from the wallet's `coldkeypub.txt` and `hotkeys/<name>pub.txt`
//! (btcli's layout); no key is decrypted.

use std::collections::BTreeMap;

use clap::Args;
use serde_json::{Value, json};

use crate::chain::read;
use crate::cli::args::{ChainArgs, parse_addresses};
use crate::cli::connect::read as read_chain;
use crate::cli::keys::{all_wallet_coldkeys, wallet_coldkey};
use crate::cli::stake::{stake_row_json, stake_rows};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ss58;
use crate::ui::table;
use crate::units::{alpha_json, display_alpha, display_tao, tao_json};

/// Show free, reserved and staked balances.
///
/// The staked value is the TAO value of every stake position at the current α price (no
/// slippage). Everything is read at one block.
///
/// Examples:
///   tao wallet balance
///   tao wallet balance --all
///   tao wallet balance --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct BalanceArgs {
    /// Every wallet under the wallet path
    #[arg(long, conflicts_with = "ss58")]
    pub all: bool,
    /// These addresses instead of the wallet's coldkey (repeatable)
    #[arg(long, value_name = "ADDR", num_args = 1..)]
    pub ss58: Vec<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl BalanceArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let labelled: Vec<(String, [u8; 32])> = if !self.ss58.is_empty() {
            let keys = parse_addresses(&self.ss58)?;
            keys.into_iter()
                .map(|k| (ss58::encode_default(&k), k))
                .collect()
        } else if self.all {
            let all = all_wallet_coldkeys(ctx)?;
            if all.is_empty() {
                return Err(Failure::user(
                    "wallet.none",
                    "no wallet with a coldkeypub.txt under the wallet path",
                )
                .with_hint("create one with `tao wallet create`, or pass `--ss58 ADDR`"));
            }
            all
        } else {
            vec![(ctx.settings.wallet_name().to_string(), wallet_coldkey(ctx)?)]
        };
        let keys: Vec<[u8; 32]> = labelled.iter().map(|(_, k)| *k).collect();
        let ((number, balances, staked, notes), pinned) =
            read_chain(ctx, &self.chain, "reading balances", async |chain| {
                let ((number, balances), positions) = subxt::ext::futures::future::try_join(
                    read::balances(chain, &keys),
                    read::stake_of(chain, &keys),
                )
                .await?;
                let mut netuids: Vec<u16> = positions.iter().map(|p| p.netuid).collect();
                netuids.sort_unstable();
                netuids.dedup();
                let (prices, note) = if positions.is_empty() {
                    (BTreeMap::new(), None)
                } else {
                    read::prices(chain, &netuids).await?
                };
                let mut staked = vec![0u64; keys.len()];
                for p in &positions {
                    if let Some(i) = keys.iter().position(|k| *k == p.coldkey) {
                        let price = prices.get(&p.netuid).copied().unwrap_or(0);
                        staked[i] = staked[i].saturating_add(read::tao_value(p.stake, price));
                    }
                }
                Ok(((number, balances, staked, note), Some(number)))
            })?;
        let _ = number;
        let mut rows = Vec::new();
        let mut t = table::new([
            "wallet",
            "address",
            "free",
            "reserved",
            "staked (value)",
            "total",
        ]);
        let (mut tf, mut tr, mut ts) = (0u64, 0u64, 0u64);
        for (i, (label, key)) in labelled.iter().enumerate() {
            let b = balances[i];
            let s = staked[i];
            let total = b.free.saturating_add(b.reserved).saturating_add(s);
            tf = tf.saturating_add(b.free);
            tr = tr.saturating_add(b.reserved);
            ts = ts.saturating_add(s);
            let address = ss58::encode_default(key);
            t.add_row([
                label.clone(),
                address.clone(),
                display_tao(b.free),
                display_tao(b.reserved),
                display_tao(s),
                display_tao(total),
            ]);
            rows.push(json!({
                "name": label,
                "ss58": address,
                "free": tao_json(b.free),
                "reserved": tao_json(b.reserved),
                "frozen": tao_json(b.frozen),
                "staked_value": tao_json(s),
                "total": tao_json(total),
            }));
        }
        let grand = tf.saturating_add(tr).saturating_add(ts);
        if labelled.len() > 1 {
            t.add_row([
                "total".to_string(),
                String::new(),
                display_tao(tf),
                display_tao(tr),
                display_tao(ts),
                display_tao(grand),
            ]);
        }
        let data = json!({
            "chain": pinned.json(),
            "accounts": rows,
            "totals": {
                "free": tao_json(tf),
                "reserved": tao_json(tr),
                "staked_value": tao_json(ts),
                "total": tao_json(grand),
            },
        });
        let human = format!("{}{}", table::render(&t), pinned.footer());
        let mut report = Report::new(data, human);
        if let Some(n) = notes {
            report = report.warn(n);
        }
        Ok(report)
    }
}

/// Show the wallet's stake per subnet and hotkey, with its value and last-epoch emission.
///
/// The emission is the coldkey's share of the hotkey's α dividends in the last epoch
/// (the hotkey's dividends × this stake / the hotkey's α at that epoch).
///
/// Examples:
///   tao wallet overview
///   tao wallet overview --wallet-name miner --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct OverviewArgs {
    /// This coldkey address instead of the wallet's
    #[arg(long, value_name = "ADDR")]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl OverviewArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let coldkey = match &self.ss58 {
            Some(a) => parse_addresses(std::slice::from_ref(a))?[0],
            None => wallet_coldkey(ctx)?,
        };
        let (rows, note, pinned) = stake_rows(ctx, &self.chain, &[coldkey])?;
        let mut t = table::new([
            "netuid",
            "hotkey",
            "stake",
            "price (τ/α)",
            "value",
            "emission (last epoch)",
            "registered",
        ]);
        let mut subnets: BTreeMap<u16, (u64, u64)> = BTreeMap::new();
        let mut total_value = 0u64;
        for r in &rows {
            let p = &r.position;
            t.add_row([
                p.netuid.to_string(),
                ss58::encode_default(&p.hotkey),
                display_alpha(p.stake, &r.symbol),
                display_tao(r.price),
                display_tao(r.value),
                display_alpha(r.emission, &r.symbol),
                if p.is_registered { "yes" } else { "no" }.to_string(),
            ]);
            let e = subnets.entry(p.netuid).or_default();
            e.0 = e.0.saturating_add(p.stake);
            e.1 = e.1.saturating_add(r.value);
            total_value = total_value.saturating_add(r.value);
        }
        let per_subnet: Vec<Value> = subnets
            .iter()
            .map(|(n, (stake, value))| {
                json!({ "netuid": n, "stake": alpha_json(*stake, *n), "value": tao_json(*value) })
            })
            .collect();
        let data = json!({
            "chain": pinned.json(),
            "coldkey": ss58::encode_default(&coldkey),
            "positions": rows.iter().map(stake_row_json).collect::<Vec<_>>(),
            "subnets": per_subnet,
            "total_value": tao_json(total_value),
        });
        let human = if rows.is_empty() {
            format!(
                "no stake for {}\n{}",
                ss58::encode_default(&coldkey),
                pinned.footer()
            )
        } else {
            format!(
                "{}total value: {}\n{}",
                table::render(&t),
                display_tao(total_value),
                pinned.footer()
            )
        };
        let mut report = Report::new(data, human);
        if let Some(n) = note {
            report = report.warn(n);
        }
        Ok(report)
    }
}
