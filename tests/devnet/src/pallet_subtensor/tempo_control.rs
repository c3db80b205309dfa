//! The owner's epoch controls of spec 425 (the chain's `coinbase/tempo_control.rs`):
//! `set_tempo` (7/139), `set_activity_cutoff_factor` (7/140) and `trigger_epoch` (7/141).
//!
//! - `set_tempo`: the owner only; the tempo within `[MIN_TEMPO, MAX_TEMPO]`
//!   (`TempoOutOfBounds`), the freeze window, one change per `MIN_TEMPO` blocks per owner and
//!   subnet (`TransactionKeyLastBlock[(coldkey, netuid, 11)]`); the change restarts the
//!   subnet's epoch cycle (`LastEpochBlock = now`).
//! - `set_activity_cutoff_factor`: the owner or the root; the factor (per mille of the tempo)
//!   within `[1000, 50000]`; for the owner, the freeze window and the
//!   `OwnerHyperparamUpdate(netuid, ActivityCutoffFactorMilli)` rate limit.
//! - `trigger_epoch`: the owner only; refused while commit-reveal is on, while a triggered
//!   epoch is pending, or when the automatic epoch is nearer than the freeze window; the
//!   epoch fires `AdminFreezeWindow` blocks later (`PendingEpochAt`), and the freeze window
//!   holds for the whole countdown.
//!
//! These values are constants in the chain's code, not fast-runtime settings, so the devnet
//! keeps them as they are.

use super::*;
use crate::pallet_subtensor::owner_settings::Hyperparameter;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::{AccountId32, DispatchError};

/// The lowest tempo an owner may set, and the blocks between two of their tempo changes.
pub const MIN_TEMPO: u16 = 360;
/// The highest tempo an owner may set.
pub const MAX_TEMPO: u16 = 50_400;
/// The activity cutoff factor's bounds, per mille of the tempo.
pub const ACTIVITY_CUTOFF_FACTOR_MILLI: (u32, u32) = (1_000, 50_000);
/// `TransactionType::TempoUpdate`, the third key of `TransactionKeyLastBlock`.
pub const TX_TEMPO_UPDATE: u16 = 11;

impl<T: Config> Pallet<T> {
    /// `ensure_subnet_owner`: the signer owns the subnet (`BadOrigin`; a subnet that does not
    /// exist has no owner).
    fn ensure_owner_of(who: &AccountId32, netuid: NetUid) -> DispatchResult {
        if SubnetOwner::<T>::get(netuid) != *who {
            return Err(DispatchError::BadOrigin);
        }
        Ok(())
    }

    /// `do_set_tempo`.
    pub fn do_set_tempo(who: AccountId32, netuid: NetUid, tempo: u16) -> DispatchResult {
        Self::ensure_owner_of(&who, netuid)?;
        ensure!(
            (MIN_TEMPO..=MAX_TEMPO).contains(&tempo),
            Error::<T>::TempoOutOfBounds
        );
        Self::ensure_admin_window_open(netuid)?;
        let now = Self::block_number();
        let last = TransactionKeyLastBlock::<T>::get((&who, netuid, TX_TEMPO_UPDATE));
        ensure!(
            last == 0 || now.saturating_sub(last) >= u64::from(MIN_TEMPO),
            Error::<T>::TxRateLimitExceeded
        );
        Tempo::<T>::insert(netuid, tempo);
        Self::deposit_event(Event::TempoSet(netuid, tempo));
        LastEpochBlock::<T>::insert(netuid, now);
        TransactionKeyLastBlock::<T>::insert((&who, netuid, TX_TEMPO_UPDATE), now);
        Ok(())
    }

    /// `do_set_activity_cutoff_factor` (`who` is `None` for the root).
    pub fn do_set_activity_cutoff_factor(
        who: Option<AccountId32>,
        netuid: NetUid,
        factor_milli: u32,
    ) -> DispatchResult {
        if let Some(w) = who.as_ref() {
            Self::ensure_owner_of(w, netuid)?;
        }
        let (lo, hi) = ACTIVITY_CUTOFF_FACTOR_MILLI;
        ensure!(
            (lo..=hi).contains(&factor_milli),
            Error::<T>::ActivityCutoffFactorMilliOutOfBounds
        );
        if who.is_some() {
            Self::ensure_admin_window_open(netuid)?;
            Self::ensure_owner_hyperparam(
                who.as_ref(),
                netuid,
                Hyperparameter::ActivityCutoffFactorMilli,
            )?;
        }
        ActivityCutoffFactorMilli::<T>::insert(netuid, factor_milli);
        Self::deposit_event(Event::ActivityCutoffFactorMilliSet {
            netuid,
            factor_milli,
        });
        Self::record_owner_hyperparam(
            who.as_ref(),
            netuid,
            Hyperparameter::ActivityCutoffFactorMilli,
        );
        Ok(())
    }

    /// `do_trigger_epoch`.
    pub fn do_trigger_epoch(who: AccountId32, netuid: NetUid) -> DispatchResult {
        Self::ensure_owner_of(&who, netuid)?;
        ensure!(
            !CommitRevealWeightsEnabled::<T>::get(netuid),
            Error::<T>::DynamicTempoBlockedByCommitReveal
        );
        ensure!(
            PendingEpochAt::<T>::get(netuid) == 0,
            Error::<T>::EpochTriggerAlreadyPending
        );
        let now = Self::block_number();
        let window = u64::from(AdminFreezeWindow::<T>::get());
        ensure!(
            Self::blocks_until_next_auto_epoch(netuid, now) >= window,
            Error::<T>::AutoEpochAlreadyImminent
        );
        Self::ensure_owner_hyperparam(Some(&who), netuid, Hyperparameter::TriggerEpoch)?;
        let fires_at = now.saturating_add(window);
        PendingEpochAt::<T>::insert(netuid, fires_at);
        Self::record_owner_hyperparam(Some(&who), netuid, Hyperparameter::TriggerEpoch);
        Self::deposit_event(Event::EpochTriggered {
            netuid,
            by: who,
            fires_at,
        });
        Ok(())
    }
}
