//! The Proxy pallet: `add_proxy` and `remove_proxy` signed by the real account, the proxy
//! relations of an account (`Proxy.Proxies`), and `Proxy.proxy(real, force_proxy_type, call)`
//! wrapping another command's call so a delegate's key signs it for the real account.
//!
//! tao carries the chain's proxy-type filter (spec 425, `define_proxy_filters!` in the runtime)
//! so it can refuse, before signing, a call the relation's type would not let through (the
//! chain would charge the fee and report `System.CallFiltered` inside `ProxyExecuted`).

mod announce;
mod pure;
mod relations;
mod wrap;

pub use announce::*;
use announce::{not_allowed, type_index};
pub use pure::*;
pub use relations::*;
pub use wrap::*;
use wrap::{Delegation, delegate_proxies, delegation};

use serde::Serialize;
use serde_json::json;
use subxt::ext::codec::Encode;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{Chain, StorageQuery, arg_account};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, account, field, items, u64_of, variant};
use crate::units::display_tao;

/// The chain's proxy types, by SCALE index.
pub const PROXY_TYPES: [&str; 18] = [
    "Any",
    "Owner",
    "NonCritical",
    "NonTransfer",
    "Senate",
    "NonFungible",
    "Triumvirate",
    "Governance",
    "Staking",
    "Registration",
    "Transfer",
    "SmallTransfer",
    "RootWeights",
    "ChildKeys",
    "SudoUncheckedSetCode",
    "SwapHotkey",
    "SubnetLeaseBeneficiary",
    "RootClaim",
];

/// The proxies one account may have (`MaxProxies`).
pub const MAX_PROXIES: usize = 20;

/// Transfers strictly below 0.5 TAO (or 0.5 alpha for `transfer_stake`) pass `SmallTransfer`.
pub const SMALL_TRANSFER_LIMIT: u64 = 500_000_000;

/// The proxy type named `name` (any case), as its canonical name.
pub fn parse_type(name: &str) -> Option<&'static str> {
    PROXY_TYPES
        .iter()
        .find(|t| t.eq_ignore_ascii_case(name))
        .copied()
}

const COLDKEY_SWAP: [&str; 6] = [
    "schedule_swap_coldkey",
    "swap_coldkey",
    "announce_coldkey_swap",
    "swap_coldkey_announced",
    "clear_coldkey_swap_announcement",
    "dispute_coldkey_swap",
];

const STAKING: [&str; 11] = [
    "add_stake",
    "remove_stake",
    "unstake_all",
    "unstake_all_alpha",
    "swap_stake",
    "swap_stake_limit",
    "move_stake",
    "add_stake_limit",
    "remove_stake_limit",
    "remove_stake_full_limit",
    "set_root_claim_type",
];

const NON_FUNGIBLE_DENY: [&str; 15] = [
    "add_stake",
    "add_stake_limit",
    "remove_stake",
    "remove_stake_limit",
    "remove_stake_full_limit",
    "unstake_all",
    "unstake_all_alpha",
    "swap_stake",
    "swap_stake_limit",
    "move_stake",
    "transfer_stake",
    "burned_register",
    "root_register",
    "swap_hotkey",
    "swap_hotkey_v2",
];

const LEASE_ADMIN: [&str; 22] = [
    "sudo_set_serving_rate_limit",
    "sudo_set_min_difficulty",
    "sudo_set_max_difficulty",
    "sudo_set_weights_version_key",
    "sudo_set_adjustment_alpha",
    "sudo_set_immunity_period",
    "sudo_set_min_allowed_weights",
    "sudo_set_kappa",
    "sudo_set_rho",
    "sudo_set_activity_cutoff",
    "sudo_set_network_registration_allowed",
    "sudo_set_network_pow_registration_allowed",
    "sudo_set_max_burn",
    "sudo_set_bonds_moving_average",
    "sudo_set_bonds_penalty",
    "sudo_set_commit_reveal_weights_enabled",
    "sudo_set_liquid_alpha_enabled",
    "sudo_set_alpha_values",
    "sudo_set_commit_reveal_weights_interval",
    "sudo_set_toggle_transfer",
    "sudo_set_subnet_emission_enabled",
    "sudo_set_min_childkey_take_per_subnet",
];

