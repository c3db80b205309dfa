//! `tao wallet set-identity` and `get-identity`: a coldkey's on-chain identity.

use clap::Args;
use serde_json::json;

use crate::chain::extrinsics::identity::{self, field_text, identity_json};
use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{ChainArgs, TxArgs};
use crate::cli::connect::read;
use crate::cli::keys::given_or_wallet;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::ui::table;

/// Set the wallet coldkey's on-chain identity
///
/// Fields not given keep their current value (the summary marks them). Checked before signing:
/// the coldkey owns a hotkey with a uid on some subnet, and each field fits the chain's limit
/// (name, url, github, discord 256 bytes; image, description, additional 1024).
///
/// Examples:
///   tao wallet set-identity --id-name "My Validator" --url https://example.com
///   tao wallet set-identity --description "Open-source validator" --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetIdentityArgs {
    /// Display name (`--name` is the global wallet name, as in btcli)
    #[arg(long = "id-name", value_name = "TEXT", alias = "display-name")]
    pub name: Option<String>,
    /// Web address
    #[arg(long, value_name = "URL", alias = "web-url", alias = "web")]
    pub url: Option<String>,
    /// GitHub repository
    #[arg(long, value_name = "REPO", alias = "github-repo")]
    pub github: Option<String>,
    /// Image address
    #[arg(long, value_name = "URL", alias = "image-url")]
    pub image: Option<String>,
    /// Discord handle
    #[arg(long, value_name = "HANDLE")]
    pub discord: Option<String>,
    /// Description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
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
            ("name", self.name.clone()),
            ("url", self.url.clone()),
            ("github_repo", self.github.clone()),
            ("image", self.image.clone()),
            ("discord", self.discord.clone()),
            ("description", self.description.clone()),
            ("additional", self.additional.clone()),
        ];
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "identity",
            async |tc, cold| extrinsics::identity::plan_set_identity(tc, &cold, &updates).await,
        )
    }
}

/// Show a coldkey's on-chain identity
///
/// Examples:
///   tao wallet get-identity
///   tao wallet get-identity --ss58 5F…coldkey --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GetIdentityArgs {
    /// The coldkey [default: the wallet's]
    #[arg(
        long,
        value_name = "SS58",
        alias = "coldkey-ss58",
        alias = "key",
        short = 'k'
    )]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl GetIdentityArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let coldkey = given_or_wallet(ctx, KeyRole::Coldkey, self.ss58.as_deref(), "--ss58")?;
        let (id, pinned) = read(ctx, &self.chain, "reading the identity", async |chain| {
            Ok((identity::identity_of(chain, &coldkey).await?, None))
        })?;
        let ss58 = crate::ss58::encode_default(&coldkey);
        let data = json!({
            "chain": pinned.json(),
            "coldkey": ss58,
            "exists": id.is_some(),
            "identity": id.as_ref().map(identity_json),
        });
        let mut human = match &id {
            Some(id) => table::key_values(id.iter().map(|(k, v)| (k.clone(), field_text(v)))),
            None => format!("{ss58} has no on-chain identity\n"),
        };
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}
