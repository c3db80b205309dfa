//! Typed reads: balances, stake, subnets, metagraphs, hyperparameters, prices and swap
//! simulations, each built from one or a few requests at the pinned block, decoded through the
//! metadata and picked apart by field name.

use std::collections::BTreeMap;

use subxt::ext::futures::future::try_join_all;
use subxt::ext::scale_value::Value;

use super::client::{Chain, StorageQuery, arg_account, arg_u16, arg_u64, require_api};
use super::error::ChainError;
use super::extrinsics::identity::{Identity, decode_optional_identity};
use super::value::{
    Val, account, bool_of, bytes, field, fixed_bits, items, option, text, try_field, u16_of,
    u64_of, uint, variant,
};

/// Rao per TAO (prices are rao of TAO per whole α).
const RAO: u128 = 1_000_000_000;

/// Free and reserved balance of an account (`System.Account`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Balance {
    /// Free balance in rao.
    pub free: u64,
    /// Reserved balance in rao.
    pub reserved: u64,
    /// Frozen balance in rao (part of free).
    pub frozen: u64,
}

/// One stake position (`StakeInfo`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakePosition {
    /// The hotkey.
    pub hotkey: [u8; 32],
    /// The coldkey.
    pub coldkey: [u8; 32],
    /// The subnet.
    pub netuid: u16,
    /// The stake in rao of α.
    pub stake: u64,
    /// The hotkey's α dividends of the last epoch (whole hotkey, not this coldkey's part).
    pub emission: u64,
    /// Whether the hotkey is registered on the subnet.
    pub is_registered: bool,
}

/// A subnet's pool and schedule (`DynamicInfo`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subnet {
    /// The netuid.
    pub netuid: u16,
    /// Its name.
    pub name: String,
    /// Its token symbol.
    pub symbol: String,
    /// The owner's hotkey.
    pub owner_hotkey: [u8; 32],
    /// The owner's coldkey.
    pub owner_coldkey: [u8; 32],
    /// Blocks per epoch.
    pub tempo: u16,
    /// The block of the last epoch.
    pub last_step: u64,
    /// Blocks since then.
    pub blocks_since_last_step: u64,
    /// α in the pool (rao).
    pub alpha_in: u64,
    /// α outstanding (staked) (rao).
    pub alpha_out: u64,
    /// TAO in the pool (rao).
    pub tao_in: u64,
    /// α emitted to participants per block.
    pub alpha_out_emission: u64,
    /// α injected into the pool per block.
    pub alpha_in_emission: u64,
    /// TAO injected into the pool per block.
    pub tao_in_emission: u64,
    /// Traded volume.
    pub subnet_volume: u128,
    /// Registration block.
    pub network_registered_at: u64,
    /// EMA price as I96F32 bits.
    pub moving_price_bits: i128,
    /// The subnet's identity (`subnet_identity`), where the chain has one for it.
    pub identity: Option<Identity>,
}

/// The outcome of `sim_swap_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SimSwap {
    /// TAO in or out (rao).
    pub tao_amount: u64,
    /// α in or out (rao).
    pub alpha_amount: u64,
    /// Fee taken in TAO.
    pub tao_fee: u64,
    /// Fee taken in α.
    pub alpha_fee: u64,
    /// TAO lost to slippage.
    pub tao_slippage: u64,
    /// α lost to slippage.
    pub alpha_slippage: u64,
}

/// One neuron of a metagraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neuron {
    /// Its uid.
    pub uid: u16,
    /// Its hotkey.
    pub hotkey: [u8; 32],
    /// Its coldkey.
    pub coldkey: [u8; 32],
    /// Active flag.
    pub active: bool,
    /// Validator permit.
    pub validator_permit: bool,
    /// α stake (rao).
    pub alpha_stake: u64,
    /// Root TAO stake (rao).
    pub tao_stake: u64,
    /// Total stake weight (rao).
    pub total_stake: u64,
    /// α emission in the last epoch (rao).
    pub emission: u64,
    /// Dividends share (u16 fraction).
    pub dividends: u16,
    /// Incentive share (u16 fraction).
    pub incentive: u16,
    /// Consensus (u16 fraction).
    pub consensus: u16,
    /// Trust (u16 fraction).
    pub trust: u16,
    /// Rank (u16 fraction).
    pub rank: u16,
    /// Pruning score.
    pub pruning_score: u16,
    /// Block of its last weights update.
    pub last_update: u64,
    /// Block it registered at.
    pub block_at_registration: u64,
    /// Axon IP as served (IPv4 in the low 32 bits), port and IP type.
    pub axon: (u128, u16, u8),
    /// The identity of its coldkey (the metagraph's `identities`), where it has one.
    pub identity: Option<Identity>,
}