/// What the filter looks at in a call: its pallet and name, the amount a transfer-like call
/// moves, and the calls a `Utility` batch carries (each dispatched through the same filter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallInfo {
    /// The pallet.
    pub pallet: String,
    /// The call's name.
    pub name: String,
    /// A balance transfer's `value` or `transfer_stake`'s `alpha_amount`.
    pub amount: Option<u64>,
    /// The calls of a `Utility.batch`, `batch_all` or `force_batch`.
    pub inner: Vec<CallInfo>,
    /// The `proxy_type` argument of a `Proxy.add_proxy` or `remove_proxy`.
    pub proxy_type: Option<String>,
}

impl CallInfo {
    /// Decode `call` with the metadata's `RuntimeCall` type.
    pub fn of(md: &subxt::Metadata, call: &Call) -> Result<CallInfo, ChainError> {
        let ty = md.outer_enums().call_enum_ty();
        let v = crate::chain::client::decode_exact(md, ty, &call.data).map_err(|e| {
            ChainError::decode(format!("the call {}.{}", call.pallet, call.name), e)
        })?;
        Self::from_value(&v)
    }

    fn from_value(v: &Val) -> Result<CallInfo, ChainError> {
        let (pallet, fields) = variant(v)?;
        let inner_call = fields
            .values()
            .next()
            .ok_or_else(|| ChainError::decode("a call", "no call in the pallet variant"))?;
        let (name, args) = variant(inner_call)?;
        let arg = |n: &str| args_field(args, n);
        let amount = match (pallet, name) {
            ("Balances", "transfer_keep_alive" | "transfer_allow_death") => {
                arg("value").map(u64_of).transpose()?
            }
            ("SubtensorModule", "transfer_stake") => arg("alpha_amount").map(u64_of).transpose()?,
            _ => None,
        };
        let inner = match (pallet, name) {
            ("Utility", "batch" | "batch_all" | "force_batch") => match arg("calls") {
                Some(calls) => items(calls)?
                    .into_iter()
                    .map(Self::from_value)
                    .collect::<Result<_, _>>()?,
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
        let proxy_type = match (pallet, name) {
            ("Proxy", "add_proxy" | "remove_proxy") => match arg("proxy_type") {
                Some(t) => Some(variant(t)?.0.to_string()),
                None => None,
            },
            _ => None,
        };
        Ok(CallInfo {
            pallet: pallet.to_string(),
            name: name.to_string(),
            amount,
            inner,
            proxy_type,
        })
    }
}

fn args_field<'a>(
    args: &'a subxt::ext::scale_value::Composite<u32>,
    name: &str,
) -> Option<&'a Val> {
    match args {
        subxt::ext::scale_value::Composite::Named(fs) => {
            fs.iter().find(|(n, _)| n == name).map(|(_, v)| v)
        }
        subxt::ext::scale_value::Composite::Unnamed(_) => None,
    }
}

/// Whether a proxy of type `proxy_type` may make `call`: the chain's `InstanceFilter` on the
/// call and, for a batch, on each call in it.
pub fn allows(proxy_type: &str, call: &CallInfo) -> bool {
    // pallet-proxy's own rules for its calls made through a proxy.
    let own = match (call.pallet.as_str(), call.name.as_str()) {
        ("Proxy", "add_proxy" | "remove_proxy") => call
            .proxy_type
            .as_deref()
            .is_some_and(|t| is_superset(proxy_type, t)),
        ("Proxy", "remove_proxies" | "kill_pure") => proxy_type == "Any",
        _ => true,
    };
    own && filter(proxy_type, call) && call.inner.iter().all(|c| allows(proxy_type, c))
}

/// The chain's `is_superset`: whether a proxy of type `x` may add or remove one of type `y`.
pub fn is_superset(x: &str, y: &str) -> bool {
    x == y
        || x == "Any"
        || (y != "Any" && x == "NonTransfer" && !matches!(y, "Transfer" | "SmallTransfer"))
        || (x == "Transfer" && y == "SmallTransfer")
}

