//! `tao stake lock list|show|add|mode|move` (and `tao lock …`) against an in-process devnet on
//! 127.0.0.1: the devnet runs the chain's lock rules (tests/devnet/src/pallet_subtensor/staking/
//! lock.rs); tao reads the stored locks and rolls them itself, and the devnet's runtime API
//! `get_coldkey_lock` rolls them on the chain's side.

use serde_json::{Value, json};

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

fn run(sb: &Sandbox, net: &Net, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", "bob", "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

fn rao(v: &Value) -> u64 {
    v["rao"].as_str().unwrap().parse().unwrap()
}

fn hex_of(seed: &str) -> String {
    let a = tao_devnet::dev_account(seed);
    let b: &[u8; 32] = a.as_ref();
    format!("0x{}", hex::encode(b))
}

fn lock_on(net: &Net, cold: &str, netuid: u16) -> Option<tao_devnet::types::LockState> {
    let c = tao_devnet::dev_account(cold);
    net.devnet.ctx.read_state(|| {
        st::Lock::<Runtime>::iter_prefix((c, netuid))
            .next()
            .map(|(_, l)| l)
    })
}

#[test]
fn a_lock_is_added_rolled_like_the_chain_changes_mode_and_moves() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    let bob_hot = ss58_of("//Bob//hot");
    let alice_hot = ss58_of("//Alice//hot");
    let d = ok(&run(&sb, &net, &["stake", "lock", "list"]));
    assert_eq!(d["locks"], json!([]));
    assert_eq!(d["rates"]["unlock_rate"], 934_866);

    // Dry run: one lock_stake, decoded and its signature checked.
    let add = [
        "stake",
        "lock",
        "add",
        "--netuid",
        "1",
        "--amount",
        "100",
        "--hotkey-ss58",
    ];
    let dry = ok(&run(
        &sb,
        &net,
        &[&add[..], &[&bob_hot, "--dry-run"]].concat(),
    ));
    check_dry_run(&net, &dry, "//Bob");
    assert_eq!(dry["call"]["name"], "lock_stake");
    assert_eq!(dry["details"]["new_lock"], true);

    let d = ok(&run(&sb, &net, &[&add[..], &[&bob_hot]].concat()));
    let ev = event(&d, "SubtensorModule", "StakeLocked");
    assert_eq!(ev["fields"]["amount"], 100_000_000_000u64, "{ev}");
    assert_eq!(ev["fields"]["netuid"], 1);
    let stored = lock_on(&net, "//Bob", 1).expect("stored");
    assert_eq!(stored.locked_mass, 100_000_000_000);
    assert_eq!(stored.conviction.bits, 0);

    let l = ok(&run(&sb, &net, &["stake", "lock", "list"]));
    let row = &l["locks"][0];
    assert_eq!(row["netuid"], 1);
    assert_eq!(row["hotkey"], bob_hot);
    assert_eq!(row["mode"], "decaying");
    assert_eq!(row["owner_hotkey"], false);
    assert_eq!(rao(&row["total_alpha"]), 500_000_000_000);
    let locked = rao(&row["now"]["locked"]);
    assert!(
        locked <= 100_000_000_000 && locked > 99_999_000_000,
        "{row}"
    );
    assert_eq!(rao(&row["available"]), 500_000_000_000 - locked);
    assert_eq!(row["projections"].as_array().unwrap().len(), 3);
    let in_90 = rao(&row["projections"][1]["locked"]);
    assert!((49_900_000_000..=50_100_000_000).contains(&in_90), "{row}");

    // Time passes: tao's roll of the stored lock equals the chain's own (get_coldkey_lock).
    net.devnet.ctx.new_blocks(300);
    let s = ok(&run(&sb, &net, &["stake", "lock", "show", "--netuid", "1"]));
    assert!(!s["chain_rolled"].is_null(), "{s}");
    assert_eq!(s["now"], s["chain_rolled"], "tao and the chain roll alike");
    let conv = rao(&s["now"]["conviction"]);
    assert!(conv > 0, "conviction matured: {s}");
    assert!(rao(&s["now"]["locked"]) < locked, "the mass decayed: {s}");
    // The default subnet is the only one locked.
    let again = ok(&run(&sb, &net, &["stake", "lock", "show"]));
    assert_eq!(again["netuid"], 1);

    // Guards, before signing.
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            &[
                "stake",
                "lock",
                "add",
                "--netuid",
                "1",
                "--amount",
                "1",
                "--hotkey-ss58",
                &alice_hot,
            ],
        ),
        "LockHotkeyMismatch",
    );
    refused(
        &run(
            &sb,
            &net,
            &[
                "stake", "lock", "add", "--netuid", "1", "--amount", "100000",
            ],
        ),
        "InsufficientStakeForLock",
    );
    refused(
        &run(
            &sb,
            &net,
            &[
                "stake",
                "lock",
                "add",
                "--netuid",
                "1",
                "--amount",
                "1",
                "--mode",
                "perpetual",
            ],
        ),
        "LockModeOnTopUp",
    );
    refused(
        &run(
            &sb,
            &net,
            &[
                "stake",
                "lock",
                "add",
                "--netuid",
                "2",
                "--amount",
                "1",
                "--hotkey-ss58",
                &ss58_of("//Nobody//hot"),
            ],
        ),
        "HotKeyAccountNotExists",
    );
    refused(
        &run(
            &sb,
            &net,
            &[
                "stake", "lock", "move", "--netuid", "2", "--dest", &alice_hot,
            ],
        ),
        "NoExistingLock",
    );
    refused(
        &run(
            &sb,
            &net,
            &["stake", "lock", "move", "--netuid", "1", "--dest", &bob_hot],
        ),
        "LockAlreadyOnHotkey",
    );
    refused(
        &run(
            &sb,
            &net,
            &[
                "stake", "lock", "mode", "--netuid", "1", "--mode", "decaying",
            ],
        ),
        "LockModeUnchanged",
    );
    assert_eq!(submissions(&net), before, "nothing submitted");

    // The lock binds the stake: unstaking past the unlocked α is refused before signing (the
    // devnet's own refusal is tested in tests/devnet/tests/locks.rs).
    let held = tao::units::format_decimal(rao(&s["total_alpha"]));
    let r = run(
        &sb,
        &net,
        &[
            "stake",
            "remove",
            "--netuid",
            "1",
            "--amount",
            &held,
            "--hotkey-ss58",
            &bob_hot,
            "--unsafe",
        ],
    );
    refused(&r, "StakeUnavailable");
    assert!(r.stdout.contains("is locked on subnet 1"), "{}", r.stdout);
    assert_eq!(submissions(&net), before, "refused before signing");

    // A top-up on the same hotkey (the default: the lock's hotkey).
    let d = ok(&run(
        &sb,
        &net,
        &["stake", "lock", "add", "--netuid", "1", "--amount", "10"],
    ));
    assert_eq!(d["details"]["hotkey"], bob_hot);
    assert_eq!(d["details"]["new_lock"], false);

    // Mode: shown, then made perpetual.
    let m = ok(&run(&sb, &net, &["stake", "lock", "mode", "--netuid", "1"]));
    assert_eq!(m["mode"], "decaying");
    let d = ok(&run(
        &sb,
        &net,
        &[
            "stake",
            "lock",
            "mode",
            "--netuid",
            "1",
            "--mode",
            "perpetual",
        ],
    ));
    let ev = event(&d, "SubtensorModule", "PerpetualLockUpdated");
    assert_eq!(ev["fields"]["enabled"], true, "{ev}");
    let m = ok(&run(&sb, &net, &["lock", "mode", "--netuid", "1"]));
    assert_eq!(m["mode"], "perpetual");
    let perpetual_mass = lock_on(&net, "//Bob", 1).unwrap().locked_mass;
    net.devnet.ctx.new_blocks(200);
    let s = ok(&run(&sb, &net, &["lock", "show", "--netuid", "1"]));
    assert_eq!(s["mode"], "perpetual");
    assert_eq!(
        rao(&s["now"]["locked"]),
        perpetual_mass,
        "perpetual: no decay"
    );
    assert_eq!(s["now"], s["chain_rolled"]);
    assert_eq!(rao(&s["projections"][2]["locked"]), perpetual_mass);
    assert_eq!(rao(&s["projections"][2]["freed"]), 0);

    // Move to a hotkey of another owner: conviction restarts from zero, and the aggregates
    // follow (Charlie's hotkey carries the lock, Bob's none).
    let charlie_hot = ss58_of("//Charlie//hot");
    let d = ok(&run(
        &sb,
        &net,
        &[
            "stake",
            "lock",
            "move",
            "--netuid",
            "1",
            "--dest",
            &charlie_hot,
        ],
    ));
    assert_eq!(d["details"]["conviction_kept"], false);
    let ev = event(&d, "SubtensorModule", "LockMoved");
    assert_eq!(ev["fields"]["origin_hotkey"], hex_of("//Bob//hot"), "{ev}");
    assert_eq!(ev["fields"]["destination_hotkey"], hex_of("//Charlie//hot"));
    let moved = lock_on(&net, "//Bob", 1).unwrap();
    assert_eq!(moved.conviction.bits, 0);
    assert_eq!(moved.locked_mass, perpetual_mass);
    let (bob_agg, charlie_agg) = net.devnet.ctx.read_state(|| {
        (
            st::HotkeyLock::<Runtime>::get(1, tao_devnet::dev_account("//Bob//hot")),
            st::HotkeyLock::<Runtime>::get(1, tao_devnet::dev_account("//Charlie//hot")),
        )
    });
    assert!(bob_agg.is_none(), "{bob_agg:?}");
    assert_eq!(charlie_agg.unwrap().locked_mass, perpetual_mass);

    // To the subnet owner's hotkey: conviction is the locked α, counted in `OwnerLock`.
    ok(&run(
        &sb,
        &net,
        &[
            "stake", "lock", "move", "--netuid", "1", "--dest", &alice_hot,
        ],
    ));
    let l = ok(&run(&sb, &net, &["stake", "lock", "list", "--netuid", "1"]));
    let row = &l["locks"][0];
    assert_eq!(row["hotkey"], alice_hot);
    assert_eq!(row["owner_hotkey"], true);
    assert_eq!(rao(&row["now"]["conviction"]), perpetual_mass, "{row}");
    let owner_agg = net
        .devnet
        .ctx
        .read_state(|| st::OwnerLock::<Runtime>::get(1))
        .unwrap();
    assert_eq!(owner_agg.locked_mass, perpetual_mass);
}

