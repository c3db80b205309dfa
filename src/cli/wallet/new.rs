//! `tao wallet create`, `new-coldkey` and `new-hotkey`: keys from fresh mnemonics, each
//! mnemonic shown once (stderr, on a terminal) or saved with `--mnemonic-out`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use super::{NewKeyArgs, PasswordArgs, human_keys, key_json, new_key_password, overwrite_allowed};
use crate::cli::keys::{hotkey_name, open_wallet, passwords};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::wallet::Keypair;
use crate::wallet::keyfile::Protection;

/// Where the mnemonics of new keys go, decided before anything is created.
enum MnemonicSink {
    File(PathBuf),
    Terminal,
    ResultOnly,
}

fn mnemonic_sink(args: &NewKeyArgs) -> Result<MnemonicSink, Failure> {
    if let Some(path) = &args.mnemonic_out {
        if path.symlink_metadata().is_ok() {
            return Err(Failure::user(
                "wallet.mnemonic_out_exists",
                format!(
                    "`{}` already exists; tao never overwrites a mnemonic file",
                    path.display()
                ),
            )
            .with_hint("choose a new file for `--mnemonic-out`"));
        }
        return Ok(MnemonicSink::File(path.clone()));
    }
    if std::io::stderr().is_terminal() {
        return Ok(MnemonicSink::Terminal);
    }
    if args.show_secret {
        return Ok(MnemonicSink::ResultOnly);
    }
    Err(Failure::usage(
        "wallet.mnemonic_nowhere",
        "the new key's mnemonic would never be shown: stderr is not a terminal",
    )
    .with_hint(
        "pass `--mnemonic-out FILE` to save it (or `--show-secret` to print it in the result)",
    ))
}

/// Save or show the new mnemonics: the file is written before the keys (so a failure cannot lose
/// a mnemonic whose key exists); the terminal display comes after.
fn save_mnemonics(sink: &MnemonicSink, mnemonics: &[(&str, &Keypair)]) -> Result<(), Failure> {
    if let MnemonicSink::File(path) = sink {
        let mut map = serde_json::Map::new();
        for (label, key) in mnemonics {
            let phrase = key.mnemonic().expect("a generated key has a mnemonic");
            map.insert(
                (*label).to_owned(),
                Value::String(phrase.expose().to_owned()),
            );
        }
        let mut text =
            zeroize::Zeroizing::new(serde_json::to_vec_pretty(&Value::Object(map)).expect("JSON"));
        text.push(b'\n');
        crate::wallet::write_atomic(path, &text, false)?;
    }
    Ok(())
}

fn show_mnemonics(sink: &MnemonicSink, mnemonics: &[(&str, &Keypair)]) {
    if !matches!(sink, MnemonicSink::Terminal) {
        return;
    }
    let mut err = std::io::stderr().lock();
    for (label, key) in mnemonics {
        let phrase = key.mnemonic().expect("a generated key has a mnemonic");
        let _ = writeln!(
            err,
            "\nThe mnemonic of the new {label} (shown once: write it down and keep it offline;\nanyone who has it controls the key):\n\n    {}\n",
            phrase.expose()
        );
    }
}

fn mnemonic_result(args: &NewKeyArgs, mnemonics: &[(&str, &Keypair)]) -> Option<Value> {
    if !args.show_secret {
        return None;
    }
    let mut map = serde_json::Map::new();
    for (label, key) in mnemonics {
        if let Some(phrase) = key.mnemonic() {
            map.insert(
                (*label).to_owned(),
                Value::String(phrase.expose().to_owned()),
            );
        }
    }
    Some(Value::Object(map))
}

// ---------------------------------------------------------------------------------------------
// create, new-coldkey, new-hotkey

