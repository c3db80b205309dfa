//! `tao multisig`, against an in-process devnet running the real FRAME pallet-multisig at the
//! chain's index with the chain's deposits.

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;
use serde_json::Value;
use tao_devnet::TAO;

/// `DepositBase + 2 × DepositFactor` for a threshold of 2.
const DEPOSIT_2: u64 = 132_000_000 + 2 * 32_000_000;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

fn hx(seed: &str) -> String {
    format!(
        "0x{}",
        hex::encode(AsRef::<[u8; 32]>::as_ref(&tao_devnet::dev_account(seed)))
    )
}

/// The fee actually paid (the estimate before signing counts the call's declared weight; the
/// pallet refunds the unused part after dispatch).
fn fee(d: &Value) -> u64 {
    let paid = event(d, "TransactionPayment", "TransactionFeePaid")["fields"]["actual_fee"]
        .as_u64()
        .unwrap();
    let estimate: u64 = d["fee"]["rao"].as_str().unwrap().parse().unwrap();
    assert!(
        paid <= estimate,
        "paid {paid} above the estimate {estimate}"
    );
    paid
}

fn free_of_ss58(net: &Net, ss58: &str) -> u64 {
    let c = chain(net);
    let (_, acc) = tao::ss58::decode(ss58).unwrap();
    net._rt
        .block_on(tao::chain::read::balances(&c, &[acc]))
        .unwrap()
        .1[0]
        .free
}

struct Setup {
    net: Net,
    sb: Sandbox,
    /// //Alice, //Bob, //Charlie.
    a: String,
    b: String,
    c: String,
    /// The 2-of-3 multisig of the three.
    ms: String,
    ms_hex: String,
}

/// Three wallets, the 2-of-3 multisig's address from `tao multisig address`, and the multisig
/// funded with 10 TAO by Alice.
fn setup() -> Setup {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    dev_wallet(&sb, "charlie", "//Charlie");
    let (a, b, c) = (ss58_of("//Alice"), ss58_of("//Bob"), ss58_of("//Charlie"));
    let sigs = format!("{c},{a},{b}");
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "multisig",
            "address",
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
    ));
    let ms = d["multisig"].as_str().unwrap().to_string();
    let ms_hex = d["public_key"].as_str().unwrap().to_string();
    ok(&run(
        &sb,
        &net,
        "alice",
        &["wallet", "transfer", "--dest", &ms, "--amount", "10"],
    ));
    assert_eq!(free_of_ss58(&net, &ms), 10 * TAO);
    Setup {
        net,
        sb,
        a,
        b,
        c,
        ms,
        ms_hex,
    }
}

