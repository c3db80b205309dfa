//! Resolving every setting from its sources, in this order of precedence:
//! command-line flag > `TAO_*` environment variable > tao's config file
//! (`$XDG_CONFIG_HOME/tao/config.toml`) > btcli's `~/.bittensor/config.yml` (read only, its keys
//! mapped onto tao's) > built-in default.
//!
//! Also the XDG directories tao uses (config, cache, state), created 0700 on demand, and the
//! network table (btcli's names and endpoints).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::env;
use crate::error::{Diagnostic, ExitStatus};

/// btcli's named networks and their endpoints.
pub const NETWORKS: &[(&str, &str)] = &[
    ("finney", "wss://entrypoint-finney.opentensor.ai:443"),
    ("test", "wss://test.finney.opentensor.ai:443"),
    ("archive", "wss://archive.chain.opentensor.ai:443"),
    ("local", "ws://127.0.0.1:9944"),
    ("dev", "wss://dev.chain.opentensor.ai:443"),
    ("rao", "wss://rao.chain.opentensor.ai:443"),
    ("latent-lite", "wss://lite.sub.latent.to:443"),
];

/// The default network.
pub const DEFAULT_NETWORK: &str = "finney";
/// The default wallet and hotkey name.
pub const DEFAULT_NAME: &str = "default";
/// The default safe-staking tolerance (0.5 %), as btcli's code uses.
pub const DEFAULT_TOLERANCE: &str = "0.005";

/// Errors while resolving settings or editing the config file.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// An unknown network name.
    #[error("unknown network `{0}`")]
    UnknownNetwork(String),
    /// A config file that cannot be read or parsed.
    #[error("cannot read the config file `{path}`")]
    ConfigRead {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A config file that cannot be written.
    #[error("cannot write the config file `{path}`")]
    ConfigWrite {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// An unknown key in `tao config set/unset` or in the config file.
    #[error("unknown config key `{0}`")]
    UnknownKey(String),
    /// A value that does not fit its key.
    #[error("invalid value `{value}` for `{key}`: {reason}")]
    InvalidValue {
        /// The key (or option).
        key: String,
        /// The value.
        value: String,
        /// What is expected.
        reason: String,
    },
    /// `$HOME` is not set and a path needs it.
    #[error("cannot find the home directory: `HOME` is not set")]
    NoHome,
    /// A directory could not be created.
    #[error("cannot create the directory `{path}`")]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

impl Diagnostic for SettingsError {
    fn code(&self) -> &'static str {
        match self {
            SettingsError::UnknownNetwork(_) => "settings.unknown_network",
            SettingsError::ConfigRead { .. } => "config.unreadable",
            SettingsError::ConfigWrite { .. } => "config.unwritable",
            SettingsError::UnknownKey(_) => "config.unknown_key",
            SettingsError::InvalidValue { .. } => "settings.invalid_value",
            SettingsError::NoHome => "settings.no_home",
            SettingsError::CreateDir { .. } => "settings.create_dir_failed",
        }
    }

    fn exit_status(&self) -> ExitStatus {
        match self {
            SettingsError::UnknownNetwork(_)
            | SettingsError::InvalidValue { .. }
            | SettingsError::UnknownKey(_) => ExitStatus::Usage,
            _ => ExitStatus::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            SettingsError::UnknownNetwork(_) => Some(format!(
                "use one of {} or a ws:// or wss:// URL",
                NETWORKS
                    .iter()
                    .map(|(n, _)| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            SettingsError::UnknownKey(_) => Some(format!(
                "known keys: {}",
                KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
            )),
            SettingsError::ConfigRead { path, .. } => Some(format!(
                "fix or remove `{}`, or pass `--no-config`",
                path.display()
            )),
            SettingsError::NoHome => {
                Some("set `HOME`, or pass the path explicitly (`--wallet-path`)".into())
            }
            _ => None,
        }
    }
}

/// A chain endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Network {
    /// The name (`finney`, …) or `custom` for a URL.
    pub name: String,
    /// The WebSocket URL.
    pub url: String,
}

impl Network {
    /// Resolve a network name or a `ws://`/`wss://` URL. Unknown names are an error, never a
    /// fallback to mainnet.
    pub fn parse(text: &str) -> Result<Network, SettingsError> {
        let t = text.trim();
        let lower = t.to_ascii_lowercase();
        if let Some((scheme, rest)) = t.split_once("://")
            && matches!(scheme.to_ascii_lowercase().as_str(), "ws" | "wss")
        {
            if rest.is_empty() || rest.starts_with('/') || rest.contains(char::is_whitespace) {
                return Err(SettingsError::InvalidValue {
                    key: "network".into(),
                    value: t.into(),
                    reason: "the URL has no host".into(),
                });
            }
            return Ok(Network {
                name: "custom".into(),
                url: t.to_string(),
            });
        }
        NETWORKS
            .iter()
            .find(|(n, _)| *n == lower)
            .map(|(n, u)| Network {
                name: (*n).to_string(),
                url: (*u).to_string(),
            })
            .ok_or_else(|| SettingsError::UnknownNetwork(t.to_string()))
    }
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour on terminals, unless `NO_COLOR` says otherwise.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    fn parse(text: &str) -> Option<ColorChoice> {
        match text.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(ColorChoice::Auto),
            "always" => Some(ColorChoice::Always),
            "never" => Some(ColorChoice::Never),
            _ => None,
        }
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            ColorChoice::Auto => "auto",
            ColorChoice::Always => "always",
            ColorChoice::Never => "never",
        }
    }

    /// Whether to colour a stream, given whether it is a terminal, following `--color`, then
    /// `NO_COLOR`, then `FORCE_COLOR`/`CLICOLOR_FORCE`, then terminal detection.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
                if set(env::NO_COLOR) {
                    return false;
                }
                if set(env::FORCE_COLOR)
                    || std::env::var(env::CLICOLOR_FORCE).is_ok_and(|v| !v.is_empty() && v != "0")
                {
                    return true;
                }
                is_terminal && std::env::var("TERM").map(|t| t != "dumb").unwrap_or(true)
            }
        }
    }
}

