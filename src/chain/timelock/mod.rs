//! Drand timelock encryption as the chain decrypts `commit_timelocked_weights`, and the choice
//! of the round a commit is encrypted to ([`round`]).
//!
//! Pure: no I/O, no clock. The scheme is Boneh-Franklin IBE (FullIdent) on BLS12-381 with a
//! drand round as the identity, wrapped around AES-256-GCM, in the byte format of crates.io
//! `timelock` 0.0.1 (`TLECiphertext<TinyBLS381>` with `AESGCMStreamCipherProvider`, written by
//! `serialize_compressed`), which is the code the chain and bittensor-drand run. That crate
//! cannot be linked into this workspace (it pins `w3f-bls =0.1.4`; `sp-core` 43 needs
//! `^0.1.9`, and Cargo holds one 0.1.x), so this module implements the same operations on the
//! same arkworks 0.4 primitives, drawing randomness in the crate's order so a seeded generator
//! reproduces its bytes exactly (see `tests/chain/timelock_vectors.rs`).
//!
//! Beacons follow drand's `bls-unchained-g1-rfc9380` scheme (quicknet): public key on G2 (96
//! bytes compressed), a round's signature on G1 (48 bytes), signed message
//! `sha256(round as u64 big-endian)` hashed to G1 with RFC 9380 and the quicknet domain.

pub mod round;

pub use round::{
    BLOCK_SECONDS, BeaconClock, REVEAL_OFFSET_BLOCKS, RevealInputs, RevealRoundError,
    RevealSchedule, choose_reveal_round,
};

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use ark_bls12_381::{Bls12_381, Fr, G1Affine, G1Projective, G2Affine, g1};
use ark_ec::hashing::HashToCurve;
use ark_ec::hashing::curve_maps::wb::WBMap;
use ark_ec::hashing::map_to_curve_hasher::MapToCurveBasedHasher;
use ark_ec::pairing::Pairing;
use ark_ec::{AffineRepr, CurveGroup};
use ark_ff::field_hashers::DefaultFieldHasher;
use ark_ff::{PrimeField, UniformRand};
use ark_serialize::{CanonicalDeserialize, CanonicalSerialize};
use rand_core::{CryptoRng, RngCore};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// The RFC 9380 hash-to-G1 domain of quicknet signatures.
pub const QUICKNET_DST: &[u8] = b"BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_";
/// The cipher suite tag every ciphertext ends with.
pub const CIPHER_SUITE: &[u8] = b"AES_GCM_";
/// Bytes of a compressed G2 public key.
pub const PUBLIC_KEY_LEN: usize = 96;
/// Bytes of a compressed G1 round signature.
pub const SIGNATURE_LEN: usize = 48;
/// Ciphertext bytes besides the plaintext: the length is `OVERHEAD + plaintext.len()`.
pub const OVERHEAD: usize = 244;
/// The largest `commit` the chain accepts (`MAX_CRV3_COMMIT_SIZE_BYTES`).
pub const MAX_COMMIT_LEN: usize = 5000;
/// The `commit_reveal_version` of this format (`CommitRevealWeightsVersion`).
pub const COMMIT_REVEAL_VERSION: u16 = 4;

const NONCE_LEN: usize = 12;

/// What went wrong with a key, a signature or a ciphertext.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimelockError {
    /// The beacon public key is not a compressed G2 point of the prime-order subgroup.
    #[error("the beacon public key is not a valid compressed G2 point ({len} bytes)")]
    PublicKey {
        /// The length given.
        len: usize,
    },
    /// The round signature is not a compressed G1 point of the prime-order subgroup.
    #[error("the round signature is not a valid compressed G1 point ({len} bytes)")]
    SignaturePoint {
        /// The length given.
        len: usize,
    },
    /// The signature is a point, but not the beacon's signature of that round.
    #[error("the signature does not verify for round {round} under the beacon public key")]
    PulseMismatch {
        /// The round checked.
        round: u64,
    },
    /// The bytes are not a serialized ciphertext.
    #[error("not a timelock ciphertext: {0}")]
    Malformed(&'static str),
    /// The IBE check failed: the signature is not the one of the ciphertext's round.
    #[error("the signature is not the one of the ciphertext's round (InvalidSignature)")]
    InvalidSignature,
    /// The AES-GCM body did not authenticate under the recovered key.
    #[error("the encrypted body does not authenticate")]
    Body,
    /// The bytes are not a SCALE `WeightsTlockPayload`.
    #[error("not a weights payload: {0}")]
    Payload(&'static str),
}

impl crate::error::Diagnostic for TimelockError {
    fn code(&self) -> &'static str {
        "chain.timelock"
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            TimelockError::PublicKey { .. } => {
                "the chain's `Drand.BeaconConfig` holds no usable beacon key; commit-reveal v4 cannot work on it".into()
            }
            _ => "the bytes do not follow the timelock ciphertext format (crates.io `timelock` 0.0.1)".into(),
        })
    }
}

