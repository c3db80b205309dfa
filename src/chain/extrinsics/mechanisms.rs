//! The subnet owner's mechanism settings, `AdminUtils` calls signed by the coldkey:
//! `sudo_set_mechanism_count` and `sudo_set_mechanism_emission_split`.
//!
//! Checked before signing, as the chain checks them: the subnet exists, the signer owns it
//! (`BadOrigin`), the owner's rate limit of the setting (`TxRateLimitExceeded`), the call is not
//! in the last `AdminFreezeWindow` blocks before the subnet's next epoch
//! (`AdminActionProhibitedDuringWeightsWindow`), and the value rules — a count of 1 to
//! `MaxMechanismCount` (and 16) with `MaxAllowedUids × count ≤ 256`, a split of at most one share
//! per mechanism summing to exactly 65535 (`InvalidValue`, `TooManyUIDsPerMechanism`).
//!
//! The rate limit: the chain keeps the block of the owner's last change of each setting in
//! `TransactionKeyLastBlock[(coldkey, netuid, 7)]` (count) and `[(coldkey, netuid, 8)]` (split),
//! and allows the next change `MechanismCountSetRateLimit` / `MechanismEmissionRateLimit` blocks
//! later. Those limits are not in the metadata: 7200 blocks in the production runtime, 1 in its
//! fast-block build. The build shows in the metadata's block time (`Aura.SlotDuration`,
//! `Babe.ExpectedBlockTime` or twice `Timestamp.MinimumPeriod`: 12 s in production, 250 ms
//! fast); a runtime without any of those gets the last change in the summary and no refusal.

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::mechanisms::{Mechanisms, mechanisms};
use crate::chain::read;
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{account, u64_of};
use crate::yuma::mechanisms::MAX_MECHANISMS;

/// The pallet of the calls.
const ADMIN: &str = "AdminUtils";
/// Uids a subnet may have over all its mechanisms (`DefaultMaxAllowedUids`).
pub const MAX_UIDS_OVER_ALL_MECHANISMS: u32 = 256;
/// `TransactionType::MechanismCountUpdate`, the third key of `TransactionKeyLastBlock`.
pub const TX_MECHANISM_COUNT: u16 = 7;
/// `TransactionType::MechanismEmission`.
pub const TX_MECHANISM_EMISSION: u16 = 8;
/// The owner's rate limit of both settings in the production runtime, in blocks.
pub const PRODUCTION_RATE_LIMIT: u64 = 7200;
/// The fast-block build's rate limit of both settings.
pub const FAST_RATE_LIMIT: u64 = 1;
/// The production runtime's block time, in milliseconds.
pub const PRODUCTION_BLOCK_MS: u64 = 12_000;

/// The runtime's block time in milliseconds, from its metadata constants, if it has one.
pub fn block_time_ms(md: &subxt::Metadata) -> Option<u64> {
    let constant = |pallet: &str, name: &str| {
        md.pallet_by_name(pallet)
            .and_then(|p| p.constant_by_name(name))
            .and_then(|c| <[u8; 8]>::try_from(c.value()).ok())
            .map(u64::from_le_bytes)
    };
    constant("Aura", "SlotDuration")
        .or_else(|| constant("Babe", "ExpectedBlockTime"))
        .or_else(|| constant("Timestamp", "MinimumPeriod").map(|p| p.saturating_mul(2)))
        .filter(|ms| *ms > 0)
}

/// The rate limit of the mechanism settings for a runtime with this block time: the
/// production value at 12 s blocks or slower, the fast-block value below; unknown without one.
pub fn setting_rate_limit(block_ms: Option<u64>) -> Option<u64> {
    block_ms.map(|ms| {
        if ms >= PRODUCTION_BLOCK_MS {
            PRODUCTION_RATE_LIMIT
        } else {
            FAST_RATE_LIMIT
        }
    })
}

/// The owner's last change of one setting, and the rate limit that applies to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastChange {
    /// The block of the last change by this coldkey (0: never).
    pub block: u64,
    /// The runtime's limit in blocks, when known.
    pub limit: Option<u64>,
}

impl LastChange {
    /// The first block in which the next change may land, when known.
    pub fn next_allowed(&self) -> Option<u64> {
        match (self.block, self.limit) {
            (0, _) => Some(0),
            (b, Some(l)) => Some(b.saturating_add(l)),
            (_, None) => None,
        }
    }

    /// The JSON of `details.rate_limit`.
    pub fn json(&self) -> serde_json::Value {
        json!({
            "last_change_block": (self.block != 0).then_some(self.block),
            "limit_blocks": self.limit,
            "next_allowed_block": if self.block == 0 { None } else { self.next_allowed() },
        })
    }

