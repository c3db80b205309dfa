//! `tao stake lock list|show|add|mode|move` (btcli's `lock` group; also `tao lock …`): a
//! coldkey's stake locks and their conviction, where the connected chain has them (spec 425
//! and later).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::chain::extrinsics::locks::{self as lock_tx, Mode};
use crate::chain::extrinsics::{self, KeyRole};
use crate::chain::locks::{self, ColdkeyLock, Locks};
use crate::cli::args::{ChainArgs, TxArgs, parse_amount};
use crate::cli::connect::read;
use crate::cli::keys::given_or_wallet;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::conviction::{self, LockState, Rates};
use crate::error::Failure;
use crate::ui::table;
use crate::units::{alpha_json, format_decimal};

/// Days ahead that `list` and `show` project each lock to.
pub const PROJECTION_DAYS: [u64; 3] = [30, 90, 365];

/// Stake-lock commands.
#[derive(Debug, Subcommand)]
pub enum LockCommand {
    /// A coldkey's locks: locked α, conviction, mode, what is free to unstake
    #[command(visible_alias = "ls")]
    List(LockListArgs),
    /// One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days
    Show(LockShowArgs),
    /// Lock α on a subnet to a hotkey, or add to the lock (lock_stake)
    Add(LockAddArgs),
    /// Show or change whether a lock decays (set_perpetual_lock)
    Mode(LockModeArgs),
    /// Move the lock to another hotkey (move_lock)
    Move(LockMoveArgs),
}

impl LockCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            LockCommand::List(a) => a.run(ctx),
            LockCommand::Show(a) => a.run(ctx),
            LockCommand::Add(a) => a.run(ctx),
            LockCommand::Mode(a) => a.run(ctx),
            LockCommand::Move(a) => a.run(ctx),
        }
    }
}

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

fn mode_name(l: &ColdkeyLock) -> &'static str {
    Mode::of(l.kind.perpetual).name()
}

/// Conviction (α-equivalent, U64F64) as JSON: whole rao, the decimal, the raw bits.
fn conviction_json(c: substrate_fixed::types::U64F64) -> Value {
    let rao = c.saturating_to_num::<u64>();
    json!({ "rao": rao.to_string(), "alpha": format_decimal(rao), "bits": c.to_bits().to_string() })
}

fn state_json(s: &LockState, netuid: u16) -> Value {
    json!({
        "locked": alpha_json(s.locked_mass, netuid),
        "conviction": conviction_json(s.conviction),
        "block": s.last_update,
    })
}

fn projections_json(l: &ColdkeyLock, rates: Rates) -> Value {
    PROJECTION_DAYS
        .iter()
        .map(|&d| {
            let f = l.after_days(d, rates);
            json!({
                "days": d,
                "block": f.last_update,
                "locked": alpha_json(f.locked_mass, l.netuid),
                "freed": alpha_json(l.now.locked_mass.saturating_sub(f.locked_mass), l.netuid),
                "conviction": conviction_json(f.conviction),
            })
        })
        .collect()
}

fn lock_json(l: &ColdkeyLock, rates: Rates) -> Value {
    json!({
        "netuid": l.netuid,
        "hotkey": ss58(&l.hotkey),
        "mode": mode_name(l),
        "owner_hotkey": l.kind.owner,
        "now": state_json(&l.now, l.netuid),
        "stored": state_json(&l.stored, l.netuid),
        "total_alpha": alpha_json(l.total_alpha, l.netuid),
        "available": alpha_json(l.available(), l.netuid),
        "projections": projections_json(l, rates),
    })
}

fn rates_json(r: Rates) -> Value {
    json!({
        "unlock_rate": r.unlock,
        "maturity_rate": r.maturity,
        "mass_half_life_blocks": conviction::mass_half_life(r, false),
    })
}

fn alpha(rao: u64) -> String {
    format!("{} α", format_decimal(rao))
}

/// The coldkey's locks at the pinned block.
fn read_locks(
    ctx: &Context,
    chain: &ChainArgs,
    coldkey: &[u8; 32],
    netuid: Option<u16>,
) -> Result<(Locks, Option<LockState>, crate::cli::connect::Pinned), Failure> {
    let ((locks, chain_rolled), pinned) = read(ctx, chain, "reading stake locks", async |c| {
        let locks = locks::coldkey_locks(c, coldkey, netuid).await?;
        let chain_rolled = match (netuid, locks.locks.first()) {
            (Some(n), Some(_)) => locks::chain_rolled(c, coldkey, n).await?,
            _ => None,
        };
        let block = locks.block;
        Ok(((locks, chain_rolled), Some(block)))
    })?;
    Ok((locks, chain_rolled, pinned))
}

