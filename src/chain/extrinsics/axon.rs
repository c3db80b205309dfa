//! `serve_axon`: a hotkey's endpoint on a subnet, set or reset (btcli's `axon set` and `axon
//! reset`), with the chain's checks run before signing: the hotkey has a uid on the subnet
//! (`HotKeyNotRegisteredInNetwork`), the ip type is 4 or 6 (`InvalidIpType`), the address is one
//! the chain accepts (`InvalidIpAddress`: not 127.0.0.1 or 255.255.255.255, not `::1` or all
//! ones; 0 is allowed), the port is not 0 (`InvalidPort`), and `ServingRateLimit[netuid]` blocks
//! have passed since the last serve (`ServingRateLimitExceeded`).

use std::net::IpAddr;

use serde_json::json;
use subxt::ext::scale_value::Value;

use super::{KeyRole, Plan, PlanError, Refusal};
use crate::chain::client::{StorageQuery, arg_account, arg_u16};
use crate::chain::tx::{Call, TxChain};
use crate::chain::value::{Val, field, u64_of, uint};

/// An axon endpoint as the chain stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// The address (IPv4 in the low 32 bits).
    pub ip: u128,
    /// The port.
    pub port: u16,
    /// 4 or 6.
    pub ip_type: u8,
    /// The protocol number (btcli sends 4).
    pub protocol: u8,
}

/// What `axon reset` serves: address 0, port 1, IPv4, protocol 4 (btcli's values).
pub const RESET: Endpoint = Endpoint {
    ip: 0,
    port: 1,
    ip_type: 4,
    protocol: 4,
};

/// Parse an IP address; with `ip_type`, its version must match. Returns (address, type).
pub fn parse_ip(text: &str, ip_type: Option<u8>) -> Result<(u128, u8), String> {
    let addr: IpAddr = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not an IPv4 or IPv6 address"))?;
    let (ip, kind) = match addr {
        IpAddr::V4(v4) => (u128::from(u32::from(v4)), 4),
        IpAddr::V6(v6) => (u128::from(v6), 6),
    };
    match ip_type {
        Some(t) if t != kind => Err(format!(
            "`{text}` is an IPv{kind} address but `--ip-type {t}` was given"
        )),
        _ => Ok((ip, kind)),
    }
}

/// The endpoint as text: `1.2.3.4:8091`, `[::2]:8091`; `None` for the unset address 0.
pub fn endpoint_text(ip: u128, port: u16, ip_type: u8) -> Option<String> {
    if ip == 0 {
        return None;
    }
    Some(match ip_type {
        4 => {
            let v4 = std::net::Ipv4Addr::from(u32::try_from(ip & 0xffff_ffff).unwrap_or(0));
            format!("{v4}:{port}")
        }
        _ => format!("[{}]:{port}", std::net::Ipv6Addr::from(ip)),
    })
}

/// The chain's address and port rules (`InvalidIpType`, `InvalidIpAddress`, `InvalidPort`).
pub fn check_endpoint(e: &Endpoint) -> Result<(), Refusal> {
    if e.ip_type != 4 && e.ip_type != 6 {
        return Err(Refusal::subtensor(
            "InvalidIpType",
            format!("the ip type {} is neither 4 nor 6", e.ip_type),
            "give `--ip-type 4` or `--ip-type 6`",
        ));
    }
    let valid = match e.ip_type {
        4 => e.ip < u128::from(u32::MAX) && e.ip != 0x7f00_0001,
        _ => e.ip != u128::MAX && e.ip != 1,
    };
    if !valid {
        return Err(Refusal::subtensor(
            "InvalidIpAddress",
            format!(
                "the chain does not accept the address {}",
                endpoint_text(e.ip, e.port, e.ip_type).unwrap_or_else(|| "0".into())
            ),
            "serve a public address (not loopback or broadcast)",
        ));
    }
    if e.port == 0 {
        return Err(Refusal::subtensor(
            "InvalidPort",
            "the port is 0",
            "give the port the axon listens on (`--port`)",
        ));
    }
    Ok(())
}

