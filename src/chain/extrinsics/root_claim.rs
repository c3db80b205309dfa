//! Root claims: what a coldkey's root stake has earned on each subnet (`RootClaimable` rate ×
//! root stake − `RootClaimed`, claimable from `RootClaimableThreshold`), `claim_root` for up to 5
//! subnets, and `set_root_claim_type` (Swap, Keep, KeepSubnets) where the runtime has claim types.

use std::collections::BTreeSet;

use serde_json::{Value as Json, json};
use substrate_fixed::types::I96F32;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{Chain, StorageQuery, arg_account, arg_u16};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, field, int, items, u16_of, uint, variant};
use crate::chain::{ChainError, read};
use crate::units::{alpha_json, display_alpha};

const PALLET: &str = "SubtensorModule";
/// The most subnets one `claim_root` takes.
pub const MAX_CLAIM_SUBNETS: usize = 5;

/// What one hotkey's root stake has earned on one subnet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimable {
    /// The hotkey the root stake is on.
    pub hotkey: [u8; 32],
    /// The subnet the dividends are in.
    pub netuid: u16,
    /// α owed (rounded down).
    pub owed: u64,
    /// The subnet's claim threshold in α (rounded down).
    pub threshold: u64,
}

impl Claimable {
    /// Whether a claim pays it (at least the threshold, and not zero).
    pub fn payable(&self) -> bool {
        self.owed > 0 && self.owed >= self.threshold
    }

    /// Its JSON.
    pub fn json(&self) -> Json {
        json!({
            "hotkey": crate::ss58::encode_default(&self.hotkey),
            "netuid": self.netuid,
            "owed": alpha_json(self.owed, self.netuid),
            "threshold": alpha_json(self.threshold, self.netuid),
            "payable": self.payable(),
        })
    }
}

fn fixed_bits(v: &Val) -> Result<i128, ChainError> {
    match field(v, "bits") {
        Ok(b) => int(b),
        Err(_) => int(v),
    }
}

/// `rate · stake − claimed`, as the chain computes it (I96F32), floored at 0.
pub fn owed(rate_bits: i128, stake: u64, claimed: u128) -> u64 {
    let rate = I96F32::from_bits(rate_bits);
    let v = rate
        .saturating_mul(I96F32::saturating_from_num(stake))
        .saturating_sub(I96F32::saturating_from_num(claimed));
    if v.is_negative() {
        0
    } else {
        v.saturating_to_num::<u64>()
    }
}

/// Whether this runtime has root claims.
pub fn supported(chain: &Chain) -> Result<(), ChainError> {
    if chain.has_storage(PALLET, "RootClaimable") && chain.has_storage(PALLET, "RootClaimed") {
        Ok(())
    } else {
        Err(chain.unsupported("root claims (RootClaimable)"))
    }
}

/// Everything the coldkey's root stake has earned, per (hotkey, subnet).
pub async fn claimables(chain: &Chain, coldkey: &[u8; 32]) -> Result<Vec<Claimable>, ChainError> {
    supported(chain)?;
    let roots: Vec<([u8; 32], u64)> = read::stake_of(chain, &[*coldkey])
        .await?
        .into_iter()
        .filter(|p| p.netuid == 0 && p.stake > 0)
        .map(|p| (p.hotkey, p.stake))
        .collect();
    if roots.is_empty() {
        return Ok(Vec::new());
    }
    let q: Vec<StorageQuery> = roots
        .iter()
        .map(|(h, _)| StorageQuery::new(PALLET, "RootClaimable", vec![arg_account(h)]))
        .collect();
    let rates = chain.storage(&q).await?;
    let mut pending: Vec<([u8; 32], u64, u16, i128)> = Vec::new();
    for ((h, stake), r) in roots.iter().zip(rates) {
        let Some(r) = r else { continue };
        for pair in items(map_entries(chain, &r))? {
            let parts = items(pair)?;
            if let [n, rate] = parts.as_slice() {
                pending.push((*h, *stake, u16_of(n)?, fixed_bits(rate)?));
            }
        }
    }
    let mut q = Vec::new();
    for (h, _, n, _) in &pending {
        q.push(StorageQuery::new(
            PALLET,
            "RootClaimed",
            vec![arg_u16(*n), arg_account(h), arg_account(coldkey)],
        ));
        q.push(StorageQuery::new(
            PALLET,
            "RootClaimableThreshold",
            vec![arg_u16(*n)],
        ));
    }
    let v = chain.storage(&q).await?;
    let mut out = Vec::new();
    for ((h, stake, n, rate), c) in pending.into_iter().zip(v.chunks(2)) {
        let claimed = c[0].as_ref().map(uint).transpose()?.unwrap_or(0);
        let threshold = match &c[1] {
            Some(t) => {
                let bits = fixed_bits(t)?;
                let t = I96F32::from_bits(bits);
                if t.is_negative() {
                    0
                } else {
                    t.saturating_to_num::<u64>()
                }
            }
            None => 0,
        };
        out.push(Claimable {
            hotkey: h,
            netuid: n,
            owed: owed(rate, stake, claimed),
            threshold,
        });
    }
    out.sort_by(|a, b| b.owed.cmp(&a.owed).then(a.netuid.cmp(&b.netuid)));
    Ok(out)
}

