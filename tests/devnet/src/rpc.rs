//! The JSON-RPC server (legacy Substrate methods) around the chain.

use crate::chain::{Chain, SubmitError, TxStatus};
use crate::runtime::Header;
use codec::{Decode, Encode};
use jsonrpsee::{
    PendingSubscriptionSink, RpcModule, SubscriptionMessage,
    server::{ServerConfig, ServerHandle, StopHandle, serve_with_graceful_shutdown, stop_channel},
    types::{ErrorObjectOwned, Params},
};
use serde_json::{Value, json};
use sp_core::{H256, crypto::Ss58Codec};
use sp_runtime::{AccountId32, transaction_validity::InvalidTransaction};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::broadcast;

/// Largest accepted request body.
pub const MAX_REQUEST_BYTES: u32 = 16 * 1024 * 1024;
/// Largest response body.
pub const MAX_RESPONSE_BYTES: u32 = 64 * 1024 * 1024;
/// Concurrent connections accepted; more are closed at once.
pub const MAX_CONNECTIONS: usize = 100;

/// How blocks are produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockMode {
    /// One block every interval (empty or not).
    Interval(Duration),
    /// One block per submitted transaction, at once.
    Instant,
}

/// Devnet options.
#[derive(Clone, Debug)]
pub struct Options {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    pub block_mode: BlockMode,
    /// Serve and list the `dev_*` methods.
    pub dev_rpc: bool,
    /// Hide the items newer than the real metadata snapshots ([`crate::newer`]).
    pub hide_newer: bool,
    /// Start from the chain saved in this file, if it exists ([`crate::state_file`]); the
    /// binary also saves to it as blocks are produced and on exit.
    pub state_file: Option<std::path::PathBuf>,
}

impl Options {
    /// For tests: a free port, one block per transaction, the `dev_*` hooks on.
    pub fn for_tests() -> Self {
        Options {
            port: 0,
            block_mode: BlockMode::Instant,
            dev_rpc: true,
            hide_newer: false,
            state_file: None,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            port: 9944,
            block_mode: BlockMode::Interval(Duration::from_millis(250)),
            dev_rpc: false,
            hide_newer: false,
            state_file: None,
        }
    }
}

/// Shared server state.
pub struct Ctx {
    pub chain: Mutex<Chain>,
    heads: broadcast::Sender<Value>,
    counts: Mutex<BTreeMap<String, u64>>,
    drop_after: Mutex<Option<u64>>,
    generation: Mutex<(StopHandle, ServerHandle)>,
    mode: BlockMode,
    pub(crate) faults: crate::faults::Faults,
}

impl Ctx {
    fn count(&self, method: &str) {
        *self
            .counts
            .lock()
            .expect("counts lock")
            .entry(method.to_string())
            .or_default() += 1;
    }

    /// Requests per method since the last reset.
    pub fn request_counts(&self) -> BTreeMap<String, u64> {
        self.counts.lock().expect("counts lock").clone()
    }

    pub fn reset_request_counts(&self) {
        self.counts.lock().expect("counts lock").clear();
    }

    /// Drops every open connection after the next `k` subscription notifications.
    pub fn drop_connections_after(&self, k: u64) {
        *self.drop_after.lock().expect("drop lock") = Some(k);
        if k == 0 {
            self.drop_connections();
        }
    }

    fn drop_connections(&self) {
        let mut generation = self.generation.lock().expect("generation lock");
        let fresh = stop_channel();
        let old = std::mem::replace(&mut *generation, fresh);
        let _ = old.1.stop();
    }

    /// Called after each subscription notification.
    fn notified(&self) {
        let fire = {
            let mut d = self.drop_after.lock().expect("drop lock");
            match d.as_mut() {
                Some(k) if *k <= 1 => {
                    *d = None;
                    true
                }
                Some(k) => {
                    *k -= 1;
                    false
                }
                None => false,
            }
        };
        if fire {
            self.drop_connections();
        }
    }

    /// The best block's number.
    pub fn read_best_number(&self) -> u32 {
        self.chain.lock().expect("chain lock").best().header.number
    }

    /// Save the chain to `path` ([`crate::state_file`]); returns the best block saved.
    pub fn save_state(&self, path: &std::path::Path) -> Result<u32, crate::state_file::StateError> {
        let chain = self.chain.lock().expect("chain lock");
        chain.save(path)?;
        Ok(chain.best().header.number)
    }

