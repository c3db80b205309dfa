//! Per-block coinbase and per-tempo epochs, run with tao's own Yuma engine (`tao::yuma`).
//!
//! Every block: the TAO emission is injected into the emitting subnets' pools
//! ([`crate::coinbase`], while `DevnetTaoEmission` is set); for each emitting subnet, timelocked
//! commits due in the current epoch are decrypted with the stored drand pulse and applied; the
//! subnet's α emission is split into the owner cut and the miner / validator / root pools
//! (`Pending*`); when `tempo` blocks have passed since `LastEpochBlock`, the pools are drained
//! through the subnet's epoch and paid out as the chain pays them: the emission is split
//! between the subnet's mechanisms, one epoch runs per mechanism on its own weights, bonds and
//! last updates (inherited stakes shared), the results are added up per uid
//! ([`crate::pallet_subtensor::mechanism`]), and the sums paid: dividends shared with parents,
//! α dividends to the hotkeys' pools, root dividends made claimable. Last, the moving prices
//! move.

use crate::pallet_drand;
use crate::pallet_subtensor::mechanism::{Terms, aggregate_into, mechanism_weight};
use crate::pallet_subtensor::*;
use crate::tlock;
use crate::types::NetUid;
use codec::Decode;
use sp_runtime::AccountId32;
use std::collections::BTreeMap;
use substrate_fixed::types::U96F32;
use tao::yuma::inherit::{self, ChildStake, DividendSplit, ParentStake};
use tao::yuma::{EpochInput, math::safe_div_u96};

/// Total α supply at which emission would reach zero (21M α in rao).
const SUPPLY: u64 = 21_000_000_000_000_000;

/// The halving curve: 1 α per block until issuance reaches 10.5M α, halved each time issuance
/// passes `SUPPLY · (1 − 2^−k)`.
pub fn block_emission_for_issuance(issuance: u64) -> u64 {
    let mut halvings = 0u32;
    while halvings < 64 && issuance >= SUPPLY - (SUPPLY >> (halvings + 1)) {
        halvings += 1;
    }
    1_000_000_000u64.checked_shr(halvings).unwrap_or(0)
}

fn fx(v: u64) -> U96F32 {
    U96F32::saturating_from_num(v)
}

fn floor(v: U96F32) -> u64 {
    v.saturating_to_num::<u64>()
}

/// `SCALE WeightsTlockPayload { hotkey: Vec<u8>, uids, values, version_key }`.
#[derive(Decode)]
struct WeightsTlockPayload {
    hotkey: Vec<u8>,
    uids: Vec<u16>,
    values: Vec<u16>,
    version_key: u64,
}

/// The legacy payload without the hotkey.
#[derive(Decode)]
struct LegacyWeightsTlockPayload {
    uids: Vec<u16>,
    values: Vec<u16>,
    version_key: u64,
}

/// The pending pools an epoch drains, rao of α.
#[derive(Debug, Clone, Copy)]
struct Pools {
    server: u64,
    validator: u64,
    root: u64,
}

impl<T: Config> Pallet<T> {
    fn emits(netuid: NetUid) -> bool {
        netuid != 0
            && NetworksAdded::<T>::get(netuid)
            && FirstEmissionBlockNumber::<T>::get(netuid).is_some()
            && SubtokenEnabled::<T>::get(netuid)
    }

