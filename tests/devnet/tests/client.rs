//! The devnet through a real client (subxt 0.51): reads, runtime APIs, signed transactions and
//! the chain's rejections.

mod common;

use common::*;
use subxt::config::DefaultExtrinsicParamsBuilder;
use subxt::dynamic::{At, Value};
use subxt::rpcs::{RpcClient, rpc_params};
use subxt_signer::sr25519::dev;

const TAO: u128 = 1_000_000_000;

#[tokio::test]
async fn connects_and_reads_genesis_balances() {
    let d = devnet().await;
    let api = client(&d).await;
    for seed in [
        "//Alice",
        "//Bob",
        "//Charlie",
        "//Dave",
        "//Eve",
        "//Ferdie",
    ] {
        assert_eq!(
            free_balance(&api, id(seed)).await,
            1_000_000 * TAO,
            "{seed}"
        );
    }
    let at = api.at_current_block().await.unwrap();
    let nonce = at
        .runtime_apis()
        .call(subxt::dynamic::runtime_api_call::<_, u32>(
            "AccountNonceApi",
            "account_nonce",
            (Value::from_bytes(id("//Alice")),),
        ))
        .await
        .unwrap();
    assert_eq!(nonce, 0);
}

#[tokio::test]
async fn genesis_subnets_and_runtime_apis() {
    let d = devnet().await;
    let api = client(&d).await;

    let all = runtime_api(&api, "SubnetInfoRuntimeApi", "get_all_dynamic_info", vec![]).await;
    let netuids: Vec<u128> = (0..3)
        .map(|i| {
            all.at(i)
                .at(0)
                .at("netuid")
                .and_then(|n| n.as_u128())
                .expect("netuid")
        })
        .collect();
    assert_eq!(netuids, vec![0, 1, 2]);

    let dynamic = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_dynamic_info",
        vec![Value::u128(1)],
    )
    .await;
    let info = dynamic.at(0).expect("subnet 1 exists");
    assert_eq!(info.at("tempo").and_then(|v| v.as_u128()), Some(10));
    assert_eq!(
        info.at("tao_in").and_then(|v| v.as_u128()),
        Some(1_000 * TAO)
    );
    assert_eq!(
        info.at("alpha_out").and_then(|v| v.as_u128()),
        Some(1_500 * TAO)
    );

    let mg = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_metagraph",
        vec![Value::u128(2)],
    )
    .await;
    let mg = mg.at(0).expect("metagraph");
    assert_eq!(mg.at("num_uids").and_then(|v| v.as_u128()), Some(4));
    assert_eq!(mg.at("max_uids").and_then(|v| v.as_u128()), Some(16));
    assert_eq!(mg.at("burn").and_then(|v| v.as_u128()), Some(TAO));
    assert_eq!(
        mg.at("commit_reveal_weights_enabled")
            .and_then(|v| v.as_bool()),
        Some(true)
    );
    let permits: Vec<bool> = (0..4)
        .map(|i| {
            mg.at("validator_permit")
                .at(i)
                .and_then(|v| v.as_bool())
                .unwrap()
        })
        .collect();
    assert_eq!(permits, vec![true, true, false, false]);
    let hotkeys = mg.at("hotkeys").expect("hotkeys");
    assert_eq!(
        flat_bytes(hotkeys.at(0).expect("uid 0")),
        id("//Alice//hot").to_vec()
    );
    let alpha_stake: Vec<u128> = (0..4)
        .map(|i| {
            mg.at("alpha_stake")
                .at(i)
                .and_then(|v| v.as_u128())
                .unwrap()
        })
        .collect();
    assert_eq!(alpha_stake, vec![1_000 * TAO, 500 * TAO, 0, 0]);

    let v2 = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_subnet_hyperparams_v2",
        vec![Value::u128(1)],
    )
    .await;
    assert_eq!(v2.at(0).at("tempo").and_then(|v| v.as_u128()), Some(10));
    assert_eq!(
        v2.at(0)
            .at("commit_reveal_weights_enabled")
            .and_then(|v| v.as_bool()),
        Some(false)
    );
    let v3 = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_subnet_hyperparams_v3",
        vec![Value::u128(2)],
    )
    .await;
    assert!(
        v3.at(0).at(0).at("name").is_some(),
        "v3 lists named entries"
    );
    let next = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_next_epoch_start_block",
        vec![Value::u128(1)],
    )
    .await;
    assert!(next.at(0).and_then(|v| v.as_u128()).is_some());
    let none = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_dynamic_info",
        vec![Value::u128(77)],
    )
    .await;
    assert!(none.at(0).is_none(), "unknown subnet is None");

    let neurons = runtime_api(
        &api,
        "NeuronInfoRuntimeApi",
        "get_neurons_lite",
        vec![Value::u128(1)],
    )
    .await;
    assert!(neurons.at(3).is_some() && neurons.at(4).is_none());
    assert_eq!(
        neurons
            .at(1)
            .at("validator_permit")
            .and_then(|v| v.as_bool()),
        Some(true)
    );

    let stake_infos = runtime_api(
        &api,
        "StakeInfoRuntimeApi",
        "get_stake_info_for_coldkey",
        vec![Value::from_bytes(id("//Alice"))],
    )
    .await;
    assert_eq!(
        stake_infos.at(0).at("stake").and_then(|v| v.as_u128()),
        Some(1_000 * TAO)
    );
    assert_eq!(
        stake_infos.at(1).at("stake").and_then(|v| v.as_u128()),
        Some(1_000 * TAO)
    );
    let many = runtime_api(
        &api,
        "StakeInfoRuntimeApi",
        "get_stake_info_for_coldkeys",
        vec![Value::unnamed_composite(vec![
            Value::from_bytes(id("//Alice")),
            Value::from_bytes(id("//Bob")),
        ])],
    )
    .await;
    assert_eq!(
        many.at(1).at(1).at(0).at("stake").and_then(|v| v.as_u128()),
        Some(500 * TAO)
    );
    let fee = runtime_api(
        &api,
        "StakeInfoRuntimeApi",
        "get_stake_fee",
        vec![
            Value::unnamed_variant("None", vec![]),
            Value::from_bytes(id("//Alice")),
            Value::unnamed_variant(
                "Some",
                vec![Value::unnamed_composite(vec![
                    Value::from_bytes(id("//Alice//hot")),
                    Value::u128(1),
                ])],
            ),
            Value::from_bytes(id("//Alice")),
            Value::u128(TAO),
        ],
    )
    .await;
    assert_eq!(fee.as_u128(), Some(TAO * 33 / 65535));

    let delegates = runtime_api(&api, "DelegateInfoRuntimeApi", "get_delegates", vec![]).await;
    assert!(delegates.at(3).is_some(), "four dev hotkeys are delegates");
    let cost = runtime_api(
        &api,
        "SubnetRegistrationRuntimeApi",
        "get_network_registration_cost",
        vec![],
    )
    .await;
    assert!(cost.as_u128().unwrap() >= 1_000 * TAO);

    let price = runtime_api(
        &api,
        "SwapRuntimeApi",
        "current_alpha_price",
        vec![Value::u128(1)],
    )
    .await;
    assert_eq!(price.as_u128(), Some(TAO));
    let prices = runtime_api(&api, "SwapRuntimeApi", "current_alpha_price_all", vec![]).await;
    assert_eq!(
        prices.at(0).at("price").and_then(|v| v.as_u128()),
        Some(TAO),
        "root is 1:1"
    );
    let buy = runtime_api(
        &api,
        "SwapRuntimeApi",
        "sim_swap_tao_for_alpha",
        vec![Value::u128(1), Value::u128(10 * TAO)],
    )
    .await;
    let fee = 10 * TAO * 33 / 65535;
    let net = 10 * TAO - fee;
    let expected = 1_000 * TAO * net / (1_000 * TAO + net);
    assert_eq!(
        buy.at("alpha_amount").and_then(|v| v.as_u128()),
        Some(expected)
    );
    assert_eq!(buy.at("tao_fee").and_then(|v| v.as_u128()), Some(fee));
    let sell = runtime_api(
        &api,
        "SwapRuntimeApi",
        "sim_swap_alpha_for_tao",
        vec![Value::u128(1), Value::u128(10 * TAO)],
    )
    .await;
    assert_eq!(sell.at("alpha_fee").and_then(|v| v.as_u128()), Some(fee));

    let call = subxt::dynamic::tx(
        "Balances",
        "transfer_keep_alive",
        vec![
            Value::unnamed_variant("Id", vec![Value::from_bytes(id("//Bob"))]),
            Value::u128(TAO),
        ],
    );
    let at = api.at_current_block().await.unwrap();
    let signed = at
        .transactions()
        .create_signed(
            &call,
            &dev::alice(),
            DefaultExtrinsicParamsBuilder::new().build(),
        )
        .await
        .unwrap();
    let len = signed.encoded().len() as u128;
    // The argument is the extrinsic itself (its bytes after the length prefix).
    let mut body = signed.encoded();
    <codec::Compact<u32> as codec::Decode>::decode(&mut body).unwrap();
    let info = runtime_api(
        &api,
        "TransactionPaymentApi",
        "query_info",
        vec![Value::from_bytes(body), Value::u128(len)],
    )
    .await;
    let partial = info.at("partial_fee").and_then(|v| v.as_u128()).unwrap();
    assert!(partial > 0, "fees are charged");
}

