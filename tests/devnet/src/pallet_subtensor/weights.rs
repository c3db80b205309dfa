//! Weights: `set_weights`, commit-reveal v2 (hash) and v4 (timelocked), with subtensor's checks
//! in subtensor's order and its error names, on a subnet's mechanism 0 (the plain calls) or any
//! of its mechanisms (the mechanism calls): rows, last updates, rate limits and commit queues
//! live under the mechanism's storage index.

use super::*;
use crate::types::NetUid;
use codec::Encode;
use frame_support::{BoundedVec, ensure, pallet_prelude::DispatchResult, traits::ConstU32};
use sp_core::H256;
use sp_runtime::AccountId32;
use std::collections::VecDeque;
use substrate_fixed::types::I64F64;

/// `blake2_256(SCALE((hotkey, netuid_index, uids, values, salt, version_key)))`: the commit hash
/// of commit-reveal v2.
pub fn commit_hash(
    who: &AccountId32,
    netuid: NetUid,
    uids: &[u16],
    values: &[u16],
    salt: &[u16],
    version_key: u64,
) -> H256 {
    let encoded = (who, netuid, uids, values, salt, version_key).encode();
    H256(sp_io::hashing::blake2_256(&encoded))
}

/// `vec_u16_max_upscale_to_u16`: scale so the largest value becomes 65535 (u64 math, floor);
/// an all-zero vector stays as it is.
pub fn max_upscale(values: &[u16]) -> Vec<u16> {
    tao::yuma::math::vec_u16_max_upscale_to_u16(values)
}

/// One reveal's data.
struct Reveal {
    uids: Vec<u16>,
    values: Vec<u16>,
    salt: Vec<u16>,
    version_key: u64,
}

impl<T: Config> Pallet<T> {
    /// `check_weights_min_stake`: the stake weight reaches `StakeThreshold`.
    pub fn weights_min_stake_passes(hotkey: &AccountId32, netuid: NetUid) -> bool {
        Self::stake_weight(hotkey, netuid)
            >= I64F64::saturating_from_num(StakeThreshold::<T>::get())
    }

    fn uid_of(netuid: NetUid, hotkey: &AccountId32) -> Option<u16> {
        Uids::<T>::get(netuid, hotkey)
    }

    /// `check_rate_limit` under a storage index: a uid that never set weights there passes;
    /// otherwise `now − LastUpdate[index] ≥ WeightsSetRateLimit[netuid]`.
    pub fn weights_rate_limit_passes(index: NetUid, uid: u16, now: u64) -> bool {
        let netuid = Self::netuid_of_index(index);
        if uid >= SubnetworkN::<T>::get(netuid) {
            return false;
        }
        let last = LastUpdate::<T>::get(index)
            .get(uid as usize)
            .copied()
            .unwrap_or(0);
        last == 0 || now.saturating_sub(last) >= WeightsSetRateLimit::<T>::get(netuid)
    }

    /// Sets a uid's `LastUpdate` under a storage index.
    pub(crate) fn set_last_update_at(index: NetUid, uid: u16, block: u64) {
        let mut v = LastUpdate::<T>::get(index);
        let n = SubnetworkN::<T>::get(Self::netuid_of_index(index)) as usize;
        if v.len() < n {
            v.resize(n, 0);
        }
        if let Some(e) = v.get_mut(uid as usize) {
            *e = block;
        }
        LastUpdate::<T>::insert(index, v);
    }

    fn is_self_weight(uid: u16, uids: &[u16], values: &[u16]) -> bool {
        values.len() == 1 && uids.first() == Some(&uid)
    }

    fn has_permit(netuid: NetUid, uid: u16) -> bool {
        ValidatorPermit::<T>::get(netuid)
            .get(uid as usize)
            .copied()
            .unwrap_or(false)
    }

    fn owner_uid(netuid: NetUid) -> Option<u16> {
        Uids::<T>::get(netuid, SubnetOwnerHotkey::<T>::get(netuid))
    }

