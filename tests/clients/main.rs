//! The official clients against tao's devnet: what a user of btcli sees when pointed at the
//! devnet, compared with the devnet's own state and with what tao reads. The clients run from
//! the pinned Python environments that `.ci/` scripts create; without them these tests skip
//! locally and fail under `CI=true`.

#[allow(dead_code)]
#[path = "../cli/support/mod.rs"]
mod support;

mod btcli;
mod btcli11;
mod btcli11_writes;
mod btcli_crowd;
mod btcli_writes;
mod sdk;
mod shield;
