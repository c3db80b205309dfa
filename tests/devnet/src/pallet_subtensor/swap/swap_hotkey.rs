//! `swap_hotkey` (7/70) and `swap_hotkey_v2` (7/72), as the chain's `swap/swap_hotkey.rs` at spec
//! 425: the coldkey moves one of its hotkeys' identity to a new hotkey, on every subnet (cost
//! `KeySwapCost`) or on one (`KeySwapOnSubnetCost`), both recycled; with `keep_stake` the stake
//! (and its dividend records) stays on the old hotkey.
//!
//! What moves, of what the devnet keeps per hotkey: `Owner`/`OwnedHotkeys` (the old key's
//! ownership ends only on the every-subnet path), uids (`Uids`/`Keys`), axons, weight commits
//! (every mechanism), `ChildkeyTake`, children and parents (and pending children, the hotkey's
//! own and those naming it), auto-stake destinations, `SubnetOwnerHotkey`, `Delegates`,
//! `LastTxBlock`/`LastTxBlockDelegateTake`; unless `keep_stake`: every coldkey's α, the
//! `StakingHotkeys` entries, `AlphaDividendsPerSubnet`, and on root `RootClaimable` and
//! `RootClaimed`.

use super::*;

impl<T: Config> Pallet<T> {
    /// `do_swap_hotkey`, signed by `coldkey`.
    pub fn do_swap_hotkey(
        coldkey: &AccountId32,
        old_hotkey: &AccountId32,
        new_hotkey: &AccountId32,
        netuid: Option<NetUid>,
        keep_stake: bool,
    ) -> DispatchResult {
        let owns =
            |hk: &AccountId32| Owner::<T>::contains_key(hk) && Owner::<T>::get(hk) == *coldkey;
        ensure!(owns(old_hotkey), Error::<T>::NonAssociatedColdKey);
        if Owner::<T>::contains_key(new_hotkey) {
            ensure!(owns(new_hotkey), Error::<T>::NonAssociatedColdKey);
        }
        ensure!(old_hotkey != new_hotkey, Error::<T>::NewHotKeyIsSameWithOld);
        let block = Self::block_number();
        ensure!(
            !Self::exceeds_tx_rate_limit(LastTxBlock::<T>::get(coldkey), block),
            Error::<T>::HotKeySetTxRateLimitExceeded
        );
        match netuid {
            Some(n) => ensure!(
                !Uids::<T>::contains_key(n, new_hotkey),
                Error::<T>::HotKeyAlreadyRegisteredInSubNet
            ),
            None => ensure!(
                !Self::registered_anywhere(new_hotkey),
                Error::<T>::HotKeyAlreadyRegisteredInSubNet
            ),
        }
        if netuid.unwrap_or(0) == 0 {
            ensure!(
                RootClaimable::<T>::get(new_hotkey).is_empty()
                    && TotalHotkeyAlpha::<T>::get(new_hotkey, 0) == 0
                    && RootClaimed::<T>::iter_prefix((0u16, new_hotkey))
                        .next()
                        .is_none(),
                Error::<T>::NewHotKeyNotCleanForRootSwap
            );
        }
        LastTxBlock::<T>::insert(new_hotkey, LastTxBlock::<T>::get(old_hotkey));
        LastTxBlockDelegateTake::<T>::insert(
            new_hotkey,
            LastTxBlockDelegateTake::<T>::get(old_hotkey),
        );
        if let Some(netuid) = netuid {
            return Self::swap_hotkey_on_subnet(
                coldkey, old_hotkey, new_hotkey, netuid, keep_stake,
            );
        }

        // Every subnet the old hotkey takes part in (a uid, or children) keeps its cooldown.
        let affected: Vec<NetUid> = Self::all_subnet_netuids()
            .into_iter()
            .filter(|n| {
                Uids::<T>::contains_key(*n, old_hotkey)
                    || !ChildKeys::<T>::get(old_hotkey, *n).is_empty()
            })
            .collect();
        for n in &affected {
            let last = LastHotkeySwapOnNetuid::<T>::get(*n, coldkey);
            if last != 0 {
                ensure!(
                    last.saturating_add(HOTKEY_SWAP_ON_SUBNET_INTERVAL) < block,
                    Error::<T>::HotKeySwapOnSubnetIntervalNotPassed
                );
            }
        }
        ensure!(
            Self::can_pay_swap(coldkey, KEY_SWAP_COST),
            Error::<T>::NotEnoughBalanceToPaySwapHotKey
        );
        Self::recycle_tao(coldkey, KEY_SWAP_COST)?;
        Self::perform_hotkey_swap_on_all_subnets(old_hotkey, new_hotkey, coldkey, keep_stake)?;
        for n in &affected {
            LastHotkeySwapOnNetuid::<T>::insert(*n, coldkey, block);
        }
        LastTxBlock::<T>::insert(coldkey, block);
        Self::deposit_event(Event::HotkeySwapped {
            coldkey: coldkey.clone(),
            old_hotkey: old_hotkey.clone(),
            new_hotkey: new_hotkey.clone(),
        });
        Ok(())
    }

