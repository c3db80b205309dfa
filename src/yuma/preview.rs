//! What a proposed weight row changes: the epoch run twice, before and after.
//!
//! The proposal replaces the validator's stored `Weights` row with the row the chain would store
//! (see [`super::weights`]) and, as `set_weights` does, sets its `last_update` to the input's
//! `current_block`; everything else (stake, permits, bonds, an open commit) is unchanged. Both
//! epochs are the full engine, so the differences are exact.

use serde::{Deserialize, Serialize};

use super::YumaError;
use super::epoch::{EpochResult, run};
use super::input::EpochInput;

/// One uid's values before and after the proposed row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviewRow {
    /// The uid.
    pub uid: u16,
    /// Incentive before (I32F32 bits).
    pub incentive_before_bits: i64,
    /// Incentive after (I32F32 bits).
    pub incentive_after_bits: i64,
    /// Dividends before (I32F32 bits).
    pub dividends_before_bits: i64,
    /// Dividends after (I32F32 bits).
    pub dividends_after_bits: i64,
    /// Combined emission before, rao.
    pub emission_before: u64,
    /// Combined emission after, rao.
    pub emission_after: u64,
    /// `emission_after - emission_before`, rao.
    pub emission_delta: i128,
}

impl PreviewRow {
    /// Whether any of the compared values differs.
    pub fn changed(&self) -> bool {
        self.incentive_before_bits != self.incentive_after_bits
            || self.dividends_before_bits != self.dividends_after_bits
            || self.emission_before != self.emission_after
    }
}

/// The result of [`preview`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preview {
    /// The validator whose row is replaced.
    pub uid: u16,
    /// The stored row that was applied: `(uid, u16 value)`.
    pub row: Vec<(u16, u16)>,
    /// The validator's dividends before (I32F32 bits).
    pub dividends_before_bits: i64,
    /// The validator's dividends after (I32F32 bits).
    pub dividends_after_bits: i64,
    /// The validator's validator trust before (I32F32 bits).
    pub validator_trust_before_bits: i64,
    /// The validator's validator trust after (I32F32 bits).
    pub validator_trust_after_bits: i64,
    /// The validator's validator emission before, rao.
    pub validator_emission_before: u64,
    /// The validator's validator emission after, rao.
    pub validator_emission_after: u64,
    /// Every uid, before and after.
    pub rows: Vec<PreviewRow>,
}

/// Convert I32F32 bits to a float for display.
pub fn bits_to_f64(bits: i64) -> f64 {
    bits as f64 / 4294967296.0
}

/// The input with `uid`'s weight row replaced by `row` and its `last_update` set to the
/// current block. Errors name `as_uid` or `uids[k]` when a uid is out of range.
pub fn apply_row(
    input: &EpochInput,
    uid: u16,
    row: &[(u16, u16)],
) -> Result<EpochInput, YumaError> {
    input.validate()?;
    let n = input.n;
    if uid >= n {
        return Err(YumaError::InvalidInput {
            field: "as_uid".into(),
            reason: format!("uid {uid} is out of range (n = {n})"),
        });
    }
    for (k, &(j, _)) in row.iter().enumerate() {
        if j >= n {
            return Err(YumaError::InvalidInput {
                field: format!("uids[{k}]"),
                reason: format!("uid {j} is out of range (n = {n})"),
            });
        }
    }
    let mut after = input.clone();
    after.weights[uid as usize] = row.to_vec();
    after.last_update[uid as usize] = input.current_block;
    after.validate()?;
    Ok(after)
}

/// Run the epoch with the validator's current row and with `row`, and compare.
pub fn preview(input: &EpochInput, uid: u16, row: &[(u16, u16)]) -> Result<Preview, YumaError> {
    let after_input = apply_row(input, uid, row)?;
    let before = run(input);
    let after = run(&after_input);
    Ok(compare(uid, row, &before, &after))
}

fn compare(uid: u16, row: &[(u16, u16)], before: &EpochResult, after: &EpochResult) -> Preview {
    let n = before.incentive.len();
    let rows = (0..n)
        .map(|j| PreviewRow {
            uid: j as u16,
            incentive_before_bits: before.incentive[j].to_bits(),
            incentive_after_bits: after.incentive[j].to_bits(),
            dividends_before_bits: before.dividends[j].to_bits(),
            dividends_after_bits: after.dividends[j].to_bits(),
            emission_before: before.combined_emission[j],
            emission_after: after.combined_emission[j],
            emission_delta: after.combined_emission[j] as i128
                - before.combined_emission[j] as i128,
        })
        .collect();
    let u = uid as usize;
    Preview {
        uid,
        row: row.to_vec(),
        dividends_before_bits: before.dividends[u].to_bits(),
        dividends_after_bits: after.dividends[u].to_bits(),
        validator_trust_before_bits: before.validator_trust[u].to_bits(),
        validator_trust_after_bits: after.validator_trust[u].to_bits(),
        validator_emission_before: before.validator_emission[u],
        validator_emission_after: after.validator_emission[u],
        rows,
    }
}
