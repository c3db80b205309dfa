//! Round trips with the official bittensor-wallet library, 4.0.1 (what btcli pins) and 4.1.1:
//! - wallets tao writes pass `../shared/tools/check_keyfile_compat.py` under both versions;
//! - wallets the library writes (encrypted coldkey, plain and encrypted hotkeys, a URI hotkey)
//!   are read by tao, which signs with them; the library verifies tao's signatures.
//!
//! Needs `../shared` beside the checkout and two interpreters, created by `.ci/python-venvs.sh`
//! and named by `TAO_BTWALLET_401_PYTHON` and `TAO_BTWALLET_411_PYTHON`. Without them the tests
//! skip with a message, except under `CI=true`, where they fail.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use tao::wallet::keypair;
use tao::wallet::{SecretString, Wallet};

const VERSIONS: [(&str, &str); 2] = [
    ("4.0.1", "TAO_BTWALLET_401_PYTHON"),
    ("4.1.1", "TAO_BTWALLET_411_PYTHON"),
];

/// Skip (or fail under `CI=true`) when something the test needs is missing.
fn require(missing: &[String]) -> bool {
    if missing.is_empty() {
        return true;
    }
    let message = format!(
        "wallet_compat: cannot run: missing {}; run `.ci/python-venvs.sh` and set TAO_BTWALLET_401_PYTHON and TAO_BTWALLET_411_PYTHON",
        missing.join(", ")
    );
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{message} (CI=true, so this is a failure)");
    }
    let _ = writeln!(std::io::stderr(), "{message} (skipped)");
    false
}

fn pythons(missing: &mut Vec<String>) -> Vec<(&'static str, PathBuf)> {
    let mut found = Vec::new();
    for (version, var) in VERSIONS {
        match std::env::var_os(var).map(PathBuf::from) {
            Some(path) if path.is_file() => found.push((version, path)),
            Some(path) => missing.push(format!("{var}={} (not a file)", path.display())),
            None => missing.push(var.to_owned()),
        }
    }
    found
}

fn checker(missing: &mut Vec<String>) -> PathBuf {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/check_keyfile_compat.py");
    if !path.is_file() {
        missing.push(format!("{} (../shared)", path.display()));
    }
    path
}

