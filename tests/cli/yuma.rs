//! `tao yuma simulate` end to end: the real binary on reference cases (file, whole case object,
//! stdin), the preview, and every kind of bad input with its exit status and error code.

use std::io::Write;
use std::process::Stdio;

use crate::support::{Sandbox, to_run};
use serde_json::Value;

use crate::yuma_vectors::cases;

/// Float fields are for reading only; everything else must be equal.
const FLOAT_FIELDS: [&str; 6] = [
    "stake",
    "active_stake",
    "consensus",
    "validator_trust",
    "incentive",
    "dividends",
];

/// The reference case with this id.
pub fn case(id: u64) -> Value {
    cases()
        .into_iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no case {id}"))
}

fn write(s: &Sandbox, name: &str, v: &Value) -> String {
    let path = s.home().join(name);
    std::fs::write(&path, v.to_string()).unwrap();
    path.display().to_string()
}

fn assert_matches_case(data: &Value, case: &Value) {
    for (field, expected) in case["output"].as_object().unwrap() {
        if FLOAT_FIELDS.contains(&field.as_str()) {
            continue;
        }
        assert_eq!(&data[field], expected, "case {}: field {field}", case["id"]);
    }
    assert_eq!(
        data["coinbase_no_children"], case["coinbase_no_children"],
        "case {}: coinbase_no_children",
        case["id"]
    );
}

