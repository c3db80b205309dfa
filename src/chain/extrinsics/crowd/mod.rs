//! Crowdloan calls (`Crowdloan`, pallet 27): create, contribute, withdraw, finalize, refund,
//! dissolve, and the creator's updates. Each plan runs the chain's own checks, in its order,
//! against the pinned block (the call would run in the next one) and refuses with the chain's
//! error name before anything is signed.

mod close;
mod funds;
mod update;

pub use close::*;
pub use funds::*;
pub use update::*;

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{arg_account, arg_u64};
use crate::chain::crowd::{self, Constants, Loan, Payout};
use crate::chain::read;
use crate::chain::tx::{Call, TxChain};
use crate::units::{display_tao, tao_json};

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

fn refuse(name: &str, message: impl Into<String>, hint: impl Into<String>) -> PlanError {
    Refusal::new(crowd::PALLET, name, message, hint).into()
}

fn arg_u32(n: u32) -> Value {
    Value::u128(u128::from(n))
}

/// The pinned head and the loan, or `InvalidCrowdloanId`.
async fn head_and_loan(tc: &TxChain, id: u32) -> Result<(u64, Loan), PlanError> {
    crowd::require(&tc.chain)?;
    let head = read::block_number(&tc.chain).await?;
    match crowd::loan(&tc.chain, id).await? {
        Some(l) => Ok((head, l)),
        None => Err(refuse(
            "InvalidCrowdloanId",
            format!("there is no crowdloan {id}"),
            "list them with `tao crowd list`",
        )),
    }
}

fn not_finalized(l: &Loan) -> Result<(), PlanError> {
    if l.finalized {
        return Err(refuse(
            "AlreadyFinalized",
            format!("crowdloan {} is already finalized", l.id),
            "a finalized loan cannot change; its funds were paid out",
        ));
    }
    Ok(())
}

fn creator_only(l: &Loan, who: &[u8; 32], what: &str) -> Result<(), PlanError> {
    if &l.creator != who {
        return Err(refuse(
            "InvalidOrigin",
            format!(
                "only crowdloan {}'s creator, {}, may {what}",
                l.id,
                ss58(&l.creator)
            ),
            "sign with the creator's wallet (`--wallet-name`)",
        ));
    }
    Ok(())
}

/// Blocks tao allows between the pinned (finalized) head and the block that includes a call:
/// the finalized head trails the best block by a few blocks, and the chain measures a loan's
/// duration from the including block.
pub const INCLUSION_MARGIN: u64 = 5;

fn duration_range(c: &Constants) -> String {
    format!(
        "{} to {} blocks ({} to {})",
        c.minimum_block_duration,
        c.maximum_block_duration,
        super::swap::about(c.minimum_block_duration),
        super::swap::about(c.maximum_block_duration)
    )
}

/// The chain's end rules for a call built at the pinned block `head`: the end must be after the
/// including block, at most `MaximumBlockDuration` after the earliest one (`head + 1`) and at
/// least `MinimumBlockDuration` after the latest one tao allows for (`head + 1 +
/// INCLUSION_MARGIN`), so that the chain's own check passes wherever in that window it runs.
pub fn check_end(c: &Constants, head: u64, end: u64) -> Result<(), PlanError> {
    let earliest = head + 1;
    let latest = earliest + INCLUSION_MARGIN;
    if end <= earliest {
        return Err(refuse(
            "CannotEndInPast",
            format!("the end block {end} is not after block {earliest}, the next block"),
            "give a later `--end`, or `--duration` in blocks",
        ));
    }
    let d = end - earliest;
    if d > c.maximum_block_duration {
        return Err(refuse(
            "BlockDurationTooLong",
            format!(
                "the end is {d} blocks after the next block; the chain allows {}",
                duration_range(c)
            ),
            format!(
                "give an end at most {} blocks ahead (block {} or earlier)",
                c.maximum_block_duration,
                earliest + c.maximum_block_duration
            ),
        ));
    }
    if end < latest + c.minimum_block_duration {
        return Err(refuse(
            "BlockDurationTooShort",
            format!(
                "the end is {d} blocks after the next block; the chain needs {} from the block \
                 that includes the call, which tao allows to come up to {INCLUSION_MARGIN} \
                 blocks later",
                duration_range(c)
            ),
            format!(
                "give an end at block {} or later (or `--duration {}`)",
                latest + c.minimum_block_duration,
                c.minimum_block_duration
            ),
        ));
    }
    Ok(())
}

