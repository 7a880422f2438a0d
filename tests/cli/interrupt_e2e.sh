#!/usr/bin/env bash
# Ctrl-C and SIGTERM (issue #8): an interrupted kg stops reading, exits 130, removes its
# *.tmp outputs and never leaves a half-written file under a final name.
#   1. SIGINT to `kg build BIG -o DIR --formats all` while it extracts: exit 130, DIR holds
#      no graph.kgl, no export and no *.tmp.
#   2. SIGTERM to `kg extract BIG -o OUT.jsonl`: exit 130, neither OUT.jsonl nor OUT.jsonl.tmp.
#   3. SIGINT to `kg extract` writing to stdout: exit 130, every line written is whole JSON.
#   4. A kg blocked reading stdin (nothing arrives) is ended by the watcher after the grace
#      period: exit 130 and its OUT.jsonl.tmp removed.
#   5. An uninterrupted run of the same command leaves the final file and no *.tmp.
#   1b. A background job of a shell without job control (SIGINT inherited ignored) stops on
#      SIGINT too.
#   6. Outputs as one unit (issue #26): SIGINT or SIGKILL during a rebuild over an earlier
#      build's folder leaves that build's files byte for byte; the next build removes what a
#      killed run left (staging folder, *.tmp) and the stale exports it does not write, and
#      finishes a commit a killed run left half done.
# Usage: interrupt_e2e.sh KG_BINARY SOURCE_DIR
set -uo pipefail
set -m  # job control: background jobs get SIGINT like a foreground command (not ignored)
kg=$1; src=$2
W=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$W"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
m=(-q --models "$src/models")
python3 "$src/bench/make_corpus.py" "$src/samples" "$W/big.jsonl" --mb 4 > /dev/null || fail "make_corpus"

# Waits until FILE exists (at most 60 s): the command got past loading its models.
wait_for() { for _ in $(seq 600); do [ -e "$1" ] && return 0; sleep 0.1; done; fail "timeout waiting for $1"; }
# Waits until PID has written at least N bytes to FILE.
wait_bytes() { for _ in $(seq 600); do [ "$(stat -c %s "$1" 2>/dev/null || echo 0)" -ge "$2" ] && return 0; sleep 0.1; done; fail "timeout waiting for output in $1"; }

# 1. build: interrupted while extracting
"$kg" --models "$src/models" --progress-every 0.2 build "$W/big.jsonl" -o "$W/out" --formats all --threads 2 2> "$W/build.err" &
pid=$!
for _ in $(seq 600); do grep -q "progress:" "$W/build.err" 2>/dev/null && break; sleep 0.1; done
kill -INT $pid; wait $pid; rc=$?
[ $rc = 130 ] || fail "build: exit $rc after SIGINT, expected 130 ($(cat "$W/build.err"))"
left=$(find "$W/out" -type f 2>/dev/null | wc -l)
[ "$left" = 0 ] || fail "build: files left after SIGINT: $(find "$W/out" -type f)"
grep -q "interrupted" "$W/build.err" || fail "build: no 'interrupted' message"

# 1b. a background job of a shell without job control starts with SIGINT ignored; kg
# honours a SIGINT sent to it all the same (issue #26).
bash -c 'set +m; "$1" "${@:3}" & echo $! > "$2"; wait $!; echo $? > "$2.rc"' _ "$kg" "$W/bg.pid" \
  "${m[@]}" extract "$W/big.jsonl" -o "$W/bg.jsonl" --threads 2 2> /dev/null &
runner=$!
wait_for "$W/bg.pid"; wait_for "$W/bg.jsonl.tmp"
kill -INT "$(cat "$W/bg.pid")"; wait $runner
[ "$(cat "$W/bg.pid.rc")" = 130 ] || fail "background extract: exit $(cat "$W/bg.pid.rc") after SIGINT, expected 130"
[ ! -e "$W/bg.jsonl.tmp" ] || fail "background extract: its .tmp is left"

# 2. extract -o FILE: SIGTERM
"$kg" "${m[@]}" extract "$W/big.jsonl" -o "$W/t.jsonl" --threads 2 2> "$W/extract.err" &
pid=$!
wait_for "$W/t.jsonl.tmp"; wait_bytes "$W/t.jsonl.tmp" 1
kill -TERM $pid; wait $pid; rc=$?
[ $rc = 130 ] || fail "extract: exit $rc after SIGTERM, expected 130"
[ -e "$W/t.jsonl" ] && fail "extract: a final-named output after SIGTERM"
[ -e "$W/t.jsonl.tmp" ] && fail "extract: t.jsonl.tmp left after SIGTERM"

# 3. extract to stdout: only whole lines
"$kg" "${m[@]}" extract "$W/big.jsonl" --threads 2 > "$W/s.jsonl" 2> /dev/null &
pid=$!
wait_bytes "$W/s.jsonl" 20000
kill -INT $pid; wait $pid; rc=$?
[ $rc = 130 ] || fail "extract to stdout: exit $rc after SIGINT"
python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    json.loads(line); n += 1
assert n > 0
' "$W/s.jsonl" || fail "extract to stdout: a partial line after SIGINT"