#[test]
fn a_two_of_three_transfer_goes_through_with_two_approvals() {
    let Setup {
        net,
        sb,
        a,
        b,
        c,
        ms,
        ms_hex,
    } = setup();
    let ferdie = ss58_of("//Ferdie");
    let others_of_alice = format!("{b},{c}");
    let all = format!("{a},{b},{c}");
    let transfer = ["Balances", "transfer_keep_alive"];
    let dest = format!("dest={ferdie}");
    let submit: Vec<&str> = [
        "multisig",
        "submit",
        transfer[0],
        transfer[1],
        &dest,
        "value=3tao",
        "--signatories",
        &others_of_alice,
        "--threshold",
        "2",
    ]
    .to_vec();

    // The dry run: Multisig (13) . as_multi (1) . threshold 2u16.
    let mut dry = submit.clone();
    dry.push("--dry-run");
    let d = ok(&run(&sb, &net, "alice", &dry));
    check_dry_run(&net, &d, "//Alice");
    assert_eq!(d["call"]["pallet"], "Multisig");
    assert_eq!(d["call"]["name"], "as_multi");
    assert!(d["call_data"].as_str().unwrap().starts_with("0x0d010200"));
    assert_eq!(d["details"]["multisig"], ms);
    assert_eq!(d["details"]["deposit_reserved"], DEPOSIT_2);

    // Alice's first approval: the derived account is the one the chain names.
    let alice_free = free_of(&net, "//Alice");
    let d = ok(&run(&sb, &net, "alice", &submit));
    let ev = event(&d, "Multisig", "NewMultisig");
    assert_eq!(ev["fields"]["multisig"], ms_hex, "{ev}");
    assert_eq!(ev["fields"]["approving"], hx("//Alice"), "{ev}");
    let hash = d["details"]["call_hash"].as_str().unwrap().to_string();
    assert_eq!(ev["fields"]["call_hash"], hash, "{ev}");
    assert_eq!(
        event(&d, "Balances", "Reserved")["fields"]["amount"],
        DEPOSIT_2
    );
    assert_eq!(free_of(&net, "//Alice"), alice_free - DEPOSIT_2 - fee(&d));
    let alice_after_submit = free_of(&net, "//Alice");
    let submit_block = d["block_number"].as_u64().unwrap();
    let submit_index = d["extrinsic_index"].as_u64().unwrap();

    // Pending: Alice approved, Bob and Charlie missing, one more needed.
    let l = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "multisig",
            "list",
            "--signatories",
            &all,
            "--threshold",
            "2",
        ],
    ));
    assert_eq!(l["multisig"], ms);
    let p = &l["pending"][0];
    assert_eq!(l["pending"].as_array().unwrap().len(), 1, "{l}");
    assert_eq!(p["call_hash"], hash);
    assert_eq!(p["timepoint"]["height"], submit_block);
    assert_eq!(p["timepoint"]["index"], submit_index);
    assert_eq!(p["depositor"], a);
    assert_eq!(p["deposit"], DEPOSIT_2);
    assert_eq!(p["approvals"], serde_json::json!([a]));
    let mut missing = vec![b.clone(), c.clone()];
    missing.sort_by_key(|s| tao::ss58::decode(s).unwrap().1);
    assert_eq!(p["missing"], serde_json::json!(missing));
    assert_eq!(p["approvals_needed"], 1);
    let human = tao(&sb, &net, &["multisig", "list", "--multisig", &ms]);
    assert!(human.stdout.contains(&hash), "{}", human.stdout);
    assert!(
        human.stdout.contains(&format!("approved: {a}")),
        "{}",
        human.stdout
    );

    // Refused before signing; nothing submitted.
    let before = submissions(&net);
    refused(&run(&sb, &net, "alice", &submit), "NoTimepoint");
    let approve = [
        "multisig",
        "approve",
        "--call-hash",
        &hash,
        "--signatories",
        &all,
        "--threshold",
        "2",
    ];
    refused(&run(&sb, &net, "alice", &approve), "AlreadyApproved");
    let cancel = [
        "multisig",
        "cancel",
        "--call-hash",
        &hash,
        "--signatories",
        &all,
        "--threshold",
        "2",
    ];
    refused(&run(&sb, &net, "bob", &cancel), "NotOwner");
    let other = format!("dest={a}");
    refused(
        &run(
            &sb,
            &net,
            "bob",
            &[
                "multisig",
                "execute",
                transfer[0],
                transfer[1],
                &other,
                "value=3tao",
                "--signatories",
                &all,
                "--threshold",
                "2",
            ],
        ),
        "NotFound",
    );
    // Alice alone cannot make it: her approval is the only one.
    refused(
        &run(
            &sb,
            &net,
            "alice",
            &[
                "multisig",
                "execute",
                transfer[0],
                transfer[1],
                &dest,
                "value=3tao",
                "--signatories",
                &all,
                "--threshold",
                "2",
            ],
        ),
        "AlreadyApproved",
    );
    // The expected account is checked.
    let wrong = run(
        &sb,
        &net,
        "bob",
        &[
            "multisig",
            "approve",
            "--call-hash",
            &hash,
            "--signatories",
            &format!("{a},{c}"),
            "--threshold",
            "3",
            "--multisig",
            &ms,
        ],
    );
    assert_eq!(wrong.code, 1, "{}", wrong.stderr);
    assert!(wrong.stdout.contains("derive"), "{}", wrong.stdout);
    for (t, sigs) in [("1", all.as_str()), ("4", all.as_str()), ("3", a.as_str())] {
        let r = run(
            &sb,
            &net,
            "bob",
            &[
                "multisig",
                "approve",
                "--call-hash",
                &hash,
                "--signatories",
                sigs,
                "--threshold",
                t,
            ],
        );
        assert_eq!(r.code, 2, "threshold {t}: {}", r.stderr);
        assert_eq!(r.json()["errors"][0]["code"], "usage.invalid_arguments");
    }
    let dup = run(
        &sb,
        &net,
        "bob",
        &[
            "multisig",
            "approve",
            "--call-hash",
            &hash,
            "--signatories",
            &format!("{a},{a},{c}"),
            "--threshold",
            "2",
        ],
    );
    assert_eq!(dup.code, 2, "{}", dup.stderr);
    assert_eq!(submissions(&net), before);

    // Bob's approval makes it: the transfer leaves the multisig account, the deposit returns.
    let ferdie_free = free_of(&net, "//Ferdie");
    let bob_free = free_of(&net, "//Bob");
    let d = ok(&run(
        &sb,
        &net,
        "bob",
        &[
            "multisig",
            "execute",
            transfer[0],
            transfer[1],
            &dest,
            "value=3tao",
            "--signatories",
            &all,
            "--threshold",
            "2",
        ],
    ));
    assert_eq!(d["call"]["name"], "as_multi");
    let ev = event(&d, "Multisig", "MultisigExecuted");
    assert_eq!(ev["fields"]["multisig"], ms_hex, "{ev}");
    assert_eq!(ev["fields"]["approving"], hx("//Bob"), "{ev}");
    assert_eq!(ev["fields"]["call_hash"], hash, "{ev}");
    assert_eq!(ev["fields"]["timepoint"]["height"], submit_block, "{ev}");
    assert!(ev["fields"]["result"].to_string().contains("Ok"), "{ev}");
    assert_eq!(free_of(&net, "//Ferdie"), ferdie_free + 3 * TAO);
    assert_eq!(free_of_ss58(&net, &ms), 7 * TAO);
    assert_eq!(free_of(&net, "//Bob"), bob_free - fee(&d));
    assert_eq!(free_of(&net, "//Alice"), alice_after_submit + DEPOSIT_2);

    let l = ok(&tao(
        &sb,
        &net,
        &["--json", "multisig", "list", "--multisig", &ms],
    ));
    assert_eq!(l["pending"], serde_json::json!([]));
}

