//! `tao wallet`: create, import, list and inspect wallets; sign and verify messages; change
//! passwords. Every file is btcli's (bittensor-wallet 4.0.x) format, so btcli reads what tao
//! writes and the reverse.
//!
//! `balance` and `overview`, which read the chain, live in `wallet_chain`; this group only
//! dispatches to them.
//!
//! Secrets never come from argv (a hidden btcli-compatible `--mnemonic` warns that it leaks), and
//! each command runs the keyfile format's 512 MiB key derivation at most once per password.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::cli::{CmdResult, Context, Report, wallet_chain};
use crate::env;
use crate::error::{ExitStatus, Failure};
use crate::ui::progress::Spinner;
use crate::ui::{prompt, table};
use crate::wallet::keyfile::{Keyfile, KeyfileFormat, NaclKey, Protection, PublicInfo, Unlocked};
use crate::wallet::layout::{self, FileState, Wallet, WalletSummary};
use crate::wallet::password::{PasswordOrigin, PasswordPrompt, PasswordResolver, Purpose};
use crate::wallet::{Keypair, SecretString, WalletError, keypair, polkadot_js};

const PASSWORD_HINT: &str =
    "pass `--password-file FILE` (or `-` for standard input), or set `TAO_PASSWORD_FILE`";

/// Wallet and key commands (each variant's help is its arguments' doc comment, with examples).
#[derive(Debug, Subcommand)]
pub enum WalletCommand {
    Create(CreateArgs),
    NewColdkey(NewColdkeyArgs),
    NewHotkey(NewHotkeyArgs),
    RegenColdkey(RegenColdkeyArgs),
    RegenColdkeypub(RegenColdkeypubArgs),
    RegenHotkey(RegenHotkeyArgs),
    List(ListArgs),
    Inspect(InspectArgs),
    Sign(SignArgs),
    Verify(VerifyArgs),
    ChangePassword(ChangePasswordArgs),
    EncryptHotkey(EncryptHotkeyArgs),
    DecryptHotkey(DecryptHotkeyArgs),
    Balance(wallet_chain::BalanceArgs),
    Overview(wallet_chain::OverviewArgs),
    Transfer(crate::cli::tx::TransferArgs),
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
// Helpers

/// The password prompt on the terminal (trimmed by the resolver, as btwallet's prompt).
struct TerminalPrompt;

impl PasswordPrompt for TerminalPrompt {
    fn prompt_password(&self, message: &str, confirm: bool) -> Result<SecretString, WalletError> {
        let typed = if confirm {
            prompt::new_secret(message, PASSWORD_HINT)
        } else {
            prompt::secret(message, PASSWORD_HINT)
        };
        typed
            .map(|mut text| SecretString::new(std::mem::take(&mut *text)))
            .map_err(|failure| WalletError::PasswordSource {
                source_name: "the terminal prompt".into(),
                reason: failure.message,
            })
    }
}

static TERMINAL: TerminalPrompt = TerminalPrompt;

fn resolver(args: &PasswordArgs) -> PasswordResolver<'static> {
    PasswordResolver::new(args.password_file.clone(), Some(&TERMINAL))
}

fn open_wallet(ctx: &Context) -> Result<Wallet, Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    Ok(Wallet::new(root, ctx.settings.wallet_name())?)
}

fn hotkey_name(ctx: &Context) -> Result<String, Failure> {
    let name = ctx.settings.hotkey().to_string();
    layout::validate_name(layout::NameKind::Hotkey, &name)?;
    Ok(name)
}

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

fn note_origin(ctx: &Context, origin: &PasswordOrigin) {
    if let PasswordOrigin::BtEnv(name) = origin {
        ctx.printer
            .debug(&format!("password from btcli's `{name}`"));
    }
}

/// Derive the `$NACL` key for a password (the slow step), with a spinner on a terminal.
fn derive(ctx: &Context, password: &SecretString, what: &str) -> Result<NaclKey, Failure> {
    let spinner = Spinner::start(ctx.printer.progress, &format!("{what} (Argon2i, 512 MiB)…"));
    let key = NaclKey::derive(password);
    spinner.finish();
    Ok(key?)
}

