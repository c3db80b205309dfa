//! The closest names to a misspelled one (pallets, storage items, calls, APIs, fields).

/// Up to three names close to `got`, best first: a case-insensitive match (alone), names that contain it
/// or that it contains, then names within a small edit distance (Jaro–Winkler ≥ 0.8).
pub fn closest<'a>(got: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let g = got.to_lowercase();
    let mut scored: Vec<(f64, &str)> = names
        .into_iter()
        .filter_map(|n| {
            let l = n.to_lowercase();
            let score = if l == g {
                2.0
            } else if !g.is_empty() && (l.contains(&g) || g.contains(&l)) && l.len() > 2 {
                1.5 - (l.len() as f64 - g.len() as f64).abs() / 1000.0
            } else {
                strsim::jaro_winkler(&g, &l)
            };
            (score >= 0.8).then_some((score, n))
        })
        .collect();
    if scored.iter().any(|(s, _)| *s >= 2.0) {
        scored.retain(|(s, _)| *s >= 2.0);
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(3)
        .map(|(_, n)| n.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_best_first() {
        let names = [
            "TotalHotkeyAlpha",
            "TotalStake",
            "Alpha",
            "SubnetTAO",
            "Tempo",
        ];
        assert_eq!(closest("totalstake", names), vec!["TotalStake"]);
        assert_eq!(closest("TotalStak", names)[0], "TotalStake");
        assert_eq!(closest("Tempoo", names)[0], "Tempo");
        assert!(closest("zzzzzz", names).is_empty());
    }

    #[test]
    fn substrings_count_as_near() {
        let names = ["transfer_keep_alive", "transfer_all", "force_transfer"];
        let got = closest("transfer", names);
        assert!(got.contains(&"transfer_all".to_string()), "{got:?}");
    }
}
