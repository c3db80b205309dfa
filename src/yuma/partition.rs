//! The partition step of the consensus median's selection, with an AVX-512 form chosen at run
//! time where the processor has it. Both forms give the same result.

use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the wide form may be used (see [`super::use_wide_instructions`]).
static WIDE_ALLOWED: AtomicBool = AtomicBool::new(true);

/// Allow or forbid the AVX-512 forms (the portable ones are used where they are forbidden).
pub(super) fn allow_wide(on: bool) {
    WIDE_ALLOWED.store(on, Ordering::Relaxed);
}

/// Whether the AVX-512 forms are allowed (they still need the processor to have them).
pub(super) fn wide_allowed() -> bool {
    WIDE_ALLOWED.load(Ordering::Relaxed)
}

/// Split `cur` around `pivot`: the keys below it into `lo` and those above it into `hi` (each
/// in their order in `cur`), returning both counts and the summed stake of the keys below. The
/// stake of a key is `stake[key & 0xffff]`. `lo` and `hi` need room for `cur.len() + 8` keys
/// (the wide form stores whole vectors).
pub(super) fn partition(
    cur: &[u64],
    lo: &mut [u64],
    hi: &mut [u64],
    pivot: u64,
    stake: &[i64],
) -> (usize, usize, i64) {
    #[cfg(target_arch = "x86_64")]
    if wide_allowed() && std::arch::is_x86_feature_detected!("avx512f") {
        // SAFETY: the processor supports AVX-512F, checked just above.
        return unsafe { avx512::partition(cur, lo, hi, pivot, stake) };
    }
    scalar(cur, lo, hi, pivot, stake)
}

/// The portable form: every key is written to both sides and the side's length advances only
/// for the keys that belong there, so the coin-flip comparisons never branch.
pub(super) fn scalar(
    cur: &[u64],
    lo: &mut [u64],
    hi: &mut [u64],
    pivot: u64,
    stake: &[i64],
) -> (usize, usize, i64) {
    let (mut nl, mut nh, mut lo_stake) = (0usize, 0usize, 0i64);
    for &key in cur {
        lo[nl] = key;
        hi[nh] = key;
        let below = key < pivot;
        let st = stake[(key & 0xffff) as usize];
        lo_stake = lo_stake.wrapping_add(std::hint::select_unpredictable(below, st, 0));
        nl += below as usize;
        nh += (key > pivot) as usize;
    }
    (nl, nh, lo_stake)
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use std::arch::x86_64::*;

    /// Eight keys at a time: two compares, two compressions, and a gather of the stakes of the
    /// keys below the pivot.
    ///
    /// # Safety
    /// The processor must support AVX-512F.
    #[target_feature(enable = "avx512f")]
    pub(super) unsafe fn partition(
        cur: &[u64],
        lo: &mut [u64],
        hi: &mut [u64],
        pivot: u64,
        stake: &[i64],
    ) -> (usize, usize, i64) {
        let len = cur.len();
        // Whole-vector stores at `nl <= len` and `nh <= len` stay inside the buffers.
        assert!(lo.len() >= len + 8 && hi.len() >= len + 8 && !stake.is_empty());
        let p = _mm512_set1_epi64(pivot as i64);
        let row_bits = _mm512_set1_epi64(0xffff);
        // Stake indices are clamped into the slice, so the gather never reads outside it.
        let last_row = _mm512_set1_epi64(stake.len() as i64 - 1);
        let mut acc = _mm512_setzero_si512();
        let (mut nl, mut nh) = (0usize, 0usize);
        let mut i = 0;
        while i < len {
            let valid: __mmask8 = if len - i >= 8 {
                0xff
            } else {
                (1u8 << (len - i)) - 1
            };
            // SAFETY (all pointer uses below): the masked load reads only the `valid` lanes,
            // which are inside `cur`; the stores write 8 lanes from `nl`/`nh`, inside `lo`/`hi`
            // by the assertion; the gather reads `stake` at clamped indices.
            unsafe {
                let keys = _mm512_maskz_loadu_epi64(valid, cur.as_ptr().add(i) as *const i64);
                let below = _mm512_mask_cmplt_epu64_mask(valid, keys, p);
                let above = _mm512_mask_cmpgt_epu64_mask(valid, keys, p);
                _mm512_storeu_epi64(
                    lo.as_mut_ptr().add(nl) as *mut i64,
                    _mm512_maskz_compress_epi64(below, keys),
                );
                _mm512_storeu_epi64(
                    hi.as_mut_ptr().add(nh) as *mut i64,
                    _mm512_maskz_compress_epi64(above, keys),
                );
                let rows = _mm512_min_epu64(_mm512_and_si512(keys, row_bits), last_row);
                let st = _mm512_mask_i64gather_epi64::<8>(
                    _mm512_setzero_si512(),
                    below,
                    rows,
                    stake.as_ptr(),
                );
                acc = _mm512_add_epi64(acc, st);
                nl += below.count_ones() as usize;
                nh += above.count_ones() as usize;
            }
            i += 8;
        }
        (nl, nh, _mm512_reduce_add_epi64(acc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The dispatched form (AVX-512 where available) equals the portable one, for every
        /// length around the vector width and pivots inside and outside the keys.
        #[test]
        fn wide_partition_equals_scalar(
            raw in proptest::collection::vec((0u64..1 << 40, 0i64..1 << 32), 1..70),
            pick in any::<prop::sample::Index>(),
            shift in -1i64..=1,
        ) {
            // Distinct keys `(score << 16) | row`, as the median builds them.
            let cur: Vec<u64> = raw.iter().enumerate().map(|(k, r)| (r.0 << 16) | k as u64).collect();
            let stake: Vec<i64> = raw.iter().map(|r| r.1).collect();
            let pivot = cur[pick.index(cur.len())].wrapping_add_signed(shift);
            let n = cur.len() + 8;
            let (mut lo1, mut hi1, mut lo2, mut hi2) = (vec![0; n], vec![0; n], vec![0; n], vec![0; n]);
            let a = partition(&cur, &mut lo1, &mut hi1, pivot, &stake);
            let b = scalar(&cur, &mut lo2, &mut hi2, pivot, &stake);
            prop_assert_eq!(a, b);
            prop_assert_eq!(&lo1[..a.0], &lo2[..b.0]);
            prop_assert_eq!(&hi1[..a.1], &hi2[..b.1]);
        }
    }
}
