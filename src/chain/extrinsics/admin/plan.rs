//! Planning `tao sudo set`: the subnet's state, the owner rate limits, the freeze window, the
//! chain's value rules, then the call.

use super::*;

/// The last change of a parameter and the limit on the next, for the summary and the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// The block of the last owner change (0: never).
    pub last: u64,
    /// The limit in blocks.
    pub limit: u64,
    /// How the limit is made up, for the message.
    pub rule: &'static str,
}

impl RateLimit {
    /// The first block in which the next change may land.
    pub fn next_allowed(&self) -> u64 {
        if self.last == 0 {
            0
        } else {
            self.last.saturating_add(self.limit)
        }
    }

    /// The JSON of `details.rate_limit`.
    pub fn json(&self) -> Json {
        json!({
            "last_change_block": (self.last != 0).then_some(self.last),
            "limit_blocks": self.limit,
            "next_allowed_block": (self.last != 0).then_some(self.next_allowed()),
        })
    }
}

/// `TxRateLimitExceeded` unless a change landing in block `lands` passes the limit: the first
/// change, or `lands − last ≥ limit`.
pub fn check_limit(netuid: u16, name: &str, rl: RateLimit, lands: u64) -> Result<(), Refusal> {
    if rl.last == 0 || lands.saturating_sub(rl.last) >= rl.limit {
        return Ok(());
    }
    let next = rl.next_allowed();
    let wait = next.saturating_sub(lands);
    Err(Refusal::subtensor(
        "TxRateLimitExceeded",
        format!(
            "subnet {netuid}'s {name} was last changed by its owner at block #{}; the owner may change it once per {} blocks ({}), so the next change may land from block #{next} (this one would land in block #{lands})",
            rl.last, rl.limit, rl.rule
        ),
        format!(
            "retry in {wait} block{}, after block #{}",
            if wait == 1 { "" } else { "s" },
            next.saturating_sub(1)
        ),
    ))
}

/// The refusal of a root-only parameter.
pub fn root_only(name: &str, call: &str) -> Refusal {
    Refusal::new(
        "DispatchError",
        "BadOrigin",
        format!(
            "{name} is set only by the chain's root (AdminUtils.{call} through Sudo); a subnet owner's call is refused with BadOrigin"
        ),
        "ask the chain's governance; `tao subnets hyperparameters` shows the current value",
    )
}

/// The subnet's state the checks need.
pub(super) struct Subnet {
    pub(super) owner: [u8; 32],
    pub(super) tempo: u64,
    pub(super) window: u64,
    pub(super) current: Option<ParamValue>,
    pub(super) rate: Option<RateLimit>,
    pub(super) lands: u64,
}

fn rate_key_hp(netuid: u16, variant: &str) -> Value {
    Value::unnamed_variant(
        "OwnerHyperparamUpdate",
        [arg_u16(netuid), Value::unnamed_variant(variant, [])],
    )
}

