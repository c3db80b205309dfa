//! The transaction pipeline as the commands run it (chain.md §2, issue 8): connect and pin the
//! finalized head → build the call and check its guards → nonce, era and fee → the summary on
//! stderr → confirm → unlock the key once → sign → submit and watch → the decoded outcome.
//! `--dry-run` stops before submitting and prints the signed bytes.
//!
//! Also the transaction commands themselves: `wallet transfer`, `stake add`, `stake remove`.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde_json::json;

use crate::chain::extrinsics::stake::{MoveKind, Safety, Target};
use crate::chain::extrinsics::transfer::Amount;
use crate::chain::extrinsics::{self, KeyRole, Plan, PlanError, Refusal};
use crate::chain::tx::{self, KeyLock, SubmitError, TxChain, TxSigner, Wait};
use crate::chain::{ConnectOptions, read};
use crate::cli::args::block_on;
use crate::cli::wallet_chain::{wallet_coldkey, wallet_hotkey};
use crate::cli::{CmdResult, Context, Report};
use crate::env;
use crate::error::{ExitStatus, Failure};
use crate::ui::progress::Spinner;
use crate::ui::prompt;
use crate::units::{self, display_tao, tao_json};
use crate::wallet::password::{PasswordPrompt, PasswordResolver, Purpose};
use crate::wallet::{Keypair, SecretString, Wallet, WalletError};

const PASSWORD_HINT: &str =
    "pass `--password-file FILE` (or `-` for standard input), or set `TAO_PASSWORD_FILE`";

/// Options every transaction accepts.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Transaction options")]
pub struct TxArgs {
    /// How long to watch: until the node accepts it (none), it is in a block (inclusion) or that
    /// block is final (finalization)
    #[arg(long, value_enum, default_value = "inclusion")]
    pub wait: Wait,
    /// Seconds to wait for the connection and then for `--wait`
    #[arg(long, value_name = "SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
    /// Mortality in blocks (rounded up to a power of two, 4 to 65536)
    #[arg(long, value_name = "N", default_value_t = tx::DEFAULT_ERA_PERIOD, value_parser = clap::value_parser!(u64).range(4..=65536))]
    pub era: u64,
    /// Build, check, estimate and sign, but do not submit: print the signed extrinsic
    #[arg(long)]
    pub dry_run: bool,
    /// Read the key's password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI
    /// only) and btcli's BT_PW_<PATH>; else a hidden prompt
    #[arg(long, value_name = "FILE", env = env::TAO_PASSWORD_FILE)]
    pub password_file: Option<PathBuf>,
}

/// Safe-staking options.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Safe staking")]
pub struct SafetyArgs {
    /// Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the
    /// `tolerance` setting]
    #[arg(
        long,
        value_name = "FRACTION",
        alias = "rate-tolerance",
        alias = "slippage"
    )]
    pub tolerance: Option<String>,
    /// Submit without a limit price (no slippage protection)
    #[arg(long = "unsafe", alias = "no-safe-staking", conflicts_with = "partial")]
    pub unsafe_: bool,
    /// Fill what fits within the tolerance instead of failing
    #[arg(long, alias = "allow-partial-stake")]
    pub partial: bool,
}

impl SafetyArgs {
    /// The resolved settings.
    pub fn resolve(&self, ctx: &Context) -> Result<Safety, Failure> {
        let text = self
            .tolerance
            .clone()
            .unwrap_or_else(|| ctx.settings.tolerance().to_string());
        let ppb = units::parse_decimal(&text).map_err(|e| {
            Failure::usage("tx.bad_tolerance", format!("bad tolerance: {e}"))
                .with_hint("give a fraction such as 0.005")
        })?;
        if ppb >= units::RAO_PER_TAO {
            return Err(Failure::usage(
                "tx.bad_tolerance",
                format!("the tolerance {text} is not below 1"),
            )
            .with_hint("give a fraction such as 0.005 (0.5 %)"));
        }
        Ok(Safety {
            safe: !self.unsafe_ && ctx.settings.safe_staking(),
            tolerance_ppb: ppb,
            partial: self.partial || ctx.settings.partial(),
        })
    }
}

