//! Requests and wall time of each read command against a devnet started in this process.
//!
//! `cargo bench --bench chain_read` prints a Markdown table (and writes it to the file named by
//! `TAO_BENCH_OUT`, if set). Each command runs once with an empty cache (downloading the genesis
//! hash and the metadata), then `RUNS` more times with the warm cache; the table shows both
//! request counts (from the devnet's per-method counter) and the median warm wall time of the
//! whole process.

use std::collections::BTreeMap;
use std::process::Command;
use std::time::{Duration, Instant};

use tao_devnet::{Devnet, Options, dev_account};

const RUNS: usize = 5;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing we need.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let devnet = rt
        .block_on(Devnet::start(Options {
            port: 0,
            dev_rpc: true,
            ..Default::default()
        }))
        .expect("devnet starts");
    let url = devnet.url();
    let home = tempfile::tempdir().expect("temp dir");
    let alice = {
        let a = dev_account("//Alice");
        let b: &[u8; 32] = a.as_ref();
        tao::ss58::encode_default(b)
    };
    let alice_hot = {
        let a = dev_account("//Alice//hot");
        let b: &[u8; 32] = a.as_ref();
        tao::ss58::encode_default(b)
    };
    let commands: Vec<(&str, Vec<String>)> = vec![
        ("subnets list", vec!["subnets".into(), "list".into()]),
        (
            "subnets show --netuid 1",
            vec![
                "subnets".into(),
                "show".into(),
                "--netuid".into(),
                "1".into(),
            ],
        ),
        (
            "subnets metagraph --netuid 1",
            vec![
                "subnets".into(),
                "metagraph".into(),
                "--netuid".into(),
                "1".into(),
            ],
        ),
        (
            "subnets hyperparameters --netuid 1",
            vec![
                "subnets".into(),
                "hyperparameters".into(),
                "--netuid".into(),
                "1".into(),
            ],
        ),
        (
            "subnets burn-cost --netuid 1",
            vec![
                "subnets".into(),
                "burn-cost".into(),
                "--netuid".into(),
                "1".into(),
            ],
        ),
        ("subnets price", vec!["subnets".into(), "price".into()]),
        (
            "stake list --ss58 ALICE",
            vec![
                "stake".into(),
                "list".into(),
                "--ss58".into(),
                alice.clone(),
            ],
        ),
        (
            "stake sim --netuid 1 --amount 10",
            vec![
                "stake".into(),
                "sim".into(),
                "--netuid".into(),
                "1".into(),
                "--amount".into(),
                "10".into(),
            ],
        ),
        (
            "stake fee --netuid 1 --amount 10",
            vec![
                "stake".into(),
                "fee".into(),
                "--netuid".into(),
                "1".into(),
                "--amount".into(),
                "10".into(),
                "--hotkey-ss58".into(),
                alice_hot,
                "--ss58".into(),
                alice,
            ],
        ),
    ];
    let run =
        |cache: &std::path::Path, args: &[String]| -> (Duration, u64, BTreeMap<String, u64>) {
            devnet.ctx.reset_request_counts();
            let start = Instant::now();
            let out = Command::new(env!("CARGO_BIN_EXE_tao"))
                .env_clear()
                .env("HOME", home.path())
                .env("XDG_CACHE_HOME", cache)
                .env("XDG_CONFIG_HOME", home.path().join("config"))
                .args(["--network", &url, "--json", "--no-config"])
                .args(args)
                .output()
                .expect("tao runs");
            let took = start.elapsed();
            assert!(
                out.status.success(),
                "{:?} failed: {}",
                args,
                String::from_utf8_lossy(&out.stderr)
            );
            let counts = devnet.ctx.request_counts();
            (took, counts.values().sum(), counts)
        };
    let mut table = String::from(
        "| command | requests (cold cache) | requests (warm cache) | warm requests by method | wall time (median of 5, warm) |\n|---|---|---|---|---|\n",
    );
    for (label, args) in &commands {
        // A fresh cache per command: the first run downloads the genesis hash and metadata.
        let cache = tempfile::tempdir().expect("cache dir");
        let (_, cold, _) = run(cache.path(), args);
        let mut times = Vec::new();
        let mut warm = 0;
        let mut by_method = BTreeMap::new();
        for _ in 0..RUNS {
            let (t, n, m) = run(cache.path(), args);
            times.push(t);
            warm = n;
            by_method = m;
        }
        times.sort();
        let median = times[RUNS / 2];
        let methods: Vec<String> = by_method.iter().map(|(k, v)| format!("{k}×{v}")).collect();
        table.push_str(&format!(
            "| `tao {label}` | {cold} | {warm} | {} | {} ms |\n",
            methods.join(", "),
            median.as_millis()
        ));
    }
    let _ = std::io::Write::write_all(&mut std::io::stdout(), table.as_bytes());
    if let Ok(path) = std::env::var("TAO_BENCH_OUT") {
        std::fs::write(&path, &table).expect("write the table");
    }
    devnet.stop();
}
