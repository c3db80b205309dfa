//! `serve_axon`, delegate takes, childkey takes and children, with subtensor's guards and rate
//! limits.

use crate::pallet_subtensor::*;
use crate::types::{AxonInfo, NetUid};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;
use substrate_fixed::types::U64F64;

/// `TransactionType::SetChildren` (the third key of `TransactionKeyLastBlock`).
pub const TX_SET_CHILDREN: u16 = 0;
/// `TransactionType::SetChildkeyTake`.
pub const TX_SET_CHILDKEY_TAKE: u16 = 1;
/// Blocks between two `set_children` of a hotkey on a subnet.
pub const SET_CHILDREN_RATE_LIMIT: u64 = 150;
/// Most children per parent.
pub const MAX_CHILDREN: usize = 5;

impl<T: Config> Pallet<T> {
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

    /// `is_valid_ip_address` with `allow_zero` (as for axons): IPv4 below `u32::MAX` and not
    /// 127.0.0.1; IPv6 not `u128::MAX` and not `::1`.
    fn valid_ip(ip_type: u8, ip: u128) -> bool {
        match ip_type {
            4 => ip < u32::MAX as u128 && ip != 0x7f00_0001,
            6 => ip != u128::MAX && ip != 1,
            _ => true,
        }
    }

    /// `validate_serve_axon`: registration, ip type, ip, rate limit, port (the checks the pool
    /// also runs).
    pub fn validate_serve_axon(
        who: &AccountId32,
        netuid: NetUid,
        axon: &AxonInfo,
    ) -> Result<(), Error<T>> {
        ensure!(
            Uids::<T>::get(netuid, who).is_some(),
            Error::<T>::HotKeyNotRegisteredInNetwork
        );
        ensure!(
            axon.ip_type == 4 || axon.ip_type == 6,
            Error::<T>::InvalidIpType
        );
        ensure!(
            Self::valid_ip(axon.ip_type, axon.ip),
            Error::<T>::InvalidIpAddress
        );
        let last = Axons::<T>::get(netuid, who).map(|a| a.block).unwrap_or(0);
        let limit = ServingRateLimit::<T>::get(netuid);
        let now = Self::block_number();
        ensure!(
            limit == 0 || last == 0 || now.saturating_sub(last) >= limit,
            Error::<T>::ServingRateLimitExceeded
        );
        ensure!(axon.port != 0, Error::<T>::InvalidPort);
        Ok(())
    }

    pub fn do_serve_axon(who: &AccountId32, netuid: NetUid, mut axon: AxonInfo) -> DispatchResult {
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        Self::validate_serve_axon(who, netuid, &axon)?;
        axon.block = Self::block_number();
        Axons::<T>::insert(netuid, who, axon);
        Self::deposit_event(Event::AxonServed(netuid, who.clone()));
        Ok(())
    }

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
        ensure!(
            last == 0 || now.saturating_sub(last) >= TxChildkeyTakeRateLimit::<T>::get(),
            Error::<T>::TxChildkeyTakeRateLimitExceeded
        );
        TransactionKeyLastBlock::<T>::insert(&key, now);
        ChildkeyTake::<T>::insert(hotkey, netuid, take);
        Self::deposit_event(Event::ChildKeyTakeSet(hotkey.clone(), take));
        Ok(())
    }

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
