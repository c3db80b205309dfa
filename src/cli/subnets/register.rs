//! `tao subnets register`, `create` and `start`.

use clap::Args;

use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{NetuidArg, SafetyArgs, TxArgs, parse_amount};
use crate::cli::keys::wallet_hotkey;
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context};

// ---------------------------------------------------------------------------------------------
// subnets register / create / start

/// Register the wallet's hotkey as a neuron on a subnet by burning TAO (register_limit with a
/// maximum burn; burned_register after a client-side check where the chain has no
/// register_limit).
///
/// Examples:
///   tao subnets register --netuid 1
///   tao subnets register --netuid 1 --max-burn 1.5 --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RegisterArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The most TAO to burn [default: the current burn × (1 + tolerance)]
    #[arg(long, value_name = "TAO")]
    pub max_burn: Option<String>,
    /// Tolerance for the default maximum burn, as a fraction [default: 0.005, or the `tolerance`
    /// setting]
    #[arg(long, value_name = "FRACTION")]
    pub tolerance: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl RegisterArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = wallet_hotkey(ctx)?;
        let max_burn = match &self.max_burn {
            Some(m) => Some(parse_amount(m, "--max-burn")?),
            None => None,
        };
        let safety = SafetyArgs {
            tolerance: self.tolerance.clone(),
            unsafe_: false,
            partial: false,
        }
        .resolve(ctx)?;
        let netuid = self.netuid.netuid;
        execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "registration",
            async |tc, cold| {
                extrinsics::register::plan_register(
                    tc,
                    &cold,
                    &hotkey,
                    netuid,
                    safety.tolerance_ppb,
                    max_burn,
                )
                .await
            },
        )
    }
}

/// Create a subnet (register_network), locking the current network registration cost; the
/// wallet's hotkey becomes the owner hotkey (uid 0). The subnet emits after `tao subnets start`.
///
/// Examples:
///   tao subnets create
///   tao subnets create --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CreateArgs {
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

impl CreateArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = wallet_hotkey(ctx)?;
        execute(
            ctx,
            &self.mev.apply(ctx, self.proxy.apply(&self.tx)?),
            KeyRole::Coldkey,
            "subnet creation",
            async |tc, cold| extrinsics::register::plan_create(tc, &cold, &hotkey).await,
        )
    }
}

/// Start a subnet you own (start_call): emissions and staking begin.
///
/// Examples:
///   tao subnets start --netuid 3
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StartArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl StartArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "start",
            async |tc, cold| extrinsics::register::plan_start(tc, &cold, netuid).await,
        )
    }
}
