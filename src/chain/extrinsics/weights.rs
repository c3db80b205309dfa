//! `SubtensorModule.set_weights`, signed by the hotkey, after the guards of chain.md §3.3 in the
//! chain's order (weights.rs:755-860), read at the pinned block; on a subnet with commit-reveal
//! on, the same row as a timelocked commit (`commit_timelocked_weights`, commit-reveal v4,
//! timelock.md) that the chain decrypts and applies in the reveal epoch; and the hash commits
//! of commit-reveal v2.

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::read;
use crate::chain::timelock::{self, BeaconClock, WeightsPayload};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, int};
use crate::chain::value::{account, bool_of, items, u16_of, u64_of};
use crate::yuma::{EpochInput, WeightRow, inherit};
use serde_json::Value as Json;
use std::collections::HashMap;

const PALLET: &str = "SubtensorModule";

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

fn u64_or(v: &Option<Val>, default: u64) -> Result<u64, PlanError> {
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

/// Plan the hotkey's weight row on `netuid`, signed by `hotkey`: `set_weights(netuid, row,
/// version_key)` where commit-reveal is off; where it is on, `commit_timelocked_weights` with
/// the row encrypted to the drand round of the reveal epoch ([`plan_timelocked`]). The guards
/// of `set_weights` are checked either way (on the commit path the chain runs them when it
/// reveals, and drops a commit that fails them without an error). `version_key` defaults to the
/// subnet's `WeightsVersionKey`.
pub async fn plan_set(
    tc: &TxChain,
    hotkey: &[u8; 32],
    netuid: u16,
    row: &WeightRow,
    version_key: Option<u64>,
    with_preview: bool,
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
        StorageQuery::new(PALLET, "MaxWeightsLimit", vec![n16.clone()]),
        StorageQuery::new(PALLET, "ChildKeys", vec![arg_account(hotkey), n16.clone()]),
        StorageQuery::new(PALLET, "ParentKeys", vec![arg_account(hotkey), n16]),
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
    if commit_reveal && tc.chain.has_storage(PALLET, "CommitRevealWeightsVersion") {
        let r = tc
            .chain
            .storage(&[StorageQuery::new(
                PALLET,
                "CommitRevealWeightsVersion",
                vec![],
            )])
            .await?;
        let required = u64_or(&r[0], u64::from(timelock::COMMIT_REVEAL_VERSION))?;
        if required != u64::from(timelock::COMMIT_REVEAL_VERSION) {
            return Err(Refusal::subtensor(
                "IncorrectCommitRevealVersion",
                format!(
                    "subnet {netuid} has commit-reveal on and the chain expects commit-reveal version {required}; tao commits version {}",
                    timelock::COMMIT_REVEAL_VERSION
                ),
                "use a tao release that speaks this commit-reveal version",
            )
            .into());
        }
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
    // The chain compares the inherited stake (own − given to children + from parents).
    let (own_alpha, own_root, tao_weight) =
        (u64_or(&v[5], 0)?, u64_or(&v[6], 0)?, u64_or(&v[7], 0)?);
    let (alpha, root) = inherited_stakes(
        tc,
        netuid,
        (own_alpha, own_root),
        &proportions(&v[15])?,
        &proportions(&v[16])?,
    )
    .await?;
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
        let name = if commit_reveal {
            "CommittingWeightsTooFast"
        } else {
            "SettingWeightsTooFast"
        };
        return Err(Refusal::subtensor(
            name,
            format!(
                "uid {uid} set or committed weights at block {last}; the rate limit is {limit} blocks, so block {} is the first allowed (the next is {next})",
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
    let pairs: Vec<String> = row.stored.iter().map(|(u, w)| format!("{u}:{w}")).collect();
    let mut lines = vec![
        ("subnet".into(), netuid.to_string()),
        ("uid".into(), uid.to_string()),
        ("weights (uid:u16)".into(), pairs.join(" ")),
        ("version key".into(), version_key.to_string()),
    ];
    let mut details = json!({
            "netuid": netuid,
            "hotkey": ss58(hotkey),
            "uid": uid,
            "uids": row.uids,
            "weights": row.submitted,
            "stored": row.stored.iter().map(|(u, w)| json!([u, w])).collect::<Vec<_>>(),
            "version_key": version_key,
    });
    let call = if commit_reveal {
        let payload = WeightsPayload {
            hotkey: *hotkey,
            uids: row.uids.clone(),
            values: row.submitted.clone(),
            version_key,
        };
        let t = plan_timelocked(tc, hotkey, netuid, uid, &payload).await?;
        lines.insert(
            0,
            (
                "path".into(),
                "commit_timelocked_weights (commit-reveal v4: encrypted to a drand round, revealed by the chain)".into(),
            ),
        );
        lines.push((
            "reveal".into(),
            format!(
                "drand round {}, aimed at block #{} (3 blocks into the reveal epoch that starts at #{}); the chain applies the weights when it reveals them, and they first count in the epoch at about block #{}",
                t.schedule.round,
                t.schedule.target_block,
                t.schedule.first_reveal_block,
                t.schedule.first_reveal_block + t.schedule.epoch_length
            ),
        ));
        details["path"] = json!("commit_timelocked_weights");
        details["reveal_round"] = json!(t.schedule.round);
        details["commit_reveal_version"] = json!(timelock::COMMIT_REVEAL_VERSION);
        details["reveal"] = t.json();
        Call::new(
            md,
            PALLET,
            "commit_timelocked_weights",
            vec![
                ("netuid", Value::u128(u128::from(netuid))),
                ("commit", Value::from_bytes(&t.commit)),
                ("reveal_round", Value::u128(u128::from(t.schedule.round))),
                (
                    "commit_reveal_version",
                    Value::u128(u128::from(timelock::COMMIT_REVEAL_VERSION)),
                ),
            ],
        )?
    } else {
        details["path"] = json!("set_weights");
        Call::new(
            md,
            PALLET,
            "set_weights",
            vec![
                ("netuid", Value::u128(u128::from(netuid))),
                ("dests", vec_u16(&row.uids)),
                ("weights", vec_u16(&row.submitted)),
                ("version_key", Value::u128(u128::from(version_key))),
            ],
        )?
    };
    if with_preview {
        let (mut p, more) = preview_set(tc, netuid, uid, row).await?;
        lines.extend(more);
        if commit_reveal && let Json::Object(m) = &mut p {
            let note = "commit-reveal is on: the row takes effect when the chain reveals it in the reveal epoch; the preview runs the next epoch on the current state as if the row were set now";
            lines.push(("preview note".into(), note.into()));
            m.insert("note".into(), json!(note));
        }
        details["preview"] = p;
    }
    Ok(Plan {
        call,
        role: KeyRole::Hotkey,
        lines,
        details,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Seconds per block that the reveal-round estimate assumes (subtensor's 12 s slots, as
/// bittensor-drand's `block_time`).
pub const BLOCK_SECONDS: u64 = 12;
/// Blocks into the reveal epoch that the reveal round aims at (bittensor-drand's
/// `SECURITY_BLOCK_OFFSET`, timelock.md §7).
pub const REVEAL_OFFSET_BLOCKS: u64 = 3;
/// Most timelocked commits a hotkey may have queued in one epoch.
pub const MAX_UNREVEALED_COMMITS: usize = 10;

/// What the chain's epoch schedule and beacon say at the pinned block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevealInputs {
    /// The pinned block, whose time `now_secs` is.
    pub pinned_block: u64,
    /// The block the commit is expected in: the block after the node's best block (the pinned
    /// block is the finalized one, which may be a few blocks behind).
    pub inclusion_block: u64,
    /// The block at which the subnet's next epoch runs.
    pub next_epoch_block: u64,
    /// Blocks per epoch: `Tempo` (stateful schedule) or `Tempo + 1` (legacy schedule).
    pub epoch_length: u64,
    /// `RevealPeriodEpochs`.
    pub reveal_period: u64,
    /// The chain's time at the pinned block, Unix seconds.
    pub now_secs: u64,
    /// `Drand.LastStoredRound` at the pinned block.
    pub last_stored_round: u64,
    /// The beacon's genesis time and period (`Drand.BeaconConfig`).
    pub clock: BeaconClock,
}

/// The reveal round and the blocks it was chosen from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevealSchedule {
    /// The drand round the commit is encrypted to.
    pub round: u64,
    /// Whether the next epoch runs in the commit's own block (the commit then belongs to it).
    pub commit_in_next_epoch: bool,
    /// The first block of the reveal epoch.
    pub first_reveal_block: u64,
    /// The block the round is aimed at: the reveal epoch's first block + 3.
    pub target_block: u64,
    /// The last block of the reveal epoch.
    pub last_reveal_block: u64,
    /// Blocks per epoch.
    pub epoch_length: u64,
    /// The newest round the beacon is expected to have stored by the last reveal block.
    pub latest_round_by_end: u64,
}

/// Chooses `reveal_round` as timelock.md §7 says: the reveal epoch's first block from the
/// epoch schedule, plus 3 blocks, converted to a time at 12 s per block from the chain's
/// clock, then `max(1, floor((time − genesis) / period))`. Refuses when the round is already
/// stored (the weights would be public at once; the chain rejects rounds below
/// `LastStoredRound` as `InvalidRevealRound`), or when the beacon, at its stored pace, would not
/// reach it before the reveal epoch ends (the chain would drop the commit).
pub fn choose_reveal_round(i: &RevealInputs) -> Result<RevealSchedule, Refusal> {
    let len = i.epoch_length.max(1);
    let commit_in_next_epoch = i.next_epoch_block <= i.inclusion_block.max(i.pinned_block + 1);
    let epochs_ahead = if commit_in_next_epoch {
        i.reveal_period.max(1)
    } else {
        i.reveal_period.max(1) - 1
    };
    let first_reveal_block = i.next_epoch_block + epochs_ahead * len;
    let target_block = first_reveal_block + REVEAL_OFFSET_BLOCKS;
    let last_reveal_block = first_reveal_block + len - 1;
    let secs = (target_block - i.pinned_block) * BLOCK_SECONDS;
    let round = i.clock.reveal_round_at(i.now_secs + secs);
    let stored_at = i.clock.round_time(i.last_stored_round);
    let latest_round_by_end = i
        .clock
        .latest_round_at(stored_at + (last_reveal_block - i.pinned_block) * BLOCK_SECONDS);
    if i.last_stored_round == 0 {
        return Err(Refusal::new(
            "Drand",
            "NoPulses",
            "the chain has stored no drand pulse (`Drand.LastStoredRound` is 0), so it could never reveal a timelocked commit",
            "commit-reveal v4 needs the chain's drand beacon; on a chain without it use `tao weights commit` (v2)",
        ));
    }
    if round <= i.last_stored_round {
        return Err(Refusal::subtensor(
            "InvalidRevealRound",
            format!(
                "the reveal round {round} (aimed at block #{target_block}) is not after the chain's last stored drand round {}: the chain's clock ({} s) is behind its beacon, and the weights would be readable at once",
                i.last_stored_round, i.now_secs
            ),
            "check the node's clock and sync state, then retry",
        ));
    }
    if round > latest_round_by_end {
        return Err(Refusal::new(
            "tao",
            "RevealRoundUnreachable",
            format!(
                "the reveal round {round} is after round {latest_round_by_end}, the newest the chain's beacon (last stored round {}) would have stored by block #{last_reveal_block}, when the reveal epoch ends: the chain would drop the commit",
                i.last_stored_round
            ),
            "the chain's drand pulses lag its clock; retry when `Drand.LastStoredRound` has caught up",
        ));
    }
    Ok(RevealSchedule {
        round,
        commit_in_next_epoch,
        first_reveal_block,
        target_block,
        last_reveal_block,
        epoch_length: len,
        latest_round_by_end,
    })
}

/// A timelocked commit ready to sign.
#[derive(Debug, Clone)]
pub struct Timelocked {
    /// The ciphertext (`commit`).
    pub commit: Vec<u8>,
    /// The reveal round and blocks.
    pub schedule: RevealSchedule,
    /// The epoch index the commit is queued under.
    pub commit_epoch: u64,
    /// Where the pinned block's time came from.
    pub clock_source: &'static str,
    /// `Drand.LastStoredRound` at the pinned block.
    pub last_stored_round: u64,
}

impl Timelocked {
    /// `data.details.reveal`.
    pub fn json(&self) -> Json {
        let s = &self.schedule;
        json!({
            "round": s.round,
            "first_block": s.first_reveal_block,
            "target_block": s.target_block,
            "last_block": s.last_reveal_block,
            "epoch_length": s.epoch_length,
            "commit_epoch": self.commit_epoch,
            "effective_epoch_block": s.first_reveal_block + s.epoch_length,
            "last_stored_round": self.last_stored_round,
            "latest_round_by_end": s.latest_round_by_end,
            "clock": self.clock_source,
            "commit_bytes": self.commit.len(),
        })
    }
}

/// The commit-reveal v4 part of [`plan_set`], after the `set_weights` guards passed: the
/// unrevealed-commit limit, the beacon (`Drand.BeaconConfig`, checked against the stored pulse
/// of `LastStoredRound`), the reveal round ([`choose_reveal_round`]), the size limit, and the
/// encryption of `payload`.
pub async fn plan_timelocked(
    tc: &TxChain,
    hotkey: &[u8; 32],
    netuid: u16,
    uid: u16,
    payload: &WeightsPayload,
) -> Result<Timelocked, PlanError> {
    let chain = &tc.chain;
    if !chain.has_storage("Drand", "BeaconConfig") {
        return Err(Refusal::new(
            "Drand",
            "BeaconConfig",
            "the chain has no `Drand.BeaconConfig`, so tao cannot encrypt to its beacon",
            "commit with `tao weights commit` (v2) where the chain has no drand pallet",
        )
        .into());
    }
    let len = payload.commit_len();
    if len > timelock::MAX_COMMIT_LEN {
        return Err(Refusal::new(
            "tao",
            "CommitTooLarge",
            format!(
                "the encrypted row of {} weights is {len} bytes; the chain takes at most {} (MAX_CRV3_COMMIT_SIZE_BYTES)",
                payload.uids.len(),
                timelock::MAX_COMMIT_LEN
            ),
            "weight at most 1177 uids (leave out the zero weights)",
        )
        .into());
    }
    let pinned = tc.pinned_number().await?;
    let (next, _) = read::next_epoch(chain, netuid).await?;
    let Some(next) = next else {
        return Err(Refusal::new(
            "tao",
            "NoEpochSchedule",
            format!(
                "subnet {netuid} has no next epoch (tempo 0), so a commit would never be revealed"
            ),
            "commit on a subnet that runs epochs",
        )
        .into());
    };
    let scheduled = chain.has_storage(PALLET, "LastEpochBlock");
    let has_index = chain.has_storage(PALLET, "SubnetEpochIndex");
    let has_clock = chain.has_storage("Timestamp", "Now");
    let n16 = || vec![arg_u16(netuid)];
    let mut q = vec![
        StorageQuery::new(PALLET, "Tempo", n16()),
        StorageQuery::new(PALLET, "RevealPeriodEpochs", n16()),
        StorageQuery::new("Drand", "BeaconConfig", vec![]),
        StorageQuery::new("Drand", "LastStoredRound", vec![]),
    ];
    if has_index {
        q.push(StorageQuery::new(PALLET, "SubnetEpochIndex", n16()));
    }
    if has_clock {
        q.push(StorageQuery::new("Timestamp", "Now", vec![]));
    }
    let v = chain.storage(&q).await?;
    let tempo = u64_or(&v[0], 360)?;
    let reveal_period = u64_or(&v[1], 1)?;
    let config = v[2]
        .as_ref()
        .ok_or_else(|| ChainError::decode("Drand.BeaconConfig", "no value"))?;
    let public_key = crate::chain::value::bytes(crate::chain::value::field(config, "public_key")?)?;
    let clock = BeaconClock {
        genesis_time: u64_of(crate::chain::value::field(config, "genesis_time")?)?,
        period: u64_of(crate::chain::value::field(config, "period")?)?,
    };
    let last_stored_round = u64_or(&v[3], 0)?;
    let mut k = 4;
    let index_now = if has_index {
        k += 1;
        Some(u64_or(&v[k - 1], 0)?)
    } else {
        None
    };
    let (now_secs, clock_source) = if has_clock {
        (u64_or(&v[k], 0)? / 1000, "Timestamp.Now")
    } else {
        (clock.round_time(last_stored_round), "Drand.LastStoredRound")
    };
    let epoch_length = if scheduled { tempo } else { tempo + 1 };
    let inclusion = tc.best_number().await?.max(pinned) + 1;
    let schedule = choose_reveal_round(&RevealInputs {
        pinned_block: pinned,
        inclusion_block: inclusion,
        next_epoch_block: next.block,
        epoch_length,
        reveal_period,
        now_secs,
        last_stored_round,
        clock,
    })?;
    // The stored pulse must verify under the configured key, or no commit could be revealed.
    let pulse = chain
        .storage(&[StorageQuery::new(
            "Drand",
            "Pulses",
            vec![crate::chain::client::arg_u64(last_stored_round)],
        )])
        .await?;
    if let Some(p) = &pulse[0] {
        let sig = crate::chain::value::bytes(crate::chain::value::field(p, "signature")?)?;
        if let Err(e) = timelock::verify_round(&public_key, last_stored_round, &sig) {
            return Err(Refusal::new(
                "Drand",
                "BeaconConfig",
                format!(
                    "the chain's stored pulse of round {last_stored_round} does not verify under `Drand.BeaconConfig`'s public key ({e}); a commit encrypted to that key might never be revealed"
                ),
                "report the chain's beacon configuration; commit with `tao weights commit` (v2) meanwhile",
            )
            .into());
        }
    }
    // The queue the commit joins: the epoch index in the inclusion block.
    let commit_epoch = match index_now {
        Some(i) => i + u64::from(schedule.commit_in_next_epoch),
        None => (inclusion + u64::from(netuid) + 1) / (tempo + 1),
    };
    let queued = chain
        .storage(&[StorageQuery::new(
            PALLET,
            "TimelockedWeightCommits",
            vec![arg_u16(netuid), crate::chain::client::arg_u64(commit_epoch)],
        )])
        .await?;
    let mine = v4_queue(&queued[0])?
        .iter()
        .filter(|(h, _)| h == hotkey)
        .count();
    if mine >= MAX_UNREVEALED_COMMITS {
        return Err(Refusal::subtensor(
            "TooManyUnrevealedCommits",
            format!(
                "uid {uid} already has {mine} timelocked commits queued on subnet {netuid} in epoch {commit_epoch} (at most {MAX_UNREVEALED_COMMITS})"
            ),
            "wait for the next epoch",
        )
        .into());
    }
    let commit =
        timelock::encrypt(&public_key, schedule.round, &payload.encode()).map_err(|e| {
            Refusal::new(
                "Drand",
                "BeaconConfig",
                format!("cannot encrypt to the chain's beacon: {e}"),
                "the chain's `Drand.BeaconConfig` must hold a 96-byte G2 public key",
            )
        })?;
    Ok(Timelocked {
        commit,
        schedule,
        commit_epoch,
        clock_source,
        last_stored_round,
    })
}

fn opt_u64(v: &Option<Val>) -> Result<u64, ChainError> {
    v.as_ref().map(u64_of).transpose().map(|x| x.unwrap_or(0))
}

fn opt_bool(v: &Option<Val>) -> Result<bool, ChainError> {
    v.as_ref()
        .map(bool_of)
        .transpose()
        .map(|x| x.unwrap_or(false))
}

fn opt_u16(v: &Option<Val>) -> Result<u16, ChainError> {
    v.as_ref().map(u16_of).transpose().map(|x| x.unwrap_or(0))
}

fn list(x: &Option<Val>) -> Result<Vec<&Val>, ChainError> {
    match x {
        Some(l) => items(l),
        None => Ok(Vec::new()),
    }
}

fn sparse_row(v: &Option<Val>, n: u16) -> Result<Vec<(u16, u16)>, ChainError> {
    let Some(v) = v else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for pair in items(v)? {
        let t = items(pair)?;
        if t.len() != 2 {
            return Err(ChainError::decode("a (u16, u16) pair", t.len()));
        }
        let (j, w) = (u16_of(t[0])?, u16_of(t[1])?);
        if j < n {
            out.push((j, w));
        }
    }
    Ok(out)
}

/// The `ActivityCutoffFactorMilli` whose cutoff `max(1, floor(factor × tempo / 1000))` equals a
/// legacy `ActivityCutoff` of `blocks` (exact while tempo < 1000).
pub fn legacy_cutoff_factor(blocks: u64, tempo: u16) -> u64 {
    if tempo == 0 {
        return 0;
    }
    (blocks * 1000).div_ceil(u64::from(tempo))
}

/// A pool accumulated over `elapsed` blocks, extrapolated at the same rate over `remaining`
/// more blocks.
pub fn extrapolate(pool: u64, elapsed: u64, remaining: u64) -> u64 {
    if elapsed == 0 {
        return pool;
    }
    let extra = u128::from(pool) * u128::from(remaining) / u128::from(elapsed);
    u64::try_from(u128::from(pool) + extra).unwrap_or(u64::MAX)
}

/// `TotalHotkeyAlpha` of a hotkey on `netuid` and on root.
fn own_stake_queries(hotkey: &[u8; 32], netuid: u16) -> [StorageQuery; 2] {
    [netuid, 0].map(|n| {
        StorageQuery::new(
            PALLET,
            "TotalHotkeyAlpha",
            vec![arg_account(hotkey), arg_u16(n)],
        )
    })
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

/// A `ChildKeys`/`ParentKeys` value: `(proportion, hotkey)` pairs (absent = none).
fn proportions(v: &Option<Val>) -> Result<Vec<(u64, [u8; 32])>, ChainError> {
    list(v)?
        .into_iter()
        .map(|pair| match items(pair)?.as_slice() {
            [p, h] => Ok((u64_of(p)?, account(h)?)),
            _ => Err(ChainError::decode(
                "a (u64, AccountId) pair",
                "another shape",
            )),
        })
        .collect()
}

/// The subnet's epoch input (yuma.md §2) as it would be read at `epoch_block`, from the state at
/// the pinned block: the stored weights, bonds, permits and hyperparameters; each hotkey's
/// inherited α and root stake (own stake minus what it gives its children plus what its parents
/// give it, from `ChildKeys`/`ParentKeys` read in the same batch, `tao::yuma::inherit`); the
/// pending pools so far, extrapolated at the same per-block rate from `LastEpochBlock` to
/// `epoch_block`; on commit-reveal subnets each validator's earliest open commit (v2 and
/// timelocked) at `epoch_block`, read in the same batch as the stakes.
pub async fn epoch_input(
    tc: &TxChain,
    netuid: u16,
    epoch_block: u64,
) -> Result<EpochInput, ChainError> {
    let chain = &tc.chain;
    let k = || vec![arg_u16(netuid)];
    // Older runtimes (finney 2026-04) have the legacy `ActivityCutoff` in blocks and no
    // `LastEpochBlock`; the previous epoch is then `LastMechansimStepBlock`.
    let factor_milli = chain.has_storage(PALLET, "ActivityCutoffFactorMilli");
    let cutoff_entry = if factor_milli {
        "ActivityCutoffFactorMilli"
    } else {
        "ActivityCutoff"
    };
    let last_epoch_entry = if chain.has_storage(PALLET, "LastEpochBlock") {
        "LastEpochBlock"
    } else {
        "LastMechansimStepBlock"
    };
    let names = [
        "SubnetworkN",
        "Tempo",
        cutoff_entry,
        "LastMechansimStepBlock",
        "LastUpdate",
        "ValidatorPermit",
        "MaxAllowedValidators",
        "CommitRevealWeightsEnabled",
        "Kappa",
        "BondsPenalty",
        "AlphaValues",
        "BondsMovingAverage",
        "Yuma3On",
        "LiquidAlphaOn",
        "AlphaSigmoidSteepness",
        "PendingServerEmission",
        "PendingValidatorEmission",
        "PendingRootAlphaDivs",
        "SubnetOwnerHotkey",
        last_epoch_entry,
    ];
    let mut q: Vec<StorageQuery> = names
        .iter()
        .map(|e| StorageQuery::new(PALLET, e, k()))
        .collect();
    q.push(StorageQuery::new(PALLET, "TaoWeight", vec![]));
    q.push(StorageQuery::new(PALLET, "StakeThreshold", vec![]));
    q.push(StorageQuery::new(PALLET, "RevealPeriodEpochs", k()));
    let has_index = chain.has_storage(PALLET, "SubnetEpochIndex");
    if has_index {
        q.push(StorageQuery::new(PALLET, "SubnetEpochIndex", k()));
    }
    let v = chain.storage(&q).await?;
    let n = opt_u16(&v[0])?;
    let commit_reveal = opt_bool(&v[7])?;
    let nu = usize::from(n);
    let mut last_update: Vec<u64> = list(&v[4])?
        .into_iter()
        .map(u64_of)
        .collect::<Result<_, _>>()?;
    last_update.resize(nu, 0);
    let mut permits: Vec<bool> = list(&v[5])?
        .into_iter()
        .map(bool_of)
        .collect::<Result<_, _>>()?;
    permits.resize(nu, false);
    let (alpha_low, alpha_high) = match &v[10] {
        Some(t) => {
            let t = items(t)?;
            (u16_of(t[0])?, u16_of(t[1])?)
        }
        None => (0, 0),
    };
    let steepness = match &v[14] {
        Some(x) => {
            i16::try_from(int(x)?).map_err(|_| ChainError::decode("an i16", "out of range"))?
        }
        None => 0,
    };
    let pinned = tc.pinned_number().await?;
    let last_epoch = opt_u64(&v[19])?;
    let elapsed = pinned.saturating_sub(last_epoch);
    let remaining = epoch_block.saturating_sub(pinned);
    let server = extrapolate(opt_u64(&v[15])?, elapsed, remaining);
    let validator = extrapolate(opt_u64(&v[16])?, elapsed, remaining);
    let root = extrapolate(opt_u64(&v[17])?, elapsed, remaining);
    let mut per_uid = Vec::new();
    for uid in 0..n {
        per_uid.push(StorageQuery::new(
            PALLET,
            "Keys",
            vec![arg_u16(netuid), arg_u16(uid)],
        ));
        per_uid.push(StorageQuery::new(
            PALLET,
            "BlockAtRegistration",
            vec![arg_u16(netuid), arg_u16(uid)],
        ));
        per_uid.push(StorageQuery::new(
            PALLET,
            "Weights",
            vec![arg_u16(netuid), arg_u16(uid)],
        ));
        per_uid.push(StorageQuery::new(
            PALLET,
            "Bonds",
            vec![arg_u16(netuid), arg_u16(uid)],
        ));
    }
    let u = chain.storage(&per_uid).await?;
    let mut hotkeys = Vec::with_capacity(nu);
    let (mut reg, mut weights, mut bonds) = (Vec::new(), Vec::new(), Vec::new());
    for c in u.chunks(4) {
        hotkeys.push(match &c[0] {
            Some(a) => account(a)?,
            None => [0; 32],
        });
        reg.push(opt_u64(&c[1])?);
        weights.push(sparse_row(&c[2], n)?);
        bonds.push(sparse_row(&c[3], n)?);
    }
    // Own α and root stake plus the child/parent relations of every hotkey, in one batch.
    let mut stake_q = Vec::new();
    for h in &hotkeys {
        stake_q.extend(own_stake_queries(h, netuid));
        for entry in ["ChildKeys", "ParentKeys"] {
            stake_q.push(StorageQuery::new(
                PALLET,
                entry,
                vec![arg_account(h), arg_u16(netuid)],
            ));
        }
    }
    let owner_query = stake_q.len();
    if let Some(o) = &v[18] {
        stake_q.push(StorageQuery::new(
            PALLET,
            "Uids",
            vec![arg_u16(netuid), arg_account(&account(o)?)],
        ));
    }
    // Open commits, in the same batch: each hotkey's v2 queue, and the timelocked queues of the
    // epochs whose commits are not expired at the epoch block.
    let commits_query = stake_q.len();
    let v4_epochs = if commit_reveal {
        let period = match &v[22] {
            Some(x) => u64_of(x)?,
            None => 1,
        };
        let epoch_at_block = if has_index {
            // The epoch block increments the index before the epoch runs.
            opt_u64(&v[23])? + 1
        } else {
            (epoch_block + u64::from(netuid) + 1) / (u64::from(opt_u16(&v[1])?) + 1)
        };
        for h in &hotkeys {
            stake_q.push(StorageQuery::new(
                PALLET,
                "WeightCommits",
                vec![arg_u16(netuid), arg_account(h)],
            ));
        }
        let epochs: Vec<u64> = (epoch_at_block.saturating_sub(period)..=epoch_at_block).collect();
        for e in &epochs {
            stake_q.push(StorageQuery::new(
                PALLET,
                "TimelockedWeightCommits",
                vec![arg_u16(netuid), crate::chain::client::arg_u64(*e)],
            ));
        }
        epochs.len()
    } else {
        0
    };
    let s = chain.storage(&stake_q).await?;
    let commit_blocks = if commit_reveal {
        let v2 = &s[commits_query..commits_query + nu];
        let v4 = &s[commits_query + nu..commits_query + nu + v4_epochs];
        open_commit_blocks(&hotkeys, v2, v4, epoch_block)?
    } else {
        vec![None; nu]
    };
    let mut own: HashMap<[u8; 32], (u64, u64)> = HashMap::new();
    let mut relations = Vec::with_capacity(nu);
    for (h, c) in hotkeys.iter().zip(s[..4 * nu].chunks(4)) {
        own.insert(*h, (opt_u64(&c[0])?, opt_u64(&c[1])?));
        relations.push((proportions(&c[2])?, proportions(&c[3])?));
    }
    let owner_uid = match (v[18].is_some(), s.get(owner_query)) {
        (true, Some(x)) => x.as_ref().map(u16_of).transpose()?,
        _ => None,
    };
    // Parents that are not neurons of the subnet: their own stakes in one more batch, only
    // when there are any.
    let mut missing: Vec<[u8; 32]> = relations
        .iter()
        .flat_map(|(_, parents)| parents.iter().map(|(_, p)| *p))
        .filter(|p| !own.contains_key(p))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        let q: Vec<StorageQuery> = missing
            .iter()
            .flat_map(|p| own_stake_queries(p, netuid))
            .collect();
        let r = chain.storage(&q).await?;
        for (p, c) in missing.iter().zip(r.chunks(2)) {
            own.insert(*p, (opt_u64(&c[0])?, opt_u64(&c[1])?));
        }
    }
    let mut alpha_stake = Vec::with_capacity(nu);
    let mut tao_stake = Vec::with_capacity(nu);
    for (h, (children, parents)) in hotkeys.iter().zip(&relations) {
        let (alpha, tao) = own.get(h).copied().unwrap_or_default();
        if netuid == 0 {
            alpha_stake.push(alpha);
            tao_stake.push(0);
            continue;
        }
        let given: Vec<u64> = children.iter().map(|(p, _)| *p).collect();
        let from: Vec<(u64, (u64, u64))> = parents
            .iter()
            .map(|(p, parent)| (*p, own.get(parent).copied().unwrap_or_default()))
            .collect();
        alpha_stake.push(inherit::inherited_stake(
            alpha,
            given.iter().copied(),
            from.iter().map(|(p, (a, _))| (*p, *a)),
        ));
        tao_stake.push(inherit::inherited_stake(
            tao,
            given.iter().copied(),
            from.iter().map(|(p, (_, t))| (*p, *t)),
        ));
    }
    let tempo = opt_u16(&v[1])?;
    let factor = if factor_milli {
        opt_u64(&v[2])?
    } else {
        legacy_cutoff_factor(opt_u64(&v[2])?, tempo)
    };
    Ok(EpochInput {
        n,
        current_block: epoch_block,
        tempo,
        activity_cutoff_factor_milli: u32::try_from(factor).unwrap_or(u32::MAX),
        activity_cutoff_blocks: None,
        last_mechanism_step_block: opt_u64(&v[3])?,
        last_update,
        block_at_registration: reg,
        alpha_stake,
        tao_stake,
        tao_weight_raw: opt_u64(&v[20])?,
        stake_threshold: opt_u64(&v[21])?,
        owner_uid,
        validator_permits: permits,
        max_allowed_validators: opt_u16(&v[6])?,
        weights,
        bonds,
        commit_reveal_enabled: commit_reveal,
        commit_blocks,
        kappa: opt_u16(&v[8])?,
        bonds_penalty: opt_u16(&v[9])?,
        alpha_low,
        alpha_high,
        bonds_moving_average: opt_u64(&v[11])?,
        yuma3: opt_bool(&v[12])?,
        liquid_alpha: opt_bool(&v[13])?,
        alpha_sigmoid_steepness: steepness,
        rao_emission: server.saturating_add(validator).saturating_add(root),
        pending_server_alpha: server,
        pending_validator_alpha: validator,
        pending_root_alpha: root,
    })
}

/// Per uid, the earliest block among its hotkey's open commits at `epoch_block` (the epoch masks
/// its weights to neurons registered after it, yuma.md §4.2 step 12): v2 commits whose reveal
/// window has not ended, and timelocked commits in the queues of the epochs not yet expired.
fn open_commit_blocks(
    hotkeys: &[[u8; 32]],
    v2_queues: &[Option<Val>],
    v4_queues: &[Option<Val>],
    epoch_block: u64,
) -> Result<Vec<Option<u64>>, ChainError> {
    let mut earliest: HashMap<[u8; 32], u64> = HashMap::new();
    let mut note = |h: [u8; 32], block: u64| {
        let e = earliest.entry(h).or_insert(block);
        *e = (*e).min(block);
    };
    for (h, q) in hotkeys.iter().zip(v2_queues) {
        for (_, block, _, last) in v2_queue(q)? {
            if last >= epoch_block {
                note(*h, block);
            }
        }
    }
    for q in v4_queues {
        for (h, block) in v4_queue(q)? {
            note(h, block);
        }
    }
    Ok(hotkeys.iter().map(|h| earliest.get(h).copied()).collect())
}

fn frac(bits: i64) -> String {
    format!("{:.6}", crate::yuma::preview::bits_to_f64(bits))
}

fn alpha(rao: u64) -> String {
    format!("{}.{:09}", rao / 1_000_000_000, rao % 1_000_000_000)
}

fn signed_alpha(d: i128) -> String {
    let sign = if d < 0 { "-" } else { "+" };
    let a = d.unsigned_abs();
    format!("{sign}{}.{:09}", a / 1_000_000_000, a % 1_000_000_000)
}

/// The preview of the signer's row at the next epoch: the JSON for `data.preview` and the lines
/// for the confirmation summary.
pub async fn preview_set(
    tc: &TxChain,
    netuid: u16,
    uid: u16,
    row: &WeightRow,
) -> Result<(Json, Vec<(String, String)>), PlanError> {
    let (next, _) = read::next_epoch(&tc.chain, netuid).await?;
    let pinned = tc.pinned_number().await?;
    let epoch_block = next.map(|e| e.block).unwrap_or(pinned + 1);
    let input = epoch_input(tc, netuid, epoch_block).await?;
    let p = crate::yuma::preview(&input, uid, &row.stored).map_err(|e| {
        Refusal::new(
            "tao",
            "PreviewFailed",
            format!("the Yuma preview failed: {e}"),
            "pass `--no-preview` to submit without it",
        )
    })?;
    let mut lines = vec![(
        "preview".to_string(),
        format!(
            "epoch at block #{epoch_block}; uid {uid} dividends {} → {}, validator emission {} → {} α",
            frac(p.dividends_before_bits),
            frac(p.dividends_after_bits),
            alpha(p.validator_emission_before),
            alpha(p.validator_emission_after)
        ),
    )];
    for r in p.rows.iter().filter(|r| r.changed()) {
        lines.push((
            format!("  uid {}", r.uid),
            format!(
                "incentive {} → {}, dividends {} → {}, emission {} α ({})",
                frac(r.incentive_before_bits),
                frac(r.incentive_after_bits),
                frac(r.dividends_before_bits),
                frac(r.dividends_after_bits),
                alpha(r.emission_after),
                signed_alpha(r.emission_delta)
            ),
        ));
    }
    let mut json = serde_json::to_value(&p).unwrap_or(Json::Null);
    if let Json::Object(m) = &mut json {
        m.insert("epoch_block".into(), json!(epoch_block));
        m.insert("pinned_block".into(), json!(pinned));
        m.insert(
            "pools".into(),
            json!({
                "server": input.pending_server_alpha,
                "validator": input.pending_validator_alpha,
                "root": input.pending_root_alpha,
            }),
        );
    }
    Ok((json, lines))
}

fn compact_len(out: &mut Vec<u8>, n: usize) {
    let n = n as u32;
    if n < 1 << 6 {
        out.push((n << 2) as u8);
    } else if n < 1 << 14 {
        out.extend_from_slice(&(((n << 2) | 1) as u16).to_le_bytes());
    } else {
        out.extend_from_slice(&((n << 2) | 2).to_le_bytes());
    }
}

fn push_u16s(out: &mut Vec<u8>, xs: &[u16]) {
    compact_len(out, xs.len());
    for x in xs {
        out.extend_from_slice(&x.to_le_bytes());
    }
}

/// The commit-reveal v2 hash (chain.md §3.3): `blake2_256(SCALE((hotkey, netuid_index, uids,
/// values, salt, version_key)))`.
pub fn commit_hash(
    hotkey: &[u8; 32],
    netuid_index: u16,
    uids: &[u16],
    values: &[u16],
    salt: &[u16],
    version_key: u64,
) -> [u8; 32] {
    use blake2::Digest;
    let mut enc = Vec::with_capacity(64 + 2 * (uids.len() + values.len() + salt.len()));
    enc.extend_from_slice(hotkey);
    enc.extend_from_slice(&netuid_index.to_le_bytes());
    push_u16s(&mut enc, uids);
    push_u16s(&mut enc, values);
    push_u16s(&mut enc, salt);
    enc.extend_from_slice(&version_key.to_le_bytes());
    blake2::Blake2b::<blake2::digest::consts::U32>::digest(&enc).into()
}

/// A v2 commit as the chain keeps it: (hash, commit block, first and last reveal block).
pub type ChainCommit = ([u8; 32], u64, u64, u64);

async fn chain_commits(
    tc: &TxChain,
    netuid: u16,
    hotkey: &[u8; 32],
) -> Result<Vec<ChainCommit>, ChainError> {
    let v = tc
        .chain
        .storage(&[StorageQuery::new(
            PALLET,
            "WeightCommits",
            vec![arg_u16(netuid), arg_account(hotkey)],
        )])
        .await?;
    v2_queue(&v[0])
}

/// A `WeightCommits` queue (absent = empty).
fn v2_queue(q: &Option<Val>) -> Result<Vec<ChainCommit>, ChainError> {
    let mut out = Vec::new();
    for c in list(q)? {
        let t = items(c)?;
        if t.len() != 4 {
            return Err(ChainError::decode(
                "a (hash, u64, u64, u64) commit",
                t.len(),
            ));
        }
        let h = <[u8; 32]>::try_from(crate::chain::value::bytes(t[0])?.as_slice())
            .map_err(|_| ChainError::decode("a 32-byte hash", "another length"))?;
        out.push((h, u64_of(t[1])?, u64_of(t[2])?, u64_of(t[3])?));
    }
    Ok(out)
}

/// A `TimelockedWeightCommits` queue as (hotkey, commit block) pairs (absent = empty).
fn v4_queue(q: &Option<Val>) -> Result<Vec<([u8; 32], u64)>, ChainError> {
    let mut out = Vec::new();
    for c in list(q)? {
        let t = items(c)?;
        if t.len() != 4 {
            return Err(ChainError::decode(
                "an (account, u64, commit, u64) entry",
                t.len(),
            ));
        }
        out.push((account(t[0])?, u64_of(t[1])?));
    }
    Ok(out)
}

/// The guards shared by commits: the subnet exists with commit-reveal on, the hotkey is
/// registered, the rate limit passes. Returns the uid.
async fn commit_guards(tc: &TxChain, hotkey: &[u8; 32], netuid: u16) -> Result<u16, PlanError> {
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
        return Err(Refusal::subtensor(
            "HotKeyNotRegisteredInSubNet",
            format!("the hotkey {} is not registered on subnet {netuid}", ss58(hotkey)),
            "register it with `tao subnets register`, or pick the registered hotkey with `--hotkey NAME`",
        )
        .into());
    };
    Ok(uid)
}

/// Plan `commit_weights(netuid, hash)` for `row` with `salt`; returns the plan and the hash.
pub async fn plan_commit(
    tc: &TxChain,
    hotkey: &[u8; 32],
    netuid: u16,
    row: &WeightRow,
    salt: &[u16],
    version_key: Option<u64>,
) -> Result<(Plan, [u8; 32], u64), PlanError> {
    let uid = commit_guards(tc, hotkey, netuid).await?;
    let q = [
        StorageQuery::new(PALLET, "WeightsSetRateLimit", vec![arg_u16(netuid)]),
        StorageQuery::new(PALLET, "LastUpdate", vec![arg_u16(netuid)]),
        StorageQuery::new(PALLET, "WeightsVersionKey", vec![arg_u16(netuid)]),
    ];
    let v = tc.chain.storage(&q).await?;
    let limit = u64_or(&v[0], 100)?;
    let last = match list(&v[1])?.get(usize::from(uid)) {
        Some(x) => u64_of(x)?,
        None => 0,
    };
    let next = tc.pinned_number().await? + 1;
    if !rate_limit_passes(last, next, limit) {
        return Err(Refusal::subtensor(
            "CommittingWeightsTooFast",
            format!("uid {uid} committed or set weights at block {last}; the rate limit is {limit} blocks (the next block is {next})"),
            format!("wait {} blocks and retry", (last + limit).saturating_sub(next)),
        )
        .into());
    }
    let pending = chain_commits(tc, netuid, hotkey)
        .await?
        .into_iter()
        .filter(|c| c.3 >= next)
        .count();
    if pending >= 10 {
        return Err(Refusal::subtensor(
            "TooManyUnrevealedCommits",
            format!("uid {uid} has {pending} unrevealed commits on subnet {netuid} (at most 10)"),
            "reveal them with `tao weights reveal`, or wait for them to expire",
        )
        .into());
    }
    let required = u64_or(&v[2], 0)?;
    let version_key = version_key.unwrap_or(required);
    let hash = commit_hash(hotkey, netuid, &row.uids, &row.submitted, salt, version_key);
    let call = Call::new(
        tc.metadata(),
        PALLET,
        "commit_weights",
        vec![
            ("netuid", Value::u128(u128::from(netuid))),
            ("commit_hash", Value::from_bytes(hash)),
        ],
    )?;
    let hex_hash = crate::chain::tx::to_hex_hash(&hash);
    Ok((
        Plan {
            call,
            role: KeyRole::Hotkey,
            lines: vec![
                ("subnet".into(), netuid.to_string()),
                ("uid".into(), uid.to_string()),
                ("commit hash".into(), hex_hash.clone()),
            ],
            details: json!({
                "netuid": netuid,
                "hotkey": ss58(hotkey),
                "uid": uid,
                "uids": row.uids,
                "weights": row.submitted,
                "salt": salt,
                "version_key": version_key,
                "commit_hash": hex_hash,
            }),
            spend: 0,
            keep_alive: false,
            balance_error: ("DispatchError", "Token(FundsUnavailable)"),
        },
        hash,
        version_key,
    ))
}

/// A commit tao saved, to reveal later.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SavedCommit {
    /// The commit hash, 0x-hex.
    pub hash: String,
    /// The uids.
    pub uids: Vec<u16>,
    /// The submitted values.
    pub values: Vec<u16>,
    /// The salt.
    pub salt: Vec<u16>,
    /// The version key.
    pub version_key: u64,
}

/// Plan `reveal_weights` for the oldest of `saved` that the chain holds and whose window is
/// open at the next block.
pub async fn plan_reveal(
    tc: &TxChain,
    hotkey: &[u8; 32],
    netuid: u16,
    saved: &[SavedCommit],
) -> Result<Plan, PlanError> {
    commit_guards(tc, hotkey, netuid).await.map(|_| ())?;
    let on_chain = chain_commits(tc, netuid, hotkey).await?;
    let next = tc.pinned_number().await? + 1;
    let mut mine: Vec<(&SavedCommit, ChainCommit)> = on_chain
        .iter()
        .filter_map(|c| {
            let h = crate::chain::tx::to_hex_hash(&c.0);
            saved.iter().find(|s| s.hash == h).map(|s| (s, *c))
        })
        .collect();
    mine.sort_by_key(|(_, c)| c.1);
    if mine.is_empty() {
        return Err(Refusal::subtensor(
            "NoWeightsCommitFound",
            format!(
                "no commit saved by tao is pending on subnet {netuid} for {}",
                ss58(hotkey)
            ),
            "commit first with `tao weights commit`",
        )
        .into());
    }
    let Some((s, c)) = mine.iter().find(|(_, c)| c.2 <= next && next <= c.3) else {
        let (_, c) = mine[0];
        if next > c.3 {
            return Err(Refusal::subtensor(
                "ExpiredWeightCommit",
                format!("the commit's reveal window ended at block {}", c.3),
                "commit again",
            )
            .into());
        }
        return Err(Refusal::subtensor(
            "RevealTooEarly",
            format!(
                "the commit can be revealed from block {} to {} (the next block is {next})",
                c.2, c.3
            ),
            format!("wait {} blocks", c.2.saturating_sub(next)),
        )
        .into());
    };
    let vec_u16 =
        |xs: &[u16]| Value::unnamed_composite(xs.iter().map(|x| Value::u128(u128::from(*x))));
    let call = Call::new(
        tc.metadata(),
        PALLET,
        "reveal_weights",
        vec![
            ("netuid", Value::u128(u128::from(netuid))),
            ("uids", vec_u16(&s.uids)),
            ("values", vec_u16(&s.values)),
            ("salt", vec_u16(&s.salt)),
            ("version_key", Value::u128(u128::from(s.version_key))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Hotkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("commit".into(), format!("{} (block {})", s.hash, c.1)),
            ("window".into(), format!("blocks {} to {}", c.2, c.3)),
        ],
        details: json!({
            "netuid": netuid,
            "hotkey": ss58(hotkey),
            "commit_hash": s.hash,
            "commit_block": c.1,
            "uids": s.uids,
            "weights": s.values,
            "version_key": s.version_key,
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
    fn legacy_cutoff_round_trips() {
        for (blocks, tempo) in [(5000u64, 360u16), (1, 10), (138, 10), (7, 99)] {
            let f = legacy_cutoff_factor(blocks, tempo);
            assert_eq!(
                crate::yuma::input::activity_cutoff_blocks(f as u32, tempo),
                blocks
            );
        }
    }

    #[test]
    fn pools_are_extrapolated_at_the_same_rate() {
        assert_eq!(extrapolate(300, 3, 7), 1000);
        assert_eq!(extrapolate(300, 0, 7), 300);
        assert_eq!(extrapolate(10, 3, 1), 13);
    }

    fn quicknet_inputs() -> RevealInputs {
        // Mainnet-like: block 5_000_000 at 2026-11-22T06:00:00Z, tempo 360, beacon 2 rounds behind.
        let clock = BeaconClock {
            genesis_time: 1_692_803_367,
            period: 3,
        };
        let now = 1_795_327_200;
        RevealInputs {
            pinned_block: 5_000_000,
            inclusion_block: 5_000_001,
            next_epoch_block: 5_000_100,
            epoch_length: 360,
            reveal_period: 1,
            now_secs: now,
            last_stored_round: clock.latest_round_at(now) - 2,
            clock,
        }
    }

    #[test]
    fn the_reveal_round_is_the_floor_formula_three_blocks_into_the_reveal_epoch() {
        let i = quicknet_inputs();
        let s = choose_reveal_round(&i).unwrap();
        assert_eq!(s.first_reveal_block, 5_000_100);
        assert_eq!(s.target_block, 5_000_103);
        assert_eq!(s.last_reveal_block, 5_000_459);
        assert!(!s.commit_in_next_epoch);
        // bittensor-drand: floor((now + (target − current) × 12 − genesis) / 3).
        assert_eq!(s.round, (1_795_327_200 + 103 * 12 - 1_692_803_367) / 3);
        // A longer reveal period moves the epoch, not the offset.
        let s2 = choose_reveal_round(&RevealInputs {
            reveal_period: 3,
            ..i.clone()
        })
        .unwrap();
        assert_eq!(s2.first_reveal_block, 5_000_100 + 2 * 360);
        assert_eq!(s2.round, s.round + 2 * 360 * 4);
    }

    #[test]
    fn a_commit_in_the_epoch_block_is_revealed_one_epoch_later() {
        let i = RevealInputs {
            next_epoch_block: 5_000_001,
            ..quicknet_inputs()
        };
        let s = choose_reveal_round(&i).unwrap();
        assert!(s.commit_in_next_epoch);
        assert_eq!(s.first_reveal_block, 5_000_361);
        // The same when the best block is ahead of the pinned (finalized) one and the epoch
        // runs before the commit can be included.
        let lagging = RevealInputs {
            next_epoch_block: 5_000_002,
            inclusion_block: 5_000_003,
            ..quicknet_inputs()
        };
        let s = choose_reveal_round(&lagging).unwrap();
        assert!(s.commit_in_next_epoch);
        assert_eq!(s.first_reveal_block, 5_000_362);
    }

    #[test]
    fn the_devnet_clock_from_the_beacon_gives_four_rounds_per_block() {
        // The devnet: block n stores rounds up to 4n + 1; no Timestamp, so "now" is the time of
        // the last stored round.
        let clock = BeaconClock {
            genesis_time: 1_767_225_600,
            period: 3,
        };
        let (pinned, last) = (23u64, 4 * 23 + 1);
        let i = RevealInputs {
            pinned_block: pinned,
            inclusion_block: pinned + 1,
            next_epoch_block: 30,
            epoch_length: 10,
            reveal_period: 1,
            now_secs: clock.round_time(last),
            last_stored_round: last,
            clock,
        };
        let s = choose_reveal_round(&i).unwrap();
        assert_eq!(s.target_block, 33);
        assert_eq!(s.round, 4 * 33);
        assert_eq!(s.latest_round_by_end, 4 * 39 + 1);
    }

    #[test]
    fn inconsistent_beacons_are_refused() {
        let i = quicknet_inputs();
        // The beacon already stored the round: the weights would be public at once.
        let ahead = RevealInputs {
            last_stored_round: i.clock.latest_round_at(i.now_secs) + 2000,
            ..i.clone()
        };
        assert_eq!(
            choose_reveal_round(&ahead).unwrap_err().name,
            "InvalidRevealRound"
        );
        // The beacon lags by more than the reveal epoch: the round would not be stored in time.
        let behind = RevealInputs {
            last_stored_round: i.clock.latest_round_at(i.now_secs) - 5000,
            ..i.clone()
        };
        assert_eq!(
            choose_reveal_round(&behind).unwrap_err().name,
            "RevealRoundUnreachable"
        );
        let none = RevealInputs {
            last_stored_round: 0,
            ..i
        };
        assert_eq!(choose_reveal_round(&none).unwrap_err().name, "NoPulses");
    }

    #[test]
    fn stake_weight_adds_the_weighted_root_stake() {
        assert_eq!(stake_weight(7, 0, u64::MAX), 7);
        assert_eq!(stake_weight(7, 100, u64::MAX), 107);
        assert_eq!(stake_weight(7, 100, u64::MAX / 2), 56);
    }
}
