//! The pallet's constants that clients read from the metadata (the chain declares them as
//! `Config` constants; the devnet's values are the `swap` module's).

#[frame_support::pallet_macros::pallet_section]
mod constants {
    #[pallet::extra_constants]
    impl<T: Config> Pallet<T> {
        /// Recycled by a hotkey swap on every subnet and a coldkey swap's first announcement.
        #[pallet::constant_name(KeySwapCost)]
        pub fn key_swap_cost() -> u64 {
            swap::KEY_SWAP_COST
        }
        /// Recycled by a hotkey swap on one subnet.
        #[pallet::constant_name(KeySwapOnSubnetCost)]
        pub fn key_swap_on_subnet_cost() -> u64 {
            swap::KEY_SWAP_ON_SUBNET_COST
        }
        /// Blocks between two hotkey swaps of a coldkey on a subnet.
        #[pallet::constant_name(HotkeySwapOnSubnetInterval)]
        pub fn hotkey_swap_on_subnet_interval() -> u64 {
            swap::HOTKEY_SWAP_ON_SUBNET_INTERVAL
        }
        /// The initial `TxRateLimit`.
        #[pallet::constant_name(InitialTxRateLimit)]
        pub fn initial_tx_rate_limit() -> u64 {
            swap::INITIAL_TX_RATE_LIMIT
        }
        /// The initial `ColdkeySwapAnnouncementDelay`.
        #[pallet::constant_name(InitialColdkeySwapAnnouncementDelay)]
        pub fn initial_coldkey_swap_announcement_delay() -> u32 {
            swap::COLDKEY_SWAP_ANNOUNCEMENT_DELAY
        }
        /// The initial `ColdkeySwapReannouncementDelay`.
        #[pallet::constant_name(InitialColdkeySwapReannouncementDelay)]
        pub fn initial_coldkey_swap_reannouncement_delay() -> u32 {
            swap::COLDKEY_SWAP_REANNOUNCEMENT_DELAY
        }
    }
}
