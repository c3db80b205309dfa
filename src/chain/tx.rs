//! The signing pipeline: calls built from the runtime metadata, the v4 signed extrinsic with
//! subtensor's transaction extensions (listed in [`EXPECTED_EXTENSIONS`]), fee estimation through
//! `TransactionPaymentApi.query_info`, submission with `author_submitAndWatchExtrinsic`, and the
//! decoded outcome (block, extrinsic index, events, dispatch result).
//!
//! The extrinsic is assembled here rather than by subxt so that the bytes a `--dry-run` prints
//! are exactly the bytes a submission sends, and so that the extension list of the connected
//! runtime is checked against the metadata before anything is signed: every extension tao does
//! not know must encode to zero bytes, or tao refuses ("the runtime upgraded").
//!
//! Nothing here talks to the terminal; signing goes through [`TxSigner`], so the key stays in the
//! caller's hands.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value as Json, json};
use subxt::ext::codec::{Compact, Encode};
use subxt::ext::scale_value::{Composite, Value};
use subxt::rpcs::RpcClient;
use subxt::rpcs::client::RpcParams;

use super::client::{
    Chain, ConnectOptions, Rpc, decode_api_output, decode_storage_value, raw_state_call,
    storage_key, to_hex,
};
use super::error::ChainError;
use super::value::{Val, field, items, u64_of, uint, variant};

/// The transaction extensions of subtensor spec 425, in metadata order: the signed extrinsic
/// carries their explicit parts in this order and the signed payload their implicit parts.
pub const EXPECTED_EXTENSIONS: [&str; 13] = [
    "CheckNonZeroSender",
    "CheckSpecVersion",
    "CheckTxVersion",
    "CheckGenesis",
    "CheckMortality",
    "CheckNonce",
    "CheckWeight",
    "ChargeTransactionPayment",
    "SudoTransactionExtension",
    "CheckShieldedTxValidity",
    "SubtensorTransactionExtension",
    "DrandPriority",
    "CheckMetadataHash",
];

/// The default mortality period, in blocks.
pub const DEFAULT_ERA_PERIOD: u64 = 16;

/// Signs payloads with an sr25519 key.
pub trait TxSigner {
    /// The signer's account (public key).
    fn account(&self) -> [u8; 32];
    /// An sr25519 signature of `message`.
    fn sign(&self, message: &[u8]) -> Result<[u8; 64], String>;
}

/// A call encoded against the metadata.
#[derive(Debug, Clone)]
pub struct Call {
    /// The pallet name.
    pub pallet: String,
    /// The call name.
    pub name: String,
    /// `pallet_index ++ call_index ++ SCALE args`.
    pub data: Vec<u8>,
}

impl Call {
    /// Encode `pallet.name(fields…)` with the metadata (fields by name, in any order).
    pub fn new(
        md: &subxt::Metadata,
        pallet: &str,
        name: &str,
        fields: Vec<(&str, Value)>,
    ) -> Result<Call, ChainError> {
        if md
            .pallet_by_name(pallet)
            .and_then(|p| p.call_variant_by_name(name))
            .is_none()
        {
            return Err(ChainError::Unsupported {
                what: format!("the call {pallet}.{name}"),
                spec_version: 0,
            });
        }
        let composite = Composite::named(fields.into_iter().map(|(n, v)| (n.to_string(), v)));
        Call::from_composite(md, pallet, name, &composite)
    }

    /// Encode `pallet.name` with its fields as one composite (named, or unnamed in order).
    pub fn from_composite(
        md: &subxt::Metadata,
        pallet: &str,
        name: &str,
        composite: &Composite<()>,
    ) -> Result<Call, ChainError> {
        let data = subxt::ext::frame_decode::extrinsics::encode_call_data(
            pallet,
            name,
            composite,
            md,
            md.types(),
        )
        .map_err(|e| ChainError::encode(format!("the call {pallet}.{name}"), e))?;
        Ok(Call {
            pallet: pallet.to_string(),
            name: name.to_string(),
            data,
        })
    }

