//! `tao wallet transfer`.

use clap::Args;

use crate::chain::extrinsics::transfer::Amount;
use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{TxArgs, parse_amount, parse_ss58};
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context};

/// Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the
/// account; `--all` sends everything with transfer_all).
///
/// Examples:
///   tao wallet transfer --dest 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --amount 1.5
///   tao wallet transfer --dest 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --all --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TransferArgs {
    /// The destination address (SS58)
    #[arg(long, value_name = "SS58", alias = "destination", alias = "dest-ss58")]
    pub dest: String,
    /// TAO to send
    #[arg(
        long,
        value_name = "TAO",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub amount: Option<String>,
    /// Send the whole free balance (transfer_all)
    #[arg(long)]
    pub all: bool,
    /// Allow the account to drop below the existential deposit and be reaped
    #[arg(long)]
    pub allow_death: bool,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl TransferArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let dest = parse_ss58(&self.dest, "--dest")?;
        let amount = match &self.amount {
            Some(a) => Amount::Rao(parse_amount(a, "--amount")?),
            None => Amount::All,
        };
        let allow_death = self.allow_death;
        let tx = self.proxy.apply(&self.tx)?;
        execute(ctx, &tx, KeyRole::Coldkey, "transfer", async |tc, from| {
            extrinsics::transfer::plan(tc, &from, &dest, amount, allow_death).await
        })
    }
}
