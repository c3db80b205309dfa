//! Dispatch errors decoded by name through the runtime metadata.

use super::error::ChainError;
use super::value::{Val, bytes, field, uint, variant};

/// The name and documentation of error `error_index` of the pallet with index `pallet_index`.
pub fn module_error(md: &subxt::Metadata, pallet_index: u8, error_index: u8) -> ChainError {
    match md.pallet_by_error_index(pallet_index) {
        Some(p) => match p.error_variant_by_index(error_index) {
            Some(v) => ChainError::Dispatch {
                pallet: p.name().to_string(),
                name: v.name.clone(),
                docs: v.docs.join(" ").trim().to_string(),
            },
            None => ChainError::Dispatch {
                pallet: p.name().to_string(),
                name: format!("error #{error_index}"),
                docs: "this error is not in the runtime metadata tao loaded; the runtime may have just upgraded".into(),
            },
        },
        None => ChainError::Dispatch {
            pallet: format!("pallet #{pallet_index}"),
            name: format!("error #{error_index}"),
            docs: "this pallet is not in the runtime metadata tao loaded".into(),
        },
    }
}

/// Turn a decoded `DispatchError` value into a named error.
pub fn dispatch_error(md: &subxt::Metadata, v: &Val) -> Result<ChainError, ChainError> {
    let (name, fields) = variant(v)?;
    if name == "Module" {
        let inner = fields
            .values()
            .next()
            .ok_or_else(|| ChainError::decode("a module error", "no payload"))?;
        let index = u8::try_from(uint(field(inner, "index")?)?)
            .map_err(|_| ChainError::decode("a module error", "pallet index above 255"))?;
        let err = bytes(field(inner, "error")?)?;
        let first = *err
            .first()
            .ok_or_else(|| ChainError::decode("a module error", "empty error bytes"))?;
        return Ok(module_error(md, index, first));
    }
    // Token(..), Arithmetic(..), Transactional(..) and the unit variants.
    let detail = match fields.values().next().map(variant) {
        Some(Ok((inner, _))) => inner.to_string(),
        _ => String::new(),
    };
    let docs = match name {
        "BadOrigin" => {
            "the call was signed by the wrong account (e.g. a hotkey instead of the coldkey)"
        }
        "Token" => {
            "a token rule was broken (funds unavailable, below the existential deposit, frozen, …)"
        }
        "Arithmetic" => "an amount overflowed or underflowed",
        "CannotLookup" => "an account or address could not be found",
        "ConsumerRemaining" | "NoProviders" | "TooManyConsumers" => {
            "the account's reference counters do not allow this"
        }
        "Exhausted" => "the block's resources are exhausted; retry later",
        "Corruption" | "Unavailable" => "the chain's state is not usable for this call",
        _ => "",
    };
    Ok(ChainError::Dispatch {
        pallet: "DispatchError".into(),
        name: if detail.is_empty() {
            name.to_string()
        } else {
            format!("{name}({detail})")
        },
        docs: docs.to_string(),
    })
}

/// Decode SCALE `DispatchError` bytes with the metadata's dispatch error type.
pub fn decode_dispatch_error(md: &subxt::Metadata, raw: &[u8]) -> Result<ChainError, ChainError> {
    let ty = md.dispatch_error_ty().ok_or_else(|| {
        ChainError::decode(
            "a dispatch error",
            "the metadata names no DispatchError type",
        )
    })?;
    let v = super::client::decode_exact(md, ty, raw)
        .map_err(|e| ChainError::decode("a dispatch error", e))?;
    dispatch_error(md, &v)
}
