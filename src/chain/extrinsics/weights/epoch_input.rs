//! The subnet's state at the pinned block read into the Yuma engine's input for the coming
//! epoch, as the chain's epoch would read it.
//!
//! Four reads at most: the subnet's parameters (with its mechanism count and emission split);
//! each uid's hotkey and registration block, and per mechanism its weights, bonds and last
//! updates; each hotkey's own stakes and child/parent relations with the owner's uid and (on
//! commit-reveal subnets) every mechanism's open commits; and, only when some parent is not a
//! neuron of the subnet, those parents' own stakes.

use std::collections::{BTreeMap, HashMap};

use super::queues::{v2_queue, v4_queue};
use super::{PALLET, list, opt_bool, opt_u16, opt_u64, own_stake_queries, proportions};
use crate::chain::ChainError;
use crate::chain::client::{Chain, StorageQuery, arg_account, arg_u16, arg_u64};
use crate::chain::tx::TxChain;
use crate::chain::value::{Val, account, bool_of, int, items, u16_of, u64_of};
use crate::yuma::mechanisms::storage_index;
use crate::yuma::payout::{self, PayoutContext};
use crate::yuma::{EpochInput, SubnetInput, inherit};

/// The `ActivityCutoffFactorMilli` whose cutoff `max(1, floor(factor × tempo / 1000))` equals a
/// legacy `ActivityCutoff` of `blocks` (exact while tempo < 1000).
pub fn legacy_cutoff_factor(blocks: u64, tempo: u16) -> u64 {
    if tempo == 0 {
        return 0;
    }
    (blocks * 1000).div_ceil(u64::from(tempo))
}

/// A pool accumulated over `elapsed` blocks, extrapolated at the same rate over `remaining`
/// more blocks.
pub fn extrapolate(pool: u64, elapsed: u64, remaining: u64) -> u64 {
    if elapsed == 0 {
        return pool;
    }
    let extra = u128::from(pool) * u128::from(remaining) / u128::from(elapsed);
    u64::try_from(u128::from(pool) + extra).unwrap_or(u64::MAX)
}

/// A sparse `Weights`/`Bonds` row, without entries for uids at or above `n`.
fn sparse_row(v: &Option<Val>, n: u16) -> Result<Vec<(u16, u16)>, ChainError> {
    let Some(v) = v else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for pair in items(v)? {
        let t = items(pair)?;
        if t.len() != 2 {
            return Err(ChainError::decode("a (u16, u16) pair", t.len()));
        }
        let (j, w) = (u16_of(t[0])?, u16_of(t[1])?);
        if j < n {
            out.push((j, w));
        }
    }
    Ok(out)
}

