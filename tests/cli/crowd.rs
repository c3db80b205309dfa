//! `tao crowd` against an in-process devnet: a crowdloan raised by two contributors and
//! finalized (the target receives exactly the cap), another refunded and dissolved, refusals
//! before signing, and the reads.

use serde_json::json;

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;

const TAO: u64 = 1_000_000_000;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

/// The fund account of loan `id`, derived here from the pallet id independently of tao.
fn fund(id: u32) -> [u8; 32] {
    let mut a = [0u8; 32];
    a[..12].copy_from_slice(b"modlbt/cloan");
    a[12..16].copy_from_slice(&id.to_le_bytes());
    a
}

fn free_at(net: &Net, who: &[u8; 32]) -> u64 {
    let c = chain(net);
    net._rt
        .block_on(tao::chain::read::balances(&c, &[*who]))
        .unwrap()
        .1[0]
        .free
}

fn rao(v: &serde_json::Value) -> u64 {
    v["rao"]
        .as_u64()
        .or_else(|| v["rao"].as_str().and_then(|s| s.parse().ok()))
        .unwrap_or_else(|| panic!("no rao in {v}"))
}

fn paid_fee(d: &serde_json::Value) -> u64 {
    event(d, "TransactionPayment", "TransactionFeePaid")["fields"]["actual_fee"]
        .as_u64()
        .unwrap()
}

fn contributions(sb: &Sandbox, net: &Net, id: &str) -> Vec<(String, u64)> {
    let d = ok(&run(
        sb,
        net,
        "alice",
        &["crowd", "contributors", "--id", id],
    ));
    let mut v: Vec<(String, u64)> = d["contributors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["contributor"].as_str().unwrap().to_string(),
                rao(&c["amount"]),
            )
        })
        .collect();
    v.sort();
    v
}

fn setup() -> (Net, Sandbox) {
    let net = start();
    let sb = Sandbox::new();
    for (name, seed) in [
        ("alice", "//Alice"),
        ("bob", "//Bob"),
        ("charlie", "//Charlie"),
    ] {
        dev_wallet(&sb, name, seed);
    }
    (net, sb)
}

