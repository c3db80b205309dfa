//! Helpers every part of the pallet uses: the block number, whether a subnet exists and runs the
//! dynamic (pool) mechanism, the subtoken switch, and the coldkey's free balance.

use super::*;
use crate::types::NetUid;
use frame_support::{
    pallet_prelude::DispatchResult,
    traits::{
        fungible::{Balanced, Inspect},
        tokens::{Fortitude, Precision, Preservation},
    },
};
use sp_runtime::AccountId32;

type Balances<T> = pallet_balances::Pallet<T>;

impl<T: Config> Pallet<T> {
    pub fn block_number() -> u64 {
        use sp_runtime::traits::UniqueSaturatedInto;
        frame_system::Pallet::<T>::block_number().unique_saturated_into()
    }

    pub fn if_subnet_exist(netuid: NetUid) -> bool {
        NetworksAdded::<T>::get(netuid)
    }

    pub(crate) fn is_dynamic(netuid: NetUid) -> bool {
        SubnetMechanism::<T>::get(netuid) == 1
    }

    pub(crate) fn ensure_subtoken_enabled(netuid: NetUid) -> DispatchResult {
        if netuid == 0 || SubtokenEnabled::<T>::get(netuid) {
            Ok(())
        } else {
            Err(Error::<T>::SubtokenDisabled.into())
        }
    }

    pub fn free_balance(who: &AccountId32) -> u64 {
        Balances::<T>::balance(who)
    }

    pub(crate) fn withdraw(who: &AccountId32, amount: u64) -> DispatchResult {
        if amount == 0 {
            return Ok(());
        }
        let credit = <Balances<T> as Balanced<AccountId32>>::withdraw(
            who,
            amount,
            Precision::Exact,
            Preservation::Preserve,
            Fortitude::Polite,
        )
        .map_err(|_| Error::<T>::BalanceWithdrawalError)?;
        drop(credit);
        Ok(())
    }

    pub(crate) fn deposit(who: &AccountId32, amount: u64) {
        if amount == 0 {
            return;
        }
        if let Ok(debt) =
            <Balances<T> as Balanced<AccountId32>>::deposit(who, amount, Precision::BestEffort)
        {
            drop(debt);
        }
    }

    pub(crate) fn can_withdraw(who: &AccountId32, amount: u64) -> bool {
        let reducible = <Balances<T> as Inspect<AccountId32>>::reducible_balance(
            who,
            Preservation::Preserve,
            Fortitude::Polite,
        );
        reducible >= amount
    }
}
