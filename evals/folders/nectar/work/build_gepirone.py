#!/usr/bin/env python3
"""FDA not-approvable letters, NDA 21-164 gepirone ER (CDER 'Other Action Letters' PDF,
GMPKit/fda-complete-response-letters pdf-original-crl/021164Orig1s000OtherActionLtrs.pdf).
Text from pypdf layout mode; paragraphs re-joined; page headers removed; table rows as ' | '.
Justification gaps inside words are closed using the pypdf default-mode text as reference."""
import re
import pypdf

r = pypdf.PdfReader("raw/021164Orig1s000OtherActionLtrs.pdf")
ref = " ".join(re.sub(r"\s+", " ", p.extract_text() or "") for p in r.pages)
pages = [p.extract_text(extraction_mode="layout") or "" for p in r.pages]

TABLE = re.compile(r"^\s*(Trial |ORG 1340|CN105-053|P-Values|Gepirone IR \(|Placebo {2,}|Gepirone: |Placebo: |Baseline HAMD-17|Carmen \(n=|Cole \(n=|Haggerty \(n=|\d\d-\d\d% at|> 86% at)")

def fix_gaps(line):
    def rep(m):
        a, gap, b = m.group(1), m.group(2), m.group(3)
        if (a + b) in ref and (a + " " + b) not in ref:
            return a + b
        return a + " " + b
    prev = None
    while prev != line:
        prev = line
        line = re.sub(r"(\S+)( {2,})(\S+)", rep, line, count=1) if re.search(r"\S {2,}\S", line) else line
        if line == prev:
            break
    return line

out = ["FDA not-approvable action letters (CDER 'Other Action Letters'), NDA 21-164, gepirone hydrochloride extended-release tablets — letters of November 2, 2007 (Fabre-Kramer Pharmaceuticals), June 23, 2004 and March 15, 2002 (Organon) — drugs@FDA PDF 021164Orig1s000OtherActionLtrs.pdf", ""]
for i, pg in enumerate(pages):
    if i == 0:
        out.extend([re.sub(r"\s+", " ", x).strip() for x in (r.pages[0].extract_text() or "").split("\n") if x.strip()])
        out.append("")
        continue
    lines = pg.split("\n")
    # drop continuation-page running header "NDA 21-164" + "Page N"
    while lines and not lines[0].strip():
        lines.pop(0)
    if len(lines) > 1 and lines[0].strip() == "NDA 21-164" and re.fullmatch(r"Page \d+", lines[1].strip()):
        lines = lines[2:]
    paras, cur = [], []
    for l in lines:
        s = l.strip()
        if not s:
            if cur:
                paras.append(cur); cur = []
            continue
        if TABLE.match(l) or re.match(r"^-{10,}$", s):
            if cur:
                paras.append(cur); cur = []
            if re.match(r"^-{10,}$", s):
                continue
            paras.append(["@@ROW@@" + " | ".join(x for x in re.split(r" {2,}", s) if x)])
            continue
        if s in ("DEPARTMENT OF HEALTH & HUMAN SERVICES                                              Public Health Service",) :
            pass
        cur.append(s)
    if cur:
        paras.append(cur)
    for p in paras:
        if p[0].startswith("@@ROW@@"):
            out.append(p[0][7:])
            continue
        # letter-head / address blocks: keep short lines as separate lines
        if all(len(x) < 60 for x in p):
            for x in p:
                out.append(fix_gaps(re.sub(r"\s{6,}", "  ", x)) if "Public Health Service" not in x else re.sub(r"\s{2,}", " | ", x))
        else:
            # heading lines inside a block (short, no closing punctuation) stay on their own line
            while len(p) > 1 and len(p[0]) < 45 and not re.search(r"[.,;:]$", p[0]) and re.match(r"[A-Z0-9]", p[1]):
                out.append(fix_gaps(p[0]))
                p = p[1:]
            t = " ".join(p)
            t = re.sub(r"(\w)- (\w)", lambda m: m.group(0) if (m.group(1)+"- "+m.group(2)) in ref and (m.group(1)+"-"+m.group(2)) not in ref else m.group(1)+"-"+m.group(2), t)
            out.append(fix_gaps(t))
        out.append("")
txt = "\n".join(out)
txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
txt = re.sub(r"([a-z,])\n\n([a-z])", r"\1 \2", txt)  # paragraph split by a page break
open("../docs/07_fda_not_approvable_letters_gepirone_er_nda21164.txt", "w", encoding="utf-8").write(txt)
print(len(txt))
