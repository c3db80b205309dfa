//! The devnet's `Crowdloan` pallet at the pallet level: a loan that finalizes by dispatching its
//! stored call as the creator, the finalization config rules, the inline bound on stored calls,
//! the per-contributor maximum, refunds in batches of `RefundContributorsLimit`, and the
//! contributor limit.

use frame_support::traits::fungible::Mutate;
use sp_runtime::{AccountId32, DispatchError};
use tao_devnet::chain::Chain;
use tao_devnet::pallet_crowdloan::{
    self as cl, Contributions, Crowdloans, CurrentCrowdloanId, MaxContributions, funds_account,
};
use tao_devnet::runtime::{Balances, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System};
use tao_devnet::{Crowdloan, TAO, dev_account};

type Error = cl::Error<Runtime>;

fn signed(who: &AccountId32) -> RuntimeOrigin {
    RuntimeOrigin::signed(who.clone())
}

fn crowd_events() -> Vec<cl::Event<Runtime>> {
    System::events()
        .into_iter()
        .filter_map(|r| match r.event {
            RuntimeEvent::Crowdloan(e) => Some(e),
            _ => None,
        })
        .collect()
}

/// A funded account that is not a dev account.
fn funded(n: u32) -> AccountId32 {
    let mut b = [0x77u8; 32];
    b[..4].copy_from_slice(&n.to_le_bytes());
    let who = AccountId32::new(b);
    Balances::mint_into(&who, 100 * TAO).unwrap();
    who
}

#[test]
fn a_call_loan_dispatches_its_call_as_the_creator() {
    let mut chain = Chain::new();
    chain.edit_best_state(|| {
        System::set_block_number(10);
        let alice = dev_account("//Alice");
        let bob = dev_account("//Bob");
        let remark = RuntimeCall::System(frame_system::Call::remark_with_event {
            remark: b"crowd".to_vec(),
        });
        // Exactly one of call and target.
        assert_eq!(
            Crowdloan::create(
                signed(&alice),
                10 * TAO,
                TAO,
                20 * TAO,
                100,
                Some(Box::new(remark.clone())),
                Some(bob.clone()),
            ),
            Err(Error::InvalidFinalizationConfig.into())
        );
        assert_eq!(
            Crowdloan::create(signed(&alice), 10 * TAO, TAO, 20 * TAO, 100, None, None),
            Err(Error::InvalidFinalizationConfig.into())
        );
        // A call longer than 128 bytes would need a preimage, which the devnet has not.
        let long = RuntimeCall::System(frame_system::Call::remark_with_event {
            remark: vec![7; 200],
        });
        assert_eq!(
            Crowdloan::create(
                signed(&alice),
                10 * TAO,
                TAO,
                20 * TAO,
                100,
                Some(Box::new(long)),
                None,
            ),
            Err(DispatchError::Exhausted)
        );
        Crowdloan::create(
            signed(&alice),
            10 * TAO,
            TAO,
            20 * TAO,
            100,
            Some(Box::new(remark)),
            None,
        )
        .unwrap();
        let loan = Crowdloans::<Runtime>::get(0).unwrap();
        assert!(matches!(
            loan.call,
            Some(frame_support::traits::Bounded::Inline(_))
        ));
        assert_eq!(loan.funds_account, funds_account(0));
        Crowdloan::contribute(signed(&bob), 0, 10 * TAO).unwrap();
        System::reset_events();
        Crowdloan::finalize(signed(&alice), 0).unwrap();
        // The remark ran as Alice; the raised TAO stays with the fund account (a call loan's
        // call moves it itself, reading `CurrentCrowdloanId`, which is cleared afterwards).
        let remarked = System::events().into_iter().any(|r| {
            matches!(r.event, RuntimeEvent::System(frame_system::Event::Remarked { ref sender, .. }) if *sender == alice)
        });
        assert!(remarked, "{:?}", System::events());
        assert_eq!(CurrentCrowdloanId::<Runtime>::get(), None);
        assert_eq!(Balances::free_balance(funds_account(0)), 20 * TAO);
        assert!(Crowdloans::<Runtime>::get(0).unwrap().finalized);
        assert_eq!(
            crowd_events(),
            vec![cl::Event::Finalized { crowdloan_id: 0 }]
        );
    });
}

