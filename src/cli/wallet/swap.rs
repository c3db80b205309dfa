//! `tao wallet swap-hotkey`, `swap-coldkey announce|execute|dispute|clear` and `swap-check`:
//! moving a hotkey's identity to a new hotkey, and a coldkey's whole account to a new coldkey
//! in the chain's announce → wait → execute steps. Both are irreversible; a coldkey swap's
//! announce and execute need `--i-understand-coldkey-swap` besides `--yes`.

use clap::{Args, Subcommand};
use serde_json::json;

use crate::chain::extrinsics::KeyRole;
use crate::chain::extrinsics::swap::{self as sw, ColdkeyStep};
use crate::cli::args::{ChainArgs, TxArgs, parse_ss58};
use crate::cli::connect::read as read_chain;
use crate::cli::keys::{open_wallet, public_key_from_file, wallet_coldkey};
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::error::Failure;
use crate::units::display_tao;

/// The public key of the wallet's hotkey `name`.
fn hotkey_named(ctx: &Context, name: &str) -> Result<[u8; 32], Failure> {
    crate::wallet::layout::validate_name(crate::wallet::layout::NameKind::Hotkey, name)?;
    let wallet = open_wallet(ctx)?;
    let pubfile = wallet.hotkeypub(name)?;
    if pubfile.exists() {
        return public_key_from_file(pubfile.path());
    }
    public_key_from_file(wallet.hotkey(name)?.path())
}

/// Swap the wallet's hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)
///
/// The old hotkey is the wallet's `--hotkey`; the new one is another hotkey of the same wallet
/// (by name) or an address. Its registrations, stake (unless --keep-stake), takes, children,
/// axons and commits move to the new hotkey, on every subnet (cost KeySwapCost, 0.1 TAO) or on
/// one (--netuid; KeySwapOnSubnetCost, 0.001 TAO). The cost is recycled. Irreversible.
///
/// Examples:
///   tao wallet swap-hotkey --hotkey old --new-hotkey new
///   tao wallet swap-hotkey new --netuid 3 --keep-stake     (btcli's positional name)
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SwapHotkeyArgs {
    /// The new hotkey's name in this wallet (btcli's NEW_HOTKEY_NAME)
    #[arg(value_name = "NEW_HOTKEY_NAME", conflicts_with_all = ["new_hotkey", "new_hotkey_ss58"])]
    pub new_hotkey_name: Option<String>,
    /// The new hotkey's name in this wallet
    #[arg(long, value_name = "NAME", conflicts_with = "new_hotkey_ss58")]
    pub new_hotkey: Option<String>,
    /// The new hotkey by address
    #[arg(long, value_name = "SS58")]
    pub new_hotkey_ss58: Option<String>,
    /// Swap on this subnet only [default: every subnet]
    #[arg(long, value_name = "N", conflicts_with = "all_netuids")]
    pub netuid: Option<u16>,
    /// Swap on every subnet (the default; btcli's flag)
    #[arg(long, alias = "all")]
    pub all_netuids: bool,
    /// Leave the stake on the old hotkey (swap_hotkey_v2 only)
    #[arg(long)]
    pub keep_stake: bool,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SwapHotkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let old = crate::cli::keys::wallet_hotkey(ctx)?;
        let new = match (
            &self.new_hotkey_name,
            &self.new_hotkey,
            &self.new_hotkey_ss58,
        ) {
            (_, _, Some(a)) => parse_ss58(a, "--new-hotkey-ss58")?,
            (Some(n), _, _) | (_, Some(n), _) => hotkey_named(ctx, n)?,
            _ => {
                return Err(Failure::usage(
                    "usage.invalid_arguments",
                    "give the new hotkey: `--new-hotkey NAME` or `--new-hotkey-ss58 SS58`",
                )
                .with_hint("create one with `tao wallet new-hotkey --hotkey NAME`"));
            }
        };
        let (netuid, keep) = (self.netuid, self.keep_stake);
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "hotkey swap",
            async |tc, cold| sw::plan_swap_hotkey(tc, &cold, &old, &new, netuid, keep).await,
        )
    }
}

