//! A subnet's epoch across all of its mechanisms, as the chain's `epoch_with_mechanisms` runs
//! it: the subnet's emission split between the mechanisms ([`split_emission`]), one epoch per
//! mechanism on its own weights, bonds and last updates with its own share as the emission, and
//! the results added up per uid ([`aggregate`]).
//!
//! Each mechanism's [`EpochInput`] carries the subnet's whole emission in `rao_emission` (every
//! mechanism the same); the split replaces it with the mechanism's share before its epoch runs.
//! A subnet with one mechanism and no split is the plain epoch.

use serde::{Deserialize, Serialize};

use super::mechanisms::{Aggregated, MAX_MECHANISMS, aggregate, split_emission};
use super::preview::{Preview, apply_row};
use super::{EpochInput, EpochOutput, Simulation, YumaError, coinbase, epoch};

/// A subnet's epoch input with every mechanism: what `tao yuma simulate` reads when the input
/// has a `mechanisms` key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubnetInput {
    /// The stored `MechanismEmissionSplit` (u16 shares summing to 65535), or none for an even
    /// split.
    #[serde(default)]
    pub emission_split: Option<Vec<u16>>,
    /// One epoch input per mechanism, mechanism 0 first; each with the subnet's whole emission
    /// in `rao_emission`.
    pub mechanisms: Vec<EpochInput>,
}

fn invalid(field: impl Into<String>, reason: impl Into<String>) -> YumaError {
    YumaError::InvalidInput {
        field: field.into(),
        reason: reason.into(),
    }
}

impl SubnetInput {
    /// The subnet's emission before the split.
    pub fn emission(&self) -> u64 {
        self.mechanisms.first().map_or(0, |m| m.rao_emission)
    }

    /// The number of mechanisms, as the chain's `u8` count.
    pub fn count(&self) -> u8 {
        u8::try_from(self.mechanisms.len()).unwrap_or(u8::MAX)
    }

    /// Each mechanism's share of the emission.
    pub fn shares(&self) -> Vec<u64> {
        split_emission(
            self.emission(),
            self.count(),
            self.emission_split.as_deref(),
        )
    }

    /// Check the shape: 1 to 16 mechanisms, each input valid, all over the same uids with the
    /// same emission; a split of at most one share per mechanism summing to 65535 (as the chain
    /// accepts one).
    pub fn validate(&self) -> Result<(), YumaError> {
        let count = self.mechanisms.len();
        if count == 0 || count > usize::from(MAX_MECHANISMS) {
            return Err(invalid(
                "mechanisms",
                format!("must hold 1 to {MAX_MECHANISMS} epoch inputs (it holds {count})"),
            ));
        }
        let (n, emission) = (self.mechanisms[0].n, self.emission());
        for (i, m) in self.mechanisms.iter().enumerate() {
            m.validate().map_err(|e| match e {
                YumaError::InvalidInput { field, reason } => {
                    invalid(format!("mechanisms[{i}].{field}"), reason)
                }
                other => other,
            })?;
            if m.n != n {
                return Err(invalid(
                    format!("mechanisms[{i}].n"),
                    format!("is {} but mechanism 0 has {n} uids", m.n),
                ));
            }
            if m.rao_emission != emission {
                return Err(invalid(
                    format!("mechanisms[{i}].rao_emission"),
                    format!(
                        "is {} but mechanism 0 has {emission}: every mechanism carries the subnet's whole emission, which the split divides",
                        m.rao_emission
                    ),
                ));
            }
        }
        if let Some(split) = &self.emission_split {
            if split.is_empty() || split.len() > count {
                return Err(invalid(
                    "emission_split",
                    format!(
                        "has {} shares; it needs 1 to {count} (one per mechanism at most)",
                        split.len()
                    ),
                ));
            }
            let sum: u32 = split.iter().map(|s| u32::from(*s)).sum();
            if sum != u32::from(u16::MAX) {
                return Err(invalid(
                    "emission_split",
                    format!("sums to {sum}; the chain needs exactly 65535"),
                ));
            }
        }
        Ok(())
    }

