//! `MevShield` (pallet 30): the chain's MEV shield. Clients encrypt a whole signed extrinsic to
//! `NextKey` (ML-KEM-768, then XChaCha20-Poly1305 with the shared secret as key and no
//! associated data) and submit only the ciphertext with `submit_encrypted`; the block author
//! whose key it is decrypts it and applies the inner extrinsic right after the wrapper.
//!
//! The devnet has one author. Every block rotates the keys as the chain's inherent does
//! (`CurrentKey ← PendingKey ← NextKey ← a fresh key`), here in `on_initialize` (the devnet's
//! blocks carry no inherents). Key pair `i` is derived from a public seed and `i` (see
//! [`devnet_key_pair`]), so the devnet keeps no secret state and a restarted devnet still opens
//! what was encrypted before: `PendingKey` after block `p` is key `p`, and block `p + 1` opens
//! the wrappers encrypted to it (the block building is in `chain.rs`, the author's part in
//! [`author`]).

pub use pallet::*;

use crate::runtime::{Runtime, RuntimeCall, UncheckedExtrinsic};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use codec::{Decode, Encode};
use ml_kem::kem::Decapsulate;
use ml_kem::{EncodedSizeUser, KemCore, MlKem768};
use sp_runtime::generic::Era;
use sp_runtime::transaction_validity::InvalidTransaction;

/// Bytes of an ML-KEM-768 encapsulation key.
pub const ENC_KEY_LEN: usize = 1184;
/// The longest era the chain accepts on a wrapper (`CheckMortality`, spec 425).
pub const MAX_WRAPPER_PERIOD: u64 = 8;
/// `InvalidTransaction::Custom(23)`: `FailedShieldedTxParsing`.
pub const FAILED_SHIELDED_TX_PARSING: u8 = 23;
/// The seed of the devnet's key pairs.
pub const KEY_SEED: &[u8] = b"tao-devnet mev-shield";

/// The devnet author's Aura id (`//Alice`'s sr25519 public key), the key of `AuthorKeys`.
pub fn author_id() -> AuthorityId {
    AuthorityId(*AsRef::<[u8; 32]>::as_ref(&crate::chain::dev_account(
        "//Alice",
    )))
}

/// Key pair `index`: `(decapsulation key, encapsulation key)`, from
/// `d = blake2_256(KEY_SEED ‖ "d" ‖ index LE)` and `z` likewise with "z".
pub fn devnet_key_pair(index: u32) -> (Vec<u8>, Vec<u8>) {
    let seed = |tag: &[u8]| {
        let mut b = KEY_SEED.to_vec();
        b.extend_from_slice(tag);
        b.extend_from_slice(&index.to_le_bytes());
        sp_io::hashing::blake2_256(&b)
    };
    let (dk, ek) = MlKem768::generate_deterministic(&seed(b"d").into(), &seed(b"z").into());
    (dk.as_bytes().to_vec(), ek.as_bytes().to_vec())
}

fn enc_key(index: u32) -> ShieldEncKey {
    ShieldEncKey::truncate_from(devnet_key_pair(index).1)
}

/// `twox128` of the raw key bytes.
pub fn key_hash(key: &[u8]) -> [u8; 16] {
    sp_io::hashing::twox_128(key)
}

/// Genesis: `PendingKey` is key 0 and `NextKey` key 1, so a wrapper can be sent at once.
pub fn genesis() {
    PendingKey::<Runtime>::put(enc_key(0));
    NextKey::<Runtime>::put(enc_key(1));
    PendingKeyExpiresAt::<Runtime>::put(2);
    NextKeyExpiresAt::<Runtime>::put(3);
    AuthorKeys::<Runtime>::insert(author_id(), enc_key(1));
}

