//! The view's state: the latest [`Snapshot`], the connection, and what the person chose (pane,
//! sort, filter, selection, help, the weight row being edited and its Yuma preview).
//!
//! Everything here is a plain function of the state: no terminal, no chain, no clock.

use crate::chain::view::Snapshot;
use crate::ss58;
use crate::yuma::math::vec_u16_max_upscale_to_u16;
use crate::yuma::{Preview, preview_subnet};

/// The panes, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// Balances and stake of the chosen wallets.
    Portfolio,
    /// Every subnet: price, emission, the countdown to its epoch.
    Subnets,
    /// The chosen subnet's neurons, and the weight row being edited.
    Metagraph,
}

impl Pane {
    /// Every pane, in tab order.
    pub const ALL: [Pane; 3] = [Pane::Portfolio, Pane::Subnets, Pane::Metagraph];

    /// Its position in [`Pane::ALL`].
    pub fn index(self) -> usize {
        match self {
            Pane::Portfolio => 0,
            Pane::Subnets => 1,
            Pane::Metagraph => 2,
        }
    }

    /// The keys its rows can be sorted by, the first being the default.
    pub fn sort_keys(self) -> &'static [&'static str] {
        match self {
            Pane::Portfolio => &["wallet", "netuid", "stake", "value"],
            Pane::Subnets => &["netuid", "price", "emission", "next epoch", "pool τ"],
            Pane::Metagraph => &[
                "uid",
                "stake",
                "emission",
                "incentive",
                "dividends",
                "trust",
                "weight",
                "Δ emission",
            ],
        }
    }
}

/// The connection to the node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// Connecting (the first time).
    Connecting,
    /// Subscribed to new heads.
    Live,
    /// Lost; the view shows the last data and retries.
    Lost {
        /// Why.
        reason: String,
        /// Reconnection attempts so far.
        attempt: u32,
        /// Seconds until the next one.
        retry_in: u64,
    },
}

/// How a pane's rows are sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    /// An index into [`Pane::sort_keys`].
    pub key: usize,
    /// Largest first.
    pub descending: bool,
}

/// A weight row being edited: the validator whose row it is, and one weight per uid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The validator (the preview's `as uid`).
    pub as_uid: u16,
    /// The weight of each uid as submitted (u16; the chain max-upscales the row); empty until
    /// the subnet's epoch input has been read, then the validator's stored row.
    pub weights: Vec<u16>,
}

/// The step of `+` and `-` on a weight: 1/20 of the largest value.
pub const WEIGHT_STEP: u16 = 3277;

/// Everything the view shows.
#[derive(Debug, Clone)]
pub struct ViewState {
    /// The network's name.
    pub network: String,
    /// The connection.
    pub connection: Connection,
    /// The latest data (none before the first read).
    pub data: Option<Snapshot>,
    /// The subnet of the metagraph pane.
    pub netuid: u16,
    /// The wallet's hotkey (its uid is marked, and is the default validator of an edit).
    pub hotkey: Option<[u8; 32]>,
    /// The pane shown.
    pub pane: Pane,
    /// Each pane's sort.
    pub sorts: [Sort; 3],
    /// Each pane's filter (a case-insensitive substring of a row's text; empty: every row).
    pub filters: [String; 3],
    /// Whether keys go to the filter.
    pub typing_filter: bool,
    /// Each pane's selected row (a position in [`ViewState::rows`]).
    pub selected: [usize; 3],
    /// Whether the help is shown.
    pub help: bool,
    /// The weight row being edited.
    pub edit: Option<Edit>,
    /// The Yuma preview of the edited row, or why there is none.
    pub preview: Option<Result<Preview, String>>,
    /// A one-line message (the last read's error, a hint).
    pub message: Option<String>,
    /// Whether to use colour.
    pub color: bool,
}

