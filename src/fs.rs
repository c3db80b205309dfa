//! Private files and directories: how tao writes everything it keeps on disk.
//!
//! Keyfiles, public key files, the config file, the metadata cache and the commit-reveal salts
//! all go through this module, so they share one set of guarantees:
//!
//! - directories tao creates get mode 0700 when they are created ([`private_dir`]);
//! - files get mode 0600 and are replaced atomically: a temporary file is created next to the
//!   target (exclusively, without following a symbolic link, 0600), written, fsynced and moved
//!   into place, then the directory is fsynced. A crash leaves the old file or the new one, never
//!   a mix ([`write_private`]); keys use a variant that never replaces an existing file
//!   ([`create_private`]);
//! - a symbolic link at the target is never written through;
//! - `~` expands with `$HOME` in one way only ([`expand_tilde`]);
//! - wallet and hotkey names are checked in one place ([`check_name`]), because they become
//!   directory and file names.
//!
//! This is a bottom layer: it uses only `std`, `libc` and [`crate::env`]; the modules that
//! use it turn an [`FsError`] into their own errors (and error codes).
//! Temporary files start with `.` so wallet listings skip one left behind by a killed writer.

use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::env;

/// The mode of every file tao writes: read and write for the owner only.
pub const FILE_MODE: u32 = 0o600;
/// The mode of every directory tao creates: owner only.
pub const DIR_MODE: u32 = 0o700;
/// The suffix of a hotkey's public file (`hotkeys/<hotkey>pub.txt`, no separator), which is why
/// a hotkey name may not end with it.
pub const HOTKEY_PUB_SUFFIX: &str = "pub.txt";
/// The longest file name, in bytes, that Linux file systems accept.
const NAME_MAX: usize = 255;
/// What marks a temporary file: `.<target name>.tao-tmp-<pid>-<counter>-<clock>`.
const TEMP_MARKER: &str = ".tao-tmp-";
/// How much of the target's name a temporary name repeats, so that it stays below
/// [`NAME_MAX`] whatever the target's length.
const TEMP_NAME_PREFIX_MAX: usize = 128;

/// What can go wrong while writing private files or expanding paths.
#[derive(Debug, thiserror::Error)]
pub enum FsError {
    /// A path starts with `~` but `HOME` is unset or empty.
    #[error("cannot expand `~` in `{path}`: `HOME` is not set")]
    NoHome {
        /// The path as given.
        path: String,
    },
    /// The target is a symbolic link: tao neither follows nor replaces one.
    #[error("`{}` is a symbolic link; tao does not write through symbolic links", path.display())]
    Symlink {
        /// The link.
        path: PathBuf,
    },
    /// The target exists and the write must not replace it.
    #[error("`{}` already exists", path.display())]
    Exists {
        /// The existing file (possibly a dangling symbolic link).
        path: PathBuf,
    },
    /// An operating system error.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What was being done (`create directory`, `create`, `write`, `replace`…).
        action: &'static str,
        /// The file or directory concerned.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
}

impl From<FsError> for io::Error {
    /// The operating system's error where there is one, else the message as an error.
    fn from(e: FsError) -> io::Error {
        match e {
            FsError::Io { source, .. } => source,
            other => io::Error::other(other.to_string()),
        }
    }
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> FsError {
    let path = path.to_owned();
    move |source| FsError::Io {
        action,
        path,
        source,
    }
}

/// `$HOME`, when it is set and not empty.
pub fn home_dir() -> Option<PathBuf> {
    std::env::var_os(env::HOME)
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

/// `path` with a leading `~` or `~/` replaced by `$HOME`; any other path (`/abs`, `rel`,
/// `~user/x`) is returned as it is. When the path needs `$HOME` and `HOME` is unset or empty the
/// result is [`FsError::NoHome`]: a literal `~` directory is never used.
pub fn expand_tilde(path: &str) -> Result<PathBuf, FsError> {
    expand_tilde_with(path, home_dir())
}

fn expand_tilde_with(path: &str, home: Option<PathBuf>) -> Result<PathBuf, FsError> {
    let rest = match path.strip_prefix('~') {
        Some("") => "",
        Some(rest) if rest.starts_with('/') => rest.trim_start_matches('/'),
        _ => return Ok(PathBuf::from(path)),
    };
    let home = home.ok_or_else(|| FsError::NoHome {
        path: path.to_owned(),
    })?;
    Ok(if rest.is_empty() {
        home
    } else {
        home.join(rest)
    })
}

/// Create `dir` and its missing parents, each with mode 0700 from the moment it exists (the mode
/// is passed to `mkdir`, not set afterwards). Existing directories are left as they are.
pub fn private_dir(dir: &Path) -> Result<(), FsError> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(DIR_MODE)
        .create(dir)
        .map_err(io_error("create directory", dir))
}

/// Write `bytes` to `path` atomically with mode 0600, replacing the file if it exists.
///
/// A temporary file is created in the same directory with `O_CREAT | O_EXCL | O_NOFOLLOW` and
/// mode 0600, written, fsynced and renamed over `path`; then the directory is fsynced. When
/// `path` is a symbolic link the write is refused ([`FsError::Symlink`]) and the link's target is
/// never touched; a link created after that check is replaced by the rename, not followed. On any
/// failure the temporary file is removed. The directory must exist (see [`private_dir`]).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), FsError> {
    let (dir, name) = split(path)?;
    if path
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        return Err(FsError::Symlink {
            path: path.to_owned(),
        });
    }
    let temp = TempFile::write(dir, name, bytes)?;
    fs::rename(&temp.path, path).map_err(io_error("replace", path))?;
    temp.disarm();
    sync_dir(dir)
}

