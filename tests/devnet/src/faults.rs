//! Fault injection for client tests: slow answers, connections that break after some requests
//! or right after a submission, answers that are not JSON, SCALE values cut short, and a genesis
//! hash that is not the chain's.
//!
//! Three pieces carry them out:
//! - [`FaultLayer`], a JSON-RPC middleware around every method (the `dev_*` hooks are exempt):
//!   the delay, the drop after N requests or after `author_submitExtrinsic`, and the marking of
//!   answers to be mangled;
//! - [`pump`], which sits between each client socket and the server: it closes the socket at
//!   once when a drop fires (no close frame, no pending answer delivered, as when a node dies or
//!   a proxy cuts the line) and turns each marked WebSocket answer into text that is not JSON
//!   (the server itself only ever writes valid JSON);
//! - the handlers in `rpc.rs`, which cut SCALE values short and report the fake genesis.

use crate::rpc::Ctx;
use jsonrpsee::core::middleware::{Batch, Notification, Request, RpcServiceT};
use jsonrpsee::core::server::ResponsePayload;
use jsonrpsee::server::MethodResponse;
use sp_core::H256;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::watch;

/// The answer the middleware puts in place of one to be mangled; the pump finds it in the
/// outgoing frame and cuts the frame's JSON off just before it.
const MARKER: &str = "tao-devnet-fault-malformed-7d1c0e";

/// The faults armed on a devnet (all off at start).
pub(crate) struct Faults {
    delay_ms: AtomicU64,
    /// Requests still answered before every connection is cut.
    drop_after_requests: Mutex<Option<u64>>,
    drop_after_submit: AtomicBool,
    malformed: AtomicU64,
    truncated: AtomicU64,
    /// The hash reported for block 0, once `after` more truthful answers have been given.
    genesis: Mutex<Option<(H256, u64)>>,
    /// Bumped to cut every open connection.
    kill: watch::Sender<u64>,
}

impl Faults {
    pub(crate) fn new() -> Faults {
        Faults {
            delay_ms: AtomicU64::new(0),
            drop_after_requests: Mutex::new(None),
            drop_after_submit: AtomicBool::new(false),
            malformed: AtomicU64::new(0),
            truncated: AtomicU64::new(0),
            genesis: Mutex::new(None),
            kill: watch::channel(0).0,
        }
    }

    fn take_one(counter: &AtomicU64) -> bool {
        counter
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }

    /// Whether this request is the one at which the connections are cut.
    fn request_drops(&self) -> bool {
        let mut d = self.drop_after_requests.lock().expect("faults lock");
        match d.as_mut() {
            Some(0) => {
                *d = None;
                true
            }
            Some(n) => {
                *n -= 1;
                false
            }
            None => false,
        }
    }

    /// Whether the answer of this `state_call`/`state_getStorage*` is to be cut short.
    pub(crate) fn take_truncation(&self) -> bool {
        Faults::take_one(&self.truncated)
    }

    /// Whether the watched submission just accepted is followed by a cut.
    pub(crate) fn take_drop_after_submit(&self) -> bool {
        self.drop_after_submit.swap(false, Ordering::SeqCst)
    }

    /// The hash to report for block 0, given the real one.
    pub(crate) fn genesis_reported(&self, real: H256) -> H256 {
        let mut g = self.genesis.lock().expect("faults lock");
        match g.as_mut() {
            Some((_, after)) if *after > 0 => {
                *after -= 1;
                real
            }
            Some((fake, _)) => *fake,
            None => real,
        }
    }

    pub(crate) fn kill_receiver(&self) -> watch::Receiver<u64> {
        self.kill.subscribe()
    }
}

/// The first half of a SCALE value (an empty value stays empty).
pub(crate) fn truncate(bytes: &[u8]) -> Vec<u8> {
    bytes[..bytes.len() / 2].to_vec()
}

impl Ctx {
    /// Delays every answer (and the start of every subscription) by `ms` milliseconds; 0 turns
    /// it off.
    pub fn delay_responses(&self, ms: u64) {
        self.faults.delay_ms.store(ms, Ordering::SeqCst);
    }

    /// Answers the next `n` requests, then cuts every open connection when request `n + 1`
    /// arrives, without answering it (the `dev_*` hooks do not count). New connections work.
    pub fn drop_connections_after_requests(&self, n: u64) {
        *self.faults.drop_after_requests.lock().expect("faults lock") = Some(n);
    }

    /// Cuts every open connection right after the next `author_submitExtrinsic` or
    /// `author_submitAndWatchExtrinsic` is accepted: the transaction is in the pool (and is
    /// included as usual) but the submitter gets no hash and no status.
    pub fn drop_connections_after_submit(&self) {
        self.faults.drop_after_submit.store(true, Ordering::SeqCst);
    }

