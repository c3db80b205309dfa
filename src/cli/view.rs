//! `tao view`: the live dashboard. The command takes over the terminal (raw mode, alternate
//! screen, a panic hook that gives it back) and runs a [`ViewLoop`]: keys from a thread reading
//! the terminal, new heads from the node's subscription, one read of the chain per head in a
//! task of its own so that keys are answered while it runs, and a reconnection with back-off
//! when the connection is lost. The loop takes any ratatui backend and any event channel, so
//! tests drive it on a `TestBackend`.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self as term_event, KeyEvent};
use serde_json::json;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::chain::tx::TxChain;
use crate::chain::view::{self as reads, Heads, Request, Snapshot};
use crate::chain::{Chain, ChainError, ConnectOptions};
use crate::cli::args::parse_addresses;
use crate::cli::connect::block_on;
use crate::cli::keys::{all_wallet_coldkeys, wallet_coldkey, wallet_hotkey};
use crate::cli::{CmdResult, Context, Report};
use crate::error::Failure;
use crate::ss58;
use crate::ui::view::{Action, Connection, ViewState, on_key, render};

/// Watch balances, stake, subnets and a metagraph live, block by block.
///
/// A full-screen terminal dashboard with three panes: the portfolio (balances and stake of the
/// wallet, of `--all` wallets or of `--ss58` addresses), the subnets (price, emission, the
/// countdown to each epoch) and the metagraph of `--netuid`. It reads the chain again on every
/// new block (a `chain_subscribeNewHeads` subscription), and reconnects when the connection is
/// lost. In the metagraph pane, `e` edits a validator's weight row in place and shows the Yuma
/// preview of the subnet's next epoch with that row; nothing is ever signed from the view.
/// Press `?` for the keys, `q`, Esc or Ctrl-C to leave. It needs a terminal (no `--json`).
///
/// Examples:
///   tao view
///   tao view --netuid 3 --all
///   tao view --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY --network local
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ViewArgs {
    /// The subnet of the metagraph pane (another can be chosen in the view)
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub netuid: u16,
    /// Every wallet under the wallet path
    #[arg(long, conflicts_with = "ss58")]
    pub all: bool,
    /// These coldkey addresses instead of the wallet's (repeatable)
    #[arg(long, value_name = "ADDR", num_args = 1..)]
    pub ss58: Vec<String>,
    /// Seconds to wait for the node to accept the connection
    #[arg(long, value_name = "SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=120))]
    pub timeout: u64,
}

/// The refusal when there is no terminal to draw on.
fn no_terminal(why: &str) -> Failure {
    Failure::usage(
        "view.not_a_terminal",
        format!("`tao view` draws a live dashboard and needs a terminal: {why}"),
    )
    .with_hint("read the same data once with `tao wallet balance`, `tao subnets list` and `tao subnets metagraph --netuid N` (each with --json)")
}

