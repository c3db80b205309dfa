//! Wallets and keyfiles, byte-compatible with bittensor-wallet (btcli).
//!
//! - [`layout`]: the `~/.bittensor/wallets/<name>/…` directory layout, name validation, listing,
//!   and atomic, permission-safe writes.
//! - [`keyfile`]: the keyfile formats (`$NACL`, Ansible Vault, legacy Fernet, plain JSON, public
//!   files), read and written exactly as bittensor-wallet 4.0.x does.
//! - [`keypair`]: sr25519 keys from mnemonics, seeds, private keys and URIs; SS58; signing.
//! - [`password`]: where a password comes from (file, environment, btwallet's `BT_PW_…`, prompt).
//! - [`secret`]: zeroizing containers for secrets, without a leaking `Debug`.
//!
//! This module depends on no chain, CLI or UI code; the CLI injects its prompt.

pub mod keyfile;
pub mod keypair;
pub mod layout;
pub mod password;
pub mod polkadot_js;
pub mod secret;

use std::path::PathBuf;

use crate::error::{Diagnostic, ExitStatus};

pub use keyfile::{Keyfile, KeyfileFormat, NaclKey};
pub use keypair::Keypair;
pub use layout::Wallet;
pub use secret::{SecretBytes, SecretString};

/// Everything that can go wrong in the wallet module.
///
/// Messages name files and fields but never contain a password, mnemonic, seed or private key.
#[derive(Debug, thiserror::Error)]
pub enum WalletError {
    /// A wallet or hotkey name that would escape the wallet directory or is otherwise unusable.
    #[error("invalid {kind} name `{name}`: {reason}")]
    InvalidName {
        /// `wallet` or `hotkey`.
        kind: &'static str,
        /// The name as given (control characters escaped).
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A file or directory could not be read or written.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What was being done (`read`, `write`, `create directory`…).
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A key file that should exist does not.
    #[error("{what} not found at `{}`", path.display())]
    NotFound {
        /// `coldkey`, `hotkey`, `coldkeypub.txt`…
        what: String,
        /// Where it was expected.
        path: PathBuf,
    },
    /// A keyfile that cannot be parsed: truncated, malformed JSON, bad hex, inconsistent fields.
    #[error("corrupt keyfile `{}`: {reason}", path.display())]
    CorruptKeyfile {
        /// The keyfile.
        path: PathBuf,
        /// What is wrong (never contains secret material).
        reason: String,
    },
    /// The password did not decrypt the keyfile.
    #[error("wrong password for `{}`", path.display())]
    WrongPassword {
        /// The keyfile.
        path: PathBuf,
    },
    /// A key file already exists and `--force` was not given.
    #[error("`{}` already exists", path.display())]
    KeyExists {
        /// The existing file.
        path: PathBuf,
    },
    /// A password is needed but there is no way to get one.
    #[error("a password is needed for `{}` but no password source was given and there is no terminal to prompt on", path.display())]
    NoPasswordSource {
        /// The keyfile the password is for.
        path: PathBuf,
    },
    /// A password source was given but could not be used.
    #[error("cannot read the password from {source_name}: {reason}")]
    PasswordSource {
        /// `--password-file`, `TAO_PASSWORD_FILE`, `BT_PW_…`.
        source_name: String,
        /// What went wrong (never the password).
        reason: String,
    },
    /// A new password was rejected (too short, confirmation mismatch).
    #[error("unacceptable password: {reason}")]
    WeakPassword {
        /// Why.
        reason: &'static str,
    },
    /// The keyfile holds a key type tao does not support (ed25519 written by bittensor-wallet 4.1).
    #[error(
        "`{}` holds an {key_type} key (`cryptoType: {value}`); tao supports sr25519 keys only",
        path.display()
    )]
    UnsupportedCryptoType {
        /// The keyfile.
        path: PathBuf,
        /// The key type's name.
        key_type: &'static str,
        /// The raw `cryptoType` value.
        value: String,
    },
    /// The file's encryption format cannot be used for this operation.
    #[error("`{}` is {format}: {reason}", path.display())]
    UnsupportedFormat {
        /// The keyfile.
        path: PathBuf,
        /// The format's name.
        format: &'static str,
        /// Why it cannot be used.
        reason: &'static str,
    },
    /// A mnemonic that is not a valid English BIP-39 phrase.
    #[error("invalid mnemonic: {reason}")]
    InvalidMnemonic {
        /// What is wrong (word count, unknown word position, checksum).
        reason: String,
    },
    /// An unsupported mnemonic length was requested.
    #[error("a mnemonic has 12, 15, 18, 21 or 24 words, not {0}")]
    InvalidWordCount(usize),
    /// A seed that is not `0x` + 64 hex digits.
    #[error("invalid seed: {reason}")]
    InvalidSeed {
        /// What is wrong.
        reason: String,
    },
    /// A secret URI (`//Alice`, `phrase//hard/soft`) that cannot be parsed or derived.
    #[error("invalid secret URI: {reason}")]
    InvalidUri {
        /// What is wrong.
        reason: &'static str,
    },
    /// An SS58 address that cannot be decoded, or not for the Bittensor prefix.
    #[error("invalid SS58 address `{address}`: {reason}")]
    InvalidAddress {
        /// The address as given.
        address: String,
        /// What is wrong.
        reason: String,
    },
    /// A public key that is not `0x` + 64 hex digits.
    #[error("invalid public key: {reason}")]
    InvalidPublicKey {
        /// What is wrong.
        reason: String,
    },
    /// A signature that is not `0x` + 128 hex digits.
    #[error("invalid signature: {reason}")]
    InvalidSignature {
        /// What is wrong.
        reason: String,
    },
    /// A `0x`-prefixed message that is not valid hex.
    #[error("invalid message: {reason}")]
    InvalidMessage {
        /// What is wrong.
        reason: String,
    },
    /// The key has no secret part (only a public file or address).
    #[error("this key has no private part; it can only verify")]
    PublicOnly,
    /// A polkadot-js JSON export that cannot be imported.
    #[error("cannot import the polkadot-js JSON `{}`: {reason}", path.display())]
    InvalidJsonImport {
        /// The JSON file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The polkadot-js export's password is wrong.
    #[error("wrong password for the polkadot-js JSON `{}`", path.display())]
    WrongJsonPassword {
        /// The JSON file.
        path: PathBuf,
    },
    /// Not enough memory for the keyfile format's 512 MiB key derivation.
    #[error("cannot allocate the 512 MiB the keyfile key derivation needs")]
    OutOfMemory,
    /// The operating system's random number generator failed.
    #[error("the system random number generator failed")]
    Random,
}

