//! The chain client: connection, on-disk metadata cache, the pinned block, dynamic
//! (metadata-driven) decoding and the typed reads the commands use.
//!
//! May use `error`, `settings`, `units` and `ss58`; never `ui` or `cli`.

pub mod cache;
pub mod client;
pub mod crowd;
pub mod dispatch;
pub mod error;
pub mod extrinsics;
pub mod fixed;
pub mod locks;
pub mod mechanisms;
pub mod multisig;
pub mod offline;
pub mod raw;
pub mod read;
pub mod shield;
pub mod symbols;
pub mod timelock;
pub mod tx;
pub mod value;
pub mod view;

pub use client::{BlockRef, Chain, ConnectOptions, DEFAULT_TIMEOUT};
pub use error::ChainError;