fn filter(proxy_type: &str, call: &CallInfo) -> bool {
    let (pallet, f) = (call.pallet.as_str(), call.name.as_str());
    let st = |list: &[&str]| pallet == "SubtensorModule" && list.contains(&f);
    match proxy_type {
        "Any" => true,
        "NonTransfer" => !(pallet == "Balances" || st(&["transfer_stake"]) || st(&COLDKEY_SWAP)),
        "NonFungible" => !(pallet == "Balances" || st(&NON_FUNGIBLE_DENY) || st(&COLDKEY_SWAP)),
        "Transfer" => {
            (pallet == "Balances"
                && [
                    "transfer_keep_alive",
                    "transfer_allow_death",
                    "transfer_all",
                ]
                .contains(&f))
                || st(&["transfer_stake"])
        }
        "SmallTransfer" => call.amount.is_some_and(|v| v < SMALL_TRANSFER_LIMIT),
        "Owner" => {
            (pallet == "AdminUtils"
                && !["sudo_set_sn_owner_hotkey", "sudo_set_subnet_owner_hotkey"].contains(&f))
                || st(&["set_subnet_identity", "update_symbol"])
        }
        "NonCritical" => {
            !(st(&["dissolve_network", "root_register", "burned_register"])
                || pallet == "Sudo"
                || st(&COLDKEY_SWAP[2..]))
        }
        "Staking" => st(&STAKING),
        "Registration" => st(&["burned_register", "register", "register_limit"]),
        "ChildKeys" => st(&["set_children", "set_childkey_take"]),
        "SudoUncheckedSetCode" => {
            // Only `Sudo.sudo_unchecked_weight` wrapping `System.set_code`: tao makes neither.
            false
        }
        "SwapHotkey" => st(&["swap_hotkey", "swap_hotkey_v2"]),
        "SubnetLeaseBeneficiary" => {
            st(&["start_call"]) || (pallet == "AdminUtils" && LEASE_ADMIN.contains(&f))
        }
        "RootClaim" => st(&["claim_root"]),
        // Senate, Triumvirate, Governance, RootWeights: deprecated, allow nothing.
        _ => false,
    }
}

/// The narrowest proxy type that allows `call`, for the hint of a refusal.
pub fn narrowest_type(call: &CallInfo) -> &'static str {
    const ORDER: [&str; 11] = [
        "Staking",
        "SmallTransfer",
        "Transfer",
        "Registration",
        "ChildKeys",
        "RootClaim",
        "SwapHotkey",
        "Owner",
        "NonFungible",
        "NonTransfer",
        "NonCritical",
    ];
    ORDER.into_iter().find(|t| allows(t, call)).unwrap_or("Any")
}

/// One entry of `Proxy.Proxies[real]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProxyDef {
    /// The delegate's SS58 address.
    pub delegate: String,
    /// Its public key.
    #[serde(skip)]
    pub delegate_key: [u8; 32],
    /// The proxy type's name.
    pub proxy_type: String,
    /// Blocks an announced call must wait before it may be executed (0: `proxy` directly).
    pub delay: u32,
}

/// The proxies of `real` and the deposit reserved for them (`Proxy.Proxies`).
pub async fn proxies(chain: &Chain, real: &[u8; 32]) -> Result<(Vec<ProxyDef>, u64), ChainError> {
    let v = chain
        .storage(&[StorageQuery::new(
            "Proxy",
            "Proxies",
            vec![arg_account(real)],
        )])
        .await?;
    match v[0].as_ref() {
        Some(val) => decode_proxies(val),
        None => Ok((Vec::new(), 0)),
    }
}

