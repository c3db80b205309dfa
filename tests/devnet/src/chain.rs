//! The chain: genesis, block production, the transaction pool and per-block state.

use crate::pallet_subtensor as st;
use crate::runtime::{Block, Executive, Header, Runtime, RuntimeGenesisConfig, UncheckedExtrinsic};
use codec::{Decode, Encode};
use sp_core::{H256, Pair, sr25519, storage::Storage};
use sp_runtime::{
    AccountId32, BuildStorage, StateVersion,
    traits::{BlakeTwo256, Hash as HashT, Header as HeaderT},
    transaction_validity::{
        InvalidTransaction, TransactionSource, TransactionValidityError, UnknownTransaction,
    },
};
use sp_state_machine::BasicExternalities;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// 1 TAO in rao.
pub const TAO: u64 = 1_000_000_000;
/// How many recent blocks keep their state for `at` queries.
pub const STATE_KEPT: u32 = 256;
/// How long an included transaction stays banned from resubmission.
pub const BAN_TIME: Duration = Duration::from_secs(30 * 60);

/// The dev accounts funded at genesis, by seed.
pub const DEV_SEEDS: [&str; 6] = [
    "//Alice",
    "//Bob",
    "//Charlie",
    "//Dave",
    "//Eve",
    "//Ferdie",
];

pub fn dev_account(seed: &str) -> AccountId32 {
    let pair = sr25519::Pair::from_string(seed, None).expect("valid dev seed");
    AccountId32::from(pair.public().0)
}

/// Events a watched transaction goes through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TxStatus {
    Ready,
    InBlock(H256),
    Finalized(H256),
    Invalid,
}

pub struct BlockRecord {
    pub hash: H256,
    pub header: Header,
    pub extrinsics: Vec<Vec<u8>>,
    /// State after this block; `None` once pruned.
    pub state: Option<Arc<Storage>>,
}

struct PoolTx {
    hash: H256,
    uxt: UncheckedExtrinsic,
    watcher: Option<tokio::sync::mpsc::UnboundedSender<TxStatus>>,
    /// The first block its era no longer covers (for MEV-shield wrappers left waiting).
    death: Option<u32>,
}

/// Why a submission was refused, mapped to the node's JSON-RPC errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitError {
    /// Could not decode the bytes (node: 1002 "Verification Error").
    Decode(String),
    Invalid(InvalidTransaction),
    Unknown(UnknownTransaction),
    TemporarilyBanned,
    AlreadyImported,
}

pub struct Chain {
    /// Hide the items newer than the real metadata snapshots (see [`crate::newer`]).
    pub hide_newer: bool,
    pub blocks: Vec<BlockRecord>,
    pub by_hash: HashMap<H256, u32>,
    pool: Vec<PoolTx>,
    banned: HashMap<H256, Instant>,
    /// Test hook: the author leaves every MEV-shield wrapper in the pool, as a node run with
    /// `SUBSTRATE_SKIP_SHIELDED_TXS=1` does (they leave it when their era ends).
    pub skip_shielded: bool,
}

pub fn storage_root(storage: &Storage) -> H256 {
    let mut ext = BasicExternalities::new(storage.clone());
    ext.execute_with(|| {
        H256::decode(&mut &sp_io::storage::root(StateVersion::V1)[..]).expect("32-byte root")
    })
}

/// Builds the genesis storage: dev balances, the root subnet and subnets 1 and 2.
pub fn genesis_storage() -> Storage {
    let mut balances: Vec<(AccountId32, u64)> = DEV_SEEDS
        .iter()
        .map(|s| (dev_account(s), 1_000_000 * TAO))
        .collect();
    // The genesis neurons' hotkeys hold 1 TAO each so they can sign weights calls (FRAME's
    // `CheckNonce` refuses accounts that do not exist; the chain exempts `Pays::No` calls).
    balances.extend(
        [
            "//Alice//hot",
            "//Bob//hot",
            "//Charlie//hot",
            "//Dave//hot",
        ]
        .iter()
        .map(|s| (dev_account(s), TAO)),
    );
    balances.sort();
    let config = RuntimeGenesisConfig {
        balances: pallet_balances::GenesisConfig {
            balances,
            ..Default::default()
        },
        ..Default::default()
    };
    let storage = config.build_storage().expect("genesis builds");
    let mut ext = BasicExternalities::new(storage);
    ext.execute_with(setup_subnets);
    ext.execute_with(crate::pallet_shield::genesis);
    ext.into_storages()
}

