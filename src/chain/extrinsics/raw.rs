//! Calls built from the metadata (`tao call`, `tao tx batch`): the guards of the named command
//! that sends the same call, where there is one, and otherwise what the summary should show.
//! A batch is checked item by item before anything is signed, and its outcome is read back per
//! item from the Utility pallet's events.

use serde_json::{Value as Json, json};

use super::stake::{Safety, Target};
use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::raw::calls::{Decoded, decode};
use crate::chain::tx::{Call, Event, TxChain};
use crate::chain::value::{Val, account, u16_of, u64_of, variant};

/// How a batch runs its items (the Utility call that wraps them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BatchMode {
    /// `Utility.batch_all`: all items or none (the default).
    All,
    /// `Utility.batch`: items in order until the first failure.
    Batch,
    /// `Utility.force_batch`: every item, whatever fails.
    Force,
}

impl BatchMode {
    /// The Utility call's name.
    pub fn call_name(self) -> &'static str {
        match self {
            BatchMode::All => "batch_all",
            BatchMode::Batch => "batch",
            BatchMode::Force => "force_batch",
        }
    }

    /// The mode of a Utility call name, if it is a batch.
    pub fn of(pallet: &str, name: &str) -> Option<BatchMode> {
        match (pallet, name) {
            ("Utility", "batch_all") => Some(BatchMode::All),
            ("Utility", "batch") => Some(BatchMode::Batch),
            ("Utility", "force_batch") => Some(BatchMode::Force),
            _ => None,
        }
    }
}

/// What checking one call found.
struct Checked {
    lines: Vec<(String, String)>,
    details: Json,
    spend: u64,
    keep_alive: bool,
    balance_error: (&'static str, &'static str),
    /// The named command whose guards ran.
    guards: Option<&'static str>,
}

fn arg<'a>(d: &'a Decoded, name: &str) -> Result<&'a Val, ChainError> {
    d.arg(name).ok_or_else(|| {
        ChainError::decode(
            format!("{}.{}", d.pallet, d.name),
            format!("no argument `{name}`"),
        )
    })
}

/// The account of a `MultiAddress::Id`, if that is the variant.
fn multi_address_id(v: &Val) -> Result<Option<[u8; 32]>, ChainError> {
    let (name, fields) = variant(v)?;
    if name != "Id" {
        return Ok(None);
    }
    match fields.values().next() {
        Some(a) => account(a).map(Some),
        None => Ok(None),
    }
}

const UNSAFE: Safety = Safety {
    safe: false,
    tolerance_ppb: 0,
    partial: false,
};

/// The guards of the named command that sends this call, if there is one.
async fn named_guards(
    tc: &TxChain,
    signer: &[u8; 32],
    d: &Decoded,
) -> Result<Option<(Plan, &'static str)>, PlanError> {
    let target = |d: &Decoded| -> Result<Target, ChainError> {
        Ok(Target {
            hotkey: account(arg(d, "hotkey")?)?,
            netuid: u16_of(arg(d, "netuid")?)?,
        })
    };
    let plan = match (d.pallet.as_str(), d.name.as_str()) {
        ("Balances", name @ ("transfer_keep_alive" | "transfer_allow_death")) => {
            let Some(dest) = multi_address_id(arg(d, "dest")?)? else {
                return Ok(None);
            };
            let value = u64_of(arg(d, "value")?)?;
            let plan = super::transfer::plan(
                tc,
                signer,
                &dest,
                super::transfer::Amount::Rao(value),
                name == "transfer_allow_death",
            )
            .await?;
            (plan, "tao wallet transfer")
        }
        ("Balances", "transfer_all") => {
            let Some(dest) = multi_address_id(arg(d, "dest")?)? else {
                return Ok(None);
            };
            let keep_alive = crate::chain::value::bool_of(arg(d, "keep_alive")?)?;
            let plan =
                super::transfer::plan(tc, signer, &dest, super::transfer::Amount::All, !keep_alive)
                    .await?;
            (plan, "tao wallet transfer --all")
        }
        ("SubtensorModule", "add_stake" | "add_stake_limit") => {
            let amount = u64_of(arg(d, "amount_staked")?)?;
            let plan = super::stake::plan_add(tc, signer, &[target(d)?], amount, UNSAFE).await?;
            (plan, "tao stake add")
        }
        ("SubtensorModule", "remove_stake" | "remove_stake_limit") => {
            let amount = u64_of(arg(d, "amount_unstaked")?)?;
            let plan =
                super::stake::plan_remove(tc, signer, &[target(d)?], Some(amount), UNSAFE).await?;
            (plan, "tao stake remove")
        }
        ("SubtensorModule", "burned_register") => {
            let t = target(d)?;
            let plan =
                super::register::plan_register(tc, signer, &t.hotkey, t.netuid, 0, Some(u64::MAX))
                    .await?;
            (plan, "tao subnets register")
        }
        ("SubtensorModule", "increase_take" | "decrease_take") => {
            let hotkey = account(arg(d, "hotkey")?)?;
            let take = u16_of(arg(d, "take")?)?;
            let plan = super::takes::plan_set_take(tc, signer, &hotkey, take).await?;
            if plan.call.name != d.name {
                return Err(Refusal::subtensor(
                    if d.name == "increase_take" {
                        "DelegateTakeTooLow"
                    } else {
                        "DelegateTakeTooHigh"
                    },
                    format!(
                        "{} with this take would be `{}`: the take moves the other way",
                        d.name, plan.call.name
                    ),
                    format!("call SubtensorModule.{} instead", plan.call.name),
                )
                .into());
            }
            (plan, "tao wallet set-take")
        }
        _ => return Ok(None),
    };
    Ok(Some(plan))
}

