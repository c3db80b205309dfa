//! The command-line contract: help and error snapshots, the JSON envelope, exit codes, option
//! precedence, and every bad input of the offline utilities.

use crate::support::Sandbox;

#[test]
fn help_snapshots() {
    let s = Sandbox::new();
    s.run(&["--help"]).snapshot("help_long");
    s.run(&["-h"]).snapshot("help_short");
    s.run(&["utils", "convert", "--help"])
        .snapshot("help_utils_convert");
    s.run(&["config", "--help"]).snapshot("help_config");
}

#[test]
fn no_arguments_prints_help_and_exits_2() {
    let r = Sandbox::new().run(&[]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("Usage: tao"));
}

#[test]
fn version() {
    let r = Sandbox::new().run(&["--version"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, format!("tao {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn convert_tao_and_rao() {
    let s = Sandbox::new();
    s.run(&["utils", "convert", "--tao", "1.5"])
        .snapshot("convert_tao");
    let r = s.run(&["utils", "convert", "--rao", "1500000000", "--json"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        "{\"schema_version\":1,\"success\":true,\"data\":{\"rao\":\"1500000000\",\"tao\":\"1.5\"},\"errors\":[],\"warnings\":[]}\n"
    );
    assert!(r.stderr.is_empty());
    let r = s.run(&[
        "utils",
        "convert",
        "--rao",
        "18446744073709551615",
        "--json",
    ]);
    assert_eq!(r.json()["data"]["tao"], "18446744073.709551615");
}

#[test]
fn convert_bad_inputs() {
    let s = Sandbox::new();
    let cases: &[(&[&str], &str, &str)] = &[
        (&["--tao", "-1"], "amount.negative", "is negative"),
        (
            &["--tao", "1.0000000001"],
            "amount.too_precise",
            "more than 9 decimals",
        ),
        (&["--tao", "18446744074"], "amount.overflow", "too large"),
        (&["--tao", "abc"], "amount.invalid", "not a decimal number"),
        (&["--tao", "1e3"], "amount.invalid", "not a decimal number"),
        (&["--rao", "1.5"], "amount.invalid", "not a decimal number"),
        (&["--rao", "-5"], "amount.negative", "is negative"),
        (
            &["--rao", "18446744073709551616"],
            "amount.overflow",
            "too large",
        ),
    ];
    for (args, code, text) in cases {
        let mut full = vec!["utils", "convert"];
        full.extend_from_slice(args);
        let r = s.run(&full);
        assert_eq!(r.code, 1, "{args:?}: {r:?}");
        assert!(r.stdout.is_empty(), "{args:?}");
        assert!(r.stderr.starts_with("error: "), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(text), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("\nhint: "), "{args:?}: {}", r.stderr);
        full.push("--json");
        let r = s.run(&full);
        assert_eq!(r.code, 1);
        let v = r.json();
        assert_eq!(v["success"], false);
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["errors"][0]["code"], *code, "{args:?}");
        assert!(v["data"].is_null());
    }
    s.run(&["utils", "convert", "--tao", "1.0000000001"])
        .snapshot("convert_too_precise");
    // Exactly one of --tao and --rao.
    assert_eq!(s.run(&["utils", "convert"]).code, 2);
    assert_eq!(
        s.run(&["utils", "convert", "--tao", "1", "--rao", "1"])
            .code,
        2
    );
}

const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const ALICE_PK: &str = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

#[test]
fn ss58_commands() {
    let s = Sandbox::new();
    let r = s.run(&["utils", "ss58", "encode", ALICE_PK]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, format!("{ALICE}\n").as_str())
    );
    let r = s.run(&["utils", "ss58", "decode", ALICE, "--json"]);
    assert_eq!(r.json()["data"]["public_key"], ALICE_PK);
    assert_eq!(r.json()["data"]["prefix"], 42);
    let r = s.run(&["utils", "ss58", "encode", ALICE_PK, "--prefix", "0"]);
    assert_eq!(
        r.stdout,
        "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5\n"
    );
    let r = s.run(&["utils", "ss58", "validate", ALICE]);
    assert_eq!(r.code, 0);
    s.run(&["utils", "ss58", "decode", ALICE])
        .snapshot("ss58_decode");
}

#[test]
fn ss58_bad_inputs() {
    let s = Sandbox::new();
    let mut bad_checksum = ALICE.to_string();
    bad_checksum.replace_range(47..48, "Z");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["validate".into(), bad_checksum.clone()],
            "ss58.bad_checksum",
        ),
        (
            vec!["validate".into(), ALICE[..30].to_string()],
            "ss58.bad_length",
        ),
        (vec!["validate".into(), "0OIl".into()], "ss58.not_base58"),
        (
            vec![
                "validate".into(),
                "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5".into(),
            ],
            "ss58.wrong_prefix",
        ),
        (
            vec!["encode".into(), "0x1234".into()],
            "ss58.bad_public_key",
        ),
        (
            vec!["decode".into(), bad_checksum.clone()],
            "ss58.bad_checksum",
        ),
    ];
    for (args, code) in cases {
        let mut full = vec!["utils", "ss58"];
        full.extend(args.iter().map(String::as_str));
        full.push("--json");
        let r = s.run(&full);
        assert_eq!(r.code, 1, "{args:?}");
        assert_eq!(r.json()["errors"][0]["code"], code, "{args:?}");
        assert!(r.stderr.contains("error: "), "{args:?}");
    }
    s.run(&["utils", "ss58", "validate", &bad_checksum])
        .snapshot("ss58_bad_checksum");
    // Prefix out of range is a usage error.
    assert_eq!(
        s.run(&["utils", "ss58", "encode", ALICE_PK, "--prefix", "70000"])
            .code,
        2
    );
}

