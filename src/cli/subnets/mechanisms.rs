//! `tao subnets mechanisms`: a subnet's mechanisms (sub-subnets) — `show`, and the owner's
//! `set-count` and `set-emission-split`.

use clap::{Args, Subcommand};
use serde_json::json;

use crate::chain::extrinsics::{self, KeyRole};
use crate::chain::fixed::{ratio_decimal, u16_fraction};
use crate::chain::mechanisms::mechanisms;
use crate::cli::args::{ChainArgs, NetuidArg, TxArgs};
use crate::cli::connect::read as read_chain;
use crate::cli::pipeline::execute;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::table;
use crate::units::{alpha_json, format_fixed};
use crate::yuma::mechanisms::{MAX_MECHANISMS, split_shares};

/// Mechanism commands.
#[derive(Debug, Subcommand)]
pub enum MechanismsCommand {
    /// Show a subnet's mechanisms: the count, the emission split and the weight rows of each
    #[command(alias = "count", alias = "emissions")]
    Show(ShowArgs),
    /// Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)
    #[command(alias = "set")]
    SetCount(SetCountArgs),
    /// Set how a subnet you own splits its emission between its mechanisms
    /// (sudo_set_mechanism_emission_split)
    #[command(alias = "split-emissions", alias = "emissions-split")]
    SetEmissionSplit(SetSplitArgs),
}

impl MechanismsCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            MechanismsCommand::Show(a) => a.run(ctx),
            MechanismsCommand::SetCount(a) => a.run(ctx),
            MechanismsCommand::SetEmissionSplit(a) => a.run(ctx),
        }
    }
}

/// Show a subnet's mechanisms: how many it has (and may have), how its emission is split
/// between them (the stored shares of 65535, or an even split with the remainder on mechanism
/// 0), what each receives of the subnet's α per tempo (its α emission per block, as `subnets
/// show` reports it, × tempo) and of the next epoch's α (the pending pools so far, after the
/// owner's cut, extrapolated to the epoch block), and how many uids have a weight row on each.
///
/// Examples:
///   tao subnets mechanisms show --netuid 3
///   tao subnets mechanisms show --netuid 3 --json | jq '.data.mechanisms'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ShowArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

impl ShowArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let (m, pinned) = read_chain(ctx, &self.chain, "reading the mechanisms", async |chain| {
            let m = mechanisms(chain, netuid).await?;
            let block = m.block;
            Ok((m, Some(block)))
        })?;
        let effective = m.effective_split();
        let (epoch_block, emission) = match m.next_epoch {
            Some((b, e)) => (Some(b), Some(e)),
            None => (None, None),
        };
        let shares = emission.map(|e| m.shares(e));
        let per_tempo = m.alpha_per_tempo();
        let tempo_shares = m.shares(per_tempo);
        let mut t = table::new([
            "mechanism",
            "share (of 65535)",
            "fraction",
            "α per tempo",
            "next epoch α",
            "weight rows",
        ]);
        let mut rows = Vec::new();
        for mecid in 0..m.count {
            let i = usize::from(mecid);
            let share = effective.get(i).copied().unwrap_or(0);
            let fraction = match &m.split {
                Some(_) => u16_fraction(share, 6),
                None => ratio_decimal(1, u128::from(m.count), 6),
            };
            let alpha = shares.as_ref().map(|s| s[i]);
            t.add_row([
                mecid.to_string(),
                share.to_string(),
                fraction.clone(),
                format_fixed(tempo_shares[i]),
                alpha.map(format_fixed).unwrap_or_else(|| "-".into()),
                m.weight_rows[i].to_string(),
            ]);
            rows.push(json!({
                "mecid": mecid,
                "share_u16": share,
                "fraction": fraction,
                "alpha_per_tempo": alpha_json(tempo_shares[i], netuid),
                "next_epoch_alpha": alpha.map(|a| alpha_json(a, netuid)),
                "weight_rows": m.weight_rows[i],
            }));
        }
        let data = json!({
            "chain": pinned.json(),
            "netuid": netuid,
            "supported": m.supported,
            "count": m.count,
            "max_count": m.max_count,
            "emission_split": m.split,
            "split_is_even": m.split.is_none(),
            "tempo": m.tempo,
            "alpha_per_block": alpha_json(m.alpha_per_block, netuid),
            "alpha_per_tempo": alpha_json(per_tempo, netuid),
            "next_epoch": epoch_block.map(|b| json!({
                "block": b,
                "alpha": emission.map(|e| alpha_json(e, netuid)),
            })),
            "mechanisms": rows,
        });
        let split_text = match &m.split {
            Some(s) => format!(
                "split {}",
                s.iter().map(u16::to_string).collect::<Vec<_>>().join("/")
            ),
            None => "even split".into(),
        };
        let head = format!(
            "subnet {netuid}: {} mechanism{} (at most {}), {split_text}; {} α per tempo ({} blocks){}\n",
            m.count,
            if m.count == 1 { "" } else { "s" },
            m.max_count.map_or("1".into(), |x| x.to_string()),
            format_fixed(per_tempo),
            m.tempo,
            match (epoch_block, emission) {
                (Some(b), Some(e)) =>
                    format!("; next epoch at #{b} pays about {} α", format_fixed(e)),
                _ => String::new(),
            }
        );
        let mut report = Report::new(
            data,
            format!("{head}{}{}", table::render(&t), pinned.footer()),
        );
        if !m.supported {
            report = report.warn(format!(
                "the connected chain has no mechanisms: subnet {netuid} has one"
            ));
        }
        Ok(report)
    }
}

