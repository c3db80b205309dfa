//! The view's keys: each press changes the [`ViewState`] and says what the loop should do next.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::state::{Edit, Pane, ViewState, WEIGHT_STEP};

/// What the loop does after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Redraw.
    Redraw,
    /// Read the chain again now (another subnet, or the epoch input an edit needs), then redraw.
    Refresh,
    /// Leave the view.
    Quit,
}

/// The help text: one line per key.
pub const HELP: &[(&str, &str)] = &[
    ("Tab / Shift-Tab", "next / previous pane"),
    ("1 2 3", "portfolio, subnets, metagraph"),
    ("↑ ↓ j k", "move the selection"),
    ("PgUp PgDn Home End", "move by a page, to the ends"),
    ("s", "sort by the next column"),
    ("r", "reverse the sort"),
    ("/", "filter rows (Enter keeps it, Esc clears it)"),
    ("Enter", "subnets pane: show that subnet's metagraph"),
    (
        "e",
        "metagraph: edit your weight row (or the selected uid's)",
    ),
    (
        "+ - 0",
        "editing: raise, lower, zero the selected uid's weight",
    ),
    ("Esc", "leave the edit, clear the filter, or quit"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
];

/// Handle one key.
pub fn on_key(state: &mut ViewState, key: KeyEvent) -> Action {
    if key.kind == KeyEventKind::Release {
        return Action::Redraw;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('d')) {
        return Action::Quit;
    }
    if state.help {
        match key.code {
            KeyCode::Char('q') => return Action::Quit,
            KeyCode::Char('?') | KeyCode::Esc | KeyCode::Enter => state.help = false,
            _ => {}
        }
        return Action::Redraw;
    }
    let pane = state.pane;
    let p = pane.index();
    if state.typing_filter {
        match key.code {
            KeyCode::Esc => {
                state.filters[p].clear();
                state.typing_filter = false;
            }
            KeyCode::Enter => state.typing_filter = false,
            KeyCode::Backspace => {
                state.filters[p].pop();
            }
            KeyCode::Char(c) => state.filters[p].push(c),
            _ => {}
        }
        state.selected[p] = 0;
        state.clamp_selection();
        return Action::Redraw;
    }
    let rows = state.rows(pane).len();
    let page = 10;
    match key.code {
        KeyCode::Char('q') => return Action::Quit,
        KeyCode::Esc => {
            if state.edit.is_some() && pane == Pane::Metagraph {
                state.edit = None;
                state.preview = None;
            } else if !state.filters[p].is_empty() {
                state.filters[p].clear();
                state.clamp_selection();
            } else {
                return Action::Quit;
            }
        }
        KeyCode::Char('?') => state.help = true,
        KeyCode::Tab => state.pane = Pane::ALL[(p + 1) % 3],
        KeyCode::BackTab => state.pane = Pane::ALL[(p + 2) % 3],
        KeyCode::Char(c @ '1'..='3') => {
            state.pane = Pane::ALL[usize::from(c as u8 - b'1')];
        }
        KeyCode::Down | KeyCode::Char('j') => {
            state.selected[p] = (state.selected[p] + 1).min(rows.saturating_sub(1));
        }
        KeyCode::Up | KeyCode::Char('k') => {
            state.selected[p] = state.selected[p].saturating_sub(1);
        }
        KeyCode::PageDown => {
            state.selected[p] = (state.selected[p] + page).min(rows.saturating_sub(1));
        }
        KeyCode::PageUp => state.selected[p] = state.selected[p].saturating_sub(page),
        KeyCode::Home | KeyCode::Char('g') => state.selected[p] = 0,
        KeyCode::End | KeyCode::Char('G') => state.selected[p] = rows.saturating_sub(1),
        KeyCode::Char('s') => {
            let keys = pane.sort_keys().len();
            let s = &mut state.sorts[p];
            s.key = (s.key + 1) % keys;
        }
        KeyCode::Char('r') => state.sorts[p].descending = !state.sorts[p].descending,
        KeyCode::Char('/') => state.typing_filter = true,
        KeyCode::Enter if pane == Pane::Subnets => {
            if let Some(netuid) = state.selected_netuid() {
                state.pane = Pane::Metagraph;
                if netuid != state.netuid {
                    state.netuid = netuid;
                    state.edit = None;
                    state.preview = None;
                    state.selected[Pane::Metagraph.index()] = 0;
                    state.message = Some(format!("reading subnet {netuid}…"));
                    return Action::Refresh;
                }
            }
        }
        KeyCode::Char('e') if pane == Pane::Metagraph => {
            if state.edit.take().is_some() {
                state.preview = None;
            } else if let Some(as_uid) = state.own_uid().or_else(|| state.selected_uid()) {
                state.edit = Some(Edit {
                    as_uid,
                    weights: Vec::new(),
                });
                let have_input = state.data.as_ref().is_some_and(|d| d.epoch.is_some());
                state.sync_edit();
                if !have_input {
                    return Action::Refresh;
                }
            }
        }
        KeyCode::Char(c @ ('+' | '=' | '-' | '0')) if pane == Pane::Metagraph => {
            let uid = state.selected_uid();
            if let (Some(edit), Some(uid)) = (state.edit.as_mut(), uid)
                && let Some(w) = edit.weights.get_mut(usize::from(uid))
            {
                *w = match c {
                    '+' | '=' => w.saturating_add(WEIGHT_STEP),
                    '-' => w.saturating_sub(WEIGHT_STEP),
                    _ => 0,
                };
                state.recompute_preview();
            }
        }
        _ => {}
    }
    Action::Redraw
}
