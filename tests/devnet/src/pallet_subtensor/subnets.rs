//! Subnets: `register_network` with its lock cost and rate limit, the new subnet's pool and
//! owner, and `start_call`.

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::{AccountId32, DispatchError};
use tao::chain::symbols;

impl<T: Config> Pallet<T> {
    /// `max(min_lock, last_lock × 2 − last_lock / interval × (now − last_lock_block))`.
    pub fn get_network_lock_cost() -> u64 {
        let last = NetworkLastLockCost::<T>::get();
        let min = NetworkMinLockCost::<T>::get();
        let interval = NetworkLockReductionInterval::<T>::get().max(1);
        let since = Self::block_number().saturating_sub(NetworkLastRegistered::<T>::get());
        let reduction = (last / interval).saturating_mul(since);
        last.saturating_mul(2).saturating_sub(reduction).max(min)
    }

    /// Whether the network-registration rate limit lets a new subnet in now.
    pub fn network_rate_limit_passes() -> bool {
        let last = NetworkLastRegistered::<T>::get();
        last == 0 || Self::block_number().saturating_sub(last) >= NetworkRateLimit::<T>::get()
    }

    pub fn do_register_network(coldkey: AccountId32, hotkey: AccountId32) -> DispatchResult {
        ensure!(
            hotkey != coldkey && hotkey != AccountId32::new([0u8; 32]),
            Error::<T>::CannotUseSystemAccount
        );
        if Owner::<T>::contains_key(&hotkey) {
            ensure!(
                Owner::<T>::get(&hotkey) == coldkey,
                Error::<T>::NonAssociatedColdKey
            );
        }
        ensure!(
            Self::network_rate_limit_passes(),
            Error::<T>::NetworkTxRateLimitExceeded
        );
        let limit = SubnetLimit::<T>::get();
        let netuid = (1..=limit)
            .find(|n| !NetworksAdded::<T>::get(n))
            .ok_or(Error::<T>::SubnetLimitReached)?;
        let cost = Self::get_network_lock_cost();
        ensure!(
            Self::can_withdraw(&coldkey, cost),
            Error::<T>::CannotAffordLockCost
        );
        Self::withdraw(&coldkey, cost)?;
        Self::associate_hotkey(&coldkey, &hotkey)?;
        let now = Self::block_number();
        NetworkLastLockCost::<T>::put(cost);
        NetworkLastRegistered::<T>::put(now);
        Self::init_subnet(netuid, &coldkey, &hotkey, cost, cost);
        TokenSymbol::<T>::insert(netuid, Self::next_available_symbol(netuid));
        Self::append_neuron(netuid, &hotkey, None);
        Self::deposit_event(Event::NetworkAdded(netuid, 1));
        Ok(())
    }

    /// `start_call`: the subnet's owner starts emission once `StartCallDelay` blocks have passed
    /// since registration; the first emission block is the next one and the subtoken is enabled.
    pub fn do_start_call(coldkey: AccountId32, netuid: NetUid) -> DispatchResult {
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        ensure!(
            SubnetOwner::<T>::get(netuid) == coldkey,
            DispatchError::BadOrigin
        );
        ensure!(
            FirstEmissionBlockNumber::<T>::get(netuid).is_none(),
            Error::<T>::FirstEmissionBlockNumberAlreadySet
        );
        let now = Self::block_number();
        ensure!(
            now >= NetworkRegisteredAt::<T>::get(netuid).saturating_add(StartCallDelay::<T>::get()),
            Error::<T>::NeedWaitingMoreBlocksToStarCall
        );
        let first = now.saturating_add(1);
        FirstEmissionBlockNumber::<T>::insert(netuid, first);
        SubtokenEnabled::<T>::insert(netuid, true);
        Self::deposit_event(Event::FirstEmissionBlockNumberSet(netuid, first));
        Ok(())
    }

    /// `get_next_available_symbol`: the netuid's own symbol unless a subnet holds it, else the
    /// first free one after the root's, else the default.
    pub fn next_available_symbol(netuid: NetUid) -> Vec<u8> {
        let used: Vec<Vec<u8>> = TokenSymbol::<T>::iter_values().collect();
        let own = symbols::for_netuid(netuid).as_bytes();
        if !used.iter().any(|u| u == own) {
            return own.to_vec();
        }
        symbols::SYMBOLS[1..]
            .iter()
            .map(|s| s.as_bytes())
            .find(|s| !used.iter().any(|u| u == s))
            .unwrap_or(symbols::DEFAULT_SYMBOL.as_bytes())
            .to_vec()
    }

    /// `update_symbol`: the owner (or root) gives the subnet a symbol of the chain's table
    /// (`SymbolDoesNotExist` for the root's or any other) that no subnet holds
    /// (`SymbolAlreadyInUse`, the subnet's own current one included).
    pub fn do_update_symbol(
        who: Option<&AccountId32>,
        netuid: NetUid,
        symbol: Vec<u8>,
    ) -> DispatchResult {
        Self::ensure_owner_or_root(who, netuid)?;
        let text = core::str::from_utf8(&symbol).unwrap_or("");
        ensure!(symbols::settable(text), Error::<T>::SymbolDoesNotExist);
        ensure!(
            !TokenSymbol::<T>::iter_values().any(|s| s == symbol),
            Error::<T>::SymbolAlreadyInUse
        );
        TokenSymbol::<T>::insert(netuid, symbol.clone());
        Self::deposit_event(Event::SymbolUpdated { netuid, symbol });
        Ok(())
    }

    /// Creates a dynamic subnet with the given pool reserves.
    pub fn init_subnet(
        netuid: NetUid,
        owner_coldkey: &AccountId32,
        owner_hotkey: &AccountId32,
        tao_reserve: u64,
        alpha_reserve: u64,
    ) {
        let now = Self::block_number();
        NetworksAdded::<T>::insert(netuid, true);
        TotalNetworks::<T>::mutate(|n| *n += 1);
        SubnetMechanism::<T>::insert(netuid, 1);
        SubnetOwner::<T>::insert(netuid, owner_coldkey);
        SubnetOwnerHotkey::<T>::insert(netuid, owner_hotkey);
        NetworkRegisteredAt::<T>::insert(netuid, now);
        SubnetTAO::<T>::insert(netuid, tao_reserve);
        SubnetAlphaIn::<T>::insert(netuid, alpha_reserve);
        TotalStake::<T>::mutate(|v| *v = v.saturating_add(tao_reserve));
        Burn::<T>::insert(netuid, 100_000_000);
    }
}
