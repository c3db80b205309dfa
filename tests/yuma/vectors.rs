//! The engine, and the in-project transcription of the chain's epoch (`tao::yuma::reference`), against
//! the 100 public reference cases produced by the chain's own epoch code (`yuma-vectors/2`): every
//! bit pattern, u16 value, emission, written bond row and coinbase field must be equal.

use serde_json::Value;
use tao::yuma::{EpochInput, reference, simulate};

/// Float fields are for reading only; everything else is compared exactly.
const FLOAT_FIELDS: [&str; 6] = [
    "stake",
    "active_stake",
    "consensus",
    "validator_trust",
    "incentive",
    "dividends",
];

/// The path of the first difference between two JSON values, if any.
fn first_difference(path: &str, expected: &Value, actual: &Value) -> Option<String> {
    match (expected, actual) {
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Some(format!(
                    "{path}: length {} expected, got {}",
                    e.len(),
                    a.len()
                ));
            }
            e.iter()
                .zip(a)
                .enumerate()
                .find_map(|(i, (x, y))| first_difference(&format!("{path}[{i}]"), x, y))
        }
        _ if expected == actual => None,
        _ => Some(format!("{path}: expected {expected}, got {actual}")),
    }
}

fn check_case(case: &Value) -> Result<(), String> {
    let input: EpochInput =
        serde_json::from_value(case["input"].clone()).map_err(|e| format!("input: {e}"))?;
    let sim = simulate(&input).map_err(|e| format!("engine error: {e}"))?;
    let actual = serde_json::to_value(&sim).map_err(|e| e.to_string())?;
    check_output(case, &actual)
}

/// The reference transcription's epoch output (it has no coinbase of its own).
fn check_reference_case(case: &Value) -> Result<(), String> {
    let input: EpochInput =
        serde_json::from_value(case["input"].clone()).map_err(|e| format!("input: {e}"))?;
    input.validate().map_err(|e| e.to_string())?;
    let out = reference::epoch(&input).to_output();
    let actual = serde_json::to_value(&out).map_err(|e| e.to_string())?;
    let mut only_epoch = case.clone();
    only_epoch["coinbase_no_children"] = Value::Object(Default::default());
    check_output(&only_epoch, &actual)
}

fn check_output(case: &Value, actual: &Value) -> Result<(), String> {
    let expected_out = case["output"].as_object().ok_or("no output")?;
    for (field, expected) in expected_out {
        if FLOAT_FIELDS.contains(&field.as_str()) {
            continue;
        }
        let got = actual
            .get(field)
            .ok_or(format!("missing output field {field}"))?;
        if let Some(d) = first_difference(field, expected, got) {
            return Err(d);
        }
    }
    let expected_cb = case["coinbase_no_children"]
        .as_object()
        .ok_or("no coinbase")?;
    for (field, expected) in expected_cb {
        let got = actual["coinbase_no_children"]
            .get(field)
            .ok_or(format!("missing coinbase field {field}"))?;
        if let Some(d) = first_difference(&format!("coinbase_no_children.{field}"), expected, got) {
            return Err(d);
        }
    }
    Ok(())
}

#[test]
fn all_public_vectors_reproduce_exactly() {
    let cases = crate::yuma_vectors::cases();
    assert_eq!(cases.len(), 100);
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(msg) = check_case(case) {
            failures.push(format!("case {} ({}): {msg}", case["id"], case["tags"]));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_reference_transcription_reproduces_all_public_vectors() {
    let cases = crate::yuma_vectors::cases();
    assert_eq!(cases.len(), 100);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            check_reference_case(case)
                .err()
                .map(|msg| format!("case {} ({}): {msg}", case["id"], case["tags"]))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn whole_case_objects_are_accepted_as_input() {
    let cases = crate::yuma_vectors::cases();
    let text = serde_json::to_string(&cases[1]).unwrap();
    let from_case = EpochInput::from_json(&text).expect("a case object with an input key");
    let direct: EpochInput = serde_json::from_value(cases[1]["input"].clone()).unwrap();
    assert_eq!(from_case, direct);
}

#[test]
fn output_has_every_schema_field() {
    let cases = crate::yuma_vectors::cases();
    let input: EpochInput = serde_json::from_value(cases[0]["input"].clone()).unwrap();
    let actual = serde_json::to_value(simulate(&input).unwrap()).unwrap();
    for field in cases[0]["output"].as_object().unwrap().keys() {
        assert!(actual.get(field).is_some(), "missing {field}");
    }
    for field in cases[0]["coinbase_no_children"].as_object().unwrap().keys() {
        assert!(
            actual["coinbase_no_children"].get(field).is_some(),
            "missing {field}"
        );
    }
}
