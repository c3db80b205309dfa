//! Air-gapped signing: the files that carry a transaction between an online machine (which has
//! the network but not the key) and an offline one (which has the key but not the network).
//!
//! `tao-unsigned/1` holds everything the signature covers (the call, signer, nonce, era and its
//! birth block, genesis hash, spec and transaction versions, tip, the metadata-hash mode), the
//! exact signing payload, the runtime metadata that decodes the call, a description of the call
//! decoded from its bytes, and what the online machine saw (the fee estimate, the command's
//! summary). `tao-signed/1` is the same with the signed extrinsic and its hash added.
//!
//! Nothing in a file is trusted as written: [`open`] decodes the call from the metadata that
//! travels with it, rebuilds the description and the signing payload from the decoded parts and
//! refuses the file when either differs from what it says; [`open_signed`] also checks that the
//! extrinsic is exactly those parts with a valid signature of the signer.

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use super::client::to_hex;
use super::error::ChainError;
use super::raw::calls;
use super::tx::{self, Call, Era, Unsigned};
use crate::error::{Diagnostic, ExitStatus};

/// The `format` of an unsigned file.
pub const UNSIGNED_FORMAT: &str = "tao-unsigned/1";
/// The `format` of a signed file.
pub const SIGNED_FORMAT: &str = "tao-signed/1";
/// The only metadata-hash mode tao signs with (`CheckMetadataHash` disabled: mode byte 0, no
/// hash in the implicit data).
pub const METADATA_HASH_MODE: &str = "disabled";

/// Why an offline file is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfflineError {
    /// Not a readable tao offline file.
    #[error("{0}")]
    BadFile(String),
    /// The file contradicts itself: its payload, call, description or metadata do not match.
    #[error("the file does not match its own contents: {0}; nothing was signed or sent")]
    Tampered(String),
    /// The era ended before the transaction could be included.
    #[error(
        "the transaction expired: its era of {period} blocks from #{birth_block} ended at #{death} and the chain is at #{best}; nothing was sent"
    )]
    Expired {
        /// The era's period.
        period: u64,
        /// Its birth block.
        birth_block: u64,
        /// The first block it is no longer valid in.
        death: u64,
        /// The chain's best block.
        best: u64,
    },
}

impl Diagnostic for OfflineError {
    fn code(&self) -> &'static str {
        match self {
            OfflineError::BadFile(_) => "offline.bad_file",
            OfflineError::Tampered(_) => "offline.tampered",
            OfflineError::Expired { .. } => "offline.expired",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        ExitStatus::Failure
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            OfflineError::BadFile(_) => {
                "give a file written by `--unsigned-out` or `tao tx sign`".into()
            }
            OfflineError::Tampered(_) => {
                "do not sign or send it: make a new unsigned file with `--unsigned-out` on the online machine".into()
            }
            OfflineError::Expired { .. } => {
                "make a new unsigned file (`--unsigned-out`, a longer `--era` gives more time) and sign it again".into()
            }
        })
    }
}

/// The era as a file writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EraFields {
    /// Blocks it is valid for (a power of two).
    pub period: u64,
    /// The block it is valid from.
    pub birth_block: u64,
    /// That block's hash (0x hex; part of the signed payload).
    pub birth_hash: String,
}

/// The call as a file writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallFields {
    /// The pallet.
    pub pallet: String,
    /// The call.
    pub name: String,
    /// `pallet_index ++ call_index ++ SCALE args` (0x hex).
    pub data: String,
}

/// The runtime metadata that decodes the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataFields {
    /// The blake2-256 of `bytes` (0x hex).
    pub hash: String,
    /// The SCALE-encoded metadata, as `Metadata_metadata_at_version` returns it (0x hex).
    pub bytes: String,
}