impl Diagnostic for WalletError {
    fn code(&self) -> &'static str {
        match self {
            WalletError::InvalidName { .. } => "wallet.invalid_name",
            WalletError::Io { .. } => "wallet.io",
            WalletError::NotFound { .. } => "wallet.not_found",
            WalletError::CorruptKeyfile { .. } => "wallet.corrupt_keyfile",
            WalletError::WrongPassword { .. } => "wallet.wrong_password",
            WalletError::KeyExists { .. } => "wallet.key_exists",
            WalletError::NoPasswordSource { .. } => "wallet.no_password_source",
            WalletError::PasswordSource { .. } => "wallet.password_source",
            WalletError::WeakPassword { .. } => "wallet.weak_password",
            WalletError::UnsupportedCryptoType { .. } => "wallet.unsupported_crypto_type",
            WalletError::UnsupportedFormat { .. } => "wallet.unsupported_format",
            WalletError::InvalidMnemonic { .. } => "wallet.invalid_mnemonic",
            WalletError::InvalidWordCount(_) => "wallet.invalid_word_count",
            WalletError::InvalidSeed { .. } => "wallet.invalid_seed",
            WalletError::InvalidUri { .. } => "wallet.invalid_uri",
            WalletError::InvalidAddress { .. } => "wallet.invalid_address",
            WalletError::InvalidPublicKey { .. } => "wallet.invalid_public_key",
            WalletError::InvalidSignature { .. } => "wallet.invalid_signature",
            WalletError::InvalidMessage { .. } => "wallet.invalid_message",
            WalletError::PublicOnly => "wallet.public_only",
            WalletError::InvalidJsonImport { .. } => "wallet.invalid_json_import",
            WalletError::WrongJsonPassword { .. } => "wallet.wrong_password",
            WalletError::OutOfMemory => "wallet.out_of_memory",
            WalletError::Random => "wallet.random",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        match self {
            WalletError::WrongPassword { .. } | WalletError::WrongJsonPassword { .. } => {
                ExitStatus::WrongPassword
            }
            WalletError::NoPasswordSource { .. }
            | WalletError::PasswordSource { .. }
            | WalletError::OutOfMemory
            | WalletError::Random => ExitStatus::Usage,
            _ => ExitStatus::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            WalletError::InvalidName { .. } => Some(
                "names may not contain `/`, `\\` or control characters, start with `.`, or end in `pub.txt` (hotkeys)"
                    .into(),
            ),
            WalletError::NotFound { .. } => {
                Some("run `tao wallet list` to see the wallets and hotkeys that exist".into())
            }
            WalletError::CorruptKeyfile { .. } => Some(
                "restore the file from a backup, or regenerate the key with `tao wallet regen-coldkey` / `regen-hotkey`"
                    .into(),
            ),
            WalletError::WrongPassword { .. } | WalletError::WrongJsonPassword { .. } => {
                Some("check the password; nothing on disk was changed".into())
            }
            WalletError::KeyExists { .. } => {
                Some("pass `--force` to overwrite it (the old key is lost unless backed up)".into())
            }
            WalletError::NoPasswordSource { .. } => Some(
                "pass `--password-file FILE` (or `-` for standard input), or set `TAO_PASSWORD_FILE`"
                    .into(),
            ),
            WalletError::UnsupportedCryptoType { .. } => Some(
                "ed25519 keys from bittensor-wallet 4.1 give different addresses; keep using btcli for this key"
                    .into(),
            ),
            WalletError::UnsupportedFormat { .. } => Some(
                "decrypt it with the tool that wrote it, or regenerate the key from its mnemonic"
                    .into(),
            ),
            WalletError::InvalidMnemonic { .. } => {
                Some("a mnemonic is 12, 15, 18, 21 or 24 English BIP-39 words".into())
            }
            WalletError::OutOfMemory => Some(
                "free some memory: the btcli keyfile format needs 512 MiB to encrypt or decrypt"
                    .into(),
            ),
            _ => None,
        }
    }
}

