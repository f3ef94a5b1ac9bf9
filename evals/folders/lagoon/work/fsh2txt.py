#!/usr/bin/env python3
"""Extract the first (English) Composition of an ePI FSH file (joofio/test-epi-composition) as plain text.
Section titles become heading lines; the XHTML in text.div becomes text (<p> paragraphs, <li> as "- " items,
<br/> as line breaks, table rows as "cell | cell"). Source line breaks inside paragraphs are kept.
usage: fsh2txt.py in.fsh out.txt "header line" """
import sys, re, html

src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
t = open(src, encoding="utf-8").read()
# first composition only
parts = re.split(r"\nInstance:", t)
comp = next(p for p in parts if "InstanceOf: CompositionUvEpi" in p)
out = [header, ""]
pat = re.compile(r'\*\s*title\s*=\s*"([^"]*)"|\*\s*text\.div\s*=\s*"""(.*?)"""', re.S)

def xhtml2text(x):
    x = re.sub(r"(?is)<tr[^>]*>(.*?)</tr>", lambda m: " | ".join(
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c)).strip() for c in re.findall(r"(?is)<t[dh][^>]*>(.*?)</t[dh]>", m.group(1))) + "\n", x)
    x = re.sub(r"(?i)<br\s*/?>", "\n", x)
    x = re.sub(r"(?i)<li[^>]*>", "\n- ", x)
    x = re.sub(r"(?i)</(p|li|ul|ol|table|h\d|div)>", "\n", x)
    x = re.sub(r"(?i)<(p|h\d)[^>]*>", "\n", x)
    x = re.sub(r"<[^>]+>", "", x)
    x = html.unescape(x)
    lines = [re.sub(r"[ \t\u00a0]+", " ", l).strip() for l in x.split("\n")]
    txt = "\n".join(lines)
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    return txt.strip()

last_title = None
for m in pat.finditer(comp):
    if m.group(1) is not None:
        title = m.group(1).strip()
        if title.startswith("TEST PURPOSES ONLY"):
            continue
        last_title = title
        out.append(""); out.append(title)
    else:
        body = xhtml2text(m.group(2))
        if body:
            out.append(body)
txt = "\n".join(out)
txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
open(dst, "w", encoding="utf-8").write(txt)
print(dst, len(txt))
