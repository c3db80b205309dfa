//! Which drand round a timelocked weights commit is encrypted to.
//!
//! Pure: the caller reads the epoch schedule and the beacon at the pinned block and passes them
//! in. The chain reveals a commit in the epoch after the one it belongs to (or `reveal_period`
//! epochs later) with the pulse of the commit's `reveal_round`, and rejects a round it has
//! already stored. The round is chosen as the Python client chooses it: the reveal epoch's first
//! block plus a margin of 3 blocks, turned into a time at 12 s per block from the chain's clock,
//! then into the beacon round published at that time.

/// Seconds per block that the reveal-round estimate assumes (subtensor's 12 s slots).
pub const BLOCK_SECONDS: u64 = 12;
/// Blocks into the reveal epoch that the reveal round aims at, so that the chain has stored
/// the round's pulse by the time it reveals.
pub const REVEAL_OFFSET_BLOCKS: u64 = 3;

/// A drand beacon as the chain configures it (`Drand.BeaconConfig`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BeaconClock {
    /// Unix time of round 1, in seconds.
    pub genesis_time: u64,
    /// Seconds between rounds.
    pub period: u64,
}

impl BeaconClock {
    /// The round a commit aimed at `unix_secs` is encrypted to:
    /// `max(1, floor((time − genesis_time) / period))`.
    pub fn reveal_round_at(&self, unix_secs: u64) -> u64 {
        if self.period == 0 {
            return 1;
        }
        (unix_secs.saturating_sub(self.genesis_time) / self.period).max(1)
    }

    /// When a round is published: `genesis_time + (round − 1) × period`.
    pub fn round_time(&self, round: u64) -> u64 {
        self.genesis_time
            .saturating_add(round.saturating_sub(1).saturating_mul(self.period))
    }

    /// The newest round published by a time: `floor((time − genesis_time) / period) + 1`.
    pub fn latest_round_at(&self, unix_secs: u64) -> u64 {
        if unix_secs < self.genesis_time || self.period == 0 {
            return 0;
        }
        (unix_secs - self.genesis_time) / self.period + 1
    }
}

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

/// Why no reveal round can be chosen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RevealRoundError {
    /// The chain has stored no pulse at all.
    #[error(
        "the chain has stored no drand pulse (`Drand.LastStoredRound` is 0), so it could never reveal a timelocked commit"
    )]
    NoPulses,
    /// The round is already stored: the chain rejects it, and the weights would be public.
    #[error(
        "the reveal round {round} (aimed at block #{target_block}) is not after the chain's last stored drand round {last_stored_round}: the chain's clock ({now_secs} s) is behind its beacon, and the weights would be readable at once"
    )]
    AlreadyStored {
        /// The round chosen.
        round: u64,
        /// The block it was aimed at.
        target_block: u64,
        /// `Drand.LastStoredRound`.
        last_stored_round: u64,
        /// The chain's time at the pinned block.
        now_secs: u64,
    },
    /// At its stored pace the beacon would not reach the round before the reveal epoch ends,
    /// and the chain would drop the commit.
    #[error(
        "the reveal round {round} is after round {latest_round_by_end}, the newest the chain's beacon (last stored round {last_stored_round}) would have stored by block #{last_reveal_block}, when the reveal epoch ends: the chain would drop the commit"
    )]
    Unreachable {
        /// The round chosen.
        round: u64,
        /// The newest round expected by the end of the reveal epoch.
        latest_round_by_end: u64,
        /// `Drand.LastStoredRound`.
        last_stored_round: u64,
        /// The last block of the reveal epoch.
        last_reveal_block: u64,
    },
}

impl RevealRoundError {
    /// The pallet whose error this is (`tao` where the chain has no error of its own).
    pub fn pallet(&self) -> &'static str {
        match self {
            RevealRoundError::NoPulses => "Drand",
            RevealRoundError::AlreadyStored { .. } => "SubtensorModule",
            RevealRoundError::Unreachable { .. } => "tao",
        }
    }

    /// The error name: the chain's where the chain would refuse the same way.
    pub fn name(&self) -> &'static str {
        match self {
            RevealRoundError::NoPulses => "NoPulses",
            RevealRoundError::AlreadyStored { .. } => "InvalidRevealRound",
            RevealRoundError::Unreachable { .. } => "RevealRoundUnreachable",
        }
    }

    /// What to do.
    pub fn hint(&self) -> &'static str {
        match self {
            RevealRoundError::NoPulses => {
                "commit-reveal v4 needs the chain's drand beacon; on a chain without it use `tao weights commit` (v2)"
            }
            RevealRoundError::AlreadyStored { .. } => {
                "check the node's clock and sync state, then retry"
            }
            RevealRoundError::Unreachable { .. } => {
                "the chain's drand pulses lag its clock; retry when `Drand.LastStoredRound` has caught up"
            }
        }
    }
}

/// Chooses `reveal_round`: the reveal epoch's first block from the epoch schedule, plus 3
/// blocks, converted to a time at 12 s per block from the chain's clock, then
/// `max(1, floor((time − genesis) / period))`. Refuses when the round is already stored (the
/// weights would be public at once; the chain rejects rounds below `LastStoredRound` as
/// `InvalidRevealRound`), or when the beacon, at its stored pace, would not reach it before the
/// reveal epoch ends (the chain would drop the commit).
pub fn choose_reveal_round(i: &RevealInputs) -> Result<RevealSchedule, RevealRoundError> {
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
        return Err(RevealRoundError::NoPulses);
    }
    if round <= i.last_stored_round {
        return Err(RevealRoundError::AlreadyStored {
            round,
            target_block,
            last_stored_round: i.last_stored_round,
            now_secs: i.now_secs,
        });
    }
    if round > latest_round_by_end {
        return Err(RevealRoundError::Unreachable {
            round,
            latest_round_by_end,
            last_stored_round: i.last_stored_round,
            last_reveal_block,
        });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beacon_clock() {
        let c = BeaconClock {
            genesis_time: 1_692_803_367,
            period: 3,
        };
        assert_eq!(c.round_time(1), 1_692_803_367);
        assert_eq!(c.latest_round_at(c.round_time(1000)), 1000);
        assert_eq!(c.latest_round_at(c.round_time(1000) + 2), 1000);
        assert_eq!(c.reveal_round_at(c.round_time(1000)), 999);
        assert_eq!(c.reveal_round_at(0), 1);
        assert_eq!(c.latest_round_at(0), 0);
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
        // floor((now + (target − current) × 12 − genesis) / 3).
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
        let e = choose_reveal_round(&ahead).unwrap_err();
        assert!(matches!(e, RevealRoundError::AlreadyStored { .. }));
        assert_eq!(e.name(), "InvalidRevealRound");
        // The beacon lags by more than the reveal epoch: the round would not be stored in time.
        let behind = RevealInputs {
            last_stored_round: i.clock.latest_round_at(i.now_secs) - 5000,
            ..i.clone()
        };
        let e = choose_reveal_round(&behind).unwrap_err();
        assert!(matches!(e, RevealRoundError::Unreachable { .. }));
        assert_eq!(e.name(), "RevealRoundUnreachable");
        let none = RevealInputs {
            last_stored_round: 0,
            ..i
        };
        assert_eq!(
            choose_reveal_round(&none).unwrap_err(),
            RevealRoundError::NoPulses
        );
    }
}
