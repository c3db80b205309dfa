//! Mechanisms (sub-subnets), as the chain's `subnets/mechanism.rs` has them: the storage index
//! of a mechanism's weights, bonds, last updates, incentive and commit queues
//! (`netuid + mecid × 4096`), the checks of the mechanism calls, the owner settings (count and
//! emission split) with their origin, rate limits and freeze window, the split of a subnet's
//! emission between its mechanisms and the aggregation of their epochs.
//!
//! The split and the aggregation are written here from the chain's rules, independently of
//! tao's `yuma::mechanisms`, so a test comparing tao's preview with the devnet's payout checks
//! two implementations.

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::{AccountId32, DispatchError};
use substrate_fixed::types::U64F64;

/// Storage indices per mechanism: `netuid + mecid × GLOBAL_MAX_SUBNET_COUNT`.
pub const GLOBAL_MAX_SUBNET_COUNT: u16 = 4096;
/// The most mechanisms any subnet may have.
pub const MAX_MECHANISM_COUNT_PER_SUBNET: u8 = 16;
/// `DefaultMaxAllowedUids`: uids over all of a subnet's mechanisms.
pub const MAX_UIDS_OVER_ALL_MECHANISMS: u16 = 256;
/// `TransactionType::MechanismCountUpdate` (the third key of `TransactionKeyLastBlock`).
pub const TX_MECHANISM_COUNT_UPDATE: u16 = 7;
/// `TransactionType::MechanismEmission`.
pub const TX_MECHANISM_EMISSION: u16 = 8;
/// `MechanismCountSetRateLimit` and `MechanismEmissionRateLimit`: 7200 blocks on the chain, 1
/// in its fast-runtime build, which the devnet follows.
pub const MECHANISM_SETTING_RATE_LIMIT: u64 = 1;

/// One uid's epoch terms, as the chain aggregates them over the mechanisms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    pub server_emission: u64,
    pub validator_emission: u64,
    pub emission: u64,
    pub dividend: u16,
    pub incentive: u16,
    pub consensus: u16,
    pub validator_trust: u16,
    pub stake_weight: u16,
    pub active: bool,
    pub new_validator_permit: bool,
}

/// `existing + added × weight` in `U64F64`, floored to a u16 (saturating).
fn weighted_u16(existing: u16, added: u16, weight: U64F64) -> u16 {
    U64F64::saturating_from_num(existing)
        .saturating_add(U64F64::saturating_from_num(added).saturating_mul(weight))
        .saturating_to_num::<u16>()
}

/// `existing + added × weight` in `U64F64`, floored to a u64 (saturating).
fn weighted_u64(existing: u64, added: u64, weight: U64F64) -> u64 {
    U64F64::saturating_from_num(existing)
        .saturating_add(U64F64::saturating_from_num(added).saturating_mul(weight))
        .saturating_to_num::<u64>()
}

/// A mechanism's weight in the aggregate: its emission over the subnet's, or for a zero
/// emission 1 for mechanism 0 and 0 for the others.
pub fn mechanism_weight(sub_emission: u64, emission: u64, mecid: u8) -> U64F64 {
    if emission == 0 {
        return U64F64::saturating_from_num(u8::from(mecid == 0));
    }
    U64F64::saturating_from_num(sub_emission) / U64F64::saturating_from_num(emission)
}

/// Adds one mechanism's terms (per uid) into the aggregate: emissions summed; the u16 terms
/// and the combined emission weighted by the mechanism's part; the incentive taken from the
/// first mechanism a uid appears in (every uid appears in mechanism 0); booleans OR-ed.
pub fn aggregate_into(total: &mut [Terms], terms: &[Terms], weight: U64F64, first: bool) {
    for (acc, t) in total.iter_mut().zip(terms) {
        if first {
            *acc = Terms {
                server_emission: t.server_emission,
                validator_emission: t.validator_emission,
                emission: weighted_u64(0, t.emission, weight),
                dividend: weighted_u16(0, t.dividend, weight),
                incentive: weighted_u16(0, t.incentive, weight),
                consensus: weighted_u16(0, t.consensus, weight),
                validator_trust: weighted_u16(0, t.validator_trust, weight),
                stake_weight: weighted_u16(0, t.stake_weight, weight),
                active: t.active,
                new_validator_permit: t.new_validator_permit,
            };
            continue;
        }
        acc.server_emission = acc.server_emission.saturating_add(t.server_emission);
        acc.validator_emission = acc.validator_emission.saturating_add(t.validator_emission);
        acc.emission = weighted_u64(acc.emission, t.emission, weight);
        acc.dividend = weighted_u16(acc.dividend, t.dividend, weight);
        acc.consensus = weighted_u16(acc.consensus, t.consensus, weight);
        acc.validator_trust = weighted_u16(acc.validator_trust, t.validator_trust, weight);
        acc.stake_weight = weighted_u16(acc.stake_weight, t.stake_weight, weight);
        acc.active |= t.active;
        acc.new_validator_permit |= t.new_validator_permit;
    }
}

