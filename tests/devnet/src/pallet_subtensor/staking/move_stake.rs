//! `move_stake`, `transfer_stake`, `swap_stake` and `swap_stake_limit`: one transition between
//! (hotkey, coldkey, subnet) positions, selling on the origin subnet and buying on the
//! destination when the subnets differ.

use crate::pallet_subtensor::pool::pool_out;
use crate::pallet_subtensor::*;
use crate::types::{AlphaCurrency, NetUid};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::{AccountId32, DispatchError};

/// A stake transition between (hotkey, coldkey, subnet) positions.
pub struct Transition {
    pub origin_coldkey: AccountId32,
    pub destination_coldkey: AccountId32,
    pub origin_hotkey: AccountId32,
    pub destination_hotkey: AccountId32,
    pub origin_netuid: NetUid,
    pub destination_netuid: NetUid,
    pub alpha_amount: AlphaCurrency,
    /// `(limit_price, allow_partial)` for swap_stake_limit.
    pub limit: Option<(u64, bool)>,
    pub allow_same_netuid: bool,
    pub check_transfer_toggle: bool,
}

impl<T: Config> Pallet<T> {
    /// `move_stake`: the coldkey's α from one hotkey and subnet to another (the same subnet
    /// allowed).
    pub fn do_move_stake(
        coldkey: AccountId32,
        origin_hotkey: AccountId32,
        destination_hotkey: AccountId32,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        alpha_amount: AlphaCurrency,
    ) -> DispatchResult {
        let tao = Self::do_transition(Transition {
            origin_coldkey: coldkey.clone(),
            destination_coldkey: coldkey.clone(),
            origin_hotkey: origin_hotkey.clone(),
            destination_hotkey: destination_hotkey.clone(),
            origin_netuid,
            destination_netuid,
            alpha_amount,
            limit: None,
            allow_same_netuid: true,
            check_transfer_toggle: false,
        })?;
        Self::deposit_event(Event::StakeMoved(
            coldkey,
            origin_hotkey,
            origin_netuid,
            destination_hotkey,
            destination_netuid,
            tao,
        ));
        Ok(())
    }

    /// `transfer_stake`: the coldkey's α on a hotkey to another coldkey on the same hotkey,
    /// possibly on another subnet; both subnets must allow transfers (`TransferToggle`).
    pub fn do_transfer_stake(
        coldkey: AccountId32,
        destination_coldkey: AccountId32,
        hotkey: AccountId32,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        alpha_amount: AlphaCurrency,
    ) -> DispatchResult {
        let tao = Self::do_transition(Transition {
            origin_coldkey: coldkey.clone(),
            destination_coldkey: destination_coldkey.clone(),
            origin_hotkey: hotkey.clone(),
            destination_hotkey: hotkey.clone(),
            origin_netuid,
            destination_netuid,
            alpha_amount,
            limit: None,
            allow_same_netuid: true,
            check_transfer_toggle: true,
        })?;
        Self::deposit_event(Event::StakeTransferred(
            coldkey,
            destination_coldkey,
            hotkey,
            origin_netuid,
            destination_netuid,
            tao,
        ));
        Ok(())
    }

    pub fn do_swap_stake(
        coldkey: AccountId32,
        hotkey: AccountId32,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        alpha_amount: u64,
        limit: Option<(u64, bool)>,
    ) -> DispatchResult {
        let tao = Self::do_transition(Transition {
            origin_coldkey: coldkey.clone(),
            destination_coldkey: coldkey.clone(),
            origin_hotkey: hotkey.clone(),
            destination_hotkey: hotkey.clone(),
            origin_netuid,
            destination_netuid,
            alpha_amount,
            limit,
            allow_same_netuid: false,
            check_transfer_toggle: false,
        })?;
        Self::deposit_event(Event::StakeSwapped(
            coldkey,
            hotkey,
            origin_netuid,
            destination_netuid,
            tao,
        ));
        Ok(())
    }

