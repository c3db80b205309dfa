//! `try_associate_hotkey`: make an unowned hotkey the coldkey's. The chain refuses the subnets'
//! own accounts (`CannotUseSystemAccount`) and otherwise succeeds even when nothing changes;
//! tao refuses those no-op cases before a fee is paid, naming the owner.

use serde_json::json;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::arg_account;
use crate::chain::tx::{Call, TxChain};

/// The first bytes of the chain's subnet accounts: `modl`, the pallet id `subtensr`, then the
/// netuid.
pub const SUBNET_ACCOUNT_PREFIX: &[u8; 12] = b"modlsubtensr";

/// Plan associating `hotkey` with `coldkey`.
pub async fn plan_associate(
    tc: &TxChain,
    coldkey: &[u8; 32],
    hotkey: &[u8; 32],
) -> Result<Plan, PlanError> {
    let hk = crate::ss58::encode_default(hotkey);
    if hotkey.starts_with(SUBNET_ACCOUNT_PREFIX) {
        return Err(Refusal::subtensor(
            "CannotUseSystemAccount",
            format!("{hk} is a subnet's own account"),
            "choose a hotkey of your own",
        )
        .into());
    }
    let owner = crate::chain::read::hotkey_owner(&tc.chain, hotkey).await?;
    if let Some(o) = owner {
        let (why, hint) = if &o == coldkey {
            ("is already this coldkey's".to_string(), "nothing to do")
        } else {
            (
                format!("is already owned by {}", crate::ss58::encode_default(&o)),
                "a hotkey has one owner; the chain would keep it and charge the fee",
            )
        };
        return Err(Refusal::new(
            "tao",
            "AlreadyAssociated",
            format!("{hk} {why}: the call would change nothing"),
            hint,
        )
        .into());
    }
    let call = Call::new(
        tc.metadata(),
        "SubtensorModule",
        "try_associate_hotkey",
        vec![("hotkey", arg_account(hotkey))],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![(
            "hotkey".into(),
            format!("{hk} (unowned: becomes this coldkey's)"),
        )],
        details: json!({ "coldkey": crate::ss58::encode_default(coldkey), "hotkey": hk }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
