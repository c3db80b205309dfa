//! `SubtensorModule.set_weights`, signed by the hotkey, after the guards of chain.md §3.3 in the
//! chain's order (weights.rs:755-860), read at the pinned block.

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{account, bool_of, items, u16_of, u64_of};
use crate::yuma::WeightRow;

const PALLET: &str = "SubtensorModule";

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

fn u64_or(v: &Option<crate::chain::value::Val>, default: u64) -> Result<u64, PlanError> {
    Ok(match v {
        Some(x) => u64_of(x)?,
        None => default,
    })
}

/// The stake weight the chain compares with `StakeThreshold`: the hotkey's α on the subnet
/// plus its root stake × `TaoWeight / u64::MAX` (floored).
pub fn stake_weight(alpha: u64, root: u64, tao_weight: u64) -> u128 {
    let root_part = u128::from(root) * u128::from(tao_weight) / u128::from(u64::MAX);
    u128::from(alpha) + root_part
}

/// Whether the rate limit passes for a neuron last updated at `last`, for a transaction in
/// block `next`: a uid that never set weights passes, else `next − last ≥ limit`.
pub fn rate_limit_passes(last: u64, next: u64, limit: u64) -> bool {
    last == 0 || next.saturating_sub(last) >= limit
}

/// Plan `set_weights(netuid, row, version_key)` signed by `hotkey`. `version_key` defaults to
/// the subnet's `WeightsVersionKey`.
pub async fn plan_set(
    tc: &TxChain,
    hotkey: &[u8; 32],
    netuid: u16,
    row: &WeightRow,
    version_key: Option<u64>,
) -> Result<Plan, PlanError> {
    if netuid == 0 {
        return Err(Refusal::subtensor(
            "CanNotSetRootNetworkWeights",
            "weights cannot be set on the root subnet (0)",
            "set weights on a subnet above 0",
        )
        .into());
    }
    let n16 = arg_u16(netuid);
    let q = [
        StorageQuery::new(PALLET, "NetworksAdded", vec![n16.clone()]),
        StorageQuery::new(PALLET, "CommitRevealWeightsEnabled", vec![n16.clone()]),
        StorageQuery::new(PALLET, "SubnetworkN", vec![n16.clone()]),
        StorageQuery::new(PALLET, "Uids", vec![n16.clone(), arg_account(hotkey)]),
        StorageQuery::new(PALLET, "StakeThreshold", vec![]),
        StorageQuery::new(
            PALLET,
            "TotalHotkeyAlpha",
            vec![arg_account(hotkey), n16.clone()],
        ),
        StorageQuery::new(
            PALLET,
            "TotalHotkeyAlpha",
            vec![arg_account(hotkey), arg_u16(0)],
        ),
        StorageQuery::new(PALLET, "TaoWeight", vec![]),
        StorageQuery::new(PALLET, "WeightsVersionKey", vec![n16.clone()]),
        StorageQuery::new(PALLET, "WeightsSetRateLimit", vec![n16.clone()]),
        StorageQuery::new(PALLET, "LastUpdate", vec![n16.clone()]),
        StorageQuery::new(PALLET, "ValidatorPermit", vec![n16.clone()]),
        StorageQuery::new(PALLET, "SubnetOwnerHotkey", vec![n16.clone()]),
        StorageQuery::new(PALLET, "MinAllowedWeights", vec![n16.clone()]),
        StorageQuery::new(PALLET, "MaxWeightsLimit", vec![n16]),
    ];
    let v = tc.chain.storage(&q).await?;
    let exists = match &v[0] {
        Some(b) => bool_of(b)?,
        None => false,
    };
    if !exists {
        return Err(Refusal::subtensor(
            "MechanismDoesNotExist",
            format!("there is no subnet {netuid}"),
            "list the subnets with `tao subnets list`",
        )
        .into());
    }
    let commit_reveal = match &v[1] {
        Some(b) => bool_of(b)?,
        None => true,
    };
    if commit_reveal {
        return Err(Refusal::subtensor(
            "CommitRevealEnabled",
            format!("subnet {netuid} has commit-reveal on; set_weights is refused there"),
            "weights on this subnet must be committed and revealed",
        )
        .into());
    }
    let n = u64_or(&v[2], 0)?;
    if row.uids.len() as u64 > n {
        return Err(Refusal::subtensor(
            "UidsLengthExceedUidsInSubNet",
            format!(
                "{} uids were given but subnet {netuid} has {n} neurons",
                row.uids.len()
            ),
            "give at most one weight per neuron of the subnet",
        )
        .into());
    }
    let Some(uid) = v[3].as_ref().map(u16_of).transpose()? else {
        return Err(Refusal::subtensor(
            "HotKeyNotRegisteredInSubNet",
            format!("the hotkey {} is not registered on subnet {netuid}", ss58(hotkey)),
            "register it with `tao subnets register`, or pick the registered hotkey with `--hotkey NAME`",
        )
        .into());
    };
    let threshold = u64_or(&v[4], 0)?;
    let (alpha, root, tao_weight) = (u64_or(&v[5], 0)?, u64_or(&v[6], 0)?, u64_or(&v[7], 0)?);
    let weight = stake_weight(alpha, root, tao_weight);
    if weight < u128::from(threshold) {
        return Err(Refusal::subtensor(
            "NotEnoughStakeToSetWeights",
            format!(
                "uid {uid} has a stake weight of {weight} rao, below the threshold of {threshold} rao"
            ),
            "stake more on this hotkey (`tao stake add`)",
        )
        .into());
    }
    let required = u64_or(&v[8], 0)?;
    let version_key = version_key.unwrap_or(required);
    if required != 0 && version_key < required {
        return Err(Refusal::subtensor(
            "IncorrectWeightVersionKey",
            format!("the version key {version_key} is below the subnet's {required}"),
            format!("pass `--version-key {required}` or leave it out"),
        )
        .into());
    }
    let limit = u64_or(&v[9], 100)?;
    let last_updates: Vec<u64> = match &v[10] {
        Some(l) => items(l)?
            .into_iter()
            .map(u64_of)
            .collect::<Result<_, _>>()?,
        None => Vec::new(),
    };
    let last = last_updates.get(usize::from(uid)).copied().unwrap_or(0);
    let next = tc.pinned_number().await? + 1;
    if !rate_limit_passes(last, next, limit) {
        return Err(Refusal::subtensor(
            "SettingWeightsTooFast",
            format!(
                "uid {uid} set weights at block {last}; the rate limit is {limit} blocks, so block {} is the first allowed (the next is {next})",
                last + limit
            ),
            format!("wait {} blocks and retry", (last + limit).saturating_sub(next)),
        )
        .into());
    }
    let permits: Vec<bool> = match &v[11] {
        Some(l) => items(l)?
            .into_iter()
            .map(bool_of)
            .collect::<Result<_, _>>()?,
        None => Vec::new(),
    };
    let permit = permits.get(usize::from(uid)).copied().unwrap_or(false);
    let owner_uid = match &v[12] {
        Some(o) => {
            let owner = account(o)?;
            let r = tc
                .chain
                .storage(&[StorageQuery::new(
                    PALLET,
                    "Uids",
                    vec![arg_u16(netuid), arg_account(&owner)],
                )])
                .await?;
            r[0].as_ref().map(u16_of).transpose()?
        }
        None => None,
    };
    let self_weight = row.uids.len() == 1 && row.uids[0] == uid;
    if !(self_weight || permit || owner_uid == Some(uid)) {
        return Err(Refusal::subtensor(
            "NeuronNoValidatorPermit",
            format!("uid {uid} has no validator permit on subnet {netuid}"),
            "only validators set weights on other neurons; a neuron without a permit may only weight itself",
        )
        .into());
    }
    if let Some(bad) = row.uids.iter().find(|u| u64::from(**u) >= n) {
        return Err(Refusal::subtensor(
            "UidVecContainInvalidOne",
            format!(
                "uid {bad} does not exist on subnet {netuid} (it has uids 0 to {})",
                n.saturating_sub(1)
            ),
            "list the neurons with `tao subnets metagraph`",
        )
        .into());
    }
    let min = u64_or(&v[13], 1)?.min(n);
    if !self_weight && (row.uids.len() as u64) < min {
        return Err(Refusal::subtensor(
            "WeightVecLengthIsLow",
            format!(
                "{} weights were given; subnet {netuid} needs at least {min}",
                row.uids.len()
            ),
            "weight more uids",
        )
        .into());
    }
    let max = u64_or(&v[14], u64::from(u16::MAX))?;
    if !self_weight
        && max < u64::from(u16::MAX)
        && row.stored.iter().any(|(_, w)| u64::from(*w) > max)
    {
        return Err(Refusal::subtensor(
            "MaxWeightExceeded",
            format!("a weight above the subnet's limit of {max} (of 65535) after upscaling"),
            "spread the weights over more uids",
        )
        .into());
    }
    let md = tc.metadata();
    let vec_u16 =
        |xs: &[u16]| Value::unnamed_composite(xs.iter().map(|x| Value::u128(u128::from(*x))));
    let call = Call::new(
        md,
        PALLET,
        "set_weights",
        vec![
            ("netuid", Value::u128(u128::from(netuid))),
            ("dests", vec_u16(&row.uids)),
            ("weights", vec_u16(&row.submitted)),
            ("version_key", Value::u128(u128::from(version_key))),
        ],
    )?;
    let pairs: Vec<String> = row.stored.iter().map(|(u, w)| format!("{u}:{w}")).collect();
    Ok(Plan {
        call,
        role: KeyRole::Hotkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("uid".into(), uid.to_string()),
            ("weights (uid:u16)".into(), pairs.join(" ")),
            ("version key".into(), version_key.to_string()),
        ],
        details: json!({
            "netuid": netuid,
            "hotkey": ss58(hotkey),
            "uid": uid,
            "uids": row.uids,
            "weights": row.submitted,
            "stored": row.stored.iter().map(|(u, w)| json!([u, w])).collect::<Vec<_>>(),
            "version_key": version_key,
        }),
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_counts_from_the_next_block() {
        assert!(rate_limit_passes(0, 5, 100));
        assert!(!rate_limit_passes(10, 11, 2));
        assert!(rate_limit_passes(10, 12, 2));
    }

    #[test]
    fn stake_weight_adds_the_weighted_root_stake() {
        assert_eq!(stake_weight(7, 0, u64::MAX), 7);
        assert_eq!(stake_weight(7, 100, u64::MAX), 107);
        assert_eq!(stake_weight(7, 100, u64::MAX / 2), 56);
    }
}