fn decode_proxies(val: &Val) -> Result<(Vec<ProxyDef>, u64), ChainError> {
    let parts = items(val)?;
    let [defs, deposit] = parts.as_slice() else {
        return Err(ChainError::decode("Proxy.Proxies", "not a pair"));
    };
    let mut out = Vec::new();
    for d in items(defs)? {
        // A BoundedVec may wrap the sequence in a newtype.
        let inner = if crate::chain::value::try_field(d, "delegate").is_some() {
            vec![d]
        } else {
            items(d)?
        };
        for d in inner {
            let key = account(field(d, "delegate")?)?;
            let (ty, _) = variant(field(d, "proxy_type")?)?;
            out.push(ProxyDef {
                delegate: crate::ss58::encode_default(&key),
                delegate_key: key,
                proxy_type: ty.to_string(),
                delay: u32::try_from(u64_of(field(d, "delay")?)?)
                    .map_err(|_| ChainError::decode("a proxy delay", "too large"))?,
            });
        }
    }
    Ok((out, u64_of(deposit)?))
}

fn constant(md: &subxt::Metadata, name: &str, default: u64) -> u64 {
    md.pallet_by_name("Proxy")
        .and_then(|p| p.constant_by_name(name))
        .and_then(|c| <[u8; 8]>::try_from(c.value()).ok())
        .map(u64::from_le_bytes)
        .unwrap_or(default)
}

/// `ProxyDepositBase` and `ProxyDepositFactor` (60_000_000 and 33_000_000 rao on the chain).
pub fn deposits(md: &subxt::Metadata) -> (u64, u64) {
    (
        constant(md, "ProxyDepositBase", 60_000_000),
        constant(md, "ProxyDepositFactor", 33_000_000),
    )
}

fn proxy_type_value(name: &str) -> Value {
    Value::unnamed_variant(name, [])
}

fn multi_address(a: &[u8; 32]) -> Value {
    Value::unnamed_variant("Id", [Value::from_bytes(a)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(pallet: &str, name: &str, amount: Option<u64>, inner: Vec<CallInfo>) -> CallInfo {
        CallInfo {
            pallet: pallet.into(),
            name: name.into(),
            amount,
            inner,
            proxy_type: None,
        }
    }

    #[test]
    fn filter_follows_the_chain() {
        let stake = call("SubtensorModule", "add_stake", None, vec![]);
        assert!(allows("Staking", &stake));
        assert!(allows("NonTransfer", &stake));
        assert!(!allows("NonFungible", &stake));
        assert!(!allows("Transfer", &stake));
        assert!(!allows("Governance", &stake));
        assert_eq!(narrowest_type(&stake), "Staking");

        let small = call("Balances", "transfer_keep_alive", Some(499_999_999), vec![]);
        assert!(allows("SmallTransfer", &small));
        assert!(!allows("Staking", &small));
        assert!(!allows("NonTransfer", &small));
        assert_eq!(narrowest_type(&small), "SmallTransfer");
        let big = call("Balances", "transfer_keep_alive", Some(500_000_000), vec![]);
        assert!(!allows("SmallTransfer", &big));
        assert!(allows("Transfer", &big));
        assert_eq!(narrowest_type(&big), "Transfer");

        // A batch passes the filter itself and each call in it.
        let batch = call("Utility", "batch_all", None, vec![stake.clone(), stake]);
        assert!(!allows("Staking", &batch));
        assert!(allows("NonTransfer", &batch));
        assert!(!allows("NonFungible", &batch));
        assert_eq!(narrowest_type(&batch), "NonTransfer");
        let mixed = call("Utility", "batch_all", None, vec![big]);
        assert_eq!(narrowest_type(&mixed), "NonCritical");
        assert!(!allows("NonTransfer", &mixed));

        // pallet-proxy's own calls through a proxy.
        let kill = call("Proxy", "kill_pure", None, vec![]);
        assert!(allows("Any", &kill));
        assert!(!allows("NonTransfer", &kill));
        let mut add = call("Proxy", "add_proxy", None, vec![]);
        add.proxy_type = Some("Staking".into());
        assert!(allows("NonTransfer", &add));
        add.proxy_type = Some("Transfer".into());
        assert!(!allows("NonTransfer", &add));
        assert!(!allows("Staking", &add));

        assert_eq!(parse_type("staking"), Some("Staking"));
        assert_eq!(parse_type("nope"), None);
    }
}