#[tokio::test]
async fn transfer_stake_unstake_move_and_register() {
    let d = devnet().await;
    let api = client(&d).await;
    let alice = dev::alice();
    let eve = key("//Eve");

    // Transfer.
    let bob_before = free_balance(&api, id("//Bob")).await;
    let events = submit(
        &api,
        &alice,
        "Balances",
        "transfer_keep_alive",
        vec![
            Value::unnamed_variant("Id", vec![Value::from_bytes(id("//Bob"))]),
            Value::u128(5 * TAO),
        ],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "Balances", "Transfer"), "{events:?}");
    assert!(has_event(
        &events,
        "TransactionPayment",
        "TransactionFeePaid"
    ));
    assert_eq!(free_balance(&api, id("//Bob")).await, bob_before + 5 * TAO);

    // Stake 10 TAO from //Eve on //Alice//hot in subnet 1.
    let eve_before = free_balance(&api, id("//Eve")).await;
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "add_stake",
        vec![
            Value::from_bytes(id("//Alice//hot")),
            Value::u128(1),
            Value::u128(10 * TAO),
        ],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "StakeAdded"),
        "{events:?}"
    );
    let eve_after = free_balance(&api, id("//Eve")).await;
    assert!(
        eve_before - eve_after > 10 * TAO,
        "stake plus fee left the balance"
    );
    let staked = stake(&api, id("//Alice//hot"), id("//Eve"), 1).await;
    let fee = 10 * TAO * 33 / 65535;
    assert_eq!(
        staked,
        1_000 * TAO * (10 * TAO - fee) / (1_000 * TAO + 10 * TAO - fee)
    );

    // Move half to //Bob//hot on subnet 2.
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "move_stake",
        vec![
            Value::from_bytes(id("//Alice//hot")),
            Value::from_bytes(id("//Bob//hot")),
            Value::u128(1),
            Value::u128(2),
            Value::u128(staked / 2),
        ],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "StakeMoved"),
        "{events:?}"
    );
    assert!(stake(&api, id("//Bob//hot"), id("//Eve"), 2).await > 0);
    let left = stake(&api, id("//Alice//hot"), id("//Eve"), 1).await;
    assert_eq!(left, staked - staked / 2);

    // Unstake what is left on subnet 1.
    let before = free_balance(&api, id("//Eve")).await;
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "remove_stake",
        vec![
            Value::from_bytes(id("//Alice//hot")),
            Value::u128(1),
            Value::u128(left),
        ],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "StakeRemoved"),
        "{events:?}"
    );
    assert_eq!(stake(&api, id("//Alice//hot"), id("//Eve"), 1).await, 0);
    assert!(free_balance(&api, id("//Eve")).await > before);

    // Register //Eve//hot on subnet 1 for the 1 TAO burn.
    let before = free_balance(&api, id("//Eve")).await;
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "burned_register",
        vec![Value::u128(1), Value::from_bytes(id("//Eve//hot"))],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "NeuronRegistered"),
        "{events:?}"
    );
    // The burn (1 TAO at genesis, decaying each block) and the fee left the balance.
    assert!(before - free_balance(&api, id("//Eve")).await > TAO * 9 / 10);
    let neurons = runtime_api(
        &api,
        "NeuronInfoRuntimeApi",
        "get_neurons_lite",
        vec![Value::u128(1)],
    )
    .await;
    assert!(neurons.at(4).is_some(), "uid 4 assigned");
    let burn = runtime_api(
        &api,
        "SubnetInfoRuntimeApi",
        "get_metagraph",
        vec![Value::u128(1)],
    )
    .await;
    let burn = burn.at(0).at("burn").and_then(|v| v.as_u128()).unwrap();
    assert!(burn > TAO, "the burn rose after a registration: {burn}");

    // Registering the same hotkey again fails with the real error name.
    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "burned_register",
        vec![Value::u128(1), Value::from_bytes(id("//Eve//hot"))],
    )
    .await
    .unwrap_err();
    assert!(err.contains("HotKeyAlreadyRegisteredInSubNet"), "{err}");
}

