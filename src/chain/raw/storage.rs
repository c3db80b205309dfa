//! Storage items by name: what they hold (`--list`), one value, or every entry under a key
//! prefix, read page by page with `state_getKeysPaged` and `state_queryStorageAt`.

use serde_json::{Value as Json, json};
use subxt::ext::frame_decode::storage::StorageHasher;
use subxt::ext::scale_value::Value;

use super::types::{from_text, render, render_storage, type_name};
use super::{RawError, find_name, pallet};
use crate::chain::client::{Chain, decode_exact, storage_key, to_hex};
use crate::chain::error::ChainError;

/// Keys read per `state_getKeysPaged` request (the most a node returns).
pub const PAGE: u32 = 1000;

/// One storage item of the metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemInfo {
    /// The pallet.
    pub pallet: String,
    /// The item.
    pub name: String,
    /// Each key's type and hasher (empty for a plain value).
    pub keys: Vec<(String, String)>,
    /// The value's type.
    pub value: String,
    /// Whether an absent value reads as a default (else it is `None`).
    pub has_default: bool,
    /// The documentation, one line.
    pub docs: String,
}

impl ItemInfo {
    /// The JSON of a listing row.
    pub fn json(&self) -> Json {
        json!({
            "pallet": self.pallet,
            "name": self.name,
            "keys": self.keys.iter().map(|(t, h)| json!({ "type": t, "hasher": h })).collect::<Vec<_>>(),
            "value": self.value,
            "default": self.has_default,
            "docs": self.docs,
        })
    }

    /// `Pallet.Item(AccountId32, u16) → u64`.
    pub fn signature(&self) -> String {
        let keys: Vec<&str> = self.keys.iter().map(|(t, _)| t.as_str()).collect();
        if keys.is_empty() {
            format!("{}.{} → {}", self.pallet, self.name, self.value)
        } else {
            format!(
                "{}.{}({}) → {}",
                self.pallet,
                self.name,
                keys.join(", "),
                self.value
            )
        }
    }
}

