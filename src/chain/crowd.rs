//! Crowdloans (the `Crowdloan` pallet, index 27): the loans, their contributions, the pallet's
//! constants, the fund accounts and the time left before a loan's end.
//!
//! A loan holds its TAO in a fund account derived from the pallet id: `b"modl" ‖ b"bt/cloan" ‖
//! id (u32 LE)`, zero-padded to 32 bytes. Its deadline is a block; tao estimates the wall-clock
//! time at 12 s per block.

use serde::Serialize;
use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::client::{Chain, StorageQuery};
use super::error::ChainError;
use super::raw::storage;
use super::value::{Val, account, bool_of, field, option, u64_of, variant};
use crate::units::tao_json;

/// The pallet's name in the metadata.
pub const PALLET: &str = "Crowdloan";
/// The pallet id of the real chain.
pub const PALLET_ID: [u8; 8] = *b"bt/cloan";
/// Seconds per block, for the wall-clock estimates.
pub const BLOCK_SECONDS: u64 = 12;

/// The pallet's constants (from the metadata; the real chain's where one is missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Constants {
    /// `MinimumDeposit`: the least deposit a loan opens with (10 TAO).
    pub minimum_deposit: u64,
    /// `AbsoluteMinimumContribution`: the least minimum contribution (0.1 TAO).
    pub absolute_minimum_contribution: u64,
    /// `MinimumBlockDuration`: the fewest blocks from now to an end (50,400; 50 on fast runtimes).
    pub minimum_block_duration: u64,
    /// `MaximumBlockDuration`: the most blocks from now to an end (432,000; 20,000 on fast
    /// runtimes).
    pub maximum_block_duration: u64,
    /// `RefundContributorsLimit`: contributors one `refund` returns (50).
    pub refund_contributors_limit: u64,
    /// `MaxContributors`: contributors of one loan, the creator included (500).
    pub max_contributors: u64,
}

impl Constants {
    /// The constants of the connected runtime.
    pub fn of(md: &subxt::Metadata) -> Constants {
        let c = |name: &str, default: u64| {
            md.pallet_by_name(PALLET)
                .and_then(|p| p.constant_by_name(name))
                .map(|c| {
                    let bytes = c.value();
                    let mut buf = [0u8; 8];
                    let n = bytes.len().min(8);
                    buf[..n].copy_from_slice(&bytes[..n]);
                    u64::from_le_bytes(buf)
                })
                .unwrap_or(default)
        };
        Constants {
            minimum_deposit: c("MinimumDeposit", 10_000_000_000),
            absolute_minimum_contribution: c("AbsoluteMinimumContribution", 100_000_000),
            minimum_block_duration: c("MinimumBlockDuration", 50_400),
            maximum_block_duration: c("MaximumBlockDuration", 432_000),
            refund_contributors_limit: c("RefundContributorsLimit", 50),
            max_contributors: c("MaxContributors", 500),
        }
    }

    /// JSON with amounts as TAO objects.
    pub fn json(&self) -> Json {
        json!({
            "minimum_deposit": tao_json(self.minimum_deposit),
            "absolute_minimum_contribution": tao_json(self.absolute_minimum_contribution),
            "minimum_block_duration": self.minimum_block_duration,
            "maximum_block_duration": self.maximum_block_duration,
            "refund_contributors_limit": self.refund_contributors_limit,
            "max_contributors": self.max_contributors,
        })
    }
}

/// The fund account of loan `id`: `b"modl" ‖ b"bt/cloan" ‖ id (u32 LE)`, zero-padded.
pub fn funds_account(id: u32) -> [u8; 32] {
    let mut a = [0u8; 32];
    a[..4].copy_from_slice(b"modl");
    a[4..12].copy_from_slice(&PALLET_ID);
    a[12..16].copy_from_slice(&id.to_le_bytes());
    a
}

/// How a loan pays out when finalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payout {
    /// The raised TAO goes to this account.
    Target([u8; 32]),
    /// A call runs as the creator (`Inline` calls carry their bytes, `Lookup` a preimage hash).
    Call {
        /// `Inline`, `Lookup` or `Legacy`.
        kind: String,
        /// The call's bytes, when inline.
        bytes: Option<Vec<u8>>,
    },
    /// Neither (finalize would fail with `InvalidFinalizationConfig`).
    Neither,
}

