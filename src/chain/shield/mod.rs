//! The MEV shield (pallet `MevShield`, spec 425): a signed extrinsic encrypted to the next block
//! author's ML-KEM-768 key, so the pool only ever sees ciphertext.
//!
//! This module is pure: the key hash, the ciphertext layout and the encryption (ML-KEM-768
//! encapsulation, then XChaCha20-Poly1305 with the 32-byte shared secret as its key and no
//! associated data). [`chain`] reads the key from the chain and builds the wrapper call.
//!
//! Ciphertext layout (the `ciphertext` argument of `MevShield.submit_encrypted`):
//!
//! ```text
//! key_hash 16 | kem_len u16 LE (1088) | kem_ct 1088 | nonce 24 | aead_ct (plaintext + 16-byte tag)
//! ```
//!
//! `key_hash` is twox128 of the 1184 raw key bytes; the plaintext is the whole signed inner
//! extrinsic with its compact length prefix.

pub mod chain;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ml_kem::kem::{Decapsulate, Encapsulate};
use ml_kem::{EncapsulateDeterministic, EncodedSizeUser, KemCore, MlKem768};
use rand_core::CryptoRngCore;

/// Bytes of an ML-KEM-768 encapsulation key (what `MevShield.NextKey` holds).
pub const ENC_KEY_LEN: usize = 1184;
/// Bytes of an ML-KEM-768 decapsulation key.
pub const DEC_KEY_LEN: usize = 2400;
/// Bytes of an ML-KEM-768 ciphertext.
pub const KEM_CT_LEN: usize = 1088;
/// Bytes of the key hash.
pub const KEY_HASH_LEN: usize = 16;
/// Bytes of the XChaCha20 nonce.
pub const NONCE_LEN: usize = 24;
/// Bytes of the Poly1305 tag appended to the AEAD ciphertext.
pub const TAG_LEN: usize = 16;
/// Offset of the KEM ciphertext.
pub const KEM_CT_OFFSET: usize = KEY_HASH_LEN + 2;
/// Offset of the nonce.
pub const NONCE_OFFSET: usize = KEM_CT_OFFSET + KEM_CT_LEN;
/// Offset of the AEAD ciphertext.
pub const AEAD_OFFSET: usize = NONCE_OFFSET + NONCE_LEN;
/// What the shield adds to the plaintext's length: 1146 bytes.
pub const OVERHEAD: usize = AEAD_OFFSET + TAG_LEN;
/// The chain's bound on the ciphertext (`BoundedVec<u8, ConstU32<8192>>`).
pub const MAX_CIPHERTEXT: usize = 8192;
/// The largest inner extrinsic that fits: 7046 bytes.
pub const MAX_PLAINTEXT: usize = MAX_CIPHERTEXT - OVERHEAD;
/// The longest mortality the chain accepts on a `submit_encrypted` wrapper, in blocks.
pub const MAX_WRAPPER_PERIOD: u64 = 8;

/// Why a shield operation failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShieldError {
    /// The key is not 1184 bytes.
    #[error("the shield key is {0} bytes, not the {ENC_KEY_LEN} of an ML-KEM-768 key")]
    BadKeyLength(usize),
    /// The plaintext is too long for the chain's 8192-byte bound.
    #[error(
        "the inner extrinsic is {0} bytes; the shield carries at most {MAX_PLAINTEXT} (8192 with its {OVERHEAD} bytes of overhead)"
    )]
    TooLarge(usize),
    /// Encryption failed (not expected with valid inputs).
    #[error("encryption failed")]
    Encrypt,
}

/// twox128 of the raw key bytes: `xxh64(seed 0) ‖ xxh64(seed 1)`, each little-endian.
pub fn key_hash(enc_key: &[u8]) -> [u8; 16] {
    sp_crypto_hashing::twox_128(enc_key)
}

