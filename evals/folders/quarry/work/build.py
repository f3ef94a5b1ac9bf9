#!/usr/bin/env python3
"""Build quarry/docs from mirrored public repositories (layout-only conversion)."""
import re, html, subprocess, os, xml.etree.ElementTree as ET
OUT = "/work/s32/blind/quarry/docs"
os.makedirs(OUT, exist_ok=True)

def git_show(repo, path, rev="HEAD"):
    return subprocess.run(["git", "-C", repo, "show", f"{rev}:{path}"], capture_output=True, check=True).stdout.decode("utf-8")

BUL = "/work/.mirror/zhigehe+bulwark/repo"

def md_to_txt(md, cut_patterns=()):
    # drop Hugo front matter, keep title
    m = re.match(r"---\n(.*?)\n---\n", md, re.S)
    title = ""
    if m:
        t = re.search(r'^title:\s*"(.*)"', m.group(1), re.M)
        title = t.group(1) if t else ""
        md = md[m.end():]
    def fw(block):
        rows = []
        for r in block.group(1).split("\n"):
            if not r.strip() or set(r.strip()) <= set("- "):
                continue
            cells = [c.strip() for c in re.split(r"\s{2,}", r.strip())]
            cells = [c for c in cells if c and c != "$"]
            rows.append(" | ".join(cells))
        return "\n".join(rows)
    md = re.sub(r"```\n(.*?)```", fw, md, flags=re.S)
    lines = []
    for ln in md.split("\n"):
        s = ln.rstrip()
        if re.match(r"^\s*\|?\s*-{3,}", s) and set(s.replace("|", "").replace("-", "").replace(" ", "")) == set():
            continue  # table separator row
        if s.strip().startswith("|"):
            cells = [c.strip() for c in s.strip().strip("|").split("|")]
            cells = [c for c in cells if c not in ("",)]
            s = " | ".join(cells)
        s = re.sub(r"\[([^\]]+)\]\((?:[^)]+)\)", r"\1", s)   # links -> anchor text
        s = s.replace("\\*", "*")
        s = re.sub(r"\*\*\*|\*\*", "", s)
        s = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)", r"\1", s)  # italics
        s = re.sub(r"^(\s*)\* ", r"\1- ", s)
        s = re.sub(r"^(\s*)\+ ", r"\1- ", s)
        s = s.replace("```", "")
        lines.append(s)
    txt = "\n".join(lines).replace("\xa0", " ")
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    for pat, rep in cut_patterns:
        assert re.search(pat, txt, re.S), pat
        txt = re.sub(pat, rep, txt, flags=re.S)
    return title, txt

def write(name, header, body):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header.rstrip() + "\n\n" + body)