/// One crowdloan as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loan {
    /// The id.
    pub id: u32,
    /// Who opened it.
    pub creator: [u8; 32],
    /// The creator's deposit (its first contribution; it stays until dissolve).
    pub deposit: u64,
    /// The least contribution accepted.
    pub min_contribution: u64,
    /// The block contributions end at (contributions need `now < end`).
    pub end: u64,
    /// The target amount.
    pub cap: u64,
    /// The account holding the funds.
    pub funds_account: [u8; 32],
    /// What has been raised (the deposit included).
    pub raised: u64,
    /// Where the funds go.
    pub payout: Payout,
    /// Whether it has been finalized.
    pub finalized: bool,
    /// Contributors, the creator included.
    pub contributors_count: u32,
    /// The most one contributor may put in, where the creator set one (spec 425+).
    pub max_contribution: Option<u64>,
}

/// A loan's state at a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Open for contributions.
    Active,
    /// The cap is raised; the creator may finalize.
    Funded,
    /// The period ended before the cap was raised: refund and dissolve.
    Ended,
    /// Paid out.
    Finalized,
}

impl Status {
    /// The status's name.
    pub fn name(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Funded => "funded",
            Status::Ended => "ended",
            Status::Finalized => "finalized",
        }
    }
}

impl Loan {
    /// The state at block `now` (the block a transaction would run in).
    pub fn status(&self, now: u64) -> Status {
        if self.finalized {
            Status::Finalized
        } else if self.raised >= self.cap {
            Status::Funded
        } else if now >= self.end {
            Status::Ended
        } else {
            Status::Active
        }
    }

    /// What is left to raise.
    pub fn left(&self) -> u64 {
        self.cap.saturating_sub(self.raised)
    }

    /// JSON for `--json`, with the deadline estimated from `head`.
    pub fn json(&self, head: u64, now_unix: u64) -> Json {
        let ss58 = crate::ss58::encode_default;
        let payout = match &self.payout {
            Payout::Target(t) => json!({ "kind": "target", "target_address": ss58(t) }),
            Payout::Call { kind, bytes } => json!({
                "kind": "call",
                "stored": kind,
                "call_data": bytes.as_ref().map(|b| super::client::to_hex(b)),
            }),
            Payout::Neither => json!({ "kind": "none" }),
        };
        json!({
            "id": self.id,
            "creator": ss58(&self.creator),
            "deposit": tao_json(self.deposit),
            "min_contribution": tao_json(self.min_contribution),
            "max_contribution": self.max_contribution.map(tao_json),
            "cap": tao_json(self.cap),
            "raised": tao_json(self.raised),
            "left": tao_json(self.left()),
            "end": deadline_json(self.end, head, now_unix),
            "funds_account": ss58(&self.funds_account),
            "payout": payout,
            "finalized": self.finalized,
            "contributors_count": self.contributors_count,
            "status": self.status(head + 1),
        })
    }
}

/// The deadline `end` seen from block `head`: the block, the blocks left and the estimated
/// time (Unix seconds and UTC) at 12 s per block.
pub fn deadline_json(end: u64, head: u64, now_unix: u64) -> Json {
    let left = end.saturating_sub(head);
    let at = estimate_unix(end, head, now_unix);
    json!({
        "block": end,
        "blocks_left": left,
        "seconds_left": left * BLOCK_SECONDS,
        "estimate_unix": at,
        "estimate_utc": utc(at),
    })
}

/// The Unix time block `end` is expected at, from `head` at `now_unix` (past ends too).
pub fn estimate_unix(end: u64, head: u64, now_unix: u64) -> u64 {
    if end >= head {
        now_unix + (end - head) * BLOCK_SECONDS
    } else {
        now_unix.saturating_sub((head - end) * BLOCK_SECONDS)
    }
}

/// "block 1234 (in 500 blocks, ≈ 2026-12-05 14:00 UTC)" or "(ended 20 blocks ago)".
pub fn deadline_text(end: u64, head: u64, now_unix: u64) -> String {
    let at = utc(estimate_unix(end, head, now_unix));
    if end > head {
        format!(
            "block {end} (in {} blocks, {}; ≈ {at})",
            end - head,
            crate::chain::extrinsics::swap::about(end - head)
        )
    } else {
        format!("block {end} (ended {} blocks ago, ≈ {at})", head - end)
    }
}

