//! The creator's changes to an open loan: minimum and maximum contribution, end and cap.

use super::*;

/// One change of `tao crowd update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Update {
    /// `update_min_contribution`.
    MinContribution(u64),
    /// `update_end`.
    End(u64),
    /// `update_cap`.
    Cap(u64),
    /// `set_max_contribution` (None clears it; spec 425+).
    MaxContribution(Option<u64>),
}

/// Plan an update by the creator.
pub async fn plan_update(
    tc: &TxChain,
    who: &[u8; 32],
    id: u32,
    update: Update,
) -> Result<Plan, PlanError> {
    if matches!(update, Update::MaxContribution(_))
        && !tc.chain.has_call(crowd::PALLET, "set_max_contribution")
    {
        return Err(tc
            .chain
            .unsupported("Crowdloan.set_max_contribution (spec 425+)")
            .into());
    }
    let (head, l) = head_and_loan(tc, id).await?;
    not_finalized(&l)?;
    creator_only(&l, who, "update it")?;
    let c = Constants::of(tc.metadata());
    let (call, what, details) = match update {
        Update::MinContribution(m) => {
            if m < c.absolute_minimum_contribution {
                return Err(refuse(
                    "MinimumContributionTooLow",
                    format!(
                        "{} is below the chain's least minimum {}",
                        display_tao(m),
                        display_tao(c.absolute_minimum_contribution)
                    ),
                    format!(
                        "give at least {}",
                        display_tao(c.absolute_minimum_contribution)
                    ),
                ));
            }
            if let Some(max) = l.max_contribution.filter(|max| m > *max) {
                return Err(refuse(
                    "MinimumContributionTooHigh",
                    format!(
                        "{} is above the maximum contribution {}",
                        display_tao(m),
                        display_tao(max)
                    ),
                    "raise or clear the maximum first (`--max-contribution`)",
                ));
            }
            (
                id_call(
                    tc,
                    "update_min_contribution",
                    id,
                    vec![("new_min_contribution", arg_u64(m))],
                )?,
                format!(
                    "min contribution {} → {}",
                    display_tao(l.min_contribution),
                    display_tao(m)
                ),
                json!({ "min_contribution": tao_json(m) }),
            )
        }
        Update::End(e) => {
            check_end(&c, head, e)?;
            let e32 = u32::try_from(e).unwrap_or(u32::MAX);
            (
                id_call(tc, "update_end", id, vec![("new_end", arg_u32(e32))])?,
                format!(
                    "end block {} → {}",
                    l.end,
                    crowd::deadline_text(e, head, crowd::now_unix())
                ),
                json!({ "end": crowd::deadline_json(e, head, crowd::now_unix()) }),
            )
        }
        Update::Cap(cap) => {
            if cap < l.raised {
                return Err(refuse(
                    "CapTooLow",
                    format!(
                        "{} is below the {} already raised",
                        display_tao(cap),
                        display_tao(l.raised)
                    ),
                    format!("give a cap of at least {}", display_tao(l.raised)),
                ));
            }
            (
                id_call(tc, "update_cap", id, vec![("new_cap", arg_u64(cap))])?,
                format!("cap {} → {}", display_tao(l.cap), display_tao(cap)),
                json!({ "cap": tao_json(cap) }),
            )
        }
        Update::MaxContribution(max) => {
            let arg = match max {
                Some(m) => {
                    let own = crowd::contribution(&tc.chain, id, &l.creator).await?;
                    if m < l.min_contribution || m < own {
                        return Err(refuse(
                            "MaximumContributionTooLow",
                            format!(
                                "{} is below the minimum contribution {} or the creator's {}",
                                display_tao(m),
                                display_tao(l.min_contribution),
                                display_tao(own)
                            ),
                            format!("give at least {}", display_tao(l.min_contribution.max(own))),
                        ));
                    }
                    Value::unnamed_variant("Some", [arg_u64(m)])
                }
                None => Value::unnamed_variant("None", []),
            };
            (
                id_call(
                    tc,
                    "set_max_contribution",
                    id,
                    vec![("new_max_contribution", arg)],
                )?,
                format!(
                    "max contribution {} → {}",
                    l.max_contribution
                        .map(display_tao)
                        .unwrap_or_else(|| "none".into()),
                    max.map(display_tao).unwrap_or_else(|| "none".into())
                ),
                json!({ "max_contribution": max.map(tao_json) }),
            )
        }
    };
    let mut lines = loan_lines(&l, head);
    lines.push(("change".into(), what));
    let mut d = json!({ "crowdloan_id": id });
    if let (Some(o), Some(extra)) = (d.as_object_mut(), details.as_object()) {
        o.extend(extra.clone());
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: d,
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("TransactionPayment", "Payment"),
    })
}
