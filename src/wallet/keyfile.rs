//! Keyfiles as bittensor-wallet reads and writes them.
//!
//! Read: `$NACL` (Argon2i v1.3, t=8, 512 MiB, fixed salt; XSalsa20-Poly1305 secretbox), Ansible
//! Vault 1.1, the legacy Fernet format (implemented correctly, unlike btwallet's reader), plain
//! JSON keyfiles and the public `…pub.txt` files. Write: `$NACL` and the JSON layout of
//! bittensor-wallet 4.0.x, never a `cryptoType` field (4.0.x cannot parse it).
//!
//! The key derivation costs seconds and 512 MiB by design; [`NaclKey`] lets a command derive it
//! once and use it for every file it decrypts or encrypts with the same password.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use aes::cipher::{BlockDecryptMut, KeyIvInit, StreamCipher, block_padding::Pkcs7};
use base64::Engine as _;
use crypto_secretbox::aead::{Aead, KeyInit};
use hmac::Mac;
use serde::Deserialize;
use zeroize::{Zeroize, Zeroizing};

use super::keypair::{self, Keypair};
use super::secret::{SecretBytes, SecretString};
use super::{WalletError, decode_hex, write_atomic};

/// The magic prefix of `$NACL` keyfiles.
pub const NACL_MAGIC: &[u8] = b"$NACL";
/// btwallet's fixed Argon2i salt (`NACL_SALT`), the same for every file and user.
pub const NACL_SALT: [u8; 16] = [
    0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1,
];
/// libsodium `crypto_pwhash_argon2i` `OPSLIMIT_SENSITIVE`.
pub const NACL_T_COST: u32 = 8;
/// libsodium `MEMLIMIT_SENSITIVE` in KiB (512 MiB).
pub const NACL_M_COST_KIB: u32 = 524_288;
const NONCE_LEN: usize = 24;
const MAC_LEN: usize = 16;

/// The salt of the legacy (Fernet) format's PBKDF2.
pub const LEGACY_SALT: &[u8] = b"Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins";
/// The legacy format's PBKDF2-HMAC-SHA256 iteration count.
pub const LEGACY_ITERATIONS: u32 = 10_000_000;
const ANSIBLE_MAGIC: &[u8] = b"$ANSIBLE_VAULT";
const FERNET_MAGIC: &[u8] = b"gAAAAA";

/// How a keyfile is stored, detected by its first bytes as btwallet does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyfileFormat {
    /// `$NACL`: Argon2i + XSalsa20-Poly1305 (what btwallet and tao write).
    Nacl,
    /// `$ANSIBLE_VAULT;1.1;AES256` (old wallets; read only).
    AnsibleVault,
    /// `gAAAAA…`: Fernet with a PBKDF2 key (very old wallets; read only).
    LegacyFernet,
    /// Plain JSON.
    Plain,
}

impl KeyfileFormat {
    /// Detect the format from the file's first bytes.
    pub fn detect(bytes: &[u8]) -> KeyfileFormat {
        if bytes.starts_with(NACL_MAGIC) {
            KeyfileFormat::Nacl
        } else if bytes.starts_with(ANSIBLE_MAGIC) {
            KeyfileFormat::AnsibleVault
        } else if bytes.starts_with(FERNET_MAGIC) {
            KeyfileFormat::LegacyFernet
        } else {
            KeyfileFormat::Plain
        }
    }

    /// Whether the format is encrypted.
    pub fn is_encrypted(self) -> bool {
        self != KeyfileFormat::Plain
    }

    /// A stable name for output: `nacl`, `ansible-vault`, `legacy-fernet`, `plain`.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyfileFormat::Nacl => "nacl",
            KeyfileFormat::AnsibleVault => "ansible-vault",
            KeyfileFormat::LegacyFernet => "legacy-fernet",
            KeyfileFormat::Plain => "plain",
        }
    }

    fn description(self) -> &'static str {
        match self {
            KeyfileFormat::Nacl => "NaCl-encrypted",
            KeyfileFormat::AnsibleVault => "Ansible Vault-encrypted",
            KeyfileFormat::LegacyFernet => "legacy Fernet-encrypted",
            KeyfileFormat::Plain => "unencrypted",
        }
    }
}

