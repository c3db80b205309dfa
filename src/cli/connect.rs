//! The one place that connects to the configured network: a current-thread runtime, the
//! connection with a spinner on a terminal, the pinned block, and chain errors turned into
//! failures. Read commands go through [`read`]; the transaction pipeline through
//! [`transaction_chain`].

use std::time::Duration;

use serde_json::{Value, json};

use crate::chain::tx::TxChain;
use crate::chain::{Chain, ChainError, ConnectOptions};
use crate::cli::Context;
use crate::cli::args::ChainArgs;
use crate::error::{ExitStatus, Failure};
use crate::settings::Network;
use crate::ui::progress::Spinner;

/// Run a future on a fresh current-thread tokio runtime.
pub fn block_on<F: std::future::Future>(f: F) -> Result<F::Output, Failure> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Failure::new(
                ExitStatus::Usage,
                "chain.runtime",
                format!("cannot start the async runtime: {e}"),
            )
        })?;
    Ok(rt.block_on(f))
}

/// What every read command reports about where its data came from.
#[derive(Debug, Clone)]
pub struct Pinned {
    /// Network name.
    pub network: String,
    /// Endpoint.
    pub url: String,
    /// Block hash.
    pub block_hash: String,
    /// Block number, when known.
    pub block_number: Option<u64>,
    /// Runtime spec version.
    pub spec_version: u32,
    /// JSON-RPC requests sent, set-up included.
    pub requests: u64,
    /// Whether the metadata came from the cache.
    pub metadata_cached: bool,
}

impl Pinned {
    /// The `chain` object of the JSON output.
    pub fn json(&self) -> Value {
        json!({
            "network": self.network,
            "url": self.url,
            "block": { "number": self.block_number, "hash": self.block_hash },
            "spec_version": self.spec_version,
            "requests": self.requests,
            "metadata_cached": self.metadata_cached,
        })
    }

    /// A one-line footer for humans.
    pub fn footer(&self) -> String {
        let block = match self.block_number {
            Some(n) => format!("block #{n}"),
            None => format!("block {}", self.block_hash),
        };
        format!(
            "{} · {block} · runtime spec {}\n",
            self.network, self.spec_version
        )
    }
}

/// Connect to the configured network, pin a block and run `f` against it, with a spinner on a
/// terminal. `number` lets `f` report the block number it learned (for example from
/// `System.Number`).
pub fn read<T>(
    ctx: &Context,
    args: &ChainArgs,
    what: &str,
    f: impl AsyncFnOnce(&Chain) -> Result<(T, Option<u64>), ChainError>,
) -> Result<(T, Pinned), Failure> {
    read_with_progress(ctx, args, what, async |chain, _| f(chain).await)
}

/// [`read`], with the spinner handed to `f` so that a long read can report its progress.
pub fn read_with_progress<T>(
    ctx: &Context,
    args: &ChainArgs,
    what: &str,
    f: impl AsyncFnOnce(&Chain, &Spinner) -> Result<(T, Option<u64>), ChainError>,
) -> Result<(T, Pinned), Failure> {
    let network = ctx.settings.network();
    let opts = ConnectOptions::new(network.url.clone(), Duration::from_secs(args.timeout));
    let spinner = connecting(ctx, network);
    let result = block_on(async {
        let chain = Chain::connect(&opts, args.block).await?;
        spinner.set(what);
        let (value, number) = f(&chain, &spinner).await?;
        let pinned = Pinned {
            network: network.name.clone(),
            url: network.url.clone(),
            block_hash: chain.block_hex(),
            block_number: chain.block_number.or(number),
            spec_version: chain.spec_version(),
            requests: chain.requests(),
            metadata_cached: chain.metadata_source == crate::chain::client::MetadataSource::Cache,
        };
        if let crate::chain::client::MetadataSource::Fetched { note } = &chain.metadata_source {
            ctx.printer
                .debug(&format!("downloaded the runtime metadata ({note})"));
        }
        ctx.printer.debug(&format!(
            "{} JSON-RPC requests to {}",
            pinned.requests, pinned.url
        ));
        Ok::<_, ChainError>((value, pinned))
    })?;
    spinner.finish();
    result.map_err(Failure::from)
}

/// The spinner shown while connecting (and then through the command's stages).
fn connecting(ctx: &Context, network: &Network) -> Spinner {
    Spinner::start(
        ctx.printer.progress,
        &format!("connecting to {}", network.url),
    )
}

/// Connect for a transaction (the finalized head pinned), with the spinner that follows the
/// pipeline's stages.
pub async fn transaction_chain(
    ctx: &Context,
    network: &Network,
    timeout: Duration,
) -> Result<(TxChain, Spinner), Failure> {
    let spinner = connecting(ctx, network);
    let opts = ConnectOptions::new(network.url.clone(), timeout);
    let tc = TxChain::connect(&opts).await?;
    Ok((tc, spinner))
}
