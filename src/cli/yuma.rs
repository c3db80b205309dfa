//! `tao yuma`: run the embedded Yuma consensus engine offline.

use std::io::Read;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::cli::chart::{self, ChartArgs, Stream};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Diagnostic;
use crate::error::Failure;
use crate::ui::{preview as preview_ui, table};
use crate::units::{format_fixed, format_i32f32};
use crate::yuma::{
    self, EpochInput, Preview, SubnetInput, SubnetPreview, YumaError, parse_weights, preview,
};

/// Yuma consensus commands.
#[derive(Debug, Subcommand)]
pub enum YumaCommand {
    /// Run one epoch on a subnet state and show what it pays, or preview a weight row
    Simulate(SimulateArgs),
}

impl YumaCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            YumaCommand::Simulate(a) => a.run(ctx),
        }
    }
}

/// Run the chain's epoch, bit for bit, on one subnet state.
///
/// The input is one epoch `input` object of the yuma-vectors/2 schema (a whole case object with
/// an `input` key is accepted too). Without --as-uid, prints per uid the stake, validator trust,
/// consensus, incentive, dividends and emission; --json holds every output field (bit patterns
/// as in the schema) plus `coinbase_no_children`.
///
/// With --as-uid, --uids and --weights, runs the epoch with that validator's current row and
/// with the proposed one (converted exactly as `tao weights set` and the chain store it) and
/// shows what changes.
///
/// A subnet with several mechanisms is given as `{"emission_split": [39321, 26214] or null,
/// "mechanisms": [input0, input1, ...]}`, every input carrying the subnet's whole emission in
/// `rao_emission`: the emission is split as the chain splits it (the remainder on mechanism 0),
/// each mechanism's epoch runs on its share, and the per-uid results are added up as the chain
/// adds them up (`aggregated`). With --as-uid, the row is previewed on mechanism --mechid.
///
/// Examples:
///   tao yuma simulate --input state.json
///   tao yuma simulate --input - --json < state.json
///   tao yuma simulate --input state.json --as-uid 3 --uids 0,5,7 --weights 0.5,0.3,0.2
///   tao yuma simulate --input subnet.json --as-uid 0 --mechid 1 --uids 2,3 --weights 1,1
///   tao yuma simulate --input state.json --as-uid 3 --uids 0,5 --weights 1,1 --chart
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SimulateArgs {
    /// The epoch input as JSON, or `-` for stdin
    #[arg(long, value_name = "FILE|-")]
    pub input: String,
    /// Preview a new weight row for this validator uid
    #[arg(long, value_name = "UID", requires_all = ["uids", "weights"])]
    pub as_uid: Option<u16>,
    /// The uids of the proposed row, comma-separated
    #[arg(
        long,
        value_name = "UIDS",
        requires = "as_uid",
        allow_hyphen_values = true
    )]
    pub uids: Option<String>,
    /// The weights of the proposed row, comma-separated non-negative decimals
    #[arg(
        long,
        value_name = "WEIGHTS",
        requires = "as_uid",
        allow_hyphen_values = true
    )]
    pub weights: Option<String>,
    /// On an input with several mechanisms, the mechanism of the proposed row
    #[arg(
        long,
        value_name = "M",
        visible_alias = "mecid",
        alias = "mech-id",
        requires = "as_uid"
    )]
    pub mechid: Option<u8>,
    /// In the preview table, list every uid (not only those whose values change)
    #[arg(long)]
    pub all: bool,
    /// Chart options (with --as-uid): incentive and emission per uid, now and after the row
    #[command(flatten)]
    pub chart: ChartArgs,
}

/// What `--input` holds: one epoch, or a subnet with its mechanisms.
enum Input {
    One(Box<EpochInput>),
    Subnet(SubnetInput),
}

