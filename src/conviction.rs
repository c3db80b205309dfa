//! Stake locks and conviction (spec 425): how a lock's mass and conviction change with time.
//! Pure: no I/O, no clock; the chain's fixed-point types and its `exp`, so a lock rolled here to
//! a block equals the chain's own roll to that block bit for bit.
//!
//! A lock holds a locked mass (α, rao) that decays towards zero with the timescale
//! `UnlockRate` unless the coldkey made it perpetual, and a conviction that matures towards the
//! mass with the timescale `MaturityRate`. For `dt` blocks, with `u = e^(-dt/τu)` and
//! `m = e^(-dt/τm)`:
//!
//! * mass: `M u` (decaying) or `M` (perpetual), floored to rao;
//! * conviction: `C m` plus, from the mass, `M (1 - m)` (perpetual), `M (dt/τ) m` (equal
//!   timescales), or `M τu (u - m) / (τu - τm)` (not below zero);
//! * a lock to the subnet owner's hotkey has conviction equal to its mass;
//! * a lock whose mass and conviction are both below 100 is gone.

use substrate_fixed::transcendental::exp;
use substrate_fixed::types::{I64F64, U64F64};

/// Below this, mass and conviction both, a lock counts as none (`LOCK_STATE_ZERO_THRESHOLD`).
pub const ZERO_THRESHOLD: u64 = 100;
/// Blocks in a day at 12-second blocks.
pub const BLOCKS_PER_DAY: u64 = 7200;
/// The chain's default of both timescales (`DefaultUnlockRate`, `DefaultMaturityRate`): about
/// 90-day half-lives.
pub const DEFAULT_RATE: u64 = 934_866;

/// A lock's state: mass in rao, conviction in `U64F64`, the block both were last rolled to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockState {
    /// The locked α, rao.
    pub locked_mass: u64,
    /// The conviction, α-equivalent rao as `U64F64`.
    pub conviction: U64F64,
    /// The block of the last roll.
    pub last_update: u64,
}

impl LockState {
    /// No mass and no conviction at `block`.
    pub fn empty(block: u64) -> LockState {
        LockState {
            locked_mass: 0,
            conviction: U64F64::from_num(0),
            last_update: block,
        }
    }

    /// Mass and conviction both below [`ZERO_THRESHOLD`].
    pub fn negligible(&self) -> bool {
        self.locked_mass < ZERO_THRESHOLD && self.conviction < U64F64::from_num(ZERO_THRESHOLD)
    }
}

/// The two timescales, blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rates {
    /// `UnlockRate`: the mass's.
    pub unlock: u64,
    /// `MaturityRate`: the conviction's.
    pub maturity: u64,
}

/// How a lock rolls: to the subnet owner's hotkey or not, perpetual or decaying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Kind {
    /// The lock's hotkey is the subnet owner's.
    pub owner: bool,
    /// The lock does not decay.
    pub perpetual: bool,
}

/// `e^(-dt/tau)`: 1 for no time, 0 for a zero timescale, the exponent floored at -40.
pub fn decay_factor(dt: u64, tau: u64) -> U64F64 {
    if dt == 0 {
        return U64F64::from_num(1);
    }
    if tau == 0 {
        return U64F64::from_num(0);
    }
    let floor = I64F64::from_num(-40);
    let x = I64F64::saturating_from_num(-(dt as i128))
        .checked_div(I64F64::saturating_from_num(tau))
        .unwrap_or(floor)
        .max(floor);
    let e: I64F64 = exp(x).unwrap_or(I64F64::from_num(0));
    if e < I64F64::from_num(0) {
        U64F64::from_num(0)
    } else {
        U64F64::saturating_from_num(e)
    }
}

