//! The creator's end of a loan: `finalize`, `refund` and `dissolve`.

use super::*;

/// Plan `finalize`: the creator pays the raised TAO to the target (or runs the stored call).
pub async fn plan_finalize(tc: &TxChain, who: &[u8; 32], id: u32) -> Result<Plan, PlanError> {
    let (head, l) = head_and_loan(tc, id).await?;
    creator_only(&l, who, "finalize it")?;
    if l.raised != l.cap {
        return Err(refuse(
            "CapNotRaised",
            format!(
                "crowdloan {id} has raised {} of its cap {}",
                display_tao(l.raised),
                display_tao(l.cap)
            ),
            format!(
                "{} more must come in (or lower the cap with `tao crowd update --cap`)",
                display_tao(l.left())
            ),
        ));
    }
    not_finalized(&l)?;
    let pays = match &l.payout {
        Payout::Target(t) => format!("{} to {}", display_tao(l.raised), ss58(t)),
        Payout::Call { kind, .. } => format!("runs the stored call ({kind}) as the creator"),
        Payout::Neither => {
            return Err(refuse(
                "InvalidFinalizationConfig",
                format!("crowdloan {id} has neither a target address nor a call"),
                "it cannot be finalized; refund and dissolve it",
            ));
        }
    };
    let call = id_call(tc, "finalize", id, vec![])?;
    let mut lines = loan_lines(&l, head);
    lines.push(("pays".into(), pays));
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "crowdloan_id": id,
            "raised": tao_json(l.raised),
            "target_address": match &l.payout {
                Payout::Target(t) => json!(ss58(t)),
                _ => json!(null),
            },
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("TransactionPayment", "Payment"),
    })
}

/// Plan `refund`: the creator returns up to `RefundContributorsLimit` other contributions.
pub async fn plan_refund(tc: &TxChain, who: &[u8; 32], id: u32) -> Result<Plan, PlanError> {
    let (head, l) = head_and_loan(tc, id).await?;
    not_finalized(&l)?;
    creator_only(&l, who, "refund it")?;
    let c = Constants::of(tc.metadata());
    let others: Vec<_> = crowd::contributions(&tc.chain, id)
        .await?
        .into_iter()
        .filter(|x| x.contributor != l.creator)
        .collect();
    let n = (others.len() as u64).min(c.refund_contributors_limit);
    let call = id_call(tc, "refund", id, vec![])?;
    let mut lines = loan_lines(&l, head);
    lines.push((
        "refunds".into(),
        if others.is_empty() {
            "nobody: only the creator's deposit is in (dissolve it)".into()
        } else if n < others.len() as u64 {
            format!(
                "{n} of {} contributors (the chain's limit per call; run it again)",
                others.len()
            )
        } else {
            format!(
                "{n} contributor{} ({})",
                if n == 1 { "" } else { "s" },
                display_tao(others.iter().map(|x| x.amount).sum())
            )
        },
    ));
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "crowdloan_id": id,
            "contributors_to_refund": n,
            "contributors_left_after": others.len() as u64 - n,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("TransactionPayment", "Payment"),
    })
}

/// Plan `dissolve`: the creator takes its deposit back and the loan is deleted.
pub async fn plan_dissolve(tc: &TxChain, who: &[u8; 32], id: u32) -> Result<Plan, PlanError> {
    let (head, l) = head_and_loan(tc, id).await?;
    not_finalized(&l)?;
    creator_only(&l, who, "dissolve it")?;
    let own = crowd::contribution(&tc.chain, id, &l.creator).await?;
    if own == 0 {
        return Err(refuse(
            "NoContribution",
            format!("crowdloan {id}'s creator has no contribution in it"),
            "nothing to dissolve",
        ));
    }
    if own != l.raised {
        return Err(refuse(
            "NotReadyToDissolve",
            format!(
                "crowdloan {id} holds {} from other contributors",
                display_tao(l.raised - own)
            ),
            format!("return it first with `tao crowd refund --id {id}`"),
        ));
    }
    let call = id_call(tc, "dissolve", id, vec![])?;
    let mut lines = loan_lines(&l, head);
    lines.push((
        "returns".into(),
        format!("{} to the creator", display_tao(own)),
    ));
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({ "crowdloan_id": id, "returned": tao_json(own) }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("TransactionPayment", "Payment"),
    })
}