    /// Answers the next `n` method calls with text that is not JSON (the call still runs).
    pub fn malformed_responses(&self, n: u64) {
        self.faults.malformed.store(n, Ordering::SeqCst);
    }

    /// Answers the next `n` `state_call`, `state_getStorage`, `state_getStorageAt` and
    /// `state_queryStorageAt` requests with their SCALE values cut to the first half.
    pub fn truncate_scale(&self, n: u64) {
        self.faults.truncated.store(n, Ordering::SeqCst);
    }

    /// Reports `fake` as the hash of block 0 (`chain_getBlockHash(0)`) after the next `after`
    /// truthful answers, as a node of another chain would; `None` reports the real one again.
    /// Transactions are still checked against the real genesis.
    pub fn set_genesis_hash(&self, fake: Option<H256>, after: u64) {
        *self.faults.genesis.lock().expect("faults lock") = fake.map(|h| (h, after));
    }

    /// Turns every fault off.
    pub fn reset_faults(&self) {
        let f = &self.faults;
        f.delay_ms.store(0, Ordering::SeqCst);
        *f.drop_after_requests.lock().expect("faults lock") = None;
        f.drop_after_submit.store(false, Ordering::SeqCst);
        f.malformed.store(0, Ordering::SeqCst);
        f.truncated.store(0, Ordering::SeqCst);
        *f.genesis.lock().expect("faults lock") = None;
    }

    /// Cuts every open connection now (the socket closes without a WebSocket close frame).
    pub fn cut_connections(&self) {
        self.faults.kill.send_modify(|g| *g += 1);
    }
}

/// The middleware layer: wraps each connection's RPC service.
#[derive(Clone)]
pub(crate) struct FaultService<S> {
    pub(crate) inner: S,
    pub(crate) ctx: Arc<Ctx>,
}

impl<S> RpcServiceT for FaultService<S>
where
    S: RpcServiceT<
            MethodResponse = MethodResponse,
            BatchResponse = MethodResponse,
            NotificationResponse = MethodResponse,
        > + Clone
        + Send
        + Sync
        + 'static,
{
    type MethodResponse = MethodResponse;
    type NotificationResponse = MethodResponse;
    type BatchResponse = MethodResponse;

    fn call<'a>(&self, req: Request<'a>) -> impl Future<Output = MethodResponse> + Send + 'a {
        let inner = self.inner.clone();
        let ctx = self.ctx.clone();
        async move {
            let method = req.method_name().to_string();
            if method.starts_with("dev_") {
                return inner.call(req).await;
            }
            let f = &ctx.faults;
            let delay = f.delay_ms.load(Ordering::SeqCst);
            if delay > 0 {
                tokio::time::sleep(Duration::from_millis(delay)).await;
            }
            if f.request_drops() {
                ctx.cut_connections();
                // Nothing is written for a "notification" answer.
                return MethodResponse::notification();
            }
            let id = req.id().into_owned();
            let rp = inner.call(req).await;
            if method == "author_submitExtrinsic" && rp.is_success() && f.take_drop_after_submit() {
                ctx.cut_connections();
                return MethodResponse::notification();
            }
            if rp.is_method_call() && Faults::take_one(&f.malformed) {
                return MethodResponse::response(id, ResponsePayload::success(MARKER), usize::MAX);
            }
            rp
        }
    }

    fn batch<'a>(&self, batch: Batch<'a>) -> impl Future<Output = MethodResponse> + Send + 'a {
        self.inner.batch(batch)
    }

    fn notification<'a>(
        &self,
        n: Notification<'a>,
    ) -> impl Future<Output = MethodResponse> + Send + 'a {
        self.inner.notification(n)
    }
}

/// Where the server-to-client byte stream is.
enum Down {
    /// The HTTP response head (before the WebSocket upgrade).
    Head,
    /// WebSocket frames.
    Frames,
    /// Plain HTTP: passed through.
    Http,
}