    fn perform_hotkey_swap_on_all_subnets(
        old_hotkey: &AccountId32,
        new_hotkey: &AccountId32,
        coldkey: &AccountId32,
        keep_stake: bool,
    ) -> DispatchResult {
        let old_positions: Vec<(AccountId32, u128)> = Alpha::<T>::iter_prefix((old_hotkey,))
            .map(|((ck, _), shares)| (ck, shares.bits))
            .collect();
        ensure!(
            !Self::is_system_account(new_hotkey),
            Error::<T>::CannotUseSystemAccount
        );
        // The locks to the old hotkey, before its roles (owner hotkey) move.
        Self::swap_hotkey_locks(old_hotkey, new_hotkey, &Self::all_subnet_netuids());
        Owner::<T>::remove(old_hotkey);
        Owner::<T>::insert(new_hotkey, coldkey);
        OwnedHotkeys::<T>::mutate(coldkey, |l| {
            if !l.contains(new_hotkey) {
                l.push(new_hotkey.clone());
            }
            l.retain(|h| h != old_hotkey);
        });
        for netuid in Self::all_subnet_netuids() {
            Self::perform_hotkey_swap_on_one_subnet(old_hotkey, new_hotkey, netuid, keep_stake);
        }
        LastTxBlock::<T>::remove(old_hotkey);
        LastTxBlockDelegateTake::<T>::remove(old_hotkey);
        if Delegates::<T>::contains_key(old_hotkey) {
            let take = Delegates::<T>::take(old_hotkey);
            Delegates::<T>::insert(new_hotkey, take);
        }
        if !keep_stake {
            for (ck, shares) in old_positions {
                if shares == 0 {
                    continue;
                }
                StakingHotkeys::<T>::mutate(&ck, |l| {
                    if l.contains(old_hotkey) {
                        l.retain(|h| h != old_hotkey && h != new_hotkey);
                        l.push(new_hotkey.clone());
                    }
                });
            }
        }
        Ok(())
    }

    fn swap_hotkey_on_subnet(
        coldkey: &AccountId32,
        old_hotkey: &AccountId32,
        new_hotkey: &AccountId32,
        netuid: NetUid,
        keep_stake: bool,
    ) -> DispatchResult {
        let block = Self::block_number();
        ensure!(
            LastHotkeySwapOnNetuid::<T>::get(netuid, coldkey)
                .saturating_add(HOTKEY_SWAP_ON_SUBNET_INTERVAL)
                < block,
            Error::<T>::HotKeySwapOnSubnetIntervalNotPassed
        );
        ensure!(
            !Self::is_system_account(new_hotkey),
            Error::<T>::CannotUseSystemAccount
        );
        ensure!(
            !Uids::<T>::contains_key(netuid, new_hotkey),
            Error::<T>::HotKeyAlreadyRegisteredInSubNet
        );
        ensure!(
            Self::can_pay_swap(coldkey, KEY_SWAP_ON_SUBNET_COST),
            Error::<T>::NotEnoughBalanceToPaySwapHotKey
        );
        Self::recycle_tao(coldkey, KEY_SWAP_ON_SUBNET_COST)?;
        Owner::<T>::insert(new_hotkey, coldkey);
        OwnedHotkeys::<T>::mutate(coldkey, |l| {
            if !l.contains(new_hotkey) {
                l.push(new_hotkey.clone());
            }
        });
        Self::swap_hotkey_locks(old_hotkey, new_hotkey, &[netuid]);
        Self::perform_hotkey_swap_on_one_subnet(old_hotkey, new_hotkey, netuid, keep_stake);
        LastTxBlock::<T>::insert(coldkey, block);
        LastHotkeySwapOnNetuid::<T>::insert(netuid, coldkey, block);
        Self::deposit_event(Event::HotkeySwappedOnSubnet {
            coldkey: coldkey.clone(),
            old_hotkey: old_hotkey.clone(),
            new_hotkey: new_hotkey.clone(),
            netuid,
        });
        Ok(())
    }

