//! Stake locks and conviction (spec 425, the chain's `staking/lock.rs`).
//!
//! A coldkey may lock part of its α on a subnet to one hotkey. The lock has a locked mass that
//! decays towards zero with the timescale `UnlockRate` (unless the coldkey made it perpetual,
//! `DecayingLock = false`), and a conviction that matures towards the locked mass with the
//! timescale `MaturityRate`. A lock to the subnet owner's hotkey has conviction equal to its
//! mass. Locks are rolled forward lazily: each read or write brings the lock to the current
//! block with the closed-form solution of those two decays.
//!
//! Besides the coldkey's own lock (`Lock`), the chain keeps one aggregate per hotkey and mode
//! (`HotkeyLock` perpetual, `DecayingHotkeyLock`) and one per subnet for the owner hotkey
//! (`OwnerLock`, `DecayingOwnerLock`); each operation updates the coldkey's lock and the one
//! aggregate its (owner, mode) selects, in the chain's order, since rolling an aggregate at a
//! different moment gives different fixed-point results. The arithmetic of a roll is
//! `tao::conviction` (pure, with hand-computed tests). The locked mass limits what the
//! coldkey may unstake or move off the subnet (`StakeUnavailable`); a transfer of stake within
//! the subnet carries the part of the lock it exceeds to the receiving coldkey.
//!
//! With `OwnerCutAutoLockEnabled` (AdminUtils 95) the owner's cut is locked as it is paid, to
//! the owner coldkey's lock hotkey on the subnet or else the owner hotkey. Not modelled: the
//! change of subnet owner to the most convicted hotkey, which needs a subnet at least a year
//! old.

use crate::pallet_subtensor::*;
use crate::types::{FixedU128, LockState, NetUid};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::AccountId32;
use substrate_fixed::types::U64F64;
use tao::conviction;

/// `AccountFlags` bit: the coldkey accepts locked α sent to it.
pub const ACCEPT_LOCKED_ALPHA: u128 = 1;

pub use tao::conviction::Rates;

fn ufix(bits: FixedU128) -> U64F64 {
    U64F64::from_bits(bits.bits)
}

fn bits(v: U64F64) -> FixedU128 {
    FixedU128 { bits: v.to_bits() }
}

fn zero_lock(now: u64) -> LockState {
    LockState {
        locked_mass: 0,
        conviction: FixedU128 { bits: 0 },
        last_update: now,
    }
}

fn negligible(l: &LockState) -> bool {
    conviction::LockState::from(l.clone()).negligible()
}

impl From<LockState> for conviction::LockState {
    fn from(l: LockState) -> Self {
        conviction::LockState {
            locked_mass: l.locked_mass,
            conviction: ufix(l.conviction),
            last_update: l.last_update,
        }
    }
}

impl From<conviction::LockState> for LockState {
    fn from(l: conviction::LockState) -> Self {
        LockState {
            locked_mass: l.locked_mass,
            conviction: bits(l.conviction),
            last_update: l.last_update,
        }
    }
}

/// The lock brought to `now` (`tao::conviction::roll`, the chain's closed form), and how much
/// mass and conviction that took away.
pub fn roll(
    l: LockState,
    now: u64,
    r: Rates,
    owner: bool,
    perpetual: bool,
) -> (LockState, u64, U64F64) {
    let (out, lost) = conviction::roll(l.into(), now, r, conviction::Kind { owner, perpetual });
    (out.into(), lost.mass, lost.conviction)
}

fn merged(a: &LockState, b: &LockState) -> LockState {
    LockState {
        locked_mass: a.locked_mass.saturating_add(b.locked_mass),
        conviction: bits(ufix(a.conviction).saturating_add(ufix(b.conviction))),
        last_update: a.last_update.max(b.last_update),
    }
}

fn reduced(a: &LockState, mass: u64, conviction: U64F64) -> LockState {
    LockState {
        locked_mass: a.locked_mass.saturating_sub(mass),
        conviction: bits(ufix(a.conviction).saturating_sub(conviction)),
        last_update: a.last_update,
    }
}

