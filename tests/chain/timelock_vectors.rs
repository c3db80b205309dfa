//! Known-answer tests of `tao::chain::timelock` against real drand quicknet pulses and
//! ciphertexts made by crates.io `timelock` 0.0.1 and by PyPI bittensor-drand 2.0.0
//! (`tests/fixtures/drand-quicknet.json`: real pulses, each verified against the quicknet public
//! key, and ciphertexts both implementations made).

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use serde_json::Value;
use tao::chain::timelock::{
    BeaconClock, Ciphertext, OVERHEAD, TimelockError, WeightsPayload, decrypt, encrypt,
    encrypt_with_rng, sha256, verify_round,
};

fn vectors() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/drand-quicknet.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn unhex(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().expect("a hex string").trim_start_matches("0x")).expect("hex")
}

struct Fixture {
    public_key: Vec<u8>,
    v: Value,
}

impl Fixture {
    fn load() -> Fixture {
        let v = vectors();
        Fixture {
            public_key: unhex(&v["chain"]["public_key"]),
            v,
        }
    }

    fn pulses(&self) -> Vec<(u64, Vec<u8>)> {
        self.v["pulses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["round"].as_u64().unwrap(), unhex(&p["signature"])))
            .collect()
    }

    fn signature(&self, round: u64) -> Vec<u8> {
        self.pulses()
            .into_iter()
            .find(|(r, _)| *r == round)
            .map(|(_, s)| s)
            .unwrap_or_else(|| panic!("no pulse for round {round}"))
    }

    fn ciphertexts(&self) -> &Vec<Value> {
        self.v["ciphertexts"].as_array().unwrap()
    }
}

fn payload_of(c: &Value) -> WeightsPayload {
    let p = &c["payload"];
    let list = |k: &str| -> Vec<u16> {
        p[k].as_array()
            .unwrap()
            .iter()
            .map(|x| u16::try_from(x.as_u64().unwrap()).unwrap())
            .collect()
    };
    WeightsPayload {
        hotkey: unhex(&p["hotkey"]).try_into().unwrap(),
        uids: list("uids"),
        values: list("values"),
        version_key: p["version_key"].as_u64().unwrap(),
    }
}

#[test]
fn every_pulse_verifies_and_a_neighbouring_round_fails() {
    let f = Fixture::load();
    let pulses = f.pulses();
    assert_eq!(pulses.len(), 4);
    for (round, sig) in &pulses {
        assert_eq!(
            verify_round(&f.public_key, *round, sig),
            Ok(()),
            "round {round}"
        );
        for other in [round - 1, round + 1] {
            assert_eq!(
                verify_round(&f.public_key, other, sig),
                Err(TimelockError::PulseMismatch { round: other }),
                "round {round}'s signature for round {other}"
            );
        }
    }
    for p in f.v["pulses"].as_array().unwrap() {
        assert_eq!(
            sha256(&unhex(&p["signature"])).to_vec(),
            unhex(&p["randomness"])
        );
    }
}

#[test]
fn the_chain_hash_is_recomputed_from_the_parameters() {
    let f = Fixture::load();
    let c = &f.v["chain"];
    let mut input = Vec::new();
    input.extend_from_slice(
        &u32::try_from(c["period"].as_u64().unwrap())
            .unwrap()
            .to_be_bytes(),
    );
    input.extend_from_slice(&c["genesis_time"].as_i64().unwrap().to_be_bytes());
    input.extend_from_slice(&f.public_key);
    input.extend_from_slice(&unhex(&c["genesis_seed"]));
    input.extend_from_slice(c["beacon_id"].as_str().unwrap().as_bytes());
    assert_eq!(sha256(&input).to_vec(), unhex(&c["hash"]));
}

#[test]
fn all_six_ciphertexts_decrypt_to_their_payload_and_fail_with_another_round() {
    let f = Fixture::load();
    let rounds: Vec<u64> = f.pulses().iter().map(|(r, _)| *r).collect();
    let cts = f.ciphertexts();
    assert_eq!(cts.len(), 6);
    let mut by_python = 0;
    for c in cts {
        let round = c["round"].as_u64().unwrap();
        let ct = unhex(&c["ciphertext_hex"]);
        let plain = unhex(&c["plaintext_hex"]);
        assert_eq!(ct.len(), OVERHEAD + plain.len());
        let got = decrypt(&ct, &f.signature(round)).unwrap();
        assert_eq!(got, plain, "round {round}: {}", c["made_by"]);
        // The plaintext is the chain's payload, and tao's encoder writes the same bytes.
        let payload = payload_of(c);
        assert_eq!(WeightsPayload::decode(&got).unwrap(), payload);
        assert_eq!(payload.encode(), plain);
        // Re-serialising the parsed ciphertext gives the same bytes.
        assert_eq!(Ciphertext::from_bytes(&ct).unwrap().to_bytes(), ct);
        for other in rounds.iter().filter(|r| **r != round) {
            assert_eq!(
                decrypt(&ct, &f.signature(*other)),
                Err(TimelockError::InvalidSignature),
                "round {round} ciphertext with round {other}'s signature"
            );
        }
        // bittensor-drand's envelope: SCALE UserData { encrypted_data: Vec<u8>, reveal_round }.
        if let Some(ud) = c.get("userdata_hex") {
            by_python += 1;
            let ud = unhex(ud);
            let mut expected = compact(ct.len());
            expected.extend_from_slice(&ct);
            expected.extend_from_slice(&round.to_le_bytes());
            assert_eq!(ud, expected);
        }
    }
    assert_eq!(by_python, 2);
}

fn compact(n: usize) -> Vec<u8> {
    if n < 1 << 6 {
        vec![(n as u8) << 2]
    } else {
        assert!(n < 1 << 14);
        (((n as u16) << 2) | 1).to_le_bytes().to_vec()
    }
}

#[test]
fn the_negative_entries_fail_as_recorded() {
    let f = Fixture::load();
    let neg = f.v["negative"].as_array().unwrap();
    assert_eq!(neg.len(), 4);
    // 0: ciphertexts[0] with the round 2000 signature.
    assert!(neg[0]["what"].as_str().unwrap().contains("round 2000"));
    let ct0 = unhex(&f.ciphertexts()[0]["ciphertext_hex"]);
    assert_eq!(
        decrypt(&ct0, &f.signature(2000)),
        Err(TimelockError::InvalidSignature)
    );
    // 1: round 20000 with the round 2000 signature (the mislabelled subtensor mock).
    assert!(neg[1]["what"].as_str().unwrap().contains("round 20000"));
    assert_eq!(
        verify_round(&f.public_key, 20000, &f.signature(2000)),
        Err(TimelockError::PulseMismatch { round: 20000 })
    );
    // 2: the "bad" pulse of subtensor's drand tests is not a G1 point.
    let what = neg[2]["what"].as_str().unwrap();
    let bad = what
        .split_whitespace()
        .find(|w| w.len() == 96 && w.chars().all(|c| c.is_ascii_hexdigit()))
        .unwrap();
    let bad = hex::decode(bad).unwrap();
    assert_eq!(
        verify_round(&f.public_key, 1000, &bad),
        Err(TimelockError::SignaturePoint { len: 48 })
    );
    assert_eq!(
        decrypt(&ct0, &bad),
        Err(TimelockError::SignaturePoint { len: 48 })
    );
    // 3: timelock 0.3.0's shorter format does not parse.
    let short = unhex(&neg[3]["ciphertext_hex"]);
    assert_eq!(short.len(), 283);
    assert!(matches!(
        decrypt(&short, &f.signature(neg[3]["round"].as_u64().unwrap())),
        Err(TimelockError::Malformed(_))
    ));
}

#[test]
fn tao_ciphertexts_for_fixture_rounds_decrypt_with_the_real_signatures() {
    let f = Fixture::load();
    for (round, sig) in f.pulses() {
        for c in f.ciphertexts().iter().take(3) {
            let plain = unhex(&c["plaintext_hex"]);
            let ct = encrypt(&f.public_key, round, &plain).unwrap();
            assert_eq!(ct.len(), OVERHEAD + plain.len());
            let got = decrypt(&ct, &sig).unwrap();
            assert_eq!(WeightsPayload::decode(&got).unwrap(), payload_of(c));
            // Two encryptions of the same payload differ (fresh randomness).
            assert_ne!(ct, encrypt(&f.public_key, round, &plain).unwrap());
        }
    }
}

/// The seeded recipe of the two deterministic `timelock` 0.0.1 vectors: the AES key is the
/// first 32 bytes drawn from `ChaCha20Rng::from_seed(31 zero bytes then S)`, then the same
/// generator gives the IBE scalar and the nonce. tao's encryption reproduces the bytes.
#[test]
fn the_seeded_recipe_reproduces_the_crates_bytes_exactly() {
    let f = Fixture::load();
    let mut reproduced = 0;
    for c in f.ciphertexts() {
        let made_by = c["made_by"].as_str().unwrap();
        let Some(at) = made_by.find("31 zero bytes then 0x") else {
            continue;
        };
        let seed_byte = u8::from_str_radix(&made_by[at + 21..at + 23], 16).unwrap();
        let mut seed = [0u8; 32];
        seed[31] = seed_byte;
        let mut rng = ChaCha20Rng::from_seed(seed);
        let round = c["round"].as_u64().unwrap();
        let ct =
            encrypt_with_rng(&f.public_key, round, &unhex(&c["plaintext_hex"]), &mut rng).unwrap();
        assert_eq!(
            hex::encode(&ct),
            c["ciphertext_hex"].as_str().unwrap(),
            "seed 0x{seed_byte:02x}"
        );
        reproduced += 1;
    }
    assert_eq!(reproduced, 2);
}

#[test]
fn the_reveal_round_formula_on_quicknet() {
    let f = Fixture::load();
    let clock = BeaconClock {
        genesis_time: f.v["chain"]["genesis_time"].as_u64().unwrap(),
        period: f.v["chain"]["period"].as_u64().unwrap(),
    };
    // Round 12040883 is published at genesis + 12040882 × 3 s; bittensor-drand's floor formula
    // for that instant names the round before it.
    let t = clock.round_time(12_040_883);
    assert_eq!(t, 1_692_803_367 + 12_040_882 * 3);
    assert_eq!(clock.latest_round_at(t), 12_040_883);
    assert_eq!(clock.reveal_round_at(t), 12_040_882);
    assert_eq!(clock.reveal_round_at(t + 3), 12_040_883);
}
