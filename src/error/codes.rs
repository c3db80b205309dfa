//! The registry of every dotted error code tao reports, with its exit status and its meaning.
//!
//! A failure's `code` (the `code` of each entry in the `--json` envelope's `errors`) is part of the
//! public contract: scripts branch on it. [`CODES`] lists each code once, sorted, and is the single
//! place a new code is added. Three checks keep it honest:
//!
//! - in debug builds (every test build), [`super::Failure`] panics when it is built with a code
//!   that is not listed here, or with an exit status its entry does not allow;
//! - a unit test scans every source file for dotted code literals and checks that each one is
//!   registered and that each registered code is raised somewhere outside tests;
//! - a unit test checks that the README's "Error codes" table lists exactly these rows.

use super::ExitStatus;
use super::ExitStatus::{Failure, OutcomeUnknown, Unreachable, Usage, WrongPassword};

/// The exit status a code is raised with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Always this status.
    Fixed(ExitStatus),
    /// One of these statuses, depending on the cause (listed in ascending order).
    Varies(&'static [ExitStatus]),
}

impl Exit {
    /// Whether a failure with this code may exit with `status`.
    pub fn allows(self, status: ExitStatus) -> bool {
        match self {
            Exit::Fixed(s) => s == status,
            Exit::Varies(all) => all.contains(&status),
        }
    }

    /// The numeric statuses as the README's table writes them: `1`, or `1 or 2`.
    pub fn describe(self) -> String {
        let numbers: Vec<String> = match self {
            Exit::Fixed(s) => vec![s.code().to_string()],
            Exit::Varies(all) => all.iter().map(|s| s.code().to_string()).collect(),
        };
        numbers.join(" or ")
    }
}

/// One registered error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorCode {
    /// The dotted code, `namespace.name` in lowercase snake case.
    pub code: &'static str,
    /// The exit status a failure with this code has.
    pub exit: Exit,
    /// What happened, in one line, for someone writing a script against tao.
    pub meaning: &'static str,
}

const fn fixed(code: &'static str, exit: ExitStatus, meaning: &'static str) -> ErrorCode {
    ErrorCode {
        code,
        exit: Exit::Fixed(exit),
        meaning,
    }
}

const fn varies(
    code: &'static str,
    exits: &'static [ExitStatus],
    meaning: &'static str,
) -> ErrorCode {
    ErrorCode {
        code,
        exit: Exit::Varies(exits),
        meaning,
    }
}