/// A subnet's metagraph (`get_metagraph`).
#[derive(Debug, Clone)]
pub struct Metagraph {
    /// The netuid.
    pub netuid: u16,
    /// Name.
    pub name: String,
    /// Token symbol.
    pub symbol: String,
    /// The block the data is from.
    pub block: u64,
    /// Tempo.
    pub tempo: u16,
    /// Last epoch block.
    pub last_step: u64,
    /// Blocks since then.
    pub blocks_since_last_step: u64,
    /// α in the pool.
    pub alpha_in: u64,
    /// α outstanding.
    pub alpha_out: u64,
    /// TAO in the pool.
    pub tao_in: u64,
    /// Owner hotkey.
    pub owner_hotkey: [u8; 32],
    /// Owner coldkey.
    pub owner_coldkey: [u8; 32],
    /// Neuron registration burn (rao).
    pub burn: u64,
    /// Registered neurons / capacity.
    pub num_uids: u16,
    /// Capacity.
    pub max_uids: u16,
    /// The neurons, by uid.
    pub neurons: Vec<Neuron>,
    /// The subnet's identity (`identity`), where it has one.
    pub identity: Option<Identity>,
}

/// A hyperparameter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HyperValue {
    /// A flag.
    Bool(bool),
    /// An integer.
    Int(u128),
    /// A TAO amount (rao).
    Tao(u64),
    /// A signed fixed-point number: raw bits and fractional bit count.
    Fixed(i128, u32),
    /// An unsigned fixed-point number: raw bits and fractional bit count.
    UFixed(u128, u32),
}

/// A subnet's hyperparameters, looked up by name.
#[derive(Debug, Clone)]
pub struct Hyperparams {
    /// Which runtime API answered: `get_subnet_hyperparams_v3` or `get_subnet_hyperparams_v2`.
    pub source: &'static str,
    /// (name, value) in the chain's order.
    pub entries: Vec<(String, HyperValue)>,
}

