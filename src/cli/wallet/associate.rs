//! `tao wallet associate-hotkey`: make an unowned hotkey the wallet coldkey's.

use clap::Args;

use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::TxArgs;
use crate::cli::keys::given_or_wallet;
use crate::cli::{CmdResult, Context, pipeline};

/// Associate a hotkey with the wallet's coldkey (try_associate_hotkey)
///
/// An unowned hotkey becomes the coldkey's, without registering it anywhere. A hotkey that
/// already has an owner is refused before signing (the chain would change nothing and keep the
/// fee).
///
/// Examples:
///   tao wallet associate-hotkey                    (the wallet's hotkey)
///   tao wallet associate-hotkey --hotkey-ss58 5F…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AssociateHotkeyArgs {
    /// The hotkey [default: the wallet's]
    #[arg(long, value_name = "SS58", alias = "hotkey-address")]
    pub hotkey_ss58: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl AssociateHotkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = given_or_wallet(
            ctx,
            KeyRole::Hotkey,
            self.hotkey_ss58.as_deref(),
            "--hotkey-ss58",
        )?;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "association",
            async |tc, cold| extrinsics::associate::plan_associate(tc, &cold, &hotkey).await,
        )
    }
}