/// Set how many mechanisms a subnet you own has, signed by the owner's coldkey
/// (AdminUtils.sudo_set_mechanism_count). Lowering the count removes the weights, bonds and
/// commits of the removed mechanisms; any change resets the emission split to even.
///
/// Refused before signing where the chain would refuse: not the owner (BadOrigin), a count of
/// 0 or above MaxMechanismCount (InvalidValue), more than 256 uids over all mechanisms
/// (TooManyUIDsPerMechanism), a change within the owner's rate limit of the production runtime
/// (7200 blocks, TxRateLimitExceeded), or the last AdminFreezeWindow blocks before the subnet's
/// epoch (AdminActionProhibitedDuringWeightsWindow).
///
/// Examples:
///   tao subnets mechanisms set-count --netuid 3 --count 2
///   tao subnets mechanisms set-count --netuid 3 --count 1 --dry-run --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetCountArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// The number of mechanisms
    #[arg(long, value_name = "K", alias = "mech-count",
          value_parser = clap::value_parser!(u8).range(0..=i64::from(MAX_MECHANISMS)))]
    pub count: u8,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

impl SetCountArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let (netuid, count) = (self.netuid.netuid, self.count);
        execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "mechanism count",
            async |tc, cold| extrinsics::mechanisms::plan_set_count(tc, &cold, netuid, count).await,
        )
    }
}

/// Set how a subnet you own splits its emission between its mechanisms, signed by the owner's
/// coldkey (AdminUtils.sudo_set_mechanism_emission_split). The split is given as fractions or
/// weights on any scale (`60,40`, `0.6,0.4` and `3,2` are the same), one per mechanism from 0
/// (missing ones get nothing); tao turns it into the chain's u16 shares summing to exactly 65535
/// (largest remainder). `--split even` (or `none`) removes the stored split (an even split).
/// Refused before signing as `set-count` is, and for more parts than the subnet has mechanisms
/// (InvalidValue); parts that cannot be scaled (none above zero, negative, not numbers) are a
/// usage error.
///
/// Examples:
///   tao subnets mechanisms set-emission-split --netuid 3 --split 60,40
///   tao subnets mechanisms set-emission-split --netuid 3 --split even --dry-run
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetSplitArgs {
    #[command(flatten)]
    netuid: NetuidArg,
    /// The split: comma-separated fractions or weights, or `even`
    #[arg(long, value_name = "W,W,…|even", allow_hyphen_values = true)]
    pub split: String,
    /// Transaction options
    #[command(flatten)]
    pub tx: TxArgs,
    /// Sign as a proxy
    #[command(flatten)]
    pub proxy: crate::cli::proxy::ProxyArg,
}

