#!/usr/bin/env python3
"""Clean a CUAD full_contract_txt file: drop page numbers and 'Source:' footers,
join page-split text, put numbered sections / ARTICLE headings on their own lines.
Wording is kept; only whitespace/layout changes.  Usage: clean_cuad.py IN OUT"""
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
keep = []
for ln in lines:
    s = ln.strip()
    if s.startswith("Source: "):
        continue
    if re.fullmatch(r"(-?[ivx]+-?|-?\d{1,3}-?|Page \d+( of \d+)?)", s):
        continue
    keep.append(s)
text = "\n".join(keep)
# paragraphs: blank-line separated blocks -> single lines
blocks = [re.sub(r"\s*\n\s*", " ", b).strip() for b in re.split(r"\n\s*\n", text)]
blocks = [b for b in blocks if b]
out = "\n\n".join(blocks)
# section breaks: ARTICLE n / n.n Heading / Schedule / Exhibit at sentence boundaries
out = re.sub(r"(?<=[.;:\]\)]) +(?=(ARTICLE [0-9IVX]+\b|\d{1,2}\.\d{1,2}(\.\d{1,2})? +[A-Z(\[]|\(\w{1,3}\) +[A-Z\[]))", "\n\n", out)
out = re.sub(r'(?<=[.\]]) +(?="[A-Z][^"]{0,80}" (means|has|shall|or|and|refers))', "\n\n", out)
out = re.sub(r"(?<=[A-Z]{3}) (?=\d{1,2}\.1 [A-Z])", "\n\n", out)
out = re.sub(r"[ \t]+", " ", out)
out = re.sub(r"\n{3,}", "\n\n", out)
open(sys.argv[2], "w", encoding="utf-8").write(out.strip() + "\n")
