//! The Yuma preview of a weight row: the subnet's next epoch run by the embedded engine on the
//! state at the pinned block, with the signer's current row and with the proposed one.
//!
//! This layer returns the structured preview; people see it through `crate::ui::preview`, and
//! `--json` through [`PlanPreview::json`].

use serde_json::{Value as Json, json};

use super::epoch_input::epoch_input;
use crate::chain::extrinsics::{PlanError, Refusal};
use crate::chain::read;
use crate::chain::tx::TxChain;
use crate::yuma::{Preview, WeightRow};

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
            if let Some(note) = self.note {
                m.insert("note".into(), json!(note));
            }
        }
        json
    }
}

/// Previews the signer's (`uid`) row at the subnet's next epoch (or the next block when the
/// subnet runs no epochs). On a commit-reveal subnet the preview carries
/// [`COMMIT_REVEAL_NOTE`].
pub async fn preview_set(
    tc: &TxChain,
    netuid: u16,
    uid: u16,
    row: &WeightRow,
    commit_reveal: bool,
) -> Result<PlanPreview, PlanError> {
    let (next, _) = read::next_epoch(&tc.chain, netuid).await?;
    let pinned = tc.pinned_number().await?;
    let epoch_block = next.map(|e| e.block).unwrap_or(pinned + 1);
    let input = epoch_input(tc, netuid, epoch_block).await?;
    let preview = crate::yuma::preview(&input, uid, &row.stored).map_err(|e| {
        Refusal::new(
            "tao",
            "PreviewFailed",
            format!("the Yuma preview failed: {e}"),
            "pass `--no-preview` to submit without it",
        )
    })?;
    Ok(PlanPreview {
        preview,
        epoch_block,
        pinned_block: pinned,
        pools: PreviewPools {
            server: input.pending_server_alpha,
            validator: input.pending_validator_alpha,
            root: input.pending_root_alpha,
        },
        note: commit_reveal.then_some(COMMIT_REVEAL_NOTE),
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
