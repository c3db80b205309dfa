//! The subnet owner's hyperparameters: the `AdminUtils` owner calls (`tao sudo set`), one row
//! per parameter with btcli's name, the other names tao accepts, the call and its arguments, how
//! the value is written and read, and the owner rate limit that applies.
//!
//! Checked before signing, in the chain's order: the subnet exists, the signer owns it
//! (`BadOrigin`), the owner's rate limit of the parameter (`TxRateLimitExceeded`: spec 425
//! keeps the block of the last change per subnet and parameter in
//! `LastRateLimitedBlock[OwnerHyperparamUpdate(netuid, parameter)]` and allows the next one
//! `Tempo × OwnerHyperparamRateLimit` blocks later; the weights version key has its own limit,
//! `Tempo × WeightsVersionKeyRateLimit` per coldkey in `TransactionKeyLastBlock[(coldkey, netuid,
//! 4)]`; the owner hotkey one change per 50400 blocks per subnet), the freeze window
//! (`AdminActionProhibitedDuringWeightsWindow`), then the value rules with the chain's errors.
//! A parameter only the root may set is refused (`BadOrigin`) with that reason: the root's
//! calls go through `Sudo`, which tao does not sign.

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::mechanisms::freeze_window;
use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::fixed::{trim, u16_fraction, ufixed_decimal};
use crate::chain::read;
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, account, bool_of, int, items, u64_of, uint};
use crate::units::{display_tao, parse_decimal, tao_json};

/// The pallet of the owner calls.
pub const ADMIN: &str = "AdminUtils";
/// `TransactionType::SetWeightsVersionKey`, the third key of `TransactionKeyLastBlock`.
pub const TX_SET_WEIGHTS_VERSION_KEY: u16 = 4;
/// `DefaultSetSNOwnerHotkeyRateLimit`: one owner-hotkey change per subnet per 50400 blocks.
pub const SN_OWNER_HOTKEY_RATE_LIMIT: u64 = 50_400;
/// The first spec whose `sudo_set_network_pow_registration_allowed` always fails.
pub const POW_DISABLED_FROM_SPEC: u32 = 425;
/// `MinBurnUpperBound` and `MaxBurnLowerBound` where the metadata lacks them (rao).
const BURN_BOUNDS: (u64, u64) = (1_000_000_000, 100_000_000);
/// The lowest liquid-alpha value: ⌊65535 / 40⌋.
pub const MIN_ALPHA: u16 = 1638;

/// How a parameter's value is written on the command line and encoded in the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A u16 count of blocks.
    Blocks16,
    /// A u64 count of blocks.
    Blocks64,
    /// A u16 count.
    U16,
    /// A u64 number.
    U64,
    /// A u16 share of 65535: an integer, or a decimal fraction with a point (`0.5`).
    Fraction16,
    /// A u64 share of 1,000,000: an integer, or a decimal fraction with a point.
    Millionths,
    /// A u64 amount of rao, written in TAO (`0.0005`) or as rao with a `rao` suffix.
    Tao,
    /// `true` or `false` (also `1`/`0`, `on`/`off`, `yes`/`no`).
    Bool,
    /// Two u16 shares of 65535 (`alpha_low,alpha_high`), integers or decimal fractions.
    AlphaPair,
    /// An i16.
    I16,
    /// A U64F64 multiplier written as a decimal (`1.26`).
    Multiplier,
    /// `burn` or `recycle` (`RecycleOrBurnEnum`).
    RecycleOrBurn,
    /// An SS58 address.
    Account,
}

/// The owner rate limit of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// `Tempo × OwnerHyperparamRateLimit` per subnet, keyed by this `Hyperparameter` variant.
    Hyperparam(&'static str),
    /// `Tempo × WeightsVersionKeyRateLimit` per coldkey and subnet.
    WeightsVersion,
    /// 50400 blocks per subnet, no freeze window.
    OwnerHotkey,
    /// No rate limit; the freeze window only.
    WindowOnly,
}

/// One owner-settable parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// btcli's `--param` name (or the call's suffix where btcli has none).
    pub name: &'static str,
    /// Other names: the `tao subnets hyperparameters --json` key and the call's suffix.
    pub aliases: &'static [&'static str],
    /// The `AdminUtils` call.
    pub call: &'static str,
    /// The call's value arguments (after `netuid`).
    pub args: &'static [&'static str],
    /// The value's form.
    pub kind: Kind,
    /// The owner rate limit.
    pub limit: Limit,
    /// The `SubtensorModule` storage item holding the current value (keyed by netuid).
    pub storage: &'static str,
}

const fn p(
    name: &'static str,
    aliases: &'static [&'static str],
    call: &'static str,
    args: &'static [&'static str],
    kind: Kind,
    limit: Limit,
    storage: &'static str,
) -> Param {
    Param {
        name,
        aliases,
        call,
        args,
        kind,
        limit,
        storage,
    }
}

use Kind::*;
use Limit::{Hyperparam as Hp, OwnerHotkey, WeightsVersion, WindowOnly};

