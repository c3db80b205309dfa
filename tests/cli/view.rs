//! `tao view`: the refusals without a terminal (the real binary), and the dashboard's loop run
//! in this process on ratatui's `TestBackend` against the devnet: the panes follow the chain
//! block by block, a stake added during the run appears, a lost connection is shown and
//! reconnected, and Ctrl-C leaves.

use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tao::chain::ConnectOptions;
use tao::cli::view::{Event, Step, ViewLoop};
use tao::ui::view::{Connection, Pane, ViewState, frame_text};
use tokio::sync::mpsc;

use crate::support::Sandbox;
use crate::support::devnet::*;

#[test]
fn view_refuses_json_and_a_stdout_that_is_not_a_terminal() {
    let sb = Sandbox::new();
    let r = sb.run(&["--json", "view"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let v = r.json();
    assert_eq!(v["errors"][0]["code"], "view.not_a_terminal", "{v}");
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("no --json form"),
        "{v}"
    );
    // stdout is a pipe here.
    let r = sb.run(&["view", "--netuid", "2"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("needs a terminal: stdout is not a terminal"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint: read the same data once"),
        "{}",
        r.stderr
    );
}

fn account(seed: &str) -> [u8; 32] {
    *AsRef::<[u8; 32]>::as_ref(&tao_devnet::dev_account(seed))
}

type Loop = ViewLoop<TestBackend>;

/// Step the loop until `done` holds (at most 100 steps of 20 s each).
fn step_until(net: &Net, view: &mut Loop, what: &str, done: impl Fn(&Loop) -> bool) {
    for _ in 0..100 {
        if done(view) {
            return;
        }
        let step = net
            ._rt
            .block_on(async { tokio::time::timeout(Duration::from_secs(20), view.step()).await })
            .unwrap_or_else(|_| panic!("no step within 20 s while waiting for {what}"))
            .expect("a step");
        assert_eq!(step, Step::Continue, "waiting for {what}");
    }
    panic!("not reached: {what}; state {:?}", view.state);
}

fn screen(view: &Loop) -> String {
    frame_text(view.terminal.backend().buffer())
}

#[test]
fn the_view_follows_the_devnet_block_by_block() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let mut opts = ConnectOptions::new(net.devnet.url(), Duration::from_secs(5));
    opts.cache = None;
    let (keys, events) = mpsc::unbounded_channel();
    let mut state = ViewState::new("devnet", 1, Some(account("//Dave//hot")));
    state.pane = Pane::Portfolio;
    let terminal = Terminal::new(TestBackend::new(120, 30)).unwrap();
    let wallets = vec![("dave".to_string(), account("//Dave"))];
    let mut view = ViewLoop::new(terminal, state, opts.clone(), wallets, events);
    let link = net
        ._rt
        .block_on(tao::chain::view::connect(&opts))
        .expect("connects");
    view.attach(link);

    // The first head: the panes show the devnet's block, Dave's balance and no stake.
    step_until(&net, &mut view, "the first snapshot", |v| v.blocks >= 1);
    let first = view.state.block().unwrap();
    assert_eq!(first, u64::from(net.devnet.ctx.read_best_number()));
    let d = view.state.data.as_ref().unwrap();
    assert_eq!(d.wallets[0].balance.free, free_of(&net, "//Dave"));
    assert!(d.positions.is_empty(), "{:?}", d.positions);
    assert_eq!(
        d.subnets
            .iter()
            .map(|s| s.subnet.netuid)
            .collect::<Vec<_>>(),
        [0, 1, 2, 3]
    );
    let mg = d.metagraph.as_ref().unwrap();
    assert_eq!((mg.netuid, mg.neurons.len()), (1, 4));
    assert_eq!(view.state.own_uid(), Some(3));
    assert_eq!(view.state.connection, Connection::Live);
    let text = screen(&view);
    assert!(
        text.contains(&format!("devnet · #{first} · live")),
        "{text}"
    );
    assert!(text.contains("no stake"), "{text}");

    // Two new blocks: the view reads each (or the last, if they came together).
    net.devnet.ctx.new_blocks(2);
    step_until(&net, &mut view, "block +2", |v| {
        v.state.block() == Some(first + 2)
    });
    assert!(screen(&view).contains(&format!("#{} · live", first + 2)));

    // Dave stakes 2 τ on subnet 1 (the binary, one block): the position appears.
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "-y",
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "2",
        ],
    ));
    let included = d["block_number"].as_u64().unwrap();
    step_until(&net, &mut view, "the stake", |v| {
        v.state.block() >= Some(included)
    });
    let staked = stake_of(&net, "//Dave", "//Dave//hot", 1);
    assert!(staked > 0);
    let d = view.state.data.as_ref().unwrap();
    assert_eq!(d.positions.len(), 1, "{:?}", d.positions);
    let p = &d.positions[0];
    assert_eq!(
        (p.position.netuid, p.position.hotkey, p.position.stake),
        (1, account("//Dave//hot"), staked)
    );
    let text = screen(&view);
    let shown = format!("{} α", tao::units::format_decimal(staked));
    assert!(text.contains(&shown), "{shown}\n{text}");
    // The metagraph pane has the new stake on Dave's uid.
    keys.send(Event::Key(KeyEvent::new(
        KeyCode::Char('3'),
        KeyModifiers::NONE,
    )))
    .unwrap();
    step_until(&net, &mut view, "the metagraph pane", |v| {
        v.state.pane == Pane::Metagraph
    });
    let mg = view
        .state
        .data
        .as_ref()
        .unwrap()
        .metagraph
        .as_ref()
        .unwrap();
    assert!(mg.neurons[3].alpha_stake >= staked, "{:?}", mg.neurons[3]);
    let text = screen(&view);
    assert!(text.contains("▶3"), "{text}");

    // The connection drops: the view says so, keeps the data, and reconnects by itself.
    net.devnet.ctx.drop_connections_after(0);
    step_until(&net, &mut view, "the lost connection", |v| {
        matches!(v.state.connection, Connection::Lost { .. })
    });
    let text = screen(&view);
    assert!(text.contains("connection lost, retry 1"), "{text}");
    assert!(
        text.contains("the data is from the last block read"),
        "{text}"
    );
    assert!(view.state.data.is_some());
    let before = view.state.block().unwrap();
    step_until(&net, &mut view, "the reconnection", |v| {
        v.state.connection == Connection::Live && v.blocks > 0
    });
    net.devnet.ctx.new_blocks(1);
    step_until(&net, &mut view, "a block after the reconnection", |v| {
        v.state.block() > Some(before)
    });

    // Ctrl-C leaves.
    keys.send(Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )))
    .unwrap();
    let step = net._rt.block_on(view.step()).unwrap();
    assert_eq!(step, Step::Quit);
}
