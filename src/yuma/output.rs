//! The epoch's results in the `yuma-vectors/2` `output` shape.
//!
//! `*_bits` fields are raw `I32F32` bit patterns (value = bits / 2^32) as JSON integers; the same
//! vectors without the suffix are floats for reading only. `total_stake_i64f64_bits` holds raw
//! `I64F64` bit patterns as decimal strings (they do not fit a JSON double).

use serde::{Deserialize, Serialize};

use substrate_fixed::types::I64F64;

use super::math::{Fx, fixed_proportion_to_u16};

/// A sparse row of `(uid, I32F32 bits)` pairs.
pub type SparseBitsRow = Vec<(u16, i64)>;

/// Every value `epoch_mechanism` computes, per uid.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EpochOutput {
    /// Raw `I64F64` bits (decimal strings) of `alpha + tao * tao_weight`.
    pub total_stake_i64f64_bits: Vec<String>,
    /// Normalized stake after the threshold (bits).
    pub stake_bits: Vec<i64>,
    /// Normalized stake after the threshold (float, for reading).
    pub stake: Vec<f64>,
    /// Whether the uid updated within the activity cutoff.
    pub active: Vec<bool>,
    /// Stake of active permitted validators, normalized (bits).
    pub active_stake_bits: Vec<i64>,
    /// Same as float.
    pub active_stake: Vec<f64>,
    /// Permits written for the next epoch.
    pub new_validator_permits: Vec<bool>,
    /// Weights after every mask and the row normalization.
    pub weights_normalized_bits: Vec<SparseBitsRow>,
    /// Consensus (bits).
    pub consensus_bits: Vec<i64>,
    /// Consensus (float).
    pub consensus: Vec<f64>,
    /// Validator trust (bits).
    pub validator_trust_bits: Vec<i64>,
    /// Validator trust (float).
    pub validator_trust: Vec<f64>,
    /// Incentive (bits).
    pub incentive_bits: Vec<i64>,
    /// Incentive (float).
    pub incentive: Vec<f64>,
    /// Dividends (bits).
    pub dividends_bits: Vec<i64>,
    /// Dividends (float).
    pub dividends: Vec<f64>,
    /// Final bonds before the u16 conversion (Yuma2: column-max-upscaled; Yuma3: raw EMA).
    pub ema_bonds_bits: Vec<SparseBitsRow>,
    /// Miner emission, rao.
    pub server_emission: Vec<u64>,
    /// Validator emission, rao.
    pub validator_emission: Vec<u64>,
    /// Combined emission, rao.
    pub combined_emission: Vec<u64>,
    /// Stake weight as persisted.
    pub stake_weight_u16: Vec<u16>,
    /// Consensus as persisted.
    pub consensus_u16: Vec<u16>,
    /// Incentive as persisted.
    pub incentive_u16: Vec<u16>,
    /// Dividends as persisted.
    pub dividends_u16: Vec<u16>,
    /// Validator trust as persisted.
    pub validator_trust_u16: Vec<u16>,
    /// New `Bonds` row per uid; `None` (null) = left untouched.
    pub bonds_written: Vec<Option<Vec<(u16, u16)>>>,
}

/// Per-uid payouts of one tempo without parent/child relations (`coinbase_no_children`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoinbaseOutput {
    /// Copy of the input pool.
    pub pending_server_alpha: u64,
    /// Copy of the input pool.
    pub pending_validator_alpha: u64,
    /// Copy of the input pool.
    pub pending_root_alpha: u64,
    /// Miner payout per uid (the epoch's server emission), rao.
    pub incentive_alpha: Vec<u64>,
    /// Validator pool actually distributed (server pool added when no incentive was paid).
    pub validator_alpha_used: u64,
    /// Alpha dividends per uid, raw `U96F32` bits as decimal strings.
    pub alpha_dividends_u96f32_bits: Vec<String>,
    /// Root alpha dividends per uid, raw `U96F32` bits as decimal strings.
    pub root_alpha_dividends_u96f32_bits: Vec<String>,
    /// Alpha dividends per uid, floored to rao.
    pub alpha_dividends_u64: Vec<u64>,
    /// Root alpha dividends per uid, floored to rao.
    pub root_alpha_dividends_u64: Vec<u64>,
}

/// Raw bits of a vector.
pub(crate) fn bits(v: &[Fx]) -> Vec<i64> {
    v.iter().map(|x| x.to_bits()).collect()
}

/// Float view of a vector (bits / 2^32).
pub(crate) fn to_float(v: &[Fx]) -> Vec<f64> {
    v.iter()
        .map(|x| x.to_bits() as f64 / 4294967296.0)
        .collect()
}

/// The epoch's results, borrowed, to be encoded as an [`EpochOutput`] (the engine's and the
/// reference's results share the encoding).
pub(crate) struct OutputParts<'a> {
    pub total_stake: &'a [I64F64],
    pub stake: &'a [Fx],
    pub active: &'a [bool],
    pub active_stake: &'a [Fx],
    pub new_validator_permits: &'a [bool],
    pub weights: Vec<SparseBitsRow>,
    pub consensus: &'a [Fx],
    pub validator_trust: &'a [Fx],
    pub incentive: &'a [Fx],
    pub dividends: &'a [Fx],
    pub ema_bonds: Vec<SparseBitsRow>,
    pub server_emission: &'a [u64],
    pub validator_emission: &'a [u64],
    pub combined_emission: &'a [u64],
    pub bonds_written: &'a [Option<Vec<(u16, u16)>>],
}

impl EpochOutput {
    /// Encode the results: bits, floats for reading, and the u16 values as stored.
    pub(crate) fn from_parts(p: OutputParts<'_>) -> Self {
        let u16s = |v: &[Fx]| v.iter().map(|&x| fixed_proportion_to_u16(x)).collect();
        EpochOutput {
            total_stake_i64f64_bits: p
                .total_stake
                .iter()
                .map(|s| s.to_bits().to_string())
                .collect(),
            stake_bits: bits(p.stake),
            stake: to_float(p.stake),
            active: p.active.to_vec(),
            active_stake_bits: bits(p.active_stake),
            active_stake: to_float(p.active_stake),
            new_validator_permits: p.new_validator_permits.to_vec(),
            weights_normalized_bits: p.weights,
            consensus_bits: bits(p.consensus),
            consensus: to_float(p.consensus),
            validator_trust_bits: bits(p.validator_trust),
            validator_trust: to_float(p.validator_trust),
            incentive_bits: bits(p.incentive),
            incentive: to_float(p.incentive),
            dividends_bits: bits(p.dividends),
            dividends: to_float(p.dividends),
            ema_bonds_bits: p.ema_bonds,
            server_emission: p.server_emission.to_vec(),
            validator_emission: p.validator_emission.to_vec(),
            combined_emission: p.combined_emission.to_vec(),
            stake_weight_u16: u16s(p.stake),
            consensus_u16: u16s(p.consensus),
            incentive_u16: u16s(p.incentive),
            dividends_u16: u16s(p.dividends),
            validator_trust_u16: u16s(p.validator_trust),
            bonds_written: p.bonds_written.to_vec(),
        }
    }
}