impl ViewArgs {
    /// Run the command.
    pub fn run(self, ctx: &Context) -> CmdResult {
        if ctx.json {
            return Err(no_terminal("it has no --json form"));
        }
        if !std::io::stdout().is_terminal() {
            return Err(no_terminal("stdout is not a terminal"));
        }
        let wallets: Vec<(String, [u8; 32])> = if !self.ss58.is_empty() {
            parse_addresses(&self.ss58)?
                .into_iter()
                .map(|k| (ss58::encode_default(&k), k))
                .collect()
        } else if self.all {
            let all = all_wallet_coldkeys(ctx)?;
            if all.is_empty() {
                return Err(Failure::user(
                    "wallet.none",
                    "no wallet with a coldkeypub.txt under the wallet path",
                )
                .with_hint("create one with `tao wallet create`, or pass `--ss58 ADDR`"));
            }
            all
        } else {
            vec![(ctx.settings.wallet_name().to_string(), wallet_coldkey(ctx)?)]
        };
        let hotkey = if self.ss58.is_empty() {
            wallet_hotkey(ctx).ok()
        } else {
            None
        };
        let network = ctx.settings.network();
        let opts = ConnectOptions::new(network.url.clone(), Duration::from_secs(self.timeout));
        let mut state = ViewState::new(network.name.clone(), self.netuid, hotkey);
        state.color = ctx.printer.color_stdout;
        let blocks = block_on(async {
            // The first connection is made before the terminal is taken: a node that cannot be
            // reached is the usual failure (exit 4), not a dashboard that waits.
            let link = reads::connect(&opts).await.map_err(Failure::from)?;
            let terminal = ratatui::try_init().map_err(|e| {
                Failure::usage("view.terminal", format!("cannot set up the terminal: {e}"))
            })?;
            let (tx, rx) = mpsc::unbounded_channel();
            let reader = std::thread::spawn(move || read_terminal(&tx));
            let mut view = ViewLoop::new(terminal, state, opts, wallets, rx);
            view.attach(link);
            let result = view.run().await;
            let blocks = view.blocks;
            drop(view);
            ratatui::restore();
            let _ = reader.join();
            result.map(|()| blocks)
        })??;
        // Nothing to print: the dashboard was the output.
        Ok(Report::new(json!({ "blocks": blocks }), String::new()))
    }
}

/// An input to the loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A key.
    Key(KeyEvent),
    /// The terminal was resized.
    Resize,
}

/// Forward the terminal's keys and resizes until the loop stops listening.
fn read_terminal(tx: &mpsc::UnboundedSender<Event>) {
    while !tx.is_closed() {
        match term_event::poll(Duration::from_millis(100)) {
            Ok(false) => continue,
            Ok(true) => {}
            Err(_) => return,
        }
        let event = match term_event::read() {
            Ok(term_event::Event::Key(k)) => Event::Key(k),
            Ok(term_event::Event::Resize(..)) => Event::Resize,
            Ok(_) => continue,
            Err(_) => return,
        };
        if tx.send(event).is_err() {
            return;
        }
    }
}

/// What [`ViewLoop::step`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Keep going.
    Continue,
    /// The person left (or the event channel closed).
    Quit,
}

/// What a task of the loop gave back.
type Joined<T> = Result<Result<T, ChainError>, tokio::task::JoinError>;

/// What a step woke up for.
enum Wake {
    Event(Option<Event>),
    Head(Result<u64, ChainError>),
    Read(Box<Joined<(Chain, Snapshot)>>),
    Connected(Box<Joined<(Chain, Heads)>>),
    Tick,
    Interrupt,
}

/// The dashboard's loop: a terminal, the state it draws, the connection and the events.
pub struct ViewLoop<B: Backend> {
    /// The terminal drawn on.
    pub terminal: Terminal<B>,
    /// What is drawn.
    pub state: ViewState,
    /// Snapshots taken so far.
    pub blocks: u64,
    opts: ConnectOptions,
    wallets: Vec<(String, [u8; 32])>,
    events: mpsc::UnboundedReceiver<Event>,
    chain: Option<Arc<Chain>>,
    heads: Option<Heads>,
    reading: Option<JoinHandle<Result<(Chain, Snapshot), ChainError>>>,
    connecting: Option<JoinHandle<Result<(Chain, Heads), ChainError>>>,
    /// A head that came while a read was running (read next).
    queued: Option<u64>,
    /// A read asked for by a key while another ran.
    again: bool,
    retry_at: Option<Instant>,
    attempt: u32,
    /// SIGTERM and SIGHUP, listened for from the first step (`None` inside: not installable).
    stop_signals: Option<Vec<tokio::signal::unix::Signal>>,
}

/// The wait before reconnection attempt `attempt` (1, 2, 4, … up to 30 s).
fn backoff(attempt: u32) -> Duration {
    Duration::from_secs(1u64 << attempt.saturating_sub(1).min(5)).min(Duration::from_secs(30))
}