    /// Parse a subnet input from JSON (an object with `mechanisms` and an optional
    /// `emission_split`) and validate it.
    pub fn from_json(text: &str) -> Result<Self, YumaError> {
        let input: SubnetInput =
            serde_json::from_str(text).map_err(|e| YumaError::Json(e.to_string()))?;
        input.validate()?;
        Ok(input)
    }

    /// Mechanism `i`'s input with its share as the emission.
    fn share_input(&self, i: usize, shares: &[u64]) -> EpochInput {
        let mut input = self.mechanisms[i].clone();
        input.rao_emission = shares[i];
        input
    }
}

/// A subnet's epoch across its mechanisms: each mechanism's share and simulation, and the
/// per-uid aggregate the chain persists and pays.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubnetSimulation {
    /// The subnet's emission before the split, rao.
    pub emission: u64,
    /// The split used (none: even).
    pub emission_split: Option<Vec<u16>>,
    /// Each mechanism's share of the emission, rao.
    pub shares: Vec<u64>,
    /// Each mechanism's epoch (run on its share) and one-tempo payout.
    pub mechanisms: Vec<Simulation>,
    /// Per uid, the terms added up over the mechanisms.
    pub aggregated: Vec<Aggregated>,
}

/// Run every mechanism's epoch on its share and add them up.
pub fn simulate_subnet(input: &SubnetInput) -> Result<SubnetSimulation, YumaError> {
    input.validate()?;
    let shares = input.shares();
    let mut sims = Vec::with_capacity(input.mechanisms.len());
    for i in 0..input.mechanisms.len() {
        let m = input.share_input(i, &shares);
        let result = epoch::run(&m);
        let coinbase =
            coinbase::coinbase_no_children(&m, &result.server_emission, &result.validator_emission);
        sims.push(Simulation {
            output: result.to_output(),
            coinbase_no_children: coinbase,
        });
    }
    let outputs: Vec<EpochOutput> = sims.iter().map(|s| s.output.clone()).collect();
    Ok(SubnetSimulation {
        emission: input.emission(),
        emission_split: input.emission_split.clone(),
        aggregated: aggregate(&outputs, &shares, input.emission()),
        shares,
        mechanisms: sims,
    })
}

/// What a proposed row on one mechanism changes, in that mechanism's epoch and across the
/// subnet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubnetPreview {
    /// The mechanism whose row is replaced.
    pub mecid: u8,
    /// The subnet's emission before the split, rao.
    pub emission: u64,
    /// Each mechanism's share of the emission, rao.
    pub shares: Vec<u64>,
    /// The mechanism's own epoch, run on its share, before and after.
    pub mechanism: Preview,
    /// Per uid, the terms added up over every mechanism before the row (server and validator
    /// emissions summed are what the subnet's epoch hands to the coinbase; the rest is what
    /// the chain stores for the subnet).
    pub aggregated_before: Vec<Aggregated>,
    /// As `aggregated_before`, with the row.
    pub aggregated_after: Vec<Aggregated>,
    /// Per mechanism and uid, the miners' emission without the row.
    pub server_emission_before: Vec<Vec<u64>>,
    /// Per mechanism and uid, the incentive (u16) without the row.
    pub incentive_before: Vec<Vec<u16>>,
    /// Per mechanism and uid, the miners' emission with the row (the chain's
    /// `IncentiveAlphaEmittedToMiners` of each mechanism).
    pub server_emission_after: Vec<Vec<u64>>,
    /// Per mechanism and uid, the incentive (u16) with the row (the chain's `Incentive` under
    /// each mechanism's storage index).
    pub incentive_after: Vec<Vec<u16>>,
}

impl SubnetPreview {
    /// Server plus validator emission of `uid` in an aggregate.
    pub fn total_of(a: &[Aggregated], uid: u16) -> u64 {
        a.get(usize::from(uid)).map_or(0, |x| {
            x.server_emission.saturating_add(x.validator_emission)
        })
    }

