//! The SubtensorModule calls beyond the basic stake/unstake/move/register flow.

mod common;

use common::*;
use subxt::dynamic::{At, Value};
use subxt::rpcs::{RpcClient, rpc_params};

const TAO: u128 = 1_000_000_000;

fn acct(uri: &str) -> Value {
    Value::from_bytes(id(uri))
}

#[tokio::test]
async fn transfer_swap_and_unstake_all() {
    let d = devnet().await;
    let api = client(&d).await;
    let alice = key("//Alice");

    let events = submit(
        &api,
        &alice,
        "SubtensorModule",
        "transfer_stake",
        vec![
            acct("//Bob"),
            acct("//Alice//hot"),
            Value::u128(1),
            Value::u128(1),
            Value::u128(10 * TAO),
        ],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "StakeTransferred"),
        "{events:?}"
    );
    assert_eq!(
        stake(&api, id("//Alice//hot"), id("//Bob"), 1).await,
        10 * TAO
    );
    assert_eq!(
        stake(&api, id("//Alice//hot"), id("//Alice"), 1).await,
        990 * TAO
    );

    let events = submit(
        &api,
        &alice,
        "SubtensorModule",
        "swap_stake",
        vec![
            acct("//Alice//hot"),
            Value::u128(1),
            Value::u128(2),
            Value::u128(10 * TAO),
        ],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "StakeSwapped"),
        "{events:?}"
    );
    let on2 = stake(&api, id("//Alice//hot"), id("//Alice"), 2).await;
    assert!(on2 > 1_009 * TAO && on2 < 1_010 * TAO, "{on2}");

    let err = submit(
        &api,
        &alice,
        "SubtensorModule",
        "swap_stake",
        vec![
            acct("//Alice//hot"),
            Value::u128(1),
            Value::u128(1),
            Value::u128(TAO),
        ],
    )
    .await
    .unwrap_err();
    assert!(err.contains("SameNetuid"), "{err}");

    // A limit above the current price ratio cannot fill; a partial fill stops at the limit.
    let swap_limit = |limit: u128, partial: bool| {
        vec![
            acct("//Alice//hot"),
            Value::u128(1),
            Value::u128(2),
            Value::u128(100 * TAO),
            Value::u128(limit),
            Value::bool(partial),
        ]
    };
    let err = submit(
        &api,
        &alice,
        "SubtensorModule",
        "swap_stake_limit",
        swap_limit(2 * TAO, false),
    )
    .await
    .unwrap_err();
    assert!(err.contains("SlippageTooHigh"), "{err}");
    let before = stake(&api, id("//Alice//hot"), id("//Alice"), 1).await;
    let events = submit(
        &api,
        &alice,
        "SubtensorModule",
        "swap_stake_limit",
        swap_limit(TAO * 95 / 100, true),
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "StakeSwapped"));
    let moved = before - stake(&api, id("//Alice//hot"), id("//Alice"), 1).await;
    assert!(moved > 0 && moved < 100 * TAO, "partial: {moved}");

    // Bob unstakes everything from his hotkey (subnets 1, 2 and 3).
    let bob = key("//Bob");
    let before = free_balance(&api, id("//Bob")).await;
    let events = submit(
        &api,
        &bob,
        "SubtensorModule",
        "unstake_all",
        vec![acct("//Bob//hot")],
    )
    .await
    .unwrap();
    let removed = events
        .iter()
        .filter(|(p, n)| p == "SubtensorModule" && n == "StakeRemoved")
        .count();
    assert_eq!(removed, 3, "{events:?}");
    for netuid in 1..=3 {
        assert_eq!(stake(&api, id("//Bob//hot"), id("//Bob"), netuid).await, 0);
    }
    // 500 α sold into each ~1000-TAO pool returns about a third of a TAO per α less slippage.
    assert!(free_balance(&api, id("//Bob")).await > before + 600 * TAO);
}

#[tokio::test]
async fn limit_orders_on_unstake() {
    let d = devnet().await;
    let api = client(&d).await;
    let alice = key("//Alice");
    let args = |limit: u128, partial: bool| {
        vec![
            acct("//Alice//hot"),
            Value::u128(1),
            Value::u128(500 * TAO),
            Value::u128(limit),
            Value::bool(partial),
        ]
    };
    let err = submit(
        &api,
        &alice,
        "SubtensorModule",
        "remove_stake_limit",
        args(TAO * 2, false),
    )
    .await
    .unwrap_err();
    assert!(err.contains("SlippageTooHigh"), "{err}");
    let events = submit(
        &api,
        &alice,
        "SubtensorModule",
        "remove_stake_limit",
        args(TAO * 98 / 100, true),
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "StakeRemoved"));
    let price = runtime_api(
        &api,
        "SwapRuntimeApi",
        "current_alpha_price",
        vec![Value::u128(1)],
    )
    .await
    .as_u128()
    .unwrap();
    assert!((TAO * 98 / 100..TAO).contains(&price), "price {price}");
}

