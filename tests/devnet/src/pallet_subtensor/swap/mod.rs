//! Key swaps, laid out as the chain's `swap/`: [`swap_hotkey`] (`swap_hotkey`,
//! `swap_hotkey_v2`: a hotkey's registrations, stake, takes, children, axons and commits move to
//! a new hotkey of the same coldkey) and [`swap_coldkey`] (the announce → wait → execute steps,
//! disputes, and what a coldkey swap moves). This file holds what both use: the swap costs and
//! delays, recycling a cost, the legacy transaction rate limit, and moving α between positions
//! without the root-claim bookkeeping of staking (the swaps move that bookkeeping themselves).

pub mod swap_coldkey;
pub mod swap_hotkey;

use super::*;
use crate::types::NetUid;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_core::U256;
use sp_runtime::AccountId32;

/// `KeySwapCost`: 0.1 TAO, recycled by a hotkey swap on every subnet and by a coldkey swap's
/// first announcement.
pub const KEY_SWAP_COST: u64 = 100_000_000;
/// `KeySwapOnSubnetCost`: 0.001 TAO, recycled by a hotkey swap on one subnet.
pub const KEY_SWAP_ON_SUBNET_COST: u64 = 1_000_000;
/// `HotkeySwapOnSubnetInterval`: blocks between two hotkey swaps of a coldkey on a subnet. The
/// chain has 7200 (one day; 1 in its fast runtime); the devnet shortens it so tests reach both
/// sides of it.
pub const HOTKEY_SWAP_ON_SUBNET_INTERVAL: u64 = 10;
/// `InitialTxRateLimit`: the legacy per-coldkey rate limit of hotkey swaps (the chain's 1000).
pub const INITIAL_TX_RATE_LIMIT: u64 = 1000;
/// `InitialColdkeySwapAnnouncementDelay`: blocks between announcing a coldkey swap and executing
/// it. The chain has 36000 (five days); the devnet uses the chain's fast-runtime 50.
pub const COLDKEY_SWAP_ANNOUNCEMENT_DELAY: u32 = 50;
/// `InitialColdkeySwapReannouncementDelay`: blocks after the execution block before the swap may
/// be announced again or cleared. The chain has 7200 (one day); the devnet's is the fast 10.
pub const COLDKEY_SWAP_REANNOUNCEMENT_DELAY: u32 = 10;

impl<T: Config> Pallet<T> {
    /// The subnets, root included, in netuid order (`get_all_subnet_netuids`).
    pub fn all_subnet_netuids() -> Vec<NetUid> {
        let mut v: Vec<NetUid> = NetworksAdded::<T>::iter()
            .filter(|(_, added)| *added)
            .map(|(n, _)| n)
            .collect();
        v.sort_unstable();
        v
    }

    /// Whether the hotkey holds a uid on any subnet (`is_hotkey_registered_on_any_network`).
    pub fn registered_anywhere(hotkey: &AccountId32) -> bool {
        Self::all_subnet_netuids()
            .into_iter()
            .any(|n| Uids::<T>::contains_key(n, hotkey))
    }

    /// A subnet's own account (`is_subnet_account_id`): refused as a hotkey.
    pub fn is_system_account(who: &AccountId32) -> bool {
        let bytes: &[u8; 32] = who.as_ref();
        bytes.starts_with(registration::SUBNET_ACCOUNT_PREFIX)
    }

    /// `exceeds_tx_rate_limit`: the legacy limit, exceeded while `now − last ≤ TxRateLimit`
    /// after a recorded block.
    pub fn exceeds_tx_rate_limit(last: u64, now: u64) -> bool {
        let limit = TxRateLimit::<T>::get();
        limit != 0 && last != 0 && now.saturating_sub(last) <= limit
    }

    /// The whole free balance, existential deposit included
    /// (`can_remove_balance_from_coldkey_account`).
    pub fn can_pay_swap(who: &AccountId32, amount: u64) -> bool {
        use frame_support::traits::{
            fungible::Inspect,
            tokens::{Fortitude, Preservation},
        };
        amount
            <= <pallet_balances::Pallet<T> as Inspect<AccountId32>>::reducible_balance(
                who,
                Preservation::Expendable,
                Fortitude::Polite,
            )
    }

    /// `recycle_tao`: the amount leaves the account (which must stay alive,
    /// `InsufficientBalance`) and the issuance.
    pub fn recycle_tao(who: &AccountId32, amount: u64) -> DispatchResult {
        ensure!(
            Self::can_withdraw(who, amount),
            Error::<T>::InsufficientBalance
        );
        Self::withdraw(who, amount)?;
        TotalIssuance::<T>::mutate(|t| *t = t.saturating_sub(amount));
        Ok(())
    }

    /// Removes a position's α from the hotkey's pool (its shares and their α), returning it.
    pub(crate) fn take_position(
        hotkey: &AccountId32,
        coldkey: &AccountId32,
        netuid: NetUid,
    ) -> u64 {
        let shares = Alpha::<T>::get((hotkey, coldkey, netuid)).bits;
        if shares == 0 {
            return 0;
        }
        let alpha = Self::stake_of(hotkey, coldkey, netuid);
        Alpha::<T>::remove((hotkey, coldkey, netuid));
        TotalHotkeyShares::<T>::mutate(hotkey, netuid, |s| s.bits = s.bits.saturating_sub(shares));
        TotalHotkeyAlpha::<T>::mutate(hotkey, netuid, |a| *a = a.saturating_sub(alpha));
        alpha
    }

    /// Adds α to a position at the pool's share price
    /// (`increase_stake_for_hotkey_and_coldkey_on_subnet`: the hotkey joins the coldkey's
    /// `StakingHotkeys`).
    pub(crate) fn put_position(
        hotkey: &AccountId32,
        coldkey: &AccountId32,
        netuid: NetUid,
        alpha: u64,
    ) {
        if alpha == 0 {
            return;
        }
        let total_shares = TotalHotkeyShares::<T>::get(hotkey, netuid).bits;
        let total_alpha = TotalHotkeyAlpha::<T>::get(hotkey, netuid);
        let shares = if total_shares == 0 || total_alpha == 0 {
            crate::types::FixedU128::from_int(alpha).bits
        } else {
            (U256::from(alpha) * U256::from(total_shares) / U256::from(total_alpha)).low_u128()
        };
        Alpha::<T>::mutate((hotkey, coldkey, netuid), |s| {
            s.bits = s.bits.saturating_add(shares)
        });
        TotalHotkeyShares::<T>::mutate(hotkey, netuid, |s| s.bits = s.bits.saturating_add(shares));
        TotalHotkeyAlpha::<T>::mutate(hotkey, netuid, |a| *a = a.saturating_add(alpha));
        StakingHotkeys::<T>::mutate(coldkey, |l| {
            if !l.contains(hotkey) {
                l.push(hotkey.clone());
            }
        });
    }

    /// `transfer_root_claimed_for_new_keys`: the already-claimed watermark of
    /// `(netuid, old hotkey, old coldkey)` is added to the new keys'.
    pub(crate) fn transfer_root_claimed(
        netuid: NetUid,
        old_hotkey: &AccountId32,
        new_hotkey: &AccountId32,
        old_coldkey: &AccountId32,
        new_coldkey: &AccountId32,
    ) {
        let old = RootClaimed::<T>::take((netuid, old_hotkey, old_coldkey));
        RootClaimed::<T>::mutate((netuid, new_hotkey, new_coldkey), |c| {
            *c = c.saturating_add(old)
        });
    }
}
