//! Chain errors: unreachable nodes, RPC failures, transaction-pool rejections, dispatch errors
//! and what the connected runtime does not offer. Names always come from the runtime metadata;
//! the only hard-coded table is subtensor's `InvalidTransaction::Custom` codes (the numbers its
//! transaction extensions return when they refuse a transaction in the pool),
//! which the metadata does not describe.

use crate::error::{Diagnostic, ExitStatus};

/// subtensor's `CustomTransactionError` codes (common/src/transaction_error.rs), returned by the
/// transaction pool as `Invalid Transaction: Custom error: N` (JSON-RPC error 1010).
pub const CUSTOM_CODES: &[(u8, &str, &str)] = &[
    (
        0,
        "ColdkeyInSwapSchedule",
        "the coldkey has a pending coldkey-swap announcement; every call it signs is rejected until the swap completes or is cleared",
    ),
    (
        1,
        "StakeAmountTooLow",
        "the amount is below the minimum stake (0.002 TAO plus the swap fee)",
    ),
    (
        2,
        "BalanceTooLow",
        "the free balance does not cover the amount and the fee",
    ),
    (3, "SubnetNotExists", "no subnet has this netuid"),
    (
        4,
        "HotkeyAccountDoesntExist",
        "the hotkey is not registered anywhere yet",
    ),
    (
        5,
        "NotEnoughStakeToWithdraw",
        "the position holds less alpha than requested",
    ),
    (
        6,
        "RateLimitExceeded",
        "a rate limit applies; wait some blocks and retry",
    ),
    (
        7,
        "InsufficientLiquidity",
        "the subnet pool cannot absorb this swap",
    ),
    (
        8,
        "SlippageTooHigh",
        "the price moved beyond the limit; raise the tolerance or lower the amount",
    ),
    (
        9,
        "TransferDisallowed",
        "stake transfers are disabled on this subnet",
    ),
    (
        10,
        "HotKeyNotRegisteredInNetwork",
        "the hotkey is not registered on this subnet",
    ),
    (11, "InvalidIpAddress", "the axon IP address is not allowed"),
    (
        12,
        "ServingRateLimitExceeded",
        "axon updates are rate-limited; wait and retry",
    ),
    (13, "InvalidPort", "the axon port must not be 0"),
    (
        14,
        "ZeroMaxAmount",
        "the limit price allows no amount at all",
    ),
    (
        15,
        "InvalidRevealRound",
        "the drand reveal round is not valid",
    ),
    (
        16,
        "CommitNotFound",
        "no weights commit matches this reveal",
    ),
    (
        17,
        "CommitBlockNotInRevealRange",
        "the reveal is outside its reveal window",
    ),
    (
        18,
        "InputLengthsUnequal",
        "uids and weights have different lengths",
    ),
    (19, "UidNotFound", "a uid is not on this subnet"),
    (
        20,
        "EvmKeyAssociateRateLimitExceeded",
        "EVM key association is rate-limited",
    ),
    (
        21,
        "ColdkeySwapDisputed",
        "the coldkey swap of this account is disputed; the account is locked",
    ),
    (
        22,
        "InvalidRealAccount",
        "the proxied (real) account is invalid",
    ),
    (
        23,
        "FailedShieldedTxParsing",
        "the MEV-shield payload could not be parsed",
    ),
    (
        24,
        "InvalidShieldedTxPubKeyHash",
        "the MEV-shield key is outdated; fetch the current key and retry",
    ),
    (
        25,
        "NonAssociatedColdKey",
        "the hotkey belongs to another coldkey",
    ),
    (
        26,
        "DelegateTakeTooLow",
        "the take is below the allowed minimum",
    ),
    (
        27,
        "DelegateTakeTooHigh",
        "the take is above the allowed maximum",
    ),
    (
        255,
        "BadRequest",
        "the node rejected the request as malformed",
    ),
];

/// The name and hint of a subtensor pool Custom code.
pub fn custom_code(code: u8) -> Option<(&'static str, &'static str)> {
    CUSTOM_CODES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, n, h)| (*n, *h))
}

