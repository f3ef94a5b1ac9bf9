#!/usr/bin/env python3
"""Build docs/ for the lagoon folder from the raw copies in work/raw/ (see SOURCES.md)."""
import re, subprocess, os
W = os.path.dirname(os.path.abspath(__file__)); R = os.path.join(W, "raw"); D = os.path.join(W, "..", "docs")
os.makedirs(D, exist_ok=True)

def write(name, text):
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    open(os.path.join(D, name), "w", encoding="utf-8").write(text)
    print(name, len(text))

# 01 EMA CHMP assessment report (EPAR) Bronchitol, excerpt
lines = open(os.path.join(R, "bronchitol_epar_azdi.md"), encoding="utf-8").read().split("\n")
ranges = [(3, 12), (441, 637), (1035, 1046), (1880, 2017), (3215, 3334), (4834, 5024),
          (7774, 7926), (9465, 9563), (9952, 10158)]
chunks = []
for a, b in ranges:
    seg = [l for l in lines[a-1:b] if not re.match(r"^(Bronchitol CHMP assessment report EMA/CHMP/435462/2012|Bronchitol|CHMP assessment report EMA/CHMP/435462/2012|Page \d+/126)\s*$", l.strip())]
    chunks.append("\n".join(seg).strip())
hdr = "EMA CHMP assessment report (EPAR public assessment report) — Bronchitol (mannitol), procedure EMEA/H/C/001252, CHMP/EMA 2012 — excerpt; source: open-vianu/llmtaskforce-emrd (text conversion of the EMA PDF)"
write("01_ema-assessment-report_bronchitol_mannitol_excerpt.txt", hdr + "\n\n" + "\n\n[...]\n\n".join(chunks))

# 02 FDA complete response letters, NDA 202049 (PDF text layer)
import pypdf
r = pypdf.PdfReader(os.path.join(R, "crl_202049.pdf"))
pages = []
for i, p in enumerate(r.pages):
    t = p.extract_text()
    if not t.strip():
        if not pages or pages[-1] != "[...]":
            pages.append("[...]")
        continue
    ls = [l.rstrip() for l in t.split("\n")]
    out = []
    for j, l in enumerate(ls):
        s = l.strip()
        if re.match(r"^(Reference ID: \d+|NDA 202049|Page \d+|U\.S\. Food and Drug Administration|Silver Spring, MD 20993|www\.fda\.gov)$", s) and i > 0 and j < 6:
            continue
        if re.match(r"^(Reference ID: \d+)$", s):
            continue
        out.append(s)
    pages.append("\n".join(out))
txt = "\n".join(pages)
open(os.path.join(R, "crl_202049_raw.txt"), "w").write("\n\n=====PAGE=====\n\n".join(p.extract_text() for p in r.pages))
hdr = "FDA complete response letters (CDER \"Other Action Letters\") — NDA 202049, Bronchitol (mannitol inhalation powder), to Pharmaxis Ltd. and Chiesi USA, Inc.; source: GMPKit/fda-complete-response-letters (original FDA PDF)"
write("02_fda-complete-response-letters_nda202049_bronchitol.txt", hdr + "\n\n" + txt)

# 04 FDA guidance: HF engineering principles for combination products (PDF-to-markdown text, reflowed)
g = open(os.path.join(R, "fda_guidance_hf_combination.md"), encoding="utf-8").read()
g = re.sub(r"(?s)^---\n.*?\n---\n", "", g)
paras = re.split(r"\n[ \t\u00a0]*\n", g)
out = []
for p in paras:
    ls = [l.strip() for l in p.split("\n") if l.strip() and not l.strip().startswith("|")]
    if not ls:
        continue
    s = " ".join(ls)
    s = re.sub(r"\s+", " ", s).strip()
    if s in ("Contains Nonbinding Recommendations",) or re.fullmatch(r"\d{1,2}", s) or re.fullmatch(r"i+|iv|v", s):
        continue
    out.append(s)