    /// The summary line, for a setting changed before.
    pub fn line(&self) -> Option<(String, String)> {
        if self.block == 0 {
            return None;
        }
        let text = match self.next_allowed() {
            Some(next) => format!(
                "#{} by this coldkey; one change per {} block{} (next from #{next})",
                self.block,
                self.limit.unwrap_or(0),
                if self.limit == Some(1) { "" } else { "s" }
            ),
            None => format!(
                "#{} by this coldkey; this runtime does not show its rate limit ({PRODUCTION_RATE_LIMIT} blocks in production: next from #{})",
                self.block,
                self.block.saturating_add(PRODUCTION_RATE_LIMIT)
            ),
        };
        Some(("last change".into(), text))
    }
}

/// `TxRateLimitExceeded` unless a change landing in block `lands` passes the rate limit: the
/// first change, or `lands − last ≥ limit`, as the chain checks it.
pub fn check_rate_limit(setting: &str, last: LastChange, lands: u64) -> Result<(), Refusal> {
    let Some(limit) = last.limit else {
        return Ok(());
    };
    if last.block == 0 || lands.saturating_sub(last.block) >= limit {
        return Ok(());
    }
    let next = last.block.saturating_add(limit);
    Err(Refusal::subtensor(
        "TxRateLimitExceeded",
        format!(
            "this coldkey changed the {setting} at block #{}; the chain allows one change per {limit} blocks, so the next may land from block #{next} (the call would land in block #{lands})",
            last.block
        ),
        format!(
            "retry in {} block{}, after block #{}",
            next.saturating_sub(lands),
            if next.saturating_sub(lands) == 1 {
                ""
            } else {
                "s"
            },
            next.saturating_sub(1)
        ),
    ))
}

/// The subnet's mechanisms and the owner's last change of the setting (`tx_type`), with the
/// owner, rate-limit and freeze-window checks done.
async fn owner_checks(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    tx_type: u16,
) -> Result<(Mechanisms, LastChange), PlanError> {
    let m = match mechanisms(&tc.chain, netuid).await {
        Ok(m) => m,
        Err(ChainError::SubnetNotFound(_)) => {
            return Err(Refusal::subtensor(
                "MechanismDoesNotExist",
                format!("there is no subnet {netuid}"),
                "list the subnets with `tao subnets list`",
            )
            .into());
        }
        Err(e) => return Err(e.into()),
    };
    if !m.supported {
        return Err(Refusal::new(
            "tao",
            "NoMechanisms",
            format!(
                "the connected chain (runtime spec {}) has no mechanisms",
                tc.chain.spec_version()
            ),
            "connect to a chain whose runtime has MechanismCountCurrent",
        )
        .into());
    }
    let mut q = vec![
        StorageQuery::new("SubtensorModule", "SubnetOwner", vec![arg_u16(netuid)]),
        StorageQuery::new("SubtensorModule", "AdminFreezeWindow", vec![]),
    ];
    let keyed = tc
        .chain
        .has_storage("SubtensorModule", "TransactionKeyLastBlock");
    if keyed {
        q.push(StorageQuery::new(
            "SubtensorModule",
            "TransactionKeyLastBlock",
            vec![arg_account(coldkey), arg_u16(netuid), arg_u16(tx_type)],
        ));
    }
    let v = tc.chain.storage(&q).await?;
    let owner = v[0].as_ref().map(account).transpose()?.unwrap_or([0; 32]);
    Refusal::unless_owner(netuid, &owner, coldkey)?;
    let last = LastChange {
        block: match v.get(2) {
            Some(Some(b)) => u64_of(b)?,
            _ => 0,
        },
        limit: setting_rate_limit(block_time_ms(tc.metadata())),
    };
    let lands = tc.pinned_number().await? + 1;
    let setting = if tx_type == TX_MECHANISM_COUNT {
        "mechanism count"
    } else {
        "emission split"
    };
    check_rate_limit(setting, last, lands)?;
    let window = match &v[1] {
        Some(w) => u64_of(w)?,
        None => 10,
    };
    check_window(tc, netuid, window, lands).await?;
    Ok((m, last))
}

/// The freeze window: the call lands in `lands`, the block after the pinned one, and is refused
/// there while fewer than `window` blocks remain before the subnet's next epoch.
async fn check_window(tc: &TxChain, netuid: u16, window: u64, lands: u64) -> Result<(), PlanError> {
    let (next, _) = read::next_epoch(&tc.chain, netuid).await?;
    let Some(next) = next else { return Ok(()) };
    Ok(freeze_window(netuid, window, next.block, lands)?)
}

