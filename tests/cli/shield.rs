//! The MEV shield (`--mev-protection`, on by default for the stake trades): the inner extrinsic
//! signed at nonce N + 1 and encrypted to `MevShield.NextKey`, the `submit_encrypted` wrapper at
//! nonce N, the devnet's block author opening it; the failure modes (stale key, undecryptable
//! body, no key) reported with exit 5 or refused, never resubmitted.

use std::time::Duration;

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;
use serde_json::{Value, json};
use tao_devnet::pallet_shield::{self as ps, NextKey};
use tao_devnet::runtime::Runtime;
use tao_devnet::{BlockMode, Options, TAO};

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

fn rao(v: &Value) -> u64 {
    v["rao"].as_str().unwrap().parse().unwrap()
}

/// A devnet that produces blocks only when the test asks.
fn manual() -> Net {
    start_with(Options {
        block_mode: BlockMode::Interval(Duration::from_secs(3600)),
        ..Options::for_tests()
    })
}

/// The extrinsics of block `n`, as hex.
fn block_extrinsics(net: &Net, n: u64) -> Vec<Vec<u8>> {
    let hash = rpc(net, "chain_getBlockHash", vec![json!(n)]).unwrap();
    let b = rpc(net, "chain_getBlock", vec![hash]).unwrap();
    b["block"]["extrinsics"]
        .as_array()
        .unwrap()
        .iter()
        .map(unhex)
        .collect()
}

fn blake2(b: &[u8]) -> Vec<u8> {
    use blake2::Digest;
    blake2::Blake2b::<blake2::digest::consts::U32>::digest(b).to_vec()
}

/// The signed extrinsic's nonce (v4, sr25519, mortal era): read by hand.
fn nonce_of(ext: &[u8]) -> u64 {
    let (_, off) = compact(ext);
    let body = &ext[off..];
    assert_eq!(body[0], 0x84);
    assert_ne!(body[99], 0, "mortal era");
    compact(&body[101..]).0 as u64
}

fn account_nonce(net: &Net, seed: &str) -> u64 {
    let ss58 = ss58_of(seed);
    rpc(net, "system_accountNextIndex", vec![json!(ss58)])
        .unwrap()
        .as_u64()
        .unwrap()
}

const ADD: [&str; 5] = ["stake", "add", "--netuid", "1", "--amount"];

