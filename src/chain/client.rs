//! The connection to a node and the pinned block every read goes through.
//!
//! tao talks to the node with the legacy Substrate JSON-RPC methods through subxt-rpcs (the same
//! method set as subxt's `LegacyBackend`, chosen explicitly: no `rpc_methods` probing and no
//! chainHead subscriptions) and decodes everything dynamically with subxt's metadata types.
//! Set-up costs, with a warm cache:
//!
//! | step | request |
//! |---|---|
//! | genesis hash | none (cached per endpoint; `chain_getBlockHash(0)` once) |
//! | pin the block | `chain_getFinalizedHead`, or `chain_getBlockHash(N)` for `--block N`, or none for `--block 0xHASH` |
//! | runtime version at that block | `state_call Core_version` |
//! | metadata | none (cached per genesis and spec version; `Metadata_metadata_at_version` once) |
//!
//! After that each storage batch is one `state_queryStorageAt` and each runtime API one
//! `state_call`, all at the pinned block hash.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde::de::DeserializeOwned;
use subxt::ext::codec::{Compact, Decode};
use subxt::ext::scale_value::Value;
use subxt::rpcs::{RpcClient, client::RpcParams};

use super::cache::{Cache, Lookup};
use super::error::ChainError;
use super::value::Val;

/// The default connect timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Which block to read at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockRef {
    /// A block number.
    Number(u64),
    /// A block hash.
    Hash([u8; 32]),
}

impl std::str::FromStr for BlockRef {
    type Err = String;

    fn from_str(s: &str) -> Result<BlockRef, String> {
        let t = s.trim();
        if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
            let bytes = hex::decode(h).map_err(|_| format!("`{t}` is not a hex block hash"))?;
            let hash = <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| {
                format!(
                    "a block hash has 32 bytes (64 hex digits), `{t}` has {}",
                    bytes.len()
                )
            })?;
            return Ok(BlockRef::Hash(hash));
        }
        if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
            return t
                .parse::<u64>()
                .map(BlockRef::Number)
                .map_err(|_| format!("block number `{t}` is too large"));
        }
        Err(format!(
            "`{t}` is neither a block number nor a 0x-prefixed block hash"
        ))
    }
}

impl std::fmt::Display for BlockRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BlockRef::Number(n) => write!(f, "#{n}"),
            BlockRef::Hash(h) => write!(f, "0x{}", hex::encode(h)),
        }
    }
}

/// How to connect.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// The endpoint (`ws://…` or `wss://…`).
    pub url: String,
    /// How long to wait for the connection.
    pub timeout: Duration,
    /// How long to wait for each answer.
    pub request_timeout: Duration,
    /// The on-disk cache, if any.
    pub cache: Option<Cache>,
}

impl ConnectOptions {
    /// Options for `url` with the given connect timeout and the default cache.
    pub fn new(url: impl Into<String>, timeout: Duration) -> ConnectOptions {
        ConnectOptions {
            url: url.into(),
            timeout,
            request_timeout: (timeout * 6).max(Duration::from_secs(30)),
            cache: Cache::default_location(),
        }
    }
}

/// A JSON-RPC connection that counts its requests.
#[derive(Clone)]
pub struct Rpc {
    client: RpcClient,
    url: String,
    request_timeout: Duration,
    setup_timeout: Duration,
    count: Arc<AtomicU64>,
}

