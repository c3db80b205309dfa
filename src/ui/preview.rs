//! The Yuma preview for people: the compact lines of a transaction summary (`tao weights set`)
//! and the report of `tao yuma simulate` with a proposed row.
//!
//! Ratios (incentive, dividends, validator trust) are shown with 6 decimals, their differences
//! with 9 and a sign, amounts of α with all 9 decimals; the numbers follow the rules of
//! [`crate::units`], where zero never has a sign.

use crate::ui::table;
use crate::units::{format_fixed, format_i32f32, format_i32f32_delta, format_signed_rao};
use crate::yuma::payout::HotkeyPayout;
use crate::yuma::{Preview, SubnetPreview};

/// Decimals shown of the engine's ratios.
const RATIO_DECIMALS: usize = 6;

fn ratio(bits: i64) -> String {
    format_i32f32(bits, RATIO_DECIMALS)
}

/// The preview's `(label, value)` lines of a transaction summary, shown after the call's own
/// lines: what the epoch at `epoch_block` pays the validator, one indented line per uid whose
/// incentive, dividends or emission changes, then `note` when there is one.
pub fn summary_lines(p: &Preview, epoch_block: u64, note: Option<&str>) -> Vec<(String, String)> {
    let mut lines = vec![(
        "preview".to_string(),
        format!(
            "epoch at block #{epoch_block}; uid {} dividends {} → {}, validator emission {} → {} α",
            p.uid,
            ratio(p.dividends_before_bits),
            ratio(p.dividends_after_bits),
            format_fixed(p.validator_emission_before),
            format_fixed(p.validator_emission_after)
        ),
    )];
    for r in p.rows.iter().filter(|r| r.changed()) {
        lines.push((
            format!("  uid {}", r.uid),
            format!(
                "incentive {} → {}, dividends {} → {}, emission {} α ({})",
                ratio(r.incentive_before_bits),
                ratio(r.incentive_after_bits),
                ratio(r.dividends_before_bits),
                ratio(r.dividends_after_bits),
                format_fixed(r.emission_after),
                format_signed_rao(r.emission_delta)
            ),
        ));
    }
    if let Some(note) = note {
        lines.push(("preview note".into(), note.into()));
    }
    lines
}

/// The summary lines of a preview on a subnet with several mechanisms, after
/// [`summary_lines`] (which shows the mechanism's own epoch): the mechanism's share of the
/// emission, and what the validator and every uid whose payout changes receive across all
/// mechanisms.
pub fn mechanism_lines(s: &SubnetPreview) -> Vec<(String, String)> {
    let m = usize::from(s.mecid);
    let (before, after) = s.validator_total();
    let (div_before, div_after) = s.validator_dividends();
    let mut lines = vec![
        (
            "mechanisms".to_string(),
            format!(
                "{} (mechanism {} runs on {} of the {} α emission)",
                s.shares.len(),
                s.mecid,
                format_fixed(s.shares.get(m).copied().unwrap_or(0)),
                format_fixed(s.emission)
            ),
        ),
        (
            "all mechanisms".to_string(),
            format!(
                "uid {} dividends {} → {} (of 65535), emission {} → {} α",
                s.mechanism.uid,
                div_before,
                div_after,
                format_fixed(before),
                format_fixed(after)
            ),
        ),
    ];
    for uid in 0..s.aggregated_after.len() {
        let u = u16::try_from(uid).unwrap_or(u16::MAX);
        let (b, a) = (
            SubnetPreview::total_of(&s.aggregated_before, u),
            SubnetPreview::total_of(&s.aggregated_after, u),
        );
        if a != b {
            lines.push((
                format!("  uid {uid} (all)"),
                format!(
                    "emission {} α ({})",
                    format_fixed(a),
                    format_signed_rao(i128::from(a) - i128::from(b))
                ),
            ));
        }
    }
    lines
}

/// The summary lines of the dividend payout per hotkey (after the parent/child split and the
/// takes): one line per hotkey whose payout the row changes, with what its pool and its owner
/// receive. `rows` are `(hotkey, uid, before, after)`.
pub fn payout_lines(
    rows: &[(String, Option<u16>, HotkeyPayout, HotkeyPayout)],
) -> Vec<(String, String)> {
    let paid = |p: &HotkeyPayout| p.alpha + p.alpha_take + p.root + p.root_take;
    rows.iter()
        .filter(|(_, _, b, a)| b != a)
        .map(|(hotkey, uid, b, a)| {
            let who = match uid {
                Some(u) => format!("  payout uid {u}"),
                None => format!("  payout {}", short(hotkey)),
            };
            (
                who,
                format!(
                    "{} α ({}): pool {} α, root {} α, owner's take {} α",
                    format_fixed(paid(a)),
                    format_signed_rao(i128::from(paid(a)) - i128::from(paid(b))),
                    format_fixed(a.alpha),
                    format_fixed(a.root),
                    format_fixed(a.alpha_take + a.root_take),
                ),
            )
        })
        .collect()
}

fn short(ss58: &str) -> String {
    if ss58.len() > 12 {
        format!("{}…{}", &ss58[..6], &ss58[ss58.len() - 4..])
    } else {
        ss58.to_string()
    }
}