/// A ciphertext split into its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// twox128 of the key it was encrypted to.
    pub key_hash: [u8; 16],
    /// The ML-KEM ciphertext.
    pub kem_ct: Vec<u8>,
    /// The XChaCha20 nonce.
    pub nonce: [u8; 24],
    /// The AEAD ciphertext with its tag.
    pub aead_ct: Vec<u8>,
}

impl Sealed {
    /// The wire bytes: key hash, KEM length (u16 LE), KEM ciphertext, nonce, AEAD ciphertext.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out =
            Vec::with_capacity(KEM_CT_OFFSET + self.kem_ct.len() + 24 + self.aead_ct.len());
        out.extend_from_slice(&self.key_hash);
        out.extend_from_slice(&(self.kem_ct.len() as u16).to_le_bytes());
        out.extend_from_slice(&self.kem_ct);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.aead_ct);
        out
    }

    /// Split wire bytes as the chain does: it needs the key hash, the length, that many KEM
    /// bytes and the nonce; the rest (possibly nothing) is the AEAD ciphertext.
    pub fn parse(bytes: &[u8]) -> Option<Sealed> {
        let key_hash: [u8; 16] = bytes.get(..KEY_HASH_LEN)?.try_into().ok()?;
        let kem_len = u16::from_le_bytes(bytes.get(KEY_HASH_LEN..KEM_CT_OFFSET)?.try_into().ok()?);
        let kem_end = KEM_CT_OFFSET + kem_len as usize;
        let kem_ct = bytes.get(KEM_CT_OFFSET..kem_end)?.to_vec();
        let nonce: [u8; 24] = bytes.get(kem_end..kem_end + NONCE_LEN)?.try_into().ok()?;
        let aead_ct = bytes[kem_end + NONCE_LEN..].to_vec();
        Some(Sealed {
            key_hash,
            kem_ct,
            nonce,
            aead_ct,
        })
    }
}

fn encapsulation_key(
    enc_key: &[u8],
) -> Result<<MlKem768 as KemCore>::EncapsulationKey, ShieldError> {
    let array = enc_key
        .try_into()
        .map_err(|_| ShieldError::BadKeyLength(enc_key.len()))?;
    Ok(<MlKem768 as KemCore>::EncapsulationKey::from_bytes(array))
}

fn seal(
    enc_key: &[u8],
    plaintext: &[u8],
    kem_ct: &[u8],
    shared: &[u8],
    nonce: [u8; 24],
) -> Result<Vec<u8>, ShieldError> {
    let aead = XChaCha20Poly1305::new(shared.into());
    let aead_ct = aead
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: &[],
            },
        )
        .map_err(|_| ShieldError::Encrypt)?;
    Ok(Sealed {
        key_hash: key_hash(enc_key),
        kem_ct: kem_ct.to_vec(),
        nonce,
        aead_ct,
    }
    .to_bytes())
}

fn check_len(plaintext: &[u8]) -> Result<(), ShieldError> {
    if plaintext.len() > MAX_PLAINTEXT {
        return Err(ShieldError::TooLarge(plaintext.len()));
    }
    Ok(())
}

/// Encrypt `plaintext` to `enc_key` with fresh randomness from `rng` (KEM message and nonce).
pub fn encrypt(
    enc_key: &[u8],
    plaintext: &[u8],
    rng: &mut impl CryptoRngCore,
) -> Result<Vec<u8>, ShieldError> {
    check_len(plaintext)?;
    let ek = encapsulation_key(enc_key)?;
    let (kem_ct, shared) = ek.encapsulate(rng).map_err(|_| ShieldError::Encrypt)?;
    let mut nonce = [0u8; 24];
    rng.fill_bytes(&mut nonce);
    seal(enc_key, plaintext, &kem_ct, &shared, nonce)
}