    /// The block step of every subnet (called from `on_initialize`).
    pub fn block_step() {
        let now = Self::block_number();
        let subnets: Vec<NetUid> = NetworksAdded::<T>::iter()
            .filter(|(netuid, added)| *added && *netuid != 0)
            .map(|(netuid, _)| netuid)
            .collect();
        let emitting: Vec<NetUid> = subnets
            .iter()
            .copied()
            .filter(|n| Self::emits(*n))
            .collect();
        let root_sell = Self::root_sell_flag(&emitting);
        // α emission by the issuance before this block's injection (`get_subnet_terms`).
        let alpha_emission: BTreeMap<NetUid, u64> = emitting
            .iter()
            .map(|n| {
                let issuance =
                    SubnetAlphaIn::<T>::get(*n).saturating_add(SubnetAlphaOut::<T>::get(*n));
                (*n, block_emission_for_issuance(issuance))
            })
            .collect();
        if DevnetTaoEmission::<T>::get() {
            Self::emit_tao(&emitting);
        }
        for netuid in subnets {
            Self::apply_pending_children(netuid);
            Self::reveal_timelocked_commits(netuid);
            if !Self::emits(netuid) {
                continue;
            }
            let alpha_out = alpha_emission.get(&netuid).copied().unwrap_or(0);
            Self::accumulate_emission(netuid, alpha_out, root_sell);
            let tempo = Tempo::<T>::get(netuid) as u64;
            let pending = PendingEpochAt::<T>::get(netuid);
            let due = tempo > 0
                && ((pending > 0 && now >= pending)
                    || now.saturating_sub(LastEpochBlock::<T>::get(netuid)) >= tempo);
            if due {
                LastEpochBlock::<T>::insert(netuid, now);
                PendingEpochAt::<T>::insert(netuid, 0);
                SubnetEpochIndex::<T>::mutate(netuid, |e| *e = e.saturating_add(1));
                BlocksSinceLastStep::<T>::insert(netuid, 0);
                Self::distribute_emission(netuid);
                LastMechansimStepBlock::<T>::insert(netuid, now);
            } else {
                BlocksSinceLastStep::<T>::mutate(netuid, |b| *b = b.saturating_add(1));
            }
        }
        Self::update_moving_prices(&emitting);
    }

    /// The root-sell flag (`get_network_root_sell_flag`): the moving prices of the emitting
    /// subnets sum to more than 1.
    fn root_sell_flag(subnets: &[NetUid]) -> bool {
        let sum = subnets
            .iter()
            .map(|n| Self::moving_price(*n))
            .fold(substrate_fixed::types::U64F64::from_num(0), |a, b| {
                a.saturating_add(b)
            });
        sum > substrate_fixed::types::U64F64::from_num(1)
    }

    /// Steps 1-3 of the coinbase for one block: α emission, owner cut, the three pools. The root
    /// proportion counts this block's α emission in the issuance (the chain mints it into
    /// `SubnetAlphaOut` first).
    fn accumulate_emission(netuid: NetUid, alpha_out: u64, root_sell: bool) {
        SubnetAlphaOutEmission::<T>::insert(netuid, alpha_out);
        let mut alpha = fx(alpha_out);
        let cut_rate = safe_div_u96(fx(SubnetOwnerCut::<T>::get() as u64), fx(u16::MAX as u64));
        let cut = alpha.saturating_mul(cut_rate);
        PendingOwnerCut::<T>::mutate(netuid, |v| *v = v.saturating_add(floor(cut)));
        alpha = alpha.saturating_sub(cut);

        let issuance = SubnetAlphaIn::<T>::get(netuid)
            .saturating_add(SubnetAlphaOut::<T>::get(netuid))
            .saturating_add(alpha_out);
        let tw = inherit::tao_weight(TaoWeight::<T>::get());
        let root_tao = fx(SubnetTAO::<T>::get(0)).saturating_mul(tw);
        let root_proportion = safe_div_u96(root_tao, root_tao.saturating_add(fx(issuance)));
        let root_alpha = root_proportion
            .saturating_mul(alpha)
            .saturating_mul(U96F32::from_num(0.5));
        let half = alpha.saturating_mul(U96F32::from_num(0.5));
        let validator = alpha.saturating_sub(half).saturating_sub(root_alpha);
        PendingServerEmission::<T>::mutate(netuid, |v| *v = v.saturating_add(floor(half)));
        PendingValidatorEmission::<T>::mutate(netuid, |v| *v = v.saturating_add(floor(validator)));
        if root_sell {
            PendingRootAlphaDivs::<T>::mutate(netuid, |v| *v = v.saturating_add(floor(root_alpha)));
        }
    }