/// Show a coldkey's stake locks
///
/// Each lock rolled to the block read: the locked α (decaying towards zero unless perpetual),
/// the conviction it has matured, whether it is to the subnet owner's hotkey (conviction =
/// locked α), and the α free to unstake or move off the subnet. `--json` adds each lock's
/// projection 30, 90 and 365 days ahead.
///
/// Examples:
///   tao stake lock list
///   tao stake lock list --netuid 1 --ss58 5F…coldkey --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct LockListArgs {
    /// Only this subnet
    #[arg(long, short = 'n', value_name = "N")]
    pub netuid: Option<u16>,
    /// The coldkey [default: the wallet's]
    #[arg(long, value_name = "SS58", alias = "coldkey-ss58")]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl LockListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let coldkey = given_or_wallet(ctx, KeyRole::Coldkey, self.ss58.as_deref(), "--ss58")?;
        let (locks, _, pinned) = read_locks(ctx, &self.chain, &coldkey, self.netuid)?;
        let data = json!({
            "chain": pinned.json(),
            "coldkey": ss58(&coldkey),
            "block": locks.block,
            "rates": rates_json(locks.rates),
            "locks": locks.locks.iter().map(|l| lock_json(l, locks.rates)).collect::<Vec<_>>(),
        });
        let mut human = if locks.locks.is_empty() {
            format!("{} has no stake lock\n", ss58(&coldkey))
        } else {
            let mut t = table::new([
                "subnet",
                "hotkey",
                "locked",
                "conviction",
                "mode",
                "free to unstake",
            ]);
            for l in &locks.locks {
                t.add_row([
                    l.netuid.to_string(),
                    format!(
                        "{}{}",
                        ss58(&l.hotkey),
                        if l.kind.owner { " (owner)" } else { "" }
                    ),
                    alpha(l.now.locked_mass),
                    alpha(l.now.conviction.saturating_to_num::<u64>()),
                    mode_name(l).to_string(),
                    alpha(l.available()),
                ]);
            }
            table::render(&t)
        };
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// Show one stake lock in detail
///
/// The lock as stored and rolled to the block read, its mode and how it changes: a decaying
/// lock's α halves every `UnlockRate · ln 2` blocks; conviction matures towards the locked α
/// with the timescale `MaturityRate`; to the owner's hotkey it equals the locked α. Then where
/// the lock will be 30, 90 and 365 days on (7200 blocks a day), if nothing else changes it.
///
/// Examples:
///   tao stake lock show --netuid 1
///   tao stake lock show --netuid 1 --ss58 5F…coldkey --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct LockShowArgs {
    /// The subnet [default: the only subnet the coldkey has a lock on]
    #[arg(long, short = 'n', value_name = "N")]
    pub netuid: Option<u16>,
    /// The coldkey [default: the wallet's]
    #[arg(long, value_name = "SS58", alias = "coldkey-ss58")]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl LockShowArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let coldkey = given_or_wallet(ctx, KeyRole::Coldkey, self.ss58.as_deref(), "--ss58")?;
        let netuid = match self.netuid {
            Some(n) => n,
            None => {
                let (all, _, _) = read_locks(ctx, &self.chain, &coldkey, None)?;
                match all.locks.as_slice() {
                    [one] => one.netuid,
                    [] => {
                        return Err(Failure::usage(
                            "lock.none",
                            format!("{} has no stake lock", ss58(&coldkey)),
                        )
                        .with_hint("create one with `tao stake lock add --netuid N --amount A`"));
                    }
                    many => {
                        let list: Vec<String> = many.iter().map(|l| l.netuid.to_string()).collect();
                        return Err(Failure::usage(
                            "lock.which",
                            format!(
                                "{} has locks on subnets {}",
                                ss58(&coldkey),
                                list.join(", ")
                            ),
                        )
                        .with_hint("choose one with `--netuid N`"));
                    }
                }
            }
        };
        let (locks, chain_rolled, pinned) = read_locks(ctx, &self.chain, &coldkey, Some(netuid))?;
        let Some(l) = locks.locks.first() else {
            return Err(Failure::usage(
                "lock.none",
                format!("{} has no stake lock on subnet {netuid}", ss58(&coldkey)),
            )
            .with_hint("`tao stake lock list` shows the coldkey's locks"));
        };
        let rates = locks.rates;
        let mut report_warnings = Vec::new();
        if let Some(c) = chain_rolled
            && c != l.now
        {
            report_warnings.push(format!(
                "the chain's own roll of this lock (get_coldkey_lock) differs from tao's: locked {} vs {}",
                c.locked_mass, l.now.locked_mass
            ));
        }
        let mut data = lock_json(l, rates);
        data["chain"] = pinned.json();
        data["coldkey"] = json!(ss58(&coldkey));
        data["rates"] = rates_json(rates);
        data["chain_rolled"] = chain_rolled
            .map(|c| state_json(&c, netuid))
            .unwrap_or(Value::Null);
        let decay = if l.kind.perpetual {
            "perpetual: the locked α does not decay".to_string()
        } else {
            match conviction::mass_half_life(rates, false) {
                Some(h) => format!(
                    "decaying: the locked α halves every {h} blocks (≈ {} days; UnlockRate {})",
                    h / conviction::BLOCKS_PER_DAY,
                    rates.unlock
                ),
                None => "decaying: UnlockRate is 0, so the lock is gone at the next block".into(),
            }
        };
        let maturity = if l.kind.owner {
            "to the subnet owner's hotkey: conviction equals the locked α".to_string()
        } else {
            format!(
                "conviction matures towards the locked α with the timescale {} blocks (MaturityRate)",
                rates.maturity
            )
        };
        let mut human = String::new();
        let mut t = table::new(["", ""]);
        t.add_row(["subnet".to_string(), netuid.to_string()]);
        t.add_row(["hotkey".to_string(), ss58(&l.hotkey)]);
        t.add_row(["mode".to_string(), decay]);
        t.add_row(["conviction".to_string(), maturity]);
        t.add_row([
            format!("at block {}", locks.block),
            format!(
                "{} locked, conviction {}",
                alpha(l.now.locked_mass),
                alpha(l.now.conviction.saturating_to_num::<u64>())
            ),
        ]);
        t.add_row([
            "held on the subnet".to_string(),
            format!(
                "{} ({} free to unstake)",
                alpha(l.total_alpha),
                alpha(l.available())
            ),
        ]);
        human.push_str(&table::render(&t));
        let mut p = table::new(["in", "block", "locked", "freed", "conviction"]);
        for &d in &PROJECTION_DAYS {
            let f = l.after_days(d, rates);
            p.add_row([
                format!("{d} days"),
                f.last_update.to_string(),
                alpha(f.locked_mass),
                alpha(l.now.locked_mass.saturating_sub(f.locked_mass)),
                alpha(f.conviction.saturating_to_num::<u64>()),
            ]);
        }
        human.push_str(&table::render(&p));
        human.push_str(&pinned.footer());
        let mut report = Report::new(data, human);
        for w in report_warnings {
            report = report.warn(w);
        }
        Ok(report)
    }
}