/// The fields both files carry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transaction {
    /// The network's name where the file was made.
    pub network: String,
    /// The endpoint the file was made against.
    pub endpoint: String,
    /// The chain's genesis hash (0x hex; signed).
    pub genesis_hash: String,
    /// The runtime's spec version (signed).
    pub spec_version: u32,
    /// The runtime's transaction version (signed).
    pub transaction_version: u32,
    /// The signer's SS58 address.
    pub signer: String,
    /// Which of the wallet's keys signs: `coldkey` or `hotkey`.
    pub signer_role: String,
    /// The signer's nonce (signed).
    pub nonce: u32,
    /// The mortality (signed).
    pub era: EraFields,
    /// The tip (signed; tao always tips 0).
    pub tip: Json,
    /// `CheckMetadataHash`'s mode (signed): always `disabled`.
    pub metadata_hash_mode: String,
    /// The call (signed).
    pub call: CallFields,
    /// The call decoded from its bytes: `{pallet, call, args}` with amounts in rao and τ/α and
    /// accounts as SS58.
    pub description: Json,
    /// The fee estimated online (not signed).
    pub fee: Json,
    /// The command's summary lines as the online machine checked them (not signed).
    pub summary: Vec<(String, String)>,
    /// The command's own fields (not signed).
    pub details: Json,
    /// The exact bytes the signature covers before hashing (0x hex): the call, the explicit
    /// extension data (era, nonce, tip, metadata-hash mode) and the implicit data (spec version,
    /// transaction version, genesis hash, birth block hash, no metadata hash). Payloads over 256
    /// bytes are signed as their blake2-256.
    pub signing_payload: String,
    /// The metadata that decodes the call.
    pub metadata: MetadataFields,
}

/// A `tao-unsigned/1` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnsignedFile {
    /// [`UNSIGNED_FORMAT`].
    pub format: String,
    /// The transaction.
    #[serde(flatten)]
    pub tx: Transaction,
}

/// A `tao-signed/1` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignedFile {
    /// [`SIGNED_FORMAT`].
    pub format: String,
    /// The signed extrinsic, length-prefixed, as it is submitted (0x hex).
    pub extrinsic: String,
    /// Its blake2-256 hash (0x hex).
    pub extrinsic_hash: String,
    /// The transaction it signs.
    #[serde(flatten)]
    pub tx: Transaction,
}

/// Either file.
#[derive(Debug, Clone)]
pub enum AnyFile {
    /// Not signed yet.
    Unsigned(UnsignedFile),
    /// Signed.
    Signed(SignedFile),
}

/// What the online machine knew besides the transaction itself.
pub struct Context<'a> {
    /// The network's name.
    pub network: &'a str,
    /// Its endpoint.
    pub endpoint: &'a str,
    /// `coldkey` or `hotkey`.
    pub signer_role: &'a str,
    /// The fee estimate in rao.
    pub fee: u64,
    /// The command's summary lines.
    pub summary: Vec<(String, String)>,
    /// The command's own fields.
    pub details: Json,
}

/// The call `data` decoded against `md`: `{pallet, call, args}`.
pub fn describe(md: &subxt::Metadata, data: &[u8]) -> Result<Json, ChainError> {
    let d = calls::decode(md, data)?;
    Ok(json!({ "pallet": d.pallet, "call": d.name, "args": d.args_json(md) }))
}

/// A description's lines for a person: `Pallet.call` then one `name: value` line per argument,
/// amounts as `1.5 τ (1500000000 rao)`.
pub fn description_lines(description: &Json) -> Vec<String> {
    let mut lines = vec![format!(
        "{}.{}",
        description["pallet"].as_str().unwrap_or("?"),
        description["call"].as_str().unwrap_or("?")
    )];
    if let Some(args) = description["args"].as_object() {
        for (name, v) in args {
            lines.push(format!("  {name}: {}", value_text(v)));
        }
    }
    lines
}

fn value_text(v: &Json) -> String {
    if let Some(m) = v.as_object()
        && let Some(rao) = m.get("rao").and_then(Json::as_str)
    {
        if let Some(t) = m.get("tao").and_then(Json::as_str) {
            return format!("{t} τ ({rao} rao)");
        }
        if let Some(a) = m.get("alpha").and_then(Json::as_str) {
            return format!("{a} α ({rao} rao)");
        }
    }
    match v {
        Json::String(s) => s.clone(),
        // An address variant (`MultiAddress::Id`): the account itself.
        Json::Object(m) if m.len() == 1 && m.contains_key("Id") => value_text(&m["Id"]),
        other => other.to_string(),
    }
}

