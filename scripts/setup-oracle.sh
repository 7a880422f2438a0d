#!/usr/bin/env bash
# Installs the query oracle of ctest query_kuzu and bench/query_bench.sh: LadybugDB
# (@ladybugdb/core, the maintained fork of Kùzu), pinned by tests/query/oracle/package-lock.json,
# into tests/query/oracle/node_modules (npm install of the locked versions; needs node and npm: Debian's nodejs/npm or
# the machine's). Without npm it says so and exits 0: the test then skips.
set -euo pipefail
cd "$(dirname "$0")/../tests/query/oracle"
if ! command -v npm >/dev/null; then
  echo "setup-oracle: npm not found; ctest query_kuzu will be skipped" >&2
  exit 0
fi
if [ -f node_modules/@ladybugdb/core/package.json ] &&
   grep -q '"version": "0.19.1"' node_modules/@ladybugdb/core/package.json; then
  exit 0
fi
# npm install, not npm ci: npm 11 leaves the other platforms' optional packages out of the
# lock file and then refuses "npm ci"; install keeps the locked versions all the same.
npm install --no-audit --no-fund --no-save --loglevel=error