fn setup_subnets() {
    type S = st::Pallet<Runtime>;
    // Root subnet 0: stable mechanism, 1:1 pricing.
    st::NetworksAdded::<Runtime>::insert(0, true);
    st::TotalNetworks::<Runtime>::put(1);
    st::SubnetMechanism::<Runtime>::insert(0, 0);
    st::Tempo::<Runtime>::insert(0, 100);
    st::MaxAllowedUids::<Runtime>::insert(0, st::ROOT_MAX_UIDS);
    st::SubtokenEnabled::<Runtime>::insert(0, true);
    st::TokenSymbol::<Runtime>::insert(0, "\u{3a4}".as_bytes().to_vec());
    // Devnet: the network-registration rate limit and the start-call delay are short, as in
    // the real chain's fast-runtime (localnet) build.
    st::NetworkRateLimit::<Runtime>::put(1);
    st::StartCallDelay::<Runtime>::put(10);
    // Take rate limits of the fast-runtime build (5 blocks instead of 216,000).
    st::TxDelegateTakeRateLimit::<Runtime>::put(5);
    st::TxChildkeyTakeRateLimit::<Runtime>::put(5);
    // Scheduled children apply after 15 blocks (the chain waits 7200).
    st::PendingChildKeyCooldown::<Runtime>::put(15);
    // Owner settings are refused in the last 2 blocks before an epoch (the chain: 10, which
    // with tempo 10 would refuse them almost always).
    st::AdminFreezeWindow::<Runtime>::put(2);

    let alice = dev_account("//Alice");
    let owners = ["//Alice", "//Bob", "//Charlie", "//Dave"];
    for netuid in [1u16, 2, 3] {
        let alice_hot = dev_account("//Alice//hot");
        S::init_subnet(netuid, &alice, &alice_hot, 1_000 * TAO, 1_000 * TAO);
        st::Tempo::<Runtime>::insert(netuid, 10);
        st::MaxAllowedUids::<Runtime>::insert(netuid, 16);
        st::Burn::<Runtime>::insert(netuid, TAO);
        st::SubtokenEnabled::<Runtime>::insert(netuid, true);
        st::FirstEmissionBlockNumber::<Runtime>::insert(netuid, 1);
        // The pools have been at price 1.0 for long: the moving price is 1.0 too.
        st::SubnetMovingPrice::<Runtime>::insert(netuid, crate::types::FixedI128 { bits: 1 << 32 });
        st::TokenSymbol::<Runtime>::insert(
            netuid,
            match netuid {
                1 => "\u{3b1}",
                2 => "\u{3b2}",
                _ => "\u{3b3}",
            }
            .as_bytes()
            .to_vec(),
        );
        st::CommitRevealWeightsEnabled::<Runtime>::insert(netuid, netuid == 2);
        st::RevealPeriodEpochs::<Runtime>::insert(netuid, 1);
        // Devnet: weights may be set every 2 blocks and from one uid up (the chain's defaults,
        // 100 blocks and 1024 uids, would make tests wait or fill every uid).
        st::WeightsSetRateLimit::<Runtime>::insert(netuid, 2);
        st::MinAllowedWeights::<Runtime>::insert(netuid, 1);
        for (uid, seed) in owners.iter().enumerate() {
            let cold = dev_account(seed);
            let hot = dev_account(&format!("{seed}//hot"));
            st::Owner::<Runtime>::insert(&hot, &cold);
            st::OwnedHotkeys::<Runtime>::mutate(&cold, |v| {
                if !v.contains(&hot) {
                    v.push(hot.clone())
                }
            });
            let got = S::append_neuron(netuid, &hot, None);
            debug_assert_eq!(got as usize, uid);
            let stake = match uid {
                0 => 1_000 * TAO,
                1 => 500 * TAO,
                _ => 0,
            };
            if stake > 0 {
                S::increase_stake(&hot, &cold, netuid, stake);
                st::SubnetAlphaOut::<Runtime>::mutate(netuid, |v| *v += stake);
            }
        }
        st::ValidatorPermit::<Runtime>::insert(netuid, vec![true, true, false, false]);
        let all: Vec<(u16, u16)> = (0..4).map(|u| (u, u16::MAX)).collect();
        st::Weights::<Runtime>::insert(netuid, 0, all.clone());
        st::Weights::<Runtime>::insert(netuid, 1, all);
    }
    // Subnet 3 has two mechanisms with a 60/40 split; on mechanism 1 the two validators weight
    // uids 2 and 3 only.
    st::MechanismCountCurrent::<Runtime>::insert(3, 2);
    st::MechanismEmissionSplit::<Runtime>::insert(3, vec![39321u16, 26214]);
    let mechanism_1 = S::storage_index(3, 1);
    st::LastUpdate::<Runtime>::insert(mechanism_1, vec![0u64; 4]);
    st::Incentive::<Runtime>::insert(mechanism_1, vec![0u16; 4]);
    for uid in [0u16, 1] {
        st::Weights::<Runtime>::insert(mechanism_1, uid, vec![(2u16, u16::MAX), (3, u16::MAX)]);
    }
    // The devnet beacon's first round is published at block 0.
    crate::pallet_drand::Pallet::<Runtime>::store_rounds_until(1, false);
    let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
    st::TotalIssuance::<Runtime>::put(issuance + st::TotalStake::<Runtime>::get());
}