/// Where a resolved value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag.
    Flag,
    /// An environment variable.
    Env(&'static str),
    /// tao's config file.
    Config(PathBuf),
    /// btcli's config file, with btcli's key name.
    Btcli(PathBuf, &'static str),
    /// The built-in default.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag => f.write_str("command line"),
            Source::Env(v) => write!(f, "environment ({v})"),
            Source::Config(p) => write!(f, "config file ({})", p.display()),
            Source::Btcli(p, k) => write!(f, "btcli config ({}, key `{k}`)", p.display()),
            Source::Default => f.write_str("default"),
        }
    }
}

/// The kinds of value a config key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Network,
    Path,
    Name,
    Color,
    Bool,
    Fraction,
}

/// A key of the config file.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    /// The snake-case name (the long option without dashes).
    pub name: &'static str,
    /// The environment variable, if any.
    pub env: Option<&'static str>,
    /// btcli's `config.yml` key that maps onto it, if any.
    pub btcli: Option<&'static str>,
    /// What it means.
    pub help: &'static str,
    kind: Kind,
    default: Option<&'static str>,
}

/// Every key tao's config file accepts.
pub const KEYS: &[Key] = &[
    Key {
        name: "network",
        env: Some(env::TAO_NETWORK),
        btcli: Some("network"),
        help: "network name or ws:// / wss:// URL",
        kind: Kind::Network,
        default: Some(DEFAULT_NETWORK),
    },
    Key {
        name: "wallet_path",
        env: Some(env::TAO_WALLET_PATH),
        btcli: Some("wallet_path"),
        help: "directory holding the wallets",
        kind: Kind::Path,
        default: Some("~/.bittensor/wallets"),
    },
    Key {
        name: "wallet_name",
        env: Some(env::TAO_WALLET_NAME),
        btcli: Some("wallet_name"),
        help: "wallet (coldkey) name",
        kind: Kind::Name,
        default: Some(DEFAULT_NAME),
    },
    Key {
        name: "hotkey",
        env: Some(env::TAO_HOTKEY),
        btcli: Some("wallet_hotkey"),
        help: "hotkey name",
        kind: Kind::Name,
        default: Some(DEFAULT_NAME),
    },
    Key {
        name: "color",
        env: Some(env::TAO_COLOR),
        btcli: None,
        help: "auto, always or never",
        kind: Kind::Color,
        default: Some("auto"),
    },
    Key {
        name: "no_progress",
        env: Some(env::TAO_NO_PROGRESS),
        btcli: None,
        help: "hide spinners (true/false)",
        kind: Kind::Bool,
        default: Some("false"),
    },
    Key {
        name: "tolerance",
        env: None,
        btcli: Some("rate_tolerance"),
        help: "safe-staking price tolerance as a fraction",
        kind: Kind::Fraction,
        default: Some(DEFAULT_TOLERANCE),
    },
    Key {
        name: "safe_staking",
        env: None,
        btcli: Some("safe_staking"),
        help: "use the limit-price staking calls (true/false)",
        kind: Kind::Bool,
        default: Some("true"),
    },
    Key {
        name: "partial",
        env: None,
        btcli: Some("allow_partial_stake"),
        help: "allow partial fills of limit-price staking (true/false)",
        kind: Kind::Bool,
        default: Some("false"),
    },
    Key {
        name: "mev_protection",
        env: None,
        btcli: None,
        help: "encrypt stake trades and subnet creation with the MEV shield (true/false)",
        kind: Kind::Bool,
        default: Some("true"),
    },
];