    /// The `set_weights` and `set_mechanism_weights` calls: refused with `CommitRevealEnabled`
    /// while the subnet takes commits, otherwise [`Self::do_set_weights`].
    pub fn do_set_weights_call(
        who: &AccountId32,
        netuid: NetUid,
        mecid: u8,
        uids: Vec<u16>,
        values: Vec<u16>,
        version_key: u64,
    ) -> DispatchResult {
        ensure!(
            !CommitRevealWeightsEnabled::<T>::get(netuid),
            Error::<T>::CommitRevealEnabled
        );
        Self::do_set_weights(who, netuid, mecid, uids, values, version_key)
    }

    /// `internal_set_weights`: the checks in the chain's order, then the max-upscaled row is
    /// stored under the mechanism's storage index with explicit zeros kept. `LastUpdate` is set
    /// to the current block when commit-reveal is off (revealed commits keep the commit block
    /// written at commit time).
    pub fn do_set_weights(
        who: &AccountId32,
        netuid: NetUid,
        mecid: u8,
        uids: Vec<u16>,
        values: Vec<u16>,
        version_key: u64,
    ) -> DispatchResult {
        let index = Self::storage_index(netuid, mecid);
        ensure!(netuid != 0, Error::<T>::CanNotSetRootNetworkWeights);
        ensure!(
            uids.len() == values.len(),
            Error::<T>::WeightVecNotEqualSize
        );
        Self::ensure_mechanism_exists(netuid, mecid)?;
        let n = SubnetworkN::<T>::get(netuid);
        ensure!(
            uids.len() <= n as usize,
            Error::<T>::UidsLengthExceedUidsInSubNet
        );
        let uid = Self::uid_of(netuid, who).ok_or(Error::<T>::HotKeyNotRegisteredInSubNet)?;
        ensure!(
            Self::weights_min_stake_passes(who, netuid),
            Error::<T>::NotEnoughStakeToSetWeights
        );
        let required = WeightsVersionKey::<T>::get(netuid);
        ensure!(
            required == 0 || version_key >= required,
            Error::<T>::IncorrectWeightVersionKey
        );
        let now = Self::block_number();
        let commit_reveal = CommitRevealWeightsEnabled::<T>::get(netuid);
        if !commit_reveal {
            ensure!(
                Self::weights_rate_limit_passes(index, uid, now),
                Error::<T>::SettingWeightsTooFast
            );
        }
        let self_weight = Self::is_self_weight(uid, &uids, &values);
        ensure!(
            self_weight || Self::has_permit(netuid, uid) || Self::owner_uid(netuid) == Some(uid),
            Error::<T>::NeuronNoValidatorPermit
        );
        let mut seen = std::collections::BTreeSet::new();
        ensure!(
            uids.iter().all(|u| seen.insert(*u)),
            Error::<T>::DuplicateUids
        );
        ensure!(
            uids.iter().all(|u| *u < n),
            Error::<T>::UidVecContainInvalidOne
        );
        let min = MinAllowedWeights::<T>::get(netuid).min(n) as usize;
        ensure!(
            self_weight || values.len() >= min,
            Error::<T>::WeightVecLengthIsLow
        );
        let upscaled = max_upscale(&values);
        let limit = MaxWeightsLimit::<T>::get(netuid);
        ensure!(
            self_weight || limit == u16::MAX || upscaled.iter().all(|w| *w <= limit),
            Error::<T>::MaxWeightExceeded
        );
        let row: Vec<(u16, u16)> = uids.iter().copied().zip(upscaled).collect();
        Weights::<T>::insert(index, uid, row);
        if !commit_reveal {
            Self::set_last_update_at(index, uid, now);
        }
        Self::deposit_event(Event::WeightsSet(index, uid));
        Ok(())
    }

    // ---- commit-reveal v2 ----------------------------------------------------------------

    /// The first and last block of the epoch `RevealPeriodEpochs` after the current one.
    pub fn reveal_blocks(netuid: NetUid) -> (u64, u64) {
        let tempo = Tempo::<T>::get(netuid) as u64;
        let period = RevealPeriodEpochs::<T>::get(netuid);
        let first = LastEpochBlock::<T>::get(netuid).saturating_add(tempo.saturating_mul(period));
        (first, first.saturating_add(tempo.saturating_sub(1)))
    }