impl fmt::Display for KeyfileFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The 32-byte secretbox key derived from a password (Argon2i v1.3, t=8, 512 MiB, fixed salt).
///
/// Because the salt is fixed, the key depends on the password only: derive it once per command
/// and reuse it for every file with that password. It is never written anywhere.
#[derive(Clone, PartialEq, Eq)]
pub struct NaclKey(SecretBytes);

impl fmt::Debug for NaclKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NaclKey([redacted])")
    }
}

/// Only one 512 MiB derivation runs at a time in this process.
static KDF_LOCK: Mutex<()> = Mutex::new(());

impl NaclKey {
    /// Run the format's key derivation (seconds of CPU, 512 MiB of memory).
    pub fn derive(password: &SecretString) -> Result<NaclKey, WalletError> {
        let params = argon2::Params::new(NACL_M_COST_KIB, NACL_T_COST, 1, Some(32))
            .expect("the NaCl parameters are valid Argon2 parameters");
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2i, argon2::Version::V0x13, params);
        let _guard = KDF_LOCK
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // Fail cleanly rather than be killed: the allocation below is a hard requirement.
        if available_memory().is_some_and(|bytes| bytes < u64::from(NACL_M_COST_KIB) * 1024) {
            return Err(WalletError::OutOfMemory);
        }
        let blocks = NACL_M_COST_KIB as usize;
        let mut memory: Vec<argon2::Block> = Vec::new();
        memory
            .try_reserve_exact(blocks)
            .map_err(|_| WalletError::OutOfMemory)?;
        memory.resize(blocks, argon2::Block::default());
        let mut key = Zeroizing::new([0u8; 32]);
        let result = argon.hash_password_into_with_memory(
            password.expose().as_bytes(),
            &NACL_SALT,
            &mut key[..],
            &mut memory,
        );
        for block in memory.iter_mut() {
            block.zeroize();
        }
        drop(memory);
        result.expect("Argon2 accepts any password with the NaCl parameters");
        Ok(NaclKey(SecretBytes::copy_from(&key[..])))
    }

    /// A key from its raw 32 bytes (known-answer tests, and callers that cache keys).
    pub fn from_bytes(bytes: [u8; 32]) -> NaclKey {
        let bytes = Zeroizing::new(bytes);
        NaclKey(SecretBytes::copy_from(&bytes[..]))
    }

    /// The raw key.
    pub fn expose(&self) -> &[u8] {
        self.0.expose()
    }

    fn cipher(&self) -> crypto_secretbox::XSalsa20Poly1305 {
        crypto_secretbox::XSalsa20Poly1305::new_from_slice(self.expose())
            .expect("the key is 32 bytes")
    }
}

/// The memory available to new allocations (Linux `MemAvailable`), when known.
fn available_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib.saturating_mul(1024))
}

/// Encrypt keyfile data as `$NACL` ‖ nonce ‖ MAC ‖ ciphertext with a random nonce.
pub fn nacl_encrypt(plaintext: &[u8], key: &NaclKey) -> Result<Vec<u8>, WalletError> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::getrandom(&mut nonce).map_err(|_| WalletError::Random)?;
    Ok(nacl_encrypt_with_nonce(plaintext, key, &nonce))
}

/// Encrypt with a given nonce. Only for known-answer tests: a nonce must never be reused.
#[doc(hidden)]
pub fn nacl_encrypt_with_nonce(
    plaintext: &[u8],
    key: &NaclKey,
    nonce: &[u8; NONCE_LEN],
) -> Vec<u8> {
    let sealed = key
        .cipher()
        .encrypt(nonce.into(), plaintext)
        .expect("secretbox encryption of an in-memory buffer cannot fail");
    let mut out = Vec::with_capacity(NACL_MAGIC.len() + NONCE_LEN + sealed.len());
    out.extend_from_slice(NACL_MAGIC);
    out.extend_from_slice(nonce);
    out.extend_from_slice(&sealed);
    out
}

/// Decrypt `$NACL` data; `Ok(None)` when the key is wrong (the MAC does not verify).
pub fn nacl_decrypt(
    path: &Path,
    data: &[u8],
    key: &NaclKey,
) -> Result<Option<SecretBytes>, WalletError> {
    let body = data
        .strip_prefix(NACL_MAGIC)
        .ok_or_else(|| corrupt(path, "it does not start with `$NACL`"))?;
    if body.len() < NONCE_LEN + MAC_LEN {
        return Err(corrupt(
            path,
            format!(
                "it is truncated: {} bytes, but a `$NACL` file has at least {}",
                data.len(),
                NACL_MAGIC.len() + NONCE_LEN + MAC_LEN
            ),
        ));
    }
    let (nonce, sealed) = body.split_at(NONCE_LEN);
    Ok(key
        .cipher()
        .decrypt(nonce.into(), sealed)
        .ok()
        .map(SecretBytes::new))
}