#[test]
fn a_new_perpetual_lock_is_one_batch_and_another_coldkey_reads_it() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    let bob_hot = ss58_of("//Bob//hot");
    let d = ok(&run(
        &sb,
        &net,
        &[
            "stake",
            "lock",
            "add",
            "--netuid",
            "2",
            "--amount",
            "5",
            "--mode",
            "perpetual",
        ],
    ));
    assert_eq!(d["call"]["pallet"], "Utility");
    assert_eq!(d["call"]["name"], "batch_all");
    assert_eq!(d["details"]["mode"], "perpetual");
    assert_eq!(d["details"]["hotkey"], bob_hot, "the wallet's hotkey");
    event(&d, "SubtensorModule", "PerpetualLockUpdated");
    event(&d, "SubtensorModule", "StakeLocked");
    // Read by address from another wallet, as a table too.
    dev_wallet(&sb, "alice", "//Alice");
    let bob = ss58_of("//Bob");
    let l = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "alice",
            "lock",
            "list",
            "--ss58",
            &bob,
        ],
    ));
    assert_eq!(l["locks"][0]["mode"], "perpetual");
    assert_eq!(rao(&l["locks"][0]["now"]["locked"]), 5_000_000_000);
    let t = tao(
        &sb,
        &net,
        &[
            "--wallet-name",
            "alice",
            "stake",
            "lock",
            "list",
            "--ss58",
            &bob,
        ],
    );
    assert_eq!(t.code, 0, "{}", t.stderr);
    assert!(
        t.stdout.contains("perpetual") && t.stdout.contains("┆ 5 α "),
        "{}",
        t.stdout
    );
}

