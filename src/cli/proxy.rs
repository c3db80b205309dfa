//! `tao proxy`: let another key act for this wallet's coldkey (the Proxy pallet), and
//! [`ProxyArg`], the `--proxy` option of the write commands that sign for a real account.

use clap::{Args, Subcommand};
use serde_json::json;

use crate::chain::extrinsics::{self, KeyRole};
use crate::cli::args::{ChainArgs, TxArgs, parse_ss58};
use crate::cli::connect::read as read_chain;
use crate::cli::keys::given_or_wallet;
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::units::display_tao;

/// Proxy commands.
#[derive(Debug, Subcommand)]
pub enum ProxyCommand {
    /// Let a delegate act for this wallet's coldkey within a proxy type (Proxy.add_proxy)
    Add(AddArgs),
    /// Withdraw one proxy relation of this wallet's coldkey (Proxy.remove_proxy), or all of them
    /// (`--all`, Proxy.remove_proxies)
    Remove(RemoveArgs),
    /// Show an account's proxies with their types, delays and the deposit
    List(ListArgs),
    /// Announce a call for a real account this wallet's coldkey is a delayed proxy of
    /// (Proxy.announce)
    Announce(AnnounceArgs),
    /// Withdraw a call this wallet's coldkey announced (Proxy.remove_announcement)
    RemoveAnnouncement(RemoveAnnouncementArgs),
    /// Make a call a delegate announced, once its delay has passed (Proxy.proxy_announced)
    Execute(ExecuteArgs),
    /// Refuse a call a delegate announced for this wallet's coldkey (Proxy.reject_announcement)
    Reject(RejectArgs),
    /// Create a keyless (pure) account whose proxy this wallet's coldkey is (Proxy.create_pure)
    CreatePure(CreatePureArgs),
    /// Remove a pure account, through its Any proxy (Proxy.kill_pure inside Proxy.proxy)
    KillPure(KillPureArgs),
}

impl ProxyCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            ProxyCommand::Add(a) => a.run(ctx),
            ProxyCommand::Remove(a) => a.run(ctx),
            ProxyCommand::List(a) => a.run(ctx),
            ProxyCommand::Announce(a) => a.run(ctx),
            ProxyCommand::RemoveAnnouncement(a) => a.run(ctx),
            ProxyCommand::Execute(a) => a.run(ctx),
            ProxyCommand::Reject(a) => a.run(ctx),
            ProxyCommand::CreatePure(a) => a.run(ctx),
            ProxyCommand::KillPure(a) => a.run(ctx),
        }
    }
}

/// `--proxy`: sign as a delegate for a real account.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Transaction options")]
pub struct ProxyArg {
    /// Act for this real account (SS58, or a name of `tao config proxies`): the wallet's coldkey
    /// signs Proxy.proxy as its delegate (the relation and its type are checked first; the real
    /// account's funds and guards apply)
    #[arg(long, value_name = "SS58|NAME")]
    pub proxy: Option<String>,
    /// With `--proxy`: announce the call's hash (Proxy.announce) instead of making it, for a
    /// relation with a delay; `tao proxy execute` makes it once the delay has passed
    #[arg(long, requires = "proxy")]
    pub announce_only: bool,
}

impl ProxyArg {
    /// `tx` with the real account set, when `--proxy` is given.
    pub fn apply(&self, tx: &TxArgs) -> Result<TxArgs, Failure> {
        let mut tx = tx.clone();
        tx.proxy = match &self.proxy {
            Some(p) => Some(crate::cli::proxy_book::resolve(p, "--proxy")?),
            None => None,
        };
        tx.announce_only = self.announce_only;
        Ok(tx)
    }
}

