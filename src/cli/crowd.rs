//! `tao crowd`: crowdloans (the Crowdloan pallet) — open one, contribute, withdraw, finalize,
//! refund and dissolve it, change its terms, and read them.

use clap::{Args, Subcommand};
use serde_json::{Value as Json, json};

use crate::chain::crowd::{self, Constants, Loan, Payout};
use crate::chain::extrinsics::KeyRole;
use crate::chain::extrinsics::crowd::{self as plans, End, NewLoan, Update};
use crate::chain::read;
use crate::cli::args::{ChainArgs, TxArgs, parse_amount, parse_ss58};
use crate::cli::connect::read as read_chain;
use crate::cli::pipeline::execute;
use crate::cli::proxy::ProxyArg;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::table;
use crate::units::{display_tao, tao_json};

/// Crowdloan commands.
#[derive(Debug, Subcommand)]
pub enum CrowdCommand {
    /// Open a crowdloan that pays its target once the cap is raised (Crowdloan.create)
    Create(CreateArgs),
    /// Put TAO into an open crowdloan (Crowdloan.contribute)
    Contribute(ContributeArgs),
    /// Take your contribution back before finalization (Crowdloan.withdraw)
    Withdraw(IdTxArgs),
    /// Pay the raised TAO to the target, as the creator (Crowdloan.finalize)
    Finalize(IdTxArgs),
    /// Return the other contributors' TAO, as the creator (Crowdloan.refund)
    Refund(IdTxArgs),
    /// Delete a refunded crowdloan and take the deposit back, as the creator (Crowdloan.dissolve)
    Dissolve(IdTxArgs),
    /// Change a crowdloan's minimum contribution, end, cap or maximum contribution, as the creator
    Update(UpdateArgs),
    /// Show every crowdloan: raised of cap, end and status
    List(ListArgs),
    /// Show one crowdloan in full
    Info(InfoArgs),
    /// Show a crowdloan's contributors and their contributions
    Contributors(ContributorsArgs),
}

impl CrowdCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            CrowdCommand::Create(a) => a.run(ctx),
            CrowdCommand::Contribute(a) => a.run(ctx),
            CrowdCommand::Withdraw(a) => a.run(ctx, Action::Withdraw),
            CrowdCommand::Finalize(a) => a.run(ctx, Action::Finalize),
            CrowdCommand::Refund(a) => a.run(ctx, Action::Refund),
            CrowdCommand::Dissolve(a) => a.run(ctx, Action::Dissolve),
            CrowdCommand::Update(a) => a.run(ctx),
            CrowdCommand::List(a) => a.run(ctx),
            CrowdCommand::Info(a) => a.run(ctx),
            CrowdCommand::Contributors(a) => a.run(ctx),
        }
    }
}

/// `--id N` (btcli's `--crowdloan-id`).
#[derive(Debug, Clone, Args)]
pub struct IdArg {
    /// The crowdloan's id
    #[arg(long = "id", value_name = "ID", visible_alias = "crowdloan-id")]
    pub id: u32,
}

fn amount(text: &str, flag: &str) -> Result<u64, Failure> {
    parse_amount(text, flag)
}

/// Open a crowdloan (Crowdloan.create, signed by the wallet's coldkey). The deposit moves to the
/// loan's fund account as your first contribution; once the cap is raised you finalize it and the
/// cap goes to the target address. Contributions are taken until the end block.
///
/// Refused before signing, as the chain would: a deposit below MinimumDeposit (10 τ;
/// DepositTooLow), a cap not above the deposit (CapTooLow), a minimum contribution below 0.1 τ
/// (MinimumContributionTooLow), an end not after the next block (CannotEndInPast) or outside the
/// chain's duration bounds, read from its constants (BlockDurationTooShort/TooLong: 50,400 to
/// 432,000 blocks on finney, measured from the block that includes the call, which tao allows
/// to come up to 5 blocks after the finalized head), a balance below the deposit
/// (InsufficientBalance).
///
/// Examples:
///   tao crowd create --deposit 10 --cap 100 --min-contribution 1 --duration 100800 --target 5F…
///   tao crowd create --deposit 20 --cap 50 --min 0.5 --end 4000000 --target 5F… --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CreateArgs {
    /// Your deposit in TAO (your first contribution; back only when the loan is dissolved)
    #[arg(long, value_name = "TAO")]
    pub deposit: String,
    /// The least contribution accepted, in TAO
    #[arg(long, value_name = "TAO", visible_alias = "min")]
    pub min_contribution: String,
    /// The amount to raise, in TAO (the deposit included)
    #[arg(long, value_name = "TAO")]
    pub cap: String,
    /// The block contributions end at
    #[arg(
        long,
        value_name = "BLOCK",
        visible_alias = "end-block",
        required_unless_present = "duration",
        conflicts_with = "duration"
    )]
    pub end: Option<u64>,
    /// Blocks the loan runs (12 s each), counted from the latest block tao allows the call to be
    /// included in (5 blocks after the finalized head), so the chain's minimum holds
    #[arg(long, value_name = "BLOCKS")]
    pub duration: Option<u64>,
    /// The account the raised TAO goes to when finalized (SS58)
    #[arg(long, value_name = "SS58", visible_alias = "target")]
    pub target_address: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: ProxyArg,
}