struct TerminalPrompt;

impl PasswordPrompt for TerminalPrompt {
    fn prompt_password(&self, message: &str, _confirm: bool) -> Result<SecretString, WalletError> {
        prompt::secret(message, PASSWORD_HINT)
            .map(|mut text| SecretString::new(std::mem::take(&mut *text)))
            .map_err(|failure| WalletError::PasswordSource {
                source_name: "the terminal prompt".into(),
                reason: failure.message,
            })
    }
}

static TERMINAL: TerminalPrompt = TerminalPrompt;

struct KeySigner(Keypair);

impl TxSigner for KeySigner {
    fn account(&self) -> [u8; 32] {
        self.0.public_key()
    }

    fn sign(&self, message: &[u8]) -> Result<[u8; 64], String> {
        self.0.sign(message).map_err(|e| e.to_string())
    }
}

/// Unlock the wallet key that signs (one password, one key derivation).
fn unlock(ctx: &Context, role: KeyRole, args: &TxArgs) -> Result<Keypair, Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    let wallet = Wallet::new(root, ctx.settings.wallet_name())?;
    let (file, what) = match role {
        KeyRole::Coldkey => (wallet.coldkey(), "coldkey"),
        KeyRole::Hotkey => (wallet.hotkey(ctx.settings.hotkey())?, "hotkey"),
    };
    let raw = file.read(what)?;
    if !raw.is_encrypted() {
        return Ok(raw.plaintext_keypair()?.keypair);
    }
    let resolver = PasswordResolver::new(args.password_file.clone(), Some(&TERMINAL));
    let (password, _) = resolver.password_for(file.path(), Purpose::Unlock)?;
    let spinner = Spinner::start(
        ctx.printer.progress,
        &format!("Decrypting the {what} (Argon2i, 512 MiB)…"),
    );
    let result = raw.decrypt(&password);
    spinner.finish();
    Ok(result?.0.keypair)
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