/// Every owner-settable `AdminUtils` parameter of spec 425, in call-index order.
pub const PARAMS: &[Param] = &[
    p(
        "serving_rate_limit",
        &[],
        "sudo_set_serving_rate_limit",
        &["serving_rate_limit"],
        Blocks64,
        Hp("ServingRateLimit"),
        "ServingRateLimit",
    ),
    p(
        "max_difficulty",
        &[],
        "sudo_set_max_difficulty",
        &["max_difficulty"],
        U64,
        Hp("MaxDifficulty"),
        "MaxDifficulty",
    ),
    p(
        "weights_version",
        &["weights_version_key"],
        "sudo_set_weights_version_key",
        &["weights_version_key"],
        U64,
        WeightsVersion,
        "WeightsVersionKey",
    ),
    p(
        "adjustment_alpha",
        &[],
        "sudo_set_adjustment_alpha",
        &["adjustment_alpha"],
        U64,
        Hp("AdjustmentAlpha"),
        "AdjustmentAlpha",
    ),
    p(
        "immunity_period",
        &[],
        "sudo_set_immunity_period",
        &["immunity_period"],
        Blocks16,
        Hp("ImmunityPeriod"),
        "ImmunityPeriod",
    ),
    p(
        "min_allowed_weights",
        &[],
        "sudo_set_min_allowed_weights",
        &["min_allowed_weights"],
        U16,
        Hp("MinAllowedWeights"),
        "MinAllowedWeights",
    ),
    p(
        "max_allowed_uids",
        &[],
        "sudo_set_max_allowed_uids",
        &["max_allowed_uids"],
        U16,
        Hp("MaxAllowedUids"),
        "MaxAllowedUids",
    ),
    p("rho", &[], "sudo_set_rho", &["rho"], U16, Hp("Rho"), "Rho"),
    p(
        "activity_cutoff",
        &[],
        "sudo_set_activity_cutoff",
        &["activity_cutoff"],
        Blocks16,
        Hp("ActivityCutoff"),
        "ActivityCutoff",
    ),
    p(
        "network_pow_registration_allowed",
        &["pow_registration_allowed"],
        "sudo_set_network_pow_registration_allowed",
        &["registration_allowed"],
        Bool,
        Hp("PowRegistrationAllowed"),
        "NetworkPowRegistrationAllowed",
    ),
    p(
        "min_burn",
        &[],
        "sudo_set_min_burn",
        &["min_burn"],
        Tao,
        Hp("MinBurn"),
        "MinBurn",
    ),
    p(
        "max_burn",
        &[],
        "sudo_set_max_burn",
        &["max_burn"],
        Tao,
        Hp("MaxBurn"),
        "MaxBurn",
    ),
    p(
        "bonds_moving_avg",
        &["bonds_moving_average"],
        "sudo_set_bonds_moving_average",
        &["bonds_moving_average"],
        Millionths,
        Hp("BondsMovingAverage"),
        "BondsMovingAverage",
    ),
    p(
        "commit_reveal_weights_enabled",
        &[],
        "sudo_set_commit_reveal_weights_enabled",
        &["enabled"],
        Bool,
        Hp("CommitRevealEnabled"),
        "CommitRevealWeightsEnabled",
    ),
    p(
        "liquid_alpha_enabled",
        &[],
        "sudo_set_liquid_alpha_enabled",
        &["enabled"],
        Bool,
        Hp("LiquidAlphaEnabled"),
        "LiquidAlphaOn",
    ),
    p(
        "alpha_values",
        &[],
        "sudo_set_alpha_values",
        &["alpha_low", "alpha_high"],
        AlphaPair,
        Hp("AlphaValues"),
        "AlphaValues",
    ),
    p(
        "commit_reveal_period",
        &["commit_reveal_weights_interval"],
        "sudo_set_commit_reveal_weights_interval",
        &["interval"],
        U64,
        Hp("WeightCommitInterval"),
        "RevealPeriodEpochs",
    ),
    p(
        "bonds_penalty",
        &[],
        "sudo_set_bonds_penalty",
        &["bonds_penalty"],
        Fraction16,
        Hp("BondsPenalty"),
        "BondsPenalty",
    ),
    p(
        "transfers_enabled",
        &["toggle_transfer"],
        "sudo_set_toggle_transfer",
        &["toggle"],
        Bool,
        Hp("TransferEnabled"),
        "TransferToggle",
    ),
    p(
        "sn_owner_hotkey",
        &["subnet_owner_hotkey"],
        "sudo_set_sn_owner_hotkey",
        &["hotkey"],
        Account,
        OwnerHotkey,
        "SubnetOwnerHotkey",
    ),
    p(
        "alpha_sigmoid_steepness",
        &[],
        "sudo_set_alpha_sigmoid_steepness",
        &["steepness"],
        I16,
        Hp("AlphaSigmoidSteepness"),
        "AlphaSigmoidSteepness",
    ),
    p(
        "yuma3_enabled",
        &[],
        "sudo_set_yuma3_enabled",
        &["enabled"],
        Bool,
        Hp("Yuma3Enabled"),
        "Yuma3On",
    ),
    p(
        "bonds_reset_enabled",
        &[],
        "sudo_set_bonds_reset_enabled",
        &["enabled"],
        Bool,
        Hp("BondsResetEnabled"),
        "BondsResetOn",
    ),
    p(
        "owner_immune_neuron_limit",
        &["immune_neuron_limit"],
        "sudo_set_owner_immune_neuron_limit",
        &["immune_neurons"],
        U16,
        Hp("ImmuneNeuronLimit"),
        "ImmuneOwnerUidsLimit",
    ),
    p(
        "recycle_or_burn",
        &[],
        "sudo_set_recycle_or_burn",
        &["recycle_or_burn"],
        RecycleOrBurn,
        Hp("RecycleOrBurn"),
        "RecycleOrBurn",
    ),
    p(
        "burn_half_life",
        &[],
        "sudo_set_burn_half_life",
        &["burn_half_life"],
        Blocks16,
        Hp("BurnHalfLife"),
        "BurnHalfLife",
    ),
    p(
        "burn_increase_mult",
        &[],
        "sudo_set_burn_increase_mult",
        &["burn_increase_mult"],
        Multiplier,
        Hp("BurnIncreaseMult"),
        "BurnIncreaseMult",
    ),
    p(
        "owner_cut_enabled",
        &[],
        "sudo_set_owner_cut_enabled",
        &["enabled"],
        Bool,
        WindowOnly,
        "OwnerCutEnabled",
    ),
    p(
        "min_childkey_take",
        &["min_childkey_take_per_subnet"],
        "sudo_set_min_childkey_take_per_subnet",
        &["take"],
        Fraction16,
        Hp("MinChildkeyTake"),
        "MinChildkeyTakePerSubnet",
    ),
    p(
        "owner_cut_auto_lock_enabled",
        &[],
        "sudo_set_owner_cut_auto_lock_enabled",
        &["enabled"],
        Bool,
        WindowOnly,
        "OwnerCutAutoLockEnabled",
    ),
];

