//! Takes: `decrease_take` and `increase_take` (the delegate take, within
//! [`MinDelegateTake`, `MaxDelegateTake`], increases rate-limited) and `set_childkey_take`
//! (within [`MinChildkeyTake`, `MaxChildkeyTake`], rate-limited per hotkey and subnet).

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    /// `do_take_checks`: the hotkey exists and the caller owns it.
    fn take_checks(coldkey: &AccountId32, hotkey: &AccountId32) -> DispatchResult {
        ensure!(
            Owner::<T>::contains_key(hotkey),
            Error::<T>::HotKeyAccountNotExists
        );
        ensure!(
            &Owner::<T>::get(hotkey) == coldkey,
            Error::<T>::NonAssociatedColdKey
        );
        Ok(())
    }

    /// Delegate-take pool checks (`CheckDelegateTake`): a decrease must stay at or above
    /// `MinDelegateTake`, an increase at or below `MaxDelegateTake`.
    pub fn pool_check_take(call: &Call<T>) -> Result<(), Error<T>> {
        match call {
            Call::decrease_take { take, .. } if *take < MinDelegateTake::<T>::get() => {
                Err(Error::<T>::DelegateTakeTooLow)
            }
            Call::increase_take { take, .. } if *take > MaxDelegateTake::<T>::get() => {
                Err(Error::<T>::DelegateTakeTooHigh)
            }
            _ => Ok(()),
        }
    }

    pub fn do_decrease_take(
        coldkey: &AccountId32,
        hotkey: &AccountId32,
        take: u16,
    ) -> DispatchResult {
        Self::take_checks(coldkey, hotkey)?;
        if let Ok(current) = Delegates::<T>::try_get(hotkey) {
            ensure!(take < current, Error::<T>::DelegateTakeTooLow);
        }
        ensure!(
            take >= MinDelegateTake::<T>::get(),
            Error::<T>::DelegateTakeTooLow
        );
        Delegates::<T>::insert(hotkey, take);
        LastTxBlockDelegateTake::<T>::insert(hotkey, Self::block_number());
        Self::deposit_event(Event::TakeDecreased(coldkey.clone(), hotkey.clone(), take));
        Ok(())
    }

    pub fn do_increase_take(
        coldkey: &AccountId32,
        hotkey: &AccountId32,
        take: u16,
    ) -> DispatchResult {
        Self::take_checks(coldkey, hotkey)?;
        if let Ok(current) = Delegates::<T>::try_get(hotkey) {
            ensure!(take > current, Error::<T>::DelegateTakeTooLow);
        }
        ensure!(
            take <= MaxDelegateTake::<T>::get(),
            Error::<T>::DelegateTakeTooHigh
        );
        let now = Self::block_number();
        let last = LastTxBlockDelegateTake::<T>::get(hotkey);
        let limit = TxDelegateTakeRateLimit::<T>::get();
        ensure!(
            limit == 0 || last == 0 || now.saturating_sub(last) > limit,
            Error::<T>::DelegateTxRateLimitExceeded
        );
        Delegates::<T>::insert(hotkey, take);
        LastTxBlockDelegateTake::<T>::insert(hotkey, now);
        Self::deposit_event(Event::TakeIncreased(coldkey.clone(), hotkey.clone(), take));
        Ok(())
    }

    pub fn do_set_childkey_take(
        coldkey: &AccountId32,
        hotkey: &AccountId32,
        netuid: NetUid,
        take: u16,
    ) -> DispatchResult {
        ensure!(
            Owner::<T>::contains_key(hotkey) && &Owner::<T>::get(hotkey) == coldkey,
            Error::<T>::NonAssociatedColdKey
        );
        ensure!(
            take >= MinChildkeyTake::<T>::get() && take <= MaxChildkeyTake::<T>::get(),
            Error::<T>::InvalidChildkeyTake
        );
        let now = Self::block_number();
        let key = (hotkey.clone(), netuid, TX_SET_CHILDKEY_TAKE);
        let last = TransactionKeyLastBlock::<T>::get(&key);
        // Only an increase waits for the rate limit; every change records its block.
        ensure!(
            take <= ChildkeyTake::<T>::get(hotkey, netuid)
                || last == 0
                || now.saturating_sub(last) >= TxChildkeyTakeRateLimit::<T>::get(),
            Error::<T>::TxChildkeyTakeRateLimitExceeded
        );
        TransactionKeyLastBlock::<T>::insert(&key, now);
        ChildkeyTake::<T>::insert(hotkey, netuid, take);
        Self::deposit_event(Event::ChildKeyTakeSet(hotkey.clone(), take));
        Ok(())
    }
}
