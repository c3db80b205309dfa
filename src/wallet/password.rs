//! Where a keyfile password comes from.
//!
//! In order: `--password-file F` (the file's content minus one trailing newline; `-` reads
//! standard input), `TAO_PASSWORD_FILE` (a path, same rules), `TAO_UNSAFE_PASSWORD` (the password
//! itself; for CI), btwallet's `BT_PW_<PATH>` (unlocking only), and finally a hidden prompt, only
//! when standard input and standard error are terminals. The prompt is the CLI's: it is injected
//! through [`PasswordPrompt`], so this module touches no terminal code.

use std::cell::OnceCell;
use std::ffi::OsString;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use super::WalletError;
use super::keyfile::{bt_pw_decode, bt_pw_env_name};
use zeroize::Zeroizing;

use super::secret::SecretString;

/// `TAO_PASSWORD_FILE`: a file holding the password.
pub const ENV_PASSWORD_FILE: &str = "TAO_PASSWORD_FILE";
/// `TAO_UNSAFE_PASSWORD`: the password itself (visible to other processes of the user; CI only).
pub const ENV_UNSAFE_PASSWORD: &str = "TAO_UNSAFE_PASSWORD";
/// The most bytes read from a password file.
const MAX_PASSWORD_FILE: u64 = 64 * 1024;
/// The shortest password accepted at a prompt when creating a key (btwallet's rule).
pub const MIN_PROMPTED_PASSWORD_LEN: usize = 6;

/// Asks the user for a password on the terminal without echoing it.
pub trait PasswordPrompt {
    /// Show `message` and read a hidden password; when `confirm`, ask again and fail on a
    /// mismatch. Returns the text as typed (the caller trims it).
    fn prompt_password(&self, message: &str, confirm: bool) -> Result<SecretString, WalletError>;
}

impl<F> PasswordPrompt for F
where
    F: Fn(&str, bool) -> Result<SecretString, WalletError>,
{
    fn prompt_password(&self, message: &str, confirm: bool) -> Result<SecretString, WalletError> {
        self(message, confirm)
    }
}

/// What the password is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Decrypting an existing keyfile.
    Unlock,
    /// Encrypting a new keyfile (a prompt asks twice).
    New,
}

/// Where a password came from (for messages; never the password).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordOrigin {
    /// `--password-file PATH`.
    File(PathBuf),
    /// `--password-file -`.
    Stdin,
    /// `TAO_PASSWORD_FILE`.
    EnvFile(PathBuf),
    /// `TAO_UNSAFE_PASSWORD`.
    EnvUnsafe,
    /// btwallet's `BT_PW_…` variable.
    BtEnv(String),
    /// The terminal prompt.
    Prompt,
}

/// Looks up an environment variable.
type EnvLookup<'a> = Box<dyn Fn(&str) -> Option<OsString> + 'a>;

/// Resolves passwords from the configured sources. A source that is a file or standard input is
/// read once and reused for later requests of the same command.
pub struct PasswordResolver<'a> {
    password_file: Option<PathBuf>,
    env: EnvLookup<'a>,
    interactive: bool,
    prompt: Option<&'a dyn PasswordPrompt>,
    cached: OnceCell<(SecretString, PasswordOrigin)>,
}

impl std::fmt::Debug for PasswordResolver<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordResolver")
            .field("password_file", &self.password_file)
            .field("interactive", &self.interactive)
            .finish_non_exhaustive()
    }
}

impl<'a> PasswordResolver<'a> {
    /// A resolver over the process environment, prompting through `prompt` only when standard
    /// input and standard error are terminals.
    pub fn new(password_file: Option<PathBuf>, prompt: Option<&'a dyn PasswordPrompt>) -> Self {
        let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        PasswordResolver {
            password_file,
            env: Box::new(|name| std::env::var_os(name)),
            interactive,
            prompt,
            cached: OnceCell::new(),
        }
    }

