//! `tao config`: show, set and unset keys of tao's config file.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::settings::{self, KEYS};
use crate::ui::table;

/// Configuration commands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    Show(ShowArgs),
    Set(SetArgs),
    Unset(UnsetArgs),
    /// The proxy address book: names for `--proxy NAME`
    #[command(subcommand)]
    Proxies(crate::cli::proxy_book::ProxiesCommand),
}

impl ConfigCommand {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        match self {
            ConfigCommand::Show(a) => a.run(ctx),
            ConfigCommand::Set(a) => a.run(ctx),
            ConfigCommand::Unset(a) => a.run(ctx),
            ConfigCommand::Proxies(c) => c.run(),
        }
    }
}

fn config_path(ctx: &Context) -> Result<PathBuf, Failure> {
    match &ctx.settings.config_path {
        Some(p) => Ok(p.clone()),
        None => Err(Failure::usage(
            "config.disabled",
            "no config file is in use because `--no-config` (or `TAO_NO_CONFIG`) is set",
        )
        .with_hint("drop `--no-config` to edit the config file")),
    }
}

/// Show the keys set in tao's config file, or with --resolved every setting and its source.
///
/// Examples:
///   tao config show
///   tao config show --resolved
///   tao config show --resolved --json | jq -r .data.values.network.value
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ShowArgs {
    /// Show every setting as resolved (flag > environment > config > btcli config > default)
    #[arg(long)]
    pub resolved: bool,
}

impl ShowArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let path = ctx.settings.config_path.clone();
        let path_json = path
            .as_ref()
            .map(|p| Value::String(p.display().to_string()))
            .unwrap_or(Value::Null);
        if self.resolved {
            let mut t = table::new(["key", "value", "source"]);
            for key in KEYS {
                let r = &ctx.settings.values[key.name];
                t.add_row([key.name.to_string(), r.value.clone(), r.source.to_string()]);
            }
            return Ok(Report::new(
                json!({ "path": path_json, "values": ctx.settings.to_json() }),
                table::render(&t),
            ));
        }
        let values = match &path {
            Some(p) => settings::read_config_file(p)?,
            None => Default::default(),
        };
        let mut t = table::new(["key", "value"]);
        for (k, v) in &values {
            t.add_row([k.clone(), v.clone()]);
        }
        let mut human = match &path {
            Some(p) => format!("# {}\n", p.display()),
            None => "# no config file (--no-config)\n".to_string(),
        };
        if values.is_empty() {
            human.push_str("# no keys set\n");
        } else {
            human.push_str(&table::render(&t));
        }
        Ok(Report::new(
            json!({ "path": path_json, "values": values }),
            human,
        ))
    }
}

/// Set a key in tao's config file (created 0600 in a 0700 directory, written atomically).
///
/// Keys: network, wallet_path, wallet_name, hotkey, color, no_progress, tolerance, safe_staking,
/// partial, mev_protection.
///
/// Examples:
///   tao config set network local
///   tao config set wallet_name alice
///   tao config set tolerance 0.01
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SetArgs {
    /// The key
    pub key: String,
    /// The value
    pub value: String,
}

impl SetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let path = config_path(ctx)?;
        let value = settings::validate_pair(&self.key, &self.value)?;
        let mut values = settings::read_config_file(&path)?;
        values.insert(self.key.clone(), value.clone());
        settings::write_config_file(&path, &values)?;
        Ok(Report::new(
            json!({ "path": path.display().to_string(), "key": self.key, "value": value }),
            format!("{} = {value} ({})\n", self.key, path.display()),
        ))
    }
}

/// Remove a key from tao's config file.
///
/// Examples:
///   tao config unset network
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct UnsetArgs {
    /// The key
    pub key: String,
}

impl UnsetArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if settings::key(&self.key).is_none() {
            return Err(settings::SettingsError::UnknownKey(self.key).into());
        }
        let path = config_path(ctx)?;
        let mut values = settings::read_config_file(&path)?;
        let removed = values.remove(&self.key).is_some();
        if removed {
            settings::write_config_file(&path, &values)?;
        }
        let human = if removed {
            format!("removed {} ({})\n", self.key, path.display())
        } else {
            format!("{} was not set ({})\n", self.key, path.display())
        };
        Ok(Report::new(
            json!({ "path": path.display().to_string(), "key": self.key, "removed": removed }),
            human,
        ))
    }
}
