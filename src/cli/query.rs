//! `tao query`: any storage item by name, its keys parsed by their types and its value decoded
//! to JSON; `--prefix` iterates a map, `--list` shows what there is to read.

use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use crate::chain::extrinsics::raw::compact_json;
use crate::chain::raw::{self, storage};
use crate::cli::args::ChainArgs;
use crate::cli::connect::read_with_progress;
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ui::table;

/// Read any storage item
///
/// Keys are parsed by the item's key types: SS58 (or 0x hex) for accounts, integers (also
/// `1.5tao`, in rao), `true`/`false`, 0x hex for bytes, JSON for anything structured. Values
/// print as tao's JSON: amounts as {"rao", "tao"} objects, accounts as SS58, bytes as 0x hex.
///
/// Examples:
///   tao query SubtensorModule Tempo 1
///   tao query SubtensorModule TotalHotkeyAlpha 5F…hotkey 1 --at 1200
///   tao query SubtensorModule Alpha 5F…hotkey --prefix --limit 20
///   tao query --list SubtensorModule
///   tao query System Account 5F…  --metadata finney.scale   (offline: the storage key)
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct QueryArgs {
    /// The pallet (such as SubtensorModule); with `--list`, the pallet to list
    pub pallet: Option<String>,
    /// The storage item (such as TotalHotkeyAlpha)
    pub item: Option<String>,
    /// The item's keys, in order
    pub keys: Vec<String>,
    /// List the storage items (of PALLET, or of every pallet) with their key and value types
    #[arg(long)]
    pub list: bool,
    /// Iterate the map: every entry under the keys given (a leading part of them, or none)
    #[arg(long)]
    pub prefix: bool,
    /// With `--prefix`: at most N entries
    #[arg(long, value_name = "N", requires = "prefix")]
    pub limit: Option<usize>,
    /// Use the runtime metadata in FILE (SCALE bytes, or their 0x hex) and stay offline: `--list`
    /// works as with a node, and a query prints its storage key instead of reading it
    #[arg(long, value_name = "FILE")]
    pub metadata: Option<PathBuf>,
    /// Chain options
    #[command(flatten)]
    pub chain: ChainArgs,
}

fn raw_failure(e: &raw::RawError) -> Failure {
    Failure::from_diagnostic(e)
}

/// The rows of a storage listing, as a table.
fn items_table(items: &[storage::ItemInfo], with_pallet: bool) -> String {
    let mut t = if with_pallet {
        table::new(["pallet", "item", "keys", "value"])
    } else {
        table::new(["item", "keys", "value"])
    };
    for i in items {
        let keys = i
            .keys
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        if with_pallet {
            t.add_row([
                i.pallet.as_str(),
                i.name.as_str(),
                keys.as_str(),
                i.value.as_str(),
            ]);
        } else {
            t.add_row([i.name.as_str(), keys.as_str(), i.value.as_str()]);
        }
    }
    table::render(&t)
}

impl QueryArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if self.list {
            if self.item.is_some() {
                return Err(Failure::usage(
                    "raw.wrong_arguments",
                    "`--list` takes at most a pallet",
                )
                .with_hint("drop the item and keys, or drop `--list`"));
            }
            return self.run_list(ctx);
        }
        let (Some(pallet), Some(item)) = (self.pallet.clone(), self.item.clone()) else {
            return Err(Failure::usage(
                "raw.wrong_arguments",
                "`tao query` needs a pallet and a storage item",
            )
            .with_hint(
                "`tao query PALLET ITEM [KEY…]`, or `tao query --list [PALLET]` to see them",
            ));
        };
        if let Some(path) = &self.metadata {
            let md = raw::metadata_file(path).map_err(|e| raw_failure(&e))?;
            let it = storage::item(&md, &pallet, &item, &self.keys, self.prefix)
                .map_err(|e| raw_failure(&e))?;
            let key = it.key(&md).map_err(Failure::from)?;
            let hex = crate::chain::client::to_hex(&key);
            let data = json!({
                "pallet": it.info.pallet,
                "item": it.info.name,
                "keys": it.keys_json,
                "signature": it.info.signature(),
                "storage_key": hex,
                "offline": true,
            });
            return Ok(Report::new(
                data,
                format!("{}\n{hex}\n", it.info.signature()),
            ));
        }
        let keys = self.keys.clone();
        let prefix = self.prefix;
        let limit = self.limit;
        let (out, pinned) = read_with_progress(
            ctx,
            &self.chain,
            "reading storage",
            async |chain, spinner| {
                let it = storage::item(&chain.metadata, &pallet, &item, &keys, prefix)
                    .map_err(crate::chain::ChainError::Raw)?;
                if prefix {
                    let (entries, more) = storage::iterate(chain, &it, limit, &|n| {
                        spinner.set(&format!("read {n} entries"))
                    })
                    .await?;
                    Ok(((it, None, Some((entries, more))), None))
                } else {
                    let v = storage::read(chain, &it).await?;
                    Ok(((it, Some(v), None), None))
                }
            },
        )?;
        let (it, value, entries) = out;
        let mut data = json!({
            "chain": pinned.json(),
            "pallet": it.info.pallet,
            "item": it.info.name,
            "keys": it.keys_json,
        });
        let mut human = String::new();
        if let Some(v) = value {
            let v = v.unwrap_or(Value::Null);
            human.push_str(&format!(
                "{}\n",
                serde_json::to_string_pretty(&v).unwrap_or_default()
            ));
            data["value"] = v;
        }
        if let Some((entries, more)) = entries {
            let n_keys = it.info.keys.len();
            let mut header: Vec<String> = it
                .info
                .keys
                .iter()
                .enumerate()
                .map(|(i, (t, _))| format!("key {} ({t})", i + 1))
                .collect();
            header.push("value".into());
            let mut t = table::new(header);
            for e in &entries {
                let mut row: Vec<String> = e.keys.iter().map(compact_json).collect();
                row.resize(n_keys, String::new());
                row.push(compact_json(&e.value));
                t.add_row(row);
            }
            human.push_str(&table::render(&t));
            human.push_str(&format!(
                "{} entr{}{}\n",
                entries.len(),
                if entries.len() == 1 { "y" } else { "ies" },
                if more {
                    " (more exist: raise `--limit`)"
                } else {
                    ""
                }
            ));
            data["entries"] = Value::Array(
                entries
                    .iter()
                    .map(|e| json!({ "keys": e.keys, "value": e.value }))
                    .collect(),
            );
            data["more"] = json!(more);
        }
        human.push_str(&pinned.footer());
        Ok(Report::new(data, human))
    }

    fn run_list(self, ctx: &Context) -> CmdResult {
        let pallet = self.pallet.clone();
        let (items, chain) = match &self.metadata {
            Some(path) => {
                let md = raw::metadata_file(path).map_err(|e| raw_failure(&e))?;
                let items = storage::list(&md, pallet.as_deref()).map_err(|e| raw_failure(&e))?;
                (
                    items,
                    json!({ "metadata_file": path.display().to_string() }),
                )
            }
            None => {
                let (items, pinned) = read_with_progress(
                    ctx,
                    &self.chain,
                    "reading the metadata",
                    async |chain, _| {
                        let items = storage::list(&chain.metadata, pallet.as_deref())
                            .map_err(crate::chain::ChainError::Raw)?;
                        Ok((items, None))
                    },
                )?;
                (items, pinned.json())
            }
        };
        let data = json!({
            "chain": chain,
            "items": items.iter().map(storage::ItemInfo::json).collect::<Vec<_>>(),
        });
        Ok(Report::new(data, items_table(&items, pallet.is_none())))
    }
}
