//! The devnet's drand-style beacon: the secret key that signs a pulse for every round.
//!
//! The beacon follows drand's quicknet scheme (`bls-unchained-g1-rfc9380`): the public key is a
//! G2 point, a round's signature is `sk · H(sha256(round as u64 big-endian))` on G1 with the
//! RFC 9380 hash-to-curve (DST `BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_`), the randomness
//! is `sha256(signature)`.
//!
//! Everything on the client side of the scheme (the round identity, pulse verification, and
//! the timelock ciphertexts in the format of crates.io `timelock` 0.0.1 that the chain decrypts
//! commits with) is tao's own `tao::chain::timelock`, re-exported here; the devnet reveals
//! commits with the same code tao encrypts them with, and that code is checked against the
//! real quicknet pulses and ciphertexts in tao's tests (`tests/timelock_vectors.rs`).

use ark_bls12_381::{Fr, G2Affine};
use ark_ec::{AffineRepr, CurveGroup};
use ark_ff::PrimeField;
use ark_serialize::CanonicalSerialize;

pub use tao::chain::timelock::{
    TimelockError, decrypt, encrypt, round_identity, round_message, sha256, verify_round,
};

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
        let point = (round_identity(round) * self.secret).into_affine();
        let mut out = Vec::new();
        point
            .serialize_compressed(&mut out)
            .expect("serializing to a Vec cannot fail");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_beacon_signs_rounds_that_tao_verifies_and_decrypts_with() {
        let beacon = Beacon::from_seed(b"test beacon");
        let pk = beacon.public_key();
        assert_eq!(pk.len(), 96);
        let sig = beacon.sign_round(7);
        assert_eq!(sig.len(), 48);
        assert_eq!(verify_round(&pk, 7, &sig), Ok(()));
        assert_eq!(
            verify_round(&pk, 8, &sig),
            Err(TimelockError::PulseMismatch { round: 8 })
        );

        let ct = encrypt(&pk, 7, b"payload").unwrap();
        assert_eq!(ct.len(), 244 + 7);
        assert_eq!(decrypt(&ct, &sig).unwrap(), b"payload");
        assert_eq!(
            decrypt(&ct, &beacon.sign_round(8)),
            Err(TimelockError::InvalidSignature)
        );
    }

    #[test]
    fn the_devnet_beacon_signs_what_its_config_announces() {
        let config = crate::pallet_drand::devnet_config();
        let pulse = crate::pallet_drand::pulse(41);
        assert_eq!(pulse.randomness.to_vec(), sha256(&pulse.signature).to_vec());
        assert_eq!(
            verify_round(&config.public_key, 41, &pulse.signature),
            Ok(())
        );
    }
}
