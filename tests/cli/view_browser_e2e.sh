#!/usr/bin/env bash
# kg view in a real browser (issue #24): the page of the samples/ graph opens offline in
# headless Chromium with no JavaScript error, shows the graph's node and edge counts, and
# finds an entity by an alias; the page of a hostile fixture (names with </script>, quotes,
# comment openers, RTL marks) shows the names as text and runs none of them. Saves
# screenshots in the build folder (view-samples.png, view-hostile.png).
# Exit 77 (ctest: skipped) without chromium or without view/node_modules (npm ci).
# Usage: view_browser_e2e.sh KG_BINARY SOURCE_DIR [SCREENSHOT_DIR]
set -uo pipefail
kg="$1"; src="$2"; shots="${3:-.}"
command -v chromium >/dev/null || { echo "SKIP: chromium is not installed (apt-get install chromium)"; exit 77; }
[ -f "$src/view/node_modules/sigma/dist/sigma.min.js" ] ||
  { echo "SKIP: kg view's JavaScript libraries are not installed (bash scripts/setup.sh with node/npm, or npm ci --prefix view)"; exit 77; }
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Headless Chromium, offline: no network at all (the page's CSP forbids it too).
chrome() {
  timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --use-angle=swiftshader \
    --enable-unsafe-swiftshader --proxy-server=127.0.0.1:9 --user-data-dir="$(mktemp -d -p "$W")" \
    --enable-logging=stderr --v=0 --virtual-time-budget=15000 --window-size=1400,900 "$@"
}
# The DOM after the page ran; console messages and uncaught errors go to $2.
dump() { chrome --dump-dom "$1" > "$W/dom.html" 2> "$2"; }
# Console lines of Chromium's log (the page logs nothing, so any line is an error or a
# warning), except the WebGL driver's performance notes of software rendering.
js_errors() { grep -E 'CONSOLE|Uncaught' "$1" | grep -v 'GL Driver Message' || true; }
attr() { grep -o "$1=\"[^\"]*\"" "$W/dom.html" | head -1 | sed 's/^[^=]*="//; s/"$//'; }

"$kg" -q build "$src/samples" -o "$W/out" --formats graphml,json || fail "kg build samples/ exited $?"
"$kg" -q view "$W/out" -o "$W/view.html" || fail "kg view exited $?"
"$kg" -q view "$W/out" -o "$W/again.html" && cmp -s "$W/view.html" "$W/again.html" || fail "kg view is not deterministic"
nodes=$(grep -c '<node ' "$W/out/graph.graphml"); edges=$(grep -c '<edge ' "$W/out/graph.graphml")
# An alias (a name that is not the label) that names exactly one node, and that node's key.
read -r alias key < <(python3 - "$W/out/graph.json" <<'PY'
import json, sys, unicodedata, re
def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)).lower()
    return re.sub(r'[^\w]+|_', ' ', s).strip()
d = json.load(open(sys.argv[1], encoding='utf-8'))
owners = {}
for n in d['nodes']:
    a = n['attributes']
    for name in [a['label']] + a['aliases']:
        owners.setdefault(norm(name), set()).add(n['key'])
for n in d['nodes']:
    a = n['attributes']
    for name in a['aliases']:
        if norm(name) != norm(a['label']) and len(owners[norm(name)]) == 1 and ' ' not in name and name.isascii():
            print(name, n['key']); sys.exit(0)
sys.exit('no alias of one node only in the samples graph')
PY
) || fail "no alias to search for"
dump "file://$W/view.html#search=$alias" "$W/log.txt"
errors=$(js_errors "$W/log.txt")
[ -z "$errors" ] || fail "JavaScript errors in the samples page: $errors"
[ "$(attr data-kg-ready)" = 1 ] || { tail -20 "$W/log.txt"; fail "the samples page did not finish loading"; }
[ -z "$(attr data-kg-errors)" ] || fail "page errors: $(attr data-kg-errors)"
[ -n "$(attr data-kg-first-render-ms)" ] || fail "the graph was never drawn"
[ "$(attr data-nodes)" = "$nodes" ] || fail "page shows $(attr data-nodes) nodes, the graph has $nodes"
[ "$(attr data-edges)" = "$edges" ] || fail "page shows $(attr data-edges) edges, the graph has $edges"
[ "$(attr data-graph-nodes)" = "$nodes" ] && [ "$(attr data-graph-edges)" = "$edges" ] ||
  fail "graphology holds $(attr data-graph-nodes)/$(attr data-graph-edges), expected $nodes/$edges"
