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

mod plan;
mod trigger;
mod value;

pub use plan::*;
pub use trigger::plan_trigger_epoch;
pub use value::*;
use value::{call_args, stored_value};

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
/// The tempo an owner may set (`MIN_TEMPO`, `MAX_TEMPO`); `MIN_TEMPO` is also the blocks
/// between two of their tempo changes.
pub const TEMPO_BOUNDS: (u16, u16) = (360, 50_400);
/// The activity cutoff factor's bounds, per mille of the tempo.
pub const ACTIVITY_CUTOFF_FACTOR_MILLI: (u32, u32) = (1_000, 50_000);
/// `TransactionType::TempoUpdate`, the third key of `TransactionKeyLastBlock`.
pub const TX_TEMPO_UPDATE: u16 = 11;
/// The `AdminUtils` call whose presence marks a runtime that moved the owner's tempo and
/// activity-cutoff-factor settings from `SubtensorModule` (where they remain as calls that
/// change nothing) to `AdminUtils`.
const ADMIN_TEMPO_MARKER: &str = "sudo_set_activity_cutoff_factor";

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
    /// A u32 per mille: an integer, or a decimal with a point (`13.889` = 13889).
    Milli32,
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
    /// One tempo change per `MIN_TEMPO` blocks per coldkey and subnet
    /// (`TransactionKeyLastBlock[(coldkey, netuid, 11)]`).
    TempoUpdate,
}

/// One owner-settable parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// btcli's `--param` name (or the call's suffix where btcli has none).
    pub name: &'static str,
    /// Other names: the `tao subnets hyperparameters --json` key and the call's suffix.
    pub aliases: &'static [&'static str],
    /// The pallet of the owner's call.
    pub pallet: &'static str,
    /// The owner's call.
    pub call: &'static str,
    /// The `AdminUtils` call that takes the owner's setting over on runtimes that moved it
    /// there (see [`route`]).
    pub admin_twin: Option<&'static str>,
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
        pallet: ADMIN,
        call,
        admin_twin: None,
        args,
        kind,
        limit,
        storage,
    }
}

/// A parameter the owner sets with a `SubtensorModule` call (spec 425), and the `AdminUtils`
/// call that replaced it later.
const fn sm(
    name: &'static str,
    aliases: &'static [&'static str],
    (call, twin): (&'static str, &'static str),
    args: &'static [&'static str],
    kind: Kind,
    limit: Limit,
    storage: &'static str,
) -> Param {
    Param {
        name,
        aliases,
        pallet: "SubtensorModule",
        call,
        admin_twin: Some(twin),
        args,
        kind,
        limit,
        storage,
    }
}

/// The call that sets `param` on the connected chain, if it has one: the `AdminUtils` twin of
/// a `SubtensorModule` setting on a runtime that moved it there, else the parameter's own call.
pub fn route(chain: &crate::chain::Chain, param: &Param) -> Option<(&'static str, &'static str)> {
    if let Some(twin) = param.admin_twin
        && chain.has_call(ADMIN, ADMIN_TEMPO_MARKER)
        && chain.has_call(ADMIN, twin)
    {
        return Some((ADMIN, twin));
    }
    chain
        .has_call(param.pallet, param.call)
        .then_some((param.pallet, param.call))
}

use Kind::*;
use Limit::{Hyperparam as Hp, OwnerHotkey, TempoUpdate, WeightsVersion, WindowOnly};

/// Every owner-settable parameter of spec 425: the `AdminUtils` calls in call-index order, then
/// the two `SubtensorModule` ones (7/139 and 7/140).
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
    sm(
        "tempo",
        &[],
        ("set_tempo", "sudo_set_tempo"),
        &["tempo"],
        Blocks16,
        TempoUpdate,
        "Tempo",
    ),
    sm(
        "activity_cutoff_factor",
        &["activity_cutoff_factor_milli"],
        (
            "set_activity_cutoff_factor",
            "sudo_set_activity_cutoff_factor",
        ),
        &["factor_milli"],
        Milli32,
        Hp("ActivityCutoffFactorMilli"),
        "ActivityCutoffFactorMilli",
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
    let names: Vec<&str> = all_names()
        .chain(ROOT_ONLY.iter().map(|(k, _)| *k))
        .collect();
    Err(crate::chain::raw::suggest::closest(&n, names))
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
        assert_eq!(owner("tempo"), "set_tempo");
        assert_eq!(
            owner("activity_cutoff_factor_milli"),
            "set_activity_cutoff_factor"
        );
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
        assert_eq!(n, 32);
    }
}