/// Swap the wallet's coldkey for a new coldkey: announce, wait, execute (or dispute, clear)
///
/// The chain's coldkey swap moves all free TAO, every stake, the hotkeys, subnets and identity
/// of this coldkey to a new one. First `announce` the new coldkey (its BlakeTwo256 hash goes on
/// chain; the first announcement costs KeySwapCost, 0.1 TAO, recycled); after
/// ColdkeySwapAnnouncementDelay blocks (five days on finney) `execute` it. Meanwhile the
/// coldkey can sign nothing else. `dispute` freezes the coldkey until the chain's root resets
/// it; `clear` withdraws the announcement once ColdkeySwapReannouncementDelay more blocks have
/// passed. `tao wallet swap-check` shows the state.
///
/// Examples:
///   tao wallet swap-coldkey announce --new-wallet fresh
///   tao wallet swap-coldkey execute --new-coldkey-ss58 5F… -y --i-understand-coldkey-swap
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SwapColdkeyArgs {
    /// The step
    #[command(subcommand)]
    pub step: SwapColdkeyStep,
}

/// The steps of a coldkey swap.
#[derive(Debug, Subcommand)]
pub enum SwapColdkeyStep {
    /// Announce the swap to a new coldkey (announce_coldkey_swap)
    Announce(NewColdkeyTx),
    /// Execute an announced swap once its block has come (swap_coldkey_announced)
    Execute(NewColdkeyTx),
    /// Dispute this coldkey's announced swap: the coldkey is frozen until root resets it
    /// (dispute_coldkey_swap)
    Dispute(StepTx),
    /// Withdraw this coldkey's announcement (clear_coldkey_swap_announcement)
    Clear(StepTx),
}

/// The new coldkey and the options of an announce or execute.
#[derive(Debug, Args)]
pub struct NewColdkeyTx {
    /// The new coldkey by address
    #[arg(
        long,
        value_name = "SS58",
        alias = "new-coldkey",
        required_unless_present = "new_wallet"
    )]
    pub new_coldkey_ss58: Option<String>,
    /// The new coldkey: that of this wallet (its coldkeypub.txt)
    #[arg(long, value_name = "NAME", conflicts_with = "new_coldkey_ss58")]
    pub new_wallet: Option<String>,
    /// Needed with `--yes`: confirms an irreversible coldkey swap without a prompt
    #[arg(long)]
    pub i_understand_coldkey_swap: bool,
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

/// The options of a dispute or clear.
#[derive(Debug, Args)]
pub struct StepTx {
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

impl NewColdkeyTx {
    fn new_coldkey(&self, ctx: &Context) -> Result<[u8; 32], Failure> {
        if let Some(a) = &self.new_coldkey_ss58 {
            return parse_ss58(a, "--new-coldkey-ss58");
        }
        let name = self.new_wallet.as_deref().unwrap_or_default();
        let root = ctx.settings.wallet_path().map_err(Failure::from)?;
        let w = crate::wallet::Wallet::new(root, name)?;
        public_key_from_file(w.coldkeypub().path())
    }
}

impl SwapColdkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (step, new, tx) = match &self.step {
            SwapColdkeyStep::Announce(a) | SwapColdkeyStep::Execute(a) => {
                let step = if matches!(self.step, SwapColdkeyStep::Announce(_)) {
                    ColdkeyStep::Announce
                } else {
                    ColdkeyStep::Execute
                };
                if ctx.yes && !a.tx.dry_run && !a.i_understand_coldkey_swap {
                    return Err(Failure::usage(
                        "tx.coldkey_swap_unconfirmed",
                        "a coldkey swap is irreversible: `--yes` alone does not confirm it; nothing was submitted",
                    )
                    .with_hint(
                        "add `--i-understand-coldkey-swap` with `--yes`, or drop `--yes` to confirm at the prompt",
                    ));
                }
                (
                    step,
                    Some(a.new_coldkey(ctx)?),
                    a.mev.apply(ctx, a.proxy.apply(&a.tx)?),
                )
            }
            SwapColdkeyStep::Dispute(s) => (
                ColdkeyStep::Dispute,
                None,
                s.mev.apply(ctx, s.proxy.apply(&s.tx)?),
            ),
            SwapColdkeyStep::Clear(s) => (
                ColdkeyStep::Clear,
                None,
                s.mev.apply(ctx, s.proxy.apply(&s.tx)?),
            ),
        };
        pipeline::execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            "coldkey swap",
            async |tc, cold| sw::plan_coldkey_step(tc, &cold, step, new).await,
        )
    }
}

