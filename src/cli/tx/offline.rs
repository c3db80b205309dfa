//! Air-gapped signing: `--unsigned-out` (every write command, through the pipeline), `tao tx
//! sign` (offline: decode, show, confirm, sign), `tao tx submit` (online: check and send a
//! signed file) and `tao tx decode`. The file format and its checks live in
//! [`crate::chain::offline`].

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;
use serde_json::{Value as Json, json};

use crate::chain::extrinsics::{KeyRole, Plan};
use crate::chain::offline::{self, AnyFile, Opened, SignedFile, Transaction, UnsignedFile};
use crate::chain::raw;
use crate::chain::tx::{self, TxChain, Unsigned, Wait};
use crate::cli::args::TxArgs;
use crate::cli::connect::{block_on, transaction_chain};
use crate::cli::{CmdResult, Context, Report, keys, pipeline};
use crate::env;
use crate::error::Failure;
use crate::ui::prompt;
use crate::units::display_tao;

fn role_name(role: KeyRole) -> &'static str {
    match role {
        KeyRole::Coldkey => "coldkey",
        KeyRole::Hotkey => "hotkey",
    }
}

fn role_of(t: &Transaction) -> Result<KeyRole, Failure> {
    match t.signer_role.as_str() {
        "coldkey" => Ok(KeyRole::Coldkey),
        "hotkey" => Ok(KeyRole::Hotkey),
        other => Err(Failure::from(offline::OfflineError::BadFile(format!(
            "the signer role `{other}` is neither coldkey nor hotkey"
        )))),
    }
}

/// Write `bytes` to the new file `path` atomically; an existing file is replaced only with
/// `force`.
fn write_new(path: &Path, bytes: &[u8], force: bool, flag: &str) -> Result<(), Failure> {
    let r = if force {
        crate::fs::write_private(path, bytes)
    } else {
        crate::fs::create_private(path, bytes)
    };
    r.map_err(|e| match e {
        crate::fs::FsError::Exists { .. } => Failure::user(
            "offline.exists",
            format!("{} already exists; it was not replaced", path.display()),
        )
        .with_hint(format!(
            "give `{flag}` a new file name{}",
            if flag == "--out" {
                ", or pass `--force` to replace it"
            } else {
                ""
            }
        )),
        other => {
            let cause = std::error::Error::source(&other).map(|s| s.to_string());
            let f = Failure::user("offline.unwritable", other.to_string())
                .with_hint(format!("give `{flag}` a path in a writable directory"));
            match cause {
                Some(c) => f.with_cause(c),
                None => f,
            }
        }
    })
}

fn refuse_existing(path: &Path, flag: &str) -> Result<(), Failure> {
    if path.symlink_metadata().is_ok() {
        return write_new(path, &[], false, flag);
    }
    Ok(())
}

fn read_file(path: &Path) -> Result<AnyFile, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::from(offline::OfflineError::BadFile(format!(
            "cannot read {}: {e}",
            path.display()
        )))
    })?;
    Ok(offline::parse(&text)?)
}