    /// A mechanism's epoch input, read from storage as the chain's epoch reads it: the
    /// mechanism's weights, bonds, last updates and commits (under its storage index), the
    /// subnet's registration blocks, inherited α and root TAO stakes, `TaoWeight`,
    /// `StakeThreshold`, the owner's uid, validator permits and hyperparameters; the emission is
    /// the mechanism's share of the pending pools (all of them on a subnet with one
    /// mechanism), and the pools are the subnet's.
    pub fn epoch_input(
        netuid: NetUid,
        mecid: u8,
        pending_server: u64,
        pending_validator: u64,
        pending_root: u64,
    ) -> EpochInput {
        let index = Self::storage_index(netuid, mecid);
        let total = pending_server
            .saturating_add(pending_validator)
            .saturating_add(pending_root);
        let share = Self::split_emissions(netuid, total)
            .get(usize::from(mecid))
            .copied()
            .unwrap_or(0);
        let n = SubnetworkN::<T>::get(netuid);
        let now = Self::block_number();
        let hotkeys: Vec<AccountId32> = (0..n).map(|uid| Keys::<T>::get(netuid, uid)).collect();
        let padded_u64 = |mut v: Vec<u64>| {
            v.resize(n as usize, 0);
            v
        };
        let mut permits = ValidatorPermit::<T>::get(netuid);
        permits.resize(n as usize, false);
        let (alpha_low, alpha_high) = AlphaValues::<T>::get(netuid);
        let commit_reveal = CommitRevealWeightsEnabled::<T>::get(netuid);
        EpochInput {
            n,
            current_block: now,
            tempo: Tempo::<T>::get(netuid),
            activity_cutoff_factor_milli: ActivityCutoffFactorMilli::<T>::get(netuid),
            activity_cutoff_blocks: None,
            last_mechanism_step_block: LastMechansimStepBlock::<T>::get(netuid),
            last_update: padded_u64(LastUpdate::<T>::get(index)),
            block_at_registration: (0..n)
                .map(|uid| BlockAtRegistration::<T>::get(netuid, uid))
                .collect(),
            alpha_stake: hotkeys
                .iter()
                .map(|h| Self::stake_parts(h, netuid).0)
                .collect(),
            tao_stake: hotkeys
                .iter()
                .map(|h| Self::stake_parts(h, netuid).1)
                .collect(),
            tao_weight_raw: TaoWeight::<T>::get(),
            stake_threshold: StakeThreshold::<T>::get(),
            owner_uid: Uids::<T>::get(netuid, SubnetOwnerHotkey::<T>::get(netuid)),
            validator_permits: permits,
            max_allowed_validators: MaxAllowedValidators::<T>::get(netuid),
            weights: (0..n).map(|uid| Weights::<T>::get(index, uid)).collect(),
            bonds: (0..n).map(|uid| Bonds::<T>::get(index, uid)).collect(),
            commit_reveal_enabled: commit_reveal,
            commit_blocks: hotkeys
                .iter()
                .map(|h| Self::earliest_live_commit(netuid, index, h))
                .collect(),
            kappa: Kappa::<T>::get(netuid),
            bonds_penalty: BondsPenalty::<T>::get(netuid),
            alpha_low,
            alpha_high,
            bonds_moving_average: BondsMovingAverage::<T>::get(netuid),
            yuma3: Yuma3On::<T>::get(netuid),
            liquid_alpha: LiquidAlphaOn::<T>::get(netuid),
            alpha_sigmoid_steepness: AlphaSigmoidSteepness::<T>::get(netuid),
            rao_emission: share,
            pending_server_alpha: pending_server,
            pending_validator_alpha: pending_validator,
            pending_root_alpha: pending_root,
        }
    }

