//! `tao wallet`: create, import, list and inspect wallets; sign and verify messages; change
//! passwords; balances and transfers. Every file is btcli's (bittensor-wallet 4.0.x) format, so
//! btcli reads what tao writes and the reverse.
//!
//! One file per concern: `new` (create, new-coldkey, new-hotkey), `regen` (restore keys),
//! `files` (list, inspect), `sign` (sign, verify), `password` (change-password, encrypt-hotkey,
//! decrypt-hotkey), `balance` (balance, overview: chain reads), `transfer`, `take` (set-take,
//! get-take: the hotkey's delegate take), `swap` (swap-hotkey, swap-coldkey, swap-check). Secrets never come
//! from argv (a hidden btcli-compatible `--mnemonic` warns that it leaks), and each command runs
//! the keyfile format's 512 MiB key derivation at most once per password.

mod associate;
mod balance;
mod files;
mod identity;
mod new;
mod password;
mod regen;
mod sign;
mod swap;
mod take;
mod transfer;

pub use associate::AssociateHotkeyArgs;
pub use balance::{BalanceArgs, OverviewArgs};
pub use files::{InspectArgs, ListArgs};
pub use identity::{GetIdentityArgs, SetIdentityArgs};
pub use new::{CreateArgs, NewColdkeyArgs, NewHotkeyArgs};
pub use password::{ChangePasswordArgs, DecryptHotkeyArgs, EncryptHotkeyArgs};
pub use regen::{RegenColdkeyArgs, RegenColdkeypubArgs, RegenHotkeyArgs, RegenHotkeypubArgs};
pub use sign::{SignArgs, VerifyArgs};
pub use swap::{SwapCheckArgs, SwapColdkeyArgs, SwapHotkeyArgs};
pub use take::{GetTakeArgs, SetTakeArgs, parse_take};
pub use transfer::TransferArgs;

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::cli::keys::{derive, note_origin};
use crate::cli::{CmdResult, Context};
use crate::env;
use crate::error::Failure;
use crate::ui::{prompt, table};
use crate::wallet::keyfile::{Keyfile, NaclKey};
use crate::wallet::password::{PasswordResolver, Purpose};
use crate::wallet::{Keypair, SecretString, WalletError, keypair};

/// Wallet and key commands (each variant's help is its arguments' doc comment, with examples).
#[derive(Debug, Subcommand)]
pub enum WalletCommand {
    Create(CreateArgs),
    NewColdkey(NewColdkeyArgs),
    NewHotkey(NewHotkeyArgs),
    RegenColdkey(RegenColdkeyArgs),
    RegenColdkeypub(RegenColdkeypubArgs),
    RegenHotkey(RegenHotkeyArgs),
    RegenHotkeypub(RegenHotkeypubArgs),
    List(ListArgs),
    Inspect(InspectArgs),
    Sign(SignArgs),
    Verify(VerifyArgs),
    ChangePassword(ChangePasswordArgs),
    EncryptHotkey(EncryptHotkeyArgs),
    DecryptHotkey(DecryptHotkeyArgs),
    Balance(BalanceArgs),
    Overview(OverviewArgs),
    Transfer(TransferArgs),
    #[command(alias = "set_take")]
    SetTake(SetTakeArgs),
    #[command(alias = "get_take")]
    GetTake(GetTakeArgs),
    #[command(alias = "set_identity")]
    SetIdentity(SetIdentityArgs),
    #[command(alias = "get_identity")]
    GetIdentity(GetIdentityArgs),
    #[command(alias = "associate_hotkey")]
    AssociateHotkey(AssociateHotkeyArgs),
    #[command(alias = "swap_hotkey")]
    SwapHotkey(SwapHotkeyArgs),
    #[command(alias = "swap_coldkey")]
    SwapColdkey(SwapColdkeyArgs),
    #[command(alias = "swap_check")]
    SwapCheck(SwapCheckArgs),
}

