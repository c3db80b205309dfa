//! SS58 addresses: base58 of `prefix ‖ account id ‖ checksum`, where the checksum is the first
//! two bytes of BLAKE2b-512 over `"SS58PRE" ‖ prefix ‖ account id`. Bittensor uses prefix 42.
//!
//! Only 32-byte account ids (sr25519 and ed25519 public keys) are accepted: that is what every
//! Bittensor address is.

use blake2::{Blake2b512, Digest};

use crate::error::{Diagnostic, ExitStatus};

/// Bittensor's (and Substrate's generic) address prefix.
pub const DEFAULT_PREFIX: u16 = 42;
/// The largest prefix SS58 can encode.
pub const MAX_PREFIX: u16 = 16_383;

/// Why an address could not be decoded or encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Ss58Error {
    /// Not base58.
    #[error("`{0}` is not base58 (SS58 addresses use the characters 1-9, A-H, J-N, P-Z, a-k, m-z)")]
    NotBase58(String),
    /// Wrong decoded length.
    #[error(
        "`{address}` decodes to {len} bytes, but an SS58 address of a 32-byte account has 35 or 36"
    )]
    BadLength {
        /// The input.
        address: String,
        /// Its decoded length.
        len: usize,
    },
    /// The checksum does not match.
    #[error("`{0}` has a bad checksum (a character is mistyped or missing)")]
    BadChecksum(String),
    /// Prefix out of range or reserved.
    #[error("prefix {0} is not a valid SS58 prefix (0-16383, except the reserved 46 and 47)")]
    BadPrefix(u32),
    /// The address carries another network's prefix than the one required.
    #[error("`{address}` has prefix {found}, expected {expected}")]
    WrongPrefix {
        /// The input.
        address: String,
        /// Its prefix.
        found: u16,
        /// The prefix required.
        expected: u16,
    },
    /// Public key hex of the wrong shape.
    #[error("`{0}` is not a 32-byte public key in hex (64 hex digits, optionally 0x-prefixed)")]
    BadPublicKey(String),
}

impl Diagnostic for Ss58Error {
    fn code(&self) -> &'static str {
        match self {
            Ss58Error::NotBase58(_) => "ss58.not_base58",
            Ss58Error::BadLength { .. } => "ss58.bad_length",
            Ss58Error::BadChecksum(_) => "ss58.bad_checksum",
            Ss58Error::BadPrefix(_) => "ss58.bad_prefix",
            Ss58Error::WrongPrefix { .. } => "ss58.wrong_prefix",
            Ss58Error::BadPublicKey(_) => "ss58.bad_public_key",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        ExitStatus::Failure
    }

    fn hint(&self) -> Option<String> {
        match self {
            Ss58Error::WrongPrefix { expected, .. } => Some(format!(
                "re-encode it with `tao utils ss58 encode --prefix {expected}`"
            )),
            Ss58Error::BadPrefix(_) => Some("Bittensor uses prefix 42".into()),
            Ss58Error::BadPublicKey(_) => {
                Some("pass the key as 0x followed by 64 hex digits".into())
            }
            _ => Some("copy the address again from its source".into()),
        }
    }
}

fn check_prefix(prefix: u32) -> Result<u16, Ss58Error> {
    if prefix > u32::from(MAX_PREFIX) || prefix == 46 || prefix == 47 {
        return Err(Ss58Error::BadPrefix(prefix));
    }
    Ok(prefix as u16)
}

fn prefix_bytes(prefix: u16) -> Vec<u8> {
    if prefix < 64 {
        vec![prefix as u8]
    } else {
        let first = (((prefix & 0b0000_0000_1111_1100) >> 2) as u8) | 0b0100_0000;
        let second = ((prefix >> 8) as u8) | (((prefix & 0b11) as u8) << 6);
        vec![first, second]
    }
}

fn checksum(data: &[u8]) -> [u8; 2] {
    let mut h = Blake2b512::new();
    h.update(b"SS58PRE");
    h.update(data);
    let out = h.finalize();
    [out[0], out[1]]
}

/// Encode a 32-byte account id with the given prefix.
pub fn encode(account: &[u8; 32], prefix: u16) -> Result<String, Ss58Error> {
    let prefix = check_prefix(u32::from(prefix))?;
    let mut data = prefix_bytes(prefix);
    data.extend_from_slice(account);
    let sum = checksum(&data);
    data.extend_from_slice(&sum);
    Ok(bs58::encode(data).into_string())
}

/// Encode with Bittensor's prefix 42.
pub fn encode_default(account: &[u8; 32]) -> String {
    encode(account, DEFAULT_PREFIX).expect("42 is a valid prefix")
}

