//! `tao subnets`: lists, details and prices (`info`), metagraphs, hyperparameters and burn
//! costs (`params`), mechanisms (`mechanisms`), and the transactions `register`, `create` and
//! `start`; the owner's `set-identity`, `set-symbol`, `check-start` and `trim` (`owner`).

mod identity;
mod info;
mod mechanisms;
mod metagraph;
mod owner;
mod params;
mod register;

pub use info::{ListArgs, PriceArgs, ShowArgs};
pub use mechanisms::MechanismsCommand;
pub use metagraph::MetagraphArgs;
pub use owner::TrimArgs;
pub use params::{BurnCostArgs, HyperparametersArgs};
pub use register::{CreateArgs, RegisterArgs, StartArgs};

use clap::Subcommand;

use crate::cli::{CmdResult, Context, Report};
use crate::ss58;

/// Subnet commands.
#[derive(Debug, Subcommand)]
pub enum SubnetsCommand {
    /// List every subnet with its price and pool
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one subnet: pool, price, schedule, owner and registration cost
    Show(ShowArgs),
    /// Show a subnet's neurons (one get_metagraph call)
    #[command(visible_alias = "mg")]
    Metagraph(MetagraphArgs),
    /// Show a subnet's hyperparameters
    #[command(visible_alias = "hyperparams")]
    Hyperparameters(HyperparametersArgs),
    /// A subnet's mechanisms (sub-subnets): show them; the owner sets their count and split
    #[command(subcommand, visible_alias = "mech")]
    Mechanisms(MechanismsCommand),
    /// Show the cost of registering a neuron on a subnet (or of creating a subnet)
    BurnCost(BurnCostArgs),
    /// Show α prices
    Price(PriceArgs),
    /// Register the wallet's hotkey on a subnet (burn, with a maximum)
    #[command(alias = "burned-register", alias = "recycle-register")]
    Register(RegisterArgs),
    /// Create a subnet (register_network)
    Create(CreateArgs),
    /// Start a subnet you own (start_call)
    Start(StartArgs),
    /// Set a subnet's on-chain identity (the owner)
    #[command(alias = "set_identity")]
    SetIdentity(identity::SetIdentityArgs),
    /// Show a subnet's on-chain identity
    #[command(alias = "get_identity")]
    GetIdentity(identity::GetIdentityArgs),
    /// Set a subnet's token symbol (the owner; update_symbol)
    #[command(alias = "set_symbol")]
    SetSymbol(owner::SetSymbolArgs),
    /// Show whether and when a subnet may be started, and why not
    #[command(alias = "check_start")]
    CheckStart(owner::CheckStartArgs),
    /// Lower a subnet's maximum uids, dropping its lowest emitters (the owner)
    Trim(TrimArgs),
}

impl SubnetsCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            SubnetsCommand::List(a) => a.run(ctx),
            SubnetsCommand::Show(a) => a.run(ctx),
            SubnetsCommand::Metagraph(a) => a.run(ctx),
            SubnetsCommand::Hyperparameters(a) => a.run(ctx),
            SubnetsCommand::Mechanisms(c) => c.run(ctx),
            SubnetsCommand::BurnCost(a) => a.run(ctx),
            SubnetsCommand::Price(a) => a.run(ctx),
            SubnetsCommand::Register(a) => a.run(ctx),
            SubnetsCommand::Create(a) => a.run(ctx),
            SubnetsCommand::Start(a) => a.run(ctx),
            SubnetsCommand::SetIdentity(a) => a.run(ctx),
            SubnetsCommand::GetIdentity(a) => a.run(ctx),
            SubnetsCommand::SetSymbol(a) => a.run(ctx),
            SubnetsCommand::CheckStart(a) => a.run(ctx),
            SubnetsCommand::Trim(a) => a.run(ctx),
        }
    }
}

/// An address shortened for tables.
fn short(account: &[u8; 32]) -> String {
    let s = ss58::encode_default(account);
    format!("{}…{}", &s[..6], &s[s.len() - 4..])
}

fn with_notes(mut report: Report, notes: impl IntoIterator<Item = Option<String>>) -> Report {
    for n in notes.into_iter().flatten() {
        report = report.warn(n);
    }
    report
}
