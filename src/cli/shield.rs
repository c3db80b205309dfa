//! The MEV shield in the transaction pipeline (`--mev-protection`, on by default for the stake
//! trades and `subnets create`, as in btcli).
//!
//! The inner extrinsic (the command's own call, `Proxy.proxy` with `--proxy`) is signed at nonce
//! N + 1, encrypted to `MevShield.NextKey` read at the best block, and carried by a
//! `MevShield.submit_encrypted` wrapper signed at nonce N with an era of at most 8 blocks. Only
//! the wrapper is submitted; the block author decrypts it and applies the inner extrinsic right
//! after it. tao then finds the inner extrinsic by its hash and reports its own outcome. Nothing
//! is ever resubmitted: an inner extrinsic that does not appear is reported with exit 5.

use clap::Args;
use serde_json::{Value, json};

use crate::chain::extrinsics::{KeyRole, Plan};
use crate::chain::shield::chain::{self as on_chain, KeyError};
use crate::chain::shield::{self, MAX_WRAPPER_PERIOD, OVERHEAD};
use crate::chain::tx::{self, Era, KeyLock, SubmitError, Submitted, TxChain, TxSigner, Unsigned};
use crate::cli::args::TxArgs;
use crate::cli::keys::{self, KeySigner};
use crate::cli::pipeline::{TxResult, outcome_report, submit_failure};
use crate::cli::{CmdResult, Context, Report};
use crate::error::{ExitStatus, Failure};
use crate::settings::Network;
use crate::ui::progress::Spinner;
use crate::units::{display_tao, tao_json};

/// `--mev-protection` / `--no-mev-protection`.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Transaction options")]
pub struct MevArg {
    /// Encrypt the transaction to the next block author's key (MEV shield): the pool sees only
    /// ciphertext until it is in a block; costs one more extrinsic fee [default: on, or the
    /// `mev_protection` setting]
    #[arg(long, overrides_with = "no_mev_protection")]
    pub mev_protection: bool,
    /// Submit the transaction in the clear, without the MEV shield
    #[arg(long, overrides_with = "mev_protection")]
    pub no_mev_protection: bool,
}

impl MevArg {
    /// `tx` with the shield choice set: the flag, else the `mev_protection` setting (on).
    pub fn apply(&self, ctx: &Context, tx: TxArgs) -> TxArgs {
        let on = if self.mev_protection {
            true
        } else if self.no_mev_protection {
            false
        } else {
            ctx.settings.mev_protection()
        };
        TxArgs {
            mev_protection: Some(on),
            ..tx
        }
    }
}

/// What the shield adds to a prepared transaction.
pub struct Shield {
    /// The inner transaction (nonce N + 1).
    pub inner: Unsigned,
    /// The wrapper's nonce N.
    wrapper_nonce: u32,
    /// The wrapper's era period.
    wrapper_period: u64,
    /// The inner extrinsic's fee.
    inner_fee: u64,
    /// The wrapper's fee.
    wrapper_fee: u64,
    /// The key read when checking (re-read right before encrypting).
    key: on_chain::NextKey,
}

impl Shield {
    /// Both fees: what the signer pays.
    pub fn total_fee(&self) -> u64 {
        self.inner_fee.saturating_add(self.wrapper_fee)
    }

    /// Lines for the confirmation summary.
    pub fn summary(&self) -> String {
        format!(
            "mev shield: on (inner nonce {}, wrapper MevShield.submit_encrypted nonce {}, era {} blocks)\n  inner fee {} + wrapper fee {}; key {} at #{}",
            self.inner.nonce,
            self.wrapper_nonce,
            self.wrapper_period,
            display_tao(self.inner_fee),
            display_tao(self.wrapper_fee),
            hex::encode(self.key.hash),
            self.key.block_number
        )
    }
}

