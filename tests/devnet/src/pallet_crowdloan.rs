//! `Crowdloan` (pallet 27): subtensor's crowdloans at spec 425 — the ten calls with the chain's
//! guards, in its order, and its error names, events and storage shapes.
//!
//! A creator opens a loan with a deposit (its own first contribution), a cap, a minimum
//! contribution, an end block and exactly one way to finalize: a target address that receives
//! the raised TAO, or a call dispatched as `Signed(creator)` with `CurrentCrowdloanId` set while
//! it runs. The TAO sits in the loan's fund account, `modl ‖ bt/cloan ‖ id u32 LE` zero-padded to
//! 32 bytes. Contributions are clipped to what is left of the cap (and to the contributor's
//! maximum when one is set); a contributor withdraws any time before finalization (the creator
//! only above the deposit). The creator finalizes once the cap is raised, refunds the others (50
//! per call) and dissolves the loan when only the deposit is left.
//!
//! Durations: the devnet uses the chain's fast-runtime bounds (an end 50 to 20,000 blocks ahead);
//! the real chain's are 50,400 and 432,000 blocks (7 and 60 days). The call is stored as the
//! chain's `Bounded<RuntimeCall>`: inline when it encodes to at most 128 bytes, as the chain's
//! `Preimages::bound` does; the devnet has no preimage pallet, so a longer call is refused with
//! `Exhausted` (the chain would note a preimage and store a `Lookup`).

pub use pallet::*;

use sp_runtime::AccountId32;

/// The pallet id the fund accounts derive from.
pub const PALLET_ID: [u8; 8] = *b"bt/cloan";
/// `MinimumDeposit`: 10 TAO.
pub const MINIMUM_DEPOSIT: u64 = 10_000_000_000;
/// `AbsoluteMinimumContribution`: 0.1 TAO.
pub const ABSOLUTE_MINIMUM_CONTRIBUTION: u64 = 100_000_000;
/// `MinimumBlockDuration`, the chain's fast-runtime value (the real chain: 50,400).
pub const MINIMUM_BLOCK_DURATION: u32 = 50;
/// `MaximumBlockDuration`, the chain's fast-runtime value (the real chain: 432,000).
pub const MAXIMUM_BLOCK_DURATION: u32 = 20_000;
/// `RefundContributorsLimit`: contributors refunded per `refund` call.
pub const REFUND_CONTRIBUTORS_LIMIT: u32 = 50;
/// `MaxContributors` of one loan (the creator included).
pub const MAX_CONTRIBUTORS: u32 = 500;

/// The fund account of loan `id`: `b"modl" ‖ b"bt/cloan" ‖ id (u32 LE)`, zero-padded to 32 bytes
/// (`PalletId::into_sub_account_truncating`).
pub fn funds_account(id: u32) -> AccountId32 {
    let mut bytes = [0u8; 32];
    bytes[..4].copy_from_slice(b"modl");
    bytes[4..12].copy_from_slice(&PALLET_ID);
    bytes[12..16].copy_from_slice(&id.to_le_bytes());
    AccountId32::new(bytes)
}