/// The subnet's epoch inputs, one per mechanism, as they would be read at `epoch_block`, from
/// the state at the pinned block: the stored weights, bonds and last updates of each mechanism;
/// the permits and hyperparameters; each hotkey's inherited α and root stake (own stake minus
/// what it gives its children plus what its parents give it, from `ChildKeys`/`ParentKeys`, as
/// `crate::yuma::inherit` computes it); the pending pools so far, extrapolated at the same
/// per-block rate from the last epoch block to `epoch_block`; on commit-reveal subnets each
/// validator's earliest open commit (v2 and timelocked) at `epoch_block`, per mechanism. Every
/// mechanism's `rao_emission` is the subnet's whole emission; `crate::yuma::subnet` splits it
/// with the stored `MechanismEmissionSplit`. A chain without mechanisms gives one.
pub async fn epoch_inputs(
    tc: &TxChain,
    netuid: u16,
    epoch_block: u64,
) -> Result<(SubnetInput, PayoutContext<[u8; 32]>), ChainError> {
    let chain = &tc.chain;
    let p = SubnetParams::read(chain, netuid).await?;
    let pinned = tc.pinned_number().await?;
    let elapsed = pinned.saturating_sub(p.last_epoch_block);
    let remaining = epoch_block.saturating_sub(pinned);
    let server = extrapolate(p.pending_server, elapsed, remaining);
    let validator = extrapolate(p.pending_validator, elapsed, remaining);
    let root = extrapolate(p.pending_root, elapsed, remaining);
    let neurons = Neurons::read(chain, netuid, &p).await?;
    let s = StakesAndCommits::read(chain, netuid, &p, &neurons.hotkeys, epoch_block).await?;
    let (alpha_stake, tao_stake, own) =
        inherited_stakes(chain, netuid, &neurons.hotkeys, s.own, &s.relations).await?;
    let payout = payout_context(
        chain,
        netuid,
        &neurons.hotkeys,
        own,
        &s.relations,
        p.tao_weight,
    )
    .await?;
    let base = EpochInput {
        n: p.n,
        current_block: epoch_block,
        tempo: p.tempo,
        activity_cutoff_factor_milli: u32::try_from(p.cutoff_factor_milli).unwrap_or(u32::MAX),
        activity_cutoff_blocks: None,
        last_mechanism_step_block: p.last_mechanism_step_block,
        last_update: Vec::new(),
        block_at_registration: neurons.registered,
        alpha_stake,
        tao_stake,
        tao_weight_raw: p.tao_weight,
        stake_threshold: p.stake_threshold,
        owner_uid: s.owner_uid,
        validator_permits: p.permits,
        max_allowed_validators: p.max_allowed_validators,
        weights: Vec::new(),
        bonds: Vec::new(),
        commit_reveal_enabled: p.commit_reveal,
        commit_blocks: Vec::new(),
        kappa: p.kappa,
        bonds_penalty: p.bonds_penalty,
        alpha_low: p.alpha_low,
        alpha_high: p.alpha_high,
        bonds_moving_average: p.bonds_moving_average,
        yuma3: p.yuma3,
        liquid_alpha: p.liquid_alpha,
        alpha_sigmoid_steepness: p.steepness,
        rao_emission: server.saturating_add(validator).saturating_add(root),
        pending_server_alpha: server,
        pending_validator_alpha: validator,
        pending_root_alpha: root,
    };
    let mechanisms = neurons
        .mechanisms
        .into_iter()
        .zip(s.commit_blocks)
        .map(|(m, commit_blocks)| EpochInput {
            last_update: m.last_update,
            weights: m.weights,
            bonds: m.bonds,
            commit_blocks,
            ..base.clone()
        })
        .collect();
    Ok((
        SubnetInput {
            emission_split: p.split,
            mechanisms,
        },
        payout,
    ))
}