fn key_failure(e: KeyError) -> Failure {
    let hint = "pass `--no-mev-protection` to submit in the clear (the transaction is then visible in the pool before its block)";
    match e {
        KeyError::Unsupported => Failure::user("shield.unavailable", e.to_string()).with_hint(hint),
        KeyError::Absent(_) => Failure::user("shield.no_key", e.to_string()).with_hint(hint),
        KeyError::Malformed { .. } => Failure::user("shield.bad_key", e.to_string())
            .with_hint(format!("the endpoint may serve another chain; {hint}")),
        KeyError::Chain(c) => Failure::from(c),
    }
}

/// Check the shield can be used and prepare the inner transaction and the wrapper's fee; `None`
/// when the command does not shield (`--no-mev-protection`, or not a shielded command).
/// Everything here happens before signing: a refusal sends nothing.
pub async fn prepare(
    tc: &TxChain,
    args: &TxArgs,
    unsigned: &Unsigned,
) -> Result<Option<Shield>, Failure> {
    if args.mev_protection != Some(true) {
        return Ok(None);
    }
    let incompatible = |what: &str, why: &str| {
        Failure::usage(
            "shield.incompatible",
            format!("the MEV shield cannot be used with {what}: {why}"),
        )
        .with_hint(format!("pass `--no-mev-protection` to use {what}"))
    };
    if args.unsigned_out.is_some() {
        return Err(incompatible(
            "air-gapped signing (`--unsigned-out`)",
            "the wrapper must be signed online while the key it encrypts to is current (about two blocks)",
        ));
    }
    if args.announce_only {
        return Err(incompatible(
            "`--announce-only`",
            "an announcement publishes the call's hash, not the call",
        ));
    }
    let key = on_chain::next_key(tc).await.map_err(key_failure)?;
    let inner = Unsigned {
        nonce: unsigned.nonce.checked_add(1).ok_or_else(|| {
            Failure::user(
                "shield.unavailable",
                "the account's nonce is at its maximum",
            )
        })?,
        ..unsigned.clone()
    };
    let inner_len = inner.extrinsic(&[0u8; 64]).len();
    if inner_len > shield::MAX_PLAINTEXT {
        return Err(Failure::user(
            "shield.too_large",
            shield::ShieldError::TooLarge(inner_len).to_string(),
        )
        .with_hint("split the transaction, or pass `--no-mev-protection`"));
    }
    let inner_fee = tc.fee(&inner).await?;
    let dummy = on_chain::wrapper_call(tc.metadata(), &vec![0u8; inner_len + OVERHEAD])?;
    let wrapper_period = Era::mortal(args.era.min(MAX_WRAPPER_PERIOD), 0, [0; 32]).period;
    let wrapper = Unsigned {
        call: dummy,
        ..unsigned.clone()
    };
    let wrapper_fee = tc.fee(&wrapper).await?;
    Ok(Some(Shield {
        inner,
        wrapper_nonce: unsigned.nonce,
        wrapper_period,
        inner_fee,
        wrapper_fee,
        key,
    }))
}

/// Signs with the wallet's key or the agent, unlocking the key once for both signatures.
enum Signer {
    Agent([u8; 32]),
    Key(Box<KeySigner>),
}

impl Signer {
    fn sign(&self, ctx: &Context, unsigned: &Unsigned) -> Result<Vec<u8>, Failure> {
        match self {
            Signer::Key(k) => Ok(unsigned.sign(k.as_ref())?),
            Signer::Agent(public) => {
                let description = format!(
                    "{}.{} (nonce {}, era from #{} {})",
                    unsigned.call.pallet,
                    unsigned.call.name,
                    unsigned.nonce,
                    unsigned.era.birth_block,
                    tx::to_hex_hash(&unsigned.era.birth_hash)
                );
                let sig = keys::agent_sign(ctx, public, &description, &unsigned.signing_message())
                    .ok_or_else(|| {
                        Failure::user(
                            "tx.key_mismatch",
                            "the agent stopped signing between the inner extrinsic and its wrapper",
                        )
                        .with_hint("nothing was submitted; retry")
                    })?;
                Ok(unsigned.extrinsic(&sig))
            }
        }
    }
}

