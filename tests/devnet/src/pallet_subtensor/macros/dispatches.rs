//! The pallet's calls: the chain's names, indices, argument names and types, weights and
//! `Pays` classes.

#[frame_support::pallet_macros::pallet_section]
mod dispatches {
    #[pallet::call]
    impl<T: Config> Pallet<T> {
        #[pallet::call_index(0)]
        #[pallet::weight((Weight::from_parts(15_540_000_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn set_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            dests: Vec<u16>,
            weights: Vec<u16>,
            version_key: u64,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            ensure!(
                !CommitRevealWeightsEnabled::<T>::get(netuid),
                Error::<T>::CommitRevealEnabled
            );
            Self::do_set_weights(&who, netuid, dests, weights, version_key)
        }

        #[pallet::call_index(4)]
        #[pallet::weight((Weight::from_parts(33_010_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn serve_axon(
            origin: OriginFor<T>,
            netuid: NetUid,
            version: u32,
            ip: u128,
            port: u16,
            ip_type: u8,
            protocol: u8,
            placeholder1: u8,
            placeholder2: u8,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_serve_axon(
                &who,
                netuid,
                AxonInfo {
                    block: 0,
                    version,
                    ip,
                    port,
                    ip_type,
                    protocol,
                    placeholder1,
                    placeholder2,
                },
            )
        }

        #[pallet::call_index(65)]
        #[pallet::weight((Weight::from_parts(37_380_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn decrease_take(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            take: u16,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_decrease_take(&who, &hotkey, take)
        }

        #[pallet::call_index(66)]
        #[pallet::weight((Weight::from_parts(44_630_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn increase_take(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            take: u16,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_increase_take(&who, &hotkey, take)
        }

        #[pallet::call_index(67)]
        #[pallet::weight(Weight::from_parts(191_600_000, 0))]
        pub fn set_children(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            children: Vec<(u64, AccountId32)>,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_schedule_children(&who, hotkey, netuid, children)
        }

        #[pallet::call_index(75)]
        #[pallet::weight(Weight::from_parts(46_330_000, 0))]
        pub fn set_childkey_take(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            take: u16,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_set_childkey_take(&who, &hotkey, netuid, take)
        }

        #[pallet::call_index(96)]
        #[pallet::weight((Weight::from_parts(72_300_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn commit_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            commit_hash: H256,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_commit_weights(&who, netuid, commit_hash)
        }

        #[pallet::call_index(97)]
        #[pallet::weight((Weight::from_parts(103_000_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn reveal_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            uids: Vec<u16>,
            values: Vec<u16>,
            salt: Vec<u16>,
            version_key: u64,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_reveal_weights(&who, netuid, uids, values, salt, version_key)
        }

        #[pallet::call_index(98)]
        #[pallet::weight((Weight::from_parts(420_500_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn batch_reveal_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            uids_list: Vec<Vec<u16>>,
            values_list: Vec<Vec<u16>>,
            salts_list: Vec<Vec<u16>>,
            version_keys: Vec<u64>,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_batch_reveal_weights(
                &who,
                netuid,
                uids_list,
                values_list,
                salts_list,
                version_keys,
            )
        }

        #[pallet::call_index(113)]
        #[pallet::weight((Weight::from_parts(77_750_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn commit_timelocked_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            commit: BoundedVec<u8, ConstU32<MAX_CRV3_COMMIT_SIZE_BYTES>>,
            reveal_round: u64,
            commit_reveal_version: u16,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            Self::do_commit_timelocked_weights(
                &who,
                netuid,
                commit,
                reveal_round,
                commit_reveal_version,
            )
        }

        #[pallet::call_index(2)]
        #[pallet::weight(Weight::from_parts(340_800_000, 0))]
        pub fn add_stake(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            amount_staked: TaoCurrency,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_add_stake(coldkey, hotkey, netuid, amount_staked, None, false)
        }

        #[pallet::call_index(3)]
        #[pallet::weight(Weight::from_parts(196_800_000, 0))]
        pub fn remove_stake(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            amount_unstaked: AlphaCurrency,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_remove_stake(coldkey, hotkey, netuid, amount_unstaked, None, false)
        }

        #[pallet::call_index(7)]
        #[pallet::weight(Weight::from_parts(354_400_000, 0))]
        pub fn burned_register(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: AccountId32,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_burned_register(coldkey, netuid, hotkey, None)
        }

        #[pallet::call_index(59)]
        #[pallet::weight(Weight::from_parts(235_400_000, 0))]
        pub fn register_network(origin: OriginFor<T>, hotkey: AccountId32) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_register_network(coldkey, hotkey)
        }

        #[pallet::call_index(62)]
        #[pallet::weight(Weight::from_parts(120_000_000, 0))]
        pub fn root_register(origin: OriginFor<T>, hotkey: AccountId32) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_root_register(coldkey, hotkey)
        }

        #[pallet::call_index(83)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn unstake_all(origin: OriginFor<T>, hotkey: AccountId32) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_unstake_all(coldkey, hotkey)
        }

        #[pallet::call_index(85)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn move_stake(
            origin: OriginFor<T>,
            origin_hotkey: AccountId32,
            destination_hotkey: AccountId32,
            origin_netuid: NetUid,
            destination_netuid: NetUid,
            alpha_amount: AlphaCurrency,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            let tao = Self::do_transition(Transition {
                origin_coldkey: coldkey.clone(),
                destination_coldkey: coldkey.clone(),
                origin_hotkey: origin_hotkey.clone(),
                destination_hotkey: destination_hotkey.clone(),
                origin_netuid,
                destination_netuid,
                alpha_amount,
                limit: None,
                allow_same_netuid: true,
                check_transfer_toggle: false,
            })?;
            Self::deposit_event(Event::StakeMoved(
                coldkey,
                origin_hotkey,
                origin_netuid,
                destination_hotkey,
                destination_netuid,
                tao,
            ));
            Ok(())
        }

        #[pallet::call_index(86)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn transfer_stake(
            origin: OriginFor<T>,
            destination_coldkey: AccountId32,
            hotkey: AccountId32,
            origin_netuid: NetUid,
            destination_netuid: NetUid,
            alpha_amount: AlphaCurrency,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            let tao = Self::do_transition(Transition {
                origin_coldkey: coldkey.clone(),
                destination_coldkey: destination_coldkey.clone(),
                origin_hotkey: hotkey.clone(),
                destination_hotkey: hotkey.clone(),
                origin_netuid,
                destination_netuid,
                alpha_amount,
                limit: None,
                allow_same_netuid: true,
                check_transfer_toggle: true,
            })?;
            Self::deposit_event(Event::StakeTransferred(
                coldkey,
                destination_coldkey,
                hotkey,
                origin_netuid,
                destination_netuid,
                tao,
            ));
            Ok(())
        }

        #[pallet::call_index(87)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn swap_stake(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            origin_netuid: NetUid,
            destination_netuid: NetUid,
            alpha_amount: AlphaCurrency,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_swap_stake(
                coldkey,
                hotkey,
                origin_netuid,
                destination_netuid,
                alpha_amount,
                None,
            )
        }

        #[pallet::call_index(88)]
        #[pallet::weight(Weight::from_parts(340_800_000, 0))]
        pub fn add_stake_limit(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            amount_staked: TaoCurrency,
            limit_price: TaoCurrency,
            allow_partial: bool,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_add_stake(
                coldkey,
                hotkey,
                netuid,
                amount_staked,
                Some(limit_price),
                allow_partial,
            )
        }

        #[pallet::call_index(89)]
        #[pallet::weight(Weight::from_parts(196_800_000, 0))]
        pub fn remove_stake_limit(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            amount_unstaked: AlphaCurrency,
            limit_price: TaoCurrency,
            allow_partial: bool,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_remove_stake(
                coldkey,
                hotkey,
                netuid,
                amount_unstaked,
                Some(limit_price),
                allow_partial,
            )
        }

        #[pallet::call_index(90)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn swap_stake_limit(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            origin_netuid: NetUid,
            destination_netuid: NetUid,
            alpha_amount: AlphaCurrency,
            limit_price: TaoCurrency,
            allow_partial: bool,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_swap_stake(
                coldkey,
                hotkey,
                origin_netuid,
                destination_netuid,
                alpha_amount,
                Some((limit_price, allow_partial)),
            )
        }

        #[pallet::call_index(92)]
        #[pallet::weight(Weight::from_parts(40_000_000, 0))]
        pub fn start_call(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            ensure!(Self::if_subnet_exist(netuid), Error::<T>::SubnetNotExists);
            ensure!(
                SubnetOwner::<T>::get(netuid) == coldkey,
                DispatchError::BadOrigin
            );
            ensure!(
                FirstEmissionBlockNumber::<T>::get(netuid).is_none(),
                Error::<T>::FirstEmissionBlockNumberAlreadySet
            );
            let now = Self::block_number();
            ensure!(
                now >= NetworkRegisteredAt::<T>::get(netuid)
                    .saturating_add(StartCallDelay::<T>::get()),
                Error::<T>::NeedWaitingMoreBlocksToStarCall
            );
            let first = now.saturating_add(1);
            FirstEmissionBlockNumber::<T>::insert(netuid, first);
            SubtokenEnabled::<T>::insert(netuid, true);
            Self::deposit_event(Event::FirstEmissionBlockNumberSet(netuid, first));
            Ok(())
        }

        #[pallet::call_index(121)]
        #[pallet::weight(Weight::from_parts(120_000_000, 0))]
        pub fn claim_root(
            origin: OriginFor<T>,
            subnets: std::collections::BTreeSet<NetUid>,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_claim_root(coldkey, subnets)
        }

        #[pallet::call_index(122)]
        #[pallet::weight(Weight::from_parts(20_000_000, 0))]
        pub fn set_root_claim_type(
            origin: OriginFor<T>,
            new_root_claim_type: RootClaimTypeEnum,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            if let RootClaimTypeEnum::KeepSubnets { subnets } = &new_root_claim_type {
                ensure!(!subnets.is_empty(), Error::<T>::InvalidSubnetNumber);
            }
            RootClaimType::<T>::insert(&coldkey, new_root_claim_type.clone());
            Self::deposit_event(Event::RootClaimTypeSet {
                coldkey,
                root_claim_type: new_root_claim_type,
            });
            Ok(())
        }

        #[pallet::call_index(134)]
        #[pallet::weight(Weight::from_parts(354_400_000, 0))]
        pub fn register_limit(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: AccountId32,
            limit_price: TaoCurrency,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_burned_register(coldkey, netuid, hotkey, Some(limit_price))
        }
    }
}
