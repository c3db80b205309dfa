#!/usr/bin/env bash
# Creates the two Python environments the wallet round-trip tests (tests/wallet/compat.rs) use:
# bittensor-wallet 4.0.1 (what btcli 9.x and the SDK pin) and 4.1.1 (the newest), from PyPI
# wheels. Idempotent: an environment that already has the right version is left alone.
#
#   .ci/python-venvs.sh            # creates ${TAO_VENV_DIR:-$HOME/.cache/tao-ci}/btwallet-4.0.1 …
#
# It exports nothing. Point the tests at the interpreters with
#   TAO_BTWALLET_401_PYTHON=$dir/btwallet-4.0.1/bin/python
#   TAO_BTWALLET_411_PYTHON=$dir/btwallet-4.1.1/bin/python
# and it prints those two lines (as `NAME=path`) at the end for a caller to use.
set -euo pipefail

base="${TAO_VENV_DIR:-$HOME/.cache/tao-ci}"
python="${PYTHON:-python3}"
mkdir -p "$base"

has_version() {
    local interpreter="$1" version="$2"
    [ -x "$interpreter" ] || return 1
    "$interpreter" - "$version" <<'PY' 2>/dev/null
import sys
from importlib import metadata
try:
    import bittensor_wallet  # noqa: F401  (the compiled module loads)
    ok = metadata.version("bittensor-wallet") == sys.argv[1]
except Exception:
    ok = False
sys.exit(0 if ok else 1)
PY
}

for version in 4.0.1 4.1.1; do
    dir="$base/btwallet-$version"
    if has_version "$dir/bin/python" "$version"; then
        echo "python-venvs: bittensor-wallet $version already in $dir" >&2
        continue
    fi
    echo "python-venvs: creating $dir with bittensor-wallet==$version" >&2
    rm -rf "$dir"
    "$python" -m venv "$dir"
    # Wheels only: building the Rust extension from source would need a Rust/maturin toolchain
    # and minutes; a missing wheel is an error to see, not to paper over.
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
        --only-binary=:all: "bittensor-wallet==$version"
    has_version "$dir/bin/python" "$version" || {
        echo "python-venvs: bittensor-wallet $version did not install correctly in $dir" >&2
        exit 1
    }
done

echo "TAO_BTWALLET_401_PYTHON=$base/btwallet-4.0.1/bin/python"
echo "TAO_BTWALLET_411_PYTHON=$base/btwallet-4.1.1/bin/python"
