//! The pallet's hooks: per-block registration counters and burn decay, then the block step
//! (coinbase and epochs, `crate::epoch`).

#[frame_support::pallet_macros::pallet_section]
mod hooks {
    #[pallet::hooks]
    impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
        fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
            for (netuid, added) in NetworksAdded::<T>::iter() {
                if !added {
                    continue;
                }
                RegistrationsThisBlock::<T>::remove(netuid);
                if netuid != 0 {
                    Self::decay_burn(netuid);
                }
            }
            Self::block_step();
            Weight::zero()
        }
    }
}
