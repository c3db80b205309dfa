//! The chain client offline (a scripted RPC transport and real runtime metadata) and the
//! timelock format (known-answer vectors, and the cross-check with the official Python library
//! where its environment is present).

mod offline;
mod timelock_btdrand;
mod timelock_vectors;
