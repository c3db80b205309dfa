//! Commit-reveal v2: `commit_weights` with the hash of the row, then `reveal_weights` with the
//! row itself inside the commit's reveal window.
//!
//! The chain keeps at most 10 unrevealed commits per hotkey and subnet, and a commit can be
//! revealed from its first to its last reveal block (both stored with it in `WeightCommits`).

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::guards::{check_commit, check_commit_rate_limit};
use super::queues::{ChainCommit, chain_commits};
use super::{PALLET, WeightsTarget, list, ss58, u64_or, vec_u16};
use crate::chain::client::{StorageQuery, arg_u16};
use crate::chain::extrinsics::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::u64_of;
use crate::yuma::WeightRow;

/// Most unrevealed v2 commits a hotkey may have on a subnet.
const MAX_PENDING_COMMITS: usize = 10;

fn compact_len(out: &mut Vec<u8>, n: usize) {
    let n = n as u32;
    if n < 1 << 6 {
        out.push((n << 2) as u8);
    } else if n < 1 << 14 {
        out.extend_from_slice(&(((n << 2) | 1) as u16).to_le_bytes());
    } else {
        out.extend_from_slice(&((n << 2) | 2).to_le_bytes());
    }
}

fn push_u16s(out: &mut Vec<u8>, xs: &[u16]) {
    compact_len(out, xs.len());
    for x in xs {
        out.extend_from_slice(&x.to_le_bytes());
    }
}

/// The commit-reveal v2 hash, as the chain recomputes it at the reveal:
/// `blake2_256(SCALE((hotkey, netuid_index, uids, values, salt, version_key)))`.
pub fn commit_hash(
    hotkey: &[u8; 32],
    netuid_index: u16,
    uids: &[u16],
    values: &[u16],
    salt: &[u16],
    version_key: u64,
) -> [u8; 32] {
    use blake2::Digest;
    let mut enc = Vec::with_capacity(64 + 2 * (uids.len() + values.len() + salt.len()));
    enc.extend_from_slice(hotkey);
    enc.extend_from_slice(&netuid_index.to_le_bytes());
    push_u16s(&mut enc, uids);
    push_u16s(&mut enc, values);
    push_u16s(&mut enc, salt);
    enc.extend_from_slice(&version_key.to_le_bytes());
    blake2::Blake2b::<blake2::digest::consts::U32>::digest(&enc).into()
}

/// Plan `commit_weights(netuid, hash)` (`commit_mechanism_weights(netuid, mecid, hash)` above
/// mechanism 0) for `row` with `salt`; returns the plan, the hash and the version key (the
/// subnet's `WeightsVersionKey` unless given). The hash covers the mechanism's storage index.
pub async fn plan_commit(
    tc: &TxChain,
    hotkey: &[u8; 32],
    target: WeightsTarget,
    row: &WeightRow,
    salt: &[u16],
    version_key: Option<u64>,
) -> Result<(Plan, [u8; 32], u64), PlanError> {
    let netuid = target.netuid;
    let uid = check_commit(tc, hotkey, target).await?;
    let q = [
        ("WeightsSetRateLimit", netuid),
        ("LastUpdate", target.index()),
        ("WeightsVersionKey", netuid),
    ]
    .map(|(entry, key)| StorageQuery::new(PALLET, entry, vec![arg_u16(key)]));
    let v = tc.chain.storage(&q).await?;
    let limit = u64_or(&v[0], 100)?;
    let last = match list(&v[1])?.get(usize::from(uid)) {
        Some(x) => u64_of(x)?,
        None => 0,
    };
    let next = tc.pinned_number().await? + 1;
    check_commit_rate_limit(uid, last, limit, next)?;
    let pending = chain_commits(tc, target.index(), hotkey)
        .await?
        .into_iter()
        .filter(|c| c.3 >= next)
        .count();
    if pending >= MAX_PENDING_COMMITS {
        return Err(Refusal::subtensor(
            "TooManyUnrevealedCommits",
            format!(
                "uid {uid} has {pending} unrevealed commits on {} (at most {MAX_PENDING_COMMITS})",
                target.label()
            ),
            "reveal them with `tao weights reveal`, or wait for them to expire",
        )
        .into());
    }
    let version_key = version_key.unwrap_or(u64_or(&v[2], 0)?);
    let hash = commit_hash(
        hotkey,
        target.index(),
        &row.uids,
        &row.submitted,
        salt,
        version_key,
    );
    let mut args = target.call_args();
    args.push(("commit_hash", Value::from_bytes(hash)));
    let call = Call::new(
        tc.metadata(),
        PALLET,
        target.call_name("commit_weights", "commit_mechanism_weights"),
        args,
    )?;
    let hex_hash = crate::chain::tx::to_hex_hash(&hash);
    let mut lines = target.lines();
    lines.extend([
        ("uid".into(), uid.to_string()),
        ("commit hash".into(), hex_hash.clone()),
    ]);
    let plan = Plan {
        call,
        role: KeyRole::Hotkey,
        lines,
        details: json!({
            "netuid": netuid,
            "mecid": target.mecid,
            "hotkey": ss58(hotkey),
            "uid": uid,
            "uids": row.uids,
            "weights": row.submitted,
            "salt": salt,
            "version_key": version_key,
            "commit_hash": hex_hash,
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    };
    Ok((plan, hash, version_key))
}

/// A commit tao saved, to reveal later.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SavedCommit {
    /// The commit hash, 0x-hex.
    pub hash: String,
    /// The uids.
    pub uids: Vec<u16>,
    /// The submitted values.
    pub values: Vec<u16>,
    /// The salt.
    pub salt: Vec<u16>,
    /// The version key.
    pub version_key: u64,
}

/// Among the chain's commits that tao saved, the oldest whose window is open at `next`, or
/// the refusal that says why none is.
fn commit_to_reveal<'a>(
    saved: &'a [SavedCommit],
    on_chain: &[ChainCommit],
    next: u64,
    target: WeightsTarget,
    hotkey: &[u8; 32],
) -> Result<(&'a SavedCommit, ChainCommit), Refusal> {
    let mut mine: Vec<(&SavedCommit, ChainCommit)> = on_chain
        .iter()
        .filter_map(|c| {
            let h = crate::chain::tx::to_hex_hash(&c.0);
            saved.iter().find(|s| s.hash == h).map(|s| (s, *c))
        })
        .collect();
    mine.sort_by_key(|(_, c)| c.1);
    if mine.is_empty() {
        return Err(Refusal::subtensor(
            "NoWeightsCommitFound",
            format!(
                "no commit saved by tao is pending on {} for {}",
                target.label(),
                ss58(hotkey)
            ),
            "commit first with `tao weights commit`",
        ));
    }
    if let Some(found) = mine.iter().find(|(_, c)| c.2 <= next && next <= c.3) {
        return Ok(*found);
    }
    let (_, c) = mine[0];
    if next > c.3 {
        return Err(Refusal::subtensor(
            "ExpiredWeightCommit",
            format!("the commit's reveal window ended at block {}", c.3),
            "commit again",
        ));
    }
    Err(Refusal::subtensor(
        "RevealTooEarly",
        format!(
            "the commit can be revealed from block {} to {} (the next block is {next})",
            c.2, c.3
        ),
        format!("wait {} blocks", c.2.saturating_sub(next)),
    ))
}

