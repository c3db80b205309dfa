//! `set_coldkey_auto_stake_hotkey`: where a coldkey's miner incentive on a subnet is staked. The
//! chain's checks (the subnet exists, the destination has a uid on it, it is not already the
//! destination), the two maps kept in step, and the epoch's side in `epoch.rs` (`pay_out`
//! stakes the incentive of every hotkey this coldkey owns to the destination).

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    /// `set_coldkey_auto_stake_hotkey` for `coldkey`.
    pub fn do_set_coldkey_auto_stake_hotkey(
        coldkey: &AccountId32,
        netuid: NetUid,
        hotkey: &AccountId32,
    ) -> DispatchResult {
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        ensure!(
            Uids::<T>::contains_key(netuid, hotkey),
            Error::<T>::HotKeyNotRegisteredInSubNet
        );
        if let Some(current) = AutoStakeDestination::<T>::get(coldkey, netuid) {
            ensure!(
                &current != hotkey,
                Error::<T>::SameAutoStakeHotkeyAlreadySet
            );
            AutoStakeDestinationColdkeys::<T>::mutate(&current, netuid, |v| {
                v.retain(|c| c != coldkey)
            });
        }
        AutoStakeDestination::<T>::insert(coldkey, netuid, hotkey);
        AutoStakeDestinationColdkeys::<T>::mutate(hotkey, netuid, |v| {
            if !v.contains(coldkey) {
                v.push(coldkey.clone());
            }
        });
        Self::deposit_event(Event::AutoStakeDestinationSet {
            coldkey: coldkey.clone(),
            netuid,
            hotkey: hotkey.clone(),
        });
        Ok(())
    }

    /// Where the incentive of `hotkey` (owned by `owner`) on `netuid` is staked: the owner's
    /// auto-stake destination, announced with `AutoStakeAdded`, else the hotkey itself.
    pub fn incentive_destination(
        hotkey: &AccountId32,
        owner: &AccountId32,
        netuid: NetUid,
        incentive: u64,
    ) -> AccountId32 {
        match AutoStakeDestination::<T>::get(owner, netuid) {
            Some(dest) => {
                Self::deposit_event(Event::AutoStakeAdded {
                    netuid,
                    destination: dest.clone(),
                    hotkey: hotkey.clone(),
                    owner: owner.clone(),
                    incentive,
                });
                dest
            }
            None => hotkey.clone(),
        }
    }
}
