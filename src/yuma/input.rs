//! The epoch input: everything the chain's epoch reads, in the `yuma-vectors/2` `input` shape.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::YumaError;

/// One sparse row as stored on chain: `(uid, value)` pairs in stored order.
pub type SparseRowU16 = Vec<(u16, u16)>;

/// Everything one run of the epoch reads (the schema's `input` object). Vectors are indexed by
/// uid and have length `n`. Unknown fields are rejected; every field is required except
/// `activity_cutoff_blocks` (derived; checked when present) and `owner_uid` (absent = null).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EpochInput {
    /// Subnet size.
    pub n: u16,
    /// The block whose coinbase runs the epoch.
    pub current_block: u64,
    /// Blocks per epoch.
    pub tempo: u16,
    /// `ActivityCutoffFactorMilli`: the activity cutoff is `factor * tempo / 1000` blocks.
    pub activity_cutoff_factor_milli: u32,
    /// Derived cutoff in blocks; when given it must equal
    /// `max(1, floor(activity_cutoff_factor_milli * tempo / 1000))`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_cutoff_blocks: Option<u64>,
    /// Block of the previous successful epoch (`LastMechansimStepBlock`), 0 = never.
    pub last_mechanism_step_block: u64,
    /// `LastUpdate` per uid (the commit block for revealed commits).
    pub last_update: Vec<u64>,
    /// `BlockAtRegistration` per uid (0 for a uid without key).
    pub block_at_registration: Vec<u64>,
    /// Inherited alpha stake per uid, rao.
    pub alpha_stake: Vec<u64>,
    /// Inherited root TAO stake per uid, rao.
    pub tao_stake: Vec<u64>,
    /// `TaoWeight` storage value (the weight is this divided by `u64::MAX`), a decimal string.
    #[serde(
        serialize_with = "ser_u64_string",
        deserialize_with = "de_u64_string_or_number"
    )]
    pub tao_weight_raw: u64,
    /// `StakeThreshold`: minimum total stake (rao, floored) to count; the owner is exempt.
    pub stake_threshold: u64,
    /// Uid of the subnet owner's hotkey, if registered.
    #[serde(default)]
    pub owner_uid: Option<u16>,
    /// Validator permits stored by the previous epoch.
    pub validator_permits: Vec<bool>,
    /// `MaxAllowedValidators`.
    pub max_allowed_validators: u16,
    /// `Weights` rows exactly as stored (max-upscaled u16 values, explicit zeros kept).
    pub weights: Vec<SparseRowU16>,
    /// `Bonds` rows as stored.
    pub bonds: Vec<SparseRowU16>,
    /// `CommitRevealWeightsEnabled`.
    pub commit_reveal_enabled: bool,
    /// Earliest non-expired commit block per uid, null = none.
    pub commit_blocks: Vec<Option<u64>>,
    /// `Kappa` (raw u16, /65535).
    pub kappa: u16,
    /// `BondsPenalty` (raw u16, /65535).
    pub bonds_penalty: u16,
    /// Liquid alpha low bound (raw u16, /65535).
    pub alpha_low: u16,
    /// Liquid alpha high bound (raw u16, /65535).
    pub alpha_high: u16,
    /// `BondsMovingAverage` (raw, /1 000 000).
    pub bonds_moving_average: u64,
    /// `Yuma3On`.
    pub yuma3: bool,
    /// `LiquidAlphaOn` (only used by the Yuma3 bonds).
    pub liquid_alpha: bool,
    /// `AlphaSigmoidSteepness`.
    pub alpha_sigmoid_steepness: i16,
    /// The emission passed to the epoch, rao (alpha).
    pub rao_emission: u64,
    /// Miner pool accumulated over the tempo.
    pub pending_server_alpha: u64,
    /// Validator pool accumulated over the tempo.
    pub pending_validator_alpha: u64,
    /// Root stakers' pool accumulated over the tempo.
    pub pending_root_alpha: u64,
}

fn ser_u64_string<S: Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&v.to_string())
}

fn de_u64_string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Num(u64),
        Str(String),
    }
    match Raw::deserialize(d)? {
        Raw::Num(v) => Ok(v),
        Raw::Str(s) => s.trim().parse::<u64>().map_err(|_| {
            serde::de::Error::custom(format!(
                "tao_weight_raw must be a decimal u64 (0..=18446744073709551615), got {s:?}"
            ))
        }),
    }
}

/// `max(1, floor(factor * tempo / 1000))` in u64, as the chain derives the activity cutoff.
pub fn activity_cutoff_blocks(factor_milli: u32, tempo: u16) -> u64 {
    (factor_milli as u64)
        .saturating_mul(tempo as u64)
        .checked_div(1000)
        .unwrap_or(0)
        .max(1)
}

fn invalid(field: impl Into<String>, reason: impl Into<String>) -> YumaError {
    YumaError::InvalidInput {
        field: field.into(),
        reason: reason.into(),
    }
}