pub(super) async fn read_subnet(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    param: &Param,
) -> Result<Subnet, PlanError> {
    let c = &tc.chain;
    let exists = c
        .storage(&[StorageQuery::new(
            "SubtensorModule",
            "NetworksAdded",
            vec![arg_u16(netuid)],
        )])
        .await?;
    if !exists[0]
        .as_ref()
        .map(bool_of)
        .transpose()?
        .unwrap_or(false)
    {
        return Err(Refusal::no_subnet(netuid).into());
    }
    let st = |entry: &str, keys: Vec<Value>| StorageQuery::new("SubtensorModule", entry, keys);
    let mut q = vec![
        st("SubnetOwner", vec![arg_u16(netuid)]),
        st("Tempo", vec![arg_u16(netuid)]),
    ];
    let has = |e: &str| c.has_storage("SubtensorModule", e);
    let window_at = has("AdminFreezeWindow").then(|| {
        q.push(st("AdminFreezeWindow", vec![]));
        q.len() - 1
    });
    let current_at = has(param.storage).then(|| {
        q.push(st(param.storage, vec![arg_u16(netuid)]));
        q.len() - 1
    });
    let (last_at, factor_at) = match param.limit {
        Hp(variant) if has("LastRateLimitedBlock") => {
            q.push(st(
                "LastRateLimitedBlock",
                vec![rate_key_hp(netuid, variant)],
            ));
            let last = q.len() - 1;
            let factor = has("OwnerHyperparamRateLimit").then(|| {
                q.push(st("OwnerHyperparamRateLimit", vec![]));
                q.len() - 1
            });
            (Some(last), factor)
        }
        WeightsVersion if has("TransactionKeyLastBlock") => {
            q.push(st(
                "TransactionKeyLastBlock",
                vec![
                    arg_account(coldkey),
                    arg_u16(netuid),
                    arg_u16(TX_SET_WEIGHTS_VERSION_KEY),
                ],
            ));
            let last = q.len() - 1;
            let factor = has("WeightsVersionKeyRateLimit").then(|| {
                q.push(st("WeightsVersionKeyRateLimit", vec![]));
                q.len() - 1
            });
            (Some(last), factor)
        }
        TempoUpdate if has("TransactionKeyLastBlock") => {
            q.push(st(
                "TransactionKeyLastBlock",
                vec![
                    arg_account(coldkey),
                    arg_u16(netuid),
                    arg_u16(TX_TEMPO_UPDATE),
                ],
            ));
            (Some(q.len() - 1), None)
        }
        OwnerHotkey if has("LastRateLimitedBlock") => {
            q.push(st(
                "LastRateLimitedBlock",
                vec![Value::unnamed_variant(
                    "SetSNOwnerHotkey",
                    [arg_u16(netuid)],
                )],
            ));
            (Some(q.len() - 1), None)
        }
        _ => (None, None),
    };
    let v = c.storage(&q).await?;
    let num = |i: Option<usize>, default: u64| -> Result<u64, ChainError> {
        match i.and_then(|i| v[i].as_ref()) {
            Some(x) => u64_of(x),
            None => Ok(default),
        }
    };
    let owner = v[0].as_ref().map(account).transpose()?.unwrap_or([0; 32]);
    let tempo = num(Some(1), 0)?;
    let window = num(window_at, 10)?;
    let current = match current_at.and_then(|i| v[i].as_ref()) {
        Some(x) => Some(stored_value(param.kind, x)?),
        None => None,
    };
    let rate = match (param.limit, last_at) {
        (Hp(_), Some(i)) => {
            let factor = num(factor_at, 2)?;
            Some(RateLimit {
                last: num(Some(i), 0)?,
                limit: tempo.saturating_mul(factor),
                rule: "Tempo × OwnerHyperparamRateLimit",
            })
        }
        (WeightsVersion, Some(i)) => {
            let factor = num(factor_at, 5)?;
            Some(RateLimit {
                last: num(Some(i), 0)?,
                limit: tempo.saturating_mul(factor),
                rule: "Tempo × WeightsVersionKeyRateLimit, per coldkey",
            })
        }
        (TempoUpdate, Some(i)) => Some(RateLimit {
            last: num(Some(i), 0)?,
            limit: u64::from(TEMPO_BOUNDS.0),
            rule: "one tempo change per 360 blocks (MIN_TEMPO), per coldkey",
        }),
        (OwnerHotkey, Some(i)) => Some(RateLimit {
            last: num(Some(i), 0)?,
            limit: SN_OWNER_HOTKEY_RATE_LIMIT,
            rule: "one owner-hotkey change per subnet per 50400 blocks",
        }),
        _ => None,
    };
    let lands = tc.pinned_number().await? + 1;
    Ok(Subnet {
        owner,
        tempo,
        window,
        current,
        rate,
        lands,
    })
}