/// Run the pipeline for the plan `build` makes.
pub fn execute(
    ctx: &Context,
    args: &TxArgs,
    role: KeyRole,
    what: &str,
    build: impl AsyncFnOnce(&TxChain, [u8; 32]) -> Result<Plan, PlanError>,
) -> CmdResult {
    let signer = match role {
        KeyRole::Coldkey => wallet_coldkey(ctx)?,
        KeyRole::Hotkey => wallet_hotkey(ctx)?,
    };
    let network = ctx.settings.network();
    let timeout = Duration::from_secs(args.timeout);
    let opts = ConnectOptions::new(network.url.clone(), timeout.min(Duration::from_secs(30)));
    let spinner = Spinner::start(
        ctx.printer.progress,
        &format!("connecting to {}", network.url),
    );
    let mut warnings: Vec<String> = Vec::new();
    let result: Result<Report, Failure> = block_on(async {
        let tc = TxChain::connect(&opts).await?;
        warnings.extend(tx::check_extensions(tc.metadata())?);
        spinner.set(&format!("checking the {what}"));
        let plan = build(&tc, signer)
            .await
            .map_err(|e| Failure::from_diagnostic(&e))?;
        let state = crate::settings::state_dir().map_err(Failure::from)?;
        crate::settings::ensure_private_dir(&state).map_err(Failure::from)?;
        let _lock = KeyLock::acquire(&state, &signer, &|| {
            ctx.printer
                .status("another tao process is signing with this key; waiting for it")
        })
        .map_err(|e| {
            Failure::user("tx.lock", format!("cannot lock the signing key: {e}"))
                .with_hint("check that the state directory is writable")
        })?;
        let unsigned = tc.prepare(plan.call.clone(), signer, args.era).await?;
        let fee = tc.fee(&unsigned).await?;
        if plan.spend > 0 || plan.keep_alive {
            let (_, bal) = read::balances(&tc.chain, &[signer]).await?;
            let ed = if plan.keep_alive {
                extrinsics::transfer::existential_deposit(tc.metadata())
            } else {
                0
            };
            let need = plan.spend.saturating_add(fee).saturating_add(ed);
            if bal[0].free < need {
                let (pallet, name) = plan.balance_error;
                return Err(Failure::from_diagnostic(&Refusal::new(
                    pallet,
                    name,
                    format!(
                        "the free balance {} does not cover {} plus the fee {}{}",
                        display_tao(bal[0].free),
                        display_tao(plan.spend),
                        display_tao(fee),
                        if ed > 0 {
                            format!(" and the existential deposit {}", display_tao(ed))
                        } else {
                            String::new()
                        }
                    ),
                    "lower the amount or fund the account",
                )));
            }
        }
        spinner.set("waiting for confirmation");
        let mut summary = format!(
            "network {} ({}), genesis {}\nsigner  {} ({})\ncall    {}.{}\n",
            network.name,
            network.url,
            tx::to_hex_hash(&tc.chain.genesis),
            crate::ss58::encode_default(&signer),
            match role {
                KeyRole::Coldkey => "coldkey",
                KeyRole::Hotkey => "hotkey",
            },
            unsigned.call.pallet,
            unsigned.call.name
        );
        for (k, v) in &plan.lines {
            summary.push_str(&format!("  {k}: {v}\n"));
        }
        summary.push_str(&format!(
            "fee     {}\nera     {} blocks from #{} · nonce {}",
            display_tao(fee),
            unsigned.era.period,
            unsigned.era.birth_block,
            unsigned.nonce
        ));
        spinner.finish();
        ctx.printer.status(&summary);
        if !args.dry_run && !prompt::confirm("Sign and submit?", ctx.yes)? {
            return Err(Failure::user("tx.declined", "not submitted: declined"));
        }
        let key = unlock(ctx, role, args)?;
        if key.public_key() != signer {
            return Err(Failure::user(
                "tx.key_mismatch",
                "the unlocked key does not match the wallet's public key file",
            )
            .with_hint("regenerate the public file with `tao wallet regen-coldkeypub`"));
        }
        let ext = unsigned.sign(&KeySigner(key))?;
        let base = json!({
            "network": network.name,
            "genesis_hash": tx::to_hex_hash(&tc.chain.genesis),
            "signer": crate::ss58::encode_default(&signer),
            "call": { "pallet": unsigned.call.pallet, "name": unsigned.call.name },
            "call_data": crate::chain::client::to_hex(&unsigned.call.data),
            "fee": tao_json(fee),
            "era": { "period": unsigned.era.period, "birth_block": unsigned.era.birth_block },
            "nonce": unsigned.nonce,
            "details": plan.details,
        });
        let mut data = base;
        if let Some(preview) = data["details"]
            .as_object_mut()
            .and_then(|d| d.remove("preview"))
        {
            data["preview"] = preview;
        }
        if args.dry_run {
            data["dry_run"] = json!(true);
            data["extrinsic"] = json!(crate::chain::client::to_hex(&ext));
            data["extrinsic_hash"] = json!(tx::to_hex_hash(&tx::extrinsic_hash(&ext)));
            let human = format!(
                "dry run: not submitted\nextrinsic {}\ncall data {}\nfee {}\n",
                data["extrinsic"].as_str().unwrap_or_default(),
                data["call_data"].as_str().unwrap_or_default(),
                display_tao(fee)
            );
            return Ok(Report::new(data, human));
        }
        let watch = Spinner::start(ctx.printer.progress, "submitting");
        let submitted = tc.submit(&ext, args.wait, timeout, &|s| watch.set(s)).await;
        watch.finish();
        let url = network.url.clone();
        let submitted = match submitted {
            Ok(s) => s,
            Err(SubmitError::Rejected(e)) => {
                data["status"] = json!("rejected");
                return Err(Failure::from_diagnostic(&e)
                    .with_cause("the node refused the transaction: nothing was submitted")
                    .with_data(data));
            }
            Err(SubmitError::Dropped { hash, status }) => {
                data["extrinsic_hash"] = json!(tx::to_hex_hash(&hash));
                data["status"] = json!("dropped");
                return Err(Failure::user(
                    "tx.dropped",
                    format!(
                        "the transaction {} left the pool without being included ({status})",
                        tx::to_hex_hash(&hash)
                    ),
                )
                .with_hint("check the balance and nonce, then retry")
                .with_data(data));
            }
            Err(SubmitError::Unknown { hash, reason }) => {
                data["extrinsic_hash"] = json!(tx::to_hex_hash(&hash));
                data["status"] = json!("unknown");
                return Err(unknown_outcome(&hash, &reason, &url).with_data(data));
            }
        };
        data["extrinsic_hash"] = json!(tx::to_hex_hash(&submitted.hash));
        let Some(block) = submitted.block else {
            data["status"] = json!("submitted");
            let human = format!(
                "submitted {} (not watched: --wait none)\n",
                tx::to_hex_hash(&submitted.hash)
            );
            return Ok(Report::new(data, human));
        };
        let outcome = match tc.outcome(submitted.hash, block).await {
            Ok(o) => o,
            Err(e) => {
                data["block_hash"] = json!(tx::to_hex_hash(&block));
                data["status"] = json!("unknown");
                return Err(unknown_outcome(
                    &submitted.hash,
                    &format!(
                        "it is in block {}, but reading that block failed: {e}",
                        tx::to_hex_hash(&block)
                    ),
                    &url,
                )
                .with_data(data));
            }
        };
        data["block_hash"] = json!(tx::to_hex_hash(&outcome.block_hash));
        data["block_number"] = json!(outcome.block_number);
        data["extrinsic_index"] = json!(outcome.index);
        data["events"] = outcome.events_json();
        if let Some(err) = outcome.failure {
            let f = Failure::from_diagnostic(&err).with_cause(format!(
                "the transaction {} was included in block #{} ({}) as extrinsic {} and failed; the fee was paid",
                tx::to_hex_hash(&submitted.hash),
                outcome.block_number,
                tx::to_hex_hash(&outcome.block_hash),
                outcome.index
            ));
            data["status"] = json!("failed");
            return Err(f.with_data(data));
        }
        data["status"] = json!(match args.wait {
            Wait::Finalization => "finalized",
            _ => "included",
        });
        let mut human = format!(
            "{} in block #{} ({}), extrinsic {}\n",
            if args.wait == Wait::Finalization {
                "finalized"
            } else {
                "included"
            },
            outcome.block_number,
            tx::to_hex_hash(&outcome.block_hash),
            outcome.index
        );
        for e in &outcome.events {
            human.push_str(&format!("  {}.{} {}\n", e.pallet, e.name, e.fields));
        }
        Ok(Report::new(data, human))
    })?;
    let mut report = result?;
    report.warnings.extend(warnings);
    Ok(report)
}

