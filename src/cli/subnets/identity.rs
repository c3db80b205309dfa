//! `tao subnets set-identity` and `get-identity`: a subnet's on-chain identity.

use clap::Args;
use serde_json::json;

use crate::chain::extrinsics::identity::{self, field_text, identity_json};
use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{ChainArgs, NetuidArg, TxArgs};
use crate::cli::connect::read;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::ui::table;

/// Set a subnet's on-chain identity (the owner's coldkey signs)
///
/// Fields not given keep their current value (the summary marks them). Checked before signing:
/// the wallet's coldkey owns the subnet, and each field fits the chain's limit (name and discord
/// 256 bytes; the others 1024).
///
/// Examples:
///   tao subnets set-identity --netuid 3 --subnet-name "Vision" --subnet-url https://example.com
///   tao subnets set-identity --netuid 3 --description "Image models" --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetIdentityArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The subnet's name
    #[arg(long, value_name = "TEXT", alias = "sn-name")]
    pub subnet_name: Option<String>,
    /// GitHub repository
    #[arg(long, value_name = "REPO", alias = "repo")]
    pub github_repo: Option<String>,
    /// Contact (e-mail or other)
    #[arg(long, value_name = "TEXT", alias = "contact", alias = "email")]
    pub subnet_contact: Option<String>,
    /// Web address
    #[arg(long, value_name = "URL", alias = "url")]
    pub subnet_url: Option<String>,
    /// Discord handle
    #[arg(long, value_name = "HANDLE", alias = "discord-handle")]
    pub discord: Option<String>,
    /// Description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Logo address
    #[arg(long, value_name = "URL")]
    pub logo_url: Option<String>,
    /// Anything else
    #[arg(long, value_name = "TEXT", alias = "additional-info")]
    pub additional: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SetIdentityArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let updates = vec![
            ("subnet_name", self.subnet_name.clone()),
            ("github_repo", self.github_repo.clone()),
            ("subnet_contact", self.subnet_contact.clone()),
            ("subnet_url", self.subnet_url.clone()),
            ("discord", self.discord.clone()),
            ("description", self.description.clone()),
            ("logo_url", self.logo_url.clone()),
            ("additional", self.additional.clone()),
        ];
        let netuid = self.netuid.netuid;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "identity",
            async |tc, cold| {
                extrinsics::identity::plan_set_subnet_identity(tc, &cold, netuid, &updates).await
            },
        )
    }
}

/// Show a subnet's on-chain identity
///
/// Examples:
///   tao subnets get-identity --netuid 3
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GetIdentityArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl GetIdentityArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let (id, pinned) = read(ctx, &self.chain, "reading the identity", async |chain| {
            Ok((identity::subnet_identity_of(chain, netuid).await?, None))
        })?;
        let data = json!({
            "chain": pinned.json(),
            "netuid": netuid,
            "exists": id.is_some(),
            "identity": id.as_ref().map(identity_json),
        });
        let mut human = match &id {
            Some(id) => table::key_values(id.iter().map(|(k, v)| (k.clone(), field_text(v)))),
            None => format!("subnet {netuid} has no on-chain identity\n"),
        };
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}