/// Which aggregate a lock counts in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Bucket {
    OwnerPerpetual,
    OwnerDecaying,
    HotkeyPerpetual,
    HotkeyDecaying,
}

/// A coldkey's lock to one hotkey on one subnet, with the aggregate it counts in.
struct Model {
    coldkey: AccountId32,
    netuid: NetUid,
    hotkey: AccountId32,
    owner: bool,
    perpetual: bool,
    own: LockState,
    own_dirty: bool,
    agg: LockState,
    agg_dirty: bool,
    r: Rates,
    now: u64,
}

impl Model {
    fn bucket(&self) -> Bucket {
        match (self.owner, self.perpetual) {
            (true, true) => Bucket::OwnerPerpetual,
            (true, false) => Bucket::OwnerDecaying,
            (false, true) => Bucket::HotkeyPerpetual,
            (false, false) => Bucket::HotkeyDecaying,
        }
    }

    fn roll_lock(&self, l: LockState) -> LockState {
        roll(l, self.now, self.r, self.owner, self.perpetual).0
    }

    /// The coldkey's lock to `now`; the aggregate loses what the lock lost, or else is rolled
    /// itself.
    fn roll_forward(&mut self) {
        let (own, dm, dc) = roll(
            self.own.clone(),
            self.now,
            self.r,
            self.owner,
            self.perpetual,
        );
        self.own = own;
        self.own_dirty = true;
        if dm != 0 || dc != U64F64::from_num(0) {
            self.agg = reduced(&self.agg, dm, dc);
            self.agg.last_update = self.now;
        } else {
            self.agg = self.roll_lock(self.agg.clone());
        }
        self.agg_dirty = true;
    }

    fn roll_aggregate(&mut self) {
        self.agg = self.roll_lock(self.agg.clone());
        self.agg_dirty = true;
    }

    fn add_to_aggregate(&mut self, added: &LockState) {
        self.agg = merged(&self.agg, added);
        self.agg_dirty = true;
    }

    fn reduce_aggregate(&mut self, mass: u64, conviction: U64F64) {
        self.agg = reduced(&self.agg, mass, conviction);
        self.agg_dirty = true;
    }

    fn set_own_rolled(&mut self, l: LockState) {
        self.own = self.roll_lock(l);
        self.own_dirty = true;
    }
}

impl<T: Config> Pallet<T> {
    pub fn lock_rates() -> Rates {
        Rates {
            unlock: UnlockRate::<T>::get(),
            maturity: MaturityRate::<T>::get(),
        }
    }

    pub fn hotkey_account_exists(hotkey: &AccountId32) -> bool {
        Owner::<T>::contains_key(hotkey)
    }

    fn is_owner_hotkey(netuid: NetUid, hotkey: &AccountId32) -> bool {
        *hotkey == SubnetOwnerHotkey::<T>::get(netuid)
    }

    pub fn is_perpetual_lock(coldkey: &AccountId32, netuid: NetUid) -> bool {
        DecayingLock::<T>::get(coldkey, netuid) == Some(false)
    }

    pub fn rejects_locked_alpha(coldkey: &AccountId32) -> bool {
        AccountFlags::<T>::get(coldkey) & ACCEPT_LOCKED_ALPHA != 1
    }

    fn ensure_accepts_locked(rejects: bool, amount: u64) -> DispatchResult {
        ensure!(
            amount == 0 || !rejects,
            Error::<T>::AccountRejectsLockedAlpha
        );
        Ok(())
    }

    /// `set_reject_locked_alpha`: the accept flag is the inverse.
    pub fn set_accept_locked_alpha(coldkey: &AccountId32, accept: bool) {
        AccountFlags::<T>::mutate_exists(coldkey, |f| {
            let mut flags = f.unwrap_or_default();
            if accept {
                flags |= ACCEPT_LOCKED_ALPHA;
            } else {
                flags &= !ACCEPT_LOCKED_ALPHA;
            }
            *f = (flags != 0).then_some(flags);
        });
    }