/// `--unsigned-out FILE`: the pipeline has built, checked and estimated the transaction; write it
/// for offline signing instead of signing it. Nothing is signed or submitted.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn write_unsigned(
    ctx: &Context,
    path: &Path,
    tc: &TxChain,
    role: KeyRole,
    unsigned: &Unsigned,
    fee: u64,
    plan: &Plan,
) -> CmdResult {
    refuse_existing(path, "--unsigned-out")?;
    let md_bytes =
        crate::chain::client::fetch_metadata(tc.chain.rpc(), &tc.chain.block_hex()).await?;
    let md = subxt::Metadata::decode_from(&md_bytes[..]).map_err(|e| {
        Failure::from(crate::chain::ChainError::Metadata(format!(
            "the node's metadata does not decode: {e}"
        )))
    })?;
    let network = ctx.settings.network();
    let file = offline::unsigned_file(
        unsigned,
        &md,
        &md_bytes,
        offline::Context {
            network: &network.name,
            endpoint: &network.url,
            signer_role: role_name(role),
            fee,
            summary: plan.lines.clone(),
            details: plan.details.clone(),
        },
    )?;
    // The file must open offline exactly as `tao tx sign` will open it.
    offline::open(&file.tx)?;
    let text = serde_json::to_vec_pretty(&file).expect("serializable");
    write_new(path, &text, false, "--unsigned-out")?;
    let data = json!({
        "unsigned_out": path.display().to_string(),
        "format": offline::UNSIGNED_FORMAT,
        "network": network.name,
        "genesis_hash": file.tx.genesis_hash,
        "signer": file.tx.signer,
        "call": { "pallet": unsigned.call.pallet, "name": unsigned.call.name },
        "description": file.tx.description,
        "call_data": file.tx.call.data,
        "fee": file.tx.fee,
        "era": { "period": unsigned.era.period, "birth_block": unsigned.era.birth_block },
        "nonce": unsigned.nonce,
        "signing_payload": file.tx.signing_payload,
        "details": plan.details,
    });
    let human = format!(
        "not signed: the unsigned transaction is in {}\nsign it offline with `tao tx sign {} --out SIGNED`, then send it with `tao tx submit SIGNED` before block #{}\n",
        path.display(),
        path.display(),
        unsigned.era.birth_block + unsigned.era.period
    );
    Ok(Report::new(data, human))
}

/// What a file says, for a person: the decoded call, who signs, the era, the fee.
fn summary(t: &Transaction, o: &Opened, head: &str) -> String {
    let mut s = format!(
        "{head}\nnetwork {} ({}), genesis {}\nruntime spec {} · transaction version {}\nsigner  {} ({})\ncall    ",
        t.network,
        t.endpoint,
        t.genesis_hash,
        t.spec_version,
        t.transaction_version,
        t.signer,
        t.signer_role,
    );
    let lines = offline::description_lines(&o.description);
    s.push_str(&lines.join("\n"));
    let fee = t
        .fee
        .get("rao")
        .and_then(Json::as_str)
        .and_then(|r| r.parse::<u64>().ok())
        .map(display_tao)
        .unwrap_or_else(|| t.fee.to_string());
    s.push_str(&format!(
        "\nera     {} blocks from #{} ({}) · valid before #{}\nnonce   {} · tip 0 · metadata hash {}\nfee     {fee} (estimated online)",
        o.unsigned.era.period,
        o.unsigned.era.birth_block,
        t.era.birth_hash,
        o.unsigned.era.birth_block + o.unsigned.era.period,
        o.unsigned.nonce,
        t.metadata_hash_mode,
    ));
    if !t.summary.is_empty() {
        s.push_str("\nchecked online (not verifiable here):");
        for (k, v) in &t.summary {
            s.push_str(&format!("\n  {k}: {v}"));
        }
    }
    s
}

/// The JSON of a file's checked contents (without the metadata bytes).
fn file_json(t: &Transaction, o: &Opened) -> Json {
    json!({
        "network": t.network,
        "endpoint": t.endpoint,
        "genesis_hash": t.genesis_hash,
        "spec_version": t.spec_version,
        "transaction_version": t.transaction_version,
        "signer": t.signer,
        "signer_role": t.signer_role,
        "nonce": o.unsigned.nonce,
        "era": t.era,
        "tip": t.tip,
        "metadata_hash_mode": t.metadata_hash_mode,
        "call": { "pallet": o.unsigned.call.pallet, "name": o.unsigned.call.name },
        "description": o.description,
        "call_data": t.call.data,
        "fee": t.fee,
        "summary": t.summary.iter().map(|(k, v)| json!([k, v])).collect::<Vec<_>>(),
        "details": t.details,
        "signing_payload": t.signing_payload,
        "metadata_hash": t.metadata.hash,
    })
}

