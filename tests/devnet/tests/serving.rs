//! serve_axon, delegate takes and childkey takes, through subxt.

mod common;

use common::*;
use subxt::dynamic::Value;

fn acct(uri: &str) -> Value {
    Value::from_bytes(id(uri))
}

async fn serve(
    api: &Api,
    signer: &str,
    ip: u128,
    port: u16,
    ip_type: u8,
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "serve_axon",
        vec![
            Value::u128(1),
            Value::u128(7),
            Value::u128(ip),
            Value::u128(port as u128),
            Value::u128(ip_type as u128),
            Value::u128(0),
            Value::u128(0),
            Value::u128(0),
        ],
    )
    .await
}

async fn take_call(
    api: &Api,
    signer: &str,
    call: &str,
    hotkey: &str,
    take: u16,
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        call,
        vec![acct(hotkey), Value::u128(take as u128)],
    )
    .await
}

async fn childkey_take(
    api: &Api,
    signer: &str,
    hotkey: &str,
    take: u16,
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "set_childkey_take",
        vec![acct(hotkey), Value::u128(1), Value::u128(take as u128)],
    )
    .await
}

fn expect_err(result: Result<Vec<(String, String)>, String>, what: &str) {
    let err = result.expect_err(what);
    assert!(err.contains(what), "expected {what}, got {err}");
}

async fn u64_storage(api: &Api, entry: &str, keys: ([u8; 32],)) -> u64 {
    let at = api.at_current_block().await.unwrap();
    at.storage()
        .fetch(
            subxt::dynamic::storage::<([u8; 32],), Value>("SubtensorModule", entry),
            keys,
        )
        .await
        .unwrap()
        .decode_as::<u64>()
        .unwrap()
}

#[tokio::test]
async fn serve_axon_with_its_guards() {
    let d = devnet().await;
    let api = client(&d).await;
    let ip = 0x0808_0808u128;

    let events = serve(&api, "//Bob//hot", ip, 8091, 4).await.unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "AxonServed"),
        "{events:?}"
    );
    let at = api.at_current_block().await.unwrap();
    let axon = at
        .storage()
        .fetch(
            subxt::dynamic::storage::<(u16, [u8; 32]), Value>("SubtensorModule", "Axons"),
            (1u16, id("//Bob//hot")),
        )
        .await
        .unwrap()
        .decode_as::<(u64, u32, u128, u16, u8, u8, u8, u8)>()
        .unwrap();
    let now = at.block_number();
    assert_eq!(axon, (now, 7, ip, 8091, 4, 0, 0, 0));

    // Pool-time guards with the chain's custom codes.
    expect_err(
        serve(&api, "//Bob//hot", ip, 8092, 4).await,
        "Custom error: 12",
    );
    expect_err(serve(&api, "//Eve", ip, 8091, 4).await, "Custom error: 10");
    expect_err(
        serve(&api, "//Charlie//hot", ip, 8091, 5).await,
        "Custom error: 255",
    );
    expect_err(
        serve(&api, "//Charlie//hot", 0x7f00_0001, 8091, 4).await,
        "Custom error: 11",
    );
    expect_err(
        serve(&api, "//Charlie//hot", ip, 0, 4).await,
        "Custom error: 13",
    );
    serve(&api, "//Charlie//hot", 1 << 100, 9000, 6)
        .await
        .unwrap();
}

#[tokio::test]
async fn delegate_and_childkey_takes() {
    let d = devnet().await;
    let api = client(&d).await;

    let events = take_call(&api, "//Bob", "decrease_take", "//Bob//hot", 10_000)
        .await
        .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "TakeDecreased"),
        "{events:?}"
    );
    let at = api.at_current_block().await.unwrap();
    let take = at
        .storage()
        .fetch(
            subxt::dynamic::storage::<([u8; 32],), Value>("SubtensorModule", "Delegates"),
            (id("//Bob//hot"),),
        )
        .await
        .unwrap()
        .decode_as::<u16>()
        .unwrap();
    assert_eq!(take, 10_000);
    let last = u64_storage(&api, "LastTxBlockDelegateTake", (id("//Bob//hot"),)).await;
    assert_eq!(last, at.block_number());

    expect_err(
        take_call(&api, "//Bob", "decrease_take", "//Bob//hot", 10_000).await,
        "DelegateTakeTooLow",
    );
    expect_err(
        take_call(&api, "//Alice", "decrease_take", "//Bob//hot", 9_000).await,
        "NonAssociatedColdKey",
    );
    expect_err(
        take_call(&api, "//Bob", "increase_take", "//Bob//hot", 11_000).await,
        "DelegateTxRateLimitExceeded",
    );
    expect_err(
        take_call(&api, "//Bob", "increase_take", "//Bob//hot", 11_797).await,
        "Custom error: 27",
    );
    d.ctx.new_blocks(6);
    let events = take_call(&api, "//Bob", "increase_take", "//Bob//hot", 11_000)
        .await
        .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "TakeIncreased"),
        "{events:?}"
    );

    let events = childkey_take(&api, "//Bob", "//Bob//hot", 5_000)
        .await
        .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "ChildKeyTakeSet"),
        "{events:?}"
    );
    // A decrease is never rate-limited (and records its block); an increase right after is.
    childkey_take(&api, "//Bob", "//Bob//hot", 4_000)
        .await
        .unwrap();
    expect_err(
        childkey_take(&api, "//Bob", "//Bob//hot", 5_000).await,
        "TxChildkeyTakeRateLimitExceeded",
    );
    expect_err(
        childkey_take(&api, "//Bob", "//Bob//hot", 12_000).await,
        "InvalidChildkeyTake",
    );
    expect_err(
        childkey_take(&api, "//Alice", "//Bob//hot", 4_000).await,
        "NonAssociatedColdKey",
    );
}