/// Read and, if needed, decrypt a keyfile: one password, one key derivation. Returns the
/// password when one was needed.
fn unlock(
    ctx: &Context,
    file: &Keyfile,
    what: &str,
    passwords: &PasswordResolver<'_>,
) -> Result<(Unlocked, Option<SecretString>), Failure> {
    let raw = file.read(what)?;
    if !raw.is_encrypted() {
        return Ok((raw.plaintext_keypair()?, None));
    }
    let (password, origin) = passwords.password_for(file.path(), Purpose::Unlock)?;
    note_origin(ctx, &origin);
    let spinner = Spinner::start(
        ctx.printer.progress,
        &format!("Decrypting the {what} (Argon2i, 512 MiB)…"),
    );
    let result = raw.decrypt(&password);
    spinner.finish();
    let (unlocked, _) = result?;
    Ok((unlocked, Some(password)))
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
        layout::write_atomic(path, &text, false)?;
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
        let passwords = resolver(&self.password);
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
                &resolver(&self.password),
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
                &resolver(&self.password),
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

// ---------------------------------------------------------------------------------------------
// regen-coldkey, regen-hotkey, regen-coldkeypub

/// Read a secret file (`-` = standard input): its content minus one trailing newline.
fn read_secret_file(path: &Path, flag: &str) -> Result<SecretString, Failure> {
    if path.as_os_str() == "-" {
        let mut bytes = zeroize::Zeroizing::new(Vec::with_capacity(4096));
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes).map_err(|e| {
            Failure::usage(
                "wallet.secret_source",
                format!("cannot read `{flag} -` from standard input: {e}"),
            )
        })?;
        return SecretString::from_utf8(std::mem::take(&mut *bytes)).ok_or_else(|| {
            Failure::user(
                "wallet.secret_source",
                format!("`{flag} -`: standard input is not UTF-8"),
            )
        });
    }
    Ok(crate::wallet::password::read_password_file(path, flag)?)
}

/// A mnemonic, or a secret URI (`//Alice`, `<mnemonic>//hard/soft`) as btwallet's
/// `create_from_uri` stores it.
fn key_from_phrase_or_uri(text: &SecretString) -> Result<Keypair, Failure> {
    let trimmed = text.expose().trim();
    let looks_like_uri =
        trimmed.starts_with('/') || trimmed.contains("//") || trimmed.starts_with("0x");
    if looks_like_uri {
        return Ok(Keypair::from_uri(&SecretString::copy_from(trimmed))?);
    }
    Ok(Keypair::from_mnemonic(text)?)
}

impl SecretArgs {
    /// The restored key, from exactly one source; warnings for argv secrets.
    fn keypair(
        &self,
        ctx: &Context,
        password_file: Option<&Path>,
    ) -> Result<(Keypair, Vec<String>), Failure> {
        let mut warnings = Vec::new();
        let stdin_twice = |flag: &str, path: &Path| {
            path.as_os_str() == "-"
                && password_file.is_some_and(|p| p.as_os_str() == "-")
                && !flag.is_empty()
        };
        let key = if let Some(path) = &self.mnemonic_file {
            if stdin_twice("--mnemonic-file", path) {
                return Err(Failure::usage(
                    "wallet.stdin_twice",
                    "`--mnemonic-file -` and `--password-file -` cannot both read standard input",
                ));
            }
            key_from_phrase_or_uri(&read_secret_file(path, "--mnemonic-file")?)?
        } else if let Some(path) = &self.seed_file {
            Keypair::from_seed_hex(&read_secret_file(path, "--seed-file")?)?
        } else if let Some(seed) = &self.seed {
            let path = Path::new(seed.expose());
            if !path.is_file() {
                return Err(Failure::usage("wallet.secret_in_argv", "`--seed` takes a file holding the seed; a seed on the command line leaks into shell history")
                    .with_hint("write the 0x-hex seed to a file and pass `--seed-file FILE`"));
            }
            Keypair::from_seed_hex(&read_secret_file(path, "--seed")?)?
        } else if let Some(path) = &self.json_file {
            let json = std::fs::read(path).map_err(|source| WalletError::Io {
                action: "read",
                path: path.clone(),
                source,
            })?;
            let json = crate::wallet::SecretBytes::new(json);
            let password = match &self.json_password_file {
                Some(file) => read_secret_file(file, "--json-password-file")?,
                None => {
                    let typed = prompt::secret(
                        "Password of the polkadot-js export",
                        "pass `--json-password-file FILE`",
                    )?;
                    SecretString::copy_from(typed.trim())
                }
            };
            let spinner = Spinner::start(
                ctx.printer.progress,
                "Decrypting the polkadot-js export (scrypt)…",
            );
            let key = polkadot_js::import(path, json.expose(), &password);
            spinner.finish();
            key?
        } else if let Some(words) = &self.mnemonic {
            warnings.push("`--mnemonic` puts the mnemonic in your shell history and the process list; use `--mnemonic-file` or the prompt".to_string());
            let joined: Vec<&str> = words.iter().map(SecretString::expose).collect();
            let phrase = SecretString::new(joined.join(" "));
            key_from_phrase_or_uri(&phrase)?
        } else {
            let typed = prompt::secret(
                "Mnemonic (or secret URI)",
                "pass `--mnemonic-file FILE`, `--seed-file FILE` or `--json-file FILE`",
            )?;
            key_from_phrase_or_uri(&SecretString::copy_from(typed.trim()))?
        };
        if let Some(expected) = &self.expect_address {
            let expected = keypair::ss58_decode(expected.trim())?;
            if expected != key.public_key() {
                return Err(Failure::user(
                    "wallet.address_mismatch",
                    format!(
                        "the restored key is {}, not the expected address",
                        key.ss58_address()
                    ),
                )
                .with_hint("check the mnemonic or seed; nothing was written"));
            }
        }
        Ok((key, warnings))
    }
}

/// Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export
///
/// Writes `coldkey` (encrypted unless --no-password) and `coldkeypub.txt`. The secret comes from
/// a file or a hidden prompt, never from the command line; --expect-address guards the import.
///
/// Examples:
///   tao wallet regen-coldkey --wallet-name alice --mnemonic-file alice.txt
///   tao wallet regen-coldkey --seed-file seed.hex --password-file pw.txt --force
///   tao wallet regen-coldkey --json-file export.json --json-password-file export-pw.txt
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RegenColdkeyArgs {
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Store the coldkey unencrypted (anyone who can read the file controls the key)
    #[arg(long, alias = "no-use-password")]
    pub no_password: bool,
    /// Replace an existing coldkey (it is lost unless backed up)
    #[arg(long, alias = "overwrite")]
    pub force: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl RegenColdkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let force = overwrite_allowed(&[&wallet.coldkey()], self.force)?;
        let (cold, warnings) = self
            .secret
            .keypair(ctx, self.password.password_file.as_deref())?;
        let pub_overwrite = pubfile_overwrite(&wallet.coldkeypub(), &cold, force)?;
        let secret = if self.no_password {
            None
        } else {
            Some(new_key_password(
                ctx,
                &resolver(&self.password),
                wallet.coldkey().path(),
                None,
            )?)
        };
        let protection = secret
            .as_ref()
            .map_or(Protection::Plain, |(_, k)| Protection::Nacl(k));
        wallet.coldkey().write_keypair(&cold, protection, force)?;
        wallet.coldkeypub().write_public(&cold, pub_overwrite)?;
        let data = json!({
            "wallet": wallet.name(),
            "coldkey": key_json(wallet.name(), &cold, wallet.coldkey().path(), secret.is_some()),
        });
        let human = human_keys(
            &format!("Restored the coldkey of wallet `{}`", wallet.name()),
            &[("coldkey", &cold, secret.is_some())],
        );
        let mut report = Report::new(data, human);
        report.warnings = warnings;
        if self.no_password {
            report = report.warn(
                "the coldkey is stored unencrypted: anyone who can read the file controls it",
            );
        }
        Ok(report)
    }
}

/// Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export
///
/// Writes `hotkeys/<name>` (unencrypted unless --encrypt-hotkey) and its public file. The
/// secret comes from a file or a hidden prompt, never from the command line.
///
/// Examples:
///   tao wallet regen-hotkey --hotkey miner1 --mnemonic-file miner1.txt
///   tao wallet regen-hotkey -H miner1 --seed-file seed.hex --encrypt-hotkey
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RegenHotkeyArgs {
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)
    #[arg(long)]
    pub encrypt_hotkey: bool,
    /// Replace an existing hotkey (it is lost unless backed up)
    #[arg(long, alias = "overwrite")]
    pub force: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl RegenHotkeyArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let hk = hotkey_name(ctx)?;
        let (file, pubfile) = (wallet.hotkey(&hk)?, wallet.hotkeypub(&hk)?);
        let force = overwrite_allowed(&[&file], self.force)?;
        let (hot, warnings) = self
            .secret
            .keypair(ctx, self.password.password_file.as_deref())?;
        let pub_overwrite = pubfile_overwrite(&pubfile, &hot, force)?;
        let secret = if self.encrypt_hotkey {
            Some(new_key_password(
                ctx,
                &resolver(&self.password),
                file.path(),
                None,
            )?)
        } else {
            None
        };
        let protection = secret
            .as_ref()
            .map_or(Protection::Plain, |(_, k)| Protection::Nacl(k));
        file.write_keypair(&hot, protection, force)?;
        pubfile.write_public(&hot, pub_overwrite)?;
        let data = json!({ "wallet": wallet.name(), "hotkey": key_json(&hk, &hot, file.path(), secret.is_some()) });
        let human = human_keys(
            &format!("Restored hotkey `{hk}` of wallet `{}`", wallet.name()),
            &[(&format!("hotkey {hk}"), &hot, secret.is_some())],
        );
        let mut report = Report::new(data, human);
        report.warnings = warnings;
        Ok(report)
    }
}

/// Restore coldkeypub.txt from an address or public key (no secret needed)
///
/// For watch-only wallets, or when only the public file was lost.
///
/// Examples:
///   tao wallet regen-coldkeypub --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
///   tao wallet regen-coldkeypub --public-key 0xd435…a27d --force
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
#[command(group(clap::ArgGroup::new("public").required(true).args(["ss58", "public_key"])))]
pub struct RegenColdkeypubArgs {
    /// The coldkey's SS58 address
    #[arg(
        long,
        value_name = "SS58",
        alias = "ss58-address",
        alias = "ss58_address"
    )]
    pub ss58: Option<String>,
    /// The coldkey's public key (0x + 64 hex digits)
    #[arg(
        long,
        value_name = "HEX",
        alias = "public-key-hex",
        alias = "public_key_hex"
    )]
    pub public_key: Option<String>,
    /// Replace an existing coldkeypub.txt
    #[arg(long, alias = "overwrite")]
    pub force: bool,
}

impl RegenColdkeypubArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let key = match (&self.ss58, &self.public_key) {
            (Some(address), _) => Keypair::from_ss58(address.trim())?,
            (None, Some(hex)) => Keypair::from_public_key(keypair::parse_public_key(hex)?),
            (None, None) => unreachable!("clap requires --ss58 or --public-key"),
        };
        let pubfile = wallet.coldkeypub();
        let overwrite = pubfile_overwrite(&pubfile, &key, self.force)?;
        pubfile.write_public(&key, overwrite)?;
        let mut warnings = Vec::new();
        if let Ok(raw) = wallet.coldkey().read("coldkey")
            && let Ok(info) = raw.public_info()
            && info.ss58_address != key.ss58_address()
        {
            warnings.push(format!(
                "the plain coldkey in this wallet is {}, not this address",
                info.ss58_address
            ));
        }
        let data = json!({
            "wallet": wallet.name(),
            "coldkeypub": { "ss58": key.ss58_address(), "public_key": key.public_key_hex(), "path": pubfile.path().display().to_string() },
        });
        let human = table::key_values([
            ("wrote", pubfile.path().display().to_string()),
            ("ss58 address", key.ss58_address()),
            ("public key", key.public_key_hex()),
        ]);
        let mut report = Report::new(data, human);
        report.warnings = warnings;
        Ok(report)
    }
}

// ---------------------------------------------------------------------------------------------
// list, inspect

fn public_json(public: &Result<PublicInfo, String>) -> Value {
    match public {
        Ok(info) => {
            json!({ "ss58": info.ss58_address, "public_key": info.public_key, "error": null })
        }
        Err(e) => json!({ "ss58": null, "public_key": null, "error": e }),
    }
}

fn file_json(state: &FileState) -> Value {
    json!({
        "path": state.path.display().to_string(),
        "exists": state.exists,
        "format": state.format.map(KeyfileFormat::as_str),
        "encrypted": state.format.map(KeyfileFormat::is_encrypted),
        "mode": state.mode.map(|m| format!("{m:04o}")),
    })
}