/// A `SubtensorModule` constant as a u64, if the metadata has it.
fn constant_u64(tc: &TxChain, name: &str) -> Option<u64> {
    tc.metadata()
        .pallet_by_name("SubtensorModule")
        .and_then(|p| p.constant_by_name(name))
        .and_then(|c| <[u8; 8]>::try_from(c.value()).ok())
        .map(u64::from_le_bytes)
}

/// Reads one `SubtensorModule` value (keyed by netuid, or plain) as a u64, with a default.
async fn read_u64(
    tc: &TxChain,
    entry: &str,
    keys: Vec<Value>,
    default: u64,
) -> Result<u64, PlanError> {
    if !tc.chain.has_storage("SubtensorModule", entry) {
        return Ok(default);
    }
    let v = tc
        .chain
        .storage(&[StorageQuery::new("SubtensorModule", entry, keys)])
        .await?;
    Ok(match v[0].as_ref() {
        Some(x) => u64_of(x)?,
        None => default,
    })
}

fn out_of_range(pallet: &str, error: &str, message: String, hint: String) -> PlanError {
    Refusal::new(pallet, error, message, hint).into()
}

/// The chain's value rules for the parameter.
async fn check_value(
    tc: &TxChain,
    netuid: u16,
    param: &Param,
    v: &ParamValue,
) -> Result<(), PlanError> {
    let n = |k: Vec<Value>| k;
    let uint = match v {
        ParamValue::Uint(x) => *x,
        _ => 0,
    };
    match param.name {
        "network_pow_registration_allowed" if tc.chain.spec_version() >= POW_DISABLED_FROM_SPEC => {
            return Err(out_of_range(
                ADMIN,
                "POWRegistrationDisabled",
                format!(
                    "POW registration is gone from the chain (runtime spec {} ≥ {POW_DISABLED_FROM_SPEC}): sudo_set_network_pow_registration_allowed always fails",
                    tc.chain.spec_version()
                ),
                "neurons register by burning TAO (`tao subnets register`)".into(),
            ));
        }
        "max_allowed_uids" => {
            let min = read_u64(tc, "MinAllowedUids", n(vec![arg_u16(netuid)]), 64).await?;
            let used = read_u64(tc, "SubnetworkN", n(vec![arg_u16(netuid)]), 0).await?;
            let mechs = read_u64(tc, "MechanismCountCurrent", n(vec![arg_u16(netuid)]), 1).await?;
            if uint < u128::from(min) {
                return Err(out_of_range(
                    ADMIN,
                    "MaxAllowedUidsLessThanMinAllowedUids",
                    format!("{uint} is below subnet {netuid}'s MinAllowedUids {min}"),
                    format!("give {min} to {}", 256 / mechs.max(1)),
                ));
            }
            if uint < u128::from(used) {
                return Err(out_of_range(
                    ADMIN,
                    "MaxAllowedUIdsLessThanCurrentUIds",
                    format!("subnet {netuid} has {used} uids in use, more than {uint}"),
                    "trim the subnet first (`btcli sudo trim`), or give at least the uids in use"
                        .into(),
                ));
            }
            if uint > 256 {
                return Err(out_of_range(
                    ADMIN,
                    "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids",
                    format!("{uint} is above the chain's limit of 256 uids"),
                    format!("give {min} to 256"),
                ));
            }
            if uint * u128::from(mechs) > 256 {
                return Err(out_of_range(
                    "SubtensorModule",
                    "TooManyUIDsPerMechanism",
                    format!(
                        "{uint} uids × {mechs} mechanisms exceeds the 256 uids a subnet may have over all its mechanisms"
                    ),
                    format!("give at most {}", 256 / mechs.max(1)),
                ));
            }
        }
        "activity_cutoff" => {
            let min = read_u64(tc, "MinActivityCutoff", vec![], 360).await?;
            if uint < u128::from(min) {
                return Err(out_of_range(
                    "SubtensorModule",
                    "ActivityCutoffTooLow",
                    format!("{uint} blocks is below MinActivityCutoff ({min} blocks)"),
                    format!("give {min} to 65535 blocks"),
                ));
            }
        }
        "min_burn" => {
            let upper = constant_u64(tc, "MinBurnUpperBound").unwrap_or(BURN_BOUNDS.0);
            let max = read_u64(tc, "MaxBurn", vec![arg_u16(netuid)], 100_000_000_000).await?;
            let bound = upper.min(max);
            if uint >= u128::from(bound) {
                return Err(out_of_range(
                    ADMIN,
                    "ValueNotInBounds",
                    format!(
                        "the min burn must be below {} (MinBurnUpperBound {}) and below the subnet's max burn {}; {} was given",
                        display_tao(bound),
                        display_tao(upper),
                        display_tao(max),
                        display_tao(uint as u64)
                    ),
                    format!("give 0 to {} rao", bound.saturating_sub(1)),
                ));
            }
        }
        "max_burn" => {
            let lower = constant_u64(tc, "MaxBurnLowerBound").unwrap_or(BURN_BOUNDS.1);
            let min = read_u64(tc, "MinBurn", vec![arg_u16(netuid)], 500_000).await?;
            let bound = lower.max(min);
            if uint <= u128::from(bound) {
                return Err(out_of_range(
                    ADMIN,
                    "ValueNotInBounds",
                    format!(
                        "the max burn must be above {} (MaxBurnLowerBound {}) and above the subnet's min burn {}; {} was given",
                        display_tao(bound),
                        display_tao(lower),
                        display_tao(min),
                        display_tao(uint as u64)
                    ),
                    format!("give more than {bound} rao"),
                ));
            }
        }
        "bonds_moving_avg" if uint > 975_000 => {
            return Err(out_of_range(
                ADMIN,
                "BondsMovingAverageMaxReached",
                format!(
                    "an owner may set the bonds moving average to at most 975000 (0.975); {uint} was given"
                ),
                "give 0 to 975000, or a fraction 0 to 0.975".into(),
            ));
        }
        "alpha_values" => {
            let ParamValue::Pair(low, high) = *v else {
                return Ok(());
            };
            let on = if tc.chain.has_storage("SubtensorModule", "LiquidAlphaOn") {
                let r = tc
                    .chain
                    .storage(&[StorageQuery::new(
                        "SubtensorModule",
                        "LiquidAlphaOn",
                        vec![arg_u16(netuid)],
                    )])
                    .await?;
                r[0].as_ref().map(bool_of).transpose()?.unwrap_or(false)
            } else {
                false
            };
            if !on {
                return Err(out_of_range(
                    "SubtensorModule",
                    "LiquidAlphaDisabled",
                    format!(
                        "liquid alpha is off on subnet {netuid}; its alpha values can only be set while it is on"
                    ),
                    format!(
                        "turn it on first: `tao sudo set --netuid {netuid} --param liquid_alpha_enabled --value true`"
                    ),
                ));
            }
            if high < MIN_ALPHA {
                return Err(out_of_range(
                    "SubtensorModule",
                    "AlphaHighTooLow",
                    format!("alpha_high {high} is below {MIN_ALPHA} (65535 / 40)"),
                    format!("give alpha_high from {MIN_ALPHA} to 65535"),
                ));
            }
            if low < MIN_ALPHA || low > high {
                return Err(out_of_range(
                    "SubtensorModule",
                    "AlphaLowOutOfRange",
                    format!("alpha_low {low} must be from {MIN_ALPHA} to alpha_high {high}"),
                    format!("give alpha_low from {MIN_ALPHA} to {high}"),
                ));
            }
        }
        "tempo" => {
            let (lo, hi) = TEMPO_BOUNDS;
            if !(u128::from(lo)..=u128::from(hi)).contains(&uint) {
                return Err(out_of_range(
                    "SubtensorModule",
                    "TempoOutOfBounds",
                    format!(
                        "an owner may set the tempo to {lo} to {hi} blocks (MIN_TEMPO to MAX_TEMPO); {uint} was given"
                    ),
                    format!("give {lo} to {hi}"),
                ));
            }
        }
        "activity_cutoff_factor" => {
            let (lo, hi) = ACTIVITY_CUTOFF_FACTOR_MILLI;
            if !(u128::from(lo)..=u128::from(hi)).contains(&uint) {
                return Err(out_of_range(
                    "SubtensorModule",
                    "ActivityCutoffFactorMilliOutOfBounds",
                    format!(
                        "the activity cutoff factor is {lo} to {hi} per mille of the tempo (1 to 50 tempos); {uint} was given"
                    ),
                    format!("give {lo} to {hi}, or tempos with a point such as 2.5"),
                ));
            }
        }
        "commit_reveal_period" if uint > 100 => {
            return Err(out_of_range(
                "SubtensorModule",
                "RevealPeriodTooLarge",
                format!("the reveal period is 1 to 100 epochs; {uint} was given"),
                "give 1 to 100".into(),
            ));
        }
        "commit_reveal_period" if uint < 1 => {
            return Err(out_of_range(
                "SubtensorModule",
                "RevealPeriodTooSmall",
                format!("the reveal period is 1 to 100 epochs; {uint} was given"),
                "give 1 to 100".into(),
            ));
        }
        "alpha_sigmoid_steepness" if matches!(v, ParamValue::Int(x) if *x < 0) => {
            return Err(out_of_range(
                ADMIN,
                "NegativeSigmoidSteepness",
                "an owner may not set a negative sigmoid steepness".into(),
                "give 0 to 32767".into(),
            ));
        }
        "owner_immune_neuron_limit" if !(1..=10).contains(&uint) => {
            return Err(out_of_range(
                "SubtensorModule",
                "InvalidValue",
                format!("the owner's immune uids are 1 to 10; {uint} was given"),
                "give 1 to 10".into(),
            ));
        }
        "burn_half_life"
        | "burn_increase_mult"
        | "owner_cut_enabled"
        | "owner_cut_auto_lock_enabled"
            if netuid == 0 =>
        {
            return Err(out_of_range(
                ADMIN,
                "NotPermittedOnRootSubnet",
                format!("{} cannot be set on the root subnet", param.name),
                "pick a subnet other than 0".into(),
            ));
        }
        "burn_half_life" if !(1..=36_100).contains(&uint) => {
            return Err(out_of_range(
                ADMIN,
                "InvalidValue",
                format!(
                    "the burn half-life is 1 to 36100 blocks (MaxBurnHalfLife); {uint} was given"
                ),
                "give 1 to 36100".into(),
            ));
        }
        "burn_increase_mult" => {
            let ParamValue::Fixed(bits) = *v else {
                return Ok(());
            };
            if !((1u128 << 64)..=(3u128 << 64)).contains(&bits) {
                return Err(out_of_range(
                    ADMIN,
                    "InvalidValue",
                    format!(
                        "the burn increase multiplier is 1 to 3; {} was given",
                        trim(&ufixed_decimal(bits, 64, 12))
                    ),
                    "give 1 to 3, e.g. 1.26".into(),
                ));
            }
        }
        "min_childkey_take" => {
            let min = read_u64(tc, "MinChildkeyTake", vec![], 0).await?;
            let max = read_u64(tc, "MaxChildkeyTake", vec![], 11_796).await?;
            if uint < u128::from(min) || uint > u128::from(max) {
                return Err(out_of_range(
                    ADMIN,
                    "InvalidValue",
                    format!(
                        "the subnet's min childkey take must be from the chain's MinChildkeyTake {min} to MaxChildkeyTake {max} (of 65535); {uint} was given"
                    ),
                    format!(
                        "give {min} to {max}, or a fraction {} to {}",
                        trim(&u16_fraction(min as u16, 6)),
                        trim(&u16_fraction(max as u16, 6))
                    ),
                ));
            }
        }
        _ => {}
    }
    Ok(())
}

