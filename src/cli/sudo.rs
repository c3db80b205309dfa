//! `tao sudo`: btcli's `sudo` commands. `set` and `get` are the subnet owner's hyperparameters
//! (the `AdminUtils` owner calls, and `tao subnets hyperparameters`); `set-take` and `get-take`
//! are `tao wallet set-take` and `tao wallet get-take`.

use clap::{Args, Subcommand};

use crate::chain::extrinsics::KeyRole;
use crate::chain::extrinsics::admin::{self, Lookup};
use crate::cli::args::{NetuidArg, TxArgs};
use crate::cli::pipeline::execute;
use crate::cli::subnets::{HyperparametersArgs, TrimArgs};
use crate::cli::wallet::{GetTakeArgs, SetTakeArgs};
use crate::cli::{CmdResult, Context};
use crate::error::Failure;

/// btcli's `sudo` commands.
#[derive(Debug, Subcommand)]
pub enum SudoCommand {
    /// Set a hyperparameter of a subnet you own (an AdminUtils owner call)
    Set(SetArgs),
    /// Show a subnet's hyperparameters (same as `tao subnets hyperparameters`)
    Get(HyperparametersArgs),
    /// Set the wallet hotkey's delegate take (same as `tao wallet set-take`)
    #[command(alias = "set_take")]
    SetTake(SetTakeArgs),
    /// Show a hotkey's delegate take (same as `tao wallet get-take`)
    #[command(alias = "get_take")]
    GetTake(GetTakeArgs),
    /// Lower a subnet's maximum uids (same as `tao subnets trim`)
    Trim(TrimArgs),
    /// Run an epoch of a subnet you own soon, instead of waiting for the automatic one
    #[command(alias = "trigger_epoch")]
    TriggerEpoch(TriggerEpochArgs),
}

impl SudoCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            SudoCommand::Set(a) => a.run(ctx),
            SudoCommand::Get(a) => a.run(ctx),
            SudoCommand::SetTake(a) => a.run(ctx),
            SudoCommand::GetTake(a) => a.run(ctx),
            SudoCommand::Trim(a) => a.run(ctx),
            SudoCommand::TriggerEpoch(a) => a.run(ctx),
        }
    }
}

