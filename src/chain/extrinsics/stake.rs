//! `add_stake[_limit]` and `remove_stake[_limit]`, one target or several in a `batch_all`.

use serde_json::json;
use sp_core::U256;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal, limit_price};
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_u16};
use crate::chain::read::{self, Subnet};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::bool_of;
use crate::units::{alpha_json, display_alpha, display_tao, format_decimal, tao_json};

/// subtensor's `DefaultMinStake`: 0.002 TAO, the smallest amount a stake or a partial unstake
/// may move in TAO (the chain refuses smaller ones with `AmountTooLow`).
pub const MIN_STAKE: u64 = 2_000_000;

const UNIT: u64 = 1_000_000_000;

/// One (hotkey, subnet) position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// The hotkey.
    pub hotkey: [u8; 32],
    /// The subnet.
    pub netuid: u16,
}

/// Safe-staking settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Safety {
    /// Off with `--unsafe`.
    pub safe: bool,
    /// The tolerance in billionths.
    pub tolerance_ppb: u64,
    /// Allow partial fills.
    pub partial: bool,
}

/// The price after buying α with `net_tao` (after the fee) from a constant-product pool
/// (`tao`, `alpha` reserves), compared with `limit`: true when it stays at or below the limit.
pub fn buy_within(tao: u64, alpha: u64, net_tao: u64, limit: u64) -> bool {
    // price' = (y + net)^2 / (x·y), in rao per α: (y + net)^2 · UNIT ≤ limit · x · y
    let y = U256::from(tao);
    let x = U256::from(alpha);
    let y2 = y + U256::from(net_tao);
    y2 * y2 * U256::from(UNIT) <= U256::from(limit) * x * y
}

/// The price after selling `net_alpha` into the pool, compared with the floor `limit`: true
/// when it stays at or above it.
pub fn sell_within(tao: u64, alpha: u64, net_alpha: u64, limit: u64) -> bool {
    // price' = x·y / (x + net)^2: x·y·UNIT ≥ limit·(x + net)^2
    let y = U256::from(tao);
    let x = U256::from(alpha);
    let x2 = x + U256::from(net_alpha);
    x * y * U256::from(UNIT) >= U256::from(limit) * x2 * x2
}

struct SubnetState {
    info: Subnet,
    price: u64,
    dynamic: bool,
}

async fn check_subnet(tc: &TxChain, netuid: u16) -> Result<SubnetState, PlanError> {
    let info = match read::subnet(&tc.chain, netuid).await {
        Ok(s) => s,
        Err(ChainError::SubnetNotFound(_)) => {
            return Err(Refusal::no_subnet(netuid).into());
        }
        Err(e) => return Err(e.into()),
    };
    if tc.chain.has_storage("SubtensorModule", "SubtokenEnabled") {
        let v = tc
            .chain
            .storage(&[StorageQuery::new(
                "SubtensorModule",
                "SubtokenEnabled",
                vec![arg_u16(netuid)],
            )])
            .await?;
        let enabled = match &v[0] {
            Some(b) => bool_of(b)?,
            None => false,
        };
        if !enabled && netuid != 0 {
            return Err(Refusal::subtensor(
                "SubtokenDisabled",
                format!("subnet {netuid} has not been started"),
                "its owner starts it with `tao subnets start`",
            )
            .into());
        }
    }
    let price = read::price(&tc.chain, netuid).await?;
    let dynamic = netuid != 0 && info.alpha_in > 0;
    Ok(SubnetState {
        info,
        price,
        dynamic,
    })
}

async fn check_hotkey(tc: &TxChain, hotkey: &[u8; 32]) -> Result<(), PlanError> {
    if read::hotkey_owner(&tc.chain, hotkey).await?.is_none() {
        return Err(Refusal::subtensor(
            "HotKeyAccountNotExists",
            format!(
                "the hotkey {} is not registered anywhere",
                crate::ss58::encode_default(hotkey)
            ),
            "stake to a registered hotkey (see `tao subnets metagraph --netuid N`)",
        )
        .into());
    }
    Ok(())
}

