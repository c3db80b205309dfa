//! `set_identity` and `set_subnet_identity`: a coldkey's and a subnet's identity, with the
//! chain's checks (a registered hotkey of the coldkey, subnet ownership, field lengths).

use super::*;
use crate::types::{ChainIdentityV2, NetUid, SubnetIdentityV3};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;

/// Field limits in bytes of a coldkey identity, in the chain's field order.
pub const IDENTITY_LIMITS: [(&str, usize); 7] = [
    ("name", 256),
    ("url", 256),
    ("github_repo", 256),
    ("image", 1024),
    ("discord", 256),
    ("description", 1024),
    ("additional", 1024),
];

/// Field limits in bytes of a subnet identity.
pub const SUBNET_IDENTITY_LIMITS: [(&str, usize); 8] = [
    ("subnet_name", 256),
    ("github_repo", 1024),
    ("subnet_contact", 1024),
    ("subnet_url", 1024),
    ("discord", 256),
    ("description", 1024),
    ("logo_url", 1024),
    ("additional", 1024),
];

fn within(fields: &[&Vec<u8>], limits: &[(&str, usize)]) -> bool {
    fields
        .iter()
        .zip(limits)
        .all(|(f, (_, max))| f.len() <= *max)
}

impl<T: Config> Pallet<T> {
    /// `set_identity` for `coldkey`.
    pub fn do_set_identity(coldkey: &AccountId32, identity: ChainIdentityV2) -> DispatchResult {
        // A hotkey of the coldkey with a uid on some subnet (the chain reads `IsNetworkMember`;
        // the devnet keeps the same fact in `Uids`).
        let owned = OwnedHotkeys::<T>::get(coldkey);
        let registered = Uids::<T>::iter_keys().any(|(_, h)| owned.contains(&h));
        ensure!(registered, Error::<T>::HotKeyNotRegisteredInNetwork);
        let i = &identity;
        ensure!(
            within(
                &[
                    &i.name,
                    &i.url,
                    &i.github_repo,
                    &i.image,
                    &i.discord,
                    &i.description,
                    &i.additional
                ],
                &IDENTITY_LIMITS
            ),
            Error::<T>::InvalidIdentity
        );
        IdentitiesV2::<T>::insert(coldkey, identity);
        Self::deposit_event(Event::ChainIdentitySet(coldkey.clone()));
        Ok(())
    }

    /// `set_subnet_identity` for `coldkey`.
    pub fn do_set_subnet_identity(
        coldkey: &AccountId32,
        netuid: NetUid,
        identity: SubnetIdentityV3,
    ) -> DispatchResult {
        ensure!(
            &SubnetOwner::<T>::get(netuid) == coldkey,
            Error::<T>::NotSubnetOwner
        );
        let i = &identity;
        ensure!(
            within(
                &[
                    &i.subnet_name,
                    &i.github_repo,
                    &i.subnet_contact,
                    &i.subnet_url,
                    &i.discord,
                    &i.description,
                    &i.logo_url,
                    &i.additional
                ],
                &SUBNET_IDENTITY_LIMITS
            ),
            Error::<T>::InvalidIdentity
        );
        SubnetIdentitiesV3::<T>::insert(netuid, identity);
        Self::deposit_event(Event::SubnetIdentitySet(netuid));
        Ok(())
    }
}
