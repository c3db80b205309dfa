//! `tao subnets set-symbol`, `check-start` and `trim`: a subnet owner's token symbol, whether
//! and when the subnet may be started, and lowering its maximum uids.

use clap::Args;

use crate::chain::extrinsics::KeyRole;
use crate::chain::extrinsics::subnet_owner::{plan_set_symbol, start_status};
use crate::chain::extrinsics::trim::plan_trim;
use crate::cli::args::{ChainArgs, NetuidArg, TxArgs};
use crate::cli::connect::read;
use crate::cli::keys::given_or_wallet;
use crate::cli::{CmdResult, Context, Report, pipeline};
use crate::ui::table;

/// Set a subnet's token symbol (update_symbol; the owner's coldkey signs)
///
/// The symbol must be one of the chain's subnet symbols (Greek, Hebrew, Arabic, runic, …
/// letters; not the root's Τ) and held by no other subnet; both are checked before signing.
///
/// Examples:
///   tao subnets set-symbol --netuid 3 δ
///   tao subnets set-symbol --netuid 3 ש --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetSymbolArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The new symbol (one entry of the chain's symbol table)
    #[arg(value_name = "SYMBOL")]
    pub symbol: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SetSymbolArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let symbol = self.symbol;
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "symbol",
            async |tc, cold| plan_set_symbol(tc, &cold, netuid, &symbol).await,
        )
    }
}

/// Lower a subnet's maximum uids, dropping its lowest emitters (sudo_trim_to_max_allowed_uids)
///
/// The owner's coldkey signs. K must be from the subnet's MinAllowedUids to its MaxAllowedUids.
/// When more uids are in use, the chain drops the lowest emitters that are neither the owner's
/// immune uids nor in their immunity period, and renumbers the rest from 0; the summary lists
/// the uids that would go and the new numbers before you confirm. The immune uids must stay
/// under 80% of K. One trim per 216000 blocks (about 30 days) per owner and subnet.
///
/// Examples:
///   tao subnets trim --netuid 3 --max-uids 128 --dry-run
///   tao sudo trim --netuid 3 --max 128
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct TrimArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The new maximum number of uids
    #[arg(long, value_name = "K", alias = "max", alias = "max-n")]
    pub max_uids: u16,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl TrimArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (netuid, max_n) = (self.netuid.netuid, self.max_uids);
        pipeline::execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "trim",
            async |tc, cold| plan_trim(tc, &cold, netuid, max_n).await,
        )
    }
}

/// Show whether and when a subnet may be started (start_call), and why not
///
/// start_call succeeds for the subnet's owner once the block it lands in reaches
/// NetworkRegisteredAt + StartCallDelay, and only while the subnet has no first emission block.
/// The owner check uses the wallet's coldkey (or `--coldkey-ss58`) when there is one.
///
/// Examples:
///   tao subnets check-start --netuid 4
///   tao subnets check-start --netuid 4 --coldkey-ss58 5F…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CheckStartArgs {
    /// The subnet
    #[command(flatten)]
    pub netuid: NetuidArg,
    /// The coldkey that would sign [default: the wallet's, if any]
    #[arg(long, value_name = "SS58")]
    pub coldkey_ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl CheckStartArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let coldkey = match self.coldkey_ss58.as_deref() {
            Some(a) => Some(given_or_wallet(
                ctx,
                KeyRole::Coldkey,
                Some(a),
                "--coldkey-ss58",
            )?),
            None => given_or_wallet(ctx, KeyRole::Coldkey, None, "--coldkey-ss58").ok(),
        };
        let (s, pinned) = read(ctx, &self.chain, "reading the subnet", async |chain| {
            Ok((start_status(chain, netuid, coldkey.as_ref()).await?, None))
        })?;
        let mut data = s.json();
        data["chain"] = pinned.json();
        let refusals = s.refusals();
        let verdict = if refusals.is_empty() {
            if s.is_owner.is_some() {
                "yes: start_call may be sent now".to_string()
            } else {
                "yes, for its owner: start_call may be sent now".to_string()
            }
        } else {
            format!(
                "no: {}",
                refusals
                    .iter()
                    .map(|(e, m)| format!("{m} ({e})"))
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        };
        let mut rows = vec![
            ("subnet".to_string(), netuid.to_string()),
            (
                "owner".into(),
                match s.is_owner {
                    Some(true) => {
                        format!("{} (this coldkey)", crate::ss58::encode_default(&s.owner))
                    }
                    Some(false) => format!(
                        "{} (not this coldkey)",
                        crate::ss58::encode_default(&s.owner)
                    ),
                    None => crate::ss58::encode_default(&s.owner),
                },
            ),
            (
                "registered".into(),
                format!("#{} (start delay {} blocks)", s.registered_at, s.delay),
            ),
        ];
        match s.first_emission {
            Some(b) => rows.push(("started".into(), format!("yes, first emission #{b}"))),
            None => rows.push((
                "allowed from".into(),
                if s.blocks_to_wait() == 0 {
                    format!("#{} (reached; head #{})", s.allowed_from(), s.head)
                } else {
                    format!(
                        "#{} (head #{}: {} more blocks, about {})",
                        s.allowed_from(),
                        s.head,
                        s.blocks_to_wait(),
                        duration(s.blocks_to_wait() * 12)
                    )
                },
            )),
        }
        rows.push(("can start".into(), verdict));
        let mut human = table::key_values(rows);
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }
}

/// Seconds as `1h 2m`, `5m 12s` or `36s`.
fn duration(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    if h > 0 {
        format!("{h}h {m}m")
    } else if m > 0 {
        format!("{m}m {s}s")
    } else {
        format!("{s}s")
    }
}