async fn set_children(
    api: &Api,
    signer: &str,
    hotkey: &str,
    netuid: u16,
    children: &[(u64, &str)],
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "set_children",
        vec![
            acct(hotkey),
            Value::u128(netuid as u128),
            Value::unnamed_composite(
                children
                    .iter()
                    .map(|(p, c)| Value::unnamed_composite([Value::u128(*p as u128), acct(c)])),
            ),
        ],
    )
    .await
}

async fn relations(api: &Api, entry: &str, hotkey: &str) -> Vec<(u64, [u8; 32])> {
    let at = api.at_current_block().await.unwrap();
    at.storage()
        .fetch(
            subxt::dynamic::storage::<([u8; 32], u16), Value>("SubtensorModule", entry),
            (id(hotkey), 1u16),
        )
        .await
        .unwrap()
        .decode_as::<Vec<(u64, [u8; 32])>>()
        .unwrap()
}

#[tokio::test]
async fn children_are_scheduled_then_applied() {
    let d = devnet().await;
    let api = client(&d).await;
    let half = u64::MAX / 2;

    let events = set_children(&api, "//Bob", "//Bob//hot", 1, &[(half, "//Charlie//hot")])
        .await
        .unwrap();
    assert!(
        has_event(&events, "SubtensorModule", "SetChildrenScheduled"),
        "{events:?}"
    );
    assert!(relations(&api, "ChildKeys", "//Bob//hot").await.is_empty());
    expect_err(
        set_children(&api, "//Bob", "//Bob//hot", 1, &[]).await,
        "TxRateLimitExceeded",
    );

    // Guards, on another hotkey.
    let six: Vec<(u64, &str)> = [
        "//Bob//hot",
        "//Charlie//hot",
        "//Dave//hot",
        "//Eve",
        "//Ferdie",
        "//Bob",
    ]
    .iter()
    .map(|c| (1u64, *c))
    .collect();
    expect_err(
        set_children(&api, "//Alice", "//Alice//hot", 1, &six).await,
        "TooManyChildren",
    );
    expect_err(
        set_children(&api, "//Alice", "//Alice//hot", 1, &[(1, "//Alice//hot")]).await,
        "InvalidChild",
    );
    expect_err(
        set_children(
            &api,
            "//Alice",
            "//Alice//hot",
            1,
            &[(u64::MAX, "//Bob//hot"), (1, "//Dave//hot")],
        )
        .await,
        "ProportionOverflow",
    );
    expect_err(
        set_children(
            &api,
            "//Alice",
            "//Alice//hot",
            1,
            &[(1, "//Bob//hot"), (1, "//Bob//hot")],
        )
        .await,
        "DuplicateChild",
    );
    expect_err(
        set_children(&api, "//Alice", "//Alice//hot", 0, &[(1, "//Bob//hot")]).await,
        "RegistrationNotPermittedOnRootSubnet",
    );
    expect_err(
        set_children(&api, "//Bob", "//Alice//hot", 1, &[(1, "//Bob//hot")]).await,
        "NonAssociatedColdKey",
    );

    // After the cooldown (15 blocks on the devnet) the relation is in place both ways.
    d.ctx.new_blocks(16);
    let child = relations(&api, "ChildKeys", "//Bob//hot").await;
    assert_eq!(child, vec![(half, id("//Charlie//hot"))]);
    let parent = relations(&api, "ParentKeys", "//Charlie//hot").await;
    assert_eq!(parent, vec![(half, id("//Bob//hot"))]);
    expect_err(
        set_children(&api, "//Charlie", "//Charlie//hot", 1, &[(1, "//Bob//hot")]).await,
        "ChildParentInconsistency",
    );
}
