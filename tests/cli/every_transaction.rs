//! Every transaction command through the shared signing pipeline, against an in-process devnet:
//! an independent decode of its `--dry-run` bytes (layout, the call's indices from the runtime
//! metadata, the signature over the rebuilt payload), a wrong password (exit 3, nothing
//! submitted) and the connection dropped while watching (exit 5, submitted exactly once).

use std::sync::OnceLock;

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use tao::wallet::keyfile::Protection;
use tao::wallet::{Keypair, NaclKey, SecretString, Wallet};

const PASSWORD: &str = "right horse";

/// The `$NACL` key of [`PASSWORD`], derived once for all the tests of this file.
fn nacl() -> &'static NaclKey {
    static KEY: OnceLock<NaclKey> = OnceLock::new();
    KEY.get_or_init(|| NaclKey::derive(&SecretString::copy_from(PASSWORD)).unwrap())
}

/// Two wallets over the same keys: `plain` (nothing encrypted) and `locked` (coldkey and hotkey
/// encrypted with [`PASSWORD`]).
fn wallets(sb: &Sandbox, cold: &str, hot: &str) {
    let root = sb.home().join("wallets");
    make_wallet(&root, "plain", cold, hot, None);
    let w = Wallet::new(&root, "locked").unwrap();
    std::fs::create_dir_all(w.hotkeys_dir()).unwrap();
    let ck = Keypair::from_uri(&SecretString::new(cold.to_string())).unwrap();
    w.coldkey()
        .write_keypair(&ck, Protection::Nacl(nacl()), true)
        .unwrap();
    w.coldkeypub().write_public(&ck, true).unwrap();
    let hk = Keypair::from_uri(&SecretString::new(hot.to_string())).unwrap();
    w.hotkey("default")
        .unwrap()
        .write_keypair(&hk, Protection::Nacl(nacl()), true)
        .unwrap();
    w.hotkeypub("default")
        .unwrap()
        .write_public(&hk, true)
        .unwrap();
}

fn run(
    sb: &Sandbox,
    net: &Net,
    wallet: &str,
    args: &[&str],
    extra: &[&str],
) -> crate::support::Run {
    let mut a = vec!["--json", "--wallet-name", wallet, "-y"];
    a.extend_from_slice(args);
    a.extend_from_slice(extra);
    tao(sb, net, &a)
}

/// The three checks for one command: dry run, wrong password, dropped connection.
fn every_path(sb: &Sandbox, net: &Net, signer_seed: &str, args: &[&str]) {
    let before = submissions(net);
    let d = ok(&run(sb, net, "plain", args, &["--dry-run"]));
    check_dry_run(net, &d, signer_seed);
    assert_eq!(submissions(net), before, "a dry run submits nothing");
    crate::offline::offline_path(sb, net, "plain", signer_seed, args, &d);

    let pw = sb.home().join("wrong-password");
    std::fs::write(&pw, "wrong battery\n").unwrap();
    let pw = pw.to_string_lossy().into_owned();
    let r = run(sb, net, "locked", args, &["--password-file", &pw]);
    assert_eq!(r.code, 3, "stderr:\n{}\nstdout:\n{}", r.stderr, r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "wallet.wrong_password");
    assert!(!r.stdout.contains("wrong battery") && !r.stderr.contains("wrong battery"));
    assert_eq!(submissions(net), before, "nothing submitted");

    net.devnet.ctx.drop_connections_after(1);
    let r = run(sb, net, "plain", args, &[]);
    assert_eq!(r.code, 5, "stderr:\n{}\nstdout:\n{}", r.stderr, r.stdout);
    let v = r.json();
    assert_eq!(v["errors"][0]["code"], "tx.outcome_unknown");
    assert_eq!(v["data"]["status"], "unknown");
    assert_eq!(v["data"]["call"]["name"], d["call"]["name"]);
    assert_eq!(submissions(net), before + 1, "submitted once, never again");
}

fn alice() -> (Net, Sandbox) {
    let net = start();
    let sb = Sandbox::new();
    wallets(&sb, "//Alice", "//Alice//hot");
    (net, sb)
}