#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use frame_support::pallet_prelude::*;
    use frame_system::pallet_prelude::*;
    use sp_runtime::traits::Hash;

    /// `ShieldEncKey`: the 1184 key bytes.
    pub type ShieldEncKey = BoundedVec<u8, ConstU32<2048>>;

    /// An Aura authority (`sp_consensus_aura::sr25519::AuthorityId`, `Public([u8; 32])`).
    #[derive(
        Clone,
        PartialEq,
        Eq,
        Encode,
        Decode,
        codec::DecodeWithMemTracking,
        TypeInfo,
        MaxEncodedLen,
        Debug,
    )]
    pub struct AuthorityId(pub [u8; 32]);

    /// `stp_shield::ShieldedTransaction`: a parsed ciphertext.
    #[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
    pub struct ShieldedTransaction {
        pub key_hash: [u8; 16],
        pub kem_ct: Vec<u8>,
        pub aead_ct: Vec<u8>,
        pub nonce: [u8; 24],
    }

    impl ShieldedTransaction {
        /// The chain's parser: key hash, u16 LE length, that many KEM bytes, the nonce; the
        /// rest (possibly nothing) is the AEAD ciphertext.
        pub fn parse(bytes: &[u8]) -> Option<Self> {
            let key_hash: [u8; 16] = bytes.get(..16)?.try_into().ok()?;
            let kem_len = u16::from_le_bytes(bytes.get(16..18)?.try_into().ok()?) as usize;
            let kem_ct = bytes.get(18..18 + kem_len)?.to_vec();
            let nonce: [u8; 24] = bytes
                .get(18 + kem_len..18 + kem_len + 24)?
                .try_into()
                .ok()?;
            let aead_ct = bytes[18 + kem_len + 24..].to_vec();
            Some(ShieldedTransaction {
                key_hash,
                kem_ct,
                aead_ct,
                nonce,
            })
        }
    }

    #[pallet::pallet]
    pub struct Pallet<T>(_);

    #[pallet::config]
    pub trait Config: frame_system::Config {}

    /// This block's author key (the one wrappers in this block were encrypted to).
    #[pallet::storage]
    pub type CurrentKey<T> = StorageValue<_, ShieldEncKey, OptionQuery>;
    /// The next block's author key.
    #[pallet::storage]
    pub type PendingKey<T> = StorageValue<_, ShieldEncKey, OptionQuery>;
    /// The key clients encrypt to (the author of the block after next).
    #[pallet::storage]
    pub type NextKey<T> = StorageValue<_, ShieldEncKey, OptionQuery>;
    /// Each author's announced key.
    #[pallet::storage]
    pub type AuthorKeys<T> = StorageMap<_, Twox64Concat, AuthorityId, ShieldEncKey, OptionQuery>;
    /// The block at which `PendingKey` stops being valid (exclusive).
    #[pallet::storage]
    pub type PendingKeyExpiresAt<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;
    /// The block at which `NextKey` stops being valid (exclusive).
    #[pallet::storage]
    pub type NextKeyExpiresAt<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;
    /// Migrations run (none on the devnet).
    #[pallet::storage]
    pub type HasMigrationRun<T> =
        StorageMap<_, Identity, BoundedVec<u8, ConstU32<128>>, bool, ValueQuery>;

    #[pallet::event]
    #[pallet::generate_deposit(pub(super) fn deposit_event)]
    pub enum Event<T: Config> {
        /// A wrapper was included: `id = blake2_256((who, ciphertext))`.
        #[codec(index = 0)]
        EncryptedSubmitted { id: T::Hash, who: T::AccountId },
    }

    #[pallet::error]
    pub enum Error<T> {
        /// The announced key is not 1184 bytes.
        BadEncKeyLen,
        /// No author could be found.
        Unreachable,
    }

    #[pallet::hooks]
    impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
        fn on_initialize(n: BlockNumberFor<T>) -> Weight {
            let n: u32 = TryInto::<u32>::try_into(n).unwrap_or(u32::MAX);
            // The devnet's author announces key n + 1 (the chain's inherent, steps 1 to 5).
            Self::rotate(n, Some(enc_key(n.saturating_add(1))));
            Weight::zero()
        }
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        /// The chain's inherent that rotates the keys; the devnet rotates in `on_initialize`
        /// and accepts this call from no one (it needs the `None` origin).
        #[pallet::call_index(0)]
        #[pallet::weight(Weight::from_parts(33_661_000, 5555).saturating_add(T::DbWeight::get().reads_writes(4, 6)))]
        pub fn announce_next_key(
            origin: OriginFor<T>,
            enc_key: Option<ShieldEncKey>,
        ) -> DispatchResult {
            ensure_none(origin)?;
            if let Some(k) = &enc_key {
                ensure!(k.len() == ENC_KEY_LEN, Error::<T>::BadEncKeyLen);
            }
            let now: u32 =
                TryInto::<u32>::try_into(frame_system::Pallet::<T>::block_number()).unwrap_or(0);
            Self::rotate(now, enc_key);
            Ok(())
        }

        /// A wrapper: only records its id; the block author decrypts and applies the inner
        /// extrinsic right after it.
        #[pallet::call_index(1)]
        #[pallet::weight(Weight::from_parts(207_223_000, 0))]
        pub fn submit_encrypted(
            origin: OriginFor<T>,
            ciphertext: BoundedVec<u8, ConstU32<8192>>,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let id = T::Hashing::hash_of(&(who.clone(), &ciphertext));
            Self::deposit_event(Event::EncryptedSubmitted { id, who });
            Ok(())
        }
    }

    impl<T: Config> Pallet<T> {
        /// `CurrentKey ← PendingKey ← NextKey ← announced`, the author's entry and the expiries.
        pub fn rotate(now: u32, announced: Option<ShieldEncKey>) {
            match PendingKey::<T>::take() {
                Some(k) => CurrentKey::<T>::put(k),
                None => CurrentKey::<T>::kill(),
            }
            match NextKey::<T>::take() {
                Some(k) => PendingKey::<T>::put(k),
                None => PendingKey::<T>::kill(),
            }
            // With one author, the author of the block after next is the devnet's own.
            match &announced {
                Some(k) => {
                    NextKey::<T>::put(k.clone());
                    AuthorKeys::<T>::insert(author_id(), k.clone());
                }
                None => {
                    NextKey::<T>::kill();
                    AuthorKeys::<T>::remove(author_id());
                }
            }
            let at = |d: u32| -> BlockNumberFor<T> { now.saturating_add(d).into() };
            if PendingKey::<T>::exists() {
                PendingKeyExpiresAt::<T>::put(at(2));
            } else {
                PendingKeyExpiresAt::<T>::kill();
            }
            if NextKey::<T>::exists() {
                NextKeyExpiresAt::<T>::put(at(3));
            } else {
                NextKeyExpiresAt::<T>::kill();
            }
        }

        /// `ShieldApi.is_shielded_using_current_key`: the hash is `PendingKey`'s (the key of
        /// the block being built on this state).
        pub fn is_shielded_using_current_key(key_hash: &[u8; 16]) -> bool {
            PendingKey::<T>::get().is_some_and(|k| super::key_hash(&k) == *key_hash)
        }
    }
}

