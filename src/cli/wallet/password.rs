//! `tao wallet change-password`, `encrypt-hotkey` and `decrypt-hotkey`.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::{PasswordArgs, key_json, new_key_password};
use crate::cli::keys::{derive, hotkey_name, open_wallet, passwords, unlock};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::prompt;
use crate::wallet::keyfile::Protection;
use crate::wallet::password::Purpose;

// ---------------------------------------------------------------------------------------------
// change-password, encrypt-hotkey, decrypt-hotkey

/// Change the coldkey's password (or encrypt an unencrypted coldkey)
///
/// Decrypts with the current password, encrypts with the new one and replaces the file
/// atomically. A wrong current password changes nothing (exit 3).
///
/// Examples:
///   tao wallet change-password --wallet-name alice
///   tao wallet change-password --password-file old.txt --new-password-file new.txt
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ChangePasswordArgs {
    #[command(flatten)]
    pub password: PasswordArgs,
    /// Read the new password from FILE (default: a hidden prompt, asked twice)
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
}

impl ChangePasswordArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let file = wallet.coldkey();
        let (unlocked, old) = unlock(
            ctx,
            &file,
            "coldkey",
            &passwords(self.password.password_file.as_deref()),
        )?;
        // The new password never comes from the environment (that would be the old one).
        let new_passwords = passwords(self.new_password_file.as_deref()).with_env(|_| None);
        let (new_password, _) = new_passwords.password_for(file.path(), Purpose::New)?;
        if let Some(old_password) = &old
            && *old_password == new_password
        {
            return Err(Failure::user(
                "wallet.same_password",
                "the new password is the same as the current one",
            ));
        }
        let key = derive(ctx, &new_password, "Deriving the new encryption key")?;
        file.write_keypair(&unlocked.keypair, Protection::Nacl(&key), true)?;
        let data = json!({ "wallet": wallet.name(), "coldkey": key_json(wallet.name(), &unlocked.keypair, file.path(), true) });
        let verb = if old.is_some() {
            "Changed the password of"
        } else {
            "Encrypted"
        };
        Ok(Report::new(
            data,
            format!(
                "{verb} the coldkey of wallet `{}` ({})\n",
                wallet.name(),
                unlocked.keypair.ss58_address()
            ),
        ))
    }
}

/// Encrypt a hotkey with a password
///
/// The `$NACL` format btcli uses for encrypted keys.
///
/// Examples:
///   tao wallet encrypt-hotkey --hotkey miner1
///   tao wallet encrypt-hotkey -H miner1 --password-file pw.txt
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct EncryptHotkeyArgs {
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl EncryptHotkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let hk = hotkey_name(ctx)?;
        let file = wallet.hotkey(&hk)?;
        let raw = file.read("hotkey")?;
        if raw.is_encrypted() {
            return Err(Failure::user(
                "wallet.already_encrypted",
                format!("hotkey `{hk}` is already encrypted ({})", raw.format()),
            )
            .with_hint("use `tao wallet decrypt-hotkey` first to change how it is stored"));
        }
        let unlocked = raw.plaintext_keypair()?;
        let (_, key) = new_key_password(
            ctx,
            &passwords(self.password.password_file.as_deref()),
            file.path(),
            None,
        )?;
        file.write_keypair(&unlocked.keypair, Protection::Nacl(&key), true)?;
        let data = json!({ "wallet": wallet.name(), "hotkey": key_json(&hk, &unlocked.keypair, file.path(), true) });
        Ok(Report::new(
            data,
            format!("Encrypted hotkey `{hk}` of wallet `{}`\n", wallet.name()),
        ))
    }
}

/// Store a hotkey unencrypted
///
/// btcli's default for hotkeys. Asks for confirmation unless --yes.
///
/// Examples:
///   tao wallet decrypt-hotkey --hotkey miner1
///   tao wallet decrypt-hotkey -H miner1 --password-file pw.txt --yes
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DecryptHotkeyArgs {
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl DecryptHotkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let hk = hotkey_name(ctx)?;
        let file = wallet.hotkey(&hk)?;
        if !file.read("hotkey")?.is_encrypted() {
            return Err(Failure::user(
                "wallet.not_encrypted",
                format!("hotkey `{hk}` is not encrypted"),
            ));
        }
        if !prompt::confirm(&format!("Store hotkey `{hk}` unencrypted?"), ctx.yes)? {
            return Err(Failure::user(
                "prompt.declined",
                "declined; nothing was changed",
            ));
        }
        let (unlocked, _) = unlock(
            ctx,
            &file,
            "hotkey",
            &passwords(self.password.password_file.as_deref()),
        )?;
        file.write_keypair(&unlocked.keypair, Protection::Plain, true)?;
        let data = json!({ "wallet": wallet.name(), "hotkey": key_json(&hk, &unlocked.keypair, file.path(), false) });
        Ok(Report::new(
            data,
            format!(
                "Hotkey `{hk}` of wallet `{}` is now stored unencrypted\n",
                wallet.name()
            ),
        ))
    }
}
