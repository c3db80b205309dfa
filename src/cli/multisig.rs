//! `tao multisig`: accounts controlled by several keys (the Multisig pallet): the derived
//! address, the first approval of a call, later approvals, the final approval that makes the
//! call, cancellation, and the pending operations with who approved and who is missing.

use clap::{Args, Subcommand};
use serde_json::json;

use crate::chain::ChainError;
use crate::chain::extrinsics::multisig::{self as ms_tx, Multisig};
use crate::chain::extrinsics::{KeyRole, PlanError};
use crate::chain::multisig::{self, MAX_SIGNATORIES};
use crate::chain::raw::calls;
use crate::chain::tx::{Call, TxChain};
use crate::cli::args::{ChainArgs, TxArgs, parse_ss58};
use crate::cli::call::split_arg;
use crate::cli::connect::read as read_chain;
use crate::cli::keys;
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::units::display_tao;

/// Multisig commands.
#[derive(Debug, Subcommand)]
pub enum MultisigCommand {
    /// The multisig account of a set of signatories and a threshold, as the chain derives it
    Address(AddressArgs),
    /// Start an operation: the first approval of a call (Multisig.as_multi), with the deposit
    Submit(SubmitArgs),
    /// Approve a pending operation by its call hash (Multisig.approve_as_multi)
    Approve(HashArgs),
    /// Make a pending operation once enough signatories approved (the final Multisig.as_multi)
    Execute(ExecuteArgs),
    /// Cancel a pending operation this wallet started (Multisig.cancel_as_multi)
    Cancel(HashArgs),
    /// A multisig account's pending operations: who approved, who is missing, the deposit
    List(ListArgs),
}

impl MultisigCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            MultisigCommand::Address(a) => a.run(),
            MultisigCommand::Submit(a) => a.run(ctx),
            MultisigCommand::Approve(a) => a.run(ctx, false),
            MultisigCommand::Execute(a) => a.run(ctx),
            MultisigCommand::Cancel(a) => a.run(ctx, true),
            MultisigCommand::List(a) => a.run(ctx),
        }
    }
}

/// `--signatories` and `--threshold` (part of every transaction's options): on `tao multisig`'s
/// signing commands the multisig they act on; on any other write command, the multisig account
/// that makes the command's call, which this wallet's coldkey approves
/// (`crate::chain::extrinsics::multisig::approve_plan`).
#[derive(Debug, Clone, Default, Args)]
pub struct MultisigArg {
    /// Make the call as the multisig of these signatories (comma-separated, any order; this
    /// wallet's coldkey may be left out and is then added), approved by this wallet's coldkey:
    /// the first approval starts it (Multisig.as_multi, with a deposit), the one that reaches
    /// `--threshold` makes it
    #[arg(
        long,
        value_name = "SS58,…",
        value_delimiter = ',',
        requires = "threshold"
    )]
    pub signatories: Vec<String>,
    /// With `--signatories`: the approvals the multisig needs (2 up to the number of
    /// signatories)
    #[arg(long, value_name = "N", requires = "signatories")]
    pub threshold: Option<u16>,
    /// With `--signatories`: the multisig account expected; refused before signing if the
    /// signatories (with this wallet's coldkey) and the threshold derive another
    #[arg(long, value_name = "SS58", requires = "signatories")]
    pub multisig: Option<String>,
}

fn parse_signatories(list: &[String]) -> Result<Vec<[u8; 32]>, Failure> {
    let mut out: Vec<[u8; 32]> = Vec::new();
    for s in list.iter().filter(|s| !s.trim().is_empty()) {
        let a = parse_ss58(s, "--signatories")?;
        if out.contains(&a) {
            return Err(Failure::usage(
                "usage.invalid_arguments",
                format!("`--signatories` names {} twice", s.trim()),
            )
            .with_hint("name each signatory once"));
        }
        out.push(a);
    }
    Ok(out)
}

