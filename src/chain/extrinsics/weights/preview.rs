//! The Yuma preview of a weight row: the subnet's next epoch run by the embedded engine on the
//! state at the pinned block, with the signer's current row and with the proposed one.
//!
//! This layer returns the structured preview; people see it through `crate::ui::preview`, and
//! `--json` through [`PlanPreview::json`].

use serde_json::{Value as Json, json};

use super::WeightsTarget;
use super::epoch_input::epoch_inputs;
use crate::chain::extrinsics::{PlanError, Refusal};
use crate::chain::read;
use crate::chain::tx::TxChain;
use crate::yuma::payout::{self, HotkeyPayout, PayoutContext, Pools};
use crate::yuma::{Preview, SubnetPreview, WeightRow, preview_subnet};

/// Said with the preview on a commit-reveal subnet, where the row only counts once revealed.
pub const COMMIT_REVEAL_NOTE: &str = "commit-reveal is on: the row takes effect when the chain reveals it in the reveal epoch; the preview runs the next epoch on the current state as if the row were set now";

/// The pending emission pools the preview's epoch distributes, in rao of α.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviewPools {
    /// `PendingServerEmission`, extrapolated to the epoch block.
    pub server: u64,
    /// `PendingValidatorEmission`, extrapolated to the epoch block.
    pub validator: u64,
    /// `PendingRootAlphaDivs`, extrapolated to the epoch block.
    pub root: u64,
}

/// The preview of a plan: the engine's comparison and the blocks it was computed for.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanPreview {
    /// Both epochs, compared.
    pub preview: Preview,
    /// The block of the previewed epoch.
    pub epoch_block: u64,
    /// The block whose state was read.
    pub pinned_block: u64,
    /// The pools the epoch pays out.
    pub pools: PreviewPools,
    /// What to keep in mind when reading it ([`COMMIT_REVEAL_NOTE`] on commit-reveal subnets).
    pub note: Option<&'static str>,
    /// On a subnet with several mechanisms: the split and the payout across every mechanism
    /// (the mechanism's own epoch is [`PlanPreview::preview`]).
    pub mechanisms: Option<MechanismsPreview>,
    /// What each hotkey is paid from the epoch's dividends (after the parent/child split and
    /// the takes), before and after the row; hotkeys paid nothing either way are left out.
    pub payout: Vec<PayoutRow>,
}

/// One hotkey's dividend payout, before and after the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutRow {
    /// The hotkey.
    pub hotkey: [u8; 32],
    /// Its uid on the subnet (none for a parent that is not a neuron).
    pub uid: Option<u16>,
    /// With the current row.
    pub before: HotkeyPayout,
    /// With the proposed row.
    pub after: HotkeyPayout,
}

impl PayoutRow {
    fn json(&self) -> Json {
        json!({
            "hotkey": crate::ss58::encode_default(&self.hotkey),
            "uid": self.uid,
            "before": self.before,
            "after": self.after,
        })
    }
}

/// The payout per hotkey before and after, from the aggregated emissions of both epochs.
fn payout_rows(
    ctx: &PayoutContext<[u8; 32]>,
    subnet: &SubnetPreview,
    pools: PreviewPools,
) -> Vec<PayoutRow> {
    let pools = Pools {
        server: pools.server,
        validator: pools.validator,
        root: pools.root,
    };
    let pay = |agg: &[crate::yuma::mechanisms::Aggregated]| {
        let validator: Vec<u64> = agg.iter().map(|a| a.validator_emission).collect();
        let paid_incentive = agg.iter().any(|a| a.server_emission != 0);
        payout::payout(ctx, &validator, paid_incentive, pools)
    };
    let (before, after) = (
        pay(&subnet.aggregated_before),
        pay(&subnet.aggregated_after),
    );
    let mut keys: Vec<&[u8; 32]> = before.keys().chain(after.keys()).collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter()
        .map(|k| PayoutRow {
            hotkey: *k,
            uid: ctx
                .validators
                .iter()
                .position(|v| &v.hotkey == k)
                .and_then(|u| u16::try_from(u).ok()),
            before: before.get(k).copied().unwrap_or_default(),
            after: after.get(k).copied().unwrap_or_default(),
        })
        .filter(|r| r.before != HotkeyPayout::default() || r.after != HotkeyPayout::default())
        .collect()
}

/// The preview across a subnet's mechanisms.
#[derive(Debug, Clone, PartialEq)]
pub struct MechanismsPreview {
    /// `MechanismCountCurrent`.
    pub count: u8,
    /// `MechanismEmissionSplit` (none: even).
    pub split: Option<Vec<u16>>,
    /// The engine's comparison across the mechanisms.
    pub subnet: SubnetPreview,
}

impl MechanismsPreview {
    /// `data.preview.mechanisms` of `--json`.
    pub fn json(&self) -> Json {
        let s = &self.subnet;
        let (before, after) = s.validator_total();
        let (div_before, div_after) = s.validator_dividends();
        let rows: Vec<Json> = s
            .aggregated_before
            .iter()
            .zip(&s.aggregated_after)
            .enumerate()
            .map(|(uid, (b, a))| json!({"uid": uid, "before": b, "after": a}))
            .collect();
        let per_mechanism: Vec<Json> = (0..s.shares.len())
            .map(|m| {
                json!({
                    "mecid": m,
                    "share": s.shares[m],
                    "server_emission_before": s.server_emission_before[m],
                    "incentive_before_u16": s.incentive_before[m],
                    "server_emission_after": s.server_emission_after[m],
                    "incentive_after_u16": s.incentive_after[m],
                })
            })
            .collect();
        json!({
            "mecid": s.mecid,
            "count": self.count,
            "emission_split": self.split,
            "emission": s.emission,
            "shares": s.shares,
            "dividends_before_u16": div_before,
            "dividends_after_u16": div_after,
            "emission_before": before,
            "emission_after": after,
            "rows": rows,
            "per_mechanism": per_mechanism,
        })
    }
}