/// Parameters only the root may set at spec 425 (btcli name or call suffix, the call, why).
pub const ROOT_ONLY: &[(&str, &str)] = &[
    ("kappa", "sudo_set_kappa"),
    ("weights_rate_limit", "sudo_set_weights_set_rate_limit"),
    (
        "target_regs_per_interval",
        "sudo_set_target_registrations_per_interval",
    ),
    ("max_regs_per_block", "sudo_set_max_registrations_per_block"),
    ("max_validators", "sudo_set_max_allowed_validators"),
    (
        "registration_allowed",
        "sudo_set_network_registration_allowed",
    ),
    ("min_allowed_uids", "sudo_set_min_allowed_uids"),
    ("min_difficulty", "sudo_set_min_difficulty"),
    ("difficulty", "sudo_set_difficulty"),
    ("adjustment_interval", "sudo_set_adjustment_interval"),
    ("subtoken_enabled", "sudo_set_subtoken_enabled"),
    ("subnet_is_active", "sudo_set_subtoken_enabled"),
    (
        "subnet_emission_enabled",
        "sudo_set_subnet_emission_enabled",
    ),
    ("max_weights_limit", "sudo_set_max_weight_limit"),
];

/// Names `tao subnets hyperparameters` shows that are read-only, with where they are set.
pub const READ_ONLY: &[(&str, &str)] = &[
    (
        "alpha_high",
        "set both with `--param alpha_values --value LOW,HIGH`",
    ),
    (
        "alpha_low",
        "set both with `--param alpha_values --value LOW,HIGH`",
    ),
    (
        "yuma_version",
        "set it with `--param yuma3_enabled --value true|false`",
    ),
    ("user_liquidity_enabled", "it is always false at spec 425"),
];

/// Parameters whose owner call is a `SubtensorModule` call tao does not send yet.
pub const NOT_YET: &[(&str, &str)] = &[
    ("tempo", "set_tempo"),
    ("activity_cutoff_factor", "set_activity_cutoff_factor"),
];

/// `sudo_set_…`, hyphens and case folded to the table's spelling.
fn normalize(name: &str) -> String {
    let n = name.trim().to_ascii_lowercase().replace('-', "_");
    n.strip_prefix("sudo_set_").map(str::to_string).unwrap_or(n)
}

/// Every name `--param` accepts (owner-settable ones).
pub fn all_names() -> impl Iterator<Item = &'static str> {
    PARAMS
        .iter()
        .flat_map(|p| std::iter::once(p.name).chain(p.aliases.iter().copied()))
}

/// What a `--param` name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// An owner-settable parameter.
    Owner(&'static Param),
    /// A root-only parameter and its call.
    RootOnly(&'static str, &'static str),
    /// A read-only name and where it is set.
    ReadOnly(&'static str, &'static str),
    /// A parameter whose owner call tao does not send yet.
    NotYet(&'static str, &'static str),
}

/// Looks a `--param` name up: btcli's name, a hyperparameters key, a call's suffix or name;
/// an unknown name gives the closest valid ones.
pub fn lookup(name: &str) -> Result<Lookup, Vec<String>> {
    let n = normalize(name);
    for p in PARAMS {
        let call_suffix = p.call.trim_start_matches("sudo_set_");
        if p.name == n || p.aliases.contains(&n.as_str()) || call_suffix == n {
            return Ok(Lookup::Owner(p));
        }
    }
    for (k, call) in ROOT_ONLY {
        if *k == n || call.trim_start_matches("sudo_set_") == n {
            return Ok(Lookup::RootOnly(k, call));
        }
    }
    for (k, how) in READ_ONLY {
        if *k == n {
            return Ok(Lookup::ReadOnly(k, how));
        }
    }
    for (k, call) in NOT_YET {
        if *k == n {
            return Ok(Lookup::NotYet(k, call));
        }
    }
    let names: Vec<&str> = all_names()
        .chain(ROOT_ONLY.iter().map(|(k, _)| *k))
        .collect();
    Err(crate::chain::raw::suggest::closest(&n, names))
}

/// A parsed value, in the chain's units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValue {
    /// An unsigned integer (blocks, counts, shares, rao).
    Uint(u128),
    /// A signed integer.
    Int(i128),
    /// A boolean.
    Bool(bool),
    /// Two u16 shares.
    Pair(u16, u16),
    /// U64F64 bits.
    Fixed(u128),
    /// `Burn` or `Recycle`.
    Variant(&'static str),
    /// An account.
    Account([u8; 32]),
}

/// The `--value` could not be read as the parameter's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

/// `0.25` (a decimal with a point) as a share of `scale`, rounded to the nearest; an integer
/// as itself. Fractions above 1 are refused.
fn share(text: &str, scale: u128) -> Result<u128, ValueError> {
    let t = text.trim();
    if t.contains('.') {
        let billionths = parse_decimal(t).map_err(|e| ValueError(e.to_string()))?;
        if u128::from(billionths) > 1_000_000_000 {
            return Err(ValueError(format!(
                "`{t}` is above 1; a fraction is 0 to 1 (or give the raw share of {scale})"
            )));
        }
        return Ok((u128::from(billionths) * scale + 500_000_000) / 1_000_000_000);
    }
    t.parse::<u128>()
        .map_err(|_| ValueError(format!("`{t}` is not a number")))
}

fn bounded(v: u128, max: u128, what: &str) -> Result<u128, ValueError> {
    if v > max {
        return Err(ValueError(format!(
            "{v} does not fit a {what} (at most {max})"
        )));
    }
    Ok(v)
}