    pub fn do_set_reject_locked_alpha(coldkey: AccountId32, enabled: bool) -> DispatchResult {
        Self::set_accept_locked_alpha(&coldkey, !enabled);
        Self::deposit_event(Event::RejectLockedAlphaUpdated { coldkey, enabled });
        Ok(())
    }

    fn read_bucket(b: Bucket, netuid: NetUid, hotkey: &AccountId32) -> Option<LockState> {
        match b {
            Bucket::OwnerPerpetual => OwnerLock::<T>::get(netuid),
            Bucket::OwnerDecaying => DecayingOwnerLock::<T>::get(netuid),
            Bucket::HotkeyPerpetual => HotkeyLock::<T>::get(netuid, hotkey),
            Bucket::HotkeyDecaying => DecayingHotkeyLock::<T>::get(netuid, hotkey),
        }
    }

    fn write_bucket(b: Bucket, netuid: NetUid, hotkey: &AccountId32, l: LockState) {
        let keep = l.locked_mass != 0 || l.conviction.bits != 0;
        match (b, keep) {
            (Bucket::OwnerPerpetual, true) => OwnerLock::<T>::insert(netuid, l),
            (Bucket::OwnerPerpetual, false) => OwnerLock::<T>::remove(netuid),
            (Bucket::OwnerDecaying, true) => DecayingOwnerLock::<T>::insert(netuid, l),
            (Bucket::OwnerDecaying, false) => DecayingOwnerLock::<T>::remove(netuid),
            (Bucket::HotkeyPerpetual, true) => HotkeyLock::<T>::insert(netuid, hotkey, l),
            (Bucket::HotkeyPerpetual, false) => HotkeyLock::<T>::remove(netuid, hotkey),
            (Bucket::HotkeyDecaying, true) => DecayingHotkeyLock::<T>::insert(netuid, hotkey, l),
            (Bucket::HotkeyDecaying, false) => DecayingHotkeyLock::<T>::remove(netuid, hotkey),
        }
    }

    /// Stores the coldkey's lock, or removes it (and its reverse index) when negligible.
    fn write_lock(coldkey: &AccountId32, netuid: NetUid, hotkey: &AccountId32, l: LockState) {
        if negligible(&l) {
            LockingColdkeys::<T>::remove((netuid, hotkey, coldkey));
            Lock::<T>::remove((coldkey, netuid, hotkey));
        } else {
            LockingColdkeys::<T>::insert((netuid, hotkey, coldkey), ());
            Lock::<T>::insert((coldkey, netuid, hotkey), l);
        }
    }

    fn model_for(coldkey: &AccountId32, netuid: NetUid, hotkey: &AccountId32, now: u64) -> Model {
        let owner = Self::is_owner_hotkey(netuid, hotkey);
        let perpetual = Self::is_perpetual_lock(coldkey, netuid);
        let mut m = Model {
            coldkey: coldkey.clone(),
            netuid,
            hotkey: hotkey.clone(),
            owner,
            perpetual,
            own: Lock::<T>::get((coldkey, netuid, hotkey)).unwrap_or_else(|| zero_lock(now)),
            own_dirty: false,
            agg: zero_lock(now),
            agg_dirty: false,
            r: Self::lock_rates(),
            now,
        };
        m.agg = Self::read_bucket(m.bucket(), netuid, hotkey).unwrap_or_else(|| zero_lock(now));
        m
    }

    /// The coldkey's lock on the subnet, if it has one (at most one hotkey per subnet).
    fn existing_model(coldkey: &AccountId32, netuid: NetUid, now: u64) -> Option<Model> {
        Lock::<T>::iter_prefix((coldkey, netuid))
            .next()
            .map(|(hotkey, _)| Self::model_for(coldkey, netuid, &hotkey, now))
    }

    fn save(m: Model) {
        if m.own_dirty {
            Self::write_lock(&m.coldkey, m.netuid, &m.hotkey, m.own.clone());
        }
        if m.agg_dirty {
            Self::write_bucket(m.bucket(), m.netuid, &m.hotkey, m.agg);
        }
    }