/// Decode an address into its prefix and account id, verifying the checksum.
pub fn decode(address: &str) -> Result<(u16, [u8; 32]), Ss58Error> {
    let raw = bs58::decode(address)
        .into_vec()
        .map_err(|_| Ss58Error::NotBase58(address.to_string()))?;
    let bad_len = || Ss58Error::BadLength {
        address: address.to_string(),
        len: raw.len(),
    };
    let (prefix, prefix_len) = match raw.first() {
        None => return Err(bad_len()),
        Some(&b) if b < 64 => (u16::from(b), 1),
        Some(&b) if b < 128 => {
            let second = *raw.get(1).ok_or_else(bad_len)?;
            let lower = (b << 2) | (second >> 6);
            let upper = second & 0b0011_1111;
            (u16::from(lower) | (u16::from(upper) << 8), 2)
        }
        Some(&b) => return Err(Ss58Error::BadPrefix(u32::from(b))),
    };
    if raw.len() != prefix_len + 32 + 2 {
        return Err(bad_len());
    }
    check_prefix(u32::from(prefix))?;
    let body_end = prefix_len + 32;
    if checksum(&raw[..body_end]) != raw[body_end..] {
        return Err(Ss58Error::BadChecksum(address.to_string()));
    }
    let mut account = [0u8; 32];
    account.copy_from_slice(&raw[prefix_len..body_end]);
    Ok((prefix, account))
}

/// Decode an address and require the given prefix.
pub fn decode_with_prefix(address: &str, expected: u16) -> Result<[u8; 32], Ss58Error> {
    let (found, account) = decode(address)?;
    if found != expected {
        return Err(Ss58Error::WrongPrefix {
            address: address.to_string(),
            found,
            expected,
        });
    }
    Ok(account)
}

/// Parse a 32-byte public key given as hex, with or without `0x`.
pub fn parse_public_key_hex(text: &str) -> Result<[u8; 32], Ss58Error> {
    let body = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    let bad = || Ss58Error::BadPublicKey(text.to_string());
    if body.len() != 64 {
        return Err(bad());
    }
    let mut out = [0u8; 32];
    for (i, chunk) in body.as_bytes().chunks(2).enumerate() {
        let hi = (chunk[0] as char).to_digit(16).ok_or_else(bad)?;
        let lo = (chunk[1] as char).to_digit(16).ok_or_else(bad)?;
        out[i] = (hi * 16 + lo) as u8;
    }
    Ok(out)
}

/// Lowercase `0x`-prefixed hex of bytes.
pub fn to_hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(2 + bytes.len() * 2);
    s.push_str("0x");
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // //Alice's sr25519 public key and its well-known generic-substrate (42) address.
    const ALICE_HEX: &str = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
    const ALICE_42: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    #[test]
    fn known_answer_alice() {
        let pk = parse_public_key_hex(ALICE_HEX).unwrap();
        assert_eq!(encode_default(&pk), ALICE_42);
        assert_eq!(decode(ALICE_42).unwrap(), (42, pk));
        // Polkadot's prefix 0 gives Alice's well-known 15oF4… address.
        assert_eq!(
            encode(&pk, 0).unwrap(),
            "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"
        );
    }

    #[test]
    fn two_byte_prefixes_round_trip() {
        let pk = parse_public_key_hex(ALICE_HEX).unwrap();
        for prefix in [64u16, 255, 1000, 16383] {
            let a = encode(&pk, prefix).unwrap();
            assert_eq!(decode(&a).unwrap(), (prefix, pk), "prefix {prefix}");
        }
    }

    #[test]
    fn rejects_bad_input() {
        let mut bad = ALICE_42.to_string();
        bad.replace_range(10..11, "x");
        assert!(matches!(decode(&bad), Err(Ss58Error::BadChecksum(_))));
        assert!(matches!(decode("0OIl"), Err(Ss58Error::NotBase58(_))));
        assert!(matches!(
            decode(&ALICE_42[..40]),
            Err(Ss58Error::BadLength { .. })
        ));
        assert!(matches!(decode(""), Err(Ss58Error::BadLength { .. })));
        assert!(matches!(
            encode(&[0; 32], 46),
            Err(Ss58Error::BadPrefix(46))
        ));
        assert!(matches!(
            decode_with_prefix(ALICE_42, 0),
            Err(Ss58Error::WrongPrefix { found: 42, .. })
        ));
        assert!(parse_public_key_hex("0x1234").is_err());
        assert!(parse_public_key_hex(&"zz".repeat(32)).is_err());
    }

    proptest! {
        #[test]
        fn round_trip(pk in any::<[u8; 32]>(), prefix in 0u16..=16383) {
            prop_assume!(prefix != 46 && prefix != 47);
            let a = encode(&pk, prefix).unwrap();
            prop_assert_eq!(decode(&a).unwrap(), (prefix, pk));
        }

        #[test]
        fn decode_never_panics(s in ".{0,60}") {
            let _ = decode(&s);
            let _ = parse_public_key_hex(&s);
        }
    }
}
