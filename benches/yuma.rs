//! Epoch timings on the shapes of the chain's own measurements: n = 256 with 64 validators and
//! n = 1024 with 256 validators; dense weights (every uid but the validator's own) and 32 weights
//! per validator; Yuma2, and Yuma3 with liquid alpha. Bonds are carried over from a previous epoch.
//!
//! Every shape runs three times: `tao` (the engine), `tao_scalar` (the engine with its AVX-512
//! code switched off, as processors without it run) and `chain` (`tao::yuma::reference`, the
//! chain's sparse epoch transcribed with its own data structures). After criterion's report, a
//! table gives the medians and the ratios for every shape measured in this run, so the speed-up is
//! always a same-machine, same-run figure.

// The ratio table is this benchmark's output, printed after criterion's own report.
#![allow(clippy::disallowed_macros)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use criterion::{BenchmarkId, Criterion};
use tao::yuma::math::vec_u16_max_upscale_to_u16;
use tao::yuma::{EpochInput, epoch, reference, use_wide_instructions};

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

/// The shapes, in the order of the README's table.
fn shapes() -> Vec<(String, EpochInput)> {
    let mut out = Vec::new();
    for (n, v) in [(256usize, 64usize), (1024, 256)] {
        for (weights, per) in [("dense", None), ("sparse32", Some(32))] {
            for (variant, yuma3) in [("yuma2", false), ("yuma3_liquid", true)] {
                let shape = format!("{n}x{v}/{weights}/{variant}");
                out.push((shape, bench_input(n, v, per, yuma3)));
            }
        }
    }
    out
}

fn bench_epochs(c: &mut Criterion) {
    let mut group = c.benchmark_group("epoch");
    group.warm_up_time(Duration::from_millis(500));
    for (shape, input) in shapes() {
        assert_eq!(
            epoch(&input).expect("valid").to_output(),
            reference::epoch(&input).to_output(),
            "{shape}: the engine and the reference disagree"
        );
        let heavy = shape.starts_with("1024") && shape.contains("dense");
        group.sample_size(if heavy { 10 } else { 30 });
        group.measurement_time(Duration::from_secs(if heavy { 4 } else { 2 }));
        group.bench_with_input(BenchmarkId::new("tao", &shape), &input, |b, input| {
            b.iter(|| epoch(black_box(input)).expect("valid"))
        });
        // The portable code, as processors without AVX-512 run it.
        use_wide_instructions(false);
        group.bench_with_input(
            BenchmarkId::new("tao_scalar", &shape),
            &input,
            |b, input| b.iter(|| epoch(black_box(input)).expect("valid")),
        );
        use_wide_instructions(true);
        group.bench_with_input(BenchmarkId::new("chain", &shape), &input, |b, input| {
            b.iter(|| {
                let input = black_box(input);
                input.validate().expect("valid");
                reference::epoch(input)
            })
        });
    }
    group.finish();
}

/// Where criterion writes its estimates (its own order of preference).
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("criterion")
}

/// The median (ns) criterion estimated for one benchmark in this run, if it ran.
fn median_ns(home: &Path, function: &str, shape: &str, since: SystemTime) -> Option<f64> {
    let file = home
        .join("epoch")
        .join(function)
        .join(shape.replace('/', "_"))
        .join("new")
        .join("estimates.json");
    let modified = std::fs::metadata(&file).ok()?.modified().ok()?;
    if modified < since {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn show(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else {
        format!("{:.1} µs", ns / 1e3)
    }
}

/// The same-run comparison: chain reference median, engine median, ratio.
fn print_ratios(since: SystemTime) {
    let home = criterion_home();
    let rows: Vec<String> = shapes()
        .into_iter()
        .filter_map(|(shape, _)| {
            let chain = median_ns(&home, "chain", &shape, since)?;
            let tao = median_ns(&home, "tao", &shape, since)?;
            let scalar = median_ns(&home, "tao_scalar", &shape, since)
                .map(|s| format!("{} | {:.1}×", show(s), chain / s))
                .unwrap_or_else(|| "– | –".to_string());
            Some(format!(
                "| {shape} | {} | {} | {:.1}× | {scalar} |",
                show(chain),
                show(tao),
                chain / tao
            ))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    println!(
        "\nSame run, medians: the chain's epoch (reference transcription) against tao's engine"
    );
    println!("| shape | chain | tao | chain/tao | tao, portable code | chain/portable |");
    println!("|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
}

fn main() {
    let since = SystemTime::now();
    let mut criterion = Criterion::default()
        .output_directory(&criterion_home())
        .configure_from_args();
    bench_epochs(&mut criterion);
    criterion.final_summary();
    print_ratios(since);
}