/// The unsigned file of `unsigned`, with the metadata `md_bytes` (which `md` was decoded from).
pub fn unsigned_file(
    unsigned: &Unsigned,
    md: &subxt::Metadata,
    md_bytes: &[u8],
    cx: Context<'_>,
) -> Result<UnsignedFile, ChainError> {
    Ok(UnsignedFile {
        format: UNSIGNED_FORMAT.into(),
        tx: Transaction {
            network: cx.network.into(),
            endpoint: cx.endpoint.into(),
            genesis_hash: to_hex(&unsigned.genesis),
            spec_version: unsigned.spec_version,
            transaction_version: unsigned.tx_version,
            signer: crate::ss58::encode_default(&unsigned.signer),
            signer_role: cx.signer_role.into(),
            nonce: unsigned.nonce,
            era: EraFields {
                period: unsigned.era.period,
                birth_block: unsigned.era.birth_block,
                birth_hash: to_hex(&unsigned.era.birth_hash),
            },
            tip: crate::units::tao_json(0),
            metadata_hash_mode: METADATA_HASH_MODE.into(),
            call: CallFields {
                pallet: unsigned.call.pallet.clone(),
                name: unsigned.call.name.clone(),
                data: to_hex(&unsigned.call.data),
            },
            description: describe(md, &unsigned.call.data)?,
            fee: crate::units::tao_json(cx.fee),
            summary: cx.summary,
            details: cx.details,
            signing_payload: to_hex(&unsigned.payload()),
            metadata: MetadataFields {
                hash: to_hex(&sp_crypto_hashing::blake2_256(md_bytes)),
                bytes: to_hex(md_bytes),
            },
        },
    })
}

/// The signed file: `file` with the extrinsic signed with `signature`.
pub fn signed_file(file: &UnsignedFile, unsigned: &Unsigned, signature: &[u8; 64]) -> SignedFile {
    let ext = unsigned.extrinsic(signature);
    SignedFile {
        format: SIGNED_FORMAT.into(),
        extrinsic: to_hex(&ext),
        extrinsic_hash: to_hex(&tx::extrinsic_hash(&ext)),
        tx: file.tx.clone(),
    }
}

/// Parse a file's text (either format).
pub fn parse(text: &str) -> Result<AnyFile, OfflineError> {
    let doc: Json = serde_json::from_str(text).map_err(|e| {
        OfflineError::BadFile(format!("not a tao transaction file (not JSON: {e})"))
    })?;
    match doc.get("format").and_then(Json::as_str) {
        Some(UNSIGNED_FORMAT) => serde_json::from_value(doc)
            .map(AnyFile::Unsigned)
            .map_err(|e| OfflineError::BadFile(format!("a malformed {UNSIGNED_FORMAT} file: {e}"))),
        Some(SIGNED_FORMAT) => serde_json::from_value(doc)
            .map(AnyFile::Signed)
            .map_err(|e| OfflineError::BadFile(format!("a malformed {SIGNED_FORMAT} file: {e}"))),
        Some(other) => Err(OfflineError::BadFile(format!(
            "the format `{other}` is not one this tao reads ({UNSIGNED_FORMAT}, {SIGNED_FORMAT})"
        ))),
        None => Err(OfflineError::BadFile(
            "not a tao transaction file (no \"format\")".into(),
        )),
    }
}

/// A file checked against itself.
pub struct Opened {
    /// The transaction rebuilt from the file's parts.
    pub unsigned: Unsigned,
    /// The metadata that travelled with it.
    pub metadata: subxt::Metadata,
    /// The call decoded from its bytes.
    pub description: Json,
}

fn tampered(what: impl Into<String>) -> OfflineError {
    OfflineError::Tampered(what.into())
}

fn hex_field(name: &str, text: &str) -> Result<Vec<u8>, OfflineError> {
    hex::decode(text.trim_start_matches("0x"))
        .map_err(|e| OfflineError::BadFile(format!("`{name}` is not hex: {e}")))
}

fn hash_field(name: &str, text: &str) -> Result<[u8; 32], OfflineError> {
    <[u8; 32]>::try_from(hex_field(name, text)?.as_slice())
        .map_err(|_| OfflineError::BadFile(format!("`{name}` is not 32 bytes")))
}

fn rao_of(amount: &Json) -> Option<u64> {
    amount.get("rao")?.as_str()?.parse().ok()
}