# 4. blocked on stdin: the watcher ends it after the grace period
mkfifo "$W/fifo"
sleep 60 > "$W/fifo" &   # keeps the pipe open, writes nothing
holder=$!
"$kg" "${m[@]}" extract --input-format jsonl - -o "$W/b.jsonl" < "$W/fifo" 2> "$W/blocked.err" &
pid=$!
wait_for "$W/b.jsonl.tmp"
start=$(date +%s)
kill -INT $pid; wait $pid; rc=$?
took=$(( $(date +%s) - start ))
kill $holder 2>/dev/null
[ $rc = 130 ] || fail "blocked: exit $rc after SIGINT"
[ -e "$W/b.jsonl.tmp" ] && fail "blocked: b.jsonl.tmp left behind"
[ -e "$W/b.jsonl" ] && fail "blocked: final-named output"
[ $took -le 15 ] || fail "blocked: took ${took}s to stop"

# 5. the same command, not interrupted
head -50 "$W/big.jsonl" > "$W/small.jsonl"
"$kg" "${m[@]}" build "$W/small.jsonl" -o "$W/ok" --formats all || fail "uninterrupted build exited $?"
[ -s "$W/ok/graph.kgl" ] && [ -s "$W/ok/graph.graphml" ] && [ -s "$W/ok/neo4j/entities.csv" ] || fail "outputs missing"
[ -z "$(find "$W/ok" -name '*.tmp')" ] || fail "*.tmp left after a complete build"
# 6. outputs as one unit
sums() { (cd "$1" && find . -path ./.kg-staging -prune -o -type f -print | sort | xargs sha256sum); }
"$kg" "${m[@]}" build "$W/small.jsonl" -o "$W/unit" --formats all || fail "unit: first build exited $?"
before=$(sums "$W/unit")
#   a. SIGINT while the rebuild extracts: the earlier build stays whole, no staging folder left
"$kg" --models "$src/models" --progress-every 0.2 build "$W/big.jsonl" -o "$W/unit" --formats graphml --threads 2 2> "$W/unit.err" &
pid=$!
for _ in $(seq 600); do grep -q "progress:" "$W/unit.err" 2>/dev/null && break; sleep 0.1; done
kill -INT $pid; wait $pid; rc=$?
[ $rc = 130 ] || fail "unit: exit $rc after SIGINT"
[ "$(sums "$W/unit")" = "$before" ] || fail "unit: the earlier build's files changed after SIGINT"
[ ! -e "$W/unit/.kg-staging" ] || fail "unit: staging folder left after SIGINT"
#   b. SIGKILL while the rebuild extracts: the earlier build stays whole; the next build
#      removes the leftovers, says so, and removes the exports it does not write
"$kg" "${m[@]}" build "$W/big.jsonl" -o "$W/unit" --formats graphml --threads 2 2> /dev/null &
pid=$!
wait_for "$W/unit/.kg-staging"; sleep 1
kill -KILL $pid; wait $pid 2>/dev/null
[ "$(sums "$W/unit")" = "$before" ] || fail "unit: the earlier build's files changed after SIGKILL"
[ -e "$W/unit/.kg-staging" ] || fail "unit: SIGKILL left no staging folder (the test did not kill mid-build)"
echo partial > "$W/unit/graph.nq.tmp"
"$kg" --models "$src/models" build "$W/small.jsonl" -o "$W/unit" --formats graphml 2> "$W/unit2.err" || fail "unit: rebuild exited $?"
grep -q "partial outputs of an interrupted earlier build" "$W/unit2.err" || fail "unit: no note about the leftover staging folder"
grep -q "graph.nq.tmp" "$W/unit2.err" || fail "unit: no note about the leftover .tmp"
[ "$(cd "$W/unit" && ls -A | sort | tr '\n' ' ')" = "graph.graphml graph.kgl " ] || fail "unit: folder holds $(ls -A "$W/unit")"
#   c. a commit a killed run left half done (journal written, one file moved) is finished first
mkdir -p "$W/unit/.kg-staging"
cp "$W/ok/graph.gexf" "$W/unit/.kg-staging/graph.gexf"
printf 'graph.kgl\ngraph.gexf\n' > "$W/unit/.kg-staging/COMMIT"
"$kg" --models "$src/models" build "$W/small.jsonl" -o "$W/unit" --formats gexf 2> "$W/unit3.err" || fail "unit: build after a half commit exited $?"
grep -q "finished moving the outputs of an interrupted earlier build" "$W/unit3.err" || fail "unit: half commit not finished"
[ "$(cd "$W/unit" && ls -A | sort | tr '\n' ' ')" = "graph.gexf graph.kgl " ] || fail "unit: folder holds $(ls -A "$W/unit") after the half commit"
cmp -s "$W/unit/graph.gexf" "$W/ok/graph.gexf" || fail "unit: graph.gexf is not the build's"

echo "interrupt e2e: ok (build SIGINT, extract SIGTERM, stdout SIGINT, blocked stdin: exit 130, nothing partial left; stopped blocked reader in ${took}s; outputs as one unit after SIGINT, SIGKILL and a half commit)"