fn run_python(python: &Path, args: &[&std::ffi::OsStr], label: &str) -> String {
    let output = Command::new(python)
        .args(args)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{label}: {} exited {}\nstdout:\n{stdout}\nstderr:\n{}",
        python.display(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Run `tao wallet …` in a clean environment; it must succeed. Returns stdout.
fn tao_cli(home: &Path, root: &Path, wallet: &str, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_tao"))
        .args([
            "--wallet-path",
            root.to_str().unwrap(),
            "--wallet-name",
            wallet,
            "--no-config",
            "wallet",
        ])
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "tao wallet {args:?} exited {}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

const COLD: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const HOT: &str = "legal winner thank year wave sausage worth useful legal winner thank yellow";
const HOT_ENC: &str =
    "letter advice cage absurd amount doctor acoustic avoid letter advice cage above";

#[test]
fn tao_written_wallets_pass_the_official_checker() {
    let mut missing = Vec::new();
    let checker = checker(&mut missing);
    let pythons = pythons(&mut missing);
    if !require(&missing) {
        return;
    }
    // The wallet is written by the `tao` binary, as a user would.
    let tmp = tempfile::tempdir().unwrap();
    let password = "tao wrote this ✓";
    let file = |name: &str, content: &str| {
        let path = tmp.path().join(name);
        std::fs::write(&path, content).unwrap();
        path.display().to_string()
    };
    let pw = file("pw.txt", &format!("{password}\n"));
    let root = tmp.path().join("wallets");
    let cli = |args: &[&str]| tao_cli(tmp.path(), &root, "taowallet", args);
    cli(&[
        "regen-coldkey",
        "--mnemonic-file",
        &file("cold.txt", COLD),
        "--password-file",
        &pw,
    ]);
    cli(&[
        "regen-hotkey",
        "-H",
        "default",
        "--mnemonic-file",
        &file("hot.txt", HOT),
    ]);
    cli(&[
        "regen-hotkey",
        "-H",
        "miner-enc",
        "--mnemonic-file",
        &file("hot-enc.txt", HOT_ENC),
        "--encrypt-hotkey",
        "--password-file",
        &pw,
    ]);
    cli(&[
        "regen-hotkey",
        "-H",
        "bob",
        "--mnemonic-file",
        &file("bob.txt", "//Bob\n"),
    ]);
    let fresh_out = tmp.path().join("fresh.json");
    cli(&[
        "new-hotkey",
        "-H",
        "fresh",
        "--words",
        "24",
        "--mnemonic-out",
        fresh_out.to_str().unwrap(),
    ]);
    let fresh: Value = serde_json::from_slice(&std::fs::read(&fresh_out).unwrap()).unwrap();
    let wallet = Wallet::new(&root, "taowallet").unwrap();
    let spec = json!({
        "wallet_dir": wallet.dir(),
        "coldkey": {"mnemonic": COLD, "password": password, "uri": null},
        "hotkeys": {
            "default": {"mnemonic": HOT, "password": null, "uri": null},
            "miner-enc": {"mnemonic": HOT_ENC, "password": password, "uri": null},
            "bob": {"mnemonic": null, "password": null, "uri": "//Bob"},
            "fresh": {"mnemonic": fresh["hotkey"], "password": null, "uri": null},
        },
    });
    let spec_path = tmp.path().join("spec.json");
    std::fs::write(&spec_path, serde_json::to_vec(&spec).unwrap()).unwrap();
    for (version, python) in &pythons {
        let out = run_python(
            python,
            &[
                checker.as_os_str(),
                "--spec".as_ref(),
                spec_path.as_os_str(),
                "--expect-cold-encrypted".as_ref(),
                "yes".as_ref(),
                "-v".as_ref(),
            ],
            &format!("check_keyfile_compat.py under bittensor-wallet {version}"),
        );
        assert!(!out.contains("FAIL"), "{version}:\n{out}");
    }
}

/// Run by the library: writes a fresh wallet and reports what it wrote (to a file: the library
/// prints progress on stdout).
const WRITE_WALLET: &str = r#"
import json, sys
from bittensor_wallet import Keypair, Wallet
spec = json.load(open(sys.argv[1]))
root, name, pw = spec["root"], spec["name"], spec["password"]
cold_m = Keypair.generate_mnemonic(12)
enc_m = Keypair.generate_mnemonic(24)
w = Wallet(name=name, hotkey="plain", path=root)
w.regenerate_coldkey(mnemonic=cold_m, use_password=True, overwrite=True, suppress=True, coldkey_password=pw)
w.create_new_hotkey(use_password=False, overwrite=True, suppress=True)
Wallet(name=name, hotkey="enc", path=root).regenerate_hotkey(
    mnemonic=enc_m, use_password=True, overwrite=True, suppress=True, hotkey_password=pw)
Wallet(name=name, hotkey="bob", path=root).create_hotkey_from_uri(
    "//Bob", use_password=False, overwrite=True, suppress=True)
def info(kp, mnemonic=None):
    return {"ss58": kp.ss58_address, "public_key": "0x" + bytes(kp.public_key).hex(),
            "signature": "0x" + bytes(kp.sign(b"signed by bittensor-wallet")).hex(), "mnemonic": mnemonic}
out = {"coldkey": info(Keypair.create_from_mnemonic(cold_m), cold_m),
       "plain": info(w.hotkey),
       "enc": info(Keypair.create_from_mnemonic(enc_m), enc_m),
       "bob": info(Keypair.create_from_uri("//Bob"))}
json.dump(out, open(sys.argv[2], "w"))
"#;

/// Run by the library: verifies signatures tao made.
const VERIFY: &str = r#"
import json, sys
from bittensor_wallet import Keypair
bad = [item["ss58"] for item in json.load(open(sys.argv[1]))
       if not Keypair(ss58_address=item["ss58"]).verify(item["message"].encode(), bytes.fromhex(item["signature"][2:]))]
print("bad:", bad)
sys.exit(1 if bad else 0)
"#;

#[test]
fn library_written_wallets_are_read_and_used_by_tao() {
    let mut missing = Vec::new();
    let pythons = pythons(&mut missing);
    if !require(&missing) {
        return;
    }
    for (version, python) in &pythons {
        let tmp = tempfile::tempdir().unwrap();
        let script = tmp.path().join("write.py");
        std::fs::write(&script, WRITE_WALLET).unwrap();
        let spec = tmp.path().join("spec.json");
        let password = "library pw 4.x";
        std::fs::write(
            &spec,
            json!({"root": tmp.path().join("wallets"), "name": "lib", "password": password})
                .to_string(),
        )
        .unwrap();
        let report = tmp.path().join("report.json");
        run_python(
            python,
            &[script.as_os_str(), spec.as_os_str(), report.as_os_str()],
            &format!("write a wallet with {version}"),
        );
        let expected: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();

        let wallet = Wallet::new(tmp.path().join("wallets"), "lib").unwrap();
        let password = SecretString::copy_from(password);
        // One derivation: the coldkey's; the encrypted hotkey shares the password.
        let (cold, nacl) = wallet
            .coldkey()
            .read("coldkey")
            .unwrap()
            .decrypt(&password)
            .unwrap();
        let nacl = nacl.expect("a $NACL coldkey");
        let enc = wallet
            .hotkey("enc")
            .unwrap()
            .read("hotkey")
            .unwrap()
            .decrypt_with_key(&nacl)
            .unwrap();
        let plain = wallet
            .hotkey("plain")
            .unwrap()
            .read("hotkey")
            .unwrap()
            .plaintext_keypair()
            .unwrap();
        let bob = wallet
            .hotkey("bob")
            .unwrap()
            .read("hotkey")
            .unwrap()
            .plaintext_keypair()
            .unwrap();
        let mut signed = Vec::new();
        for (label, unlocked) in [
            ("coldkey", &cold),
            ("enc", &enc),
            ("plain", &plain),
            ("bob", &bob),
        ] {
            let expect = &expected[label];
            let key = &unlocked.keypair;
            assert_eq!(
                key.ss58_address(),
                expect["ss58"].as_str().unwrap(),
                "{version} {label}"
            );
            assert_eq!(
                key.public_key_hex(),
                expect["public_key"].as_str().unwrap(),
                "{version} {label}"
            );
            if let Some(m) = expect["mnemonic"].as_str() {
                assert_eq!(key.mnemonic().unwrap().expose(), m, "{version} {label}");
            }
            assert!(
                unlocked.warnings.is_empty(),
                "{version} {label}: {:?}",
                unlocked.warnings
            );
            // The public files agree, read without decrypting.
            let pubfile = if label == "coldkey" {
                wallet.coldkeypub()
            } else {
                wallet.hotkeypub(label).unwrap()
            };
            assert_eq!(
                pubfile
                    .read("public file")
                    .unwrap()
                    .public_info()
                    .unwrap()
                    .ss58_address,
                key.ss58_address()
            );
            // The library's signature verifies in tao; tao's verifies in the library.
            let theirs = keypair::parse_signature(expect["signature"].as_str().unwrap()).unwrap();
            assert!(
                key.verify(b"signed by bittensor-wallet", &theirs),
                "{version} {label}"
            );
            let message = format!("signed by tao with {label}");
            let ours = key.sign(message.as_bytes()).unwrap();
            signed.push(json!({"ss58": key.ss58_address(), "message": message, "signature": format!("0x{}", hex::encode(ours))}));
        }
        let summary = tao::wallet::layout::list_wallets(&tmp.path().join("wallets")).unwrap();
        assert_eq!(
            summary[0]
                .hotkeys
                .iter()
                .map(|h| h.name.as_str())
                .collect::<Vec<_>>(),
            ["bob", "enc", "plain"]
        );

        // The CLI on the library's wallet: listing (no password) and signing with a plain hotkey.
        let root = tmp.path().join("wallets");
        let listed: Value =
            serde_json::from_str(&tao_cli(tmp.path(), &root, "lib", &["list", "--json"])).unwrap();
        let listed = &listed["data"]["wallets"][0];
        assert_eq!(
            listed["coldkey"]["ss58"], expected["coldkey"]["ss58"],
            "{version}"
        );
        let plain_row = listed["hotkeys"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["name"] == "plain")
            .unwrap();
        assert_eq!(plain_row["ss58"], expected["plain"]["ss58"], "{version}");
        let message = "signed by the tao binary";
        let out: Value = serde_json::from_str(&tao_cli(
            tmp.path(),
            &root,
            "lib",
            &[
                "-H",
                "plain",
                "sign",
                "--use-hotkey",
                "--message",
                message,
                "--json",
            ],
        ))
        .unwrap();
        assert_eq!(out["data"]["ss58"], expected["plain"]["ss58"], "{version}");
        signed.push(json!({"ss58": out["data"]["ss58"], "message": message, "signature": out["data"]["signature"]}));

        let verify = tmp.path().join("verify.py");
        std::fs::write(&verify, VERIFY).unwrap();
        let sigs = tmp.path().join("sigs.json");
        std::fs::write(&sigs, serde_json::to_vec(&signed).unwrap()).unwrap();
        run_python(
            python,
            &[verify.as_os_str(), sigs.as_os_str()],
            &format!("verify tao signatures with {version}"),
        );
    }
}
