//! tao under faults injected by the devnet's hooks (slow answers, cut connections, answers that
//! are not JSON, SCALE cut short, another genesis): every read command fails with a clear error
//! and its documented exit code, never panics and never outlives `--timeout` by much; a
//! transaction whose connection is cut after the submission exits 5; another genesis between
//! the pinned read and signing refuses to sign. And fifty concurrent transfers from one key all
//! land with distinct nonces.

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::devnet::*;
use crate::support::{Run, Sandbox};
use serde_json::Value;
use tao_devnet::{BlockMode, Options};

/// Every read command, with a small `--timeout`.
const READS: &[&[&str]] = &[
    &["wallet", "balance"],
    &["wallet", "overview"],
    &["stake", "list"],
    &["subnets", "list"],
    &["subnets", "show", "--netuid", "1"],
    &["subnets", "metagraph", "--netuid", "1"],
    &["subnets", "hyperparameters", "--netuid", "1"],
    &["stake", "sim", "--netuid", "1", "--amount", "1.5"],
    &["query", "SubtensorModule", "TotalNetworks"],
    &["api", "SwapRuntimeApi", "current_alpha_price", "1"],
];

/// Generous bound on a run with `--timeout 1`: start-up, a few requests, and the timeout.
const BOUND: Duration = Duration::from_secs(15);