async fn check(
    tc: &TxChain,
    signer: &[u8; 32],
    call: &Call,
    role: KeyRole,
) -> Result<Checked, PlanError> {
    let md = tc.metadata();
    let d = decode(md, &call.data)?;
    let args = d.args_json(md);
    let described = format!("{}.{}", d.pallet, d.name);
    if role == KeyRole::Coldkey
        && let Some((plan, guards)) = named_guards(tc, signer, &d).await?
    {
        return Ok(Checked {
            lines: plan.lines,
            details: json!({ "call": described, "args": args, "checks": guards, "named": plan.details }),
            spend: plan.spend,
            keep_alive: plan.keep_alive,
            balance_error: plan.balance_error,
            guards: Some(guards),
        });
    }
    let lines = args
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(n, v)| (n.clone(), compact_json(v)))
                .collect()
        })
        .unwrap_or_default();
    Ok(Checked {
        lines,
        details: json!({ "call": described, "args": args, "checks": Json::Null }),
        spend: 0,
        // The fee is withdrawn keeping the account alive.
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
        guards: None,
    })
}

/// JSON on one line, strings without quotes, shortened past 100 characters.
pub fn compact_json(j: &Json) -> String {
    let s = match j {
        Json::String(s) => s.clone(),
        Json::Object(m)
            if m.contains_key("rao") && (m.contains_key("tao") || m.contains_key("alpha")) =>
        {
            let (unit, v) = match m.get("tao") {
                Some(t) => ("τ", t),
                None => ("α", &m["alpha"]),
            };
            format!("{}{unit}", v.as_str().unwrap_or_default())
        }
        other => other.to_string(),
    };
    if s.chars().count() > 100 {
        format!("{}…", s.chars().take(100).collect::<String>())
    } else {
        s
    }
}

/// Plan one call built from the metadata, signed by `role`'s key.
pub async fn plan_call(
    tc: &TxChain,
    signer: &[u8; 32],
    call: Call,
    role: KeyRole,
) -> Result<Plan, PlanError> {
    let c = check(tc, signer, &call, role).await?;
    let mut lines = c.lines;
    lines.push((
        "checks".into(),
        match c.guards {
            Some(g) => format!("those of `{g}`, passed"),
            None => "none in tao for this call: the chain checks it when it runs".into(),
        },
    ));
    Ok(Plan {
        call,
        role,
        lines,
        details: c.details,
        preview: None,
        spend: c.spend,
        keep_alive: c.keep_alive,
        balance_error: c.balance_error,
    })
}

