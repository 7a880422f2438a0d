#!/usr/bin/env bash
# The bad-input suite end to end (issue #8): one folder with every kind of bad or unusual
# input goes through `kg build` (the whole pipeline) and `kg parse`. Each input gives a
# clear error naming the file (and line) or a correct result, never a crash, and each shows
# up in the summary counts (files, documents, rejected, skipped, repaired, removed).
# Unusual but valid text (mixed scripts, emoji, right-to-left, a 5,000-token sentence) must
# come through with its words intact; a 40,000-token sentence must cost about 8 times the
# 5,000-token one (linear), far from the 64 times of a quadratic stage (regression: the
# clause extractor scanned the sentence for "according to" and copied the sentence text
# into every candidate extraction, and person aliases scanned every mention, per clause).
# Random bytes that pass as text yield triples whose arguments normalise to nothing
# (regression: that stopped kg build with exit 3); they are dropped and counted.
# (Reader-level cases, such as a 50 MB line without a newline, are in
# tests/extract/reader_test.cpp.)
# Usage: bad_inputs_e2e.sh KG_BINARY SOURCE_DIR
set -uo pipefail
kg=$1; src=$2
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
m=(--models "$src/models")
d=$W/in; mkdir -p "$d"

printf 'Good article. It is fine.\n' > "$d/good.txt"
printf 'Caf\xe9 \x00ok. The minister spoke.\n' > "$d/latin1.txt"                       # invalid UTF-8 + NUL
python3 -c 'import random, sys; r = random.Random(1); sys.stdout.buffer.write(bytes(r.randrange(0, 32) if i % 3 == 0 else r.randrange(32, 256) for i in range(3000)).replace(b"\n", b" "))' > "$d/junk.txt"                                  # binary
printf '{"text": "Fine line."}\n{broken\n' > "$d/lines.jsonl"                           # malformed line 2
python3 -c 'print("[" * 100000 + "]" * 100000)' > "$d/deep.json"                        # deeply nested
: > "$d/empty.txt"
printf '   \n\t\n  \n' > "$d/blank.txt"
printf '<html><head><title>Only a title</title></head><body><nav>Home</nav></body></html>\n' > "$d/nobody.html"
printf 'not an article\n' > "$d/notes.xyz"                                              # unknown extension
# Random bytes under the binary threshold read as (repaired) text; some of their "triples"
# have arguments that normalise to nothing: the graph drops them, the build goes on.
cp "$src/tests/data/garbage-text.txt" "$d/garbage.txt"
cat > "$d/mixed.txt" <<'EOF'
President Putin (Путин) met Xi Jinping (习近平) in Beijing on Monday. Ministers from Ελλάδα and 日本 also attended, and the talks covered Καλημέρα-style greetings and Tōkyō trade.
EOF
cat > "$d/emoji.txt" <<'EOF'
Leaders 🤝 signed the climate deal in Nairobi 🎉👍🏽. The Kenyan minister 👩‍💼 said the agreement would help farmers 🌾🇰🇪.
EOF
cat > "$d/rtl.txt" <<'EOF'
The Egyptian foreign minister said the agreement (الاتفاق مهم جدا) was important. In Jerusalem, officials greeted reporters with שלום and thanked Jordan.
EOF
sentence() { python3 -c "
import sys
n = int(sys.argv[1]); words = 'the minister from Chile met the president of Peru and'.split()
print('In Lima , ' + ' '.join(words[i % len(words)] for i in range(n - 4)) + ' .')" "$1"; }
sentence 5000 > "$d/long.txt"

"$kg" "${m[@]}" build "$d" -o "$W/g" --formats all 2> "$W/build.err"; rc=$?
[ $rc = 1 ] || fail "build: exit $rc, expected 1 (some inputs rejected): $(cat "$W/build.err")"
grep -q "Segmentation\|terminate called\|AddressSanitizer" "$W/build.err" && fail "crash: $(cat "$W/build.err")"
summary=$(grep "read .* file(s)" "$W/build.err")
expect="read 13 file(s), 8 document(s); rejected 6, skipped 1 file(s), 0 duplicate document(s); repaired 1288 invalid UTF-8 sequence(s), removed 321 control character(s)"
[[ "$summary" == *"$expect"* ]] || fail "summary counts: $summary"
grep -qE "summary: 8 documents, [0-9]+ tokens, [0-9]+ triples \([0-9]+ dropped, [0-9]+ not asserted left out\)" "$W/build.err" || fail "final summary: $(grep summary: "$W/build.err")"
for p in "junk.txt: looks like a binary file" "lines.jsonl:2: malformed JSON" "deep.json: " "empty.txt: empty file" \
         "blank.txt: empty file" "nobody.html: no article text" "notes.xyz: "; do
  grep -qF "$p" "$W/build.err" || fail "not named: $p ($(cat "$W/build.err"))"
done
[ -s "$W/g/graph.kgl" ] && [ -s "$W/g/graph.graphml" ] || fail "no graph written"

# The unusual texts reach the parse with their words intact.
"$kg" "${m[@]}" -q parse "$d/mixed.txt" "$d/emoji.txt" "$d/rtl.txt" -o "$W/u.conllu" || fail "parse exited $?"
for w in 'Путин' '习近平' 'Ελλάδα' '日本' 'Tōkyō' '🤝' '👍🏽' '👩‍💼' '🇰🇪' 'الاتفاق' 'שלום' 'Jordan'; do
  grep -qP "^\d+\t\Q$w\E\t" "$W/u.conllu" || fail "token '$w' missing from the parse"
done
grep -qP "^\d+\tXi\t" "$W/u.conllu" && grep -qP "^\d+\tNairobi\t" "$W/u.conllu" || fail "latin words around other scripts lost"
# The parse keeps every word of the 5,000-token sentence, in one sentence.
"$kg" "${m[@]}" -q parse "$d/long.txt" -o "$W/long.conllu" || fail "long sentence exited $?"
[ "$(grep -c '^# text' "$W/long.conllu")" -ge 1 ] || fail "long sentence: no sentence"
words=$(grep -cP '^\d+\t' "$W/long.conllu"); [ "$words" = 5000 ] || fail "long sentence: $words words, expected 5000"

# Nothing quadratic: CPU seconds of the whole pipeline (kg's summary, model loading
# excluded) for 40,000 tokens in one sentence against 5,000.
sentence 40000 > "$W/long40k.txt"
cpu() { "$kg" "${m[@]}" build "$1" -o "$W/c" 2>&1 | sed -nE 's/.*CPU ([0-9.]+) s.*/\1/p'; }
a=$(cpu "$d/long.txt"); b=$(cpu "$W/long40k.txt")
[ -n "$a" ] && [ -n "$b" ] || fail "no CPU time in the summary"
python3 -c "
import sys
a, b = max(float(sys.argv[1]), 0.02), float(sys.argv[2])
print(f'5,000 tokens: {a:.2f} CPU s; 40,000 tokens: {b:.2f} CPU s; ratio {b / a:.1f} (linear 8, quadratic 64)')
sys.exit(0 if b / a < 24 else 1)" "$a" "$b" || fail "a 40,000-token sentence costs too much more than a 5,000-token one"
# A missing input is a usage error named before any work or output (issue #26): exit 2,
# no output folder; an output folder that cannot be made is an error naming it and why.
rm -rf "$W/none"
"$kg" build "$W/nosuch.txt" -o "$W/none" 2> "$W/miss.err"; rc=$?
[ "$rc" = 2 ] || fail "kg build of a missing file exited $rc, expected 2"
grep -q "nosuch.txt: no such file or directory" "$W/miss.err" || fail "missing input not named: $(cat "$W/miss.err")"
[ ! -e "$W/none" ] || fail "kg build of a missing file left an output folder"
"$kg" extract "$W/nosuch.txt" > /dev/null 2>&1; [ $? = 2 ] || fail "kg extract of a missing file must exit 2"
"$kg" build --from-triples "$W/nosuch.jsonl" -o "$W/none" 2> /dev/null; [ $? = 2 ] || fail "missing triples file must exit 2"
touch "$W/plainfile"
"$kg" "${m[@]}" build "$d/long.txt" -o "$W/plainfile/out" 2> "$W/dir.err"; rc=$?
[ "$rc" != 0 ] || fail "an output folder inside a file must fail"
grep -q "cannot create the output folder $W/plainfile/out: Not a directory" "$W/dir.err" ||
  fail "unwritable output not named with its reason: $(cat "$W/dir.err")"
grep -q "summary" "$W/dir.err" && fail "the extraction ran before the output folder was checked"

# A pathological document (issue #26): 1.2 MB on one line without a sentence end is split
# into bounded sentences (none longer than 160 tokens) and reports its progress per stage.
python3 -c "
import random
random.seed(5)
w = 'the minister said that officials and the bank would work on a new deal for roads in the region'.split()
print(' '.join(random.choice(w) for _ in range(240000)))" > "$W/long.txt"
"$kg" --models "$src/models" parse "$W/long.txt" -o "$W/long.conllu" 2> /dev/null || fail "long line: parse exited $?"
"$kg" --models "$src/models" extract "$W/long.txt" -o "$W/long.jsonl" --threads 1 --progress-every 100 2> "$W/long.err" ||
  fail "long line: extract exited $?"
grep -q "progress: document .* MB, .* sentences): parser took" "$W/long.err" || fail "long line: no progress inside the document: $(cat "$W/long.err")"
python3 - "$W/long.conllu" <<'PY' || fail "long line: a sentence longer than 160 tokens"
import sys
n = longest = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() == "":
        longest, n = max(longest, n), 0
    elif not line.startswith("#"):
        n += 1
sys.exit(0 if 0 < max(longest, n) <= 160 else 1)
PY

echo "bad inputs e2e: ok"