/// Create a wallet: a new coldkey and a new hotkey
///
/// The coldkey is encrypted unless --no-password; the hotkey is unencrypted unless
/// --encrypt-hotkey (as btcli). Public files are written too. The mnemonics are shown once on
/// the terminal (stderr), or saved with --mnemonic-out for scripts.
///
/// Examples:
///   tao wallet create --wallet-name alice
///   tao wallet create --wallet-name ci --password-file pw.txt --mnemonic-out ci-mnemonics.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CreateArgs {
    #[command(flatten)]
    pub new: NewKeyArgs,
    /// Store the coldkey unencrypted (anyone who can read the file controls the key)
    #[arg(long, alias = "no-use-password")]
    pub no_password: bool,
    /// Encrypt the hotkey too (btcli leaves hotkeys unencrypted)
    #[arg(long)]
    pub encrypt_hotkey: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl CreateArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let hk = hotkey_name(ctx)?;
        let (hot_file, hot_pub) = (wallet.hotkey(&hk)?, wallet.hotkeypub(&hk)?);
        let force = overwrite_allowed(
            &[&wallet.coldkey(), &wallet.coldkeypub(), &hot_file, &hot_pub],
            self.new.force,
        )?;
        let sink = mnemonic_sink(&self.new)?;
        let passwords = passwords(self.password.password_file.as_deref());
        let cold_secret = if self.no_password {
            None
        } else {
            Some(new_key_password(
                ctx,
                &passwords,
                wallet.coldkey().path(),
                None,
            )?)
        };
        let hot_secret = if self.encrypt_hotkey {
            Some(new_key_password(
                ctx,
                &passwords,
                hot_file.path(),
                cold_secret.as_ref(),
            )?)
        } else {
            None
        };
        let cold = Keypair::generate(self.new.words)?;
        let hot = Keypair::generate(self.new.words)?;
        save_mnemonics(&sink, &[("coldkey", &cold), ("hotkey", &hot)])?;
        let cold_protection = cold_secret
            .as_ref()
            .map_or(Protection::Plain, |(_, k)| Protection::Nacl(k));
        wallet
            .coldkey()
            .write_keypair(&cold, cold_protection, force)?;
        wallet.coldkeypub().write_public(&cold, force)?;
        let hot_protection = hot_secret
            .as_ref()
            .map_or(Protection::Plain, |(_, k)| Protection::Nacl(k));
        hot_file.write_keypair(&hot, hot_protection, force)?;
        hot_pub.write_public(&hot, force)?;
        show_mnemonics(&sink, &[("coldkey", &cold), ("hotkey", &hot)]);

        let mut data = json!({
            "wallet": wallet.name(),
            "path": wallet.dir().display().to_string(),
            "coldkey": key_json(wallet.name(), &cold, wallet.coldkey().path(), cold_secret.is_some()),
            "hotkey": key_json(&hk, &hot, hot_file.path(), hot_secret.is_some()),
        });
        finish_new(
            &mut data,
            &self.new,
            &sink,
            &[("coldkey", &cold), ("hotkey", &hot)],
        );
        let mut human = human_keys(
            &format!(
                "Created wallet `{}` in {}",
                wallet.name(),
                wallet.dir().display()
            ),
            &[
                ("coldkey", &cold, cold_secret.is_some()),
                (&format!("hotkey {hk}"), &hot, hot_secret.is_some()),
            ],
        );
        append_secret_human(
            &mut human,
            &self.new,
            &[("coldkey", &cold), ("hotkey", &hot)],
        );
        let mut report = Report::new(data, human);
        if self.no_password {
            report = report.warn(
                "the coldkey is stored unencrypted: anyone who can read the file controls it",
            );
        }
        Ok(report)
    }
}

fn finish_new(data: &mut Value, args: &NewKeyArgs, sink: &MnemonicSink, keys: &[(&str, &Keypair)]) {
    if let MnemonicSink::File(path) = sink {
        data["mnemonic_out"] = Value::String(path.display().to_string());
    }
    if let Some(m) = mnemonic_result(args, keys) {
        data["mnemonic"] = m;
    }
}

fn append_secret_human(human: &mut String, args: &NewKeyArgs, keys: &[(&str, &Keypair)]) {
    if !args.show_secret {
        return;
    }
    for (label, key) in keys {
        if let Some(phrase) = key.mnemonic() {
            human.push_str(&format!("{label} mnemonic: {}\n", phrase.expose()));
        }
    }
}

