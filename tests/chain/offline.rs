//! The chain client against real subtensor metadata, offline.
//!
//! A fake node (an in-process `RpcClientT`) serves the real mainnet (spec 393) and devnet
//! (spec 346) metadata from `../shared/metadata`, and runtime-API answers built from the
//! metadata's own type definitions. This checks key and argument encoding, decoding by field
//! name, feature detection, the metadata cache and request counts without a network.
//!
//! Needs `../shared/metadata` (or `TAO_SHARED_DIR`): skipped with a message when it is absent,
//! and a failure when `CI=true`.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use scale_info::{PortableRegistry, TypeDef, TypeDefPrimitive};
use serde_json::{Value as Json, json};
use subxt::ext::codec::Encode;
use subxt::ext::scale_value::{self, Composite, Value};
use subxt::rpcs::client::{RawRpcFuture, RawRpcSubscription, RawValue, RpcClient, RpcClientT};

use tao::chain::cache::Cache;
use tao::chain::client::{
    MetadataSource, Rpc, StorageQuery, arg_account, arg_u16, decode_api_output, encode_api_args,
    storage_key,
};
use tao::chain::dispatch::{decode_dispatch_error, module_error};
use tao::chain::read::{self, HyperValue};
use tao::chain::{BlockRef, Chain, ChainError};