#[test]
fn a_chain_without_locks_is_refused_by_name() {
    let net = start_with(tao_devnet::Options {
        hide_newer: true,
        ..tao_devnet::Options::for_tests()
    });
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    let before = submissions(&net);
    for args in [
        &["stake", "lock", "list"][..],
        &["stake", "lock", "add", "--netuid", "1", "--amount", "1"][..],
    ] {
        let r = run(&sb, &net, args);
        assert_eq!(r.code, 1, "{}", r.stdout);
        let v = r.json();
        assert_eq!(v["errors"][0]["code"], "chain.unsupported", "{v}");
        assert!(r.stdout.contains("lock_stake"), "{}", r.stdout);
    }
    assert_eq!(submissions(&net), before);
}

#[test]
fn a_transfer_of_locked_stake_is_checked_against_the_receiver() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    let bob_hot = ss58_of("//Bob//hot");
    ok(&run(
        &sb,
        &net,
        &[
            "stake",
            "lock",
            "add",
            "--netuid",
            "1",
            "--amount",
            "400",
            "--hotkey-ss58",
            &bob_hot,
        ],
    ));
    let transfer = |amount: &str| {
        run(
            &sb,
            &net,
            &[
                "stake",
                "transfer",
                "--origin-netuid",
                "1",
                "--hotkey-ss58",
                &bob_hot,
                "--dest",
                &ss58_of("//Dave"),
                "--amount",
                amount,
            ],
        )
    };
    // 150 α of Bob's 500 is past the 100 unlocked: Dave refuses locked α by default.
    let before = submissions(&net);
    let r = transfer("150");
    refused(&r, "AccountRejectsLockedAlpha");
    assert_eq!(submissions(&net), before, "refused before signing");
    // The unlocked part may go.
    let d = ok(&transfer("50"));
    event(&d, "SubtensorModule", "StakeTransferred");
    assert!(lock_on(&net, "//Dave", 1).is_none(), "no lock moved");
    // Once Dave accepts locked α, the exceeded part of the lock follows the stake.
    net.devnet.ctx.edit_state(|| {
        st::AccountFlags::<Runtime>::insert(tao_devnet::dev_account("//Dave"), 1u128)
    });
    ok(&transfer("100"));
    let dave = lock_on(&net, "//Dave", 1).expect("Dave holds part of the lock");
    assert!(dave.locked_mass > 49_000_000_000, "{dave:?}");
}
