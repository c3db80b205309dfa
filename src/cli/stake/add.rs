//! `tao stake add` and `tao stake remove`.

use clap::Args;

use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{SafetyArgs, TargetArgs, TxArgs, parse_amount};
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context};

/// Stake TAO on subnets (add_stake_limit with a limit price from `--tolerance`; add_stake with
/// `--unsafe`). Several targets go in one Utility.batch_all.
///
/// Examples:
///   tao stake add --netuid 1 --amount 10
///   tao stake add --netuids 1,2 --hotkey-ss58 5F… --amount 1 --tolerance 0.01 --partial
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeAddArgs {
    /// Targets
    #[command(flatten)]
    pub targets: TargetArgs,
    /// TAO to stake on each target
    #[arg(long, value_name = "TAO")]
    pub amount: String,
    /// Safe staking
    #[command(flatten)]
    pub safety: SafetyArgs,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
    /// MEV shield
    #[command(flatten)]
    pub mev: crate::cli::shield::MevArg,
}

impl StakeAddArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let targets = self.targets.targets(ctx)?;
        let amount = parse_amount(&self.amount, "--amount")?;
        let safety = self.safety.resolve(ctx)?;
        let tx = self.mev.apply(ctx, self.proxy.apply(&self.tx)?);
        execute(ctx, &tx, KeyRole::Coldkey, "stake", async |tc, cold| {
            extrinsics::stake::plan_add(tc, &cold, &targets, amount, safety).await
        })
    }
}

/// Unstake α from subnets (remove_stake_limit with a floor price from `--tolerance`;
/// remove_stake with `--unsafe`); `--all` empties the positions.
///
/// Examples:
///   tao stake remove --netuid 1 --amount 5
///   tao stake remove --netuid 1 --all --unsafe
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeRemoveArgs {
    /// Targets
    #[command(flatten)]
    pub targets: TargetArgs,
    /// α to unstake from each target
    #[arg(
        long,
        value_name = "ALPHA",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub amount: Option<String>,
    /// Unstake everything from each target
    #[arg(long)]
    pub all: bool,
    /// Safe staking
    #[command(flatten)]
    pub safety: SafetyArgs,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
    /// MEV shield
    #[command(flatten)]
    pub mev: crate::cli::shield::MevArg,
}

impl StakeRemoveArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let targets = self.targets.targets(ctx)?;
        let amount = match &self.amount {
            Some(a) => Some(parse_amount(a, "--amount")?),
            None => None,
        };
        let safety = self.safety.resolve(ctx)?;
        let tx = self.mev.apply(ctx, self.proxy.apply(&self.tx)?);
        execute(ctx, &tx, KeyRole::Coldkey, "unstake", async |tc, cold| {
            extrinsics::stake::plan_remove(tc, &cold, &targets, amount, safety).await
        })
    }
}