fn stake_call(
    md: &subxt::Metadata,
    add: bool,
    t: &Target,
    amount: u64,
    limit: Option<(u64, bool)>,
) -> Result<Call, ChainError> {
    let amount_field = if add {
        "amount_staked"
    } else {
        "amount_unstaked"
    };
    let mut fields = vec![
        ("hotkey", Value::from_bytes(t.hotkey)),
        ("netuid", Value::u128(u128::from(t.netuid))),
        (amount_field, Value::u128(u128::from(amount))),
    ];
    let name = match (add, limit) {
        (true, None) => "add_stake",
        (false, None) => "remove_stake",
        (true, Some(_)) => "add_stake_limit",
        (false, Some(_)) => "remove_stake_limit",
    };
    if let Some((price, partial)) = limit {
        fields.push(("limit_price", Value::u128(u128::from(price))));
        fields.push(("allow_partial", Value::bool(partial)));
    }
    Call::new(md, "SubtensorModule", name, fields)
}

/// Plan staking `amount` rao of TAO on each target.
pub async fn plan_add(
    tc: &TxChain,
    coldkey: &[u8; 32],
    targets: &[Target],
    amount: u64,
    safety: Safety,
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let mut calls = Vec::new();
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let total = amount.saturating_mul(targets.len() as u64);
    let free = read::balances(&tc.chain, &[*coldkey]).await?.1[0].free;
    for t in targets {
        let (s, sim, limit) = check_add(tc, t, amount, (free, total), safety).await?;
        calls.push(stake_call(md, true, t, amount, limit)?);
        let sym = &s.info.symbol;
        lines.push((
            format!("stake on subnet {}", t.netuid),
            format!(
                "{} → ≈{} to {}{}",
                display_tao(amount),
                display_alpha(sim.alpha_amount, sym),
                crate::ss58::encode_default(&t.hotkey),
                limit
                    .map(|(p, _)| format!(" (limit {} TAO/α)", format_decimal(p)))
                    .unwrap_or_default()
            ),
        ));
        rows.push(json!({
            "netuid": t.netuid,
            "hotkey": crate::ss58::encode_default(&t.hotkey),
            "amount": tao_json(amount),
            "expected_alpha": alpha_json(sim.alpha_amount, t.netuid),
            "swap_fee": tao_json(sim.tao_fee),
            "price": tao_json(s.price),
            "limit_price": limit.map(|(p, _)| tao_json(p)),
            "allow_partial": limit.map(|(_, p)| p),
        }));
    }
    let call = Call::batch_all(md, calls)?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({ "coldkey": crate::ss58::encode_default(coldkey), "targets": rows, "total": tao_json(total) }),
        preview: None,
        spend: total,
        keep_alive: true,
        balance_error: ("SubtensorModule", "NotEnoughBalanceToStake"),
    })
}