#[tokio::test]
async fn staking_errors_come_back_as_module_errors() {
    let d = devnet().await;
    let api = client(&d).await;
    let eve = key("//Eve");
    let hot = Value::from_bytes(id("//Alice//hot"));

    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "add_stake",
        vec![hot.clone(), Value::u128(1), Value::u128(1_000_000)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("AmountTooLow"), "{err}");

    // A limit price below the current price cannot fill.
    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "add_stake_limit",
        vec![
            hot.clone(),
            Value::u128(1),
            Value::u128(10 * TAO),
            Value::u128(TAO / 2),
            Value::bool(false),
        ],
    )
    .await
    .unwrap_err();
    assert!(err.contains("SlippageTooHigh"), "{err}");

    // A limit 1% above the price fills partially.
    let events = submit(
        &api,
        &eve,
        "SubtensorModule",
        "add_stake_limit",
        vec![
            hot.clone(),
            Value::u128(1),
            Value::u128(100 * TAO),
            Value::u128(TAO * 101 / 100),
            Value::bool(true),
        ],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "StakeAdded"));
    let price = runtime_api(
        &api,
        "SwapRuntimeApi",
        "current_alpha_price",
        vec![Value::u128(1)],
    )
    .await;
    let price = price.as_u128().unwrap();
    assert!(price <= TAO * 101 / 100 && price > TAO, "price {price}");

    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "add_stake",
        vec![hot.clone(), Value::u128(1), Value::u128(2_000_000 * TAO)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("NotEnoughBalanceToStake"), "{err}");

    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "remove_stake",
        vec![hot.clone(), Value::u128(2), Value::u128(TAO)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("NotEnoughStakeToWithdraw"), "{err}");

    let err = submit(
        &api,
        &eve,
        "SubtensorModule",
        "add_stake",
        vec![hot, Value::u128(9), Value::u128(TAO)],
    )
    .await
    .unwrap_err();
    assert!(err.contains("SubnetNotExists"), "{err}");
}

