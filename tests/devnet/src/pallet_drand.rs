//! `Drand` (pallet 26): the storage shapes of subtensor's `pallet_drand`, filled by the devnet's
//! own beacon instead of an offchain worker.
//!
//! The devnet keeps a simulated clock: block `n` is at `GENESIS_TIME + 12 × n` seconds. The
//! beacon's genesis is block 0 and its period `PERIOD` seconds, so round `r` is published at
//! `GENESIS_TIME + (r − 1) × PERIOD`, and each block's `on_initialize` writes a signed pulse for
//! every round its clock has passed (`PERIOD` 3: rounds `4n − 2 ..= 4n + 1` in block `n`).

pub use pallet::*;

use crate::tlock::{Beacon, sha256};
use std::sync::OnceLock;

/// Simulated wall-clock time of block 0 (2026-01-01T00:00:00Z).
pub const GENESIS_TIME: u32 = 1_767_225_600;
/// Seconds between rounds (quicknet's period).
pub const PERIOD: u32 = 3;
/// Seconds per block on the simulated clock.
pub const BLOCK_SECONDS: u64 = 12;
/// Most pulses kept: 1024 rounds (256 blocks). The chain keeps 216,000 (a week of quicknet);
/// the devnet copies and re-hashes its whole state for every block, so it keeps few. A commit
/// is revealed with the pulse of its reveal round, which is fresh when its epoch comes.
pub const MAX_KEPT_PULSES: u64 = 1024;
/// The seed of the devnet beacon's key.
pub const BEACON_SEED: &[u8] = b"tao-devnet drand beacon";

/// The devnet's beacon (derived once; deterministic).
pub fn beacon() -> &'static Beacon {
    static BEACON: OnceLock<Beacon> = OnceLock::new();
    BEACON.get_or_init(|| Beacon::from_seed(BEACON_SEED))
}

/// The latest round published at a block: `floor((12 n) / PERIOD) + 1`.
pub fn round_at_block(block: u64) -> u64 {
    block.saturating_mul(BLOCK_SECONDS) / PERIOD as u64 + 1
}

#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use frame_support::pallet_prelude::*;
    use frame_system::pallet_prelude::*;

    /// `pallet_drand::types::Pulse`.
    #[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen, Debug)]
    pub struct Pulse {
        pub round: u64,
        pub randomness: BoundedVec<u8, ConstU32<32>>,
        pub signature: BoundedVec<u8, ConstU32<144>>,
    }

    /// `pallet_drand::types::Metadata`.
    #[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen, Debug)]
    pub struct Metadata {
        pub beacon_id: BoundedVec<u8, ConstU32<32>>,
    }

    /// `pallet_drand::types::BeaconConfiguration`.
    #[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen, Debug)]
    pub struct BeaconConfiguration {
        pub public_key: BoundedVec<u8, ConstU32<96>>,
        pub period: u32,
        pub genesis_time: u32,
        pub hash: BoundedVec<u8, ConstU32<32>>,
        pub group_hash: BoundedVec<u8, ConstU32<32>>,
        pub scheme_id: BoundedVec<u8, ConstU32<32>>,
        pub metadata: Metadata,
    }

    fn bounded<const N: u32>(bytes: &[u8]) -> BoundedVec<u8, ConstU32<N>> {
        BoundedVec::truncate_from(bytes.to_vec())
    }

    /// The devnet beacon's configuration. `hash` is computed as drand computes a chain hash:
    /// `sha256(period u32 BE ‖ genesis_time i64 BE ‖ public_key ‖ group_hash ‖ beacon_id)`.
    pub fn devnet_config() -> BeaconConfiguration {
        let public_key = beacon().public_key();
        let beacon_id = b"tao-devnet";
        let group_hash = sha256(b"tao-devnet drand group");
        let mut chain = Vec::new();
        chain.extend_from_slice(&PERIOD.to_be_bytes());
        chain.extend_from_slice(&(GENESIS_TIME as i64).to_be_bytes());
        chain.extend_from_slice(&public_key);
        chain.extend_from_slice(&group_hash);
        chain.extend_from_slice(beacon_id);
        BeaconConfiguration {
            public_key: bounded(&public_key),
            period: PERIOD,
            genesis_time: GENESIS_TIME,
            hash: bounded(&sha256(&chain)),
            group_hash: bounded(&group_hash),
            scheme_id: bounded(b"bls-unchained-g1-rfc9380"),
            metadata: Metadata {
                beacon_id: bounded(beacon_id),
            },
        }
    }

    /// The devnet beacon's pulse for a round.
    pub fn pulse(round: u64) -> Pulse {
        let signature = beacon().sign_round(round);
        Pulse {
            round,
            randomness: bounded(&sha256(&signature)),
            signature: bounded(&signature),
        }
    }

    #[pallet::pallet]
    pub struct Pallet<T>(_);

    #[pallet::config]
    pub trait Config: frame_system::Config {}

    #[pallet::type_value]
    pub fn DefaultBeaconConfig() -> BeaconConfiguration {
        devnet_config()
    }

    #[pallet::storage]
    pub type BeaconConfig<T> =
        StorageValue<_, BeaconConfiguration, ValueQuery, DefaultBeaconConfig>;
    #[pallet::storage]
    pub type Pulses<T> = StorageMap<_, Blake2_128Concat, u64, Pulse, OptionQuery>;
    #[pallet::storage]
    pub type LastStoredRound<T> = StorageValue<_, u64, ValueQuery>;
    #[pallet::storage]
    pub type OldestStoredRound<T> = StorageValue<_, u64, ValueQuery>;

    #[pallet::event]
    #[pallet::generate_deposit(pub(super) fn deposit_event)]
    pub enum Event<T: Config> {
        /// The beacon configuration changed.
        #[codec(index = 0)]
        BeaconConfigChanged,
        /// Pulses were stored.
        #[codec(index = 1)]
        NewPulse { rounds: Vec<u64> },
    }

    #[pallet::hooks]
    impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
        fn on_initialize(n: BlockNumberFor<T>) -> Weight {
            let block: u64 = TryInto::<u64>::try_into(n).unwrap_or(0);
            Self::store_rounds_until(round_at_block(block), true);
            Weight::zero()
        }
    }

    impl<T: Config> Pallet<T> {
        /// Stores a pulse for every round after `LastStoredRound` up to `last`, pruning beyond
        /// `MAX_KEPT_PULSES`.
        pub fn store_rounds_until(last: u64, emit: bool) {
            let from = LastStoredRound::<T>::get() + 1;
            if last < from {
                return;
            }
            let rounds: Vec<u64> = (from..=last).collect();
            for round in &rounds {
                Pulses::<T>::insert(round, pulse(*round));
            }
            LastStoredRound::<T>::put(last);
            let mut oldest = OldestStoredRound::<T>::get().max(1);
            while last - oldest + 1 > MAX_KEPT_PULSES {
                Pulses::<T>::remove(oldest);
                oldest += 1;
            }
            OldestStoredRound::<T>::put(oldest);
            if emit {
                Self::deposit_event(Event::NewPulse { rounds });
            }
        }
    }
}
