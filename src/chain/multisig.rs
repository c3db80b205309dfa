//! The Multisig pallet (polkadot-sdk `pallet-multisig`, index 13 on subtensor): how a multisig
//! account id is derived from its signatories and threshold, its deposits, and the pending
//! operations (`Multisig.Multisigs`) of an account.

use serde::Serialize;
use subxt::ext::codec::{Compact, Encode};
use subxt::ext::scale_value::Value;

use crate::chain::ChainError;
use crate::chain::client::{Chain, StorageQuery, arg_account};
use crate::chain::raw::storage;
use crate::chain::value::{Val, account, field, items, u64_of};

/// Signatories a multisig may have at most (`MaxSignatories`; the signer plus fewer than this
/// many others).
pub const MAX_SIGNATORIES: usize = 100;

/// `DepositBase` and `DepositFactor` of the chain: `deposit(1, 112)` and `deposit(0, 32)`.
pub const DEPOSIT_BASE: u64 = 132_000_000;
/// See [`DEPOSIT_BASE`].
pub const DEPOSIT_FACTOR: u64 = 32_000_000;

/// The account id of the multisig of `signatories` (any order; they are sorted) and
/// `threshold`: `blake2_256(b"modlpy/utilisuba" ‖ SCALE(sorted signatories) ‖ threshold u16
/// LE)`, as pallet-multisig's `multi_account_id` computes it.
pub fn account_id(signatories: &[[u8; 32]], threshold: u16) -> [u8; 32] {
    use blake2::Digest;
    let mut sorted = signatories.to_vec();
    sorted.sort();
    let mut bytes = b"modlpy/utilisuba".to_vec();
    Compact(sorted.len() as u32).encode_to(&mut bytes);
    for s in &sorted {
        bytes.extend_from_slice(s);
    }
    bytes.extend_from_slice(&threshold.to_le_bytes());
    blake2::Blake2b::<blake2::digest::consts::U32>::digest(&bytes).into()
}

/// The signatories but `signer`, ascending (the `other_signatories` argument).
pub fn others(signatories: &[[u8; 32]], signer: &[u8; 32]) -> Vec<[u8; 32]> {
    let mut out: Vec<[u8; 32]> = signatories
        .iter()
        .filter(|s| *s != signer)
        .copied()
        .collect();
    out.sort();
    out
}

/// `DepositBase + threshold × DepositFactor`: what the first approval reserves.
pub fn deposit(md: &subxt::Metadata, threshold: u16) -> u64 {
    let constant = |name: &str, default: u64| {
        md.pallet_by_name("Multisig")
            .and_then(|p| p.constant_by_name(name))
            .and_then(|c| <[u8; 8]>::try_from(c.value()).ok())
            .map(u64::from_le_bytes)
            .unwrap_or(default)
    };
    constant("DepositBase", DEPOSIT_BASE)
        .saturating_add(constant("DepositFactor", DEPOSIT_FACTOR).saturating_mul(threshold.into()))
}

/// Where an operation started: the block and the extrinsic's index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Timepoint {
    /// The block number.
    pub height: u32,
    /// The extrinsic index.
    pub index: u32,
}

/// One pending operation of a multisig account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The call's hash.
    pub call_hash: [u8; 32],
    /// Where it started.
    pub when: Timepoint,
    /// What the depositor reserved.
    pub deposit: u64,
    /// Who started it (and alone may cancel it).
    pub depositor: [u8; 32],
    /// The signatories that approved it, ascending.
    pub approvals: Vec<[u8; 32]>,
}

/// The accounts of a `BoundedVec<AccountId>` (possibly newtype-wrapped).
fn accounts(v: &Val) -> Result<Vec<[u8; 32]>, ChainError> {
    let list = items(v)?;
    if let Ok(out) = list
        .iter()
        .map(|a| account(a))
        .collect::<Result<Vec<_>, _>>()
    {
        return Ok(out);
    }
    match list.as_slice() {
        [inner] => accounts(inner),
        _ => Err(ChainError::decode(
            "the approvals",
            "not a list of accounts",
        )),
    }
}

