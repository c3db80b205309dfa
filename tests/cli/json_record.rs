//! The `--json` output of every command, recorded on one in-process devnet and compared with
//! committed insta snapshots (`tests/snapshots/cli_json_record__*.snap`).
//!
//! The commands run in a fixed order against one chain, so their results are deterministic;
//! what still varies between runs (block numbers and hashes, signatures, signed bytes, random
//! keys, the sandbox's paths and the devnet's port) is redacted by [`redact`]. A refactoring that
//! keeps behaviour keeps every snapshot; an intended change is reviewed with `cargo insta review`
//! or accepted with `INSTA_UPDATE=always cargo test --test cli_json_record`.

use crate::support::Sandbox;
use crate::support::devnet::*;
use serde_json::Value;

/// Keys whose values differ from run to run (or with the block the run happens to reach).
const VOLATILE_KEYS: &[&str] = &[
    "block_hash",
    "block_number",
    "birth_block",
    "extrinsic",
    "extrinsic_hash",
    "signature",
    "requests",
    "metadata_cached",
    "commit",
    "salt",
    "commit_hash",
    // MEV shield: the wrapper carries fresh randomness; the key rotates every block.
    "wrapper_hash",
    "wrapper_extrinsic",
    "key_hash",
    "key_block",
];

/// Replace run-dependent values: the keys above, the sandbox path and the devnet URL.
fn redact(v: &mut Value, home: &str, url: &str, extra: &[&str]) {
    match v {
        Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                let is_block = k == "block" && val.is_object();
                if VOLATILE_KEYS.contains(&k.as_str()) || extra.contains(&k.as_str()) {
                    if !val.is_null() {
                        *val = Value::String("[redacted]".into());
                    }
                } else if is_block {
                    for inner in ["number", "hash"] {
                        if let Some(x) = val.get_mut(inner)
                            && !x.is_null()
                        {
                            *x = Value::String("[redacted]".into());
                        }
                    }
                } else {
                    redact(val, home, url, extra);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                redact(item, home, url, extra);
            }
        }
        Value::String(s) if s.contains(home) || s.contains(url) => {
            *s = s.replace(home, "[HOME]").replace(url, "[URL]");
        }
        _ => {}
    }
}

struct Recorder {
    net: Net,
    sb: Sandbox,
    home: String,
    url: String,
    seen: Vec<String>,
}

impl Recorder {
    /// Run `tao --json -y ARGS` and compare its exit code and redacted envelope with the snapshot
    /// `name`; `extra` names more keys to redact for this command (random keys).
    fn record(&mut self, name: &str, args: &[&str], extra: &[&str]) -> Value {
        assert!(
            !self.seen.iter().any(|s| s == name),
            "snapshot name {name} used twice"
        );
        self.seen.push(name.to_string());
        let mut full = vec!["--json", "-y"];
        full.extend_from_slice(args);
        let run = tao(&self.sb, &self.net, &full);
        let mut v: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
            panic!(
                "{name}: stdout is not one JSON document ({e}):\n{}\nstderr:\n{}",
                run.stdout, run.stderr
            )
        });
        let raw = v.clone();
        redact(&mut v, &self.home, &self.url, extra);
        let text = format!(
            "exit: {}\n{}",
            run.code,
            serde_json::to_string_pretty(&v).unwrap()
        );
        insta::assert_snapshot!(name, text);
        raw
    }

    fn file(&self, name: &str, text: &str) -> String {
        let p = self.sb.home().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_string_lossy().into_owned()
    }
}

const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