    /// `Utility.batch_all(calls)`; a single call is returned unchanged.
    pub fn batch_all(md: &subxt::Metadata, calls: Vec<Call>) -> Result<Call, ChainError> {
        if calls.len() == 1 {
            return Ok(calls.into_iter().next().expect("one call"));
        }
        let pallet = md
            .pallet_by_name("Utility")
            .ok_or_else(|| ChainError::Unsupported {
                what: "the Utility pallet (batches)".into(),
                spec_version: 0,
            })?;
        let variant =
            pallet
                .call_variant_by_name("batch_all")
                .ok_or_else(|| ChainError::Unsupported {
                    what: "Utility.batch_all".into(),
                    spec_version: 0,
                })?;
        let mut data = vec![pallet.call_index(), variant.index];
        Compact(calls.len() as u32).encode_to(&mut data);
        for c in &calls {
            data.extend_from_slice(&c.data);
        }
        Ok(Call {
            pallet: "Utility".into(),
            name: "batch_all".into(),
            data,
        })
    }
}

/// A mortal era: valid for `period` blocks (a power of two) from `birth_block`, encoded in two
/// bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    /// The period, a power of two in [4, 65536].
    pub period: u64,
    /// The block the era starts at.
    pub birth_block: u64,
    /// That block's hash (part of the signed payload).
    pub birth_hash: [u8; 32],
}

impl Era {
    /// An era of at least `period` blocks starting at `birth_block`.
    pub fn mortal(period: u64, birth_block: u64, birth_hash: [u8; 32]) -> Era {
        let period = period.clamp(4, 1 << 16).next_power_of_two().min(1 << 16);
        Era {
            period,
            birth_block,
            birth_hash,
        }
    }

    /// The two SCALE bytes.
    pub fn encode(&self) -> [u8; 2] {
        let phase = self.birth_block % self.period;
        let quantize = (self.period >> 12).max(1);
        let low = u64::from(self.period.trailing_zeros())
            .saturating_sub(1)
            .clamp(1, 15);
        let v = (low | ((phase / quantize) << 4)) as u16;
        v.to_le_bytes()
    }

    /// The `era` object of the JSON output.
    pub fn json(&self) -> Json {
        json!({ "period": self.period, "birth_block": self.birth_block, "birth_hash": to_hex(&self.birth_hash) })
    }
}

/// Everything that goes into one signed extrinsic except the signature.
#[derive(Debug, Clone)]
pub struct Unsigned {
    /// The call.
    pub call: Call,
    /// The signer's account.
    pub signer: [u8; 32],
    /// The account nonce.
    pub nonce: u32,
    /// The era.
    pub era: Era,
    /// The spec version.
    pub spec_version: u32,
    /// The transaction version.
    pub tx_version: u32,
    /// The genesis hash.
    pub genesis: [u8; 32],
}

impl Unsigned {
    fn explicit(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8);
        out.extend_from_slice(&self.era.encode());
        Compact(self.nonce).encode_to(&mut out);
        Compact(0u64).encode_to(&mut out); // tip
        out.push(0); // CheckMetadataHash mode: disabled
        out
    }

    /// The signed payload: call, explicit extensions, implicit extensions.
    pub fn payload(&self) -> Vec<u8> {
        let mut p = self.call.data.clone();
        p.extend_from_slice(&self.explicit());
        p.extend_from_slice(&self.spec_version.to_le_bytes());
        p.extend_from_slice(&self.tx_version.to_le_bytes());
        p.extend_from_slice(&self.genesis);
        p.extend_from_slice(&self.era.birth_hash);
        p.push(0); // CheckMetadataHash implicit: None
        p
    }

    /// What is actually signed: the payload, or its blake2-256 when longer than 256 bytes.
    pub fn signing_message(&self) -> Vec<u8> {
        let p = self.payload();
        if p.len() > 256 {
            blake2_256(&p).to_vec()
        } else {
            p
        }
    }

    /// The encoded extrinsic (length-prefixed) with `signature`.
    pub fn extrinsic(&self, signature: &[u8; 64]) -> Vec<u8> {
        let mut body = vec![0x84, 0x00];
        body.extend_from_slice(&self.signer);
        body.push(0x01); // MultiSignature::Sr25519
        body.extend_from_slice(signature);
        body.extend_from_slice(&self.explicit());
        body.extend_from_slice(&self.call.data);
        let mut out = Compact(body.len() as u32).encode();
        out.extend_from_slice(&body);
        out
    }

    /// Sign.
    pub fn sign(&self, signer: &dyn TxSigner) -> Result<Vec<u8>, ChainError> {
        if signer.account() != self.signer {
            return Err(ChainError::encode(
                "the signature",
                "the key does not match the signer",
            ));
        }
        let sig = signer
            .sign(&self.signing_message())
            .map_err(|e| ChainError::encode("the signature", e))?;
        Ok(self.extrinsic(&sig))
    }
}

