#!/usr/bin/env python3
"""joofio ePI FSH composition -> text: section titles on own lines, HTML in text.div reduced to
paragraph/list lines (list items prefixed '- '). Wording kept."""
import re, sys, html
src, dst, header = sys.argv[1:4]
s = open(src, encoding="utf-8").read()
out = [header, ""]
for m in re.finditer(r'\* title = +"([^"]*)".*?text\.div = """(.*?)"""', s, re.S):
    title, div = m.group(1), m.group(2)
    if title.startswith("TEST PURPOSES"):
        continue
    if title.startswith("B. Package") :
        out.append(title); out.append(""); continue
    out.append(title)
    d = re.sub(r"<br\s*/?>", "\n", div)
    d = re.sub(r"<li>", "\n- ", d)
    d = re.sub(r"</?(p|ol|ul|div)[^>]*>", "\n", d)
    d = re.sub(r"<[^>]+>", "", d)
    d = html.unescape(d)
    # join hard-wrapped lines inside a block; keep a break before '- ' list markers
    d = re.sub(r"[ \t]*\n[ \t]*(?=[^\n-])", " ", d.replace("\n\n", "\x00"))
    d = d.replace("\x00", "\n")
    for ln in d.split("\n"):
        ln = re.sub(r"[ \t]+", " ", ln).strip()
        if ln:
            out.append(ln)
    out.append("")
t = "\n".join(out)
t = re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"
open(dst, "w", encoding="utf-8").write(t)
print(dst, len(t))
