//! Drawing a frame of the view from its [`ViewState`]: the tab line with the network, block and
//! connection; the pane shown; the footer (keys, the filter being typed, a message); the help
//! over it all. Only the rows that fit are built, and columns that do not fit are left out from
//! the right.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table};

use super::keys::HELP;
use super::state::{Connection, Pane, ViewState};
use crate::chain::fixed::u16_fraction;
use crate::ss58;
use crate::units::{format_decimal, format_i32f32, format_signed_rao};

/// `5Grwva…utQY`.
fn short(key: &[u8; 32]) -> String {
    let s = ss58::encode_default(key);
    format!("{}…{}", &s[..6], &s[s.len() - 4..])
}

/// A column of a table.
struct Col {
    header: &'static str,
    width: u16,
    right: bool,
}

const fn col(header: &'static str, width: u16, right: bool) -> Col {
    Col {
        header,
        width,
        right,
    }
}

/// The text of a rendered buffer: one line per row of cells, trailing spaces removed (a
/// double-width symbol is followed by the blank cell it covers).
pub fn frame_text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width.max(1));
    let mut out = String::with_capacity(buffer.content.len() + usize::from(buffer.area.height));
    for cells in buffer.content.chunks(width) {
        let line: String = cells.iter().map(|c| c.symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

impl ViewState {
    fn style(&self, color: Color) -> Style {
        if self.color {
            Style::default().fg(color)
        } else {
            Style::default()
        }
    }
}

/// Draw the whole frame.
pub fn render(frame: &mut Frame, state: &ViewState) {
    let area = frame.area();
    let [top, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    render_top(frame, top, state);
    match state.pane {
        Pane::Portfolio => render_portfolio(frame, body, state),
        Pane::Subnets => render_subnets(frame, body, state),
        Pane::Metagraph => render_metagraph(frame, body, state),
    }
    render_footer(frame, footer, state);
    if state.help {
        render_help(frame, area);
    }
}

fn render_top(frame: &mut Frame, area: Rect, state: &ViewState) {
    let mut spans = Vec::new();
    for pane in Pane::ALL {
        let name = match pane {
            Pane::Portfolio => "1 Portfolio".to_string(),
            Pane::Subnets => "2 Subnets".to_string(),
            Pane::Metagraph => format!("3 Metagraph sn{}", state.netuid),
        };
        let style = if pane == state.pane {
            Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::default()
        };
        spans.push(Span::styled(format!(" {name} "), style));
        spans.push(Span::raw("│"));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    let block = match state.block() {
        Some(b) => format!("#{b}"),
        None => "no block yet".to_string(),
    };
    let (conn, color) = match &state.connection {
        Connection::Connecting => ("connecting…".to_string(), Color::Yellow),
        Connection::Live => ("live".to_string(), Color::Green),
        Connection::Lost {
            attempt, retry_in, ..
        } => (
            format!("connection lost, retry {attempt} in {retry_in} s"),
            Color::Red,
        ),
    };
    let right = Line::from(vec![
        Span::raw(format!("{} · {block} · ", state.network)),
        Span::styled(conn, state.style(color).add_modifier(Modifier::BOLD)),
        Span::raw(" "),
    ])
    .alignment(Alignment::Right);
    let used: u16 = 3 + 13 + 11 + 18 + u16::try_from(state.netuid.to_string().len()).unwrap_or(5);
    if area.width > used + right.width() as u16 {
        frame.render_widget(Paragraph::new(right), area);
    }
}

fn render_footer(frame: &mut Frame, area: Rect, state: &ViewState) {
    let p = state.pane.index();
    let line = if state.typing_filter {
        Line::from(vec![
            Span::styled("filter: ", Style::default().add_modifier(Modifier::BOLD)),
            Span::raw(format!("{}▏", state.filters[p])),
            Span::raw("  (Enter keeps it, Esc clears it)"),
        ])
    } else if let Connection::Lost { reason, .. } = &state.connection {
        Line::from(Span::styled(
            format!("the data is from the last block read; {reason}"),
            state.style(Color::Red),
        ))
    } else if let Some(m) = &state.message {
        Line::from(m.as_str())
    } else {
        let edit = if state.pane == Pane::Metagraph {
            if state.edit.is_some() {
                " · +/-/0 weight · e/Esc end edit (nothing is signed)"
            } else {
                " · e edit weights"
            }
        } else if state.pane == Pane::Subnets {
            " · Enter metagraph"
        } else {
            ""
        };
        Line::from(format!(
            "Tab pane · ↑↓ move · s sort · r reverse · / filter{edit} · ? help · q quit"
        ))
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn render_help(frame: &mut Frame, area: Rect) {
    let width = area.width.min(80);
    let height = area.height.min(u16::try_from(HELP.len()).unwrap_or(20) + 4);
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height) / 2;
    let r = Rect::new(x, y, width, height);
    let mut lines: Vec<Line> = HELP
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(
                    format!(" {k:<19}"),
                    Style::default().add_modifier(Modifier::BOLD),
                ),
                Span::raw(*what),
            ])
        })
        .collect();
    lines.push(Line::from(" Nothing is signed or submitted from the view."));
    frame.render_widget(Clear, r);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" keys (? or Esc closes) ")),
        r,
    );
}