# ---- press releases (zhigehe/bulwark) ----
PR = [
 ("01_pressrelease_arrowhead_fq1_2025_sarepta_licence.txt",
  "content/en/news/tradingview/DJN_DN202502100093750.en.md",
  "Company press release (quarterly results and licensing deal update) - Arrowhead Pharmaceuticals, Inc., fiscal 2025 first quarter, Business Wire, February 10, 2025 (via zhigehe/bulwark)",
  [(r"\n[^\n]*Overall, plozasiran has been generally well-tolerated to date\.[^\n]*\n", "\n[...]\n"), (r" Across clinical studies and study populations, the most frequently reported treatment emergent adverse events for the 25 mg dose were COVID-19[^\n]*", "\n[...]"), (r"\nThis news release contains forward-looking statements[^\n]*\n", "\n[...]\n")]),
 ("02_pressrelease_arvinas_q4_2024_corporate_update.txt",
  "content/en/news/tradingview/tagreuters.com,2025-02-11newsml_GNX2TwXt0.en.md",
  "Company press release (full-year results and corporate update: Pfizer collaboration, Novartis licence) - Arvinas, Inc., GLOBE NEWSWIRE, February 11, 2025 (via zhigehe/bulwark)", []),
 ("03_pressrelease_crispr_therapeutics_q4_2024_business_update.txt",
  "content/en/news/tradingview/tagreuters.com,2025-02-11newsml_GNXbVFHrH0.en.md",
  "Company press release (business update and results: Vertex collaboration, NKure partnership) - CRISPR Therapeutics AG, GLOBE NEWSWIRE, February 11, 2025 (via zhigehe/bulwark)", []),
 ("04_pressrelease_agios_q4_2024_results_royalty_monetization.txt",
  "content/en/news/tradingview/tagreuters.com,2025-02-13newsml_GNX87N9N40.en.md",
  "Company press release (full-year results; vorasidenib royalty monetization and milestone) - Agios Pharmaceuticals, Inc., GLOBE NEWSWIRE, February 13, 2025 (via zhigehe/bulwark)", []),
 ("05_pressrelease_springworks_gomekli_fda_approval.txt",
  "content/en/news/tradingview/tagreuters.com,2025-02-12newsml_GNX48KsBm0.en.md",
  "Company press release (FDA approval with important safety information) - SpringWorks Therapeutics, Inc., GOMEKLI (mirdametinib), GLOBE NEWSWIRE, February 11, 2025 (via zhigehe/bulwark)", []),
("10_pressrelease_enanta_fq1_2025_royalty_sale.txt",
  "content/en/news/tradingview/DJN_DN202502100093660.en.md",
  "Company press release (quarterly results; retained royalties and royalty sale to OMERS) - Enanta Pharmaceuticals, Inc., fiscal 2025 first quarter, Business Wire, February 10, 2025 (via zhigehe/bulwark)",
  [(r" and to a lesser extent, a decrease in costs associated with Enanta's COVID-19 program[^\n]*", " [...]"),
   (r"\n- On February 3,.2025, Enanta filed a notice of appeal[^\n]*\n", "\n[...]\n")]),
]
for name, path, header, cuts in PR:
    title, body = md_to_txt(git_show(BUL, path), cuts)
    write(name, header, title + "\n\n" + body)

# ---- SEC 8-K exhibit 99.1 (dgunning/edgartools data/html/BeyondAir.html) ----
EDG = "/work/.mirror/dgunning+edgartools/repo"
h = git_show(EDG, "data/html/BeyondAir.html")
h = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
h = re.sub(r"\s*\n\s*", " ", h)
h = re.sub(r"(?i)<br\s*/?>", "\n", h)
h = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", h)
h = re.sub(r"(?i)</t[dh]>", " | ", h)
h = re.sub(r"<[^>]+>", "", h)
h = html.unescape(h).replace("\xa0", " ")
out = []
for ln in h.split("\n"):
    ln = re.sub(r"[ \t]+", " ", ln).strip()
    ln = re.sub(r"(\s*\|\s*)+$", "", ln)
    ln = re.sub(r"^(\|\s*)+", "", ln)
    ln = re.sub(r"(\s*\|\s*){2,}", " | ", ln)
    if ln:
        out.append(ln)
write("06_sec8k_ex99-1_beyond_cancer_lv_uno_phase1b.txt",
      "SEC filing exhibit (Form 8-K Exhibit 99.1 press release) - Beyond Air, Inc. / Beyond Cancer, Ltd., December 3, 2024 (via dgunning/edgartools data/html/BeyondAir.html)",
      "\n".join(out) + "\n")

# ---- EMA package leaflets (joofio/test-epi-composition, FHIR FSH) ----
EPI = "/work/.mirror/joofio+test-epi-composition/repo"
def div_to_text(d):
    d = re.sub(r"(?is)<table.*?</table>", lambda m: table_rows(m.group(0)), d)
    d = re.sub(r"(?i)<br\s*/?>", "\n", d)
    d = re.sub(r"(?i)<li[^>]*>", "\n- ", d)
    d = re.sub(r"(?i)</(p|div|li|h\d|ul|ol)>", "\n", d)
    d = re.sub(r"<[^>]+>", "", d)
    d = html.unescape(d).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in d.split("\n")]
    return "\n".join(l for l in lines if l)
def table_rows(t):
    rows = []
    for tr in re.findall(r"(?is)<tr.*?</tr>", t):
        cells = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", c))).strip() for c in re.findall(r"(?is)<t[dh][^>]*>(.*?)</t[dh]>", tr)]
        cells = [c for c in cells if c]
        if cells:
            rows.append(" | ".join(cells))
    return "\n" + "\n".join(rows) + "\n"
