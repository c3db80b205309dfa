//! The transaction pipeline every write command runs: connect and pin the finalized head → build
//! the call and check its guards → lock the signing key, nonce, era and fee → check the balance →
//! the summary on stderr → confirm → unlock the key once → sign → submit and watch → the decoded
//! outcome. `--dry-run` stops before submitting and prints the signed bytes.
//!
//! The result is a [`TxResult`]: the `data` of the `--json` envelope, on success and, with what
//! is known so far, on failure after signing.

use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use crate::chain::extrinsics::{self, KeyRole, Plan, PlanError, Refusal};
use crate::chain::tx::{self, KeyLock, SubmitError, Submitted, TxChain, Unsigned, Wait};
use crate::cli::args::TxArgs;
use crate::cli::connect::{block_on, transaction_chain};
use crate::cli::keys::{self, KeySigner};
use crate::cli::{CmdResult, Context, Report};
use crate::error::{ExitStatus, Failure};
use crate::settings::Network;
use crate::ui::progress::Spinner;
use crate::ui::prompt;
use crate::units::{display_tao, tao_json};

/// The pallet and name of a call.
#[derive(Debug, Clone, Serialize)]
pub struct CallName {
    /// The pallet.
    pub pallet: String,
    /// The call.
    pub name: String,
}

/// The mortality of a signed transaction.
#[derive(Debug, Clone, Serialize)]
pub struct EraJson {
    /// Blocks it is valid for.
    pub period: u64,
    /// The block it is valid from.
    pub birth_block: u64,
}

/// What a transaction command reports (the `data` of the `--json` envelope). Fields after
/// `details` are present once the pipeline has reached them.
#[derive(Debug, Clone, Serialize)]
pub struct TxResult {
    /// The network's name.
    pub network: String,
    /// The chain's genesis hash (0x hex).
    pub genesis_hash: String,
    /// The signer's SS58 address.
    pub signer: String,
    /// The call.
    pub call: CallName,
    /// The SCALE-encoded call (0x hex).
    pub call_data: String,
    /// The estimated fee.
    pub fee: Value,
    /// The mortality.
    pub era: EraJson,
    /// The signer's nonce.
    pub nonce: u32,
    /// The command's own fields.
    pub details: Value,
    /// The Yuma preview of a weights command.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preview: Option<Value>,
    /// Set on a dry run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// The signed extrinsic (0x hex), on a dry run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extrinsic: Option<String>,
    /// The extrinsic's hash (0x hex).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extrinsic_hash: Option<String>,
    /// The block that holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_hash: Option<String>,
    /// That block's number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_number: Option<u64>,
    /// Its index in the block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extrinsic_index: Option<u32>,
    /// Its events, decoded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Value>,
    /// Each item's outcome, for a `Utility` batch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Value>,
    /// `submitted`, `included`, `finalized`, or on failure `rejected`, `dropped`, `unknown` or
    /// `failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    /// The MEV shield's wrapper and the inner extrinsic's fate (`cli::shield`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shield: Option<Value>,
}