#[test]
fn a_shielded_stake_add_lands_and_moves_what_an_unshielded_one_would() {
    // The same stake on two fresh devnets, one shielded (the default), one not.
    let shielded = start();
    let clear = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let free0 = free_of(&shielded, "//Dave");
    let n0 = account_nonce(&shielded, "//Dave");
    let mut args = ADD.to_vec();
    args.push("2");
    let d = ok(&run(&sb, &shielded, "dave", &args));
    let mut clear_args = args.clone();
    clear_args.push("--no-mev-protection");
    let c = ok(&run(&sb, &clear, "dave", &clear_args));
    assert!(c.get("shield").is_none(), "{c}");

    // Exactly the same stake moved.
    let got = stake_of(&shielded, "//Dave", "//Dave//hot", 1);
    assert!(got > 19 * TAO / 10, "{got}");
    assert_eq!(got, stake_of(&clear, "//Dave", "//Dave//hot", 1));
    assert_eq!(
        event(&d, "SubtensorModule", "StakeAdded"),
        event(&c, "SubtensorModule", "StakeAdded")
    );
    // The report is the inner extrinsic's: its call, hash, block and events.
    assert_eq!(d["call"]["name"], "add_stake_limit");
    assert_eq!(d["status"], "included");
    let s = &d["shield"];
    assert_eq!(s["inner_status"], "succeeded", "{d}");
    let inner_fee = rao(&s["inner_fee"]);
    let wrapper_fee = rao(&s["wrapper_fee"]);
    assert_eq!(rao(&d["fee"]), inner_fee + wrapper_fee);
    let paid = event(&d, "TransactionPayment", "TransactionFeePaid");
    assert_eq!(paid["fields"]["actual_fee"].as_u64(), Some(inner_fee));
    // Both fees paid, nothing else.
    assert_eq!(
        free_of(&shielded, "//Dave"),
        free0 - 2 * TAO - inner_fee - wrapper_fee
    );
    // Nonces: wrapper N, inner N + 1, in one block, inner right after the wrapper.
    assert_eq!(d["nonce"].as_u64(), Some(n0 + 1));
    assert_eq!(s["wrapper_nonce"].as_u64(), Some(n0));
    assert_eq!(account_nonce(&shielded, "//Dave"), n0 + 2);
    let block = d["block_number"].as_u64().unwrap();
    assert_eq!(block, 2, "the key read at #0 is the author's key of #2");
    let exts = block_extrinsics(&shielded, block);
    assert_eq!(exts.len(), 2);
    let index = d["extrinsic_index"].as_u64().unwrap() as usize;
    assert_eq!(index, 1);
    assert_eq!(blake2(&exts[0]), unhex(&s["wrapper_hash"]));
    assert_eq!(blake2(&exts[1]), unhex(&d["extrinsic_hash"]));
    assert_eq!((nonce_of(&exts[0]), nonce_of(&exts[1])), (n0, n0 + 1));
    // The wrapper: MevShield (30) call 1, era of at most 8 blocks, ciphertext 1146 + inner.
    let (_, off) = compact(&exts[0]);
    let body = &exts[0][off..];
    let era = u16::from_le_bytes([body[99], body[100]]);
    assert!(1u64 << ((era & 0xf) + 1) <= 8, "era period");
    let call_at = 101 + compact(&body[101..]).1 + 2;
    assert_eq!((body[call_at], body[call_at + 1]), (30, 1));
    let (ct_len, ct_off) = compact(&body[call_at + 2..]);
    assert_eq!(ct_len, exts[1].len() + 1146);
    assert_eq!(s["ciphertext_len"].as_u64(), Some(ct_len as u64));
    let ct = &body[call_at + 2 + ct_off..];
    let key = shielded.devnet.ctx.read_state(NextKey::<Runtime>::get);
    assert!(key.is_some());
    assert_eq!(
        s["key_hash"].as_str().unwrap(),
        format!("0x{}", hex::encode(&ct[..16]))
    );
    assert_eq!(&ct[16..18], &[0x40, 0x04]);
}

#[test]
fn the_pool_shows_only_the_ciphertext() {
    let net = manual();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let before = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let mut args = ADD.to_vec();
    args.extend(["1", "--wait", "none"]);
    let d = ok(&run(&sb, &net, "dave", &args));
    assert_eq!(d["status"], "submitted");
    assert_eq!(d["shield"]["inner_status"], "pending");
    let pool = rpc(&net, "author_pendingExtrinsics", vec![]).unwrap();
    let pool = pool.as_array().unwrap();
    assert_eq!(pool.len(), 1, "only the wrapper");
    let wrapper = unhex(&pool[0]);
    assert_eq!(blake2(&wrapper), unhex(&d["shield"]["wrapper_hash"]));
    // Nothing of the inner call is readable in the pool.
    let call = unhex(&d["call_data"]);
    assert!(!wrapper.windows(call.len()).any(|w| w == call.as_slice()));
    assert!(!wrapper.windows(8).any(|w| w == &call[call.len() - 8..]));
    // Two blocks later it lands, with the inner extrinsic after it.
    net.devnet.ctx.new_blocks(1);
    assert_eq!(
        stake_of(&net, "//Dave", "//Dave//hot", 1),
        before,
        "not yet"
    );
    net.devnet.ctx.new_blocks(1);
    let exts = block_extrinsics(&net, 2);
    assert_eq!(exts.len(), 2);
    assert_eq!(blake2(&exts[1]), unhex(&d["extrinsic_hash"]));
    assert!(stake_of(&net, "//Dave", "//Dave//hot", 1) > before);
}

