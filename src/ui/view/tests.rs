//! Frames of the view drawn on ratatui's `TestBackend` from fixed data (1, 4 and 256 uids, a
//! narrow terminal, the help, an edited row, a lost connection), and the keys.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::chain::read::{Balance, Metagraph, Neuron, StakePosition, Subnet};
use crate::chain::view::{EpochData, Position, Snapshot, SubnetRow, WalletBalance};
use crate::yuma::{EpochInput, SubnetInput};

const TAO: u64 = 1_000_000_000;

/// A fixed key for `seed`.
fn key(seed: u16) -> [u8; 32] {
    let mut k = [0u8; 32];
    for (i, b) in k.iter_mut().enumerate() {
        *b = (u32::from(seed) * 31 + i as u32 * 7) as u8;
    }
    k
}

/// A fixed, uneven amount for uid `u`.
fn amount(u: u16, salt: u64) -> u64 {
    (u64::from(u) * 7919 + salt * 104_729) % 1_000_003 * 1_000 + u64::from(u)
}

fn neuron(uid: u16) -> Neuron {
    Neuron {
        uid,
        hotkey: key(uid),
        coldkey: key(1000 + uid),
        active: true,
        validator_permit: uid < 2,
        alpha_stake: amount(uid, 1) * 100,
        tao_stake: 0,
        total_stake: amount(uid, 1) * 100,
        emission: amount(uid, 2),
        dividends: if uid < 2 { 32767 } else { 0 },
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

fn metagraph(n: u16) -> Metagraph {
    Metagraph {
        netuid: 1,
        name: "apex".into(),
        symbol: "α".into(),
        block: 1234,
        tempo: 10,
        last_step: 1230,
        blocks_since_last_step: 4,
        alpha_in: 1000 * TAO,
        alpha_out: 1500 * TAO,
        tao_in: 1000 * TAO,
        owner_hotkey: key(0),
        owner_coldkey: key(1000),
        burn: TAO,
        num_uids: n,
        max_uids: n.max(16),
        neurons: (0..n).map(neuron).collect(),
        identity: None,
    }
}

fn subnet(netuid: u16) -> SubnetRow {
    SubnetRow {
        subnet: Subnet {
            netuid,
            name: ["root", "apex", "omron", "templar"][usize::from(netuid % 4)].into(),
            symbol: ["τ", "α", "β", "γ"][usize::from(netuid % 4)].into(),
            owner_hotkey: key(0),
            owner_coldkey: key(1000),
            tempo: if netuid == 0 { 100 } else { 10 },
            last_step: 1230 - u64::from(netuid),
            blocks_since_last_step: 4 + u64::from(netuid),
            alpha_in: 1000 * TAO + u64::from(netuid) * 7,
            alpha_out: 1500 * TAO,
            tao_in: 1000 * TAO - u64::from(netuid) * 3,
            alpha_out_emission: TAO,
            alpha_in_emission: TAO / 2,
            tao_in_emission: TAO / 4 + u64::from(netuid),
            subnet_volume: 0,
            network_registered_at: 0,
            moving_price_bits: 0,
            identity: None,
        },
        price: if netuid == 0 {
            TAO
        } else {
            TAO - u64::from(netuid) * 1_000_003
        },
        pending_epoch: 0,
    }
}

#[test]
fn an_owner_triggered_epoch_shortens_the_countdown() {
    let mut s = subnet(1);
    // Tempo 10 from block 1229: the automatic epoch is at 1239.
    assert_eq!(s.next_epoch(1230), Some(1239));
    s.pending_epoch = 1232;
    assert_eq!(s.next_epoch(1230), Some(1232));
    // A pending block later than the automatic one does not delay it.
    s.pending_epoch = 1300;
    assert_eq!(s.next_epoch(1230), Some(1239));
}

fn snapshot(n: u16) -> Snapshot {
    let alice = key(1000);
    let position = |netuid: u16, stake: u64| Position {
        wallet: "alice".into(),
        position: StakePosition {
            hotkey: key(0),
            coldkey: alice,
            netuid,
            stake,
            emission: 0,
            is_registered: true,
        },
        symbol: subnet(netuid).subnet.symbol,
        price: subnet(netuid).price,
        value: crate::chain::read::tao_value(stake, subnet(netuid).price),
    };
    Snapshot {
        block: 1234,
        wallets: vec![WalletBalance {
            name: "alice".into(),
            coldkey: alice,
            balance: Balance {
                free: 998_989 * TAO + 123,
                reserved: 0,
                frozen: 0,
            },
        }],
        positions: vec![position(1, 1000 * TAO), position(3, 12 * TAO + 5)],
        subnets: (0..4).map(subnet).collect(),
        metagraph: Some(metagraph(n)),
        epoch: None,
    }
}

/// An epoch input for `n` uids: validators 0 and 1 (with stake and permits) weight every uid
/// equally.
fn epoch(n: u16) -> EpochData {
    let nu = usize::from(n);
    let all: Vec<(u16, u16)> = (0..n).map(|j| (j, 65535)).collect();
    let input = EpochInput {
        n,
        current_block: 1240,
        tempo: 10,
        activity_cutoff_factor_milli: 13889,
        activity_cutoff_blocks: None,
        last_mechanism_step_block: 1230,
        last_update: vec![1230; nu],
        block_at_registration: vec![1; nu],
        alpha_stake: (0..n)
            .map(|u| {
                if u < 2 {
                    (1000 - 500 * u64::from(u)) * TAO
                } else {
                    0
                }
            })
            .collect(),
        tao_stake: vec![0; nu],
        tao_weight_raw: 0,
        stake_threshold: 0,
        owner_uid: None,
        validator_permits: (0..n).map(|u| u < 2).collect(),
        max_allowed_validators: 128,
        weights: (0..n)
            .map(|u| if u < 2 { all.clone() } else { Vec::new() })
            .collect(),
        bonds: vec![Vec::new(); nu],
        commit_reveal_enabled: false,
        commit_blocks: vec![None; nu],
        kappa: 32767,
        bonds_penalty: 0,
        alpha_low: 45875,
        alpha_high: 58982,
        bonds_moving_average: 900_000,
        yuma3: false,
        liquid_alpha: false,
        alpha_sigmoid_steepness: 1000,
        rao_emission: TAO,
        pending_server_alpha: 5 * TAO,
        pending_validator_alpha: 5 * TAO,
        pending_root_alpha: 0,
    };
    EpochData {
        input: SubnetInput {
            emission_split: None,
            mechanisms: vec![input],
        },
        epoch_block: 1240,
    }
}

fn state(n: u16) -> ViewState {
    let mut s = ViewState::new("local", 1, Some(key(0)));
    s.set_snapshot(snapshot(n));
    s
}

fn draw(state: &ViewState, width: u16, height: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(width, height)).unwrap();
    t.draw(|f| render(f, state)).unwrap();
    frame_text(t.backend().buffer())
}

fn press(state: &mut ViewState, code: KeyCode) -> Action {
    on_key(state, KeyEvent::new(code, KeyModifiers::NONE))
}

fn chars(state: &mut ViewState, text: &str) {
    for c in text.chars() {
        press(state, KeyCode::Char(c));
    }
}

#[test]
fn frames_of_each_pane() {
    let mut s = state(4);
    insta::assert_snapshot!("portfolio", draw(&s, 100, 16));
    s.pane = Pane::Subnets;
    insta::assert_snapshot!("subnets", draw(&s, 100, 12));
}

#[test]
fn metagraph_frames_of_1_4_and_256_uids() {
    let mut s = state(1);
    s.pane = Pane::Metagraph;
    insta::assert_snapshot!("metagraph_1", draw(&s, 110, 10));
    let mut s = state(4);
    s.pane = Pane::Metagraph;
    insta::assert_snapshot!("metagraph_4", draw(&s, 110, 12));
    let mut s = state(256);
    s.pane = Pane::Metagraph;
    // The selection at uid 200 scrolls the table so that it shows.
    s.selected[2] = 200;
    let text = draw(&s, 110, 30);
    assert!(text.contains("│  200 "), "{text}");
    assert!(!text.contains("│    0 "), "{text}");
    insta::assert_snapshot!("metagraph_256", text);
}

#[test]
fn a_narrow_terminal_keeps_the_leftmost_columns() {
    let mut s = state(4);
    s.pane = Pane::Metagraph;
    let text = draw(&s, 40, 10);
    insta::assert_snapshot!("narrow", text);
    for line in text.lines() {
        assert!(line.chars().count() <= 40, "{line}");
    }
    // A terminal too small for anything still draws without panicking.
    draw(&s, 3, 2);
    s.help = true;
    draw(&s, 10, 4);
}

#[test]
fn the_help_and_a_lost_connection() {
    let mut s = state(4);
    press(&mut s, KeyCode::Char('?'));
    let text = draw(&s, 100, 22);
    assert!(text.contains("Nothing is signed"), "{text}");
    insta::assert_snapshot!("help", text);
    press(&mut s, KeyCode::Esc);
    assert!(!s.help);
    s.connection = Connection::Lost {
        reason: "the connection to ws://127.0.0.1:9944 broke".into(),
        attempt: 2,
        retry_in: 2,
    };
    let text = draw(&s, 100, 8);
    assert!(text.contains("connection lost, retry 2 in 2 s"), "{text}");
    assert!(
        text.contains("the data is from the last block read"),
        "{text}"
    );
    insta::assert_snapshot!("lost", text);
}

#[test]
fn tab_and_number_keys_switch_panes() {
    let mut s = state(4);
    assert_eq!(s.pane, Pane::Portfolio);
    assert_eq!(press(&mut s, KeyCode::Tab), Action::Redraw);
    assert_eq!(s.pane, Pane::Subnets);
    press(&mut s, KeyCode::Tab);
    assert_eq!(s.pane, Pane::Metagraph);
    press(&mut s, KeyCode::Tab);
    assert_eq!(s.pane, Pane::Portfolio);
    press(&mut s, KeyCode::BackTab);
    assert_eq!(s.pane, Pane::Metagraph);
    press(&mut s, KeyCode::Char('2'));
    assert_eq!(s.pane, Pane::Subnets);
}

#[test]
fn sort_reverse_and_filter() {
    let mut s = state(4);
    s.pane = Pane::Metagraph;
    let uids = |s: &ViewState| -> Vec<u16> {
        let mg = s.data.as_ref().unwrap().metagraph.as_ref().unwrap();
        s.rows(Pane::Metagraph)
            .iter()
            .map(|&i| mg.neurons[i].uid)
            .collect()
    };
    assert_eq!(uids(&s), [0, 1, 2, 3]);
    // By stake, then largest first.
    press(&mut s, KeyCode::Char('s'));
    assert_eq!(s.sorts[2].key, 1);
    let mut by_stake: Vec<(u64, u16)> = (0..4).map(|u| (neuron(u).alpha_stake, u)).collect();
    by_stake.sort();
    assert_eq!(uids(&s), by_stake.iter().map(|x| x.1).collect::<Vec<_>>());
    press(&mut s, KeyCode::Char('r'));
    by_stake.reverse();
    assert_eq!(uids(&s), by_stake.iter().map(|x| x.1).collect::<Vec<_>>());
    assert!(draw(&s, 110, 12).contains("sort stake ↓"));
    // The filter: typing goes to it, Enter keeps it, Esc clears it.
    press(&mut s, KeyCode::Char('/'));
    assert!(s.typing_filter);
    chars(&mut s, "3q");
    assert_eq!(s.filters[2], "3q");
    assert!(uids(&s).is_empty(), "q went to the filter, not to quit");
    press(&mut s, KeyCode::Backspace);
    assert_eq!(press(&mut s, KeyCode::Enter), Action::Redraw);
    assert!(!s.typing_filter);
    // "3" is in uid 3 (and maybe in some address): uid 3 is kept, uid 0's row is not unless its
    // keys hold a 3.
    let kept = uids(&s);
    assert!(kept.contains(&3), "{kept:?}");
    for u in &kept {
        let n = neuron(*u);
        let text = format!(
            "{} {} {}",
            u,
            crate::ss58::encode_default(&n.hotkey),
            crate::ss58::encode_default(&n.coldkey)
        );
        assert!(text.contains('3'), "{text}");
    }
    // Esc clears the filter before it would quit.
    assert_eq!(press(&mut s, KeyCode::Esc), Action::Redraw);
    assert_eq!(s.filters[2], "");
    assert_eq!(uids(&s).len(), 4);
    assert_eq!(press(&mut s, KeyCode::Esc), Action::Quit);
}

#[test]
fn quit_keys() {
    let mut s = state(4);
    assert_eq!(press(&mut s, KeyCode::Char('q')), Action::Quit);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    s.typing_filter = true;
    assert_eq!(on_key(&mut s, ctrl_c), Action::Quit);
    s.typing_filter = false;
    s.help = true;
    assert_eq!(on_key(&mut s, ctrl_c), Action::Quit);
}

#[test]
fn enter_on_a_subnet_shows_its_metagraph() {
    let mut s = state(4);
    press(&mut s, KeyCode::Char('2'));
    press(&mut s, KeyCode::Down);
    press(&mut s, KeyCode::Down);
    assert_eq!(s.selected_netuid(), Some(2));
    assert_eq!(press(&mut s, KeyCode::Enter), Action::Refresh);
    assert_eq!((s.pane, s.netuid), (Pane::Metagraph, 2));
    // The subnet shown already: nothing to read.
    press(&mut s, KeyCode::Char('2'));
    assert_eq!(press(&mut s, KeyCode::Enter), Action::Redraw);
}

#[test]
fn editing_a_weight_row_changes_the_preview() {
    let mut s = state(4);
    press(&mut s, KeyCode::Char('3'));
    // `e` starts editing the wallet's uid (0) and asks for the epoch input.
    assert_eq!(press(&mut s, KeyCode::Char('e')), Action::Refresh);
    assert!(s.wants_epoch());
    assert_eq!(s.edit.as_ref().unwrap().as_uid, 0);
    assert!(matches!(s.preview, Some(Err(_))));
    // The read brings the input: the row starts as the stored one, and the preview of the
    // unchanged row changes nothing.
    let mut snap = snapshot(4);
    snap.epoch = Some(epoch(4));
    s.set_snapshot(snap.clone());
    assert_eq!(s.edit.as_ref().unwrap().weights, [65535; 4]);
    let before = s.preview.clone().unwrap().unwrap();
    assert!(before.rows.iter().all(|r| !r.changed()), "{before:?}");
    // Zero uid 2's weight: it loses incentive and emission.
    press(&mut s, KeyCode::Down);
    press(&mut s, KeyCode::Down);
    assert_eq!(s.selected_uid(), Some(2));
    press(&mut s, KeyCode::Char('0'));
    assert_eq!(s.edit.as_ref().unwrap().weights, [65535, 65535, 0, 65535]);
    assert_eq!(
        s.stored_row().unwrap(),
        [(0, 65535), (1, 65535), (3, 65535)]
    );
    let after = s.preview.clone().unwrap().unwrap();
    assert_eq!(after.row, [(0, 65535), (1, 65535), (3, 65535)]);
    assert!(
        after.rows[2].incentive_after_bits < after.rows[2].incentive_before_bits,
        "{after:?}"
    );
    assert!(after.rows[2].emission_delta < 0, "{after:?}");
    // `+` raises it again by a twentieth of the maximum.
    press(&mut s, KeyCode::Char('+'));
    assert_eq!(s.edit.as_ref().unwrap().weights[2], 3277);
    let raised = s.preview.clone().unwrap().unwrap();
    assert_ne!(raised, after);
    assert!(raised.rows[2].emission_after > after.rows[2].emission_after);
    // A new block keeps the edited row.
    s.set_snapshot(snap);
    assert_eq!(s.edit.as_ref().unwrap().weights[2], 3277);
    let text = draw(&s, 120, 12);
    assert!(
        text.contains("uid 0's row previewed on the epoch at #1240"),
        "{text}"
    );
    insta::assert_snapshot!("edit_4", text);
    // Sorting by the change in emission puts uid 2 (the loser) first.
    s.sorts[2].key = 7;
    let mg = s.data.as_ref().unwrap().metagraph.as_ref().unwrap();
    assert_eq!(mg.neurons[s.rows(Pane::Metagraph)[0]].uid, 2);
    // Esc ends the edit (and the preview) without quitting.
    assert_eq!(press(&mut s, KeyCode::Esc), Action::Redraw);
    assert!(s.edit.is_none() && s.preview.is_none() && !s.wants_epoch());
}