impl TxResult {
    pub(crate) fn new(
        network: &Network,
        tc: &TxChain,
        unsigned: &Unsigned,
        fee: u64,
        plan: &Plan,
    ) -> Self {
        let mut details = plan.details.clone();
        let preview = details.as_object_mut().and_then(|d| d.remove("preview"));
        TxResult {
            network: network.name.clone(),
            genesis_hash: tx::to_hex_hash(&tc.chain.genesis),
            signer: crate::ss58::encode_default(&unsigned.signer),
            call: CallName {
                pallet: unsigned.call.pallet.clone(),
                name: unsigned.call.name.clone(),
            },
            call_data: crate::chain::client::to_hex(&unsigned.call.data),
            fee: tao_json(fee),
            era: EraJson {
                period: unsigned.era.period,
                birth_block: unsigned.era.birth_block,
            },
            nonce: unsigned.nonce,
            details,
            preview,
            dry_run: None,
            extrinsic: None,
            extrinsic_hash: None,
            block_hash: None,
            block_number: None,
            extrinsic_index: None,
            events: None,
            items: None,
            status: None,
            shield: None,
        }
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    pub(crate) fn failed(&mut self, status: &'static str, failure: Failure) -> Failure {
        self.status = Some(status);
        failure.with_data(self.json())
    }
}

/// Everything known about a transaction from its plan to its signature.
struct Signed {
    unsigned: Unsigned,
    fee: u64,
    extrinsic: Vec<u8>,
}

/// Run the pipeline for the plan `build` makes; `role` names the key that signs and `what`
/// the action in progress messages.
pub fn execute(
    ctx: &Context,
    args: &TxArgs,
    role: KeyRole,
    what: &str,
    build: impl AsyncFnOnce(&TxChain, [u8; 32]) -> Result<Plan, PlanError>,
) -> CmdResult {
    execute_showing(ctx, args, role, what, &|_| Ok(()), build)
}

/// [`execute`], calling `show` with the plan right after the confirmation summary is shown
/// (before the question and the signature): the chart of `tao weights set --chart`.
pub fn execute_showing(
    ctx: &Context,
    args: &TxArgs,
    role: KeyRole,
    what: &str,
    show: &dyn Fn(&Plan) -> Result<(), Failure>,
    build: impl AsyncFnOnce(&TxChain, [u8; 32]) -> Result<Plan, PlanError>,
) -> CmdResult {
    let signer = keys::public_key(ctx, role)?;
    let network = ctx.settings.network();
    let timeout = Duration::from_secs(args.timeout);
    let mut warnings: Vec<String> = Vec::new();
    let result: Result<Report, Failure> = block_on(async {
        let (tc, spinner) =
            transaction_chain(ctx, network, timeout.min(Duration::from_secs(30))).await?;
        warnings.extend(tx::check_extensions(tc.metadata())?);
        warnings.extend(crate::cli::shield::unshielded_warning(args));
        spinner.set(&format!("checking the {what}"));
        // With `--proxy`, the plan and its guards are for the real account; the call is then
        // wrapped in `Proxy.proxy` for the signer.
        // With `--signatories`, they are for the multisig account, and the signer approves the
        // call through `Multisig.as_multi`.
        let multisig = crate::cli::multisig::for_pipeline(args, &signer)?;
        let account = match &multisig {
            Some(m) => m.account(),
            None => args.proxy.unwrap_or(signer),
        };
        if args.proxy == Some(signer) {
            return Err(Failure::usage(
                "usage.invalid_arguments",
                "`--proxy` names this wallet's own coldkey",
            )
            .with_hint("give the real account the coldkey acts for, or leave `--proxy` out"));
        }
        let plan = build(&tc, account)
            .await
            .map_err(|e| Failure::from_diagnostic(&e))?;
        // A coldkey with an announced (or disputed) swap may sign only the swap's own steps.
        extrinsics::swap::coldkey_swap_guard(&tc.chain, &account, &plan.call)
            .await
            .map_err(|e| Failure::from_diagnostic(&e))?;
        let plan = if account == signer {
            plan
        } else if let Some(m) = &multisig {
            extrinsics::multisig::approve_plan(&tc, &signer, m, plan)
                .await
                .map_err(|e| Failure::from_diagnostic(&e))?
        } else {
            let plan = if args.announce_only {
                extrinsics::proxy::announced(&tc, &signer, &account, plan).await
            } else {
                extrinsics::proxy::proxied(&tc, &signer, &account, plan).await
            }
            .map_err(|e| Failure::from_diagnostic(&e))?;
            extrinsics::swap::coldkey_swap_guard(&tc.chain, &signer, &plan.call)
                .await
                .map_err(|e| Failure::from_diagnostic(&e))?;
            plan
        };
        let lock = lock_key(ctx, &signer)?;
        let unsigned = tc.prepare(plan.call.clone(), signer, args.era).await?;
        let fee = tc.fee(&unsigned).await?;
        // MEV shield: the inner transaction (nonce N + 1) is what is checked and reported; the
        // signer pays both fees.
        let shield = crate::cli::shield::prepare(&tc, args, &unsigned).await?;
        let (unsigned, fee) = match &shield {
            Some(s) => (s.inner.clone(), s.total_fee()),
            None => (unsigned, fee),
        };
        if account == signer || args.announce_only || multisig.is_some() {
            // An announcement or a multisig approval spends only the signer's deposit.
            check_balance(&tc, &plan, signer, fee).await?;
        } else {
            // The real account spends; the signer pays the fee.
            check_balance(&tc, &plan, account, 0).await?;
            let fee_only = Plan {
                spend: 0,
                keep_alive: true,
                balance_error: ("TransactionPayment", "Payment"),
                ..plan.clone()
            };
            check_balance(&tc, &fee_only, signer, fee).await?;
        }
        spinner.set("waiting for confirmation");
        let summary = summary(network, &tc, role, &unsigned, &plan, fee);
        spinner.finish();
        ctx.printer.status(&summary);
        if let Some(s) = &shield {
            ctx.printer.status(&s.summary());
        }
        show(&plan)?;
        if let Some(path) = &args.unsigned_out {
            // Air-gapped signing: write the transaction for `tao tx sign`; nothing is signed.
            return crate::cli::tx::offline::write_unsigned(
                ctx, path, &tc, role, &unsigned, fee, &plan,
            )
            .await;
        }
        if !args.dry_run && !prompt::confirm("Sign and submit?", ctx.yes)? {
            return Err(Failure::user("tx.declined", "not submitted: declined"));
        }
        // The endpoint must still serve the chain the transaction is built for (its genesis is
        // part of what is signed).
        tc.chain.check_genesis().await?;
        if let Some(shield) = shield {
            return crate::cli::shield::run(ctx, &tc, args, role, network, shield, &plan, lock)
                .await;
        }
        let signed = sign(ctx, role, args, signer, unsigned, fee)?;
        let mut data = TxResult::new(network, &tc, &signed.unsigned, signed.fee, &plan);
        if args.dry_run {
            return Ok(dry_run_report(data, &signed));
        }
        submit_and_watch(ctx, &tc, args, network, &signed, &mut data, lock).await
    })?;
    let mut report = result?;
    report.warnings.extend(warnings);
    Ok(report)
}

/// Submit and watch a transaction signed elsewhere (`tao tx submit`), reported as [`execute`]
/// reports a submission; never resubmits.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn submit_presigned(
    ctx: &Context,
    tc: &TxChain,
    args: &TxArgs,
    unsigned: Unsigned,
    role: KeyRole,
    fee: u64,
    extrinsic: Vec<u8>,
    details: Value,
) -> CmdResult {
    let network = ctx.settings.network();
    let lock = lock_key(ctx, &unsigned.signer)?;
    let plan = Plan {
        call: unsigned.call.clone(),
        role,
        lines: Vec::new(),
        details,
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("Balances", "InsufficientBalance"),
    };
    let mut data = TxResult::new(network, tc, &unsigned, fee, &plan);
    let signed = Signed {
        unsigned,
        fee,
        extrinsic,
    };
    submit_and_watch(ctx, tc, args, network, &signed, &mut data, lock).await
}

