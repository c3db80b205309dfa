//! The `MevShield` pallet and the block author's part: key rotation, the pool's checks of a
//! wrapper, a wrapper for a stale key, and the `ShieldApi` runtime API.

use codec::{Decode, Encode};
use sp_core::Pair as _;
use sp_runtime::transaction_validity::InvalidTransaction;
use tao::chain::shield as client;
use tao::chain::tx::{Call, Era, TxSigner, Unsigned};
use tao_devnet::chain::{Chain, SubmitError};
use tao_devnet::pallet_shield::{self as ps, ShieldedTransaction};
use tao_devnet::runtime::{Runtime, UncheckedExtrinsic};
use tao_devnet::{TAO, dev_account};

struct Dev(sp_core::sr25519::Pair);

impl TxSigner for Dev {
    fn account(&self) -> [u8; 32] {
        self.0.public().0
    }
    fn sign(&self, message: &[u8]) -> Result<[u8; 64], String> {
        Ok(self.0.sign(message).0)
    }
}

/// `seed` signs `data` at `nonce` with an era of `period` born at the best block.
fn signed(chain: &Chain, seed: &str, data: Vec<u8>, nonce: u32, period: u64) -> Vec<u8> {
    let pair = sp_core::sr25519::Pair::from_string(seed, None).unwrap();
    let best = chain.best();
    Unsigned {
        call: Call {
            pallet: String::new(),
            name: String::new(),
            data,
        },
        signer: pair.public().0,
        nonce,
        era: Era::mortal(period, best.header.number as u64, best.hash.0),
        spec_version: 425,
        tx_version: 1,
        genesis: chain.genesis_hash().0,
    }
    .sign(&Dev(pair))
    .unwrap()
}

fn add_stake(amount: u64) -> Vec<u8> {
    let mut call = vec![7u8, 2];
    call.extend_from_slice(AsRef::<[u8; 32]>::as_ref(&dev_account("//Dave//hot")));
    call.extend_from_slice(&1u16.to_le_bytes());
    call.extend_from_slice(&amount.to_le_bytes());
    call
}

fn wrapper_call(ciphertext: &[u8]) -> Vec<u8> {
    let mut call = vec![30u8, 1];
    codec::Compact(ciphertext.len() as u32).encode_to(&mut call);
    call.extend_from_slice(ciphertext);
    call
}

fn keys(chain: &Chain) -> [Option<Vec<u8>>; 3] {
    chain.read_best_state(|| {
        [
            ps::CurrentKey::<Runtime>::get().map(|k| k.to_vec()),
            ps::PendingKey::<Runtime>::get().map(|k| k.to_vec()),
            ps::NextKey::<Runtime>::get().map(|k| k.to_vec()),
        ]
    })
}

#[test]
fn the_keys_rotate_every_block_as_the_chain_rotates_them() {
    let mut chain = Chain::new();
    let ek = |i| Some(ps::devnet_key_pair(i).1);
    assert_eq!(keys(&chain), [None, ek(0), ek(1)]);
    for n in 1..=3u32 {
        chain.produce_block();
        assert_eq!(keys(&chain), [ek(n - 1), ek(n), ek(n + 1)], "block {n}");
        let (pending_at, next_at, author) = chain.read_best_state(|| {
            (
                ps::PendingKeyExpiresAt::<Runtime>::get(),
                ps::NextKeyExpiresAt::<Runtime>::get(),
                ps::AuthorKeys::<Runtime>::get(ps::author_id()).map(|k| k.to_vec()),
            )
        });
        assert_eq!((pending_at, next_at), (Some(n + 2), Some(n + 3)));
        assert_eq!(author, ek(n + 1));
    }
    // ShieldApi: the key of the block built on this state is `PendingKey`'s.
    let pending = ps::key_hash(&ek(3).unwrap());
    let out = chain
        .call(
            None,
            "ShieldApi_is_shielded_using_current_key",
            &pending.encode(),
        )
        .unwrap();
    assert!(bool::decode(&mut &out[..]).unwrap());
    let next = ps::key_hash(&ek(4).unwrap());
    let out = chain
        .call(
            None,
            "ShieldApi_is_shielded_using_current_key",
            &next.encode(),
        )
        .unwrap();
    assert!(!bool::decode(&mut &out[..]).unwrap());
}