    /// Replace the environment lookup (tests).
    pub fn with_env(mut self, env: impl Fn(&str) -> Option<OsString> + 'a) -> Self {
        self.env = Box::new(env);
        self
    }

    /// Override whether prompting is possible (tests, or a CLI that knows better).
    pub fn with_interactive(mut self, interactive: bool) -> Self {
        self.interactive = interactive;
        self
    }

    fn env(&self, name: &str) -> Option<OsString> {
        (self.env)(name).filter(|v| !v.is_empty())
    }

    /// Whether a non-interactive source (file, environment) is configured.
    pub fn has_non_interactive_source(&self) -> bool {
        self.password_file.is_some()
            || self.env(ENV_PASSWORD_FILE).is_some()
            || self.env(ENV_UNSAFE_PASSWORD).is_some()
    }

    /// The password for `keyfile` (used for `BT_PW_…` and messages).
    pub fn password_for(
        &self,
        keyfile: &Path,
        purpose: Purpose,
    ) -> Result<(SecretString, PasswordOrigin), WalletError> {
        let (password, origin) = self.resolve(keyfile, purpose)?;
        if purpose == Purpose::New && password.is_empty() {
            return Err(WalletError::WeakPassword {
                reason: "it is empty (use `--no-password` for an unencrypted key)",
            });
        }
        Ok((password, origin))
    }

    fn resolve(
        &self,
        keyfile: &Path,
        purpose: Purpose,
    ) -> Result<(SecretString, PasswordOrigin), WalletError> {
        if let Some(cached) = self.cached.get() {
            return Ok(cached.clone());
        }
        if let Some(file) = &self.password_file {
            let found = if file.as_os_str() == "-" {
                (read_password_stdin()?, PasswordOrigin::Stdin)
            } else {
                (
                    read_password_file(file, "--password-file")?,
                    PasswordOrigin::File(file.clone()),
                )
            };
            return Ok(self.cached.get_or_init(|| found).clone());
        }
        if let Some(file) = self.env(ENV_PASSWORD_FILE) {
            let file = PathBuf::from(file);
            let found = (
                read_password_file(&file, ENV_PASSWORD_FILE)?,
                PasswordOrigin::EnvFile(file),
            );
            return Ok(self.cached.get_or_init(|| found).clone());
        }
        if let Some(value) = self.env(ENV_UNSAFE_PASSWORD) {
            let text = value
                .into_string()
                .map_err(|_| WalletError::PasswordSource {
                    source_name: format!("`{ENV_UNSAFE_PASSWORD}`"),
                    reason: "it is not UTF-8".into(),
                })?;
            return Ok((SecretString::new(text), PasswordOrigin::EnvUnsafe));
        }
        if purpose == Purpose::Unlock {
            let name = bt_pw_env_name(keyfile);
            if let Some(value) = self.env(&name) {
                let value = value
                    .into_string()
                    .map_err(|_| WalletError::PasswordSource {
                        source_name: format!("`{name}`"),
                        reason: "the value is not valid base64".into(),
                    })?;
                return Ok((bt_pw_decode(&name, &value)?, PasswordOrigin::BtEnv(name)));
            }
        }
        match (self.interactive, self.prompt) {
            (true, Some(prompt)) => {
                let message = match purpose {
                    Purpose::Unlock => format!("Password for `{}`", keyfile.display()),
                    Purpose::New => format!("New password for `{}`", keyfile.display()),
                };
                let typed = prompt
                    .prompt_password(&message, purpose == Purpose::New)?
                    .trimmed();
                if purpose == Purpose::New && typed.len() < MIN_PROMPTED_PASSWORD_LEN {
                    return Err(WalletError::WeakPassword {
                        reason: "it is shorter than 6 characters",
                    });
                }
                Ok((typed, PasswordOrigin::Prompt))
            }
            _ => Err(WalletError::NoPasswordSource {
                path: keyfile.to_owned(),
            }),
        }
    }
}