/// One signer at a time per key across tao processes, so nonces never collide.
fn lock_key(ctx: &Context, signer: &[u8; 32]) -> Result<KeyLock, Failure> {
    let state = crate::settings::state_dir().map_err(Failure::from)?;
    crate::settings::ensure_private_dir(&state).map_err(Failure::from)?;
    KeyLock::acquire(&state, signer, &|| {
        ctx.printer
            .status("another tao process is signing with this key; waiting for it")
    })
    .map_err(|e| {
        Failure::user("tx.lock", format!("cannot lock the signing key: {e}"))
            .with_hint("check that the state directory is writable")
    })
}

/// Refuse before signing when the free balance does not cover what the plan spends, the fee
/// and (for keep-alive calls) the existential deposit.
async fn check_balance(
    tc: &TxChain,
    plan: &Plan,
    signer: [u8; 32],
    fee: u64,
) -> Result<(), Failure> {
    if plan.spend == 0 && !plan.keep_alive {
        return Ok(());
    }
    let (_, bal) = crate::chain::read::balances(&tc.chain, &[signer]).await?;
    let ed = if plan.keep_alive {
        extrinsics::transfer::existential_deposit(tc.metadata())
    } else {
        0
    };
    let need = plan.spend.saturating_add(fee).saturating_add(ed);
    if bal[0].free >= need {
        return Ok(());
    }
    let (pallet, name) = plan.balance_error;
    let deposit = if ed > 0 {
        format!(" and the existential deposit {}", display_tao(ed))
    } else {
        String::new()
    };
    Err(Failure::from_diagnostic(&Refusal::new(
        pallet,
        name,
        format!(
            "the free balance {} does not cover {} plus the fee {}{deposit}",
            display_tao(bal[0].free),
            display_tao(plan.spend),
            display_tao(fee),
        ),
        "lower the amount or fund the account",
    )))
}

