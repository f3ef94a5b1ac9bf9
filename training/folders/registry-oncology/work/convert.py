#!/usr/bin/env python3
"""Convert a ClinicalTrials.gov legacy XML record into 'Label: value' text (layout change only)."""
import re, sys
import xml.etree.ElementTree as ET

GENERIC = {"agency", "agency_class", "textblock", "measure", "time_frame", "description", "type",
           "name", "title", "label", "city", "state", "zip", "country", "status", "last_name",
           "role", "affiliation", "phone", "email", "population", "units", "param", "dispersion",
           "phone_ext", "group_id"}
SKIP = {"link_text"}

def human(tag):
    s = tag.replace("_", " ")
    return s[:1].upper() + s[1:]

def reflow(text):
    text = text.replace("\r", "")
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        lines = [l.strip() for l in p.split("\n") if l.strip()]
        cur = []
        res = []
        for l in lines:
            if re.match(r"^([-*•·]|\d+[.)]|[a-z][.)]|[ivx]+[.)])\s", l) and cur:
                res.append(" ".join(cur)); cur = [l]
            else:
                cur.append(l)
        if cur:
            res.append(" ".join(cur))
        out.extend(res)
    return out

def attrs(el):
    return " | ".join(f"{k}: {v}" for k, v in el.attrib.items())

def walk(el, parent, out, depth):
    kids = list(el)
    tag = el.tag
    if tag in SKIP:
        return
    if not kids:
        txt = (el.text or "").strip()
        label = human(parent) + " " + tag.replace("_", " ") if (tag in GENERIC and parent) else human(tag)
        if tag == "textblock":
            label = human(parent)
            paras = reflow(el.text or "")
            if len(paras) == 1 and len(paras[0]) < 300:
                out.append(f"{label}: {paras[0]}")
            else:
                out.append(f"{label}:")
                out.extend(paras)
            return
        a = attrs(el)
        if txt and a:
            out.append(f"{label}: {txt} ({a})")
        elif txt:
            out.append(f"{label}: {' '.join(txt.split())}")
        elif a:
            out.append(f"{label}: {a}")
        return
    # complex element
    if depth >= 1 and not (len(kids) == 1 and kids[0].tag == "textblock") and not tag.endswith("_list") and not (tag in ("class", "category", "address") and not el.attrib):
        head = human(tag)
        if el.attrib:
            head += " (" + attrs(el) + ")"
        out.append("")
        out.append(head)
    if (el.text or "").strip():
        out.append(f"{human(tag)}: {el.text.strip()}")
    for k in kids:
        walk(k, tag, out, depth + 1)

def main(path, header, drop=()):
    root = ET.parse(path).getroot()
    out = [header, ""]
    for child in root:
        if child.tag in drop:
            continue
        walk(child, "", out, 1 if list(child) else 1)
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt

if __name__ == "__main__":
    src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
    drop = sys.argv[4].split(",") if len(sys.argv) > 4 else ()
    t = main(src, header, drop)
    open(dst, "w", encoding="utf-8").write(t)
    print(dst, len(t))