/// Check the threshold against the number of signatories (the pallet's `MinimumThreshold` and
/// `TooManySignatories`, and a threshold no set of approvals could reach).
fn checked(mut signatories: Vec<[u8; 32]>, threshold: u16) -> Result<Multisig, Failure> {
    signatories.sort();
    let n = signatories.len();
    if n < 2 {
        return Err(Failure::usage(
            "usage.invalid_arguments",
            format!("a multisig needs at least 2 signatories, not {n}"),
        )
        .with_hint("list the other signatories in `--signatories` (Multisig.TooFewSignatories)"));
    }
    if n > MAX_SIGNATORIES {
        return Err(Failure::usage(
            "usage.invalid_arguments",
            format!("{n} signatories: the chain allows at most {MAX_SIGNATORIES}"),
        )
        .with_hint("Multisig.TooManySignatories: use fewer signatories"));
    }
    if threshold < 2 || usize::from(threshold) > n {
        return Err(Failure::usage(
            "usage.invalid_arguments",
            format!("`--threshold {threshold}` is outside 2..={n} for {n} signatories"),
        )
        .with_hint(format!(
            "give a threshold from 2 (Multisig.MinimumThreshold) up to {n}, the number of signatories"
        )));
    }
    Ok(Multisig {
        signatories,
        threshold,
    })
}

impl MultisigArg {
    /// Whether `--signatories` was given.
    pub fn given(&self) -> bool {
        !self.signatories.is_empty()
    }

    /// Split the multisig options off `tx` for `tao multisig`'s own commands (so the pipeline
    /// does not wrap their calls once more), requiring them.
    fn take(tx: &TxArgs) -> Result<(MultisigArg, TxArgs), Failure> {
        let mut rest = tx.clone();
        let m = std::mem::take(&mut rest.multisig);
        if !m.given() {
            return Err(Failure::usage(
                "usage.invalid_arguments",
                "`--signatories` and `--threshold` are required",
            )
            .with_hint("give the multisig's signatories (comma-separated) and its threshold"));
        }
        Ok((m, rest))
    }

    /// The multisig for `signer`, who is added to the signatories when left out (`None` without
    /// `--signatories`).
    pub fn resolve(&self, signer: &[u8; 32]) -> Result<Option<Multisig>, Failure> {
        if !self.given() {
            return Ok(None);
        }
        self.for_signer(signer).map(|(m, _)| Some(m))
    }

    /// The multisig for `signer`, who is added to the signatories when left out.
    fn for_signer(&self, signer: &[u8; 32]) -> Result<(Multisig, bool), Failure> {
        let threshold = self.threshold.unwrap_or_default();
        let mut list = parse_signatories(&self.signatories)?;
        let added = !list.contains(signer);
        if added {
            list.push(*signer);
        }
        let ms = checked(list, threshold)?;
        if let Some(expected) = &self.multisig {
            let want = parse_ss58(expected, "--multisig")?;
            if ms.account() != want {
                let with = if added {
                    " with this wallet's coldkey added"
                } else {
                    ""
                };
                return Err(Failure::user(
                    "tx.refused",
                    format!(
                        "refused before signing: these signatories{with} and threshold {} derive {}, not {}",
                        threshold,
                        crate::ss58::encode_default(&ms.account()),
                        expected.trim()
                    ),
                )
                .with_hint(
                    "sign with a signatory's wallet (`--wallet-name`), or check `--signatories` and `--threshold` with `tao multisig address`",
                ));
            }
        }
        Ok((ms, added))
    }
}

/// The call an operation carries: `PALLET CALL [NAME=VALUE…]` as `tao call` takes it, or its
/// encoded bytes.
#[derive(Debug, Clone, Args)]
pub struct CallSpec {
    /// The pallet of the call (such as Balances)
    pub pallet: Option<String>,
    /// The call (such as transfer_keep_alive)
    pub call: Option<String>,
    /// The call's arguments: NAME=VALUE, or values in order (as `tao call` parses them)
    pub args: Vec<String>,
    /// The call's SCALE bytes instead (`details.call_data` of `tao multisig submit`)
    #[arg(long, value_name = "HEX", conflicts_with_all = ["pallet", "call", "args"])]
    pub call_hex: Option<String>,
}

impl CallSpec {
    /// Refuse a missing call before connecting.
    pub fn check(&self) -> Result<(), Failure> {
        if self.call_hex.is_none() && (self.pallet.is_none() || self.call.is_none()) {
            return Err(
                Failure::usage("raw.wrong_arguments", "the operation's call is missing").with_hint(
                    "give `PALLET CALL [NAME=VALUE…]` (as for `tao call`) or `--call-hex 0x…`",
                ),
            );
        }
        Ok(())
    }