#[test]
fn approval_by_hash_execution_by_call_bytes_and_cancel_returns_the_deposit() {
    let Setup {
        net,
        sb,
        a,
        b,
        c,
        ms,
        ms_hex,
    } = setup();
    let all = format!("{a},{b},{c}");
    let eve = ss58_of("//Eve");
    let dest = format!("dest={eve}");

    // Charlie starts it with the hash only; the call bytes travel separately.
    let d = ok(&run(
        &sb,
        &net,
        "charlie",
        &[
            "multisig",
            "submit",
            "Balances",
            "transfer_allow_death",
            &dest,
            "value=2tao",
            "--signatories",
            &all,
            "--threshold",
            "2",
            "--hash-only",
        ],
    ));
    assert_eq!(d["call"]["name"], "approve_as_multi");
    let hash = d["details"]["call_hash"].as_str().unwrap().to_string();
    let call_hex = d["details"]["call_data"].as_str().unwrap().to_string();
    assert_eq!(
        event(&d, "Multisig", "NewMultisig")["fields"]["multisig"],
        ms_hex
    );

    // Alice approves by hash: two of two approvals, not yet made.
    let approve = [
        "multisig",
        "approve",
        "--call-hash",
        &hash,
        "--signatories",
        &all,
        "--threshold",
        "2",
        "--multisig",
        &ms,
    ];
    let d = ok(&run(&sb, &net, "alice", &approve));
    assert_eq!(d["call"]["name"], "approve_as_multi");
    let ev = event(&d, "Multisig", "MultisigApproval");
    assert_eq!(ev["fields"]["approving"], hx("//Alice"), "{ev}");
    let l = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "multisig",
            "list",
            "--signatories",
            &all,
            "--threshold",
            "2",
        ],
    ));
    let p = &l["pending"][0];
    assert_eq!(p["approvals"].as_array().unwrap().len(), 2, "{l}");
    assert_eq!(p["missing"], serde_json::json!([b]));
    assert_eq!(p["approvals_needed"], 0);
    assert_eq!(free_of(&net, "//Eve"), 1_000_000 * TAO);
    // Bob cannot approve what already has enough approvals.
    let before = submissions(&net);
    refused(&run(&sb, &net, "bob", &approve), "AlreadyApproved");
    assert_eq!(submissions(&net), before);

    // Bob makes it from the call's bytes.
    let charlie_free = free_of(&net, "//Charlie");
    let d = ok(&run(
        &sb,
        &net,
        "bob",
        &[
            "multisig",
            "execute",
            "--call-hex",
            &call_hex,
            "--signatories",
            &all,
            "--threshold",
            "2",
        ],
    ));
    assert_eq!(
        event(&d, "Multisig", "MultisigExecuted")["fields"]["multisig"],
        ms_hex
    );
    assert_eq!(free_of(&net, "//Eve"), 1_000_000 * TAO + 2 * TAO);
    assert_eq!(free_of_ss58(&net, &ms), 8 * TAO);
    assert_eq!(free_of(&net, "//Charlie"), charlie_free + DEPOSIT_2);

    // Alice starts another and cancels it: the deposit comes back, only the fees are spent.
    let alice_free = free_of(&net, "//Alice");
    let d1 = ok(&run(
        &sb,
        &net,
        "alice",
        &[
            "multisig",
            "submit",
            "Balances",
            "transfer_keep_alive",
            &dest,
            "value=1tao",
            "--signatories",
            &all,
            "--threshold",
            "2",
        ],
    ));
    let hash = d1["details"]["call_hash"].as_str().unwrap().to_string();
    let cancel = [
        "multisig",
        "cancel",
        "--call-hash",
        &hash,
        "--signatories",
        &all,
        "--threshold",
        "2",
    ];
    let mut dry = cancel.to_vec();
    dry.push("--dry-run");
    check_dry_run(&net, &ok(&run(&sb, &net, "alice", &dry)), "//Alice");
    let d2 = ok(&run(&sb, &net, "alice", &cancel));
    let ev = event(&d2, "Multisig", "MultisigCancelled");
    assert_eq!(ev["fields"]["multisig"], ms_hex, "{ev}");
    assert_eq!(
        event(&d2, "Balances", "Unreserved")["fields"]["amount"],
        DEPOSIT_2
    );
    assert_eq!(free_of(&net, "//Alice"), alice_free - fee(&d1) - fee(&d2));
    let l = ok(&tao(
        &sb,
        &net,
        &["--json", "multisig", "list", "--multisig", &ms],
    ));
    assert_eq!(l["pending"], serde_json::json!([]));
    let before = submissions(&net);
    refused(&run(&sb, &net, "alice", &cancel), "NotFound");
    assert_eq!(submissions(&net), before);
}

