//! `--state FILE`: the chain kept between restarts. The file holds the genesis hash, every
//! block's header and extrinsics, and the best block's state (SCALE, written atomically); a
//! devnet started on it continues from that block with the same genesis hash, so clients'
//! cached genesis and metadata stay valid. Only the best block's state is restored: queries at
//! older blocks answer "State already discarded" until new blocks are produced.

use crate::chain::{BlockRecord, Chain};
use crate::runtime::Header;
use codec::{Decode, Encode};
use sp_core::H256;
use sp_core::storage::Storage;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The first bytes of a state file.
const MAGIC: [u8; 8] = *b"taodevst";
/// The format's version.
const VERSION: u32 = 1;

#[derive(Encode, Decode)]
struct StateFile {
    magic: [u8; 8],
    version: u32,
    genesis: H256,
    blocks: Vec<(Header, Vec<Vec<u8>>)>,
    top: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Why a state file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot read or write the state file {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a tao-devnet state file (or is damaged): {why}")]
    Damaged { path: String, why: String },
    #[error(
        "{path} was written by a devnet with another genesis ({found}, this one starts from {expected}): a different tao-devnet version; remove the file to start over"
    )]
    OtherGenesis {
        path: String,
        found: H256,
        expected: H256,
    },
}

impl Chain {
    /// Write the chain to `path` (a temporary file renamed over it).
    pub fn save(&self, path: &Path) -> Result<(), StateError> {
        let io = |source| StateError::Io {
            path: path.display().to_string(),
            source,
        };
        let best = self.best();
        let state = best.state.as_ref().expect("the best state is kept");
        if !state.children_default.is_empty() {
            return Err(StateError::Damaged {
                path: path.display().to_string(),
                why: "the state has child tries, which the format does not hold".into(),
            });
        }
        let file = StateFile {
            magic: MAGIC,
            version: VERSION,
            genesis: self.genesis_hash(),
            blocks: self
                .blocks
                .iter()
                .map(|b| (b.header.clone(), b.extrinsics.clone()))
                .collect(),
            top: state
                .top
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        };
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, file.encode()).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }

    /// The chain saved in `path`, checked against this devnet's own genesis.
    pub fn load(path: &Path, hide_newer: bool) -> Result<Chain, StateError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| StateError::Io {
            path: name.clone(),
            source,
        })?;
        let damaged = |why: String| StateError::Damaged {
            path: name.clone(),
            why,
        };
        let file = StateFile::decode(&mut &bytes[..]).map_err(|e| damaged(e.to_string()))?;
        if file.magic != MAGIC || file.version != VERSION {
            return Err(damaged(format!(
                "unknown format (version {})",
                file.version
            )));
        }
        let mut chain = Chain::with_newer_hidden(hide_newer);
        let expected = chain.genesis_hash();
        if file.genesis != expected {
            return Err(StateError::OtherGenesis {
                path: name,
                found: file.genesis,
                expected,
            });
        }
        let Some((genesis, _)) = file.blocks.first() else {
            return Err(damaged("no blocks".into()));
        };
        if genesis.hash() != expected {
            return Err(damaged("the first block is not the genesis".into()));
        }
        let mut by_hash = HashMap::new();
        let mut blocks = Vec::with_capacity(file.blocks.len());
        let mut parent = H256::zero();
        for (i, (header, extrinsics)) in file.blocks.into_iter().enumerate() {
            let hash = header.hash();
            if header.number as usize != i || (i > 0 && header.parent_hash != parent) {
                return Err(damaged(format!("block {i} does not follow its parent")));
            }
            parent = hash;
            by_hash.insert(hash, header.number);
            blocks.push(BlockRecord {
                hash,
                header,
                extrinsics,
                state: None,
            });
        }
        let storage = Storage {
            top: file.top.into_iter().collect(),
            children_default: Default::default(),
        };
        // Not checked against the best header's state root: `edit_state` (the binary's TAO
        // emission switch, tests' hooks) changes the best state in place.
        let best = blocks.last_mut().expect("at least the genesis");
        best.state = Some(Arc::new(storage));
        chain.replace_blocks(blocks, by_hash);
        Ok(chain)
    }
}
