#!/usr/bin/env python3
"""Rebuild raw text from a CoNLL-U file the way UD releases (and the CoNLL 2018 shared
task) present it: sentence texts joined by a space, an empty line before each new
paragraph or document, lines wrapped at word boundaries after about 80 characters.

Usage: conllu_to_raw.py [--no-wrap] GOLD.conllu > RAW.txt
  --no-wrap  one paragraph per line, as scraped articles usually are
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


def main(path, width):
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
    sys.stdout.write("\n\n".join(wrap(p, width) if width else p for p in paragraphs) + "\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    no_wrap = "--no-wrap" in args
    args = [a for a in args if a != "--no-wrap"]
    main(args[0], 0 if no_wrap else 80)
