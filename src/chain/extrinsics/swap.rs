//! Hotkey and coldkey swaps: `swap_hotkey_v2` (or `swap_hotkey` where the chain has no v2), and
//! the coldkey swap's steps `announce_coldkey_swap`, `swap_coldkey_announced`,
//! `dispute_coldkey_swap` and `clear_coldkey_swap_announcement`; the state `swap-check` shows;
//! and the coldkey-swap guard the pipeline runs before signing any call.
//!
//! Checked before signing, as the chain checks them (spec 425): for a hotkey swap the old
//! hotkey is the signer's and the new one is unowned or also the signer's
//! (`NonAssociatedColdKey`), they differ (`NewHotKeyIsSameWithOld`), the coldkey's legacy rate
//! limit has passed (`HotKeySetTxRateLimitExceeded`: refused while `now − LastTxBlock ≤
//! TxRateLimit`), the new hotkey is not registered there (`HotKeyAlreadyRegisteredInSubNet`),
//! on root it is clean (`NewHotKeyNotCleanForRootSwap`), the subnet's cooldown has passed
//! (`HotKeySwapOnSubnetIntervalNotPassed`), and the free balance covers the recycled cost
//! (`KeySwapCost` on every subnet, `KeySwapOnSubnetCost` on one). Spec 393 answered both
//! hotkey-swap calls `DisabledTemporarily`; tao says so before signing. For a coldkey swap: the
//! announcement exists, its hash is the new coldkey's, its block has come, it is not disputed,
//! and the new coldkey can receive the swap (no stake, not a hotkey).

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::ChainError;
use crate::chain::client::{Chain, StorageQuery, arg_account, arg_u16};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, account, items, u64_of};
use crate::units::display_tao;

const PALLET: &str = "SubtensorModule";
/// `KeySwapCost` where the metadata lacks it: 0.1 TAO.
pub const DEFAULT_KEY_SWAP_COST: u64 = 100_000_000;
/// `KeySwapOnSubnetCost` where the metadata lacks it: 0.001 TAO.
pub const DEFAULT_KEY_SWAP_ON_SUBNET_COST: u64 = 1_000_000;
/// `HotkeySwapOnSubnetInterval` where the metadata lacks it: one day of blocks.
pub const DEFAULT_HOTKEY_SWAP_INTERVAL: u64 = 7200;
/// Seconds per block, for "about when".
pub const BLOCK_SECONDS: u64 = 12;
/// The calls a coldkey with an announced swap may still sign.
pub const ALLOWED_DURING_SWAP: [&str; 4] = [
    "announce_coldkey_swap",
    "swap_coldkey_announced",
    "dispute_coldkey_swap",
    "clear_coldkey_swap_announcement",
];

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

/// A `u64` (or smaller) constant of `SubtensorModule` from the metadata.
pub fn constant(md: &subxt::Metadata, name: &str) -> Option<u64> {
    let c = md.pallet_by_name(PALLET)?.constant_by_name(name)?;
    let bytes = c.value();
    let mut buf = [0u8; 8];
    let n = bytes.len().min(8);
    buf[..n].copy_from_slice(&bytes[..n]);
    Some(u64::from_le_bytes(buf))
}

/// The hash `announce_coldkey_swap` takes: BlakeTwo256 of the new coldkey's 32 bytes.
pub fn coldkey_hash(new_coldkey: &[u8; 32]) -> [u8; 32] {
    use blake2::Digest;
    blake2::Blake2b::<blake2::digest::consts::U32>::digest(new_coldkey).into()
}

/// "about 3 h 20 min" for a number of blocks.
pub fn about(blocks: u64) -> String {
    let mins = blocks * BLOCK_SECONDS / 60;
    match mins {
        0 => format!("about {} s", blocks * BLOCK_SECONDS),
        m if m < 60 => format!("about {m} min"),
        m if m < 48 * 60 => format!("about {} h {} min", m / 60, m % 60),
        m => format!("about {} d {} h", m / 1440, (m % 1440) / 60),
    }
}

