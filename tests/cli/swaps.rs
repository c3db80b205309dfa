//! `tao wallet swap-hotkey`, `swap-coldkey` and `swap-check` against an in-process devnet on
//! 127.0.0.1 (its coldkey-swap delays are the chain's fast-runtime 50 and 10 blocks; a hotkey
//! swap's per-subnet cooldown is 10 blocks).

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;
use tao::wallet::keyfile::Protection;
use tao::wallet::{Keypair, SecretString, Wallet};

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

fn query(sb: &Sandbox, net: &Net, item: &str, keys: &[&str]) -> serde_json::Value {
    let mut a = vec!["query", "SubtensorModule", item];
    a.extend_from_slice(keys);
    ok(&run(sb, net, "x", &a))["value"].clone()
}

/// Adds the hotkey `name` = `seed` to the wallet.
fn add_hotkey(sb: &Sandbox, wallet: &str, name: &str, seed: &str) {
    let w = Wallet::new(sb.home().join("wallets"), wallet).unwrap();
    let hk = Keypair::from_uri(&SecretString::new(seed.to_string())).unwrap();
    w.hotkey(name)
        .unwrap()
        .write_keypair(&hk, Protection::Plain, true)
        .unwrap();
}

#[test]
fn a_hotkey_swap_on_every_subnet_is_checked_shown_and_applied() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "bob", "//Bob");
    add_hotkey(&sb, "bob", "new", "//Bob//new");
    let (old, new) = (ss58_of("//Bob//hot"), ss58_of("//Bob//new"));
    let stake = stake_of(&net, "//Bob", "//Bob//hot", 1);
    assert!(stake > 0);
    let before = submissions(&net);
    // Refused before signing: the same key, another coldkey's hotkey.
    refused(
        &run(
            &sb,
            &net,
            "bob",
            &["wallet", "swap-hotkey", "--new-hotkey-ss58", &old],
        ),
        "NewHotKeyIsSameWithOld",
    );
    refused(
        &run(
            &sb,
            &net,
            "bob",
            &[
                "wallet",
                "swap-hotkey",
                "--new-hotkey-ss58",
                &ss58_of("//Alice//hot"),
            ],
        ),
        "NonAssociatedColdKey",
    );
    assert_eq!(submissions(&net), before);
    let dry = ok(&run(
        &sb,
        &net,
        "bob",
        &["wallet", "swap-hotkey", "new", "--all-netuids", "--dry-run"],
    ));
    check_dry_run(&net, &dry, "//Bob");
    assert_eq!(dry["call"]["name"], "swap_hotkey_v2");
    assert_eq!(dry["details"]["cost"]["rao"], "100000000");
    assert_eq!(dry["details"]["new_hotkey"], new);
    let free = free_of(&net, "//Bob");
    let r = run(
        &sb,
        &net,
        "bob",
        &["wallet", "swap-hotkey", "--new-hotkey", "new"],
    );
    assert!(
        r.stderr.contains(&old) && r.stderr.contains(&new),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("0.1"), "the cost is shown: {}", r.stderr);
    let d = ok(&r);
    let e = event(&d, "SubtensorModule", "HotkeySwapped");
    let hex_of = |a: &str| format!("0x{}", hex::encode(tao::ss58::decode(a).unwrap().1));
    assert_eq!(e["fields"]["new_hotkey"], hex_of(&new), "{e}");
    assert_eq!(e["fields"]["old_hotkey"], hex_of(&old), "{e}");
    let fee: u64 = d["fee"]["rao"].as_str().unwrap().parse().unwrap();
    assert_eq!(free - free_of(&net, "//Bob"), 100_000_000 + fee);
    assert_eq!(stake_of(&net, "//Bob", "//Bob//new", 1), stake);
    assert_eq!(stake_of(&net, "//Bob", "//Bob//hot", 1), 0);
    assert_eq!(query(&sb, &net, "Owner", &[&new]), ss58_of("//Bob"));
    assert_eq!(query(&sb, &net, "Uids", &["1", &new]), 1);
    // The coldkey's legacy rate limit (1000 blocks) refuses the next one before signing.
    add_hotkey(&sb, "bob", "newer", "//Bob//newer");
    let before = submissions(&net);
    let r = tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "bob",
            "--hotkey",
            "new",
            "-y",
            "wallet",
            "swap-hotkey",
            "--new-hotkey",
            "newer",
            "--netuid",
            "1",
        ],
    );
    refused(&r, "HotKeySetTxRateLimitExceeded");
    assert_eq!(submissions(&net), before);
}

