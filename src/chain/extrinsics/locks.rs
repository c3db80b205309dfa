//! Stake locks (spec 425 and later): `lock_stake`, `move_lock`, `set_perpetual_lock`, each
//! checked before signing as the chain checks it, on the coldkey's locks rolled to the pinned
//! block: the hotkey exists (`HotKeyAccountNotExists`), a top-up goes to the locked hotkey
//! (`LockHotkeyMismatch`), the coldkey's α on the subnet covers the lock
//! (`InsufficientStakeForLock`), a move needs a lock (`NoExistingLock`). A new lock in the
//! perpetual mode is one `Utility.batch_all` of `set_perpetual_lock` and `lock_stake`.

use serde_json::json;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::locks::{self, ColdkeyLock};
use crate::chain::tx::{Call, TxChain};
use crate::units::{alpha_json, format_decimal};
use subxt::ext::scale_value::Value;

/// Whether a lock decays or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The locked mass decays towards zero (`UnlockRate`); the default.
    Decaying,
    /// The locked mass stays until moved or the mode changes.
    Perpetual,
}

impl Mode {
    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Decaying => "decaying",
            Mode::Perpetual => "perpetual",
        }
    }

    /// `decaying` or `perpetual`.
    pub fn parse(text: &str) -> Option<Mode> {
        match text.trim().to_ascii_lowercase().as_str() {
            "decaying" => Some(Mode::Decaying),
            "perpetual" => Some(Mode::Perpetual),
            _ => None,
        }
    }

    /// The mode of a lock that is (or is not) perpetual.
    pub fn of(perpetual: bool) -> Mode {
        if perpetual {
            Mode::Perpetual
        } else {
            Mode::Decaying
        }
    }
}

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

/// The coldkey's lock on the subnet, rolled to the pinned block.
async fn current(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
) -> Result<Option<ColdkeyLock>, PlanError> {
    if !locks::supported(&tc.chain) {
        return Err(locks::unsupported(&tc.chain).into());
    }
    Ok(locks::coldkey_locks(&tc.chain, coldkey, Some(netuid))
        .await?
        .locks
        .into_iter()
        .next())
}

/// The perpetual flag stored for the coldkey on the subnet (`DecayingLock` false).
async fn stored_perpetual(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
) -> Result<bool, PlanError> {
    let v = tc
        .chain
        .storage(&[StorageQuery::new(
            "SubtensorModule",
            "DecayingLock",
            vec![arg_account(coldkey), arg_u16(netuid)],
        )])
        .await?;
    Ok(v[0]
        .as_ref()
        .map(crate::chain::value::bool_of)
        .transpose()?
        .is_some_and(|decaying| !decaying))
}

/// `HotKeyAccountNotExists` unless the hotkey has an owner.
async fn require_owned(tc: &TxChain, hotkey: &[u8; 32]) -> Result<[u8; 32], PlanError> {
    match crate::chain::read::hotkey_owner(&tc.chain, hotkey).await? {
        Some(o) => Ok(o),
        None => Err(Refusal::subtensor(
            "HotKeyAccountNotExists",
            format!("the hotkey {} has no owner on chain", ss58(hotkey)),
            "lock to a registered hotkey (`tao subnets metagraph --netuid N` lists them)",
        )
        .into()),
    }
}

fn perpetual_call(tc: &TxChain, netuid: u16, perpetual: bool) -> Result<Call, PlanError> {
    Ok(Call::new(
        tc.metadata(),
        "SubtensorModule",
        "set_perpetual_lock",
        vec![
            ("netuid", arg_u16(netuid)),
            ("enabled", Value::bool(perpetual)),
        ],
    )?)
}