fn shared_metadata(file: &str) -> Option<Vec<u8>> {
    let dir = std::env::var_os("TAO_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let path = dir.join("metadata").join(file);
    match std::fs::read(&path) {
        Ok(b) => Some(b),
        Err(e) => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("{} is required in CI: {e}", path.display());
            }
            let _ = writeln!(
                std::io::stderr(),
                "chain_offline: skipping: {} not available ({e})",
                path.display()
            );
            None
        }
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

type Overrides<'a> = &'a dyn Fn(&str) -> Option<Value>;

/// A value of type `id` built from the registry: zeros, empty sequences, `None`, the first
/// enum variant, with named fields replaced by `ov`.
fn sample(reg: &PortableRegistry, id: u32, ov: Overrides) -> Value {
    let ty = reg.resolve(id).expect("type in registry");
    let fields = |fs: &[scale_info::Field<scale_info::form::PortableForm>]| -> Composite<()> {
        if !fs.is_empty() && fs.iter().all(|f| f.name.is_some()) {
            Composite::named(fs.iter().map(|f| {
                let name = f.name.clone().unwrap();
                let v = ov(&name).unwrap_or_else(|| sample(reg, f.ty.id, ov));
                (name, v)
            }))
        } else {
            Composite::unnamed(fs.iter().map(|f| sample(reg, f.ty.id, ov)))
        }
    };
    match &ty.type_def {
        TypeDef::Composite(c) => Value {
            value: scale_value::ValueDef::Composite(fields(&c.fields)),
            context: (),
        },
        TypeDef::Variant(v) => {
            let var = v
                .variants
                .iter()
                .find(|x| x.name == "None")
                .unwrap_or(&v.variants[0]);
            Value::variant(var.name.clone(), fields(&var.fields))
        }
        TypeDef::Sequence(_) => Value::unnamed_composite([]),
        TypeDef::Array(a) => {
            Value::unnamed_composite((0..a.len).map(|_| sample(reg, a.type_param.id, ov)))
        }
        TypeDef::Tuple(t) => {
            Value::unnamed_composite(t.fields.iter().map(|f| sample(reg, f.id, ov)))
        }
        TypeDef::Primitive(p) => match p {
            TypeDefPrimitive::Bool => Value::bool(false),
            TypeDefPrimitive::Str => Value::string(""),
            TypeDefPrimitive::Char => Value::char('a'),
            TypeDefPrimitive::I8
            | TypeDefPrimitive::I16
            | TypeDefPrimitive::I32
            | TypeDefPrimitive::I64
            | TypeDefPrimitive::I128
            | TypeDefPrimitive::I256 => Value::i128(0),
            _ => Value::u128(0),
        },
        TypeDef::Compact(c) => sample(reg, c.type_param.id, ov),
        TypeDef::BitSequence(_) => Value::bit_sequence(scale_value::BitSequence::new()),
    }
}

/// The type id of the `Some` payload of `Option<T>` type `id`.
fn option_inner(reg: &PortableRegistry, id: u32) -> u32 {
    match &reg.resolve(id).unwrap().type_def {
        TypeDef::Variant(v) => {
            v.variants.iter().find(|x| x.name == "Some").unwrap().fields[0]
                .ty
                .id
        }
        other => panic!("not an Option: {other:?}"),
    }
}

fn encode(md: &subxt::Metadata, id: u32, v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    scale_value::scale::encode_as_type(v, id, md.types(), &mut out).expect("encodes");
    out
}

fn output_ty(md: &subxt::Metadata, api: &str, method: &str) -> u32 {
    md.runtime_api_trait_by_name(api)
        .unwrap()
        .method_by_name(method)
        .unwrap()
        .output_ty()
}

/// A `Some(sample)` answer for an `Option<T>` runtime API.
fn some_answer(md: &subxt::Metadata, api: &str, method: &str, ov: Overrides) -> Vec<u8> {
    let out = output_ty(md, api, method);
    let inner = option_inner(md.types(), out);
    let v = Value::variant("Some", Composite::unnamed([sample(md.types(), inner, ov)]));
    encode(md, out, &v)
}

fn bytes_value(b: &[u8]) -> Value {
    Value::unnamed_composite(b.iter().map(|x| Value::u128(u128::from(*x))))
}

/// An in-process node answering from fixed tables, counting requests.
struct FakeNode {
    metadata: Vec<u8>,
    spec_version: u32,
    genesis: [u8; 32],
    head: [u8; 32],
    calls: Mutex<HashMap<String, Vec<u8>>>,
    storage: Mutex<HashMap<String, Vec<u8>>>,
    log: Mutex<Vec<String>>,
    silent: Mutex<bool>,
}

impl FakeNode {
    fn new(metadata: Vec<u8>, spec_version: u32) -> Arc<FakeNode> {
        Arc::new(FakeNode {
            metadata,
            spec_version,
            genesis: [0x22; 32],
            head: [0x11; 32],
            calls: Mutex::new(HashMap::new()),
            storage: Mutex::new(HashMap::new()),
            log: Mutex::new(Vec::new()),
            silent: Mutex::new(false),
        })
    }

    fn answer(&self, name: &str, bytes: Vec<u8>) {
        self.calls.lock().unwrap().insert(name.to_string(), bytes);
    }

    fn store(&self, key: &[u8], value: Vec<u8>) {
        self.storage
            .lock()
            .unwrap()
            .insert(format!("0x{}", hex::encode(key)), value);
    }

    fn methods(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    fn version_bytes(&self) -> Vec<u8> {
        let mut b = Vec::new();
        "node-subtensor".encode_to(&mut b);
        "node-subtensor".encode_to(&mut b);
        1u32.encode_to(&mut b);
        self.spec_version.encode_to(&mut b);
        1u32.encode_to(&mut b);
        Vec::<([u8; 8], u32)>::new().encode_to(&mut b);
        1u32.encode_to(&mut b);
        1u8.encode_to(&mut b);
        b
    }

    fn handle(&self, method: &str, params: Vec<Json>) -> Result<Json, subxt::rpcs::Error> {
        let hex0x = |b: &[u8]| json!(format!("0x{}", hex::encode(b)));
        match method {
            "chain_getFinalizedHead" => Ok(hex0x(&self.head)),
            "chain_getBlockHash" => match params.first().and_then(Json::as_u64) {
                Some(0) => Ok(hex0x(&self.genesis)),
                Some(n) if n <= 1000 => Ok(hex0x(&[n as u8; 32])),
                _ => Ok(Json::Null),
            },
            "state_call" => {
                let name = params[0].as_str().unwrap().to_string();
                let data = params[1].as_str().unwrap().to_string();
                let label = format!("{name}({data})");
                let out = match name.as_str() {
                    "Core_version" => self.version_bytes(),
                    "Metadata_metadata_at_version" => Some(self.metadata.clone()).encode(),
                    _ => {
                        let calls = self.calls.lock().unwrap();
                        match calls.get(&label).or_else(|| calls.get(&name)) {
                            Some(b) => b.clone(),
                            None => {
                                return Err(subxt::rpcs::Error::User(subxt::rpcs::UserError {
                                    code: 4003,
                                    message: format!(
                                        "Client error: Execution failed: Exported method {name} is not found"
                                    ),
                                    data: None,
                                }));
                            }
                        }
                    }
                };
                Ok(hex0x(&out))
            }
            "state_queryStorageAt" => {
                let storage = self.storage.lock().unwrap();
                let changes: Vec<Json> = params[0]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| {
                        let k = k.as_str().unwrap().to_string();
                        let v = storage.get(&k).map(|b| format!("0x{}", hex::encode(b)));
                        json!([k, v])
                    })
                    .collect();
                Ok(json!([{ "block": params[1], "changes": changes }]))
            }
            other => Err(subxt::rpcs::Error::User(subxt::rpcs::UserError {
                code: -32601,
                message: format!("Method not found: {other}"),
                data: None,
            })),
        }
    }
}

impl RpcClientT for FakeNode {
    fn request_raw<'a>(
        &'a self,
        method: &'a str,
        params: Option<Box<RawValue>>,
    ) -> RawRpcFuture<'a, Box<RawValue>> {
        Box::pin(async move {
            self.log.lock().unwrap().push(method.to_string());
            if *self.silent.lock().unwrap() {
                return std::future::pending().await;
            }
            let params: Vec<Json> = params
                .map(|p| serde_json::from_str(p.get()).unwrap())
                .unwrap_or_default();
            let v = self.handle(method, params)?;
            Ok(serde_json::value::to_raw_value(&v).unwrap())
        })
    }

    fn subscribe_raw<'a>(
        &'a self,
        _sub: &'a str,
        _params: Option<Box<RawValue>>,
        _unsub: &'a str,
    ) -> RawRpcFuture<'a, RawRpcSubscription> {
        Box::pin(async {
            Err(subxt::rpcs::Error::User(
                subxt::rpcs::UserError::method_not_found(),
            ))
        })
    }
}

