//! The on-disk cache: runtime metadata per (genesis hash, spec_version), and the genesis hash
//! per endpoint URL, so a command with a warm cache downloads no metadata.
//!
//! Layout under the cache directory (`$XDG_CACHE_HOME/tao`, mode 0700):
//!
//! - `endpoints/<blake2-128 of the URL>.json`: `{"url": …, "genesis": "0x…"}`
//! - `metadata/<genesis hex>-<spec_version>.scale`: a header, then the metadata bytes.
//!
//! The metadata header is `TAOMETA1`, the spec version (u32 LE), the genesis hash (32 bytes),
//! the payload length (u64 LE) and the BLAKE2b-256 of the payload. A file whose header, length
//! or checksum does not match, or whose payload does not decode as metadata, is deleted and
//! refetched, never trusted. Files are written atomically with mode 0600.

use std::path::{Path, PathBuf};

use blake2::digest::consts::{U16, U32};
use blake2::{Blake2b, Digest};

use crate::settings;

const MAGIC: &[u8; 8] = b"TAOMETA1";
const HEADER_LEN: usize = 8 + 4 + 32 + 8 + 32;

/// Where tao keeps its chain cache.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

/// What happened when reading a cache entry (for `-v` diagnostics and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<T> {
    /// A valid entry.
    Hit(T),
    /// No entry.
    Miss,
    /// An entry existed but was corrupt or mismatching; it was removed.
    Rejected(String),
}

fn blake2_256(bytes: &[u8]) -> [u8; 32] {
    let mut h = Blake2b::<U32>::new();
    h.update(bytes);
    h.finalize().into()
}

fn blake2_128(bytes: &[u8]) -> [u8; 16] {
    let mut h = Blake2b::<U16>::new();
    h.update(bytes);
    h.finalize().into()
}

impl Cache {
    /// The cache in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// The default cache (`$XDG_CACHE_HOME/tao`).
    pub fn default_location() -> Option<Cache> {
        settings::cache_dir().ok().map(Cache::new)
    }

    /// The cache directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn endpoint_path(&self, url: &str) -> PathBuf {
        let id = hex::encode(blake2_128(url.trim().as_bytes()));
        self.dir.join("endpoints").join(format!("{id}.json"))
    }

    /// The path of the metadata entry for (genesis, spec_version).
    pub fn metadata_path(&self, genesis: &[u8; 32], spec_version: u32) -> PathBuf {
        self.dir
            .join("metadata")
            .join(format!("{}-{spec_version}.scale", hex::encode(genesis)))
    }

    fn write(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let parent = path.parent().unwrap_or(&self.dir);
        crate::fs::private_dir(&self.dir).map_err(std::io::Error::from)?;
        crate::fs::private_dir(parent).map_err(std::io::Error::from)?;
        crate::fs::write_private(path, bytes).map_err(std::io::Error::from)
    }

    /// The cached genesis hash of the endpoint `url`.
    pub fn genesis(&self, url: &str) -> Lookup<[u8; 32]> {
        let path = self.endpoint_path(url);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Lookup::Miss,
            Err(e) => return Lookup::Rejected(format!("unreadable: {e}")),
        };
        let parsed = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| {
                let u = v.get("url")?.as_str()?.to_string();
                let g = v.get("genesis")?.as_str()?.to_string();
                Some((u, g))
            });
        let reject = |why: &str| {
            let _ = std::fs::remove_file(&path);
            Lookup::Rejected(why.to_string())
        };
        let Some((u, g)) = parsed else {
            return reject("not the expected JSON");
        };
        if u != url.trim() {
            return reject("written for another URL");
        }
        let Some(bytes) = g
            .strip_prefix("0x")
            .and_then(|h| hex::decode(h).ok())
            .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok())
        else {
            return reject("the genesis hash is not 32 bytes of hex");
        };
        Lookup::Hit(bytes)
    }

    /// Remember the genesis hash of `url`.
    pub fn put_genesis(&self, url: &str, genesis: &[u8; 32]) -> std::io::Result<()> {
        let body = serde_json::json!({
            "url": url.trim(),
            "genesis": format!("0x{}", hex::encode(genesis)),
        });
        self.write(&self.endpoint_path(url), body.to_string().as_bytes())
    }

    /// Forget the genesis hash of `url`.
    pub fn forget_genesis(&self, url: &str) {
        let _ = std::fs::remove_file(self.endpoint_path(url));
    }

    /// The cached metadata bytes for (genesis, spec_version), verified and decoded.
    pub fn metadata(
        &self,
        genesis: &[u8; 32],
        spec_version: u32,
    ) -> Lookup<(Vec<u8>, subxt::Metadata)> {
        let path = self.metadata_path(genesis, spec_version);
        let file = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Lookup::Miss,
            Err(e) => return Lookup::Rejected(format!("unreadable: {e}")),
        };
        match check_entry(&file, genesis, spec_version) {
            Ok(payload) => match subxt::Metadata::decode_from(payload) {
                Ok(md) => Lookup::Hit((payload.to_vec(), md)),
                Err(e) => {
                    let _ = std::fs::remove_file(&path);
                    Lookup::Rejected(format!("does not decode as metadata: {e}"))
                }
            },
            Err(why) => {
                let _ = std::fs::remove_file(&path);
                Lookup::Rejected(why)
            }
        }
    }

    /// Store metadata bytes for (genesis, spec_version).
    pub fn put_metadata(
        &self,
        genesis: &[u8; 32],
        spec_version: u32,
        payload: &[u8],
    ) -> std::io::Result<()> {
        self.write(
            &self.metadata_path(genesis, spec_version),
            &encode_entry(genesis, spec_version, payload),
        )
    }

    /// Remove the metadata entry for (genesis, spec_version).
    pub fn forget_metadata(&self, genesis: &[u8; 32], spec_version: u32) {
        let _ = std::fs::remove_file(self.metadata_path(genesis, spec_version));
    }
}

