//! The subnet owner's hyperparameter settings (the `AdminUtils` owner calls,
//! [`crate::pallet_admin_utils`]): the key of the chain's `LastRateLimitedBlock`, the per-
//! parameter owner rate limit (`Tempo × OwnerHyperparamRateLimit` blocks), the weights-version
//! rate limit (`Tempo × WeightsVersionKeyRateLimit`, kept in `TransactionKeyLastBlock`), the
//! owner hotkey's limit, and the value rules the chain keeps in `SubtensorModule`.
//!
//! Written from the chain's `utils/misc.rs` and `utils/rate_limiting.rs` at spec 425.

use super::*;
use crate::types::NetUid;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use scale_info::TypeInfo;
use sp_runtime::{AccountId32, DispatchError};

/// The owner settings the chain rate-limits per (netuid, parameter), in its order (spec 425;
/// 0 to 25 are spec 393's).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum Hyperparameter {
    Unknown,
    ServingRateLimit,
    MaxDifficulty,
    AdjustmentAlpha,
    MaxWeightLimit,
    ImmunityPeriod,
    MinAllowedWeights,
    Kappa,
    Rho,
    ActivityCutoff,
    PowRegistrationAllowed,
    MinBurn,
    MaxBurn,
    BondsMovingAverage,
    BondsPenalty,
    CommitRevealEnabled,
    LiquidAlphaEnabled,
    AlphaValues,
    WeightCommitInterval,
    TransferEnabled,
    AlphaSigmoidSteepness,
    Yuma3Enabled,
    BondsResetEnabled,
    ImmuneNeuronLimit,
    RecycleOrBurn,
    MaxAllowedUids,
    BurnHalfLife,
    BurnIncreaseMult,
    SubnetEmissionEnabled,
    MinChildkeyTake,
    ActivityCutoffFactorMilli,
    TriggerEpoch,
}

/// The key of `LastRateLimitedBlock` (the chain's `RateLimitKey<AccountId>`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum RateLimitKey {
    SetSNOwnerHotkey(NetUid),
    OwnerHyperparamUpdate(NetUid, Hyperparameter),
    NetworkLastRegistered,
    LastTxBlock(AccountId32),
    LastTxBlockChildKeyTake(AccountId32),
    LastTxBlockDelegateTake(AccountId32),
    AddStakeBurn(NetUid),
}

/// What happens to the miner emission sent to the subnet's burn uids.
#[derive(
    Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, DecodeWithMemTracking, TypeInfo,
)]
pub enum RecycleOrBurnEnum {
    #[default]
    Burn,
    Recycle,
}

/// `TransactionType::SetWeightsVersionKey` (the third key of `TransactionKeyLastBlock`).
pub const TX_SET_WEIGHTS_VERSION_KEY: u16 = 4;
/// `DefaultSetSNOwnerHotkeyRateLimit`: one owner-hotkey change per subnet per 50400 blocks.
pub const SN_OWNER_HOTKEY_RATE_LIMIT: u64 = 50_400;
/// `MinBurnUpperBound` (0.001 TAO … 1 TAO): the owner's min burn stays below 1 TAO.
pub const MIN_BURN_UPPER_BOUND: u64 = 1_000_000_000;
/// `MaxBurnLowerBound`: the max burn stays above 0.1 TAO.
pub const MAX_BURN_LOWER_BOUND: u64 = 100_000_000;
/// The largest bonds moving average an owner may set.
pub const OWNER_MAX_BONDS_MOVING_AVERAGE: u64 = 975_000;
/// `MIN_COMMIT_REVEAL_PEROIDS` and `MAX_COMMIT_REVEAL_PEROIDS`.
pub const REVEAL_PERIODS: (u64, u64) = (1, 100);
/// `MinImmuneOwnerUidsLimit` and `MaxImmuneOwnerUidsLimit`.
pub const IMMUNE_OWNER_UIDS: (u16, u16) = (1, 10);
/// `MaxBurnHalfLife`.
pub const MAX_BURN_HALF_LIFE: u16 = 36_100;
/// The lowest alpha (low or high) of liquid alpha: ⌊65535 / 40⌋.
pub const MIN_ALPHA: u16 = 1638;

impl<T: Config> Pallet<T> {
    /// `passes_rate_limit_on_subnet`: the first change, or `now − last ≥ limit`.
    fn passes(last: u64, limit: u64) -> bool {
        last == 0 || Self::block_number().saturating_sub(last) >= limit
    }

    /// The owner's rate limit of a hyperparameter on the subnet, in blocks.
    pub fn owner_hyperparam_limit(netuid: NetUid) -> u64 {
        u64::from(Tempo::<T>::get(netuid))
            .saturating_mul(u64::from(OwnerHyperparamRateLimit::<T>::get()))
    }

    /// `ensure_sn_owner_or_root_with_limits` for one hyperparameter: a signer must own the
    /// subnet (`BadOrigin`) and pass the parameter's rate limit (`TxRateLimitExceeded`); the
    /// root (`None`) passes.
    pub fn ensure_owner_hyperparam(
        who: Option<&AccountId32>,
        netuid: NetUid,
        param: Hyperparameter,
    ) -> Result<(), DispatchError> {
        let Some(who) = who else { return Ok(()) };
        if SubnetOwner::<T>::get(netuid) != *who {
            return Err(DispatchError::BadOrigin);
        }
        let last =
            LastRateLimitedBlock::<T>::get(RateLimitKey::OwnerHyperparamUpdate(netuid, param));
        ensure!(
            Self::passes(last, Self::owner_hyperparam_limit(netuid)),
            Error::<T>::TxRateLimitExceeded
        );
        Ok(())
    }