/// The confirmation summary shown on stderr before signing.
fn summary(
    network: &Network,
    tc: &TxChain,
    role: KeyRole,
    unsigned: &Unsigned,
    plan: &Plan,
    fee: u64,
) -> String {
    let mut summary = format!(
        "network {} ({}), genesis {}\nsigner  {} ({})\ncall    {}.{}\n",
        network.name,
        network.url,
        tx::to_hex_hash(&tc.chain.genesis),
        crate::ss58::encode_default(&unsigned.signer),
        match role {
            KeyRole::Coldkey => "coldkey",
            KeyRole::Hotkey => "hotkey",
        },
        unsigned.call.pallet,
        unsigned.call.name
    );
    let preview_lines = plan.preview.as_ref().map(|p| {
        let mut lines = crate::ui::preview::summary_lines(&p.preview, p.epoch_block, p.note);
        if let Some(m) = &p.mechanisms {
            lines.extend(crate::ui::preview::mechanism_lines(&m.subnet));
        }
        let payout: Vec<_> = p
            .payout
            .iter()
            .map(|r| {
                (
                    crate::ss58::encode_default(&r.hotkey),
                    r.uid,
                    r.before,
                    r.after,
                )
            })
            .collect();
        lines.extend(crate::ui::preview::payout_lines(&payout));
        lines
    });
    for (k, v) in plan.lines.iter().chain(preview_lines.iter().flatten()) {
        summary.push_str(&format!("  {k}: {v}\n"));
    }
    summary.push_str(&format!(
        "fee     {}\nera     {} blocks from #{} · nonce {}",
        display_tao(fee),
        unsigned.era.period,
        unsigned.era.birth_block,
        unsigned.nonce
    ));
    summary
}

/// Unlock the key (one password, one key derivation), check it is the wallet's public key, and
/// sign.
fn sign(
    ctx: &Context,
    role: KeyRole,
    args: &TxArgs,
    signer: [u8; 32],
    unsigned: Unsigned,
    fee: u64,
) -> Result<Signed, Failure> {
    let description = format!(
        "{}.{} (nonce {}, era from #{} {})",
        unsigned.call.pallet,
        unsigned.call.name,
        unsigned.nonce,
        unsigned.era.birth_block,
        tx::to_hex_hash(&unsigned.era.birth_hash)
    );
    if let Some(sig) = keys::agent_sign(ctx, &signer, &description, &unsigned.signing_message()) {
        let extrinsic = unsigned.extrinsic(&sig);
        return Ok(Signed {
            unsigned,
            fee,
            extrinsic,
        });
    }
    let key = keys::unlock_role(ctx, role, args.password_file.as_deref())?;
    if key.public_key() != signer {
        return Err(Failure::user(
            "tx.key_mismatch",
            "the unlocked key does not match the wallet's public key file",
        )
        .with_hint("regenerate the public file with `tao wallet regen-coldkeypub`"));
    }
    let extrinsic = unsigned.sign(&KeySigner(key))?;
    Ok(Signed {
        unsigned,
        fee,
        extrinsic,
    })
}

