#!/usr/bin/env bash
# End-to-end: kg train ner with name lists (--names, --name-word-features) on a tiny
# hand-made IOB2 file: the lists are read and counted, training is deterministic, a bad
# list or a missing file stops training with the file and line and exit code 3; kg eval ner
# reads the gold data as IOB2 and as CoNLL columns alike.
# Usage: train_ner_e2e.sh KG_BINARY
set -uo pipefail
kg=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

python3 - "$tmp/toy.iob2" <<'PY' || fail "cannot write the toy corpus"
import sys
people = ["Anna", "Boris", "Chen", "Dara", "Elena", "Farid"]
places = ["Paris", "Lima", "Oslo", "Cairo", "Quito", "Hanoi"]
orgs = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"]
out = []
for d in range(6):
    for k in range(4):
        out.append(f"# sent_id = doc{d}-{k + 1:04d}")
        words = [(people[(d + k) % 6], "B-PER"), ("visited", "O"), (places[(d * 5 + k) % 6], "B-LOC"),
                 ("for", "O"), (orgs[(d + k) % 6], "B-ORG"), ("Holdings", "I-ORG"), (".", "O")]
        out += [f"{i}\t{w}\t{t}\t-\t-" for i, (w, t) in enumerate(words, 1)]
        out.append("")
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
mkdir -p "$tmp/lists"
printf '# a comment\n[ORG]\nAcme Holdings|Acme\n\n[LOC]\nQuito|San Francisco de Quito\n[MISC]\nWorld Cup\n' > "$tmp/lists/a.txt"
printf '[PER]\nElena Petrova\n' > "$tmp/lists/b.txt"
printf 'not a list\n' > "$tmp/lists/ignored.md"

train() {  # train OUT [extra args]
  local out=$1; shift
  "$kg" train ner --train "$tmp/toy.iob2" --dev "$tmp/toy.iob2" -o "$out" --wordnet '' --bits 12 --epochs 2 "$@"
}
train "$tmp/m1.kgm" --names "$tmp/lists" --name-word-features 2> "$tmp/log1" || fail "training with a folder of lists exited $?: $(cat "$tmp/log1")"
grep -q "gazetteer: 5 names from $tmp/lists/a.txt" "$tmp/log1" || fail "a.txt not counted: $(grep gazetteer "$tmp/log1")"
grep -q "gazetteer: 1 names from $tmp/lists/b.txt" "$tmp/log1" || fail "b.txt not counted"
grep -q "ignored.md" "$tmp/log1" && fail "a file that is not .txt was read"
train "$tmp/m2.kgm" --names "$tmp/lists/a.txt,$tmp/lists/b.txt" --name-word-features 2> /dev/null || fail "training with listed files"
cmp -s "$tmp/m1.kgm" "$tmp/m2.kgm" || fail "a folder and its files listed give different models"
train "$tmp/m3.kgm" 2> /dev/null || fail "training without lists"
cmp -s "$tmp/m1.kgm" "$tmp/m3.kgm" && fail "the lists changed nothing in the model"

# kg eval ner scores the model on the same data as UNER IOB2 and as CoNLL columns (any
# extension but .iob2 and .conllu is recognised by its first line).
mkdir -p "$tmp/models"; cp "$tmp/m1.kgm" "$tmp/models/ner.kgm"
"$kg" eval ner --models "$tmp/models" --gold "$tmp/toy.iob2" > "$tmp/e1" 2> "$tmp/elog" || fail "eval ner (iob2) exited $?: $(cat "$tmp/elog")"
grep -Eq "^micro +[0-9.]+ +[0-9.]+ +[0-9.]+ +72 " "$tmp/e1" || fail "eval ner (iob2): $(cat "$tmp/e1")"
awk -F'\t' 'NF >= 3 { print $2, $3 } /^$/ { print "" }' "$tmp/toy.iob2" > "$tmp/toy.conll"
cp "$tmp/toy.iob2" "$tmp/toy-uner.txt"
for f in toy.conll toy-uner.txt; do
  "$kg" eval ner --models "$tmp/models" --gold "$tmp/$f" > "$tmp/e2" 2> "$tmp/elog" || fail "eval ner ($f) exited $?: $(cat "$tmp/elog")"
  cmp -s "$tmp/e1" "$tmp/e2" || fail "eval ner of $f differs from the IOB2 file: $(cat "$tmp/e2")"
done

