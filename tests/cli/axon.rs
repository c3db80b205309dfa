//! `tao axon set` and `tao axon reset` against an in-process devnet on 127.0.0.1.

use serde_json::Value;

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::check_dry_run;

fn run(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut full = vec!["--json", "--wallet-name", wallet, "-y"];
    full.extend_from_slice(args);
    tao(sb, net, &full)
}

/// The hotkey's row of subnet 1's metagraph.
fn metagraph_axon(sb: &Sandbox, net: &Net, hotkey: &str) -> Value {
    let d = ok(&run(
        sb,
        net,
        "dave",
        &["subnets", "metagraph", "--netuid", "1"],
    ));
    d["neurons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["hotkey"] == hotkey)
        .unwrap_or_else(|| panic!("{hotkey} not in {d}"))["axon"]
        .clone()
}

#[test]
fn axon_set_serves_the_endpoint_and_reset_clears_it_after_the_rate_limit() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    let hot = ss58_of("//Dave//hot");
    let dry = ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "axon",
            "set",
            "--netuid",
            "1",
            "--ip",
            "203.0.113.7",
            "--port",
            "8091",
            "--dry-run",
        ],
    ));
    check_dry_run(&net, &dry, "//Dave//hot");
    assert_eq!(dry["call"]["name"], "serve_axon");
    assert_eq!(dry["details"]["axon"]["endpoint"], "203.0.113.7:8091");
    assert!(dry["details"]["previous"].is_null());
    let d = ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "axon",
            "set",
            "--netuid",
            "1",
            "--ip",
            "203.0.113.7",
            "--port",
            "8091",
        ],
    ));
    let ev = event(&d, "SubtensorModule", "AxonServed");
    assert_eq!(ev["fields"]["0"], 1, "{ev}");
    assert_eq!(metagraph_axon(&sb, &net, &hot), "203.0.113.7:8091");
    // The stored value, read raw: the address as an integer, the block it was served at.
    let q = ok(&run(
        &sb,
        &net,
        "dave",
        &["query", "SubtensorModule", "Axons", "1", &hot],
    ));
    assert_eq!(q["value"]["ip"], 0xcb00_7107u64);
    assert_eq!(q["value"]["port"], 8091);
    assert_eq!(q["value"]["block"], d["block_number"]);
    // A second serve within the subnet's rate limit is refused before signing, with the block.
    let before = submissions(&net);
    let r = run(&sb, &net, "dave", &["axon", "reset", "--netuid", "1"]);
    refused(&r, "ServingRateLimitExceeded");
    let limit = q["value"]["block"].as_u64().unwrap() + 50;
    assert!(
        r.json()["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains(&format!("#{limit}")),
        "{}",
        r.stdout
    );
    assert_eq!(submissions(&net), before);
    net.devnet.ctx.new_blocks(50);
    let d = ok(&run(&sb, &net, "dave", &["axon", "reset", "--netuid", "1"]));
    assert_eq!(d["details"]["reset"], true);
    assert_eq!(d["details"]["previous"]["endpoint"], "203.0.113.7:8091");
    assert_eq!(metagraph_axon(&sb, &net, &hot), Value::Null);
    // IPv6.
    net.devnet.ctx.new_blocks(50);
    ok(&run(
        &sb,
        &net,
        "dave",
        &[
            "axon",
            "set",
            "--netuid",
            "1",
            "--ip",
            "2001:db8::7",
            "--ip-type",
            "6",
            "--port",
            "9000",
        ],
    ));
    assert_eq!(metagraph_axon(&sb, &net, &hot), "[2001:db8::7]:9000");
}

#[test]
fn axon_guards_refuse_before_signing() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "dave", "//Dave");
    dev_wallet(&sb, "nobody", "//Nobody");
    let set = |wallet: &str, netuid: &str, ip: &str, port: &str| {
        run(
            &sb,
            &net,
            wallet,
            &[
                "axon", "set", "--netuid", netuid, "--ip", ip, "--port", port,
            ],
        )
    };
    refused(&set("dave", "77", "203.0.113.7", "1"), "SubnetNotExists");
    refused(
        &set("nobody", "1", "203.0.113.7", "1"),
        "HotKeyNotRegisteredInNetwork",
    );
    refused(&set("dave", "1", "127.0.0.1", "1"), "InvalidIpAddress");
    refused(
        &set("dave", "1", "255.255.255.255", "1"),
        "InvalidIpAddress",
    );
    refused(&set("dave", "1", "::1", "1"), "InvalidIpAddress");
    refused(&set("dave", "1", "203.0.113.7", "0"), "InvalidPort");
    let r = run(
        &sb,
        &net,
        "dave",
        &[
            "axon",
            "set",
            "--netuid",
            "1",
            "--ip",
            "203.0.113.7",
            "--ip-type",
            "6",
            "--port",
            "1",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "tx.bad_address");
    let r = run(
        &sb,
        &net,
        "dave",
        &[
            "axon", "set", "--netuid", "1", "--ip", "myhost", "--port", "1",
        ],
    );
    assert_eq!(r.code, 2);
    assert_eq!(submissions(&net), 0);
}
