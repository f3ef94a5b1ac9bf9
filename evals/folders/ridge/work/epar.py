"""Trogarzo EPAR (p_txt from open-vianu/llmtaskforce-emrd) -> excerpt: page headers/footers removed, wrapped lines joined."""
import re
_raw = open("raw/trogarzo_epar.txt").read()
_raw = re.sub(r"Medicinal Product no longer authorised\s*\nCHMP assessment report\s*\nEMA/469134/2019\s*\nPage \d+/\d+\s*\n\s*\nclassified as internal/staff & contractors by the European Medicines Agency\.\s*\n", "", _raw)
L = _raw.split("\n")
def find(s, start=0):
    for i in range(start, len(L)):
        if L[i].strip().startswith(s): return i
    raise ValueError(s)
FOOT = [r"^Medicinal Product no longer authorised", r"^CHMP assessment report\s*$", r"^EMA/469134/2019\s*$", r"^Page \d+/\d+", r"^classified as internal/staff"]
def block(a, b):
    lines = [l.rstrip() for l in L[a:b]]
    lines = [l for l in lines if not any(re.match(p, l.strip()) for p in FOOT)]
    out = []; buf = ""
    for l in lines:
        s = l.strip()
        if not s or s == "•":
            if buf: out.append(buf); buf = ""
            continue
        head = re.match(r"^\d+(\.\d+)*\.\s+\S", s) and len(s) < 90
        if head:
            if buf: out.append(buf); buf = ""
            out.append(re.sub(r"\s+", " ", s)); continue
        if buf and prev_len < 85:
            out.append(buf); buf = ""
        buf = (buf + " " + s).strip() if buf else s
        prev_len = len(l.rstrip())
    if buf: out.append(buf)
    return out

hdr = ["European public assessment report (EPAR), CHMP assessment report: Trogarzo (ibalizumab), EMA/469134/2019, Procedure No. EMEA/H/C/004961/0000, 25 July 2019 - excerpt - source: European Medicines Agency PDF (text layer) via GitHub open-vianu/llmtaskforce-emrd outputs/p_txt/EU-1-19-1359_public-assessment-report_20191010_20230116_trogarzo-epar-public-assessment-report.txt", ""]
body = []
body += block(find("25 July 2019"), find("Note"))
body += ["Assessment report as adopted by the CHMP with all information of a commercially confidential nature deleted.", "", "[...]", ""]
body += block(find("1.  Background information on the procedure"), find("Scientific advice"))
body += ["", "[...]", ""]
body += block(find("2.  Scientific discussion"), find("2.1.3."))
body += ["", "[...]", ""]
s3 = find("3.  Benefit-Risk Balance")
body += block(s3, find("3.6.  Effects Table", s3))
body += ["", "[...]", ""]
body += block(find("3.7.  Benefit-risk assessment", s3), len(L))
t = "\n".join(hdr + body)
t = re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"
open("../docs/10_ema_epar_trogarzo_ibalizumab_excerpt.txt", "w").write(t)
print(len(t))
