//! `tao weights`: set a validator's weight row (set_weights, signed by the hotkey).

use clap::{Args, Subcommand};

use crate::chain::extrinsics::{self, KeyRole, Refusal};
use crate::cli::tx::{TxArgs, execute};
use crate::cli::wallet_chain::wallet_hotkey;
use crate::cli::{CmdResult, Context};
use crate::error::Failure;
use crate::yuma::{YumaError, parse_weights};

/// Weights commands.
#[derive(Debug, Subcommand)]
pub enum WeightsCommand {
    /// Set the hotkey's weights on a subnet (set_weights; subnets with commit-reveal off)
    Set(SetArgs),
}

impl WeightsCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            WeightsCommand::Set(a) => a.run(ctx),
        }
    }
}

/// Set the wallet hotkey's weights on a subnet with commit-reveal off (set_weights, signed by
/// the hotkey). The weights are scaled so the largest is 65535, as the chain stores them; the
/// version key defaults to the subnet's `WeightsVersionKey`. The chain's guards (registration,
/// stake threshold, version key, rate limit, validator permit, uids, minimum length) are
/// checked first and refuse with the chain's error name. Then the next epoch is previewed
/// with tao's Yuma engine on the subnet's state, with the current and the new row: the per-uid
/// change of incentive, dividends and emission (the pools so far extrapolated to the epoch
/// block; own stake only, no child/parent redistribution).
///
/// Examples:
///   tao weights set --netuid 1 --uids 0,1,2 --weights 0.5,0.3,0.2
///   tao weights set --netuid 1 --uids 0,1 --weights 1,1 --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetArgs {
    /// The subnet
    #[arg(long, value_name = "N")]
    pub netuid: u16,
    /// The uids to weight, comma-separated and distinct
    #[arg(long, value_name = "UIDS", alias = "dests")]
    pub uids: String,
    /// One non-negative weight per uid, comma-separated (any scale)
    #[arg(long, value_name = "WEIGHTS")]
    pub weights: String,
    /// The version key to send [default: the subnet's WeightsVersionKey]
    #[arg(long, value_name = "N")]
    pub version_key: Option<u64>,
    /// Skip the Yuma preview of the next epoch (shown before confirming, and under
    /// `data.preview` with `--json`)
    #[arg(long)]
    pub no_preview: bool,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl SetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let row = match parse_weights(&self.uids, &self.weights) {
            Ok(r) => r,
            Err(YumaError::InvalidWeights { field, reason }) if reason.ends_with("given twice") => {
                return Err(Failure::from_diagnostic(&Refusal::subtensor(
                    "DuplicateUids",
                    format!("`{field}`: {reason}"),
                    "give each uid once",
                )));
            }
            Err(e) => return Err(Failure::from_diagnostic(&e)),
        };
        wallet_hotkey(ctx)?;
        let (netuid, version_key, with_preview) = (self.netuid, self.version_key, !self.no_preview);
        execute(
            ctx,
            &self.tx,
            KeyRole::Hotkey,
            "weights",
            async |tc, hot| {
                extrinsics::weights::plan_set(tc, &hot, netuid, &row, version_key, with_preview)
                    .await
            },
        )
    }
}