#[test]
fn the_maximum_contribution_clips_and_refunds_come_in_batches() {
    let mut chain = Chain::new();
    chain.edit_best_state(|| {
        System::set_block_number(10);
        let alice = dev_account("//Alice");
        let ferdie = dev_account("//Ferdie");
        Crowdloan::create(
            signed(&alice),
            10 * TAO,
            TAO / 10,
            1_000 * TAO,
            1_000,
            None,
            Some(ferdie),
        )
        .unwrap();
        // The maximum must cover the minimum and the creator's deposit.
        assert_eq!(
            Crowdloan::set_max_contribution(signed(&alice), 0, Some(5 * TAO)),
            Err(Error::MaximumContributionTooLow.into())
        );
        Crowdloan::set_max_contribution(signed(&alice), 0, Some(10 * TAO)).unwrap();
        assert_eq!(MaxContributions::<Runtime>::get(0), Some(10 * TAO));
        assert_eq!(
            Crowdloan::update_min_contribution(signed(&alice), 0, 11 * TAO),
            Err(Error::MinimumContributionTooHigh.into())
        );
        let bob = dev_account("//Bob");
        Crowdloan::contribute(signed(&bob), 0, 7 * TAO).unwrap();
        Crowdloan::contribute(signed(&bob), 0, 7 * TAO).unwrap();
        assert_eq!(Contributions::<Runtime>::get(0, &bob), Some(10 * TAO));
        assert_eq!(
            Crowdloan::contribute(signed(&bob), 0, TAO),
            Err(Error::MaxContributionReached.into())
        );
        Crowdloan::set_max_contribution(signed(&alice), 0, None).unwrap();
        // 60 more contributors: one refund returns 50, the next the rest.
        let many: Vec<AccountId32> = (0..60).map(funded).collect();
        for who in &many {
            Crowdloan::contribute(signed(who), 0, TAO).unwrap();
        }
        assert_eq!(
            Crowdloans::<Runtime>::get(0).unwrap().contributors_count,
            62
        );
        assert_eq!(
            Crowdloans::<Runtime>::get(0).unwrap().raised,
            (10 + 10 + 60) * TAO
        );
        System::reset_events();
        Crowdloan::refund(signed(&alice), 0).unwrap();
        assert_eq!(
            crowd_events(),
            vec![cl::Event::PartiallyRefunded { crowdloan_id: 0 }]
        );
        let loan = Crowdloans::<Runtime>::get(0).unwrap();
        assert_eq!(loan.contributors_count, 12);
        System::reset_events();
        Crowdloan::refund(signed(&alice), 0).unwrap();
        assert_eq!(
            crowd_events(),
            vec![cl::Event::AllRefunded { crowdloan_id: 0 }]
        );
        let loan = Crowdloans::<Runtime>::get(0).unwrap();
        assert_eq!((loan.contributors_count, loan.raised), (1, 10 * TAO));
        for who in &many {
            assert_eq!(Balances::free_balance(who), 100 * TAO);
        }
        Crowdloan::dissolve(signed(&alice), 0).unwrap();
        assert!(Crowdloans::<Runtime>::get(0).is_none());
        assert_eq!(Balances::free_balance(funds_account(0)), 0);
    });
}

#[test]
fn a_loan_takes_at_most_500_contributors() {
    let mut chain = Chain::new();
    chain.edit_best_state(|| {
        System::set_block_number(10);
        let alice = dev_account("//Alice");
        Crowdloan::create(
            signed(&alice),
            10 * TAO,
            TAO / 10,
            10_000 * TAO,
            1_000,
            None,
            Some(dev_account("//Ferdie")),
        )
        .unwrap();
        for n in 0..499 {
            Crowdloan::contribute(signed(&funded(n)), 0, TAO / 10).unwrap();
        }
        assert_eq!(
            Crowdloan::contribute(signed(&funded(499)), 0, TAO / 10),
            Err(Error::MaxContributorsReached.into())
        );
        // The end passes: no more contributions, even from existing contributors.
        System::set_block_number(1_000);
        assert_eq!(
            Crowdloan::contribute(signed(&alice), 0, TAO),
            Err(Error::ContributionPeriodEnded.into())
        );
        assert_eq!(
            Crowdloan::update_end(signed(&alice), 0, 1_049),
            Err(Error::BlockDurationTooShort.into())
        );
        Crowdloan::update_end(signed(&alice), 0, 1_050).unwrap();
        // As on the chain, the limit applies to existing contributors too.
        assert_eq!(
            Crowdloan::contribute(signed(&alice), 0, TAO),
            Err(Error::MaxContributorsReached.into())
        );
    });
}