/// A 32-byte hash as 0x hex.
pub fn to_hex_hash(h: &[u8; 32]) -> String {
    to_hex(h)
}

/// The blake2-256 hash of an encoded extrinsic (what nodes and explorers call its hash).
pub fn extrinsic_hash(ext: &[u8]) -> [u8; 32] {
    blake2_256(ext)
}

fn blake2_256(bytes: &[u8]) -> [u8; 32] {
    sp_crypto_hashing::blake2_256(bytes)
}

fn type_is_empty(md: &subxt::Metadata, ty: u32, depth: u32) -> bool {
    use scale_info::TypeDef;
    if depth > 8 {
        return false;
    }
    match md.types().resolve(ty).map(|t| &t.type_def) {
        Some(TypeDef::Composite(c)) => c
            .fields
            .iter()
            .all(|f| type_is_empty(md, f.ty.id, depth + 1)),
        Some(TypeDef::Tuple(t)) => t.fields.iter().all(|f| type_is_empty(md, f.id, depth + 1)),
        Some(TypeDef::Array(a)) => a.len == 0,
        _ => false,
    }
}

/// Check the runtime's v4 transaction extensions against what tao encodes: the known ones must be
/// present in the expected order, and every other one must encode to nothing. Returns warnings
/// for harmless differences.
pub fn check_extensions(md: &subxt::Metadata) -> Result<Vec<String>, ChainError> {
    let ext = md.extrinsic();
    if !ext.supported_versions().contains(&4) {
        return Err(ChainError::Metadata(
            "the runtime does not accept v4 extrinsics; update tao".into(),
        ));
    }
    // A v4 extrinsic uses version 0 of the transaction extensions.
    let list: Vec<_> = ext
        .transaction_extensions_by_version(0)
        .ok_or_else(|| ChainError::Metadata("the runtime lists no transaction extensions".into()))?
        .collect();
    let known = [
        "CheckSpecVersion",
        "CheckTxVersion",
        "CheckGenesis",
        "CheckMortality",
        "CheckNonce",
        "ChargeTransactionPayment",
        "CheckMetadataHash",
    ];
    let order: Vec<&str> = list
        .iter()
        .map(|e| e.identifier())
        .filter(|n| known.contains(n))
        .collect();
    // The order tao writes: explicit era, nonce, tip, mode; implicit spec, tx, genesis, birth, hash.
    let explicit_order = [
        "CheckMortality",
        "CheckNonce",
        "ChargeTransactionPayment",
        "CheckMetadataHash",
    ];
    let implicit_order = [
        "CheckSpecVersion",
        "CheckTxVersion",
        "CheckGenesis",
        "CheckMortality",
        "CheckMetadataHash",
    ];
    let runtime_upgraded = |why: String| {
        ChainError::Metadata(format!(
            "the runtime's transaction extensions changed ({why}); tao cannot sign for it: update tao"
        ))
    };
    for k in known {
        if !order.contains(&k) {
            return Err(runtime_upgraded(format!("`{k}` is missing")));
        }
    }
    let pos = |n: &str| order.iter().position(|x| *x == n).expect("checked");
    if !explicit_order.windows(2).all(|w| pos(w[0]) < pos(w[1]))
        || !implicit_order.windows(2).all(|w| pos(w[0]) < pos(w[1]))
    {
        return Err(runtime_upgraded("the order differs".into()));
    }
    for e in &list {
        let empty = type_is_empty(md, e.extra_ty(), 0) && type_is_empty(md, e.additional_ty(), 0);
        if !known.contains(&e.identifier()) && !empty {
            return Err(runtime_upgraded(format!(
                "`{}` carries data tao does not know",
                e.identifier()
            )));
        }
    }
    let names: Vec<&str> = list.iter().map(|e| e.identifier()).collect();
    let mut warnings = Vec::new();
    if names != EXPECTED_EXTENSIONS {
        warnings.push(format!(
            "the runtime's transaction extensions differ from spec 425's: {}",
            names.join(", ")
        ));
    }
    Ok(warnings)
}