#[test]
fn wallet_transfer() {
    let (net, sb) = alice();
    let ferdie = ss58_of("//Ferdie");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["wallet", "transfer", "--dest", &ferdie, "--amount", "1"],
    );
}

#[test]
fn stake_add() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["stake", "add", "--netuid", "1", "--amount", "1"],
    );
}

#[test]
fn stake_remove() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["stake", "remove", "--netuid", "1", "--amount", "1"],
    );
}

#[test]
fn stake_move() {
    let (net, sb) = alice();
    let bob_hot = ss58_of("//Bob//hot");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "stake",
            "move",
            "--origin-netuid",
            "1",
            "--dest-hotkey",
            &bob_hot,
            "--amount",
            "1",
        ],
    );
}

#[test]
fn stake_transfer() {
    let (net, sb) = alice();
    let dave = ss58_of("//Dave");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "stake",
            "transfer",
            "--origin-netuid",
            "1",
            "--dest",
            &dave,
            "--amount",
            "1",
        ],
    );
}

#[test]
fn stake_swap() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "stake",
            "swap",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "2",
            "--amount",
            "0.5",
        ],
    );
}

#[test]
fn subnets_register() {
    let net = start();
    let sb = Sandbox::new();
    wallets(&sb, "//Eve", "//Eve//new");
    every_path(
        &sb,
        &net,
        "//Eve",
        &["subnets", "register", "--netuid", "1"],
    );
}

#[test]
fn subnets_create() {
    let net = start();
    let sb = Sandbox::new();
    wallets(&sb, "//Bob", "//Bob//owner");
    every_path(&sb, &net, "//Bob", &["subnets", "create"]);
}

#[test]
fn subnets_start() {
    let net = start();
    let sb = Sandbox::new();
    wallets(&sb, "//Bob", "//Bob//owner");
    let d = ok(&run(&sb, &net, "plain", &["subnets", "create"], &[]));
    let added = event(&d, "SubtensorModule", "NetworkAdded");
    let netuid = added["fields"]["0"]
        .as_u64()
        .or_else(|| added["fields"]["netuid"].as_u64())
        .unwrap_or_else(|| panic!("{added}"))
        .to_string();
    net.devnet.ctx.new_blocks(12);
    every_path(
        &sb,
        &net,
        "//Bob",
        &["subnets", "start", "--netuid", &netuid],
    );
}

#[test]
fn subnets_mechanisms_set_count() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "subnets",
            "mechanisms",
            "set-count",
            "--netuid",
            "3",
            "--count",
            "1",
        ],
    );
}

#[test]
fn subnets_mechanisms_set_emission_split() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "subnets",
            "mechanisms",
            "set-emission-split",
            "--netuid",
            "3",
            "--split",
            "70,30",
        ],
    );
}

#[test]
fn sudo_set() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "sudo",
            "set",
            "--netuid",
            "1",
            "--param",
            "immunity_period",
            "--value",
            "5000",
        ],
    );
}

/// Subnet 1 with a long tempo whose cycle starts now: neither the freeze window nor the
/// automatic epoch comes near during a test.
fn long_tempo(net: &Net) {
    use tao_devnet::pallet_subtensor as st;
    use tao_devnet::runtime::Runtime;
    net.devnet.ctx.edit_state(|| {
        st::Tempo::<Runtime>::insert(1, 1000);
        let now = st::Pallet::<Runtime>::block_number();
        st::LastEpochBlock::<Runtime>::insert(1, now);
    });
}

#[test]
fn sudo_set_tempo() {
    let (net, sb) = alice();
    long_tempo(&net);
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "sudo", "set", "--netuid", "1", "--param", "tempo", "--value", "720",
        ],
    );
}

#[test]
fn sudo_trigger_epoch() {
    let (net, sb) = alice();
    long_tempo(&net);
    every_path(
        &sb,
        &net,
        "//Alice",
        &["sudo", "trigger-epoch", "--netuid", "1"],
    );
}

