//! The Multisig pallet's calls: the first approval of an operation (`as_multi`, or
//! `approve_as_multi` with only the call's hash), later approvals by hash, the final `as_multi`
//! that carries the call and dispatches it from the multisig account, and `cancel_as_multi`.
//!
//! Every guard of the pallet's `operate` and `cancel_as_multi` is checked against the pending
//! operation (`Multisig.Multisigs`) before signing, and the call itself gets the guards of the
//! named command that sends it, run for the multisig account.

use serde_json::json;
use subxt::ext::codec::{Compact, Encode};

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{decode_api_output, raw_state_call, require_api};
use crate::chain::multisig::{self, Pending, Timepoint};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{field, u64_of};
use crate::units::display_tao;

/// A multisig: its signatories (ascending, the signer among them) and threshold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Multisig {
    /// Every signatory, ascending.
    pub signatories: Vec<[u8; 32]>,
    /// Approvals needed.
    pub threshold: u16,
}

impl Multisig {
    /// The multisig account.
    pub fn account(&self) -> [u8; 32] {
        multisig::account_id(&self.signatories, self.threshold)
    }

    fn ss58(&self) -> String {
        crate::ss58::encode_default(&self.account())
    }

    fn names(&self) -> Vec<String> {
        self.signatories
            .iter()
            .map(crate::ss58::encode_default)
            .collect()
    }
}

/// `blake2_256` of the call's bytes: the hash the pallet keys operations by.
pub fn call_hash(call: &Call) -> [u8; 32] {
    super::proxy::call_hash(call)
}

/// The weight the runtime gives `call` (`TransactionPaymentCallApi.query_call_info`): the
/// `max_weight` of the final `as_multi`.
pub async fn call_weight(tc: &TxChain, call: &Call) -> Result<(u64, u64), ChainError> {
    let (api, method) = ("TransactionPaymentCallApi", "query_call_info");
    require_api(&tc.chain, api, method)?;
    let mut input = call.data.clone();
    (call.data.len() as u32).encode_to(&mut input);
    let bytes = raw_state_call(
        tc.chain.rpc(),
        &format!("{api}_{method}"),
        &input,
        &tc.chain.block_hex(),
    )
    .await?;
    let v = decode_api_output(&tc.chain.metadata, api, method, &bytes)?;
    let w = field(&v, "weight")?;
    Ok((
        u64_of(field(w, "ref_time")?)?,
        u64_of(field(w, "proof_size")?)?,
    ))
}

fn call_index(md: &subxt::Metadata, name: &str) -> Result<[u8; 2], ChainError> {
    let unsupported = |what: String| ChainError::Unsupported {
        what,
        spec_version: 0,
    };
    let p = md
        .pallet_by_name("Multisig")
        .ok_or_else(|| unsupported("the Multisig pallet".into()))?;
    let v = p
        .call_variant_by_name(name)
        .ok_or_else(|| unsupported(format!("Multisig.{name}")))?;
    Ok([p.call_index(), v.index])
}

/// `threshold ‖ other_signatories` of every Multisig call.
fn head(
    md: &subxt::Metadata,
    name: &str,
    ms: &Multisig,
    signer: &[u8; 32],
) -> Result<Vec<u8>, ChainError> {
    let mut data = call_index(md, name)?.to_vec();
    ms.threshold.encode_to(&mut data);
    let others = multisig::others(&ms.signatories, signer);
    Compact(others.len() as u32).encode_to(&mut data);
    for o in &others {
        data.extend_from_slice(o);
    }
    Ok(data)
}

fn timepoint(data: &mut Vec<u8>, when: Option<Timepoint>) {
    match when {
        None => data.push(0),
        Some(t) => {
            data.push(1);
            t.height.encode_to(data);
            t.index.encode_to(data);
        }
    }
}

fn weight(data: &mut Vec<u8>, (ref_time, proof_size): (u64, u64)) {
    Compact(ref_time).encode_to(data);
    Compact(proof_size).encode_to(data);
}