/// The ciphertext of a signed `MevShield.submit_encrypted`, when `uxt` is one.
pub fn wrapper_ciphertext(uxt: &UncheckedExtrinsic) -> Option<&[u8]> {
    if !matches!(uxt.preamble, sp_runtime::generic::Preamble::Signed(..)) {
        return None;
    }
    match &uxt.function {
        RuntimeCall::MevShield(Call::submit_encrypted { ciphertext }) => Some(ciphertext),
        _ => None,
    }
}

/// `ShieldApi.try_decode_shielded_tx`: a signed wrapper (signature checked) whose ciphertext
/// parses.
pub fn try_decode_shielded_tx(uxt: UncheckedExtrinsic) -> Option<ShieldedTransaction> {
    use sp_runtime::traits::Checkable;
    let bytes = uxt.encode();
    let uxt =
        <UncheckedExtrinsic as codec::DecodeLimit>::decode_all_with_depth_limit(8, &mut &bytes[..])
            .ok()?;
    let ciphertext = wrapper_ciphertext(&uxt)?.to_vec();
    uxt.check(&frame_system::ChainContext::<Runtime>::default())
        .ok()?;
    ShieldedTransaction::parse(&ciphertext)
}

/// `ShieldApi.try_unshield_tx`: decapsulate, open, decode the inner extrinsic.
pub fn try_unshield_tx(dec_key: &[u8], tx: &ShieldedTransaction) -> Option<UncheckedExtrinsic> {
    let plaintext = unshield(dec_key, tx)?;
    if plaintext.is_empty() {
        return None;
    }
    UncheckedExtrinsic::decode(&mut &plaintext[..]).ok()
}

