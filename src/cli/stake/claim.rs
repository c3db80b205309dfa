//! Root claims: `tao stake claimable`, `process-claim` and `set-claim` (btcli's names).

use std::collections::BTreeSet;

use clap::Args;
use serde_json::json;

use crate::chain::extrinsics::root_claim::{self, ClaimKind, ClaimType};
use crate::chain::extrinsics::{self, KeyRole};
use crate::chain::read;
use crate::cli::args::{ChainArgs, TxArgs};
use crate::cli::connect::read as read_chain;
use crate::cli::keys::given_or_wallet;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::ui::table;
use crate::units::display_alpha;

/// Show the root dividends a coldkey can claim, per hotkey and subnet
///
/// What the coldkey's root stake has earned: the hotkey's claimable rate × the root stake, less
/// what was already claimed; a claim pays it from the subnet's threshold up.
///
/// Examples:
///   tao stake claimable
///   tao stake claimable --ss58 5F…coldkey --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ClaimableArgs {
    /// The coldkey [default: the wallet's]
    #[arg(long, value_name = "SS58", alias = "coldkey-ss58")]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ClaimableArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let coldkey = given_or_wallet(ctx, KeyRole::Coldkey, self.ss58.as_deref(), "--ss58")?;
        let ((list, kind), pinned) =
            read_chain(ctx, &self.chain, "reading root claims", async |chain| {
                let list = root_claim::claimables(chain, &coldkey).await?;
                let kind = root_claim::claim_type(chain, &coldkey).await?;
                Ok(((list, kind), None))
            })?;
        let data = json!({
            "chain": pinned.json(),
            "coldkey": crate::ss58::encode_default(&coldkey),
            "claim_type": kind,
            "claimable": list.iter().map(|c| c.json()).collect::<Vec<_>>(),
        });
        let mut human = if list.is_empty() {
            "no root dividends to claim\n".to_string()
        } else {
            let mut t = table::new(["subnet", "hotkey", "owed", "threshold", "payable"]);
            for c in &list {
                t.add_row([
                    c.netuid.to_string(),
                    crate::ss58::encode_default(&c.hotkey),
                    display_alpha(c.owed, "α"),
                    display_alpha(c.threshold, "α"),
                    if c.payable() {
                        "yes".into()
                    } else {
                        "no".to_string()
                    },
                ]);
            }
            table::render(&t)
        };
        if !data["claim_type"].is_null() {
            human.push_str(&format!(
                "claim type: {}\n",
                crate::chain::extrinsics::raw::compact_json(&data["claim_type"])
            ));
        }
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// Claim root dividends (claim_root), showing the amounts first
///
/// Claims on up to 5 subnets: those given, or the ones with the most to claim. Each is paid as
/// the coldkey's claim type says (Swap: sold and staked on root; Keep: staked on the subnet).
///
/// Examples:
///   tao stake process-claim
///   tao stake process-claim --netuids 1,3 --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ProcessClaimArgs {
    /// The subnets (at most 5) [default: those with the most to claim]
    #[arg(
        long,
        short = 'n',
        value_name = "N,…",
        value_delimiter = ',',
        alias = "netuid"
    )]
    pub netuids: Vec<u16>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl ProcessClaimArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuids = self.netuids.clone();
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "root claim",
            async |tc, cold| extrinsics::root_claim::plan_claim(tc, &cold, &netuids).await,
        )
    }
}

/// Choose how root dividends are claimed (set_root_claim_type)
///
/// `keep` keeps the claimed α staked on its subnet; `swap` sells it and stakes the TAO on root.
/// With `--netuids`: keep on those subnets (`keep`), or keep on every other subnet (`swap`).
///
/// Examples:
///   tao stake set-claim swap
///   tao stake set-claim keep --netuids 1,3
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetClaimArgs {
    /// keep or swap
    #[arg(value_enum)]
    pub kind: Option<ClaimKind>,
    /// Subnets the choice applies to
    #[arg(
        long,
        short = 'n',
        value_name = "N,…",
        value_delimiter = ',',
        alias = "netuid"
    )]
    pub netuids: Vec<u16>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SetClaimArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let kind = self.kind;
        let given: BTreeSet<u16> = self.netuids.iter().copied().collect();
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "claim type",
            async |tc, cold| {
                let all: BTreeSet<u16> = read::subnets(&tc.chain)
                    .await?
                    .iter()
                    .map(|s| s.netuid)
                    .filter(|n| *n != 0)
                    .collect();
                let new = ClaimType::from_choice(kind, &given, &all);
                extrinsics::root_claim::plan_set_claim(tc, &cold, new).await
            },
        )
    }
}