impl ViewState {
    /// The state before the first read.
    pub fn new(network: impl Into<String>, netuid: u16, hotkey: Option<[u8; 32]>) -> ViewState {
        ViewState {
            network: network.into(),
            connection: Connection::Connecting,
            data: None,
            netuid,
            hotkey,
            pane: Pane::Portfolio,
            sorts: [Sort::default(); 3],
            filters: Default::default(),
            typing_filter: false,
            selected: [0; 3],
            help: false,
            edit: None,
            preview: None,
            message: None,
            color: false,
        }
    }

    /// The block of the latest data.
    pub fn block(&self) -> Option<u64> {
        self.data.as_ref().map(|d| d.block)
    }

    /// Whether the next read should include the subnet's epoch input (a row is being edited).
    pub fn wants_epoch(&self) -> bool {
        self.edit.is_some()
    }

    /// Take a new snapshot (the connection is live), keep the selections in range and bring the
    /// edited row and its preview up to date ([`ViewState::sync_edit`]).
    pub fn set_snapshot(&mut self, data: Snapshot) {
        self.data = Some(data);
        self.connection = Connection::Live;
        self.clamp_selection();
        self.sync_edit();
    }

    /// Start an edited row from the validator's stored row once the epoch input is there, and
    /// recompute the preview.
    pub fn sync_edit(&mut self) {
        if let (Some(edit), Some(epoch)) = (
            self.edit.as_mut(),
            self.data.as_ref().and_then(|d| d.epoch.as_ref()),
        ) {
            let first = &epoch.input.mechanisms[0];
            let n = usize::from(first.n);
            if edit.weights.len() != n {
                let mut dense = vec![0u16; n];
                if let Some(row) = first.weights.get(usize::from(edit.as_uid)) {
                    for &(j, v) in row {
                        if let Some(w) = dense.get_mut(usize::from(j)) {
                            *w = v;
                        }
                    }
                }
                edit.weights = dense;
            }
        }
        self.recompute_preview();
    }

    /// Keep every pane's selection within its rows.
    pub fn clamp_selection(&mut self) {
        for pane in Pane::ALL {
            let len = self.rows(pane).len();
            let s = &mut self.selected[pane.index()];
            *s = (*s).min(len.saturating_sub(1));
        }
    }

    /// The uid of the wallet's hotkey on the chosen subnet.
    pub fn own_uid(&self) -> Option<u16> {
        let hk = self.hotkey?;
        let mg = self.data.as_ref()?.metagraph.as_ref()?;
        mg.neurons.iter().find(|n| n.hotkey == hk).map(|n| n.uid)
    }

    /// The uid of the metagraph row selected.
    pub fn selected_uid(&self) -> Option<u16> {
        let mg = self.data.as_ref()?.metagraph.as_ref()?;
        let rows = self.rows(Pane::Metagraph);
        rows.get(self.selected[Pane::Metagraph.index()])
            .map(|&i| mg.neurons[i].uid)
    }

    /// The netuid of the subnets row selected.
    pub fn selected_netuid(&self) -> Option<u16> {
        let d = self.data.as_ref()?;
        let rows = self.rows(Pane::Subnets);
        rows.get(self.selected[Pane::Subnets.index()])
            .map(|&i| d.subnets[i].subnet.netuid)
    }

    /// The edited row as the chain would store it: the uids with a weight above zero, in uid
    /// order, max-upscaled.
    pub fn stored_row(&self) -> Option<Vec<(u16, u16)>> {
        let edit = self.edit.as_ref()?;
        let (uids, values): (Vec<u16>, Vec<u16>) = edit
            .weights
            .iter()
            .enumerate()
            .filter(|(_, w)| **w > 0)
            .map(|(j, w)| (u16::try_from(j).unwrap_or(u16::MAX), *w))
            .unzip();
        let stored = vec_u16_max_upscale_to_u16(&values);
        Some(uids.into_iter().zip(stored).collect())
    }