// ---------------------------------------------------------------------------------------------
// wallet transfer

/// Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the
/// account; `--all` sends everything with transfer_all).
///
/// Examples:
///   tao wallet transfer --dest 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --amount 1.5
///   tao wallet transfer --dest 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --all --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TransferArgs {
    /// The destination address (SS58)
    #[arg(long, value_name = "SS58", alias = "destination", alias = "dest-ss58")]
    pub dest: String,
    /// TAO to send
    #[arg(
        long,
        value_name = "TAO",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub amount: Option<String>,
    /// Send the whole free balance (transfer_all)
    #[arg(long)]
    pub all: bool,
    /// Allow the account to drop below the existential deposit and be reaped
    #[arg(long)]
    pub allow_death: bool,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

fn parse_ss58(text: &str, flag: &str) -> Result<[u8; 32], Failure> {
    crate::ss58::decode(text.trim())
        .map(|(_, a)| a)
        .map_err(|e| {
            Failure::usage("tx.bad_address", format!("`{text}` is not an address: {e}"))
                .with_hint(format!("give an SS58 address to `{flag}`"))
        })
}

fn parse_amount(text: &str, flag: &str) -> Result<u64, Failure> {
    units::parse_decimal(text).map_err(|e| {
        Failure::usage("tx.bad_amount", format!("{e}"))
            .with_hint(format!("give `{flag}` as a decimal number such as 1.5"))
    })
}