/// Sign an unsigned transaction file, with no network
///
/// Decodes the call from the metadata in FILE, checks that the signing payload is exactly the
/// described call, nonce, era and chain, shows what will be signed and asks (`--yes` skips), then
/// signs with the wallet's key (the key agent if it holds it) and writes a `tao-signed/1` file.
/// Never connects to anything.
///
/// Example:
///   tao tx sign transfer.unsigned.json --out transfer.signed.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SignArgs {
    /// The `tao-unsigned/1` file (from `--unsigned-out`)
    pub file: PathBuf,
    /// Where to write the signed file
    #[arg(long, short = 'o', value_name = "SIGNED")]
    pub out: PathBuf,
    /// Replace SIGNED if it exists
    #[arg(long)]
    pub force: bool,
    /// Read the key's password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI
    /// only) and btcli's BT_PW_<PATH>; else a hidden prompt
    #[arg(long, value_name = "FILE", env = env::TAO_PASSWORD_FILE)]
    pub password_file: Option<PathBuf>,
}

impl SignArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let file: UnsignedFile = match read_file(&self.file)? {
            AnyFile::Unsigned(u) => u,
            AnyFile::Signed(_) => {
                return Err(Failure::from(offline::OfflineError::BadFile(format!(
                    "{} is already signed",
                    self.file.display()
                )))
                .with_hint("send it with `tao tx submit`"));
            }
        };
        let opened = offline::open(&file.tx)?;
        let role = role_of(&file.tx)?;
        let signer = opened.unsigned.signer;
        let wallet_key = keys::public_key(ctx, role)?;
        if wallet_key != signer {
            return Err(Failure::user(
                "offline.wrong_signer",
                format!(
                    "the transaction is for {}, and this wallet's {} is {}; nothing was signed",
                    file.tx.signer,
                    role_name(role),
                    crate::ss58::encode_default(&wallet_key)
                ),
            )
            .with_hint("choose the wallet that holds that key (`--wallet-name`, `--hotkey`)"));
        }
        if !self.force {
            refuse_existing(&self.out, "--out")?;
        }
        ctx.printer.status(&summary(
            &file.tx,
            &opened,
            "sign offline (the payload matches the call shown):",
        ));
        if !prompt::confirm("Sign?", ctx.yes)? {
            return Err(Failure::user("tx.declined", "not signed: declined"));
        }
        let message = opened.unsigned.signing_message();
        let description = format!(
            "{}.{} (nonce {}, era from #{} {}, offline file)",
            opened.unsigned.call.pallet,
            opened.unsigned.call.name,
            opened.unsigned.nonce,
            opened.unsigned.era.birth_block,
            tx::to_hex_hash(&opened.unsigned.era.birth_hash)
        );
        let sig = match keys::agent_sign(ctx, &signer, &description, &message) {
            Some(sig) => sig,
            None => {
                let key = keys::unlock_role(ctx, role, self.password_file.as_deref())?;
                if key.public_key() != signer {
                    return Err(Failure::user(
                        "tx.key_mismatch",
                        "the unlocked key does not match the wallet's public key file",
                    )
                    .with_hint("regenerate the public file with `tao wallet regen-coldkeypub`"));
                }
                key.sign(&message)?
            }
        };
        let signed = offline::signed_file(&file, &opened.unsigned, &sig);
        offline::open_signed(&signed)?;
        let text = serde_json::to_vec_pretty(&signed).expect("serializable");
        write_new(&self.out, &text, self.force, "--out")?;
        let mut data = file_json(&signed.tx, &opened);
        data["format"] = json!(offline::SIGNED_FORMAT);
        data["signed_out"] = json!(self.out.display().to_string());
        data["extrinsic"] = json!(signed.extrinsic);
        data["extrinsic_hash"] = json!(signed.extrinsic_hash);
        let human = format!(
            "signed: {} written to {}\nsend it from an online machine with `tao tx submit {}` before block #{}\n",
            signed.extrinsic_hash,
            self.out.display(),
            self.out.display(),
            opened.unsigned.era.birth_block + opened.unsigned.era.period
        );
        Ok(Report::new(data, human))
    }
}

