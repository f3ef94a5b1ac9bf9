"""PMC JATS .nxml -> plain text: title, journal/citation, licence, abstract, body sections (headings on own lines),
tables as ' | ' rows. References, figures' images, and supplementary material omitted. Wording unchanged."""
import re, sys
import xml.etree.ElementTree as ET

def text(e):
    if e is None:
        return ""
    return re.sub(r"\s+", " ", "".join(e.itertext())).strip()

def conv_table(tw, out):
    lab = text(tw.find("label")); cap = text(tw.find("caption"))
    out.append((lab + " " + cap).strip())
    for tr in tw.iter("tr"):
        cells = [text(c) for c in tr if c.tag in ("td", "th")]
        if any(cells):
            out.append(" | ".join(cells))
    for fn in tw.iter("table-wrap-foot"):
        t = text(fn)
        if t:
            out.append(t)
    out.append("")

def conv_list(lst, out):
    for li in lst.findall("list-item"):
        nested = [x for x in li if x.tag == "list"]
        own = " ".join(text(x) for x in li if x.tag != "list")
        if own: out.append("- " + own)
        for n in nested: conv_list(n, out)

def conv_sec(sec, out, level=1):
    for ch in sec:
        if ch.tag == "title":
            t = text(ch)
            if t:
                out.append(""); out.append(t)
        elif ch.tag == "p":
            # tables/figures inside a paragraph: handle separately
            inner = [x for x in ch if x.tag in ("table-wrap", "fig", "list")]
            for x in inner:
                ch.remove(x)
            t = text(ch)
            if t:
                out.append(t)
            for x in inner:
                if x.tag == "table-wrap":
                    conv_table(x, out)
                elif x.tag == "list":
                    conv_list(x, out)
                else:
                    out.append((text(x.find("label")) + " " + text(x.find("caption"))).strip()); out.append("")
        elif ch.tag == "sec":
            conv_sec(ch, out, level + 1)
        elif ch.tag == "table-wrap":
            conv_table(ch, out)
        elif ch.tag == "fig":
            out.append((text(ch.find("label")) + " " + text(ch.find("caption"))).strip()); out.append("")
        elif ch.tag in ("list",):
            conv_list(ch, out)
        elif ch.tag in ("boxed-text", "disp-quote"):
            out.append(text(ch))

def convert(path, header, drop_sections=()):
    root = ET.parse(path).getroot()
    fm = root.find(".//article-meta")
    out = [header, ""]
    out.append(text(fm.find(".//article-title")))
    authors = []
    for c in fm.findall(".//contrib[@contrib-type='author']"):
        n = c.find("name")
        if n is not None:
            authors.append((text(n.find("given-names")) + " " + text(n.find("surname"))).strip())
    if authors:
        out.append("Authors: " + ", ".join(authors))
    j = text(root.find(".//journal-title"))
    pd = fm.find(".//pub-date")
    yr = text(pd.find("year")) if pd is not None else ""
    vol = text(fm.find("volume")); iss = text(fm.find("issue")); eloc = text(fm.find("elocation-id"))
    out.append(f"Journal: {j} {yr}; {vol}({iss}): {eloc}".strip())
    doi = fm.find(".//article-id[@pub-id-type='doi']")
    pmc = fm.find(".//article-id[@pub-id-type='pmc']")
    if doi is not None: out.append("DOI: " + text(doi))
    if pmc is not None: out.append("PMCID: PMC" + text(pmc))
    lic = fm.find(".//license")
    if lic is not None:
        out.append("Licence: " + text(lic))
    out.append("")
    ab = fm.find("abstract")
    if ab is not None:
        out.append("Abstract")
        for ch in ab:
            if ch.tag == "sec":
                t = text(ch.find("title")); ps = [text(p) for p in ch.findall("p")]
                out.append((t + ": " if t else "") + " ".join(ps))
            elif ch.tag == "p":
                out.append(text(ch))
        out.append("")
    body = root.find("body")
    for sec in body:
        if sec.tag == "sec":
            t = text(sec.find("title"))
            if any(t.lower().startswith(d) for d in drop_sections):
                out.append(""); out.append("[...]"); continue
            conv_sec(sec, out)
        elif sec.tag == "p":
            out.append(text(sec))
    back = root.find("back")
    if back is not None:
        for s in back.iter("sec"):
            pass
    t = "\n".join(out)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"

if __name__ == "__main__":
    E = "/tmp/rid/ei/annotations/xml_files/"
    jobs = [("PMC3474842", "03_article_oseltamivir_aged_care_influenza_cluster_rct.txt",
             "Journal article (CC BY 4.0, PLoS ONE 2012) reporting a cluster randomised controlled trial of oseltamivir treatment and prophylaxis for influenza outbreaks in aged care facilities - source: PubMed Central JATS XML PMC3474842 via GitHub jayded/evidence-inference", ()),
            ("PMC4701182", "06_article_tipranavir_ritonavir_vs_lopinavir_ritonavir_hiv.txt",
             "Journal article (CC BY 4.0, PLoS ONE 2016) reporting a randomised, multinational trial of tipranavir/ritonavir versus lopinavir/ritonavir in treatment-naive HIV-1-infected patients - source: PubMed Central JATS XML PMC4701182 via GitHub jayded/evidence-inference", ())]
    for pmc, fn, hdr, drop in jobs:
        t = convert(E + pmc + ".nxml", hdr, drop)
        open("/work/s32/blind/ridge/docs/" + fn, "w").write(t)
        print(fn, len(t))