/// Parses `--value` for a parameter of this form.
pub fn parse_value(kind: Kind, text: &str) -> Result<ParamValue, ValueError> {
    let t = text.trim();
    let int = |max: u128, what: &str| -> Result<ParamValue, ValueError> {
        let v = t
            .parse::<u128>()
            .map_err(|_| ValueError(format!("`{t}` is not a whole number")))?;
        Ok(ParamValue::Uint(bounded(v, max, what)?))
    };
    match kind {
        Blocks16 | U16 => int(u128::from(u16::MAX), "u16"),
        Blocks64 | U64 => int(u128::from(u64::MAX), "u64"),
        Fraction16 => Ok(ParamValue::Uint(bounded(
            share(t, 65535)?,
            65535,
            "share of 65535",
        )?)),
        Millionths => Ok(ParamValue::Uint(bounded(
            share(t, 1_000_000)?,
            u128::from(u64::MAX),
            "u64",
        )?)),
        Tao => {
            let lower = t.to_ascii_lowercase();
            let rao = if let Some(r) = lower.strip_suffix("rao") {
                crate::units::parse_rao(r.trim()).map_err(|e| ValueError(e.to_string()))?
            } else {
                let body = lower.trim_end_matches("tao").trim_end_matches('τ').trim();
                parse_decimal(body).map_err(|e| ValueError(e.to_string()))?
            };
            Ok(ParamValue::Uint(u128::from(rao)))
        }
        Bool => match t.to_ascii_lowercase().as_str() {
            "true" | "1" | "on" | "yes" => Ok(ParamValue::Bool(true)),
            "false" | "0" | "off" | "no" => Ok(ParamValue::Bool(false)),
            _ => Err(ValueError(format!("`{t}` is not true or false"))),
        },
        AlphaPair => {
            let parts: Vec<&str> = t
                .trim_matches(|c| c == '[' || c == ']')
                .split(',')
                .map(str::trim)
                .collect();
            if parts.len() != 2 {
                return Err(ValueError(format!("`{t}` is not two numbers `LOW,HIGH`")));
            }
            let low = bounded(share(parts[0], 65535)?, 65535, "share of 65535")?;
            let high = bounded(share(parts[1], 65535)?, 65535, "share of 65535")?;
            Ok(ParamValue::Pair(low as u16, high as u16))
        }
        I16 => {
            let v = t
                .parse::<i128>()
                .map_err(|_| ValueError(format!("`{t}` is not a whole number")))?;
            if v < i128::from(i16::MIN) || v > i128::from(i16::MAX) {
                return Err(ValueError(format!(
                    "{v} does not fit an i16 ({} to {})",
                    i16::MIN,
                    i16::MAX
                )));
            }
            Ok(ParamValue::Int(v))
        }
        Multiplier => {
            let billionths = parse_decimal(t).map_err(|e| ValueError(e.to_string()))?;
            // bits = value × 2^64, from the value in billionths, rounded to the nearest.
            let bits = (u128::from(billionths) << 64).saturating_add(500_000_000) / 1_000_000_000;
            Ok(ParamValue::Fixed(bits))
        }
        RecycleOrBurn => match t.to_ascii_lowercase().as_str() {
            "burn" | "0" => Ok(ParamValue::Variant("Burn")),
            "recycle" | "1" => Ok(ParamValue::Variant("Recycle")),
            _ => Err(ValueError(format!("`{t}` is not `burn` or `recycle`"))),
        },
        Account => crate::ss58::decode(t)
            .map(|(_, a)| ParamValue::Account(a))
            .map_err(|e| ValueError(format!("`{t}` is not an SS58 address: {e}"))),
    }
}

/// How a value is written for people.
pub fn value_text(kind: Kind, v: &ParamValue) -> String {
    match (kind, v) {
        (Blocks16 | Blocks64, ParamValue::Uint(n)) => {
            format!("{n} block{}", if *n == 1 { "" } else { "s" })
        }
        (Fraction16, ParamValue::Uint(n)) => {
            format!("{n} ({})", trim(&u16_fraction(*n as u16, 6)))
        }
        (Millionths, ParamValue::Uint(n)) => {
            format!(
                "{n} ({})",
                trim(&crate::chain::fixed::ratio_decimal(*n, 1_000_000, 6))
            )
        }
        (Tao, ParamValue::Uint(n)) => display_tao(*n as u64),
        (_, ParamValue::Uint(n)) => n.to_string(),
        (_, ParamValue::Int(n)) => n.to_string(),
        (_, ParamValue::Bool(b)) => b.to_string(),
        (_, ParamValue::Pair(l, h)) => format!(
            "low {l} ({}), high {h} ({})",
            trim(&u16_fraction(*l, 6)),
            trim(&u16_fraction(*h, 6))
        ),
        (_, ParamValue::Fixed(bits)) => trim(&ufixed_decimal(*bits, 64, 12)),
        (_, ParamValue::Variant(name)) => name.to_ascii_lowercase(),
        (_, ParamValue::Account(a)) => crate::ss58::encode_default(a),
    }
}

/// A value's JSON.
pub fn value_json(kind: Kind, v: &ParamValue) -> Json {
    match (kind, v) {
        (Tao, ParamValue::Uint(n)) => tao_json(*n as u64),
        (_, ParamValue::Uint(n)) => match u64::try_from(*n) {
            Ok(x) => json!(x),
            Err(_) => json!(n.to_string()),
        },
        (_, ParamValue::Int(n)) => json!(*n as i64),
        (_, ParamValue::Bool(b)) => json!(b),
        (_, ParamValue::Pair(l, h)) => json!([l, h]),
        (_, ParamValue::Fixed(bits)) => json!(trim(&ufixed_decimal(*bits, 64, 12))),
        (_, ParamValue::Variant(name)) => json!(name.to_ascii_lowercase()),
        (_, ParamValue::Account(a)) => json!(crate::ss58::encode_default(a)),
    }
}

/// The call's value arguments.
fn call_args(param: &Param, v: &ParamValue) -> Vec<(&'static str, Value)> {
    match v {
        ParamValue::Uint(n) => vec![(param.args[0], Value::u128(*n))],
        ParamValue::Int(n) => vec![(param.args[0], Value::i128(*n))],
        ParamValue::Bool(b) => vec![(param.args[0], Value::bool(*b))],
        ParamValue::Pair(l, h) => vec![
            (param.args[0], Value::u128(u128::from(*l))),
            (param.args[1], Value::u128(u128::from(*h))),
        ],
        ParamValue::Fixed(bits) => vec![(
            param.args[0],
            Value::named_composite([("bits", Value::u128(*bits))]),
        )],
        ParamValue::Variant(name) => vec![(param.args[0], Value::unnamed_variant(*name, []))],
        ParamValue::Account(a) => vec![(param.args[0], arg_account(a))],
    }
}

/// Reads a stored value of this form.
fn stored_value(kind: Kind, v: &Val) -> Result<ParamValue, ChainError> {
    Ok(match kind {
        Bool => ParamValue::Bool(bool_of(v)?),
        I16 => ParamValue::Int(int(v)?),
        AlphaPair => {
            let xs = items(v)?;
            let get = |i: usize| -> Result<u16, ChainError> {
                let x = xs
                    .get(i)
                    .ok_or_else(|| ChainError::decode("AlphaValues", "not a pair"))?;
                u16::try_from(uint(x)?).map_err(|_| ChainError::decode("AlphaValues", "not u16"))
            };
            ParamValue::Pair(get(0)?, get(1)?)
        }
        Multiplier => {
            let bits = match crate::chain::value::try_field(v, "bits") {
                Some(b) => uint(b)?,
                None => uint(v)?,
            };
            ParamValue::Fixed(bits)
        }
        RecycleOrBurn => match &v.value {
            subxt::ext::scale_value::ValueDef::Variant(var) if var.name == "Recycle" => {
                ParamValue::Variant("Recycle")
            }
            _ => ParamValue::Variant("Burn"),
        },
        Account => ParamValue::Account(account(v)?),
        _ => ParamValue::Uint(uint(v)?),
    })
}

