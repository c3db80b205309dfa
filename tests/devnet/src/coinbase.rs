//! TAO emission into the pools, and moving prices.
//!
//! Per block (the first four steps of the chain's `run_coinbase`): the TAO block emission by the
//! halving curve on `TotalIssuance`, shared among the emitting subnets by their moving (EMA)
//! prices; each subnet's share is injected into its pool as TAO and α at the pool's price, with
//! the α capped at `root_proportion · α emission`; what the cap leaves of the TAO buys α on the
//! pool without fee ("chain buy", the α goes to `SubnetProtocolAlpha`). After the coinbase the
//! moving prices move towards the current prices. Root dividends and their claims are in
//! [`crate::pallet_subtensor::root`].

use crate::pallet_subtensor::pool::pool_out;
use crate::pallet_subtensor::*;
use crate::types::{FixedI128, NetUid};
use std::collections::BTreeMap;
use substrate_fixed::types::{I96F32, U64F64, U96F32};

fn fx(v: u64) -> U96F32 {
    U96F32::saturating_from_num(v)
}

fn floor(v: U96F32) -> u64 {
    v.saturating_to_num::<u64>()
}

/// A stored `I96F32` (`FixedI128` bits) as `U64F64`, negative values as 0.
fn moving_price_u64f64(v: FixedI128) -> U64F64 {
    if v.bits <= 0 {
        return U64F64::from_num(0);
    }
    U64F64::saturating_from_num(I96F32::from_bits(v.bits))
}

/// What one subnet receives in one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Injection {
    /// TAO added to the pool's TAO reserve.
    pub tao_in: u64,
    /// α added to the pool's α reserve.
    pub alpha_in: u64,
    /// TAO that bought α on the pool.
    pub excess_tao: u64,
}

impl<T: Config> Pallet<T> {
    /// `root_proportion`: `tw·SubnetTAO[root] / (tw·SubnetTAO[root] + α issuance)`.
    pub fn root_proportion(netuid: NetUid) -> U96F32 {
        let issuance =
            SubnetAlphaIn::<T>::get(netuid).saturating_add(SubnetAlphaOut::<T>::get(netuid));
        let tw = tao::yuma::inherit::tao_weight(TaoWeight::<T>::get());
        let root_tao = fx(SubnetTAO::<T>::get(0)).saturating_mul(tw);
        root_tao
            .checked_div(root_tao.saturating_add(fx(issuance)))
            .unwrap_or(U96F32::from_num(0))
    }

    /// The moving price of a subnet (`get_moving_alpha_price`): 1 on root and stable subnets.
    pub fn moving_price(netuid: NetUid) -> U64F64 {
        if netuid == 0 || SubnetMechanism::<T>::get(netuid) == 0 {
            return U64F64::from_num(1);
        }
        moving_price_u64f64(SubnetMovingPrice::<T>::get(netuid))
    }

    /// Each emitting subnet's TAO emission this block (`get_subnet_block_emissions`): the block
    /// emission times the subnet's moving price over the sum of moving prices, renormalized
    /// (every subnet counts as not burning miner emission: the devnet keeps no `MinerBurned`).
    pub fn subnet_tao_emissions(
        subnets: &[NetUid],
        block_emission: u64,
    ) -> BTreeMap<NetUid, U96F32> {
        let zero = U64F64::from_num(0);
        let prices: Vec<(NetUid, U64F64)> = subnets
            .iter()
            .map(|n| (*n, Self::moving_price(*n)))
            .collect();
        let total = prices
            .iter()
            .fold(zero, |acc, (_, p)| acc.saturating_add(*p));
        let shares: Vec<(NetUid, U64F64)> = prices
            .into_iter()
            .map(|(n, p)| (n, p.checked_div(total).unwrap_or(zero)))
            .collect();
        let weight = shares
            .iter()
            .fold(zero, |acc, (_, s)| acc.saturating_add(*s));
        shares
            .into_iter()
            .map(|(n, s)| {
                let s = if weight > zero {
                    s.checked_div(weight).unwrap_or(zero)
                } else {
                    s
                };
                let e = U64F64::saturating_from_num(block_emission).saturating_mul(s);
                (n, U96F32::saturating_from_num(e))
            })
            .collect()
    }

    /// The split of one subnet's TAO emission into pool injection and chain buy
    /// (`get_subnet_terms`), from the state before any injection of this block.
    pub fn injection_terms(netuid: NetUid, tao_emission: U96F32) -> Injection {
        let zero = U96F32::from_num(0);
        let issuance =
            SubnetAlphaIn::<T>::get(netuid).saturating_add(SubnetAlphaOut::<T>::get(netuid));
        let alpha_emission = fx(crate::epoch::block_emission_for_issuance(issuance));
        let price = U96F32::saturating_from_num(Self::alpha_price(netuid));
        let mut tao_in = tao_emission;
        let mut alpha_in = tao_emission.checked_div(price).unwrap_or(zero);
        let cap = Self::root_proportion(netuid).saturating_mul(alpha_emission);
        if alpha_in > cap {
            alpha_in = cap;
            tao_in = alpha_in.saturating_mul(price);
        }
        let excess = tao_emission.saturating_sub(tao_in);
        Injection {
            tao_in: floor(tao_in),
            alpha_in: floor(alpha_in),
            excess_tao: floor(excess),
        }
    }