/// `as_multi(threshold, others, maybe_timepoint, call, max_weight)`.
pub fn as_multi(
    md: &subxt::Metadata,
    ms: &Multisig,
    signer: &[u8; 32],
    when: Option<Timepoint>,
    inner: &Call,
    max_weight: (u64, u64),
) -> Result<Call, ChainError> {
    let mut data = head(md, "as_multi", ms, signer)?;
    timepoint(&mut data, when);
    data.extend_from_slice(&inner.data);
    weight(&mut data, max_weight);
    Ok(Call {
        pallet: "Multisig".into(),
        name: "as_multi".into(),
        data,
    })
}

fn approve_as_multi(
    md: &subxt::Metadata,
    ms: &Multisig,
    signer: &[u8; 32],
    when: Option<Timepoint>,
    hash: &[u8; 32],
) -> Result<Call, ChainError> {
    let mut data = head(md, "approve_as_multi", ms, signer)?;
    timepoint(&mut data, when);
    data.extend_from_slice(hash);
    weight(&mut data, (0, 0));
    Ok(Call {
        pallet: "Multisig".into(),
        name: "approve_as_multi".into(),
        data,
    })
}

fn cancel_as_multi(
    md: &subxt::Metadata,
    ms: &Multisig,
    signer: &[u8; 32],
    when: Timepoint,
    hash: &[u8; 32],
) -> Result<Call, ChainError> {
    let mut data = head(md, "cancel_as_multi", ms, signer)?;
    when.height.encode_to(&mut data);
    when.index.encode_to(&mut data);
    data.extend_from_slice(hash);
    Ok(Call {
        pallet: "Multisig".into(),
        name: "cancel_as_multi".into(),
        data,
    })
}

fn missing(ms: &Multisig, p: &Pending) -> Vec<String> {
    ms.signatories
        .iter()
        .filter(|s| !p.approvals.contains(s))
        .map(crate::ss58::encode_default)
        .collect()
}

fn not_found(ms: &Multisig, hash: &[u8; 32]) -> PlanError {
    Refusal::new(
        "Multisig",
        "NotFound",
        format!(
            "the multisig {} ({} of {}) has no pending operation {}",
            ms.ss58(),
            ms.threshold,
            ms.signatories.len(),
            crate::chain::tx::to_hex_hash(hash)
        ),
        format!(
            "`tao multisig list --signatories … --threshold {}` shows its pending operations; a different account means other signatories or threshold (this wallet's coldkey is counted among them)",
            ms.threshold
        ),
    )
    .into()
}

/// The lines and details every plan shows about the multisig.
fn describe(ms: &Multisig, plan_lines: &mut Vec<(String, String)>) -> serde_json::Value {
    plan_lines.insert(
        0,
        (
            "multisig".into(),
            format!(
                "{} ({} of {}: {})",
                ms.ss58(),
                ms.threshold,
                ms.signatories.len(),
                ms.names().join(", ")
            ),
        ),
    );
    json!({
        "multisig": ms.ss58(),
        "signatories": ms.names(),
        "threshold": ms.threshold,
    })
}

/// The guards of the named command that sends `inner`, run for the multisig account; the
/// plan's lines describe the call.
async fn inner_plan(tc: &TxChain, ms: &Multisig, inner: &Call) -> Result<Plan, PlanError> {
    super::raw::plan_call(tc, &ms.account(), inner.clone(), KeyRole::Coldkey).await
}