/// The proxy type and delay of a relation.
#[derive(Debug, Args)]
pub struct RelationArgs {
    /// The delegate's address (SS58)
    #[arg(long, value_name = "SS58")]
    pub delegate: String,
    /// The proxy type (what the delegate may do): Any, Owner, NonCritical, NonTransfer,
    /// NonFungible, Staking, Registration, Transfer, SmallTransfer, ChildKeys, SwapHotkey,
    /// SubnetLeaseBeneficiary, RootClaim, … (as the chain names them)
    #[arg(long = "type", value_name = "TYPE", alias = "proxy-type", value_parser = parse_proxy_type)]
    pub proxy_type: &'static str,
    /// Blocks an announced call must wait before the delegate may execute it (0: none)
    #[arg(long, value_name = "BLOCKS", default_value_t = 0)]
    pub delay: u32,
}

fn parse_proxy_type(text: &str) -> Result<&'static str, String> {
    extrinsics::proxy::parse_type(text).ok_or_else(|| {
        format!(
            "unknown proxy type `{text}`; one of {}",
            extrinsics::proxy::PROXY_TYPES.join(", ")
        )
    })
}

/// Let a delegate act for this wallet's coldkey (Proxy.add_proxy, signed by the coldkey). The
/// coldkey reserves a deposit: 0.06 TAO for the first proxy plus 0.033 TAO for each.
///
/// Refused before signing: the delegate is the coldkey itself (NoSelfProxy), the same relation
/// exists (Duplicate), 20 proxies already (TooMany), the free balance does not cover the deposit.
///
/// Examples:
///   tao proxy add --delegate 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --type Staking
///   tao proxy add --delegate 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --type Transfer --delay 100
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AddArgs {
    /// The relation
    #[command(flatten)]
    pub relation: RelationArgs,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl AddArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let delegate = parse_ss58(&self.relation.delegate, "--delegate")?;
        let (ty, delay) = (self.relation.proxy_type, self.relation.delay);
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "proxy",
            async |tc, real| extrinsics::proxy::plan_add(tc, &real, &delegate, ty, delay).await,
        )
    }
}

/// Withdraw one proxy relation of this wallet's coldkey (Proxy.remove_proxy, signed by the
/// coldkey); its part of the deposit is returned. The type and delay must match the relation's.
/// With `--all`, every relation goes at once (Proxy.remove_proxies) and the whole deposit
/// returns.
///
/// Refused before signing: no such relation (NotFound, naming the relations the delegate has),
/// no relations at all with `--all`.
///
/// Examples:
///   tao proxy remove --delegate 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --type Staking
///   tao proxy remove --all
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RemoveArgs {
    /// The delegate's address (SS58)
    #[arg(long, value_name = "SS58", required_unless_present = "all")]
    pub delegate: Option<String>,
    /// The relation's proxy type
    #[arg(long = "type", value_name = "TYPE", alias = "proxy-type", value_parser = parse_proxy_type, required_unless_present = "all")]
    pub proxy_type: Option<&'static str>,
    /// The relation's delay in blocks
    #[arg(long, value_name = "BLOCKS", default_value_t = 0)]
    pub delay: u32,
    /// Remove every proxy of this wallet's coldkey (Proxy.remove_proxies)
    #[arg(long, conflicts_with_all = ["delegate", "proxy_type"])]
    pub all: bool,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl RemoveArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if self.all {
            return execute(
                ctx,
                &self.tx,
                KeyRole::Coldkey,
                "proxy removal",
                async |tc, real| extrinsics::proxy::plan_remove_all(tc, &real).await,
            );
        }
        let delegate = parse_ss58(self.delegate.as_deref().unwrap_or_default(), "--delegate")?;
        let (ty, delay) = (self.proxy_type.unwrap_or("Any"), self.delay);
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "proxy removal",
            async |tc, real| extrinsics::proxy::plan_remove(tc, &real, &delegate, ty, delay).await,
        )
    }
}

