#!/usr/bin/env bash
# Creates the Python environments of the official-client checks (tests/clients/), each from
# PyPI wheels with its dependencies pinned by a file beside this script:
#   - bittensor-cli 9.23.2 (btcli 9), pins in .ci/btcli-9.23.2.txt, in btcli-9.23.2/;
#   - bittensor 11.3.0 (the new btcli and the SDK), pins in .ci/bittensor-11.3.0.txt, in
#     bittensor-11.3.0/;
# under ${TAO_VENV_DIR:-$HOME/.cache/tao-ci}. Idempotent: an environment that already has its
# version is left alone.
#
#   .ci/python-clients.sh
#
# It exports nothing; it prints `TAO_BTCLI=path` and `TAO_BTCLI11=path` (the btcli executables)
# at the end.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="${TAO_VENV_DIR:-$HOME/.cache/tao-ci}"
python="${PYTHON:-python3}"
mkdir -p "$base"

# make_env PACKAGE VERSION DIRNAME: the environment $base/DIRNAME with PACKAGE==VERSION.
make_env() {
    local package="$1" version="$2" dir="$base/$3" pins="$here/$3.txt"
    if [ -x "$dir/bin/btcli" ] && "$dir/bin/python" - "$package" "$version" <<'PY' 2>/dev/null; then
import sys
from importlib import metadata
sys.exit(0 if metadata.version(sys.argv[1]) == sys.argv[2] else 1)
PY
        echo "python-clients: $package $version already in $dir" >&2
        return
    fi
    echo "python-clients: creating $dir with $package==$version" >&2
    rm -rf "$dir"
    "$python" -m venv "$dir"
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
        --only-binary=:all: -r "$pins"
    "$dir/bin/python" - "$package" "$version" <<'PY' || {
import sys
from importlib import metadata
sys.exit(0 if metadata.version(sys.argv[1]) == sys.argv[2] else 1)
PY
        echo "python-clients: $package $version did not install correctly in $dir" >&2
        exit 1
    }
}

make_env bittensor-cli 9.23.2 btcli-9.23.2
make_env bittensor 11.3.0 bittensor-11.3.0

echo "TAO_BTCLI=$base/btcli-9.23.2/bin/btcli"
echo "TAO_BTCLI11=$base/bittensor-11.3.0/bin/btcli"