/// Everything that can go wrong talking to a chain.
#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    /// A raw request (`tao query`, `api`, `call`) that does not fit the connected runtime's
    /// metadata.
    #[error(transparent)]
    Raw(#[from] super::raw::RawError),
    /// No connection could be made within the connect timeout.
    #[error("cannot reach the chain at {url}")]
    Unreachable {
        /// The endpoint.
        url: String,
        /// Why (transport error or timeout).
        reason: String,
    },
    /// A request got no answer in time.
    #[error("the chain at {url} did not answer `{method}` within {secs} s")]
    Timeout {
        /// The endpoint.
        url: String,
        /// The JSON-RPC method.
        method: String,
        /// The limit.
        secs: u64,
    },
    /// The connection broke or the transport failed during a request.
    #[error("the connection to {url} failed during `{method}`: {reason}")]
    Transport {
        /// The endpoint.
        url: String,
        /// The JSON-RPC method.
        method: String,
        /// Why.
        reason: String,
    },
    /// The node's answer was not JSON-RPC (not JSON at all, or not a response to anything asked).
    #[error("the chain at {url} answered `{method}` with a malformed message: {reason}")]
    Malformed {
        /// The endpoint.
        url: String,
        /// The JSON-RPC method in flight.
        method: String,
        /// What the client library made of it.
        reason: String,
    },
    /// The node now reports another genesis hash than the one the transaction was built for:
    /// the endpoint serves a different chain, and signing would be for the wrong one.
    #[error("the chain at {url} changed: its genesis is now {now}, not {pinned}")]
    GenesisChanged {
        /// The endpoint.
        url: String,
        /// The genesis hash tao pinned (0x hex).
        pinned: String,
        /// The genesis hash the node reports now (0x hex).
        now: String,
    },
    /// The node answered with a JSON-RPC error.
    #[error("the node rejected `{method}`: {message} (JSON-RPC error {code}{})", data.as_ref().map(|d| format!(": {d}")).unwrap_or_default())]
    Rpc {
        /// The JSON-RPC method.
        method: String,
        /// The error code.
        code: i32,
        /// The message.
        message: String,
        /// Extra data, if any.
        data: Option<String>,
    },
    /// The transaction pool rejected a transaction with one of subtensor's Custom codes.
    #[error("the transaction was rejected: {name} (custom error {code})")]
    PoolCustom {
        /// The numeric code.
        code: u8,
        /// Its name.
        name: String,
        /// What it means.
        meaning: String,
    },
    /// The transaction pool rejected a transaction for a standard reason (Payment, Stale, …).
    #[error("the transaction was rejected by the pool: {reason}")]
    PoolInvalid {
        /// The reason as the node gave it.
        reason: String,
    },
    /// A dispatch error decoded through the metadata.
    #[error("the chain rejected the call: {pallet}.{name}")]
    Dispatch {
        /// The pallet name (`SubtensorModule`), or the `DispatchError` variant for non-module errors.
        pallet: String,
        /// The error name.
        name: String,
        /// The error's documentation from the metadata.
        docs: String,
    },
    /// The block asked for with `--block` does not exist on this chain.
    #[error("block {0} is not known to the node")]
    BlockNotFound(String),
    /// The node has no state for the pinned block (pruned).
    #[error("the node no longer has the state of block {block}")]
    StatePruned {
        /// The block.
        block: String,
    },
    /// The connected runtime lacks a runtime API, storage item or field tao needs.
    #[error("the connected chain (runtime spec {spec_version}) does not offer {what}")]
    Unsupported {
        /// What is missing, e.g. `SwapRuntimeApi.sim_swap_tao_for_alpha`.
        what: String,
        /// The runtime's spec version.
        spec_version: u32,
    },
    /// No subnet has this netuid (at the pinned block).
    #[error("subnet {0} does not exist")]
    SubnetNotFound(u16),
    /// The runtime metadata could not be fetched or decoded.
    #[error("cannot use the runtime metadata: {0}")]
    Metadata(String),
    /// Data from the chain did not have the shape the metadata promised.
    #[error("cannot decode {what}: {reason}")]
    Decode {
        /// What was being decoded.
        what: String,
        /// Why it failed.
        reason: String,
    },
    /// Arguments could not be encoded against the metadata.
    #[error("cannot encode {what}: {reason}")]
    Encode {
        /// What was being encoded.
        what: String,
        /// Why it failed.
        reason: String,
    },
}

impl ChainError {
    /// A decode error.
    pub fn decode(what: impl Into<String>, reason: impl std::fmt::Display) -> ChainError {
        ChainError::Decode {
            what: what.into(),
            reason: reason.to_string(),
        }
    }

    /// An encode error.
    pub fn encode(what: impl Into<String>, reason: impl std::fmt::Display) -> ChainError {
        ChainError::Encode {
            what: what.into(),
            reason: reason.to_string(),
        }
    }

