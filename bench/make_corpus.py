#!/usr/bin/env python3
"""Builds a large JSON Lines corpus for throughput benchmarks by replicating and varying
the bundled samples: every copy swaps person names, countries, cities, organisations,
numbers and dates (deterministically, from a seed), so that the graph keeps growing with
distinct entities and edges instead of collapsing onto the same few nodes.

Usage: make_corpus.py SAMPLES_DIR OUT.jsonl [--mb 50] [--seed 1] [--varied]

--varied also varies the length of names (middle names, longer organisation and country
names), so that arguments and sentences take many lengths and the extractors' confidences
many values (the byte-identity test, tests/cli/reproduce_e2e.sh, needs them; the throughput
benchmarks keep the default).
"""
import argparse
import html
import json
import random
import re
from pathlib import Path

FIRST = ["Ana", "Bao", "Chen", "Dara", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Lars",
         "Mariam", "Nikolai", "Omar", "Priya", "Quang", "Rosa", "Samir", "Tomas", "Uma", "Viktor", "Wen", "Yusuf"]
LAST = ["Abe", "Banda", "Costa", "Dlamini", "Eriksen", "Fischer", "Gomez", "Haddad", "Ito", "Jensen", "Kim",
        "Lopez", "Mensah", "Nguyen", "Okafor", "Petrov", "Quispe", "Rossi", "Sato", "Tanaka", "Usman", "Varga"]
COUNTRIES = ["Argentina", "Bangladesh", "Chile", "Denmark", "Egypt", "Finland", "Ghana", "Hungary", "India",
             "Japan", "Kenya", "Laos", "Malaysia", "Nepal", "Oman", "Peru", "Qatar", "Rwanda", "Spain", "Thailand"]
ORGS = ["Harbor Authority", "Green Energy Council", "Trade Development Board", "River Commission",
        "Digital Rights Forum", "Mining Association", "Port Workers Union", "Food Security Agency"]


def sample_texts(folder):
    out = []
    for p in sorted(Path(folder).rglob("*")):
        if p.suffix in (".txt", ".md"):
            out.append(p.read_text(encoding="utf-8"))
        elif p.suffix == ".html":
            t = re.sub(r"(?is)<(script|style|head|nav|footer|aside)[^>]*>.*?</\1>", " ", p.read_text(encoding="utf-8"))
            t = re.sub(r"(?i)</p>|<br\s*/?>", "\n\n", t)
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
        elif p.suffix in (".jsonl", ".json"):
            for line in p.read_text(encoding="utf-8").splitlines() if p.suffix == ".jsonl" else [p.read_text(encoding="utf-8")]:
                if line.strip():
                    o = json.loads(line)
                    out.append(o.get("text") or o.get("content") or o.get("body") or "")
    return [t for t in out if t.strip()]


MIDDLE = ["Lee", "Marie", "Van", "Abdul", "Jean", "Kwame", "Luis", "Anh"]
ORG_PREFIX = ["National", "Regional", "Joint", "Independent", "Coastal", "Federal"]
ORG_SUFFIX = ["of the South", "for Development", "and Partners", "of the Northern Provinces"]


def vary(text, rng, varied=False):
    names = {}
    def person(m):
        key = m.group(0)
        if key not in names:
            middle = " ".join(rng.sample(MIDDLE, rng.randint(0, 2))) if varied else ""
            names[key] = " ".join(x for x in (rng.choice(FIRST), middle, rng.choice(LAST)) if x)
        return names[key]
    def org(m):
        name = rng.choice(ORGS)
        if varied and rng.random() < 0.5:
            name = f"{rng.choice(ORG_PREFIX)} {name}"
        if varied and rng.random() < 0.4:
            name = f"{name} {rng.choice(ORG_SUFFIX)}"
        return name
    text = re.sub(r"\b(?:Wang Yi|Sok Chenda Sophea|Tran Minh Duc|Ratna Wulandari|Paula Arancibia|Henrik Solberg|"
                  r"Daniel Mwangi|Elena Varga|Ana Ribeiro|Joao Pereira|Kenji Morita|Sofia Lindqvist|Marc Tremblay)\b",
                  person, text)
    for c in ("Vietnam", "Indonesia", "Chile", "Kenya", "Japan", "Portugal", "Canada", "Cambodia", "China", "Thailand"):
        country = rng.choice(COUNTRIES)
        if varied and rng.random() < 0.3:
            country = f"the Republic of {country}"
        text = re.sub(rf"\b{c}\b", country, text)
    text = re.sub(r"\b(Atacama Water Council|Mekong River Commission|Sierra Club)\b", org, text)
    # amounts and counts vary; days of the month and years stay valid
    text = re.sub(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\.\d+\b", lambda m: f"{rng.randint(2, 9999):,}", text)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("samples")
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--varied", action="store_true", help="vary the length of names too")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    texts = sample_texts(a.samples)
    target, size, n = a.mb * 1e6, 0, 0
    with open(a.out, "w", encoding="utf-8") as f:
        while size < target:
            t = vary(texts[n % len(texts)], rng, a.varied)
            line = json.dumps({"id": f"bench-{n:07d}", "date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
                               "text": t}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    print(f"{n} articles, {size / 1e6:.1f} MB -> {a.out}")


if __name__ == "__main__":
    main()
