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
            Self::do_set_weights_call(
                &ensure_signed(origin)?,
                netuid,
                0,
                dests,
                weights,
                version_key,
            )
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
            Self::do_serve_axon(
                &ensure_signed(origin)?,
                netuid,
                version,
                ip,
                port,
                ip_type,
                protocol,
                placeholder1,
                placeholder2,
            )
        }

        #[pallet::call_index(65)]
        #[pallet::weight((Weight::from_parts(37_380_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn decrease_take(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            take: u16,
        ) -> DispatchResult {
            Self::do_decrease_take(&ensure_signed(origin)?, &hotkey, take)
        }

        #[pallet::call_index(66)]
        #[pallet::weight((Weight::from_parts(44_630_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn increase_take(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            take: u16,
        ) -> DispatchResult {
            Self::do_increase_take(&ensure_signed(origin)?, &hotkey, take)
        }

        #[pallet::call_index(67)]
        #[pallet::weight(Weight::from_parts(191_600_000, 0))]
        pub fn set_children(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            children: Vec<(u64, AccountId32)>,
        ) -> DispatchResult {
            Self::do_schedule_children(&ensure_signed(origin)?, hotkey, netuid, children)
        }

        #[pallet::call_index(75)]
        #[pallet::weight(Weight::from_parts(46_330_000, 0))]
        pub fn set_childkey_take(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            take: u16,
        ) -> DispatchResult {
            Self::do_set_childkey_take(&ensure_signed(origin)?, &hotkey, netuid, take)
        }

        #[pallet::call_index(96)]
        #[pallet::weight((Weight::from_parts(72_300_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn commit_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            commit_hash: H256,
        ) -> DispatchResult {
            Self::do_commit_weights(&ensure_signed(origin)?, netuid, 0, commit_hash)
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
            Self::do_reveal_weights(
                &ensure_signed(origin)?,
                netuid,
                0,
                uids,
                values,
                salt,
                version_key,
            )
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
            Self::do_batch_reveal_weights(
                &ensure_signed(origin)?,
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
            Self::do_commit_timelocked_weights(
                &ensure_signed(origin)?,
                netuid,
                0,
                commit,
                reveal_round,
                commit_reveal_version,
            )
        }

        #[pallet::call_index(68)]
        #[pallet::weight(Weight::from_parts(33_890_000, 0))]
        pub fn set_identity(
            origin: OriginFor<T>,
            name: Vec<u8>,
            url: Vec<u8>,
            github_repo: Vec<u8>,
            image: Vec<u8>,
            discord: Vec<u8>,
            description: Vec<u8>,
            additional: Vec<u8>,
        ) -> DispatchResult {
            Self::do_set_identity(
                &ensure_signed(origin)?,
                ChainIdentityV2 {
                    name,
                    url,
                    github_repo,
                    image,
                    discord,
                    description,
                    additional,
                },
            )
        }

        #[pallet::call_index(78)]
        #[pallet::weight(Weight::from_parts(17_910_000, 0))]
        pub fn set_subnet_identity(
            origin: OriginFor<T>,
            netuid: NetUid,
            subnet_name: Vec<u8>,
            github_repo: Vec<u8>,
            subnet_contact: Vec<u8>,
            subnet_url: Vec<u8>,
            discord: Vec<u8>,
            description: Vec<u8>,
            logo_url: Vec<u8>,
            additional: Vec<u8>,
        ) -> DispatchResult {
            Self::do_set_subnet_identity(
                &ensure_signed(origin)?,
                netuid,
                SubnetIdentityV3 {
                    subnet_name,
                    github_repo,
                    subnet_contact,
                    subnet_url,
                    discord,
                    description,
                    logo_url,
                    additional,
                },
            )
        }

        #[pallet::call_index(91)]
        #[pallet::weight(Weight::from_parts(10_560_000, 0))]
        pub fn try_associate_hotkey(origin: OriginFor<T>, hotkey: AccountId32) -> DispatchResult {
            Self::do_try_associate_hotkey(&ensure_signed(origin)?, &hotkey)
        }

        #[pallet::call_index(114)]
        #[pallet::weight(Weight::from_parts(29_030_000, 0))]
        pub fn set_coldkey_auto_stake_hotkey(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: AccountId32,
        ) -> DispatchResult {
            Self::do_set_coldkey_auto_stake_hotkey(&ensure_signed(origin)?, netuid, &hotkey)
        }

        #[pallet::call_index(115)]
        #[pallet::weight((Weight::from_parts(72_300_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn commit_mechanism_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            mecid: u8,
            commit_hash: H256,
        ) -> DispatchResult {
            Self::do_commit_weights(&ensure_signed(origin)?, netuid, mecid, commit_hash)
        }

        #[pallet::call_index(116)]
        #[pallet::weight((Weight::from_parts(103_000_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn reveal_mechanism_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            mecid: u8,
            uids: Vec<u16>,
            values: Vec<u16>,
            salt: Vec<u16>,
            version_key: u64,
        ) -> DispatchResult {
            Self::do_reveal_weights(
                &ensure_signed(origin)?,
                netuid,
                mecid,
                uids,
                values,
                salt,
                version_key,
            )
        }

        #[pallet::call_index(118)]
        #[pallet::weight((Weight::from_parts(77_750_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn commit_timelocked_mechanism_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            mecid: u8,
            commit: BoundedVec<u8, ConstU32<MAX_CRV3_COMMIT_SIZE_BYTES>>,
            reveal_round: u64,
            commit_reveal_version: u16,
        ) -> DispatchResult {
            Self::do_commit_timelocked_weights(
                &ensure_signed(origin)?,
                netuid,
                mecid,
                commit,
                reveal_round,
                commit_reveal_version,
            )
        }

        #[pallet::call_index(119)]
        #[pallet::weight((Weight::from_parts(15_540_000_000, 0), DispatchClass::Normal, Pays::No))]
        pub fn set_mechanism_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            mecid: u8,
            dests: Vec<u16>,
            weights: Vec<u16>,
            version_key: u64,
        ) -> DispatchResult {
            Self::do_set_weights_call(
                &ensure_signed(origin)?,
                netuid,
                mecid,
                dests,
                weights,
                version_key,
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
            Self::do_add_stake(
                ensure_signed(origin)?,
                hotkey,
                netuid,
                amount_staked,
                None,
                false,
            )
        }

        #[pallet::call_index(3)]
        #[pallet::weight(Weight::from_parts(196_800_000, 0))]
        pub fn remove_stake(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            amount_unstaked: AlphaCurrency,
        ) -> DispatchResult {
            Self::do_remove_stake(
                ensure_signed(origin)?,
                hotkey,
                netuid,
                amount_unstaked,
                None,
                false,
            )
        }

        #[pallet::call_index(7)]
        #[pallet::weight(Weight::from_parts(354_400_000, 0))]
        pub fn burned_register(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: AccountId32,
        ) -> DispatchResult {
            Self::do_burned_register(ensure_signed(origin)?, netuid, hotkey, None)
        }

        #[pallet::call_index(59)]
        #[pallet::weight(Weight::from_parts(235_400_000, 0))]
        pub fn register_network(origin: OriginFor<T>, hotkey: AccountId32) -> DispatchResult {
            Self::do_register_network(ensure_signed(origin)?, hotkey)
        }

        #[pallet::call_index(62)]
        #[pallet::weight(Weight::from_parts(120_000_000, 0))]
        pub fn root_register(origin: OriginFor<T>, hotkey: AccountId32) -> DispatchResult {
            Self::do_root_register(ensure_signed(origin)?, hotkey)
        }

        #[pallet::call_index(83)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn unstake_all(origin: OriginFor<T>, hotkey: AccountId32) -> DispatchResult {
            Self::do_unstake_all(ensure_signed(origin)?, hotkey)
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
            Self::do_move_stake(
                ensure_signed(origin)?,
                origin_hotkey,
                destination_hotkey,
                origin_netuid,
                destination_netuid,
                alpha_amount,
            )
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
            Self::do_transfer_stake(
                ensure_signed(origin)?,
                destination_coldkey,
                hotkey,
                origin_netuid,
                destination_netuid,
                alpha_amount,
            )
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
            Self::do_swap_stake(
                ensure_signed(origin)?,
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
            Self::do_add_stake(
                ensure_signed(origin)?,
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
            Self::do_remove_stake(
                ensure_signed(origin)?,
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
            Self::do_swap_stake(
                ensure_signed(origin)?,
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
            Self::do_start_call(ensure_signed(origin)?, netuid)
        }

        #[pallet::call_index(121)]
        #[pallet::weight(Weight::from_parts(120_000_000, 0))]
        pub fn claim_root(
            origin: OriginFor<T>,
            subnets: std::collections::BTreeSet<NetUid>,
        ) -> DispatchResult {
            Self::do_claim_root(ensure_signed(origin)?, subnets)
        }

        #[pallet::call_index(122)]
        #[pallet::weight(Weight::from_parts(20_000_000, 0))]
        pub fn set_root_claim_type(
            origin: OriginFor<T>,
            new_root_claim_type: RootClaimTypeEnum,
        ) -> DispatchResult {
            Self::do_set_root_claim_type(ensure_signed(origin)?, new_root_claim_type)
        }

        #[pallet::call_index(134)]
        #[pallet::weight(Weight::from_parts(354_400_000, 0))]
        pub fn register_limit(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: AccountId32,
            limit_price: TaoCurrency,
        ) -> DispatchResult {
            Self::do_burned_register(ensure_signed(origin)?, netuid, hotkey, Some(limit_price))
        }

        #[pallet::call_index(70)]
        #[pallet::weight(Weight::from_parts(275_300_000, 0))]
        pub fn swap_hotkey(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            new_hotkey: AccountId32,
            netuid: Option<NetUid>,
        ) -> DispatchResult {
            Self::do_swap_hotkey(&ensure_signed(origin)?, &hotkey, &new_hotkey, netuid, false)
        }

        #[pallet::call_index(72)]
        #[pallet::weight(Weight::from_parts(275_300_000, 0))]
        pub fn swap_hotkey_v2(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            new_hotkey: AccountId32,
            netuid: Option<NetUid>,
            keep_stake: bool,
        ) -> DispatchResult {
            Self::do_swap_hotkey(
                &ensure_signed(origin)?,
                &hotkey,
                &new_hotkey,
                netuid,
                keep_stake,
            )
        }

        #[pallet::call_index(71)]
        #[pallet::weight(Weight::from_parts(183_600_000, 0))]
        pub fn swap_coldkey(
            origin: OriginFor<T>,
            old_coldkey: AccountId32,
            new_coldkey: AccountId32,
            swap_cost: TaoCurrency,
        ) -> DispatchResult {
            ensure_root(origin)?;
            Self::do_root_swap_coldkey(&old_coldkey, &new_coldkey, swap_cost)
        }

        #[pallet::call_index(73)]
        #[pallet::weight(Weight::from_parts(5_000_000, 0))]
        pub fn schedule_swap_coldkey(
            _origin: OriginFor<T>,
            _new_coldkey: AccountId32,
        ) -> DispatchResult {
            Err(Error::<T>::Deprecated.into())
        }

        #[pallet::call_index(125)]
        #[pallet::weight(Weight::from_parts(32_000_000, 0))]
        pub fn announce_coldkey_swap(
            origin: OriginFor<T>,
            new_coldkey_hash: H256,
        ) -> DispatchResult {
            Self::do_announce_coldkey_swap(&ensure_signed(origin)?, new_coldkey_hash)
        }

        #[pallet::call_index(126)]
        #[pallet::weight(Weight::from_parts(183_600_000, 0))]
        pub fn swap_coldkey_announced(
            origin: OriginFor<T>,
            new_coldkey: AccountId32,
        ) -> DispatchResult {
            Self::do_swap_coldkey_announced(&ensure_signed(origin)?, &new_coldkey)
        }

        #[pallet::call_index(127)]
        #[pallet::weight(Weight::from_parts(20_000_000, 0))]
        pub fn dispute_coldkey_swap(origin: OriginFor<T>) -> DispatchResult {
            Self::do_dispute_coldkey_swap(&ensure_signed(origin)?)
        }

        #[pallet::call_index(128)]
        #[pallet::weight(Weight::from_parts(20_000_000, 0))]
        pub fn reset_coldkey_swap(origin: OriginFor<T>, coldkey: AccountId32) -> DispatchResult {
            ensure_root(origin)?;
            Self::do_reset_coldkey_swap(&coldkey)
        }

        #[pallet::call_index(112)]
        #[pallet::weight(Weight::from_parts(28_000_000, 0))]
        pub fn update_symbol(
            origin: OriginFor<T>,
            netuid: NetUid,
            symbol: Vec<u8>,
        ) -> DispatchResult {
            Self::do_update_symbol(ensure_signed_or_root(origin)?.as_ref(), netuid, symbol)
        }

        #[pallet::call_index(133)]
        #[pallet::weight(Weight::from_parts(17_890_000, 0))]
        pub fn clear_coldkey_swap_announcement(origin: OriginFor<T>) -> DispatchResult {
            Self::do_clear_coldkey_swap_announcement(&ensure_signed(origin)?)
        }

        #[pallet::call_index(136)]
        #[pallet::weight(Weight::from_parts(73_000_000, 0))]
        pub fn lock_stake(
            origin: OriginFor<T>,
            hotkey: AccountId32,
            netuid: NetUid,
            amount: AlphaCurrency,
        ) -> DispatchResult {
            Self::do_lock_stake(ensure_signed(origin)?, hotkey, netuid, amount)
        }

        #[pallet::call_index(137)]
        #[pallet::weight(Weight::from_parts(81_000_000, 0))]
        pub fn move_lock(
            origin: OriginFor<T>,
            destination_hotkey: AccountId32,
            netuid: NetUid,
        ) -> DispatchResult {
            Self::do_move_lock(ensure_signed(origin)?, destination_hotkey, netuid)
        }

        #[pallet::call_index(138)]
        #[pallet::weight(Weight::from_parts(42_000_000, 0))]
        pub fn set_perpetual_lock(
            origin: OriginFor<T>,
            netuid: NetUid,
            enabled: bool,
        ) -> DispatchResult {
            Self::do_set_perpetual_lock(ensure_signed(origin)?, netuid, enabled)
        }

        #[pallet::call_index(139)]
        #[pallet::weight(Weight::from_parts(31_000_000, 0))]
        pub fn set_tempo(origin: OriginFor<T>, netuid: NetUid, tempo: u16) -> DispatchResult {
            Self::do_set_tempo(ensure_signed(origin)?, netuid, tempo)
        }

        #[pallet::call_index(140)]
        #[pallet::weight(Weight::from_parts(27_000_000, 0))]
        pub fn set_activity_cutoff_factor(
            origin: OriginFor<T>,
            netuid: NetUid,
            factor_milli: u32,
        ) -> DispatchResult {
            Self::do_set_activity_cutoff_factor(
                ensure_signed_or_root(origin)?,
                netuid,
                factor_milli,
            )
        }

        #[pallet::call_index(141)]
        #[pallet::weight(Weight::from_parts(29_000_000, 0))]
        pub fn trigger_epoch(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
            Self::do_trigger_epoch(ensure_signed(origin)?, netuid)
        }

        #[pallet::call_index(142)]
        #[pallet::weight((Weight::from_parts(25_000_000, 0), DispatchClass::Normal, Pays::Yes))]
        pub fn set_reject_locked_alpha(origin: OriginFor<T>, enabled: bool) -> DispatchResult {
            Self::do_set_reject_locked_alpha(ensure_signed(origin)?, enabled)
        }
    }
}
