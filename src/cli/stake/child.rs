//! `tao stake child get|set|revoke|take`: a hotkey's child hotkeys (btcli's `stake child`).

use clap::{Args, Subcommand};
use serde_json::json;

use crate::chain::extrinsics::children::{self, ChildState, fraction, state_json};
use crate::chain::extrinsics::{self, KeyRole};
use crate::chain::read;
use crate::cli::args::{ChainArgs, TxArgs, parse_ss58};
use crate::cli::connect::read as read_chain;
use crate::cli::keys::{given_or_wallet, wallet_hotkey};
use crate::cli::wallet::parse_take;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::error::Failure;
use crate::ui::table;

/// Child hotkeys.
#[derive(Debug, Subcommand)]
pub enum ChildCommand {
    /// A hotkey's children, parents, pending changes and childkey take
    Get(GetArgs),
    /// Set the wallet hotkey's children on a subnet (applied after the chain's cooldown)
    Set(SetArgs),
    /// Remove every child of the wallet hotkey on a subnet
    Revoke(RevokeArgs),
    /// Show or set the wallet hotkey's childkey take
    Take(TakeArgs),
}

impl ChildCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            ChildCommand::Get(a) => a.run(ctx),
            ChildCommand::Set(a) => a.run(ctx),
            ChildCommand::Revoke(a) => a.run(ctx),
            ChildCommand::Take(a) => a.run(ctx),
        }
    }
}

/// Which subnets: one, or every subnet but root.
#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["netuid", "all_netuids"])))]
pub struct SubnetsArgs {
    /// The subnet
    #[arg(long, value_name = "N")]
    pub netuid: Option<u16>,
    /// Every subnet except root (one batch)
    #[arg(long, alias = "all")]
    pub all_netuids: bool,
}

/// The netuids chosen, reading the subnet list for `--all-netuids`.
async fn netuids_of(
    chain: &crate::chain::Chain,
    netuid: Option<u16>,
) -> Result<Vec<u16>, crate::chain::ChainError> {
    match netuid {
        Some(n) => Ok(vec![n]),
        None => Ok(read::subnets(chain)
            .await?
            .iter()
            .map(|s| s.netuid)
            .filter(|n| *n != 0)
            .collect()),
    }
}

/// Show a hotkey's children, parents, pending changes and childkey take
///
/// Examples:
///   tao stake child get --netuid 1
///   tao stake child get --hotkey-ss58 5F… --json      (every subnet where it has any)
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GetArgs {
    /// The subnet [default: every subnet where the hotkey has children, parents or a pending change]
    #[arg(long, value_name = "N")]
    pub netuid: Option<u16>,
    /// The hotkey [default: the wallet's]
    #[arg(long, value_name = "SS58", alias = "hotkey-address")]
    pub hotkey_ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

fn relation_text(r: &[(u64, [u8; 32])]) -> String {
    if r.is_empty() {
        return "-".into();
    }
    r.iter()
        .map(|(p, h)| format!("{} {}", fraction(*p), crate::ss58::encode_default(h)))
        .collect::<Vec<_>>()
        .join("\n")
}

impl GetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = given_or_wallet(
            ctx,
            KeyRole::Hotkey,
            self.hotkey_ss58.as_deref(),
            "--hotkey-ss58",
        )?;
        let one = self.netuid;
        let ((states, now), pinned) =
            read_chain(ctx, &self.chain, "reading child hotkeys", async |chain| {
                let netuids = match one {
                    Some(n) => vec![n],
                    None => netuids_of(chain, None).await?,
                };
                let states = children::child_states(chain, &hotkey, &netuids).await?;
                let now = read::block_number(chain).await?;
                Ok(((states, now), Some(now)))
            })?;
        let shown: Vec<&ChildState> = states
            .iter()
            .filter(|s| {
                one.is_some()
                    || !s.children.is_empty()
                    || !s.parents.is_empty()
                    || s.pending.is_some()
            })
            .collect();
        let hk = crate::ss58::encode_default(&hotkey);
        let data = json!({
            "chain": pinned.json(),
            "hotkey": hk,
            "block": now,
            "subnets": shown.iter().map(|s| state_json(s)).collect::<Vec<_>>(),
        });
        let mut human = if shown.is_empty() {
            format!("{hk} has no children, parents or pending changes\n")
        } else {
            let mut t = table::new(["subnet", "children", "parents", "pending", "take"]);
            for s in &shown {
                let pending = match &s.pending {
                    Some((c, b)) => format!(
                        "{}\ncooldown ends at #{b}{}",
                        if c.is_empty() {
                            "revoke".to_string()
                        } else {
                            relation_text(c)
                        },
                        if *b >= now {
                            format!(" (in {} blocks)", b - now)
                        } else {
                            " (applies at the next epoch)".into()
                        }
                    ),
                    None => "-".into(),
                };
                t.add_row([
                    s.netuid.to_string(),
                    relation_text(&s.children),
                    relation_text(&s.parents),
                    pending,
                    crate::chain::fixed::u16_fraction(s.take, 4),
                ]);
            }
            table::render(&t)
        };
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// Set the wallet hotkey's children
///
/// Each child gets its proportion of the hotkey's stake weight (fractions adding up to at most
/// 1). Checked before signing as the chain checks it (rate limit, ownership, duplicates, at most
/// 5, no parent as child, the stake threshold); the change applies after the chain's cooldown,
/// at the subnet's first epoch after it (`tao stake child get` shows it pending).
///
/// Examples:
///   tao stake child set --netuid 1 --children 5F…a,5F…b --proportions 0.5,0.25
///   tao stake child set --all-netuids -c 5F…a --prop 1 --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetArgs {
    /// Which subnets
    #[command(flatten)]
    pub subnets: SubnetsArgs,
    /// The child hotkeys, comma-separated
    #[arg(
        long,
        short = 'c',
        value_name = "SS58,…",
        value_delimiter = ',',
        required = true
    )]
    pub children: Vec<String>,
    /// Each child's proportion, comma-separated fractions
    #[arg(
        long,
        alias = "prop",
        value_name = "F,…",
        value_delimiter = ',',
        required = true
    )]
    pub proportions: Vec<String>,
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
        if self.children.len() != self.proportions.len() {
            return Err(Failure::usage(
                "tx.bad_amount",
                format!(
                    "{} children but {} proportions",
                    self.children.len(),
                    self.proportions.len()
                ),
            )
            .with_hint("give one proportion per child, in the same order"));
        }
        let kids: Vec<[u8; 32]> = self
            .children
            .iter()
            .map(|c| parse_ss58(c, "--children"))
            .collect::<Result<_, _>>()?;
        let ppb: Vec<u64> = self
            .proportions
            .iter()
            .map(|p| {
                crate::units::parse_decimal(p.trim())
                    .ok()
                    .filter(|v| *v <= 1_000_000_000)
                    .ok_or_else(|| {
                        Failure::usage(
                            "tx.bad_amount",
                            format!("--proportions: `{p}` is not a fraction from 0 to 1"),
                        )
                        .with_hint("give fractions such as 0.5")
                    })
            })
            .collect::<Result<_, _>>()?;
        let parts = children::proportions(&ppb).map_err(|r| Failure::from_diagnostic(&r))?;
        let list: Vec<(u64, [u8; 32])> = parts.into_iter().zip(kids).collect();
        let hotkey = wallet_hotkey(ctx)?;
        let one = self.subnets.netuid;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "children",
            async |tc, cold| {
                let netuids = netuids_of(&tc.chain, one).await?;
                extrinsics::children::plan_set_children(tc, &cold, &hotkey, &netuids, &list).await
            },
        )
    }
}