/// The spec and transaction versions the metadata's `System.Version` constant names.
fn metadata_versions(md: &subxt::Metadata) -> Option<(u64, u64)> {
    let c = md.pallet_by_name("System")?.constant_by_name("Version")?;
    let v =
        subxt::ext::scale_value::scale::decode_as_type(&mut c.value(), c.ty(), md.types()).ok()?;
    let spec = super::value::uint(super::value::field(&v, "spec_version").ok()?).ok()?;
    let tx = super::value::uint(super::value::field(&v, "transaction_version").ok()?).ok()?;
    Some((u64::try_from(spec).ok()?, u64::try_from(tx).ok()?))
}

/// Check a file against itself, without the network: the metadata against its hash and the
/// signed versions, the call's bytes decoded to the described call, and the signing payload
/// rebuilt from the parts.
pub fn open(t: &Transaction) -> Result<Opened, OfflineError> {
    let md_bytes = hex_field("metadata bytes", &t.metadata.bytes)?;
    if to_hex(&sp_crypto_hashing::blake2_256(&md_bytes)) != t.metadata.hash.to_lowercase() {
        return Err(tampered("the metadata does not match its hash"));
    }
    let md = subxt::Metadata::decode_from(&md_bytes)
        .map_err(|e| OfflineError::BadFile(format!("the metadata does not decode: {e}")))?;
    if let Some((spec, txv)) = metadata_versions(&md)
        && (spec != u64::from(t.spec_version) || txv != u64::from(t.transaction_version))
    {
        return Err(tampered(format!(
            "the metadata is of spec {spec} (transaction version {txv}), the file says spec {} (transaction version {})",
            t.spec_version, t.transaction_version
        )));
    }
    tx::check_extensions(&md).map_err(|e| OfflineError::BadFile(e.to_string()))?;
    if t.metadata_hash_mode != METADATA_HASH_MODE {
        return Err(tampered(format!(
            "the metadata-hash mode `{}` is not `{METADATA_HASH_MODE}`, the only mode tao signs with",
            t.metadata_hash_mode
        )));
    }
    if rao_of(&t.tip) != Some(0) {
        return Err(tampered(format!(
            "the tip {} is not 0, the only tip tao signs",
            t.tip
        )));
    }
    let genesis = hash_field("genesis_hash", &t.genesis_hash)?;
    let birth_hash = hash_field("era birth_hash", &t.era.birth_hash)?;
    let signer = crate::ss58::decode(&t.signer)
        .map(|(_, a)| a)
        .map_err(|e| OfflineError::BadFile(format!("`signer` is not an address: {e}")))?;
    let era = Era::mortal(t.era.period, t.era.birth_block, birth_hash);
    if era.period != t.era.period {
        return Err(tampered(format!(
            "the era period {} is not a power of two from 4 to 65536",
            t.era.period
        )));
    }
    let data = hex_field("call data", &t.call.data)?;
    let description = describe(&md, &data)
        .map_err(|e| tampered(format!("the call's bytes do not decode: {e}")))?;
    if description["pallet"] != t.call.pallet.as_str()
        || description["call"] != t.call.name.as_str()
    {
        return Err(tampered(format!(
            "the call's bytes are {}.{}, the file says {}.{}",
            description["pallet"].as_str().unwrap_or_default(),
            description["call"].as_str().unwrap_or_default(),
            t.call.pallet,
            t.call.name
        )));
    }
    if description != t.description {
        return Err(tampered(format!(
            "the call's bytes decode to {}, the description says {}",
            description, t.description
        )));
    }
    let unsigned = Unsigned {
        call: Call {
            pallet: t.call.pallet.clone(),
            name: t.call.name.clone(),
            data,
        },
        signer,
        nonce: t.nonce,
        era,
        spec_version: t.spec_version,
        tx_version: t.transaction_version,
        genesis,
    };
    let payload = hex_field("signing_payload", &t.signing_payload)?;
    if payload != unsigned.payload() {
        return Err(tampered(
            "the signing payload is not the one the call, nonce, era, versions and genesis hash make",
        ));
    }
    Ok(Opened {
        unsigned,
        metadata: md,
        description,
    })
}

