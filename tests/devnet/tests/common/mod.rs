//! Helpers shared by the devnet's client tests.
#![allow(dead_code)]

use std::str::FromStr;
use subxt::dynamic::{At, Value};
use subxt::{OnlineClient, SubstrateConfig};
use subxt_signer::{SecretUri, sr25519::Keypair};
use tao_devnet::{Devnet, Options};

pub type Api = OnlineClient<SubstrateConfig>;

pub async fn devnet() -> Devnet {
    Devnet::start(Options::for_tests())
        .await
        .expect("devnet starts")
}

pub async fn client(d: &Devnet) -> Api {
    Api::from_url(d.url()).await.expect("client connects")
}

pub fn key(uri: &str) -> Keypair {
    Keypair::from_uri(&SecretUri::from_str(uri).expect("uri")).expect("keypair")
}

pub fn id(uri: &str) -> [u8; 32] {
    key(uri).public_key().0
}

pub async fn free_balance(api: &Api, who: [u8; 32]) -> u128 {
    let at = api.at_current_block().await.expect("block");
    let v = at
        .storage()
        .fetch(
            subxt::dynamic::storage::<([u8; 32],), Value>("System", "Account"),
            (who,),
        )
        .await
        .expect("fetch")
        .decode()
        .expect("decode");
    v.at("data")
        .at("free")
        .and_then(|f| f.as_u128())
        .expect("free balance")
}

pub async fn runtime_api(api: &Api, trait_name: &str, method: &str, args: Vec<Value>) -> Value {
    let at = api.at_current_block().await.expect("block");
    at.runtime_apis()
        .call(subxt::dynamic::runtime_api_call::<_, Value>(
            trait_name, method, args,
        ))
        .await
        .unwrap_or_else(|e| panic!("{trait_name}.{method}: {e}"))
}

/// α staked by `cold` on `hot` in `netuid` (0 if none).
pub async fn stake(api: &Api, hot: [u8; 32], cold: [u8; 32], netuid: u16) -> u128 {
    let v = runtime_api(
        api,
        "StakeInfoRuntimeApi",
        "get_stake_info_for_hotkey_coldkey_netuid",
        vec![
            Value::from_bytes(hot),
            Value::from_bytes(cold),
            Value::u128(netuid as u128),
        ],
    )
    .await;
    v.at(0).at("stake").and_then(|s| s.as_u128()).unwrap_or(0)
}

/// Signs, submits and waits for finality; returns `(pallet, event)` names or the error text.
pub async fn submit(
    api: &Api,
    signer: &Keypair,
    pallet: &str,
    call: &str,
    args: Vec<Value>,
) -> Result<Vec<(String, String)>, String> {
    let at = api.at_current_block().await.map_err(|e| e.to_string())?;
    let tx = subxt::dynamic::tx(pallet, call, args);
    let progress = at
        .transactions()
        .sign_and_submit_then_watch_default(&tx, signer)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let events = progress
        .wait_for_finalized_success()
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(events
        .iter()
        .map(|e| {
            let e = e.expect("event decodes");
            (e.pallet_name().to_string(), e.event_name().to_string())
        })
        .collect())
}

pub fn has_event(events: &[(String, String)], pallet: &str, name: &str) -> bool {
    events.iter().any(|(p, n)| p == pallet && n == name)
}

/// The bytes of a decoded byte array, however it is nested (e.g. an `AccountId32`).
pub fn flat_bytes(v: &Value) -> Vec<u8> {
    use subxt::ext::scale_value::{Composite, ValueDef};
    fn walk(v: &Value, out: &mut Vec<u8>) {
        match &v.value {
            ValueDef::Composite(Composite::Named(fields)) => {
                fields.iter().for_each(|(_, f)| walk(f, out))
            }
            ValueDef::Composite(Composite::Unnamed(fields)) => {
                fields.iter().for_each(|f| walk(f, out))
            }
            _ => out.push(v.as_u128().unwrap_or(0) as u8),
        }
    }
    let mut out = Vec::new();
    walk(v, &mut out);
    out
}
