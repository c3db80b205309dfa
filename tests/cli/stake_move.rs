//! `tao stake move`, `transfer` and `swap` end to end against an in-process devnet.

use crate::support::Sandbox;
use crate::support::devnet::*;
use tao_devnet::TAO;

#[test]
fn move_transfer_and_swap_stake() {
    let net = start();
    let sb = Sandbox::new();
    make_wallet(
        &sb.home().join("wallets"),
        "alice",
        "//Alice",
        "//Alice//hot",
        None,
    );
    let w = ["--json", "--wallet-name", "alice", "-y", "stake"];
    let run = |extra: &[&str]| {
        let mut a: Vec<&str> = w.to_vec();
        a.extend_from_slice(extra);
        tao(&sb, &net, &a)
    };
    let on1 = stake_of(&net, "//Alice", "//Alice//hot", 1);
    let on2 = stake_of(&net, "//Alice", "//Alice//hot", 2);
    // Guards first: nothing is submitted.
    refused(
        &run(&[
            "swap",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "1",
            "--amount",
            "1",
        ]),
        "SameNetuid",
    );
    refused(
        &run(&[
            "swap",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "9",
            "--amount",
            "1",
        ]),
        "SubnetNotExists",
    );
    refused(
        &run(&[
            "move",
            "--origin-netuid",
            "1",
            "--dest-hotkey",
            &ss58_of("//Bob//hot"),
            "--amount",
            "5000",
        ]),
        "NotEnoughStakeToWithdraw",
    );
    let stranger = tao::ss58::encode_default(&[5u8; 32]);
    refused(
        &run(&[
            "move",
            "--origin-netuid",
            "1",
            "--dest-hotkey",
            &stranger,
            "--amount",
            "1",
        ]),
        "HotKeyAccountNotExists",
    );
    refused(
        &run(&[
            "swap",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "2",
            "--amount",
            "0.0001",
        ]),
        "AmountTooLow",
    );
    refused(
        &run(&[
            "swap",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "2",
            "--amount",
            "2",
        ]),
        "SlippageTooHigh",
    );
    assert_eq!(submissions(&net), 0);

    let d = ok(&run(&[
        "swap",
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "2",
        "--amount",
        "0.5",
    ]));
    assert_eq!(d["call"]["name"], "swap_stake_limit");
    event(&d, "SubtensorModule", "StakeSwapped");
    assert_eq!(stake_of(&net, "//Alice", "//Alice//hot", 1), on1 - TAO / 2);
    let gained = stake_of(&net, "//Alice", "//Alice//hot", 2) - on2;
    assert!(gained > 49 * TAO / 100 && gained < TAO / 2, "{gained}");

    let bob1 = stake_of(&net, "//Alice", "//Bob//hot", 1);
    let d = ok(&run(&[
        "move",
        "--origin-netuid",
        "1",
        "--dest-hotkey",
        &ss58_of("//Bob//hot"),
        "--amount",
        "3",
    ]));
    assert_eq!(d["call"]["name"], "move_stake");
    event(&d, "SubtensorModule", "StakeMoved");
    assert_eq!(stake_of(&net, "//Alice", "//Bob//hot", 1), bob1 + 3 * TAO);

    let d = ok(&run(&[
        "transfer",
        "--origin-netuid",
        "1",
        "--dest",
        &ss58_of("//Dave"),
        "--amount",
        "4",
    ]));
    assert_eq!(d["call"]["name"], "transfer_stake");
    event(&d, "SubtensorModule", "StakeTransferred");
    assert_eq!(stake_of(&net, "//Dave", "//Alice//hot", 1), 4 * TAO);
}
