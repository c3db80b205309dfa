//! Charts in the terminal and as SVG: horizontal bars, paired bars (now versus after) and a
//! scatter, drawn from plain data the commands build (see `crate::cli::chart`).
//!
//! Values are exact integers in their own unit (rao, I32F32 bits, u16 fractions), used to sort
//! and compare; every value shown is a label the command formatted with [`crate::units`]. Floats
//! are used only for the length of a bar and the place of a point.
//!
//! A chart needs a terminal at least [`MIN_WIDTH`] columns wide: on a narrower one it is skipped
//! with a note, and on a stream that is not a terminal it falls back to plain tables.

pub mod svg;

use crate::ui::style::{Style, paint};
use crate::ui::table;

/// The narrowest terminal a chart is drawn on.
pub const MIN_WIDTH: usize = 60;

/// The marker of a highlighted row or point (the signer's own uid), shown with or without colour.
pub const MARK: &str = "▶";

/// What the commands draw: a title and panels, one under the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The title.
    pub title: String,
    /// The panels.
    pub panels: Vec<Panel>,
}

/// One chart of a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Panel {
    /// Horizontal bars, largest first.
    Bars(Bars),
    /// Paired horizontal bars per row: each series now and after.
    Paired(Paired),
    /// Points on a grid.
    Scatter(Scatter),
}

/// Horizontal bars, drawn largest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bars {
    /// The panel's title.
    pub title: String,
    /// What the labels are (a table's first header).
    pub label_name: String,
    /// What the values are (a table's second header).
    pub value_name: String,
    /// The bars, in any order.
    pub bars: Vec<Bar>,
}

/// One bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// What it is (`uid 3`, `sn 1 · 5Grw…utQY`).
    pub label: String,
    /// Its exact value, in the panel's unit.
    pub value: u128,
    /// The value as shown.
    pub text: String,
    /// Whether it is the signer's own.
    pub highlight: bool,
}

/// Paired bars: per row, each series before ("now") and after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paired {
    /// The panel's title.
    pub title: String,
    /// What the labels are.
    pub label_name: String,
    /// The series' names, one per pair of every row.
    pub series: Vec<String>,
    /// The series whose change ranks the rows of the summary (the largest first).
    pub rank_by: usize,
    /// The rows, in the order drawn.
    pub rows: Vec<PairedRow>,
}

/// One row of paired bars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairedRow {
    /// What it is (`uid 3`).
    pub label: String,
    /// Whether it is the signer's own.
    pub highlight: bool,
    /// One pair per series.
    pub pairs: Vec<Pair>,
}

/// A value now and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The exact value now.
    pub before: u128,
    /// The exact value after.
    pub after: u128,
    /// The value now as shown.
    pub before_text: String,
    /// The value after as shown.
    pub after_text: String,
    /// The change as shown (with its sign).
    pub change_text: String,
}

impl Pair {
    fn change(&self) -> u128 {
        self.after.abs_diff(self.before)
    }
}

/// Points on a grid: one per row of data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scatter {
    /// The panel's title.
    pub title: String,
    /// What the labels are.
    pub label_name: String,
    /// The horizontal axis.
    pub x_name: String,
    /// The vertical axis.
    pub y_name: String,
    /// The points.
    pub points: Vec<Point>,
}

/// One point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// What it is.
    pub label: String,
    /// Its exact horizontal value.
    pub x: u128,
    /// Its exact vertical value.
    pub y: u128,
    /// The horizontal value as shown.
    pub x_text: String,
    /// The vertical value as shown.
    pub y_text: String,
    /// Whether it is the signer's own.
    pub highlight: bool,
}

/// Where a chart is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Whether the stream is a terminal (else the chart falls back to tables).
    pub terminal: bool,
    /// Its width in columns.
    pub width: usize,
    /// Its height in rows: what a screenful is.
    pub height: usize,
    /// Whether to colour.
    pub color: bool,
}

impl Target {
    /// The target of stdout (`stderr` false) or stderr: its terminal size (80×24 when unknown)
    /// and whether it is a terminal.
    pub fn of_stream(stderr: bool, color: bool) -> Target {
        use std::io::IsTerminal;
        let (terminal, size) = if stderr {
            let s = std::io::stderr();
            (s.is_terminal(), terminal_size::terminal_size_of(&s))
        } else {
            let s = std::io::stdout();
            (s.is_terminal(), terminal_size::terminal_size_of(&s))
        };
        let (w, h) = size.map(|(w, h)| (w.0, h.0)).unwrap_or((80, 24));
        Target {
            terminal,
            width: usize::from(w),
            height: usize::from(h),
            color,
        }
    }