/// Seconds since 1970 as `YYYY-MM-DD HH:MM UTC`.
pub fn utc(unix: u64) -> String {
    let days = (unix / 86_400) as i64;
    let secs = unix % 86_400;
    // Civil date from days since 1970-01-01 (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60
    )
}

/// The local clock in Unix seconds.
pub fn now_unix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn decode_payout(v: &Val) -> Result<Payout, ChainError> {
    if let Some(t) = option(field(v, "target_address")?)? {
        return Ok(Payout::Target(account(t)?));
    }
    let Some(call) = option(field(v, "call")?)? else {
        return Ok(Payout::Neither);
    };
    let (kind, fields) = variant(call)?;
    let bytes = if kind == "Inline" {
        fields
            .values()
            .next()
            .map(super::value::bytes)
            .transpose()?
    } else {
        None
    };
    Ok(Payout::Call {
        kind: kind.to_string(),
        bytes,
    })
}

/// Decode a `CrowdloanInfo`.
pub fn decode_loan(id: u32, v: &Val, max: Option<u64>) -> Result<Loan, ChainError> {
    Ok(Loan {
        id,
        creator: account(field(v, "creator")?)?,
        deposit: u64_of(field(v, "deposit")?)?,
        min_contribution: u64_of(field(v, "min_contribution")?)?,
        end: u64_of(field(v, "end")?)?,
        cap: u64_of(field(v, "cap")?)?,
        funds_account: account(field(v, "funds_account")?)?,
        raised: u64_of(field(v, "raised")?)?,
        payout: decode_payout(v)?,
        finalized: bool_of(field(v, "finalized")?)?,
        contributors_count: super::value::try_field(v, "contributors_count")
            .map(u64_of)
            .transpose()?
            .unwrap_or(0) as u32,
        max_contribution: max,
    })
}

/// `Unsupported` unless the runtime has the pallet.
pub fn require(chain: &Chain) -> Result<(), ChainError> {
    if chain.has_storage(PALLET, "Crowdloans") {
        Ok(())
    } else {
        Err(chain.unsupported("the Crowdloan pallet"))
    }
}

/// The loans with these ids (absent ones left out), with their maximum contributions.
pub async fn loans_by_id(chain: &Chain, ids: &[u32]) -> Result<Vec<Loan>, ChainError> {
    require(chain)?;
    let has_max = chain.has_storage(PALLET, "MaxContributions");
    let mut queries = Vec::new();
    for id in ids {
        let key = vec![Value::u128(u128::from(*id))];
        queries.push(StorageQuery::new(PALLET, "Crowdloans", key.clone()));
        if has_max {
            queries.push(StorageQuery::new(PALLET, "MaxContributions", key));
        }
    }
    let values = chain.storage(&queries).await?;
    let step = if has_max { 2 } else { 1 };
    let mut out = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let Some(v) = &values[i * step] else {
            continue;
        };
        let max = if has_max {
            values[i * step + 1].as_ref().map(u64_of).transpose()?
        } else {
            None
        };
        out.push(decode_loan(*id, v, max)?);
    }
    Ok(out)
}

/// Loan `id`, if it exists.
pub async fn loan(chain: &Chain, id: u32) -> Result<Option<Loan>, ChainError> {
    Ok(loans_by_id(chain, &[id]).await?.into_iter().next())
}

/// Every loan, by id.
pub async fn loans(chain: &Chain) -> Result<Vec<Loan>, ChainError> {
    require(chain)?;
    let item =
        storage::item(&chain.metadata, PALLET, "Crowdloans", &[], true).map_err(ChainError::Raw)?;
    let (entries, _) = storage::iterate(chain, &item, None, &|_| {}).await?;
    let mut ids: Vec<u32> = entries
        .iter()
        .filter_map(|e| e.keys.first().and_then(json_u64))
        .filter_map(|n| u32::try_from(n).ok())
        .collect();
    ids.sort_unstable();
    loans_by_id(chain, &ids).await
}