/// A chain connection that can also submit and watch transactions.
pub struct TxChain {
    /// The pinned connection (the finalized head at connect time).
    pub chain: Chain,
    client: RpcClient,
}

impl TxChain {
    /// Connect and pin the finalized head.
    pub async fn connect(opts: &ConnectOptions) -> Result<TxChain, ChainError> {
        let unreachable = |reason: String| ChainError::Unreachable {
            url: opts.url.clone(),
            reason,
        };
        let client =
            match tokio::time::timeout(opts.timeout, RpcClient::from_insecure_url(&opts.url)).await
            {
                Err(_) => {
                    return Err(unreachable(format!(
                        "no connection within {} s",
                        opts.timeout.as_secs_f64()
                    )));
                }
                Ok(Err(e)) => return Err(unreachable(e.to_string())),
                Ok(Ok(c)) => c,
            };
        // Set-up requests (head, genesis, runtime version) wait no longer than the connect
        // timeout, as for reads: a node that accepts but does not answer is unreachable.
        let rpc = Rpc::from_client(client.clone(), &opts.url, opts.request_timeout)
            .with_setup_timeout(opts.timeout);
        let chain = Chain::pin(rpc, opts.cache.clone(), None).await?;
        Ok(TxChain { chain, client })
    }

    /// A transaction connection over a chain already pinned (reads such as the weights
    /// preview's, on the same socket).
    pub fn over(chain: Chain) -> TxChain {
        let client = chain.rpc().client().clone();
        TxChain { chain, client }
    }

    /// The metadata.
    pub fn metadata(&self) -> &subxt::Metadata {
        &self.chain.metadata
    }

    /// The pinned block's number (one `chain_getHeader`).
    pub async fn pinned_number(&self) -> Result<u64, ChainError> {
        if let Some(n) = self.chain.block_number {
            return Ok(n);
        }
        self.header_number(vec![json!(self.chain.block_hex())])
            .await
    }

    /// The node's best block number (`chain_getHeader` without a hash), which may be ahead of
    /// the pinned (finalized) block.
    pub async fn best_number(&self) -> Result<u64, ChainError> {
        self.header_number(vec![]).await
    }

    async fn header_number(&self, params: Vec<Json>) -> Result<u64, ChainError> {
        let h: Json = self
            .chain
            .rpc()
            .request("chain_getHeader", params, None)
            .await?;
        let n = h
            .get("number")
            .and_then(Json::as_str)
            .ok_or_else(|| ChainError::decode("a block header", "no number"))?;
        u64::from_str_radix(n.trim_start_matches("0x"), 16)
            .map_err(|e| ChainError::decode("a block number", e))
    }

    /// The next nonce of `account`, counting transactions already in the pool.
    pub async fn next_nonce(&self, account: &[u8; 32]) -> Result<u32, ChainError> {
        let ss58 = crate::ss58::encode_default(account);
        match self
            .chain
            .rpc()
            .request::<u64>("system_accountNextIndex", vec![json!(ss58)], None)
            .await
        {
            Ok(n) => u32::try_from(n).map_err(|_| ChainError::decode("the nonce", "above u32")),
            Err(ChainError::Rpc { .. }) => {
                let v = self
                    .chain
                    .call(
                        "AccountNonceApi",
                        "account_nonce",
                        &[Value::from_bytes(account)],
                    )
                    .await?;
                u32::try_from(uint(&v)?).map_err(|_| ChainError::decode("the nonce", "above u32"))
            }
            Err(e) => Err(e),
        }
    }

    /// Build the unsigned transaction: nonce from the chain, era born at the pinned block.
    pub async fn prepare(
        &self,
        call: Call,
        signer: [u8; 32],
        era_period: u64,
    ) -> Result<Unsigned, ChainError> {
        let birth = self.pinned_number().await?;
        let nonce = self.next_nonce(&signer).await?;
        Ok(Unsigned {
            call,
            signer,
            nonce,
            era: Era::mortal(era_period, birth, self.chain.block_hash),
            spec_version: self.chain.version.spec_version,
            tx_version: self.chain.version.transaction_version,
            genesis: self.chain.genesis,
        })
    }

