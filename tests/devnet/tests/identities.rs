//! `set_identity` and `set_subnet_identity`, through subxt: the chain's checks, storage, events.

mod common;

use common::*;
use subxt::dynamic::Value;
use tao_devnet::dev_account;
use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;

fn text(s: &str) -> Value {
    Value::from_bytes(s.as_bytes())
}

async fn set_identity(
    api: &Api,
    signer: &str,
    name: &str,
    discord: &str,
) -> Result<Vec<(String, String)>, String> {
    submit(
        api,
        &key(signer),
        "SubtensorModule",
        "set_identity",
        vec![
            text(name),
            text("u"),
            text("g"),
            text("i"),
            text(discord),
            text("d"),
            text("a"),
        ],
    )
    .await
}

#[tokio::test]
async fn set_identity_needs_a_registered_hotkey_and_fields_within_their_limits() {
    let d = devnet().await;
    let api = client(&d).await;
    // Ferdie is funded but owns no registered hotkey.
    let e = set_identity(&api, "//Ferdie", "n", "x").await.unwrap_err();
    assert!(e.contains("HotKeyNotRegisteredInNetwork"), "{e}");
    let e = set_identity(&api, "//Alice", "n", &"x".repeat(257))
        .await
        .unwrap_err();
    assert!(e.contains("InvalidIdentity"), "{e}");
    let events = set_identity(&api, "//Alice", "Alice", &"x".repeat(256))
        .await
        .unwrap();
    assert!(has_event(&events, "SubtensorModule", "ChainIdentitySet"));
    let stored = d
        .ctx
        .read_state(|| st::IdentitiesV2::<Runtime>::get(dev_account("//Alice")))
        .expect("stored");
    assert_eq!(stored.name, b"Alice".to_vec());
    assert_eq!(stored.discord.len(), 256);
}

#[tokio::test]
async fn set_subnet_identity_is_the_owners_and_reaches_the_dynamic_info() {
    let d = devnet().await;
    let api = client(&d).await;
    let fields = |name: &str| {
        let mut v = vec![Value::u128(3), text(name)];
        v.extend((0..7).map(|_| text("x")));
        v
    };
    let e = submit(
        &api,
        &key("//Bob"),
        "SubtensorModule",
        "set_subnet_identity",
        fields("B"),
    )
    .await
    .unwrap_err();
    assert!(e.contains("NotSubnetOwner"), "{e}");
    let e = submit(
        &api,
        &key("//Alice"),
        "SubtensorModule",
        "set_subnet_identity",
        fields(&"n".repeat(257)),
    )
    .await
    .unwrap_err();
    assert!(e.contains("InvalidIdentity"), "{e}");
    let events = submit(
        &api,
        &key("//Alice"),
        "SubtensorModule",
        "set_subnet_identity",
        fields("Vision"),
    )
    .await
    .unwrap();
    assert!(has_event(&events, "SubtensorModule", "SubnetIdentitySet"));
    let stored = d
        .ctx
        .read_state(|| st::SubnetIdentitiesV3::<Runtime>::get(3))
        .expect("stored");
    assert_eq!(stored.subnet_name, b"Vision".to_vec());
}
