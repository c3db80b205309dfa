//! A coldkey's stake locks (spec 425 and later): read from storage (`Lock` under the coldkey,
//! `DecayingLock`, `SubnetOwnerHotkey`, `UnlockRate`, `MaturityRate`) and rolled to the pinned
//! block with [`crate::conviction`], as the chain rolls them; with the coldkey's α per subnet,
//! what is free to unstake.

use std::collections::BTreeMap;

use serde_json::Value as Json;
use substrate_fixed::types::U64F64;

use crate::chain::client::{Chain, StorageQuery, arg_account, arg_u16};
use crate::chain::error::ChainError;
use crate::chain::raw::storage;
use crate::chain::read;
use crate::chain::value::{Val, account, bool_of, field, u64_of, ufixed_bits};
use crate::conviction::{self, Kind, LockState, Rates};

/// Whether the connected chain has stake locks.
pub fn supported(chain: &Chain) -> bool {
    chain.has_storage("SubtensorModule", "Lock") && chain.has_call("SubtensorModule", "lock_stake")
}

/// The refusal for a chain without stake locks.
pub fn unsupported(chain: &Chain) -> ChainError {
    chain.unsupported("stake locks (`SubtensorModule.Lock`, `lock_stake`; spec 425 and later)")
}

/// One lock of a coldkey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColdkeyLock {
    /// The subnet.
    pub netuid: u16,
    /// The hotkey the lock is to.
    pub hotkey: [u8; 32],
    /// As stored (rolled to its `last_update`).
    pub stored: LockState,
    /// How it rolls.
    pub kind: Kind,
    /// Rolled to the pinned block.
    pub now: LockState,
    /// The coldkey's α on the subnet, over all its hotkeys.
    pub total_alpha: u64,
}

impl ColdkeyLock {
    /// α the coldkey may unstake or move off the subnet now.
    pub fn available(&self) -> u64 {
        self.total_alpha.saturating_sub(self.now.locked_mass)
    }

    /// The lock `days` days after the pinned block.
    pub fn after_days(&self, days: u64, rates: Rates) -> LockState {
        conviction::after_days(self.now, days, rates, self.kind)
    }
}

/// A coldkey's locks at the pinned block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locks {
    /// The pinned block.
    pub block: u64,
    /// The timescales.
    pub rates: Rates,
    /// One per subnet, by netuid.
    pub locks: Vec<ColdkeyLock>,
}

/// A stored `LockState`.
pub fn decode_lock(v: &Val) -> Result<LockState, ChainError> {
    Ok(LockState {
        locked_mass: u64_of(field(v, "locked_mass")?)?,
        conviction: U64F64::from_bits(ufixed_bits(field(v, "conviction")?)?),
        last_update: u64_of(field(v, "last_update")?)?,
    })
}

fn key_u16(j: Option<&Json>) -> Result<u16, ChainError> {
    j.and_then(Json::as_u64)
        .and_then(|n| u16::try_from(n).ok())
        .ok_or_else(|| ChainError::decode("a Lock key", "no netuid"))
}

fn key_account(j: Option<&Json>) -> Result<[u8; 32], ChainError> {
    let s = j
        .and_then(Json::as_str)
        .ok_or_else(|| ChainError::decode("a Lock key", "no hotkey"))?;
    crate::ss58::decode(s)
        .map(|(_, a)| a)
        .map_err(|e| ChainError::decode("a Lock key", e))
}

/// The timescales and the pinned block's number.
pub async fn rates_and_block(chain: &Chain) -> Result<(Rates, u64), ChainError> {
    let v = chain
        .storage(&[
            StorageQuery::new("SubtensorModule", "UnlockRate", vec![]),
            StorageQuery::new("SubtensorModule", "MaturityRate", vec![]),
            StorageQuery::new("System", "Number", vec![]),
        ])
        .await?;
    let num = |i: usize, default: u64| -> Result<u64, ChainError> {
        v[i].as_ref()
            .map(u64_of)
            .transpose()
            .map(|n| n.unwrap_or(default))
    };
    Ok((
        Rates {
            unlock: num(0, conviction::DEFAULT_RATE)?,
            maturity: num(1, conviction::DEFAULT_RATE)?,
        },
        num(2, 0)?,
    ))
}

/// Every lock of `coldkey` (on `netuid` only, if given), rolled to the pinned block.
pub async fn coldkey_locks(
    chain: &Chain,
    coldkey: &[u8; 32],
    netuid: Option<u16>,
) -> Result<Locks, ChainError> {
    coldkey_locks_with(chain, coldkey, netuid, None).await
}