/// The last change of a parameter and the limit on the next, for the summary and the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// The block of the last owner change (0: never).
    pub last: u64,
    /// The limit in blocks.
    pub limit: u64,
    /// How the limit is made up, for the message.
    pub rule: &'static str,
}

impl RateLimit {
    /// The first block in which the next change may land.
    pub fn next_allowed(&self) -> u64 {
        if self.last == 0 {
            0
        } else {
            self.last.saturating_add(self.limit)
        }
    }

    /// The JSON of `details.rate_limit`.
    pub fn json(&self) -> Json {
        json!({
            "last_change_block": (self.last != 0).then_some(self.last),
            "limit_blocks": self.limit,
            "next_allowed_block": (self.last != 0).then_some(self.next_allowed()),
        })
    }
}

/// `TxRateLimitExceeded` unless a change landing in block `lands` passes the limit: the first
/// change, or `lands − last ≥ limit`.
pub fn check_limit(netuid: u16, name: &str, rl: RateLimit, lands: u64) -> Result<(), Refusal> {
    if rl.last == 0 || lands.saturating_sub(rl.last) >= rl.limit {
        return Ok(());
    }
    let next = rl.next_allowed();
    let wait = next.saturating_sub(lands);
    Err(Refusal::subtensor(
        "TxRateLimitExceeded",
        format!(
            "subnet {netuid}'s {name} was last changed by its owner at block #{}; the owner may change it once per {} blocks ({}), so the next change may land from block #{next} (this one would land in block #{lands})",
            rl.last, rl.limit, rl.rule
        ),
        format!(
            "retry in {wait} block{}, after block #{}",
            if wait == 1 { "" } else { "s" },
            next.saturating_sub(1)
        ),
    ))
}

/// The refusal of a root-only parameter.
pub fn root_only(name: &str, call: &str) -> Refusal {
    Refusal::new(
        "DispatchError",
        "BadOrigin",
        format!(
            "{name} is set only by the chain's root (AdminUtils.{call} through Sudo); a subnet owner's call is refused with BadOrigin"
        ),
        "ask the chain's governance; `tao subnets hyperparameters` shows the current value",
    )
}

/// The subnet's state the checks need.
struct Subnet {
    owner: [u8; 32],
    tempo: u64,
    window: u64,
    current: Option<ParamValue>,
    rate: Option<RateLimit>,
    lands: u64,
}

fn rate_key_hp(netuid: u16, variant: &str) -> Value {
    Value::unnamed_variant(
        "OwnerHyperparamUpdate",
        [arg_u16(netuid), Value::unnamed_variant(variant, [])],
    )
}

async fn read_subnet(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    param: &Param,
) -> Result<Subnet, PlanError> {
    let c = &tc.chain;
    let exists = c
        .storage(&[StorageQuery::new(
            "SubtensorModule",
            "NetworksAdded",
            vec![arg_u16(netuid)],
        )])
        .await?;
    if !exists[0]
        .as_ref()
        .map(bool_of)
        .transpose()?
        .unwrap_or(false)
    {
        return Err(Refusal::no_subnet(netuid).into());
    }
    let st = |entry: &str, keys: Vec<Value>| StorageQuery::new("SubtensorModule", entry, keys);
    let mut q = vec![
        st("SubnetOwner", vec![arg_u16(netuid)]),
        st("Tempo", vec![arg_u16(netuid)]),
    ];
    let has = |e: &str| c.has_storage("SubtensorModule", e);
    let window_at = has("AdminFreezeWindow").then(|| {
        q.push(st("AdminFreezeWindow", vec![]));
        q.len() - 1
    });
    let current_at = has(param.storage).then(|| {
        q.push(st(param.storage, vec![arg_u16(netuid)]));
        q.len() - 1
    });
    let (last_at, factor_at) = match param.limit {
        Hp(variant) if has("LastRateLimitedBlock") => {
            q.push(st(
                "LastRateLimitedBlock",
                vec![rate_key_hp(netuid, variant)],
            ));
            let last = q.len() - 1;
            let factor = has("OwnerHyperparamRateLimit").then(|| {
                q.push(st("OwnerHyperparamRateLimit", vec![]));
                q.len() - 1
            });
            (Some(last), factor)
        }
        WeightsVersion if has("TransactionKeyLastBlock") => {
            q.push(st(
                "TransactionKeyLastBlock",
                vec![
                    arg_account(coldkey),
                    arg_u16(netuid),
                    arg_u16(TX_SET_WEIGHTS_VERSION_KEY),
                ],
            ));
            let last = q.len() - 1;
            let factor = has("WeightsVersionKeyRateLimit").then(|| {
                q.push(st("WeightsVersionKeyRateLimit", vec![]));
                q.len() - 1
            });
            (Some(last), factor)
        }
        OwnerHotkey if has("LastRateLimitedBlock") => {
            q.push(st(
                "LastRateLimitedBlock",
                vec![Value::unnamed_variant(
                    "SetSNOwnerHotkey",
                    [arg_u16(netuid)],
                )],
            ));
            (Some(q.len() - 1), None)
        }
        _ => (None, None),
    };
    let v = c.storage(&q).await?;
    let num = |i: Option<usize>, default: u64| -> Result<u64, ChainError> {
        match i.and_then(|i| v[i].as_ref()) {
            Some(x) => u64_of(x),
            None => Ok(default),
        }
    };
    let owner = v[0].as_ref().map(account).transpose()?.unwrap_or([0; 32]);
    let tempo = num(Some(1), 0)?;
    let window = num(window_at, 10)?;
    let current = match current_at.and_then(|i| v[i].as_ref()) {
        Some(x) => Some(stored_value(param.kind, x)?),
        None => None,
    };
    let rate = match (param.limit, last_at) {
        (Hp(_), Some(i)) => {
            let factor = num(factor_at, 2)?;
            Some(RateLimit {
                last: num(Some(i), 0)?,
                limit: tempo.saturating_mul(factor),
                rule: "Tempo × OwnerHyperparamRateLimit",
            })
        }
        (WeightsVersion, Some(i)) => {
            let factor = num(factor_at, 5)?;
            Some(RateLimit {
                last: num(Some(i), 0)?,
                limit: tempo.saturating_mul(factor),
                rule: "Tempo × WeightsVersionKeyRateLimit, per coldkey",
            })
        }
        (OwnerHotkey, Some(i)) => Some(RateLimit {
            last: num(Some(i), 0)?,
            limit: SN_OWNER_HOTKEY_RATE_LIMIT,
            rule: "one owner-hotkey change per subnet per 50400 blocks",
        }),
        _ => None,
    };
    let lands = tc.pinned_number().await? + 1;
    Ok(Subnet {
        owner,
        tempo,
        window,
        current,
        rate,
        lands,
    })
}

