#!/usr/bin/env bash
# kg view at scale (issue #24): a synthetic graph of N entities and M relation edges
# (default 5,000 / 20,000; Zipf-like degrees, 8 relation classes, 60 dated articles), the
# time kg view takes to write its page, and the time to first picture in headless Chromium
# (the page's data-kg-first-render-ms: milliseconds from navigation start to sigma's first
# frame, including parsing the inlined data and building the graph; and from the launch of
# the browser, its own start-up included), and the mean time of
# a full redraw (#bench: the upper bound of one frame while panning or zooming).
# Usage: bench/view_bench.sh KG_BINARY [NODES] [EDGES]
set -euo pipefail
kg="$1"; n="${2:-5000}"; m="${3:-20000}"
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
python3 - "$n" "$m" > "$W/t.jsonl" <<'PY'
import json, random, sys
n, m = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(24)
types = ["Person", "Organization", "Place"]
rels = ["MEET", "SUPPORT", "CRITICIZE", "VISIT", "WORK_FOR", "LOCATED_IN", "TRANSFER", "ACCUSE"]
def pick():  # Zipf-like: a few hubs, many leaves
    return min(int(rnd.paretovariate(1.1)) - 1, n - 1) if rnd.random() < 0.5 else rnd.randrange(n)
seen = set()
while len(seen) < m:
    k = len(seen)
    a, b, r = (k, rnd.randrange(n), rnd.choice(rels)) if k < n else (pick(), rnd.randrange(n), rnd.choice(rels))
    if a == b or (a, r, b) in seen:
        continue
    seen.add((a, r, b))
    d = rnd.randrange(60)
    s, o = f"Entity {a:05d}", f"Entity {b:05d}"
    sent = f"{s} met {o} on the harbour."
    print(json.dumps({"subject": {"text": s, "type": types[a % 3]}, "relation": {"class": r, "lemma": r.lower()},
        "object": {"text": o, "type": types[b % 3]},
        "evidence": {"doc_id": f"doc-{d}", "title": f"Article {d}", "date": f"2031-{1 + d % 12:02d}-{1 + d % 28:02d}",
                     "url": f"https://news.example.org/{d}", "sentence": sent, "sentence_span": [0, len(sent)],
                     "subject_span": [0, len(s)], "relation_span": [len(s) + 1, len(s) + 4],
                     "object_span": [len(s) + 5, len(s) + 5 + len(o)], "confidence": 0.9}}))
PY
"$kg" -q build --from-triples "$W/t.jsonl" -o "$W/g" --formats graphml
start=$(date +%s.%N)
"$kg" -q view "$W/g" -o "$W/view.html"
end=$(date +%s.%N)
echo "kg view: $(echo "$end - $start" | bc) s for $(grep -c '<node ' "$W/g/graph.graphml") nodes," \
     "$(grep -c '<edge ' "$W/g/graph.graphml") edges; page $(($(stat -c %s "$W/view.html") / 1024)) KiB"
start=$(date +%s.%N); start_ms=$(date +%s%3N)
timeout 300 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --use-angle=swiftshader \
  --enable-unsafe-swiftshader --user-data-dir="$W/profile" --virtual-time-budget=30000 --window-size=1400,900 \
  --dump-dom "file://$W/view.html#bench" > "$W/dom.html" 2>/dev/null
end=$(date +%s.%N)
ms=$(grep -o 'data-kg-first-render-ms="[0-9]*"' "$W/dom.html" | grep -o '[0-9]*')
frame=$(grep -o 'data-kg-frame-ms="[0-9]*"' "$W/dom.html" | grep -o '[0-9]*')
at=$(grep -o 'data-kg-first-render-at="[0-9]*"' "$W/dom.html" | grep -o '[0-9]*')
counts=$(grep -o 'data-nodes="[0-9]*" data-edges="[0-9]*"' "$W/dom.html" || true)
echo "first picture: ${ms:-never} ms after navigation start, $((${at:-0} - start_ms)) ms after launching chromium; full redraw: ${frame:-?} ms (software WebGL);" \
     "page counts: $counts; chromium start to DOM dump: $(echo "$end - $start" | bc) s"