/// Moves complete units out of `buf` into the bytes to send, mangling marked frames.
fn process(buf: &mut Vec<u8>, state: &mut Down) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        match state {
            Down::Http => {
                out.append(buf);
                return out;
            }
            Down::Head => {
                let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
                    if buf.len() > 64 * 1024 {
                        *state = Down::Http;
                        continue;
                    }
                    return out;
                };
                let head: Vec<u8> = buf.drain(..end + 4).collect();
                *state = if head.starts_with(b"HTTP/1.1 101") {
                    Down::Frames
                } else {
                    Down::Http
                };
                out.extend_from_slice(&head);
            }
            Down::Frames => {
                if buf.len() < 2 {
                    return out;
                }
                let len7 = (buf[1] & 0x7f) as usize;
                let masked = buf[1] & 0x80 != 0;
                let (ext, len) = match len7 {
                    126 if buf.len() >= 4 => (2, u16::from_be_bytes([buf[2], buf[3]]) as usize),
                    127 if buf.len() >= 10 => {
                        let mut b = [0u8; 8];
                        b.copy_from_slice(&buf[2..10]);
                        (8, u64::from_be_bytes(b) as usize)
                    }
                    126 | 127 => return out,
                    n => (0, n),
                };
                let start = 2 + ext + if masked { 4 } else { 0 };
                if buf.len() < start + len {
                    return out;
                }
                let frame: Vec<u8> = buf.drain(..start + len).collect();
                let text_final = frame[0] == 0x81 && !masked;
                let payload = &frame[start..];
                match payload
                    .windows(MARKER.len())
                    .position(|w| w == MARKER.as_bytes())
                    .filter(|_| text_final)
                {
                    Some(at) => {
                        // `{"jsonrpc":"2.0","id":N,"result":"` — an unterminated string.
                        let cut = &payload[..at];
                        out.push(0x81);
                        if cut.len() < 126 {
                            out.push(cut.len() as u8);
                        } else {
                            out.push(126);
                            out.extend_from_slice(&(cut.len() as u16).to_be_bytes());
                        }
                        out.extend_from_slice(cut);
                    }
                    None => out.extend_from_slice(&frame),
                }
            }
        }
    }
}

/// Carries one connection between the client's socket and the server's end of `server`,
/// until either side closes or the connections are cut.
pub(crate) async fn pump(
    client: tokio::net::TcpStream,
    server: tokio::io::DuplexStream,
    mut kill: watch::Receiver<u64>,
) {
    kill.borrow_and_update();
    let (mut cr, mut cw) = client.into_split();
    let (mut sr, mut sw) = tokio::io::split(server);
    let up = async {
        let _ = tokio::io::copy(&mut cr, &mut sw).await;
        let _ = sw.shutdown().await;
    };
    let down = async {
        let mut buf = Vec::new();
        let mut chunk = vec![0u8; 64 * 1024];
        let mut state = Down::Head;
        loop {
            let n = match sr.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            buf.extend_from_slice(&chunk[..n]);
            let out = process(&mut buf, &mut state);
            if cw.write_all(&out).await.is_err() {
                break;
            }
        }
        let _ = cw.shutdown().await;
    };
    tokio::select! {
        _ = async { tokio::join!(up, down) } => {}
        _ = kill.changed() => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(payload: &[u8]) -> Vec<u8> {
        let mut f = vec![0x81];
        if payload.len() < 126 {
            f.push(payload.len() as u8);
        } else {
            f.push(126);
            f.extend_from_slice(&(payload.len() as u16).to_be_bytes());
        }
        f.extend_from_slice(payload);
        f
    }

    #[test]
    fn marked_frames_lose_their_json_and_others_pass() {
        let mut state = Down::Head;
        let mut buf = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n".to_vec();
        let plain = frame(br#"{"jsonrpc":"2.0","id":1,"result":"0x00"}"#);
        let marked = format!(r#"{{"jsonrpc":"2.0","id":2,"result":"{MARKER}"}}"#);
        let long = format!(
            r#"{{"jsonrpc":"2.0","id":3,"result":"{}"}}"#,
            "a".repeat(300)
        );
        buf.extend_from_slice(&plain);
        buf.extend_from_slice(&frame(marked.as_bytes()));
        buf.extend_from_slice(&frame(long.as_bytes())[..50]);
        let out = process(&mut buf, &mut state);
        let head_len = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        let rest = &out[head_len..];
        assert_eq!(&rest[..plain.len()], &plain[..]);
        let cut = br#"{"jsonrpc":"2.0","id":2,"result":""#;
        assert_eq!(&rest[plain.len()..], &frame(cut)[..]);
        assert!(serde_json::from_slice::<serde_json::Value>(cut).is_err());
        // The incomplete long frame waits for its remaining bytes.
        assert_eq!(buf.len(), 50);
        buf.extend_from_slice(&frame(long.as_bytes())[50..]);
        assert_eq!(process(&mut buf, &mut state), frame(long.as_bytes()));
    }

    #[test]
    fn truncation_keeps_the_first_half() {
        assert_eq!(truncate(&[1, 2, 3, 4, 5]), vec![1, 2]);
        assert!(truncate(&[]).is_empty());
        assert!(truncate(&[7]).is_empty());
    }
}