/// [`coldkey_locks`], with the coldkey's stake positions when the caller has read them already
/// (else they are read when there is a lock).
pub async fn coldkey_locks_with(
    chain: &Chain,
    coldkey: &[u8; 32],
    netuid: Option<u16>,
    positions: Option<&[read::StakePosition]>,
) -> Result<Locks, ChainError> {
    if !supported(chain) {
        return Err(unsupported(chain));
    }
    let mut prefix = vec![crate::ss58::encode_default(coldkey)];
    if let Some(n) = netuid {
        prefix.push(n.to_string());
    }
    let item = storage::item(&chain.metadata, "SubtensorModule", "Lock", &prefix, true)
        .map_err(ChainError::Raw)?;
    let (entries, _) = storage::iterate(chain, &item, None, &|_| {}).await?;
    let mut found: BTreeMap<u16, [u8; 32]> = BTreeMap::new();
    for e in &entries {
        found.insert(key_u16(e.keys.get(1))?, key_account(e.keys.get(2))?);
    }
    let (rates, block) = rates_and_block(chain).await?;
    let mut queries = Vec::new();
    for (n, hk) in &found {
        queries.push(StorageQuery::new(
            "SubtensorModule",
            "Lock",
            vec![arg_account(coldkey), arg_u16(*n), arg_account(hk)],
        ));
        queries.push(StorageQuery::new(
            "SubtensorModule",
            "DecayingLock",
            vec![arg_account(coldkey), arg_u16(*n)],
        ));
        queries.push(StorageQuery::new(
            "SubtensorModule",
            "SubnetOwnerHotkey",
            vec![arg_u16(*n)],
        ));
    }
    let values = if queries.is_empty() {
        Vec::new()
    } else {
        chain.storage(&queries).await?
    };
    let mut totals: BTreeMap<u16, u64> = BTreeMap::new();
    if !found.is_empty() {
        let read_now;
        let positions = match positions {
            Some(p) => p,
            None => {
                read_now = read::stake_of(chain, &[*coldkey]).await?;
                &read_now[..]
            }
        };
        for p in positions.iter().filter(|p| p.coldkey == *coldkey) {
            let t = totals.entry(p.netuid).or_default();
            *t = t.saturating_add(p.stake);
        }
    }
    let mut locks = Vec::new();
    for (i, (n, hk)) in found.iter().enumerate() {
        let Some(stored) = values[3 * i].as_ref() else {
            continue;
        };
        let stored = decode_lock(stored)?;
        let perpetual = values[3 * i + 1]
            .as_ref()
            .map(bool_of)
            .transpose()?
            .is_some_and(|decaying| !decaying);
        let owner = values[3 * i + 2]
            .as_ref()
            .map(account)
            .transpose()?
            .is_some_and(|o| &o == hk);
        let kind = Kind { owner, perpetual };
        locks.push(ColdkeyLock {
            netuid: *n,
            hotkey: *hk,
            stored,
            kind,
            now: conviction::roll(stored, block, rates, kind).0,
            total_alpha: totals.get(n).copied().unwrap_or(0),
        });
    }
    Ok(Locks {
        block,
        rates,
        locks,
    })
}

/// The chain's own roll of the coldkey's lock on the subnet (`get_coldkey_lock`), where the
/// runtime has it.
pub async fn chain_rolled(
    chain: &Chain,
    coldkey: &[u8; 32],
    netuid: u16,
) -> Result<Option<LockState>, ChainError> {
    let api = "StakeInfoRuntimeApi";
    if !chain.has_api(api, "get_coldkey_lock") {
        return Ok(None);
    }
    let v = chain
        .call(
            api,
            "get_coldkey_lock",
            &[arg_account(coldkey), arg_u16(netuid)],
        )
        .await?;
    match crate::chain::value::option(&v)? {
        Some(l) => Ok(Some(decode_lock(l)?)),
        None => Ok(None),
    }
}

/// The coldkey's locked α on the subnet at the pinned block and what it may move off it, or
/// `None` where the chain has no locks or the coldkey no lock there.
pub async fn lock_bound(
    chain: &Chain,
    coldkey: &[u8; 32],
    netuid: u16,
    positions: &[read::StakePosition],
) -> Result<Option<(u64, u64)>, ChainError> {
    if !supported(chain) {
        return Ok(None);
    }
    let locks = coldkey_locks_with(chain, coldkey, Some(netuid), Some(positions)).await?;
    Ok(locks
        .locks
        .first()
        .filter(|l| l.now.locked_mass > 0)
        .map(|l| (l.now.locked_mass, l.available())))
}

/// Whether the coldkey refuses locked α sent to it (`AccountFlags` bit 0 clear, the default).
pub async fn rejects_locked_alpha(chain: &Chain, coldkey: &[u8; 32]) -> Result<bool, ChainError> {
    if !chain.has_storage("SubtensorModule", "AccountFlags") {
        return Ok(false);
    }
    let v = chain
        .storage(&[StorageQuery::new(
            "SubtensorModule",
            "AccountFlags",
            vec![arg_account(coldkey)],
        )])
        .await?;
    let flags = v[0]
        .as_ref()
        .map(crate::chain::value::uint)
        .transpose()?
        .unwrap_or(0);
    Ok(flags & 1 == 0)
}
