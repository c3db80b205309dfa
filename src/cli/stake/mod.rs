//! `tao stake`: positions (`list`), simulations and fees (`sim`, `fee`), and the stake
//! transactions: `add` and `remove` (safe staking by default), `move`, `transfer` and `swap`;
//! auto-stake (`set-auto`, `auto`); child hotkeys (`child`), root claims and stake locks
//! (`lock`).

mod add;
mod auto;
mod child;
mod claim;
mod list;
mod lock;
mod moves;
mod sim;

pub use add::{StakeAddArgs, StakeRemoveArgs};
pub use auto::{AutoArgs, SetAutoArgs};
pub use child::ChildCommand;
pub use claim::{ClaimableArgs, ProcessClaimArgs, SetClaimArgs};
pub use list::{ListArgs, StakeRow, stake_row_json, stake_rows};
pub use lock::LockCommand;
pub use moves::{StakeMoveArgs, StakeSwapArgs, StakeTransferArgs};
pub use sim::{FeeArgs, SimArgs};

use clap::{Args, Subcommand};

use crate::chain::extrinsics::stake::Target;
use crate::cli::args::{parse_amount, parse_ss58};
use crate::cli::keys::wallet_hotkey;
use crate::cli::{CmdResult, Context};
use crate::error::Failure;

/// Stake commands.
#[derive(Debug, Subcommand)]
pub enum StakeCommand {
    /// List stake positions
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Simulate staking TAO (or unstaking α) on a subnet: amount out, fee, slippage
    Sim(SimArgs),
    /// Show the fee of staking or unstaking an amount
    Fee(FeeArgs),
    /// Stake TAO on subnets (safe staking by default)
    #[command(visible_alias = "a")]
    Add(StakeAddArgs),
    /// Unstake α from subnets (safe staking by default)
    #[command(visible_alias = "r", alias = "unstake")]
    Remove(StakeRemoveArgs),
    /// Move stake to another hotkey and/or subnet (move_stake)
    Move(StakeMoveArgs),
    /// Give stake to another coldkey (transfer_stake)
    Transfer(StakeTransferArgs),
    /// Swap stake between subnets on one hotkey (swap_stake_limit)
    Swap(StakeSwapArgs),
    /// Stake the coldkey's miner incentive on a subnet to a hotkey
    #[command(alias = "set_auto")]
    SetAuto(SetAutoArgs),
    /// Where the coldkey's miner incentive is staked, per subnet
    Auto(AutoArgs),
    /// Child hotkeys: get, set, revoke, take
    #[command(subcommand, alias = "children")]
    Child(ChildCommand),
    /// Root dividends the coldkey can claim, per hotkey and subnet
    Claimable(ClaimableArgs),
    /// Claim root dividends on up to 5 subnets (claim_root)
    #[command(alias = "process_claim")]
    ProcessClaim(ProcessClaimArgs),
    /// Choose how root dividends are claimed: keep or swap (set_root_claim_type)
    #[command(alias = "set_claim")]
    SetClaim(SetClaimArgs),
    /// Stake locks and conviction: list, show, add, mode, move (also `tao lock …`)
    #[command(subcommand, alias = "locks")]
    Lock(LockCommand),
}

impl StakeCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            StakeCommand::List(a) => a.run(ctx),
            StakeCommand::Sim(a) => a.run(ctx),
            StakeCommand::Fee(a) => a.run(ctx),
            StakeCommand::Add(a) => a.run(ctx),
            StakeCommand::Remove(a) => a.run(ctx),
            StakeCommand::Move(a) => a.run(ctx),
            StakeCommand::Transfer(a) => a.run(ctx),
            StakeCommand::Swap(a) => a.run(ctx),
            StakeCommand::SetAuto(a) => a.run(ctx),
            StakeCommand::Auto(a) => a.run(ctx),
            StakeCommand::Child(c) => c.run(ctx),
            StakeCommand::Claimable(a) => a.run(ctx),
            StakeCommand::ProcessClaim(a) => a.run(ctx),
            StakeCommand::SetClaim(a) => a.run(ctx),
            StakeCommand::Lock(c) => c.run(ctx),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// stake add / remove

/// The origin position and amount of a stake move.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Origin")]
pub struct MoveFrom {
    /// The origin subnet
    #[arg(long = "origin-netuid", value_name = "N", alias = "netuid")]
    pub origin_netuid: u16,
    /// The destination subnet [default: the origin subnet]
    #[arg(long = "dest-netuid", value_name = "N", alias = "destination-netuid")]
    pub dest_netuid: Option<u16>,
    /// The origin hotkey [default: the wallet's hotkey]
    #[arg(long = "hotkey-ss58", value_name = "SS58", alias = "origin-hotkey")]
    pub hotkey_ss58: Option<String>,
    /// α to move
    #[arg(
        long,
        value_name = "ALPHA",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub amount: Option<String>,
    /// The whole position
    #[arg(long)]
    pub all: bool,
}

impl MoveFrom {
    pub(crate) fn resolve(&self, ctx: &Context) -> Result<(Target, u16, Option<u64>), Failure> {
        let hotkey = match &self.hotkey_ss58 {
            Some(h) => parse_ss58(h, "--hotkey-ss58")?,
            None => wallet_hotkey(ctx)?,
        };
        let amount = match &self.amount {
            Some(a) => Some(parse_amount(a, "--amount")?),
            None => None,
        };
        Ok((
            Target {
                hotkey,
                netuid: self.origin_netuid,
            },
            self.dest_netuid.unwrap_or(self.origin_netuid),
            amount,
        ))
    }
}