    /// What moves on one subnet, for both paths.
    fn perform_hotkey_swap_on_one_subnet(
        old_hotkey: &AccountId32,
        new_hotkey: &AccountId32,
        netuid: NetUid,
        keep_stake: bool,
    ) {
        let member = Uids::<T>::contains_key(netuid, old_hotkey);
        // The membership flag moves as the chain moves it (a `false` entry included).
        let is_member = IsNetworkMember::<T>::take(old_hotkey, netuid);
        IsNetworkMember::<T>::insert(new_hotkey, netuid, is_member);
        if member {
            if let Some(uid) = Uids::<T>::take(netuid, old_hotkey) {
                Uids::<T>::insert(netuid, new_hotkey, uid);
                Keys::<T>::insert(netuid, uid, new_hotkey.clone());
            }
            if let Some(axon) = Axons::<T>::take(netuid, old_hotkey) {
                Axons::<T>::insert(netuid, new_hotkey, axon);
            }
            for index in Self::mechanism_indices(netuid) {
                if let Some(commits) = WeightCommits::<T>::take(index, old_hotkey) {
                    WeightCommits::<T>::insert(index, new_hotkey, commits);
                }
            }
        }
        if ChildkeyTake::<T>::contains_key(old_hotkey, netuid) {
            let take = ChildkeyTake::<T>::take(old_hotkey, netuid);
            ChildkeyTake::<T>::insert(new_hotkey, netuid, take);
        }
        Self::swap_parents_and_children(old_hotkey, new_hotkey, netuid);
        for (parent, (children, cooldown)) in PendingChildKeys::<T>::iter_prefix(netuid) {
            if let Some(i) = children.iter().position(|(_, c)| c == old_hotkey) {
                let mut children = children.clone();
                let (proportion, _) = children.remove(i);
                children.push((proportion, new_hotkey.clone()));
                PendingChildKeys::<T>::insert(netuid, parent, (children, cooldown));
            }
        }
        if let Ok(coldkeys) = AutoStakeDestinationColdkeys::<T>::try_get(old_hotkey, netuid) {
            for ck in &coldkeys {
                AutoStakeDestination::<T>::insert(ck, netuid, new_hotkey);
            }
            AutoStakeDestinationColdkeys::<T>::remove(old_hotkey, netuid);
            AutoStakeDestinationColdkeys::<T>::insert(new_hotkey, netuid, coldkeys);
        }
        if SubnetOwnerHotkey::<T>::contains_key(netuid)
            && SubnetOwnerHotkey::<T>::get(netuid) == *old_hotkey
        {
            SubnetOwnerHotkey::<T>::insert(netuid, new_hotkey);
        }
        if keep_stake {
            return;
        }
        let dividends = AlphaDividendsPerSubnet::<T>::take(netuid, old_hotkey);
        AlphaDividendsPerSubnet::<T>::mutate(netuid, new_hotkey, |d| {
            *d = d.saturating_add(dividends)
        });
        let coldkeys: Vec<AccountId32> = Alpha::<T>::iter_prefix((old_hotkey,))
            .filter(|((_, n), _)| *n == netuid)
            .map(|((ck, _), _)| ck)
            .collect();
        for ck in coldkeys {
            let alpha = Self::take_position(old_hotkey, &ck, netuid);
            Self::put_position(new_hotkey, &ck, netuid, alpha);
        }
        if netuid == 0 {
            let src = RootClaimable::<T>::take(old_hotkey);
            let mut dst = RootClaimable::<T>::get(new_hotkey);
            for (n, rate) in src {
                dst.entry(n)
                    .and_modify(|r| r.bits = r.bits.saturating_add(rate.bits))
                    .or_insert(rate);
            }
            let subnets: Vec<NetUid> = dst.keys().copied().collect();
            RootClaimable::<T>::insert(new_hotkey, dst);
            for n in subnets {
                let claimed: Vec<AccountId32> = RootClaimed::<T>::iter_prefix((n, old_hotkey))
                    .map(|(ck, _)| ck)
                    .collect();
                for ck in claimed {
                    Self::transfer_root_claimed(n, old_hotkey, new_hotkey, &ck, &ck);
                }
            }
        }
    }

    /// `parent_child_swap_hotkey`: the old hotkey's children and parents become the new
    /// hotkey's, on both sides of each relation, and its pending children follow it.
    fn swap_parents_and_children(
        old_hotkey: &AccountId32,
        new_hotkey: &AccountId32,
        netuid: NetUid,
    ) {
        let rename = |list: &mut Vec<(u64, AccountId32)>| {
            for (_, k) in list.iter_mut() {
                if k == old_hotkey {
                    *k = new_hotkey.clone();
                }
            }
        };
        let children = ChildKeys::<T>::take(old_hotkey, netuid);
        let parents = ParentKeys::<T>::take(old_hotkey, netuid);
        for (_, child) in &children {
            ParentKeys::<T>::mutate(child, netuid, |l| rename(l));
        }
        for (_, parent) in &parents {
            ChildKeys::<T>::mutate(parent, netuid, |l| rename(l));
        }
        if !children.is_empty() {
            ChildKeys::<T>::insert(new_hotkey, netuid, children);
        }
        if !parents.is_empty() {
            ParentKeys::<T>::insert(new_hotkey, netuid, parents);
        }
        if PendingChildKeys::<T>::contains_key(netuid, old_hotkey) {
            let pending = PendingChildKeys::<T>::take(netuid, old_hotkey);
            PendingChildKeys::<T>::insert(netuid, new_hotkey, pending);
        }
    }
}