/// Write `bytes` to a new file `path` atomically with mode 0600, never replacing anything.
///
/// When something exists at `path`, even a dangling symbolic link, the result is
/// [`FsError::Exists`] and nothing changes. The temporary file (as in [`write_private`]) is
/// moved into place with `link`, which fails if `path` appeared in the meantime, so even a
/// concurrent writer's file is not replaced. The directory must exist.
pub fn create_private(path: &Path, bytes: &[u8]) -> Result<(), FsError> {
    let (dir, name) = split(path)?;
    let exists = || FsError::Exists {
        path: path.to_owned(),
    };
    if path.symlink_metadata().is_ok() {
        return Err(exists());
    }
    let temp = TempFile::write(dir, name, bytes)?;
    match fs::hard_link(&temp.path, path) {
        Ok(()) => {}
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => return Err(exists()),
        Err(source) => return Err(io_error("create", path)(source)),
    }
    // The file now lives under its real name; dropping `temp` removes the temporary name.
    drop(temp);
    sync_dir(dir)
}

/// The directory of `path` (`.` for a bare name) and its file name.
fn split(path: &Path) -> Result<(&Path, &OsStr), FsError> {
    let name = path.file_name().ok_or_else(|| FsError::Io {
        action: "write",
        path: path.to_owned(),
        source: io::Error::new(io::ErrorKind::InvalidInput, "not a file path"),
    })?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok((dir, name))
}

fn sync_dir(dir: &Path) -> Result<(), FsError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_error("sync directory", dir))
}

/// A temporary file next to the target, removed when dropped unless disarmed.
struct TempFile {
    path: PathBuf,
    armed: bool,
}

impl TempFile {
    /// Create a fresh temporary file in `dir` for the target `name`, write `bytes` and fsync.
    fn write(dir: &Path, name: &OsStr, bytes: &[u8]) -> Result<TempFile, FsError> {
        let (mut file, temp) = TempFile::create(dir, name)?;
        // The mode given to open is reduced by the umask; make it exactly 0600.
        file.set_permissions(fs::Permissions::from_mode(FILE_MODE))
            .map_err(io_error("set permissions of", &temp.path))?;
        file.write_all(bytes)
            .map_err(io_error("write", &temp.path))?;
        file.sync_all().map_err(io_error("sync", &temp.path))?;
        Ok(temp)
    }