/// Decrypt Ansible Vault 1.1 data (PBKDF2-HMAC-SHA256 10 000 rounds, HMAC-SHA256, AES-256-CTR).
pub fn ansible_vault_decrypt(
    path: &Path,
    data: &[u8],
    password: &SecretString,
) -> Result<SecretBytes, WalletError> {
    let text = std::str::from_utf8(data)
        .map_err(|_| corrupt(path, "the Ansible Vault file is not text"))?;
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let fields: Vec<&str> = header.trim().split(';').collect();
    if fields.len() < 3 || fields[0] != "$ANSIBLE_VAULT" || fields[2] != "AES256" {
        return Err(corrupt(
            path,
            "the Ansible Vault header is not `$ANSIBLE_VAULT;1.x;AES256`",
        ));
    }
    let hex_body: String = lines
        .flat_map(|line| line.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let body =
        hex::decode(&hex_body).map_err(|_| corrupt(path, "the Ansible Vault body is not hex"))?;
    let body = std::str::from_utf8(&body)
        .map_err(|_| corrupt(path, "the Ansible Vault body is not text"))?;
    let mut parts = body.split('\n');
    let (Some(salt), Some(mac), Some(ciphertext)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(corrupt(
            path,
            "the Ansible Vault body lacks its salt, HMAC or ciphertext",
        ));
    };
    let bad_hex = || {
        corrupt(
            path,
            "the Ansible Vault salt, HMAC or ciphertext is not hex",
        )
    };
    let salt = hex::decode(salt.trim()).map_err(|_| bad_hex())?;
    let mac = hex::decode(mac.trim()).map_err(|_| bad_hex())?;
    let mut plain = Zeroizing::new(hex::decode(ciphertext.trim()).map_err(|_| bad_hex())?);

    let mut keys = Zeroizing::new([0u8; 80]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password.expose().as_bytes(), &salt, 10_000, &mut keys[..]);
    let mut hmac =
        <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(&keys[32..64]).expect("any key length");
    hmac.update(&plain);
    if hmac.verify_slice(&mac).is_err() {
        return Err(WalletError::WrongPassword {
            path: path.to_owned(),
        });
    }
    let mut cipher = ctr::Ctr128BE::<aes::Aes256>::new(keys[..32].into(), keys[64..80].into());
    cipher.apply_keystream(&mut plain);
    let pad = usize::from(
        *plain
            .last()
            .ok_or_else(|| corrupt(path, "the Ansible Vault payload is empty"))?,
    );
    if pad == 0
        || pad > 16
        || pad > plain.len()
        || plain[plain.len() - pad..]
            .iter()
            .any(|&b| usize::from(b) != pad)
    {
        return Err(corrupt(
            path,
            "the Ansible Vault payload has invalid padding",
        ));
    }
    let len = plain.len() - pad;
    Ok(SecretBytes::copy_from(&plain[..len]))
}

/// The legacy format's key: PBKDF2-HMAC-SHA256(password, the legacy salt, 10 000 000 rounds).
/// (btwallet derives this key and then throws it away, so it cannot read these files.)
pub fn legacy_fernet_key(password: &SecretString) -> SecretBytes {
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        password.expose().as_bytes(),
        LEGACY_SALT,
        LEGACY_ITERATIONS,
        &mut key[..],
    );
    SecretBytes::copy_from(&key[..])
}