impl CreateArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let new = NewLoan {
            deposit: amount(&self.deposit, "--deposit")?,
            min_contribution: amount(&self.min_contribution, "--min-contribution")?,
            cap: amount(&self.cap, "--cap")?,
            end: match (self.end, self.duration) {
                (Some(b), _) => End::Block(b),
                (None, Some(d)) => End::Duration(d),
                (None, None) => {
                    return Err(Failure::usage(
                        "usage.invalid_arguments",
                        "give `--end` or `--duration`",
                    ));
                }
            },
            target: parse_ss58(&self.target_address, "--target-address")?,
        };
        let tx = self.proxy.apply(&self.tx)?;
        execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            "crowdloan",
            async |tc, creator| plans::plan_create(tc, &creator, &new).await,
        )
    }
}

/// Put TAO into an open crowdloan (Crowdloan.contribute, signed by the wallet's coldkey). The
/// chain accepts at most what is left of the cap (and of the per-contributor maximum, where the
/// creator set one); the summary shows the amount actually taken.
///
/// Refused before signing: no such loan (InvalidCrowdloanId), its end passed
/// (ContributionPeriodEnded), its cap raised (CapRaised), an amount below its minimum
/// (ContributionTooLow), 500 contributors already (MaxContributorsReached), your maximum reached
/// (MaxContributionReached), a balance that does not cover it (InsufficientBalance).
///
/// Examples:
///   tao crowd contribute --id 0 --amount 5
///   tao crowd contribute --crowdloan-id 3 -a 0.5 --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ContributeArgs {
    /// The crowdloan
    #[command(flatten)]
    pub id: IdArg,
    /// TAO to contribute
    #[arg(long, short = 'a', value_name = "TAO")]
    pub amount: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: ProxyArg,
}

impl ContributeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let amt = amount(&self.amount, "--amount")?;
        let id = self.id.id;
        let tx = self.proxy.apply(&self.tx)?;
        execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            "contribution",
            async |tc, who| plans::plan_contribute(tc, &who, id, amt).await,
        )
    }
}

#[derive(Debug, Clone, Copy)]
enum Action {
    Withdraw,
    Finalize,
    Refund,
    Dissolve,
}

/// A crowdloan write that takes only the id: withdraw (your whole contribution; the creator only
/// above its deposit), finalize (the creator, once the cap is raised: the raised TAO goes to the
/// target), refund (the creator returns up to 50 other contributions per call), dissolve (the
/// creator, when only its deposit is left: it comes back and the loan is deleted).
///
/// Refused before signing with the chain's errors: InvalidCrowdloanId, AlreadyFinalized,
/// InvalidOrigin (not the creator), NoContribution, DepositCannotBeWithdrawn, CapNotRaised,
/// NotReadyToDissolve (refund first).
///
/// Examples:
///   tao crowd withdraw --id 0
///   tao crowd finalize --id 0
///   tao crowd refund --id 1 && tao crowd dissolve --id 1
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct IdTxArgs {
    /// The crowdloan
    #[command(flatten)]
    pub id: IdArg,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: ProxyArg,
}

impl IdTxArgs {
    fn run(self, ctx: &Context, action: Action) -> CmdResult {
        let id = self.id.id;
        let tx = self.proxy.apply(&self.tx)?;
        let what = match action {
            Action::Withdraw => "withdrawal",
            Action::Finalize => "finalization",
            Action::Refund => "refund",
            Action::Dissolve => "dissolution",
        };
        execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            what,
            async |tc, who| match action {
                Action::Withdraw => plans::plan_withdraw(tc, &who, id).await,
                Action::Finalize => plans::plan_finalize(tc, &who, id).await,
                Action::Refund => plans::plan_refund(tc, &who, id).await,
                Action::Dissolve => plans::plan_dissolve(tc, &who, id).await,
            },
        )
    }
}