/// The pane's title: its name, the sort and the filter.
fn title(state: &ViewState, name: &str) -> String {
    let pane = state.pane;
    let sort = state.sorts[pane.index()];
    let key = pane.sort_keys()[sort.key];
    let dir = if sort.descending { "↓" } else { "↑" };
    let filter = &state.filters[pane.index()];
    if filter.is_empty() {
        format!(" {name} · sort {key} {dir} ")
    } else {
        format!(" {name} · sort {key} {dir} · filter \"{filter}\" ")
    }
}

/// Draw a table in `area` (with a border titled `name`): the columns that fit, the header, and
/// the window of `count` rows that holds the selected one, each row built by `row`.
fn draw_table(
    frame: &mut Frame,
    area: Rect,
    name: String,
    cols: &[Col],
    count: usize,
    selected: Option<usize>,
    row: &dyn Fn(usize) -> (Vec<String>, Style),
) {
    let block = Block::bordered().title(name);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    // Columns from the left while they fit (one space between columns).
    let mut fit = 0;
    let mut used = 0u16;
    for c in cols {
        let w = c.width + u16::from(fit > 0);
        if used + w > inner.width && fit > 0 {
            break;
        }
        used += w;
        fit += 1;
    }
    let cols = &cols[..fit];
    let visible = usize::from(inner.height.saturating_sub(1));
    let sel = selected.unwrap_or(0).min(count.saturating_sub(1));
    let offset = if visible == 0 || sel < visible {
        0
    } else {
        sel + 1 - visible
    };
    let end = count.min(offset + visible);
    let cell = |text: String, c: &Col| {
        let line = Line::from(text);
        Cell::from(if c.right {
            line.alignment(Alignment::Right)
        } else {
            line
        })
    };
    let header = Row::new(
        cols.iter()
            .map(|c| cell(c.header.to_string(), c))
            .collect::<Vec<_>>(),
    )
    .style(Style::default().add_modifier(Modifier::BOLD));
    let rows: Vec<Row> = (offset..end)
        .map(|i| {
            let (texts, mut style) = row(i);
            if selected == Some(i) {
                style = style.add_modifier(Modifier::REVERSED);
            }
            Row::new(
                texts
                    .into_iter()
                    .zip(cols)
                    .map(|(t, c)| cell(t, c))
                    .collect::<Vec<_>>(),
            )
            .style(style)
        })
        .collect();
    let widths: Vec<Constraint> = cols.iter().map(|c| Constraint::Length(c.width)).collect();
    frame.render_widget(Table::new(rows, widths).header(header), inner);
}

fn nothing_yet(frame: &mut Frame, area: Rect, state: &ViewState, what: &str) {
    let text = match &state.connection {
        Connection::Lost { reason, .. } => format!("no data: {reason}"),
        _ => format!("reading {what}…"),
    };
    frame.render_widget(
        Paragraph::new(text).block(Block::bordered().title(format!(" {what} "))),
        area,
    );
}

