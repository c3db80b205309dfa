//! `AdminUtils` (pallet 19): the subnet-owner settings the devnet serves, at the chain's call
//! indices with its argument names and types: `sudo_set_mechanism_count` (76) and
//! `sudo_set_mechanism_emission_split` (77).
//!
//! As on the chain, a signed origin must be the subnet's owner (`BadOrigin` otherwise), passes
//! the setting's owner rate limit (`TxRateLimitExceeded`), and is refused while fewer than
//! `AdminFreezeWindow` blocks remain before the subnet's next epoch
//! (`AdminActionProhibitedDuringWeightsWindow`); the value rules and their errors are
//! `SubtensorModule`'s ([`crate::pallet_subtensor::mechanism`]). The root origin skips the owner
//! checks; the devnet has no `Sudo` pallet, so nothing reaches it that way.

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
    use crate::pallet_subtensor;
    use crate::types::NetUid;
    use frame_support::pallet_prelude::*;
    use frame_system::pallet_prelude::*;

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
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
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
    }
}
