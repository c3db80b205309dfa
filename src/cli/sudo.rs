//! `tao sudo`: btcli's names for the settings tao files elsewhere. `set-take` and `get-take` are
//! `tao wallet set-take` and `tao wallet get-take`.

use clap::Subcommand;

use crate::cli::wallet::{GetTakeArgs, SetTakeArgs};
use crate::cli::{CmdResult, Context};

/// btcli's `sudo` commands.
#[derive(Debug, Subcommand)]
pub enum SudoCommand {
    /// Set the wallet hotkey's delegate take (same as `tao wallet set-take`)
    #[command(alias = "set_take")]
    SetTake(SetTakeArgs),
    /// Show a hotkey's delegate take (same as `tao wallet get-take`)
    #[command(alias = "get_take")]
    GetTake(GetTakeArgs),
}

impl SudoCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            SudoCommand::SetTake(a) => a.run(ctx),
            SudoCommand::GetTake(a) => a.run(ctx),
        }
    }
}