fn opt_u64(v: &Option<Val>, default: u64) -> Result<u64, ChainError> {
    Ok(match v {
        Some(x) => u64_of(x)?,
        None => default,
    })
}

/// A coldkey's swap announcement, dispute, and the delays and cost that apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColdkeySwapState {
    /// The block read.
    pub block: u64,
    /// `(first block it may execute, BlakeTwo256 of the new coldkey)`.
    pub announcement: Option<(u64, [u8; 32])>,
    /// The block it was disputed.
    pub disputed: Option<u64>,
    /// `ColdkeySwapAnnouncementDelay`.
    pub delay: u64,
    /// `ColdkeySwapReannouncementDelay`.
    pub reannouncement_delay: u64,
    /// `KeySwapCost` (charged by the first announcement).
    pub cost: u64,
}

impl ColdkeySwapState {
    /// The first block a re-announcement or a clear may land in.
    pub fn clear_from(&self) -> Option<u64> {
        self.announcement
            .map(|(when, _)| when + self.reannouncement_delay)
    }

    /// The state as JSON (`swap-check`).
    pub fn json(&self, coldkey: &[u8; 32]) -> Json {
        let ann = self.announcement.map(|(when, hash)| {
            json!({
                "new_coldkey_hash": format!("0x{}", hex::encode(hash)),
                "execute_from_block": when,
                "blocks_left": when.saturating_sub(self.block),
                "reannounce_or_clear_from_block": when + self.reannouncement_delay,
            })
        });
        json!({
            "coldkey": ss58(coldkey),
            "announced": self.announcement.is_some(),
            "announcement": ann,
            "disputed_at_block": self.disputed,
        })
    }
}

/// Whether the chain has the coldkey-swap announcements (spec 393 and later).
pub fn has_coldkey_swaps(chain: &Chain) -> bool {
    chain.has_storage(PALLET, "ColdkeySwapAnnouncements")
}

fn announcement_of(v: &Option<Val>) -> Result<Option<(u64, [u8; 32])>, ChainError> {
    let Some(v) = v else { return Ok(None) };
    let parts = items(v)?;
    if parts.len() != 2 {
        return Err(ChainError::decode(
            "ColdkeySwapAnnouncements",
            "expected (block, hash)",
        ));
    }
    Ok(Some((u64_of(parts[0])?, account(parts[1])?)))
}

/// The coldkey's swap state at the pinned block.
pub async fn coldkey_swap_state(
    chain: &Chain,
    coldkey: &[u8; 32],
) -> Result<ColdkeySwapState, ChainError> {
    if !has_coldkey_swaps(chain) {
        return Err(chain.unsupported("coldkey swap announcements (ColdkeySwapAnnouncements)"));
    }
    let v = chain
        .storage(&[
            StorageQuery::new(
                PALLET,
                "ColdkeySwapAnnouncements",
                vec![arg_account(coldkey)],
            ),
            StorageQuery::new(PALLET, "ColdkeySwapDisputes", vec![arg_account(coldkey)]),
            StorageQuery::new(PALLET, "ColdkeySwapAnnouncementDelay", vec![]),
            StorageQuery::new(PALLET, "ColdkeySwapReannouncementDelay", vec![]),
            StorageQuery::new("System", "Number", vec![]),
        ])
        .await?;
    Ok(ColdkeySwapState {
        announcement: announcement_of(&v[0])?,
        disputed: v[1].as_ref().map(u64_of).transpose()?,
        delay: opt_u64(&v[2], 36_000)?,
        reannouncement_delay: opt_u64(&v[3], 7_200)?,
        block: opt_u64(&v[4], 0)?,
        cost: constant(&chain.metadata, "KeySwapCost").unwrap_or(DEFAULT_KEY_SWAP_COST),
    })
}

