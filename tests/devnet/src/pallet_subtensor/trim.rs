//! `trim_to_max_allowed_uids` (behind `AdminUtils.sudo_trim_to_max_allowed_uids`, 78), as the
//! chain's `subnets/uids.rs` does it at spec 425: the new maximum is written, then, when the
//! subnet holds more uids, the lowest emitters that are neither the owner's immune uids nor in
//! their immunity period go (emission descending, ties in uid order, removed from the bottom),
//! their per-hotkey and per-uid entries are cleared, and the kept uids are compacted to the
//! left with every per-uid vector, key, registration block, weight and bond row (and the uids
//! inside the rows) moved with them.

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::{AccountId32, Percent};
use std::collections::{BTreeMap, BTreeSet};

/// `TransactionType::MaxUidsTrimming`, the third key of `TransactionKeyLastBlock`.
pub const TX_MAX_UIDS_TRIMMING: u16 = 9;
/// `MaxUidsTrimmingRateLimit`: 30 × 7200 = 216000 blocks on the chain, 1 in its fast-runtime
/// build, which the devnet follows.
pub const MAX_UIDS_TRIMMING_RATE_LIMIT: u64 = 1;
/// The runtime's `MaxImmuneUidsPercentage`.
pub const MAX_IMMUNE_UIDS_PERCENT: u8 = 80;

impl<T: Config> Pallet<T> {
    /// `get_immune_owner_uids`: the uids of the owner's hotkeys on the subnet, earliest
    /// registration (then lowest uid) first, at most `ImmuneOwnerUidsLimit` of them.
    pub fn immune_owner_uids(netuid: NetUid, owner: &AccountId32) -> Vec<u16> {
        let mut held: Vec<(u64, u16)> = OwnedHotkeys::<T>::get(owner)
            .iter()
            .filter_map(|hk| Uids::<T>::get(netuid, hk))
            .map(|uid| (BlockAtRegistration::<T>::get(netuid, uid), uid))
            .collect();
        held.sort();
        held.truncate(ImmuneOwnerUidsLimit::<T>::get(netuid).into());
        held.into_iter().map(|(_, uid)| uid).collect()
    }

    /// `get_neuron_is_immune`: registered fewer than `ImmunityPeriod` blocks ago.
    pub fn neuron_is_immune(netuid: NetUid, uid: u16) -> bool {
        Self::block_number().saturating_sub(BlockAtRegistration::<T>::get(netuid, uid))
            < u64::from(ImmunityPeriod::<T>::get(netuid))
    }

    /// The owner's call: owner (`BadOrigin`) and rate limit (`TxRateLimitExceeded`), the freeze
    /// window, the trim, then the rate limit recorded.
    pub fn owner_trim_to_max_allowed_uids(
        who: Option<&AccountId32>,
        netuid: NetUid,
        max_n: u16,
    ) -> DispatchResult {
        if let Some(who) = who {
            ensure!(
                SubnetOwner::<T>::get(netuid) == *who,
                sp_runtime::DispatchError::BadOrigin
            );
            let last = TransactionKeyLastBlock::<T>::get((who, netuid, TX_MAX_UIDS_TRIMMING));
            ensure!(
                last == 0
                    || Self::block_number().saturating_sub(last) >= MAX_UIDS_TRIMMING_RATE_LIMIT,
                Error::<T>::TxRateLimitExceeded
            );
        }
        Self::ensure_admin_window_open(netuid)?;
        Self::trim_to_max_allowed_uids(netuid, max_n)?;
        if let Some(who) = who {
            TransactionKeyLastBlock::<T>::insert(
                (who, netuid, TX_MAX_UIDS_TRIMMING),
                Self::block_number(),
            );
        }
        Ok(())
    }