/// What the coinbase reads to pay the epoch's dividends, in one more batch: each uid hotkey's
/// and parent's owner and delegate take, each uid hotkey's childkey take, `MinChildkeyTake` and
/// `CKBurn` (items the connected chain lacks count as 0).
async fn payout_context(
    chain: &Chain,
    netuid: u16,
    hotkeys: &[[u8; 32]],
    own: HashMap<[u8; 32], (u64, u64)>,
    relations: &[Relations],
    tao_weight_raw: u64,
) -> Result<PayoutContext<[u8; 32]>, ChainError> {
    let mut keys: Vec<[u8; 32]> = hotkeys
        .iter()
        .copied()
        .chain(
            relations
                .iter()
                .flat_map(|(_, parents)| parents.iter().map(|(_, p)| *p)),
        )
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let has = |item: &str| chain.has_storage(PALLET, item);
    let mut q = Vec::new();
    for k in &keys {
        q.push(StorageQuery::new(PALLET, "Owner", vec![arg_account(k)]));
        if has("Delegates") {
            q.push(StorageQuery::new(PALLET, "Delegates", vec![arg_account(k)]));
        }
    }
    let takes_at = q.len();
    if has("ChildkeyTake") {
        q.extend(hotkeys.iter().map(|h| {
            StorageQuery::new(
                PALLET,
                "ChildkeyTake",
                vec![arg_account(h), arg_u16(netuid)],
            )
        }));
    }
    let globals_at = q.len();
    for item in ["MinChildkeyTake", "CKBurn"] {
        if has(item) {
            q.push(StorageQuery::new(PALLET, item, vec![]));
        }
    }
    let v = chain.storage(&q).await?;
    let per_key = if has("Delegates") { 2 } else { 1 };
    let mut owner = HashMap::new();
    let mut delegate_take = BTreeMap::new();
    for (k, c) in keys.iter().zip(v[..takes_at].chunks(per_key)) {
        owner.insert(
            *k,
            c[0].as_ref().map(account).transpose()?.unwrap_or([0; 32]),
        );
        let take = if per_key == 2 {
            // Absent: the chain's default delegate take.
            c[1].as_ref()
                .map(u16_of)
                .transpose()?
                .unwrap_or(crate::chain::extrinsics::takes::DEFAULT_TAKE)
        } else {
            0
        };
        delegate_take.insert(*k, take);
    }
    let mut g = globals_at;
    let mut global = |item: &str| -> Result<u64, ChainError> {
        if !has(item) {
            return Ok(0);
        }
        let x = opt_u64(&v[g]);
        g += 1;
        x
    };
    let min_take = global("MinChildkeyTake")?;
    let ck_burn = global("CKBurn")?;
    let validators = hotkeys
        .iter()
        .zip(relations)
        .enumerate()
        .map(|(i, (h, (children, parents)))| {
            let take = if has("ChildkeyTake") {
                opt_u16(&v[takes_at + i])?
            } else {
                0
            };
            let mine = owner.get(h).copied();
            Ok(payout::Validator {
                hotkey: *h,
                children: children.iter().map(|(p, _)| *p).collect(),
                parents: parents
                    .iter()
                    .map(|(prop, parent)| payout::Parent {
                        hotkey: *parent,
                        proportion: *prop,
                        same_owner: owner.get(parent).copied() == mine,
                    })
                    .collect(),
                childkey_take: take.max(u16::try_from(min_take).unwrap_or(u16::MAX)),
            })
        })
        .collect::<Result<Vec<_>, ChainError>>()?;
    Ok(PayoutContext {
        validators,
        own: own.into_iter().collect(),
        delegate_take,
        tao_weight_raw,
        ck_burn_raw: ck_burn,
    })
}

/// The subnet's parameters and pools, read in one batch, with 0/false for absent values.
struct SubnetParams {
    n: u16,
    tempo: u16,
    /// `ActivityCutoffFactorMilli`, or the legacy `ActivityCutoff` in blocks converted to one.
    cutoff_factor_milli: u64,
    last_mechanism_step_block: u64,
    /// `LastUpdate`, one entry per uid.
    last_update: Vec<u64>,
    /// `ValidatorPermit`, one entry per uid.
    permits: Vec<bool>,
    max_allowed_validators: u16,
    commit_reveal: bool,
    kappa: u16,
    bonds_penalty: u16,
    alpha_low: u16,
    alpha_high: u16,
    bonds_moving_average: u64,
    yuma3: bool,
    liquid_alpha: bool,
    steepness: i16,
    pending_server: u64,
    pending_validator: u64,
    pending_root: u64,
    owner_hotkey: Option<[u8; 32]>,
    /// The block of the previous epoch, from which the pending pools accumulated.
    last_epoch_block: u64,
    tao_weight: u64,
    stake_threshold: u64,
    /// `RevealPeriodEpochs` (1 when absent).
    reveal_period: u64,
    /// `SubnetEpochIndex`, where the chain has it.
    epoch_index: Option<u64>,
    /// `MechanismCountCurrent` (1 where the chain has no mechanisms).
    mechanisms: u8,
    /// `MechanismEmissionSplit` (none: even).
    split: Option<Vec<u16>>,
}

impl SubnetParams {
    /// The storage index of each mechanism, mechanism 0 (the netuid) first.
    fn indices(&self, netuid: u16) -> Vec<u16> {
        (0..self.mechanisms.max(1))
            .map(|m| storage_index(netuid, m))
            .collect()
    }
}

