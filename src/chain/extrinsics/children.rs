//! Child hotkeys: `set_children` (set and revoke) and `set_childkey_take`, and the state they
//! change. Checked before signing in the chain's order: the 150-block rate limit per (hotkey,
//! netuid), not the root subnet, the subnet exists, the coldkey owns the hotkey, no duplicate
//! child, at most 5, not itself, no child that is already its parent, proportions that fit in a
//! u64, and the parent's stake threshold; for the take, ownership, the chain's bounds and (for an
//! increase) `TxChildkeyTakeRateLimit`.

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{Chain, StorageQuery, arg_account, arg_u16};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, account, bool_of, items, u16_of, u64_of};
use crate::chain::{ChainError, read};

const PALLET: &str = "SubtensorModule";
/// `set_children`'s rate limit per (hotkey, netuid), in blocks.
pub const SET_CHILDREN_RATE_LIMIT: u64 = 150;
/// The most children a hotkey may have on a subnet.
pub const MAX_CHILDREN: usize = 5;
/// `TransactionKeyLastBlock`'s transaction type of `set_children`.
pub const TX_SET_CHILDREN: u16 = 0;
/// `TransactionKeyLastBlock`'s transaction type of `set_childkey_take`.
pub const TX_SET_CHILDKEY_TAKE: u16 = 1;

/// A relation: the proportion (of `u64::MAX`) and the other hotkey.
pub type Relation = (u64, [u8; 32]);

/// A hotkey's children, parents, pending change and take on one subnet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildState {
    /// The subnet.
    pub netuid: u16,
    /// Its children.
    pub children: Vec<Relation>,
    /// Its parents.
    pub parents: Vec<Relation>,
    /// A scheduled change of its children and the block its cooldown ends.
    pub pending: Option<(Vec<Relation>, u64)>,
    /// Its childkey take (of 65535).
    pub take: u16,
}

fn relations(v: &Val) -> Result<Vec<Relation>, ChainError> {
    items(v)?
        .iter()
        .map(|r| {
            let parts = items(r)?;
            match parts.as_slice() {
                [p, a] => Ok((u64_of(p)?, account(a)?)),
                _ => Err(ChainError::decode("a child relation", "not (u64, account)")),
            }
        })
        .collect()
}

/// The child-key state of `hotkey` on each of `netuids`.
pub async fn child_states(
    chain: &Chain,
    hotkey: &[u8; 32],
    netuids: &[u16],
) -> Result<Vec<ChildState>, ChainError> {
    let mut q = Vec::new();
    for n in netuids {
        let k = || vec![arg_account(hotkey), arg_u16(*n)];
        q.push(StorageQuery::new(PALLET, "ChildKeys", k()));
        q.push(StorageQuery::new(PALLET, "ParentKeys", k()));
        q.push(StorageQuery::new(PALLET, "ChildkeyTake", k()));
        q.push(StorageQuery::new(
            PALLET,
            "PendingChildKeys",
            vec![arg_u16(*n), arg_account(hotkey)],
        ));
    }
    let v = chain.storage(&q).await?;
    netuids
        .iter()
        .zip(v.chunks(4))
        .map(|(n, c)| {
            let pending = match &c[3] {
                Some(p) => {
                    let parts = items(p)?;
                    match parts.as_slice() {
                        [list, block] => {
                            let list = relations(list)?;
                            let block = u64_of(block)?;
                            (block != 0 || !list.is_empty()).then_some((list, block))
                        }
                        _ => return Err(ChainError::decode("PendingChildKeys", "not a pair")),
                    }
                }
                None => None,
            };
            Ok(ChildState {
                netuid: *n,
                children: c[0]
                    .as_ref()
                    .map(relations)
                    .transpose()?
                    .unwrap_or_default(),
                parents: c[1]
                    .as_ref()
                    .map(relations)
                    .transpose()?
                    .unwrap_or_default(),
                pending,
                take: c[2].as_ref().map(u16_of).transpose()?.unwrap_or(0),
            })
        })
        .collect()
}

