//! Runtime APIs: the standard ones plus subtensor's, with the real names, arguments and SCALE
//! return shapes.

use crate::pallet_subtensor as st;
use crate::runtime::*;
use crate::types::*;
use codec::Compact;
use frame_support::weights::Weight;
use sp_api::impl_runtime_apis;
use sp_core::OpaqueMetadata;
use sp_runtime::{
    AccountId32, ApplyExtrinsicResult, ExtrinsicInclusionMode,
    traits::Block as BlockT,
    transaction_validity::{TransactionSource, TransactionValidity},
};
use sp_version::RuntimeVersion;

type Sub = st::Pallet<Runtime>;

sp_api::decl_runtime_apis! {
    pub trait SubnetInfoRuntimeApi {
        fn get_metagraph(netuid: NetUid) -> Option<Metagraph>;
        fn get_all_dynamic_info() -> Vec<Option<DynamicInfo>>;
        fn get_dynamic_info(netuid: NetUid) -> Option<DynamicInfo>;
        fn get_subnet_hyperparams_v2(netuid: NetUid) -> Option<SubnetHyperparamsV2>;
        fn get_subnet_hyperparams_v3(netuid: NetUid) -> Option<Vec<HyperparamEntry>>;
        fn get_next_epoch_start_block(netuid: NetUid) -> Option<u64>;
        fn get_mechagraph(netuid: NetUid, mecid: u8) -> Option<Metagraph>;
        fn get_all_mechagraphs() -> Vec<Option<Metagraph>>;
        fn get_coldkey_auto_stake_hotkey(coldkey: AccountId32, netuid: NetUid) -> Option<AccountId32>;
    }

    pub trait StakeInfoRuntimeApi {
        fn get_stake_info_for_coldkey(coldkey_account: AccountId32) -> Vec<StakeInfo>;
        fn get_stake_info_for_coldkeys(coldkey_accounts: Vec<AccountId32>) -> Vec<(AccountId32, Vec<StakeInfo>)>;
        fn get_stake_info_for_hotkey_coldkey_netuid(hotkey_account: AccountId32, coldkey_account: AccountId32, netuid: NetUid) -> Option<StakeInfo>;
        fn get_stake_fee(origin: Option<(AccountId32, NetUid)>, origin_coldkey_account: AccountId32, destination: Option<(AccountId32, NetUid)>, destination_coldkey_account: AccountId32, amount: u64) -> u64;
        fn get_stake_availability_for_coldkeys(coldkey_accounts: Vec<AccountId32>, netuids: Option<Vec<NetUid>>) -> std::collections::BTreeMap<AccountId32, std::collections::BTreeMap<NetUid, StakeAvailability>>;
        fn get_coldkey_lock(coldkey: AccountId32, netuid: NetUid) -> Option<LockState>;
        fn get_hotkey_conviction(hotkey: AccountId32, netuid: NetUid) -> FixedU128;
        fn get_most_convicted_hotkey_on_subnet(netuid: NetUid) -> Option<AccountId32>;
    }

    pub trait NeuronInfoRuntimeApi {
        fn get_neurons(netuid: NetUid) -> Vec<NeuronInfo>;
        fn get_neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo>;
        fn get_neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite>;
        fn get_neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite>;
    }

    pub trait DelegateInfoRuntimeApi {
        fn get_delegates() -> Vec<DelegateInfo>;
        fn get_delegate(delegate_account: AccountId32) -> Option<DelegateInfo>;
        fn get_delegated(delegatee_account: AccountId32) -> Vec<Delegated>;
    }

    pub trait SubnetRegistrationRuntimeApi {
        fn get_network_registration_cost() -> u64;
    }

    pub trait SwapRuntimeApi {
        fn current_alpha_price(netuid: NetUid) -> u64;
        fn current_alpha_price_all() -> Vec<SubnetPrice>;
        fn sim_swap_tao_for_alpha(netuid: NetUid, tao: u64) -> SimSwapResult;
        fn sim_swap_alpha_for_tao(netuid: NetUid, alpha: u64) -> SimSwapResult;
    }
}

fn netuids() -> Vec<NetUid> {
    let mut v: Vec<NetUid> = st::NetworksAdded::<Runtime>::iter()
        .filter(|(_, a)| *a)
        .map(|(n, _)| n)
        .collect();
    v.sort();
    v
}

fn compact_bytes(b: &[u8]) -> Vec<Compact<u8>> {
    b.iter().map(|c| Compact(*c)).collect()
}

/// `(LastMechansimStepBlock, BlocksSinceLastStep)`: the block of the last epoch and the blocks
/// since.
fn last_step(netuid: NetUid) -> (u64, u64) {
    (
        st::LastMechansimStepBlock::<Runtime>::get(netuid),
        st::BlocksSinceLastStep::<Runtime>::get(netuid),
    )
}

fn pending_alpha(netuid: NetUid) -> u64 {
    st::PendingServerEmission::<Runtime>::get(netuid)
        .saturating_add(st::PendingValidatorEmission::<Runtime>::get(netuid))
}