/// Look up a config key by name.
pub fn key(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.name == name)
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" | "" => Some(false),
        _ => None,
    }
}

/// Validate the name of a wallet (`what` = `wallet_name`) or hotkey (`hotkey`) with the wallet's
/// own rules ([`crate::fs::check_name`]), so a name the config accepts always opens.
pub fn validate_name(what: &str, name: &str) -> Result<(), SettingsError> {
    let kind = if what == "hotkey" {
        crate::fs::NameKind::Hotkey
    } else {
        crate::fs::NameKind::Wallet
    };
    crate::fs::check_name(kind, name).map_err(|e| SettingsError::InvalidValue {
        key: what.into(),
        value: e.name,
        reason: e.reason.into(),
    })
}

fn validate(key: &Key, value: &str) -> Result<String, SettingsError> {
    let invalid = |reason: &str| SettingsError::InvalidValue {
        key: key.name.into(),
        value: value.into(),
        reason: reason.into(),
    };
    match key.kind {
        Kind::Network => Network::parse(value).map(|_| value.trim().to_string()),
        Kind::Path => {
            if value.trim().is_empty() {
                Err(invalid("the path is empty"))
            } else {
                Ok(value.to_string())
            }
        }
        Kind::Name => validate_name(key.name, value).map(|_| value.to_string()),
        Kind::Color => ColorChoice::parse(value)
            .map(|c| c.as_str().to_string())
            .ok_or_else(|| invalid("expected auto, always or never")),
        Kind::Bool => parse_bool(value)
            .map(|b| b.to_string())
            .ok_or_else(|| invalid("expected true or false")),
        Kind::Fraction => {
            let rao = crate::units::parse_decimal(value)
                .map_err(|e| invalid(&format!("{e}; expected a fraction such as 0.005")))?;
            if rao > crate::units::RAO_PER_TAO {
                return Err(invalid("a tolerance above 1 (100 %) makes no sense"));
            }
            Ok(value.trim().to_string())
        }
    }
}

/// Expand a leading `~` to `$HOME` (an error when `HOME` is unset and the path needs it).
pub fn expand_tilde(path: &str) -> Result<PathBuf, SettingsError> {
    crate::fs::expand_tilde(path).map_err(|_| SettingsError::NoHome)
}

/// `$HOME`.
pub fn home() -> Result<PathBuf, SettingsError> {
    crate::fs::home_dir().ok_or(SettingsError::NoHome)
}

fn xdg(var: &str, fallback: &str) -> Result<PathBuf, SettingsError> {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() && Path::new(&v).is_absolute() => Ok(PathBuf::from(v)),
        _ => Ok(home()?.join(fallback)),
    }
}

/// `$XDG_CONFIG_HOME/tao` (default `~/.config/tao`), not created.
pub fn config_dir() -> Result<PathBuf, SettingsError> {
    Ok(xdg(env::XDG_CONFIG_HOME, ".config")?.join("tao"))
}

/// `$XDG_CACHE_HOME/tao` (default `~/.cache/tao`), not created.
pub fn cache_dir() -> Result<PathBuf, SettingsError> {
    Ok(xdg(env::XDG_CACHE_HOME, ".cache")?.join("tao"))
}

