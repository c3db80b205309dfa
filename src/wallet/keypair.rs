//! sr25519 keypairs as bittensor-wallet derives them, SS58 addresses, and message signing.
//!
//! Derivation is sp-core's, the crate btwallet itself uses, so the keys are identical by
//! construction: BIP-39 entropy → PBKDF2-HMAC-SHA512 (2048 rounds, salt `mnemonic`) → 32-byte mini
//! secret → sr25519 (Ed25519 expansion); secret URIs with `//hard` and `/soft` junctions; SS58
//! prefix 42; signatures with the `substrate` signing context.

use std::fmt;

use sp_core::{Pair as _, sr25519};
use zeroize::Zeroizing;

use super::secret::{SecretBytes, SecretString};
use super::{WalletError, decode_hex, encode_hex};

/// The Bittensor SS58 address prefix.
pub const SS58_PREFIX: u16 = 42;

/// The word counts a BIP-39 mnemonic may have.
pub const WORD_COUNTS: [usize; 5] = [12, 15, 18, 21, 24];

/// An sr25519 key: a full pair (can sign) or only a public key (can verify).
///
/// `Debug` shows the address only.
pub struct Keypair {
    pair: Option<sr25519::Pair>,
    public: [u8; 32],
    mnemonic: Option<SecretString>,
    seed: Option<SecretBytes>,
}

impl fmt::Debug for Keypair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keypair")
            .field("ss58_address", &self.ss58_address())
            .field("has_secret", &self.pair.is_some())
            .finish_non_exhaustive()
    }
}

impl Keypair {
    fn from_pair(pair: sr25519::Pair) -> Keypair {
        let public = pair.public().0;
        Keypair {
            pair: Some(pair),
            public,
            mnemonic: None,
            seed: None,
        }
    }

    /// A new random key with a mnemonic of `words` words (12, 15, 18, 21 or 24).
    pub fn generate(words: usize) -> Result<Keypair, WalletError> {
        if !WORD_COUNTS.contains(&words) {
            return Err(WalletError::InvalidWordCount(words));
        }
        let mut entropy = Zeroizing::new([0u8; 32]);
        let len = words / 3 * 4;
        getrandom::getrandom(&mut entropy[..len]).map_err(|_| WalletError::Random)?;
        let mnemonic = bip39::Mnemonic::from_entropy(&entropy[..len]).map_err(|err| {
            WalletError::InvalidMnemonic {
                reason: err.to_string(),
            }
        })?;
        let phrase = SecretString::new(mnemonic.to_string());
        Keypair::from_mnemonic(&phrase)
    }

    /// The key of an English BIP-39 mnemonic, as btwallet's `create_from_mnemonic`.
    ///
    /// Whitespace between words is normalized to single spaces; the normalized phrase is what
    /// [`Keypair::mnemonic`] returns and what a keyfile stores as `secretPhrase`.
    pub fn from_mnemonic(phrase: &SecretString) -> Result<Keypair, WalletError> {
        let normalized = normalize_phrase(phrase);
        check_mnemonic(&normalized)?;
        let (pair, seed) = sr25519::Pair::from_phrase(normalized.expose(), None).map_err(|_| {
            WalletError::InvalidMnemonic {
                reason: "not a valid BIP-39 phrase".into(),
            }
        })?;
        let seed = Zeroizing::new(seed);
        let mut key = Keypair::from_pair(pair);
        key.mnemonic = Some(normalized);
        key.seed = Some(SecretBytes::copy_from(&seed[..]));
        Ok(key)
    }

    /// The key of a seed: 32 bytes are a mini secret (what `secretSeed` stores), 64 bytes an
    /// expanded secret key (scalar ‖ nonce).
    pub fn from_seed(seed: &[u8]) -> Result<Keypair, WalletError> {
        if seed.len() != 32 && seed.len() != 64 {
            return Err(WalletError::InvalidSeed {
                reason: format!(
                    "a seed is 32 bytes (64 hex digits), not {} bytes",
                    seed.len()
                ),
            });
        }
        let pair = sr25519::Pair::from_seed_slice(seed).map_err(|_| WalletError::InvalidSeed {
            reason: "not a valid sr25519 secret".into(),
        })?;
        let mut key = Keypair::from_pair(pair);
        key.seed = Some(SecretBytes::copy_from(seed));
        Ok(key)
    }