    /// Adds a lock state (mass and conviction already earned) to the aggregate `hotkey`
    /// counts in for this coldkey's mode.
    fn add_aggregate(
        coldkey: &AccountId32,
        hotkey: &AccountId32,
        netuid: NetUid,
        added: LockState,
    ) {
        let mut m = Self::model_for(coldkey, netuid, hotkey, Self::block_number());
        m.roll_aggregate();
        m.add_to_aggregate(&added);
        m.roll_aggregate();
        Self::save(m);
    }

    fn reduce_aggregate(
        coldkey: &AccountId32,
        hotkey: &AccountId32,
        netuid: NetUid,
        mass: u64,
        conviction: U64F64,
    ) {
        let mut m = Self::model_for(coldkey, netuid, hotkey, Self::block_number());
        m.roll_aggregate();
        m.reduce_aggregate(mass, conviction);
        Self::save(m);
    }

    /// Σ of the coldkey's α on the subnet over its staking hotkeys.
    pub fn coldkey_alpha_on_subnet(coldkey: &AccountId32, netuid: NetUid) -> u64 {
        StakingHotkeys::<T>::get(coldkey)
            .iter()
            .map(|h| Self::stake_of(h, coldkey, netuid))
            .fold(0u64, |a, b| a.saturating_add(b))
    }

    /// The coldkey's lock on the subnet rolled to now (`get_coldkey_lock`).
    pub fn coldkey_lock(coldkey: &AccountId32, netuid: NetUid) -> Option<LockState> {
        Self::existing_model(coldkey, netuid, Self::block_number()).map(|mut m| {
            m.roll_forward();
            m.own
        })
    }

    /// `(total α, locked, available to unstake)` of the coldkey on the subnet.
    pub fn stake_availability(coldkey: &AccountId32, netuid: NetUid) -> (u64, u64, u64) {
        let total = Self::coldkey_alpha_on_subnet(coldkey, netuid);
        let locked = Self::coldkey_lock(coldkey, netuid)
            .map(|l| l.locked_mass)
            .unwrap_or(0);
        (total, locked, total.saturating_sub(locked))
    }

    /// `StakeUnavailable` unless `amount` can leave the subnet without touching the lock.
    pub fn ensure_available_to_unstake(
        coldkey: &AccountId32,
        netuid: NetUid,
        amount: u64,
    ) -> DispatchResult {
        let (_, _, available) = Self::stake_availability(coldkey, netuid);
        ensure!(available >= amount, Error::<T>::StakeUnavailable);
        Ok(())
    }

    /// After staking or unstaking: the lock rolled to now and stored (removed if negligible).
    pub fn cleanup_lock_if_zero(coldkey: &AccountId32, netuid: NetUid) {
        if let Some(mut m) = Self::existing_model(coldkey, netuid, Self::block_number()) {
            m.roll_forward();
            Self::save(m);
        }
    }

    /// `lock_stake`: create the coldkey's lock on the subnet or top it up (same hotkey only).
    pub fn do_lock_stake(
        coldkey: AccountId32,
        hotkey: AccountId32,
        netuid: NetUid,
        amount: u64,
    ) -> DispatchResult {
        ensure!(amount != 0, Error::<T>::AmountTooLow);
        ensure!(
            Self::hotkey_account_exists(&hotkey),
            Error::<T>::HotKeyAccountNotExists
        );
        let total = Self::coldkey_alpha_on_subnet(&coldkey, netuid);
        let now = Self::block_number();
        let mut m = match Self::existing_model(&coldkey, netuid, now) {
            Some(m) => {
                ensure!(m.hotkey == hotkey, Error::<T>::LockHotkeyMismatch);
                m
            }
            None => Self::model_for(&coldkey, netuid, &hotkey, now),
        };
        m.roll_forward();
        let fresh = m.own.locked_mass == 0 && m.own.conviction.bits == 0;
        let mut lock = if fresh { zero_lock(now) } else { m.own.clone() };
        lock.locked_mass = lock.locked_mass.saturating_add(amount);
        ensure!(
            total >= lock.locked_mass,
            Error::<T>::InsufficientStakeForLock
        );
        m.set_own_rolled(lock);
        m.roll_aggregate();
        m.add_to_aggregate(&LockState {
            locked_mass: amount,
            conviction: FixedU128 { bits: 0 },
            last_update: now,
        });
        m.roll_aggregate();
        Self::save(m);
        Self::deposit_event(Event::StakeLocked {
            coldkey,
            hotkey,
            netuid,
            amount,
        });
        Ok(())
    }

