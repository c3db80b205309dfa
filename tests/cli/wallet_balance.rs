//! `wallet balance` and `wallet overview` against an in-process devnet, through their run
//! functions (they join the `wallet` command group later). One test per process: it points
//! `XDG_CACHE_HOME` at a temporary directory.

use std::collections::BTreeMap;

use serde_json::Value;
use tao::cli::Context;
use tao::cli::args::ChainArgs;
use tao::cli::wallet::{BalanceArgs, OverviewArgs};
use tao::settings::{Given, Settings, Source};
use tao::ui::{Mode, Printer};
use tao_devnet::{Devnet, Options, dev_account};

fn ss58_of(seed: &str) -> String {
    let acc = dev_account(seed);
    let bytes: &[u8; 32] = acc.as_ref();
    tao::ss58::encode_default(bytes)
}

fn context(url: &str, wallets: &std::path::Path) -> Context {
    let mut values = BTreeMap::new();
    values.insert("network", (url.to_string(), Source::Flag));
    values.insert(
        "wallet_path",
        (wallets.to_string_lossy().into_owned(), Source::Flag),
    );
    values.insert("wallet_name", ("alice".to_string(), Source::Flag));
    let settings = Settings::resolve(&Given {
        values,
        config: None,
        no_config: true,
    })
    .expect("settings resolve");
    Context {
        settings,
        printer: Printer::plain(Mode::Json),
        yes: false,
        json: true,
        no_agent: false,
    }
}

fn total_requests(devnet: &Devnet) -> u64 {
    devnet.ctx.request_counts().values().sum()
}

#[test]
fn balance_and_overview_read_the_wallet_within_budget() {
    let home = tempfile::tempdir().unwrap();
    // SAFETY: this test binary has a single test, so no other thread reads the environment.
    unsafe {
        std::env::set_var("XDG_CACHE_HOME", home.path().join("cache"));
        std::env::set_var("HOME", home.path());
    }
    // A btcli-layout wallet holding only Alice's public key.
    let wallets = home.path().join("wallets");
    let alice = ss58_of("//Alice");
    std::fs::create_dir_all(wallets.join("alice/hotkeys")).unwrap();
    let pubfile = serde_json::json!({
        "accountId": format!("0x{}", hex::encode(AsRef::<[u8]>::as_ref(&dev_account("//Alice")))),
        "publicKey": format!("0x{}", hex::encode(AsRef::<[u8]>::as_ref(&dev_account("//Alice")))),
        "privateKey": null,
        "secretPhrase": null,
        "secretSeed": null,
        "ss58Address": alice,
    });
    std::fs::write(wallets.join("alice/coldkeypub.txt"), pubfile.to_string()).unwrap();
    std::fs::create_dir_all(wallets.join("bob")).unwrap();
    // Bob's public file holds only the address: the reader needs nothing more.
    let bob_pubfile = serde_json::json!({ "ss58Address": ss58_of("//Bob") });
    std::fs::write(wallets.join("bob/coldkeypub.txt"), bob_pubfile.to_string()).unwrap();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let devnet = rt
        .block_on(Devnet::start(Options {
            port: 0,
            dev_rpc: true,
            ..Default::default()
        }))
        .unwrap();
    let ctx = context(&devnet.url(), &wallets);

    let balance = || BalanceArgs {
        all: false,
        ss58: Vec::new(),
        chain: ChainArgs::default(),
    };
    // Cold run fills the cache; the warm run is measured.
    balance().run(&ctx).expect("cold balance");
    devnet.ctx.reset_request_counts();
    let report = balance().run(&ctx).expect("warm balance");
    let sent = total_requests(&devnet);
    assert!(
        sent <= 5,
        "wallet balance sent {sent}: {:?}",
        devnet.ctx.request_counts()
    );
    let data: Value = report.data;
    assert_eq!(data["chain"]["requests"].as_u64(), Some(sent));
    let row = &data["accounts"][0];
    assert_eq!(row["ss58"], alice.as_str());
    assert_eq!(row["name"], "alice");
    let free: u64 = row["free"]["rao"].as_str().unwrap().parse().unwrap();
    assert!(free > 900_000 * 1_000_000_000, "{row}");
    // 1000 α on subnets 1 and 2 at a price near 1 τ.
    let staked: u64 = row["staked_value"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(staked > 1_500 * 1_000_000_000, "{row}");
    assert!(
        data["chain"]["block"]["number"].as_u64().is_some(),
        "System.Number is read"
    );

    // --all reads every wallet in one storage request and one stake call.
    devnet.ctx.reset_request_counts();
    let all = BalanceArgs {
        all: true,
        ss58: Vec::new(),
        chain: ChainArgs::default(),
    }
    .run(&ctx)
    .expect("balance --all");
    assert!(total_requests(&devnet) <= 5);
    let names: Vec<&str> = all.data["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alice", "bob"]);
    let total: u64 = all.data["totals"]["total"]["rao"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(total > 2_000_000 * 1_000_000_000 - 10_000 * 1_000_000_000);

    // --ss58 for an empty account.
    let empty = BalanceArgs {
        all: false,
        ss58: vec![ss58_of("//Nobody")],
        chain: ChainArgs::default(),
    }
    .run(&ctx)
    .expect("balance --ss58");
    assert_eq!(empty.data["accounts"][0]["free"]["rao"], "0");

    // Overview: per subnet and hotkey, with the token symbol.
    let overview = OverviewArgs {
        ss58: None,
        chain: ChainArgs::default(),
    }
    .run(&ctx)
    .expect("overview");
    let positions = overview.data["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 3, "{}", overview.data);
    assert_eq!(positions[0]["symbol"], "α");
    assert_eq!(positions[1]["symbol"], "β");
    assert_eq!(positions[2]["symbol"], "γ");
    assert_eq!(positions[0]["hotkey"], ss58_of("//Alice//hot"));
    assert!(overview.human.contains("α"));
    devnet.stop();
}