/// `AdminActionProhibitedDuringWeightsWindow` when a call landing in block `lands` has fewer
/// than `window` blocks left before the epoch at block `epoch`.
pub fn freeze_window(netuid: u16, window: u64, epoch: u64, lands: u64) -> Result<(), Refusal> {
    let remaining = epoch.saturating_sub(lands);
    if remaining >= window {
        return Ok(());
    }
    // Sent once the epoch's block is in, the call lands after it, in a fresh window.
    let wait = epoch.saturating_sub(lands.saturating_sub(1));
    Err(Refusal::subtensor(
        "AdminActionProhibitedDuringWeightsWindow",
        format!(
            "subnet {netuid}'s next epoch is at block #{epoch}; owner settings are refused in the last {window} blocks before it (the call would land in block #{lands})"
        ),
        format!(
            "retry in {wait} block{}, after block #{epoch}",
            if wait == 1 { "" } else { "s" }
        ),
    ))
}

/// Checks a mechanism count against the chain's rules.
pub fn check_count(count: u8, max_count: u8, max_uids: u16) -> Result<(), Refusal> {
    if count == 0 || count > max_count || count > MAX_MECHANISMS {
        return Err(Refusal::subtensor(
            "InvalidValue",
            format!(
                "a subnet may have 1 to {} mechanisms (MaxMechanismCount {max_count}); {count} was given",
                max_count.min(MAX_MECHANISMS)
            ),
            format!("pass `--count` from 1 to {}", max_count.min(MAX_MECHANISMS)),
        ));
    }
    if u32::from(max_uids) * u32::from(count) > MAX_UIDS_OVER_ALL_MECHANISMS {
        return Err(Refusal::subtensor(
            "TooManyUIDsPerMechanism",
            format!(
                "the subnet allows {max_uids} uids, and {max_uids} × {count} mechanisms exceeds the {MAX_UIDS_OVER_ALL_MECHANISMS} uids a subnet may have over all its mechanisms"
            ),
            format!(
                "lower the subnet's max_allowed_uids to at most {} first",
                MAX_UIDS_OVER_ALL_MECHANISMS / u32::from(count)
            ),
        ));
    }
    Ok(())
}

/// Checks an emission split against the chain's rules for a subnet with `count` mechanisms.
pub fn check_split(split: &[u16], count: u8) -> Result<(), Refusal> {
    if split.is_empty() || split.len() > usize::from(count) {
        return Err(Refusal::subtensor(
            "InvalidValue",
            format!(
                "the split has {} shares; subnet has {count} mechanism{}",
                split.len(),
                if count == 1 { "" } else { "s" }
            ),
            "give one share per mechanism at most",
        ));
    }
    let sum: u32 = split.iter().map(|s| u32::from(*s)).sum();
    if sum != u32::from(u16::MAX) {
        return Err(Refusal::subtensor(
            "InvalidValue",
            format!("the shares sum to {sum}; the chain needs exactly 65535"),
            "give the split as fractions or weights and let tao scale it",
        ));
    }
    Ok(())
}

