//! The read commands end to end: the real `tao` binary against a devnet started in this process
//! on 127.0.0.1, with the devnet's per-method request counter checking the RPC budget.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::support::{Run, Sandbox};
use tao_devnet::{Devnet, Options, dev_account};

struct Net {
    devnet: Devnet,
    _rt: tokio::runtime::Runtime,
}

fn start() -> Net {
    start_with(false)
}

/// A devnet; `hide_newer` makes it serve an older runtime's metadata and APIs (no
/// `get_subnet_hyperparams_v3`, no `get_next_epoch_start_block`).
fn start_with(hide_newer: bool) -> Net {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let devnet = rt
        .block_on(Devnet::start(Options {
            port: 0,
            dev_rpc: true,
            hide_newer,
            ..Default::default()
        }))
        .expect("devnet starts");
    Net { devnet, _rt: rt }
}

impl Net {
    fn url(&self) -> String {
        self.devnet.url()
    }

    fn reset(&self) {
        self.devnet.ctx.reset_request_counts();
    }

    fn counts(&self) -> BTreeMap<String, u64> {
        self.devnet.ctx.request_counts()
    }

    fn total(&self) -> u64 {
        self.counts().values().sum()
    }
}

fn ss58_of(seed: &str) -> String {
    let acc = dev_account(seed);
    let bytes: &[u8; 32] = acc.as_ref();
    tao::ss58::encode_default(bytes)
}

fn tao_cmd(sb: &Sandbox, net: &Net, args: &[&str]) -> Run {
    let url = net.url();
    let mut full = vec!["--network", url.as_str()];
    full.extend_from_slice(args);
    sb.run(&full)
}

fn ok_json(run: &Run) -> serde_json::Value {
    assert_eq!(
        run.code, 0,
        "stderr:\n{}\nstdout:\n{}",
        run.stderr, run.stdout
    );
    let v = run.json();
    assert_eq!(v["success"], serde_json::json!(true), "{v}");
    v["data"].clone()
}

/// Run a command twice (cold, then warm cache) and return the warm run's data and requests.
fn warm(sb: &Sandbox, net: &Net, args: &[&str]) -> (serde_json::Value, u64) {
    let cold = tao_cmd(sb, net, args);
    ok_json(&cold);
    net.reset();
    let run = tao_cmd(sb, net, args);
    let data = ok_json(&run);
    let total = net.total();
    assert_eq!(
        data["chain"]["requests"].as_u64(),
        Some(total),
        "tao's own count matches the devnet's: {:?}",
        net.counts()
    );
    assert_eq!(data["chain"]["metadata_cached"], serde_json::json!(true));
    (data, total)
}