/// The signed pair.
struct Pair {
    inner: Vec<u8>,
    inner_hash: [u8; 32],
    wrapper: Vec<u8>,
    wrapper_hash: [u8; 32],
    wrapper_unsigned: Unsigned,
    ciphertext_len: usize,
    key: on_chain::NextKey,
}

/// Sign the inner extrinsic, read the key at the best block, encrypt, sign the wrapper.
async fn seal(
    ctx: &Context,
    tc: &TxChain,
    role: KeyRole,
    args: &TxArgs,
    shield: &Shield,
) -> Result<Pair, Failure> {
    let signer_pk = shield.inner.signer;
    let first = {
        let description = format!(
            "{}.{} (nonce {}, era from #{} {}), MEV-shielded",
            shield.inner.call.pallet,
            shield.inner.call.name,
            shield.inner.nonce,
            shield.inner.era.birth_block,
            tx::to_hex_hash(&shield.inner.era.birth_hash)
        );
        keys::agent_sign(
            ctx,
            &signer_pk,
            &description,
            &shield.inner.signing_message(),
        )
    };
    let (signer, inner) = match first {
        Some(sig) => (Signer::Agent(signer_pk), shield.inner.extrinsic(&sig)),
        None => {
            let key = keys::unlock_role(ctx, role, args.password_file.as_deref())?;
            if key.public_key() != signer_pk {
                return Err(Failure::user(
                    "tx.key_mismatch",
                    "the unlocked key does not match the wallet's public key file",
                )
                .with_hint("regenerate the public file with `tao wallet regen-coldkeypub`"));
            }
            let k = KeySigner(key);
            let inner = shield.inner.sign(&k)?;
            (Signer::Key(Box::new(k)), inner)
        }
    };
    debug_assert_eq!(
        match &signer {
            Signer::Key(k) => k.account(),
            Signer::Agent(p) => *p,
        },
        signer_pk
    );
    // The key rotates every block: read it again now, right before encrypting.
    let key = on_chain::next_key(tc).await.map_err(key_failure)?;
    let ciphertext = shield::encrypt(&key.key, &inner, &mut rand_core::OsRng).map_err(|e| {
        Failure::user("shield.too_large", e.to_string())
            .with_hint("split the transaction, or pass `--no-mev-protection`")
    })?;
    let call = on_chain::wrapper_call(tc.metadata(), &ciphertext)?;
    let wrapper_unsigned = Unsigned {
        call,
        nonce: shield.wrapper_nonce,
        era: Era::mortal(shield.wrapper_period, key.block_number, key.block_hash),
        ..shield.inner.clone()
    };
    let wrapper = signer.sign(ctx, &wrapper_unsigned)?;
    Ok(Pair {
        inner_hash: tx::extrinsic_hash(&inner),
        inner,
        wrapper_hash: tx::extrinsic_hash(&wrapper),
        wrapper,
        wrapper_unsigned,
        ciphertext_len: ciphertext.len(),
        key,
    })
}

fn shield_json(shield: &Shield, pair: &Pair, inner_status: &str) -> Value {
    json!({
        "wrapper_hash": tx::to_hex_hash(&pair.wrapper_hash),
        "key_hash": crate::chain::client::to_hex(&pair.key.hash),
        "ciphertext_len": pair.ciphertext_len,
        "inner_status": inner_status,
        "key_block": pair.key.block_number,
        "wrapper_nonce": pair.wrapper_unsigned.nonce,
        "wrapper_era": {
            "period": pair.wrapper_unsigned.era.period,
            "birth_block": pair.wrapper_unsigned.era.birth_block,
        },
        "inner_fee": tao_json(shield.inner_fee),
        "wrapper_fee": tao_json(shield.wrapper_fee),
    })
}

fn set_status(data: &mut TxResult, status: &str) {
    if let Some(s) = data.shield.as_mut().and_then(Value::as_object_mut) {
        s.insert("inner_status".into(), json!(status));
    }
}