fn dry_run_report(mut data: TxResult, signed: &Signed) -> Report {
    let extrinsic = crate::chain::client::to_hex(&signed.extrinsic);
    let human = format!(
        "dry run: not submitted\nextrinsic {extrinsic}\ncall data {}\nfee {}\n",
        data.call_data,
        display_tao(signed.fee)
    );
    data.dry_run = Some(true);
    data.extrinsic = Some(extrinsic);
    data.extrinsic_hash = Some(tx::to_hex_hash(&tx::extrinsic_hash(&signed.extrinsic)));
    Report::new(data.json(), human)
}

fn unknown_outcome(hash: &[u8; 32], reason: &str, url: &str) -> Failure {
    let h = tx::to_hex_hash(hash);
    Failure::new(
        ExitStatus::OutcomeUnknown,
        "tx.outcome_unknown",
        format!("the transaction {h} was sent but its outcome is unknown: {reason}"),
    )
    .with_hint(format!(
        "do not resubmit blindly: look the extrinsic hash {h} up on a block explorer or in the blocks of {url}, and check your balance or stake (`tao wallet balance`, `tao stake list`); it expires with its era"
    ))
}

/// Submit once, watch as far as `--wait` asks, and report the outcome; never resubmits.
async fn submit_and_watch(
    ctx: &Context,
    tc: &TxChain,
    args: &TxArgs,
    network: &Network,
    signed: &Signed,
    data: &mut TxResult,
    lock: KeyLock,
) -> CmdResult {
    let timeout = Duration::from_secs(args.timeout);
    let watch = Spinner::start(ctx.printer.progress, "submitting");
    // The key's lock is released once the node has the transaction (the next signer's nonce
    // then counts it), not after the block: concurrent senders share blocks.
    let lock = std::cell::RefCell::new(Some(lock));
    let submitted = tc
        .submit(
            &signed.extrinsic,
            args.wait,
            timeout,
            &|s| watch.set(s),
            &|| drop(lock.borrow_mut().take()),
        )
        .await;
    watch.finish();
    let submitted = match submitted {
        Ok(s) => s,
        Err(e) => return Err(submit_failure(e, network, data)),
    };
    data.extrinsic_hash = Some(tx::to_hex_hash(&submitted.hash));
    let Some(block) = submitted.block else {
        data.status = Some("submitted");
        let human = format!(
            "submitted {} (not watched: --wait none)\n",
            tx::to_hex_hash(&submitted.hash)
        );
        return Ok(Report::new(data.json(), human));
    };
    outcome_report(tc, args.wait, network, &submitted, block, data).await
}

/// A failure to submit or to watch, with what is known in the envelope's `data`.
pub(crate) fn submit_failure(e: SubmitError, network: &Network, data: &mut TxResult) -> Failure {
    match e {
        SubmitError::Rejected(e) => data.failed(
            "rejected",
            Failure::from_diagnostic(&e)
                .with_cause("the node refused the transaction: nothing was submitted"),
        ),
        SubmitError::Dropped { hash, status } => {
            data.extrinsic_hash = Some(tx::to_hex_hash(&hash));
            data.failed(
                "dropped",
                Failure::user(
                    "tx.dropped",
                    format!(
                        "the transaction {} left the pool without being included ({status})",
                        tx::to_hex_hash(&hash)
                    ),
                )
                .with_hint("check the balance and nonce, then retry"),
            )
        }
        SubmitError::Unknown { hash, reason } => {
            data.extrinsic_hash = Some(tx::to_hex_hash(&hash));
            data.failed("unknown", unknown_outcome(&hash, &reason, &network.url))
        }
    }
}

