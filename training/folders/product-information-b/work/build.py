#!/usr/bin/env python3
"""Build docs/ from stored public GitHub snapshots (layout-only conversion).

Raw inputs are read from the local git mirrors created by the fetch tool:
  joofio/test-epi-composition      (EMA package leaflets, FHIR FSH)
  GMPKit/fda-complete-response-letters (FDA CRL PDFs, text via pypdf -> work/raw/*.txt)
  open-vianu/llmtaskforce-emrd     (EMA EPAR, markdown from PDF)
  hl7-eu/gravitate-health          (Xenical EPAR product information PDF -> work/raw/xenical_pi_en.txt)
"""
import html
import os
import re
import subprocess
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
DOCS = os.path.join(HERE, "..", "docs")
MIRROR = "/work/.mirror"
os.makedirs(DOCS, exist_ok=True)
os.makedirs(RAW, exist_ok=True)


def extract_raw():
    """Recreate work/raw/ from the mirrors (PDF text layers via pypdf; EPAR markdown copied)."""
    import pypdf
    jobs = [("GMPKit+fda-complete-response-letters", f"pdf-original-crl/{n}.pdf", n) for n in
            ("761279_2023_Orig1s000OtherActionLtrs", "761062_2019_Orig1s000OtherActionLtrs",
             "761151_2023_Orig1s000OtherActionLtrs", "022561Orig1s000OtherActionLtrs")]
    jobs.append(("hl7-eu+gravitate-health", "source-data/epi/xenical-epar-product-information_en.pdf", "xenical_pi_en"))
    for repo, path, stem in jobs:
        txt = os.path.join(RAW, stem + ".txt")
        if os.path.exists(txt):
            continue
        pdf = os.path.join(RAW, stem + ".pdf")
        data = subprocess.run(["git", "-C", f"{MIRROR}/{repo}/repo", "show", f"HEAD:{path}"], capture_output=True, check=True).stdout
        open(pdf, "wb").write(data)
        r = pypdf.PdfReader(pdf)
        open(txt, "w", encoding="utf-8").write("\n".join((p.extract_text() or "") for p in r.pages))
        os.remove(pdf)
    md = os.path.join(RAW, "omvoh_epar_p4.md")
    if not os.path.exists(md):
        open(md, "w", encoding="utf-8").write(git_show("open-vianu+llmtaskforce-emrd",
            "outputs/p4_md/EU-1-23-1736_public-assessment-report_20230608_20230608_omvoh-epar-public-assessment-report.md"))


def git_show(repo, path, rev="HEAD"):
    return subprocess.run(["git", "-C", f"{MIRROR}/{repo}/repo", "show", f"{rev}:{path}"],
                          capture_output=True, check=True).stdout.decode("utf-8")


def write(name, header, body):
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
        f.write(header.strip() + "\n\n" + body)
    print(name, len(header) + len(body))


# ---------------------------------------------------------------- leaflets (FSH)
class Div2Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.cur = ""
        self.row = None
        self.cell = None
        self.list_depth = 0

    def flush(self):
        t = re.sub(r"\s+", " ", self.cur).strip()
        if t:
            self.out.append(t)
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "div", "h1", "h2", "h3", "h4", "br"):
            if self.cell is not None:
                self.cell += " "
            elif self.cur.strip() != "-":
                self.flush()
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth += 1
        elif tag == "li":
            self.flush()
            self.cur = "  " * (self.list_depth - 1) + "- "
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("p", "div", "h1", "h2", "h3", "h4", "li"):
            if self.cell is None:
                self.flush()
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth = max(0, self.list_depth - 1)
        elif tag in ("td", "th"):
            if self.row is not None:
                self.row.append(re.sub(r"\s+", " ", self.cell or "").strip())
            self.cell = None
        elif tag == "tr":
            if self.row:
                self.out.append(" | ".join(self.row))
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
        else:
            if self.cur.strip().startswith("-") and not self.cur.endswith(" ") and self.cur.endswith("-"):
                self.cur += " "
            self.cur += data

    def text(self):
        self.flush()
        return self.out


