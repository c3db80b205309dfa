//! Cross-check of `tao::chain::timelock` with PyPI bittensor-drand 2.0.0 (the Python client's
//! own Rust timelock code), both ways, with the real quicknet pulses of
//! `tests/fixtures/drand-quicknet.json`:
//! - bittensor-drand `decrypt_with_signature` decrypts ciphertexts tao made for the fixture
//!   rounds (wrapped in its SCALE `UserData { encrypted_data, reveal_round }` envelope,
//!   the envelope the chain stores), and refuses them with another round's signature;
//! - ciphertexts bittensor-drand makes now (`encrypt_at_round`) decrypt in tao.
//!
//! Needs the interpreter of the venv `.ci/python-drand.sh` creates, named by
//! `TAO_BTDRAND_PYTHON`. Without it the test skips with a message, except under `CI=true`,
//! where it fails.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::{Value, json};
use tao::chain::timelock::{TimelockError, WeightsPayload, decrypt, encrypt};

fn python() -> Option<PathBuf> {
    let found = std::env::var_os("TAO_BTDRAND_PYTHON").map(PathBuf::from);
    let message = match &found {
        Some(p) if p.is_file() => return found,
        Some(p) => format!("TAO_BTDRAND_PYTHON={} is not a file", p.display()),
        None => "TAO_BTDRAND_PYTHON is not set".to_owned(),
    };
    let message = format!(
        "timelock_btdrand: cannot run: {message}; run `.ci/python-drand.sh` and set TAO_BTDRAND_PYTHON to the interpreter it prints"
    );
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{message} (CI=true, so this is a failure)");
    }
    let _ = writeln!(std::io::stderr(), "{message} (skipped)");
    None
}

/// Runs the helper below in bittensor-drand's interpreter with `input` on stdin; returns its
/// JSON answer.
fn run(python: &PathBuf, input: &Value) -> Value {
    let mut child = Command::new(python)
        .args(["-c", HELPER])
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{} exited {}\nstderr:\n{}",
        python.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Decrypts each `decrypt` item (envelope hex, signature hex) and encrypts each `encrypt` item
/// (plaintext hex, round) with bittensor-drand; errors are returned as text.
const HELPER: &str = r#"
import json, sys
from importlib import metadata
import bittensor_drand as bd
req = json.load(sys.stdin)
out = {"version": metadata.version("bittensor-drand"), "decrypted": [], "encrypted": []}
for item in req["decrypt"]:
    try:
        out["decrypted"].append({"ok": bytes(bd.decrypt_with_signature(bytes.fromhex(item["userdata"]), item["signature"])).hex()})
    except Exception as e:
        out["decrypted"].append({"error": str(e)})
for item in req["encrypt"]:
    data, rnd = bd.encrypt_at_round(bytes.fromhex(item["plaintext"]), item["round"])
    out["encrypted"].append({"userdata": bytes(data).hex(), "round": rnd})
json.dump(out, sys.stdout)
"#;

fn unhex(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().unwrap().trim_start_matches("0x")).unwrap()
}

/// SCALE `UserData { encrypted_data: Vec<u8>, reveal_round: u64 }`.
fn envelope(ciphertext: &[u8], round: u64) -> Vec<u8> {
    let n = ciphertext.len();
    let mut out = if n < 1 << 6 {
        vec![(n as u8) << 2]
    } else {
        (((n as u16) << 2) | 1).to_le_bytes().to_vec()
    };
    out.extend_from_slice(ciphertext);
    out.extend_from_slice(&round.to_le_bytes());
    out
}

/// The ciphertext and round inside an envelope (two-byte compact lengths, as every weights
/// commit below 16 KiB has).
fn open_envelope(bytes: &[u8]) -> (Vec<u8>, u64) {
    assert_eq!(bytes[0] & 3, 1, "a two-byte compact length");
    let n = usize::from(u16::from_le_bytes([bytes[0], bytes[1]]) >> 2);
    assert_eq!(bytes.len(), 2 + n + 8);
    let round = u64::from_le_bytes(bytes[2 + n..].try_into().unwrap());
    (bytes[2..2 + n].to_vec(), round)
}

#[test]
fn bittensor_drand_and_tao_decrypt_each_others_ciphertexts() {
    let Some(python) = python() else { return };
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/drand-quicknet.json"
    );
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let pk = unhex(&v["chain"]["public_key"]);
    let pulses: Vec<(u64, Vec<u8>)> = v["pulses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["round"].as_u64().unwrap(), unhex(&p["signature"])))
        .collect();
    let plaintexts: Vec<Vec<u8>> = v["ciphertexts"]
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|c| unhex(&c["plaintext_hex"]))
        .collect();

    // tao encrypts every plaintext to every fixture round; bittensor-drand decrypts each with
    // that round's signature, and with the next pulse's signature (which must fail).
    let mut decrypt_items = Vec::new();
    let mut expected = Vec::new();
    for (i, (round, sig)) in pulses.iter().enumerate() {
        let (_, other) = &pulses[(i + 1) % pulses.len()];
        for plain in &plaintexts {
            let ct = encrypt(&pk, *round, plain).unwrap();
            let ud = hex::encode(envelope(&ct, *round));
            decrypt_items.push(json!({"userdata": ud, "signature": hex::encode(sig)}));
            expected.push(Some(hex::encode(plain)));
            decrypt_items.push(json!({"userdata": ud, "signature": hex::encode(other)}));
            expected.push(None);
        }
    }
    let encrypt_items: Vec<Value> = pulses
        .iter()
        .flat_map(|(round, _)| {
            plaintexts
                .iter()
                .map(move |p| json!({"plaintext": hex::encode(p), "round": round}))
        })
        .collect();
    let answer = run(
        &python,
        &json!({"decrypt": decrypt_items, "encrypt": encrypt_items}),
    );
    assert_eq!(answer["version"], "2.0.0", "the pinned bittensor-drand");

    let decrypted = answer["decrypted"].as_array().unwrap();
    assert_eq!(decrypted.len(), expected.len());
    for (got, want) in decrypted.iter().zip(&expected) {
        match want {
            Some(plain) => assert_eq!(got["ok"].as_str(), Some(plain.as_str()), "{got}"),
            None => assert!(
                got["error"]
                    .as_str()
                    .unwrap_or("")
                    .contains("InvalidSignature"),
                "another round's signature must fail: {got}"
            ),
        }
    }

    // What bittensor-drand encrypted decrypts in tao, only with the right round's signature.
    let encrypted = answer["encrypted"].as_array().unwrap();
    assert_eq!(encrypted.len(), encrypt_items.len());
    for (item, made) in encrypt_items.iter().zip(encrypted) {
        let round = item["round"].as_u64().unwrap();
        let (ct, inner_round) = open_envelope(&unhex(&made["userdata"]));
        assert_eq!(inner_round, round);
        assert_eq!(made["round"].as_u64(), Some(round));
        let sig = &pulses.iter().find(|(r, _)| *r == round).unwrap().1;
        let plain = decrypt(&ct, sig).unwrap();
        assert_eq!(plain, unhex(&item["plaintext"]));
        WeightsPayload::decode(&plain).unwrap();
        let wrong = &pulses.iter().find(|(r, _)| *r != round).unwrap().1;
        assert_eq!(decrypt(&ct, wrong), Err(TimelockError::InvalidSignature));
    }
}
