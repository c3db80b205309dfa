//! `tao stake sim` and `tao stake fee`: what a stake or unstake would give and cost.

use clap::Args;
use serde_json::json;

use crate::chain::fixed::{ratio_decimal, trim};
use crate::chain::read;
use crate::cli::args::{ChainArgs, NetuidArg, parse_addresses};
use crate::cli::connect::read as read_chain;
use crate::cli::keys::{wallet_coldkey, wallet_hotkey};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ss58;
use crate::ui::table;
use crate::units::{self, alpha_json, display_alpha, display_tao, tao_json};

/// Simulate a stake (TAO → α) or, with `--unstake`, an unstake (α → TAO) on a subnet.
///
/// Runs the chain's own swap in simulation (SwapRuntimeApi.sim_swap_*) at the pinned block; no
/// transaction is made. Slippage is the difference to a swap at the current price.
///
/// Examples:
///   tao stake sim --netuid 1 --amount 10
///   tao stake sim --netuid 1 --amount 250 --unstake --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SimArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// TAO to stake, or α to unstake with `--unstake`
    #[arg(long, value_name = "AMOUNT")]
    pub amount: String,
    /// Simulate unstaking α instead of staking TAO
    #[arg(long)]
    pub unstake: bool,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl SimArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let amount = units::parse_decimal(&self.amount)?;
        if amount == 0 {
            return Err(Failure::usage("amount.zero", "the amount must be above 0")
                .with_hint("give `--amount` in TAO (or α with `--unstake`), e.g. `--amount 1.5`"));
        }
        let netuid = self.netuid.netuid;
        let unstake = self.unstake;
        let ((sim, subnet), pinned) = read_chain(ctx, &self.chain, "simulating", async |chain| {
            let (subnet, sim) = subxt::ext::futures::future::try_join(
                read::subnet(chain, netuid),
                read::sim_swap(chain, netuid, amount, unstake),
            )
            .await?;
            Ok(((sim, subnet), None))
        })?;
        let sym = subnet.symbol.clone();
        let (out_json, out_text, fee_json, fee_text, slip_json, slip_text) = if unstake {
            (
                tao_json(sim.tao_amount),
                display_tao(sim.tao_amount),
                alpha_json(sim.alpha_fee, netuid),
                display_alpha(sim.alpha_fee, &sym),
                tao_json(sim.tao_slippage),
                display_tao(sim.tao_slippage),
            )
        } else {
            (
                alpha_json(sim.alpha_amount, netuid),
                display_alpha(sim.alpha_amount, &sym),
                tao_json(sim.tao_fee),
                display_tao(sim.tao_fee),
                alpha_json(sim.alpha_slippage, netuid),
                display_alpha(sim.alpha_slippage, &sym),
            )
        };
        let out = if unstake {
            sim.tao_amount
        } else {
            sim.alpha_amount
        };
        // Slippage as a share of what a swap at the current price would give.
        let slip = if unstake {
            sim.tao_slippage
        } else {
            sim.alpha_slippage
        };
        let ideal = u128::from(out) + u128::from(slip);
        let slip_pct = if ideal == 0 {
            "0".to_string()
        } else {
            trim(&ratio_decimal(u128::from(slip) * 100, ideal, 4))
        };
        // Effective price in TAO per α.
        let (tao_side, alpha_side) = if unstake {
            (sim.tao_amount, amount)
        } else {
            (amount, sim.alpha_amount)
        };
        let effective = (alpha_side > 0).then(|| {
            trim(&ratio_decimal(
                u128::from(tao_side),
                u128::from(alpha_side),
                9,
            ))
        });
        let input_json = if unstake {
            alpha_json(amount, netuid)
        } else {
            tao_json(amount)
        };
        let input_text = if unstake {
            display_alpha(amount, &sym)
        } else {
            display_tao(amount)
        };
        let data = json!({
            "chain": pinned.json(),
            "netuid": netuid,
            "symbol": sym,
            "direction": if unstake { "unstake" } else { "stake" },
            "input": input_json,
            "output": out_json,
            "fee": fee_json,
            "slippage": slip_json,
            "slippage_percent": slip_pct,
            "effective_price": effective,
        });
        let mut rows = vec![
            ("you give", input_text),
            ("you get", out_text),
            ("fee", fee_text),
            ("slippage", format!("{slip_text} ({slip_pct} %)")),
        ];
        if let Some(e) = &effective {
            rows.push(("effective price", format!("τ{e} per {sym}")));
        }
        if out == 0 {
            let report = Report::new(
                data,
                format!("{}{}", table::key_values(rows), pinned.footer()),
            );
            return Ok(report.warn(
                "the simulation returned nothing: the pool cannot take this swap (reserves too low, amount too small or too large)",
            ));
        }
        Ok(Report::new(
            data,
            format!("{}{}", table::key_values(rows), pinned.footer()),
        ))
    }
}

/// Show the fee the chain charges for staking (or unstaking) an amount on a subnet.
///
/// Uses StakeInfoRuntimeApi.get_stake_fee with the wallet's coldkey and hotkey (or the given
/// addresses).
///
/// Examples:
///   tao stake fee --netuid 1 --amount 10
///   tao stake fee --netuid 1 --amount 10 --unstake --hotkey-ss58 5F… --ss58 5G…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct FeeArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The amount (TAO to stake, or α to unstake)
    #[arg(long, value_name = "AMOUNT")]
    pub amount: String,
    /// The fee of unstaking instead of staking
    #[arg(long)]
    pub unstake: bool,
    /// The hotkey address [default: the wallet's hotkey]
    #[arg(long, value_name = "ADDR")]
    pub hotkey_ss58: Option<String>,
    /// The coldkey address [default: the wallet's coldkey]
    #[arg(long, value_name = "ADDR")]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl FeeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let amount = units::parse_decimal(&self.amount)?;
        let hotkey = match &self.hotkey_ss58 {
            Some(a) => parse_addresses(std::slice::from_ref(a))?[0],
            None => wallet_hotkey(ctx)?,
        };
        let coldkey = match &self.ss58 {
            Some(a) => parse_addresses(std::slice::from_ref(a))?[0],
            None => wallet_coldkey(ctx)?,
        };
        let (netuid, unstake) = (self.netuid.netuid, self.unstake);
        let ((fee, symbol), pinned) =
            read_chain(ctx, &self.chain, "reading the fee", async |chain| {
                let (subnet, fee) = subxt::ext::futures::future::try_join(
                    read::subnet(chain, netuid),
                    read::stake_fee(chain, netuid, &hotkey, &coldkey, amount, unstake),
                )
                .await?;
                Ok(((fee, subnet.symbol), None))
            })?;
        // get_stake_fee reports the fee in the input's unit: TAO when staking, α when unstaking.
        let (fee_json, fee_text, amount_json) = if unstake {
            (
                alpha_json(fee, netuid),
                display_alpha(fee, &symbol),
                alpha_json(amount, netuid),
            )
        } else {
            (tao_json(fee), display_tao(fee), tao_json(amount))
        };
        let data = json!({
            "chain": pinned.json(),
            "netuid": netuid,
            "direction": if unstake { "unstake" } else { "stake" },
            "amount": amount_json,
            "hotkey": ss58::encode_default(&hotkey),
            "coldkey": ss58::encode_default(&coldkey),
            "fee": fee_json,
        });
        Ok(Report::new(
            data,
            format!("fee: {fee_text}\n{}", pinned.footer()),
        ))
    }
}
