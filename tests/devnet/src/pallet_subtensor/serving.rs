//! `serve_axon`: the chain's checks (registration, ip type and address, rate limit, port), which
//! the transaction pool also runs, then the axon stored with the block it was served at.

use super::*;
use crate::types::{AxonInfo, NetUid};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    /// `is_valid_ip_address` with `allow_zero` (as for axons): IPv4 below `u32::MAX` and not
    /// 127.0.0.1; IPv6 not `u128::MAX` and not `::1`.
    fn valid_ip(ip_type: u8, ip: u128) -> bool {
        match ip_type {
            4 => ip < u32::MAX as u128 && ip != 0x7f00_0001,
            6 => ip != u128::MAX && ip != 1,
            _ => true,
        }
    }

    /// `validate_serve_axon`: registration, ip type, ip, rate limit, port (the checks the pool
    /// also runs).
    pub fn validate_serve_axon(
        who: &AccountId32,
        netuid: NetUid,
        axon: &AxonInfo,
    ) -> Result<(), Error<T>> {
        ensure!(
            Uids::<T>::get(netuid, who).is_some(),
            Error::<T>::HotKeyNotRegisteredInNetwork
        );
        ensure!(
            axon.ip_type == 4 || axon.ip_type == 6,
            Error::<T>::InvalidIpType
        );
        ensure!(
            Self::valid_ip(axon.ip_type, axon.ip),
            Error::<T>::InvalidIpAddress
        );
        let last = Axons::<T>::get(netuid, who).map(|a| a.block).unwrap_or(0);
        let limit = ServingRateLimit::<T>::get(netuid);
        let now = Self::block_number();
        ensure!(
            limit == 0 || last == 0 || now.saturating_sub(last) >= limit,
            Error::<T>::ServingRateLimitExceeded
        );
        ensure!(axon.port != 0, Error::<T>::InvalidPort);
        Ok(())
    }

    /// `serve_axon`: the subnet exists and [`Self::validate_serve_axon`] passes, then the axon
    /// is stored with the current block.
    pub fn do_serve_axon(
        who: &AccountId32,
        netuid: NetUid,
        version: u32,
        ip: u128,
        port: u16,
        ip_type: u8,
        protocol: u8,
        placeholder1: u8,
        placeholder2: u8,
    ) -> DispatchResult {
        let mut axon = AxonInfo {
            block: 0,
            version,
            ip,
            port,
            ip_type,
            protocol,
            placeholder1,
            placeholder2,
        };
        ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
        Self::validate_serve_axon(who, netuid, &axon)?;
        axon.block = Self::block_number();
        Axons::<T>::insert(netuid, who, axon);
        Self::deposit_event(Event::AxonServed(netuid, who.clone()));
        Ok(())
    }
}
