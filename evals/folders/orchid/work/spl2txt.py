#!/usr/bin/env python3
"""FDA SPL XML -> text: section titles on their own lines, paragraphs and list items as
lines, tables as ' | ' rows. Wording kept verbatim. usage: spl2txt.py in.xml out.txt "header" """
import re
import sys
import xml.etree.ElementTree as ET

NS = "{urn:hl7-org:v3}"
src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
root = ET.parse(src).getroot()
out = [header, ""]


def text_of(el):
    t = "".join(el.itertext())
    return re.sub(r"\s+", " ", t).strip()


def tag(el):
    return el.tag.replace(NS, "")


def emit_block(el):
    t = tag(el)
    if t == "paragraph":
        v = text_of(el)
        if v:
            out.append(v)
    elif t == "list":
        for it in el.findall(NS + "item"):
            v = text_of(it)
            if v:
                out.append("- " + v)
    elif t == "table":
        for tr in el.iter(NS + "tr"):
            cells = [text_of(c) for c in tr if tag(c) in ("td", "th")]
            if any(cells):
                out.append(" | ".join(cells))
    elif t in ("renderMultiMedia",):
        pass
    else:
        for k in el:
            emit_block(k)


def section(sec, depth):
    title = sec.find(NS + "title")
    if title is not None and text_of(title):
        out.append("")
        out.append(text_of(title))
    txt = sec.find(NS + "text")
    if txt is not None:
        for k in txt:
            emit_block(k)
    for comp in sec.findall(NS + "component"):
        s = comp.find(NS + "section")
        if s is not None:
            section(s, depth + 1)


body = root.find(f"{NS}component/{NS}structuredBody")
for comp in body.findall(NS + "component"):
    s = comp.find(NS + "section")
    if s is not None:
        section(s, 0)

txt = "\n".join(out)
txt = re.sub(r"\n{3,}", "\n\n", txt)
open(dst, "w", encoding="utf-8").write(txt.rstrip() + "\n")
print(dst, len(txt))