def fsh_leaflet(path):
    s = git_show(EPI, path)
    insts = [m.start() for m in re.finditer(r"^Instance:", s, re.M)]
    s = s[insts[0]:insts[1]] if len(insts) > 1 else s   # first (English) composition only
    ident = re.search(r'identifier.value = "([^"]+)"', s).group(1)
    parts = []
    for m in re.finditer(r'\* section\[[^\]]*\](?:\.section\[\+\])*\.?\s*\n\s*\* title\s*=\s*"(.*?)"(.*?)(?=\n\* section\[|\Z)', s, re.S):
        title, rest = m.group(1), m.group(2)
        if title.startswith("B. ") or title.startswith("TEST PURPOSES"):
            continue
        dm = re.search(r'text\.div = """(.*?)"""', rest, re.S)
        body = div_to_text(re.sub(r"\s*\n\s*", " ", dm.group(1))) if dm else ""
        if body.strip().lower() == "unavailable":
            body = ""
        parts.append(re.sub(r"\s+", " ", title.strip()) + ("\n" + body if body else ""))
    return ident, "\n\n".join(parts) + "\n"
for name, path, header in [
    ("07_ema_package_leaflet_casgevy_exagamglogene.txt", "input/fsh/examples/casgevy.fsh",
     "EMA product information - package leaflet (English), CASGEVY (exagamglogene autotemcel), via joofio/test-epi-composition (FHIR ePI test composition)"),
    ("08_ema_package_leaflet_pyrukynd_mitapivat.txt", "input/fsh/examples/pyrukynd.fsh",
     "EMA product information - package leaflet (English), PYRUKYND (mitapivat), via joofio/test-epi-composition (FHIR ePI test composition)")]:
    ident, body = fsh_leaflet(path)
    write(name, header + f"; EU number {ident}", body)

# ---- ClinicalTrials.gov record (hantswilliams/clinicaltrials_trec_2022 data/sample) ----
CT = "/work/.mirror/hantswilliams+clinicaltrials_trec_2022/repo"
x = ET.fromstring(git_show(CT, "data/sample/NCT05380986.xml"))
def tx(e):
    return re.sub(r"[ \t]+", " ", (e.text or "").replace("\r", "")).strip() if e is not None else ""
L = []
def f(label, path):
    e = x.find(path)
    if e is not None and tx(e):
        L.append(f"{label}: {tx(e)}")
L.append("ClinicalTrials.gov record " + tx(x.find("id_info/nct_id")))
L.append(tx(x.find("required_header/download_date")))
f("NCT Number", "id_info/nct_id"); f("Org Study ID", "id_info/org_study_id")
f("Brief Title", "brief_title"); f("Official Title", "official_title")
f("Lead Sponsor", "sponsors/lead_sponsor/agency"); f("Sponsor Class", "sponsors/lead_sponsor/agency_class")
f("Source", "source")
f("Has DMC", "oversight_info/has_dmc"); f("FDA-regulated Drug", "oversight_info/is_fda_regulated_drug"); f("FDA-regulated Device", "oversight_info/is_fda_regulated_device")
L.append("\nBrief Summary:"); L.append(tx(x.find("brief_summary/textblock")))
L.append("\nDetailed Description:"); L.append(re.sub(r"\n\s*\n+", "\n", tx(x.find("detailed_description/textblock"))))
L.append("")
f("Overall Status", "overall_status"); f("Start Date", "start_date"); f("Completion Date", "completion_date")
f("Primary Completion Date", "primary_completion_date"); f("Phase", "phase"); f("Study Type", "study_type")
f("Has Expanded Access", "has_expanded_access")
f("Allocation", "study_design_info/allocation"); f("Intervention Model", "study_design_info/intervention_model")
f("Primary Purpose", "study_design_info/primary_purpose"); f("Masking", "study_design_info/masking")
for i, o in enumerate(x.findall("primary_outcome"), 1):
    L.append(f"\nPrimary Outcome {i}:"); L.append("Measure: " + tx(o.find("measure"))); L.append("Time Frame: " + tx(o.find("time_frame")))
    if o.find("description") is not None: L.append("Description: " + tx(o.find("description")))
