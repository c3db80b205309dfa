//! `tao wallet regen-coldkey`, `regen-hotkey`, `regen-coldkeypub` and `regen-hotkeypub`: restore keys from a
//! mnemonic, a seed, a polkadot-js export or a public address.

use std::path::Path;

use clap::Args;
use serde_json::json;

use super::{
    PasswordArgs, SecretArgs, human_keys, key_json, new_key_password, overwrite_allowed,
    pubfile_overwrite,
};
use crate::cli::keys::{hotkey_name, open_wallet, passwords};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::progress::Spinner;
use crate::ui::{prompt, table};
use crate::wallet::keyfile::{Keyfile, Protection};
use crate::wallet::{Keypair, SecretString, WalletError, keypair, polkadot_js};

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
                &passwords(self.password.password_file.as_deref()),
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
                &passwords(self.password.password_file.as_deref()),
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
pub struct RegenColdkeypubArgs {
    /// The coldkey's address or public key
    #[command(flatten)]
    pub key: PublicKeyArgs,
}

/// A key given by its address or public key, for the public files.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("public").required(true).args(["ss58", "public_key"])))]
pub struct PublicKeyArgs {
    /// The key's SS58 address
    #[arg(
        long,
        value_name = "SS58",
        alias = "ss58-address",
        alias = "ss58_address"
    )]
    pub ss58: Option<String>,
    /// The key's public key (0x + 64 hex digits)
    #[arg(
        long,
        value_name = "HEX",
        alias = "public-key-hex",
        alias = "public_key_hex"
    )]
    pub public_key: Option<String>,
    /// Replace an existing public file
    #[arg(long, alias = "overwrite")]
    pub force: bool,
}

impl RegenColdkeypubArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let key = public_of(self.key.ss58.as_deref(), self.key.public_key.as_deref())?;
        let pubfile = wallet.coldkeypub();
        let secret_file = wallet.coldkey();
        write_public(
            &wallet,
            "coldkeypub",
            "coldkey",
            &pubfile,
            &secret_file,
            &key,
            self.key.force,
        )
    }
}

/// The key named by `--ss58` or `--public-key`.
fn public_of(ss58: Option<&str>, public_key: Option<&str>) -> Result<Keypair, Failure> {
    Ok(match (ss58, public_key) {
        (Some(address), _) => Keypair::from_ss58(address.trim())?,
        (None, Some(hex)) => Keypair::from_public_key(keypair::parse_public_key(hex)?),
        (None, None) => unreachable!("clap requires --ss58 or --public-key"),
    })
}

/// Write a public file (`coldkeypub.txt` or `hotkeys/<name>pub.txt`) for `key`, warning when the
/// plain key file beside it is another key.
fn write_public(
    wallet: &crate::wallet::layout::Wallet,
    field: &str,
    what: &str,
    pubfile: &Keyfile,
    secret_file: &Keyfile,
    key: &Keypair,
    force: bool,
) -> CmdResult {
    let overwrite = pubfile_overwrite(pubfile, key, force)?;
    pubfile.write_public(key, overwrite)?;
    let mut warnings = Vec::new();
    if let Ok(raw) = secret_file.read(what)
        && let Ok(info) = raw.public_info()
        && info.ss58_address != key.ss58_address()
    {
        warnings.push(format!(
            "the plain {what} in this wallet is {}, not this address",
            info.ss58_address
        ));
    }
    let data = json!({
        "wallet": wallet.name(),
        field: { "ss58": key.ss58_address(), "public_key": key.public_key_hex(), "path": pubfile.path().display().to_string() },
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

/// Restore a hotkey's public file from an address or public key (no secret needed)
///
/// Writes hotkeys/<name>pub.txt for the hotkey named by --hotkey: for a watch-only hotkey, or
/// when only the public file was lost.
///
/// Examples:
///   tao wallet regen-hotkeypub --hotkey miner1 --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
///   tao wallet regen-hotkeypub --public-key 0xd435…a27d --force
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RegenHotkeypubArgs {
    /// The hotkey's address or public key
    #[command(flatten)]
    pub key: PublicKeyArgs,
}

impl RegenHotkeypubArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        let name = hotkey_name(ctx)?;
        let key = public_of(self.key.ss58.as_deref(), self.key.public_key.as_deref())?;
        let pubfile = wallet.hotkeypub(&name)?;
        let secret_file = wallet.hotkey(&name)?;
        write_public(
            &wallet,
            "hotkeypub",
            "hotkey",
            &pubfile,
            &secret_file,
            &key,
            self.key.force,
        )
    }
}
