//! The real account's relations: `add_proxy`, `remove_proxy` and `remove_proxies`.

use super::*;

/// Plan `add_proxy(delegate, proxy_type, delay)` signed by `real`.
pub async fn plan_add(
    tc: &TxChain,
    real: &[u8; 32],
    delegate: &[u8; 32],
    proxy_type: &str,
    delay: u32,
) -> Result<Plan, PlanError> {
    let dg = crate::ss58::encode_default(delegate);
    if delegate == real {
        return Err(Refusal::new(
            "Proxy",
            "NoSelfProxy",
            "an account cannot be its own proxy",
            "name another account as the delegate",
        )
        .into());
    }
    let (current, deposit) = proxies(&tc.chain, real).await?;
    if current
        .iter()
        .any(|p| p.delegate_key == *delegate && p.proxy_type == proxy_type && p.delay == delay)
    {
        return Err(Refusal::new(
            "Proxy",
            "Duplicate",
            format!("{dg} is already a {proxy_type} proxy of this account with delay {delay}"),
            "nothing to do; `tao proxy list` shows the relations",
        )
        .into());
    }
    if current.len() >= MAX_PROXIES {
        return Err(Refusal::new(
            "Proxy",
            "TooMany",
            format!("the account already has the maximum of {MAX_PROXIES} proxies"),
            "remove one first with `tao proxy remove`",
        )
        .into());
    }
    let (base, factor) = deposits(tc.metadata());
    let new_deposit = base + factor * (current.len() as u64 + 1);
    let extra = new_deposit.saturating_sub(deposit);
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "add_proxy",
        vec![
            ("delegate", multi_address(delegate)),
            ("proxy_type", proxy_type_value(proxy_type)),
            ("delay", Value::u128(u128::from(delay))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("delegate".into(), dg.clone()),
            ("type".into(), proxy_type.to_string()),
            (
                "delay".into(),
                if delay == 0 {
                    "none (calls go through at once)".into()
                } else {
                    format!("{delay} blocks (calls must be announced first)")
                },
            ),
            (
                "deposit".into(),
                format!(
                    "{} reserved (total {})",
                    display_tao(extra),
                    display_tao(new_deposit)
                ),
            ),
        ],
        details: json!({
            "real": crate::ss58::encode_default(real),
            "delegate": dg,
            "proxy_type": proxy_type,
            "delay": delay,
            "deposit_reserved": extra,
            "deposit_total": new_deposit,
        }),
        preview: None,
        spend: extra,
        keep_alive: true,
        balance_error: ("Balances", "InsufficientBalance"),
    })
}

/// Plan `remove_proxy(delegate, proxy_type, delay)` signed by `real`.
pub async fn plan_remove(
    tc: &TxChain,
    real: &[u8; 32],
    delegate: &[u8; 32],
    proxy_type: &str,
    delay: u32,
) -> Result<Plan, PlanError> {
    let dg = crate::ss58::encode_default(delegate);
    let (current, deposit) = proxies(&tc.chain, real).await?;
    if !current
        .iter()
        .any(|p| p.delegate_key == *delegate && p.proxy_type == proxy_type && p.delay == delay)
    {
        let have: Vec<String> = current
            .iter()
            .filter(|p| p.delegate_key == *delegate)
            .map(|p| format!("{} (delay {})", p.proxy_type, p.delay))
            .collect();
        let what = if have.is_empty() {
            format!("{dg} is not a proxy of this account")
        } else {
            format!(
                "{dg} is a proxy of this account only as {}",
                have.join(", ")
            )
        };
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!("no {proxy_type} proxy with delay {delay}: {what}"),
            "`tao proxy list` shows the relations with their types and delays",
        )
        .into());
    }
    let (base, factor) = deposits(tc.metadata());
    let left = current.len() as u64 - 1;
    let new_deposit = if left == 0 { 0 } else { base + factor * left };
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "remove_proxy",
        vec![
            ("delegate", multi_address(delegate)),
            ("proxy_type", proxy_type_value(proxy_type)),
            ("delay", Value::u128(u128::from(delay))),
        ],
    )?;
    let freed = deposit.saturating_sub(new_deposit);
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("delegate".into(), dg.clone()),
            ("type".into(), proxy_type.to_string()),
            ("delay".into(), format!("{delay} blocks")),
            ("deposit".into(), format!("{} returned", display_tao(freed))),
        ],
        details: json!({
            "real": crate::ss58::encode_default(real),
            "delegate": dg,
            "proxy_type": proxy_type,
            "delay": delay,
            "deposit_returned": freed,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan `remove_proxies()` signed by `real`: every relation goes, the whole deposit returns.
pub async fn plan_remove_all(tc: &TxChain, real: &[u8; 32]) -> Result<Plan, PlanError> {
    let (current, deposit) = proxies(&tc.chain, real).await?;
    if current.is_empty() {
        return Err(Refusal::new(
            "Proxy",
            "NotFound",
            format!(
                "{} has no proxies to remove",
                crate::ss58::encode_default(real)
            ),
            "nothing to do; `tao proxy list` shows the relations",
        )
        .into());
    }
    let call = Call::new(tc.metadata(), "Proxy", "remove_proxies", vec![])?;
    let gone: Vec<String> = current
        .iter()
        .map(|p| format!("{} {} (delay {})", p.delegate, p.proxy_type, p.delay))
        .collect();
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("remove".into(), gone.join("; ")),
            (
                "deposit".into(),
                format!("{} returned", display_tao(deposit)),
            ),
        ],
        details: json!({
            "real": crate::ss58::encode_default(real),
            "removed": current,
            "deposit_returned": deposit,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