/// Next block at which the subnet's epoch runs.
pub fn next_epoch_start_block(netuid: NetUid) -> Option<u64> {
    if !Sub::if_subnet_exist(netuid) {
        return None;
    }
    let tempo = st::Tempo::<Runtime>::get(netuid) as u64;
    if tempo == 0 {
        return None;
    }
    // The stateful schedule: the next epoch runs `tempo` blocks after `LastEpochBlock`, or in
    // the next block when that is already due.
    let now = Sub::block_number();
    let last = st::LastEpochBlock::<Runtime>::get(netuid);
    let auto = last.saturating_add(tempo);
    // An owner-triggered epoch (`PendingEpochAt`) fires earlier when it is sooner.
    let pending = st::PendingEpochAt::<Runtime>::get(netuid);
    let next = if pending > 0 { auto.min(pending) } else { auto };
    Some(next.max(now + 1))
}

/// A subnet's name as the chain gives it (`get_name_for_subnet`): its identity's `subnet_name`
/// when that is set. (The chain then falls back to a fixed table of names by netuid, which the
/// devnet does not keep: its subnets without an identity name have an empty name.)
fn subnet_name(netuid: NetUid) -> Vec<u8> {
    st::SubnetIdentitiesV3::<Runtime>::get(netuid)
        .map(|id| id.subnet_name)
        .unwrap_or_default()
}

fn dynamic_info(netuid: NetUid) -> Option<DynamicInfo> {
    if !Sub::if_subnet_exist(netuid) {
        return None;
    }
    let (last, since) = last_step(netuid);
    Some(DynamicInfo {
        netuid: Compact(netuid),
        owner_hotkey: st::SubnetOwnerHotkey::<Runtime>::get(netuid),
        owner_coldkey: st::SubnetOwner::<Runtime>::get(netuid),
        subnet_name: compact_bytes(&subnet_name(netuid)),
        token_symbol: compact_bytes(&st::TokenSymbol::<Runtime>::get(netuid)),
        tempo: Compact(st::Tempo::<Runtime>::get(netuid)),
        last_step: Compact(last),
        blocks_since_last_step: Compact(since),
        emission: Compact(0),
        alpha_in: Compact(st::SubnetAlphaIn::<Runtime>::get(netuid)),
        alpha_out: Compact(st::SubnetAlphaOut::<Runtime>::get(netuid)),
        tao_in: Compact(st::SubnetTAO::<Runtime>::get(netuid)),
        alpha_out_emission: Compact(st::SubnetAlphaOutEmission::<Runtime>::get(netuid)),
        alpha_in_emission: Compact(st::SubnetAlphaInEmission::<Runtime>::get(netuid)),
        tao_in_emission: Compact(st::SubnetTaoInEmission::<Runtime>::get(netuid)),
        pending_alpha_emission: Compact(pending_alpha(netuid)),
        pending_root_emission: Compact(st::PendingRootAlphaDivs::<Runtime>::get(netuid)),
        subnet_volume: Compact(st::SubnetVolume::<Runtime>::get(netuid)),
        network_registered_at: Compact(st::NetworkRegisteredAt::<Runtime>::get(netuid)),
        subnet_identity: st::SubnetIdentitiesV3::<Runtime>::get(netuid),
        moving_price: FixedI128 {
            bits: ((Sub::current_price(netuid) as i128) << 32) / 1_000_000_000,
        },
    })
}

fn neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite> {
    if uid >= st::SubnetworkN::<Runtime>::get(netuid) {
        return None;
    }
    let hotkey = st::Keys::<Runtime>::get(netuid, uid);
    let at = |v: &Vec<u16>| v.get(uid as usize).copied().unwrap_or(0);
    Some(NeuronInfoLite {
        coldkey: st::Owner::<Runtime>::get(&hotkey),
        uid: Compact(uid),
        netuid: Compact(netuid),
        active: st::Active::<Runtime>::get(netuid)
            .get(uid as usize)
            .copied()
            .unwrap_or(false),
        axon_info: st::Axons::<Runtime>::get(netuid, &hotkey).unwrap_or_default(),
        prometheus_info: PrometheusInfo::default(),
        // The chain gives one entry: the owner and the hotkey's total α on the subnet.
        stake: vec![(
            st::Owner::<Runtime>::get(&hotkey),
            Compact(st::TotalHotkeyAlpha::<Runtime>::get(&hotkey, netuid)),
        )],
        rank: Compact(0),
        emission: Compact(
            st::Emission::<Runtime>::get(netuid)
                .get(uid as usize)
                .copied()
                .unwrap_or(0),
        ),
        incentive: Compact(at(&st::Incentive::<Runtime>::get(netuid))),
        consensus: Compact(at(&st::Consensus::<Runtime>::get(netuid))),
        trust: Compact(0),
        validator_trust: Compact(at(&st::ValidatorTrust::<Runtime>::get(netuid))),
        dividends: Compact(at(&st::Dividends::<Runtime>::get(netuid))),
        last_update: Compact(
            st::LastUpdate::<Runtime>::get(netuid)
                .get(uid as usize)
                .copied()
                .unwrap_or(0),
        ),
        validator_permit: st::ValidatorPermit::<Runtime>::get(netuid)
            .get(uid as usize)
            .copied()
            .unwrap_or(false),
        // Deprecated on the chain, which answers u16::MAX.
        pruning_score: Compact(u16::MAX),
        hotkey,
    })
}