/// `$XDG_STATE_HOME/tao` (default `~/.local/state/tao`), not created.
pub fn state_dir() -> Result<PathBuf, SettingsError> {
    Ok(xdg(env::XDG_STATE_HOME, ".local/state")?.join("tao"))
}

/// Create a directory (and its parents) with mode 0700 for the parts tao creates.
pub fn ensure_private_dir(path: &Path) -> Result<(), SettingsError> {
    crate::fs::private_dir(path).map_err(|e| SettingsError::CreateDir {
        path: path.to_path_buf(),
        source: e.into(),
    })
}

/// The default path of tao's config file.
pub fn default_config_path() -> Result<PathBuf, SettingsError> {
    Ok(config_dir()?.join("config.toml"))
}

/// btcli's config file: `$BTCLI_CONFIG_PATH`, else `~/.bittensor/config.yml`.
pub fn btcli_config_path() -> Result<PathBuf, SettingsError> {
    match std::env::var_os(env::BTCLI_CONFIG_PATH) {
        Some(p) if !p.is_empty() => Ok(PathBuf::from(p)),
        _ => Ok(home()?.join(".bittensor").join("config.yml")),
    }
}

/// Read tao's config file into a key → value map (strings). A missing file is empty.
pub fn read_config_file(path: &Path) -> Result<BTreeMap<String, String>, SettingsError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => {
            return Err(SettingsError::ConfigRead {
                path: path.into(),
                source: Box::new(e),
            });
        }
    };
    let table: toml::Table = toml::from_str(&text).map_err(|e| SettingsError::ConfigRead {
        path: path.into(),
        source: Box::new(e),
    })?;
    let mut out = BTreeMap::new();
    for (k, v) in table {
        let Some(key) = key(&k) else {
            return Err(SettingsError::ConfigRead {
                path: path.into(),
                source: Box::new(SettingsError::UnknownKey(k)),
            });
        };
        let text = match v {
            toml::Value::String(s) => s,
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Float(f) => f.to_string(),
            other => other.to_string(),
        };
        let value = validate(key, &text).map_err(|e| SettingsError::ConfigRead {
            path: path.into(),
            source: Box::new(e),
        })?;
        out.insert(k, value);
    }
    Ok(out)
}

/// Write tao's config file atomically (0600, in a 0700 directory).
pub fn write_config_file(
    path: &Path,
    values: &BTreeMap<String, String>,
) -> Result<(), SettingsError> {
    let mut table = toml::Table::new();
    for (k, v) in values {
        let key = key(k).ok_or_else(|| SettingsError::UnknownKey(k.clone()))?;
        let value = match key.kind {
            Kind::Bool => toml::Value::Boolean(parse_bool(v).unwrap_or(false)),
            _ => toml::Value::String(v.clone()),
        };
        table.insert(k.clone(), value);
    }
    let text = toml::to_string(&table).expect("a table of strings and booleans serializes");
    if let Some(dir) = path.parent() {
        ensure_private_dir(dir)?;
    }
    crate::fs::write_private(path, text.as_bytes()).map_err(|e| SettingsError::ConfigWrite {
        path: path.into(),
        source: e.into(),
    })
}

/// Read btcli's config.yml and map its keys onto tao's. Unknown keys are ignored; a value of the
/// wrong shape is skipped with a warning (btcli's file is not ours to judge harshly).
fn read_btcli_config(path: &Path, warnings: &mut Vec<String>) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return out;
    };
    let doc: serde_yaml_ng::Value = match serde_yaml_ng::from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            warnings.push(format!(
                "ignoring btcli's config `{}`: it is not valid YAML ({e})",
                path.display()
            ));
            return out;
        }
    };
    let serde_yaml_ng::Value::Mapping(map) = doc else {
        return out;
    };
    for key in KEYS {
        let Some(btcli_key) = key.btcli else { continue };
        let Some(v) = map.get(btcli_key) else {
            continue;
        };
        let text = match v {
            serde_yaml_ng::Value::Null => continue,
            serde_yaml_ng::Value::String(s) => s.clone(),
            serde_yaml_ng::Value::Bool(b) => b.to_string(),
            serde_yaml_ng::Value::Number(n) => n.to_string(),
            _ => continue,
        };
        match validate(key, &text) {
            Ok(v) => {
                out.insert(key.name, v);
            }
            Err(e) => warnings.push(format!(
                "ignoring `{btcli_key}` in btcli's config `{}`: {e}",
                path.display()
            )),
        }
    }
    out
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved<T> {
    /// The value.
    pub value: T,
    /// Its source.
    pub source: Source,
}

