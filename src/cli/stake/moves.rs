//! `tao stake move`, `tao stake transfer` and `tao stake swap`: stake moved between hotkeys,
//! coldkeys and subnets.

use clap::Args;

use super::MoveFrom;
use crate::chain::extrinsics::stake::{MoveKind, Safety, Target};
use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{SafetyArgs, TxArgs, parse_ss58};
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context};
use crate::error::Failure;

/// Move stake to another hotkey and/or subnet, keeping the coldkey (move_stake).
///
/// Examples:
///   tao stake move --origin-netuid 1 --dest-netuid 2 --dest-hotkey 5F… --amount 5
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeMoveArgs {
    /// Origin
    #[command(flatten)]
    pub from: MoveFrom,
    /// The destination hotkey
    #[arg(
        long = "dest-hotkey",
        value_name = "SS58",
        alias = "destination-hotkey"
    )]
    pub dest_hotkey: String,
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

impl StakeMoveArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let kind = || {
            let dest_hotkey = parse_ss58(&self.dest_hotkey, "--dest-hotkey")?;
            Ok(MoveKind::Move { dest_hotkey })
        };
        run_move(
            ctx,
            &self.from,
            &self.mev.apply(ctx, self.proxy.apply(&self.tx)?),
            "stake move",
            kind,
            UNLIMITED,
        )
    }
}

/// Give stake to another coldkey, keeping the hotkey (transfer_stake).
///
/// Examples:
///   tao stake transfer --origin-netuid 1 --dest 5F… --amount 5
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeTransferArgs {
    /// Origin
    #[command(flatten)]
    pub from: MoveFrom,
    /// The destination coldkey
    #[arg(long, value_name = "SS58", alias = "dest-ss58")]
    pub dest: String,
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

impl StakeTransferArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let kind = || {
            let dest_coldkey = parse_ss58(&self.dest, "--dest")?;
            Ok(MoveKind::Transfer { dest_coldkey })
        };
        run_move(
            ctx,
            &self.from,
            &self.mev.apply(ctx, self.proxy.apply(&self.tx)?),
            "stake transfer",
            kind,
            UNLIMITED,
        )
    }
}

/// Swap stake between subnets on the same hotkey (swap_stake_limit with a floor on the price
/// ratio from `--tolerance`; swap_stake with `--unsafe`).
///
/// Examples:
///   tao stake swap --origin-netuid 1 --dest-netuid 2 --amount 5
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeSwapArgs {
    /// Origin
    #[command(flatten)]
    pub from: MoveFrom,
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

impl StakeSwapArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (from, dest, amount) = self.from.resolve(ctx)?;
        let safety = self.safety.resolve(ctx)?;
        plan_move(
            ctx,
            &self.mev.apply(ctx, self.proxy.apply(&self.tx)?),
            "stake swap",
            (from, dest, amount),
            MoveKind::Swap,
            safety,
        )
    }
}

/// Move and transfer take no limit price (the chain's calls have none).
const UNLIMITED: Safety = Safety {
    safe: false,
    tolerance_ppb: 0,
    partial: false,
};

/// A move or transfer: the origin position and amount, then the destination from `kind`.
fn run_move(
    ctx: &Context,
    from: &MoveFrom,
    tx: &TxArgs,
    what: &str,
    kind: impl FnOnce() -> Result<MoveKind, Failure>,
    safety: Safety,
) -> CmdResult {
    let origin = from.resolve(ctx)?;
    plan_move(ctx, tx, what, origin, kind()?, safety)
}

/// The pipeline of the three moves.
fn plan_move(
    ctx: &Context,
    tx: &TxArgs,
    what: &str,
    (from, dest, amount): (Target, u16, Option<u64>),
    kind: MoveKind,
    safety: Safety,
) -> CmdResult {
    execute(ctx, tx, KeyRole::Coldkey, what, async |tc, cold| {
        extrinsics::stake::plan_move(tc, &cold, from, dest, amount, kind, safety).await
    })
}
