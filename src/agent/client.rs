//! Talking to the agent from a command: connect (with a timeout), one request, one answer.

use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use zeroize::Zeroizing;

use super::AgentError;
use super::protocol::{Held, Request, Response, Status, read_frame, write_frame};
use crate::wallet::Keypair;

/// How long a command waits for the agent.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// A connection to the agent.
pub struct Client {
    path: PathBuf,
    stream: UnixStream,
}

impl Client {
    /// Connect to the agent at `path`.
    pub fn connect(path: &Path) -> Result<Client, AgentError> {
        let stream = UnixStream::connect(path).map_err(|e| AgentError::Unreachable {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let _ = stream.set_read_timeout(Some(TIMEOUT));
        let _ = stream.set_write_timeout(Some(TIMEOUT));
        Ok(Client {
            path: path.to_path_buf(),
            stream,
        })
    }

    /// The socket.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn ask(&mut self, req: &Request) -> Result<Response, AgentError> {
        let lost = |e: String| AgentError::Unreachable {
            path: self.path.display().to_string(),
            reason: e,
        };
        write_frame(&mut self.stream, &req.encode()).map_err(|e| lost(e.to_string()))?;
        let body = read_frame(&mut self.stream)
            .map_err(|e| lost(e.to_string()))?
            .ok_or_else(|| lost("the connection closed".into()))?;
        match Response::decode(&body)? {
            Response::Error(e) => Err(AgentError::Refused(e)),
            r => Ok(r),
        }
    }

    /// Hand `key`'s secret to the agent for `lifetime` (`None`: the agent's own).
    pub fn add(
        &mut self,
        key: &Keypair,
        label: &str,
        lifetime: Option<Duration>,
    ) -> Result<(), AgentError> {
        let secret = key
            .private_key()
            .ok_or_else(|| AgentError::Refused("the key has no secret".into()))?;
        let req = Request::Add {
            public: key.public_key(),
            secret: Zeroizing::new(secret.expose().to_vec()),
            lifetime_secs: lifetime.map_or(0, |d| d.as_secs().max(1)),
            label: label.to_string(),
        };
        match self.ask(&req)? {
            Response::Ok => Ok(()),
            other => Err(unexpected(&other)),
        }
    }

    /// A signature of `message` by `public`, or `None` when the agent does not hold that key.
    pub fn sign(
        &mut self,
        public: &[u8; 32],
        description: &str,
        message: &[u8],
    ) -> Result<Option<[u8; 64]>, AgentError> {
        let req = Request::Sign {
            public: *public,
            description: description.to_string(),
            message: message.to_vec(),
        };
        match self.ask(&req)? {
            Response::Signature(s) => Ok(Some(s)),
            Response::NotHeld => Ok(None),
            other => Err(unexpected(&other)),
        }
    }

    /// The keys held.
    pub fn list(&mut self) -> Result<Vec<Held>, AgentError> {
        match self.ask(&Request::List)? {
            Response::Keys(k) => Ok(k),
            other => Err(unexpected(&other)),
        }
    }

    /// Forget one key; `false` when it was not held.
    pub fn remove(&mut self, public: &[u8; 32]) -> Result<bool, AgentError> {
        match self.ask(&Request::Remove { public: *public })? {
            Response::Ok => Ok(true),
            Response::NotHeld => Ok(false),
            other => Err(unexpected(&other)),
        }
    }

    /// Forget every key.
    pub fn lock(&mut self) -> Result<(), AgentError> {
        match self.ask(&Request::Lock)? {
            Response::Ok => Ok(()),
            other => Err(unexpected(&other)),
        }
    }

    /// Stop the agent.
    pub fn stop(&mut self) -> Result<(), AgentError> {
        match self.ask(&Request::Stop)? {
            Response::Ok => Ok(()),
            other => Err(unexpected(&other)),
        }
    }

    /// The agent's state.
    pub fn status(&mut self) -> Result<Status, AgentError> {
        match self.ask(&Request::Status)? {
            Response::Status(s) => Ok(s),
            other => Err(unexpected(&other)),
        }
    }
}

fn unexpected(r: &Response) -> AgentError {
    AgentError::Protocol(format!("an unexpected answer {r:?}"))
}
