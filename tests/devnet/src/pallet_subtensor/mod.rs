//! `SubtensorModule`: the part of subtensor's pallet that the devnet mirrors.
//!
//! Call names, indices and argument shapes, storage names, hashers and value types, events and
//! the error enum follow the real chain. The files are laid out as the chain's pallet is:
//!
//! - this file: the constants, the `#[frame_support::pallet]` module with the config, the
//!   storage defaults and the storage items (grouped by concern);
//! - `macros/`: the events, the errors, the hooks and the calls (`dispatches.rs`), each a
//!   pallet section imported into the pallet module; a call's body is one line handing its
//!   arguments to a `do_*` function of the concern's module;
//! - one module per concern, each with `impl<T: Config> Pallet<T>` blocks: [`staking`] (stake
//!   as shares; add, remove, move, transfer, swap), [`pool`] (the subnet pool staking trades
//!   through), [`registration`] (burned and root registration, the burn price), [`uids`]
//!   (neuron slots), [`subnets`] (creation and `start_call`), [`weights`] (set, commit,
//!   reveal, on a subnet or one of its mechanisms), [`mechanism`] (storage indices, the
//!   emission split and the aggregation of the mechanisms' epochs, the owner settings),
//!   [`serving`] (axons), [`takes`], [`children`], [`root`] (root dividends and claims) and
//!   [`utils`];
//! - the per-block work that `on_initialize` runs lives beside this module: [`crate::epoch`]
//!   (the block step, epochs, payouts, timelocked reveals) and [`crate::coinbase`] (TAO
//!   emission, moving prices).

// Call shapes are the chain's (serve_axon takes nine arguments).
#![allow(clippy::too_many_arguments)]

pub use pallet::*;

use crate::types::{
    AlphaCurrency, AxonInfo, ChainIdentityV2, FixedI128, FixedU128, NetUid, RootClaimTypeEnum,
    SubnetIdentityV3, TaoCurrency,
};

/// Minimum stake (`DefaultMinStake`): 0.002 TAO.
pub const MIN_STAKE: u64 = 2_000_000;
/// Pool fee numerator over 65535 (`Swap.FeeRate` default).
pub const FEE_RATE: u64 = 33;
/// Minimum reserve on each side for a pool swap.
pub const MIN_RESERVE: u64 = 1_000_000;
/// One unit (TAO or α) in its smallest denomination; also price 1.0.
pub const UNIT: u64 = 1_000_000_000;
/// Root subnet's neuron limit.
pub const ROOT_MAX_UIDS: u16 = 64;
/// Largest timelocked commit (`MAX_CRV3_COMMIT_SIZE_BYTES`).
pub const MAX_CRV3_COMMIT_SIZE_BYTES: u32 = 5000;
/// Most unrevealed commits per hotkey and subnet.
pub const MAX_UNREVEALED_COMMITS: usize = 10;
/// `TransactionType::SetChildren` (the third key of `TransactionKeyLastBlock`).
pub const TX_SET_CHILDREN: u16 = 0;
/// `TransactionType::SetChildkeyTake`.
pub const TX_SET_CHILDKEY_TAKE: u16 = 1;

pub mod auto_stake;
pub mod children;
pub mod identity;
mod macros;
pub mod mechanism;
pub mod owner_settings;
pub mod pool;
pub mod registration;
pub mod root;
pub mod serving;
pub mod staking;
pub mod subnets;
pub mod swap;
pub mod takes;
pub mod tempo_control;
pub mod trim;
pub mod uids;
pub mod utils;
pub mod weights;

use frame_support::pallet_macros::import_section;
use macros::{constants, dispatches, errors, events, hooks};

