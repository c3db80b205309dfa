//! Air-gapped signing end to end: `--unsigned-out` on the online machine (no secret key there),
//! `tao tx sign` in another process with another HOME and no reachable network, `tao tx submit`
//! back online; tampered files refused by `sign`, expired and replayed ones by `submit`.
//! [`offline_path`] runs the offline flow for every row of the every-command table.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::devnet::*;
use crate::support::dry_run_decoder::unhex;
use crate::support::{Run, Sandbox};
use tao_devnet::TAO;

/// An address nothing listens on: the offline machine's "network".
const NOWHERE: &str = "ws://127.0.0.1:9";
const PASSWORD: &str = "offline horse";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The offline machine: its own HOME holding the wallet, and an unreachable network.
struct Offline {
    sb: Sandbox,
}

impl Offline {
    /// A machine holding a copy of `wallets/<name>` from `online`.
    fn copy_of(online: &Sandbox, name: &str) -> Offline {
        let sb = Sandbox::new();
        copy_dir(
            &online.home().join("wallets").join(name),
            &sb.home().join("wallets").join(name),
        );
        Offline { sb }
    }

    /// A machine with the wallet `name` = `seed` encrypted with [`PASSWORD`].
    fn with_wallet(name: &str, seed: &str) -> Offline {
        let sb = Sandbox::new();
        make_wallet(
            &sb.home().join("wallets"),
            name,
            seed,
            &format!("{seed}//hot"),
            Some(PASSWORD),
        );
        std::fs::write(sb.home().join("pw"), format!("{PASSWORD}\n")).unwrap();
        Offline { sb }
    }

    /// Bring a file over (as a USB stick would).
    fn receive(&self, file: &Path) -> PathBuf {
        let to = self.sb.home().join(file.file_name().unwrap());
        std::fs::copy(file, &to).unwrap();
        to
    }

    fn tao(&self, wallet: &str, args: &[&str]) -> Run {
        let wallets = self.sb.home().join("wallets");
        let wallets = wallets.to_string_lossy().into_owned();
        let mut full = vec![
            "--network",
            NOWHERE,
            "--wallet-path",
            wallets.as_str(),
            "--json",
            "--wallet-name",
            wallet,
        ];
        full.extend_from_slice(args);
        self.sb.run(&full)
    }

    /// `tao tx sign FILE --out SIGNED -y` (with the password file when there is one).
    fn sign(&self, wallet: &str, file: &Path, extra: &[&str]) -> (Run, PathBuf) {
        let file = self.receive(file);
        let out = self.sb.home().join("signed.json");
        let f = file.to_string_lossy().into_owned();
        let o = out.to_string_lossy().into_owned();
        let pw = self.sb.home().join("pw").to_string_lossy().into_owned();
        let mut args = vec!["tx", "sign", f.as_str(), "--out", o.as_str()];
        if self.sb.home().join("pw").exists() {
            args.extend(["--password-file", pw.as_str()]);
        }
        args.extend_from_slice(extra);
        (self.tao(wallet, &args), out)
    }
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn write_json(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).unwrap()).unwrap();
}

fn failed(run: &Run, code: i32, error: &str) -> Value {
    assert_eq!(
        run.code, code,
        "stderr:\n{}\nstdout:\n{}",
        run.stderr, run.stdout
    );
    let v = run.json();
    assert_eq!(v["errors"][0]["code"], error, "{v}");
    v
}

/// The online machine makes the unsigned file: `tao … ARGS --unsigned-out FILE`.
fn unsigned(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str], name: &str) -> (Value, PathBuf) {
    let path = sb.home().join(name);
    let p = path.to_string_lossy().into_owned();
    let mut a = vec!["--json", "--wallet-name", wallet, "-y"];
    a.extend_from_slice(args);
    a.extend(["--unsigned-out", p.as_str()]);
    let before = submissions(net);
    let mut r = tao(sb, net, &a);
    if r.code != 0 && r.json()["errors"][0]["code"] == "shield.incompatible" {
        // The MEV shield (on by default for staking and registration) wraps the call in an
        // extrinsic that must be signed online: an air-gapped signer turns it off.
        a.push("--no-mev-protection");
        r = tao(sb, net, &a);
    }
    let d = ok(&r);
    assert_eq!(submissions(net), before, "--unsigned-out submits nothing");
    assert_eq!(d["unsigned_out"], p.as_str());
    (d, path)
}

fn submit(sb: &Sandbox, net: &Net, signed: &Path) -> Run {
    let s = signed.to_string_lossy().into_owned();
    tao(sb, net, &["--json", "tx", "submit", s.as_str()])
}