/// The split of `emission` between `count` mechanisms: with a stored split, share i is
/// `⌊emission × split_i / 65535⌋`; without, `⌊emission / count⌋` each; cut or padded with
/// zeros to `count`; what the floors lost goes to mechanism 0.
pub fn split_emission(emission: u64, count: u8, split: Option<&[u16]>) -> Vec<u64> {
    let count = usize::from(count);
    let mut out: Vec<u64> = match split {
        Some(split) => split
            .iter()
            .map(|s| (u128::from(emission) * u128::from(*s) / u128::from(u16::MAX)) as u64)
            .collect(),
        None => {
            let each = emission.checked_div(count as u64).unwrap_or(0);
            vec![each; count]
        }
    };
    out.resize(count, 0);
    let given = out.iter().fold(0u64, |a, b| a.saturating_add(*b));
    if let Some(first) = out.first_mut() {
        *first = first.saturating_add(emission.saturating_sub(given));
    }
    out
}

impl<T: Config> Pallet<T> {
    /// `get_mechanism_storage_index`.
    pub fn storage_index(netuid: NetUid, mecid: u8) -> NetUid {
        u16::from(mecid)
            .saturating_mul(GLOBAL_MAX_SUBNET_COUNT)
            .saturating_add(netuid)
    }

    /// The subnet of a storage index.
    pub fn netuid_of_index(index: NetUid) -> NetUid {
        index % GLOBAL_MAX_SUBNET_COUNT
    }

    /// The storage indices of the subnet's mechanisms, mechanism 0 first.
    pub fn mechanism_indices(netuid: NetUid) -> Vec<NetUid> {
        (0..MechanismCountCurrent::<T>::get(netuid))
            .map(|m| Self::storage_index(netuid, m))
            .collect()
    }

    /// `ensure_mechanism_exists`: the subnet exists and has the mechanism.
    pub fn ensure_mechanism_exists(netuid: NetUid, mecid: u8) -> DispatchResult {
        ensure!(
            Self::if_subnet_exist(netuid),
            Error::<T>::MechanismDoesNotExist
        );
        ensure!(
            MechanismCountCurrent::<T>::get(netuid) > mecid,
            Error::<T>::MechanismDoesNotExist
        );
        Ok(())
    }

    /// The subnet's emission split between its mechanisms (`split_emissions`).
    pub fn split_emissions(netuid: NetUid, emission: u64) -> Vec<u64> {
        split_emission(
            emission,
            MechanismCountCurrent::<T>::get(netuid),
            MechanismEmissionSplit::<T>::get(netuid).as_deref(),
        )
    }

    // ---- the owner settings (AdminUtils 76 and 77) ---------------------------------------

    /// `ensure_sn_owner_or_root_with_limits` for a signed origin: the signer owns the subnet
    /// (else `BadOrigin`) and the setting's rate limit has passed.
    pub fn ensure_owner_with_limit(
        who: &AccountId32,
        netuid: NetUid,
        tx_type: u16,
    ) -> Result<(), DispatchError> {
        if SubnetOwner::<T>::get(netuid) != *who {
            return Err(DispatchError::BadOrigin);
        }
        let last = TransactionKeyLastBlock::<T>::get((who, netuid, tx_type));
        let now = Self::block_number();
        ensure!(
            last == 0 || now.saturating_sub(last) >= MECHANISM_SETTING_RATE_LIMIT,
            Error::<T>::TxRateLimitExceeded
        );
        Ok(())
    }

