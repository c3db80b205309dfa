//! The devnet's drand-style beacon and the timelock scheme the chain decrypts commits with.
//!
//! The beacon follows drand's quicknet scheme (`bls-unchained-g1-rfc9380`): the public key is a
//! G2 point, a round's signature is `sk · H(sha256(round as u64 big-endian))` on G1 with the
//! RFC 9380 hash-to-curve (DST `BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_`), the randomness
//! is `sha256(signature)`.
//!
//! Ciphertexts are the byte format of crates.io `timelock` 0.0.1 (`TLECiphertext<TinyBLS381>`
//! with `AESGCMStreamCipherProvider`, `serialize_compressed`), which the chain uses: Boneh-Franklin
//! IBE with the round as identity around AES-256-GCM. The crate itself cannot be linked here: it
//! pins `w3f-bls =0.1.4`, while `sp-core` 43 requires `w3f-bls ^0.1.9`, and Cargo allows one
//! semver-compatible version per graph. This module implements the same operations on the same
//! arkworks 0.4 primitives, and is checked against ciphertexts that `timelock` 0.0.1 produced
//! (see the tests).

use aes_gcm::{
    Aes256Gcm, Nonce,
    aead::{Aead, KeyInit},
};
use ark_bls12_381::{Bls12_381, Fr, G1Affine, G1Projective, G2Affine, G2Projective, g1};
use ark_ec::{
    AffineRepr, CurveGroup,
    hashing::{HashToCurve, curve_maps::wb::WBMap, map_to_curve_hasher::MapToCurveBasedHasher},
    pairing::Pairing,
};
use ark_ff::{PrimeField, field_hashers::DefaultFieldHasher};
use ark_serialize::{CanonicalDeserialize, CanonicalSerialize};
use sha2::{Digest, Sha256};

/// The hash-to-curve domain of quicknet signatures.
pub const QUICKNET_DST: &[u8] = b"BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_";
/// The cipher suite tag that ends every ciphertext.
pub const CIPHER_SUITE: &[u8] = b"AES_GCM_";

pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

fn xor32(a: &[u8], b: &[u8; 32]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = a.get(i).copied().unwrap_or(0) ^ b[i];
    }
    out
}

/// The message drand signs for a round: `sha256(round as u64 big-endian)`.
pub fn round_message(round: u64) -> [u8; 32] {
    sha256(&round.to_be_bytes())
}

/// RFC 9380 hash to G1 with the quicknet domain.
pub fn hash_to_g1(message: &[u8]) -> G1Affine {
    MapToCurveBasedHasher::<G1Projective, DefaultFieldHasher<Sha256, 128>, WBMap<g1::Config>>::new(
        QUICKNET_DST,
    )
    .expect("the quicknet domain is valid")
    .hash(message)
    .expect("hashing to the curve cannot fail")
}

/// `sha256` of the compressed encoding of a pairing value (the IBE's `H2`).
fn h2(value: <Bls12_381 as Pairing>::TargetField) -> [u8; 32] {
    let mut out = Vec::new();
    value
        .serialize_compressed(&mut out)
        .expect("serializing to a Vec cannot fail");
    sha256(&out)
}

/// `Fr(sha256(a ‖ b))`, big-endian mod the group order (the IBE's `H3`).
fn h3(a: &[u8], b: &[u8]) -> Fr {
    let mut input = a.to_vec();
    input.extend_from_slice(b);
    Fr::from_be_bytes_mod_order(&sha256(&input))
}

/// A beacon keypair of the quicknet scheme.
#[derive(Clone, Debug)]
pub struct Beacon {
    secret: Fr,
    public: G2Affine,
}

impl Beacon {
    /// A keypair derived from a seed (the devnet's beacon is deterministic).
    pub fn from_seed(seed: &[u8]) -> Self {
        let secret = Fr::from_be_bytes_mod_order(&sha256(seed));
        let public = (G2Affine::generator() * secret).into_affine();
        Self { secret, public }
    }

