//! The `tao` binary: parse the command line, run it, exit with the documented status.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    ExitCode::from(tao::run(args))
}
