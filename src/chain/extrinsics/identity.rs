//! `set_identity` (a coldkey's identity) and `set_subnet_identity` (a subnet's), and reading
//! them back. Checked before signing as the chain checks them: the coldkey owns a hotkey with a
//! uid on some subnet (`HotKeyNotRegisteredInNetwork`), the signer owns the subnet
//! (`NotSubnetOwner`), and every field fits its length limit (`InvalidIdentity`). A field not
//! given keeps its current value; the call's fields are taken from the metadata by name.

use serde_json::{Value as Json, json};
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{Chain, StorageQuery, arg_account, arg_u16};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, account, bytes, items};
use crate::chain::{ChainError, read};

/// The length limits in bytes of a coldkey identity's fields.
pub const IDENTITY_LIMITS: &[(&str, usize)] = &[
    ("name", 256),
    ("url", 256),
    ("github_repo", 256),
    ("image", 1024),
    ("discord", 256),
    ("description", 1024),
    ("additional", 1024),
];

/// The length limits in bytes of a subnet identity's fields.
pub const SUBNET_IDENTITY_LIMITS: &[(&str, usize)] = &[
    ("subnet_name", 256),
    ("github_repo", 1024),
    ("subnet_contact", 1024),
    ("subnet_url", 1024),
    ("discord", 256),
    ("description", 1024),
    ("logo_url", 1024),
    ("additional", 1024),
];

const PALLET: &str = "SubtensorModule";

/// An identity: each field's name and bytes, in the chain's order.
pub type Identity = Vec<(String, Vec<u8>)>;

/// A field's bytes as text: UTF-8, else 0x hex.
pub fn field_text(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        Err(_) => crate::chain::client::to_hex(b),
    }
}

/// An identity as a JSON object of texts.
pub fn identity_json(id: &Identity) -> Json {
    Json::Object(
        id.iter()
            .map(|(k, v)| (k.clone(), json!(field_text(v))))
            .collect(),
    )
}

/// Decode an identity struct (any version: its fields by name, as the metadata has them).
pub fn decode_identity(v: &Val) -> Result<Identity, ChainError> {
    use subxt::ext::scale_value::{Composite, ValueDef};
    match &v.value {
        ValueDef::Composite(Composite::Named(fields)) => fields
            .iter()
            .map(|(n, f)| Ok((n.clone(), bytes(f)?)))
            .collect(),
        _ => Err(ChainError::decode("an identity", "not a struct of fields")),
    }
}

/// Decode an `Option<identity>`.
pub fn decode_optional_identity(v: &Val) -> Result<Option<Identity>, ChainError> {
    crate::chain::value::option(v)?
        .map(decode_identity)
        .transpose()
}

/// The text of an identity's `field` (`name`, `subnet_name`), if it has a non-empty one.
pub fn identity_name(id: &Identity, field: &str) -> Option<String> {
    id.iter()
        .find(|(k, _)| k == field)
        .map(|(_, v)| field_text(v))
        .filter(|t| !t.trim().is_empty())
}

/// The coldkey identities of `coldkeys` that exist, in one storage read: the chain's current
/// item (`IdentitiesV2`) or its predecessor (`Identities`), whichever the metadata has; none on a
/// chain with neither.
pub async fn identities_of(
    chain: &Chain,
    coldkeys: &[[u8; 32]],
) -> Result<std::collections::BTreeMap<[u8; 32], Identity>, ChainError> {
    let mut keys = coldkeys.to_vec();
    keys.sort_unstable();
    keys.dedup();
    let Some(item) = ["IdentitiesV2", "Identities"]
        .into_iter()
        .find(|i| chain.has_storage(PALLET, i))
    else {
        return Ok(Default::default());
    };
    let queries: Vec<StorageQuery> = keys
        .iter()
        .map(|c| StorageQuery::new(PALLET, item, vec![arg_account(c)]))
        .collect();
    let mut out = std::collections::BTreeMap::new();
    for (c, v) in keys.iter().zip(chain.storage(&queries).await?) {
        if let Some(v) = v {
            out.insert(*c, decode_identity(&v)?);
        }
    }
    Ok(out)
}

/// The identities of the owning coldkeys of `hotkeys` (`Owner`), by hotkey, for those that have
/// one: one storage read for the owners, one for their identities.
pub async fn hotkey_identities(
    chain: &Chain,
    hotkeys: &[[u8; 32]],
) -> Result<std::collections::BTreeMap<[u8; 32], Identity>, ChainError> {
    let mut keys = hotkeys.to_vec();
    keys.sort_unstable();
    keys.dedup();
    let queries: Vec<StorageQuery> = keys
        .iter()
        .map(|h| StorageQuery::new(PALLET, "Owner", vec![arg_account(h)]))
        .collect();
    let mut owners = Vec::with_capacity(keys.len());
    for (h, v) in keys.iter().zip(chain.storage(&queries).await?) {
        if let Some(v) = v {
            let owner = account(&v)?;
            if owner != [0; 32] {
                owners.push((*h, owner));
            }
        }
    }
    let coldkeys: Vec<[u8; 32]> = owners.iter().map(|(_, c)| *c).collect();
    let ids = identities_of(chain, &coldkeys).await?;
    Ok(owners
        .into_iter()
        .filter_map(|(h, c)| ids.get(&c).map(|id| (h, id.clone())))
        .collect())
}