/// Decrypt a legacy Fernet token with its 32-byte key (signing key ‖ encryption key): token =
/// 0x80 ‖ time ‖ IV ‖ AES-128-CBC ciphertext ‖ HMAC-SHA256, URL-safe base64.
pub fn legacy_fernet_decrypt_with_key(
    path: &Path,
    data: &[u8],
    key: &SecretBytes,
) -> Result<SecretBytes, WalletError> {
    let text: Vec<u8> = data
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let token = base64::engine::general_purpose::URL_SAFE
        .decode(&text)
        .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&text))
        .map_err(|_| corrupt(path, "the legacy Fernet token is not URL-safe base64"))?;
    const HEADER: usize = 1 + 8 + 16;
    if token.len() < HEADER + 16 + 32
        || token[0] != 0x80
        || !(token.len() - HEADER - 32).is_multiple_of(16)
    {
        return Err(corrupt(
            path,
            "the legacy Fernet token is truncated or malformed",
        ));
    }
    let key = key.expose();
    if key.len() != 32 {
        return Err(corrupt(path, "a Fernet key is 32 bytes"));
    }
    let (signed, mac) = token.split_at(token.len() - 32);
    let mut hmac =
        <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(&key[..16]).expect("any key length");
    hmac.update(signed);
    if hmac.verify_slice(mac).is_err() {
        return Err(WalletError::WrongPassword {
            path: path.to_owned(),
        });
    }
    let iv = &signed[9..HEADER];
    let mut buffer = Zeroizing::new(signed[HEADER..].to_vec());
    let plain = cbc::Decryptor::<aes::Aes128>::new(key[16..].into(), iv.into())
        .decrypt_padded_mut::<Pkcs7>(&mut buffer)
        .map_err(|_| corrupt(path, "the legacy Fernet payload has invalid padding"))?;
    Ok(SecretBytes::copy_from(plain))
}

/// Decrypt the legacy Fernet format correctly with a password (10 million PBKDF2 rounds).
pub fn legacy_fernet_decrypt(
    path: &Path,
    data: &[u8],
    password: &SecretString,
) -> Result<SecretBytes, WalletError> {
    // Validate the token before paying for the key derivation.
    let text: Vec<u8> = data
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if base64::engine::general_purpose::URL_SAFE
        .decode(&text)
        .is_err()
        && base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&text)
            .is_err()
    {
        return Err(corrupt(
            path,
            "the legacy Fernet token is not URL-safe base64",
        ));
    }
    legacy_fernet_decrypt_with_key(path, data, &legacy_fernet_key(password))
}

/// btwallet's `BT_PW_…` variable name for a keyfile path (after `~` expansion): `BT_PW_` +
/// the path upper-cased with `/` and `.` replaced by `_`.
pub fn bt_pw_env_name(path: &Path) -> String {
    let text = path
        .to_string_lossy()
        .replace([std::path::MAIN_SEPARATOR, '.'], "_");
    format!("BT_PW_{}", text.to_uppercase())
}

/// Decode a `BT_PW_…` value: base64 of the password XOR-ed with the variable's name.
///
/// As btwallet: invalid base64 is an error; a result that is not UTF-8 is the empty password.
pub fn bt_pw_decode(env_name: &str, value: &str) -> Result<SecretString, WalletError> {
    let data = Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(value.trim())
            .map_err(|_| WalletError::PasswordSource {
                source_name: format!("`{env_name}`"),
                reason: "the value is not valid base64".into(),
            })?,
    );
    let name = env_name.as_bytes();
    let plain: Vec<u8> = data
        .iter()
        .enumerate()
        .map(|(i, b)| b ^ name[i % name.len()])
        .collect();
    Ok(SecretString::from_utf8(plain).unwrap_or_default())
}

/// Encode a password as a `BT_PW_…` value (for tests and for users migrating from btcli).
pub fn bt_pw_encode(env_name: &str, password: &SecretString) -> String {
    let name = env_name.as_bytes();
    let mixed = Zeroizing::new(
        password
            .expose()
            .bytes()
            .enumerate()
            .map(|(i, b)| b ^ name[i % name.len()])
            .collect::<Vec<u8>>(),
    );
    base64::engine::general_purpose::STANDARD.encode(&mixed[..])
}