    /// The key of a `0x`-hex seed (a `--seed-file`'s content).
    pub fn from_seed_hex(text: &SecretString) -> Result<Keypair, WalletError> {
        let bytes = decode_hex(text.expose().trim())
            .map(SecretBytes::new)
            .ok_or_else(|| WalletError::InvalidSeed {
                reason: "not hex (expected `0x` and 64 hex digits)".into(),
            })?;
        Keypair::from_seed(bytes.expose())
    }

    /// The key of a 64-byte sr25519 secret key (scalar ‖ nonce), what `privateKey` stores.
    pub fn from_private_key(secret: &[u8]) -> Result<Keypair, WalletError> {
        if secret.len() != 64 {
            return Err(WalletError::InvalidSeed {
                reason: format!("a private key is 64 bytes, not {} bytes", secret.len()),
            });
        }
        let pair =
            sr25519::Pair::from_seed_slice(secret).map_err(|_| WalletError::InvalidSeed {
                reason: "not a valid sr25519 secret key".into(),
            })?;
        Ok(Keypair::from_pair(pair))
    }

    /// The key of a 64-byte secret in the Ed25519-expanded form polkadot-js exports.
    pub fn from_ed25519_expanded_secret(secret: &[u8]) -> Result<Keypair, WalletError> {
        let secret = schnorrkel::SecretKey::from_ed25519_bytes(secret).map_err(|_| {
            WalletError::InvalidSeed {
                reason: "not a valid Ed25519-form sr25519 secret".into(),
            }
        })?;
        let bytes = Zeroizing::new(secret.to_bytes());
        Keypair::from_private_key(&bytes[..])
    }

    /// The key of a Substrate secret URI (`//Alice`, `<phrase>//hard/soft`, `0x<seed>//hard`),
    /// as btwallet's `create_from_uri`: such a key is stored with its private key only.
    pub fn from_uri(uri: &SecretString) -> Result<Keypair, WalletError> {
        let pair = sr25519::Pair::from_string(uri.expose(), None).map_err(|err| {
            WalletError::InvalidUri {
                reason: uri_error_reason(&err),
            }
        })?;
        Ok(Keypair::from_pair(pair))
    }

    /// A public-only key from an SS58 address (prefix 42).
    pub fn from_ss58(address: &str) -> Result<Keypair, WalletError> {
        Ok(Keypair::from_public_key(ss58_decode(address)?))
    }

    /// A public-only key.
    pub fn from_public_key(public: [u8; 32]) -> Keypair {
        Keypair {
            pair: None,
            public,
            mnemonic: None,
            seed: None,
        }
    }

    /// The 32-byte public key.
    pub fn public_key(&self) -> [u8; 32] {
        self.public
    }

    /// The public key as `0x` + lowercase hex.
    pub fn public_key_hex(&self) -> String {
        encode_hex(&self.public)
    }

    /// The SS58 address with the Bittensor prefix (42).
    pub fn ss58_address(&self) -> String {
        ss58_encode(&self.public)
    }

    /// Whether this key can sign.
    pub fn has_secret(&self) -> bool {
        self.pair.is_some()
    }

    /// The mnemonic, for keys made from one.
    pub fn mnemonic(&self) -> Option<&SecretString> {
        self.mnemonic.as_ref()
    }

    /// The seed (`secretSeed`), for keys made from a mnemonic or a seed.
    pub fn seed(&self) -> Option<&SecretBytes> {
        self.seed.as_ref()
    }

    /// The 64-byte secret key (`privateKey`).
    pub fn private_key(&self) -> Option<SecretBytes> {
        self.pair
            .as_ref()
            .map(|pair| SecretBytes::new(pair.to_raw_vec()))
    }

    /// Sign `message` (sr25519, `substrate` context; randomized).
    pub fn sign(&self, message: &[u8]) -> Result<[u8; 64], WalletError> {
        let pair = self.pair.as_ref().ok_or(WalletError::PublicOnly)?;
        Ok(pair.sign(message).0)
    }