/// The first of the signals that ask the view to stop; never, without any.
async fn stop_signal(signals: Option<&mut Vec<tokio::signal::unix::Signal>>) {
    let Some(signals) = signals.filter(|s| !s.is_empty()) else {
        return std::future::pending().await;
    };
    let waits = signals.iter_mut().map(|s| Box::pin(s.recv()));
    subxt::ext::futures::future::select_all(waits).await;
}

async fn maybe<T>(h: Option<&mut JoinHandle<T>>) -> Result<T, tokio::task::JoinError> {
    match h {
        Some(h) => h.await,
        None => std::future::pending().await,
    }
}

async fn next_head(heads: Option<&mut Heads>) -> Result<u64, ChainError> {
    match heads {
        Some(h) => h.next().await,
        None => std::future::pending().await,
    }
}

async fn tick(at: Option<Instant>) {
    match at {
        // Wake each second to count down, and at the retry.
        Some(at) => tokio::time::sleep_until(at.min(Instant::now() + Duration::from_secs(1))).await,
        None => std::future::pending().await,
    }
}

impl<B: Backend> ViewLoop<B> {
    /// A loop that is not connected yet: [`ViewLoop::attach`] a connection, or let
    /// [`ViewLoop::step`] make one.
    pub fn new(
        terminal: Terminal<B>,
        state: ViewState,
        opts: ConnectOptions,
        wallets: Vec<(String, [u8; 32])>,
        events: mpsc::UnboundedReceiver<Event>,
    ) -> ViewLoop<B> {
        ViewLoop {
            terminal,
            state,
            blocks: 0,
            opts,
            wallets,
            events,
            chain: None,
            heads: None,
            reading: None,
            connecting: None,
            queued: None,
            again: false,
            // Connect at the first step unless a connection is attached.
            retry_at: Some(Instant::now()),
            attempt: 0,
            stop_signals: None,
        }
    }

    /// Use this connection (from [`reads::connect`]).
    pub fn attach(&mut self, (chain, heads): (Chain, Heads)) {
        self.chain = Some(Arc::new(chain));
        self.heads = Some(heads);
        self.retry_at = None;
        self.attempt = 0;
        if self.state.connection != Connection::Live {
            self.state.connection = Connection::Connecting;
        }
    }

    /// Draw the state.
    pub fn draw(&mut self) -> Result<(), Failure> {
        let state = &self.state;
        self.terminal
            .draw(|f| render(f, state))
            .map(|_| ())
            .map_err(|e| Failure::usage("view.terminal", format!("cannot draw: {e}")))
    }

    /// Draw, then step until the person leaves.
    pub async fn run(&mut self) -> Result<(), Failure> {
        self.draw()?;
        while self.step().await? == Step::Continue {}
        Ok(())
    }

