//! The weight calls of `SubtensorModule`, signed by the hotkey.
//!
//! - [`plan_set`]: `set_weights` after the chain's guards, checked in the chain's order at the
//!   pinned block (`guards`); on a subnet with commit-reveal on, the same row as a timelocked
//!   commit (`commit_timelocked_weights`, commit-reveal v4) that the chain decrypts and applies
//!   in the reveal epoch ([`plan_timelocked`]).
//! - [`plan_commit`] and [`plan_reveal`]: the hash commits of commit-reveal v2 (`commit`),
//!   with the chain's commit queues decoded in `queues`.
//! - [`epoch_inputs`]: the subnet's state read into the Yuma engine's input, one per
//!   mechanism, which [`preview_set`] runs before and after the proposed row.
//! - [`WeightsTarget`]: the subnet and mechanism a row goes to (the plain calls for mechanism 0,
//!   the mechanism calls above it).

mod commit;
mod epoch_input;
mod guards;
mod preview;
mod queues;
mod set;
mod timelocked;

pub use commit::{SavedCommit, commit_hash, plan_commit, plan_reveal};
pub use epoch_input::{epoch_inputs, extrapolate, legacy_cutoff_factor};
pub use guards::{rate_limit_passes, stake_weight};
pub use preview::{COMMIT_REVEAL_NOTE, MechanismsPreview, PlanPreview, PreviewPools, preview_set};
pub use queues::ChainCommit;
pub use set::plan_set;
pub use timelocked::{MAX_UNREVEALED_COMMITS, Timelocked, plan_timelocked};

use subxt::ext::scale_value::Value;

use super::PlanError;
use crate::chain::ChainError;
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::value::{Val, account, bool_of, items, u16_of, u64_of};

/// The pallet of every call and storage item here.
const PALLET: &str = "SubtensorModule";

/// Where a weight row goes: a subnet and one of its mechanisms. Mechanism 0 is the subnet
/// itself and uses the plain calls (`set_weights`, `commit_weights`, …); a higher mechanism uses
/// the mechanism calls (`set_mechanism_weights`, …) with a `mecid` argument, and its weights,
/// bonds, last updates and commit queues live under the storage index `netuid + mecid × 4096`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeightsTarget {
    /// The subnet.
    pub netuid: u16,
    /// The mechanism (0 = the main one).
    pub mecid: u8,
}

impl WeightsTarget {
    /// Mechanism 0 of `netuid`.
    pub fn main(netuid: u16) -> WeightsTarget {
        WeightsTarget { netuid, mecid: 0 }
    }

    /// The storage index of the mechanism's weights, bonds, last updates and commits.
    pub fn index(self) -> u16 {
        crate::yuma::mechanisms::storage_index(self.netuid, self.mecid)
    }

    /// "subnet 3", or "subnet 3 mechanism 1".
    pub fn label(self) -> String {
        if self.mecid == 0 {
            format!("subnet {}", self.netuid)
        } else {
            format!("subnet {} mechanism {}", self.netuid, self.mecid)
        }
    }

    /// The call to send: `plain` for mechanism 0, `mechanism` above it.
    fn call_name(self, plain: &'static str, mechanism: &'static str) -> &'static str {
        if self.mecid == 0 { plain } else { mechanism }
    }

    /// The leading call arguments: `netuid`, then `mecid` for a mechanism call.
    fn call_args(self) -> Vec<(&'static str, Value)> {
        let mut args = vec![("netuid", Value::u128(u128::from(self.netuid)))];
        if self.mecid != 0 {
            args.push(("mecid", Value::u128(u128::from(self.mecid))));
        }
        args
    }

    /// The summary's `subnet` line (and a `mechanism` line above mechanism 0).
    fn lines(self) -> Vec<(String, String)> {
        let mut lines = vec![("subnet".to_string(), self.netuid.to_string())];
        if self.mecid != 0 {
            lines.push(("mechanism".into(), self.mecid.to_string()));
        }
        lines
    }
}

fn ss58(a: &[u8; 32]) -> String {
    crate::ss58::encode_default(a)
}

/// A `u64` storage value, or `default` when absent.
fn u64_or(v: &Option<Val>, default: u64) -> Result<u64, PlanError> {
    Ok(match v {
        Some(x) => u64_of(x)?,
        None => default,
    })
}

/// A `u64` storage value, 0 when absent.
fn opt_u64(v: &Option<Val>) -> Result<u64, ChainError> {
    v.as_ref().map(u64_of).transpose().map(|x| x.unwrap_or(0))
}

/// A `bool` storage value, false when absent.
fn opt_bool(v: &Option<Val>) -> Result<bool, ChainError> {
    v.as_ref()
        .map(bool_of)
        .transpose()
        .map(|x| x.unwrap_or(false))
}

/// A `u16` storage value, 0 when absent.
fn opt_u16(v: &Option<Val>) -> Result<u16, ChainError> {
    v.as_ref().map(u16_of).transpose().map(|x| x.unwrap_or(0))
}

/// The items of a list storage value (absent = empty).
fn list(x: &Option<Val>) -> Result<Vec<&Val>, ChainError> {
    match x {
        Some(l) => items(l),
        None => Ok(Vec::new()),
    }
}

/// A `Vec<u16>` call argument.
fn vec_u16(xs: &[u16]) -> Value {
    Value::unnamed_composite(xs.iter().map(|x| Value::u128(u128::from(*x))))
}

/// `TotalHotkeyAlpha` of a hotkey on `netuid` and on root.
fn own_stake_queries(hotkey: &[u8; 32], netuid: u16) -> [StorageQuery; 2] {
    [netuid, 0].map(|n| {
        StorageQuery::new(
            PALLET,
            "TotalHotkeyAlpha",
            vec![arg_account(hotkey), arg_u16(n)],
        )
    })
}

/// A `ChildKeys`/`ParentKeys` value: `(proportion, hotkey)` pairs (absent = none).
fn proportions(v: &Option<Val>) -> Result<Vec<(u64, [u8; 32])>, ChainError> {
    list(v)?
        .into_iter()
        .map(|pair| match items(pair)?.as_slice() {
            [p, h] => Ok((u64_of(p)?, account(h)?)),
            _ => Err(ChainError::decode(
                "a (u64, AccountId) pair",
                "another shape",
            )),
        })
        .collect()
}
