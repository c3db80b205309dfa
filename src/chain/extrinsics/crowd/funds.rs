//! Money in and out of an open loan: `contribute` and `withdraw`.

use super::*;

/// Plan `contribute`: the amount the chain accepts (clipped to what is left of the cap and the
/// contributor's maximum) is shown and spent.
pub async fn plan_contribute(
    tc: &TxChain,
    who: &[u8; 32],
    id: u32,
    amount: u64,
) -> Result<Plan, PlanError> {
    let (head, l) = head_and_loan(tc, id).await?;
    let c = Constants::of(tc.metadata());
    let now = head + 1;
    if now >= l.end {
        return Err(refuse(
            "ContributionPeriodEnded",
            format!(
                "crowdloan {id}'s contributions ended at block {} (the next block is {now})",
                l.end
            ),
            "nothing can be added; its creator may refund and dissolve it",
        ));
    }
    if l.raised >= l.cap {
        return Err(refuse(
            "CapRaised",
            format!(
                "crowdloan {id} has raised its cap of {}",
                display_tao(l.cap)
            ),
            "nothing more is accepted",
        ));
    }
    if amount < l.min_contribution {
        return Err(refuse(
            "ContributionTooLow",
            format!(
                "{} is below crowdloan {id}'s minimum contribution {}",
                display_tao(amount),
                display_tao(l.min_contribution)
            ),
            format!("contribute at least {}", display_tao(l.min_contribution)),
        ));
    }
    if u64::from(l.contributors_count) >= c.max_contributors {
        return Err(refuse(
            "MaxContributorsReached",
            format!(
                "crowdloan {id} has {} contributors, the most the chain allows",
                l.contributors_count
            ),
            "no new contributions are accepted",
        ));
    }
    let have = crowd::contribution(&tc.chain, id, who).await?;
    let mut accepted = amount.min(l.left());
    if let Some(max) = l.max_contribution {
        if have >= max {
            return Err(refuse(
                "MaxContributionReached",
                format!(
                    "you have {} in crowdloan {id}, its maximum per contributor",
                    display_tao(have)
                ),
                "nothing more is accepted from this account",
            ));
        }
        accepted = accepted.min(max - have);
    }
    let free = free_balance(tc, who).await?;
    if free < accepted {
        return Err(refuse(
            "InsufficientBalance",
            format!(
                "the free balance {} does not cover {}",
                display_tao(free),
                display_tao(accepted)
            ),
            "contribute less or fund the coldkey",
        ));
    }
    let call = id_call(tc, "contribute", id, vec![("amount", arg_u64(amount))])?;
    let mut lines = loan_lines(&l, head);
    lines.push((
        "contribution".into(),
        if accepted < amount {
            format!(
                "{} (clipped from {}: the cap or your maximum leaves no more)",
                display_tao(accepted),
                display_tao(amount)
            )
        } else {
            display_tao(accepted)
        },
    ));
    if have > 0 {
        lines.push(("already in".into(), display_tao(have)));
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "crowdloan_id": id,
            "contributor": ss58(who),
            "amount": tao_json(amount),
            "accepted": tao_json(accepted),
            "previous_contribution": tao_json(have),
            "raised_after": tao_json(l.raised + accepted),
            "cap": tao_json(l.cap),
        }),
        preview: None,
        spend: accepted,
        keep_alive: false,
        balance_error: (crowd::PALLET, "InsufficientBalance"),
    })
}

/// Plan `withdraw`: everything the signer has in the loan (the creator only above its deposit).
pub async fn plan_withdraw(tc: &TxChain, who: &[u8; 32], id: u32) -> Result<Plan, PlanError> {
    let (head, l) = head_and_loan(tc, id).await?;
    not_finalized(&l)?;
    let have = crowd::contribution(&tc.chain, id, who).await?;
    if have == 0 {
        return Err(refuse(
            "NoContribution",
            format!("{} has nothing in crowdloan {id}", ss58(who)),
            "check with `tao crowd contributors --id`",
        ));
    }
    let amount = if &l.creator == who {
        let above = have.saturating_sub(l.deposit);
        if above == 0 {
            return Err(refuse(
                "DepositCannotBeWithdrawn",
                format!(
                    "the creator's {} in crowdloan {id} is its deposit",
                    display_tao(have)
                ),
                "the deposit comes back with `tao crowd dissolve` (after `refund`)",
            ));
        }
        above
    } else {
        have
    };
    let call = id_call(tc, "withdraw", id, vec![])?;
    let mut lines = loan_lines(&l, head);
    lines.push(("withdraws".into(), display_tao(amount)));
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "crowdloan_id": id,
            "contributor": ss58(who),
            "amount": tao_json(amount),
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("TransactionPayment", "Payment"),
    })
}