/// The human report of `tao yuma simulate` with a proposed row: the validator's stored row and
/// its dividends, validator trust and emission before and after, then a table of the uids whose
/// values change (every uid with `all`).
pub fn report(p: &Preview, all: bool) -> String {
    let row_text: Vec<String> = p.row.iter().map(|(j, v)| format!("{j}:{v}")).collect();
    let summary = table::key_values([
        ("validator uid", p.uid.to_string()),
        ("stored row (uid:u16)", row_text.join(" ")),
        (
            "dividends",
            format!(
                "{} → {}",
                ratio(p.dividends_before_bits),
                ratio(p.dividends_after_bits)
            ),
        ),
        (
            "validator trust",
            format!(
                "{} → {}",
                ratio(p.validator_trust_before_bits),
                ratio(p.validator_trust_after_bits)
            ),
        ),
        (
            "validator emission (α)",
            format!(
                "{} → {}",
                format_fixed(p.validator_emission_before),
                format_fixed(p.validator_emission_after)
            ),
        ),
    ]);
    let mut t = table::new([
        "uid",
        "incentive",
        "Δ incentive",
        "dividends",
        "Δ dividends",
        "emission (α)",
        "Δ emission (α)",
    ]);
    let mut shown = 0;
    for r in p.rows.iter().filter(|r| all || r.changed()) {
        shown += 1;
        t.add_row([
            r.uid.to_string(),
            ratio(r.incentive_after_bits),
            format_i32f32_delta(r.incentive_after_bits, r.incentive_before_bits),
            ratio(r.dividends_after_bits),
            format_i32f32_delta(r.dividends_after_bits, r.dividends_before_bits),
            format_fixed(r.emission_after),
            format_signed_rao(r.emission_delta),
        ]);
    }
    let rows = if shown == 0 {
        "no uid's incentive, dividends or emission changes\n".to_string()
    } else {
        table::render(&t)
    };
    format!("{summary}{rows}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yuma::PreviewRow;

    fn row(uid: u16, incentive: (i64, i64), emission: (u64, u64)) -> PreviewRow {
        PreviewRow {
            uid,
            incentive_before_bits: incentive.0,
            incentive_after_bits: incentive.1,
            dividends_before_bits: 0,
            dividends_after_bits: 0,
            emission_before: emission.0,
            emission_after: emission.1,
            emission_delta: i128::from(emission.1) - i128::from(emission.0),
        }
    }

    fn sample() -> Preview {
        Preview {
            uid: 1,
            row: vec![(0, 65535), (2, 32767)],
            dividends_before_bits: 1 << 31,
            dividends_after_bits: 1 << 30,
            validator_trust_before_bits: 0,
            validator_trust_after_bits: 1 << 32,
            validator_emission_before: 2_000_000_000,
            validator_emission_after: 1_500_000_000,
            rows: vec![
                row(0, (0, 1 << 31), (1, 500_000_001)),
                row(1, (0, 0), (7, 7)),
                // The incentive changed but the emission did not: the zero has no sign.
                row(2, (1 << 31, 1 << 30), (9, 9)),
            ],
        }
    }

    #[test]
    fn the_summary_has_one_line_per_changed_uid_then_the_note() {
        let lines = summary_lines(&sample(), 360, Some("a note"));
        let text: Vec<String> = lines.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        assert_eq!(
            text,
            [
                "preview: epoch at block #360; uid 1 dividends 0.500000 → 0.250000, validator emission 2.000000000 → 1.500000000 α",
                "  uid 0: incentive 0.000000 → 0.500000, dividends 0.000000 → 0.000000, emission 0.500000001 α (+0.500000000)",
                "  uid 2: incentive 0.500000 → 0.250000, dividends 0.000000 → 0.000000, emission 0.000000009 α (0.000000000)",
                "preview note: a note",
            ]
        );
        assert_eq!(summary_lines(&sample(), 360, None).len(), 3);
    }

    #[test]
    fn the_report_lists_changed_uids_or_all() {
        let changed = report(&sample(), false);
        assert!(changed.contains("│ validator uid "), "{changed}");
        assert!(changed.contains("0:65535 2:32767"), "{changed}");
        assert!(changed.contains("0.000000 → 1.000000"), "{changed}");
        assert!(changed.contains("2.000000000 → 1.500000000"), "{changed}");
        // The first cell of the table's rows, skipping the summary's.
        let uid_rows = |s: &str| {
            s.lines()
                .filter_map(|l| l.split('┆').next())
                .map(|c| c.trim_matches(['│', ' ']).to_string())
                .filter(|c| c.parse::<u16>().is_ok())
                .collect::<Vec<_>>()
        };
        assert_eq!(uid_rows(&changed), ["0", "2"]);
        assert!(changed.contains("┆ +0.500000000 ┆"), "{changed}");
        assert!(changed.contains("┆ -0.250000000 ┆"), "{changed}");
        assert!(changed.contains(" 0.000000000 "), "{changed}");
        assert!(!changed.contains("+0.000000000"), "{changed}");
        assert_eq!(uid_rows(&report(&sample(), true)), ["0", "1", "2"]);
        let mut still = sample();
        still.rows.retain(|r| !r.changed());
        assert!(
            report(&still, false).ends_with("no uid's incentive, dividends or emission changes\n")
        );
    }
}