    /// The commit's reveal window is over.
    pub fn commit_expired(last_reveal_block: u64, now: u64) -> bool {
        now > last_reveal_block
    }

    fn drop_expired(commits: &mut VecDeque<(H256, u64, u64, u64)>, now: u64) -> Vec<H256> {
        let mut expired = Vec::new();
        while let Some((hash, _, _, last)) = commits.front() {
            if Self::commit_expired(*last, now) {
                expired.push(*hash);
                commits.pop_front();
            } else {
                break;
            }
        }
        expired
    }

    pub fn do_commit_weights(
        who: &AccountId32,
        netuid: NetUid,
        mecid: u8,
        hash: H256,
    ) -> DispatchResult {
        Self::ensure_mechanism_exists(netuid, mecid)?;
        let index = Self::storage_index(netuid, mecid);
        ensure!(
            CommitRevealWeightsEnabled::<T>::get(netuid),
            Error::<T>::CommitRevealDisabled
        );
        let uid = Self::uid_of(netuid, who).ok_or(Error::<T>::HotKeyNotRegisteredInSubNet)?;
        let now = Self::block_number();
        ensure!(
            Self::weights_rate_limit_passes(index, uid, now),
            Error::<T>::CommittingWeightsTooFast
        );
        let (first, last) = Self::reveal_blocks(netuid);
        let mut commits = WeightCommits::<T>::get(index, who).unwrap_or_default();
        Self::drop_expired(&mut commits, now);
        ensure!(
            commits.len() < MAX_UNREVEALED_COMMITS,
            Error::<T>::TooManyUnrevealedCommits
        );
        commits.push_back((hash, now, first, last));
        WeightCommits::<T>::insert(index, who, commits);
        Self::deposit_event(Event::WeightsCommitted(who.clone(), index, hash));
        Self::set_last_update_at(index, uid, now);
        Ok(())
    }

    /// Finds the commit for one reveal, removes it and every older commit, and sets the weights.
    fn reveal_one(
        who: &AccountId32,
        netuid: NetUid,
        mecid: u8,
        commits: &mut VecDeque<(H256, u64, u64, u64)>,
        expired: &[H256],
        reveal: Reveal,
    ) -> Result<H256, sp_runtime::DispatchError> {
        let Reveal {
            uids,
            values,
            salt,
            version_key,
        } = reveal;
        let now = Self::block_number();
        let index = Self::storage_index(netuid, mecid);
        let hash = commit_hash(who, index, &uids, &values, &salt, version_key);
        if commits.is_empty() {
            return Err(if expired.contains(&hash) {
                Error::<T>::ExpiredWeightCommit
            } else {
                Error::<T>::NoWeightsCommitFound
            }
            .into());
        }
        let Some(position) = commits.iter().position(|(h, ..)| *h == hash) else {
            return Err(if expired.contains(&hash) {
                Error::<T>::ExpiredWeightCommit
            } else {
                Error::<T>::InvalidRevealCommitHashNotMatch
            }
            .into());
        };
        let (_, _, first, last) = commits[position];
        ensure!(now >= first && now <= last, Error::<T>::RevealTooEarly);
        for _ in 0..=position {
            commits.pop_front();
        }
        Self::do_set_weights(who, netuid, mecid, uids, values, version_key)?;
        Ok(hash)
    }