/// A neuron with its weights and bonds on the subnet's first mechanism, zero entries left out
/// (`get_neuron`).
fn neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo> {
    let l = neuron_lite(netuid, uid)?;
    let nonzero = |row: Vec<(u16, u16)>| {
        row.into_iter()
            .filter(|(_, v)| *v > 0)
            .map(|(i, v)| (Compact(i), Compact(v)))
            .collect()
    };
    Some(NeuronInfo {
        hotkey: l.hotkey,
        coldkey: l.coldkey,
        uid: l.uid,
        netuid: l.netuid,
        active: l.active,
        axon_info: l.axon_info,
        prometheus_info: l.prometheus_info,
        stake: l.stake,
        rank: l.rank,
        emission: l.emission,
        incentive: l.incentive,
        consensus: l.consensus,
        trust: l.trust,
        validator_trust: l.validator_trust,
        dividends: l.dividends,
        last_update: l.last_update,
        validator_permit: l.validator_permit,
        weights: nonzero(st::Weights::<Runtime>::get(netuid, uid)),
        bonds: nonzero(st::Bonds::<Runtime>::get(netuid, uid)),
        pruning_score: l.pruning_score,
    })
}

fn metagraph(netuid: NetUid) -> Option<Metagraph> {
    let d = dynamic_info(netuid)?;
    let n = st::SubnetworkN::<Runtime>::get(netuid);
    let hotkeys: Vec<AccountId32> = (0..n)
        .map(|u| st::Keys::<Runtime>::get(netuid, u))
        .collect();
    let coldkeys: Vec<AccountId32> = hotkeys.iter().map(st::Owner::<Runtime>::get).collect();
    // The identities of the neurons' coldkeys, by uid, as the chain's metagraph carries them.
    let identities = coldkeys
        .iter()
        .map(st::IdentitiesV2::<Runtime>::get)
        .collect();
    let price = Sub::current_price(netuid) as u128;
    let alpha_stake: Vec<u64> = hotkeys
        .iter()
        .map(|h| st::TotalHotkeyAlpha::<Runtime>::get(h, netuid))
        .collect();
    let tao_stake: Vec<u64> = hotkeys
        .iter()
        .map(|h| st::TotalHotkeyAlpha::<Runtime>::get(h, 0))
        .collect();
    let total_stake = alpha_stake
        .iter()
        .zip(&tao_stake)
        .map(|(a, t)| Compact((*a as u128 * price / 1_000_000_000) as u64 + *t))
        .collect();
    let c16 = |v: Vec<u16>| -> Vec<Compact<u16>> {
        let mut v: Vec<Compact<u16>> = v.into_iter().map(Compact).collect();
        v.resize(n as usize, Compact(0));
        v
    };
    let c64 = |v: Vec<u64>| -> Vec<Compact<u64>> {
        let mut v: Vec<Compact<u64>> = v.into_iter().map(Compact).collect();
        v.resize(n as usize, Compact(0));
        v
    };
    Some(Metagraph {
        netuid: d.netuid,
        name: d.subnet_name,
        symbol: d.token_symbol,
        identity: st::SubnetIdentitiesV3::<Runtime>::get(netuid),
        network_registered_at: d.network_registered_at,
        owner_hotkey: d.owner_hotkey,
        owner_coldkey: d.owner_coldkey,
        block: Compact(Sub::block_number()),
        tempo: d.tempo,
        last_step: d.last_step,
        blocks_since_last_step: d.blocks_since_last_step,
        subnet_emission: Compact(0),
        alpha_in: d.alpha_in,
        alpha_out: d.alpha_out,
        tao_in: d.tao_in,
        alpha_out_emission: d.alpha_out_emission,
        alpha_in_emission: d.alpha_in_emission,
        tao_in_emission: d.tao_in_emission,
        pending_alpha_emission: d.pending_alpha_emission,
        pending_root_emission: d.pending_root_emission,
        subnet_volume: d.subnet_volume,
        moving_price: d.moving_price,
        rho: Compact(st::Rho::<Runtime>::get(netuid)),
        kappa: Compact(st::Kappa::<Runtime>::get(netuid)),
        min_allowed_weights: Compact(st::MinAllowedWeights::<Runtime>::get(netuid)),
        max_weights_limit: Compact(st::MaxWeightsLimit::<Runtime>::get(netuid)),
        weights_version: Compact(st::WeightsVersionKey::<Runtime>::get(netuid)),
        weights_rate_limit: Compact(st::WeightsSetRateLimit::<Runtime>::get(netuid)),
        activity_cutoff: Compact(st::ActivityCutoff::<Runtime>::get(netuid)),
        max_validators: Compact(st::MaxAllowedValidators::<Runtime>::get(netuid)),
        num_uids: Compact(n),
        max_uids: Compact(st::MaxAllowedUids::<Runtime>::get(netuid)),
        burn: Compact(st::Burn::<Runtime>::get(netuid)),
        difficulty: Compact(10_000_000),
        registration_allowed: st::NetworkRegistrationAllowed::<Runtime>::get(netuid),
        pow_registration_allowed: false,
        immunity_period: Compact(st::ImmunityPeriod::<Runtime>::get(netuid)),
        min_difficulty: Compact(10_000_000),
        max_difficulty: Compact(st::MaxDifficulty::<Runtime>::get(netuid)),
        min_burn: Compact(st::MinBurn::<Runtime>::get(netuid)),
        max_burn: Compact(st::MaxBurn::<Runtime>::get(netuid)),
        adjustment_alpha: Compact(st::AdjustmentAlpha::<Runtime>::get(netuid)),
        adjustment_interval: Compact(st::AdjustmentInterval::<Runtime>::get(netuid)),
        target_regs_per_interval: Compact(st::TargetRegistrationsPerInterval::<Runtime>::get(
            netuid,
        )),
        max_regs_per_block: Compact(st::MaxRegistrationsPerBlock::<Runtime>::get(netuid)),
        serving_rate_limit: Compact(st::ServingRateLimit::<Runtime>::get(netuid)),
        commit_reveal_weights_enabled: st::CommitRevealWeightsEnabled::<Runtime>::get(netuid),
        commit_reveal_period: Compact(st::RevealPeriodEpochs::<Runtime>::get(netuid)),
        liquid_alpha_enabled: st::LiquidAlphaOn::<Runtime>::get(netuid),
        alpha_high: Compact(st::AlphaValues::<Runtime>::get(netuid).1),
        alpha_low: Compact(st::AlphaValues::<Runtime>::get(netuid).0),
        bonds_moving_avg: Compact(st::BondsMovingAverage::<Runtime>::get(netuid)),
        identities,
        axons: (0..n)
            .map(|uid| {
                st::Axons::<Runtime>::get(netuid, st::Keys::<Runtime>::get(netuid, uid))
                    .unwrap_or_default()
            })
            .collect(),
        active: {
            let mut v = st::Active::<Runtime>::get(netuid);
            v.resize(n as usize, false);
            v
        },
        validator_permit: {
            let mut v = st::ValidatorPermit::<Runtime>::get(netuid);
            v.resize(n as usize, false);
            v
        },
        pruning_score: c16(Vec::new()),
        last_update: c64(st::LastUpdate::<Runtime>::get(netuid)),
        emission: c64(st::Emission::<Runtime>::get(netuid)),
        dividends: c16(st::Dividends::<Runtime>::get(netuid)),
        incentives: c16(st::Incentive::<Runtime>::get(netuid)),
        consensus: c16(st::Consensus::<Runtime>::get(netuid)),
        trust: c16(Vec::new()),
        rank: c16(Vec::new()),
        block_at_registration: (0..n)
            .map(|u| Compact(st::BlockAtRegistration::<Runtime>::get(netuid, u)))
            .collect(),
        alpha_stake: alpha_stake.into_iter().map(Compact).collect(),
        tao_stake: tao_stake.into_iter().map(Compact).collect(),
        total_stake,
        tao_dividends_per_hotkey: hotkeys.iter().map(|h| (h.clone(), Compact(0))).collect(),
        alpha_dividends_per_hotkey: hotkeys
            .iter()
            .map(|h| {
                (
                    h.clone(),
                    Compact(st::AlphaDividendsPerSubnet::<Runtime>::get(netuid, h)),
                )
            })
            .collect(),
        hotkeys,
        coldkeys,
    })
}