/// Run tao against `net` with the `alice` wallet and `--json`, killing it (and failing) if it
/// runs longer than [`BOUND`]; returns the run and how long it took.
fn bounded(sb: &Sandbox, net: &Net, args: &[&str]) -> (Run, Duration) {
    let url = net.devnet.url();
    let wallets = sb.home().join("wallets");
    let wallets = wallets.to_string_lossy().into_owned();
    let mut full = vec![
        "--network",
        url.as_str(),
        "--wallet-path",
        wallets.as_str(),
        "--wallet-name",
        "alice",
        "--json",
    ];
    full.extend_from_slice(args);
    let mut cmd = sb.cmd(&full);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > BOUND {
            let _ = child.kill();
            let _ = child.wait();
            panic!("tao {args:?} still ran after {BOUND:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let took = start.elapsed();
    let run = Run {
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
        code: status.code().unwrap_or(-1),
    };
    (run, took)
}

fn read_args(cmd: &[&'static str]) -> Vec<&'static str> {
    let mut a = cmd.to_vec();
    a.extend(["--timeout", "1"]);
    a
}

/// The failure of a run: exit code as expected, no panic, one error with this code (one of
/// `codes`) in the JSON envelope, a message and a hint. Returns the code.
fn failed_with(run: &Run, what: &str, exit: i32, codes: &[&str]) -> String {
    assert!(
        !run.stderr.contains("panicked"),
        "{what}: panicked\n{}",
        run.stderr
    );
    assert_ne!(run.code, 101, "{what}: panicked\n{}", run.stderr);
    assert_eq!(
        run.code, exit,
        "{what}\nstderr:\n{}\nstdout:\n{}",
        run.stderr, run.stdout
    );
    let v: Value = run.json();
    assert_eq!(v["success"], false, "{what}: {v}");
    let e = &v["errors"][0];
    let code = e["code"].as_str().unwrap_or_default().to_string();
    assert!(
        codes.contains(&code.as_str()),
        "{what}: {code} not in {codes:?}: {v}"
    );
    assert!(!e["message"].as_str().unwrap_or_default().is_empty(), "{v}");
    assert!(
        e["hint"].as_str().is_some_and(|h| !h.is_empty()),
        "{what}: no hint: {v}"
    );
    code
}

fn setup() -> (Net, Sandbox) {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    (net, sb)
}

/// All reads at once (they share the devnet's armed fault).
fn all_reads(sb: &Sandbox, net: &Net) -> Vec<(&'static [&'static str], Run, Duration)> {
    std::thread::scope(|s| {
        let handles: Vec<_> = READS
            .iter()
            .map(|cmd| {
                s.spawn(move || {
                    let (run, took) = bounded(sb, net, &read_args(cmd));
                    (*cmd, run, took)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

#[test]
fn reads_work_without_faults() {
    // The baseline: every read in the table succeeds, so the failures below are the faults'.
    let (net, sb) = setup();
    for (cmd, run, _) in all_reads(&sb, &net) {
        assert_eq!(run.code, 0, "{cmd:?}\n{}", run.stderr);
    }
}

#[test]
fn slow_answers_time_out_with_exit_4() {
    let (net, sb) = setup();
    net.devnet.ctx.delay_responses(3_000);
    for (cmd, run, took) in all_reads(&sb, &net) {
        failed_with(&run, &format!("{cmd:?}"), 4, &["chain.timeout"]);
        // `--timeout 1`: the first set-up request gives up after a second.
        assert!(took < Duration::from_secs(8), "{cmd:?} took {took:?}");
    }
}

#[test]
fn cut_connections_exit_4() {
    let (net, sb) = setup();
    for (i, cmd) in READS.iter().enumerate() {
        // Alternate: cut at the first request, or after the first answer.
        net.devnet
            .ctx
            .drop_connections_after_requests((i % 2) as u64);
        let (run, _) = bounded(&sb, &net, &read_args(cmd));
        failed_with(&run, &format!("{cmd:?}"), 4, &["chain.transport"]);
    }
}

#[test]
fn answers_that_are_not_json_are_reported_as_malformed() {
    let (net, sb) = setup();
    for cmd in READS {
        net.devnet.ctx.malformed_responses(1);
        let (run, _) = bounded(&sb, &net, &read_args(cmd));
        failed_with(&run, &format!("{cmd:?}"), 2, &["chain.malformed_response"]);
    }
}

#[test]
fn truncated_scale_is_reported_as_a_decode_error() {
    let (net, sb) = setup();
    net.devnet.ctx.truncate_scale(10_000);
    for (cmd, run, _) in all_reads(&sb, &net) {
        failed_with(
            &run,
            &format!("{cmd:?}"),
            2,
            &["chain.decode", "chain.metadata"],
        );
    }
    net.devnet.ctx.reset_faults();
    let (run, _) = bounded(&sb, &net, &read_args(READS[0]));
    assert_eq!(run.code, 0, "{}", run.stderr);
}

fn transfer_args(dest: &str) -> Vec<&str> {
    vec![
        "-y",
        "wallet",
        "transfer",
        "--dest",
        dest,
        "--amount",
        "1",
        "--timeout",
        "5",
    ]
}

#[test]
fn a_transfer_cut_off_after_its_submission_exits_5_and_still_lands() {
    let (net, sb) = setup();
    let ferdie = ss58_of("//Ferdie");
    let before = free_of(&net, "//Ferdie");
    net.devnet.ctx.drop_connections_after_submit();
    let (run, _) = bounded(&sb, &net, &transfer_args(&ferdie));
    failed_with(&run, "transfer", 5, &["tx.outcome_unknown"]);
    let v = run.json();
    assert_eq!(v["data"]["status"], "unknown", "{v}");
    assert!(v["data"]["extrinsic_hash"].as_str().is_some(), "{v}");
    assert_eq!(submissions(&net), 1);
    // The node had it: it landed (one block per transaction).
    assert_eq!(free_of(&net, "//Ferdie"), before + tao_devnet::TAO);
}

#[test]
fn faults_before_the_submission_send_nothing() {
    let (net, sb) = setup();
    let ferdie = ss58_of("//Ferdie");
    net.devnet.ctx.delay_responses(7_000);
    let (run, _) = bounded(&sb, &net, &transfer_args(&ferdie));
    failed_with(&run, "slow", 4, &["chain.timeout"]);
    net.devnet.ctx.reset_faults();
    net.devnet.ctx.malformed_responses(1);
    let (run, _) = bounded(&sb, &net, &transfer_args(&ferdie));
    failed_with(&run, "malformed", 2, &["chain.malformed_response"]);
    net.devnet.ctx.drop_connections_after_requests(3);
    let (run, _) = bounded(&sb, &net, &transfer_args(&ferdie));
    failed_with(&run, "cut", 4, &["chain.transport"]);
    assert_eq!(submissions(&net), 0);
}

#[test]
fn another_genesis_before_signing_refuses_to_sign() {
    let (net, sb) = setup();
    let ferdie = ss58_of("//Ferdie");
    let fake = sp_core::H256::repeat_byte(0xab);
    let real = format!("0x{}", hex::encode(block_hash(&net, 0)));
    // No cache yet: the pinned read gets the real genesis, the check before signing the fake.
    net.devnet.ctx.set_genesis_hash(Some(fake), 1);
    let (run, _) = bounded(&sb, &net, &transfer_args(&ferdie));
    failed_with(&run, "changed", 1, &["chain.genesis_changed"]);
    let msg = run.json()["errors"][0]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        msg.contains(&real) && msg.contains(&"ab".repeat(32)),
        "{msg}"
    );
    assert_eq!(submissions(&net), 0);
    // The cache now has the fake genesis; a chain that serves the real one again is refused too
    // (the pinned genesis comes from the cache, the check asks the node).
    net.devnet.ctx.reset_faults();
    let (run, _) = bounded(&sb, &net, &transfer_args(&ferdie));
    failed_with(&run, "back", 1, &["chain.genesis_changed"]);
    assert_eq!(submissions(&net), 0);
    // And then the cache holds what the node serves: the transfer goes through.
    let (run, _) = bounded(&sb, &net, &transfer_args(&ferdie));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(submissions(&net), 1);
}

#[test]
fn fifty_concurrent_transfers_from_one_key_land_with_distinct_nonces() {
    const N: usize = 50;
    let net = start_with(Options {
        block_mode: BlockMode::Interval(Duration::from_millis(250)),
        ..Options::for_tests()
    });
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let ferdie = ss58_of("//Ferdie");
    // Warm the metadata cache once, so that fifty processes do not all download it.
    let (run, _) = bounded(&sb, &net, &["wallet", "balance"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (alice0, ferdie0) = (free_of(&net, "//Alice"), free_of(&net, "//Ferdie"));
    let args = [
        "-y",
        "wallet",
        "transfer",
        "--dest",
        ferdie.as_str(),
        "--amount",
        "0.5",
        "--era",
        "256",
        "--timeout",
        "60",
    ];
    let url = net.devnet.url();
    let wallets = sb.home().join("wallets");
    let wallets = wallets.to_string_lossy().into_owned();
    let mut full = vec![
        "--network",
        url.as_str(),
        "--wallet-path",
        wallets.as_str(),
        "--wallet-name",
        "alice",
        "--json",
    ];
    full.extend_from_slice(&args);
    let start = Instant::now();
    let children: Vec<_> = (0..N)
        .map(|_| {
            let mut c = sb.cmd(&full);
            c.stdout(Stdio::piped()).stderr(Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    let runs: Vec<Run> = children
        .into_iter()
        .map(|c| crate::support::to_run(c.wait_with_output().unwrap()))
        .collect();
    assert!(start.elapsed() < Duration::from_secs(120));
    let mut nonces = Vec::new();
    let mut blocks = std::collections::BTreeSet::new();
    let mut fees = 0u64;
    for r in &runs {
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        let d = ok(r);
        nonces.push(d["nonce"].as_u64().unwrap());
        blocks.insert(d["block_number"].as_u64().unwrap());
        let paid = event(&d, "TransactionPayment", "TransactionFeePaid");
        fees += paid["fields"]["actual_fee"].as_u64().unwrap();
    }
    nonces.sort_unstable();
    let first = nonces[0];
    assert_eq!(
        nonces,
        (first..first + N as u64).collect::<Vec<_>>(),
        "50 distinct, consecutive nonces"
    );
    assert!(
        blocks.len() < N,
        "the transfers share blocks ({} blocks)",
        blocks.len()
    );
    let amount = N as u64 * tao_devnet::TAO / 2;
    assert_eq!(free_of(&net, "//Ferdie"), ferdie0 + amount);
    assert_eq!(free_of(&net, "//Alice"), alice0 - amount - fees);
}