    /// Classify a JSON-RPC error returned by the node for `method`.
    ///
    /// 1010 (invalid transaction) with `Custom error: N` maps through subtensor's code table;
    /// other pool reasons and "state discarded" errors get their own variants.
    pub fn from_rpc(
        method: &str,
        block: Option<&str>,
        code: i32,
        message: &str,
        data: Option<&str>,
    ) -> ChainError {
        let detail = data.unwrap_or("");
        if code == 1010 || code == 1011 {
            let lower = detail.to_ascii_lowercase();
            if let Some(pos) = lower.find("custom error:") {
                let digits: String = detail[pos + "custom error:".len()..]
                    .trim()
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                if let Ok(n) = digits.parse::<u8>() {
                    let (name, meaning) = custom_code(n).unwrap_or((
                        "Unknown",
                        "a code this version of tao does not know; the runtime may be newer",
                    ));
                    return ChainError::PoolCustom {
                        code: n,
                        name: name.to_string(),
                        meaning: meaning.to_string(),
                    };
                }
            }
            let reason = if detail.is_empty() { message } else { detail };
            return ChainError::PoolInvalid {
                reason: reason.trim_matches('"').to_string(),
            };
        }
        let text = format!("{message} {detail}");
        if text.contains("State already discarded")
            || text.contains("state already discarded")
            || text.contains("UnknownBlock")
            || text.contains("Unknown block")
        {
            return ChainError::StatePruned {
                block: block.unwrap_or("?").to_string(),
            };
        }
        ChainError::Rpc {
            method: method.to_string(),
            code,
            message: message.to_string(),
            data: data.map(str::to_string),
        }
    }
}

impl Diagnostic for ChainError {
    fn code(&self) -> &'static str {
        match self {
            ChainError::Raw(e) => e.code(),
            ChainError::Unreachable { .. } => "chain.unreachable",
            ChainError::Timeout { .. } => "chain.timeout",
            ChainError::Transport { .. } => "chain.transport",
            ChainError::Malformed { .. } => "chain.malformed_response",
            ChainError::GenesisChanged { .. } => "chain.genesis_changed",
            ChainError::Rpc { .. } => "chain.rpc_error",
            ChainError::PoolCustom { .. } => "chain.tx_rejected",
            ChainError::PoolInvalid { .. } => "chain.tx_invalid",
            ChainError::Dispatch { .. } => "chain.dispatch_error",
            ChainError::BlockNotFound(_) => "chain.block_not_found",
            ChainError::StatePruned { .. } => "chain.state_pruned",
            ChainError::Unsupported { .. } => "chain.unsupported",
            ChainError::SubnetNotFound(_) => "chain.subnet_not_found",
            ChainError::Metadata(_) => "chain.metadata",
            ChainError::Decode { .. } => "chain.decode",
            ChainError::Encode { .. } => "chain.encode",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        match self {
            ChainError::Raw(e) => e.exit_status(),
            ChainError::Unreachable { .. }
            | ChainError::Timeout { .. }
            | ChainError::Transport { .. } => ExitStatus::Unreachable,
            ChainError::Metadata(_)
            | ChainError::Decode { .. }
            | ChainError::Encode { .. }
            | ChainError::Malformed { .. } => ExitStatus::Usage,
            _ => ExitStatus::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            ChainError::Raw(e) => return e.hint(),
            ChainError::Unreachable { reason, .. } => format!(
                "{reason}; check that the node is running and the URL is right (`--network NAME|URL`), or wait longer with `--timeout SECS`"
            ),
            ChainError::Timeout { .. } => {
                "the node is slow or overloaded; retry, raise `--timeout SECS`, or use another endpoint with `--network`".into()
            }
            ChainError::Transport { .. } => {
                "the connection dropped; retry, or use another endpoint with `--network`".into()
            }
            ChainError::Malformed { .. } => {
                "the endpoint is not a working Substrate JSON-RPC node (or a proxy in front of it mangles answers); retry, or use another endpoint with `--network`".into()
            }
            ChainError::GenesisChanged { .. } => {
                "nothing was signed or sent: the endpoint now serves another chain than the one read a moment ago; check `--network` and run the command again to use the chain it serves now".into()
            }
            ChainError::Rpc { code, .. } if *code == -32601 => {
                "the node does not implement this JSON-RPC method; use a full subtensor node".into()
            }
            ChainError::Rpc { .. } => {
                "the node refused the request; retry, or try another endpoint with `--network`".into()
            }
            ChainError::PoolCustom { meaning, .. } => meaning.clone(),
            ChainError::PoolInvalid { reason } => pool_hint(reason),
            ChainError::Dispatch { docs, .. } if !docs.is_empty() => docs.clone(),
            ChainError::Dispatch { .. } => "see the pallet's documentation for this error".into(),
            ChainError::BlockNotFound(_) => {
                "give a block number not above the chain head, or a 0x-prefixed block hash of this chain".into()
            }
            ChainError::StatePruned { .. } => {
                "historical reads need an archive node: `--network archive` (or a node run with `--state-pruning archive`)".into()
            }
            ChainError::Unsupported { .. } => {
                "the runtime of this chain is older or newer than the feature needs; use a network that runs a recent subtensor, or update tao".into()
            }
            ChainError::SubnetNotFound(_) => "list the subnets with `tao subnets list`".into(),
            ChainError::Metadata(_) => {
                "the cached metadata was discarded; retry, and if it persists update tao (the runtime may have changed shape)".into()
            }
            ChainError::Decode { .. } => {
                "the runtime may have been upgraded in a way this version of tao does not understand; update tao".into()
            }
            ChainError::Encode { .. } => {
                "the runtime's call or storage shape changed; update tao".into()
            }
        })
    }
}

