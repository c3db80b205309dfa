//! btcli 9.23.2 (PyPI `bittensor-cli`, the environment of `.ci/python-clients.sh`) against an
//! in-process devnet: `subnets list` and `subnets show` on the genesis subnets, including
//! subnet 3 with two mechanisms.
//!
//! btcli runs with a temporary HOME (its config and logs stay there), wide columns (its JSON is
//! printed through a console that would otherwise wrap it), no prompts, and HTTP(S) proxies
//! pointing at a closed local port, so that any request other than to the devnet on 127.0.0.1
//! fails instead of leaving the machine.

use std::path::PathBuf;
use std::process::Command;

use crate::support::devnet::{Net, start};
use serde_json::Value;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

/// The btcli executable: `TAO_BTCLI`, else the environment `.ci/python-clients.sh` makes. `None`
/// (with a message) when there is none; a failure under `CI=true`.
fn btcli() -> Option<PathBuf> {
    client("TAO_BTCLI", "btcli-9.23.2", ".ci/python-clients.sh")
}

/// A client executable: `$var`, else `bin/btcli` of the environment `venv` that `script` makes
/// under `${TAO_VENV_DIR:-~/.cache/tao-ci}`.
pub fn client(var: &str, venv: &str, script: &str) -> Option<PathBuf> {
    let path = match std::env::var_os(var) {
        Some(p) => PathBuf::from(p),
        None => {
            let base = std::env::var_os("TAO_VENV_DIR")
                .map(PathBuf::from)
                .or_else(|| {
                    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/tao-ci"))
                })?;
            base.join(venv).join("bin/btcli")
        }
    };
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{var} is required in CI: {} is missing (run {script})",
        path.display()
    );
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "skipping: no client at {} (run {script})",
        path.display()
    );
    None
}

/// A client process confined to the machine: a temporary HOME, wide columns, and HTTP(S)
/// proxies at a closed local port (the devnet on 127.0.0.1 is exempt).
pub fn confined(exe: &PathBuf, home: &std::path::Path) -> Command {
    let mut c = Command::new(exe);
    c.env_clear()
        .env("HOME", home)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("COLUMNS", "4000")
        .env("TERM", "dumb")
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .env("NO_PROXY", "127.0.0.1,localhost");
    c
}

/// Runs `exe ARGS FLAGS` and returns its stdout parsed as JSON; it must succeed.
pub fn run_json(exe: &PathBuf, home: &std::path::Path, args: &[&str], flags: &[&str]) -> Value {
    let out = confined(exe, home)
        .args(args)
        .args(flags)
        .output()
        .expect("the client runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{args:?} failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!("{args:?} printed no JSON ({e}):\nstdout:\n{stdout}\nstderr:\n{stderr}")
    })
}

/// Runs btcli 9 with `args` against the devnet and returns its stdout parsed as JSON.
fn run(btcli: &PathBuf, net: &Net, home: &std::path::Path, args: &[&str]) -> Value {
    let url = net.devnet.url();
    run_json(
        btcli,
        home,
        args,
        &["--network", url.as_str(), "--json-output"],
    )
}

/// `tao --json ARGS` against the devnet; its `data`.
pub fn tao_json(net: &Net, args: &[&str]) -> Value {
    let sb = crate::support::Sandbox::new();
    crate::support::devnet::ok(&crate::support::devnet::tao(
        &sb,
        net,
        &[&["--json"], args].concat(),
    ))
}

/// A devnet a block past genesis (btcli divides by the block number).
pub fn devnet() -> Net {
    let net = start();
    net.devnet.ctx.new_blocks(1);
    net
}

