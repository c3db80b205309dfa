//! The shield on a connected chain: whether the runtime has it, the key to encrypt to
//! (`MevShield.NextKey` at the best block, as btcli reads it), the wrapper call, and the blocks
//! to look for the inner extrinsic in.

use serde_json::{Value as Json, json};
use subxt::ext::codec::Decode;
use subxt::ext::scale_value::Value;

use super::{ENC_KEY_LEN, key_hash};
use crate::chain::client::{storage_key, to_hex};
use crate::chain::error::ChainError;
use crate::chain::tx::{Call, TxChain, extrinsic_hash};

/// The pallet.
pub const PALLET: &str = "MevShield";
/// The wrapper call.
pub const SUBMIT: &str = "submit_encrypted";
/// The storage item clients encrypt to.
pub const NEXT_KEY: &str = "NextKey";

/// The key published at the best block.
#[derive(Debug, Clone)]
pub struct NextKey {
    /// The 1184 key bytes.
    pub key: Vec<u8>,
    /// twox128 of them.
    pub hash: [u8; 16],
    /// The best block it was read at.
    pub block_number: u64,
    /// That block's hash.
    pub block_hash: [u8; 32],
}

/// Why no key can be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The runtime has no `MevShield.submit_encrypted` or `MevShield.NextKey`.
    #[error("the connected chain has no MEV shield (no {PALLET}.{SUBMIT} in its runtime)")]
    Unsupported,
    /// `NextKey` is not set.
    #[error(
        "the connected chain publishes no MEV shield key ({PALLET}.{NEXT_KEY} is empty at block #{0})"
    )]
    Absent(u64),
    /// `NextKey` is not an ML-KEM-768 key.
    #[error("the chain's MEV shield key at block #{block} is malformed: {why}")]
    Malformed {
        /// The block read at.
        block: u64,
        /// What is wrong.
        why: String,
    },
    /// Reading failed.
    #[error(transparent)]
    Chain(#[from] ChainError),
}

/// Whether the runtime has the shield's call and key.
pub fn supported(md: &subxt::Metadata) -> bool {
    md.pallet_by_name(PALLET).is_some_and(|p| {
        p.call_variant_by_name(SUBMIT).is_some()
            && p.storage()
                .and_then(|s| s.entry_by_name(NEXT_KEY))
                .is_some()
    })
}

/// The node's best block: number and hash.
pub async fn best_block(tc: &TxChain) -> Result<(u64, [u8; 32]), ChainError> {
    let rpc = tc.chain.rpc();
    let hash: String = rpc.request("chain_getBlockHash", vec![], None).await?;
    let header: Json = rpc
        .request("chain_getHeader", vec![json!(hash)], None)
        .await?;
    let number = header
        .get("number")
        .and_then(Json::as_str)
        .and_then(|n| u64::from_str_radix(n.trim_start_matches("0x"), 16).ok())
        .ok_or_else(|| ChainError::decode("a block header", "no number"))?;
    Ok((number, parse_hash(&hash)?))
}

fn parse_hash(h: &str) -> Result<[u8; 32], ChainError> {
    hex::decode(h.trim_start_matches("0x"))
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok())
        .ok_or_else(|| ChainError::decode("a block hash", "not 32 bytes of hex"))
}

/// `MevShield.NextKey` at the best block.
pub async fn next_key(tc: &TxChain) -> Result<NextKey, KeyError> {
    let md = tc.metadata();
    if !supported(md) {
        return Err(KeyError::Unsupported);
    }
    let (number, hash) = best_block(tc).await?;
    let key = storage_key(md, PALLET, NEXT_KEY, &[])?;
    let raw: Option<String> = tc
        .chain
        .rpc()
        .request(
            "state_getStorage",
            vec![json!(to_hex(&key)), json!(to_hex(&hash))],
            None,
        )
        .await?;
    let Some(raw) = raw else {
        return Err(KeyError::Absent(number));
    };
    let malformed = |why: String| KeyError::Malformed { block: number, why };
    let bytes = hex::decode(raw.trim_start_matches("0x"))
        .map_err(|e| malformed(format!("not hex: {e}")))?;
    let mut input = bytes.as_slice();
    let value = Vec::<u8>::decode(&mut input).map_err(|e| malformed(e.to_string()))?;
    if !input.is_empty() {
        return Err(malformed(format!("{} bytes after the key", input.len())));
    }
    if value.len() != ENC_KEY_LEN {
        return Err(malformed(format!(
            "{} bytes, not the {ENC_KEY_LEN} of an ML-KEM-768 key",
            value.len()
        )));
    }
    Ok(NextKey {
        hash: key_hash(&value),
        key: value,
        block_number: number,
        block_hash: hash,
    })
}

/// `MevShield.submit_encrypted(ciphertext)`.
pub fn wrapper_call(md: &subxt::Metadata, ciphertext: &[u8]) -> Result<Call, ChainError> {
    Call::new(
        md,
        PALLET,
        SUBMIT,
        vec![("ciphertext", Value::from_bytes(ciphertext))],
    )
}

/// The hash of block `number`, `None` when the node has no such block yet.
pub async fn block_hash(tc: &TxChain, number: u64) -> Result<Option<[u8; 32]>, ChainError> {
    let h: Option<String> = tc
        .chain
        .rpc()
        .request("chain_getBlockHash", vec![json!(number)], None)
        .await?;
    h.map(|h| parse_hash(&h)).transpose()
}

/// Whether block `block` holds an extrinsic with hash `hash`.
pub async fn block_has(tc: &TxChain, block: [u8; 32], hash: [u8; 32]) -> Result<bool, ChainError> {
    let b: Json = tc
        .chain
        .rpc()
        .request("chain_getBlock", vec![json!(to_hex(&block))], None)
        .await?;
    let exts = b
        .pointer("/block/extrinsics")
        .and_then(Json::as_array)
        .ok_or_else(|| ChainError::decode("a block", "no extrinsics"))?;
    Ok(exts.iter().any(|e| {
        e.as_str()
            .and_then(|s| hex::decode(s.trim_start_matches("0x")).ok())
            .is_some_and(|bytes| extrinsic_hash(&bytes) == hash)
    }))
}
