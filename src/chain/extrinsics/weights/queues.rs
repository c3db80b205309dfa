//! The chain's queues of unrevealed weight commits: `WeightCommits` (commit-reveal v2, per
//! subnet and hotkey) and `TimelockedWeightCommits` (commit-reveal v4, per subnet and epoch).

use super::{PALLET, list};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::tx::TxChain;
use crate::chain::value::{Val, account, items, u64_of};

/// A v2 commit as the chain keeps it: (hash, commit block, first and last reveal block).
pub type ChainCommit = ([u8; 32], u64, u64, u64);

/// The hotkey's v2 commits under the storage `index` (a subnet's or a mechanism's) at the
/// pinned block.
pub(super) async fn chain_commits(
    tc: &TxChain,
    index: u16,
    hotkey: &[u8; 32],
) -> Result<Vec<ChainCommit>, ChainError> {
    let v = tc
        .chain
        .storage(&[StorageQuery::new(
            PALLET,
            "WeightCommits",
            vec![arg_u16(index), arg_account(hotkey)],
        )])
        .await?;
    v2_queue(&v[0])
}

/// A `WeightCommits` queue (absent = empty).
pub(super) fn v2_queue(q: &Option<Val>) -> Result<Vec<ChainCommit>, ChainError> {
    let mut out = Vec::new();
    for c in list(q)? {
        let t = items(c)?;
        if t.len() != 4 {
            return Err(ChainError::decode(
                "a (hash, u64, u64, u64) commit",
                t.len(),
            ));
        }
        let h = <[u8; 32]>::try_from(crate::chain::value::bytes(t[0])?.as_slice())
            .map_err(|_| ChainError::decode("a 32-byte hash", "another length"))?;
        out.push((h, u64_of(t[1])?, u64_of(t[2])?, u64_of(t[3])?));
    }
    Ok(out)
}

/// A `TimelockedWeightCommits` queue as (hotkey, commit block) pairs (absent = empty).
pub(super) fn v4_queue(q: &Option<Val>) -> Result<Vec<([u8; 32], u64)>, ChainError> {
    let mut out = Vec::new();
    for c in list(q)? {
        let t = items(c)?;
        if t.len() != 4 {
            return Err(ChainError::decode(
                "an (account, u64, commit, u64) entry",
                t.len(),
            ));
        }
        out.push((account(t[0])?, u64_of(t[1])?));
    }
    Ok(out)
}
