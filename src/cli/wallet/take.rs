//! `tao wallet set-take` and `get-take` (also `tao sudo set-take` / `get-take`, btcli's names):
//! the delegate take of the wallet's hotkey.

use clap::Args;
use serde_json::json;

use crate::chain::extrinsics::{self, KeyRole};
use crate::chain::fixed::u16_fraction;
use crate::cli::args::{ChainArgs, TxArgs};
use crate::cli::connect::read as read_chain;
use crate::cli::keys::given_or_wallet;
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;

/// The hotkey a take command is about: `--hotkey-ss58`, else the wallet's hotkey.
/// A take given as a fraction in [0, 1] (at most 18 decimals), as the chain's u16 share of
/// 65535, rounded down (`0.18` → 11796).
pub fn parse_take(text: &str) -> Result<u16, Failure> {
    let bad = || {
        Failure::usage(
            "tx.bad_take",
            format!("--take `{text}` is not a fraction from 0 to 1"),
        )
        .with_hint("give the take as a fraction, e.g. `--take 0.12` for 12%")
    };
    let t = text.trim();
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if t.is_empty() || (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(bad());
    }
    if frac.len() > 18 || int.len() > 2 {
        return Err(bad());
    }
    let scale = 10u128.pow(frac.len() as u32);
    let int: u128 = if int.is_empty() {
        0
    } else {
        int.parse().map_err(|_| bad())?
    };
    let frac_v: u128 = if frac.is_empty() {
        0
    } else {
        frac.parse().map_err(|_| bad())?
    };
    let num = int * scale + frac_v;
    if num > scale {
        return Err(bad());
    }
    u16::try_from(num * u128::from(u16::MAX) / scale).map_err(|_| bad())
}

/// Set the delegate take of the wallet's hotkey (or `--hotkey-ss58`), signed by the coldkey that
/// owns it: increase_take or decrease_take, whichever applies. The take is the share of the
/// hotkey's dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%;
/// stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above
/// MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of
/// the last change, a hotkey that is not the signer's.
///
/// Examples:
///   tao wallet set-take --take 0.12
///   tao wallet set-take --take 0.09 --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetTakeArgs {
    /// The new take, a fraction from 0 to 1
    #[arg(long, value_name = "FRACTION")]
    pub take: String,
    /// The hotkey [default: the wallet's hotkey]
    #[arg(long, value_name = "SS58", alias = "hotkey-address")]
    pub hotkey_ss58: Option<String>,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SetTakeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let take = parse_take(&self.take)?;
        let hotkey = given_or_wallet(
            ctx,
            KeyRole::Hotkey,
            self.hotkey_ss58.as_deref(),
            "--hotkey-ss58",
        )?;
        execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "take",
            async |tc, cold| extrinsics::takes::plan_set_take(tc, &cold, &hotkey, take).await,
        )
    }
}

/// Show the delegate take of the wallet's hotkey (or `--hotkey-ss58`), the chain's bounds, and
/// from which block an increase is allowed.
///
/// Examples:
///   tao wallet get-take
///   tao wallet get-take --hotkey-ss58 5G6Fyo6U2fDhJXDJGp4Dr6XViVCdPcryiyLBDsusguSRcYvJ --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct GetTakeArgs {
    /// The hotkey [default: the wallet's hotkey]
    #[arg(long, value_name = "SS58", alias = "hotkey-address")]
    pub hotkey_ss58: Option<String>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl GetTakeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let hotkey = given_or_wallet(
            ctx,
            KeyRole::Hotkey,
            self.hotkey_ss58.as_deref(),
            "--hotkey-ss58",
        )?;
        let (s, pinned) = read_chain(ctx, &self.chain, "reading the take", async |chain| {
            let s = extrinsics::takes::take_state(chain, &hotkey).await?;
            let block = s.block;
            Ok((s, Some(block)))
        })?;
        let ss58 = crate::ss58::encode_default(&hotkey);
        let from = s.increase_allowed_from();
        let data = json!({
            "chain": pinned.json(),
            "hotkey": ss58,
            "exists": s.owner.is_some(),
            "owner": s.owner.map(|o| crate::ss58::encode_default(&o)),
            "take": u16_fraction(s.take, 6),
            "take_u16": s.take,
            "min": u16_fraction(s.min, 6),
            "max": u16_fraction(s.max, 6),
            "rate_limit_blocks": s.rate_limit,
            "last_change_block": s.last_change,
            "increase_allowed_from_block": from,
        });
        let mut human = format!(
            "{ss58}: take {} ({} of 65535); the chain allows {} to {}\n",
            u16_fraction(s.take, 6),
            s.take,
            u16_fraction(s.min, 6),
            u16_fraction(s.max, 6)
        );
        if from > s.block + 1 {
            human.push_str(&format!("an increase is allowed from block #{from}\n"));
        }
        human.push_str(&pinned.footer());
        let mut report = Report::new(data, human);
        if s.owner.is_none() {
            report = report.warn(format!(
                "{ss58} is not on the chain; its take is the default"
            ));
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_parse_as_shares_of_65535_rounded_down() {
        assert_eq!(parse_take("0.18").unwrap(), 11_796);
        assert_eq!(parse_take("0.12").unwrap(), 7_864);
        assert_eq!(parse_take("1").unwrap(), 65_535);
        assert_eq!(parse_take("0").unwrap(), 0);
        assert_eq!(parse_take(".5").unwrap(), 32_767);
        for bad in ["", "1.01", "-0.1", "12%", "abc", "2", "0.1.2"] {
            assert_eq!(parse_take(bad).unwrap_err().code, "tx.bad_take", "{bad}");
        }
    }
}
