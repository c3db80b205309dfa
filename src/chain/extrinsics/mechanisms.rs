//! The subnet owner's mechanism settings, `AdminUtils` calls signed by the coldkey:
//! `sudo_set_mechanism_count` and `sudo_set_mechanism_emission_split`.
//!
//! Checked before signing, as the chain checks them: the subnet exists, the signer owns it
//! (`BadOrigin`), the call is not in the last `AdminFreezeWindow` blocks before the subnet's
//! next epoch (`AdminActionProhibitedDuringWeightsWindow`), and the value rules — a count of 1
//! to `MaxMechanismCount` (and 16) with `MaxAllowedUids × count ≤ 256`, a split of at most
//! one share per mechanism summing to exactly 65535 (`InvalidValue`, `TooManyUIDsPerMechanism`).
//! The owner's rate limit for these settings is a runtime constant that the metadata does not
//! expose; a setting sent too soon fails on chain with `TxRateLimitExceeded`.

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_u16};
use crate::chain::mechanisms::{Mechanisms, mechanisms};
use crate::chain::read;
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{account, u64_of};
use crate::yuma::mechanisms::MAX_MECHANISMS;

/// The pallet of the calls.
const ADMIN: &str = "AdminUtils";
/// Uids a subnet may have over all its mechanisms (`DefaultMaxAllowedUids`).
pub const MAX_UIDS_OVER_ALL_MECHANISMS: u32 = 256;

/// The subnet's mechanisms, with the owner and freeze-window checks done.
async fn owner_checks(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
) -> Result<Mechanisms, PlanError> {
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
    let v = tc
        .chain
        .storage(&[
            StorageQuery::new("SubtensorModule", "SubnetOwner", vec![arg_u16(netuid)]),
            StorageQuery::new("SubtensorModule", "AdminFreezeWindow", vec![]),
        ])
        .await?;
    let owner = v[0].as_ref().map(account).transpose()?.unwrap_or([0; 32]);
    Refusal::unless_owner(netuid, &owner, coldkey)?;
    let window = match &v[1] {
        Some(w) => u64_of(w)?,
        None => 10,
    };
    check_window(tc, netuid, window).await?;
    Ok(m)
}

/// The freeze window: the call lands in the block after the pinned one, and is refused there
/// while fewer than `window` blocks remain before the subnet's next epoch.
async fn check_window(tc: &TxChain, netuid: u16, window: u64) -> Result<(), PlanError> {
    let (next, _) = read::next_epoch(&tc.chain, netuid).await?;
    let Some(next) = next else { return Ok(()) };
    let lands = tc.pinned_number().await? + 1;
    let remaining = next.block.saturating_sub(lands);
    if remaining >= window {
        return Ok(());
    }
    Err(Refusal::subtensor(
        "AdminActionProhibitedDuringWeightsWindow",
        format!(
            "subnet {netuid}'s next epoch is at block #{}; owner settings are refused in the last {window} blocks before it (the call would land in block #{lands})",
            next.block
        ),
        format!("retry after block #{}", next.block),
    )
    .into())
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
    let m = owner_checks(tc, coldkey, netuid).await?;
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
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "count_before": m.count,
            "count": count,
            "max_count": m.max_count,
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
    let m = owner_checks(tc, coldkey, netuid).await?;
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
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("mechanisms".into(), m.count.to_string()),
            (
                "split (of 65535)".into(),
                format!("{} → {}", text(&m.split), text(&split)),
            ),
        ],
        details: json!({
            "netuid": netuid,
            "count": m.count,
            "split_before": m.split,
            "split": split,
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
}