    /// `blocks_until_next_auto_epoch`: blocks until `LastEpochBlock + tempo`.
    pub fn blocks_until_next_auto_epoch(netuid: NetUid, now: u64) -> u64 {
        let tempo = Tempo::<T>::get(netuid) as u64;
        if tempo == 0 {
            return u64::MAX;
        }
        LastEpochBlock::<T>::get(netuid)
            .saturating_add(tempo)
            .saturating_sub(now)
    }

    /// `ensure_admin_window_open`: owner settings are refused while fewer than
    /// `AdminFreezeWindow` blocks remain before the subnet's next epoch, and during the whole
    /// countdown of an owner-triggered epoch (`PendingEpochAt`).
    pub fn ensure_admin_window_open(netuid: NetUid) -> DispatchResult {
        if Tempo::<T>::get(netuid) == 0 {
            return Ok(());
        }
        let pending = PendingEpochAt::<T>::get(netuid);
        ensure!(
            pending == 0 || pending <= Self::block_number(),
            Error::<T>::AdminActionProhibitedDuringWeightsWindow
        );
        let remaining = Self::blocks_until_next_auto_epoch(netuid, Self::block_number());
        ensure!(
            remaining >= u64::from(AdminFreezeWindow::<T>::get()),
            Error::<T>::AdminActionProhibitedDuringWeightsWindow
        );
        Ok(())
    }

    /// `record_owner_rl`.
    pub fn record_owner_setting(who: &AccountId32, netuid: NetUid, tx_type: u16) {
        TransactionKeyLastBlock::<T>::insert((who, netuid, tx_type), Self::block_number());
    }

    /// `do_set_mechanism_count`: the count is 1 to `MaxMechanismCount` (and 16), and the
    /// subnet's `MaxAllowedUids` × count stays within 256 uids. A change clears the removed
    /// mechanisms' weights, incentive, last updates, bonds and commits, and resets the split.
    pub fn do_set_mechanism_count(netuid: NetUid, count: u8) -> DispatchResult {
        ensure!(
            Self::if_subnet_exist(netuid),
            Error::<T>::MechanismDoesNotExist
        );
        ensure!(count > 0, Error::<T>::InvalidValue);
        ensure!(
            count <= MaxMechanismCount::<T>::get(),
            Error::<T>::InvalidValue
        );
        let max_uids = MaxAllowedUids::<T>::get(netuid);
        ensure!(
            max_uids.saturating_mul(u16::from(count)) <= MAX_UIDS_OVER_ALL_MECHANISMS,
            Error::<T>::TooManyUIDsPerMechanism
        );
        ensure!(
            count <= MAX_MECHANISM_COUNT_PER_SUBNET,
            Error::<T>::InvalidValue
        );
        let old = MechanismCountCurrent::<T>::get(netuid);
        if old != count {
            for mecid in count..old {
                let index = Self::storage_index(netuid, mecid);
                let _ = Weights::<T>::clear_prefix(index, u32::MAX, None);
                Incentive::<T>::remove(index);
                LastUpdate::<T>::remove(index);
                let _ = Bonds::<T>::clear_prefix(index, u32::MAX, None);
                let _ = WeightCommits::<T>::clear_prefix(index, u32::MAX, None);
                let _ = TimelockedWeightCommits::<T>::clear_prefix(index, u32::MAX, None);
            }
            MechanismCountCurrent::<T>::insert(netuid, count);
            MechanismEmissionSplit::<T>::remove(netuid);
        }
        Ok(())
    }

    /// `do_set_emission_split`: `None` removes the split; a split has 1 to count shares that
    /// sum to exactly 65535.
    pub fn do_set_emission_split(netuid: NetUid, split: Option<Vec<u16>>) -> DispatchResult {
        ensure!(
            Self::if_subnet_exist(netuid),
            Error::<T>::MechanismDoesNotExist
        );
        match split {
            Some(split) => {
                ensure!(!split.is_empty(), Error::<T>::InvalidValue);
                ensure!(
                    split.len() <= usize::from(MechanismCountCurrent::<T>::get(netuid)),
                    Error::<T>::InvalidValue
                );
                let total: u64 = split.iter().map(|s| u64::from(*s)).sum();
                ensure!(total == u64::from(u16::MAX), Error::<T>::InvalidValue);
                MechanismEmissionSplit::<T>::insert(netuid, split);
            }
            None => MechanismEmissionSplit::<T>::remove(netuid),
        }
        Ok(())
    }

