//! The coldkey swap, as the chain's `swap/swap_coldkey.rs`, the swap calls of its
//! `macros/dispatches.rs` and `guards/check_coldkey_swap.rs` at spec 425.
//!
//! A coldkey announces the BlakeTwo256 hash of its new coldkey (`announce_coldkey_swap`; the
//! first announcement recycles `KeySwapCost`), waits `ColdkeySwapAnnouncementDelay` blocks, then
//! executes with the new coldkey itself (`swap_coldkey_announced`). From `when +
//! ColdkeySwapReannouncementDelay` it may announce again (free) or clear the announcement. A
//! dispute (`dispute_coldkey_swap`) freezes the coldkey until root resets it
//! (`reset_coldkey_swap`). While an announcement stands, every other call the coldkey signs is
//! refused (`ColdkeySwapAnnounced`); once disputed, every call (`ColdkeySwapDisputed`).
//!
//! What the swap moves, of what the devnet keeps per coldkey: the identity (unless the new
//! coldkey has one), subnet ownership, auto-stake destinations, every stake position (and its
//! root-claim watermark), `StakingHotkeys`, hotkey ownership (`Owner`, `OwnedHotkeys`) and the
//! whole free balance.

use super::*;
use frame_support::traits::{fungible::Mutate, tokens::Preservation};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

impl<T: Config> Pallet<T> {
    fn block_u32() -> u32 {
        u32::try_from(Self::block_number()).unwrap_or(u32::MAX)
    }

    /// The guard of every call a coldkey signs while its swap is announced
    /// (`CheckColdkeySwap::check`): the swap calls pass until a dispute; nothing passes after.
    pub fn check_coldkey_swap(who: &AccountId32, call: Option<&Call<T>>) -> Result<(), Error<T>> {
        if !ColdkeySwapAnnouncements::<T>::contains_key(who) {
            return Ok(());
        }
        if ColdkeySwapDisputes::<T>::contains_key(who) {
            return Err(Error::<T>::ColdkeySwapDisputed);
        }
        let allowed = matches!(
            call,
            Some(
                Call::announce_coldkey_swap { .. }
                    | Call::swap_coldkey_announced { .. }
                    | Call::dispute_coldkey_swap { .. }
                    | Call::clear_coldkey_swap_announcement { .. }
            )
        );
        if allowed {
            Ok(())
        } else {
            Err(Error::<T>::ColdkeySwapAnnounced)
        }
    }

    /// `announce_coldkey_swap`.
    pub fn do_announce_coldkey_swap(who: &AccountId32, new_coldkey_hash: H256) -> DispatchResult {
        let now = Self::block_u32();
        if let Some((when, _)) = ColdkeySwapAnnouncements::<T>::get(who) {
            let min_when = when.saturating_add(ColdkeySwapReannouncementDelay::<T>::get());
            ensure!(now >= min_when, Error::<T>::ColdkeySwapReannouncedTooEarly);
        } else {
            Self::recycle_tao(who, KEY_SWAP_COST)
                .map_err(|_| Error::<T>::NotEnoughBalanceToPaySwapColdKey)?;
        }
        let when = now.saturating_add(ColdkeySwapAnnouncementDelay::<T>::get());
        ColdkeySwapAnnouncements::<T>::insert(who, (when, new_coldkey_hash));
        Self::deposit_event(Event::ColdkeySwapAnnounced {
            who: who.clone(),
            new_coldkey_hash,
        });
        Ok(())
    }

    /// `swap_coldkey_announced`: the announced hash must be the new coldkey's, and the
    /// announcement's block reached.
    pub fn do_swap_coldkey_announced(
        who: &AccountId32,
        new_coldkey: &AccountId32,
    ) -> DispatchResult {
        let (when, hash) = ColdkeySwapAnnouncements::<T>::take(who)
            .ok_or(Error::<T>::ColdkeySwapAnnouncementNotFound)?;
        ensure!(
            hash == BlakeTwo256::hash_of(new_coldkey),
            Error::<T>::AnnouncedColdkeyHashDoesNotMatch
        );
        ensure!(Self::block_u32() >= when, Error::<T>::ColdkeySwapTooEarly);
        Self::do_swap_coldkey(who, new_coldkey)
    }

    /// `dispute_coldkey_swap`.
    pub fn do_dispute_coldkey_swap(coldkey: &AccountId32) -> DispatchResult {
        ensure!(
            ColdkeySwapAnnouncements::<T>::contains_key(coldkey),
            Error::<T>::ColdkeySwapAnnouncementNotFound
        );
        ensure!(
            !ColdkeySwapDisputes::<T>::contains_key(coldkey),
            Error::<T>::ColdkeySwapAlreadyDisputed
        );
        ColdkeySwapDisputes::<T>::insert(coldkey, Self::block_u32());
        Self::deposit_event(Event::ColdkeySwapDisputed {
            coldkey: coldkey.clone(),
        });
        Ok(())
    }