    /// The validator's total emission (server + validator, every mechanism) before and after.
    pub fn validator_total(&self) -> (u64, u64) {
        let u = self.mechanism.uid;
        (
            Self::total_of(&self.aggregated_before, u),
            Self::total_of(&self.aggregated_after, u),
        )
    }

    /// The validator's aggregated dividends (u16, weighted by share) before and after.
    pub fn validator_dividends(&self) -> (u16, u16) {
        let u = usize::from(self.mechanism.uid);
        let d = |a: &[Aggregated]| a.get(u).map_or(0, |x| x.dividends);
        (d(&self.aggregated_before), d(&self.aggregated_after))
    }
}

/// Run the subnet's epoch with the validator `uid`'s current row on mechanism `mecid` and with
/// `row`, and compare: the mechanism's own epoch, and the aggregate over all mechanisms.
pub fn preview_subnet(
    input: &SubnetInput,
    mecid: u8,
    uid: u16,
    row: &[(u16, u16)],
) -> Result<SubnetPreview, YumaError> {
    input.validate()?;
    let m = usize::from(mecid);
    if m >= input.mechanisms.len() {
        return Err(invalid(
            "mecid",
            format!(
                "mechanism {mecid} does not exist (the input has {} mechanisms)",
                input.mechanisms.len()
            ),
        ));
    }
    let shares = input.shares();
    let total = input.emission();
    let mut before: Vec<EpochOutput> = Vec::with_capacity(input.mechanisms.len());
    for i in 0..input.mechanisms.len() {
        before.push(epoch::run(&input.share_input(i, &shares)).to_output());
    }
    let own = input.share_input(m, &shares);
    let own_after = apply_row(&own, uid, row)?;
    let mechanism = super::preview(&own, uid, row)?;
    let mut after = before.clone();
    after[m] = epoch::run(&own_after).to_output();
    Ok(SubnetPreview {
        mecid,
        emission: total,
        aggregated_before: aggregate(&before, &shares, total),
        aggregated_after: aggregate(&after, &shares, total),
        server_emission_before: before.iter().map(|o| o.server_emission.clone()).collect(),
        incentive_before: before.iter().map(|o| o.incentive_u16.clone()).collect(),
        server_emission_after: after.iter().map(|o| o.server_emission.clone()).collect(),
        incentive_after: after.iter().map(|o| o.incentive_u16.clone()).collect(),
        shares,
        mechanism,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four uids, validators 0 and 1 with stake, both weighting every uid evenly.
    fn base(emission: u64) -> EpochInput {
        let row: Vec<(u16, u16)> = (0..4).map(|j| (j, 65535)).collect();
        EpochInput {
            n: 4,
            current_block: 100,
            tempo: 10,
            activity_cutoff_factor_milli: 13889,
            activity_cutoff_blocks: None,
            last_mechanism_step_block: 90,
            last_update: vec![95, 95, 0, 0],
            block_at_registration: vec![1, 1, 1, 1],
            alpha_stake: vec![1_000_000_000_000, 500_000_000_000, 0, 0],
            tao_stake: vec![0; 4],
            tao_weight_raw: 0,
            stake_threshold: 0,
            owner_uid: None,
            validator_permits: vec![true, true, false, false],
            max_allowed_validators: 128,
            weights: vec![row.clone(), row, vec![], vec![]],
            bonds: vec![vec![]; 4],
            commit_reveal_enabled: false,
            commit_blocks: vec![None; 4],
            kappa: 32767,
            bonds_penalty: 65535,
            alpha_low: 45875,
            alpha_high: 58982,
            bonds_moving_average: 900_000,
            yuma3: false,
            liquid_alpha: false,
            alpha_sigmoid_steepness: 1000,
            rao_emission: emission,
            pending_server_alpha: emission / 2,
            pending_validator_alpha: emission / 2,
            pending_root_alpha: 0,
        }
    }

    fn two_mechanisms(emission: u64) -> SubnetInput {
        let mut second = base(emission);
        // Mechanism 1: both validators weight only uid 3.
        second.weights = vec![vec![(3, 65535)], vec![(3, 65535)], vec![], vec![]];
        SubnetInput {
            emission_split: Some(vec![39321, 26214]),
            mechanisms: vec![base(emission), second],
        }
    }

    #[test]
    fn one_mechanism_is_the_plain_epoch() {
        let input = SubnetInput {
            emission_split: None,
            mechanisms: vec![base(999_999_999)],
        };
        let sim = simulate_subnet(&input).unwrap();
        let plain = super::super::simulate(&base(999_999_999)).unwrap();
        assert_eq!(sim.shares, vec![999_999_999]);
        assert_eq!(sim.mechanisms[0], plain);
        for (a, uid) in sim.aggregated.iter().zip(0..) {
            assert_eq!(a.server_emission, plain.output.server_emission[uid]);
            assert_eq!(a.validator_emission, plain.output.validator_emission[uid]);
            assert_eq!(a.dividends, plain.output.dividends_u16[uid]);
        }
    }

    #[test]
    fn each_mechanism_runs_on_its_share_and_the_payouts_add_up() {
        let input = two_mechanisms(1_000_000_000);
        let sim = simulate_subnet(&input).unwrap();
        assert_eq!(sim.shares, vec![600_000_000, 400_000_000]);
        for (i, share) in sim.shares.iter().enumerate() {
            let mut m = input.mechanisms[i].clone();
            m.rao_emission = *share;
            assert_eq!(
                sim.mechanisms[i].output,
                super::super::simulate(&m).unwrap().output
            );
        }
        for uid in 0..4 {
            let server: u64 = sim
                .mechanisms
                .iter()
                .map(|s| s.output.server_emission[uid])
                .sum();
            assert_eq!(sim.aggregated[uid].server_emission, server);
        }
        // Mechanism 1 pays its miners' share to uid 3 alone.
        assert_eq!(sim.mechanisms[1].output.server_emission[..3], [0, 0, 0]);
        assert!(sim.mechanisms[1].output.server_emission[3] > 0);
    }

    #[test]
    fn the_preview_changes_only_the_chosen_mechanism() {
        let input = two_mechanisms(1_000_000_000);
        let p = preview_subnet(&input, 1, 0, &[(2, 65535)]).unwrap();
        let sim = simulate_subnet(&input).unwrap();
        assert_eq!(p.aggregated_before, sim.aggregated);
        assert_eq!(
            p.server_emission_after[0],
            sim.mechanisms[0].output.server_emission
        );
        // The row is previewed on mechanism 1 with its 400_000_000 share.
        let mut own = input.mechanisms[1].clone();
        own.rao_emission = 400_000_000;
        assert_eq!(
            p.mechanism,
            super::super::preview(&own, 0, &[(2, 65535)]).unwrap()
        );
        // After: mechanism 0's payout is unchanged, so each uid's total moves by exactly the
        // change on mechanism 1.
        for uid in 0..4 {
            let r = &p.mechanism.rows[uid];
            let delta = r.emission_after as i128 - r.emission_before as i128;
            let u = uid as u16;
            let (b, a) = (
                SubnetPreview::total_of(&p.aggregated_before, u),
                SubnetPreview::total_of(&p.aggregated_after, u),
            );
            assert_eq!(a as i128 - b as i128, delta, "uid {uid}");
        }
        assert!(preview_subnet(&input, 2, 0, &[(2, 65535)]).is_err());
    }

    #[test]
    fn bad_subnet_inputs_name_the_field() {
        let field = |input: &SubnetInput| match input.validate() {
            Err(YumaError::InvalidInput { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        let mut i = two_mechanisms(10);
        i.emission_split = Some(vec![1, 2]);
        assert_eq!(field(&i), "emission_split");
        let mut i = two_mechanisms(10);
        i.mechanisms[1].rao_emission = 11;
        assert_eq!(field(&i), "mechanisms[1].rao_emission");
        let mut i = two_mechanisms(10);
        i.mechanisms[1].last_update.pop();
        assert_eq!(field(&i), "mechanisms[1].last_update");
        let i = SubnetInput {
            emission_split: None,
            mechanisms: vec![],
        };
        assert_eq!(field(&i), "mechanisms");
    }
}