async fn raw_submit(d: &tao_devnet::Devnet, bytes: &[u8]) -> Result<String, String> {
    let rpc = RpcClient::from_url(d.url()).await.unwrap();
    rpc.request::<String>(
        "author_submitExtrinsic",
        rpc_params![format!("0x{}", hex::encode(bytes))],
    )
    .await
    .map_err(|e| format!("{e:?}"))
}

#[tokio::test]
async fn pool_rejections_match_the_node() {
    let d = devnet().await;
    let api = client(&d).await;
    let alice = dev::alice();
    let transfer = |amount: u128| {
        subxt::dynamic::tx(
            "Balances",
            "transfer_keep_alive",
            vec![
                Value::unnamed_variant("Id", vec![Value::from_bytes(id("//Bob"))]),
                Value::u128(amount),
            ],
        )
    };

    let at = api.at_current_block().await.unwrap();
    let tx = at
        .transactions()
        .create_signed(
            &transfer(TAO),
            &alice,
            DefaultExtrinsicParamsBuilder::new().nonce(0).build(),
        )
        .await
        .unwrap();
    let bytes = tx.encoded().to_vec();

    // Bad signature: flip one bit of the sr25519 signature.
    let mut bad = bytes.clone();
    // Compact length (2 bytes), version, MultiAddress::Id (33), signature variant.
    let sig_at = 2 + 1 + 33 + 1;
    bad[sig_at + 10] ^= 1;
    let err = raw_submit(&d, &bad).await.unwrap_err();
    assert!(
        err.contains("1010") && err.contains("bad signature"),
        "{err}"
    );

    raw_submit(&d, &bytes).await.expect("first submission");
    // Replaying the same bytes: the pool bans transactions it has seen included.
    let err = raw_submit(&d, &bytes).await.unwrap_err();
    assert!(
        err.contains("1012") && err.contains("temporarily banned"),
        "{err}"
    );

    // A different transaction with the used nonce is stale.
    let at = api.at_current_block().await.unwrap();
    let stale = at
        .transactions()
        .create_signed(
            &transfer(2 * TAO),
            &alice,
            DefaultExtrinsicParamsBuilder::new().nonce(0).build(),
        )
        .await
        .unwrap();
    let err = raw_submit(&d, stale.encoded()).await.unwrap_err();
    assert!(err.contains("1010") && err.contains("outdated"), "{err}");

    // A mortal transaction whose era has passed no longer verifies.
    let at = api.at_current_block().await.unwrap();
    let mortal = at
        .transactions()
        .create_signed(
            &transfer(3 * TAO),
            &alice,
            DefaultExtrinsicParamsBuilder::new().mortal(4).build(),
        )
        .await
        .unwrap();
    let rpc = RpcClient::from_url(d.url()).await.unwrap();
    let _: String = rpc.request("dev_newBlocks", rpc_params![10]).await.unwrap();
    let err = raw_submit(&d, mortal.encoded()).await.unwrap_err();
    // The era now resolves to a different birth block, so the signed payload no longer matches.
    assert!(
        err.contains("1010") && err.contains("bad signature"),
        "{err}"
    );

    // An account that cannot pay the fee.
    let poor = key("//Poor");
    let at = api.at_current_block().await.unwrap();
    let broke = at
        .transactions()
        .create_signed(
            &transfer(TAO),
            &poor,
            DefaultExtrinsicParamsBuilder::new().build(),
        )
        .await
        .unwrap();
    let err = raw_submit(&d, broke.encoded()).await.unwrap_err();
    assert!(
        err.contains("1010") && err.contains("Inability to pay"),
        "{err}"
    );
}

