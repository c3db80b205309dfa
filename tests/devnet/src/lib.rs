//! `tao-devnet`: a local chain for tao's tests.
//!
//! A native FRAME runtime (frame-system, pallet-balances with u64 balances,
//! pallet-transaction-payment, pallet-utility and a `SubtensorModule` that mirrors subtensor's
//! call, storage, event, error and runtime-API shapes) behind a JSON-RPC server on 127.0.0.1.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let devnet = tao_devnet::Devnet::start(tao_devnet::Options {
//!     port: 0,
//!     dev_rpc: true,
//!     ..Default::default()
//! })
//! .await?;
//! println!("listening on {}", devnet.url());
//! # Ok(()) }
//! ```

pub mod apis;
pub mod chain;
pub mod coinbase;
pub mod epoch;
pub mod extensions;
pub mod faults;
pub mod newer;
pub mod pallet_admin_utils;
pub mod pallet_crowdloan;
pub mod pallet_drand;
pub mod pallet_shield;
pub mod pallet_subtensor;
pub mod proxy;
pub mod rpc;
pub mod runtime;
pub mod state_file;
pub mod tlock;
pub mod types;

pub use chain::{DEV_SEEDS, TAO, dev_account};
pub use rpc::{BlockMode, Ctx, Devnet, Options, SpawnedDevnet};

// The runtime, declared here so its enums' metadata paths are `tao_devnet::RuntimeEvent` and
// `tao_devnet::RuntimeCall` (two segments, as the real chain's); its configuration lives in
// `runtime.rs`.
frame_support::construct_runtime!(
    pub enum Runtime {
        System: frame_system = 0,
        Balances: pallet_balances = 5,
        TransactionPayment: pallet_transaction_payment = 6,
        SubtensorModule: pallet_subtensor = 7,
        Utility: pallet_utility = 11,
        Multisig: pallet_multisig = 13,
        Proxy: pallet_proxy = 16,
        AdminUtils: pallet_admin_utils = 19,
        Drand: pallet_drand = 26,
        MevShield: pallet_shield = 30,
        Crowdloan: pallet_crowdloan = 27,
    }
);
