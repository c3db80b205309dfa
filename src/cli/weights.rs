//! `tao weights`: set a validator's weight row (set_weights, or a timelocked commit where
//! commit-reveal is on), and the hash commit-reveal of v2; signed by the hotkey.

use clap::{Args, Subcommand};

use crate::chain::extrinsics::weights::{SavedCommit, WeightsTarget};
use crate::chain::extrinsics::{self, KeyRole, Refusal};
use crate::cli::args::{MechidArg, NetuidArg, TxArgs};
use crate::cli::chart::{self, ChartArgs, Stream};
use crate::cli::keys::wallet_hotkey;
use crate::cli::pipeline::{execute, execute_showing};
use crate::cli::{CmdResult, Context};
use crate::error::Failure;
use crate::yuma::{WeightRow, YumaError, parse_weights};

/// Weights commands.
#[derive(Debug, Subcommand)]
pub enum WeightsCommand {
    /// Set the hotkey's weights on a subnet (set_weights, or a timelocked commit where
    /// commit-reveal is on)
    Set(SetArgs),
    /// Commit a weight row on a subnet with commit-reveal on (commit_weights, v2 hash)
    Commit(CommitArgs),
    /// Reveal the oldest saved commit whose reveal window is open (reveal_weights)
    Reveal(RevealArgs),
}

impl WeightsCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            WeightsCommand::Set(a) => a.run(ctx),
            WeightsCommand::Commit(a) => a.run(ctx),
            WeightsCommand::Reveal(a) => a.run(ctx),
        }
    }
}

/// Set the wallet hotkey's weights on a subnet, signed by the hotkey. The weights are scaled
/// so the largest is 65535, as the chain stores them; the version key defaults to the subnet's
/// `WeightsVersionKey`. The chain's guards (registration, stake threshold, version key, rate
/// limit, validator permit, uids, minimum length) are checked first and refuse with the chain's
/// error name. Then the next epoch is previewed with tao's Yuma engine on the subnet's state,
/// with the current and the new row: the per-uid change of incentive, dividends and emission
/// (the pools so far extrapolated to the epoch block; the inherited stakes of parent and child
/// hotkeys, as the chain's epoch uses them).
///
/// On a subnet with several mechanisms, `--mechid M` sets the row of mechanism M
/// (set_mechanism_weights / commit_timelocked_mechanism_weights), and the preview runs that
/// mechanism's epoch on its share of the emission and adds up the payout of every mechanism.
///
/// With commit-reveal off the row is sent with set_weights. With commit-reveal on it is sent
/// with commit_timelocked_weights (commit-reveal v4, as btcli does): the chain's
/// WeightsTlockPayload encrypted with drand timelock encryption to the beacon in the chain's
/// Drand.BeaconConfig, for the round of the reveal epoch's first block + 3 (checked against
/// Drand.LastStoredRound). The chain decrypts and applies it in the reveal epoch, so the row
/// takes effect then (`data.details.reveal_round`, `data.details.reveal`); nothing is saved
/// and there is nothing to reveal by hand.
///
/// Examples:
///   tao weights set --netuid 1 --uids 0,1,2 --weights 0.5,0.3,0.2
///   tao weights set --netuid 1 --uids 0,1 --weights 1,1 --dry-run --json
///   tao weights set --netuid 3 --mechid 1 --uids 2,3 --weights 1,1
///   tao weights set --netuid 1 --uids 0,1 --weights 1,1 --dry-run --chart
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The mechanism
    #[command(flatten)]
    pub mechid: MechidArg,
    /// The uids to weight, comma-separated and distinct
    #[arg(long, value_name = "UIDS", alias = "dests")]
    pub uids: String,
    /// One non-negative weight per uid, comma-separated (any scale)
    #[arg(long, value_name = "WEIGHTS")]
    pub weights: String,
    /// The version key to send [default: the subnet's WeightsVersionKey]
    #[arg(long, value_name = "N")]
    pub version_key: Option<u64>,
    /// Skip the Yuma preview of the next epoch (shown before confirming, and under
    /// `data.preview` with `--json`)
    #[arg(long)]
    pub no_preview: bool,
    /// Chart options: the preview's incentive and emission per uid, now and after the row
    /// (on stderr, with the summary shown before confirming)
    #[command(flatten)]
    pub chart: ChartArgs,
    /// Do not draw the preview's chart before asking for confirmation (drawn by default when
    /// stderr is a terminal at least 100 columns wide)
    #[arg(long, conflicts_with = "chart")]
    pub no_chart: bool,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl SetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let row = row_of(&self.uids, &self.weights)?;
        wallet_hotkey(ctx)?;
        let target = WeightsTarget {
            netuid: self.netuid.netuid,
            mecid: self.mechid.mechid,
        };
        let (version_key, with_preview) = (self.version_key, !self.no_preview);
        if self.chart.wanted() && !with_preview {
            return Err(Failure::usage(
                "usage.invalid_arguments",
                "--chart and --chart-out draw the preview, which --no-preview skips",
            )
            .with_hint("drop --no-preview or the chart options"));
        }
        // Without --chart, a person about to be asked sees the chart on a wide terminal.
        let unasked = ChartArgs {
            chart: true,
            chart_out: None,
        };
        let term = crate::ui::chart::Target::of_stream(true, ctx.printer.color_stderr);
        let charts = if !self.chart.wanted()
            && with_preview
            && chart::draws_before_confirmation(
                self.no_chart,
                !ctx.yes
                    && !self.tx.dry_run
                    && self.tx.unsigned_out.is_none()
                    && crate::ui::prompt::can_prompt(),
                term.terminal,
                term.width,
            ) {
            &unasked
        } else {
            &self.chart
        };
        let show = |plan: &extrinsics::Plan| -> Result<(), Failure> {
            if let Some(p) = &plan.preview {
                charts.show(ctx, Stream::Stderr, || {
                    chart::preview_figure(&p.preview, Some(p.epoch_block))
                })?;
            }
            Ok(())
        };
        execute_showing(
            ctx,
            &self.tx,
            KeyRole::Hotkey,
            "weights",
            &show,
            async |tc, hot| {
                extrinsics::weights::plan_set(tc, &hot, target, &row, version_key, with_preview)
                    .await
            },
        )
    }
}