/// The guards of staking `amount` on one target (the free balance covers `total`, the subnet and
/// hotkey exist, the amount clears the minimum stake after the swap fee, the pool can absorb
/// it, and with safe staking the price stays within the tolerance); returns the subnet, the
/// simulated swap and the limit price with its partial flag.
async fn check_add(
    tc: &TxChain,
    t: &Target,
    amount: u64,
    (free, total): (u64, u64),
    safety: Safety,
) -> Result<(SubnetState, read::SimSwap, Option<(u64, bool)>), PlanError> {
    let s = check_subnet(tc, t.netuid).await?;
    if free < total {
        return Err(Refusal::subtensor(
            "NotEnoughBalanceToStake",
            format!(
                "the free balance {} is less than the {} to stake",
                display_tao(free),
                display_tao(total)
            ),
            "lower `--amount` or fund the coldkey",
        )
        .into());
    }
    check_hotkey(tc, &t.hotkey).await?;
    if amount < MIN_STAKE {
        return Err(Refusal::subtensor(
            "AmountTooLow",
            format!(
                "{} is below the minimum stake of {}",
                display_tao(amount),
                display_tao(MIN_STAKE)
            ),
            "stake at least 0.002 TAO plus the swap fee",
        )
        .into());
    }
    if u128::from(amount) > u128::from(s.info.tao_in) * 1000 && s.dynamic {
        return Err(Refusal::subtensor(
            "InsufficientLiquidity",
            format!("subnet {} cannot absorb {}", t.netuid, display_tao(amount)),
            "stake a smaller amount",
        )
        .into());
    }
    let sim = read::sim_swap(&tc.chain, t.netuid, amount, false).await?;
    if sim.alpha_amount == 0 {
        return Err(Refusal::subtensor(
            "InsufficientLiquidity",
            format!(
                "staking {} on subnet {} buys no α",
                display_tao(amount),
                t.netuid
            ),
            "stake a larger amount",
        )
        .into());
    }
    if amount.saturating_sub(sim.tao_fee) < MIN_STAKE {
        return Err(Refusal::subtensor(
            "AmountTooLow",
            format!(
                "after the swap fee of {}, {} is below the minimum stake of {}",
                display_tao(sim.tao_fee),
                display_tao(amount),
                display_tao(MIN_STAKE)
            ),
            "stake at least 0.002 TAO plus the swap fee",
        )
        .into());
    }
    let limit = if safety.safe {
        let lp = limit_price(s.price, safety.tolerance_ppb, true);
        if s.dynamic
            && !safety.partial
            && !buy_within(s.info.tao_in, s.info.alpha_in, amount - sim.tao_fee, lp)
        {
            return Err(Refusal::subtensor(
                "SlippageTooHigh",
                format!(
                    "staking {} on subnet {} moves the price past the limit {} TAO/α (price {}, tolerance {})",
                    display_tao(amount),
                    t.netuid,
                    format_decimal(lp),
                    format_decimal(s.price),
                    format_decimal(safety.tolerance_ppb)
                ),
                "raise `--tolerance`, pass `--partial` to fill what fits, lower the amount, or `--unsafe`",
            )
            .into());
        }
        Some((lp, safety.partial))
    } else {
        None
    };
    Ok((s, sim, limit))
}