/// `sha256(data)`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// The message a beacon signs for a round: `sha256(round as u64 big-endian)`.
pub fn round_message(round: u64) -> [u8; 32] {
    sha256(&round.to_be_bytes())
}

/// RFC 9380 hash to G1 with the quicknet domain.
pub fn hash_to_g1(message: &[u8]) -> G1Affine {
    // The domain is a valid DST (non-empty, under 256 bytes) and the map is total on G1, so
    // neither step can fail.
    MapToCurveBasedHasher::<G1Projective, DefaultFieldHasher<Sha256, 128>, WBMap<g1::Config>>::new(
        QUICKNET_DST,
    )
    .and_then(|h| h.hash(message))
    .expect("hashing to G1 with the quicknet domain cannot fail")
}

/// A round's IBE identity point `H(sha256(round))`: the point the beacon signs, so the round's
/// signature is the identity's private key.
pub fn round_identity(round: u64) -> G1Affine {
    hash_to_g1(&round_message(round))
}

fn public_key_point(public_key: &[u8]) -> Result<G2Affine, TimelockError> {
    if public_key.len() != PUBLIC_KEY_LEN {
        return Err(TimelockError::PublicKey {
            len: public_key.len(),
        });
    }
    G2Affine::deserialize_compressed(public_key).map_err(|_| TimelockError::PublicKey {
        len: public_key.len(),
    })
}

/// A round signature as the chain reads a pulse: an ASCII `0x` prefix is stripped, then a
/// compressed, subgroup-checked G1 point.
fn signature_point(signature: &[u8]) -> Result<G1Affine, TimelockError> {
    let raw = signature.strip_prefix(b"0x").unwrap_or(signature);
    G1Affine::deserialize_compressed(raw).map_err(|_| TimelockError::SignaturePoint {
        len: signature.len(),
    })
}

/// Checks a pulse: `e(signature, G2 generator) == e(H(round), public_key)`.
pub fn verify_round(public_key: &[u8], round: u64, signature: &[u8]) -> Result<(), TimelockError> {
    let pk = public_key_point(public_key)?;
    let sig = signature_point(signature)?;
    if Bls12_381::pairing(sig, G2Affine::generator())
        == Bls12_381::pairing(round_identity(round), pk)
    {
        Ok(())
    } else {
        Err(TimelockError::PulseMismatch { round })
    }
}

fn xor32(a: &[u8; 32], b: &[u8; 32]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (o, (x, y)) in out.iter_mut().zip(a.iter().zip(b)) {
        *o = x ^ y;
    }
    out
}

/// `sha256` of a pairing value's compressed encoding (the IBE's `H2`).
fn h2(value: <Bls12_381 as Pairing>::TargetField) -> [u8; 32] {
    let mut out = Vec::with_capacity(576);
    // Writing into a Vec cannot fail.
    let _ = value.serialize_compressed(&mut out);
    sha256(&out)
}

/// `Fr(sha256(a ‖ b))`, big-endian mod the group order (the IBE's `H3`).
fn h3(a: &[u8; 32], b: &[u8; 32]) -> Fr {
    let mut input = [0u8; 64];
    input[..32].copy_from_slice(a);
    input[32..].copy_from_slice(b);
    Fr::from_be_bytes_mod_order(&sha256(&input))
}

