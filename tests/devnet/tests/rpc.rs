//! The JSON-RPC surface: subscriptions, storage queries, dev hooks, limits and malformed input.

mod common;

use common::*;
use serde_json::Value as Json;
use subxt::rpcs::{RpcClient, rpc_params};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn rpc(d: &tao_devnet::Devnet) -> RpcClient {
    RpcClient::from_url(d.url()).await.expect("connects")
}

/// A plain HTTP POST; returns the response body.
async fn http_post(port: u16, body: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let req = format!(
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    // The server may answer (and close) before reading an oversized body.
    let _ = s.write_all(req.as_bytes()).await;
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out).await;
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test]
async fn watched_transaction_reports_ready_in_block_finalized() {
    let d = devnet().await;
    let api = client(&d).await;
    let at = api.at_current_block().await.unwrap();
    let call = subxt::dynamic::tx(
        "Balances",
        "transfer_keep_alive",
        vec![
            subxt::dynamic::Value::unnamed_variant(
                "Id",
                vec![subxt::dynamic::Value::from_bytes(id("//Bob"))],
            ),
            subxt::dynamic::Value::u128(1_000_000_000),
        ],
    );
    let tx = at
        .transactions()
        .create_signed(
            &call,
            &subxt_signer::sr25519::dev::alice(),
            subxt::config::DefaultExtrinsicParamsBuilder::new().build(),
        )
        .await
        .unwrap();
    let hex = format!("0x{}", hex::encode(tx.encoded()));
    let client = rpc(&d).await;
    let info: Json = client
        .request("payment_queryInfo", rpc_params![hex.clone()])
        .await
        .unwrap();
    assert_eq!(info["class"], "normal");
    let fee: u64 = info["partialFee"].as_str().unwrap().parse().unwrap();
    assert!(fee > 0, "{info}");
    let mut sub = client
        .subscribe::<Json>(
            "author_submitAndWatchExtrinsic",
            rpc_params![hex],
            "author_unwatchExtrinsic",
        )
        .await
        .unwrap();
    let mut statuses = Vec::new();
    while let Some(Ok(s)) = sub.next().await {
        statuses.push(s);
        if statuses.len() == 3 {
            break;
        }
    }
    assert_eq!(statuses[0], "ready");
    let in_block = statuses[1]["inBlock"].as_str().unwrap().to_string();
    assert_eq!(statuses[2]["finalized"].as_str().unwrap(), in_block);
    let block: Json = client
        .request("chain_getBlock", rpc_params![in_block])
        .await
        .unwrap();
    assert_eq!(block["block"]["extrinsics"].as_array().unwrap().len(), 1);
    let head: String = client
        .request("chain_getFinalizedHead", rpc_params![])
        .await
        .unwrap();
    let best: String = client
        .request("chain_getHead", rpc_params![])
        .await
        .unwrap();
    assert_eq!(head, best, "finality is immediate");
}

