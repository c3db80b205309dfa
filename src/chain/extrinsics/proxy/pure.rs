//! Pure (keyless) proxy accounts: `create_pure`, their derived address, and `kill_pure`.

use super::*;

/// The pure account `create_pure` makes: `blake2_256(b"modlpy/proxy____" ‖ spawner ‖ height
/// u32 LE ‖ extrinsic index u32 LE ‖ proxy type u8 ‖ index u16 LE)`.
pub fn pure_account(
    spawner: &[u8; 32],
    proxy_type: &str,
    index: u16,
    height: u32,
    ext_index: u32,
) -> Result<[u8; 32], ChainError> {
    use blake2::Digest;
    let mut bytes = b"modlpy/proxy____".to_vec();
    bytes.extend_from_slice(spawner);
    bytes.extend_from_slice(&height.to_le_bytes());
    bytes.extend_from_slice(&ext_index.to_le_bytes());
    bytes.push(type_index(proxy_type)?);
    bytes.extend_from_slice(&index.to_le_bytes());
    Ok(blake2::Blake2b::<blake2::digest::consts::U32>::digest(&bytes).into())
}

/// Plan `create_pure(proxy_type, delay, index)` signed by the spawner, who becomes the new
/// keyless account's proxy of that type and reserves the deposit.
pub async fn plan_create_pure(
    tc: &TxChain,
    spawner: &[u8; 32],
    proxy_type: &str,
    delay: u32,
    index: u16,
) -> Result<Plan, PlanError> {
    let (base, factor) = deposits(tc.metadata());
    let deposit = base + factor;
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "create_pure",
        vec![
            ("proxy_type", proxy_type_value(proxy_type)),
            ("delay", Value::u128(u128::from(delay))),
            ("index", Value::u128(u128::from(index))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            (
                "pure".into(),
                format!(
                    "a new keyless account, this coldkey its {proxy_type} proxy (delay {delay}, index {index})"
                ),
            ),
            (
                "deposit".into(),
                format!("{} reserved", display_tao(deposit)),
            ),
        ],
        details: json!({
            "spawner": crate::ss58::encode_default(spawner),
            "proxy_type": proxy_type,
            "delay": delay,
            "index": index,
            "deposit_reserved": deposit,
        }),
        preview: None,
        spend: deposit,
        keep_alive: true,
        balance_error: ("Balances", "InsufficientBalance"),
    })
}

/// Plan `kill_pure(spawner, proxy_type, index, height, ext_index)` made by `pure` itself (the
/// pipeline wraps it in `Proxy.proxy` for an `Any` proxy of the pure account). The arguments
/// must derive `pure`, or the chain refuses with `NoPermission`.
pub async fn plan_kill_pure(
    tc: &TxChain,
    pure: &[u8; 32],
    spawner: &[u8; 32],
    proxy_type: &str,
    index: u16,
    height: u32,
    ext_index: u32,
) -> Result<Plan, PlanError> {
    let ps = crate::ss58::encode_default(pure);
    let derived = pure_account(spawner, proxy_type, index, height, ext_index)?;
    if derived != *pure {
        return Err(Refusal::new(
            "Proxy",
            "NoPermission",
            format!(
                "spawner {}, type {proxy_type}, index {index}, block #{height}, extrinsic {ext_index} make {}, not {ps}",
                crate::ss58::encode_default(spawner),
                crate::ss58::encode_default(&derived)
            ),
            "give the values of the PureCreated event (`tao proxy create-pure` shows them)",
        )
        .into());
    }
    let (_, deposit) = proxies(&tc.chain, pure).await?;
    let call = Call::new(
        tc.metadata(),
        "Proxy",
        "kill_pure",
        vec![
            ("spawner", multi_address(spawner)),
            ("proxy_type", proxy_type_value(proxy_type)),
            ("index", Value::u128(u128::from(index))),
            ("height", Value::u128(u128::from(height))),
            ("ext_index", Value::u128(u128::from(ext_index))),
        ],
    )?;
    Ok(Plan {
        call,
        role: KeyRole::Coldkey,
        lines: vec![
            (
                "pure".into(),
                format!("{ps} (removed with its proxies; funds left in it are lost)"),
            ),
            (
                "deposit".into(),
                format!("{} returned to the spawner", display_tao(deposit)),
            ),
        ],
        details: json!({
            "pure": ps,
            "spawner": crate::ss58::encode_default(spawner),
            "proxy_type": proxy_type,
            "index": index,
            "height": height,
            "ext_index": ext_index,
            "deposit_returned": deposit,
        }),
        preview: None,
        spend: 0,
        keep_alive: false,
        balance_error: ("DispatchError", "Token(FundsUnavailable)"),
    })
}