fn json_u64(v: &Json) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

/// One contribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution {
    /// The contributor.
    pub contributor: [u8; 32],
    /// What it has in the loan.
    pub amount: u64,
}

/// Every contribution to loan `id`, largest first.
pub async fn contributions(chain: &Chain, id: u32) -> Result<Vec<Contribution>, ChainError> {
    require(chain)?;
    let item = storage::item(
        &chain.metadata,
        PALLET,
        "Contributions",
        &[id.to_string()],
        true,
    )
    .map_err(ChainError::Raw)?;
    let (entries, _) = storage::iterate(chain, &item, None, &|_| {}).await?;
    let mut out = Vec::new();
    for e in &entries {
        let contributor = e
            .keys
            .get(1)
            .and_then(|k| k.as_str())
            .and_then(|s| crate::ss58::decode(s).ok())
            .map(|(_, a)| a)
            .ok_or_else(|| ChainError::decode("a Crowdloan.Contributions key", "no account"))?;
        let amount = json_u64(&e.value)
            .ok_or_else(|| ChainError::decode("a Crowdloan.Contributions value", "not a u64"))?;
        out.push(Contribution {
            contributor,
            amount,
        });
    }
    out.sort_by(|a, b| {
        b.amount
            .cmp(&a.amount)
            .then(a.contributor.cmp(&b.contributor))
    });
    Ok(out)
}

/// What `who` has in loan `id`.
pub async fn contribution(chain: &Chain, id: u32, who: &[u8; 32]) -> Result<u64, ChainError> {
    let v = chain
        .storage(&[StorageQuery::new(
            PALLET,
            "Contributions",
            vec![Value::u128(u128::from(id)), Value::from_bytes(who)],
        )])
        .await?;
    v[0].as_ref()
        .map(u64_of)
        .transpose()
        .map(|a| a.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fund_accounts_follow_the_pallet_id() {
        let a = funds_account(0);
        assert_eq!(&a[..16], b"modlbt/cloan\0\0\0\0");
        assert!(a[16..].iter().all(|b| *b == 0));
        let b = funds_account(0x0102_0304);
        assert_eq!(&b[12..16], &[4, 3, 2, 1]);
        // The same as the SDK's sub-account derivation.
        use sp_core::crypto::AccountId32;
        use subxt::ext::codec::Encode;
        let mut expect = [0u8; 32];
        let enc = (b"modl", PALLET_ID, 0x0102_0304u32).encode();
        expect[..enc.len()].copy_from_slice(&enc);
        assert_eq!(AccountId32::from(b), AccountId32::from(expect));
    }

    #[test]
    fn deadlines_read_in_blocks_and_utc() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(1_767_225_600), "2026-01-01 00:00 UTC");
        assert_eq!(utc(1_709_210_096), "2024-02-29 12:34 UTC");
        assert_eq!(estimate_unix(110, 100, 1000), 1120);
        assert_eq!(estimate_unix(90, 100, 1000), 880);
        let d = deadline_json(150, 100, 1_767_225_600);
        assert_eq!(d["blocks_left"], 50);
        assert_eq!(d["seconds_left"], 600);
        assert_eq!(d["estimate_utc"], "2026-01-01 00:10 UTC");
        assert!(deadline_text(90, 100, 0).contains("ended 10 blocks ago"));
        assert!(deadline_text(400, 100, 0).contains("in 300 blocks, about 1 h 0 min"));
    }

    #[test]
    fn status_follows_the_chains_order() {
        let mut l = Loan {
            id: 0,
            creator: [1; 32],
            deposit: 10,
            min_contribution: 1,
            end: 100,
            cap: 50,
            funds_account: funds_account(0),
            raised: 10,
            payout: Payout::Target([2; 32]),
            finalized: false,
            contributors_count: 1,
            max_contribution: None,
        };
        assert_eq!(l.status(99), Status::Active);
        assert_eq!(l.status(100), Status::Ended);
        l.raised = 50;
        assert_eq!(l.status(100), Status::Funded);
        l.finalized = true;
        assert_eq!(l.status(0), Status::Finalized);
        assert_eq!(l.left(), 0);
    }
}
