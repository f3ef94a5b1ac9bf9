#!/usr/bin/env python3
"""reflow.py in.txt MINLEN > out.txt : re-join lines that a PDF conversion hard-wrapped.
A line is joined to the next one when it is at least MINLEN characters long (so it was wrapped
at the right margin) and the next line does not start a list item, heading, '[...]' or a blank line."""
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
minlen = int(sys.argv[2])
start = re.compile(r"^(\s*$|\[\.\.\.\]|- |• |\(?[0-9]{1,2}[.)] |\([a-z]{1,4}\) |[a-h]\. |[a-h]\) |[ivx]{1,4}\. |[A-Z][A-Z &/-]{2,}$|Step \d)")
out = []
for ln in lines:
    if out and len(out[-1]) >= minlen and out[-1].strip() and not start.match(ln) and not re.search(r"[.:;?!\u201d\"]\s*$", out[-1]):
        prev = out.pop()
        if prev.endswith("-") and not prev.endswith(" -") and re.match(r"[a-z]", ln.strip()):
            out.append(prev + ln.strip())   # hyphenated word split: keep hyphen (e.g. 'co-' + 'packaged')
        else:
            out.append(prev.rstrip() + " " + ln.strip())
    else:
        out.append(ln.rstrip())
print("\n".join(out))