/// [`open`] a signed file and check its extrinsic: exactly the file's transaction with a valid
/// signature of the signer, and its hash.
pub fn open_signed(f: &SignedFile) -> Result<(Opened, Vec<u8>), OfflineError> {
    let opened = open(&f.tx)?;
    let ext = hex_field("extrinsic", &f.extrinsic)?;
    let sig =
        signature_of(&ext).ok_or_else(|| tampered("the extrinsic is not a signed v4 extrinsic"))?;
    if opened.unsigned.extrinsic(&sig) != ext {
        return Err(tampered(
            "the extrinsic is not the file's transaction (call, signer, era, nonce or tip differ)",
        ));
    }
    if !crate::wallet::keypair::verify(
        &opened.unsigned.signer,
        &opened.unsigned.signing_message(),
        &sig,
    ) {
        return Err(tampered(
            "the signature is not the signer's over the payload",
        ));
    }
    if to_hex(&tx::extrinsic_hash(&ext)) != f.extrinsic_hash.to_lowercase() {
        return Err(tampered("the extrinsic hash is not the extrinsic's"));
    }
    Ok((opened, ext))
}

/// The sr25519 signature of a length-prefixed v4 signed extrinsic from an account id.
fn signature_of(ext: &[u8]) -> Option<[u8; 64]> {
    use subxt::ext::codec::{Compact, Decode};
    let input = &mut &ext[..];
    let len = Compact::<u32>::decode(input).ok()?.0 as usize;
    let body = *input;
    if body.len() != len || body.len() < 99 || body[0] != 0x84 || body[1] != 0 || body[34] != 1 {
        return None;
    }
    body[35..99].try_into().ok()
}

/// Refuse a transaction whose era has ended: the next block (`best + 1`) must be inside
/// `[birth, birth + period)`.
pub fn check_era(era: &Era, best: u64) -> Result<(), OfflineError> {
    let death = era.birth_block.saturating_add(era.period);
    if best.saturating_add(1) >= death {
        return Err(OfflineError::Expired {
            period: era.period,
            birth_block: era.birth_block,
            death,
            best,
        });
    }
    Ok(())
}

/// What is known about a bare extrinsic's bytes (v4, tao's extension layout).
#[derive(Debug, Clone)]
pub struct DecodedExtrinsic {
    /// The signer, when signed.
    pub signer: Option<[u8; 32]>,
    /// The era `(period, phase)` (`None`: immortal, or unsigned).
    pub era: Option<(u64, u64)>,
    /// The nonce.
    pub nonce: Option<u32>,
    /// The tip in rao.
    pub tip: Option<u128>,
    /// The metadata-hash mode byte.
    pub mode: Option<u8>,
    /// The call bytes.
    pub call: Vec<u8>,
}