/// The fields of a keyfile's JSON. Unknown fields are ignored; every known one is a string or
/// `null` (`cryptoType` may also be an integer, as bittensor-wallet 4.1 writes it).
#[derive(Deserialize, Default)]
struct KeyfileJson {
    #[serde(rename = "secretPhrase", default)]
    secret_phrase: Option<SecretString>,
    #[serde(rename = "secretSeed", default)]
    secret_seed: Option<SecretString>,
    #[serde(rename = "privateKey", default)]
    private_key: Option<SecretString>,
    #[serde(rename = "publicKey", default)]
    public_key: Option<String>,
    #[serde(rename = "accountId", default)]
    account_id: Option<String>,
    #[serde(rename = "ss58Address", default)]
    ss58_address: Option<String>,
    #[serde(rename = "cryptoType", default)]
    crypto_type: Option<CryptoType>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum CryptoType {
    Int(i64),
    Text(String),
}

fn corrupt(path: &Path, reason: impl Into<String>) -> WalletError {
    WalletError::CorruptKeyfile {
        path: path.to_owned(),
        reason: reason.into(),
    }
}

/// Describe a JSON error by category and position only: serde messages can quote values.
fn json_error_reason(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match err.classify() {
        Category::Eof => "the JSON is truncated",
        Category::Syntax => "it is not valid JSON",
        Category::Data => "a field has the wrong type (expected a string or null)",
        Category::Io => "it could not be read",
    };
    format!("{what} (line {}, column {})", err.line(), err.column())
}

fn parse_json(path: &Path, plaintext: &[u8]) -> Result<KeyfileJson, WalletError> {
    if plaintext.iter().all(u8::is_ascii_whitespace) {
        return Err(corrupt(path, "it is empty"));
    }
    let text = std::str::from_utf8(plaintext)
        .map_err(|_| corrupt(path, "it is neither an encrypted keyfile nor UTF-8 JSON"))?;
    let trimmed = text.trim_start();
    if !trimmed.starts_with('{') {
        return Err(corrupt(
            path,
            "it is neither an encrypted keyfile nor a JSON object",
        ));
    }
    let json: KeyfileJson =
        serde_json::from_str(text).map_err(|err| corrupt(path, json_error_reason(&err)))?;
    match &json.crypto_type {
        None => {}
        Some(CryptoType::Int(1)) => {}
        Some(CryptoType::Text(t)) if t.trim() == "1" => {}
        Some(CryptoType::Int(0)) => return Err(ed25519(path, "0")),
        Some(CryptoType::Text(t)) if t.trim() == "0" => return Err(ed25519(path, "0")),
        Some(CryptoType::Int(n)) => return Err(corrupt(path, format!("unknown `cryptoType` {n}"))),
        Some(CryptoType::Text(_)) => return Err(corrupt(path, "unknown `cryptoType` value")),
    }
    Ok(json)
}

fn ed25519(path: &Path, value: &str) -> WalletError {
    WalletError::UnsupportedCryptoType {
        path: path.to_owned(),
        key_type: "ed25519",
        value: value.into(),
    }
}

/// A decrypted keyfile: its key and any inconsistencies found in its fields.
#[derive(Debug)]
pub struct Unlocked {
    /// The key (with its secret).
    pub keypair: Keypair,
    /// Fields that disagree with the key that was derived (`publicKey`, `ss58Address`, …).
    /// btwallet ignores them the same way; callers may warn.
    pub warnings: Vec<String>,
}

/// Derive the key from JSON fields in btwallet's priority order, then cross-check the public ones.
fn keypair_from_json(path: &Path, json: &KeyfileJson) -> Result<Unlocked, WalletError> {
    let keypair = if let Some(phrase) = &json.secret_phrase {
        Keypair::from_mnemonic(phrase)
            .map_err(|err| corrupt(path, format!("`secretPhrase`: {err}")))?
    } else if let Some(seed) = &json.secret_seed {
        Keypair::from_seed_hex(seed).map_err(|err| corrupt(path, format!("`secretSeed`: {err}")))?
    } else if let Some(secret) = &json.private_key {
        let bytes = decode_hex(secret.expose().trim())
            .map(SecretBytes::new)
            .ok_or_else(|| corrupt(path, "`privateKey` is not hex"))?;
        Keypair::from_private_key(bytes.expose())
            .map_err(|err| corrupt(path, format!("`privateKey`: {err}")))?
    } else if let Some(address) = &json.ss58_address {
        Keypair::from_ss58(address).map_err(|err| corrupt(path, format!("`ss58Address`: {err}")))?
    } else {
        return Err(corrupt(
            path,
            "it has none of `secretPhrase`, `secretSeed`, `privateKey` or `ss58Address`",
        ));
    };
    let mut warnings = Vec::new();
    let public_hex = keypair.public_key_hex();
    for (name, value) in [
        ("publicKey", &json.public_key),
        ("accountId", &json.account_id),
    ] {
        if let Some(value) = value
            && !value.eq_ignore_ascii_case(&public_hex)
        {
            warnings.push(format!(
                "`{name}` in `{}` does not match the key it holds",
                path.display()
            ));
        }
    }
    if let Some(address) = &json.ss58_address
        && *address != keypair.ss58_address()
    {
        warnings.push(format!(
            "`ss58Address` in `{}` does not match the key it holds",
            path.display()
        ));
    }
    Ok(Unlocked { keypair, warnings })
}

/// Parse plaintext keyfile JSON into its key (btwallet's `deserialize_keypair_from_keyfile_data`).
pub fn parse_keyfile_json(path: &Path, plaintext: &[u8]) -> Result<Unlocked, WalletError> {
    let json = parse_json(path, plaintext)?;
    keypair_from_json(path, &json)
}

/// The public facts of a keyfile, read without deriving or decrypting anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicInfo {
    /// The SS58 address.
    pub ss58_address: String,
    /// The public key, `0x` + hex.
    pub public_key: String,
}

