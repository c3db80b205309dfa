//! `--chart` and `--chart-out FILE.svg`: the figures of `tao weights set`, `tao yuma simulate`
//! (with a proposed row), `tao subnets metagraph` and `tao stake list`, built here from the
//! commands' data and drawn by [`crate::ui::chart`].
//!
//! The chart goes to stdout after the result for people, and to stderr with `--json` (stdout
//! stays one JSON document); the weights preview's chart goes to stderr with the confirmation
//! summary. Amounts are labelled with [`crate::units`]; the exact integers order the bars.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::chain::fixed::u16_fraction;
use crate::cli::Context;
use crate::error::Failure;
use crate::ui::chart::{
    self, Bar, Bars, Figure, Pair, Paired, PairedRow, Panel, Point, Scatter, Target,
};
use crate::units::{
    display_alpha, display_tao, format_fixed, format_i32f32, format_i32f32_delta, format_signed_rao,
};
use crate::yuma::Preview;

/// The chart options.
#[derive(Debug, Clone, Default, Args)]
pub struct ChartArgs {
    /// Draw a chart in the terminal (on stderr with --json; tables when not a terminal)
    #[arg(long)]
    pub chart: bool,
    /// Write the chart as an SVG file
    #[arg(long, value_name = "FILE.svg")]
    pub chart_out: Option<PathBuf>,
}

/// Where a chart drawn for the terminal goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// After the result on stdout (stderr with `--json`).
    Result,
    /// stderr, always (with the confirmation summary).
    Stderr,
}

impl ChartArgs {
    /// Whether any chart is asked for.
    pub fn wanted(&self) -> bool {
        self.chart || self.chart_out.is_some()
    }

    /// Write the SVG when `--chart-out` is given, and draw the chart for the terminal when
    /// `--chart` is: the text to append to the human result (for [`Stream::Result`] without
    /// `--json`), or nothing when it was written to stderr or not asked for.
    pub fn show(
        &self,
        ctx: &Context,
        stream: Stream,
        figure: impl FnOnce() -> Figure,
    ) -> Result<Option<String>, Failure> {
        if !self.wanted() {
            return Ok(None);
        }
        let fig = figure();
        if let Some(path) = &self.chart_out {
            let svg = chart::svg::render(&fig).map_err(|e| {
                Failure::user(
                    "chart.unwritable",
                    format!("cannot draw the SVG chart: {e}"),
                )
            })?;
            std::fs::write(path, svg).map_err(|e| {
                Failure::user(
                    "chart.unwritable",
                    format!("cannot write the chart to {}: {e}", path.display()),
                )
                .with_hint("pass --chart-out a path in a writable directory")
            })?;
            ctx.printer
                .status(&format!("chart written to {}", path.display()));
        }
        if !self.chart {
            return Ok(None);
        }
        let to_stderr = stream == Stream::Stderr || ctx.json;
        let color = if to_stderr {
            ctx.printer.color_stderr
        } else {
            ctx.printer.color_stdout
        };
        let text = chart::render(&fig, &Target::of_stream(to_stderr, color));
        if to_stderr {
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(text.as_bytes());
            return Ok(None);
        }
        Ok(Some(text))
    }
}

/// The terminal width from which `tao weights set` draws the preview's chart before asking
/// for confirmation without `--chart`.
pub const AUTO_CHART_WIDTH: usize = 100;

/// Whether the weights preview's chart is drawn before the confirmation without `--chart`:
/// only when a person will be asked (no `--yes`, no `--dry-run`, a terminal to ask on), stderr
/// is a terminal at least [`AUTO_CHART_WIDTH`] columns wide, and `--no-chart` was not given.
pub fn draws_before_confirmation(
    no_chart: bool,
    will_ask: bool,
    stderr_terminal: bool,
    width: usize,
) -> bool {
    !no_chart && will_ask && stderr_terminal && width >= AUTO_CHART_WIDTH
}

/// Append the chart to a human result after a blank line, when there is one.
pub fn append(human: &mut String, chart: Option<String>) {
    if let Some(c) = chart {
        if !human.ends_with('\n') {
            human.push('\n');
        }
        human.push('\n');
        human.push_str(&c);
    }
}

#[cfg(test)]
mod auto_chart_tests {
    use super::*;

    #[test]
    fn the_preview_chart_comes_unasked_only_before_a_question_on_a_wide_terminal() {
        assert!(draws_before_confirmation(false, true, true, 100));
        assert!(draws_before_confirmation(false, true, true, 240));
        // Narrow, not a terminal, nobody asked (--yes, --dry-run, no tty), or --no-chart.
        assert!(!draws_before_confirmation(false, true, true, 99));
        assert!(!draws_before_confirmation(false, true, false, 200));
        assert!(!draws_before_confirmation(false, false, true, 200));
        assert!(!draws_before_confirmation(true, true, true, 200));
    }
}