/// A private-file failure as a wallet error (the wallet's error codes stay as they are).
pub(crate) fn fs_error(e: crate::fs::FsError) -> WalletError {
    use crate::fs::FsError;
    match e {
        FsError::Exists { path } => WalletError::KeyExists { path },
        FsError::Io {
            action,
            path,
            source,
        } => WalletError::Io {
            action,
            path,
            source,
        },
        FsError::Symlink { ref path } => WalletError::Io {
            action: "replace",
            path: path.clone(),
            source: std::io::Error::other(e.to_string()),
        },
        FsError::NoHome { path } => WalletError::Io {
            action: "expand",
            path: path.into(),
            source: std::io::Error::other("`HOME` is not set"),
        },
    }
}

/// Write a key or public file atomically with mode 0600, creating missing parent directories
/// 0700: replacing an existing file only when `overwrite` (never through a symbolic link), else
/// refusing with [`WalletError::KeyExists`] — even against a concurrent writer.
pub fn write_atomic(
    path: &std::path::Path,
    contents: &[u8],
    overwrite: bool,
) -> Result<(), WalletError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    crate::fs::private_dir(dir).map_err(fs_error)?;
    if overwrite {
        crate::fs::write_private(path, contents).map_err(fs_error)
    } else {
        crate::fs::create_private(path, contents).map_err(fs_error)
    }
}

/// Render a name for an error message with control characters escaped.
pub(crate) fn printable(name: &str) -> String {
    name.chars().flat_map(char::escape_debug).collect()
}

/// A hex string with an optional `0x` prefix, decoded; `None` if it is not hex.
pub(crate) fn decode_hex(text: &str) -> Option<Vec<u8>> {
    let digits = text.strip_prefix("0x").unwrap_or(text);
    hex::decode(digits).ok()
}

/// `0x` + lowercase hex.
pub(crate) fn encode_hex(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}
