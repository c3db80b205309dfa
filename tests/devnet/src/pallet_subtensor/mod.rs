//! `SubtensorModule`: the part of subtensor's pallet that the devnet mirrors.
//!
//! Call names, indices and argument shapes, storage names, hashers and value types, events and
//! the error enum follow the real chain. Behaviour covers staking through the subnet pool
//! (constant-product with equal weights, the real fee rate and minimum stake), limit orders,
//! registration with the burn price's decay and bump, root registration, subnet creation with its
//! lock cost and `start_call`.

// Call shapes are the chain's (serve_axon takes nine arguments).
#![allow(clippy::too_many_arguments)]

pub use pallet::*;

use crate::types::{
    AlphaCurrency, AxonInfo, FixedI128, FixedU128, NetUid, RootClaimTypeEnum, TaoCurrency,
};
use sp_core::U256;

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

mod macros;

use frame_support::pallet_macros::import_section;
use macros::{dispatches, errors, events, hooks};

// The events, errors, hooks and calls live in `macros/` as pallet sections; the pallet module
// below keeps the config, the storage defaults and the storage items.
#[import_section(events::events)]
#[import_section(errors::errors)]
#[import_section(hooks::hooks)]
#[import_section(dispatches::dispatches)]
#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use frame_support::{
        pallet_prelude::*,
        traits::{
            fungible::{Balanced, Inspect},
            tokens::{Fortitude, Precision, Preservation},
        },
    };
    use frame_system::pallet_prelude::*;
    use sp_core::H256;
    use sp_runtime::AccountId32;
    use std::collections::VecDeque;

    type Balances<T> = pallet_balances::Pallet<T>;

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

    // ---- storage --------------------------------------------------------------------------

    #[pallet::storage]
    pub type TotalIssuance<T> = StorageValue<_, u64, ValueQuery>;
    #[pallet::storage]
    pub type TotalStake<T> = StorageValue<_, u64, ValueQuery>;
    #[pallet::storage]
    pub type TotalNetworks<T> = StorageValue<_, u16, ValueQuery>;
    #[pallet::storage]
    pub type StakeThreshold<T> = StorageValue<_, u64, ValueQuery>;
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
    #[pallet::storage]
    pub type SubnetOwner<T> =
        StorageMap<_, Identity, NetUid, AccountId32, ValueQuery, DefaultZeroAccount>;
    #[pallet::storage]
    pub type SubnetOwnerHotkey<T> =
        StorageMap<_, Identity, NetUid, AccountId32, ValueQuery, DefaultZeroAccount>;
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
    #[pallet::storage]
    pub type CommitRevealWeightsEnabled<T> =
        StorageMap<_, Identity, NetUid, bool, ValueQuery, DefaultTrue>;
    #[pallet::storage]
    pub type RevealPeriodEpochs<T> =
        StorageMap<_, Twox64Concat, NetUid, u64, ValueQuery, DefaultOne64>;

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
    #[pallet::storage]
    pub type Weights<T> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, Vec<(u16, u16)>, ValueQuery>;
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
    pub type Bonds<T> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, Vec<(u16, u16)>, ValueQuery>;

    // ---- weights and commit-reveal -------------------------------------------------------

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

    // ---- epochs and emission ---------------------------------------------------------------

    #[pallet::storage]
    pub type LastEpochBlock<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
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

    // ---- TAO emission, moving prices, childkey burn, root claims ---------------------------

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
    #[pallet::storage]
    pub type CKBurn<T> = StorageValue<_, u64, ValueQuery>;
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

    // ---- serving and takes ------------------------------------------------------------------

    #[pallet::storage]
    pub type Axons<T> =
        StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, AccountId32, AxonInfo, OptionQuery>;
    #[pallet::storage]
    pub type ServingRateLimit<T> =
        StorageMap<_, Identity, NetUid, u64, ValueQuery, DefaultServingRateLimit>;
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

    // ---- implementation -------------------------------------------------------------------

    impl<T: Config> Pallet<T> {
        pub fn block_number() -> u64 {
            use sp_runtime::traits::UniqueSaturatedInto;
            frame_system::Pallet::<T>::block_number().unique_saturated_into()
        }

        pub fn if_subnet_exist(netuid: NetUid) -> bool {
            NetworksAdded::<T>::get(netuid)
        }

        fn is_dynamic(netuid: NetUid) -> bool {
            SubnetMechanism::<T>::get(netuid) == 1
        }

        fn ensure_subtoken_enabled(netuid: NetUid) -> DispatchResult {
            if netuid == 0 || SubtokenEnabled::<T>::get(netuid) {
                Ok(())
            } else {
                Err(Error::<T>::SubtokenDisabled.into())
            }
        }

        pub fn free_balance(who: &AccountId32) -> u64 {
            Balances::<T>::balance(who)
        }

        fn withdraw(who: &AccountId32, amount: u64) -> DispatchResult {
            if amount == 0 {
                return Ok(());
            }
            let credit = <Balances<T> as Balanced<AccountId32>>::withdraw(
                who,
                amount,
                Precision::Exact,
                Preservation::Preserve,
                Fortitude::Polite,
            )
            .map_err(|_| Error::<T>::BalanceWithdrawalError)?;
            drop(credit);
            Ok(())
        }

        fn deposit(who: &AccountId32, amount: u64) {
            if amount == 0 {
                return;
            }
            if let Ok(debt) =
                <Balances<T> as Balanced<AccountId32>>::deposit(who, amount, Precision::BestEffort)
            {
                drop(debt);
            }
        }

        fn can_withdraw(who: &AccountId32, amount: u64) -> bool {
            let reducible = <Balances<T> as Inspect<AccountId32>>::reducible_balance(
                who,
                Preservation::Preserve,
                Fortitude::Polite,
            );
            reducible >= amount
        }

        // ---- the pool -----------------------------------------------------------------

        /// Price of one α in rao (1e9 = 1.0).
        pub fn current_price(netuid: NetUid) -> u64 {
            if !Self::is_dynamic(netuid) {
                return UNIT;
            }
            let x = SubnetAlphaIn::<T>::get(netuid) as u128;
            let y = SubnetTAO::<T>::get(netuid) as u128;
            if x == 0 {
                return 0;
            }
            (y * UNIT as u128 / x).min(u64::MAX as u128) as u64
        }

        /// The pool price as the swap pallet computes it (`current_alpha_price`, `U64F64`): 1 on
        /// root and stable subnets, `TAO reserve / α reserve` on dynamic ones (equal weights), 0
        /// with an empty α reserve.
        pub fn alpha_price(netuid: NetUid) -> substrate_fixed::types::U64F64 {
            use substrate_fixed::types::U64F64;
            if !Self::is_dynamic(netuid) {
                return U64F64::from_num(1);
            }
            let x = U64F64::saturating_from_num(SubnetAlphaIn::<T>::get(netuid));
            let y = U64F64::saturating_from_num(SubnetTAO::<T>::get(netuid));
            y.checked_div(x).unwrap_or(U64F64::from_num(0))
        }

        pub fn fee_rate(netuid: NetUid) -> u64 {
            if Self::is_dynamic(netuid) {
                FEE_RATE
            } else {
                0
            }
        }

        /// Simulates buying α with `tao` (gross): `(alpha_out, tao_fee)`.
        pub fn sim_buy(netuid: NetUid, tao: u64) -> Result<(u64, u64), Error<T>> {
            if !Self::is_dynamic(netuid) {
                return Ok((tao, 0));
            }
            let fee = (tao as u128 * FEE_RATE as u128 / 65535) as u64;
            let net = tao - fee;
            let x = SubnetAlphaIn::<T>::get(netuid);
            let y = SubnetTAO::<T>::get(netuid);
            let out = pool_out(x, y, net)?;
            Ok((out, fee))
        }

        /// Simulates selling `alpha` (gross): `(tao_out, alpha_fee)`.
        pub fn sim_sell(netuid: NetUid, alpha: u64) -> Result<(u64, u64), Error<T>> {
            if !Self::is_dynamic(netuid) {
                return Ok((alpha, 0));
            }
            let fee = (alpha as u128 * FEE_RATE as u128 / 65535) as u64;
            let net = alpha - fee;
            let x = SubnetAlphaIn::<T>::get(netuid);
            let y = SubnetTAO::<T>::get(netuid);
            let out = pool_out(y, x, net)?;
            Ok((out, fee))
        }

        fn swap_tao_for_alpha(netuid: NetUid, tao: u64) -> Result<(u64, u64), Error<T>> {
            let (alpha, fee) = Self::sim_buy(netuid, tao)?;
            let net = tao - fee;
            SubnetTAO::<T>::mutate(netuid, |v| *v = v.saturating_add(net));
            if Self::is_dynamic(netuid) {
                SubnetAlphaIn::<T>::mutate(netuid, |v| *v = v.saturating_sub(alpha));
            }
            SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_add(alpha));
            SubnetVolume::<T>::mutate(netuid, |v| *v = v.saturating_add(tao as u128));
            TotalStake::<T>::mutate(|v| *v = v.saturating_add(net));
            Ok((alpha, fee))
        }

        fn swap_alpha_for_tao(netuid: NetUid, alpha: u64) -> Result<(u64, u64), Error<T>> {
            let (tao, fee) = Self::sim_sell(netuid, alpha)?;
            let net = alpha - fee;
            SubnetTAO::<T>::mutate(netuid, |v| *v = v.saturating_sub(tao));
            if Self::is_dynamic(netuid) {
                SubnetAlphaIn::<T>::mutate(netuid, |v| *v = v.saturating_add(net));
            }
            SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_sub(alpha));
            SubnetVolume::<T>::mutate(netuid, |v| *v = v.saturating_add(tao as u128));
            TotalStake::<T>::mutate(|v| *v = v.saturating_sub(tao));
            Ok((tao, fee))
        }

        /// Largest TAO amount that keeps the price at or below `limit_price` after the buy.
        pub fn max_amount_add(netuid: NetUid, limit_price: u64) -> u64 {
            if !Self::is_dynamic(netuid) {
                return if limit_price >= UNIT { u64::MAX } else { 0 };
            }
            let price = Self::current_price(netuid);
            if limit_price <= price {
                return 0;
            }
            let x = U256::from(SubnetAlphaIn::<T>::get(netuid));
            let y = U256::from(SubnetTAO::<T>::get(netuid));
            let target = (U256::from(limit_price) * x * y / U256::from(UNIT)).integer_sqrt();
            if target <= y {
                return 0;
            }
            let net = target - y;
            let gross = net * U256::from(65535u64) / U256::from(65535 - FEE_RATE);
            u256_to_u64(gross)
        }

        /// Largest α amount that keeps the price at or above `limit_price` after the sale.
        pub fn max_amount_remove(netuid: NetUid, limit_price: u64) -> u64 {
            if !Self::is_dynamic(netuid) {
                return if limit_price <= UNIT { u64::MAX } else { 0 };
            }
            if limit_price == 0 {
                return u64::MAX;
            }
            let price = Self::current_price(netuid);
            if limit_price >= price {
                return 0;
            }
            let x = U256::from(SubnetAlphaIn::<T>::get(netuid));
            let y = U256::from(SubnetTAO::<T>::get(netuid));
            let target = (x * y * U256::from(UNIT) / U256::from(limit_price)).integer_sqrt();
            if target <= x {
                return 0;
            }
            let net = target - x;
            let gross = net * U256::from(65535u64) / U256::from(65535 - FEE_RATE);
            u256_to_u64(gross)
        }

        // ---- shares -------------------------------------------------------------------

        pub fn stake_of(hotkey: &AccountId32, coldkey: &AccountId32, netuid: NetUid) -> u64 {
            let shares = Alpha::<T>::get((hotkey, coldkey, netuid)).bits;
            if shares == 0 {
                return 0;
            }
            let total_shares = TotalHotkeyShares::<T>::get(hotkey, netuid).bits;
            let total_alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
            if total_shares == 0 {
                return 0;
            }
            u256_to_u64(U256::from(shares) * U256::from(total_alpha) / U256::from(total_shares))
        }

        pub fn increase_stake(
            hotkey: &AccountId32,
            coldkey: &AccountId32,
            netuid: NetUid,
            alpha: u64,
        ) {
            if alpha == 0 {
                return;
            }
            let total_shares = TotalHotkeyShares::<T>::get(hotkey, netuid).bits;
            let total_alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
            let new_shares = if total_shares == 0 || total_alpha == 0 {
                FixedU128::from_int(alpha).bits
            } else {
                let v = U256::from(alpha) * U256::from(total_shares) / U256::from(total_alpha);
                v.low_u128()
            };
            Alpha::<T>::mutate((hotkey, coldkey, netuid), |s| {
                s.bits = s.bits.saturating_add(new_shares)
            });
            TotalHotkeyShares::<T>::mutate(hotkey, netuid, |s| {
                s.bits = s.bits.saturating_add(new_shares)
            });
            TotalHotkeyAlpha::<T>::mutate(hotkey, netuid, |a| *a = a.saturating_add(alpha));
            StakingHotkeys::<T>::mutate(coldkey, |list| {
                if !list.contains(hotkey) {
                    list.push(hotkey.clone());
                }
            });
            if netuid == 0 {
                Self::adjust_root_claimed(hotkey, coldkey, alpha, true);
            }
        }

        pub fn decrease_stake(
            hotkey: &AccountId32,
            coldkey: &AccountId32,
            netuid: NetUid,
            alpha: u64,
        ) {
            let held = Self::stake_of(hotkey, coldkey, netuid);
            let shares = Alpha::<T>::get((hotkey, coldkey, netuid)).bits;
            let total_shares = TotalHotkeyShares::<T>::get(hotkey, netuid).bits;
            let total_alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
            let removed_shares = if alpha >= held || total_alpha == 0 {
                shares
            } else {
                let v = (U256::from(alpha) * U256::from(total_shares)
                    + U256::from(total_alpha - 1))
                    / U256::from(total_alpha);
                v.low_u128().min(shares)
            };
            let left = shares - removed_shares;
            if left == 0 {
                Alpha::<T>::remove((hotkey, coldkey, netuid));
            } else {
                Alpha::<T>::insert((hotkey, coldkey, netuid), FixedU128 { bits: left });
            }
            TotalHotkeyShares::<T>::mutate(hotkey, netuid, |s| {
                s.bits = s.bits.saturating_sub(removed_shares)
            });
            TotalHotkeyAlpha::<T>::mutate(hotkey, netuid, |a| {
                *a = a.saturating_sub(alpha.min(held))
            });
            if netuid == 0 {
                Self::adjust_root_claimed(hotkey, coldkey, alpha.min(held), false);
            }
        }

        // ---- staking ------------------------------------------------------------------

        pub fn do_add_stake(
            coldkey: AccountId32,
            hotkey: AccountId32,
            netuid: NetUid,
            amount: u64,
            limit: Option<u64>,
            allow_partial: bool,
        ) -> DispatchResult {
            ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
            Self::ensure_subtoken_enabled(netuid)?;
            let min_fee = MIN_STAKE as u128 * Self::fee_rate(netuid) as u128 / 65535;
            let amount = match limit {
                None => amount,
                Some(limit_price) => {
                    let max = Self::max_amount_add(netuid, limit_price);
                    if allow_partial {
                        ensure!(max > 0, Error::<T>::SlippageTooHigh);
                        amount.min(max)
                    } else {
                        ensure!(amount <= max, Error::<T>::SlippageTooHigh);
                        amount
                    }
                }
            };
            ensure!(
                amount as u128 >= MIN_STAKE as u128 + min_fee,
                Error::<T>::AmountTooLow
            );
            ensure!(
                Self::can_withdraw(&coldkey, amount),
                Error::<T>::NotEnoughBalanceToStake
            );
            ensure!(
                Owner::<T>::contains_key(&hotkey),
                Error::<T>::HotKeyAccountNotExists
            );
            if Self::is_dynamic(netuid) {
                ensure!(
                    amount as u128 <= SubnetTAO::<T>::get(netuid) as u128 * 1000,
                    Error::<T>::InsufficientLiquidity
                );
            }
            Self::sim_buy(netuid, amount)?;
            Self::withdraw(&coldkey, amount)?;
            let (alpha, fee) = Self::swap_tao_for_alpha(netuid, amount)?;
            Self::increase_stake(&hotkey, &coldkey, netuid, alpha);
            Self::deposit_event(Event::StakeAdded(
                coldkey, hotkey, amount, alpha, netuid, fee,
            ));
            Ok(())
        }

        pub fn do_remove_stake(
            coldkey: AccountId32,
            hotkey: AccountId32,
            netuid: NetUid,
            amount: u64,
            limit: Option<u64>,
            allow_partial: bool,
        ) -> DispatchResult {
            ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
            let amount = match limit {
                None => amount,
                Some(limit_price) => {
                    let max = Self::max_amount_remove(netuid, limit_price);
                    if allow_partial {
                        ensure!(max > 0, Error::<T>::SlippageTooHigh);
                        amount.min(max)
                    } else {
                        ensure!(amount <= max, Error::<T>::SlippageTooHigh);
                        amount
                    }
                }
            };
            ensure!(amount > 0, Error::<T>::AmountTooLow);
            ensure!(
                Owner::<T>::contains_key(&hotkey),
                Error::<T>::HotKeyAccountNotExists
            );
            let held = Self::stake_of(&hotkey, &coldkey, netuid);
            ensure!(held >= amount, Error::<T>::NotEnoughStakeToWithdraw);
            let (tao, _) = Self::sim_sell(netuid, amount)?;
            ensure!(tao >= MIN_STAKE || amount == held, Error::<T>::AmountTooLow);
            Self::decrease_stake(&hotkey, &coldkey, netuid, amount);
            let (tao, fee) = Self::swap_alpha_for_tao(netuid, amount)?;
            Self::deposit(&coldkey, tao);
            Self::deposit_event(Event::StakeRemoved(
                coldkey, hotkey, tao, amount, netuid, fee,
            ));
            Ok(())
        }

        pub fn do_unstake_all(coldkey: AccountId32, hotkey: AccountId32) -> DispatchResult {
            ensure!(
                Owner::<T>::contains_key(&hotkey),
                Error::<T>::HotKeyAccountNotExists
            );
            let netuids: Vec<NetUid> = NetworksAdded::<T>::iter()
                .filter(|(_, added)| *added)
                .map(|(n, _)| n)
                .collect();
            for netuid in netuids {
                let held = Self::stake_of(&hotkey, &coldkey, netuid);
                if held == 0 {
                    continue;
                }
                if Self::sim_sell(netuid, held).is_err() {
                    continue;
                }
                Self::decrease_stake(&hotkey, &coldkey, netuid, held);
                let (tao, fee) = Self::swap_alpha_for_tao(netuid, held)?;
                Self::deposit(&coldkey, tao);
                Self::deposit_event(Event::StakeRemoved(
                    coldkey.clone(),
                    hotkey.clone(),
                    tao,
                    held,
                    netuid,
                    fee,
                ));
            }
            Ok(())
        }

        fn do_swap_stake(
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
                Self::if_subnet_exist(t.origin_netuid)
                    && Self::if_subnet_exist(t.destination_netuid),
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
            Self::sim_buy(t.destination_netuid, tao)?;
            let (alpha, _) = Self::swap_tao_for_alpha(t.destination_netuid, tao)?;
            Self::increase_stake(
                &t.destination_hotkey,
                &t.destination_coldkey,
                t.destination_netuid,
                alpha,
            );
            Ok(tao)
        }

        // ---- registration -------------------------------------------------------------

        fn associate_hotkey(coldkey: &AccountId32, hotkey: &AccountId32) -> DispatchResult {
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

        /// Adds or replaces a neuron; returns its uid.
        pub fn append_neuron(netuid: NetUid, hotkey: &AccountId32, uid: Option<u16>) -> u16 {
            let now = Self::block_number();
            let n = SubnetworkN::<T>::get(netuid);
            let uid = match uid {
                Some(uid) if uid < n => {
                    let old = Keys::<T>::get(netuid, uid);
                    Uids::<T>::remove(netuid, &old);
                    Weights::<T>::remove(netuid, uid);
                    set_at::<bool>(&mut Active::<T>::get(netuid), uid, true, |v| {
                        Active::<T>::insert(netuid, v)
                    });
                    set_at::<bool>(&mut ValidatorPermit::<T>::get(netuid), uid, false, |v| {
                        ValidatorPermit::<T>::insert(netuid, v)
                    });
                    set_at::<u64>(&mut LastUpdate::<T>::get(netuid), uid, now, |v| {
                        LastUpdate::<T>::insert(netuid, v)
                    });
                    set_at::<u64>(&mut Emission::<T>::get(netuid), uid, 0, |v| {
                        Emission::<T>::insert(netuid, v)
                    });
                    for map in [
                        Incentive::<T>::get(netuid),
                        Dividends::<T>::get(netuid),
                        Consensus::<T>::get(netuid),
                        ValidatorTrust::<T>::get(netuid),
                    ]
                    .iter()
                    .enumerate()
                    {
                        let mut v = map.1.clone();
                        if let Some(e) = v.get_mut(uid as usize) {
                            *e = 0;
                        }
                        match map.0 {
                            0 => Incentive::<T>::insert(netuid, v),
                            1 => Dividends::<T>::insert(netuid, v),
                            2 => Consensus::<T>::insert(netuid, v),
                            _ => ValidatorTrust::<T>::insert(netuid, v),
                        }
                    }
                    uid
                }
                _ => {
                    SubnetworkN::<T>::insert(netuid, n + 1);
                    Active::<T>::append(netuid, true);
                    ValidatorPermit::<T>::append(netuid, false);
                    LastUpdate::<T>::append(netuid, now);
                    Emission::<T>::append(netuid, 0u64);
                    Incentive::<T>::append(netuid, 0u16);
                    Dividends::<T>::append(netuid, 0u16);
                    Consensus::<T>::append(netuid, 0u16);
                    ValidatorTrust::<T>::append(netuid, 0u16);
                    n
                }
            };
            Keys::<T>::insert(netuid, uid, hotkey);
            Uids::<T>::insert(netuid, hotkey, uid);
            BlockAtRegistration::<T>::insert(netuid, uid, now);
            uid
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
                RegistrationsThisBlock::<T>::get(netuid)
                    < MaxRegistrationsPerBlock::<T>::get(netuid),
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

        fn decay_burn(netuid: NetUid) {
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
            Self::append_neuron(netuid, &hotkey, None);
            Self::deposit_event(Event::NetworkAdded(netuid, 1));
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

    fn set_at<V: Clone>(vec: &mut [V], uid: u16, value: V, store: impl FnOnce(Vec<V>)) {
        if let Some(e) = vec.get_mut(uid as usize) {
            *e = value;
        }
        store(vec.to_vec());
    }

    fn u256_to_u64(v: U256) -> u64 {
        if v > U256::from(u64::MAX) {
            u64::MAX
        } else {
            v.low_u64()
        }
    }

    /// Constant-product output for `input` (net of fee) into a pool with reserves
    /// `(out_reserve, in_reserve)`.
    pub(crate) fn pool_out<T: Config>(
        out_reserve: u64,
        in_reserve: u64,
        input: u64,
    ) -> Result<u64, Error<T>> {
        if out_reserve < MIN_RESERVE || in_reserve < MIN_RESERVE {
            return Err(Error::<T>::InsufficientLiquidity);
        }
        if input as u128 > in_reserve as u128 * 1000 {
            return Err(Error::<T>::InsufficientLiquidity);
        }
        let out = out_reserve as u128 * input as u128 / (in_reserve as u128 + input as u128);
        if out == 0 && input > 0 {
            return Err(Error::<T>::InsufficientLiquidity);
        }
        Ok(out as u64)
    }
}