/// Set a hyperparameter of a subnet you own, signed by the owner's coldkey (the parameter's
/// AdminUtils call). `--param` takes btcli's name, the key `tao subnets hyperparameters --json`
/// shows, or the call's suffix (`bonds_moving_avg`, `bonds_moving_average`); the summary shows the
/// current value beside the new one.
///
/// Values are in the chain's units: blocks and counts as whole numbers; shares of 65535
/// (bonds_penalty, min_childkey_take) and of 1,000,000 (bonds_moving_avg) as the raw integer or
/// as a fraction with a decimal point (`0.5`); min_burn and max_burn in TAO (`0.0005`) or rao
/// (`500000rao`); booleans as true/false; alpha_values as `LOW,HIGH`; burn_increase_mult as a
/// decimal (1 to 3); recycle_or_burn as burn or recycle; sn_owner_hotkey as an SS58 address;
/// tempo in blocks (360 to 50400; one change per 360 blocks, and the change restarts the
/// subnet's epoch cycle); activity_cutoff_factor in tempos with a point (`2.5`) or per mille
/// (1000 to 50000). At spec 425 the last two are SubtensorModule calls (set_tempo,
/// set_activity_cutoff_factor); on a runtime that moved them to AdminUtils, tao sends those.
///
/// Refused before signing where the chain would refuse: not the owner (BadOrigin), the owner's
/// rate limit of the parameter (Tempo × OwnerHyperparamRateLimit blocks per subnet and parameter;
/// the weights version Tempo × WeightsVersionKeyRateLimit; TxRateLimitExceeded, naming the block
/// the change becomes possible), the last AdminFreezeWindow blocks before the subnet's epoch
/// (AdminActionProhibitedDuringWeightsWindow), a value out of the chain's range (its error, with
/// the range), and a parameter only the root may set (kappa, max_validators, …: BadOrigin).
///
/// Examples:
///   tao sudo set --netuid 3 --param immunity_period --value 5000
///   tao sudo set --netuid 3 --param bonds_moving_avg --value 0.95 --dry-run --json
///   tao sudo set --netuid 3 --param alpha_values --value 0.7,0.9
///   tao sudo set --netuid 3 --param tempo --value 720
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// The hyperparameter (btcli's name, a hyperparameters key, or the call's suffix)
    #[arg(long, value_name = "NAME", alias = "parameter")]
    pub param: String,
    /// The new value, in the chain's units
    #[arg(long, value_name = "V", allow_hyphen_values = true)]
    pub value: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let param = match admin::lookup(&self.param) {
            Ok(Lookup::Owner(p)) => p,
            Ok(Lookup::RootOnly(name, call)) => {
                return Err(admin::root_only(name, call).into());
            }
            Ok(Lookup::ReadOnly(name, how)) => {
                return Err(Failure::usage(
                    "sudo.read_only_param",
                    format!(
                        "{name} is shown by `tao subnets hyperparameters` but is not set on its own"
                    ),
                )
                .with_hint(how.to_string()));
            }
            Err(near) => {
                let hint = if near.is_empty() {
                    format!(
                        "the owner's parameters: {}",
                        admin::PARAMS
                            .iter()
                            .map(|p| p.name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                } else {
                    format!("did you mean {}?", near.join(", "))
                };
                return Err(Failure::usage(
                    "sudo.unknown_param",
                    format!("there is no subnet hyperparameter `{}`", self.param),
                )
                .with_hint(hint));
            }
        };
        let value = admin::parse_value(param.kind, &self.value).map_err(|e| {
            Failure::usage(
                "sudo.invalid_value",
                format!("--value for {}: {}", param.name, e.0),
            )
            .with_hint(value_hint(param.kind))
        })?;
        execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            param.name,
            async |tc, cold| admin::plan_set(tc, &cold, netuid, param, value).await,
        )
    }
}

/// Schedule an epoch of a subnet you own (SubtensorModule.trigger_epoch, spec 425): it fires
/// AdminFreezeWindow blocks after the call lands, and owner settings are refused until it has
/// run.
///
/// Refused before signing where the chain would refuse: not the owner (BadOrigin), commit-reveal
/// on (DynamicTempoBlockedByCommitReveal), an epoch already triggered
/// (EpochTriggerAlreadyPending), the automatic epoch nearer than the freeze window
/// (AutoEpochAlreadyImminent), and the owner's rate limit (Tempo × OwnerHyperparamRateLimit
/// blocks; TxRateLimitExceeded, naming the block the next trigger becomes possible).
///
/// Examples:
///   tao sudo trigger-epoch --netuid 3
///   tao sudo trigger-epoch --netuid 3 --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TriggerEpochArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl TriggerEpochArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "trigger_epoch",
            async |tc, cold| admin::plan_trigger_epoch(tc, &cold, netuid).await,
        )
    }
}

/// How to write a value of this form.
fn value_hint(kind: admin::Kind) -> String {
    use admin::Kind::*;
    match kind {
        Blocks16 | U16 => "give a whole number from 0 to 65535",
        Blocks64 | U64 => "give a whole number",
        Fraction16 => "give a share of 65535 (0 to 65535) or a fraction with a point (0.0 to 1.0)",
        Millionths => "give a share of 1000000 or a fraction with a point (0.0 to 1.0)",
        Tao => "give TAO as a decimal (0.0005) or rao with a suffix (500000rao)",
        Bool => "give true or false",
        AlphaPair => "give LOW,HIGH as shares of 65535 or fractions (0.7,0.9)",
        I16 => "give a whole number from -32768 to 32767",
        Multiplier => "give a decimal such as 1.26",
        RecycleOrBurn => "give burn or recycle",
        Account => "give an SS58 address",
        Milli32 => {
            "give tempos with a point (2.5 = 2500 per mille) or per mille as a whole number (1000 to 50000)"
        }
    }
    .into()
}