impl Rpc {
    /// Open a WebSocket connection, giving up after `timeout`.
    pub async fn connect(
        url: &str,
        timeout: Duration,
        request_timeout: Duration,
    ) -> Result<Rpc, ChainError> {
        let unreachable = |reason: String| ChainError::Unreachable {
            url: url.to_string(),
            reason,
        };
        let client = match tokio::time::timeout(timeout, RpcClient::from_insecure_url(url)).await {
            Err(_) => {
                return Err(unreachable(format!(
                    "no connection within {} s",
                    timeout.as_secs_f64()
                )));
            }
            Ok(Err(e)) => return Err(unreachable(root_cause(&e))),
            Ok(Ok(c)) => c,
        };
        Ok(Rpc {
            client,
            url: url.to_string(),
            request_timeout,
            setup_timeout: timeout,
            count: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Wrap an existing client (tests, in-process transports).
    pub fn from_client(client: RpcClient, url: &str, request_timeout: Duration) -> Rpc {
        Rpc {
            client,
            url: url.to_string(),
            request_timeout,
            setup_timeout: request_timeout,
            count: Arc::new(AtomicU64::new(0)),
        }
    }

    /// The same connection with set-up requests bounded by `timeout` (the connect timeout).
    pub fn with_setup_timeout(mut self, timeout: Duration) -> Rpc {
        self.setup_timeout = timeout;
        self
    }

    /// The endpoint.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// How many requests this connection has sent.
    pub fn requests(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    /// The JSON-RPC client underneath (subscriptions, such as `tao view`'s new heads).
    pub fn client(&self) -> &RpcClient {
        &self.client
    }

    /// Send one request; `at` names the block for error messages.
    pub async fn request<R: DeserializeOwned>(
        &self,
        method: &str,
        params: Vec<serde_json::Value>,
        at: Option<&str>,
    ) -> Result<R, ChainError> {
        self.request_within(method, params, at, self.request_timeout)
            .await
    }

    /// Send one of the small set-up requests (head, block hash, runtime version), which must be
    /// answered within the connect timeout: a node that accepts connections but does not answer
    /// counts as unreachable (exit 4) without waiting for the longer request timeout.
    pub async fn request_setup<R: DeserializeOwned>(
        &self,
        method: &str,
        params: Vec<serde_json::Value>,
        at: Option<&str>,
    ) -> Result<R, ChainError> {
        self.request_within(method, params, at, self.setup_timeout)
            .await
    }

    async fn request_within<R: DeserializeOwned>(
        &self,
        method: &str,
        params: Vec<serde_json::Value>,
        at: Option<&str>,
        limit: Duration,
    ) -> Result<R, ChainError> {
        let mut p = RpcParams::new();
        for v in params {
            p.push(v).map_err(|e| ChainError::encode(method, e))?;
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        let fut = self.client.request::<R>(method, p);
        match tokio::time::timeout(limit, fut).await {
            Err(_) => Err(ChainError::Timeout {
                url: self.url.clone(),
                method: method.to_string(),
                secs: limit.as_secs(),
            }),
            Ok(Ok(r)) => Ok(r),
            Ok(Err(subxt::rpcs::Error::User(u))) => {
                let data = u.data.as_ref().map(|d| {
                    serde_json::from_str::<String>(d.get()).unwrap_or_else(|_| d.get().to_string())
                });
                Err(ChainError::from_rpc(
                    method,
                    at,
                    u.code,
                    &u.message,
                    data.as_deref(),
                ))
            }
            Ok(Err(subxt::rpcs::Error::Deserialization(e))) => {
                Err(ChainError::decode(format!("the answer to `{method}`"), e))
            }
            Ok(Err(e)) => Err(transport_or_malformed(&self.url, method, &e)),
        }
    }
}

/// A failed request: the connection broke ([`ChainError::Transport`]), or the node sent a
/// message that is not JSON-RPC, which makes the client library close the connection too
/// ([`ChainError::Malformed`], so that it is not reported as an unreachable node).
pub fn transport_or_malformed(
    url: &str,
    method: &str,
    e: &(dyn std::error::Error + 'static),
) -> ChainError {
    let reason = root_cause(e);
    // jsonrpsee's words for a message it cannot parse as a response, a notification or an error.
    if reason.contains("Unparseable message") || reason.contains("Parse error") {
        ChainError::Malformed {
            url: url.to_string(),
            method: method.to_string(),
            reason,
        }
    } else {
        ChainError::Transport {
            url: url.to_string(),
            method: method.to_string(),
            reason,
        }
    }
}

fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        let t = s.to_string();
        if !t.is_empty() && !msg.contains(&t) {
            msg = format!("{msg}: {t}");
        }
        src = s.source();
    }
    msg
}

/// `0x`-prefixed hex.
pub fn to_hex(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}

fn from_hex(what: &str, s: &str) -> Result<Vec<u8>, ChainError> {
    let h = s.strip_prefix("0x").unwrap_or(s);
    hex::decode(h).map_err(|e| ChainError::decode(what, e))
}

fn hash_from_hex(what: &str, s: &str) -> Result<[u8; 32], ChainError> {
    let b = from_hex(what, s)?;
    <[u8; 32]>::try_from(b.as_slice()).map_err(|_| ChainError::decode(what, "not 32 bytes"))
}

/// The parts of `Core_version` tao uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeVersion {
    /// `node-subtensor`.
    pub spec_name: String,
    /// The spec version.
    pub spec_version: u32,
    /// The transaction version.
    pub transaction_version: u32,
}

/// Decode the SCALE `RuntimeVersion` returned by `Core_version`.
pub fn decode_runtime_version(bytes: &[u8]) -> Result<RuntimeVersion, ChainError> {
    let err = |e: subxt::ext::codec::Error| ChainError::decode("the runtime version", e);
    let input = &mut &bytes[..];
    let spec_name = String::decode(input).map_err(err)?;
    let _impl_name = String::decode(input).map_err(err)?;
    let _authoring = u32::decode(input).map_err(err)?;
    let spec_version = u32::decode(input).map_err(err)?;
    let _impl_version = u32::decode(input).map_err(err)?;
    let _apis = Vec::<([u8; 8], u32)>::decode(input).map_err(err)?;
    let transaction_version = u32::decode(input).map_err(err)?;
    Ok(RuntimeVersion {
        spec_name,
        spec_version,
        transaction_version,
    })
}

/// Where the metadata came from (for `-v` and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetadataSource {
    /// The on-disk cache.
    Cache,
    /// Downloaded; `note` says why (miss, or the rejected entry's reason).
    Fetched {
        /// Why it was fetched.
        note: String,
    },
}

/// A connection pinned to one block, with that block's runtime metadata.
pub struct Chain {
    rpc: Rpc,
    /// The genesis hash.
    pub genesis: [u8; 32],
    /// The pinned block hash.
    pub block_hash: [u8; 32],
    /// The pinned block number when known without a request (`--block N`).
    pub block_number: Option<u64>,
    /// The runtime version at the pinned block.
    pub version: RuntimeVersion,
    /// The runtime metadata at the pinned block.
    pub metadata: Arc<subxt::Metadata>,
    /// Where the metadata came from.
    pub metadata_source: MetadataSource,
    cache: Option<Cache>,
}

impl Chain {
    /// Connect, pin a block (the finalized head unless `at` says otherwise) and load its
    /// metadata.
    pub async fn connect(opts: &ConnectOptions, at: Option<BlockRef>) -> Result<Chain, ChainError> {
        let rpc = Rpc::connect(&opts.url, opts.timeout, opts.request_timeout).await?;
        Chain::pin(rpc, opts.cache.clone(), at).await
    }

    /// Pin a block over an existing connection.
    pub async fn pin(
        rpc: Rpc,
        cache: Option<Cache>,
        at: Option<BlockRef>,
    ) -> Result<Chain, ChainError> {
        let url = rpc.url().to_string();
        let cached_genesis = match cache.as_ref().map(|c| c.genesis(&url)) {
            Some(Lookup::Hit(g)) => Some(g),
            _ => None,
        };
        let (block_hash, block_number) = match at {
            None => {
                let h: String = rpc
                    .request_setup("chain_getFinalizedHead", vec![], None)
                    .await?;
                (hash_from_hex("the finalized head", &h)?, None)
            }
            Some(BlockRef::Number(0)) if cached_genesis.is_some() => {
                (cached_genesis.expect("checked"), Some(0))
            }
            Some(BlockRef::Number(n)) => {
                let h: Option<String> = rpc
                    .request_setup("chain_getBlockHash", vec![serde_json::json!(n)], None)
                    .await?;
                match h {
                    Some(h) => (hash_from_hex("a block hash", &h)?, Some(n)),
                    None => return Err(ChainError::BlockNotFound(format!("#{n}"))),
                }
            }
            Some(BlockRef::Hash(h)) => (h, None),
        };
        let genesis = match cached_genesis {
            Some(g) => g,
            None => {
                let h: Option<String> = rpc
                    .request_setup("chain_getBlockHash", vec![serde_json::json!(0)], None)
                    .await?;
                let g = hash_from_hex(
                    "the genesis hash",
                    &h.ok_or_else(|| {
                        ChainError::decode("the genesis hash", "the node has no block 0")
                    })?,
                )?;
                if let Some(c) = &cache {
                    let _ = c.put_genesis(&url, &g);
                }
                g
            }
        };
        let at_hex = to_hex(&block_hash);
        let version_hex: Result<String, ChainError> = rpc
            .request_setup(
                "state_call",
                vec![
                    serde_json::json!("Core_version"),
                    serde_json::json!("0x"),
                    serde_json::json!(at_hex),
                ],
                Some(&at_hex),
            )
            .await;
        let version_bytes = match version_hex.and_then(|h| from_hex("the runtime version", &h)) {
            Ok(b) => b,
            Err(ChainError::StatePruned { .. } | ChainError::Rpc { .. })
                if matches!(at, Some(BlockRef::Hash(_))) =>
            {
                return Err(ChainError::BlockNotFound(at_hex));
            }
            Err(e) => return Err(e),
        };
        let version = decode_runtime_version(&version_bytes)?;
        let (metadata, metadata_source) = match cache
            .as_ref()
            .map(|c| c.metadata(&genesis, version.spec_version))
        {
            Some(Lookup::Hit((_, md))) => (md, MetadataSource::Cache),
            other => {
                let note = match other {
                    Some(Lookup::Rejected(why)) => format!("the cached entry was rejected: {why}"),
                    None => "no cache directory".to_string(),
                    _ => "not cached".to_string(),
                };
                let bytes = fetch_metadata(&rpc, &at_hex).await?;
                let md = subxt::Metadata::decode_from(&bytes).map_err(|e| {
                    ChainError::Metadata(format!("the node's metadata does not decode: {e}"))
                })?;
                if let Some(c) = &cache {
                    let _ = c.put_metadata(&genesis, version.spec_version, &bytes);
                }
                (md, MetadataSource::Fetched { note })
            }
        };
        Ok(Chain {
            rpc,
            genesis,
            block_hash,
            block_number,
            version,
            metadata: Arc::new(metadata),
            metadata_source,
            cache,
        })
    }

    /// The connection.
    pub fn rpc(&self) -> &Rpc {
        &self.rpc
    }

    /// The same connection pinned to block `hash` (numbered `number` when known), as a live view
    /// moves from head to head: one `Core_version` request, this block's metadata kept while the
    /// spec version is the same, and loaded as [`Chain::pin`] does after a runtime upgrade.
    pub async fn repin(&self, hash: [u8; 32], number: Option<u64>) -> Result<Chain, ChainError> {
        let at_hex = to_hex(&hash);
        let version_hex: String = self
            .rpc
            .request(
                "state_call",
                vec![
                    serde_json::json!("Core_version"),
                    serde_json::json!("0x"),
                    serde_json::json!(at_hex),
                ],
                Some(&at_hex),
            )
            .await?;
        let version = decode_runtime_version(&from_hex("the runtime version", &version_hex)?)?;
        if version.spec_version != self.version.spec_version {
            let mut chain = Chain::pin(
                self.rpc.clone(),
                self.cache.clone(),
                Some(BlockRef::Hash(hash)),
            )
            .await?;
            chain.block_number = number;
            return Ok(chain);
        }
        Ok(Chain {
            rpc: self.rpc.clone(),
            genesis: self.genesis,
            block_hash: hash,
            block_number: number,
            version,
            metadata: self.metadata.clone(),
            metadata_source: self.metadata_source.clone(),
            cache: self.cache.clone(),
        })
    }

    /// A subxt `OnlineClient` over this connection, for transactions: subxt's `LegacyBackend`
    /// chosen explicitly (no `rpc_methods` probing, no chainHead subscriptions), with the genesis
    /// hash and this block's metadata preloaded so that building it sends no request.
    pub async fn online_client(
        &self,
    ) -> Result<subxt::OnlineClient<subxt::SubstrateConfig>, ChainError> {
        let config = subxt::SubstrateConfig::builder()
            .set_genesis_hash(subxt::config::substrate::H256(self.genesis))
            .set_metadata_for_spec_versions([(
                self.version.spec_version,
                Arc::clone(&self.metadata),
            )])
            .build();
        let backend = subxt::backend::LegacyBackend::builder().build(self.rpc.client.clone());
        subxt::OnlineClient::from_backend_with_config(config, Arc::new(backend))
            .await
            .map_err(|e| ChainError::Transport {
                url: self.rpc.url.clone(),
                method: "set-up".into(),
                reason: e.to_string(),
            })
    }

    /// Ask the node for its genesis hash again (`chain_getBlockHash(0)`, within the connect
    /// timeout) and refuse when it is not the pinned one: the endpoint now serves another chain
    /// (the pinned genesis may come from the cache, or from an earlier answer). The cache then
    /// holds the new hash, so the next run pins the chain the endpoint serves now.
    pub async fn check_genesis(&self) -> Result<(), ChainError> {
        let h: Option<String> = self
            .rpc
            .request_setup("chain_getBlockHash", vec![serde_json::json!(0)], None)
            .await?;
        let now = hash_from_hex(
            "the genesis hash",
            &h.ok_or_else(|| ChainError::decode("the genesis hash", "the node has no block 0"))?,
        )?;
        if now == self.genesis {
            return Ok(());
        }
        if let Some(c) = &self.cache {
            let _ = c.put_genesis(&self.rpc.url, &now);
        }
        Err(ChainError::GenesisChanged {
            url: self.rpc.url.clone(),
            pinned: to_hex(&self.genesis),
            now: to_hex(&now),
        })
    }

    /// Requests sent so far (set-up included).
    pub fn requests(&self) -> u64 {
        self.rpc.requests()
    }

    /// The pinned block hash as hex.
    pub fn block_hex(&self) -> String {
        to_hex(&self.block_hash)
    }

    /// The runtime spec version.
    pub fn spec_version(&self) -> u32 {
        self.version.spec_version
    }

    /// An `Unsupported` error for `what`.
    pub fn unsupported(&self, what: impl Into<String>) -> ChainError {
        ChainError::Unsupported {
            what: what.into(),
            spec_version: self.version.spec_version,
        }
    }

    /// Whether the runtime offers the runtime API method `api.method`.
    pub fn has_api(&self, api: &str, method: &str) -> bool {
        self.metadata
            .runtime_api_trait_by_name(api)
            .and_then(|t| t.method_by_name(method))
            .is_some()
    }

    /// Whether the runtime has the call `pallet.call`.
    pub fn has_call(&self, pallet: &str, call: &str) -> bool {
        self.metadata
            .pallet_by_name(pallet)
            .and_then(|p| p.call_variant_by_name(call))
            .is_some()
    }

    /// Whether the runtime has the storage entry `pallet.entry`.
    pub fn has_storage(&self, pallet: &str, entry: &str) -> bool {
        self.metadata
            .pallet_by_name(pallet)
            .and_then(|p| p.storage())
            .and_then(|s| s.entry_by_name(entry))
            .is_some()
    }

    /// The names of the fields of a runtime API method's inputs (for feature checks).
    pub fn api_input_count(&self, api: &str, method: &str) -> Option<usize> {
        self.metadata
            .runtime_api_trait_by_name(api)
            .and_then(|t| t.method_by_name(method))
            .map(|m| m.inputs().len())
    }

    /// Encode the arguments of a runtime API call against the metadata.
    pub fn encode_call(
        &self,
        api: &str,
        method: &str,
        args: &[Value],
    ) -> Result<Vec<u8>, ChainError> {
        if !self.has_api(api, method) {
            return Err(self.unsupported(format!("the runtime API {api}.{method}")));
        }
        encode_api_args(&self.metadata, api, method, args)
    }

    /// Call a runtime API at the pinned block and decode the answer.
    pub async fn call(&self, api: &str, method: &str, args: &[Value]) -> Result<Val, ChainError> {
        let input = self.encode_call(api, method, args)?;
        let bytes = raw_state_call(
            &self.rpc,
            &format!("{api}_{method}"),
            &input,
            &self.block_hex(),
        )
        .await?;
        match decode_api_output(&self.metadata, api, method, &bytes) {
            Ok(v) => Ok(v),
            Err(e) => {
                self.distrust_cached_metadata();
                Err(e)
            }
        }
    }

    /// Read storage entries at the pinned block in one `state_queryStorageAt` request. Each
    /// query is (pallet, entry, keys). Absent values decode as the entry's default, or `None`
    /// for optional entries.
    pub async fn storage(&self, queries: &[StorageQuery]) -> Result<Vec<Option<Val>>, ChainError> {
        if queries.is_empty() {
            return Ok(Vec::new());
        }
        let mut keys = Vec::with_capacity(queries.len());
        for q in queries {
            if !self.has_storage(&q.pallet, &q.entry) {
                return Err(self.unsupported(format!("the storage item {}.{}", q.pallet, q.entry)));
            }
            keys.push(storage_key(&self.metadata, &q.pallet, &q.entry, &q.keys)?);
        }
        let hex_keys: Vec<String> = keys.iter().map(|k| to_hex(k)).collect();
        let sets: Vec<StorageChangeSet> = self
            .rpc
            .request(
                "state_queryStorageAt",
                vec![
                    serde_json::json!(hex_keys),
                    serde_json::json!(self.block_hex()),
                ],
                Some(&self.block_hex()),
            )
            .await?;
        let mut found: std::collections::HashMap<String, Option<String>> =
            std::collections::HashMap::new();
        for set in sets {
            for (k, v) in set.changes {
                found.insert(k.to_ascii_lowercase(), v);
            }
        }
        let mut out = Vec::with_capacity(queries.len());
        for (q, k) in queries.iter().zip(&hex_keys) {
            let raw = match found.get(&k.to_ascii_lowercase()) {
                Some(Some(v)) => Some(from_hex("a storage value", v)?),
                _ => None,
            };
            match decode_storage_value(&self.metadata, &q.pallet, &q.entry, raw.as_deref()) {
                Ok(v) => out.push(v),
                Err(e) => {
                    self.distrust_cached_metadata();
                    return Err(e);
                }
            }
        }
        Ok(out)
    }

    /// A decode failure with cached metadata means the cache cannot be trusted: drop the entry
    /// so the next run downloads it again.
    fn distrust_cached_metadata(&self) {
        if self.metadata_source == MetadataSource::Cache
            && let Some(c) = &self.cache
        {
            c.forget_metadata(&self.genesis, self.version.spec_version);
        }
    }
}

/// One storage read.
#[derive(Debug, Clone)]
pub struct StorageQuery {
    /// The pallet.
    pub pallet: String,
    /// The entry.
    pub entry: String,
    /// The map keys (empty for a plain value).
    pub keys: Vec<Value>,
}

impl StorageQuery {
    /// A query.
    pub fn new(pallet: &str, entry: &str, keys: Vec<Value>) -> StorageQuery {
        StorageQuery {
            pallet: pallet.to_string(),
            entry: entry.to_string(),
            keys,
        }
    }
}

#[derive(Debug, serde::Deserialize)]
struct StorageChangeSet {
    #[allow(dead_code)]
    block: String,
    changes: Vec<(String, Option<String>)>,
}

/// `state_call(name, args, at)` returning the raw bytes.
pub async fn raw_state_call(
    rpc: &Rpc,
    name: &str,
    args: &[u8],
    at: &str,
) -> Result<Vec<u8>, ChainError> {
    let r: String = rpc
        .request(
            "state_call",
            vec![
                serde_json::json!(name),
                serde_json::json!(to_hex(args)),
                serde_json::json!(at),
            ],
            Some(at),
        )
        .await?;
    from_hex(&format!("the answer to {name}"), &r)
}

/// Download the metadata at block `at`: V16, else V15, else the legacy `Metadata_metadata`.
pub async fn fetch_metadata(rpc: &Rpc, at: &str) -> Result<Vec<u8>, ChainError> {
    for version in [16u32, 15] {
        let bytes = raw_state_call(
            rpc,
            "Metadata_metadata_at_version",
            &version.to_le_bytes(),
            at,
        )
        .await?;
        let opt = Option::<Vec<u8>>::decode(&mut &bytes[..]).map_err(|e| {
            ChainError::Metadata(format!("bad Metadata_metadata_at_version answer: {e}"))
        })?;
        if let Some(b) = opt {
            return Ok(b);
        }
    }
    let bytes = raw_state_call(rpc, "Metadata_metadata", &[], at).await?;
    let input = &mut &bytes[..];
    let _len = Compact::<u32>::decode(input)
        .map_err(|e| ChainError::Metadata(format!("bad Metadata_metadata answer: {e}")))?;
    Ok(input.to_vec())
}

/// Encode runtime API arguments against the metadata.
pub fn encode_api_args(
    md: &subxt::Metadata,
    api: &str,
    method: &str,
    args: &[Value],
) -> Result<Vec<u8>, ChainError> {
    subxt::ext::frame_decode::runtime_apis::encode_runtime_api_inputs(
        api,
        method,
        args.to_vec(),
        md,
        md.types(),
    )
    .map_err(|e| ChainError::encode(format!("the arguments of {api}.{method}"), e))
}

/// Decode a runtime API answer against the metadata; the whole answer must be consumed.
pub fn decode_api_output(
    md: &subxt::Metadata,
    api: &str,
    method: &str,
    bytes: &[u8],
) -> Result<Val, ChainError> {
    let what = || format!("the answer of {api}.{method}");
    let ty = md
        .runtime_api_trait_by_name(api)
        .and_then(|t| t.method_by_name(method))
        .map(|m| m.output_ty())
        .ok_or_else(|| ChainError::decode(what(), "the method is not in the metadata"))?;
    decode_exact(md, ty, bytes).map_err(|e| ChainError::decode(what(), e))
}

/// Decode `bytes` as type `ty`, requiring every byte to be used.
pub fn decode_exact(md: &subxt::Metadata, ty: u32, bytes: &[u8]) -> Result<Val, String> {
    let input = &mut &bytes[..];
    let v = subxt::ext::scale_value::scale::decode_as_type(input, ty, md.types())
        .map_err(|e| e.to_string())?;
    if !input.is_empty() {
        return Err(format!("{} bytes left over", input.len()));
    }
    Ok(v)
}

/// The full storage key of `pallet.entry` with `keys`.
pub fn storage_key(
    md: &subxt::Metadata,
    pallet: &str,
    entry: &str,
    keys: &[Value],
) -> Result<Vec<u8>, ChainError> {
    subxt::ext::frame_decode::storage::encode_storage_key(
        pallet,
        entry,
        keys.to_vec(),
        md,
        md.types(),
    )
    .map_err(|e| ChainError::encode(format!("the storage key of {pallet}.{entry}"), e))
}

/// Decode a storage value (or the entry's default when `raw` is `None`).
pub fn decode_storage_value(
    md: &subxt::Metadata,
    pallet: &str,
    entry: &str,
    raw: Option<&[u8]>,
) -> Result<Option<Val>, ChainError> {
    let what = || format!("the storage value {pallet}.{entry}");
    let e = md
        .pallet_by_name(pallet)
        .and_then(|p| p.storage())
        .and_then(|s| s.entry_by_name(entry))
        .ok_or_else(|| ChainError::decode(what(), "not in the metadata"))?;
    let bytes = match (raw, e.default_value()) {
        (Some(b), _) => b,
        (None, Some(d)) => d,
        (None, None) => return Ok(None),
    };
    decode_exact(md, e.value_ty(), bytes)
        .map(Some)
        .map_err(|err| ChainError::decode(what(), err))
}

/// A runtime that offers `api.method`, else a clear `Unsupported`.
pub fn require_api(chain: &Chain, api: &str, method: &str) -> Result<(), ChainError> {
    if chain.has_api(api, method) {
        Ok(())
    } else {
        Err(chain.unsupported(format!("the runtime API {api}.{method}")))
    }
}

/// Helper: a `u16` argument value.
pub fn arg_u16(n: u16) -> Value {
    Value::u128(u128::from(n))
}

/// Helper: a `u64` argument value.
pub fn arg_u64(n: u64) -> Value {
    Value::u128(u128::from(n))
}

/// Helper: an account id argument value.
pub fn arg_account(a: &[u8; 32]) -> Value {
    Value::from_bytes(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_refs_parse() {
        assert_eq!("123".parse::<BlockRef>(), Ok(BlockRef::Number(123)));
        let h = format!("0x{}", "ab".repeat(32));
        assert_eq!(h.parse::<BlockRef>(), Ok(BlockRef::Hash([0xab; 32])));
        assert!(
            "0x1234"
                .parse::<BlockRef>()
                .unwrap_err()
                .contains("32 bytes")
        );
        assert!("-1".parse::<BlockRef>().is_err());
        assert!("12a".parse::<BlockRef>().is_err());
        assert!("".parse::<BlockRef>().is_err());
        assert_eq!(BlockRef::Number(5).to_string(), "#5");
    }

    #[test]
    fn runtime_version_decodes() {
        use subxt::ext::codec::Encode;
        let mut b = Vec::new();
        "node-subtensor".encode_to(&mut b);
        "node-subtensor".encode_to(&mut b);
        1u32.encode_to(&mut b);
        393u32.encode_to(&mut b);
        1u32.encode_to(&mut b);
        vec![([1u8; 8], 2u32)].encode_to(&mut b);
        1u32.encode_to(&mut b);
        1u8.encode_to(&mut b);
        let v = decode_runtime_version(&b).unwrap();
        assert_eq!(v.spec_version, 393);
        assert_eq!(v.spec_name, "node-subtensor");
        assert_eq!(v.transaction_version, 1);
        assert!(decode_runtime_version(&b[..10]).is_err());
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn unreachable_fails_fast_with_exit_4() {
        use crate::error::{Diagnostic, ExitStatus};
        // A port nobody listens on.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let url = format!("ws://127.0.0.1:{port}");
        let start = std::time::Instant::now();
        let err = block_on(Rpc::connect(
            &url,
            Duration::from_secs(2),
            Duration::from_secs(2),
        ))
        .err()
        .expect("nothing listens");
        assert!(start.elapsed() < Duration::from_secs(5));
        assert_eq!(err.exit_status(), ExitStatus::Unreachable);
        assert!(err.to_string().contains(&url));
    }

    #[test]
    fn silent_server_times_out_within_the_limit() {
        use crate::error::{Diagnostic, ExitStatus};
        // Accepts TCP but never completes the WebSocket handshake.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let url = format!("ws://127.0.0.1:{port}");
        let start = std::time::Instant::now();
        let err = block_on(Rpc::connect(
            &url,
            Duration::from_secs(1),
            Duration::from_secs(1),
        ))
        .err()
        .expect("no handshake");
        let took = start.elapsed();
        assert!(
            took >= Duration::from_millis(900) && took < Duration::from_secs(4),
            "{took:?}"
        );
        assert_eq!(err.exit_status(), ExitStatus::Unreachable);
        assert!(err.to_string().contains("cannot reach"));
        drop(listener);
    }
}