#[test]
fn sudo_set_alpha_values_pair() {
    let (net, sb) = alice();
    net.devnet.ctx.edit_state(|| {
        tao_devnet::pallet_subtensor::LiquidAlphaOn::<tao_devnet::runtime::Runtime>::insert(1, true)
    });
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "sudo",
            "set",
            "--netuid",
            "1",
            "--param",
            "alpha_values",
            "--value",
            "0.5,0.8",
        ],
    );
}

#[test]
fn weights_set() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice//hot",
        &[
            "weights",
            "set",
            "--netuid",
            "1",
            "--uids",
            "1,2",
            "--weights",
            "1,1",
        ],
    );
}

#[test]
fn weights_set_timelocked() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice//hot",
        &[
            "weights",
            "set",
            "--netuid",
            "2",
            "--uids",
            "1,3",
            "--weights",
            "0.2,0.8",
        ],
    );
}

#[test]
fn weights_commit() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice//hot",
        &[
            "weights",
            "commit",
            "--netuid",
            "2",
            "--uids",
            "1,3",
            "--weights",
            "0.2,0.8",
        ],
    );
}

#[test]
fn weights_reveal() {
    let (net, sb) = alice();
    let commit = [
        "weights",
        "commit",
        "--netuid",
        "2",
        "--uids",
        "1,3",
        "--weights",
        "0.2,0.8",
    ];
    ok(&run(&sb, &net, "plain", &commit, &[]));
    let reveal = ["weights", "reveal", "--netuid", "2"];
    let mut opened = false;
    for _ in 0..30 {
        net.devnet.ctx.new_blocks(1);
        if run(&sb, &net, "plain", &reveal, &["--dry-run"]).code == 0 {
            opened = true;
            break;
        }
    }
    assert!(opened, "the reveal window never opened");
    every_path(&sb, &net, "//Alice//hot", &reveal);
}

#[test]
fn wallet_set_take() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["wallet", "set-take", "--take", "0.1"],
    );
}

#[test]
fn axon_set() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice//hot",
        &[
            "axon",
            "set",
            "--netuid",
            "1",
            "--ip",
            "203.0.113.9",
            "--port",
            "8091",
        ],
    );
}

#[test]
fn axon_reset() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice//hot",
        &["axon", "reset", "--netuid", "1"],
    );
}

#[test]
fn call_raw() {
    let (net, sb) = alice();
    let ferdie = format!("dest={}", ss58_of("//Ferdie"));
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "call",
            "Balances",
            "transfer_keep_alive",
            &ferdie,
            "value=1tao",
        ],
    );
}

#[test]
fn tx_batch() {
    let (net, sb) = alice();
    let file = sb.home().join("batch.json");
    std::fs::write(
        &file,
        serde_json::json!([
            { "call": "Balances.transfer_keep_alive", "args": { "dest": ss58_of("//Ferdie"), "value": "1tao" } },
            { "call": "System.remark", "args": { "remark": "0x00" } },
        ])
        .to_string(),
    )
    .unwrap();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["tx", "batch", file.to_str().unwrap()],
    );
}

#[test]
fn stake_set_auto() {
    let (net, sb) = alice();
    let bob_hot = ss58_of("//Bob//hot");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "stake",
            "set-auto",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &bob_hot,
        ],
    );
}

#[test]
fn wallet_set_identity() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["wallet", "set-identity", "--id-name", "Alice"],
    );
}

#[test]
fn subnets_set_identity() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "subnets",
            "set-identity",
            "--netuid",
            "3",
            "--subnet-name",
            "Vision",
        ],
    );
}

#[test]
fn subnets_set_symbol() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["subnets", "set-symbol", "--netuid", "3", "\u{3b6}"],
    );
}

#[test]
fn subnets_trim() {
    let (net, sb) = alice();
    net.devnet.ctx.edit_state(|| {
        tao_devnet::pallet_subtensor::MinAllowedUids::<tao_devnet::runtime::Runtime>::insert(3, 2)
    });
    every_path(
        &sb,
        &net,
        "//Alice",
        &["subnets", "trim", "--netuid", "3", "--max-uids", "12"],
    );
}

