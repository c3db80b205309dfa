//! Property tests of the Yuma engine: no panic on any valid input (up to 1024 uids, extreme
//! values included), normalized vectors summing to one within the fixed-point truncation, and
//! the invariants the engine documents.

use proptest::prelude::*;

use crate::rng::Rng;
use tao::yuma::{
    EpochInput, YumaError, epoch, preview, reference, simulate, use_wide_instructions,
};

const ONE_BITS: i64 = 1 << 32;

/// How wild the generated values are.
#[derive(Clone, Copy, Debug)]
enum Range {
    /// Chain-like magnitudes (stakes below 2^52 rao, parameters in their setter ranges).
    Realistic,
    /// Any value the types allow.
    Extreme,
}

fn gen_input(seed: u64, n: usize, range: Range) -> EpochInput {
    let mut r = Rng(seed);
    let extreme = matches!(range, Range::Extreme);
    let current_block = if extreme {
        r.next()
    } else {
        1_000_000 + r.below(5_000_000)
    };
    let tempo = if extreme {
        r.u16()
    } else {
        10 + r.below(400) as u16
    };
    let factor = if extreme {
        r.next() as u32
    } else {
        1000 + r.below(49_000) as u32
    };
    let near = |r: &mut Rng, span: u64| current_block.saturating_sub(r.below(span));
    let dense = r.chance(30);
    let validators = 1 + r.below(n as u64) as usize;
    let mut weights = vec![Vec::new(); n];
    let mut bonds = vec![Vec::new(); n];
    let mut permits = vec![false; n];
    for i in 0..n {
        let is_validator = i < validators || r.chance(5);
        permits[i] = if r.chance(90) {
            is_validator
        } else {
            !is_validator
        };
        if !is_validator && !r.chance(10) {
            continue;
        }
        let count = if dense {
            n
        } else {
            r.below(33).min(n as u64) as usize
        };
        let mut cols: Vec<u16> = if dense {
            (0..n as u16).collect()
        } else {
            (0..count).map(|_| r.below(n as u64) as u16).collect()
        };
        cols.sort_unstable();
        cols.dedup();
        if r.chance(10) {
            cols.reverse();
        }
        for &j in &cols {
            let v = if r.chance(10) { 0 } else { r.u16() };
            weights[i].push((j, v));
            if r.chance(50) {
                bonds[i].push((j, r.u16()));
            }
        }
    }
    let stake = |r: &mut Rng| {
        if extreme {
            match r.below(4) {
                0 => 0,
                1 => u64::MAX - r.below(3),
                _ => r.next(),
            }
        } else if r.chance(10) {
            0
        } else {
            r.below(1 << 52)
        }
    };
    let alpha_stake: Vec<u64> = (0..n).map(|_| stake(&mut r)).collect();
    let tao_stake: Vec<u64> = (0..n).map(|_| stake(&mut r)).collect();
    let last_update: Vec<u64> = (0..n)
        .map(|_| {
            if extreme {
                r.next()
            } else {
                near(&mut r, 20_000)
            }
        })
        .collect();
    let block_at_registration: Vec<u64> = (0..n)
        .map(|_| {
            if extreme {
                r.next()
            } else {
                near(&mut r, 3_000_000)
            }
        })
        .collect();
    let commit_blocks = (0..n)
        .map(|_| {
            r.chance(20).then(|| {
                if extreme {
                    r.next()
                } else {
                    near(&mut r, 2_000)
                }
            })
        })
        .collect();
    let pending_server_alpha = if extreme { r.next() } else { r.below(1 << 40) };
    let pending_validator_alpha = if extreme { r.next() } else { r.below(1 << 40) };
    let pending_root_alpha = if extreme { r.next() } else { r.below(1 << 39) };
    EpochInput {
        n: n as u16,
        current_block,
        tempo,
        activity_cutoff_factor_milli: factor,
        activity_cutoff_blocks: None,
        last_mechanism_step_block: if r.chance(30) { 0 } else { near(&mut r, 1000) },
        last_update,
        block_at_registration,
        alpha_stake,
        tao_stake,
        tao_weight_raw: if extreme {
            r.next()
        } else {
            971_718_665_099_567_868
        },
        stake_threshold: if r.chance(70) { 0 } else { r.below(1 << 40) },
        owner_uid: r.chance(30).then(|| r.below(n as u64) as u16),
        validator_permits: permits,
        max_allowed_validators: if extreme {
            r.u16()
        } else {
            r.below(n as u64 + 2) as u16
        },
        weights,
        bonds,
        commit_reveal_enabled: r.chance(50),
        commit_blocks,
        kappa: if extreme { r.u16() } else { 32767 },
        bonds_penalty: match r.below(3) {
            0 => 0,
            1 => 65535,
            _ => r.u16(),
        },
        alpha_low: if extreme {
            r.u16()
        } else {
            1638 + r.below(40_000) as u16
        },
        alpha_high: if extreme {
            r.u16()
        } else {
            45_000 + r.below(20_000) as u16
        },
        bonds_moving_average: if extreme {
            r.next()
        } else {
            r.below(1_000_000)
        },
        yuma3: r.chance(50),
        liquid_alpha: r.chance(60),
        alpha_sigmoid_steepness: if extreme {
            r.u16() as i16
        } else {
            r.below(3000) as i16
        },
        rao_emission: pending_server_alpha
            .saturating_add(pending_validator_alpha)
            .saturating_add(pending_root_alpha),
        pending_server_alpha,
        pending_validator_alpha,
        pending_root_alpha,
    }
}

