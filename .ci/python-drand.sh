#!/usr/bin/env bash
# Creates the Python environment the timelock cross-check (tests/chain/timelock_btdrand.rs) uses:
# PyPI bittensor-drand 2.0.0 (the library the official clients use to encrypt weights commits),
# from its wheel. Idempotent: an environment
# that already has that version is left alone.
#
#   .ci/python-drand.sh            # creates ${TAO_VENV_DIR:-$HOME/.cache/tao-ci}/btdrand-2.0.0
#
# It exports nothing; it prints `TAO_BTDRAND_PYTHON=path` at the end for a caller to use.
set -euo pipefail

base="${TAO_VENV_DIR:-$HOME/.cache/tao-ci}"
python="${PYTHON:-python3}"
version=2.0.0
dir="$base/btdrand-$version"
mkdir -p "$base"

has_version() {
    [ -x "$dir/bin/python" ] || return 1
    "$dir/bin/python" - "$version" <<'PY' 2>/dev/null
import sys
from importlib import metadata
try:
    import bittensor_drand  # noqa: F401  (the compiled module loads)
    ok = metadata.version("bittensor-drand") == sys.argv[1]
except Exception:
    ok = False
sys.exit(0 if ok else 1)
PY
}

if has_version; then
    echo "python-drand: bittensor-drand $version already in $dir" >&2
else
    echo "python-drand: creating $dir with bittensor-drand==$version" >&2
    rm -rf "$dir"
    "$python" -m venv "$dir"
    # Wheels only, as for the wallet venvs: a source build would need a Rust toolchain and
    # maturin; a missing wheel is an error to see.
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
        --only-binary=:all: "bittensor-drand==$version"
    has_version || {
        echo "python-drand: bittensor-drand $version did not install correctly in $dir" >&2
        exit 1
    }
fi

echo "TAO_BTDRAND_PYTHON=$dir/bin/python"