/// An online machine with only Dave's public coldkey (the secret key file removed).
fn online_dave() -> (Net, Sandbox) {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    std::fs::remove_file(sb.home().join("wallets/dave/coldkey")).unwrap();
    (net, sb)
}

fn transfer_args(dest: &str) -> Vec<String> {
    ["wallet", "transfer", "--dest", dest, "--amount", "5.25"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

#[test]
fn a_transfer_signed_offline_lands() {
    let (net, sb) = online_dave();
    let (dave0, ferdie0) = (free_of(&net, "//Dave"), free_of(&net, "//Ferdie"));
    let ferdie = ss58_of("//Ferdie");
    let args = transfer_args(&ferdie);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (d, file) = unsigned(&sb, &net, "dave", &args, "transfer.unsigned.json");
    assert_eq!(d["call"]["pallet"], "Balances");
    assert_eq!(d["call"]["name"], "transfer_keep_alive");
    assert_eq!(d["description"]["call"], "transfer_keep_alive");
    assert_eq!(d["description"]["args"]["value"]["rao"], "5250000000");
    assert_eq!(d["description"]["args"]["dest"]["Id"], ferdie.as_str());
    let fee: u64 = d["fee"]["rao"].as_str().unwrap().parse().unwrap();

    let f = read_json(&file);
    assert_eq!(f["format"], "tao-unsigned/1");
    assert_eq!(f["signer"], ss58_of("//Dave"));
    assert_eq!(f["signer_role"], "coldkey");
    assert_eq!(f["spec_version"], 425);
    assert_eq!(f["metadata_hash_mode"], "disabled");
    assert_eq!(f["tip"]["rao"], "0");
    assert_eq!(f["description"]["args"]["value"]["tao"], "5.25");
    let birth = f["era"]["birth_block"].as_u64().unwrap();
    assert_eq!(
        unhex(&f["era"]["birth_hash"]),
        block_hash(&net, birth),
        "the era's birth block"
    );
    // The payload is the call then era, nonce, tip, mode, then spec, tx version, genesis, birth.
    let payload = unhex(&f["signing_payload"]);
    let call = unhex(&f["call"]["data"]);
    assert_eq!(&payload[..call.len()], &call[..]);
    assert_eq!(
        &payload[payload.len() - 65..payload.len() - 1],
        &[unhex(&f["genesis_hash"]), block_hash(&net, birth)].concat()[..]
    );
    assert!(!f["metadata"]["bytes"].as_str().unwrap().is_empty());

    // Never replaces a file.
    let p = file.to_string_lossy().into_owned();
    let mut again = vec!["--json", "--wallet-name", "dave", "-y"];
    again.extend_from_slice(&args);
    again.extend(["--unsigned-out", p.as_str()]);
    failed(&tao(&sb, &net, &again), 1, "offline.exists");
    assert_eq!(read_json(&file), f);

    // The offline machine: another HOME, an unreachable network, the encrypted coldkey.
    let offline = Offline::with_wallet("dave", "//Dave");
    // Without --yes and without a terminal it does not sign.
    let (r, out) = offline.sign("dave", &file, &[]);
    failed(&r, 2, "prompt.not_a_terminal");
    assert!(!out.exists());
    let (r, out) = offline.sign("dave", &file, &["-y"]);
    let s = ok(&r);
    assert!(
        r.stderr.contains("Balances.transfer_keep_alive"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("5.25 τ (5250000000 rao)"), "{}", r.stderr);
    assert!(r.stderr.contains(&ferdie), "{}", r.stderr);
    let signed = read_json(&out);
    assert_eq!(signed["format"], "tao-signed/1");
    assert_eq!(s["extrinsic_hash"], signed["extrinsic_hash"]);
    // Signing again does not replace the signed file without --force.
    let (r, _) = offline.sign("dave", &file, &["-y"]);
    failed(&r, 1, "offline.exists");
    let (r, _) = offline.sign("dave", &file, &["-y", "--force"]);
    let s = ok(&r);
    // sr25519 signatures are randomized: the replaced file has a new extrinsic.
    let signed = read_json(&out);
    assert_eq!(s["extrinsic_hash"], signed["extrinsic_hash"]);

    // `tx decode` reads both files offline, and the extrinsic's hex with the chain's metadata.
    let o = out.to_string_lossy().into_owned();
    let dec = ok(&offline.tao("dave", &["tx", "decode", o.as_str()]));
    assert_eq!(dec["verified"], true);
    assert_eq!(dec["description"], f["description"]);
    let ext = signed["extrinsic"].as_str().unwrap();
    let dec = ok(&tao(&sb, &net, &["--json", "tx", "decode", ext]));
    assert_eq!(dec["signer"], ss58_of("//Dave"));
    assert_eq!(dec["description"], f["description"]);
    assert_eq!(dec["nonce"], f["nonce"]);
    assert_eq!(dec["era"]["period"], f["era"]["period"]);

    // Back online: submitted once, the transfer lands with the estimated fee.
    let signed_online = sb.home().join("transfer.signed.json");
    std::fs::copy(&out, &signed_online).unwrap();
    let before = submissions(&net);
    let d = ok(&submit(&sb, &net, &signed_online));
    assert_eq!(submissions(&net), before + 1);
    assert_eq!(d["status"], "included");
    assert_eq!(d["extrinsic_hash"], signed["extrinsic_hash"]);
    let ev = event(&d, "Balances", "Transfer");
    assert_eq!(ev["fields"]["amount"].as_u64(), Some(5_250_000_000));
    assert_eq!(free_of(&net, "//Ferdie"), ferdie0 + 5_250_000_000);
    assert_eq!(free_of(&net, "//Dave"), dave0 - 5_250_000_000 - fee);
    assert!(fee > 0 && fee < TAO);

    // Never twice: the nonce is used now.
    let r = submit(&sb, &net, &signed_online);
    failed(&r, 1, "offline.nonce_mismatch");
    assert_eq!(submissions(&net), before + 1);
    assert_eq!(free_of(&net, "//Ferdie"), ferdie0 + 5_250_000_000);
}

#[test]
fn tampered_files_are_not_signed() {
    let (net, sb) = online_dave();
    let ferdie = ss58_of("//Ferdie");
    let args = transfer_args(&ferdie);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (_, file) = unsigned(&sb, &net, "dave", &args, "t.unsigned.json");
    let f = read_json(&file);
    let offline = Offline::copy_of(&sb, "dave");
    // The online wallet had only the public key: the offline copy needs the secret one.
    make_wallet(
        &offline.sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let refuse = |v: &Value, what: &str| {
        let bad = sb.home().join(format!("{what}.json"));
        write_json(&bad, v);
        let (r, out) = offline.sign("dave", &bad, &["-y"]);
        let e = failed(&r, 1, "offline.tampered");
        assert!(!out.exists(), "{what}: nothing signed");
        e["errors"][0]["message"].as_str().unwrap().to_string()
    };

    // The amount shown changed (the bytes still send 5.25).
    let mut v = f.clone();
    v["description"]["args"]["value"] = serde_json::json!({"rao": "525000000000", "tao": "525"});
    assert!(refuse(&v, "amount").contains("description"));
    // The amount changed in the call's bytes and in the description alike: the payload no
    // longer matches.
    let mut v = f.clone();
    let data = v["call"]["data"].as_str().unwrap().to_string();
    let old = hex::encode(parity_compact(5_250_000_000));
    let new = hex::encode(parity_compact(52_500_000_000));
    assert!(data.ends_with(&old), "{data} ends with the compact amount");
    v["call"]["data"] = Value::String(format!("{}{new}", &data[..data.len() - old.len()]));
    v["description"]["args"]["value"] = serde_json::json!({"rao": "52500000000", "tao": "52.5"});
    assert!(refuse(&v, "amount-bytes").contains("signing payload"));
    // The destination changed (bytes and description).
    let mut v = f.clone();
    let eve = ss58_of("//Eve");
    let key = |s: &str| hex::encode(tao::ss58::decode(s).unwrap().1);
    v["call"]["data"] = Value::String(data.replace(&key(&ferdie), &key(&eve)));
    v["description"]["args"]["dest"]["Id"] = Value::String(eve.clone());
    assert!(refuse(&v, "dest").contains("signing payload"));
    // Only the description's destination changed.
    let mut v = f.clone();
    v["description"]["args"]["dest"]["Id"] = Value::String(eve);
    assert!(refuse(&v, "dest-shown").contains("description"));
    // The payload changed.
    let mut v = f.clone();
    let p = v["signing_payload"].as_str().unwrap();
    let flipped = format!(
        "{}{}",
        &p[..p.len() - 4],
        if p.ends_with("ff00") { "fe00" } else { "ff00" }
    );
    v["signing_payload"] = Value::String(flipped);
    assert!(refuse(&v, "payload").contains("signing payload"));

    // Another wallet's coldkey does not sign Dave's transaction.
    let eve = Offline::with_wallet("eve", "//Eve");
    let (r, out) = eve.sign("eve", &file, &["-y"]);
    failed(&r, 1, "offline.wrong_signer");
    assert!(!out.exists());

    // The untouched file signs.
    let (r, _) = offline.sign("dave", &file, &["-y"]);
    ok(&r);
}

/// SCALE compact encoding of a u64 (the transfer's `value`).
fn parity_compact(n: u64) -> Vec<u8> {
    use subxt::ext::codec::{Compact, Encode};
    Compact(n).encode()
}

#[test]
fn an_expired_era_is_refused_before_sending() {
    let (net, sb) = online_dave();
    let ferdie0 = free_of(&net, "//Ferdie");
    let ferdie = ss58_of("//Ferdie");
    let mut args = transfer_args(&ferdie);
    args.extend(["--era".to_string(), "4".to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (d, file) = unsigned(&sb, &net, "dave", &args, "short.unsigned.json");
    assert_eq!(d["era"]["period"], 4);
    let offline = Offline::with_wallet("dave", "//Dave");
    let (r, out) = offline.sign("dave", &file, &["-y"]);
    ok(&r);
    net.devnet.ctx.new_blocks(8);
    let before = submissions(&net);
    let r = submit(&sb, &net, &out);
    let e = failed(&r, 1, "offline.expired");
    assert!(
        e["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("expired"),
        "{e}"
    );
    assert_eq!(submissions(&net), before, "nothing sent");
    assert_eq!(free_of(&net, "//Ferdie"), ferdie0);
    // A signed file that was changed after signing is refused before connecting.
    let mut v = read_json(&out);
    v["nonce"] = Value::from(v["nonce"].as_u64().unwrap() + 1);
    write_json(&out, &v);
    failed(&submit(&sb, &net, &out), 1, "offline.tampered");
    assert_eq!(submissions(&net), before);
}

#[test]
fn a_stake_signed_offline_lands() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let stake0 = stake_of(&net, "//Alice", "//Alice//hot", 1);
    let (_, file) = unsigned(
        &sb,
        &net,
        "alice",
        &[
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "2",
            "--unsafe",
            "--no-mev-protection",
        ],
        "stake.unsigned.json",
    );
    let offline = Offline::copy_of(&sb, "alice");
    let (r, out) = offline.sign("alice", &file, &["-y"]);
    ok(&r);
    let d = ok(&submit(&sb, &net, &out));
    event(&d, "SubtensorModule", "StakeAdded");
    assert!(stake_of(&net, "//Alice", "//Alice//hot", 1) > stake0);
}

/// The offline flow for one row of the every-command table (`every_transaction.rs`): the
/// command with `--unsigned-out` (nothing submitted), signed offline in another HOME with no
/// network, and the signed extrinsic decodes to the call the `--dry-run` `d` shows.
pub fn offline_path(
    sb: &Sandbox,
    net: &Net,
    wallet: &str,
    signer_seed: &str,
    args: &[&str],
    d: &Value,
) {
    let name = format!("row-{}.unsigned.json", submissions(net));
    let path = sb.home().join(&name);
    let _ = std::fs::remove_file(&path);
    let (u, file) = unsigned(sb, net, wallet, args, &name);
    assert_eq!(u["signer"], d["signer"], "{args:?}");
    let offline = Offline::copy_of(sb, wallet);
    let (r, out) = offline.sign(wallet, &file, &["-y"]);
    let s = ok(&r);
    assert_eq!(s["signer"], ss58_of(signer_seed));
    let ext = s["extrinsic"].as_str().unwrap().to_string();
    // The signed extrinsic, decoded with the chain's metadata, is the dry run's call.
    let signed = ok(&tao(sb, net, &["--json", "tx", "decode", ext.as_str()]));
    let dry = ok(&tao(
        sb,
        net,
        &["--json", "tx", "decode", d["extrinsic"].as_str().unwrap()],
    ));
    assert_eq!(signed["signer"], dry["signer"], "{args:?}");
    assert_eq!(signed["call"], d["call"], "{args:?}");
    if signed["call_data"] != d["call_data"] {
        // Only calls that carry fresh randomness (a commit's salt, a timelock's ciphertext) may
        // differ in their bytes, and then only in their arguments' values.
        assert!(
            d["call"]["name"].as_str().unwrap().contains("commit"),
            "{args:?}: the signed call {} differs from the dry run's {}",
            signed["description"],
            dry["description"]
        );
        let keys = |v: &Value| {
            v["description"]["args"]
                .as_object()
                .map(|m| m.keys().cloned().collect::<Vec<_>>())
        };
        assert_eq!(keys(&signed), keys(&dry), "{args:?}");
    } else {
        assert_eq!(signed["description"], dry["description"], "{args:?}");
    }
    let _ = out;
}
