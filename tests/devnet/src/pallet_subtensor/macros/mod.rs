//! Parts of the `#[frame_support::pallet]` module kept in files of their own: each file is a
//! `#[pallet_section]` that `pallet_subtensor/mod.rs` imports into the pallet with
//! `#[import_section]`. A section's tokens are pasted into the pallet module, so it uses the
//! pallet module's imports and declares none of its own.

pub mod constants;
pub mod dispatches;
pub mod errors;
pub mod events;
pub mod hooks;
