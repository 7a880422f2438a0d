#!/usr/bin/env bash
# kg view without a browser (issue #24): a clear error and no file when the JavaScript
# libraries are missing; with stand-in libraries (the page's own code from view/), the page
# is deterministic, holds the graph's counts, escapes the hostile fixture (no raw < in the
# data, exactly one </script> per <script>), and a cap keeps the most connected part with
# a warning. Runs without node or chromium.
# Usage: view_e2e.sh KG_BINARY SOURCE_DIR
set -uo pipefail
kg="$1"; src="$2"
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$kg" -q build "$src/samples" -o "$W/out" --formats graphml || fail "kg build exited $?"

# No libraries: exit 3, a message that says how to install them, no page.
mkdir -p "$W/empty"
"$kg" view "$W/out" -o "$W/none.html" --assets "$W/empty" 2> "$W/err.txt"; rc=$?
[ $rc -eq 3 ] || fail "kg view without libraries exited $rc, expected 3"
grep -q 'npm' "$W/err.txt" && grep -q 'setup.sh' "$W/err.txt" || fail "the error does not say how to install: $(cat "$W/err.txt")"
[ ! -e "$W/none.html" ] && [ -z "$(ls "$W" | grep 'none.html')" ] || fail "a page was written without its libraries"

# Stand-in libraries (the real ones come from npm); the page's own code from view/.
A="$W/assets"; mkdir -p "$A/node_modules/graphology/dist" "$A/node_modules/sigma/dist"
echo 'window.graphology = {};' > "$A/node_modules/graphology/dist/graphology.umd.min.js"
echo 'window.Sigma = function () {};' > "$A/node_modules/sigma/dist/sigma.min.js"
cp "$src/view/app.js" "$src/view/app.css" "$A/"
"$kg" -q view "$W/out" -o "$W/a.html" --assets "$A" || fail "kg view exited $?"
KG_VIEW_ASSETS="$A" "$kg" -q view "$W/out/graph.kgl" -o "$W/b.html" || fail "kg view (KG_VIEW_ASSETS) exited $?"
cmp -s "$W/a.html" "$W/b.html" || fail "two runs gave different pages"
echo 'window.Sigma = "</script><script>alert(1)";' > "$A/node_modules/sigma/dist/sigma.min.js"
"$kg" -q view "$W/out" -o "$W/c.html" --assets "$A" 2>/dev/null && fail "a library with </script was inlined"
echo 'window.Sigma = function () {};' > "$A/node_modules/sigma/dist/sigma.min.js"

nodes=$(grep -c '<node ' "$W/out/graph.graphml"); edges=$(grep -c '<edge ' "$W/out/graph.graphml")
python3 - "$W/a.html" "$nodes" "$edges" <<'PY' || fail "the page's data does not match the graph"
import json, re, sys
page = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
d = json.loads(m.group(1))
assert len(d['nodes']) == int(sys.argv[2]) and len(d['edges']) == int(sys.argv[3]), (len(d['nodes']), len(d['edges']))
assert d['total'] == {'nodes': len(d['nodes']), 'edges': len(d['edges'])}
assert 'CO_MENTIONED' in d['relations']
for n in d['nodes']:
    assert isinstance(n[3], (int, float)) and isinstance(n[4], (int, float)), n
for e in d['edges']:
    assert len(e[9]) >= 1 and e[8] >= len(e[9]), e[:9]
print(f"page data: {len(d['nodes'])} nodes, {len(d['edges'])} edges, {len(d['docs'])} articles")
PY

# Hostile text: escaped in the data, nothing closes a script early.
"$kg" -q build --from-triples "$src/tests/data/triples-hostile.jsonl" -o "$W/h" || fail "build of the hostile fixture exited $?"
"$kg" -q view "$W/h" -o "$W/h.html" --assets "$A" --title '</title><script>alert(1)</script>' || fail "kg view (hostile) exited $?"
python3 - "$W/h.html" <<'PY' || fail "hostile text reached the page unescaped"
import re, sys
page = open(sys.argv[1], encoding='utf-8').read()
assert len(re.findall(r'<script\b', page, re.I)) == len(re.findall(r'</script', page, re.I)) == 5
start = page.index('id="kg-data">') + len('id="kg-data">')
data = page[start:page.index('</script>', start)]
assert '<' not in data and '>' not in data and '\u2028' not in data and '\u2029' not in data
assert '<!--' not in page
assert '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>' in page
PY

# A cap keeps the most connected nodes and says so.
"$kg" view "$W/out" -o "$W/cap.html" --assets "$A" --max-nodes 10 --max-edges 12 2> "$W/cap.txt" || fail "kg view --max-nodes exited $?"
grep -q "most connected" "$W/cap.txt" || fail "no message about the cap: $(cat "$W/cap.txt")"
python3 - "$W/cap.html" <<'PY' || fail "the cap was not applied"
import json, re, sys
page = open(sys.argv[1], encoding='utf-8').read()
d = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
assert len(d['nodes']) == 10 and len(d['edges']) <= 12, (len(d['nodes']), len(d['edges']))
assert d['total']['nodes'] > 10
PY
echo "view_e2e: ok ($nodes nodes, $edges edges)"