/// A mechanism's metagraph: the subnet's, with the mechanism's storage index as `netuid` and
/// its own last updates and incentives (as stored, not padded); `None` when the mechanism does
/// not exist.
fn mechagraph(netuid: NetUid, mecid: u8) -> Option<Metagraph> {
    Sub::ensure_mechanism_exists(netuid, mecid).ok()?;
    let mut meta = metagraph(netuid)?;
    let index = Sub::storage_index(netuid, mecid);
    meta.netuid = Compact(index);
    meta.last_update = st::LastUpdate::<Runtime>::get(index)
        .into_iter()
        .map(Compact)
        .collect();
    meta.incentives = st::Incentive::<Runtime>::get(index)
        .into_iter()
        .map(Compact)
        .collect();
    Some(meta)
}

fn hyperparams_v2(netuid: NetUid) -> Option<SubnetHyperparamsV2> {
    let m = metagraph(netuid)?;
    Some(SubnetHyperparamsV2 {
        rho: m.rho,
        kappa: m.kappa,
        immunity_period: m.immunity_period,
        min_allowed_weights: m.min_allowed_weights,
        max_weights_limit: m.max_weights_limit,
        tempo: m.tempo,
        min_difficulty: m.min_difficulty,
        max_difficulty: m.max_difficulty,
        weights_version: m.weights_version,
        weights_rate_limit: m.weights_rate_limit,
        adjustment_interval: m.adjustment_interval,
        activity_cutoff: m.activity_cutoff,
        registration_allowed: m.registration_allowed,
        target_regs_per_interval: m.target_regs_per_interval,
        min_burn: m.min_burn,
        max_burn: m.max_burn,
        bonds_moving_avg: m.bonds_moving_avg,
        max_regs_per_block: m.max_regs_per_block,
        serving_rate_limit: m.serving_rate_limit,
        max_validators: m.max_validators,
        adjustment_alpha: m.adjustment_alpha,
        difficulty: m.difficulty,
        commit_reveal_period: m.commit_reveal_period,
        commit_reveal_weights_enabled: m.commit_reveal_weights_enabled,
        alpha_high: m.alpha_high,
        alpha_low: m.alpha_low,
        liquid_alpha_enabled: m.liquid_alpha_enabled,
        alpha_sigmoid_steepness: FixedI64 {
            bits: (st::AlphaSigmoidSteepness::<Runtime>::get(netuid) as i64) << 32,
        },
        yuma_version: Compact(if st::Yuma3On::<Runtime>::get(netuid) {
            3
        } else {
            2
        }),
        subnet_is_active: st::SubtokenEnabled::<Runtime>::get(netuid),
        transfers_enabled: st::TransferToggle::<Runtime>::get(netuid),
        bonds_reset_enabled: st::BondsResetOn::<Runtime>::get(netuid),
        user_liquidity_enabled: false,
    })
}

