//! `tao sudo trigger-epoch`: the subnet owner schedules an epoch `AdminFreezeWindow` blocks
//! ahead (`SubtensorModule.trigger_epoch`, 7/141 at spec 425).
//!
//! Checked before signing, in the chain's order: the signer owns the subnet (`BadOrigin`),
//! commit-reveal is off (`DynamicTempoBlockedByCommitReveal`), no triggered epoch is pending
//! (`EpochTriggerAlreadyPending`), the automatic epoch is at least the freeze window away
//! (`AutoEpochAlreadyImminent`), and the owner's rate limit
//! (`OwnerHyperparamUpdate(netuid, TriggerEpoch)`, `Tempo × OwnerHyperparamRateLimit` blocks).
//! Owner settings are refused for the whole countdown once the epoch is triggered.

use super::*;

/// The trigger as a rate-limited owner setting; `storage` holds the pending epoch's block.
const TRIGGER: Param = Param {
    name: "trigger_epoch",
    aliases: &[],
    pallet: "SubtensorModule",
    call: "trigger_epoch",
    admin_twin: None,
    args: &[],
    kind: Kind::Blocks64,
    limit: Limit::Hyperparam("TriggerEpoch"),
    storage: "PendingEpochAt",
};

/// Plans `SubtensorModule.trigger_epoch(netuid)`, signed by the subnet owner's coldkey.
pub async fn plan_trigger_epoch(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
) -> Result<Plan, PlanError> {
    if !tc.chain.has_call(TRIGGER.pallet, TRIGGER.call) {
        return Err(Refusal::new(
            "tao",
            "CallNotAvailable",
            format!(
                "the connected chain (runtime spec {}) has no SubtensorModule.trigger_epoch; owner-triggered epochs came with spec 425",
                tc.chain.spec_version()
            ),
            "wait for the subnet's next epoch (`tao subnets show` shows when)",
        )
        .into());
    }
    let s = read_subnet(tc, coldkey, netuid, &TRIGGER).await?;
    Refusal::unless_owner(netuid, &s.owner, coldkey)?;
    let st = |entry: &str| StorageQuery::new("SubtensorModule", entry, vec![arg_u16(netuid)]);
    let v = tc
        .chain
        .storage(&[st("CommitRevealWeightsEnabled"), st("LastEpochBlock")])
        .await?;
    if v[0].as_ref().map(bool_of).transpose()?.unwrap_or(false) {
        return Err(Refusal::subtensor(
            "DynamicTempoBlockedByCommitReveal",
            format!(
                "subnet {netuid} has commit-reveal on; a triggered epoch would break the reveal schedule"
            ),
            format!(
                "turn commit-reveal off first (`tao sudo set --netuid {netuid} --param commit_reveal_weights_enabled --value false`), or wait for the automatic epoch"
            ),
        )
        .into());
    }
    let pending = match s.current {
        Some(ParamValue::Uint(b)) => b as u64,
        _ => 0,
    };
    if pending != 0 {
        return Err(Refusal::subtensor(
            "EpochTriggerAlreadyPending",
            format!("subnet {netuid} already has a triggered epoch, at block #{pending}"),
            format!("wait for it; a new trigger is possible after block #{pending}"),
        )
        .into());
    }
    let last = match v[1].as_ref() {
        Some(x) => u64_of(x)?,
        None => 0,
    };
    let auto = last.saturating_add(s.tempo);
    // The chain measures from the block the call lands in.
    let remaining = auto.saturating_sub(s.lands);
    if s.tempo == 0 || remaining < s.window {
        return Err(Refusal::subtensor(
            "AutoEpochAlreadyImminent",
            format!(
                "subnet {netuid}'s automatic epoch is at block #{auto}, fewer than the freeze window's {} blocks after this call would land (block #{})",
                s.window, s.lands
            ),
            format!("the automatic epoch comes first; trigger again after block #{auto}"),
        )
        .into());
    }
    if let Some(rl) = s.rate {
        check_limit(netuid, "epoch trigger", rl, s.lands)?;
    }
    let call = Call::new(
        tc.metadata(),
        TRIGGER.pallet,
        TRIGGER.call,
        vec![("netuid", Value::u128(u128::from(netuid)))],
    )?;
    let fires_at = s.lands.saturating_add(s.window);
    let mut lines = vec![
        ("subnet".into(), netuid.to_string()),
        (
            "epoch".into(),
            format!(
                "fires at block #{fires_at} ({} blocks after the call lands), instead of the automatic one at #{auto}",
                s.window
            ),
        ),
        (
            "meanwhile".into(),
            "owner settings are refused until the triggered epoch has run".into(),
        ),
    ];
    if let Some(rl) = s.rate {
        lines.push((
            "rate limit".into(),
            format!(
                "one trigger per {} blocks ({}); the next after this from #{}",
                rl.limit,
                rl.rule,
                s.lands.saturating_add(rl.limit)
            ),
        ));
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "fires_at_block": fires_at,
            "automatic_epoch_block": auto,
            "freeze_window": s.window,
            "rate_limit": s.rate.map(|r| r.json()),
            "next_trigger_allowed_block": s.rate.map(|r| s.lands.saturating_add(r.limit)),
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
