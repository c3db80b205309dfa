//! The guards the chain runs on weights, checked at the pinned block before anything is signed,
//! in the chain's order, each refusing with the chain's own error name.
//!
//! `set_weights` (and the reveal of a timelocked commit, which runs the same checks and drops a
//! row that fails them without an error) checks, in order: the subnet exists and is not root;
//! no more uids than neurons; the hotkey is registered; its stake weight reaches
//! `StakeThreshold`; the version key is not below `WeightsVersionKey`; the rate limit; a
//! validator permit (unless the row only weights the signer itself, or the signer is the
//! subnet owner); every uid exists; at least `MinAllowedWeights` uids; no weight above
//! `MaxWeightsLimit` after the max-upscaling. The v2 commits check that the subnet exists with
//! commit-reveal on and that the hotkey is registered.

use super::{PALLET, WeightsTarget, list, opt_u64, own_stake_queries, proportions, ss58, u64_or};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::extrinsics::{PlanError, Refusal};
use crate::chain::timelock;
use crate::chain::tx::TxChain;
use crate::chain::value::{account, bool_of, u16_of, u64_of};
use crate::yuma::{WeightRow, inherit};

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

/// What the `set_weights` guards passed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SetChecked {
    /// The signer's uid on the subnet.
    pub uid: u16,
    /// The version key to send.
    pub version_key: u64,
    /// Whether the subnet has commit-reveal on (the row is then committed, timelocked).
    pub commit_reveal: bool,
}

/// What the `set_weights` guards read at the pinned block, in one batch, with the chain's
/// defaults for absent values.
struct SetState {
    exists: bool,
    commit_reveal: bool,
    neurons: u64,
    uid: Option<u16>,
    stake_threshold: u64,
    own_alpha: u64,
    own_root: u64,
    tao_weight: u64,
    required_version: u64,
    rate_limit: u64,
    last_updates: Vec<u64>,
    permits: Vec<bool>,
    owner_hotkey: Option<[u8; 32]>,
    /// `MechanismCountCurrent` (1 on a chain without mechanisms).
    mechanisms: u8,
    min_weights: u64,
    max_weight: u64,
    children: Vec<(u64, [u8; 32])>,
    parents: Vec<(u64, [u8; 32])>,
}

impl SetState {
    async fn read(
        tc: &TxChain,
        hotkey: &[u8; 32],
        target: WeightsTarget,
    ) -> Result<SetState, PlanError> {
        let netuid = target.netuid;
        let n16 = || arg_u16(netuid);
        let per_subnet = |entry: &str| StorageQuery::new(PALLET, entry, vec![n16()]);
        let stake_on = |n: u16| {
            StorageQuery::new(
                PALLET,
                "TotalHotkeyAlpha",
                vec![arg_account(hotkey), arg_u16(n)],
            )
        };
        let relation =
            |entry: &str| StorageQuery::new(PALLET, entry, vec![arg_account(hotkey), n16()]);
        let q = [
            per_subnet("NetworksAdded"),
            per_subnet("CommitRevealWeightsEnabled"),
            per_subnet("SubnetworkN"),
            StorageQuery::new(PALLET, "Uids", vec![n16(), arg_account(hotkey)]),
            StorageQuery::new(PALLET, "StakeThreshold", vec![]),
            stake_on(netuid),
            stake_on(0),
            StorageQuery::new(PALLET, "TaoWeight", vec![]),
            per_subnet("WeightsVersionKey"),
            per_subnet("WeightsSetRateLimit"),
            StorageQuery::new(PALLET, "LastUpdate", vec![arg_u16(target.index())]),
            per_subnet("ValidatorPermit"),
            per_subnet("SubnetOwnerHotkey"),
            per_subnet("MinAllowedWeights"),
            per_subnet("MaxWeightsLimit"),
            relation("ChildKeys"),
            relation("ParentKeys"),
        ];
        let mut q = q.to_vec();
        let has_mechanisms = tc.chain.has_storage(PALLET, "MechanismCountCurrent");
        if has_mechanisms {
            q.push(per_subnet("MechanismCountCurrent"));
        }
        let v = tc.chain.storage(&q).await?;
        Ok(SetState {
            exists: v[0].as_ref().map(bool_of).transpose()?.unwrap_or(false),
            commit_reveal: v[1].as_ref().map(bool_of).transpose()?.unwrap_or(true),
            neurons: u64_or(&v[2], 0)?,
            uid: v[3].as_ref().map(u16_of).transpose()?,
            stake_threshold: u64_or(&v[4], 0)?,
            own_alpha: u64_or(&v[5], 0)?,
            own_root: u64_or(&v[6], 0)?,
            tao_weight: u64_or(&v[7], 0)?,
            required_version: u64_or(&v[8], 0)?,
            rate_limit: u64_or(&v[9], 100)?,
            last_updates: list(&v[10])?
                .into_iter()
                .map(u64_of)
                .collect::<Result<_, _>>()?,
            permits: list(&v[11])?
                .into_iter()
                .map(bool_of)
                .collect::<Result<_, _>>()?,
            owner_hotkey: v[12].as_ref().map(account).transpose()?,
            mechanisms: if has_mechanisms {
                u8::try_from(u64_or(&v[17], 1)?).unwrap_or(u8::MAX)
            } else {
                1
            },
            min_weights: u64_or(&v[13], 1)?,
            max_weight: u64_or(&v[14], u64::from(u16::MAX))?,
            children: proportions(&v[15])?,
            parents: proportions(&v[16])?,
        })
    }
}

