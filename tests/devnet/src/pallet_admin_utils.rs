//! `AdminUtils` (pallet 19): the calls a subnet owner may make, at the chain's call indices with
//! its argument names and types — every owner-settable hyperparameter of spec 425 (the table in
//! `tests/devnet/README.md`), the owner hotkey, and the mechanism settings
//! `sudo_set_mechanism_count` (76) and `sudo_set_mechanism_emission_split` (77), and
//! `sudo_trim_to_max_allowed_uids` (78, `pallet_subtensor/trim.rs`).
//!
//! As on the chain, a signed origin must be the subnet's owner (`BadOrigin` otherwise), passes
//! the setting's owner rate limit (`TxRateLimitExceeded`: `Tempo × OwnerHyperparamRateLimit`
//! blocks per subnet and hyperparameter, kept in `LastRateLimitedBlock`), and is refused while
//! fewer than `AdminFreezeWindow` blocks remain before the subnet's next epoch
//! (`AdminActionProhibitedDuringWeightsWindow`); then the value rules with the chain's errors,
//! the write, and the rate limit recorded. The checks run in the chain's order (owner and rate
//! limit, window, subnet, value). The root origin skips the owner checks; the devnet has no
//! `Sudo` pallet, so nothing reaches it that way, and the root-only calls are not served.

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
    use crate::pallet_subtensor::{
        self, self as st,
        owner_settings::{Hyperparameter as Hp, RecycleOrBurnEnum},
    };
    use crate::types::{FixedU128, NetUid};
    use frame_support::pallet_prelude::*;
    use frame_system::pallet_prelude::*;
    use sp_runtime::AccountId32;

    #[pallet::pallet]
    pub struct Pallet<T>(_);

    #[pallet::config]
    pub trait Config: frame_system::Config + pallet_subtensor::Config {}

    /// The chain's `AdminUtils` errors, in its order (the mechanism settings return
    /// `SubtensorModule`'s).
    #[pallet::error]
    pub enum Error<T> {
        SubnetDoesNotExist,
        MaxValidatorsLargerThanMaxUIds,
        MaxAllowedUIdsLessThanCurrentUIds,
        BondsMovingAverageMaxReached,
        NegativeSigmoidSteepness,
        ValueNotInBounds,
        MinAllowedUidsGreaterThanCurrentUids,
        MinAllowedUidsGreaterThanMaxAllowedUids,
        MaxAllowedUidsLessThanMinAllowedUids,
        MaxAllowedUidsGreaterThanDefaultMaxAllowedUids,
        InvalidValue,
        NotPermittedOnRootSubnet,
        POWRegistrationDisabled,
        Deprecated,
    }

    type Sub<T> = pallet_subtensor::Pallet<T>;

    impl<T: Config> Pallet<T> {
        /// An owner setting of one hyperparameter: the owner and its rate limit, the freeze
        /// window, `set` (the value rules and the write), then the rate limit recorded.
        fn owner_setting(
            origin: OriginFor<T>,
            netuid: NetUid,
            param: Hp,
            set: impl FnOnce(Option<&AccountId32>) -> DispatchResult,
        ) -> DispatchResult {
            let who = ensure_signed_or_root(origin)?;
            Sub::<T>::ensure_owner_hyperparam(who.as_ref(), netuid, param)?;
            Sub::<T>::ensure_admin_window_open(netuid)?;
            set(who.as_ref())?;
            Sub::<T>::record_owner_hyperparam(who.as_ref(), netuid, param);
            Ok(())
        }

        /// `SubnetDoesNotExist` unless the subnet exists.
        fn exists(netuid: NetUid) -> DispatchResult {
            ensure!(
                Sub::<T>::if_subnet_exist(netuid),
                Error::<T>::SubnetDoesNotExist
            );
            Ok(())
        }

        /// `NotPermittedOnRootSubnet` for subnet 0.
        fn not_root(netuid: NetUid) -> DispatchResult {
            ensure!(netuid != 0, Error::<T>::NotPermittedOnRootSubnet);
            Ok(())
        }
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        /// Sets the blocks between a neuron's axon updates.
        #[pallet::call_index(3)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_serving_rate_limit(
            origin: OriginFor<T>,
            netuid: NetUid,
            serving_rate_limit: u64,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::ServingRateLimit, |_| {
                st::ServingRateLimit::<T>::insert(netuid, serving_rate_limit);
                Ok(())
            })
        }

        /// Sets the subnet's most POW difficulty.
        #[pallet::call_index(5)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_max_difficulty(
            origin: OriginFor<T>,
            netuid: NetUid,
            max_difficulty: u64,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::MaxDifficulty, |_| {
                Self::exists(netuid)?;
                st::MaxDifficulty::<T>::insert(netuid, max_difficulty);
                Ok(())
            })
        }

        /// Sets the version key validators' weights must carry. The owner's limit is
        /// `Tempo × WeightsVersionKeyRateLimit` blocks (not the per-hyperparameter one).
        #[pallet::call_index(6)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_weights_version_key(
            origin: OriginFor<T>,
            netuid: NetUid,
            weights_version_key: u64,
        ) -> DispatchResult {
            let who = ensure_signed_or_root(origin)?;
            Sub::<T>::ensure_owner_weights_version(who.as_ref(), netuid)?;
            Sub::<T>::ensure_admin_window_open(netuid)?;
            Self::exists(netuid)?;
            Sub::<T>::record_owner_weights_version(who.as_ref(), netuid);
            st::WeightsVersionKey::<T>::insert(netuid, weights_version_key);
            Ok(())
        }

        /// Sets the difficulty adjustment's alpha.
        #[pallet::call_index(9)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_adjustment_alpha(
            origin: OriginFor<T>,
            netuid: NetUid,
            adjustment_alpha: u64,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::AdjustmentAlpha, |_| {
                Self::exists(netuid)?;
                st::AdjustmentAlpha::<T>::insert(netuid, adjustment_alpha);
                Ok(())
            })
        }

        /// Sets the blocks a new neuron is immune from pruning.
        #[pallet::call_index(13)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_immunity_period(
            origin: OriginFor<T>,
            netuid: NetUid,
            immunity_period: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::ImmunityPeriod, |_| {
                Self::exists(netuid)?;
                st::ImmunityPeriod::<T>::insert(netuid, immunity_period);
                Ok(())
            })
        }

        /// Sets the fewest weights a validator must set.
        #[pallet::call_index(14)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_min_allowed_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            min_allowed_weights: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::MinAllowedWeights, |_| {
                Self::exists(netuid)?;
                st::MinAllowedWeights::<T>::insert(netuid, min_allowed_weights);
                Ok(())
            })
        }

        /// Sets the subnet's uid limit: at least `MinAllowedUids` and the uids in use, at most
        /// 256 and 256 over all the subnet's mechanisms.
        #[pallet::call_index(15)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_max_allowed_uids(
            origin: OriginFor<T>,
            netuid: NetUid,
            max_allowed_uids: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::MaxAllowedUids, |_| {
                Self::exists(netuid)?;
                ensure!(
                    max_allowed_uids >= st::MinAllowedUids::<T>::get(netuid),
                    Error::<T>::MaxAllowedUidsLessThanMinAllowedUids
                );
                ensure!(
                    st::SubnetworkN::<T>::get(netuid) <= max_allowed_uids,
                    Error::<T>::MaxAllowedUIdsLessThanCurrentUIds
                );
                ensure!(
                    max_allowed_uids <= st::mechanism::MAX_UIDS_OVER_ALL_MECHANISMS,
                    Error::<T>::MaxAllowedUidsGreaterThanDefaultMaxAllowedUids
                );
                Sub::<T>::ensure_max_uids_over_all_mechanisms(
                    max_allowed_uids,
                    st::MechanismCountCurrent::<T>::get(netuid),
                )?;
                st::MaxAllowedUids::<T>::insert(netuid, max_allowed_uids);
                Ok(())
            })
        }

        /// Sets rho (stored and reported; the devnet's epoch does not use it).
        #[pallet::call_index(17)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_rho(origin: OriginFor<T>, netuid: NetUid, rho: u16) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::Rho, |_| {
                Self::exists(netuid)?;
                st::Rho::<T>::insert(netuid, rho);
                Ok(())
            })
        }

        /// Sets the activity cutoff in blocks: at least `MinActivityCutoff`
        /// (`ActivityCutoffTooLow`).
        #[pallet::call_index(18)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_activity_cutoff(
            origin: OriginFor<T>,
            netuid: NetUid,
            activity_cutoff: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::ActivityCutoff, |_| {
                Self::exists(netuid)?;
                ensure!(
                    activity_cutoff >= st::MinActivityCutoff::<T>::get(),
                    st::Error::<T>::ActivityCutoffTooLow
                );
                st::ActivityCutoff::<T>::insert(netuid, activity_cutoff);
                Ok(())
            })
        }

        /// Always `POWRegistrationDisabled` (spec 425: POW registration is gone).
        #[pallet::call_index(20)]
        #[pallet::weight(Weight::from_parts(14_000_000, 0))]
        pub fn sudo_set_network_pow_registration_allowed(
            _origin: OriginFor<T>,
            _netuid: NetUid,
            _registration_allowed: bool,
        ) -> DispatchResult {
            Err(Error::<T>::POWRegistrationDisabled.into())
        }

        /// Sets the lowest registration burn: below `MinBurnUpperBound` (1 TAO) and below the
        /// max burn (`ValueNotInBounds`).
        #[pallet::call_index(22)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_min_burn(
            origin: OriginFor<T>,
            netuid: NetUid,
            min_burn: u64,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::MinBurn, |_| {
                Self::exists(netuid)?;
                ensure!(
                    min_burn < st::owner_settings::MIN_BURN_UPPER_BOUND,
                    Error::<T>::ValueNotInBounds
                );
                ensure!(
                    min_burn < st::MaxBurn::<T>::get(netuid),
                    Error::<T>::ValueNotInBounds
                );
                st::MinBurn::<T>::insert(netuid, min_burn);
                Ok(())
            })
        }

        /// Sets the highest registration burn: above `MaxBurnLowerBound` (0.1 TAO) and above
        /// the min burn (`ValueNotInBounds`).
        #[pallet::call_index(23)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_max_burn(
            origin: OriginFor<T>,
            netuid: NetUid,
            max_burn: u64,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::MaxBurn, |_| {
                Self::exists(netuid)?;
                ensure!(
                    max_burn > st::owner_settings::MAX_BURN_LOWER_BOUND,
                    Error::<T>::ValueNotInBounds
                );
                ensure!(
                    max_burn > st::MinBurn::<T>::get(netuid),
                    Error::<T>::ValueNotInBounds
                );
                st::MaxBurn::<T>::insert(netuid, max_burn);
                Ok(())
            })
        }

        /// Sets the bonds moving average (of 1,000,000); an owner may set at most 975,000
        /// (`BondsMovingAverageMaxReached`).
        #[pallet::call_index(26)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_bonds_moving_average(
            origin: OriginFor<T>,
            netuid: NetUid,
            bonds_moving_average: u64,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::BondsMovingAverage, |who| {
                ensure!(
                    who.is_none()
                        || bonds_moving_average
                            <= st::owner_settings::OWNER_MAX_BONDS_MOVING_AVERAGE,
                    Error::<T>::BondsMovingAverageMaxReached
                );
                Self::exists(netuid)?;
                st::BondsMovingAverage::<T>::insert(netuid, bonds_moving_average);
                Ok(())
            })
        }

        /// Sets whether validators commit their weights before revealing them.
        #[pallet::call_index(49)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_commit_reveal_weights_enabled(
            origin: OriginFor<T>,
            netuid: NetUid,
            enabled: bool,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::CommitRevealEnabled, |_| {
                Self::exists(netuid)?;
                st::CommitRevealWeightsEnabled::<T>::insert(netuid, enabled);
                Ok(())
            })
        }

        /// Sets whether the bonds use liquid alpha.
        #[pallet::call_index(50)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_liquid_alpha_enabled(
            origin: OriginFor<T>,
            netuid: NetUid,
            enabled: bool,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::LiquidAlphaEnabled, |_| {
                st::LiquidAlphaOn::<T>::insert(netuid, enabled);
                Ok(())
            })
        }

        /// Sets liquid alpha's low and high alpha (of 65535).
        #[pallet::call_index(51)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_alpha_values(
            origin: OriginFor<T>,
            netuid: NetUid,
            alpha_low: u16,
            alpha_high: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::AlphaValues, |who| {
                Sub::<T>::ensure_owner_or_root(who, netuid)?;
                Sub::<T>::do_set_alpha_values(netuid, alpha_low, alpha_high)
            })
        }

        /// Sets the epochs between a weights commit and its reveal (1 to 100).
        #[pallet::call_index(57)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_commit_reveal_weights_interval(
            origin: OriginFor<T>,
            netuid: NetUid,
            interval: u64,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::WeightCommitInterval, |_| {
                Self::exists(netuid)?;
                Sub::<T>::set_reveal_period(netuid, interval)
            })
        }

        /// Sets the bonds penalty (of 65535).
        #[pallet::call_index(60)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_bonds_penalty(
            origin: OriginFor<T>,
            netuid: NetUid,
            bonds_penalty: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::BondsPenalty, |_| {
                Self::exists(netuid)?;
                st::BondsPenalty::<T>::insert(netuid, bonds_penalty);
                Ok(())
            })
        }

        /// Sets whether stake on the subnet may be transferred between coldkeys.
        #[pallet::call_index(61)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_toggle_transfer(
            origin: OriginFor<T>,
            netuid: NetUid,
            toggle: bool,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::TransferEnabled, |_| {
                st::TransferToggle::<T>::insert(netuid, toggle);
                Ok(())
            })
        }

        /// Sets the subnet owner's hotkey (the older index of `sudo_set_sn_owner_hotkey`).
        #[pallet::call_index(64)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_subnet_owner_hotkey(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: AccountId32,
        ) -> DispatchResult {
            let who = ensure_signed_or_root(origin)?;
            Sub::<T>::do_set_sn_owner_hotkey(who.as_ref(), netuid, hotkey)
        }

        /// Sets the subnet owner's hotkey: one change per subnet per 50400 blocks, root
        /// included; no freeze window.
        #[pallet::call_index(67)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_sn_owner_hotkey(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: AccountId32,
        ) -> DispatchResult {
            let who = ensure_signed_or_root(origin)?;
            Sub::<T>::do_set_sn_owner_hotkey(who.as_ref(), netuid, hotkey)
        }

        /// Sets the steepness of liquid alpha's sigmoid; an owner may not set a negative one
        /// (`NegativeSigmoidSteepness`).
        #[pallet::call_index(68)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_alpha_sigmoid_steepness(
            origin: OriginFor<T>,
            netuid: NetUid,
            steepness: i16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::AlphaSigmoidSteepness, |who| {
                Self::exists(netuid)?;
                ensure!(
                    who.is_none() || steepness >= 0,
                    Error::<T>::NegativeSigmoidSteepness
                );
                st::AlphaSigmoidSteepness::<T>::insert(netuid, steepness);
                Ok(())
            })
        }

        /// Sets whether the subnet's epoch runs Yuma 3.
        #[pallet::call_index(69)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_yuma3_enabled(
            origin: OriginFor<T>,
            netuid: NetUid,
            enabled: bool,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::Yuma3Enabled, |_| {
                st::Yuma3On::<T>::insert(netuid, enabled);
                Ok(())
            })
        }

        /// Sets whether a validator's bonds reset when it commits (stored and reported).
        #[pallet::call_index(70)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_bonds_reset_enabled(
            origin: OriginFor<T>,
            netuid: NetUid,
            enabled: bool,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::BondsResetEnabled, |_| {
                st::BondsResetOn::<T>::insert(netuid, enabled);
                Ok(())
            })
        }

        /// Sets how many of the owner's uids are immune from pruning (1 to 10, `InvalidValue`).
        #[pallet::call_index(72)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_owner_immune_neuron_limit(
            origin: OriginFor<T>,
            netuid: NetUid,
            immune_neurons: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::ImmuneNeuronLimit, |_| {
                Sub::<T>::set_owner_immune_neuron_limit(netuid, immune_neurons)
            })
        }

        /// Sets whether the miner emission sent to the burn uids is burned or recycled.
        #[pallet::call_index(80)]
        #[pallet::weight(Weight::from_parts(20_000_000, 0))]
        pub fn sudo_set_recycle_or_burn(
            origin: OriginFor<T>,
            netuid: NetUid,
            recycle_or_burn: RecycleOrBurnEnum,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::RecycleOrBurn, |_| {
                st::RecycleOrBurn::<T>::insert(netuid, recycle_or_burn);
                Ok(())
            })
        }

        /// Sets the registration burn's half-life in blocks (1 to `MaxBurnHalfLife`, 36100;
        /// not on the root subnet). Spec 425.
        #[pallet::call_index(89)]
        #[pallet::weight(Weight::from_parts(25_000_000, 0))]
        pub fn sudo_set_burn_half_life(
            origin: OriginFor<T>,
            netuid: NetUid,
            burn_half_life: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::BurnHalfLife, |_| {
                Self::exists(netuid)?;
                Self::not_root(netuid)?;
                ensure!(
                    burn_half_life > 0 && burn_half_life <= st::owner_settings::MAX_BURN_HALF_LIFE,
                    Error::<T>::InvalidValue
                );
                st::BurnHalfLife::<T>::insert(netuid, burn_half_life);
                Ok(())
            })
        }

        /// Sets the factor the burn is multiplied by after a registration (1 to 3, U64F64
        /// bits; not on the root subnet). Spec 425.
        #[pallet::call_index(90)]
        #[pallet::weight(Weight::from_parts(25_000_000, 0))]
        pub fn sudo_set_burn_increase_mult(
            origin: OriginFor<T>,
            netuid: NetUid,
            burn_increase_mult: FixedU128,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::BurnIncreaseMult, |_| {
                Self::exists(netuid)?;
                Self::not_root(netuid)?;
                ensure!(
                    (FixedU128::ONE..=3 * FixedU128::ONE).contains(&burn_increase_mult.bits),
                    Error::<T>::InvalidValue
                );
                st::BurnIncreaseMult::<T>::insert(netuid, burn_increase_mult);
                Ok(())
            })
        }

        /// Sets whether the owner takes their cut (owner or root; the freeze window; no rate
        /// limit; not on the root subnet). Spec 425; stored only.
        #[pallet::call_index(92)]
        #[pallet::weight(Weight::from_parts(25_000_000, 0))]
        pub fn sudo_set_owner_cut_enabled(
            origin: OriginFor<T>,
            netuid: NetUid,
            enabled: bool,
        ) -> DispatchResult {
            let who = ensure_signed_or_root(origin)?;
            Sub::<T>::ensure_owner_or_root(who.as_ref(), netuid)?;
            Sub::<T>::ensure_admin_window_open(netuid)?;
            Self::exists(netuid)?;
            Self::not_root(netuid)?;
            st::OwnerCutEnabled::<T>::insert(netuid, enabled);
            Ok(())
        }

        /// Sets the subnet's lowest childkey take: between the chain's `MinChildkeyTake` and
        /// `MaxChildkeyTake` (`InvalidValue`). Spec 425; stored only.
        #[pallet::call_index(93)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_min_childkey_take_per_subnet(
            origin: OriginFor<T>,
            netuid: NetUid,
            take: u16,
        ) -> DispatchResult {
            Self::owner_setting(origin, netuid, Hp::MinChildkeyTake, |_| {
                Self::exists(netuid)?;
                ensure!(
                    take >= st::MinChildkeyTake::<T>::get()
                        && take <= st::MaxChildkeyTake::<T>::get(),
                    Error::<T>::InvalidValue
                );
                st::MinChildkeyTakePerSubnet::<T>::insert(netuid, take);
                Ok(())
            })
        }

        /// Sets whether the owner's cut is locked as it is paid (as `sudo_set_owner_cut_enabled`;
        /// the lock: `pallet_subtensor::staking::lock`). Spec 425.
        #[pallet::call_index(95)]
        #[pallet::weight(Weight::from_parts(25_000_000, 0))]
        pub fn sudo_set_owner_cut_auto_lock_enabled(
            origin: OriginFor<T>,
            netuid: NetUid,
            enabled: bool,
        ) -> DispatchResult {
            let who = ensure_signed_or_root(origin)?;
            Sub::<T>::ensure_owner_or_root(who.as_ref(), netuid)?;
            Sub::<T>::ensure_admin_window_open(netuid)?;
            Self::exists(netuid)?;
            Self::not_root(netuid)?;
            st::OwnerCutAutoLockEnabled::<T>::insert(netuid, enabled);
            Ok(())
        }
        /// Sets how many mechanisms the subnet has.
        #[pallet::call_index(76)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_mechanism_count(
            origin: OriginFor<T>,
            netuid: NetUid,
            mechanism_count: u8,
        ) -> DispatchResult {
            match ensure_signed_or_root(origin)? {
                Some(who) => pallet_subtensor::Pallet::<T>::owner_set_mechanism_count(
                    &who,
                    netuid,
                    mechanism_count,
                ),
                None => {
                    pallet_subtensor::Pallet::<T>::ensure_admin_window_open(netuid)?;
                    pallet_subtensor::Pallet::<T>::do_set_mechanism_count(netuid, mechanism_count)
                }
            }
        }

        /// Sets (or with `None` removes) how the subnet's emission is split between its
        /// mechanisms.
        #[pallet::call_index(77)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_set_mechanism_emission_split(
            origin: OriginFor<T>,
            netuid: NetUid,
            maybe_split: Option<Vec<u16>>,
        ) -> DispatchResult {
            match ensure_signed_or_root(origin)? {
                Some(who) => pallet_subtensor::Pallet::<T>::owner_set_emission_split(
                    &who,
                    netuid,
                    maybe_split,
                ),
                None => {
                    pallet_subtensor::Pallet::<T>::ensure_admin_window_open(netuid)?;
                    pallet_subtensor::Pallet::<T>::do_set_emission_split(netuid, maybe_split)
                }
            }
        }

        /// Lowers the subnet's maximum uids to `max_n`, dropping its lowest emitters (neither
        /// the owner's immune uids nor in their immunity period) and compacting the rest.
        #[pallet::call_index(78)]
        #[pallet::weight(Weight::from_parts(15_000_000, 0))]
        pub fn sudo_trim_to_max_allowed_uids(
            origin: OriginFor<T>,
            netuid: NetUid,
            max_n: u16,
        ) -> DispatchResult {
            let who = ensure_signed_or_root(origin)?;
            Sub::<T>::owner_trim_to_max_allowed_uids(who.as_ref(), netuid, max_n)
        }
    }
}