    /// Runs `f` on the best block's state and keeps its changes (storage writes through the
    /// runtime's types), e.g. to set a hyperparameter the devnet has no call for.
    pub fn edit_state<R>(&self, f: impl FnOnce() -> R) -> R {
        self.chain.lock().expect("chain lock").edit_best_state(f)
    }

    /// Runs `f` on a copy of the best block's state (reads through the runtime's types).
    pub fn read_state<R>(&self, f: impl FnOnce() -> R) -> R {
        self.chain.lock().expect("chain lock").read_best_state(f)
    }

    /// `--instant`: one block for a submission, then more while an MEV-shield wrapper waits in
    /// the pool for its key (it is included or evicted within its era, at most 8 blocks).
    pub fn instant_blocks(&self) -> H256 {
        let mut last = self.new_blocks(1);
        for _ in 0..16 {
            if !self.chain.lock().expect("chain lock").wrapper_waits() {
                break;
            }
            last = self.new_blocks(1);
        }
        last
    }

    /// Test hook: the author leaves every MEV-shield wrapper in the pool (as a node run with
    /// `SUBSTRATE_SKIP_SHIELDED_TXS=1`); they leave it when their era ends.
    pub fn skip_shielded_txs(&self, skip: bool) {
        self.chain.lock().expect("chain lock").skip_shielded = skip;
    }

    /// Produces `n` blocks now.
    pub fn new_blocks(&self, n: u32) -> H256 {
        let mut last = H256::zero();
        for _ in 0..n {
            let header = {
                let mut chain = self.chain.lock().expect("chain lock");
                let b = chain.produce_block();
                last = b.hash;
                header_json(&b.header)
            };
            let _ = self.heads.send(header);
        }
        last
    }
}

fn hex0x(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}

fn parse_hex(s: &str) -> Result<Vec<u8>, ErrorObjectOwned> {
    hex::decode(s.trim_start_matches("0x")).map_err(|e| invalid_params(format!("invalid hex: {e}")))
}

fn invalid_params(msg: impl Into<String>) -> ErrorObjectOwned {
    ErrorObjectOwned::owned(-32602, msg.into(), None::<()>)
}

fn client_error(msg: impl Into<String>) -> ErrorObjectOwned {
    ErrorObjectOwned::owned(4003, format!("Client error: {}", msg.into()), None::<()>)
}

fn parse_hash(v: &Value) -> Result<Option<H256>, ErrorObjectOwned> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => {
            let b = parse_hex(s)?;
            if b.len() != 32 {
                return Err(invalid_params("block hash must be 32 bytes"));
            }
            Ok(Some(H256::from_slice(&b)))
        }
        _ => Err(invalid_params("expected a block hash")),
    }
}

fn params_vec(p: &Params) -> Result<Vec<Value>, ErrorObjectOwned> {
    if p.is_object() {
        return Err(invalid_params("positional parameters expected"));
    }
    Ok(p.parse::<Option<Vec<Value>>>()?.unwrap_or_default())
}

fn arg(v: &[Value], i: usize) -> &Value {
    v.get(i).unwrap_or(&Value::Null)
}

pub fn header_json(h: &Header) -> Value {
    json!({
        "parentHash": hex0x(h.parent_hash.as_bytes()),
        "number": format!("0x{:x}", h.number),
        "stateRoot": hex0x(h.state_root.as_bytes()),
        "extrinsicsRoot": hex0x(h.extrinsics_root.as_bytes()),
        "digest": { "logs": h.digest.logs.iter().map(|l| hex0x(&l.encode())).collect::<Vec<_>>() },
    })
}

fn submit_error(e: SubmitError) -> ErrorObjectOwned {
    match e {
        SubmitError::Decode(m) => ErrorObjectOwned::owned(
            1002,
            format!("Verification Error: Could not decode: {m}"),
            Some(m),
        ),
        SubmitError::Invalid(InvalidTransaction::Custom(c)) => ErrorObjectOwned::owned(
            1010,
            "Invalid Transaction",
            Some(format!("Custom error: {c}")),
        ),
        SubmitError::Invalid(i) => {
            let msg: &'static str = i.into();
            ErrorObjectOwned::owned(1010, "Invalid Transaction", Some(msg))
        }
        SubmitError::Unknown(u) => {
            let msg: &'static str = u.into();
            ErrorObjectOwned::owned(1011, "Unknown Transaction Validity", Some(msg))
        }
        SubmitError::TemporarilyBanned => {
            ErrorObjectOwned::owned(1012, "Transaction is temporarily banned", None::<()>)
        }
        SubmitError::AlreadyImported => {
            ErrorObjectOwned::owned(1013, "Transaction Already Imported", None::<()>)
        }
    }
}