/// What the command line (and clap's environment handling) gave for the global options.
#[derive(Debug, Clone, Default)]
pub struct Given {
    /// Values of keyed options with their source (`Flag` or `Env`).
    pub values: BTreeMap<&'static str, (String, Source)>,
    /// `--config PATH` / `TAO_CONFIG`.
    pub config: Option<PathBuf>,
    /// `--no-config` / `TAO_NO_CONFIG`.
    pub no_config: bool,
}

/// Every setting, resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The resolved values, by key.
    pub values: BTreeMap<&'static str, Resolved<String>>,
    /// tao's config file in use, if any (whether or not it exists).
    pub config_path: Option<PathBuf>,
    /// btcli's config file consulted, if any.
    pub btcli_config_path: Option<PathBuf>,
    /// Warnings met while resolving (shown on stderr).
    pub warnings: Vec<String>,
    /// The network, resolved once from the `network` value.
    network: Network,
}

impl Settings {
    /// Resolve every key from the given flags and environment, the config files and defaults.
    pub fn resolve(given: &Given) -> Result<Settings, SettingsError> {
        let mut warnings = Vec::new();
        let (config_path, file_values) = if given.no_config {
            (None, BTreeMap::new())
        } else {
            let path = match &given.config {
                Some(p) => p.clone(),
                None => default_config_path()?,
            };
            if given.config.is_some() && !path.exists() {
                return Err(SettingsError::ConfigRead {
                    path: path.clone(),
                    source: "the file does not exist".into(),
                });
            }
            let values = read_config_file(&path)?;
            (Some(path), values)
        };
        let (btcli_path, btcli_values) = if given.no_config {
            (None, BTreeMap::new())
        } else {
            match btcli_config_path() {
                Ok(p) => {
                    let v = read_btcli_config(&p, &mut warnings);
                    (Some(p), v)
                }
                Err(_) => (None, BTreeMap::new()),
            }
        };
        let mut values = BTreeMap::new();
        for key in KEYS {
            let resolved = if let Some((v, src)) = given.values.get(key.name) {
                Resolved {
                    value: validate(key, v)?,
                    source: src.clone(),
                }
            } else if let Some(v) = file_values.get(key.name) {
                Resolved {
                    value: v.clone(),
                    source: Source::Config(config_path.clone().unwrap_or_default()),
                }
            } else if let Some(v) = btcli_values.get(key.name) {
                Resolved {
                    value: v.clone(),
                    source: Source::Btcli(
                        btcli_path.clone().unwrap_or_default(),
                        key.btcli.unwrap_or(key.name),
                    ),
                }
            } else {
                Resolved {
                    value: key.default.unwrap_or("").to_string(),
                    source: Source::Default,
                }
            };
            values.insert(key.name, resolved);
        }
        let network = Network::parse(&values["network"].value)?;
        Ok(Settings {
            values,
            config_path,
            btcli_config_path: btcli_path,
            warnings,
            network,
        })
    }

    fn get(&self, key: &str) -> &Resolved<String> {
        self.values.get(key).expect("every key is resolved")
    }

    /// The network to use.
    pub fn network(&self) -> &Network {
        &self.network
    }

    /// The wallet directory, `~` expanded.
    pub fn wallet_path(&self) -> Result<PathBuf, SettingsError> {
        expand_tilde(&self.get("wallet_path").value)
    }

    /// The wallet name.
    pub fn wallet_name(&self) -> &str {
        &self.get("wallet_name").value
    }

    /// The hotkey name.
    pub fn hotkey(&self) -> &str {
        &self.get("hotkey").value
    }

    /// The colour choice.
    pub fn color(&self) -> ColorChoice {
        ColorChoice::parse(&self.get("color").value).unwrap_or(ColorChoice::Auto)
    }