impl Hyperparams {
    /// The value named `name`.
    pub fn get(&self, name: &str) -> Option<&HyperValue> {
        self.entries.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

/// When a subnet's next epoch starts, and how that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextEpoch {
    /// The block.
    pub block: u64,
    /// `runtime_api` or the storage rule used.
    pub method: &'static str,
}

/// Pick a `u64` field.
fn f64u(v: &Val, name: &str) -> Result<u64, ChainError> {
    u64_of(field(v, name)?).map_err(|e| named(name, e))
}

fn f16u(v: &Val, name: &str) -> Result<u16, ChainError> {
    u16_of(field(v, name)?).map_err(|e| named(name, e))
}

fn named(name: &str, e: ChainError) -> ChainError {
    match e {
        ChainError::Decode { what, reason } => ChainError::Decode {
            what: format!("field `{name}` ({what})"),
            reason,
        },
        other => other,
    }
}

/// `System.Account` balances and the block number, in one storage request.
pub async fn balances(
    chain: &Chain,
    accounts: &[[u8; 32]],
) -> Result<(u64, Vec<Balance>), ChainError> {
    let mut queries = vec![StorageQuery::new("System", "Number", vec![])];
    queries.extend(
        accounts
            .iter()
            .map(|a| StorageQuery::new("System", "Account", vec![arg_account(a)])),
    );
    let values = chain.storage(&queries).await?;
    let number = match values.first() {
        Some(Some(v)) => u64_of(v)?,
        _ => 0,
    };
    let mut out = Vec::with_capacity(accounts.len());
    for v in values.iter().skip(1) {
        let b = match v {
            Some(info) => {
                let data = field(info, "data")?;
                Balance {
                    free: f64u(data, "free")?,
                    reserved: f64u(data, "reserved")?,
                    frozen: try_field(data, "frozen")
                        .map(u64_of)
                        .transpose()?
                        .unwrap_or(0),
                }
            }
            None => Balance::default(),
        };
        out.push(b);
    }
    Ok((number, out))
}

fn stake_position(v: &Val) -> Result<StakePosition, ChainError> {
    Ok(StakePosition {
        hotkey: account(field(v, "hotkey")?)?,
        coldkey: account(field(v, "coldkey")?)?,
        netuid: f16u(v, "netuid")?,
        stake: f64u(v, "stake")?,
        emission: f64u(v, "emission")?,
        is_registered: try_field(v, "is_registered")
            .map(bool_of)
            .transpose()?
            .unwrap_or(false),
    })
}

/// Every stake position of the coldkeys, in one runtime API call.
pub async fn stake_of(
    chain: &Chain,
    coldkeys: &[[u8; 32]],
) -> Result<Vec<StakePosition>, ChainError> {
    if coldkeys.is_empty() {
        return Ok(Vec::new());
    }
    let api = "StakeInfoRuntimeApi";
    if chain.has_api(api, "get_stake_info_for_coldkeys") {
        let arg = Value::unnamed_composite(coldkeys.iter().map(arg_account));
        let v = chain
            .call(api, "get_stake_info_for_coldkeys", &[arg])
            .await?;
        let mut out = Vec::new();
        for pair in items(&v)? {
            let parts = items(pair)?;
            let list = parts
                .get(1)
                .ok_or_else(|| ChainError::decode("a stake entry", "no list"))?;
            for s in items(list)? {
                let p = stake_position(s)?;
                if p.stake > 0 {
                    out.push(p);
                }
            }
        }
        return Ok(out);
    }
    require_api(chain, api, "get_stake_info_for_coldkey")?;
    let args: Vec<[Value; 1]> = coldkeys.iter().map(|c| [arg_account(c)]).collect();
    let calls = args
        .iter()
        .map(|a| chain.call(api, "get_stake_info_for_coldkey", a));
    let mut out = Vec::new();
    for v in try_join_all(calls).await? {
        for s in items(&v)? {
            let p = stake_position(s)?;
            if p.stake > 0 {
                out.push(p);
            }
        }
    }
    Ok(out)
}

fn subnet_of(v: &Val) -> Result<Subnet, ChainError> {
    Ok(Subnet {
        netuid: f16u(v, "netuid")?,
        name: text(field(v, "subnet_name")?)?,
        symbol: text(field(v, "token_symbol")?)?,
        owner_hotkey: account(field(v, "owner_hotkey")?)?,
        owner_coldkey: account(field(v, "owner_coldkey")?)?,
        tempo: f16u(v, "tempo")?,
        last_step: f64u(v, "last_step")?,
        blocks_since_last_step: f64u(v, "blocks_since_last_step")?,
        alpha_in: f64u(v, "alpha_in")?,
        alpha_out: f64u(v, "alpha_out")?,
        tao_in: f64u(v, "tao_in")?,
        alpha_out_emission: f64u(v, "alpha_out_emission")?,
        alpha_in_emission: f64u(v, "alpha_in_emission")?,
        tao_in_emission: f64u(v, "tao_in_emission")?,
        subnet_volume: uint(field(v, "subnet_volume")?)?,
        network_registered_at: f64u(v, "network_registered_at")?,
        moving_price_bits: fixed_bits(field(v, "moving_price")?)?,
        identity: optional_identity(v, "subnet_identity")?,
    })
}

/// The optional identity in field `name` of `v`; `None` where the chain's type has no such field.
fn optional_identity(v: &Val, name: &str) -> Result<Option<Identity>, ChainError> {
    try_field(v, name)
        .map(decode_optional_identity)
        .transpose()
        .map(Option::flatten)
}

/// Decode `Vec<Option<DynamicInfo>>`.
pub fn decode_subnets(v: &Val) -> Result<Vec<Subnet>, ChainError> {
    let mut out = Vec::new();
    for item in items(v)? {
        if let Some(d) = option(item)? {
            out.push(subnet_of(d)?);
        }
    }
    out.sort_by_key(|s| s.netuid);
    Ok(out)
}

/// Every subnet, in one `get_all_dynamic_info` call.
pub async fn subnets(chain: &Chain) -> Result<Vec<Subnet>, ChainError> {
    let v = chain
        .call("SubnetInfoRuntimeApi", "get_all_dynamic_info", &[])
        .await?;
    decode_subnets(&v)
}

/// One subnet (`get_dynamic_info`).
pub async fn subnet(chain: &Chain, netuid: u16) -> Result<Subnet, ChainError> {
    let v = chain
        .call(
            "SubnetInfoRuntimeApi",
            "get_dynamic_info",
            &[arg_u16(netuid)],
        )
        .await?;
    match option(&v)? {
        Some(d) => subnet_of(d),
        None => Err(ChainError::SubnetNotFound(netuid)),
    }
}

/// Decode `Vec<SubnetPrice {netuid, price}>`.
pub fn decode_prices(v: &Val) -> Result<BTreeMap<u16, u64>, ChainError> {
    let mut out = BTreeMap::new();
    for p in items(v)? {
        out.insert(f16u(p, "netuid")?, f64u(p, "price")?);
    }
    Ok(out)
}

/// Current α prices (rao of TAO per α): one `current_alpha_price_all` call when the runtime has
/// it, else one `current_alpha_price` call per requested netuid (sent concurrently). Returns
/// the prices and, when the fallback was used, a note saying so.
pub async fn prices(
    chain: &Chain,
    netuids: &[u16],
) -> Result<(BTreeMap<u16, u64>, Option<String>), ChainError> {
    let api = "SwapRuntimeApi";
    if chain.has_api(api, "current_alpha_price_all") {
        let v = chain.call(api, "current_alpha_price_all", &[]).await?;
        return Ok((decode_prices(&v)?, None));
    }
    require_api(chain, api, "current_alpha_price")?;
    let calls = netuids.iter().map(|n| async move {
        let v = chain
            .call(api, "current_alpha_price", &[arg_u16(*n)])
            .await?;
        Ok::<_, ChainError>((*n, u64_of(&v)?))
    });
    let got = try_join_all(calls).await?;
    let note = (!netuids.is_empty()).then(|| {
        format!(
            "the connected chain (runtime spec {}) lacks SwapRuntimeApi.current_alpha_price_all; fetched {} prices one by one",
            chain.spec_version(),
            netuids.len()
        )
    });
    Ok((got.into_iter().collect(), note))
}

/// The coldkey that owns `hotkey` (`Owner`; the zero account when unowned), if any.
pub async fn hotkey_owner(
    chain: &Chain,
    hotkey: &[u8; 32],
) -> Result<Option<[u8; 32]>, ChainError> {
    let v = chain
        .storage(&[StorageQuery::new(
            "SubtensorModule",
            "Owner",
            vec![arg_account(hotkey)],
        )])
        .await?;
    let owner = v[0].as_ref().map(account).transpose()?;
    Ok(owner.filter(|o| *o != [0; 32]))
}

/// The pinned block's number (`System.Number`).
pub async fn block_number(chain: &Chain) -> Result<u64, ChainError> {
    let v = chain
        .storage(&[StorageQuery::new("System", "Number", vec![])])
        .await?;
    v[0].as_ref()
        .map(u64_of)
        .transpose()
        .map(|n| n.unwrap_or(0))
}

/// One subnet's α price (rao of TAO per α).
pub async fn price(chain: &Chain, netuid: u16) -> Result<u64, ChainError> {
    let v = chain
        .call("SwapRuntimeApi", "current_alpha_price", &[arg_u16(netuid)])
        .await?;
    u64_of(&v)
}

/// The TAO value of `alpha` rao of α at `price` rao per α (truncated).
pub fn tao_value(alpha: u64, price: u64) -> u64 {
    let v = u128::from(alpha) * u128::from(price) / RAO;
    u64::try_from(v).unwrap_or(u64::MAX)
}

/// Decode a `SimSwapResult`.
pub fn decode_sim_swap(v: &Val) -> Result<SimSwap, ChainError> {
    Ok(SimSwap {
        tao_amount: f64u(v, "tao_amount")?,
        alpha_amount: f64u(v, "alpha_amount")?,
        tao_fee: f64u(v, "tao_fee")?,
        alpha_fee: f64u(v, "alpha_fee")?,
        tao_slippage: f64u(v, "tao_slippage")?,
        alpha_slippage: f64u(v, "alpha_slippage")?,
    })
}

/// Simulate staking `amount` TAO (or unstaking `amount` α with `unstake`) on `netuid`.
pub async fn sim_swap(
    chain: &Chain,
    netuid: u16,
    amount: u64,
    unstake: bool,
) -> Result<SimSwap, ChainError> {
    let method = if unstake {
        "sim_swap_alpha_for_tao"
    } else {
        "sim_swap_tao_for_alpha"
    };
    let v = chain
        .call(
            "SwapRuntimeApi",
            method,
            &[arg_u16(netuid), arg_u64(amount)],
        )
        .await?;
    decode_sim_swap(&v)
}

/// The fee of staking (or unstaking) `amount` on `netuid` through `hotkey` for `coldkey`
/// (`get_stake_fee`).
pub async fn stake_fee(
    chain: &Chain,
    netuid: u16,
    hotkey: &[u8; 32],
    coldkey: &[u8; 32],
    amount: u64,
    unstake: bool,
) -> Result<u64, ChainError> {
    let some = Value::variant(
        "Some",
        subxt::ext::scale_value::Composite::unnamed([Value::unnamed_composite([
            arg_account(hotkey),
            arg_u16(netuid),
        ])]),
    );
    let none = Value::variant("None", subxt::ext::scale_value::Composite::unnamed([]));
    let (origin, destination) = if unstake { (some, none) } else { (none, some) };
    let v = chain
        .call(
            "StakeInfoRuntimeApi",
            "get_stake_fee",
            &[
                origin,
                arg_account(coldkey),
                destination,
                arg_account(coldkey),
                arg_u64(amount),
            ],
        )
        .await?;
    u64_of(&v)
}

fn u16_list(v: &Val, name: &str) -> Result<Vec<u16>, ChainError> {
    items(field(v, name)?)?.into_iter().map(u16_of).collect()
}

fn u64_list(v: &Val, name: &str) -> Result<Vec<u64>, ChainError> {
    items(field(v, name)?)?.into_iter().map(u64_of).collect()
}

fn bool_list(v: &Val, name: &str) -> Result<Vec<bool>, ChainError> {
    items(field(v, name)?)?.into_iter().map(bool_of).collect()
}

fn account_list(v: &Val, name: &str) -> Result<Vec<[u8; 32]>, ChainError> {
    items(field(v, name)?)?.into_iter().map(account).collect()
}

/// Decode a `Metagraph`.
pub fn decode_metagraph(v: &Val) -> Result<Metagraph, ChainError> {
    let hotkeys = account_list(v, "hotkeys")?;
    let n = hotkeys.len();
    let coldkeys = account_list(v, "coldkeys")?;
    let active = bool_list(v, "active")?;
    let permit = bool_list(v, "validator_permit")?;
    let pruning = u16_list(v, "pruning_score")?;
    let last_update = u64_list(v, "last_update")?;
    let emission = u64_list(v, "emission")?;
    let dividends = u16_list(v, "dividends")?;
    let incentives = u16_list(v, "incentives")?;
    let consensus = u16_list(v, "consensus")?;
    let trust = u16_list(v, "trust")?;
    let rank = u16_list(v, "rank")?;
    let reg = u64_list(v, "block_at_registration")?;
    let alpha = u64_list(v, "alpha_stake")?;
    let tao = u64_list(v, "tao_stake")?;
    let total = u64_list(v, "total_stake")?;
    let axons = items(field(v, "axons")?)?;
    let identities = match try_field(v, "identities") {
        Some(l) => items(l)?
            .into_iter()
            .map(decode_optional_identity)
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let at = |xs: &[u16], i: usize| xs.get(i).copied().unwrap_or(0);
    let at64 = |xs: &[u64], i: usize| xs.get(i).copied().unwrap_or(0);
    let mut neurons = Vec::with_capacity(n);
    for (i, hotkey) in hotkeys.into_iter().enumerate() {
        let axon = match axons.get(i) {
            Some(a) => (
                uint(field(a, "ip")?)?,
                f16u(a, "port")?,
                u8::try_from(uint(field(a, "ip_type")?)?).unwrap_or(0),
            ),
            None => (0, 0, 0),
        };
        neurons.push(Neuron {
            uid: u16::try_from(i)
                .map_err(|_| ChainError::decode("a metagraph", "more than 65535 uids"))?,
            hotkey,
            coldkey: coldkeys.get(i).copied().unwrap_or([0; 32]),
            active: active.get(i).copied().unwrap_or(false),
            validator_permit: permit.get(i).copied().unwrap_or(false),
            alpha_stake: at64(&alpha, i),
            tao_stake: at64(&tao, i),
            total_stake: at64(&total, i),
            emission: at64(&emission, i),
            dividends: at(&dividends, i),
            incentive: at(&incentives, i),
            consensus: at(&consensus, i),
            trust: at(&trust, i),
            rank: at(&rank, i),
            pruning_score: at(&pruning, i),
            last_update: at64(&last_update, i),
            block_at_registration: at64(&reg, i),
            axon,
            identity: identities.get(i).cloned().flatten(),
        });
    }
    Ok(Metagraph {
        netuid: f16u(v, "netuid")?,
        name: text(field(v, "name")?)?,
        symbol: text(field(v, "symbol")?)?,
        block: f64u(v, "block")?,
        tempo: f16u(v, "tempo")?,
        last_step: f64u(v, "last_step")?,
        blocks_since_last_step: f64u(v, "blocks_since_last_step")?,
        alpha_in: f64u(v, "alpha_in")?,
        alpha_out: f64u(v, "alpha_out")?,
        tao_in: f64u(v, "tao_in")?,
        owner_hotkey: account(field(v, "owner_hotkey")?)?,
        owner_coldkey: account(field(v, "owner_coldkey")?)?,
        burn: f64u(v, "burn")?,
        num_uids: f16u(v, "num_uids")?,
        max_uids: f16u(v, "max_uids")?,
        neurons,
        identity: optional_identity(v, "identity")?,
    })
}

/// A subnet's metagraph in one `get_metagraph` call.
pub async fn metagraph(chain: &Chain, netuid: u16) -> Result<Metagraph, ChainError> {
    let v = chain
        .call("SubnetInfoRuntimeApi", "get_metagraph", &[arg_u16(netuid)])
        .await?;
    match option(&v)? {
        Some(m) => decode_metagraph(m),
        None => Err(ChainError::SubnetNotFound(netuid)),
    }
}

/// Names of `SubnetHyperparamsV2` fields that are TAO amounts.
const TAO_FIELDS: &[&str] = &["min_burn", "max_burn", "burn"];

/// Decode `Vec<HyperparamEntry {name, value}>` (v3).
pub fn decode_hyperparams_v3(v: &Val) -> Result<Vec<(String, HyperValue)>, ChainError> {
    let mut out = Vec::new();
    for e in items(v)? {
        let name = text(field(e, "name")?)?;
        let (kind, fields) = variant(field(e, "value")?)?;
        let inner = fields
            .values()
            .next()
            .ok_or_else(|| ChainError::decode(format!("hyperparameter `{name}`"), "no value"))?;
        let value = match kind {
            "Bool" => HyperValue::Bool(bool_of(inner)?),
            "TaoBalance" => HyperValue::Tao(u64_of(inner)?),
            "I32F32" => HyperValue::Fixed(fixed_bits(inner)?, 32),
            "U64F64" => HyperValue::UFixed(super::value::ufixed_bits(inner)?, 64),
            "U16" | "U32" | "U64" | "U128" => HyperValue::Int(uint(inner)?),
            other => {
                return Err(ChainError::decode(
                    format!("hyperparameter `{name}`"),
                    format!("unknown value kind `{other}`"),
                ));
            }
        };
        out.push((name, value));
    }
    Ok(out)
}

/// Decode the fixed `SubnetHyperparamsV2` struct into (name, value) pairs by field name.
pub fn decode_hyperparams_v2(v: &Val) -> Result<Vec<(String, HyperValue)>, ChainError> {
    use subxt::ext::scale_value::{Composite, ValueDef};
    let ValueDef::Composite(Composite::Named(fields)) = &v.value else {
        return Err(ChainError::decode("SubnetHyperparamsV2", "not a struct"));
    };
    let mut out = Vec::new();
    for (name, val) in fields {
        let value = if let Ok(b) = bool_of(val) {
            HyperValue::Bool(b)
        } else if try_field(val, "bits").is_some() {
            // FixedI64 = I32F32 in subtensor's v2 struct.
            HyperValue::Fixed(fixed_bits(val)?, 32)
        } else if TAO_FIELDS.contains(&name.as_str()) {
            HyperValue::Tao(u64_of(val)?)
        } else {
            HyperValue::Int(uint(val).map_err(|e| named(name, e))?)
        };
        out.push((name.clone(), value));
    }
    Ok(out)
}

/// A subnet's hyperparameters: `get_subnet_hyperparams_v3` when the runtime has it, else
/// `_v2`. The note says which fallback was used.
pub async fn hyperparams(
    chain: &Chain,
    netuid: u16,
) -> Result<(Hyperparams, Option<String>), ChainError> {
    let api = "SubnetInfoRuntimeApi";
    if chain.has_api(api, "get_subnet_hyperparams_v3") {
        let v = chain
            .call(api, "get_subnet_hyperparams_v3", &[arg_u16(netuid)])
            .await?;
        let inner = option(&v)?.ok_or(ChainError::SubnetNotFound(netuid))?;
        return Ok((
            Hyperparams {
                source: "get_subnet_hyperparams_v3",
                entries: decode_hyperparams_v3(inner)?,
            },
            None,
        ));
    }
    if !chain.has_api(api, "get_subnet_hyperparams_v2") {
        return Err(chain.unsupported(
            "the runtime APIs SubnetInfoRuntimeApi.get_subnet_hyperparams_v3 and _v2",
        ));
    }
    let v = chain
        .call(api, "get_subnet_hyperparams_v2", &[arg_u16(netuid)])
        .await?;
    let inner = option(&v)?.ok_or(ChainError::SubnetNotFound(netuid))?;
    Ok((
        Hyperparams {
            source: "get_subnet_hyperparams_v2",
            entries: decode_hyperparams_v2(inner)?,
        },
        Some(format!(
            "the connected chain (runtime spec {}) lacks SubnetInfoRuntimeApi.get_subnet_hyperparams_v3; showing the fixed v2 set",
            chain.spec_version()
        )),
    ))
}

/// The next epoch by subtensor's pre-scheduler rule: an epoch runs in block `b` when
/// `tempo − (b + netuid + 1) mod (tempo + 1) = 0`. Returns the first such block after `now`.
pub fn next_epoch_legacy(netuid: u16, tempo: u16, now: u64) -> Option<u64> {
    if tempo == 0 {
        return None;
    }
    let t = u64::from(tempo);
    let until = t - (now + u64::from(netuid) + 1) % (t + 1);
    Some(if until == 0 { now + t + 1 } else { now + until })
}

/// The next epoch by the stateful scheduler (spec ≥ 424): due `tempo` blocks after
/// `LastEpochBlock`, or earlier at a scheduled `PendingEpochAt`; an overdue epoch runs in the
/// next block.
pub fn next_epoch_scheduled(tempo: u16, last_epoch: u64, pending_at: u64, now: u64) -> Option<u64> {
    if tempo == 0 {
        return None;
    }
    let mut due = last_epoch + u64::from(tempo);
    if pending_at > now && pending_at < due {
        due = pending_at;
    }
    Some(due.max(now + 1))
}

/// The block at which `netuid`'s next epoch starts: `get_next_epoch_start_block` when the
/// runtime has it, else computed from storage with the rule the runtime's storage layout
/// implies. The note says when the fallback was used.
pub async fn next_epoch(
    chain: &Chain,
    netuid: u16,
) -> Result<(Option<NextEpoch>, Option<String>), ChainError> {
    let api = "SubnetInfoRuntimeApi";
    if chain.has_api(api, "get_next_epoch_start_block") {
        let v = chain
            .call(api, "get_next_epoch_start_block", &[arg_u16(netuid)])
            .await?;
        let block = option(&v)?.map(u64_of).transpose()?;
        return Ok((
            block.map(|block| NextEpoch {
                block,
                method: "runtime_api",
            }),
            None,
        ));
    }
    let note = format!(
        "the connected chain (runtime spec {}) lacks SubnetInfoRuntimeApi.get_next_epoch_start_block; the next epoch was computed from storage",
        chain.spec_version()
    );
    let pallet = "SubtensorModule";
    let scheduled = chain.has_storage(pallet, "LastEpochBlock");
    let mut q = vec![
        StorageQuery::new("System", "Number", vec![]),
        StorageQuery::new(pallet, "Tempo", vec![arg_u16(netuid)]),
    ];
    if scheduled {
        q.push(StorageQuery::new(
            pallet,
            "LastEpochBlock",
            vec![arg_u16(netuid)],
        ));
        if chain.has_storage(pallet, "PendingEpochAt") {
            q.push(StorageQuery::new(
                pallet,
                "PendingEpochAt",
                vec![arg_u16(netuid)],
            ));
        }
    }
    let vals = chain.storage(&q).await?;
    let get = |i: usize| -> Result<u64, ChainError> {
        match vals.get(i) {
            Some(Some(v)) => u64_of(v),
            _ => Ok(0),
        }
    };
    let now = get(0)?;
    let tempo = u16::try_from(get(1)?).unwrap_or(u16::MAX);
    let next = if scheduled {
        next_epoch_scheduled(tempo, get(2)?, get(3)?, now).map(|block| NextEpoch {
            block,
            method: "storage: LastEpochBlock + Tempo",
        })
    } else {
        next_epoch_legacy(netuid, tempo, now).map(|block| NextEpoch {
            block,
            method: "storage: (block + netuid + 1) mod (tempo + 1)",
        })
    };
    Ok((next, Some(note)))
}

/// The neuron registration burn of `netuid` (`Burn`) and the network registration (lock) cost.
pub async fn burn_cost(chain: &Chain, netuid: Option<u16>) -> Result<u64, ChainError> {
    match netuid {
        Some(n) => {
            let pallet = "SubtensorModule";
            let q = [
                StorageQuery::new(pallet, "NetworksAdded", vec![arg_u16(n)]),
                StorageQuery::new(pallet, "Burn", vec![arg_u16(n)]),
            ];
            let vals = chain.storage(&q).await?;
            let exists = match &vals[0] {
                Some(v) => bool_of(v)?,
                None => false,
            };
            if !exists {
                return Err(ChainError::SubnetNotFound(n));
            }
            match &vals[1] {
                Some(v) => u64_of(v),
                None => Ok(0),
            }
        }
        None => {
            let v = chain
                .call(
                    "SubnetRegistrationRuntimeApi",
                    "get_network_registration_cost",
                    &[],
                )
                .await?;
            u64_of(&v)
        }
    }
}

/// Token symbols and `TotalHotkeyAlphaLastEpoch` for stake positions, plus the block number, in
/// one storage request.
pub async fn position_context(
    chain: &Chain,
    positions: &[StakePosition],
) -> Result<(u64, BTreeMap<u16, String>, Vec<u64>), ChainError> {
    let pallet = "SubtensorModule";
    let mut netuids: Vec<u16> = positions.iter().map(|p| p.netuid).collect();
    netuids.sort_unstable();
    netuids.dedup();
    let mut q = vec![StorageQuery::new("System", "Number", vec![])];
    let have_symbols = chain.has_storage(pallet, "TokenSymbol");
    if have_symbols {
        q.extend(
            netuids
                .iter()
                .map(|n| StorageQuery::new(pallet, "TokenSymbol", vec![arg_u16(*n)])),
        );
    }
    let last_epoch_entry = if chain.has_storage(pallet, "TotalHotkeyAlphaLastEpoch") {
        Some("TotalHotkeyAlphaLastEpoch")
    } else if chain.has_storage(pallet, "TotalHotkeyAlpha") {
        Some("TotalHotkeyAlpha")
    } else {
        None
    };
    if let Some(entry) = last_epoch_entry {
        q.extend(positions.iter().map(|p| {
            StorageQuery::new(
                pallet,
                entry,
                vec![arg_account(&p.hotkey), arg_u16(p.netuid)],
            )
        }));
    }
    let vals = chain.storage(&q).await?;
    let mut it = vals.into_iter();
    let number = match it.next().flatten() {
        Some(v) => u64_of(&v)?,
        None => 0,
    };
    let mut symbols = BTreeMap::new();
    if have_symbols {
        for n in &netuids {
            if let Some(v) = it.next().flatten() {
                let s = String::from_utf8_lossy(&bytes(&v)?).into_owned();
                symbols.insert(*n, s);
            }
        }
    }
    let mut totals = Vec::with_capacity(positions.len());
    if last_epoch_entry.is_some() {
        for _ in positions {
            totals.push(match it.next().flatten() {
                Some(v) => u64_of(&v)?,
                None => 0,
            });
        }
    } else {
        totals.resize(positions.len(), 0);
    }
    Ok((number, symbols, totals))
}

/// The coldkey's share of a hotkey's last-epoch dividends: `emission × stake / total`, where
/// `total` is the hotkey's α at the last epoch (the chain pays a hotkey's dividends to its
/// stakers pro rata to their α). When `total` is unknown or 0 the
/// whole emission is attributed only if the coldkey holds everything, else 0.
pub fn prorated_emission(emission: u64, stake: u64, total: u64) -> u64 {
    if total == 0 {
        return 0;
    }
    let v = u128::from(emission) * u128::from(stake.min(total)) / u128::from(total);
    u64::try_from(v).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_epoch_rule_matches_subtensor_table() {
        // subtensor's doc table: tempo 1 netuid 0 → an epoch every other block starting at 0.
        // blocks_until(b) = tempo − (b + netuid + 1) mod (tempo + 1).
        for (tempo, netuid, now) in [(1u16, 0u16, 0u64), (100, 1, 0), (360, 3, 12345), (10, 2, 8)] {
            let next = next_epoch_legacy(netuid, tempo, now).unwrap();
            assert!(next > now);
            let t = u64::from(tempo);
            let until = |b: u64| t - (b + u64::from(netuid) + 1) % (t + 1);
            assert_eq!(until(next), 0, "the epoch runs at {next}");
            for b in now + 1..next {
                assert_ne!(until(b), 0, "no epoch between now and next ({b})");
            }
        }
        assert_eq!(next_epoch_legacy(1, 0, 5), None);
        // tempo 100, netuid 0, block 0: first epoch block 99.
        assert_eq!(next_epoch_legacy(0, 100, 0), Some(99));
        // On the epoch block itself, the next one is a full interval later.
        assert_eq!(next_epoch_legacy(0, 100, 99), Some(200));
    }

    #[test]
    fn scheduled_epoch_rule() {
        assert_eq!(next_epoch_scheduled(360, 1000, 0, 1100), Some(1360));
        assert_eq!(next_epoch_scheduled(360, 1000, 1200, 1100), Some(1200));
        assert_eq!(next_epoch_scheduled(360, 1000, 0, 1500), Some(1501));
        assert_eq!(next_epoch_scheduled(0, 1000, 0, 1500), None);
    }

    #[test]
    fn value_and_prorating_are_exact() {
        assert_eq!(tao_value(2_000_000_000, 1_500_000_000), 3_000_000_000);
        assert_eq!(tao_value(u64::MAX, u64::MAX), u64::MAX);
        assert_eq!(tao_value(1, 999_999_999), 0);
        assert_eq!(prorated_emission(1000, 250, 1000), 250);
        assert_eq!(prorated_emission(1000, 5000, 1000), 1000);
        assert_eq!(prorated_emission(1000, 1, 0), 0);
        assert_eq!(
            prorated_emission(u64::MAX, u64::MAX - 1, u64::MAX),
            u64::MAX - 1
        );
    }
}