/// Encrypt with the KEM message `m` and the nonce given (test vectors; never reuse them).
pub fn encrypt_with(
    enc_key: &[u8],
    plaintext: &[u8],
    m: &[u8; 32],
    nonce: &[u8; 24],
) -> Result<Vec<u8>, ShieldError> {
    check_len(plaintext)?;
    let ek = encapsulation_key(enc_key)?;
    let (kem_ct, shared) = ek
        .encapsulate_deterministic(&(*m).into())
        .map_err(|_| ShieldError::Encrypt)?;
    seal(enc_key, plaintext, &kem_ct, &shared, *nonce)
}

/// Open a ciphertext with the 2400-byte decapsulation key (what a block author does); `None`
/// when any step fails.
pub fn decrypt(dec_key: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
    let sealed = Sealed::parse(ciphertext)?;
    let dk = <MlKem768 as KemCore>::DecapsulationKey::from_bytes(dec_key.try_into().ok()?);
    let kem_ct = sealed.kem_ct.as_slice().try_into().ok()?;
    let shared = dk.decapsulate(kem_ct).ok()?;
    XChaCha20Poly1305::new(shared.as_slice().into())
        .decrypt(
            XNonce::from_slice(&sealed.nonce),
            Payload {
                msg: &sealed.aead_ct,
                aad: &[],
            },
        )
        .ok()
}

/// A key pair from the seeds `d` and `z` (FIPS 203 `KeyGen_internal`): `(decapsulation,
/// encapsulation)` bytes. For tests and local chains.
pub fn key_pair_from_seeds(d: &[u8; 32], z: &[u8; 32]) -> (Vec<u8>, Vec<u8>) {
    let (dk, ek) = MlKem768::generate_deterministic(&(*d).into(), &(*z).into());
    (dk.as_bytes().to_vec(), ek.as_bytes().to_vec())
}