/// Lock α on a subnet to a hotkey, or add to the lock
///
/// Locked α stays staked where it is, but cannot be unstaked or moved off the subnet; it
/// earns conviction for the hotkey it is locked to. A coldkey has one lock per subnet: adding
/// goes to the same hotkey (`tao stake lock move` changes it). A new lock is decaying unless
/// `--mode perpetual`; a top-up keeps the lock's mode. The amount is α (rao precision).
///
/// Examples:
///   tao stake lock add --netuid 1 --amount 50 --hotkey-ss58 5F…validator
///   tao stake lock add --netuid 1 --amount 10 --mode perpetual
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct LockAddArgs {
    /// The subnet
    #[arg(long, short = 'n', value_name = "N")]
    pub netuid: u16,
    /// α to lock
    #[arg(long, short = 'a', value_name = "ALPHA")]
    pub amount: String,
    /// The hotkey to lock to [default: the existing lock's, else the wallet's hotkey]
    #[arg(long, value_name = "SS58", alias = "hotkey-address")]
    pub hotkey_ss58: Option<String>,
    /// The mode of a new lock: decaying or perpetual
    #[arg(long, value_name = "MODE", value_parser = parse_mode)]
    pub mode: Option<Mode>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

fn parse_mode(text: &str) -> Result<Mode, String> {
    Mode::parse(text)
        .ok_or_else(|| format!("`{text}` is not a lock mode: use decaying or perpetual"))
}

impl LockAddArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let amount = parse_amount(&self.amount, "--amount")?;
        let given = match &self.hotkey_ss58 {
            Some(h) => Some(crate::cli::args::parse_ss58(h, "--hotkey-ss58")?),
            None => None,
        };
        let (netuid, mode) = (self.netuid, self.mode);
        // The wallet's hotkey is the default only for a new lock; a missing hotkey file is an
        // error only then.
        let wallet_hotkey = match given {
            Some(_) => None,
            None => Some(crate::cli::keys::public_key(ctx, KeyRole::Hotkey)),
        };
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "lock",
            async |tc, cold| {
                let hotkey = match given {
                    Some(h) => h,
                    None => {
                        let existing = if locks::supported(&tc.chain) {
                            locks::coldkey_locks(&tc.chain, &cold, Some(netuid))
                                .await?
                                .locks
                                .first()
                                .map(|l| l.hotkey)
                        } else {
                            None
                        };
                        match (existing, wallet_hotkey) {
                            (Some(h), _) => h,
                            (None, Some(Ok(h))) => h,
                            (None, _) => {
                                return Err(extrinsics::Refusal::new(
                                    "tao",
                                    "NoLockHotkey",
                                    "no hotkey to lock to: the coldkey has no lock on the subnet and the wallet's hotkey file cannot be read",
                                    "give the hotkey with `--hotkey-ss58 SS58`",
                                )
                                .into());
                            }
                        }
                    }
                };
                lock_tx::plan_lock(tc, &cold, netuid, &hotkey, amount, mode).await
            },
        )
    }
}