    /// `record_owner_rl` for one hyperparameter (owners only).
    pub fn record_owner_hyperparam(
        who: Option<&AccountId32>,
        netuid: NetUid,
        param: Hyperparameter,
    ) {
        if who.is_some() {
            LastRateLimitedBlock::<T>::insert(
                RateLimitKey::OwnerHyperparamUpdate(netuid, param),
                Self::block_number(),
            );
        }
    }

    /// The owner check and rate limit of `sudo_set_weights_version_key`: one change per
    /// `Tempo × WeightsVersionKeyRateLimit` blocks, kept per coldkey and subnet in
    /// `TransactionKeyLastBlock[(coldkey, netuid, 4)]`.
    pub fn ensure_owner_weights_version(
        who: Option<&AccountId32>,
        netuid: NetUid,
    ) -> Result<(), DispatchError> {
        let Some(who) = who else { return Ok(()) };
        if SubnetOwner::<T>::get(netuid) != *who {
            return Err(DispatchError::BadOrigin);
        }
        let last = TransactionKeyLastBlock::<T>::get((who, netuid, TX_SET_WEIGHTS_VERSION_KEY));
        let limit = u64::from(Tempo::<T>::get(netuid))
            .saturating_mul(WeightsVersionKeyRateLimit::<T>::get());
        ensure!(Self::passes(last, limit), Error::<T>::TxRateLimitExceeded);
        Ok(())
    }

    /// Records the owner's weights-version change.
    pub fn record_owner_weights_version(who: Option<&AccountId32>, netuid: NetUid) {
        if let Some(who) = who {
            TransactionKeyLastBlock::<T>::insert(
                (who, netuid, TX_SET_WEIGHTS_VERSION_KEY),
                Self::block_number(),
            );
        }
    }

    /// `ensure_subnet_owner_or_root`: a signer must own the subnet (`BadOrigin`).
    pub fn ensure_owner_or_root(who: Option<&AccountId32>, netuid: NetUid) -> DispatchResult {
        match who {
            Some(w) if SubnetOwner::<T>::get(netuid) != *w => Err(DispatchError::BadOrigin),
            _ => Ok(()),
        }
    }

    /// `do_set_sn_owner_hotkey`: owner or root; the subnet exists (`SubnetNotExists`); one
    /// change per subnet per 50400 blocks for the root too (`TxRateLimitExceeded`); no freeze
    /// window.
    pub fn do_set_sn_owner_hotkey(
        who: Option<&AccountId32>,
        netuid: NetUid,
        hotkey: AccountId32,
    ) -> DispatchResult {
        Self::ensure_owner_or_root(who, netuid)?;
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        let key = RateLimitKey::SetSNOwnerHotkey(netuid);
        ensure!(
            Self::passes(
                LastRateLimitedBlock::<T>::get(&key),
                SN_OWNER_HOTKEY_RATE_LIMIT
            ),
            Error::<T>::TxRateLimitExceeded
        );
        LastRateLimitedBlock::<T>::insert(key, Self::block_number());
        SubnetOwnerHotkey::<T>::insert(netuid, hotkey);
        Ok(())
    }

    /// `do_set_alpha_values`: liquid alpha on (`LiquidAlphaDisabled`), `alpha_high ≥ 1638`
    /// (`AlphaHighTooLow`), `1638 ≤ alpha_low ≤ alpha_high` (`AlphaLowOutOfRange`).
    pub fn do_set_alpha_values(netuid: NetUid, low: u16, high: u16) -> DispatchResult {
        ensure!(
            LiquidAlphaOn::<T>::get(netuid),
            Error::<T>::LiquidAlphaDisabled
        );
        ensure!(high >= MIN_ALPHA, Error::<T>::AlphaHighTooLow);
        ensure!(
            low >= MIN_ALPHA && low <= high,
            Error::<T>::AlphaLowOutOfRange
        );
        AlphaValues::<T>::insert(netuid, (low, high));
        Ok(())
    }

    /// `set_reveal_period`: 1 to 100 epochs (`RevealPeriodTooSmall`, `RevealPeriodTooLarge`).
    pub fn set_reveal_period(netuid: NetUid, periods: u64) -> DispatchResult {
        ensure!(
            periods <= REVEAL_PERIODS.1,
            Error::<T>::RevealPeriodTooLarge
        );
        ensure!(
            periods >= REVEAL_PERIODS.0,
            Error::<T>::RevealPeriodTooSmall
        );
        RevealPeriodEpochs::<T>::insert(netuid, periods);
        Ok(())
    }

    /// `set_owner_immune_neuron_limit`: 1 to 10 (`InvalidValue`).
    pub fn set_owner_immune_neuron_limit(netuid: NetUid, limit: u16) -> DispatchResult {
        ensure!(
            (IMMUNE_OWNER_UIDS.0..=IMMUNE_OWNER_UIDS.1).contains(&limit),
            Error::<T>::InvalidValue
        );
        ImmuneOwnerUidsLimit::<T>::insert(netuid, limit);
        Ok(())
    }

    /// `ensure_max_uids_over_all_mechanisms`.
    pub fn ensure_max_uids_over_all_mechanisms(max_uids: u16, count: u8) -> DispatchResult {
        ensure!(
            max_uids.saturating_mul(u16::from(count)) <= mechanism::MAX_UIDS_OVER_ALL_MECHANISMS,
            Error::<T>::TooManyUIDsPerMechanism
        );
        Ok(())
    }
}