    /// Verify a signature by this key's public key; see [`verify`].
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        verify(&self.public, message, signature)
    }

    /// The plaintext keyfile JSON bittensor-wallet 4.0.x writes for this key: compact, no
    /// `cryptoType`, hex fields `0x`-prefixed lowercase.
    pub fn to_keyfile_json(&self) -> SecretBytes {
        let public = encode_hex(&self.public);
        let mut out = Zeroizing::new(String::with_capacity(640));
        out.push('{');
        push_field(&mut out, "accountId", &public);
        push_field(&mut out, "publicKey", &public);
        if let Some(secret) = self.private_key() {
            push_field(
                &mut out,
                "privateKey",
                &Zeroizing::new(encode_hex(secret.expose())),
            );
        }
        if let Some(phrase) = &self.mnemonic {
            push_field(&mut out, "secretPhrase", phrase.expose());
        }
        if let Some(seed) = &self.seed {
            push_field(
                &mut out,
                "secretSeed",
                &Zeroizing::new(encode_hex(seed.expose())),
            );
        }
        push_field(&mut out, "ss58Address", &self.ss58_address());
        out.push('}');
        SecretBytes::copy_from(out.as_bytes())
    }

    /// The public keyfile JSON (`coldkeypub.txt`, `<hotkey>pub.txt`).
    pub fn to_public_json(&self) -> Vec<u8> {
        let public = encode_hex(&self.public);
        let mut out = String::with_capacity(240);
        out.push('{');
        push_field(&mut out, "accountId", &public);
        push_field(&mut out, "publicKey", &public);
        push_field(&mut out, "ss58Address", &self.ss58_address());
        out.push('}');
        out.into_bytes()
    }
}

/// Append `"key":"value"` (with a leading comma when needed) as serde_json writes it.
fn push_field(out: &mut String, key: &str, value: &str) {
    if out.len() > 1 {
        out.push(',');
    }
    out.push('"');
    out.push_str(key);
    out.push_str("\":");
    out.push_str(&Zeroizing::new(
        serde_json::to_string(value).expect("serializing a str cannot fail"),
    ));
}

fn normalize_phrase(phrase: &SecretString) -> SecretString {
    let mut out = Zeroizing::new(String::with_capacity(phrase.len()));
    for word in phrase.expose().split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    SecretString::copy_from(&out)
}

/// Check a normalized phrase, with an error that says what is wrong but never echoes a word.
fn check_mnemonic(phrase: &SecretString) -> Result<(), WalletError> {
    let count = phrase.expose().split(' ').filter(|w| !w.is_empty()).count();
    if !WORD_COUNTS.contains(&count) {
        return Err(WalletError::InvalidMnemonic {
            reason: format!("it has {count} words; a mnemonic has 12, 15, 18, 21 or 24"),
        });
    }
    match bip39::Mnemonic::parse_in_normalized(bip39::Language::English, phrase.expose()) {
        Ok(_) => Ok(()),
        Err(bip39::Error::UnknownWord(index)) => Err(WalletError::InvalidMnemonic {
            reason: format!("word {} is not in the English BIP-39 word list", index + 1),
        }),
        Err(bip39::Error::InvalidChecksum) => Err(WalletError::InvalidMnemonic {
            reason: "the checksum does not match (a word is wrong or out of order)".into(),
        }),
        Err(_) => Err(WalletError::InvalidMnemonic {
            reason: "not a valid BIP-39 phrase".into(),
        }),
    }
}

fn uri_error_reason(err: &sp_core::crypto::SecretStringError) -> &'static str {
    use sp_core::crypto::SecretStringError as E;
    match err {
        E::InvalidFormat(_) => "not a secret URI (`//Alice`, `<mnemonic>//hard/soft`, `0x<seed>`)",
        E::InvalidPhrase => "the phrase is not a valid BIP-39 mnemonic",
        E::InvalidPassword => "the password part is invalid",
        E::InvalidSeed => "the seed is not 32 bytes of hex",
        E::InvalidSeedLength => "the seed has the wrong length",
        E::InvalidPath => "the derivation path is invalid",
    }
}

