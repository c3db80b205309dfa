#!/usr/bin/env bash
# Creates the Python environment of the official-client checks of the new CLI and SDK
# (tests/clients/): PyPI bittensor 11.3.0, whose `btcli` is the new official CLI, with its
# dependencies pinned by .ci/bittensor-11.3.0.txt (wheels only). Idempotent: an environment that
# already has that version is left alone.
#
#   .ci/python-bittensor.sh        # creates ${TAO_VENV_DIR:-$HOME/.cache/tao-ci}/bittensor-11.3.0
#
# It exports nothing; it prints `TAO_BTCLI11=path` (that btcli executable) at the end.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="${TAO_VENV_DIR:-$HOME/.cache/tao-ci}"
python="${PYTHON:-python3}"
version=11.3.0
dir="$base/bittensor-$version"
pins="$here/bittensor-$version.txt"
mkdir -p "$base"

has_version() {
    [ -x "$dir/bin/btcli" ] || return 1
    "$dir/bin/python" - "$version" <<'PY' 2>/dev/null
import sys
from importlib import metadata
try:
    ok = metadata.version("bittensor") == sys.argv[1]
except Exception:
    ok = False
sys.exit(0 if ok else 1)
PY
}

if has_version; then
    echo "python-bittensor: bittensor $version already in $dir" >&2
else
    echo "python-bittensor: creating $dir with bittensor==$version" >&2
    rm -rf "$dir"
    "$python" -m venv "$dir"
    if [ -f "$pins" ]; then
        "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
            --only-binary=:all: -r "$pins"
    else
        "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
            --only-binary=:all: "bittensor==$version"
    fi
    has_version || {
        echo "python-bittensor: bittensor $version did not install correctly in $dir" >&2
        exit 1
    }
fi

echo "TAO_BTCLI11=$dir/bin/btcli"