    /// The call, built (or decoded) with the chain's metadata.
    pub fn build(&self, tc: &TxChain) -> Result<Call, PlanError> {
        let md = tc.metadata();
        if let Some(h) = &self.call_hex {
            let data = hex::decode(h.trim().trim_start_matches("0x"))
                .map_err(|e| ChainError::decode("`--call-hex`", format!("not hex: {e}")))?;
            let d = calls::decode(md, &data)?;
            return Ok(Call {
                pallet: d.pallet.clone(),
                name: d.name.clone(),
                data,
            });
        }
        let args: Vec<_> = self.args.iter().map(|a| split_arg(a)).collect();
        let (c, _) = calls::build(
            md,
            self.pallet.as_deref().unwrap_or_default(),
            self.call.as_deref().unwrap_or_default(),
            &args,
        )
        .map_err(ChainError::Raw)?;
        Ok(c)
    }
}

fn signatories_flag(ms: &Multisig) -> String {
    ms.signatories
        .iter()
        .map(crate::ss58::encode_default)
        .collect::<Vec<_>>()
        .join(",")
}

/// The multisig account of SIGNATORIES and THRESHOLD: blake2_256("modlpy/utilisuba" ‖
/// SCALE(sorted signatories) ‖ threshold as u16 LE), as the chain derives it. Offline; the
/// signatories are taken exactly as given (no wallet is added).
///
/// Examples:
///   tao multisig address --signatories 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY,5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty,5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y --threshold 2
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AddressArgs {
    /// The signatories' addresses, comma-separated, in any order
    #[arg(long, value_name = "SS58,…", value_delimiter = ',', required = true)]
    pub signatories: Vec<String>,
    /// Approvals needed (2 up to the number of signatories)
    #[arg(long, value_name = "N")]
    pub threshold: u16,
}

impl AddressArgs {
    /// Run the command.
    pub fn run(self) -> CmdResult {
        let ms = checked(parse_signatories(&self.signatories)?, self.threshold)?;
        let address = crate::ss58::encode_default(&ms.account());
        let data = json!({
            "multisig": address,
            "public_key": format!("0x{}", hex::encode(ms.account())),
            "signatories": ms.signatories.iter().map(crate::ss58::encode_default).collect::<Vec<_>>(),
            "threshold": ms.threshold,
        });
        Ok(Report::new(data, format!("{address}\n")))
    }
}

/// Start a multisig operation: the first approval of a call, signed by this wallet's coldkey
/// (Multisig.as_multi carrying the call, or approve_as_multi with only its hash with
/// `--hash-only`). The coldkey reserves the deposit, 0.132 TAO + 0.032 TAO per approval of the
/// threshold, returned when the operation is made or cancelled. The call gets the checks of the
/// command that sends it, run for the multisig account.
///
/// Refused before signing: a threshold outside 2..=signatories, a signatory named twice, the
/// same call already pending (approve it instead), a call whose own checks fail.
///
/// Examples:
///   tao multisig submit Balances transfer_keep_alive dest=5F… value=1tao --signatories 5F…,5G… --threshold 2
///   tao multisig submit --call-hex 0x0503… --signatories 5F…,5G… --threshold 2 --hash-only
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SubmitArgs {
    /// The call
    #[command(flatten)]
    pub call: CallSpec,
    /// Approve only the call's hash (approve_as_multi); the call travels separately to the
    /// signatory who executes it
    #[arg(long)]
    pub hash_only: bool,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl SubmitArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        self.call.check()?;
        let (m, tx) = MultisigArg::take(&self.tx)?;
        let signer = keys::public_key(ctx, KeyRole::Coldkey)?;
        let (ms, _) = m.for_signer(&signer)?;
        let hash_only = self.hash_only;
        let spec = self.call.clone();
        let report = execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            "multisig operation",
            async |tc, signer| {
                let inner = spec.build(tc)?;
                ms_tx::plan_submit(tc, &signer, &ms, &inner, hash_only).await
            },
        )?;
        Ok(with_next_step(report, &ms))
    }
}

/// After a submission or approval: how the others approve and make it.
fn with_next_step(mut report: Report, ms: &Multisig) -> Report {
    let Some(hash) = report.data["details"]["call_hash"]
        .as_str()
        .map(str::to_string)
    else {
        return report;
    };
    if report.data["status"].is_null() {
        return report;
    }
    report.human.push_str(&format!(
        "multisig {} · call hash {hash}\nother signatories approve with: tao multisig approve --call-hash {hash} --signatories {} --threshold {}\n",
        crate::ss58::encode_default(&ms.account()),
        signatories_flag(ms),
        ms.threshold
    ));
    report
}

