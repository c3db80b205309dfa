# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tao_global_optspecs
    string join \n network= p/wallet-path= wallet-name= H/hotkey= json y/yes q/quiet v/verbose no-progress color= config= no-config no-agent h/help V/version
end

function __fish_tao_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tao_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tao_using_subcommand
    set -l cmd (__fish_tao_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tao -n "__fish_tao_needs_command" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_needs_command" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_needs_command" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_needs_command" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_needs_command" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_needs_command" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_needs_command" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_needs_command" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_needs_command" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_needs_command" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_needs_command" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_needs_command" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_needs_command" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_needs_command" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_needs_command" -f -a "wallet" -d 'Wallets and keys: create, import, list, inspect, sign, verify, balances'
complete -c tao -n "__fish_tao_needs_command" -f -a "w" -d 'Wallets and keys: create, import, list, inspect, sign, verify, balances'
complete -c tao -n "__fish_tao_needs_command" -f -a "config" -d 'Show and change tao\'s configuration'
complete -c tao -n "__fish_tao_needs_command" -f -a "c" -d 'Show and change tao\'s configuration'
complete -c tao -n "__fish_tao_needs_command" -f -a "utils" -d 'Offline utilities: unit conversion and SS58 addresses'
complete -c tao -n "__fish_tao_needs_command" -f -a "u" -d 'Offline utilities: unit conversion and SS58 addresses'
complete -c tao -n "__fish_tao_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c tao -n "__fish_tao_needs_command" -f -a "subnets" -d 'Subnets: list, details, metagraphs, hyperparameters, prices'
complete -c tao -n "__fish_tao_needs_command" -f -a "s" -d 'Subnets: list, details, metagraphs, hyperparameters, prices'
complete -c tao -n "__fish_tao_needs_command" -f -a "stake" -d 'Stake: positions, swap simulations and fees'
complete -c tao -n "__fish_tao_needs_command" -f -a "yuma" -d 'Yuma consensus: simulate an epoch offline, preview a weight row'
complete -c tao -n "__fish_tao_needs_command" -f -a "y" -d 'Yuma consensus: simulate an epoch offline, preview a weight row'
complete -c tao -n "__fish_tao_needs_command" -f -a "weights" -d 'Weights: set a validator\'s weight row'
complete -c tao -n "__fish_tao_needs_command" -f -a "sudo" -d 'Subnet owner settings (set, get) and btcli\'s set-take and get-take'
complete -c tao -n "__fish_tao_needs_command" -f -a "query" -d 'Read any storage item by name (raw access over the metadata)'
complete -c tao -n "__fish_tao_needs_command" -f -a "api" -d 'Call any runtime API method by name (raw access over the metadata)'
complete -c tao -n "__fish_tao_needs_command" -f -a "call" -d 'Send any call by name through the transaction pipeline (raw access over the metadata)'
complete -c tao -n "__fish_tao_needs_command" -f -a "tx" -d 'Transactions from files: a batch of calls'
complete -c tao -n "__fish_tao_needs_command" -f -a "agent" -d 'The key agent: unlock a key once, sign in milliseconds, never write the secret anywhere'
complete -c tao -n "__fish_tao_needs_command" -f -a "axon" -d 'A hotkey\'s axon: serve or reset the endpoint on a subnet'
complete -c tao -n "__fish_tao_needs_command" -f -a "lock" -d 'btcli\'s `lock` group: stake locks (as `tao stake lock`)'
complete -c tao -n "__fish_tao_needs_command" -f -a "proxy" -d 'Proxies: let another key act for this wallet\'s coldkey within a proxy type'
complete -c tao -n "__fish_tao_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "new-coldkey" -d 'Create a new coldkey (encrypted unless --no-password)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "new-hotkey" -d 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-coldkey" -d 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-coldkeypub" -d 'Restore coldkeypub.txt from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-hotkey" -d 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-hotkeypub" -d 'Restore a hotkey\'s public file from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "list" -d 'List every wallet with its coldkey and hotkey addresses (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "inspect" -d 'Show a wallet\'s addresses, files, encryption and permissions (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "verify" -d 'Verify a signature (exit 0 when valid, 1 when not)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "change-password" -d 'Change the coldkey\'s password (or encrypt an unencrypted coldkey)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "encrypt-hotkey" -d 'Encrypt a hotkey with a password'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "decrypt-hotkey" -d 'Store a hotkey unencrypted'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "balance" -d 'Show free, reserved and staked balances.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "overview" -d 'Show the wallet\'s stake per subnet and hotkey, with its value and last-epoch emission.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "transfer" -d 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "set-take" -d 'Set the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey\'s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer\'s.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "get-take" -d 'Show the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), the chain\'s bounds, and from which block an increase is allowed.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "set-identity" -d 'Set the wallet coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "get-identity" -d 'Show a coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "associate-hotkey" -d 'Associate a hotkey with the wallet\'s coldkey (try_associate_hotkey)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "swap-hotkey" -d 'Swap the wallet\'s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "swap-coldkey" -d 'Swap the wallet\'s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "swap-check" -d 'Show a coldkey\'s announced swap: its hash, when it can execute, disputes, delays and cost'
complete -c tao -n "__fish_tao_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l mnemonic-out -d 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l show-secret -d 'Also print the mnemonic(s) in the result (stdout, and `--json`)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l force -d 'Replace existing keys (they are lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l no-password -d 'Store the coldkey unencrypted (anyone who can read the file controls the key)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l encrypt-hotkey -d 'Encrypt the hotkey too (btcli leaves hotkeys unencrypted)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l mnemonic-out -d 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l show-secret -d 'Also print the mnemonic(s) in the result (stdout, and `--json`)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l force -d 'Replace existing keys (they are lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l no-password -d 'Store the coldkey unencrypted (anyone who can read the file controls the key)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l mnemonic-out -d 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l show-secret -d 'Also print the mnemonic(s) in the result (stdout, and `--json`)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l force -d 'Replace existing keys (they are lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l encrypt-hotkey -d 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l mnemonic-file -d 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l seed-file -d 'Read a 0x-hex 32-byte seed from FILE' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l json-file -d 'Import a polkadot-js JSON account export' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l json-password-file -d 'The password of the --json-file export, from FILE (default: a hidden prompt)' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l mnemonic -d 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l seed -d 'btcli compatibility: a FILE holding the seed (a seed itself is refused)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l expect-address -d 'Refuse unless the restored key has this SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l no-password -d 'Store the coldkey unencrypted (anyone who can read the file controls the key)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l force -d 'Replace an existing coldkey (it is lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l ss58 -d 'The key\'s SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l public-key -d 'The key\'s public key (0x + 64 hex digits)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l force -d 'Replace an existing public file'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l mnemonic-file -d 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l seed-file -d 'Read a 0x-hex 32-byte seed from FILE' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l json-file -d 'Import a polkadot-js JSON account export' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l json-password-file -d 'The password of the --json-file export, from FILE (default: a hidden prompt)' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l mnemonic -d 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l seed -d 'btcli compatibility: a FILE holding the seed (a seed itself is refused)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l expect-address -d 'Refuse unless the restored key has this SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l encrypt-hotkey -d 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l force -d 'Replace an existing hotkey (it is lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l ss58 -d 'The key\'s SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l public-key -d 'The key\'s public key (0x + 64 hex digits)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l force -d 'Replace an existing public file'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l message -d 'The message: `0x…` hex for bytes, else text' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l use-hotkey -d 'Sign with the hotkey instead of the coldkey'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l message -d 'The message: `0x…` hex for bytes, else text' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l signature -d 'The signature (0x + 128 hex digits)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l address -d 'The signer\'s SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l new-password-file -d 'Read the new password from FILE (default: a hidden prompt, asked twice)' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from encrypt-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from decrypt-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l ss58 -d 'These addresses instead of the wallet\'s coldkey (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l all -d 'Every wallet under the wallet path'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l ss58 -d 'This coldkey address instead of the wallet\'s' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l dest -d 'The destination address (SS58)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l amount -d 'TAO to send' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l all -d 'Send the whole free balance (transfer_all)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l allow-death -d 'Allow the account to drop below the existential deposit and be reaped'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l take -d 'The new take, a fraction from 0 to 1' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-take" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-take" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l id-name -d 'Display name (`--name` is the global wallet name, as in btcli)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l url -d 'Web address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l github -d 'GitHub repository' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l image -d 'Image address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l discord -d 'Discord handle' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l description -d 'Description' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l additional -d 'Anything else' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from set-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s k -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from get-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from associate-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l new-hotkey -d 'The new hotkey\'s name in this wallet' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l new-hotkey-ss58 -d 'The new hotkey by address' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l netuid -d 'Swap on this subnet only [default: every subnet]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l all-netuids -d 'Swap on every subnet (the default; btcli\'s flag)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l keep-stake -d 'Leave the stake on the old hotkey (swap_hotkey_v2 only)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -f -a "announce" -d 'Announce the swap to a new coldkey (announce_coldkey_swap)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -f -a "execute" -d 'Execute an announced swap once its block has come (swap_coldkey_announced)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -f -a "dispute" -d 'Dispute this coldkey\'s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -f -a "clear" -d 'Withdraw this coldkey\'s announcement (clear_coldkey_swap_announcement)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-coldkey" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s a -l all -d 'Every announced coldkey swap on the chain'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from swap-check" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "new-coldkey" -d 'Create a new coldkey (encrypted unless --no-password)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "new-hotkey" -d 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-coldkey" -d 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-coldkeypub" -d 'Restore coldkeypub.txt from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-hotkey" -d 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-hotkeypub" -d 'Restore a hotkey\'s public file from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every wallet with its coldkey and hotkey addresses (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show a wallet\'s addresses, files, encryption and permissions (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a signature (exit 0 when valid, 1 when not)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "change-password" -d 'Change the coldkey\'s password (or encrypt an unencrypted coldkey)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "encrypt-hotkey" -d 'Encrypt a hotkey with a password'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "decrypt-hotkey" -d 'Store a hotkey unencrypted'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Show free, reserved and staked balances.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "overview" -d 'Show the wallet\'s stake per subnet and hotkey, with its value and last-epoch emission.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "set-take" -d 'Set the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey\'s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer\'s.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "get-take" -d 'Show the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), the chain\'s bounds, and from which block an increase is allowed.'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "set-identity" -d 'Set the wallet coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "get-identity" -d 'Show a coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "associate-hotkey" -d 'Associate a hotkey with the wallet\'s coldkey (try_associate_hotkey)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "swap-hotkey" -d 'Swap the wallet\'s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "swap-coldkey" -d 'Swap the wallet\'s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "swap-check" -d 'Show a coldkey\'s announced swap: its hash, when it can execute, disputes, delays and cost'
complete -c tao -n "__fish_tao_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "new-coldkey" -d 'Create a new coldkey (encrypted unless --no-password)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "new-hotkey" -d 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-coldkey" -d 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-coldkeypub" -d 'Restore coldkeypub.txt from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-hotkey" -d 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "regen-hotkeypub" -d 'Restore a hotkey\'s public file from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "list" -d 'List every wallet with its coldkey and hotkey addresses (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "inspect" -d 'Show a wallet\'s addresses, files, encryption and permissions (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "verify" -d 'Verify a signature (exit 0 when valid, 1 when not)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "change-password" -d 'Change the coldkey\'s password (or encrypt an unencrypted coldkey)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "encrypt-hotkey" -d 'Encrypt a hotkey with a password'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "decrypt-hotkey" -d 'Store a hotkey unencrypted'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "balance" -d 'Show free, reserved and staked balances.'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "overview" -d 'Show the wallet\'s stake per subnet and hotkey, with its value and last-epoch emission.'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "transfer" -d 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "set-take" -d 'Set the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey\'s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer\'s.'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "get-take" -d 'Show the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), the chain\'s bounds, and from which block an increase is allowed.'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "set-identity" -d 'Set the wallet coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "get-identity" -d 'Show a coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "associate-hotkey" -d 'Associate a hotkey with the wallet\'s coldkey (try_associate_hotkey)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "swap-hotkey" -d 'Swap the wallet\'s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "swap-coldkey" -d 'Swap the wallet\'s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "swap-check" -d 'Show a coldkey\'s announced swap: its hash, when it can execute, disputes, delays and cost'
complete -c tao -n "__fish_tao_using_subcommand w; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-coldkeypub regen-hotkey regen-hotkeypub list inspect sign verify change-password encrypt-hotkey decrypt-hotkey balance overview transfer set-take get-take set-identity get-identity associate-hotkey swap-hotkey swap-coldkey swap-check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l mnemonic-out -d 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l show-secret -d 'Also print the mnemonic(s) in the result (stdout, and `--json`)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l force -d 'Replace existing keys (they are lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l no-password -d 'Store the coldkey unencrypted (anyone who can read the file controls the key)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l encrypt-hotkey -d 'Encrypt the hotkey too (btcli leaves hotkeys unencrypted)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l mnemonic-out -d 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l show-secret -d 'Also print the mnemonic(s) in the result (stdout, and `--json`)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l force -d 'Replace existing keys (they are lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l no-password -d 'Store the coldkey unencrypted (anyone who can read the file controls the key)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-coldkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l mnemonic-out -d 'Write the new mnemonic(s) to FILE as JSON, created 0600 and never overwritten, instead of showing them on the terminal' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l show-secret -d 'Also print the mnemonic(s) in the result (stdout, and `--json`)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l force -d 'Replace existing keys (they are lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l encrypt-hotkey -d 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from new-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l mnemonic-file -d 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l seed-file -d 'Read a 0x-hex 32-byte seed from FILE' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l json-file -d 'Import a polkadot-js JSON account export' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l json-password-file -d 'The password of the --json-file export, from FILE (default: a hidden prompt)' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l mnemonic -d 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l seed -d 'btcli compatibility: a FILE holding the seed (a seed itself is refused)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l expect-address -d 'Refuse unless the restored key has this SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l no-password -d 'Store the coldkey unencrypted (anyone who can read the file controls the key)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l force -d 'Replace an existing coldkey (it is lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l ss58 -d 'The key\'s SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l public-key -d 'The key\'s public key (0x + 64 hex digits)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l force -d 'Replace an existing public file'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-coldkeypub" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l mnemonic-file -d 'Read the mnemonic (or a secret URI such as `//Alice`) from FILE; `-` reads standard input' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l seed-file -d 'Read a 0x-hex 32-byte seed from FILE' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l json-file -d 'Import a polkadot-js JSON account export' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l json-password-file -d 'The password of the --json-file export, from FILE (default: a hidden prompt)' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l mnemonic -d 'btcli compatibility: the mnemonic as arguments (leaks into shell history and `ps`)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l seed -d 'btcli compatibility: a FILE holding the seed (a seed itself is refused)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l expect-address -d 'Refuse unless the restored key has this SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l encrypt-hotkey -d 'Encrypt the hotkey with a password (btcli leaves hotkeys unencrypted)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l force -d 'Replace an existing hotkey (it is lost unless backed up)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l ss58 -d 'The key\'s SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l public-key -d 'The key\'s public key (0x + 64 hex digits)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l force -d 'Replace an existing public file'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from regen-hotkeypub" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l message -d 'The message: `0x…` hex for bytes, else text' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l use-hotkey -d 'Sign with the hotkey instead of the coldkey'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l message -d 'The message: `0x…` hex for bytes, else text' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l signature -d 'The signature (0x + 128 hex digits)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l address -d 'The signer\'s SS58 address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l new-password-file -d 'Read the new password from FILE (default: a hidden prompt, asked twice)' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from change-password" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from encrypt-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from decrypt-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l ss58 -d 'These addresses instead of the wallet\'s coldkey (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l all -d 'Every wallet under the wallet path'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l ss58 -d 'This coldkey address instead of the wallet\'s' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from overview" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l dest -d 'The destination address (SS58)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l amount -d 'TAO to send' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l all -d 'Send the whole free balance (transfer_all)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l allow-death -d 'Allow the account to drop below the existential deposit and be reaped'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l take -d 'The new take, a fraction from 0 to 1' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-take" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-take" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l id-name -d 'Display name (`--name` is the global wallet name, as in btcli)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l url -d 'Web address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l github -d 'GitHub repository' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l image -d 'Image address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l discord -d 'Discord handle' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l description -d 'Description' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l additional -d 'Anything else' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from set-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s k -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from get-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from associate-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l new-hotkey -d 'The new hotkey\'s name in this wallet' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l new-hotkey-ss58 -d 'The new hotkey by address' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l netuid -d 'Swap on this subnet only [default: every subnet]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l all-netuids -d 'Swap on every subnet (the default; btcli\'s flag)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l keep-stake -d 'Leave the stake on the old hotkey (swap_hotkey_v2 only)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-hotkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -f -a "announce" -d 'Announce the swap to a new coldkey (announce_coldkey_swap)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -f -a "execute" -d 'Execute an announced swap once its block has come (swap_coldkey_announced)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -f -a "dispute" -d 'Dispute this coldkey\'s announced swap: the coldkey is frozen until root resets it (dispute_coldkey_swap)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -f -a "clear" -d 'Withdraw this coldkey\'s announcement (clear_coldkey_swap_announcement)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-coldkey" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s a -l all -d 'Every announced coldkey swap on the chain'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from swap-check" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "new-coldkey" -d 'Create a new coldkey (encrypted unless --no-password)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "new-hotkey" -d 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "regen-coldkey" -d 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "regen-coldkeypub" -d 'Restore coldkeypub.txt from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "regen-hotkey" -d 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "regen-hotkeypub" -d 'Restore a hotkey\'s public file from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every wallet with its coldkey and hotkey addresses (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show a wallet\'s addresses, files, encryption and permissions (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a signature (exit 0 when valid, 1 when not)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "change-password" -d 'Change the coldkey\'s password (or encrypt an unencrypted coldkey)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "encrypt-hotkey" -d 'Encrypt a hotkey with a password'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "decrypt-hotkey" -d 'Store a hotkey unencrypted'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Show free, reserved and staked balances.'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "overview" -d 'Show the wallet\'s stake per subnet and hotkey, with its value and last-epoch emission.'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "set-take" -d 'Set the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey\'s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer\'s.'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "get-take" -d 'Show the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), the chain\'s bounds, and from which block an increase is allowed.'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "set-identity" -d 'Set the wallet coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "get-identity" -d 'Show a coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "associate-hotkey" -d 'Associate a hotkey with the wallet\'s coldkey (try_associate_hotkey)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "swap-hotkey" -d 'Swap the wallet\'s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "swap-coldkey" -d 'Swap the wallet\'s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "swap-check" -d 'Show a coldkey\'s announced swap: its hash, when it can execute, disputes, delays and cost'
complete -c tao -n "__fish_tao_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "show" -d 'Show the keys set in tao\'s config file, or with --resolved every setting and its source.'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "set" -d 'Set a key in tao\'s config file (created 0600 in a 0700 directory, written atomically).'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "unset" -d 'Remove a key from tao\'s config file.'
complete -c tao -n "__fish_tao_using_subcommand config; and not __fish_seen_subcommand_from show set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l resolved -d 'Show every setting as resolved (flag > environment > config > btcli config > default)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the keys set in tao\'s config file, or with --resolved every setting and its source.'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key in tao\'s config file (created 0600 in a 0700 directory, written atomically).'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from tao\'s config file.'
complete -c tao -n "__fish_tao_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -f -a "show" -d 'Show the keys set in tao\'s config file, or with --resolved every setting and its source.'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -f -a "set" -d 'Set a key in tao\'s config file (created 0600 in a 0700 directory, written atomically).'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -f -a "unset" -d 'Remove a key from tao\'s config file.'
complete -c tao -n "__fish_tao_using_subcommand c; and not __fish_seen_subcommand_from show set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l resolved -d 'Show every setting as resolved (flag > environment > config > btcli config > default)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the keys set in tao\'s config file, or with --resolved every setting and its source.'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key in tao\'s config file (created 0600 in a 0700 directory, written atomically).'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from tao\'s config file.'
complete -c tao -n "__fish_tao_using_subcommand c; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -f -a "convert" -d 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -f -a "ss58" -d 'Encode, decode and validate SS58 addresses'
complete -c tao -n "__fish_tao_using_subcommand utils; and not __fish_seen_subcommand_from convert ss58 help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l tao -d 'An amount of TAO (up to 9 decimals)' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l rao -d 'An amount of rao (a whole number)' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -f -a "encode" -d 'Encode a public key as an SS58 address.'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -f -a "decode" -d 'Decode an SS58 address.'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -f -a "validate" -d 'Check that an address is well-formed with a valid checksum.'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from ss58" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from help" -f -a "ss58" -d 'Encode, decode and validate SS58 addresses'
complete -c tao -n "__fish_tao_using_subcommand utils; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -f -a "convert" -d 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -f -a "ss58" -d 'Encode, decode and validate SS58 addresses'
complete -c tao -n "__fish_tao_using_subcommand u; and not __fish_seen_subcommand_from convert ss58 help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l tao -d 'An amount of TAO (up to 9 decimals)' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l rao -d 'An amount of rao (a whole number)' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -f -a "encode" -d 'Encode a public key as an SS58 address.'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -f -a "decode" -d 'Decode an SS58 address.'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -f -a "validate" -d 'Check that an address is well-formed with a valid checksum.'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from ss58" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from help" -f -a "ss58" -d 'Encode, decode and validate SS58 addresses'
complete -c tao -n "__fish_tao_using_subcommand u; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand completions" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand completions" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand completions" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand completions" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand completions" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand completions" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand completions" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand completions" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand completions" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand completions" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand completions" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand completions" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand completions" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand completions" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "list" -d 'List every subnet with its price and pool'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "ls" -d 'List every subnet with its price and pool'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "show" -d 'Show one subnet: pool, price, schedule, owner and registration cost'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "metagraph" -d 'Show a subnet\'s neurons (one get_metagraph call)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "mg" -d 'Show a subnet\'s neurons (one get_metagraph call)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "hyperparameters" -d 'Show a subnet\'s hyperparameters'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "hyperparams" -d 'Show a subnet\'s hyperparameters'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "mechanisms" -d 'A subnet\'s mechanisms (sub-subnets): show them; the owner sets their count and split'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "mech" -d 'A subnet\'s mechanisms (sub-subnets): show them; the owner sets their count and split'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "burn-cost" -d 'Show the cost of registering a neuron on a subnet (or of creating a subnet)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "price" -d 'Show α prices'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "register" -d 'Register the wallet\'s hotkey on a subnet (burn, with a maximum)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "create" -d 'Create a subnet (register_network)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "start" -d 'Start a subnet you own (start_call)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "set-identity" -d 'Set a subnet\'s on-chain identity (the owner)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "get-identity" -d 'Show a subnet\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "set-symbol" -d 'Set a subnet\'s token symbol (the owner; update_symbol)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "check-start" -d 'Show whether and when a subnet may be started, and why not'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "trim" -d 'Lower a subnet\'s maximum uids, dropping its lowest emitters (the owner)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l mechid -l mecid -d 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l mechid -l mecid -d 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mg" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparameters" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from hyperparams" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -f -a "show" -d 'Show a subnet\'s mechanisms: the count, the emission split and the weight rows of each'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -f -a "set-count" -d 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -f -a "set-emission-split" -d 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mechanisms" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -f -a "show" -d 'Show a subnet\'s mechanisms: the count, the emission split and the weight rows of each'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -f -a "set-count" -d 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -f -a "set-emission-split" -d 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from mech" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l netuid -d 'The subnet (omit for the subnet creation cost)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l netuid -d 'Only this subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from price" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l max-burn -d 'The most TAO to burn [default: the current burn × (1 + tolerance)]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l tolerance -d 'Tolerance for the default maximum burn, as a fraction [default: 0.005, or the `tolerance` setting]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l subnet-name -d 'The subnet\'s name' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l github-repo -d 'GitHub repository' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l subnet-contact -d 'Contact (e-mail or other)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l subnet-url -d 'Web address' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l discord -d 'Discord handle' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l description -d 'Description' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l logo-url -d 'Logo address' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l additional -d 'Anything else' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from get-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from set-symbol" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l coldkey-ss58 -d 'The coldkey that would sign [default: the wallet\'s, if any]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from check-start" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l max-uids -d 'The new maximum number of uids' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from trim" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every subnet with its price and pool'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one subnet: pool, price, schedule, owner and registration cost'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "metagraph" -d 'Show a subnet\'s neurons (one get_metagraph call)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "hyperparameters" -d 'Show a subnet\'s hyperparameters'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "mechanisms" -d 'A subnet\'s mechanisms (sub-subnets): show them; the owner sets their count and split'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "burn-cost" -d 'Show the cost of registering a neuron on a subnet (or of creating a subnet)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "price" -d 'Show α prices'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register the wallet\'s hotkey on a subnet (burn, with a maximum)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subnet (register_network)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a subnet you own (start_call)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "set-identity" -d 'Set a subnet\'s on-chain identity (the owner)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "get-identity" -d 'Show a subnet\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "set-symbol" -d 'Set a subnet\'s token symbol (the owner; update_symbol)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "check-start" -d 'Show whether and when a subnet may be started, and why not'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "trim" -d 'Lower a subnet\'s maximum uids, dropping its lowest emitters (the owner)'
complete -c tao -n "__fish_tao_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "list" -d 'List every subnet with its price and pool'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "ls" -d 'List every subnet with its price and pool'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "show" -d 'Show one subnet: pool, price, schedule, owner and registration cost'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "metagraph" -d 'Show a subnet\'s neurons (one get_metagraph call)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "mg" -d 'Show a subnet\'s neurons (one get_metagraph call)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "hyperparameters" -d 'Show a subnet\'s hyperparameters'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "hyperparams" -d 'Show a subnet\'s hyperparameters'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "mechanisms" -d 'A subnet\'s mechanisms (sub-subnets): show them; the owner sets their count and split'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "mech" -d 'A subnet\'s mechanisms (sub-subnets): show them; the owner sets their count and split'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "burn-cost" -d 'Show the cost of registering a neuron on a subnet (or of creating a subnet)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "price" -d 'Show α prices'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "register" -d 'Register the wallet\'s hotkey on a subnet (burn, with a maximum)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "create" -d 'Create a subnet (register_network)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "start" -d 'Start a subnet you own (start_call)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "set-identity" -d 'Set a subnet\'s on-chain identity (the owner)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "get-identity" -d 'Show a subnet\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "set-symbol" -d 'Set a subnet\'s token symbol (the owner; update_symbol)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "check-start" -d 'Show whether and when a subnet may be started, and why not'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "trim" -d 'Lower a subnet\'s maximum uids, dropping its lowest emitters (the owner)'
complete -c tao -n "__fish_tao_using_subcommand s; and not __fish_seen_subcommand_from list ls show metagraph mg hyperparameters hyperparams mechanisms mech burn-cost price register create start set-identity get-identity set-symbol check-start trim help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l mechid -l mecid -d 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from metagraph" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l mechid -l mecid -d 'The mechanism whose metagraph to show (get_mechagraph) [default: the subnet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mg" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparameters" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from hyperparams" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -f -a "show" -d 'Show a subnet\'s mechanisms: the count, the emission split and the weight rows of each'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -f -a "set-count" -d 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -f -a "set-emission-split" -d 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mechanisms" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -f -a "show" -d 'Show a subnet\'s mechanisms: the count, the emission split and the weight rows of each'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -f -a "set-count" -d 'Set how many mechanisms a subnet you own has (sudo_set_mechanism_count)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -f -a "set-emission-split" -d 'Set how a subnet you own splits its emission between its mechanisms (sudo_set_mechanism_emission_split)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from mech" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l netuid -d 'The subnet (omit for the subnet creation cost)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from burn-cost" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l netuid -d 'Only this subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from price" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l max-burn -d 'The most TAO to burn [default: the current burn × (1 + tolerance)]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l tolerance -d 'Tolerance for the default maximum burn, as a fraction [default: 0.005, or the `tolerance` setting]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l subnet-name -d 'The subnet\'s name' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l github-repo -d 'GitHub repository' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l subnet-contact -d 'Contact (e-mail or other)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l subnet-url -d 'Web address' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l discord -d 'Discord handle' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l description -d 'Description' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l logo-url -d 'Logo address' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l additional -d 'Anything else' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from get-identity" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from set-symbol" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l coldkey-ss58 -d 'The coldkey that would sign [default: the wallet\'s, if any]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from check-start" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l max-uids -d 'The new maximum number of uids' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from trim" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every subnet with its price and pool'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one subnet: pool, price, schedule, owner and registration cost'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "metagraph" -d 'Show a subnet\'s neurons (one get_metagraph call)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "hyperparameters" -d 'Show a subnet\'s hyperparameters'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "mechanisms" -d 'A subnet\'s mechanisms (sub-subnets): show them; the owner sets their count and split'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "burn-cost" -d 'Show the cost of registering a neuron on a subnet (or of creating a subnet)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "price" -d 'Show α prices'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register the wallet\'s hotkey on a subnet (burn, with a maximum)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subnet (register_network)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a subnet you own (start_call)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "set-identity" -d 'Set a subnet\'s on-chain identity (the owner)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "get-identity" -d 'Show a subnet\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "set-symbol" -d 'Set a subnet\'s token symbol (the owner; update_symbol)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "check-start" -d 'Show whether and when a subnet may be started, and why not'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "trim" -d 'Lower a subnet\'s maximum uids, dropping its lowest emitters (the owner)'
complete -c tao -n "__fish_tao_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "list" -d 'List stake positions'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "ls" -d 'List stake positions'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "sim" -d 'Simulate staking TAO (or unstaking α) on a subnet: amount out, fee, slippage'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "fee" -d 'Show the fee of staking or unstaking an amount'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "add" -d 'Stake TAO on subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "a" -d 'Stake TAO on subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "remove" -d 'Unstake α from subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "r" -d 'Unstake α from subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "move" -d 'Move stake to another hotkey and/or subnet (move_stake)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "transfer" -d 'Give stake to another coldkey (transfer_stake)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "swap" -d 'Swap stake between subnets on one hotkey (swap_stake_limit)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "set-auto" -d 'Stake the coldkey\'s miner incentive on a subnet to a hotkey'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "auto" -d 'Where the coldkey\'s miner incentive is staked, per subnet'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "child" -d 'Child hotkeys: get, set, revoke, take'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "claimable" -d 'Root dividends the coldkey can claim, per hotkey and subnet'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "process-claim" -d 'Claim root dividends on up to 5 subnets (claim_root)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "set-claim" -d 'Choose how root dividends are claimed: keep or swap (set_root_claim_type)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "lock" -d 'Stake locks and conviction: list, show, add, mode, move (also `tao lock …`)'
complete -c tao -n "__fish_tao_using_subcommand stake; and not __fish_seen_subcommand_from list ls sim fee add a remove r move transfer swap set-auto auto child claimable process-claim set-claim lock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l ss58 -d 'These coldkey addresses instead of the wallet\'s (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l ss58 -d 'These coldkey addresses instead of the wallet\'s (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l amount -d 'TAO to stake, or α to unstake with `--unstake`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l unstake -d 'Simulate unstaking α instead of staking TAO'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from sim" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l amount -d 'The amount (TAO to stake, or α to unstake)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l hotkey-ss58 -d 'The hotkey address [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l ss58 -d 'The coldkey address [default: the wallet\'s coldkey]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l unstake -d 'The fee of unstaking instead of staking'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from fee" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l netuids -d 'Several subnets at once, comma-separated (one batch_all)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l hotkey-ss58 -d 'Hotkey address(es) instead of the wallet\'s hotkey (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l amount -d 'TAO to stake on each target' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l tolerance -d 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l all-hotkeys -d 'Every hotkey of the wallet'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l unsafe -d 'Submit without a limit price (no slippage protection)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l partial -d 'Fill what fits within the tolerance instead of failing'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l netuids -d 'Several subnets at once, comma-separated (one batch_all)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l hotkey-ss58 -d 'Hotkey address(es) instead of the wallet\'s hotkey (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l amount -d 'TAO to stake on each target' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l tolerance -d 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l all-hotkeys -d 'Every hotkey of the wallet'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l unsafe -d 'Submit without a limit price (no slippage protection)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l partial -d 'Fill what fits within the tolerance instead of failing'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from a" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l netuids -d 'Several subnets at once, comma-separated (one batch_all)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l hotkey-ss58 -d 'Hotkey address(es) instead of the wallet\'s hotkey (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l amount -d 'α to unstake from each target' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l tolerance -d 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l all-hotkeys -d 'Every hotkey of the wallet'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l all -d 'Unstake everything from each target'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l unsafe -d 'Submit without a limit price (no slippage protection)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l partial -d 'Fill what fits within the tolerance instead of failing'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l netuids -d 'Several subnets at once, comma-separated (one batch_all)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l hotkey-ss58 -d 'Hotkey address(es) instead of the wallet\'s hotkey (repeatable)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l amount -d 'α to unstake from each target' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l tolerance -d 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l all-hotkeys -d 'Every hotkey of the wallet'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l all -d 'Unstake everything from each target'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l unsafe -d 'Submit without a limit price (no slippage protection)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l partial -d 'Fill what fits within the tolerance instead of failing'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from r" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l origin-netuid -d 'The origin subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l dest-netuid -d 'The destination subnet [default: the origin subnet]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l hotkey-ss58 -d 'The origin hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l amount -d 'α to move' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l dest-hotkey -d 'The destination hotkey' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l all -d 'The whole position'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l origin-netuid -d 'The origin subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l dest-netuid -d 'The destination subnet [default: the origin subnet]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l hotkey-ss58 -d 'The origin hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l amount -d 'α to move' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l dest -d 'The destination coldkey' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l all -d 'The whole position'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l origin-netuid -d 'The origin subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l dest-netuid -d 'The destination subnet [default: the origin subnet]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l hotkey-ss58 -d 'The origin hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l amount -d 'α to move' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l tolerance -d 'Largest accepted price move as a fraction (0.005 = 0.5 %) [default: 0.005, or the `tolerance` setting]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l proxy -d 'Act for this real account: the wallet\'s coldkey signs Proxy.proxy as its delegate (the relation and its type are checked first; the real account\'s funds and guards apply)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l all -d 'The whole position'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l unsafe -d 'Submit without a limit price (no slippage protection)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l partial -d 'Fill what fits within the tolerance instead of failing'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l announce-only -d 'With `--proxy`: announce the call\'s hash (Proxy.announce) instead of making it, for a relation with a delay; `tao proxy execute` makes it once the delay has passed'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from swap" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l hotkey-ss58 -d 'The destination hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-auto" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s k -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from auto" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "get" -d 'A hotkey\'s children, parents, pending changes and childkey take'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "set" -d 'Set the wallet hotkey\'s children on a subnet (applied after the chain\'s cooldown)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "revoke" -d 'Remove every child of the wallet hotkey on a subnet'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "take" -d 'Show or set the wallet hotkey\'s childkey take'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from claimable" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s n -l netuids -d 'The subnets (at most 5) [default: those with the most to claim]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from process-claim" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s n -l netuids -d 'Subnets the choice applies to' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -f -a "list" -d 'A coldkey\'s locks: locked α, conviction, mode, what is free to unstake'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -f -a "ls" -d 'A coldkey\'s locks: locked α, conviction, mode, what is free to unstake'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -f -a "show" -d 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -f -a "add" -d 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -f -a "mode" -d 'Show or change whether a lock decays (set_perpetual_lock)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -f -a "move" -d 'Move the lock to another hotkey (move_lock)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from lock" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "list" -d 'List stake positions'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "sim" -d 'Simulate staking TAO (or unstaking α) on a subnet: amount out, fee, slippage'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "fee" -d 'Show the fee of staking or unstaking an amount'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "add" -d 'Stake TAO on subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Unstake α from subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move stake to another hotkey and/or subnet (move_stake)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Give stake to another coldkey (transfer_stake)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "swap" -d 'Swap stake between subnets on one hotkey (swap_stake_limit)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "set-auto" -d 'Stake the coldkey\'s miner incentive on a subnet to a hotkey'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "auto" -d 'Where the coldkey\'s miner incentive is staked, per subnet'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "child" -d 'Child hotkeys: get, set, revoke, take'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "claimable" -d 'Root dividends the coldkey can claim, per hotkey and subnet'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "process-claim" -d 'Claim root dividends on up to 5 subnets (claim_root)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "set-claim" -d 'Choose how root dividends are claimed: keep or swap (set_root_claim_type)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Stake locks and conviction: list, show, add, mode, move (also `tao lock …`)'
complete -c tao -n "__fish_tao_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -f -a "simulate" -d 'Run one epoch on a subnet state and show what it pays, or preview a weight row'
complete -c tao -n "__fish_tao_using_subcommand yuma; and not __fish_seen_subcommand_from simulate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l input -d 'The epoch input as JSON, or `-` for stdin' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l as-uid -d 'Preview a new weight row for this validator uid' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l uids -d 'The uids of the proposed row, comma-separated' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l weights -d 'The weights of the proposed row, comma-separated non-negative decimals' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l mechid -l mecid -d 'On an input with several mechanisms, the mechanism of the proposed row' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l all -d 'In the preview table, list every uid (not only those whose values change)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from simulate" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from help" -f -a "simulate" -d 'Run one epoch on a subnet state and show what it pays, or preview a weight row'
complete -c tao -n "__fish_tao_using_subcommand yuma; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -f -a "simulate" -d 'Run one epoch on a subnet state and show what it pays, or preview a weight row'
complete -c tao -n "__fish_tao_using_subcommand y; and not __fish_seen_subcommand_from simulate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l input -d 'The epoch input as JSON, or `-` for stdin' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l as-uid -d 'Preview a new weight row for this validator uid' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l uids -d 'The uids of the proposed row, comma-separated' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l weights -d 'The weights of the proposed row, comma-separated non-negative decimals' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l mechid -l mecid -d 'On an input with several mechanisms, the mechanism of the proposed row' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l all -d 'In the preview table, list every uid (not only those whose values change)'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from simulate" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from help" -f -a "simulate" -d 'Run one epoch on a subnet state and show what it pays, or preview a weight row'
complete -c tao -n "__fish_tao_using_subcommand y; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -f -a "set" -d 'Set the hotkey\'s weights on a subnet (set_weights, or a timelocked commit where commit-reveal is on)'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -f -a "commit" -d 'Commit a weight row on a subnet with commit-reveal on (commit_weights, v2 hash)'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -f -a "reveal" -d 'Reveal the oldest saved commit whose reveal window is open (reveal_weights)'
complete -c tao -n "__fish_tao_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l mechid -l mecid -d 'The mechanism of the subnet (0 is the main one)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l uids -d 'The uids to weight, comma-separated and distinct' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l weights -d 'One non-negative weight per uid, comma-separated (any scale)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l version-key -d 'The version key to send [default: the subnet\'s WeightsVersionKey]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l chart-out -d 'Write the chart as an SVG file' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l no-preview -d 'Skip the Yuma preview of the next epoch (shown before confirming, and under `data.preview` with `--json`)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l chart -d 'Draw a chart in the terminal (on stderr with --json; tables when not a terminal)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l mechid -l mecid -d 'The mechanism of the subnet (0 is the main one)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l uids -d 'The uids to weight, comma-separated and distinct' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l weights -d 'One non-negative weight per uid, comma-separated (any scale)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l version-key -d 'The version key to send [default: the subnet\'s WeightsVersionKey]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from commit" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l mechid -l mecid -d 'The mechanism of the subnet (0 is the main one)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the hotkey\'s weights on a subnet (set_weights, or a timelocked commit where commit-reveal is on)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Commit a weight row on a subnet with commit-reveal on (commit_weights, v2 hash)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "reveal" -d 'Reveal the oldest saved commit whose reveal window is open (reveal_weights)'
complete -c tao -n "__fish_tao_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -f -a "set" -d 'Set a hyperparameter of a subnet you own (an AdminUtils owner call)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -f -a "get" -d 'Show a subnet\'s hyperparameters (same as `tao subnets hyperparameters`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -f -a "set-take" -d 'Set the wallet hotkey\'s delegate take (same as `tao wallet set-take`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -f -a "get-take" -d 'Show a hotkey\'s delegate take (same as `tao wallet get-take`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -f -a "trim" -d 'Lower a subnet\'s maximum uids (same as `tao subnets trim`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and not __fish_seen_subcommand_from set get set-take get-take trim help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l param -d 'The hyperparameter (btcli\'s name, a hyperparameters key, or the call\'s suffix)' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l value -d 'The new value, in the chain\'s units' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l take -d 'The new take, a fraction from 0 to 1' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from set-take" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l hotkey-ss58 -d 'The hotkey [default: the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from get-take" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l max-uids -d 'The new maximum number of uids' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from trim" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a hyperparameter of a subnet you own (an AdminUtils owner call)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a subnet\'s hyperparameters (same as `tao subnets hyperparameters`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "set-take" -d 'Set the wallet hotkey\'s delegate take (same as `tao wallet set-take`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "get-take" -d 'Show a hotkey\'s delegate take (same as `tao wallet get-take`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "trim" -d 'Lower a subnet\'s maximum uids (same as `tao subnets trim`)'
complete -c tao -n "__fish_tao_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand query" -l limit -d 'With `--prefix`: at most N entries' -r
complete -c tao -n "__fish_tao_using_subcommand query" -l metadata -d 'Use the runtime metadata in FILE (SCALE bytes, or their 0x hex) and stay offline: `--list` works as with a node, and a query prints its storage key instead of reading it' -r -F
complete -c tao -n "__fish_tao_using_subcommand query" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand query" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand query" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand query" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand query" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand query" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand query" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand query" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand query" -l list -d 'List the storage items (of PALLET, or of every pallet) with their key and value types'
complete -c tao -n "__fish_tao_using_subcommand query" -l prefix -d 'Iterate the map: every entry under the keys given (a leading part of them, or none)'
complete -c tao -n "__fish_tao_using_subcommand query" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand query" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand query" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand query" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand query" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand query" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand query" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand query" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand query" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand api" -l metadata -d 'Use the runtime metadata in FILE and stay offline: `--list` works as with a node, and a call prints its encoded input instead of sending it' -r -F
complete -c tao -n "__fish_tao_using_subcommand api" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand api" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand api" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand api" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand api" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand api" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand api" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand api" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand api" -l list -d 'List the methods (of API, or of every API) with their inputs and output'
complete -c tao -n "__fish_tao_using_subcommand api" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand api" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand api" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand api" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand api" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand api" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand api" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand api" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand call" -l metadata -d 'Use the runtime metadata in FILE and stay offline: `--list` works as with a node, and a call prints its encoded bytes instead of being signed' -r -F
complete -c tao -n "__fish_tao_using_subcommand call" -l signer -d 'Which of the wallet\'s keys signs' -r -f -a "coldkey\t'The coldkey (funds, staking, ownership)'
hotkey\t'The hotkey (weights, axons, child keys)'"
complete -c tao -n "__fish_tao_using_subcommand call" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand call" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand call" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand call" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand call" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand call" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand call" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand call" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand call" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand call" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand call" -l list -d 'List the calls (of PALLET, or of every pallet) with their arguments and documentation'
complete -c tao -n "__fish_tao_using_subcommand call" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand call" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand call" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand call" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand call" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand call" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand call" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand call" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand call" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand call" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -f -a "batch" -d 'Send a file of calls as one batch (Utility.batch_all by default)'
complete -c tao -n "__fish_tao_using_subcommand tx; and not __fish_seen_subcommand_from batch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l mode -d 'all: every item or none (batch_all); batch: in order until one fails; force: every item whatever fails (force_batch)' -r -f -a "all\t'`Utility.batch_all`: all items or none (the default)'
batch\t'`Utility.batch`: items in order until the first failure'
force\t'`Utility.force_batch`: every item, whatever fails'"
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l signer -d 'Which of the wallet\'s keys signs' -r -f -a "coldkey\t'The coldkey (funds, staking, ownership)'
hotkey\t'The hotkey (weights, axons, child keys)'"
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from batch" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "batch" -d 'Send a file of calls as one batch (Utility.batch_all by default)'
complete -c tao -n "__fish_tao_using_subcommand tx; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "start" -d 'Start the agent in the background and print the shell lines that point tao at it'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "add" -d 'Unlock a key of the wallet once and hand it to the agent'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "list" -d 'The keys the agent holds and how long it keeps them'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "remove" -d 'Make the agent forget a key'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "lock" -d 'Make the agent forget every key now'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "stop" -d 'Stop the agent (it forgets everything)'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "status" -d 'Whether an agent answers at TAO_AGENT_SOCK, and why not'
complete -c tao -n "__fish_tao_using_subcommand agent; and not __fish_seen_subcommand_from start add list remove lock stop status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l idle-timeout -d 'Forget a key unused this long (90s, 15m, 8h, 1d)' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l lifetime -d 'Forget a key this long after it was added, at the latest' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l socket -d 'The socket\'s path [default: a new one in $XDG_RUNTIME_DIR/tao/]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l foreground -d 'Stay in the foreground and log to stderr'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l fish -d 'Print fish syntax (`set -x`)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l csh -d 'Print csh syntax (`setenv`)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l key -d 'Which key of the wallet (the hotkey\'s name is `--hotkey`)' -r -f -a "coldkey\t'The wallet\'s coldkey'
hotkey\t'The wallet\'s hotkey (`--hotkey NAME`)'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l lifetime -d 'Forget it after this long (at most the agent\'s lifetime)' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from FILE: its content minus one trailing newline; `-` reads standard input. Also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l key -d 'Which key of the wallet' -r -f -a "coldkey\t'The wallet\'s coldkey'
hotkey\t'The wallet\'s hotkey (`--hotkey NAME`)'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l ss58 -d 'The key\'s address instead' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l fish -d 'Print fish syntax (`set -x`)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l csh -d 'Print csh syntax (`setenv`)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the agent in the background and print the shell lines that point tao at it'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "add" -d 'Unlock a key of the wallet once and hand it to the agent'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "list" -d 'The keys the agent holds and how long it keeps them'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Make the agent forget a key'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Make the agent forget every key now'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the agent (it forgets everything)'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether an agent answers at TAO_AGENT_SOCK, and why not'
complete -c tao -n "__fish_tao_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -f -a "set" -d 'Serve the wallet hotkey\'s axon on a subnet at an address and port'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -f -a "reset" -d 'Clear the wallet hotkey\'s axon on a subnet (address 0, port 1)'
complete -c tao -n "__fish_tao_using_subcommand axon; and not __fish_seen_subcommand_from set reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l ip -d 'The address (IPv4 or IPv6)' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l port -d 'The port' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l ip-type -d 'The address\'s version, checked against it [default: the address\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l protocol -d 'The protocol number' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from help" -f -a "set" -d 'Serve the wallet hotkey\'s axon on a subnet at an address and port'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Clear the wallet hotkey\'s axon on a subnet (address 0, port 1)'
complete -c tao -n "__fish_tao_using_subcommand axon; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -f -a "list" -d 'A coldkey\'s locks: locked α, conviction, mode, what is free to unstake'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -f -a "ls" -d 'A coldkey\'s locks: locked α, conviction, mode, what is free to unstake'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -f -a "show" -d 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -f -a "add" -d 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -f -a "mode" -d 'Show or change whether a lock decays (set_perpetual_lock)'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -f -a "move" -d 'Move the lock to another hotkey (move_lock)'
complete -c tao -n "__fish_tao_using_subcommand lock; and not __fish_seen_subcommand_from list ls show add mode move help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s n -l netuid -d 'Only this subnet' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s n -l netuid -d 'Only this subnet' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s n -l netuid -d 'The subnet [default: the only subnet the coldkey has a lock on]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l ss58 -d 'The coldkey [default: the wallet\'s]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s n -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s a -l amount -d 'α to lock' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l hotkey-ss58 -d 'The hotkey to lock to [default: the existing lock\'s, else the wallet\'s hotkey]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l mode -d 'The mode of a new lock: decaying or perpetual' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s n -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l mode -d 'The new mode: decaying or perpetual (omit to show the current one)' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from mode" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s n -l netuid -d 'The subnet' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l destination-hotkey -d 'The hotkey to move the lock to' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "list" -d 'A coldkey\'s locks: locked α, conviction, mode, what is free to unstake'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "show" -d 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "add" -d 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "mode" -d 'Show or change whether a lock decays (set_perpetual_lock)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move the lock to another hotkey (move_lock)'
complete -c tao -n "__fish_tao_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "add" -d 'Let a delegate act for this wallet\'s coldkey within a proxy type (Proxy.add_proxy)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "remove" -d 'Withdraw one proxy relation of this wallet\'s coldkey (Proxy.remove_proxy)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "list" -d 'Show an account\'s proxies with their types, delays and the deposit'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "execute" -d 'Make a call a delegate announced, once its delay has passed (Proxy.proxy_announced)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "reject" -d 'Refuse a call a delegate announced for this wallet\'s coldkey (Proxy.reject_announcement)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "create-pure" -d 'Create a keyless (pure) account whose proxy this wallet\'s coldkey is (Proxy.create_pure)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "kill-pure" -d 'Remove a pure account, through its Any proxy (Proxy.kill_pure inside Proxy.proxy)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and not __fish_seen_subcommand_from add remove list execute reject create-pure kill-pure help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l delegate -d 'The delegate\'s address (SS58)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l type -d 'The proxy type (what the delegate may do): Any, Owner, NonCritical, NonTransfer, NonFungible, Staking, Registration, Transfer, SmallTransfer, ChildKeys, SwapHotkey, SubnetLeaseBeneficiary, RootClaim, … (as the chain names them)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l delay -d 'Blocks an announced call must wait before the delegate may execute it (0: none)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l delegate -d 'The delegate\'s address (SS58)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l type -d 'The proxy type (what the delegate may do): Any, Owner, NonCritical, NonTransfer, NonFungible, Staking, Registration, Transfer, SmallTransfer, ChildKeys, SwapHotkey, SubnetLeaseBeneficiary, RootClaim, … (as the chain names them)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l delay -d 'Blocks an announced call must wait before the delegate may execute it (0: none)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l ss58 -d 'The account [default: the wallet\'s coldkey]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the node to accept the connection' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l block -l at -d 'Read at this block (number or 0x-hash) instead of the finalized head; old blocks need an archive node' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l real -d 'The real account the call is for (SS58)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l delegate -d 'The delegate that announced it [default: this wallet\'s coldkey]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l call-hex -d 'The announced call\'s bytes (`details.announce.call_data` of the announcement)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from execute" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l delegate -d 'The delegate that announced it (SS58)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l call-hash -d 'The announced call\'s hash (`details.announce.call_hash` of the announcement)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l type -d 'The proxy type the coldkey gets over the pure account' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l delay -d 'Announcement delay in blocks (0: none)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l index -d 'Disambiguation index, to create several pure accounts in one transaction' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from create-pure" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l proxy -d 'The pure account to remove (SS58); its Any proxy (this wallet\'s coldkey) signs for it' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l spawner -d 'The account that created it [default: this wallet\'s coldkey]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l type -d 'The proxy type given at creation' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l index -d 'The disambiguation index given at creation' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l height -d 'The block the pure account was created in' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l ext-index -d 'The index of the creating extrinsic in that block' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l wait -d 'How long to watch: until the node accepts it (none), it is in a block (inclusion) or that block is final (finalization)' -r -f -a "none\t'Return once the node accepted it into its pool'
inclusion\t'Wait for the block that includes it (the default)'
finalization\t'Wait for that block to be finalized'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l timeout -d 'Seconds to wait for the connection and then for `--wait`' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l era -d 'Mortality in blocks (rounded up to a power of two, 4 to 65536)' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l password-file -d 'Read the key\'s password from FILE (`-` for standard input); also TAO_UNSAFE_PASSWORD (CI only) and btcli\'s BT_PW_<PATH>; else a hidden prompt' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l network -d 'Network name (finney, test, archive, local, dev, rao, latent-lite) or a ws:// / wss:// URL [default: finney]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -s p -l wallet-path -d 'Directory holding the wallets [default: ~/.bittensor/wallets]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l wallet-name -d 'Wallet (coldkey) name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -s H -l hotkey -d 'Hotkey name [default: default]' -r
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l color -d 'When to use colour [default: auto]' -r -f -a "auto\t'Colour on terminals, unless `NO_COLOR` says otherwise'
always\t'Always colour'
never\t'Never colour'"
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l config -d 'Config file to read [default: $XDG_CONFIG_HOME/tao/config.toml]' -r -F
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l dry-run -d 'Build, check, estimate and sign, but do not submit: print the signed extrinsic'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l json -d 'Print exactly one JSON document on stdout, also on failure'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -s y -l yes -d 'Answer confirmations with yes (never authorises overwriting a key: that needs --force)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -s q -l quiet -d 'Less on stderr; -qq shows errors only [env: TAO_QUIET]'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -s v -l verbose -d 'More on stderr (-vv for everything); TAO_LOG sets the level too'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l no-progress -d 'Never show spinners'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l no-config -d 'Read no config file (neither tao\'s nor btcli\'s)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -l no-agent -d 'Never ask the key agent (`TAO_AGENT_SOCK`); unlock key files'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from kill-pure" -s V -l version -d 'Print version'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "add" -d 'Let a delegate act for this wallet\'s coldkey within a proxy type (Proxy.add_proxy)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Withdraw one proxy relation of this wallet\'s coldkey (Proxy.remove_proxy)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show an account\'s proxies with their types, delays and the deposit'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "execute" -d 'Make a call a delegate announced, once its delay has passed (Proxy.proxy_announced)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Refuse a call a delegate announced for this wallet\'s coldkey (Proxy.reject_announcement)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "create-pure" -d 'Create a keyless (pure) account whose proxy this wallet\'s coldkey is (Proxy.create_pure)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "kill-pure" -d 'Remove a pure account, through its Any proxy (Proxy.kill_pure inside Proxy.proxy)'
complete -c tao -n "__fish_tao_using_subcommand proxy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "wallet" -d 'Wallets and keys: create, import, list, inspect, sign, verify, balances'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "config" -d 'Show and change tao\'s configuration'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "utils" -d 'Offline utilities: unit conversion and SS58 addresses'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "completions" -d 'Print a shell completion script'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "subnets" -d 'Subnets: list, details, metagraphs, hyperparameters, prices'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "stake" -d 'Stake: positions, swap simulations and fees'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "yuma" -d 'Yuma consensus: simulate an epoch offline, preview a weight row'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "weights" -d 'Weights: set a validator\'s weight row'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "sudo" -d 'Subnet owner settings (set, get) and btcli\'s set-take and get-take'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "query" -d 'Read any storage item by name (raw access over the metadata)'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "api" -d 'Call any runtime API method by name (raw access over the metadata)'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "call" -d 'Send any call by name through the transaction pipeline (raw access over the metadata)'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "tx" -d 'Transactions from files: a batch of calls'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "agent" -d 'The key agent: unlock a key once, sign in milliseconds, never write the secret anywhere'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "axon" -d 'A hotkey\'s axon: serve or reset the endpoint on a subnet'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "lock" -d 'btcli\'s `lock` group: stake locks (as `tao stake lock`)'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "proxy" -d 'Proxies: let another key act for this wallet\'s coldkey within a proxy type'
complete -c tao -n "__fish_tao_using_subcommand help; and not __fish_seen_subcommand_from wallet config utils completions subnets stake yuma weights sudo query api call tx agent axon lock proxy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "new-coldkey" -d 'Create a new coldkey (encrypted unless --no-password)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "new-hotkey" -d 'Create a new hotkey (unencrypted unless --encrypt-hotkey, as btcli)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-coldkey" -d 'Restore a coldkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-coldkeypub" -d 'Restore coldkeypub.txt from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-hotkey" -d 'Restore a hotkey from its mnemonic, seed or a polkadot-js JSON export'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-hotkeypub" -d 'Restore a hotkey\'s public file from an address or public key (no secret needed)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "list" -d 'List every wallet with its coldkey and hotkey addresses (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "inspect" -d 'Show a wallet\'s addresses, files, encryption and permissions (never decrypts)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "verify" -d 'Verify a signature (exit 0 when valid, 1 when not)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "change-password" -d 'Change the coldkey\'s password (or encrypt an unencrypted coldkey)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "encrypt-hotkey" -d 'Encrypt a hotkey with a password'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "decrypt-hotkey" -d 'Store a hotkey unencrypted'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "balance" -d 'Show free, reserved and staked balances.'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "overview" -d 'Show the wallet\'s stake per subnet and hotkey, with its value and last-epoch emission.'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "transfer" -d 'Send TAO to another account (Balances.transfer_keep_alive; `--allow-death` may empty the account; `--all` sends everything with transfer_all).'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "set-take" -d 'Set the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), signed by the coldkey that owns it: increase_take or decrease_take, whichever applies. The take is the share of the hotkey\'s dividends kept before the rest goes to its stakers, as a fraction (`0.12` = 12%; stored as ⌊fraction × 65535⌋). Refused before signing where the chain would refuse: above MaxDelegateTake, below MinDelegateTake, an increase within TxDelegateTakeRateLimit blocks of the last change, a hotkey that is not the signer\'s.'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "get-take" -d 'Show the delegate take of the wallet\'s hotkey (or `--hotkey-ss58`), the chain\'s bounds, and from which block an increase is allowed.'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "set-identity" -d 'Set the wallet coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "get-identity" -d 'Show a coldkey\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "associate-hotkey" -d 'Associate a hotkey with the wallet\'s coldkey (try_associate_hotkey)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "swap-hotkey" -d 'Swap the wallet\'s hotkey for a new hotkey (swap_hotkey_v2, or swap_hotkey on chains without it)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "swap-coldkey" -d 'Swap the wallet\'s coldkey for a new coldkey: announce, wait, execute (or dispute, clear)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "swap-check" -d 'Show a coldkey\'s announced swap: its hash, when it can execute, disputes, delays and cost'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the keys set in tao\'s config file, or with --resolved every setting and its source.'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key in tao\'s config file (created 0600 in a 0700 directory, written atomically).'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from tao\'s config file.'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from utils" -f -a "convert" -d 'Convert between TAO and rao with exact integer arithmetic (1 TAO = 10^9 rao).'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from utils" -f -a "ss58" -d 'Encode, decode and validate SS58 addresses'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "list" -d 'List every subnet with its price and pool'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "show" -d 'Show one subnet: pool, price, schedule, owner and registration cost'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "metagraph" -d 'Show a subnet\'s neurons (one get_metagraph call)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "hyperparameters" -d 'Show a subnet\'s hyperparameters'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "mechanisms" -d 'A subnet\'s mechanisms (sub-subnets): show them; the owner sets their count and split'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "burn-cost" -d 'Show the cost of registering a neuron on a subnet (or of creating a subnet)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "price" -d 'Show α prices'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "register" -d 'Register the wallet\'s hotkey on a subnet (burn, with a maximum)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "create" -d 'Create a subnet (register_network)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "start" -d 'Start a subnet you own (start_call)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "set-identity" -d 'Set a subnet\'s on-chain identity (the owner)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "get-identity" -d 'Show a subnet\'s on-chain identity'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "set-symbol" -d 'Set a subnet\'s token symbol (the owner; update_symbol)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "check-start" -d 'Show whether and when a subnet may be started, and why not'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "trim" -d 'Lower a subnet\'s maximum uids, dropping its lowest emitters (the owner)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "list" -d 'List stake positions'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "sim" -d 'Simulate staking TAO (or unstaking α) on a subnet: amount out, fee, slippage'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "fee" -d 'Show the fee of staking or unstaking an amount'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "add" -d 'Stake TAO on subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "remove" -d 'Unstake α from subnets (safe staking by default)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "move" -d 'Move stake to another hotkey and/or subnet (move_stake)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "transfer" -d 'Give stake to another coldkey (transfer_stake)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "swap" -d 'Swap stake between subnets on one hotkey (swap_stake_limit)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "set-auto" -d 'Stake the coldkey\'s miner incentive on a subnet to a hotkey'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "auto" -d 'Where the coldkey\'s miner incentive is staked, per subnet'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "child" -d 'Child hotkeys: get, set, revoke, take'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "claimable" -d 'Root dividends the coldkey can claim, per hotkey and subnet'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "process-claim" -d 'Claim root dividends on up to 5 subnets (claim_root)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "set-claim" -d 'Choose how root dividends are claimed: keep or swap (set_root_claim_type)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "lock" -d 'Stake locks and conviction: list, show, add, mode, move (also `tao lock …`)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from yuma" -f -a "simulate" -d 'Run one epoch on a subnet state and show what it pays, or preview a weight row'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from weights" -f -a "set" -d 'Set the hotkey\'s weights on a subnet (set_weights, or a timelocked commit where commit-reveal is on)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from weights" -f -a "commit" -d 'Commit a weight row on a subnet with commit-reveal on (commit_weights, v2 hash)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from weights" -f -a "reveal" -d 'Reveal the oldest saved commit whose reveal window is open (reveal_weights)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from sudo" -f -a "set" -d 'Set a hyperparameter of a subnet you own (an AdminUtils owner call)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from sudo" -f -a "get" -d 'Show a subnet\'s hyperparameters (same as `tao subnets hyperparameters`)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from sudo" -f -a "set-take" -d 'Set the wallet hotkey\'s delegate take (same as `tao wallet set-take`)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from sudo" -f -a "get-take" -d 'Show a hotkey\'s delegate take (same as `tao wallet get-take`)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from sudo" -f -a "trim" -d 'Lower a subnet\'s maximum uids (same as `tao subnets trim`)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from tx" -f -a "batch" -d 'Send a file of calls as one batch (Utility.batch_all by default)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "start" -d 'Start the agent in the background and print the shell lines that point tao at it'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "add" -d 'Unlock a key of the wallet once and hand it to the agent'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "list" -d 'The keys the agent holds and how long it keeps them'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "remove" -d 'Make the agent forget a key'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "lock" -d 'Make the agent forget every key now'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "stop" -d 'Stop the agent (it forgets everything)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "status" -d 'Whether an agent answers at TAO_AGENT_SOCK, and why not'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from axon" -f -a "set" -d 'Serve the wallet hotkey\'s axon on a subnet at an address and port'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from axon" -f -a "reset" -d 'Clear the wallet hotkey\'s axon on a subnet (address 0, port 1)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "list" -d 'A coldkey\'s locks: locked α, conviction, mode, what is free to unstake'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "show" -d 'One lock in detail: how it decays and matures, and where it will be in 30, 90, 365 days'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "add" -d 'Lock α on a subnet to a hotkey, or add to the lock (lock_stake)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "mode" -d 'Show or change whether a lock decays (set_perpetual_lock)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "move" -d 'Move the lock to another hotkey (move_lock)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from proxy" -f -a "add" -d 'Let a delegate act for this wallet\'s coldkey within a proxy type (Proxy.add_proxy)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from proxy" -f -a "remove" -d 'Withdraw one proxy relation of this wallet\'s coldkey (Proxy.remove_proxy)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from proxy" -f -a "list" -d 'Show an account\'s proxies with their types, delays and the deposit'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from proxy" -f -a "execute" -d 'Make a call a delegate announced, once its delay has passed (Proxy.proxy_announced)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from proxy" -f -a "reject" -d 'Refuse a call a delegate announced for this wallet\'s coldkey (Proxy.reject_announcement)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from proxy" -f -a "create-pure" -d 'Create a keyless (pure) account whose proxy this wallet\'s coldkey is (Proxy.create_pure)'
complete -c tao -n "__fish_tao_using_subcommand help; and __fish_seen_subcommand_from proxy" -f -a "kill-pure" -d 'Remove a pure account, through its Any proxy (Proxy.kill_pure inside Proxy.proxy)'
