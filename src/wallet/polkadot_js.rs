//! Import of polkadot-js JSON account exports (`regen-coldkey --json-file`), as btwallet's
//! `create_from_encrypted_json`: encoding version 3, scrypt (or a zero-padded password) then an
//! XSalsa20-Poly1305 secretbox around a PKCS8 blob holding the sr25519 secret in its
//! Ed25519-expanded form.

use std::path::Path;

use base64::Engine as _;
use crypto_secretbox::aead::{Aead, KeyInit};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::WalletError;
use super::keypair::{self, Keypair};
use super::secret::{SecretBytes, SecretString};

const PKCS8_HEADER: [u8; 16] = [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32];
const PKCS8_DIVIDER: [u8; 5] = [161, 35, 3, 33, 0];
const SCRYPT_HEADER: usize = 32 + 4 + 4 + 4;
const NONCE_LEN: usize = 24;
/// The most memory an export's scrypt parameters may ask for (128 · r · N bytes).
const MAX_SCRYPT_MEMORY: u64 = 1 << 30;

#[derive(Deserialize)]
struct Export {
    encoded: String,
    encoding: Encoding,
    #[serde(default)]
    address: Option<String>,
}

#[derive(Deserialize)]
struct Encoding {
    #[serde(default)]
    content: Vec<String>,
    #[serde(rename = "type", default)]
    kind: Vec<String>,
    version: serde_json::Value,
}

/// Decrypt a polkadot-js export with its password. The key is returned with its private key only
/// (as btwallet stores such keys).
pub fn import(path: &Path, json: &[u8], password: &SecretString) -> Result<Keypair, WalletError> {
    let bad = |reason: &str| WalletError::InvalidJsonImport {
        path: path.to_owned(),
        reason: reason.to_owned(),
    };
    let export: Export = serde_json::from_slice(json).map_err(|_| {
        bad("it is not a polkadot-js account export (JSON with `encoded` and `encoding`)")
    })?;
    let version_ok = match &export.encoding.version {
        serde_json::Value::String(v) => v == "3",
        serde_json::Value::Number(n) => n.as_u64() == Some(3),
        _ => false,
    };
    if !version_ok {
        return Err(bad("only encoding version 3 is supported"));
    }
    if !export.encoding.content.iter().any(|c| c == "sr25519") {
        return Err(bad(
            "the key is not sr25519 (ed25519 and ecdsa exports are not supported)",
        ));
    }
    if !export
        .encoding
        .kind
        .iter()
        .any(|t| t == "xsalsa20-poly1305")
    {
        return Err(bad("the export is not encrypted with xsalsa20-poly1305"));
    }
    let encoded = Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(export.encoded.trim())
            .map_err(|_| bad("`encoded` is not base64"))?,
    );
    let (key, rest) = if export.encoding.kind.iter().any(|t| t == "scrypt") {
        if encoded.len() < SCRYPT_HEADER {
            return Err(bad("`encoded` is truncated"));
        }
        let word = |at: usize| u32::from_le_bytes(encoded[at..at + 4].try_into().expect("4 bytes"));
        let (n, p, r) = (word(32), word(36), word(40));
        if !n.is_power_of_two()
            || n < 2
            || p == 0
            || r == 0
            || 128 * u64::from(r) * u64::from(n) > MAX_SCRYPT_MEMORY
            || p > 16
        {
            return Err(bad("its scrypt parameters are invalid or too expensive"));
        }
        let params = scrypt::Params::new(n.ilog2() as u8, r, p, 32)
            .map_err(|_| bad("its scrypt parameters are invalid"))?;
        let mut key = Zeroizing::new([0u8; 32]);
        scrypt::scrypt(
            password.expose().as_bytes(),
            &encoded[..32],
            &params,
            &mut key[..],
        )
        .map_err(|_| bad("its scrypt parameters are invalid"))?;
        (key, &encoded[SCRYPT_HEADER..])
    } else {
        let bytes = password.expose().as_bytes();
        if bytes.len() > 32 {
            return Err(WalletError::WrongJsonPassword {
                path: path.to_owned(),
            });
        }
        let mut key = Zeroizing::new([0u8; 32]);
        key[..bytes.len()].copy_from_slice(bytes);
        (key, &encoded[..])
    };
    if rest.len() < NONCE_LEN + 16 {
        return Err(bad("`encoded` is truncated"));
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let cipher = crypto_secretbox::XSalsa20Poly1305::new_from_slice(&key[..]).expect("32-byte key");
    let plain = SecretBytes::new(cipher.decrypt(nonce.into(), sealed).map_err(|_| {
        WalletError::WrongJsonPassword {
            path: path.to_owned(),
        }
    })?);
    let plain = plain.expose();
    let secret_at = PKCS8_HEADER.len();
    let divider_at = secret_at + 64;
    let public_at = divider_at + PKCS8_DIVIDER.len();
    if plain.len() < public_at + 32
        || plain[..secret_at] != PKCS8_HEADER
        || plain[divider_at..public_at] != PKCS8_DIVIDER
    {
        return Err(bad(
            "the decrypted key is not the PKCS8 layout polkadot-js uses",
        ));
    }
    let keypair = Keypair::from_ed25519_expanded_secret(&plain[secret_at..divider_at])
        .map_err(|_| bad("the decrypted secret is not a valid sr25519 key"))?;
    if plain[public_at..public_at + 32] != keypair.public_key() {
        return Err(bad(
            "the public key in the export does not match its secret",
        ));
    }
    if let Some(address) = &export.address
        && let Ok(public) = keypair::ss58_decode(address)
        && public != keypair.public_key()
    {
        return Err(bad("the `address` in the export does not match its secret"));
    }
    Ok(keypair)
}