#[test]
fn every_command_json_output_is_recorded() {
    let net = start();
    let sb = Sandbox::new();
    let root = sb.home().join("wallets");
    make_wallet(&root, "alice", "//Alice", "//Alice//hot", None);
    make_wallet(&root, "bob", "//Bob", "//Bob//hot", None);
    make_wallet(&root, "ferdie", "//Ferdie", "//Ferdie//hot", None);
    let home = sb.home().to_string_lossy().into_owned();
    let url = net.devnet.url();
    let mut r = Recorder {
        net,
        sb,
        home,
        url,
        seen: Vec::new(),
    };
    let alice = ss58_of("//Alice");
    let bob_hot = ss58_of("//Bob//hot");
    let dave = ss58_of("//Dave");
    let ferdie = ss58_of("//Ferdie");
    let password = r.file("password.txt", "correct horse\n");
    let password2 = r.file("password2.txt", "battery staple\n");
    let mnemonic = r.file("mnemonic.txt", &format!("{ABANDON}\n"));
    let seed = r.file(
        "seed.txt",
        "0x6fa2796b0071cac425d8a7851038318c2c37dcebfe4bae73197ce93e75909bd2\n",
    );

    let [m1, m2, m3] = ["m1.json", "m2.json", "m3.json"]
        .map(|f| r.sb.home().join(f).to_string_lossy().into_owned());

    // Offline utilities and configuration.
    r.record("utils_convert", &["utils", "convert", "--tao", "1.5"], &[]);
    r.record(
        "utils_convert_rao",
        &["utils", "convert", "--rao", "7"],
        &[],
    );
    r.record(
        "utils_ss58_encode",
        &[
            "utils",
            "ss58",
            "encode",
            "--prefix",
            "0",
            "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
        ],
        &[],
    );
    r.record(
        "utils_ss58_decode",
        &["utils", "ss58", "decode", &alice],
        &[],
    );
    r.record(
        "utils_ss58_validate",
        &["utils", "ss58", "validate", &alice, "--prefix", "42"],
        &[],
    );
    r.record(
        "utils_ss58_validate_bad",
        &["utils", "ss58", "validate", "5Grw"],
        &[],
    );
    r.record("config_set", &["config", "set", "tolerance", "0.01"], &[]);
    r.record("config_show", &["config", "show", "--resolved"], &[]);
    r.record("config_unset", &["config", "unset", "tolerance"], &[]);

    // Wallets and keys.
    r.record(
        "wallet_create",
        &[
            "--wallet-name",
            "fresh",
            "wallet",
            "create",
            "--no-password",
            "--words",
            "12",
            "--mnemonic-out",
            &m1,
        ],
        &["ss58", "public_key", "mnemonic"],
    );
    r.record(
        "wallet_new_coldkey",
        &[
            "--wallet-name",
            "fresh2",
            "wallet",
            "new-coldkey",
            "--no-password",
            "--mnemonic-out",
            &m2,
        ],
        &["ss58", "public_key", "mnemonic"],
    );
    r.record(
        "wallet_new_hotkey",
        &[
            "--wallet-name",
            "fresh2",
            "-H",
            "h2",
            "wallet",
            "new-hotkey",
            "--mnemonic-out",
            &m3,
        ],
        &["ss58", "public_key", "mnemonic"],
    );
    r.record(
        "wallet_regen_coldkey",
        &[
            "--wallet-name",
            "abandon",
            "wallet",
            "regen-coldkey",
            "--mnemonic-file",
            &mnemonic,
            "--password-file",
            &password,
        ],
        &[],
    );
    r.record(
        "wallet_regen_coldkeypub",
        &[
            "--wallet-name",
            "watch",
            "wallet",
            "regen-coldkeypub",
            "--ss58",
            &alice,
        ],
        &[],
    );
    r.record(
        "wallet_regen_hotkey",
        &[
            "--wallet-name",
            "abandon",
            "-H",
            "seeded",
            "wallet",
            "regen-hotkey",
            "--seed-file",
            &seed,
        ],
        &[],
    );
    r.record(
        "wallet_regen_hotkey_exists",
        &[
            "--wallet-name",
            "abandon",
            "-H",
            "seeded",
            "wallet",
            "regen-hotkey",
            "--seed-file",
            &seed,
        ],
        &[],
    );
    r.record("wallet_list", &["wallet", "list"], &["ss58", "public_key"]);
    r.record(
        "wallet_inspect",
        &["--wallet-name", "abandon", "wallet", "inspect"],
        &[],
    );
    let signed = r.record(
        "wallet_sign",
        &[
            "--wallet-name",
            "alice",
            "wallet",
            "sign",
            "--message",
            "hello",
        ],
        &[],
    );
    let signature = signed["data"]["signature"].as_str().unwrap().to_string();
    r.record(
        "wallet_verify",
        &[
            "wallet",
            "verify",
            "--message",
            "hello",
            "--signature",
            &signature,
            "--address",
            &alice,
        ],
        &[],
    );
    r.record(
        "wallet_verify_wrong_message",
        &[
            "wallet",
            "verify",
            "--message",
            "bye",
            "--signature",
            &signature,
            "--address",
            &alice,
        ],
        &[],
    );
    r.record(
        "wallet_sign_wrong_password",
        &[
            "--wallet-name",
            "abandon",
            "wallet",
            "sign",
            "--message",
            "hello",
            "--password-file",
            &password2,
        ],
        &[],
    );
    r.record(
        "wallet_change_password",
        &[
            "--wallet-name",
            "abandon",
            "wallet",
            "change-password",
            "--password-file",
            &password,
            "--new-password-file",
            &password2,
        ],
        &[],
    );
    r.record(
        "wallet_encrypt_hotkey",
        &[
            "--wallet-name",
            "abandon",
            "-H",
            "seeded",
            "wallet",
            "encrypt-hotkey",
            "--password-file",
            &password,
        ],
        &[],
    );
    r.record(
        "wallet_decrypt_hotkey",
        &[
            "--wallet-name",
            "abandon",
            "-H",
            "seeded",
            "wallet",
            "decrypt-hotkey",
            "--password-file",
            &password,
        ],
        &[],
    );

    // Reads.
    r.record(
        "wallet_balance",
        &["--wallet-name", "alice", "wallet", "balance"],
        &[],
    );
    r.record(
        "wallet_balance_all",
        &["wallet", "balance", "--all"],
        &["ss58"],
    );
    r.record(
        "wallet_overview",
        &["--wallet-name", "alice", "wallet", "overview"],
        &[],
    );
    r.record("subnets_list", &["subnets", "list"], &[]);
    r.record("subnets_show", &["subnets", "show", "--netuid", "1"], &[]);
    r.record(
        "subnets_show_missing",
        &["subnets", "show", "--netuid", "77"],
        &[],
    );
    r.record(
        "subnets_metagraph",
        &["subnets", "metagraph", "--netuid", "1"],
        &[],
    );
    r.record(
        "subnets_metagraph_mechanism",
        &["subnets", "metagraph", "--netuid", "3", "--mechid", "1"],
        &[],
    );
    r.record(
        "subnets_mechanisms_show",
        &["subnets", "mechanisms", "show", "--netuid", "3"],
        &[],
    );
    r.record(
        "subnets_hyperparameters",
        &["subnets", "hyperparameters", "--netuid", "2"],
        &[],
    );
    r.record(
        "subnets_burn_cost",
        &["subnets", "burn-cost", "--netuid", "1"],
        &[],
    );
    r.record("subnets_price", &["subnets", "price"], &[]);
    r.record("stake_list", &["stake", "list", "--ss58", &alice], &[]);
    r.record(
        "stake_sim",
        &["stake", "sim", "--netuid", "1", "--amount", "1.5"],
        &[],
    );
    r.record(
        "stake_sim_unstake",
        &[
            "stake",
            "sim",
            "--netuid",
            "1",
            "--amount",
            "1.5",
            "--unstake",
        ],
        &[],
    );
    r.record(
        "stake_fee",
        &[
            "--wallet-name",
            "alice",
            "stake",
            "fee",
            "--netuid",
            "1",
            "--amount",
            "1",
        ],
        &[],
    );

    // Transactions: a dry run, then the real thing.
    // (snapshot, wallet, arguments, keys to redact: the v2 commit's salt is random)
    let tx: &[(&str, &str, Vec<&str>, &[&str])] = &[
        (
            "wallet_transfer",
            "alice",
            vec!["wallet", "transfer", "--dest", &ferdie, "--amount", "1"],
            &[],
        ),
        (
            "stake_add",
            "alice",
            vec!["stake", "add", "--netuid", "1", "--amount", "2"],
            &[],
        ),
        (
            "stake_remove",
            "alice",
            vec!["stake", "remove", "--netuid", "1", "--amount", "0.5"],
            &[],
        ),
        (
            "stake_move",
            "alice",
            vec![
                "stake",
                "move",
                "--origin-netuid",
                "1",
                "--dest-hotkey",
                &bob_hot,
                "--amount",
                "0.25",
            ],
            &[],
        ),
        (
            "stake_transfer",
            "alice",
            vec![
                "stake",
                "transfer",
                "--origin-netuid",
                "1",
                "--dest",
                &dave,
                "--amount",
                "0.25",
            ],
            &[],
        ),
        (
            "stake_swap",
            "alice",
            vec![
                "stake",
                "swap",
                "--origin-netuid",
                "1",
                "--dest-netuid",
                "2",
                "--amount",
                "0.25",
            ],
            &[],
        ),
        (
            "weights_set",
            "alice",
            vec![
                "weights",
                "set",
                "--netuid",
                "1",
                "--uids",
                "1,2",
                "--weights",
                "0.3,0.7",
            ],
            &[],
        ),
        (
            "weights_commit",
            "alice",
            vec![
                "weights",
                "commit",
                "--netuid",
                "2",
                "--uids",
                "1,3",
                "--weights",
                "0.2,0.8",
            ],
            &["call_data", "2"],
        ),
        (
            "subnets_register",
            "ferdie",
            vec!["subnets", "register", "--netuid", "1"],
            &[],
        ),
        ("subnets_create", "ferdie", vec!["subnets", "create"], &[]),
    ];
    for (name, wallet, args, extra) in tx {
        let mut a = vec!["--wallet-name", wallet];
        a.extend_from_slice(args);
        let mut dry = a.clone();
        dry.push("--dry-run");
        r.record(&format!("{name}_dry_run"), &dry, extra);
        r.record(name, &a, extra);
    }
    r.record(
        "weights_set_rate_limited",
        &[
            "--wallet-name",
            "alice",
            "weights",
            "set",
            "--netuid",
            "1",
            "--uids",
            "1",
            "--weights",
            "1",
        ],
        &[],
    );
    r.record(
        "weights_set_commit_reveal_dry_run",
        &[
            "--wallet-name",
            "bob",
            "weights",
            "set",
            "--netuid",
            "2",
            "--uids",
            "0,3",
            "--weights",
            "0.5,0.5",
            "--dry-run",
        ],
        &["call_data"],
    );
    let mut opened = false;
    for _ in 0..30 {
        let probe = tao(
            &r.sb,
            &r.net,
            &[
                "--json",
                "-y",
                "--wallet-name",
                "alice",
                "weights",
                "reveal",
                "--netuid",
                "2",
                "--dry-run",
            ],
        );
        if probe.code == 0 {
            opened = true;
            break;
        }
        r.net.devnet.ctx.new_blocks(1);
    }
    assert!(opened, "the reveal window never opened");
    // The salt is random: the call data and the commit hash in the events are redacted.
    r.record(
        "weights_reveal",
        &[
            "--wallet-name",
            "alice",
            "weights",
            "reveal",
            "--netuid",
            "2",
        ],
        &["call_data", "2"],
    );
    r.record(
        "weights_reveal_nothing_left",
        &[
            "--wallet-name",
            "alice",
            "weights",
            "reveal",
            "--netuid",
            "2",
        ],
        &[],
    );
    let created = tao(&r.sb, &r.net, &["--json", "subnets", "list"]).json();
    let newest = created["data"]["subnets"]
        .as_array()
        .and_then(|s| s.iter().filter_map(|x| x["netuid"].as_u64()).max())
        .expect("a subnet list")
        .to_string();
    // The new subnet may start once its start delay has passed.
    r.net.devnet.ctx.new_blocks(10);
    r.record(
        "subnets_start",
        &[
            "--wallet-name",
            "ferdie",
            "subnets",
            "start",
            "--netuid",
            &newest,
        ],
        &[],
    );
    r.record(
        "stake_list_after",
        &["stake", "list", "--ss58", &alice],
        &[],
    );
    r.record(
        "wallet_balance_after",
        &["--wallet-name", "ferdie", "wallet", "balance"],
        &[],
    );

    // The Yuma engine offline, on reference case 12.
    let input = r.file("epoch.json", &crate::yuma::case(12)["input"].to_string());
    r.record(
        "yuma_simulate",
        &["yuma", "simulate", "--input", &input],
        &[],
    );
    r.record(
        "yuma_simulate_preview",
        &[
            "yuma",
            "simulate",
            "--input",
            &input,
            "--as-uid",
            "1",
            "--uids",
            "0,5,7",
            "--weights",
            "0.5,0.3,0.2",
        ],
        &[],
    );

    // Mechanisms (a weight row on mechanism 1 of subnet 3, the owner's settings) and the
    // delegate take, each as a dry run and for real (last, so the blocks they add change
    // nothing recorded above).
    let ferdie_dest = format!("dest={ferdie}");
    let batch = r.file(
        "batch.json",
        &serde_json::json!([
            { "call": "Balances.transfer_keep_alive", "args": { "dest": ferdie, "value": "0.5tao" } },
            { "call": "System.remark_with_event", "args": { "remark": "tao" } },
        ])
        .to_string(),
    );
    let mechanism_txs: [(&str, &str, Vec<&str>); 6] = [
        (
            "weights_set_mechanism",
            "alice",
            vec![
                "weights",
                "set",
                "--netuid",
                "3",
                "--mechid",
                "1",
                "--uids",
                "2,3",
                "--weights",
                "1,1",
            ],
        ),
        (
            "subnets_mechanisms_set_emission_split",
            "alice",
            vec![
                "subnets",
                "mechanisms",
                "set-emission-split",
                "--netuid",
                "3",
                "--split",
                "70,30",
            ],
        ),
        (
            "subnets_mechanisms_set_count",
            "alice",
            vec![
                "subnets",
                "mechanisms",
                "set-count",
                "--netuid",
                "3",
                "--count",
                "1",
            ],
        ),
        (
            "wallet_set_take",
            "alice",
            vec!["wallet", "set-take", "--take", "0.1"],
        ),
        (
            "call_transfer_keep_alive",
            "bob",
            vec![
                "call",
                "Balances",
                "transfer_keep_alive",
                &ferdie_dest,
                "value=1tao",
            ],
        ),
        ("tx_batch", "bob", vec!["tx", "batch", &batch]),
    ];
    for (name, wallet, args) in mechanism_txs {
        let mut a = vec!["--wallet-name", wallet];
        a.extend_from_slice(&args);
        let mut dry = a.clone();
        dry.push("--dry-run");
        r.record(&format!("{name}_dry_run"), &dry, &["call_data"]);
        r.record(name, &a, &["call_data"]);
    }
    r.record(
        "wallet_get_take",
        &["--wallet-name", "alice", "wallet", "get-take"],
        &[],
    );
    let subnet = r.file(
        "subnet.json",
        &serde_json::json!({
            "emission_split": [39321, 26214],
            "mechanisms": [crate::yuma::case(12)["input"], crate::yuma::case(12)["input"]],
        })
        .to_string(),
    );
    r.record(
        "query_item",
        &["query", "SubtensorModule", "Tempo", "1"],
        &[],
    );
    r.record(
        "query_prefix",
        &[
            "query",
            "SubtensorModule",
            "SubnetOwner",
            "--prefix",
            "--limit",
            "2",
        ],
        &[],
    );
    r.record("query_list", &["query", "--list", "Balances"], &[]);
    r.record(
        "query_unknown_item",
        &["query", "SubtensorModule", "Tempoo", "1"],
        &[],
    );
    r.record(
        "api_call",
        &[
            "api",
            "SubnetInfoRuntimeApi",
            "get_subnet_hyperparams_v2",
            "1",
        ],
        &[],
    );
    r.record("api_list", &["api", "--list", "SwapRuntimeApi"], &[]);
    r.record("call_list", &["call", "--list", "Utility"], &[]);
    r.record(
        "yuma_simulate_mechanisms",
        &["yuma", "simulate", "--input", &subnet],
        &[],
    );
    r.record(
        "stake_lock_add",
        &[
            "--wallet-name",
            "alice",
            "stake",
            "lock",
            "add",
            "--netuid",
            "1",
            "--amount",
            "10",
        ],
        &[],
    );
    r.record(
        "stake_lock_list",
        &["--wallet-name", "alice", "stake", "lock", "list"],
        &[],
    );
    r.record(
        "stake_lock_show",
        &["--wallet-name", "alice", "lock", "show", "--netuid", "1"],
        &[],
    );
    let ferdie_ss58 = ss58_of("//Ferdie");
    let alice_ss58 = ss58_of("//Alice");
    r.record(
        "proxy_add",
        &[
            "--wallet-name",
            "alice",
            "proxy",
            "add",
            "--delegate",
            &ferdie_ss58,
            "--type",
            "Staking",
        ],
        &[],
    );
    r.record(
        "proxy_list",
        &["--wallet-name", "alice", "proxy", "list"],
        &[],
    );
    r.record(
        "stake_add_proxy",
        &[
            "--wallet-name",
            "ferdie",
            "stake",
            "add",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &ss58_of("//Alice//hot"),
            "--amount",
            "1",
            "--proxy",
            &alice_ss58,
        ],
        &[],
    );
    r.record(
        "proxy_remove",
        &[
            "--wallet-name",
            "alice",
            "proxy",
            "remove",
            "--delegate",
            &ferdie_ss58,
            "--type",
            "Staking",
        ],
        &[],
    );
    r.record(
        "proxy_create_pure",
        &[
            "--wallet-name",
            "alice",
            "proxy",
            "create-pure",
            "--type",
            "Any",
        ],
        &[],
    );
    // Multisig and the proxy book (reads and local files only: the chain is left as it was).
    let sigs = format!("{alice_ss58},{},{ferdie_ss58}", ss58_of("//Bob"));
    let ms = r.record(
        "multisig_address",
        &[
            "multisig",
            "address",
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
        &[],
    );
    r.record(
        "multisig_list",
        &[
            "multisig",
            "list",
            "--multisig",
            ms["data"]["multisig"].as_str().unwrap(),
        ],
        &[],
    );
    r.record(
        "config_proxies_add",
        &[
            "config",
            "proxies",
            "add",
            "alice-vault",
            &alice_ss58,
            "--type",
            "Staking",
        ],
        &[],
    );
    r.record("config_proxies_list", &["config", "proxies", "list"], &[]);
    // Air-gapped signing: the unsigned file, its offline signature, decoding, submission.
    let unsigned = r.file("offline.unsigned.json", "");
    std::fs::remove_file(&unsigned).unwrap();
    let signed = r.sb.home().join("offline.signed.json");
    let signed = signed.to_string_lossy().into_owned();
    let volatile = ["signing_payload", "birth_hash", "metadata_hash"];
    r.record(
        "tx_unsigned_out",
        &[
            "--wallet-name",
            "bob",
            "wallet",
            "transfer",
            "--dest",
            &ferdie,
            "--amount",
            "1",
            "--unsigned-out",
            &unsigned,
        ],
        &volatile,
    );
    r.record(
        "tx_sign",
        &[
            "--wallet-name",
            "bob",
            "tx",
            "sign",
            &unsigned,
            "--out",
            &signed,
        ],
        &volatile,
    );
    r.record("tx_decode", &["tx", "decode", &signed], &volatile);
    r.record("tx_submit", &["tx", "submit", &signed], &volatile);
    // Crowdloans: the deadline (blocks from the head, the local clock's estimate) is redacted.
    let deadline = ["end", "block"];
    r.record(
        "crowd_create",
        &[
            "--wallet-name",
            "alice",
            "crowd",
            "create",
            "--deposit",
            "10",
            "--min",
            "1",
            "--cap",
            "20",
            "--duration",
            "100",
            "--target",
            &ferdie,
        ],
        &deadline,
    );
    r.record(
        "crowd_contribute",
        &[
            "--wallet-name",
            "bob",
            "crowd",
            "contribute",
            "--id",
            "0",
            "--amount",
            "4",
        ],
        &deadline,
    );
    r.record("crowd_list", &["crowd", "list"], &deadline);
    r.record(
        "crowd_info",
        &["crowd", "info", "--id", "0", "--show-contributors"],
        &deadline,
    );
    r.record(
        "crowd_contributors",
        &["crowd", "contributors", "--id", "0"],
        &deadline,
    );
}