/// Every announced coldkey swap: `(coldkey, when, hash)`, with the disputed ones' blocks.
pub async fn all_announcements(
    chain: &Chain,
) -> Result<Vec<([u8; 32], u64, [u8; 32], Option<u64>)>, ChainError> {
    use crate::chain::raw::storage;
    let item = storage::item(
        &chain.metadata,
        PALLET,
        "ColdkeySwapAnnouncements",
        &[],
        true,
    )
    .map_err(|e| ChainError::decode("ColdkeySwapAnnouncements", e.to_string()))?;
    let (entries, _) = storage::iterate(chain, &item, None, &|_| {}).await?;
    let mut out = Vec::new();
    for e in entries {
        let key = e.keys.first().and_then(|k| k.as_str()).unwrap_or_default();
        let Ok((_, cold)) = crate::ss58::decode(key) else {
            continue;
        };
        let when = e.value.get(0).and_then(Json::as_u64).unwrap_or(0);
        let hash = e
            .value
            .get(1)
            .and_then(Json::as_str)
            .and_then(|h| hex::decode(h.trim_start_matches("0x")).ok())
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .unwrap_or([0; 32]);
        out.push((cold, when, hash, None));
    }
    if !out.is_empty() {
        let q: Vec<StorageQuery> = out
            .iter()
            .map(|(c, ..)| StorageQuery::new(PALLET, "ColdkeySwapDisputes", vec![arg_account(c)]))
            .collect();
        let v = chain.storage(&q).await?;
        for (row, d) in out.iter_mut().zip(v) {
            row.3 = d.as_ref().map(u64_of).transpose()?;
        }
    }
    Ok(out)
}

/// The coldkey-swap guard (`CheckColdkeySwap`) for a call `signer` is about to sign: refused
/// while its swap is announced (unless the call is one of the swap's own steps) and, once
/// disputed, always.
pub async fn coldkey_swap_guard(
    chain: &Chain,
    signer: &[u8; 32],
    call: &Call,
) -> Result<(), PlanError> {
    if !has_coldkey_swaps(chain) {
        return Ok(());
    }
    let v = chain
        .storage(&[
            StorageQuery::new(
                PALLET,
                "ColdkeySwapAnnouncements",
                vec![arg_account(signer)],
            ),
            StorageQuery::new(PALLET, "ColdkeySwapDisputes", vec![arg_account(signer)]),
        ])
        .await?;
    let Some((when, _)) = announcement_of(&v[0])? else {
        return Ok(());
    };
    if let Some(at) = v[1].as_ref().map(u64_of).transpose()? {
        return Err(Refusal::subtensor(
            "ColdkeySwapDisputed",
            format!(
                "the coldkey swap of {} was disputed at block #{at}: the chain refuses every call it signs",
                ss58(signer)
            ),
            "only the chain's root (the triumvirate) can reset a disputed swap",
        )
        .into());
    }
    let allowed = call.pallet == PALLET && ALLOWED_DURING_SWAP.contains(&call.name.as_str());
    if !allowed {
        return Err(Refusal::subtensor(
            "ColdkeySwapAnnounced",
            format!(
                "{} has announced a coldkey swap (executable from block #{when}): the chain refuses its other calls",
                ss58(signer)
            ),
            "execute the swap (`tao wallet swap-coldkey execute`), or clear it once allowed (`tao wallet swap-coldkey clear`); `tao wallet swap-check` shows it",
        )
        .into());
    }
    Ok(())
}

/// What a hotkey swap needs to know.
struct HotkeySwapReads {
    block: u64,
    old_owner: Option<[u8; 32]>,
    new_owner: Option<[u8; 32]>,
    last_tx: u64,
    rate_limit: u64,
    last_swap_on_netuid: u64,
    new_registered: Vec<u16>,
    new_root_stake: u64,
    new_root_claimable: bool,
}

