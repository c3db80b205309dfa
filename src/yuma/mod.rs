//! The embedded Yuma consensus engine: the chain's epoch, bit for bit.
//!
//! A pure computation (no I/O, no clock, deterministic) of what the chain's sparse
//! `epoch_mechanism` computes from one subnet's state, plus the payout of one tempo per uid
//! ([`coinbase`]). The arithmetic is the chain's own fixed-point crate (`substrate-fixed` 0.6.0),
//! with its exact rounding: a product is floored, a quotient truncated, a division by zero or an
//! overflowing division gives 0, and u16 storage values are `floor(x * 65535)`.
//!
//! # The epoch, in order
//! 1. **Activity**: a uid is inactive when `last_update + cutoff < current_block`, with
//!    `cutoff = max(1, activity_cutoff_factor_milli * tempo / 1000)`.
//! 2. **Stake**: `alpha + tao * tao_weight` (`I64F64`); uids other than the owner whose floored
//!    total is below `stake_threshold` count 0; normalized in `I64F64`, then floored to `I32F32`.
//! 3. **Permits**: the stored permits (plus the owner) mask this epoch; the top
//!    `max_allowed_validators` non-zero stakes (plus the owner) are the next epoch's permits.
//! 4. **Active stake**: stake of active permitted uids, normalized.
//! 5. **Weights**: rows of non-permitted uids dropped; self-weights dropped except the owner's;
//!    a weight to a miner that registered at or after the validator's last update dropped; with
//!    commit-reveal, a weight to a miner registered after the validator's open commit dropped;
//!    rows normalized.
//! 6. **Consensus**: the stake-weighted median (kappa) of each column; **clipped weights**
//!    `min(w, consensus)`; **validator trust** = row sums of the clipped weights; **incentive** =
//!    normalized stake-weighted column sums of the clipped weights.
//! 7. **Bonds**: weights for bonds interpolate between weights and clipped weights by
//!    `bonds_penalty`; bonds to miners registered since the last epoch are dropped. Yuma3: an EMA
//!    of bond proportions (per-cell liquid alpha when enabled and some consensus is non-zero),
//!    dividends = stake × Σ column-normalized bonds × incentive. Yuma2: an EMA of column-normalized
//!    stake-weighted weights, dividends = Σ bonds × incentive; stored bonds max-upscaled.
//! 8. **Emission**: incentive and dividends each normalized by their common sum (a 50/50 split
//!    when both are non-zero); if both are zero the validators get the (active) stake; rao amounts
//!    are floored.
//!
//! [`simulate`] runs all of it and returns the schema's `output` fields plus
//! `coinbase_no_children`; [`preview`] compares two epochs for a proposed weight row;
//! [`weights`] turns user-given decimal weights into the row the chain stores; [`subnet`] runs a
//! subnet with several mechanisms (the split, one epoch each, the aggregate). [`reference`](mod@reference) is the
//! chain's epoch transcribed literally, the yardstick the engine is tested and timed against; the
//! engine's AVX-512 forms (chosen at run time, see [`use_wide_instructions`]) give the same bits.

pub mod coinbase;
pub mod epoch;
pub mod inherit;
pub mod input;
pub mod math;
pub mod mechanisms;
pub mod output;
mod partition;
pub mod payout;
pub mod preview;
pub mod reference;
pub mod subnet;
pub mod weights;
mod wide;

use serde::{Deserialize, Serialize};

pub use epoch::{Csr, EpochResult};
pub use input::EpochInput;
pub use output::{CoinbaseOutput, EpochOutput};
pub use preview::{Preview, PreviewRow, preview};
pub use subnet::{SubnetInput, SubnetPreview, SubnetSimulation, preview_subnet, simulate_subnet};
pub use weights::{WeightRow, parse_weights};

/// Errors of the engine, its input and the weights parser.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YumaError {
    /// The input is not valid JSON or does not have the schema's shape (unknown, misspelt or
    /// missing field, wrong type); the message names the field.
    #[error("invalid epoch input: {0}")]
    Json(String),
    /// A field has an invalid value.
    #[error("invalid epoch input: `{field}` {reason}")]
    InvalidInput {
        /// The offending field (with indices, e.g. `weights[3][0]`).
        field: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The weights given on the command line cannot be turned into a weight row.
    #[error("invalid weights: `{field}` {reason}")]
    InvalidWeights {
        /// `uids` or `weights` (with the position, e.g. `weights[2]`).
        field: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// The epoch's outputs plus the tempo's payout, as `tao yuma simulate --json` emits them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Simulation {
    /// Every field of the schema's `output` object, at the top level.
    #[serde(flatten)]
    pub output: EpochOutput,
    /// The payout of one tempo per uid (no parent/child relations).
    pub coinbase_no_children: CoinbaseOutput,
}

/// Whether the engine may use the processor's AVX-512 instructions where it has them (on by
/// default). The results are the same either way; benchmarks switch it off to time the portable
/// code that processors without AVX-512 run.
pub fn use_wide_instructions(on: bool) {
    partition::allow_wide(on);
}

/// Validate `input` and run the epoch, returning the raw fixed-point results.
pub fn epoch(input: &EpochInput) -> Result<EpochResult, YumaError> {
    input.validate()?;
    Ok(epoch::run(input))
}

/// Validate `input`, run the epoch and the tempo payout.
pub fn simulate(input: &EpochInput) -> Result<Simulation, YumaError> {
    let result = epoch(input)?;
    let coinbase =
        coinbase::coinbase_no_children(input, &result.server_emission, &result.validator_emission);
    Ok(Simulation {
        output: result.to_output(),
        coinbase_no_children: coinbase,
    })
}
