//! The real FRAME pallet-proxy in the devnet runtime: the chain's deposits, its proxy-type filter
//! applied by the pallet itself (a filtered call is `System.CallFiltered` inside
//! `ProxyExecuted`), and announced calls that execute only after their delay.

use tao_devnet::chain::Chain;
use tao_devnet::proxy::ProxyType;
use tao_devnet::runtime::{Balances, Proxy, RuntimeCall, RuntimeEvent, RuntimeOrigin, System};
use tao_devnet::{TAO, dev_account};

fn last_proxy_result() -> Option<Result<(), sp_runtime::DispatchError>> {
    System::events()
        .into_iter()
        .rev()
        .find_map(|r| match r.event {
            RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => Some(result),
            _ => None,
        })
}

#[test]
fn the_pallet_applies_the_chains_filter_and_deposits() {
    let mut chain = Chain::new();
    chain.edit_best_state(|| {
        System::set_block_number(1);
        let (dave, ferdie) = (dev_account("//Dave"), dev_account("//Ferdie"));
        let reserved = Balances::reserved_balance(&dave);
        Proxy::add_proxy(
            RuntimeOrigin::signed(dave.clone()),
            ferdie.clone().into(),
            ProxyType::Staking,
            0,
        )
        .unwrap();
        assert_eq!(Balances::reserved_balance(&dave) - reserved, 93_000_000);

        // A Staking proxy may stake for Dave...
        let stake = RuntimeCall::SubtensorModule(tao_devnet::pallet_subtensor::Call::add_stake {
            hotkey: dev_account("//Dave//hot"),
            netuid: 1,
            amount_staked: TAO,
        });
        let free = Balances::free_balance(&dave);
        Proxy::proxy(
            RuntimeOrigin::signed(ferdie.clone()),
            dave.clone().into(),
            None,
            Box::new(stake),
        )
        .unwrap();
        assert_eq!(last_proxy_result(), Some(Ok(())));
        assert_eq!(Balances::free_balance(&dave), free - TAO);

        // ...but not transfer: the pallet filters the call.
        let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
            dest: ferdie.clone().into(),
            value: TAO,
        });
        Proxy::proxy(
            RuntimeOrigin::signed(ferdie.clone()),
            dave.clone().into(),
            None,
            Box::new(transfer.clone()),
        )
        .unwrap();
        assert_eq!(
            last_proxy_result(),
            Some(Err(
                frame_system::Error::<tao_devnet::runtime::Runtime>::CallFiltered.into()
            ))
        );
        assert_eq!(Balances::free_balance(&dave), free - TAO);

        // A SmallTransfer proxy moves less than 0.5 TAO, not more.
        Proxy::add_proxy(
            RuntimeOrigin::signed(dave.clone()),
            ferdie.clone().into(),
            ProxyType::SmallTransfer,
            0,
        )
        .unwrap();
        let small = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
            dest: ferdie.clone().into(),
            value: 499_999_999,
        });
        Proxy::proxy(
            RuntimeOrigin::signed(ferdie.clone()),
            dave.clone().into(),
            Some(ProxyType::SmallTransfer),
            Box::new(small),
        )
        .unwrap();
        assert_eq!(last_proxy_result(), Some(Ok(())));
        Proxy::proxy(
            RuntimeOrigin::signed(ferdie.clone()),
            dave.clone().into(),
            Some(ProxyType::SmallTransfer),
            Box::new(transfer),
        )
        .unwrap();
        assert!(matches!(last_proxy_result(), Some(Err(_))));
    });
}

#[test]
fn an_announced_call_executes_only_after_its_delay() {
    let mut chain = Chain::new();
    chain.edit_best_state(|| {
        System::set_block_number(1);
        let (dave, ferdie) = (dev_account("//Dave"), dev_account("//Ferdie"));
        Proxy::add_proxy(
            RuntimeOrigin::signed(dave.clone()),
            ferdie.clone().into(),
            ProxyType::Transfer,
            10,
        )
        .unwrap();
        let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
            dest: dev_account("//Eve").into(),
            value: TAO,
        });
        // With a delay, a direct `proxy` is refused.
        assert!(
            Proxy::proxy(
                RuntimeOrigin::signed(ferdie.clone()),
                dave.clone().into(),
                None,
                Box::new(transfer.clone()),
            )
            .is_err()
        );
        let hash =
            <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(&transfer);
        let held = Balances::reserved_balance(&ferdie);
        Proxy::announce(
            RuntimeOrigin::signed(ferdie.clone()),
            dave.clone().into(),
            hash,
        )
        .unwrap();
        // AnnouncementDepositBase 0.036 TAO + Factor 0.068 TAO per announcement.
        assert_eq!(Balances::reserved_balance(&ferdie) - held, 104_000_000);
        let execute = |who: &sp_runtime::AccountId32| {
            Proxy::proxy_announced(
                RuntimeOrigin::signed(who.clone()),
                ferdie.clone().into(),
                dave.clone().into(),
                None,
                Box::new(transfer.clone()),
            )
        };
        System::set_block_number(10);
        assert!(execute(&ferdie).is_err(), "9 blocks are not enough");
        System::set_block_number(11);
        let eve = Balances::free_balance(dev_account("//Eve"));
        execute(&dev_account("//Alice")).unwrap();
        assert_eq!(last_proxy_result(), Some(Ok(())));
        assert_eq!(Balances::free_balance(dev_account("//Eve")), eve + TAO);
        assert_eq!(Balances::reserved_balance(&ferdie), held);
    });
}
