#!/usr/bin/env bash
# Sets everything up on Debian 12 (as root) and starts Carnet. Arguments go to carnet, e.g. --demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
exec ./build/default/app/carnet "$@"