/// `item` if this chain has it, else a clear `Unsupported`.
fn require(chain: &Chain, item: &'static str, what: &str) -> Result<&'static str, ChainError> {
    if chain.has_storage(PALLET, item) {
        Ok(item)
    } else {
        Err(chain.unsupported(format!("{what} ({item})")))
    }
}

/// A coldkey's identity, if it has one.
pub async fn identity_of(
    chain: &Chain,
    coldkey: &[u8; 32],
) -> Result<Option<Identity>, ChainError> {
    let item = require(chain, "IdentitiesV2", "coldkey identities")?;
    let v = chain
        .storage(&[StorageQuery::new(PALLET, item, vec![arg_account(coldkey)])])
        .await?;
    v[0].as_ref().map(decode_identity).transpose()
}

/// A subnet's identity, if it has one.
pub async fn subnet_identity_of(
    chain: &Chain,
    netuid: u16,
) -> Result<Option<Identity>, ChainError> {
    let item = require(chain, "SubnetIdentitiesV3", "subnet identities")?;
    let v = chain
        .storage(&[StorageQuery::new(PALLET, item, vec![arg_u16(netuid)])])
        .await?;
    v[0].as_ref().map(decode_identity).transpose()
}

/// `InvalidIdentity` for the first field over its limit.
pub fn check_lengths(id: &Identity, limits: &[(&str, usize)]) -> Result<(), Refusal> {
    for (name, value) in id {
        if let Some((_, max)) = limits.iter().find(|(n, _)| n == name)
            && value.len() > *max
        {
            return Err(Refusal::subtensor(
                "InvalidIdentity",
                format!(
                    "the field `{name}` is {} bytes; the chain allows at most {max}",
                    value.len()
                ),
                format!("shorten `{name}` to {max} bytes"),
            ));
        }
    }
    Ok(())
}

/// The call's identity fields (every field but `netuid`), from the metadata.
fn call_fields(md: &subxt::Metadata, call: &str) -> Result<Vec<String>, ChainError> {
    let v = md
        .pallet_by_name(PALLET)
        .and_then(|p| p.call_variant_by_name(call))
        .ok_or_else(|| ChainError::Unsupported {
            what: format!("the call {PALLET}.{call}"),
            spec_version: 0,
        })?;
    Ok(v.fields
        .iter()
        .filter_map(|f| f.name.clone())
        .filter(|n| n != "netuid")
        .collect())
}

/// The new identity: each of the call's fields from `updates`, else the current value, else
/// empty. Returns it with the names of the fields kept from the current identity.
fn merge(
    fields: &[String],
    updates: &[(&'static str, Option<String>)],
    current: Option<&Identity>,
) -> (Identity, Vec<String>) {
    let mut kept = Vec::new();
    let id = fields
        .iter()
        .map(|f| {
            let given = updates
                .iter()
                .find(|(n, _)| n == f)
                .and_then(|(_, v)| v.clone());
            let value = match given {
                Some(v) => v.into_bytes(),
                None => {
                    let cur = current
                        .and_then(|c| c.iter().find(|(n, _)| n == f))
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default();
                    if !cur.is_empty() {
                        kept.push(f.clone());
                    }
                    cur
                }
            };
            (f.clone(), value)
        })
        .collect();
    (id, kept)
}

fn summary(id: &Identity, kept: &[String]) -> Vec<(String, String)> {
    id.iter()
        .map(|(k, v)| {
            let text = field_text(v);
            let shown = if text.is_empty() {
                "(empty)".to_string()
            } else {
                text
            };
            let note = if kept.contains(k) { " (kept)" } else { "" };
            (k.clone(), format!("{shown}{note}"))
        })
        .collect()
}

/// Whether any hotkey of `coldkey` has a uid on some subnet.
async fn has_registered_hotkey(tc: &TxChain, coldkey: &[u8; 32]) -> Result<bool, ChainError> {
    let owned = tc
        .chain
        .storage(&[StorageQuery::new(
            PALLET,
            "OwnedHotkeys",
            vec![arg_account(coldkey)],
        )])
        .await?;
    let hotkeys: Vec<[u8; 32]> = match &owned[0] {
        Some(v) => items(v)?
            .iter()
            .map(|h| account(h))
            .collect::<Result<_, _>>()?,
        None => Vec::new(),
    };
    if hotkeys.is_empty() {
        return Ok(false);
    }
    let subnets = read::subnets(&tc.chain).await?;
    let queries: Vec<StorageQuery> = subnets
        .iter()
        .flat_map(|s| {
            hotkeys.iter().map(move |h| {
                StorageQuery::new(PALLET, "Uids", vec![arg_u16(s.netuid), arg_account(h)])
            })
        })
        .collect();
    Ok(tc
        .chain
        .storage(&queries)
        .await?
        .iter()
        .any(Option::is_some))
}

fn identity_call(
    md: &subxt::Metadata,
    call: &str,
    netuid: Option<u16>,
    id: &Identity,
) -> Result<Call, ChainError> {
    let mut fields: Vec<(&str, Value)> = Vec::new();
    if let Some(n) = netuid {
        fields.push(("netuid", arg_u16(n)));
    }
    for (k, v) in id {
        fields.push((k.as_str(), Value::from_bytes(v)));
    }
    Call::new(md, PALLET, call, fields)
}

/// Plan setting the coldkey's identity; fields not in `updates` keep their current value.
pub async fn plan_set_identity(
    tc: &TxChain,
    coldkey: &[u8; 32],
    updates: &[(&'static str, Option<String>)],
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let fields = call_fields(md, "set_identity")?;
    if !has_registered_hotkey(tc, coldkey).await? {
        return Err(Refusal::subtensor(
            "HotKeyNotRegisteredInNetwork",
            "none of this coldkey's hotkeys has a uid on any subnet",
            "register a hotkey of this wallet first (`tao subnets register --netuid N`)",
        )
        .into());
    }
    let current = identity_of(&tc.chain, coldkey).await?;
    let (id, kept) = merge(&fields, updates, current.as_ref());
    check_lengths(&id, IDENTITY_LIMITS)?;
    let call = identity_call(md, "set_identity", None, &id)?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: summary(&id, &kept),
        details: json!({
            "coldkey": crate::ss58::encode_default(coldkey),
            "identity": identity_json(&id),
            "previous": current.as_ref().map(identity_json),
            "kept": kept,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

/// Plan setting a subnet's identity (the owner's coldkey signs).
pub async fn plan_set_subnet_identity(
    tc: &TxChain,
    coldkey: &[u8; 32],
    netuid: u16,
    updates: &[(&'static str, Option<String>)],
) -> Result<Plan, PlanError> {
    let md = tc.metadata();
    let fields = call_fields(md, "set_subnet_identity")?;
    let owner = tc
        .chain
        .storage(&[StorageQuery::new(
            PALLET,
            "SubnetOwner",
            vec![arg_u16(netuid)],
        )])
        .await?;
    let owner = owner[0]
        .as_ref()
        .map(account)
        .transpose()?
        .unwrap_or([0; 32]);
    if &owner != coldkey {
        let who = if owner == [0; 32] {
            format!("subnet {netuid} does not exist or has no owner")
        } else {
            format!(
                "subnet {netuid} is owned by {}, not by this coldkey",
                crate::ss58::encode_default(&owner)
            )
        };
        return Err(Refusal::subtensor(
            "NotSubnetOwner",
            who,
            "sign with the subnet owner's wallet (`--wallet-name`)",
        )
        .into());
    }
    let current = subnet_identity_of(&tc.chain, netuid).await?;
    let (id, kept) = merge(&fields, updates, current.as_ref());
    check_lengths(&id, SUBNET_IDENTITY_LIMITS)?;
    let call = identity_call(md, "set_subnet_identity", Some(netuid), &id)?;
    let mut lines = vec![("subnet".to_string(), netuid.to_string())];
    lines.extend(summary(&id, &kept));
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines,
        details: json!({
            "netuid": netuid,
            "identity": identity_json(&id),
            "previous": current.as_ref().map(identity_json),
            "kept": kept,
        }),
        preview: None,
        spend: 0,
        keep_alive: true,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_keep_their_current_value_unless_given() {
        let fields: Vec<String> = ["name", "url", "discord"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let current: Identity = vec![
            ("name".into(), b"old".to_vec()),
            ("url".into(), b"https://x".to_vec()),
            ("discord".into(), Vec::new()),
        ];
        let (id, kept) = merge(
            &fields,
            &[("name", Some("new".into())), ("discord", None)],
            Some(&current),
        );
        assert_eq!(id[0], ("name".into(), b"new".to_vec()));
        assert_eq!(id[1], ("url".into(), b"https://x".to_vec()));
        assert_eq!(id[2], ("discord".into(), Vec::new()));
        assert_eq!(kept, vec!["url".to_string()]);
    }

    #[test]
    fn lengths_are_checked_per_field() {
        let ok: Identity = vec![
            ("name".into(), vec![b'a'; 256]),
            ("image".into(), vec![b'a'; 1024]),
        ];
        assert!(check_lengths(&ok, IDENTITY_LIMITS).is_ok());
        let long: Identity = vec![("discord".into(), vec![b'a'; 257])];
        let r = check_lengths(&long, IDENTITY_LIMITS).unwrap_err();
        assert_eq!(r.name, "InvalidIdentity");
        assert!(
            r.message.contains("`discord` is 257 bytes"),
            "{}",
            r.message
        );
        let sub: Identity = vec![("github_repo".into(), vec![b'a'; 1024])];
        assert!(check_lengths(&sub, SUBNET_IDENTITY_LIMITS).is_ok());
        assert!(check_lengths(&sub, IDENTITY_LIMITS).is_err());
        assert_eq!(field_text(&[0xff, 0x00]), "0xff00");
    }
}
