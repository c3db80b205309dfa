//! `tao view`, the live dashboard: its state ([`state`]), its keys ([`keys`]) and its frames
//! ([`render`]), each a plain function over a [`ViewState`], so that a frame can be drawn on
//! ratatui's `TestBackend` and compared as text. The loop that reads the chain on every new
//! head and feeds keys in is `crate::cli::view`.

pub mod keys;
pub mod render;
pub mod state;

pub use keys::{Action, on_key};
pub use render::{frame_text, render};
pub use state::{Connection, Edit, Pane, Sort, ViewState};

#[cfg(test)]
mod tests;