/// Proportions as fractions of 1 (`0.5`) to the chain's u64 parts (`p · (2^64 − 1)`, rounded
/// down); `ProportionOverflow` when they add up to more than 1.
pub fn proportions(fracs_ppb: &[u64]) -> Result<Vec<u64>, Refusal> {
    let total: u128 = fracs_ppb.iter().map(|f| u128::from(*f)).sum();
    if total > 1_000_000_000 {
        return Err(Refusal::subtensor(
            "ProportionOverflow",
            format!(
                "the proportions add up to {}, more than 1",
                crate::units::format_decimal(u64::try_from(total).unwrap_or(u64::MAX))
            ),
            "give proportions that add up to at most 1",
        ));
    }
    Ok(fracs_ppb
        .iter()
        .map(|f| (u128::from(*f) * u128::from(u64::MAX) / 1_000_000_000) as u64)
        .collect())
}

/// A proportion of `u64::MAX` as a decimal fraction.
pub fn fraction(p: u64) -> String {
    crate::units::format_decimal((u128::from(p) * 1_000_000_000 / u128::from(u64::MAX)) as u64)
}

/// The pure checks of a children list for `hotkey` with its current `parents`.
pub fn check_children(
    hotkey: &[u8; 32],
    children: &[Relation],
    parents: &[Relation],
) -> Result<(), Refusal> {
    let mut seen: Vec<&[u8; 32]> = Vec::new();
    for (_, c) in children {
        if seen.contains(&c) {
            return Err(Refusal::subtensor(
                "DuplicateChild",
                format!("{} is listed twice", crate::ss58::encode_default(c)),
                "list each child once",
            ));
        }
        seen.push(c);
    }
    if children.len() > MAX_CHILDREN {
        return Err(Refusal::subtensor(
            "TooManyChildren",
            format!(
                "{} children; a hotkey may have at most {MAX_CHILDREN}",
                children.len()
            ),
            "list at most 5 children",
        ));
    }
    if children.iter().any(|(_, c)| c == hotkey) {
        return Err(Refusal::subtensor(
            "InvalidChild",
            "a hotkey cannot be its own child",
            "list other hotkeys as children",
        ));
    }
    if let Some((_, c)) = children
        .iter()
        .find(|(_, c)| parents.iter().any(|(_, p)| p == c))
    {
        return Err(Refusal::subtensor(
            "ChildParentInconsistency",
            format!(
                "{} is already a parent of this hotkey on the subnet",
                crate::ss58::encode_default(c)
            ),
            "a parent cannot also be a child",
        ));
    }
    let mut sum = 0u64;
    for (p, _) in children {
        sum = sum.checked_add(*p).ok_or_else(|| {
            Refusal::subtensor(
                "ProportionOverflow",
                "the proportions add up to more than u64::MAX",
                "give proportions that add up to at most 1",
            )
        })?;
    }
    Ok(())
}

/// Per netuid: the last block of `tx_type` for (hotkey, netuid), whether the subnet exists, and
/// its owner hotkey — one batched read for every subnet.
async fn per_subnet(
    tc: &TxChain,
    hotkey: &[u8; 32],
    netuids: &[u16],
    tx_type: u16,
) -> Result<Vec<(u64, bool, Option<[u8; 32]>)>, ChainError> {
    let mut q = Vec::new();
    for n in netuids {
        q.push(StorageQuery::new(
            PALLET,
            "TransactionKeyLastBlock",
            vec![arg_account(hotkey), arg_u16(*n), arg_u16(tx_type)],
        ));
        q.push(StorageQuery::new(
            PALLET,
            "NetworksAdded",
            vec![arg_u16(*n)],
        ));
        q.push(StorageQuery::new(
            PALLET,
            "SubnetOwnerHotkey",
            vec![arg_u16(*n)],
        ));
    }
    let v = tc.chain.storage(&q).await?;
    v.chunks(3)
        .map(|c| {
            Ok((
                c[0].as_ref().map(u64_of).transpose()?.unwrap_or(0),
                c[1].as_ref().map(bool_of).transpose()?.unwrap_or(false),
                c[2].as_ref().map(account).transpose()?,
            ))
        })
        .collect()
}