#[test]
fn a_hotkey_swap_on_one_subnet_can_keep_the_stake() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let new = ss58_of("//Alice//new");
    // The subnet's cooldown counts from block 0 (10 blocks on the devnet).
    let before = submissions(&net);
    let r = run(
        &sb,
        &net,
        "alice",
        &[
            "wallet",
            "swap-hotkey",
            "--new-hotkey-ss58",
            &new,
            "--netuid",
            "2",
            "--keep-stake",
        ],
    );
    refused(&r, "HotKeySwapOnSubnetIntervalNotPassed");
    assert_eq!(submissions(&net), before);
    net.devnet.ctx.new_blocks(12);
    let stake = stake_of(&net, "//Alice", "//Alice//hot", 2);
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "wallet",
            "swap-hotkey",
            "--new-hotkey-ss58",
            &new,
            "--netuid",
            "2",
            "--keep-stake",
        ],
    ));
    assert_eq!(d["details"]["cost"]["rao"], "1000000");
    let e = event(&d, "SubtensorModule", "HotkeySwappedOnSubnet");
    assert_eq!(e["fields"]["netuid"], 2, "{e}");
    assert!(
        stake_of(&net, "//Alice", "//Alice//hot", 2) >= stake,
        "kept"
    );
    assert_eq!(stake_of(&net, "//Alice", "//Alice//new", 2), 0);
    assert_eq!(query(&sb, &net, "Uids", &["2", &new]), 0);
    assert_eq!(
        query(&sb, &net, "Uids", &["1", &ss58_of("//Alice//hot")]),
        0
    );
}

#[test]
fn a_coldkey_swap_is_announced_checked_guarded_and_executed() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "fresh", "//Dave//cold");
    let before = submissions(&net);
    // `--yes` alone never confirms.
    let r = run(
        &sb,
        &net,
        "dave",
        &[
            "wallet",
            "swap-coldkey",
            "announce",
            "--new-wallet",
            "fresh",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "tx.coldkey_swap_unconfirmed");
    assert!(
        r.stdout.contains("--i-understand-coldkey-swap"),
        "{}",
        r.stdout
    );
    // Nothing to execute, dispute or clear yet.
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &[
                "wallet",
                "swap-coldkey",
                "execute",
                "--new-wallet",
                "fresh",
                "--i-understand-coldkey-swap",
            ],
        ),
        "ColdkeySwapAnnouncementNotFound",
    );
    refused(
        &run(&sb, &net, "dave", &["wallet", "swap-coldkey", "clear"]),
        "ColdkeySwapAnnouncementNotFound",
    );
    // The new coldkey must be able to receive the swap.
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &[
                "wallet",
                "swap-coldkey",
                "announce",
                "--new-coldkey-ss58",
                &ss58_of("//Alice"),
                "--i-understand-coldkey-swap",
            ],
        ),
        "ColdKeyAlreadyAssociated",
    );
    assert_eq!(submissions(&net), before);
    let dry = ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "wallet",
            "swap-coldkey",
            "announce",
            "--new-wallet",
            "fresh",
            "--dry-run",
        ],
    ));
    check_dry_run(&net, &dry, "//Dave");
    assert_eq!(dry["call"]["name"], "announce_coldkey_swap");
    let hash = dry["details"]["new_coldkey_hash"]
        .as_str()
        .unwrap()
        .to_string();
    let free = free_of(&net, "//Dave");
    let r = run(
        &sb,
        &net,
        "dave",
        &[
            "wallet",
            "swap-coldkey",
            "announce",
            "--new-wallet",
            "fresh",
            "--i-understand-coldkey-swap",
        ],
    );
    assert!(
        r.stderr.contains(&ss58_of("//Dave//cold")) && r.stderr.contains("0.1"),
        "{}",
        r.stderr
    );
    let d = ok(&r);
    let e = event(&d, "SubtensorModule", "ColdkeySwapAnnounced");
    assert_eq!(e["fields"]["new_coldkey_hash"], hash, "{e}");
    let fee: u64 = d["fee"]["rao"].as_str().unwrap().parse().unwrap();
    assert_eq!(free - free_of(&net, "//Dave"), 100_000_000 + fee);
    // swap-check shows it.
    let c = ok(&run(&sb, &net, "dave", &["wallet", "swap-check"]));
    assert_eq!(c["announced"], true);
    assert_eq!(c["announcement"]["new_coldkey_hash"], hash);
    assert_eq!(c["announcement_delay_blocks"], 50);
    let when = c["announcement"]["execute_from_block"].as_u64().unwrap();
    let all = ok(&run(&sb, &net, "dave", &["wallet", "swap-check", "--all"]));
    assert_eq!(all["swaps"][0]["coldkey"], ss58_of("//Dave"));
    // The guard: any other call of this coldkey is refused before signing.
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &[
                "wallet",
                "transfer",
                "--dest",
                &ss58_of("//Ferdie"),
                "--amount",
                "1",
            ],
        ),
        "ColdkeySwapAnnounced",
    );
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &[
                "wallet",
                "swap-coldkey",
                "execute",
                "--new-wallet",
                "fresh",
                "--i-understand-coldkey-swap",
            ],
        ),
        "ColdkeySwapTooEarly",
    );
    refused(
        &run(
            &sb,
            &net,
            "dave",
            &[
                "wallet",
                "swap-coldkey",
                "execute",
                "--new-coldkey-ss58",
                &ss58_of("//Eve"),
                "--i-understand-coldkey-swap",
            ],
        ),
        "AnnouncedColdkeyHashDoesNotMatch",
    );
    assert_eq!(submissions(&net), before);
    let now = ok(&run(&sb, &net, "dave", &["wallet", "swap-check"]))["block"]
        .as_u64()
        .unwrap();
    net.devnet.ctx.new_blocks((when - now) as u32);
    let stake = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let d = ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "wallet",
            "swap-coldkey",
            "execute",
            "--new-wallet",
            "fresh",
            "--i-understand-coldkey-swap",
        ],
    ));
    event(&d, "SubtensorModule", "ColdkeySwapped");
    assert_eq!(free_of(&net, "//Dave"), 0);
    assert!(free_of(&net, "//Dave//cold") > 999_000 * 1_000_000_000);
    assert_eq!(stake_of(&net, "//Dave//cold", "//Dave//hot", 1), stake);
    assert_eq!(
        query(&sb, &net, "Owner", &[&ss58_of("//Dave//hot")]),
        ss58_of("//Dave//cold")
    );
    assert_eq!(
        ok(&run(&sb, &net, "dave", &["wallet", "swap-check"]))["announced"],
        false
    );
}