impl SubnetParams {
    async fn read(chain: &Chain, netuid: u16) -> Result<SubnetParams, ChainError> {
        let k = || vec![arg_u16(netuid)];
        // Older runtimes have the legacy `ActivityCutoff` in blocks and no `LastEpochBlock`;
        // the previous epoch is then `LastMechansimStepBlock`.
        let factor_milli = chain.has_storage(PALLET, "ActivityCutoffFactorMilli");
        let cutoff_entry = if factor_milli {
            "ActivityCutoffFactorMilli"
        } else {
            "ActivityCutoff"
        };
        let last_epoch_entry = if chain.has_storage(PALLET, "LastEpochBlock") {
            "LastEpochBlock"
        } else {
            "LastMechansimStepBlock"
        };
        let names = [
            "SubnetworkN",
            "Tempo",
            cutoff_entry,
            "LastMechansimStepBlock",
            "LastUpdate",
            "ValidatorPermit",
            "MaxAllowedValidators",
            "CommitRevealWeightsEnabled",
            "Kappa",
            "BondsPenalty",
            "AlphaValues",
            "BondsMovingAverage",
            "Yuma3On",
            "LiquidAlphaOn",
            "AlphaSigmoidSteepness",
            "PendingServerEmission",
            "PendingValidatorEmission",
            "PendingRootAlphaDivs",
            "SubnetOwnerHotkey",
            last_epoch_entry,
        ];
        let mut q: Vec<StorageQuery> = names
            .iter()
            .map(|e| StorageQuery::new(PALLET, e, k()))
            .collect();
        q.push(StorageQuery::new(PALLET, "TaoWeight", vec![]));
        q.push(StorageQuery::new(PALLET, "StakeThreshold", vec![]));
        q.push(StorageQuery::new(PALLET, "RevealPeriodEpochs", k()));
        let has_index = chain.has_storage(PALLET, "SubnetEpochIndex");
        if has_index {
            q.push(StorageQuery::new(PALLET, "SubnetEpochIndex", k()));
        }
        let mechanisms_at = q.len();
        let has_mechanisms = chain.has_storage(PALLET, "MechanismCountCurrent");
        if has_mechanisms {
            q.push(StorageQuery::new(PALLET, "MechanismCountCurrent", k()));
            q.push(StorageQuery::new(PALLET, "MechanismEmissionSplit", k()));
        }
        let v = chain.storage(&q).await?;
        let (mechanisms, split) = if has_mechanisms {
            let count = v[mechanisms_at]
                .as_ref()
                .map(u64_of)
                .transpose()?
                .unwrap_or(1);
            let split = match &v[mechanisms_at + 1] {
                Some(l) => Some(
                    items(l)?
                        .into_iter()
                        .map(u16_of)
                        .collect::<Result<_, _>>()?,
                ),
                None => None,
            };
            (u8::try_from(count).unwrap_or(u8::MAX).max(1), split)
        } else {
            (1, None)
        };
        let n = opt_u16(&v[0])?;
        let nu = usize::from(n);
        let mut last_update: Vec<u64> = list(&v[4])?
            .into_iter()
            .map(u64_of)
            .collect::<Result<_, _>>()?;
        last_update.resize(nu, 0);
        let mut permits: Vec<bool> = list(&v[5])?
            .into_iter()
            .map(bool_of)
            .collect::<Result<_, _>>()?;
        permits.resize(nu, false);
        let (alpha_low, alpha_high) = match &v[10] {
            Some(t) => {
                let t = items(t)?;
                (u16_of(t[0])?, u16_of(t[1])?)
            }
            None => (0, 0),
        };
        let steepness = match &v[14] {
            Some(x) => {
                i16::try_from(int(x)?).map_err(|_| ChainError::decode("an i16", "out of range"))?
            }
            None => 0,
        };
        let tempo = opt_u16(&v[1])?;
        let cutoff_factor_milli = if factor_milli {
            opt_u64(&v[2])?
        } else {
            legacy_cutoff_factor(opt_u64(&v[2])?, tempo)
        };
        Ok(SubnetParams {
            n,
            tempo,
            cutoff_factor_milli,
            last_mechanism_step_block: opt_u64(&v[3])?,
            last_update,
            permits,
            max_allowed_validators: opt_u16(&v[6])?,
            commit_reveal: opt_bool(&v[7])?,
            kappa: opt_u16(&v[8])?,
            bonds_penalty: opt_u16(&v[9])?,
            alpha_low,
            alpha_high,
            bonds_moving_average: opt_u64(&v[11])?,
            yuma3: opt_bool(&v[12])?,
            liquid_alpha: opt_bool(&v[13])?,
            steepness,
            pending_server: opt_u64(&v[15])?,
            pending_validator: opt_u64(&v[16])?,
            pending_root: opt_u64(&v[17])?,
            owner_hotkey: v[18].as_ref().map(account).transpose()?,
            last_epoch_block: opt_u64(&v[19])?,
            tao_weight: opt_u64(&v[20])?,
            stake_threshold: opt_u64(&v[21])?,
            reveal_period: v[22].as_ref().map(u64_of).transpose()?.unwrap_or(1),
            epoch_index: if has_index {
                Some(opt_u64(&v[23])?)
            } else {
                None
            },
            mechanisms,
            split,
        })
    }
}

