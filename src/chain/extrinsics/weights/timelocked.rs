//! Commit-reveal v4: the weight row encrypted to the drand round of the reveal epoch
//! (`commit_timelocked_weights`), which the chain decrypts with that round's pulse and applies
//! as if `set_weights` had been called then.

use serde_json::{Value as Json, json};

use super::queues::v4_queue;
use super::{PALLET, WeightsTarget, u64_or};
use crate::chain::client::{Chain, StorageQuery, arg_u16, arg_u64};
use crate::chain::extrinsics::{PlanError, Refusal};
use crate::chain::timelock::{
    self, BeaconClock, RevealInputs, RevealRoundError, RevealSchedule, WeightsPayload,
    choose_reveal_round,
};
use crate::chain::tx::TxChain;
use crate::chain::value::{bytes, field, u64_of};
use crate::chain::{ChainError, read};

/// Most timelocked commits a hotkey may have queued in one epoch.
pub const MAX_UNREVEALED_COMMITS: usize = 10;

impl From<RevealRoundError> for Refusal {
    fn from(e: RevealRoundError) -> Refusal {
        Refusal::new(e.pallet(), e.name(), e.to_string(), e.hint())
    }
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

/// The commit-reveal v4 part of `plan_set`, after the `set_weights` guards passed: the
/// beacon (`Drand.BeaconConfig`, checked against the stored pulse of `LastStoredRound`), the
/// size limit, the reveal round ([`choose_reveal_round`]), the unrevealed-commit limit, and
/// the encryption of `payload`.
pub async fn plan_timelocked(
    tc: &TxChain,
    hotkey: &[u8; 32],
    target: WeightsTarget,
    uid: u16,
    payload: &WeightsPayload,
) -> Result<Timelocked, PlanError> {
    let chain = &tc.chain;
    let netuid = target.netuid;
    if !chain.has_storage("Drand", "BeaconConfig") {
        return Err(Refusal::new(
            "Drand",
            "BeaconConfig",
            "the chain has no `Drand.BeaconConfig`, so tao cannot encrypt to its beacon",
            "commit with `tao weights commit` (v2) where the chain has no drand pallet",
        )
        .into());
    }
    check_commit_size(payload)?;
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
    let b = BeaconState::read(chain, netuid).await?;
    // The legacy schedule runs an epoch every `Tempo + 1` blocks.
    let epoch_length = if scheduled { b.tempo } else { b.tempo + 1 };
    let inclusion = tc.best_number().await?.max(pinned) + 1;
    let schedule = choose_reveal_round(&RevealInputs {
        pinned_block: pinned,
        inclusion_block: inclusion,
        next_epoch_block: next.block,
        epoch_length,
        reveal_period: b.reveal_period,
        now_secs: b.now_secs,
        last_stored_round: b.last_stored_round,
        clock: b.clock.clone(),
    })
    .map_err(Refusal::from)?;
    verify_stored_pulse(chain, &b.public_key, b.last_stored_round).await?;
    // The queue the commit joins: the epoch index in the inclusion block.
    let commit_epoch = match b.epoch_index {
        Some(i) => i + u64::from(schedule.commit_in_next_epoch),
        None => (inclusion + u64::from(netuid) + 1) / (b.tempo + 1),
    };
    check_queue(chain, hotkey, target, uid, commit_epoch).await?;
    let commit =
        timelock::encrypt(&b.public_key, schedule.round, &payload.encode()).map_err(|e| {
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
        clock_source: b.clock_source,
        last_stored_round: b.last_stored_round,
    })
}

/// The chain takes commits of at most `MAX_CRV3_COMMIT_SIZE_BYTES`.
fn check_commit_size(payload: &WeightsPayload) -> Result<(), Refusal> {
    let len = payload.commit_len();
    if len <= timelock::MAX_COMMIT_LEN {
        return Ok(());
    }
    Err(Refusal::new(
        "tao",
        "CommitTooLarge",
        format!(
            "the encrypted row of {} weights is {len} bytes; the chain takes at most {} (MAX_CRV3_COMMIT_SIZE_BYTES)",
            payload.uids.len(),
            timelock::MAX_COMMIT_LEN
        ),
        "weight at most 1177 uids (leave out the zero weights)",
    ))
}

/// The subnet's schedule and the chain's beacon at the pinned block, read in one batch.
struct BeaconState {
    /// `Tempo` (360 when absent).
    tempo: u64,
    /// `RevealPeriodEpochs` (1 when absent).
    reveal_period: u64,
    /// The beacon's public key (compressed G2).
    public_key: Vec<u8>,
    /// The beacon's genesis time and period.
    clock: BeaconClock,
    /// `Drand.LastStoredRound`.
    last_stored_round: u64,
    /// `SubnetEpochIndex`, where the chain has it.
    epoch_index: Option<u64>,
    /// The chain's time at the pinned block, Unix seconds: `Timestamp.Now`, or the time of the
    /// last stored round on a chain without a timestamp pallet.
    now_secs: u64,
    /// Which of the two `now_secs` is.
    clock_source: &'static str,
}

impl BeaconState {
    async fn read(chain: &Chain, netuid: u16) -> Result<BeaconState, PlanError> {
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
        let public_key = bytes(field(config, "public_key")?)?;
        let clock = BeaconClock {
            genesis_time: u64_of(field(config, "genesis_time")?)?,
            period: u64_of(field(config, "period")?)?,
        };
        let last_stored_round = u64_or(&v[3], 0)?;
        let mut k = 4;
        let epoch_index = if has_index {
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
        Ok(BeaconState {
            tempo,
            reveal_period,
            public_key,
            clock,
            last_stored_round,
            epoch_index,
            now_secs,
            clock_source,
        })
    }
}

/// The stored pulse of `last_stored_round` must verify under the configured key, or no commit
/// encrypted to that key could be revealed.
async fn verify_stored_pulse(
    chain: &Chain,
    public_key: &[u8],
    last_stored_round: u64,
) -> Result<(), PlanError> {
    let pulse = chain
        .storage(&[StorageQuery::new(
            "Drand",
            "Pulses",
            vec![arg_u64(last_stored_round)],
        )])
        .await?;
    let Some(p) = &pulse[0] else {
        return Ok(());
    };
    let sig = bytes(field(p, "signature")?)?;
    if let Err(e) = timelock::verify_round(public_key, last_stored_round, &sig) {
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
    Ok(())
}

/// The hotkey may have at most [`MAX_UNREVEALED_COMMITS`] timelocked commits queued in the
/// epoch `commit_epoch` (the queue of the mechanism's storage index).
async fn check_queue(
    chain: &Chain,
    hotkey: &[u8; 32],
    target: WeightsTarget,
    uid: u16,
    commit_epoch: u64,
) -> Result<(), PlanError> {
    let queued = chain
        .storage(&[StorageQuery::new(
            PALLET,
            "TimelockedWeightCommits",
            vec![arg_u16(target.index()), arg_u64(commit_epoch)],
        )])
        .await?;
    let mine = v4_queue(&queued[0])?
        .iter()
        .filter(|(h, _)| h == hotkey)
        .count();
    if mine < MAX_UNREVEALED_COMMITS {
        return Ok(());
    }
    Err(Refusal::subtensor(
        "TooManyUnrevealedCommits",
        format!(
            "uid {uid} already has {mine} timelocked commits queued on {} in epoch {commit_epoch} (at most {MAX_UNREVEALED_COMMITS})",
            target.label()
        ),
        "wait for the next epoch",
    )
    .into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reveal_round_refusal_keeps_the_pallet_name_message_and_hint() {
        let r = Refusal::from(RevealRoundError::AlreadyStored {
            round: 10,
            target_block: 33,
            last_stored_round: 12,
            now_secs: 99,
        });
        assert_eq!(
            (r.pallet.as_str(), r.name.as_str()),
            ("SubtensorModule", "InvalidRevealRound")
        );
        assert_eq!(
            r.message,
            "the reveal round 10 (aimed at block #33) is not after the chain's last stored drand round 12: the chain's clock (99 s) is behind its beacon, and the weights would be readable at once"
        );
        assert_eq!(r.hint, "check the node's clock and sync state, then retry");
        let r = Refusal::from(RevealRoundError::NoPulses);
        assert_eq!((r.pallet.as_str(), r.name.as_str()), ("Drand", "NoPulses"));
        assert_eq!(
            r.message,
            "the chain has stored no drand pulse (`Drand.LastStoredRound` is 0), so it could never reveal a timelocked commit"
        );
        assert_eq!(
            r.hint,
            "commit-reveal v4 needs the chain's drand beacon; on a chain without it use `tao weights commit` (v2)"
        );
        let r = Refusal::from(RevealRoundError::Unreachable {
            round: 5,
            latest_round_by_end: 4,
            last_stored_round: 3,
            last_reveal_block: 40,
        });
        assert_eq!(
            (r.pallet.as_str(), r.name.as_str()),
            ("tao", "RevealRoundUnreachable")
        );
        assert_eq!(
            r.message,
            "the reveal round 5 is after round 4, the newest the chain's beacon (last stored round 3) would have stored by block #40, when the reveal epoch ends: the chain would drop the commit"
        );
        assert_eq!(
            r.hint,
            "the chain's drand pulses lag its clock; retry when `Drand.LastStoredRound` has caught up"
        );
    }

    #[test]
    fn the_commit_size_limit_names_the_weight_count() {
        let payload = |n: u16| WeightsPayload {
            hotkey: [1; 32],
            uids: (0..n).collect(),
            values: vec![65535; usize::from(n)],
            version_key: u64::MAX,
        };
        assert!(check_commit_size(&payload(1177)).is_ok());
        let r = check_commit_size(&payload(1178)).unwrap_err();
        assert_eq!(r.name, "CommitTooLarge");
        assert!(
            r.message
                .starts_with("the encrypted row of 1178 weights is ")
        );
    }
}