#[tokio::test]
async fn storage_queries_and_chain_info() {
    let d = devnet().await;
    let client = rpc(&d).await;
    // System.Account prefix: twox128("System") ++ twox128("Account").
    let prefix = "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9";
    let keys: Vec<String> = client
        .request("state_getKeysPaged", rpc_params![prefix, 4])
        .await
        .unwrap();
    assert_eq!(keys.len(), 4);
    let next: Vec<String> = client
        .request(
            "state_getKeysPaged",
            rpc_params![prefix, 100, keys[3].clone()],
        )
        .await
        .unwrap();
    assert!(!next.contains(&keys[3]) && next.len() >= 2, "{next:?}");
    let at: String = client
        .request("chain_getHead", rpc_params![])
        .await
        .unwrap();
    let q: Json = client
        .request(
            "state_queryStorageAt",
            rpc_params![vec![keys[0].clone()], at.clone()],
        )
        .await
        .unwrap();
    assert_eq!(q[0]["block"], at);
    assert!(q[0]["changes"][0][1].is_string());
    let v: Option<String> = client
        .request("state_getStorage", rpc_params![keys[0].clone()])
        .await
        .unwrap();
    assert_eq!(v.as_deref(), q[0]["changes"][0][1].as_str());

    let props: Json = client
        .request("system_properties", rpc_params![])
        .await
        .unwrap();
    assert_eq!(props["tokenSymbol"], "TAO");
    assert_eq!(props["tokenDecimals"], 9);
    assert_eq!(props["ss58Format"], 42);
    let version: Json = client
        .request("state_getRuntimeVersion", rpc_params![])
        .await
        .unwrap();
    assert_eq!(version["specName"], "node-subtensor");
    assert_eq!(version["transactionVersion"], 1);
    let next: u32 = client
        .request(
            "system_accountNextIndex",
            rpc_params!["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"],
        )
        .await
        .unwrap();
    assert_eq!(next, 0);
    let metadata: String = client
        .request("state_getMetadata", rpc_params![])
        .await
        .unwrap();
    assert!(metadata.starts_with("0x6d657461"), "starts with b\"meta\"");
    let hashes: Vec<Option<String>> = client
        .request("chain_getBlockHash", rpc_params![vec![0, 99_999]])
        .await
        .unwrap();
    assert!(hashes[0].is_some() && hashes[1].is_none());
}

#[tokio::test]
async fn request_counts_and_new_blocks() {
    let d = devnet().await;
    let client = rpc(&d).await;
    let _: Option<String> = client
        .request("dev_resetRequestCounts", rpc_params![])
        .await
        .unwrap();
    let _: String = client
        .request("chain_getHead", rpc_params![])
        .await
        .unwrap();
    let _: String = client
        .request("chain_getHead", rpc_params![])
        .await
        .unwrap();
    let last: String = client
        .request("dev_newBlocks", rpc_params![5])
        .await
        .unwrap();
    let header: Json = client
        .request("chain_getHeader", rpc_params![last])
        .await
        .unwrap();
    assert_eq!(header["number"], "0x5");
    let counts: Json = client
        .request("dev_requestCounts", rpc_params![])
        .await
        .unwrap();
    assert_eq!(counts["chain_getHead"], 2);
    assert_eq!(counts["dev_newBlocks"], 1);
    assert_eq!(counts["chain_getHeader"], 1);
    // The library exposes the same counters.
    assert_eq!(d.ctx.request_counts()["chain_getHead"], 2);
    d.ctx.reset_request_counts();
    assert!(d.ctx.request_counts().is_empty());
}

#[tokio::test]
async fn connections_drop_after_k_notifications() {
    let d = devnet().await;
    let watcher = rpc(&d).await;
    let control = rpc(&d).await;
    let _: Option<String> = control
        .request("dev_dropConnectionsAfter", rpc_params![2])
        .await
        .unwrap();
    let mut heads = watcher
        .subscribe::<Json>(
            "chain_subscribeNewHeads",
            rpc_params![],
            "chain_unsubscribeNewHeads",
        )
        .await
        .unwrap();
    // Notification 1: the current head.
    assert!(heads.next().await.unwrap().is_ok());
    let _: String = control
        .request("dev_newBlocks", rpc_params![1])
        .await
        .unwrap();
    // Notification 2 arrives, then every connection is dropped.
    assert!(heads.next().await.unwrap().is_ok());
    let end = tokio::time::timeout(std::time::Duration::from_secs(5), heads.next())
        .await
        .expect("the subscription ends");
    assert!(end.is_none() || end.unwrap().is_err());
    let gone = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        control.request::<String>("chain_getHead", rpc_params![]),
    )
    .await
    .expect("answers or fails quickly");
    assert!(gone.is_err(), "the control connection was dropped too");
    // New connections work.
    let fresh = rpc(&d).await;
    let _: String = fresh.request("chain_getHead", rpc_params![]).await.unwrap();
}