#[test]
fn a_wrapper_for_a_stale_key_leaves_the_pool_and_is_reported_with_exit_5() {
    let net = manual();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let stake0 = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let free0 = free_of(&net, "//Dave");
    let mut args = ADD.to_vec();
    args.push("1");
    let r = std::thread::scope(|scope| {
        let t = scope.spawn(|| run(&sb, &net, "dave", &args));
        // Wait for the wrapper in the pool, then let its block pass without it: the key it
        // was encrypted to rotates out, and no later author can open it.
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while rpc(&net, "author_pendingExtrinsics", vec![])
            .unwrap()
            .as_array()
            .unwrap()
            .is_empty()
        {
            assert!(std::time::Instant::now() < deadline, "no wrapper");
            std::thread::sleep(Duration::from_millis(50));
        }
        net.devnet.ctx.skip_shielded_txs(true);
        net.devnet.ctx.new_blocks(2);
        net.devnet.ctx.skip_shielded_txs(false);
        for _ in 0..3 {
            net.devnet.ctx.new_blocks(1);
            let pool = rpc(&net, "author_pendingExtrinsics", vec![]).unwrap();
            assert_eq!(
                pool.as_array().unwrap().len(),
                1,
                "waits while its era lasts"
            );
        }
        net.devnet.ctx.new_blocks(8);
        t.join().unwrap()
    });
    assert_eq!(r.code, 5, "stderr:\n{}\nstdout:\n{}", r.stderr, r.stdout);
    let v = r.json();
    assert_eq!(v["errors"][0]["code"], "shield.not_included", "{v}");
    let d = &v["data"];
    let wrapper = d["shield"]["wrapper_hash"].as_str().unwrap();
    let inner = d["extrinsic_hash"].as_str().unwrap();
    let msg = v["errors"][0]["message"].as_str().unwrap();
    assert!(msg.contains(wrapper) && msg.contains(inner), "{msg}");
    assert_eq!(d["shield"]["inner_status"], "not_included");
    // Gone from the pool, never in a block, sent once.
    assert!(
        rpc(&net, "author_pendingExtrinsics", vec![])
            .unwrap()
            .as_array()
            .unwrap()
            .is_empty()
    );
    for n in 1..=13 {
        assert!(block_extrinsics(&net, n).is_empty(), "block {n}");
    }
    assert_eq!(submissions(&net), 1);
    assert_eq!(stake_of(&net, "//Dave", "//Dave//hot", 1), stake0);
    assert_eq!(free_of(&net, "//Dave"), free0);
}

#[test]
fn an_undecryptable_wrapper_lands_pays_its_fee_and_has_no_inner_extrinsic() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    // The chain publishes a key no author holds the other half of.
    let (_, foreign) = ps::devnet_key_pair(999_999);
    net.devnet
        .ctx
        .edit_state(|| NextKey::<Runtime>::put(ps::ShieldEncKey::truncate_from(foreign)));
    let stake0 = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let free0 = free_of(&net, "//Dave");
    let n0 = account_nonce(&net, "//Dave");
    let mut args = ADD.to_vec();
    args.push("1");
    let r = run(&sb, &net, "dave", &args);
    assert_eq!(r.code, 5, "stderr:\n{}\nstdout:\n{}", r.stderr, r.stdout);
    let v = r.json();
    assert_eq!(v["errors"][0]["code"], "shield.inner_missing", "{v}");
    let d = &v["data"];
    let msg = v["errors"][0]["message"].as_str().unwrap();
    assert!(msg.contains(d["shield"]["wrapper_hash"].as_str().unwrap()));
    assert!(msg.contains(d["extrinsic_hash"].as_str().unwrap()));
    assert_eq!(d["shield"]["inner_status"], "missing");
    // The wrapper alone is in its block; its fee is paid and nothing else happened.
    let block = d["block_number"].as_u64().unwrap();
    let exts = block_extrinsics(&net, block);
    assert_eq!(exts.len(), 1);
    assert_eq!(blake2(&exts[0]), unhex(&d["shield"]["wrapper_hash"]));
    assert_eq!(
        free_of(&net, "//Dave"),
        free0 - rao(&d["shield"]["wrapper_fee"])
    );
    assert_eq!(stake_of(&net, "//Dave", "//Dave//hot", 1), stake0);
    assert_eq!(
        account_nonce(&net, "//Dave"),
        n0 + 1,
        "only the wrapper's nonce"
    );
    assert_eq!(submissions(&net), 1);
}