/// A metadata cache file: header then payload.
pub fn encode_entry(genesis: &[u8; 32], spec_version: u32, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&spec_version.to_le_bytes());
    out.extend_from_slice(genesis);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&blake2_256(payload));
    out.extend_from_slice(payload);
    out
}

/// Verify a cache file's header against what is expected and return its payload.
pub fn check_entry<'a>(
    file: &'a [u8],
    genesis: &[u8; 32],
    spec_version: u32,
) -> Result<&'a [u8], String> {
    if file.len() < HEADER_LEN {
        return Err("shorter than its header".into());
    }
    if &file[..8] != MAGIC {
        return Err("bad magic".into());
    }
    let spec = u32::from_le_bytes(file[8..12].try_into().expect("4 bytes"));
    if spec != spec_version {
        return Err(format!("written for spec {spec}, not {spec_version}"));
    }
    if &file[12..44] != genesis {
        return Err("written for another chain (genesis hash differs)".into());
    }
    let len = u64::from_le_bytes(file[44..52].try_into().expect("8 bytes"));
    let payload = &file[HEADER_LEN..];
    if payload.len() as u64 != len {
        return Err(format!(
            "truncated or padded: {} bytes instead of {len}",
            payload.len()
        ));
    }
    if blake2_256(payload)[..] != file[52..84] {
        return Err("checksum mismatch".into());
    }
    Ok(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_reject_damage() {
        let g = [3u8; 32];
        let e = encode_entry(&g, 393, b"hello");
        assert_eq!(check_entry(&e, &g, 393).unwrap(), b"hello");
        assert!(check_entry(&e, &g, 394).unwrap_err().contains("spec"));
        assert!(
            check_entry(&e, &[4u8; 32], 393)
                .unwrap_err()
                .contains("genesis")
        );
        let mut flipped = e.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(
            check_entry(&flipped, &g, 393)
                .unwrap_err()
                .contains("checksum")
        );
        assert!(
            check_entry(&e[..e.len() - 1], &g, 393)
                .unwrap_err()
                .contains("truncated")
        );
        assert!(check_entry(&e[..10], &g, 393).is_err());
        let mut magic = e.clone();
        magic[0] = b'X';
        assert!(check_entry(&magic, &g, 393).unwrap_err().contains("magic"));
    }

    #[test]
    fn genesis_cache_round_trip_and_rejects_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::new(dir.path().join("tao"));
        let url = "ws://127.0.0.1:9944";
        assert_eq!(c.genesis(url), Lookup::Miss);
        c.put_genesis(url, &[9u8; 32]).unwrap();
        assert_eq!(c.genesis(url), Lookup::Hit([9u8; 32]));
        assert_eq!(c.genesis("ws://other:1"), Lookup::Miss);
        let path = c.endpoint_path(url);
        std::fs::write(&path, b"{not json").unwrap();
        assert!(matches!(c.genesis(url), Lookup::Rejected(_)));
        assert!(!path.exists(), "a rejected entry is removed");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            c.put_genesis(url, &[9u8; 32]).unwrap();
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            let dmode = std::fs::metadata(c.dir()).unwrap().permissions().mode() & 0o777;
            assert_eq!(dmode, 0o700);
        }
    }

    #[test]
    fn metadata_entry_that_does_not_decode_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::new(dir.path());
        let g = [1u8; 32];
        c.put_metadata(&g, 5, b"not metadata").unwrap();
        assert!(matches!(c.metadata(&g, 5), Lookup::Rejected(_)));
        assert!(!c.metadata_path(&g, 5).exists());
        assert!(c.metadata(&g, 5).map_hit().is_none());
    }

    impl<T> Lookup<T> {
        fn map_hit(self) -> Option<T> {
            match self {
                Lookup::Hit(t) => Some(t),
                _ => None,
            }
        }
    }
}
