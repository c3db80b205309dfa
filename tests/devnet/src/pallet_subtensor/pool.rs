//! The subnet pool that staking trades through (on the chain, the swap pallet): constant product
//! with equal weights, the chain's fee rate on dynamic subnets and none on root or stable ones.
//! Prices, buy and sell simulations, the swaps themselves, and the largest amounts a limit price
//! admits.

use super::*;
use crate::types::NetUid;
use sp_core::U256;

impl<T: Config> Pallet<T> {
    /// Price of one α in rao (1e9 = 1.0).
    pub fn current_price(netuid: NetUid) -> u64 {
        if !Self::is_dynamic(netuid) {
            return UNIT;
        }
        let x = SubnetAlphaIn::<T>::get(netuid) as u128;
        let y = SubnetTAO::<T>::get(netuid) as u128;
        if x == 0 {
            return 0;
        }
        (y * UNIT as u128 / x).min(u64::MAX as u128) as u64
    }

    /// The pool price as the swap pallet computes it (`current_alpha_price`, `U64F64`): 1 on
    /// root and stable subnets, `TAO reserve / α reserve` on dynamic ones (equal weights), 0
    /// with an empty α reserve.
    pub fn alpha_price(netuid: NetUid) -> substrate_fixed::types::U64F64 {
        use substrate_fixed::types::U64F64;
        if !Self::is_dynamic(netuid) {
            return U64F64::from_num(1);
        }
        let x = U64F64::saturating_from_num(SubnetAlphaIn::<T>::get(netuid));
        let y = U64F64::saturating_from_num(SubnetTAO::<T>::get(netuid));
        y.checked_div(x).unwrap_or(U64F64::from_num(0))
    }

    pub fn fee_rate(netuid: NetUid) -> u64 {
        if Self::is_dynamic(netuid) {
            FEE_RATE
        } else {
            0
        }
    }

    /// Simulates buying α with `tao` (gross): `(alpha_out, tao_fee)`.
    pub fn sim_buy(netuid: NetUid, tao: u64) -> Result<(u64, u64), Error<T>> {
        if !Self::is_dynamic(netuid) {
            return Ok((tao, 0));
        }
        let fee = (tao as u128 * FEE_RATE as u128 / 65535) as u64;
        let net = tao - fee;
        let x = SubnetAlphaIn::<T>::get(netuid);
        let y = SubnetTAO::<T>::get(netuid);
        let out = pool_out(x, y, net)?;
        Ok((out, fee))
    }

    /// Simulates selling `alpha` (gross): `(tao_out, alpha_fee)`.
    pub fn sim_sell(netuid: NetUid, alpha: u64) -> Result<(u64, u64), Error<T>> {
        if !Self::is_dynamic(netuid) {
            return Ok((alpha, 0));
        }
        let fee = (alpha as u128 * FEE_RATE as u128 / 65535) as u64;
        let net = alpha - fee;
        let x = SubnetAlphaIn::<T>::get(netuid);
        let y = SubnetTAO::<T>::get(netuid);
        let out = pool_out(y, x, net)?;
        Ok((out, fee))
    }

    pub(crate) fn swap_tao_for_alpha(netuid: NetUid, tao: u64) -> Result<(u64, u64), Error<T>> {
        let (alpha, fee) = Self::sim_buy(netuid, tao)?;
        let net = tao - fee;
        SubnetTAO::<T>::mutate(netuid, |v| *v = v.saturating_add(net));
        if Self::is_dynamic(netuid) {
            SubnetAlphaIn::<T>::mutate(netuid, |v| *v = v.saturating_sub(alpha));
        }
        SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_add(alpha));
        SubnetVolume::<T>::mutate(netuid, |v| *v = v.saturating_add(tao as u128));
        TotalStake::<T>::mutate(|v| *v = v.saturating_add(net));
        Ok((alpha, fee))
    }

    pub(crate) fn swap_alpha_for_tao(netuid: NetUid, alpha: u64) -> Result<(u64, u64), Error<T>> {
        let (tao, fee) = Self::sim_sell(netuid, alpha)?;
        let net = alpha - fee;
        SubnetTAO::<T>::mutate(netuid, |v| *v = v.saturating_sub(tao));
        if Self::is_dynamic(netuid) {
            SubnetAlphaIn::<T>::mutate(netuid, |v| *v = v.saturating_add(net));
        }
        SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_sub(alpha));
        SubnetVolume::<T>::mutate(netuid, |v| *v = v.saturating_add(tao as u128));
        TotalStake::<T>::mutate(|v| *v = v.saturating_sub(tao));
        Ok((tao, fee))
    }

    /// Largest TAO amount that keeps the price at or below `limit_price` after the buy.
    pub fn max_amount_add(netuid: NetUid, limit_price: u64) -> u64 {
        if !Self::is_dynamic(netuid) {
            return if limit_price >= UNIT { u64::MAX } else { 0 };
        }
        let price = Self::current_price(netuid);
        if limit_price <= price {
            return 0;
        }
        let x = U256::from(SubnetAlphaIn::<T>::get(netuid));
        let y = U256::from(SubnetTAO::<T>::get(netuid));
        let target = (U256::from(limit_price) * x * y / U256::from(UNIT)).integer_sqrt();
        if target <= y {
            return 0;
        }
        let net = target - y;
        let gross = net * U256::from(65535u64) / U256::from(65535 - FEE_RATE);
        u256_to_u64(gross)
    }

    /// Largest α amount that keeps the price at or above `limit_price` after the sale.
    pub fn max_amount_remove(netuid: NetUid, limit_price: u64) -> u64 {
        if !Self::is_dynamic(netuid) {
            return if limit_price <= UNIT { u64::MAX } else { 0 };
        }
        if limit_price == 0 {
            return u64::MAX;
        }
        let price = Self::current_price(netuid);
        if limit_price >= price {
            return 0;
        }
        let x = U256::from(SubnetAlphaIn::<T>::get(netuid));
        let y = U256::from(SubnetTAO::<T>::get(netuid));
        let target = (x * y * U256::from(UNIT) / U256::from(limit_price)).integer_sqrt();
        if target <= x {
            return 0;
        }
        let net = target - x;
        let gross = net * U256::from(65535u64) / U256::from(65535 - FEE_RATE);
        u256_to_u64(gross)
    }
}

/// A `U256` as `u64`, saturating at `u64::MAX`.
pub(crate) fn u256_to_u64(v: U256) -> u64 {
    if v > U256::from(u64::MAX) {
        u64::MAX
    } else {
        v.low_u64()
    }
}

/// Constant-product output for `input` (net of fee) into a pool with reserves
/// `(out_reserve, in_reserve)`.
pub(crate) fn pool_out<T: Config>(
    out_reserve: u64,
    in_reserve: u64,
    input: u64,
) -> Result<u64, Error<T>> {
    if out_reserve < MIN_RESERVE || in_reserve < MIN_RESERVE {
        return Err(Error::<T>::InsufficientLiquidity);
    }
    if input as u128 > in_reserve as u128 * 1000 {
        return Err(Error::<T>::InsufficientLiquidity);
    }
    let out = out_reserve as u128 * input as u128 / (in_reserve as u128 + input as u128);
    if out == 0 && input > 0 {
        return Err(Error::<T>::InsufficientLiquidity);
    }
    Ok(out as u64)
}