fn parse_account(s: &str) -> Result<AccountId32, ErrorObjectOwned> {
    if let Ok(a) = AccountId32::from_ss58check(s) {
        return Ok(a);
    }
    let b = parse_hex(s)?;
    <[u8; 32]>::try_from(b.as_slice())
        .map(AccountId32::from)
        .map_err(|_| invalid_params("invalid account"))
}

const LEGACY_METHODS: &[&str] = &[
    "account_nextIndex",
    "author_pendingExtrinsics",
    "author_submitAndWatchExtrinsic",
    "author_submitExtrinsic",
    "author_unwatchExtrinsic",
    "chain_getBlock",
    "chain_getBlockHash",
    "chain_getFinalizedHead",
    "chain_getHead",
    "chain_getHeader",
    "chain_subscribeAllHeads",
    "chain_subscribeFinalizedHeads",
    "chain_subscribeNewHeads",
    "chain_unsubscribeAllHeads",
    "chain_unsubscribeFinalizedHeads",
    "chain_unsubscribeNewHeads",
    "payment_queryInfo",
    "rpc_methods",
    "state_call",
    "state_getKeys",
    "state_getKeysPaged",
    "state_getMetadata",
    "state_getRuntimeVersion",
    "state_getStorage",
    "state_getStorageAt",
    "state_queryStorageAt",
    "system_accountNextIndex",
    "system_chain",
    "system_chainType",
    "system_name",
    "system_properties",
    "system_version",
];

const DEV_METHODS: &[&str] = &[
    "dev_delayResponses",
    "dev_dropConnectionsAfter",
    "dev_dropConnectionsAfterRequests",
    "dev_dropConnectionsAfterSubmit",
    "dev_malformedResponses",
    "dev_newBlocks",
    "dev_requestCounts",
    "dev_resetFaults",
    "dev_resetRequestCounts",
    "dev_setGenesisHash",
    "dev_truncateScale",
];

type RpcResult = Result<Value, ErrorObjectOwned>;

/// `system_accountNextIndex` / `account_nextIndex`: the account's nonce plus the transactions
/// of it waiting in the pool with consecutive nonces.
fn account_next_index(a: Vec<Value>, ctx: &Ctx) -> RpcResult {
    let Value::String(s) = arg(&a, 0) else {
        return Err(invalid_params("expected an account"));
    };
    let who = parse_account(s)?;
    let chain = ctx.chain.lock().expect("chain lock");
    let bytes = chain
        .call(None, "AccountNonceApi_account_nonce", &who.encode())
        .map_err(client_error)?;
    let mut next = u32::decode(&mut &bytes[..]).map_err(|e| client_error(e.to_string()))?;
    let mut pending = chain.pool_nonces(&who);
    pending.sort();
    for n in pending {
        if n == next {
            next += 1;
        }
    }
    Ok(json!(next))
}

