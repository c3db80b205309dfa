//! Child hotkeys: `set_children` checks the list and schedules it; after
//! `PendingChildKeyCooldown` blocks the block step applies it to `ChildKeys` and `ParentKeys`.

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

/// Blocks between two `set_children` of a hotkey on a subnet.
pub const SET_CHILDREN_RATE_LIMIT: u64 = 150;
/// Most children per parent.
pub const MAX_CHILDREN: usize = 5;

impl<T: Config> Pallet<T> {
    /// The checks of a children list against the current relations: at most five, not the
    /// hotkey itself, proportions summing within u64, and no child that is a parent of the
    /// hotkey (parents and children stay two separate sets).
    fn children_consistent(
        hotkey: &AccountId32,
        netuid: NetUid,
        children: &[(u64, AccountId32)],
    ) -> DispatchResult {
        ensure!(children.len() <= MAX_CHILDREN, Error::<T>::TooManyChildren);
        let mut sum = 0u64;
        for (proportion, child) in children {
            ensure!(child != hotkey, Error::<T>::InvalidChild);
            sum = sum
                .checked_add(*proportion)
                .ok_or(Error::<T>::ProportionOverflow)?;
        }
        let parents = ParentKeys::<T>::get(hotkey, netuid);
        ensure!(
            children
                .iter()
                .all(|(_, c)| parents.iter().all(|(_, p)| p != c)),
            Error::<T>::ChildParentInconsistency
        );
        Ok(())
    }

    /// `do_schedule_children`: rate limit, not root, subnet exists, ownership, no duplicates,
    /// consistency, the parent's stake; then the list waits `PendingChildKeyCooldown` blocks.
    pub fn do_schedule_children(
        coldkey: &AccountId32,
        hotkey: AccountId32,
        netuid: NetUid,
        children: Vec<(u64, AccountId32)>,
    ) -> DispatchResult {
        let now = Self::block_number();
        let key = (hotkey.clone(), netuid, TX_SET_CHILDREN);
        let last = TransactionKeyLastBlock::<T>::get(&key);
        ensure!(
            last == 0 || now.saturating_sub(last) >= SET_CHILDREN_RATE_LIMIT,
            Error::<T>::TxRateLimitExceeded
        );
        ensure!(
            netuid != 0,
            Error::<T>::RegistrationNotPermittedOnRootSubnet
        );
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        ensure!(
            Owner::<T>::contains_key(&hotkey) && &Owner::<T>::get(&hotkey) == coldkey,
            Error::<T>::NonAssociatedColdKey
        );
        let mut seen = Vec::new();
        for (_, child) in &children {
            ensure!(!seen.contains(child), Error::<T>::DuplicateChild);
            seen.push(child.clone());
        }
        Self::children_consistent(&hotkey, netuid, &children)?;
        let own_stake = Self::total_stake_for_hotkey(&hotkey);
        ensure!(
            children.is_empty()
                || own_stake >= StakeThreshold::<T>::get()
                || SubnetOwnerHotkey::<T>::get(netuid) == hotkey,
            Error::<T>::NotEnoughStakeToSetChildkeys
        );
        TransactionKeyLastBlock::<T>::insert(&key, now);
        if !SubtokenEnabled::<T>::get(netuid) {
            Self::apply_children(netuid, &hotkey, &children);
            return Ok(());
        }
        let cooldown_block = now.saturating_add(PendingChildKeyCooldown::<T>::get());
        PendingChildKeys::<T>::insert(netuid, &hotkey, (children.clone(), cooldown_block));
        Self::deposit_event(Event::SetChildrenScheduled(
            hotkey,
            netuid,
            cooldown_block,
            children,
        ));
        Ok(())
    }

    /// Applies the scheduled children whose cooldown has passed (every block).
    pub fn apply_pending_children(netuid: NetUid) {
        let now = Self::block_number();
        let due: Vec<(AccountId32, Vec<(u64, AccountId32)>)> =
            PendingChildKeys::<T>::iter_prefix(netuid)
                .filter(|(_, (_, cooldown))| *cooldown < now)
                .map(|(hotkey, (children, _))| (hotkey, children))
                .collect();
        for (hotkey, children) in due {
            PendingChildKeys::<T>::remove(netuid, &hotkey);
            Self::apply_children(netuid, &hotkey, &children);
        }
    }

    /// Replaces the hotkey's children and the children's parent entries; an inconsistent list
    /// is dropped silently, as on the chain.
    fn apply_children(netuid: NetUid, hotkey: &AccountId32, children: &[(u64, AccountId32)]) {
        if Self::children_consistent(hotkey, netuid, children).is_err() {
            return;
        }
        for (_, old) in ChildKeys::<T>::get(hotkey, netuid) {
            ParentKeys::<T>::mutate(&old, netuid, |parents| parents.retain(|(_, p)| p != hotkey));
        }
        for (proportion, child) in children {
            ParentKeys::<T>::mutate(child, netuid, |parents| {
                parents.retain(|(_, p)| p != hotkey);
                parents.push((*proportion, hotkey.clone()));
            });
        }
        if children.is_empty() {
            ChildKeys::<T>::remove(hotkey, netuid);
        } else {
            ChildKeys::<T>::insert(hotkey, netuid, children.to_vec());
        }
        Self::deposit_event(Event::SetChildren(
            hotkey.clone(),
            netuid,
            children.to_vec(),
        ));
    }
}