/// Sign, encrypt and submit the pair (or show it, on a dry run), then report the inner
/// extrinsic's outcome.
#[allow(clippy::too_many_arguments)]
pub async fn run(
    ctx: &Context,
    tc: &TxChain,
    args: &TxArgs,
    role: KeyRole,
    network: &Network,
    shield: Shield,
    plan: &Plan,
    lock: KeyLock,
) -> CmdResult {
    let pair = seal(ctx, tc, role, args, &shield).await?;
    let mut data = TxResult::new(network, tc, &shield.inner, shield.total_fee(), plan);
    data.extrinsic_hash = Some(tx::to_hex_hash(&pair.inner_hash));
    data.shield = Some(shield_json(&shield, &pair, "not_submitted"));
    if args.dry_run {
        let inner = crate::chain::client::to_hex(&pair.inner);
        let wrapper = crate::chain::client::to_hex(&pair.wrapper);
        let human = format!(
            "dry run: not submitted (MEV shield on)\ninner extrinsic {inner}\n  hash {}\n  call data {}\nwrapper extrinsic MevShield.submit_encrypted, ciphertext {} bytes\n  {wrapper}\n  hash {}\nfee {} (inner {} + wrapper {})\n",
            tx::to_hex_hash(&pair.inner_hash),
            data.call_data,
            pair.ciphertext_len,
            tx::to_hex_hash(&pair.wrapper_hash),
            display_tao(shield.total_fee()),
            display_tao(shield.inner_fee),
            display_tao(shield.wrapper_fee),
        );
        data.dry_run = Some(true);
        data.extrinsic = Some(inner);
        if let Some(s) = data.shield.as_mut().and_then(Value::as_object_mut) {
            s.insert("wrapper_extrinsic".into(), json!(wrapper));
        }
        return Ok(Report::new(data.json(), human));
    }
    submit(ctx, tc, args, network, &pair, &mut data, lock).await
}

