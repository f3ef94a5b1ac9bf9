#!/usr/bin/env python3
"""cut.py SRC 'a-b,c-d' [--strip-guidance] : print line ranges of SRC (1-based, inclusive), '[...]' between ranges."""
import sys, re
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
ranges = [tuple(map(int, r.split("-"))) for r in sys.argv[2].split(",")]
strip = "--strip-guidance" in sys.argv
out = []
for i, (a, b) in enumerate(ranges):
    if i: out.append("\n[...]\n")
    for ln in src[a-1:b]:
        if strip and (ln.strip() == "Contains Nonbinding Recommendations" or re.fullmatch(r"\s*\d{1,2}\s*", ln)):
            continue
        out.append(ln.rstrip())
txt = "\n".join(out)
txt = re.sub(r"\n{3,}", "\n\n", txt)
print(txt.strip())