def fsh_leaflet(name):
    src = git_show("joofio+test-epi-composition", f"input/fsh/examples/{name}.fsh")
    # English composition only: up to the second "Instance:" line
    parts = re.split(r"\n(?=Instance: )", src)
    en = [p for p in parts if p.startswith("Instance: composition-en-")][0]
    ident = re.search(r'identifier.value = "([^"]*)"', en).group(1)
    blocks = []
    for m in re.finditer(r'\* section\[[^\]]*\](?:\.section\[[^\]]*\])?\.?\s*\n\s*\* title =\s*"([^"]*)".*?text\.div = """(.*?)"""', en, re.S):
        title, div = m.group(1).strip(), m.group(2)
        p = Div2Text()
        p.feed(div)
        lines = [l for l in p.text() if l.strip() and l.strip() != "unavailable"]
        blocks.append((title, lines))
    out = []
    for title, lines in blocks:
        # drop a first line that only repeats the section title
        if lines and lines[0].strip().lower() == title.strip().lower():
            lines = lines[1:]
        out.append(title)
        out.extend(lines)
        out.append("")
    text = "\n".join(out)
    # the list of local representatives is garbled in the source (non-ASCII characters lost); cut it
    text = re.sub(r"(please contact the local representative of the Marketing Authorisation Holder[:.]\n).*?(?=\n(?:Other sources of information|This leaflet was last revised|Detailed information on this medicine)|\n\n)",
                  r"\1[...]", text, flags=re.S)
    return ident, text


# ---------------------------------------------------------------- PDF text joining
def crl(raw_txt, drop):
    t = open(os.path.join(RAW, raw_txt), encoding="utf-8").read()
    t = t.replace("\u00a0", " ").replace("\uf0b7", "•")
    lines = t.split("\n")
    # join lines globally using a length rule (letters are set at ~85-95 chars per line)
    out, buf, last = [], "", ""
    seen_appl = False
    for raw in lines:
        s = re.sub(r" {2,}", " ", raw.strip())
        if re.fullmatch(r"(BLA|NDA) \d{6}", s) and not seen_appl:
            seen_appl = True  # keep the letter's own heading, drop the later page headers
        elif any(re.fullmatch(d, s) for d in drop):
            continue
        if not s:
            if buf:
                out.append(buf)
                buf = ""
            continue
        if buf and len(last) >= 72 and not s.startswith("•") and not re.match(r"^\(\d+\) ", s):
            buf += " " + s
        else:
            if buf:
                out.append(buf)
            buf = s
        last = s
    if buf:
        out.append(buf)
    return "\n".join(out)


CRL_DROP = [r"Reference ID: \d+", r"U\.S\. Food and Drug Administration", r"Silver Spring,? MD\s+20993",
            r"www\.fda\.gov", r"Page \d+", r"(BLA|NDA) \d{6}", r"\(", r"\d"]


def build_crls():
    # mirikizumab
    body = crl("761279_2023_Orig1s000OtherActionLtrs.txt", CRL_DROP)
    body = body.replace("We have c ompleted", "We have completed").replace("We have c\nompleted", "We have completed")
    body = body.replace("\n(b) (4)", "\n[...]\n(b) (4)")
    write("03_fda_crl_bla761279_mirikizumab_lilly.txt",
          "FDA complete response letter (CDER Other Action Letters), BLA 761279, LY3074828 (mirikizumab) injection, Eli Lilly and Company, signed 03/30/2023 — source: GMPKit/fda-complete-response-letters, pdf-original-crl/761279_2023_Orig1s000OtherActionLtrs.pdf (text layer only; pages without a text layer are absent)",
          body)
    body = crl("761062_2019_Orig1s000OtherActionLtrs.txt", CRL_DROP)
    write("05_fda_crl_bla761062_romosozumab_amgen.txt",
          "FDA complete response letter (CDER Other Action Letters), BLA 761062, romosozumab (proposed proprietary name Evenity), Amgen Inc., signed 07/13/2017 — source: GMPKit/fda-complete-response-letters, pdf-original-crl/761062_2019_Orig1s000OtherActionLtrs.pdf",
          body)
    body = crl("761151_2023_Orig1s000OtherActionLtrs.txt", CRL_DROP)
    write("07_fda_crl_bla761151_bimekizumab_ucb.txt",
          "FDA complete response letter (CDER Other Action Letters), BLA 761151, UCB4940 (CDP4940; bimekizumab, proposed proprietary name Bimzelx), UCB, Inc., signed 05/12/2022 — source: GMPKit/fda-complete-response-letters, pdf-original-crl/761151_2023_Orig1s000OtherActionLtrs.pdf",
          body)
    body = crl("022561Orig1s000OtherActionLtrs.txt", CRL_DROP + [r"\(b\) \(4\)"])
    write("09_fda_crl_nda022561_cladribine_emd_serono.txt",
          "FDA complete response letter (CDER Other Action Letters), NDA 022561, cladribine tablets, EMD Serono, Inc., signed 02/28/2011 — source: GMPKit/fda-complete-response-letters, pdf-original-crl/022561Orig1s000OtherActionLtrs.pdf",
          body)


