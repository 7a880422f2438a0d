#!/usr/bin/env python3
"""Derives extract/lexicon/verb-lexfiles.txt from WordNet 3.0 (Debian's wordnet-base):
every verb lemma with the lexicographer file (verb.communication, verb.motion, ...) of its
most frequent sense, the fallback of the relation schema for verbs it does not list.

Usage: python3 scripts/make_verb_lexfiles.py [/usr/share/wordnet] > extract/lexicon/verb-lexfiles.txt
"""
import sys

LEXFILES = {29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition",
            34: "consumption", 35: "contact", 36: "creation", 37: "emotion", 38: "motion",
            39: "perception", 40: "possession", 41: "social", 42: "stative", 43: "weather"}


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    lexfile = {}
    with open(f"{wn}/data.verb", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lexfile[parts[0]] = int(parts[1])
    rows = []
    with open(f"{wn}/index.verb", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[4 + p_cnt + 2:]
            if not offsets:
                continue
            rows.append((lemma.replace("_", " "), LEXFILES[lexfile[offsets[0]]]))
    print("# Verb lemma<TAB>WordNet lexicographer file of its most frequent sense. Derived from")
    print("# WordNet 3.0 by scripts/make_verb_lexfiles.py; do not edit by hand.")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE")
    print("# AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR")
    print("# WARRANTIES, EXPRESS OR IMPLIED (full licence: /usr/share/doc/wordnet-base/copyright).")
    for lemma, lf in sorted(rows):
        print(f"{lemma}\t{lf}")


if __name__ == "__main__":
    main()