fn unshield(dec_key: &[u8], tx: &ShieldedTransaction) -> Option<Vec<u8>> {
    let dk = <MlKem768 as KemCore>::DecapsulationKey::from_bytes(dec_key.try_into().ok()?);
    let shared = dk.decapsulate(tx.kem_ct.as_slice().try_into().ok()?).ok()?;
    XChaCha20Poly1305::new(shared.as_slice().into())
        .decrypt(
            XNonce::from_slice(&tx.nonce),
            Payload {
                msg: &tx.aead_ct,
                aad: &[],
            },
        )
        .ok()
}

/// Pool checks of a wrapper, as the chain's extensions make them: an immortal era or one longer
/// than 8 blocks is `Stale` (`CheckMortality`), a ciphertext that does not parse
/// `Custom(23)` (`CheckShieldedTxValidity`). Other extrinsics pass.
pub fn pool_check(uxt: &UncheckedExtrinsic) -> Result<(), InvalidTransaction> {
    let Some(ciphertext) = wrapper_ciphertext(uxt) else {
        return Ok(());
    };
    match wrapper_era(uxt) {
        Some(Era::Mortal(period, _)) if period <= MAX_WRAPPER_PERIOD => {}
        _ => return Err(InvalidTransaction::Stale),
    }
    check_ciphertext(ciphertext)
}

/// `CheckShieldedTxValidity`: the ciphertext must parse.
pub fn check_ciphertext(ciphertext: &[u8]) -> Result<(), InvalidTransaction> {
    ShieldedTransaction::parse(ciphertext)
        .map(|_| ())
        .ok_or(InvalidTransaction::Custom(FAILED_SHIELDED_TX_PARSING))
}

/// The era a signed extrinsic carries.
pub fn wrapper_era(uxt: &UncheckedExtrinsic) -> Option<Era> {
    match &uxt.preamble {
        sp_runtime::generic::Preamble::Signed(_, _, ext) => Some(((ext.0).4).0),
        _ => None,
    }
}

/// The block author's side, run by `chain.rs` while building a block on a parent state.
pub mod author {
    use super::*;

    /// What the author does with a pool transaction.
    pub enum Decision {
        /// Not a wrapper: apply it as usual.
        Plain,
        /// A wrapper for another key: leave it in the pool.
        Wait,
        /// A wrapper for this block's key: apply it, then the inner extrinsic if it opens.
        Open(Option<Box<UncheckedExtrinsic>>),
    }

    /// The key this block opens wrappers with: `PendingKey` of the parent (block `parent`),
    /// which is devnet key pair `parent`. `None` when the parent has none.
    pub struct BlockKey {
        hash: Option<[u8; 16]>,
        dec_key: Vec<u8>,
    }

    impl BlockKey {
        /// Read on the parent's state.
        pub fn read(parent: u32) -> BlockKey {
            let (dec_key, ek) = devnet_key_pair(parent);
            let pending = PendingKey::<Runtime>::get();
            // A key another way put in place (a test editing the state) has no known
            // decapsulation key: its wrappers land without an inner extrinsic.
            let hash = pending.map(|k| key_hash(&k));
            let dec_key = if hash == Some(key_hash(&ek)) {
                dec_key
            } else {
                Vec::new()
            };
            BlockKey { hash, dec_key }
        }

        /// The decision for `uxt`.
        pub fn decide(&self, uxt: &UncheckedExtrinsic) -> Decision {
            let Some(tx) = wrapper_ciphertext(uxt).and_then(ShieldedTransaction::parse) else {
                return Decision::Plain;
            };
            if self.hash != Some(tx.key_hash) {
                return Decision::Wait;
            }
            Decision::Open(try_unshield_tx(&self.dec_key, &tx).map(Box::new))
        }
    }
}

sp_api::decl_runtime_apis! {
    /// `ShieldApi` v1 (spec 393 and 425).
    pub trait ShieldApi {
        fn try_decode_shielded_tx(uxt: <Block as sp_runtime::traits::Block>::Extrinsic) -> Option<ShieldedTransaction>;
        fn is_shielded_using_current_key(key_hash: [u8; 16]) -> bool;
        fn try_unshield_tx(dec_key_bytes: Vec<u8>, shielded_tx: ShieldedTransaction) -> Option<<Block as sp_runtime::traits::Block>::Extrinsic>;
    }
}