/// The end block of a loan created at the pinned block `head` that should run `duration`
/// blocks: `duration` outside the chain's bounds is refused; otherwise the end is `duration`
/// blocks after the latest including block tao allows for, but no more than
/// `MaximumBlockDuration` after the earliest.
pub fn end_for_duration(c: &Constants, head: u64, duration: u64) -> Result<u64, PlanError> {
    if duration < c.minimum_block_duration {
        return Err(refuse(
            "BlockDurationTooShort",
            format!(
                "a duration of {duration} blocks is below the chain's {}",
                duration_range(c)
            ),
            format!("give `--duration` of at least {}", c.minimum_block_duration),
        ));
    }
    if duration > c.maximum_block_duration {
        return Err(refuse(
            "BlockDurationTooLong",
            format!(
                "a duration of {duration} blocks is above the chain's {}",
                duration_range(c)
            ),
            format!("give `--duration` of at most {}", c.maximum_block_duration),
        ));
    }
    Ok(head + 1 + (duration + INCLUSION_MARGIN).min(c.maximum_block_duration))
}

/// When a new loan ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// At this block.
    Block(u64),
    /// This many blocks after the block the call runs in.
    Duration(u64),
}

/// What `create` opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLoan {
    /// The deposit (rao).
    pub deposit: u64,
    /// The minimum contribution (rao).
    pub min_contribution: u64,
    /// The cap (rao).
    pub cap: u64,
    /// The end.
    pub end: End,
    /// Who receives the raised TAO.
    pub target: [u8; 32],
}

/// Plan `create`.
pub async fn plan_create(
    tc: &TxChain,
    creator: &[u8; 32],
    new: &NewLoan,
) -> Result<Plan, PlanError> {
    crowd::require(&tc.chain)?;
    let c = Constants::of(tc.metadata());
    let head = read::block_number(&tc.chain).await?;
    if new.deposit < c.minimum_deposit {
        return Err(refuse(
            "DepositTooLow",
            format!(
                "the deposit {} is below the minimum {}",
                display_tao(new.deposit),
                display_tao(c.minimum_deposit)
            ),
            format!(
                "deposit at least {} (it is your first contribution)",
                display_tao(c.minimum_deposit)
            ),
        ));
    }
    if new.cap <= new.deposit {
        return Err(refuse(
            "CapTooLow",
            format!(
                "the cap {} is not above the deposit {}",
                display_tao(new.cap),
                display_tao(new.deposit)
            ),
            "give a `--cap` larger than `--deposit`",
        ));
    }
    if new.min_contribution < c.absolute_minimum_contribution {
        return Err(refuse(
            "MinimumContributionTooLow",
            format!(
                "the minimum contribution {} is below the chain's {}",
                display_tao(new.min_contribution),
                display_tao(c.absolute_minimum_contribution)
            ),
            format!(
                "give `--min-contribution` of at least {}",
                display_tao(c.absolute_minimum_contribution)
            ),
        ));
    }
    let end = match new.end {
        End::Block(b) => b,
        End::Duration(d) => end_for_duration(&c, head, d)?,
    };
    check_end(&c, head, end)?;
    let end32 = u32::try_from(end).map_err(|_| {
        refuse(
            "BlockDurationTooLong",
            format!("the end block {end} does not fit a block number"),
            "give a nearer end",
        )
    })?;
    let free = free_balance(tc, creator).await?;
    if free < new.deposit {
        return Err(refuse(
            "InsufficientBalance",
            format!(
                "the free balance {} does not cover the deposit {}",
                display_tao(free),
                display_tao(new.deposit)
            ),
            "lower `--deposit` or fund the coldkey",
        ));
    }
    let id = next_id(tc).await?;
    let call = Call::new(
        tc.metadata(),
        crowd::PALLET,
        "create",
        vec![
            ("deposit", arg_u64(new.deposit)),
            ("min_contribution", arg_u64(new.min_contribution)),
            ("cap", arg_u64(new.cap)),
            ("end", arg_u32(end32)),
            ("call", Value::unnamed_variant("None", [])),
            (
                "target_address",
                Value::unnamed_variant("Some", [arg_account(&new.target)]),
            ),
        ],
    )?;
    let when = crowd::deadline_text(end, head, crowd::now_unix());
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("crowdloan".into(), format!("{id} (expected id)")),
            ("deposit".into(), display_tao(new.deposit)),
            ("cap".into(), display_tao(new.cap)),
            ("min contribution".into(), display_tao(new.min_contribution)),
            ("ends".into(), when),
            (
                "target".into(),
                format!("{} (receives the cap when finalized)", ss58(&new.target)),
            ),
            ("fund account".into(), ss58(&crowd::funds_account(id))),
        ],
        details: json!({
            "crowdloan_id": id,
            "creator": ss58(creator),
            "deposit": tao_json(new.deposit),
            "min_contribution": tao_json(new.min_contribution),
            "cap": tao_json(new.cap),
            "end": crowd::deadline_json(end, head, crowd::now_unix()),
            "target_address": ss58(&new.target),
            "funds_account": ss58(&crowd::funds_account(id)),
        }),
        preview: None,
        spend: new.deposit,
        keep_alive: false,
        balance_error: (crowd::PALLET, "InsufficientBalance"),
    })
}

