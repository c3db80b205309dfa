//! Registration: `burned_register` and `register_limit` on a subnet (the chain's guards, the
//! burn bought into the pool and taken out of circulation, pruning when the subnet is full),
//! `root_register`, and the burn price's bump after a registration and decay every block.

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    pub(crate) fn associate_hotkey(coldkey: &AccountId32, hotkey: &AccountId32) -> DispatchResult {
        if Owner::<T>::contains_key(hotkey) {
            ensure!(
                Owner::<T>::get(hotkey) == *coldkey,
                Error::<T>::NonAssociatedColdKey
            );
        } else {
            Owner::<T>::insert(hotkey, coldkey);
            OwnedHotkeys::<T>::mutate(coldkey, |l| {
                if !l.contains(hotkey) {
                    l.push(hotkey.clone())
                }
            });
        }
        Ok(())
    }

    /// The uid to replace when the subnet is full: lowest emission among neurons out of
    /// immunity (oldest registration breaks ties); the owner's hotkey is never pruned.
    fn neuron_to_prune(netuid: NetUid) -> Option<u16> {
        let n = SubnetworkN::<T>::get(netuid);
        let now = Self::block_number();
        let immunity = ImmunityPeriod::<T>::get(netuid) as u64;
        let owner_hotkey = SubnetOwnerHotkey::<T>::get(netuid);
        let emission = Emission::<T>::get(netuid);
        (0..n)
            .filter(|uid| Keys::<T>::get(netuid, uid) != owner_hotkey)
            .filter(|uid| {
                now.saturating_sub(BlockAtRegistration::<T>::get(netuid, uid)) >= immunity
            })
            .min_by_key(|uid| {
                (
                    emission.get(*uid as usize).copied().unwrap_or(0),
                    BlockAtRegistration::<T>::get(netuid, uid),
                    *uid,
                )
            })
    }

    pub fn do_burned_register(
        coldkey: AccountId32,
        netuid: NetUid,
        hotkey: AccountId32,
        limit_price: Option<u64>,
    ) -> DispatchResult {
        ensure!(
            netuid != 0,
            Error::<T>::RegistrationNotPermittedOnRootSubnet
        );
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        ensure!(
            NetworkRegistrationAllowed::<T>::get(netuid),
            Error::<T>::SubNetRegistrationDisabled
        );
        ensure!(
            RegistrationsThisBlock::<T>::get(netuid) < MaxRegistrationsPerBlock::<T>::get(netuid),
            Error::<T>::TooManyRegistrationsThisBlock
        );
        ensure!(
            RegistrationsThisInterval::<T>::get(netuid)
                < TargetRegistrationsPerInterval::<T>::get(netuid).saturating_mul(3),
            Error::<T>::TooManyRegistrationsThisInterval
        );
        ensure!(
            !Uids::<T>::contains_key(netuid, &hotkey),
            Error::<T>::HotKeyAlreadyRegisteredInSubNet
        );
        let burn = Burn::<T>::get(netuid);
        if let Some(limit) = limit_price {
            ensure!(burn <= limit, Error::<T>::RegistrationPriceLimitExceeded);
        }
        ensure!(
            Self::can_withdraw(&coldkey, burn),
            Error::<T>::NotEnoughBalanceToStake
        );
        if Owner::<T>::contains_key(&hotkey) {
            ensure!(
                Owner::<T>::get(&hotkey) == coldkey,
                Error::<T>::NonAssociatedColdKey
            );
        }
        let replace = if SubnetworkN::<T>::get(netuid) < MaxAllowedUids::<T>::get(netuid) {
            None
        } else {
            Some(Self::neuron_to_prune(netuid).ok_or(Error::<T>::NoNeuronIdAvailable)?)
        };
        Self::withdraw(&coldkey, burn)?;
        // The burn buys α on the pool and that α leaves circulation.
        if Self::is_dynamic(netuid) && Self::sim_buy(netuid, burn).is_ok() {
            let (alpha, _) = Self::swap_tao_for_alpha(netuid, burn)?;
            SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_sub(alpha));
            TotalStake::<T>::mutate(|v| *v = v.saturating_sub(burn));
        }
        Self::associate_hotkey(&coldkey, &hotkey)?;
        let uid = Self::append_neuron(netuid, &hotkey, replace);
        RegistrationsThisBlock::<T>::mutate(netuid, |v| *v += 1);
        RegistrationsThisInterval::<T>::mutate(netuid, |v| *v += 1);
        Self::bump_burn(netuid);
        Self::deposit_event(Event::NeuronRegistered(netuid, uid, hotkey));
        Ok(())
    }

    fn bump_burn(netuid: NetUid) {
        let mult = BurnIncreaseMult::<T>::get(netuid).to_f64();
        let burn = Burn::<T>::get(netuid) as f64 * mult;
        let clamped = (burn as u64)
            .max(MinBurn::<T>::get(netuid))
            .min(MaxBurn::<T>::get(netuid));
        Burn::<T>::insert(netuid, clamped);
        Self::deposit_event(Event::BurnSet(netuid, clamped));
    }

    pub(crate) fn decay_burn(netuid: NetUid) {
        let half_life = BurnHalfLife::<T>::get(netuid).max(1) as f64;
        let factor = 0.5f64.powf(1.0 / half_life);
        let burn = Burn::<T>::get(netuid);
        let next = ((burn as f64 * factor) as u64)
            .max(MinBurn::<T>::get(netuid))
            .min(MaxBurn::<T>::get(netuid));
        if next != burn {
            Burn::<T>::insert(netuid, next);
        }
    }

    pub fn do_root_register(coldkey: AccountId32, hotkey: AccountId32) -> DispatchResult {
        ensure!(
            Self::if_subnet_exist(0),
            Error::<T>::RootNetworkDoesNotExist
        );
        ensure!(
            RegistrationsThisBlock::<T>::get(0) < MaxRegistrationsPerBlock::<T>::get(0),
            Error::<T>::TooManyRegistrationsThisBlock
        );
        ensure!(
            !Uids::<T>::contains_key(0, &hotkey),
            Error::<T>::HotKeyAlreadyRegisteredInSubNet
        );
        if Owner::<T>::contains_key(&hotkey) {
            ensure!(
                Owner::<T>::get(&hotkey) == coldkey,
                Error::<T>::NonAssociatedColdKey
            );
        }
        let n = SubnetworkN::<T>::get(0);
        let replace = if n < MaxAllowedUids::<T>::get(0) {
            None
        } else {
            // Replace the root validator with the least stake, if ours is larger.
            let stake = TotalHotkeyAlpha::<T>::get(&hotkey, 0);
            let (uid, lowest) = (0..n)
                .map(|uid| (uid, TotalHotkeyAlpha::<T>::get(Keys::<T>::get(0, uid), 0)))
                .min_by_key(|(uid, s)| (*s, *uid))
                .ok_or(Error::<T>::NoNeuronIdAvailable)?;
            ensure!(stake > lowest, Error::<T>::StakeTooLowForRoot);
            Some(uid)
        };
        Self::associate_hotkey(&coldkey, &hotkey)?;
        let uid = Self::append_neuron(0, &hotkey, replace);
        RegistrationsThisBlock::<T>::mutate(0, |v| *v += 1);
        Self::deposit_event(Event::NeuronRegistered(0, uid, hotkey));
        Ok(())
    }
}