/// A parsed `TLECiphertext<TinyBLS381>` with its AES-GCM body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ciphertext {
    /// `U = r·G2` (compressed, 96 bytes).
    pub u: [u8; PUBLIC_KEY_LEN],
    /// `V = σ ⊕ H2(e(Q_id, r·pk))`.
    pub v: [u8; 32],
    /// `W = key ⊕ sha256(σ)`.
    pub w: [u8; 32],
    /// The AES-256-GCM ciphertext with its 16-byte tag at the end.
    pub sealed: Vec<u8>,
    /// The 12-byte AES-GCM nonce.
    pub nonce: [u8; NONCE_LEN],
    /// The cipher suite tag (`AES_GCM_`; the chain does not look at it).
    pub cipher_suite: Vec<u8>,
}

/// Reads ark-serialize 0.4's `Vec<u8>`: a u64 little-endian length, then the bytes.
fn read_vec<'a>(input: &mut &'a [u8], what: &'static str) -> Result<&'a [u8], TimelockError> {
    if input.len() < 8 {
        return Err(TimelockError::Malformed(what));
    }
    let (len, rest) = input.split_at(8);
    let mut n = [0u8; 8];
    n.copy_from_slice(len);
    let n = u64::from_le_bytes(n);
    if n > rest.len() as u64 {
        return Err(TimelockError::Malformed(what));
    }
    let (bytes, rest) = rest.split_at(n as usize);
    *input = rest;
    Ok(bytes)
}

fn write_vec(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(bytes);
}

fn fixed<const N: usize>(bytes: &[u8], what: &'static str) -> Result<[u8; N], TimelockError> {
    <[u8; N]>::try_from(bytes).map_err(|_| TimelockError::Malformed(what))
}

impl Ciphertext {
    /// Parses `serialize_compressed` bytes as the chain does (`deserialize_compressed`: `U` is
    /// subgroup-checked; bytes after the cipher suite are ignored). `V` and `W` must be 32
    /// bytes: with any other length the chain's decryption can never succeed.
    pub fn from_bytes(bytes: &[u8]) -> Result<Ciphertext, TimelockError> {
        if bytes.len() < PUBLIC_KEY_LEN {
            return Err(TimelockError::Malformed("shorter than the G2 point U"));
        }
        let (u, mut rest) = bytes.split_at(PUBLIC_KEY_LEN);
        G2Affine::deserialize_compressed(u)
            .map(|_| ())
            .map_err(|_| TimelockError::Malformed("U is not a G2 point"))?;
        let v = fixed::<32>(read_vec(&mut rest, "V")?, "V is not 32 bytes")?;
        let w = fixed::<32>(read_vec(&mut rest, "W")?, "W is not 32 bytes")?;
        let mut body = read_vec(&mut rest, "the body")?;
        let cipher_suite = read_vec(&mut rest, "the cipher suite")?.to_vec();
        let sealed = read_vec(&mut body, "the AES-GCM ciphertext")?.to_vec();
        let nonce = fixed::<NONCE_LEN>(
            read_vec(&mut body, "the nonce")?,
            "the nonce is not 12 bytes",
        )?;
        let mut u_bytes = [0u8; PUBLIC_KEY_LEN];
        u_bytes.copy_from_slice(u);
        Ok(Ciphertext {
            u: u_bytes,
            v,
            w,
            sealed,
            nonce,
            cipher_suite,
        })
    }

    /// The `serialize_compressed` bytes (`OVERHEAD + plaintext length` for a well-formed one).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut body = Vec::with_capacity(self.sealed.len() + 28);
        write_vec(&mut body, &self.sealed);
        write_vec(&mut body, &self.nonce);
        let mut out = Vec::with_capacity(OVERHEAD + self.sealed.len());
        out.extend_from_slice(&self.u);
        write_vec(&mut out, &self.v);
        write_vec(&mut out, &self.w);
        write_vec(&mut out, &body);
        write_vec(&mut out, &self.cipher_suite);
        out
    }
}

/// `tld::<TinyBLS381, AESGCMStreamCipherProvider>`: decrypts serialized ciphertext bytes with
/// the round's signature (compressed G1; an ASCII `0x` prefix is stripped as the chain does).
pub fn decrypt(ciphertext: &[u8], signature: &[u8]) -> Result<Vec<u8>, TimelockError> {
    let ct = Ciphertext::from_bytes(ciphertext)?;
    let sig = signature_point(signature)?;
    decrypt_parsed(&ct, sig)
}