#[test]
fn the_pool_rejects_long_eras_and_unparseable_ciphertexts_but_not_foreign_keys() {
    let mut chain = Chain::new();
    let next = keys(&chain)[2].clone().unwrap();
    let inner = signed(&chain, "//Dave", add_stake(TAO), 1, 64);
    let ct = client::encrypt_with(&next, &inner, &[9; 32], &[8; 24]).unwrap();
    let long = signed(&chain, "//Dave", wrapper_call(&ct), 0, 16);
    assert_eq!(
        chain.submit(&long, None),
        Err(SubmitError::Invalid(InvalidTransaction::Stale))
    );
    let short = signed(&chain, "//Dave", wrapper_call(&[1, 2, 3, 4, 5]), 0, 8);
    assert_eq!(
        chain.submit(&short, None),
        Err(SubmitError::Invalid(InvalidTransaction::Custom(23)))
    );
    // A key hash no author will match is accepted (the pool does not check it).
    let mut foreign = ct.clone();
    foreign[0] ^= 0xff;
    let wrapper = signed(&chain, "//Dave", wrapper_call(&foreign), 0, 4);
    assert!(chain.submit(&wrapper, None).is_ok());
    assert_eq!(chain.pool_extrinsics(), vec![wrapper]);
    // It waits while its era lasts (4 blocks from #0), then leaves the pool unincluded.
    for n in 1..=3 {
        let b = chain.produce_block();
        assert!(b.extrinsics.is_empty(), "block {n}");
        assert_eq!(chain.pool_len(), 1);
    }
    assert!(chain.produce_block().extrinsics.is_empty());
    assert_eq!(chain.pool_len(), 0);
}

#[test]
fn a_wrapper_for_a_stale_key_is_never_included_and_a_fresh_one_is_with_its_inner() {
    let mut chain = Chain::new();
    chain.produce_block();
    chain.produce_block();
    // Encrypted to `CurrentKey` (the key of the block just built): no later author holds it.
    let [current, _, _] = keys(&chain);
    let inner = signed(&chain, "//Dave", add_stake(TAO), 1, 64);
    let stale = client::encrypt_with(&current.unwrap(), &inner, &[9; 32], &[8; 24]).unwrap();
    let wrapper = signed(&chain, "//Dave", wrapper_call(&stale), 0, 8);
    chain.submit(&wrapper, None).unwrap();
    for _ in 0..7 {
        assert!(chain.produce_block().extrinsics.is_empty());
        assert_eq!(chain.pool_len(), 1);
    }
    assert!(chain.produce_block().extrinsics.is_empty());
    assert_eq!(chain.pool_len(), 0, "evicted when its era ended");

    // Encrypted to `NextKey`: in the block after next, the inner extrinsic right after it.
    let next = keys(&chain)[2].clone().unwrap();
    let inner = signed(&chain, "//Dave", add_stake(TAO), 1, 64);
    let ct = client::encrypt_with(&next, &inner, &[9; 32], &[8; 24]).unwrap();
    let wrapper = signed(&chain, "//Dave", wrapper_call(&ct), 0, 8);
    chain.submit(&wrapper, None).unwrap();
    assert!(chain.produce_block().extrinsics.is_empty());
    let block = chain.produce_block();
    assert_eq!(block.extrinsics, vec![wrapper.clone(), inner.clone()]);

    // ShieldApi on the state before: decode the wrapper, open it with the author's key.
    let uxt = UncheckedExtrinsic::decode(&mut &wrapper[..]).unwrap();
    let out = chain
        .call(None, "ShieldApi_try_decode_shielded_tx", &uxt.encode())
        .unwrap();
    let tx = Option::<ShieldedTransaction>::decode(&mut &out[..])
        .unwrap()
        .unwrap();
    assert_eq!(tx.key_hash, client::key_hash(&next));
    assert_eq!(tx.kem_ct.len(), 1088);
    assert_eq!(tx.aead_ct.len(), inner.len() + 16);
    // NextKey read at #B is key pair B + 1; the wrapper landed in #B + 2, the best block.
    let index = chain.best().header.number - 1;
    let (dk, ek) = ps::devnet_key_pair(index);
    assert_eq!(ek, next);
    let out = chain
        .call(None, "ShieldApi_try_unshield_tx", &(dk, tx).encode())
        .unwrap();
    let opened = Option::<UncheckedExtrinsic>::decode(&mut &out[..])
        .unwrap()
        .unwrap();
    assert_eq!(opened.encode(), inner);
}