#[test]
fn btcli_lists_the_subnets_with_their_mechanism_counts() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    let list = run(&btcli, &net, home.path(), &["subnets", "list"]);
    let subnets = list["subnets"].as_object().expect("subnets by netuid");
    let netuids: Vec<u16> = net
        .devnet
        .ctx
        .read_state(|| st::NetworksAdded::<Runtime>::iter_keys().collect());
    assert_eq!(subnets.len(), netuids.len(), "{list}");
    for netuid in netuids {
        let s = &subnets[&netuid.to_string()];
        let (count, tao_in) = net.devnet.ctx.read_state(|| {
            (
                st::MechanismCountCurrent::<Runtime>::get(netuid),
                st::SubnetTAO::<Runtime>::get(netuid),
            )
        });
        assert_eq!(s["mechanisms"], u64::from(count), "subnet {netuid}: {s}");
        // tao reads the same count.
        let tao = tao_json(
            &net,
            &[
                "subnets",
                "mechanisms",
                "show",
                "--netuid",
                &netuid.to_string(),
            ],
        );
        assert_eq!(s["mechanisms"], tao["count"], "subnet {netuid}: tao {tao}");
        if netuid != 0 {
            // TAO in the pool, in TAO with 9 decimals as btcli prints it.
            let shown = s["liquidity"]["tao_in"].as_f64().unwrap();
            assert!(
                (shown * 1e9 - tao_in as f64).abs() < 1.0,
                "subnet {netuid}: {shown} vs {tao_in}"
            );
        }
    }
    assert_eq!(subnets["3"]["mechanisms"], 2);
    assert_eq!(subnets["1"]["mechanisms"], 1);
}

#[test]
fn btcli_shows_each_mechanism_of_subnet_3() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    for mechid in ["0", "1"] {
        let show = run(
            &btcli,
            &net,
            home.path(),
            &[
                "subnets",
                "show",
                "--netuid",
                "3",
                "--mechid",
                mechid,
                "--no-prompt",
            ],
        );
        assert_eq!(show["netuid"], 3, "{show}");
        assert_eq!(show["mechanism_id"], mechid.parse::<u64>().unwrap());
        assert_eq!(show["mechanism_count"], 2);
        let tao = tao_json(
            &net,
            &["subnets", "metagraph", "--netuid", "3", "--mechid", mechid],
        );
        assert_eq!(tao["mechanism_count"], show["mechanism_count"]);
        let uids = show["uids"].as_array().unwrap();
        assert_eq!(uids.len(), 4);
        for (uid, u) in uids.iter().enumerate() {
            let hotkey = net
                .devnet
                .ctx
                .read_state(|| st::Keys::<Runtime>::get(3, uid as u16));
            let bytes: &[u8; 32] = hotkey.as_ref();
            assert_eq!(u["hotkey"], tao::ss58::encode_default(bytes), "uid {uid}");
        }
    }
    let one = run(
        &btcli,
        &net,
        home.path(),
        &[
            "subnets",
            "show",
            "--netuid",
            "1",
            "--mechid",
            "0",
            "--no-prompt",
        ],
    );
    assert_eq!(one["mechanism_count"], 1);
}

#[test]
fn btcli_sudo_get_shows_the_values_tao_sudo_set() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    let sb = crate::support::Sandbox::new();
    crate::support::devnet::dev_wallet(&sb, "alice", "//Alice");
    let set = [
        ("immunity_period", "5000", Value::from(5000)),
        ("serving_rate_limit", "25", Value::from(25)),
        ("min_allowed_weights", "2", Value::from(2)),
        ("commit_reveal_weights_enabled", "true", Value::Bool(true)),
        ("transfers_enabled", "false", Value::Bool(false)),
        // The owner's own tempo (SubtensorModule.set_tempo at spec 425).
        ("tempo", "360", Value::from(360)),
    ];
    for (param, value, _) in &set {
        let mut done = false;
        for _ in 0..3 {
            let r = crate::support::devnet::tao(
                &sb,
                &net,
                &[
                    "--json",
                    "--wallet-name",
                    "alice",
                    "-y",
                    "sudo",
                    "set",
                    "--netuid",
                    "1",
                    "--param",
                    param,
                    "--value",
                    value,
                ],
            );
            if r.code != 0
                && r.stdout
                    .contains("AdminActionProhibitedDuringWeightsWindow")
            {
                net.devnet.ctx.new_blocks(3);
                continue;
            }
            crate::support::devnet::ok(&r);
            done = true;
            break;
        }
        assert!(done, "{param}");
    }
    let theirs = run(&btcli, &net, home.path(), &["sudo", "get", "--netuid", "1"]);
    let list = theirs.as_array().expect("a list of hyperparameters");
    for (param, _, want) in &set {
        let h = list
            .iter()
            .find(|h| h["hyperparameter"] == *param)
            .unwrap_or_else(|| panic!("btcli shows no {param}: {theirs}"));
        assert_eq!(h["value"], *want, "{param}");
    }
}

