//! The devnet runtime: real FRAME pallets plus the `SubtensorModule` mirror, assembled with the
//! real chain's pallet indices and transaction extensions, executed natively.

#![allow(clippy::too_many_arguments)]

use crate::apis::RUNTIME_API_VERSIONS;
use crate::extensions::{
    ChargeTransactionPaymentWrapper, CheckShieldedTxValidity, DrandPriority,
    SubtensorTransactionExtension, SudoTransactionExtension,
};
use crate::{pallet_admin_utils, pallet_drand, pallet_subtensor};
use frame_support::{
    derive_impl, parameter_types,
    traits::{ConstU8, ConstU32, ConstU64, VariantCountOf},
    weights::{Weight, WeightToFee as WeightToFeeT, constants::WEIGHT_REF_TIME_PER_SECOND},
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{Perbill, generic, traits::BlakeTwo256};
use sp_version::RuntimeVersion;
use std::borrow::Cow;

pub use sp_runtime::{AccountId32 as AccountId, MultiSignature as Signature};

pub type Balance = u64;
pub type BlockNumber = u32;
pub type Nonce = u32;
pub type Hash = sp_core::H256;
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The 13 transaction extensions, in the real chain's order.
pub type SystemTxExtension = (
    frame_system::CheckNonZeroSender<Runtime>,
    frame_system::CheckSpecVersion<Runtime>,
    frame_system::CheckTxVersion<Runtime>,
    frame_system::CheckGenesis<Runtime>,
    frame_system::CheckMortality<Runtime>,
    frame_system::CheckNonce<Runtime>,
    frame_system::CheckWeight<Runtime>,
);
pub type CustomTxExtension = (
    ChargeTransactionPaymentWrapper,
    SudoTransactionExtension,
    CheckShieldedTxValidity,
    SubtensorTransactionExtension,
    DrandPriority,
);
pub type TxExtension = (
    SystemTxExtension,
    CustomTxExtension,
    frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
);

pub type UncheckedExtrinsic =
    generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

pub type Executive = frame_executive::Executive<
    Runtime,
    Block,
    frame_system::ChainContext<Runtime>,
    Runtime,
    AllPalletsWithSystem,
>;

/// The spec version of the real chain release whose behaviour this devnet mirrors (425).
pub const SPEC_VERSION: u32 = VERSION.spec_version;

#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
    spec_name: Cow::Borrowed("node-subtensor"),
    impl_name: Cow::Borrowed("node-subtensor"),
    authoring_version: 1,
    spec_version: 425,
    impl_version: 1,
    apis: RUNTIME_API_VERSIONS,
    transaction_version: 1,
    system_version: 1,
};

pub const EXISTENTIAL_DEPOSIT: Balance = 500;

parameter_types! {
    pub const Version: RuntimeVersion = VERSION;
    pub const BlockHashCount: BlockNumber = 2400;
    pub const SS58Prefix: u16 = 42;
    pub BlockWeights: frame_system::limits::BlockWeights =
        frame_system::limits::BlockWeights::with_sensible_defaults(
            Weight::from_parts(4u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
            Perbill::from_percent(75),
        );
    pub BlockLength: frame_system::limits::BlockLength =
        frame_system::limits::BlockLength::builder().max_length(10 * 1024 * 1024).build();
    pub FeeMultiplier: Multiplier = Multiplier::from_u32(1);
}

// The runtime's enums are declared at the crate root (see `lib.rs`), so their metadata paths
// have the real chain's shape (`<crate>::RuntimeEvent`, like `node_subtensor_runtime::RuntimeEvent`),
// which clients such as py-scale-codec match to decode events and calls.
pub use crate::Proxy;
pub use crate::{
    AdminUtils, AllPalletsWithSystem, Balances, Drand, OriginCaller, PalletInfo, Runtime,
    RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeGenesisConfig, RuntimeHoldReason,
    RuntimeOrigin, RuntimeTask, SubtensorModule, System, TransactionPayment, Utility,
};

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
    type Block = Block;
    type AccountId = AccountId;
    type Nonce = Nonce;
    type BlockHashCount = BlockHashCount;
    type Version = Version;
    type AccountData = pallet_balances::AccountData<Balance>;
    type SS58Prefix = SS58Prefix;
    type BlockWeights = BlockWeights;
    type BlockLength = BlockLength;
    type BaseCallFilter = NoNestingCallFilter;
}