fn decrypt_parsed(ct: &Ciphertext, sig: G1Affine) -> Result<Vec<u8>, TimelockError> {
    let u = G2Affine::deserialize_compressed(&ct.u[..])
        .map_err(|_| TimelockError::Malformed("U is not a G2 point"))?;
    let sigma = Zeroizing::new(xor32(&ct.v, &h2(Bls12_381::pairing(sig, u).0)));
    let key = Zeroizing::new(xor32(&ct.w, &sha256(&sigma[..])));
    if (G2Affine::generator() * h3(&sigma, &key)).into_affine() != u {
        return Err(TimelockError::InvalidSignature);
    }
    let cipher = Aes256Gcm::new_from_slice(&key[..]).map_err(|_| TimelockError::Body)?;
    cipher
        .decrypt(Nonce::from_slice(&ct.nonce), ct.sealed.as_ref())
        .map_err(|_| TimelockError::Body)
}

/// `tle::<TinyBLS381, AESGCMStreamCipherProvider, _>` as timelock 0.0.1 runs it, with the
/// randomness drawn from `rng` in the crate's order: the 32-byte AES key first (the caller's
/// `esk`, drawn with `fill_bytes`), then the IBE scalar `t` (`Fr::rand`), then the 12-byte
/// nonce. Returns the serialized ciphertext bytes the chain's `commit` carries.
pub fn encrypt_with_rng<R: RngCore + CryptoRng>(
    public_key: &[u8],
    round: u64,
    message: &[u8],
    rng: &mut R,
) -> Result<Vec<u8>, TimelockError> {
    let pk = public_key_point(public_key)?;
    let mut key = Zeroizing::new([0u8; 32]);
    rng.fill_bytes(&mut key[..]);
    let t = Fr::rand(rng);
    let mut t_bytes = Zeroizing::new(Vec::with_capacity(32));
    // Writing into a Vec cannot fail.
    let _ = t.serialize_compressed(&mut *t_bytes);
    let sigma = Zeroizing::new(sha256(&t_bytes));
    let r = h3(&sigma, &key);
    let mut u = [0u8; PUBLIC_KEY_LEN];
    let _ = (G2Affine::generator() * r)
        .into_affine()
        .serialize_compressed(&mut u[..]);
    let shared = Bls12_381::pairing(round_identity(round), (pk * r).into_affine());
    let v = xor32(&sigma, &h2(shared.0));
    let w = xor32(&key, &sha256(&sigma[..]));
    let mut nonce = [0u8; NONCE_LEN];
    rng.fill_bytes(&mut nonce);
    let cipher = Aes256Gcm::new_from_slice(&key[..]).map_err(|_| TimelockError::Body)?;
    let sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), message)
        .map_err(|_| TimelockError::Body)?;
    Ok(Ciphertext {
        u,
        v,
        w,
        sealed,
        nonce,
        cipher_suite: CIPHER_SUITE.to_vec(),
    }
    .to_bytes())
}

/// [`encrypt_with_rng`] with the operating system's randomness.
pub fn encrypt(public_key: &[u8], round: u64, message: &[u8]) -> Result<Vec<u8>, TimelockError> {
    encrypt_with_rng(public_key, round, message, &mut rand_core::OsRng)
}

/// The chain's `WeightsTlockPayload`, the plaintext of a timelocked weights commit: SCALE
/// `{ hotkey: Vec<u8>, uids: Vec<u16>, values: Vec<u16>, version_key: u64 }`, with the 32
/// account bytes of the signing hotkey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightsPayload {
    /// The hotkey that signs the commit (the chain drops a commit whose hotkey differs).
    pub hotkey: [u8; 32],
    /// The uids.
    pub uids: Vec<u16>,
    /// One value per uid (the chain max-upscales them at the reveal).
    pub values: Vec<u16>,
    /// The version key.
    pub version_key: u64,
}