/// `MevShield.EncryptedSubmitted.id`: blake2-256 of `(who, ciphertext)` SCALE-encoded.
pub fn submission_id(who: &[u8; 32], ciphertext: &[u8]) -> [u8; 32] {
    use subxt::ext::codec::{Compact, Encode};
    let mut bytes = who.to_vec();
    Compact(ciphertext.len() as u32).encode_to(&mut bytes);
    bytes.extend_from_slice(ciphertext);
    crate::chain::tx::extrinsic_hash(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::Digest;

    fn sha256(b: &[u8]) -> String {
        hex::encode(sha2::Sha256::digest(b))
    }

    /// The deterministic known-answer vector made with the chain's own crates (ML-KEM-768 key
    /// generation and encapsulation from fixed seeds, then XChaCha20-Poly1305): d = 32×01, z = 32×02, m = 32×03, nonce = 24×04, plaintext 00..0f.
    #[test]
    fn the_deterministic_vector_is_reproduced() {
        let (dk, ek) = key_pair_from_seeds(&[1; 32], &[2; 32]);
        assert_eq!((ek.len(), dk.len()), (ENC_KEY_LEN, DEC_KEY_LEN));
        assert_eq!(
            sha256(&ek),
            "e68d60857f9cb41f88c278ca430e472c6df5679fd5bac3ce872334293c5d0c42"
        );
        assert_eq!(
            sha256(&dk),
            "9f3260d5c1aebaca73b5ca563903593b9f7d0c7d72d36a74907f6120ab050d40"
        );
        assert_eq!(
            hex::encode(key_hash(&ek)),
            "8245a2be4791321b4be6b3e851fa31a0"
        );
        let plaintext: Vec<u8> = (0u8..16).collect();
        let blob = encrypt_with(&ek, &plaintext, &[3; 32], &[4; 24]).unwrap();
        assert_eq!(blob.len(), 1162);
        assert_eq!(blob.len(), OVERHEAD + plaintext.len());
        assert_eq!(
            sha256(&blob),
            "d88a9ef01194f444c5946008519cbca236839a5d2448dcbd901307ab8a31199e"
        );
        let sealed = Sealed::parse(&blob).unwrap();
        assert_eq!(sealed.key_hash, key_hash(&ek));
        assert_eq!(&blob[16..18], &[0x40, 0x04]);
        assert_eq!(
            sha256(&sealed.kem_ct),
            "f95592579f6d3833372731a4bcf972bf570063f3a00550cee142b9fc1e4e511d"
        );
        assert_eq!(sealed.nonce, [4; 24]);
        assert_eq!(
            hex::encode(&sealed.aead_ct),
            "7e23bf2acba8edc61872b4c088383bf0a3a854f0a7a9c7a125fe40842ec6edb0"
        );
        // The shared secret: decapsulating gives the spec's value.
        let dkey =
            <MlKem768 as KemCore>::DecapsulationKey::from_bytes(dk.as_slice().try_into().unwrap());
        let shared = dkey
            .decapsulate(sealed.kem_ct.as_slice().try_into().unwrap())
            .unwrap();
        assert_eq!(
            hex::encode(shared.as_slice()),
            "f39b95557ee52af1954cd59f19febcb39f127e4abefc6f90546e7b8139ce94ba"
        );
        assert_eq!(decrypt(&dk, &blob).unwrap(), plaintext);
        assert_eq!(Sealed::parse(&blob).unwrap().to_bytes(), blob);
    }

    #[test]
    fn random_encryptions_differ_and_open() {
        let (dk, ek) = key_pair_from_seeds(&[7; 32], &[8; 32]);
        let msg = b"a signed extrinsic".to_vec();
        let a = encrypt(&ek, &msg, &mut rand_core::OsRng).unwrap();
        let b = encrypt(&ek, &msg, &mut rand_core::OsRng).unwrap();
        assert_ne!(a, b);
        assert_eq!(decrypt(&dk, &a).unwrap(), msg);
        assert_eq!(decrypt(&dk, &b).unwrap(), msg);
        // Another key cannot open it; a flipped byte fails the tag.
        let (other, _) = key_pair_from_seeds(&[9; 32], &[8; 32]);
        assert_eq!(decrypt(&other, &a), None);
        let mut bad = a.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert_eq!(decrypt(&dk, &bad), None);
    }

    #[test]
    fn lengths_and_keys_are_checked() {
        let (_, ek) = key_pair_from_seeds(&[1; 32], &[2; 32]);
        assert_eq!(
            encrypt(&ek[..1183], b"x", &mut rand_core::OsRng),
            Err(ShieldError::BadKeyLength(1183))
        );
        let max = vec![0u8; MAX_PLAINTEXT];
        assert_eq!(
            encrypt(&ek, &max, &mut rand_core::OsRng).unwrap().len(),
            MAX_CIPHERTEXT
        );
        assert_eq!(
            encrypt(&ek, &[0u8; MAX_PLAINTEXT + 1], &mut rand_core::OsRng),
            Err(ShieldError::TooLarge(MAX_PLAINTEXT + 1))
        );
        // The chain's parser: too short for the fixed fields fails; an empty AEAD part parses.
        assert_eq!(Sealed::parse(&[0u8; 5]), None);
        let mut short = vec![0u8; 16];
        short.extend_from_slice(&1088u16.to_le_bytes());
        short.extend_from_slice(&[0u8; 1088 + 24]);
        assert_eq!(Sealed::parse(&short).unwrap().aead_ct.len(), 0);
        short.pop();
        assert_eq!(Sealed::parse(&short), None);
    }

    #[test]
    fn submission_ids_hash_the_signer_and_the_ciphertext() {
        let who = [5u8; 32];
        let ct = vec![1u8; 1200];
        let mut bytes = who.to_vec();
        bytes.extend_from_slice(&((1200u16 << 2) | 1).to_le_bytes());
        bytes.extend_from_slice(&ct);
        assert_eq!(
            submission_id(&who, &ct),
            crate::chain::tx::extrinsic_hash(&bytes)
        );
    }
}
