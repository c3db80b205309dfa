//! Containers for secret material: zeroed when dropped, and redacted in `Debug`.
//!
//! Neither type implements `Display`, `Serialize` or `Clone` by accident: exposing the content is an
//! explicit `expose()` call, which is easy to find in review.

use std::fmt;

use zeroize::Zeroizing;

/// Secret bytes (a decrypted keyfile, a derived key, a seed).
#[derive(Clone, Default)]
pub struct SecretBytes(Zeroizing<Vec<u8>>);

impl SecretBytes {
    /// Take ownership of `bytes`; they are zeroed when this value is dropped.
    pub fn new(bytes: Vec<u8>) -> Self {
        SecretBytes(Zeroizing::new(bytes))
    }

    /// Copy `bytes` into a new secret buffer.
    pub fn copy_from(bytes: &[u8]) -> Self {
        SecretBytes::new(bytes.to_vec())
    }

    /// The secret bytes.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// The number of bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretBytes([redacted; {} bytes])", self.0.len())
    }
}

impl PartialEq for SecretBytes {
    /// Constant-time in the content (the length is not secret).
    fn eq(&self, other: &Self) -> bool {
        constant_time_eq(self.expose(), other.expose())
    }
}

impl Eq for SecretBytes {}

/// A secret string (a password, a mnemonic).
#[derive(Clone, Default)]
pub struct SecretString(Zeroizing<String>);

impl SecretString {
    /// Take ownership of `text`; it is zeroed when this value is dropped.
    pub fn new(text: String) -> Self {
        SecretString(Zeroizing::new(text))
    }

    /// Copy `text` into a new secret string.
    pub fn copy_from(text: &str) -> Self {
        SecretString::new(text.to_owned())
    }

    /// Decode UTF-8 bytes, consuming them; `None` (with the bytes zeroed) if they are not UTF-8.
    pub fn from_utf8(bytes: Vec<u8>) -> Option<Self> {
        match String::from_utf8(bytes) {
            Ok(text) => Some(SecretString::new(text)),
            Err(err) => {
                drop(Zeroizing::new(err.into_bytes()));
                None
            }
        }
    }

    /// The secret text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A copy with leading and trailing whitespace removed (what btwallet's prompt does).
    pub fn trimmed(&self) -> SecretString {
        SecretString::copy_from(self.0.trim())
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString([redacted])")
    }
}

impl PartialEq for SecretString {
    /// Constant-time in the content (the length is not secret).
    fn eq(&self, other: &Self) -> bool {
        constant_time_eq(self.0.as_bytes(), other.0.as_bytes())
    }
}

impl Eq for SecretString {}

impl<'de> serde::Deserialize<'de> for SecretString {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SecretString::new)
    }
}

/// Compare two byte strings without an early exit on the first difference.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let s = SecretString::copy_from("hunter2-very-secret");
        let b = SecretBytes::copy_from(b"hunter2-very-secret");
        let shown = format!("{s:?} {b:?} {s:#?} {b:#?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn trimmed_and_equality() {
        let s = SecretString::copy_from("  pw \n");
        assert_eq!(s.trimmed(), SecretString::copy_from("pw"));
        assert_ne!(s, SecretString::copy_from("pw"));
        assert!(constant_time_eq(b"", b""));
        assert!(!constant_time_eq(b"a", b"ab"));
    }

    #[test]
    fn from_utf8_rejects_invalid() {
        assert!(SecretString::from_utf8(vec![0xff, 0xfe]).is_none());
        assert_eq!(
            SecretString::from_utf8(b"ok".to_vec()).unwrap().expose(),
            "ok"
        );
    }
}