fn rpc(node: &Arc<FakeNode>) -> Rpc {
    Rpc::from_client(
        RpcClient::new(Arc::clone(node)),
        "ws://fake.invalid:9944",
        Duration::from_secs(5),
    )
}

fn connect(node: &Arc<FakeNode>, cache: Option<Cache>, at: Option<BlockRef>) -> Chain {
    block_on(Chain::pin(rpc(node), cache, at)).expect("pins a block")
}

fn finney() -> Option<(Arc<FakeNode>, subxt::Metadata)> {
    let bytes = shared_metadata("finney-2026-04.scale")?;
    let md = subxt::Metadata::decode_from(&bytes).expect("finney metadata decodes");
    Some((FakeNode::new(bytes, 393), md))
}

#[test]
fn real_metadata_decodes_and_features_are_detected() {
    let Some((node, _)) = finney() else { return };
    let chain = connect(&node, None, None);
    assert_eq!(chain.spec_version(), 393);
    assert!(chain.has_api("SubnetInfoRuntimeApi", "get_metagraph"));
    assert!(chain.has_api("SwapRuntimeApi", "current_alpha_price_all"));
    assert!(!chain.has_api("SubnetInfoRuntimeApi", "get_subnet_hyperparams_v3"));
    assert!(!chain.has_api("SubnetInfoRuntimeApi", "get_next_epoch_start_block"));
    assert!(!chain.has_storage("SubtensorModule", "LastEpochBlock"));
    let err = block_on(chain.call(
        "SubnetInfoRuntimeApi",
        "get_subnet_hyperparams_v3",
        &[arg_u16(1)],
    ))
    .unwrap_err();
    assert!(
        matches!(
            err,
            ChainError::Unsupported {
                spec_version: 393,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("get_subnet_hyperparams_v3"));

    let Some(dev) = shared_metadata("subtensor-devnet-spec346.scale") else {
        return;
    };
    let dev = FakeNode::new(dev, 346);
    let chain = connect(&dev, None, None);
    assert!(!chain.has_api("SwapRuntimeApi", "current_alpha_price_all"));
    assert!(chain.has_api("SwapRuntimeApi", "current_alpha_price"));
}

#[test]
fn storage_keys_and_arguments_encode_against_real_metadata() {
    let Some((_, md)) = finney() else { return };
    let acc = [7u8; 32];
    let key = storage_key(&md, "System", "Account", &[arg_account(&acc)]).unwrap();
    let mut h = <blake2::Blake2b<blake2::digest::consts::U16> as blake2::Digest>::new();
    blake2::Digest::update(&mut h, acc);
    let b128: [u8; 16] = blake2::Digest::finalize(h).into();
    let expected = format!(
        "26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9{}{}",
        hex::encode(b128),
        hex::encode(acc)
    );
    assert_eq!(hex::encode(&key), expected);
    let number = storage_key(&md, "System", "Number", &[]).unwrap();
    assert_eq!(
        hex::encode(number),
        "26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac"
    );
    // Tempo is keyed by netuid with the Identity hasher: the raw u16 follows the prefix.
    let tempo = storage_key(&md, "SubtensorModule", "Tempo", &[arg_u16(1)]).unwrap();
    assert_eq!(tempo.len(), 34);
    assert_eq!(&tempo[32..], &[1, 0]);
    // A wrong key type is an error, not garbage.
    assert!(storage_key(&md, "SubtensorModule", "Tempo", &[arg_account(&acc)]).is_err());

    assert_eq!(
        encode_api_args(
            &md,
            "SubnetInfoRuntimeApi",
            "get_metagraph",
            &[arg_u16(258)]
        )
        .unwrap(),
        vec![2, 1]
    );
    let some = Value::variant(
        "Some",
        Composite::unnamed([Value::unnamed_composite([arg_account(&acc), arg_u16(3)])]),
    );
    let none = Value::variant("None", Composite::unnamed([]));
    let args = encode_api_args(
        &md,
        "StakeInfoRuntimeApi",
        "get_stake_fee",
        &[
            none,
            arg_account(&[1; 32]),
            some,
            arg_account(&[1; 32]),
            Value::u128(5),
        ],
    )
    .unwrap();
    assert_eq!(args.len(), 1 + 32 + (1 + 32 + 2) + 32 + 8);
    assert_eq!(args[0], 0);
    assert_eq!(args[33], 1);
    assert_eq!(&args[args.len() - 8..], &5u64.to_le_bytes());
}

#[test]
fn runtime_api_answers_decode_by_field_name() {
    let Some((_, md)) = finney() else { return };
    let reg = md.types();
    // get_all_dynamic_info -> Vec<Option<DynamicInfo>>
    let out = output_ty(&md, "SubnetInfoRuntimeApi", "get_all_dynamic_info");
    let elem = match &reg.resolve(out).unwrap().type_def {
        TypeDef::Sequence(s) => s.type_param.id,
        _ => panic!("not a sequence"),
    };
    let info_ty = option_inner(reg, elem);
    let make = |netuid: u16, sym: &str| {
        let sym = sym.to_string();
        let ov = move |name: &str| match name {
            "netuid" => Some(Value::u128(u128::from(netuid))),
            "token_symbol" => Some(bytes_value(sym.as_bytes())),
            "subnet_name" => Some(bytes_value(b"apex")),
            "tao_in" => Some(Value::u128(5_000_000_000)),
            "alpha_in" => Some(Value::u128(10_000_000_000)),
            "tempo" => Some(Value::u128(360)),
            "subnet_volume" => Some(Value::u128(u128::from(u64::MAX) + 1)),
            "moving_price" => Some(Value::named_composite([("bits", Value::i128(3i128 << 31))])),
            _ => None,
        };
        Value::variant("Some", Composite::unnamed([sample(reg, info_ty, &ov)]))
    };
    let list = Value::unnamed_composite([
        make(2, "β"),
        Value::variant("None", Composite::unnamed([])),
        make(1, "α"),
    ]);
    let bytes = encode(&md, out, &list);
    let v = decode_api_output(&md, "SubnetInfoRuntimeApi", "get_all_dynamic_info", &bytes).unwrap();
    let subnets = read::decode_subnets(&v).unwrap();
    assert_eq!(subnets.len(), 2);
    assert_eq!(subnets[0].netuid, 1, "sorted by netuid");
    assert_eq!(subnets[0].symbol, "α");
    assert_eq!(subnets[1].symbol, "β");
    assert_eq!(subnets[0].name, "apex");
    assert_eq!(subnets[0].tao_in, 5_000_000_000);
    assert_eq!(subnets[0].tempo, 360);
    assert_eq!(subnets[0].subnet_volume, u128::from(u64::MAX) + 1);
    assert_eq!(subnets[0].moving_price_bits, 3i128 << 31);
    // Trailing bytes are rejected.
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(
        decode_api_output(&md, "SubnetInfoRuntimeApi", "get_all_dynamic_info", &longer).is_err()
    );

    // get_metagraph -> Option<Metagraph> with two neurons.
    let ov = |name: &str| match name {
        "netuid" => Some(Value::u128(1)),
        "symbol" => Some(bytes_value("α".as_bytes())),
        "block" => Some(Value::u128(4242)),
        "num_uids" => Some(Value::u128(2)),
        "hotkeys" => Some(Value::unnamed_composite([
            Value::from_bytes([1u8; 32]),
            Value::from_bytes([2u8; 32]),
        ])),
        "coldkeys" => Some(Value::unnamed_composite([
            Value::from_bytes([3u8; 32]),
            Value::from_bytes([4u8; 32]),
        ])),
        "alpha_stake" => Some(Value::unnamed_composite([
            Value::u128(9_000_000_000),
            Value::u128(7),
        ])),
        "emission" => Some(Value::unnamed_composite([Value::u128(11), Value::u128(12)])),
        "incentives" => Some(Value::unnamed_composite([
            Value::u128(65535),
            Value::u128(0),
        ])),
        "validator_permit" => Some(Value::unnamed_composite([
            Value::bool(true),
            Value::bool(false),
        ])),
        _ => None,
    };
    let bytes = some_answer(&md, "SubnetInfoRuntimeApi", "get_metagraph", &ov);
    let v = decode_api_output(&md, "SubnetInfoRuntimeApi", "get_metagraph", &bytes).unwrap();
    let inner = tao::chain::value::option(&v).unwrap().unwrap();
    let mg = read::decode_metagraph(inner).unwrap();
    assert_eq!(mg.block, 4242);
    assert_eq!(mg.neurons.len(), 2);
    assert_eq!(mg.neurons[1].hotkey, [2u8; 32]);
    assert_eq!(mg.neurons[1].coldkey, [4u8; 32]);
    assert_eq!(mg.neurons[0].alpha_stake, 9_000_000_000);
    assert_eq!(mg.neurons[1].emission, 12);
    assert_eq!(mg.neurons[0].incentive, 65535);
    assert!(mg.neurons[0].validator_permit && !mg.neurons[1].validator_permit);

    // sim_swap_tao_for_alpha -> SimSwapResult
    let out = output_ty(&md, "SwapRuntimeApi", "sim_swap_tao_for_alpha");
    let v = sample(reg, out, &|n| match n {
        "alpha_amount" => Some(Value::u128(123)),
        "tao_fee" => Some(Value::u128(4)),
        _ => None,
    });
    let bytes = encode(&md, out, &v);
    let v = decode_api_output(&md, "SwapRuntimeApi", "sim_swap_tao_for_alpha", &bytes).unwrap();
    let sim = read::decode_sim_swap(&v).unwrap();
    assert_eq!((sim.alpha_amount, sim.tao_fee, sim.tao_amount), (123, 4, 0));
}

#[test]
fn module_errors_are_named_from_metadata() {
    let Some((_, md)) = finney() else { return };
    let pallet = md.pallet_by_name("SubtensorModule").unwrap();
    let index = pallet
        .error_variants()
        .unwrap()
        .iter()
        .find(|v| v.name == "SubnetNotExists")
        .unwrap()
        .index;
    match module_error(&md, pallet.error_index(), index) {
        ChainError::Dispatch { pallet, name, .. } => {
            assert_eq!(pallet, "SubtensorModule");
            assert_eq!(name, "SubnetNotExists");
        }
        other => panic!("{other:?}"),
    }
    // DispatchError::Module { index, error: [u8; 4] } as SCALE bytes.
    let module_variant = {
        let ty = md.dispatch_error_ty().unwrap();
        match &md.types().resolve(ty).unwrap().type_def {
            TypeDef::Variant(v) => {
                v.variants
                    .iter()
                    .find(|x| x.name == "Module")
                    .unwrap()
                    .index
            }
            _ => panic!(),
        }
    };
    let raw = [module_variant, pallet.error_index(), index, 0, 0, 0];
    let e = decode_dispatch_error(&md, &raw).unwrap();
    assert!(
        e.to_string().contains("SubtensorModule.SubnetNotExists"),
        "{e}"
    );
    // Balances errors resolve too.
    let balances = md.pallet_by_name("Balances").unwrap();
    let e = module_error(&md, balances.error_index(), 2);
    assert!(matches!(e, ChainError::Dispatch { ref pallet, .. } if pallet == "Balances"));
    let unknown = module_error(&md, 250, 0);
    assert!(unknown.to_string().contains("pallet #250"));
}

#[test]
fn metadata_cache_warms_and_rejects_corruption() {
    let Some((node, _)) = finney() else { return };
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path().join("tao"));

    let cold = connect(&node, Some(cache.clone()), None);
    assert!(matches!(
        cold.metadata_source,
        MetadataSource::Fetched { .. }
    ));
    assert_eq!(
        node.methods(),
        [
            "chain_getFinalizedHead",
            "chain_getBlockHash",
            "state_call",
            "state_call"
        ]
    );
    let path = cache.metadata_path(&node.genesis, 393);
    assert!(path.exists());

    node.log.lock().unwrap().clear();
    let warm = connect(&node, Some(cache.clone()), None);
    assert_eq!(warm.metadata_source, MetadataSource::Cache);
    assert_eq!(
        node.methods(),
        ["chain_getFinalizedHead", "state_call"],
        "no metadata, no genesis"
    );
    assert_eq!(warm.requests(), 2);

    // Flip one byte of the payload: detected, removed, refetched.
    let mut file = std::fs::read(&path).unwrap();
    let last = file.len() - 1;
    file[last] ^= 0xff;
    std::fs::write(&path, &file).unwrap();
    node.log.lock().unwrap().clear();
    let again = connect(&node, Some(cache.clone()), None);
    match &again.metadata_source {
        MetadataSource::Fetched { note } => assert!(note.contains("checksum"), "{note}"),
        other => panic!("corrupt cache trusted: {other:?}"),
    }
    assert_eq!(node.methods().len(), 3);
    assert_eq!(cache.metadata(&node.genesis, 393).map_hit_len(), Some(true));

    // subxt's own client over the same connection (legacy backend, preloaded genesis and
    // metadata) is built without a single request.
    node.log.lock().unwrap().clear();
    let online = block_on(again.online_client()).expect("online client");
    assert_eq!(online.genesis_hash().0, node.genesis);
    assert!(node.methods().is_empty(), "{:?}", node.methods());

    // A historical block by number: chain_getBlockHash(N) replaces the finalized head.
    node.log.lock().unwrap().clear();
    let old = connect(&node, Some(cache.clone()), Some(BlockRef::Number(77)));
    assert_eq!(old.block_hash, [77u8; 32]);
    assert_eq!(old.block_number, Some(77));
    assert_eq!(node.methods(), ["chain_getBlockHash", "state_call"]);
    let missing = block_on(Chain::pin(
        rpc(&node),
        Some(cache),
        Some(BlockRef::Number(5000)),
    ));
    assert!(matches!(missing, Err(ChainError::BlockNotFound(_))));
}

trait HitLen {
    fn map_hit_len(self) -> Option<bool>;
}

impl HitLen for tao::chain::cache::Lookup<(Vec<u8>, subxt::Metadata)> {
    fn map_hit_len(self) -> Option<bool> {
        match self {
            tao::chain::cache::Lookup::Hit((b, _)) => Some(!b.is_empty()),
            _ => None,
        }
    }
}

#[test]
fn balance_flow_stays_within_five_requests_with_a_warm_cache() {
    let Some((node, md)) = finney() else { return };
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let _ = connect(&node, Some(cache.clone()), None);

    let alice = [0xaa; 32];
    let hot = [0xbb; 32];
    // System.Account for alice, System.Number.
    let account_ty = md
        .pallet_by_name("System")
        .unwrap()
        .storage()
        .unwrap()
        .entry_by_name("Account")
        .unwrap()
        .value_ty();
    let info = sample(md.types(), account_ty, &|n| match n {
        "free" => Some(Value::u128(12_500_000_000)),
        "reserved" => Some(Value::u128(3)),
        _ => None,
    });
    node.store(
        &storage_key(&md, "System", "Account", &[arg_account(&alice)]).unwrap(),
        encode(&md, account_ty, &info),
    );
    node.store(
        &storage_key(&md, "System", "Number", &[]).unwrap(),
        4321u32.encode(),
    );
    // get_stake_info_for_coldkeys -> Vec<(AccountId, Vec<StakeInfo>)>
    let out = output_ty(&md, "StakeInfoRuntimeApi", "get_stake_info_for_coldkeys");
    let stake_ty = {
        let pair = match &md.types().resolve(out).unwrap().type_def {
            TypeDef::Sequence(s) => s.type_param.id,
            _ => panic!(),
        };
        let list = match &md.types().resolve(pair).unwrap().type_def {
            TypeDef::Tuple(t) => t.fields[1].id,
            _ => panic!(),
        };
        match &md.types().resolve(list).unwrap().type_def {
            TypeDef::Sequence(s) => s.type_param.id,
            _ => panic!(),
        }
    };
    let position = sample(md.types(), stake_ty, &|n| match n {
        "hotkey" => Some(Value::from_bytes(hot)),
        "coldkey" => Some(Value::from_bytes(alice)),
        "netuid" => Some(Value::u128(1)),
        "stake" => Some(Value::u128(2_000_000_000)),
        "emission" => Some(Value::u128(100)),
        _ => None,
    });
    let answer = Value::unnamed_composite([Value::unnamed_composite([
        Value::from_bytes(alice),
        Value::unnamed_composite([position]),
    ])]);
    node.answer(
        "StakeInfoRuntimeApi_get_stake_info_for_coldkeys",
        encode(&md, out, &answer),
    );
    // current_alpha_price_all -> Vec<SubnetPrice>
    let out = output_ty(&md, "SwapRuntimeApi", "current_alpha_price_all");
    let prices = Value::unnamed_composite([Value::named_composite([
        ("netuid", Value::u128(1)),
        ("price", Value::u128(1_500_000_000)),
    ])]);
    node.answer(
        "SwapRuntimeApi_current_alpha_price_all",
        encode(&md, out, &prices),
    );

    node.log.lock().unwrap().clear();
    let chain = connect(&node, Some(cache), None);
    let keys = [alice];
    let ((number, balances), positions) = block_on(async {
        subxt::ext::futures::future::try_join(
            read::balances(&chain, &keys),
            read::stake_of(&chain, &keys),
        )
        .await
    })
    .unwrap();
    let (prices, note) = block_on(read::prices(&chain, &[1])).unwrap();
    assert!(note.is_none());
    assert_eq!(number, 4321);
    assert_eq!(balances[0].free, 12_500_000_000);
    assert_eq!(balances[0].reserved, 3);
    assert_eq!(positions.len(), 1);
    assert_eq!(positions[0].hotkey, hot);
    assert_eq!(
        read::tao_value(positions[0].stake, prices[&1]),
        3_000_000_000
    );
    assert!(chain.requests() <= 5, "{:?}", node.methods());
    assert_eq!(chain.requests(), 5);
}

#[test]
fn fallbacks_on_the_older_runtime_say_what_is_missing() {
    let Some((node, md)) = finney() else { return };
    // Hyperparameters: v3 is absent at spec 393, so v2 is used and looked up by name.
    let ov = |name: &str| match name {
        "tempo" => Some(Value::u128(99)),
        "commit_reveal_weights_enabled" => Some(Value::bool(true)),
        "min_burn" => Some(Value::u128(500_000)),
        "alpha_sigmoid_steepness" => {
            Some(Value::named_composite([("bits", Value::i128(5i128 << 31))]))
        }
        _ => None,
    };
    node.answer(
        "SubnetInfoRuntimeApi_get_subnet_hyperparams_v2",
        some_answer(
            &md,
            "SubnetInfoRuntimeApi",
            "get_subnet_hyperparams_v2",
            &ov,
        ),
    );
    // Next epoch: computed from System.Number and Tempo with the pre-scheduler rule.
    node.store(
        &storage_key(&md, "System", "Number", &[]).unwrap(),
        1000u32.encode(),
    );
    node.store(
        &storage_key(&md, "SubtensorModule", "Tempo", &[arg_u16(3)]).unwrap(),
        360u16.encode(),
    );
    let chain = connect(&node, None, None);
    let (hp, note) = block_on(read::hyperparams(&chain, 1)).unwrap();
    assert_eq!(hp.source, "get_subnet_hyperparams_v2");
    assert!(
        note.unwrap()
            .contains("lacks SubnetInfoRuntimeApi.get_subnet_hyperparams_v3")
    );
    assert_eq!(hp.get("tempo"), Some(&HyperValue::Int(99)));
    assert_eq!(
        hp.get("commit_reveal_weights_enabled"),
        Some(&HyperValue::Bool(true))
    );
    assert_eq!(hp.get("min_burn"), Some(&HyperValue::Tao(500_000)));
    assert_eq!(
        hp.get("alpha_sigmoid_steepness"),
        Some(&HyperValue::Fixed(5i128 << 31, 32))
    );

    let (next, note) = block_on(read::next_epoch(&chain, 3)).unwrap();
    let next = next.unwrap();
    assert!(
        note.unwrap()
            .contains("lacks SubnetInfoRuntimeApi.get_next_epoch_start_block")
    );
    assert_eq!(next.block, read::next_epoch_legacy(3, 360, 1000).unwrap());
    // tempo − (b + netuid + 1) mod (tempo + 1) = 0 at the computed block.
    assert_eq!(360 - (next.block + 4) % 361, 0);

    // A storage query against an item this runtime lacks is a clear Unsupported error.
    let err = block_on(chain.storage(&[StorageQuery::new(
        "SubtensorModule",
        "LastEpochBlock",
        vec![arg_u16(1)],
    )]))
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("does not offer the storage item SubtensorModule.LastEpochBlock"),
        "{err}"
    );
}