async fn hotkey_swap_reads(
    chain: &Chain,
    coldkey: &[u8; 32],
    old: &[u8; 32],
    new: &[u8; 32],
    netuid: Option<u16>,
) -> Result<HotkeySwapReads, ChainError> {
    let netuids: Vec<u16> = match netuid {
        Some(n) => vec![n],
        None => crate::chain::read::subnets(chain)
            .await?
            .iter()
            .map(|s| s.netuid)
            .chain(std::iter::once(0))
            .collect(),
    };
    let last_tx = if chain.has_storage(PALLET, "LastTxBlock") {
        StorageQuery::new(PALLET, "LastTxBlock", vec![arg_account(coldkey)])
    } else {
        StorageQuery::new(
            PALLET,
            "LastRateLimitedBlock",
            vec![Value::unnamed_variant(
                "LastTxBlock",
                [arg_account(coldkey)],
            )],
        )
    };
    let mut q = vec![
        StorageQuery::new(PALLET, "Owner", vec![arg_account(old)]),
        StorageQuery::new(PALLET, "Owner", vec![arg_account(new)]),
        last_tx,
        StorageQuery::new(PALLET, "TxRateLimit", vec![]),
        StorageQuery::new("System", "Number", vec![]),
        StorageQuery::new(
            PALLET,
            "LastHotkeySwapOnNetuid",
            vec![arg_u16(netuid.unwrap_or(0)), arg_account(coldkey)],
        ),
        StorageQuery::new(
            PALLET,
            "TotalHotkeyAlpha",
            vec![arg_account(new), arg_u16(0)],
        ),
        StorageQuery::new(PALLET, "RootClaimable", vec![arg_account(new)]),
    ];
    for n in &netuids {
        q.push(StorageQuery::new(
            PALLET,
            "Uids",
            vec![arg_u16(*n), arg_account(new)],
        ));
    }
    let v = chain.storage(&q).await?;
    let owner = |x: &Option<Val>| -> Result<Option<[u8; 32]>, ChainError> {
        Ok(x.as_ref()
            .map(account)
            .transpose()?
            .filter(|o| *o != [0; 32]))
    };
    // An empty map renders without a single number.
    let claimable = v[7].as_ref().is_some_and(|m| {
        crate::chain::tx::val_json(m)
            .to_string()
            .chars()
            .any(|c| c.is_ascii_digit())
    });
    Ok(HotkeySwapReads {
        old_owner: owner(&v[0])?,
        new_owner: owner(&v[1])?,
        last_tx: opt_u64(&v[2], 0)?,
        rate_limit: opt_u64(&v[3], 1000)?,
        block: opt_u64(&v[4], 0)?,
        last_swap_on_netuid: if netuid.is_some() {
            opt_u64(&v[5], 0)?
        } else {
            0
        },
        new_root_stake: opt_u64(&v[6], 0)?,
        new_root_claimable: claimable,
        new_registered: netuids
            .iter()
            .zip(&v[8..])
            .filter(|(_, x)| x.is_some())
            .map(|(n, _)| *n)
            .collect(),
    })
}

