//! Stake as shares: a position's α is its share of the hotkey's pool on the subnet (`Alpha`
//! shares over `TotalHotkeyShares`, times `TotalHotkeyAlpha`). Adding and removing α mints and
//! burns shares; root stake also moves the coldkey's already-claimed root dividends.

use crate::pallet_subtensor::pool::u256_to_u64;
use crate::pallet_subtensor::*;
use crate::types::{FixedU128, NetUid};
use sp_core::U256;
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    pub fn stake_of(hotkey: &AccountId32, coldkey: &AccountId32, netuid: NetUid) -> u64 {
        let shares = Alpha::<T>::get((hotkey, coldkey, netuid)).bits;
        if shares == 0 {
            return 0;
        }
        let total_shares = TotalHotkeyShares::<T>::get(hotkey, netuid).bits;
        let total_alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
        if total_shares == 0 {
            return 0;
        }
        u256_to_u64(U256::from(shares) * U256::from(total_alpha) / U256::from(total_shares))
    }

    pub fn increase_stake(hotkey: &AccountId32, coldkey: &AccountId32, netuid: NetUid, alpha: u64) {
        if alpha == 0 {
            return;
        }
        let total_shares = TotalHotkeyShares::<T>::get(hotkey, netuid).bits;
        let total_alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
        let new_shares = if total_shares == 0 || total_alpha == 0 {
            FixedU128::from_int(alpha).bits
        } else {
            let v = U256::from(alpha) * U256::from(total_shares) / U256::from(total_alpha);
            v.low_u128()
        };
        Alpha::<T>::mutate((hotkey, coldkey, netuid), |s| {
            s.bits = s.bits.saturating_add(new_shares)
        });
        TotalHotkeyShares::<T>::mutate(hotkey, netuid, |s| {
            s.bits = s.bits.saturating_add(new_shares)
        });
        TotalHotkeyAlpha::<T>::mutate(hotkey, netuid, |a| *a = a.saturating_add(alpha));
        StakingHotkeys::<T>::mutate(coldkey, |list| {
            if !list.contains(hotkey) {
                list.push(hotkey.clone());
            }
        });
        if netuid == 0 {
            Self::adjust_root_claimed(hotkey, coldkey, alpha, true);
        }
    }

    pub fn decrease_stake(hotkey: &AccountId32, coldkey: &AccountId32, netuid: NetUid, alpha: u64) {
        let held = Self::stake_of(hotkey, coldkey, netuid);
        let shares = Alpha::<T>::get((hotkey, coldkey, netuid)).bits;
        let total_shares = TotalHotkeyShares::<T>::get(hotkey, netuid).bits;
        let total_alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
        let removed_shares = if alpha >= held || total_alpha == 0 {
            shares
        } else {
            let v = (U256::from(alpha) * U256::from(total_shares) + U256::from(total_alpha - 1))
                / U256::from(total_alpha);
            v.low_u128().min(shares)
        };
        let left = shares - removed_shares;
        if left == 0 {
            Alpha::<T>::remove((hotkey, coldkey, netuid));
        } else {
            Alpha::<T>::insert((hotkey, coldkey, netuid), FixedU128 { bits: left });
        }
        TotalHotkeyShares::<T>::mutate(hotkey, netuid, |s| {
            s.bits = s.bits.saturating_sub(removed_shares)
        });
        TotalHotkeyAlpha::<T>::mutate(hotkey, netuid, |a| *a = a.saturating_sub(alpha.min(held)));
        if netuid == 0 {
            Self::adjust_root_claimed(hotkey, coldkey, alpha.min(held), false);
        }
    }
}