#[test]
fn stake_child_set() {
    let (net, sb) = alice();
    let eve = ss58_of("//Eve//hot");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "stake",
            "child",
            "set",
            "--netuid",
            "1",
            "--children",
            &eve,
            "--proportions",
            "0.25",
        ],
    );
}

#[test]
fn stake_child_take() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["stake", "child", "take", "--netuid", "1", "--take", "0.05"],
    );
}

#[test]
fn stake_set_claim() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["stake", "set-claim", "keep", "--netuids", "1"],
    );
}

#[test]
fn wallet_associate_hotkey() {
    let (net, sb) = alice();
    let unowned = ss58_of("//Unowned");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["wallet", "associate-hotkey", "--hotkey-ss58", &unowned],
    );
}

#[test]
fn wallet_swap_hotkey() {
    let (net, sb) = alice();
    let new = ss58_of("//Alice//new");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["wallet", "swap-hotkey", "--new-hotkey-ss58", &new],
    );
}

#[test]
fn wallet_swap_coldkey_announce() {
    let (net, sb) = alice();
    let new = ss58_of("//Alice//cold");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "wallet",
            "swap-coldkey",
            "announce",
            "--new-coldkey-ss58",
            &new,
            "--i-understand-coldkey-swap",
        ],
    );
}

#[test]
fn stake_lock_add() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["stake", "lock", "add", "--netuid", "1", "--amount", "10"],
    );
}

#[test]
fn stake_lock_mode() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "stake",
            "lock",
            "mode",
            "--netuid",
            "1",
            "--mode",
            "perpetual",
        ],
    );
}

#[test]
fn stake_lock_move() {
    let (net, sb) = alice();
    ok(&run(
        &sb,
        &net,
        "plain",
        &["stake", "lock", "add", "--netuid", "1", "--amount", "10"],
        &[],
    ));
    let bob_hot = ss58_of("//Bob//hot");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["stake", "lock", "move", "--netuid", "1", "--dest", &bob_hot],
    );
}

/// An announced coldkey swap of Alice to `//Alice//cold`, executable from `when`.
fn announce_for_alice(net: &Net, when: u32) {
    let new = tao_devnet::dev_account("//Alice//cold");
    let bytes: &[u8; 32] = new.as_ref();
    use blake2::Digest;
    let hash = sp_core::H256(blake2::Blake2b::<blake2::digest::consts::U32>::digest(bytes).into());
    net.devnet.ctx.edit_state(|| {
        tao_devnet::pallet_subtensor::ColdkeySwapAnnouncements::<tao_devnet::runtime::Runtime>::insert(
            tao_devnet::dev_account("//Alice"),
            (when, hash),
        )
    });
}

#[test]
fn wallet_swap_coldkey_execute() {
    let (net, sb) = alice();
    announce_for_alice(&net, 1);
    net.devnet.ctx.new_blocks(2);
    let new = ss58_of("//Alice//cold");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "wallet",
            "swap-coldkey",
            "execute",
            "--new-coldkey-ss58",
            &new,
            "--i-understand-coldkey-swap",
        ],
    );
}

#[test]
fn wallet_swap_coldkey_dispute() {
    let (net, sb) = alice();
    announce_for_alice(&net, 1000);
    every_path(&sb, &net, "//Alice", &["wallet", "swap-coldkey", "dispute"]);
}

#[test]
fn wallet_swap_coldkey_clear() {
    let (net, sb) = alice();
    announce_for_alice(&net, 1);
    net.devnet.ctx.new_blocks(20);
    every_path(&sb, &net, "//Alice", &["wallet", "swap-coldkey", "clear"]);
}

#[test]
fn proxy_add() {
    let (net, sb) = alice();
    let ferdie = ss58_of("//Ferdie");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["proxy", "add", "--delegate", &ferdie, "--type", "Staking"],
    );
}