/// Plan `reveal_weights` (`reveal_mechanism_weights` above mechanism 0) for the oldest of
/// `saved` that the chain holds and whose window is open at the next block.
pub async fn plan_reveal(
    tc: &TxChain,
    hotkey: &[u8; 32],
    target: WeightsTarget,
    saved: &[SavedCommit],
) -> Result<Plan, PlanError> {
    check_commit(tc, hotkey, target).await?;
    let on_chain = chain_commits(tc, target.index(), hotkey).await?;
    let next = tc.pinned_number().await? + 1;
    let (s, c) = commit_to_reveal(saved, &on_chain, next, target, hotkey)?;
    let mut args = target.call_args();
    args.extend([
        ("uids", vec_u16(&s.uids)),
        ("values", vec_u16(&s.values)),
        ("salt", vec_u16(&s.salt)),
        ("version_key", Value::u128(u128::from(s.version_key))),
    ]);
    let call = Call::new(
        tc.metadata(),
        PALLET,
        target.call_name("reveal_weights", "reveal_mechanism_weights"),
        args,
    )?;
    let mut lines = target.lines();
    lines.extend([
        ("commit".into(), format!("{} (block {})", s.hash, c.1)),
        ("window".into(), format!("blocks {} to {}", c.2, c.3)),
    ]);
    Ok(Plan {
        call,
        role: KeyRole::Hotkey,
        lines,
        details: json!({
            "netuid": target.netuid,
            "mecid": target.mecid,
            "hotkey": ss58(hotkey),
            "commit_hash": s.hash,
            "commit_block": c.1,
            "uids": s.uids,
            "weights": s.values,
            "version_key": s.version_key,
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

    fn saved(hash: &[u8; 32]) -> SavedCommit {
        SavedCommit {
            hash: crate::chain::tx::to_hex_hash(hash),
            uids: vec![0],
            values: vec![65535],
            salt: vec![1],
            version_key: 0,
        }
    }

    #[test]
    fn the_oldest_open_saved_commit_is_revealed() {
        let (a, b, other) = ([1u8; 32], [2u8; 32], [3u8; 32]);
        let mine = [saved(&a), saved(&b)];
        let on_chain = [(other, 5, 8, 20), (b, 7, 10, 30), (a, 6, 12, 30)];
        // At 11 only b's window is open; at 12 both are, and a is older.
        let (s, c) =
            commit_to_reveal(&mine, &on_chain, 11, WeightsTarget::main(1), &[0; 32]).unwrap();
        assert_eq!((s.hash.as_str(), c.1), (mine[1].hash.as_str(), 7));
        let (s, c) =
            commit_to_reveal(&mine, &on_chain, 12, WeightsTarget::main(1), &[0; 32]).unwrap();
        assert_eq!((s.hash.as_str(), c.1), (mine[0].hash.as_str(), 6));
    }

    #[test]
    fn closed_windows_say_why() {
        let a = [1u8; 32];
        let on_chain = [(a, 6, 12, 30)];
        let name = |next| {
            commit_to_reveal(
                &[saved(&a)],
                &on_chain,
                next,
                WeightsTarget::main(1),
                &[0; 32],
            )
            .unwrap_err()
            .name
        };
        assert_eq!(name(11), "RevealTooEarly");
        assert_eq!(name(31), "ExpiredWeightCommit");
        assert_eq!(
            commit_to_reveal(&[], &on_chain, 12, WeightsTarget::main(1), &[0; 32])
                .unwrap_err()
                .name,
            "NoWeightsCommitFound"
        );
    }
}
