#!/usr/bin/env bash
# End-to-end: kg neighbors, path, explain, stats on the graph built from samples/: real
# content, determinism, name errors, exit codes.
# Usage: commands_e2e.sh KG_BINARY SOURCE_DIR
set -uo pipefail
kg=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$kg" -q build "$src/samples" -o "$tmp/g" || fail "kg build samples exited $?"
G=$tmp/g

# neighbors: "Tran" (a word of the name) resolves to Tran Minh Duc; Ratna Wulandari invited him.
"$kg" neighbors "$G" Tran --format csv > "$tmp/n.csv" || fail "neighbors exited $?"
head -1 "$tmp/n.csv" | grep -qx "depth,neighbor,type,relation,direction,weight,via,id" || fail "neighbors header: $(head -1 "$tmp/n.csv")"
grep -q "^1,Ratna Wulandari,Person,APPEAL,in,1,Tran Minh Duc," "$tmp/n.csv" || fail "neighbors of Tran: $(cat "$tmp/n.csv")"
grep -q "^1,Indonesia,Place,PRAISE,out,1,Tran Minh Duc," "$tmp/n.csv" || fail "Tran PRAISE Indonesia missing"
# "invited Tran to visit Jakarta": an invitation, not a visit: no VISIT edge in the default graph
grep -q ",Jakarta,Place,VISIT," "$tmp/n.csv" && fail "an invited visit is not asserted"
"$kg" neighbors "$G" "tran minh-duc" --format csv > "$tmp/n2.csv" || fail "normalised name"
cmp -s "$tmp/n.csv" "$tmp/n2.csv" || fail "name normalisation changes the answer"
"$kg" neighbors "$G" Tran --direction out --format csv | grep -q ",in," && fail "--direction out lists an in-edge"
"$kg" neighbors "$G" Tran --relation APPEAL --format csv > "$tmp/r.csv"
[ "$(wc -l < "$tmp/r.csv")" -eq 2 ] || fail "--relation APPEAL: $(cat "$tmp/r.csv")"
"$kg" neighbors "$G" Tran --type Place --format csv | tail -n +2 | cut -d, -f3 | sort -u | grep -qvx Place && fail "--type Place"
"$kg" neighbors "$G" Tran --depth 2 --format csv | grep -q "^2," || fail "--depth 2 finds nothing at depth 2"
"$kg" neighbors "$G" Tran --depth 2 --limit 3 --format csv | tail -n +2 | cut -d, -f2 | sort -u > "$tmp/lim"
[ "$(wc -l < "$tmp/lim")" -eq 3 ] || fail "--limit 3: $(cat "$tmp/lim")"
"$kg" neighbors "$G" Tran --format json | python3 -c "
import json,sys
rows=json.load(sys.stdin)
assert any(r['neighbor']=='Ratna Wulandari' and r['relation']=='APPEAL' and r['weight']==1 for r in rows), rows
" || fail "neighbors json"
"$kg" neighbors "$G" Tran --format table | grep -q "^neighbors of Tran Minh Duc (Person, " || fail "table heading"

# an id resolves too
id=$(grep "^1,Ratna Wulandari," "$tmp/n.csv" | head -1 | cut -d, -f8)
"$kg" neighbors "$G" "$id" --format csv | grep -q ",Tran Minh Duc," || fail "id $id does not resolve"

# path: Ratna Wulandari -> Indonesia goes through Tran Minh Duc (or shorter)
"$kg" path "$G" Wulandari Indonesia --format csv > "$tmp/p.csv" || fail "path exited $?"
grep -q "^1,1,Ratna Wulandari," "$tmp/p.csv" || fail "path start: $(cat "$tmp/p.csv")"
tail -1 "$tmp/p.csv" | grep -q ",Indonesia," || fail "path end: $(cat "$tmp/p.csv")"
"$kg" path "$G" Wulandari Indonesia --all --format csv > "$tmp/pa.csv" || fail "path --all"
[ "$(wc -l < "$tmp/pa.csv")" -ge "$(wc -l < "$tmp/p.csv")" ] || fail "--all has fewer rows"
"$kg" path "$G" Wulandari Indonesia --format table | grep -q -- "-\[APPEAL\]-> Tran Minh Duc" || fail "path table"
"$kg" path "$G" Wulandari Indonesia --relation MEMBER_OF --format csv > /dev/null 2>&1; rc=$?
[ "$rc" -eq 1 ] || fail "no path must exit 1, got $rc"

# explain a relation: the sentence with the arguments marked, the document, the rule
"$kg" explain "$G" Wulandari invite Tran --format table > "$tmp/e.txt" || fail "explain relation exited $?"
grep -q "Ratna Wulandari -\[APPEAL\]-> Tran Minh Duc" "$tmp/e.txt" || fail "explain header: $(cat "$tmp/e.txt")"
grep -q "sentence: \[\[Wulandari\]\] <<invited>> {{Tran}} to visit Jakarta" "$tmp/e.txt" || fail "marked sentence: $(cat "$tmp/e.txt")"
grep -q "hanoi-jakarta-maritime" "$tmp/e.txt" || fail "explain document"
grep -q "rule: " "$tmp/e.txt" || fail "explain rule"
grep -q "coreference: subject " "$tmp/e.txt" || fail "explain link rules"
"$kg" explain "$G" Wulandari Tran --format json | python3 -c "
import json,sys
rows=json.load(sys.stdin)
assert rows and all(r['path']=='hanoi-jakarta-maritime.txt' for r in rows), rows
assert any(r['relation']=='APPEAL' and '[[' in r['sentence'] and '{{' in r['sentence'] for r in rows), rows
assert all(0 <= r['confidence'] <= 1 for r in rows)
" || fail "explain json"
"$kg" explain "$G" Wulandari support Tran > /dev/null 2>&1; rc=$?
[ "$rc" -eq 1 ] || fail "explain of a missing relation must exit 1, got $rc"