impl PlanPreview {
    /// `data.preview` of `--json`: every field of the engine's [`Preview`], then
    /// `epoch_block`, `pinned_block`, `pools` and, when there is one, `note`.
    pub fn json(&self) -> Json {
        let mut json = serde_json::to_value(&self.preview).unwrap_or(Json::Null);
        if let Json::Object(m) = &mut json {
            m.insert("epoch_block".into(), json!(self.epoch_block));
            m.insert("pinned_block".into(), json!(self.pinned_block));
            m.insert(
                "pools".into(),
                json!({
                    "server": self.pools.server,
                    "validator": self.pools.validator,
                    "root": self.pools.root,
                }),
            );
            m.insert(
                "payout".into(),
                Json::Array(self.payout.iter().map(PayoutRow::json).collect()),
            );
            if let Some(note) = self.note {
                m.insert("note".into(), json!(note));
            }
            if let Some(mech) = &self.mechanisms {
                m.insert("mechanisms".into(), mech.json());
            }
        }
        json
    }
}

/// Previews the signer's (`uid`) row at the subnet's next epoch (or the next block when the
/// subnet runs no epochs): the target mechanism's epoch on its share of the emission and, on a
/// subnet with several mechanisms, the payout across all of them as the chain adds them up. On
/// a commit-reveal subnet the preview carries [`COMMIT_REVEAL_NOTE`].
pub async fn preview_set(
    tc: &TxChain,
    target: WeightsTarget,
    uid: u16,
    row: &WeightRow,
    commit_reveal: bool,
) -> Result<PlanPreview, PlanError> {
    let (next, _) = read::next_epoch(&tc.chain, target.netuid).await?;
    let pinned = tc.pinned_number().await?;
    let epoch_block = next.map(|e| e.block).unwrap_or(pinned + 1);
    let (input, payout_ctx) = epoch_inputs(tc, target.netuid, epoch_block).await?;
    let subnet = preview_subnet(&input, target.mecid, uid, &row.stored).map_err(|e| {
        Refusal::new(
            "tao",
            "PreviewFailed",
            format!("the Yuma preview failed: {e}"),
            "pass `--no-preview` to submit without it",
        )
    })?;
    let first = &input.mechanisms[0];
    let pools = PreviewPools {
        server: first.pending_server_alpha,
        validator: first.pending_validator_alpha,
        root: first.pending_root_alpha,
    };
    let count = input.count();
    let split = input.emission_split.clone();
    let preview = subnet.mechanism.clone();
    let payout = payout_rows(&payout_ctx, &subnet, pools);
    Ok(PlanPreview {
        preview,
        epoch_block,
        pinned_block: pinned,
        pools,
        note: commit_reveal.then_some(COMMIT_REVEAL_NOTE),
        mechanisms: (count > 1).then_some(MechanismsPreview {
            count,
            split,
            subnet,
        }),
        payout,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yuma::PreviewRow;

    fn sample() -> PlanPreview {
        PlanPreview {
            preview: Preview {
                uid: 1,
                row: vec![(0, 65535)],
                dividends_before_bits: 0,
                dividends_after_bits: 1 << 31,
                validator_trust_before_bits: 0,
                validator_trust_after_bits: 1 << 32,
                validator_emission_before: 0,
                validator_emission_after: 5,
                rows: vec![PreviewRow {
                    uid: 0,
                    incentive_before_bits: 0,
                    incentive_after_bits: 0,
                    dividends_before_bits: 0,
                    dividends_after_bits: 0,
                    emission_before: 3,
                    emission_after: 3,
                    emission_delta: 0,
                }],
            },
            epoch_block: 110,
            pinned_block: 100,
            pools: PreviewPools {
                server: 1,
                validator: 2,
                root: 3,
            },
            note: None,
            mechanisms: None,
            payout: vec![],
        }
    }

    #[test]
    fn the_json_is_the_engine_preview_then_the_blocks_pools_and_note() {
        let p = sample();
        let j = p.json();
        let keys: Vec<&str> = j.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "uid",
                "row",
                "dividends_before_bits",
                "dividends_after_bits",
                "validator_trust_before_bits",
                "validator_trust_after_bits",
                "validator_emission_before",
                "validator_emission_after",
                "rows",
                "epoch_block",
                "pinned_block",
                "pools",
                "payout",
            ]
        );
        assert_eq!(
            j["pools"].to_string(),
            r#"{"server":1,"validator":2,"root":3}"#
        );
        assert_eq!(j["rows"][0]["emission_delta"], 0);
        let noted = PlanPreview {
            note: Some(COMMIT_REVEAL_NOTE),
            ..p
        }
        .json();
        assert_eq!(noted["note"], COMMIT_REVEAL_NOTE);
        assert_eq!(
            noted.as_object().unwrap().keys().next_back().unwrap(),
            "note"
        );
    }
}
