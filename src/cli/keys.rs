//! The wallet's keys as commands use them: which wallet and hotkey the settings name, their
//! public keys (read from btcli's public files, nothing decrypted), the password prompt, and the
//! one way a secret key is unlocked (one password, one 512 MiB key derivation) and turned into a
//! transaction signer.

use std::path::{Path, PathBuf};

use crate::chain::extrinsics::KeyRole;
use crate::chain::tx::TxSigner;
use crate::cli::Context;
use crate::error::Failure;
use crate::ui::progress::Spinner;
use crate::ui::prompt;
use crate::wallet::keyfile::{Keyfile, NaclKey, Unlocked};
use crate::wallet::layout::{self, Wallet};
use crate::wallet::password::{PasswordOrigin, PasswordPrompt, PasswordResolver, Purpose};
use crate::wallet::{Keypair, SecretString, WalletError, keypair};

/// What to do when no password source is set and there is no terminal to prompt on.
pub const PASSWORD_HINT: &str =
    "pass `--password-file FILE` (or `-` for standard input), or set `TAO_PASSWORD_FILE`";

/// The hidden password prompt on the terminal (the resolver trims what is typed, as btcli's
/// prompt does); a new password is asked twice.
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

/// The password sources in their order: `--password-file` (or `TAO_PASSWORD_FILE`),
/// `TAO_UNSAFE_PASSWORD`, btcli's `BT_PW_<PATH>`, then the terminal prompt.
pub fn passwords(password_file: Option<&Path>) -> PasswordResolver<'static> {
    PasswordResolver::new(password_file.map(Path::to_path_buf), Some(&TERMINAL))
}

/// Say on the debug channel where a password came from when it was not an obvious source.
pub fn note_origin(ctx: &Context, origin: &PasswordOrigin) {
    if let PasswordOrigin::BtEnv(name) = origin {
        ctx.printer
            .debug(&format!("password from btcli's `{name}`"));
    }
}

/// Derive the `$NACL` key for a password (the slow step), with a spinner on a terminal.
pub fn derive(ctx: &Context, password: &SecretString, what: &str) -> Result<NaclKey, Failure> {
    let spinner = Spinner::start(ctx.printer.progress, &format!("{what} (Argon2i, 512 MiB)…"));
    let key = NaclKey::derive(password);
    spinner.finish();
    Ok(key?)
}

/// Read and, if needed, decrypt a keyfile: one password, one key derivation. Returns the
/// password when one was needed.
pub fn unlock(
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

/// The configured wallet (`--wallet-path`, `--wallet-name`).
pub fn open_wallet(ctx: &Context) -> Result<Wallet, Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    Ok(Wallet::new(root, ctx.settings.wallet_name())?)
}

/// The configured hotkey name (`--hotkey`), validated.
pub fn hotkey_name(ctx: &Context) -> Result<String, Failure> {
    let name = ctx.settings.hotkey().to_string();
    layout::validate_name(layout::NameKind::Hotkey, &name)?;
    Ok(name)
}

/// The secret key that signs for `role` (the wallet's coldkey or its configured hotkey),
/// unlocked with the password from `password_file` or the other sources.
pub fn unlock_role(
    ctx: &Context,
    role: KeyRole,
    password_file: Option<&Path>,
) -> Result<Keypair, Failure> {
    let wallet = open_wallet(ctx)?;
    let (file, what) = match role {
        KeyRole::Coldkey => (wallet.coldkey(), "coldkey"),
        KeyRole::Hotkey => (wallet.hotkey(&hotkey_name(ctx)?)?, "hotkey"),
    };
    let (unlocked, _) = unlock(ctx, &file, what, &passwords(password_file))?;
    Ok(unlocked.keypair)
}

/// Sign `message` with `public` through the key agent, when `TAO_AGENT_SOCK` is set, `--no-agent`
/// is not, and the agent holds that key. `None` means: unlock the key file instead. An agent
/// that is dead, stale or refusing never fails the command: tao says it fell back.
pub fn agent_sign(
    ctx: &Context,
    public: &[u8; 32],
    description: &str,
    message: &[u8],
) -> Option<[u8; 64]> {
    if ctx.no_agent {
        return None;
    }
    let path = crate::agent::socket_from_env()?;
    let result = crate::agent::client::Client::connect(&path)
        .and_then(|mut c| c.sign(public, description, message));
    match result {
        Ok(Some(sig)) => {
            ctx.printer
                .debug(&format!("signed by the key agent at {}", path.display()));
            Some(sig)
        }
        Ok(None) => {
            ctx.printer.debug(&format!(
                "the key agent does not hold {}; unlocking the key file",
                crate::ss58::encode_default(public)
            ));
            None
        }
        Err(e) => {
            ctx.printer.warn(&format!(
                "{e}; unlocking the key file instead (`tao agent status` explains, `--no-agent` skips the agent)"
            ));
            None
        }
    }
}