/// The first approval of `inner` by `signer`: `as_multi` with the call (or `approve_as_multi`
/// with its hash only, `hash_only`), reserving the deposit.
pub async fn plan_submit(
    tc: &TxChain,
    signer: &[u8; 32],
    ms: &Multisig,
    inner: &Call,
    hash_only: bool,
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let id = ms.account();
    let hash = call_hash(inner);
    if let Some(p) = multisig::pending(&tc.chain, &id, &hash).await? {
        return Err(Refusal::new(
            "Multisig",
            "NoTimepoint",
            format!(
                "{}.{} ({}) is already pending for {} since block #{} (extrinsic {}), with {} of {} approvals",
                inner.pallet,
                inner.name,
                crate::chain::tx::to_hex_hash(&hash),
                ms.ss58(),
                p.when.height,
                p.when.index,
                p.approvals.len(),
                ms.threshold
            ),
            "approve it with `tao multisig approve --call-hash …`, or make it with `tao multisig execute` once enough signatories approved",
        )
        .into());
    }
    let checked = inner_plan(tc, ms, inner).await?;
    let deposit = multisig::deposit(md, ms.threshold);
    let call = if hash_only {
        approve_as_multi(md, ms, signer, None, &hash)?
    } else {
        let w = call_weight(tc, inner).await?;
        as_multi(md, ms, signer, None, inner, w)?
    };
    let mut lines: Vec<(String, String)> = vec![(
        "call".into(),
        format!(
            "{}.{} ({})",
            inner.pallet,
            inner.name,
            crate::chain::tx::to_hex_hash(&hash)
        ),
    )];
    lines.extend(
        checked
            .lines
            .iter()
            .map(|(k, v)| (format!("  {k}"), v.clone())),
    );
    lines.push((
        "approvals".into(),
        format!(
            "1 of {} (this one); {} more needed",
            ms.threshold,
            ms.threshold - 1
        ),
    ));
    lines.push((
        "deposit".into(),
        format!(
            "{} reserved until the operation is made or cancelled",
            display_tao(deposit)
        ),
    ));
    let mut details = describe(ms, &mut lines);
    if let Some(d) = details.as_object_mut() {
        d.insert(
            "call".into(),
            json!({"pallet": inner.pallet, "name": inner.name}),
        );
        d.insert(
            "call_data".into(),
            json!(crate::chain::client::to_hex(&inner.data)),
        );
        d.insert(
            "call_hash".into(),
            json!(crate::chain::tx::to_hex_hash(&hash)),
        );
        d.insert("hash_only".into(), json!(hash_only));
        d.insert("deposit_reserved".into(), json!(deposit));
        d.insert("checked".into(), checked.details);
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details,
        preview: None,
        spend: deposit,
        keep_alive: true,
        balance_error: ("Balances", "InsufficientBalance"),
    })
}

async fn existing(tc: &TxChain, ms: &Multisig, hash: &[u8; 32]) -> Result<Pending, PlanError> {
    multisig::pending(&tc.chain, &ms.account(), hash)
        .await?
        .ok_or_else(|| not_found(ms, hash))
}