/// Plan swapping `old` for `new` (on `netuid`, or every subnet), signed by `coldkey`.
pub async fn plan_swap_hotkey(
    tc: &TxChain,
    coldkey: &[u8; 32],
    old: &[u8; 32],
    new: &[u8; 32],
    netuid: Option<u16>,
    keep_stake: bool,
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let has_v2 = md
        .pallet_by_name(PALLET)
        .and_then(|p| p.call_variant_by_name("swap_hotkey_v2"))
        .is_some();
    if tc.chain.spec_version() == 393 {
        return Err(Refusal::subtensor(
            "DisabledTemporarily",
            "the connected chain (runtime spec 393) has hotkey swaps disabled: it answers every swap_hotkey and swap_hotkey_v2 with DisabledTemporarily",
            "wait for a runtime upgrade that re-enables them (spec 401 and later run them)",
        )
        .into());
    }
    if keep_stake && !has_v2 {
        return Err(Refusal::new(
            "tao",
            "KeepStakeUnsupported",
            "the connected chain has no swap_hotkey_v2, so the stake cannot stay on the old hotkey",
            "swap without --keep-stake",
        )
        .into());
    }
    if old == new {
        return Err(Refusal::subtensor(
            "NewHotKeyIsSameWithOld",
            format!("the new hotkey is the old one ({})", ss58(old)),
            "give a different hotkey",
        )
        .into());
    }
    let r = hotkey_swap_reads(&tc.chain, coldkey, old, new, netuid).await?;
    let next = tc.pinned_number().await?.max(r.block) + 1;
    match r.old_owner {
        Some(o) if o == *coldkey => {}
        Some(o) => {
            return Err(Refusal::subtensor(
                "NonAssociatedColdKey",
                format!(
                    "the hotkey {} belongs to {}, not to this coldkey",
                    ss58(old),
                    ss58(&o)
                ),
                "sign with the wallet that owns the hotkey (`--wallet-name`)",
            )
            .into());
        }
        None => {
            return Err(Refusal::subtensor(
                "NonAssociatedColdKey",
                format!("the hotkey {} is not on the chain (no owner)", ss58(old)),
                "choose a hotkey this coldkey owns (`--hotkey`)",
            )
            .into());
        }
    }
    if let Some(o) = r.new_owner.filter(|o| o != coldkey) {
        return Err(Refusal::subtensor(
            "NonAssociatedColdKey",
            format!(
                "the new hotkey {} already belongs to {}",
                ss58(new),
                ss58(&o)
            ),
            "choose a new hotkey that is unowned or this coldkey's",
        )
        .into());
    }
    if r.last_tx != 0 && r.rate_limit != 0 && next.saturating_sub(r.last_tx) <= r.rate_limit {
        let from = r.last_tx + r.rate_limit + 1;
        return Err(Refusal::subtensor(
            "HotKeySetTxRateLimitExceeded",
            format!(
                "this coldkey's last hotkey swap was at block #{}; the next waits {} blocks, until block #{from} (the call would land in #{next})",
                r.last_tx, r.rate_limit
            ),
            format!("wait {} blocks ({}) and retry", from - next, about(from - next)),
        )
        .into());
    }
    if let Some(n) = r.new_registered.first() {
        return Err(Refusal::subtensor(
            "HotKeyAlreadyRegisteredInSubNet",
            format!(
                "the new hotkey {} is already registered on subnet {n}",
                ss58(new)
            ),
            "choose a new hotkey that is not registered there",
        )
        .into());
    }
    if netuid.unwrap_or(0) == 0 && (r.new_root_stake != 0 || r.new_root_claimable) {
        return Err(Refusal::subtensor(
            "NewHotKeyNotCleanForRootSwap",
            format!(
                "the new hotkey {} already has root stake or root dividends",
                ss58(new)
            ),
            "choose a fresh new hotkey",
        )
        .into());
    }
    let interval =
        constant(md, "HotkeySwapOnSubnetInterval").unwrap_or(DEFAULT_HOTKEY_SWAP_INTERVAL);
    if let Some(n) = netuid
        && r.last_swap_on_netuid + interval >= next
    {
        let from = r.last_swap_on_netuid + interval + 1;
        return Err(Refusal::subtensor(
            "HotKeySwapOnSubnetIntervalNotPassed",
            format!(
                "a hotkey swap on subnet {n} waits {interval} blocks after the coldkey's last one (block #{}), until block #{from}",
                r.last_swap_on_netuid
            ),
            format!("wait {} blocks ({}) and retry", from - next, about(from - next)),
        )
        .into());
    }
    let cost = match netuid {
        Some(_) => constant(md, "KeySwapOnSubnetCost").unwrap_or(DEFAULT_KEY_SWAP_ON_SUBNET_COST),
        None => constant(md, "KeySwapCost").unwrap_or(DEFAULT_KEY_SWAP_COST),
    };
    let netuid_arg = match netuid {
        Some(n) => Value::unnamed_variant("Some", [arg_u16(n)]),
        None => Value::unnamed_variant("None", []),
    };
    let mut args = vec![
        ("hotkey", arg_account(old)),
        ("new_hotkey", arg_account(new)),
        ("netuid", netuid_arg),
    ];
    let name = if has_v2 {
        args.push(("keep_stake", Value::bool(keep_stake)));
        "swap_hotkey_v2"
    } else {
        "swap_hotkey"
    };
    let call = Call::new(md, PALLET, name, args)?;
    let scope = match netuid {
        Some(n) => format!("subnet {n} only"),
        None => "every subnet".to_string(),
    };
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            ("old hotkey".into(), ss58(old)),
            ("new hotkey".into(), ss58(new)),
            ("scope".into(), scope.clone()),
            (
                "stake".into(),
                if keep_stake {
                    "stays on the old hotkey".into()
                } else {
                    "moves to the new hotkey".into()
                },
            ),
            (
                "cost".into(),
                format!("{} (recycled; irreversible)", display_tao(cost)),
            ),
        ],
        details: json!({
            "coldkey": ss58(coldkey),
            "old_hotkey": ss58(old),
            "new_hotkey": ss58(new),
            "netuid": netuid,
            "keep_stake": keep_stake,
            "cost": crate::units::tao_json(cost),
        }),
        preview: None,
        spend: cost,
        keep_alive: true,
        balance_error: ("SubtensorModule", "NotEnoughBalanceToPaySwapHotKey"),
    })
}

