//! The subtensor-specific transaction extensions, with the real identifiers and encodings.

use crate::pallet_subtensor;
use crate::runtime::{Runtime, RuntimeCall};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::dispatch::DispatchClass;
use pallet_transaction_payment::ChargeTransactionPayment;
use scale_info::TypeInfo;
use sp_runtime::{
    DispatchResult, Weight, impl_tx_ext_default,
    traits::{
        DispatchInfoOf, DispatchOriginOf, Implication, PostDispatchInfoOf, TransactionExtension,
        ValidateResult,
    },
    transaction_validity::{
        InvalidTransaction, TransactionPriority, TransactionSource, TransactionValidityError,
    },
};

/// Pool-time error codes (`InvalidTransaction::Custom`) of the real chain.
pub mod custom_error {
    pub const STAKE_AMOUNT_TOO_LOW: u8 = 1;
    pub const RATE_LIMIT_EXCEEDED: u8 = 6;
    pub const INVALID_REVEAL_ROUND: u8 = 15;
    pub const COMMIT_NOT_FOUND: u8 = 16;
    pub const COMMIT_BLOCK_NOT_IN_REVEAL_RANGE: u8 = 17;
    pub const INPUT_LENGTHS_UNEQUAL: u8 = 18;
    pub const HOTKEY_NOT_REGISTERED_IN_NETWORK: u8 = 10;
    pub const INVALID_IP_ADDRESS: u8 = 11;
    pub const SERVING_RATE_LIMIT_EXCEEDED: u8 = 12;
    pub const INVALID_PORT: u8 = 13;
    pub const UID_NOT_FOUND: u8 = 19;
    pub const DELEGATE_TAKE_TOO_LOW: u8 = 26;
    pub const DELEGATE_TAKE_TOO_HIGH: u8 = 27;
    pub const COLDKEY_IN_SWAP_SCHEDULE: u8 = 0;
    pub const COLDKEY_SWAP_DISPUTED: u8 = 21;
    pub const BAD_REQUEST: u8 = 255;

    use crate::pallet_subtensor::Error;

    /// The chain's mapping of a pallet error to its pool-time code.
    pub fn of<T: crate::pallet_subtensor::Config>(error: &Error<T>) -> u8 {
        match error {
            Error::AmountTooLow | Error::NotEnoughStakeToSetWeights => STAKE_AMOUNT_TOO_LOW,
            Error::InputLengthsUnequal => INPUT_LENGTHS_UNEQUAL,
            Error::NoWeightsCommitFound => COMMIT_NOT_FOUND,
            Error::RevealTooEarly => COMMIT_BLOCK_NOT_IN_REVEAL_RANGE,
            Error::InvalidRevealRound => INVALID_REVEAL_ROUND,
            Error::CommittingWeightsTooFast
            | Error::SettingWeightsTooFast
            | Error::NetworkTxRateLimitExceeded => RATE_LIMIT_EXCEEDED,
            Error::HotKeyNotRegisteredInSubNet => UID_NOT_FOUND,
            Error::HotKeyNotRegisteredInNetwork => HOTKEY_NOT_REGISTERED_IN_NETWORK,
            Error::InvalidIpAddress => INVALID_IP_ADDRESS,
            Error::ServingRateLimitExceeded => SERVING_RATE_LIMIT_EXCEEDED,
            Error::InvalidPort => INVALID_PORT,
            Error::DelegateTakeTooLow => DELEGATE_TAKE_TOO_LOW,
            Error::DelegateTakeTooHigh => DELEGATE_TAKE_TOO_HIGH,
            Error::ColdkeySwapAnnounced => COLDKEY_IN_SWAP_SCHEDULE,
            Error::ColdkeySwapDisputed => COLDKEY_SWAP_DISPUTED,
            _ => BAD_REQUEST,
        }
    }
}