    /// The fee of `unsigned` (signature bytes do not change it, so it is estimated before the
    /// key is unlocked): `TransactionPaymentApi.query_info(extrinsic, len)`.
    pub async fn fee(&self, unsigned: &Unsigned) -> Result<u64, ChainError> {
        let ext = unsigned.extrinsic(&[0u8; 64]);
        self.fee_of(&ext).await
    }

    /// The partial fee of an encoded extrinsic.
    pub async fn fee_of(&self, ext: &[u8]) -> Result<u64, ChainError> {
        let (api, method) = ("TransactionPaymentApi", "query_info");
        super::client::require_api(&self.chain, api, method)?;
        let mut input = ext.to_vec();
        (ext.len() as u32).encode_to(&mut input);
        let bytes = raw_state_call(
            self.chain.rpc(),
            &format!("{api}_{method}"),
            &input,
            &self.chain.block_hex(),
        )
        .await?;
        let v = decode_api_output(&self.chain.metadata, api, method, &bytes)?;
        u64_of(field(&v, "partial_fee")?)
    }

    /// Submit and watch until `wait` is reached; `on_accepted` runs once the node has accepted
    /// the transaction into its pool.
    pub async fn submit(
        &self,
        ext: &[u8],
        wait: Wait,
        timeout: Duration,
        on_status: &dyn Fn(&str),
        on_accepted: &dyn Fn(),
    ) -> Result<Submitted, SubmitError> {
        let hash = extrinsic_hash(ext);
        let mut params = RpcParams::new();
        params
            .push(to_hex(ext))
            .map_err(|e| SubmitError::Rejected(ChainError::encode("the extrinsic", e)))?;
        let url = self.chain.rpc().url().to_string();
        let subscribe = self.client.subscribe::<Json>(
            "author_submitAndWatchExtrinsic",
            params,
            "author_unwatchExtrinsic",
        );
        let mut sub = match tokio::time::timeout(timeout, subscribe).await {
            Err(_) => {
                return Err(SubmitError::Unknown {
                    hash,
                    reason: format!(
                        "the node did not answer the submission within {} s",
                        timeout.as_secs()
                    ),
                });
            }
            Ok(Err(subxt::rpcs::Error::User(u))) => {
                let data = u.data.as_ref().map(|d| {
                    serde_json::from_str::<String>(d.get()).unwrap_or_else(|_| d.get().to_string())
                });
                return Err(SubmitError::Rejected(ChainError::from_rpc(
                    "author_submitAndWatchExtrinsic",
                    None,
                    u.code,
                    &u.message,
                    data.as_deref(),
                )));
            }
            // The request may or may not have reached the node.
            Ok(Err(e)) => {
                return Err(SubmitError::Unknown {
                    hash,
                    reason: format!("the connection to {url} failed during the submission: {e}"),
                });
            }
            Ok(Ok(s)) => s,
        };
        on_accepted();
        on_status("submitted; waiting for the pool");
        if wait == Wait::None {
            return Ok(Submitted { hash, block: None });
        }
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let next = match tokio::time::timeout_at(deadline, sub.next()).await {
                Err(_) => {
                    return Err(SubmitError::Unknown {
                        hash,
                        reason: format!("no {} within {} s", wait.name(), timeout.as_secs()),
                    });
                }
                Ok(n) => n,
            };
            let status = match next {
                None => {
                    return Err(SubmitError::Unknown {
                        hash,
                        reason: format!("the connection to {url} closed while watching"),
                    });
                }
                Some(Err(e)) => {
                    return Err(SubmitError::Unknown {
                        hash,
                        reason: format!("the connection to {url} failed while watching: {e}"),
                    });
                }
                Some(Ok(s)) => s,
            };
            let (kind, block) = match &status {
                Json::String(s) => (s.as_str(), None),
                Json::Object(m) if m.len() == 1 => {
                    let (k, v) = m.iter().next().expect("one entry");
                    (k.as_str(), v.as_str())
                }
                _ => ("unknown", None),
            };
            match (kind, block) {
                ("ready" | "future" | "broadcast", _) => {
                    on_status(&format!("in the pool ({kind})"))
                }
                ("inBlock", Some(h)) if wait == Wait::Inclusion => {
                    return Ok(Submitted {
                        hash,
                        block: Some(parse_hash(h).map_err(SubmitError::Rejected)?),
                    });
                }
                ("inBlock", Some(_)) => on_status("included; waiting for finalization"),
                ("finalized", Some(h)) => {
                    return Ok(Submitted {
                        hash,
                        block: Some(parse_hash(h).map_err(SubmitError::Rejected)?),
                    });
                }
                ("retracted", _) => on_status("the block was retracted; waiting"),
                ("invalid" | "dropped" | "usurped" | "finalityTimeout", _) => {
                    return Err(SubmitError::Dropped {
                        hash,
                        status: kind.to_string(),
                    });
                }
                _ => on_status(&format!("status {status}")),
            }
        }
    }

    /// The index and events of the extrinsic `hash` in block `block`.
    pub async fn outcome(&self, hash: [u8; 32], block: [u8; 32]) -> Result<Outcome, ChainError> {
        let rpc = self.chain.rpc();
        let b: Json = rpc
            .request("chain_getBlock", vec![json!(to_hex(&block))], None)
            .await?;
        let blk = b
            .get("block")
            .ok_or_else(|| ChainError::BlockNotFound(to_hex(&block)))?;
        let number = blk
            .pointer("/header/number")
            .and_then(Json::as_str)
            .and_then(|n| u64::from_str_radix(n.trim_start_matches("0x"), 16).ok())
            .ok_or_else(|| ChainError::decode("a block header", "no number"))?;
        let exts = blk
            .get("extrinsics")
            .and_then(Json::as_array)
            .ok_or_else(|| ChainError::decode("a block", "no extrinsics"))?;
        let index = exts
            .iter()
            .position(|e| {
                e.as_str()
                    .and_then(|s| hex::decode(s.trim_start_matches("0x")).ok())
                    .is_some_and(|bytes| extrinsic_hash(&bytes) == hash)
            })
            .ok_or_else(|| {
                ChainError::decode("the inclusion block", "the extrinsic is not in it")
            })? as u32;
        let md = &self.chain.metadata;
        let key = storage_key(md, "System", "Events", &[])?;
        let raw: Option<String> = rpc
            .request(
                "state_getStorage",
                vec![json!(to_hex(&key)), json!(to_hex(&block))],
                None,
            )
            .await?;
        let raw = match raw {
            Some(h) => Some(
                hex::decode(h.trim_start_matches("0x"))
                    .map_err(|e| ChainError::decode("System.Events", e))?,
            ),
            None => None,
        };
        let v = decode_storage_value(md, "System", "Events", raw.as_deref())?
            .ok_or_else(|| ChainError::decode("System.Events", "absent"))?;
        let mut events = Vec::new();
        let mut failure = None;
        for rec in items(&v)? {
            let (phase, pf) = variant(field(rec, "phase")?)?;
            if phase != "ApplyExtrinsic"
                || pf.values().next().map(uint).transpose()? != Some(u128::from(index))
            {
                continue;
            }
            let (pallet, inner) = variant(field(rec, "event")?)?;
            let ev = inner
                .values()
                .next()
                .ok_or_else(|| ChainError::decode("an event", "no payload"))?;
            let (name, fields) = variant(ev)?;
            if pallet == "System" && name == "ExtrinsicFailed" {
                let de = match fields {
                    Composite::Named(nf) => nf
                        .iter()
                        .find(|(n, _)| n == "dispatch_error")
                        .map(|(_, v)| v),
                    Composite::Unnamed(_) => fields.values().next(),
                }
                .ok_or_else(|| ChainError::decode("ExtrinsicFailed", "no dispatch error"))?;
                failure = Some(super::dispatch::dispatch_error(md, de)?);
            }
            let error = if pallet == "Utility" && matches!(name, "ItemFailed" | "BatchInterrupted")
            {
                match fields {
                    Composite::Named(nf) => nf.iter().find(|(n, _)| n == "error").map(|(_, v)| v),
                    Composite::Unnamed(_) => None,
                }
                .map(|de| super::dispatch::dispatch_error(md, de).map(|e| e.to_string()))
                .transpose()?
            } else {
                None
            };
            let mut f = serde_json::Map::new();
            match fields {
                Composite::Named(nf) => {
                    for (n, fv) in nf {
                        f.insert(n.clone(), val_json(fv));
                    }
                }
                Composite::Unnamed(uf) => {
                    for (i, fv) in uf.iter().enumerate() {
                        f.insert(i.to_string(), val_json(fv));
                    }
                }
            }
            events.push(Event {
                pallet: pallet.to_string(),
                name: name.to_string(),
                fields: Json::Object(f),
                error,
            });
        }
        Ok(Outcome {
            block_hash: block,
            block_number: number,
            index,
            events,
            failure,
        })
    }
}