/// Approve or cancel a pending operation by its call hash.
///
/// `approve`: a later approval (Multisig.approve_as_multi with the operation's timepoint),
/// signed by this wallet's coldkey. Refused before signing: no such operation (NotFound), this
/// coldkey already approved it or it already has enough approvals (AlreadyApproved).
///
/// `cancel`: Multisig.cancel_as_multi by the signatory that started it; its deposit returns.
/// Refused before signing: no such operation (NotFound), another signatory started it
/// (NotOwner).
///
/// Examples:
///   tao multisig approve --call-hash 0x… --signatories 5F…,5G… --threshold 2
///   tao multisig cancel --call-hash 0x… --signatories 5F…,5G… --threshold 2
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct HashArgs {
    /// The pending operation's call hash (`tao multisig list` shows it)
    #[arg(long, value_name = "HEX")]
    pub call_hash: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

fn parse_hash(text: &str) -> Result<[u8; 32], Failure> {
    hex::decode(text.trim().trim_start_matches("0x"))
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or_else(|| {
            Failure::usage(
                "usage.invalid_arguments",
                format!("`--call-hash {text}` is not a 32-byte hash"),
            )
            .with_hint("give the 0x-prefixed hash of 64 hex digits that `tao multisig list` shows")
        })
}

impl HashArgs {
    /// Run the command (`cancel` or approve).
    pub fn run(self, ctx: &Context, cancel: bool) -> CmdResult {
        let hash = parse_hash(&self.call_hash)?;
        let (m, tx) = MultisigArg::take(&self.tx)?;
        let signer = keys::public_key(ctx, KeyRole::Coldkey)?;
        let (ms, _) = m.for_signer(&signer)?;
        let report = execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            if cancel {
                "multisig cancellation"
            } else {
                "multisig approval"
            },
            async |tc, signer| {
                if cancel {
                    ms_tx::plan_cancel(tc, &signer, &ms, &hash).await
                } else {
                    ms_tx::plan_approve(tc, &signer, &ms, &hash).await
                }
            },
        )?;
        Ok(report)
    }
}

/// Make a pending operation: the approval that reaches the threshold, carrying the call
/// (Multisig.as_multi with the operation's timepoint and the call's weight as max_weight). The
/// call is made from the multisig account and the deposit returns to the signatory who started
/// the operation. The call must be the one submitted (same bytes, so the same hash).
///
/// Refused before signing: no pending operation for this call (NotFound), too few approvals even
/// with this one, a call whose own checks fail for the multisig account (its balance, …).
///
/// Examples:
///   tao multisig execute Balances transfer_keep_alive dest=5F… value=1tao --signatories 5F…,5G… --threshold 2
///   tao multisig execute --call-hex 0x0503… --signatories 5F…,5G… --threshold 2
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ExecuteArgs {
    /// The call
    #[command(flatten)]
    pub call: CallSpec,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl ExecuteArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        self.call.check()?;
        let (m, tx) = MultisigArg::take(&self.tx)?;
        let signer = keys::public_key(ctx, KeyRole::Coldkey)?;
        let (ms, _) = m.for_signer(&signer)?;
        let spec = self.call.clone();
        execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            "multisig execution",
            async |tc, signer| {
                let inner = spec.build(tc)?;
                ms_tx::plan_execute(tc, &signer, &ms, &inner).await
            },
        )
    }
}