/// Sum of normalized bits is one within `len` ulps of truncation, or the vector is all zero.
fn sums_to_one_or_zero(name: &str, v: &[i64]) -> Result<(), TestCaseError> {
    let sum: i128 = v.iter().map(|&x| x as i128).sum();
    if sum == 0 {
        prop_assert!(
            v.iter().all(|&x| x == 0),
            "{name}: zero sum with non-zero entries"
        );
        return Ok(());
    }
    prop_assert!(v.iter().all(|&x| x >= 0), "{name}: negative entry");
    let one = ONE_BITS as i128;
    prop_assert!(
        sum <= one && sum >= one - v.len() as i128,
        "{name}: sum {sum} is not one within {} ulps",
        v.len()
    );
    Ok(())
}

fn check_invariants(input: &EpochInput) -> Result<(), TestCaseError> {
    let sim = simulate(input).expect("valid input");
    let o = &sim.output;
    let n = input.n as usize;

    // Normalized vectors.
    sums_to_one_or_zero("stake", &o.stake_bits)?;
    sums_to_one_or_zero("active_stake", &o.active_stake_bits)?;
    sums_to_one_or_zero("incentive", &o.incentive_bits)?;
    sums_to_one_or_zero("dividends", &o.dividends_bits)?;
    for row in &o.weights_normalized_bits {
        let s: i128 = row.iter().map(|e| e.1 as i128).sum();
        prop_assert!(
            s == 0 || (s <= ONE_BITS as i128 && s >= ONE_BITS as i128 - row.len() as i128)
        );
    }

    // Ranges.
    for &c in &o.consensus_bits {
        prop_assert!((0..=ONE_BITS).contains(&c));
    }
    for &t in &o.validator_trust_bits {
        prop_assert!((0..=ONE_BITS).contains(&t));
    }
    for row in &o.ema_bonds_bits {
        for &(j, b) in row {
            prop_assert!((j as usize) < n && b > 0 && b <= ONE_BITS, "bond {b}");
        }
    }

    // u16 values are the floor of bits * 65535 / 2^32.
    let floor_u16 = |bits: i64| ((bits.max(0) as i128 * 65535) >> 32).min(65535) as u16;
    for (bits, u) in [
        (&o.consensus_bits, &o.consensus_u16),
        (&o.incentive_bits, &o.incentive_u16),
        (&o.dividends_bits, &o.dividends_u16),
        (&o.validator_trust_bits, &o.validator_trust_u16),
        (&o.stake_bits, &o.stake_weight_u16),
    ] {
        for (b, v) in bits.iter().zip(u.iter()) {
            prop_assert_eq!(floor_u16(*b), *v);
        }
    }

    // Masks: inactive or non-permitted uids have no active stake and no weights row.
    let mut permits = input.validator_permits.clone();
    if let Some(owner) = input.owner_uid {
        permits[owner as usize] = true;
    }
    #[allow(clippy::needless_range_loop)] // several parallel per-uid vectors
    for i in 0..n {
        if !o.active[i] || !permits[i] {
            prop_assert_eq!(o.active_stake_bits[i], 0);
        }
        if !permits[i] {
            prop_assert!(o.weights_normalized_bits[i].is_empty());
        }
        for &(j, _) in &o.weights_normalized_bits[i] {
            prop_assert!(j as usize != i || input.owner_uid == Some(i as u16));
        }
        // Bond rows: written for new permits, cleared for lost permits, else untouched.
        match &o.bonds_written[i] {
            None => prop_assert!(!o.new_validator_permits[i] && !permits[i]),
            Some(row) if !o.new_validator_permits[i] => prop_assert!(row.is_empty()),
            Some(_) => prop_assert!(o.new_validator_permits[i]),
        }
    }
    let elected = o.new_validator_permits.iter().filter(|&&p| p).count();
    prop_assert!(elected <= input.max_allowed_validators as usize + 1);
    if let Some(owner) = input.owner_uid {
        prop_assert!(o.new_validator_permits[owner as usize]);
    }

    // Emission never exceeds what the epoch distributes.
    let total = |v: &[u64]| v.iter().map(|&x| x as u128).sum::<u128>();
    let rao = input.rao_emission as u128;
    prop_assert!(total(&o.server_emission) + total(&o.validator_emission) <= rao);
    prop_assert!(total(&o.combined_emission) <= rao);
    let incentive_sum: i128 = o.incentive_bits.iter().map(|&x| x as i128).sum();
    let dividend_sum: i128 = o.dividends_bits.iter().map(|&x| x as i128).sum();
    if incentive_sum == 0 {
        prop_assert_eq!(total(&o.server_emission), 0);
    }
    if incentive_sum != 0 && dividend_sum != 0 {
        // Half each, less the truncation.
        let half = rao / 2;
        // Each share loses under one ulp (2^-32) to each of two truncating divisions and the
        // normalized sums may be short by n ulps: a few n ulps of the emission, plus flooring.
        let slack = n as u128 + (4 * n as u128 + 2) * ((rao >> 32) + 1);
        prop_assert!(total(&o.server_emission) + slack >= half);
        prop_assert!(total(&o.validator_emission) + slack >= half);
    }

    // The payout never exceeds its pools.
    let cb = &sim.coinbase_no_children;
    prop_assert!(total(&cb.alpha_dividends_u64) <= cb.validator_alpha_used as u128);
    prop_assert!(total(&cb.root_alpha_dividends_u64) <= cb.pending_root_alpha as u128);
    prop_assert_eq!(&cb.incentive_alpha, &o.server_emission);

    // Deterministic.
    prop_assert_eq!(simulate(input).expect("valid"), sim);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_on_realistic_inputs(seed in any::<u64>(), n in 1usize..=96) {
        check_invariants(&gen_input(seed, n, Range::Realistic))?;
    }

    #[test]
    fn no_panic_on_extreme_inputs(seed in any::<u64>(), n in 1usize..=64) {
        let input = gen_input(seed, n, Range::Extreme);
        let out = simulate(&input).expect("valid input");
        prop_assert_eq!(out.output.stake_bits.len(), n);
    }

    /// The engine equals the chain's epoch transcribed literally (`tao::yuma::reference`), every
    /// output bit for bit, on realistic and on extreme inputs.
    #[test]
    fn engine_equals_the_reference_transcription(seed in any::<u64>(), n in 1usize..=96) {
        for range in [Range::Realistic, Range::Extreme] {
            let input = gen_input(seed, n, range);
            let engine = epoch(&input).expect("valid").to_output();
            prop_assert_eq!(engine, reference::epoch(&input).to_output(), "{:?}", range);
        }
    }

    /// The portable code and the AVX-512 code (where the processor has it) give the same epoch.
    #[test]
    fn portable_and_wide_code_agree(seed in any::<u64>(), n in 1usize..=160) {
        let input = gen_input(seed, n, Range::Realistic);
        use_wide_instructions(false);
        let portable = epoch(&input).expect("valid").to_output();
        use_wide_instructions(true);
        prop_assert_eq!(portable, epoch(&input).expect("valid").to_output());
    }

    /// Re-submitting the row a validator already has, at the current block, changes nothing.
    #[test]
    fn preview_of_the_current_row_changes_nothing(seed in any::<u64>(), n in 1usize..=48) {
        let mut input = gen_input(seed, n, Range::Realistic);
        let uid = (seed % n as u64) as u16;
        input.last_update[uid as usize] = input.current_block;
        let row = input.weights[uid as usize].clone();
        let p = preview(&input, uid, &row).expect("valid");
        prop_assert!(p.rows.iter().all(|r| !r.changed()));
        prop_assert_eq!(p.dividends_before_bits, p.dividends_after_bits);
        prop_assert_eq!(p.validator_trust_before_bits, p.validator_trust_after_bits);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// Large subnets, up to the 1024 uids the issue names, with extreme and realistic values.
    #[test]
    fn no_panic_and_invariants_up_to_1024_uids(seed in any::<u64>(), n in 512usize..=1024) {
        let _ = simulate(&gen_input(seed, n, Range::Extreme)).expect("valid");
        check_invariants(&gen_input(seed, n, Range::Realistic))?;
    }
}

#[test]
fn invalid_inputs_name_the_field() {
    let good = gen_input(7, 8, Range::Realistic);
    let field_of = |input: &EpochInput| match epoch(input) {
        Err(YumaError::InvalidInput { field, .. }) => field,
        other => panic!("expected an invalid-input error, got {other:?}"),
    };
    let mut bad = good.clone();
    bad.n = 0;
    assert_eq!(field_of(&bad), "n");
    let mut bad = good.clone();
    bad.alpha_stake.pop();
    assert_eq!(field_of(&bad), "alpha_stake");
    let mut bad = good.clone();
    bad.weights[2] = vec![(8, 1)];
    assert_eq!(field_of(&bad), "weights[2][0]");
    let mut bad = good.clone();
    bad.bonds[1] = vec![(3, 1), (3, 2)];
    assert_eq!(field_of(&bad), "bonds[1][1]");
    let mut bad = good.clone();
    bad.owner_uid = Some(8);
    assert_eq!(field_of(&bad), "owner_uid");
    let mut bad = good.clone();
    bad.activity_cutoff_blocks = Some(bad.activity_cutoff() + 1);
    assert_eq!(field_of(&bad), "activity_cutoff_blocks");
    let mut ok = good.clone();
    ok.activity_cutoff_blocks = Some(ok.activity_cutoff());
    assert!(epoch(&ok).is_ok());
}

#[test]
fn json_errors_name_the_field() {
    let good = serde_json::to_value(gen_input(3, 4, Range::Realistic)).unwrap();
    let message = |v: &serde_json::Value| match EpochInput::from_json(&v.to_string()) {
        Err(YumaError::Json(m)) => m,
        other => panic!("expected a JSON error, got {other:?}"),
    };
    let mut v = good.clone();
    v.as_object_mut().unwrap().remove("kappa");
    assert!(message(&v).contains("missing field `kappa`"));
    let mut v = good.clone();
    v["kapa"] = 5.into();
    assert!(message(&v).contains("unknown field `kapa`"));
    let mut v = good.clone();
    v["tao_weight_raw"] = "12x".into();
    assert!(message(&v).contains("tao_weight_raw"));
    // A whole case object is accepted, and its other keys are ignored.
    let case = serde_json::json!({ "id": 1, "input": good, "output": {} });
    assert!(EpochInput::from_json(&case.to_string()).is_ok());
}
