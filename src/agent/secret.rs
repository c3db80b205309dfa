//! Secrets in locked memory, and the agent process's hardening.

use zeroize::Zeroize;

/// Bytes of the sr25519 secret key the agent keeps (key and nonce).
pub const SECRET_LEN: usize = 64;

/// A secret key in its own heap block, locked into RAM with `mlock` (never swapped out) when the
/// system allows it, and zeroized and unlocked when dropped.
pub struct LockedSecret {
    bytes: Box<[u8; SECRET_LEN]>,
    locked: bool,
}

impl LockedSecret {
    /// Copy `secret` into a new locked block. The caller zeroizes its own copy.
    pub fn new(secret: &[u8; SECRET_LEN]) -> LockedSecret {
        let mut bytes = Box::new([0u8; SECRET_LEN]);
        // SAFETY: the pointer and length describe the boxed array, alive for the call.
        let locked = unsafe { libc::mlock(bytes.as_ptr().cast(), SECRET_LEN) } == 0;
        bytes.copy_from_slice(secret);
        LockedSecret { bytes, locked }
    }

    /// The secret.
    pub fn expose(&self) -> &[u8; SECRET_LEN] {
        &self.bytes
    }

    /// Whether `mlock` succeeded (it may not under a low `RLIMIT_MEMLOCK`).
    pub fn is_locked(&self) -> bool {
        self.locked
    }
}

impl Drop for LockedSecret {
    fn drop(&mut self) {
        self.bytes.zeroize();
        if self.locked {
            // SAFETY: the same block that was locked, still allocated.
            unsafe {
                libc::munlock(self.bytes.as_ptr().cast(), SECRET_LEN);
            }
        }
    }
}

impl std::fmt::Debug for LockedSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LockedSecret(..)")
    }
}

/// What hardening took effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hardening {
    /// Core dumps are off (`RLIMIT_CORE` 0).
    pub no_core_dumps: bool,
    /// The process is not dumpable (Linux: no ptrace attachment by other processes of the
    /// user, no core file, `/proc/PID` owned by root).
    pub not_dumpable: bool,
}

/// Turn off core dumps and, on Linux, ptrace attachment for this process.
pub fn harden() -> Hardening {
    let zero = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: setrlimit with a valid rlimit value.
    let no_core_dumps = unsafe { libc::setrlimit(libc::RLIMIT_CORE, &zero) } == 0;
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_DUMPABLE, 0) takes no pointers.
    let not_dumpable = unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } == 0;
    #[cfg(not(target_os = "linux"))]
    let not_dumpable = false;
    Hardening {
        no_core_dumps,
        not_dumpable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locked_secret_keeps_its_bytes_until_dropped() {
        let s = LockedSecret::new(&[7u8; SECRET_LEN]);
        assert_eq!(s.expose(), &[7u8; SECRET_LEN]);
        assert_eq!(format!("{s:?}"), "LockedSecret(..)");
    }
}