// The events, errors, hooks and calls live in `macros/` as pallet sections; the pallet module
// below keeps the config, the storage defaults and the storage items.
#[import_section(events::events)]
#[import_section(errors::errors)]
#[import_section(hooks::hooks)]
#[import_section(dispatches::dispatches)]
#[import_section(constants::constants)]
#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use frame_support::pallet_prelude::*;
    use frame_system::pallet_prelude::*;
    use sp_core::H256;
    use sp_runtime::AccountId32;
    use std::collections::VecDeque;

    #[pallet::pallet]
    #[pallet::without_storage_info]
    pub struct Pallet<T>(_);

    #[pallet::config]
    pub trait Config:
        frame_system::Config<AccountId = AccountId32>
        + pallet_balances::Config<Balance = u64>
        + crate::pallet_drand::Config
    {
    }

    // ---- defaults -------------------------------------------------------------------------

    #[pallet::type_value]
    pub fn DefaultZeroAccount() -> AccountId32 {
        AccountId32::new([0u8; 32])
    }
    #[pallet::type_value]
    pub fn DefaultTrue() -> bool {
        true
    }
    #[pallet::type_value]
    pub fn DefaultTempo() -> u16 {
        360
    }
    #[pallet::type_value]
    pub fn DefaultBurn() -> u64 {
        100_000_000
    }
    #[pallet::type_value]
    pub fn DefaultMinBurn() -> u64 {
        500_000
    }
    #[pallet::type_value]
    pub fn DefaultMaxBurn() -> u64 {
        100_000_000_000
    }
    #[pallet::type_value]
    pub fn DefaultMaxAllowedUids() -> u16 {
        256
    }
    #[pallet::type_value]
    pub fn DefaultTake() -> u16 {
        11_796
    }
    #[pallet::type_value]
    pub fn DefaultOne64() -> u64 {
        1
    }
    #[pallet::type_value]
    pub fn DefaultMaxRegistrationsPerBlock() -> u16 {
        1
    }
    #[pallet::type_value]
    pub fn DefaultTargetRegistrationsPerInterval() -> u16 {
        2
    }
    #[pallet::type_value]
    pub fn DefaultAdjustmentInterval() -> u16 {
        100
    }
    #[pallet::type_value]
    pub fn DefaultImmunityPeriod() -> u16 {
        4096
    }
    #[pallet::type_value]
    pub fn DefaultLockCost() -> u64 {
        1_000_000_000_000
    }
    #[pallet::type_value]
    pub fn DefaultLockReductionInterval() -> u64 {
        14 * 7200
    }
    #[pallet::type_value]
    pub fn DefaultNetworkRateLimit() -> u64 {
        7200
    }
    #[pallet::type_value]
    pub fn DefaultSubnetLimit() -> u16 {
        128
    }
    #[pallet::type_value]
    pub fn DefaultTokenSymbol() -> Vec<u8> {
        "\u{1d70f}".as_bytes().to_vec()
    }
    #[pallet::type_value]
    pub fn DefaultBurnHalfLife() -> u16 {
        360
    }
    #[pallet::type_value]
    pub fn DefaultBurnIncreaseMult() -> FixedU128 {
        // 1.26
        FixedU128 {
            bits: (126u128 << 64) / 100,
        }
    }
    #[pallet::type_value]
    pub fn DefaultStartCallDelay() -> u64 {
        7 * 7200
    }

    /// `MaturityRate` and `UnlockRate`: half-lives of about 90 days.
    #[pallet::type_value]
    pub fn DefaultLockRate() -> u64 {
        934_866
    }
    #[pallet::type_value]
    pub fn DefaultMechanismCount() -> u8 {
        1
    }
    #[pallet::type_value]
    pub fn DefaultMaxMechanismCount() -> u8 {
        2
    }
    #[pallet::type_value]
    pub fn DefaultAdminFreezeWindow() -> u16 {
        10
    }
    #[pallet::type_value]
    pub fn DefaultWeightsSetRateLimit() -> u64 {
        100
    }
    #[pallet::type_value]
    pub fn DefaultMinAllowedWeights() -> u16 {
        1024
    }
    #[pallet::type_value]
    pub fn DefaultMaxU16() -> u16 {
        u16::MAX
    }
    #[pallet::type_value]
    pub fn DefaultCommitRevealWeightsVersion() -> u16 {
        4
    }
    #[pallet::type_value]
    pub fn DefaultKappa() -> u16 {
        32_767
    }
    #[pallet::type_value]
    pub fn DefaultBondsMovingAverage() -> u64 {
        900_000
    }
    #[pallet::type_value]
    pub fn DefaultAlphaValues() -> (u16, u16) {
        (45_875, 58_982)
    }
    #[pallet::type_value]
    pub fn DefaultAlphaSigmoidSteepness() -> i16 {
        1000
    }
    #[pallet::type_value]
    pub fn DefaultMaxAllowedValidators() -> u16 {
        128
    }
    #[pallet::type_value]
    pub fn DefaultActivityCutoffFactorMilli() -> u32 {
        13_889
    }
    #[pallet::type_value]
    pub fn DefaultTaoWeight() -> u64 {
        971_718_665_099_567_868
    }
    #[pallet::type_value]
    pub fn DefaultOwnerCut() -> u16 {
        11_796
    }
    #[pallet::type_value]
    pub fn DefaultMovingAlpha() -> FixedI128 {
        // I96F32 0.000003 (the chain's `DefaultMovingAlpha`).
        FixedI128 { bits: 12_885 }
    }
    #[pallet::type_value]
    pub fn DefaultEmaPriceHalvingBlocks() -> u64 {
        201_600
    }
    #[pallet::type_value]
    pub fn DefaultRootClaimableThreshold() -> FixedI128 {
        // I96F32 500_000 (0.0005 α).
        FixedI128 {
            bits: 500_000i128 << 32,
        }
    }
    #[pallet::type_value]
    pub fn DefaultBlockEmission() -> u64 {
        1_000_000_000
    }

    #[pallet::type_value]
    pub fn DefaultServingRateLimit() -> u64 {
        50
    }
    #[pallet::type_value]
    pub fn DefaultPendingChildKeyCooldown() -> u64 {
        7200
    }
    #[pallet::type_value]
    pub fn DefaultTakeRateLimit() -> u64 {
        216_000
    }

    // Storage items, grouped by concern in declaration order: the declaration order is the order
    // of the storage entries in the metadata, so a concern can have more than one group.

    // ---- totals ---------------------------------------------------------------------------

    #[pallet::storage]
    pub type TotalIssuance<T> = StorageValue<_, u64, ValueQuery>;
    #[pallet::storage]
    pub type TotalStake<T> = StorageValue<_, u64, ValueQuery>;
    #[pallet::storage]
    pub type TotalNetworks<T> = StorageValue<_, u16, ValueQuery>;
    #[pallet::storage]
    pub type StakeThreshold<T> = StorageValue<_, u64, ValueQuery>;

    // ---- subnet creation: lock cost, rate limit, subnet limit, start-call delay (subnets.rs) ---

    #[pallet::storage]
    pub type NetworkLastLockCost<T> = StorageValue<_, u64, ValueQuery, DefaultLockCost>;
    #[pallet::storage]
    pub type NetworkMinLockCost<T> = StorageValue<_, u64, ValueQuery, DefaultLockCost>;
    #[pallet::storage]
    pub type NetworkLockReductionInterval<T> =
        StorageValue<_, u64, ValueQuery, DefaultLockReductionInterval>;
    #[pallet::storage]
    pub type NetworkLastRegistered<T> = StorageValue<_, u64, ValueQuery>;
    #[pallet::storage]
    pub type NetworkRateLimit<T> = StorageValue<_, u64, ValueQuery, DefaultNetworkRateLimit>;
    #[pallet::storage]
    pub type SubnetLimit<T> = StorageValue<_, u16, ValueQuery, DefaultSubnetLimit>;
    #[pallet::storage]
    pub type StartCallDelay<T> = StorageValue<_, u64, ValueQuery, DefaultStartCallDelay>;

    // ---- subnets: existence and mechanism; pool reserves and volume (pool.rs); tempo ------

    #[pallet::storage]
    pub type NetworksAdded<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;
    #[pallet::storage]
    pub type SubnetMechanism<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;
    #[pallet::storage]
    pub type SubnetTAO<T> = StorageMap<_, Identity, NetUid, TaoCurrency, ValueQuery>;
    #[pallet::storage]
    pub type SubnetAlphaIn<T> = StorageMap<_, Identity, NetUid, AlphaCurrency, ValueQuery>;
    #[pallet::storage]
    pub type SubnetAlphaOut<T> = StorageMap<_, Identity, NetUid, AlphaCurrency, ValueQuery>;
    #[pallet::storage]
    pub type SubnetVolume<T> = StorageMap<_, Identity, NetUid, u128, ValueQuery>;
    #[pallet::storage]
    pub type Tempo<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultTempo>;

    // ---- registration price: the burn, its bounds, decay and bump (registration.rs) -------

    #[pallet::storage]
    pub type Burn<T> = StorageMap<_, Identity, NetUid, TaoCurrency, ValueQuery, DefaultBurn>;
    #[pallet::storage]
    pub type MinBurn<T> = StorageMap<_, Identity, NetUid, TaoCurrency, ValueQuery, DefaultMinBurn>;
    #[pallet::storage]
    pub type MaxBurn<T> = StorageMap<_, Identity, NetUid, TaoCurrency, ValueQuery, DefaultMaxBurn>;
    #[pallet::storage]
    pub type BurnHalfLife<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultBurnHalfLife>;
    #[pallet::storage]
    pub type BurnIncreaseMult<T> =
        StorageMap<_, Identity, NetUid, FixedU128, ValueQuery, DefaultBurnIncreaseMult>;

    // ---- subnet owner ---------------------------------------------------------------------

    #[pallet::storage]
    pub type SubnetOwner<T> =
        StorageMap<_, Identity, NetUid, AccountId32, ValueQuery, DefaultZeroAccount>;
    #[pallet::storage]
    pub type SubnetOwnerHotkey<T> =
        StorageMap<_, Identity, NetUid, AccountId32, ValueQuery, DefaultZeroAccount>;

    // ---- neuron count and registration limits (uids.rs, registration.rs) ------------------

    #[pallet::storage]
    pub type SubnetworkN<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;
    #[pallet::storage]
    pub type MaxAllowedUids<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultMaxAllowedUids>;
    #[pallet::storage]
    pub type ImmunityPeriod<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultImmunityPeriod>;
    #[pallet::storage]
    pub type MaxRegistrationsPerBlock<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultMaxRegistrationsPerBlock>;
    #[pallet::storage]
    pub type TargetRegistrationsPerInterval<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultTargetRegistrationsPerInterval>;
    #[pallet::storage]
    pub type AdjustmentInterval<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultAdjustmentInterval>;
    #[pallet::storage]
    pub type RegistrationsThisBlock<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;
    #[pallet::storage]
    pub type RegistrationsThisInterval<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;
    #[pallet::storage]
    pub type LastAdjustmentBlock<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    // ---- subnet state: registration block, switches, first emission, symbol (subnets.rs) ---

    #[pallet::storage]
    pub type NetworkRegisteredAt<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type NetworkRegistrationAllowed<T> =
        StorageMap<_, Identity, NetUid, bool, ValueQuery, DefaultTrue>;
    #[pallet::storage]
    pub type SubtokenEnabled<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;
    #[pallet::storage]
    pub type FirstEmissionBlockNumber<T> = StorageMap<_, Identity, NetUid, u64, OptionQuery>;
    #[pallet::storage]
    pub type TransferToggle<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery, DefaultTrue>;
    #[pallet::storage]
    pub type TokenSymbol<T> =
        StorageMap<_, Identity, NetUid, Vec<u8>, ValueQuery, DefaultTokenSymbol>;

    // ---- commit-reveal switches (weights.rs) ----------------------------------------------

    #[pallet::storage]
    pub type CommitRevealWeightsEnabled<T> =
        StorageMap<_, Identity, NetUid, bool, ValueQuery, DefaultTrue>;
    #[pallet::storage]
    pub type RevealPeriodEpochs<T> =
        StorageMap<_, Twox64Concat, NetUid, u64, ValueQuery, DefaultOne64>;

    // ---- neurons: hotkey per uid and back, registration block (uids.rs) -------------------

    #[pallet::storage]
    pub type Keys<T> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Identity,
        u16,
        AccountId32,
        ValueQuery,
        DefaultZeroAccount,
    >;
    #[pallet::storage]
    pub type Uids<T> =
        StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, AccountId32, u16, OptionQuery>;
    #[pallet::storage]
    pub type BlockAtRegistration<T> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, u64, ValueQuery>;
    /// Whether a hotkey holds a uid on a subnet (kept with `Uids`; btcli reads it).
    #[pallet::storage]
    pub type IsNetworkMember<T> =
        StorageDoubleMap<_, Blake2_128Concat, AccountId32, Identity, NetUid, bool, ValueQuery>;

    // ---- weight rows (weights.rs) ---------------------------------------------------------

    #[pallet::storage]
    pub type Weights<T> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, Vec<(u16, u16)>, ValueQuery>;

    // ---- per-uid epoch results and bonds (crate::epoch) -----------------------------------

    #[pallet::storage]
    pub type Active<T> = StorageMap<_, Identity, NetUid, Vec<bool>, ValueQuery>;
    #[pallet::storage]
    pub type ValidatorPermit<T> = StorageMap<_, Identity, NetUid, Vec<bool>, ValueQuery>;
    #[pallet::storage]
    pub type LastUpdate<T> = StorageMap<_, Identity, NetUid, Vec<u64>, ValueQuery>;
    #[pallet::storage]
    pub type Emission<T> = StorageMap<_, Identity, NetUid, Vec<AlphaCurrency>, ValueQuery>;
    #[pallet::storage]
    pub type Incentive<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    #[pallet::storage]
    pub type Dividends<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    #[pallet::storage]
    pub type Consensus<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    #[pallet::storage]
    pub type ValidatorTrust<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    #[pallet::storage]
    pub type StakeWeight<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;

    #[pallet::storage]
    pub type Bonds<T> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, Vec<(u16, u16)>, ValueQuery>;

    // ---- weights hyperparameters and commit queues (weights.rs) ---------------------------

    #[pallet::storage]
    pub type WeightsSetRateLimit<T> =
        StorageMap<_, Identity, NetUid, u64, ValueQuery, DefaultWeightsSetRateLimit>;
    #[pallet::storage]
    pub type WeightsVersionKey<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type MinAllowedWeights<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultMinAllowedWeights>;
    #[pallet::storage]
    pub type MaxWeightsLimit<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultMaxU16>;
    #[pallet::storage]
    pub type CommitRevealWeightsVersion<T> =
        StorageValue<_, u16, ValueQuery, DefaultCommitRevealWeightsVersion>;
    /// `(hash, commit block, first reveal block, last reveal block)` per hotkey.
    #[pallet::storage]
    pub type WeightCommits<T> = StorageDoubleMap<
        _,
        Twox64Concat,
        NetUid,
        Twox64Concat,
        AccountId32,
        VecDeque<(H256, u64, u64, u64)>,
        OptionQuery,
    >;
    /// `(hotkey, commit block, ciphertext, reveal round)` per commit epoch.
    #[pallet::storage]
    pub type TimelockedWeightCommits<T> = StorageDoubleMap<
        _,
        Twox64Concat,
        NetUid,
        Twox64Concat,
        u64,
        VecDeque<(
            AccountId32,
            u64,
            BoundedVec<u8, ConstU32<MAX_CRV3_COMMIT_SIZE_BYTES>>,
            u64,
        )>,
        ValueQuery,
    >;

    // ---- epoch schedule, pending emission, dividends and hyperparameters (crate::epoch) ---

    #[pallet::storage]
    pub type LastEpochBlock<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    /// The block at which an owner-triggered epoch fires (0: none pending; `trigger_epoch`).
    #[pallet::storage]
    pub type PendingEpochAt<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type SubnetEpochIndex<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type BlocksSinceLastStep<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type LastMechansimStepBlock<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type PendingServerEmission<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type PendingValidatorEmission<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type PendingRootAlphaDivs<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type PendingOwnerCut<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type BlockEmission<T> = StorageValue<_, u64, ValueQuery, DefaultBlockEmission>;
    #[pallet::storage]
    pub type SubnetAlphaOutEmission<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type AlphaDividendsPerSubnet<T> =
        StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, AccountId32, u64, ValueQuery>;
    #[pallet::storage]
    pub type RootAlphaDividendsPerSubnet<T> =
        StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, AccountId32, u64, ValueQuery>;
    #[pallet::storage]
    pub type Kappa<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultKappa>;
    #[pallet::storage]
    pub type BondsPenalty<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultMaxU16>;
    #[pallet::storage]
    pub type BondsMovingAverage<T> =
        StorageMap<_, Identity, NetUid, u64, ValueQuery, DefaultBondsMovingAverage>;
    #[pallet::storage]
    pub type Yuma3On<T> = StorageMap<_, Blake2_128Concat, NetUid, bool, ValueQuery>;
    #[pallet::storage]
    pub type LiquidAlphaOn<T> = StorageMap<_, Blake2_128Concat, NetUid, bool, ValueQuery>;
    #[pallet::storage]
    pub type AlphaValues<T> =
        StorageMap<_, Identity, NetUid, (u16, u16), ValueQuery, DefaultAlphaValues>;
    #[pallet::storage]
    pub type AlphaSigmoidSteepness<T> =
        StorageMap<_, Identity, NetUid, i16, ValueQuery, DefaultAlphaSigmoidSteepness>;
    #[pallet::storage]
    pub type MaxAllowedValidators<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultMaxAllowedValidators>;
    #[pallet::storage]
    pub type ActivityCutoffFactorMilli<T> =
        StorageMap<_, Identity, NetUid, u32, ValueQuery, DefaultActivityCutoffFactorMilli>;
    #[pallet::storage]
    pub type TaoWeight<T> = StorageValue<_, u64, ValueQuery, DefaultTaoWeight>;
    #[pallet::storage]
    pub type SubnetOwnerCut<T> = StorageValue<_, u16, ValueQuery, DefaultOwnerCut>;

    // ---- TAO emission and moving prices (crate::coinbase) ---------------------------------

    /// Devnet-only switch (no such item on the chain, which always emits): TAO emission and
    /// its injection into the pools run only while this is set. The binary sets it; the
    /// library's devnets start without it so pool prices move only with trades.
    #[pallet::storage]
    pub type DevnetTaoEmission<T> = StorageValue<_, bool, ValueQuery>;
    #[pallet::storage]
    pub type SubnetMovingPrice<T> = StorageMap<_, Identity, NetUid, FixedI128, ValueQuery>;
    #[pallet::storage]
    pub type SubnetMovingAlpha<T> = StorageValue<_, FixedI128, ValueQuery, DefaultMovingAlpha>;
    #[pallet::storage]
    pub type EMAPriceHalvingBlocks<T> =
        StorageMap<_, Identity, NetUid, u64, ValueQuery, DefaultEmaPriceHalvingBlocks>;
    #[pallet::storage]
    pub type SubnetTaoInEmission<T> = StorageMap<_, Identity, NetUid, TaoCurrency, ValueQuery>;
    #[pallet::storage]
    pub type SubnetAlphaInEmission<T> = StorageMap<_, Identity, NetUid, AlphaCurrency, ValueQuery>;
    #[pallet::storage]
    pub type SubnetExcessTao<T> = StorageMap<_, Identity, NetUid, TaoCurrency, ValueQuery>;
    #[pallet::storage]
    pub type SubnetProtocolAlpha<T> = StorageMap<_, Identity, NetUid, AlphaCurrency, ValueQuery>;

    // ---- childkey burn (the dividend split of crate::epoch) -------------------------------

    #[pallet::storage]
    pub type CKBurn<T> = StorageValue<_, u64, ValueQuery>;

    // ---- root claims (root.rs) ------------------------------------------------------------

    /// Root dividends per unit of root stake, per subnet (`I96F32` bits).
    #[pallet::storage]
    pub type RootClaimable<T> = StorageMap<
        _,
        Blake2_128Concat,
        AccountId32,
        std::collections::BTreeMap<NetUid, FixedI128>,
        ValueQuery,
    >;
    /// α already claimed (or accounted as not owed) per (subnet, hotkey, coldkey).
    #[pallet::storage]
    pub type RootClaimed<T> = StorageNMap<
        _,
        (
            NMapKey<Identity, NetUid>,
            NMapKey<Blake2_128Concat, AccountId32>,
            NMapKey<Blake2_128Concat, AccountId32>,
        ),
        u128,
        ValueQuery,
    >;
    #[pallet::storage]
    pub type RootClaimType<T> =
        StorageMap<_, Blake2_128Concat, AccountId32, RootClaimTypeEnum, ValueQuery>;
    #[pallet::storage]
    pub type RootClaimableThreshold<T> = StorageMap<
        _,
        Blake2_128Concat,
        NetUid,
        FixedI128,
        ValueQuery,
        DefaultRootClaimableThreshold,
    >;

    // ---- axons (serving.rs) ---------------------------------------------------------------

    #[pallet::storage]
    pub type Axons<T> =
        StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, AccountId32, AxonInfo, OptionQuery>;
    #[pallet::storage]
    pub type ServingRateLimit<T> =
        StorageMap<_, Identity, NetUid, u64, ValueQuery, DefaultServingRateLimit>;

    // ---- auto-stake (auto_stake.rs) -------------------------------------------------------

    /// Where a coldkey's miner incentive on a subnet is staked instead of the earning hotkey.
    #[pallet::storage]
    pub type AutoStakeDestination<T> = StorageDoubleMap<
        _,
        Blake2_128Concat,
        AccountId32,
        Identity,
        NetUid,
        AccountId32,
        OptionQuery,
    >;
    /// The coldkeys whose auto-stake destination on a subnet is this hotkey.
    #[pallet::storage]
    pub type AutoStakeDestinationColdkeys<T> = StorageDoubleMap<
        _,
        Blake2_128Concat,
        AccountId32,
        Identity,
        NetUid,
        Vec<AccountId32>,
        ValueQuery,
    >;

    // ---- delegate and childkey takes (takes.rs) -------------------------------------------

    #[pallet::storage]
    pub type TxDelegateTakeRateLimit<T> = StorageValue<_, u64, ValueQuery, DefaultTakeRateLimit>;
    #[pallet::storage]
    pub type TxChildkeyTakeRateLimit<T> = StorageValue<_, u64, ValueQuery, DefaultTakeRateLimit>;
    #[pallet::storage]
    pub type MinDelegateTake<T> = StorageValue<_, u16, ValueQuery>;
    #[pallet::storage]
    pub type MaxDelegateTake<T> = StorageValue<_, u16, ValueQuery, DefaultOwnerCut>;
    #[pallet::storage]
    pub type MinChildkeyTake<T> = StorageValue<_, u16, ValueQuery>;
    #[pallet::storage]
    pub type MaxChildkeyTake<T> = StorageValue<_, u16, ValueQuery, DefaultOwnerCut>;
    #[pallet::storage]
    pub type ChildkeyTake<T> =
        StorageDoubleMap<_, Blake2_128Concat, AccountId32, Identity, NetUid, u16, ValueQuery>;

    // ---- child hotkeys (children.rs) ------------------------------------------------------

    #[pallet::storage]
    pub type ChildKeys<T> = StorageDoubleMap<
        _,
        Blake2_128Concat,
        AccountId32,
        Identity,
        NetUid,
        Vec<(u64, AccountId32)>,
        ValueQuery,
    >;
    #[pallet::storage]
    pub type ParentKeys<T> = StorageDoubleMap<
        _,
        Blake2_128Concat,
        AccountId32,
        Identity,
        NetUid,
        Vec<(u64, AccountId32)>,
        ValueQuery,
    >;
    /// Scheduled children and the block after which they apply.
    #[pallet::storage]
    pub type PendingChildKeys<T> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Blake2_128Concat,
        AccountId32,
        (Vec<(u64, AccountId32)>, u64),
        ValueQuery,
    >;
    #[pallet::storage]
    pub type PendingChildKeyCooldown<T> =
        StorageValue<_, u64, ValueQuery, DefaultPendingChildKeyCooldown>;

    // ---- rate-limit bookkeeping of takes and children (takes.rs, children.rs) -------------

    #[pallet::storage]
    pub type LastTxBlockDelegateTake<T> = StorageMap<_, Identity, AccountId32, u64, ValueQuery>;
    /// Last block of a rate-limited transaction: (hotkey, netuid, transaction type).
    #[pallet::storage]
    pub type TransactionKeyLastBlock<T> = StorageNMap<
        _,
        (
            NMapKey<Blake2_128Concat, AccountId32>,
            NMapKey<Identity, NetUid>,
            NMapKey<Identity, u16>,
        ),
        u64,
        ValueQuery,
    >;

    // ---- identities -----------------------------------------------------------------------

    /// A coldkey's on-chain identity (`set_identity`).
    #[pallet::storage]
    pub type IdentitiesV2<T> =
        StorageMap<_, Blake2_128Concat, AccountId32, crate::types::ChainIdentityV2, OptionQuery>;
    /// A subnet's identity (`set_subnet_identity`).
    #[pallet::storage]
    pub type SubnetIdentitiesV3<T> =
        StorageMap<_, Blake2_128Concat, NetUid, crate::types::SubnetIdentityV3, OptionQuery>;

    // ---- stake locks (spec 425; staking/lock.rs) --------------------------------------------

    /// A coldkey's lock on a subnet, to one hotkey.
    #[pallet::storage]
    pub type Lock<T> = StorageNMap<
        _,
        (
            NMapKey<Blake2_128Concat, AccountId32>,
            NMapKey<Identity, NetUid>,
            NMapKey<Blake2_128Concat, AccountId32>,
        ),
        crate::types::LockState,
        OptionQuery,
    >;
    /// Reverse index of `Lock`: the coldkeys locking to a hotkey on a subnet.
    #[pallet::storage]
    pub type LockingColdkeys<T> = StorageNMap<
        _,
        (
            NMapKey<Identity, NetUid>,
            NMapKey<Blake2_128Concat, AccountId32>,
            NMapKey<Blake2_128Concat, AccountId32>,
        ),
        (),
        OptionQuery,
    >;
    /// Present and false: the coldkey's lock on the subnet is perpetual (does not decay).
    #[pallet::storage]
    pub type DecayingLock<T> =
        StorageDoubleMap<_, Blake2_128Concat, AccountId32, Identity, NetUid, bool, OptionQuery>;
    /// Account flags (bit 0: accepts locked α).
    #[pallet::storage]
    pub type AccountFlags<T> = StorageMap<_, Blake2_128Concat, AccountId32, u128, ValueQuery>;

    #[pallet::storage]
    pub type HotkeyLock<T> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Blake2_128Concat,
        AccountId32,
        crate::types::LockState,
        OptionQuery,
    >;
    #[pallet::storage]
    pub type DecayingHotkeyLock<T> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Blake2_128Concat,
        AccountId32,
        crate::types::LockState,
        OptionQuery,
    >;
    #[pallet::storage]
    pub type OwnerLock<T> = StorageMap<_, Identity, NetUid, crate::types::LockState, OptionQuery>;
    #[pallet::storage]
    pub type DecayingOwnerLock<T> =
        StorageMap<_, Identity, NetUid, crate::types::LockState, OptionQuery>;

    /// Decay timescale of a lock's conviction, blocks.
    #[pallet::storage]
    pub type MaturityRate<T> = StorageValue<_, u64, ValueQuery, DefaultLockRate>;
    /// Decay timescale of a lock's locked mass, blocks.
    #[pallet::storage]
    pub type UnlockRate<T> = StorageValue<_, u64, ValueQuery, DefaultLockRate>;

    // ---- subnet flows -------------------------------------------------------------------

    /// `(block, EMA)` of the TAO staked into the subnet minus the TAO unstaked. The chain at
    /// spec 425 declares it and writes it nowhere (its updater is unused code), so it stays
    /// absent here too.
    #[pallet::storage]
    pub type SubnetEmaTaoFlow<T> = StorageMap<_, Identity, NetUid, (u64, FixedI128), OptionQuery>;

    // ---- mechanisms (mechanism.rs) and the owner settings' freeze window -------------------

    /// How many mechanisms the subnet has (their weights, bonds and epoch terms live under the
    /// storage index `netuid + mecid × 4096`).
    #[pallet::storage]
    pub type MechanismCountCurrent<T> =
        StorageMap<_, Twox64Concat, NetUid, u8, ValueQuery, DefaultMechanismCount>;
    /// How the subnet's emission is split between its mechanisms (u16 shares summing to 65535;
    /// absent: evenly).
    #[pallet::storage]
    pub type MechanismEmissionSplit<T> = StorageMap<_, Twox64Concat, NetUid, Vec<u16>, OptionQuery>;
    #[pallet::storage]
    pub type MaxMechanismCount<T> = StorageValue<_, u8, ValueQuery, DefaultMaxMechanismCount>;
    /// Owner settings are refused while fewer blocks than this remain before the epoch.
    #[pallet::storage]
    pub type AdminFreezeWindow<T> = StorageValue<_, u16, ValueQuery, DefaultAdminFreezeWindow>;

    // ---- the owner's hyperparameters (owner_settings.rs, the AdminUtils owner calls) -------

    #[pallet::type_value]
    pub fn DefaultRho() -> u16 {
        10
    }
    #[pallet::type_value]
    pub fn DefaultActivityCutoff() -> u16 {
        5000
    }
    #[pallet::type_value]
    pub fn DefaultMinActivityCutoff() -> u16 {
        360
    }
    #[pallet::type_value]
    pub fn DefaultMaxDifficulty() -> u64 {
        u64::MAX / 4
    }
    #[pallet::type_value]
    pub fn DefaultOneU16() -> u16 {
        1
    }
    #[pallet::type_value]
    pub fn DefaultMinAllowedUids() -> u16 {
        64
    }
    #[pallet::type_value]
    pub fn DefaultOwnerHyperparamRateLimit() -> u16 {
        2
    }
    #[pallet::type_value]
    pub fn DefaultWeightsVersionKeyRateLimit() -> u64 {
        5
    }
    #[pallet::storage]
    pub type Rho<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultRho>;
    /// The activity cutoff an owner sets (`sudo_set_activity_cutoff`); at least
    /// `MinActivityCutoff`.
    #[pallet::storage]
    pub type ActivityCutoff<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultActivityCutoff>;
    #[pallet::storage]
    pub type MinActivityCutoff<T> = StorageValue<_, u16, ValueQuery, DefaultMinActivityCutoff>;
    #[pallet::storage]
    pub type MaxDifficulty<T> =
        StorageMap<_, Identity, NetUid, u64, ValueQuery, DefaultMaxDifficulty>;
    #[pallet::storage]
    pub type AdjustmentAlpha<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
    #[pallet::storage]
    pub type MinAllowedUids<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultMinAllowedUids>;
    /// How many of the owner's uids are immune from pruning.
    #[pallet::storage]
    pub type ImmuneOwnerUidsLimit<T> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery, DefaultOneU16>;
    #[pallet::storage]
    pub type RecycleOrBurn<T> =
        StorageMap<_, Identity, NetUid, owner_settings::RecycleOrBurnEnum, ValueQuery>;
    #[pallet::storage]
    pub type BondsResetOn<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;
    /// The subnet's own minimum childkey take (spec 425; stored only).
    #[pallet::storage]
    pub type MinChildkeyTakePerSubnet<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;
    /// Whether the owner takes their cut (spec 425; stored only: the devnet pays the cut).
    #[pallet::storage]
    pub type OwnerCutEnabled<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery, DefaultTrue>;
    /// Whether the owner's cut is locked as it is paid (spec 425; stored only).
    #[pallet::storage]
    pub type OwnerCutAutoLockEnabled<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;
    /// The block of the last rate-limited operation per key (here: the owner's last change of
    /// each hyperparameter, and of the owner hotkey).
    #[pallet::storage]
    pub type LastRateLimitedBlock<T> =
        StorageMap<_, Identity, owner_settings::RateLimitKey, u64, ValueQuery>;
    /// The owner's rate limit of each hyperparameter, in tempos.
    #[pallet::storage]
    pub type OwnerHyperparamRateLimit<T> =
        StorageValue<_, u16, ValueQuery, DefaultOwnerHyperparamRateLimit>;
    /// The owner's rate limit of the weights version key, in tempos.
    #[pallet::storage]
    pub type WeightsVersionKeyRateLimit<T> =
        StorageValue<_, u64, ValueQuery, DefaultWeightsVersionKeyRateLimit>;

    // ---- hotkey ownership and stake shares (staking/) -------------------------------------

    #[pallet::storage]
    pub type Owner<T> =
        StorageMap<_, Blake2_128Concat, AccountId32, AccountId32, ValueQuery, DefaultZeroAccount>;
    #[pallet::storage]
    pub type OwnedHotkeys<T> =
        StorageMap<_, Blake2_128Concat, AccountId32, Vec<AccountId32>, ValueQuery>;
    #[pallet::storage]
    pub type StakingHotkeys<T> =
        StorageMap<_, Blake2_128Concat, AccountId32, Vec<AccountId32>, ValueQuery>;
    #[pallet::storage]
    pub type Delegates<T> =
        StorageMap<_, Blake2_128Concat, AccountId32, u16, ValueQuery, DefaultTake>;
    #[pallet::storage]
    pub type TotalHotkeyAlpha<T> = StorageDoubleMap<
        _,
        Blake2_128Concat,
        AccountId32,
        Identity,
        NetUid,
        AlphaCurrency,
        ValueQuery,
    >;
    #[pallet::storage]
    pub type TotalHotkeyShares<T> =
        StorageDoubleMap<_, Blake2_128Concat, AccountId32, Identity, NetUid, FixedU128, ValueQuery>;
    #[pallet::storage]
    pub type Alpha<T> = StorageNMap<
        _,
        (
            NMapKey<Blake2_128Concat, AccountId32>,
            NMapKey<Blake2_128Concat, AccountId32>,
            NMapKey<Identity, NetUid>,
        ),
        FixedU128,
        ValueQuery,
    >;

    // ---- key swaps (swap/): the legacy rate limit, hotkey-swap cooldowns, coldkey swaps ----

    #[pallet::type_value]
    pub fn DefaultTxRateLimit() -> u64 {
        swap::INITIAL_TX_RATE_LIMIT
    }
    #[pallet::type_value]
    pub fn DefaultColdkeySwapAnnouncementDelay() -> u32 {
        swap::COLDKEY_SWAP_ANNOUNCEMENT_DELAY
    }
    #[pallet::type_value]
    pub fn DefaultColdkeySwapReannouncementDelay() -> u32 {
        swap::COLDKEY_SWAP_REANNOUNCEMENT_DELAY
    }
    /// Blocks a coldkey waits between hotkey swaps (legacy limit: refused while
    /// `now − LastTxBlock ≤ TxRateLimit`).
    #[pallet::storage]
    pub type TxRateLimit<T> = StorageValue<_, u64, ValueQuery, DefaultTxRateLimit>;
    /// The block of a key's last rate-limited transaction (a coldkey's last hotkey swap).
    #[pallet::storage]
    pub type LastTxBlock<T> = StorageMap<_, Identity, AccountId32, u64, ValueQuery>;
    /// The block of a coldkey's last hotkey swap on a subnet.
    #[pallet::storage]
    pub type LastHotkeySwapOnNetuid<T> =
        StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, AccountId32, u64, ValueQuery>;
    #[pallet::storage]
    pub type ColdkeySwapAnnouncementDelay<T> =
        StorageValue<_, u32, ValueQuery, DefaultColdkeySwapAnnouncementDelay>;
    #[pallet::storage]
    pub type ColdkeySwapReannouncementDelay<T> =
        StorageValue<_, u32, ValueQuery, DefaultColdkeySwapReannouncementDelay>;
    /// `(first block it may execute, BlakeTwo256 of the new coldkey)` per announcing coldkey.
    #[pallet::storage]
    pub type ColdkeySwapAnnouncements<T> =
        StorageMap<_, Twox64Concat, AccountId32, (u32, H256), OptionQuery>;
    /// The block a coldkey's swap was disputed.
    #[pallet::storage]
    pub type ColdkeySwapDisputes<T> = StorageMap<_, Twox64Concat, AccountId32, u32, OptionQuery>;
}