/// Plan locking `amount` rao of α of `coldkey` on `netuid` to `hotkey` (new or top-up).
pub async fn plan_lock(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    hotkey: &[u8; 32],
    amount: u64,
    mode: Option<Mode>,
) -> Result<Plan, PlanError> {
    let existing = current(tc, coldkey, netuid).await?;
    if amount == 0 {
        return Err(Refusal::subtensor(
            "AmountTooLow",
            "the amount to lock is zero",
            "lock a positive amount of α",
        )
        .into());
    }
    require_owned(tc, hotkey).await?;
    let hk = ss58(hotkey);
    let perpetual_now = stored_perpetual(tc, coldkey, netuid).await?;
    let (locked, total) = match &existing {
        Some(l) => {
            if &l.hotkey != hotkey {
                return Err(Refusal::subtensor(
                    "LockHotkeyMismatch",
                    format!(
                        "the coldkey's lock on subnet {netuid} is to {}, not {hk}",
                        ss58(&l.hotkey)
                    ),
                    "top up the lock on its hotkey, or move it first (`tao stake lock move`)",
                )
                .into());
            }
            if mode.is_some_and(|m| m != Mode::of(l.kind.perpetual)) {
                return Err(Refusal::new(
                    "tao",
                    "LockModeOnTopUp",
                    format!(
                        "the lock on subnet {netuid} is {}: a top-up keeps the mode",
                        Mode::of(l.kind.perpetual).name()
                    ),
                    "change the mode first with `tao stake lock mode --netuid N --mode …`",
                )
                .into());
            }
            (l.now.locked_mass, l.total_alpha)
        }
        None => {
            let total = crate::chain::read::stake_of(&tc.chain, &[*coldkey])
                .await?
                .iter()
                .filter(|p| p.netuid == netuid)
                .fold(0u64, |a, p| a.saturating_add(p.stake));
            (0, total)
        }
    };
    let after = locked.saturating_add(amount);
    if after > total {
        return Err(Refusal::subtensor(
            "InsufficientStakeForLock",
            format!(
                "the coldkey holds {} α on subnet {netuid}; locking {} more on top of {} locked needs {}",
                format_decimal(total),
                format_decimal(amount),
                format_decimal(locked),
                format_decimal(after)
            ),
            "stake more on the subnet first, or lock less",
        )
        .into());
    }
    let want_perpetual = match (existing.is_some(), mode) {
        (false, Some(m)) => m == Mode::Perpetual,
        _ => perpetual_now,
    };
    let lock_call = Call::new(
        tc.metadata(),
        "SubtensorModule",
        "lock_stake",
        vec![
            ("hotkey", arg_account(hotkey)),
            ("netuid", arg_u16(netuid)),
            ("amount", Value::u128(u128::from(amount))),
        ],
    )?;
    let call = if want_perpetual != perpetual_now {
        Call::batch_all(
            tc.metadata(),
            vec![perpetual_call(tc, netuid, want_perpetual)?, lock_call],
        )?
    } else {
        lock_call
    };
    let mode_name = Mode::of(want_perpetual).name();
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("hotkey".into(), hk.clone()),
            ("lock".into(), format!("{} α", format_decimal(amount))),
            (
                "locked after".into(),
                format!(
                    "{} α of {} α held ({mode_name})",
                    format_decimal(after),
                    format_decimal(total)
                ),
            ),
        ],
        details: json!({
            "coldkey": ss58(coldkey),
            "netuid": netuid,
            "hotkey": hk,
            "amount": alpha_json(amount, netuid),
            "locked_before": alpha_json(locked, netuid),
            "locked_after": alpha_json(after, netuid),
            "total_alpha": alpha_json(total, netuid),
            "mode": mode_name,
            "new_lock": existing.is_none(),
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan moving the coldkey's lock on `netuid` to `destination`.
pub async fn plan_move(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    destination: &[u8; 32],
) -> Result<Plan, PlanError> {
    let existing = current(tc, coldkey, netuid).await?;
    let dest_owner = require_owned(tc, destination).await?;
    let Some(lock) = existing else {
        return Err(Refusal::subtensor(
            "NoExistingLock",
            format!("the coldkey has no lock on subnet {netuid}"),
            "create one with `tao stake lock add`",
        )
        .into());
    };
    let dest = ss58(destination);
    if &lock.hotkey == destination {
        return Err(Refusal::new(
            "tao",
            "LockAlreadyOnHotkey",
            format!("the lock on subnet {netuid} is already to {dest}"),
            "nothing to move",
        )
        .into());
    }
    let origin_owner = crate::chain::read::hotkey_owner(&tc.chain, &lock.hotkey).await?;
    let keeps = origin_owner == Some(dest_owner);
    let call = Call::new(
        tc.metadata(),
        "SubtensorModule",
        "move_lock",
        vec![
            ("destination_hotkey", arg_account(destination)),
            ("netuid", arg_u16(netuid)),
        ],
    )?;
    let conviction = lock.now.conviction.saturating_to_num::<u64>();
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("from".into(), ss58(&lock.hotkey)),
            ("to".into(), dest.clone()),
            (
                "locked".into(),
                format!("{} α", format_decimal(lock.now.locked_mass)),
            ),
            (
                "conviction".into(),
                if keeps {
                    format!("{} kept (same owner)", format_decimal(conviction))
                } else {
                    format!(
                        "{} lost: restarts from 0 (the hotkeys have different owners)",
                        format_decimal(conviction)
                    )
                },
            ),
        ],
        details: json!({
            "coldkey": ss58(coldkey),
            "netuid": netuid,
            "from": ss58(&lock.hotkey),
            "to": dest,
            "locked": alpha_json(lock.now.locked_mass, netuid),
            "conviction_kept": keeps,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan setting the mode of the coldkey's lock on `netuid`.
pub async fn plan_mode(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    mode: Mode,
) -> Result<Plan, PlanError> {
    let existing = current(tc, coldkey, netuid).await?;
    let perpetual = stored_perpetual(tc, coldkey, netuid).await?;
    if Mode::of(perpetual) == mode {
        return Err(Refusal::new(
            "tao",
            "LockModeUnchanged",
            format!(
                "the coldkey's lock mode on subnet {netuid} is already {}",
                mode.name()
            ),
            "nothing to change",
        )
        .into());
    }
    let call = perpetual_call(tc, netuid, mode == Mode::Perpetual)?;
    let what = match &existing {
        Some(l) => format!(
            "{} α locked to {} becomes {}",
            format_decimal(l.now.locked_mass),
            ss58(&l.hotkey),
            mode.name()
        ),
        None => format!(
            "no lock yet: a future lock on subnet {netuid} starts {}",
            mode.name()
        ),
    };
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            (
                "mode".into(),
                format!("{} → {}", Mode::of(perpetual).name(), mode.name()),
            ),
            ("effect".into(), what),
        ],
        details: json!({
            "coldkey": ss58(coldkey),
            "netuid": netuid,
            "mode_before": Mode::of(perpetual).name(),
            "mode": mode.name(),
            "has_lock": existing.is_some(),
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
