//! Flag groups shared by many commands (the subnet, chain reads, transactions, safe staking)
//! and the parsers of the values they take. A command flattens a group instead of declaring the
//! flag again, so every command spells and documents it the same way.

use std::path::PathBuf;

use clap::Args;

use crate::chain::BlockRef;
use crate::chain::extrinsics::stake::{Safety, Target};
use crate::chain::tx::{self, Wait};
use crate::cli::Context;
use crate::cli::keys::{all_hotkeys, wallet_hotkey};
use crate::env;
use crate::error::Failure;
use crate::units;

/// The `--netuid N` option of a command about one subnet.
#[derive(Debug, Clone, Args)]
pub struct NetuidArg {
    /// The subnet
    #[arg(long, value_name = "N")]
    pub netuid: u16,
}

/// The `--mechid N` option (aliases `--mecid`, `--mech-id`) of a command about one mechanism of
/// a subnet; mechanism 0 is the subnet itself.
#[derive(Debug, Clone, Copy, Args)]
pub struct MechidArg {
    /// The mechanism of the subnet (0 is the main one)
    #[arg(
        long,
        value_name = "M",
        default_value_t = 0,
        visible_alias = "mecid",
        alias = "mech-id",
        value_parser = clap::value_parser!(u8).range(0..16)
    )]
    pub mechid: u8,
}

/// Connection options for commands that read from the chain.
#[derive(Debug, Clone, Args)]
pub struct ChainArgs {
    /// Seconds to wait for the node to accept the connection
    #[arg(long, value_name = "SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=120))]
    pub timeout: u64,

    /// Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an
    /// archive node
    #[arg(long, value_name = "N|HASH", visible_alias = "at")]
    pub block: Option<BlockRef>,
}

impl Default for ChainArgs {
    fn default() -> Self {
        ChainArgs {
            timeout: 10,
            block: None,
        }
    }
}

/// Connection options for commands that always read the latest finalized state.
#[derive(Debug, Clone, Args)]
pub struct TimeoutArgs {
    /// Seconds to wait for the node to accept the connection
    #[arg(long, value_name = "SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=120))]
    pub timeout: u64,
}

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
    /// The real account the coldkey signs for through `Proxy.proxy` (set by the commands that
    /// take `--proxy`, see `cli::proxy::ProxyArg`).
    #[arg(skip)]
    pub proxy: Option<[u8; 32]>,
    /// With `proxy`: announce the call's hash (`Proxy.announce`) instead of making the call.
    #[arg(skip)]
    pub announce_only: bool,
    /// Whether the MEV shield is on (`Some`) for a command that offers it (set by
    /// `cli::shield::MevArg`); `None` for the others.
    #[arg(skip)]
    pub mev_protection: Option<bool>,
    /// Do not sign: check, estimate and write the unsigned transaction (call, nonce, era, signing
    /// payload, metadata) to FILE for `tao tx sign` on an offline machine; never replaces a file
    #[arg(long, value_name = "FILE", conflicts_with = "dry_run")]
    pub unsigned_out: Option<PathBuf>,
    /// `--signatories`, `--threshold`, `--multisig`: the call made by a multisig account.
    #[command(flatten)]
    pub multisig: crate::cli::multisig::MultisigArg,
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

/// An SS58 address given to `flag`.
pub fn parse_ss58(text: &str, flag: &str) -> Result<[u8; 32], Failure> {
    crate::ss58::decode(text.trim())
        .map(|(_, a)| a)
        .map_err(|e| {
            Failure::usage("tx.bad_address", format!("`{text}` is not an address: {e}"))
                .with_hint(format!("give an SS58 address to `{flag}`"))
        })
}

/// A decimal amount (TAO or α) given to `flag`, in rao.
pub fn parse_amount(text: &str, flag: &str) -> Result<u64, Failure> {
    units::parse_decimal(text).map_err(|e| {
        Failure::usage("tx.bad_amount", format!("{e}"))
            .with_hint(format!("give `{flag}` as a decimal number such as 1.5"))
    })
}

/// Parse `--ss58` addresses.
pub fn parse_addresses(list: &[String]) -> Result<Vec<[u8; 32]>, Failure> {
    list.iter()
        .map(|a| {
            crate::ss58::decode(a.trim())
                .map(|(_, pk)| pk)
                .map_err(Failure::from)
        })
        .collect()
}

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
    pub fn targets(&self, ctx: &Context) -> Result<Vec<Target>, Failure> {
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

// ---------------------------------------------------------------------------------------------
// stake move / transfer / swap