/// A wallet key as the transaction pipeline's signer.
pub struct KeySigner(pub Keypair);

impl TxSigner for KeySigner {
    fn account(&self) -> [u8; 32] {
        self.0.public_key()
    }

    fn sign(&self, message: &[u8]) -> Result<[u8; 64], String> {
        self.0.sign(message).map_err(|e| e.to_string())
    }
}

/// The public key in a btcli public keyfile (or a plain keyfile), read without decrypting
/// anything.
pub fn public_key_from_file(path: &Path) -> Result<[u8; 32], Failure> {
    let info = Keyfile::new(path).read("public key file")?.public_info()?;
    Ok(keypair::ss58_decode(&info.ss58_address)?)
}

/// The public key of the key that signs for `role`.
pub fn public_key(ctx: &Context, role: KeyRole) -> Result<[u8; 32], Failure> {
    match role {
        KeyRole::Coldkey => wallet_coldkey(ctx),
        KeyRole::Hotkey => wallet_hotkey(ctx),
    }
}

/// The key given by address (`flag`), else the configured wallet's key for `role`.
pub fn given_or_wallet(
    ctx: &Context,
    role: KeyRole,
    given: Option<&str>,
    flag: &str,
) -> Result<[u8; 32], Failure> {
    match given {
        Some(a) => crate::cli::args::parse_ss58(a, flag),
        None => public_key(ctx, role),
    }
}

/// The coldkey of the configured wallet, from `coldkeypub.txt`.
pub fn wallet_coldkey(ctx: &Context) -> Result<[u8; 32], Failure> {
    let wallet = open_wallet(ctx)?;
    public_key_from_file(wallet.coldkeypub().path())
}

/// The configured hotkey of the configured wallet, from `hotkeys/<name>pub.txt` or else the
/// hotkey file's public fields.
pub fn wallet_hotkey(ctx: &Context) -> Result<[u8; 32], Failure> {
    let wallet = open_wallet(ctx)?;
    let name = hotkey_name(ctx)?;
    let pubfile = wallet.hotkeypub(&name)?;
    if pubfile.exists() {
        return public_key_from_file(pubfile.path());
    }
    public_key_from_file(wallet.hotkey(&name)?.path())
}

/// Every wallet under the wallet path that has a readable `coldkeypub.txt`, sorted by name.
pub fn all_wallet_coldkeys(ctx: &Context) -> Result<Vec<(String, [u8; 32])>, Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    let entries = std::fs::read_dir(&root).map_err(|e| {
        Failure::user(
            "wallet.not_found",
            format!("cannot list wallets in `{}`: {e}", root.display()),
        )
        .with_hint("set the wallet directory with `--wallet-path`")
    })?;
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let pubfile: PathBuf = entry.path().join("coldkeypub.txt");
        if pubfile.is_file()
            && let Ok(pk) = public_key_from_file(&pubfile)
        {
            out.push((name, pk));
        }
    }
    out.sort();
    Ok(out)
}

/// The public keys of every hotkey of the wallet (`hotkeys/<name>pub.txt` or the keyfile's
/// public fields), sorted by name.
pub fn all_hotkeys(ctx: &Context) -> Result<Vec<[u8; 32]>, Failure> {
    let wallet = open_wallet(ctx)?;
    let dir = wallet.hotkeys_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| {
            Failure::user(
                "wallet.no_hotkeys",
                format!("cannot list `{}`: {e}", dir.display()),
            )
        })?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.ends_with("pub.txt") && !n.starts_with('.'))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for n in names {
        let from_pub = wallet
            .hotkeypub(&n)
            .ok()
            .and_then(|f| f.read("hotkey public file").ok())
            .and_then(|raw| raw.public_info().ok());
        let info = match from_pub {
            Some(i) => Some(i),
            None => wallet
                .hotkey(&n)
                .ok()
                .and_then(|f| f.read("hotkey").ok())
                .and_then(|raw| raw.public_info().ok()),
        };
        if let Some(pk) = info.and_then(|i| crate::ss58::parse_public_key_hex(&i.public_key).ok())
            && !out.contains(&pk)
        {
            out.push(pk);
        }
    }
    if out.is_empty() {
        return Err(Failure::user(
            "wallet.no_hotkeys",
            format!("the wallet has no readable hotkeys in `{}`", dir.display()),
        ));
    }
    Ok(out)
}
