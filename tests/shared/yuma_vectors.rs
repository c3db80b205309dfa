//! The public Yuma reference cases (`tests/fixtures/yuma-vectors-public.json.gz`, schema
//! `yuma-vectors/2`: each case an epoch `input`, the chain's `output` and its coinbase), shared
//! by the engine's tests and the command line's.

use std::io::Read;

use serde_json::Value;

/// Every case of the committed vectors.
pub fn cases() -> Vec<Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/yuma-vectors-public.json.gz"
    );
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("open {path}: {e}"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .expect("gunzip the vectors");
    let doc: Value = serde_json::from_str(&text).expect("the vectors are JSON");
    assert_eq!(doc["schema"], "yuma-vectors/2");
    doc["cases"].as_array().expect("cases").clone()
}