/// One mechanism's own epoch state: each uid's weights, bonds and last update.
struct MechanismRows {
    weights: Vec<Vec<(u16, u16)>>,
    bonds: Vec<Vec<(u16, u16)>>,
    last_update: Vec<u64>,
}

/// Each uid's hotkey and registration block, and every mechanism's rows, read in one batch.
struct Neurons {
    hotkeys: Vec<[u8; 32]>,
    registered: Vec<u64>,
    /// Mechanism 0 first.
    mechanisms: Vec<MechanismRows>,
}

impl Neurons {
    async fn read(chain: &Chain, netuid: u16, p: &SubnetParams) -> Result<Neurons, ChainError> {
        let (n, nu) = (p.n, usize::from(p.n));
        let indices = p.indices(netuid);
        let mut q: Vec<StorageQuery> = (0..n)
            .flat_map(|uid| {
                ["Keys", "BlockAtRegistration"]
                    .map(|e| StorageQuery::new(PALLET, e, vec![arg_u16(netuid), arg_u16(uid)]))
            })
            .collect();
        for index in &indices {
            q.extend((0..n).flat_map(|uid| {
                ["Weights", "Bonds"]
                    .map(|e| StorageQuery::new(PALLET, e, vec![arg_u16(*index), arg_u16(uid)]))
            }));
        }
        // Mechanism 0's `LastUpdate` came with the parameters.
        q.extend(
            indices[1..]
                .iter()
                .map(|i| StorageQuery::new(PALLET, "LastUpdate", vec![arg_u16(*i)])),
        );
        let u = chain.storage(&q).await?;
        let mut out = Neurons {
            hotkeys: Vec::with_capacity(nu),
            registered: Vec::with_capacity(nu),
            mechanisms: Vec::with_capacity(indices.len()),
        };
        for c in u[..2 * nu].chunks(2) {
            out.hotkeys.push(match &c[0] {
                Some(a) => account(a)?,
                None => [0; 32],
            });
            out.registered.push(opt_u64(&c[1])?);
        }
        let rows_at = |m: usize| 2 * nu + 2 * nu * m;
        let last_at = rows_at(indices.len());
        for m in 0..indices.len() {
            let rows = &u[rows_at(m)..rows_at(m + 1)];
            let mut last_update = if m == 0 {
                p.last_update.clone()
            } else {
                list(&u[last_at + m - 1])?
                    .into_iter()
                    .map(u64_of)
                    .collect::<Result<_, _>>()?
            };
            last_update.resize(nu, 0);
            let mut mech = MechanismRows {
                weights: Vec::with_capacity(nu),
                bonds: Vec::with_capacity(nu),
                last_update,
            };
            for c in rows.chunks(2) {
                mech.weights.push(sparse_row(&c[0], n)?);
                mech.bonds.push(sparse_row(&c[1], n)?);
            }
            out.mechanisms.push(mech);
        }
        Ok(out)
    }
}