    fn create(dir: &Path, name: &OsStr) -> Result<(File, TempFile), FsError> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let prefix = &name.as_bytes()[..name.len().min(TEMP_NAME_PREFIX_MAX)];
        let mut attempt = 0;
        loop {
            let clock = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            let mut temp_name = OsString::from(".");
            temp_name.push(OsStr::from_bytes(prefix));
            temp_name.push(format!(
                "{TEMP_MARKER}{}-{}-{clock:08x}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            ));
            let path = dir.join(temp_name);
            let opened = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(FILE_MODE)
                .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
                .open(&path);
            match opened {
                Ok(file) => return Ok((file, TempFile { path, armed: true })),
                // A name left by an earlier process with the same id: take the next one.
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists && attempt < 16 => {
                    attempt += 1;
                }
                Err(source) => return Err(io_error("create", &path)(source)),
            }
        }
    }

    /// Keep the file: it has been renamed into place.
    fn disarm(mut self) {
        self.armed = false;
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if self.armed {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// What a checked name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A wallet: a directory under the wallet root.
    Wallet,
    /// A hotkey: a file under the wallet's `hotkeys/`, next to its `<name>pub.txt`.
    Hotkey,
}

impl NameKind {
    /// `wallet` or `hotkey`.
    pub fn as_str(self) -> &'static str {
        match self {
            NameKind::Wallet => "wallet",
            NameKind::Hotkey => "hotkey",
        }
    }
}

/// A wallet or hotkey name that [`check_name`] refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {} name `{name}`: {reason}", kind.as_str())]
pub struct NameError {
    /// What the name was for.
    pub kind: NameKind,
    /// The name as given, with control characters escaped.
    pub name: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

/// Check a wallet or hotkey name, which tao uses as one path component.
///
/// Accepted: any name that is exactly one entry inside its directory and prints safely. Refused:
/// - an empty name, `.`, `..` or any name containing `..`;
/// - `/` or `\` (a separator on Unix or on Windows);
/// - control characters, NUL included (they would end the path or garble a terminal);
/// - a leading `.` (hidden entries, which is also how temporary files are named);
/// - more bytes than a file name may hold: 255 for a wallet, 248 for a hotkey, whose public
///   file `<name>pub.txt` adds seven;
/// - for a hotkey, a name ending in `pub.txt`, which would be read as another hotkey's public
///   file.
pub fn check_name(kind: NameKind, name: &str) -> Result<(), NameError> {
    let max = match kind {
        NameKind::Wallet => NAME_MAX,
        NameKind::Hotkey => NAME_MAX - HOTKEY_PUB_SUFFIX.len(),
    };
    let reason = if name.is_empty() {
        Some("it is empty")
    } else if name.contains("..") {
        Some("it contains `..`")
    } else if name.contains('/') || name.contains('\\') {
        Some("it contains a path separator")
    } else if name.chars().any(char::is_control) {
        Some("it contains a control character")
    } else if name.starts_with('.') {
        Some("it starts with `.`")
    } else if name.len() > max {
        Some(match kind {
            NameKind::Wallet => "it is longer than 255 bytes",
            NameKind::Hotkey => "it is longer than 248 bytes (its public file adds `pub.txt`)",
        })
    } else if kind == NameKind::Hotkey && name.ends_with(HOTKEY_PUB_SUFFIX) {
        Some("it ends in `pub.txt`, the suffix of hotkey public files")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(NameError {
            kind,
            name: name.chars().flat_map(char::escape_debug).collect(),
            reason,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::symlink_metadata(path).unwrap().permissions().mode() & 0o7777
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn private_dir_is_0700_at_every_new_level() {
        let tmp = tempfile::tempdir().unwrap();
        let deep = tmp.path().join("a/b/c");
        private_dir(&deep).unwrap();
        for dir in ["a", "a/b", "a/b/c"] {
            assert_eq!(mode(&tmp.path().join(dir)), 0o700, "{dir}");
        }
        // Existing directories are accepted and left alone.
        fs::set_permissions(tmp.path().join("a"), fs::Permissions::from_mode(0o750)).unwrap();
        private_dir(&deep).unwrap();
        assert_eq!(mode(&tmp.path().join("a")), 0o750);
        // A file in the way is an error naming the directory.
        fs::write(tmp.path().join("file"), b"x").unwrap();
        let err = private_dir(&tmp.path().join("file/sub")).unwrap_err();
        assert!(
            matches!(
                err,
                FsError::Io {
                    action: "create directory",
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn write_private_is_0600_and_replaces_atomically() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("config.toml");
        write_private(&path, b"one").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        assert_eq!(mode(&path), 0o600);
        // A looser existing file is replaced by a new inode with the private mode.
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let old = fs::File::open(&path).unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(mode(&path), 0o600);
        // A reader that opened the old file still sees the old contents, whole.
        let mut seen = String::new();
        io::Read::read_to_string(&mut &old, &mut seen).unwrap();
        assert_eq!(seen, "one");
        assert_eq!(
            entries(tmp.path()),
            ["config.toml"],
            "no temporary file is left"
        );
    }

    #[test]
    fn write_private_refuses_a_symlink_and_leaves_its_target_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("target");
        fs::write(&target, b"precious").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = write_private(&link, b"evil").unwrap_err();
        assert!(matches!(err, FsError::Symlink { .. }), "{err}");
        assert_eq!(fs::read(&target).unwrap(), b"precious");
        assert_eq!(mode(&target), 0o644);
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        // A dangling link is refused too, and nothing is created where it points.
        let dangling = tmp.path().join("dangling");
        std::os::unix::fs::symlink(tmp.path().join("nowhere"), &dangling).unwrap();
        assert!(matches!(
            write_private(&dangling, b"x"),
            Err(FsError::Symlink { .. })
        ));
        assert!(!tmp.path().join("nowhere").exists());
        assert_eq!(entries(tmp.path()), ["dangling", "link", "target"]);
    }

    #[test]
    fn temporary_file_is_removed_on_failure() {
        let tmp = tempfile::tempdir().unwrap();
        // Renaming a file over a directory fails after the temporary file is written.
        let dir_in_the_way = tmp.path().join("taken");
        fs::create_dir(&dir_in_the_way).unwrap();
        let err = write_private(&dir_in_the_way, b"x").unwrap_err();
        assert!(
            matches!(
                err,
                FsError::Io {
                    action: "replace",
                    ..
                }
            ),
            "{err}"
        );
        assert_eq!(entries(tmp.path()), ["taken"]);
        // A missing directory fails at the temporary file and leaves nothing either.
        let err = write_private(&tmp.path().join("none/file"), b"x").unwrap_err();
        assert!(
            matches!(
                err,
                FsError::Io {
                    action: "create",
                    ..
                }
            ),
            "{err}"
        );
        assert_eq!(entries(tmp.path()), ["taken"]);
    }

    #[test]
    fn create_private_never_replaces() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("coldkey");
        create_private(&path, b"first").unwrap();
        assert_eq!(mode(&path), 0o600);
        let err = create_private(&path, b"second").unwrap_err();
        assert!(matches!(err, FsError::Exists { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"first");
        // A dangling symlink counts as existing and is not followed.
        let link = tmp.path().join("hotkey");
        std::os::unix::fs::symlink(tmp.path().join("nowhere"), &link).unwrap();
        assert!(matches!(
            create_private(&link, b"x"),
            Err(FsError::Exists { .. })
        ));
        assert!(!tmp.path().join("nowhere").exists());
        assert_eq!(entries(tmp.path()), ["coldkey", "hotkey"]);
    }

    #[test]
    fn long_target_names_still_get_a_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("k".repeat(255));
        write_private(&path, b"x").unwrap();
        create_private(&tmp.path().join("c".repeat(255)), b"y").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"x");
        assert_eq!(entries(tmp.path()).len(), 2);
    }

    #[test]
    fn tilde_expands_with_home_only() {
        let home = Some(PathBuf::from("/home/u"));
        let expand = |p: &str| expand_tilde_with(p, home.clone()).unwrap();
        assert_eq!(expand("~"), Path::new("/home/u"));
        assert_eq!(expand("~/"), Path::new("/home/u"));
        assert_eq!(
            expand("~/.bittensor/wallets"),
            Path::new("/home/u/.bittensor/wallets")
        );
        assert_eq!(expand("/abs/~/x"), Path::new("/abs/~/x"));
        assert_eq!(expand("rel/x"), Path::new("rel/x"));
        assert_eq!(expand("~user/x"), Path::new("~user/x"));
        assert_eq!(expand("~~"), Path::new("~~"));
    }

    #[test]
    fn missing_home_is_an_error_only_when_needed() {
        for path in ["~", "~/x", "~/.bittensor/wallets"] {
            let err = expand_tilde_with(path, None).unwrap_err();
            assert!(matches!(err, FsError::NoHome { .. }), "{err}");
            assert!(err.to_string().contains(path), "{err}");
        }
        assert_eq!(
            expand_tilde_with("/srv/wallets", None).unwrap(),
            Path::new("/srv/wallets")
        );
        assert_eq!(
            expand_tilde_with("~user", None).unwrap(),
            Path::new("~user")
        );
    }

    #[test]
    fn names() {
        use NameKind::{Hotkey, Wallet};
        for ok in [
            "default",
            "miner-1",
            "my.wallet",
            "ünïcode",
            "ñame",
            "a b",
            "hot_1",
        ] {
            check_name(Wallet, ok).unwrap();
            check_name(Hotkey, ok).unwrap();
        }
        for bad in [
            "", ".", "..", "a/b", "../x", "a\\b", "x\ny", "tab\t", ".hidden", "a..b", "\u{7f}",
            "x\u{7}", "x\u{0}", ".git",
        ] {
            assert!(check_name(Wallet, bad).is_err(), "{bad:?}");
            assert!(check_name(Hotkey, bad).is_err(), "{bad:?}");
        }
        // Hotkeys may not look like public files; wallets may.
        assert!(check_name(Hotkey, "defaultpub.txt").is_err());
        check_name(Wallet, "defaultpub.txt").unwrap();
        // Lengths: whatever fits a file name, with room for a hotkey's `pub.txt`.
        check_name(Wallet, &"w".repeat(255)).unwrap();
        assert!(check_name(Wallet, &"w".repeat(256)).is_err());
        check_name(Hotkey, &"h".repeat(248)).unwrap();
        assert!(check_name(Hotkey, &"h".repeat(249)).is_err());
        assert!(
            check_name(Wallet, &"é".repeat(128)).is_err(),
            "bytes, not characters"
        );
        // The message names the kind and escapes control characters.
        let err = check_name(Wallet, "x\ny").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid wallet name `x\\ny`: it contains a control character"
        );
        let err = check_name(Hotkey, "a/b").unwrap_err();
        assert!(err.to_string().starts_with("invalid hotkey name"), "{err}");
    }
}
