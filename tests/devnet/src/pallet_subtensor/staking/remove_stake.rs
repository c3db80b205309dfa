//! `remove_stake`, `remove_stake_limit` and `unstake_all`: α sold on the subnet's pool, the TAO
//! paid to the coldkey.

use crate::pallet_subtensor::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    pub fn do_remove_stake(
        coldkey: AccountId32,
        hotkey: AccountId32,
        netuid: NetUid,
        amount: u64,
        limit: Option<u64>,
        allow_partial: bool,
    ) -> DispatchResult {
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        let amount = match limit {
            None => amount,
            Some(limit_price) => {
                let max = Self::max_amount_remove(netuid, limit_price);
                if allow_partial {
                    ensure!(max > 0, Error::<T>::SlippageTooHigh);
                    amount.min(max)
                } else {
                    ensure!(amount <= max, Error::<T>::SlippageTooHigh);
                    amount
                }
            }
        };
        ensure!(amount > 0, Error::<T>::AmountTooLow);
        ensure!(
            Owner::<T>::contains_key(&hotkey),
            Error::<T>::HotKeyAccountNotExists
        );
        let held = Self::stake_of(&hotkey, &coldkey, netuid);
        ensure!(held >= amount, Error::<T>::NotEnoughStakeToWithdraw);
        let (tao, _) = Self::sim_sell(netuid, amount)?;
        ensure!(tao >= MIN_STAKE || amount == held, Error::<T>::AmountTooLow);
        Self::ensure_available_to_unstake(&coldkey, netuid, amount)?;
        Self::decrease_stake(&hotkey, &coldkey, netuid, amount);
        let (tao, fee) = Self::swap_alpha_for_tao(netuid, amount)?;
        Self::deposit(&coldkey, tao);
        Self::cleanup_lock_if_zero(&coldkey, netuid);
        Self::deposit_event(Event::StakeRemoved(
            coldkey, hotkey, tao, amount, netuid, fee,
        ));
        Ok(())
    }

    pub fn do_unstake_all(coldkey: AccountId32, hotkey: AccountId32) -> DispatchResult {
        ensure!(
            Owner::<T>::contains_key(&hotkey),
            Error::<T>::HotKeyAccountNotExists
        );
        let netuids: Vec<NetUid> = NetworksAdded::<T>::iter()
            .filter(|(_, added)| *added)
            .map(|(n, _)| n)
            .collect();
        // Locks: nothing is unstaked unless every subnet's α on the hotkey is free to leave.
        for &netuid in &netuids {
            let held = Self::stake_of(&hotkey, &coldkey, netuid);
            Self::ensure_available_to_unstake(&coldkey, netuid, held)?;
        }
        for netuid in netuids {
            let held = Self::stake_of(&hotkey, &coldkey, netuid);
            if held == 0 {
                continue;
            }
            if Self::sim_sell(netuid, held).is_err() {
                continue;
            }
            Self::decrease_stake(&hotkey, &coldkey, netuid, held);
            let (tao, fee) = Self::swap_alpha_for_tao(netuid, held)?;
            Self::deposit(&coldkey, tao);
            Self::cleanup_lock_if_zero(&coldkey, netuid);
            Self::deposit_event(Event::StakeRemoved(
                coldkey.clone(),
                hotkey.clone(),
                tao,
                held,
                netuid,
                fee,
            ));
        }
        Ok(())
    }
}