/// Show a coldkey's announced swap: its hash, when it can execute, disputes, delays and cost
///
/// Reads ColdkeySwapAnnouncements and ColdkeySwapDisputes for the wallet's coldkey (or
/// `--ss58`), or every announced swap with `--all`.
///
/// Examples:
///   tao wallet swap-check
///   tao wallet swap-check --all
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SwapCheckArgs {
    /// The coldkey [default: the wallet's]
    #[arg(
        long,
        value_name = "SS58",
        alias = "coldkey-ss58",
        conflicts_with = "all"
    )]
    pub ss58: Option<String>,
    /// Every announced coldkey swap on the chain
    #[arg(long, short = 'a')]
    pub all: bool,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl SwapCheckArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if self.all {
            return self.run_all(ctx);
        }
        let coldkey = match &self.ss58 {
            Some(a) => parse_ss58(a, "--ss58")?,
            None => wallet_coldkey(ctx)?,
        };
        let (s, pinned) = read_chain(
            ctx,
            &self.chain,
            "reading the coldkey swap",
            async |chain| {
                let s = sw::coldkey_swap_state(chain, &coldkey).await?;
                let block = s.block;
                Ok((s, Some(block)))
            },
        )?;
        let ss58 = crate::ss58::encode_default(&coldkey);
        let mut data = s.json(&coldkey);
        data["chain"] = pinned.json();
        data["block"] = json!(s.block);
        data["announcement_delay_blocks"] = json!(s.delay);
        data["reannouncement_delay_blocks"] = json!(s.reannouncement_delay);
        data["cost"] = crate::units::tao_json(s.cost);
        let mut human = match s.announcement {
            None => format!("{ss58}: no coldkey swap announced\n"),
            Some((when, hash)) => {
                let left = when.saturating_sub(s.block);
                let exec = if left == 0 {
                    format!("executable now (since block #{when})")
                } else {
                    format!(
                        "executable from block #{when}, in {left} blocks ({})",
                        sw::about(left)
                    )
                };
                format!(
                    "{ss58}: coldkey swap announced\n  new coldkey hash 0x{}\n  {exec}\n  re-announce or clear from block #{}\n",
                    hex::encode(hash),
                    when + s.reannouncement_delay
                )
            }
        };
        if let Some(at) = s.disputed {
            human.push_str(&format!(
                "  DISPUTED at block #{at}: every call of this coldkey is refused until root resets it\n"
            ));
        }
        human.push_str(&format!(
            "delays: {} blocks to execute ({}), {} more to re-announce or clear; first announcement costs {}\n",
            s.delay,
            sw::about(s.delay),
            s.reannouncement_delay,
            display_tao(s.cost)
        ));
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }

    fn run_all(self, ctx: &Context) -> CmdResult {
        let (rows, pinned) =
            read_chain(ctx, &self.chain, "reading coldkey swaps", async |chain| {
                let rows = sw::all_announcements(chain).await?;
                let block = crate::chain::read::block_number(chain).await?;
                Ok(((rows, block), Some(block)))
            })?;
        let (rows, block) = rows;
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|(c, when, hash, disputed)| {
                json!({
                    "coldkey": crate::ss58::encode_default(c),
                    "new_coldkey_hash": format!("0x{}", hex::encode(hash)),
                    "execute_from_block": when,
                    "blocks_left": when.saturating_sub(block),
                    "disputed_at_block": disputed,
                })
            })
            .collect();
        let mut human = format!("{} announced coldkey swap(s)\n", rows.len());
        for (c, when, hash, disputed) in &rows {
            human.push_str(&format!(
                "  {}  → 0x{}…  from #{when}{}\n",
                crate::ss58::encode_default(c),
                &hex::encode(hash)[..16],
                if disputed.is_some() { "  DISPUTED" } else { "" }
            ));
        }
        human.push_str(&pinned.footer());
        Ok(Report::new(
            json!({ "chain": pinned.json(), "swaps": list }),
            human,
        ))
    }
}
