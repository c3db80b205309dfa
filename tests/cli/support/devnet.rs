//! Helpers shared by the transaction tests: an in-process devnet on 127.0.0.1 (one block per
//! transaction), wallets written by tao's wallet library, and chain reads through tao's client.

use std::path::Path;

use super::{Run, Sandbox};
use serde_json::Value;
use tao::wallet::keyfile::Protection;
use tao::wallet::{Keypair, NaclKey, SecretString, Wallet};
use tao_devnet::{Devnet, Options, dev_account};

pub struct Net {
    pub devnet: Devnet,
    pub _rt: tokio::runtime::Runtime,
}

pub fn start() -> Net {
    start_with(Options::for_tests())
}

/// A devnet with these options.
pub fn start_with(options: Options) -> Net {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let devnet = rt.block_on(Devnet::start(options)).expect("devnet starts");
    Net { devnet, _rt: rt }
}

pub fn ss58_of(seed: &str) -> String {
    let acc = dev_account(seed);
    let bytes: &[u8; 32] = acc.as_ref();
    tao::ss58::encode_default(bytes)
}

/// A btcli-layout wallet `name` with the coldkey `cold` (encrypted with `password` if given) and
/// the hotkey `default` = `hot`.
pub fn make_wallet(root: &Path, name: &str, cold: &str, hot: &str, password: Option<&str>) {
    let w = Wallet::new(root, name).unwrap();
    std::fs::create_dir_all(w.hotkeys_dir()).unwrap();
    let ck = Keypair::from_uri(&SecretString::new(cold.to_string())).unwrap();
    match password {
        Some(p) => {
            let key = NaclKey::derive(&SecretString::new(p.to_string())).unwrap();
            w.coldkey()
                .write_keypair(&ck, Protection::Nacl(&key), true)
                .unwrap();
        }
        None => w
            .coldkey()
            .write_keypair(&ck, Protection::Plain, true)
            .unwrap(),
    }
    w.coldkeypub().write_public(&ck, true).unwrap();
    let hk = Keypair::from_uri(&SecretString::new(hot.to_string())).unwrap();
    w.hotkey("default")
        .unwrap()
        .write_keypair(&hk, Protection::Plain, true)
        .unwrap();
}

/// A plain (unencrypted) wallet `name` under the sandbox's `wallets/`, with the dev keys `seed`
/// (coldkey) and `seed//hot` (hotkey `default`).
pub fn dev_wallet(sb: &Sandbox, name: &str, seed: &str) {
    make_wallet(
        &sb.home().join("wallets"),
        name,
        seed,
        &format!("{seed}//hot"),
        None,
    );
}

pub fn tao(sb: &Sandbox, net: &Net, args: &[&str]) -> Run {
    tao_env(sb, net, args, &[])
}

pub fn tao_env(sb: &Sandbox, net: &Net, args: &[&str], envs: &[(&str, &str)]) -> Run {
    let url = net.devnet.url();
    let wallets = sb.home().join("wallets");
    let wallets = wallets.to_string_lossy().into_owned();
    let mut full = vec!["--network", url.as_str(), "--wallet-path", wallets.as_str()];
    full.extend_from_slice(args);
    sb.run_env(&full, envs)
}

pub fn ok(run: &Run) -> Value {
    assert_eq!(
        run.code, 0,
        "stderr:\n{}\nstdout:\n{}",
        run.stderr, run.stdout
    );
    let v = run.json();
    assert_eq!(v["success"], Value::Bool(true), "{v}");
    v["data"].clone()
}

pub fn refused(run: &Run, name: &str) {
    assert_eq!(
        run.code, 1,
        "stderr:\n{}\nstdout:\n{}",
        run.stderr, run.stdout
    );
    let v = run.json();
    let err = &v["errors"][0];
    assert_eq!(err["code"], "tx.refused", "{v}");
    assert!(
        err["message"].as_str().unwrap().contains(name),
        "expected {name}: {v}"
    );
}

pub fn submissions(net: &Net) -> u64 {
    net.devnet
        .ctx
        .request_counts()
        .get("author_submitAndWatchExtrinsic")
        .copied()
        .unwrap_or(0)
}

pub fn chain(net: &Net) -> tao::chain::Chain {
    let mut opts =
        tao::chain::ConnectOptions::new(net.devnet.url(), std::time::Duration::from_secs(10));
    opts.cache = None;
    net._rt
        .block_on(tao::chain::Chain::connect(&opts, None))
        .unwrap()
}

/// The free balance of a dev account.
pub fn free_of(net: &Net, seed: &str) -> u64 {
    let c = chain(net);
    let acc: [u8; 32] = *AsRef::<[u8; 32]>::as_ref(&dev_account(seed));
    net._rt
        .block_on(tao::chain::read::balances(&c, &[acc]))
        .unwrap()
        .1[0]
        .free
}

/// The α of `cold` staked through `hot` on `netuid`.
pub fn stake_of(net: &Net, cold: &str, hot: &str, netuid: u16) -> u64 {
    let c = chain(net);
    let cold: [u8; 32] = *AsRef::<[u8; 32]>::as_ref(&dev_account(cold));
    let hot: [u8; 32] = *AsRef::<[u8; 32]>::as_ref(&dev_account(hot));
    net._rt
        .block_on(tao::chain::read::stake_of(&c, &[cold]))
        .unwrap()
        .iter()
        .filter(|p| p.hotkey == hot && p.netuid == netuid)
        .map(|p| p.stake)
        .sum()
}

pub fn rpc(net: &Net, method: &str, params: Vec<Value>) -> Result<Value, tao::chain::ChainError> {
    let r = net._rt.block_on(tao::chain::client::Rpc::connect(
        &net.devnet.url(),
        std::time::Duration::from_secs(10),
        std::time::Duration::from_secs(10),
    ))?;
    net._rt.block_on(r.request::<Value>(method, params, None))
}

pub fn block_hash(net: &Net, n: u64) -> Vec<u8> {
    let v = rpc(net, "chain_getBlockHash", vec![serde_json::json!(n)]).unwrap();
    hex::decode(v.as_str().unwrap().trim_start_matches("0x")).unwrap()
}

pub fn event<'a>(data: &'a Value, pallet: &str, name: &str) -> &'a Value {
    data["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["pallet"] == pallet && e["name"] == name)
        .unwrap_or_else(|| panic!("no {pallet}.{name} in {}", data["events"]))
}