#[tokio::test]
async fn history_and_dev_hooks() {
    let d = devnet().await;
    let api = client(&d).await;
    let rpc = RpcClient::from_url(d.url()).await.unwrap();
    let genesis: String = rpc
        .request("chain_getBlockHash", rpc_params![0])
        .await
        .unwrap();
    let _: Option<String> = rpc
        .request("dev_resetRequestCounts", rpc_params![])
        .await
        .unwrap();
    let before = free_balance(&api, id("//Bob")).await;
    submit(
        &api,
        &dev::alice(),
        "Balances",
        "transfer_keep_alive",
        vec![
            Value::unnamed_variant("Id", vec![Value::from_bytes(id("//Bob"))]),
            Value::u128(7 * TAO),
        ],
    )
    .await
    .unwrap();
    let counts: serde_json::Value = rpc
        .request("dev_requestCounts", rpc_params![])
        .await
        .unwrap();
    assert_eq!(counts["author_submitAndWatchExtrinsic"], 1, "{counts}");

    // State at genesis is still readable.
    let at = api
        .at_block(subxt::utils::H256::from_slice(
            &hex::decode(genesis.trim_start_matches("0x")).unwrap(),
        ))
        .await
        .unwrap();
    let v = at
        .storage()
        .fetch(
            subxt::dynamic::storage::<([u8; 32],), Value>("System", "Account"),
            (id("//Bob"),),
        )
        .await
        .unwrap()
        .decode()
        .unwrap();
    assert_eq!(
        v.at("data").at("free").and_then(|f| f.as_u128()),
        Some(before)
    );
    assert_eq!(free_balance(&api, id("//Bob")).await, before + 7 * TAO);

    let methods: serde_json::Value = rpc.request("rpc_methods", rpc_params![]).await.unwrap();
    let list = methods["methods"].as_array().unwrap();
    assert!(
        list.iter()
            .all(|m| !m.as_str().unwrap().starts_with("chainHead"))
    );
    assert!(list.iter().any(|m| m == "dev_newBlocks"));
}

