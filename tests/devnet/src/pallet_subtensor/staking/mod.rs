//! Staking: a coldkey's α on a hotkey and subnet is held as shares of the hotkey's pool there,
//! bought and sold through the subnet pool ([`super::pool`]).

mod add_stake;
mod helpers;
pub mod lock;
mod move_stake;
mod remove_stake;

pub use move_stake::Transition;