[ "$(attr data-kg-search)" = "$key" ] || fail "search for the alias '$alias' found '$(attr data-kg-search)', expected $key"
echo "samples page: $nodes nodes, $edges edges, no JavaScript error, alias '$alias' -> $key," \
     "first picture after $(attr data-kg-first-render-ms) ms"
# An edge's panel: the evidence sentence with subject, relation and object marked, and
# its article. Edge 0 is a relation edge (relation edges come first).
dump "file://$W/view.html#edge=0" "$W/elog.txt"
[ -z "$(js_errors "$W/elog.txt")" ] || fail "JavaScript errors on the edge panel: $(js_errors "$W/elog.txt")"
for cls in kg-s kg-r kg-o; do
  grep -q "<mark class=\"$cls\">" "$W/dom.html" || fail "the evidence of edge 0 has no $cls mark"
done
grep -q 'class="kg-ev"' "$W/dom.html" && grep -q 'href="https\?://' "$W/dom.html" || fail "the edge panel shows no evidence with an article link"
chrome --screenshot="$W/samples.png" "file://$W/view.html" 2>/dev/null >/dev/null
[ -s "$W/samples.png" ] || fail "no screenshot"
cp "$W/samples.png" "$shots/view-samples.png"

# The hostile fixture: every name is text, nothing injected runs.
"$kg" -q build --from-triples "$src/tests/data/triples-hostile.jsonl" -o "$W/h" --formats json || fail "build of the hostile fixture exited $?"
grep -q '[<>]' "$W/h/graph.json" && fail "graph.json holds a raw < or >"
"$kg" -q view "$W/h" -o "$W/h.html" || fail "kg view of the hostile fixture exited $?"
python3 - "$W/h.html" <<'PY' || fail "text of the hostile fixture reached the page unescaped"
import sys, re
page = open(sys.argv[1], encoding='utf-8').read()
scripts = re.findall(r'<script\b', page, re.I)
ends = re.findall(r'</script', page, re.I)
assert len(scripts) == len(ends) == 5, (len(scripts), len(ends))  # error probe, data, graphology, sigma, app
data = page[page.index('id="kg-data">'):page.index('</script>', page.index('id="kg-data">'))]
assert '<' not in data[len('id="kg-data">'):], 'raw < in the data'
assert '<!--' not in page, 'a comment opener reached the page'
assert '\u2028' not in page and '\u2029' not in page, 'raw line separators'
PY
dump "file://$W/h.html#search=script" "$W/hlog.txt"
errors=$(js_errors "$W/hlog.txt")
[ -z "$errors" ] || fail "JavaScript errors in the hostile page: $errors"
[ "$(attr data-kg-ready)" = 1 ] || fail "the hostile page did not finish loading"
grep -q 'PWNED' <(grep -o '<title>[^<]*</title>' "$W/dom.html") && fail "injected code ran (title changed)"
grep -q '<img' "$W/dom.html" && fail "an <img> from the text became an element"
grep -qi 'href="javascript:' "$W/dom.html" && fail "a javascript: URL became a link"
[ "$(grep -o '<script' "$W/dom.html" | wc -l)" = 5 ] || fail "a <script> element was injected"
grep -q '&lt;/script&gt;&lt;script&gt;document.title' "$W/dom.html" || fail "the hostile name is not shown as text in the panel"
grep -q '<bdi class="kg-link"[^>]*>[^<]*RTL' "$W/dom.html" || fail "the name with a right-to-left mark is not bidi-isolated"
[ -n "$(attr data-kg-search)" ] && [ "$(attr data-kg-search)" != none ] || fail "search by a hostile name found nothing"
chrome --screenshot="$W/hostile.png" "file://$W/h.html#search=script" 2>/dev/null >/dev/null
[ -s "$W/hostile.png" ] && cp "$W/hostile.png" "$shots/view-hostile.png"
echo "hostile page: names shown as text, nothing injected ran"
echo "view_browser_e2e: ok"
