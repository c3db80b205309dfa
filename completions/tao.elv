
use builtin;
use str;

set edit:completion:arg-completer[tao] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tao'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tao'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand config 'Show and change tao''s configuration'
            cand c 'Show and change tao''s configuration'
            cand utils 'Offline utilities: unit conversion and SS58 addresses'
            cand u 'Offline utilities: unit conversion and SS58 addresses'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;config'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the config file, or every resolved setting and where it came from'
            cand set 'Set a key in tao''s config file'
            cand unset 'Remove a key from tao''s config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;c'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the config file, or every resolved setting and where it came from'
            cand set 'Set a key in tao''s config file'
            cand unset 'Remove a key from tao''s config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;config;show'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --resolved 'Show every setting as resolved (flag > environment > config > btcli config > default)'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;c;show'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --resolved 'Show every setting as resolved (flag > environment > config > btcli config > default)'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;config;set'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;c;set'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;config;unset'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;c;unset'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;config;help'= {
            cand show 'Show the config file, or every resolved setting and where it came from'
            cand set 'Set a key in tao''s config file'
            cand unset 'Remove a key from tao''s config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;config;help;show'= {
        }
        &'tao;config;help;set'= {
        }
        &'tao;config;help;unset'= {
        }
        &'tao;config;help;help'= {
        }
        &'tao;c;help'= {
            cand show 'Show the config file, or every resolved setting and where it came from'
            cand set 'Set a key in tao''s config file'
            cand unset 'Remove a key from tao''s config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;c;help;show'= {
        }
        &'tao;c;help;set'= {
        }
        &'tao;c;help;unset'= {
        }
        &'tao;c;help;help'= {
        }
        &'tao;utils'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand convert 'Convert between TAO and rao, exactly'
            cand ss58 'Encode, decode and validate SS58 addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;u'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand convert 'Convert between TAO and rao, exactly'
            cand ss58 'Encode, decode and validate SS58 addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;utils;convert'= {
            cand --tao 'An amount of TAO (up to 9 decimals)'
            cand --rao 'An amount of rao (a whole number)'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;u;convert'= {
            cand --tao 'An amount of TAO (up to 9 decimals)'
            cand --rao 'An amount of rao (a whole number)'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;utils;ss58'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand encode 'Encode a 32-byte public key (hex) as an SS58 address'
            cand decode 'Decode an SS58 address into its public key and prefix'
            cand validate 'Check an SS58 address (exit 0 when valid, 1 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;utils;ss58;encode'= {
            cand --prefix 'The network prefix (0-16383)'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;utils;ss58;decode'= {
            cand --prefix 'Require this prefix (fails on another network''s address)'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;utils;ss58;validate'= {
            cand --prefix 'Require this prefix [default: 42]'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;utils;ss58;help'= {
            cand encode 'Encode a 32-byte public key (hex) as an SS58 address'
            cand decode 'Decode an SS58 address into its public key and prefix'
            cand validate 'Check an SS58 address (exit 0 when valid, 1 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;utils;ss58;help;encode'= {
        }
        &'tao;utils;ss58;help;decode'= {
        }
        &'tao;utils;ss58;help;validate'= {
        }
        &'tao;utils;ss58;help;help'= {
        }
        &'tao;u;ss58'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand encode 'Encode a 32-byte public key (hex) as an SS58 address'
            cand decode 'Decode an SS58 address into its public key and prefix'
            cand validate 'Check an SS58 address (exit 0 when valid, 1 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;u;ss58;encode'= {
            cand --prefix 'The network prefix (0-16383)'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;u;ss58;decode'= {
            cand --prefix 'Require this prefix (fails on another network''s address)'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;u;ss58;validate'= {
            cand --prefix 'Require this prefix [default: 42]'
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;u;ss58;help'= {
            cand encode 'Encode a 32-byte public key (hex) as an SS58 address'
            cand decode 'Decode an SS58 address into its public key and prefix'
            cand validate 'Check an SS58 address (exit 0 when valid, 1 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;u;ss58;help;encode'= {
        }
        &'tao;u;ss58;help;decode'= {
        }
        &'tao;u;ss58;help;validate'= {
        }
        &'tao;u;ss58;help;help'= {
        }
        &'tao;utils;help'= {
            cand convert 'Convert between TAO and rao, exactly'
            cand ss58 'Encode, decode and validate SS58 addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;utils;help;convert'= {
        }
        &'tao;utils;help;ss58'= {
            cand encode 'Encode a 32-byte public key (hex) as an SS58 address'
            cand decode 'Decode an SS58 address into its public key and prefix'
            cand validate 'Check an SS58 address (exit 0 when valid, 1 when not)'
        }
        &'tao;utils;help;ss58;encode'= {
        }
        &'tao;utils;help;ss58;decode'= {
        }
        &'tao;utils;help;ss58;validate'= {
        }
        &'tao;utils;help;help'= {
        }
        &'tao;u;help'= {
            cand convert 'Convert between TAO and rao, exactly'
            cand ss58 'Encode, decode and validate SS58 addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;u;help;convert'= {
        }
        &'tao;u;help;ss58'= {
            cand encode 'Encode a 32-byte public key (hex) as an SS58 address'
            cand decode 'Decode an SS58 address into its public key and prefix'
            cand validate 'Check an SS58 address (exit 0 when valid, 1 when not)'
        }
        &'tao;u;help;ss58;encode'= {
        }
        &'tao;u;help;ss58;decode'= {
        }
        &'tao;u;help;ss58;validate'= {
        }
        &'tao;u;help;help'= {
        }
        &'tao;completions'= {
            cand --network 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]'
            cand -p 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-path 'Directory holding the wallets [default: ~/.bittensor/wallets]'
            cand --wallet-name 'Wallet (coldkey) name [default: default]'
            cand -H 'Hotkey name [default: default]'
            cand --hotkey 'Hotkey name [default: default]'
            cand --color 'When to use colour [default: auto]'
            cand --config 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]'
            cand --json 'Print exactly one JSON document on stdout, also on failure'
            cand -y 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand --yes 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
            cand -q 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand --quiet 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
            cand -v 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --verbose 'More on stderr (-vv for everything); TAO_LOG sets the level too'
            cand --no-progress 'Never show spinners'
            cand --no-config 'Read no config file (neither tao''s nor btcli''s)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tao;help'= {
            cand config 'Show and change tao''s configuration'
            cand utils 'Offline utilities: unit conversion and SS58 addresses'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tao;help;config'= {
            cand show 'Show the config file, or every resolved setting and where it came from'
            cand set 'Set a key in tao''s config file'
            cand unset 'Remove a key from tao''s config file'
        }
        &'tao;help;config;show'= {
        }
        &'tao;help;config;set'= {
        }
        &'tao;help;config;unset'= {
        }
        &'tao;help;utils'= {
            cand convert 'Convert between TAO and rao, exactly'
            cand ss58 'Encode, decode and validate SS58 addresses'
        }
        &'tao;help;utils;convert'= {
        }
        &'tao;help;utils;ss58'= {
            cand encode 'Encode a 32-byte public key (hex) as an SS58 address'
            cand decode 'Decode an SS58 address into its public key and prefix'
            cand validate 'Check an SS58 address (exit 0 when valid, 1 when not)'
        }
        &'tao;help;utils;ss58;encode'= {
        }
        &'tao;help;utils;ss58;decode'= {
        }
        &'tao;help;utils;ss58;validate'= {
        }
        &'tao;help;completions'= {
        }
        &'tao;help;help'= {
        }
    ]
    $completions[$command]
}