fn hyperparams_v3(netuid: NetUid) -> Option<Vec<HyperparamEntry>> {
    let h = hyperparams_v2(netuid)?;
    let e = |name: &str, value: HyperparamValue| HyperparamEntry {
        name: name.as_bytes().to_vec(),
        value,
    };
    use HyperparamValue::*;
    Some(vec![
        e("rho", U16(h.rho)),
        e("kappa", U16(h.kappa)),
        e("immunity_period", U16(h.immunity_period)),
        e("min_allowed_weights", U16(h.min_allowed_weights)),
        e("max_weights_limit", U16(h.max_weights_limit)),
        e("tempo", U16(h.tempo)),
        e("weights_version", U64(h.weights_version)),
        e("weights_rate_limit", U64(h.weights_rate_limit)),
        e("activity_cutoff", U16(h.activity_cutoff)),
        e("registration_allowed", Bool(h.registration_allowed)),
        e("min_burn", TaoBalance(h.min_burn)),
        e("max_burn", TaoBalance(h.max_burn)),
        e("bonds_moving_avg", U64(h.bonds_moving_avg)),
        e("max_regs_per_block", U16(h.max_regs_per_block)),
        e("serving_rate_limit", U64(h.serving_rate_limit)),
        e("max_validators", U16(h.max_validators)),
        e("commit_reveal_period", U64(h.commit_reveal_period)),
        e(
            "commit_reveal_weights_enabled",
            Bool(h.commit_reveal_weights_enabled),
        ),
        e("alpha_high", U16(h.alpha_high)),
        e("alpha_low", U16(h.alpha_low)),
        e("liquid_alpha_enabled", Bool(h.liquid_alpha_enabled)),
        e("alpha_sigmoid_steepness", I32F32(h.alpha_sigmoid_steepness)),
        e("yuma_version", U16(h.yuma_version)),
        e("subnet_is_active", Bool(h.subnet_is_active)),
        e("transfers_enabled", Bool(h.transfers_enabled)),
        e(
            "burn_half_life",
            U16(Compact(st::BurnHalfLife::<Runtime>::get(netuid))),
        ),
        e(
            "burn_increase_mult",
            U64F64(st::BurnIncreaseMult::<Runtime>::get(netuid)),
        ),
        e("target_regs_per_interval", U16(h.target_regs_per_interval)),
        e("bonds_reset_enabled", Bool(h.bonds_reset_enabled)),
        e("user_liquidity_enabled", Bool(h.user_liquidity_enabled)),
        e(
            "owner_cut_enabled",
            Bool(st::OwnerCutEnabled::<Runtime>::get(netuid)),
        ),
        e(
            "owner_cut_auto_lock_enabled",
            Bool(st::OwnerCutAutoLockEnabled::<Runtime>::get(netuid)),
        ),
        e(
            "min_childkey_take",
            U16(Compact(
                st::MinChildkeyTake::<Runtime>::get()
                    .max(st::MinChildkeyTakePerSubnet::<Runtime>::get(netuid)),
            )),
        ),
    ])
}

fn stake_info(hotkey: &AccountId32, coldkey: &AccountId32, netuid: NetUid) -> Option<StakeInfo> {
    let stake = Sub::stake_of(hotkey, coldkey, netuid);
    if stake == 0 {
        return None;
    }
    Some(StakeInfo {
        hotkey: hotkey.clone(),
        coldkey: coldkey.clone(),
        netuid: Compact(netuid),
        stake: Compact(stake),
        locked: Compact(0),
        emission: Compact(0),
        tao_emission: Compact(0),
        drain: Compact(0),
        is_registered: st::Uids::<Runtime>::contains_key(netuid, hotkey),
    })
}

