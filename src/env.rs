//! Every environment variable tao reads, in one place.
//!
//! Each global option has a `TAO_*` form; precedence is flag > environment > tao config file >
//! btcli's `config.yml` > built-in default.

/// The network name or `ws://`/`wss://` URL (`--network`).
pub const TAO_NETWORK: &str = "TAO_NETWORK";
/// The wallet directory (`--wallet-path`).
pub const TAO_WALLET_PATH: &str = "TAO_WALLET_PATH";
/// The wallet name (`--wallet-name`).
pub const TAO_WALLET_NAME: &str = "TAO_WALLET_NAME";
/// The hotkey name (`--hotkey`).
pub const TAO_HOTKEY: &str = "TAO_HOTKEY";
/// Print one JSON envelope on stdout (`--json`).
pub const TAO_JSON: &str = "TAO_JSON";
/// Answer confirmations with yes (`--yes`); never authorises overwriting a key.
pub const TAO_YES: &str = "TAO_YES";
/// Less output on stderr (`--quiet`).
pub const TAO_QUIET: &str = "TAO_QUIET";
/// No spinners (`--no-progress`).
pub const TAO_NO_PROGRESS: &str = "TAO_NO_PROGRESS";
/// `auto`, `always` or `never` (`--color`).
pub const TAO_COLOR: &str = "TAO_COLOR";
/// Path of the tao config file (`--config`).
pub const TAO_CONFIG: &str = "TAO_CONFIG";
/// Ignore every config file (`--no-config`).
pub const TAO_NO_CONFIG: &str = "TAO_NO_CONFIG";
/// Diagnostics level on stderr: `error`, `warn`, `info`, `debug` or `trace`.
pub const TAO_LOG: &str = "TAO_LOG";
/// The key agent's socket (`tao agent start` prints it); commands that sign ask the agent first.
pub const TAO_AGENT_SOCK: &str = "TAO_AGENT_SOCK";
/// The key agent's process id (printed by `tao agent start`, informational).
pub const TAO_AGENT_PID: &str = "TAO_AGENT_PID";
/// Never ask the key agent; unlock key files (`--no-agent`).
pub const TAO_NO_AGENT: &str = "TAO_NO_AGENT";
/// Path of a file holding the wallet password (its content minus one trailing newline).
pub const TAO_PASSWORD_FILE: &str = "TAO_PASSWORD_FILE";
/// The wallet password itself, for CI only: environment variables can leak to other processes.
pub const TAO_UNSAFE_PASSWORD: &str = "TAO_UNSAFE_PASSWORD";

/// Standard: a non-empty value turns colour off.
pub const NO_COLOR: &str = "NO_COLOR";
/// Standard: a non-empty value turns colour on.
pub const FORCE_COLOR: &str = "FORCE_COLOR";
/// Standard: a value other than `0` turns colour on.
pub const CLICOLOR_FORCE: &str = "CLICOLOR_FORCE";
/// Standard: the home directory, which `~` and the default XDG directories stand for.
pub const HOME: &str = "HOME";
/// Where btcli keeps its config file (default `~/.bittensor/config.yml`).
pub const BTCLI_CONFIG_PATH: &str = "BTCLI_CONFIG_PATH";
/// XDG base directories.
pub const XDG_CONFIG_HOME: &str = "XDG_CONFIG_HOME";
/// XDG cache directory (runtime metadata cache).
pub const XDG_CACHE_HOME: &str = "XDG_CACHE_HOME";
/// XDG state directory (signing locks, commit-reveal salts).
pub const XDG_STATE_HOME: &str = "XDG_STATE_HOME";
/// Set by CI systems; tests that would skip for lack of a helper fail instead.
pub const CI: &str = "CI";