/// Strip one trailing newline (`\n` or `\r\n`) and decode UTF-8.
fn password_from_bytes(mut bytes: Vec<u8>, source_name: &str) -> Result<SecretString, WalletError> {
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    SecretString::from_utf8(bytes).ok_or_else(|| WalletError::PasswordSource {
        source_name: source_name.to_owned(),
        reason: "it is not UTF-8".into(),
    })
}

/// Read a password file: its content minus one trailing newline.
pub fn read_password_file(path: &Path, flag: &str) -> Result<SecretString, WalletError> {
    let source_name = format!("`{flag} {}`", path.display());
    let file = std::fs::File::open(path).map_err(|err| WalletError::PasswordSource {
        source_name: source_name.clone(),
        reason: err.to_string(),
    })?;
    read_limited(file, &source_name)
}

fn read_password_stdin() -> Result<SecretString, WalletError> {
    read_limited(
        std::io::stdin().lock(),
        "standard input (`--password-file -`)",
    )
}

fn read_limited(reader: impl Read, source_name: &str) -> Result<SecretString, WalletError> {
    // Allocated once at full size so that reading never reallocates and leaves copies behind.
    let mut bytes = Zeroizing::new(Vec::with_capacity(MAX_PASSWORD_FILE as usize + 1));
    reader
        .take(MAX_PASSWORD_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| WalletError::PasswordSource {
            source_name: source_name.to_owned(),
            reason: err.to_string(),
        })?;
    if bytes.len() as u64 > MAX_PASSWORD_FILE {
        return Err(WalletError::PasswordSource {
            source_name: source_name.to_owned(),
            reason: "it is larger than 64 KiB; is it the right file?".into(),
        });
    }
    password_from_bytes(std::mem::take(&mut *bytes), source_name)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::error::{Diagnostic, ExitStatus};

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> + use<> {
        let map: HashMap<String, OsString> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn resolver<'a>(
        file: Option<PathBuf>,
        env: &[(&str, &str)],
        prompt: Option<&'a dyn PasswordPrompt>,
    ) -> PasswordResolver<'a> {
        PasswordResolver::new(file, prompt)
            .with_env(env_of(env))
            .with_interactive(prompt.is_some())
    }

    const KEY: &str = "/home/user/.bittensor/wallets/default/coldkey";

    #[test]
    fn file_strips_exactly_one_newline() {
        let dir = tempfile::tempdir().unwrap();
        let cases: [(&[u8], &str); 5] = [
            (b"pw\n", "pw"),
            (b"pw\n\n", "pw\n"),
            (b"pw\r\n", "pw"),
            (b" pw ", " pw "),
            (b"pw", "pw"),
        ];
        for (i, (content, expected)) in cases.into_iter().enumerate() {
            let path = dir.path().join(format!("pw{i}"));
            std::fs::write(&path, content).unwrap();
            let r = resolver(Some(path.clone()), &[(ENV_UNSAFE_PASSWORD, "other")], None);
            let (pw, origin) = r.password_for(Path::new(KEY), Purpose::Unlock).unwrap();
            assert_eq!(pw.expose(), expected);
            assert_eq!(origin, PasswordOrigin::File(path));
        }
    }

    #[test]
    fn order_of_sources() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("envpw");
        std::fs::write(&path, "from-env-file\n").unwrap();
        let bt = (
            "BT_PW__HOME_USER__BITTENSOR_WALLETS_DEFAULT_COLDKEY",
            "ITstIjI8K2gnIjcsMHMnMysrJzstdDY6Mj8+Og==",
        );
        let r = resolver(
            None,
            &[
                (ENV_PASSWORD_FILE, path.to_str().unwrap()),
                (ENV_UNSAFE_PASSWORD, "unsafe"),
                bt,
            ],
            None,
        );
        assert_eq!(
            r.password_for(Path::new(KEY), Purpose::Unlock)
                .unwrap()
                .0
                .expose(),
            "from-env-file"
        );
        let r = resolver(None, &[(ENV_UNSAFE_PASSWORD, "unsafe"), bt], None);
        assert_eq!(
            r.password_for(Path::new(KEY), Purpose::Unlock)
                .unwrap()
                .0
                .expose(),
            "unsafe"
        );
        let r = resolver(None, &[bt], None);
        let (pw, origin) = r.password_for(Path::new(KEY), Purpose::Unlock).unwrap();
        assert_eq!(pw.expose(), "correct horse battery staple");
        assert!(matches!(origin, PasswordOrigin::BtEnv(_)));
        // BT_PW_ never supplies a new password.
        let err = r.password_for(Path::new(KEY), Purpose::New).unwrap_err();
        assert!(matches!(err, WalletError::NoPasswordSource { .. }));
    }

    #[test]
    fn no_source_and_no_terminal_is_a_usage_error_with_a_hint() {
        let r = resolver(None, &[], None);
        let err = r.password_for(Path::new(KEY), Purpose::Unlock).unwrap_err();
        assert_eq!(err.code(), "wallet.no_password_source");
        assert_eq!(err.exit_status(), ExitStatus::Usage);
        assert!(err.hint().unwrap().contains("--password-file"));
        assert!(err.hint().unwrap().contains("TAO_PASSWORD_FILE"));
    }

    #[test]
    fn prompt_is_trimmed_and_confirmed_for_new() {
        let asked = std::cell::RefCell::new(Vec::new());
        let prompt = |msg: &str, confirm: bool| {
            asked.borrow_mut().push((msg.to_owned(), confirm));
            Ok(SecretString::copy_from("  typed-pw \n"))
        };
        let r = resolver(None, &[], Some(&prompt));
        assert_eq!(
            r.password_for(Path::new(KEY), Purpose::Unlock)
                .unwrap()
                .0
                .expose(),
            "typed-pw"
        );
        assert_eq!(
            r.password_for(Path::new(KEY), Purpose::New)
                .unwrap()
                .0
                .expose(),
            "typed-pw"
        );
        assert_eq!(
            asked.borrow().iter().map(|a| a.1).collect::<Vec<_>>(),
            vec![false, true]
        );
        let short = |_: &str, _: bool| Ok(SecretString::copy_from("abc"));
        let r = resolver(None, &[], Some(&short));
        assert!(matches!(
            r.password_for(Path::new(KEY), Purpose::New),
            Err(WalletError::WeakPassword { .. })
        ));
        // A terminal is needed to prompt.
        let r = PasswordResolver::new(None, Some(&prompt))
            .with_env(env_of(&[]))
            .with_interactive(false);
        assert!(matches!(
            r.password_for(Path::new(KEY), Purpose::Unlock),
            Err(WalletError::NoPasswordSource { .. })
        ));
    }

    #[test]
    fn bad_sources_are_reported_without_the_password() {
        let r = resolver(Some(PathBuf::from("/nonexistent/pw")), &[], None);
        let err = r.password_for(Path::new(KEY), Purpose::Unlock).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/pw"), "{err}");
        let bt = ("BT_PW__HOME_USER__BITTENSOR_WALLETS_DEFAULT_COLDKEY", "%%%");
        let r = resolver(None, &[bt], None);
        assert!(matches!(
            r.password_for(Path::new(KEY), Purpose::Unlock),
            Err(WalletError::PasswordSource { .. })
        ));
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "\n").unwrap();
        let r = resolver(Some(empty), &[], None);
        assert_eq!(
            r.password_for(Path::new(KEY), Purpose::Unlock)
                .unwrap()
                .0
                .expose(),
            ""
        );
        assert!(matches!(
            r.password_for(Path::new(KEY), Purpose::New),
            Err(WalletError::WeakPassword { .. })
        ));
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'a'; 70_000]).unwrap();
        let r = resolver(Some(big), &[], None);
        assert!(r.password_for(Path::new(KEY), Purpose::Unlock).is_err());
    }
}
