#!/usr/bin/env bash
# Installs the Debian 12 packages kg needs (only those missing) and configures and
# builds kg in build/ (Release); installs kg view's npm packages (view/) when npm is there.
# Usage: bash scripts/setup.sh [extra cmake args]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build libboost-graph-dev rapidjson-dev libspdlog-dev
          libfmt-dev doctest-dev libcli11-dev wordnet-base python3 zlib1g-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# kg view's JavaScript libraries (sigma, graphology; view/package-lock.json) when node and
# npm are there; without them kg builds and tests as before, and `kg view` says what to install.
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  if [ ! -f view/node_modules/.package-lock.json ] || ! cmp -s view/package-lock.json view/node_modules/.kg-lock; then
    (cd view && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null && cp package-lock.json node_modules/.kg-lock) ||
      echo "setup: npm ci in view/ failed; kg view will not work until it succeeds" >&2
  fi
else
  echo "setup: node/npm not found; kg view needs them (apt-get install nodejs npm, then run this again)" >&2
fi

jobs=${KG_JOBS:-2}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j "$jobs"