/// Wraps `ChargeTransactionPayment`: same encoding and metadata (the metadata shows
/// `ChargeTransactionPayment`), but priority is flat by dispatch class, so tips buy nothing.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, Debug)]
pub struct ChargeTransactionPaymentWrapper(pub ChargeTransactionPayment<Runtime>);

impl ChargeTransactionPaymentWrapper {
    pub fn new(tip: u64) -> Self {
        Self(ChargeTransactionPayment::from(tip))
    }
}

impl TransactionExtension<RuntimeCall> for ChargeTransactionPaymentWrapper {
    const IDENTIFIER: &'static str = "ChargeTransactionPaymentWrapper";
    type Implicit = ();
    type Val = <ChargeTransactionPayment<Runtime> as TransactionExtension<RuntimeCall>>::Val;
    type Pre = <ChargeTransactionPayment<Runtime> as TransactionExtension<RuntimeCall>>::Pre;

    fn metadata() -> Vec<sp_runtime::traits::TransactionExtensionMetadata> {
        <ChargeTransactionPayment<Runtime> as TransactionExtension<RuntimeCall>>::metadata()
    }

    fn weight(&self, call: &RuntimeCall) -> Weight {
        self.0.weight(call)
    }

    fn validate(
        &self,
        origin: DispatchOriginOf<RuntimeCall>,
        call: &RuntimeCall,
        info: &DispatchInfoOf<RuntimeCall>,
        len: usize,
        self_implicit: (),
        inherited_implication: &impl Implication,
        source: TransactionSource,
    ) -> ValidateResult<Self::Val, RuntimeCall> {
        let (mut valid, val, origin) = self.0.validate(
            origin,
            call,
            info,
            len,
            self_implicit,
            inherited_implication,
            source,
        )?;
        valid.priority = match info.class {
            DispatchClass::Operational => 10_000_000_000 as TransactionPriority,
            _ => 1,
        };
        Ok((valid, val, origin))
    }

    fn prepare(
        self,
        val: Self::Val,
        origin: &DispatchOriginOf<RuntimeCall>,
        call: &RuntimeCall,
        info: &DispatchInfoOf<RuntimeCall>,
        len: usize,
    ) -> Result<Self::Pre, TransactionValidityError> {
        self.0.prepare(val, origin, call, info, len)
    }

    fn post_dispatch_details(
        pre: Self::Pre,
        info: &DispatchInfoOf<RuntimeCall>,
        post_info: &PostDispatchInfoOf<RuntimeCall>,
        len: usize,
        result: &DispatchResult,
    ) -> Result<Weight, TransactionValidityError> {
        <ChargeTransactionPayment<Runtime> as TransactionExtension<RuntimeCall>>::post_dispatch_details(
            pre, info, post_info, len, result,
        )
    }
}

macro_rules! empty_extension {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, Debug, Default)]
        pub struct $name;

        impl TransactionExtension<RuntimeCall> for $name {
            const IDENTIFIER: &'static str = stringify!($name);
            type Implicit = ();
            type Val = ();
            type Pre = ();
            impl_tx_ext_default!(RuntimeCall; weight validate prepare);
        }
    };
}

empty_extension!(
    /// Only the sudo key may sign `Sudo.*` calls; the devnet has no Sudo pallet, so it passes.
    SudoTransactionExtension
);
/// Rejects a signed MEV-shield wrapper whose ciphertext does not parse (`Custom(23)`); the key
/// hash is not checked here (the block author does).
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, Debug, Default)]
pub struct CheckShieldedTxValidity;

impl TransactionExtension<RuntimeCall> for CheckShieldedTxValidity {
    const IDENTIFIER: &'static str = "CheckShieldedTxValidity";
    type Implicit = ();
    type Val = ();
    type Pre = ();
    impl_tx_ext_default!(RuntimeCall; weight prepare);