for i, o in enumerate(x.findall("secondary_outcome"), 1):
    L.append(f"\nSecondary Outcome {i}:"); L.append("Measure: " + tx(o.find("measure"))); L.append("Time Frame: " + tx(o.find("time_frame")))
    if o.find("description") is not None: L.append("Description: " + tx(o.find("description")))
L.append("")
f("Number of Arms", "number_of_arms"); f("Enrollment", "enrollment")
e = x.find("enrollment"); 
if e is not None: L.append("Enrollment Type: " + e.get("type", ""))
for c in x.findall("condition"): L.append("Condition: " + tx(c))
for a in x.findall("arm_group"):
    L.append("\nArm Group Label: " + tx(a.find("arm_group_label"))); L.append("Arm Group Type: " + tx(a.find("arm_group_type")))
    if a.find("description") is not None: L.append("Arm Description: " + tx(a.find("description")))
for it in x.findall("intervention"):
    L.append("\nIntervention Type: " + tx(it.find("intervention_type"))); L.append("Intervention Name: " + tx(it.find("intervention_name")))
    if it.find("description") is not None: L.append("Intervention Description: " + tx(it.find("description")))
    for al in it.findall("arm_group_label"): L.append("Intervention Arm Group Label: " + tx(al))
L.append("\nEligibility Criteria:"); L.append(re.sub(r"\n\s*\n+", "\n", tx(x.find("eligibility/criteria/textblock"))))
f("Gender", "eligibility/gender"); f("Minimum Age", "eligibility/minimum_age"); f("Maximum Age", "eligibility/maximum_age"); f("Healthy Volunteers", "eligibility/healthy_volunteers")
for oc in x.findall("overall_official"):
    L.append("\nOverall Official: " + tx(oc.find("last_name")) + "; Role: " + tx(oc.find("role")) + "; Affiliation: " + tx(oc.find("affiliation")))
for c in x.findall("overall_contact"):
    L.append("Central Contact: " + tx(c.find("last_name")) + "; Phone: " + tx(c.find("phone")) + "; Email: " + tx(c.find("email")))
for loc in x.findall("location"):
    fac = loc.find("facility")
    L.append("\nLocation Facility: " + tx(fac.find("name")))
    L.append("Location City: " + tx(fac.find("address/city")) + "; State: " + tx(fac.find("address/state")) + "; Zip: " + tx(fac.find("address/zip")) + "; Country: " + tx(fac.find("address/country")))
    f2 = loc.find("status"); 
    if f2 is not None: L.append("Location Status: " + tx(f2))
    for inv in loc.findall("investigator"): L.append("Location Investigator: " + tx(inv.find("last_name")) + "; Role: " + tx(inv.find("role")))
for c in x.findall("location_countries/country"): L.append("Location Country: " + tx(c))
f("Verification Date", "verification_date"); f("Study First Submitted", "study_first_submitted"); f("Study First Submitted QC", "study_first_submitted_qc")
f("Study First Posted", "study_first_posted"); f("Last Update Submitted", "last_update_submitted"); f("Last Update Posted", "last_update_posted")
f("Responsible Party Type", "responsible_party/responsible_party_type")
f("Responsible Investigator", "responsible_party/investigator_full_name"); f("Investigator Affiliation", "responsible_party/investigator_affiliation"); f("Investigator Title", "responsible_party/investigator_title")
for k in x.findall("keyword"): L.append("Keyword: " + tx(k))
for k in x.findall("intervention_browse/mesh_term"): L.append("Intervention MeSH Term: " + tx(k))
for k in x.findall("condition_browse/mesh_term"): L.append("Condition MeSH Term: " + tx(k))
f("IPD Sharing", "patient_data/sharing_ipd")
body = "\n".join(L) + "\n"
body = body.replace("&#xD;", "")
write("09_ctgov_NCT05380986_camrelizumab_apatinib_rws.txt",
      "Clinical trial registry record - ClinicalTrials.gov NCT05380986 (legacy XML, processed May 09, 2023), via hantswilliams/clinicaltrials_trec_2022 data/sample/NCT05380986.xml", body)
print("done")