fn parse_hash(h: &str) -> Result<[u8; 32], ChainError> {
    let b = hex::decode(h.trim_start_matches("0x"))
        .map_err(|e| ChainError::decode("a block hash", e))?;
    <[u8; 32]>::try_from(b.as_slice())
        .map_err(|_| ChainError::decode("a block hash", "not 32 bytes"))
}

/// A decoded value as JSON: integers as numbers (strings above 2^53), 32-byte arrays as hex,
/// unit variants as their name.
pub fn val_json(v: &Val) -> Json {
    use subxt::ext::scale_value::{Primitive, ValueDef};
    match &v.value {
        ValueDef::Primitive(Primitive::U128(n)) => {
            if *n < (1u128 << 53) {
                json!(*n as u64)
            } else {
                json!(n.to_string())
            }
        }
        ValueDef::Primitive(Primitive::I128(n)) => json!(n.to_string()),
        ValueDef::Primitive(Primitive::Bool(b)) => json!(b),
        ValueDef::Primitive(Primitive::String(s)) => json!(s),
        ValueDef::Primitive(Primitive::Char(c)) => json!(c.to_string()),
        ValueDef::Primitive(p) => json!(p.to_string()),
        ValueDef::BitSequence(_) => json!(v.to_string()),
        ValueDef::Variant(var) => {
            if var.values.is_empty() {
                json!(var.name)
            } else {
                json!({ var.name.clone(): composite_json(&var.values) })
            }
        }
        ValueDef::Composite(c) => composite_json(c),
    }
}