/// The hotkey's own stake over every subnet valued in TAO at the current prices.
async fn stake_value(tc: &TxChain, hotkey: &[u8; 32]) -> Result<u128, ChainError> {
    let subnets = read::subnets(&tc.chain).await?;
    let netuids: Vec<u16> = subnets.iter().map(|s| s.netuid).collect();
    let q: Vec<StorageQuery> = netuids
        .iter()
        .map(|n| {
            StorageQuery::new(
                PALLET,
                "TotalHotkeyAlpha",
                vec![arg_account(hotkey), arg_u16(*n)],
            )
        })
        .collect();
    let alpha = tc.chain.storage(&q).await?;
    let (prices, _) = read::prices(&tc.chain, &netuids).await?;
    let mut total = 0u128;
    for (n, a) in netuids.iter().zip(alpha) {
        let a = a.as_ref().map(u64_of).transpose()?.unwrap_or(0);
        let price = if *n == 0 {
            1_000_000_000
        } else {
            prices.get(n).copied().unwrap_or(0)
        };
        total += u128::from(a) * u128::from(price) / 1_000_000_000;
    }
    Ok(total)
}

fn relations_json(r: &[Relation]) -> Json {
    Json::Array(
        r.iter()
            .map(|(p, h)| json!({ "hotkey": crate::ss58::encode_default(h), "proportion": fraction(*p), "proportion_u64": p.to_string() }))
            .collect(),
    )
}

/// The JSON of a child state.
pub fn state_json(s: &ChildState) -> Json {
    json!({
        "netuid": s.netuid,
        "children": relations_json(&s.children),
        "parents": relations_json(&s.parents),
        "pending": s.pending.as_ref().map(|(c, b)| json!({ "children": relations_json(c), "cooldown_block": b })),
        "take": crate::chain::fixed::u16_fraction(s.take, 6),
        "take_u16": s.take,
    })
}