/// Plan unstaking `amount` rao of α (or everything with `None`) from each target.
pub async fn plan_remove(
    tc: &TxChain,
    coldkey: &[u8; 32],
    targets: &[Target],
    amount: Option<u64>,
    safety: Safety,
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let positions = read::stake_of(&tc.chain, &[*coldkey]).await?;
    let mut calls = Vec::new();
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    for t in targets {
        let s = check_subnet(tc, t.netuid).await?;
        check_hotkey(tc, &t.hotkey).await?;
        let held: u64 = positions
            .iter()
            .filter(|p| p.hotkey == t.hotkey && p.netuid == t.netuid)
            .map(|p| p.stake)
            .sum();
        let sym = &s.info.symbol;
        let take = amount.unwrap_or(held);
        if take == 0 || take > held {
            let name = if take == 0 && amount == Some(0) {
                "AmountTooLow"
            } else {
                "NotEnoughStakeToWithdraw"
            };
            return Err(Refusal::subtensor(
                name,
                format!(
                    "the position on subnet {} through {} holds {}; {} requested",
                    t.netuid,
                    crate::ss58::encode_default(&t.hotkey),
                    display_alpha(held, sym),
                    display_alpha(take, sym)
                ),
                "see your positions with `tao stake list`",
            )
            .into());
        }
        locked_guard(tc, coldkey, &positions, t.netuid, take, sym).await?;
        let sim = read::sim_swap(&tc.chain, t.netuid, take, true).await?;
        if sim.tao_amount < MIN_STAKE && take != held {
            return Err(Refusal::subtensor(
                "AmountTooLow",
                format!(
                    "unstaking {} gives {}, below the minimum of {} (only allowed when it empties the position)",
                    display_alpha(take, sym),
                    display_tao(sim.tao_amount),
                    display_tao(MIN_STAKE)
                ),
                "unstake more, or everything with `--all`",
            )
            .into());
        }
        let limit = if safety.safe {
            let lp = limit_price(s.price, safety.tolerance_ppb, false);
            if s.dynamic
                && !safety.partial
                && !sell_within(
                    s.info.tao_in,
                    s.info.alpha_in,
                    take - sim.alpha_fee.min(take),
                    lp,
                )
            {
                return Err(Refusal::subtensor(
                    "SlippageTooHigh",
                    format!(
                        "unstaking {} on subnet {} moves the price below the limit {} TAO/α (price {}, tolerance {})",
                        display_alpha(take, sym),
                        t.netuid,
                        format_decimal(lp),
                        format_decimal(s.price),
                        format_decimal(safety.tolerance_ppb)
                    ),
                    "raise `--tolerance`, pass `--partial` to fill what fits, lower the amount, or `--unsafe`",
                )
                .into());
            }
            Some((lp, safety.partial))
        } else {
            None
        };
        calls.push(stake_call(md, false, t, take, limit)?);
        lines.push((
            format!("unstake on subnet {}", t.netuid),
            format!(
                "{} → ≈{} from {}{}",
                display_alpha(take, sym),
                display_tao(sim.tao_amount),
                crate::ss58::encode_default(&t.hotkey),
                limit
                    .map(|(p, _)| format!(" (floor {} TAO/α)", format_decimal(p)))
                    .unwrap_or_default()
            ),
        ));
        rows.push(json!({
            "netuid": t.netuid,
            "hotkey": crate::ss58::encode_default(&t.hotkey),
            "amount": alpha_json(take, t.netuid),
            "expected_tao": tao_json(sim.tao_amount),
            "price": tao_json(s.price),
            "limit_price": limit.map(|(p, _)| tao_json(p)),
            "allow_partial": limit.map(|(_, p)| p),
        }));
    }
    let call = Call::batch_all(md, calls)?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({ "coldkey": crate::ss58::encode_default(coldkey), "targets": rows }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// `StakeUnavailable` when `take` α would leave the subnet past the coldkey's stake lock there
/// (the locked α stays; spec 425 and later).
async fn locked_guard(
    tc: &TxChain,
    coldkey: &[u8; 32],
    positions: &[read::StakePosition],
    netuid: u16,
    take: u64,
    sym: &str,
) -> Result<(), PlanError> {
    if let Some((locked, available)) =
        crate::chain::locks::lock_bound(&tc.chain, coldkey, netuid, positions).await?
        && take > available
    {
        return Err(Refusal::subtensor(
            "StakeUnavailable",
            format!(
                "{} is locked on subnet {netuid}, so only {} may leave it; {} requested",
                display_alpha(locked, sym),
                display_alpha(available, sym),
                display_alpha(take, sym)
            ),
            "unstake less, or see the lock with `tao stake lock show --netuid N` (a decaying lock frees α over time)",
        )
        .into());
    }
    Ok(())
}

/// A transfer within a subnet past the sender's unlocked α carries that part of its lock to
/// the receiver (spec 425 and later): refused as the chain would when the receiver refuses
/// locked α (`AccountRejectsLockedAlpha`, the default) or holds a lock to another hotkey there
/// (`LockHotkeyMismatch`).
async fn locked_transfer_guard(
    tc: &TxChain,
    coldkey: &[u8; 32],
    dest: &[u8; 32],
    netuid: u16,
    take: u64,
    sym: &str,
) -> Result<(), PlanError> {
    use crate::chain::locks;
    if coldkey == dest || !locks::supported(&tc.chain) {
        return Ok(());
    }
    let ours = locks::coldkey_locks(&tc.chain, coldkey, Some(netuid)).await?;
    let Some(lock) = ours.locks.first().filter(|l| take > l.available()) else {
        return Ok(());
    };
    let moved = (take - lock.available()).min(lock.now.locked_mass);
    let to = crate::ss58::encode_default(dest);
    if locks::rejects_locked_alpha(&tc.chain, dest).await? {
        return Err(Refusal::subtensor(
            "AccountRejectsLockedAlpha",
            format!(
                "{} of the transfer is locked on subnet {netuid}, and {to} does not accept locked α",
                display_alpha(moved, sym)
            ),
            "transfer at most the unlocked part, or have the receiver accept locked α (set_reject_locked_alpha false)",
        )
        .into());
    }
    let theirs = locks::coldkey_locks(&tc.chain, dest, Some(netuid)).await?;
    if let Some(other) = theirs.locks.first().filter(|l| l.hotkey != lock.hotkey) {
        return Err(Refusal::subtensor(
            "LockHotkeyMismatch",
            format!(
                "the locked part would join {to}'s lock on subnet {netuid}, which is to {} and not {}",
                crate::ss58::encode_default(&other.hotkey),
                crate::ss58::encode_default(&lock.hotkey)
            ),
            "transfer at most the unlocked part",
        )
        .into());
    }
    Ok(())
}

/// Which stake-moving call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveKind {
    /// `move_stake`: to another hotkey and/or subnet, same coldkey.
    Move {
        /// The destination hotkey.
        dest_hotkey: [u8; 32],
    },
    /// `transfer_stake`: to another coldkey, same hotkey.
    Transfer {
        /// The destination coldkey.
        dest_coldkey: [u8; 32],
    },
    /// `swap_stake[_limit]`: to another subnet, same hotkey and coldkey.
    Swap,
}

/// Plan moving `amount` α (or the whole position) from (hotkey, origin) to `dest_netuid`.
pub async fn plan_move(
    tc: &TxChain,
    coldkey: &[u8; 32],
    from: Target,
    dest_netuid: u16,
    amount: Option<u64>,
    kind: MoveKind,
    safety: Safety,
) -> Result<Plan, PlanError> {
    let (o, d) = check_move(tc, from, dest_netuid, kind).await?;
    let (take, value) = movable(tc, coldkey, from, amount, &o, d.is_some()).await?;
    if let (MoveKind::Transfer { dest_coldkey }, None) = (kind, &d) {
        locked_transfer_guard(
            tc,
            coldkey,
            &dest_coldkey,
            from.netuid,
            take,
            &o.info.symbol,
        )
        .await?;
    }
    let mv = Move {
        from,
        dest_netuid,
        take,
        kind,
    };
    let limit = match kind {
        MoveKind::Swap if safety.safe => Some(swap_limit(tc, &mv, &o, d.as_ref(), safety).await?),
        _ => None,
    };
    let call = move_call(tc.metadata(), &mv, limit, safety.partial)?;
    let (lines, details) = move_summary(&mv, &o.info.symbol, value, limit, safety.partial);
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details,
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// What a move takes from where to where.
struct Move {
    from: Target,
    dest_netuid: u16,
    take: u64,
    kind: MoveKind,
}

/// The guards of the move's endpoints: distinct subnets for a swap, both subnets usable, the
/// hotkeys registered, and stake transfers allowed on both subnets for a transfer. Returns the
/// origin subnet and the destination subnet when it differs.
async fn check_move(
    tc: &TxChain,
    from: Target,
    dest_netuid: u16,
    kind: MoveKind,
) -> Result<(SubnetState, Option<SubnetState>), PlanError> {
    if kind == MoveKind::Swap && from.netuid == dest_netuid {
        return Err(Refusal::subtensor(
            "SameNetuid",
            format!("origin and destination are both subnet {dest_netuid}"),
            "swap to another subnet with `--dest-netuid`",
        )
        .into());
    }
    let o = check_subnet(tc, from.netuid).await?;
    let d = if dest_netuid == from.netuid {
        None
    } else {
        Some(check_subnet(tc, dest_netuid).await?)
    };
    check_hotkey(tc, &from.hotkey).await?;
    if let MoveKind::Move { dest_hotkey } = kind {
        check_hotkey(tc, &dest_hotkey).await?;
    }
    if let MoveKind::Transfer { .. } = kind
        && tc.chain.has_storage("SubtensorModule", "TransferToggle")
    {
        for n in [from.netuid, dest_netuid] {
            let v = tc
                .chain
                .storage(&[StorageQuery::new(
                    "SubtensorModule",
                    "TransferToggle",
                    vec![arg_u16(n)],
                )])
                .await?;
            let on = v[0].as_ref().map(bool_of).transpose()?.unwrap_or(true);
            if !on {
                return Err(Refusal::subtensor(
                    "TransferDisallowed",
                    format!("stake transfers are disabled on subnet {n}"),
                    "move the stake within your own coldkey instead",
                )
                .into());
            }
        }
    }
    Ok((o, d))
}

/// The α to move (the whole position without `amount`) and its TAO value, refused when the
/// position does not hold it or, across subnets, when it is worth less than the minimum stake.
async fn movable(
    tc: &TxChain,
    coldkey: &[u8; 32],
    from: Target,
    amount: Option<u64>,
    o: &SubnetState,
    across_subnets: bool,
) -> Result<(u64, u64), PlanError> {
    let positions = read::stake_of(&tc.chain, &[*coldkey]).await?;
    let held: u64 = positions
        .iter()
        .filter(|p| p.hotkey == from.hotkey && p.netuid == from.netuid)
        .map(|p| p.stake)
        .sum();
    let take = amount.unwrap_or(held);
    let sym = &o.info.symbol;
    if take == 0 || take > held {
        return Err(Refusal::subtensor(
            "NotEnoughStakeToWithdraw",
            format!(
                "the position on subnet {} through {} holds {}; {} requested",
                from.netuid,
                crate::ss58::encode_default(&from.hotkey),
                display_alpha(held, sym),
                display_alpha(take, sym)
            ),
            "see your positions with `tao stake list`",
        )
        .into());
    }
    if across_subnets {
        locked_guard(tc, coldkey, &positions, from.netuid, take, sym).await?;
    }
    let value = read::tao_value(take, o.price);
    if across_subnets && value < MIN_STAKE {
        return Err(Refusal::subtensor(
            "AmountTooLow",
            format!(
                "{} is worth {}, below the minimum stake of {}",
                display_alpha(take, sym),
                display_tao(value),
                display_tao(MIN_STAKE)
            ),
            "move a larger amount",
        )
        .into());
    }
    Ok((take, value))
}

/// The floor on the origin/destination price ratio of a safe swap; without `--partial`, the swap
/// is simulated on both pools and refused when it would end below the floor.
async fn swap_limit(
    tc: &TxChain,
    mv: &Move,
    o: &SubnetState,
    d: Option<&SubnetState>,
    safety: Safety,
) -> Result<u64, PlanError> {
    let (from, dest_netuid, take) = (mv.from, mv.dest_netuid, mv.take);
    let dp = d.map(|d| d.price).unwrap_or(o.price).max(1);
    let ratio = u128::from(o.price) * u128::from(UNIT) / u128::from(dp);
    let ratio = u64::try_from(ratio).unwrap_or(u64::MAX);
    let lp = limit_price(ratio, safety.tolerance_ppb, false);
    if !safety.partial
        && let Some(d) = d
        && o.dynamic
        && d.dynamic
    {
        let sell = read::sim_swap(&tc.chain, from.netuid, take, true).await?;
        let buy = read::sim_swap(&tc.chain, dest_netuid, sell.tao_amount, false).await?;
        let xo = U256::from(o.info.alpha_in) + U256::from(take - sell.alpha_fee.min(take));
        let yo = U256::from(o.info.tao_in.saturating_sub(sell.tao_amount));
        let yd =
            U256::from(d.info.tao_in) + U256::from(sell.tao_amount.saturating_sub(buy.tao_fee));
        let xd = U256::from(d.info.alpha_in.saturating_sub(buy.alpha_amount));
        // (yo/xo) / (yd/xd) ≥ lp / UNIT  ⇔  yo·xd·UNIT ≥ lp·xo·yd
        if yo * xd * U256::from(UNIT) < U256::from(lp) * xo * yd {
            return Err(Refusal::subtensor(
                "SlippageTooHigh",
                format!(
                    "swapping {} from subnet {} to {} moves the price ratio below the floor {} (now {}, tolerance {})",
                    display_alpha(take, &o.info.symbol),
                    from.netuid,
                    dest_netuid,
                    format_decimal(lp),
                    format_decimal(ratio),
                    format_decimal(safety.tolerance_ppb)
                ),
                "raise `--tolerance`, pass `--partial`, lower the amount, or `--unsafe`",
            )
            .into());
        }
    }
    Ok(lp)
}

/// The call of a move: move_stake, transfer_stake, swap_stake_limit (with `limit`) or swap_stake.
fn move_call(
    md: &subxt::Metadata,
    mv: &Move,
    limit: Option<u64>,
    partial: bool,
) -> Result<Call, PlanError> {
    let hk = Value::from_bytes(mv.from.hotkey);
    let on = Value::u128(u128::from(mv.from.netuid));
    let dn = Value::u128(u128::from(mv.dest_netuid));
    let am = Value::u128(u128::from(mv.take));
    let call = match (mv.kind, limit) {
        (MoveKind::Move { dest_hotkey }, _) => Call::new(
            md,
            "SubtensorModule",
            "move_stake",
            vec![
                ("origin_hotkey", hk),
                ("destination_hotkey", Value::from_bytes(dest_hotkey)),
                ("origin_netuid", on),
                ("destination_netuid", dn),
                ("alpha_amount", am),
            ],
        )?,
        (MoveKind::Transfer { dest_coldkey }, _) => Call::new(
            md,
            "SubtensorModule",
            "transfer_stake",
            vec![
                ("destination_coldkey", Value::from_bytes(dest_coldkey)),
                ("hotkey", hk),
                ("origin_netuid", on),
                ("destination_netuid", dn),
                ("alpha_amount", am),
            ],
        )?,
        (MoveKind::Swap, Some(lp)) => Call::new(
            md,
            "SubtensorModule",
            "swap_stake_limit",
            vec![
                ("hotkey", hk),
                ("origin_netuid", on),
                ("destination_netuid", dn),
                ("alpha_amount", am),
                ("limit_price", Value::u128(u128::from(lp))),
                ("allow_partial", Value::bool(partial)),
            ],
        )?,
        (MoveKind::Swap, None) => Call::new(
            md,
            "SubtensorModule",
            "swap_stake",
            vec![
                ("hotkey", hk),
                ("origin_netuid", on),
                ("destination_netuid", dn),
                ("alpha_amount", am),
            ],
        )?,
    };
    Ok(call)
}

/// The summary lines and the JSON details of a move.
fn move_summary(
    mv: &Move,
    sym: &str,
    value: u64,
    limit: Option<u64>,
    partial: bool,
) -> (Vec<(String, String)>, serde_json::Value) {
    let from = mv.from;
    let mut lines = vec![
        (
            "from".to_string(),
            format!(
                "{} on subnet {} through {}",
                display_alpha(mv.take, sym),
                from.netuid,
                crate::ss58::encode_default(&from.hotkey)
            ),
        ),
        ("to subnet".to_string(), mv.dest_netuid.to_string()),
    ];
    let mut details = json!({
        "origin_netuid": from.netuid,
        "destination_netuid": mv.dest_netuid,
        "hotkey": crate::ss58::encode_default(&from.hotkey),
        "amount": alpha_json(mv.take, from.netuid),
        "tao_value": tao_json(value),
    });
    match mv.kind {
        MoveKind::Move { dest_hotkey } => {
            let to = crate::ss58::encode_default(&dest_hotkey);
            lines.push(("to hotkey".into(), to.clone()));
            details["destination_hotkey"] = json!(to);
        }
        MoveKind::Transfer { dest_coldkey } => {
            let to = crate::ss58::encode_default(&dest_coldkey);
            lines.push(("to coldkey".into(), to.clone()));
            details["destination_coldkey"] = json!(to);
        }
        MoveKind::Swap => {
            if let Some(lp) = limit {
                lines.push((
                    "limit".into(),
                    format!("{} origin α per destination α", format_decimal(lp)),
                ));
                details["limit_price"] = tao_json(lp);
                details["allow_partial"] = json!(partial);
            }
        }
    }
    (lines, details)
}