#[test]
fn a_crowdloan_is_raised_by_two_contributors_and_pays_its_target() {
    let (net, sb) = setup();
    let ferdie = ss58_of("//Ferdie");
    let create = [
        "crowd",
        "create",
        "--deposit",
        "10",
        "--min-contribution",
        "1",
        "--cap",
        "30",
        "--duration",
        "100",
        "--target-address",
        &ferdie,
    ];
    let mut dry_args = create.to_vec();
    dry_args.push("--dry-run");
    let dry = ok(&run(&sb, &net, "alice", &dry_args));
    check_dry_run(&net, &dry, "//Alice");
    assert_eq!(dry["call"]["pallet"], "Crowdloan");
    assert_eq!(dry["call"]["name"], "create");
    assert_eq!(dry["details"]["crowdloan_id"], 0);
    assert_eq!(
        dry["details"]["funds_account"],
        tao::ss58::encode_default(&fund(0))
    );

    let alice_before = free_at(&net, &fund(0));
    assert_eq!(alice_before, 0);
    let d = ok(&run(&sb, &net, "alice", &create));
    let ev = event(&d, "Crowdloan", "Created");
    assert_eq!(ev["fields"]["crowdloan_id"], 0, "{ev}");
    assert_eq!(ev["fields"]["cap"], 30 * TAO);
    let end = ev["fields"]["end"].as_u64().unwrap();
    // 100 blocks after the latest including block tao allows for (5 after the pinned head).
    assert_eq!(end, d["block_number"].as_u64().unwrap() + 105, "{d}");
    assert_eq!(free_at(&net, &fund(0)), 10 * TAO);

    // Bob puts in 5 τ; Charlie asks for 20 τ and is clipped to the 15 τ left.
    let bob_before = free_of(&net, "//Bob");
    let d = ok(&run(
        &sb,
        &net,
        "bob",
        &["crowd", "contribute", "--id", "0", "--amount", "5"],
    ));
    assert_eq!(rao(&d["details"]["accepted"]), 5 * TAO);
    assert_eq!(
        free_of(&net, "//Bob"),
        bob_before - 5 * TAO - paid_fee(&d),
        "Bob pays 5 τ and the fee"
    );
    let charlie_before = free_of(&net, "//Charlie");
    let d = ok(&run(
        &sb,
        &net,
        "charlie",
        &["crowd", "contribute", "--crowdloan-id", "0", "-a", "20"],
    ));
    assert_eq!(rao(&d["details"]["accepted"]), 15 * TAO);
    let ev = event(&d, "Crowdloan", "Contributed");
    assert_eq!(ev["fields"]["amount"], 15 * TAO);
    assert_eq!(
        free_of(&net, "//Charlie"),
        charlie_before - 15 * TAO - paid_fee(&d)
    );
    assert_eq!(free_at(&net, &fund(0)), 30 * TAO);
    let mut expect = vec![
        (ss58_of("//Alice"), 10 * TAO),
        (ss58_of("//Bob"), 5 * TAO),
        (ss58_of("//Charlie"), 15 * TAO),
    ];
    expect.sort();
    assert_eq!(contributions(&sb, &net, "0"), expect);
    let info = ok(&run(&sb, &net, "alice", &["crowd", "info", "--id", "0"]));
    assert_eq!(info["crowdloan"]["status"], "funded");
    assert_eq!(rao(&info["crowdloan"]["raised"]), 30 * TAO);
    assert_eq!(info["crowdloan"]["contributors_count"], 3);
    assert_eq!(info["crowdloan"]["end"]["block"], end);

    // Refused before signing.
    let before = submissions(&net);
    refused(
        &run(&sb, &net, "bob", &["crowd", "finalize", "--id", "0"]),
        "InvalidOrigin",
    );
    refused(
        &run(
            &sb,
            &net,
            "bob",
            &["crowd", "contribute", "--id", "0", "--amount", "1"],
        ),
        "CapRaised",
    );
    refused(
        &run(&sb, &net, "alice", &["crowd", "withdraw", "--id", "0"]),
        "DepositCannotBeWithdrawn",
    );
    refused(
        &run(&sb, &net, "alice", &["crowd", "finalize", "--id", "7"]),
        "InvalidCrowdloanId",
    );
    assert_eq!(submissions(&net), before, "nothing submitted");

    // Finalized: Ferdie receives exactly the cap, the fund account is emptied.
    let ferdie_before = free_of(&net, "//Ferdie");
    let dry = ok(&run(
        &sb,
        &net,
        "alice",
        &["crowd", "finalize", "--id", "0", "--dry-run"],
    ));
    check_dry_run(&net, &dry, "//Alice");
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &["crowd", "finalize", "--id", "0"],
    ));
    event(&d, "Crowdloan", "Finalized");
    assert_eq!(free_of(&net, "//Ferdie"), ferdie_before + 30 * TAO);
    assert_eq!(free_at(&net, &fund(0)), 0);
    let info = ok(&run(&sb, &net, "alice", &["crowd", "info", "--id", "0"]));
    assert_eq!(info["crowdloan"]["status"], "finalized");
    assert_eq!(info["crowdloan"]["finalized"], true);
    let before = submissions(&net);
    refused(
        &run(&sb, &net, "alice", &["crowd", "finalize", "--id", "0"]),
        "AlreadyFinalized",
    );
    refused(
        &run(&sb, &net, "bob", &["crowd", "withdraw", "--id", "0"]),
        "AlreadyFinalized",
    );
    assert_eq!(submissions(&net), before);
}