fn render_portfolio(frame: &mut Frame, area: Rect, state: &ViewState) {
    let Some(d) = &state.data else {
        return nothing_yet(frame, area, state, "portfolio");
    };
    let wallets_height = u16::try_from(d.wallets.len())
        .unwrap_or(u16::MAX)
        .saturating_add(3);
    let [top, bottom] = Layout::vertical([
        Constraint::Length(wallets_height.min(area.height / 2).max(3)),
        Constraint::Min(0),
    ])
    .areas(area);
    let staked: u64 = d.positions.iter().fold(0, |t, p| t.saturating_add(p.value));
    let free: u64 = d
        .wallets
        .iter()
        .fold(0, |t, w| t.saturating_add(w.balance.free));
    let wcols = [
        col("wallet", 16, false),
        col("coldkey", 11, false),
        col("free τ", 20, true),
        col("reserved τ", 16, true),
        col("staked value τ", 20, true),
    ];
    draw_table(
        frame,
        top,
        format!(
            " wallets · free τ{} · staked τ{} · total τ{} ",
            format_decimal(free),
            format_decimal(staked),
            format_decimal(free.saturating_add(staked))
        ),
        &wcols,
        d.wallets.len(),
        None,
        &|i| {
            let w = &d.wallets[i];
            let value = d
                .positions
                .iter()
                .filter(|p| p.position.coldkey == w.coldkey)
                .fold(0u64, |t, p| t.saturating_add(p.value));
            (
                vec![
                    w.name.clone(),
                    short(&w.coldkey),
                    format_decimal(w.balance.free),
                    format_decimal(w.balance.reserved),
                    format_decimal(value),
                ],
                Style::default(),
            )
        },
    );
    let rows = state.rows(Pane::Portfolio);
    let pcols = [
        col("wallet", 12, false),
        col("netuid", 6, true),
        col("hotkey", 11, false),
        col("stake", 22, true),
        col("price τ/α", 14, true),
        col("value τ", 20, true),
    ];
    if rows.is_empty() && state.filters[0].is_empty() {
        frame.render_widget(
            Paragraph::new("no stake").block(Block::bordered().title(title(state, "stake"))),
            bottom,
        );
        return;
    }
    draw_table(
        frame,
        bottom,
        title(state, "stake"),
        &pcols,
        rows.len(),
        Some(state.selected[0]),
        &|k| {
            let p = &d.positions[rows[k]];
            (
                vec![
                    p.wallet.clone(),
                    p.position.netuid.to_string(),
                    short(&p.position.hotkey),
                    format!("{} {}", format_decimal(p.position.stake), p.symbol),
                    format_decimal(p.price),
                    format_decimal(p.value),
                ],
                Style::default(),
            )
        },
    );
}

fn render_subnets(frame: &mut Frame, area: Rect, state: &ViewState) {
    let Some(d) = &state.data else {
        return nothing_yet(frame, area, state, "subnets");
    };
    let rows = state.rows(Pane::Subnets);
    let cols = [
        col("netuid", 6, true),
        col("name", 14, false),
        col("price τ/α", 14, true),
        col("emission τ/blk", 14, true),
        col("tempo", 5, true),
        col("next epoch", 16, true),
        col("pool τ", 16, true),
        col("pool α", 16, true),
    ];
    draw_table(
        frame,
        area,
        title(state, &format!("subnets ({})", d.subnets.len())),
        &cols,
        rows.len(),
        Some(state.selected[1]),
        &|k| {
            let s = &d.subnets[rows[k]];
            let n = &s.subnet;
            let next = match s.next_epoch(d.block) {
                Some(b) => format!("in {} (#{b})", b - d.block),
                None => "none".to_string(),
            };
            let style = if n.netuid == state.netuid {
                Style::default().add_modifier(Modifier::BOLD)
            } else {
                Style::default()
            };
            (
                vec![
                    n.netuid.to_string(),
                    format!("{} {}", n.symbol, n.name),
                    format_decimal(s.price),
                    format_decimal(n.tao_in_emission),
                    n.tempo.to_string(),
                    next,
                    format_decimal(n.tao_in),
                    format_decimal(n.alpha_in),
                ],
                style,
            )
        },
    );
}