fn method<F>(m: &mut RpcModule<Arc<Ctx>>, name: &'static str, f: F)
where
    F: Fn(Vec<Value>, &Ctx) -> RpcResult + Send + Sync + Clone + 'static,
{
    m.register_blocking_method(name, move |params, ctx, _| {
        ctx.count(name);
        let args = params_vec(&params)?;
        f(args, &ctx)
    })
    .expect("method names are unique");
}

fn runtime_version_json(ctx: &Ctx, at: Option<H256>) -> RpcResult {
    let chain = ctx.chain.lock().expect("chain lock");
    let bytes = chain.call(at, "Core_version", &[]).map_err(client_error)?;
    let v = sp_version::RuntimeVersion::decode(&mut &bytes[..])
        .map_err(|e| client_error(e.to_string()))?;
    Ok(json!({
        "specName": v.spec_name,
        "implName": v.impl_name,
        "authoringVersion": v.authoring_version,
        "specVersion": v.spec_version,
        "implVersion": v.impl_version,
        "apis": v.apis.iter().map(|(id, ver)| json!([hex0x(id), ver])).collect::<Vec<_>>(),
        "transactionVersion": v.transaction_version,
        "systemVersion": v.system_version,
    }))
}

fn build_module(ctx: Arc<Ctx>, dev_rpc: bool) -> RpcModule<Arc<Ctx>> {
    let mut m = RpcModule::new(ctx);

    method(&mut m, "rpc_methods", move |_, _| {
        let mut methods: Vec<&str> = LEGACY_METHODS.to_vec();
        if dev_rpc {
            methods.extend(DEV_METHODS);
        }
        methods.sort();
        Ok(json!({ "version": 1, "methods": methods }))
    });
    method(&mut m, "system_chain", |_, _| Ok(json!("Development")));
    method(&mut m, "system_name", |_, _| Ok(json!("Subtensor Node")));
    method(&mut m, "system_version", |_, _| {
        Ok(json!(format!("tao-devnet-{}", env!("CARGO_PKG_VERSION"))))
    });
    // A local development chain, as `substrate --dev` reports itself.
    method(&mut m, "system_chainType", |_, _| Ok(json!("Development")));
    method(&mut m, "system_properties", |_, _| {
        Ok(json!({ "ss58Format": 42, "tokenDecimals": 9, "tokenSymbol": "TAO" }))
    });
    // The next nonce, counting queued transactions; Substrate serves it under both names.
    method(&mut m, "system_accountNextIndex", account_next_index);
    method(&mut m, "account_nextIndex", account_next_index);
    method(&mut m, "chain_getBlockHash", |a, ctx| {
        let chain = ctx.chain.lock().expect("chain lock");
        let one = |v: &Value| -> RpcResult {
            let n = match v {
                Value::Null => return Ok(json!(hex0x(chain.best().hash.as_bytes()))),
                Value::Number(n) => n.as_u64(),
                Value::String(s) => u64::from_str_radix(s.trim_start_matches("0x"), 16).ok(),
                _ => None,
            }
            .ok_or_else(|| invalid_params("expected a block number"))?;
            Ok(match chain.blocks.get(n as usize) {
                Some(b) if n == 0 => json!(hex0x(ctx.faults.genesis_reported(b.hash).as_bytes())),
                Some(b) => json!(hex0x(b.hash.as_bytes())),
                None => Value::Null,
            })
        };
        match arg(&a, 0) {
            Value::Array(list) => Ok(Value::Array(
                list.iter().map(one).collect::<Result<Vec<_>, _>>()?,
            )),
            v => one(v),
        }
    });
    method(&mut m, "chain_getHead", |_, ctx| {
        Ok(json!(hex0x(
            ctx.chain.lock().expect("chain lock").best().hash.as_bytes()
        )))
    });
    method(&mut m, "chain_getFinalizedHead", |_, ctx| {
        Ok(json!(hex0x(
            ctx.chain.lock().expect("chain lock").best().hash.as_bytes()
        )))
    });
    method(&mut m, "chain_getHeader", |a, ctx| {
        let at = parse_hash(arg(&a, 0))?;
        let chain = ctx.chain.lock().expect("chain lock");
        let rec = match at {
            None => Some(chain.best()),
            Some(h) => chain.block(&h),
        };
        Ok(rec.map(|r| header_json(&r.header)).unwrap_or(Value::Null))
    });
    method(&mut m, "chain_getBlock", |a, ctx| {
        let at = parse_hash(arg(&a, 0))?;
        let chain = ctx.chain.lock().expect("chain lock");
        let rec = match at {
            None => Some(chain.best()),
            Some(h) => chain.block(&h),
        };
        Ok(rec
            .map(|r| {
                json!({
                    "block": {
                        "header": header_json(&r.header),
                        "extrinsics": r.extrinsics.iter().map(|e| hex0x(e)).collect::<Vec<_>>(),
                    },
                    "justifications": Value::Null,
                })
            })
            .unwrap_or(Value::Null))
    });
    method(&mut m, "state_call", |a, ctx| {
        let Value::String(name) = arg(&a, 0) else {
            return Err(invalid_params("expected a method name"));
        };
        let data = match arg(&a, 1) {
            Value::String(s) => parse_hex(s)?,
            Value::Null => Vec::new(),
            _ => return Err(invalid_params("expected hex call data")),
        };
        let at = parse_hash(arg(&a, 2))?;
        let chain = ctx.chain.lock().expect("chain lock");
        let out = chain.call(at, name, &data).map_err(client_error)?;
        if ctx.faults.take_truncation() {
            return Ok(json!(hex0x(&crate::faults::truncate(&out))));
        }
        Ok(json!(hex0x(&out)))
    });
    let get_storage = |a: Vec<Value>, ctx: &Ctx| -> RpcResult {
        let Value::String(k) = arg(&a, 0) else {
            return Err(invalid_params("expected a storage key"));
        };
        let key = parse_hex(k)?;
        let at = parse_hash(arg(&a, 1))?;
        let state = ctx
            .chain
            .lock()
            .expect("chain lock")
            .state_at(at)
            .map_err(client_error)?;
        let cut = ctx.faults.take_truncation();
        Ok(state
            .top
            .get(&key)
            .map(|v| match cut {
                true => json!(hex0x(&crate::faults::truncate(v))),
                false => json!(hex0x(v)),
            })
            .unwrap_or(Value::Null))
    };
    method(&mut m, "state_getStorage", get_storage);
    method(&mut m, "state_getStorageAt", get_storage);
    method(&mut m, "state_getKeysPaged", |a, ctx| {
        let prefix = match arg(&a, 0) {
            Value::String(s) => parse_hex(s)?,
            Value::Null => Vec::new(),
            _ => return Err(invalid_params("expected a key prefix")),
        };
        let count = arg(&a, 1)
            .as_u64()
            .ok_or_else(|| invalid_params("expected a count"))?
            .min(1000) as usize;
        let start = match arg(&a, 2) {
            Value::String(s) => Some(parse_hex(s)?),
            _ => None,
        };
        let at = parse_hash(arg(&a, 3))?;
        let state = ctx
            .chain
            .lock()
            .expect("chain lock")
            .state_at(at)
            .map_err(client_error)?;
        let keys = crate::chain::keys_paged(&state, &prefix, count, start.as_deref());
        Ok(json!(keys.iter().map(|k| hex0x(k)).collect::<Vec<_>>()))
    });
    // Every key under a prefix (the old, unpaged form; btcli's `query_map` uses it).
    method(&mut m, "state_getKeys", |a, ctx| {
        let prefix = match arg(&a, 0) {
            Value::String(s) => parse_hex(s)?,
            _ => return Err(invalid_params("expected a key prefix")),
        };
        let at = parse_hash(arg(&a, 1))?;
        let state = ctx
            .chain
            .lock()
            .expect("chain lock")
            .state_at(at)
            .map_err(client_error)?;
        let keys = crate::chain::keys_paged(&state, &prefix, usize::MAX, None);
        Ok(json!(keys.iter().map(|k| hex0x(k)).collect::<Vec<_>>()))
    });
    method(&mut m, "state_queryStorageAt", |a, ctx| {
        let Value::Array(keys) = arg(&a, 0) else {
            return Err(invalid_params("expected a list of keys"));
        };
        let at = parse_hash(arg(&a, 1))?;
        let chain = ctx.chain.lock().expect("chain lock");
        let state = chain.state_at(at).map_err(client_error)?;
        let hash = at.unwrap_or(chain.best().hash);
        let cut = ctx.faults.take_truncation();
        let mut changes = Vec::new();
        for k in keys {
            let Value::String(k) = k else {
                return Err(invalid_params("keys must be hex strings"));
            };
            let key = parse_hex(k)?;
            let v = state
                .top
                .get(&key)
                .map(|v| match cut {
                    true => json!(hex0x(&crate::faults::truncate(v))),
                    false => json!(hex0x(v)),
                })
                .unwrap_or(Value::Null);
            changes.push(json!([hex0x(&key), v]));
        }
        Ok(json!([{ "block": hex0x(hash.as_bytes()), "changes": changes }]))
    });
    method(&mut m, "state_getRuntimeVersion", |a, ctx| {
        let at = parse_hash(arg(&a, 0))?;
        runtime_version_json(ctx, at)
    });
    method(&mut m, "state_getMetadata", |a, ctx| {
        let at = parse_hash(arg(&a, 0))?;
        let chain = ctx.chain.lock().expect("chain lock");
        let out = chain
            .call(at, "Metadata_metadata", &[])
            .map_err(client_error)?;
        let opaque = Vec::<u8>::decode(&mut &out[..]).map_err(|e| client_error(e.to_string()))?;
        Ok(json!(hex0x(&opaque)))
    });
    method(&mut m, "payment_queryInfo", |a, ctx| {
        let Value::String(x) = arg(&a, 0) else {
            return Err(invalid_params("expected an extrinsic"));
        };
        let bytes = parse_hex(x)?;
        let at = parse_hash(arg(&a, 1))?;
        let mut data = bytes.clone();
        (bytes.len() as u32).encode_to(&mut data);
        let chain = ctx.chain.lock().expect("chain lock");
        let out = chain
            .call(at, "TransactionPaymentApi_query_info", &data)
            .map_err(client_error)?;
        let info = pallet_transaction_payment::RuntimeDispatchInfo::<u64>::decode(&mut &out[..])
            .map_err(|e| client_error(e.to_string()))?;
        let class = match info.class {
            frame_support::dispatch::DispatchClass::Normal => "normal",
            frame_support::dispatch::DispatchClass::Operational => "operational",
            frame_support::dispatch::DispatchClass::Mandatory => "mandatory",
        };
        Ok(json!({
            "weight": { "refTime": info.weight.ref_time(), "proofSize": info.weight.proof_size() },
            "class": class,
            "partialFee": info.partial_fee.to_string(),
        }))
    });
    method(&mut m, "author_pendingExtrinsics", |_, ctx| {
        let pool = ctx.chain.lock().expect("chain lock").pool_extrinsics();
        Ok(json!(pool.iter().map(|x| hex0x(x)).collect::<Vec<_>>()))
    });
    method(&mut m, "author_submitExtrinsic", |a, ctx| {
        let Value::String(x) = arg(&a, 0) else {
            return Err(invalid_params("expected an extrinsic"));
        };
        let bytes = parse_hex(x)?;
        let hash = ctx
            .chain
            .lock()
            .expect("chain lock")
            .submit(&bytes, None)
            .map_err(submit_error)?;
        if ctx.mode == BlockMode::Instant {
            ctx.instant_blocks();
        }
        Ok(json!(hex0x(hash.as_bytes())))
    });

    if dev_rpc {
        method(&mut m, "dev_newBlocks", |a, ctx| {
            let n = arg(&a, 0).as_u64().unwrap_or(1).min(10_000) as u32;
            let last = ctx.new_blocks(n);
            Ok(json!(hex0x(last.as_bytes())))
        });
        method(&mut m, "dev_requestCounts", |_, ctx| {
            Ok(json!(ctx.request_counts()))
        });
        method(&mut m, "dev_resetRequestCounts", |_, ctx| {
            ctx.reset_request_counts();
            Ok(Value::Null)
        });
        method(&mut m, "dev_dropConnectionsAfter", |a, ctx| {
            let k = arg(&a, 0)
                .as_u64()
                .ok_or_else(|| invalid_params("expected a notification count"))?;
            ctx.drop_connections_after(k);
            Ok(Value::Null)
        });
        let count = |a: &[Value], what: &str| -> Result<u64, ErrorObjectOwned> {
            arg(a, 0)
                .as_u64()
                .ok_or_else(|| invalid_params(format!("expected {what}")))
        };
        method(&mut m, "dev_delayResponses", move |a, ctx| {
            ctx.delay_responses(count(&a, "a delay in milliseconds")?.min(600_000));
            Ok(Value::Null)
        });
        method(&mut m, "dev_dropConnectionsAfterRequests", move |a, ctx| {
            ctx.drop_connections_after_requests(count(&a, "a request count")?);
            Ok(Value::Null)
        });
        method(&mut m, "dev_dropConnectionsAfterSubmit", |_, ctx| {
            ctx.drop_connections_after_submit();
            Ok(Value::Null)
        });
        method(&mut m, "dev_malformedResponses", move |a, ctx| {
            ctx.malformed_responses(count(&a, "a request count")?);
            Ok(Value::Null)
        });
        method(&mut m, "dev_truncateScale", move |a, ctx| {
            ctx.truncate_scale(count(&a, "a request count")?);
            Ok(Value::Null)
        });
        method(&mut m, "dev_setGenesisHash", |a, ctx| {
            let fake = parse_hash(arg(&a, 0))?;
            let after = match arg(&a, 1) {
                Value::Null => 0,
                v => v
                    .as_u64()
                    .ok_or_else(|| invalid_params("expected a count of truthful answers"))?,
            };
            ctx.set_genesis_hash(fake, after);
            Ok(Value::Null)
        });
        method(&mut m, "dev_resetFaults", |_, ctx| {
            ctx.reset_faults();
            Ok(Value::Null)
        });
    }

    for (sub, notif, unsub) in [
        (
            "chain_subscribeNewHeads",
            "chain_newHead",
            "chain_unsubscribeNewHeads",
        ),
        (
            "chain_subscribeFinalizedHeads",
            "chain_finalizedHead",
            "chain_unsubscribeFinalizedHeads",
        ),
        (
            "chain_subscribeAllHeads",
            "chain_allHead",
            "chain_unsubscribeAllHeads",
        ),
    ] {
        m.register_subscription(
            sub,
            notif,
            unsub,
            move |_params, pending, ctx, _| async move {
                ctx.count(sub);
                heads_subscription(pending, (*ctx).clone()).await;
            },
        )
        .expect("subscription names are unique");
    }

    m.register_subscription(
        "author_submitAndWatchExtrinsic",
        "author_extrinsicUpdate",
        "author_unwatchExtrinsic",
        |params, pending, ctx, _| async move {
            ctx.count("author_submitAndWatchExtrinsic");
            watch_subscription(params, pending, (*ctx).clone()).await;
        },
    )
    .expect("subscription names are unique");
    m
}

async fn heads_subscription(pending: PendingSubscriptionSink, ctx: Arc<Ctx>) {
    let mut rx = ctx.heads.subscribe();
    let current = {
        let chain = ctx.chain.lock().expect("chain lock");
        header_json(&chain.best().header)
    };
    let Ok(sink) = pending.accept().await else {
        return;
    };
    let mut next = Some(current);
    loop {
        let header = match next.take() {
            Some(h) => h,
            None => match rx.recv().await {
                Ok(h) => h,
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return,
            },
        };
        let Ok(msg) = serde_json::value::to_raw_value(&header).map(SubscriptionMessage::from)
        else {
            return;
        };
        if sink.send(msg).await.is_err() {
            return;
        }
        ctx.notified();
    }
}

async fn watch_subscription(
    params: Params<'static>,
    pending: PendingSubscriptionSink,
    ctx: Arc<Ctx>,
) {
    let parsed = params_vec(&params).and_then(|a| match arg(&a, 0) {
        Value::String(x) => parse_hex(x),
        _ => Err(invalid_params("expected an extrinsic")),
    });
    let bytes = match parsed {
        Ok(b) => b,
        Err(e) => {
            pending.reject(e).await;
            return;
        }
    };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let submitted = ctx
        .chain
        .lock()
        .expect("chain lock")
        .submit(&bytes, Some(tx));
    if let Err(e) = submitted {
        pending.reject(submit_error(e)).await;
        return;
    }
    let Ok(sink) = pending.accept().await else {
        return;
    };
    if ctx.mode == BlockMode::Instant {
        let ctx2 = ctx.clone();
        tokio::task::spawn_blocking(move || ctx2.instant_blocks());
    }
    if ctx.faults.take_drop_after_submit() {
        // The subscription id has been queued; let it reach the client, then cut the line
        // before any status.
        tokio::time::sleep(Duration::from_millis(50)).await;
        ctx.cut_connections();
        return;
    }
    while let Some(status) = rx.recv().await {
        let (value, last) = match status {
            TxStatus::Ready => (json!("ready"), false),
            TxStatus::InBlock(h) => (json!({ "inBlock": hex0x(h.as_bytes()) }), false),
            TxStatus::Finalized(h) => (json!({ "finalized": hex0x(h.as_bytes()) }), true),
            TxStatus::Invalid => (json!("invalid"), true),
        };
        let Ok(msg) = serde_json::value::to_raw_value(&value).map(SubscriptionMessage::from) else {
            return;
        };
        if sink.send(msg).await.is_err() {
            return;
        }
        ctx.notified();
        if last {
            return;
        }
    }
}

/// A running devnet. Dropping it stops the server and block production.
pub struct Devnet {
    pub port: u16,
    pub ctx: Arc<Ctx>,
    stop: ServerHandle,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Devnet {
    /// Starts a devnet on 127.0.0.1 (must run inside a tokio runtime).
    pub async fn start(opts: Options) -> std::io::Result<Devnet> {
        let chain = match &opts.state_file {
            Some(path) if path.exists() => {
                Chain::load(path, opts.hide_newer).map_err(std::io::Error::other)?
            }
            _ => Chain::with_newer_hidden(opts.hide_newer),
        };
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", opts.port)).await?;
        let port = listener.local_addr()?.port();
        let (heads, _) = broadcast::channel(1024);
        let ctx = Arc::new(Ctx {
            chain: Mutex::new(chain),
            heads,
            counts: Mutex::new(BTreeMap::new()),
            drop_after: Mutex::new(None),
            generation: Mutex::new(stop_channel()),
            mode: opts.block_mode,
            faults: crate::faults::Faults::new(),
        });
        let module = build_module(ctx.clone(), opts.dev_rpc);
        let (global_stop, global_handle) = stop_channel();
        let cfg = ServerConfig::builder()
            .max_request_body_size(MAX_REQUEST_BYTES)
            .max_response_body_size(MAX_RESPONSE_BYTES)
            .max_connections(MAX_CONNECTIONS as u32)
            .max_subscriptions_per_connection(1024)
            .build();
        let ctx_faults = ctx.clone();
        let builder = jsonrpsee::server::Server::builder()
            .set_config(cfg)
            .set_rpc_middleware(
                jsonrpsee::server::middleware::rpc::RpcServiceBuilder::new().layer_fn(
                    move |inner| crate::faults::FaultService {
                        inner,
                        ctx: ctx_faults.clone(),
                    },
                ),
            )
            .to_service_builder();
        let methods: jsonrpsee::Methods = module.into();
        let open = Arc::new(AtomicUsize::new(0));
        let ctx_accept = ctx.clone();
        let accept_stop = global_stop.clone();
        let accept = tokio::spawn(async move {
            loop {
                let sock = tokio::select! {
                    res = listener.accept() => match res {
                        Ok((s, _)) => s,
                        Err(_) => continue,
                    },
                    _ = accept_stop.clone().shutdown() => break,
                };
                if open.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
                    drop(sock);
                    continue;
                }
                // Small request/response frames: send them at once instead of waiting for the
                // peer's delayed ACK (Nagle), which stalls pipelined requests by ~40 ms.
                let _ = sock.set_nodelay(true);
                let conn_stop = ctx_accept
                    .generation
                    .lock()
                    .expect("generation lock")
                    .0
                    .clone();
                let svc = builder.clone().build(methods.clone(), conn_stop.clone());
                let open2 = open.clone();
                let global = global_stop.clone();
                open2.fetch_add(1, Ordering::SeqCst);
                // The server talks to one end of an in-memory pipe; `faults::pump` carries the
                // bytes to the socket and can cut it or mangle an answer (the fault hooks).
                let (near, far) = tokio::io::duplex(256 * 1024);
                tokio::spawn(crate::faults::pump(
                    sock,
                    far,
                    ctx_accept.faults.kill_receiver(),
                ));
                tokio::spawn(async move {
                    let stopped = async move {
                        tokio::select! {
                            _ = conn_stop.shutdown() => {},
                            _ = global.shutdown() => {},
                        }
                    };
                    let _ = serve_with_graceful_shutdown(near, svc, stopped).await;
                    open2.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        let mut tasks = vec![accept];
        if let BlockMode::Interval(every) = opts.block_mode {
            let ctx_blocks = ctx.clone();
            let stop_blocks = global_handle.clone();
            tasks.push(tokio::spawn(async move {
                let mut tick = tokio::time::interval(every);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                tick.tick().await;
                while !stop_blocks.is_stopped() {
                    tick.tick().await;
                    let c = ctx_blocks.clone();
                    if tokio::task::spawn_blocking(move || c.new_blocks(1))
                        .await
                        .is_err()
                    {
                        break;
                    }
                }
            }));
        }
        Ok(Devnet {
            port,
            ctx,
            stop: global_handle,
            tasks,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    /// `ws://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }

    /// Stops serving; open connections close.
    pub fn stop(&self) {
        let _ = self.stop.stop();
        let _ = self
            .ctx
            .generation
            .lock()
            .expect("generation lock")
            .1
            .stop();
        for t in &self.tasks {
            t.abort();
        }
    }
}

impl Drop for Devnet {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A devnet on its own thread and tokio runtime, for tests that are not async.
/// Dropping it stops the devnet and joins the thread.
pub struct SpawnedDevnet {
    pub port: u16,
    pub ctx: Arc<Ctx>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SpawnedDevnet {
    /// `ws://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }
}

impl Drop for SpawnedDevnet {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Devnet {
    /// Starts a devnet on a thread of its own (no tokio runtime needed by the caller).
    pub fn spawn(opts: Options) -> std::io::Result<SpawnedDevnet> {
        type Started = std::io::Result<(u16, Arc<Ctx>)>;
        let (started_tx, started_rx) = std::sync::mpsc::channel::<Started>();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("tao-devnet".into())
            .spawn(move || {
                let rt = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = started_tx.send(Err(e));
                        return;
                    }
                };
                rt.block_on(async move {
                    match Devnet::start(opts).await {
                        Ok(devnet) => {
                            let _ = started_tx.send(Ok((devnet.port, devnet.ctx.clone())));
                            let _ = stop_rx.await;
                            devnet.stop();
                        }
                        Err(e) => {
                            let _ = started_tx.send(Err(e));
                        }
                    }
                });
            })?;
        let (port, ctx) = started_rx
            .recv()
            .map_err(|_| std::io::Error::other("the devnet thread ended before starting"))??;
        Ok(SpawnedDevnet {
            port,
            ctx,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }
}