# explain an entity: type, names, documents, mentions with surface forms and link rules
"$kg" explain "$G" Tran --format json > "$tmp/ee.json" || fail "explain entity exited $?"
python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
info={r['field']:r['value'] for r in d['entity']}
assert info['label']=='Tran Minh Duc' and info['type']=='Person', info
assert 'Foreign Minister' in info['titles'], info
assert info['mentions'] >= 3 and info['documents'] == 1, info
assert any(n['name']=='Tran Minh Duc' for n in d['names'])
surf={m['surface'] for m in d['mentions']}
assert 'Tran' in surf and 'Tran Minh Duc' in surf, surf
rules={r['link_rule'] for r in d['link_rules']}
assert 'alias' in rules and len(rules - {''}) >= 2, rules
" "$tmp/ee.json" || fail "explain entity json: $(cat "$tmp/ee.json")"

# stats: counts, rankings, components
"$kg" stats "$G" --format json > "$tmp/s.json" || fail "stats exited $?"
python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
m={r['measure']:r['value'] for r in d['summary']}
assert m['documents']==8 and m['nodes']>50 and m['edges']>50, m
assert m['edges']==sum(r['edges'] for r in d['relations'])
assert m['nodes']==sum(r['nodes'] for r in d['node_types'])
assert len(d['top_degree'])==10 and d['top_degree'][0]['degree']>=d['top_degree'][-1]['degree']
pr=[r['pagerank'] for r in d['top_pagerank']]
assert len(pr)==10 and pr==sorted(pr, reverse=True) and 0 < pr[0] < 1, pr
bc=[r['betweenness'] for r in d['top_betweenness']]
assert bc==sorted(bc, reverse=True) and bc[0] > 0, bc
assert any(r['name']=='Tran Minh Duc' for r in d['top_degree']), d['top_degree']
assert d['components'][0]['nodes']==m['largest component']
assert sum(r['nodes'] for r in d['components']) <= m['nodes']
" "$tmp/s.json" || fail "stats json: $(head -c 2000 "$tmp/s.json")"
"$kg" stats "$G" --format table > "$tmp/st.txt" || fail "stats table exited $?"
grep -q "top entities by betweenness (undirected, exact" "$tmp/st.txt" || fail "stats table"
"$kg" stats "$G" --exact-betweenness-max 10 --samples 5 --format table > "$tmp/st5.txt" || fail "stats --samples exited $?"
grep -q "ESTIMATED from 5 of" "$tmp/st5.txt" || fail "sampled betweenness not labelled"

# determinism: two runs, same bytes, every command and format
for f in table csv json; do
  for cmd in "neighbors $G Tran --depth 2" "path $G Wulandari Indonesia --all" "explain $G Tran" \
             "explain $G Wulandari Tran" "stats $G"; do
    "$kg" $cmd --format $f > "$tmp/d1" 2>/dev/null; "$kg" $cmd --format $f > "$tmp/d2" 2>/dev/null
    cmp -s "$tmp/d1" "$tmp/d2" || fail "two runs of '$cmd --format $f' differ"
    [ -s "$tmp/d1" ] || fail "'$cmd --format $f' printed nothing"
  done
done

# name errors: unknown -> exit 2 naming it; ambiguous -> exit 2 listing the candidates
"$kg" neighbors "$G" "Nobody Anywhere" > /dev/null 2> "$tmp/err"; rc=$?
[ "$rc" -eq 2 ] || fail "unknown name must exit 2, got $rc"
grep -q "no node named 'Nobody Anywhere'" "$tmp/err" || fail "unknown-name message: $(cat "$tmp/err")"
"$kg" neighbors "$G" "Foreign Minister" > /dev/null 2> "$tmp/err"; rc=$?
[ "$rc" -eq 2 ] || fail "ambiguous name must exit 2, got $rc"
grep -q "'Foreign Minister' is ambiguous" "$tmp/err" || fail "ambiguity message: $(cat "$tmp/err")"
grep -q "Foreign Minister of Vietnam" "$tmp/err" || fail "candidates not listed: $(cat "$tmp/err")"
grep -q "Foreign Minister of Indonesia" "$tmp/err" || fail "candidates not listed: $(cat "$tmp/err")"
grep -q -- "--name-type" "$tmp/err" || fail "no hint how to narrow: $(cat "$tmp/err")"
"$kg" path "$G" Tran "Nobody Anywhere" > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || fail "path with an unknown name must exit 2, got $rc"
"$kg" stats "$tmp/missing" > /dev/null 2>&1; rc=$?
[ "$rc" -eq 3 ] || fail "missing graph file must exit 3, got $rc"
"$kg" neighbors "$G" Tran --format xml > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || fail "bad --format must exit 2, got $rc"
"$kg" neighbors "$G" Tran --direction sideways > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || fail "bad --direction must exit 2, got $rc"

# a non-canonical (hand-edited) graph file still answers: loaded in full
python3 - "$G/graph.kgl" "$tmp/edited.kgl" <<'PY'
import sys
lines = open(sys.argv[1], encoding='utf-8').read().splitlines(True)
edges = [i for i, l in enumerate(lines) if l.startswith('{"edge"')]
lines[edges[0]], lines[edges[1]] = lines[edges[1]], lines[edges[0]]
open(sys.argv[2], 'w', encoding='utf-8').write(''.join(lines))
PY
"$kg" neighbors "$tmp/edited.kgl" Tran --format csv > "$tmp/n3.csv" || fail "edited graph"
cmp -s "$tmp/n.csv" "$tmp/n3.csv" || fail "edited (unsorted) graph answers differently"
echo "query e2e: ok"