impl Chain {
    pub fn new() -> Self {
        Self::with_newer_hidden(false)
    }

    /// A chain that, when `hide_newer` is set, serves metadata and runtime APIs without the
    /// items newer than the real snapshots, as an older chain would.
    pub fn with_newer_hidden(hide_newer: bool) -> Self {
        let storage = genesis_storage();
        let state_root = storage_root(&storage);
        let extrinsics_root = BlakeTwo256::ordered_trie_root(Vec::new(), StateVersion::V0);
        let header = Header::new(
            0,
            extrinsics_root,
            state_root,
            H256::zero(),
            Default::default(),
        );
        let hash = header.hash();
        let mut ext = BasicExternalities::new(storage);
        ext.execute_with(|| frame_system::BlockHash::<Runtime>::insert(0, hash));
        let storage = ext.into_storages();
        let mut by_hash = HashMap::new();
        by_hash.insert(hash, 0);
        Chain {
            hide_newer,
            blocks: vec![BlockRecord {
                hash,
                header,
                extrinsics: Vec::new(),
                state: Some(Arc::new(storage)),
            }],
            by_hash,
            pool: Vec::new(),
            banned: HashMap::new(),
            skip_shielded: false,
        }
    }

    /// Replaces the blocks (a chain restored from a state file).
    pub(crate) fn replace_blocks(&mut self, blocks: Vec<BlockRecord>, by_hash: HashMap<H256, u32>) {
        self.blocks = blocks;
        self.by_hash = by_hash;
    }

    pub fn best(&self) -> &BlockRecord {
        self.blocks.last().expect("genesis exists")
    }

    pub fn genesis_hash(&self) -> H256 {
        self.blocks[0].hash
    }

    pub fn block(&self, hash: &H256) -> Option<&BlockRecord> {
        self.by_hash.get(hash).map(|n| &self.blocks[*n as usize])
    }

    /// State after block `at` (best if `None`); `Err` if unknown or pruned.
    pub fn state_at(&self, at: Option<H256>) -> Result<Arc<Storage>, String> {
        let record = match at {
            None => self.best(),
            Some(h) => self
                .block(&h)
                .ok_or_else(|| format!("Unknown block {h:?}"))?,
        };
        record
            .state
            .clone()
            .ok_or_else(|| format!("State already discarded for {:?}", record.hash))
    }

