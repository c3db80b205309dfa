//! Root dividends and their claims.
//!
//! At the epoch each validator's root α (after its take) becomes claimable per unit of its root
//! stake (`RootClaimable`); `claim_root` pays each coldkey its share, minus what it already
//! claimed (`RootClaimed`), as α kept on the subnet or sold for TAO staked on root
//! (`RootClaimType`). Root stake added or removed later moves `RootClaimed` so that only
//! dividends earned while staked are owed.

use super::pool::pool_out;
use super::*;
use crate::types::{NetUid, RootClaimTypeEnum};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;
use std::collections::BTreeSet;
use substrate_fixed::types::I96F32;

/// Most subnets one `claim_root` may name (`MAX_SUBNET_CLAIMS`).
pub const MAX_SUBNET_CLAIMS: usize = 5;

impl<T: Config> Pallet<T> {
    /// Sells α for TAO on the pool without fee (a root claim of type `Swap`).
    fn fee_less_sell(netuid: NetUid, alpha: u64) -> Result<u64, Error<T>> {
        if SubnetMechanism::<T>::get(netuid) != 1 {
            return Ok(alpha);
        }
        let x = SubnetAlphaIn::<T>::get(netuid);
        let y = SubnetTAO::<T>::get(netuid);
        let tao = pool_out::<T>(y, x, alpha)?;
        SubnetTAO::<T>::mutate(netuid, |v| *v = v.saturating_sub(tao));
        SubnetAlphaIn::<T>::mutate(netuid, |v| *v = v.saturating_add(alpha));
        SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_sub(alpha));
        SubnetVolume::<T>::mutate(netuid, |v| *v = v.saturating_add(tao as u128));
        TotalStake::<T>::mutate(|v| *v = v.saturating_sub(tao));
        Ok(tao)
    }

    /// `increase_root_claimable_for_hotkey_and_subnet`: `amount / root stake` more claimable per
    /// unit of the hotkey's root stake. Returns false when the hotkey's root stake is below
    /// `amount`; the chain then stakes the α to the hotkey's owner on the subnet instead.
    pub fn increase_root_claimable(hotkey: &AccountId32, netuid: NetUid, amount: u64) -> bool {
        let total = I96F32::saturating_from_num(TotalHotkeyAlpha::<T>::get(hotkey, 0));
        let increment = I96F32::saturating_from_num(amount)
            .checked_div(total)
            .unwrap_or(I96F32::from_num(0));
        if amount > total.saturating_to_num::<u64>() {
            let owner = Owner::<T>::get(hotkey);
            Self::increase_stake(hotkey, &owner, netuid, amount);
            return false;
        }
        RootClaimable::<T>::mutate(hotkey, |map| {
            let entry = map.entry(netuid).or_default();
            entry.bits = I96F32::from_bits(entry.bits)
                .saturating_add(increment)
                .to_bits();
        });
        true
    }

    /// `RootClaimed` after root stake of `amount` was added (`add = true`) or removed, for every
    /// subnet the hotkey has claimable dividends on: `± rate · amount`.
    pub fn adjust_root_claimed(
        hotkey: &AccountId32,
        coldkey: &AccountId32,
        amount: u64,
        add: bool,
    ) {
        for (netuid, rate) in RootClaimable::<T>::get(hotkey) {
            if !add && netuid == 0 {
                continue;
            }
            let delta: u128 = I96F32::from_bits(rate.bits)
                .saturating_mul(I96F32::saturating_from_num(amount))
                .saturating_to_num::<u128>();
            RootClaimed::<T>::mutate((netuid, hotkey, coldkey), |c| {
                *c = if add {
                    c.saturating_add(delta)
                } else {
                    c.saturating_sub(delta)
                }
            });
        }
    }

    /// What a coldkey is owed on a subnet through a hotkey: `rate · its root stake − claimed`.
    pub fn root_owed(hotkey: &AccountId32, coldkey: &AccountId32, netuid: NetUid) -> I96F32 {
        let stake = I96F32::saturating_from_num(Self::stake_of(hotkey, coldkey, 0));
        let rate = RootClaimable::<T>::get(hotkey)
            .get(&netuid)
            .map(|r| I96F32::from_bits(r.bits))
            .unwrap_or(I96F32::from_num(0));
        let claimed = I96F32::saturating_from_num(RootClaimed::<T>::get((netuid, hotkey, coldkey)));
        rate.saturating_mul(stake).saturating_sub(claimed)
    }

    fn root_claim_on_subnet(
        hotkey: &AccountId32,
        coldkey: &AccountId32,
        netuid: NetUid,
        claim_type: &RootClaimTypeEnum,
    ) -> DispatchResult {
        let owed = Self::root_owed(hotkey, coldkey, netuid);
        let threshold = I96F32::from_bits(RootClaimableThreshold::<T>::get(netuid).bits);
        if owed < threshold {
            return Ok(());
        }
        let owed_u64 = if owed.is_negative() {
            0
        } else {
            owed.saturating_to_num::<u64>()
        };
        if owed_u64 == 0 {
            return Ok(());
        }
        let swap = match claim_type {
            RootClaimTypeEnum::Swap => true,
            RootClaimTypeEnum::Keep => false,
            RootClaimTypeEnum::KeepSubnets { subnets } => !subnets.contains(&netuid),
        };
        if swap {
            let tao = Self::fee_less_sell(netuid, owed_u64)?;
            SubnetTAO::<T>::mutate(0, |v| *v = v.saturating_add(tao));
            SubnetAlphaOut::<T>::mutate(0, |v| *v = v.saturating_add(tao));
            TotalStake::<T>::mutate(|v| *v = v.saturating_add(tao));
            // `increase_stake` on root moves `RootClaimed` by the new stake's rate.
            Self::increase_stake(hotkey, coldkey, 0, tao);
        } else {
            Self::increase_stake(hotkey, coldkey, netuid, owed_u64);
        }
        RootClaimed::<T>::mutate((netuid, hotkey, coldkey), |c| {
            *c = c.saturating_add(owed_u64 as u128)
        });
        Ok(())
    }

    /// `claim_root(subnets)`: for each hotkey the coldkey stakes to and each listed subnet the
    /// hotkey has claimable dividends on, pay what is owed (at least `RootClaimableThreshold`).
    pub fn do_claim_root(coldkey: AccountId32, subnets: BTreeSet<NetUid>) -> DispatchResult {
        ensure!(
            !subnets.is_empty() && subnets.len() <= MAX_SUBNET_CLAIMS,
            Error::<T>::InvalidSubnetNumber
        );
        let claim_type = RootClaimType::<T>::get(&coldkey);
        for hotkey in StakingHotkeys::<T>::get(&coldkey) {
            for netuid in RootClaimable::<T>::get(&hotkey).into_keys() {
                if subnets.contains(&netuid) {
                    Self::root_claim_on_subnet(&hotkey, &coldkey, netuid, &claim_type)?;
                }
            }
        }
        Self::deposit_event(Event::RootClaimed { coldkey });
        Ok(())
    }

    /// `set_root_claim_type`: how the coldkey's root dividends are claimed; `KeepSubnets` must
    /// name at least one subnet.
    pub fn do_set_root_claim_type(
        coldkey: AccountId32,
        new_root_claim_type: RootClaimTypeEnum,
    ) -> DispatchResult {
        if let RootClaimTypeEnum::KeepSubnets { subnets } = &new_root_claim_type {
            ensure!(!subnets.is_empty(), Error::<T>::InvalidSubnetNumber);
        }
        RootClaimType::<T>::insert(&coldkey, new_root_claim_type.clone());
        Self::deposit_event(Event::RootClaimTypeSet {
            coldkey,
            root_claim_type: new_root_claim_type,
        });
        Ok(())
    }
}
