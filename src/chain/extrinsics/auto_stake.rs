//! `set_coldkey_auto_stake_hotkey`: where the coldkey's miner incentive on a subnet is staked.
//! Checked before signing as the chain checks it: the subnet exists (`SubnetNotExists`), the
//! destination hotkey has a uid on it (`HotKeyNotRegisteredInSubNet`), and it is not already the
//! destination (`SameAutoStakeHotkeyAlreadySet`). The chain has no call that clears it.

use serde_json::json;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{account, bool_of};

/// Plan setting `hotkey` as the auto-stake destination of `coldkey` on `netuid`.
pub async fn plan_set(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    hotkey: &[u8; 32],
) -> Result<Plan, PlanError> {
    if !tc
        .chain
        .has_storage("SubtensorModule", "AutoStakeDestination")
    {
        return Err(tc
            .chain
            .unsupported("auto-stake (AutoStakeDestination)")
            .into());
    }
    let v = tc
        .chain
        .storage(&[
            StorageQuery::new("SubtensorModule", "NetworksAdded", vec![arg_u16(netuid)]),
            StorageQuery::new(
                "SubtensorModule",
                "Uids",
                vec![arg_u16(netuid), arg_account(hotkey)],
            ),
            StorageQuery::new(
                "SubtensorModule",
                "AutoStakeDestination",
                vec![arg_account(coldkey), arg_u16(netuid)],
            ),
        ])
        .await?;
    if !v[0].as_ref().map(bool_of).transpose()?.unwrap_or(false) {
        return Err(Refusal::no_subnet(netuid).into());
    }
    let hk = crate::ss58::encode_default(hotkey);
    if v[1].is_none() {
        return Err(Refusal::subtensor(
            "HotKeyNotRegisteredInSubNet",
            format!("the hotkey {hk} has no uid on subnet {netuid}"),
            "choose a hotkey registered on the subnet (`tao subnets metagraph --netuid N`)",
        )
        .into());
    }
    let current = v[2].as_ref().map(account).transpose()?;
    if current.as_ref() == Some(hotkey) {
        return Err(Refusal::subtensor(
            "SameAutoStakeHotkeyAlreadySet",
            format!("{hk} is already this coldkey's auto-stake destination on subnet {netuid}"),
            "nothing to change",
        )
        .into());
    }
    let call = Call::new(
        tc.metadata(),
        "SubtensorModule",
        "set_coldkey_auto_stake_hotkey",
        vec![("netuid", arg_u16(netuid)), ("hotkey", arg_account(hotkey))],
    )?;
    let previous = current.map(|c| crate::ss58::encode_default(&c));
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("destination".into(), hk.clone()),
            (
                "was".into(),
                previous
                    .clone()
                    .unwrap_or_else(|| "none (incentive stays on the earning hotkey)".into()),
            ),
        ],
        details: json!({
            "coldkey": crate::ss58::encode_default(coldkey),
            "netuid": netuid,
            "hotkey": hk,
            "previous": previous,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
