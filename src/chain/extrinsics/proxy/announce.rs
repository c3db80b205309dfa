//! Announced calls: `announce` (`--announce-only`), `remove_announcement`, `proxy_announced`
//! once the delay has passed (`tao proxy execute`) and `reject_announcement`.

use super::*;

/// Plan `remove_announcement(real, call_hash)` signed by the delegate that announced it; its
/// part of the announcement deposit returns.
pub async fn plan_remove_announcement(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    hash: [u8; 32],
) -> Result<Plan, PlanError> {
    let rs = crate::ss58::encode_default(real);
    let ds = crate::ss58::encode_default(delegate);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let (pending, deposit) = announcements(&tc.chain, delegate).await?;
    if !pending
        .iter()
        .any(|a| a.real_key == *real && a.call_hash == hash_hex)
    {
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!("{ds} (this wallet's coldkey) has no pending announcement {hash_hex} for {rs}"),
            "check the hash that `--announce-only` or `tao proxy announce` reported",
        )
        .into());
    }
    let (base, factor) = announcement_deposits(tc.metadata());
    let left = pending
        .iter()
        .filter(|a| !(a.real_key == *real && a.call_hash == hash_hex))
        .count() as u64;
    let new_deposit = if left == 0 { 0 } else { base + factor * left };
    let freed = deposit.saturating_sub(new_deposit);
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "remove_announcement",
        vec![
            ("real", multi_address(real)),
            ("call_hash", Value::from_bytes(hash)),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("real".into(), rs.clone()),
            ("announcement".into(), hash_hex.clone()),
            ("deposit".into(), format!("{} returned", display_tao(freed))),
        ],
        details: json!({
            "real": rs,
            "delegate": ds,
            "call_hash": hash_hex,
            "deposit_returned": freed,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// One entry of `Proxy.Announcements[delegate]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Announcement {
    /// The real account the call is for.
    pub real: String,
    /// Its public key.
    #[serde(skip)]
    pub real_key: [u8; 32],
    /// `0x`-hex of the call's hash.
    pub call_hash: String,
    /// The block it was announced in.
    pub height: u32,
}

/// The pending announcements of `delegate` and the deposit reserved for them.
pub async fn announcements(
    chain: &Chain,
    delegate: &[u8; 32],
) -> Result<(Vec<Announcement>, u64), ChainError> {
    let v = chain
        .storage(&[StorageQuery::new(
            "Proxy",
            "Announcements",
            vec![arg_account(delegate)],
        )])
        .await?;
    let Some(val) = v[0].as_ref() else {
        return Ok((Vec::new(), 0));
    };
    let parts = items(val)?;
    let [list, deposit] = parts.as_slice() else {
        return Err(ChainError::decode("Proxy.Announcements", "not a pair"));
    };
    let mut out = Vec::new();
    for a in flatten(list)? {
        let key = account(field(a, "real")?)?;
        out.push(Announcement {
            real: crate::ss58::encode_default(&key),
            real_key: key,
            call_hash: format!(
                "0x{}",
                hex::encode(crate::chain::value::bytes(field(a, "call_hash")?)?)
            ),
            height: u32::try_from(u64_of(field(a, "height")?)?)
                .map_err(|_| ChainError::decode("an announcement height", "too large"))?,
        });
    }
    Ok((out, u64_of(deposit)?))
}

/// The items of a `BoundedVec` of structs (possibly wrapped in a newtype).
fn flatten(list: &Val) -> Result<Vec<&Val>, ChainError> {
    let mut out = Vec::new();
    for d in items(list)? {
        if matches!(
            &d.value,
            subxt::ext::scale_value::ValueDef::Composite(
                subxt::ext::scale_value::Composite::Named(_)
            )
        ) {
            out.push(d);
        } else {
            out.extend(items(d)?);
        }
    }
    Ok(out)
}

fn announcement_deposits(md: &subxt::Metadata) -> (u64, u64) {
    (
        constant(md, "AnnouncementDepositBase", 36_000_000),
        constant(md, "AnnouncementDepositFactor", 68_000_000),
    )
}

/// Pending announcements one delegate may have (`MaxPending`).
pub const MAX_PENDING: usize = 75;

/// Instead of making `plan`'s call for `real` now, announce its hash (`Proxy.announce`, signed
/// by `delegate`): the relation must exist and its type allow the call; the call's bytes are in
/// `details.announce.call_data` for `tao proxy execute` once the relation's delay has passed.
pub async fn announced(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    mut plan: Plan,
) -> Result<Plan, PlanError> {
    let Delegation {
        rs,
        ds,
        info,
        needed,
        mine,
    } = delegation(tc, delegate, real, &plan).await?;
    let Some(def) = mine.iter().find(|p| allows(&p.proxy_type, &info)) else {
        return Err(not_allowed(&plan.call, &mine, &ds, &rs, needed));
    };
    let (pending, deposit) = announcements(&tc.chain, delegate).await?;
    if pending.len() >= MAX_PENDING {
        return Err(Refusal::new(
            "Proxy",
            "TooMany",
            format!("{ds} already has the maximum of {MAX_PENDING} pending announcements"),
            "execute or remove some first",
        )
        .into());
    }
    let (base, factor) = announcement_deposits(tc.metadata());
    let extra = (base + factor * (pending.len() as u64 + 1)).saturating_sub(deposit);
    let hash = call_hash(&plan.call);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let now = crate::chain::read::block_number(&tc.chain).await?;
    let from = now + 1 + u64::from(def.delay);
    let inner = plan.call.clone();
    plan.call = Call::new(
        tc.metadata(),
        "Proxy",
        "announce",
        vec![
            ("real", multi_address(real)),
            ("call_hash", Value::from_bytes(hash)),
        ],
    )?;
    plan.lines.insert(
        0,
        (
            "announce".into(),
            format!(
                "{}.{} for {rs} (its {} proxy, delay {}), hash {hash_hex}; executable from block #{from}",
                inner.pallet, inner.name, def.proxy_type, def.delay
            ),
        ),
    );
    plan.lines.push((
        "deposit".into(),
        format!("{} reserved from the signer", display_tao(extra)),
    ));
    if let Some(obj) = plan.details.as_object_mut() {
        obj.insert(
            "announce".into(),
            json!({
                "real": rs,
                "delegate": ds,
                "proxy_type": def.proxy_type,
                "delay": def.delay,
                "call": {"pallet": inner.pallet, "name": inner.name},
                "call_data": format!("0x{}", hex::encode(&inner.data)),
                "call_hash": hash_hex,
                "executable_from_block": from,
                "deposit_reserved": extra,
            }),
        );
    }
    plan.spend = extra;
    plan.keep_alive = true;
    plan.balance_error = ("Balances", "InsufficientBalance");
    Ok(plan)
}

pub(super) fn not_allowed(
    call: &Call,
    mine: &[ProxyDef],
    ds: &str,
    rs: &str,
    needed: &str,
) -> PlanError {
    let call_name = format!("{}.{}", call.pallet, call.name);
    if mine.is_empty() {
        return Refusal::new(
            "Proxy",
            "NotProxy",
            format!("{ds} (this wallet's coldkey) is not a proxy of {rs}"),
            format!(
                "the real account adds it first: `tao proxy add --delegate {ds} --type {needed}`"
            ),
        )
        .into();
    }
    let have: Vec<String> = mine
        .iter()
        .map(|p| format!("{} (delay {})", p.proxy_type, p.delay))
        .collect();
    Refusal::new(
        "System",
        "CallFiltered",
        format!(
            "{call_name} is not allowed to a proxy of type {}; it needs a {needed} proxy (or one that covers it)",
            have.join(", ")
        ),
        format!("the real account adds one: `tao proxy add --delegate {ds} --type {needed}`"),
    )
    .into()
}

/// Plan `proxy_announced(delegate, real, Some(type), call)`: execute a call `delegate`
/// announced for `real` once the relation's delay has passed (anyone may sign it).
pub async fn plan_execute(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    call_data: &[u8],
) -> Result<Plan, PlanError> {
    let rs = crate::ss58::encode_default(real);
    let ds = crate::ss58::encode_default(delegate);
    let md = tc.metadata();
    let probe = Call {
        pallet: String::new(),
        name: String::new(),
        data: call_data.to_vec(),
    };
    let info = CallInfo::of(md, &probe)?;
    let inner = Call {
        pallet: info.pallet.clone(),
        name: info.name.clone(),
        data: call_data.to_vec(),
    };
    let hash = call_hash(&inner);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let mine = delegate_proxies(&tc.chain, delegate, real).await?;
    let needed = narrowest_type(&info);
    let Some(def) = mine.iter().find(|p| allows(&p.proxy_type, &info)) else {
        return Err(not_allowed(&inner, &mine, &ds, &rs, needed));
    };
    let (pending, _) = announcements(&tc.chain, delegate).await?;
    let Some(ann) = pending
        .iter()
        .find(|a| a.real_key == *real && a.call_hash == hash_hex)
    else {
        return Err(Refusal::new(
            "Proxy",
            "Unannounced",
            format!(
                "{ds} has not announced {}.{} ({hash_hex}) for {rs}",
                info.pallet, info.name
            ),
            format!("the delegate announces it first, with `--proxy {rs} --announce-only`"),
        )
        .into());
    };
    // The transaction lands in the next block at the earliest.
    let next = crate::chain::read::block_number(&tc.chain).await? + 1;
    let from = u64::from(ann.height) + u64::from(def.delay);
    if next < from {
        return Err(Refusal::new(
            "Proxy",
            "Unannounced",
            format!(
                "announced at block #{} with a delay of {} blocks: executable from block #{from}, {} blocks from now",
                ann.height,
                def.delay,
                from - next + 1
            ),
            "wait for the delay to pass",
        )
        .into());
    }
    let unsupported = |what: &str| ChainError::Unsupported {
        what: what.into(),
        spec_version: 0,
    };
    let pallet = md
        .pallet_by_name("Proxy")
        .ok_or_else(|| unsupported("the Proxy pallet"))?;
    let variant = pallet
        .call_variant_by_name("proxy_announced")
        .ok_or_else(|| unsupported("Proxy.proxy_announced"))?;
    let index = type_index(&def.proxy_type)?;
    let mut data = vec![pallet.call_index(), variant.index];
    data.push(0);
    data.extend_from_slice(delegate);
    data.push(0);
    data.extend_from_slice(real);
    Some(index).encode_to(&mut data);
    data.extend_from_slice(call_data);
    Ok(Plan {
        call: Call {
            pallet: "Proxy".into(),
            name: "proxy_announced".into(),
            data,
        },
        role: KeyRole::Coldkey,
        lines: vec![
            ("real".into(), rs.clone()),
            (
                "delegate".into(),
                format!("{ds} ({} proxy)", def.proxy_type),
            ),
            (
                "announced".into(),
                format!(
                    "{}.{} at block #{}, {hash_hex}",
                    info.pallet, info.name, ann.height
                ),
            ),
        ],
        details: json!({
            "real": rs,
            "delegate": ds,
            "proxy_type": def.proxy_type,
            "call": {"pallet": info.pallet, "name": info.name},
            "call_hash": hash_hex,
            "announced_at_block": ann.height,
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

pub(super) fn type_index(name: &str) -> Result<u8, ChainError> {
    PROXY_TYPES
        .iter()
        .position(|t| *t == name)
        .map(|i| i as u8)
        .ok_or_else(|| ChainError::decode("a proxy type", name))
}

/// Plan `reject_announcement(delegate, call_hash)` signed by the real account.
pub async fn plan_reject(
    tc: &TxChain,
    real: &[u8; 32],
    delegate: &[u8; 32],
    hash: [u8; 32],
) -> Result<Plan, PlanError> {
    let rs = crate::ss58::encode_default(real);
    let ds = crate::ss58::encode_default(delegate);
    let hash_hex = format!("0x{}", hex::encode(hash));
    let (pending, _) = announcements(&tc.chain, delegate).await?;
    if !pending
        .iter()
        .any(|a| a.real_key == *real && a.call_hash == hash_hex)
    {
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!("{ds} has no pending announcement {hash_hex} for {rs}"),
            "check the hash the delegate announced",
        )
        .into());
    }
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "reject_announcement",
        vec![
            ("delegate", multi_address(delegate)),
            ("call_hash", Value::from_bytes(hash)),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("delegate".into(), ds.clone()),
            ("announcement".into(), hash_hex.clone()),
        ],
        details: json!({ "real": rs, "delegate": ds, "call_hash": hash_hex }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