    /// `move_lock`: the lock to another hotkey; its conviction restarts from zero unless both
    /// hotkeys have the same owner.
    pub fn do_move_lock(
        coldkey: AccountId32,
        destination: AccountId32,
        netuid: NetUid,
    ) -> DispatchResult {
        ensure!(
            Self::hotkey_account_exists(&destination),
            Error::<T>::HotKeyAccountNotExists
        );
        let now = Self::block_number();
        let Some(mut m) = Self::existing_model(&coldkey, netuid, now) else {
            return Err(Error::<T>::NoExistingLock.into());
        };
        m.roll_forward();
        let origin = m.hotkey.clone();
        let removed = m.own.clone();
        let mut lock = removed.clone();
        if Owner::<T>::get(&origin) != Owner::<T>::get(&destination) {
            lock.conviction = FixedU128 { bits: 0 };
        }
        let lock = roll(
            lock,
            now,
            m.r,
            Self::is_owner_hotkey(netuid, &destination),
            Self::is_perpetual_lock(&coldkey, netuid),
        )
        .0;
        Lock::<T>::remove((&coldkey, netuid, &origin));
        LockingColdkeys::<T>::remove((netuid, &origin, &coldkey));
        Self::write_lock(&coldkey, netuid, &destination, lock.clone());
        Self::reduce_aggregate(
            &coldkey,
            &origin,
            netuid,
            removed.locked_mass,
            ufix(removed.conviction),
        );
        Self::add_aggregate(&coldkey, &destination, netuid, lock);
        Self::deposit_event(Event::LockMoved {
            coldkey,
            origin_hotkey: origin,
            destination_hotkey: destination,
            netuid,
        });
        Ok(())
    }

    /// `set_perpetual_lock`: the coldkey's lock on the subnet stops (or resumes) decaying; the
    /// lock moves between the perpetual and decaying aggregates.
    pub fn do_set_perpetual_lock(
        coldkey: AccountId32,
        netuid: NetUid,
        enabled: bool,
    ) -> DispatchResult {
        let now = Self::block_number();
        let was = Self::is_perpetual_lock(&coldkey, netuid);
        if let Some(mut m) = Self::existing_model(&coldkey, netuid, now) {
            m.roll_forward();
            let rolled = m.own.clone();
            let hotkey = m.hotkey.clone();
            Self::save(m);
            if was != enabled {
                Self::reduce_aggregate(
                    &coldkey,
                    &hotkey,
                    netuid,
                    rolled.locked_mass,
                    ufix(rolled.conviction),
                );
            }
        }
        if enabled {
            DecayingLock::<T>::insert(&coldkey, netuid, false);
        } else {
            DecayingLock::<T>::remove(&coldkey, netuid);
        }
        if was != enabled
            && let Some(m) = Self::existing_model(&coldkey, netuid, now)
        {
            let (hotkey, own) = (m.hotkey.clone(), m.own.clone());
            Self::add_aggregate(&coldkey, &hotkey, netuid, own);
        }
        Self::deposit_event(Event::PerpetualLockUpdated {
            coldkey,
            netuid,
            enabled,
        });
        Ok(())
    }

    /// Conviction of a hotkey on a subnet: its two aggregates rolled to now, plus the owner
    /// aggregates when it is the owner hotkey (`get_hotkey_conviction`).
    pub fn hotkey_conviction(hotkey: &AccountId32, netuid: NetUid) -> U64F64 {
        let (now, r) = (Self::block_number(), Self::lock_rates());
        let conv = |l: Option<LockState>, owner: bool, perpetual: bool| {
            l.map(|l| ufix(roll(l, now, r, owner, perpetual).0.conviction))
                .unwrap_or(U64F64::from_num(0))
        };
        let mut total = conv(HotkeyLock::<T>::get(netuid, hotkey), false, true).saturating_add(
            conv(DecayingHotkeyLock::<T>::get(netuid, hotkey), false, false),
        );
        if Self::is_owner_hotkey(netuid, hotkey) {
            total = total
                .saturating_add(conv(OwnerLock::<T>::get(netuid), true, true))
                .saturating_add(conv(DecayingOwnerLock::<T>::get(netuid), true, false));
        }
        total
    }