fn summary_json(summary: &WalletSummary, files: bool) -> Value {
    let mut coldkey = public_json(&summary.coldkey_public);
    if files {
        coldkey["file"] = file_json(&summary.coldkey);
        coldkey["pubfile"] = file_json(&summary.coldkeypub);
    }
    let hotkeys: Vec<Value> = summary
        .hotkeys
        .iter()
        .map(|h| {
            let mut v = public_json(&h.public);
            v["name"] = Value::String(h.name.clone());
            if files {
                v["file"] = file_json(&h.file);
                v["pubfile"] = file_json(&h.pubfile);
            }
            v
        })
        .collect();
    json!({
        "name": summary.name,
        "path": summary.path.display().to_string(),
        "coldkey": coldkey,
        "hotkeys": hotkeys,
        "hotkeys_error": summary.hotkeys_error,
    })
}

/// One warning per key whose address could not be read.
fn public_warnings(summary: &WalletSummary) -> Vec<String> {
    let mut out = Vec::new();
    if let Err(e) = &summary.coldkey_public {
        out.push(format!("wallet `{}`, coldkey: {e}", summary.name));
    }
    for h in &summary.hotkeys {
        if let Err(e) = &h.public {
            out.push(format!(
                "wallet `{}`, hotkey `{}`: {e}",
                summary.name, h.name
            ));
        }
    }
    if let Some(e) = &summary.hotkeys_error {
        out.push(format!("wallet `{}`: {e}", summary.name));
    }
    out
}

fn address_or_error(public: &Result<PublicInfo, String>) -> String {
    match public {
        Ok(info) => info.ss58_address.clone(),
        Err(_) => "(unknown: see the warning)".into(),
    }
}

/// List every wallet with its coldkey and hotkey addresses (never decrypts)
///
/// Reads only public files (and unencrypted keyfiles). A broken wallet is reported with a
/// warning and the listing goes on.
///
/// Examples:
///   tao wallet list
///   tao wallet list --json | jq -r '.data.wallets[].coldkey.ss58'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {}

impl ListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let root = ctx.settings.wallet_path().map_err(Failure::from)?;
        let wallets = layout::list_wallets(&root)?;
        let data = json!({
            "path": root.display().to_string(),
            "wallets": wallets.iter().map(|w| summary_json(w, false)).collect::<Vec<_>>(),
        });
        if wallets.is_empty() {
            let human = format!("No wallets in {}\n", root.display());
            return Ok(Report::new(data, human).warn(format!(
                "no wallets in `{}`; create one with `tao wallet create`",
                root.display()
            )));
        }
        let mut t = table::new(["wallet", "key", "ss58 address"]);
        let mut warnings = Vec::new();
        for w in &wallets {
            t.add_row([
                w.name.clone(),
                "coldkey".into(),
                address_or_error(&w.coldkey_public),
            ]);
            for h in &w.hotkeys {
                t.add_row([
                    String::new(),
                    format!("hotkey {}", h.name),
                    address_or_error(&h.public),
                ]);
            }
            warnings.extend(public_warnings(w));
        }
        let mut report = Report::new(
            data,
            format!("Wallets in {}\n{}", root.display(), table::render(&t)),
        );
        report.warnings = warnings;
        Ok(report)
    }
}

/// Show a wallet's addresses, files, encryption and permissions (never decrypts)
///
/// Which files exist, which are encrypted and in which format, their permissions, and the
/// addresses and public keys (--json).
///
/// Examples:
///   tao wallet inspect --wallet-name alice
///   tao wallet inspect --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct InspectArgs {}

fn describe(state: &FileState) -> String {
    if !state.exists {
        return "missing".into();
    }
    let format = match state.format {
        Some(KeyfileFormat::Nacl) => "encrypted ($NACL)",
        Some(KeyfileFormat::AnsibleVault) => "encrypted (Ansible Vault, legacy)",
        Some(KeyfileFormat::LegacyFernet) => "encrypted (Fernet, legacy)",
        Some(KeyfileFormat::Plain) => "unencrypted",
        None => "unreadable",
    };
    match state.mode {
        Some(mode) => format!("{format}, mode {mode:04o}"),
        None => format.into(),
    }
}