fn ratio(bits: i64) -> String {
    format_i32f32(bits, 6)
}

fn magnitude(bits: i64) -> u128 {
    u128::from(bits.max(0).unsigned_abs())
}

/// The Yuma preview of a weight row: per uid, incentive and emission now and after, the
/// signer's uid (the validator) marked; the title gives its dividends and validator emission.
pub fn preview_figure(p: &Preview, epoch_block: Option<u64>) -> Figure {
    let at = epoch_block
        .map(|b| format!(" at block #{b}"))
        .unwrap_or_default();
    let title = format!(
        "Yuma preview of the epoch{at}, uid {} ({} yours):\ndividends {} → {}, validator emission {} → {} α",
        p.uid,
        chart::MARK,
        ratio(p.dividends_before_bits),
        ratio(p.dividends_after_bits),
        format_fixed(p.validator_emission_before),
        format_fixed(p.validator_emission_after)
    );
    let rows = p
        .rows
        .iter()
        .map(|r| PairedRow {
            label: format!("uid {}", r.uid),
            highlight: r.uid == p.uid,
            pairs: vec![
                Pair {
                    before: magnitude(r.incentive_before_bits),
                    after: magnitude(r.incentive_after_bits),
                    before_text: ratio(r.incentive_before_bits),
                    after_text: ratio(r.incentive_after_bits),
                    change_text: format_i32f32_delta(
                        r.incentive_after_bits,
                        r.incentive_before_bits,
                    ),
                },
                Pair {
                    before: u128::from(r.emission_before),
                    after: u128::from(r.emission_after),
                    before_text: format_fixed(r.emission_before),
                    after_text: format_fixed(r.emission_after),
                    change_text: format_signed_rao(r.emission_delta),
                },
            ],
        })
        .collect();
    Figure {
        title,
        panels: vec![Panel::Paired(Paired {
            title: "incentive and emission (α) per uid, now and after the proposed weights".into(),
            label_name: "uid".into(),
            series: vec!["incentive".into(), "emission (α)".into()],
            rank_by: 1,
            rows,
        })],
    }
}

/// One neuron of a metagraph, as charted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeuronValues {
    /// The uid.
    pub uid: u16,
    /// Its α stake, rao.
    pub stake: u64,
    /// Its incentive (u16 fraction of 65535).
    pub incentive: u16,
    /// Its dividends (u16 fraction of 65535).
    pub dividends: u16,
}

/// A metagraph: stake, incentive and dividends per uid as sorted bars, and stake versus
/// incentive as a scatter.
pub fn metagraph_figure(title: &str, symbol: &str, neurons: &[NeuronValues]) -> Figure {
    let bars = |name: &str, value: &dyn Fn(&NeuronValues) -> (u128, String)| {
        Panel::Bars(Bars {
            title: format!("{name} per uid"),
            label_name: "uid".into(),
            value_name: name.into(),
            bars: neurons
                .iter()
                .map(|n| {
                    let (value, text) = value(n);
                    Bar {
                        label: format!("uid {}", n.uid),
                        value,
                        text,
                        highlight: false,
                    }
                })
                .collect(),
        })
    };
    let stake = |n: &NeuronValues| (u128::from(n.stake), display_alpha(n.stake, symbol));
    let fraction = |x: u16| (u128::from(x), u16_fraction(x, 4));
    Figure {
        title: title.to_string(),
        panels: vec![
            bars("stake", &stake),
            bars("incentive", &|n| fraction(n.incentive)),
            bars("dividends", &|n| fraction(n.dividends)),
            Panel::Scatter(Scatter {
                title: "stake versus incentive".into(),
                label_name: "uid".into(),
                x_name: "stake".into(),
                y_name: "incentive".into(),
                points: neurons
                    .iter()
                    .map(|n| Point {
                        label: format!("uid {}", n.uid),
                        x: u128::from(n.stake),
                        y: u128::from(n.incentive),
                        x_text: display_alpha(n.stake, symbol),
                        y_text: u16_fraction(n.incentive, 4),
                        highlight: false,
                    })
                    .collect(),
            }),
        ],
    }
}

/// One stake position, as charted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionValue {
    /// The subnet.
    pub netuid: u16,
    /// The hotkey, shortened, with its name when it has one.
    pub hotkey: String,
    /// Its value in rao of TAO.
    pub value: u64,
}

