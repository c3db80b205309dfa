//! A subnet owner's symbol and start checks: `update_symbol` (`tao subnets set-symbol`) and the
//! read behind `tao subnets check-start`.
//!
//! `update_symbol` (SubtensorModule 112): the owner (or the root) only (`BadOrigin`); the
//! symbol must be one of the chain's table after the root's `Τ` (`SymbolDoesNotExist`) and held
//! by no subnet, the caller's included (`SymbolAlreadyInUse`); it writes `TokenSymbol` and emits
//! `SymbolUpdated`. No rate limit and no freeze window.
//!
//! `start_call` is allowed once `NetworkRegisteredAt + StartCallDelay` is reached by the block
//! the call lands in, while `FirstEmissionBlockNumber` is unset, and only for the owner.

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{Chain, StorageQuery, arg_u16};
use crate::chain::read;
use crate::chain::symbols;
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{account, bool_of, u64_of};

const PALLET: &str = "SubtensorModule";

/// Plan `update_symbol(netuid, symbol)` signed by the subnet owner's coldkey.
pub async fn plan_set_symbol(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    symbol: &str,
) -> Result<Plan, PlanError> {
    let symbol = symbol.trim();
    let subnets = read::subnets(&tc.chain).await?;
    let Some(me) = subnets.iter().find(|s| s.netuid == netuid) else {
        return Err(Refusal::no_subnet(netuid).into());
    };
    Refusal::unless_owner(netuid, &me.owner_coldkey, coldkey)?;
    if !symbols::settable(symbol) {
        let why = if symbol == symbols::DEFAULT_SYMBOL {
            "is the root subnet's symbol".to_string()
        } else {
            "is not in the chain's table of subnet symbols".to_string()
        };
        return Err(Refusal::subtensor(
            "SymbolDoesNotExist",
            format!("{symbol:?} {why}"),
            format!(
                "pick one of the chain's {} subnet symbols (Greek, Hebrew, Arabic, runic, … letters), e.g. {}",
                symbols::SYMBOLS.len() - 1,
                free_symbols(&subnets, 5).join(" ")
            ),
        )
        .into());
    }
    if let Some(holder) = subnets.iter().find(|s| s.symbol == symbol) {
        let who = if holder.netuid == netuid {
            "this subnet already has it".to_string()
        } else {
            format!("subnet {} has it", holder.netuid)
        };
        return Err(Refusal::subtensor(
            "SymbolAlreadyInUse",
            format!("{symbol} is in use: {who}"),
            format!(
                "pick a free symbol, e.g. {}",
                free_symbols(&subnets, 5).join(" ")
            ),
        )
        .into());
    }
    let call = Call::new(
        tc.metadata(),
        PALLET,
        "update_symbol",
        vec![
            ("netuid", Value::u128(u128::from(netuid))),
            ("symbol", Value::from_bytes(symbol.as_bytes())),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("subnet".into(), netuid.to_string()),
            ("symbol".into(), format!("{} → {symbol}", me.symbol)),
        ],
        details: json!({ "netuid": netuid, "current": me.symbol, "symbol": symbol }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Up to `n` symbols no subnet holds, in the table's order.
fn free_symbols(subnets: &[read::Subnet], n: usize) -> Vec<&'static str> {
    symbols::SYMBOLS[1..]
        .iter()
        .copied()
        .filter(|s| !subnets.iter().any(|x| x.symbol == *s))
        .take(n)
        .collect()
}

/// Whether and when `start_call` may run on a subnet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartStatus {
    /// The subnet.
    pub netuid: u16,
    /// The chain's head.
    pub head: u64,
    /// The owner's coldkey.
    pub owner: [u8; 32],
    /// `NetworkRegisteredAt`.
    pub registered_at: u64,
    /// `StartCallDelay`.
    pub delay: u64,
    /// `FirstEmissionBlockNumber`, once started.
    pub first_emission: Option<u64>,
    /// Whether the coldkey asked about owns the subnet (`None`: none given).
    pub is_owner: Option<bool>,
}

impl StartStatus {
    /// The first block in which `start_call` may land.
    pub fn allowed_from(&self) -> u64 {
        self.registered_at.saturating_add(self.delay)
    }

    /// Blocks until a call sent now could land in `allowed_from` (0: it can now).
    pub fn blocks_to_wait(&self) -> u64 {
        self.allowed_from()
            .saturating_sub(self.head.saturating_add(1))
    }

    /// Why `start_call` would be refused now (the chain's error and the reason), in the
    /// chain's order: origin, already started, delay.
    pub fn refusals(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.is_owner == Some(false) {
            out.push((
                "BadOrigin",
                format!(
                    "only the owner {} may start subnet {}",
                    crate::ss58::encode_default(&self.owner),
                    self.netuid
                ),
            ));
        }
        if let Some(b) = self.first_emission {
            out.push((
                "FirstEmissionBlockNumberAlreadySet",
                format!(
                    "subnet {} was already started (first emission block #{b})",
                    self.netuid
                ),
            ));
        } else if self.blocks_to_wait() > 0 {
            out.push((
                "NeedWaitingMoreBlocksToStarCall",
                format!(
                    "registered at #{} with a start delay of {} blocks: start_call may land from #{} ({} more block{})",
                    self.registered_at,
                    self.delay,
                    self.allowed_from(),
                    self.blocks_to_wait(),
                    if self.blocks_to_wait() == 1 { "" } else { "s" }
                ),
            ));
        }
        out
    }

    /// The `--json` data (without the chain pin).
    pub fn json(&self) -> Json {
        let refusals = self.refusals();
        json!({
            "netuid": self.netuid,
            "head": self.head,
            "owner": crate::ss58::encode_default(&self.owner),
            "is_owner": self.is_owner,
            "registered_at": self.registered_at,
            "start_call_delay": self.delay,
            "allowed_from_block": self.allowed_from(),
            "blocks_to_wait": self.blocks_to_wait(),
            "seconds_to_wait": self.blocks_to_wait() * 12,
            "started": self.first_emission.is_some(),
            "first_emission_block": self.first_emission,
            "can_start": refusals.is_empty(),
            "reasons": refusals
                .iter()
                .map(|(e, m)| json!({ "error": e, "message": m }))
                .collect::<Vec<_>>(),
        })
    }
}

/// Reads what `start_call` checks on `netuid`, for `coldkey` when given.
pub async fn start_status(
    chain: &Chain,
    netuid: u16,
    coldkey: Option<&[u8; 32]>,
) -> Result<StartStatus, ChainError> {
    let st = |e: &str, keys: Vec<Value>| StorageQuery::new(PALLET, e, keys);
    let v = chain
        .storage(&[
            st("NetworksAdded", vec![arg_u16(netuid)]),
            st("SubnetOwner", vec![arg_u16(netuid)]),
            st("FirstEmissionBlockNumber", vec![arg_u16(netuid)]),
            st("NetworkRegisteredAt", vec![arg_u16(netuid)]),
            st("StartCallDelay", vec![]),
            StorageQuery::new("System", "Number", vec![]),
        ])
        .await?;
    if !v[0].as_ref().map(bool_of).transpose()?.unwrap_or(false) {
        return Err(ChainError::SubnetNotFound(netuid));
    }
    let num = |i: usize| -> Result<u64, ChainError> {
        v[i].as_ref()
            .map(u64_of)
            .transpose()
            .map(|x| x.unwrap_or(0))
    };
    let owner = v[1].as_ref().map(account).transpose()?.unwrap_or([0; 32]);
    Ok(StartStatus {
        netuid,
        head: num(5)?,
        owner,
        registered_at: num(3)?,
        delay: num(4)?,
        first_emission: v[2].as_ref().map(u64_of).transpose()?,
        is_owner: coldkey.map(|c| *c == owner),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(head: u64, first: Option<u64>, owner: Option<bool>) -> StartStatus {
        StartStatus {
            netuid: 4,
            head,
            owner: [1; 32],
            registered_at: 100,
            delay: 10,
            first_emission: first,
            is_owner: owner,
        }
    }

    #[test]
    fn the_start_waits_for_the_landing_block_to_reach_the_delay() {
        // Registered at 100 with delay 10: the call may land in block 110, sent at head 109.
        let s = status(108, None, Some(true));
        assert_eq!(s.allowed_from(), 110);
        assert_eq!(s.blocks_to_wait(), 1);
        assert_eq!(s.refusals()[0].0, "NeedWaitingMoreBlocksToStarCall");
        assert!(status(109, None, Some(true)).refusals().is_empty());
        let done = status(200, Some(150), Some(true));
        assert_eq!(done.refusals()[0].0, "FirstEmissionBlockNumberAlreadySet");
        let other = status(200, None, Some(false));
        assert_eq!(other.refusals()[0].0, "BadOrigin");
        assert!(status(200, None, None).refusals().is_empty());
    }
}
