//! Human tables: comfy-table with rounded borders.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

/// A table with tao's look and the given header.
pub fn new<I, S>(header: I) -> Table
where
    I: IntoIterator<Item = S>,
    S: Into<comfy_table::Cell>,
{
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED.with_rounded_corners())
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header);
    t
}

/// Render a table followed by a newline.
pub fn render(table: &Table) -> String {
    format!("{table}\n")
}

/// A two-column key/value table.
pub fn key_values<K: ToString, V: ToString>(rows: impl IntoIterator<Item = (K, V)>) -> String {
    let mut t = new(["field", "value"]);
    for (k, v) in rows {
        t.add_row([k.to_string(), v.to_string()]);
    }
    render(&t)
}
