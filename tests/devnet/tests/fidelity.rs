//! The devnet's metadata against the real chain's (finney snapshot, `shared/metadata/`): every
//! call, storage item, event, transaction extension and runtime API the devnet serves must match
//! the real one wherever the real snapshot has it (names, indices, field names, resolved type
//! shapes; error names only).

use codec::{Decode, Encode};
use scale_info::{PortableRegistry, TypeDef, TypeDefPrimitive};
use std::path::PathBuf;
use subxt::Metadata;

const SNAPSHOT: &str = "finney-2026-04.scale";

/// Pallets the devnet serves; all of them must sit at the real index.
const PALLETS: &[&str] = &[
    "System",
    "Balances",
    "TransactionPayment",
    "SubtensorModule",
    "Utility",
    "AdminUtils",
    "Drand",
    "Proxy",
    "Multisig",
    "MevShield",
];

/// Types compared by name only: the runtime-wide enums and opaque extrinsic wrappers, whose
/// contents necessarily differ (the real runtime has 30 pallets).
const OPAQUE: &[&str] = &[
    "RuntimeCall",
    "RuntimeEvent",
    "RuntimeError",
    "OriginCaller",
];

/// Extrinsic wrappers: the real runtime names its own `UncheckedExtrinsic` where current FRAME
/// puts `OpaqueExtrinsic`; both are the extrinsic's bytes.
const EXTRINSIC: &[&str] = &["UncheckedExtrinsic", "OpaqueExtrinsic"];

/// For the FRAME pallets, the items tao uses (the rest follow the polkadot-sdk release the
/// devnet pins, which may differ from the real chain's fork in items tao never touches).
fn tao_uses(pallet: &str, kind: &str, name: &str) -> bool {
    match (pallet, kind) {
        ("System", "event") => [
            "ExtrinsicSuccess",
            "ExtrinsicFailed",
            "NewAccount",
            "KilledAccount",
            "Remarked",
        ]
        .contains(&name),
        ("System", "storage") => {
            ["Account", "Number", "Events", "BlockHash", "ParentHash"].contains(&name)
        }
        ("Balances", "event") => [
            "Endowed",
            "DustLost",
            "Transfer",
            "BalanceSet",
            "Reserved",
            "Unreserved",
            "Deposit",
            "Withdraw",
        ]
        .contains(&name),
        ("Balances", "storage") => ["Account", "TotalIssuance", "Locks"].contains(&name),
        // pallet-proxy 50 appends `at` and `extrinsic_index` to `PureCreated`; the chain's fork
        // has only the first four fields (a prefix of the devnet's, so a reader of the chain's
        // layout decodes the devnet's event too).
        ("Proxy", "event") => name != "PureCreated",
        _ => true,
    }
}

fn snapshot_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/metadata")
        .join(SNAPSHOT)
}

fn devnet_metadata() -> Metadata {
    let chain = tao_devnet::chain::Chain::new();
    let out = chain
        .call(None, "Metadata_metadata_at_version", &16u32.encode())
        .expect("metadata call");
    let bytes = Option::<Vec<u8>>::decode(&mut &out[..])
        .expect("decodes")
        .expect("V16 offered");
    Metadata::decode_from(&bytes).expect("devnet metadata decodes")
}