    /// Calls a runtime API (`Trait_method`) on the state after `at`, discarding its changes.
    pub fn call(&self, at: Option<H256>, method: &str, data: &[u8]) -> Result<Vec<u8>, String> {
        if self.hide_newer && crate::newer::is_newer_api(method) {
            return Err(format!("Exported method {method} is not found"));
        }
        let state = self.state_at(at)?;
        let mut ext = BasicExternalities::new((*state).clone());
        let outcome = ext.execute_with(|| {
            sp_io::storage::start_transaction();
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                crate::apis::api::dispatch(method, data)
            }));
            sp_io::storage::rollback_transaction();
            r
        });
        match outcome {
            Ok(Some(out)) if self.hide_newer => Ok(Self::strip_newer(method, out)),
            Ok(Some(out)) => Ok(out),
            Ok(None) => Err(format!("Exported method {method} is not found")),
            Err(panic) => Err(format!(
                "Execution failed: Execution aborted due to trap: {}",
                panic_message(&panic)
            )),
        }
    }

    fn strip_newer(method: &str, out: Vec<u8>) -> Vec<u8> {
        let strip = |opaque: Vec<u8>| crate::newer::strip_metadata(&opaque).unwrap_or(opaque);
        match method {
            "Metadata_metadata" => match Vec::<u8>::decode(&mut &out[..]) {
                Ok(md) => strip(md).encode(),
                Err(_) => out,
            },
            "Metadata_metadata_at_version" => match Option::<Vec<u8>>::decode(&mut &out[..]) {
                Ok(md) => md.map(strip).encode(),
                Err(_) => out,
            },
            _ => out,
        }
    }

    /// Validates and queues a transaction.
    pub fn submit(
        &mut self,
        bytes: &[u8],
        watcher: Option<tokio::sync::mpsc::UnboundedSender<TxStatus>>,
    ) -> Result<H256, SubmitError> {
        let uxt = UncheckedExtrinsic::decode(&mut &bytes[..])
            .map_err(|e| SubmitError::Decode(e.to_string()))?;
        if self.hide_newer
            && matches!(
                uxt.function,
                crate::runtime::RuntimeCall::SubtensorModule(
                    st::Call::register_limit { .. }
                        | st::Call::lock_stake { .. }
                        | st::Call::move_lock { .. }
                        | st::Call::set_perpetual_lock { .. }
                        | st::Call::set_reject_locked_alpha { .. }
                )
            )
        {
            // An older runtime has no such call.
            return Err(SubmitError::Invalid(InvalidTransaction::Call));
        }
        let hash = BlakeTwo256::hash(bytes);
        self.banned.retain(|_, t| t.elapsed() < BAN_TIME);
        if self.banned.contains_key(&hash) {
            return Err(SubmitError::TemporarilyBanned);
        }
        if self.pool.iter().any(|t| t.hash == hash) {
            return Err(SubmitError::AlreadyImported);
        }
        crate::pallet_shield::pool_check(&uxt).map_err(SubmitError::Invalid)?;
        let state = self.state_at(None).map_err(SubmitError::Decode)?;
        let best = self.best().hash;
        let best_number = self.best().header.number;
        let mut ext = BasicExternalities::new((*state).clone());
        let validity = ext.execute_with(|| {
            sp_io::storage::start_transaction();
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                Executive::validate_transaction(TransactionSource::External, uxt.clone(), best)
            }));
            sp_io::storage::rollback_transaction();
            r
        });
        let validity = validity.map_err(|p| SubmitError::Decode(panic_message(&p)))?;
        match validity {
            Ok(_) => {}
            // A future nonce waits in the pool, as on a real node.
            Err(TransactionValidityError::Invalid(InvalidTransaction::Future)) => {}
            Err(TransactionValidityError::Invalid(e)) => return Err(SubmitError::Invalid(e)),
            Err(TransactionValidityError::Unknown(e)) => return Err(SubmitError::Unknown(e)),
        }
        if let Some(w) = &watcher {
            let _ = w.send(TxStatus::Ready);
        }
        let death = crate::pallet_shield::wrapper_era(&uxt).map(|era| {
            era.death(u64::from(best_number) + 1)
                .min(u64::from(u32::MAX)) as u32
        });
        self.pool.push(PoolTx {
            hash,
            uxt,
            watcher,
            death,
        });
        Ok(hash)
    }

    /// Test hook (library only): runs `f` on the best block's state and keeps the changes in
    /// place (the header's state root is not updated).
    pub fn edit_best_state<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let mut storage = (*self.state_at(None).expect("best state is kept")).clone();
        let out = BasicExternalities::execute_with_storage(&mut storage, f);
        self.blocks.last_mut().expect("a best block").state = Some(Arc::new(storage));
        out
    }

    /// Test hook (library only): runs `f` on a copy of the best block's state.
    pub fn read_best_state<R>(&self, f: impl FnOnce() -> R) -> R {
        let mut storage = (*self.state_at(None).expect("best state is kept")).clone();
        BasicExternalities::execute_with_storage(&mut storage, f)
    }

    pub fn pool_len(&self) -> usize {
        self.pool.len()
    }

    /// The pool's transactions, encoded (`author_pendingExtrinsics`).
    pub fn pool_extrinsics(&self) -> Vec<Vec<u8>> {
        self.pool.iter().map(|t| t.uxt.encode()).collect()
    }

    /// Whether an MEV-shield wrapper waits in the pool (`--instant` keeps producing blocks
    /// until its key comes round or its era ends).
    pub fn wrapper_waits(&self) -> bool {
        self.pool
            .iter()
            .any(|t| crate::pallet_shield::wrapper_ciphertext(&t.uxt).is_some())
    }

    /// Pending transactions signed by `who` (for `system_accountNextIndex`).
    pub fn pool_nonces(&self, who: &AccountId32) -> Vec<u32> {
        self.pool
            .iter()
            .filter_map(|t| {
                let (address, _, ext) = t.uxt.preamble.clone().to_signed()?;
                let sp_runtime::MultiAddress::Id(id) = address else {
                    return None;
                };
                if &id != who {
                    return None;
                }
                Some((ext.0).5.0)
            })
            .collect()
    }

    /// Produces one block with whatever pool transactions apply, finalizing it at once.
    pub fn produce_block(&mut self) -> &BlockRecord {
        let parent = self.best();
        let number = parent.header.number + 1;
        let parent_hash = parent.hash;
        let state = parent.state.clone().expect("best state is kept");
        let mut ext = BasicExternalities::new((*state).clone());
        let pending = std::mem::take(&mut self.pool);
        let mut included: Vec<PoolTx> = Vec::new();
        let mut kept: Vec<PoolTx> = Vec::new();
        let mut dropped: Vec<PoolTx> = Vec::new();
        // The extrinsics in block order (a wrapper's inner extrinsic right after it).
        let mut body: Vec<Vec<u8>> = Vec::new();
        let mut inner_hashes: Vec<H256> = Vec::new();
        let skip_shielded = self.skip_shielded;
        let header = ext.execute_with(|| {
            use crate::pallet_shield::author::{BlockKey, Decision};
            // The MEV-shield key of this block, read on the parent's state.
            let block_key = BlockKey::read(number - 1);
            let header = Header::new(
                number,
                Default::default(),
                Default::default(),
                parent_hash,
                Default::default(),
            );
            Executive::initialize_block(&header);
            let mut queue = pending;
            loop {
                let mut progressed = false;
                let mut later = Vec::new();
                for tx in queue {
                    let inner = match block_key.decide(&tx.uxt) {
                        Decision::Plain => None,
                        Decision::Open(inner) if !skip_shielded => inner,
                        // A wrapper for another block's key (or skipped) waits in the pool
                        // until its era ends.
                        _ => {
                            if tx.death.is_some_and(|d| number >= d) {
                                dropped.push(tx);
                            } else {
                                kept.push(tx);
                            }
                            continue;
                        }
                    };
                    match Executive::apply_extrinsic(tx.uxt.clone()) {
                        Ok(_) => {
                            body.push(tx.uxt.encode());
                            included.push(tx);
                            progressed = true;
                            // The inner extrinsic goes right after its wrapper, as an ordinary
                            // signed extrinsic; if it does not apply it is left out, silently.
                            if let Some(inner) = inner
                                && Executive::apply_extrinsic((*inner).clone()).is_ok()
                            {
                                let bytes = inner.encode();
                                inner_hashes.push(BlakeTwo256::hash(&bytes));
                                body.push(bytes);
                            }
                        }
                        Err(TransactionValidityError::Invalid(InvalidTransaction::Future)) => {
                            later.push(tx)
                        }
                        Err(_) => dropped.push(tx),
                    }
                }
                queue = later;
                if !progressed || queue.is_empty() {
                    kept.extend(queue);
                    break;
                }
            }
            Executive::finalize_block()
        });
        let hash = header.hash();
        let storage = ext.into_storages();
        for tx in &dropped {
            if let Some(w) = &tx.watcher {
                let _ = w.send(TxStatus::Invalid);
            }
        }
        for h in inner_hashes {
            self.banned.insert(h, Instant::now());
        }
        for tx in &included {
            self.banned.insert(tx.hash, Instant::now());
            if let Some(w) = &tx.watcher {
                let _ = w.send(TxStatus::InBlock(hash));
                let _ = w.send(TxStatus::Finalized(hash));
            }
        }
        self.pool = kept;
        self.by_hash.insert(hash, number);
        self.blocks.push(BlockRecord {
            hash,
            header,
            extrinsics: body,
            state: Some(Arc::new(storage)),
        });
        if number > STATE_KEPT {
            let old = (number - STATE_KEPT) as usize;
            if old > 0 {
                self.blocks[old].state = None;
            }
        }
        self.best()
    }

    /// The block type's encoding helper, for `chain_getBlock`.
    pub fn block_body(record: &BlockRecord) -> Block {
        Block {
            header: record.header.clone(),
            extrinsics: record
                .extrinsics
                .iter()
                .filter_map(|e| UncheckedExtrinsic::decode(&mut &e[..]).ok())
                .collect(),
        }
    }
}