    /// The lines a panel may take before the rest is summarised.
    fn rows(&self) -> usize {
        self.height.saturating_sub(6).max(8)
    }
}

/// The figure for `target`: charts on a wide enough terminal, a note on a narrow one, tables
/// on anything else.
pub fn render(fig: &Figure, target: &Target) -> String {
    if !target.terminal {
        return tables(fig);
    }
    if target.width < MIN_WIDTH {
        return format!(
            "note: chart skipped: the terminal is {} columns wide and a chart needs {MIN_WIDTH}; widen it, or pass --chart-out FILE.svg\n",
            target.width
        );
    }
    let mut out = format!("{}\n", paint(&fig.title, Style::Bold, target.color));
    for p in &fig.panels {
        out.push('\n');
        match p {
            Panel::Bars(b) => bars(&mut out, b, target),
            Panel::Paired(p) => paired(&mut out, p, target),
            Panel::Scatter(s) => scatter(&mut out, s, target),
        }
    }
    out
}

/// The eighths of a cell: a bar `len` eighths long.
fn bar(eighths: usize) -> String {
    const PART: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    format!("{}{}", "█".repeat(eighths / 8), PART[eighths % 8])
}

/// The length in eighths of a cell of `value` on a scale where `max` fills `width` cells; a
/// value above zero is never drawn empty.
fn eighths(value: u128, max: u128, width: usize) -> usize {
    if value == 0 || max == 0 {
        return 0;
    }
    let len = (value as f64 / max as f64 * (width * 8) as f64).round() as usize;
    len.clamp(1, width * 8)
}

fn width_of(s: &str) -> usize {
    s.chars().count()
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width_of(s))))
}

fn pad_left(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width_of(s))))
}

fn marker(highlight: bool) -> &'static str {
    if highlight { MARK } else { " " }
}

fn sorted_bars(b: &Bars) -> Vec<&Bar> {
    let mut v: Vec<&Bar> = b.bars.iter().collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.value));
    v
}

fn bars(out: &mut String, b: &Bars, t: &Target) {
    out.push_str(&format!("{}\n", b.title));
    let sorted = sorted_bars(b);
    if sorted.is_empty() {
        out.push_str("  (nothing to draw)\n");
        return;
    }
    let shown = sorted.len().min(t.rows());
    let lw = sorted.iter().map(|x| width_of(&x.label)).max().unwrap_or(0);
    let tw = sorted.iter().map(|x| width_of(&x.text)).max().unwrap_or(0);
    let bw = t.width.saturating_sub(lw + tw + 4).max(4);
    let max = sorted[0].value;
    for x in &sorted[..shown] {
        let drawn = bar(eighths(x.value, max, bw));
        let room = " ".repeat(bw - width_of(&drawn));
        let drawn = if x.highlight {
            format!("{}{room}", paint(&drawn, Style::Hint, t.color))
        } else {
            format!("{drawn}{room}")
        };
        out.push_str(&format!(
            "{}{} {drawn} {}\n",
            marker(x.highlight),
            pad(&x.label, lw),
            pad_left(&x.text, tw)
        ));
    }
    let rest = &sorted[shown..];
    if let Some(first) = rest.first() {
        out.push_str(&format!(
            "  … {} more, the largest {} ({})\n",
            rest.len(),
            first.text,
            first.label
        ));
        if let Some(h) = rest.iter().find(|x| x.highlight) {
            out.push_str(&format!("{MARK} {}: {}\n", h.label, h.text));
        }
    }
}