#[test]
fn json_output_reproduces_reference_cases() {
    let s = Sandbox::new();
    // Yuma2 and Yuma3, liquid alpha, commit-reveal, owner, the zero-emission fallback.
    for id in [0u64, 6, 12, 15, 45, 111] {
        let c = case(id);
        let input = write(&s, "input.json", &c["input"]);
        let r = s.run(&["yuma", "simulate", "--input", &input, "--json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let env = r.json();
        assert_eq!(env["success"], true);
        assert_matches_case(&env["data"], &c);
    }
}

#[test]
fn whole_case_objects_and_stdin_are_accepted() {
    let s = Sandbox::new();
    let c = case(12);
    let whole = write(&s, "case.json", &c);
    let r = s.run(&["yuma", "simulate", "--input", &whole, "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_matches_case(&r.json()["data"], &c);

    let mut cmd = s.cmd(&["yuma", "simulate", "--input", "-", "--json"]);
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(c["input"].to_string().as_bytes())
        .unwrap();
    let r = to_run(child.wait_with_output().unwrap());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_matches_case(&r.json()["data"], &c);
}

#[test]
fn human_table_has_one_row_per_uid() {
    let s = Sandbox::new();
    let c = case(12);
    let input = write(&s, "input.json", &c["input"]);
    let r = s.run(&["yuma", "simulate", "--input", &input]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for header in [
        "uid",
        "stake (α)",
        "vtrust",
        "consensus",
        "incentive",
        "dividends",
    ] {
        assert!(r.stdout.contains(header), "missing {header}:\n{}", r.stdout);
    }
    let n = c["input"]["n"].as_u64().unwrap() as usize;
    let rows = r.stdout.lines().filter(|l| l.starts_with('│')).count();
    assert_eq!(rows, n + 1, "{}", r.stdout);
}

#[test]
fn preview_shows_the_stored_row_and_the_differences() {
    let s = Sandbox::new();
    let c = case(12);
    let input = write(&s, "input.json", &c["input"]);
    let args = [
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
        "--json",
    ];
    let r = s.run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let data = &r.json()["data"];
    assert_eq!(data["uid"], 1);
    assert_eq!(
        data["row"],
        serde_json::json!([[0, 65535], [5, 39321], [7, 26214]])
    );
    let n = c["input"]["n"].as_u64().unwrap() as usize;
    assert_eq!(data["rows"].as_array().unwrap().len(), n);
    // Before = the reference epoch.
    for (k, row) in data["rows"].as_array().unwrap().iter().enumerate() {
        assert_eq!(
            row["incentive_before_bits"],
            c["output"]["incentive_bits"][k]
        );
        assert_eq!(row["emission_before"], c["output"]["combined_emission"][k]);
    }
    assert_ne!(
        data["validator_trust_after_bits"],
        data["validator_trust_before_bits"]
    );

    let human = s.run(&args[..args.len() - 1]);
    assert_eq!(human.code, 0);
    assert!(human.stdout.contains("validator trust"));
    assert!(human.stdout.contains("Δ emission"));
}

#[test]
fn bad_inputs_name_the_field_and_exit_1() {
    let s = Sandbox::new();
    let good = case(12)["input"].clone();
    let mut edits: Vec<(Value, &str)> = Vec::new();
    let mut v = good.clone();
    v["kapa"] = 1.into();
    edits.push((v, "kapa"));
    let mut v = good.clone();
    v.as_object_mut().unwrap().remove("bonds_penalty");
    edits.push((v, "bonds_penalty"));
    let mut v = good.clone();
    v["alpha_stake"].as_array_mut().unwrap().pop();
    edits.push((v, "alpha_stake"));
    let mut v = good.clone();
    v["n"] = 0.into();
    edits.push((v, "n"));
    let mut v = good.clone();
    v["weights"][0] = serde_json::json!([[200, 1]]);
    edits.push((v, "weights[0][0]"));
    let mut v = good.clone();
    v["activity_cutoff_blocks"] = 1.into();
    edits.push((v, "activity_cutoff_blocks"));
    for (input, field) in edits {
        let path = write(&s, "bad.json", &input);
        let r = s.run(&["yuma", "simulate", "--input", &path, "--json"]);
        assert_eq!(r.code, 1, "{field}: {}", r.stdout);
        let env = r.json();
        assert_eq!(env["success"], false);
        assert_eq!(env["errors"][0]["code"], "yuma.invalid_input", "{field}");
        let message = env["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains(field), "{field} not named in {message}");
    }

    let r = s.run(&["yuma", "simulate", "--input", "/nonexistent/x.json"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("/nonexistent/x.json"));

    let input = write(&s, "input.json", &good);
    let r = s.run(&[
        "yuma",
        "simulate",
        "--input",
        &input,
        "--as-uid",
        "1",
        "--uids",
        "0,0",
        "--weights",
        "1,1",
        "--json",
    ]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["errors"][0]["code"], "yuma.invalid_weights");

    let r = s.run(&[
        "yuma",
        "simulate",
        "--input",
        &input,
        "--as-uid",
        "99",
        "--uids",
        "0",
        "--weights",
        "1",
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("as_uid"), "{}", r.stderr);

    // --as-uid needs --uids and --weights: a usage error.
    let r = s.run(&["yuma", "simulate", "--input", &input, "--as-uid", "1"]);
    assert_eq!(r.code, 2);
}

/// A subnet with two mechanisms built from reference case 12: mechanism 1 has the same state
/// with every weight row pointed at uid 0 alone.
fn two_mechanisms() -> Value {
    let c = case(12);
    let mut second = c["input"].clone();
    let n = second["n"].as_u64().unwrap();
    for row in second["weights"].as_array_mut().unwrap() {
        if !row.as_array().unwrap().is_empty() {
            *row = serde_json::json!([[0, 65535]]);
        }
    }
    assert!(n > 1);
    serde_json::json!({
        "emission_split": [39321, 26214],
        "mechanisms": [c["input"], second],
    })
}

#[test]
fn a_subnet_with_two_mechanisms_runs_each_on_its_share_and_adds_them_up() {
    let s = Sandbox::new();
    let subnet = two_mechanisms();
    let path = write(&s, "subnet.json", &subnet);
    let r = s.run(&["yuma", "simulate", "--input", &path, "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let data = &r.json()["data"];
    let emission = subnet["mechanisms"][0]["rao_emission"].as_u64().unwrap();
    // The chain's split, with the floors' remainder on mechanism 0.
    let share1 = (u128::from(emission) * 26214 / 65535) as u64;
    let share0 = emission - share1;
    assert_eq!(data["shares"], serde_json::json!([share0, share1]));
    // Each mechanism is the plain epoch on its share.
    for (m, share) in [(0, share0), (1, share1)] {
        let mut one = subnet["mechanisms"][m].clone();
        one["rao_emission"] = share.into();
        let p = write(&s, "one.json", &one);
        let plain = s.run(&["yuma", "simulate", "--input", &p, "--json"]);
        assert_eq!(plain.code, 0, "{}", plain.stderr);
        assert_eq!(data["mechanisms"][m], plain.json()["data"], "mechanism {m}");
    }
    // Emissions add up per uid.
    let n = subnet["mechanisms"][0]["n"].as_u64().unwrap() as usize;
    for uid in 0..n {
        let sum: u64 = (0..2)
            .map(|m| {
                data["mechanisms"][m]["server_emission"][uid]
                    .as_u64()
                    .unwrap()
            })
            .sum();
        assert_eq!(data["aggregated"][uid]["server_emission"], sum, "uid {uid}");
    }
    let human = s.run(&["yuma", "simulate", "--input", &path]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    assert!(human.stdout.contains("mechanism 1:"), "{}", human.stdout);

    // A preview on mechanism 1, and a mechanism the input does not have.
    let preview = |m: &str| {
        s.run(&[
            "yuma",
            "simulate",
            "--input",
            &path,
            "--as-uid",
            "1",
            "--mechid",
            m,
            "--uids",
            "0,5",
            "--weights",
            "1,1",
            "--json",
        ])
    };
    let r = preview("1");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["data"]["mecid"], 1);
    let r = preview("2");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.json()["errors"][0]["code"], "yuma.invalid_input");
}

#[test]
fn a_subnet_split_that_does_not_sum_is_refused() {
    let s = Sandbox::new();
    let mut subnet = two_mechanisms();
    subnet["emission_split"] = serde_json::json!([30000, 30000]);
    let path = write(&s, "subnet.json", &subnet);
    let r = s.run(&["yuma", "simulate", "--input", &path, "--json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let err = &r.json()["errors"][0];
    assert_eq!(err["code"], "yuma.invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("emission_split"),
        "{err}"
    );
}
