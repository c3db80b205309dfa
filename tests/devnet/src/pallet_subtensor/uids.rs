//! Neuron slots: a new uid at the end of the subnet, or a replaced one with its per-uid entries
//! reset (in every mechanism for the weights, last updates and incentive).

use super::*;
use crate::types::NetUid;
use sp_runtime::AccountId32;

impl<T: Config> Pallet<T> {
    /// Adds or replaces a neuron; returns its uid.
    pub fn append_neuron(netuid: NetUid, hotkey: &AccountId32, uid: Option<u16>) -> u16 {
        let now = Self::block_number();
        let n = SubnetworkN::<T>::get(netuid);
        let uid = match uid {
            Some(uid) if uid < n => {
                let old = Keys::<T>::get(netuid, uid);
                Uids::<T>::remove(netuid, &old);
                IsNetworkMember::<T>::remove(&old, netuid);
                for index in Self::mechanism_indices(netuid) {
                    Weights::<T>::remove(index, uid);
                    set_at::<u64>(&mut LastUpdate::<T>::get(index), uid, now, |v| {
                        LastUpdate::<T>::insert(index, v)
                    });
                    set_at::<u16>(&mut Incentive::<T>::get(index), uid, 0, |v| {
                        Incentive::<T>::insert(index, v)
                    });
                }
                set_at::<bool>(&mut Active::<T>::get(netuid), uid, true, |v| {
                    Active::<T>::insert(netuid, v)
                });
                set_at::<bool>(&mut ValidatorPermit::<T>::get(netuid), uid, false, |v| {
                    ValidatorPermit::<T>::insert(netuid, v)
                });
                set_at::<u64>(&mut Emission::<T>::get(netuid), uid, 0, |v| {
                    Emission::<T>::insert(netuid, v)
                });
                for map in [
                    Dividends::<T>::get(netuid),
                    Consensus::<T>::get(netuid),
                    ValidatorTrust::<T>::get(netuid),
                ]
                .iter()
                .enumerate()
                {
                    let mut v = map.1.clone();
                    if let Some(e) = v.get_mut(uid as usize) {
                        *e = 0;
                    }
                    match map.0 {
                        0 => Dividends::<T>::insert(netuid, v),
                        1 => Consensus::<T>::insert(netuid, v),
                        _ => ValidatorTrust::<T>::insert(netuid, v),
                    }
                }
                uid
            }
            _ => {
                SubnetworkN::<T>::insert(netuid, n + 1);
                Active::<T>::append(netuid, true);
                ValidatorPermit::<T>::append(netuid, false);
                for index in Self::mechanism_indices(netuid) {
                    LastUpdate::<T>::append(index, now);
                    Incentive::<T>::append(index, 0u16);
                }
                Emission::<T>::append(netuid, 0u64);
                Dividends::<T>::append(netuid, 0u16);
                Consensus::<T>::append(netuid, 0u16);
                ValidatorTrust::<T>::append(netuid, 0u16);
                n
            }
        };
        Keys::<T>::insert(netuid, uid, hotkey);
        Uids::<T>::insert(netuid, hotkey, uid);
        IsNetworkMember::<T>::insert(hotkey, netuid, true);
        BlockAtRegistration::<T>::insert(netuid, uid, now);
        uid
    }
}

/// Writes `value` at `uid` (when the vector reaches it) and stores the vector.
fn set_at<V: Clone>(vec: &mut [V], uid: u16, value: V, store: impl FnOnce(Vec<V>)) {
    if let Some(e) = vec.get_mut(uid as usize) {
        *e = value;
    }
    store(vec.to_vec());
}
