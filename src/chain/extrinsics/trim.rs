//! `AdminUtils.sudo_trim_to_max_allowed_uids` (78, `tao subnets trim`): the owner lowers the
//! subnet's maximum uids, and when more are in use the chain drops the lowest emitters and
//! compacts the rest to the left.
//!
//! Checked before signing, in the chain's order: the subnet exists, the signer owns it
//! (`BadOrigin`), its rate limit (`TxRateLimitExceeded`: the chain keeps the owner's last trim
//! in `TransactionKeyLastBlock[(coldkey, netuid, 9)]` and allows one per
//! `MaxUidsTrimmingRateLimit` blocks, 216000 in production and 1 in the fast-block build; the
//! limit is not in the metadata, so tao takes the build from the runtime's block time), the
//! freeze window, then `MinAllowedUids ≤ K ≤ MaxAllowedUids` (`InvalidValue`) and the immune
//! share: the owner's immune uids and those in their immunity period must be under 80 % of K
//! (`TrimmingWouldExceedMaxImmunePercentage`, `Percent::from_rational`). The uids that would go
//! are predicted as the chain picks them: emission descending (ties in uid order), the lowest
//! first, immune ones skipped.

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::mechanisms::{LastChange, block_time_ms, check_rate_limit, freeze_window};
use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::read;
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{account, bool_of, items, u64_of};

/// `TransactionType::MaxUidsTrimming`, the third key of `TransactionKeyLastBlock`.
pub const TX_MAX_UIDS_TRIMMING: u16 = 9;
/// `MaxUidsTrimmingRateLimit` in production: 30 × 7200 blocks.
pub const PRODUCTION_TRIM_RATE_LIMIT: u64 = 216_000;
/// `MaxUidsTrimmingRateLimit` in the fast-block build.
pub const FAST_TRIM_RATE_LIMIT: u64 = 1;
/// The runtime's `MaxImmuneUidsPercentage`.
pub const MAX_IMMUNE_PERCENT: u32 = 80;

/// Whether `immune` uids of a maximum of `max_n` pass the chain's check
/// `Percent::from_rational(immune, max_n) < 80 %` (the share in whole percent, rounded down, at
/// most 100 %).
pub fn immune_share_allowed(immune: u16, max_n: u16) -> bool {
    if max_n == 0 {
        return immune == 0;
    }
    let (p, q) = (u32::from(immune), u32::from(max_n));
    if p >= q {
        return false;
    }
    p * 100 / q < MAX_IMMUNE_PERCENT
}

/// The chain's choice of uids to drop when trimming `emission.len()` uids to `max_n`: emission
/// descending (a stable sort: ties in uid order), walked from the lowest, skipping `immune`
/// ones, until `max_n` are left. Returns the dropped uids, ascending.
pub fn uids_to_drop(emission: &[u64], immune: &[bool], max_n: u16) -> Vec<u16> {
    let n = emission.len();
    let mut order: Vec<(usize, u64)> = emission.iter().copied().enumerate().collect();
    order.sort_by_key(|(_, e)| std::cmp::Reverse(*e));
    let mut left = n;
    let mut out = Vec::new();
    for &(uid, _) in order.iter().rev() {
        if left == usize::from(max_n) {
            break;
        }
        if immune.get(uid).copied().unwrap_or(false) {
            continue;
        }
        out.push(uid as u16);
        left -= 1;
    }
    out.sort_unstable();
    out
}

