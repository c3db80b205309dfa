#!/usr/bin/env bash
# Creates the Python environment of the official-client checks (tests/clients/): PyPI
# bittensor-cli 9.23.2, the official btcli, with its dependencies pinned by
# .ci/btcli-9.23.2.txt (wheels only). Idempotent: an environment that already has that version
# is left alone.
#
#   .ci/python-btcli.sh            # creates ${TAO_VENV_DIR:-$HOME/.cache/tao-ci}/btcli-9.23.2
#
# It exports nothing; it prints `TAO_BTCLI=path` (the btcli executable) at the end.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="${TAO_VENV_DIR:-$HOME/.cache/tao-ci}"
python="${PYTHON:-python3}"
version=9.23.2
dir="$base/btcli-$version"
pins="$here/btcli-$version.txt"
mkdir -p "$base"

has_version() {
    [ -x "$dir/bin/btcli" ] || return 1
    "$dir/bin/python" - "$version" <<'PY' 2>/dev/null
import sys
from importlib import metadata
try:
    ok = metadata.version("bittensor-cli") == sys.argv[1]
except Exception:
    ok = False
sys.exit(0 if ok else 1)
PY
}

if has_version; then
    echo "python-btcli: bittensor-cli $version already in $dir" >&2
else
    echo "python-btcli: creating $dir with bittensor-cli==$version" >&2
    rm -rf "$dir"
    "$python" -m venv "$dir"
    if [ -f "$pins" ]; then
        "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
            --only-binary=:all: -r "$pins"
    else
        "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
            --only-binary=:all: "bittensor-cli==$version"
    fi
    has_version || {
        echo "python-btcli: bittensor-cli $version did not install correctly in $dir" >&2
        exit 1
    }
fi

echo "TAO_BTCLI=$dir/bin/btcli"