impl InspectArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        if !wallet.exists() {
            return Err(WalletError::NotFound {
                what: format!("wallet `{}`", wallet.name()),
                path: wallet.dir(),
            }
            .into());
        }
        let summary = wallet.inspect();
        let data = summary_json(&summary, true);
        let mut t = table::new(["key", "ss58 address", "private file", "public file"]);
        t.add_row([
            "coldkey".to_string(),
            address_or_error(&summary.coldkey_public),
            describe(&summary.coldkey),
            describe(&summary.coldkeypub),
        ]);
        for h in &summary.hotkeys {
            t.add_row([
                format!("hotkey {}", h.name),
                address_or_error(&h.public),
                describe(&h.file),
                describe(&h.pubfile),
            ]);
        }
        let mut warnings = public_warnings(&summary);
        // Private files only: public files may be world-readable.
        let private = [&summary.coldkey]
            .into_iter()
            .chain(summary.hotkeys.iter().map(|h| &h.file));
        for state in private {
            if let Some(mode) = state.mode.filter(|m| m & 0o077 != 0) {
                warnings.push(format!(
                    "`{}` is accessible to other users (mode {mode:04o}); run `chmod 600` on it",
                    state.path.display()
                ));
            }
        }
        let human = format!(
            "Wallet `{}` in {}\n{}",
            wallet.name(),
            wallet.dir().display(),
            table::render(&t)
        );
        let mut report = Report::new(data, human);
        report.warnings = warnings;
        Ok(report)
    }
}

// ---------------------------------------------------------------------------------------------
// sign, verify

/// Sign a message with the coldkey (or the hotkey)
///
/// A message starting with `0x` is signed as the bytes its hex encodes, anything else as its
/// UTF-8 bytes (btwallet's rule). Prints the signature (0x hex); --json adds the address.
///
/// Examples:
///   tao wallet sign --message "hello" --password-file pw.txt
///   tao wallet sign --message 0xdeadbeef --use-hotkey --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SignArgs {
    /// The message: `0x…` hex for bytes, else text
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub message: String,
    /// Sign with the hotkey instead of the coldkey
    #[arg(long, alias = "use_hotkey")]
    pub use_hotkey: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl SignArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let message = keypair::message_bytes(&self.message)?;
        let wallet = open_wallet(ctx)?;
        let (file, what) = if self.use_hotkey {
            (wallet.hotkey(&hotkey_name(ctx)?)?, "hotkey")
        } else {
            (wallet.coldkey(), "coldkey")
        };
        let (unlocked, _) = unlock(ctx, &file, what, &resolver(&self.password))?;
        let key = &unlocked.keypair;
        let signature = key.sign(&message)?;
        let signature_hex = format!("0x{}", hex::encode(signature));
        let data = json!({ "signature": signature_hex, "ss58": key.ss58_address(), "key": what });
        let mut report = Report::new(data, format!("{signature_hex}\n"));
        report.warnings = unlocked.warnings.clone();
        Ok(report)
    }
}

/// Verify a signature (exit 0 when valid, 1 when not)
///
/// The message is read as `sign` reads it. A signature over the message wrapped in
/// `<Bytes>…</Bytes>` (polkadot-js signRaw) is accepted too, as btwallet does.
///
/// Examples:
///   tao wallet verify --message hello --signature 0x… --address 5Grw…
///   tao wallet verify --message 0xdeadbeef --signature "$SIG" --address "$ADDR" --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// The message: `0x…` hex for bytes, else text
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub message: String,
    /// The signature (0x + 128 hex digits)
    #[arg(long, value_name = "HEX")]
    pub signature: String,
    /// The signer's SS58 address
    #[arg(long, value_name = "SS58", alias = "ss58")]
    pub address: String,
}

impl VerifyArgs {
    /// Run the command.
    pub fn run(self, _ctx: &Context) -> CmdResult {
        let message = keypair::message_bytes(&self.message)?;
        let signature = keypair::parse_signature(&self.signature)?;
        let public = keypair::ss58_decode(self.address.trim())?;
        let valid = keypair::verify(&public, &message, &signature);
        let data = json!({ "valid": valid, "ss58": self.address.trim() });
        let mut report = Report::new(data, if valid { "valid\n" } else { "invalid\n" });
        if !valid {
            report.exit = ExitStatus::Failure;
        }
        Ok(report)
    }
}

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
        let (unlocked, old) = unlock(ctx, &file, "coldkey", &resolver(&self.password))?;
        // The new password never comes from the environment (that would be the old one).
        let new_passwords = PasswordResolver::new(self.new_password_file.clone(), Some(&TERMINAL))
            .with_env(|_| None);
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
        let (_, key) = new_key_password(ctx, &resolver(&self.password), file.path(), None)?;
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
        let (unlocked, _) = unlock(ctx, &file, "hotkey", &resolver(&self.password))?;
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
