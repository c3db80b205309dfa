//! The proxy address book (`tao config proxies`): names for the real accounts this wallet acts
//! for, so `--proxy NAME` works wherever `--proxy SS58` does. Kept in `proxies.toml` beside
//! tao's default config file (`$XDG_CONFIG_HOME/tao/proxies.toml`), one table per name.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::chain::extrinsics::proxy::{PROXY_TYPES, parse_type};
use crate::cli::args::parse_ss58;
use crate::cli::{CmdResult, Report};
use crate::error::Failure;
use crate::ui::table;

/// One entry of the book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The real account's SS58 address.
    pub address: String,
    /// The proxy type this wallet holds over it.
    #[serde(rename = "type")]
    pub proxy_type: String,
}

/// The book's file.
pub fn path() -> Result<PathBuf, Failure> {
    Ok(crate::settings::config_dir()
        .map_err(Failure::from)?
        .join("proxies.toml"))
}

fn unreadable(path: &std::path::Path, e: impl std::fmt::Display) -> Failure {
    Failure::user(
        "config.unreadable",
        format!("cannot read the proxy book {}: {e}", path.display()),
    )
    .with_hint("fix or remove the file; `tao config proxies add` rewrites it")
}

/// Read the book (a missing file is empty).
pub fn read() -> Result<BTreeMap<String, Entry>, Failure> {
    let path = path()?;
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(unreadable(&path, e)),
    };
    toml::from_str(&text).map_err(|e| unreadable(&path, e))
}

fn write(book: &BTreeMap<String, Entry>) -> Result<PathBuf, Failure> {
    let path = path()?;
    let text = toml::to_string(book).map_err(|e| {
        Failure::user(
            "config.unwritable",
            format!("cannot encode the proxy book: {e}"),
        )
    })?;
    if let Some(dir) = path.parent() {
        crate::settings::ensure_private_dir(dir).map_err(Failure::from)?;
    }
    crate::fs::write_private(&path, text.as_bytes()).map_err(|e| {
        Failure::user(
            "config.unwritable",
            format!("cannot write the proxy book {}: {e}", path.display()),
        )
        .with_hint("check that the config directory is writable")
    })?;
    Ok(path)
}

/// `--proxy` as given: an SS58 address, or a name of the book (its address).
pub fn resolve(text: &str, flag: &str) -> Result<[u8; 32], Failure> {
    let t = text.trim();
    if crate::ss58::decode(t).is_ok() {
        return parse_ss58(t, flag);
    }
    let book = read()?;
    if let Some(e) = book.get(t) {
        return parse_ss58(&e.address, flag);
    }
    let closest = crate::chain::raw::suggest::closest(t, book.keys().map(String::as_str));
    let hint = if book.is_empty() {
        "give an SS58 address, or name one first: `tao config proxies add NAME SS58 --type TYPE`"
            .to_string()
    } else if closest.is_empty() {
        format!(
            "give an SS58 address or a name of the proxy book ({})",
            book.keys().cloned().collect::<Vec<_>>().join(", ")
        )
    } else {
        format!("did you mean {}?", closest.join(", "))
    };
    Err(Failure::usage(
        "tx.bad_address",
        format!("`{t}` given to `{flag}` is neither an SS58 address nor a name in the proxy book"),
    )
    .with_hint(hint))
}

/// The proxy address book.
#[derive(Debug, Subcommand)]
pub enum ProxiesCommand {
    /// Name a real account this wallet is a proxy of, for `--proxy NAME`
    Add(AddArgs),
    /// Remove a name
    Remove(RemoveArgs),
    /// Show the names
    List,
}

impl ProxiesCommand {
    /// Run the command.
    pub fn run(self) -> CmdResult {
        match self {
            ProxiesCommand::Add(a) => a.run(),
            ProxiesCommand::Remove(a) => a.run(),
            ProxiesCommand::List => list(),
        }
    }
}

fn parse_type_arg(text: &str) -> Result<&'static str, String> {
    parse_type(text).ok_or_else(|| {
        format!(
            "unknown proxy type `{text}`; one of {}",
            PROXY_TYPES.join(", ")
        )
    })
}

/// Name a real account for `--proxy NAME` (the book is `proxies.toml` in tao's config
/// directory; the name is replaced if it exists).
///
/// Examples:
///   tao config proxies add cold-vault 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --type Staking
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct AddArgs {
    /// The name (letters, digits, `-`, `_`, `.`)
    pub name: String,
    /// The real account's address (SS58)
    pub address: String,
    /// The proxy type this wallet holds over it
    #[arg(long = "type", value_name = "TYPE", alias = "proxy-type", value_parser = parse_type_arg)]
    pub proxy_type: &'static str,
}

impl AddArgs {
    fn run(self) -> CmdResult {
        crate::settings::validate_name("proxy name", &self.name)?;
        let key = parse_ss58(&self.address, "ADDRESS")?;
        let address = crate::ss58::encode_default(&key);
        let mut book = read()?;
        let entry = Entry {
            address: address.clone(),
            proxy_type: self.proxy_type.to_string(),
        };
        let replaced = book.insert(self.name.clone(), entry).is_some();
        let path = write(&book)?;
        Ok(Report::new(
            json!({ "path": path.display().to_string(), "name": self.name, "address": address, "type": self.proxy_type, "replaced": replaced }),
            format!(
                "{} = {address} ({}) in {}\n",
                self.name,
                self.proxy_type,
                path.display()
            ),
        ))
    }
}

/// Remove a name from the proxy book.
///
/// Examples:
///   tao config proxies remove cold-vault
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RemoveArgs {
    /// The name
    pub name: String,
}

impl RemoveArgs {
    fn run(self) -> CmdResult {
        let mut book = read()?;
        if book.remove(&self.name).is_none() {
            let closest =
                crate::chain::raw::suggest::closest(&self.name, book.keys().map(String::as_str));
            let hint = if closest.is_empty() {
                "`tao config proxies list` shows the names".to_string()
            } else {
                format!("did you mean {}?", closest.join(", "))
            };
            return Err(Failure::usage(
                "usage.invalid_arguments",
                format!("`{}` is not in the proxy book", self.name),
            )
            .with_hint(hint));
        }
        let path = write(&book)?;
        Ok(Report::new(
            json!({ "path": path.display().to_string(), "name": self.name, "removed": true }),
            format!("removed {} ({})\n", self.name, path.display()),
        ))
    }
}

fn list() -> CmdResult {
    let book = read()?;
    let path = path()?;
    let mut human = format!("# {}\n", path.display());
    if book.is_empty() {
        human.push_str("# no names\n");
    } else {
        let mut t = table::new(["name", "address", "type"]);
        for (n, e) in &book {
            t.add_row([n.clone(), e.address.clone(), e.proxy_type.clone()]);
        }
        human.push_str(&table::render(&t));
    }
    Ok(Report::new(
        json!({ "path": path.display().to_string(), "proxies": book }),
        human,
    ))
}
