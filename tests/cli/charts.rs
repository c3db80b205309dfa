//! `--chart` and `--chart-out` end to end against the devnet (subnet 1: uids 0..3 = Alice, Bob,
//! Charlie, Dave): with `--json` stdout stays one JSON envelope and the chart goes to stderr
//! (as tables, stderr not being a terminal here); `--chart-out` writes an SVG naming the uids.

use crate::support::Sandbox;
use crate::support::devnet::*;
use serde_json::Value;

/// stdout is exactly one JSON document on one line, and it is a success.
fn one_envelope(run: &crate::support::Run) -> Value {
    assert_eq!(
        run.code, 0,
        "stderr:\n{}\nstdout:\n{}",
        run.stderr, run.stdout
    );
    assert_eq!(run.stdout.lines().count(), 1, "stdout:\n{}", run.stdout);
    let v: Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(v["success"], true, "{v}");
    v
}

/// A file in the sandbox with the `svg` extension.
fn svg_path(sb: &Sandbox, name: &str) -> std::path::PathBuf {
    sb.home().join(name).with_extension("svg")
}

fn svg(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).expect("the SVG was written");
    assert!(text.starts_with("<svg"), "{}", &text[..text.len().min(200)]);
    assert!(text.trim_end().ends_with("</svg>"));
    text
}

#[test]
fn the_weights_preview_chart_leaves_json_alone_and_writes_an_svg() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let out = svg_path(&sb, "preview");
    let out_arg = out.to_string_lossy().into_owned();
    let before = submissions(&net);
    let run = tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "alice",
            "-y",
            "weights",
            "set",
            "--netuid",
            "1",
            "--uids",
            "0,1,2,3",
            "--weights",
            "0,0,1,1",
            "--dry-run",
            "--chart",
            "--chart-out",
            &out_arg,
        ],
    );
    let v = one_envelope(&run);
    assert_eq!(v["data"]["dry_run"], true, "{v}");
    assert_eq!(submissions(&net), before, "a dry run submits nothing");
    // The chart (tables: stderr is not a terminal) is on stderr, the signer's uid 0 marked.
    assert!(run.stderr.contains("incentive now"), "{}", run.stderr);
    assert!(run.stderr.contains("▶ uid 0"), "{}", run.stderr);
    // Its amounts are the preview's, exactly.
    let rows = v["data"]["preview"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4, "{v}");
    let emission = rows[2]["emission_after"].as_u64().unwrap();
    let text = tao::units::format_fixed(emission);
    assert!(run.stderr.contains(&text), "{text}\n{}", run.stderr);
    let picture = svg(&out);
    for u in 0..4 {
        assert!(picture.contains(&format!("\nuid {u}\n")), "uid {u}");
    }
    assert!(picture.contains(&text));

    // --no-preview leaves nothing to draw.
    let r = tao(
        &sb,
        &net,
        &[
            "--json",
            "--wallet-name",
            "alice",
            "-y",
            "weights",
            "set",
            "--netuid",
            "1",
            "--uids",
            "0",
            "--weights",
            "1",
            "--dry-run",
            "--no-preview",
            "--chart",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn metagraph_and_stake_list_charts() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let out = svg_path(&sb, "metagraph");
    let out_arg = out.to_string_lossy().into_owned();
    let run = tao(
        &sb,
        &net,
        &[
            "--json",
            "subnets",
            "metagraph",
            "--netuid",
            "1",
            "--chart",
            "--chart-out",
            &out_arg,
        ],
    );
    let v = one_envelope(&run);
    let uids: Vec<u64> = v["data"]["neurons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["uid"].as_u64().unwrap())
        .collect();
    assert!(!uids.is_empty());
    assert!(
        run.stderr.contains("stake versus incentive"),
        "{}",
        run.stderr
    );
    let picture = svg(&out);
    for u in &uids {
        assert!(picture.contains(&format!("\nuid {u}\n")), "uid {u}");
    }
    // Without --json the chart follows the table on stdout, and stderr has no chart.
    let human = tao(
        &sb,
        &net,
        &["subnets", "metagraph", "--netuid", "1", "--chart"],
    );
    assert_eq!(human.code, 0, "{}", human.stderr);
    let table_at = human.stdout.find("│ uid").unwrap();
    let chart_at = human.stdout.find("stake per uid").unwrap();
    assert!(table_at < chart_at, "{}", human.stdout);
    assert!(!human.stderr.contains("stake per uid"), "{}", human.stderr);

    let alice = ss58_of("//Alice");
    let out = svg_path(&sb, "stake");
    let out_arg = out.to_string_lossy().into_owned();
    let run = tao(
        &sb,
        &net,
        &[
            "--json",
            "stake",
            "list",
            "--ss58",
            &alice,
            "--chart",
            "--chart-out",
            &out_arg,
        ],
    );
    let v = one_envelope(&run);
    let picture = svg(&out);
    assert!(run.stderr.contains("value by subnet"), "{}", run.stderr);
    for p in v["data"]["positions"].as_array().unwrap() {
        let netuid = p["netuid"].as_u64().unwrap();
        assert!(picture.contains(&format!("\nsn {netuid}\n")), "sn {netuid}");
    }
}

#[test]
fn yuma_simulate_charts_a_proposed_row() {
    let sb = Sandbox::new();
    let c = crate::yuma::case(12);
    let input = sb.home().join("input.json");
    std::fs::write(&input, c["input"].to_string()).unwrap();
    let input = input.to_string_lossy().into_owned();
    let out = svg_path(&sb, "sim");
    let out_arg = out.to_string_lossy().into_owned();
    let proposal = [
        "yuma",
        "simulate",
        "--input",
        &input,
        "--as-uid",
        "1",
        "--uids",
        "0,5,7",
        "--weights",
        "0.5,0.3,0.2",
    ];
    let mut args = vec!["--json"];
    args.extend(proposal);
    args.extend(["--chart", "--chart-out", &out_arg]);
    let run = sb.run(&args);
    let v = one_envelope(&run);
    let n = v["data"]["rows"].as_array().unwrap().len();
    assert!(run.stderr.contains("▶ uid 1"), "{}", run.stderr);
    let picture = svg(&out);
    for u in 0..n {
        assert!(picture.contains(&format!("\nuid {u}\n")), "uid {u}");
    }
    // Without --json the chart follows the report on stdout.
    let mut human = proposal.to_vec();
    human.push("--chart");
    let r = sb.run(&human);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("incentive now"), "{}", r.stdout);
    // An SVG that cannot be written fails with its code.
    let mut bad = vec!["--json"];
    bad.extend(proposal);
    bad.extend(["--chart-out", "/nonexistent-dir/x.svg"]);
    let r = sb.run(&bad);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.json()["errors"][0]["code"], "chart.unwritable");
    // Without a proposed row there is nothing to chart: a usage error.
    let r = sb.run(&["--json", "yuma", "simulate", "--input", &input, "--chart"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.json()["errors"][0]["code"], "usage.invalid_arguments");
}