/// `ServingRateLimitExceeded` unless a serve landing in block `lands` is `limit` blocks after
/// the `last` one (0: never served; a limit of 0 turns the check off).
pub fn check_rate(netuid: u16, last: u64, limit: u64, lands: u64) -> Result<(), Refusal> {
    if limit == 0 || last == 0 || lands.saturating_sub(last) >= limit {
        return Ok(());
    }
    let next = last + limit;
    Err(Refusal::subtensor(
        "ServingRateLimitExceeded",
        format!(
            "this hotkey served on subnet {netuid} at block #{last}; the subnet allows one serve per {limit} blocks, so the next may land from block #{next} (this one would land in #{lands})"
        ),
        format!(
            "retry in {} block{}",
            next - lands,
            if next - lands == 1 { "" } else { "s" }
        ),
    ))
}

fn stored(v: &Val) -> Result<(Endpoint, u64), crate::chain::ChainError> {
    let small = |name: &str| -> Result<u8, crate::chain::ChainError> {
        u8::try_from(uint(field(v, name)?)?)
            .map_err(|_| crate::chain::ChainError::decode(format!("AxonInfo.{name}"), "above 255"))
    };
    Ok((
        Endpoint {
            ip: uint(field(v, "ip")?)?,
            port: u16::try_from(uint(field(v, "port")?)?)
                .map_err(|_| crate::chain::ChainError::decode("AxonInfo.port", "above 65535"))?,
            ip_type: small("ip_type")?,
            protocol: small("protocol")?,
        },
        u64_of(field(v, "block")?)?,
    ))
}