/// Announce a call for a real account this wallet's coldkey is a proxy of with a delay
/// (Proxy.announce of the call's hash, signed by the coldkey, which reserves the announcement
/// deposit). The call is given as for `tao call`; it gets the checks of the command that sends it,
/// run for the real account, and the relation's type must allow it. The result has the call's
/// bytes for `tao proxy execute` once the delay has passed. (`--proxy REAL --announce-only` on a
/// named command does the same.)
///
/// Refused before signing: no relation (NotProxy), a type that does not allow the call
/// (CallFiltered), 75 pending announcements (TooMany).
///
/// Examples:
///   tao proxy announce --real 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty Balances transfer_keep_alive dest=5F… value=1tao
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AnnounceArgs {
    /// The real account the call is for (SS58, or a name of `tao config proxies`)
    #[arg(long, value_name = "SS58|NAME")]
    pub real: String,
    /// The call
    #[command(flatten)]
    pub call: crate::cli::multisig::CallSpec,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl AnnounceArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        self.call.check()?;
        let real = crate::cli::proxy_book::resolve(&self.real, "--real")?;
        let spec = self.call.clone();
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "announcement",
            async |tc, delegate| {
                let call = spec.build(tc)?;
                let plan = extrinsics::raw::plan_call(tc, &real, call, KeyRole::Coldkey).await?;
                extrinsics::proxy::announced(tc, &delegate, &real, plan).await
            },
        )
    }
}

/// Withdraw a call this wallet's coldkey announced for a real account (Proxy.remove_announcement,
/// signed by the coldkey); its part of the announcement deposit returns.
///
/// Refused before signing: no such announcement (NotFound).
///
/// Examples:
///   tao proxy remove-announcement --real 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --call-hash 0x…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RemoveAnnouncementArgs {
    /// The real account the call was announced for (SS58, or a name of `tao config proxies`)
    #[arg(long, value_name = "SS58|NAME")]
    pub real: String,
    /// The announced call's hash (`details.announce.call_hash` of the announcement)
    #[arg(long, value_name = "HEX")]
    pub call_hash: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl RemoveAnnouncementArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let real = crate::cli::proxy_book::resolve(&self.real, "--real")?;
        let hash = parse_hash32(&self.call_hash)?;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "announcement removal",
            async |tc, delegate| {
                extrinsics::proxy::plan_remove_announcement(tc, &delegate, &real, hash).await
            },
        )
    }
}

fn parse_hash32(text: &str) -> Result<[u8; 32], Failure> {
    let hash = parse_hex(text, "--call-hash")?;
    hash.try_into().map_err(|_| {
        Failure::usage("usage.invalid_arguments", "`--call-hash` must be 32 bytes")
            .with_hint("give the 0x-prefixed hash of 64 hex digits")
    })
}

/// Show the proxies of an account (Proxy.Proxies): each delegate with its type and delay, and
/// the deposit the account has reserved for them.
///
/// Examples:
///   tao proxy list
///   tao proxy list --ss58 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {
    /// The account [default: the wallet's coldkey]
    #[arg(long, value_name = "SS58", alias = "address")]
    pub ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let real = given_or_wallet(ctx, KeyRole::Coldkey, self.ss58.as_deref(), "--ss58")?;
        let ((defs, deposit), pinned) =
            read_chain(ctx, &self.chain, "reading the proxies", async |chain| {
                let r = extrinsics::proxy::proxies(chain, &real).await?;
                Ok((r, None))
            })?;
        let ss58 = crate::ss58::encode_default(&real);
        let data = json!({
            "chain": pinned.json(),
            "account": ss58,
            "proxies": defs,
            "deposit": deposit,
        });
        let mut human = if defs.is_empty() {
            format!("{ss58} has no proxies\n")
        } else {
            let mut h = format!(
                "{ss58}: {} prox{} (deposit {})\n",
                defs.len(),
                if defs.len() == 1 { "y" } else { "ies" },
                display_tao(deposit)
            );
            for d in &defs {
                h.push_str(&format!(
                    "  {}  {:<22} delay {}\n",
                    d.delegate, d.proxy_type, d.delay
                ));
            }
            h
        };
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// Make a call that a delegate announced for a real account (`--proxy REAL --announce-only` on
/// the write command), once the relation's delay has passed: Proxy.proxy_announced, signed by
/// this wallet's coldkey (anyone may sign it; the real account makes the call).
///
/// Refused before signing: no such announcement, or its delay not yet passed (Unannounced,
/// naming the block it becomes executable), and a call the relation's type does not allow
/// (CallFiltered).
///
/// Examples:
///   tao proxy execute --real 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --call-hex 0x0503…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ExecuteArgs {
    /// The real account the call is for (SS58, or a name of `tao config proxies`)
    #[arg(long, value_name = "SS58|NAME")]
    pub real: String,
    /// The delegate that announced it [default: this wallet's coldkey]
    #[arg(long, value_name = "SS58")]
    pub delegate: Option<String>,
    /// The announced call's bytes (`details.announce.call_data` of the announcement)
    #[arg(long, value_name = "HEX")]
    pub call_hex: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