fn compact_len(out: &mut Vec<u8>, n: usize) {
    let n = n as u64;
    if n < 1 << 6 {
        out.push((n as u8) << 2);
    } else if n < 1 << 14 {
        out.extend_from_slice(&(((n as u16) << 2) | 1).to_le_bytes());
    } else if n < 1 << 30 {
        out.extend_from_slice(&(((n as u32) << 2) | 2).to_le_bytes());
    } else {
        out.push(3 | (4 << 2));
        out.extend_from_slice(&(n as u32).to_le_bytes());
    }
}

fn read_compact_len(input: &mut &[u8]) -> Result<usize, TimelockError> {
    let short = TimelockError::Payload("a truncated length");
    let first = *input.first().ok_or(short.clone())?;
    let (n, used) = match first & 3 {
        0 => (u64::from(first >> 2), 1),
        1 => {
            let b = input.get(..2).ok_or(short)?;
            (u64::from(u16::from_le_bytes([b[0], b[1]]) >> 2), 2)
        }
        2 => {
            let b = input.get(..4).ok_or(short)?;
            (
                u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) >> 2),
                4,
            )
        }
        _ => return Err(TimelockError::Payload("a length beyond 2^30")),
    };
    *input = &input[used..];
    usize::try_from(n).map_err(|_| TimelockError::Payload("a length beyond the address space"))
}

fn read_u16s(input: &mut &[u8]) -> Result<Vec<u16>, TimelockError> {
    let n = read_compact_len(input)?;
    let bytes = input
        .get(..n.saturating_mul(2))
        .ok_or(TimelockError::Payload("a truncated u16 list"))?;
    let out = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    *input = &input[n * 2..];
    Ok(out)
}

