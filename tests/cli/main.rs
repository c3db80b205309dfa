//! The `tao` command line end to end: the real binary in a clean sandbox, against an in-process
//! devnet on 127.0.0.1 where it reads the chain. One module per command group; `support` holds
//! the helpers.

mod support;
#[path = "../shared/yuma_vectors.rs"]
mod yuma_vectors;

mod agent;
mod associate;
mod auto_stake;
mod axon;
mod charts;
mod children;
mod crowd;
mod every_transaction;
mod faults;
mod foundation;
mod generated;
mod identities;
mod json_record;
mod locks;
mod mechanisms;
mod multisig;
mod offline;
mod proxy;
mod proxy_book;
mod raw;
mod reads;
mod root_claims;
mod shield;
mod stake;
mod stake_move;
mod subnets;
mod subnets_mechanisms;
mod subnets_owner;
mod sudo;
mod swaps;
mod takes;
mod tempo_control;
mod transfer;
mod view;
mod wallet;
mod wallet_balance;
mod weights;
mod yuma;