/// Plan the owner's call (`AdminUtils.<param.call>(netuid, value…)`, or the route [`route`]
/// finds for a `SubtensorModule` setting), signed by the subnet owner's coldkey.
pub async fn plan_set(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    param: &'static Param,
    value: ParamValue,
) -> Result<Plan, PlanError> {
    let Some((pallet, call_name)) = route(&tc.chain, param) else {
        if param.name == "tempo" && tc.chain.has_call(ADMIN, "sudo_set_tempo") {
            // Before spec 425 the tempo is the root's alone.
            return Err(root_only(param.name, "sudo_set_tempo").into());
        }
        return Err(Refusal::new(
            "tao",
            "CallNotAvailable",
            format!(
                "the connected chain (runtime spec {}) has no {}.{} for {}",
                tc.chain.spec_version(),
                param.pallet,
                param.call,
                param.name
            ),
            "connect to a chain whose runtime has the call (spec 425 has every owner call)",
        )
        .into());
    };
    if param.name == "network_pow_registration_allowed" {
        // The chain refuses this call before any origin check.
        check_value(tc, netuid, param, &value).await?;
    }
    let s = read_subnet(tc, coldkey, netuid, param).await?;
    Refusal::unless_owner(netuid, &s.owner, coldkey)?;
    // The chain checks the tempo's and the activity cutoff factor's bounds before the window
    // and the rate limit; the AdminUtils calls check the value last.
    let bounds_first = param.admin_twin.is_some();
    if bounds_first {
        check_value(tc, netuid, param, &value).await?;
    }
    if let Some(rl) = s.rate {
        check_limit(netuid, param.name, rl, s.lands)?;
    }
    if param.limit != OwnerHotkey && s.tempo != 0 {
        let (next, _) = read::next_epoch(&tc.chain, netuid).await?;
        if let Some(next) = next {
            freeze_window(netuid, s.window, next.block, s.lands)?;
        }
    }
    if !bounds_first {
        check_value(tc, netuid, param, &value).await?;
    }
    let mut args = vec![("netuid", Value::u128(u128::from(netuid)))];
    args.extend(call_args(param, &value));
    let call = Call::new(tc.metadata(), pallet, call_name, args)?;
    let current = s
        .current
        .as_ref()
        .map(|c| value_text(param.kind, c))
        .unwrap_or_else(|| "unknown".into());
    let mut lines = vec![
        ("subnet".into(), netuid.to_string()),
        (
            "parameter".into(),
            format!("{} ({pallet}.{call_name})", param.name),
        ),
        (
            "value".into(),
            format!("{current} → {}", value_text(param.kind, &value)),
        ),
    ];
    if let Some(rl) = s.rate {
        let text = if rl.last == 0 {
            format!("one change per {} blocks ({})", rl.limit, rl.rule)
        } else {
            format!(
                "last changed at #{}; one change per {} blocks; the next after this from #{}",
                rl.last,
                rl.limit,
                s.lands.saturating_add(rl.limit)
            )
        };
        lines.push(("rate limit".into(), text));
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "param": param.name,
            "call": call_name,
            "pallet": pallet,
            "current": s.current.as_ref().map(|c| value_json(param.kind, c)),
            "value": value_json(param.kind, &value),
            "rate_limit": s.rate.map(|r| r.json()),
            "next_change_allowed_block": s.rate.map(|r| s.lands.saturating_add(r.limit)),
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_limit_names_the_block_the_change_becomes_possible() {
        let rl = RateLimit {
            last: 100,
            limit: 20,
            rule: "Tempo × OwnerHyperparamRateLimit",
        };
        assert!(check_limit(1, "rho", rl, 120).is_ok());
        let r = check_limit(1, "rho", rl, 119).unwrap_err();
        assert_eq!(r.name, "TxRateLimitExceeded");
        assert!(r.message.contains("from block #120"), "{}", r.message);
        assert_eq!(r.hint, "retry in 1 block, after block #119");
        assert!(check_limit(1, "rho", RateLimit { last: 0, ..rl }, 5).is_ok());
    }
}