/// Mass and conviction after `dt` blocks (the module's formulas).
pub fn decayed(
    mass: u64,
    conviction: U64F64,
    dt: u64,
    rates: Rates,
    perpetual: bool,
) -> (u64, U64F64) {
    let zero = U64F64::from_num(0);
    let du = decay_factor(dt, rates.unlock);
    let dm = decay_factor(dt, rates.maturity);
    let m = U64F64::saturating_from_num(mass);
    let new_mass = if perpetual {
        mass
    } else {
        du.saturating_mul(m).saturating_to_num::<u64>()
    };
    let gained = if perpetual {
        m.saturating_mul(U64F64::from_num(1).saturating_sub(dm))
    } else if rates.unlock == rates.maturity {
        let ratio = U64F64::saturating_from_num(dt)
            .checked_div(U64F64::saturating_from_num(rates.maturity))
            .unwrap_or(zero);
        m.saturating_mul(ratio.saturating_mul(dm))
    } else if rates.unlock == 0 || rates.maturity == 0 {
        zero
    } else {
        let tau_u = I64F64::saturating_from_num(rates.unlock);
        let tau_diff =
            I64F64::saturating_from_num(i128::from(rates.unlock) - i128::from(rates.maturity));
        let diff = I64F64::saturating_from_num(du).saturating_sub(I64F64::saturating_from_num(dm));
        let gamma = tau_u
            .saturating_mul(diff)
            .checked_div(tau_diff)
            .unwrap_or(I64F64::from_num(0));
        if gamma <= I64F64::from_num(0) {
            zero
        } else {
            m.saturating_mul(U64F64::saturating_from_num(gamma))
        }
    };
    (
        new_mass,
        dm.saturating_mul(conviction).saturating_add(gained),
    )
}

/// What a roll took away from a lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lost {
    /// Mass, rao.
    pub mass: u64,
    /// Conviction.
    pub conviction: U64F64,
}

impl Lost {
    /// Nothing lost.
    pub fn is_zero(&self) -> bool {
        self.mass == 0 && self.conviction == U64F64::from_num(0)
    }
}

/// The lock rolled to `now` (a block at or before its last roll leaves it as it is, but for
/// the owner and zero rules), and what that took away.
pub fn roll(lock: LockState, now: u64, rates: Rates, kind: Kind) -> (LockState, Lost) {
    let mut out = if now > lock.last_update {
        let (mass, conviction) = decayed(
            lock.locked_mass,
            lock.conviction,
            now - lock.last_update,
            rates,
            kind.perpetual,
        );
        LockState {
            locked_mass: mass,
            conviction,
            last_update: now,
        }
    } else {
        lock
    };
    if kind.owner {
        out.conviction = U64F64::saturating_from_num(out.locked_mass);
    }
    if out.negligible() {
        out.locked_mass = 0;
        out.conviction = U64F64::from_num(0);
    }
    let lost = Lost {
        mass: lock.locked_mass.saturating_sub(out.locked_mass),
        conviction: lock.conviction.saturating_sub(out.conviction),
    };
    (out, lost)
}

/// The lock `days` days after its last roll (7200 blocks a day).
pub fn after_days(lock: LockState, days: u64, rates: Rates, kind: Kind) -> LockState {
    let at = lock
        .last_update
        .saturating_add(days.saturating_mul(BLOCKS_PER_DAY));
    roll(lock, at, rates, kind).0
}

