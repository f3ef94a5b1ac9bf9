#!/usr/bin/env python3
"""PMC JATS (.nxml) -> plain text: header fields as Label: value, abstract, body
sections (headings on own lines), tables as ' | ' rows. Figures and reference list
dropped. Usage: jats2txt.py in.nxml out.txt "header line" [--drop-sec TITLE ...]"""
import re
import sys
import xml.etree.ElementTree as ET


def itertext(e, skip=("xref",)):
    # keep xref text (citation numbers) but drop nothing else; collapse whitespace
    parts = []

    def rec(x):
        if x.tag in ("table-wrap", "fig", "disp-formula-group"):
            return
        if x.tag == "list-item":
            parts.append("\n- ")
        if x.text:
            parts.append(x.text)
        if x.tag == "label" and x.text:
            parts.append(" ")
        for c in x:
            rec(c)
            if c.tail:
                parts.append(c.tail)
    rec(e)
    t = re.sub(r"[ \t\r\f\v]+", " ", "".join(parts).replace("\n- ", "\x00"))
    t = re.sub(r"\s+", " ", t).replace("\x00", "\n- ")
    t = re.sub(r" *\n- *", "\n- ", t)
    return t.strip()


def table_rows(tw):
    out = []
    lab = tw.find("label")
    cap = tw.find("caption")
    head = " ".join(x for x in [itertext(lab) if lab is not None else "", itertext(cap) if cap is not None else ""] if x)
    if head:
        out.append(head)
    for tr in tw.iter("tr"):
        cells = [itertext(td) for td in tr if td.tag in ("td", "th")]
        if any(cells):
            out.append(" | ".join(cells))
    foot = tw.find("table-wrap-foot")
    if foot is not None:
        for p in foot.iter("p"):
            t = itertext(p)
            if t:
                out.append(t)
        for fn in foot.iter("fn"):
            if fn.find("p") is None:
                t = itertext(fn)
                if t:
                    out.append(t)
    return out


def main():
    src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
    drop = []
    if "--drop-sec" in sys.argv:
        drop = sys.argv[sys.argv.index("--drop-sec") + 1:]
    root = ET.parse(src).getroot()
    fm = root.find("front/article-meta")
    jm = root.find("front/journal-meta")
    o = [header, ""]
    o.append(itertext(fm.find("title-group/article-title")))
    o.append("")
    o.append(f"Journal: {itertext(jm.find('.//journal-title'))}")
    pd = fm.find("pub-date[@pub-type='ppub']") or fm.find("pub-date[@pub-type='epub']") or fm.find("pub-date")
    o.append("Publication Date: " + " ".join(x.text for x in [pd.find("day"), pd.find("month"), pd.find("year")] if x is not None))
    for tag, lab in [("volume", "Volume"), ("issue", "Issue"), ("fpage", "First Page"), ("lpage", "Last Page")]:
        x = fm.find(tag)
        if x is not None and x.text:
            o.append(f"{lab}: {x.text}")
    for aid in fm.findall("article-id"):
        o.append(f"Article ID ({aid.get('pub-id-type')}): {aid.text}")
    names = []
    for c in fm.findall("contrib-group/contrib[@contrib-type='author']"):
        n = c.find("name")
        if n is not None:
            names.append(" ".join(x for x in [itertext(n.find("given-names")) if n.find("given-names") is not None else "",
                                               itertext(n.find("surname"))] if x))
    o.append("Authors: " + ", ".join(names))
    for af in fm.findall(".//aff"):
        o.append("Affiliation: " + itertext(af))
    hist = fm.find("history")
    if hist is not None:
        for d in hist.findall("date"):
            o.append(f"Date {d.get('date-type')}: " + " ".join(x.text for x in [d.find("day"), d.find("month"), d.find("year")] if x is not None))
    lic = fm.find(".//license")
    if lic is not None:
        o.append("Licence: " + itertext(lic))
    cr = fm.find(".//copyright-statement")
    if cr is not None:
        o.append("Copyright: " + itertext(cr))
    o.append("")
    o.append("Abstract")
    ab = fm.find("abstract")
    for ch in ab:
        if ch.tag == "sec":
            t = ch.find("title")
            ps = " ".join(itertext(p) for p in ch.findall("p"))
            o.append(f"{itertext(t)}: {ps}" if t is not None else ps)
        elif ch.tag == "p":
            o.append(itertext(ch))
    for kg in fm.findall("kwd-group"):
        o.append("Keywords: " + "; ".join(itertext(k) for k in kg.findall("kwd")))

    def do_sec(sec, level):
        t = sec.find("title")
        title = itertext(t) if t is not None else ""
        if title and any(title.lower().startswith(d.lower()) for d in drop):
            o.append("")
            o.append(title)
            o.append("[...]")
            return
        if title:
            o.append("")
            o.append(title)
        for ch in sec:
            if ch.tag == "p":
                o.append(itertext(ch))
                for tw in ch.iter("table-wrap"):
                    o.extend(table_rows(tw))
            elif ch.tag == "sec":
                do_sec(ch, level + 1)
            elif ch.tag == "table-wrap":
                o.extend(table_rows(ch))
            elif ch.tag == "list":
                for li in ch.findall("list-item"):
                    o.append("- " + itertext(li))
    body = root.find("body")
    for ch in body:
        if ch.tag == "sec":
            do_sec(ch, 1)
        elif ch.tag == "p":
            o.append(itertext(ch))
    # floating tables in back/floats-group
    fl = root.find("floats-group")
    if fl is not None:
        for tw in fl.iter("table-wrap"):
            o.append("")
            o.extend(table_rows(tw))
    back = root.find("back")
    if back is not None:
        for s in back.findall("sec") + back.findall("ack"):
            do_sec(s, 1)
        for fn in back.findall(".//fn-group/fn"):
            t = itertext(fn)
            if t:
                o.append(t)
    text = "\n".join(o)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    open(dst, "w", encoding="utf-8").write(text)
    print(dst, len(text))


if __name__ == "__main__":
    main()