#[test]
fn btcli_reads_hyperparameters_metagraph_and_balance_as_tao_does() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();

    // Hyperparameters: every integer and boolean btcli shows is tao's.
    let theirs = run(
        &btcli,
        &net,
        home.path(),
        &["subnets", "hyperparameters", "--netuid", "1"],
    );
    let ours = tao_json(&net, &["subnets", "hyperparameters", "--netuid", "1"]);
    let ours = &ours["hyperparameters"];
    let mut compared = 0;
    for h in theirs.as_array().expect("a list of hyperparameters") {
        let name = h["hyperparameter"].as_str().unwrap();
        let (v, mine) = (&h["value"], &ours[name]);
        if v.is_boolean() || v.is_u64() {
            let mine = match mine {
                Value::Object(m) => m["rao"]
                    .as_str()
                    .unwrap()
                    .parse::<u64>()
                    .map(Value::from)
                    .unwrap(),
                other => other.clone(),
            };
            assert_eq!(*v, mine, "{name}");
            compared += 1;
        }
    }
    assert!(compared >= 20, "only {compared} hyperparameters compared");

    // The metagraph: the same uids, hotkeys and coldkeys.
    let theirs = run(
        &btcli,
        &net,
        home.path(),
        &["subnets", "metagraph", "--netuid", "1", "--no-prompt"],
    );
    let ours = tao_json(&net, &["subnets", "metagraph", "--netuid", "1"]);
    let (t, o) = (
        theirs["uids"].as_array().unwrap(),
        ours["neurons"].as_array().unwrap(),
    );
    assert_eq!(t.len(), o.len());
    for (a, b) in t.iter().zip(o) {
        assert_eq!(a["uid"], b["uid"]);
        assert_eq!(a["hotkey"], b["hotkey"]);
        assert_eq!(a["coldkey"], b["coldkey"]);
    }

    // A balance: btcli's free TAO (a float) against tao's exact rao.
    let alice = crate::support::devnet::ss58_of("//Alice");
    let theirs = run(
        &btcli,
        &net,
        home.path(),
        &["wallet", "balance", "--ss58", &alice],
    );
    let ours = tao_json(&net, &["wallet", "balance", "--ss58", &alice]);
    let free_rao: u64 = ours["accounts"][0]["free"]["rao"]
        .as_str()
        .unwrap_or_else(|| panic!("no free balance in {ours}"))
        .parse()
        .unwrap();
    let shown = theirs["totals"]["free"].as_f64().unwrap();
    assert!(
        (shown * 1e9 - free_rao as f64).abs() < 1.0,
        "btcli {shown} τ, tao {free_rao} rao"
    );
}

#[test]
fn btcli_transfers_from_a_wallet_tao_wrote() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let home = tempfile::tempdir().unwrap();
    let wallets = home.path().join("wallets");
    crate::support::devnet::make_wallet(&wallets, "bob", "//Bob", "//Bob//hot", None);
    let free = |seed: &str| crate::support::devnet::free_of(&net, seed);
    let (bob, dave) = (free("//Bob"), free("//Dave"));
    let dest = crate::support::devnet::ss58_of("//Dave");
    let wallet_path = wallets.to_string_lossy().into_owned();
    let out = run(
        &btcli,
        &net,
        home.path(),
        &[
            "wallet",
            "transfer",
            "--dest",
            &dest,
            "--amount",
            "1.5",
            "--wallet-name",
            "bob",
            "--wallet-path",
            &wallet_path,
            "--no-prompt",
        ],
    );
    assert_eq!(out["success"], true, "{out}");
    // tao reads the result: exactly 1.5 TAO arrived; the sender paid it and a fee.
    assert_eq!(free("//Dave") - dave, 1_500_000_000);
    let paid = bob - free("//Bob");
    assert!(paid > 1_500_000_000 && paid < 1_501_000_000, "paid {paid}");
}