/// The SS58 address (prefix 42) of a public key.
pub fn ss58_encode(public: &[u8; 32]) -> String {
    crate::ss58::encode_default(public)
}

/// Decode an SS58 address; it must carry the Bittensor prefix 42.
pub fn ss58_decode(address: &str) -> Result<[u8; 32], WalletError> {
    use crate::ss58::Ss58Error as E;
    crate::ss58::decode_with_prefix(address, SS58_PREFIX).map_err(|err| {
        let reason = match err {
            E::NotBase58(_) => "not valid base58".to_string(),
            E::BadLength { .. } => "wrong length for a 32-byte account".to_string(),
            E::BadChecksum(_) => "the checksum does not match (a character is wrong)".to_string(),
            E::BadPrefix(_) => "unknown SS58 prefix".to_string(),
            E::WrongPrefix { found, .. } => {
                format!("it has SS58 prefix {found}; Bittensor addresses use prefix {SS58_PREFIX}")
            }
            E::BadPublicKey(_) => "not a valid SS58 address".to_string(),
        };
        WalletError::InvalidAddress {
            address: super::printable(address),
            reason,
        }
    })
}

/// Parse a `0x` + 64 hex digit public key.
pub fn parse_public_key(text: &str) -> Result<[u8; 32], WalletError> {
    let bytes = decode_hex(text.trim()).ok_or_else(|| WalletError::InvalidPublicKey {
        reason: "not hex (expected `0x` and 64 hex digits)".into(),
    })?;
    <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| WalletError::InvalidPublicKey {
        reason: format!("a public key is 32 bytes, not {}", bytes.len()),
    })
}

/// Parse a `0x` + 128 hex digit signature.
pub fn parse_signature(text: &str) -> Result<[u8; 64], WalletError> {
    let bytes = decode_hex(text.trim()).ok_or_else(|| WalletError::InvalidSignature {
        reason: "not hex (expected `0x` and 128 hex digits)".into(),
    })?;
    <[u8; 64]>::try_from(bytes.as_slice()).map_err(|_| WalletError::InvalidSignature {
        reason: format!("a signature is 64 bytes, not {}", bytes.len()),
    })
}

/// The bytes a message stands for, by btwallet's rule: text starting with `0x` is hex and means
/// the bytes it encodes; anything else means its UTF-8 bytes.
pub fn message_bytes(text: &str) -> Result<Vec<u8>, WalletError> {
    match text.strip_prefix("0x") {
        Some(digits) => hex::decode(digits).map_err(|_| WalletError::InvalidMessage {
            reason: "it starts with `0x` but is not an even number of hex digits".into(),
        }),
        None => Ok(text.as_bytes().to_vec()),
    }
}