/// Blocks until a decaying lock's mass halves: `τu · ln 2`, rounded down (none for a
/// perpetual lock or a zero timescale).
pub fn mass_half_life(rates: Rates, perpetual: bool) -> Option<u64> {
    if perpetual || rates.unlock == 0 {
        return None;
    }
    // ln 2 in U64F64, to 19 digits: exact enough for a count of blocks.
    let ln2 = U64F64::from_bits(12_786_308_645_202_655_659);
    Some(
        U64F64::saturating_from_num(rates.unlock)
            .saturating_mul(ln2)
            .saturating_to_num::<u64>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: Rates = Rates {
        unlock: 1000,
        maturity: 1000,
    };
    const DECAYING: Kind = Kind {
        owner: false,
        perpetual: false,
    };

    fn lock(mass: u64, conviction: u64, at: u64) -> LockState {
        LockState {
            locked_mass: mass,
            conviction: U64F64::from_num(conviction),
            last_update: at,
        }
    }

    #[test]
    fn no_time_changes_nothing_and_a_zero_timescale_empties() {
        assert_eq!(decay_factor(0, 5), U64F64::from_num(1));
        assert_eq!(decay_factor(5, 0), U64F64::from_num(0));
        let l = lock(1_000_000, 7, 10);
        assert_eq!(roll(l, 10, R, DECAYING).0, l);
        assert_eq!(roll(l, 5, R, DECAYING).0, l, "the past never rolls");
    }

    #[test]
    fn one_timescale_keeps_one_over_e_of_the_mass() {
        // e^-1 = 0.367879441171…; the mass is floored.
        let (m, c) = decayed(1_000_000_000, U64F64::from_num(0), 1000, R, false);
        assert_eq!(m, 367_879_441);
        // Equal timescales: the conviction gained is M (dt/τ) e^(-dt/τ) = M/e.
        assert_eq!(c.to_num::<u64>(), 367_879_441);
    }

    #[test]
    fn a_perpetual_lock_keeps_its_mass_and_matures_towards_it() {
        let (m, c) = decayed(1_000_000_000, U64F64::from_num(0), 1000, R, true);
        assert_eq!(m, 1_000_000_000);
        // M (1 - 1/e) = 632_120_558.8…
        assert_eq!(c.to_num::<u64>(), 632_120_558);
        let (_, c) = decayed(1_000_000_000, U64F64::from_num(0), 40_000, R, true);
        assert_eq!(c.to_num::<u64>(), 999_999_999, "e^-40 is the floor");
    }

    #[test]
    fn different_timescales_use_the_difference_of_decays() {
        let r = Rates {
            unlock: 2000,
            maturity: 1000,
        };
        // u = e^-0.5 = 0.606530659…; γ = 2000 (e^-0.5 - e^-1) / 1000 = 0.477302437…
        let (m, c) = decayed(1_000_000_000, U64F64::from_num(0), 1000, r, false);
        assert_eq!(m, 606_530_659);
        assert_eq!(c.to_num::<u64>(), 477_302_437);
        // A shorter unlock than maturity timescale: both differences are negative, and
        // γ = 1000 (e^-1 - e^-0.5) / -1000 = 0.238651218…
        let r = Rates {
            unlock: 1000,
            maturity: 2000,
        };
        let (_, c) = decayed(1_000_000_000, U64F64::from_num(0), 1000, r, false);
        assert_eq!(c.to_num::<u64>(), 238_651_218);
    }

    #[test]
    fn owner_locks_have_conviction_equal_to_mass_and_small_locks_vanish() {
        let owner = Kind {
            owner: true,
            perpetual: false,
        };
        let (l, lost) = roll(lock(1_000_000_000, 0, 0), 1000, R, owner);
        assert_eq!(l.conviction, U64F64::from_num(l.locked_mass));
        assert_eq!(lost.mass, 1_000_000_000 - l.locked_mass);
        assert!(lost.conviction == U64F64::from_num(0));
        let perpetual = Kind {
            owner: false,
            perpetual: true,
        };
        let (l, lost) = roll(lock(99, 99, 0), 1, R, perpetual);
        assert_eq!((l.locked_mass, l.conviction), (0, U64F64::from_num(0)));
        assert_eq!(lost.mass, 99);
    }

    #[test]
    fn the_default_half_life_is_about_ninety_days() {
        let r = Rates {
            unlock: DEFAULT_RATE,
            maturity: DEFAULT_RATE,
        };
        let h = mass_half_life(r, false).unwrap();
        assert_eq!(h, 647_999, "934866 · ln 2 = 647999.7");
        assert_eq!(h / BLOCKS_PER_DAY, 89);
        assert_eq!(mass_half_life(r, true), None);
        let half = after_days(lock(1_000_000_000, 0, 0), 90, r, DECAYING);
        assert!(
            (499_000_000..=500_000_000).contains(&half.locked_mass),
            "{half:?}"
        );
    }
}
