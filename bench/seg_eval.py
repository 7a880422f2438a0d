#!/usr/bin/env python3
"""Token and sentence F1 of a system CoNLL-U against a gold CoNLL-U, as in the CoNLL 2018
shared task: both files are reduced to their non-whitespace characters, which must be the
same; a token is the character span of a surface token (a multiword token counts once),
a sentence the span from its first to its last character; F1 counts spans found in both.

Usage: seg_eval.py GOLD.conllu SYSTEM.conllu [--errors N]
"""
import argparse
import sys


def spans(path):
    """Returns (characters, token spans, sentence spans) over non-space characters."""
    chars, tokens, sentences = [], [], []
    pos, sent_start, skip_until = 0, None, 0
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line:
                if sent_start is not None and pos > sent_start:
                    sentences.append((sent_start, pos))
                sent_start, skip_until = None, 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                a, b = (int(x) for x in cols[0].split("-"))
                skip_until = b
            else:
                if int(cols[0]) <= skip_until:
                    continue
            form = "".join(cols[1].split())
            if sent_start is None:
                sent_start = pos
            tokens.append((pos, pos + len(form)))
            chars.append(form)
            pos += len(form)
    if sent_start is not None and pos > sent_start:
        sentences.append((sent_start, pos))
    return "".join(chars), tokens, sentences


def f1(gold, system):
    g, s = set(gold), set(system)
    both = len(g & s)
    p = both / len(s) if s else 0.0
    r = both / len(g) if g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--errors", type=int, default=0, help="print up to N token and sentence errors")
    a = ap.parse_args()
    gc, gt, gs = spans(a.gold)
    sc, st, ss = spans(a.system)
    if gc != sc:
        i = next((k for k in range(min(len(gc), len(sc))) if gc[k] != sc[k]), min(len(gc), len(sc)))
        sys.exit(f"texts differ at non-space character {i}: gold {gc[i:i+30]!r} system {sc[i:i+30]!r}")
    for name, g, s in (("Tokens", gt, st), ("Sentences", gs, ss)):
        p, r, f = f1(g, s)
        print(f"{name:10s} P {100*p:6.2f}  R {100*r:6.2f}  F1 {100*f:6.2f}  (gold {len(g)}, system {len(s)})")
    if a.errors:
        for name, g, s in (("token", gt, st), ("sentence", gs, ss)):
            miss = sorted(set(g) - set(s))[: a.errors]
            extra = sorted(set(s) - set(g))[: a.errors]
            for b, e in miss:
                print(f"missed {name}: {gc[max(0,b-15):b]}[{gc[b:e][:60]}]{gc[e:e+15]}")
            for b, e in extra:
                print(f"extra  {name}: {gc[max(0,b-15):b]}[{gc[b:e][:60]}]{gc[e:e+15]}")


if __name__ == "__main__":
    main()
