//! `tao view`: the time to draw one frame of the metagraph pane of a 256-uid subnet (120 × 40
//! cells on ratatui's `TestBackend`, so the time is the view's own: the sort, the visible rows,
//! the widgets; a real terminal adds only the diff it writes). The target is under 5 ms. Also
//! timed: the same frame while a weight row is edited (the preview's columns), and the frame
//! with the rows sorted by stake.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tao::chain::read::{Metagraph, Neuron, Subnet};
use tao::chain::view::{Snapshot, SubnetRow};
use tao::ui::view::{Edit, Pane, ViewState, render};

const TAO: u64 = 1_000_000_000;

fn key(seed: u16) -> [u8; 32] {
    let mut k = [0u8; 32];
    for (i, b) in k.iter_mut().enumerate() {
        *b = (u32::from(seed) * 31 + i as u32 * 7) as u8;
    }
    k
}

fn amount(u: u16, salt: u64) -> u64 {
    (u64::from(u) * 7919 + salt * 104_729) % 1_000_003 * 1_000 + u64::from(u)
}

fn neuron(uid: u16) -> Neuron {
    Neuron {
        uid,
        hotkey: key(uid),
        coldkey: key(1000 + uid),
        active: true,
        validator_permit: uid < 64,
        alpha_stake: amount(uid, 1) * 100,
        tao_stake: 0,
        total_stake: amount(uid, 1) * 100,
        emission: amount(uid, 2),
        dividends: (amount(uid, 6) % 65536) as u16,
        incentive: (amount(uid, 3) % 65536) as u16,
        consensus: (amount(uid, 4) % 65536) as u16,
        trust: (amount(uid, 5) % 65536) as u16,
        rank: 0,
        pruning_score: 0,
        last_update: 1230,
        block_at_registration: 1,
        axon: (0, 0, 0),
        identity: None,
    }
}

fn state(n: u16) -> ViewState {
    let subnet = Subnet {
        netuid: 1,
        name: "apex".into(),
        symbol: "α".into(),
        owner_hotkey: key(0),
        owner_coldkey: key(1000),
        tempo: 360,
        last_step: 1000,
        blocks_since_last_step: 234,
        alpha_in: 1000 * TAO,
        alpha_out: 1500 * TAO,
        tao_in: 1000 * TAO,
        alpha_out_emission: TAO,
        alpha_in_emission: TAO,
        tao_in_emission: TAO,
        subnet_volume: 0,
        network_registered_at: 0,
        moving_price_bits: 0,
        identity: None,
    };
    let mut s = ViewState::new("finney", 1, Some(key(7)));
    s.pane = Pane::Metagraph;
    s.set_snapshot(Snapshot {
        block: 1234,
        wallets: Vec::new(),
        positions: Vec::new(),
        subnets: vec![SubnetRow {
            subnet,
            price: TAO,
            pending_epoch: 0,
        }],
        metagraph: Some(Metagraph {
            netuid: 1,
            name: "apex".into(),
            symbol: "α".into(),
            block: 1234,
            tempo: 360,
            last_step: 1000,
            blocks_since_last_step: 234,
            alpha_in: 1000 * TAO,
            alpha_out: 1500 * TAO,
            tao_in: 1000 * TAO,
            owner_hotkey: key(0),
            owner_coldkey: key(1000),
            burn: TAO,
            num_uids: n,
            max_uids: n,
            neurons: (0..n).map(neuron).collect(),
            identity: None,
        }),
        epoch: None,
    });
    s.selected[2] = 128;
    s
}

fn frames(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let mut s = state(256);
    c.bench_function("metagraph_256_frame", |b| {
        b.iter(|| {
            terminal.draw(|f| render(f, black_box(&s))).expect("draws");
        })
    });
    s.sorts[2].key = 1;
    s.sorts[2].descending = true;
    c.bench_function("metagraph_256_frame_sorted_by_stake", |b| {
        b.iter(|| {
            terminal.draw(|f| render(f, black_box(&s))).expect("draws");
        })
    });
    s.edit = Some(Edit {
        as_uid: 7,
        weights: vec![65535; 256],
    });
    c.bench_function("metagraph_256_frame_editing", |b| {
        b.iter(|| {
            terminal.draw(|f| render(f, black_box(&s))).expect("draws");
        })
    });
}

criterion_group!(benches, frames);
criterion_main!(benches);
