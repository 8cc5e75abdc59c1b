#!/usr/bin/env bash
# Sets everything up on Debian 12 (as root), builds with warnings as errors and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --timeout 900 "$@"
