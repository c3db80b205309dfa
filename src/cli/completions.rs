//! `tao completions`: shell completion scripts.

use clap::Args;
use clap_complete::Shell;
use serde_json::json;

use crate::cli::{CmdResult, Context, Report};

/// Print a completion script for a shell on stdout.
///
/// Examples:
///   tao completions bash > ~/.local/share/bash-completion/completions/tao
///   tao completions zsh > "${fpath[1]}/_tao"
///   tao completions fish > ~/.config/fish/completions/tao.fish
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Render the completion script for a shell.
pub fn render(shell: Shell) -> String {
    let mut cmd = crate::cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "tao", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}

impl CompletionsArgs {
    /// Run the command.
    pub fn run(self, _ctx: &Context) -> CmdResult {
        let script = render(self.shell);
        Ok(Report::new(
            json!({ "shell": self.shell.to_string(), "script": script }),
            script,
        ))
    }
}

/// The committed completion files: (file name under `completions/`, content).
pub fn completion_files() -> Vec<(String, String)> {
    [
        (Shell::Bash, "tao.bash"),
        (Shell::Zsh, "_tao"),
        (Shell::Fish, "tao.fish"),
        (Shell::PowerShell, "_tao.ps1"),
        (Shell::Elvish, "tao.elv"),
    ]
    .into_iter()
    .map(|(shell, name)| (name.to_string(), render(shell)))
    .collect()
}

const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success. A closed pipe on stdout (for example \fBtao ... | head\fR) also exits 0.
.TP
\fB1\fR
A failure the user can fix: bad input, an invalid address, low balance, a dispatch error, a declined prompt.
.TP
\fB2\fR
A usage error (unknown option, missing argument, a prompt needed without a terminal) or an unexpected error.
.TP
\fB3\fR
Wrong password.
.TP
\fB4\fR
The chain is unreachable.
.TP
\fB5\fR
A transaction was submitted but its outcome is unknown: query the chain before resending.
.TP
\fB130\fR
Interrupted.
"#;

const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBTAO_NETWORK\fR, \fBTAO_WALLET_PATH\fR, \fBTAO_WALLET_NAME\fR, \fBTAO_HOTKEY\fR
Defaults for \fB\-\-network\fR, \fB\-\-wallet\-path\fR, \fB\-\-wallet\-name\fR and \fB\-\-hotkey\fR.
.TP
\fBTAO_JSON\fR, \fBTAO_YES\fR, \fBTAO_QUIET\fR, \fBTAO_NO_PROGRESS\fR, \fBTAO_COLOR\fR
Defaults for \fB\-\-json\fR, \fB\-\-yes\fR, \fB\-\-quiet\fR, \fB\-\-no\-progress\fR and \fB\-\-color\fR.
.TP
\fBTAO_CONFIG\fR, \fBTAO_NO_CONFIG\fR
The config file to read, or none at all.
.TP
\fBTAO_LOG\fR
Diagnostics level on stderr: error, warn, info, debug or trace. Never changes stdout.
.TP
\fBTAO_PASSWORD_FILE\fR
A file holding the wallet password (its content minus one trailing newline).
.TP
\fBTAO_UNSAFE_PASSWORD\fR
The wallet password itself, for CI only: environment variables can leak to other processes.
.TP
\fBNO_COLOR\fR, \fBFORCE_COLOR\fR, \fBCLICOLOR_FORCE\fR
Colour control when \fB\-\-color\fR is auto.
.TP
\fBXDG_CONFIG_HOME\fR, \fBXDG_CACHE_HOME\fR, \fBXDG_STATE_HOME\fR
Where tao keeps its config file, its runtime-metadata cache and its state (locks, commit-reveal salts).
"#;

const FILES: &str = r#".SH FILES
.TP
\fI~/.bittensor/wallets/\fR
Wallets, in the same layout and format as btcli.
.TP
\fI$XDG_CONFIG_HOME/tao/config.toml\fR
tao's config file (\fBtao config set\fR).
.TP
\fI~/.bittensor/config.yml\fR
btcli's config file, read only, below tao's own in precedence.
"#;

/// Every man page: (file name under `man/`, content). `tao.1` plus one page per subcommand,
/// without dates so the output is deterministic.
pub fn man_pages() -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, out: &mut Vec<(String, String)>, root: bool) {
        let man = clap_mangen::Man::new(cmd.clone());
        let name = man.get_filename();
        let mut buf = Vec::new();
        if root {
            man.render_title(&mut buf).expect("in-memory write");
            man.render_name_section(&mut buf).expect("in-memory write");
            man.render_synopsis_section(&mut buf)
                .expect("in-memory write");
            man.render_description_section(&mut buf)
                .expect("in-memory write");
            man.render_options_section(&mut buf)
                .expect("in-memory write");
            man.render_subcommands_section(&mut buf)
                .expect("in-memory write");
            buf.extend_from_slice(EXIT_STATUS.as_bytes());
            buf.extend_from_slice(ENVIRONMENT.as_bytes());
            buf.extend_from_slice(FILES.as_bytes());
            man.render_version_section(&mut buf)
                .expect("in-memory write");
        } else {
            man.render(&mut buf).expect("in-memory write");
        }
        out.push((name, String::from_utf8(buf).expect("roff is UTF-8")));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out, false);
        }
    }
    let mut cmd = crate::cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out, true);
    out
}