    /// Run the Yuma preview of the edited row (the subnet's next epoch with the validator's
    /// stored row and with the edited one), or say why there is none.
    pub fn recompute_preview(&mut self) {
        let Some(edit) = &self.edit else {
            self.preview = None;
            return;
        };
        let Some(epoch) = self.data.as_ref().and_then(|d| d.epoch.as_ref()) else {
            self.preview = Some(Err("reading the subnet's epoch input…".into()));
            return;
        };
        let row = self.stored_row().unwrap_or_default();
        self.preview = Some(if row.is_empty() {
            Err("the row has no weight above zero: raise one with +".into())
        } else {
            preview_subnet(&epoch.input, 0, edit.as_uid, &row)
                .map(|p| p.mechanism)
                .map_err(|e| e.to_string())
        });
    }

    /// The rows of `pane` after its filter, in its sort order: indices into the snapshot's
    /// positions, subnets or neurons.
    pub fn rows(&self, pane: Pane) -> Vec<usize> {
        let Some(d) = &self.data else {
            return Vec::new();
        };
        let filter = self.filters[pane.index()].to_lowercase();
        let sort = self.sorts[pane.index()];
        let keep = |text: String| filter.is_empty() || text.to_lowercase().contains(&filter);
        let mut rows: Vec<usize> = match pane {
            Pane::Portfolio => (0..d.positions.len())
                .filter(|&i| {
                    let p = &d.positions[i];
                    keep(format!(
                        "{} {} {} {}",
                        p.wallet,
                        p.position.netuid,
                        ss58::encode_default(&p.position.hotkey),
                        p.symbol
                    ))
                })
                .collect(),
            Pane::Subnets => (0..d.subnets.len())
                .filter(|&i| {
                    let s = &d.subnets[i].subnet;
                    keep(format!("{} {} {}", s.netuid, s.name, s.symbol))
                })
                .collect(),
            Pane::Metagraph => match &d.metagraph {
                None => Vec::new(),
                Some(mg) => (0..mg.neurons.len())
                    .filter(|&i| {
                        let n = &mg.neurons[i];
                        keep(format!(
                            "{} {} {}",
                            n.uid,
                            ss58::encode_default(&n.hotkey),
                            ss58::encode_default(&n.coldkey)
                        ))
                    })
                    .collect(),
            },
        };
        let key = |i: usize| -> i128 { self.sort_value(pane, sort.key, i) };
        // A stable sort on the key, ties in the snapshot's order.
        rows.sort_by(|&a, &b| {
            let o = key(a).cmp(&key(b));
            if sort.descending { o.reverse() } else { o }
        });
        rows
    }

    fn sort_value(&self, pane: Pane, key: usize, i: usize) -> i128 {
        let Some(d) = &self.data else { return 0 };
        match pane {
            Pane::Portfolio => {
                let p = &d.positions[i];
                match key {
                    1 => i128::from(p.position.netuid),
                    2 => i128::from(p.position.stake),
                    3 => i128::from(p.value),
                    _ => i as i128,
                }
            }
            Pane::Subnets => {
                let s = &d.subnets[i];
                match key {
                    1 => i128::from(s.price),
                    2 => i128::from(s.subnet.tao_in_emission),
                    3 => s
                        .next_epoch(d.block)
                        .map_or(i128::MAX, |b| i128::from(b - d.block)),
                    4 => i128::from(s.subnet.tao_in),
                    _ => i128::from(s.subnet.netuid),
                }
            }
            Pane::Metagraph => {
                let Some(mg) = &d.metagraph else { return 0 };
                let n = &mg.neurons[i];
                let uid = usize::from(n.uid);
                match key {
                    1 => i128::from(n.alpha_stake),
                    2 => i128::from(n.emission),
                    3 => i128::from(n.incentive),
                    4 => i128::from(n.dividends),
                    5 => i128::from(n.trust),
                    6 => self
                        .edit
                        .as_ref()
                        .and_then(|e| e.weights.get(uid))
                        .map_or(0, |w| i128::from(*w)),
                    7 => match &self.preview {
                        Some(Ok(p)) => p.rows.get(uid).map_or(0, |r| r.emission_delta),
                        _ => 0,
                    },
                    _ => i128::from(n.uid),
                }
            }
        }
    }
}