    /// Wait for the next thing to happen (a key, a head, a finished read, a reconnection, the
    /// retry timer), act on it and redraw.
    pub async fn step(&mut self) -> Result<Step, Failure> {
        if self.chain.is_none()
            && self.connecting.is_none()
            && let Some(at) = self.retry_at
            && Instant::now() >= at
        {
            self.retry_at = None;
            let opts = self.opts.clone();
            self.connecting = Some(tokio::spawn(async move {
                let connect = reads::connect(&opts);
                match tokio::time::timeout(opts.timeout, connect).await {
                    Ok(r) => r,
                    Err(_) => Err(ChainError::Unreachable {
                        url: opts.url.clone(),
                        reason: format!("no connection within {} s", opts.timeout.as_secs()),
                    }),
                }
            }));
        }
        if self.stop_signals.is_none() {
            use tokio::signal::unix::{SignalKind, signal};
            self.stop_signals = Some(
                [SignalKind::terminate(), SignalKind::hangup()]
                    .into_iter()
                    .filter_map(|k| signal(k).ok())
                    .collect(),
            );
        }
        let wake = tokio::select! {
            e = self.events.recv() => Wake::Event(e),
            r = maybe(self.reading.as_mut()) => Wake::Read(Box::new(r)),
            c = maybe(self.connecting.as_mut()) => Wake::Connected(Box::new(c)),
            h = next_head(self.heads.as_mut()) => Wake::Head(h),
            () = tick(self.retry_at) => Wake::Tick,
            // SIGINT from outside the terminal (in raw mode Ctrl-C is a key); a handler that
            // cannot be installed disables the branch.
            Ok(()) = tokio::signal::ctrl_c() => Wake::Interrupt,
            // SIGTERM or SIGHUP (a closed terminal): stop and restore the terminal.
            () = stop_signal(self.stop_signals.as_mut()) => Wake::Interrupt,
        };
        match wake {
            Wake::Event(None) | Wake::Interrupt => return Ok(Step::Quit),
            Wake::Event(Some(Event::Resize)) => {}
            Wake::Event(Some(Event::Key(k))) => match on_key(&mut self.state, k) {
                Action::Quit => return Ok(Step::Quit),
                Action::Redraw => {}
                Action::Refresh => match self.state.block() {
                    Some(_) if self.reading.is_some() => self.again = true,
                    Some(b) => self.read(b),
                    None => {}
                },
            },
            Wake::Head(Ok(n)) => {
                if self.reading.is_some() {
                    self.queued = Some(n);
                } else {
                    self.read(n);
                }
            }
            Wake::Head(Err(e)) => self.lost(e),
            Wake::Read(r) => {
                self.reading = None;
                match *r {
                    Ok(Ok((chain, snapshot))) => {
                        self.chain = Some(Arc::new(chain));
                        self.state.message = None;
                        self.state.set_snapshot(snapshot);
                        self.blocks += 1;
                    }
                    Ok(Err(e)) if reads::connection_lost(&e) => self.lost(e),
                    Ok(Err(e)) => {
                        self.state.message = Some(format!("the last read failed: {e}"));
                    }
                    Err(e) => {
                        self.state.message = Some(format!("the last read failed: {e}"));
                    }
                }
                if let Some(n) = self.queued.take() {
                    self.read(n);
                } else if std::mem::take(&mut self.again)
                    && let Some(b) = self.state.block()
                {
                    self.read(b);
                }
            }
            Wake::Connected(c) => {
                self.connecting = None;
                match *c {
                    Ok(Ok(link)) => self.attach(link),
                    Ok(Err(e)) => self.lost(e),
                    Err(e) => self.lost(ChainError::Unreachable {
                        url: self.opts.url.clone(),
                        reason: e.to_string(),
                    }),
                }
            }
            Wake::Tick => {
                if let (Some(at), Connection::Lost { retry_in, .. }) =
                    (self.retry_at, &mut self.state.connection)
                {
                    *retry_in = at.saturating_duration_since(Instant::now()).as_secs();
                }
            }
        }
        self.draw()?;
        Ok(Step::Continue)
    }

    /// Start reading block `n` in a task of its own.
    fn read(&mut self, n: u64) {
        let Some(base) = self.chain.clone() else {
            return;
        };
        let req = Request {
            wallets: self.wallets.clone(),
            netuid: self.state.netuid,
            epoch: self.state.wants_epoch(),
        };
        self.reading = Some(tokio::spawn(async move {
            let chain = reads::at_block(&base, n).await?;
            let tc = TxChain::over(chain);
            let snapshot = reads::snapshot(&tc, n, &req).await?;
            Ok((tc.chain, snapshot))
        }));
    }

    /// The connection is gone: keep the data, show why, and retry with back-off.
    fn lost(&mut self, e: ChainError) {
        self.chain = None;
        self.heads = None;
        if let Some(r) = self.reading.take() {
            r.abort();
        }
        self.queued = None;
        self.attempt += 1;
        let wait = backoff(self.attempt);
        self.retry_at = Some(Instant::now() + wait);
        self.state.connection = Connection::Lost {
            reason: e.to_string(),
            attempt: self.attempt,
            retry_in: wait.as_secs(),
        };
    }
}
