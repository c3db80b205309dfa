//! The wallet directory layout of bittensor-wallet, and safe writes into it.
//!
//! ```text
//! <root>/<wallet>/coldkey                  private coldkey ($NACL by default)
//! <root>/<wallet>/coldkeypub.txt           public coldkey
//! <root>/<wallet>/hotkeys/<hotkey>         private hotkey (plain by default)
//! <root>/<wallet>/hotkeys/<hotkey>pub.txt  public hotkey (optional: older wallets lack it)
//! ```
//!
//! Writes are atomic (a temporary file in the same directory, created 0600, fsync, rename or
//! link, fsync of the directory), so a crash leaves the old file or the new one, never a partial
//! one. Directories tao creates are 0700.

use std::fs::{self, File};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::WalletError;
use super::keyfile::{Keyfile, KeyfileFormat, PublicInfo};

/// The default wallet and hotkey name.
pub const DEFAULT_NAME: &str = "default";
/// The suffix of hotkey public files (`<hotkey>pub.txt`).
pub const HOTKEY_PUB_SUFFIX: &str = "pub.txt";
/// The name of the coldkey public file.
pub const COLDKEYPUB: &str = "coldkeypub.txt";

pub use crate::fs::NameKind;

/// Check a wallet or hotkey name: it must name one entry inside its directory and nothing else
/// (the rules are [`crate::fs::check_name`]'s, shared with the settings).
pub fn validate_name(kind: NameKind, name: &str) -> Result<(), WalletError> {
    crate::fs::check_name(kind, name).map_err(|e| WalletError::InvalidName {
        kind: e.kind.as_str(),
        name: e.name,
        reason: e.reason,
    })
}

/// A wallet: a named directory under a wallet root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wallet {
    root: PathBuf,
    name: String,
}

impl Wallet {
    /// The wallet `name` under `root` (the name is validated; nothing is read).
    pub fn new(root: impl Into<PathBuf>, name: &str) -> Result<Wallet, WalletError> {
        validate_name(NameKind::Wallet, name)?;
        Ok(Wallet {
            root: root.into(),
            name: name.to_owned(),
        })
    }

    /// The wallet's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The wallet root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `<root>/<name>`.
    pub fn dir(&self) -> PathBuf {
        self.root.join(&self.name)
    }

    /// `<root>/<name>/hotkeys`.
    pub fn hotkeys_dir(&self) -> PathBuf {
        self.dir().join("hotkeys")
    }

    /// The private coldkey file.
    pub fn coldkey(&self) -> Keyfile {
        Keyfile::new(self.dir().join("coldkey"))
    }

    /// `coldkeypub.txt`.
    pub fn coldkeypub(&self) -> Keyfile {
        Keyfile::new(self.dir().join(COLDKEYPUB))
    }

    /// The private file of hotkey `name` (validated).
    pub fn hotkey(&self, name: &str) -> Result<Keyfile, WalletError> {
        validate_name(NameKind::Hotkey, name)?;
        Ok(Keyfile::new(self.hotkeys_dir().join(name)))
    }

    /// `hotkeys/<name>pub.txt` (validated).
    pub fn hotkeypub(&self, name: &str) -> Result<Keyfile, WalletError> {
        validate_name(NameKind::Hotkey, name)?;
        Ok(Keyfile::new(
            self.hotkeys_dir()
                .join(format!("{name}{HOTKEY_PUB_SUFFIX}")),
        ))
    }

    /// Whether the wallet directory exists.
    pub fn exists(&self) -> bool {
        self.dir().is_dir()
    }

    /// The hotkey names under `hotkeys/`, sorted: every private file, plus every `Xpub.txt`
    /// without its private file (as btcli lists them). Temporary and hidden files are skipped.
    pub fn hotkey_names(&self) -> Result<Vec<String>, WalletError> {
        let dir = self.hotkeys_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(WalletError::Io {
                    action: "list",
                    path: dir,
                    source,
                });
            }
        };
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|source| WalletError::Io {
                action: "list",
                path: dir.clone(),
                source,
            })?;
            let Some(file) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if file.starts_with('.') || entry.path().is_dir() {
                continue;
            }
            let name = file
                .strip_suffix(HOTKEY_PUB_SUFFIX)
                .filter(|n| !n.is_empty())
                .unwrap_or(&file)
                .to_owned();
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names.sort();
        Ok(names)
    }

    /// What exists for this wallet, read without decrypting anything.
    pub fn inspect(&self) -> WalletSummary {
        let coldkey = FileState::of(&self.coldkey());
        let coldkeypub = FileState::of(&self.coldkeypub());
        let coldkey_public = public_of(&coldkeypub, &coldkey);
        let (hotkeys, hotkeys_error) = match self.hotkey_names() {
            Ok(names) => (
                names.iter().map(|name| self.inspect_hotkey(name)).collect(),
                None,
            ),
            Err(err) => (Vec::new(), Some(err.to_string())),
        };
        WalletSummary {
            name: self.name.clone(),
            path: self.dir(),
            coldkey,
            coldkeypub,
            coldkey_public,
            hotkeys,
            hotkeys_error,
        }
    }

    fn inspect_hotkey(&self, name: &str) -> HotkeySummary {
        match (self.hotkey(name), self.hotkeypub(name)) {
            (Ok(private), Ok(public)) => {
                let file = FileState::of(&private);
                let pubfile = FileState::of(&public);
                let public = public_of(&pubfile, &file);
                HotkeySummary {
                    name: name.to_owned(),
                    file,
                    pubfile,
                    public,
                }
            }
            (Err(err), _) | (_, Err(err)) => {
                let path = self.hotkeys_dir().join(name);
                HotkeySummary {
                    name: name.to_owned(),
                    file: FileState::missing(path.clone()),
                    pubfile: FileState::missing(path),
                    public: Err(err.to_string()),
                }
            }
        }
    }
}

