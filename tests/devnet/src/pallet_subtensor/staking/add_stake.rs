//! `add_stake` and `add_stake_limit`: TAO from the coldkey buys α on the subnet's pool for the
//! hotkey's position.

use crate::pallet_subtensor::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    pub fn do_add_stake(
        coldkey: AccountId32,
        hotkey: AccountId32,
        netuid: NetUid,
        amount: u64,
        limit: Option<u64>,
        allow_partial: bool,
    ) -> DispatchResult {
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        Self::ensure_subtoken_enabled(netuid)?;
        let min_fee = MIN_STAKE as u128 * Self::fee_rate(netuid) as u128 / 65535;
        let amount = match limit {
            None => amount,
            Some(limit_price) => {
                let max = Self::max_amount_add(netuid, limit_price);
                if allow_partial {
                    ensure!(max > 0, Error::<T>::SlippageTooHigh);
                    amount.min(max)
                } else {
                    ensure!(amount <= max, Error::<T>::SlippageTooHigh);
                    amount
                }
            }
        };
        ensure!(
            amount as u128 >= MIN_STAKE as u128 + min_fee,
            Error::<T>::AmountTooLow
        );
        ensure!(
            Self::can_withdraw(&coldkey, amount),
            Error::<T>::NotEnoughBalanceToStake
        );
        ensure!(
            Owner::<T>::contains_key(&hotkey),
            Error::<T>::HotKeyAccountNotExists
        );
        if Self::is_dynamic(netuid) {
            ensure!(
                amount as u128 <= SubnetTAO::<T>::get(netuid) as u128 * 1000,
                Error::<T>::InsufficientLiquidity
            );
        }
        Self::sim_buy(netuid, amount)?;
        Self::withdraw(&coldkey, amount)?;
        let (alpha, fee) = Self::swap_tao_for_alpha(netuid, amount)?;
        Self::increase_stake(&hotkey, &coldkey, netuid, alpha);
        Self::cleanup_lock_if_zero(&coldkey, netuid);
        Self::deposit_event(Event::StakeAdded(
            coldkey, hotkey, amount, alpha, netuid, fee,
        ));
        Ok(())
    }
}