/// A hotkey's `(proportion, hotkey)` children and parents.
type Relations = (Vec<(u64, [u8; 32])>, Vec<(u64, [u8; 32])>);

/// The third batch: every hotkey's own stakes and relations, the owner's uid and the open
/// commits.
struct StakesAndCommits {
    /// Own α and root stake per hotkey.
    own: HashMap<[u8; 32], (u64, u64)>,
    /// Per uid, the hotkey's children and parents.
    relations: Vec<Relations>,
    owner_uid: Option<u16>,
    /// Per mechanism and uid, the block of its hotkey's earliest open commit.
    commit_blocks: Vec<Vec<Option<u64>>>,
}

impl StakesAndCommits {
    async fn read(
        chain: &Chain,
        netuid: u16,
        p: &SubnetParams,
        hotkeys: &[[u8; 32]],
        epoch_block: u64,
    ) -> Result<StakesAndCommits, ChainError> {
        let nu = hotkeys.len();
        let mut q = Vec::new();
        for h in hotkeys {
            q.extend(own_stake_queries(h, netuid));
            for entry in ["ChildKeys", "ParentKeys"] {
                q.push(StorageQuery::new(
                    PALLET,
                    entry,
                    vec![arg_account(h), arg_u16(netuid)],
                ));
            }
        }
        let owner_at = q.len();
        if let Some(o) = &p.owner_hotkey {
            q.push(StorageQuery::new(
                PALLET,
                "Uids",
                vec![arg_u16(netuid), arg_account(o)],
            ));
        }
        // Per mechanism, each hotkey's v2 queue and the timelocked queues of the epochs whose
        // commits are not expired at the epoch block.
        let commits_at = q.len();
        let indices = p.indices(netuid);
        let epochs = open_commit_epochs(p, netuid, epoch_block);
        let v4_epochs = epochs.clone().count();
        if p.commit_reveal {
            for index in &indices {
                q.extend(hotkeys.iter().map(|h| {
                    StorageQuery::new(
                        PALLET,
                        "WeightCommits",
                        vec![arg_u16(*index), arg_account(h)],
                    )
                }));
                q.extend(epochs.clone().map(|e| {
                    StorageQuery::new(
                        PALLET,
                        "TimelockedWeightCommits",
                        vec![arg_u16(*index), arg_u64(e)],
                    )
                }));
            }
        }
        let s = chain.storage(&q).await?;
        let mut commit_blocks = Vec::with_capacity(indices.len());
        for m in 0..indices.len() {
            commit_blocks.push(if p.commit_reveal {
                let at = commits_at + m * (nu + v4_epochs);
                let v2 = &s[at..at + nu];
                let v4 = &s[at + nu..at + nu + v4_epochs];
                open_commit_blocks(hotkeys, v2, v4, epoch_block)?
            } else {
                vec![None; nu]
            });
        }
        let mut own = HashMap::new();
        let mut relations = Vec::with_capacity(nu);
        for (h, c) in hotkeys.iter().zip(s[..4 * nu].chunks(4)) {
            own.insert(*h, (opt_u64(&c[0])?, opt_u64(&c[1])?));
            relations.push((proportions(&c[2])?, proportions(&c[3])?));
        }
        let owner_uid = match (&p.owner_hotkey, s.get(owner_at)) {
            (Some(_), Some(x)) => x.as_ref().map(u16_of).transpose()?,
            _ => None,
        };
        Ok(StakesAndCommits {
            own,
            relations,
            owner_uid,
            commit_blocks,
        })
    }
}

/// The epochs whose timelocked commits are still open at `epoch_block`: the epoch index the
/// epoch block runs under, and the `RevealPeriodEpochs` before it.
fn open_commit_epochs(
    p: &SubnetParams,
    netuid: u16,
    epoch_block: u64,
) -> std::ops::RangeInclusive<u64> {
    let epoch_at_block = match p.epoch_index {
        // The epoch block increments the index before the epoch runs.
        Some(i) => i + 1,
        None => (epoch_block + u64::from(netuid) + 1) / (u64::from(p.tempo) + 1),
    };
    epoch_at_block.saturating_sub(p.reveal_period)..=epoch_at_block
}