#[tokio::test]
async fn malformed_and_oversized_requests_get_errors() {
    let d = devnet().await;
    let body = http_post(d.port, "{not json").await;
    assert!(body.contains("-32700"), "{body}");
    let body = http_post(
        d.port,
        r#"{"jsonrpc":"2.0","id":1,"method":"state_call","params":["Core_version","0xzz"]}"#,
    )
    .await;
    assert!(body.contains("-32602"), "{body}");
    let body = http_post(
        d.port,
        r#"{"jsonrpc":"2.0","id":1,"method":"state_call","params":["SwapRuntimeApi_current_alpha_price","0x"]}"#,
    )
    .await;
    assert!(
        body.contains("\"error\""),
        "bad runtime-API input is an error: {body}"
    );
    let body = http_post(
        d.port,
        r#"{"jsonrpc":"2.0","id":1,"method":"author_submitExtrinsic","params":["0x0102"]}"#,
    )
    .await;
    assert!(body.contains("\"error\""), "{body}");
    let big = format!(
        r#"{{"jsonrpc":"2.0","id":1,"method":"state_call","params":["Core_version","0x{}"]}}"#,
        "00".repeat(9 * 1024 * 1024)
    );
    let body = http_post(d.port, &big).await;
    assert!(
        body.contains("413") || body.contains("too big"),
        "{}",
        &body[..body.len().min(300)]
    );
    // Still serving.
    let body = http_post(
        d.port,
        r#"{"jsonrpc":"2.0","id":1,"method":"system_chain","params":[]}"#,
    )
    .await;
    assert!(body.contains("Development"), "{body}");
}

#[tokio::test]
async fn head_subscriptions_follow_new_blocks() {
    let d = devnet().await;
    let client = rpc(&d).await;
    for (sub, unsub) in [
        ("chain_subscribeNewHeads", "chain_unsubscribeNewHeads"),
        (
            "chain_subscribeFinalizedHeads",
            "chain_unsubscribeFinalizedHeads",
        ),
        ("chain_subscribeAllHeads", "chain_unsubscribeAllHeads"),
    ] {
        let mut heads = client
            .subscribe::<Json>(sub, rpc_params![], unsub)
            .await
            .unwrap();
        let first = heads.next().await.unwrap().unwrap();
        let n = |h: &Json| {
            u64::from_str_radix(h["number"].as_str().unwrap().trim_start_matches("0x"), 16).unwrap()
        };
        let _: String = client
            .request("dev_newBlocks", rpc_params![1])
            .await
            .unwrap();
        let second = heads.next().await.unwrap().unwrap();
        assert_eq!(n(&second), n(&first) + 1, "{sub}");
    }
}

// ---- fault hooks ----

async fn alice_transfer_hex(api: &Api) -> String {
    let at = api.at_current_block().await.unwrap();
    let call = subxt::dynamic::tx(
        "Balances",
        "transfer_keep_alive",
        vec![
            subxt::dynamic::Value::unnamed_variant(
                "Id",
                vec![subxt::dynamic::Value::from_bytes(id("//Bob"))],
            ),
            subxt::dynamic::Value::u128(1_000_000_000),
        ],
    );
    let tx = at
        .transactions()
        .create_signed(
            &call,
            &subxt_signer::sr25519::dev::alice(),
            subxt::config::DefaultExtrinsicParamsBuilder::new().build(),
        )
        .await
        .unwrap();
    format!("0x{}", hex::encode(tx.encoded()))
}

