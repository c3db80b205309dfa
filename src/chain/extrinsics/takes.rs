//! The delegate take of a hotkey: reading it, and `increase_take` / `decrease_take` signed by
//! the coldkey that owns the hotkey.
//!
//! Checked before signing, as the chain checks them: the hotkey exists (`HotKeyAccountNotExists`)
//! and belongs to the signer (`NonAssociatedColdKey`); an increase stays at or below
//! `MaxDelegateTake` (`DelegateTakeTooHigh`) and waits `TxDelegateTakeRateLimit` blocks after the
//! hotkey's last take change (`DelegateTxRateLimitExceeded`: refused while `now − last ≤ limit`);
//! a decrease stays at or above `MinDelegateTake` (`DelegateTakeTooLow`). A take equal to the
//! current one is neither, and the chain refuses it (`DelegateTakeTooLow`).

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{Chain, StorageQuery, arg_account};
use crate::chain::fixed::u16_fraction;
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, account, u64_of};

const PALLET: &str = "SubtensorModule";
/// `Delegates`' default: a hotkey that never set a take has 18% (11796 of 65535).
pub const DEFAULT_TAKE: u16 = 11_796;

/// A hotkey's take and the bounds and rate limit that apply to changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakeState {
    /// The block read.
    pub block: u64,
    /// The owning coldkey, if the hotkey exists.
    pub owner: Option<[u8; 32]>,
    /// `Delegates[hotkey]` (the default where unset).
    pub take: u16,
    /// `MinDelegateTake`.
    pub min: u16,
    /// `MaxDelegateTake`.
    pub max: u16,
    /// `TxDelegateTakeRateLimit`, blocks.
    pub rate_limit: u64,
    /// The block of the hotkey's last take change (0: never).
    pub last_change: u64,
}

impl TakeState {
    /// The first block an increase may land in (0: any).
    pub fn increase_allowed_from(&self) -> u64 {
        if self.last_change == 0 || self.rate_limit == 0 {
            0
        } else {
            self.last_change + self.rate_limit + 1
        }
    }
}

fn u64_or(v: &Option<Val>, default: u64) -> Result<u64, ChainError> {
    Ok(match v {
        Some(x) => u64_of(x)?,
        None => default,
    })
}

fn u16_or(v: &Option<Val>, default: u16) -> Result<u16, ChainError> {
    Ok(u16::try_from(u64_or(v, u64::from(default))?).unwrap_or(u16::MAX))
}

/// The hotkey's take, bounds and last change at the pinned block. The last change is kept in
/// `LastTxBlockDelegateTake` on older runtimes and in `LastRateLimitedBlock` (key
/// `LastTxBlockDelegateTake(hotkey)`) on newer ones; whichever the chain has is read.
pub async fn take_state(chain: &Chain, hotkey: &[u8; 32]) -> Result<TakeState, ChainError> {
    let last = if chain.has_storage(PALLET, "LastTxBlockDelegateTake") {
        StorageQuery::new(PALLET, "LastTxBlockDelegateTake", vec![arg_account(hotkey)])
    } else {
        StorageQuery::new(
            PALLET,
            "LastRateLimitedBlock",
            vec![Value::unnamed_variant(
                "LastTxBlockDelegateTake",
                [arg_account(hotkey)],
            )],
        )
    };
    let v = chain
        .storage(&[
            StorageQuery::new(PALLET, "Owner", vec![arg_account(hotkey)]),
            StorageQuery::new(PALLET, "Delegates", vec![arg_account(hotkey)]),
            StorageQuery::new(PALLET, "MinDelegateTake", vec![]),
            StorageQuery::new(PALLET, "MaxDelegateTake", vec![]),
            StorageQuery::new(PALLET, "TxDelegateTakeRateLimit", vec![]),
            StorageQuery::new("System", "Number", vec![]),
            last,
        ])
        .await?;
    Ok(TakeState {
        // `Owner` answers the all-zero account for a hotkey it does not hold.
        owner: v[0]
            .as_ref()
            .map(account)
            .transpose()?
            .filter(|o| *o != [0; 32]),
        take: u16_or(&v[1], DEFAULT_TAKE)?,
        min: u16_or(&v[2], 0)?,
        max: u16_or(&v[3], DEFAULT_TAKE)?,
        rate_limit: u64_or(&v[4], 216_000)?,
        block: u64_or(&v[5], 0)?,
        last_change: u64_or(&v[6], 0)?,
    })
}

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

