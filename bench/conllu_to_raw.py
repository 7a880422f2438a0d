#!/usr/bin/env python3
"""Rebuild raw text from a CoNLL-U file the way UD releases (and the CoNLL 2018 shared
task) present it: sentence texts joined by a space, an empty line before each new
paragraph or document, lines wrapped at word boundaries after about 80 characters.

Usage: conllu_to_raw.py GOLD.conllu > RAW.txt
"""
import sys


def wrap(paragraph, width=80):
    lines, line = [], ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def main(path):
    paragraphs, current, text, breaks = [], [], None, False
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc") or line.startswith("# newpar"):
                breaks = True
            elif line.startswith("# text"):
                text = line.split("=", 1)[1].strip()
            elif not line.strip():
                if text is not None:
                    if breaks and current:
                        paragraphs.append(" ".join(current))
                        current = []
                    current.append(text)
                text, breaks = None, False
    if current:
        paragraphs.append(" ".join(current))
    sys.stdout.write("\n\n".join(wrap(p) for p in paragraphs) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