impl WalletCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            WalletCommand::Create(a) => a.run(ctx),
            WalletCommand::NewColdkey(a) => a.run(ctx),
            WalletCommand::NewHotkey(a) => a.run(ctx),
            WalletCommand::RegenColdkey(a) => a.run(ctx),
            WalletCommand::RegenColdkeypub(a) => a.run(ctx),
            WalletCommand::RegenHotkeypub(a) => a.run(ctx),
            WalletCommand::RegenHotkey(a) => a.run(ctx),
            WalletCommand::List(a) => a.run(ctx),
            WalletCommand::Inspect(a) => a.run(ctx),
            WalletCommand::Sign(a) => a.run(ctx),
            WalletCommand::Verify(a) => a.run(ctx),
            WalletCommand::ChangePassword(a) => a.run(ctx),
            WalletCommand::EncryptHotkey(a) => a.run(ctx),
            WalletCommand::DecryptHotkey(a) => a.run(ctx),
            WalletCommand::Balance(a) => a.run(ctx),
            WalletCommand::Overview(a) => a.run(ctx),
            WalletCommand::Transfer(a) => a.run(ctx),
            WalletCommand::SetTake(a) => a.run(ctx),
            WalletCommand::GetTake(a) => a.run(ctx),
            WalletCommand::SetIdentity(a) => a.run(ctx),
            WalletCommand::GetIdentity(a) => a.run(ctx),
            WalletCommand::AssociateHotkey(a) => a.run(ctx),
            WalletCommand::SwapHotkey(a) => a.run(ctx),
            WalletCommand::SwapColdkey(a) => a.run(ctx),
            WalletCommand::SwapCheck(a) => a.run(ctx),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Shared option groups

/// Where the password of an existing or new keyfile comes from.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Password")]
pub struct PasswordArgs {
    /// Read the password from FILE: its content minus one trailing newline; `-` reads standard
    /// input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli's BT_PW_<PATH>; else a hidden prompt
    #[arg(long, value_name = "FILE", env = env::TAO_PASSWORD_FILE)]
    pub password_file: Option<PathBuf>,
}

/// Options of the commands that create a key from a fresh mnemonic.
#[derive(Debug, Clone, Args)]
pub struct NewKeyArgs {
    /// Number of mnemonic words: 12, 15, 18, 21 or 24
    #[arg(long, default_value_t = 12, value_parser = word_count, alias = "n-words", alias = "n_words")]
    pub words: usize,
    /// Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of
    /// showing them on the terminal
    #[arg(long, value_name = "FILE")]
    pub mnemonic_out: Option<PathBuf>,
    /// Also print the mnemonic(s) in the result (stdout, and `--json`)
    #[arg(long)]
    pub show_secret: bool,
    /// Replace existing keys (they are lost unless backed up)
    #[arg(long, alias = "overwrite")]
    pub force: bool,
}

/// Where a restored key's secret comes from (default: a hidden prompt for the mnemonic).
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Secret source (default: a hidden prompt for the mnemonic)")]
pub struct SecretArgs {
    /// Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input
    #[arg(long, value_name = "FILE")]
    pub mnemonic_file: Option<PathBuf>,
    /// Read a 0x-hex 32-byte seed from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "mnemonic_file")]
    pub seed_file: Option<PathBuf>,
    /// Import a polkadot-js JSON account export
    #[arg(long, value_name = "FILE", conflicts_with_all = ["mnemonic_file", "seed_file"])]
    pub json_file: Option<PathBuf>,
    /// The password of the --json-file export, from FILE (default: a hidden prompt)
    #[arg(long, value_name = "FILE", requires = "json_file")]
    pub json_password_file: Option<PathBuf>,
    /// btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)
    #[arg(long, hide = true, num_args = 1.., value_name = "WORDS",
          conflicts_with_all = ["mnemonic_file", "seed_file", "json_file"],
          value_parser = secret_arg)]
    pub mnemonic: Option<Vec<SecretString>>,
    /// btcli compatibility: a FILE holding the seed (a seed itself is refused)
    #[arg(long, hide = true, value_name = "FILE",
          conflicts_with_all = ["mnemonic_file", "seed_file", "json_file"],
          value_parser = secret_arg)]
    pub seed: Option<SecretString>,
    /// Refuse unless the restored key has this SS58 address
    #[arg(long, value_name = "SS58")]
    pub expect_address: Option<String>,
}

/// An argument that may be a secret: kept in a zeroizing string whose `Debug` is redacted.
fn secret_arg(text: &str) -> Result<SecretString, std::convert::Infallible> {
    Ok(SecretString::copy_from(text))
}

