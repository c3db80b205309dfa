//! `tao stake list`, and the stake rows it shares with `tao wallet overview`.

use clap::Args;
use serde_json::{Value, json};

use crate::chain::extrinsics::identity::{self, Identity, identity_json, identity_name};
use crate::chain::read;
use crate::cli::args::{ChainArgs, parse_addresses};
use crate::cli::chart::{self, ChartArgs, PositionValue, Stream};
use crate::cli::connect::{Pinned, read as read_chain};
use crate::cli::keys::wallet_coldkey;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ss58;
use crate::ui::table;
use crate::units::{alpha_json, display_alpha, display_tao, tao_json};

/// List the stake positions of the wallet's coldkey (or of given addresses).
///
/// Each hotkey is named by its owner's on-chain identity (`--json`: `name` and `identity`, null
/// when none).
///
/// Examples:
///   tao stake list
///   tao stake list --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY --json
///   tao stake list --chart
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {
    /// These coldkey addresses instead of the wallet's (repeatable)
    #[arg(long, value_name = "ADDR", num_args = 1..)]
    pub ss58: Vec<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
    /// Chart options: the portfolio's value in τ by subnet and hotkey
    #[command(flatten)]
    pub chart: ChartArgs,
}

impl ListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let coldkeys = if self.ss58.is_empty() {
            vec![wallet_coldkey(ctx)?]
        } else {
            parse_addresses(&self.ss58)?
        };
        let (rows, note, pinned) = stake_rows(ctx, &self.chain, &coldkeys)?;
        let mut t = table::new([
            "coldkey",
            "netuid",
            "hotkey",
            "name",
            "stake",
            "price (τ/α)",
            "value",
        ]);
        let mut total = 0u64;
        for r in &rows {
            let p = &r.position;
            t.add_row([
                ss58::encode_default(&p.coldkey),
                p.netuid.to_string(),
                ss58::encode_default(&p.hotkey),
                r.name().unwrap_or_default(),
                display_alpha(p.stake, &r.symbol),
                display_tao(r.price),
                display_tao(r.value),
            ]);
            total = total.saturating_add(r.value);
        }
        let data = json!({
            "chain": pinned.json(),
            "coldkeys": coldkeys.iter().map(ss58::encode_default).collect::<Vec<_>>(),
            "positions": rows.iter().map(stake_row_json).collect::<Vec<_>>(),
            "total_value": tao_json(total),
        });
        let human = if rows.is_empty() {
            format!("no stake\n{}", pinned.footer())
        } else {
            format!(
                "{}total value: {}\n{}",
                table::render(&t),
                display_tao(total),
                pinned.footer()
            )
        };
        let drawn = self.chart.show(ctx, Stream::Result, || {
            let positions: Vec<PositionValue> = rows
                .iter()
                .map(|r| {
                    let hotkey = ss58::encode_default(&r.position.hotkey);
                    let short = format!("{}…{}", &hotkey[..6], &hotkey[hotkey.len() - 4..]);
                    PositionValue {
                        netuid: r.position.netuid,
                        hotkey: match r.name() {
                            Some(name) => format!("{short} ({name})"),
                            None => short,
                        },
                        value: r.value,
                    }
                })
                .collect();
            chart::portfolio_figure(&positions)
        })?;
        let mut report = Report::new(data, human);
        chart::append(&mut report.human, drawn);
        if let Some(n) = note {
            report = report.warn(n);
        }
        Ok(report)
    }
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
    /// The on-chain identity of the hotkey's owner (the delegate), if it has one.
    pub identity: Option<Identity>,
}

impl StakeRow {
    /// The hotkey's name: its owner's identity name.
    pub fn name(&self) -> Option<String> {
        self.identity
            .as_ref()
            .and_then(|id| identity_name(id, "name"))
    }
}

/// Read stake positions with prices, symbols and pro-rated emission.
pub fn stake_rows(
    ctx: &Context,
    chain_args: &ChainArgs,
    coldkeys: &[[u8; 32]],
) -> Result<(Vec<StakeRow>, Option<String>, Pinned), Failure> {
    let ((rows, note), pinned) = read_chain(ctx, chain_args, "reading stake", async |chain| {
        let positions = read::stake_of(chain, coldkeys).await?;
        let mut netuids: Vec<u16> = positions.iter().map(|p| p.netuid).collect();
        netuids.sort_unstable();
        netuids.dedup();
        if positions.is_empty() {
            let (number, _, _) = read::position_context(chain, &positions).await?;
            return Ok(((Vec::new(), None), Some(number)));
        }
        let hotkeys: Vec<[u8; 32]> = positions.iter().map(|p| p.hotkey).collect();
        let ((prices, note), (number, symbols, totals), identities) =
            subxt::ext::futures::future::try_join3(
                read::prices(chain, &netuids),
                read::position_context(chain, &positions),
                identity::hotkey_identities(chain, &hotkeys),
            )
            .await?;
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
                identity: identities.get(&p.hotkey).cloned(),
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
        "name": r.name(),
        "identity": r.identity.as_ref().map(identity_json),
        "coldkey": ss58::encode_default(&p.coldkey),
        "stake": alpha_json(p.stake, p.netuid),
        "price": tao_json(r.price),
        "value": tao_json(r.value),
        "emission": alpha_json(r.emission, p.netuid),
        "hotkey_emission": alpha_json(p.emission, p.netuid),
        "registered": p.is_registered,
    })
}