impl EpochInput {
    /// Parse one epoch input from JSON: either the `input` object itself or a whole case object
    /// with an `input` key (its other keys are ignored).
    pub fn from_json(text: &str) -> Result<Self, YumaError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| YumaError::Json(e.to_string()))?;
        let inner = match value {
            serde_json::Value::Object(mut map) if map.contains_key("input") => {
                map.remove("input").unwrap_or_default()
            }
            other => other,
        };
        let input: EpochInput =
            serde_json::from_value(inner).map_err(|e| YumaError::Json(e.to_string()))?;
        input.validate()?;
        Ok(input)
    }

    /// The activity cutoff in blocks this input implies.
    pub fn activity_cutoff(&self) -> u64 {
        activity_cutoff_blocks(self.activity_cutoff_factor_milli, self.tempo)
    }

    /// Check the shape and ranges; the error names the offending field.
    ///
    /// Rejected: `n = 0`; a per-uid vector whose length is not `n`; a uid (owner, weight or bond
    /// column) `>= n`; the same uid twice in one weight or bond row (the chain never stores
    /// that); `activity_cutoff_blocks` disagreeing with its formula.
    pub fn validate(&self) -> Result<(), YumaError> {
        let n = self.n as usize;
        if n == 0 {
            return Err(invalid("n", "must be at least 1"));
        }
        let lens: [(&str, usize); 8] = [
            ("last_update", self.last_update.len()),
            ("block_at_registration", self.block_at_registration.len()),
            ("alpha_stake", self.alpha_stake.len()),
            ("tao_stake", self.tao_stake.len()),
            ("validator_permits", self.validator_permits.len()),
            ("weights", self.weights.len()),
            ("bonds", self.bonds.len()),
            ("commit_blocks", self.commit_blocks.len()),
        ];
        for (field, len) in lens {
            if len != n {
                return Err(invalid(
                    field,
                    format!("has {len} entries but n = {n} (one per uid)"),
                ));
            }
        }
        if let Some(owner) = self.owner_uid
            && owner as usize >= n
        {
            return Err(invalid(
                "owner_uid",
                format!("uid {owner} is out of range (n = {n})"),
            ));
        }
        if let Some(given) = self.activity_cutoff_blocks {
            let expected = self.activity_cutoff();
            if given != expected {
                return Err(invalid(
                    "activity_cutoff_blocks",
                    format!(
                        "is {given} but max(1, activity_cutoff_factor_milli * tempo / 1000) = \
                         {expected}"
                    ),
                ));
            }
        }
        let mut seen = vec![usize::MAX; n];
        for (name, rows) in [("weights", &self.weights), ("bonds", &self.bonds)] {
            for (i, row) in rows.iter().enumerate() {
                // Ascending rows (as the chain stores them) that end in range are fine as a whole.
                let ascending = strictly_ascending(row);
                if ascending && row.last().is_none_or(|&(j, _)| (j as usize) < n) {
                    continue;
                }
                for (k, &(j, _)) in row.iter().enumerate() {
                    let j = j as usize;
                    if j >= n {
                        return Err(invalid(
                            format!("{name}[{i}][{k}]"),
                            format!("uid {j} is out of range (n = {n})"),
                        ));
                    }
                    if seen[j] == i {
                        return Err(invalid(
                            format!("{name}[{i}][{k}]"),
                            format!("uid {j} appears twice in the row"),
                        ));
                    }
                    seen[j] = i;
                }
            }
            seen.iter_mut().for_each(|s| *s = usize::MAX);
        }
        Ok(())
    }
}

// A stored `(uid, value)` pair is read as one 32-bit lane, the uid in its low half, by the row
// check below and by the engine's AVX-512 forms: this build lays the pair out so.
const _: () = assert!(
    std::mem::offset_of!((u16, u16), 0) == 0
        && std::mem::offset_of!((u16, u16), 1) == 2
        && std::mem::size_of::<(u16, u16)>() == 4
);

/// Whether a stored row's uids strictly ascend (as the chain stores them). On x86_64 four
/// neighbouring pairs are compared at a time with SSE2 (part of every x86_64 processor).
fn strictly_ascending(row: &[(u16, u16)]) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of every x86_64 processor (the target's baseline).
        unsafe { sse2::strictly_ascending(row) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        row.windows(2).all(|p| p[0].0 < p[1].0)
    }
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    // A `(u16, u16)` is read as one 32-bit lane with the uid in its low half (the layout is
    // asserted beside `strictly_ascending`).

    #[target_feature(enable = "sse2")]
    pub(super) fn strictly_ascending(row: &[(u16, u16)]) -> bool {
        let uid = _mm_set1_epi32(0xffff);
        let mut ok = _mm_set1_epi32(-1);
        let mut k = 0;
        // Pairs k..k+4 against k+1..k+5: each uid below its successor (uids fit 16 bits, so the
        // signed 32-bit comparison is exact).
        while k + 5 <= row.len() {
            // SAFETY: both 16-byte loads read four pairs inside `row` (`k + 5 <= row.len()`).
            let (a, b) = unsafe {
                let at = row.as_ptr().add(k);
                (
                    _mm_loadu_si128(at as *const __m128i),
                    _mm_loadu_si128(at.add(1) as *const __m128i),
                )
            };
            let below = _mm_cmpgt_epi32(_mm_and_si128(b, uid), _mm_and_si128(a, uid));
            ok = _mm_and_si128(ok, below);
            k += 4;
        }
        _mm_movemask_epi8(ok) == 0xffff && row[k..].windows(2).all(|p| p[0].0 < p[1].0)
    }

    #[cfg(test)]
    mod tests {
        use proptest::prelude::*;

        proptest! {
            /// The four-at-a-time check equals the pairwise one, for every length around the
            /// vector width and rows that break the order anywhere.
            #[test]
            fn equals_pairwise(uids in proptest::collection::vec(0u16..40, 0..40)) {
                let row: Vec<(u16, u16)> = uids.iter().map(|&j| (j, 7)).collect();
                let mut sorted = row.clone();
                sorted.sort_unstable();
                sorted.dedup_by_key(|e| e.0);
                for r in [&row, &sorted] {
                    prop_assert_eq!(
                        super::super::strictly_ascending(r),
                        r.windows(2).all(|p| p[0].0 < p[1].0)
                    );
                }
            }
        }
    }
}