#[test]
fn btcli_reads_the_identities_tao_set() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let sb = crate::support::Sandbox::new();
    crate::support::devnet::dev_wallet(&sb, "alice", "//Alice");
    let set = |args: &[&str]| {
        crate::support::devnet::ok(&crate::support::devnet::tao(
            &sb,
            &net,
            &[&["--json", "-y", "--wallet-name", "alice"], args].concat(),
        ))
    };
    set(&[
        "wallet",
        "set-identity",
        "--id-name",
        "Alice V",
        "--url",
        "https://alice.example",
        "--discord",
        "alice#1",
    ]);
    let alice = crate::support::devnet::ss58_of("//Alice");
    let home = tempfile::tempdir().unwrap();
    let id = run(
        &btcli,
        &net,
        home.path(),
        &["wallet", "get-identity", "--ss58", &alice],
    );
    assert_eq!(id["name"], "Alice V", "{id}");
    assert_eq!(id["url"], "https://alice.example", "{id}");
    assert_eq!(id["discord"], "alice#1", "{id}");
}

#[test]
fn btcli_reads_the_children_tao_set() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let sb = crate::support::Sandbox::new();
    crate::support::devnet::dev_wallet(&sb, "dave", "//Dave");
    let eve_hot = crate::support::devnet::ss58_of("//Eve//hot");
    let d = crate::support::devnet::ok(&crate::support::devnet::tao(
        &sb,
        &net,
        &[
            "--json",
            "-y",
            "--wallet-name",
            "dave",
            "stake",
            "child",
            "set",
            "--netuid",
            "1",
            "--children",
            &eve_hot,
            "--proportions",
            "0.5",
        ],
    ));
    let cooldown = d["details"]["cooldown_blocks"].as_u64().unwrap() as u32;
    net.devnet.ctx.new_blocks(cooldown + 12);
    let wallets = sb.home().join("wallets");
    let out = run(
        &btcli,
        &net,
        sb.home().as_path(),
        &[
            "stake",
            "child",
            "get",
            "--netuid",
            "1",
            "--wallet-name",
            "dave",
            "--wallet-path",
            wallets.to_str().unwrap(),
            "--hotkey",
            "default",
        ],
    );
    assert!(out.to_string().contains(&eve_hot), "{out}");
}

/// `amount` (TAO or α as btcli prints it, a float) is `rao` within float rounding.
fn same_amount(amount: &Value, rao: &Value, what: &str) {
    let shown = amount
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: {amount}"));
    let rao: u64 = rao["rao"]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: {rao}"))
        .parse()
        .unwrap();
    assert!(
        (shown * 1e9 - rao as f64).abs() < 1.0,
        "{what}: btcli {shown}, tao {rao} rao"
    );
}