/// A `SubtensorModule` constant as a u64, if the metadata has it.
fn constant_u64(tc: &TxChain, name: &str) -> Option<u64> {
    tc.metadata()
        .pallet_by_name("SubtensorModule")
        .and_then(|p| p.constant_by_name(name))
        .and_then(|c| <[u8; 8]>::try_from(c.value()).ok())
        .map(u64::from_le_bytes)
}

/// Reads one `SubtensorModule` value (keyed by netuid, or plain) as a u64, with a default.
async fn read_u64(
    tc: &TxChain,
    entry: &str,
    keys: Vec<Value>,
    default: u64,
) -> Result<u64, PlanError> {
    if !tc.chain.has_storage("SubtensorModule", entry) {
        return Ok(default);
    }
    let v = tc
        .chain
        .storage(&[StorageQuery::new("SubtensorModule", entry, keys)])
        .await?;
    Ok(match v[0].as_ref() {
        Some(x) => u64_of(x)?,
        None => default,
    })
}

fn out_of_range(pallet: &str, error: &str, message: String, hint: String) -> PlanError {
    Refusal::new(pallet, error, message, hint).into()
}

/// The chain's value rules for the parameter.
async fn check_value(
    tc: &TxChain,
    netuid: u16,
    param: &Param,
    v: &ParamValue,
) -> Result<(), PlanError> {
    let n = |k: Vec<Value>| k;
    let uint = match v {
        ParamValue::Uint(x) => *x,
        _ => 0,
    };
    match param.name {
        "network_pow_registration_allowed" if tc.chain.spec_version() >= POW_DISABLED_FROM_SPEC => {
            return Err(out_of_range(
                ADMIN,
                "POWRegistrationDisabled",
                format!(
                    "POW registration is gone from the chain (runtime spec {} ≥ {POW_DISABLED_FROM_SPEC}): sudo_set_network_pow_registration_allowed always fails",
                    tc.chain.spec_version()
                ),
                "neurons register by burning TAO (`tao subnets register`)".into(),
            ));
        }
        "max_allowed_uids" => {
            let min = read_u64(tc, "MinAllowedUids", n(vec![arg_u16(netuid)]), 64).await?;
            let used = read_u64(tc, "SubnetworkN", n(vec![arg_u16(netuid)]), 0).await?;
            let mechs = read_u64(tc, "MechanismCountCurrent", n(vec![arg_u16(netuid)]), 1).await?;
            if uint < u128::from(min) {
                return Err(out_of_range(
                    ADMIN,
                    "MaxAllowedUidsLessThanMinAllowedUids",
                    format!("{uint} is below subnet {netuid}'s MinAllowedUids {min}"),
                    format!("give {min} to {}", 256 / mechs.max(1)),
                ));
            }
            if uint < u128::from(used) {
                return Err(out_of_range(
                    ADMIN,
                    "MaxAllowedUIdsLessThanCurrentUIds",
                    format!("subnet {netuid} has {used} uids in use, more than {uint}"),
                    "trim the subnet first (`btcli sudo trim`), or give at least the uids in use"
                        .into(),
                ));
            }
            if uint > 256 {
                return Err(out_of_range(
                    ADMIN,
                    "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids",
                    format!("{uint} is above the chain's limit of 256 uids"),
                    format!("give {min} to 256"),
                ));
            }
            if uint * u128::from(mechs) > 256 {
                return Err(out_of_range(
                    "SubtensorModule",
                    "TooManyUIDsPerMechanism",
                    format!(
                        "{uint} uids × {mechs} mechanisms exceeds the 256 uids a subnet may have over all its mechanisms"
                    ),
                    format!("give at most {}", 256 / mechs.max(1)),
                ));
            }
        }
        "activity_cutoff" => {
            let min = read_u64(tc, "MinActivityCutoff", vec![], 360).await?;
            if uint < u128::from(min) {
                return Err(out_of_range(
                    "SubtensorModule",
                    "ActivityCutoffTooLow",
                    format!("{uint} blocks is below MinActivityCutoff ({min} blocks)"),
                    format!("give {min} to 65535 blocks"),
                ));
            }
        }
        "min_burn" => {
            let upper = constant_u64(tc, "MinBurnUpperBound").unwrap_or(BURN_BOUNDS.0);
            let max = read_u64(tc, "MaxBurn", vec![arg_u16(netuid)], 100_000_000_000).await?;
            let bound = upper.min(max);
            if uint >= u128::from(bound) {
                return Err(out_of_range(
                    ADMIN,
                    "ValueNotInBounds",
                    format!(
                        "the min burn must be below {} (MinBurnUpperBound {}) and below the subnet's max burn {}; {} was given",
                        display_tao(bound),
                        display_tao(upper),
                        display_tao(max),
                        display_tao(uint as u64)
                    ),
                    format!("give 0 to {} rao", bound.saturating_sub(1)),
                ));
            }
        }
        "max_burn" => {
            let lower = constant_u64(tc, "MaxBurnLowerBound").unwrap_or(BURN_BOUNDS.1);
            let min = read_u64(tc, "MinBurn", vec![arg_u16(netuid)], 500_000).await?;
            let bound = lower.max(min);
            if uint <= u128::from(bound) {
                return Err(out_of_range(
                    ADMIN,
                    "ValueNotInBounds",
                    format!(
                        "the max burn must be above {} (MaxBurnLowerBound {}) and above the subnet's min burn {}; {} was given",
                        display_tao(bound),
                        display_tao(lower),
                        display_tao(min),
                        display_tao(uint as u64)
                    ),
                    format!("give more than {bound} rao"),
                ));
            }
        }
        "bonds_moving_avg" if uint > 975_000 => {
            return Err(out_of_range(
                ADMIN,
                "BondsMovingAverageMaxReached",
                format!(
                    "an owner may set the bonds moving average to at most 975000 (0.975); {uint} was given"
                ),
                "give 0 to 975000, or a fraction 0 to 0.975".into(),
            ));
        }
        "alpha_values" => {
            let ParamValue::Pair(low, high) = *v else {
                return Ok(());
            };
            let on = if tc.chain.has_storage("SubtensorModule", "LiquidAlphaOn") {
                let r = tc
                    .chain
                    .storage(&[StorageQuery::new(
                        "SubtensorModule",
                        "LiquidAlphaOn",
                        vec![arg_u16(netuid)],
                    )])
                    .await?;
                r[0].as_ref().map(bool_of).transpose()?.unwrap_or(false)
            } else {
                false
            };
            if !on {
                return Err(out_of_range(
                    "SubtensorModule",
                    "LiquidAlphaDisabled",
                    format!(
                        "liquid alpha is off on subnet {netuid}; its alpha values can only be set while it is on"
                    ),
                    format!(
                        "turn it on first: `tao sudo set --netuid {netuid} --param liquid_alpha_enabled --value true`"
                    ),
                ));
            }
            if high < MIN_ALPHA {
                return Err(out_of_range(
                    "SubtensorModule",
                    "AlphaHighTooLow",
                    format!("alpha_high {high} is below {MIN_ALPHA} (65535 / 40)"),
                    format!("give alpha_high from {MIN_ALPHA} to 65535"),
                ));
            }
            if low < MIN_ALPHA || low > high {
                return Err(out_of_range(
                    "SubtensorModule",
                    "AlphaLowOutOfRange",
                    format!("alpha_low {low} must be from {MIN_ALPHA} to alpha_high {high}"),
                    format!("give alpha_low from {MIN_ALPHA} to {high}"),
                ));
            }
        }
        "commit_reveal_period" if uint > 100 => {
            return Err(out_of_range(
                "SubtensorModule",
                "RevealPeriodTooLarge",
                format!("the reveal period is 1 to 100 epochs; {uint} was given"),
                "give 1 to 100".into(),
            ));
        }
        "commit_reveal_period" if uint < 1 => {
            return Err(out_of_range(
                "SubtensorModule",
                "RevealPeriodTooSmall",
                format!("the reveal period is 1 to 100 epochs; {uint} was given"),
                "give 1 to 100".into(),
            ));
        }
        "alpha_sigmoid_steepness" if matches!(v, ParamValue::Int(x) if *x < 0) => {
            return Err(out_of_range(
                ADMIN,
                "NegativeSigmoidSteepness",
                "an owner may not set a negative sigmoid steepness".into(),
                "give 0 to 32767".into(),
            ));
        }
        "owner_immune_neuron_limit" if !(1..=10).contains(&uint) => {
            return Err(out_of_range(
                "SubtensorModule",
                "InvalidValue",
                format!("the owner's immune uids are 1 to 10; {uint} was given"),
                "give 1 to 10".into(),
            ));
        }
        "burn_half_life"
        | "burn_increase_mult"
        | "owner_cut_enabled"
        | "owner_cut_auto_lock_enabled"
            if netuid == 0 =>
        {
            return Err(out_of_range(
                ADMIN,
                "NotPermittedOnRootSubnet",
                format!("{} cannot be set on the root subnet", param.name),
                "pick a subnet other than 0".into(),
            ));
        }
        "burn_half_life" if !(1..=36_100).contains(&uint) => {
            return Err(out_of_range(
                ADMIN,
                "InvalidValue",
                format!(
                    "the burn half-life is 1 to 36100 blocks (MaxBurnHalfLife); {uint} was given"
                ),
                "give 1 to 36100".into(),
            ));
        }
        "burn_increase_mult" => {
            let ParamValue::Fixed(bits) = *v else {
                return Ok(());
            };
            if !((1u128 << 64)..=(3u128 << 64)).contains(&bits) {
                return Err(out_of_range(
                    ADMIN,
                    "InvalidValue",
                    format!(
                        "the burn increase multiplier is 1 to 3; {} was given",
                        trim(&ufixed_decimal(bits, 64, 12))
                    ),
                    "give 1 to 3, e.g. 1.26".into(),
                ));
            }
        }
        "min_childkey_take" => {
            let min = read_u64(tc, "MinChildkeyTake", vec![], 0).await?;
            let max = read_u64(tc, "MaxChildkeyTake", vec![], 11_796).await?;
            if uint < u128::from(min) || uint > u128::from(max) {
                return Err(out_of_range(
                    ADMIN,
                    "InvalidValue",
                    format!(
                        "the subnet's min childkey take must be from the chain's MinChildkeyTake {min} to MaxChildkeyTake {max} (of 65535); {uint} was given"
                    ),
                    format!(
                        "give {min} to {max}, or a fraction {} to {}",
                        trim(&u16_fraction(min as u16, 6)),
                        trim(&u16_fraction(max as u16, 6))
                    ),
                ));
            }
        }
        _ => {}
    }
    Ok(())
}

