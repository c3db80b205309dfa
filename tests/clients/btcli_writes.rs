//! btcli 9.23.2's write commands against an in-process devnet: `wallet overview`, `stake add`,
//! `stake remove` (`--no-mev-protection`: the checks read one extrinsic's fee in the best
//! block; shielded staking is in `shield.rs`), `subnets register`
//! and `weights reveal`. Each result is checked against the devnet's state and events, and what
//! btcli then reads is compared with what tao reads at the same block (no block is produced
//! between the two reads). btcli's owner settings of spec 425 (`sudo set --param tempo`,
//! `activity_cutoff_factor`, `sudo trigger-epoch`) land as tao then reads and guards them.
//!
//! `btcli weights commit` is not exercised: btcli 9.23.2 reads the commit-reveal switch from a
//! storage item named `get_commit_reveal_weights_enabled`, which no chain has (the real item is
//! `CommitRevealWeightsEnabled`), so the command fails on the real chain as on the devnet. The
//! commit here is tao's; btcli reveals it.

use std::path::{Path, PathBuf};

use crate::btcli::{client, devnet, run_json, tao_json};
use crate::support::devnet::{Net, free_of, make_wallet, ss58_of, stake_of};
use serde_json::Value;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::{Runtime, RuntimeEvent};

/// btcli 9's version as it sends it as the weights version key (`__version_as_int__`).
const BTCLI_VERSION_KEY: &str = "9023002";

fn btcli9() -> Option<PathBuf> {
    client("TAO_BTCLI", "btcli-9.23.2", ".ci/python-clients.sh")
}

/// `btcli ARGS --network URL --json-output`, parsed.
fn run(exe: &PathBuf, net: &Net, home: &Path, args: &[&str]) -> Value {
    let url = net.devnet.url();
    run_json(
        exe,
        home,
        args,
        &["--network", url.as_str(), "--json-output"],
    )
}