    /// Whether spinners are off.
    pub fn no_progress(&self) -> bool {
        parse_bool(&self.get("no_progress").value).unwrap_or(false)
    }

    /// The safe-staking tolerance as a decimal string (a fraction).
    pub fn tolerance(&self) -> &str {
        &self.get("tolerance").value
    }

    /// Whether safe staking is on.
    pub fn safe_staking(&self) -> bool {
        parse_bool(&self.get("safe_staking").value).unwrap_or(true)
    }

    /// Whether the MEV shield is on for the commands that offer it.
    pub fn mev_protection(&self) -> bool {
        parse_bool(&self.get("mev_protection").value).unwrap_or(true)
    }

    /// Whether partial fills are allowed.
    pub fn partial(&self) -> bool {
        parse_bool(&self.get("partial").value).unwrap_or(false)
    }

    /// `{key: {"value":…, "source":…}}` for `tao config show --resolved --json`.
    pub fn to_json(&self) -> Value {
        let mut map = serde_json::Map::new();
        for key in KEYS {
            let r = self.get(key.name);
            map.insert(
                key.name.to_string(),
                json!({ "value": r.value, "source": r.source.to_string() }),
            );
        }
        Value::Object(map)
    }
}

/// Validate a `tao config set` pair, returning the normalized value.
pub fn validate_pair(name: &str, value: &str) -> Result<String, SettingsError> {
    let key = key(name).ok_or_else(|| SettingsError::UnknownKey(name.to_string()))?;
    validate(key, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_resolve() {
        assert_eq!(Network::parse("finney").unwrap().url, NETWORKS[0].1);
        assert_eq!(Network::parse("local").unwrap().url, "ws://127.0.0.1:9944");
        assert_eq!(Network::parse("LOCAL").unwrap().name, "local");
        let custom = Network::parse("ws://10.1.2.3:9944").unwrap();
        assert_eq!(custom.name, "custom");
        assert!(matches!(
            Network::parse("mainnet"),
            Err(SettingsError::UnknownNetwork(_))
        ));
        assert!(Network::parse("ws://").is_err());
    }

    #[test]
    fn names_are_validated() {
        for bad in ["", "a/b", "..", "a..b", "x\u{7}", "a\\b"] {
            assert!(validate_name("wallet_name", bad).is_err(), "{bad:?}");
        }
        for good in ["default", "my-wallet", "hot_1", "ñame"] {
            assert!(validate_name("wallet_name", good).is_ok(), "{good:?}");
        }
    }

    #[test]
    fn values_are_validated() {
        assert_eq!(validate_pair("color", "NEVER").unwrap(), "never");
        assert_eq!(validate_pair("safe_staking", "yes").unwrap(), "true");
        assert!(validate_pair("tolerance", "1.5").is_err());
        assert!(validate_pair("tolerance", "-0.1").is_err());
        assert_eq!(validate_pair("tolerance", "0.01").unwrap(), "0.01");
        assert!(matches!(
            validate_pair("nope", "x"),
            Err(SettingsError::UnknownKey(_))
        ));
    }

    #[test]
    fn config_file_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        let mut values = BTreeMap::new();
        values.insert("network".to_string(), "local".to_string());
        values.insert("partial".to_string(), "true".to_string());
        write_config_file(&path, &values).unwrap();
        assert_eq!(read_config_file(&path).unwrap(), values);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            let dmode = std::fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(dmode, 0o700);
        }
    }

    #[test]
    fn btcli_keys_map() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.yml");
        std::fs::write(
            &path,
            "wallet_name: alice\nwallet_hotkey: hk1\nnetwork: test\nrate_tolerance: 0.1\n\
             safe_staking: false\nallow_partial_stake: true\nuse_cache: true\nmetagraph_cols:\n  UID: true\n",
        )
        .unwrap();
        let mut warnings = Vec::new();
        let m = read_btcli_config(&path, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(m.get("wallet_name").unwrap(), "alice");
        assert_eq!(m.get("hotkey").unwrap(), "hk1");
        assert_eq!(m.get("network").unwrap(), "test");
        assert_eq!(m.get("tolerance").unwrap(), "0.1");
        assert_eq!(m.get("safe_staking").unwrap(), "false");
        assert_eq!(m.get("partial").unwrap(), "true");
    }
}
