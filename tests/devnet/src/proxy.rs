//! The Proxy pallet's configuration: the chain's `ProxyType` (same variants, same indices), its
//! call filter and its deposits (subtensor spec 425, `common/src/lib.rs` and `runtime/src/lib.rs`).
//!
//! The filter names calls by their pallet and function name, exactly as the chain's
//! `define_proxy_filters!` lists them; calls the devnet does not have (Sudo, coldkey-swap
//! announcements, …) simply never match.

use crate::runtime::{Balance, RuntimeCall};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::{GetCallName, InstanceFilter};
use scale_info::TypeInfo;

/// `deposit(items, bytes)` of the chain: 0.02 TAO per item, 0.001 TAO per byte.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
    items as Balance * 20_000_000 + bytes as Balance * 1_000_000
}

/// Transfers strictly below this (0.5 TAO) are allowed to a `SmallTransfer` proxy.
pub const SMALL_TRANSFER_LIMIT: Balance = 500_000_000;
/// `transfer_stake` strictly below this (0.5 alpha) is allowed to a `SmallTransfer` proxy.
pub const SMALL_ALPHA_TRANSFER_LIMIT: u64 = 500_000_000;

frame_support::parameter_types! {
    /// One storage item keyed by an account (32 bytes) holding a balance (8 bytes).
    pub const ProxyDepositBase: Balance = deposit(1, 40);
    /// Per proxy: an account (32 bytes) and the proxy type (1 byte).
    pub const ProxyDepositFactor: Balance = deposit(0, 33);
    pub const MaxProxies: u32 = 20;
    pub const MaxPending: u32 = 75;
    pub const AnnouncementDepositBase: Balance = deposit(1, 16);
    pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
}

/// The chain's proxy types; the order fixes the SCALE index (0 to 17).
#[derive(
    Copy,
    Clone,
    Eq,
    PartialEq,
    Ord,
    PartialOrd,
    Encode,
    Decode,
    DecodeWithMemTracking,
    Debug,
    MaxEncodedLen,
    TypeInfo,
    Default,
)]
pub enum ProxyType {
    #[default]
    Any,
    Owner,
    NonCritical,
    NonTransfer,
    Senate,
    NonFungible,
    Triumvirate,
    Governance,
    Staking,
    Registration,
    Transfer,
    SmallTransfer,
    RootWeights,
    ChildKeys,
    SudoUncheckedSetCode,
    SwapHotkey,
    SubnetLeaseBeneficiary,
    RootClaim,
}

/// The calls that move TAO out of the coldkey's control besides `Balances::*`.
const COLDKEY_SWAP: &[&str] = &[
    "schedule_swap_coldkey",
    "swap_coldkey",
    "announce_coldkey_swap",
    "swap_coldkey_announced",
    "clear_coldkey_swap_announcement",
    "dispute_coldkey_swap",
];

const STAKING: &[&str] = &[
    "add_stake",
    "remove_stake",
    "unstake_all",
    "unstake_all_alpha",
    "swap_stake",
    "swap_stake_limit",
    "move_stake",
    "add_stake_limit",
    "remove_stake_limit",
    "remove_stake_full_limit",
    "set_root_claim_type",
];

const NON_FUNGIBLE_DENY: &[&str] = &[
    "add_stake",
    "add_stake_limit",
    "remove_stake",
    "remove_stake_limit",
    "remove_stake_full_limit",
    "unstake_all",
    "unstake_all_alpha",
    "swap_stake",
    "swap_stake_limit",
    "move_stake",
    "transfer_stake",
    "burned_register",
    "root_register",
    "swap_hotkey",
    "swap_hotkey_v2",
];

const LEASE_ADMIN: &[&str] = &[
    "sudo_set_serving_rate_limit",
    "sudo_set_min_difficulty",
    "sudo_set_max_difficulty",
    "sudo_set_weights_version_key",
    "sudo_set_adjustment_alpha",
    "sudo_set_immunity_period",
    "sudo_set_min_allowed_weights",
    "sudo_set_kappa",
    "sudo_set_rho",
    "sudo_set_activity_cutoff",
    "sudo_set_network_registration_allowed",
    "sudo_set_network_pow_registration_allowed",
    "sudo_set_max_burn",
    "sudo_set_bonds_moving_average",
    "sudo_set_bonds_penalty",
    "sudo_set_commit_reveal_weights_enabled",
    "sudo_set_liquid_alpha_enabled",
    "sudo_set_alpha_values",
    "sudo_set_commit_reveal_weights_interval",
    "sudo_set_toggle_transfer",
    "sudo_set_subnet_emission_enabled",
    "sudo_set_min_childkey_take_per_subnet",
];