#[tokio::test]
async fn dev_methods_hidden_without_flag() {
    let d = tao_devnet::Devnet::start(tao_devnet::Options {
        port: 0,
        block_mode: tao_devnet::BlockMode::Interval(std::time::Duration::from_millis(50)),
        dev_rpc: false,
        hide_newer: false,
        state_file: None,
    })
    .await
    .unwrap();
    let rpc = RpcClient::from_url(d.url()).await.unwrap();
    let methods: serde_json::Value = rpc.request("rpc_methods", rpc_params![]).await.unwrap();
    let list = methods["methods"].as_array().unwrap();
    assert!(
        list.iter()
            .all(|m| !m.as_str().unwrap().starts_with("dev_"))
    );
    let err = rpc
        .request::<serde_json::Value>("dev_newBlocks", rpc_params![1])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("not found"), "{err}");
    // Blocks keep coming on their own.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let head: serde_json::Value = rpc.request("chain_getHeader", rpc_params![]).await.unwrap();
        let n = u64::from_str_radix(
            head["number"].as_str().unwrap().trim_start_matches("0x"),
            16,
        )
        .unwrap();
        if n >= 2 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "stuck at block {n}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn newer_items_can_be_hidden() {
    let d = tao_devnet::Devnet::start(tao_devnet::Options {
        port: 0,
        block_mode: tao_devnet::BlockMode::Instant,
        dev_rpc: true,
        hide_newer: true,
        state_file: None,
    })
    .await
    .unwrap();
    let api = client(&d).await;
    let at = api.at_current_block().await.unwrap();
    let md = at.metadata();
    let st = md.pallet_by_name("SubtensorModule").unwrap();
    assert!(st.call_variant_by_name("register_limit").is_none());
    assert!(st.call_variant_by_name("burned_register").is_some());
    let subnet_info = md
        .runtime_api_trait_by_name("SubnetInfoRuntimeApi")
        .unwrap();
    assert!(
        subnet_info
            .method_by_name("get_subnet_hyperparams_v3")
            .is_none()
    );
    assert!(
        subnet_info
            .method_by_name("get_next_epoch_start_block")
            .is_none()
    );
    assert!(
        subnet_info
            .method_by_name("get_subnet_hyperparams_v2")
            .is_some()
    );

    let rpc = RpcClient::from_url(d.url()).await.unwrap();
    let err = rpc
        .request::<String>(
            "state_call",
            rpc_params!["SubnetInfoRuntimeApi_get_next_epoch_start_block", "0x0100"],
        )
        .await
        .unwrap_err();
    assert!(format!("{err:?}").contains("is not found"), "{err:?}");

    // The default devnet serves them.
    let full = devnet().await;
    let api = client(&full).await;
    let at = api.at_current_block().await.unwrap();
    let md = at.metadata();
    assert!(
        md.pallet_by_name("SubtensorModule")
            .unwrap()
            .call_variant_by_name("register_limit")
            .is_some()
    );
}

