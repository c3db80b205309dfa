//! The command line: global options, the command tree, and the glue that runs a command and
//! prints its result or failure according to the output contract.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use serde_json::Value;

use crate::env;
use crate::error::{ExitStatus, Failure};
use crate::settings::{ColorChoice, Given, Settings, Source};
use crate::ui::output::{Level, Written, envelope_err, envelope_ok, to_line};
use crate::ui::{Mode, Printer};

pub mod args;
pub mod completions;
pub mod config;
pub mod connect;
pub mod keys;
pub mod pipeline;
pub mod stake;
pub mod subnets;
pub mod utils;
pub mod wallet;
pub mod weights;
pub mod yuma;

const AFTER_HELP: &str = "\
Exit status: 0 success, 1 a failure you can fix, 2 usage or unexpected error, 3 wrong password,
4 chain unreachable, 5 submitted but outcome unknown, 130 interrupted.

Every option with [env: …] can also be set in the environment or in the config file
(`tao config set KEY VALUE`). Precedence: flag > environment > tao config > btcli config.yml > default.";

/// A fast, scriptable wallet and staking CLI for the Bittensor network.
///
/// Reads and writes the same wallets as btcli, prints one stable JSON document with `--json`, never
/// prompts when it cannot, and previews Yuma consensus before weights are submitted.
#[derive(Debug, Parser)]
#[command(
    name = "tao",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = AFTER_HELP,
    arg_required_else_help = true
)]
pub struct Cli {
    /// Options every command accepts.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every command.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL
    /// [default: finney]
    #[arg(
        long,
        global = true,
        env = env::TAO_NETWORK,
        value_name = "NAME|URL",
        alias = "subtensor.network",
        alias = "chain",
        alias = "subtensor.chain_endpoint"
    )]
    pub network: Option<String>,

    /// Directory holding the wallets [default: ~/.bittensor/wallets]
    #[arg(
        long = "wallet-path",
        short = 'p',
        global = true,
        env = env::TAO_WALLET_PATH,
        value_name = "DIR",
        alias = "wallet.path",
        alias = "wallet_path"
    )]
    pub wallet_path: Option<String>,

    /// Wallet (coldkey) name [default: default]
    #[arg(
        long = "wallet-name",
        global = true,
        env = env::TAO_WALLET_NAME,
        value_name = "NAME",
        alias = "wallet.name",
        alias = "wallet_name",
        alias = "name"
    )]
    pub wallet_name: Option<String>,

    /// Hotkey name [default: default]
    #[arg(
        long,
        short = 'H',
        global = true,
        env = env::TAO_HOTKEY,
        value_name = "NAME",
        alias = "wallet.hotkey",
        alias = "wallet-hotkey",
        alias = "wallet_hotkey"
    )]
    pub hotkey: Option<String>,

    /// Print exactly one JSON document on stdout, also on failure
    #[arg(long, global = true, env = env::TAO_JSON, value_parser = clap::builder::BoolishValueParser::new(), alias = "json-output", alias = "json-out")]
    pub json: bool,

    /// Answer confirmations with yes (never authorises overwriting a key: that needs --force)
    #[arg(short = 'y', long, global = true, env = env::TAO_YES, value_parser = clap::builder::BoolishValueParser::new(), alias = "no-prompt", alias = "no_prompt")]
    pub yes: bool,

    /// Less on stderr; -qq shows errors only [env: TAO_QUIET]
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "verbose")]
    pub quiet: u8,

    /// More on stderr (-vv for everything); TAO_LOG sets the level too
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Never show spinners
    #[arg(long, global = true, env = env::TAO_NO_PROGRESS, value_parser = clap::builder::BoolishValueParser::new())]
    pub no_progress: bool,

    /// When to use colour [default: auto]
    #[arg(long, global = true, env = env::TAO_COLOR, value_name = "WHEN", value_enum)]
    pub color: Option<ColorChoice>,

    /// Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]
    #[arg(long, global = true, env = env::TAO_CONFIG, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Read no config file (neither tao's nor btcli's)
    #[arg(long, global = true, env = env::TAO_NO_CONFIG, value_parser = clap::builder::BoolishValueParser::new())]
    pub no_config: bool,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Wallets and keys: create, import, list, inspect, sign, verify, balances
    #[command(subcommand, visible_alias = "w")]
    Wallet(wallet::WalletCommand),
    /// Show and change tao's configuration
    #[command(subcommand, visible_alias = "c", alias = "conf")]
    Config(config::ConfigCommand),
    /// Offline utilities: unit conversion and SS58 addresses
    #[command(subcommand, visible_alias = "u")]
    Utils(utils::UtilsCommand),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// Subnets: list, details, metagraphs, hyperparameters, prices
    #[command(subcommand, visible_alias = "s", alias = "subnet")]
    Subnets(subnets::SubnetsCommand),
    /// Stake: positions, swap simulations and fees
    #[command(subcommand, alias = "st")]
    Stake(stake::StakeCommand),
    /// Yuma consensus: simulate an epoch offline, preview a weight row
    #[command(subcommand, visible_alias = "y")]
    Yuma(yuma::YumaCommand),
    /// Weights: set a validator's weight row
    #[command(subcommand, alias = "wt")]
    Weights(weights::WeightsCommand),
}

