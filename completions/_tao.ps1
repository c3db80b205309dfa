
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tao' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tao'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tao' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('wallet', 'wallet', [CompletionResultType]::ParameterValue, 'Wallets and keys: create, import, list, inspect, sign, verify, balances')
            [CompletionResult]::new('w', 'w', [CompletionResultType]::ParameterValue, 'Wallets and keys: create, import, list, inspect, sign, verify, balances')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change tao''s configuration')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Show and change tao''s configuration')
            [CompletionResult]::new('utils', 'utils', [CompletionResultType]::ParameterValue, 'Offline utilities: unit conversion and SS58 addresses')
            [CompletionResult]::new('u', 'u', [CompletionResultType]::ParameterValue, 'Offline utilities: unit conversion and SS58 addresses')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('subnets', 'subnets', [CompletionResultType]::ParameterValue, 'Subnets: list, details, metagraphs, hyperparameters, prices')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Subnets: list, details, metagraphs, hyperparameters, prices')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake: positions, swap simulations and fees')
            [CompletionResult]::new('yuma', 'yuma', [CompletionResultType]::ParameterValue, 'Yuma consensus: simulate an epoch offline, preview a weight row')
            [CompletionResult]::new('y', 'y', [CompletionResultType]::ParameterValue, 'Yuma consensus: simulate an epoch offline, preview a weight row')
            [CompletionResult]::new('weights', 'weights', [CompletionResultType]::ParameterValue, 'Weights: set a validator''s weight row')
            [CompletionResult]::new('sudo', 'sudo', [CompletionResultType]::ParameterValue, 'Subnet owner settings (set, get) and btcli''s set-take and get-take')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Read any storage item by name (raw access over the metadata)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any runtime API method by name (raw access over the metadata)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Send any call by name through the transaction pipeline (raw access over the metadata)')
            [CompletionResult]::new('tx', 'tx', [CompletionResultType]::ParameterValue, 'Transactions from files: a batch of calls')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The key agent: unlock a key once, sign in milliseconds, never write the secret anywhere')
            [CompletionResult]::new('axon', 'axon', [CompletionResultType]::ParameterValue, 'A hotkey''s axon: serve or reset the endpoint on a subnet')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'btcli''s `lock` group: stake locks (as `tao stake lock`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;wallet' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey (encrypted unless --no-password)')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Restore coldkeypub.txt from an address or public key (no secret needed)')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Restore a hotkey''s public file from an address or public key (no secret needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every wallet with its coldkey and hotkey addresses (never decrypts)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a wallet''s addresses, files, encryption and permissions (never decrypts)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (exit 0 when valid, 1 when not)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s password (or encrypt an unencrypted coldkey)')
            [CompletionResult]::new('encrypt-hotkey', 'encrypt-hotkey', [CompletionResultType]::ParameterValue, 'Encrypt a hotkey with a password')
            [CompletionResult]::new('decrypt-hotkey', 'decrypt-hotkey', [CompletionResultType]::ParameterValue, 'Store a hotkey unencrypted')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show free, reserved and staked balances.')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Show the wallet''s stake per subnet and hotkey, with its value and last-epoch emission.')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey''s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer''s.')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), the chain''s bounds, and from which block an increase is allowed.')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the wallet coldkey''s on-chain identity')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a coldkey''s on-chain identity')
            [CompletionResult]::new('associate-hotkey', 'associate-hotkey', [CompletionResultType]::ParameterValue, 'Associate a hotkey with the wallet''s coldkey (try_associate_hotkey)')
            [CompletionResult]::new('swap-hotkey', 'swap-hotkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)')
            [CompletionResult]::new('swap-coldkey', 'swap-coldkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)')
            [CompletionResult]::new('swap-check', 'swap-check', [CompletionResultType]::ParameterValue, 'Show a coldkey''s announced swap: its hash, when it can execute, disputes, delays and cost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;w' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey (encrypted unless --no-password)')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Restore coldkeypub.txt from an address or public key (no secret needed)')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Restore a hotkey''s public file from an address or public key (no secret needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every wallet with its coldkey and hotkey addresses (never decrypts)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a wallet''s addresses, files, encryption and permissions (never decrypts)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (exit 0 when valid, 1 when not)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s password (or encrypt an unencrypted coldkey)')
            [CompletionResult]::new('encrypt-hotkey', 'encrypt-hotkey', [CompletionResultType]::ParameterValue, 'Encrypt a hotkey with a password')
            [CompletionResult]::new('decrypt-hotkey', 'decrypt-hotkey', [CompletionResultType]::ParameterValue, 'Store a hotkey unencrypted')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show free, reserved and staked balances.')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Show the wallet''s stake per subnet and hotkey, with its value and last-epoch emission.')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey''s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer''s.')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), the chain''s bounds, and from which block an increase is allowed.')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the wallet coldkey''s on-chain identity')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a coldkey''s on-chain identity')
            [CompletionResult]::new('associate-hotkey', 'associate-hotkey', [CompletionResultType]::ParameterValue, 'Associate a hotkey with the wallet''s coldkey (try_associate_hotkey)')
            [CompletionResult]::new('swap-hotkey', 'swap-hotkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)')
            [CompletionResult]::new('swap-coldkey', 'swap-coldkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)')
            [CompletionResult]::new('swap-check', 'swap-check', [CompletionResultType]::ParameterValue, 'Show a coldkey''s announced swap: its hash, when it can execute, disputes, delays and cost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;wallet;create' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--mnemonic-out', '--mnemonic-out', [CompletionResultType]::ParameterName, 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--show-secret', '--show-secret', [CompletionResultType]::ParameterName, 'Also print the mnemonic(s) in the result (stdout, and `--json`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing keys (they are lost unless backed up)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Store the coldkey unencrypted (anyone who can read the file controls the key)')
            [CompletionResult]::new('--encrypt-hotkey', '--encrypt-hotkey', [CompletionResultType]::ParameterName, 'Encrypt the hotkey too (btcli leaves hotkeys unencrypted)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;create' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--mnemonic-out', '--mnemonic-out', [CompletionResultType]::ParameterName, 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--show-secret', '--show-secret', [CompletionResultType]::ParameterName, 'Also print the mnemonic(s) in the result (stdout, and `--json`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing keys (they are lost unless backed up)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Store the coldkey unencrypted (anyone who can read the file controls the key)')
            [CompletionResult]::new('--encrypt-hotkey', '--encrypt-hotkey', [CompletionResultType]::ParameterName, 'Encrypt the hotkey too (btcli leaves hotkeys unencrypted)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;new-coldkey' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--mnemonic-out', '--mnemonic-out', [CompletionResultType]::ParameterName, 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--show-secret', '--show-secret', [CompletionResultType]::ParameterName, 'Also print the mnemonic(s) in the result (stdout, and `--json`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing keys (they are lost unless backed up)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Store the coldkey unencrypted (anyone who can read the file controls the key)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;new-coldkey' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--mnemonic-out', '--mnemonic-out', [CompletionResultType]::ParameterName, 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--show-secret', '--show-secret', [CompletionResultType]::ParameterName, 'Also print the mnemonic(s) in the result (stdout, and `--json`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing keys (they are lost unless backed up)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Store the coldkey unencrypted (anyone who can read the file controls the key)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;new-hotkey' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--mnemonic-out', '--mnemonic-out', [CompletionResultType]::ParameterName, 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--show-secret', '--show-secret', [CompletionResultType]::ParameterName, 'Also print the mnemonic(s) in the result (stdout, and `--json`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing keys (they are lost unless backed up)')
            [CompletionResult]::new('--encrypt-hotkey', '--encrypt-hotkey', [CompletionResultType]::ParameterName, 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;new-hotkey' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--mnemonic-out', '--mnemonic-out', [CompletionResultType]::ParameterName, 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--show-secret', '--show-secret', [CompletionResultType]::ParameterName, 'Also print the mnemonic(s) in the result (stdout, and `--json`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing keys (they are lost unless backed up)')
            [CompletionResult]::new('--encrypt-hotkey', '--encrypt-hotkey', [CompletionResultType]::ParameterName, 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;regen-coldkey' {
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input')
            [CompletionResult]::new('--seed-file', '--seed-file', [CompletionResultType]::ParameterName, 'Read a 0x-hex 32-byte seed from FILE')
            [CompletionResult]::new('--json-file', '--json-file', [CompletionResultType]::ParameterName, 'Import a polkadot-js JSON account export')
            [CompletionResult]::new('--json-password-file', '--json-password-file', [CompletionResultType]::ParameterName, 'The password of the --json-file export, from FILE (default: a hidden prompt)')
            [CompletionResult]::new('--mnemonic', '--mnemonic', [CompletionResultType]::ParameterName, 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'btcli compatibility: a FILE holding the seed (a seed itself is refused)')
            [CompletionResult]::new('--expect-address', '--expect-address', [CompletionResultType]::ParameterName, 'Refuse unless the restored key has this SS58 address')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Store the coldkey unencrypted (anyone who can read the file controls the key)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing coldkey (it is lost unless backed up)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;regen-coldkey' {
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input')
            [CompletionResult]::new('--seed-file', '--seed-file', [CompletionResultType]::ParameterName, 'Read a 0x-hex 32-byte seed from FILE')
            [CompletionResult]::new('--json-file', '--json-file', [CompletionResultType]::ParameterName, 'Import a polkadot-js JSON account export')
            [CompletionResult]::new('--json-password-file', '--json-password-file', [CompletionResultType]::ParameterName, 'The password of the --json-file export, from FILE (default: a hidden prompt)')
            [CompletionResult]::new('--mnemonic', '--mnemonic', [CompletionResultType]::ParameterName, 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'btcli compatibility: a FILE holding the seed (a seed itself is refused)')
            [CompletionResult]::new('--expect-address', '--expect-address', [CompletionResultType]::ParameterName, 'Refuse unless the restored key has this SS58 address')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Store the coldkey unencrypted (anyone who can read the file controls the key)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing coldkey (it is lost unless backed up)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;regen-coldkeypub' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The key''s SS58 address')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'The key''s public key (0x + 64 hex digits)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing public file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;regen-coldkeypub' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The key''s SS58 address')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'The key''s public key (0x + 64 hex digits)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing public file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;regen-hotkey' {
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input')
            [CompletionResult]::new('--seed-file', '--seed-file', [CompletionResultType]::ParameterName, 'Read a 0x-hex 32-byte seed from FILE')
            [CompletionResult]::new('--json-file', '--json-file', [CompletionResultType]::ParameterName, 'Import a polkadot-js JSON account export')
            [CompletionResult]::new('--json-password-file', '--json-password-file', [CompletionResultType]::ParameterName, 'The password of the --json-file export, from FILE (default: a hidden prompt)')
            [CompletionResult]::new('--mnemonic', '--mnemonic', [CompletionResultType]::ParameterName, 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'btcli compatibility: a FILE holding the seed (a seed itself is refused)')
            [CompletionResult]::new('--expect-address', '--expect-address', [CompletionResultType]::ParameterName, 'Refuse unless the restored key has this SS58 address')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--encrypt-hotkey', '--encrypt-hotkey', [CompletionResultType]::ParameterName, 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing hotkey (it is lost unless backed up)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;regen-hotkey' {
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input')
            [CompletionResult]::new('--seed-file', '--seed-file', [CompletionResultType]::ParameterName, 'Read a 0x-hex 32-byte seed from FILE')
            [CompletionResult]::new('--json-file', '--json-file', [CompletionResultType]::ParameterName, 'Import a polkadot-js JSON account export')
            [CompletionResult]::new('--json-password-file', '--json-password-file', [CompletionResultType]::ParameterName, 'The password of the --json-file export, from FILE (default: a hidden prompt)')
            [CompletionResult]::new('--mnemonic', '--mnemonic', [CompletionResultType]::ParameterName, 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'btcli compatibility: a FILE holding the seed (a seed itself is refused)')
            [CompletionResult]::new('--expect-address', '--expect-address', [CompletionResultType]::ParameterName, 'Refuse unless the restored key has this SS58 address')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--encrypt-hotkey', '--encrypt-hotkey', [CompletionResultType]::ParameterName, 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing hotkey (it is lost unless backed up)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;regen-hotkeypub' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The key''s SS58 address')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'The key''s public key (0x + 64 hex digits)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing public file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;regen-hotkeypub' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The key''s SS58 address')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'The key''s public key (0x + 64 hex digits)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing public file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;list' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;list' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;inspect' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;inspect' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;sign' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message: `0x…` hex for bytes, else text')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--use-hotkey', '--use-hotkey', [CompletionResultType]::ParameterName, 'Sign with the hotkey instead of the coldkey')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;sign' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message: `0x…` hex for bytes, else text')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--use-hotkey', '--use-hotkey', [CompletionResultType]::ParameterName, 'Sign with the hotkey instead of the coldkey')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;verify' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message: `0x…` hex for bytes, else text')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'The signature (0x + 128 hex digits)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The signer''s SS58 address')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;verify' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message: `0x…` hex for bytes, else text')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'The signature (0x + 128 hex digits)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The signer''s SS58 address')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;change-password' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the new password from FILE (default: a hidden prompt, asked twice)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;change-password' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the new password from FILE (default: a hidden prompt, asked twice)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;encrypt-hotkey' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;encrypt-hotkey' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;decrypt-hotkey' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;decrypt-hotkey' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;balance' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'These addresses instead of the wallet''s coldkey (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every wallet under the wallet path')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;balance' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'These addresses instead of the wallet''s coldkey (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every wallet under the wallet path')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;overview' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'This coldkey address instead of the wallet''s')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;overview' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'This coldkey address instead of the wallet''s')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;transfer' {
            [CompletionResult]::new('--dest', '--dest', [CompletionResultType]::ParameterName, 'The destination address (SS58)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'TAO to send')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Send the whole free balance (transfer_all)')
            [CompletionResult]::new('--allow-death', '--allow-death', [CompletionResultType]::ParameterName, 'Allow the account to drop below the existential deposit and be reaped')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;transfer' {
            [CompletionResult]::new('--dest', '--dest', [CompletionResultType]::ParameterName, 'The destination address (SS58)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'TAO to send')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Send the whole free balance (transfer_all)')
            [CompletionResult]::new('--allow-death', '--allow-death', [CompletionResultType]::ParameterName, 'Allow the account to drop below the existential deposit and be reaped')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;set-take' {
            [CompletionResult]::new('--take', '--take', [CompletionResultType]::ParameterName, 'The new take, a fraction from 0 to 1')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;set-take' {
            [CompletionResult]::new('--take', '--take', [CompletionResultType]::ParameterName, 'The new take, a fraction from 0 to 1')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;get-take' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;get-take' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;set-identity' {
            [CompletionResult]::new('--id-name', '--id-name', [CompletionResultType]::ParameterName, 'Display name (`--name` is the global wallet name, as in btcli)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Web address')
            [CompletionResult]::new('--github', '--github', [CompletionResultType]::ParameterName, 'GitHub repository')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image address')
            [CompletionResult]::new('--discord', '--discord', [CompletionResultType]::ParameterName, 'Discord handle')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Anything else')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;set-identity' {
            [CompletionResult]::new('--id-name', '--id-name', [CompletionResultType]::ParameterName, 'Display name (`--name` is the global wallet name, as in btcli)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Web address')
            [CompletionResult]::new('--github', '--github', [CompletionResultType]::ParameterName, 'GitHub repository')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image address')
            [CompletionResult]::new('--discord', '--discord', [CompletionResultType]::ParameterName, 'Discord handle')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Anything else')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;get-identity' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;get-identity' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;associate-hotkey' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;associate-hotkey' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;swap-hotkey' {
            [CompletionResult]::new('--new-hotkey', '--new-hotkey', [CompletionResultType]::ParameterName, 'The new hotkey''s name in this wallet')
            [CompletionResult]::new('--new-hotkey-ss58', '--new-hotkey-ss58', [CompletionResultType]::ParameterName, 'The new hotkey by address')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Swap on this subnet only [default: every subnet]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-netuids', '--all-netuids', [CompletionResultType]::ParameterName, 'Swap on every subnet (the default; btcli''s flag)')
            [CompletionResult]::new('--keep-stake', '--keep-stake', [CompletionResultType]::ParameterName, 'Leave the stake on the old hotkey (swap_hotkey_v2 only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;swap-hotkey' {
            [CompletionResult]::new('--new-hotkey', '--new-hotkey', [CompletionResultType]::ParameterName, 'The new hotkey''s name in this wallet')
            [CompletionResult]::new('--new-hotkey-ss58', '--new-hotkey-ss58', [CompletionResultType]::ParameterName, 'The new hotkey by address')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Swap on this subnet only [default: every subnet]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-netuids', '--all-netuids', [CompletionResultType]::ParameterName, 'Swap on every subnet (the default; btcli''s flag)')
            [CompletionResult]::new('--keep-stake', '--keep-stake', [CompletionResultType]::ParameterName, 'Leave the stake on the old hotkey (swap_hotkey_v2 only)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;swap-coldkey' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Announce the swap to a new coldkey (announce_coldkey_swap)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute an announced swap once its block has come (swap_coldkey_announced)')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute this coldkey''s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Withdraw this coldkey''s announcement (clear_coldkey_swap_announcement)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;wallet;swap-coldkey;announce' {
            [CompletionResult]::new('--new-coldkey-ss58', '--new-coldkey-ss58', [CompletionResultType]::ParameterName, 'The new coldkey by address')
            [CompletionResult]::new('--new-wallet', '--new-wallet', [CompletionResultType]::ParameterName, 'The new coldkey: that of this wallet (its coldkeypub.txt)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--i-understand-coldkey-swap', '--i-understand-coldkey-swap', [CompletionResultType]::ParameterName, 'Needed with `--yes`: confirms an irreversible coldkey swap without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;swap-coldkey;execute' {
            [CompletionResult]::new('--new-coldkey-ss58', '--new-coldkey-ss58', [CompletionResultType]::ParameterName, 'The new coldkey by address')
            [CompletionResult]::new('--new-wallet', '--new-wallet', [CompletionResultType]::ParameterName, 'The new coldkey: that of this wallet (its coldkeypub.txt)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--i-understand-coldkey-swap', '--i-understand-coldkey-swap', [CompletionResultType]::ParameterName, 'Needed with `--yes`: confirms an irreversible coldkey swap without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;swap-coldkey;dispute' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;swap-coldkey;clear' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;swap-coldkey;help' {
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Announce the swap to a new coldkey (announce_coldkey_swap)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute an announced swap once its block has come (swap_coldkey_announced)')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute this coldkey''s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Withdraw this coldkey''s announcement (clear_coldkey_swap_announcement)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;wallet;swap-coldkey;help;announce' {
            break
        }
        'tao;wallet;swap-coldkey;help;execute' {
            break
        }
        'tao;wallet;swap-coldkey;help;dispute' {
            break
        }
        'tao;wallet;swap-coldkey;help;clear' {
            break
        }
        'tao;wallet;swap-coldkey;help;help' {
            break
        }
        'tao;w;swap-coldkey' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Announce the swap to a new coldkey (announce_coldkey_swap)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute an announced swap once its block has come (swap_coldkey_announced)')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute this coldkey''s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Withdraw this coldkey''s announcement (clear_coldkey_swap_announcement)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;w;swap-coldkey;announce' {
            [CompletionResult]::new('--new-coldkey-ss58', '--new-coldkey-ss58', [CompletionResultType]::ParameterName, 'The new coldkey by address')
            [CompletionResult]::new('--new-wallet', '--new-wallet', [CompletionResultType]::ParameterName, 'The new coldkey: that of this wallet (its coldkeypub.txt)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--i-understand-coldkey-swap', '--i-understand-coldkey-swap', [CompletionResultType]::ParameterName, 'Needed with `--yes`: confirms an irreversible coldkey swap without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;swap-coldkey;execute' {
            [CompletionResult]::new('--new-coldkey-ss58', '--new-coldkey-ss58', [CompletionResultType]::ParameterName, 'The new coldkey by address')
            [CompletionResult]::new('--new-wallet', '--new-wallet', [CompletionResultType]::ParameterName, 'The new coldkey: that of this wallet (its coldkeypub.txt)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--i-understand-coldkey-swap', '--i-understand-coldkey-swap', [CompletionResultType]::ParameterName, 'Needed with `--yes`: confirms an irreversible coldkey swap without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;swap-coldkey;dispute' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;swap-coldkey;clear' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;swap-coldkey;help' {
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Announce the swap to a new coldkey (announce_coldkey_swap)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute an announced swap once its block has come (swap_coldkey_announced)')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute this coldkey''s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Withdraw this coldkey''s announcement (clear_coldkey_swap_announcement)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;w;swap-coldkey;help;announce' {
            break
        }
        'tao;w;swap-coldkey;help;execute' {
            break
        }
        'tao;w;swap-coldkey;help;dispute' {
            break
        }
        'tao;w;swap-coldkey;help;clear' {
            break
        }
        'tao;w;swap-coldkey;help;help' {
            break
        }
        'tao;wallet;swap-check' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Every announced coldkey swap on the chain')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every announced coldkey swap on the chain')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;w;swap-check' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Every announced coldkey swap on the chain')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every announced coldkey swap on the chain')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;wallet;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey (encrypted unless --no-password)')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Restore coldkeypub.txt from an address or public key (no secret needed)')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Restore a hotkey''s public file from an address or public key (no secret needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every wallet with its coldkey and hotkey addresses (never decrypts)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a wallet''s addresses, files, encryption and permissions (never decrypts)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (exit 0 when valid, 1 when not)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s password (or encrypt an unencrypted coldkey)')
            [CompletionResult]::new('encrypt-hotkey', 'encrypt-hotkey', [CompletionResultType]::ParameterValue, 'Encrypt a hotkey with a password')
            [CompletionResult]::new('decrypt-hotkey', 'decrypt-hotkey', [CompletionResultType]::ParameterValue, 'Store a hotkey unencrypted')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show free, reserved and staked balances.')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Show the wallet''s stake per subnet and hotkey, with its value and last-epoch emission.')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey''s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer''s.')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), the chain''s bounds, and from which block an increase is allowed.')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the wallet coldkey''s on-chain identity')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a coldkey''s on-chain identity')
            [CompletionResult]::new('associate-hotkey', 'associate-hotkey', [CompletionResultType]::ParameterValue, 'Associate a hotkey with the wallet''s coldkey (try_associate_hotkey)')
            [CompletionResult]::new('swap-hotkey', 'swap-hotkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)')
            [CompletionResult]::new('swap-coldkey', 'swap-coldkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)')
            [CompletionResult]::new('swap-check', 'swap-check', [CompletionResultType]::ParameterValue, 'Show a coldkey''s announced swap: its hash, when it can execute, disputes, delays and cost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;wallet;help;create' {
            break
        }
        'tao;wallet;help;new-coldkey' {
            break
        }
        'tao;wallet;help;new-hotkey' {
            break
        }
        'tao;wallet;help;regen-coldkey' {
            break
        }
        'tao;wallet;help;regen-coldkeypub' {
            break
        }
        'tao;wallet;help;regen-hotkey' {
            break
        }
        'tao;wallet;help;regen-hotkeypub' {
            break
        }
        'tao;wallet;help;list' {
            break
        }
        'tao;wallet;help;inspect' {
            break
        }
        'tao;wallet;help;sign' {
            break
        }
        'tao;wallet;help;verify' {
            break
        }
        'tao;wallet;help;change-password' {
            break
        }
        'tao;wallet;help;encrypt-hotkey' {
            break
        }
        'tao;wallet;help;decrypt-hotkey' {
            break
        }
        'tao;wallet;help;balance' {
            break
        }
        'tao;wallet;help;overview' {
            break
        }
        'tao;wallet;help;transfer' {
            break
        }
        'tao;wallet;help;set-take' {
            break
        }
        'tao;wallet;help;get-take' {
            break
        }
        'tao;wallet;help;set-identity' {
            break
        }
        'tao;wallet;help;get-identity' {
            break
        }
        'tao;wallet;help;associate-hotkey' {
            break
        }
        'tao;wallet;help;swap-hotkey' {
            break
        }
        'tao;wallet;help;swap-coldkey' {
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Announce the swap to a new coldkey (announce_coldkey_swap)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute an announced swap once its block has come (swap_coldkey_announced)')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute this coldkey''s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Withdraw this coldkey''s announcement (clear_coldkey_swap_announcement)')
            break
        }
        'tao;wallet;help;swap-coldkey;announce' {
            break
        }
        'tao;wallet;help;swap-coldkey;execute' {
            break
        }
        'tao;wallet;help;swap-coldkey;dispute' {
            break
        }
        'tao;wallet;help;swap-coldkey;clear' {
            break
        }
        'tao;wallet;help;swap-check' {
            break
        }
        'tao;wallet;help;help' {
            break
        }
        'tao;w;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey (encrypted unless --no-password)')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Restore coldkeypub.txt from an address or public key (no secret needed)')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Restore a hotkey''s public file from an address or public key (no secret needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every wallet with its coldkey and hotkey addresses (never decrypts)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a wallet''s addresses, files, encryption and permissions (never decrypts)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (exit 0 when valid, 1 when not)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s password (or encrypt an unencrypted coldkey)')
            [CompletionResult]::new('encrypt-hotkey', 'encrypt-hotkey', [CompletionResultType]::ParameterValue, 'Encrypt a hotkey with a password')
            [CompletionResult]::new('decrypt-hotkey', 'decrypt-hotkey', [CompletionResultType]::ParameterValue, 'Store a hotkey unencrypted')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show free, reserved and staked balances.')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Show the wallet''s stake per subnet and hotkey, with its value and last-epoch emission.')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey''s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer''s.')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), the chain''s bounds, and from which block an increase is allowed.')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the wallet coldkey''s on-chain identity')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a coldkey''s on-chain identity')
            [CompletionResult]::new('associate-hotkey', 'associate-hotkey', [CompletionResultType]::ParameterValue, 'Associate a hotkey with the wallet''s coldkey (try_associate_hotkey)')
            [CompletionResult]::new('swap-hotkey', 'swap-hotkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)')
            [CompletionResult]::new('swap-coldkey', 'swap-coldkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)')
            [CompletionResult]::new('swap-check', 'swap-check', [CompletionResultType]::ParameterValue, 'Show a coldkey''s announced swap: its hash, when it can execute, disputes, delays and cost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;w;help;create' {
            break
        }
        'tao;w;help;new-coldkey' {
            break
        }
        'tao;w;help;new-hotkey' {
            break
        }
        'tao;w;help;regen-coldkey' {
            break
        }
        'tao;w;help;regen-coldkeypub' {
            break
        }
        'tao;w;help;regen-hotkey' {
            break
        }
        'tao;w;help;regen-hotkeypub' {
            break
        }
        'tao;w;help;list' {
            break
        }
        'tao;w;help;inspect' {
            break
        }
        'tao;w;help;sign' {
            break
        }
        'tao;w;help;verify' {
            break
        }
        'tao;w;help;change-password' {
            break
        }
        'tao;w;help;encrypt-hotkey' {
            break
        }
        'tao;w;help;decrypt-hotkey' {
            break
        }
        'tao;w;help;balance' {
            break
        }
        'tao;w;help;overview' {
            break
        }
        'tao;w;help;transfer' {
            break
        }
        'tao;w;help;set-take' {
            break
        }
        'tao;w;help;get-take' {
            break
        }
        'tao;w;help;set-identity' {
            break
        }
        'tao;w;help;get-identity' {
            break
        }
        'tao;w;help;associate-hotkey' {
            break
        }
        'tao;w;help;swap-hotkey' {
            break
        }
        'tao;w;help;swap-coldkey' {
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Announce the swap to a new coldkey (announce_coldkey_swap)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute an announced swap once its block has come (swap_coldkey_announced)')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute this coldkey''s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Withdraw this coldkey''s announcement (clear_coldkey_swap_announcement)')
            break
        }
        'tao;w;help;swap-coldkey;announce' {
            break
        }
        'tao;w;help;swap-coldkey;execute' {
            break
        }
        'tao;w;help;swap-coldkey;dispute' {
            break
        }
        'tao;w;help;swap-coldkey;clear' {
            break
        }
        'tao;w;help;swap-check' {
            break
        }
        'tao;w;help;help' {
            break
        }
        'tao;config' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the keys set in tao''s config file, or with --resolved every setting and its source.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in tao''s config file (created 0600 in a 0700 directory, written atomically).')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from tao''s config file.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;c' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the keys set in tao''s config file, or with --resolved every setting and its source.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in tao''s config file (created 0600 in a 0700 directory, written atomically).')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from tao''s config file.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;config;show' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--resolved', '--resolved', [CompletionResultType]::ParameterName, 'Show every setting as resolved (flag > environment > config > btcli config > default)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;c;show' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--resolved', '--resolved', [CompletionResultType]::ParameterName, 'Show every setting as resolved (flag > environment > config > btcli config > default)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;config;set' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;c;set' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;config;unset' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;c;unset' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the keys set in tao''s config file, or with --resolved every setting and its source.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in tao''s config file (created 0600 in a 0700 directory, written atomically).')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from tao''s config file.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;config;help;show' {
            break
        }
        'tao;config;help;set' {
            break
        }
        'tao;config;help;unset' {
            break
        }
        'tao;config;help;help' {
            break
        }
        'tao;c;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the keys set in tao''s config file, or with --resolved every setting and its source.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in tao''s config file (created 0600 in a 0700 directory, written atomically).')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from tao''s config file.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;c;help;show' {
            break
        }
        'tao;c;help;set' {
            break
        }
        'tao;c;help;unset' {
            break
        }
        'tao;c;help;help' {
            break
        }
        'tao;utils' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).')
            [CompletionResult]::new('ss58', 'ss58', [CompletionResultType]::ParameterValue, 'Encode, decode and validate SS58 addresses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;u' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).')
            [CompletionResult]::new('ss58', 'ss58', [CompletionResultType]::ParameterValue, 'Encode, decode and validate SS58 addresses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;utils;convert' {
            [CompletionResult]::new('--tao', '--tao', [CompletionResultType]::ParameterName, 'An amount of TAO (up to 9 decimals)')
            [CompletionResult]::new('--rao', '--rao', [CompletionResultType]::ParameterName, 'An amount of rao (a whole number)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;u;convert' {
            [CompletionResult]::new('--tao', '--tao', [CompletionResultType]::ParameterName, 'An amount of TAO (up to 9 decimals)')
            [CompletionResult]::new('--rao', '--rao', [CompletionResultType]::ParameterName, 'An amount of rao (a whole number)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;utils;ss58' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Encode a public key as an SS58 address.')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an SS58 address.')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check that an address is well-formed with a valid checksum.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;utils;ss58;encode' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The network prefix (0-16383)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;utils;ss58;decode' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Require this prefix (fails on another network''s address)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;utils;ss58;validate' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Require this prefix [default: 42]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;utils;ss58;help' {
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Encode a public key as an SS58 address.')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an SS58 address.')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check that an address is well-formed with a valid checksum.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;utils;ss58;help;encode' {
            break
        }
        'tao;utils;ss58;help;decode' {
            break
        }
        'tao;utils;ss58;help;validate' {
            break
        }
        'tao;utils;ss58;help;help' {
            break
        }
        'tao;u;ss58' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Encode a public key as an SS58 address.')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an SS58 address.')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check that an address is well-formed with a valid checksum.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;u;ss58;encode' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The network prefix (0-16383)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;u;ss58;decode' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Require this prefix (fails on another network''s address)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;u;ss58;validate' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Require this prefix [default: 42]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;u;ss58;help' {
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Encode a public key as an SS58 address.')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an SS58 address.')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check that an address is well-formed with a valid checksum.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;u;ss58;help;encode' {
            break
        }
        'tao;u;ss58;help;decode' {
            break
        }
        'tao;u;ss58;help;validate' {
            break
        }
        'tao;u;ss58;help;help' {
            break
        }
        'tao;utils;help' {
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).')
            [CompletionResult]::new('ss58', 'ss58', [CompletionResultType]::ParameterValue, 'Encode, decode and validate SS58 addresses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;utils;help;convert' {
            break
        }
        'tao;utils;help;ss58' {
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Encode a public key as an SS58 address.')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an SS58 address.')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check that an address is well-formed with a valid checksum.')
            break
        }
        'tao;utils;help;ss58;encode' {
            break
        }
        'tao;utils;help;ss58;decode' {
            break
        }
        'tao;utils;help;ss58;validate' {
            break
        }
        'tao;utils;help;help' {
            break
        }
        'tao;u;help' {
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).')
            [CompletionResult]::new('ss58', 'ss58', [CompletionResultType]::ParameterValue, 'Encode, decode and validate SS58 addresses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;u;help;convert' {
            break
        }
        'tao;u;help;ss58' {
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Encode a public key as an SS58 address.')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an SS58 address.')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check that an address is well-formed with a valid checksum.')
            break
        }
        'tao;u;help;ss58;encode' {
            break
        }
        'tao;u;help;ss58;decode' {
            break
        }
        'tao;u;help;ss58;validate' {
            break
        }
        'tao;u;help;help' {
            break
        }
        'tao;completions' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every subnet with its price and pool')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List every subnet with its price and pool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subnet: pool, price, schedule, owner and registration cost')
            [CompletionResult]::new('metagraph', 'metagraph', [CompletionResultType]::ParameterValue, 'Show a subnet''s neurons (one get_metagraph call)')
            [CompletionResult]::new('mg', 'mg', [CompletionResultType]::ParameterValue, 'Show a subnet''s neurons (one get_metagraph call)')
            [CompletionResult]::new('hyperparameters', 'hyperparameters', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters')
            [CompletionResult]::new('hyperparams', 'hyperparams', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters')
            [CompletionResult]::new('mechanisms', 'mechanisms', [CompletionResultType]::ParameterValue, 'A subnet''s mechanisms (sub-subnets): show them; the owner sets their count and split')
            [CompletionResult]::new('mech', 'mech', [CompletionResultType]::ParameterValue, 'A subnet''s mechanisms (sub-subnets): show them; the owner sets their count and split')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'Show the cost of registering a neuron on a subnet (or of creating a subnet)')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Show α prices')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey on a subnet (burn, with a maximum)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet (register_network)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a subnet you own (start_call)')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set a subnet''s on-chain identity (the owner)')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a subnet''s on-chain identity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;s' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every subnet with its price and pool')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List every subnet with its price and pool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subnet: pool, price, schedule, owner and registration cost')
            [CompletionResult]::new('metagraph', 'metagraph', [CompletionResultType]::ParameterValue, 'Show a subnet''s neurons (one get_metagraph call)')
            [CompletionResult]::new('mg', 'mg', [CompletionResultType]::ParameterValue, 'Show a subnet''s neurons (one get_metagraph call)')
            [CompletionResult]::new('hyperparameters', 'hyperparameters', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters')
            [CompletionResult]::new('hyperparams', 'hyperparams', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters')
            [CompletionResult]::new('mechanisms', 'mechanisms', [CompletionResultType]::ParameterValue, 'A subnet''s mechanisms (sub-subnets): show them; the owner sets their count and split')
            [CompletionResult]::new('mech', 'mech', [CompletionResultType]::ParameterValue, 'A subnet''s mechanisms (sub-subnets): show them; the owner sets their count and split')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'Show the cost of registering a neuron on a subnet (or of creating a subnet)')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Show α prices')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey on a subnet (burn, with a maximum)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet (register_network)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a subnet you own (start_call)')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set a subnet''s on-chain identity (the owner)')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a subnet''s on-chain identity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;subnets;list' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;ls' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;list' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;ls' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;show' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;show' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;metagraph' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mg' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;metagraph' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;mg' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;hyperparameters' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;hyperparams' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;hyperparameters' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;hyperparams' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mechanisms' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;subnets;mech' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;subnets;mechanisms;show' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mech;show' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mechanisms;set-count' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'The number of mechanisms')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mech;set-count' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'The number of mechanisms')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mechanisms;set-emission-split' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'The split: comma-separated fractions or weights, or `even`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mech;set-emission-split' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'The split: comma-separated fractions or weights, or `even`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;mechanisms;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;subnets;mechanisms;help;show' {
            break
        }
        'tao;subnets;mechanisms;help;set-count' {
            break
        }
        'tao;subnets;mechanisms;help;set-emission-split' {
            break
        }
        'tao;subnets;mechanisms;help;help' {
            break
        }
        'tao;subnets;mech;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;subnets;mech;help;show' {
            break
        }
        'tao;subnets;mech;help;set-count' {
            break
        }
        'tao;subnets;mech;help;set-emission-split' {
            break
        }
        'tao;subnets;mech;help;help' {
            break
        }
        'tao;s;mechanisms' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;s;mech' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;s;mechanisms;show' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;mech;show' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;mechanisms;set-count' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'The number of mechanisms')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;mech;set-count' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'The number of mechanisms')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;mechanisms;set-emission-split' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'The split: comma-separated fractions or weights, or `even`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;mech;set-emission-split' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'The split: comma-separated fractions or weights, or `even`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;mechanisms;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;s;mechanisms;help;show' {
            break
        }
        'tao;s;mechanisms;help;set-count' {
            break
        }
        'tao;s;mechanisms;help;set-emission-split' {
            break
        }
        'tao;s;mechanisms;help;help' {
            break
        }
        'tao;s;mech;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;s;mech;help;show' {
            break
        }
        'tao;s;mech;help;set-count' {
            break
        }
        'tao;s;mech;help;set-emission-split' {
            break
        }
        'tao;s;mech;help;help' {
            break
        }
        'tao;subnets;burn-cost' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet (omit for the subnet creation cost)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;burn-cost' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet (omit for the subnet creation cost)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;price' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;price' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;register' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--max-burn', '--max-burn', [CompletionResultType]::ParameterName, 'The most TAO to burn [default: the current burn × (1 + tolerance)]')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Tolerance for the default maximum burn, as a fraction [default: 0.005, or the `tolerance` setting]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;register' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--max-burn', '--max-burn', [CompletionResultType]::ParameterName, 'The most TAO to burn [default: the current burn × (1 + tolerance)]')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Tolerance for the default maximum burn, as a fraction [default: 0.005, or the `tolerance` setting]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;create' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;create' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;start' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;start' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;set-identity' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--subnet-name', '--subnet-name', [CompletionResultType]::ParameterName, 'The subnet''s name')
            [CompletionResult]::new('--github-repo', '--github-repo', [CompletionResultType]::ParameterName, 'GitHub repository')
            [CompletionResult]::new('--subnet-contact', '--subnet-contact', [CompletionResultType]::ParameterName, 'Contact (e-mail or other)')
            [CompletionResult]::new('--subnet-url', '--subnet-url', [CompletionResultType]::ParameterName, 'Web address')
            [CompletionResult]::new('--discord', '--discord', [CompletionResultType]::ParameterName, 'Discord handle')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--logo-url', '--logo-url', [CompletionResultType]::ParameterName, 'Logo address')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Anything else')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;set-identity' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--subnet-name', '--subnet-name', [CompletionResultType]::ParameterName, 'The subnet''s name')
            [CompletionResult]::new('--github-repo', '--github-repo', [CompletionResultType]::ParameterName, 'GitHub repository')
            [CompletionResult]::new('--subnet-contact', '--subnet-contact', [CompletionResultType]::ParameterName, 'Contact (e-mail or other)')
            [CompletionResult]::new('--subnet-url', '--subnet-url', [CompletionResultType]::ParameterName, 'Web address')
            [CompletionResult]::new('--discord', '--discord', [CompletionResultType]::ParameterName, 'Discord handle')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--logo-url', '--logo-url', [CompletionResultType]::ParameterName, 'Logo address')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Anything else')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;get-identity' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;s;get-identity' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;subnets;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every subnet with its price and pool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subnet: pool, price, schedule, owner and registration cost')
            [CompletionResult]::new('metagraph', 'metagraph', [CompletionResultType]::ParameterValue, 'Show a subnet''s neurons (one get_metagraph call)')
            [CompletionResult]::new('hyperparameters', 'hyperparameters', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters')
            [CompletionResult]::new('mechanisms', 'mechanisms', [CompletionResultType]::ParameterValue, 'A subnet''s mechanisms (sub-subnets): show them; the owner sets their count and split')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'Show the cost of registering a neuron on a subnet (or of creating a subnet)')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Show α prices')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey on a subnet (burn, with a maximum)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet (register_network)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a subnet you own (start_call)')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set a subnet''s on-chain identity (the owner)')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a subnet''s on-chain identity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;subnets;help;list' {
            break
        }
        'tao;subnets;help;show' {
            break
        }
        'tao;subnets;help;metagraph' {
            break
        }
        'tao;subnets;help;hyperparameters' {
            break
        }
        'tao;subnets;help;mechanisms' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            break
        }
        'tao;subnets;help;mechanisms;show' {
            break
        }
        'tao;subnets;help;mechanisms;set-count' {
            break
        }
        'tao;subnets;help;mechanisms;set-emission-split' {
            break
        }
        'tao;subnets;help;burn-cost' {
            break
        }
        'tao;subnets;help;price' {
            break
        }
        'tao;subnets;help;register' {
            break
        }
        'tao;subnets;help;create' {
            break
        }
        'tao;subnets;help;start' {
            break
        }
        'tao;subnets;help;set-identity' {
            break
        }
        'tao;subnets;help;get-identity' {
            break
        }
        'tao;subnets;help;help' {
            break
        }
        'tao;s;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every subnet with its price and pool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subnet: pool, price, schedule, owner and registration cost')
            [CompletionResult]::new('metagraph', 'metagraph', [CompletionResultType]::ParameterValue, 'Show a subnet''s neurons (one get_metagraph call)')
            [CompletionResult]::new('hyperparameters', 'hyperparameters', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters')
            [CompletionResult]::new('mechanisms', 'mechanisms', [CompletionResultType]::ParameterValue, 'A subnet''s mechanisms (sub-subnets): show them; the owner sets their count and split')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'Show the cost of registering a neuron on a subnet (or of creating a subnet)')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Show α prices')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey on a subnet (burn, with a maximum)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet (register_network)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a subnet you own (start_call)')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set a subnet''s on-chain identity (the owner)')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a subnet''s on-chain identity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;s;help;list' {
            break
        }
        'tao;s;help;show' {
            break
        }
        'tao;s;help;metagraph' {
            break
        }
        'tao;s;help;hyperparameters' {
            break
        }
        'tao;s;help;mechanisms' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            break
        }
        'tao;s;help;mechanisms;show' {
            break
        }
        'tao;s;help;mechanisms;set-count' {
            break
        }
        'tao;s;help;mechanisms;set-emission-split' {
            break
        }
        'tao;s;help;burn-cost' {
            break
        }
        'tao;s;help;price' {
            break
        }
        'tao;s;help;register' {
            break
        }
        'tao;s;help;create' {
            break
        }
        'tao;s;help;start' {
            break
        }
        'tao;s;help;set-identity' {
            break
        }
        'tao;s;help;get-identity' {
            break
        }
        'tao;s;help;help' {
            break
        }
        'tao;stake' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stake positions')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List stake positions')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Simulate staking TAO (or unstaking α) on a subnet: amount out, fee, slippage')
            [CompletionResult]::new('fee', 'fee', [CompletionResultType]::ParameterValue, 'Show the fee of staking or unstaking an amount')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Stake TAO on subnets (safe staking by default)')
            [CompletionResult]::new('a', 'a', [CompletionResultType]::ParameterValue, 'Stake TAO on subnets (safe staking by default)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unstake α from subnets (safe staking by default)')
            [CompletionResult]::new('r', 'r', [CompletionResultType]::ParameterValue, 'Unstake α from subnets (safe staking by default)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move stake to another hotkey and/or subnet (move_stake)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Give stake to another coldkey (transfer_stake)')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Swap stake between subnets on one hotkey (swap_stake_limit)')
            [CompletionResult]::new('set-auto', 'set-auto', [CompletionResultType]::ParameterValue, 'Stake the coldkey''s miner incentive on a subnet to a hotkey')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Where the coldkey''s miner incentive is staked, per subnet')
            [CompletionResult]::new('child', 'child', [CompletionResultType]::ParameterValue, 'Child hotkeys: get, set, revoke, take')
            [CompletionResult]::new('claimable', 'claimable', [CompletionResultType]::ParameterValue, 'Root dividends the coldkey can claim, per hotkey and subnet')
            [CompletionResult]::new('process-claim', 'process-claim', [CompletionResultType]::ParameterValue, 'Claim root dividends on up to 5 subnets (claim_root)')
            [CompletionResult]::new('set-claim', 'set-claim', [CompletionResultType]::ParameterValue, 'Choose how root dividends are claimed: keep or swap (set_root_claim_type)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Stake locks and conviction: list, show, add, mode, move (also `tao lock …`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;stake;list' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'These coldkey addresses instead of the wallet''s (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;ls' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'These coldkey addresses instead of the wallet''s (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;sim' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'TAO to stake, or α to unstake with `--unstake`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--unstake', '--unstake', [CompletionResultType]::ParameterName, 'Simulate unstaking α instead of staking TAO')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;fee' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount (TAO to stake, or α to unstake)')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey address [default: the wallet''s hotkey]')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey address [default: the wallet''s coldkey]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--unstake', '--unstake', [CompletionResultType]::ParameterName, 'The fee of unstaking instead of staking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;add' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Several subnets at once, comma-separated (one batch_all)')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address(es) instead of the wallet''s hotkey (repeatable)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'TAO to stake on each target')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every hotkey of the wallet')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without a limit price (no slippage protection)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Fill what fits within the tolerance instead of failing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;a' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Several subnets at once, comma-separated (one batch_all)')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address(es) instead of the wallet''s hotkey (repeatable)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'TAO to stake on each target')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every hotkey of the wallet')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without a limit price (no slippage protection)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Fill what fits within the tolerance instead of failing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;remove' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Several subnets at once, comma-separated (one batch_all)')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address(es) instead of the wallet''s hotkey (repeatable)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'α to unstake from each target')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every hotkey of the wallet')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Unstake everything from each target')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without a limit price (no slippage protection)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Fill what fits within the tolerance instead of failing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;r' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Several subnets at once, comma-separated (one batch_all)')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address(es) instead of the wallet''s hotkey (repeatable)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'α to unstake from each target')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every hotkey of the wallet')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Unstake everything from each target')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without a limit price (no slippage protection)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Fill what fits within the tolerance instead of failing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;move' {
            [CompletionResult]::new('--origin-netuid', '--origin-netuid', [CompletionResultType]::ParameterName, 'The origin subnet')
            [CompletionResult]::new('--dest-netuid', '--dest-netuid', [CompletionResultType]::ParameterName, 'The destination subnet [default: the origin subnet]')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The origin hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'α to move')
            [CompletionResult]::new('--dest-hotkey', '--dest-hotkey', [CompletionResultType]::ParameterName, 'The destination hotkey')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'The whole position')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;transfer' {
            [CompletionResult]::new('--origin-netuid', '--origin-netuid', [CompletionResultType]::ParameterName, 'The origin subnet')
            [CompletionResult]::new('--dest-netuid', '--dest-netuid', [CompletionResultType]::ParameterName, 'The destination subnet [default: the origin subnet]')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The origin hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'α to move')
            [CompletionResult]::new('--dest', '--dest', [CompletionResultType]::ParameterName, 'The destination coldkey')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'The whole position')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;swap' {
            [CompletionResult]::new('--origin-netuid', '--origin-netuid', [CompletionResultType]::ParameterName, 'The origin subnet')
            [CompletionResult]::new('--dest-netuid', '--dest-netuid', [CompletionResultType]::ParameterName, 'The destination subnet [default: the origin subnet]')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The origin hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'α to move')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'The whole position')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without a limit price (no slippage protection)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Fill what fits within the tolerance instead of failing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;set-auto' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The destination hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;auto' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;child' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending changes and childkey take')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the wallet hotkey''s children on a subnet (applied after the chain''s cooldown)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove every child of the wallet hotkey on a subnet')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set the wallet hotkey''s childkey take')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;stake;child;get' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet [default: every subnet where the hotkey has children, parents or a pending change]')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;child;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The child hotkeys, comma-separated')
            [CompletionResult]::new('--children', '--children', [CompletionResultType]::ParameterName, 'The child hotkeys, comma-separated')
            [CompletionResult]::new('--proportions', '--proportions', [CompletionResultType]::ParameterName, 'Each child''s proportion, comma-separated fractions')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-netuids', '--all-netuids', [CompletionResultType]::ParameterName, 'Every subnet except root (one batch)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;child;revoke' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-netuids', '--all-netuids', [CompletionResultType]::ParameterName, 'Every subnet except root (one batch)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;child;take' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The take as a fraction (0.09 = 9 %); without it, show the take')
            [CompletionResult]::new('--take', '--take', [CompletionResultType]::ParameterName, 'The take as a fraction (0.09 = 9 %); without it, show the take')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all-netuids', '--all-netuids', [CompletionResultType]::ParameterName, 'Every subnet except root (one batch)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;child;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending changes and childkey take')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the wallet hotkey''s children on a subnet (applied after the chain''s cooldown)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove every child of the wallet hotkey on a subnet')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set the wallet hotkey''s childkey take')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;stake;child;help;get' {
            break
        }
        'tao;stake;child;help;set' {
            break
        }
        'tao;stake;child;help;revoke' {
            break
        }
        'tao;stake;child;help;take' {
            break
        }
        'tao;stake;child;help;help' {
            break
        }
        'tao;stake;claimable' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;process-claim' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnets (at most 5) [default: those with the most to claim]')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'The subnets (at most 5) [default: those with the most to claim]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;set-claim' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Subnets the choice applies to')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Subnets the choice applies to')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;lock' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'Show or change whether a lock decays (set_perpetual_lock)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move the lock to another hotkey (move_lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;stake;lock;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;lock;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;lock;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet [default: the only subnet the coldkey has a lock on]')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet [default: the only subnet the coldkey has a lock on]')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;lock;add' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'α to lock')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'α to lock')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey to lock to [default: the existing lock''s, else the wallet''s hotkey]')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The mode of a new lock: decaying or perpetual')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;lock;mode' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The new mode: decaying or perpetual (omit to show the current one)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;lock;move' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--destination-hotkey', '--destination-hotkey', [CompletionResultType]::ParameterName, 'The hotkey to move the lock to')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;stake;lock;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'Show or change whether a lock decays (set_perpetual_lock)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move the lock to another hotkey (move_lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;stake;lock;help;list' {
            break
        }
        'tao;stake;lock;help;show' {
            break
        }
        'tao;stake;lock;help;add' {
            break
        }
        'tao;stake;lock;help;mode' {
            break
        }
        'tao;stake;lock;help;move' {
            break
        }
        'tao;stake;lock;help;help' {
            break
        }
        'tao;stake;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stake positions')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Simulate staking TAO (or unstaking α) on a subnet: amount out, fee, slippage')
            [CompletionResult]::new('fee', 'fee', [CompletionResultType]::ParameterValue, 'Show the fee of staking or unstaking an amount')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Stake TAO on subnets (safe staking by default)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unstake α from subnets (safe staking by default)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move stake to another hotkey and/or subnet (move_stake)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Give stake to another coldkey (transfer_stake)')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Swap stake between subnets on one hotkey (swap_stake_limit)')
            [CompletionResult]::new('set-auto', 'set-auto', [CompletionResultType]::ParameterValue, 'Stake the coldkey''s miner incentive on a subnet to a hotkey')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Where the coldkey''s miner incentive is staked, per subnet')
            [CompletionResult]::new('child', 'child', [CompletionResultType]::ParameterValue, 'Child hotkeys: get, set, revoke, take')
            [CompletionResult]::new('claimable', 'claimable', [CompletionResultType]::ParameterValue, 'Root dividends the coldkey can claim, per hotkey and subnet')
            [CompletionResult]::new('process-claim', 'process-claim', [CompletionResultType]::ParameterValue, 'Claim root dividends on up to 5 subnets (claim_root)')
            [CompletionResult]::new('set-claim', 'set-claim', [CompletionResultType]::ParameterValue, 'Choose how root dividends are claimed: keep or swap (set_root_claim_type)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Stake locks and conviction: list, show, add, mode, move (also `tao lock …`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;stake;help;list' {
            break
        }
        'tao;stake;help;sim' {
            break
        }
        'tao;stake;help;fee' {
            break
        }
        'tao;stake;help;add' {
            break
        }
        'tao;stake;help;remove' {
            break
        }
        'tao;stake;help;move' {
            break
        }
        'tao;stake;help;transfer' {
            break
        }
        'tao;stake;help;swap' {
            break
        }
        'tao;stake;help;set-auto' {
            break
        }
        'tao;stake;help;auto' {
            break
        }
        'tao;stake;help;child' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending changes and childkey take')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the wallet hotkey''s children on a subnet (applied after the chain''s cooldown)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove every child of the wallet hotkey on a subnet')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set the wallet hotkey''s childkey take')
            break
        }
        'tao;stake;help;child;get' {
            break
        }
        'tao;stake;help;child;set' {
            break
        }
        'tao;stake;help;child;revoke' {
            break
        }
        'tao;stake;help;child;take' {
            break
        }
        'tao;stake;help;claimable' {
            break
        }
        'tao;stake;help;process-claim' {
            break
        }
        'tao;stake;help;set-claim' {
            break
        }
        'tao;stake;help;lock' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'Show or change whether a lock decays (set_perpetual_lock)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move the lock to another hotkey (move_lock)')
            break
        }
        'tao;stake;help;lock;list' {
            break
        }
        'tao;stake;help;lock;show' {
            break
        }
        'tao;stake;help;lock;add' {
            break
        }
        'tao;stake;help;lock;mode' {
            break
        }
        'tao;stake;help;lock;move' {
            break
        }
        'tao;stake;help;help' {
            break
        }
        'tao;yuma' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Run one epoch on a subnet state and show what it pays, or preview a weight row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;y' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Run one epoch on a subnet state and show what it pays, or preview a weight row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;yuma;simulate' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The epoch input as JSON, or `-` for stdin')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Preview a new weight row for this validator uid')
            [CompletionResult]::new('--uids', '--uids', [CompletionResultType]::ParameterName, 'The uids of the proposed row, comma-separated')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'The weights of the proposed row, comma-separated non-negative decimals')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'On an input with several mechanisms, the mechanism of the proposed row')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'On an input with several mechanisms, the mechanism of the proposed row')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'In the preview table, list every uid (not only those whose values change)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;y;simulate' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The epoch input as JSON, or `-` for stdin')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Preview a new weight row for this validator uid')
            [CompletionResult]::new('--uids', '--uids', [CompletionResultType]::ParameterName, 'The uids of the proposed row, comma-separated')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'The weights of the proposed row, comma-separated non-negative decimals')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'On an input with several mechanisms, the mechanism of the proposed row')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'On an input with several mechanisms, the mechanism of the proposed row')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'In the preview table, list every uid (not only those whose values change)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;yuma;help' {
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Run one epoch on a subnet state and show what it pays, or preview a weight row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;yuma;help;simulate' {
            break
        }
        'tao;yuma;help;help' {
            break
        }
        'tao;y;help' {
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Run one epoch on a subnet state and show what it pays, or preview a weight row')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;y;help;simulate' {
            break
        }
        'tao;y;help;help' {
            break
        }
        'tao;weights' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the hotkey''s weights on a subnet (set_weights, or a timelocked commit where commit-reveal is on)')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a weight row on a subnet with commit-reveal on (commit_weights, v2 hash)')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal the oldest saved commit whose reveal window is open (reveal_weights)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;weights;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'The mechanism of the subnet (0 is the main one)')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'The mechanism of the subnet (0 is the main one)')
            [CompletionResult]::new('--uids', '--uids', [CompletionResultType]::ParameterName, 'The uids to weight, comma-separated and distinct')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'One non-negative weight per uid, comma-separated (any scale)')
            [CompletionResult]::new('--version-key', '--version-key', [CompletionResultType]::ParameterName, 'The version key to send [default: the subnet''s WeightsVersionKey]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--no-preview', '--no-preview', [CompletionResultType]::ParameterName, 'Skip the Yuma preview of the next epoch (shown before confirming, and under `data.preview` with `--json`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;weights;commit' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'The mechanism of the subnet (0 is the main one)')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'The mechanism of the subnet (0 is the main one)')
            [CompletionResult]::new('--uids', '--uids', [CompletionResultType]::ParameterName, 'The uids to weight, comma-separated and distinct')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'One non-negative weight per uid, comma-separated (any scale)')
            [CompletionResult]::new('--version-key', '--version-key', [CompletionResultType]::ParameterName, 'The version key to send [default: the subnet''s WeightsVersionKey]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;weights;reveal' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mechid', '--mechid', [CompletionResultType]::ParameterName, 'The mechanism of the subnet (0 is the main one)')
            [CompletionResult]::new('--mecid', '--mecid', [CompletionResultType]::ParameterName, 'The mechanism of the subnet (0 is the main one)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;weights;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the hotkey''s weights on a subnet (set_weights, or a timelocked commit where commit-reveal is on)')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a weight row on a subnet with commit-reveal on (commit_weights, v2 hash)')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal the oldest saved commit whose reveal window is open (reveal_weights)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;weights;help;set' {
            break
        }
        'tao;weights;help;commit' {
            break
        }
        'tao;weights;help;reveal' {
            break
        }
        'tao;weights;help;help' {
            break
        }
        'tao;sudo' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hyperparameter of a subnet you own (an AdminUtils owner call)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters (same as `tao subnets hyperparameters`)')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the wallet hotkey''s delegate take (same as `tao wallet set-take`)')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show a hotkey''s delegate take (same as `tao wallet get-take`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;sudo;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'The hyperparameter (btcli''s name, a hyperparameters key, or the call''s suffix)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The new value, in the chain''s units')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;sudo;get' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;sudo;set-take' {
            [CompletionResult]::new('--take', '--take', [CompletionResultType]::ParameterName, 'The new take, a fraction from 0 to 1')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;sudo;get-take' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey [default: the wallet''s hotkey]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;sudo;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hyperparameter of a subnet you own (an AdminUtils owner call)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters (same as `tao subnets hyperparameters`)')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the wallet hotkey''s delegate take (same as `tao wallet set-take`)')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show a hotkey''s delegate take (same as `tao wallet get-take`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;sudo;help;set' {
            break
        }
        'tao;sudo;help;get' {
            break
        }
        'tao;sudo;help;set-take' {
            break
        }
        'tao;sudo;help;get-take' {
            break
        }
        'tao;sudo;help;help' {
            break
        }
        'tao;query' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'With `--prefix`: at most N entries')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Use the runtime metadata in FILE (SCALE bytes, or their 0x hex) and stay offline: `--list` works as with a node, and a query prints its storage key instead of reading it')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the storage items (of PALLET, or of every pallet) with their key and value types')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Iterate the map: every entry under the keys given (a leading part of them, or none)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;api' {
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Use the runtime metadata in FILE and stay offline: `--list` works as with a node, and a call prints its encoded input instead of sending it')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the methods (of API, or of every API) with their inputs and output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;call' {
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Use the runtime metadata in FILE and stay offline: `--list` works as with a node, and a call prints its encoded bytes instead of being signed')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Which of the wallet''s keys signs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the calls (of PALLET, or of every pallet) with their arguments and documentation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;tx' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Send a file of calls as one batch (Utility.batch_all by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;tx;batch' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'all: every item or none (batch_all); batch: in order until one fails; force: every item whatever fails (force_batch)')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Which of the wallet''s keys signs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;tx;help' {
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Send a file of calls as one batch (Utility.batch_all by default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;tx;help;batch' {
            break
        }
        'tao;tx;help;help' {
            break
        }
        'tao;agent' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the agent in the background and print the shell lines that point tao at it')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Unlock a key of the wallet once and hand it to the agent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The keys the agent holds and how long it keeps them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Make the agent forget a key')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Make the agent forget every key now')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the agent (it forgets everything)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether an agent answers at TAO_AGENT_SOCK, and why not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;agent;start' {
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Forget a key unused this long (90s, 15m, 8h, 1d)')
            [CompletionResult]::new('--lifetime', '--lifetime', [CompletionResultType]::ParameterName, 'Forget a key this long after it was added, at the latest')
            [CompletionResult]::new('--socket', '--socket', [CompletionResultType]::ParameterName, 'The socket''s path [default: a new one in $XDG_RUNTIME_DIR/tao/]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--foreground', '--foreground', [CompletionResultType]::ParameterName, 'Stay in the foreground and log to stderr')
            [CompletionResult]::new('--fish', '--fish', [CompletionResultType]::ParameterName, 'Print fish syntax (`set -x`)')
            [CompletionResult]::new('--csh', '--csh', [CompletionResultType]::ParameterName, 'Print csh syntax (`setenv`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;agent;add' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Which key of the wallet (the hotkey''s name is `--hotkey`)')
            [CompletionResult]::new('--lifetime', '--lifetime', [CompletionResultType]::ParameterName, 'Forget it after this long (at most the agent''s lifetime)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;agent;list' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;agent;remove' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Which key of the wallet')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The key''s address instead')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;agent;lock' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;agent;stop' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--fish', '--fish', [CompletionResultType]::ParameterName, 'Print fish syntax (`set -x`)')
            [CompletionResult]::new('--csh', '--csh', [CompletionResultType]::ParameterName, 'Print csh syntax (`setenv`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;agent;status' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;agent;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the agent in the background and print the shell lines that point tao at it')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Unlock a key of the wallet once and hand it to the agent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The keys the agent holds and how long it keeps them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Make the agent forget a key')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Make the agent forget every key now')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the agent (it forgets everything)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether an agent answers at TAO_AGENT_SOCK, and why not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;agent;help;start' {
            break
        }
        'tao;agent;help;add' {
            break
        }
        'tao;agent;help;list' {
            break
        }
        'tao;agent;help;remove' {
            break
        }
        'tao;agent;help;lock' {
            break
        }
        'tao;agent;help;stop' {
            break
        }
        'tao;agent;help;status' {
            break
        }
        'tao;agent;help;help' {
            break
        }
        'tao;axon' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Serve the wallet hotkey''s axon on a subnet at an address and port')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear the wallet hotkey''s axon on a subnet (address 0, port 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;axon;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'The address (IPv4 or IPv6)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port')
            [CompletionResult]::new('--ip-type', '--ip-type', [CompletionResultType]::ParameterName, 'The address''s version, checked against it [default: the address''s]')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The protocol number')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;axon;reset' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;axon;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Serve the wallet hotkey''s axon on a subnet at an address and port')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear the wallet hotkey''s axon on a subnet (address 0, port 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;axon;help;set' {
            break
        }
        'tao;axon;help;reset' {
            break
        }
        'tao;axon;help;help' {
            break
        }
        'tao;lock' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'Show or change whether a lock decays (set_perpetual_lock)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move the lock to another hotkey (move_lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;lock;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;lock;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;lock;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet [default: the only subnet the coldkey has a lock on]')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet [default: the only subnet the coldkey has a lock on]')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'The coldkey [default: the wallet''s]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the node to accept the connection')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;lock;add' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'α to lock')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'α to lock')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'The hotkey to lock to [default: the existing lock''s, else the wallet''s hotkey]')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The mode of a new lock: decaying or perpetual')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;lock;mode' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The new mode: decaying or perpetual (omit to show the current one)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;lock;move' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--destination-hotkey', '--destination-hotkey', [CompletionResultType]::ParameterName, 'The hotkey to move the lock to')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the connection and then for `--wait`')
            [CompletionResult]::new('--era', '--era', [CompletionResultType]::ParameterName, 'Mortality in blocks (rounded up to a power of two, 4 to 65536)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key''s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli''s BT_PW_<PATH>; else a hidden prompt')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Directory holding the wallets [default: ~/.bittensor/wallets]')
            [CompletionResult]::new('--wallet-name', '--wallet-name', [CompletionResultType]::ParameterName, 'Wallet (coldkey) name [default: default]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build, check, estimate and sign, but do not submit: print the signed extrinsic')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, also on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less on stderr; -qq shows errors only [env: TAO_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More on stderr (-vv for everything); TAO_LOG sets the level too')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show spinners')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no config file (neither tao''s nor btcli''s)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tao;lock;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'Show or change whether a lock decays (set_perpetual_lock)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move the lock to another hotkey (move_lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;lock;help;list' {
            break
        }
        'tao;lock;help;show' {
            break
        }
        'tao;lock;help;add' {
            break
        }
        'tao;lock;help;mode' {
            break
        }
        'tao;lock;help;move' {
            break
        }
        'tao;lock;help;help' {
            break
        }
        'tao;help' {
            [CompletionResult]::new('wallet', 'wallet', [CompletionResultType]::ParameterValue, 'Wallets and keys: create, import, list, inspect, sign, verify, balances')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change tao''s configuration')
            [CompletionResult]::new('utils', 'utils', [CompletionResultType]::ParameterValue, 'Offline utilities: unit conversion and SS58 addresses')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('subnets', 'subnets', [CompletionResultType]::ParameterValue, 'Subnets: list, details, metagraphs, hyperparameters, prices')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake: positions, swap simulations and fees')
            [CompletionResult]::new('yuma', 'yuma', [CompletionResultType]::ParameterValue, 'Yuma consensus: simulate an epoch offline, preview a weight row')
            [CompletionResult]::new('weights', 'weights', [CompletionResultType]::ParameterValue, 'Weights: set a validator''s weight row')
            [CompletionResult]::new('sudo', 'sudo', [CompletionResultType]::ParameterValue, 'Subnet owner settings (set, get) and btcli''s set-take and get-take')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Read any storage item by name (raw access over the metadata)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any runtime API method by name (raw access over the metadata)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Send any call by name through the transaction pipeline (raw access over the metadata)')
            [CompletionResult]::new('tx', 'tx', [CompletionResultType]::ParameterValue, 'Transactions from files: a batch of calls')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The key agent: unlock a key once, sign in milliseconds, never write the secret anywhere')
            [CompletionResult]::new('axon', 'axon', [CompletionResultType]::ParameterValue, 'A hotkey''s axon: serve or reset the endpoint on a subnet')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'btcli''s `lock` group: stake locks (as `tao stake lock`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tao;help;wallet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey (encrypted unless --no-password)')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Restore coldkeypub.txt from an address or public key (no secret needed)')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Restore a hotkey''s public file from an address or public key (no secret needed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every wallet with its coldkey and hotkey addresses (never decrypts)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show a wallet''s addresses, files, encryption and permissions (never decrypts)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (exit 0 when valid, 1 when not)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s password (or encrypt an unencrypted coldkey)')
            [CompletionResult]::new('encrypt-hotkey', 'encrypt-hotkey', [CompletionResultType]::ParameterValue, 'Encrypt a hotkey with a password')
            [CompletionResult]::new('decrypt-hotkey', 'decrypt-hotkey', [CompletionResultType]::ParameterValue, 'Store a hotkey unencrypted')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show free, reserved and staked balances.')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Show the wallet''s stake per subnet and hotkey, with its value and last-epoch emission.')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey''s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer''s.')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show the delegate take of the wallet''s hotkey (or `--hotkey-ss58`), the chain''s bounds, and from which block an increase is allowed.')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the wallet coldkey''s on-chain identity')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a coldkey''s on-chain identity')
            [CompletionResult]::new('associate-hotkey', 'associate-hotkey', [CompletionResultType]::ParameterValue, 'Associate a hotkey with the wallet''s coldkey (try_associate_hotkey)')
            [CompletionResult]::new('swap-hotkey', 'swap-hotkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)')
            [CompletionResult]::new('swap-coldkey', 'swap-coldkey', [CompletionResultType]::ParameterValue, 'Swap the wallet''s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)')
            [CompletionResult]::new('swap-check', 'swap-check', [CompletionResultType]::ParameterValue, 'Show a coldkey''s announced swap: its hash, when it can execute, disputes, delays and cost')
            break
        }
        'tao;help;wallet;create' {
            break
        }
        'tao;help;wallet;new-coldkey' {
            break
        }
        'tao;help;wallet;new-hotkey' {
            break
        }
        'tao;help;wallet;regen-coldkey' {
            break
        }
        'tao;help;wallet;regen-coldkeypub' {
            break
        }
        'tao;help;wallet;regen-hotkey' {
            break
        }
        'tao;help;wallet;regen-hotkeypub' {
            break
        }
        'tao;help;wallet;list' {
            break
        }
        'tao;help;wallet;inspect' {
            break
        }
        'tao;help;wallet;sign' {
            break
        }
        'tao;help;wallet;verify' {
            break
        }
        'tao;help;wallet;change-password' {
            break
        }
        'tao;help;wallet;encrypt-hotkey' {
            break
        }
        'tao;help;wallet;decrypt-hotkey' {
            break
        }
        'tao;help;wallet;balance' {
            break
        }
        'tao;help;wallet;overview' {
            break
        }
        'tao;help;wallet;transfer' {
            break
        }
        'tao;help;wallet;set-take' {
            break
        }
        'tao;help;wallet;get-take' {
            break
        }
        'tao;help;wallet;set-identity' {
            break
        }
        'tao;help;wallet;get-identity' {
            break
        }
        'tao;help;wallet;associate-hotkey' {
            break
        }
        'tao;help;wallet;swap-hotkey' {
            break
        }
        'tao;help;wallet;swap-coldkey' {
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'Announce the swap to a new coldkey (announce_coldkey_swap)')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Execute an announced swap once its block has come (swap_coldkey_announced)')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute this coldkey''s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Withdraw this coldkey''s announcement (clear_coldkey_swap_announcement)')
            break
        }
        'tao;help;wallet;swap-coldkey;announce' {
            break
        }
        'tao;help;wallet;swap-coldkey;execute' {
            break
        }
        'tao;help;wallet;swap-coldkey;dispute' {
            break
        }
        'tao;help;wallet;swap-coldkey;clear' {
            break
        }
        'tao;help;wallet;swap-check' {
            break
        }
        'tao;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the keys set in tao''s config file, or with --resolved every setting and its source.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in tao''s config file (created 0600 in a 0700 directory, written atomically).')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from tao''s config file.')
            break
        }
        'tao;help;config;show' {
            break
        }
        'tao;help;config;set' {
            break
        }
        'tao;help;config;unset' {
            break
        }
        'tao;help;utils' {
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).')
            [CompletionResult]::new('ss58', 'ss58', [CompletionResultType]::ParameterValue, 'Encode, decode and validate SS58 addresses')
            break
        }
        'tao;help;utils;convert' {
            break
        }
        'tao;help;utils;ss58' {
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Encode a public key as an SS58 address.')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an SS58 address.')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check that an address is well-formed with a valid checksum.')
            break
        }
        'tao;help;utils;ss58;encode' {
            break
        }
        'tao;help;utils;ss58;decode' {
            break
        }
        'tao;help;utils;ss58;validate' {
            break
        }
        'tao;help;completions' {
            break
        }
        'tao;help;subnets' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every subnet with its price and pool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subnet: pool, price, schedule, owner and registration cost')
            [CompletionResult]::new('metagraph', 'metagraph', [CompletionResultType]::ParameterValue, 'Show a subnet''s neurons (one get_metagraph call)')
            [CompletionResult]::new('hyperparameters', 'hyperparameters', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters')
            [CompletionResult]::new('mechanisms', 'mechanisms', [CompletionResultType]::ParameterValue, 'A subnet''s mechanisms (sub-subnets): show them; the owner sets their count and split')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'Show the cost of registering a neuron on a subnet (or of creating a subnet)')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Show α prices')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey on a subnet (burn, with a maximum)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet (register_network)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a subnet you own (start_call)')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set a subnet''s on-chain identity (the owner)')
            [CompletionResult]::new('get-identity', 'get-identity', [CompletionResultType]::ParameterValue, 'Show a subnet''s on-chain identity')
            break
        }
        'tao;help;subnets;list' {
            break
        }
        'tao;help;subnets;show' {
            break
        }
        'tao;help;subnets;metagraph' {
            break
        }
        'tao;help;subnets;hyperparameters' {
            break
        }
        'tao;help;subnets;mechanisms' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a subnet''s mechanisms: the count, the emission split and the weight rows of each')
            [CompletionResult]::new('set-count', 'set-count', [CompletionResultType]::ParameterValue, 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)')
            [CompletionResult]::new('set-emission-split', 'set-emission-split', [CompletionResultType]::ParameterValue, 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)')
            break
        }
        'tao;help;subnets;mechanisms;show' {
            break
        }
        'tao;help;subnets;mechanisms;set-count' {
            break
        }
        'tao;help;subnets;mechanisms;set-emission-split' {
            break
        }
        'tao;help;subnets;burn-cost' {
            break
        }
        'tao;help;subnets;price' {
            break
        }
        'tao;help;subnets;register' {
            break
        }
        'tao;help;subnets;create' {
            break
        }
        'tao;help;subnets;start' {
            break
        }
        'tao;help;subnets;set-identity' {
            break
        }
        'tao;help;subnets;get-identity' {
            break
        }
        'tao;help;stake' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stake positions')
            [CompletionResult]::new('sim', 'sim', [CompletionResultType]::ParameterValue, 'Simulate staking TAO (or unstaking α) on a subnet: amount out, fee, slippage')
            [CompletionResult]::new('fee', 'fee', [CompletionResultType]::ParameterValue, 'Show the fee of staking or unstaking an amount')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Stake TAO on subnets (safe staking by default)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unstake α from subnets (safe staking by default)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move stake to another hotkey and/or subnet (move_stake)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Give stake to another coldkey (transfer_stake)')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Swap stake between subnets on one hotkey (swap_stake_limit)')
            [CompletionResult]::new('set-auto', 'set-auto', [CompletionResultType]::ParameterValue, 'Stake the coldkey''s miner incentive on a subnet to a hotkey')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Where the coldkey''s miner incentive is staked, per subnet')
            [CompletionResult]::new('child', 'child', [CompletionResultType]::ParameterValue, 'Child hotkeys: get, set, revoke, take')
            [CompletionResult]::new('claimable', 'claimable', [CompletionResultType]::ParameterValue, 'Root dividends the coldkey can claim, per hotkey and subnet')
            [CompletionResult]::new('process-claim', 'process-claim', [CompletionResultType]::ParameterValue, 'Claim root dividends on up to 5 subnets (claim_root)')
            [CompletionResult]::new('set-claim', 'set-claim', [CompletionResultType]::ParameterValue, 'Choose how root dividends are claimed: keep or swap (set_root_claim_type)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Stake locks and conviction: list, show, add, mode, move (also `tao lock …`)')
            break
        }
        'tao;help;stake;list' {
            break
        }
        'tao;help;stake;sim' {
            break
        }
        'tao;help;stake;fee' {
            break
        }
        'tao;help;stake;add' {
            break
        }
        'tao;help;stake;remove' {
            break
        }
        'tao;help;stake;move' {
            break
        }
        'tao;help;stake;transfer' {
            break
        }
        'tao;help;stake;swap' {
            break
        }
        'tao;help;stake;set-auto' {
            break
        }
        'tao;help;stake;auto' {
            break
        }
        'tao;help;stake;child' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending changes and childkey take')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the wallet hotkey''s children on a subnet (applied after the chain''s cooldown)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove every child of the wallet hotkey on a subnet')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set the wallet hotkey''s childkey take')
            break
        }
        'tao;help;stake;child;get' {
            break
        }
        'tao;help;stake;child;set' {
            break
        }
        'tao;help;stake;child;revoke' {
            break
        }
        'tao;help;stake;child;take' {
            break
        }
        'tao;help;stake;claimable' {
            break
        }
        'tao;help;stake;process-claim' {
            break
        }
        'tao;help;stake;set-claim' {
            break
        }
        'tao;help;stake;lock' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'Show or change whether a lock decays (set_perpetual_lock)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move the lock to another hotkey (move_lock)')
            break
        }
        'tao;help;stake;lock;list' {
            break
        }
        'tao;help;stake;lock;show' {
            break
        }
        'tao;help;stake;lock;add' {
            break
        }
        'tao;help;stake;lock;mode' {
            break
        }
        'tao;help;stake;lock;move' {
            break
        }
        'tao;help;yuma' {
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Run one epoch on a subnet state and show what it pays, or preview a weight row')
            break
        }
        'tao;help;yuma;simulate' {
            break
        }
        'tao;help;weights' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the hotkey''s weights on a subnet (set_weights, or a timelocked commit where commit-reveal is on)')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a weight row on a subnet with commit-reveal on (commit_weights, v2 hash)')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal the oldest saved commit whose reveal window is open (reveal_weights)')
            break
        }
        'tao;help;weights;set' {
            break
        }
        'tao;help;weights;commit' {
            break
        }
        'tao;help;weights;reveal' {
            break
        }
        'tao;help;sudo' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hyperparameter of a subnet you own (an AdminUtils owner call)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a subnet''s hyperparameters (same as `tao subnets hyperparameters`)')
            [CompletionResult]::new('set-take', 'set-take', [CompletionResultType]::ParameterValue, 'Set the wallet hotkey''s delegate take (same as `tao wallet set-take`)')
            [CompletionResult]::new('get-take', 'get-take', [CompletionResultType]::ParameterValue, 'Show a hotkey''s delegate take (same as `tao wallet get-take`)')
            break
        }
        'tao;help;sudo;set' {
            break
        }
        'tao;help;sudo;get' {
            break
        }
        'tao;help;sudo;set-take' {
            break
        }
        'tao;help;sudo;get-take' {
            break
        }
        'tao;help;query' {
            break
        }
        'tao;help;api' {
            break
        }
        'tao;help;call' {
            break
        }
        'tao;help;tx' {
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Send a file of calls as one batch (Utility.batch_all by default)')
            break
        }
        'tao;help;tx;batch' {
            break
        }
        'tao;help;agent' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the agent in the background and print the shell lines that point tao at it')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Unlock a key of the wallet once and hand it to the agent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The keys the agent holds and how long it keeps them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Make the agent forget a key')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Make the agent forget every key now')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the agent (it forgets everything)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether an agent answers at TAO_AGENT_SOCK, and why not')
            break
        }
        'tao;help;agent;start' {
            break
        }
        'tao;help;agent;add' {
            break
        }
        'tao;help;agent;list' {
            break
        }
        'tao;help;agent;remove' {
            break
        }
        'tao;help;agent;lock' {
            break
        }
        'tao;help;agent;stop' {
            break
        }
        'tao;help;agent;status' {
            break
        }
        'tao;help;axon' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Serve the wallet hotkey''s axon on a subnet at an address and port')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear the wallet hotkey''s axon on a subnet (address 0, port 1)')
            break
        }
        'tao;help;axon;set' {
            break
        }
        'tao;help;axon;reset' {
            break
        }
        'tao;help;lock' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A coldkey''s locks: locked α, conviction, mode, what is free to unstake')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)')
            [CompletionResult]::new('mode', 'mode', [CompletionResultType]::ParameterValue, 'Show or change whether a lock decays (set_perpetual_lock)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move the lock to another hotkey (move_lock)')
            break
        }
        'tao;help;lock;list' {
            break
        }
        'tao;help;lock;show' {
            break
        }
        'tao;help;lock;add' {
            break
        }
        'tao;help;lock;mode' {
            break
        }
        'tao;help;lock;move' {
            break
        }
        'tao;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