/// Plan `AdminUtils.sudo_set_mechanism_count(netuid, count)`.
pub async fn plan_set_count(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    count: u8,
) -> Result<Plan, PlanError> {
    let (m, last) = owner_checks(tc, coldkey, netuid, TX_MECHANISM_COUNT).await?;
    check_count(count, m.max_count.unwrap_or(MAX_MECHANISMS), m.max_uids)?;
    let call = Call::new(
        tc.metadata(),
        ADMIN,
        "sudo_set_mechanism_count",
        vec![
            ("netuid", Value::u128(u128::from(netuid))),
            ("mechanism_count", Value::u128(u128::from(count))),
        ],
    )?;
    let mut lines = vec![
        ("subnet".into(), netuid.to_string()),
        ("mechanisms".into(), format!("{} → {count}", m.count)),
    ];
    if count != m.count {
        lines.push((
            "effect".into(),
            if count < m.count {
                format!(
                    "the weights, bonds and commits of mechanisms {count} to {} are removed; the emission split is reset to even",
                    m.count - 1
                )
            } else {
                "the emission split is reset to even".into()
            },
        ));
    }
    lines.extend(last.line());
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "count_before": m.count,
            "count": count,
            "max_count": m.max_count,
            "rate_limit": last.json(),
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan `AdminUtils.sudo_set_mechanism_emission_split(netuid, split)`; `None` removes the
/// split (an even split).
pub async fn plan_set_split(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    split: Option<Vec<u16>>,
) -> Result<Plan, PlanError> {
    let (m, last) = owner_checks(tc, coldkey, netuid, TX_MECHANISM_EMISSION).await?;
    if let Some(s) = &split {
        check_split(s, m.count)?;
    }
    let arg = match &split {
        Some(s) => Value::unnamed_variant(
            "Some",
            [Value::unnamed_composite(
                s.iter().map(|x| Value::u128(u128::from(*x))),
            )],
        ),
        None => Value::unnamed_variant("None", []),
    };
    let call = Call::new(
        tc.metadata(),
        ADMIN,
        "sudo_set_mechanism_emission_split",
        vec![
            ("netuid", Value::u128(u128::from(netuid))),
            ("maybe_split", arg),
        ],
    )?;
    let text = |s: &Option<Vec<u16>>| match s {
        Some(s) => s.iter().map(u16::to_string).collect::<Vec<_>>().join(","),
        None => "even".into(),
    };
    let mut lines = vec![
        ("subnet".into(), netuid.to_string()),
        ("mechanisms".into(), m.count.to_string()),
        (
            "split (of 65535)".into(),
            format!("{} → {}", text(&m.split), text(&split)),
        ),
    ];
    lines.extend(last.line());
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "count": m.count,
            "split_before": m.split,
            "split": split,
            "rate_limit": last.json(),
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

    #[test]
    fn counts_follow_the_chains_rules() {
        assert!(check_count(1, 2, 16).is_ok());
        assert!(check_count(2, 2, 128).is_ok());
        assert_eq!(check_count(0, 2, 16).unwrap_err().name, "InvalidValue");
        assert_eq!(check_count(3, 2, 16).unwrap_err().name, "InvalidValue");
        assert_eq!(check_count(17, 20, 1).unwrap_err().name, "InvalidValue");
        assert_eq!(
            check_count(2, 2, 129).unwrap_err().name,
            "TooManyUIDsPerMechanism"
        );
        let hint = check_count(4, 16, 100).unwrap_err().hint;
        assert!(hint.contains("64"), "{hint}");
    }

    #[test]
    fn splits_follow_the_chains_rules() {
        assert!(check_split(&[39321, 26214], 2).is_ok());
        assert!(check_split(&[65535], 2).is_ok());
        assert_eq!(check_split(&[], 2).unwrap_err().name, "InvalidValue");
        assert_eq!(
            check_split(&[20000, 20000, 25535], 2).unwrap_err().name,
            "InvalidValue"
        );
        assert_eq!(
            check_split(&[30000, 30000], 2).unwrap_err().name,
            "InvalidValue"
        );
    }

    #[test]
    fn the_rate_limit_follows_the_runtimes_block_time() {
        assert_eq!(setting_rate_limit(Some(12_000)), Some(7200));
        assert_eq!(setting_rate_limit(Some(250)), Some(1));
        assert_eq!(setting_rate_limit(None), None);
    }

    #[test]
    fn a_change_passes_the_rate_limit_as_the_chain_checks_it() {
        let at = |block, limit| LastChange { block, limit };
        // Never changed, or changed long enough ago.
        assert!(check_rate_limit("split", at(0, Some(7200)), 5).is_ok());
        assert!(check_rate_limit("split", at(100, Some(7200)), 7300).is_ok());
        // 7199 blocks after the last change is one too few.
        let r = check_rate_limit("split", at(100, Some(7200)), 7299).unwrap_err();
        assert_eq!(r.name, "TxRateLimitExceeded");
        assert!(r.message.contains("#7300"), "{}", r.message);
        assert_eq!(r.hint, "retry in 1 block, after block #7299");
        let r = check_rate_limit("split", at(100, Some(7200)), 200).unwrap_err();
        assert_eq!(r.hint, "retry in 7100 blocks, after block #7299");
        // The fast build's one block always passes in a later block; an unknown limit passes.
        assert!(check_rate_limit("count", at(100, Some(1)), 101).is_ok());
        assert!(check_rate_limit("count", at(100, None), 101).is_ok());
    }

    #[test]
    fn the_last_change_is_shown_with_the_next_allowed_block() {
        let l = LastChange {
            block: 40,
            limit: Some(7200),
        };
        assert_eq!(l.next_allowed(), Some(7240));
        assert_eq!(l.json()["next_allowed_block"], 7240);
        assert!(l.line().unwrap().1.contains("next from #7240"));
        let unknown = LastChange {
            block: 40,
            limit: None,
        };
        assert_eq!(unknown.json()["limit_blocks"], serde_json::Value::Null);
        assert!(unknown.line().unwrap().1.contains("#7240"));
        let never = LastChange {
            block: 0,
            limit: None,
        };
        assert_eq!(never.line(), None);
        assert_eq!(never.json()["last_change_block"], serde_json::Value::Null);
    }

    #[test]
    fn the_freeze_window_says_when_to_retry() {
        // Epoch at 10, window 2: landing in 8 leaves 2 blocks (allowed), in 9 leaves 1.
        assert!(freeze_window(3, 2, 10, 8).is_ok());
        let r = freeze_window(3, 2, 10, 9).unwrap_err();
        assert_eq!(r.name, "AdminActionProhibitedDuringWeightsWindow");
        assert_eq!(r.hint, "retry in 2 blocks, after block #10");
        let r = freeze_window(3, 2, 10, 10).unwrap_err();
        assert_eq!(r.hint, "retry in 1 block, after block #10");
    }
}