/// Submit a signed transaction file and watch it
///
/// Checks the file (the signature and payload against its call), then against the connected
/// chain: the same genesis hash and runtime version, the era not expired, the nonce not used.
/// Then submits once and reports as every write command does (exit 5 when the outcome is
/// unknown: do not resubmit blindly).
///
/// Example:
///   tao tx submit transfer.signed.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SubmitArgs {
    /// The `tao-signed/1` file (from `tao tx sign`)
    pub file: PathBuf,
    /// How long to watch: until the node accepts it (none), it is in a block (inclusion) or that
    /// block is final (finalization)
    #[arg(long, value_enum, default_value = "inclusion")]
    pub wait: Wait,
    /// Seconds to wait for the connection and then for `--wait`
    #[arg(long, value_name = "SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
}

/// The pipeline's transaction options with `--wait` and `--timeout` set and every other option
/// at its default.
fn tx_args(wait: Wait, timeout: u64) -> TxArgs {
    use clap::{FromArgMatches, ValueEnum};
    let wait = wait
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default();
    let timeout = timeout.to_string();
    let cmd = <TxArgs as clap::Args>::augment_args(clap::Command::new("submit"));
    let m = cmd
        .try_get_matches_from(["submit", "--wait", &wait, "--timeout", &timeout])
        .expect("the transaction options parse");
    TxArgs::from_arg_matches(&m).expect("the transaction options parse")
}

fn wrong_chain(message: String, hint: &str) -> Failure {
    Failure::user("offline.wrong_chain", message).with_hint(hint.to_string())
}

impl SubmitArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let file: SignedFile = match read_file(&self.file)? {
            AnyFile::Signed(s) => s,
            AnyFile::Unsigned(_) => {
                return Err(Failure::from(offline::OfflineError::BadFile(format!(
                    "{} is not signed yet",
                    self.file.display()
                )))
                .with_hint("sign it offline first with `tao tx sign FILE --out SIGNED`"));
            }
        };
        let (opened, ext) = offline::open_signed(&file)?;
        let role = role_of(&file.tx)?;
        let fee = file
            .tx
            .fee
            .get("rao")
            .and_then(Json::as_str)
            .and_then(|r| r.parse::<u64>().ok())
            .unwrap_or(0);
        let network = ctx.settings.network();
        let timeout = Duration::from_secs(self.timeout);
        let args = tx_args(self.wait, self.timeout);
        let result: Result<Report, Failure> = block_on(async {
            let (tc, spinner) =
                transaction_chain(ctx, network, timeout.min(Duration::from_secs(30))).await?;
            spinner.set("checking the signed transaction");
            let u = &opened.unsigned;
            if tc.chain.genesis != u.genesis {
                return Err(wrong_chain(
                    format!(
                        "{} serves the chain {}, the transaction is for {}; nothing was sent",
                        network.url,
                        tx::to_hex_hash(&tc.chain.genesis),
                        file.tx.genesis_hash
                    ),
                    "connect to the network the file was made on (`--network`)",
                ));
            }
            let v = &tc.chain.version;
            if (v.spec_version, v.transaction_version) != (u.spec_version, u.tx_version) {
                return Err(wrong_chain(
                    format!(
                        "the runtime changed since the file was made: spec {} (transaction version {}) now, {} ({}) signed; nothing was sent",
                        v.spec_version, v.transaction_version, u.spec_version, u.tx_version
                    ),
                    "make a new unsigned file with `--unsigned-out` and sign it again",
                ));
            }
            let best = tc.best_number().await?;
            offline::check_era(&u.era, best)?;
            let birth: Option<String> = tc
                .chain
                .rpc()
                .request("chain_getBlockHash", vec![json!(u.era.birth_block)], None)
                .await?;
            if birth.as_deref().map(str::to_lowercase) != Some(tx::to_hex_hash(&u.era.birth_hash)) {
                return Err(wrong_chain(
                    format!(
                        "block #{} of {} is not the era's birth block {}; nothing was sent",
                        u.era.birth_block,
                        network.url,
                        tx::to_hex_hash(&u.era.birth_hash)
                    ),
                    "make a new unsigned file with `--unsigned-out` and sign it again",
                ));
            }
            let next = tc.next_nonce(&u.signer).await?;
            if next != u.nonce {
                let used = next > u.nonce;
                return Err(Failure::user(
                    "offline.nonce_mismatch",
                    format!(
                        "the transaction's nonce is {}, and {}'s next nonce is {next}: {}; nothing was sent",
                        u.nonce,
                        file.tx.signer,
                        if used {
                            "that nonce was already used (by this transaction or another)"
                        } else {
                            "earlier transactions are still missing"
                        }
                    ),
                )
                .with_hint(if used {
                    format!(
                        "do not resubmit blindly: look {} up on a block explorer; for a new transaction make a new unsigned file",
                        file.extrinsic_hash
                    )
                } else {
                    "send the earlier transactions first, or make a new unsigned file".to_string()
                }));
            }
            spinner.finish();
            ctx.printer.status(&summary(&file.tx, &opened, "submit:"));
            pipeline::submit_presigned(
                ctx,
                &tc,
                &args,
                opened.unsigned.clone(),
                role,
                fee,
                ext,
                file.tx.details.clone(),
            )
            .await
        })?;
        result
    }
}

