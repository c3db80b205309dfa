//! Items newer than the real metadata snapshots, and a switch that hides them so clients can
//! exercise their fallbacks for older chains.

use codec::{Decode, Encode};
use frame_metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
use scale_info::{PortableRegistry, TypeDef};

/// Runtime-API methods (`Trait`, `method`) newer than the snapshots.
pub const NEWER_API_METHODS: &[(&str, &str)] = &[
    ("SubnetInfoRuntimeApi", "get_subnet_hyperparams_v3"),
    ("SubnetInfoRuntimeApi", "get_next_epoch_start_block"),
    ("StakeInfoRuntimeApi", "get_stake_availability_for_coldkeys"),
    ("StakeInfoRuntimeApi", "get_coldkey_lock"),
    ("StakeInfoRuntimeApi", "get_hotkey_conviction"),
    ("StakeInfoRuntimeApi", "get_most_convicted_hotkey_on_subnet"),
];

/// Calls (`Pallet`, `call`) newer than the snapshots.
pub const NEWER_CALLS: &[(&str, &str)] = &[
    ("SubtensorModule", "register_limit"),
    ("SubtensorModule", "lock_stake"),
    ("SubtensorModule", "move_lock"),
    ("SubtensorModule", "set_perpetual_lock"),
    ("SubtensorModule", "set_reject_locked_alpha"),
    ("AdminUtils", "sudo_set_burn_half_life"),
    ("AdminUtils", "sudo_set_burn_increase_mult"),
    ("AdminUtils", "sudo_set_owner_cut_enabled"),
    ("AdminUtils", "sudo_set_min_childkey_take_per_subnet"),
    ("AdminUtils", "sudo_set_owner_cut_auto_lock_enabled"),
];

/// Whether `state_call` method `Trait_method` is one of the newer items.
pub fn is_newer_api(state_call_method: &str) -> bool {
    NEWER_API_METHODS
        .iter()
        .any(|(t, m)| state_call_method == format!("{t}_{m}"))
}

fn strip_call_variants(types: &mut PortableRegistry, pallet: &str, call_ty: u32) {
    for t in types.types.iter_mut().filter(|t| t.id == call_ty) {
        if let TypeDef::Variant(v) = &mut t.ty.type_def {
            v.variants.retain(|variant| {
                !NEWER_CALLS
                    .iter()
                    .any(|(p, c)| *p == pallet && variant.name == *c)
            });
        }
    }
}

/// Removes the newer items from an encoded `RuntimeMetadataPrefixed`.
pub fn strip_metadata(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut md = RuntimeMetadataPrefixed::decode(&mut &bytes[..]).ok()?;
    let strip_api = |name: &str, method: &str| {
        NEWER_API_METHODS
            .iter()
            .any(|(t, m)| *t == name && *m == method)
    };
    match &mut md.1 {
        RuntimeMetadata::V14(m) => {
            let calls: Vec<(String, u32)> = m
                .pallets
                .iter()
                .filter_map(|p| p.calls.as_ref().map(|c| (p.name.clone(), c.ty.id)))
                .collect();
            for (name, id) in calls {
                strip_call_variants(&mut m.types, &name, id);
            }
        }
        RuntimeMetadata::V15(m) => {
            let calls: Vec<(String, u32)> = m
                .pallets
                .iter()
                .filter_map(|p| p.calls.as_ref().map(|c| (p.name.clone(), c.ty.id)))
                .collect();
            for (name, id) in calls {
                strip_call_variants(&mut m.types, &name, id);
            }
            for api in m.apis.iter_mut() {
                let name = api.name.clone();
                api.methods.retain(|x| !strip_api(&name, &x.name));
            }
        }
        RuntimeMetadata::V16(m) => {
            let calls: Vec<(String, u32)> = m
                .pallets
                .iter()
                .filter_map(|p| p.calls.as_ref().map(|c| (p.name.clone(), c.ty.id)))
                .collect();
            for (name, id) in calls {
                strip_call_variants(&mut m.types, &name, id);
            }
            for api in m.apis.iter_mut() {
                let name = api.name.clone();
                api.methods.retain(|x| !strip_api(&name, &x.name));
            }
        }
        _ => {}
    }
    Some(md.encode())
}

/// Storage items served at their metadata default because nothing in the devnet writes them
/// yet (no implemented call or hook does); listed in the README's "Official clients" section,
/// which a test keeps equal to this list.
pub const UNWRITTEN_STORAGE: &[(&str, &str)] = &[
    ("SubtensorModule", "SubnetEmaTaoFlow"),
    ("SubtensorModule", "MaturityRate"),
    ("SubtensorModule", "UnlockRate"),
];