    /// `clear_coldkey_swap_announcement`: from `when + ColdkeySwapReannouncementDelay`.
    pub fn do_clear_coldkey_swap_announcement(who: &AccountId32) -> DispatchResult {
        let Some((when, _)) = ColdkeySwapAnnouncements::<T>::get(who) else {
            return Err(Error::<T>::ColdkeySwapAnnouncementNotFound.into());
        };
        let min_when = when.saturating_add(ColdkeySwapReannouncementDelay::<T>::get());
        ensure!(
            Self::block_u32() >= min_when,
            Error::<T>::ColdkeySwapClearTooEarly
        );
        ColdkeySwapAnnouncements::<T>::remove(who);
        Self::deposit_event(Event::ColdkeySwapCleared { who: who.clone() });
        Ok(())
    }

    /// `reset_coldkey_swap` (root): the announcement and the dispute go.
    pub fn do_reset_coldkey_swap(coldkey: &AccountId32) -> DispatchResult {
        ColdkeySwapAnnouncements::<T>::remove(coldkey);
        ColdkeySwapDisputes::<T>::remove(coldkey);
        Self::deposit_event(Event::ColdkeySwapReset {
            who: coldkey.clone(),
        });
        Ok(())
    }

    /// `swap_coldkey` (root): an immediate swap, `swap_cost` recycled from the old coldkey;
    /// any announcement and dispute of the old coldkey go.
    pub fn do_root_swap_coldkey(
        old_coldkey: &AccountId32,
        new_coldkey: &AccountId32,
        swap_cost: u64,
    ) -> DispatchResult {
        if swap_cost != 0 {
            Self::recycle_tao(old_coldkey, swap_cost)
                .map_err(|_| Error::<T>::NotEnoughBalanceToPaySwapColdKey)?;
        }
        Self::do_swap_coldkey(old_coldkey, new_coldkey)?;
        ColdkeySwapAnnouncements::<T>::remove(old_coldkey);
        ColdkeySwapDisputes::<T>::remove(old_coldkey);
        Ok(())
    }

    /// `do_swap_coldkey`: everything of the old coldkey becomes the new one's.
    pub fn do_swap_coldkey(old_coldkey: &AccountId32, new_coldkey: &AccountId32) -> DispatchResult {
        ensure!(
            StakingHotkeys::<T>::get(new_coldkey).is_empty(),
            Error::<T>::ColdKeyAlreadyAssociated
        );
        ensure!(
            !Owner::<T>::contains_key(new_coldkey),
            Error::<T>::NewColdKeyIsHotkey
        );
        if IdentitiesV2::<T>::get(new_coldkey).is_none()
            && let Some(identity) = IdentitiesV2::<T>::take(old_coldkey)
        {
            IdentitiesV2::<T>::insert(new_coldkey, identity);
        }
        // The new coldkey may receive locked α for the move; `swap_coldkey_locks` then copies
        // the old coldkey's account flags over.
        Self::set_accept_locked_alpha(new_coldkey, true);
        for netuid in Self::all_subnet_netuids() {
            if SubnetOwner::<T>::get(netuid) == *old_coldkey {
                SubnetOwner::<T>::insert(netuid, new_coldkey);
            }
            if let Some(hotkey) = AutoStakeDestination::<T>::take(old_coldkey, netuid) {
                AutoStakeDestination::<T>::insert(new_coldkey, netuid, &hotkey);
                AutoStakeDestinationColdkeys::<T>::mutate(&hotkey, netuid, |v| {
                    v.retain(|c| c != old_coldkey && c != new_coldkey);
                    v.push(new_coldkey.clone());
                });
            }
            for hotkey in StakingHotkeys::<T>::get(old_coldkey) {
                let alpha = Self::take_position(&hotkey, old_coldkey, netuid);
                Self::put_position(&hotkey, new_coldkey, netuid, alpha);
                if Self::stake_of(&hotkey, new_coldkey, netuid) != 0 {
                    Self::transfer_root_claimed(netuid, &hotkey, &hotkey, old_coldkey, new_coldkey);
                }
            }
        }
        let old_staking = StakingHotkeys::<T>::take(old_coldkey);
        StakingHotkeys::<T>::mutate(new_coldkey, |l| {
            for hk in old_staking {
                if !l.contains(&hk) {
                    l.push(hk);
                }
            }
        });
        let old_owned = OwnedHotkeys::<T>::take(old_coldkey);
        let mut new_owned = OwnedHotkeys::<T>::get(new_coldkey);
        for hk in old_owned {
            Owner::<T>::insert(&hk, new_coldkey);
            if !new_owned.contains(&hk) {
                new_owned.push(hk);
            }
        }
        OwnedHotkeys::<T>::insert(new_coldkey, new_owned);
        Self::swap_coldkey_locks(old_coldkey, new_coldkey)?;
        let all = {
            use frame_support::traits::{fungible::Inspect, tokens::Fortitude};
            <pallet_balances::Pallet<T> as Inspect<AccountId32>>::reducible_balance(
                old_coldkey,
                Preservation::Expendable,
                Fortitude::Polite,
            )
        };
        if all != 0 {
            <pallet_balances::Pallet<T> as Mutate<AccountId32>>::transfer(
                old_coldkey,
                new_coldkey,
                all,
                Preservation::Expendable,
            )?;
        }
        LastTxBlock::<T>::insert(new_coldkey, Self::block_number());
        Self::deposit_event(Event::ColdkeySwapped {
            old_coldkey: old_coldkey.clone(),
            new_coldkey: new_coldkey.clone(),
        });
        Ok(())
    }
}