#[test]
fn usage_errors_exit_2_with_json_envelope() {
    let s = Sandbox::new();
    let r = s.run(&["bogus"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    r.snapshot("unknown_command");
    let r = s.run(&["bogus", "--json"]);
    assert_eq!(r.code, 2);
    let v = r.json();
    assert_eq!(v["success"], false);
    assert_eq!(v["errors"][0]["code"], "usage.invalid_arguments");
    let r = s.run_env(&["utils", "convert", "--bad-flag"], &[("TAO_JSON", "1")]);
    assert_eq!(r.code, 2);
    assert_eq!(r.json()["success"], false);
}

#[test]
fn unknown_network_is_an_error_not_mainnet() {
    let s = Sandbox::new();
    let r = s.run(&["--network", "mainnet", "config", "show", "--resolved"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    r.snapshot("unknown_network");
    let r = s.run_env(
        &["config", "show", "--resolved", "--json"],
        &[("TAO_NETWORK", "nope")],
    );
    assert_eq!(r.code, 2);
    assert_eq!(r.json()["errors"][0]["code"], "settings.unknown_network");
    let r = s.run(&[
        "--network",
        "ws://127.0.0.1:1234",
        "config",
        "show",
        "--resolved",
        "--json",
    ]);
    assert_eq!(
        r.json()["data"]["values"]["network"]["value"],
        "ws://127.0.0.1:1234"
    );
}

#[test]
fn precedence_flag_env_config_btcli_default() {
    let s = Sandbox::new();
    let get = |r: &crate::support::Run, key: &str| -> (String, String) {
        let v = r.json();
        let e = &v["data"]["values"][key];
        (
            e["value"].as_str().unwrap().to_string(),
            e["source"].as_str().unwrap().to_string(),
        )
    };
    let show = ["config", "show", "--resolved", "--json"];
    // Default.
    let r = s.run(&show);
    assert_eq!(get(&r, "network"), ("finney".into(), "default".into()));
    // btcli's config.yml, keys mapped.
    std::fs::create_dir_all(s.home().join(".bittensor")).unwrap();
    std::fs::write(
        s.home().join(".bittensor/config.yml"),
        "network: test\nwallet_hotkey: hk_btcli\nrate_tolerance: 0.02\nallow_partial_stake: true\n",
    )
    .unwrap();
    let r = s.run(&show);
    assert_eq!(get(&r, "network").0, "test");
    assert!(get(&r, "network").1.starts_with("btcli config"));
    assert_eq!(get(&r, "hotkey").0, "hk_btcli");
    assert_eq!(get(&r, "tolerance").0, "0.02");
    assert_eq!(get(&r, "partial").0, "true");
    // tao's config beats btcli's.
    let r = s.run(&["config", "set", "network", "local"]);
    assert_eq!(r.code, 0, "{r:?}");
    let r = s.run(&show);
    assert_eq!(get(&r, "network").0, "local");
    assert!(get(&r, "network").1.starts_with("config file"));
    // The environment beats the config file.
    let r = s.run_env(&show, &[("TAO_NETWORK", "archive")]);
    assert_eq!(
        get(&r, "network"),
        ("archive".into(), "environment (TAO_NETWORK)".into())
    );
    // A flag beats the environment.
    let mut with_flag = show.to_vec();
    with_flag.extend(["--network", "dev"]);
    let r = s.run_env(&with_flag, &[("TAO_NETWORK", "archive")]);
    assert_eq!(get(&r, "network"), ("dev".into(), "command line".into()));
    // --no-config skips both files.
    let mut no_config = show.to_vec();
    no_config.push("--no-config");
    let r = s.run(&no_config);
    assert_eq!(get(&r, "network"), ("finney".into(), "default".into()));
    assert_eq!(get(&r, "hotkey").0, "default");
    // unset.
    let r = s.run(&["config", "unset", "network", "--json"]);
    assert_eq!(r.json()["data"]["removed"], true);
    let r = s.run(&show);
    assert_eq!(get(&r, "network").0, "test");
}

#[test]
fn config_file_is_private_and_validated() {
    let s = Sandbox::new();
    let r = s.run(&["config", "set", "color", "sometimes"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid value `sometimes` for `color`"));
    let r = s.run(&["config", "set", "colour", "never"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown config key `colour`"));
    assert!(r.stderr.contains("hint: known keys"));
    let r = s.run(&["config", "set", "wallet_name", "../evil"]);
    assert_eq!(r.code, 2);
    let r = s.run(&["config", "set", "color", "never"]);
    assert_eq!(r.code, 0);
    let path = s.home().join(".config/tao/config.toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let dmode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dmode, 0o700);
    }
    // A broken config file is reported with its path and a hint, never ignored.
    std::fs::write(&path, "network = [").unwrap();
    let r = s.run(&["utils", "convert", "--rao", "1"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("cannot read the config file"));
    assert!(r.stderr.contains("--no-config"));
    let r = s.run(&["utils", "convert", "--rao", "1", "--no-config"]);
    assert_eq!(r.code, 0);
    // An explicit --config that does not exist is an error.
    let r = s.run(&[
        "--config",
        "/nonexistent/tao.toml",
        "utils",
        "convert",
        "--rao",
        "1",
    ]);
    assert_eq!(r.code, 1);
}

#[test]
fn boolean_env_vars() {
    let s = Sandbox::new();
    let r = s.run_env(&["utils", "convert", "--rao", "1"], &[("TAO_JSON", "1")]);
    assert_eq!(r.json()["success"], true);
    let r = s.run_env(
        &["utils", "convert", "--rao", "1"],
        &[("TAO_JSON", "false")],
    );
    assert!(r.stdout.starts_with('τ'));
    let r = s.run_env(
        &["utils", "convert", "--rao", "1"],
        &[("TAO_JSON", "maybe")],
    );
    assert_eq!(r.code, 2);
}

#[test]
fn color_follows_flag_then_no_color_then_force() {
    let s = Sandbox::new();
    let args = ["utils", "convert", "--tao", "-1"];
    let r = s.run(&args);
    assert!(!r.stderr.contains('\x1b'), "not a terminal: no colour");
    let r = s.run_env(&args, &[("FORCE_COLOR", "1")]);
    assert!(r.stderr.contains('\x1b'));
    let r = s.run_env(&args, &[("FORCE_COLOR", "1"), ("NO_COLOR", "1")]);
    assert!(!r.stderr.contains('\x1b'));
    let mut always = args.to_vec();
    always.extend(["--color", "always"]);
    let r = s.run_env(&always, &[("NO_COLOR", "1")]);
    assert!(r.stderr.contains('\x1b'));
    let mut never = args.to_vec();
    never.extend(["--color", "never"]);
    let r = s.run_env(&never, &[("FORCE_COLOR", "1")]);
    assert!(!r.stderr.contains('\x1b'));
}

#[test]
fn quiet_never_changes_stdout() {
    let s = Sandbox::new();
    let a = s.run(&["utils", "convert", "--tao", "2"]);
    let b = s.run(&["-qq", "utils", "convert", "--tao", "2"]);
    let c = s.run_env(
        &["-vv", "utils", "convert", "--tao", "2"],
        &[("TAO_LOG", "trace")],
    );
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stdout, c.stdout);
}

#[test]
fn broken_pipe_exits_zero() {
    let s = Sandbox::new();
    let mut c = s.cmd(&["completions", "bash"]);
    c.stdout(std::process::Stdio::piped());
    c.stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn completions_for_every_shell() {
    let s = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let r = s.run(&["completions", shell]);
        assert_eq!(r.code, 0, "{shell}");
        assert!(r.stdout.contains("tao"), "{shell}");
    }
    assert_eq!(s.run(&["completions", "tcsh"]).code, 2);
}
