//! Reads about a subnet's mechanisms (sub-subnets): how many it has, how its emission is split
//! between them, how many weight rows each holds, and a mechanism's metagraph.
//!
//! A chain without mechanisms (no `MechanismCountCurrent` in its metadata) has one per subnet,
//! and no split.

use super::ChainError;
use super::client::{Chain, StorageQuery, arg_u16};
use super::read::{self, Metagraph};
use super::value::{Val, items, option, u16_of, u64_of};
use crate::yuma::mechanisms::{split_emission, storage_index};

const PALLET: &str = "SubtensorModule";

/// A subnet's mechanisms at the pinned block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mechanisms {
    /// The subnet.
    pub netuid: u16,
    /// The block read.
    pub block: u64,
    /// Whether the chain has mechanisms at all.
    pub supported: bool,
    /// `MechanismCountCurrent` (1 on a chain without mechanisms).
    pub count: u8,
    /// `MaxMechanismCount`, where the chain has it.
    pub max_count: Option<u8>,
    /// `MechanismEmissionSplit` (none: even).
    pub split: Option<Vec<u16>>,
    /// Per mechanism, the uids with a non-empty weight row.
    pub weight_rows: Vec<u16>,
    /// The subnet's `MaxAllowedUids`.
    pub max_uids: u16,
    /// The subnet's `Tempo`.
    pub tempo: u16,
    /// The subnet's α emission per block (`SubnetAlphaOutEmission`, the figure `subnets show`
    /// reports), before the owner's cut.
    pub alpha_per_block: u64,
    /// The α the next epoch distributes: the pending pools so far, extrapolated to the epoch
    /// block at the same per-block rate (`None` when the subnet runs no epochs).
    pub next_epoch: Option<(u64, u64)>,
}

impl Mechanisms {
    /// Each mechanism's share of `emission`, as the chain splits it.
    pub fn shares(&self, emission: u64) -> Vec<u64> {
        split_emission(emission, self.count, self.split.as_deref())
    }

    /// The subnet's α emission per tempo: the α emission per block × tempo (0 for a subnet
    /// that runs no epochs).
    pub fn alpha_per_tempo(&self) -> u64 {
        self.alpha_per_block.saturating_mul(u64::from(self.tempo))
    }

    /// Each mechanism's part of the emission as u16 shares of 65535: the stored split (padded
    /// with zeros), or, without one, the even split of 65535 with the remainder on mechanism 0.
    pub fn effective_split(&self) -> Vec<u16> {
        split_emission(u64::from(u16::MAX), self.count, self.split.as_deref())
            .into_iter()
            .map(|s| u16::try_from(s).unwrap_or(u16::MAX))
            .collect()
    }
}

fn opt_u64(v: &Option<Val>, default: u64) -> Result<u64, ChainError> {
    Ok(match v {
        Some(x) => u64_of(x)?,
        None => default,
    })
}