#[test]
fn a_shielded_proxied_stake_succeeds() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "ferdie", "//Ferdie");
    let ferdie = ss58_of("//Ferdie");
    ok(&run(
        &sb,
        &net,
        "dave",
        &["proxy", "add", "--delegate", &ferdie, "--type", "Staking"],
    ));
    let dave = ss58_of("//Dave");
    let dave_hot = ss58_of("//Dave//hot");
    let staked = stake_of(&net, "//Dave", "//Dave//hot", 1);
    let dave_free = free_of(&net, "//Dave");
    let ferdie_free = free_of(&net, "//Ferdie");
    let d = ok(&run(
        &sb,
        &net,
        "ferdie",
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
    ));
    assert_eq!(
        (d["call"]["pallet"].as_str(), d["call"]["name"].as_str()),
        (Some("Proxy"), Some("proxy"))
    );
    assert_eq!(d["shield"]["inner_status"], "succeeded");
    event(&d, "Proxy", "ProxyExecuted");
    event(&d, "SubtensorModule", "StakeAdded");
    assert!(stake_of(&net, "//Dave", "//Dave//hot", 1) > staked);
    assert_eq!(
        free_of(&net, "//Dave"),
        dave_free - TAO,
        "the real account stakes"
    );
    assert_eq!(
        free_of(&net, "//Ferdie"),
        ferdie_free - rao(&d["fee"]),
        "the delegate pays both fees"
    );
}

#[test]
fn dry_run_shows_both_extrinsics_and_refusals_send_nothing() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let n0 = account_nonce(&net, "//Dave");
    let mut args = ADD.to_vec();
    args.extend(["1", "--dry-run"]);
    let d = ok(&run(&sb, &net, "dave", &args));
    // The inner extrinsic verifies as an ordinary signed one, at nonce N + 1.
    check_dry_run(&net, &d, "//Dave");
    assert_eq!(d["nonce"].as_u64(), Some(n0 + 1));
    let inner = unhex(&d["extrinsic"]);
    assert_eq!(blake2(&inner), unhex(&d["extrinsic_hash"]));
    let s = &d["shield"];
    let wrapper = unhex(&s["wrapper_extrinsic"]);
    assert_eq!(blake2(&wrapper), unhex(&s["wrapper_hash"]));
    assert_eq!(nonce_of(&wrapper), n0);
    assert_eq!(
        s["ciphertext_len"].as_u64(),
        Some(inner.len() as u64 + 1146)
    );
    // The human output shows both, the summary the shield's fees and nonces.
    let r = tao(
        &sb,
        &net,
        &[
            "--wallet-name",
            "dave",
            "-y",
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "1",
            "--dry-run",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("inner extrinsic 0x"), "{}", r.stdout);
    assert!(
        r.stdout.contains(&format!(
            "wrapper extrinsic MevShield.submit_encrypted, ciphertext {} bytes",
            inner.len() + 1146
        )),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains(&format!("mev shield: on (inner nonce {}", n0 + 1)),
        "{}",
        r.stderr
    );
    assert_eq!(submissions(&net), 0);

    // No key published: refused before signing, unless --no-mev-protection.
    net.devnet.ctx.edit_state(NextKey::<Runtime>::kill);
    let mut add = ADD.to_vec();
    add.push("1");
    let r = run(&sb, &net, "dave", &add);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "shield.no_key");
    assert!(r.stdout.contains("--no-mev-protection"), "{}", r.stdout);
    // A malformed key: refused too.
    net.devnet
        .ctx
        .edit_state(|| NextKey::<Runtime>::put(ps::ShieldEncKey::truncate_from(vec![7u8; 5])));
    let r = run(&sb, &net, "dave", &add);
    assert_eq!(
        r.json()["errors"][0]["code"],
        "shield.bad_key",
        "{}",
        r.stdout
    );
    // Air-gapped signing cannot be shielded.
    let out = sb.home().join("unsigned.json");
    let mut offline = add.clone();
    offline.extend(["--unsigned-out", out.to_str().unwrap()]);
    let r = run(&sb, &net, "dave", &offline);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "shield.incompatible");
    assert!(!out.exists());
    assert_eq!(submissions(&net), 0);
    // In the clear it goes through, with a warning.
    add.push("--no-mev-protection");
    let r = run(&sb, &net, "dave", &add);
    let d = ok(&r);
    assert!(d.get("shield").is_none());
    assert!(
        r.json()["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains("MEV protection is off")),
        "{}",
        r.stdout
    );
}
