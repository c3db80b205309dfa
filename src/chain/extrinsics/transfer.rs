//! `Balances.transfer_keep_alive`, `transfer_allow_death` and `transfer_all`.

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::read;
use crate::chain::tx::{Call, TxChain};
use crate::units::{display_tao, tao_json};

/// What to transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    /// This many rao.
    Rao(u64),
    /// Everything (transfer_all).
    All,
}

/// The existential deposit from the metadata's `Balances.ExistentialDeposit` constant.
pub fn existential_deposit(md: &subxt::Metadata) -> u64 {
    md.pallet_by_name("Balances")
        .and_then(|p| p.constant_by_name("ExistentialDeposit"))
        .and_then(|c| <[u8; 8]>::try_from(c.value()).ok())
        .map(u64::from_le_bytes)
        .unwrap_or(500)
}

fn multi_address(dest: &[u8; 32]) -> Value {
    Value::unnamed_variant("Id", [Value::from_bytes(dest)])
}

/// Plan a transfer from `from` to `dest`.
pub async fn plan(
    tc: &TxChain,
    from: &[u8; 32],
    dest: &[u8; 32],
    amount: Amount,
    allow_death: bool,
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let ed = existential_deposit(md);
    let (_, bal) = read::balances(&tc.chain, &[*from, *dest]).await?;
    let (mine, theirs) = (bal[0], bal[1]);
    let dest_ss58 = crate::ss58::encode_default(dest);
    let mut lines = vec![("to".to_string(), dest_ss58.clone())];
    let (call, spend, details) = match amount {
        Amount::Rao(0) => {
            return Err(Refusal::new(
                "Balances",
                "ZeroAmount",
                "the amount is 0",
                "give a positive `--amount`",
            )
            .into());
        }
        Amount::Rao(rao) => {
            if rao > mine.free {
                return Err(Refusal::new(
                    "DispatchError",
                    "Token(FundsUnavailable)",
                    format!(
                        "the free balance is {}, less than {}",
                        display_tao(mine.free),
                        display_tao(rao)
                    ),
                    "lower `--amount`, or use `--all`",
                )
                .into());
            }
            if theirs.free.saturating_add(rao) < ed {
                return Err(Refusal::new(
                    "DispatchError",
                    "Token(BelowMinimum)",
                    format!(
                        "the destination would hold {}, below the existential deposit of {}",
                        display_tao(theirs.free + rao),
                        display_tao(ed)
                    ),
                    "send at least the existential deposit to a new account",
                )
                .into());
            }
            let name = if allow_death {
                "transfer_allow_death"
            } else {
                "transfer_keep_alive"
            };
            let call = Call::new(
                md,
                "Balances",
                name,
                vec![
                    ("dest", multi_address(dest)),
                    ("value", Value::u128(u128::from(rao))),
                ],
            )?;
            lines.push(("amount".into(), display_tao(rao)));
            (
                call,
                rao,
                json!({ "dest": dest_ss58, "amount": tao_json(rao), "keep_alive": !allow_death }),
            )
        }
        Amount::All => {
            let call = Call::new(
                md,
                "Balances",
                "transfer_all",
                vec![
                    ("dest", multi_address(dest)),
                    ("keep_alive", Value::bool(!allow_death)),
                ],
            )?;
            lines.push((
                "amount".into(),
                format!(
                    "all of {} (free, less the fee{})",
                    display_tao(mine.free),
                    if allow_death {
                        ""
                    } else {
                        " and the existential deposit"
                    }
                ),
            ));
            (
                call,
                0,
                json!({ "dest": dest_ss58, "amount": "all", "free_before": tao_json(mine.free), "keep_alive": !allow_death }),
            )
        }
    };
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details,
        preview: None,
        spend,
        keep_alive: !allow_death,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
