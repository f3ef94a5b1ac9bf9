#!/usr/bin/env python3
"""Convert an FDA SPL XML label to plain text: headings on own lines, paragraphs, list items, tables as ' | ' rows."""
import sys, re
import xml.etree.ElementTree as ET
NS = "{urn:hl7-org:v3}"

def norm(s): return re.sub(r"\s+", " ", s or "").strip()

def inline(el):
    """text of element incl. children, footnote refs dropped-ish"""
    parts = [el.text or ""]
    for c in el:
        tag = c.tag.replace(NS, "")
        if tag == "footnote":
            pass
        elif tag == "br":
            parts.append(" ")
        else:
            parts.append(inline(c))
        parts.append(c.tail or "")
    return "".join(parts)

def table(t, out):
    cap = t.find(NS+"caption")
    if cap is not None and norm(inline(cap)): out.append(norm(inline(cap)))
    for sec in ["thead", "tbody", "tfoot"]:
        for tr in t.findall(f"{NS}{sec}/{NS}tr"):
            cells = [norm(inline(td)) for td in tr if td.tag in (NS+"td", NS+"th")]
            if any(cells): out.append(" | ".join(cells))
    for tr in t.findall(NS+"tr"):
        cells = [norm(inline(td)) for td in tr if td.tag in (NS+"td", NS+"th")]
        if any(cells): out.append(" | ".join(cells))
    fns = t.findall(".//"+NS+"footnote")
    for f in fns:
        out.append("Footnote: " + norm(inline(f)))

def text_el(el, out):
    for c in el:
        tag = c.tag.replace(NS, "")
        if tag == "paragraph":
            s = norm(inline(c))
            if s: out.append(s)
        elif tag == "list":
            for it in c.findall(NS+"item"):
                s = norm(inline(it))
                if s: out.append("- " + s)
        elif tag == "table":
            table(c, out)
        elif tag == "renderMultiMedia":
            pass

def section(s, out, depth):
    t = s.find(NS+"title")
    if t is not None and norm(inline(t)): out += ["", norm(inline(t))]
    tx = s.find(NS+"text")
    if tx is not None: text_el(tx, out)
    for comp in s.findall(NS+"component/"+NS+"section"):
        section(comp, out, depth+1)

def main(path):
    r = ET.parse(path).getroot()
    out = []
    for s in r.findall(f"{NS}component/{NS}structuredBody/{NS}component/{NS}section"):
        section(s, out, 0)
    print("\n".join(out))
main(sys.argv[1])