fn render_metagraph(frame: &mut Frame, area: Rect, state: &ViewState) {
    let Some(d) = &state.data else {
        return nothing_yet(frame, area, state, "metagraph");
    };
    let Some(mg) = &d.metagraph else {
        frame.render_widget(
            Paragraph::new(format!(
                "subnet {} does not exist; choose one in the subnets pane (2, then Enter)",
                state.netuid
            ))
            .block(Block::bordered().title(" metagraph ")),
            area,
        );
        return;
    };
    let next = d
        .subnets
        .iter()
        .find(|s| s.subnet.netuid == mg.netuid)
        .and_then(|s| s.next_epoch(d.block));
    let mut head = vec![Line::from(format!(
        "subnet {} {} ({}) · {}/{} uids · tempo {} · {}",
        mg.netuid,
        mg.name,
        mg.symbol,
        mg.num_uids,
        mg.max_uids,
        mg.tempo,
        match next {
            Some(b) => format!("next epoch in {} blocks (#{b})", b - d.block),
            None => "no epochs".to_string(),
        }
    ))];
    let own = state.own_uid();
    let preview = match (&state.edit, &state.preview) {
        (Some(e), Some(Ok(p))) => {
            let at = d
                .epoch
                .as_ref()
                .map(|x| format!(" at #{}", x.epoch_block))
                .unwrap_or_default();
            head.push(Line::from(Span::styled(
                format!(
                    "uid {}'s row previewed on the epoch{at}: dividends {} → {}, validator emission {} → {} {}",
                    e.as_uid,
                    format_i32f32(p.dividends_before_bits, 4),
                    format_i32f32(p.dividends_after_bits, 4),
                    format_decimal(p.validator_emission_before),
                    format_decimal(p.validator_emission_after),
                    mg.symbol,
                ),
                state.style(Color::Yellow),
            )));
            Some(p)
        }
        (Some(e), Some(Err(why))) => {
            head.push(Line::from(format!("editing uid {}'s row: {why}", e.as_uid)));
            None
        }
        (Some(e), None) => {
            head.push(Line::from(format!("editing uid {}'s row", e.as_uid)));
            None
        }
        _ => None,
    };
    let head_height = u16::try_from(head.len()).unwrap_or(2);
    let [top, table] =
        Layout::vertical([Constraint::Length(head_height), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(head), top);
    let editing = state.edit.is_some();
    let mut cols = vec![col("uid", 5, true)];
    if editing {
        cols.extend([
            col("weight", 7, true),
            col("incentive →", 11, true),
            col("Δ emission", 14, true),
        ]);
    }
    cols.extend([
        col("stake", 16, true),
        col("emission", 13, true),
        col("incentive", 9, true),
        col("dividends", 9, true),
        col("trust", 6, true),
        col("consensus", 9, true),
        col("VP", 2, false),
        col("hotkey", 11, false),
    ]);
    let rows = state.rows(Pane::Metagraph);
    let total: u64 = state
        .edit
        .as_ref()
        .map(|e| e.weights.iter().map(|&w| u64::from(w)).sum())
        .unwrap_or(0);
    draw_table(
        frame,
        table,
        title(state, "neurons"),
        &cols,
        rows.len(),
        Some(state.selected[2]),
        &|k| {
            let n = &mg.neurons[rows[k]];
            let uid = usize::from(n.uid);
            let marked = own == Some(n.uid) || state.edit.as_ref().map(|e| e.as_uid) == Some(n.uid);
            let mut v = vec![if marked {
                format!("▶{}", n.uid)
            } else {
                n.uid.to_string()
            }];
            let mut style = Style::default();
            if editing {
                let w = state
                    .edit
                    .as_ref()
                    .and_then(|e| e.weights.get(uid))
                    .copied()
                    .unwrap_or(0);
                // The share of the row, in tenths of a percent, rounded down.
                v.push(match (u64::from(w) * 1000).checked_div(total) {
                    None => "-".to_string(),
                    Some(per_mille) => format!("{}.{}%", per_mille / 10, per_mille % 10),
                });
                match preview.and_then(|p| p.rows.get(uid)) {
                    Some(r) => {
                        v.push(format_i32f32(r.incentive_after_bits, 4));
                        v.push(format_signed_rao(r.emission_delta));
                        if r.changed() {
                            style = state.style(Color::Yellow);
                        }
                    }
                    None => v.extend(["".to_string(), "".to_string()]),
                }
            }
            v.extend([
                format_decimal(n.alpha_stake),
                format_decimal(n.emission),
                u16_fraction(n.incentive, 4),
                u16_fraction(n.dividends, 4),
                u16_fraction(n.trust, 4),
                u16_fraction(n.consensus, 4),
                if n.validator_permit { "✓" } else { "" }.to_string(),
                short(&n.hotkey),
            ]);
            (v, style)
        },
    );
}