/// Change one term of a crowdloan, as its creator: the minimum contribution
/// (update_min_contribution), the end block (update_end), the cap (update_cap) or the maximum
/// per contributor (set_max_contribution, spec 425+; `none` clears it).
///
/// Refused before signing: not the creator (InvalidOrigin), finalized (AlreadyFinalized), a
/// minimum below 0.1 τ or above the maximum, an end outside the chain's duration bounds, a cap
/// below what is raised (CapTooLow), a maximum below the minimum or the creator's deposit.
///
/// Examples:
///   tao crowd update --id 0 --cap 120
///   tao crowd update --id 0 --end-block 4100000
///   tao crowd update --id 0 --max-contribution 25
///   tao crowd update --id 0 --max-contribution none
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(false)))]
pub struct UpdateArgs {
    /// The crowdloan
    #[command(flatten)]
    pub id: IdArg,
    /// The new minimum contribution, in TAO
    #[arg(long, value_name = "TAO", visible_alias = "min", group = "change")]
    pub min_contribution: Option<String>,
    /// The new end block
    #[arg(
        long,
        value_name = "BLOCK",
        visible_alias = "end-block",
        group = "change"
    )]
    pub end: Option<u64>,
    /// The new cap, in TAO
    #[arg(long, value_name = "TAO", group = "change")]
    pub cap: Option<String>,
    /// The new maximum per contributor in TAO, or `none` to clear it
    #[arg(long, value_name = "TAO|none", group = "change")]
    pub max_contribution: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: ProxyArg,
}

impl UpdateArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let update = if let Some(m) = &self.min_contribution {
            Update::MinContribution(amount(m, "--min-contribution")?)
        } else if let Some(e) = self.end {
            Update::End(e)
        } else if let Some(c) = &self.cap {
            Update::Cap(amount(c, "--cap")?)
        } else if let Some(m) = &self.max_contribution {
            if m.trim().eq_ignore_ascii_case("none") {
                Update::MaxContribution(None)
            } else {
                Update::MaxContribution(Some(amount(m, "--max-contribution")?))
            }
        } else {
            return Err(Failure::usage(
                "usage.invalid_arguments",
                "give one of `--min-contribution`, `--end`, `--cap`, `--max-contribution`",
            ));
        };
        let id = self.id.id;
        let tx = self.proxy.apply(&self.tx)?;
        execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            "crowdloan update",
            async |tc, who| plans::plan_update(tc, &who, id, update).await,
        )
    }
}

/// The status filter of `tao crowd list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFilter {
    /// Open for contributions
    Active,
    /// Cap raised, not finalized
    Funded,
    /// Ended without raising the cap
    Ended,
    /// Paid out
    Finalized,
}

/// Show every crowdloan: id, creator, raised of cap, end (block and estimated time at 12 s per
/// block) and status (active, funded, ended, finalized).
///
/// Examples:
///   tao crowd list
///   tao crowd list --status active --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {
    /// Only the crowdloans in this state
    #[arg(long, value_enum)]
    pub status: Option<StatusFilter>,
    /// Only the crowdloans this account created (SS58)
    #[arg(long, value_name = "SS58", alias = "search-creator")]
    pub creator: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

fn status_name(f: StatusFilter) -> &'static str {
    match f {
        StatusFilter::Active => "active",
        StatusFilter::Funded => "funded",
        StatusFilter::Ended => "ended",
        StatusFilter::Finalized => "finalized",
    }
}

fn short(a: &[u8; 32]) -> String {
    let s = crate::ss58::encode_default(a);
    format!("{}…{}", &s[..6], &s[s.len() - 4..])
}

impl ListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let creator = match &self.creator {
            Some(c) => Some(parse_ss58(c, "--creator")?),
            None => None,
        };
        let ((loans, head, consts), pinned) =
            read_chain(ctx, &self.chain, "reading the crowdloans", async |chain| {
                let head = read::block_number(chain).await?;
                let loans = crowd::loans(chain).await?;
                Ok(((loans, head, Constants::of(&chain.metadata)), Some(head)))
            })?;
        let now = crowd::now_unix();
        let loans: Vec<Loan> = loans
            .into_iter()
            .filter(|l| creator.is_none_or(|c| l.creator == c))
            .filter(|l| {
                self.status
                    .is_none_or(|s| l.status(head + 1).name() == status_name(s))
            })
            .collect();
        let data = json!({
            "chain": pinned.json(),
            "block": head,
            "constants": consts.json(),
            "crowdloans": loans.iter().map(|l| l.json(head, now)).collect::<Vec<_>>(),
        });
        let mut human = if loans.is_empty() {
            "no crowdloans\n".to_string()
        } else {
            let mut t = table::new(["id", "creator", "raised / cap", "end", "status"]);
            for l in &loans {
                t.add_row([
                    l.id.to_string(),
                    short(&l.creator),
                    format!("{} / {}", display_tao(l.raised), display_tao(l.cap)),
                    crowd::deadline_text(l.end, head, now),
                    l.status(head + 1).name().to_string(),
                ]);
            }
            table::render(&t)
        };
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// Show one crowdloan: its creator, deposit, terms, raised of cap, end (block and estimated
/// time), fund account, payout and status; `--show-contributors` adds each contribution.
///
/// Examples:
///   tao crowd info --id 0
///   tao crowd info --id 0 --show-contributors --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct InfoArgs {
    /// The crowdloan
    #[command(flatten)]
    pub id: IdArg,
    /// List the contributors too
    #[arg(long)]
    pub show_contributors: bool,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

