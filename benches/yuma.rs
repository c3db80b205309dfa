//! Epoch timings on the shapes of the chain's own measurements: n = 256 with 64 validators and
//! n = 1024 with 256 validators; dense weights (every other uid) and 32 weights per validator;
//! Yuma2, and Yuma3 with liquid alpha. Bonds are carried over from a previous epoch.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use tao::yuma::math::vec_u16_max_upscale_to_u16;
use tao::yuma::{EpochInput, epoch};

/// splitmix64, so the inputs are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn bench_input(
    n: usize,
    validators: usize,
    per_validator: Option<usize>,
    yuma3: bool,
) -> EpochInput {
    let mut r = Rng(n as u64 * 31 + validators as u64);
    let current_block = 5_000_000;
    let mut weights = vec![Vec::new(); n];
    for (i, row) in weights.iter_mut().enumerate().take(validators) {
        let cols: Vec<u16> = match per_validator {
            None => (0..n as u16).filter(|&j| j as usize != i).collect(),
            Some(k) => {
                let mut c: Vec<u16> = (0..k).map(|_| (r.next() % n as u64) as u16).collect();
                c.sort_unstable();
                c.dedup();
                c
            }
        };
        let raw: Vec<u16> = cols.iter().map(|_| (r.next() % 65536) as u16).collect();
        let stored = vec_u16_max_upscale_to_u16(&raw);
        *row = cols.into_iter().zip(stored).collect();
    }
    let alpha_stake = (0..n)
        .map(|i| {
            if i < validators {
                1_000_000_000_000 + r.next() % 100_000_000_000_000
            } else {
                r.next() % 1_000_000_000
            }
        })
        .collect();
    let mut input = EpochInput {
        n: n as u16,
        current_block,
        tempo: 360,
        activity_cutoff_factor_milli: 13_889,
        activity_cutoff_blocks: None,
        last_mechanism_step_block: current_block - 360,
        last_update: vec![current_block - 10; n],
        block_at_registration: (0..n as u64).map(|i| 1_000 + i).collect(),
        alpha_stake,
        tao_stake: (0..n).map(|_| r.next() % 10_000_000_000_000).collect(),
        tao_weight_raw: 971_718_665_099_567_868,
        stake_threshold: 0,
        owner_uid: None,
        validator_permits: (0..n).map(|i| i < validators).collect(),
        max_allowed_validators: validators as u16,
        weights,
        bonds: vec![Vec::new(); n],
        commit_reveal_enabled: false,
        commit_blocks: vec![None; n],
        kappa: 32_767,
        bonds_penalty: 65_535,
        alpha_low: 45_875,
        alpha_high: 58_982,
        bonds_moving_average: 900_000,
        yuma3,
        liquid_alpha: yuma3,
        alpha_sigmoid_steepness: 1000,
        rao_emission: 1_000_000_000_000,
        pending_server_alpha: 500_000_000_000,
        pending_validator_alpha: 400_000_000_000,
        pending_root_alpha: 100_000_000_000,
    };
    // Carry bonds over from one previous epoch.
    let first = epoch(&input).expect("valid bench input");
    input.bonds = first
        .bonds_written
        .into_iter()
        .map(|row| row.unwrap_or_default())
        .collect();
    input
}

fn bench_epochs(c: &mut Criterion) {
    let mut group = c.benchmark_group("epoch");
    group.warm_up_time(Duration::from_millis(500));
    for (n, v) in [(256usize, 64usize), (1024, 256)] {
        for (weights, per) in [("dense", None), ("sparse32", Some(32))] {
            for (variant, yuma3) in [("yuma2", false), ("yuma3_liquid", true)] {
                let input = bench_input(n, v, per, yuma3);
                let id = BenchmarkId::new(format!("{n}x{v}/{weights}"), variant);
                let heavy = n >= 1024 && per.is_none();
                group.sample_size(if heavy { 10 } else { 30 });
                group.measurement_time(Duration::from_secs(if heavy { 4 } else { 2 }));
                group.bench_with_input(id, &input, |b, input| {
                    b.iter(|| epoch(black_box(input)).expect("valid"))
                });
            }
        }
    }
    group.finish();
}

criterion_group!(benches, bench_epochs);
criterion_main!(benches);