printf '[ORG]\nAcme\n[TEAM]\nRovers\n' > "$tmp/bad.txt"
train "$tmp/m4.kgm" --names "$tmp/bad.txt" 2> "$tmp/log4"; rc=$?
[ "$rc" -eq 3 ] || fail "a bad list: exit $rc, expected 3"
grep -q "bad.txt:3: unknown section header" "$tmp/log4" || fail "bad list message: $(cat "$tmp/log4")"
[ -e "$tmp/m4.kgm" ] && fail "a model was written despite the bad list"
train "$tmp/m5.kgm" --names "$tmp/missing.txt" 2> "$tmp/log5"; rc=$?
[ "$rc" -eq 3 ] || fail "a missing list: exit $rc, expected 3"
grep -q "cannot open $tmp/missing.txt" "$tmp/log5" || fail "missing list message: $(cat "$tmp/log5")"
# --jackknife-tagger: the toy sentences that are also in the tagger's treebank (documents 0
# and 1 here, one treebank document each: their 8 sentences, and 4 identical ones of other
# documents) are tagged by the fold tagger that never saw them, the other 12 by --tagger;
# deterministic; without --tagger-train it is an error.
src="$(cd "$(dirname "$0")/../.." && pwd)"
python3 - "$tmp/toy.iob2" "$tmp/tb.conllu" <<'PY' || fail "cannot write the toy treebank"
import sys
upos = {"visited": ("VERB", "VBD"), "for": ("ADP", "IN"), ".": ("PUNCT", ".")}
out, sent, doc = [], [], None
for line in open(sys.argv[1]).read().split("\n"):
    if line.startswith("# sent_id = "):
        d = line.split("= ")[1].split("-")[0]
        if d not in ("doc0", "doc1"): sent = None; continue
        if d != doc: out.append(f"# newdoc id = {d}"); doc = d
        out.append(line); sent = []
    elif line == "" and sent:
        out += [f"{i}\t{w}\t{w}\t{upos.get(w, ('PROPN', 'NNP'))[0]}\t{upos.get(w, ('PROPN', 'NNP'))[1]}\t_\t0\troot\t_\t_"
                for i, w in enumerate(sent, 1)]
        out.append(""); sent = []
    elif line and sent is not None and not line.startswith("#"):
        sent.append(line.split("\t")[1])
open(sys.argv[2], "w").write("\n".join(out) + "\n")
PY
jk=(--tagger "$src/models/tagger.kgm" --jackknife-tagger 2 --jackknife-epochs 2 --jackknife-bits 12)
for bad in "--jackknife-tagger 2 --tagger-train $tmp/tb.conllu:needs --tagger" \
           "--tagger-train $tmp/tb.conllu:read only with --jackknife-tagger" \
           "--tagger $src/models/tagger.kgm --jackknife-tagger 1 --tagger-train $tmp/tb.conllu:needs 2 folds"; do
  # shellcheck disable=SC2086
  train "$tmp/j0.kgm" ${bad%%:*} 2> "$tmp/logj"; rc=$?
  [ "$rc" -ne 0 ] || fail "accepted: ${bad%%:*}"
  grep -q -- "${bad#*:}" "$tmp/logj" || fail "${bad%%:*}: $(cat "$tmp/logj")"
done
[ -e "$tmp/j0.kgm" ] && fail "a model was written despite bad jackknife options"
if [ -f "$src/models/tagger.kgm" ]; then
  train "$tmp/j1.kgm" "${jk[@]}" 2> "$tmp/logj"; rc=$?
  [ "$rc" -ne 0 ] || fail "--jackknife-tagger without --tagger-train was accepted"
  grep -q "needs --tagger-train" "$tmp/logj" || fail "jackknife message: $(cat "$tmp/logj")"
  train "$tmp/j1.kgm" "${jk[@]}" --tagger-train "$tmp/tb.conllu" 2> "$tmp/logj" || fail "jackknifed training exited $?: $(cat "$tmp/logj")"
  grep -q "training data tagged: 12 sentence(s) by the tagger of their fold, 12 by" "$tmp/logj" || fail "jackknife counts: $(grep "training data" "$tmp/logj")"
  train "$tmp/j2.kgm" "${jk[@]}" --tagger-train "$tmp/tb.conllu" 2> /dev/null || fail "jackknifed training, second run"
  cmp -s "$tmp/j1.kgm" "$tmp/j2.kgm" || fail "jackknifed training is not deterministic"
fi
echo "train ner e2e: ok"