    pub fn do_reveal_weights(
        who: &AccountId32,
        netuid: NetUid,
        mecid: u8,
        uids: Vec<u16>,
        values: Vec<u16>,
        salt: Vec<u16>,
        version_key: u64,
    ) -> DispatchResult {
        let index = Self::storage_index(netuid, mecid);
        ensure!(
            CommitRevealWeightsEnabled::<T>::get(netuid),
            Error::<T>::CommitRevealDisabled
        );
        let mut commits =
            WeightCommits::<T>::get(index, who).ok_or(Error::<T>::NoWeightsCommitFound)?;
        let expired = Self::drop_expired(&mut commits, Self::block_number());
        let hash = Self::reveal_one(
            who,
            netuid,
            mecid,
            &mut commits,
            &expired,
            Reveal {
                uids,
                values,
                salt,
                version_key,
            },
        )?;
        Self::store_commits(index, who, commits);
        Self::deposit_event(Event::WeightsRevealed(who.clone(), index, hash));
        Ok(())
    }

    fn store_commits(index: NetUid, who: &AccountId32, commits: VecDeque<(H256, u64, u64, u64)>) {
        if commits.is_empty() {
            WeightCommits::<T>::remove(index, who);
        } else {
            WeightCommits::<T>::insert(index, who, commits);
        }
    }

    pub fn do_batch_reveal_weights(
        who: &AccountId32,
        netuid: NetUid,
        uids_list: Vec<Vec<u16>>,
        values_list: Vec<Vec<u16>>,
        salts_list: Vec<Vec<u16>>,
        version_keys: Vec<u64>,
    ) -> DispatchResult {
        let count = uids_list.len();
        ensure!(
            count == values_list.len() && count == salts_list.len() && count == version_keys.len(),
            Error::<T>::InputLengthsUnequal
        );
        ensure!(
            CommitRevealWeightsEnabled::<T>::get(netuid),
            Error::<T>::CommitRevealDisabled
        );
        let mut commits =
            WeightCommits::<T>::get(netuid, who).ok_or(Error::<T>::NoWeightsCommitFound)?;
        let expired = Self::drop_expired(&mut commits, Self::block_number());
        let mut hashes = Vec::with_capacity(count);
        for (((uids, values), salt), version_key) in uids_list
            .into_iter()
            .zip(values_list)
            .zip(salts_list)
            .zip(version_keys)
        {
            hashes.push(Self::reveal_one(
                who,
                netuid,
                0,
                &mut commits,
                &expired,
                Reveal {
                    uids,
                    values,
                    salt,
                    version_key,
                },
            )?);
        }
        Self::store_commits(netuid, who, commits);
        Self::deposit_event(Event::WeightsBatchRevealed(who.clone(), netuid, hashes));
        Ok(())
    }

    // ---- commit-reveal v4 (timelocked) ---------------------------------------------------

    pub fn do_commit_timelocked_weights(
        who: &AccountId32,
        netuid: NetUid,
        mecid: u8,
        commit: BoundedVec<u8, ConstU32<MAX_CRV3_COMMIT_SIZE_BYTES>>,
        reveal_round: u64,
        version: u16,
    ) -> DispatchResult {
        Self::ensure_mechanism_exists(netuid, mecid)?;
        let index = Self::storage_index(netuid, mecid);
        ensure!(
            CommitRevealWeightsEnabled::<T>::get(netuid),
            Error::<T>::CommitRevealDisabled
        );
        ensure!(
            version == CommitRevealWeightsVersion::<T>::get(),
            Error::<T>::IncorrectCommitRevealVersion
        );
        let uid = Self::uid_of(netuid, who).ok_or(Error::<T>::HotKeyNotRegisteredInSubNet)?;
        let now = Self::block_number();
        ensure!(
            Self::weights_rate_limit_passes(index, uid, now),
            Error::<T>::CommittingWeightsTooFast
        );
        let epoch = SubnetEpochIndex::<T>::get(netuid);
        let hash = H256(sp_io::hashing::blake2_256(&commit));
        TimelockedWeightCommits::<T>::try_mutate(index, epoch, |queue| -> DispatchResult {
            let mine = queue.iter().filter(|(acct, ..)| acct == who).count();
            ensure!(
                mine < MAX_UNREVEALED_COMMITS,
                Error::<T>::TooManyUnrevealedCommits
            );
            queue.push_back((who.clone(), now, commit, reveal_round));
            Ok(())
        })?;
        Self::deposit_event(Event::TimelockedWeightsCommitted(
            who.clone(),
            index,
            hash,
            reveal_round,
        ));
        Self::set_last_update_at(index, uid, now);
        Ok(())
    }