/// The entry sequence of a decoded `BTreeMap` (a composite of one field around the sequence).
fn map_entries<'a>(chain: &Chain, v: &'a Val) -> &'a Val {
    use scale_info::TypeDef;
    use subxt::ext::scale_value::ValueDef;
    let newtype = matches!(
        chain.metadata.types().resolve(v.context).map(|t| &t.type_def),
        Some(TypeDef::Composite(c)) if c.fields.len() == 1
    );
    match (&v.value, newtype) {
        (ValueDef::Composite(c), true) if c.len() == 1 => c.values().next().expect("one field"),
        _ => v,
    }
}

fn subnet_set(netuids: &BTreeSet<u16>) -> Value {
    Value::unnamed_composite([Value::unnamed_composite(
        netuids.iter().map(|n| arg_u16(*n)),
    )])
}

/// Plan `claim_root` for `netuids` (at most 5), or for the subnets with the most to claim.
pub async fn plan_claim(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuids: &[u16],
) -> Result<Plan, PlanError> {
    let all = claimables(&tc.chain, coldkey).await?;
    // By default the subnets with the most to claim (`all` is sorted by amount, largest first).
    let chosen: BTreeSet<u16> = if netuids.is_empty() {
        let mut picked: Vec<u16> = Vec::new();
        for c in all.iter().filter(|c| c.payable()) {
            if picked.len() == MAX_CLAIM_SUBNETS {
                break;
            }
            if !picked.contains(&c.netuid) {
                picked.push(c.netuid);
            }
        }
        picked.into_iter().collect()
    } else {
        netuids.iter().copied().collect()
    };
    if chosen.is_empty() || chosen.len() > MAX_CLAIM_SUBNETS {
        let (message, hint) = if chosen.is_empty() {
            (
                "nothing to claim: no subnet has root dividends at or above its claim threshold for this coldkey".to_string(),
                "see what has accrued with `tao stake claimable`; dividends accrue at each subnet's epoch".to_string(),
            )
        } else {
            (
                format!(
                    "{} subnets; one claim takes 1 to {MAX_CLAIM_SUBNETS}",
                    chosen.len()
                ),
                format!("give at most {MAX_CLAIM_SUBNETS} subnets (`--netuids`)"),
            )
        };
        return Err(Refusal::subtensor("InvalidSubnetNumber", message, hint).into());
    }
    let paid: Vec<&Claimable> = all
        .iter()
        .filter(|c| chosen.contains(&c.netuid) && c.payable())
        .collect();
    let call = Call::new(
        tc.metadata(),
        PALLET,
        "claim_root",
        vec![("subnets", subnet_set(&chosen))],
    )?;
    let mut lines: Vec<(String, String)> = paid
        .iter()
        .map(|c| {
            (
                format!("subnet {}", c.netuid),
                format!(
                    "{} through {}",
                    display_alpha(c.owed, "α"),
                    crate::ss58::encode_default(&c.hotkey)
                ),
            )
        })
        .collect();
    if paid.is_empty() {
        lines.push((
            "claims".into(),
            "nothing at or above the thresholds on these subnets".into(),
        ));
    }
    let claim_type = claim_type(&tc.chain, coldkey).await?;
    if let Some(t) = &claim_type {
        lines.push(("claim type".into(), t.to_string()));
    }
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "coldkey": crate::ss58::encode_default(coldkey),
            "netuids": chosen,
            "claims": paid.iter().map(|c| c.json()).collect::<Vec<_>>(),
            "claim_type": claim_type,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// The coldkey's claim type (`Swap`, `Keep`, `{"KeepSubnets": [..]}`), where the runtime has them.
pub async fn claim_type(chain: &Chain, coldkey: &[u8; 32]) -> Result<Option<Json>, ChainError> {
    if !chain.has_storage(PALLET, "RootClaimType") {
        return Ok(None);
    }
    let v = chain
        .storage(&[StorageQuery::new(
            PALLET,
            "RootClaimType",
            vec![arg_account(coldkey)],
        )])
        .await?;
    let Some(v) = &v[0] else { return Ok(None) };
    let (name, fields) = variant(v)?;
    Ok(Some(if name == "KeepSubnets" {
        let subnets: Vec<u16> = match fields.values().next() {
            Some(s) => items(s)?
                .iter()
                .map(|n| u16_of(n))
                .collect::<Result<_, _>>()?,
            None => Vec::new(),
        };
        json!({ "KeepSubnets": subnets })
    } else {
        json!(name)
    }))
}

/// `keep` or `swap`, as given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ClaimKind {
    /// Keep claimed α staked on its subnet
    Keep,
    /// Sell claimed α and stake the TAO on root
    Swap,
}