/// Alice's coldkey made a Staking proxy of Dave's: `tao proxy add` signed by Dave.
fn alice_proxy_of_dave(sb: &Sandbox, net: &Net) -> String {
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let alice = ss58_of("//Alice");
    ok(&run(
        sb,
        net,
        "dave",
        &["proxy", "add", "--delegate", &alice, "--type", "Staking"],
        &[],
    ));
    alice
}

#[test]
fn proxy_remove() {
    let (net, sb) = alice();
    let alice = alice_proxy_of_dave(&sb, &net);
    // The relation is Dave's, so the signer here is Dave's coldkey (the `plain`/`locked`
    // wallets are Alice's): give Dave's wallet both forms.
    wallets(&sb, "//Dave", "//Dave//hot");
    every_path(
        &sb,
        &net,
        "//Dave",
        &["proxy", "remove", "--delegate", &alice, "--type", "Staking"],
    );
}

#[test]
fn stake_add_through_a_proxy() {
    let (net, sb) = alice();
    alice_proxy_of_dave(&sb, &net);
    let dave = ss58_of("//Dave");
    let dave_hot = ss58_of("//Dave//hot");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "stake",
            "add",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &dave_hot,
            "--amount",
            "1",
            "--proxy",
            &dave,
        ],
    );
}

/// Alice's coldkey made a Transfer proxy of Dave's and a transfer of 1 TAO to Ferdie announced
/// by Alice: the call's bytes and hash.
fn alice_announced_for_dave(sb: &Sandbox, net: &Net) -> (String, String) {
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let alice = ss58_of("//Alice");
    ok(&run(
        sb,
        net,
        "dave",
        &["proxy", "add", "--delegate", &alice, "--type", "Transfer"],
        &[],
    ));
    let d = ok(&run(
        sb,
        net,
        "plain",
        &[
            "wallet",
            "transfer",
            "--dest",
            &ss58_of("//Ferdie"),
            "--amount",
            "1",
            "--proxy",
            &ss58_of("//Dave"),
            "--announce-only",
        ],
        &[],
    ));
    let a = &d["details"]["announce"];
    (
        a["call_data"].as_str().unwrap().to_string(),
        a["call_hash"].as_str().unwrap().to_string(),
    )
}

#[test]
fn wallet_transfer_announce_only() {
    let (net, sb) = alice();
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let alice = ss58_of("//Alice");
    ok(&run(
        &sb,
        &net,
        "dave",
        &["proxy", "add", "--delegate", &alice, "--type", "Transfer"],
        &[],
    ));
    let ferdie = ss58_of("//Ferdie");
    let dave = ss58_of("//Dave");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "wallet",
            "transfer",
            "--dest",
            &ferdie,
            "--amount",
            "1",
            "--proxy",
            &dave,
            "--announce-only",
        ],
    );
}

#[test]
fn proxy_execute() {
    let (net, sb) = alice();
    let (call, _) = alice_announced_for_dave(&sb, &net);
    let dave = ss58_of("//Dave");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["proxy", "execute", "--real", &dave, "--call-hex", &call],
    );
}

#[test]
fn proxy_reject() {
    let (net, sb) = alice();
    let (_, hash) = alice_announced_for_dave(&sb, &net);
    let alice = ss58_of("//Alice");
    // Dave's coldkey signs the rejection.
    wallets(&sb, "//Dave", "//Dave//hot");
    every_path(
        &sb,
        &net,
        "//Dave",
        &[
            "proxy",
            "reject",
            "--delegate",
            &alice,
            "--call-hash",
            &hash,
        ],
    );
}

#[test]
fn proxy_create_pure() {
    let (net, sb) = alice();
    every_path(
        &sb,
        &net,
        "//Alice",
        &["proxy", "create-pure", "--type", "Any"],
    );
}

#[test]
fn proxy_kill_pure() {
    let (net, sb) = alice();
    let d = ok(&run(
        &sb,
        &net,
        "plain",
        &["proxy", "create-pure", "--type", "Any"],
        &[],
    ));
    let pure = d["details"]["pure"].as_str().unwrap().to_string();
    let height = d["details"]["height"].as_u64().unwrap().to_string();
    let ext = d["details"]["ext_index"].as_u64().unwrap().to_string();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "proxy",
            "kill-pure",
            "--proxy",
            &pure,
            "--type",
            "Any",
            "--height",
            &height,
            "--ext-index",
            &ext,
        ],
    );
}

