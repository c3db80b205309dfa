//! `tao utils`: offline helpers (unit conversion, SS58 addresses).

use clap::{Args, Subcommand};
use serde_json::json;

use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ss58;
use crate::ui::table;
use crate::units;

/// Offline utilities.
#[derive(Debug, Subcommand)]
pub enum UtilsCommand {
    Convert(ConvertArgs),
    /// Encode, decode and validate SS58 addresses
    #[command(subcommand)]
    Ss58(Ss58Command),
}

impl UtilsCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            UtilsCommand::Convert(a) => a.run(ctx),
            UtilsCommand::Ss58(c) => c.run(ctx),
        }
    }
}

/// Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).
///
/// Examples:
///   tao utils convert --tao 1.5
///   tao utils convert --rao 1500000000 --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
#[command(group(clap::ArgGroup::new("amount").required(true).args(["tao", "rao"])))]
pub struct ConvertArgs {
    /// An amount of TAO (up to 9 decimals)
    #[arg(long, value_name = "TAO", allow_hyphen_values = true)]
    pub tao: Option<String>,
    /// An amount of rao (a whole number)
    #[arg(long, value_name = "RAO", allow_hyphen_values = true)]
    pub rao: Option<String>,
}

impl ConvertArgs {
    /// Run the command.
    pub fn run(self, _ctx: &Context) -> CmdResult {
        let rao = match (&self.tao, &self.rao) {
            (Some(t), _) => units::parse_decimal(t)?,
            (None, Some(r)) => units::parse_rao(r)?,
            (None, None) => unreachable!("clap requires one of --tao and --rao"),
        };
        let human = format!("{} = {rao} rao\n", units::display_tao(rao));
        Ok(Report::new(units::tao_json(rao), human))
    }
}

/// SS58 address operations.
#[derive(Debug, Subcommand)]
pub enum Ss58Command {
    Encode(Ss58EncodeArgs),
    Decode(Ss58DecodeArgs),
    Validate(Ss58ValidateArgs),
}

impl Ss58Command {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            Ss58Command::Encode(a) => a.run(ctx),
            Ss58Command::Decode(a) => a.run(ctx),
            Ss58Command::Validate(a) => a.run(ctx),
        }
    }
}

/// Encode a public key as an SS58 address.
///
/// Examples:
///   tao utils ss58 encode 0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d
///   tao utils ss58 encode --prefix 0 d435…a27d
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct Ss58EncodeArgs {
    /// The public key: 64 hex digits, optionally 0x-prefixed
    #[arg(value_name = "PUBLIC_KEY")]
    pub public_key: String,
    /// The network prefix (0-16383)
    #[arg(long, default_value_t = ss58::DEFAULT_PREFIX, value_parser = clap::value_parser!(u16).range(0..=16383))]
    pub prefix: u16,
}

impl Ss58EncodeArgs {
    /// Run the command.
    pub fn run(self, _ctx: &Context) -> CmdResult {
        let pk = ss58::parse_public_key_hex(self.public_key.trim())?;
        let address = ss58::encode(&pk, self.prefix)?;
        Ok(Report::new(
            json!({ "ss58": address, "public_key": ss58::to_hex(&pk), "prefix": self.prefix }),
            format!("{address}\n"),
        ))
    }
}

/// Decode an SS58 address.
///
/// Examples:
///   tao utils ss58 decode 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct Ss58DecodeArgs {
    /// The SS58 address
    pub address: String,
    /// Require this prefix (fails on another network's address)
    #[arg(long, value_parser = clap::value_parser!(u16).range(0..=16383))]
    pub prefix: Option<u16>,
}

impl Ss58DecodeArgs {
    /// Run the command.
    pub fn run(self, _ctx: &Context) -> CmdResult {
        let address = self.address.trim();
        let (prefix, pk) = match self.prefix {
            Some(p) => (p, ss58::decode_with_prefix(address, p)?),
            None => ss58::decode(address)?,
        };
        let hex = ss58::to_hex(&pk);
        let human = table::key_values([
            ("address", address.to_string()),
            ("public key", hex.clone()),
            ("prefix", prefix.to_string()),
        ]);
        Ok(Report::new(
            json!({ "ss58": address, "public_key": hex, "prefix": prefix }),
            human,
        ))
    }
}

/// Check that an address is well-formed with a valid checksum.
///
/// Exits 0 when valid and 1 when not; the error names what is wrong (checksum, length,
/// alphabet or prefix).
///
/// Examples:
///   tao utils ss58 validate 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
///   tao utils ss58 validate --prefix 42 "$ADDR" && echo ok
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct Ss58ValidateArgs {
    /// The SS58 address
    pub address: String,
    /// Require this prefix [default: 42]
    #[arg(long, default_value_t = ss58::DEFAULT_PREFIX, value_parser = clap::value_parser!(u16).range(0..=16383))]
    pub prefix: u16,
}

impl Ss58ValidateArgs {
    /// Run the command.
    pub fn run(self, _ctx: &Context) -> CmdResult {
        let address = self.address.trim();
        match ss58::decode_with_prefix(address, self.prefix) {
            Ok(pk) => Ok(Report::new(
                json!({ "ss58": address, "valid": true, "prefix": self.prefix, "public_key": ss58::to_hex(&pk) }),
                format!("valid: {address}\n"),
            )),
            Err(e) => Err(Failure::from(e)),
        }
    }
}