/// Every error code, sorted by code.
pub const CODES: &[ErrorCode] = &[
    fixed(
        "agent.bad_duration",
        Usage,
        "A duration (`--idle-timeout`, `--lifetime`) is not a number with a unit",
    ),
    fixed(
        "agent.refused",
        Failure,
        "The key agent refused a request or answered something malformed",
    ),
    fixed(
        "agent.socket",
        Failure,
        "The agent's socket, its directory or its log cannot be set up privately",
    ),
    fixed(
        "agent.unreachable",
        Failure,
        "No key agent answers at `TAO_AGENT_SOCK` (unset, stopped or killed)",
    ),
    fixed(
        "amount.invalid",
        Failure,
        "An amount is empty or not a plain decimal number",
    ),
    fixed("amount.negative", Failure, "An amount is negative"),
    fixed(
        "amount.overflow",
        Failure,
        "An amount does not fit in 64 bits of rao",
    ),
    fixed(
        "amount.too_precise",
        Failure,
        "An amount has more than 9 decimals (finer than 1 rao)",
    ),
    fixed("amount.zero", Usage, "A stake amount of 0 was given"),
    fixed(
        "chain.block_not_found",
        Failure,
        "The block asked for with `--block` is not known to the node",
    ),
    fixed(
        "chain.decode",
        Usage,
        "Data from the chain does not have the shape its metadata describes",
    ),
    fixed(
        "chain.dispatch_error",
        Failure,
        "The transaction is in a block but its call failed; the message names the chain's error",
    ),
    fixed(
        "chain.encode",
        Usage,
        "The call's arguments cannot be encoded against the chain's metadata",
    ),
    fixed(
        "chain.genesis_changed",
        Failure,
        "The node now reports another genesis hash than the transaction was built for; nothing was signed",
    ),
    fixed(
        "chain.malformed_response",
        Usage,
        "The node answered with a message that is not JSON-RPC (not JSON, or not a response)",
    ),
    fixed(
        "chain.metadata",
        Usage,
        "The node's runtime metadata cannot be fetched or decoded",
    ),
    fixed(
        "chain.rpc_error",
        Failure,
        "The node answered a request with a JSON-RPC error",
    ),
    fixed(
        "chain.runtime",
        Usage,
        "tao could not start its async runtime (an operating-system resource limit)",
    ),
    fixed(
        "chain.state_pruned",
        Failure,
        "The node no longer holds the state of the block asked for; an archive node has it",
    ),
    fixed(
        "chain.subnet_not_found",
        Failure,
        "No subnet has this netuid at the block read",
    ),
    fixed(
        "chain.timelock",
        Failure,
        "A timelock beacon key, round signature or ciphertext (commit-reveal weights) is unusable",
    ),
    fixed(
        "chain.timeout",
        Unreachable,
        "The node did not answer a request within the timeout",
    ),
    fixed(
        "chain.transport",
        Unreachable,
        "The connection to the node broke during a request",
    ),
    fixed(
        "chain.tx_invalid",
        Failure,
        "The transaction pool refused the transaction (payment, stale nonce, …); it was not submitted",
    ),
    fixed(
        "chain.tx_rejected",
        Failure,
        "The transaction pool refused the transaction with a subtensor custom code, named in the message; it was not submitted",
    ),
    fixed(
        "chain.unreachable",
        Unreachable,
        "No connection to the node could be made",
    ),
    fixed(
        "chain.unsupported",
        Failure,
        "The connected runtime lacks a runtime API, storage item or field the command needs",
    ),
    fixed(
        "chart.unwritable",
        Failure,
        "The chart of `--chart-out` cannot be drawn or written to its file",
    ),
    fixed(
        "config.disabled",
        Usage,
        "A `tao config` command needs the config file but `--no-config` (or `TAO_NO_CONFIG`) is set",
    ),
    fixed(
        "config.unknown_key",
        Usage,
        "An unknown key was given to `tao config` or found in the config file",
    ),
    fixed(
        "config.unreadable",
        Failure,
        "The config file cannot be read or parsed",
    ),
    fixed(
        "config.unwritable",
        Failure,
        "The config file cannot be written",
    ),
    fixed(
        "crowd.not_found",
        Failure,
        "No crowdloan has this id at the block read",
    ),
    fixed(
        "lock.none",
        Usage,
        "The coldkey has no stake lock (on the subnet asked for)",
    ),
    fixed(
        "lock.which",
        Usage,
        "The coldkey has locks on several subnets: choose one with `--netuid`",
    ),
    fixed(
        "mechanisms.invalid_split",
        Usage,
        "The `--split` of `subnets mechanisms set-emission-split` is not a list of non-negative numbers (or `even`) that can be turned into shares",
    ),
    fixed(
        "mechanisms.not_found",
        Failure,
        "The subnet has no such mechanism (`--mechid` at or above its mechanism count)",
    ),
    fixed(
        "offline.bad_file",
        Failure,
        "The file is not a readable `tao-unsigned/1` or `tao-signed/1` transaction file (or the hex is not an extrinsic or call)",
    ),
    fixed(
        "offline.exists",
        Failure,
        "The output file of `--unsigned-out` or `tao tx sign --out` exists and was not replaced",
    ),
    fixed(
        "offline.expired",
        Failure,
        "The signed transaction's era has ended; nothing was sent: make and sign a new one",
    ),
    fixed(
        "offline.nonce_mismatch",
        Failure,
        "The signed transaction's nonce is already used or not next; nothing was sent",
    ),
    fixed(
        "offline.tampered",
        Failure,
        "A transaction file contradicts itself (payload, call, description, metadata or signature); nothing was signed or sent",
    ),
    fixed(
        "offline.unwritable",
        Failure,
        "The transaction file cannot be written",
    ),
    fixed(
        "offline.wrong_chain",
        Failure,
        "The connected chain is not the one the file was signed for (genesis, runtime version or birth block); nothing was sent",
    ),
    fixed(
        "offline.wrong_signer",
        Failure,
        "The file is for another key than this wallet's; nothing was signed",
    ),
    fixed(
        "prompt.declined",
        Failure,
        "The confirmation was answered no; nothing was changed",
    ),
    fixed(
        "prompt.failed",
        Usage,
        "The terminal prompt itself failed with an I/O error",
    ),
    fixed(
        "prompt.not_a_terminal",
        Usage,
        "An answer was needed but stdin or stderr is not a terminal; the hint names the flag that gives it",
    ),
    fixed(
        "raw.bad_file",
        Usage,
        "A `--metadata` file or a batch file cannot be read or is not in its format",
    ),
    fixed(
        "raw.bad_value",
        Usage,
        "A key or argument of `tao query`, `api`, `call` or `tx batch` does not parse as its type",
    ),
    fixed(
        "raw.unknown_name",
        Usage,
        "A pallet, storage item, call, runtime API, method, argument or variant the metadata does not have",
    ),
    fixed(
        "raw.wrong_arguments",
        Usage,
        "Too many or too few keys or arguments, or a required argument left out",
    ),
    fixed(
        "settings.create_dir_failed",
        Failure,
        "A directory tao keeps its files in cannot be created",
    ),
    fixed(
        "settings.invalid_value",
        Usage,
        "A setting (flag, environment variable or config key) has a value that does not fit it",
    ),
    fixed(
        "settings.no_home",
        Failure,
        "`HOME` is not set and a default path needs it",
    ),
    fixed(
        "settings.unknown_network",
        Usage,
        "The network is neither a known name nor a `ws://` or `wss://` URL",
    ),
    fixed(
        "shield.bad_key",
        Failure,
        "The chain's MEV shield key (`MevShield.NextKey`) is not an ML-KEM-768 key; nothing was signed",
    ),
    fixed(
        "shield.incompatible",
        Usage,
        "The MEV shield cannot be combined with the option given (air-gapped signing, `--announce-only`); nothing was signed",
    ),
    fixed(
        "shield.inner_missing",
        OutcomeUnknown,
        "The MEV-shield wrapper landed (its fee paid) but the inner extrinsic did not follow it; not resubmitted",
    ),
    fixed(
        "shield.no_key",
        Failure,
        "The chain publishes no MEV shield key at the best block; nothing was signed",
    ),
    fixed(
        "shield.not_included",
        OutcomeUnknown,
        "The MEV-shield wrapper left the pool without being included (likely a stale key); not resubmitted",
    ),
    fixed(
        "shield.too_large",
        Failure,
        "The transaction is too large for the MEV shield's 8192-byte ciphertext; nothing was signed",
    ),
    fixed(
        "shield.unavailable",
        Failure,
        "The chain has no MEV shield, so a shielded command is refused unless `--no-mev-protection`; nothing was signed",
    ),
    fixed(
        "ss58.bad_checksum",
        Failure,
        "An address's checksum does not match (a character is mistyped or missing)",
    ),
    fixed(
        "ss58.bad_length",
        Failure,
        "An address does not decode to the length of a 32-byte account's address",
    ),
    fixed(
        "ss58.bad_prefix",
        Failure,
        "A prefix is outside 0-16383 or is one of the reserved 46 and 47",
    ),
    fixed(
        "ss58.bad_public_key",
        Failure,
        "A public key is not 32 bytes of hex",
    ),
    fixed(
        "ss58.not_base58",
        Failure,
        "An address has characters outside the base58 alphabet",
    ),
    fixed(
        "ss58.wrong_prefix",
        Failure,
        "An address carries another network's prefix than the one required",
    ),
    fixed(
        "sudo.invalid_value",
        Usage,
        "The `--value` of `sudo set` cannot be read as the parameter's form (a number, fraction, amount, boolean, pair, address)",
    ),
    fixed(
        "sudo.read_only_param",
        Usage,
        "The `--param` of `sudo set` is shown by the hyperparameters but set through another parameter",
    ),
    fixed(
        "sudo.unknown_param",
        Usage,
        "The `--param` of `sudo set` is no subnet hyperparameter; the hint names the closest ones",
    ),
    fixed(
        "tx.bad_address",
        Usage,
        "An address option is not a valid SS58 address",
    ),
    fixed(
        "tx.bad_amount",
        Usage,
        "An amount option is not a valid decimal amount",
    ),
    fixed(
        "tx.bad_take",
        Usage,
        "A `--take` is not a fraction from 0 to 1",
    ),
    fixed(
        "tx.bad_tolerance",
        Usage,
        "The slippage tolerance is not a decimal fraction below 1",
    ),
    fixed(
        "tx.batch_item_failed",
        Failure,
        "A batch landed but one of its items failed or did not run; `data.items` has each item's outcome",
    ),
    fixed(
        "tx.coldkey_swap_unconfirmed",
        Usage,
        "`--yes` alone does not confirm a coldkey swap; it also needs `--i-understand-coldkey-swap`",
    ),
    fixed(
        "tx.declined",
        Failure,
        "The confirmation was answered no; nothing was signed or submitted",
    ),
    fixed(
        "tx.dropped",
        Failure,
        "The transaction left the pool without being included; it is not on chain",
    ),
    fixed(
        "tx.key_mismatch",
        Failure,
        "The unlocked key does not match the wallet's public key file; nothing was signed",
    ),
    fixed(
        "tx.lock",
        Failure,
        "The per-key signing lock that keeps two tao processes from racing cannot be taken",
    ),
    fixed(
        "tx.no_netuid",
        Usage,
        "The command needs a subnet and none was given",
    ),
    fixed(
        "tx.outcome_unknown",
        OutcomeUnknown,
        "The transaction was submitted but its fate is unknown; query the chain before resending",
    ),
    fixed(
        "tx.refused",
        Failure,
        "A check against chain state failed before signing; the message names the chain's error and nothing was signed",
    ),
    fixed(
        "usage.invalid_arguments",
        Usage,
        "The command line does not parse (unknown option, missing or malformed argument)",
    ),
    fixed(
        "view.not_a_terminal",
        Usage,
        "`tao view` was run with `--json` or with stdout not a terminal; it only draws on a terminal",
    ),
    fixed(
        "view.terminal",
        Usage,
        "`tao view` cannot set up or draw on the terminal (raw mode, alternate screen)",
    ),
    fixed(
        "wallet.address_mismatch",
        Failure,
        "The restored key is not the `--expect-address` key; nothing was written",
    ),
    fixed(
        "wallet.already_encrypted",
        Failure,
        "The hotkey to encrypt is already encrypted",
    ),
    fixed(
        "wallet.corrupt_keyfile",
        Failure,
        "A keyfile is truncated, malformed or inconsistent",
    ),
    fixed(
        "wallet.invalid_address",
        Failure,
        "An SS58 address cannot be decoded or is not for the Bittensor prefix 42",
    ),
    fixed(
        "wallet.invalid_json_import",
        Failure,
        "A polkadot-js JSON export cannot be imported",
    ),
    fixed(
        "wallet.invalid_message",
        Failure,
        "A `0x` message to sign or verify is not valid hex",
    ),
    fixed(
        "wallet.invalid_mnemonic",
        Failure,
        "A mnemonic is not a valid English BIP-39 phrase",
    ),
    fixed(
        "wallet.invalid_name",
        Failure,
        "A wallet or hotkey name is unusable (a path separator, a leading dot, control characters)",
    ),
    fixed(
        "wallet.invalid_public_key",
        Failure,
        "A public key is not `0x` and 64 hex digits",
    ),
    fixed(
        "wallet.invalid_seed",
        Failure,
        "A seed is not `0x` and 64 hex digits",
    ),
    fixed(
        "wallet.invalid_signature",
        Failure,
        "A signature is not `0x` and 128 hex digits (one that merely does not verify is reported as `\"valid\": false`)",
    ),
    fixed(
        "wallet.invalid_uri",
        Failure,
        "A secret URI (`//Alice`, `<mnemonic>//hard/soft`) cannot be parsed or derived",
    ),
    fixed(
        "wallet.invalid_word_count",
        Failure,
        "A mnemonic length other than 12, 15, 18, 21 or 24 words was asked for",
    ),
    fixed(
        "wallet.io",
        Failure,
        "A wallet file or directory cannot be read or written",
    ),
    fixed(
        "wallet.key_exists",
        Failure,
        "The key file already exists and `--force` was not given",
    ),
    fixed(
        "wallet.mnemonic_nowhere",
        Usage,
        "A new key's mnemonic would never be shown (stderr is not a terminal, no `--mnemonic-out` or `--show-secret`); nothing was created",
    ),
    fixed(
        "wallet.mnemonic_out_exists",
        Failure,
        "The `--mnemonic-out` file already exists; tao never overwrites it",
    ),
    fixed(
        "wallet.no_hotkeys",
        Failure,
        "The wallet's hotkeys directory cannot be listed or holds no readable hotkey",
    ),
    fixed(
        "wallet.no_password_source",
        Usage,
        "A password is needed but no password source was given and there is no terminal to ask on",
    ),
    fixed(
        "wallet.none",
        Failure,
        "No wallet under the wallet path has a `coldkeypub.txt`",
    ),
    fixed(
        "wallet.not_encrypted",
        Failure,
        "The hotkey to decrypt is not encrypted",
    ),
    fixed(
        "wallet.not_found",
        Failure,
        "A wallet, a key file or the wallet directory does not exist or cannot be listed",
    ),
    fixed(
        "wallet.out_of_memory",
        Usage,
        "The 512 MiB the keyfile key derivation needs cannot be allocated",
    ),
    fixed(
        "wallet.password_source",
        Usage,
        "The password source given (`--password-file`, `TAO_PASSWORD_FILE`, `BT_PW_…`) cannot be used",
    ),
    fixed(
        "wallet.public_only",
        Failure,
        "The key has no private part, so it cannot sign",
    ),
    fixed(
        "wallet.random",
        Usage,
        "The operating system's random number generator failed",
    ),
    fixed(
        "wallet.same_password",
        Failure,
        "The new password is the current one",
    ),
    fixed(
        "wallet.secret_in_argv",
        Usage,
        "`--seed` was given the secret itself instead of a file holding it",
    ),
    varies(
        "wallet.secret_source",
        &[Failure, Usage],
        "A secret file given as `-` cannot be read from stdin (exit 2) or is not UTF-8 (exit 1)",
    ),
    fixed(
        "wallet.stdin_twice",
        Usage,
        "`--mnemonic-file -` and `--password-file -` would both read stdin",
    ),
    fixed(
        "wallet.unsupported_crypto_type",
        Failure,
        "The keyfile holds a key type other than sr25519 (such as ed25519)",
    ),
    fixed(
        "wallet.unsupported_format",
        Failure,
        "The keyfile's encryption format cannot be used for this operation",
    ),
    fixed(
        "wallet.weak_password",
        Failure,
        "A new password was rejected (too short, or the confirmation differs)",
    ),
    fixed(
        "wallet.wrong_password",
        WrongPassword,
        "The password does not decrypt the keyfile or the polkadot-js export",
    ),
    fixed(
        "weights.bad_commit_file",
        Failure,
        "The local file of pending weight commits (kept for the reveal) is not in its format",
    ),
    fixed(
        "weights.commit_file",
        Failure,
        "The local file of pending weight commits (kept for the reveal) cannot be read or written",
    ),
    fixed(
        "weights.salt",
        Failure,
        "The operating system gave no randomness for a weight commit's salt",
    ),
    fixed(
        "yuma.encode_failed",
        Usage,
        "The simulation's result cannot be encoded as JSON (an internal error)",
    ),
    fixed(
        "yuma.invalid_input",
        Failure,
        "The epoch input is not JSON of the expected schema, or a field's value is invalid",
    ),
    fixed(
        "yuma.invalid_weights",
        Failure,
        "`--uids` and `--weights` do not form a valid weight row",
    ),
    fixed(
        "yuma.read_failed",
        Failure,
        "The epoch input file (or stdin) cannot be read",
    ),
];

/// The registry entry of `code`, if it is registered.
pub fn lookup(code: &str) -> Option<&'static ErrorCode> {
    CODES
        .binary_search_by(|entry| entry.code.cmp(code))
        .ok()
        .map(|i| &CODES[i])
}

/// Panic unless `code` is registered with an exit status that allows `exit`.
///
/// [`super::Failure`] calls this in debug builds, so a test that reaches a new failure names the
/// missing registry entry instead of shipping an undocumented code.
#[track_caller]
pub fn assert_registered(code: &str, exit: ExitStatus) {
    match lookup(code) {
        None => panic!(
            "error code `{code}` is not registered: add it to `CODES` in src/error/codes.rs \
             (in sorted order, with its exit status {} and a one-line meaning) and the same row \
             to the README's \"Error codes\" table",
            exit.code()
        ),
        Some(entry) if !entry.exit.allows(exit) => panic!(
            "error code `{code}` was raised with exit status {} but is registered with {}: \
             correct its entry in `CODES` in src/error/codes.rs (use `Exit::Varies` when the \
             status legitimately depends on the cause) and its row in the README's \"Error \
             codes\" table",
            exit.code(),
            entry.exit.describe()
        ),
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests;