fn decode_pending(call_hash: [u8; 32], v: &Val) -> Result<Pending, ChainError> {
    let when = field(v, "when")?;
    let n32 = |v: &Val, what: &str| {
        u32::try_from(u64_of(v)?).map_err(|_| ChainError::decode(what.to_string(), "too large"))
    };
    Ok(Pending {
        call_hash,
        when: Timepoint {
            height: n32(field(when, "height")?, "a timepoint height")?,
            index: n32(field(when, "index")?, "a timepoint index")?,
        },
        deposit: u64_of(field(v, "deposit")?)?,
        depositor: account(field(v, "depositor")?)?,
        approvals: accounts(field(v, "approvals")?)?,
    })
}

/// The pending operation of `multisig` for `call_hash`, if there is one.
pub async fn pending(
    chain: &Chain,
    multisig: &[u8; 32],
    call_hash: &[u8; 32],
) -> Result<Option<Pending>, ChainError> {
    let v = chain
        .storage(&[StorageQuery::new(
            "Multisig",
            "Multisigs",
            vec![arg_account(multisig), Value::from_bytes(call_hash)],
        )])
        .await?;
    v[0].as_ref()
        .map(|val| decode_pending(*call_hash, val))
        .transpose()
}

/// Every pending operation of `multisig`, by call hash.
pub async fn all_pending(chain: &Chain, multisig: &[u8; 32]) -> Result<Vec<Pending>, ChainError> {
    if !chain.has_storage("Multisig", "Multisigs") {
        return Err(chain.unsupported("the storage item Multisig.Multisigs"));
    }
    let prefix = [crate::ss58::encode_default(multisig)];
    let item = storage::item(&chain.metadata, "Multisig", "Multisigs", &prefix, true)
        .map_err(ChainError::Raw)?;
    let (entries, _) = storage::iterate(chain, &item, None, &|_| {}).await?;
    let mut hashes = Vec::new();
    for e in &entries {
        let hash = e
            .keys
            .get(1)
            .and_then(|k| k.as_str())
            .and_then(|s| hex::decode(s.trim_start_matches("0x")).ok())
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| ChainError::decode("a Multisig.Multisigs key", "no call hash"))?;
        hashes.push(hash);
    }
    let mut out = Vec::new();
    for h in hashes {
        if let Some(p) = pending(chain, multisig, &h).await? {
            out.push(p);
        }
    }
    out.sort_by_key(|p| (p.when.height, p.when.index));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(hex: &str) -> [u8; 32] {
        hex::decode(hex).unwrap().try_into().unwrap()
    }

    #[test]
    fn account_ids_follow_the_pallet() {
        // //Alice, //Bob, //Charlie; the expected ids computed independently with
        // py-scalecodec's `MultiAccountId.create_from_account_list` (the btcli 9.23.2 venv).
        let a = key("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        let b = key("8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");
        let c = key("90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22");
        let id = account_id(&[a, b, c], 2);
        assert_eq!(
            hex::encode(id),
            "49daa32c7287890f38b7e1a8cd2961723d36d20baa0bf3b82e0c4bdda93b1c0a"
        );
        assert_eq!(
            crate::ss58::encode_default(&id),
            "5DjYJStmdZ2rcqXbXGX7TW85JsrW6uG4y9MUcLq2BoPMpRA7"
        );
        assert_eq!(
            crate::ss58::encode_default(&account_id(&[a, b, c], 3)),
            "5EAkPWNziBqEnrw6hkjFVu6EJej7Xf9wEK4CXir6YDS4kvUL"
        );
        // Order does not matter; the threshold does.
        assert_eq!(account_id(&[c, a, b], 2), id);
        assert_ne!(account_id(&[a, b, c], 3), id);
        assert_eq!(others(&[c, a, b], &b).len(), 2);
        assert!(others(&[c, a, b], &b).windows(2).all(|w| w[0] < w[1]));
    }
}