/// The subnet's mechanisms: count, split, maximum, weight rows per mechanism, and the α of the
/// next epoch. Fails with [`ChainError::SubnetNotFound`] for a subnet that does not exist.
pub async fn mechanisms(chain: &Chain, netuid: u16) -> Result<Mechanisms, ChainError> {
    let supported = chain.has_storage(PALLET, "MechanismCountCurrent");
    let k = || vec![arg_u16(netuid)];
    let mut q = vec![
        StorageQuery::new(PALLET, "NetworksAdded", k()),
        StorageQuery::new(PALLET, "SubnetworkN", k()),
        StorageQuery::new(PALLET, "MaxAllowedUids", k()),
        StorageQuery::new(PALLET, "PendingServerEmission", k()),
        StorageQuery::new(PALLET, "PendingValidatorEmission", k()),
        StorageQuery::new(PALLET, "PendingRootAlphaDivs", k()),
        StorageQuery::new("System", "Number", vec![]),
        StorageQuery::new(PALLET, "Tempo", k()),
        StorageQuery::new(PALLET, "SubnetAlphaOutEmission", k()),
    ];
    let last_epoch = if chain.has_storage(PALLET, "LastEpochBlock") {
        "LastEpochBlock"
    } else {
        "LastMechansimStepBlock"
    };
    q.push(StorageQuery::new(PALLET, last_epoch, k()));
    if supported {
        q.push(StorageQuery::new(PALLET, "MechanismCountCurrent", k()));
        q.push(StorageQuery::new(PALLET, "MechanismEmissionSplit", k()));
        q.push(StorageQuery::new(PALLET, "MaxMechanismCount", vec![]));
    }
    let v = chain.storage(&q).await?;
    let exists = matches!(&v[0], Some(b) if super::value::bool_of(b)?);
    if !exists {
        return Err(ChainError::SubnetNotFound(netuid));
    }
    let n = u16::try_from(opt_u64(&v[1], 0)?).unwrap_or(u16::MAX);
    let max_uids = u16::try_from(opt_u64(&v[2], 0)?).unwrap_or(u16::MAX);
    let pending = opt_u64(&v[3], 0)?
        .saturating_add(opt_u64(&v[4], 0)?)
        .saturating_add(opt_u64(&v[5], 0)?);
    let now = opt_u64(&v[6], 0)?;
    let tempo = u16::try_from(opt_u64(&v[7], 0)?).unwrap_or(u16::MAX);
    let alpha_per_block = opt_u64(&v[8], 0)?;
    let last_epoch_block = opt_u64(&v[9], 0)?;
    let (count, split, max_count) = if supported {
        let count = u8::try_from(opt_u64(&v[10], 1)?).unwrap_or(u8::MAX).max(1);
        let split = match &v[11] {
            Some(l) => Some(
                items(l)?
                    .into_iter()
                    .map(u16_of)
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            None => None,
        };
        let max = u8::try_from(opt_u64(&v[12], 2)?).unwrap_or(u8::MAX);
        (count, split, Some(max))
    } else {
        (1, None, None)
    };
    let rows: Vec<StorageQuery> = (0..count)
        .flat_map(|m| {
            (0..n).map(move |uid| {
                StorageQuery::new(
                    PALLET,
                    "Weights",
                    vec![arg_u16(storage_index(netuid, m)), arg_u16(uid)],
                )
            })
        })
        .collect();
    let r = chain.storage(&rows).await?;
    let mut weight_rows = Vec::with_capacity(usize::from(count));
    for chunk in r.chunks(usize::from(n).max(1)).take(usize::from(count)) {
        let mut set = 0u16;
        for row in chunk {
            if let Some(row) = row
                && !items(row)?.is_empty()
            {
                set += 1;
            }
        }
        weight_rows.push(set);
    }
    weight_rows.resize(usize::from(count), 0);
    let (next, _) = read::next_epoch(chain, netuid).await?;
    let next_epoch = next.map(|e| {
        let elapsed = now.saturating_sub(last_epoch_block);
        let remaining = e.block.saturating_sub(now);
        (
            e.block,
            crate::chain::extrinsics::weights::extrapolate(pending, elapsed, remaining),
        )
    });
    Ok(Mechanisms {
        netuid,
        block: now,
        supported,
        count,
        max_count,
        split,
        weight_rows,
        max_uids,
        tempo,
        alpha_per_block,
        next_epoch,
    })
}

/// A mechanism's metagraph (`get_mechagraph`): the subnet's, with the mechanism's own last
/// updates and incentives. `netuid` in the result is the subnet's (the chain answers with the
/// storage index). `None` when the subnet does not have that mechanism.
pub async fn mechagraph(
    chain: &Chain,
    netuid: u16,
    mecid: u8,
) -> Result<Option<Metagraph>, ChainError> {
    let v = chain
        .call(
            "SubnetInfoRuntimeApi",
            "get_mechagraph",
            &[
                arg_u16(netuid),
                subxt::ext::scale_value::Value::u128(u128::from(mecid)),
            ],
        )
        .await?;
    match option(&v)? {
        Some(m) => {
            let mut mg = read::decode_metagraph(m)?;
            mg.netuid = netuid;
            Ok(Some(mg))
        }
        None => Ok(None),
    }
}

/// The subnet's `MechanismCountCurrent` (1 on a chain without mechanisms).
pub async fn mechanism_count(chain: &Chain, netuid: u16) -> Result<u8, ChainError> {
    if !chain.has_storage(PALLET, "MechanismCountCurrent") {
        return Ok(1);
    }
    let v = chain
        .storage(&[StorageQuery::new(
            PALLET,
            "MechanismCountCurrent",
            vec![arg_u16(netuid)],
        )])
        .await?;
    Ok(u8::try_from(opt_u64(&v[0], 1)?).unwrap_or(u8::MAX).max(1))
}