/// Plan serving `endpoint` for `hotkey` on `netuid` (signed by the hotkey).
pub async fn plan_serve(
    tc: &TxChain,
    hotkey: &[u8; 32],
    netuid: u16,
    endpoint: Endpoint,
    reset: bool,
) -> Result<Plan, PlanError> {
    let v = tc
        .chain
        .storage(&[
            StorageQuery::new("SubtensorModule", "NetworksAdded", vec![arg_u16(netuid)]),
            StorageQuery::new(
                "SubtensorModule",
                "Uids",
                vec![arg_u16(netuid), arg_account(hotkey)],
            ),
            StorageQuery::new(
                "SubtensorModule",
                "Axons",
                vec![arg_u16(netuid), arg_account(hotkey)],
            ),
            StorageQuery::new("SubtensorModule", "ServingRateLimit", vec![arg_u16(netuid)]),
        ])
        .await?;
    let exists = match &v[0] {
        Some(b) => crate::chain::value::bool_of(b)?,
        None => false,
    };
    if !exists {
        return Err(Refusal::no_subnet(netuid).into());
    }
    let hk = crate::ss58::encode_default(hotkey);
    if v[1].is_none() {
        return Err(Refusal::subtensor(
            "HotKeyNotRegisteredInNetwork",
            format!("the hotkey {hk} has no uid on subnet {netuid}"),
            format!("register it first: `tao subnets register --netuid {netuid}`"),
        )
        .into());
    }
    check_endpoint(&endpoint)?;
    let previous = v[2].as_ref().map(stored).transpose()?;
    let limit = match &v[3] {
        Some(l) => u64_of(l)?,
        None => 50,
    };
    let lands = tc.pinned_number().await? + 1;
    check_rate(netuid, previous.map_or(0, |(_, b)| b), limit, lands)?;
    let call = Call::new(
        tc.metadata(),
        "SubtensorModule",
        "serve_axon",
        vec![
            ("netuid", arg_u16(netuid)),
            ("version", Value::u128(0)),
            ("ip", Value::u128(endpoint.ip)),
            ("port", Value::u128(u128::from(endpoint.port))),
            ("ip_type", Value::u128(u128::from(endpoint.ip_type))),
            ("protocol", Value::u128(u128::from(endpoint.protocol))),
            ("placeholder1", Value::u128(0)),
            ("placeholder2", Value::u128(0)),
        ],
    )?;
    let shown = |e: &Endpoint| {
        endpoint_text(e.ip, e.port, e.ip_type).unwrap_or_else(|| "none (address 0)".into())
    };
    let mut lines = vec![
        ("hotkey".to_string(), hk.clone()),
        ("subnet".to_string(), netuid.to_string()),
        (
            "axon".to_string(),
            if reset {
                "reset (address 0, port 1)".to_string()
            } else {
                format!(
                    "{} (IPv{}, protocol {})",
                    shown(&endpoint),
                    endpoint.ip_type,
                    endpoint.protocol
                )
            },
        ),
    ];
    lines.push((
        "was".to_string(),
        match &previous {
            Some((e, block)) => format!("{} (served at block #{block})", shown(e)),
            None => "never served".to_string(),
        },
    ));
    let as_json = |e: &Endpoint| {
        json!({
            "endpoint": endpoint_text(e.ip, e.port, e.ip_type),
            "ip": e.ip.to_string(),
            "port": e.port,
            "ip_type": e.ip_type,
            "protocol": e.protocol,
        })
    };
    let details = json!({
        "netuid": netuid,
        "hotkey": hk,
        "reset": reset,
        "axon": as_json(&endpoint),
        "previous": previous.map(|(e, block)| {
            let mut j = as_json(&e);
            j["block"] = json!(block);
            j
        }),
        "serving_rate_limit": limit,
    });
    Ok(Plan {
        call,
        role: KeyRole::Hotkey,
        lines,
        details,
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_parse_by_version_and_the_chain_rules_hold() {
        assert_eq!(parse_ip("1.2.3.4", None), Ok((0x0102_0304, 4)));
        assert_eq!(parse_ip("::2", Some(6)), Ok((2, 6)));
        assert!(parse_ip("1.2.3.4", Some(6)).unwrap_err().contains("IPv4"));
        assert!(parse_ip("localhost", None).is_err());
        let e = |ip, ip_type, port| Endpoint {
            ip,
            port,
            ip_type,
            protocol: 4,
        };
        assert!(check_endpoint(&e(0x0102_0304, 4, 8091)).is_ok());
        assert!(check_endpoint(&RESET).is_ok());
        assert_eq!(
            check_endpoint(&e(0x7f00_0001, 4, 1)).unwrap_err().name,
            "InvalidIpAddress"
        );
        assert_eq!(
            check_endpoint(&e(u128::from(u32::MAX), 4, 1))
                .unwrap_err()
                .name,
            "InvalidIpAddress"
        );
        assert_eq!(
            check_endpoint(&e(1, 6, 1)).unwrap_err().name,
            "InvalidIpAddress"
        );
        assert_eq!(
            check_endpoint(&e(5, 5, 1)).unwrap_err().name,
            "InvalidIpType"
        );
        assert_eq!(check_endpoint(&e(5, 4, 0)).unwrap_err().name, "InvalidPort");
        assert_eq!(
            endpoint_text(0x0102_0304, 80, 4).as_deref(),
            Some("1.2.3.4:80")
        );
        assert_eq!(endpoint_text(2, 80, 6).as_deref(), Some("[::2]:80"));
    }

    #[test]
    fn the_rate_limit_counts_from_the_last_serve() {
        assert!(check_rate(1, 0, 50, 10).is_ok());
        assert!(check_rate(1, 100, 0, 101).is_ok());
        assert!(check_rate(1, 100, 50, 150).is_ok());
        let r = check_rate(1, 100, 50, 149).unwrap_err();
        assert_eq!(r.name, "ServingRateLimitExceeded");
        assert!(r.hint.contains("retry in 1 block"), "{}", r.hint);
    }
}