fn parse_hex(text: &str, flag: &str) -> Result<Vec<u8>, Failure> {
    hex::decode(text.trim().trim_start_matches("0x")).map_err(|e| {
        Failure::usage("usage.invalid_arguments", format!("`{flag}`: not hex: {e}"))
            .with_hint(format!("give `{flag}` as 0x-prefixed hex"))
    })
}

impl ExecuteArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let real = crate::cli::proxy_book::resolve(&self.real, "--real")?;
        let delegate = given_or_wallet(
            ctx,
            KeyRole::Coldkey,
            self.delegate.as_deref(),
            "--delegate",
        )?;
        let call = parse_hex(&self.call_hex, "--call-hex")?;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "announced call",
            async |tc, _signer| extrinsics::proxy::plan_execute(tc, &delegate, &real, &call).await,
        )
    }
}

/// Refuse a call a delegate announced for this wallet's coldkey (Proxy.reject_announcement,
/// signed by the coldkey); the delegate's deposit for it is returned to the delegate.
///
/// Examples:
///   tao proxy reject --delegate 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --call-hash 0x…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RejectArgs {
    /// The delegate that announced it (SS58)
    #[arg(long, value_name = "SS58")]
    pub delegate: String,
    /// The announced call's hash (`details.announce.call_hash` of the announcement)
    #[arg(long, value_name = "HEX")]
    pub call_hash: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl RejectArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let delegate = parse_ss58(&self.delegate, "--delegate")?;
        let hash = parse_hex(&self.call_hash, "--call-hash")?;
        let hash: [u8; 32] = hash.try_into().map_err(|_| {
            Failure::usage("usage.invalid_arguments", "`--call-hash` must be 32 bytes")
                .with_hint("give the 0x-prefixed hash of 64 hex digits")
        })?;
        execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "rejection",
            async |tc, real| extrinsics::proxy::plan_reject(tc, &real, &delegate, hash).await,
        )
    }
}

