//! Neuron registration (`register_limit`, or `burned_register` where the runtime has no
//! `register_limit`), subnet creation (`register_network`) and `start_call`.

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::read;
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{account, bool_of, u64_of};
use crate::units::{display_tao, tao_json};

const PALLET: &str = "SubtensorModule";

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

/// Whether `netuid` exists (`NetworksAdded`).
async fn exists(tc: &TxChain, netuid: u16) -> Result<bool, ChainError> {
    let v = tc
        .chain
        .storage(&[StorageQuery::new(
            PALLET,
            "NetworksAdded",
            vec![arg_u16(netuid)],
        )])
        .await?;
    Ok(match &v[0] {
        Some(b) => bool_of(b)?,
        None => false,
    })
}

/// Plan registering `hotkey` on `netuid`, paying at most `max_burn` (default: the current burn
/// × (1 + tolerance)).
pub async fn plan_register(
    tc: &TxChain,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
    netuid: u16,
    tolerance_ppb: u64,
    max_burn: Option<u64>,
) -> Result<Plan, PlanError> {
    let burn = register_guards(tc, coldkey, hotkey, netuid).await?;
    let limit = max_burn.unwrap_or_else(|| super::limit_price(burn, tolerance_ppb, true));
    if burn > limit {
        return Err(Refusal::subtensor(
            "RegistrationPriceLimitExceeded",
            format!(
                "the burn is {}, above the maximum {}",
                display_tao(burn),
                display_tao(limit)
            ),
            "raise `--max-burn` or `--tolerance`, or wait for the burn to decay",
        )
        .into());
    }
    let md = tc.metadata();
    let has_limit = md
        .pallet_by_name(PALLET)
        .and_then(|p| p.call_variant_by_name("register_limit"))
        .is_some();
    let call = if has_limit {
        Call::new(
            md,
            PALLET,
            "register_limit",
            vec![
                ("netuid", Value::u128(u128::from(netuid))),
                ("hotkey", Value::from_bytes(hotkey)),
                ("limit_price", Value::u128(u128::from(limit))),
            ],
        )?
    } else {
        Call::new(
            md,
            PALLET,
            "burned_register",
            vec![
                ("netuid", Value::u128(u128::from(netuid))),
                ("hotkey", Value::from_bytes(hotkey)),
            ],
        )?
    };
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("hotkey".into(), ss58(hotkey)),
            ("burn".into(), display_tao(burn)),
            (
                "max burn".into(),
                if has_limit {
                    display_tao(limit)
                } else {
                    format!(
                        "{} (checked by tao: this chain has no register_limit)",
                        display_tao(limit)
                    )
                },
            ),
        ],
        details: json!({
            "netuid": netuid,
            "hotkey": ss58(hotkey),
            "burn": tao_json(burn),
            "max_burn": tao_json(limit),
            "limit_enforced_by_chain": has_limit,
        }),
        preview: None,
        spend: burn,
        keep_alive: true,
        balance_error: (PALLET, "NotEnoughBalanceToStake"),
    })
}

/// The guards of a registration (not the root subnet; the subnet exists and accepts
/// registrations; the hotkey is not registered there yet and belongs to this coldkey, if to
/// anyone); returns the current burn.
async fn register_guards(
    tc: &TxChain,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
    netuid: u16,
) -> Result<u64, PlanError> {
    if netuid == 0 {
        return Err(Refusal::subtensor(
            "RegistrationNotPermittedOnRootSubnet",
            "neurons cannot register on the root subnet (0) this way",
            "register on a subnet above 0",
        )
        .into());
    }
    if !exists(tc, netuid).await? {
        return Err(Refusal::no_subnet(netuid).into());
    }
    let q = [
        StorageQuery::new(PALLET, "NetworkRegistrationAllowed", vec![arg_u16(netuid)]),
        StorageQuery::new(PALLET, "Uids", vec![arg_u16(netuid), arg_account(hotkey)]),
        StorageQuery::new(PALLET, "Burn", vec![arg_u16(netuid)]),
    ];
    let v = tc.chain.storage(&q).await?;
    let allowed = match &v[0] {
        Some(b) => bool_of(b)?,
        None => false,
    };
    if !allowed {
        return Err(Refusal::subtensor(
            "SubNetRegistrationDisabled",
            format!("subnet {netuid} does not accept registrations"),
            "its owner enables them; try another subnet",
        )
        .into());
    }
    if let Some(uid) = v[1].as_ref() {
        let uid = u64_of(uid)?;
        return Err(Refusal::subtensor(
            "HotKeyAlreadyRegisteredInSubNet",
            format!("{} is already uid {uid} on subnet {netuid}", ss58(hotkey)),
            "use another hotkey (`--hotkey NAME`)",
        )
        .into());
    }
    let burn = match &v[2] {
        Some(b) => u64_of(b)?,
        None => 0,
    };
    if let Some(o) = crate::chain::read::hotkey_owner(&tc.chain, hotkey).await?
        && o != *coldkey
    {
        return Err(Refusal::subtensor(
            "NonAssociatedColdKey",
            format!(
                "the hotkey {} belongs to the coldkey {}",
                ss58(hotkey),
                ss58(&o)
            ),
            "register a hotkey of this wallet",
        )
        .into());
    }
    Ok(burn)
}