#[test]
fn btcli_shows_the_subnet_identity_names_stakes_and_claim_type_tao_wrote() {
    let Some(btcli) = btcli() else { return };
    let net = devnet();
    let sb = crate::support::Sandbox::new();
    crate::support::devnet::dev_wallet(&sb, "alice", "//Alice");
    crate::support::devnet::dev_wallet(&sb, "bob", "//Bob");
    let write = |wallet: &str, args: &[&str]| {
        crate::support::devnet::ok(&crate::support::devnet::tao(
            &sb,
            &net,
            &[&["--json", "-y", "--wallet-name", wallet], args].concat(),
        ))
    };
    let (alice, alice_hot) = (
        crate::support::devnet::ss58_of("//Alice"),
        crate::support::devnet::ss58_of("//Alice//hot"),
    );
    // Alice owns subnet 3: tao sets its identity and her coldkey's; Bob stakes on her hotkey
    // there; Alice stakes on root through her hotkey and keeps her root dividends on subnet 3.
    write(
        "alice",
        &[
            "subnets",
            "set-identity",
            "--netuid",
            "3",
            "--subnet-name",
            "Vision",
            "--subnet-url",
            "https://vision.example",
        ],
    );
    write("alice", &["wallet", "set-identity", "--id-name", "Alice V"]);
    let before = tao_json(&net, &["subnets", "metagraph", "--netuid", "3"]);
    let staked = |netuid: &str, wallet: &str| {
        write(
            wallet,
            &[
                "stake",
                "add",
                "--netuid",
                netuid,
                "--hotkey-ss58",
                &alice_hot,
                "--amount",
                "5",
                "--unsafe",
            ],
        )
    };
    staked("3", "bob");
    staked("0", "alice");
    write("alice", &["stake", "set-claim", "keep", "--netuids", "3"]);
    net.devnet.ctx.new_blocks(1);

    let home = tempfile::tempdir().unwrap();
    let show = run(
        &btcli,
        &net,
        home.path(),
        &[
            "subnets",
            "show",
            "--netuid",
            "3",
            "--mechid",
            "0",
            "--no-prompt",
        ],
    );
    let ours = tao_json(&net, &["subnets", "metagraph", "--netuid", "3"]);
    let subnet = tao_json(&net, &["subnets", "show", "--netuid", "3"]);

    // The subnet: its identity's name, the owner by her identity, pools and burn as tao reads
    // them.
    assert_eq!(show["name"], ": Vision", "{show}");
    assert_eq!(ours["identity"]["subnet_name"], "Vision");
    assert_eq!(show["owner"], alice.as_str());
    assert_eq!(show["owner_identity"], "Alice V", "{show}");
    same_amount(&show["tao_pool"], &ours["tao_in"], "TAO pool");
    same_amount(&show["alpha_pool"], &ours["alpha_in"], "α pool");
    same_amount(
        &show["registration_cost"],
        &ours["burn"],
        "registration cost",
    );
    same_amount(&show["rate"], &subnet["subnet"]["price"], "price");
    assert_eq!(show["tempo"]["tempo"], ours["tempo"]);

    // The uids: keys, names, α stakes; Alice's hotkey carries Bob's new stake.
    let uids = show["uids"].as_array().unwrap();
    let neurons = ours["neurons"].as_array().unwrap();
    assert_eq!(uids.len(), neurons.len());
    for u in uids {
        let uid = u["uid"].as_u64().unwrap() as usize;
        let n = &neurons[uid];
        assert_eq!(u["hotkey"], n["hotkey"], "uid {uid}");
        assert_eq!(u["coldkey"], n["coldkey"], "uid {uid}");
        same_amount(
            &u["alpha_stake"],
            &n["alpha_stake"],
            &format!("uid {uid} α"),
        );
        let identity = u["identity"].as_str().unwrap();
        match n["name"].as_str() {
            Some(name) => assert!(identity.contains(name), "uid {uid}: {identity} vs {name}"),
            None => assert!(!identity.contains("Alice V"), "uid {uid}: {identity}"),
        }
    }
    let alpha = |v: &Value| -> u64 { v["alpha_stake"]["rao"].as_str().unwrap().parse().unwrap() };
    assert_eq!(neurons[0]["hotkey"], alice_hot.as_str());
    assert_eq!(neurons[0]["name"], "Alice V");
    assert!(alpha(&neurons[0]) > alpha(&before["neurons"][0]) + 4_000_000_000);
    let u0 = uids.iter().find(|u| u["uid"] == 0).unwrap();
    assert!(u0["identity"].as_str().unwrap().contains("Alice V"), "{u0}");

    // Alice's root stake through her hotkey, as btcli shows it, and her claim type.
    let root: u64 = neurons[0]["tao_stake"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(root >= 4_900_000_000, "{}", neurons[0]);
    // btcli weights it by its own constant TAO_WEIGHT (0.18), not the chain's TaoWeight.
    let weight = 0.18;
    let shown = u0["tao_stake"].as_f64().unwrap();
    assert!(
        (shown - root as f64 / 1e9 * weight).abs() < 1e-6,
        "btcli {shown}, tao {root} rao × {weight}"
    );
    assert_eq!(u0["claim_type"], "KeepSubnets", "{u0}");
    assert_eq!(u0["claim_type_subnets"], serde_json::json!([3]), "{u0}");
}
