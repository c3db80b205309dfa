//! The calls tao signs, each built from the metadata after the checks the chain's own call
//! makes (existence, registration, balances, limits, rate limits) were run against chain state at
//! the pinned block. A guard that fails refuses with the chain's own error name, so the user sees
//! what the chain would have said, before paying a fee.

pub mod admin;
pub mod associate;
pub mod auto_stake;
pub mod axon;
pub mod children;
pub mod crowd;
pub mod identity;
pub mod locks;
pub mod mechanisms;
pub mod multisig;
pub mod proxy;
pub mod raw;
pub mod register;
pub mod root_claim;
pub mod stake;
pub mod subnet_owner;
pub mod swap;
pub mod takes;
pub mod transfer;
pub mod trim;
pub mod weights;

use serde_json::Value as Json;

use super::tx::Call;
use crate::error::{Diagnostic, ExitStatus};
pub use weights::PlanPreview;

/// Which of the wallet's keys signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRole {
    /// The coldkey (transfers, staking, registration).
    Coldkey,
    /// The hotkey (weights).
    Hotkey,
}

/// A call ready for the pipeline, with what to show before confirming.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The call.
    pub call: Call,
    /// Which key signs it.
    pub role: KeyRole,
    /// One line per fact (label, value) for the confirmation summary.
    pub lines: Vec<(String, String)>,
    /// The command's own fields of the JSON `data`.
    pub details: Json,
    /// The Yuma preview of a weight row, for the summary (its JSON is `details.preview`).
    pub preview: Option<PlanPreview>,
    /// TAO leaving the signer's free balance besides the fee (checked with the fee).
    pub spend: u64,
    /// Whether the signer must keep the existential deposit.
    pub keep_alive: bool,
    /// The error the chain gives when the free balance does not cover `spend` and the fee.
    pub balance_error: (&'static str, &'static str),
}

/// A guard of the chain's call that failed before anything was signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("refused before signing: {pallet}.{name}: {message}")]
pub struct Refusal {
    /// The pallet whose error this is.
    pub pallet: String,
    /// The chain's error name.
    pub name: String,
    /// What is wrong, with the numbers.
    pub message: String,
    /// What to do.
    pub hint: String,
}

impl Refusal {
    /// A refusal named after `pallet.name`.
    pub fn new(
        pallet: &str,
        name: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Refusal {
        Refusal {
            pallet: pallet.to_string(),
            name: name.to_string(),
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// A `SubtensorModule` refusal.
    pub fn subtensor(name: &str, message: impl Into<String>, hint: impl Into<String>) -> Refusal {
        Refusal::new("SubtensorModule", name, message, hint)
    }

    /// `SubnetNotExists` for `netuid`.
    pub fn no_subnet(netuid: u16) -> Refusal {
        Refusal::subtensor(
            "SubnetNotExists",
            format!("there is no subnet {netuid}"),
            "list the subnets with `tao subnets list`",
        )
    }

    /// `BadOrigin` unless `coldkey` is the subnet's `owner` (the owner-only calls).
    pub fn unless_owner(netuid: u16, owner: &[u8; 32], coldkey: &[u8; 32]) -> Result<(), Refusal> {
        if owner == coldkey {
            return Ok(());
        }
        Err(Refusal::new(
            "DispatchError",
            "BadOrigin",
            format!(
                "subnet {netuid} is owned by {}, not by this coldkey",
                crate::ss58::encode_default(owner)
            ),
            "sign with the subnet owner's wallet (`--wallet-name`)",
        ))
    }
}

impl Diagnostic for Refusal {
    fn code(&self) -> &'static str {
        "tx.refused"
    }

    fn exit_status(&self) -> ExitStatus {
        ExitStatus::Failure
    }

    fn hint(&self) -> Option<String> {
        Some(self.hint.clone())
    }
}

/// Either a refusal or a chain error while checking.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// A guard failed.
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// Reading the chain failed.
    #[error(transparent)]
    Chain(#[from] super::ChainError),
}

impl Diagnostic for PlanError {
    fn code(&self) -> &'static str {
        match self {
            PlanError::Refused(r) => r.code(),
            PlanError::Chain(c) => c.code(),
        }
    }

    fn exit_status(&self) -> ExitStatus {
        match self {
            PlanError::Refused(r) => r.exit_status(),
            PlanError::Chain(c) => c.exit_status(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            PlanError::Refused(r) => r.hint(),
            PlanError::Chain(c) => c.hint(),
        }
    }
}

/// `price × (1 + tolerance)` for a buy's ceiling, `price × (1 − tolerance)` for a sale's floor,
/// with the tolerance in billionths (0.005 = 5_000_000), both rounded to the strict side.
pub fn limit_price(price: u64, tolerance_ppb: u64, buy: bool) -> u64 {
    let p = u128::from(price);
    let t = u128::from(tolerance_ppb);
    let one = 1_000_000_000u128;
    let v = if buy {
        p * (one + t) / one
    } else {
        (p * one.saturating_sub(t)).div_ceil(one)
    };
    u64::try_from(v).unwrap_or(u64::MAX)
}