fn composite_json(c: &Composite<u32>) -> Json {
    match c {
        Composite::Named(fields) => {
            let mut m = serde_json::Map::new();
            for (n, v) in fields {
                m.insert(n.clone(), val_json(v));
            }
            Json::Object(m)
        }
        Composite::Unnamed(items) => {
            let bytes: Option<Vec<u8>> = items
                .iter()
                .map(|v| match &v.value {
                    subxt::ext::scale_value::ValueDef::Primitive(
                        subxt::ext::scale_value::Primitive::U128(n),
                    ) => u8::try_from(*n).ok(),
                    _ => None,
                })
                .collect();
            match bytes {
                Some(b) if b.len() == 32 => json!(to_hex(&b)),
                _ if items.len() == 1 => val_json(&items[0]),
                _ => Json::Array(items.iter().map(val_json).collect()),
            }
        }
    }
}

/// How long to watch a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Wait {
    /// Return once the node accepted it into its pool.
    None,
    /// Wait for the block that includes it (the default).
    Inclusion,
    /// Wait for that block to be finalized.
    Finalization,
}

impl Wait {
    fn name(self) -> &'static str {
        match self {
            Wait::None => "acceptance",
            Wait::Inclusion => "inclusion",
            Wait::Finalization => "finalization",
        }
    }
}

/// A submission the node accepted.
#[derive(Debug, Clone)]
pub struct Submitted {
    /// The extrinsic hash.
    pub hash: [u8; 32],
    /// The block it is in (`None` with `--wait none`).
    pub block: Option<[u8; 32]>,
}

