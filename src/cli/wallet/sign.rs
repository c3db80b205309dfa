//! `tao wallet sign` and `tao wallet verify`.

use clap::Args;
use serde_json::json;

use super::PasswordArgs;
use crate::cli::keys::{
    agent_sign, hotkey_name, open_wallet, passwords, unlock, wallet_coldkey, wallet_hotkey,
};
use crate::cli::{CmdResult, Context, Report};
use crate::error::ExitStatus;
use crate::wallet::keypair;

// ---------------------------------------------------------------------------------------------
// sign, verify

/// Sign a message with the coldkey (or the hotkey)
///
/// A message starting with `0x` is signed as the bytes its hex encodes, anything else as its
/// UTF-8 bytes (btwallet's rule). Prints the signature (0x hex); --json adds the address.
///
/// Examples:
///   tao wallet sign --message "hello" --password-file pw.txt
///   tao wallet sign --message 0xdeadbeef --use-hotkey --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SignArgs {
    /// The message: `0x…` hex for bytes, else text
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub message: String,
    /// Sign with the hotkey instead of the coldkey
    #[arg(long, alias = "use_hotkey")]
    pub use_hotkey: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

impl SignArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        let message = keypair::message_bytes(&self.message)?;
        let wallet = open_wallet(ctx)?;
        let (file, what) = if self.use_hotkey {
            (wallet.hotkey(&hotkey_name(ctx)?)?, "hotkey")
        } else {
            (wallet.coldkey(), "coldkey")
        };
        // The key agent, when it holds this key: no file is decrypted.
        if !ctx.no_agent && crate::agent::socket_from_env().is_some() {
            let public = if self.use_hotkey {
                wallet_hotkey(ctx)?
            } else {
                wallet_coldkey(ctx)?
            };
            let description = format!("a message of {} bytes", message.len());
            if let Some(signature) = agent_sign(ctx, &public, &description, &message) {
                let signature_hex = format!("0x{}", hex::encode(signature));
                let ss58 = crate::ss58::encode_default(&public);
                let data = json!({ "signature": signature_hex, "ss58": ss58, "key": what });
                return Ok(Report::new(data, format!("{signature_hex}\n")));
            }
        }
        let (unlocked, _) = unlock(
            ctx,
            &file,
            what,
            &passwords(self.password.password_file.as_deref()),
        )?;
        let key = &unlocked.keypair;
        let signature = key.sign(&message)?;
        let signature_hex = format!("0x{}", hex::encode(signature));
        let data = json!({ "signature": signature_hex, "ss58": key.ss58_address(), "key": what });
        let mut report = Report::new(data, format!("{signature_hex}\n"));
        report.warnings = unlocked.warnings.clone();
        Ok(report)
    }
}

/// Verify a signature (exit 0 when valid, 1 when not)
///
/// The message is read as `sign` reads it. A signature over the message wrapped in
/// `<Bytes>…</Bytes>` (polkadot-js signRaw) is accepted too, as btwallet does.
///
/// Examples:
///   tao wallet verify --message hello --signature 0x… --address 5Grw…
///   tao wallet verify --message 0xdeadbeef --signature "$SIG" --address "$ADDR" --json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// The message: `0x…` hex for bytes, else text
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub message: String,
    /// The signature (0x + 128 hex digits)
    #[arg(long, value_name = "HEX")]
    pub signature: String,
    /// The signer's SS58 address
    #[arg(long, value_name = "SS58", alias = "ss58")]
    pub address: String,
}

impl VerifyArgs {
    /// Run the command.
    pub fn run(self, _ctx: &Context) -> CmdResult {
        let message = keypair::message_bytes(&self.message)?;
        let signature = keypair::parse_signature(&self.signature)?;
        let public = keypair::ss58_decode(self.address.trim())?;
        let valid = keypair::verify(&public, &message, &signature);
        let data = json!({ "valid": valid, "ss58": self.address.trim() });
        let mut report = Report::new(data, if valid { "valid\n" } else { "invalid\n" });
        if !valid {
            report.exit = ExitStatus::Failure;
        }
        Ok(report)
    }
}
