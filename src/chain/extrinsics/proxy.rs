//! The Proxy pallet: `add_proxy` and `remove_proxy` signed by the real account, the proxy
//! relations of an account (`Proxy.Proxies`), and `Proxy.proxy(real, force_proxy_type, call)`
//! wrapping another command's call so a delegate's key signs it for the real account.
//!
//! tao carries the chain's proxy-type filter (spec 425, `define_proxy_filters!` in the runtime)
//! so it can refuse, before signing, a call the relation's type would not let through (the
//! chain would charge the fee and report `System.CallFiltered` inside `ProxyExecuted`).

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

/// Plan `add_proxy(delegate, proxy_type, delay)` signed by `real`.
pub async fn plan_add(
    tc: &TxChain,
    real: &[u8; 32],
    delegate: &[u8; 32],
    proxy_type: &str,
    delay: u32,
) -> Result<Plan, PlanError> {
    let dg = crate::ss58::encode_default(delegate);
    if delegate == real {
        return Err(Refusal::new(
            "Proxy",
            "NoSelfProxy",
            "an account cannot be its own proxy",
            "name another account as the delegate",
        )
        .into());
    }
    let (current, deposit) = proxies(&tc.chain, real).await?;
    if current
        .iter()
        .any(|p| p.delegate_key == *delegate && p.proxy_type == proxy_type && p.delay == delay)
    {
        return Err(Refusal::new(
            "Proxy",
            "Duplicate",
            format!("{dg} is already a {proxy_type} proxy of this account with delay {delay}"),
            "nothing to do; `tao proxy list` shows the relations",
        )
        .into());
    }
    if current.len() >= MAX_PROXIES {
        return Err(Refusal::new(
            "Proxy",
            "TooMany",
            format!("the account already has the maximum of {MAX_PROXIES} proxies"),
            "remove one first with `tao proxy remove`",
        )
        .into());
    }
    let (base, factor) = deposits(tc.metadata());
    let new_deposit = base + factor * (current.len() as u64 + 1);
    let extra = new_deposit.saturating_sub(deposit);
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "add_proxy",
        vec![
            ("delegate", multi_address(delegate)),
            ("proxy_type", proxy_type_value(proxy_type)),
            ("delay", Value::u128(u128::from(delay))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("delegate".into(), dg.clone()),
            ("type".into(), proxy_type.to_string()),
            (
                "delay".into(),
                if delay == 0 {
                    "none (calls go through at once)".into()
                } else {
                    format!("{delay} blocks (calls must be announced first)")
                },
            ),
            (
                "deposit".into(),
                format!(
                    "{} reserved (total {})",
                    display_tao(extra),
                    display_tao(new_deposit)
                ),
            ),
        ],
        details: json!({
            "real": crate::ss58::encode_default(real),
            "delegate": dg,
            "proxy_type": proxy_type,
            "delay": delay,
            "deposit_reserved": extra,
            "deposit_total": new_deposit,
        }),
        preview: None,
        spend: extra,
        keep_alive: true,
        balance_error: ("Balances", "InsufficientBalance"),
    })
}