/// Read the including block's events: success, a dispatch error (the fee was paid), or an
/// unknown outcome when the block cannot be read.
pub(crate) async fn outcome_report(
    tc: &TxChain,
    wait: Wait,
    network: &Network,
    submitted: &Submitted,
    block: [u8; 32],
    data: &mut TxResult,
) -> CmdResult {
    let outcome = match tc.outcome(submitted.hash, block).await {
        Ok(o) => o,
        Err(e) => {
            data.block_hash = Some(tx::to_hex_hash(&block));
            let reason = format!(
                "it is in block {}, but reading that block failed: {e}",
                tx::to_hex_hash(&block)
            );
            return Err(data.failed(
                "unknown",
                unknown_outcome(&submitted.hash, &reason, &network.url),
            ));
        }
    };
    data.block_hash = Some(tx::to_hex_hash(&outcome.block_hash));
    data.block_number = Some(outcome.block_number);
    data.extrinsic_index = Some(outcome.index);
    data.events = Some(outcome.events_json());
    let batch = extrinsics::raw::BatchMode::of(&data.call.pallet, &data.call.name)
        .and_then(|_| hex::decode(data.call_data.trim_start_matches("0x")).ok())
        .and_then(|bytes| batch_item_names(tc, &bytes));
    if let Some(names) = &batch {
        data.items = Some(extrinsics::raw::batch_items(
            names,
            &outcome.events,
            outcome.failure.is_some(),
        ));
    }
    if let Some(err) = &outcome.failure {
        let f = Failure::from_diagnostic(err).with_cause(format!(
            "the transaction {} was included in block #{} ({}) as extrinsic {} and failed; the fee was paid",
            tx::to_hex_hash(&submitted.hash),
            outcome.block_number,
            tx::to_hex_hash(&outcome.block_hash),
            outcome.index
        ));
        return Err(data.failed("failed", f));
    }
    let status = match wait {
        Wait::Finalization => "finalized",
        _ => "included",
    };
    data.status = Some(status);
    let mut human = format!(
        "{status} in block #{} ({}), extrinsic {}\n",
        outcome.block_number,
        tx::to_hex_hash(&outcome.block_hash),
        outcome.index
    );
    for e in &outcome.events {
        human.push_str(&format!("  {}.{} {}\n", e.pallet, e.name, e.fields));
    }
    if let Some(items) = data.items.as_ref().and_then(Value::as_array) {
        let mut failed = None;
        let mut lines = Vec::new();
        for it in items {
            let status = it["status"].as_str().unwrap_or_default();
            let line = format!(
                "item {} {}: {status}{}",
                it["index"],
                it["call"].as_str().unwrap_or_default(),
                it["error"]
                    .as_str()
                    .map(|e| format!(" ({e})"))
                    .unwrap_or_default()
            );
            human.push_str(&format!("  {line}\n"));
            lines.push(line);
            if failed.is_none() && status != "ok" {
                failed = Some(it.clone());
            }
        }
        if let Some(it) = failed {
            let mut f = Failure::user(
                "tx.batch_item_failed",
                format!(
                    "item {} of the batch ({}) did not succeed: {}",
                    it["index"],
                    it["call"].as_str().unwrap_or_default(),
                    it["error"].as_str().unwrap_or(it["status"].as_str().unwrap_or_default())
                ),
            )
            .with_cause(format!(
                "the batch {} was included in block #{}; `data.items` has each item's outcome",
                tx::to_hex_hash(&submitted.hash),
                outcome.block_number
            ))
            .with_hint("the items marked ok landed; fix the failed item and send it (and those not run) again");
            for line in lines {
                f = f.with_cause(line);
            }
            return Err(data.failed(status, f));
        }
    }
    Ok(Report::new(data.json(), human))
}

/// The `Pallet.call` of each item of a Utility batch's call data.
fn batch_item_names(tc: &TxChain, call_data: &[u8]) -> Option<Vec<(String, String)>> {
    let md = tc.metadata();
    let d = crate::chain::raw::calls::decode(md, call_data).ok()?;
    let calls = d.arg("calls")?;
    crate::chain::value::items(calls)
        .ok()?
        .iter()
        .map(|item| {
            let (pallet, inner) = crate::chain::value::variant(item).ok()?;
            let (name, _) = crate::chain::value::variant(inner.values().next()?).ok()?;
            Some((pallet.to_string(), name.to_string()))
        })
        .collect()
}