#[tokio::test]
async fn fault_hooks_are_listed_only_with_dev_rpc() {
    let d = devnet().await;
    let methods: Json = rpc(&d)
        .await
        .request("rpc_methods", rpc_params![])
        .await
        .unwrap();
    let listed: Vec<&str> = methods["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    for m in [
        "dev_delayResponses",
        "dev_dropConnectionsAfterRequests",
        "dev_dropConnectionsAfterSubmit",
        "dev_malformedResponses",
        "dev_truncateScale",
        "dev_setGenesisHash",
        "dev_resetFaults",
    ] {
        assert!(listed.contains(&m), "{m} not listed");
    }
    let plain = tao_devnet::Devnet::start(tao_devnet::Options {
        dev_rpc: false,
        ..tao_devnet::Options::for_tests()
    })
    .await
    .unwrap();
    let c = rpc(&plain).await;
    let methods: Json = c.request("rpc_methods", rpc_params![]).await.unwrap();
    assert!(!methods.to_string().contains("dev_"), "{methods}");
    assert!(
        c.request::<Json>("dev_resetFaults", rpc_params![])
            .await
            .is_err()
    );
}

#[tokio::test]
async fn responses_are_delayed_until_reset() {
    let d = devnet().await;
    let c = rpc(&d).await;
    let _: Json = c
        .request("dev_delayResponses", rpc_params![400])
        .await
        .unwrap();
    let t = std::time::Instant::now();
    let _: String = c.request("chain_getHead", rpc_params![]).await.unwrap();
    assert!(t.elapsed() >= std::time::Duration::from_millis(400));
    // The hooks themselves are never delayed.
    let t = std::time::Instant::now();
    let _: Json = c.request("dev_resetFaults", rpc_params![]).await.unwrap();
    let _: String = c.request("chain_getHead", rpc_params![]).await.unwrap();
    assert!(t.elapsed() < std::time::Duration::from_millis(300));
}

#[tokio::test]
async fn connections_drop_after_n_requests_without_an_answer() {
    let d = devnet().await;
    let c = rpc(&d).await;
    let _: Json = c
        .request("dev_dropConnectionsAfterRequests", rpc_params![2])
        .await
        .unwrap();
    for _ in 0..2 {
        let _: String = c.request("chain_getHead", rpc_params![]).await.unwrap();
    }
    let third = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        c.request::<String>("chain_getHead", rpc_params![]),
    )
    .await
    .expect("fails at once");
    assert!(third.is_err(), "{third:?}");
    // Armed once: a new connection is served.
    let fresh = rpc(&d).await;
    for _ in 0..3 {
        let _: String = fresh.request("chain_getHead", rpc_params![]).await.unwrap();
    }
}

#[tokio::test]
async fn a_watched_submission_lands_but_its_connection_is_cut() {
    let d = devnet().await;
    let api = client(&d).await;
    let bob0 = free_balance(&api, id("//Bob")).await;
    let hex = alice_transfer_hex(&api).await;
    let c = rpc(&d).await;
    let _: Json = c
        .request("dev_dropConnectionsAfterSubmit", rpc_params![])
        .await
        .unwrap();
    let sub = c
        .subscribe::<Json>(
            "author_submitAndWatchExtrinsic",
            rpc_params![hex],
            "author_unwatchExtrinsic",
        )
        .await;
    // The subscription id may or may not arrive; no status does.
    if let Ok(mut sub) = sub {
        let next = tokio::time::timeout(std::time::Duration::from_secs(5), sub.next())
            .await
            .expect("ends at once");
        assert!(next.is_none() || next.unwrap().is_err());
    }
    // The transaction was accepted and included (one block per transaction).
    let api = client(&d).await;
    assert_eq!(free_balance(&api, id("//Bob")).await, bob0 + 1_000_000_000);
}

#[tokio::test]
async fn a_plain_submission_gets_no_hash_but_lands() {
    let d = devnet().await;
    let api = client(&d).await;
    let bob0 = free_balance(&api, id("//Bob")).await;
    let hex = alice_transfer_hex(&api).await;
    let c = rpc(&d).await;
    let _: Json = c
        .request("dev_dropConnectionsAfterSubmit", rpc_params![])
        .await
        .unwrap();
    let r = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        c.request::<String>("author_submitExtrinsic", rpc_params![hex]),
    )
    .await
    .expect("fails at once");
    assert!(r.is_err(), "{r:?}");
    let api = client(&d).await;
    assert_eq!(free_balance(&api, id("//Bob")).await, bob0 + 1_000_000_000);
}