/// A keyfile on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyfile {
    path: PathBuf,
}

/// A keyfile's bytes as read, with its detected format.
pub struct RawKeyfile {
    path: PathBuf,
    bytes: SecretBytes,
    format: KeyfileFormat,
}

impl fmt::Debug for RawKeyfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawKeyfile")
            .field("path", &self.path)
            .field("format", &self.format)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// How to protect a keyfile being written.
#[derive(Debug, Clone, Copy)]
pub enum Protection<'a> {
    /// Plain JSON (btcli's default for hotkeys).
    Plain,
    /// `$NACL` with a key derived from the password.
    Nacl(&'a NaclKey),
}

impl Keyfile {
    /// The keyfile at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Keyfile {
        Keyfile { path: path.into() }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether something exists at the path (a dangling symlink counts).
    pub fn exists(&self) -> bool {
        self.path.symlink_metadata().is_ok()
    }

    /// btwallet's `BT_PW_…` environment variable name for this keyfile.
    pub fn env_var_name(&self) -> String {
        bt_pw_env_name(&self.path)
    }

    /// Read the file and detect its format. A missing file is [`WalletError::NotFound`].
    pub fn read(&self, what: &str) -> Result<RawKeyfile, WalletError> {
        let bytes = std::fs::read(&self.path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                WalletError::NotFound {
                    what: what.to_owned(),
                    path: self.path.clone(),
                }
            } else {
                WalletError::Io {
                    action: "read",
                    path: self.path.clone(),
                    source,
                }
            }
        })?;
        let format = KeyfileFormat::detect(&bytes);
        Ok(RawKeyfile {
            path: self.path.clone(),
            bytes: SecretBytes::new(bytes),
            format,
        })
    }

    /// Write `keypair` as btwallet 4.0.x would, atomically, 0600; refuses to replace an existing
    /// file unless `overwrite`.
    pub fn write_keypair(
        &self,
        keypair: &Keypair,
        protection: Protection<'_>,
        overwrite: bool,
    ) -> Result<(), WalletError> {
        if !keypair.has_secret() {
            return Err(WalletError::PublicOnly);
        }
        if !overwrite && self.exists() {
            return Err(WalletError::KeyExists {
                path: self.path.clone(),
            });
        }
        let json = keypair.to_keyfile_json();
        match protection {
            Protection::Plain => write_atomic(&self.path, json.expose(), overwrite),
            Protection::Nacl(key) => {
                write_atomic(&self.path, &nacl_encrypt(json.expose(), key)?, overwrite)
            }
        }
    }

    /// Write the public file (`coldkeypub.txt`, `<hotkey>pub.txt`) of `keypair`.
    pub fn write_public(&self, keypair: &Keypair, overwrite: bool) -> Result<(), WalletError> {
        write_atomic(&self.path, &keypair.to_public_json(), overwrite)
    }
}

impl RawKeyfile {
    /// The path it was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The detected format.
    pub fn format(&self) -> KeyfileFormat {
        self.format
    }