# ---------------------------------------------------------------- leaflets
def build_leaflets():
    for fn, name, what in [
        ("02_ema_leaflet_omvoh_mirikizumab.txt", "omvoh", "Omvoh (mirikizumab), Eli Lilly Nederland B.V."),
        ("04_ema_leaflet_evenity_romosozumab.txt", "evenity", "EVENITY (romosozumab), UCB Pharma S.A."),
        ("06_ema_leaflet_bimzelx_bimekizumab.txt", "bimzelx", "Bimzelx (bimekizumab), UCB Pharma S.A."),
        ("08_ema_leaflet_mavenclad_cladribine.txt", "mavenclad", "MAVENCLAD 10 mg tablets (cladribine), Merck Europe B.V."),
    ]:
        ident, body = fsh_leaflet(name)
        write(fn, f"EMA package leaflet (EU product information, English), {what}, {ident} — source: joofio/test-epi-composition, input/fsh/examples/{name}.fsh (English FHIR Composition)", body)


# ---------------------------------------------------------------- EPAR
def epar_clean(lines):
    out = []
    for l in lines:
        s = l.rstrip()
        if re.fullmatch(r"Assessment report", s.strip()) or re.fullmatch(r"EMA/197960/2023 Page \d+/207", s.strip()) or s.strip() == "-----":
            continue
        out.append(s)
    # drop blank lines, then re-join wrapped lines
    res = []
    prev = ""
    for s in out:
        st = s.strip()
        if not st:
            continue
        st = st.replace("**", "").replace("***", "")
        is_table = st.startswith("|")
        is_head = st.startswith("#")
        if is_head:
            st = re.sub(r"^#+\s*", "", st).strip()
            # split inline sub-headings such as "2.1. Problem statement 2.1.1. Disease or condition"
            res.append("")
            res.append(st)
            prev = ""
            continue
        if is_table:
            cells = [c.strip() for c in st.strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells if c):
                continue
            res.append(" | ".join(cells))
            prev = ""
            continue
        if prev and len(prev) >= 75 and (not prev.endswith((".", ":")) or st[:1].islower()):
            res[-1] = res[-1] + " " + st
        else:
            res.append(st)
        prev = st
    text = "\n".join(res)
    # inline bold-italic headings in the source (e.g. "... (see section 5.1). 1.2. Legal basis ...")
    text = re.sub(r"\s*\*?\*?\*(\d\.\d+\.(?:\d+\.)? [^*]+?)\s*\*+\s*", r"\n\n\1\n", text)
    text = text.replace("*", "")
    return text


def build_epar():
    src = open(os.path.join(RAW, "omvoh_epar_p4.md"), encoding="utf-8").read().split("\n")
    def rng(a, b):
        return src[a - 1:b]
    pieces = [rng(1, 6), ["[...]"], rng(354, 476), ["[...]"], rng(647, 736), ["[...]"], rng(8878, len(src))]
    body = []
    for p in pieces:
        if p == ["[...]"]:
            body.append("\n[...]\n")
        else:
            body.append(epar_clean(p))
    text = "\n".join(body)
    write("01_ema_epar_omvoh_mirikizumab_excerpt.txt",
          "EMA European public assessment report (CHMP assessment report), Omvoh (mirikizumab), EMA/197960/2023, procedure EMEA/H/C/005122/0000, 30 March 2023 — excerpt; source: open-vianu/llmtaskforce-emrd, outputs/p4_md/EU-1-23-1736_public-assessment-report_20230608_20230608_omvoh-epar-public-assessment-report.md",
          text)