/// Create a keyless (pure) account whose proxy of `--type` this wallet's coldkey becomes
/// (Proxy.create_pure, signed by the coldkey, which reserves 0.093 TAO). The result names the
/// new account and the block and extrinsic index that `kill-pure` needs (derived by tao and
/// checked against the chain's `PureCreated` event).
///
/// Examples:
///   tao proxy create-pure --type Any
///   tao proxy create-pure --type Staking --index 1 --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CreatePureArgs {
    /// The proxy type the coldkey gets over the pure account
    #[arg(long = "type", value_name = "TYPE", alias = "proxy-type", value_parser = parse_proxy_type)]
    pub proxy_type: &'static str,
    /// Announcement delay in blocks (0: none)
    #[arg(long, value_name = "BLOCKS", default_value_t = 0)]
    pub delay: u32,
    /// Disambiguation index, to create several pure accounts in one transaction
    #[arg(long, value_name = "I", default_value_t = 0)]
    pub index: u16,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl CreatePureArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (ty, delay, index) = (self.proxy_type, self.delay, self.index);
        let mut report = execute(
            ctx,
            &self.tx,
            KeyRole::Coldkey,
            "pure account",
            async |tc, spawner| {
                extrinsics::proxy::plan_create_pure(tc, &spawner, ty, delay, index).await
            },
        )?;
        let data = report.data.clone();
        let created = data["events"].as_array().and_then(|evs| {
            evs.iter()
                .find(|e| e["pallet"] == "Proxy" && e["name"] == "PureCreated")
        });
        let (Some(ev), Some(height), Some(ext)) = (
            created,
            data["block_number"].as_u64(),
            data["extrinsic_index"].as_u64(),
        ) else {
            return Ok(report);
        };
        let pure_hex = ev["fields"]["pure"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let spawner = parse_ss58(data["signer"].as_str().unwrap_or_default(), "signer")?;
        let derived = extrinsics::proxy::pure_account(
            &spawner,
            ty,
            index,
            u32::try_from(height).unwrap_or(u32::MAX),
            u32::try_from(ext).unwrap_or(u32::MAX),
        )
        .map_err(|e| Failure::from_diagnostic(&e))?;
        let pure = crate::ss58::encode_default(&derived);
        if pure_hex.trim_start_matches("0x") != hex::encode(derived) {
            report = report.warn(format!(
                "the chain's PureCreated names {pure_hex}, not the derived {pure}"
            ));
        }
        if let Some(d) = report.data["details"].as_object_mut() {
            d.insert("pure".into(), json!(pure));
            d.insert("height".into(), json!(height));
            d.insert("ext_index".into(), json!(ext));
        }
        report.human.push_str(&format!(
            "pure account {pure}\nkill it with: tao proxy kill-pure --proxy {pure} --type {ty} --index {index} --height {height} --ext-index {ext}\n"
        ));
        Ok(report)
    }
}

/// Remove a pure account (Proxy.kill_pure, made by the pure account through `--proxy PURE`:
/// this wallet's coldkey must be its Any proxy). The spawner's deposit is returned; funds left in
/// the pure account can no longer be moved.
///
/// Refused before signing: arguments that do not derive the pure account (NoPermission), no
/// relation, or one that is not Any.
///
/// Examples:
///   tao proxy kill-pure --proxy 5Pure… --type Any --height 120 --ext-index 1
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct KillPureArgs {
    /// The pure account to remove (SS58, or a name of `tao config proxies`); its Any proxy (this
    /// wallet's coldkey) signs for it
    #[arg(long, value_name = "SS58|NAME")]
    pub proxy: String,
    /// The account that created it [default: this wallet's coldkey]
    #[arg(long, value_name = "SS58")]
    pub spawner: Option<String>,
    /// The proxy type given at creation
    #[arg(long = "type", value_name = "TYPE", alias = "proxy-type", value_parser = parse_proxy_type)]
    pub proxy_type: &'static str,
    /// The disambiguation index given at creation
    #[arg(long, value_name = "I", default_value_t = 0)]
    pub index: u16,
    /// The block the pure account was created in
    #[arg(long, value_name = "BLOCK")]
    pub height: u32,
    /// The index of the creating extrinsic in that block
    #[arg(long, value_name = "N")]
    pub ext_index: u32,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
}

impl KillPureArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let pure = crate::cli::proxy_book::resolve(&self.proxy, "--proxy")?;
        let spawner = given_or_wallet(ctx, KeyRole::Coldkey, self.spawner.as_deref(), "--spawner")?;
        let (ty, index, height, ext) = (self.proxy_type, self.index, self.height, self.ext_index);
        let mut tx = self.tx.clone();
        tx.proxy = Some(pure);
        execute(
            ctx,
            &tx,
            KeyRole::Coldkey,
            "pure account removal",
            async |tc, pure| {
                extrinsics::proxy::plan_kill_pure(tc, &pure, &spawner, ty, index, height, ext).await
            },
        )
    }
}