    /// Pool-time weights checks (`CheckWeights` and the weights part of `CheckRateLimits`),
    /// as the real extension runs them: input lengths, minimum stake, the reveal's commit and
    /// window, the timelocked reveal round, then the rate limits.
    pub fn pool_check_weights(who: &AccountId32, call: &Call<T>) -> Result<(), Error<T>> {
        match call {
            Call::batch_reveal_weights {
                uids_list,
                values_list,
                salts_list,
                version_keys,
                ..
            } if uids_list.len() != values_list.len()
                || uids_list.len() != salts_list.len()
                || uids_list.len() != version_keys.len() =>
            {
                return Err(Error::<T>::InputLengthsUnequal);
            }
            _ => {}
        }
        let (netuid, index) = match call {
            Call::set_weights { netuid, .. }
            | Call::commit_weights { netuid, .. }
            | Call::reveal_weights { netuid, .. }
            | Call::batch_reveal_weights { netuid, .. }
            | Call::commit_timelocked_weights { netuid, .. } => (*netuid, *netuid),
            Call::set_mechanism_weights { netuid, mecid, .. }
            | Call::commit_mechanism_weights { netuid, mecid, .. }
            | Call::reveal_mechanism_weights { netuid, mecid, .. }
            | Call::commit_timelocked_mechanism_weights { netuid, mecid, .. } => {
                (*netuid, Self::storage_index(*netuid, *mecid))
            }
            _ => return Ok(()),
        };
        if !Self::weights_min_stake_passes(who, netuid) {
            return Err(Error::<T>::NotEnoughStakeToSetWeights);
        }
        let now = Self::block_number();
        let reveal_ok = |uids: &[u16], values: &[u16], salt: &[u16], vk: u64| {
            let commits =
                WeightCommits::<T>::get(index, who).ok_or(Error::<T>::NoWeightsCommitFound)?;
            let hash = commit_hash(who, index, uids, values, salt, vk);
            let (_, _, first, last) = commits
                .iter()
                .find(|(h, ..)| *h == hash)
                .copied()
                .ok_or(Error::<T>::NoWeightsCommitFound)?;
            if now >= first && now <= last {
                Ok(())
            } else {
                Err(Error::<T>::RevealTooEarly)
            }
        };
        match call {
            Call::reveal_weights {
                uids,
                values,
                salt,
                version_key,
                ..
            }
            | Call::reveal_mechanism_weights {
                uids,
                values,
                salt,
                version_key,
                ..
            } => reveal_ok(uids, values, salt, *version_key)?,
            Call::batch_reveal_weights {
                uids_list,
                values_list,
                salts_list,
                version_keys,
                ..
            } => {
                for (((u, v), s), k) in uids_list
                    .iter()
                    .zip(values_list)
                    .zip(salts_list)
                    .zip(version_keys)
                {
                    reveal_ok(u, v, s, *k)?;
                }
            }
            Call::commit_timelocked_weights { reveal_round, .. }
            | Call::commit_timelocked_mechanism_weights { reveal_round, .. }
                if *reveal_round < crate::pallet_drand::LastStoredRound::<T>::get() =>
            {
                return Err(Error::<T>::InvalidRevealRound);
            }
            _ => {}
        }
        let rate_limited = |error: Error<T>| match Self::uid_of(netuid, who) {
            Some(uid) if !Self::weights_rate_limit_passes(index, uid, now) => Err(error),
            _ => Ok(()),
        };
        match call {
            Call::commit_weights { .. } | Call::commit_mechanism_weights { .. } => {
                rate_limited(Error::<T>::CommittingWeightsTooFast)
            }
            Call::set_weights { .. } | Call::set_mechanism_weights { .. }
                if !CommitRevealWeightsEnabled::<T>::get(netuid) =>
            {
                rate_limited(Error::<T>::SettingWeightsTooFast)
            }
            _ => Ok(()),
        }
    }
}