    /// `sudo_set_mechanism_count` signed by `who`: owner and rate limit, freeze window, the
    /// setting, then the rate limit recorded.
    pub fn owner_set_mechanism_count(
        who: &AccountId32,
        netuid: NetUid,
        count: u8,
    ) -> DispatchResult {
        Self::ensure_owner_with_limit(who, netuid, TX_MECHANISM_COUNT_UPDATE)?;
        Self::ensure_admin_window_open(netuid)?;
        Self::do_set_mechanism_count(netuid, count)?;
        Self::record_owner_setting(who, netuid, TX_MECHANISM_COUNT_UPDATE);
        Ok(())
    }

    /// `sudo_set_mechanism_emission_split` signed by `who`.
    pub fn owner_set_emission_split(
        who: &AccountId32,
        netuid: NetUid,
        split: Option<Vec<u16>>,
    ) -> DispatchResult {
        Self::ensure_owner_with_limit(who, netuid, TX_MECHANISM_EMISSION)?;
        Self::ensure_admin_window_open(netuid)?;
        Self::do_set_emission_split(netuid, split)?;
        Self::record_owner_setting(who, netuid, TX_MECHANISM_EMISSION);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_forty_by_hand() {
        // 60/40 as shares: ⌊65535 × 0.6⌋ = 39321 and ⌊65535 × 0.4⌋ = 26214, summing to 65535.
        let split = [39321u16, 26214];
        assert_eq!(split.iter().map(|s| u32::from(*s)).sum::<u32>(), 65535);
        // 1000 rao: ⌊1000 × 39321 / 65535⌋ = 600, ⌊1000 × 26214 / 65535⌋ = 400.
        assert_eq!(split_emission(1000, 2, Some(&split)), vec![600, 400]);
        // 999 rao: ⌊999 × 39321 / 65535⌋ = 599 (599.4), ⌊999 × 26214 / 65535⌋ = 399 (399.6);
        // the lost rao goes to mechanism 0: 600 and 399.
        assert_eq!(split_emission(999, 2, Some(&split)), vec![600, 399]);
    }

    #[test]
    fn no_split_is_even_with_the_remainder_on_mechanism_0() {
        assert_eq!(split_emission(10, 3, None), vec![4, 3, 3]);
        assert_eq!(split_emission(0, 2, None), vec![0, 0]);
        // A split shorter than the count is padded with zeros.
        assert_eq!(split_emission(7, 2, Some(&[65535])), vec![7, 0]);
    }

    #[test]
    fn aggregation_by_hand() {
        let t = |server, validator, dividend| Terms {
            server_emission: server,
            validator_emission: validator,
            emission: server + validator,
            dividend,
            incentive: dividend,
            ..Terms::default()
        };
        let mut total = vec![Terms::default(); 1];
        // Mechanism 0 has 600 of 1000, mechanism 1 400.
        aggregate_into(
            &mut total,
            &[t(100, 200, 65535)],
            mechanism_weight(600, 1000, 0),
            true,
        );
        aggregate_into(
            &mut total,
            &[t(10, 20, 32768)],
            mechanism_weight(400, 1000, 1),
            false,
        );
        assert_eq!(total[0].server_emission, 110);
        assert_eq!(total[0].validator_emission, 220);
        // The weights are U64F64 quotients: 600/1000 is a little below 0.6 (its binary
        // expansion is cut after 64 bits) and 400/1000 a little below 0.4, so every product
        // lands just under the decimal one and is floored: ⌊300 × 0.6⁻⌋ = 179, then
        // ⌊179 + 30 × 0.4⁻⌋ = ⌊190.99…⌋ = 190.
        assert_eq!(total[0].emission, 190);
        // ⌊65535 × 0.6⁻⌋ = 39320, then ⌊39320 + 32768 × 0.4⁻⌋ = ⌊52427.19…⌋ = 52427.
        assert_eq!(total[0].dividend, 52427);
        // The incentive comes from mechanism 0 only: ⌊65535 × 0.6⁻⌋.
        assert_eq!(total[0].incentive, 39320);
        assert_eq!(mechanism_weight(0, 0, 0), U64F64::from_num(1));
        assert_eq!(mechanism_weight(0, 0, 1), U64F64::from_num(0));
    }
}