    /// Price ratio origin/destination (×1e9) after selling `alpha` on the origin and buying
    /// on the destination with the proceeds; `None` if the pools cannot take it.
    fn ratio_after(origin: NetUid, destination: NetUid, alpha: u64) -> Option<u64> {
        let (mut xo, mut yo) = (SubnetAlphaIn::<T>::get(origin), SubnetTAO::<T>::get(origin));
        let (mut xd, mut yd) = (
            SubnetAlphaIn::<T>::get(destination),
            SubnetTAO::<T>::get(destination),
        );
        let tao = if Self::is_dynamic(origin) {
            let net = alpha - (alpha as u128 * FEE_RATE as u128 / 65535) as u64;
            let out = pool_out::<T>(yo, xo, net).ok()?;
            xo += net;
            yo -= out;
            out
        } else {
            alpha
        };
        if Self::is_dynamic(destination) {
            let net = tao - (tao as u128 * FEE_RATE as u128 / 65535) as u64;
            let out = pool_out::<T>(xd, yd, net).ok()?;
            yd += net;
            xd -= out;
        }
        let po = if Self::is_dynamic(origin) {
            yo as u128 * UNIT as u128 / xo.max(1) as u128
        } else {
            UNIT as u128
        };
        let pd = if Self::is_dynamic(destination) {
            yd as u128 * UNIT as u128 / xd.max(1) as u128
        } else {
            UNIT as u128
        };
        if pd == 0 {
            return None;
        }
        Some((po * UNIT as u128 / pd).min(u64::MAX as u128) as u64)
    }

    /// Moves α between positions: sells on the origin subnet and buys on the destination
    /// when they differ. Returns the TAO value moved.
    pub fn do_transition(t: Transition) -> Result<u64, DispatchError> {
        ensure!(
            Self::if_subnet_exist(t.origin_netuid) && Self::if_subnet_exist(t.destination_netuid),
            Error::<T>::SubnetNotExists
        );
        let same = t.origin_netuid == t.destination_netuid;
        if !t.allow_same_netuid {
            ensure!(!same, Error::<T>::SameNetuid);
        }
        Self::ensure_subtoken_enabled(t.origin_netuid)?;
        Self::ensure_subtoken_enabled(t.destination_netuid)?;
        ensure!(
            Owner::<T>::contains_key(&t.origin_hotkey),
            Error::<T>::HotKeyAccountNotExists
        );
        ensure!(
            Owner::<T>::contains_key(&t.destination_hotkey),
            Error::<T>::HotKeyAccountNotExists
        );
        if t.check_transfer_toggle {
            ensure!(
                TransferToggle::<T>::get(t.origin_netuid)
                    && TransferToggle::<T>::get(t.destination_netuid),
                Error::<T>::TransferDisallowed
            );
        }
        let mut amount = t.alpha_amount;
        if let Some((limit_price, allow_partial)) = t.limit {
            let fits = |a: u64| {
                Self::ratio_after(t.origin_netuid, t.destination_netuid, a)
                    .is_some_and(|r| r >= limit_price)
            };
            if !fits(amount) {
                ensure!(allow_partial, Error::<T>::SlippageTooHigh);
                let (mut lo, mut hi) = (0u64, amount);
                while lo < hi {
                    let mid = lo + (hi - lo).div_ceil(2);
                    if fits(mid) { lo = mid } else { hi = mid - 1 }
                }
                ensure!(lo > 0, Error::<T>::SlippageTooHigh);
                amount = lo;
            }
        }
        ensure!(amount > 0, Error::<T>::AmountTooLow);
        let held = Self::stake_of(&t.origin_hotkey, &t.origin_coldkey, t.origin_netuid);
        ensure!(held >= amount, Error::<T>::NotEnoughStakeToWithdraw);
        let (tao_value, _) = Self::sim_sell(t.origin_netuid, amount)?;
        ensure!(tao_value >= MIN_STAKE, Error::<T>::AmountTooLow);
        // Locks: α leaving the subnet must be unlocked; α changing coldkey within the subnet
        // takes the part of the lock it exceeds along.
        if same {
            Self::transfer_lock(
                &t.origin_coldkey,
                &t.destination_coldkey,
                t.origin_netuid,
                amount,
            )?;
        } else {
            Self::ensure_available_to_unstake(&t.origin_coldkey, t.origin_netuid, amount)?;
        }

        Self::decrease_stake(&t.origin_hotkey, &t.origin_coldkey, t.origin_netuid, amount);
        if same {
            Self::increase_stake(
                &t.destination_hotkey,
                &t.destination_coldkey,
                t.destination_netuid,
                amount,
            );
            return Ok(tao_value);
        }
        let (tao, _) = Self::swap_alpha_for_tao(t.origin_netuid, amount)?;
        Self::cleanup_lock_if_zero(&t.origin_coldkey, t.origin_netuid);
        Self::sim_buy(t.destination_netuid, tao)?;
        let (alpha, _) = Self::swap_tao_for_alpha(t.destination_netuid, tao)?;
        Self::increase_stake(
            &t.destination_hotkey,
            &t.destination_coldkey,
            t.destination_netuid,
            alpha,
        );
        Self::cleanup_lock_if_zero(&t.destination_coldkey, t.destination_netuid);
        Ok(tao)
    }
}