/// As on the real chain: a `batch`, `batch_all` or `force_batch` may not contain another one.
pub struct NoNestingCallFilter;

fn is_batch(call: &RuntimeCall) -> bool {
    matches!(
        call,
        RuntimeCall::Utility(
            pallet_utility::Call::batch { .. }
                | pallet_utility::Call::batch_all { .. }
                | pallet_utility::Call::force_batch { .. }
        )
    )
}

impl frame_support::traits::Contains<RuntimeCall> for NoNestingCallFilter {
    fn contains(call: &RuntimeCall) -> bool {
        match call {
            RuntimeCall::Utility(
                pallet_utility::Call::batch { calls }
                | pallet_utility::Call::batch_all { calls }
                | pallet_utility::Call::force_batch { calls },
            ) => !calls.iter().any(is_batch),
            _ => true,
        }
    }
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Runtime {
    type Balance = Balance;
    type ExistentialDeposit = ConstU64<EXISTENTIAL_DEPOSIT>;
    type AccountStore = System;
    type MaxLocks = ConstU32<50>;
    type MaxReserves = ConstU32<50>;
    type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
}

/// Fee for weight: 0.0005 rao per unit of ref_time, as on the real chain.
pub struct LinearWeightToFee;
impl WeightToFeeT for LinearWeightToFee {
    type Balance = Balance;
    fn weight_to_fee(weight: &Weight) -> Balance {
        Perbill::from_parts(500_000) * weight.ref_time()
    }
}

#[derive_impl(pallet_transaction_payment::config_preludes::TestDefaultConfig)]
impl pallet_transaction_payment::Config for Runtime {
    type OnChargeTransaction = FungibleAdapter<Balances, ()>;
    type WeightToFee = LinearWeightToFee;
    type LengthToFee = frame_support::weights::IdentityFee<Balance>;
    type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
    type OperationalFeeMultiplier = ConstU8<5>;
}

impl pallet_utility::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type PalletsOrigin = OriginCaller;
    type WeightInfo = ();
}

impl pallet_proxy::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type Currency = Balances;
    type ProxyType = crate::proxy::ProxyType;
    type ProxyDepositBase = crate::proxy::ProxyDepositBase;
    type ProxyDepositFactor = crate::proxy::ProxyDepositFactor;
    type MaxProxies = crate::proxy::MaxProxies;
    type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
    type MaxPending = crate::proxy::MaxPending;
    type CallHasher = BlakeTwo256;
    type AnnouncementDepositBase = crate::proxy::AnnouncementDepositBase;
    type AnnouncementDepositFactor = crate::proxy::AnnouncementDepositFactor;
    type BlockNumberProvider = System;
}

/// Multisig deposits as the chain sets them: `deposit(1, 112)` for the first approval's storage
/// item (a 64-byte key and a 48-byte value), `deposit(0, 32)` per signatory of the threshold.
pub const MULTISIG_DEPOSIT_BASE: Balance = crate::proxy::deposit(1, 112);
pub const MULTISIG_DEPOSIT_FACTOR: Balance = crate::proxy::deposit(0, 32);

impl pallet_multisig::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type Currency = Balances;
    type DepositBase = ConstU64<MULTISIG_DEPOSIT_BASE>;
    type DepositFactor = ConstU64<MULTISIG_DEPOSIT_FACTOR>;
    type MaxSignatories = ConstU32<100>;
    type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
    type BlockNumberProvider = System;
}

impl pallet_subtensor::Config for Runtime {}

impl pallet_drand::Config for Runtime {}

impl crate::pallet_shield::Config for Runtime {}

impl pallet_admin_utils::Config for Runtime {}

impl crate::pallet_crowdloan::Config for Runtime {}