/// Plan creating a subnet owned by the coldkey with `hotkey` as its owner hotkey.
pub async fn plan_create(
    tc: &TxChain,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
) -> Result<Plan, PlanError> {
    if hotkey == coldkey || *hotkey == [0; 32] {
        return Err(Refusal::subtensor(
            "CannotUseSystemAccount",
            "the owner hotkey must differ from the coldkey",
            "use a hotkey of the wallet (`--hotkey NAME`)",
        )
        .into());
    }
    if let Some(o) = crate::chain::read::hotkey_owner(&tc.chain, hotkey).await?
        && o != *coldkey
    {
        return Err(Refusal::subtensor(
            "NonAssociatedColdKey",
            format!(
                "the hotkey {} belongs to the coldkey {}",
                ss58(hotkey),
                ss58(&o)
            ),
            "use a hotkey of this wallet",
        )
        .into());
    }
    let (now, _) = read::balances(&tc.chain, &[]).await?;
    if tc.chain.has_storage(PALLET, "NetworkLastRegistered")
        && tc.chain.has_storage(PALLET, "NetworkRateLimit")
    {
        let v = tc
            .chain
            .storage(&[
                StorageQuery::new(PALLET, "NetworkLastRegistered", vec![]),
                StorageQuery::new(PALLET, "NetworkRateLimit", vec![]),
            ])
            .await?;
        let last = v[0].as_ref().map(u64_of).transpose()?.unwrap_or(0);
        let limit = v[1].as_ref().map(u64_of).transpose()?.unwrap_or(0);
        let next = now + 1;
        if last > 0 && next.saturating_sub(last) < limit {
            return Err(Refusal::subtensor(
                "NetworkTxRateLimitExceeded",
                format!(
                    "a subnet was created at block {last}; the next one is allowed from block {}",
                    last + limit
                ),
                "wait for the network rate limit to pass",
            )
            .into());
        }
    }
    let cost = read::burn_cost(&tc.chain, None).await?;
    let call = Call::new(
        tc.metadata(),
        PALLET,
        "register_network",
        vec![("hotkey", Value::from_bytes(hotkey))],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("owner hotkey".into(), ss58(hotkey)),
            ("lock cost".into(), display_tao(cost)),
        ],
        details: json!({ "hotkey": ss58(hotkey), "lock_cost": tao_json(cost) }),
        preview: None,
        spend: cost,
        keep_alive: true,
        balance_error: (PALLET, "CannotAffordLockCost"),
    })
}

/// Plan `start_call` for a subnet the coldkey owns.
pub async fn plan_start(tc: &TxChain, coldkey: &[u8; 32], netuid: u16) -> Result<Plan, PlanError> {
    if !exists(tc, netuid).await? {
        return Err(Refusal::no_subnet(netuid).into());
    }
    let v = tc
        .chain
        .storage(&[
            StorageQuery::new(PALLET, "SubnetOwner", vec![arg_u16(netuid)]),
            StorageQuery::new(PALLET, "FirstEmissionBlockNumber", vec![arg_u16(netuid)]),
            StorageQuery::new(PALLET, "NetworkRegisteredAt", vec![arg_u16(netuid)]),
            StorageQuery::new(PALLET, "StartCallDelay", vec![]),
            StorageQuery::new("System", "Number", vec![]),
        ])
        .await?;
    let owner = v[0].as_ref().map(account).transpose()?.unwrap_or([0; 32]);
    Refusal::unless_owner(netuid, &owner, coldkey)?;
    let first = v[1].as_ref().map(u64_of).transpose()?;
    if let Some(b) = first {
        return Err(Refusal::subtensor(
            "FirstEmissionBlockNumberAlreadySet",
            format!("subnet {netuid} was already started (emission from block {b})"),
            "nothing to do",
        )
        .into());
    }
    let registered = v[2].as_ref().map(u64_of).transpose()?.unwrap_or(0);
    let delay = v[3].as_ref().map(u64_of).transpose()?.unwrap_or(0);
    let now = v[4].as_ref().map(u64_of).transpose()?.unwrap_or(0);
    if now + 1 < registered + delay {
        return Err(Refusal::subtensor(
            "NeedWaitingMoreBlocksToStarCall",
            format!(
                "subnet {netuid} can start from block {} (now {now})",
                registered + delay
            ),
            "wait for the start delay to pass",
        )
        .into());
    }
    let call = Call::new(
        tc.metadata(),
        PALLET,
        "start_call",
        vec![("netuid", Value::u128(u128::from(netuid)))],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![("subnet".into(), netuid.to_string())],
        details: json!({ "netuid": netuid }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