/// Which call a take change needs, or why the chain would refuse it; `next` is the block the
/// call lands in.
pub fn take_call(
    s: &TakeState,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
    take: u16,
    next: u64,
) -> Result<&'static str, Refusal> {
    let Some(owner) = s.owner else {
        return Err(Refusal::subtensor(
            "HotKeyAccountNotExists",
            format!("the hotkey {} is not on the chain", ss58(hotkey)),
            "register the hotkey on a subnet first (`tao subnets register`)",
        ));
    };
    if owner != *coldkey {
        return Err(Refusal::subtensor(
            "NonAssociatedColdKey",
            format!(
                "the hotkey {} belongs to {}, not to this coldkey",
                ss58(hotkey),
                ss58(&owner)
            ),
            "sign with the wallet that owns the hotkey (`--wallet-name`)",
        ));
    }
    let pct = |t: u16| format!("{} ({t} of 65535)", u16_fraction(t, 6));
    if take == s.take {
        return Err(Refusal::subtensor(
            "DelegateTakeTooLow",
            format!("the take is already {}", pct(take)),
            "give a different take",
        ));
    }
    if take > s.take {
        if take > s.max {
            return Err(Refusal::subtensor(
                "DelegateTakeTooHigh",
                format!("{} is above the chain's maximum {}", pct(take), pct(s.max)),
                format!("give at most {}", u16_fraction(s.max, 6)),
            ));
        }
        let from = s.increase_allowed_from();
        if next < from {
            return Err(Refusal::subtensor(
                "DelegateTxRateLimitExceeded",
                format!(
                    "the take last changed at block #{}; an increase waits {} blocks, until block #{from} (the call would land in #{next})",
                    s.last_change, s.rate_limit
                ),
                format!("wait {} blocks and retry", from - next),
            ));
        }
        return Ok("increase_take");
    }
    if take < s.min {
        return Err(Refusal::subtensor(
            "DelegateTakeTooLow",
            format!("{} is below the chain's minimum {}", pct(take), pct(s.min)),
            format!("give at least {}", u16_fraction(s.min, 6)),
        ));
    }
    Ok("decrease_take")
}

/// Plan the hotkey's new take (`take` of 65535): `increase_take` or `decrease_take`, whichever
/// applies, signed by `coldkey`.
pub async fn plan_set_take(
    tc: &TxChain,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
    take: u16,
) -> Result<Plan, PlanError> {
    let s = take_state(&tc.chain, hotkey).await?;
    let next = tc.pinned_number().await? + 1;
    let name = take_call(&s, coldkey, hotkey, take, next)?;
    let call = Call::new(
        tc.metadata(),
        PALLET,
        name,
        vec![
            ("hotkey", arg_account(hotkey)),
            ("take", Value::u128(u128::from(take))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("hotkey".into(), ss58(hotkey)),
            (
                "take".into(),
                format!("{} → {}", u16_fraction(s.take, 6), u16_fraction(take, 6)),
            ),
        ],
        details: json!({
            "hotkey": ss58(hotkey),
            "take_before_u16": s.take,
            "take_u16": take,
            "take": u16_fraction(take, 6),
            "path": name,
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(take: u16, last_change: u64) -> TakeState {
        TakeState {
            block: 100,
            owner: Some([1; 32]),
            take,
            min: 0,
            max: 11_796,
            rate_limit: 5,
            last_change,
        }
    }

    #[test]
    fn the_call_follows_the_direction_and_the_chains_rules() {
        let (cold, hot) = ([1u8; 32], [2u8; 32]);
        assert_eq!(
            take_call(&state(11_796, 0), &cold, &hot, 6_553, 101),
            Ok("decrease_take")
        );
        assert_eq!(
            take_call(&state(6_553, 0), &cold, &hot, 7_000, 101),
            Ok("increase_take")
        );
        let name = |r: Result<&str, Refusal>| r.unwrap_err().name;
        assert_eq!(
            name(take_call(&state(6_553, 0), &cold, &hot, 11_797, 101)),
            "DelegateTakeTooHigh"
        );
        assert_eq!(
            name(take_call(&state(6_553, 0), &cold, &hot, 6_553, 101)),
            "DelegateTakeTooLow"
        );
        assert_eq!(
            name(take_call(&state(6_553, 0), &[9; 32], &hot, 7_000, 101)),
            "NonAssociatedColdKey"
        );
        let mut none = state(6_553, 0);
        none.owner = None;
        assert_eq!(
            name(take_call(&none, &cold, &hot, 7_000, 101)),
            "HotKeyAccountNotExists"
        );
        // Changed at 100 with a limit of 5: refused while now − 100 ≤ 5, allowed from 106.
        assert_eq!(
            name(take_call(&state(6_553, 100), &cold, &hot, 7_000, 105)),
            "DelegateTxRateLimitExceeded"
        );
        assert_eq!(
            take_call(&state(6_553, 100), &cold, &hot, 7_000, 106),
            Ok("increase_take")
        );
        // Decreases are not rate-limited.
        assert_eq!(
            take_call(&state(6_553, 100), &cold, &hot, 6_000, 101),
            Ok("decrease_take")
        );
        let mut floor = state(6_553, 0);
        floor.min = 1_000;
        assert_eq!(
            name(take_call(&floor, &cold, &hot, 999, 101)),
            "DelegateTakeTooLow"
        );
    }
}
