//! `tao-devnet [--port 9944] [--instant | --block-time-ms N] [--dev-rpc] [--hide-newer] [--state FILE]`

use std::time::Duration;
use tao_devnet::{BlockMode, Devnet, Options};

const USAGE: &str = "usage: tao-devnet [--port N] [--instant | --block-time-ms N] [--dev-rpc] [--hide-newer] [--state FILE]";

fn parse_args() -> Result<Options, String> {
    let mut opts = Options::default();
    let mut args = std::env::args().skip(1);
    let mut instant = false;
    let mut block_ms: Option<u64> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--port" => {
                let v = args.next().ok_or("--port needs a value")?;
                opts.port = v.parse().map_err(|_| format!("invalid port: {v}"))?;
            }
            "--instant" => instant = true,
            "--block-time-ms" => {
                let v = args.next().ok_or("--block-time-ms needs a value")?;
                let ms: u64 = v.parse().map_err(|_| format!("invalid block time: {v}"))?;
                if ms == 0 {
                    return Err("--block-time-ms must be at least 1".into());
                }
                block_ms = Some(ms);
            }
            "--dev-rpc" => opts.dev_rpc = true,
            "--hide-newer" => opts.hide_newer = true,
            "--state" => {
                let v = args.next().ok_or("--state needs a file")?;
                opts.state_file = Some(v.into());
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    if instant && block_ms.is_some() {
        return Err("--instant and --block-time-ms exclude each other".into());
    }
    if instant {
        opts.block_mode = BlockMode::Instant;
    } else if let Some(ms) = block_ms {
        opts.block_mode = BlockMode::Interval(Duration::from_millis(ms));
    }
    Ok(opts)
}

#[tokio::main]
async fn main() {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("tao-devnet: {e}\n{USAGE}");
            std::process::exit(2);
        }
    };
    let devnet = match Devnet::start(opts.clone()).await {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::Other => {
            eprintln!("tao-devnet: {e}");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("tao-devnet: cannot listen on 127.0.0.1:{}: {e}", opts.port);
            std::process::exit(1);
        }
    };
    // The binary emits TAO into the pools as the chain does (the library's devnets start
    // without it, so tests see prices move only with trades unless they turn it on).
    devnet.ctx.edit_state(|| {
        tao_devnet::pallet_subtensor::DevnetTaoEmission::<tao_devnet::runtime::Runtime>::put(true)
    });
    println!("tao-devnet listening on {}", devnet.url());
    if let Some(path) = opts.state_file.clone() {
        // Saved every 2 seconds when a block was produced, and on exit.
        let ctx = devnet.ctx.clone();
        let save = move |ctx: &tao_devnet::Ctx, last: &mut Option<u32>| {
            let best = ctx.read_best_number();
            if *last != Some(best) {
                match ctx.save_state(&path) {
                    Ok(n) => *last = Some(n),
                    Err(e) => eprintln!("tao-devnet: {e}"),
                }
            }
        };
        let mut last = None;
        save(&ctx, &mut last);
        let saver = {
            let ctx = ctx.clone();
            let save = save.clone();
            tokio::spawn(async move {
                let mut last = last;
                loop {
                    tokio::time::sleep(Duration::from_secs(2)).await;
                    save(&ctx, &mut last);
                }
            })
        };
        let _ = tokio::signal::ctrl_c().await;
        saver.abort();
        save(&ctx, &mut None);
    } else {
        let _ = tokio::signal::ctrl_c().await;
    }
    devnet.stop();
}