/// What a successful command produced.
#[derive(Debug, Clone)]
pub struct Report {
    /// The `data` of the JSON envelope.
    pub data: Value,
    /// The human rendering for stdout.
    pub human: String,
    /// Warnings (stderr, and the envelope's `warnings`).
    pub warnings: Vec<String>,
    /// The exit status (success unless the command reports a negative result, such as
    /// `wallet verify` on a bad signature).
    pub exit: ExitStatus,
}

impl Report {
    /// A successful report.
    pub fn new(data: Value, human: impl Into<String>) -> Report {
        Report {
            data,
            human: human.into(),
            warnings: Vec::new(),
            exit: ExitStatus::Success,
        }
    }

    /// Add a warning.
    pub fn warn(mut self, w: impl Into<String>) -> Report {
        self.warnings.push(w.into());
        self
    }
}

/// The result of a command.
pub type CmdResult = Result<Report, Failure>;

/// What a command can use: resolved settings and the printer.
pub struct Context {
    /// Every setting with its source.
    pub settings: Settings,
    /// stdout/stderr writer.
    pub printer: Printer,
    /// `--yes`.
    pub yes: bool,
    /// `--json`.
    pub json: bool,
}

impl Context {
    /// Whether the command should render for humans.
    pub fn human(&self) -> bool {
        !self.json
    }
}

/// The clap command tree (used by tests to build completions and man pages).
pub fn command() -> clap::Command {
    Cli::command()
}

fn truthy(v: &str) -> bool {
    !matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "" | "0" | "false" | "no" | "off"
    )
}

/// Whether `--json` was asked for, judged from raw arguments (used when parsing itself failed).
fn json_requested(args: &[OsString]) -> bool {
    let from_args = args.iter().skip(1).any(|a| {
        let a = a.to_string_lossy();
        a == "--json" || a == "--json-output" || a == "--json-out"
    });
    from_args || std::env::var(env::TAO_JSON).is_ok_and(|v| truthy(&v))
}

fn source_of(matches: &ArgMatches, id: &str, env_name: &'static str) -> Source {
    match matches.value_source(id) {
        Some(ValueSource::EnvVariable) => Source::Env(env_name),
        _ => Source::Flag,
    }
}

/// Collect the keyed global options with their sources.
fn given(global: &GlobalArgs, matches: &ArgMatches) -> Given {
    let mut g = Given {
        config: global.config.clone(),
        no_config: global.no_config,
        ..Given::default()
    };
    let mut put = |key: &'static str, id: &str, env_name: &'static str, v: Option<String>| {
        if let Some(v) = v {
            g.values.insert(key, (v, source_of(matches, id, env_name)));
        }
    };
    put(
        "network",
        "network",
        env::TAO_NETWORK,
        global.network.clone(),
    );
    put(
        "wallet_path",
        "wallet_path",
        env::TAO_WALLET_PATH,
        global.wallet_path.clone(),
    );
    put(
        "wallet_name",
        "wallet_name",
        env::TAO_WALLET_NAME,
        global.wallet_name.clone(),
    );
    put("hotkey", "hotkey", env::TAO_HOTKEY, global.hotkey.clone());
    put(
        "color",
        "color",
        env::TAO_COLOR,
        global.color.map(|c| c.as_str().to_string()),
    );
    if global.no_progress {
        put(
            "no_progress",
            "no_progress",
            env::TAO_NO_PROGRESS,
            Some("true".into()),
        );
    }
    g
}

/// The deepest subcommand's matches (global options are propagated there).
fn leaf(matches: &ArgMatches) -> &ArgMatches {
    let mut m = matches;
    while let Some((_, sub)) = m.subcommand() {
        m = sub;
    }
    m
}

fn emit_failure(printer: &Printer, failure: &Failure, json: bool, warnings: &[String]) -> u8 {
    if json {
        let data = failure.data.as_deref().unwrap_or(&Value::Null);
        let _ = printer.stdout(&to_line(&envelope_err(failure, data, warnings)));
    }
    printer.error(failure);
    failure.exit.code()
}