/// The pending operations of a multisig account (Multisig.Multisigs): each call hash with the
/// block and extrinsic it started at (its timepoint), the depositor and deposit, who approved
/// and, given the signatories, who is still missing. The signatories are taken exactly as given
/// (no wallet is added); `--multisig SS58` alone lists an account without them.
///
/// Examples:
///   tao multisig list --signatories 5F…,5G…,5H… --threshold 2
///   tao multisig list --multisig 5DjYJStmdZ2rcqXbXGX7TW85JsrW6uG4y9MUcLq2BoPMpRA7 --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {
    /// The signatories' addresses, comma-separated, in any order
    #[arg(
        long,
        value_name = "SS58,…",
        value_delimiter = ',',
        requires = "threshold"
    )]
    pub signatories: Vec<String>,
    /// Approvals needed
    #[arg(long, value_name = "N", requires = "signatories")]
    pub threshold: Option<u16>,
    /// The multisig account (instead of, or checked against, the signatories and threshold)
    #[arg(long, value_name = "SS58", required_unless_present = "signatories")]
    pub multisig: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let ms = match self.threshold {
            Some(t) => Some(checked(parse_signatories(&self.signatories)?, t)?),
            None => None,
        };
        let given = self
            .multisig
            .as_deref()
            .map(|m| parse_ss58(m, "--multisig"))
            .transpose()?;
        let account = match (&ms, given) {
            (Some(ms), Some(g)) if ms.account() != g => {
                return Err(Failure::usage(
                    "usage.invalid_arguments",
                    format!(
                        "the signatories and threshold derive {}, not {}",
                        crate::ss58::encode_default(&ms.account()),
                        crate::ss58::encode_default(&g)
                    ),
                )
                .with_hint("give `--multisig` or the signatories, or check them with `tao multisig address`"));
            }
            (Some(ms), _) => ms.account(),
            (None, Some(g)) => g,
            (None, None) => unreachable!("clap requires one"),
        };
        let (pending, pinned) = read_chain(
            ctx,
            &self.chain,
            "reading the pending operations",
            async |chain| Ok((multisig::all_pending(chain, &account).await?, None)),
        )?;
        let ss58 = crate::ss58::encode_default(&account);
        let enc =
            |v: &[[u8; 32]]| -> Vec<String> { v.iter().map(crate::ss58::encode_default).collect() };
        let rows: Vec<serde_json::Value> = pending
            .iter()
            .map(|p| {
                let mut row = json!({
                    "call_hash": format!("0x{}", hex::encode(p.call_hash)),
                    "timepoint": p.when,
                    "depositor": crate::ss58::encode_default(&p.depositor),
                    "deposit": p.deposit,
                    "approvals": enc(&p.approvals),
                });
                if let Some(ms) = &ms {
                    let missing: Vec<[u8; 32]> = ms
                        .signatories
                        .iter()
                        .filter(|s| !p.approvals.contains(s))
                        .copied()
                        .collect();
                    row["missing"] = json!(enc(&missing));
                    row["approvals_needed"] =
                        json!(usize::from(ms.threshold).saturating_sub(p.approvals.len()));
                }
                row
            })
            .collect();
        let mut data = json!({
            "chain": pinned.json(),
            "multisig": ss58,
            "pending": rows,
        });
        if let Some(ms) = &ms {
            data["signatories"] = json!(enc(&ms.signatories));
            data["threshold"] = json!(ms.threshold);
        }
        let mut human = if pending.is_empty() {
            format!("{ss58} has no pending operations\n")
        } else {
            format!("{ss58}: {} pending\n", pending.len())
        };
        for (p, row) in pending.iter().zip(&rows) {
            human.push_str(&format!(
                "  {}  from #{}-{}  deposit {} by {}\n    approved: {}\n",
                row["call_hash"].as_str().unwrap_or_default(),
                p.when.height,
                p.when.index,
                display_tao(p.deposit),
                crate::ss58::encode_default(&p.depositor),
                enc(&p.approvals).join(", ")
            ));
            if let (Some(ms), Some(missing)) = (&ms, row["missing"].as_array()) {
                let names: Vec<&str> = missing.iter().filter_map(|m| m.as_str()).collect();
                human.push_str(&format!(
                    "    missing:  {} ({} more of {} needed)\n",
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    },
                    row["approvals_needed"],
                    ms.threshold
                ));
            }
        }
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// The multisig a write command's call is made by (`--signatories`, `--threshold`), for the
/// pipeline; refused with `--proxy` (one or the other makes the call for another account).
pub fn for_pipeline(args: &TxArgs, signer: &[u8; 32]) -> Result<Option<Multisig>, Failure> {
    let m = args.multisig.resolve(signer)?;
    if m.is_some() && args.proxy.is_some() {
        return Err(Failure::usage(
            "usage.invalid_arguments",
            "`--signatories` (a multisig makes the call) and `--proxy` (a real account makes it) exclude each other",
        )
        .with_hint("leave one of them out"));
    }
    Ok(m)
}