/// Plan `AdminUtils.sudo_trim_to_max_allowed_uids(netuid, max_n)`, signed by the owner.
pub async fn plan_trim(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    max_n: u16,
) -> Result<Plan, PlanError> {
    let c = &tc.chain;
    let st = |e: &str, keys: Vec<Value>| StorageQuery::new("SubtensorModule", e, keys);
    let n16 = || vec![arg_u16(netuid)];
    let v = c
        .storage(&[
            st("NetworksAdded", n16()),
            st("SubnetOwner", n16()),
            st("SubnetworkN", n16()),
            st("MinAllowedUids", n16()),
            st("MaxAllowedUids", n16()),
            st("ImmunityPeriod", n16()),
            st("ImmuneOwnerUidsLimit", n16()),
            st("Emission", n16()),
            st("AdminFreezeWindow", vec![]),
            st(
                "TransactionKeyLastBlock",
                vec![
                    arg_account(coldkey),
                    arg_u16(netuid),
                    arg_u16(TX_MAX_UIDS_TRIMMING),
                ],
            ),
        ])
        .await?;
    if !v[0].as_ref().map(bool_of).transpose()?.unwrap_or(false) {
        return Err(Refusal::no_subnet(netuid).into());
    }
    let num = |i: usize, default: u64| -> Result<u64, PlanError> {
        Ok(match v[i].as_ref() {
            Some(x) => u64_of(x)?,
            None => default,
        })
    };
    let owner = v[1].as_ref().map(account).transpose()?.unwrap_or([0; 32]);
    Refusal::unless_owner(netuid, &owner, coldkey)?;
    let lands = tc.pinned_number().await? + 1;
    let last = LastChange {
        block: num(9, 0)?,
        limit: block_time_ms(tc.metadata()).map(|ms| {
            if ms >= super::mechanisms::PRODUCTION_BLOCK_MS {
                PRODUCTION_TRIM_RATE_LIMIT
            } else {
                FAST_TRIM_RATE_LIMIT
            }
        }),
    };
    check_rate_limit("subnet's uids (trim)", last, lands)?;
    let (next, _) = read::next_epoch(c, netuid).await?;
    if let Some(next) = next {
        freeze_window(netuid, num(8, 10)?, next.block, lands)?;
    }
    let current_n = num(2, 0)? as u16;
    let (min_uids, max_uids) = (num(3, 64)? as u16, num(4, 256)? as u16);
    if max_n < min_uids || max_n > max_uids {
        return Err(Refusal::subtensor(
            "InvalidValue",
            format!(
                "subnet {netuid} may be trimmed to {min_uids} (MinAllowedUids) to {max_uids} (its MaxAllowedUids) uids; {max_n} was given"
            ),
            format!("give --max-uids from {min_uids} to {max_uids}"),
        )
        .into());
    }
    let emission: Vec<u64> = match v[7].as_ref() {
        Some(e) => items(e)?
            .into_iter()
            .map(u64_of)
            .collect::<Result<_, _>>()?,
        None => Vec::new(),
    };
    // Per uid: hotkey and registration block; then the owner's hotkeys' uids.
    let mut q = Vec::new();
    for uid in 0..current_n {
        q.push(st("Keys", vec![arg_u16(netuid), arg_u16(uid)]));
        q.push(st(
            "BlockAtRegistration",
            vec![arg_u16(netuid), arg_u16(uid)],
        ));
    }
    q.push(st("OwnedHotkeys", vec![arg_account(&owner)]));
    let w = c.storage(&q).await?;
    let mut hotkeys = Vec::new();
    let mut registered = Vec::new();
    for uid in 0..usize::from(current_n) {
        hotkeys.push(w[2 * uid].as_ref().map(account).transpose()?);
        registered.push(
            w[2 * uid + 1]
                .as_ref()
                .map(u64_of)
                .transpose()?
                .unwrap_or(0),
        );
    }
    let owned: Vec<[u8; 32]> = match w.last().and_then(|x| x.as_ref()) {
        Some(list) => items(list)?
            .into_iter()
            .map(account)
            .collect::<Result<_, _>>()?,
        None => Vec::new(),
    };
    let mut owner_uids: Vec<(u64, u16)> = hotkeys
        .iter()
        .enumerate()
        .filter(|(_, h)| h.is_some_and(|h| owned.contains(&h)))
        .map(|(uid, _)| (registered[uid], uid as u16))
        .collect();
    owner_uids.sort_unstable();
    owner_uids.truncate(num(6, 1)? as usize);
    let period = num(5, 4096)?;
    let immune: Vec<bool> = (0..usize::from(current_n))
        .map(|uid| {
            owner_uids.iter().any(|(_, u)| usize::from(*u) == uid)
                || lands.saturating_sub(registered[uid]) < period
        })
        .collect();
    let immune_count = immune.iter().filter(|i| **i).count() as u16;
    let mut drop = Vec::new();
    if current_n > max_n {
        if !immune_share_allowed(immune_count, max_n) {
            return Err(Refusal::subtensor(
                "TrimmingWouldExceedMaxImmunePercentage",
                format!(
                    "{immune_count} of subnet {netuid}'s {current_n} uids are immune (the owner's or in their immunity period of {period} blocks); they must stay under {MAX_IMMUNE_PERCENT}% of {max_n}"
                ),
                format!(
                    "trim to more uids (above {} here), or wait until fewer are in their immunity period",
                    u32::from(immune_count) * 100 / MAX_IMMUNE_PERCENT
                ),
            )
            .into());
        }
        let mut em = emission.clone();
        em.resize(usize::from(current_n), 0);
        drop = uids_to_drop(&em, &immune, max_n);
    }
    let kept: Vec<u16> = (0..current_n).filter(|u| !drop.contains(u)).collect();
    let renumbered: Vec<(u16, u16)> = kept
        .iter()
        .enumerate()
        .filter(|(new, old)| *new as u16 != **old)
        .map(|(new, old)| (*old, new as u16))
        .collect();
    let ss58 = |h: &Option<[u8; 32]>| h.as_ref().map(crate::ss58::encode_default);
    let emission_of = |uid: u16| emission.get(usize::from(uid)).copied().unwrap_or(0);
    let call = Call::new(
        tc.metadata(),
        "AdminUtils",
        "sudo_trim_to_max_allowed_uids",
        vec![
            ("netuid", Value::u128(u128::from(netuid))),
            ("max_n", Value::u128(u128::from(max_n))),
        ],
    )?;
    let mut lines = vec![
        ("subnet".into(), netuid.to_string()),
        (
            "max uids".into(),
            format!("{max_uids} → {max_n} (at least MinAllowedUids {min_uids})"),
        ),
        (
            "uids in use".into(),
            if current_n > max_n {
                format!("{current_n} → {max_n}")
            } else {
                format!("{current_n} (none dropped)")
            },
        ),
    ];
    if !drop.is_empty() {
        let text = drop
            .iter()
            .map(|u| {
                format!(
                    "{u} ({}, emission {})",
                    ss58(&hotkeys[usize::from(*u)]).unwrap_or_else(|| "no hotkey".into()),
                    emission_of(*u)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        lines.push(("drops uids".into(), text));
    }
    if !renumbered.is_empty() {
        let text = renumbered
            .iter()
            .map(|(o, n)| format!("{o}→{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(("renumbers".into(), text));
    }
    if let Some(l) = last.line() {
        lines.push(l);
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "max_uids": { "current": max_uids, "new": max_n },
            "min_allowed_uids": min_uids,
            "uids_in_use": current_n,
            "immune_uids": immune.iter().enumerate().filter(|(_, i)| **i).map(|(u, _)| u).collect::<Vec<_>>(),
            "removed": drop.iter().map(|u| json!({
                "uid": u,
                "hotkey": ss58(&hotkeys[usize::from(*u)]),
                "emission": emission_of(*u),
            })).collect::<Vec<_>>(),
            "renumbered": renumbered.iter().map(|(o, n)| json!({"from": o, "to": n})).collect::<Vec<_>>(),
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
    fn the_lowest_non_immune_emitters_go_ties_from_the_highest_uid() {
        // Emission 5, 10, 30, 20; uid 0 immune: uid 1 (10) then uid 3 (20) go.
        assert_eq!(
            uids_to_drop(&[5, 10, 30, 20], &[true, false, false, false], 2),
            vec![1, 3]
        );
        // All equal: the stable sort keeps uid order, the walk starts at the highest uid.
        assert_eq!(uids_to_drop(&[0; 5], &[false; 5], 3), vec![3, 4]);
        // Immune ones are skipped even when lowest.
        assert_eq!(
            uids_to_drop(&[0, 0, 9, 9], &[true, true, false, false], 3),
            vec![3]
        );
        assert!(uids_to_drop(&[1, 2], &[false, false], 2).is_empty());
    }

    #[test]
    fn the_immune_share_rounds_down_like_percent_from_rational() {
        assert!(immune_share_allowed(0, 1));
        assert!(immune_share_allowed(3, 4), "75 %");
        assert!(!immune_share_allowed(4, 5), "80 %");
        // 79.5 % and 79.98 % round down to 79 %.
        assert!(immune_share_allowed(159, 200));
        assert!(immune_share_allowed(3999, 5000));
        assert!(!immune_share_allowed(400, 500));
        assert!(!immune_share_allowed(7, 5), "above 100 % saturates");
    }
}