/// Public facts from the public file, else from a plain private file; an error message when
/// neither gives them (never decrypts).
fn public_of(pubfile: &FileState, private: &FileState) -> Result<PublicInfo, String> {
    let read = |state: &FileState| {
        Keyfile::new(&state.path)
            .read("keyfile")
            .and_then(|raw| raw.public_info())
    };
    if pubfile.exists {
        return read(pubfile).map_err(|err| err.to_string());
    }
    match private.format {
        Some(KeyfileFormat::Plain) => read(private).map_err(|err| err.to_string()),
        Some(format) => Err(format!(
            "no public file, and `{}` is encrypted ({format})",
            private.path.display()
        )),
        None => Err(format!(
            "neither `{}` nor its public file exists",
            private.path.display()
        )),
    }
}

/// A file of a wallet, as found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileState {
    /// Its path.
    pub path: PathBuf,
    /// Whether it exists.
    pub exists: bool,
    /// Its format, when it exists and is readable.
    pub format: Option<KeyfileFormat>,
    /// Its permission bits, when it exists.
    pub mode: Option<u32>,
}

impl FileState {
    fn missing(path: PathBuf) -> FileState {
        FileState {
            path,
            exists: false,
            format: None,
            mode: None,
        }
    }

    /// Look at `keyfile` without decrypting it.
    pub fn of(keyfile: &Keyfile) -> FileState {
        let path = keyfile.path().to_owned();
        let Ok(meta) = fs::metadata(&path) else {
            return FileState::missing(path);
        };
        let format = read_prefix(&path).map(|prefix| KeyfileFormat::detect(&prefix));
        FileState {
            path,
            exists: true,
            format,
            mode: Some(meta.permissions().mode() & 0o7777),
        }
    }
}

fn read_prefix(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::with_capacity(16);
    File::open(path).ok()?.take(16).read_to_end(&mut buf).ok()?;
    Some(buf)
}

/// A wallet as listed or inspected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletSummary {
    /// The wallet's name.
    pub name: String,
    /// Its directory.
    pub path: PathBuf,
    /// The private coldkey file.
    pub coldkey: FileState,
    /// `coldkeypub.txt`.
    pub coldkeypub: FileState,
    /// The coldkey's address, or why it cannot be read.
    pub coldkey_public: Result<PublicInfo, String>,
    /// The hotkeys.
    pub hotkeys: Vec<HotkeySummary>,
    /// Why `hotkeys/` could not be listed, if it could not.
    pub hotkeys_error: Option<String>,
}

/// A hotkey as listed or inspected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HotkeySummary {
    /// The hotkey's name.
    pub name: String,
    /// Its private file.
    pub file: FileState,
    /// Its public file.
    pub pubfile: FileState,
    /// Its address, or why it cannot be read.
    pub public: Result<PublicInfo, String>,
}

/// Every wallet under `root`, sorted by name; a missing root is an empty list. Broken wallets are
/// reported in their summary, never as an error of the whole listing.
pub fn list_wallets(root: &Path) -> Result<Vec<WalletSummary>, WalletError> {
    let entries = match fs::read_dir(root) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(WalletError::Io {
                action: "list",
                path: root.to_owned(),
                source,
            });
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .filter(|name| validate_name(NameKind::Wallet, name).is_ok())
        .collect();
    names.sort();
    Ok(names
        .iter()
        .filter_map(|name| Wallet::new(root, name).ok())
        .map(|wallet| wallet.inspect())
        .collect())
}

/// Create `dir` and its missing parents with mode 0700 (existing directories are left alone).
pub fn ensure_dir(dir: &Path) -> Result<(), WalletError> {
    crate::fs::private_dir(dir).map_err(super::fs_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for ok in ["default", "miner-1", "my.wallet", "ünïcode", "a b"] {
            validate_name(NameKind::Wallet, ok).unwrap();
            validate_name(NameKind::Hotkey, ok).unwrap();
        }
        for bad in [
            "", ".", "..", "a/b", "../x", "a\\b", "x\ny", "tab\t", ".hidden", "a..b", "\u{7f}",
        ] {
            assert!(validate_name(NameKind::Wallet, bad).is_err(), "{bad:?}");
            assert!(validate_name(NameKind::Hotkey, bad).is_err(), "{bad:?}");
        }
        assert!(validate_name(NameKind::Hotkey, "defaultpub.txt").is_err());
        validate_name(NameKind::Wallet, "defaultpub.txt").unwrap();
        let err = validate_name(NameKind::Wallet, "x\ny").unwrap_err();
        assert!(err.to_string().contains("x\\ny"), "{err}");
    }

    #[test]
    fn paths() {
        let w = Wallet::new("/r", "w").unwrap();
        assert_eq!(w.coldkey().path(), Path::new("/r/w/coldkey"));
        assert_eq!(w.coldkeypub().path(), Path::new("/r/w/coldkeypub.txt"));
        assert_eq!(w.hotkey("h").unwrap().path(), Path::new("/r/w/hotkeys/h"));
        assert_eq!(
            w.hotkeypub("h").unwrap().path(),
            Path::new("/r/w/hotkeys/hpub.txt")
        );
        assert!(w.hotkey("../../etc/passwd").is_err());
        assert!(Wallet::new("/r", "..").is_err());
    }
}
