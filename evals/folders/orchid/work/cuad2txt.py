#!/usr/bin/env python3
"""CUAD contract text -> cleaned text: drop 'Source: ...' page footers and bare page numbers,
re-join text split across pages, start numbered clauses on new lines. Wording kept verbatim.
usage: cuad2txt.py in.txt out.txt "header"  (writes full cleaned text; excerpting done separately)"""
import re, sys
src, dst, header = sys.argv[1:4]
s = open(src, encoding="utf-8").read()
lines = [l.rstrip() for l in s.split("\n")]
keep = []
for l in lines:
    if l.strip().startswith("Source: "):
        continue
    if re.fullmatch(r"\s*-?\d{1,3}-?\s*", l):
        continue
    keep.append(l.strip())
s = "\n".join(keep)
s = re.sub(r" (\d{1,3})\n", "\n", s)             # page number at end of a page's last line
s = re.sub(r"\n{2,}", "\n", s)
s = re.sub(r"(?<=[a-z,;])\n(?=[a-z(])", " ", s)    # sentence split across a page break
# new line before numbered clauses like '4.5. Financing' or '14. Termination' or '1.1 iBio'
s = re.sub(r" (?=(\d{1,2}\.\d{1,2}\.? )[A-Z\"(])", "\n", s)
s = re.sub(r" (?=\d{1,2}\. [A-Z][a-z]+( [A-Za-z;,]+){0,6} \d{1,2}\.1\.? )", "\n", s)
s = re.sub(r" (?=ARTICLE \d)", "\n", s)
out = header + "\n\n" + s.strip() + "\n"
open(dst, "w", encoding="utf-8").write(out)
print(dst, len(out))