/// The wallet flags for the btcli wallet `name` under `home/wallets`.
fn wallet_flags(home: &Path, name: &str) -> Vec<String> {
    let path = home.join("wallets").to_string_lossy().into_owned();
    [
        "--wallet-name",
        name,
        "--wallet-path",
        &path,
        "--hotkey",
        "default",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// The SubtensorModule events of the best block.
fn subtensor_events(net: &Net) -> Vec<st::Event<Runtime>> {
    net.devnet.ctx.read_state(|| {
        tao_devnet::runtime::System::read_events_no_consensus()
            .filter_map(|r| match r.event {
                RuntimeEvent::SubtensorModule(e) => Some(e),
                _ => None,
            })
            .collect()
    })
}

/// The transaction fee `who` paid in the best block (`TransactionFeePaid.actual_fee`).
fn fee_paid(net: &Net, who: &str) -> u64 {
    let who = tao_devnet::dev_account(who);
    net.devnet.ctx.read_state(|| {
        tao_devnet::runtime::System::read_events_no_consensus()
            .find_map(|r| match r.event {
                RuntimeEvent::TransactionPayment(e) => {
                    let text = format!("{e:?}");
                    if !text.contains(&format!("{who:?}")) {
                        return None;
                    }
                    let fee = text.split("actual_fee: ").nth(1)?;
                    fee.split(|c: char| !c.is_ascii_digit())
                        .next()?
                        .parse::<u64>()
                        .ok()
                }
                _ => None,
            })
            .expect("a TransactionFeePaid event for the signer")
    })
}

fn rao(v: &Value) -> u64 {
    v["rao"]
        .as_str()
        .unwrap_or_else(|| panic!("no rao in {v}"))
        .parse()
        .unwrap()
}

/// A float in TAO (or α) as btcli prints it, against an exact rao figure.
fn assert_close(shown: &Value, exact: u64, what: &str) {
    let shown = shown.as_f64().unwrap_or_else(|| panic!("{what}: {shown}"));
    assert!(
        (shown * 1e9 - exact as f64).abs() <= 1.0 + exact as f64 * 1e-15,
        "{what}: btcli {shown}, tao {exact} rao"
    );
}

/// btcli's `stake list` for `cold` against tao's, read at the same block: every position's α,
/// price and value.
fn stake_lists_agree(exe: &PathBuf, net: &Net, home: &Path, cold: &str) {
    let theirs = run(
        exe,
        net,
        home,
        &["stake", "list", "--ss58", cold, "--no-prompt"],
    );
    let ours = tao_json(net, &["stake", "list", "--ss58", cold]);
    let positions = ours["positions"].as_array().unwrap();
    let mut compared = 0;
    for p in positions {
        let hot = p["hotkey"].as_str().unwrap();
        let rows = theirs["stake_info"][hot]
            .as_array()
            .unwrap_or_else(|| panic!("btcli lacks hotkey {hot}: {theirs}"));
        let row = rows
            .iter()
            .find(|r| r["netuid"] == p["netuid"])
            .unwrap_or_else(|| panic!("btcli lacks {hot} on {}: {theirs}", p["netuid"]));
        assert_close(&row["stake_value"], rao(&p["stake"]), "stake");
        assert_close(&row["rate"], rao(&p["price"]), "price");
        assert_close(&row["value"], rao(&p["value"]), "value");
        compared += 1;
    }
    assert!(compared > 0, "no positions compared: {ours}");
    assert_close(
        &theirs["free_balance"],
        free_of(net, "//Bob"),
        "free balance",
    );
}

#[test]
fn btcli_overview_shows_the_neurons_and_balance_tao_reads() {
    let Some(exe) = btcli9() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    make_wallet(
        &home.path().join("wallets"),
        "bob",
        "//Bob",
        "//Bob//hot",
        None,
    );
    let flags = wallet_flags(home.path(), "bob");
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let o = run(
        &exe,
        &net,
        home.path(),
        &[&["wallet", "overview"], &flags[..]].concat(),
    );
    let bob_hot = ss58_of("//Bob//hot");
    let subnets = o["subnets"].as_array().expect("subnets");
    // Bob's hotkey holds uid 1 on subnets 1, 2 and 3.
    let netuids: Vec<u64> = subnets
        .iter()
        .map(|s| s["netuid"].as_u64().unwrap())
        .collect();
    assert_eq!(netuids, [1, 2, 3], "{o}");
    for s in subnets {
        let netuid = s["netuid"].to_string();
        let tao = tao_json(&net, &["subnets", "metagraph", "--netuid", &netuid]);
        assert_eq!(s["tempo"], tao["tempo"], "subnet {netuid}");
        let neurons = s["neurons"].as_array().unwrap();
        assert_eq!(neurons.len(), 1, "{s}");
        let n = &neurons[0];
        let mine = tao["neurons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["hotkey"] == bob_hot)
            .expect("tao sees Bob's neuron");
        assert_eq!(n["hotkey_ss58"], bob_hot);
        assert_eq!(n["uid"], mine["uid"], "subnet {netuid}");
        assert_eq!(n["validator_permit"], mine["validator_permit"]);
        assert_close(&n["stake"], rao(&mine["alpha_stake"]), "neuron stake");
    }
    // The overview's balance is the coldkey's free TAO.
    let ours = tao_json(&net, &["wallet", "balance", "--ss58", &ss58_of("//Bob")]);
    assert_close(
        &o["total_balance"],
        rao(&ours["accounts"][0]["free"]),
        "free balance",
    );
}

#[test]
fn btcli_stakes_and_unstakes_as_tao_reads_it() {
    let Some(exe) = btcli9() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    make_wallet(
        &home.path().join("wallets"),
        "bob",
        "//Bob",
        "//Bob//hot",
        None,
    );
    let flags = wallet_flags(home.path(), "bob");
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let (bob, bob_hot) = (ss58_of("//Bob"), ss58_of("//Bob//hot"));
    let cold = tao_devnet::dev_account("//Bob");
    let hot = tao_devnet::dev_account("//Bob//hot");

    // Stake 2 TAO on subnet 1 without a price limit.
    let (free0, stake0) = (
        free_of(&net, "//Bob"),
        stake_of(&net, "//Bob", "//Bob//hot", 1),
    );
    let add = run(
        &exe,
        &net,
        home.path(),
        &[
            &["stake", "add", "--netuid", "1", "--amount", "2"],
            &flags[..],
            &["--no-mev-protection", "--unsafe", "--no-prompt"],
        ]
        .concat(),
    );
    assert_eq!(add["staking_success"]["1"][&bob_hot], true, "{add}");
    let added = subtensor_events(&net)
        .into_iter()
        .find_map(|e| match e {
            st::Event::StakeAdded(c, h, tao, alpha, 1, _) if c == cold && h == hot => {
                Some((tao, alpha))
            }
            _ => None,
        })
        .expect("a StakeAdded event on subnet 1");
    assert_eq!(added.0, 2_000_000_000, "the whole amount was staked");
    let fee = fee_paid(&net, "//Bob");
    // tao reads the result: the α of the event on the position, the TAO and the fee gone.
    let stake1 = stake_of(&net, "//Bob", "//Bob//hot", 1);
    assert_eq!(stake1 - stake0, added.1);
    assert_eq!(free0 - free_of(&net, "//Bob"), 2_000_000_000 + fee);
    stake_lists_agree(&exe, &net, home.path(), &bob);

    // Unstake 1 α of it, through the price-limited call (btcli's default safe unstaking).
    let free1 = free_of(&net, "//Bob");
    let remove = run(
        &exe,
        &net,
        home.path(),
        &[
            &["stake", "remove", "--netuid", "1", "--amount", "1"],
            &flags[..],
            &[
                "--include-hotkeys",
                &bob_hot,
                "--no-mev-protection",
                "--safe",
                "--tolerance",
                "0.1",
                "--no-prompt",
            ],
        ]
        .concat(),
    );
    let row = &remove.as_array().expect("one row per unstake")[0];
    assert_eq!(row["success"], true, "{remove}");
    assert_eq!(row["netuid"], 1);
    let removed = subtensor_events(&net)
        .into_iter()
        .find_map(|e| match e {
            st::Event::StakeRemoved(c, h, tao, alpha, 1, _) if c == cold && h == hot => {
                Some((tao, alpha))
            }
            _ => None,
        })
        .expect("a StakeRemoved event on subnet 1");
    assert_eq!(removed.1, 1_000_000_000, "exactly 1 α left the position");
    let fee = fee_paid(&net, "//Bob");
    assert_eq!(
        stake1 - stake_of(&net, "//Bob", "//Bob//hot", 1),
        1_000_000_000
    );
    assert_eq!(free_of(&net, "//Bob") + fee - free1, removed.0);
    stake_lists_agree(&exe, &net, home.path(), &bob);
}

#[test]
fn btcli_registers_a_hotkey_tao_then_sees() {
    let Some(exe) = btcli9() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    make_wallet(
        &home.path().join("wallets"),
        "eve",
        "//Eve",
        "//Eve//hot",
        None,
    );
    let flags = wallet_flags(home.path(), "eve");
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let before = tao_json(&net, &["subnets", "metagraph", "--netuid", "1"]);
    let n = before["num_uids"].as_u64().unwrap();
    let free0 = free_of(&net, "//Eve");
    let out = run(
        &exe,
        &net,
        home.path(),
        &[
            &["subnets", "register", "--netuid", "1"],
            &flags[..],
            &["--no-prompt"],
        ]
        .concat(),
    );
    assert_eq!(out["success"], true, "{out}");
    assert_eq!(out["msg"], format!("Registered on 1 with UID {n}"), "{out}");
    let eve_hot = tao_devnet::dev_account("//Eve//hot");
    let uid = net.devnet.ctx.read_state(|| {
        assert!(st::IsNetworkMember::<Runtime>::get(&eve_hot, 1));
        st::Uids::<Runtime>::get(1, &eve_hot)
    });
    assert_eq!(uid, Some(n as u16));
    // tao sees the new neuron with Eve's keys, and Eve paid the burn and the fee.
    let after = tao_json(&net, &["subnets", "metagraph", "--netuid", "1"]);
    assert_eq!(after["num_uids"], n + 1);
    let neuron = &after["neurons"][n as usize];
    assert_eq!(neuron["uid"], n);
    assert_eq!(neuron["hotkey"], ss58_of("//Eve//hot"));
    assert_eq!(neuron["coldkey"], ss58_of("//Eve"));
    let paid = free0 - free_of(&net, "//Eve") - fee_paid(&net, "//Eve");
    let burn_before = rao(&before["burn"]);
    assert!(
        paid > 0 && paid <= burn_before,
        "paid {paid}, burn was {burn_before}"
    );
    // btcli's own metagraph agrees.
    let theirs = run(
        &exe,
        &net,
        home.path(),
        &["subnets", "metagraph", "--netuid", "1", "--no-prompt"],
    );
    let row = theirs["uids"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["uid"] == n)
        .unwrap_or_else(|| panic!("btcli lacks uid {n}: {theirs}"));
    assert_eq!(row["hotkey"], ss58_of("//Eve//hot"));
    assert_eq!(row["coldkey"], ss58_of("//Eve"));
}

#[test]
fn btcli_reveals_the_weights_tao_committed() {
    let Some(exe) = btcli9() else { return };
    let net = devnet();
    let sb = crate::support::Sandbox::new();
    crate::support::devnet::dev_wallet(&sb, "bob", "//Bob");
    let tao = |args: &[&str]| {
        crate::support::devnet::tao(
            &sb,
            &net,
            &[&["--json", "-y", "--wallet-name", "bob"], args].concat(),
        )
    };
    // Subnet 2 has commit-reveal on; Bob's hotkey (uid 1, a validator) commits with btcli's
    // version key, so that btcli's reveal hashes to the same commit.
    crate::support::devnet::ok(&tao(&[
        "weights",
        "commit",
        "--netuid",
        "2",
        "--uids",
        "0,2",
        "--weights",
        "1,1",
        "--version-key",
        BTCLI_VERSION_KEY,
    ]));
    let file = sb
        .home()
        .join(".local/state/tao/weight-commits")
        .join(format!("{}-2.json", ss58_of("//Bob//hot")));
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let saved = &saved[0];
    let join = |v: &Value| {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let (uids, values, salt) = (
        join(&saved["uids"]),
        join(&saved["values"]),
        join(&saved["salt"]),
    );
    // Wait for the reveal window (tao's dry run succeeds once it is open).
    let mut open = false;
    for _ in 0..40 {
        if tao(&["weights", "reveal", "--netuid", "2", "--dry-run"]).code == 0 {
            open = true;
            break;
        }
        net.devnet.ctx.new_blocks(1);
    }
    assert!(open, "the reveal window never opened");
    let hot = tao_devnet::dev_account("//Bob//hot");
    let pending = net
        .devnet
        .ctx
        .read_state(|| st::WeightCommits::<Runtime>::get(2, &hot).map_or(0, |q| q.len()));
    assert_eq!(pending, 1);
    let out = run(
        &exe,
        &net,
        sb.home().as_path(),
        &[
            &["weights", "reveal", "--netuid", "2"],
            &wallet_flags(&sb.home(), "bob")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()[..],
            &[
                "--uids",
                &uids,
                "--weights",
                &values,
                "--salt",
                &salt,
                "--no-prompt",
            ],
        ]
        .concat(),
    );
    assert_eq!(out["success"], true, "{out}");
    // The row is on chain as tao committed it, and the commit is gone.
    let (row, pending) = net.devnet.ctx.read_state(|| {
        (
            st::Weights::<Runtime>::get(2, 1),
            st::WeightCommits::<Runtime>::get(2, &hot).map_or(0, |q| q.len()),
        )
    });
    let expected: Vec<(u16, u16)> = saved["uids"]
        .as_array()
        .unwrap()
        .iter()
        .zip(saved["values"].as_array().unwrap())
        .map(|(u, v)| (u.as_u64().unwrap() as u16, v.as_u64().unwrap() as u16))
        .collect();
    assert_eq!(row, expected);
    assert_eq!(pending, 0);
    assert!(
        subtensor_events(&net)
            .iter()
            .any(|e| matches!(e, st::Event::WeightsRevealed(h, 2, _) if *h == hot)),
        "no WeightsRevealed event"
    );
}

#[test]
fn btcli_sets_the_tempo_and_triggers_an_epoch_as_tao_sees_it() {
    let Some(exe) = btcli9() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    make_wallet(
        &home.path().join("wallets"),
        "alice",
        "//Alice",
        "//Alice//hot",
        None,
    );
    let flags = wallet_flags(home.path(), "alice");
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    // Subnet 1's epoch cycle starts now: ten blocks to its epoch, out of the freeze window.
    net.devnet.ctx.edit_state(|| {
        st::LastEpochBlock::<Runtime>::insert(1, st::Pallet::<Runtime>::block_number());
    });
    let sudo_set = |param: &str, value: &str| {
        let out = run(
            &exe,
            &net,
            home.path(),
            &[
                &[
                    "sudo", "set", "--netuid", "1", "--param", param, "--value", value,
                ],
                &flags[..],
                &["--no-prompt"],
            ]
            .concat(),
        );
        assert_eq!(out["success"], true, "{param}: {out}");
    };
    // The owner's path of spec 425: SubtensorModule.set_tempo and set_activity_cutoff_factor.
    sudo_set("activity_cutoff_factor", "2000");
    sudo_set("tempo", "360");
    let (tempo, factor, last, now) = net.devnet.ctx.read_state(|| {
        (
            st::Tempo::<Runtime>::get(1),
            st::ActivityCutoffFactorMilli::<Runtime>::get(1),
            st::LastEpochBlock::<Runtime>::get(1),
            st::Pallet::<Runtime>::block_number(),
        )
    });
    assert_eq!((tempo, factor), (360, 2000));
    assert_eq!(last, now, "the tempo change restarts the epoch cycle");
    let ours = tao_json(&net, &["subnets", "hyperparameters", "--netuid", "1"]);
    assert_eq!(ours["hyperparameters"]["tempo"], 360);
    // tao refuses a second change inside the 360-block limit btcli's change started.
    let sb = crate::support::Sandbox::new();
    crate::support::devnet::make_wallet(
        &sb.home().join("wallets"),
        "alice",
        "//Alice",
        "//Alice//hot",
        None,
    );
    let r = crate::support::devnet::tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "alice",
            "-y",
            "sudo",
            "set",
            "--netuid",
            "1",
            "--param",
            "tempo",
            "--value",
            "720",
        ],
    );
    crate::support::devnet::refused(&r, "TxRateLimitExceeded");
    assert!(
        r.stdout.contains(&format!("from block #{}", last + 360)),
        "{}",
        r.stdout
    );

    // btcli triggers an epoch; tao's next epoch is the triggered one, two blocks later.
    let out = run(
        &exe,
        &net,
        home.path(),
        &[
            &["sudo", "trigger-epoch", "--netuid", "1"],
            &flags[..],
            &["--no-prompt"],
        ]
        .concat(),
    );
    assert_eq!(out["success"], true, "{out}");
    let (pending, now) = net.devnet.ctx.read_state(|| {
        (
            st::PendingEpochAt::<Runtime>::get(1),
            st::Pallet::<Runtime>::block_number(),
        )
    });
    assert_eq!(pending, now + 2);
    assert_eq!(out["fires_at"], pending);
    let show = tao_json(&net, &["subnets", "show", "--netuid", "1"]);
    assert_eq!(show["subnet"]["next_epoch"]["block"], pending, "{show}");
}