#[test]
fn metagraph_is_one_call_and_within_budget() {
    let net = start();
    let sb = Sandbox::new();
    let (data, total) = warm(
        &sb,
        &net,
        &["--json", "subnets", "metagraph", "--netuid", "1"],
    );
    assert!(
        total <= 5,
        "metagraph sent {total} requests: {:?}",
        net.counts()
    );
    let counts = net.counts();
    assert_eq!(
        counts.get("state_call"),
        Some(&2),
        "Core_version + get_metagraph: {counts:?}"
    );
    assert!(!counts.contains_key("rpc_methods"), "no backend probing");
    assert_eq!(data["netuid"], 1);
    assert_eq!(data["symbol"], "α");
    let neurons = data["neurons"].as_array().unwrap();
    assert_eq!(neurons.len(), 4);
    assert_eq!(neurons[0]["hotkey"], ss58_of("//Alice//hot"));
    assert_eq!(neurons[0]["coldkey"], ss58_of("//Alice"));
    assert_eq!(neurons[0]["validator_permit"], true);
    assert_eq!(neurons[2]["validator_permit"], false);
    assert_eq!(data["chain"]["block"]["number"], data["block"]);

    // The human table carries the token symbol.
    let human = tao_cmd(&sb, &net, &["subnets", "metagraph", "--netuid", "1"]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    assert!(human.stdout.contains(" α"), "{}", human.stdout);
}

#[test]
fn subnets_list_uses_two_calls_after_setup() {
    let net = start();
    let sb = Sandbox::new();
    let (data, total) = warm(&sb, &net, &["--json", "subnets", "list"]);
    let counts = net.counts();
    assert_eq!(
        total, 4,
        "head + version + dynamic info + prices: {counts:?}"
    );
    let subnets = data["subnets"].as_array().unwrap();
    let netuids: Vec<u64> = subnets
        .iter()
        .map(|s| s["netuid"].as_u64().unwrap())
        .collect();
    assert_eq!(netuids, [0, 1, 2, 3]);
    assert_eq!(subnets[1]["symbol"], "α");
    assert_eq!(subnets[2]["symbol"], "β");
    assert_eq!(subnets[3]["symbol"], "γ");
    let price = subnets[1]["price"]["rao"].as_str().unwrap();
    assert!(price.parse::<u64>().unwrap() > 0);
    assert!(
        subnets[1]["tao_in"]["tao"].as_str().is_some(),
        "amount objects, never floats"
    );
}

#[test]
fn show_hyperparameters_burn_and_price() {
    let net = start();
    let sb = Sandbox::new();
    let show = ok_json(&tao_cmd(
        &sb,
        &net,
        &["--json", "subnets", "show", "--netuid", "1"],
    ));
    assert_eq!(show["subnet"]["registration_burn"]["rao"], "1000000000");
    assert_eq!(show["subnet"]["next_epoch"]["method"], "runtime_api");
    assert!(show["subnet"]["next_epoch"]["block"].as_u64().unwrap() > 0);

    let hp = ok_json(&tao_cmd(
        &sb,
        &net,
        &["--json", "subnets", "hyperparameters", "--netuid", "1"],
    ));
    assert_eq!(hp["source"], "get_subnet_hyperparams_v3");
    assert_eq!(hp["hyperparameters"]["tempo"], 10);

    let burn = ok_json(&tao_cmd(
        &sb,
        &net,
        &["--json", "subnets", "burn-cost", "--netuid", "2"],
    ));
    assert_eq!(burn["cost"]["tao"], "1");
    let lock = ok_json(&tao_cmd(&sb, &net, &["--json", "subnets", "burn-cost"]));
    assert_eq!(lock["kind"], "subnet_creation");

    let prices = ok_json(&tao_cmd(&sb, &net, &["--json", "subnets", "price"]));
    assert_eq!(prices["prices"].as_array().unwrap().len(), 4);
    let one = ok_json(&tao_cmd(
        &sb,
        &net,
        &["--json", "subnets", "price", "--netuid", "2"],
    ));
    assert_eq!(one["prices"][0]["netuid"], 2);

    let missing = tao_cmd(
        &sb,
        &net,
        &["--json", "subnets", "burn-cost", "--netuid", "77"],
    );
    assert_eq!(missing.code, 1);
    assert_eq!(
        missing.json()["errors"][0]["code"],
        "chain.subnet_not_found"
    );
    let missing = tao_cmd(&sb, &net, &["subnets", "metagraph", "--netuid", "77"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("subnet 77 does not exist"),
        "{}",
        missing.stderr
    );
    assert!(missing.stderr.contains("hint:"), "{}", missing.stderr);
}

#[test]
fn stake_list_sim_and_fee() {
    let net = start();
    let sb = Sandbox::new();
    let alice = ss58_of("//Alice");
    let list = ok_json(&tao_cmd(
        &sb,
        &net,
        &["--json", "stake", "list", "--ss58", &alice],
    ));
    let positions = list["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 3, "{list}");
    assert_eq!(positions[0]["netuid"], 1);
    assert_eq!(positions[0]["hotkey"], ss58_of("//Alice//hot"));
    assert_eq!(positions[0]["stake"]["alpha"], "1000");
    assert_eq!(positions[0]["symbol"], "α");

    let sim = ok_json(&tao_cmd(
        &sb,
        &net,
        &["--json", "stake", "sim", "--netuid", "1", "--amount", "10"],
    ));
    assert_eq!(sim["direction"], "stake");
    let out: u64 = sim["output"]["rao"].as_str().unwrap().parse().unwrap();
    assert!(out > 0 && out < 10_000_000_000, "{sim}");
    let fee: u64 = sim["fee"]["rao"].as_str().unwrap().parse().unwrap();
    assert!(fee > 0);
    let unsim = ok_json(&tao_cmd(
        &sb,
        &net,
        &[
            "--json",
            "stake",
            "sim",
            "--netuid",
            "1",
            "--amount",
            "10",
            "--unstake",
        ],
    ));
    assert_eq!(unsim["direction"], "unstake");
    assert_eq!(unsim["input"]["netuid"], 1);

    let fee = ok_json(&tao_cmd(
        &sb,
        &net,
        &[
            "--json",
            "stake",
            "fee",
            "--netuid",
            "1",
            "--amount",
            "10",
            "--hotkey-ss58",
            &ss58_of("//Alice//hot"),
            "--ss58",
            &alice,
        ],
    ));
    let f: u64 = fee["fee"]["rao"].as_str().unwrap().parse().unwrap();
    assert!(f > 0, "{fee}");
}

#[test]
fn historical_reads_pin_the_requested_block() {
    let net = start();
    let sb = Sandbox::new();
    // Let the devnet produce a few blocks (one every 250 ms).
    let deadline = Instant::now() + Duration::from_secs(20);
    while net.devnet.ctx.chain.lock().unwrap().blocks.len() < 4 {
        assert!(Instant::now() < deadline, "the devnet produces no blocks");
        std::thread::sleep(Duration::from_millis(50));
    }
    let at1 = ok_json(&tao_cmd(
        &sb,
        &net,
        &[
            "--json",
            "subnets",
            "burn-cost",
            "--netuid",
            "1",
            "--block",
            "1",
        ],
    ));
    assert_eq!(at1["chain"]["block"]["number"], 1);
    let hash = at1["chain"]["block"]["hash"].as_str().unwrap().to_string();
    let by_hash = ok_json(&tao_cmd(
        &sb,
        &net,
        &[
            "--json",
            "subnets",
            "burn-cost",
            "--netuid",
            "1",
            "--block",
            &hash,
        ],
    ));
    assert_eq!(by_hash["chain"]["block"]["hash"], hash.as_str());
    let far = tao_cmd(
        &sb,
        &net,
        &["--json", "subnets", "price", "--block", "99999999"],
    );
    assert_eq!(far.code, 1, "{}", far.stderr);
    assert_eq!(far.json()["errors"][0]["code"], "chain.block_not_found");
}

#[test]
fn unreachable_chain_exits_4_quickly_with_a_hint() {
    let sb = Sandbox::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let url = format!("ws://127.0.0.1:{port}");
    let start = Instant::now();
    let run = sb.run(&["--network", &url, "subnets", "list", "--timeout", "3"]);
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(run.stderr.contains(&url), "{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
    let json = sb.run(&[
        "--network",
        &url,
        "--json",
        "subnets",
        "list",
        "--timeout",
        "3",
    ]);
    assert_eq!(json.code, 4);
    assert_eq!(json.json()["errors"][0]["code"], "chain.unreachable");
}

#[test]
fn older_runtime_falls_back_and_says_what_is_missing() {
    let net = start_with(true);
    let sb = Sandbox::new();
    let hp = tao_cmd(
        &sb,
        &net,
        &["--json", "subnets", "hyperparameters", "--netuid", "1"],
    );
    let data = ok_json(&hp);
    assert_eq!(data["source"], "get_subnet_hyperparams_v2");
    assert_eq!(data["hyperparameters"]["tempo"], 10);
    let warnings = hp.json()["warnings"].to_string();
    assert!(
        warnings.contains("lacks SubnetInfoRuntimeApi.get_subnet_hyperparams_v3"),
        "{warnings}"
    );
    // Humans see the warning on stderr.
    let human = tao_cmd(&sb, &net, &["subnets", "hyperparameters", "--netuid", "1"]);
    assert_eq!(human.code, 0);
    assert!(
        human.stderr.contains("get_subnet_hyperparams_v3"),
        "{}",
        human.stderr
    );

    let show = tao_cmd(&sb, &net, &["--json", "subnets", "show", "--netuid", "2"]);
    let data = ok_json(&show);
    let method = data["subnet"]["next_epoch"]["method"].as_str().unwrap();
    assert!(method.starts_with("storage"), "{method}");
    assert!(
        show.json()["warnings"]
            .to_string()
            .contains("lacks SubnetInfoRuntimeApi.get_next_epoch_start_block")
    );
}

#[test]
fn next_epoch_fallback_from_storage_matches_the_runtime_api() {
    use tao::chain::{Chain, ConnectOptions, read};
    // Two devnets with identical state (instant blocks: nothing happens until a transaction
    // arrives), one hiding `get_next_epoch_start_block`. The storage fallback on the first must
    // give the block the runtime API gives on the second.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let start = |hide_newer: bool| {
        rt.block_on(Devnet::start(Options {
            hide_newer,
            ..Options::for_tests()
        }))
        .expect("devnet starts")
    };
    let hidden = start(true);
    let full = start(false);
    let connect = |url: String| {
        let dir = tempfile::tempdir().unwrap();
        let mut opts = ConnectOptions::new(url, Duration::from_secs(5));
        opts.cache = Some(tao::chain::cache::Cache::new(dir.path()));
        (opts, dir)
    };
    rt.block_on(async {
        for netuid in [1u16, 2] {
            let (opts, _d1) = connect(hidden.url());
            let chain = Chain::connect(&opts, None).await.unwrap();
            assert!(!chain.has_api("SubnetInfoRuntimeApi", "get_next_epoch_start_block"));
            let (fallback, note) = read::next_epoch(&chain, netuid).await.unwrap();
            assert!(note.is_some(), "the fallback must say what the chain lacks");
            let fallback = fallback.unwrap();
            assert!(
                fallback.method.starts_with("storage"),
                "{}",
                fallback.method
            );

            let (opts, _d2) = connect(full.url());
            let chain = Chain::connect(&opts, None).await.unwrap();
            let (api, note) = read::next_epoch(&chain, netuid).await.unwrap();
            assert!(note.is_none());
            let api = api.unwrap();
            assert_eq!(api.method, "runtime_api");
            assert_eq!(fallback.block, api.block, "netuid {netuid}");
        }
    });
    drop(hidden);
    drop(full);
}