    fn validate(
        &self,
        origin: DispatchOriginOf<RuntimeCall>,
        call: &RuntimeCall,
        _info: &DispatchInfoOf<RuntimeCall>,
        _len: usize,
        _self_implicit: (),
        _inherited_implication: &impl Implication,
        _source: TransactionSource,
    ) -> ValidateResult<(), RuntimeCall> {
        if let (
            Some(_),
            RuntimeCall::MevShield(crate::pallet_shield::Call::submit_encrypted { ciphertext }),
        ) = (signer(&origin), call)
        {
            crate::pallet_shield::check_ciphertext(ciphertext)?;
        }
        Ok((Default::default(), (), origin))
    }
}
empty_extension!(
    /// Drand pulse priority; the devnet has no drand pulses, so it passes.
    DrandPriority
);

/// Pool-time guards of `SubtensorModule` calls, rejecting with the real custom codes.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, Debug, Default)]
pub struct SubtensorTransactionExtension;

impl TransactionExtension<RuntimeCall> for SubtensorTransactionExtension {
    const IDENTIFIER: &'static str = "SubtensorTransactionExtension";
    type Implicit = ();
    type Val = ();
    type Pre = ();
    impl_tx_ext_default!(RuntimeCall; weight prepare);

    fn validate(
        &self,
        origin: DispatchOriginOf<RuntimeCall>,
        call: &RuntimeCall,
        _info: &DispatchInfoOf<RuntimeCall>,
        _len: usize,
        _self_implicit: (),
        _inherited_implication: &impl Implication,
        _source: TransactionSource,
    ) -> ValidateResult<(), RuntimeCall> {
        let registers_network = matches!(
            call,
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::register_network { .. })
        );
        if registers_network && !pallet_subtensor::Pallet::<Runtime>::network_rate_limit_passes() {
            return Err(InvalidTransaction::Custom(custom_error::RATE_LIMIT_EXCEEDED).into());
        }
        // A coldkey with an announced swap signs only the swap calls; a disputed one nothing
        // (`CheckColdkeySwap`, the first check of the chain's extension, for every pallet).
        if let Some(who) = signer(&origin) {
            // The chain also lets an MEV-shield wrapper through (its inner extrinsic is checked
            // when the author applies it); a disputed coldkey still signs nothing.
            let wrapper_stand_in = pallet_subtensor::Call::clear_coldkey_swap_announcement {};
            let inner = match call {
                RuntimeCall::SubtensorModule(c) => Some(c),
                RuntimeCall::MevShield(crate::pallet_shield::Call::submit_encrypted { .. }) => {
                    Some(&wrapper_stand_in)
                }
                _ => None,
            };
            pallet_subtensor::Pallet::<Runtime>::check_coldkey_swap(&who, inner)
                .map_err(|e| InvalidTransaction::Custom(custom_error::of::<Runtime>(&e)))?;
        }
        if let (Some(who), RuntimeCall::SubtensorModule(inner)) = (signer(&origin), call) {
            type Sub = pallet_subtensor::Pallet<Runtime>;
            let serving = match inner {
                pallet_subtensor::Call::serve_axon {
                    netuid,
                    version,
                    ip,
                    port,
                    ip_type,
                    protocol,
                    placeholder1,
                    placeholder2,
                } => Sub::validate_serve_axon(
                    &who,
                    *netuid,
                    &crate::types::AxonInfo {
                        block: 0,
                        version: *version,
                        ip: *ip,
                        port: *port,
                        ip_type: *ip_type,
                        protocol: *protocol,
                        placeholder1: *placeholder1,
                        placeholder2: *placeholder2,
                    },
                ),
                _ => Ok(()),
            };
            Sub::pool_check_weights(&who, inner)
                .and(Sub::pool_check_take(inner))
                .and(serving)
                .map_err(|e| InvalidTransaction::Custom(custom_error::of::<Runtime>(&e)))?;
        }
        Ok((Default::default(), (), origin))
    }
}

fn signer(origin: &DispatchOriginOf<RuntimeCall>) -> Option<sp_runtime::AccountId32> {
    use frame_support::traits::OriginTrait;
    origin.clone().into_signer()
}
