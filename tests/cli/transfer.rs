//! `tao wallet transfer` end to end against an in-process devnet on 127.0.0.1.

use crate::support::Sandbox;
use crate::support::devnet::*;
use tao_devnet::TAO;

const ED: u64 = 500;

#[test]
fn transfer_keep_alive_moves_the_amount_and_the_fee() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let (dave0, ferdie0) = (free_of(&net, "//Dave"), free_of(&net, "//Ferdie"));
    let ferdie = ss58_of("//Ferdie");
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "-y",
            "wallet",
            "transfer",
            "--dest",
            &ferdie,
            "--amount",
            "5.25",
        ],
    ));
    assert_eq!(d["call"]["pallet"], "Balances");
    assert_eq!(d["call"]["name"], "transfer_keep_alive");
    assert_eq!(d["era"]["period"], 16);
    let fee: u64 = d["fee"]["rao"].as_str().unwrap().parse().unwrap();
    let ev = event(&d, "Balances", "Transfer");
    assert_eq!(
        ev["fields"]["to"],
        serde_json::json!(format!(
            "0x{}",
            hex::encode(AsRef::<[u8; 32]>::as_ref(&tao_devnet::dev_account(
                "//Ferdie"
            )))
        ))
    );
    assert_eq!(ev["fields"]["amount"].as_u64(), Some(5_250_000_000));
    assert_eq!(free_of(&net, "//Ferdie"), ferdie0 + 5_250_000_000);
    assert_eq!(free_of(&net, "//Dave"), dave0 - 5_250_000_000 - fee);
    for k in [
        "extrinsic_hash",
        "block_hash",
        "block_number",
        "extrinsic_index",
        "events",
    ] {
        assert!(!d[k].is_null(), "{k} missing: {d}");
    }
}

#[test]
fn transfer_all_keeps_the_existential_deposit_unless_allow_death() {
    let net = start();
    let sb = Sandbox::new();
    let wallets = sb.home().join("wallets");
    make_wallet(&wallets, "dave", "//Dave", "//Dave//hot", None);
    make_wallet(&wallets, "eve", "//Eve", "//Eve//hot", None);
    let ferdie = ss58_of("//Ferdie");
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "dave",
            "-y",
            "wallet",
            "transfer",
            "--dest",
            &ferdie,
            "--all",
        ],
    ));
    assert_eq!(d["call"]["name"], "transfer_all");
    assert_eq!(
        free_of(&net, "//Dave"),
        ED,
        "keep-alive leaves the existential deposit"
    );
    ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "eve",
            "-y",
            "wallet",
            "transfer",
            "--dest",
            &ferdie,
            "--all",
            "--allow-death",
        ],
    ));
    assert_eq!(free_of(&net, "//Eve"), 0, "reaped");
}

#[test]
fn transfer_guards_and_wait_modes() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let ferdie = ss58_of("//Ferdie");
    let base = [
        "--json",
        "--wallet-name",
        "dave",
        "-y",
        "wallet",
        "transfer",
        "--dest",
    ];
    let run = |extra: &[&str]| {
        let mut a: Vec<&str> = base.to_vec();
        a.push(&ferdie);
        a.extend_from_slice(extra);
        tao(&sb, &net, &a)
    };
    refused(&run(&["--amount", "2000000"]), "FundsUnavailable");
    refused(&run(&["--amount", "0"]), "ZeroAmount");
    // Amount plus fee above the balance, keep-alive: refused with the fee named.
    let free = free_of(&net, "//Dave");
    let all_but_ed = tao::units::format_decimal(free - ED + 1);
    refused(&run(&["--amount", &all_but_ed]), "FundsUnavailable");
    // A fresh account must receive at least the existential deposit.
    let fresh = tao::ss58::encode_default(&[9u8; 32]);
    let mut a: Vec<&str> = base.to_vec();
    a.extend_from_slice(&[&fresh, "--amount", "0.0000001"]);
    refused(&tao(&sb, &net, &a), "BelowMinimum");
    assert_eq!(submissions(&net), 0);
    // --wait none returns the hash without a block; finalization reports finalized.
    let d = ok(&run(&["--amount", "1", "--wait", "none"]));
    assert_eq!(d["status"], "submitted");
    assert!(d["block_hash"].is_null());
    let d = ok(&run(&["--amount", "1", "--wait", "finalization"]));
    assert_eq!(d["status"], "finalized");
    assert!(
        d["nonce"].as_u64().unwrap() >= 1,
        "the queued one counted: {d}"
    );
    // Dry run: nothing submitted, and the JSON data carries the contract's fields.
    let before = submissions(&net);
    let d = ok(&run(&["--amount", "1", "--dry-run", "--era", "64"]));
    assert_eq!(submissions(&net), before);
    for k in ["call_data", "extrinsic", "fee", "era", "nonce"] {
        assert!(!d[k].is_null(), "{k} missing: {d}");
    }
    assert_eq!(d["era"]["period"], 64);
    assert!(d["fee"]["rao"].is_string() && d["fee"]["tao"].is_string());
    let _ = TAO;
}

#[test]
fn a_second_signer_with_the_same_key_waits_for_the_lock() {
    use std::os::fd::AsRawFd;
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    // Hold the per-key lock as another tao process would.
    let locks = sb.home().join(".local/state/tao/locks");
    std::fs::create_dir_all(&locks).unwrap();
    let dave: [u8; 32] = *AsRef::<[u8; 32]>::as_ref(&tao_devnet::dev_account("//Dave"));
    let file = std::fs::File::create(locks.join(format!("{}.lock", hex::encode(dave)))).unwrap();
    // SAFETY: flock on a file this test owns.
    assert_eq!(unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) }, 0);
    let url = net.devnet.url();
    let wallets = sb.home().join("wallets").to_string_lossy().into_owned();
    let ferdie = ss58_of("//Ferdie");
    let mut cmd = sb.cmd(&[
        "--network",
        &url,
        "--wallet-path",
        &wallets,
        "--json",
        "--wallet-name",
        "dave",
        "-y",
        "wallet",
        "transfer",
        "--dest",
        &ferdie,
        "--amount",
        "1",
    ]);
    cmd.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "tao waits while the key is locked"
    );
    assert_eq!(submissions(&net), 0);
    drop(file); // releases the lock
    let out = child.wait_with_output().unwrap();
    let run = crate::support::to_run(out);
    assert!(
        run.stderr.contains("another tao process is signing"),
        "{}",
        run.stderr
    );
    ok(&run);
    assert_eq!(submissions(&net), 1);
}