    /// Whether it is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.format.is_encrypted()
    }

    /// The address and public key, without decrypting: from the JSON of a public or plain file.
    /// An encrypted file has none readable ([`WalletError::UnsupportedFormat`]).
    pub fn public_info(&self) -> Result<PublicInfo, WalletError> {
        if self.format.is_encrypted() {
            return Err(WalletError::UnsupportedFormat {
                path: self.path.clone(),
                format: self.format.description(),
                reason: "its address cannot be read without the password",
            });
        }
        let json = parse_json(&self.path, self.bytes.expose())?;
        let public = if let Some(address) = &json.ss58_address {
            keypair::ss58_decode(address)
                .map_err(|err| corrupt(&self.path, format!("`ss58Address`: {err}")))?
        } else if let Some(public) = json.public_key.as_ref().or(json.account_id.as_ref()) {
            keypair::parse_public_key(public)
                .map_err(|err| corrupt(&self.path, format!("`publicKey`: {err}")))?
        } else {
            // No public field: the (cheap, no KDF) derivation from the plaintext secret.
            keypair_from_json(&self.path, &json)?.keypair.public_key()
        };
        if let Some(public_hex) = &json.public_key
            && !public_hex.eq_ignore_ascii_case(&super::encode_hex(&public))
        {
            return Err(corrupt(
                &self.path,
                "`publicKey` and `ss58Address` disagree",
            ));
        }
        let key = Keypair::from_public_key(public);
        Ok(PublicInfo {
            ss58_address: key.ss58_address(),
            public_key: key.public_key_hex(),
        })
    }

    /// The key of a plain (unencrypted) keyfile.
    pub fn plaintext_keypair(&self) -> Result<Unlocked, WalletError> {
        if self.format.is_encrypted() {
            return Err(WalletError::UnsupportedFormat {
                path: self.path.clone(),
                format: self.format.description(),
                reason: "it needs a password",
            });
        }
        parse_keyfile_json(&self.path, self.bytes.expose())
    }

    /// Decrypt with a password (the format's key derivation runs once) and parse. For `$NACL`
    /// the derived key is returned too, so the caller can reuse it for the same password.
    pub fn decrypt(
        &self,
        password: &SecretString,
    ) -> Result<(Unlocked, Option<NaclKey>), WalletError> {
        match self.format {
            KeyfileFormat::Plain => Ok((self.plaintext_keypair()?, None)),
            KeyfileFormat::Nacl => {
                self.check_nacl_length()?;
                let key = NaclKey::derive(password)?;
                let unlocked = self.decrypt_with_key(&key)?;
                Ok((unlocked, Some(key)))
            }
            KeyfileFormat::AnsibleVault => {
                let plain = ansible_vault_decrypt(&self.path, self.bytes.expose(), password)?;
                Ok((parse_keyfile_json(&self.path, plain.expose())?, None))
            }
            KeyfileFormat::LegacyFernet => {
                let plain = legacy_fernet_decrypt(&self.path, self.bytes.expose(), password)?;
                Ok((parse_keyfile_json(&self.path, plain.expose())?, None))
            }
        }
    }

    /// Decrypt a `$NACL` file with an already derived key.
    pub fn decrypt_with_key(&self, key: &NaclKey) -> Result<Unlocked, WalletError> {
        if self.format != KeyfileFormat::Nacl {
            return Err(WalletError::UnsupportedFormat {
                path: self.path.clone(),
                format: self.format.description(),
                reason: "a derived NaCl key only opens `$NACL` files",
            });
        }
        let plain = nacl_decrypt(&self.path, self.bytes.expose(), key)?.ok_or_else(|| {
            WalletError::WrongPassword {
                path: self.path.clone(),
            }
        })?;
        parse_keyfile_json(&self.path, plain.expose())
    }

    /// Fail early (before the slow KDF) on a `$NACL` file too short to hold anything.
    fn check_nacl_length(&self) -> Result<(), WalletError> {
        if self.bytes.len() < NACL_MAGIC.len() + NONCE_LEN + MAC_LEN {
            return Err(corrupt(
                &self.path,
                format!(
                    "it is truncated: {} bytes, but a `$NACL` file has at least {}",
                    self.bytes.len(),
                    NACL_MAGIC.len() + NONCE_LEN + MAC_LEN
                ),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> PathBuf {
        PathBuf::from("/w/coldkey")
    }

    #[test]
    fn detects_formats() {
        assert_eq!(KeyfileFormat::detect(b"$NACLxyz"), KeyfileFormat::Nacl);
        assert_eq!(
            KeyfileFormat::detect(b"$ANSIBLE_VAULT;1.1;AES256\n"),
            KeyfileFormat::AnsibleVault
        );
        assert_eq!(
            KeyfileFormat::detect(b"gAAAAABk"),
            KeyfileFormat::LegacyFernet
        );
        assert_eq!(KeyfileFormat::detect(b"{}"), KeyfileFormat::Plain);
        assert_eq!(KeyfileFormat::detect(b""), KeyfileFormat::Plain);
    }

    #[test]
    fn nacl_round_trip_with_a_fixed_key() {
        let key = NaclKey::from_bytes([7; 32]);
        let sealed = nacl_encrypt(b"{\"a\":1}", &key).unwrap();
        assert_eq!(sealed.len(), 5 + 24 + 16 + 7);
        let opened = nacl_decrypt(&p(), &sealed, &key).unwrap().unwrap();
        assert_eq!(opened.expose(), b"{\"a\":1}");
        assert!(
            nacl_decrypt(&p(), &sealed, &NaclKey::from_bytes([8; 32]))
                .unwrap()
                .is_none()
        );
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(nacl_decrypt(&p(), &flipped, &key).unwrap().is_none());
        let err = nacl_decrypt(&p(), &sealed[..40], &key).unwrap_err();
        assert!(err.to_string().contains("truncated"), "{err}");
    }

    #[test]
    fn json_errors_never_quote_values() {
        let err = parse_keyfile_json(&p(), br#"{"secretPhrase": 12345678}"#).unwrap_err();
        assert!(!err.to_string().contains("12345678"), "{err}");
        let err = parse_keyfile_json(&p(), br#"{"secretPhrase": "abandon secretword"#).unwrap_err();
        assert!(err.to_string().contains("truncated"), "{err}");
        assert!(!err.to_string().contains("secretword"));
        let err =
            parse_keyfile_json(&p(), br#"{"secretPhrase": "one two secretword"}"#).unwrap_err();
        assert!(!err.to_string().contains("secretword"), "{err}");
        assert!(err.to_string().contains("/w/coldkey"));
    }

    #[test]
    fn crypto_type_rules() {
        let base = r#""privateKey":"0x33a6f3093f158a7109f679410bef1a0c54168145e0cecb4df006c1c2fffb1f09925a225d97aa00682d6a59b95b18780c10d7032336e88f3442b42361f4a66011""#;
        for ok in ["", r#","cryptoType":1"#, r#","cryptoType":"1""#] {
            let text = format!("{{{base}{ok}}}");
            let key = parse_keyfile_json(&p(), text.as_bytes()).unwrap().keypair;
            assert_eq!(
                key.ss58_address(),
                "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
            );
        }
        for ed in [r#","cryptoType":0"#, r#","cryptoType":"0""#] {
            let text = format!("{{{base}{ed}}}");
            let err = parse_keyfile_json(&p(), text.as_bytes()).unwrap_err();
            assert!(
                matches!(err, WalletError::UnsupportedCryptoType { .. }),
                "{err}"
            );
        }
        let text = format!("{{{base},\"cryptoType\":7}}");
        assert!(matches!(
            parse_keyfile_json(&p(), text.as_bytes()),
            Err(WalletError::CorruptKeyfile { .. })
        ));
    }

    #[test]
    fn env_var_name_and_value() {
        let name = bt_pw_env_name(Path::new("/home/user/.bittensor/wallets/default/coldkey"));
        assert_eq!(name, "BT_PW__HOME_USER__BITTENSOR_WALLETS_DEFAULT_COLDKEY");
        let pw = SecretString::copy_from("correct horse battery staple");
        assert_eq!(
            bt_pw_encode(&name, &pw),
            "ITstIjI8K2gnIjcsMHMnMysrJzstdDY6Mj8+Og=="
        );
        assert_eq!(
            bt_pw_decode(&name, "ITstIjI8K2gnIjcsMHMnMysrJzstdDY6Mj8+Og==").unwrap(),
            pw
        );
        assert!(bt_pw_decode(&name, "!!not base64!!").is_err());
        // Not UTF-8 after the XOR: the empty password, as btwallet.
        let garbage = base64::engine::general_purpose::STANDARD.encode([0xff ^ b'B']);
        assert_eq!(bt_pw_decode(&name, &garbage).unwrap().expose(), "");
    }
}
