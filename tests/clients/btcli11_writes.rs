//! btcli of `bittensor` 11.3.0 against an in-process devnet: `subnets metagraph`, and the write
//! commands `wallet transfer`, `stake add` and `stake remove` (`--no-mev-shield`: the checks
//! read one extrinsic's fee in the best block; shielded staking is in `shield.rs`). Results are checked against the devnet's events and state, and what
//! btcli 11 then reads (`stake show`, `subnets price`) against tao at the same block.
//!
//! `wallet balance`, `stake list` and `subnets register` are not here: btcli 11.3.0 reads for
//! them items of runtimes newer than the devnet's spec 425 (`BetaBasketRuntimeApi`, spec 441;
//! `SubtensorModule.CollateralLockShare`, spec 435), which the chain at spec 425 lacks too.

use std::path::{Path, PathBuf};

use crate::btcli::{client, devnet, run_json, tao_json};
use crate::support::devnet::{Net, free_of, make_wallet, ss58_of, stake_of};
use serde_json::Value;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::{Runtime, RuntimeEvent};

fn btcli11() -> Option<PathBuf> {
    client("TAO_BTCLI11", "bittensor-11.3.0", ".ci/python-clients.sh")
}

/// `btcli ARGS` against the devnet only (no fallback or archive endpoints), with JSON output.
fn run(exe: &PathBuf, net: &Net, home: &Path, args: &[&str]) -> Value {
    let url = net.devnet.url();
    run_json(
        exe,
        home,
        args,
        &[
            "--network",
            url.as_str(),
            "--fallback-endpoints",
            "none",
            "--archive-endpoints",
            "none",
            "--json",
        ],
    )
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

fn rao(v: &Value) -> u64 {
    v["rao"]
        .as_str()
        .unwrap_or_else(|| panic!("no rao in {v}"))
        .parse()
        .unwrap()
}

/// btcli 11's fee in TAO (a float) is the fee the chain charged.
fn assert_fee(shown: &Value, fee: u64) {
    let shown = shown.as_f64().unwrap_or_else(|| panic!("fee {shown}"));
    assert!(
        (shown * 1e9 - fee as f64).abs() <= 1.0,
        "btcli 11 fee {shown}, charged {fee} rao"
    );
}

/// btcli 11's `stake show` and `subnets price` against tao's stake list at the same block.
fn stake_reads_agree(exe: &PathBuf, net: &Net, home: &Path) {
    let (bob, bob_hot) = (ss58_of("//Bob"), ss58_of("//Bob//hot"));
    let show = run(
        exe,
        net,
        home,
        &[
            "stake",
            "show",
            "--netuid",
            "1",
            "--hotkey",
            &bob_hot,
            "--coldkey",
            &bob,
        ],
    );
    let price = run(exe, net, home, &["subnets", "price", "--netuid", "1"]);
    let ours = tao_json(net, &["stake", "list", "--ss58", &bob]);
    let p = ours["positions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["netuid"] == 1 && p["hotkey"] == bob_hot)
        .unwrap_or_else(|| panic!("tao lacks Bob's position on 1: {ours}"));
    let shown = show["stake_amount"].as_f64().unwrap();
    let exact = rao(&p["stake"]);
    assert!(
        (shown * 1e9 - exact as f64).abs() <= 1.0,
        "btcli 11 {shown} α, tao {exact} rao"
    );
    assert_eq!(price["price_rao"], rao(&p["price"]), "{price} / {p}");
}

#[test]
fn btcli11_reads_the_metagraph_as_tao_does() {
    let Some(exe) = btcli11() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    for netuid in ["1", "3"] {
        let theirs = run(&exe, &net, home.path(), &["subnets", "metagraph", netuid]);
        let ours = tao_json(&net, &["subnets", "metagraph", "--netuid", netuid]);
        assert_eq!(theirs["block"], ours["block"], "the same block");
        assert_eq!(theirs["num_uids"], ours["num_uids"]);
        assert_eq!(theirs["tempo"], ours["tempo"]);
        assert_eq!(theirs["burn"], rao(&ours["burn"]));
        assert_eq!(theirs["tao_in"], rao(&ours["tao_in"]));
        assert_eq!(theirs["alpha_in"], rao(&ours["alpha_in"]));
        assert_eq!(theirs["alpha_out"], rao(&ours["alpha_out"]));
        let neurons = ours["neurons"].as_array().unwrap();
        assert_eq!(theirs["hotkeys"].as_array().unwrap().len(), neurons.len());
        for (uid, n) in neurons.iter().enumerate() {
            assert_eq!(theirs["hotkeys"][uid], n["hotkey"], "uid {uid}");
            assert_eq!(theirs["coldkeys"][uid], n["coldkey"], "uid {uid}");
            assert_eq!(
                theirs["alpha_stake"][uid],
                rao(&n["alpha_stake"]),
                "uid {uid}"
            );
            assert_eq!(
                theirs["total_stake"][uid],
                rao(&n["total_stake"]),
                "uid {uid}"
            );
            assert_eq!(
                theirs["validator_permit"][uid], n["validator_permit"],
                "uid {uid}"
            );
        }
    }
}

#[test]
fn btcli11_transfers_as_tao_reads_it() {
    let Some(exe) = btcli11() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    let wallets = home.path().join("wallets");
    make_wallet(&wallets, "bob", "//Bob", "//Bob//hot", None);
    let (bob, dave) = (free_of(&net, "//Bob"), free_of(&net, "//Dave"));
    let out = run(
        &exe,
        &net,
        home.path(),
        &[
            "wallet",
            "transfer",
            "--dest",
            &ss58_of("//Dave"),
            "--amount",
            "1.5",
            "-w",
            "bob",
            "--wallet-path",
            wallets.to_str().unwrap(),
            "-y",
        ],
    );
    assert_eq!(out["success"], true, "{out}");
    let fee = fee_paid(&net, "//Bob");
    assert_fee(&out["fee_tao"], fee);
    assert_eq!(free_of(&net, "//Dave") - dave, 1_500_000_000);
    assert_eq!(bob - free_of(&net, "//Bob"), 1_500_000_000 + fee);
}

#[test]
fn btcli11_stakes_and_unstakes_as_tao_reads_it() {
    let Some(exe) = btcli11() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    let wallets = home.path().join("wallets");
    make_wallet(&wallets, "bob", "//Bob", "//Bob//hot", None);
    let bob_hot = ss58_of("//Bob//hot");
    let (cold, hot) = (
        tao_devnet::dev_account("//Bob"),
        tao_devnet::dev_account("//Bob//hot"),
    );
    let wallet: [&str; 4] = ["-w", "bob", "--wallet-path", wallets.to_str().unwrap()];

    // Stake 2 TAO on subnet 1, with btcli 11's default slippage protection (add_stake_limit).
    let (free0, stake0) = (
        free_of(&net, "//Bob"),
        stake_of(&net, "//Bob", "//Bob//hot", 1),
    );
    let add = run(
        &exe,
        &net,
        home.path(),
        &[
            &[
                "stake",
                "add",
                "--netuid",
                "1",
                "--hotkey",
                &bob_hot,
                "--amount",
                "2",
                "--no-mev-shield",
                "-y",
            ],
            &wallet[..],
        ]
        .concat(),
    );
    assert_eq!(add["success"], true, "{add}");
    let (tao_in, alpha) = subtensor_events(&net)
        .into_iter()
        .find_map(|e| match e {
            st::Event::StakeAdded(c, h, tao, alpha, 1, _) if c == cold && h == hot => {
                Some((tao, alpha))
            }
            _ => None,
        })
        .expect("a StakeAdded event on subnet 1");
    assert_eq!(tao_in, 2_000_000_000);
    let fee = fee_paid(&net, "//Bob");
    assert_fee(&add["fee_tao"], fee);
    let stake1 = stake_of(&net, "//Bob", "//Bob//hot", 1);
    assert_eq!(stake1 - stake0, alpha);
    assert_eq!(free0 - free_of(&net, "//Bob"), 2_000_000_000 + fee);
    stake_reads_agree(&exe, &net, home.path());

    // Unstake 1 α.
    let free1 = free_of(&net, "//Bob");
    let remove = run(
        &exe,
        &net,
        home.path(),
        &[
            &[
                "stake",
                "remove",
                "--netuid",
                "1",
                "--hotkey",
                &bob_hot,
                "--amount",
                "1",
                "--no-mev-shield",
                "-y",
            ],
            &wallet[..],
        ]
        .concat(),
    );
    assert_eq!(remove["success"], true, "{remove}");
    let (tao_out, alpha_out) = subtensor_events(&net)
        .into_iter()
        .find_map(|e| match e {
            st::Event::StakeRemoved(c, h, tao, alpha, 1, _) if c == cold && h == hot => {
                Some((tao, alpha))
            }
            _ => None,
        })
        .expect("a StakeRemoved event on subnet 1");
    assert_eq!(alpha_out, 1_000_000_000);
    let fee = fee_paid(&net, "//Bob");
    assert_fee(&remove["fee_tao"], fee);
    assert_eq!(
        stake1 - stake_of(&net, "//Bob", "//Bob//hot", 1),
        1_000_000_000
    );
    assert_eq!(free_of(&net, "//Bob") + fee - free1, tao_out);
    stake_reads_agree(&exe, &net, home.path());
}