/// The 2-of-3 multisig of //Alice, //Bob and //Charlie, with Bob's wallet; `bob_starts` has
/// Bob submit a remark through it first (its call hash is returned).
fn multisig_of_three(sb: &Sandbox, net: &Net, bob_starts: bool) -> (String, Option<String>) {
    make_wallet(
        &sb.home().join("wallets"),
        "bob",
        "//Bob",
        "//Bob//hot",
        None,
    );
    let sigs = format!(
        "{},{},{}",
        ss58_of("//Alice"),
        ss58_of("//Bob"),
        ss58_of("//Charlie")
    );
    let hash = bob_starts.then(|| {
        let d = ok(&run(
            sb,
            net,
            "bob",
            &[
                "multisig",
                "submit",
                "System",
                "remark",
                "remark=0x2a",
                "--signatories",
                &sigs,
                "--threshold",
                "2",
            ],
            &[],
        ));
        d["details"]["call_hash"].as_str().unwrap().to_string()
    });
    (sigs, hash)
}

#[test]
fn multisig_submit() {
    let (net, sb) = alice();
    let (sigs, _) = multisig_of_three(&sb, &net, false);
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "multisig",
            "submit",
            "System",
            "remark",
            "remark=0x2a",
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
    );
}

#[test]
fn multisig_approve() {
    let (net, sb) = alice();
    let (sigs, hash) = multisig_of_three(&sb, &net, true);
    let hash = hash.unwrap();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "multisig",
            "approve",
            "--call-hash",
            &hash,
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
    );
}

#[test]
fn multisig_execute() {
    let (net, sb) = alice();
    let (sigs, _) = multisig_of_three(&sb, &net, true);
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "multisig",
            "execute",
            "System",
            "remark",
            "remark=0x2a",
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
    );
}

#[test]
fn multisig_cancel() {
    let (net, sb) = alice();
    let (sigs, _) = multisig_of_three(&sb, &net, false);
    let d = ok(&run(
        &sb,
        &net,
        "plain",
        &[
            "multisig",
            "submit",
            "System",
            "remark",
            "remark=0x2a",
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
        &[],
    ));
    let hash = d["details"]["call_hash"].as_str().unwrap().to_string();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "multisig",
            "cancel",
            "--call-hash",
            &hash,
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
    );
}

/// Alice's crowdloan 0 (deposit 10 τ, cap `cap` τ, target Ferdie), for the crowd rows.
fn alice_crowdloan(sb: &Sandbox, net: &Net, cap: &str) {
    let ferdie = ss58_of("//Ferdie");
    ok(&run(
        sb,
        net,
        "plain",
        &[
            "crowd",
            "create",
            "--deposit",
            "10",
            "--min",
            "1",
            "--cap",
            cap,
            "--duration",
            "200",
            "--target",
            &ferdie,
        ],
        &[],
    ));
}

#[test]
fn crowd_create() {
    let (net, sb) = alice();
    let ferdie = ss58_of("//Ferdie");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "crowd",
            "create",
            "--deposit",
            "10",
            "--min-contribution",
            "0.5",
            "--cap",
            "40",
            "--duration",
            "300",
            "--target-address",
            &ferdie,
        ],
    );
}

#[test]
fn crowd_contribute() {
    let (net, sb) = alice();
    alice_crowdloan(&sb, &net, "100");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["crowd", "contribute", "--id", "0", "--amount", "2"],
    );
}

#[test]
fn crowd_withdraw() {
    let (net, sb) = alice();
    alice_crowdloan(&sb, &net, "100");
    ok(&run(
        &sb,
        &net,
        "plain",
        &["crowd", "contribute", "--id", "0", "--amount", "5"],
        &[],
    ));
    every_path(&sb, &net, "//Alice", &["crowd", "withdraw", "--id", "0"]);
}