/// Plan `remove_proxy(delegate, proxy_type, delay)` signed by `real`.
pub async fn plan_remove(
    tc: &TxChain,
    real: &[u8; 32],
    delegate: &[u8; 32],
    proxy_type: &str,
    delay: u32,
) -> Result<Plan, PlanError> {
    let dg = crate::ss58::encode_default(delegate);
    let (current, deposit) = proxies(&tc.chain, real).await?;
    if !current
        .iter()
        .any(|p| p.delegate_key == *delegate && p.proxy_type == proxy_type && p.delay == delay)
    {
        let have: Vec<String> = current
            .iter()
            .filter(|p| p.delegate_key == *delegate)
            .map(|p| format!("{} (delay {})", p.proxy_type, p.delay))
            .collect();
        let what = if have.is_empty() {
            format!("{dg} is not a proxy of this account")
        } else {
            format!(
                "{dg} is a proxy of this account only as {}",
                have.join(", ")
            )
        };
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!("no {proxy_type} proxy with delay {delay}: {what}"),
            "`tao proxy list` shows the relations with their types and delays",
        )
        .into());
    }
    let (base, factor) = deposits(tc.metadata());
    let left = current.len() as u64 - 1;
    let new_deposit = if left == 0 { 0 } else { base + factor * left };
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "remove_proxy",
        vec![
            ("delegate", multi_address(delegate)),
            ("proxy_type", proxy_type_value(proxy_type)),
            ("delay", Value::u128(u128::from(delay))),
        ],
    )?;
    let freed = deposit.saturating_sub(new_deposit);
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("delegate".into(), dg.clone()),
            ("type".into(), proxy_type.to_string()),
            ("delay".into(), format!("{delay} blocks")),
            ("deposit".into(), format!("{} returned", display_tao(freed))),
        ],
        details: json!({
            "real": crate::ss58::encode_default(real),
            "delegate": dg,
            "proxy_type": proxy_type,
            "delay": delay,
            "deposit_returned": freed,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan `remove_proxies()` signed by `real`: every relation goes, the whole deposit returns.
pub async fn plan_remove_all(tc: &TxChain, real: &[u8; 32]) -> Result<Plan, PlanError> {
    let (current, deposit) = proxies(&tc.chain, real).await?;
    if current.is_empty() {
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!(
                "{} has no proxies to remove",
                crate::ss58::encode_default(real)
            ),
            "nothing to do; `tao proxy list` shows the relations",
        )
        .into());
    }
    let call = Call::new(tc.metadata(), "Proxy", "remove_proxies", vec![])?;
    let gone: Vec<String> = current
        .iter()
        .map(|p| format!("{} {} (delay {})", p.delegate, p.proxy_type, p.delay))
        .collect();
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("remove".into(), gone.join("; ")),
            (
                "deposit".into(),
                format!("{} returned", display_tao(deposit)),
            ),
        ],
        details: json!({
            "real": crate::ss58::encode_default(real),
            "removed": current,
            "deposit_returned": deposit,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan `remove_announcement(real, call_hash)` signed by the delegate that announced it; its
/// part of the announcement deposit returns.
pub async fn plan_remove_announcement(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    hash: [u8; 32],
) -> Result<Plan, PlanError> {
    let rs = crate::ss58::encode_default(real);
    let ds = crate::ss58::encode_default(delegate);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let (pending, deposit) = announcements(&tc.chain, delegate).await?;
    if !pending
        .iter()
        .any(|a| a.real_key == *real && a.call_hash == hash_hex)
    {
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!("{ds} (this wallet's coldkey) has no pending announcement {hash_hex} for {rs}"),
            "check the hash that `--announce-only` or `tao proxy announce` reported",
        )
        .into());
    }
    let (base, factor) = announcement_deposits(tc.metadata());
    let left = pending
        .iter()
        .filter(|a| !(a.real_key == *real && a.call_hash == hash_hex))
        .count() as u64;
    let new_deposit = if left == 0 { 0 } else { base + factor * left };
    let freed = deposit.saturating_sub(new_deposit);
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "remove_announcement",
        vec![
            ("real", multi_address(real)),
            ("call_hash", Value::from_bytes(hash)),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("real".into(), rs.clone()),
            ("announcement".into(), hash_hex.clone()),
            ("deposit".into(), format!("{} returned", display_tao(freed))),
        ],
        details: json!({
            "real": rs,
            "delegate": ds,
            "call_hash": hash_hex,
            "deposit_returned": freed,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// `Proxy.proxy(real, Some(proxy_type), call)`.
pub fn wrap(
    md: &subxt::Metadata,
    real: &[u8; 32],
    proxy_type: &str,
    inner: &Call,
) -> Result<Call, ChainError> {
    let unsupported = |what: &str| ChainError::Unsupported {
        what: what.into(),
        spec_version: 0,
    };
    let pallet = md
        .pallet_by_name("Proxy")
        .ok_or_else(|| unsupported("the Proxy pallet"))?;
    let variant = pallet
        .call_variant_by_name("proxy")
        .ok_or_else(|| unsupported("Proxy.proxy"))?;
    let index = PROXY_TYPES
        .iter()
        .position(|t| *t == proxy_type)
        .ok_or_else(|| unsupported("this proxy type"))? as u8;
    let mut data = vec![pallet.call_index(), variant.index];
    data.push(0); // MultiAddress::Id
    data.extend_from_slice(real);
    Some(index).encode_to(&mut data);
    data.extend_from_slice(&inner.data);
    Ok(Call {
        pallet: "Proxy".into(),
        name: "proxy".into(),
        data,
    })
}

/// What [`proxied`] and [`announced`] check: both accounts' addresses, the plan's call decoded,
/// the narrowest proxy type that allows it, and the delegate's relations to `real`.
struct Delegation {
    rs: String,
    ds: String,
    info: CallInfo,
    needed: &'static str,
    mine: Vec<ProxyDef>,
}

async fn delegation(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    plan: &Plan,
) -> Result<Delegation, PlanError> {
    let info = CallInfo::of(tc.metadata(), &plan.call)?;
    let needed = narrowest_type(&info);
    Ok(Delegation {
        rs: crate::ss58::encode_default(real),
        ds: crate::ss58::encode_default(delegate),
        info,
        needed,
        mine: delegate_proxies(&tc.chain, delegate, real).await?,
    })
}

/// The relations by which `delegate` is a proxy of `real`.
async fn delegate_proxies(
    chain: &Chain,
    delegate: &[u8; 32],
    real: &[u8; 32],
) -> Result<Vec<ProxyDef>, ChainError> {
    let (current, _) = proxies(chain, real).await?;
    Ok(current
        .into_iter()
        .filter(|p| p.delegate_key == *delegate)
        .collect())
}

/// Check that `delegate` may make `plan`'s call for `real` right away (a relation with no delay
/// whose type allows the call) and wrap the call in `Proxy.proxy` forcing that type.
pub async fn proxied(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    mut plan: Plan,
) -> Result<Plan, PlanError> {
    let Delegation {
        rs,
        ds,
        info,
        needed,
        mine,
    } = delegation(tc, delegate, real, &plan).await?;
    let Some(def) = mine
        .iter()
        .find(|p| p.delay == 0 && allows(&p.proxy_type, &info))
    else {
        if let Some(p) = mine.iter().find(|p| allows(&p.proxy_type, &info)) {
            return Err(Refusal::new(
                "Proxy",
                "Unannounced",
                format!(
                    "the {} proxy has a delay of {} blocks: {}.{} must be announced first",
                    p.proxy_type, p.delay, plan.call.pallet, plan.call.name
                ),
                "announce it with `--announce-only`, then `tao proxy execute` after the delay",
            )
            .into());
        }
        return Err(not_allowed(&plan.call, &mine, &ds, &rs, needed));
    };
    plan.call = wrap(tc.metadata(), real, &def.proxy_type, &plan.call)?;
    plan.lines.insert(
        0,
        (
            "proxy".into(),
            format!("for {rs} as its {} proxy", def.proxy_type),
        ),
    );
    if let Some(obj) = plan.details.as_object_mut() {
        obj.insert(
            "proxy".into(),
            json!({ "real": rs, "delegate": ds, "proxy_type": def.proxy_type }),
        );
    }
    Ok(plan)
}

/// `blake2_256` of a call's bytes: the hash `Proxy.announce` takes (`CallHasher` BlakeTwo256).
pub fn call_hash(call: &Call) -> [u8; 32] {
    use blake2::Digest;
    blake2::Blake2b::<blake2::digest::consts::U32>::digest(&call.data).into()
}

/// One entry of `Proxy.Announcements[delegate]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Announcement {
    /// The real account the call is for.
    pub real: String,
    /// Its public key.
    #[serde(skip)]
    pub real_key: [u8; 32],
    /// `0x`-hex of the call's hash.
    pub call_hash: String,
    /// The block it was announced in.
    pub height: u32,
}

/// The pending announcements of `delegate` and the deposit reserved for them.
pub async fn announcements(
    chain: &Chain,
    delegate: &[u8; 32],
) -> Result<(Vec<Announcement>, u64), ChainError> {
    let v = chain
        .storage(&[StorageQuery::new(
            "Proxy",
            "Announcements",
            vec![arg_account(delegate)],
        )])
        .await?;
    let Some(val) = v[0].as_ref() else {
        return Ok((Vec::new(), 0));
    };
    let parts = items(val)?;
    let [list, deposit] = parts.as_slice() else {
        return Err(ChainError::decode("Proxy.Announcements", "not a pair"));
    };
    let mut out = Vec::new();
    for a in flatten(list)? {
        let key = account(field(a, "real")?)?;
        out.push(Announcement {
            real: crate::ss58::encode_default(&key),
            real_key: key,
            call_hash: format!(
                "0x{}",
                hex::encode(crate::chain::value::bytes(field(a, "call_hash")?)?)
            ),
            height: u32::try_from(u64_of(field(a, "height")?)?)
                .map_err(|_| ChainError::decode("an announcement height", "too large"))?,
        });
    }
    Ok((out, u64_of(deposit)?))
}

/// The items of a `BoundedVec` of structs (possibly wrapped in a newtype).
fn flatten(list: &Val) -> Result<Vec<&Val>, ChainError> {
    let mut out = Vec::new();
    for d in items(list)? {
        if matches!(
            &d.value,
            subxt::ext::scale_value::ValueDef::Composite(
                subxt::ext::scale_value::Composite::Named(_)
            )
        ) {
            out.push(d);
        } else {
            out.extend(items(d)?);
        }
    }
    Ok(out)
}

fn announcement_deposits(md: &subxt::Metadata) -> (u64, u64) {
    (
        constant(md, "AnnouncementDepositBase", 36_000_000),
        constant(md, "AnnouncementDepositFactor", 68_000_000),
    )
}

/// Pending announcements one delegate may have (`MaxPending`).
pub const MAX_PENDING: usize = 75;

/// Instead of making `plan`'s call for `real` now, announce its hash (`Proxy.announce`, signed
/// by `delegate`): the relation must exist and its type allow the call; the call's bytes are in
/// `details.announce.call_data` for `tao proxy execute` once the relation's delay has passed.
pub async fn announced(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    mut plan: Plan,
) -> Result<Plan, PlanError> {
    let Delegation {
        rs,
        ds,
        info,
        needed,
        mine,
    } = delegation(tc, delegate, real, &plan).await?;
    let Some(def) = mine.iter().find(|p| allows(&p.proxy_type, &info)) else {
        return Err(not_allowed(&plan.call, &mine, &ds, &rs, needed));
    };
    let (pending, deposit) = announcements(&tc.chain, delegate).await?;
    if pending.len() >= MAX_PENDING {
        return Err(Refusal::new(
            "Proxy",
            "TooMany",
            format!("{ds} already has the maximum of {MAX_PENDING} pending announcements"),
            "execute or remove some first",
        )
        .into());
    }
    let (base, factor) = announcement_deposits(tc.metadata());
    let extra = (base + factor * (pending.len() as u64 + 1)).saturating_sub(deposit);
    let hash = call_hash(&plan.call);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let now = crate::chain::read::block_number(&tc.chain).await?;
    let from = now + 1 + u64::from(def.delay);
    let inner = plan.call.clone();
    plan.call = Call::new(
        tc.metadata(),
        "Proxy",
        "announce",
        vec![
            ("real", multi_address(real)),
            ("call_hash", Value::from_bytes(hash)),
        ],
    )?;
    plan.lines.insert(
        0,
        (
            "announce".into(),
            format!(
                "{}.{} for {rs} (its {} proxy, delay {}), hash {hash_hex}; executable from block #{from}",
                inner.pallet, inner.name, def.proxy_type, def.delay
            ),
        ),
    );
    plan.lines.push((
        "deposit".into(),
        format!("{} reserved from the signer", display_tao(extra)),
    ));
    if let Some(obj) = plan.details.as_object_mut() {
        obj.insert(
            "announce".into(),
            json!({
                "real": rs,
                "delegate": ds,
                "proxy_type": def.proxy_type,
                "delay": def.delay,
                "call": {"pallet": inner.pallet, "name": inner.name},
                "call_data": format!("0x{}", hex::encode(&inner.data)),
                "call_hash": hash_hex,
                "executable_from_block": from,
                "deposit_reserved": extra,
            }),
        );
    }
    plan.spend = extra;
    plan.keep_alive = true;
    plan.balance_error = ("Balances", "InsufficientBalance");
    Ok(plan)
}

fn not_allowed(call: &Call, mine: &[ProxyDef], ds: &str, rs: &str, needed: &str) -> PlanError {
    let call_name = format!("{}.{}", call.pallet, call.name);
    if mine.is_empty() {
        return Refusal::new(
            "Proxy",
            "NotProxy",
            format!("{ds} (this wallet's coldkey) is not a proxy of {rs}"),
            format!(
                "the real account adds it first: `tao proxy add --delegate {ds} --type {needed}`"
            ),
        )
        .into();
    }
    let have: Vec<String> = mine
        .iter()
        .map(|p| format!("{} (delay {})", p.proxy_type, p.delay))
        .collect();
    Refusal::new(
        "System",
        "CallFiltered",
        format!(
            "{call_name} is not allowed to a proxy of type {}; it needs a {needed} proxy (or one that covers it)",
            have.join(", ")
        ),
        format!("the real account adds one: `tao proxy add --delegate {ds} --type {needed}`"),
    )
    .into()
}

/// Plan `proxy_announced(delegate, real, Some(type), call)`: execute a call `delegate`
/// announced for `real` once the relation's delay has passed (anyone may sign it).
pub async fn plan_execute(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    call_data: &[u8],
) -> Result<Plan, PlanError> {
    let rs = crate::ss58::encode_default(real);
    let ds = crate::ss58::encode_default(delegate);
    let md = tc.metadata();
    let probe = Call {
        pallet: String::new(),
        name: String::new(),
        data: call_data.to_vec(),
    };
    let info = CallInfo::of(md, &probe)?;
    let inner = Call {
        pallet: info.pallet.clone(),
        name: info.name.clone(),
        data: call_data.to_vec(),
    };
    let hash = call_hash(&inner);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let mine = delegate_proxies(&tc.chain, delegate, real).await?;
    let needed = narrowest_type(&info);
    let Some(def) = mine.iter().find(|p| allows(&p.proxy_type, &info)) else {
        return Err(not_allowed(&inner, &mine, &ds, &rs, needed));
    };
    let (pending, _) = announcements(&tc.chain, delegate).await?;
    let Some(ann) = pending
        .iter()
        .find(|a| a.real_key == *real && a.call_hash == hash_hex)
    else {
        return Err(Refusal::new(
            "Proxy",
            "Unannounced",
            format!(
                "{ds} has not announced {}.{} ({hash_hex}) for {rs}",
                info.pallet, info.name
            ),
            format!("the delegate announces it first, with `--proxy {rs} --announce-only`"),
        )
        .into());
    };
    // The transaction lands in the next block at the earliest.
    let next = crate::chain::read::block_number(&tc.chain).await? + 1;
    let from = u64::from(ann.height) + u64::from(def.delay);
    if next < from {
        return Err(Refusal::new(
            "Proxy",
            "Unannounced",
            format!(
                "announced at block #{} with a delay of {} blocks: executable from block #{from}, {} blocks from now",
                ann.height,
                def.delay,
                from - next + 1
            ),
            "wait for the delay to pass",
        )
        .into());
    }
    let unsupported = |what: &str| ChainError::Unsupported {
        what: what.into(),
        spec_version: 0,
    };
    let pallet = md
        .pallet_by_name("Proxy")
        .ok_or_else(|| unsupported("the Proxy pallet"))?;
    let variant = pallet
        .call_variant_by_name("proxy_announced")
        .ok_or_else(|| unsupported("Proxy.proxy_announced"))?;
    let index = type_index(&def.proxy_type)?;
    let mut data = vec![pallet.call_index(), variant.index];
    data.push(0);
    data.extend_from_slice(delegate);
    data.push(0);
    data.extend_from_slice(real);
    Some(index).encode_to(&mut data);
    data.extend_from_slice(call_data);
    Ok(Plan {
        call: Call {
            pallet: "Proxy".into(),
            name: "proxy_announced".into(),
            data,
        },
        role: KeyRole::Coldkey,
        lines: vec![
            ("real".into(), rs.clone()),
            (
                "delegate".into(),
                format!("{ds} ({} proxy)", def.proxy_type),
            ),
            (
                "announced".into(),
                format!(
                    "{}.{} at block #{}, {hash_hex}",
                    info.pallet, info.name, ann.height
                ),
            ),
        ],
        details: json!({
            "real": rs,
            "delegate": ds,
            "proxy_type": def.proxy_type,
            "call": {"pallet": info.pallet, "name": info.name},
            "call_hash": hash_hex,
            "announced_at_block": ann.height,
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

fn type_index(name: &str) -> Result<u8, ChainError> {
    PROXY_TYPES
        .iter()
        .position(|t| *t == name)
        .map(|i| i as u8)
        .ok_or_else(|| ChainError::decode("a proxy type", name))
}

/// Plan `reject_announcement(delegate, call_hash)` signed by the real account.
pub async fn plan_reject(
    tc: &TxChain,
    real: &[u8; 32],
    delegate: &[u8; 32],
    hash: [u8; 32],
) -> Result<Plan, PlanError> {
    let rs = crate::ss58::encode_default(real);
    let ds = crate::ss58::encode_default(delegate);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let (pending, _) = announcements(&tc.chain, delegate).await?;
    if !pending
        .iter()
        .any(|a| a.real_key == *real && a.call_hash == hash_hex)
    {
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!("{ds} has no pending announcement {hash_hex} for {rs}"),
            "check the hash the delegate announced",
        )
        .into());
    }
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "reject_announcement",
        vec![
            ("delegate", multi_address(delegate)),
            ("call_hash", Value::from_bytes(hash)),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("delegate".into(), ds.clone()),
            ("announcement".into(), hash_hex.clone()),
        ],
        details: json!({ "real": rs, "delegate": ds, "call_hash": hash_hex }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// The pure account `create_pure` makes: `blake2_256(b"modlpy/proxy____" ‖ spawner ‖ height
/// u32 LE ‖ extrinsic index u32 LE ‖ proxy type u8 ‖ index u16 LE)`.
pub fn pure_account(
    spawner: &[u8; 32],
    proxy_type: &str,
    index: u16,
    height: u32,
    ext_index: u32,
) -> Result<[u8; 32], ChainError> {
    use blake2::Digest;
    let mut bytes = b"modlpy/proxy____".to_vec();
    bytes.extend_from_slice(spawner);
    bytes.extend_from_slice(&height.to_le_bytes());
    bytes.extend_from_slice(&ext_index.to_le_bytes());
    bytes.push(type_index(proxy_type)?);
    bytes.extend_from_slice(&index.to_le_bytes());
    Ok(blake2::Blake2b::<blake2::digest::consts::U32>::digest(&bytes).into())
}

/// Plan `create_pure(proxy_type, delay, index)` signed by the spawner, who becomes the new
/// keyless account's proxy of that type and reserves the deposit.
pub async fn plan_create_pure(
    tc: &TxChain,
    spawner: &[u8; 32],
    proxy_type: &str,
    delay: u32,
    index: u16,
) -> Result<Plan, PlanError> {
    let (base, factor) = deposits(tc.metadata());
    let deposit = base + factor;
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "create_pure",
        vec![
            ("proxy_type", proxy_type_value(proxy_type)),
            ("delay", Value::u128(u128::from(delay))),
            ("index", Value::u128(u128::from(index))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            (
                "pure".into(),
                format!(
                    "a new keyless account, this coldkey its {proxy_type} proxy (delay {delay}, index {index})"
                ),
            ),
            (
                "deposit".into(),
                format!("{} reserved", display_tao(deposit)),
            ),
        ],
        details: json!({
            "spawner": crate::ss58::encode_default(spawner),
            "proxy_type": proxy_type,
            "delay": delay,
            "index": index,
            "deposit_reserved": deposit,
        }),
        preview: None,
        spend: deposit,
        keep_alive: true,
        balance_error: ("Balances", "InsufficientBalance"),
    })
}

/// Plan `kill_pure(spawner, proxy_type, index, height, ext_index)` made by `pure` itself (the
/// pipeline wraps it in `Proxy.proxy` for an `Any` proxy of the pure account). The arguments
/// must derive `pure`, or the chain refuses with `NoPermission`.
pub async fn plan_kill_pure(
    tc: &TxChain,
    pure: &[u8; 32],
    spawner: &[u8; 32],
    proxy_type: &str,
    index: u16,
    height: u32,
    ext_index: u32,
) -> Result<Plan, PlanError> {
    let ps = crate::ss58::encode_default(pure);
    let derived = pure_account(spawner, proxy_type, index, height, ext_index)?;
    if derived != *pure {
        return Err(Refusal::new(
            "Proxy",
            "NoPermission",
            format!(
                "spawner {}, type {proxy_type}, index {index}, block #{height}, extrinsic {ext_index} make {}, not {ps}",
                crate::ss58::encode_default(spawner),
                crate::ss58::encode_default(&derived)
            ),
            "give the values of the PureCreated event (`tao proxy create-pure` shows them)",
        )
        .into());
    }
    let (_, deposit) = proxies(&tc.chain, pure).await?;
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "kill_pure",
        vec![
            ("spawner", multi_address(spawner)),
            ("proxy_type", proxy_type_value(proxy_type)),
            ("index", Value::u128(u128::from(index))),
            ("height", Value::u128(u128::from(height))),
            ("ext_index", Value::u128(u128::from(ext_index))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            (
                "pure".into(),
                format!("{ps} (removed with its proxies; funds left in it are lost)"),
            ),
            (
                "deposit".into(),
                format!("{} returned to the spawner", display_tao(deposit)),
            ),
        ],
        details: json!({
            "pure": ps,
            "spawner": crate::ss58::encode_default(spawner),
            "proxy_type": proxy_type,
            "index": index,
            "height": height,
            "ext_index": ext_index,
            "deposit_returned": deposit,
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
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