/// Decode a length-prefixed v4 extrinsic laid out as tao signs them (signed: account id,
/// sr25519/ed25519/ecdsa signature, era, nonce, tip, metadata-hash mode; or unsigned).
pub fn decode_extrinsic(bytes: &[u8]) -> Option<DecodedExtrinsic> {
    use subxt::ext::codec::{Compact, Decode};
    let input = &mut &bytes[..];
    let len = Compact::<u32>::decode(input).ok()?.0 as usize;
    if input.len() != len || len == 0 {
        return None;
    }
    let version = input[0];
    *input = &input[1..];
    match version {
        0x04 => Some(DecodedExtrinsic {
            signer: None,
            era: None,
            nonce: None,
            tip: None,
            mode: None,
            call: input.to_vec(),
        }),
        0x84 => {
            if input.first() != Some(&0) || input.len() < 34 {
                return None;
            }
            let signer: [u8; 32] = input[1..33].try_into().ok()?;
            *input = &input[33..];
            let sig_len = match input.first()? {
                0 | 1 => 64,
                2 => 65,
                _ => return None,
            };
            *input = input.get(1 + sig_len..)?;
            let era = match *input.first()? {
                0 => {
                    *input = &input[1..];
                    None
                }
                _ => {
                    let v = u16::from_le_bytes([*input.first()?, *input.get(1)?]);
                    *input = &input[2..];
                    let period = 2u64 << (v % (1 << 4));
                    let quantize = (period >> 12).max(1);
                    Some((period, u64::from(v >> 4) * quantize))
                }
            };
            let nonce = Compact::<u32>::decode(input).ok()?.0;
            let tip = Compact::<u128>::decode(input).ok()?.0;
            let mode = u8::decode(input).ok()?;
            Some(DecodedExtrinsic {
                signer: Some(signer),
                era,
                nonce: Some(nonce),
                tip: Some(tip),
                mode: Some(mode),
                call: input.to_vec(),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wallet::{Keypair, SecretString};
    use subxt::ext::scale_value::Value;

    fn metadata_bytes() -> Vec<u8> {
        tao_devnet::runtime::Runtime::metadata_at_version(15)
            .expect("metadata v15")
            .to_vec()
    }

    fn key(uri: &str) -> Keypair {
        Keypair::from_uri(&SecretString::new(uri.to_string())).unwrap()
    }

    /// An unsigned transfer of 1.5 TAO from Alice to Bob, and its file.
    fn transfer(md: &subxt::Metadata, md_bytes: &[u8]) -> (Unsigned, UnsignedFile) {
        let bob = key("//Bob").public_key();
        let call = Call::new(
            md,
            "Balances",
            "transfer_keep_alive",
            vec![
                (
                    "dest",
                    Value::unnamed_variant("Id", [Value::from_bytes(bob)]),
                ),
                ("value", Value::u128(1_500_000_000)),
            ],
        )
        .unwrap();
        let (spec, txv) = metadata_versions(md).unwrap();
        let unsigned = Unsigned {
            call,
            signer: key("//Alice").public_key(),
            nonce: 7,
            era: Era::mortal(64, 1000, [5; 32]),
            spec_version: spec as u32,
            tx_version: txv as u32,
            genesis: [9; 32],
        };
        let file = unsigned_file(
            &unsigned,
            md,
            md_bytes,
            Context {
                network: "local",
                endpoint: "ws://127.0.0.1:9944",
                signer_role: "coldkey",
                fee: 123,
                summary: vec![("amount".into(), "1.5 τ".into())],
                details: json!({}),
            },
        )
        .unwrap();
        (unsigned, file)
    }

    /// Through JSON text, as the files travel.
    fn reparse_unsigned(f: &UnsignedFile) -> UnsignedFile {
        match parse(&serde_json::to_string(f).unwrap()).unwrap() {
            AnyFile::Unsigned(u) => u,
            AnyFile::Signed(_) => panic!("unsigned expected"),
        }
    }

    #[test]
    fn round_trip_signs_the_same_bytes() {
        let md_bytes = metadata_bytes();
        let md = subxt::Metadata::decode_from(&md_bytes[..]).unwrap();
        let (unsigned, file) = transfer(&md, &md_bytes);
        let back = reparse_unsigned(&file);
        assert_eq!(back, file);
        let opened = open(&back.tx).unwrap();
        assert_eq!(opened.unsigned.payload(), unsigned.payload());
        let lines = description_lines(&opened.description);
        assert_eq!(lines[0], "Balances.transfer_keep_alive");
        assert!(
            lines.contains(&"  value: 1.5 τ (1500000000 rao)".to_string()),
            "{lines:?}"
        );
        let bob = crate::ss58::encode_default(&key("//Bob").public_key());
        assert!(lines.iter().any(|l| l.contains(&bob)), "{lines:?}");

        let alice = key("//Alice");
        let sig = alice.sign(&opened.unsigned.signing_message()).unwrap();
        let signed = signed_file(&back, &opened.unsigned, &sig);
        let text = serde_json::to_string(&signed).unwrap();
        let AnyFile::Signed(signed) = parse(&text).unwrap() else {
            panic!("signed expected")
        };
        let (_, ext) = open_signed(&signed).unwrap();
        assert_eq!(ext, unsigned.extrinsic(&sig));
        let d = decode_extrinsic(&ext).unwrap();
        assert_eq!(d.signer, Some(alice.public_key()));
        assert_eq!(d.nonce, Some(7));
        assert_eq!(d.era, Some((64, 1000 % 64)));
        assert_eq!((d.tip, d.mode), (Some(0), Some(0)));
        assert_eq!(d.call, unsigned.call.data);
    }

    #[test]
    fn tampering_is_refused() {
        let md_bytes = metadata_bytes();
        let md = subxt::Metadata::decode_from(&md_bytes[..]).unwrap();
        let (_, file) = transfer(&md, &md_bytes);
        let refused = |f: &UnsignedFile| match open(&f.tx) {
            Err(OfflineError::Tampered(why)) => why,
            Err(e) => panic!("not a tamper refusal: {e}"),
            Ok(_) => panic!("accepted"),
        };
        // The described amount changed.
        let mut f = file.clone();
        f.tx.description["args"]["value"]["rao"] = json!("15000000000");
        f.tx.description["args"]["value"]["tao"] = json!("15");
        assert!(refused(&f).contains("description"));
        // The call's destination changed (call bytes and description agree, the payload does
        // not).
        let mut f = file.clone();
        let charlie = key("//Charlie").public_key();
        let call = Call::new(
            &md,
            "Balances",
            "transfer_keep_alive",
            vec![
                (
                    "dest",
                    Value::unnamed_variant("Id", [Value::from_bytes(charlie)]),
                ),
                ("value", Value::u128(1_500_000_000)),
            ],
        )
        .unwrap();
        f.tx.call.data = to_hex(&call.data);
        assert!(refused(&f).contains("description"));
        f.tx.description = describe(&md, &call.data).unwrap();
        assert!(refused(&f).contains("signing payload"));
        // The payload itself changed.
        let mut f = file.clone();
        let mut p = hex::decode(f.tx.signing_payload.trim_start_matches("0x")).unwrap();
        let last = p.len() - 2;
        p[last] ^= 1;
        f.tx.signing_payload = to_hex(&p);
        assert!(refused(&f).contains("signing payload"));
        // The nonce changed.
        let mut f = file.clone();
        f.tx.nonce += 1;
        assert!(refused(&f).contains("signing payload"));
        // The metadata changed.
        let mut f = file.clone();
        f.tx.metadata.hash = to_hex(&[0u8; 32]);
        assert!(refused(&f).contains("metadata"));
        // A signature over the original does not pass for a changed file.
        let opened = open(&file.tx).unwrap();
        let sig = key("//Alice")
            .sign(&opened.unsigned.signing_message())
            .unwrap();
        let mut s = signed_file(&file, &opened.unsigned, &sig);
        s.tx.nonce += 1;
        assert!(matches!(open_signed(&s), Err(OfflineError::Tampered(_))));
        let mut s = signed_file(&file, &opened.unsigned, &sig);
        let mut ext = hex::decode(s.extrinsic.trim_start_matches("0x")).unwrap();
        ext[40] ^= 1; // inside the signature
        s.extrinsic = to_hex(&ext);
        s.extrinsic_hash = to_hex(&tx::extrinsic_hash(&ext));
        match open_signed(&s) {
            Err(OfflineError::Tampered(why)) => assert!(why.contains("signature"), "{why}"),
            other => panic!("{:?}", other.err()),
        }
        // Someone else's signature.
        let bob_sig = key("//Bob")
            .sign(&opened.unsigned.signing_message())
            .unwrap();
        let s = signed_file(&file, &opened.unsigned, &bob_sig);
        assert!(matches!(open_signed(&s), Err(OfflineError::Tampered(_))));
    }

    #[test]
    fn expired_eras_are_refused() {
        let era = Era::mortal(64, 1000, [0; 32]);
        assert!(check_era(&era, 1000).is_ok());
        assert!(check_era(&era, 1062).is_ok());
        assert_eq!(
            check_era(&era, 1063),
            Err(OfflineError::Expired {
                period: 64,
                birth_block: 1000,
                death: 1064,
                best: 1063
            })
        );
        assert!(check_era(&era, 5000).is_err());
    }

    #[test]
    fn other_files_are_not_read() {
        for (text, needle) in [
            ("[]", "no \"format\""),
            ("nope", "not JSON"),
            (r#"{"format": "tao-unsigned/9"}"#, "tao-unsigned/9"),
            (r#"{"format": "tao-unsigned/1"}"#, "malformed"),
        ] {
            match parse(text) {
                Err(OfflineError::BadFile(why)) => assert!(why.contains(needle), "{why}"),
                other => panic!("{text}: {:?}", other.map(|_| ())),
            }
        }
    }
}