/// Why a submission did not produce a result.
#[derive(Debug)]
pub enum SubmitError {
    /// The node refused it: nothing was submitted.
    Rejected(ChainError),
    /// The node accepted it, then reported it invalid or dropped.
    Dropped {
        /// The extrinsic hash.
        hash: [u8; 32],
        /// The status.
        status: String,
    },
    /// The outcome is unknown (connection lost or timeout after sending).
    Unknown {
        /// The extrinsic hash.
        hash: [u8; 32],
        /// What happened.
        reason: String,
    },
}

/// One event of the extrinsic.
#[derive(Debug, Clone)]
pub struct Event {
    /// The pallet.
    pub pallet: String,
    /// The event name.
    pub name: String,
    /// The fields.
    pub fields: Json,
    /// The dispatch error a Utility batch event carries, by name.
    pub error: Option<String>,
}

/// What the inclusion block says about the extrinsic.
#[derive(Debug)]
pub struct Outcome {
    /// The block hash.
    pub block_hash: [u8; 32],
    /// The block number.
    pub block_number: u64,
    /// The extrinsic index.
    pub index: u32,
    /// Its events.
    pub events: Vec<Event>,
    /// The dispatch error, when it failed.
    pub failure: Option<ChainError>,
}

impl Outcome {
    /// The events as JSON.
    pub fn events_json(&self) -> Json {
        Json::Array(
            self.events
                .iter()
                .map(|e| json!({ "pallet": e.pallet, "name": e.name, "fields": e.fields }))
                .collect(),
        )
    }
}

/// An exclusive lock on one signing key across tao processes (a `flock` on a file in the state
/// directory), held from reading the nonce until the node has the transaction.
pub struct KeyLock {
    _file: std::fs::File,
    path: PathBuf,
}

impl KeyLock {
    /// Take the lock for `account` in `dir`; `waiting` is called if another process holds it.
    pub fn acquire(dir: &Path, account: &[u8; 32], waiting: &dyn Fn()) -> std::io::Result<KeyLock> {
        use std::os::fd::AsRawFd;
        let locks = dir.join("locks");
        crate::fs::private_dir(&locks).map_err(std::io::Error::from)?;
        let path = locks.join(format!("{}.lock", hex::encode(account)));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        let fd = file.as_raw_fd();
        // SAFETY: flock on a file descriptor we own.
        if unsafe { libc::flock(fd, libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            waiting();
            // SAFETY: as above.
            if unsafe { libc::flock(fd, libc::LOCK_EX) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(KeyLock { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn era_encoding_matches_substrate() {
        // sp-runtime's own vectors (generic/era.rs): mortal(64, 42) = [5 + 42 % 16 * 16, 42 / 16]
        // and mortal(32768, 20000) = [14 + 2500 % 16 * 16, 2500 / 16].
        assert_eq!(
            Era::mortal(64, 42, [0; 32]).encode(),
            [5 + 42 % 16 * 16, 42 / 16]
        );
        let e = Era::mortal(32768, 20000, [0; 32]);
        assert_eq!(e.encode(), [14 + (2500 % 16 * 16) as u8, (2500 / 16) as u8]);
        assert_eq!(
            Era::mortal(16, 100, [0; 32]).encode(),
            (3u16 | (4 << 4)).to_le_bytes()
        );
        assert_eq!(Era::mortal(1, 0, [0; 32]).period, 4);
        assert_eq!(Era::mortal(20, 0, [0; 32]).period, 32);
        assert_eq!(Era::mortal(1 << 20, 0, [0; 32]).period, 1 << 16);
    }

    #[test]
    fn long_payloads_are_hashed() {
        let u = Unsigned {
            call: Call {
                pallet: "P".into(),
                name: "c".into(),
                data: vec![7; 300],
            },
            signer: [1; 32],
            nonce: 5,
            era: Era::mortal(16, 3, [2; 32]),
            spec_version: 425,
            tx_version: 1,
            genesis: [3; 32],
        };
        assert_eq!(u.signing_message().len(), 32);
        assert_eq!(u.payload().len(), 300 + 2 + 1 + 1 + 1 + 4 + 4 + 32 + 32 + 1);
        let ext = u.extrinsic(&[9; 64]);
        // compact length (2 bytes for > 63), 0x84, address, signature, extras, call.
        assert_eq!(ext.len(), 2 + 1 + 33 + 65 + 5 + 300);
        assert_eq!(ext[2], 0x84);
    }
}
