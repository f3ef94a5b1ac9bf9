#!/usr/bin/env python3
"""Convert an EMA ePI FHIR-Shorthand composition (.fsh) to plain text.
Section titles become headings; XHTML in text.div is flattened (block tags -> newlines,
table cells joined with ' | '). Usage: fsh2txt.py in.fsh > out.txt"""
import re, sys, html
from html.parser import HTMLParser

BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []; self.cell = False
    def handle_starttag(self, tag, attrs):
        if tag in BLOCK: self.out.append("\n")
        if tag == "li": self.out.append("- ")
        if tag in ("td", "th"): self.out.append(" | ")
    def handle_endtag(self, tag):
        if tag in BLOCK: self.out.append("\n")
    def handle_data(self, d):
        self.out.append(re.sub(r"\s+", " ", d))

def flat(s):
    p = P(); p.feed(s); t = "".join(p.out)
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r"[ \t\u00a0]+", " ", ln).strip()
        ln = re.sub(r"^\|\s*", "", ln)
        lines.append(ln)
    t = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", t).strip()

src = open(sys.argv[1], encoding="utf-8").read()
out = []
for m in re.finditer(r'\* title = "((?:[^"\\]|\\.)*)"|text\.div = """(.*?)"""', src, re.S):
    if m.group(1) is not None:
        t = m.group(1)
        if t.startswith("TEST PURPOSES"): continue
        out.append("\n## " + t.strip() + "\n")
    else:
        d = m.group(2)
        if ">unavailable<" in d: continue
        f = flat(d)
        if f: out.append(f + "\n")
txt = "\n".join(out).strip()
txt = re.sub(r"\n-\n\n(?=\S)", "\n- ", txt)
print(txt)