    /// The hotkey with the most conviction on the subnet (`get_most_convicted_hotkey_on_subnet`;
    /// the last of equal ones in key order).
    pub fn most_convicted_hotkey(netuid: NetUid) -> Option<AccountId32> {
        let (now, r) = (Self::block_number(), Self::lock_rates());
        let mut scores: std::collections::BTreeMap<AccountId32, U64F64> = Default::default();
        let mut add = |h: AccountId32, l: LockState, owner: bool, perpetual: bool| {
            let c = ufix(roll(l, now, r, owner, perpetual).0.conviction);
            let e = scores.entry(h).or_insert(U64F64::from_num(0));
            *e = e.saturating_add(c);
        };
        for (h, l) in HotkeyLock::<T>::iter_prefix(netuid) {
            add(h, l, false, true);
        }
        for (h, l) in DecayingHotkeyLock::<T>::iter_prefix(netuid) {
            add(h, l, false, false);
        }
        let owner_hotkey = SubnetOwnerHotkey::<T>::get(netuid);
        if let Some(l) = OwnerLock::<T>::get(netuid) {
            add(owner_hotkey.clone(), l, true, true);
        }
        if let Some(l) = DecayingOwnerLock::<T>::get(netuid) {
            add(owner_hotkey, l, true, false);
        }
        scores
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1))
            .map(|(h, _)| h)
    }

    /// Stake changing coldkey within a subnet: what exceeds the sender's unlocked α takes the
    /// same share of its lock (mass and conviction) to the receiver, to the same hotkey.
    pub fn transfer_lock(
        from: &AccountId32,
        to: &AccountId32,
        netuid: NetUid,
        amount: u64,
    ) -> DispatchResult {
        if from == to || amount == 0 {
            return Ok(());
        }
        let now = Self::block_number();
        let total = Self::coldkey_alpha_on_subnet(from, netuid);
        let Some(mut src) = Self::existing_model(from, netuid, now) else {
            return Ok(());
        };
        src.roll_forward();
        let (r, source_hotkey) = (src.r, src.hotkey.clone());
        let mut source = src.own.clone();
        let dest = Self::existing_model(to, netuid, now).map(|mut m| {
            m.roll_forward();
            (m.hotkey.clone(), m.own.clone())
        });
        let mut dest_hotkey = dest
            .as_ref()
            .map(|(h, _)| h.clone())
            .unwrap_or_else(|| source_hotkey.clone());
        let mut dest_lock = dest
            .as_ref()
            .map(|(_, l)| l.clone())
            .unwrap_or_else(|| zero_lock(now));
        let free = total.saturating_sub(source.locked_mass);
        let beyond_free = amount.saturating_sub(amount.min(free));
        let mut moved_mass = 0u64;
        let mut moved_conv = U64F64::from_num(0);
        if beyond_free != 0 {
            if let Some((h, _)) = dest.as_ref() {
                ensure!(*h == source_hotkey, Error::<T>::LockHotkeyMismatch);
                dest_hotkey = h.clone();
            }
            moved_mass = beyond_free.min(source.locked_mass);
            if moved_mass != 0 && source.locked_mass != 0 {
                let share = U64F64::saturating_from_num(moved_mass)
                    .checked_div(U64F64::saturating_from_num(source.locked_mass))
                    .unwrap_or(U64F64::from_num(0));
                moved_conv = ufix(source.conviction).saturating_mul(share);
            }
            source.locked_mass -= moved_mass;
            source.conviction = bits(ufix(source.conviction).saturating_sub(moved_conv));
            dest_lock.locked_mass = dest_lock.locked_mass.saturating_add(moved_mass);
            dest_lock.conviction = bits(ufix(dest_lock.conviction).saturating_add(moved_conv));
        }
        Self::ensure_accepts_locked(Self::rejects_locked_alpha(to), moved_mass)?;
        let source = roll(
            source,
            now,
            r,
            Self::is_owner_hotkey(netuid, &source_hotkey),
            Self::is_perpetual_lock(from, netuid),
        )
        .0;
        let dest_lock = roll(
            dest_lock,
            now,
            r,
            Self::is_owner_hotkey(netuid, &dest_hotkey),
            Self::is_perpetual_lock(to, netuid),
        )
        .0;
        Self::write_lock(from, netuid, &source_hotkey, source);
        Self::write_lock(to, netuid, &dest_hotkey, dest_lock);
        if moved_mass != 0 {
            Self::reduce_aggregate(from, &source_hotkey, netuid, moved_mass, moved_conv);
            Self::add_aggregate(
                to,
                &dest_hotkey,
                netuid,
                LockState {
                    locked_mass: moved_mass,
                    conviction: bits(moved_conv),
                    last_update: now,
                },
            );
        }
        Ok(())
    }

    /// The owner's cut just paid, locked where the subnet has `OwnerCutAutoLockEnabled`: to the
    /// owner coldkey's existing lock hotkey on the subnet, else to the owner hotkey. A failure
    /// (a zero cut) changes nothing, as on the chain.
    pub fn auto_lock_owner_cut(netuid: NetUid, amount: u64) {
        if !OwnerCutAutoLockEnabled::<T>::get(netuid) {
            return;
        }
        let owner = SubnetOwner::<T>::get(netuid);
        let hotkey = Self::existing_model(&owner, netuid, Self::block_number())
            .map(|m| m.hotkey)
            .unwrap_or_else(|| SubnetOwnerHotkey::<T>::get(netuid));
        let _ = Self::do_lock_stake(owner, hotkey, netuid, amount);
    }

    /// `ActiveLockExists` if the coldkey still has locked mass on any subnet.
    pub fn ensure_no_active_locks(coldkey: &AccountId32) -> DispatchResult {
        let (now, r) = (Self::block_number(), Self::lock_rates());
        for ((netuid, hotkey), l) in Lock::<T>::iter_prefix((coldkey,)) {
            let rolled = roll(
                l,
                now,
                r,
                Self::is_owner_hotkey(netuid, &hotkey),
                Self::is_perpetual_lock(coldkey, netuid),
            )
            .0;
            ensure!(rolled.locked_mass == 0, Error::<T>::ActiveLockExists);
        }
        Ok(())
    }

    /// A coldkey swap carries every lock, the perpetual flags and the account flags to the new
    /// coldkey (which must hold no active lock and accept locked α).
    pub fn swap_coldkey_locks(old: &AccountId32, new: &AccountId32) -> DispatchResult {
        Self::ensure_no_active_locks(new)?;
        let (now, r) = (Self::block_number(), Self::lock_rates());
        let rejects = Self::rejects_locked_alpha(new);
        let flags: Vec<(NetUid, bool)> = DecayingLock::<T>::iter_prefix(old).collect();
        let mut moving = Vec::new();
        for ((netuid, hotkey), l) in Lock::<T>::iter_prefix((old,)) {
            let perpetual = flags.iter().any(|(n, d)| *n == netuid && !*d);
            let rolled = roll(l, now, r, Self::is_owner_hotkey(netuid, &hotkey), perpetual).0;
            Self::ensure_accepts_locked(rejects, rolled.locked_mass)?;
            moving.push((netuid, hotkey, rolled, perpetual));
        }
        for (netuid, hotkey, l, _) in &moving {
            Lock::<T>::remove((old, *netuid, hotkey));
            LockingColdkeys::<T>::remove((*netuid, hotkey, old));
            Self::reduce_aggregate(old, hotkey, *netuid, l.locked_mass, ufix(l.conviction));
        }
        for (netuid, _) in flags {
            if let Some(d) = DecayingLock::<T>::take(old, netuid) {
                DecayingLock::<T>::insert(new, netuid, d);
            }
        }
        let account_flags = AccountFlags::<T>::take(old);
        if account_flags != 0 {
            AccountFlags::<T>::insert(new, account_flags);
        } else {
            AccountFlags::<T>::remove(new);
        }
        for (netuid, hotkey, l, perpetual) in moving {
            let l = roll(l, now, r, Self::is_owner_hotkey(netuid, &hotkey), perpetual).0;
            Self::write_lock(new, netuid, &hotkey, l.clone());
            Self::add_aggregate(new, &hotkey, netuid, l);
        }
        Ok(())
    }

    /// A hotkey swap (on `netuids`) carries the locks to the old hotkey and its aggregates to
    /// the new one, by the owner-hotkey role each has on the subnet.
    pub fn swap_hotkey_locks(old: &AccountId32, new: &AccountId32, netuids: &[NetUid]) {
        let (now, r) = (Self::block_number(), Self::lock_rates());
        let mut subnets: Vec<(NetUid, bool, bool)> = Vec::new();
        for &netuid in netuids {
            let old_owner = Self::is_owner_hotkey(netuid, old);
            let new_owner = Self::is_owner_hotkey(netuid, new);
            if old_owner
                || new_owner
                || HotkeyLock::<T>::contains_key(netuid, old)
                || DecayingHotkeyLock::<T>::contains_key(netuid, old)
            {
                subnets.push((netuid, old_owner, old_owner || new_owner));
            }
        }
        let mut moving = Vec::new();
        for (netuid, _, _) in &subnets {
            let lockers: Vec<AccountId32> = LockingColdkeys::<T>::iter_prefix((*netuid, old))
                .map(|(c, _)| c)
                .collect();
            for coldkey in lockers {
                match Lock::<T>::get((&coldkey, *netuid, old)) {
                    Some(l) => moving.push((coldkey, *netuid, l)),
                    None => LockingColdkeys::<T>::remove((*netuid, old, &coldkey)),
                }
            }
        }
        let role = |netuid: NetUid| {
            subnets
                .iter()
                .find(|(n, _, _)| *n == netuid)
                .map(|(_, o, n)| (*o, *n))
                .unwrap_or((false, false))
        };
        for (coldkey, netuid, l) in moving {
            let (old_owner, new_owner) = role(netuid);
            let perpetual = Self::is_perpetual_lock(&coldkey, netuid);
            let l = roll(l, now, r, old_owner, perpetual).0;
            let l = roll(l, now, r, new_owner, perpetual).0;
            Lock::<T>::remove((&coldkey, netuid, old));
            LockingColdkeys::<T>::remove((netuid, old, &coldkey));
            Self::write_lock(&coldkey, netuid, new, l);
        }
        for (netuid, old_owner, new_owner) in subnets {
            let (perp_from, dec_from) = if old_owner {
                (Bucket::OwnerPerpetual, Bucket::OwnerDecaying)
            } else {
                (Bucket::HotkeyPerpetual, Bucket::HotkeyDecaying)
            };
            let (perp_to, dec_to) = if new_owner {
                (Bucket::OwnerPerpetual, Bucket::OwnerDecaying)
            } else {
                (Bucket::HotkeyPerpetual, Bucket::HotkeyDecaying)
            };
            for (from, to, perpetual) in [(perp_from, perp_to, true), (dec_from, dec_to, false)] {
                if let Some(l) = Self::read_bucket(from, netuid, old) {
                    Self::write_bucket(from, netuid, old, zero_lock(now));
                    let l = roll(l, now, r, old_owner, perpetual).0;
                    let l = roll(l, now, r, new_owner, perpetual).0;
                    Self::write_bucket(to, netuid, new, l);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_states_convert_both_ways_unchanged() {
        let l = LockState {
            locked_mass: 5,
            conviction: FixedU128 {
                bits: (3u128 << 64) | 7,
            },
            last_update: 9,
        };
        let back: LockState = conviction::LockState::from(l.clone()).into();
        assert_eq!(back, l);
    }
}
