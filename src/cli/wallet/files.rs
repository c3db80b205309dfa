//! `tao wallet list` and `tao wallet inspect`: what is on disk, read without secrets.

use clap::Args;
use serde_json::{Value, json};

use crate::cli::keys::open_wallet;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::table;
use crate::wallet::WalletError;
use crate::wallet::keyfile::{KeyfileFormat, PublicInfo};
use crate::wallet::layout::{self, FileState, WalletSummary};

// ---------------------------------------------------------------------------------------------
// list, inspect

fn public_json(public: &Result<PublicInfo, String>) -> Value {
    match public {
        Ok(info) => {
            json!({ "ss58": info.ss58_address, "public_key": info.public_key, "error": null })
        }
        Err(e) => json!({ "ss58": null, "public_key": null, "error": e }),
    }
}

fn file_json(state: &FileState) -> Value {
    json!({
        "path": state.path.display().to_string(),
        "exists": state.exists,
        "format": state.format.map(KeyfileFormat::as_str),
        "encrypted": state.format.map(KeyfileFormat::is_encrypted),
        "mode": state.mode.map(|m| format!("{m:04o}")),
    })
}

fn summary_json(summary: &WalletSummary, files: bool) -> Value {
    let mut coldkey = public_json(&summary.coldkey_public);
    if files {
        coldkey["file"] = file_json(&summary.coldkey);
        coldkey["pubfile"] = file_json(&summary.coldkeypub);
    }
    let hotkeys: Vec<Value> = summary
        .hotkeys
        .iter()
        .map(|h| {
            let mut v = public_json(&h.public);
            v["name"] = Value::String(h.name.clone());
            if files {
                v["file"] = file_json(&h.file);
                v["pubfile"] = file_json(&h.pubfile);
            }
            v
        })
        .collect();
    json!({
        "name": summary.name,
        "path": summary.path.display().to_string(),
        "coldkey": coldkey,
        "hotkeys": hotkeys,
        "hotkeys_error": summary.hotkeys_error,
    })
}

/// One warning per key whose address could not be read.
fn public_warnings(summary: &WalletSummary) -> Vec<String> {
    let mut out = Vec::new();
    if let Err(e) = &summary.coldkey_public {
        out.push(format!("wallet `{}`, coldkey: {e}", summary.name));
    }
    for h in &summary.hotkeys {
        if let Err(e) = &h.public {
            out.push(format!(
                "wallet `{}`, hotkey `{}`: {e}",
                summary.name, h.name
            ));
        }
    }
    if let Some(e) = &summary.hotkeys_error {
        out.push(format!("wallet `{}`: {e}", summary.name));
    }
    out
}

fn address_or_error(public: &Result<PublicInfo, String>) -> String {
    match public {
        Ok(info) => info.ss58_address.clone(),
        Err(_) => "(unknown: see the warning)".into(),
    }
}

/// List every wallet with its coldkey and hotkey addresses (never decrypts)
///
/// Reads only public files (and unencrypted keyfiles). A broken wallet is reported with a
/// warning and the listing goes on.
///
/// Examples:
///   tao wallet list
///   tao wallet list --json | jq -r '.data.wallets[].coldkey.ss58'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ListArgs {}

impl ListArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let root = ctx.settings.wallet_path().map_err(Failure::from)?;
        let wallets = layout::list_wallets(&root)?;
        let data = json!({
            "path": root.display().to_string(),
            "wallets": wallets.iter().map(|w| summary_json(w, false)).collect::<Vec<_>>(),
        });
        if wallets.is_empty() {
            let human = format!("No wallets in {}\n", root.display());
            return Ok(Report::new(data, human).warn(format!(
                "no wallets in `{}`; create one with `tao wallet create`",
                root.display()
            )));
        }
        let mut t = table::new(["wallet", "key", "ss58 address"]);
        let mut warnings = Vec::new();
        for w in &wallets {
            t.add_row([
                w.name.clone(),
                "coldkey".into(),
                address_or_error(&w.coldkey_public),
            ]);
            for h in &w.hotkeys {
                t.add_row([
                    String::new(),
                    format!("hotkey {}", h.name),
                    address_or_error(&h.public),
                ]);
            }
            warnings.extend(public_warnings(w));
        }
        let mut report = Report::new(
            data,
            format!("Wallets in {}\n{}", root.display(), table::render(&t)),
        );
        report.warnings = warnings;
        Ok(report)
    }
}

/// Show a wallet's addresses, files, encryption and permissions (never decrypts)
///
/// Which files exist, which are encrypted and in which format, their permissions, and the
/// addresses and public keys (--json).
///
/// Examples:
///   tao wallet inspect --wallet-name alice
///   tao wallet inspect --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct InspectArgs {}

fn describe(state: &FileState) -> String {
    if !state.exists {
        return "missing".into();
    }
    let format = match state.format {
        Some(KeyfileFormat::Nacl) => "encrypted ($NACL)",
        Some(KeyfileFormat::AnsibleVault) => "encrypted (Ansible Vault, legacy)",
        Some(KeyfileFormat::LegacyFernet) => "encrypted (Fernet, legacy)",
        Some(KeyfileFormat::Plain) => "unencrypted",
        None => "unreadable",
    };
    match state.mode {
        Some(mode) => format!("{format}, mode {mode:04o}"),
        None => format.into(),
    }
}

impl InspectArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let wallet = open_wallet(ctx)?;
        if !wallet.exists() {
            return Err(WalletError::NotFound {
                what: format!("wallet `{}`", wallet.name()),
                path: wallet.dir(),
            }
            .into());
        }
        let summary = wallet.inspect();
        let data = summary_json(&summary, true);
        let mut t = table::new(["key", "ss58 address", "private file", "public file"]);
        t.add_row([
            "coldkey".to_string(),
            address_or_error(&summary.coldkey_public),
            describe(&summary.coldkey),
            describe(&summary.coldkeypub),
        ]);
        for h in &summary.hotkeys {
            t.add_row([
                format!("hotkey {}", h.name),
                address_or_error(&h.public),
                describe(&h.file),
                describe(&h.pubfile),
            ]);
        }
        let mut warnings = public_warnings(&summary);
        // Private files only: public files may be world-readable.
        let private = [&summary.coldkey]
            .into_iter()
            .chain(summary.hotkeys.iter().map(|h| &h.file));
        for state in private {
            if let Some(mode) = state.mode.filter(|m| m & 0o077 != 0) {
                warnings.push(format!(
                    "`{}` is accessible to other users (mode {mode:04o}); run `chmod 600` on it",
                    state.path.display()
                ));
            }
        }
        let human = format!(
            "Wallet `{}` in {}\n{}",
            wallet.name(),
            wallet.dir().display(),
            table::render(&t)
        );
        let mut report = Report::new(data, human);
        report.warnings = warnings;
        Ok(report)
    }
}