# ---------------------------------------------------------------- Xenical SmPC (Annex I)
XEN_TABLE1 = """System organ class | Adverse reaction/event
Nervous system disorders | Very common: Headache
Respiratory, thoracic and mediastinal disorders | Very common: Upper respiratory infection
Respiratory, thoracic and mediastinal disorders | Common: Lower respiratory infection
Gastrointestinal disorders | Very common: Abdominal pain/discomfort; Oily spotting from the rectum; Flatus with discharge; Faecal urgency; Fatty/oily stool; Flatulence; Liquid stools; Oily evacuation; Increased defecation
Gastrointestinal disorders | Common: Rectal pain/discomfort; Soft stools; Faecal incontinence; Abdominal distension*; Tooth disorder; Gingival disorder
Renal and urinary disorders | Common: Urinary tract infection
Metabolism and nutrition disorders | Very common: Hypoglycemia*
Infections and infestations | Very common: Influenza
General disorders and administration site conditions | Common: Fatigue
Reproductive system and breast disorders | Common: Menstrual irregularity
Psychiatric disorders | Common: Anxiety"""

XEN_TABLE2 = """System organ class | Adverse reaction
Investigations | Increase in liver transaminases and in alkaline phosphatase. Decreased prothrombin, increased INR and unbalanced anticoagulant treatment resulting in variations of haemostatic parameters have been reported in patients treated with anticoagulants in association with orlistat (see section 4.4 and 4.5)
Gastrointestinal disorders | Rectal bleeding; Diverticulitis; Pancreatitis
Skin and subcutaneous tissue disorders | Bullous eruptions
Immune system disorders | Hypersensitivity (e.g. pruritus, rash, urticaria, angioedema, bronchospasm and anaphylaxis)
Hepatobiliary disorders | Cholelithiasis; Hepatitis that may be serious. Some fatal cases or cases requiring liver transplantation have been reported.
Renal and urinary disorders | Oxalate nephropathy that may lead to renal failure"""


def build_xenical():
    lines = open(os.path.join(RAW, "xenical_pi_en.txt"), encoding="utf-8").read().split("\n")
    # Annex I only
    start = next(i for i, l in enumerate(lines) if l.strip() == "ANNEX I")
    end = next(i for i, l in enumerate(lines) if l.strip() == "ANNEX II")
    lines = [l.strip() for l in lines[start:end]]
    text = "\n".join(lines)
    # the 4.7 sentence is placed before section 4.5 in the PDF text layer; move it back under 4.7
    s47 = "Xenical has no influence on the ability to drive and use machines."
    text = text.replace(s47 + "\n", "", 1)
    text = text.replace("4.7 Effects on ability to drive and use machines\n", "4.7 Effects on ability to drive and use machines\n\n" + s47 + "\n", 1)
    # rebuild the two tables (the PDF text layer lists the cells column by column)
    a = text.index("System organ class Adverse reaction/event")
    b = text.index("* only unique treatment adverse events")
    text = text[:a] + "@@T1@@\n\n" + text[b:]
    a = text.index("System organ class Adverse reaction\n")
    b = text.index("Reporting of suspected adverse reactions")
    text = text[:a] + "@@T2@@\n\n" + text[b:]
    # drop page numbers, join wrapped lines
    out, buf, last = [], "", ""
    for s in text.split("\n"):
        s = re.sub(r" {2,}", " ", s).strip()
        if re.fullmatch(r"\d{1,2}", s):
            continue
        if not s:
            if buf:
                out.append(buf)
                buf = ""
            out.append("")
            continue
        if buf and len(last) >= 85 and not s.startswith("- "):
            buf += " " + s
        else:
            if buf:
                out.append(buf)
            buf = s
        last = s
    if buf:
        out.append(buf)
    body = "\n".join(out).replace("@@T1@@", XEN_TABLE1).replace("@@T2@@", XEN_TABLE2)
    write("10_ema_smpc_xenical_orlistat.txt",
          "EU Summary of Product Characteristics (EMA EPAR product information, Annex I), Xenical 120 mg hard capsules (orlistat), CHEPLAPHARM Arzneimittel GmbH, EU/1/98/071/001-006 — source: hl7-eu/gravitate-health, source-data/epi/xenical-epar-product-information_en.pdf (text layer via pypdf; Annexes II-IIIB not included)",
          body)



if __name__ == "__main__":
    extract_raw()
    build_epar()
    build_leaflets()
    build_crls()
    build_xenical()
