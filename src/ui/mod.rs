//! Everything a person sees: stdout (results only), stderr (status, warnings, errors, prompts,
//! spinners), tables and colour. Only `cli` uses this module.

pub mod chart;
pub mod output;
pub mod preview;
pub mod progress;
pub mod prompt;
pub mod style;
pub mod table;
pub mod view;

pub use output::{Mode, Printer};