/// Verify an sr25519 signature as btwallet does: over `message`, or else over
/// `<Bytes>` + `message` + `</Bytes>` (the wrapping polkadot-js `signRaw` applies).
pub fn verify(public: &[u8; 32], message: &[u8], signature: &[u8; 64]) -> bool {
    let public = sr25519::Public::from_raw(*public);
    let signature = sr25519::Signature::from_raw(*signature);
    if sr25519::Pair::verify(&signature, message, &public) {
        return true;
    }
    let wrapped = [b"<Bytes>".as_slice(), message, b"</Bytes>"].concat();
    sr25519::Pair::verify(&signature, wrapped, &public)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABANDON: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    #[test]
    fn alice_uri_and_address() {
        let alice = Keypair::from_uri(&SecretString::copy_from("//Alice")).unwrap();
        assert_eq!(
            alice.ss58_address(),
            "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        );
        assert!(alice.mnemonic().is_none() && alice.seed().is_none());
    }

    #[test]
    fn mnemonic_whitespace_is_normalized() {
        let messy = format!("  {}\n", ABANDON.replace(' ', " \t "));
        let key = Keypair::from_mnemonic(&SecretString::new(messy)).unwrap();
        assert_eq!(key.mnemonic().unwrap().expose(), ABANDON);
        assert_eq!(
            key.ss58_address(),
            "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH"
        );
    }

    #[test]
    fn mnemonic_errors_do_not_echo_words() {
        let bad = ABANDON.replace("about", "zzzsecretword");
        let err = Keypair::from_mnemonic(&SecretString::new(bad)).unwrap_err();
        assert!(err.to_string().contains("word 12"), "{err}");
        assert!(!err.to_string().contains("zzzsecretword"));
        let checksum = ABANDON.replace("about", "abandon");
        let err = Keypair::from_mnemonic(&SecretString::new(checksum)).unwrap_err();
        assert!(err.to_string().contains("checksum"), "{err}");
        let short = Keypair::from_mnemonic(&SecretString::copy_from("abandon about")).unwrap_err();
        assert!(short.to_string().contains("2 words"), "{short}");
    }

    #[test]
    fn generate_every_word_count() {
        for words in WORD_COUNTS {
            let key = Keypair::generate(words).unwrap();
            let phrase = key.mnemonic().unwrap();
            assert_eq!(phrase.expose().split(' ').count(), words);
            let again = Keypair::from_mnemonic(phrase).unwrap();
            assert_eq!(again.public_key(), key.public_key());
        }
        assert!(matches!(
            Keypair::generate(13),
            Err(WalletError::InvalidWordCount(13))
        ));
    }

    #[test]
    fn sign_verify_and_wrapped() {
        let key = Keypair::from_uri(&SecretString::copy_from("//Bob")).unwrap();
        let sig = key.sign(b"hello").unwrap();
        assert!(key.verify(b"hello", &sig));
        assert!(!key.verify(b"hellO", &sig));
        let wrapped = key.sign(b"<Bytes>hello</Bytes>").unwrap();
        assert!(key.verify(b"hello", &wrapped));
        let public = Keypair::from_ss58(&key.ss58_address()).unwrap();
        assert!(public.verify(b"hello", &sig));
        assert!(matches!(public.sign(b"x"), Err(WalletError::PublicOnly)));
    }

    #[test]
    fn message_rules() {
        assert_eq!(
            message_bytes("0xdeadbeef").unwrap(),
            vec![0xde, 0xad, 0xbe, 0xef]
        );
        assert_eq!(message_bytes("0x").unwrap(), Vec::<u8>::new());
        assert_eq!(message_bytes("hello").unwrap(), b"hello".to_vec());
        assert_eq!(message_bytes("0X12").unwrap(), b"0X12".to_vec());
        assert!(message_bytes("0xabc").is_err());
        assert!(message_bytes("0xzz").is_err());
    }

    #[test]
    fn ss58_rejects_other_prefixes_and_typos() {
        // Alice with the Polkadot prefix 0.
        let polkadot = "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5";
        let err = ss58_decode(polkadot).unwrap_err();
        assert!(err.to_string().contains("prefix 0"), "{err}");
        let typo = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ";
        assert!(ss58_decode(typo).is_err());
        assert!(ss58_decode("").is_err());
        assert!(ss58_decode("5Grw/../x").is_err());
    }

    #[test]
    fn seed_and_key_lengths() {
        assert!(Keypair::from_seed(&[1u8; 31]).is_err());
        assert!(Keypair::from_private_key(&[1u8; 32]).is_err());
        let hex32 = SecretString::copy_from(&format!("0x{}", "11".repeat(32)));
        assert!(Keypair::from_seed_hex(&hex32).is_ok());
        assert!(Keypair::from_seed_hex(&SecretString::copy_from("0xnothex")).is_err());
        assert!(parse_signature("0x12").is_err());
        assert!(parse_public_key(&format!("0x{}", "ab".repeat(32))).is_ok());
    }

    #[test]
    fn debug_shows_no_secret() {
        let key = Keypair::from_mnemonic(&SecretString::copy_from(ABANDON)).unwrap();
        let shown = format!("{key:?}");
        assert!(shown.contains("5EPCUjPx"));
        assert!(!shown.contains("abandon"));
        assert!(!shown.contains("4ed8d4b1"));
    }
}