    /// The public key: a compressed G2 point, 96 bytes.
    pub fn public_key(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.public
            .serialize_compressed(&mut out)
            .expect("serializing to a Vec cannot fail");
        out
    }

    /// The round's signature: a compressed G1 point, 48 bytes.
    pub fn sign_round(&self, round: u64) -> Vec<u8> {
        let point = (hash_to_g1(&round_message(round)) * self.secret).into_affine();
        let mut out = Vec::new();
        point
            .serialize_compressed(&mut out)
            .expect("serializing to a Vec cannot fail");
        out
    }
}

/// Checks a round's signature against a public key: `e(sig, g2) == e(H(m), pk)`.
pub fn verify_round(public_key: &[u8], round: u64, signature: &[u8]) -> bool {
    let (Ok(pk), Ok(sig)) = (
        G2Affine::deserialize_compressed(public_key),
        G1Affine::deserialize_compressed(signature),
    ) else {
        return false;
    };
    let h = hash_to_g1(&round_message(round));
    Bls12_381::pairing(sig, G2Affine::generator()) == Bls12_381::pairing(h, pk)
}

/// Why a ciphertext did not decrypt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlockError {
    /// The bytes are not a `TLECiphertext` (or the signature not a G1 point).
    Malformed,
    /// The signature is not the one of the ciphertext's round.
    InvalidSignature,
    /// The AES-GCM body did not authenticate.
    Body,
}

fn read_vec(input: &mut &[u8]) -> Result<Vec<u8>, TlockError> {
    Vec::<u8>::deserialize_compressed(input).map_err(|_| TlockError::Malformed)
}

fn write_vec(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(bytes);
}

/// `tld::<TinyBLS381, AESGCMStreamCipherProvider>`: decrypts a serialized ciphertext with the
/// round's signature (a compressed G1 point; an ASCII `0x` prefix is stripped as the chain does).
pub fn decrypt(ciphertext: &[u8], signature: &[u8]) -> Result<Vec<u8>, TlockError> {
    let mut input = ciphertext;
    let u = G2Projective::deserialize_compressed(&mut input).map_err(|_| TlockError::Malformed)?;
    let v = read_vec(&mut input)?;
    let w = read_vec(&mut input)?;
    let body = read_vec(&mut input)?;
    let _suite = read_vec(&mut input)?;
    let signature = signature.strip_prefix(b"0x").unwrap_or(signature);
    let sig = G1Projective::deserialize_compressed(signature).map_err(|_| TlockError::Malformed)?;

    let sigma = xor32(&v, &h2(Bls12_381::pairing(sig, u).0));
    let key = xor32(&w, &sha256(&sigma));
    if G2Projective::from(G2Affine::generator()) * h3(&sigma, &key) != u {
        return Err(TlockError::InvalidSignature);
    }

    let mut body = &body[..];
    let sealed = read_vec(&mut body)?;
    let nonce = read_vec(&mut body)?;
    if nonce.len() != 12 {
        return Err(TlockError::Body);
    }
    let cipher = Aes256Gcm::new_from_slice(&key).map_err(|_| TlockError::Body)?;
    cipher
        .decrypt(Nonce::from_slice(&nonce), sealed.as_ref())
        .map_err(|_| TlockError::Body)
}