    /// Steps 1-4 of the block's coinbase for the TAO side: emission, shares, injection and
    /// chain buys. Returns what each subnet received.
    pub fn emit_tao(subnets: &[NetUid]) -> BTreeMap<NetUid, Injection> {
        let emission = crate::epoch::block_emission_for_issuance(TotalIssuance::<T>::get());
        if BlockEmission::<T>::get() != emission {
            BlockEmission::<T>::put(emission);
        }
        let emissions = Self::subnet_tao_emissions(subnets, emission);
        let terms: BTreeMap<NetUid, Injection> = emissions
            .iter()
            .map(|(n, e)| (*n, Self::injection_terms(*n, *e)))
            .collect();
        let mut done = BTreeMap::new();
        for (&netuid, t) in &terms {
            let mut got = Injection::default();
            SubnetExcessTao::<T>::insert(netuid, 0);
            SubnetTaoInEmission::<T>::insert(netuid, 0);
            if t.excess_tao > 0 && Self::chain_buy(netuid, t.excess_tao).is_some() {
                SubnetExcessTao::<T>::insert(netuid, t.excess_tao);
                got.excess_tao = t.excess_tao;
            }
            SubnetAlphaInEmission::<T>::insert(netuid, t.alpha_in);
            SubnetAlphaIn::<T>::mutate(netuid, |v| *v = v.saturating_add(t.alpha_in));
            got.alpha_in = t.alpha_in;
            if t.tao_in > 0 {
                SubnetTaoInEmission::<T>::insert(netuid, t.tao_in);
                SubnetTAO::<T>::mutate(netuid, |v| *v = v.saturating_add(t.tao_in));
                TotalStake::<T>::mutate(|v| *v = v.saturating_add(t.tao_in));
                got.tao_in = t.tao_in;
            }
            TotalIssuance::<T>::mutate(|v| {
                *v = v.saturating_add(got.tao_in).saturating_add(got.excess_tao)
            });
            done.insert(netuid, got);
        }
        done
    }

    /// Buys α with `tao` on the pool without fee; the α goes to `SubnetProtocolAlpha`.
    fn chain_buy(netuid: NetUid, tao: u64) -> Option<u64> {
        let x = SubnetAlphaIn::<T>::get(netuid);
        let y = SubnetTAO::<T>::get(netuid);
        let alpha = pool_out::<T>(x, y, tao).ok()?;
        SubnetTAO::<T>::mutate(netuid, |v| *v = v.saturating_add(tao));
        SubnetAlphaIn::<T>::mutate(netuid, |v| *v = v.saturating_sub(alpha));
        SubnetAlphaOut::<T>::mutate(netuid, |v| *v = v.saturating_add(alpha));
        SubnetVolume::<T>::mutate(netuid, |v| *v = v.saturating_add(tao as u128));
        TotalStake::<T>::mutate(|v| *v = v.saturating_add(tao));
        SubnetProtocolAlpha::<T>::mutate(netuid, |v| *v = v.saturating_add(alpha));
        Some(alpha)
    }

    /// `update_moving_price` for each emitting subnet, after the coinbase:
    /// `a = SubnetMovingAlpha · b / (b + EMAPriceHalvingBlocks)` with `b` the blocks since
    /// `start_call`, `new = a · min(price, 1) + (1 − a) · old` (`U64F64`).
    pub fn update_moving_prices(subnets: &[NetUid]) {
        let now = Self::block_number();
        for &netuid in subnets {
            let start = FirstEmissionBlockNumber::<T>::get(netuid)
                .unwrap_or_default()
                .saturating_sub(1);
            let blocks = U64F64::saturating_from_num(now.saturating_sub(start));
            let halving = U64F64::saturating_from_num(EMAPriceHalvingBlocks::<T>::get(netuid));
            let ma = moving_price_u64f64(SubnetMovingAlpha::<T>::get());
            let a = ma.saturating_mul(
                blocks
                    .checked_div(blocks.saturating_add(halving))
                    .unwrap_or(U64F64::from_num(0)),
            );
            let one = U64F64::from_num(1);
            let price = Self::alpha_price(netuid).min(one);
            let new = a.saturating_mul(price).saturating_add(
                one.saturating_sub(a)
                    .saturating_mul(Self::moving_price(netuid)),
            );
            SubnetMovingPrice::<T>::insert(
                netuid,
                FixedI128 {
                    bits: I96F32::saturating_from_num(new).to_bits(),
                },
            );
        }
    }
}
