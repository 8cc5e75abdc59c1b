#!/usr/bin/env bash
# Makes docs/screenshots/*.png: each main view of Carnet over the demo vault, in a real X server (Xvfb).
# Run after a build (bash scripts/run.sh or cmake --build --preset default); LANG picks the language, e.g. LANG=de_DE.UTF-8.
set -euo pipefail
cd "$(dirname "$0")/.."
carnet=${CARNET:-build/default/app/carnet}
out=${1:-docs/screenshots}
[ -x "$carnet" ] || { echo "no $carnet: build first (cmake --preset default && cmake --build --preset default)" >&2; exit 1; }
mkdir -p "$out"
# A throwaway home, so the run leaves no settings behind and finds none.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" "$carnet" --demo --screenshots "$out"