impl TransferArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let dest = parse_ss58(&self.dest, "--dest")?;
        let amount = match &self.amount {
            Some(a) => Amount::Rao(parse_amount(a, "--amount")?),
            None => Amount::All,
        };
        let allow_death = self.allow_death;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "transfer",
            async |tc, from| {
                extrinsics::transfer::plan(tc, &from, &dest, amount, allow_death).await
            },
        )
    }
}

// ---------------------------------------------------------------------------------------------
// stake add / remove

/// Which positions a staking command targets.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Targets")]
pub struct TargetArgs {
    /// The subnet
    #[arg(long, value_name = "N", conflicts_with = "netuids")]
    pub netuid: Option<u16>,
    /// Several subnets at once, comma-separated (one batch_all)
    #[arg(long, value_name = "N,N,…", value_delimiter = ',')]
    pub netuids: Vec<u16>,
    /// Hotkey address(es) instead of the wallet's hotkey (repeatable)
    #[arg(long = "hotkey-ss58", value_name = "SS58", alias = "include-hotkeys")]
    pub hotkey_ss58: Vec<String>,
    /// Every hotkey of the wallet
    #[arg(long, conflicts_with = "hotkey_ss58")]
    pub all_hotkeys: bool,
}

impl TargetArgs {
    fn targets(&self, ctx: &Context) -> Result<Vec<Target>, Failure> {
        let netuids: Vec<u16> = match self.netuid {
            Some(n) => vec![n],
            None if !self.netuids.is_empty() => self.netuids.clone(),
            None => {
                return Err(Failure::usage("tx.no_netuid", "no subnet given")
                    .with_hint("pass `--netuid N` or `--netuids 1,2`"));
            }
        };
        let hotkeys: Vec<[u8; 32]> = if !self.hotkey_ss58.is_empty() {
            self.hotkey_ss58
                .iter()
                .map(|h| parse_ss58(h, "--hotkey-ss58"))
                .collect::<Result<_, _>>()?
        } else if self.all_hotkeys {
            all_hotkeys(ctx)?
        } else {
            vec![wallet_hotkey(ctx)?]
        };
        let mut out = Vec::new();
        for n in &netuids {
            for h in &hotkeys {
                let t = Target {
                    hotkey: *h,
                    netuid: *n,
                };
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        Ok(out)
    }
}

/// The public keys of every hotkey of the wallet (`hotkeys/<name>pub.txt` or the keyfile's
/// public fields), sorted by name.
fn all_hotkeys(ctx: &Context) -> Result<Vec<[u8; 32]>, Failure> {
    let root = ctx.settings.wallet_path().map_err(Failure::from)?;
    let wallet = Wallet::new(root, ctx.settings.wallet_name())?;
    let dir = wallet.hotkeys_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| {
            Failure::user(
                "wallet.no_hotkeys",
                format!("cannot list `{}`: {e}", dir.display()),
            )
        })?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.ends_with("pub.txt") && !n.starts_with('.'))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for n in names {
        let from_pub = wallet
            .hotkeypub(&n)
            .ok()
            .and_then(|f| f.read("hotkey public file").ok())
            .and_then(|raw| raw.public_info().ok());
        let info = match from_pub {
            Some(i) => Some(i),
            None => wallet
                .hotkey(&n)
                .ok()
                .and_then(|f| f.read("hotkey").ok())
                .and_then(|raw| raw.public_info().ok()),
        };
        if let Some(pk) = info.and_then(|i| crate::ss58::parse_public_key_hex(&i.public_key).ok())
            && !out.contains(&pk)
        {
            out.push(pk);
        }
    }
    if out.is_empty() {
        return Err(Failure::user(
            "wallet.no_hotkeys",
            format!("the wallet has no readable hotkeys in `{}`", dir.display()),
        ));
    }
    Ok(out)
}

/// Stake TAO on subnets (add_stake_limit with a limit price from `--tolerance`; add_stake with
/// `--unsafe`). Several targets go in one Utility.batch_all.
///
/// Examples:
///   tao stake add --netuid 1 --amount 10
///   tao stake add --netuids 1,2 --hotkey-ss58 5F… --amount 1 --tolerance 0.01 --partial
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeAddArgs {
    /// Targets
    #[command(flatten)]
    pub targets: TargetArgs,
    /// TAO to stake on each target
    #[arg(long, value_name = "TAO")]
    pub amount: String,
    /// Safe staking
    #[command(flatten)]
    pub safety: SafetyArgs,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl StakeAddArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let targets = self.targets.targets(ctx)?;
        let amount = parse_amount(&self.amount, "--amount")?;
        let safety = self.safety.resolve(ctx)?;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "stake",
            async |tc, cold| extrinsics::stake::plan_add(tc, &cold, &targets, amount, safety).await,
        )
    }
}

