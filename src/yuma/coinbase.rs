//! The per-uid payout of one tempo from the epoch's emissions (`coinbase_no_children`).
//!
//! Assumes no parent/child stake relations (each hotkey's own stake is its `alpha_stake` /
//! `tao_stake`) and ignores the owner-hotkey burn and delegate takes. All arithmetic is `U96F32`
//! as on chain: conversions from u64 saturate, products floor, quotients truncate, a division by
//! zero gives 0.
//!
//! 1. `tw = tao_weight_raw / u64::MAX`.
//! 2. The validator pool is `pending_validator_alpha`, plus `pending_server_alpha` when the epoch
//!    paid no incentive at all.
//! 3. Per uid, `root_prop = tao·tw / (alpha + tao·tw)`; the validator emission `d` splits into
//!    root dividends `d·root_prop` and alpha dividends `d − d·root_prop`.
//! 4. Each uid receives `pool · (its share / total)` of the alpha and root pools (share divided
//!    first, then multiplied).

use substrate_fixed::types::U96F32;

use super::input::EpochInput;
use super::math::safe_div_u96;
use super::output::CoinbaseOutput;

/// Compute `coinbase_no_children` from the input and the epoch's emissions.
pub fn coinbase_no_children(
    input: &EpochInput,
    server_emission: &[u64],
    validator_emission: &[u64],
) -> CoinbaseOutput {
    let zero = U96F32::from_bits(0);
    let tw = safe_div_u96(
        U96F32::saturating_from_num(input.tao_weight_raw),
        U96F32::saturating_from_num(u64::MAX),
    );
    let paid_incentive = server_emission.iter().any(|&e| e != 0);
    let va = if paid_incentive {
        input.pending_validator_alpha
    } else {
        input
            .pending_validator_alpha
            .saturating_add(input.pending_server_alpha)
    };
    let n = validator_emission.len();
    let mut alpha_divs = Vec::with_capacity(n);
    let mut root_divs = Vec::with_capacity(n);
    for ((&ve, &alpha), &tao) in validator_emission
        .iter()
        .zip(&input.alpha_stake)
        .zip(&input.tao_stake)
    {
        let d = U96F32::saturating_from_num(ve);
        let a = U96F32::saturating_from_num(alpha);
        let r = U96F32::saturating_from_num(tao).saturating_mul(tw);
        let root_prop = safe_div_u96(r, a.saturating_add(r));
        let rd = d.saturating_mul(root_prop);
        let ad = d.saturating_sub(rd);
        alpha_divs.push(ad);
        root_divs.push(rd);
    }
    let ta = alpha_divs.iter().fold(zero, |s, x| s.saturating_add(*x));
    let tr = root_divs.iter().fold(zero, |s, x| s.saturating_add(*x));
    let va_fx = U96F32::saturating_from_num(va);
    let pr_fx = U96F32::saturating_from_num(input.pending_root_alpha);
    let alpha_out: Vec<U96F32> = alpha_divs
        .iter()
        .map(|&ad| va_fx.saturating_mul(safe_div_u96(ad, ta)))
        .collect();
    let root_out: Vec<U96F32> = root_divs
        .iter()
        .map(|&rd| pr_fx.saturating_mul(safe_div_u96(rd, tr)))
        .collect();
    CoinbaseOutput {
        pending_server_alpha: input.pending_server_alpha,
        pending_validator_alpha: input.pending_validator_alpha,
        pending_root_alpha: input.pending_root_alpha,
        incentive_alpha: server_emission.to_vec(),
        validator_alpha_used: va,
        alpha_dividends_u96f32_bits: alpha_out.iter().map(|x| x.to_bits().to_string()).collect(),
        root_alpha_dividends_u96f32_bits: root_out
            .iter()
            .map(|x| x.to_bits().to_string())
            .collect(),
        alpha_dividends_u64: alpha_out
            .iter()
            .map(|x| x.saturating_to_num::<u64>())
            .collect(),
        root_alpha_dividends_u64: root_out
            .iter()
            .map(|x| x.saturating_to_num::<u64>())
            .collect(),
    }
}
