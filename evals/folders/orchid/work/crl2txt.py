#!/usr/bin/env python3
"""GMPKit CRL markdown -> text: keep only the letter body (from the CDER heading), drop the
repository's YAML front matter and 'Critical Data' summary; strip markdown markup only."""
import re, sys
src, dst, header = sys.argv[1:4]
s = open(src, encoding="utf-8").read()
s = s[s.index("# CENTER FOR DRUG EVALUATION"):]
s = s.replace("```", "")
lines = []
for ln in s.split("\n"):
    ln = ln.rstrip()
    if ln.strip() == "---":
        continue
    ln = re.sub(r"^#+\s*", "", ln)
    ln = ln.replace("**", "")
    ln = re.sub(r"\s+$", "", ln)
    lines.append(ln)
t = header + "\n\n" + "\n".join(lines)
t = re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"
open(dst, "w", encoding="utf-8").write(t)
print(dst, len(t))