fn not_found(id: u32) -> Failure {
    Failure::user("crowd.not_found", format!("there is no crowdloan {id}"))
        .with_hint("list them with `tao crowd list`")
}

fn contributors_json(list: &[crowd::Contribution]) -> Json {
    Json::Array(
        list.iter()
            .map(|c| {
                json!({
                    "contributor": crate::ss58::encode_default(&c.contributor),
                    "amount": tao_json(c.amount),
                })
            })
            .collect(),
    )
}

fn contributors_table(list: &[crowd::Contribution], creator: &[u8; 32]) -> String {
    let mut t = table::new(["contributor", "amount", ""]);
    for c in list {
        t.add_row([
            crate::ss58::encode_default(&c.contributor),
            display_tao(c.amount),
            if &c.contributor == creator {
                "creator".to_string()
            } else {
                String::new()
            },
        ]);
    }
    table::render(&t)
}

impl InfoArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let id = self.id.id;
        let with = self.show_contributors;
        let ((found, head, contributors), pinned) =
            read_chain(ctx, &self.chain, "reading the crowdloan", async |chain| {
                let head = read::block_number(chain).await?;
                let l = crowd::loan(chain, id).await?;
                let c = if with && l.is_some() {
                    Some(crowd::contributions(chain, id).await?)
                } else {
                    None
                };
                Ok(((l, head, c), Some(head)))
            })?;
        let l = found.ok_or_else(|| not_found(id))?;
        let now = crowd::now_unix();
        let mut data =
            json!({ "chain": pinned.json(), "block": head, "crowdloan": l.json(head, now) });
        if let Some(c) = &contributors {
            data["contributors"] = contributors_json(c);
        }
        let payout = match &l.payout {
            Payout::Target(t) => format!(
                "{} to {}",
                display_tao(l.cap),
                crate::ss58::encode_default(t)
            ),
            Payout::Call { kind, .. } => format!("a call run as the creator ({kind})"),
            Payout::Neither => "none".into(),
        };
        let mut rows: Vec<(String, String)> = vec![
            ("id".into(), l.id.to_string()),
            ("status".into(), l.status(head + 1).name().into()),
            ("creator".into(), crate::ss58::encode_default(&l.creator)),
            ("deposit".into(), display_tao(l.deposit)),
            (
                "raised".into(),
                format!(
                    "{} of {} ({} left)",
                    display_tao(l.raised),
                    display_tao(l.cap),
                    display_tao(l.left())
                ),
            ),
            ("min contribution".into(), display_tao(l.min_contribution)),
        ];
        if let Some(m) = l.max_contribution {
            rows.push(("max contribution".into(), display_tao(m)));
        }
        rows.push(("ends".into(), crowd::deadline_text(l.end, head, now)));
        rows.push(("contributors".into(), l.contributors_count.to_string()));
        rows.push(("pays".into(), payout));
        rows.push((
            "fund account".into(),
            crate::ss58::encode_default(&l.funds_account),
        ));
        let mut human = table::key_values(rows);
        if let Some(c) = &contributors {
            human.push_str(&contributors_table(c, &l.creator));
        }
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// Show a crowdloan's contributors, largest first (Crowdloan.Contributions; the creator's
/// deposit included).
///
/// Examples:
///   tao crowd contributors --id 0
///   tao crowd contributors --id 0 --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ContributorsArgs {
    /// The crowdloan
    #[command(flatten)]
    pub id: IdArg,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ContributorsArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let id = self.id.id;
        let ((found, list), pinned) = read_chain(
            ctx,
            &self.chain,
            "reading the contributions",
            async |chain| {
                let l = crowd::loan(chain, id).await?;
                let list = if l.is_some() {
                    crowd::contributions(chain, id).await?
                } else {
                    Vec::new()
                };
                Ok(((l, list), None))
            },
        )?;
        let l = found.ok_or_else(|| not_found(id))?;
        let total: u64 = list.iter().map(|c| c.amount).sum();
        let data = json!({
            "chain": pinned.json(),
            "crowdloan_id": id,
            "raised": tao_json(l.raised),
            "total": tao_json(total),
            "contributors": contributors_json(&list),
        });
        let mut human = contributors_table(&list, &l.creator);
        human.push_str(&format!(
            "{} contributor{} · {} in\n",
            list.len(),
            if list.len() == 1 { "" } else { "s" },
            display_tao(total)
        ));
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}