gtxt = "\n\n".join(out)
# drop the table of contents (dotted leaders)
gtxt = re.sub(r"(?s)Table of Contents.*?(?=Contains Nonbinding Recommendations Application of Human Factors|Application of Human Factors Engineering Principles for Combination Products: Questions and Answers Guidance for Industry and FDA Staff This guidance represents)", "[...]\n\n", gtxt)
hdr = "FDA guidance for industry and FDA staff — Application of Human Factors Engineering Principles for Combination Products: Questions and Answers (September 2023; docket FDA-2015-D-4848); source: henry-1981/Cowork-RA (text conversion of the FDA PDF)"
write("04_fda-guidance_human-factors-combination-products.txt", hdr + "\n\n" + gtxt)

# 03, 06, 09 EMA package leaflets (ePI FSH) and 05, 07, 08 ClinicalTrials.gov records
def run(*a):
    subprocess.run(["python3", *a], check=True, stdout=subprocess.DEVNULL)
run(os.path.join(W, "fsh2txt.py"), os.path.join(R, "bronchitol.fsh"), os.path.join(D, "03_ema-package-leaflet_bronchitol_mannitol.txt"),
    "EMA package leaflet (EU product information, Annex III B, English) — Bronchitol 40 mg inhalation powder, hard capsules (mannitol); source: joofio/test-epi-composition (ePI FSH composition of the EMA leaflet)")
run(os.path.join(W, "fsh2txt.py"), os.path.join(R, "victoza.fsh"), os.path.join(D, "06_ema-package-leaflet_victoza_liraglutide.txt"),
    "EMA package leaflet (EU product information, Annex III B, English) — Victoza (liraglutide) 6 mg/mL solution for injection in pre-filled pen; source: joofio/test-epi-composition (ePI FSH composition of the EMA leaflet)")
run(os.path.join(W, "fsh2txt.py"), os.path.join(R, "tobi.fsh"), os.path.join(D, "09_ema-package-leaflet_tobi-podhaler_tobramycin.txt"),
    "EMA package leaflet (EU product information, Annex III B, English) — TOBI Podhaler 28 mg inhalation powder, hard capsules (tobramycin); source: joofio/test-epi-composition (ePI FSH composition of the EMA leaflet)")
run(os.path.join(W, "ctgov_xml2txt.py"), os.path.join(R, "NCT01620489.xml"), os.path.join(D, "05_ctgov_NCT01620489_liraglutide_moderate-renal-impairment.txt"),
    "ClinicalTrials.gov study record NCT01620489 (Novo Nordisk, liraglutide vs placebo in type 2 diabetes with moderate renal impairment; legacy XML as processed May 25, 2017) converted to Label: value lines; source: aidabaxhaku/trialverse-ctgov-import")
run(os.path.join(W, "ctgov_xml2txt.py"), os.path.join(R, "NCT00857584.xml"), os.path.join(D, "08_ctgov_NCT00857584_quetiapine-xr-vs-sertraline_bipolar-depression.txt"),
    "ClinicalTrials.gov study record NCT00857584 (AstraZeneca, quetiapine XR vs sertraline add-on in acute bipolar depression; legacy XML as processed May 23, 2017) converted to Label: value lines; source: aidabaxhaku/trialverse-ctgov-import")
arrow = os.path.join(D, "07_ctgov-results_NCT02028676_arrow_paediatric-hiv-art.txt")
run(os.path.join(W, "ctgov_xml2txt.py"), os.path.join(R, "NCT02028676.xml"), arrow,
    "ClinicalTrials.gov study record with results NCT02028676 (ARROW; Medical Research Council; legacy XML as processed May 11, 2018) converted to Label: value lines — excerpt; source: ctti-clinicaltrials/aact", "3")
t = open(arrow, encoding="utf-8").read()
# cut the long per-term adverse-event listings (keep the totals)
t = re.sub(r"(?s)(#### Serious events\n.*?#### Category\nTitle: Total\n.*?)(\n#### Category\n.*?)(\n### Certain agreements)", r"\1\n\n[...]\n\3", t)
write(os.path.basename(arrow), t)
