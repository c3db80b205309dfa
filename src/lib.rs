//! `tao`: a fast, scriptable wallet and staking CLI for the Bittensor network, with an embedded
//! Yuma consensus engine.
//!
//! The binary is a thin wrapper around [`run`]; tests build completions and man pages from
//! [`command`].
//!
//! Module map: `cli` (argument parsing and one file per command group; the only user of `ui`),
//! `ui` (stdout/stderr, tables, prompts, spinners), `settings` (option precedence and config
//! files), `error` (exit statuses and the error contract), `fs` (private files and directories,
//! `~`, wallet and hotkey names), `units` (exact amounts), `ss58` (addresses), `yuma` (the pure
//! consensus engine), `wallet` (keyfiles), `chain` (the client).

pub mod agent;
pub mod chain;
pub mod cli;
pub mod conviction;
pub mod env;
pub mod error;
pub mod fs;
pub mod settings;
pub mod ss58;
pub mod ui;
pub mod units;
pub mod wallet;
pub mod yuma;

pub use cli::{command, run};