    /// `trim_to_max_allowed_uids`.
    pub fn trim_to_max_allowed_uids(netuid: NetUid, max_n: u16) -> DispatchResult {
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        ensure!(
            max_n >= MinAllowedUids::<T>::get(netuid),
            Error::<T>::InvalidValue
        );
        ensure!(
            max_n <= MaxAllowedUids::<T>::get(netuid),
            Error::<T>::InvalidValue
        );
        MaxAllowedUids::<T>::insert(netuid, max_n);
        let current_n = SubnetworkN::<T>::get(netuid);
        if current_n <= max_n {
            return Ok(());
        }
        let owner = SubnetOwner::<T>::get(netuid);
        let owner_uids: BTreeSet<u16> = Self::immune_owner_uids(netuid, &owner)
            .into_iter()
            .collect();
        let immune = |uid: u16| owner_uids.contains(&uid) || Self::neuron_is_immune(netuid, uid);
        let immune_count = (0..current_n).filter(|u| immune(*u)).count() as u16;
        ensure!(
            Percent::from_rational(immune_count, max_n)
                < Percent::from_percent(MAX_IMMUNE_UIDS_PERCENT),
            Error::<T>::TrimmingWouldExceedMaxImmunePercentage
        );

        // Emission descending; the sort is stable, so equal emitters stay in uid order.
        let mut emissions: Vec<(usize, u64)> =
            Emission::<T>::get(netuid).into_iter().enumerate().collect();
        emissions.sort_by_key(|(_, e)| core::cmp::Reverse(*e));
        let indices = Self::mechanism_indices(netuid);
        let mut left = current_n;
        for i in (0..current_n as usize).rev() {
            if left == max_n {
                break;
            }
            let Some(&(uid, _)) = emissions.get(i) else {
                continue;
            };
            let uid16 = uid as u16;
            if immune(uid16) {
                continue;
            }
            if Keys::<T>::contains_key(netuid, uid16) {
                let hotkey = Keys::<T>::get(netuid, uid16);
                Uids::<T>::remove(netuid, &hotkey);
                IsNetworkMember::<T>::remove(&hotkey, netuid);
                AlphaDividendsPerSubnet::<T>::remove(netuid, &hotkey);
                Axons::<T>::remove(netuid, &hotkey);
            }
            Keys::<T>::remove(netuid, uid16);
            BlockAtRegistration::<T>::remove(netuid, uid16);
            for index in &indices {
                Weights::<T>::remove(*index, uid16);
                Bonds::<T>::remove(*index, uid16);
            }
            emissions.remove(i);
            left = left.saturating_sub(1);
        }

        emissions.sort_by_key(|(uid, _)| *uid);
        let (kept, kept_emission): (Vec<usize>, Vec<u64>) = emissions.into_iter().unzip();
        fn pick<V: Clone + Default>(v: Vec<V>, kept: &[usize]) -> Vec<V> {
            kept.iter()
                .map(|u| v.get(*u).cloned().unwrap_or_default())
                .collect()
        }
        Emission::<T>::insert(netuid, kept_emission);
        Active::<T>::insert(netuid, pick(Active::<T>::get(netuid), &kept));
        Consensus::<T>::insert(netuid, pick(Consensus::<T>::get(netuid), &kept));
        Dividends::<T>::insert(netuid, pick(Dividends::<T>::get(netuid), &kept));
        ValidatorTrust::<T>::insert(netuid, pick(ValidatorTrust::<T>::get(netuid), &kept));
        ValidatorPermit::<T>::insert(netuid, pick(ValidatorPermit::<T>::get(netuid), &kept));
        StakeWeight::<T>::insert(netuid, pick(StakeWeight::<T>::get(netuid), &kept));
        for index in &indices {
            Incentive::<T>::insert(*index, pick(Incentive::<T>::get(*index), &kept));
            LastUpdate::<T>::insert(*index, pick(LastUpdate::<T>::get(*index), &kept));
        }

        let old_to_new: BTreeMap<usize, usize> = kept
            .iter()
            .enumerate()
            .map(|(new, old)| (*old, new))
            .collect();
        let remap = |row: &mut Vec<(u16, u16)>| {
            row.retain_mut(|(target, _)| match old_to_new.get(&(*target as usize)) {
                Some(new) => {
                    *target = *new as u16;
                    true
                }
                None => false,
            })
        };
        for (old, new) in &old_to_new {
            let (old, new) = (*old as u16, *new as u16);
            Keys::<T>::swap(netuid, old, netuid, new);
            BlockAtRegistration::<T>::swap(netuid, old, netuid, new);
            for index in &indices {
                Weights::<T>::swap(*index, old, *index, new);
                Weights::<T>::mutate(*index, new, remap);
                Bonds::<T>::swap(*index, old, *index, new);
                Bonds::<T>::mutate(*index, new, remap);
            }
        }
        let _ = Uids::<T>::clear_prefix(netuid, u32::MAX, None);
        for new in old_to_new.values() {
            let hotkey = Keys::<T>::get(netuid, *new as u16);
            Uids::<T>::insert(netuid, hotkey, *new as u16);
        }
        SubnetworkN::<T>::insert(netuid, max_n);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use sp_runtime::Percent;

    /// tao predicts the chain's immune-share check with its own arithmetic; it must agree with
    /// `Percent::from_rational` everywhere.
    #[test]
    fn taos_immune_share_matches_percent_from_rational() {
        for max_n in 1u16..=300 {
            for immune in 0u16..=max_n + 5 {
                let chain = Percent::from_rational(immune, max_n) < Percent::from_percent(80);
                assert_eq!(
                    tao::chain::extrinsics::trim::immune_share_allowed(immune, max_n),
                    chain,
                    "{immune}/{max_n}"
                );
            }
        }
    }
}