#[tokio::test]
async fn batches_work_but_do_not_nest() {
    let d = devnet().await;
    let api = client(&d).await;
    // A RuntimeCall value: the pallet variant wraps the pallet's call enum.
    let transfer = || {
        Value::unnamed_variant(
            "Balances",
            vec![Value::named_variant(
                "transfer_keep_alive",
                [
                    (
                        "dest",
                        Value::unnamed_variant("Id", vec![Value::from_bytes(id("//Bob"))]),
                    ),
                    ("value", Value::u128(TAO)),
                ],
            )],
        )
    };
    let before = free_balance(&api, id("//Bob")).await;
    let events = submit(
        &api,
        &dev::alice(),
        "Utility",
        "batch_all",
        vec![Value::unnamed_composite(vec![transfer(), transfer()])],
    )
    .await
    .unwrap();
    assert!(
        has_event(&events, "Utility", "BatchCompleted"),
        "{events:?}"
    );
    assert_eq!(free_balance(&api, id("//Bob")).await, before + 2 * TAO);

    let inner = Value::unnamed_variant(
        "Utility",
        vec![Value::named_variant(
            "batch",
            [("calls", Value::unnamed_composite(vec![transfer()]))],
        )],
    );
    let err = submit(
        &api,
        &dev::alice(),
        "Utility",
        "batch",
        vec![Value::unnamed_composite(vec![inner])],
    )
    .await
    .unwrap_err();
    assert!(err.contains("CallFiltered"), "{err}");
}

#[tokio::test]
async fn interval_blocks_include_watched_transactions() {
    let d = tao_devnet::Devnet::start(tao_devnet::Options {
        port: 0,
        block_mode: tao_devnet::BlockMode::Interval(std::time::Duration::from_millis(100)),
        dev_rpc: false,
        hide_newer: false,
        state_file: None,
    })
    .await
    .unwrap();
    let api = client(&d).await;
    let before = free_balance(&api, id("//Charlie")).await;
    let events = submit(
        &api,
        &dev::alice(),
        "Balances",
        "transfer_keep_alive",
        vec![
            Value::unnamed_variant("Id", vec![Value::from_bytes(id("//Charlie"))]),
            Value::u128(3 * TAO),
        ],
    )
    .await
    .unwrap();
    assert!(has_event(&events, "Balances", "Transfer"));
    assert_eq!(free_balance(&api, id("//Charlie")).await, before + 3 * TAO);
}

#[test]
fn spawned_devnet_serves_without_a_runtime() {
    use std::io::{Read, Write};
    let d = tao_devnet::Devnet::spawn(tao_devnet::Options {
        port: 0,
        dev_rpc: true,
        ..Default::default()
    })
    .unwrap();
    let body = r#"{"jsonrpc":"2.0","id":1,"method":"dev_newBlocks","params":[3]}"#;
    let mut s = std::net::TcpStream::connect(("127.0.0.1", d.port)).unwrap();
    write!(
        s,
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.contains("\"result\":\"0x"), "{out}");
    assert_eq!(d.ctx.request_counts()["dev_newBlocks"], 1);
    assert!(d.url().starts_with("ws://127.0.0.1:"));
    drop(d);
}