/// Plan `AdminUtils.<param.call>(netuid, value…)`, signed by the subnet owner's coldkey.
pub async fn plan_set(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    param: &'static Param,
    value: ParamValue,
) -> Result<Plan, PlanError> {
    if !tc.chain.has_call(ADMIN, param.call) {
        return Err(Refusal::new(
            "tao",
            "CallNotAvailable",
            format!(
                "the connected chain (runtime spec {}) has no AdminUtils.{} for {}",
                tc.chain.spec_version(),
                param.call,
                param.name
            ),
            "connect to a chain whose runtime has the call (spec 425 has every owner call)",
        )
        .into());
    }
    if param.name == "network_pow_registration_allowed" {
        // The chain refuses this call before any origin check.
        check_value(tc, netuid, param, &value).await?;
    }
    let s = read_subnet(tc, coldkey, netuid, param).await?;
    Refusal::unless_owner(netuid, &s.owner, coldkey)?;
    if let Some(rl) = s.rate {
        check_limit(netuid, param.name, rl, s.lands)?;
    }
    if param.limit != OwnerHotkey && s.tempo != 0 {
        let (next, _) = read::next_epoch(&tc.chain, netuid).await?;
        if let Some(next) = next {
            freeze_window(netuid, s.window, next.block, s.lands)?;
        }
    }
    check_value(tc, netuid, param, &value).await?;
    let mut args = vec![("netuid", Value::u128(u128::from(netuid)))];
    args.extend(call_args(param, &value));
    let call = Call::new(tc.metadata(), ADMIN, param.call, args)?;
    let current = s
        .current
        .as_ref()
        .map(|c| value_text(param.kind, c))
        .unwrap_or_else(|| "unknown".into());
    let mut lines = vec![
        ("subnet".into(), netuid.to_string()),
        (
            "parameter".into(),
            format!("{} (AdminUtils.{})", param.name, param.call),
        ),
        (
            "value".into(),
            format!("{current} → {}", value_text(param.kind, &value)),
        ),
    ];
    if let Some(rl) = s.rate {
        let text = if rl.last == 0 {
            format!("one change per {} blocks ({})", rl.limit, rl.rule)
        } else {
            format!(
                "last changed at #{}; one change per {} blocks; the next after this from #{}",
                rl.last,
                rl.limit,
                s.lands.saturating_add(rl.limit)
            )
        };
        lines.push(("rate limit".into(), text));
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "param": param.name,
            "call": param.call,
            "current": s.current.as_ref().map(|c| value_json(param.kind, c)),
            "value": value_json(param.kind, &value),
            "rate_limit": s.rate.map(|r| r.json()),
            "next_change_allowed_block": s.rate.map(|r| s.lands.saturating_add(r.limit)),
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

    #[test]
    fn names_resolve_by_btcli_name_json_key_and_call() {
        let owner = |n: &str| match lookup(n).unwrap() {
            Lookup::Owner(p) => p.call,
            other => panic!("{n}: {other:?}"),
        };
        assert_eq!(owner("bonds_moving_avg"), "sudo_set_bonds_moving_average");
        assert_eq!(
            owner("bonds_moving_average"),
            "sudo_set_bonds_moving_average"
        );
        assert_eq!(
            owner("sudo_set_toggle_transfer"),
            "sudo_set_toggle_transfer"
        );
        assert_eq!(owner("transfers-enabled"), "sudo_set_toggle_transfer");
        assert_eq!(owner("subnet_owner_hotkey"), "sudo_set_sn_owner_hotkey");
        assert_eq!(owner("rho"), "sudo_set_rho");
        assert!(matches!(
            lookup("kappa").unwrap(),
            Lookup::RootOnly("kappa", _)
        ));
        assert!(matches!(
            lookup("max_allowed_validators").unwrap(),
            Lookup::RootOnly(..)
        ));
        assert!(matches!(lookup("tempo").unwrap(), Lookup::NotYet(..)));
        assert!(matches!(
            lookup("alpha_high").unwrap(),
            Lookup::ReadOnly(..)
        ));
        let near = lookup("imunity_period").unwrap_err();
        assert_eq!(near[0], "immunity_period");
    }

    #[test]
    fn every_call_has_one_row() {
        let mut calls: Vec<&str> = PARAMS.iter().map(|p| p.call).collect();
        calls.sort();
        let n = calls.len();
        calls.dedup();
        assert_eq!(calls.len(), n);
        assert_eq!(n, 30);
    }

    #[test]
    fn values_parse_in_the_chains_units() {
        assert_eq!(
            parse_value(Fraction16, "0.5").unwrap(),
            ParamValue::Uint(32768)
        );
        assert_eq!(
            parse_value(Fraction16, "100").unwrap(),
            ParamValue::Uint(100)
        );
        assert!(parse_value(Fraction16, "1.5").is_err());
        assert!(parse_value(Fraction16, "65536").is_err());
        assert_eq!(
            parse_value(Millionths, "0.975").unwrap(),
            ParamValue::Uint(975_000)
        );
        assert_eq!(
            parse_value(Tao, "0.001").unwrap(),
            ParamValue::Uint(1_000_000)
        );
        assert_eq!(parse_value(Tao, "2500rao").unwrap(), ParamValue::Uint(2500));
        assert_eq!(parse_value(Bool, "on").unwrap(), ParamValue::Bool(true));
        assert!(parse_value(Bool, "maybe").is_err());
        assert_eq!(
            parse_value(AlphaPair, "0.7,0.9").unwrap(),
            ParamValue::Pair(45875, 58982)
        );
        assert_eq!(
            parse_value(AlphaPair, "[2000, 3000]").unwrap(),
            ParamValue::Pair(2000, 3000)
        );
        assert!(parse_value(AlphaPair, "2000").is_err());
        assert_eq!(parse_value(I16, "-5").unwrap(), ParamValue::Int(-5));
        assert!(parse_value(I16, "40000").is_err());
        assert_eq!(
            parse_value(Multiplier, "2").unwrap(),
            ParamValue::Fixed(2u128 << 64)
        );
        assert_eq!(
            parse_value(RecycleOrBurn, "Recycle").unwrap(),
            ParamValue::Variant("Recycle")
        );
        assert!(parse_value(U16, "70000").is_err());
    }

    #[test]
    fn the_rate_limit_names_the_block_the_change_becomes_possible() {
        let rl = RateLimit {
            last: 100,
            limit: 20,
            rule: "Tempo × OwnerHyperparamRateLimit",
        };
        assert!(check_limit(1, "rho", rl, 120).is_ok());
        let r = check_limit(1, "rho", rl, 119).unwrap_err();
        assert_eq!(r.name, "TxRateLimitExceeded");
        assert!(r.message.contains("from block #120"), "{}", r.message);
        assert_eq!(r.hint, "retry in 1 block, after block #119");
        assert!(check_limit(1, "rho", RateLimit { last: 0, ..rl }, 5).is_ok());
    }
}