/// Print a tao transaction file or an extrinsic in readable form
///
/// INPUT is a `tao-unsigned/1` or `tao-signed/1` file (checked against itself and decoded with
/// the metadata it carries), or 0x hex of an extrinsic or of call data, decoded with the
/// metadata of `--metadata FILE` or else of the connected chain.
///
/// Examples:
///   tao tx decode transfer.signed.json
///   tao tx decode 0x4502… --metadata finney.scale
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DecodeArgs {
    /// A tao transaction file, or 0x hex
    #[arg(value_name = "FILE|HEX")]
    pub input: String,
    /// Decode hex with the runtime metadata in FILE (SCALE bytes or their 0x hex) instead of the
    /// connected chain's
    #[arg(long, value_name = "FILE")]
    pub metadata: Option<PathBuf>,
    /// Seconds to wait for the node to accept the connection (hex without `--metadata`)
    #[arg(long, value_name = "SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=120))]
    pub timeout: u64,
}

impl DecodeArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let path = Path::new(&self.input);
        let is_hex = self.input.starts_with("0x") && !path.exists();
        if !is_hex {
            return decode_file(path);
        }
        let bytes = hex::decode(self.input.trim_start_matches("0x")).map_err(|e| {
            Failure::user(
                "offline.bad_file",
                format!("`{}` is not hex: {e}", short(&self.input)),
            )
            .with_hint("give a tao transaction file, or 0x hex of an extrinsic or a call")
        })?;
        let md = match &self.metadata {
            Some(p) => std::sync::Arc::new(raw::metadata_file(p)?),
            None => {
                let network = ctx.settings.network();
                let timeout = Duration::from_secs(self.timeout);
                block_on(async {
                    let (tc, spinner) = transaction_chain(ctx, network, timeout).await?;
                    spinner.finish();
                    Ok::<_, Failure>(std::sync::Arc::clone(&tc.chain.metadata))
                })??
            }
        };
        decode_hex(&md, &bytes)
    }
}

fn short(s: &str) -> String {
    if s.chars().count() > 24 {
        format!("{}…", s.chars().take(24).collect::<String>())
    } else {
        s.to_string()
    }
}