fn row_of(uids: &str, weights: &str) -> Result<WeightRow, Failure> {
    match parse_weights(uids, weights) {
        Ok(r) => Ok(r),
        Err(YumaError::InvalidWeights { field, reason }) if reason.ends_with("given twice") => {
            Err(Failure::from_diagnostic(&Refusal::subtensor(
                "DuplicateUids",
                format!("`{field}`: {reason}"),
                "give each uid once",
            )))
        }
        Err(e) => Err(Failure::from_diagnostic(&e)),
    }
}

/// Where the salts of a hotkey's commits on a subnet (`{hotkey}-{netuid}.json`) or on one of
/// its mechanisms above 0 (`{hotkey}-{netuid}-{mecid}.json`) are kept.
fn commits_file(hotkey: &[u8; 32], target: WeightsTarget) -> Result<std::path::PathBuf, Failure> {
    let dir = crate::settings::state_dir()
        .map_err(Failure::from)?
        .join("weight-commits");
    crate::settings::ensure_private_dir(&dir).map_err(Failure::from)?;
    let hotkey = crate::ss58::encode_default(hotkey);
    Ok(dir.join(match target.mecid {
        0 => format!("{hotkey}-{}.json", target.netuid),
        m => format!("{hotkey}-{}-{m}.json", target.netuid),
    }))
}

fn load_commits(path: &std::path::Path) -> Result<Vec<SavedCommit>, Failure> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| {
            Failure::user(
                "weights.bad_commit_file",
                format!("{} is not a commit file: {e}", path.display()),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(Failure::user(
            "weights.commit_file",
            format!("cannot read {}: {e}", path.display()),
        )),
    }
}

fn store_commits(path: &std::path::Path, commits: &[SavedCommit]) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(commits).unwrap_or_default();
    crate::fs::write_private(path, text.as_bytes()).map_err(|e| {
        Failure::user(
            "weights.commit_file",
            format!("cannot write {}: {e}", path.display()),
        )
        .with_hint("check that the state directory is writable")
    })
}