#[test]
fn a_failed_crowdloan_is_refunded_and_dissolved() {
    let (net, sb) = setup();
    let ferdie = ss58_of("//Ferdie");
    let create = |extra: &[&str]| {
        let mut a = vec!["crowd", "create", "--min", "1", "--target", ferdie.as_str()];
        a.extend_from_slice(extra);
        run(&sb, &net, "alice", &a)
    };
    // Creation guards, from the chain's constants (the devnet's fast-runtime bounds 50..20000).
    let before = submissions(&net);
    refused(
        &create(&["--deposit", "5", "--cap", "30", "--duration", "100"]),
        "DepositTooLow",
    );
    refused(
        &create(&["--deposit", "10", "--cap", "10", "--duration", "100"]),
        "CapTooLow",
    );
    refused(
        &create(&["--deposit", "10", "--cap", "30", "--duration", "49"]),
        "BlockDurationTooShort",
    );
    refused(
        &create(&["--deposit", "10", "--cap", "30", "--duration", "20001"]),
        "BlockDurationTooLong",
    );
    refused(
        &create(&["--deposit", "10", "--cap", "30", "--end", "1"]),
        "CannotEndInPast",
    );
    let r = run(
        &sb,
        &net,
        "alice",
        &[
            "crowd",
            "create",
            "--deposit",
            "10",
            "--min",
            "0.05",
            "--cap",
            "30",
            "--duration",
            "100",
            "--target",
            &ferdie,
        ],
    );
    refused(&r, "MinimumContributionTooLow");
    assert_eq!(submissions(&net), before, "nothing submitted");

    ok(&create(&[
        "--deposit",
        "10",
        "--cap",
        "100",
        "--duration",
        "60",
    ]));
    let bob_before = free_of(&net, "//Bob");
    let d = ok(&run(
        &sb,
        &net,
        "bob",
        &["crowd", "contribute", "--id", "0", "--amount", "3"],
    ));
    let bob_after_contribution = bob_before - 3 * TAO - paid_fee(&d);
    assert_eq!(free_of(&net, "//Bob"), bob_after_contribution);

    let before = submissions(&net);
    refused(
        &run(&sb, &net, "alice", &["crowd", "dissolve", "--id", "0"]),
        "NotReadyToDissolve",
    );
    refused(
        &run(
            &sb,
            &net,
            "charlie",
            &["crowd", "contribute", "--id", "0", "--amount", "0.5"],
        ),
        "ContributionTooLow",
    );
    refused(
        &run(&sb, &net, "alice", &["crowd", "finalize", "--id", "0"]),
        "CapNotRaised",
    );
    refused(
        &run(
            &sb,
            &net,
            "alice",
            &["crowd", "update", "--id", "0", "--cap", "2"],
        ),
        "CapTooLow",
    );
    refused(
        &run(
            &sb,
            &net,
            "alice",
            &["crowd", "update", "--id", "0", "--max-contribution", "4"],
        ),
        "MaximumContributionTooLow",
    );
    refused(
        &run(&sb, &net, "bob", &["crowd", "refund", "--id", "0"]),
        "InvalidOrigin",
    );
    refused(
        &run(&sb, &net, "charlie", &["crowd", "withdraw", "--id", "0"]),
        "NoContribution",
    );
    assert_eq!(submissions(&net), before, "nothing submitted");

    // The creator's updates.
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &["crowd", "update", "--id", "0", "--cap", "50"],
    ));
    assert_eq!(
        event(&d, "Crowdloan", "CapUpdated")["fields"]["new_cap"],
        50 * TAO
    );
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &["crowd", "update", "--id", "0", "--max-contribution", "20"],
    ));
    event(&d, "Crowdloan", "MaxContributionUpdated");
    let info = ok(&run(&sb, &net, "alice", &["crowd", "info", "--id", "0"]));
    assert_eq!(rao(&info["crowdloan"]["cap"]), 50 * TAO);
    assert_eq!(rao(&info["crowdloan"]["max_contribution"]), 20 * TAO);
    assert_eq!(info["crowdloan"]["status"], "active");

    // The period ends: no more contributions, the loan lists as ended.
    let end = info["crowdloan"]["end"]["block"].as_u64().unwrap();
    let head = info["block"].as_u64().unwrap();
    rpc(&net, "dev_newBlocks", vec![json!(end - head)]).unwrap();
    let before = submissions(&net);
    refused(
        &run(
            &sb,
            &net,
            "charlie",
            &["crowd", "contribute", "--id", "0", "--amount", "2"],
        ),
        "ContributionPeriodEnded",
    );
    assert_eq!(submissions(&net), before);
    let list = ok(&run(
        &sb,
        &net,
        "alice",
        &["crowd", "list", "--status", "ended"],
    ));
    assert_eq!(list["crowdloans"].as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list["crowdloans"][0]["id"], 0);
    assert_eq!(list["constants"]["minimum_block_duration"], 50);
    assert_eq!(list["constants"]["maximum_block_duration"], 20_000);

    // Refund: Bob gets exactly his 3 τ back (Alice signs and pays the fee).
    let dry = ok(&run(
        &sb,
        &net,
        "alice",
        &["crowd", "refund", "--id", "0", "--dry-run"],
    ));
    check_dry_run(&net, &dry, "//Alice");
    assert_eq!(dry["details"]["contributors_to_refund"], 1);
    let d = ok(&run(&sb, &net, "alice", &["crowd", "refund", "--id", "0"]));
    event(&d, "Crowdloan", "AllRefunded");
    assert_eq!(free_of(&net, "//Bob"), bob_after_contribution + 3 * TAO);
    assert_eq!(
        contributions(&sb, &net, "0"),
        vec![(ss58_of("//Alice"), 10 * TAO)]
    );

    // Dissolve: the deposit comes back and the loan is gone.
    let alice_before = free_of(&net, "//Alice");
    let d = ok(&run(
        &sb,
        &net,
        "alice",
        &["crowd", "dissolve", "--id", "0"],
    ));
    event(&d, "Crowdloan", "Dissolved");
    assert_eq!(
        free_of(&net, "//Alice"),
        alice_before + 10 * TAO - paid_fee(&d)
    );
    assert_eq!(free_at(&net, &fund(0)), 0);
    let r = run(&sb, &net, "alice", &["crowd", "info", "--id", "0"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "crowd.not_found");
    let list = ok(&run(&sb, &net, "alice", &["crowd", "list"]));
    assert_eq!(list["crowdloans"], json!([]));
}