/// Whether the row only weights the signer itself (allowed without a permit, and exempt from
/// the length and weight limits).
fn weights_only_itself(row: &WeightRow, uid: u16) -> bool {
    row.uids.len() == 1 && row.uids[0] == uid
}

/// The mechanism must exist: `mecid` below the subnet's `MechanismCountCurrent` (a chain
/// without mechanisms has only mechanism 0).
pub(super) fn check_mechanism(target: WeightsTarget, count: u8) -> Result<(), Refusal> {
    if target.mecid < count {
        return Ok(());
    }
    let netuid = target.netuid;
    Err(Refusal::subtensor(
        "MechanismDoesNotExist",
        format!(
            "subnet {netuid} has {count} mechanism{} (0 to {}); mechanism {} does not exist",
            if count == 1 { "" } else { "s" },
            count.saturating_sub(1),
            target.mecid
        ),
        format!(
            "pass `--mechid` below {count}; `tao subnets mechanisms show --netuid {netuid}` lists them"
        ),
    ))
}

/// The subnet's `MechanismCountCurrent` at the pinned block (1 where the chain has no
/// mechanisms).
pub(super) async fn mechanism_count(tc: &TxChain, netuid: u16) -> Result<u8, PlanError> {
    if !tc.chain.has_storage(PALLET, "MechanismCountCurrent") {
        return Ok(1);
    }
    let v = tc
        .chain
        .storage(&[StorageQuery::new(
            PALLET,
            "MechanismCountCurrent",
            vec![arg_u16(netuid)],
        )])
        .await?;
    Ok(u8::try_from(u64_or(&v[0], 1)?).unwrap_or(u8::MAX))
}

/// Checks every guard of `set_weights` (or `set_mechanism_weights`) for the hotkey's `row` on
/// the target, in the chain's order. `version_key` defaults to the subnet's
/// `WeightsVersionKey`.
pub(super) async fn check_set(
    tc: &TxChain,
    hotkey: &[u8; 32],
    target: WeightsTarget,
    row: &WeightRow,
    version_key: Option<u64>,
) -> Result<SetChecked, PlanError> {
    let netuid = target.netuid;
    if netuid == 0 {
        return Err(Refusal::subtensor(
            "CanNotSetRootNetworkWeights",
            "weights cannot be set on the root subnet (0)",
            "set weights on a subnet above 0",
        )
        .into());
    }
    let s = SetState::read(tc, hotkey, target).await?;
    if !s.exists {
        return Err(Refusal::subtensor(
            "MechanismDoesNotExist",
            format!("there is no subnet {netuid}"),
            "list the subnets with `tao subnets list`",
        )
        .into());
    }
    check_mechanism(target, s.mechanisms)?;
    if s.commit_reveal {
        check_commit_reveal_version(tc, netuid).await?;
    }
    if row.uids.len() as u64 > s.neurons {
        return Err(Refusal::subtensor(
            "UidsLengthExceedUidsInSubNet",
            format!(
                "{} uids were given but subnet {netuid} has {} neurons",
                row.uids.len(),
                s.neurons
            ),
            "give at most one weight per neuron of the subnet",
        )
        .into());
    }
    let Some(uid) = s.uid else {
        return Err(not_registered(hotkey, netuid).into());
    };
    check_stake(tc, netuid, uid, &s).await?;
    let version_key = version_key.unwrap_or(s.required_version);
    if s.required_version != 0 && version_key < s.required_version {
        return Err(Refusal::subtensor(
            "IncorrectWeightVersionKey",
            format!(
                "the version key {version_key} is below the subnet's {}",
                s.required_version
            ),
            format!(
                "pass `--version-key {}` or leave it out",
                s.required_version
            ),
        )
        .into());
    }
    check_set_rate_limit(tc, uid, &s).await?;
    check_permit(tc, netuid, uid, row, &s).await?;
    check_row(netuid, uid, row, &s)?;
    Ok(SetChecked {
        uid,
        version_key,
        commit_reveal: s.commit_reveal,
    })
}

