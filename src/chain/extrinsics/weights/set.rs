//! `tao weights set`: the hotkey's weight row, as `set_weights` where commit-reveal is off and
//! as a timelocked commit where it is on, with the Yuma preview of the next epoch.

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::guards::check_set;
use super::preview::preview_set;
use super::timelocked::{Timelocked, plan_timelocked};
use super::{PALLET, WeightsTarget, ss58, vec_u16};
use crate::chain::extrinsics::{KeyRole, Plan, PlanError};
use crate::chain::timelock::{self, WeightsPayload};
use crate::chain::tx::{Call, TxChain};
use crate::yuma::WeightRow;

/// Plan the hotkey's weight row on the target, signed by `hotkey`: `set_weights(netuid, row,
/// version_key)` where commit-reveal is off; where it is on, `commit_timelocked_weights` with
/// the row encrypted to the drand round of the reveal epoch ([`plan_timelocked`]). Above
/// mechanism 0 the mechanism calls (`set_mechanism_weights`,
/// `commit_timelocked_mechanism_weights`) carry the `mecid` too. The guards
/// of `set_weights` are checked either way (on the commit path the chain runs them when it
/// reveals, and drops a commit that fails them without an error). `version_key` defaults to the
/// subnet's `WeightsVersionKey`. With `with_preview`, the plan carries the Yuma preview of the
/// next epoch, also under `details.preview`.
pub async fn plan_set(
    tc: &TxChain,
    hotkey: &[u8; 32],
    target: WeightsTarget,
    row: &WeightRow,
    version_key: Option<u64>,
    with_preview: bool,
) -> Result<Plan, PlanError> {
    let checked = check_set(tc, hotkey, target, row, version_key).await?;
    let (uid, version_key) = (checked.uid, checked.version_key);
    let pairs: Vec<String> = row.stored.iter().map(|(u, w)| format!("{u}:{w}")).collect();
    let mut lines = target.lines();
    lines.extend([
        ("uid".into(), uid.to_string()),
        ("weights (uid:u16)".into(), pairs.join(" ")),
        ("version key".into(), version_key.to_string()),
    ]);
    let mut details = json!({
        "netuid": target.netuid,
        "mecid": target.mecid,
        "hotkey": ss58(hotkey),
        "uid": uid,
        "uids": row.uids,
        "weights": row.submitted,
        "stored": row.stored.iter().map(|(u, w)| json!([u, w])).collect::<Vec<_>>(),
        "version_key": version_key,
    });
    let call = if checked.commit_reveal {
        let payload = WeightsPayload {
            hotkey: *hotkey,
            uids: row.uids.clone(),
            values: row.submitted.clone(),
            version_key,
        };
        let t = plan_timelocked(tc, hotkey, target, uid, &payload).await?;
        lines.insert(0, ("path".into(), TIMELOCKED_PATH.into()));
        lines.push(("reveal".into(), reveal_line(&t)));
        add_timelocked_details(&mut details, target, &t);
        timelocked_call(tc, target, &t)?
    } else {
        details["path"] = json!(target.call_name("set_weights", "set_mechanism_weights"));
        set_weights_call(tc, target, row, version_key)?
    };
    let preview = if with_preview {
        Some(preview_set(tc, target, uid, row, checked.commit_reveal).await?)
    } else {
        None
    };
    if let Some(p) = &preview {
        details["preview"] = p.json();
    }
    Ok(Plan {
        call,
        role: KeyRole::Hotkey,
        lines,
        details,
        preview,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// The summary's `path` line on a commit-reveal subnet.
const TIMELOCKED_PATH: &str = "commit_timelocked_weights (commit-reveal v4: encrypted to a drand round, revealed by the chain)";

/// The summary's `reveal` line: the round, the blocks it aims at, and when the row first
/// counts (the epoch after the reveal epoch).
fn reveal_line(t: &Timelocked) -> String {
    let s = &t.schedule;
    format!(
        "drand round {}, aimed at block #{} (3 blocks into the reveal epoch that starts at #{}); the chain applies the weights when it reveals them, and they first count in the epoch at about block #{}",
        s.round,
        s.target_block,
        s.first_reveal_block,
        s.first_reveal_block + s.epoch_length
    )
}

fn add_timelocked_details(details: &mut Json, target: WeightsTarget, t: &Timelocked) {
    details["path"] = json!(target.call_name(
        "commit_timelocked_weights",
        "commit_timelocked_mechanism_weights"
    ));
    details["reveal_round"] = json!(t.schedule.round);
    details["commit_reveal_version"] = json!(timelock::COMMIT_REVEAL_VERSION);
    details["reveal"] = t.json();
}

fn timelocked_call(tc: &TxChain, target: WeightsTarget, t: &Timelocked) -> Result<Call, PlanError> {
    let mut args = target.call_args();
    args.extend([
        ("commit", Value::from_bytes(&t.commit)),
        ("reveal_round", Value::u128(u128::from(t.schedule.round))),
        (
            "commit_reveal_version",
            Value::u128(u128::from(timelock::COMMIT_REVEAL_VERSION)),
        ),
    ]);
    Ok(Call::new(
        tc.metadata(),
        PALLET,
        target.call_name(
            "commit_timelocked_weights",
            "commit_timelocked_mechanism_weights",
        ),
        args,
    )?)
}

fn set_weights_call(
    tc: &TxChain,
    target: WeightsTarget,
    row: &WeightRow,
    version_key: u64,
) -> Result<Call, PlanError> {
    let mut args = target.call_args();
    args.extend([
        ("dests", vec_u16(&row.uids)),
        ("weights", vec_u16(&row.submitted)),
        ("version_key", Value::u128(u128::from(version_key))),
    ]);
    Ok(Call::new(
        tc.metadata(),
        PALLET,
        target.call_name("set_weights", "set_mechanism_weights"),
        args,
    )?)
}