#[test]
fn any_write_command_makes_its_call_as_the_multisig_with_signatories() {
    let Setup {
        net,
        sb,
        a,
        b,
        c,
        ms,
        ms_hex,
    } = setup();
    let dave = ss58_of("//Dave");
    let all = format!("{a},{b},{c}");
    let transfer = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = [
            "wallet",
            "transfer",
            "--dest",
            dave.as_str(),
            "--amount",
            "2.5",
            "--signatories",
            all.as_str(),
            "--threshold",
            "2",
            "--multisig",
            ms.as_str(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let args = transfer(&[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();

    // The multisig's balance is what the transfer's guards check.
    let before = submissions(&net);
    let big = transfer(&[]);
    let mut big: Vec<&str> = big.iter().map(String::as_str).collect();
    big[5] = "50";
    let r = run(&sb, &net, "alice", &big);
    assert_eq!(r.code, 1, "{}", r.stdout);
    refused(&r, "FundsUnavailable");
    assert!(r.stdout.contains("τ10.000000000"), "{}", r.stdout);
    // With `--proxy` as well: refused.
    let mut both = args.clone();
    both.extend(["--proxy", b.as_str()]);
    assert_eq!(run(&sb, &net, "alice", &both).code, 2);
    assert_eq!(submissions(&net), before);

    let alice_free = free_of(&net, "//Alice");
    let d = ok(&run(&sb, &net, "alice", &args));
    assert_eq!(d["call"]["pallet"], "Multisig");
    assert_eq!(d["call"]["name"], "as_multi");
    assert_eq!(d["details"]["multisig"]["multisig"], ms);
    assert_eq!(d["details"]["multisig"]["deposit_reserved"], DEPOSIT_2);
    assert_eq!(
        event(&d, "Multisig", "NewMultisig")["fields"]["multisig"],
        ms_hex
    );
    let alice_fee = fee(&d);
    assert_eq!(free_of(&net, "//Alice"), alice_free - DEPOSIT_2 - alice_fee);
    // Alice again: refused, she approved already.
    let before = submissions(&net);
    refused(&run(&sb, &net, "alice", &args), "AlreadyApproved");
    assert_eq!(submissions(&net), before);

    // Charlie's approval (the same command) reaches the threshold and makes the transfer.
    let dave_free = free_of(&net, "//Dave");
    let d = ok(&run(&sb, &net, "charlie", &args));
    assert_eq!(d["call"]["name"], "as_multi");
    let ev = event(&d, "Multisig", "MultisigExecuted");
    assert_eq!(ev["fields"]["approving"], hx("//Charlie"), "{ev}");
    assert!(ev["fields"]["result"].to_string().contains("Ok"), "{ev}");
    assert_eq!(free_of(&net, "//Dave"), dave_free + 2_500_000_000);
    assert_eq!(free_of_ss58(&net, &ms), 10 * TAO - 2_500_000_000);
    // The deposit is back with Alice.
    assert_eq!(free_of(&net, "//Alice"), alice_free - alice_fee);
}