#[tokio::test]
async fn malformed_answers_are_not_json() {
    let d = devnet().await;
    let _: Json = rpc(&d)
        .await
        .request("dev_malformedResponses", rpc_params![1])
        .await
        .unwrap();
    // Raw WebSocket-free check over HTTP is not possible (the pump mangles WebSocket frames
    // only), so look at what a WebSocket client makes of it.
    let c = rpc(&d).await;
    let e = c
        .request::<String>("chain_getHead", rpc_params![])
        .await
        .unwrap_err();
    assert!(e.to_string().contains("Unparseable"), "{e}");
    // One answer only.
    let c = rpc(&d).await;
    let _: String = c.request("chain_getHead", rpc_params![]).await.unwrap();
}

#[tokio::test]
async fn truncated_scale_for_the_next_n_reads() {
    let d = devnet().await;
    let c = rpc(&d).await;
    let full: String = c
        .request("state_call", rpc_params!["Core_version", "0x"])
        .await
        .unwrap();
    // Balances.TotalIssuance: twox128("Balances") ++ twox128("TotalIssuance").
    let key = "0xc2261276cc9d1f8598ea4b6a74b15c2f57c875e4cff74148e4628f264b974c80".to_string();
    let number: String = c
        .request("state_getStorage", rpc_params![key.clone()])
        .await
        .unwrap();
    let _: Json = c
        .request("dev_truncateScale", rpc_params![2])
        .await
        .unwrap();
    let cut: String = c
        .request("state_call", rpc_params!["Core_version", "0x"])
        .await
        .unwrap();
    assert_eq!(cut.len() - 2, (full.len() - 2) / 4 * 2, "{cut} vs {full}");
    assert!(full.starts_with(&cut));
    let cut_number: String = c
        .request("state_getStorage", rpc_params![key.clone()])
        .await
        .unwrap();
    assert_eq!(cut_number.len() - 2, (number.len() - 2) / 2);
    let again: String = c
        .request("state_getStorage", rpc_params![key])
        .await
        .unwrap();
    assert_eq!(again, number);
}

#[tokio::test]
async fn genesis_hash_can_be_faked_after_some_answers() {
    let d = devnet().await;
    let c = rpc(&d).await;
    let real: String = c
        .request("chain_getBlockHash", rpc_params![0])
        .await
        .unwrap();
    let fake = format!("0x{}", "ab".repeat(32));
    let _: Json = c
        .request("dev_setGenesisHash", rpc_params![fake.clone(), 1])
        .await
        .unwrap();
    let first: String = c
        .request("chain_getBlockHash", rpc_params![0])
        .await
        .unwrap();
    assert_eq!(first, real);
    let second: String = c
        .request("chain_getBlockHash", rpc_params![0])
        .await
        .unwrap();
    assert_eq!(second, fake);
    let listed: Vec<Option<String>> = c
        .request("chain_getBlockHash", rpc_params![[0, 1]])
        .await
        .unwrap();
    assert_eq!(listed[0].as_deref(), Some(fake.as_str()));
    // Through the library, and the reset.
    d.ctx.reset_faults();
    let back: String = c
        .request("chain_getBlockHash", rpc_params![0])
        .await
        .unwrap();
    assert_eq!(back, real);
    d.ctx
        .set_genesis_hash(Some(sp_core::H256::repeat_byte(0xcd)), 0);
    let lib: String = c
        .request("chain_getBlockHash", rpc_params![0])
        .await
        .unwrap();
    assert_eq!(lib, format!("0x{}", "cd".repeat(32)));
}
