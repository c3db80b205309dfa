//! `tao stake set-auto` and `tao stake auto`: where a coldkey's miner incentive is staked.

use clap::Args;
use serde_json::{Value, json};

use crate::chain::ChainError;
use crate::chain::extrinsics::{self, KeyRole};
use crate::chain::raw::storage;
use crate::cli::args::{ChainArgs, NetuidArg, TxArgs};
use crate::cli::connect::read;
use crate::cli::keys::given_or_wallet;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::ui::table;

/// Stake the coldkey's miner incentive on a subnet to a hotkey
///
/// Every hotkey the wallet's coldkey owns then earns its miner incentive on the subnet as stake
/// on the destination instead of on itself (`set_coldkey_auto_stake_hotkey`). The destination
/// needs a uid on the subnet; the chain has no call that clears the setting.
///
/// Examples:
///   tao stake set-auto --netuid 1 --hotkey-ss58 5F…validator
///   tao stake set-auto --netuid 1                 (the wallet's hotkey)
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetAutoArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The destination hotkey [default: the wallet's hotkey]
    #[arg(
        long,
        value_name = "SS58",
        alias = "hotkey-address",
        alias = "destination"
    )]
    pub hotkey_ss58: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SetAutoArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = given_or_wallet(
            ctx,
            KeyRole::Hotkey,
            self.hotkey_ss58.as_deref(),
            "--hotkey-ss58",
        )?;
        let netuid = self.netuid.netuid;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "auto-stake",
            async |tc, cold| extrinsics::auto_stake::plan_set(tc, &cold, netuid, &hotkey).await,
        )
    }
}

/// Show where a coldkey's miner incentive is staked, per subnet
///
/// Examples:
///   tao stake auto
///   tao stake auto --ss58 5F…coldkey --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AutoArgs {
    /// The coldkey [default: the wallet's]
    #[arg(
        long,
        value_name = "SS58",
        alias = "coldkey-ss58",
        alias = "key",
        short = 'k'
    )]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl AutoArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let coldkey = given_or_wallet(ctx, KeyRole::Coldkey, self.ss58.as_deref(), "--ss58")?;
        let cold = crate::ss58::encode_default(&coldkey);
        let key = vec![cold.clone()];
        let (entries, pinned) = read(ctx, &self.chain, "reading auto-stake", async |chain| {
            if !chain.has_storage("SubtensorModule", "AutoStakeDestination") {
                return Err(chain.unsupported("auto-stake (AutoStakeDestination)"));
            }
            let item = storage::item(
                &chain.metadata,
                "SubtensorModule",
                "AutoStakeDestination",
                &key,
                true,
            )
            .map_err(ChainError::Raw)?;
            let (entries, _) = storage::iterate(chain, &item, None, &|_| {}).await?;
            Ok((entries, None))
        })?;
        let mut rows: Vec<(u64, String)> = entries
            .iter()
            .filter_map(|e| {
                let netuid = e.keys.get(1).and_then(Value::as_u64)?;
                let hotkey = e.value.as_str()?.to_string();
                Some((netuid, hotkey))
            })
            .collect();
        rows.sort();
        let data = json!({
            "chain": pinned.json(),
            "coldkey": cold,
            "destinations": rows.iter().map(|(n, h)| json!({ "netuid": n, "hotkey": h })).collect::<Vec<_>>(),
        });
        let mut human = if rows.is_empty() {
            format!(
                "{cold} has no auto-stake destination: incentive stays on the earning hotkeys\n"
            )
        } else {
            let mut t = table::new(["subnet", "incentive staked to"]);
            for (n, h) in &rows {
                t.add_row([n.to_string(), h.clone()]);
            }
            table::render(&t)
        };
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}
