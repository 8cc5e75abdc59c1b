#!/usr/bin/env bash
# Installs what Carnet needs to build, test and run on Debian 12 (as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build pkg-config git ca-certificates \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    libqt6svg6-dev qt6-svg-dev qt6-pdf-dev libgl-dev \
    libsqlcipher-dev libsodium-dev libarchive-dev libical-dev libqrencode-dev libzxcvbn-dev \
    age minisign zbar-tools \
    xvfb xauth imagemagick fonts-dejavu-core \
    qt6-qpa-plugins
