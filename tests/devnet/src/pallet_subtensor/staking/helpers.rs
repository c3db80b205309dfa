//! Stake as shares: a position's α is its share of the hotkey's pool on the subnet (`Alpha`
//! shares over `TotalHotkeyShares`, times `TotalHotkeyAlpha`). Adding and removing α mints and
//! burns shares; root stake also moves the coldkey's already-claimed root dividends. Also the
//! hotkey-level views of stake: own and inherited (through children and parents) α and root
//! TAO, the stake weight, and the TAO value of all of a hotkey's stake.

use crate::pallet_subtensor::pool::u256_to_u64;
use crate::pallet_subtensor::*;
use crate::types::{FixedU128, NetUid};
use sp_core::U256;
use sp_runtime::AccountId32;
use substrate_fixed::types::{I64F64, U64F64, U96F32};
use tao::yuma::inherit;
use tao::yuma::math::{safe_div_u96, total_stake};

/// `TaoWeight / u64::MAX` as the chain converts it (U96F32 division, then I64F64).
pub fn tao_weight(raw: u64) -> I64F64 {
    I64F64::saturating_from_num(safe_div_u96(
        U96F32::saturating_from_num(raw),
        U96F32::saturating_from_num(u64::MAX),
    ))
}

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

    /// The hotkey's own α on `netuid` and its own root TAO stake (`TotalHotkeyAlpha`).
    pub fn own_stake_parts(hotkey: &AccountId32, netuid: NetUid) -> (u64, u64) {
        let alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
        let tao = if netuid == 0 {
            0
        } else {
            TotalHotkeyAlpha::<T>::get(hotkey, 0)
        };
        (alpha, tao)
    }

    /// The hotkey's inherited α on `netuid` and inherited root TAO stake
    /// (`get_inherited_for_hotkey_on_subnet`, `get_tao_inherited_for_hotkey_on_subnet`): its own
    /// stake minus what it gives its children plus what its parents give it, with the
    /// proportions of `ChildKeys`/`ParentKeys` on `netuid` (`tao::yuma::inherit`).
    pub fn stake_parts(hotkey: &AccountId32, netuid: NetUid) -> (u64, u64) {
        let (own_alpha, own_tao) = Self::own_stake_parts(hotkey, netuid);
        if netuid == 0 {
            return (own_alpha, own_tao);
        }
        let children: Vec<u64> = ChildKeys::<T>::get(hotkey, netuid)
            .iter()
            .map(|(p, _)| *p)
            .collect();
        let parents = ParentKeys::<T>::get(hotkey, netuid);
        let alpha = inherit::inherited_stake(
            own_alpha,
            children.iter().copied(),
            parents
                .iter()
                .map(|(p, parent)| (*p, TotalHotkeyAlpha::<T>::get(parent, netuid))),
        );
        let tao = inherit::inherited_stake(
            own_tao,
            children.iter().copied(),
            parents
                .iter()
                .map(|(p, parent)| (*p, TotalHotkeyAlpha::<T>::get(parent, 0))),
        );
        (alpha, tao)
    }

    /// `alpha + tao × tao_weight` for a hotkey on a subnet.
    pub fn stake_weight(hotkey: &AccountId32, netuid: NetUid) -> I64F64 {
        let (alpha, tao) = Self::stake_parts(hotkey, netuid);
        total_stake(alpha, tao, tao_weight(TaoWeight::<T>::get()))
    }

    /// The TAO value of all of a hotkey's own stake (`get_total_stake_for_hotkey`): Σ over the
    /// subnets of α × the subnet's current price, in `U64F64`, floored once at the end.
    pub fn total_stake_for_hotkey(hotkey: &AccountId32) -> u64 {
        NetworksAdded::<T>::iter()
            .filter(|(_, added)| *added)
            .map(|(netuid, _)| {
                let alpha = U64F64::saturating_from_num(TotalHotkeyAlpha::<T>::get(hotkey, netuid));
                alpha.saturating_mul(Self::alpha_price(netuid))
            })
            .fold(U64F64::from_num(0), |a, b| a.saturating_add(b))
            .saturating_to_num::<u64>()
    }
}