#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use frame_support::{
        PalletId,
        pallet_prelude::*,
        traits::{
            Bounded, StorePreimage,
            fungible::{Inspect, Mutate},
            tokens::Preservation,
        },
    };
    use frame_system::pallet_prelude::*;
    use sp_runtime::traits::{BlakeTwo256, Dispatchable};

    /// The crowdloan id.
    pub type CrowdloanId = u32;

    type Balances<T> = pallet_balances::Pallet<T>;

    /// The stored call: the chain's `Bounded<RuntimeCall, BlakeTwo256>`.
    pub type BoundedCallOf<T> = Bounded<<T as frame_system::Config>::RuntimeCall, BlakeTwo256>;

    /// `pallet_crowdloan::CrowdloanInfo`, field for field.
    #[derive(Encode, Decode, Clone, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
    pub struct CrowdloanInfo<AccountId, Balance, BlockNumber, Call> {
        pub creator: AccountId,
        pub deposit: Balance,
        pub min_contribution: Balance,
        pub end: BlockNumber,
        pub cap: Balance,
        pub funds_account: AccountId,
        pub raised: Balance,
        pub target_address: Option<AccountId>,
        pub call: Option<Call>,
        pub finalized: bool,
        pub contributors_count: u32,
    }

    /// A loan as stored.
    pub type CrowdloanInfoOf<T> =
        CrowdloanInfo<AccountId32, u64, BlockNumberFor<T>, BoundedCallOf<T>>;

    #[pallet::pallet]
    pub struct Pallet<T>(_);

    #[pallet::config]
    pub trait Config:
        frame_system::Config<AccountId = AccountId32> + pallet_balances::Config<Balance = u64>
    {
    }

    #[pallet::extra_constants]
    impl<T: Config> Pallet<T> {
        /// The pallet id the fund accounts derive from.
        #[pallet::constant_name(PalletId)]
        pub fn pallet_id() -> PalletId {
            PalletId(PALLET_ID)
        }
        /// The least deposit a loan opens with.
        #[pallet::constant_name(MinimumDeposit)]
        pub fn minimum_deposit() -> u64 {
            MINIMUM_DEPOSIT
        }
        /// The least minimum contribution a loan may set.
        #[pallet::constant_name(AbsoluteMinimumContribution)]
        pub fn absolute_minimum_contribution() -> u64 {
            ABSOLUTE_MINIMUM_CONTRIBUTION
        }
        /// The fewest blocks from now to a loan's end.
        #[pallet::constant_name(MinimumBlockDuration)]
        pub fn minimum_block_duration() -> u32 {
            MINIMUM_BLOCK_DURATION
        }
        /// The most blocks from now to a loan's end.
        #[pallet::constant_name(MaximumBlockDuration)]
        pub fn maximum_block_duration() -> u32 {
            MAXIMUM_BLOCK_DURATION
        }
        /// Contributors one `refund` returns.
        #[pallet::constant_name(RefundContributorsLimit)]
        pub fn refund_contributors_limit() -> u32 {
            REFUND_CONTRIBUTORS_LIMIT
        }
        /// Contributors of one loan.
        #[pallet::constant_name(MaxContributors)]
        pub fn max_contributors() -> u32 {
            MAX_CONTRIBUTORS
        }
    }

    #[pallet::storage]
    pub type Crowdloans<T: Config> =
        StorageMap<_, Twox64Concat, CrowdloanId, CrowdloanInfoOf<T>, OptionQuery>;

    #[pallet::storage]
    pub type NextCrowdloanId<T> = StorageValue<_, CrowdloanId, ValueQuery, ConstU32<0>>;

    #[pallet::storage]
    pub type Contributions<T: Config> =
        StorageDoubleMap<_, Twox64Concat, CrowdloanId, Identity, AccountId32, u64, OptionQuery>;

    #[pallet::storage]
    pub type MaxContributions<T: Config> =
        StorageMap<_, Twox64Concat, CrowdloanId, u64, OptionQuery>;

    #[pallet::storage]
    pub type CurrentCrowdloanId<T: Config> = StorageValue<_, CrowdloanId, OptionQuery>;

    #[pallet::event]
    #[pallet::generate_deposit(pub(super) fn deposit_event)]
    pub enum Event<T: Config> {
        /// A loan was opened.
        Created {
            crowdloan_id: CrowdloanId,
            creator: AccountId32,
            end: BlockNumberFor<T>,
            cap: u64,
        },
        /// A contribution was made.
        Contributed {
            crowdloan_id: CrowdloanId,
            contributor: AccountId32,
            amount: u64,
        },
        /// A contribution was withdrawn.
        Withdrew {
            crowdloan_id: CrowdloanId,
            contributor: AccountId32,
            amount: u64,
        },
        /// Some contributors were refunded; more remain.
        PartiallyRefunded { crowdloan_id: CrowdloanId },
        /// Every contributor but the creator was refunded.
        AllRefunded { crowdloan_id: CrowdloanId },
        /// The loan was finalized.
        Finalized { crowdloan_id: CrowdloanId },
        /// The loan was dissolved.
        Dissolved { crowdloan_id: CrowdloanId },
        /// The minimum contribution changed.
        MinContributionUpdated {
            crowdloan_id: CrowdloanId,
            new_min_contribution: u64,
        },
        /// The end changed.
        EndUpdated {
            crowdloan_id: CrowdloanId,
            new_end: BlockNumberFor<T>,
        },
        /// The cap changed.
        CapUpdated {
            crowdloan_id: CrowdloanId,
            new_cap: u64,
        },
        /// The maximum contribution per contributor changed.
        MaxContributionUpdated {
            crowdloan_id: CrowdloanId,
            new_max_contribution: Option<u64>,
        },
    }

    /// The chain's errors, in its order.
    #[pallet::error]
    pub enum Error<T> {
        DepositTooLow,
        CapTooLow,
        MinimumContributionTooLow,
        CannotEndInPast,
        BlockDurationTooShort,
        BlockDurationTooLong,
        InsufficientBalance,
        Overflow,
        InvalidCrowdloanId,
        CapRaised,
        ContributionPeriodEnded,
        ContributionTooLow,
        InvalidOrigin,
        AlreadyFinalized,
        ContributionPeriodNotEnded,
        NoContribution,
        CapNotRaised,
        Underflow,
        CallUnavailable,
        NotReadyToDissolve,
        DepositCannotBeWithdrawn,
        MaxContributorsReached,
        InvalidFinalizationConfig,
        MaxContributionReached,
        MaximumContributionTooLow,
        MinimumContributionTooHigh,
    }

    impl<T: Config> Pallet<T> {
        fn now() -> u32 {
            TryInto::<u32>::try_into(frame_system::Pallet::<T>::block_number()).unwrap_or(u32::MAX)
        }

        fn number(b: BlockNumberFor<T>) -> u32 {
            TryInto::<u32>::try_into(b).unwrap_or(u32::MAX)
        }

        fn loan(id: CrowdloanId) -> Result<CrowdloanInfoOf<T>, Error<T>> {
            Crowdloans::<T>::get(id).ok_or(Error::<T>::InvalidCrowdloanId)
        }

        /// The end is after now, by at least the minimum and at most the maximum duration.
        fn ensure_valid_end(now: u32, end: u32) -> Result<(), Error<T>> {
            ensure!(now < end, Error::<T>::CannotEndInPast);
            let duration = end - now;
            ensure!(
                duration >= MINIMUM_BLOCK_DURATION,
                Error::<T>::BlockDurationTooShort
            );
            ensure!(
                duration <= MAXIMUM_BLOCK_DURATION,
                Error::<T>::BlockDurationTooLong
            );
            Ok(())
        }

        fn move_funds(from: &AccountId32, to: &AccountId32, amount: u64) -> DispatchResult {
            <Balances<T> as Mutate<AccountId32>>::transfer(
                from,
                to,
                amount,
                Preservation::Expendable,
            )?;
            Ok(())
        }

        fn balance(who: &AccountId32) -> u64 {
            <Balances<T> as Inspect<AccountId32>>::balance(who)
        }
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        /// Open a loan (the deposit is the creator's first contribution).
        #[pallet::call_index(0)]
        #[pallet::weight({
            let inner = call.as_ref().map(|c| c.get_dispatch_info().call_weight).unwrap_or_default();
            Weight::from_parts(250_000_000, 0).saturating_add(inner)
        })]
        pub fn create(
            origin: OriginFor<T>,
            #[pallet::compact] deposit: u64,
            #[pallet::compact] min_contribution: u64,
            #[pallet::compact] cap: u64,
            #[pallet::compact] end: BlockNumberFor<T>,
            call: Option<Box<<T as frame_system::Config>::RuntimeCall>>,
            target_address: Option<AccountId32>,
        ) -> DispatchResult {
            let creator = ensure_signed(origin)?;
            let now = Self::now();
            ensure!(deposit >= MINIMUM_DEPOSIT, Error::<T>::DepositTooLow);
            ensure!(cap > deposit, Error::<T>::CapTooLow);
            ensure!(
                min_contribution >= ABSOLUTE_MINIMUM_CONTRIBUTION,
                Error::<T>::MinimumContributionTooLow
            );
            ensure!(
                call.is_some() != target_address.is_some(),
                Error::<T>::InvalidFinalizationConfig
            );
            Self::ensure_valid_end(now, Self::number(end))?;
            ensure!(
                Self::balance(&creator) >= deposit,
                Error::<T>::InsufficientBalance
            );
            let id = NextCrowdloanId::<T>::get();
            NextCrowdloanId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
            let funds = funds_account(id);
            frame_system::Pallet::<T>::inc_providers(&funds);
            let call = match call {
                Some(c) => Some(<() as StorePreimage>::bound(*c)?),
                None => None,
            };
            Crowdloans::<T>::insert(
                id,
                CrowdloanInfo {
                    creator: creator.clone(),
                    deposit,
                    min_contribution,
                    end,
                    cap,
                    funds_account: funds.clone(),
                    raised: deposit,
                    target_address,
                    call,
                    finalized: false,
                    contributors_count: 1,
                },
            );
            Self::move_funds(&creator, &funds, deposit)?;
            Contributions::<T>::insert(id, &creator, deposit);
            Self::deposit_event(Event::Created {
                crowdloan_id: id,
                creator,
                end,
                cap,
            });
            Ok(())
        }

        /// Contribute to an open loan (clipped to what is left of the cap and of the
        /// contributor's maximum).
        #[pallet::call_index(1)]
        #[pallet::weight(Weight::from_parts(200_000_000, 0))]
        pub fn contribute(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
            #[pallet::compact] amount: u64,
        ) -> DispatchResult {
            let contributor = ensure_signed(origin)?;
            let now = Self::now();
            let mut loan = Self::loan(crowdloan_id)?;
            ensure!(
                now < Self::number(loan.end),
                Error::<T>::ContributionPeriodEnded
            );
            ensure!(loan.raised < loan.cap, Error::<T>::CapRaised);
            ensure!(
                amount >= loan.min_contribution,
                Error::<T>::ContributionTooLow
            );
            ensure!(
                loan.contributors_count < MAX_CONTRIBUTORS,
                Error::<T>::MaxContributorsReached
            );
            let left = loan
                .cap
                .checked_sub(loan.raised)
                .ok_or(Error::<T>::Underflow)?;
            let current = Contributions::<T>::get(crowdloan_id, &contributor);
            let amount = match MaxContributions::<T>::get(crowdloan_id) {
                Some(max) => {
                    let have = current.unwrap_or(0);
                    ensure!(have < max, Error::<T>::MaxContributionReached);
                    amount.min(max - have).min(left)
                }
                None => amount.min(left),
            };
            loan.raised = loan
                .raised
                .checked_add(amount)
                .ok_or(Error::<T>::Overflow)?;
            let total = match current {
                Some(c) => c.checked_add(amount).ok_or(Error::<T>::Overflow)?,
                None => {
                    loan.contributors_count = loan
                        .contributors_count
                        .checked_add(1)
                        .ok_or(Error::<T>::Overflow)?;
                    amount
                }
            };
            ensure!(
                Self::balance(&contributor) >= amount,
                Error::<T>::InsufficientBalance
            );
            Self::move_funds(&contributor, &loan.funds_account, amount)?;
            Contributions::<T>::insert(crowdloan_id, &contributor, total);
            Crowdloans::<T>::insert(crowdloan_id, &loan);
            Self::deposit_event(Event::Contributed {
                crowdloan_id,
                contributor,
                amount,
            });
            Ok(())
        }

        /// Take back a contribution before finalization (the creator only above the deposit).
        #[pallet::call_index(2)]
        #[pallet::weight(Weight::from_parts(200_000_000, 0))]
        pub fn withdraw(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let mut loan = Self::loan(crowdloan_id)?;
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            let mut amount = Contributions::<T>::get(crowdloan_id, &who).unwrap_or(0);
            ensure!(amount > 0, Error::<T>::NoContribution);
            if who == loan.creator {
                amount = amount.saturating_sub(loan.deposit);
                ensure!(amount > 0, Error::<T>::DepositCannotBeWithdrawn);
                Contributions::<T>::insert(crowdloan_id, &who, loan.deposit);
            } else {
                Contributions::<T>::remove(crowdloan_id, &who);
                loan.contributors_count = loan
                    .contributors_count
                    .checked_sub(1)
                    .ok_or(Error::<T>::Underflow)?;
            }
            Self::move_funds(&loan.funds_account, &who, amount)?;
            loan.raised = loan.raised.saturating_sub(amount);
            Crowdloans::<T>::insert(crowdloan_id, &loan);
            Self::deposit_event(Event::Withdrew {
                crowdloan_id,
                contributor: who,
                amount,
            });
            Ok(())
        }

        /// Finalize a loan whose cap is raised: pay the target, or dispatch the call as the
        /// creator with `CurrentCrowdloanId` set.
        #[pallet::call_index(3)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn finalize(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let mut loan = Self::loan(crowdloan_id)?;
            ensure!(who == loan.creator, Error::<T>::InvalidOrigin);
            ensure!(loan.raised == loan.cap, Error::<T>::CapNotRaised);
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            match (&loan.call, &loan.target_address) {
                (Some(call), None) => {
                    CurrentCrowdloanId::<T>::put(crowdloan_id);
                    let stored = match <() as frame_support::traits::QueryPreimage>::peek(call) {
                        Ok((c, _)) => c,
                        Err(_) => return Err(Error::<T>::CallUnavailable.into()),
                    };
                    stored
                        .dispatch(frame_system::RawOrigin::Signed(who).into())
                        .map(|_| ())
                        .map_err(|e| e.error)?;
                    CurrentCrowdloanId::<T>::kill();
                }
                (None, Some(target)) => {
                    Self::move_funds(&loan.funds_account, target, loan.raised)?;
                }
                _ => return Err(Error::<T>::InvalidFinalizationConfig.into()),
            }
            loan.finalized = true;
            Crowdloans::<T>::insert(crowdloan_id, &loan);
            Self::deposit_event(Event::Finalized { crowdloan_id });
            Ok(())
        }

        /// Return up to `RefundContributorsLimit` contributions other than the creator's.
        #[pallet::call_index(4)]
        #[pallet::weight(Weight::from_parts(300_000_000, 0))]
        pub fn refund(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let mut loan = Self::loan(crowdloan_id)?;
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            ensure!(who == loan.creator, Error::<T>::InvalidOrigin);
            let mut refunded = Vec::new();
            let mut all = true;
            let others: Vec<(AccountId32, u64)> = Contributions::<T>::iter_prefix(crowdloan_id)
                .filter(|(c, _)| *c != loan.creator)
                .collect();
            for (contributor, amount) in others {
                if refunded.len() as u32 >= REFUND_CONTRIBUTORS_LIMIT {
                    all = false;
                    break;
                }
                Self::move_funds(&loan.funds_account, &contributor, amount)?;
                loan.raised = loan.raised.saturating_sub(amount);
                refunded.push(contributor);
            }
            loan.contributors_count = loan
                .contributors_count
                .checked_sub(refunded.len() as u32)
                .ok_or(Error::<T>::Underflow)?;
            Crowdloans::<T>::insert(crowdloan_id, &loan);
            for c in refunded {
                Contributions::<T>::remove(crowdloan_id, &c);
            }
            if all {
                Self::deposit_event(Event::AllRefunded { crowdloan_id });
            } else {
                Self::deposit_event(Event::PartiallyRefunded { crowdloan_id });
            }
            Ok(())
        }

        /// Delete a loan whose only contribution left is the creator's, returning it.
        #[pallet::call_index(5)]
        #[pallet::weight(Weight::from_parts(200_000_000, 0))]
        pub fn dissolve(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let loan = Self::loan(crowdloan_id)?;
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            ensure!(who == loan.creator, Error::<T>::InvalidOrigin);
            let own = Contributions::<T>::get(crowdloan_id, &loan.creator)
                .ok_or(Error::<T>::NoContribution)?;
            ensure!(own == loan.raised, Error::<T>::NotReadyToDissolve);
            Self::move_funds(&loan.funds_account, &loan.creator, own)?;
            Contributions::<T>::remove(crowdloan_id, &loan.creator);
            let _ = frame_system::Pallet::<T>::dec_providers(&loan.funds_account);
            Crowdloans::<T>::remove(crowdloan_id);
            MaxContributions::<T>::remove(crowdloan_id);
            Self::deposit_event(Event::Dissolved { crowdloan_id });
            Ok(())
        }

        /// Change the minimum contribution.
        #[pallet::call_index(6)]
        #[pallet::weight(Weight::from_parts(100_000_000, 0))]
        pub fn update_min_contribution(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
            #[pallet::compact] new_min_contribution: u64,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let mut loan = Self::loan(crowdloan_id)?;
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            ensure!(who == loan.creator, Error::<T>::InvalidOrigin);
            ensure!(
                new_min_contribution >= ABSOLUTE_MINIMUM_CONTRIBUTION,
                Error::<T>::MinimumContributionTooLow
            );
            if let Some(max) = MaxContributions::<T>::get(crowdloan_id) {
                ensure!(
                    new_min_contribution <= max,
                    Error::<T>::MinimumContributionTooHigh
                );
            }
            loan.min_contribution = new_min_contribution;
            Crowdloans::<T>::insert(crowdloan_id, &loan);
            Self::deposit_event(Event::MinContributionUpdated {
                crowdloan_id,
                new_min_contribution,
            });
            Ok(())
        }

        /// Change the end block.
        #[pallet::call_index(7)]
        #[pallet::weight(Weight::from_parts(100_000_000, 0))]
        pub fn update_end(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
            #[pallet::compact] new_end: BlockNumberFor<T>,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let now = Self::now();
            let mut loan = Self::loan(crowdloan_id)?;
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            ensure!(who == loan.creator, Error::<T>::InvalidOrigin);
            Self::ensure_valid_end(now, Self::number(new_end))?;
            loan.end = new_end;
            Crowdloans::<T>::insert(crowdloan_id, &loan);
            Self::deposit_event(Event::EndUpdated {
                crowdloan_id,
                new_end,
            });
            Ok(())
        }

        /// Change the cap (not below what is raised).
        #[pallet::call_index(8)]
        #[pallet::weight(Weight::from_parts(100_000_000, 0))]
        pub fn update_cap(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
            #[pallet::compact] new_cap: u64,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let mut loan = Self::loan(crowdloan_id)?;
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            ensure!(who == loan.creator, Error::<T>::InvalidOrigin);
            ensure!(new_cap >= loan.raised, Error::<T>::CapTooLow);
            loan.cap = new_cap;
            Crowdloans::<T>::insert(crowdloan_id, &loan);
            Self::deposit_event(Event::CapUpdated {
                crowdloan_id,
                new_cap,
            });
            Ok(())
        }

        /// Set or clear the most one contributor may put in.
        #[pallet::call_index(9)]
        #[pallet::weight(Weight::from_parts(100_000_000, 0))]
        pub fn set_max_contribution(
            origin: OriginFor<T>,
            #[pallet::compact] crowdloan_id: CrowdloanId,
            new_max_contribution: Option<u64>,
        ) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let loan = Self::loan(crowdloan_id)?;
            ensure!(!loan.finalized, Error::<T>::AlreadyFinalized);
            ensure!(who == loan.creator, Error::<T>::InvalidOrigin);
            match new_max_contribution {
                Some(max) => {
                    let own = Contributions::<T>::get(crowdloan_id, &loan.creator).unwrap_or(0);
                    ensure!(
                        max >= loan.min_contribution && max >= own,
                        Error::<T>::MaximumContributionTooLow
                    );
                    MaxContributions::<T>::insert(crowdloan_id, max);
                }
                None => MaxContributions::<T>::remove(crowdloan_id),
            }
            Self::deposit_event(Event::MaxContributionUpdated {
                crowdloan_id,
                new_max_contribution,
            });
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fund_accounts_are_the_pallet_ids_sub_accounts() {
        let a: [u8; 32] = funds_account(7).into();
        assert_eq!(&a[..4], b"modl");
        assert_eq!(&a[4..12], b"bt/cloan");
        assert_eq!(&a[12..16], &[7, 0, 0, 0]);
        assert!(a[16..].iter().all(|b| *b == 0));
        use sp_runtime::traits::AccountIdConversion;
        let via_sdk: AccountId32 =
            frame_support::PalletId(PALLET_ID).into_sub_account_truncating(7u32);
        assert_eq!(funds_account(7), via_sdk);
        let b: [u8; 32] = funds_account(0x0102_0304).into();
        assert_eq!(b[12..16], [4, 3, 2, 1]);
    }
}