#[test]
fn crowd_finalize() {
    let (net, sb) = alice();
    alice_crowdloan(&sb, &net, "20");
    ok(&run(
        &sb,
        &net,
        "plain",
        &["crowd", "contribute", "--id", "0", "--amount", "10"],
        &[],
    ));
    every_path(&sb, &net, "//Alice", &["crowd", "finalize", "--id", "0"]);
}

#[test]
fn crowd_refund() {
    let (net, sb) = alice();
    alice_crowdloan(&sb, &net, "100");
    every_path(&sb, &net, "//Alice", &["crowd", "refund", "--id", "0"]);
}

#[test]
fn crowd_dissolve() {
    let (net, sb) = alice();
    alice_crowdloan(&sb, &net, "100");
    every_path(&sb, &net, "//Alice", &["crowd", "dissolve", "--id", "0"]);
}

#[test]
fn crowd_update() {
    let (net, sb) = alice();
    alice_crowdloan(&sb, &net, "100");
    every_path(
        &sb,
        &net,
        "//Alice",
        &["crowd", "update", "--id", "0", "--cap", "80"],
    );
    every_path(
        &sb,
        &net,
        "//Alice",
        &["crowd", "update", "--id", "0", "--max-contribution", "none"],
    );
}

#[test]
fn proxy_remove_all() {
    let (net, sb) = alice();
    let ferdie = ss58_of("//Ferdie");
    ok(&run(
        &sb,
        &net,
        "plain",
        &["proxy", "add", "--delegate", &ferdie, "--type", "Staking"],
        &[],
    ));
    every_path(&sb, &net, "//Alice", &["proxy", "remove", "--all"]);
}

/// Alice's coldkey made a Transfer proxy of Dave's with a delay of 5 blocks; the announce
/// arguments for a transfer of 1 TAO from Dave to Eve.
fn alice_delayed_proxy_of_dave(sb: &Sandbox, net: &Net) -> Vec<String> {
    make_wallet(
        &sb.home().join("wallets"),
        "dave",
        "//Dave",
        "//Dave//hot",
        None,
    );
    let alice = ss58_of("//Alice");
    ok(&run(
        sb,
        net,
        "dave",
        &[
            "proxy",
            "add",
            "--delegate",
            &alice,
            "--type",
            "Transfer",
            "--delay",
            "5",
        ],
        &[],
    ));
    [
        "proxy",
        "announce",
        "--real",
        &ss58_of("//Dave"),
        "Balances",
        "transfer_keep_alive",
        &format!("dest={}", ss58_of("//Eve")),
        "value=1tao",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[test]
fn proxy_announce() {
    let (net, sb) = alice();
    let args = alice_delayed_proxy_of_dave(&sb, &net);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    every_path(&sb, &net, "//Alice", &args);
}

#[test]
fn proxy_remove_announcement() {
    let (net, sb) = alice();
    let args = alice_delayed_proxy_of_dave(&sb, &net);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let d = ok(&run(&sb, &net, "plain", &args, &[]));
    let hash = d["details"]["announce"]["call_hash"]
        .as_str()
        .unwrap()
        .to_string();
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "proxy",
            "remove-announcement",
            "--real",
            &ss58_of("//Dave"),
            "--call-hash",
            &hash,
        ],
    );
}

#[test]
fn wallet_transfer_as_a_multisig() {
    let (net, sb) = alice();
    let (sigs, _) = multisig_of_three(&sb, &net, false);
    let d = ok(&tao(
        &sb,
        &net,
        &[
            "--json",
            "multisig",
            "address",
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
    ));
    let ms = d["multisig"].as_str().unwrap().to_string();
    ok(&run(
        &sb,
        &net,
        "plain",
        &["wallet", "transfer", "--dest", &ms, "--amount", "5"],
        &[],
    ));
    let ferdie = ss58_of("//Ferdie");
    every_path(
        &sb,
        &net,
        "//Alice",
        &[
            "wallet",
            "transfer",
            "--dest",
            &ferdie,
            "--amount",
            "1",
            "--signatories",
            &sigs,
            "--threshold",
            "2",
        ],
    );
}