/// The first bytes of the chain's subnet accounts: `modl` and the pallet id `subtensr` (then the
/// netuid), which no coldkey may take as a hotkey (`CannotUseSystemAccount`).
pub const SUBNET_ACCOUNT_PREFIX: &[u8; 12] = b"modlsubtensr";

impl<T: Config> Pallet<T> {
    /// `try_associate_hotkey`: an unowned hotkey becomes the coldkey's (`Owner`, `OwnedHotkeys`,
    /// `StakingHotkeys`); an owned one is left as it is, without error.
    pub fn do_try_associate_hotkey(coldkey: &AccountId32, hotkey: &AccountId32) -> DispatchResult {
        let bytes: &[u8; 32] = hotkey.as_ref();
        ensure!(
            !bytes.starts_with(SUBNET_ACCOUNT_PREFIX),
            Error::<T>::CannotUseSystemAccount
        );
        if !Owner::<T>::contains_key(hotkey) {
            Owner::<T>::insert(hotkey, coldkey);
            OwnedHotkeys::<T>::mutate(coldkey, |l| {
                if !l.contains(hotkey) {
                    l.push(hotkey.clone())
                }
            });
            StakingHotkeys::<T>::mutate(coldkey, |l| {
                if !l.contains(hotkey) {
                    l.push(hotkey.clone())
                }
            });
        }
        Ok(())
    }
}