/// Create a new coldkey (encrypted unless --no-password)
///
/// Writes `coldkey` and `coldkeypub.txt`. The mnemonic is shown once on the terminal, or saved
/// with --mnemonic-out.
///
/// Examples:
///   tao wallet new-coldkey --wallet-name alice --words 24
///   tao wallet new-coldkey --password-file pw.txt --mnemonic-out cold.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct NewColdkeyArgs {
    #[command(flatten)]
    pub new: NewKeyArgs,
    /// Store the coldkey unencrypted (anyone who can read the file controls the key)
    #[arg(long, alias = "no-use-password")]
    pub no_password: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl NewColdkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let force = overwrite_allowed(&[&wallet.coldkey(), &wallet.coldkeypub()], self.new.force)?;
        let sink = mnemonic_sink(&self.new)?;
        let secret = if self.no_password {
            None
        } else {
            Some(new_key_password(
                ctx,
                &passwords(self.password.password_file.as_deref()),
                wallet.coldkey().path(),
                None,
            )?)
        };
        let cold = Keypair::generate(self.new.words)?;
        save_mnemonics(&sink, &[("coldkey", &cold)])?;
        let protection = secret
            .as_ref()
            .map_or(Protection::Plain, |(_, k)| Protection::Nacl(k));
        wallet.coldkey().write_keypair(&cold, protection, force)?;
        wallet.coldkeypub().write_public(&cold, force)?;
        show_mnemonics(&sink, &[("coldkey", &cold)]);
        let mut data = json!({
            "wallet": wallet.name(),
            "coldkey": key_json(wallet.name(), &cold, wallet.coldkey().path(), secret.is_some()),
        });
        finish_new(&mut data, &self.new, &sink, &[("coldkey", &cold)]);
        let mut human = human_keys(
            &format!("New coldkey for wallet `{}`", wallet.name()),
            &[("coldkey", &cold, secret.is_some())],
        );
        append_secret_human(&mut human, &self.new, &[("coldkey", &cold)]);
        let mut report = Report::new(data, human);
        if self.no_password {
            report = report.warn(
                "the coldkey is stored unencrypted: anyone who can read the file controls it",
            );
        }
        Ok(report)
    }
}

/// Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)
///
/// Writes `hotkeys/<name>` and `hotkeys/<name>pub.txt`. The mnemonic is shown once on the
/// terminal, or saved with --mnemonic-out.
///
/// Examples:
///   tao wallet new-hotkey --wallet-name alice --hotkey miner1
///   tao wallet new-hotkey -H miner2 --mnemonic-out miner2.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct NewHotkeyArgs {
    #[command(flatten)]
    pub new: NewKeyArgs,
    /// Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)
    #[arg(long)]
    pub encrypt_hotkey: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl NewHotkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let hk = hotkey_name(ctx)?;
        let (file, pubfile) = (wallet.hotkey(&hk)?, wallet.hotkeypub(&hk)?);
        let force = overwrite_allowed(&[&file, &pubfile], self.new.force)?;
        let sink = mnemonic_sink(&self.new)?;
        let secret = if self.encrypt_hotkey {
            Some(new_key_password(
                ctx,
                &passwords(self.password.password_file.as_deref()),
                file.path(),
                None,
            )?)
        } else {
            None
        };
        let hot = Keypair::generate(self.new.words)?;
        save_mnemonics(&sink, &[("hotkey", &hot)])?;
        let protection = secret
            .as_ref()
            .map_or(Protection::Plain, |(_, k)| Protection::Nacl(k));
        file.write_keypair(&hot, protection, force)?;
        pubfile.write_public(&hot, force)?;
        show_mnemonics(&sink, &[("hotkey", &hot)]);
        let mut data = json!({
            "wallet": wallet.name(),
            "hotkey": key_json(&hk, &hot, file.path(), secret.is_some()),
        });
        finish_new(&mut data, &self.new, &sink, &[("hotkey", &hot)]);
        let mut human = human_keys(
            &format!("New hotkey `{hk}` for wallet `{}`", wallet.name()),
            &[(&format!("hotkey {hk}"), &hot, secret.is_some())],
        );
        append_secret_human(&mut human, &self.new, &[("hotkey", &hot)]);
        Ok(Report::new(data, human))
    }
}
