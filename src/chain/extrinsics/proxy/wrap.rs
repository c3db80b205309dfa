//! `Proxy.proxy(real, Some(type), call)`: another command's call signed by the delegate, after
//! the relation and its type are checked.

use super::*;

/// `Proxy.proxy(real, Some(proxy_type), call)`.
pub fn wrap(
    md: &subxt::Metadata,
    real: &[u8; 32],
    proxy_type: &str,
    inner: &Call,
) -> Result<Call, ChainError> {
    let unsupported = |what: &str| ChainError::Unsupported {
        what: what.into(),
        spec_version: 0,
    };
    let pallet = md
        .pallet_by_name("Proxy")
        .ok_or_else(|| unsupported("the Proxy pallet"))?;
    let variant = pallet
        .call_variant_by_name("proxy")
        .ok_or_else(|| unsupported("Proxy.proxy"))?;
    let index = PROXY_TYPES
        .iter()
        .position(|t| *t == proxy_type)
        .ok_or_else(|| unsupported("this proxy type"))? as u8;
    let mut data = vec![pallet.call_index(), variant.index];
    data.push(0); // MultiAddress::Id
    data.extend_from_slice(real);
    Some(index).encode_to(&mut data);
    data.extend_from_slice(&inner.data);
    Ok(Call {
        pallet: "Proxy".into(),
        name: "proxy".into(),
        data,
    })
}

/// What [`proxied`] and [`announced`] check: both accounts' addresses, the plan's call decoded,
/// the narrowest proxy type that allows it, and the delegate's relations to `real`.
pub(super) struct Delegation {
    pub(super) rs: String,
    pub(super) ds: String,
    pub(super) info: CallInfo,
    pub(super) needed: &'static str,
    pub(super) mine: Vec<ProxyDef>,
}

pub(super) async fn delegation(
    tc: &TxChain,
    delegate: &[u8; 32],
    real: &[u8; 32],
    plan: &Plan,
) -> Result<Delegation, PlanError> {
    let info = CallInfo::of(tc.metadata(), &plan.call)?;
    let needed = narrowest_type(&info);
    Ok(Delegation {
        rs: crate::ss58::encode_default(real),
        ds: crate::ss58::encode_default(delegate),
        info,
        needed,
        mine: delegate_proxies(&tc.chain, delegate, real).await?,
    })
}

/// The relations by which `delegate` is a proxy of `real`.
pub(super) async fn delegate_proxies(
    chain: &Chain,
    delegate: &[u8; 32],
    real: &[u8; 32],
) -> Result<Vec<ProxyDef>, ChainError> {
    let (current, _) = proxies(chain, real).await?;
    Ok(current
        .into_iter()
        .filter(|p| p.delegate_key == *delegate)
        .collect())
}

/// Check that `delegate` may make `plan`'s call for `real` right away (a relation with no delay
/// whose type allows the call) and wrap the call in `Proxy.proxy` forcing that type.
pub async fn proxied(
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
    let Some(def) = mine
        .iter()
        .find(|p| p.delay == 0 && allows(&p.proxy_type, &info))
    else {
        if let Some(p) = mine.iter().find(|p| allows(&p.proxy_type, &info)) {
            return Err(Refusal::new(
                "Proxy",
                "Unannounced",
                format!(
                    "the {} proxy has a delay of {} blocks: {}.{} must be announced first",
                    p.proxy_type, p.delay, plan.call.pallet, plan.call.name
                ),
                "announce it with `--announce-only`, then `tao proxy execute` after the delay",
            )
            .into());
        }
        return Err(not_allowed(&plan.call, &mine, &ds, &rs, needed));
    };
    plan.call = wrap(tc.metadata(), real, &def.proxy_type, &plan.call)?;
    plan.lines.insert(
        0,
        (
            "proxy".into(),
            format!("for {rs} as its {} proxy", def.proxy_type),
        ),
    );
    if let Some(obj) = plan.details.as_object_mut() {
        obj.insert(
            "proxy".into(),
            json!({ "real": rs, "delegate": ds, "proxy_type": def.proxy_type }),
        );
    }
    Ok(plan)
}

/// `blake2_256` of a call's bytes: the hash `Proxy.announce` takes (`CallHasher` BlakeTwo256).
pub fn call_hash(call: &Call) -> [u8; 32] {
    sp_crypto_hashing::blake2_256(&call.data)
}