/// On a commit-reveal subnet, the chain's `CommitRevealWeightsVersion` (where it has one) must
/// be the version tao commits.
async fn check_commit_reveal_version(tc: &TxChain, netuid: u16) -> Result<(), PlanError> {
    if !tc.chain.has_storage(PALLET, "CommitRevealWeightsVersion") {
        return Ok(());
    }
    let r = tc
        .chain
        .storage(&[StorageQuery::new(
            PALLET,
            "CommitRevealWeightsVersion",
            vec![],
        )])
        .await?;
    let ours = u64::from(timelock::COMMIT_REVEAL_VERSION);
    let required = u64_or(&r[0], ours)?;
    if required != ours {
        return Err(Refusal::subtensor(
            "IncorrectCommitRevealVersion",
            format!(
                "subnet {netuid} has commit-reveal on and the chain expects commit-reveal version {required}; tao commits version {ours}"
            ),
            "use a tao release that speaks this commit-reveal version",
        )
        .into());
    }
    Ok(())
}

fn not_registered(hotkey: &[u8; 32], netuid: u16) -> Refusal {
    Refusal::subtensor(
        "HotKeyNotRegisteredInSubNet",
        format!(
            "the hotkey {} is not registered on subnet {netuid}",
            ss58(hotkey)
        ),
        "register it with `tao subnets register`, or pick the registered hotkey with `--hotkey NAME`",
    )
}

/// The stake weight of the hotkey's inherited stakes (own − given to children + from parents)
/// must reach `StakeThreshold`.
async fn check_stake(tc: &TxChain, netuid: u16, uid: u16, s: &SetState) -> Result<(), PlanError> {
    let (alpha, root) = inherited_stakes(
        tc,
        netuid,
        (s.own_alpha, s.own_root),
        &s.children,
        &s.parents,
    )
    .await?;
    let weight = stake_weight(alpha, root, s.tao_weight);
    if weight < u128::from(s.stake_threshold) {
        return Err(Refusal::subtensor(
            "NotEnoughStakeToSetWeights",
            format!(
                "uid {uid} has a stake weight of {weight} rao, below the threshold of {} rao",
                s.stake_threshold
            ),
            "stake more on this hotkey (`tao stake add`)",
        )
        .into());
    }
    Ok(())
}

/// The rate limit, counted from the uid's `LastUpdate` to the block after the pinned one.
async fn check_set_rate_limit(tc: &TxChain, uid: u16, s: &SetState) -> Result<(), PlanError> {
    let (last, limit) = (
        s.last_updates.get(usize::from(uid)).copied().unwrap_or(0),
        s.rate_limit,
    );
    let next = tc.pinned_number().await? + 1;
    if rate_limit_passes(last, next, limit) {
        return Ok(());
    }
    let name = if s.commit_reveal {
        "CommittingWeightsTooFast"
    } else {
        "SettingWeightsTooFast"
    };
    Err(Refusal::subtensor(
        name,
        format!(
            "uid {uid} set or committed weights at block {last}; the rate limit is {limit} blocks, so block {} is the first allowed (the next is {next})",
            last + limit
        ),
        format!("wait {} blocks and retry", (last + limit).saturating_sub(next)),
    )
    .into())
}

/// A validator permit, unless the row only weights the signer or the signer owns the subnet
/// (the owner hotkey's uid is read only here).
async fn check_permit(
    tc: &TxChain,
    netuid: u16,
    uid: u16,
    row: &WeightRow,
    s: &SetState,
) -> Result<(), PlanError> {
    let permit = s.permits.get(usize::from(uid)).copied().unwrap_or(false);
    let owner_uid = match &s.owner_hotkey {
        Some(owner) => {
            let r = tc
                .chain
                .storage(&[StorageQuery::new(
                    PALLET,
                    "Uids",
                    vec![arg_u16(netuid), arg_account(owner)],
                )])
                .await?;
            r[0].as_ref().map(u16_of).transpose()?
        }
        None => None,
    };
    if weights_only_itself(row, uid) || permit || owner_uid == Some(uid) {
        return Ok(());
    }
    Err(Refusal::subtensor(
        "NeuronNoValidatorPermit",
        format!("uid {uid} has no validator permit on subnet {netuid}"),
        "only validators set weights on other neurons; a neuron without a permit may only weight itself",
    )
    .into())
}