fn pool_hint(reason: &str) -> String {
    let r = reason.to_ascii_lowercase();
    if r.contains("payment") || r.contains("pay some fees") || r.contains("pay the fee") {
        "the account cannot pay the fee: check the free balance with `tao wallet balance`".into()
    } else if r.contains("stale") || r.contains("outdated") {
        "the nonce was already used: a previous transaction from this account went through; check before resending".into()
    } else if r.contains("future") {
        "the nonce is ahead of the account's; wait for pending transactions".into()
    } else if r.contains("badproof") || r.contains("bad proof") || r.contains("bad signature") {
        "the signature, genesis hash, era or runtime version did not match the chain; retry (the runtime may have just upgraded)".into()
    } else if r.contains("ancientbirthblock") || r.contains("ancient birth block") {
        "the transaction's era expired; sign it again".into()
    } else if r.contains("priority") || r.contains("already imported") {
        "an identical or conflicting transaction is already in the pool; wait for it".into()
    } else {
        "the transaction pool rejected the transaction; see the reason above".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_code_table_is_sorted_and_unique() {
        let codes: Vec<u8> = CUSTOM_CODES.iter().map(|c| c.0).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
        assert_eq!(custom_code(6).unwrap().0, "RateLimitExceeded");
        assert_eq!(custom_code(27).unwrap().0, "DelegateTakeTooHigh");
        assert_eq!(custom_code(255).unwrap().0, "BadRequest");
        assert!(custom_code(200).is_none());
    }

    #[test]
    fn rpc_1010_custom_is_named() {
        let e = ChainError::from_rpc(
            "author_submitExtrinsic",
            None,
            1010,
            "Invalid Transaction",
            Some("Custom error: 8"),
        );
        match &e {
            ChainError::PoolCustom { code, name, .. } => {
                assert_eq!(*code, 8);
                assert_eq!(name, "SlippageTooHigh");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(e.code(), "chain.tx_rejected");
        assert!(e.hint().unwrap().contains("tolerance"));
        assert_eq!(e.exit_status(), ExitStatus::Failure);
    }

    #[test]
    fn rpc_1010_standard_reasons_get_hints() {
        let e = ChainError::from_rpc(
            "author_submitExtrinsic",
            None,
            1010,
            "Invalid Transaction",
            Some("Transaction is outdated"),
        );
        assert!(matches!(e, ChainError::PoolInvalid { .. }));
        assert!(e.hint().unwrap().contains("nonce"));
        let e = ChainError::from_rpc(
            "author_submitExtrinsic",
            None,
            1010,
            "Invalid Transaction",
            Some("Inability to pay some fees (e.g. account balance too low)"),
        );
        assert!(e.hint().unwrap().contains("fee"));
    }

    #[test]
    fn pruned_state_is_recognised() {
        let e = ChainError::from_rpc(
            "state_call",
            Some("0xab"),
            4003,
            "Client error: State already discarded for 0xab",
            None,
        );
        assert!(matches!(e, ChainError::StatePruned { .. }));
        assert!(e.hint().unwrap().contains("archive"));
    }

    #[test]
    fn unreachable_exits_4_with_url_and_hint() {
        let e = ChainError::Unreachable {
            url: "ws://127.0.0.1:1".into(),
            reason: "connection refused".into(),
        };
        assert_eq!(e.exit_status(), ExitStatus::Unreachable);
        assert!(e.to_string().contains("ws://127.0.0.1:1"));
        assert!(e.hint().unwrap().contains("--timeout"));
    }
}