/// The claim type to set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimType {
    /// Sell claimed α and stake the TAO on root.
    Swap,
    /// Keep claimed α staked on its subnet.
    Keep,
    /// Keep on these subnets, swap elsewhere.
    KeepSubnets(BTreeSet<u16>),
}

impl ClaimType {
    /// btcli's rule: Keep with subnets keeps those; Swap with subnets keeps every other subnet;
    /// subnets alone keep those; plain Keep or Swap otherwise (and when the set would be all or
    /// none).
    pub fn from_choice(
        kind: Option<ClaimKind>,
        netuids: &BTreeSet<u16>,
        all: &BTreeSet<u16>,
    ) -> ClaimType {
        match (kind, netuids.is_empty()) {
            (Some(ClaimKind::Swap), true) => ClaimType::Swap,
            (Some(ClaimKind::Keep), true) | (None, true) => ClaimType::Keep,
            (Some(ClaimKind::Swap), false) => {
                let keep: BTreeSet<u16> = all.difference(netuids).copied().collect();
                if keep.is_empty() {
                    ClaimType::Swap
                } else if &keep == all {
                    ClaimType::Keep
                } else {
                    ClaimType::KeepSubnets(keep)
                }
            }
            (_, false) => ClaimType::KeepSubnets(netuids.clone()),
        }
    }

    fn value(&self) -> Value {
        match self {
            ClaimType::Swap => Value::unnamed_variant("Swap", Vec::<Value>::new()),
            ClaimType::Keep => Value::unnamed_variant("Keep", Vec::<Value>::new()),
            ClaimType::KeepSubnets(s) => {
                Value::named_variant("KeepSubnets", [("subnets", subnet_set(s))])
            }
        }
    }

    /// Its JSON.
    pub fn json(&self) -> Json {
        match self {
            ClaimType::Swap => json!("Swap"),
            ClaimType::Keep => json!("Keep"),
            ClaimType::KeepSubnets(s) => json!({ "KeepSubnets": s }),
        }
    }
}

/// Plan `set_root_claim_type`.
pub async fn plan_set_claim(
    tc: &TxChain,
    coldkey: &[u8; 32],
    new: ClaimType,
) -> Result<Plan, PlanError> {
    let has_call = tc
        .metadata()
        .pallet_by_name(PALLET)
        .and_then(|p| p.call_variant_by_name("set_root_claim_type"))
        .is_some();
    if !has_call {
        return Err(tc
            .chain
            .unsupported("claim types (set_root_claim_type; later runtimes redeem baskets instead)")
            .into());
    }
    if let ClaimType::KeepSubnets(s) = &new
        && s.is_empty()
    {
        return Err(Refusal::subtensor(
            "InvalidSubnetNumber",
            "KeepSubnets needs at least one subnet",
            "give `--netuids`",
        )
        .into());
    }
    let current = claim_type(&tc.chain, coldkey).await?;
    let call = Call::new(
        tc.metadata(),
        PALLET,
        "set_root_claim_type",
        vec![("new_root_claim_type", new.value())],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("claim type".into(), new.json().to_string()),
            (
                "was".into(),
                current.as_ref().map_or("-".into(), |c| c.to_string()),
            ),
        ],
        details: json!({
            "coldkey": crate::ss58::encode_default(coldkey),
            "claim_type": new.json(),
            "previous": current,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owed_is_rate_times_stake_less_claimed_never_negative() {
        let half = 1i128 << 31; // 0.5 in I96F32
        assert_eq!(owed(half, 1_000, 0), 500);
        assert_eq!(owed(half, 1_000, 200), 300);
        assert_eq!(owed(half, 1_000, 900), 0);
    }

    #[test]
    fn claim_types_follow_btclis_rule() {
        let all: BTreeSet<u16> = [1, 2, 3].into();
        let s = |v: &[u16]| v.iter().copied().collect::<BTreeSet<u16>>();
        assert_eq!(
            ClaimType::from_choice(Some(ClaimKind::Swap), &s(&[]), &all),
            ClaimType::Swap
        );
        assert_eq!(
            ClaimType::from_choice(Some(ClaimKind::Keep), &s(&[2]), &all),
            ClaimType::KeepSubnets(s(&[2]))
        );
        assert_eq!(
            ClaimType::from_choice(Some(ClaimKind::Swap), &s(&[2]), &all),
            ClaimType::KeepSubnets(s(&[1, 3]))
        );
        assert_eq!(
            ClaimType::from_choice(Some(ClaimKind::Swap), &s(&[1, 2, 3]), &all),
            ClaimType::Swap
        );
        assert_eq!(
            ClaimType::from_choice(None, &s(&[3]), &all),
            ClaimType::KeepSubnets(s(&[3]))
        );
    }
}