/// Unstake α from subnets (remove_stake_limit with a floor price from `--tolerance`;
/// remove_stake with `--unsafe`); `--all` empties the positions.
///
/// Examples:
///   tao stake remove --netuid 1 --amount 5
///   tao stake remove --netuid 1 --all --unsafe
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeRemoveArgs {
    /// Targets
    #[command(flatten)]
    pub targets: TargetArgs,
    /// α to unstake from each target
    #[arg(
        long,
        value_name = "ALPHA",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub amount: Option<String>,
    /// Unstake everything from each target
    #[arg(long)]
    pub all: bool,
    /// Safe staking
    #[command(flatten)]
    pub safety: SafetyArgs,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl StakeRemoveArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let targets = self.targets.targets(ctx)?;
        let amount = match &self.amount {
            Some(a) => Some(parse_amount(a, "--amount")?),
            None => None,
        };
        let safety = self.safety.resolve(ctx)?;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "unstake",
            async |tc, cold| {
                extrinsics::stake::plan_remove(tc, &cold, &targets, amount, safety).await
            },
        )
    }
}

// ---------------------------------------------------------------------------------------------
// subnets register / create / start

/// Register the wallet's hotkey as a neuron on a subnet by burning TAO (register_limit with a
/// maximum burn; burned_register after a client-side check where the chain has no
/// register_limit).
///
/// Examples:
///   tao subnets register --netuid 1
///   tao subnets register --netuid 1 --max-burn 1.5 --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RegisterArgs {
    /// The subnet
    #[arg(long, value_name = "N")]
    pub netuid: u16,
    /// The most TAO to burn [default: the current burn × (1 + tolerance)]
    #[arg(long, value_name = "TAO")]
    pub max_burn: Option<String>,
    /// Tolerance for the default maximum burn, as a fraction [default: 0.005, or the `tolerance`
    /// setting]
    #[arg(long, value_name = "FRACTION")]
    pub tolerance: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl RegisterArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = wallet_hotkey(ctx)?;
        let max_burn = match &self.max_burn {
            Some(m) => Some(parse_amount(m, "--max-burn")?),
            None => None,
        };
        let safety = SafetyArgs {
            tolerance: self.tolerance.clone(),
            unsafe_: false,
            partial: false,
        }
        .resolve(ctx)?;
        let netuid = self.netuid;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "registration",
            async |tc, cold| {
                extrinsics::register::plan_register(
                    tc,
                    &cold,
                    &hotkey,
                    netuid,
                    safety.tolerance_ppb,
                    max_burn,
                )
                .await
            },
        )
    }
}

/// Create a subnet (register_network), locking the current network registration cost; the
/// wallet's hotkey becomes the owner hotkey (uid 0). The subnet emits after `tao subnets start`.
///
/// Examples:
///   tao subnets create
///   tao subnets create --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CreateArgs {
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl CreateArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = wallet_hotkey(ctx)?;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "subnet creation",
            async |tc, cold| extrinsics::register::plan_create(tc, &cold, &hotkey).await,
        )
    }
}

/// Start a subnet you own (start_call): emissions and staking begin.
///
/// Examples:
///   tao subnets start --netuid 3
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StartArgs {
    /// The subnet
    #[arg(long, value_name = "N")]
    pub netuid: u16,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl StartArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "start",
            async |tc, cold| extrinsics::register::plan_start(tc, &cold, netuid).await,
        )
    }
}

// ---------------------------------------------------------------------------------------------
// stake move / transfer / swap