/// A `--split` value: the parts as integers on one scale, or `None` for `even`.
pub fn parse_split(text: &str) -> Result<Option<Vec<u128>>, Failure> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("even") || t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let bad = |why: String| {
        Failure::usage("mechanisms.invalid_split", format!("--split `{text}`: {why}"))
            .with_hint("give non-negative numbers separated by commas, e.g. `--split 60,40`, or `--split even`")
    };
    let parts: Vec<&str> = t.split(',').map(str::trim).collect();
    let mut decimals = 0usize;
    for p in &parts {
        let (int, frac) = p.split_once('.').unwrap_or((p, ""));
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if p.is_empty() || (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
            return Err(bad(format!("`{p}` is not a non-negative number")));
        }
        decimals = decimals.max(frac.len());
    }
    if decimals > 18 {
        return Err(bad("at most 18 decimals".into()));
    }
    let mut out = Vec::with_capacity(parts.len());
    for p in &parts {
        let (int, frac) = p.split_once('.').unwrap_or((p, ""));
        let scaled = format!("{int}{frac:0<decimals$}");
        let v = scaled
            .trim_start_matches('0')
            .parse::<u128>()
            .or_else(|e| {
                if scaled.trim_start_matches('0').is_empty() {
                    Ok(0)
                } else {
                    Err(e)
                }
            })
            .map_err(|_| bad(format!("`{p}` is too large")))?;
        if int.len() > 20 {
            return Err(bad(format!("`{p}` is too large")));
        }
        out.push(v);
    }
    Ok(Some(out))
}

impl SetSplitArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let netuid = self.netuid.netuid;
        let parts = parse_split(&self.split)?;
        if let Some(p) = &parts {
            // Shape errors that do not depend on the chain are usage errors.
            if p.iter().all(|x| *x == 0) {
                return Err(Failure::usage(
                    "mechanisms.invalid_split",
                    format!("--split `{}`: the parts sum to zero", self.split),
                )
                .with_hint("give at least one part above zero"));
            }
            if p.len() > usize::from(MAX_MECHANISMS) {
                return Err(Failure::usage(
                    "mechanisms.invalid_split",
                    format!(
                        "--split `{}`: {} parts, but a subnet has at most {MAX_MECHANISMS} mechanisms",
                        self.split,
                        p.len()
                    ),
                ));
            }
        }
        execute(
            ctx,
            &self.proxy.apply(&self.tx)?,
            KeyRole::Coldkey,
            "emission split",
            async |tc, cold| {
                let shares = match &parts {
                    Some(p) => Some(split_shares(p, MAX_MECHANISMS).map_err(|e| {
                        extrinsics::Refusal::subtensor(
                            "InvalidValue",
                            format!("the split cannot be stored: {e}"),
                            "give one non-negative part per mechanism",
                        )
                    })?),
                    None => None,
                };
                extrinsics::mechanisms::plan_set_split(tc, &cold, netuid, shares).await
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn splits_parse_on_one_scale() {
        assert_eq!(parse_split("60,40").unwrap(), Some(vec![60, 40]));
        assert_eq!(parse_split("0.6, 0.4").unwrap(), Some(vec![6, 4]));
        assert_eq!(parse_split("1,0.25").unwrap(), Some(vec![100, 25]));
        assert_eq!(parse_split("even").unwrap(), None);
        assert_eq!(parse_split("0,0").unwrap(), Some(vec![0, 0]));
        for bad in ["", "a,b", "-1,2", "1,,2", ".", "1e3"] {
            assert_eq!(
                parse_split(bad).unwrap_err().code,
                "mechanisms.invalid_split",
                "{bad}"
            );
        }
    }

    proptest! {
        #[test]
        fn parsed_splits_become_shares_summing_to_65535(parts in proptest::collection::vec(0u32..1_000_000, 1..=16)) {
            prop_assume!(parts.iter().any(|p| *p > 0));
            let text: Vec<String> = parts.iter().map(u32::to_string).collect();
            let parsed = parse_split(&text.join(",")).unwrap().unwrap();
            let shares = split_shares(&parsed, 16).unwrap();
            prop_assert_eq!(shares.iter().map(|s| u32::from(*s)).sum::<u32>(), 65535);
        }
    }
}
