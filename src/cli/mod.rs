//! The command line: global options, the command tree, the [`Report`] a command returns and
//! the [`Context`] it runs in.
//!
//! Where things live: one module per command group (`wallet/`, `stake/`, `subnets/`,
//! `weights`, `yuma`, `config`, `utils`, `completions`), each leaf an `XArgs` struct with its
//! `run`; flag groups shared by several commands in `args`; connecting to the chain in
//! `connect`; the wallet's keys (prompt, unlock, signer, public keys) in `keys`; the
//! transaction pipeline in `pipeline`; running a command line and printing its result in
//! `run`. A new command goes in its group's module (a new group gets its own file, or a folder
//! when it grows), with a variant in the group's enum and an argv sample in `tests`.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use serde_json::Value;

use crate::env;
use crate::error::{ExitStatus, Failure};
use crate::settings::{ColorChoice, Settings};
use crate::ui::Printer;

pub mod agent;
pub mod api;
pub mod args;
pub mod axon;
pub mod call;
pub mod chart;
pub mod completions;
pub mod config;
pub mod connect;
pub mod crowd;
pub mod keys;
pub mod multisig;
pub mod pipeline;
pub mod proxy;
pub mod proxy_book;
pub mod query;
mod run;
pub mod shield;
pub mod stake;
pub mod subnets;
pub mod sudo;
pub mod tx;
pub mod utils;
pub mod view;
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

    /// Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files
    #[arg(long, global = true, env = env::TAO_NO_AGENT, value_parser = clap::builder::BoolishValueParser::new())]
    pub no_agent: bool,
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
    /// Subnet owner settings (set, get) and btcli's set-take and get-take
    #[command(subcommand, alias = "su")]
    Sudo(sudo::SudoCommand),
    /// A live terminal dashboard: portfolio, subnets and a metagraph, updated every block
    View(view::ViewArgs),
    /// Read any storage item by name (raw access over the metadata)
    #[command(alias = "q")]
    Query(query::QueryArgs),
    /// Call any runtime API method by name (raw access over the metadata)
    Api(api::ApiArgs),
    /// Send any call by name through the transaction pipeline (raw access over the metadata)
    Call(call::CallArgs),
    /// Transactions from files: a batch of calls
    #[command(subcommand)]
    Tx(tx::TxCommand),
    /// The key agent: unlock a key once, sign in milliseconds, never write the secret anywhere
    #[command(subcommand)]
    Agent(agent::AgentCommand),
    /// A hotkey's axon: serve or reset the endpoint on a subnet
    #[command(subcommand)]
    Axon(axon::AxonCommand),
    /// btcli's `lock` group: stake locks (as `tao stake lock`)
    #[command(subcommand)]
    Lock(stake::LockCommand),
    /// Proxies: let another key act for this wallet's coldkey within a proxy type
    #[command(subcommand)]
    Proxy(proxy::ProxyCommand),
    /// Crowdloans: create, contribute, finalize, refund, dissolve, list
    #[command(subcommand, visible_alias = "cr", alias = "crowdloan")]
    Crowd(crowd::CrowdCommand),
    /// Multisig accounts: operations several keys approve before they are made
    #[command(subcommand)]
    Multisig(multisig::MultisigCommand),
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
    /// `--no-agent`.
    pub no_agent: bool,
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

pub use run::run;

#[cfg(test)]
mod tests;