fn word_count(text: &str) -> Result<usize, String> {
    let n: usize = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if keypair::WORD_COUNTS.contains(&n) {
        Ok(n)
    } else {
        Err("a mnemonic has 12, 15, 18, 21 or 24 words".into())
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the key commands

/// Whether existing keys may be replaced, decided before any work: yes with `--force`; when one
/// of `files` exists, only after a confirmation on a terminal (`--yes` does not answer it);
/// otherwise [`WalletError::KeyExists`].
fn overwrite_allowed(files: &[&Keyfile], force: bool) -> Result<bool, Failure> {
    if force {
        return Ok(true);
    }
    let Some(existing) = files.iter().find(|f| f.exists()) else {
        return Ok(false);
    };
    let exists = || -> Failure {
        WalletError::KeyExists {
            path: existing.path().to_owned(),
        }
        .into()
    };
    if !prompt::can_prompt() {
        return Err(exists());
    }
    let question = format!(
        "`{}` exists. Overwrite it? The old key is lost unless it is backed up",
        existing.path().display()
    );
    if prompt::confirm(&question, false)? {
        Ok(true)
    } else {
        Err(exists())
    }
}

/// Whether a public file may be (re)written for `key`: it is absent, `--force` was given, or it
/// already holds this key's address (restoring a watch-only wallet's coldkey, say).
fn pubfile_overwrite(file: &Keyfile, key: &Keypair, force: bool) -> Result<bool, Failure> {
    if force || !file.exists() {
        return Ok(force);
    }
    let same = file
        .read("public file")
        .and_then(|raw| raw.public_info())
        .is_ok_and(|info| info.ss58_address == key.ss58_address());
    if same {
        Ok(true)
    } else {
        Err(WalletError::KeyExists {
            path: file.path().to_owned(),
        }
        .into())
    }
}

fn key_json(name: &str, key: &Keypair, path: &Path, encrypted: bool) -> Value {
    json!({
        "name": name,
        "ss58": key.ss58_address(),
        "public_key": key.public_key_hex(),
        "path": path.display().to_string(),
        "encrypted": encrypted,
    })
}

/// The password and derived key for a new encrypted keyfile; reuses `shared` when the password
/// is the same (one derivation per password per command).
fn new_key_password(
    ctx: &Context,
    passwords: &PasswordResolver<'_>,
    path: &Path,
    shared: Option<&(SecretString, NaclKey)>,
) -> Result<(SecretString, NaclKey), Failure> {
    let (password, origin) = passwords.password_for(path, Purpose::New)?;
    note_origin(ctx, &origin);
    if let Some((same, key)) = shared
        && *same == password
    {
        return Ok((password, key.clone()));
    }
    let key = derive(ctx, &password, "Deriving the encryption key")?;
    Ok((password, key))
}

fn human_keys(title: &str, rows: &[(&str, &Keypair, bool)]) -> String {
    let mut t = table::new(["key", "ss58 address", "encrypted"]);
    for (label, key, encrypted) in rows {
        t.add_row([
            label.to_string(),
            key.ss58_address(),
            if *encrypted {
                "yes".into()
            } else {
                "no".to_string()
            },
        ]);
    }
    format!("{title}\n{}", table::render(&t))
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use crate::cli::Cli;

    #[test]
    fn argv_secrets_are_redacted_in_debug() {
        let cli = Cli::try_parse_from([
            "tao",
            "wallet",
            "regen-coldkey",
            "--mnemonic",
            "abandon",
            "zebrafish",
            "about",
        ])
        .unwrap();
        let shown = format!("{cli:?}");
        assert!(!shown.contains("zebrafish"), "{shown}");
        let cli = Cli::try_parse_from(["tao", "wallet", "regen-hotkey", "--seed", "0xsecretseed"])
            .unwrap();
        assert!(!format!("{cli:?}").contains("secretseed"));
    }

    #[test]
    fn word_counts_and_aliases() {
        for ok in ["12", "15", "18", "21", "24"] {
            Cli::try_parse_from(["tao", "wallet", "create", "--words", ok]).unwrap();
        }
        for bad in ["11", "13", "0", "x"] {
            assert!(Cli::try_parse_from(["tao", "wallet", "create", "--words", bad]).is_err());
        }
        // btcli's spellings are hidden aliases.
        Cli::try_parse_from([
            "tao",
            "wallet",
            "create",
            "--n-words",
            "24",
            "--no-use-password",
        ])
        .unwrap();
        Cli::try_parse_from(["tao", "wallet", "new-hotkey", "--overwrite"]).unwrap();
        Cli::try_parse_from([
            "tao",
            "wallet",
            "regen-coldkeypub",
            "--public-key-hex",
            "0x00",
        ])
        .unwrap();
        // Exactly one secret source; --json-password-file needs --json-file.
        assert!(
            Cli::try_parse_from([
                "tao",
                "wallet",
                "regen-coldkey",
                "--mnemonic-file",
                "a",
                "--seed-file",
                "b"
            ])
            .is_err()
        );
        assert!(
            Cli::try_parse_from([
                "tao",
                "wallet",
                "regen-coldkey",
                "--json-password-file",
                "p"
            ])
            .is_err()
        );
        // regen-coldkeypub needs an address or a public key.
        assert!(Cli::try_parse_from(["tao", "wallet", "regen-coldkeypub"]).is_err());
    }
}
