//! `tao wallet set-take` / `get-take` (and btcli's `tao sudo set-take` / `get-take`) against the
//! devnet (takes 0 to 18%, an increase waits 5 blocks after the last change).

use crate::support::Sandbox;
use crate::support::devnet::*;
use crate::support::dry_run_decoder::*;

fn take(sb: &Sandbox, net: &Net, wallet: &str, args: &[&str]) -> crate::support::Run {
    let mut a = vec!["--json", "--wallet-name", wallet, "-y"];
    a.extend_from_slice(args);
    tao(sb, net, &a)
}

fn current(sb: &Sandbox, net: &Net) -> u64 {
    ok(&take(sb, net, "alice", &["wallet", "get-take"]))["take_u16"]
        .as_u64()
        .unwrap()
}

#[test]
fn the_take_goes_down_then_up_after_the_rate_limit() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let got = ok(&take(&sb, &net, "alice", &["wallet", "get-take"]));
    assert_eq!(got["take_u16"], 11796, "the chain's default, 18%");
    assert_eq!(got["hotkey"], ss58_of("//Alice//hot"));
    assert_eq!(got["exists"], true);

    let d = ok(&take(
        &sb,
        &net,
        "alice",
        &["wallet", "set-take", "--take", "0.10"],
    ));
    assert_eq!(d["call"]["name"], "decrease_take");
    assert_eq!(current(&sb, &net), 6553);

    // An increase right after the change waits for the rate limit.
    let r = take(
        &sb,
        &net,
        "alice",
        &["wallet", "set-take", "--take", "0.12"],
    );
    refused(&r, "DelegateTxRateLimitExceeded");
    let from =
        ok(&take(&sb, &net, "alice", &["wallet", "get-take"]))["increase_allowed_from_block"]
            .as_u64()
            .unwrap();
    let now = rpc(&net, "chain_getHeader", vec![]).unwrap()["number"]
        .as_str()
        .map(|h| u64::from_str_radix(h.trim_start_matches("0x"), 16).unwrap())
        .unwrap();
    net.devnet.ctx.new_blocks((from - now - 1) as u32);
    let d = ok(&take(
        &sb,
        &net,
        "alice",
        &["sudo", "set-take", "--take", "0.12"],
    ));
    assert_eq!(d["call"]["name"], "increase_take");
    assert_eq!(current(&sb, &net), 7864);
    let via_sudo = ok(&take(&sb, &net, "alice", &["sudo", "get-take"]));
    assert_eq!(via_sudo["take_u16"], 7864);
}

#[test]
fn takes_the_chain_would_refuse_are_refused_before_signing() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    dev_wallet(&sb, "bob", "//Bob");
    let before = submissions(&net);
    refused(
        &take(
            &sb,
            &net,
            "alice",
            &["wallet", "set-take", "--take", "0.19"],
        ),
        "DelegateTakeTooHigh",
    );
    refused(
        &take(
            &sb,
            &net,
            "alice",
            &["wallet", "set-take", "--take", "0.18"],
        ),
        "DelegateTakeTooLow",
    );
    let alice_hot = ss58_of("//Alice//hot");
    refused(
        &take(
            &sb,
            &net,
            "bob",
            &[
                "wallet",
                "set-take",
                "--take",
                "0.1",
                "--hotkey-ss58",
                &alice_hot,
            ],
        ),
        "NonAssociatedColdKey",
    );
    let eve_hot = ss58_of("//Eve//hot");
    refused(
        &take(
            &sb,
            &net,
            "alice",
            &[
                "wallet",
                "set-take",
                "--take",
                "0.1",
                "--hotkey-ss58",
                &eve_hot,
            ],
        ),
        "HotKeyAccountNotExists",
    );
    let r = take(&sb, &net, "alice", &["wallet", "set-take", "--take", "1.5"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.json()["errors"][0]["code"], "tx.bad_take");
    assert_eq!(submissions(&net), before);
}

#[test]
fn take_calls_decode_with_the_real_chains_call_indices() {
    let net = start();
    let sb = Sandbox::new();
    dev_wallet(&sb, "alice", "//Alice");
    let d = ok(&take(
        &sb,
        &net,
        "alice",
        &["wallet", "set-take", "--take", "0.1", "--dry-run"],
    ));
    let call = check_dry_run(&net, &d, "//Alice");
    if let Some(index) = finney_call_index("SubtensorModule", "decrease_take") {
        assert_eq!((call[0], call[1]), index);
        assert_eq!(index, (7, 65));
    }
    let hot = tao_devnet::dev_account("//Alice//hot");
    let hot: &[u8; 32] = hot.as_ref();
    assert_eq!(&call[2..34], hot);
    assert_eq!(&call[34..], &6553u16.to_le_bytes());
    assert_eq!(submissions(&net), 0);
}