/// Plan a batch: every item checked (a refusal names the item), their spends added up, and the
/// items wrapped in the Utility call of `mode`.
pub async fn plan_batch(
    tc: &TxChain,
    signer: &[u8; 32],
    calls: Vec<Call>,
    mode: BatchMode,
    role: KeyRole,
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let mut lines = Vec::new();
    let mut items = Vec::new();
    let mut spend = 0u64;
    let mut keep_alive = false;
    let mut balance_error = ("DispatchError", "Token(FundsUnavailable)");
    for (i, call) in calls.iter().enumerate() {
        let c = check(tc, signer, call, role).await.map_err(|e| match e {
            PlanError::Refused(mut r) => {
                r.message = format!("item {i} ({}.{}): {}", call.pallet, call.name, r.message);
                PlanError::Refused(r)
            }
            other => other,
        })?;
        lines.push((
            format!("item {i}"),
            format!(
                "{}.{}{}",
                call.pallet,
                call.name,
                match c.guards {
                    Some(g) => format!(" (checks of `{g}` passed)"),
                    None => " (no tao checks)".into(),
                }
            ),
        ));
        for (k, v) in c.lines {
            lines.push((format!("  {k}"), v));
        }
        spend = spend.saturating_add(c.spend);
        if c.spend > 0 {
            balance_error = c.balance_error;
        }
        keep_alive |= c.keep_alive;
        items.push(json!({ "index": i, "details": c.details }));
    }
    let call = wrap(md, mode, &calls)?;
    lines.push(("mode".into(), format!("Utility.{}", mode.call_name())));
    Ok(Plan {
        call,
        role,
        lines,
        details: json!({ "mode": mode.call_name(), "items": items }),
        preview: None,
        spend,
        keep_alive,
        balance_error,
    })
}

/// `Utility.<mode>(calls)`, always wrapped (a batch of one stays a batch).
pub fn wrap(md: &subxt::Metadata, mode: BatchMode, calls: &[Call]) -> Result<Call, ChainError> {
    use subxt::ext::codec::{Compact, Encode};
    let pallet = md
        .pallet_by_name("Utility")
        .ok_or_else(|| ChainError::Unsupported {
            what: "the Utility pallet (batches)".into(),
            spec_version: 0,
        })?;
    let v = pallet
        .call_variant_by_name(mode.call_name())
        .ok_or_else(|| ChainError::Unsupported {
            what: format!("Utility.{}", mode.call_name()),
            spec_version: 0,
        })?;
    let mut data = vec![pallet.call_index(), v.index];
    Compact(calls.len() as u32).encode_to(&mut data);
    for c in calls {
        data.extend_from_slice(&c.data);
    }
    Ok(Call {
        pallet: "Utility".into(),
        name: mode.call_name().into(),
        data,
    })
}

/// Each item's outcome from a batch's events (in order: the item's own events, then
/// `ItemCompleted` or `ItemFailed`; `BatchInterrupted` stops a `batch`). With `failed` (the
/// extrinsic failed, so a `batch_all` reverted everything) every item is `reverted`.
pub fn batch_items(calls: &[(String, String)], events: &[Event], failed: bool) -> Json {
    let mut out: Vec<Json> = Vec::new();
    let mut current: Vec<Json> = Vec::new();
    let describe = |i: usize| {
        calls
            .get(i)
            .map(|(p, n)| format!("{p}.{n}"))
            .unwrap_or_default()
    };
    if failed {
        return Json::Array(
            (0..calls.len())
                .map(|i| json!({ "index": i, "call": describe(i), "status": "reverted", "events": [] }))
                .collect(),
        );
    }
    // The fee is withdrawn before the call runs: a leading `Balances.Withdraw` is the fee's.
    let events = match events.first() {
        Some(e) if e.pallet == "Balances" && e.name == "Withdraw" => &events[1..],
        _ => events,
    };
    for e in events {
        match (e.pallet.as_str(), e.name.as_str()) {
            ("Utility", "ItemCompleted") => {
                let i = out.len();
                out.push(json!({ "index": i, "call": describe(i), "status": "ok", "events": std::mem::take(&mut current) }));
            }
            ("Utility", "ItemFailed") => {
                let i = out.len();
                out.push(json!({
                    "index": i,
                    "call": describe(i),
                    "status": "failed",
                    "error": e.error.clone().unwrap_or_default(),
                    "events": std::mem::take(&mut current),
                }));
            }
            ("Utility", "BatchInterrupted") => {
                let i = out.len();
                out.push(json!({
                    "index": i,
                    "call": describe(i),
                    "status": "failed",
                    "error": e.error.clone().unwrap_or_default(),
                    "events": std::mem::take(&mut current),
                }));
            }
            ("Utility", "BatchCompleted" | "BatchCompletedWithErrors") => {}
            ("TransactionPayment", _) | ("System", "ExtrinsicSuccess" | "ExtrinsicFailed") => {}
            _ => current.push(json!({ "pallet": e.pallet, "name": e.name, "fields": e.fields })),
        }
    }
    for i in out.len()..calls.len() {
        out.push(json!({ "index": i, "call": describe(i), "status": "not_run", "events": [] }));
    }
    Json::Array(out)
}