/// `tle::<TinyBLS381, AESGCMStreamCipherProvider, _>`: encrypts `message` to `round` under a
/// beacon public key, serialized as `timelock` 0.0.1 serializes a `TLECiphertext`. `random` is
/// 76 bytes of fresh randomness (32 for the AES key, 32 for the IBE scalar, 12 for the nonce).
pub fn encrypt(
    public_key: &[u8],
    round: u64,
    message: &[u8],
    random: &[u8; 76],
) -> Result<Vec<u8>, TlockError> {
    let pk = G2Affine::deserialize_compressed(public_key).map_err(|_| TlockError::Malformed)?;
    let mut key = [0u8; 32];
    key.copy_from_slice(&random[..32]);
    let t = Fr::from_le_bytes_mod_order(&random[32..64]);
    let nonce = &random[64..76];

    let mut t_bytes = Vec::new();
    t.serialize_compressed(&mut t_bytes)
        .expect("serializing to a Vec cannot fail");
    let sigma = sha256(&t_bytes);
    let r = h3(&sigma, &key);
    let u = (G2Affine::generator() * r).into_affine();
    let q_id = hash_to_g1(&round_message(round));
    let v = xor32(&sigma, &h2(Bls12_381::pairing(q_id, pk * r).0));
    let w = xor32(&key, &sha256(&sigma));

    let cipher = Aes256Gcm::new_from_slice(&key).map_err(|_| TlockError::Body)?;
    let sealed = cipher
        .encrypt(Nonce::from_slice(nonce), message)
        .map_err(|_| TlockError::Body)?;
    let mut body = Vec::new();
    write_vec(&mut body, &sealed);
    write_vec(&mut body, nonce);

    let mut out = Vec::new();
    u.serialize_compressed(&mut out)
        .expect("serializing to a Vec cannot fail");
    write_vec(&mut out, &v);
    write_vec(&mut out, &w);
    write_vec(&mut out, &body);
    write_vec(&mut out, CIPHER_SUITE);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vectors() -> Option<serde_json::Value> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/vectors/drand-quicknet.json");
        let text = std::fs::read_to_string(path).ok()?;
        serde_json::from_str(&text).ok()
    }

    fn hex_of(v: &serde_json::Value) -> Vec<u8> {
        hex::decode(v.as_str().expect("hex string").trim_start_matches("0x")).expect("hex")
    }

    #[test]
    fn own_beacon_signs_verifiable_rounds_and_round_trips() {
        let beacon = Beacon::from_seed(b"test beacon");
        let pk = beacon.public_key();
        assert_eq!(pk.len(), 96);
        let sig = beacon.sign_round(7);
        assert_eq!(sig.len(), 48);
        assert!(verify_round(&pk, 7, &sig));
        assert!(!verify_round(&pk, 8, &sig));

        let ct = encrypt(&pk, 7, b"payload", &[9u8; 76]).unwrap();
        assert_eq!(ct.len(), 244 + 7);
        assert_eq!(decrypt(&ct, &sig).unwrap(), b"payload");
        assert_eq!(
            decrypt(&ct, &beacon.sign_round(8)),
            Err(TlockError::InvalidSignature)
        );
        assert_eq!(decrypt(&ct[..100], &sig), Err(TlockError::Malformed));
    }

    /// Quicknet pulses verify, and ciphertexts made by `timelock` 0.0.1 decrypt with them.
    #[test]
    fn real_quicknet_vectors() {
        let Some(v) = vectors() else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("drand-quicknet.json missing");
            }
            eprintln!("skipping: no drand-quicknet.json beside the repository");
            return;
        };
        let pk = hex_of(&v["chain"]["public_key"]);
        let pulses = v["pulses"].as_array().unwrap();
        let sig_of = |round: u64| {
            pulses
                .iter()
                .find(|p| p["round"].as_u64() == Some(round))
                .map(|p| hex_of(&p["signature"]))
        };
        for p in pulses {
            let round = p["round"].as_u64().unwrap();
            let sig = hex_of(&p["signature"]);
            assert!(verify_round(&pk, round, &sig), "round {round}");
            assert_eq!(sha256(&sig).to_vec(), hex_of(&p["randomness"]));
        }
        let mut decrypted = 0;
        for c in v["ciphertexts"].as_array().unwrap() {
            let round = c["round"].as_u64().unwrap();
            let Some(sig) = sig_of(round) else { continue };
            let ct = hex_of(&c["ciphertext_hex"]);
            assert_eq!(
                decrypt(&ct, &sig).unwrap(),
                hex_of(&c["plaintext_hex"]),
                "round {round}"
            );
            decrypted += 1;
        }
        assert!(decrypted > 0);
    }
}