/// Run tao with the given arguments (the first is the program name); returns the exit code.
pub fn run(args: Vec<OsString>) -> u8 {
    let json_early = json_requested(&args);
    let matches = match command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            let code = e.exit_code();
            let is_info = matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
            if is_info {
                let printer = Printer::plain(Mode::Human);
                let _ = printer.stdout(&e.render().to_string());
                return 0;
            }
            if json_early {
                let text = e.render().to_string();
                let first = text
                    .lines()
                    .next()
                    .unwrap_or("invalid arguments")
                    .trim_start_matches("error: ")
                    .to_string();
                let f = Failure::usage("usage.invalid_arguments", first)
                    .with_hint("run `tao --help` or `tao <command> --help`");
                let _ = Printer::plain(Mode::Json).stdout(&to_line(&envelope_err(
                    &f,
                    &Value::Null,
                    &[],
                )));
            }
            let _ = e.print();
            return u8::try_from(code).unwrap_or(2);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return 2;
        }
    };
    let leaf_matches = leaf(&matches);
    let g = &cli.global;
    let json = g.json;
    let quiet = g.quiet.max(
        std::env::var(env::TAO_QUIET)
            .ok()
            .map(|v| v.trim().parse::<u8>().unwrap_or(u8::from(truthy(&v))))
            .unwrap_or(0),
    );
    let log = std::env::var(env::TAO_LOG)
        .ok()
        .and_then(|v| Level::parse(&v));
    let mode = if json { Mode::Json } else { Mode::Human };
    let settings = match Settings::resolve(&given(g, leaf_matches)) {
        Ok(s) => s,
        Err(e) => {
            let printer = Printer::new(mode, quiet, g.verbose, log, ColorChoice::Auto, true);
            return emit_failure(&printer, &Failure::from(e), json, &[]);
        }
    };
    let printer = Printer::new(
        mode,
        quiet,
        g.verbose,
        log,
        settings.color(),
        settings.no_progress(),
    );
    let mut warnings = settings.warnings.clone();
    for w in &warnings {
        printer.warn(w);
    }
    let ctx = Context {
        settings,
        printer: printer.clone(),
        yes: g.yes,
        json,
    };
    let result = dispatch(cli.command, &ctx);
    match result {
        Ok(report) => {
            for w in &report.warnings {
                printer.warn(w);
            }
            warnings.extend(report.warnings.iter().cloned());
            let text = if json {
                to_line(&envelope_ok(&report.data, &warnings))
            } else {
                report.human.clone()
            };
            match printer.stdout(&text) {
                Written::Ok | Written::BrokenPipe => report.exit.code(),
            }
        }
        Err(failure) => emit_failure(&printer, &failure, json, &warnings),
    }
}