#[test]
fn a_coldkey_swap_is_disputed_or_cleared() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "charlie", "//Charlie");
    dev_wallet(&sb, "eve", "//Eve");
    let announce = |w: &str, new: &str| {
        ok(&run(
            &sb,
            &net,
            w,
            &[
                "wallet",
                "swap-coldkey",
                "announce",
                "--new-coldkey-ss58",
                &ss58_of(new),
                "--i-understand-coldkey-swap",
            ],
        ))
    };
    announce("charlie", "//Charlie//cold");
    let d = ok(&run(
        &sb,
        &net,
        "charlie",
        &["wallet", "swap-coldkey", "dispute", "--dry-run"],
    ));
    check_dry_run(&net, &d, "//Charlie");
    let d = ok(&run(
        &sb,
        &net,
        "charlie",
        &["wallet", "swap-coldkey", "dispute"],
    ));
    event(&d, "SubtensorModule", "ColdkeySwapDisputed");
    let c = ok(&run(&sb, &net, "charlie", &["wallet", "swap-check"]));
    assert!(c["disputed_at_block"].as_u64().is_some(), "{c}");
    let before = submissions(&net);
    refused(
        &run(&sb, &net, "charlie", &["wallet", "swap-coldkey", "clear"]),
        "ColdkeySwapDisputed",
    );
    refused(
        &run(
            &sb,
            &net,
            "charlie",
            &[
                "wallet",
                "transfer",
                "--dest",
                &ss58_of("//Ferdie"),
                "--amount",
                "1",
            ],
        ),
        "ColdkeySwapDisputed",
    );
    assert_eq!(submissions(&net), before);

    announce("eve", "//Eve//cold");
    refused(
        &run(&sb, &net, "eve", &["wallet", "swap-coldkey", "clear"]),
        "ColdkeySwapClearTooEarly",
    );
    refused(
        &run(
            &sb,
            &net,
            "eve",
            &[
                "wallet",
                "swap-coldkey",
                "announce",
                "--new-coldkey-ss58",
                &ss58_of("//Eve//cold"),
                "--i-understand-coldkey-swap",
            ],
        ),
        "ColdkeySwapReannouncedTooEarly",
    );
    assert_eq!(submissions(&net), before + 1);
    net.devnet.ctx.new_blocks(62);
    let d = ok(&run(&sb, &net, "eve", &["wallet", "swap-coldkey", "clear"]));
    event(&d, "SubtensorModule", "ColdkeySwapCleared");
    assert_eq!(
        ok(&run(&sb, &net, "eve", &["wallet", "swap-check"]))["announced"],
        false
    );
    ok(&run(
        &sb,
        &net,
        "eve",
        &[
            "wallet",
            "transfer",
            "--dest",
            &ss58_of("//Ferdie"),
            "--amount",
            "1",
        ],
    ));
}
