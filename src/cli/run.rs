//! Running one command line: parse it, resolve the settings, run the command and print its
//! result or failure on the right stream, in the human or the `--json` form, with the
//! documented exit status.

use std::ffi::OsString;

use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches};
use serde_json::Value;

use crate::cli::{Cli, CmdResult, Command, Context, GlobalArgs, command};
use crate::env;
use crate::error::Failure;
use crate::settings::{ColorChoice, Given, Settings, Source};
use crate::ui::output::{Level, Written, envelope_err, envelope_ok, to_line};
use crate::ui::{Mode, Printer};

fn truthy(v: &str) -> bool {
    !matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "" | "0" | "false" | "no" | "off"
    )
}

/// Whether `--json` was asked for, judged from raw arguments (used when parsing itself failed).
pub(super) fn json_requested(args: &[OsString]) -> bool {
    let from_args = args.iter().skip(1).any(|a| {
        let a = a.to_string_lossy();
        a == "--json" || a == "--json-output" || a == "--json-out"
    });
    from_args || std::env::var(env::TAO_JSON).is_ok_and(|v| truthy(&v))
}

fn source_of(matches: &ArgMatches, id: &str, env_name: &'static str) -> Source {
    match matches.value_source(id) {
        Some(ValueSource::EnvVariable) => Source::Env(env_name),
        _ => Source::Flag,
    }
}

/// Collect the keyed global options with their sources.
fn given(global: &GlobalArgs, matches: &ArgMatches) -> Given {
    let mut g = Given {
        config: global.config.clone(),
        no_config: global.no_config,
        ..Given::default()
    };
    let mut put = |key: &'static str, id: &str, env_name: &'static str, v: Option<String>| {
        if let Some(v) = v {
            g.values.insert(key, (v, source_of(matches, id, env_name)));
        }
    };
    put(
        "network",
        "network",
        env::TAO_NETWORK,
        global.network.clone(),
    );
    put(
        "wallet_path",
        "wallet_path",
        env::TAO_WALLET_PATH,
        global.wallet_path.clone(),
    );
    put(
        "wallet_name",
        "wallet_name",
        env::TAO_WALLET_NAME,
        global.wallet_name.clone(),
    );
    put("hotkey", "hotkey", env::TAO_HOTKEY, global.hotkey.clone());
    put(
        "color",
        "color",
        env::TAO_COLOR,
        global.color.map(|c| c.as_str().to_string()),
    );
    if global.no_progress {
        put(
            "no_progress",
            "no_progress",
            env::TAO_NO_PROGRESS,
            Some("true".into()),
        );
    }
    g
}

/// The deepest subcommand's matches (global options are propagated there).
fn leaf(matches: &ArgMatches) -> &ArgMatches {
    let mut m = matches;
    while let Some((_, sub)) = m.subcommand() {
        m = sub;
    }
    m
}

fn emit_failure(printer: &Printer, failure: &Failure, json: bool, warnings: &[String]) -> u8 {
    if json {
        let data = failure.data.as_deref().unwrap_or(&Value::Null);
        let _ = printer.stdout(&to_line(&envelope_err(failure, data, warnings)));
    }
    printer.error(failure);
    failure.exit.code()
}

/// Run tao with the given arguments (the first is the program name); returns the exit code.
pub fn run(args: Vec<OsString>) -> u8 {
    let json_early = json_requested(&args);
    let matches = match command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            let code = e.exit_code();
            let is_info = matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
            if is_info {
                let printer = Printer::plain(Mode::Human);
                let _ = printer.stdout(&e.render().to_string());
                return 0;
            }
            if json_early {
                let text = e.render().to_string();
                let first = text
                    .lines()
                    .next()
                    .unwrap_or("invalid arguments")
                    .trim_start_matches("error: ")
                    .to_string();
                let f = Failure::usage("usage.invalid_arguments", first)
                    .with_hint("run `tao --help` or `tao <command> --help`");
                let _ = Printer::plain(Mode::Json).stdout(&to_line(&envelope_err(
                    &f,
                    &Value::Null,
                    &[],
                )));
            }
            let _ = e.print();
            return u8::try_from(code).unwrap_or(2);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return 2;
        }
    };
    let leaf_matches = leaf(&matches);
    let g = &cli.global;
    let json = g.json;
    let quiet = g.quiet.max(
        std::env::var(env::TAO_QUIET)
            .ok()
            .map(|v| v.trim().parse::<u8>().unwrap_or(u8::from(truthy(&v))))
            .unwrap_or(0),
    );
    let log = std::env::var(env::TAO_LOG)
        .ok()
        .and_then(|v| Level::parse(&v));
    let mode = if json { Mode::Json } else { Mode::Human };
    let settings = match Settings::resolve(&given(g, leaf_matches)) {
        Ok(s) => s,
        Err(e) => {
            let printer = Printer::new(mode, quiet, g.verbose, log, ColorChoice::Auto, true);
            return emit_failure(&printer, &Failure::from(e), json, &[]);
        }
    };
    let printer = Printer::new(
        mode,
        quiet,
        g.verbose,
        log,
        settings.color(),
        settings.no_progress(),
    );
    let mut warnings = settings.warnings.clone();
    for w in &warnings {
        printer.warn(w);
    }
    let ctx = Context {
        settings,
        printer: printer.clone(),
        yes: g.yes,
        json,
        no_agent: g.no_agent,
    };
    let result = dispatch(cli.command, &ctx);
    match result {
        Ok(report) => {
            for w in &report.warnings {
                printer.warn(w);
            }
            warnings.extend(report.warnings.iter().cloned());
            let text = if json {
                to_line(&envelope_ok(&report.data, &warnings))
            } else {
                report.human.clone()
            };
            match printer.stdout(&text) {
                Written::Ok | Written::BrokenPipe => report.exit.code(),
            }
        }
        Err(failure) => emit_failure(&printer, &failure, json, &warnings),
    }
}

fn dispatch(command: Command, ctx: &Context) -> CmdResult {
    match command {
        Command::Wallet(c) => c.run(ctx),
        Command::Config(c) => c.run(ctx),
        Command::Utils(c) => c.run(ctx),
        Command::Completions(c) => c.run(ctx),
        Command::Subnets(c) => c.run(ctx),
        Command::Stake(c) => c.run(ctx),
        Command::Yuma(c) => c.run(ctx),
        Command::Weights(c) => c.run(ctx),
        Command::Sudo(c) => c.run(ctx),
        Command::View(a) => a.run(ctx),
        Command::Query(a) => a.run(ctx),
        Command::Api(a) => a.run(ctx),
        Command::Call(a) => a.run(ctx),
        Command::Tx(c) => c.run(ctx),
        Command::Agent(c) => c.run(ctx),
        Command::Axon(c) => c.run(ctx),
        Command::Lock(c) => c.run(ctx),
        Command::Proxy(c) => c.run(ctx),
        Command::Crowd(c) => c.run(ctx),
        Command::Multisig(c) => c.run(ctx),
    }
}