/// A portfolio: its value in τ by subnet, then by subnet and hotkey.
pub fn portfolio_figure(positions: &[PositionValue]) -> Figure {
    let total: u64 = positions
        .iter()
        .fold(0u64, |t, p| t.saturating_add(p.value));
    let mut by_subnet: Vec<(u16, u64)> = Vec::new();
    for p in positions {
        match by_subnet.iter_mut().find(|(n, _)| *n == p.netuid) {
            Some((_, v)) => *v = v.saturating_add(p.value),
            None => by_subnet.push((p.netuid, p.value)),
        }
    }
    let bar = |label: String, value: u64| Bar {
        label,
        value: u128::from(value),
        text: display_tao(value),
        highlight: false,
    };
    Figure {
        title: format!("portfolio value {}", display_tao(total)),
        panels: vec![
            Panel::Bars(Bars {
                title: "value by subnet".into(),
                label_name: "subnet".into(),
                value_name: "value".into(),
                bars: by_subnet
                    .iter()
                    .map(|&(n, v)| bar(format!("sn {n}"), v))
                    .collect(),
            }),
            Panel::Bars(Bars {
                title: "value by subnet and hotkey".into(),
                label_name: "position".into(),
                value_name: "value".into(),
                bars: positions
                    .iter()
                    .map(|p| bar(format!("sn {} · {}", p.netuid, p.hotkey), p.value))
                    .collect(),
            }),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yuma::PreviewRow;

    #[test]
    fn the_preview_figure_marks_the_signer_and_labels_exactly() {
        let p = Preview {
            uid: 1,
            row: vec![(0, 65535)],
            dividends_before_bits: 0,
            dividends_after_bits: 1 << 31,
            validator_trust_before_bits: 0,
            validator_trust_after_bits: 1 << 32,
            validator_emission_before: 0,
            validator_emission_after: 5,
            rows: (0..2)
                .map(|u| PreviewRow {
                    uid: u,
                    incentive_before_bits: 0,
                    incentive_after_bits: 1 << 31,
                    dividends_before_bits: 0,
                    dividends_after_bits: 0,
                    emission_before: 3,
                    emission_after: 1_000_000_003,
                    emission_delta: 1_000_000_000,
                })
                .collect(),
        };
        let f = preview_figure(&p, Some(360));
        assert!(f.title.contains("block #360"), "{}", f.title);
        assert!(
            f.title.contains("dividends 0.000000 → 0.500000"),
            "{}",
            f.title
        );
        let Panel::Paired(paired) = &f.panels[0] else {
            panic!("paired")
        };
        assert_eq!(
            paired.rows.iter().map(|r| r.highlight).collect::<Vec<_>>(),
            [false, true]
        );
        let e = &paired.rows[0].pairs[1];
        assert_eq!(
            (
                e.before_text.as_str(),
                e.after_text.as_str(),
                e.change_text.as_str()
            ),
            ("0.000000003", "1.000000003", "+1.000000000")
        );
        assert_eq!(paired.rows[0].pairs[0].after_text, "0.500000");
    }

    #[test]
    fn the_portfolio_adds_up_by_subnet() {
        let pos = |netuid, value| PositionValue {
            netuid,
            hotkey: "5Grw…utQY".into(),
            value,
        };
        let f = portfolio_figure(&[pos(1, 1), pos(2, 5), pos(1, 2_000_000_000)]);
        assert_eq!(f.title, "portfolio value τ2.000000006");
        let Panel::Bars(b) = &f.panels[0] else {
            panic!("bars")
        };
        let v: Vec<(&str, u128, &str)> = b
            .bars
            .iter()
            .map(|x| (x.label.as_str(), x.value, x.text.as_str()))
            .collect();
        assert_eq!(
            v,
            [
                ("sn 1", 2_000_000_001, "τ2.000000001"),
                ("sn 2", 5, "τ0.000000005")
            ]
        );
    }

    #[test]
    fn the_metagraph_has_three_bar_panels_and_a_scatter() {
        let n = |uid, stake, incentive| NeuronValues {
            uid,
            stake,
            incentive,
            dividends: 65535 - incentive,
        };
        let f = metagraph_figure("subnet 1", "α", &[n(0, 5, 65535), n(1, 7, 0)]);
        assert_eq!(f.panels.len(), 4);
        let Panel::Bars(b) = &f.panels[1] else {
            panic!("bars")
        };
        assert_eq!(b.bars[0].text, "1.0000");
        assert!(matches!(f.panels[3], Panel::Scatter(_)));
    }
}