/// Per uid, the earliest block among its hotkey's open commits at `epoch_block` (the epoch
/// drops a validator's weights to neurons registered after its open commit): v2 commits whose
/// reveal window has not ended, and timelocked commits in the queues of the epochs not yet
/// expired.
fn open_commit_blocks(
    hotkeys: &[[u8; 32]],
    v2_queues: &[Option<Val>],
    v4_queues: &[Option<Val>],
    epoch_block: u64,
) -> Result<Vec<Option<u64>>, ChainError> {
    let mut earliest: HashMap<[u8; 32], u64> = HashMap::new();
    let mut note = |h: [u8; 32], block: u64| {
        let e = earliest.entry(h).or_insert(block);
        *e = (*e).min(block);
    };
    for (h, q) in hotkeys.iter().zip(v2_queues) {
        for (_, block, _, last) in v2_queue(q)? {
            if last >= epoch_block {
                note(*h, block);
            }
        }
    }
    for q in v4_queues {
        for (h, block) in v4_queue(q)? {
            note(h, block);
        }
    }
    Ok(hotkeys.iter().map(|h| earliest.get(h).copied()).collect())
}

/// Per uid, the inherited α and root stake of its hotkey. The own stakes of parents that are
/// not neurons of the subnet are read in one more batch, only when there are any. On root
/// (netuid 0) the own α counts and there is no root stake.
async fn inherited_stakes(
    chain: &Chain,
    netuid: u16,
    hotkeys: &[[u8; 32]],
    mut own: HashMap<[u8; 32], (u64, u64)>,
    relations: &[Relations],
) -> Result<(Vec<u64>, Vec<u64>, HashMap<[u8; 32], (u64, u64)>), ChainError> {
    let mut missing: Vec<[u8; 32]> = relations
        .iter()
        .flat_map(|(_, parents)| parents.iter().map(|(_, p)| *p))
        .filter(|p| !own.contains_key(p))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        let q: Vec<StorageQuery> = missing
            .iter()
            .flat_map(|p| own_stake_queries(p, netuid))
            .collect();
        let r = chain.storage(&q).await?;
        for (p, c) in missing.iter().zip(r.chunks(2)) {
            own.insert(*p, (opt_u64(&c[0])?, opt_u64(&c[1])?));
        }
    }
    let mut alpha_stake = Vec::with_capacity(hotkeys.len());
    let mut tao_stake = Vec::with_capacity(hotkeys.len());
    for (h, (children, parents)) in hotkeys.iter().zip(relations) {
        let (alpha, tao) = own.get(h).copied().unwrap_or_default();
        if netuid == 0 {
            alpha_stake.push(alpha);
            tao_stake.push(0);
            continue;
        }
        let given: Vec<u64> = children.iter().map(|(p, _)| *p).collect();
        let from: Vec<(u64, (u64, u64))> = parents
            .iter()
            .map(|(p, parent)| (*p, own.get(parent).copied().unwrap_or_default()))
            .collect();
        alpha_stake.push(inherit::inherited_stake(
            alpha,
            given.iter().copied(),
            from.iter().map(|(p, (a, _))| (*p, *a)),
        ));
        tao_stake.push(inherit::inherited_stake(
            tao,
            given.iter().copied(),
            from.iter().map(|(p, (_, t))| (*p, *t)),
        ));
    }
    Ok((alpha_stake, tao_stake, own))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_cutoff_round_trips() {
        for (blocks, tempo) in [(5000u64, 360u16), (1, 10), (138, 10), (7, 99)] {
            let f = legacy_cutoff_factor(blocks, tempo);
            assert_eq!(
                crate::yuma::input::activity_cutoff_blocks(f as u32, tempo),
                blocks
            );
        }
    }

    #[test]
    fn pools_are_extrapolated_at_the_same_rate() {
        assert_eq!(extrapolate(300, 3, 7), 1000);
        assert_eq!(extrapolate(300, 0, 7), 300);
        assert_eq!(extrapolate(10, 3, 1), 13);
    }
}
