//! An independent decoder of a `--dry-run` result's signed extrinsic: it reads the bytes by hand
//! (no tao code), checks them against the devnet's chain facts and verifies the signature over
//! the payload it rebuilds.

use serde_json::Value;
use tao_devnet::dev_account;

use super::devnet::{Net, block_hash, chain};

pub fn unhex(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().unwrap().trim_start_matches("0x")).unwrap()
}

/// SCALE compact length prefix: (value, bytes used).
pub fn compact(b: &[u8]) -> (usize, usize) {
    match b[0] & 3 {
        0 => ((b[0] >> 2) as usize, 1),
        1 => ((u16::from_le_bytes([b[0], b[1]]) >> 2) as usize, 2),
        2 => (
            (u32::from_le_bytes([b[0], b[1], b[2], b[3]]) >> 2) as usize,
            4,
        ),
        _ => panic!("big compact"),
    }
}

/// Decodes a `--dry-run` result's extrinsic without tao's code and checks it against the chain:
/// layout, signer, era, nonce, tip, metadata-hash mode, the call's indices from the runtime
/// metadata, and the signature over the payload rebuilt from chain facts. Returns the call data.
pub fn check_dry_run(net: &Net, d: &Value, signer_seed: &str) -> Vec<u8> {
    use sp_core::Pair;
    assert_eq!(d["dry_run"], true);
    let ext = unhex(&d["extrinsic"]);
    let call = unhex(&d["call_data"]);
    let (len, off) = compact(&ext);
    let body = &ext[off..];
    assert_eq!(body.len(), len, "length prefix");
    assert_eq!(body[0], 0x84, "v4 signed");
    assert_eq!(body[1], 0x00, "MultiAddress::Id");
    let signer: [u8; 32] = body[2..34].try_into().unwrap();
    assert_eq!(
        &signer,
        AsRef::<[u8; 32]>::as_ref(&dev_account(signer_seed))
    );
    assert_eq!(body[34], 0x01, "sr25519");
    let sig: [u8; 64] = body[35..99].try_into().unwrap();
    // Mortal era of the reported period and birth block.
    let era = u16::from_le_bytes([body[99], body[100]]);
    let period = d["era"]["period"].as_u64().unwrap();
    let birth = d["era"]["birth_block"].as_u64().unwrap();
    assert_eq!(1u64 << ((era & 0xf) + 1), period);
    assert_eq!(u64::from(era >> 4), birth % period);
    let nonce = d["nonce"].as_u64().unwrap();
    let (got_nonce, n_len) = compact(&body[101..]);
    assert_eq!(got_nonce as u64, nonce);
    let extra_end = 101 + n_len + 2;
    assert_eq!(
        &body[101 + n_len..extra_end],
        &[0, 0],
        "tip 0, metadata hash off"
    );
    assert_eq!(
        &body[extra_end..],
        &call[..],
        "the call follows the extensions"
    );
    // The call's indices are the runtime's for the reported pallet and call.
    let md = chain(net).metadata.clone();
    let pallet = md
        .pallet_by_name(d["call"]["pallet"].as_str().unwrap())
        .unwrap();
    let variant = pallet
        .call_variant_by_name(d["call"]["name"].as_str().unwrap())
        .unwrap();
    assert_eq!((call[0], call[1]), (pallet.call_index(), variant.index));
    // The signature verifies over the payload rebuilt from chain facts.
    let mut payload = call.clone();
    payload.extend_from_slice(&body[99..extra_end]);
    payload.extend_from_slice(&425u32.to_le_bytes());
    payload.extend_from_slice(&1u32.to_le_bytes());
    payload.extend_from_slice(&unhex(&d["genesis_hash"]));
    payload.extend_from_slice(&block_hash(net, birth));
    payload.push(0);
    let payload = if payload.len() > 256 {
        use blake2::Digest;
        blake2::Blake2b::<blake2::digest::consts::U32>::digest(&payload).to_vec()
    } else {
        payload
    };
    assert!(sp_core::sr25519::Pair::verify(
        &sp_core::sr25519::Signature::from_raw(sig),
        &payload,
        &sp_core::sr25519::Public::from_raw(signer),
    ));
    call
}

/// The real finney metadata (spec 393, `../shared/metadata/finney-2026-04.scale`, or under
/// `TAO_SHARED_DIR`). `None` (with a message) when the file is absent; absent under `CI=true`
/// is a failure.
pub fn finney_metadata() -> Option<subxt::Metadata> {
    let dir = std::env::var_os("TAO_SHARED_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let path = dir.join("metadata").join("finney-2026-04.scale");
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{} is required in CI: {e}",
                path.display()
            );
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "skipping the finney metadata check: {} ({e})",
                path.display()
            );
            return None;
        }
    };
    Some(subxt::Metadata::decode_from(&bytes[..]).expect("the finney metadata decodes"))
}

/// The `(pallet, call)` indices of a call in the real finney metadata, read without tao's code
/// (`None` when the file is absent, see [`finney_metadata`]).
pub fn finney_call_index(pallet: &str, call: &str) -> Option<(u8, u8)> {
    let md = finney_metadata()?;
    let p = md
        .pallet_by_name(pallet)
        .unwrap_or_else(|| panic!("finney has no pallet {pallet}"));
    let v = p
        .call_variant_by_name(call)
        .unwrap_or_else(|| panic!("finney has no call {pallet}.{call}"));
    Some((p.call_index(), v.index))
}