#[test]
fn the_human_views_show_deadlines_in_blocks_and_time() {
    let (net, sb) = setup();
    let ferdie = ss58_of("//Ferdie");
    let head = ok(&run(&sb, &net, "alice", &["cr", "list"]))["block"]
        .as_u64()
        .unwrap();
    let end = (head + 301).to_string();
    ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "crowdloan",
            "create",
            "--deposit",
            "10",
            "--min",
            "1",
            "--cap",
            "30",
            "--end-block",
            &end,
            "--target",
            &ferdie,
        ],
    ));
    let url = net.devnet.url();
    let wallets = sb.home().join("wallets").to_string_lossy().into_owned();
    let r = sb.run_env(
        &[
            "--network",
            &url,
            "--wallet-path",
            &wallets,
            "crowd",
            "list",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("τ10.000000000 / τ30.000000000"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains(&format!("block {end} (in 300 blocks, about 1 h 0 min")),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("UTC"), "{}", r.stdout);
    assert!(r.stdout.contains("active"), "{}", r.stdout);
    let r = sb.run_env(
        &[
            "--network",
            &url,
            "--wallet-path",
            &wallets,
            "crowd",
            "info",
            "--id",
            "0",
            "--show-contributors",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("fund account"), "{}", r.stdout);
    assert!(
        r.stdout.contains(&tao::ss58::encode_default(&fund(0))),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("creator"), "{}", r.stdout);
}