fn paired(out: &mut String, p: &Paired, t: &Target) {
    out.push_str(&format!("{}\n", p.title));
    if p.rows.is_empty() {
        out.push_str("  (nothing to draw)\n");
        return;
    }
    let n = p.series.len().max(1);
    let lw = p.rows.iter().map(|r| width_of(&r.label)).max().unwrap_or(0);
    // "▶label after " then the series, separated by " │ ".
    let prefix = 1 + lw + 7;
    let column = (t.width.saturating_sub(prefix + 3 * (n - 1))) / n;
    let texts: Vec<usize> = (0..n)
        .map(|s| {
            p.rows
                .iter()
                .filter_map(|r| r.pairs.get(s))
                .map(|x| width_of(&x.before_text).max(width_of(&x.after_text)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let maxes: Vec<u128> = (0..n)
        .map(|s| {
            p.rows
                .iter()
                .filter_map(|r| r.pairs.get(s))
                .map(|x| x.before.max(x.after))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let widths: Vec<usize> = texts
        .iter()
        .map(|tw| column.saturating_sub(tw + 1).max(3))
        .collect();
    let mut header = pad("", prefix);
    for (s, name) in p.series.iter().enumerate() {
        if s > 0 {
            header.push_str(" │ ");
        }
        header.push_str(&pad(name, widths[s] + 1 + texts[s]));
    }
    out.push_str(header.trim_end());
    out.push('\n');
    let shown = p.rows.len().min((t.rows() / 2).max(4));
    for r in &p.rows[..shown] {
        for (k, when) in ["now", "after"].into_iter().enumerate() {
            let mut line = if k == 0 {
                format!(
                    "{}{} {} ",
                    marker(r.highlight),
                    pad(&r.label, lw),
                    pad(when, 5)
                )
            } else {
                format!(" {} {} ", pad("", lw), pad(when, 5))
            };
            for (s, x) in r.pairs.iter().enumerate().take(n) {
                if s > 0 {
                    line.push_str(" │ ");
                }
                let (v, text) = if k == 0 {
                    (x.before, &x.before_text)
                } else {
                    (x.after, &x.after_text)
                };
                let drawn = bar(eighths(v, maxes[s], widths[s]));
                let room = " ".repeat(widths[s] - width_of(&drawn));
                let style = if r.highlight {
                    Style::Hint
                } else {
                    Style::Bold
                };
                let drawn = if (k == 1 || r.highlight) && !drawn.is_empty() {
                    format!("{}{room}", paint(&drawn, style, t.color))
                } else {
                    format!("{drawn}{room}")
                };
                line.push_str(&format!("{drawn} {}", pad_left(text, texts[s])));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    let rest = &p.rows[shown..];
    if rest.is_empty() {
        return;
    }
    let mut changed: Vec<&PairedRow> = rest
        .iter()
        .filter(|r| r.pairs.iter().any(|x| x.before != x.after))
        .collect();
    let rank = |r: &PairedRow| -> Vec<u128> {
        let mut key = vec![r.pairs.get(p.rank_by).map(Pair::change).unwrap_or(0)];
        key.extend(r.pairs.iter().map(Pair::change));
        key
    };
    changed.sort_by_key(|r| std::cmp::Reverse(rank(r)));
    out.push_str(&format!(
        "  … {} more {}{}: {} change, {} do not{}\n",
        rest.len(),
        p.label_name,
        if rest.len() == 1 { "" } else { "s" },
        changed.len(),
        rest.len() - changed.len(),
        if changed.is_empty() {
            ""
        } else {
            "; the largest changes first:"
        }
    ));
    let limit = t.rows().min(10);
    for r in changed.iter().take(limit) {
        let parts: Vec<String> = r
            .pairs
            .iter()
            .zip(&p.series)
            .map(|(x, name)| {
                format!(
                    "{name} {} → {} ({})",
                    x.before_text, x.after_text, x.change_text
                )
            })
            .collect();
        out.push_str(&format!(
            "{}{}: {}\n",
            marker(r.highlight),
            r.label,
            parts.join(", ")
        ));
    }
    if let Some(h) = changed.iter().skip(limit).find(|r| r.highlight) {
        let parts: Vec<String> = h
            .pairs
            .iter()
            .zip(&p.series)
            .map(|(x, name)| format!("{name} {} ({})", x.after_text, x.change_text))
            .collect();
        out.push_str(&format!("{MARK}{}: {}\n", h.label, parts.join(", ")));
    }
    if changed.len() > limit {
        out.push_str(&format!(
            "  … and {} more that change (every row: --chart-out FILE.svg or --json)\n",
            changed.len() - limit
        ));
    }
}

/// The grid's height in rows.
const SCATTER_ROWS: usize = 12;

fn scatter(out: &mut String, s: &Scatter, t: &Target) {
    out.push_str(&format!("{}\n", s.title));
    if s.points.is_empty() {
        out.push_str("  (nothing to draw)\n");
        return;
    }
    let top = |f: fn(&Point) -> u128| s.points.iter().max_by_key(|p| f(p)).expect("not empty");
    let (xmax, ymax) = (top(|p| p.x), top(|p| p.y));
    let yw = width_of(&ymax.y_text).max(1);
    let gw = t.width.saturating_sub(yw + 3).max(10);
    let gh = SCATTER_ROWS;
    let place = |v: u128, max: u128, cells: usize| -> usize {
        if max == 0 {
            0
        } else {
            (v as f64 / max as f64 * (cells - 1) as f64).round() as usize
        }
    };
    let mut counts = vec![vec![0usize; gw]; gh];
    let mut marked = vec![vec![false; gw]; gh];
    for p in &s.points {
        let c = place(p.x, xmax.x, gw);
        let r = gh - 1 - place(p.y, ymax.y, gh);
        counts[r][c] += 1;
        marked[r][c] |= p.highlight;
    }
    out.push_str(&format!("{} ↑\n", pad_left(&s.y_name, yw)));
    for (r, row) in counts.iter().enumerate() {
        let label = match r {
            0 => ymax.y_text.clone(),
            _ if r == gh - 1 => "0".to_string(),
            _ => String::new(),
        };
        let mut line = format!("{} │", pad_left(&label, yw));
        for (c, &n) in row.iter().enumerate() {
            let cell = match n {
                _ if marked[r][c] => paint("◆", Style::Hint, t.color),
                0 => " ".to_string(),
                1 => "•".to_string(),
                2..=9 => n.to_string(),
                _ => "*".to_string(),
            };
            line.push_str(&cell);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&format!("{} └{}→\n", pad("", yw), "─".repeat(gw)));
    let right = format!("{} {}", xmax.x_text, s.x_name);
    out.push_str(&format!(
        "{}  0{}\n",
        pad("", yw),
        pad_left(&right, gw.saturating_sub(1))
    ));
    let mark = if s.points.iter().any(|p| p.highlight) {
        format!(", ◆ yours ({MARK})")
    } else {
        String::new()
    };
    out.push_str(&format!(
        "  • one {}, 2–9 that many, * more{mark}\n",
        s.label_name
    ));
}

/// The figure as plain tables, for a stream that is not a terminal.
pub fn tables(fig: &Figure) -> String {
    let mut out = format!("{}\n", fig.title);
    for p in &fig.panels {
        match p {
            Panel::Bars(b) => {
                out.push_str(&format!("{}\n", b.title));
                let mut t = table::new([b.label_name.as_str(), b.value_name.as_str()]);
                for x in sorted_bars(b) {
                    t.add_row([
                        format!("{}{}", mark_text(x.highlight), x.label),
                        x.text.clone(),
                    ]);
                }
                out.push_str(&table::render(&t));
            }
            Panel::Paired(p) => {
                out.push_str(&format!("{}\n", p.title));
                let mut header = vec![p.label_name.clone()];
                for s in &p.series {
                    header.extend([format!("{s} now"), format!("{s} after"), format!("Δ {s}")]);
                }
                let mut t = table::new(header);
                for r in &p.rows {
                    let mut cells = vec![format!("{}{}", mark_text(r.highlight), r.label)];
                    for x in &r.pairs {
                        cells.extend([
                            x.before_text.clone(),
                            x.after_text.clone(),
                            x.change_text.clone(),
                        ]);
                    }
                    t.add_row(cells);
                }
                out.push_str(&table::render(&t));
            }
            Panel::Scatter(s) => {
                out.push_str(&format!("{}\n", s.title));
                let mut t =
                    table::new([s.label_name.as_str(), s.x_name.as_str(), s.y_name.as_str()]);
                for p in &s.points {
                    t.add_row([
                        format!("{}{}", mark_text(p.highlight), p.label),
                        p.x_text.clone(),
                        p.y_text.clone(),
                    ]);
                }
                out.push_str(&table::render(&t));
            }
        }
    }
    out
}

fn mark_text(highlight: bool) -> &'static str {
    if highlight { "▶ " } else { "" }
}

#[cfg(test)]
mod tests;
