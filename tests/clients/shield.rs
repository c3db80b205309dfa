//! The MEV shield against the official encryptor: `bittensor_drand.encrypt_mlkem768` (the
//! function btcli 9.23.2 encrypts with; PyPI bittensor-drand 2.0.0, the venv of
//! `.ci/python-drand.sh`, named by `TAO_BTDRAND_PYTHON`) encrypts a signed extrinsic to the
//! devnet's `MevShield.NextKey`; the wrapper carrying it lands and the devnet's author decrypts
//! and applies it; tao's ciphertext for the same key and plaintext has exactly that function's
//! layout. And btcli 9 itself stakes shielded (its default) on the devnet. Without the venvs
//! these tests skip, except under `CI=true`, where they fail.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::devnet::{Net, free_of, make_wallet, rpc, stake_of, start_with};
use serde_json::{Value, json};
use sp_core::Pair as _;
use tao::chain::shield::{self, Sealed};
use tao::chain::tx::{Call, Era, TxSigner, Unsigned};
use tao_devnet::pallet_shield::NextKey;
use tao_devnet::runtime::Runtime;
use tao_devnet::{BlockMode, Options, TAO};

fn python() -> Option<PathBuf> {
    let found = std::env::var_os("TAO_BTDRAND_PYTHON").map(PathBuf::from);
    let message = match &found {
        Some(p) if p.is_file() => return found,
        Some(p) => format!("TAO_BTDRAND_PYTHON={} is not a file", p.display()),
        None => "TAO_BTDRAND_PYTHON is not set".to_owned(),
    };
    let message = format!(
        "shield: cannot run: {message}; run `.ci/python-drand.sh` and set TAO_BTDRAND_PYTHON to the interpreter it prints"
    );
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{message} (CI=true, so this is a failure)"
    );
    let _ = writeln!(std::io::stderr(), "{message} (skipped)");
    None
}

/// `encrypt_mlkem768(pk, plaintext, include_key_hash=True)` in bittensor-drand's interpreter.
const HELPER: &str = r#"
import json, sys
import bittensor_drand
req = json.load(sys.stdin)
blob = bittensor_drand.encrypt_mlkem768(bytes.fromhex(req["pk"]), bytes.fromhex(req["plaintext"]), include_key_hash=True)
print(json.dumps({"blob": bytes(blob).hex()}))
"#;

