#!/usr/bin/env python3
"""clean_crl.py in.txt APPNO > out.txt : tidy pypdf text of an FDA 'Other Action Letters' PDF.
Drops running page headers/footers (FDA address block, 'Reference ID' lines, '<APP> / Page N'),
turns the PDF bullet glyph into '- ', keeps everything else (including '(b) (4)' redaction marks)."""
import re, sys
app = sys.argv[2]
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = []; i = 0
while i < len(lines):
    s = lines[i].strip()
    if s in ("U.S. Food and Drug Administration", "Silver Spring, MD 20993", "www.fda.gov") or s.startswith("Reference ID:"):
        i += 1; continue
    if re.fullmatch(re.escape(app), s) and i + 1 < len(lines) and re.fullmatch(r"Page \d+", lines[i+1].strip()):
        i += 2; continue
    ln = lines[i].rstrip().replace("\uf0b7 ", "- ").replace("\uf0b7", "-")
    out.append(ln); i += 1
print(re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip())