/// Remove every child of the wallet hotkey
///
/// `set_children` with an empty list (what btcli's revoke sends), with the same checks and
/// cooldown.
///
/// Examples:
///   tao stake child revoke --netuid 1
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RevokeArgs {
    /// Which subnets
    #[command(flatten)]
    pub subnets: SubnetsArgs,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl RevokeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = wallet_hotkey(ctx)?;
        let one = self.subnets.netuid;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "children",
            async |tc, cold| {
                let netuids = netuids_of(&tc.chain, one).await?;
                extrinsics::children::plan_set_children(tc, &cold, &hotkey, &netuids, &[]).await
            },
        )
    }
}

/// Show or set the wallet hotkey's childkey take
///
/// Without `--take`, shows it. With it, `set_childkey_take` (the chain's bounds; an increase
/// waits for its rate limit).
///
/// Examples:
///   tao stake child take --netuid 1
///   tao stake child take --netuid 1 --take 0.09
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TakeArgs {
    /// Which subnets
    #[command(flatten)]
    pub subnets: SubnetsArgs,
    /// The take as a fraction (0.09 = 9 %); without it, show the take
    #[arg(long, short = 't', value_name = "F")]
    pub take: Option<String>,
    /// The hotkey [default: the wallet's]
    #[arg(long, value_name = "SS58", alias = "child-hotkey-ss58")]
    pub hotkey_ss58: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl TakeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = given_or_wallet(
            ctx,
            KeyRole::Hotkey,
            self.hotkey_ss58.as_deref(),
            "--hotkey-ss58",
        )?;
        let one = self.subnets.netuid;
        let Some(take) = &self.take else {
            let chain_args = ChainArgs {
                timeout: self.tx.timeout.min(120),
                block: None,
            };
            let (states, pinned) =
                read_chain(ctx, &chain_args, "reading the take", async |chain| {
                    let netuids = netuids_of(chain, one).await?;
                    Ok((
                        children::child_states(chain, &hotkey, &netuids).await?,
                        None,
                    ))
                })?;
            let mut t = table::new(["subnet", "childkey take"]);
            for s in &states {
                t.add_row([
                    s.netuid.to_string(),
                    crate::chain::fixed::u16_fraction(s.take, 4),
                ]);
            }
            let data = json!({
                "chain": pinned.json(),
                "hotkey": crate::ss58::encode_default(&hotkey),
                "takes": states.iter().map(|s| json!({ "netuid": s.netuid, "take": crate::chain::fixed::u16_fraction(s.take, 6), "take_u16": s.take })).collect::<Vec<_>>(),
            });
            return Ok(Report::new(
                data,
                format!("{}{}", table::render(&t), pinned.footer()),
            ));
        };
        let take = parse_take(take)?;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "childkey take",
            async |tc, cold| {
                let netuids = netuids_of(&tc.chain, one).await?;
                extrinsics::children::plan_set_take(tc, &cold, &hotkey, &netuids, take).await
            },
        )
    }
}