/// A later approval of the pending operation `hash` by `signer` (`approve_as_multi`).
pub async fn plan_approve(
    tc: &TxChain,
    signer: &[u8; 32],
    ms: &Multisig,
    hash: &[u8; 32],
) -> Result<Plan, PlanError> {
    let p = existing(tc, ms, hash).await?;
    let have = p.approvals.len();
    if p.approvals.contains(signer) || have >= usize::from(ms.threshold) {
        let why = if p.approvals.contains(signer) {
            "this wallet's coldkey already approved it".to_string()
        } else {
            format!("it already has {have} of {} approvals", ms.threshold)
        };
        return Err(Refusal::new(
            "Multisig",
            "AlreadyApproved",
            format!("{why} ({})", crate::chain::tx::to_hex_hash(hash)),
            "any signatory makes it with `tao multisig execute` and the call, once enough signatories approved",
        )
        .into());
    }
    let call = approve_as_multi(tc.metadata(), ms, signer, Some(p.when), hash)?;
    let after = have + 1;
    let mut lines = vec![
        (
            "operation".into(),
            format!(
                "{} from block #{} (extrinsic {})",
                crate::chain::tx::to_hex_hash(hash),
                p.when.height,
                p.when.index
            ),
        ),
        (
            "approvals".into(),
            if after >= usize::from(ms.threshold) {
                format!(
                    "{after} of {} with this one: enough; a signatory then makes it with `tao multisig execute`",
                    ms.threshold
                )
            } else {
                format!(
                    "{after} of {} with this one; {} more needed",
                    ms.threshold,
                    usize::from(ms.threshold) - after
                )
            },
        ),
    ];
    let mut details = describe(ms, &mut lines);
    if let Some(d) = details.as_object_mut() {
        d.insert(
            "call_hash".into(),
            json!(crate::chain::tx::to_hex_hash(hash)),
        );
        d.insert("timepoint".into(), json!(p.when));
        d.insert("approvals_after".into(), json!(after));
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details,
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// The approval that reaches the threshold, carrying the call: `as_multi` with the pending
/// operation's timepoint; the call is dispatched from the multisig account and the deposit
/// returned to the depositor.
pub async fn plan_execute(
    tc: &TxChain,
    signer: &[u8; 32],
    ms: &Multisig,
    inner: &Call,
) -> Result<Plan, PlanError> {
    let hash = call_hash(inner);
    let p = existing(tc, ms, &hash).await?;
    let have = p.approvals.len();
    let mine = !p.approvals.contains(signer) && have < usize::from(ms.threshold);
    let after = have + usize::from(mine);
    if after < usize::from(ms.threshold) {
        let (name, why) = if p.approvals.contains(signer) {
            (
                "AlreadyApproved",
                "this wallet's coldkey already approved it",
            )
        } else {
            ("NotEnoughApprovals", "with this one")
        };
        return Err(Refusal::new(
            if name == "AlreadyApproved" {
                "Multisig"
            } else {
                "tao"
            },
            name,
            format!(
                "{why}, {after} of {} approvals: {} more before it can be made (missing: {})",
                ms.threshold,
                usize::from(ms.threshold) - after,
                missing(ms, &p).join(", ")
            ),
            "the other signatories approve it first (`tao multisig approve --call-hash …`)",
        )
        .into());
    }
    let checked = inner_plan(tc, ms, inner).await?;
    // The call spends from the multisig account, which must hold it (the signer pays the fee).
    let (_, bal) = crate::chain::read::balances(&tc.chain, &[ms.account()]).await?;
    let ed = if checked.keep_alive {
        super::transfer::existential_deposit(tc.metadata())
    } else {
        0
    };
    if checked.spend > 0 && bal[0].free < checked.spend.saturating_add(ed) {
        let (pallet, name) = checked.balance_error;
        return Err(Refusal::new(
            pallet,
            name,
            format!(
                "the multisig account {} has {} free, not {} plus the existential deposit {}",
                ms.ss58(),
                display_tao(bal[0].free),
                display_tao(checked.spend),
                display_tao(ed)
            ),
            "fund the multisig account first (`tao wallet transfer --dest …`)",
        )
        .into());
    }
    let w = call_weight(tc, inner).await?;
    let call = as_multi(tc.metadata(), ms, signer, Some(p.when), inner, w)?;
    let mut lines: Vec<(String, String)> = vec![(
        "call".into(),
        format!(
            "{}.{} ({})",
            inner.pallet,
            inner.name,
            crate::chain::tx::to_hex_hash(&hash)
        ),
    )];
    lines.extend(
        checked
            .lines
            .iter()
            .map(|(k, v)| (format!("  {k}"), v.clone())),
    );
    lines.push((
        "approvals".into(),
        format!(
            "{after} of {}: the call is made from the multisig account",
            ms.threshold
        ),
    ));
    lines.push((
        "deposit".into(),
        format!(
            "{} returned to {}",
            display_tao(p.deposit),
            crate::ss58::encode_default(&p.depositor)
        ),
    ));
    let mut details = describe(ms, &mut lines);
    if let Some(d) = details.as_object_mut() {
        d.insert(
            "call".into(),
            json!({"pallet": inner.pallet, "name": inner.name}),
        );
        d.insert(
            "call_hash".into(),
            json!(crate::chain::tx::to_hex_hash(&hash)),
        );
        d.insert("timepoint".into(), json!(p.when));
        d.insert(
            "max_weight".into(),
            json!({"ref_time": w.0, "proof_size": w.1}),
        );
        d.insert("deposit_returned".into(), json!(p.deposit));
        d.insert("checked".into(), checked.details);
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details,
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// `cancel_as_multi` of the pending operation `hash` by its depositor; the deposit returns.
pub async fn plan_cancel(
    tc: &TxChain,
    signer: &[u8; 32],
    ms: &Multisig,
    hash: &[u8; 32],
) -> Result<Plan, PlanError> {
    let p = existing(tc, ms, hash).await?;
    if p.depositor != *signer {
        return Err(Refusal::new(
            "Multisig",
            "NotOwner",
            format!(
                "only the depositor {} may cancel {}",
                crate::ss58::encode_default(&p.depositor),
                crate::chain::tx::to_hex_hash(hash)
            ),
            "sign with the wallet that started the operation",
        )
        .into());
    }
    let call = cancel_as_multi(tc.metadata(), ms, signer, p.when, hash)?;
    let mut lines = vec![
        (
            "operation".into(),
            format!(
                "{} from block #{} (extrinsic {}), {} of {} approvals",
                crate::chain::tx::to_hex_hash(hash),
                p.when.height,
                p.when.index,
                p.approvals.len(),
                ms.threshold
            ),
        ),
        (
            "deposit".into(),
            format!("{} returned", display_tao(p.deposit)),
        ),
    ];
    let mut details = describe(ms, &mut lines);
    if let Some(d) = details.as_object_mut() {
        d.insert(
            "call_hash".into(),
            json!(crate::chain::tx::to_hex_hash(hash)),
        );
        d.insert("timepoint".into(), json!(p.when));
        d.insert("deposit_returned".into(), json!(p.deposit));
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details,
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// `--signatories … --threshold N` on any write command: `plan` is the command's call, planned
/// (and guarded) for the multisig account; this wallet's coldkey approves it with
/// `Multisig.as_multi` carrying the call. The first approval starts the operation and reserves
/// the deposit; a later one is recorded; the one that reaches the threshold makes the call.
pub async fn approve_plan(
    tc: &TxChain,
    signer: &[u8; 32],
    ms: &Multisig,
    mut plan: Plan,
) -> Result<Plan, PlanError> {
    let inner = plan.call.clone();
    let hash = call_hash(&inner);
    let md = tc.metadata();
    let pending = multisig::pending(&tc.chain, &ms.account(), &hash).await?;
    let w = call_weight(tc, &inner).await?;
    let threshold = usize::from(ms.threshold);
    let (call, step, spend, when) = match &pending {
        None => {
            let deposit = multisig::deposit(md, ms.threshold);
            (
                as_multi(md, ms, signer, None, &inner, w)?,
                format!(
                    "approval 1 of {threshold} (starts the operation; {} reserved until it is made or cancelled)",
                    display_tao(deposit)
                ),
                deposit,
                None,
            )
        }
        Some(p) => {
            let have = p.approvals.len();
            let mine = !p.approvals.contains(signer) && have < threshold;
            let after = have + usize::from(mine);
            if !mine && after < threshold {
                return Err(Refusal::new(
                    "Multisig",
                    "AlreadyApproved",
                    format!(
                        "this wallet's coldkey already approved {} ({after} of {threshold}; missing: {})",
                        crate::chain::tx::to_hex_hash(&hash),
                        missing(ms, p).join(", ")
                    ),
                    "the other signatories approve it",
                )
                .into());
            }
            if after >= threshold {
                let (_, bal) = crate::chain::read::balances(&tc.chain, &[ms.account()]).await?;
                let ed = if plan.keep_alive {
                    super::transfer::existential_deposit(md)
                } else {
                    0
                };
                if plan.spend > 0 && bal[0].free < plan.spend.saturating_add(ed) {
                    let (pallet, name) = plan.balance_error;
                    return Err(Refusal::new(
                        pallet,
                        name,
                        format!(
                            "the multisig account {} has {} free, not {} plus the existential deposit {}",
                            ms.ss58(),
                            display_tao(bal[0].free),
                            display_tao(plan.spend),
                            display_tao(ed)
                        ),
                        "fund the multisig account first",
                    )
                    .into());
                }
            }
            let step = if after >= threshold {
                format!(
                    "approval {after} of {threshold}: the call is made from the multisig account"
                )
            } else {
                format!(
                    "approval {after} of {threshold}; {} more needed",
                    threshold - after
                )
            };
            (
                as_multi(md, ms, signer, Some(p.when), &inner, w)?,
                step,
                0,
                Some(p.when),
            )
        }
    };
    let mut lines = vec![
        (
            "multisig call".into(),
            format!(
                "{}.{} ({})",
                inner.pallet,
                inner.name,
                crate::chain::tx::to_hex_hash(&hash)
            ),
        ),
        ("approval".into(), step),
    ];
    let info = describe(ms, &mut lines);
    lines.append(&mut plan.lines);
    plan.lines = lines;
    if let Some(d) = plan.details.as_object_mut() {
        let mut m = info;
        m["call_hash"] = json!(crate::chain::tx::to_hex_hash(&hash));
        m["call_data"] = json!(crate::chain::client::to_hex(&inner.data));
        m["timepoint"] = json!(when);
        m["deposit_reserved"] = json!(spend);
        d.insert("multisig".into(), m);
    }
    plan.call = call;
    plan.spend = spend;
    plan.keep_alive = true;
    plan.balance_error = ("Balances", "InsufficientBalance");
    Ok(plan)
}