/// Join doc lines into one line.
pub fn one_line(docs: &[String]) -> String {
    docs.iter()
        .map(|d| d.trim())
        .filter(|d| !d.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn info(md: &subxt::Metadata, pallet: &str, e: &subxt::metadata::StorageEntryMetadata) -> ItemInfo {
    ItemInfo {
        pallet: pallet.to_string(),
        name: e.name().to_string(),
        keys: e
            .keys()
            .map(|k| (type_name(md.types(), k.key_id), format!("{:?}", k.hasher)))
            .collect(),
        value: type_name(md.types(), e.value_ty()),
        has_default: e.default_value().is_some(),
        docs: one_line(e.docs()),
    }
}

/// The storage items of one pallet, or of every pallet.
pub fn list(md: &subxt::Metadata, pallet_name: Option<&str>) -> Result<Vec<ItemInfo>, RawError> {
    let pallets = match pallet_name {
        Some(p) => vec![pallet(md, p)?],
        None => md.pallets().collect(),
    };
    let mut out = Vec::new();
    for p in pallets {
        if let Some(s) = p.storage() {
            out.extend(s.entries().iter().map(|e| info(md, p.name(), e)));
        }
    }
    Ok(out)
}

/// A storage item resolved by (loose) name, with its keys parsed.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its description.
    pub info: ItemInfo,
    /// The key types.
    key_ids: Vec<(u32, StorageHasher)>,
    /// The value type.
    value_ty: u32,
    /// The parsed keys (all of them, or a prefix with `--prefix`).
    pub keys: Vec<Value>,
    /// The keys as given, rendered back (SS58, numbers).
    pub keys_json: Vec<Json>,
}

/// Resolve `pallet.item` and parse `keys` by the item's key types: all of them, or with
/// `prefix` any leading part (none for the whole map).
pub fn item(
    md: &subxt::Metadata,
    pallet_name: &str,
    item_name: &str,
    keys: &[String],
    prefix: bool,
) -> Result<Item, RawError> {
    let p = pallet(md, pallet_name)?;
    let entries = p.storage().map(|s| s.entries()).unwrap_or(&[]);
    let name = find_name(
        "storage item",
        item_name,
        &format!("the pallet {}", p.name()),
        entries.iter().map(|e| e.name()),
    )?;
    let e = entries.iter().find(|e| e.name() == name).expect("found");
    let info = info(md, p.name(), e);
    let key_ids: Vec<(u32, StorageHasher)> = e.keys().map(|k| (k.key_id, k.hasher)).collect();
    let takes = || {
        if info.keys.is_empty() {
            "no keys (a plain value)".to_string()
        } else {
            format!(
                "{} key{}: {}",
                info.keys.len(),
                if info.keys.len() == 1 { "" } else { "s" },
                info.keys
                    .iter()
                    .map(|(t, _)| t.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    };
    let fits = if prefix {
        keys.len() <= key_ids.len()
    } else {
        keys.len() == key_ids.len()
    };
    if !fits || (prefix && key_ids.is_empty()) {
        let hint = if prefix && key_ids.is_empty() {
            "drop `--prefix`: a plain value has no entries to iterate".to_string()
        } else if !prefix && keys.len() < key_ids.len() {
            "give every key, or `--prefix` to list the entries under the keys given".to_string()
        } else {
            format!("give {}", takes())
        };
        return Err(RawError::WrongCount {
            what: info.signature(),
            expected: takes(),
            got: keys.len(),
            hint,
        });
    }
    let mut parsed = Vec::new();
    let mut keys_json = Vec::new();
    for (i, (text, (id, _))) in keys.iter().zip(&key_ids).enumerate() {
        let place = format!("key {} ({})", i + 1, type_name(md.types(), *id));
        let v = from_text(md.types(), *id, text, &place)?;
        keys_json.push(json!(text));
        parsed.push(v);
    }
    Ok(Item {
        info,
        key_ids,
        value_ty: e.value_ty(),
        keys: parsed,
        keys_json,
    })
}

impl Item {
    /// The storage key of the keys given (a prefix when fewer than all).
    pub fn key(&self, md: &subxt::Metadata) -> Result<Vec<u8>, ChainError> {
        storage_key(md, &self.info.pallet, &self.info.name, &self.keys)
    }

    /// Decode a raw value of this item.
    pub fn decode_value(&self, md: &subxt::Metadata, bytes: &[u8]) -> Result<Json, ChainError> {
        decode_exact(md, self.value_ty, bytes)
            .map(|v| render_storage(md.types(), &self.info.pallet, &self.info.name, &v))
            .map_err(|e| ChainError::decode(format!("{}.{}", self.info.pallet, self.info.name), e))
    }

    /// The key parts after the item's 32-byte prefix: each key decoded where its hasher keeps
    /// it (`…Concat`, `Identity`), else the hash as hex.
    pub fn decode_key(&self, md: &subxt::Metadata, full: &[u8]) -> Result<Vec<Json>, ChainError> {
        let what = || format!("a key of {}.{}", self.info.pallet, self.info.name);
        let mut rest = full
            .get(32..)
            .ok_or_else(|| ChainError::decode(what(), "shorter than the prefix"))?;
        let mut out = Vec::new();
        for (id, hasher) in &self.key_ids {
            let (hash_len, concat) = match hasher {
                StorageHasher::Blake2_128 => (16, false),
                StorageHasher::Blake2_256 => (32, false),
                StorageHasher::Blake2_128Concat => (16, true),
                StorageHasher::Twox128 => (16, false),
                StorageHasher::Twox256 => (32, false),
                StorageHasher::Twox64Concat => (8, true),
                StorageHasher::Identity => (0, true),
            };
            if rest.len() < hash_len {
                return Err(ChainError::decode(what(), "truncated"));
            }
            let (hash, tail) = rest.split_at(hash_len);
            rest = tail;
            if concat {
                let mut input = rest;
                let v = subxt::ext::scale_value::scale::decode_as_type(&mut input, *id, md.types())
                    .map_err(|e| ChainError::decode(what(), e))?;
                rest = input;
                out.push(render(md.types(), &v));
            } else {
                out.push(json!({ "hash": to_hex(hash) }));
            }
        }
        Ok(out)
    }
}

/// Read one value at the pinned block: the stored value, the item's default when absent, or
/// `None` for an absent optional value.
pub async fn read(chain: &Chain, item: &Item) -> Result<Option<Json>, ChainError> {
    let key = item.key(&chain.metadata)?;
    let raw: Option<String> = chain
        .rpc()
        .request(
            "state_getStorage",
            vec![json!(to_hex(&key)), json!(chain.block_hex())],
            Some(&chain.block_hex()),
        )
        .await?;
    let bytes = match raw {
        Some(h) => Some(
            hex::decode(h.trim_start_matches("0x"))
                .map_err(|e| ChainError::decode("a storage value", e))?,
        ),
        None => None,
    };
    let md = &chain.metadata;
    match bytes {
        Some(b) => item.decode_value(md, &b).map(Some),
        None => {
            let e = md
                .pallet_by_name(&item.info.pallet)
                .and_then(|p| p.storage())
                .and_then(|s| s.entry_by_name(&item.info.name))
                .ok_or_else(|| chain.unsupported(item.info.signature()))?;
            match e.default_value() {
                Some(d) => item.decode_value(md, d).map(Some),
                None => Ok(None),
            }
        }
    }
}

/// One entry of a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Every key of the entry.
    pub keys: Vec<Json>,
    /// The value.
    pub value: Json,
}

/// Every entry under the item's key prefix at the pinned block, at most `limit`, in key order;
/// `progress` hears the count after each page. Returns the entries and whether more exist.
pub async fn iterate(
    chain: &Chain,
    item: &Item,
    limit: Option<usize>,
    progress: &dyn Fn(usize),
) -> Result<(Vec<Entry>, bool), ChainError> {
    let md = &chain.metadata;
    let prefix = to_hex(&item.key(md)?);
    let at = chain.block_hex();
    let mut out = Vec::new();
    let mut start: Option<String> = None;
    loop {
        let want = match limit {
            Some(l) => (l.saturating_sub(out.len()) + 1).min(PAGE as usize) as u32,
            None => PAGE,
        };
        let mut params = vec![json!(prefix), json!(want)];
        params.push(start.clone().map(Json::String).unwrap_or(Json::Null));
        params.push(json!(at));
        let keys: Vec<String> = chain
            .rpc()
            .request("state_getKeysPaged", params, Some(&at))
            .await?;
        if keys.is_empty() {
            return Ok((out, false));
        }
        let sets: Vec<ChangeSet> = chain
            .rpc()
            .request(
                "state_queryStorageAt",
                vec![json!(keys), json!(at)],
                Some(&at),
            )
            .await?;
        let values: std::collections::HashMap<String, Option<String>> = sets
            .into_iter()
            .flat_map(|s| s.changes)
            .map(|(k, v)| (k.to_lowercase(), v))
            .collect();
        for k in &keys {
            if limit.is_some_and(|l| out.len() >= l) {
                return Ok((out, true));
            }
            let Some(Some(v)) = values.get(&k.to_lowercase()) else {
                continue;
            };
            let kb = hex::decode(k.trim_start_matches("0x"))
                .map_err(|e| ChainError::decode("a storage key", e))?;
            let vb = hex::decode(v.trim_start_matches("0x"))
                .map_err(|e| ChainError::decode("a storage value", e))?;
            out.push(Entry {
                keys: item.decode_key(md, &kb)?,
                value: item.decode_value(md, &vb)?,
            });
        }
        progress(out.len());
        if keys.len() < want as usize {
            return Ok((out, false));
        }
        start = keys.last().cloned();
    }
}

#[derive(Debug, serde::Deserialize)]
struct ChangeSet {
    changes: Vec<(String, Option<String>)>,
}
