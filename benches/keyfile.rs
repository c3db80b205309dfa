//! Keyfile decrypt and create, with the real `$NACL` cost (Argon2i, t=8, 512 MiB).
//!
//! `cargo bench --bench keyfile`. Each iteration takes seconds, so the sample size is 10 and the
//! sampling flat. The comparison with bittensor-wallet 4.0.1 on the same machine (whole tao
//! processes against the library's own calls) is in the README, "Keyfile performance".

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use tao::wallet::keyfile::{NaclKey, Protection};
use tao::wallet::{Keypair, SecretString, Wallet};

const MNEMONIC: &str =
    "legal winner thank year wave sausage worth useful legal winner thank yellow";

fn keyfile(c: &mut Criterion) {
    let password = SecretString::copy_from("bench-password");
    let dir = tempfile::tempdir().expect("temporary directory");
    let wallet = Wallet::new(dir.path(), "bench").expect("wallet name");
    let key = Keypair::from_mnemonic(&SecretString::copy_from(MNEMONIC)).expect("mnemonic");
    let nacl = NaclKey::derive(&password).expect("key derivation");
    wallet
        .coldkey()
        .write_keypair(&key, Protection::Nacl(&nacl), true)
        .expect("write coldkey");

    let mut group = c.benchmark_group("keyfile");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.warm_up_time(Duration::from_millis(100));
    group.measurement_time(Duration::from_secs(30));

    group.bench_function("decrypt_nacl_coldkey", |b| {
        b.iter(|| {
            let raw = wallet.coldkey().read("coldkey").expect("read");
            let (unlocked, _) = raw.decrypt(black_box(&password)).expect("decrypt");
            black_box(unlocked.keypair.public_key())
        })
    });

    group.bench_function("create_encrypted_coldkey", |b| {
        b.iter(|| {
            let fresh = Keypair::generate(12).expect("generate");
            let nacl = NaclKey::derive(black_box(&password)).expect("key derivation");
            wallet
                .coldkey()
                .write_keypair(&fresh, Protection::Nacl(&nacl), true)
                .expect("write coldkey");
            wallet
                .coldkeypub()
                .write_public(&fresh, true)
                .expect("write coldkeypub");
        })
    });

    group.bench_function("create_plain_hotkey", |b| {
        let hotkey = wallet.hotkey("default").expect("hotkey name");
        let hotkeypub = wallet.hotkeypub("default").expect("hotkey name");
        b.iter(|| {
            let fresh = Keypair::generate(12).expect("generate");
            hotkey
                .write_keypair(&fresh, Protection::Plain, true)
                .expect("write hotkey");
            hotkeypub
                .write_public(&fresh, true)
                .expect("write hotkeypub");
        })
    });
    group.finish();
}

criterion_group!(benches, keyfile);
criterion_main!(benches);