/// The pallet and function name of a call, as the chain's filter lists name them.
fn name(call: &RuntimeCall) -> (&'static str, &'static str) {
    match call {
        RuntimeCall::System(c) => ("System", c.get_call_name()),
        RuntimeCall::Balances(c) => ("Balances", c.get_call_name()),
        RuntimeCall::SubtensorModule(c) => ("SubtensorModule", c.get_call_name()),
        RuntimeCall::AdminUtils(c) => ("AdminUtils", c.get_call_name()),
        RuntimeCall::Utility(c) => ("Utility", c.get_call_name()),
        RuntimeCall::Proxy(c) => ("Proxy", c.get_call_name()),
        RuntimeCall::Multisig(c) => ("Multisig", c.get_call_name()),
        RuntimeCall::MevShield(c) => ("MevShield", c.get_call_name()),
        RuntimeCall::Crowdloan(c) => ("Crowdloan", c.get_call_name()),
    }
}

impl InstanceFilter<RuntimeCall> for ProxyType {
    fn filter(&self, call: &RuntimeCall) -> bool {
        let (pallet, f) = name(call);
        let st = |list: &[&str]| pallet == "SubtensorModule" && list.contains(&f);
        match self {
            ProxyType::Any => true,
            ProxyType::NonTransfer => {
                !(pallet == "Balances" || st(&["transfer_stake"]) || st(COLDKEY_SWAP))
            }
            ProxyType::NonFungible => {
                !(pallet == "Balances" || st(NON_FUNGIBLE_DENY) || st(COLDKEY_SWAP))
            }
            ProxyType::Transfer => {
                (pallet == "Balances"
                    && [
                        "transfer_keep_alive",
                        "transfer_allow_death",
                        "transfer_all",
                    ]
                    .contains(&f))
                    || st(&["transfer_stake"])
            }
            ProxyType::SmallTransfer => match call {
                RuntimeCall::Balances(
                    pallet_balances::Call::transfer_keep_alive { value, .. }
                    | pallet_balances::Call::transfer_allow_death { value, .. },
                ) => *value < SMALL_TRANSFER_LIMIT,
                RuntimeCall::SubtensorModule(crate::pallet_subtensor::Call::transfer_stake {
                    alpha_amount,
                    ..
                }) => *alpha_amount < SMALL_ALPHA_TRANSFER_LIMIT,
                _ => false,
            },
            ProxyType::Owner => {
                (pallet == "AdminUtils"
                    && !["sudo_set_sn_owner_hotkey", "sudo_set_subnet_owner_hotkey"].contains(&f))
                    || st(&["set_subnet_identity", "update_symbol"])
            }
            ProxyType::NonCritical => {
                !(st(&["dissolve_network", "root_register", "burned_register"])
                    || pallet == "Sudo"
                    || st(&COLDKEY_SWAP[2..]))
            }
            ProxyType::Triumvirate
            | ProxyType::Senate
            | ProxyType::Governance
            | ProxyType::RootWeights => false,
            ProxyType::Staking => st(STAKING),
            ProxyType::Registration => st(&["burned_register", "register", "register_limit"]),
            ProxyType::ChildKeys => st(&["set_children", "set_childkey_take"]),
            // `Sudo.sudo_unchecked_weight(System.set_code)`: the devnet has no Sudo pallet.
            ProxyType::SudoUncheckedSetCode => false,
            ProxyType::SwapHotkey => st(&["swap_hotkey", "swap_hotkey_v2"]),
            ProxyType::SubnetLeaseBeneficiary => {
                st(&["start_call"]) || (pallet == "AdminUtils" && LEASE_ADMIN.contains(&f))
            }
            ProxyType::RootClaim => st(&["claim_root"]),
        }
    }

    fn is_superset(&self, o: &Self) -> bool {
        match (self, o) {
            (x, y) if x == y => true,
            (ProxyType::Any, _) => true,
            (_, ProxyType::Any) => false,
            (ProxyType::NonTransfer, _) => {
                !matches!(o, ProxyType::Transfer | ProxyType::SmallTransfer)
            }
            (ProxyType::Transfer, ProxyType::SmallTransfer) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deposits_are_the_chains() {
        assert_eq!(ProxyDepositBase::get(), 60_000_000);
        assert_eq!(ProxyDepositFactor::get(), 33_000_000);
        assert_eq!(AnnouncementDepositBase::get(), 36_000_000);
        assert_eq!(AnnouncementDepositFactor::get(), 68_000_000);
        assert_eq!(ProxyType::RootClaim.encode(), vec![17]);
    }
}
