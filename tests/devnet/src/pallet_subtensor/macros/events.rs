//! The pallet's events: the chain's variants at the chain's indices, with its field types.

#[frame_support::pallet_macros::pallet_section]
mod events {
    #[pallet::event]
    #[pallet::generate_deposit(pub(crate) fn deposit_event)]
    pub enum Event<T: Config> {
        /// A subnet was created (netuid, mechanism).
        #[codec(index = 0)]
        NetworkAdded(NetUid, u16),
        /// Stake added: (coldkey, hotkey, tao, alpha, netuid, fee).
        #[codec(index = 2)]
        StakeAdded(
            AccountId32,
            AccountId32,
            TaoCurrency,
            AlphaCurrency,
            NetUid,
            u64,
        ),
        /// Stake removed: (coldkey, hotkey, tao, alpha, netuid, fee).
        #[codec(index = 3)]
        StakeRemoved(
            AccountId32,
            AccountId32,
            TaoCurrency,
            AlphaCurrency,
            NetUid,
            u64,
        ),
        /// Stake moved: (coldkey, origin hotkey, origin netuid, destination hotkey,
        /// destination netuid, tao).
        #[codec(index = 4)]
        StakeMoved(
            AccountId32,
            AccountId32,
            NetUid,
            AccountId32,
            NetUid,
            TaoCurrency,
        ),
        /// Weights set: (netuid index, uid).
        #[codec(index = 5)]
        WeightsSet(NetUid, u16),
        /// A neuron registered: (netuid, uid, hotkey).
        #[codec(index = 6)]
        NeuronRegistered(NetUid, u16, AccountId32),
        /// Burn cost set: (netuid, burn).
        #[codec(index = 36)]
        BurnSet(NetUid, TaoCurrency),
        /// An axon was served: (netuid, hotkey).
        #[codec(index = 28)]
        AxonServed(NetUid, AccountId32),
        /// A childkey take was set: (hotkey, take).
        #[codec(index = 46)]
        ChildKeyTakeSet(AccountId32, u16),
        /// Children were scheduled: (hotkey, netuid, block after which they apply, children).
        #[codec(index = 73)]
        SetChildrenScheduled(AccountId32, NetUid, u64, Vec<(u64, AccountId32)>),
        /// Children were applied: (hotkey, netuid, children).
        #[codec(index = 74)]
        SetChildren(AccountId32, NetUid, Vec<(u64, AccountId32)>),
        /// A delegate take was lowered: (coldkey, hotkey, take).
        #[codec(index = 62)]
        TakeDecreased(AccountId32, AccountId32, u16),
        /// A delegate take was raised: (coldkey, hotkey, take).
        #[codec(index = 63)]
        TakeIncreased(AccountId32, AccountId32, u16),
        /// A weights hash was committed: (hotkey, netuid index, hash).
        #[codec(index = 83)]
        WeightsCommitted(AccountId32, NetUid, H256),
        /// Committed weights were revealed: (hotkey, netuid index, hash).
        #[codec(index = 84)]
        WeightsRevealed(AccountId32, NetUid, H256),
        /// Several commits were revealed at once: (hotkey, netuid, hashes).
        #[codec(index = 85)]
        WeightsBatchRevealed(AccountId32, NetUid, Vec<H256>),
        /// Stake transferred: (origin coldkey, destination coldkey, hotkey, origin netuid,
        /// destination netuid, tao).
        #[codec(index = 89)]
        StakeTransferred(
            AccountId32,
            AccountId32,
            AccountId32,
            NetUid,
            NetUid,
            TaoCurrency,
        ),
        /// Stake swapped between subnets: (coldkey, hotkey, origin netuid, destination netuid,
        /// tao).
        #[codec(index = 90)]
        StakeSwapped(AccountId32, AccountId32, NetUid, NetUid, TaoCurrency),
        /// The subnet's first emission block was set by `start_call`: (netuid, block).
        #[codec(index = 93)]
        FirstEmissionBlockNumberSet(NetUid, u64),
        /// The subnet's owner (or the root) gave it a new token symbol (`update_symbol`).
        #[codec(index = 103)]
        SymbolUpdated { netuid: NetUid, symbol: Vec<u8> },
        /// A timelocked commit was stored: (hotkey, netuid index, blake2 hash of the
        /// ciphertext, reveal round).
        #[codec(index = 105)]
        TimelockedWeightsCommitted(AccountId32, NetUid, H256, u64),
        /// A timelocked commit was decrypted and applied: (netuid index, hotkey).
        #[codec(index = 106)]
        TimelockedWeightsRevealed(NetUid, AccountId32),
        /// A coldkey set its identity.
        #[codec(index = 75)]
        ChainIdentitySet(AccountId32),
        /// A subnet's owner set its identity.
        #[codec(index = 76)]
        SubnetIdentitySet(NetUid),
        /// Miner incentive staked to the owner's auto-stake destination instead of the hotkey.
        #[codec(index = 107)]
        AutoStakeAdded {
            netuid: NetUid,
            destination: AccountId32,
            hotkey: AccountId32,
            owner: AccountId32,
            incentive: AlphaCurrency,
        },
        /// A coldkey chose where its miner incentive on a subnet is staked.
        #[codec(index = 110)]
        AutoStakeDestinationSet {
            coldkey: AccountId32,
            netuid: NetUid,
            hotkey: AccountId32,
        },
        /// A mechanism's epoch paid its miners: (storage index, server emission per uid).
        #[codec(index = 108)]
        IncentiveAlphaEmittedToMiners {
            netuid: NetUid,
            emissions: Vec<AlphaCurrency>,
        },
        /// A coldkey claimed its root dividends.
        #[codec(index = 112)]
        RootClaimed { coldkey: AccountId32 },
        /// A coldkey chose how it claims root dividends.
        #[codec(index = 113)]
        RootClaimTypeSet {
            coldkey: AccountId32,
            root_claim_type: RootClaimTypeEnum,
        },
        /// A hotkey's identity moved to a new hotkey on every subnet.
        #[codec(index = 64)]
        HotkeySwapped {
            coldkey: AccountId32,
            old_hotkey: AccountId32,
            new_hotkey: AccountId32,
        },
        /// A hotkey's identity moved to a new hotkey on one subnet.
        #[codec(index = 100)]
        HotkeySwappedOnSubnet {
            coldkey: AccountId32,
            old_hotkey: AccountId32,
            new_hotkey: AccountId32,
            netuid: NetUid,
        },
        /// A coldkey announced a swap to the coldkey with this BlakeTwo256 hash.
        #[codec(index = 67)]
        ColdkeySwapAnnounced {
            who: AccountId32,
            new_coldkey_hash: H256,
        },
        /// Root cleared a coldkey's swap announcement and dispute.
        #[codec(index = 68)]
        ColdkeySwapReset { who: AccountId32 },
        /// A coldkey's stake, hotkeys, subnets and balance moved to a new coldkey.
        #[codec(index = 69)]
        ColdkeySwapped {
            old_coldkey: AccountId32,
            new_coldkey: AccountId32,
        },
        /// A coldkey's announced swap was disputed.
        #[codec(index = 70)]
        ColdkeySwapDisputed { coldkey: AccountId32 },
        /// A coldkey withdrew its swap announcement.
        #[codec(index = 120)]
        ColdkeySwapCleared { who: AccountId32 },
        /// A coldkey locked (or added to its lock of) α on a subnet to a hotkey.
        #[codec(index = 125)]
        StakeLocked {
            coldkey: AccountId32,
            hotkey: AccountId32,
            netuid: NetUid,
            amount: AlphaCurrency,
        },
        /// A coldkey's lock on a subnet moved to another hotkey.
        #[codec(index = 127)]
        LockMoved {
            coldkey: AccountId32,
            origin_hotkey: AccountId32,
            destination_hotkey: AccountId32,
            netuid: NetUid,
        },
        /// A coldkey's lock on a subnet became perpetual (`enabled`) or decaying.
        #[codec(index = 133)]
        PerpetualLockUpdated {
            coldkey: AccountId32,
            netuid: NetUid,
            enabled: bool,
        },
        /// A subnet's tempo was set (netuid, tempo).
        #[codec(index = 50)]
        TempoSet(NetUid, u16),
        /// A subnet's activity cutoff factor (per mille of the tempo) was set.
        #[codec(index = 128)]
        ActivityCutoffFactorMilliSet { netuid: NetUid, factor_milli: u32 },
        /// A subnet's owner triggered an epoch, which fires at `fires_at`.
        #[codec(index = 129)]
        EpochTriggered {
            netuid: NetUid,
            by: AccountId32,
            fires_at: u64,
        },
        /// A coldkey chose whether it refuses locked α sent to it.
        #[codec(index = 134)]
        RejectLockedAlphaUpdated { coldkey: AccountId32, enabled: bool },
    }
}