/// Commit the wallet hotkey's weights on a subnet with commit-reveal on (commit_weights with the
/// v2 hash, signed by the hotkey). A random salt is drawn and saved, with the row, under tao's
/// state directory; `tao weights reveal` sends them once the reveal window opens.
///
/// Examples:
///   tao weights commit --netuid 2 --uids 0,1,2 --weights 0.5,0.3,0.2
///   tao weights commit --netuid 2 --uids 0,1 --weights 1,1 --dry-run --json
///   tao weights commit --netuid 3 --mechid 1 --uids 0,1 --weights 1,1
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CommitArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The mechanism (commit_mechanism_weights above 0)
    #[command(flatten)]
    pub mechid: MechidArg,
    /// The uids to weight, comma-separated and distinct
    #[arg(long, value_name = "UIDS", alias = "dests")]
    pub uids: String,
    /// One non-negative weight per uid, comma-separated (any scale)
    #[arg(long, value_name = "WEIGHTS")]
    pub weights: String,
    /// The version key to send [default: the subnet's WeightsVersionKey]
    #[arg(long, value_name = "N")]
    pub version_key: Option<u64>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl CommitArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let row = row_of(&self.uids, &self.weights)?;
        let hotkey = wallet_hotkey(ctx)?;
        let target = WeightsTarget {
            netuid: self.netuid.netuid,
            mecid: self.mechid.mechid,
        };
        let path = commits_file(&hotkey, target)?;
        let mut bytes = [0u8; 16];
        getrandom::getrandom(&mut bytes).map_err(|e| {
            Failure::user("weights.salt", format!("no randomness for the salt: {e}"))
        })?;
        let salt: Vec<u16> = bytes
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let (version_key, dry_run) = (self.version_key, self.tx.dry_run);
        execute(
            ctx,
            &self.tx,
            KeyRole::Hotkey,
            "weights commit",
            async |tc, hot| {
                let (plan, hash, version_key) =
                    extrinsics::weights::plan_commit(tc, &hot, target, &row, &salt, version_key)
                        .await?;
                if !dry_run {
                    let mut saved = load_commits(&path).map_err(|f| {
                        extrinsics::PlanError::Refused(Refusal::new(
                            "tao",
                            "CommitFile",
                            f.message.clone(),
                            "fix or remove the file",
                        ))
                    })?;
                    saved.push(SavedCommit {
                        hash: crate::chain::tx::to_hex_hash(&hash),
                        uids: row.uids.clone(),
                        values: row.submitted.clone(),
                        salt: salt.clone(),
                        version_key,
                    });
                    store_commits(&path, &saved).map_err(|f| {
                        extrinsics::PlanError::Refused(Refusal::new(
                            "tao",
                            "CommitFile",
                            f.message.clone(),
                            "check that the state directory is writable",
                        ))
                    })?;
                }
                Ok(plan)
            },
        )
    }
}

/// Reveal the oldest commit tao saved for the wallet hotkey on a subnet whose reveal window is
/// open (reveal_weights with the saved row and salt, signed by the hotkey).
///
/// Examples:
///   tao weights reveal --netuid 2
///   tao weights reveal --netuid 2 --dry-run --json
///   tao weights reveal --netuid 3 --mechid 1
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RevealArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The mechanism (reveal_mechanism_weights above 0)
    #[command(flatten)]
    pub mechid: MechidArg,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl RevealArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = wallet_hotkey(ctx)?;
        let target = WeightsTarget {
            netuid: self.netuid.netuid,
            mecid: self.mechid.mechid,
        };
        let path = commits_file(&hotkey, target)?;
        let saved = load_commits(&path)?;
        let report = execute(
            ctx,
            &self.tx,
            KeyRole::Hotkey,
            "weights reveal",
            async |tc, hot| extrinsics::weights::plan_reveal(tc, &hot, target, &saved).await,
        )?;
        if report.data["status"] == "included" || report.data["status"] == "finalized" {
            let done = report.data["details"]["commit_hash"].as_str().unwrap_or("");
            let left: Vec<SavedCommit> = saved.into_iter().filter(|s| s.hash != done).collect();
            store_commits(&path, &left)?;
        }
        Ok(report)
    }
}