#[tokio::test]
async fn registration_calls() {
    let d = devnet().await;
    let api = client(&d).await;
    let rpc = RpcClient::from_url(d.url()).await.unwrap();
    let eve = key("//Eve");
    let dave = key("//Dave");

    // register_limit: the burn cap is enforced.
    let err = submit(
        &api,
        &dave,
        "SubtensorModule",
        "register_limit",
        vec![Value::u128(2), acct("//Dave//hot2"), Value::u128(TAO / 10)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("RegistrationPriceLimitExceeded"), "{err}");
    let events = submit(
        &api,
        &dave,
        "SubtensorModule",
        "register_limit",
        vec![Value::u128(2), acct("//Dave//hot2"), Value::u128(2 * TAO)],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "NeuronRegistered"));

    // A hotkey owned by another coldkey cannot be registered.
    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "burned_register",
        vec![Value::u128(1), acct("//Dave//hot2")],
    )
    .await
    .unwrap_err();
    assert!(err.contains("NonAssociatedColdKey"), "{err}");
    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "burned_register",
        vec![Value::u128(0), acct("//Eve//hot")],
    )
    .await
    .unwrap_err();
    assert!(
        err.contains("RegistrationNotPermittedOnRootSubnet"),
        "{err}"
    );

    // Root registration.
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "root_register",
        vec![acct("//Eve//root")],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "NeuronRegistered"));
    let root = runtime_api(
        &api,
        "NeuronInfoRuntimeApi",
        "get_neurons_lite",
        vec![Value::u128(0)],
    )
    .await;
    assert!(root.at(0).is_some());

    // A new subnet: lock cost paid, not started until start_call after the delay.
    let cost = runtime_api(
        &api,
        "SubnetRegistrationRuntimeApi",
        "get_network_registration_cost",
        vec![],
    )
    .await
    .as_u128()
    .unwrap();
    let before = free_balance(&api, id("//Eve")).await;
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "register_network",
        vec![acct("//Eve//owner")],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "NetworkAdded"),
        "{events:?}"
    );
    // The lock cost decays a little each block (about 0.01 TAO) between the query and the call.
    assert!(before - free_balance(&api, id("//Eve")).await >= cost - TAO);
    let info = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_dynamic_info",
        vec![Value::u128(4)],
    )
    .await;
    assert!(info.at(0).is_some(), "subnet 4 exists");

    let stake_args = vec![acct("//Eve//owner"), Value::u128(4), Value::u128(TAO)];
    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "add_stake",
        stake_args.clone(),
    )
    .await
    .unwrap_err();
    assert!(err.contains("SubtokenDisabled"), "{err}");
    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "start_call",
        vec![Value::u128(4)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("NeedWaitingMoreBlocksToStarCall"), "{err}");
    let err = submit(
        &api,
        &dave,
        "SubtensorModule",
        "start_call",
        vec![Value::u128(4)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("BadOrigin"), "{err}");
    let _: String = rpc.request("dev_newBlocks", rpc_params![10]).await.unwrap();
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "start_call",
        vec![Value::u128(4)],
    )
    .await
    .unwrap();
    assert!(has_event(
        &events,
        "SubtensorModule",
        "FirstEmissionBlockNumberSet"
    ));
    let events = submit(&api, &eve, "SubtensorModule", "add_stake", stake_args)
        .await
        .unwrap();
    assert!(has_event(&events, "SubtensorModule", "StakeAdded"));
    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "start_call",
        vec![Value::u128(4)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("FirstEmissionBlockNumberAlreadySet"), "{err}");
}

#[tokio::test]
async fn root_stake_is_one_to_one_and_moves_within_a_subnet_do_not_swap() {
    let d = devnet().await;
    let api = client(&d).await;
    let charlie = key("//Charlie");
    let events = submit(
        &api,
        &charlie,
        "SubtensorModule",
        "add_stake",
        vec![
            acct("//Charlie//hot"),
            Value::u128(0),
            Value::u128(50 * TAO),
        ],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "StakeAdded"));
    assert_eq!(
        stake(&api, id("//Charlie//hot"), id("//Charlie"), 0).await,
        50 * TAO
    );

    // Same subnet, another hotkey: the α moves as is, the pool is untouched.
    let price = |api: &Api| {
        let api = api.clone();
        async move {
            runtime_api(
                &api,
                "SwapRuntimeApi",
                "current_alpha_price",
                vec![Value::u128(1)],
            )
            .await
            .as_u128()
            .unwrap()
        }
    };
    let before = price(&api).await;
    let alice = key("//Alice");
    submit(
        &api,
        &alice,
        "SubtensorModule",
        "move_stake",
        vec![
            acct("//Alice//hot"),
            acct("//Charlie//hot"),
            Value::u128(1),
            Value::u128(1),
            Value::u128(100 * TAO),
        ],
    )
    .await
    .unwrap();
    assert_eq!(price(&api).await, before);
    assert_eq!(
        stake(&api, id("//Charlie//hot"), id("//Alice"), 1).await,
        100 * TAO
    );

    let before = free_balance(&api, id("//Charlie")).await;
    submit(
        &api,
        &charlie,
        "SubtensorModule",
        "unstake_all",
        vec![acct("//Charlie//hot")],
    )
    .await
    .unwrap();
    let back = free_balance(&api, id("//Charlie")).await - before;
    assert!(
        back > 49 * TAO && back <= 50 * TAO,
        "root unstake returns the TAO less the fee: {back}"
    );
}
