//! What `tao view` reads: the new-heads subscription, and one [`Snapshot`] per head (balances
//! and stake of the chosen wallets, every subnet with its price, a subnet's metagraph and, while
//! a weight row is being edited, that subnet's epoch input for the Yuma preview).
//!
//! Every read is one of the typed reads the commands use ([`super::read`], the weights
//! preview's [`epoch_inputs`]), at the head's block. Nothing here signs or submits.

use subxt::rpcs::client::{RpcParams, RpcSubscription};

use super::client::{Chain, ConnectOptions, Rpc, StorageQuery, arg_u16};
use super::error::ChainError;
use super::extrinsics::weights::epoch_inputs;
use super::read::{self, Balance, Metagraph, StakePosition, Subnet};
use super::tx::TxChain;
use super::value::u64_of;
use crate::yuma::SubnetInput;

/// A wallet's coldkey and its balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletBalance {
    /// The wallet's name (or the address, for a key given by address).
    pub name: String,
    /// The coldkey.
    pub coldkey: [u8; 32],
    /// Its balance.
    pub balance: Balance,
}

/// One stake position of a chosen wallet, valued at the subnet's price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// The wallet's name.
    pub wallet: String,
    /// The position.
    pub position: StakePosition,
    /// The subnet's token symbol.
    pub symbol: String,
    /// The α price, rao of TAO per α.
    pub price: u64,
    /// The TAO value at that price (no slippage), rao.
    pub value: u64,
}

/// A subnet and its α price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubnetRow {
    /// The subnet (`DynamicInfo`).
    pub subnet: Subnet,
    /// The α price, rao of TAO per α.
    pub price: u64,
    /// The block of an owner-triggered epoch (`PendingEpochAt`; 0: none).
    pub pending_epoch: u64,
}

impl SubnetRow {
    /// The block of the next epoch after `now` by the chain's scheduler (`last_step + tempo`,
    /// an owner-triggered epoch when that is sooner, or the next block when overdue); none for
    /// a subnet without epochs (tempo 0).
    pub fn next_epoch(&self, now: u64) -> Option<u64> {
        read::next_epoch_scheduled(
            self.subnet.tempo,
            self.subnet.last_step,
            self.pending_epoch,
            now,
        )
    }
}

/// Each subnet's owner-triggered epoch (`PendingEpochAt`, spec 425; 0 where none is pending or
/// the runtime has none), in one batch.
async fn pending_epochs(chain: &Chain, netuids: &[u16]) -> Result<Vec<u64>, ChainError> {
    if !chain.has_storage("SubtensorModule", "PendingEpochAt") || netuids.is_empty() {
        return Ok(vec![0; netuids.len()]);
    }
    let q: Vec<StorageQuery> = netuids
        .iter()
        .map(|n| StorageQuery::new("SubtensorModule", "PendingEpochAt", vec![arg_u16(*n)]))
        .collect();
    chain
        .storage(&q)
        .await?
        .iter()
        .map(|v| {
            v.as_ref()
                .map(u64_of)
                .transpose()
                .map(Option::unwrap_or_default)
        })
        .collect()
}

/// A subnet's epoch input, as the weights preview reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct EpochData {
    /// One input per mechanism.
    pub input: SubnetInput,
    /// The block of the epoch it previews.
    pub epoch_block: u64,
}

/// Everything the view shows, read at one block.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The block read.
    pub block: u64,
    /// The chosen wallets' balances.
    pub wallets: Vec<WalletBalance>,
    /// Their stake positions, by wallet, subnet and hotkey.
    pub positions: Vec<Position>,
    /// Every subnet, by netuid.
    pub subnets: Vec<SubnetRow>,
    /// The chosen subnet's metagraph (none when the subnet does not exist).
    pub metagraph: Option<Metagraph>,
    /// The chosen subnet's epoch input, when asked for.
    pub epoch: Option<EpochData>,
}

/// What to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// The wallets: name and coldkey.
    pub wallets: Vec<(String, [u8; 32])>,
    /// The subnet of the metagraph.
    pub netuid: u16,
    /// Whether to read the subnet's epoch input (for the Yuma preview).
    pub epoch: bool,
}

/// The new-heads subscription (`chain_subscribeNewHeads`).
pub struct Heads {
    sub: RpcSubscription<serde_json::Value>,
    url: String,
}

impl Heads {
    /// Subscribe over `rpc`.
    pub async fn subscribe(rpc: &Rpc) -> Result<Heads, ChainError> {
        let sub = rpc
            .client()
            .subscribe(
                "chain_subscribeNewHeads",
                RpcParams::new(),
                "chain_unsubscribeNewHeads",
            )
            .await
            .map_err(|e| {
                super::client::transport_or_malformed(rpc.url(), "chain_subscribeNewHeads", &e)
            })?;
        Ok(Heads {
            sub,
            url: rpc.url().to_string(),
        })
    }