/// A coldkey-swap step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColdkeyStep {
    /// `announce_coldkey_swap`.
    Announce,
    /// `swap_coldkey_announced`.
    Execute,
    /// `dispute_coldkey_swap`.
    Dispute,
    /// `clear_coldkey_swap_announcement`.
    Clear,
}

impl ColdkeyStep {
    /// The call.
    pub fn call_name(self) -> &'static str {
        match self {
            ColdkeyStep::Announce => "announce_coldkey_swap",
            ColdkeyStep::Execute => "swap_coldkey_announced",
            ColdkeyStep::Dispute => "dispute_coldkey_swap",
            ColdkeyStep::Clear => "clear_coldkey_swap_announcement",
        }
    }
}

fn not_found(coldkey: &[u8; 32]) -> Refusal {
    Refusal::subtensor(
        "ColdkeySwapAnnouncementNotFound",
        format!("{} has no announced coldkey swap", ss58(coldkey)),
        "announce one first (`tao wallet swap-coldkey announce`)",
    )
}

/// Plan a coldkey-swap step signed by `coldkey`; `new` is the new coldkey (announce, execute).
pub async fn plan_coldkey_step(
    tc: &TxChain,
    coldkey: &[u8; 32],
    step: ColdkeyStep,
    new: Option<[u8; 32]>,
) -> Result<Plan, PlanError> {
    let s = coldkey_swap_state(&tc.chain, coldkey).await?;
    let next = tc.pinned_number().await?.max(s.block) + 1;
    if let Some(at) = s.disputed {
        return Err(Refusal::subtensor(
            "ColdkeySwapDisputed",
            format!("the coldkey swap of {} was disputed at block #{at}: the chain refuses every call it signs", ss58(coldkey)),
            "only the chain's root (the triumvirate) can reset a disputed swap",
        )
        .into());
    }
    let mut lines = vec![("coldkey".to_string(), ss58(coldkey))];
    let mut spend = 0;
    let mut args: Vec<(&str, Value)> = Vec::new();
    let mut details = json!({ "coldkey": ss58(coldkey), "step": step.call_name() });
    if let Some(new) = new {
        if new == *coldkey {
            return Err(Refusal::new(
                "tao",
                "SameColdkey",
                "the new coldkey is this coldkey",
                "give a different new coldkey",
            )
            .into());
        }
        let v = tc
            .chain
            .storage(&[
                StorageQuery::new(PALLET, "StakingHotkeys", vec![arg_account(&new)]),
                StorageQuery::new(PALLET, "Owner", vec![arg_account(&new)]),
            ])
            .await?;
        let staking = match &v[0] {
            Some(x) => items(x)?.len(),
            None => 0,
        };
        if staking > 0 {
            return Err(Refusal::subtensor(
                "ColdKeyAlreadyAssociated",
                format!(
                    "the new coldkey {} already stakes (the swap needs a coldkey without stake)",
                    ss58(&new)
                ),
                "choose a fresh new coldkey",
            )
            .into());
        }
        let owner = v[1]
            .as_ref()
            .map(account)
            .transpose()?
            .filter(|o| *o != [0; 32]);
        if owner.is_some() {
            return Err(Refusal::subtensor(
                "NewColdKeyIsHotkey",
                format!("the new coldkey {} is a hotkey on the chain", ss58(&new)),
                "choose a key that is not a hotkey",
            )
            .into());
        }
        lines.push(("new coldkey".into(), ss58(&new)));
        details["new_coldkey"] = json!(ss58(&new));
        details["new_coldkey_hash"] = json!(format!("0x{}", hex::encode(coldkey_hash(&new))));
    }
    match step {
        ColdkeyStep::Announce => {
            let new = new.unwrap_or_default();
            let hash = coldkey_hash(&new);
            if let (Some(from), Some(_)) = (s.clear_from(), s.announcement) {
                if next < from {
                    return Err(Refusal::subtensor(
                        "ColdkeySwapReannouncedTooEarly",
                        format!("a swap is already announced; a new announcement waits until block #{from} (the call would land in #{next})"),
                        format!("wait {} blocks ({})", from - next, about(from - next)),
                    )
                    .into());
                }
                lines.push(("cost".into(), "none (a re-announcement is free)".into()));
            } else {
                spend = s.cost;
                lines.push((
                    "cost".into(),
                    format!("{} (recycled; irreversible)", display_tao(s.cost)),
                ));
            }
            let when = next + s.delay;
            lines.push((
                "executable".into(),
                format!("from block #{when} ({} after it lands)", about(s.delay)),
            ));
            lines.push((
                "meanwhile".into(),
                "this coldkey can sign nothing but the swap's own steps".into(),
            ));
            args.push(("new_coldkey_hash", Value::from_bytes(hash)));
            details["cost"] = crate::units::tao_json(spend);
            details["execute_from_block"] = json!(when);
        }
        ColdkeyStep::Execute => {
            let new = new.unwrap_or_default();
            let Some((when, hash)) = s.announcement else {
                return Err(not_found(coldkey).into());
            };
            if hash != coldkey_hash(&new) {
                return Err(Refusal::subtensor(
                    "AnnouncedColdkeyHashDoesNotMatch",
                    format!(
                        "the announced hash 0x{} is not that of {}",
                        hex::encode(hash),
                        ss58(&new)
                    ),
                    "give the new coldkey that was announced",
                )
                .into());
            }
            if next < when {
                return Err(Refusal::subtensor(
                    "ColdkeySwapTooEarly",
                    format!(
                        "the swap is executable from block #{when} (the call would land in #{next})"
                    ),
                    format!("wait {} blocks ({})", when - next, about(when - next)),
                )
                .into());
            }
            lines.push((
                "moves".into(),
                "all free TAO, every stake, the hotkeys, subnets and identity to the new coldkey (irreversible)".into(),
            ));
            args.push(("new_coldkey", arg_account(&new)));
        }
        ColdkeyStep::Dispute => {
            if s.announcement.is_none() {
                return Err(not_found(coldkey).into());
            }
            lines.push((
                "effect".into(),
                "freezes this coldkey: every call it signs is refused until root resets the swap"
                    .into(),
            ));
        }
        ColdkeyStep::Clear => {
            let Some(from) = s.clear_from() else {
                return Err(not_found(coldkey).into());
            };
            if next < from {
                return Err(Refusal::subtensor(
                    "ColdkeySwapClearTooEarly",
                    format!("the announcement can be cleared from block #{from} (the call would land in #{next})"),
                    format!("wait {} blocks ({})", from - next, about(from - next)),
                )
                .into());
            }
        }
    }
    let call = Call::new(tc.metadata(), PALLET, step.call_name(), args)?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details,
        preview: None,
        spend,
        keep_alive: true,
        balance_error: ("SubtensorModule", "NotEnoughBalanceToPaySwapColdKey"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_blake2_256_of_the_public_key() {
        // BlakeTwo256 of 32 zero bytes.
        assert_eq!(
            hex::encode(coldkey_hash(&[0; 32])),
            "89eb0d6a8a691dae2cd15ed0369931ce0a949ecafa5c3f93f8121833646e15c3"
        );
    }

    #[test]
    fn blocks_read_as_approximate_times() {
        assert_eq!(about(5), "about 1 min");
        assert_eq!(about(50), "about 10 min");
        assert_eq!(about(7200), "about 24 h 0 min");
        assert_eq!(about(36_000), "about 5 d 0 h");
    }
}
