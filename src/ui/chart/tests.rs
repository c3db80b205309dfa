//! Snapshots of charts drawn from fixed data: 1, 4 and 256 uids, a narrow terminal, the
//! tables of a stream that is not a terminal, colour, and the SVG.

use super::*;
use crate::units::{format_fixed, format_signed_rao};

const WIDE: Target = Target {
    terminal: true,
    width: 80,
    height: 24,
    color: false,
};

/// A fixed, uneven amount of rao for uid `u`.
fn amount(u: u16, salt: u64) -> u64 {
    (u64::from(u) * 7919 + salt * 104_729) % 1_000_003 * 1_000 + u64::from(u)
}

fn preview(n: u16, mine: u16) -> Figure {
    let rows = (0..n)
        .map(|u| {
            let (inc_b, inc_a) = (amount(u, 1) % 65_536, amount(u, 2) % 65_536);
            let (em_b, em_a) = (
                amount(u, 3),
                if u % 3 == 0 {
                    amount(u, 3)
                } else {
                    amount(u, 4)
                },
            );
            PairedRow {
                label: format!("uid {u}"),
                highlight: u == mine,
                pairs: vec![
                    Pair {
                        before: u128::from(inc_b),
                        after: u128::from(inc_a),
                        before_text: format!("{inc_b}"),
                        after_text: format!("{inc_a}"),
                        change_text: format!(
                            "{:+}",
                            i64::try_from(inc_a).unwrap() - i64::try_from(inc_b).unwrap()
                        ),
                    },
                    Pair {
                        before: u128::from(em_b),
                        after: u128::from(em_a),
                        before_text: format_fixed(em_b),
                        after_text: format_fixed(em_a),
                        change_text: format_signed_rao(i128::from(em_a) - i128::from(em_b)),
                    },
                ],
            }
        })
        .collect();
    Figure {
        title: "preview".into(),
        panels: vec![Panel::Paired(Paired {
            title: "incentive and emission (α), now and after".into(),
            label_name: "uid".into(),
            series: vec!["incentive".into(), "emission (α)".into()],
            rank_by: 1,
            rows,
        })],
    }
}

fn metagraph(n: u16, mine: u16) -> Figure {
    let bars = |title: &str, salt: u64| {
        Panel::Bars(Bars {
            title: title.into(),
            label_name: "uid".into(),
            value_name: title.into(),
            bars: (0..n)
                .map(|u| Bar {
                    label: format!("uid {u}"),
                    value: u128::from(amount(u, salt)),
                    text: format_fixed(amount(u, salt)),
                    highlight: u == mine,
                })
                .collect(),
        })
    };
    let points = (0..n)
        .map(|u| Point {
            label: format!("{u}"),
            x: u128::from(amount(u, 1)),
            y: u128::from(amount(u, 2)),
            x_text: format_fixed(amount(u, 1)),
            y_text: format_fixed(amount(u, 2)),
            highlight: u == mine,
        })
        .collect();
    Figure {
        title: "subnet 1 (α)".into(),
        panels: vec![
            bars("stake", 1),
            bars("incentive", 2),
            Panel::Scatter(Scatter {
                title: "stake versus incentive".into(),
                label_name: "uid".into(),
                x_name: "stake".into(),
                y_name: "incentive".into(),
                points,
            }),
        ],
    }
}

#[test]
fn one_uid() {
    insta::assert_snapshot!("preview_1", render(&preview(1, 0), &WIDE));
    insta::assert_snapshot!("metagraph_1", render(&metagraph(1, 0), &WIDE));
}

#[test]
fn four_uids() {
    insta::assert_snapshot!("preview_4", render(&preview(4, 2), &WIDE));
    insta::assert_snapshot!("metagraph_4", render(&metagraph(4, 2), &WIDE));
}

#[test]
fn two_hundred_fifty_six_uids_are_summarised_beyond_a_screenful() {
    let text = render(&preview(256, 200), &WIDE);
    insta::assert_snapshot!("preview_256", text);
    // A screenful: the title lines, the header and two lines per uid shown, then the summary.
    assert!(text.contains("… 247 more uids: "), "{text}");
    assert!(text.lines().count() < 60, "{text}");
    // The signer's uid beyond the screenful still shows, marked.
    let m = render(&metagraph(256, 200), &WIDE);
    insta::assert_snapshot!("metagraph_256", m);
    assert!(m.contains("… 238 more, the largest"), "{m}");
}

#[test]
fn the_summary_puts_the_largest_change_first() {
    let text = render(&preview(256, 200), &WIDE);
    let summary: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("more uids"))
        .skip(1)
        .take(2)
        .collect();
    let change = |l: &str| -> f64 {
        let tail = l.rsplit('(').next().unwrap().trim_end_matches(')');
        tail.parse::<f64>().unwrap().abs()
    };
    assert!(change(summary[0]) >= change(summary[1]), "{summary:?}");
}

#[test]
fn a_narrow_terminal_gets_a_note() {
    let narrow = Target { width: 59, ..WIDE };
    let text = render(&preview(4, 2), &narrow);
    insta::assert_snapshot!("narrow", text);
    assert!(text.starts_with("note: chart skipped"));
    assert!(render(&preview(4, 2), &Target { width: 60, ..WIDE }).starts_with("preview\n"));
}

#[test]
fn a_stream_that_is_not_a_terminal_gets_tables() {
    let t = Target {
        terminal: false,
        ..WIDE
    };
    insta::assert_snapshot!("tables_4", render(&preview(4, 2), &t));
    insta::assert_snapshot!("tables_metagraph_4", render(&metagraph(4, 2), &t));
}

#[test]
fn colour_only_when_asked() {
    let plain = render(&preview(4, 2), &WIDE);
    assert!(!plain.contains('\x1b'));
    let coloured = render(
        &preview(4, 2),
        &Target {
            color: true,
            ..WIDE
        },
    );
    assert!(coloured.contains("\x1b[1;36m"), "{coloured}");
    // Without colour the signer's row is still marked.
    assert!(plain.lines().any(|l| l.starts_with("▶uid 2")), "{plain}");
}

#[test]
fn bars_are_proportional_and_a_nonzero_value_shows() {
    assert_eq!(eighths(0, 10, 10), 0);
    assert_eq!(eighths(1, 1_000_000, 10), 1);
    assert_eq!(eighths(5, 10, 10), 40);
    assert_eq!(eighths(10, 10, 10), 80);
    assert_eq!(bar(13), "█▋");
}

#[test]
fn the_svg_has_every_uid_and_exact_labels() {
    let svg = svg::render(&metagraph(4, 2)).unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(svg.trim_end().ends_with("</svg>"));
    for u in 0..4 {
        assert!(svg.contains(&format!(">\nuid {u}\n<")), "uid {u}");
    }
    assert!(svg.contains(&format_fixed(amount(3, 1))));
    let p = svg::render(&preview(256, 200)).unwrap();
    assert!(p.contains(">\nuid 255\n<"));
    assert!(p.contains(&format_fixed(amount(255, 3))));
    insta::assert_snapshot!("svg_preview_4", svg::render(&preview(4, 2)).unwrap());
}
