//! `tao wallet balance` and `tao wallet overview`: the wallet commands that read the chain.
//!
//! Public addresses are read from the wallet's `coldkeypub.txt` and `hotkeys/<name>pub.txt`
//! (btcli's layout); no key is decrypted.

use std::collections::BTreeMap;
use std::path::Path;

use clap::Args;
use serde_json::{Value, json};

use crate::chain::read;
use crate::cli::args::{ChainArgs, read as read_chain};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ss58;
use crate::ui::table;
use crate::units::{alpha_json, display_alpha, display_tao, tao_json};
use crate::wallet::keyfile::Keyfile;
use crate::wallet::keypair;

/// The public key in a btcli public keyfile (or a plain keyfile), read by the wallet module
/// without decrypting anything.
pub fn public_key_from_file(path: &Path) -> Result<[u8; 32], Failure> {
    let info = Keyfile::new(path).read("public key file")?.public_info()?;
    Ok(keypair::ss58_decode(&info.ss58_address)?)
}

/// The coldkey of the configured wallet.
pub fn wallet_coldkey(ctx: &Context) -> Result<[u8; 32], Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    public_key_from_file(&root.join(ctx.settings.wallet_name()).join("coldkeypub.txt"))
}

/// The configured hotkey of the configured wallet.
pub fn wallet_hotkey(ctx: &Context) -> Result<[u8; 32], Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    let dir = root.join(ctx.settings.wallet_name()).join("hotkeys");
    let name = ctx.settings.hotkey();
    let pubfile = dir.join(format!("{name}pub.txt"));
    if pubfile.exists() {
        return public_key_from_file(&pubfile);
    }
    public_key_from_file(&dir.join(name))
}

/// Every wallet under the wallet path that has a readable `coldkeypub.txt`, sorted by name.
pub fn all_wallet_coldkeys(ctx: &Context) -> Result<Vec<(String, [u8; 32])>, Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    let entries = std::fs::read_dir(&root).map_err(|e| {
        Failure::user(
            "wallet.not_found",
            format!("cannot list wallets in `{}`: {e}", root.display()),
        )
        .with_hint("set the wallet directory with `--wallet-path`")
    })?;
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let pubfile = entry.path().join("coldkeypub.txt");
        if pubfile.is_file()
            && let Ok(pk) = public_key_from_file(&pubfile)
        {
            out.push((name, pk));
        }
    }
    out.sort();
    Ok(out)
}

/// Parse `--ss58` addresses.
pub fn parse_addresses(list: &[String]) -> Result<Vec<[u8; 32]>, Failure> {
    list.iter()
        .map(|a| {
            ss58::decode(a.trim())
                .map(|(_, pk)| pk)
                .map_err(Failure::from)
        })
        .collect()
}

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

/// One stake row for overview and `stake list`.
pub struct StakeRow {
    /// The position.
    pub position: read::StakePosition,
    /// Token symbol.
    pub symbol: String,
    /// Price (rao per α).
    pub price: u64,
    /// TAO value.
    pub value: u64,
    /// The coldkey's emission share (α rao).
    pub emission: u64,
}

/// Read stake positions with prices, symbols and pro-rated emission.
pub fn stake_rows(
    ctx: &Context,
    chain_args: &ChainArgs,
    coldkeys: &[[u8; 32]],
) -> Result<(Vec<StakeRow>, Option<String>, crate::cli::args::Pinned), Failure> {
    let ((rows, note), pinned) = read_chain(ctx, chain_args, "reading stake", async |chain| {
        let positions = read::stake_of(chain, coldkeys).await?;
        let mut netuids: Vec<u16> = positions.iter().map(|p| p.netuid).collect();
        netuids.sort_unstable();
        netuids.dedup();
        if positions.is_empty() {
            let (number, _, _) = read::position_context(chain, &positions).await?;
            return Ok(((Vec::new(), None), Some(number)));
        }
        let (prices_fut, ctx_fut) = (
            read::prices(chain, &netuids),
            read::position_context(chain, &positions),
        );
        let ((prices, note), (number, symbols, totals)) =
            subxt::ext::futures::future::try_join(prices_fut, ctx_fut).await?;
        let mut rows = Vec::with_capacity(positions.len());
        for (p, total) in positions.into_iter().zip(totals) {
            let price = prices.get(&p.netuid).copied().unwrap_or(0);
            rows.push(StakeRow {
                symbol: symbols
                    .get(&p.netuid)
                    .cloned()
                    .unwrap_or_else(|| "α".to_string()),
                price,
                value: read::tao_value(p.stake, price),
                emission: read::prorated_emission(p.emission, p.stake, total),
                position: p,
            });
        }
        rows.sort_by(|a, b| {
            (a.position.netuid, a.position.hotkey).cmp(&(b.position.netuid, b.position.hotkey))
        });
        Ok(((rows, note), Some(number)))
    })?;
    Ok((rows, note, pinned))
}

/// The JSON of a stake row.
pub fn stake_row_json(r: &StakeRow) -> Value {
    let p = &r.position;
    json!({
        "netuid": p.netuid,
        "symbol": r.symbol,
        "hotkey": ss58::encode_default(&p.hotkey),
        "coldkey": ss58::encode_default(&p.coldkey),
        "stake": alpha_json(p.stake, p.netuid),
        "price": tao_json(r.price),
        "value": tao_json(r.value),
        "emission": alpha_json(r.emission, p.netuid),
        "hotkey_emission": alpha_json(p.emission, p.netuid),
        "registered": p.is_registered,
    })
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