fn dispatch(command: Command, ctx: &Context) -> CmdResult {
    match command {
        Command::Wallet(c) => c.run(ctx),
        Command::Config(c) => c.run(ctx),
        Command::Utils(c) => c.run(ctx),
        Command::Completions(c) => c.run(ctx),
        Command::Subnets(c) => c.run(ctx),
        Command::Stake(c) => c.run(ctx),
        Command::Yuma(c) => c.run(ctx),
        Command::Weights(c) => c.run(ctx),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("tao").chain(args.iter().copied()))
    }

    #[test]
    fn command_tree_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn global_aliases_parse() {
        let cli = parse(&[
            "utils",
            "convert",
            "--tao",
            "1",
            "--subtensor.network",
            "local",
            "--wallet.name",
            "w",
            "--wallet.hotkey",
            "h",
            "--wallet.path",
            "/tmp/x",
            "--json-output",
            "--no-prompt",
        ])
        .unwrap();
        assert_eq!(cli.global.network.as_deref(), Some("local"));
        assert_eq!(cli.global.wallet_name.as_deref(), Some("w"));
        assert_eq!(cli.global.hotkey.as_deref(), Some("h"));
        assert_eq!(cli.global.wallet_path.as_deref(), Some("/tmp/x"));
        assert!(cli.global.json && cli.global.yes);
        let cli = parse(&[
            "-p", "/w", "-H", "hk", "--chain", "test", "-y", "utils", "ss58", "validate", "x",
        ])
        .unwrap();
        assert_eq!(cli.global.network.as_deref(), Some("test"));
        assert_eq!(cli.global.hotkey.as_deref(), Some("hk"));
    }

    /// One sample command line per leaf command. Every leaf of the tree must appear here, so a new
    /// command cannot be added without an argv-parse test.
    const SAMPLES: &[&[&str]] = &[
        &[
            "weights",
            "commit",
            "--netuid",
            "2",
            "--uids",
            "0",
            "--weights",
            "1",
        ],
        &["weights", "reveal", "--netuid", "2", "--dry-run"],
        &[
            "weights",
            "set",
            "--netuid",
            "1",
            "--uids",
            "0,1",
            "--weights",
            "0.5,0.5",
            "--dry-run",
        ],
        &["config", "show", "--resolved"],
        &["config", "set", "network", "local"],
        &["config", "unset", "network"],
        &["utils", "convert", "--tao", "1.5"],
        &["utils", "ss58", "encode", "--prefix", "0", "0x00"],
        &["utils", "ss58", "decode", "5Grw"],
        &["utils", "ss58", "validate", "5Grw", "--prefix", "42"],
        &["completions", "zsh"],
        &["wallet", "create", "--words", "24", "--no-password"],
        &["wallet", "create", "--n-words", "15", "--overwrite"],
        &["wallet", "new-coldkey", "--mnemonic-out", "m.json"],
        &["wallet", "new-hotkey", "--encrypt-hotkey"],
        &["wallet", "regen-coldkey", "--mnemonic-file", "m"],
        &["wallet", "regen-coldkey", "--json-file", "e.json"],
        &["wallet", "regen-coldkey", "--mnemonic", "a", "b"],
        &["wallet", "regen-coldkeypub", "--ss58", "5Grw"],
        &["wallet", "regen-coldkeypub", "--public-key-hex", "0x"],
        &["wallet", "regen-hotkey", "--seed-file", "s.txt"],
        &["wallet", "regen-hotkey", "--seed", "s.txt"],
        &["wallet", "list"],
        &["wallet", "inspect"],
        &["wallet", "sign", "--message", "0xdead", "--use-hotkey"],
        &[
            "wallet",
            "verify",
            "--message",
            "m",
            "--signature",
            "s",
            "--address",
            "a",
        ],
        &["wallet", "change-password", "--new-password-file", "b"],
        &["wallet", "encrypt-hotkey", "--password-file", "p"],
        &["wallet", "decrypt-hotkey", "--yes"],
        &["wallet", "balance", "--all"],
        &["wallet", "overview"],
        &["yuma", "simulate", "--input", "-"],
        &[
            "yuma",
            "simulate",
            "--input",
            "x.json",
            "--as-uid",
            "3",
            "--uids",
            "0,5",
            "--weights",
            "0.5,0.5",
        ],
        &["subnets", "list", "--timeout", "5"],
        &["subnets", "show", "--netuid", "1", "--block", "100"],
        &["subnets", "metagraph", "--netuid", "1"],
        &["subnets", "hyperparameters", "--netuid", "1"],
        &["subnets", "burn-cost", "--netuid", "1"],
        &["subnets", "price"],
        &["subnets", "register", "--netuid", "1", "--max-burn", "1.5"],
        &[
            "stake",
            "move",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "2",
            "--dest-hotkey",
            "5Grw",
            "--all",
        ],
        &[
            "stake",
            "transfer",
            "--origin-netuid",
            "1",
            "--dest",
            "5Grw",
            "--amount",
            "1",
        ],
        &[
            "stake",
            "swap",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "2",
            "--amount",
            "1",
            "--partial",
        ],
        &["subnets", "create", "--dry-run"],
        &["subnets", "start", "--netuid", "3", "--wait", "none"],
        &[
            "stake",
            "list",
            "--ss58",
            "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
        ],
        &[
            "stake",
            "sim",
            "--netuid",
            "1",
            "--amount",
            "1.5",
            "--unstake",
        ],
        &["stake", "fee", "--netuid", "1", "--amount", "1"],
        &[
            "wallet",
            "transfer",
            "--dest",
            "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
            "--amount",
            "1",
            "--allow-death",
        ],
        &[
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "1",
            "--tolerance",
            "0.01",
            "--dry-run",
        ],
        &[
            "stake",
            "remove",
            "--netuids",
            "1,2",
            "--all",
            "--unsafe",
            "--wait",
            "finalization",
        ],
    ];

    fn leaves(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(path);
            return;
        }
        for s in subs {
            let mut p = path.clone();
            p.push(s.get_name().to_string());
            leaves(s, p, out);
        }
    }

    #[test]
    fn every_leaf_command_has_a_parse_sample() {
        let mut all = Vec::new();
        leaves(&command(), Vec::new(), &mut all);
        for leaf in &all {
            let covered = SAMPLES
                .iter()
                .any(|s| s.len() >= leaf.len() && s[..leaf.len()] == leaf[..]);
            assert!(covered, "no argv-parse sample for `tao {}`", leaf.join(" "));
        }
        for sample in SAMPLES {
            if let Err(e) = parse(sample) {
                panic!("`tao {}` does not parse: {e}", sample.join(" "));
            }
        }
    }

    #[test]
    fn quiet_and_verbose_conflict() {
        assert!(parse(&["-q", "-v", "utils", "convert", "--rao", "1"]).is_err());
    }

    #[test]
    fn json_detection_from_raw_args() {
        let args: Vec<OsString> = ["tao", "bogus", "--json"]
            .iter()
            .map(OsString::from)
            .collect();
        assert!(json_requested(&args));
    }
}