fn encrypt_in_python(python: &PathBuf, pk: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let mut child = Command::new(python)
        .args(["-c", HELPER])
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let req = json!({ "pk": hex::encode(pk), "plaintext": hex::encode(plaintext) });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(req.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{} failed:\n{}",
        python.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    hex::decode(v["blob"].as_str().unwrap()).unwrap()
}

struct Dev(sp_core::sr25519::Pair);

impl TxSigner for Dev {
    fn account(&self) -> [u8; 32] {
        self.0.public().0
    }
    fn sign(&self, message: &[u8]) -> Result<[u8; 64], String> {
        Ok(self.0.sign(message).0)
    }
}

fn blake2(b: &[u8]) -> [u8; 32] {
    use blake2::Digest;
    blake2::Blake2b::<blake2::digest::consts::U32>::digest(b).into()
}

fn signed(net: &Net, seed: &str, data: Vec<u8>, nonce: u32, period: u64) -> Vec<u8> {
    let pair = sp_core::sr25519::Pair::from_string(seed, None).unwrap();
    let genesis = rpc(net, "chain_getBlockHash", vec![json!(0)]).unwrap();
    let genesis: [u8; 32] = hex::decode(genesis.as_str().unwrap().trim_start_matches("0x"))
        .unwrap()
        .try_into()
        .unwrap();
    Unsigned {
        call: Call {
            pallet: String::new(),
            name: String::new(),
            data,
        },
        signer: pair.public().0,
        nonce,
        era: Era::mortal(period, 0, genesis),
        spec_version: 425,
        tx_version: 1,
        genesis,
    }
    .sign(&Dev(pair))
    .unwrap()
}

#[test]
fn a_bittensor_drand_ciphertext_opens_and_executes_on_the_devnet_and_tao_matches_its_layout() {
    let Some(python) = python() else { return };
    let net = start_with(Options {
        block_mode: BlockMode::Interval(Duration::from_secs(3600)),
        ..Options::for_tests()
    });
    let key = net
        .devnet
        .ctx
        .read_state(NextKey::<Runtime>::get)
        .expect("the devnet publishes a key")
        .to_vec();
    assert_eq!(key.len(), shield::ENC_KEY_LEN);
    // The inner extrinsic: Dave stakes 1 TAO on subnet 1 (SubtensorModule.add_stake, 7/2) at
    // nonce 1; the wrapper goes at nonce 0.
    let hot = tao_devnet::dev_account("//Dave//hot");
    let mut call = vec![7u8, 2];
    call.extend_from_slice(AsRef::<[u8; 32]>::as_ref(&hot));
    call.extend_from_slice(&1u16.to_le_bytes());
    call.extend_from_slice(&TAO.to_le_bytes());
    let inner = signed(&net, "//Dave", call, 1, 64);

    let blob = encrypt_in_python(&python, &key, &inner);
    // The layout: key hash, u16 LE 1088, KEM ciphertext, nonce, AEAD ciphertext with tag.
    assert_eq!(blob.len(), inner.len() + shield::OVERHEAD);
    assert_eq!(&blob[..16], &shield::key_hash(&key));
    assert_eq!(&blob[16..18], &[0x40, 0x04]);
    let theirs = Sealed::parse(&blob).unwrap();
    assert_eq!(theirs.kem_ct.len(), shield::KEM_CT_LEN);
    assert_eq!(theirs.aead_ct.len(), inner.len() + shield::TAG_LEN);
    // tao's ciphertext for the same key and plaintext: the same fields, lengths and order
    // (only the random KEM message and nonce differ).
    let ours = shield::encrypt(&key, &inner, &mut rand_core::OsRng).unwrap();
    let mine = Sealed::parse(&ours).unwrap();
    assert_eq!(ours.len(), blob.len());
    assert_eq!(ours[..18], blob[..18]);
    assert_eq!(mine.kem_ct.len(), theirs.kem_ct.len());
    assert_eq!(mine.aead_ct.len(), theirs.aead_ct.len());
    assert_ne!(mine.nonce, theirs.nonce);
    // The devnet's own key pair opens both (the author's decapsulation key is pair #1, the
    // key genesis publishes as NextKey).
    let (dk, ek) = tao_devnet::pallet_shield::devnet_key_pair(1);
    assert_eq!(ek, key);
    assert_eq!(shield::decrypt(&dk, &blob).unwrap(), inner);
    assert_eq!(shield::decrypt(&dk, &ours).unwrap(), inner);

    // The wrapper with bittensor-drand's ciphertext: MevShield.submit_encrypted (30/1).
    let mut wrapper_call = vec![30u8, 1];
    wrapper_call.extend_from_slice(&(((blob.len() as u16) << 2) | 1).to_le_bytes());
    wrapper_call.extend_from_slice(&blob);
    let wrapper = signed(&net, "//Dave", wrapper_call, 0, 8);
    let stake0 = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let free0 = free_of(&net, "//Dave");
    rpc(
        &net,
        "author_submitExtrinsic",
        vec![json!(format!("0x{}", hex::encode(&wrapper)))],
    )
    .unwrap();
    net.devnet.ctx.new_blocks(1);
    assert_eq!(stake_of(&net, "//Dave", "//Dave//hot", 1), stake0);
    net.devnet.ctx.new_blocks(1);
    let hash = rpc(&net, "chain_getBlockHash", vec![json!(2)]).unwrap();
    let block = rpc(&net, "chain_getBlock", vec![hash]).unwrap();
    let exts: Vec<[u8; 32]> = block["block"]["extrinsics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| blake2(&hex::decode(e.as_str().unwrap().trim_start_matches("0x")).unwrap()))
        .collect();
    assert_eq!(exts, vec![blake2(&wrapper), blake2(&inner)]);
    let staked = stake_of(&net, "//Dave", "//Dave//hot", 1) - stake0;
    assert!(staked > 99 * TAO / 100 && staked < TAO, "{staked}");
    assert!(free_of(&net, "//Dave") < free0 - TAO);
}

#[test]
fn btcli_stakes_shielded_on_the_devnet_by_default() {
    let Some(exe) = crate::btcli::client("TAO_BTCLI", "btcli-9.23.2", ".ci/python-clients.sh")
    else {
        return;
    };
    let net = crate::btcli::devnet();
    let home = tempfile::tempdir().unwrap();
    make_wallet(
        &home.path().join("wallets"),
        "bob",
        "//Bob",
        "//Bob//hot",
        None,
    );
    let path = home.path().join("wallets").to_string_lossy().into_owned();
    let url = net.devnet.url();
    let stake0 = stake_of(&net, "//Bob", "//Bob//hot", 1);
    let blocks0 = net.devnet.ctx.read_best_number();
    let out = crate::btcli::run_json(
        &exe,
        home.path(),
        &[
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "2",
            "--wallet-name",
            "bob",
            "--wallet-path",
            &path,
            "--hotkey",
            "default",
            "--unsafe",
            "--no-prompt",
        ],
        &["--network", url.as_str(), "--json-output"],
    );
    let bob_hot = crate::support::devnet::ss58_of("//Bob//hot");
    assert_eq!(out["staking_success"]["1"][&bob_hot], true, "{out}");
    assert!(stake_of(&net, "//Bob", "//Bob//hot", 1) > stake0);
    // Shielded: the wrapper and the inner extrinsic share a block, two blocks after the key.
    let best = net.devnet.ctx.read_best_number();
    assert_eq!(best, blocks0 + 2, "{out}");
    let hash = rpc(&net, "chain_getBlockHash", vec![json!(best)]).unwrap();
    let block = rpc(&net, "chain_getBlock", vec![hash]).unwrap();
    let exts = block["block"]["extrinsics"].as_array().unwrap();
    assert_eq!(exts.len(), 2, "{block}");
    let wrapper = hex::decode(exts[0].as_str().unwrap().trim_start_matches("0x")).unwrap();
    // MevShield (30) call 1 right after the signed v4 header and the extensions (mortal era,
    // nonce, tip 0, metadata-hash mode 0), with an era of at most 8 blocks.
    use crate::support::dry_run_decoder::compact;
    let (_, off) = compact(&wrapper);
    let body = &wrapper[off..];
    assert_eq!(body[0], 0x84);
    let era = u16::from_le_bytes([body[99], body[100]]);
    assert!(era != 0 && 1u64 << ((era & 0xf) + 1) <= 8, "era {era:#x}");
    let at = 101 + compact(&body[101..]).1 + 2;
    assert_eq!((body[at], body[at + 1]), (30, 1));
}