impl WeightsPayload {
    /// The SCALE bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(45 + 2 * (self.uids.len() + self.values.len()));
        compact_len(&mut out, self.hotkey.len());
        out.extend_from_slice(&self.hotkey);
        for list in [&self.uids, &self.values] {
            compact_len(&mut out, list.len());
            for x in list {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out.extend_from_slice(&self.version_key.to_le_bytes());
        out
    }

    /// Decodes the SCALE bytes of the current form (with a 32-byte hotkey), all of them.
    pub fn decode(bytes: &[u8]) -> Result<WeightsPayload, TimelockError> {
        let mut input = bytes;
        let n = read_compact_len(&mut input)?;
        if n != 32 || input.len() < 32 {
            return Err(TimelockError::Payload("the hotkey is not 32 bytes"));
        }
        let hotkey = fixed::<32>(&input[..32], "the hotkey")
            .map_err(|_| TimelockError::Payload("the hotkey"))?;
        input = &input[32..];
        let uids = read_u16s(&mut input)?;
        let values = read_u16s(&mut input)?;
        if input.len() > 8 {
            return Err(TimelockError::Payload("bytes after the version key"));
        }
        let version_key = u64::from_le_bytes(
            <[u8; 8]>::try_from(input)
                .map_err(|_| TimelockError::Payload("a truncated version key"))?,
        );
        Ok(WeightsPayload {
            hotkey,
            uids,
            values,
            version_key,
        })
    }

    /// The length of the commit this payload makes: `OVERHEAD` + the SCALE length.
    pub fn commit_len(&self) -> usize {
        OVERHEAD + self.encode().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A beacon key for tests: `pk = s·G2`, round signature `s·H(round)`.
    fn beacon(seed: u64) -> (Fr, Vec<u8>) {
        let s = Fr::from(seed);
        let mut pk = Vec::new();
        (G2Affine::generator() * s)
            .into_affine()
            .serialize_compressed(&mut pk)
            .unwrap();
        (s, pk)
    }

    fn sign(s: Fr, round: u64) -> Vec<u8> {
        let mut out = Vec::new();
        (round_identity(round) * s)
            .into_affine()
            .serialize_compressed(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn round_trip_and_wrong_round() {
        let (s, pk) = beacon(77);
        assert_eq!(pk.len(), PUBLIC_KEY_LEN);
        let sig = sign(s, 9);
        assert_eq!(sig.len(), SIGNATURE_LEN);
        verify_round(&pk, 9, &sig).unwrap();
        assert_eq!(
            verify_round(&pk, 10, &sig),
            Err(TimelockError::PulseMismatch { round: 10 })
        );
        let ct = encrypt(&pk, 9, b"weights").unwrap();
        assert_eq!(ct.len(), OVERHEAD + 7);
        assert_eq!(decrypt(&ct, &sig).unwrap(), b"weights");
        let mut prefixed = b"0x".to_vec();
        prefixed.extend_from_slice(&sig);
        assert_eq!(decrypt(&ct, &prefixed).unwrap(), b"weights");
        assert_eq!(
            decrypt(&ct, &sign(s, 10)),
            Err(TimelockError::InvalidSignature)
        );
        assert!(matches!(
            decrypt(&ct[..150], &sig),
            Err(TimelockError::Malformed(_))
        ));
        let mut tampered = ct.clone();
        let last_sealed = 184 + 8 + 7 + 16 - 1;
        tampered[last_sealed] ^= 1;
        assert_eq!(decrypt(&tampered, &sig), Err(TimelockError::Body));
        // Trailing bytes are ignored, as `deserialize_compressed` ignores them.
        let mut longer = ct.clone();
        longer.extend_from_slice(b"tail");
        assert_eq!(decrypt(&longer, &sig).unwrap(), b"weights");
    }

    #[test]
    fn ciphertext_layout_has_the_serialized_lengths() {
        let (_, pk) = beacon(5);
        let ct = encrypt(&pk, 1, &[0xaa; 10]).unwrap();
        let n = 10;
        assert_eq!(&ct[96..104], &32u64.to_le_bytes());
        assert_eq!(&ct[136..144], &32u64.to_le_bytes());
        assert_eq!(&ct[176..184], &((n + 44) as u64).to_le_bytes());
        assert_eq!(&ct[184..192], &((n + 16) as u64).to_le_bytes());
        assert_eq!(&ct[208 + n..216 + n], &12u64.to_le_bytes());
        assert_eq!(&ct[228 + n..236 + n], &8u64.to_le_bytes());
        assert_eq!(&ct[236 + n..], CIPHER_SUITE);
        let parsed = Ciphertext::from_bytes(&ct).unwrap();
        assert_eq!(parsed.to_bytes(), ct);
        assert_eq!(parsed.cipher_suite, CIPHER_SUITE);
    }

    #[test]
    fn bad_keys_and_signatures_are_refused() {
        let (s, pk) = beacon(3);
        assert_eq!(
            encrypt(&pk[..95], 1, b"x"),
            Err(TimelockError::PublicKey { len: 95 })
        );
        let mut bad = pk.clone();
        bad[95] ^= 1;
        assert!(matches!(
            verify_round(&bad, 1, &sign(s, 1)),
            Err(TimelockError::PublicKey { .. }) | Err(TimelockError::PulseMismatch { .. })
        ));
        assert_eq!(
            verify_round(&pk, 1, &[0u8; 47]),
            Err(TimelockError::SignaturePoint { len: 47 })
        );
    }

    #[test]
    fn payload_encoding() {
        let p = WeightsPayload {
            hotkey: [7; 32],
            uids: (0..70).collect(),
            values: vec![1; 70],
            version_key: 5,
        };
        let bytes = p.encode();
        assert_eq!(bytes[0], 0x80);
        assert_eq!(&bytes[33..35], &[(70u16 << 2 | 1) as u8, 1]);
        assert_eq!(bytes.len(), 33 + 2 + 140 + 2 + 140 + 8);
        assert_eq!(WeightsPayload::decode(&bytes).unwrap(), p);
        assert_eq!(p.commit_len(), OVERHEAD + bytes.len());
        assert!(WeightsPayload::decode(&bytes[..bytes.len() - 1]).is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(WeightsPayload::decode(&longer).is_err());
    }

    #[test]
    fn the_commit_size_limit_is_1177_weights() {
        let row = |n: u16| WeightsPayload {
            hotkey: [1; 32],
            uids: (0..n).collect(),
            values: vec![65535; usize::from(n)],
            version_key: u64::MAX,
        };
        assert_eq!(row(1177).commit_len(), 4997);
        assert!(row(1177).commit_len() <= MAX_COMMIT_LEN);
        assert!(row(1178).commit_len() > MAX_COMMIT_LEN);
    }
}
