//! `tao wallet …` end to end: the real binary in a sandboxed HOME, no terminal.
//!
//! Secret-leak checks are plain assertions; snapshots are of public output only, with the sandbox
//! path redacted. Encrypted-key tests run the real 512 MiB key derivation, so there are few.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::support::{Run, Sandbox, to_run};
use tao::wallet::{Keypair, SecretString};

const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const ABANDON_SS58: &str = "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH";
const LEGAL: &str = "legal winner thank year wave sausage worth useful legal winner thank yellow";
const LEGAL_SS58: &str = "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe";
const ALICE_SS58: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

fn wallets(sb: &Sandbox) -> PathBuf {
    sb.home().join(".bittensor/wallets")
}

fn write(sb: &Sandbox, name: &str, content: &str) -> String {
    let path = sb.home().join(name);
    std::fs::write(&path, content).unwrap();
    path.display().to_string()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The run with the sandbox path replaced by `[HOME]`, for snapshots.
fn redacted(sb: &Sandbox, run: &Run) -> Run {
    let home = sb.home().display().to_string();
    Run {
        stdout: run.stdout.replace(&home, "[HOME]"),
        stderr: run.stderr.replace(&home, "[HOME]"),
        code: run.code,
    }
}

fn ss58_of(phrase: &str) -> String {
    Keypair::from_mnemonic(&SecretString::copy_from(phrase))
        .unwrap()
        .ss58_address()
}

/// No two consecutive words of the mnemonic appear in the output (single words may: the word
/// list has everyday words such as `public` or `wallet` that the output uses too).
fn assert_no_words(run: &Run, phrase: &str) {
    let words: Vec<&str> = phrase.split(' ').collect();
    for pair in words.windows(2) {
        let pair = pair.join(" ");
        assert!(
            !run.stdout.contains(&pair) && !run.stderr.contains(&pair),
            "`{pair}` leaked:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
}

#[test]
fn create_list_inspect_sign_verify_without_password() {
    let sb = Sandbox::new();
    let out = sb.home().join("mnemonics.json");
    let run = sb.run(&[
        "wallet",
        "create",
        "--no-password",
        "--mnemonic-out",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let data = run.json()["data"].clone();
    assert_eq!(mode(&out), 0o600);
    let mnemonics: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let cold_phrase = mnemonics["coldkey"].as_str().unwrap();
    let hot_phrase = mnemonics["hotkey"].as_str().unwrap();
    assert_eq!(cold_phrase.split(' ').count(), 12);
    assert_eq!(data["coldkey"]["ss58"], ss58_of(cold_phrase));
    assert_eq!(data["hotkey"]["ss58"], ss58_of(hot_phrase));
    assert_eq!(data["coldkey"]["encrypted"], false);
    assert!(data.get("mnemonic").is_none());
    assert_no_words(&run, cold_phrase);
    assert_no_words(&run, hot_phrase);
    assert!(run.stderr.contains("unencrypted"), "{}", run.stderr);
    let dir = wallets(&sb).join("default");
    for f in [
        "coldkey",
        "coldkeypub.txt",
        "hotkeys/default",
        "hotkeys/defaultpub.txt",
    ] {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
    }
    assert_eq!(mode(&dir), 0o700);

    // A second create refuses to overwrite, and the mnemonic file is never overwritten either.
    let again = sb.run(&[
        "wallet",
        "create",
        "--no-password",
        "--mnemonic-out",
        sb.home().join("m2.json").to_str().unwrap(),
    ]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("already exists") && again.stderr.contains("--force"),
        "{}",
        again.stderr
    );
    let again = sb.run(&[
        "wallet",
        "create",
        "--no-password",
        "--force",
        "--mnemonic-out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("never overwrites a mnemonic file"),
        "{}",
        again.stderr
    );

    let list = sb.run(&["wallet", "list", "--json"]);
    assert_eq!(list.code, 0, "{list:?}");
    let listed = &list.json()["data"]["wallets"][0];
    assert_eq!(listed["coldkey"]["ss58"], ss58_of(cold_phrase));
    assert_eq!(listed["hotkeys"][0]["name"], "default");
    assert_eq!(listed["hotkeys"][0]["ss58"], ss58_of(hot_phrase));

    let inspect = sb.run(&["wallet", "inspect", "--json"]);
    assert_eq!(inspect.code, 0, "{inspect:?}");
    let cold = &inspect.json()["data"]["coldkey"];
    assert_eq!(cold["file"]["format"], "plain");
    assert_eq!(cold["file"]["mode"], "0600");

    for (use_hotkey, phrase) in [(false, cold_phrase), (true, hot_phrase)] {
        let mut args = vec!["wallet", "sign", "--message", "0xdeadbeef", "--json"];
        if use_hotkey {
            args.push("--use-hotkey");
        }
        let sign = sb.run(&args);
        assert_eq!(sign.code, 0, "{sign:?}");
        let signed = sign.json()["data"].clone();
        assert_eq!(signed["ss58"], ss58_of(phrase));
        let sig = signed["signature"].as_str().unwrap();
        assert_no_words(&sign, phrase);
        // Signed as the bytes de ad be ef: verifies for the same hex text.
        let ok = sb.run(&[
            "wallet",
            "verify",
            "--message",
            "0xdeadbeef",
            "--signature",
            sig,
            "--address",
            &ss58_of(phrase),
            "--json",
        ]);
        assert_eq!(ok.code, 0, "{ok:?}");
        assert_eq!(ok.json()["data"]["valid"], true);
        let bad = sb.run(&[
            "wallet",
            "verify",
            "--message",
            "deadbeef",
            "--signature",
            sig,
            "--address",
            &ss58_of(phrase),
            "--json",
        ]);
        assert_eq!(bad.code, 1, "{bad:?}");
        assert_eq!(bad.json()["data"]["valid"], false);
    }
}

#[test]
fn encrypted_coldkey_password_sources_and_wrong_password() {
    let sb = Sandbox::new();
    let pw = write(&sb, "pw.txt", "s3cret-pw\n");
    let out = sb.home().join("m.json");
    let run = sb.run(&[
        "wallet",
        "new-coldkey",
        "--password-file",
        &pw,
        "--mnemonic-out",
        out.to_str().unwrap(),
        "--words",
        "24",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let coldkey = wallets(&sb).join("default/coldkey");
    assert!(std::fs::read(&coldkey).unwrap().starts_with(b"$NACL"));
    let phrase: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let phrase = phrase["coldkey"].as_str().unwrap().to_owned();
    assert_eq!(phrase.split(' ').count(), 24);

    // The password from standard input (`--password-file -`), minus its newline.
    let mut cmd = sb.cmd(&[
        "wallet",
        "sign",
        "--message",
        "hi",
        "--password-file",
        "-",
        "--json",
    ]);
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"s3cret-pw\n").unwrap();
    let sign = to_run(child.wait_with_output().unwrap());
    assert_eq!(sign.code, 0, "{sign:?}");
    assert_eq!(sign.json()["data"]["ss58"], ss58_of(&phrase));
    assert!(!sign.stdout.contains("s3cret") && !sign.stderr.contains("s3cret"));

    // A wrong password (from the CI-only variable): exit 3, nothing on disk changes.
    let before = std::fs::read(&coldkey).unwrap();
    let wrong = sb.run_env(
        &["wallet", "sign", "--message", "hi", "--json"],
        &[("TAO_UNSAFE_PASSWORD", "not-it")],
    );
    assert_eq!(wrong.code, 3, "{wrong:?}");
    assert_eq!(wrong.json()["errors"][0]["code"], "wallet.wrong_password");
    assert!(!wrong.stdout.contains("not-it") && !wrong.stderr.contains("not-it"));
    assert_eq!(std::fs::read(&coldkey).unwrap(), before);
    let listing: Vec<_> = std::fs::read_dir(coldkey.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(listing.len(), 2, "{listing:?}");
}

#[test]
fn no_password_source_and_no_terminal_is_exit_2() {
    let sb = Sandbox::new();
    let out = sb.home().join("m.json");
    let run = sb.run(&["wallet", "create", "--mnemonic-out", out.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("--password-file") && run.stderr.contains("TAO_PASSWORD_FILE"),
        "{}",
        run.stderr
    );
    assert!(!wallets(&sb).join("default/coldkey").exists());
    redacted(&sb, &run).snapshot("wallet_no_password_source");
    // And a new key whose mnemonic could never be seen is not created.
    let run = sb.run(&["wallet", "create", "--no-password"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(!wallets(&sb).join("default").exists());
    redacted(&sb, &run).snapshot("wallet_mnemonic_nowhere");
}

#[test]
fn show_secret_puts_the_mnemonic_in_json_only_when_asked() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "wallet",
        "new-hotkey",
        "--show-secret",
        "--json",
        "--words",
        "15",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let data = run.json()["data"].clone();
    let phrase = data["mnemonic"]["hotkey"].as_str().unwrap();
    assert_eq!(phrase.split(' ').count(), 15);
    assert_eq!(data["hotkey"]["ss58"], ss58_of(phrase));
    assert_eq!(data["hotkey"]["encrypted"], false);
}

#[test]
fn regen_from_files_seed_uri_and_polkadot_js() {
    let sb = Sandbox::new();
    let mnemonic = write(&sb, "m.txt", &format!("  {ABANDON}\n"));
    let run = sb.run(&[
        "wallet",
        "regen-coldkey",
        "--mnemonic-file",
        &mnemonic,
        "--no-password",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["coldkey"]["ss58"], ABANDON_SS58);
    assert_no_words(&run, ABANDON);
    let text = std::fs::read_to_string(wallets(&sb).join("default/coldkey")).unwrap();
    assert!(
        text.contains(&format!("\"secretPhrase\":\"{ABANDON}\"")) && !text.contains("cryptoType")
    );

    // --expect-address guards imports: a mismatch writes nothing.
    let seed = write(
        &sb,
        "seed.txt",
        "0x6fa2796b0071cac425d8a7851038318c2c37dcebfe4bae73197ce93e75909bd2\n",
    );
    let run = sb.run(&[
        "wallet",
        "regen-hotkey",
        "-H",
        "h1",
        "--seed-file",
        &seed,
        "--expect-address",
        ALICE_SS58,
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(!wallets(&sb).join("default/hotkeys/h1").exists());
    let run = sb.run(&[
        "wallet",
        "regen-hotkey",
        "-H",
        "h1",
        "--seed-file",
        &seed,
        "--expect-address",
        LEGAL_SS58,
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["hotkey"]["ss58"], LEGAL_SS58);

    // A secret URI in the mnemonic file is stored as btwallet's create_from_uri stores it.
    let uri = write(&sb, "uri.txt", "//Alice\n");
    let run = sb.run(&[
        "wallet",
        "regen-hotkey",
        "-H",
        "alice",
        "--mnemonic-file",
        &uri,
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["hotkey"]["ss58"], ALICE_SS58);

    // A seed on the command line is refused; btcli's --mnemonic works, with a warning.
    let run = sb.run(&[
        "wallet",
        "regen-hotkey",
        "-H",
        "x",
        "--seed",
        "0x6fa2796b0071cac425d8a7851038318c2c37dcebfe4bae73197ce93e75909bd2",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--seed-file"));
    let words: Vec<&str> = LEGAL.split(' ').collect();
    let mut args = vec!["wallet", "regen-hotkey", "-H", "legacy", "--mnemonic"];
    args.extend(&words);
    args.push("--json");
    let run = sb.run(&args);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.json()["warnings"][0]
            .as_str()
            .unwrap()
            .contains("shell history")
    );

    // polkadot-js export (scrypt + secretbox), fixture made by @polkadot/keyring.
    let fixture: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/polkadot-js.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let export = &fixture["exports"][0];
    let json_file = write(&sb, "export.json", &export["json"].to_string());
    let json_pw = write(
        &sb,
        "export-pw.txt",
        &format!("{}\n", export["password"].as_str().unwrap()),
    );
    let run = sb.run(&[
        "wallet",
        "regen-coldkey",
        "--wallet-name",
        "pjs",
        "--json-file",
        &json_file,
        "--json-password-file",
        &json_pw,
        "--no-password",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["coldkey"]["ss58"], export["address"]);
    let wrong_pw = write(&sb, "wrong.txt", "nope\n");
    let run = sb.run(&[
        "wallet",
        "regen-coldkey",
        "--wallet-name",
        "pjs2",
        "--json-file",
        &json_file,
        "--json-password-file",
        &wrong_pw,
        "--no-password",
    ]);
    assert_eq!(run.code, 3, "{run:?}");

    // regen-coldkeypub needs no secret.
    let run = sb.run(&[
        "wallet",
        "regen-coldkeypub",
        "--wallet-name",
        "watch",
        "--ss58",
        ALICE_SS58,
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let pubtext = std::fs::read_to_string(wallets(&sb).join("watch/coldkeypub.txt")).unwrap();
    assert!(
        pubtext.contains(ALICE_SS58)
            && pubtext
                .contains("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
    );
    // The same key again is fine; another key needs --force.
    let run = sb.run(&[
        "wallet",
        "regen-coldkeypub",
        "--wallet-name",
        "watch",
        "--public-key",
        "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
    ]);
    assert_eq!(run.code, 0, "same key: {run:?}");
    let bob = "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";
    let run = sb.run(&[
        "wallet",
        "regen-coldkeypub",
        "--wallet-name",
        "watch",
        "--public-key",
        bob,
    ]);
    assert_eq!(run.code, 1, "another key without --force: {run:?}");
    assert!(
        std::fs::read_to_string(wallets(&sb).join("watch/coldkeypub.txt"))
            .unwrap()
            .contains(ALICE_SS58)
    );
    // regen-hotkeypub: a hotkey's public file, for a watch-only hotkey; mode 0600, directory 0700.
    let run = sb.run(&[
        "wallet",
        "regen-hotkeypub",
        "--wallet-name",
        "watch",
        "--hotkey",
        "miner1",
        "--ss58",
        ALICE_SS58,
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["hotkeypub"]["ss58"], ALICE_SS58);
    let hotpub = wallets(&sb).join("watch/hotkeys/miner1pub.txt");
    assert!(
        std::fs::read_to_string(&hotpub)
            .unwrap()
            .contains(ALICE_SS58)
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&hotpub), 0o600);
        assert_eq!(mode(&wallets(&sb).join("watch/hotkeys")), 0o700);
    }
    let run = sb.run(&[
        "wallet",
        "regen-hotkeypub",
        "--wallet-name",
        "watch",
        "--hotkey",
        "miner1",
        "--public-key",
        bob,
    ]);
    assert_eq!(run.code, 1, "another key without --force: {run:?}");
    let run = sb.run(&[
        "--json",
        "wallet",
        "regen-hotkeypub",
        "--wallet-name",
        "watch",
        "--hotkey",
        "miner1",
        "--public-key",
        bob,
        "--force",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["hotkeypub"]["public_key"], bob);
    // Restoring the coldkey of a watch-only wallet keeps its matching coldkeypub.txt.
    let run = sb.run(&[
        "wallet",
        "regen-coldkey",
        "--wallet-name",
        "watch",
        "--mnemonic-file",
        &uri,
        "--no-password",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["coldkey"]["ss58"], ALICE_SS58);

    // A bad mnemonic file: a clear error that echoes no word.
    let bad = write(&sb, "bad.txt", &ABANDON.replace("about", "zebrafishsecret"));
    let run = sb.run(&[
        "wallet",
        "regen-coldkey",
        "--wallet-name",
        "bad",
        "--mnemonic-file",
        &bad,
        "--no-password",
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("word 12") && !run.stderr.contains("zebrafishsecret"),
        "{}",
        run.stderr
    );
}

#[test]
fn hotkey_encrypt_decrypt_and_change_password() {
    let sb = Sandbox::new();
    let mnemonic = write(&sb, "m.txt", LEGAL);
    let run = sb.run(&["wallet", "regen-hotkey", "--mnemonic-file", &mnemonic]);
    assert_eq!(run.code, 0, "{run:?}");
    let hotkey = wallets(&sb).join("default/hotkeys/default");
    let pw = write(&sb, "pw.txt", "hot-pw-123");
    let run = sb.run(&["wallet", "encrypt-hotkey", "--password-file", &pw]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(std::fs::read(&hotkey).unwrap().starts_with(b"$NACL"));
    let run = sb.run(&["wallet", "encrypt-hotkey", "--password-file", &pw]);
    assert_eq!(run.code, 1, "already encrypted: {run:?}");
    // Without --yes and without a terminal the confirmation cannot be asked.
    let run = sb.run(&["wallet", "decrypt-hotkey", "--password-file", &pw]);
    assert_eq!(run.code, 2, "{run:?}");
    let run = sb.run(&[
        "wallet",
        "decrypt-hotkey",
        "--password-file",
        &pw,
        "--yes",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["data"]["hotkey"]["ss58"], LEGAL_SS58);
    assert!(std::fs::read(&hotkey).unwrap().starts_with(b"{"));
    assert_eq!(mode(&hotkey), 0o600);

    // change-password on an unencrypted coldkey encrypts it (one derivation).
    let cold = write(&sb, "c.txt", ABANDON);
    let run = sb.run(&[
        "wallet",
        "regen-coldkey",
        "--mnemonic-file",
        &cold,
        "--no-password",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let new_pw = write(&sb, "new.txt", "brand-new-pw\n");
    let run = sb.run(&[
        "wallet",
        "change-password",
        "--new-password-file",
        &new_pw,
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let coldkey = wallets(&sb).join("default/coldkey");
    assert!(std::fs::read(&coldkey).unwrap().starts_with(b"$NACL"));
    assert_eq!(mode(&coldkey), 0o600);
    let sign = sb.run(&[
        "wallet",
        "sign",
        "--message",
        "x",
        "--password-file",
        &new_pw,
        "--json",
    ]);
    assert_eq!(sign.code, 0, "{sign:?}");
    assert_eq!(sign.json()["data"]["ss58"], ABANDON_SS58);
}

#[test]
fn list_keeps_going_past_broken_wallets() {
    let sb = Sandbox::new();
    let mnemonic = write(&sb, "m.txt", ABANDON);
    let run = sb.run(&[
        "wallet",
        "regen-coldkey",
        "--wallet-name",
        "good",
        "--mnemonic-file",
        &mnemonic,
        "--no-password",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let hot = write(&sb, "h.txt", LEGAL);
    let run = sb.run(&[
        "wallet",
        "regen-hotkey",
        "--wallet-name",
        "good",
        "-H",
        "miner",
        "--mnemonic-file",
        &hot,
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let broken = wallets(&sb).join("broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("coldkeypub.txt"), "{truncated").unwrap();
    let run = sb.run(&["wallet", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    redacted(&sb, &run).snapshot("wallet_list");
    let json = sb.run(&["wallet", "list", "--json"]).json();
    assert_eq!(json["data"]["wallets"].as_array().unwrap().len(), 2);
    assert!(
        json["data"]["wallets"][0]["coldkey"]["error"]
            .as_str()
            .unwrap()
            .contains("corrupt keyfile")
    );
    let inspect = sb.run(&["wallet", "inspect", "--wallet-name", "good"]);
    assert_eq!(inspect.code, 0, "{inspect:?}");
    redacted(&sb, &inspect).snapshot("wallet_inspect");
    let missing = sb.run(&["wallet", "inspect", "--wallet-name", "nope"]);
    assert_eq!(missing.code, 1, "{missing:?}");
}

#[test]
fn verify_rejects_malformed_input() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "wallet",
        "verify",
        "--message",
        "hi",
        "--signature",
        "0x1234",
        "--address",
        ALICE_SS58,
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("64 bytes"), "{}", run.stderr);
    let sig = format!("0x{}", "00".repeat(64));
    let run = sb.run(&[
        "wallet",
        "verify",
        "--message",
        "0xzz",
        "--signature",
        &sig,
        "--address",
        ALICE_SS58,
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    let run = sb.run(&[
        "wallet",
        "verify",
        "--message",
        "hi",
        "--signature",
        &sig,
        "--address",
        "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5",
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("prefix 0"), "{}", run.stderr);
    let run = sb.run(&[
        "wallet",
        "verify",
        "--message",
        "hi",
        "--signature",
        &sig,
        "--address",
        ALICE_SS58,
    ]);
    redacted(&sb, &run).snapshot("wallet_verify_invalid");
    let run = sb.run(&["wallet", "create", "--words", "13"]);
    assert_eq!(run.code, 2, "{run:?}");
}

/// Run `tao` under a pseudo-terminal (util-linux `script`), typing `input` lines one a second.
/// Everything the program writes (stdout and stderr) comes back in `stdout`. `None` (skip) when
/// `script` is missing, except under `CI=true`.
fn run_in_pty(sb: &Sandbox, args: &[&str], input: &[&str]) -> Option<Run> {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        let message = "cli_wallet: `script` (util-linux) is missing; cannot test the prompts";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{message}");
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            format!("{message} (skipped)\n").as_bytes(),
        );
        return None;
    }
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let line: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_tao"))
        .chain(args.iter().copied())
        .map(quote)
        .collect();
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &line.join(" "), "/dev/null"])
        .env_clear()
        .env("HOME", sb.home())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("XDG_CONFIG_HOME", sb.home().join(".config"))
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for text in input {
        std::thread::sleep(std::time::Duration::from_secs(1));
        std::io::Write::write_all(&mut stdin, format!("{text}\n").as_bytes()).unwrap();
    }
    std::thread::sleep(std::time::Duration::from_secs(1));
    drop(stdin);
    Some(to_run(child.wait_with_output().unwrap()))
}

#[test]
fn terminal_prompts_trim_the_password_and_show_the_mnemonic_once() {
    let sb = Sandbox::new();
    let typed = ["  typed pw 1  ", "  typed pw 1  "];
    let Some(run) = run_in_pty(&sb, &["wallet", "new-coldkey"], &typed) else {
        return;
    };
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        !run.stdout.contains("typed pw"),
        "the password is not echoed"
    );
    let shown = run
        .stdout
        .split("controls the key):")
        .nth(1)
        .expect("the mnemonic is shown");
    let phrase: Vec<&str> = shown.split_whitespace().take(12).collect();
    let address = ss58_of(&phrase.join(" "));
    let pubfile = std::fs::read_to_string(wallets(&sb).join("default/coldkeypub.txt")).unwrap();
    assert!(pubfile.contains(&address), "{pubfile}");
    // The prompt trimmed the password, as btcli's does, so the trimmed text unlocks the key.
    let pw = write(&sb, "pw.txt", "typed pw 1");
    let sign = sb.run(&[
        "wallet",
        "sign",
        "--message",
        "x",
        "--password-file",
        &pw,
        "--json",
    ]);
    assert_eq!(sign.code, 0, "{sign:?}");
    assert_eq!(sign.json()["data"]["ss58"], address);
    // Replacing the key needs a confirmation; "n" keeps it.
    let before = std::fs::read(wallets(&sb).join("default/coldkey")).unwrap();
    let Some(run) = run_in_pty(&sb, &["wallet", "new-coldkey", "--no-password"], &["n"]) else {
        return;
    };
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("Overwrite it?"), "{}", run.stdout);
    assert_eq!(
        std::fs::read(wallets(&sb).join("default/coldkey")).unwrap(),
        before
    );
}
