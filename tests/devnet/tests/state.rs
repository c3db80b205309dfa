//! `--state FILE`: a devnet restarted on its saved file continues from the same block with the
//! same genesis and state; a file from another genesis or a damaged one is refused by name.

use tao_devnet::pallet_subtensor as st;
use tao_devnet::runtime::Runtime;
use tao_devnet::{Devnet, Options, dev_account};

fn options(path: &std::path::Path) -> Options {
    Options {
        state_file: Some(path.to_path_buf()),
        ..Options::for_tests()
    }
}

#[tokio::test]
async fn a_restarted_devnet_continues_from_its_saved_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chain.state");
    let d = Devnet::start(options(&path)).await.unwrap();
    let genesis = d.ctx.chain.lock().unwrap().genesis_hash();
    let ferdie = dev_account("//Ferdie");
    d.ctx.edit_state(|| {
        st::Pallet::<Runtime>::increase_stake(&dev_account("//Bob//hot"), &ferdie, 1, 7)
    });
    let best = d.ctx.new_blocks(12);
    let saved = d.ctx.save_state(&path).unwrap();
    assert_eq!(saved, 12);
    d.stop();

    let d = Devnet::start(options(&path)).await.unwrap();
    {
        let chain = d.ctx.chain.lock().unwrap();
        assert_eq!(chain.genesis_hash(), genesis);
        assert_eq!(chain.best().hash, best);
        assert_eq!(chain.blocks.len(), 13);
    }
    let stake = d
        .ctx
        .read_state(|| st::Pallet::<Runtime>::stake_of(&dev_account("//Bob//hot"), &ferdie, 1));
    assert_eq!(stake, 7);
    // It goes on producing blocks on top of the saved one.
    d.ctx.new_blocks(2);
    let chain = d.ctx.chain.lock().unwrap();
    assert_eq!(chain.best().header.number, 14);
    assert_eq!(chain.blocks[13].header.parent_hash, best);
}

#[tokio::test]
async fn a_damaged_or_foreign_state_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chain.state");
    std::fs::write(&path, b"not a state file").unwrap();
    let e = Devnet::start(options(&path)).await.err().expect("refused");
    assert!(e.to_string().contains("not a tao-devnet state file"), "{e}");

    // A file saved by a chain with another genesis (here: its genesis hash altered).
    let d = Devnet::start(options(&dir.path().join("fresh.state")))
        .await
        .unwrap();
    d.ctx.new_blocks(1);
    let good = dir.path().join("good.state");
    d.ctx.save_state(&good).unwrap();
    d.stop();
    let mut bytes = std::fs::read(&good).unwrap();
    // magic (8) + version (4), then the 32-byte genesis hash.
    bytes[12] ^= 0xff;
    std::fs::write(&path, bytes).unwrap();
    let e = Devnet::start(options(&path)).await.err().expect("refused");
    assert!(e.to_string().contains("another genesis"), "{e}");
}

/// Runs the binary on `path` with 20 ms blocks for `ms`, then stops it with SIGINT as Ctrl-C
/// would.
fn run_binary(path: &std::path::Path, ms: u64) {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tao-devnet"))
        .args(["--port", "0", "--block-time-ms", "20", "--state"])
        .arg(path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("listening on"), "{line}");
    std::thread::sleep(std::time::Duration::from_millis(ms));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(child.wait().unwrap().success());
}

#[test]
fn the_binary_saves_on_exit_and_continues_on_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chain.state");
    run_binary(&path, 600);
    let first = tao_devnet::chain::Chain::load(&path, false).unwrap();
    let (n1, h1) = (first.best().header.number, first.best().hash);
    assert!(n1 > 0, "blocks were produced");
    run_binary(&path, 600);
    let second = tao_devnet::chain::Chain::load(&path, false).unwrap();
    assert!(second.best().header.number > n1);
    assert_eq!(
        second.blocks[n1 as usize].hash, h1,
        "the same chain, continued"
    );
}