#[test]
fn a_node_that_never_answers_is_unreachable_within_the_timeout() {
    use tao::error::{Diagnostic, ExitStatus};
    let Some((node, _)) = finney() else { return };
    *node.silent.lock().unwrap() = true;
    let rpc = Rpc::from_client(
        RpcClient::new(Arc::clone(&node)),
        "ws://fake.invalid:9944",
        Duration::from_millis(300),
    );
    let start = std::time::Instant::now();
    let err = block_on(Chain::pin(rpc, None, None))
        .err()
        .expect("times out");
    assert!(start.elapsed() < Duration::from_secs(3));
    assert_eq!(err.exit_status(), ExitStatus::Unreachable);
    assert_eq!(err.code(), "chain.timeout");
    assert!(err.to_string().contains("chain_getFinalizedHead"), "{err}");
    assert!(err.hint().unwrap().contains("--timeout"));
}

/// The MEV shield is detected from the metadata: spec 393 (April 2026) has `MevShield` with
/// `submit_encrypted` and `NextKey`; the spec-346 devnet runtime has no shield, where shielding
/// is refused (`shield.unavailable`) rather than sending in the clear.
#[test]
fn the_mev_shield_is_detected_from_the_metadata() {
    let Some((_, md)) = finney() else { return };
    assert!(tao::chain::shield::chain::supported(&md));
    let Some(old) = shared_metadata("subtensor-devnet-spec346.scale") else {
        return;
    };
    let old = subxt::Metadata::decode_from(&old).expect("spec 346 metadata decodes");
    assert!(!tao::chain::shield::chain::supported(&old));
}