async fn submit(
    ctx: &Context,
    tc: &TxChain,
    args: &TxArgs,
    network: &Network,
    pair: &Pair,
    data: &mut TxResult,
    lock: KeyLock,
) -> CmdResult {
    let timeout = std::time::Duration::from_secs(args.timeout);
    let watch = Spinner::start(
        ctx.printer.progress,
        "submitting the MEV-shielded transaction",
    );
    let lock = std::cell::RefCell::new(Some(lock));
    let submitted = tc
        .submit(
            &pair.wrapper,
            args.wait,
            timeout,
            &|s| watch.set(&format!("MEV shield: {s}")),
            &|| drop(lock.borrow_mut().take()),
        )
        .await;
    watch.finish();
    let both = format!(
        "inner extrinsic {}, wrapper {}",
        tx::to_hex_hash(&pair.inner_hash),
        tx::to_hex_hash(&pair.wrapper_hash)
    );
    let submitted = match submitted {
        Ok(s) => s,
        Err(SubmitError::Dropped { status, .. }) => {
            set_status(data, "not_included");
            return Err(data.failed(
                "dropped",
                Failure::new(
                    ExitStatus::OutcomeUnknown,
                    "shield.not_included",
                    format!(
                        "the MEV-shield wrapper left the pool without being included ({status}); {both}"
                    ),
                )
                .with_cause("the likely cause: the key it was encrypted to rotated before a block author picked it up (a stale key), so no author could include it before its era ended")
                .with_hint("nothing of it is on chain (check with `tao stake list` or `tao wallet balance`); tao does not resubmit: run the command again to send a new one"),
            ));
        }
        Err(SubmitError::Unknown { reason, .. }) => {
            set_status(data, "unknown");
            return Err(data.failed(
                "unknown",
                Failure::new(
                    ExitStatus::OutcomeUnknown,
                    "tx.outcome_unknown",
                    format!("the MEV-shielded transaction was sent but its outcome is unknown: {reason}; {both}"),
                )
                .with_hint(format!(
                    "do not resubmit blindly: look both hashes up in the blocks of {} and check your balance or stake; the wrapper expires with its era ({} blocks)",
                    network.url, pair.wrapper_unsigned.era.period
                )),
            ));
        }
        Err(e) => {
            set_status(data, "rejected");
            return Err(submit_failure(e, network, data));
        }
    };
    let Some(block) = submitted.block else {
        set_status(data, "pending");
        let human = format!("submitted MEV-shielded (not watched: --wait none)\n  {both}\n",);
        data.status = Some("submitted");
        return Ok(Report::new(data.json(), human));
    };
    // The wrapper is in `block`; its own dispatch must have succeeded.
    let wrapper = match tc.outcome(pair.wrapper_hash, block).await {
        Ok(o) => o,
        Err(e) => {
            set_status(data, "unknown");
            data.block_hash = Some(tx::to_hex_hash(&block));
            return Err(data.failed(
                "unknown",
                Failure::new(
                    ExitStatus::OutcomeUnknown,
                    "tx.outcome_unknown",
                    format!(
                        "the MEV-shield wrapper is in block {}, but reading that block failed: {e}; {both}",
                        tx::to_hex_hash(&block)
                    ),
                )
                .with_hint("do not resubmit blindly: look the inner hash up in that block and check your balance or stake"),
            ));
        }
    };
    if let Some(err) = &wrapper.failure {
        set_status(data, "not_included");
        return Err(data.failed(
            "failed",
            Failure::from_diagnostic(err).with_cause(format!(
                "the MEV-shield wrapper {} failed in block #{}; the inner extrinsic {} was not run",
                tx::to_hex_hash(&pair.wrapper_hash),
                wrapper.block_number,
                tx::to_hex_hash(&pair.inner_hash)
            )),
        ));
    }
    // The author places the inner extrinsic right after its wrapper, in the same block; later
    // blocks of the wrapper's era are looked at too, when the node already has them.
    let death = pair.wrapper_unsigned.era.birth_block + pair.wrapper_unsigned.era.period;
    let mut found = None;
    for number in wrapper.block_number..death {
        let hash = match number {
            n if n == wrapper.block_number => Some(block),
            n => on_chain::block_hash(tc, n).await.unwrap_or(None),
        };
        let Some(hash) = hash else { break };
        if on_chain::block_has(tc, hash, pair.inner_hash)
            .await
            .unwrap_or(false)
        {
            found = Some(hash);
            break;
        }
    }
    let Some(inner_block) = found else {
        set_status(data, "missing");
        data.block_hash = Some(tx::to_hex_hash(&block));
        data.block_number = Some(wrapper.block_number);
        return Err(data.failed(
            "unknown",
            Failure::new(
                ExitStatus::OutcomeUnknown,
                "shield.inner_missing",
                format!(
                    "the MEV-shield wrapper landed in block #{} (extrinsic {}, its fee paid) but the inner extrinsic did not follow it; {both}",
                    wrapper.block_number, wrapper.index
                ),
            )
            .with_cause("the likely cause: the block author could not decrypt it (a stale or replaced key) or the inner extrinsic was invalid when opened (nonce, era, fee); the chain records no event for either")
            .with_hint("check with `tao stake list` or `tao wallet balance` before acting; tao does not resubmit: run the command again to send a new one"),
        ));
    };
    let inner_submitted = Submitted {
        hash: pair.inner_hash,
        block: Some(inner_block),
    };
    let failed = tc
        .outcome(pair.inner_hash, inner_block)
        .await
        .map(|o| o.failure.is_some())
        .unwrap_or(false);
    set_status(data, if failed { "failed" } else { "succeeded" });
    let mut report =
        outcome_report(tc, args.wait, network, &inner_submitted, inner_block, data).await?;
    report.human = format!(
        "{}  MEV shield: wrapper {} in the same block; ciphertext {} bytes\n",
        report.human,
        tx::to_hex_hash(&pair.wrapper_hash),
        pair.ciphertext_len
    );
    Ok(report)
}

/// The warning shown when a shielded command runs with `--no-mev-protection`.
pub fn unshielded_warning(args: &TxArgs) -> Option<String> {
    (args.mev_protection == Some(false)).then(|| {
        "MEV protection is off (`--no-mev-protection`): the transaction is visible in the pool before its block".to_string()
    })
}