async fn free_balance(tc: &TxChain, who: &[u8; 32]) -> Result<u64, PlanError> {
    let (_, b) = read::balances(&tc.chain, &[*who]).await?;
    Ok(b.first().map(|b| b.free).unwrap_or(0))
}

async fn next_id(tc: &TxChain) -> Result<u32, PlanError> {
    let v = tc
        .chain
        .storage(&[crate::chain::client::StorageQuery::new(
            crowd::PALLET,
            "NextCrowdloanId",
            vec![],
        )])
        .await?;
    Ok(v[0]
        .as_ref()
        .map(crate::chain::value::u64_of)
        .transpose()?
        .unwrap_or(0) as u32)
}

fn id_call(tc: &TxChain, name: &str, id: u32, more: Vec<(&str, Value)>) -> Result<Call, PlanError> {
    let mut args = vec![("crowdloan_id", arg_u32(id))];
    args.extend(more);
    Ok(Call::new(tc.metadata(), crowd::PALLET, name, args)?)
}

fn loan_lines(l: &Loan, head: u64) -> Vec<(String, String)> {
    vec![
        ("crowdloan".into(), l.id.to_string()),
        (
            "raised".into(),
            format!("{} of {}", display_tao(l.raised), display_tao(l.cap)),
        ),
        (
            "ends".into(),
            crowd::deadline_text(l.end, head, crowd::now_unix()),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consts() -> Constants {
        Constants {
            minimum_deposit: 10_000_000_000,
            absolute_minimum_contribution: 100_000_000,
            minimum_block_duration: 50,
            maximum_block_duration: 20_000,
            refund_contributors_limit: 50,
            max_contributors: 500,
        }
    }

    fn name(e: PlanError) -> String {
        match e {
            PlanError::Refused(r) => r.name,
            PlanError::Chain(c) => format!("{c}"),
        }
    }

    #[test]
    fn end_rules_are_the_chains_with_room_for_inclusion() {
        let c = consts();
        // Pinned head 99: the call runs in block 100 at the earliest, 105 at the latest allowed.
        assert_eq!(name(check_end(&c, 99, 100).unwrap_err()), "CannotEndInPast");
        assert_eq!(name(check_end(&c, 99, 50).unwrap_err()), "CannotEndInPast");
        assert_eq!(
            name(check_end(&c, 99, 154).unwrap_err()),
            "BlockDurationTooShort"
        );
        assert!(check_end(&c, 99, 155).is_ok());
        assert!(check_end(&c, 99, 20_100).is_ok());
        assert_eq!(
            name(check_end(&c, 99, 20_101).unwrap_err()),
            "BlockDurationTooLong"
        );
        // A duration ends that many blocks after the latest including block, within the max.
        assert_eq!(end_for_duration(&c, 99, 50).unwrap(), 155);
        assert_eq!(end_for_duration(&c, 99, 100).unwrap(), 205);
        assert_eq!(end_for_duration(&c, 99, 19_998).unwrap(), 20_100);
        assert_eq!(end_for_duration(&c, 99, 20_000).unwrap(), 20_100);
        assert_eq!(
            name(end_for_duration(&c, 99, 49).unwrap_err()),
            "BlockDurationTooShort"
        );
        assert_eq!(
            name(end_for_duration(&c, 99, 20_001).unwrap_err()),
            "BlockDurationTooLong"
        );
        for d in [50, 1_000, 19_995, 20_000] {
            assert!(check_end(&c, 99, end_for_duration(&c, 99, d).unwrap()).is_ok());
        }
    }
}
