#!/usr/bin/env bash
# Sets up, builds, and runs kg on the bundled samples/: results go into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
./build/cli/kg parse samples/ --format conllu -o out/samples.conllu
echo "wrote out/samples.conllu"