/// Plan `set_children(hotkey, netuid, children)` on each of `netuids` (one batch for several);
/// an empty list revokes.
pub async fn plan_set_children(
    tc: &TxChain,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
    netuids: &[u16],
    children: &[Relation],
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let lands = tc.pinned_number().await? + 1;
    let hk = crate::ss58::encode_default(hotkey);
    let base = tc
        .chain
        .storage(&[
            StorageQuery::new(PALLET, "Owner", vec![arg_account(hotkey)]),
            StorageQuery::new(PALLET, "StakeThreshold", vec![]),
            StorageQuery::new(PALLET, "PendingChildKeyCooldown", vec![]),
        ])
        .await?;
    let owner = base[0].as_ref().map(account).transpose()?;
    let threshold = base[1].as_ref().map(u64_of).transpose()?.unwrap_or(0);
    let cooldown = base[2].as_ref().map(u64_of).transpose()?.unwrap_or(0);
    let states = child_states(&tc.chain, hotkey, netuids).await?;
    let mut calls = Vec::new();
    let mut lines = Vec::new();
    let facts = per_subnet(tc, hotkey, netuids, TX_SET_CHILDREN).await?;
    // The stake threshold needs the hotkey's stake on every subnet: read once, when it applies.
    let mut stake: Option<u128> = None;
    for (s, (last, exists, owner_hot)) in states.iter().zip(facts) {
        let netuid = s.netuid;
        if last != 0 && lands.saturating_sub(last) < SET_CHILDREN_RATE_LIMIT {
            let next = last + SET_CHILDREN_RATE_LIMIT;
            return Err(Refusal::subtensor(
                "TxRateLimitExceeded",
                format!("the children of {hk} on subnet {netuid} changed at block #{last}; the next change may land from block #{next} (this one would land in #{lands})"),
                format!("retry in {} blocks", next - lands),
            )
            .into());
        }
        if netuid == 0 {
            return Err(Refusal::subtensor(
                "RegistrationNotPermittedOnRootSubnet",
                "the root subnet has no child hotkeys",
                "give a subnet other than 0",
            )
            .into());
        }
        if !exists {
            return Err(Refusal::no_subnet(netuid).into());
        }
        if owner.as_ref() != Some(coldkey) {
            return Err(Refusal::subtensor(
                "NonAssociatedColdKey",
                format!("the hotkey {hk} is not owned by this coldkey"),
                "sign with the hotkey owner's wallet (`--wallet-name`)",
            )
            .into());
        }
        check_children(hotkey, children, &s.parents)?;
        if !children.is_empty() && threshold > 0 {
            let below = if owner_hot == Some(*hotkey) {
                false
            } else {
                let value = match stake {
                    Some(v) => v,
                    None => *stake.insert(stake_value(tc, hotkey).await?),
                };
                value < u128::from(threshold)
            };
            if below {
                return Err(Refusal::subtensor(
                    "NotEnoughStakeToSetChildkeys",
                    format!(
                        "the stake of {hk} is below the chain's threshold of {}",
                        crate::units::display_tao(threshold)
                    ),
                    "stake more on the hotkey first",
                )
                .into());
            }
        }
        calls.push(Call::new(
            md,
            PALLET,
            "set_children",
            vec![
                ("hotkey", arg_account(hotkey)),
                ("netuid", arg_u16(netuid)),
                (
                    "children",
                    Value::unnamed_composite(children.iter().map(|(p, c)| {
                        Value::unnamed_composite([Value::u128(u128::from(*p)), arg_account(c)])
                    })),
                ),
            ],
        )?);
        lines.push((
            format!("subnet {netuid}"),
            if children.is_empty() {
                format!("revoke {} child(ren)", s.children.len())
            } else {
                children
                    .iter()
                    .map(|(p, c)| format!("{} × {}", fraction(*p), crate::ss58::encode_default(c)))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ));
    }
    lines.push((
        "applies".into(),
        format!("after a cooldown of {cooldown} blocks (from block #{}), at the subnet's first epoch after it", lands + cooldown),
    ));
    let call = Call::batch_all(md, calls)?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "hotkey": hk,
            "netuids": netuids,
            "children": relations_json(children),
            "revoke": children.is_empty(),
            "cooldown_blocks": cooldown,
            "cooldown_ends_block": lands + cooldown,
            "before": states.iter().map(state_json).collect::<Vec<_>>(),
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan `set_childkey_take(hotkey, netuid, take)` on each of `netuids`.
pub async fn plan_set_take(
    tc: &TxChain,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
    netuids: &[u16],
    take: u16,
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let lands = tc.pinned_number().await? + 1;
    let hk = crate::ss58::encode_default(hotkey);
    let base = tc
        .chain
        .storage(&[
            StorageQuery::new(PALLET, "Owner", vec![arg_account(hotkey)]),
            StorageQuery::new(PALLET, "MinChildkeyTake", vec![]),
            StorageQuery::new(PALLET, "MaxChildkeyTake", vec![]),
            StorageQuery::new(PALLET, "TxChildkeyTakeRateLimit", vec![]),
        ])
        .await?;
    let owner = base[0].as_ref().map(account).transpose()?;
    let min = base[1].as_ref().map(u16_of).transpose()?.unwrap_or(0);
    let max = base[2].as_ref().map(u16_of).transpose()?.unwrap_or(11_796);
    let limit = base[3].as_ref().map(u64_of).transpose()?.unwrap_or(0);
    if owner.as_ref() != Some(coldkey) {
        return Err(Refusal::subtensor(
            "NonAssociatedColdKey",
            format!("the hotkey {hk} is not owned by this coldkey"),
            "sign with the hotkey owner's wallet (`--wallet-name`)",
        )
        .into());
    }
    let shown = |t: u16| crate::chain::fixed::u16_fraction(t, 6);
    if take < min || take > max {
        return Err(Refusal::subtensor(
            "InvalidChildkeyTake",
            format!(
                "the take {} is outside the chain's bounds {} to {}",
                shown(take),
                shown(min),
                shown(max)
            ),
            format!("give a take from {} to {}", shown(min), shown(max)),
        )
        .into());
    }
    let states = child_states(&tc.chain, hotkey, netuids).await?;
    let mut calls = Vec::new();
    let mut lines = Vec::new();
    let facts = per_subnet(tc, hotkey, netuids, TX_SET_CHILDKEY_TAKE).await?;
    for (s, (last, _, _)) in states.iter().zip(facts) {
        if take > s.take && last != 0 && lands.saturating_sub(last) < limit {
            let next = last + limit;
            return Err(Refusal::subtensor(
                "TxChildkeyTakeRateLimitExceeded",
                format!("the childkey take of {hk} on subnet {} changed at block #{last}; an increase may land from block #{next} (this one would land in #{lands})", s.netuid),
                format!("retry in {} blocks, or lower the take instead", next - lands),
            )
            .into());
        }
        calls.push(Call::new(
            md,
            PALLET,
            "set_childkey_take",
            vec![
                ("hotkey", arg_account(hotkey)),
                ("netuid", arg_u16(s.netuid)),
                ("take", Value::u128(u128::from(take))),
            ],
        )?);
        lines.push((
            format!("subnet {}", s.netuid),
            format!("take {} → {}", shown(s.take), shown(take)),
        ));
    }
    let call = Call::batch_all(md, calls)?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "hotkey": hk,
            "netuids": netuids,
            "take": shown(take),
            "take_u16": take,
            "before": states.iter().map(|s| json!({ "netuid": s.netuid, "take": shown(s.take), "take_u16": s.take })).collect::<Vec<_>>(),
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proportions_scale_to_u64_and_may_not_exceed_one() {
        assert_eq!(proportions(&[1_000_000_000]).unwrap(), vec![u64::MAX]);
        assert_eq!(proportions(&[500_000_000]).unwrap(), vec![u64::MAX / 2]);
        assert_eq!(
            proportions(&[600_000_000, 500_000_000]).unwrap_err().name,
            "ProportionOverflow"
        );
        assert_eq!(fraction(u64::MAX / 2), "0.499999999");
        assert_eq!(fraction(u64::MAX), "1");
    }

    #[test]
    fn children_lists_follow_the_chains_rules() {
        let (me, a, b) = ([1u8; 32], [2u8; 32], [3u8; 32]);
        assert!(check_children(&me, &[(1, a), (2, b)], &[]).is_ok());
        assert_eq!(
            check_children(&me, &[(1, a), (2, a)], &[])
                .unwrap_err()
                .name,
            "DuplicateChild"
        );
        assert_eq!(
            check_children(&me, &[(1, me)], &[]).unwrap_err().name,
            "InvalidChild"
        );
        assert_eq!(
            check_children(&me, &[(1, a)], &[(5, a)]).unwrap_err().name,
            "ChildParentInconsistency"
        );
        let six: Vec<Relation> = (0..6u8).map(|i| (1, [10 + i; 32])).collect();
        assert_eq!(
            check_children(&me, &six, &[]).unwrap_err().name,
            "TooManyChildren"
        );
        assert_eq!(
            check_children(&me, &[(u64::MAX, a), (1, b)], &[])
                .unwrap_err()
                .name,
            "ProportionOverflow"
        );
    }
}