    /// The earliest commit block of the hotkey's commits under a storage index that have not
    /// expired: v2 commits whose reveal window is not over, and timelocked commits of the last
    /// `RevealPeriodEpochs` epochs (and the current one).
    fn earliest_live_commit(netuid: NetUid, index: NetUid, hotkey: &AccountId32) -> Option<u64> {
        let now = Self::block_number();
        let v2 = WeightCommits::<T>::get(index, hotkey)
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, _, _, last)| !Self::commit_expired(*last, now))
            .map(|(_, block, _, _)| block)
            .min();
        let current = SubnetEpochIndex::<T>::get(netuid);
        let period = RevealPeriodEpochs::<T>::get(netuid);
        let v4 = (current.saturating_sub(period)..=current)
            .flat_map(|epoch| TimelockedWeightCommits::<T>::get(index, epoch))
            .filter(|(who, ..)| who == hotkey)
            .map(|(_, block, _, _)| block)
            .min();
        match (v2, v4) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Steps 4-9: drain the pools, run the epoch of every mechanism on its share
    /// (`epoch_with_mechanisms`), write each mechanism's incentive and bonds, add the results
    /// up, write the sums and pay them out.
    fn distribute_emission(netuid: NetUid) {
        let server = PendingServerEmission::<T>::take(netuid);
        let validator = PendingValidatorEmission::<T>::take(netuid);
        let root = PendingRootAlphaDivs::<T>::take(netuid);
        let owner_cut = PendingOwnerCut::<T>::take(netuid);
        let n = SubnetworkN::<T>::get(netuid);
        let owner_cold = SubnetOwner::<T>::get(netuid);
        let owner_hot = SubnetOwnerHotkey::<T>::get(netuid);
        let total = server.saturating_add(validator).saturating_add(root);
        let shares = Self::split_emissions(netuid, total);
        let mut sums = vec![Terms::default(); n as usize];
        let mut ran = n > 0;
        for (m, share) in shares.iter().enumerate().take_while(|_| n > 0) {
            let mecid = m as u8;
            let input = Self::epoch_input(netuid, mecid, server, validator, root);
            let Ok(sim) = tao::yuma::simulate(&input) else {
                ran = false;
                break;
            };
            Self::write_mechanism_epoch(netuid, mecid, &sim.output);
            let terms = Self::terms_of(&sim.output);
            aggregate_into(
                &mut sums,
                &terms,
                mechanism_weight(*share, total, mecid),
                m == 0,
            );
        }
        if ran {
            Self::write_epoch(netuid, &sums);
            let pools = Pools {
                server,
                validator,
                root,
            };
            Self::pay_out(netuid, &sums, pools, &owner_cold, &owner_hot, owner_cut);
        } else {
            Self::pay_owner_cut(netuid, owner_cut);
        }
    }

    /// One uid's terms of a mechanism's epoch.
    fn terms_of(out: &tao::yuma::EpochOutput) -> Vec<Terms> {
        (0..out.server_emission.len())
            .map(|uid| Terms {
                server_emission: out.server_emission[uid],
                validator_emission: out.validator_emission[uid],
                emission: out.combined_emission[uid],
                dividend: out.dividends_u16[uid],
                incentive: out.incentive_u16[uid],
                consensus: out.consensus_u16[uid],
                validator_trust: out.validator_trust_u16[uid],
                stake_weight: out.stake_weight_u16[uid],
                active: out.active[uid],
                new_validator_permit: out.new_validator_permits[uid],
            })
            .collect()
    }

    /// What the chain keeps of each mechanism's epoch, under its storage index: the incentive
    /// and the bonds; and the miners' emission, in an event.
    fn write_mechanism_epoch(netuid: NetUid, mecid: u8, out: &tao::yuma::EpochOutput) {
        let index = Self::storage_index(netuid, mecid);
        Incentive::<T>::insert(index, out.incentive_u16.clone());
        Self::deposit_event(Event::IncentiveAlphaEmittedToMiners {
            netuid: index,
            emissions: out.server_emission.clone(),
        });
        for (uid, row) in out.bonds_written.iter().enumerate() {
            if let Some(row) = row {
                Bonds::<T>::insert(index, uid as u16, row.clone());
            }
        }
    }

    /// The owner cut staked to the subnet owner's hotkey (when it is registered).
    fn pay_owner_cut(netuid: NetUid, owner_cut: u64) {
        let owner_cold = SubnetOwner::<T>::get(netuid);
        let owner_hot = SubnetOwnerHotkey::<T>::get(netuid);
        if owner_cut > 0 && Uids::<T>::get(netuid, &owner_hot).is_some() {
            Self::increase_stake(&owner_hot, &owner_cold, netuid, owner_cut);
            SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_add(owner_cut));
            Self::auto_lock_owner_cut(netuid, owner_cut);
        }
    }

    /// The subnet's terms added up over its mechanisms (`persist_netuid_epoch_terms`).
    fn write_epoch(netuid: NetUid, sums: &[Terms]) {
        let col = |f: fn(&Terms) -> u16| sums.iter().map(f).collect::<Vec<u16>>();
        Active::<T>::insert(netuid, sums.iter().map(|t| t.active).collect::<Vec<_>>());
        Emission::<T>::insert(netuid, sums.iter().map(|t| t.emission).collect::<Vec<_>>());
        Dividends::<T>::insert(netuid, col(|t| t.dividend));
        Consensus::<T>::insert(netuid, col(|t| t.consensus));
        ValidatorTrust::<T>::insert(netuid, col(|t| t.validator_trust));
        StakeWeight::<T>::insert(netuid, col(|t| t.stake_weight));
        ValidatorPermit::<T>::insert(
            netuid,
            sums.iter()
                .map(|t| t.new_validator_permit)
                .collect::<Vec<_>>(),
        );
    }

    /// How the validator `hotkey`'s dividend is shared with its parents on `netuid`: the parents
    /// in `ParentKeys` order and the split (`tao::yuma::inherit::split_dividend` on the stored
    /// relations, own stakes, owners, `ChildkeyTake` (at least `MinChildkeyTake`) and `CKBurn`).
    pub fn split_validator_dividend(
        hotkey: &AccountId32,
        netuid: NetUid,
        dividend: u64,
    ) -> (Vec<AccountId32>, DividendSplit) {
        let owner = Owner::<T>::get(hotkey);
        let (alpha, tao) = Self::own_stake_parts(hotkey, netuid);
        let children: Vec<u64> = ChildKeys::<T>::get(hotkey, netuid)
            .iter()
            .map(|(p, _)| *p)
            .collect();
        let relations = ParentKeys::<T>::get(hotkey, netuid);
        let parents: Vec<ParentStake> = relations
            .iter()
            .map(|(p, parent)| ParentStake {
                proportion: *p,
                alpha: TotalHotkeyAlpha::<T>::get(parent, netuid),
                tao: TotalHotkeyAlpha::<T>::get(parent, 0),
                same_owner: Owner::<T>::get(parent) == owner,
            })
            .collect();
        let take = ChildkeyTake::<T>::get(hotkey, netuid).max(MinChildkeyTake::<T>::get());
        let child = ChildStake {
            alpha,
            tao,
            children: &children,
            childkey_take: take,
        };
        let split = inherit::split_dividend(
            dividend,
            &child,
            &parents,
            TaoWeight::<T>::get(),
            CKBurn::<T>::get(),
        );
        (relations.into_iter().map(|(_, p)| p).collect(), split)
    }

    /// Miners' incentive to their hotkeys (the subnet owner's own hotkeys' incentive is burned);
    /// validators' dividends shared with their parents, then split into α and root parts by
    /// each hotkey's own stakes; the delegate take of each part staked to the hotkey's owner; the
    /// rest of the α part added to the hotkey's pool (`AlphaDividendsPerSubnet`) and the rest of
    /// the root part made claimable by the hotkey's root stakers (`RootClaimable`,
    /// `RootAlphaDividendsPerSubnet`).
    fn pay_out(
        netuid: NetUid,
        sums: &[Terms],
        pools: Pools,
        owner_cold: &AccountId32,
        owner_hot: &AccountId32,
        owner_cut: u64,
    ) {
        let n = SubnetworkN::<T>::get(netuid);
        let hotkeys: Vec<AccountId32> = (0..n).map(|uid| Keys::<T>::get(netuid, uid)).collect();
        let mut minted = 0u64;

        let mut dividends: BTreeMap<AccountId32, U96F32> = BTreeMap::new();
        let mut add = |k: &AccountId32, v: u64| {
            let e = dividends.entry(k.clone()).or_insert(U96F32::from_num(0));
            *e = e.saturating_add(fx(v));
        };
        for (uid, hot) in hotkeys.iter().enumerate() {
            let d = sums.get(uid).map_or(0, |t| t.validator_emission);
            let (parents, split) = Self::split_validator_dividend(hot, netuid, d);
            for (parent, amount) in parents.iter().zip(&split.to_parents) {
                add(parent, *amount);
            }
            add(hot, split.to_child);
        }
        let stakes: BTreeMap<AccountId32, (u64, u64)> = dividends
            .keys()
            .map(|k| (k.clone(), Self::own_stake_parts(k, netuid)))
            .collect();
        let paid_incentive = sums.iter().any(|t| t.server_emission != 0);
        let pending_alpha = if paid_incentive {
            pools.validator
        } else {
            pools.validator.saturating_add(pools.server)
        };
        let (alpha_divs, root_divs) = inherit::dividend_distribution(
            pending_alpha,
            pools.root,
            TaoWeight::<T>::get(),
            &dividends,
            &stakes,
        );

        // Everything above is computed before anything is paid, as on the chain; the payments
        // follow in the chain's order: owner cut, incentives, α dividends, root dividends.
        Self::pay_owner_cut(netuid, owner_cut);
        for (uid, hot) in hotkeys.iter().enumerate() {
            let cold = Owner::<T>::get(hot);
            let incentive = sums.get(uid).map_or(0, |t| t.server_emission);
            if incentive > 0 && &cold != owner_cold && hot != owner_hot {
                let destination = Self::incentive_destination(hot, &cold, netuid, incentive);
                Self::increase_stake(&destination, &cold, netuid, incentive);
                minted = minted.saturating_add(incentive);
            }
        }
        let _ = AlphaDividendsPerSubnet::<T>::clear_prefix(netuid, u32::MAX, None);
        for (hot, divs) in alpha_divs {
            let take = Self::take_rate(&hot).saturating_mul(divs);
            let rest = floor(divs.saturating_sub(take));
            let take = floor(take);
            Self::increase_stake(&hot, &Owner::<T>::get(&hot), netuid, take);
            TotalHotkeyAlpha::<T>::mutate(&hot, netuid, |a| *a = a.saturating_add(rest));
            AlphaDividendsPerSubnet::<T>::mutate(netuid, &hot, |v| *v = v.saturating_add(rest));
            minted = minted.saturating_add(take).saturating_add(rest);
        }
        let _ = RootAlphaDividendsPerSubnet::<T>::clear_prefix(netuid, u32::MAX, None);
        for (hot, divs) in root_divs {
            let take = Self::take_rate(&hot).saturating_mul(divs);
            let rest = floor(divs.saturating_sub(take));
            let take = floor(take);
            Self::increase_stake(&hot, &Owner::<T>::get(&hot), netuid, take);
            Self::increase_root_claimable(&hot, netuid, rest);
            RootAlphaDividendsPerSubnet::<T>::mutate(netuid, &hot, |v| *v = v.saturating_add(rest));
            minted = minted.saturating_add(take).saturating_add(rest);
        }
        SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_add(minted));
    }

    /// `Delegates[hotkey] / 65535`.
    fn take_rate(hotkey: &AccountId32) -> U96F32 {
        safe_div_u96(fx(Delegates::<T>::get(hotkey) as u64), fx(u16::MAX as u64))
    }

    /// Decrypts and applies the timelocked commits due in the subnet's current epoch (those
    /// made `RevealPeriodEpochs` epochs ago), in each mechanism's queue. A commit whose pulse is
    /// not stored yet waits; one that does not decrypt, decode or match its signer is dropped
    /// silently; expired queues are removed.
    fn reveal_timelocked_commits(netuid: NetUid) {
        let current = SubnetEpochIndex::<T>::get(netuid);
        let period = RevealPeriodEpochs::<T>::get(netuid);
        if current < period {
            return;
        }
        let due = current - period;
        for mecid in 0..MechanismCountCurrent::<T>::get(netuid) {
            Self::reveal_mechanism_commits(netuid, mecid, due);
        }
    }

    fn reveal_mechanism_commits(netuid: NetUid, mecid: u8, due: u64) {
        let index = Self::storage_index(netuid, mecid);
        if due > 0 {
            TimelockedWeightCommits::<T>::remove(index, due - 1);
        }
        let queue = TimelockedWeightCommits::<T>::get(index, due);
        if queue.is_empty() {
            return;
        }
        let mut waiting = std::collections::VecDeque::new();
        for (who, commit_block, commit, round) in queue {
            let Some(pulse) = pallet_drand::Pulses::<T>::get(round) else {
                waiting.push_back((who, commit_block, commit, round));
                continue;
            };
            let Ok(plain) = tlock::decrypt(&commit, &pulse.signature) else {
                continue;
            };
            let (uids, values, version_key) = match WeightsTlockPayload::decode(&mut &plain[..]) {
                Ok(p) => {
                    if AccountId32::decode(&mut &p.hotkey[..]).ok().as_ref() != Some(&who) {
                        continue;
                    }
                    (p.uids, p.values, p.version_key)
                }
                Err(_) => match LegacyWeightsTlockPayload::decode(&mut &plain[..]) {
                    Ok(p) => (p.uids, p.values, p.version_key),
                    Err(_) => continue,
                },
            };
            if Self::do_set_weights(&who, netuid, mecid, uids, values, version_key).is_ok() {
                if let Some(uid) = Uids::<T>::get(netuid, &who) {
                    Self::set_last_update_at(index, uid, commit_block);
                }
                Self::deposit_event(Event::TimelockedWeightsRevealed(index, who));
            }
        }
        if waiting.is_empty() {
            TimelockedWeightCommits::<T>::remove(index, due);
        } else {
            TimelockedWeightCommits::<T>::insert(index, due, waiting);
        }
    }
}