/// Per coldkey and subnet: its α, the locked part and the rest (`get_stake_availability_for_coldkeys`);
/// subnets where both are zero are left out; a request naming more subnets than exist, or none,
/// gets empty maps.
fn stake_availability(
    coldkeys: Vec<AccountId32>,
    netuids_wanted: Option<Vec<NetUid>>,
) -> std::collections::BTreeMap<AccountId32, std::collections::BTreeMap<NetUid, StakeAvailability>>
{
    let existing = netuids();
    let chosen = match netuids_wanted {
        None => Some(existing.clone()),
        Some(mut w) => {
            w.sort();
            w.dedup();
            if w.is_empty() || w.len() > existing.len() {
                None
            } else {
                w.retain(|n| Sub::if_subnet_exist(*n));
                Some(w)
            }
        }
    };
    coldkeys
        .into_iter()
        .map(|c| {
            let per = chosen
                .iter()
                .flatten()
                .filter_map(|&n| {
                    let (total, locked, available) = Sub::stake_availability(&c, n);
                    (total != 0 || locked != 0).then_some((
                        n,
                        StakeAvailability {
                            total: Compact(total),
                            locked: Compact(locked),
                            available: Compact(available),
                        },
                    ))
                })
                .collect();
            (c, per)
        })
        .collect()
}

fn stake_infos(coldkey: &AccountId32) -> Vec<StakeInfo> {
    let mut out = Vec::new();
    for hotkey in st::StakingHotkeys::<Runtime>::get(coldkey) {
        for netuid in netuids() {
            out.extend(stake_info(&hotkey, coldkey, netuid));
        }
    }
    out
}

fn delegate_info(hotkey: &AccountId32) -> Option<DelegateInfo> {
    if !st::Owner::<Runtime>::contains_key(hotkey) {
        return None;
    }
    let mut nominators: Vec<Nominator> = Vec::new();
    for ((cold, netuid), _) in st::Alpha::<Runtime>::iter_prefix((hotkey.clone(),)) {
        let s = Sub::stake_of(hotkey, &cold, netuid);
        if s == 0 {
            continue;
        }
        match nominators.iter_mut().find(|(c, _)| *c == cold) {
            Some((_, v)) => v.push((Compact(netuid), Compact(s))),
            None => nominators.push((cold, vec![(Compact(netuid), Compact(s))])),
        }
    }
    let registrations: Vec<NetUid> = netuids()
        .into_iter()
        .filter(|n| st::Uids::<Runtime>::contains_key(n, hotkey))
        .collect();
    let validator_permits = registrations
        .iter()
        .filter(|n| {
            st::Uids::<Runtime>::get(n, hotkey)
                .and_then(|uid| {
                    st::ValidatorPermit::<Runtime>::get(n)
                        .get(uid as usize)
                        .copied()
                })
                .unwrap_or(false)
        })
        .map(|n| Compact(*n))
        .collect();
    Some(DelegateInfo {
        delegate_ss58: hotkey.clone(),
        take: Compact(st::Delegates::<Runtime>::get(hotkey)),
        nominators,
        owner_ss58: st::Owner::<Runtime>::get(hotkey),
        registrations: registrations.into_iter().map(Compact).collect(),
        validator_permits,
        return_per_1000: Compact(0),
        total_daily_return: Compact(0),
    })
}

fn sim_tao_for_alpha(netuid: NetUid, tao: u64) -> SimSwapResult {
    let Ok((alpha, fee)) = Sub::sim_buy(netuid, tao) else {
        return SimSwapResult::default();
    };
    let price = Sub::current_price(netuid).max(1) as u128;
    let ideal = ((tao - fee) as u128 * 1_000_000_000 / price) as u64;
    SimSwapResult {
        tao_amount: tao,
        alpha_amount: alpha,
        tao_fee: fee,
        alpha_fee: 0,
        tao_slippage: 0,
        alpha_slippage: ideal.saturating_sub(alpha),
    }
}

fn sim_alpha_for_tao(netuid: NetUid, alpha: u64) -> SimSwapResult {
    let Ok((tao, fee)) = Sub::sim_sell(netuid, alpha) else {
        return SimSwapResult::default();
    };
    let price = Sub::current_price(netuid) as u128;
    let ideal = ((alpha - fee) as u128 * price / 1_000_000_000) as u64;
    SimSwapResult {
        tao_amount: tao,
        alpha_amount: alpha,
        tao_fee: 0,
        alpha_fee: fee,
        tao_slippage: ideal.saturating_sub(tao),
        alpha_slippage: 0,
    }
}

fn stake_fee(
    origin: Option<(AccountId32, NetUid)>,
    destination: Option<(AccountId32, NetUid)>,
    amount: u64,
) -> u64 {
    match (origin, destination) {
        (None, Some((_, n))) => amount as u128 as u64 * Sub::fee_rate(n) / 65535,
        (Some((_, o)), Some((_, d))) if o == d => 0,
        (Some((_, o)), _) => (amount as u128 * Sub::fee_rate(o) as u128 / 65535) as u64,
        (None, None) => 0,
    }
}