/// The origin position and amount of a stake move.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Origin")]
pub struct MoveFrom {
    /// The origin subnet
    #[arg(long = "origin-netuid", value_name = "N", alias = "netuid")]
    pub origin_netuid: u16,
    /// The destination subnet [default: the origin subnet]
    #[arg(long = "dest-netuid", value_name = "N", alias = "destination-netuid")]
    pub dest_netuid: Option<u16>,
    /// The origin hotkey [default: the wallet's hotkey]
    #[arg(long = "hotkey-ss58", value_name = "SS58", alias = "origin-hotkey")]
    pub hotkey_ss58: Option<String>,
    /// α to move
    #[arg(
        long,
        value_name = "ALPHA",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub amount: Option<String>,
    /// The whole position
    #[arg(long)]
    pub all: bool,
}

impl MoveFrom {
    fn resolve(&self, ctx: &Context) -> Result<(Target, u16, Option<u64>), Failure> {
        let hotkey = match &self.hotkey_ss58 {
            Some(h) => parse_ss58(h, "--hotkey-ss58")?,
            None => wallet_hotkey(ctx)?,
        };
        let amount = match &self.amount {
            Some(a) => Some(parse_amount(a, "--amount")?),
            None => None,
        };
        Ok((
            Target {
                hotkey,
                netuid: self.origin_netuid,
            },
            self.dest_netuid.unwrap_or(self.origin_netuid),
            amount,
        ))
    }
}

/// Move stake to another hotkey and/or subnet, keeping the coldkey (move_stake).
///
/// Examples:
///   tao stake move --origin-netuid 1 --dest-netuid 2 --dest-hotkey 5F… --amount 5
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeMoveArgs {
    /// Origin
    #[command(flatten)]
    pub from: MoveFrom,
    /// The destination hotkey
    #[arg(
        long = "dest-hotkey",
        value_name = "SS58",
        alias = "destination-hotkey"
    )]
    pub dest_hotkey: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl StakeMoveArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (from, dest, amount) = self.from.resolve(ctx)?;
        let dest_hotkey = parse_ss58(&self.dest_hotkey, "--dest-hotkey")?;
        let safety = Safety {
            safe: false,
            tolerance_ppb: 0,
            partial: false,
        };
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "stake move",
            async |tc, cold| {
                extrinsics::stake::plan_move(
                    tc,
                    &cold,
                    from,
                    dest,
                    amount,
                    MoveKind::Move { dest_hotkey },
                    safety,
                )
                .await
            },
        )
    }
}

/// Give stake to another coldkey, keeping the hotkey (transfer_stake).
///
/// Examples:
///   tao stake transfer --origin-netuid 1 --dest 5F… --amount 5
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeTransferArgs {
    /// Origin
    #[command(flatten)]
    pub from: MoveFrom,
    /// The destination coldkey
    #[arg(long, value_name = "SS58", alias = "dest-ss58")]
    pub dest: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl StakeTransferArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (from, dest, amount) = self.from.resolve(ctx)?;
        let dest_coldkey = parse_ss58(&self.dest, "--dest")?;
        let safety = Safety {
            safe: false,
            tolerance_ppb: 0,
            partial: false,
        };
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "stake transfer",
            async |tc, cold| {
                extrinsics::stake::plan_move(
                    tc,
                    &cold,
                    from,
                    dest,
                    amount,
                    MoveKind::Transfer { dest_coldkey },
                    safety,
                )
                .await
            },
        )
    }
}

/// Swap stake between subnets on the same hotkey (swap_stake_limit with a floor on the price
/// ratio from `--tolerance`; swap_stake with `--unsafe`).
///
/// Examples:
///   tao stake swap --origin-netuid 1 --dest-netuid 2 --amount 5
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct StakeSwapArgs {
    /// Origin
    #[command(flatten)]
    pub from: MoveFrom,
    /// Safe staking
    #[command(flatten)]
    pub safety: SafetyArgs,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl StakeSwapArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (from, dest, amount) = self.from.resolve(ctx)?;
        let safety = self.safety.resolve(ctx)?;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "stake swap",
            async |tc, cold| {
                extrinsics::stake::plan_move(tc, &cold, from, dest, amount, MoveKind::Swap, safety)
                    .await
            },
        )
    }
}