/// The row itself: every uid exists, at least `MinAllowedWeights` of them (capped at the
/// neuron count), no stored weight above `MaxWeightsLimit`; a row weighting only the signer is
/// exempt from the last two.
fn check_row(netuid: u16, uid: u16, row: &WeightRow, s: &SetState) -> Result<(), PlanError> {
    let n = s.neurons;
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
    let itself = weights_only_itself(row, uid);
    let min = s.min_weights.min(n);
    if !itself && (row.uids.len() as u64) < min {
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
    let max = s.max_weight;
    if !itself && max < u64::from(u16::MAX) && row.stored.iter().any(|(_, w)| u64::from(*w) > max) {
        return Err(Refusal::subtensor(
            "MaxWeightExceeded",
            format!("a weight above the subnet's limit of {max} (of 65535) after upscaling"),
            "spread the weights over more uids",
        )
        .into());
    }
    Ok(())
}

/// One hotkey's inherited α and root stake on `netuid` from its own stakes and relations; the
/// parents' own stakes are read in one batch when it has parents.
async fn inherited_stakes(
    tc: &TxChain,
    netuid: u16,
    own: (u64, u64),
    children: &[(u64, [u8; 32])],
    parents: &[(u64, [u8; 32])],
) -> Result<(u64, u64), ChainError> {
    let mut from = Vec::with_capacity(parents.len());
    if !parents.is_empty() {
        let q: Vec<StorageQuery> = parents
            .iter()
            .flat_map(|(_, p)| own_stake_queries(p, netuid))
            .collect();
        let r = tc.chain.storage(&q).await?;
        for ((p, _), c) in parents.iter().zip(r.chunks(2)) {
            from.push((*p, opt_u64(&c[0])?, opt_u64(&c[1])?));
        }
    }
    let given = || children.iter().map(|(p, _)| *p);
    Ok((
        inherit::inherited_stake(own.0, given(), from.iter().map(|(p, a, _)| (*p, *a))),
        inherit::inherited_stake(own.1, given(), from.iter().map(|(p, _, t)| (*p, *t))),
    ))
}

/// The guards shared by the v2 commits: the subnet and the mechanism exist, commit-reveal is
/// on, the hotkey is registered. Returns the uid.
pub(super) async fn check_commit(
    tc: &TxChain,
    hotkey: &[u8; 32],
    target: WeightsTarget,
) -> Result<u16, PlanError> {
    let netuid = target.netuid;
    let n16 = arg_u16(netuid);
    let q = [
        StorageQuery::new(PALLET, "NetworksAdded", vec![n16.clone()]),
        StorageQuery::new(PALLET, "CommitRevealWeightsEnabled", vec![n16.clone()]),
        StorageQuery::new(PALLET, "Uids", vec![n16, arg_account(hotkey)]),
    ];
    let v = tc.chain.storage(&q).await?;
    let exists = match &v[0] {
        Some(b) => bool_of(b)?,
        None => false,
    };
    if netuid == 0 || !exists {
        return Err(Refusal::subtensor(
            "SubnetNotExists",
            format!("there is no subnet {netuid} to commit weights on"),
            "list the subnets with `tao subnets list`",
        )
        .into());
    }
    if target.mecid != 0 {
        check_mechanism(target, mechanism_count(tc, netuid).await?)?;
    }
    let cr = match &v[1] {
        Some(b) => bool_of(b)?,
        None => true,
    };
    if !cr {
        return Err(Refusal::subtensor(
            "CommitRevealDisabled",
            format!("subnet {netuid} has commit-reveal off"),
            "set the weights directly with `tao weights set`",
        )
        .into());
    }
    let Some(uid) = v[2].as_ref().map(u16_of).transpose()? else {
        return Err(not_registered(hotkey, netuid).into());
    };
    Ok(uid)
}

/// The v2 commit rate limit: the uid's last update `last` against `limit`, for a commit in
/// block `next`.
pub(super) fn check_commit_rate_limit(
    uid: u16,
    last: u64,
    limit: u64,
    next: u64,
) -> Result<(), Refusal> {
    if rate_limit_passes(last, next, limit) {
        return Ok(());
    }
    Err(Refusal::subtensor(
        "CommittingWeightsTooFast",
        format!(
            "uid {uid} committed or set weights at block {last}; the rate limit is {limit} blocks (the next block is {next})"
        ),
        format!(
            "wait {} blocks and retry",
            (last + limit).saturating_sub(next)
        ),
    ))
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

    #[test]
    fn a_row_of_the_signer_alone_weights_only_itself() {
        let row = |uids: Vec<u16>| WeightRow {
            stored: uids.iter().map(|u| (*u, 65535)).collect(),
            submitted: vec![65535; uids.len()],
            uids,
        };
        assert!(weights_only_itself(&row(vec![3]), 3));
        assert!(!weights_only_itself(&row(vec![4]), 3));
        assert!(!weights_only_itself(&row(vec![3, 4]), 3));
    }
}