/// Show or change whether a stake lock decays
///
/// Without `--mode`, shows the coldkey's mode on the subnet. With it, switches the lock
/// between decaying (the locked α falls towards zero, freeing stake) and perpetual (it stays);
/// the conviction earned so far is kept.
///
/// Examples:
///   tao stake lock mode --netuid 1
///   tao stake lock mode --netuid 1 --mode perpetual
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct LockModeArgs {
    /// The subnet
    #[arg(long, short = 'n', value_name = "N")]
    pub netuid: u16,
    /// The new mode: decaying or perpetual (omit to show the current one)
    #[arg(long, value_name = "MODE", value_parser = parse_mode)]
    pub mode: Option<Mode>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl LockModeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid;
        let Some(mode) = self.mode else {
            let coldkey = crate::cli::keys::public_key(ctx, KeyRole::Coldkey)?;
            let chain = ChainArgs {
                timeout: self.tx.timeout.min(120),
                block: None,
            };
            let (perpetual, pinned) = read(ctx, &chain, "reading the lock mode", async |c| {
                if !locks::supported(c) {
                    return Err(locks::unsupported(c));
                }
                let v = c
                    .storage(&[crate::chain::client::StorageQuery::new(
                        "SubtensorModule",
                        "DecayingLock",
                        vec![
                            crate::chain::client::arg_account(&coldkey),
                            crate::chain::client::arg_u16(netuid),
                        ],
                    )])
                    .await?;
                let perpetual = v[0]
                    .as_ref()
                    .map(crate::chain::value::bool_of)
                    .transpose()?
                    .is_some_and(|d| !d);
                Ok((perpetual, None))
            })?;
            let name = Mode::of(perpetual).name();
            let data = json!({
                "chain": pinned.json(),
                "coldkey": ss58(&coldkey),
                "netuid": netuid,
                "mode": name,
            });
            let human = format!(
                "the lock mode of {} on subnet {netuid} is {name}\n{}",
                ss58(&coldkey),
                pinned.footer()
            );
            return Ok(Report::new(data, human));
        };
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "lock mode",
            async |tc, cold| lock_tx::plan_mode(tc, &cold, netuid, mode).await,
        )
    }
}

/// Move a stake lock to another hotkey
///
/// The locked α stays staked where it is; only the hotkey the lock (and its conviction)
/// counts for changes. The conviction is kept when both hotkeys have the same owner and
/// restarts from zero otherwise.
///
/// Examples:
///   tao stake lock move --netuid 1 --destination-hotkey 5F…validator
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct LockMoveArgs {
    /// The subnet
    #[arg(long, short = 'n', value_name = "N")]
    pub netuid: u16,
    /// The hotkey to move the lock to
    #[arg(
        long,
        value_name = "SS58",
        alias = "dest",
        alias = "destination-hotkey-ss58"
    )]
    pub destination_hotkey: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl LockMoveArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let dest = crate::cli::args::parse_ss58(&self.destination_hotkey, "--destination-hotkey")?;
        let netuid = self.netuid;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "lock move",
            async |tc, cold| lock_tx::plan_move(tc, &cold, netuid, &dest).await,
        )
    }
}
