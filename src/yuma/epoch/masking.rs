//! The epoch's weights step: each permitted validator's stored row with its self-weight and its
//! outdated weights dropped, normalized to the row's sum.

use super::sparse::Csr;
use crate::yuma::input::EpochInput;
use crate::yuma::math::{Divisor, Fx, U16Share, ZERO};
use crate::yuma::wide;

/// The weights after the masks and the row normalization: rows of uids without a permit are
/// dropped; a self-weight is dropped except the owner's; a weight to a miner registered at or
/// after the validator's last update is dropped, and with commit-reveal one to a miner registered
/// after the validator's open commit. Each row is then divided by its plain (wrapping) sum.
pub(super) fn mask_weights(input: &EpochInput, permits: &[bool], owner: Option<usize>) -> Csr {
    let n = input.n as usize;
    let entries = input.weights.iter().map(Vec::len).sum();
    let (mut col, mut val) = (vec![0u16; entries], vec![ZERO; entries]);
    let mut ptr = Vec::with_capacity(n + 1);
    ptr.push(0);
    let mut len = 0;
    // A row can hold an outdated weight only if some uid registered at or after its last update.
    let last_registered = input.block_at_registration.iter().copied().max();
    for (i, row) in input.weights.iter().enumerate() {
        let start = len;
        if permits[i] {
            let updated = input.last_update[i];
            let commit = if input.commit_reveal_enabled {
                input.commit_blocks[i].unwrap_or(u64::MAX)
            } else {
                u64::MAX
            };
            let own = if owner == Some(i) { usize::MAX } else { i };
            // Outdated (registered at or after the last update) or registered after the open
            // commit: registered at or after this block.
            let stale_from = updated.min(commit.saturating_add(1));
            // The row's plain (wrapping) sum, as the chain adds the values up.
            let (done, written, mut sum) = wide::mask_row(
                row,
                &input.block_at_registration,
                own,
                stale_from,
                &mut col[len..],
                &mut val[len..],
            );
            len += written;
            let rest = &row[done..];
            // Whether the row's values are already its shares (written in the same pass).
            let mut shared = false;
            if last_registered.is_some_and(|b| b < stale_from) {
                // Nothing outdated: only a self-weight can drop (uids are distinct in a row), so
                // the row is copied around it.
                let own_at = rest
                    .iter()
                    .position(|e| e.0 as usize == own)
                    .unwrap_or(rest.len());
                let parts = [&rest[..own_at], rest.get(own_at + 1..).unwrap_or_default()];
                // A whole row's total is known before it is written: with a reciprocal for it,
                // the shares are written directly (the same values as below).
                let units: u64 = parts
                    .iter()
                    .flat_map(|p| p.iter())
                    .map(|e| e.1 as u64)
                    .sum();
                let share = U16Share::new(units).filter(|_| done == 0);
                for part in parts {
                    let (c, v) = (
                        &mut col[len..len + part.len()],
                        &mut val[len..len + part.len()],
                    );
                    if let Some(share) = &share {
                        for ((&(j, x), c), v) in part.iter().zip(c).zip(v) {
                            *c = j;
                            *v = share.of(x);
                        }
                    } else {
                        for ((&(j, x), c), v) in part.iter().zip(c).zip(v) {
                            let x = (x as i64) << 32;
                            *c = j;
                            *v = Fx::from_bits(x);
                            sum = sum.wrapping_add(x);
                        }
                    }
                    len += part.len();
                }
                shared = share.is_some();
            } else {
                for &(j, v) in rest {
                    let ju = j as usize;
                    let registered = input.block_at_registration[ju];
                    // Dropped: a self-weight (except the owner's), an outdated weight (the miner
                    // registered at or after the last update), or one to a uid registered after the
                    // validator's open commit. `|`, not `||`: no branches.
                    let dropped = (ju == own) | (registered >= stale_from);
                    let x = Fx::from_bits((v as i64) << 32);
                    col[len] = j;
                    val[len] = x;
                    sum =
                        sum.wrapping_add(std::hint::select_unpredictable(dropped, 0, x.to_bits()));
                    len += !dropped as usize;
                }
            }
            // The same sum in whole units; below 2^31 it has not wrapped.
            let units = (sum >> 32) as u64;
            if shared {
                // Written as shares above.
            } else if let Some(share) = U16Share::new(units).filter(|_| sum > 0) {
                let done = wide::shares(&mut val[start..len], &share);
                for v in &mut val[start + done..len] {
                    *v = share.of((v.to_bits() >> 32) as u16);
                }
            } else if sum > 0 {
                let d = Divisor::new(Fx::from_bits(sum));
                for v in &mut val[start..len] {
                    *v = d.div(*v);
                }
            }
        }
        ptr.push(len);
    }
    col.truncate(len);
    val.truncate(len);
    Csr { ptr, col, val }
}