fn read_input(path: &str) -> Result<Input, Failure> {
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            Failure::user(
                "yuma.read_failed",
                format!("cannot read the input from stdin: {e}"),
            )
        })?;
    } else {
        text = std::fs::read_to_string(path).map_err(|e| {
            Failure::user("yuma.read_failed", format!("cannot read `{path}`: {e}"))
                .with_hint("pass --input FILE with a JSON epoch input, or --input - for stdin")
        })?;
    }
    let is_subnet = serde_json::from_str::<Value>(&text)
        .ok()
        .is_some_and(|v| v.get("mechanisms").is_some());
    Ok(if is_subnet {
        Input::Subnet(SubnetInput::from_json(&text)?)
    } else {
        Input::One(Box::new(EpochInput::from_json(&text)?))
    })
}

impl SimulateArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if self.chart.wanted() && self.as_uid.is_none() {
            return Err(Failure::usage(
                "usage.invalid_arguments",
                "--chart and --chart-out draw the preview of a proposed row",
            )
            .with_hint("add --as-uid UID --uids UIDS --weights WEIGHTS"));
        }
        let input = read_input(&self.input)?;
        let proposal = match (self.as_uid, &self.uids, &self.weights) {
            (Some(uid), Some(uids), Some(weights)) => Some((uid, parse_weights(uids, weights)?)),
            _ => None,
        };
        match (input, proposal) {
            (Input::One(input), Some((uid, row))) => {
                if self.mechid.is_some_and(|m| m > 0) {
                    return Err(Failure::from_diagnostic(&YumaError::InvalidInput {
                        field: "mechid".into(),
                        reason: "applies to an input with several mechanisms (a `mechanisms` list)"
                            .into(),
                    }));
                }
                let p = preview(&input, uid, &row.stored)?;
                let mut report = preview_report(&p, &row.submitted, self.all);
                let drawn = self
                    .chart
                    .show(ctx, Stream::Result, || chart::preview_figure(&p, None))?;
                chart::append(&mut report.human, drawn);
                Ok(report)
            }
            (Input::One(input), None) => simulate_report(&input),
            (Input::Subnet(input), Some((uid, row))) => {
                let p = yuma::preview_subnet(&input, self.mechid.unwrap_or(0), uid, &row.stored)?;
                let mut report = subnet_preview_report(&p, &row.submitted, self.all);
                let drawn = self.chart.show(ctx, Stream::Result, || {
                    chart::preview_figure(&p.mechanism, None)
                })?;
                chart::append(&mut report.human, drawn);
                Ok(report)
            }
            (Input::Subnet(input), None) => subnet_report(&input),
        }
    }
}

fn simulate_report(input: &EpochInput) -> CmdResult {
    let sim = yuma::simulate(input)?;
    let data = serde_json::to_value(&sim).map_err(|e| {
        Failure::new(
            crate::error::ExitStatus::Usage,
            "yuma.encode_failed",
            e.to_string(),
        )
    })?;
    let o = &sim.output;
    let mut t = table::new([
        "uid",
        "stake (α)",
        "vtrust",
        "consensus",
        "incentive",
        "dividends",
        "emission (α)",
    ]);
    for (i, total) in o.total_stake_i64f64_bits.iter().enumerate() {
        // Floor of the I64F64 total stake, in rao.
        let stake_rao = total
            .parse::<i128>()
            .map(|b| (b.max(0) >> 64) as u64)
            .unwrap_or(0);
        t.add_row([
            i.to_string(),
            format_fixed(stake_rao),
            format_i32f32(o.validator_trust_bits[i], 6),
            format_i32f32(o.consensus_bits[i], 6),
            format_i32f32(o.incentive_bits[i], 6),
            format_i32f32(o.dividends_bits[i], 6),
            format_fixed(o.combined_emission[i]),
        ]);
    }
    let total: u128 = o.combined_emission.iter().map(|&e| e as u128).sum();
    let human = format!(
        "{}epoch emission {} α over {} uids ({} α distributed)\n",
        table::render(&t),
        format_fixed(input.rao_emission),
        input.n,
        format_fixed(u64::try_from(total).unwrap_or(u64::MAX)),
    );
    Ok(Report::new(data, human))
}