fn decode_file(path: &Path) -> CmdResult {
    let (t, opened, signed) = match read_file(path)? {
        AnyFile::Unsigned(u) => {
            let o = offline::open(&u.tx)?;
            (u.tx, o, None)
        }
        AnyFile::Signed(s) => {
            let (o, _) = offline::open_signed(&s)?;
            let ext = (s.extrinsic.clone(), s.extrinsic_hash.clone());
            (s.tx, o, Some(ext))
        }
    };
    let mut data = file_json(&t, &opened);
    let head = match &signed {
        Some((ext, hash)) => {
            data["format"] = json!(offline::SIGNED_FORMAT);
            data["extrinsic"] = json!(ext);
            data["extrinsic_hash"] = json!(hash);
            format!(
                "{} ({}): signed, signature and payload checked\nextrinsic hash {hash}",
                path.display(),
                offline::SIGNED_FORMAT
            )
        }
        None => {
            data["format"] = json!(offline::UNSIGNED_FORMAT);
            format!(
                "{} ({}): not signed, payload checked",
                path.display(),
                offline::UNSIGNED_FORMAT
            )
        }
    };
    data["verified"] = json!(true);
    let human = format!("{}\n", summary(&t, &opened, &head));
    Ok(Report::new(data, human))
}

fn decode_hex(md: &subxt::Metadata, bytes: &[u8]) -> CmdResult {
    if let Some(x) = offline::decode_extrinsic(bytes)
        && let Ok(call) = offline::describe(md, &x.call)
    {
        let signer = x.signer.map(|s| crate::ss58::encode_default(&s));
        let mut data = json!({
            "kind": "extrinsic",
            "signed": x.signer.is_some(),
            "extrinsic_hash": tx::to_hex_hash(&tx::extrinsic_hash(bytes)),
            "call": { "pallet": call["pallet"], "name": call["call"] },
            "description": call,
            "call_data": crate::chain::client::to_hex(&x.call),
        });
        let mut human = format!(
            "extrinsic {}\n",
            tx::to_hex_hash(&tx::extrinsic_hash(bytes))
        );
        if let Some(s) = &signer {
            data["signer"] = json!(s);
            data["nonce"] = json!(x.nonce);
            data["tip"] = json!(crate::units::tao_json(
                u64::try_from(x.tip.unwrap_or_default()).unwrap_or(u64::MAX)
            ));
            data["metadata_hash_mode"] = json!(match x.mode {
                Some(0) => "disabled",
                _ => "enabled",
            });
            human.push_str(&format!(
                "signer  {s}\nnonce   {} · tip {}\n",
                x.nonce.unwrap_or_default(),
                x.tip.unwrap_or_default()
            ));
            match x.era {
                Some((period, phase)) => {
                    data["era"] = json!({ "period": period, "phase": phase });
                    human.push_str(&format!(
                        "era     {period} blocks (born at a block ≡ {phase} mod {period})\n"
                    ));
                }
                None => {
                    data["era"] = json!("immortal");
                    human.push_str("era     immortal\n");
                }
            }
        }
        human.push_str(&format!(
            "call    {}\n",
            offline::description_lines(&call).join("\n")
        ));
        return Ok(Report::new(data, human));
    }
    let call = offline::describe(md, bytes).map_err(|e| {
        Failure::user(
            "offline.bad_file",
            format!("the hex is neither an extrinsic nor a call of this runtime: {e}"),
        )
        .with_hint("check the metadata (`--metadata FILE` or `--network`) matches the runtime the bytes were made for")
    })?;
    let human = format!("call    {}\n", offline::description_lines(&call).join("\n"));
    Ok(Report::new(
        json!({
            "kind": "call",
            "call": { "pallet": call["pallet"], "name": call["call"] },
            "description": call,
            "call_data": crate::chain::client::to_hex(bytes),
        }),
        human,
    ))
}