/// A canonical description of a type's SCALE shape (paths and type names ignored).
fn shape(reg: &PortableRegistry, id: u32, depth: usize) -> String {
    let ty = reg.resolve(id).expect("type id resolves");
    if let Some(last) = ty.path.segments.last() {
        if OPAQUE.contains(&last.as_str()) {
            return format!("<{last}>");
        }
        if EXTRINSIC.contains(&last.as_str()) {
            return "<Extrinsic>".into();
        }
    }
    if depth > 16 {
        return "…".into();
    }
    let fields = |fs: &[scale_info::Field<scale_info::form::PortableForm>]| -> String {
        fs.iter()
            .map(|f| match &f.name {
                Some(n) => format!("{n}: {}", shape(reg, f.ty.id, depth + 1)),
                None => shape(reg, f.ty.id, depth + 1),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &ty.type_def {
        TypeDef::Composite(c) => format!("{{{}}}", fields(&c.fields)),
        TypeDef::Variant(v) => {
            let mut vs: Vec<_> = v.variants.iter().collect();
            vs.sort_by_key(|v| v.index);
            format!(
                "enum{{{}}}",
                vs.iter()
                    .map(|v| format!("{}={}({})", v.name, v.index, fields(&v.fields)))
                    .collect::<Vec<_>>()
                    .join(" | ")
            )
        }
        TypeDef::Sequence(s) => format!("Vec<{}>", shape(reg, s.type_param.id, depth + 1)),
        TypeDef::Array(a) => format!("[{}; {}]", shape(reg, a.type_param.id, depth + 1), a.len),
        TypeDef::Tuple(t) => format!(
            "({})",
            t.fields
                .iter()
                .map(|f| shape(reg, f.id, depth + 1))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        TypeDef::Primitive(p) => match p {
            TypeDefPrimitive::Bool => "bool",
            TypeDefPrimitive::Char => "char",
            TypeDefPrimitive::Str => "str",
            TypeDefPrimitive::U8 => "u8",
            TypeDefPrimitive::U16 => "u16",
            TypeDefPrimitive::U32 => "u32",
            TypeDefPrimitive::U64 => "u64",
            TypeDefPrimitive::U128 => "u128",
            TypeDefPrimitive::U256 => "u256",
            TypeDefPrimitive::I8 => "i8",
            TypeDefPrimitive::I16 => "i16",
            TypeDefPrimitive::I32 => "i32",
            TypeDefPrimitive::I64 => "i64",
            TypeDefPrimitive::I128 => "i128",
            TypeDefPrimitive::I256 => "i256",
        }
        .into(),
        TypeDef::Compact(c) => format!("Compact<{}>", shape(reg, c.type_param.id, depth + 1)),
        TypeDef::BitSequence(_) => "BitSequence".into(),
    }
}

fn variant_shape(
    reg: &PortableRegistry,
    v: &scale_info::Variant<scale_info::form::PortableForm>,
) -> String {
    let fields = v
        .fields
        .iter()
        .map(|f| {
            format!(
                "{}: {}",
                f.name.as_deref().unwrap_or("_"),
                shape(reg, f.ty.id, 0)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    format!("{}={}({fields})", v.name, v.index)
}

fn compare(dev: &Metadata, real: &Metadata) -> (Vec<String>, usize) {
    let (dreg, rreg) = (dev.types(), real.types());
    let mut diffs = Vec::new();
    let mut checked = 0usize;
    let mut check = |what: String, d: String, r: String| {
        checked += 1;
        if d != r {
            diffs.push(format!("{what}:\n  devnet: {d}\n  real:   {r}"));
        }
    };

    for name in PALLETS {
        let d = dev.pallet_by_name(name).expect("devnet pallet");
        let Some(r) = real.pallet_by_name(name) else {
            continue;
        };
        check(
            format!("{name} index"),
            d.call_index().to_string(),
            r.call_index().to_string(),
        );
        for v in d.call_variants().unwrap_or_default() {
            if let Some(rv) = r.call_variant_by_name(&v.name) {
                check(
                    format!("call {name}.{}", v.name),
                    variant_shape(dreg, v),
                    variant_shape(rreg, rv),
                );
            }
        }
        for v in d.event_variants().unwrap_or_default() {
            if !tao_uses(name, "event", &v.name) {
                continue;
            }
            if let Some(rv) = r
                .event_variants()
                .and_then(|vs| vs.iter().find(|x| x.name == v.name))
            {
                check(
                    format!("event {name}.{}", v.name),
                    variant_shape(dreg, v),
                    variant_shape(rreg, rv),
                );
            }
        }
        if let (Some(ds), Some(rs)) = (d.storage(), r.storage()) {
            for e in ds.entries() {
                if !tao_uses(name, "storage", e.name()) {
                    continue;
                }
                let Some(re) = rs.entry_by_name(e.name()) else {
                    continue;
                };
                let keys = |m: &Metadata, e: &subxt::metadata::StorageEntryMetadata| {
                    e.keys()
                        .map(|k| format!("{:?} {}", k.hasher, shape(m.types(), k.key_id, 0)))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                check(
                    format!("storage {name}.{} keys", e.name()),
                    without_newer_variants(keys(dev, e)),
                    keys(real, re),
                );
                check(
                    format!("storage {name}.{} value", e.name()),
                    shape(dreg, e.value_ty(), 0),
                    shape(rreg, re.value_ty(), 0),
                );
            }
        }
    }

    // Error names of SubtensorModule: every real name is in the devnet's enum.
    let derr: Vec<String> = dev
        .pallet_by_name("SubtensorModule")
        .and_then(|p| p.error_variants())
        .unwrap_or_default()
        .iter()
        .map(|v| v.name.clone())
        .collect();
    for v in real
        .pallet_by_name("SubtensorModule")
        .and_then(|p| p.error_variants())
        .unwrap_or_default()
    {
        if REMOVED_ERRORS.contains(&v.name.as_str()) {
            continue;
        }
        let present = if derr.contains(&v.name) {
            "present"
        } else {
            "missing"
        };
        check(
            format!("error SubtensorModule.{}", v.name),
            present.into(),
            "present".into(),
        );
    }

    // Transaction extensions: same identifiers, order and shapes.
    let exts = |m: &Metadata| -> Vec<String> {
        let ex = m.extrinsic();
        let version = ex.transaction_extension_version_to_use_for_encoding();
        ex.transaction_extensions_by_version(version)
            .expect("extensions")
            .map(|e| {
                format!(
                    "{} explicit {} implicit {}",
                    e.identifier(),
                    shape(m.types(), e.extra_ty(), 0),
                    shape(m.types(), e.additional_ty(), 0)
                )
            })
            .collect()
    };
    check(
        "transaction extensions".into(),
        exts(dev).join("\n    "),
        exts(real).join("\n    "),
    );

    // Runtime APIs.
    for api in dev.runtime_api_traits() {
        let Some(rapi) = real.runtime_api_trait_by_name(api.name()) else {
            continue;
        };
        for m in api.methods() {
            let Some(rm) = rapi.method_by_name(m.name()) else {
                continue;
            };
            let sig = |md: &Metadata, m: &subxt::metadata::RuntimeApiMethodMetadata| {
                let ins = m
                    .inputs()
                    .map(|i| format!("{}: {}", i.name, shape(md.types(), i.id, 0)))
                    .collect::<Vec<_>>()
                    .join(", ");
                format!("({ins}) -> {}", shape(md.types(), m.output_ty(), 0))
            };
            check(
                format!("runtime API {}.{}", api.name(), m.name()),
                sig(dev, &m),
                sig(real, &rm),
            );
        }
    }
    (diffs, checked)
}

/// Enum variants the chain added after the snapshot (spec 425's `Hyperparameter` 26 to 31, in
/// the key of `LastRateLimitedBlock`): the devnet's shape without them must be the snapshot's.
const NEWER_VARIANTS: &[&str] = &[
    "BurnHalfLife=26()",
    "BurnIncreaseMult=27()",
    "SubnetEmissionEnabled=28()",
    "MinChildkeyTake=29()",
    "ActivityCutoffFactorMilli=30()",
    "TriggerEpoch=31()",
];

fn without_newer_variants(mut shape: String) -> String {
    for v in NEWER_VARIANTS {
        shape = shape.replace(&format!(" | {v}"), "");
    }
    shape
}

/// Error names in the snapshot (spec 393) that the chain the devnet follows (spec 425) no
/// longer has.
const REMOVED_ERRORS: &[&str] = &[
    "CannotUnstakeLock",
    "ZeroMaxStakeAmount",
    "StakingOperationRateLimitExceeded",
    "PrecisionLoss",
];

#[test]
fn devnet_metadata_matches_the_real_chain() {
    let path = snapshot_path();
    let Ok(bytes) = std::fs::read(&path) else {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("real metadata snapshot missing at {}", path.display());
        }
        eprintln!(
            "skipping the fidelity test: no real metadata snapshot at {}",
            path.display()
        );
        return;
    };
    let real = Metadata::decode_from(&bytes).expect("snapshot decodes");
    let dev = devnet_metadata();
    let (diffs, checked) = compare(&dev, &real);
    assert!(checked > 100, "only {checked} items compared");
    assert!(
        diffs.is_empty(),
        "{} of {checked} items differ from the real chain:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

#[test]
fn devnet_serves_the_items_tao_relies_on() {
    let dev = devnet_metadata();
    let st = dev.pallet_by_name("SubtensorModule").unwrap();
    for call in [
        "add_stake",
        "add_stake_limit",
        "remove_stake",
        "remove_stake_limit",
        "unstake_all",
        "move_stake",
        "transfer_stake",
        "swap_stake",
        "swap_stake_limit",
        "burned_register",
        "register_limit",
        "root_register",
        "register_network",
        "start_call",
        "set_weights",
        "commit_weights",
        "reveal_weights",
        "batch_reveal_weights",
        "commit_timelocked_weights",
        "serve_axon",
        "increase_take",
        "decrease_take",
        "set_childkey_take",
        "set_children",
        "swap_hotkey",
        "swap_hotkey_v2",
        "announce_coldkey_swap",
        "swap_coldkey_announced",
        "dispute_coldkey_swap",
        "clear_coldkey_swap_announcement",
        "reset_coldkey_swap",
        "swap_coldkey",
    ] {
        assert!(st.call_variant_by_name(call).is_some(), "{call}");
    }
    for constant in [
        "KeySwapCost",
        "KeySwapOnSubnetCost",
        "HotkeySwapOnSubnetInterval",
        "InitialTxRateLimit",
        "InitialColdkeySwapAnnouncementDelay",
        "InitialColdkeySwapReannouncementDelay",
    ] {
        assert!(st.constant_by_name(constant).is_some(), "{constant}");
    }
    let ids: Vec<String> = {
        let ex = dev.extrinsic();
        ex.transaction_extensions_by_version(ex.transaction_extension_version_to_use_for_encoding())
            .unwrap()
            .map(|e| e.identifier().to_string())
            .collect()
    };
    assert_eq!(
        ids,
        [
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
        ]
    );
    let errors: Vec<&str> = st
        .error_variants()
        .unwrap()
        .iter()
        .map(|v| v.name.as_str())
        .collect();
    assert_eq!(errors.len(), 147);
    assert_eq!(errors[82], "AmountTooLow");
    assert_eq!(errors[146], "AccountRejectsLockedAlpha");
    // The owner's AdminUtils calls (their shapes are compared with the snapshot's above; the
    // spec-425 ones are newer than it).
    let admin = dev.pallet_by_name("AdminUtils").unwrap();
    assert_eq!(admin.call_index(), 19);
    for (call, index) in [
        ("sudo_set_serving_rate_limit", 3),
        ("sudo_set_max_difficulty", 5),
        ("sudo_set_weights_version_key", 6),
        ("sudo_set_adjustment_alpha", 9),
        ("sudo_set_immunity_period", 13),
        ("sudo_set_min_allowed_weights", 14),
        ("sudo_set_max_allowed_uids", 15),
        ("sudo_set_rho", 17),
        ("sudo_set_activity_cutoff", 18),
        ("sudo_set_network_pow_registration_allowed", 20),
        ("sudo_set_min_burn", 22),
        ("sudo_set_max_burn", 23),
        ("sudo_set_bonds_moving_average", 26),
        ("sudo_set_commit_reveal_weights_enabled", 49),
        ("sudo_set_liquid_alpha_enabled", 50),
        ("sudo_set_alpha_values", 51),
        ("sudo_set_commit_reveal_weights_interval", 57),
        ("sudo_set_bonds_penalty", 60),
        ("sudo_set_toggle_transfer", 61),
        ("sudo_set_subnet_owner_hotkey", 64),
        ("sudo_set_sn_owner_hotkey", 67),
        ("sudo_set_alpha_sigmoid_steepness", 68),
        ("sudo_set_yuma3_enabled", 69),
        ("sudo_set_bonds_reset_enabled", 70),
        ("sudo_set_owner_immune_neuron_limit", 72),
        ("sudo_set_mechanism_count", 76),
        ("sudo_set_mechanism_emission_split", 77),
        ("sudo_set_recycle_or_burn", 80),
        ("sudo_set_burn_half_life", 89),
        ("sudo_set_burn_increase_mult", 90),
        ("sudo_set_owner_cut_enabled", 92),
        ("sudo_set_min_childkey_take_per_subnet", 93),
        ("sudo_set_owner_cut_auto_lock_enabled", 95),
    ] {
        let v = admin
            .call_variant_by_name(call)
            .unwrap_or_else(|| panic!("AdminUtils.{call} missing"));
        assert_eq!(v.index, index, "{call}");
    }
    for item in [
        "LastRateLimitedBlock",
        "OwnerHyperparamRateLimit",
        "WeightsVersionKeyRateLimit",
        "Rho",
        "ActivityCutoff",
        "MaxDifficulty",
        "AdjustmentAlpha",
        "ImmuneOwnerUidsLimit",
        "RecycleOrBurn",
        "BondsResetOn",
        "MinAllowedUids",
    ] {
        assert!(
            st.storage().unwrap().entry_by_name(item).is_some(),
            "{item}"
        );
    }
    assert_eq!(dev.pallet_by_name("Utility").unwrap().call_index(), 11);
    let drand = dev.pallet_by_name("Drand").unwrap();
    assert_eq!(drand.call_index(), 26);
    for item in [
        "BeaconConfig",
        "Pulses",
        "LastStoredRound",
        "OldestStoredRound",
    ] {
        assert!(
            drand.storage().unwrap().entry_by_name(item).is_some(),
            "{item}"
        );
    }
    for item in [
        "Weights",
        "Bonds",
        "WeightCommits",
        "TimelockedWeightCommits",
        "CommitRevealWeightsVersion",
        "LastEpochBlock",
        "BlocksSinceLastStep",
        "LastMechansimStepBlock",
        "PendingServerEmission",
        "PendingValidatorEmission",
        "PendingRootAlphaDivs",
        "PendingOwnerCut",
        "TxRateLimit",
        "LastTxBlock",
        "LastHotkeySwapOnNetuid",
        "ColdkeySwapAnnouncements",
        "ColdkeySwapDisputes",
        "ColdkeySwapAnnouncementDelay",
        "ColdkeySwapReannouncementDelay",
    ] {
        assert!(
            st.storage().unwrap().entry_by_name(item).is_some(),
            "{item}"
        );
    }
}

#[test]
fn the_readme_lists_the_unwritten_storage_items() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .expect("README");
    let start = readme
        .find("<!-- unwritten-storage -->")
        .expect("start marker");
    let end = readme
        .find("<!-- /unwritten-storage -->")
        .expect("end marker");
    let section = &readme[start..end];
    let mut listed: Vec<String> = section
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    listed.sort();
    let mut expected: Vec<String> = tao_devnet::newer::UNWRITTEN_STORAGE
        .iter()
        .map(|(p, i)| format!("{p}.{i}"))
        .collect();
    expected.sort();
    assert_eq!(listed, expected);
    // Each one is served.
    let dev = devnet_metadata();
    for (pallet, item) in tao_devnet::newer::UNWRITTEN_STORAGE {
        let p = dev.pallet_by_name(pallet).expect("pallet");
        assert!(
            p.storage().and_then(|s| s.entry_by_name(item)).is_some(),
            "{pallet}.{item} is not served"
        );
    }
}

/// The stake-lock items are newer than the metadata snapshots: their call shapes, storage keys
/// and runtime APIs are checked against the chain's spec-425 declarations (calls 136, 137, 138
/// and 142 of `SubtensorModule`, the lock storage maps and `StakeInfoRuntimeApi`'s lock methods).
#[test]
fn the_stake_lock_items_have_the_spec_425_shapes() {
    let dev = devnet_metadata();
    let reg = dev.types();
    let st = dev.pallet_by_name("SubtensorModule").unwrap();
    let call = |name: &str| variant_shape(reg, st.call_variant_by_name(name).expect(name));
    let account = "{[u8; 32]}";
    assert_eq!(
        call("lock_stake"),
        format!("lock_stake=136(hotkey: {account}, netuid: u16, amount: u64)")
    );
    assert_eq!(
        call("move_lock"),
        format!("move_lock=137(destination_hotkey: {account}, netuid: u16)")
    );
    assert_eq!(
        call("set_perpetual_lock"),
        "set_perpetual_lock=138(netuid: u16, enabled: bool)"
    );
    assert_eq!(
        call("set_reject_locked_alpha"),
        "set_reject_locked_alpha=142(enabled: bool)"
    );
    let lock_state = "{locked_mass: u64, conviction: {bits: u128}, last_update: u64}";
    let storage = st.storage().unwrap();
    let item = |name: &str| {
        let e = storage.entry_by_name(name).expect(name);
        let keys: Vec<String> = e
            .keys()
            .map(|k| format!("{:?} {}", k.hasher, shape(reg, k.key_id, 0)))
            .collect();
        (keys, shape(reg, e.value_ty(), 0))
    };
    let (b2, id) = ("Blake2_128Concat", "Identity");
    for (name, keys, value) in [
        (
            "Lock",
            vec![
                format!("{b2} {account}"),
                format!("{id} u16"),
                format!("{b2} {account}"),
            ],
            lock_state.to_string(),
        ),
        (
            "LockingColdkeys",
            vec![
                format!("{id} u16"),
                format!("{b2} {account}"),
                format!("{b2} {account}"),
            ],
            "()".to_string(),
        ),
        (
            "HotkeyLock",
            vec![format!("{id} u16"), format!("{b2} {account}")],
            lock_state.to_string(),
        ),
        (
            "DecayingHotkeyLock",
            vec![format!("{id} u16"), format!("{b2} {account}")],
            lock_state.to_string(),
        ),
        (
            "OwnerLock",
            vec![format!("{id} u16")],
            lock_state.to_string(),
        ),
        (
            "DecayingOwnerLock",
            vec![format!("{id} u16")],
            lock_state.to_string(),
        ),
        (
            "DecayingLock",
            vec![format!("{b2} {account}"), format!("{id} u16")],
            "bool".to_string(),
        ),
        (
            "AccountFlags",
            vec![format!("{b2} {account}")],
            "u128".to_string(),
        ),
        ("MaturityRate", vec![], "u64".to_string()),
        ("UnlockRate", vec![], "u64".to_string()),
    ] {
        assert_eq!(item(name), (keys, value), "{name}");
    }
    let api = dev
        .runtime_api_trait_by_name("StakeInfoRuntimeApi")
        .unwrap();
    for (method, inputs) in [
        ("get_coldkey_lock", vec!["coldkey", "netuid"]),
        ("get_hotkey_conviction", vec!["hotkey", "netuid"]),
        ("get_most_convicted_hotkey_on_subnet", vec!["netuid"]),
        (
            "get_stake_availability_for_coldkeys",
            vec!["coldkey_accounts", "netuids"],
        ),
    ] {
        let m = api.method_by_name(method).expect(method);
        let names: Vec<String> = m.inputs().map(|i| i.name.to_string()).collect();
        assert_eq!(names, inputs, "{method}");
    }
}

/// The crowdloan pallet at spec 425: the ten calls at their indices with the
/// chain's argument names and shapes (`set_max_contribution`, 9, is newer than the snapshot),
/// the storage hashers and value shapes (`MaxContributions` is newer), the constants (the
/// chain's fast-runtime durations) and every error name in the chain's order.
#[test]
fn the_crowdloan_items_have_the_spec_425_shapes() {
    let dev = devnet_metadata();
    let reg = dev.types();
    let cl = dev.pallet_by_name("Crowdloan").expect("Crowdloan");
    assert_eq!(cl.call_index(), 27);
    let call = |name: &str| variant_shape(reg, cl.call_variant_by_name(name).expect(name));
    let account = "{[u8; 32]}";
    let some = |t: &str| format!("enum{{None=0() | Some=1({t})}}");
    let id = "crowdloan_id: Compact<u32>";
    assert_eq!(
        call("create"),
        format!(
            "create=0(deposit: Compact<u64>, min_contribution: Compact<u64>, cap: Compact<u64>, \
             end: Compact<u32>, call: {}, target_address: {})",
            some("<RuntimeCall>"),
            some(account)
        )
    );
    assert_eq!(
        call("contribute"),
        format!("contribute=1({id}, amount: Compact<u64>)")
    );
    for (name, index) in [
        ("withdraw", 2),
        ("finalize", 3),
        ("refund", 4),
        ("dissolve", 5),
    ] {
        assert_eq!(call(name), format!("{name}={index}({id})"));
    }
    assert_eq!(
        call("update_min_contribution"),
        format!("update_min_contribution=6({id}, new_min_contribution: Compact<u64>)")
    );
    assert_eq!(
        call("update_end"),
        format!("update_end=7({id}, new_end: Compact<u32>)")
    );
    assert_eq!(
        call("update_cap"),
        format!("update_cap=8({id}, new_cap: Compact<u64>)")
    );
    assert_eq!(
        call("set_max_contribution"),
        format!(
            "set_max_contribution=9({id}, new_max_contribution: {})",
            some("u64")
        )
    );
    let storage = cl.storage().unwrap();
    let item = |name: &str| {
        let e = storage.entry_by_name(name).expect(name);
        let keys: Vec<String> = e
            .keys()
            .map(|k| format!("{:?} {}", k.hasher, shape(reg, k.key_id, 0)))
            .collect();
        (keys, shape(reg, e.value_ty(), 0))
    };
    let bounded = "enum{Legacy=0(hash: {[u8; 32]}) | Inline=1({Vec<u8>}) | \
                   Lookup=2(hash: {[u8; 32]}, len: u32)}";
    let info = format!(
        "{{creator: {account}, deposit: u64, min_contribution: u64, end: u32, cap: u64, \
         funds_account: {account}, raised: u64, target_address: {}, call: {}, finalized: bool, \
         contributors_count: u32}}",
        some(account),
        some(bounded)
    );
    let tw = "Twox64Concat u32".to_string();
    assert_eq!(item("Crowdloans"), (vec![tw.clone()], info));
    assert_eq!(item("NextCrowdloanId"), (vec![], "u32".to_string()));
    assert_eq!(item("CurrentCrowdloanId"), (vec![], "u32".to_string()));
    assert_eq!(
        item("Contributions"),
        (
            vec![tw.clone(), format!("Identity {account}")],
            "u64".to_string()
        )
    );
    assert_eq!(item("MaxContributions"), (vec![tw], "u64".to_string()));
    let constant = |name: &str| cl.constant_by_name(name).expect(name).value().to_vec();
    assert_eq!(constant("PalletId"), b"bt/cloan".to_vec());
    assert_eq!(constant("MinimumDeposit"), 10_000_000_000u64.to_le_bytes());
    assert_eq!(
        constant("AbsoluteMinimumContribution"),
        100_000_000u64.to_le_bytes()
    );
    assert_eq!(constant("MinimumBlockDuration"), 50u32.to_le_bytes());
    assert_eq!(constant("MaximumBlockDuration"), 20_000u32.to_le_bytes());
    assert_eq!(constant("RefundContributorsLimit"), 50u32.to_le_bytes());
    assert_eq!(constant("MaxContributors"), 500u32.to_le_bytes());
    let errors: Vec<&str> = cl
        .error_variants()
        .unwrap()
        .iter()
        .map(|v| v.name.as_str())
        .collect();
    assert_eq!(
        errors,
        [
            "DepositTooLow",
            "CapTooLow",
            "MinimumContributionTooLow",
            "CannotEndInPast",
            "BlockDurationTooShort",
            "BlockDurationTooLong",
            "InsufficientBalance",
            "Overflow",
            "InvalidCrowdloanId",
            "CapRaised",
            "ContributionPeriodEnded",
            "ContributionTooLow",
            "InvalidOrigin",
            "AlreadyFinalized",
            "ContributionPeriodNotEnded",
            "NoContribution",
            "CapNotRaised",
            "Underflow",
            "CallUnavailable",
            "NotReadyToDissolve",
            "DepositCannotBeWithdrawn",
            "MaxContributorsReached",
            "InvalidFinalizationConfig",
            "MaxContributionReached",
            "MaximumContributionTooLow",
            "MinimumContributionTooHigh",
        ]
    );
    let events: Vec<String> = cl
        .event_variants()
        .unwrap()
        .iter()
        .map(|v| variant_shape(reg, v))
        .collect();
    assert_eq!(
        events.last().map(String::as_str),
        Some(
            "MaxContributionUpdated=10(crowdloan_id: u32, new_max_contribution: enum{None=0() | Some=1(u64)})"
        )
    );
}

/// pallet-multisig at the chain's index with the chain's deposits and limit (`DepositBase`
/// 0.132 TAO, `DepositFactor` 0.032 TAO, `MaxSignatories` 100), and the same constants as the
/// real snapshot where it is present.
#[test]
fn multisig_has_the_chains_index_and_deposits() {
    let dev = devnet_metadata();
    let m = dev.pallet_by_name("Multisig").expect("Multisig served");
    assert_eq!(m.call_index(), 13);
    for (call, index) in [
        ("as_multi_threshold_1", 0),
        ("as_multi", 1),
        ("approve_as_multi", 2),
        ("cancel_as_multi", 3),
    ] {
        assert_eq!(m.call_variant_by_name(call).expect(call).index, index);
    }
    let constant = |md: &Metadata, name: &str| -> Vec<u8> {
        md.pallet_by_name("Multisig")
            .and_then(|p| p.constant_by_name(name))
            .map(|c| c.value().to_vec())
            .unwrap_or_else(|| panic!("Multisig.{name}"))
    };
    assert_eq!(constant(&dev, "DepositBase"), 132_000_000u64.encode());
    assert_eq!(constant(&dev, "DepositFactor"), 32_000_000u64.encode());
    assert_eq!(constant(&dev, "MaxSignatories"), 100u32.encode());
    if let Ok(bytes) = std::fs::read(snapshot_path()) {
        let real = Metadata::decode_from(&bytes).expect("snapshot decodes");
        for name in ["DepositBase", "DepositFactor", "MaxSignatories"] {
            assert_eq!(constant(&dev, name), constant(&real, name), "{name}");
        }
    }
}