/// The aggregated table of a subnet with several mechanisms, after one line per mechanism.
fn subnet_report(input: &SubnetInput) -> CmdResult {
    let sim = yuma::simulate_subnet(input)?;
    let data = serde_json::to_value(&sim).map_err(|e| {
        Failure::new(
            crate::error::ExitStatus::Usage,
            "yuma.encode_failed",
            e.to_string(),
        )
    })?;
    let mut human = String::new();
    for (m, (share, s)) in sim.shares.iter().zip(&sim.mechanisms).enumerate() {
        let paid: u128 = s
            .output
            .combined_emission
            .iter()
            .map(|&e| u128::from(e))
            .sum();
        human.push_str(&format!(
            "mechanism {m}: {} α of the emission ({} α distributed)\n",
            format_fixed(*share),
            format_fixed(u64::try_from(paid).unwrap_or(u64::MAX)),
        ));
    }
    let mut t = table::new([
        "uid",
        "server (α)",
        "validator (α)",
        "dividends",
        "incentive",
        "consensus",
        "vtrust",
    ]);
    let ratio = |x: u16| format!("{:.6}", f64::from(x) / 65535.0);
    for (uid, a) in sim.aggregated.iter().enumerate() {
        t.add_row([
            uid.to_string(),
            format_fixed(a.server_emission),
            format_fixed(a.validator_emission),
            ratio(a.dividends),
            ratio(a.incentive),
            ratio(a.consensus),
            ratio(a.validator_trust),
        ]);
    }
    human.push_str(&format!(
        "all {} mechanisms, added up as the chain does ({} α emission; ratios are the chain's u16 values / 65535):\n{}",
        sim.shares.len(),
        format_fixed(sim.emission),
        table::render(&t)
    ));
    Ok(Report::new(data, human))
}

fn subnet_preview_report(p: &SubnetPreview, submitted: &[u16], all: bool) -> Report {
    let mut data = serde_json::to_value(p).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut data {
        map.insert("submitted".into(), json!(submitted));
    }
    let mut human = format!(
        "mechanism {} (its epoch runs on {} of the {} α emission):\n",
        p.mecid,
        format_fixed(p.shares.get(usize::from(p.mecid)).copied().unwrap_or(0)),
        format_fixed(p.emission)
    );
    human.push_str(&preview_ui::report(&p.mechanism, all));
    let lines: Vec<(String, String)> = preview_ui::mechanism_lines(p);
    human.push_str(&table::key_values(lines));
    Report::new(data, human)
}

fn preview_report(p: &Preview, submitted: &[u16], all: bool) -> Report {
    let mut data = serde_json::to_value(p).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut data {
        map.insert("submitted".into(), json!(submitted));
    }
    Report::new(data, preview_ui::report(p, all))
}

/// The engine's errors name the `tao yuma simulate` and `tao weights` flags that fix them.
impl Diagnostic for YumaError {
    fn code(&self) -> &'static str {
        match self {
            YumaError::Json(_) | YumaError::InvalidInput { .. } => "yuma.invalid_input",
            YumaError::InvalidWeights { .. } => "yuma.invalid_weights",
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            YumaError::Json(_) | YumaError::InvalidInput { .. } => Some(
                "the input is one epoch's `input` object of the yuma-vectors/2 schema (or a case \
                 object with an `input` key); every per-uid vector has n entries"
                    .into(),
            ),
            YumaError::InvalidWeights { .. } => Some(
                "pass `--uids 0,5,7 --weights 0.5,0.3,0.2`: one non-negative decimal per uid, \
                 distinct uids, at least one weight above zero"
                    .into(),
            ),
        }
    }
}