impl_runtime_apis! {
    impl sp_api::Core<Block> for Runtime {
        fn version() -> RuntimeVersion {
            VERSION
        }
        fn execute_block(block: <Block as BlockT>::LazyBlock) {
            Executive::execute_block(block)
        }
        fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
            Executive::initialize_block(header)
        }
    }

    impl sp_api::Metadata<Block> for Runtime {
        fn metadata() -> OpaqueMetadata {
            OpaqueMetadata::new(Runtime::metadata().into())
        }
        fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
            Runtime::metadata_at_version(version)
        }
        fn metadata_versions() -> Vec<u32> {
            Runtime::metadata_versions()
        }
    }

    impl sp_block_builder::BlockBuilder<Block> for Runtime {
        fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
            Executive::apply_extrinsic(extrinsic)
        }
        fn finalize_block() -> <Block as BlockT>::Header {
            Executive::finalize_block()
        }
        fn inherent_extrinsics(_data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
            Vec::new()
        }
        fn check_inherents(
            _block: <Block as BlockT>::LazyBlock,
            _data: sp_inherents::InherentData,
        ) -> sp_inherents::CheckInherentsResult {
            sp_inherents::CheckInherentsResult::new()
        }
    }

    impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
        fn validate_transaction(
            source: TransactionSource,
            tx: <Block as BlockT>::Extrinsic,
            block_hash: <Block as BlockT>::Hash,
        ) -> TransactionValidity {
            Executive::validate_transaction(source, tx, block_hash)
        }
    }

    impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
        fn account_nonce(account: AccountId) -> Nonce {
            System::account_nonce(account)
        }
    }

    impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
        fn query_info(
            uxt: <Block as BlockT>::Extrinsic,
            len: u32,
        ) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
            TransactionPayment::query_info(uxt, len)
        }
        fn query_fee_details(
            uxt: <Block as BlockT>::Extrinsic,
            len: u32,
        ) -> pallet_transaction_payment::FeeDetails<Balance> {
            TransactionPayment::query_fee_details(uxt, len)
        }
        fn query_weight_to_fee(weight: Weight) -> Balance {
            TransactionPayment::weight_to_fee(weight)
        }
        fn query_length_to_fee(length: u32) -> Balance {
            TransactionPayment::length_to_fee(length)
        }
    }

    impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
        for Runtime
    {
        fn query_call_info(
            call: RuntimeCall,
            len: u32,
        ) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
            TransactionPayment::query_call_info(call, len)
        }
        fn query_call_fee_details(
            call: RuntimeCall,
            len: u32,
        ) -> pallet_transaction_payment::FeeDetails<Balance> {
            TransactionPayment::query_call_fee_details(call, len)
        }
        fn query_weight_to_fee(weight: Weight) -> Balance {
            TransactionPayment::weight_to_fee(weight)
        }
        fn query_length_to_fee(length: u32) -> Balance {
            TransactionPayment::length_to_fee(length)
        }
    }

    impl self::SubnetInfoRuntimeApi<Block> for Runtime {
        fn get_metagraph(netuid: NetUid) -> Option<Metagraph> {
            metagraph(netuid)
        }
        fn get_all_dynamic_info() -> Vec<Option<DynamicInfo>> {
            netuids().into_iter().map(dynamic_info).collect()
        }
        fn get_dynamic_info(netuid: NetUid) -> Option<DynamicInfo> {
            dynamic_info(netuid)
        }
        fn get_subnet_hyperparams_v2(netuid: NetUid) -> Option<SubnetHyperparamsV2> {
            hyperparams_v2(netuid)
        }
        fn get_subnet_hyperparams_v3(netuid: NetUid) -> Option<Vec<HyperparamEntry>> {
            hyperparams_v3(netuid)
        }
        fn get_next_epoch_start_block(netuid: NetUid) -> Option<u64> {
            next_epoch_start_block(netuid)
        }
        fn get_mechagraph(netuid: NetUid, mecid: u8) -> Option<Metagraph> {
            mechagraph(netuid, mecid)
        }
        fn get_coldkey_auto_stake_hotkey(coldkey: AccountId32, netuid: NetUid) -> Option<AccountId32> {
            st::AutoStakeDestination::<Runtime>::get(coldkey, netuid)
        }
        fn get_all_mechagraphs() -> Vec<Option<Metagraph>> {
            netuids()
                .into_iter()
                .flat_map(|netuid| {
                    (0..st::MechanismCountCurrent::<Runtime>::get(netuid))
                        .map(move |mecid| mechagraph(netuid, mecid))
                })
                .collect()
        }
    }

    impl self::StakeInfoRuntimeApi<Block> for Runtime {
        fn get_stake_availability_for_coldkeys(
            coldkey_accounts: Vec<AccountId32>,
            netuids: Option<Vec<NetUid>>,
        ) -> std::collections::BTreeMap<AccountId32, std::collections::BTreeMap<NetUid, StakeAvailability>> {
            stake_availability(coldkey_accounts, netuids)
        }
        fn get_coldkey_lock(coldkey: AccountId32, netuid: NetUid) -> Option<LockState> {
            Sub::coldkey_lock(&coldkey, netuid)
        }
        fn get_hotkey_conviction(hotkey: AccountId32, netuid: NetUid) -> FixedU128 {
            FixedU128 { bits: Sub::hotkey_conviction(&hotkey, netuid).to_bits() }
        }
        fn get_most_convicted_hotkey_on_subnet(netuid: NetUid) -> Option<AccountId32> {
            Sub::most_convicted_hotkey(netuid)
        }
        fn get_stake_info_for_coldkey(coldkey_account: AccountId32) -> Vec<StakeInfo> {
            stake_infos(&coldkey_account)
        }
        fn get_stake_info_for_coldkeys(coldkey_accounts: Vec<AccountId32>) -> Vec<(AccountId32, Vec<StakeInfo>)> {
            coldkey_accounts.into_iter().map(|c| { let s = stake_infos(&c); (c, s) }).collect()
        }
        fn get_stake_info_for_hotkey_coldkey_netuid(
            hotkey_account: AccountId32,
            coldkey_account: AccountId32,
            netuid: NetUid,
        ) -> Option<StakeInfo> {
            stake_info(&hotkey_account, &coldkey_account, netuid)
        }
        fn get_stake_fee(
            origin: Option<(AccountId32, NetUid)>,
            _origin_coldkey_account: AccountId32,
            destination: Option<(AccountId32, NetUid)>,
            _destination_coldkey_account: AccountId32,
            amount: u64,
        ) -> u64 {
            stake_fee(origin, destination, amount)
        }
    }

    impl self::NeuronInfoRuntimeApi<Block> for Runtime {
        fn get_neurons(netuid: NetUid) -> Vec<NeuronInfo> {
            (0..st::SubnetworkN::<Runtime>::get(netuid)).filter_map(|u| neuron(netuid, u)).collect()
        }
        fn get_neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo> {
            neuron(netuid, uid)
        }
        fn get_neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite> {
            (0..st::SubnetworkN::<Runtime>::get(netuid)).filter_map(|u| neuron_lite(netuid, u)).collect()
        }
        fn get_neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite> {
            neuron_lite(netuid, uid)
        }
    }

    impl self::DelegateInfoRuntimeApi<Block> for Runtime {
        fn get_delegates() -> Vec<DelegateInfo> {
            let mut hotkeys: Vec<AccountId32> = st::Owner::<Runtime>::iter_keys().collect();
            hotkeys.sort();
            hotkeys.iter().filter_map(delegate_info).collect()
        }
        fn get_delegate(delegate_account: AccountId32) -> Option<DelegateInfo> {
            delegate_info(&delegate_account)
        }
        fn get_delegated(delegatee_account: AccountId32) -> Vec<Delegated> {
            let mut out = Vec::new();
            for hotkey in st::StakingHotkeys::<Runtime>::get(&delegatee_account) {
                let Some(info) = delegate_info(&hotkey) else { continue };
                for netuid in netuids() {
                    let s = Sub::stake_of(&hotkey, &delegatee_account, netuid);
                    if s > 0 {
                        out.push((info.clone(), (Compact(netuid), Compact(s))));
                    }
                }
            }
            out
        }
    }

    impl self::SubnetRegistrationRuntimeApi<Block> for Runtime {
        fn get_network_registration_cost() -> u64 {
            Sub::get_network_lock_cost()
        }
    }

    impl crate::pallet_shield::ShieldApi<Block> for Runtime {
        fn try_decode_shielded_tx(uxt: <Block as BlockT>::Extrinsic) -> Option<crate::pallet_shield::ShieldedTransaction> {
            crate::pallet_shield::try_decode_shielded_tx(uxt)
        }
        fn is_shielded_using_current_key(key_hash: [u8; 16]) -> bool {
            crate::pallet_shield::Pallet::<Runtime>::is_shielded_using_current_key(&key_hash)
        }
        fn try_unshield_tx(
            dec_key_bytes: Vec<u8>,
            shielded_tx: crate::pallet_shield::ShieldedTransaction,
        ) -> Option<<Block as BlockT>::Extrinsic> {
            crate::pallet_shield::try_unshield_tx(&dec_key_bytes, &shielded_tx)
        }
    }

    impl self::SwapRuntimeApi<Block> for Runtime {
        fn current_alpha_price(netuid: NetUid) -> u64 {
            Sub::current_price(netuid)
        }
        fn current_alpha_price_all() -> Vec<SubnetPrice> {
            netuids().into_iter().map(|netuid| SubnetPrice { netuid, price: Sub::current_price(netuid) }).collect()
        }
        fn sim_swap_tao_for_alpha(netuid: NetUid, tao: u64) -> SimSwapResult {
            sim_tao_for_alpha(netuid, tao)
        }
        fn sim_swap_alpha_for_tao(netuid: NetUid, alpha: u64) -> SimSwapResult {
            sim_alpha_for_tao(netuid, alpha)
        }
    }
}