    /// The next head's block number; an error when the subscription ended (the connection
    /// closed) or sent something that is not a header.
    pub async fn next(&mut self) -> Result<u64, ChainError> {
        let method = "chain_subscribeNewHeads";
        match self.sub.next().await {
            None => Err(ChainError::Transport {
                url: self.url.clone(),
                method: method.to_string(),
                reason: "the subscription ended (connection closed)".to_string(),
            }),
            Some(Err(e)) => Err(super::client::transport_or_malformed(&self.url, method, &e)),
            Some(Ok(header)) => header
                .get("number")
                .and_then(serde_json::Value::as_str)
                .and_then(|n| u64::from_str_radix(n.trim_start_matches("0x"), 16).ok())
                .ok_or_else(|| ChainError::decode("a new head", "no block number")),
        }
    }
}

/// Whether `e` means the connection is gone (reconnect) rather than a bad answer.
pub fn connection_lost(e: &ChainError) -> bool {
    matches!(
        e,
        ChainError::Transport { .. } | ChainError::Unreachable { .. } | ChainError::Timeout { .. }
    )
}

/// Connect and subscribe: the chain pinned at the finalized head, and its new heads.
pub async fn connect(opts: &ConnectOptions) -> Result<(Chain, Heads), ChainError> {
    let chain = Chain::connect(opts, None).await?;
    let heads = Heads::subscribe(chain.rpc()).await?;
    Ok((chain, heads))
}

/// The chain pinned at block `number` (its hash from `chain_getBlockHash`).
pub async fn at_block(chain: &Chain, number: u64) -> Result<Chain, ChainError> {
    let hash: Option<String> = chain
        .rpc()
        .request("chain_getBlockHash", vec![serde_json::json!(number)], None)
        .await?;
    let hash = hash.ok_or_else(|| ChainError::BlockNotFound(format!("#{number}")))?;
    let bytes = hex::decode(hash.trim_start_matches("0x"))
        .map_err(|e| ChainError::decode("a block hash", e))?;
    let hash = <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| ChainError::decode("a block hash", "not 32 bytes"))?;
    chain.repin(hash, Some(number)).await
}

/// Read everything the view shows at the pinned block of `tc` (numbered `block`).
pub async fn snapshot(tc: &TxChain, block: u64, req: &Request) -> Result<Snapshot, ChainError> {
    let chain = &tc.chain;
    let keys: Vec<[u8; 32]> = req.wallets.iter().map(|(_, k)| *k).collect();
    let ((_, balances), positions, subnets) = subxt::ext::futures::future::try_join3(
        read::balances(chain, &keys),
        read::stake_of(chain, &keys),
        read::subnets(chain),
    )
    .await?;
    let netuids: Vec<u16> = subnets.iter().map(|s| s.netuid).collect();
    let exists = netuids.contains(&req.netuid);
    let metagraph = async {
        if exists {
            read::metagraph(chain, req.netuid).await.map(Some)
        } else {
            Ok(None)
        }
    };
    let epoch = async {
        if !(exists && req.epoch) {
            return Ok(None);
        }
        let (next, _) = read::next_epoch(chain, req.netuid).await?;
        let epoch_block = next.map(|e| e.block).unwrap_or(block + 1);
        let (input, _) = epoch_inputs(tc, req.netuid, epoch_block).await?;
        Ok(Some(EpochData { input, epoch_block }))
    };
    let ((prices, _), metagraph, epoch, pending) = subxt::ext::futures::future::try_join4(
        read::prices(chain, &netuids),
        metagraph,
        epoch,
        pending_epochs(chain, &netuids),
    )
    .await?;
    let price = |n: u16| prices.get(&n).copied().unwrap_or(0);
    let symbol = |n: u16| {
        subnets
            .iter()
            .find(|s| s.netuid == n)
            .map(|s| s.symbol.clone())
            .unwrap_or_else(|| "α".to_string())
    };
    let name_of = |c: &[u8; 32]| {
        req.wallets
            .iter()
            .find(|(_, k)| k == c)
            .map(|(n, _)| n.clone())
            .unwrap_or_default()
    };
    let mut positions: Vec<Position> = positions
        .into_iter()
        .map(|p| Position {
            wallet: name_of(&p.coldkey),
            symbol: symbol(p.netuid),
            price: price(p.netuid),
            value: read::tao_value(p.stake, price(p.netuid)),
            position: p,
        })
        .collect();
    positions.sort_by(|a, b| {
        (&a.wallet, a.position.netuid, a.position.hotkey).cmp(&(
            &b.wallet,
            b.position.netuid,
            b.position.hotkey,
        ))
    });
    Ok(Snapshot {
        block,
        wallets: req
            .wallets
            .iter()
            .zip(balances)
            .map(|((name, coldkey), balance)| WalletBalance {
                name: name.clone(),
                coldkey: *coldkey,
                balance,
            })
            .collect(),
        positions,
        subnets: subnets
            .into_iter()
            .zip(pending)
            .map(|(s, pending_epoch)| SubnetRow {
                price: price(s.netuid),
                pending_epoch,
                subnet: s,
            })
            .collect(),
        metagraph,
        epoch,
    })
}