impl Default for Chain {
    fn default() -> Self {
        Self::new()
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = panic.downcast_ref::<&str>() {
        s.to_string()
    } else {
        "panic".to_string()
    }
}

/// Storage keys in `[prefix…]` after `start`, at most `count`.
pub fn keys_paged(
    storage: &Storage,
    prefix: &[u8],
    count: usize,
    start: Option<&[u8]>,
) -> Vec<Vec<u8>> {
    let map: &BTreeMap<Vec<u8>, Vec<u8>> = &storage.top;
    let from = match start {
        Some(s) if s > prefix => s.to_vec(),
        _ => prefix.to_vec(),
    };
    map.range(from..)
        .map(|(k, _)| k)
        .filter(|k| Some(k.as_slice()) != start)
        .take_while(|k| k.starts_with(prefix))
        .take(count)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extensions::*;
    use crate::runtime::{RuntimeCall, TxExtension};
    use sp_runtime::{MultiAddress, MultiSignature, generic::Era, generic::SignedPayload};

    fn signed(chain: &Chain, seed: &str, call: RuntimeCall, nonce: u32) -> Vec<u8> {
        let pair = sr25519::Pair::from_string(seed, None).unwrap();
        let ext: TxExtension = (
            (
                frame_system::CheckNonZeroSender::new(),
                frame_system::CheckSpecVersion::new(),
                frame_system::CheckTxVersion::new(),
                frame_system::CheckGenesis::new(),
                frame_system::CheckMortality::from(Era::Immortal),
                frame_system::CheckNonce::from(nonce),
                frame_system::CheckWeight::new(),
            ),
            (
                ChargeTransactionPaymentWrapper::new(0),
                SudoTransactionExtension,
                CheckShieldedTxValidity,
                SubtensorTransactionExtension,
                DrandPriority,
            ),
            frame_metadata_hash_extension::CheckMetadataHash::new(false),
        );
        let state = chain.state_at(None).unwrap();
        let mut e = BasicExternalities::new((*state).clone());
        e.execute_with(|| {
            let payload = SignedPayload::new(call.clone(), ext.clone()).unwrap();
            let sig = payload.using_encoded(|p| pair.sign(p));
            UncheckedExtrinsic::new_signed(
                call,
                MultiAddress::Id(dev_account(seed)),
                MultiSignature::Sr25519(sig),
                ext,
            )
            .encode()
        })
    }

    fn edit_best(chain: &mut Chain, f: impl FnOnce()) {
        let mut storage = (*chain.state_at(None).unwrap()).clone();
        BasicExternalities::execute_with_storage(&mut storage, f);
        chain.blocks.last_mut().unwrap().state = Some(Arc::new(storage));
    }

    #[test]
    fn network_rate_limit_is_a_pool_time_custom_error() {
        let mut chain = Chain::new();
        edit_best(&mut chain, || {
            st::NetworkRateLimit::<Runtime>::put(100);
            st::NetworkLastRegistered::<Runtime>::put(1);
        });
        let call = RuntimeCall::SubtensorModule(st::Call::register_network {
            hotkey: dev_account("//Eve//owner"),
        });
        let tx = signed(&chain, "//Eve", call, 0);
        assert_eq!(
            chain.submit(&tx, None),
            Err(SubmitError::Invalid(InvalidTransaction::Custom(6)))
        );
    }

    #[test]
    fn future_nonces_wait_for_the_gap() {
        let mut chain = Chain::new();
        let transfer = |v: u64| {
            RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
                dest: MultiAddress::Id(dev_account("//Bob")),
                value: v,
            })
        };
        let second = signed(&chain, "//Alice", transfer(2 * TAO), 1);
        let first = signed(&chain, "//Alice", transfer(TAO), 0);
        chain.submit(&second, None).unwrap();
        assert_eq!(chain.pool_nonces(&dev_account("//Alice")), vec![1]);
        chain.produce_block();
        assert_eq!(chain.pool_len(), 1, "nonce 1 waits for nonce 0");
        chain.submit(&first, None).unwrap();
        let block = chain.produce_block();
        assert_eq!(block.extrinsics.len(), 2);
        assert_eq!(chain.pool_len(), 0);
    }

    #[test]
    fn limit_price_bounds_the_executed_amount() {
        let chain = Chain::new();
        let state = chain.state_at(None).unwrap();
        let mut e = BasicExternalities::new((*state).clone());
        e.execute_with(|| {
            type S = st::Pallet<Runtime>;
            let limit = TAO * 121 / 100;
            let max = S::max_amount_add(1, limit);
            // Buying with √1.21 − 1 = 10% of the TAO reserve (plus fee) reaches price 1.21.
            assert!(max > 100 * TAO && max < 101 * TAO, "{max}");
            S::do_add_stake(
                dev_account("//Eve"),
                dev_account("//Alice//hot"),
                1,
                max,
                None,
                false,
            )
            .unwrap();
            let price = S::current_price(1);
            assert!(price <= limit && price > limit - TAO / 1000, "{price}");
            assert_eq!(S::max_amount_add(1, limit / 2), 0);
            assert_eq!(S::max_amount_add(0, TAO), u64::MAX, "root is 1:1");
            assert_eq!(S::max_amount_add(0, TAO - 1), 0);
        });
    }

    #[test]
    fn full_subnets_prune_out_of_immunity_or_refuse() {
        let chain = Chain::new();
        let state = chain.state_at(None).unwrap();
        let mut e = BasicExternalities::new((*state).clone());
        e.execute_with(|| {
            type S = st::Pallet<Runtime>;
            frame_system::Pallet::<Runtime>::set_block_number(5);
            st::MaxAllowedUids::<Runtime>::insert(1, 4);
            let eve = dev_account("//Eve");
            let err = S::do_burned_register(eve.clone(), 1, dev_account("//Eve//a"), None);
            assert_eq!(err, Err(st::Error::<Runtime>::NoNeuronIdAvailable.into()));
            st::ImmunityPeriod::<Runtime>::insert(1, 0);
            S::do_burned_register(eve, 1, dev_account("//Eve//a"), None).unwrap();
            // uid 0 is the owner's hotkey and is kept; uid 1 is the first candidate.
            assert_eq!(st::Keys::<Runtime>::get(1, 1), dev_account("//Eve//a"));
            assert!(!st::Uids::<Runtime>::contains_key(
                1,
                dev_account("//Bob//hot")
            ));
            assert_eq!(st::SubnetworkN::<Runtime>::get(1), 4);
        });
    }
}
