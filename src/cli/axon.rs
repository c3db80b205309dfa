//! `tao axon set` and `tao axon reset`: the wallet hotkey's endpoint on a subnet.

use clap::{Args, Subcommand};

use crate::chain::extrinsics::axon::{self, Endpoint, RESET};
use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{NetuidArg, TxArgs};
use crate::cli::{CmdResult, Context, pipeline};
use crate::error::Failure;

/// A hotkey's axon (the endpoint validators reach a miner at).
#[derive(Debug, Subcommand)]
pub enum AxonCommand {
    /// Serve the wallet hotkey's axon on a subnet at an address and port
    Set(SetArgs),
    /// Clear the wallet hotkey's axon on a subnet (address 0, port 1)
    Reset(ResetArgs),
}

impl AxonCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            AxonCommand::Set(a) => a.run(ctx),
            AxonCommand::Reset(a) => a.run(ctx),
        }
    }
}

/// Serve the wallet hotkey's axon on a subnet
///
/// Signed by the hotkey (`serve_axon`, no fee). Checked before signing as the chain checks it:
/// the hotkey has a uid on the subnet, the address is one the chain accepts (not loopback or
/// broadcast), the port is not 0, and the subnet's serving rate limit has passed. The metagraph
/// shows the served axon (`tao subnets metagraph`).
///
/// Examples:
///   tao axon set --netuid 1 --ip 203.0.113.7 --port 8091
///   tao axon set --netuid 1 --ip 2001:db8::7 --ip-type 6 --port 8091 --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The address (IPv4 or IPv6)
    #[arg(long, value_name = "IP")]
    pub ip: String,
    /// The port
    #[arg(long, value_name = "PORT")]
    pub port: u16,
    /// The address's version, checked against it [default: the address's]
    #[arg(long, value_name = "4|6", value_parser = clap::value_parser!(u8).range(4..=6))]
    pub ip_type: Option<u8>,
    /// The protocol number
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub protocol: u8,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl SetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (ip, ip_type) = axon::parse_ip(&self.ip, self.ip_type).map_err(|why| {
            Failure::usage("tx.bad_address", format!("--ip: {why}")).with_hint(
                "give an IPv4 address such as 203.0.113.7 or an IPv6 address such as 2001:db8::7",
            )
        })?;
        let endpoint = Endpoint {
            ip,
            port: self.port,
            ip_type,
            protocol: self.protocol,
        };
        let netuid = self.netuid.netuid;
        pipeline::execute(
            ctx,
            &self.tx,
            KeyRole::Hotkey,
            "axon",
            async |tc, hotkey| {
                extrinsics::axon::plan_serve(tc, &hotkey, netuid, endpoint, false).await
            },
        )
    }
}

/// Clear the wallet hotkey's axon on a subnet
///
/// Serves address 0, port 1 (what btcli's `axon reset` sends): an ordinary serve, subject to the
/// subnet's serving rate limit.
///
/// Examples:
///   tao axon reset --netuid 1
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ResetArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl ResetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        pipeline::execute(
            ctx,
            &self.tx,
            KeyRole::Hotkey,
            "axon",
            async |tc, hotkey| extrinsics::axon::plan_serve(tc, &hotkey, netuid, RESET, true).await,
        )
    }
}
