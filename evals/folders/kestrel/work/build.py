#!/usr/bin/env python3
"""Build docs/ for the kestrel folder from stored public snapshots (see SOURCES.md)."""
import re, subprocess, html, os
OUT = "/work/s26/blind/kestrel/docs"
CUAD_REPO = "/work/.mirror/maastrichtlawtech+law3027-advanced-legal-analytics/repo"
EPI_REPO = "/work/.mirror/joofio+test-epi-composition/repo"
AACT_REPO = "/work/.mirror/ctti-clinicaltrials+aact/repo"
CUAD = "data/CUAD_v1/full_contract_txt/"

def git_show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], capture_output=True, check=True).stdout.decode("utf-8")

def clean_cuad(src, extra_split=False):
    keep = []
    for ln in src.split("\n"):
        s = ln.strip()
        if s.startswith("Source: ") or s in ("License and Development Agreement", "CONFIDENTIAL"):
            continue
        if re.fullmatch(r"(-?[ivx]+-?|-?\d{1,3}-?|Page \d+( of \d+)?)", s):
            continue
        keep.append(s)
    text = "\n".join(keep)
    blocks = [re.sub(r"\s*\n\s*", " ", b).strip() for b in re.split(r"\n\s*\n", text)]
    out = "\n\n".join(b for b in blocks if b)
    out = re.sub(r"(?<=[.;:\]\)]) +(?=(ARTICLE [0-9IVX]+\b|\d{1,2}\.\d{1,2}(\.\d{1,2})? +[A-Z(\[]|\(\w{1,3}\) +[A-Z\[]))", "\n\n", out)
    out = re.sub(r'(?<=[.\]]) +(?="[A-Z][^"]{0,80}" (means|has|shall|or|and|refers))', "\n\n", out)
    out = re.sub(r"(?<=[A-Z]{3}) (?=\d{1,2}\.1 [A-Z])", "\n\n", out)
    if extra_split:  # numbering style "3.1. Heading" / "3. Heading"
        out = re.sub(r"(?<=\S)(?<!Article)(?<!Section)(?<!Articles)(?<!Sections) (?=\d{1,2}\.\d{1,2}\.(\d{1,2}\.)? [A-Z])", "\n\n", out)
        out = re.sub(r"(?<=[.:;)a-z0-9%]) (?=\d{1,2}\. [A-Z][a-z])", "\n\n", out)
    # page numbers left at paragraph ends
    out = re.sub(r"(?<=[.;:\]\)]) \d{1,2}$", "", out, flags=re.M)
    out = re.sub(r"[ \t]+", " ", out)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()

def cut(text, ranges):
    """ranges: list of (start_regex, end_regex_or_None); end is exclusive. Joins with [...]"""
    parts = []
    for a, b in ranges:
        i = re.search(a, text, flags=re.M).start()
        j = re.search(b, text[i+1:], flags=re.M).start() + i + 1 if b else len(text)
        parts.append(text[i:j].strip())
    return "\n\n[...]\n\n".join(parts)

def write(name, header, body):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header.strip() + "\n\n" + body.strip() + "\n")

# ---------- 01 SIGA / Meridian promotion agreement
t = clean_cuad(git_show(CUAD_REPO, CUAD + "SigaTechnologiesInc_20190603_8-K_EX-10.1_11695818_EX-10.1_Promotion Agreement.txt"))
body = cut(t, [(r"^Exhibit 10\.1 Certain portions", r"^TABLE OF CONTENTS PAGE"),
               (r"^PROMOTION AGREEMENT This", r"^ARTICLE 3$"),
               (r"^ARTICLE 4$", r"^ARTICLE 7$"),
               (r"^10\.4 Publicity", r"^10\.5 "),
               (r"^ARTICLE 11$", r"^ARTICLE 12$"),
               (r"^12\.2 Governing Law", r"^12\.3 "),
               (r"^13\.3 Notices", r"^13\.4 "),
               (r"^EXHIBIT A PERMITTED", r"^SCHEDULE 3$")])
write("01_ex10_siga_meridian_tpoxx_promotion_agreement.txt",
      "SEC EXHIBIT 10.1 (SIGA Technologies, Inc. Form 8-K filed June 3, 2019) - PROMOTION AGREEMENT between SIGA Technologies, Inc. and Meridian Medical Technologies, Inc., a Pfizer company (TPOXX / tecovirimat) - excerpt. Source: CUAD v1 (SEC EDGAR exhibit).", body)

# ---------- 03 Xencor / Aimmune licence + 04 press releases
t = clean_cuad(git_show(CUAD_REPO, CUAD + "AimmuneTherapeuticsInc_20200205_8-K_EX-10.3_11967170_EX-10.3_Development Agreement.txt"))
body = cut(t, [(r"^Exhibit 10\.3", r"^TABLE OF CONTENTS|^ARTICLE 1 Definitions"),
               (r"^LICENSE, DEVELOPMENT AND COMMERCIALIZATION AGREEMENT$", r"^1\.1 "),
               (r"^1\.10 ", r"^1\.11 "), (r"^1\.15 ", r"^1\.17 "), (r"^1\.28 ", r"^1\.29 "), (r"^1\.31 ", r"^1\.32 "),
               (r"^1\.45 ", r"^1\.47 "), (r"^1\.50 ", r"^1\.51 "), (r"^1\.60 ", r"^1\.61 "), (r"^1\.68 ", r"^1\.69 "),
               (r"^ARTICLE 2 LICENSES", r"^2\.2 "),
               (r"^ARTICLE 3 DEVELOPMENT", r"^3\.4 "),
               (r"^ARTICLE 5 COMMERCIALIZATION", r"^5\.3 "),
               (r"^ARTICLE 6 SUPPLY", r"^ARTICLE 8 "),
               (r"^8\.5 Late Payments", r"^ARTICLE 9 "),
               (r"^11\.5 Insurance", r"^ARTICLE 12 "),
               (r"^ARTICLE 13 TERM", r"^ARTICLE 14 "),
               (r"^15\.13 Governing Law", r"^15\.14 ")])
write("03_ex10_xencor_aimmune_aimab7195_license_agreement.txt",
      "SEC EXHIBIT 10.3 (Aimmune Therapeutics, Inc. Form 8-K filed February 5, 2020) - LICENSE, DEVELOPMENT AND COMMERCIALIZATION AGREEMENT between Xencor, Inc. and Aimmune Therapeutics, Inc. (XmAb7195) - excerpt. Source: CUAD v1 (SEC EDGAR exhibit).", body)
pr = cut(t, [(r"^Distribution on Wednesday", None)])
pr = re.sub(r"\n\nContacts\n\nCharles Liles", "\n\nContacts\n\nCharles Liles", pr)
write("04_press_release_aimmune_xencor_aimab7195_license.txt",
      "PRESS RELEASES (Aimmune Therapeutics and Xencor, February 5, 2020) announcing the XmAb7195 licence - as attached to the licence agreement as Schedule 12.2 \"Initial Press Release\" (Exhibit 10.3 to Aimmune Form 8-K). Source: CUAD v1 (SEC EDGAR exhibit).", pr)

# ---------- 06 NLS / Eurofarma licence (mazindol)
t = clean_cuad(git_show(CUAD_REPO, CUAD + "NlsPharmaceuticsLtd_20200228_F-1_EX-10.14_12029046_EX-10.14_Development Agreement.txt"), extra_split=True)
# milestone and royalty tables: one row per line, cells separated by " | " (wording unchanged)
t = re.sub(r" (USD [\d']+)(?= Upon| \n|\n|$)", r" | \1\n", t)
t = re.sub(r"\n(\d\.\d\.\d\. [A-Za-z ()]+?) (?=Upon )", r"\n\1\n", t)
t = t.replace("Royalty in Percent of Net Sales under 10 million 7% 10 million to < 20 million 8% 20 million to < 30 million 9% 30 million and above 10% Royalty payments",
              "Annual Net Sales | Royalty in Percent of Net Sales\nunder 10 million | 7%\n10 million to < 20 million | 8%\n20 million to < 30 million | 9%\n30 million and above | 10%\n\nRoyalty payments")
t = re.sub(r"\n +", "\n", t)
body = cut(t, [(r"^Exhibit 10\.14", r"^License and Development Agreement$|^Table of Content"),
               (r"^WHEREAS A\.", r"^Table of Appendices|^Appendix A")])
write("06_ex10_nls_eurofarma_mazindol_license_development.txt",
      "SEC EXHIBIT 10.14 (NLS Pharmaceutics Ltd. Form F-1 filed February 28, 2020) - LICENSE AND DEVELOPMENT AGREEMENT between NLS-1 Pharma AG and Eurofarma Laboratorios S.A. regarding Nolazol (Mazindol CR) in ADHD - Latin America. Source: CUAD v1 (SEC EDGAR exhibit).", body)

# ---------- 07 Eton / Aucta
t = clean_cuad(git_show(CUAD_REPO, CUAD + "EtonPharmaceuticalsInc_20191114_10-Q_EX-10.1_11893941_EX-10.1_Development Agreement.txt"), extra_split=True)
write("07_ex10_eton_aucta_exclusive_license_product_development.txt",
      "SEC EXHIBIT 10.1 (Eton Pharmaceuticals, Inc. Form 10-Q filed November 14, 2019) - EXCLUSIVE LICENSE AND PRODUCT DEVELOPMENT AGREEMENT between Eton Pharmaceuticals, Inc. and Aucta Pharmaceuticals, Inc. Source: CUAD v1 (SEC EDGAR exhibit).", t)

# ---------- 08 Kitov / Dexcel
t = clean_cuad(git_show(CUAD_REPO, CUAD + "KitovPharmaLtd_20190326_20-F_EX-4.15_11584449_EX-4.15_Manufacturing Agreement.txt"), extra_split=True)
t = t.replace("Strength Pack Size Supply Price/Pack (in US Dollars) 200/10mg Bottle **** tablets **** 200/10mg Bottle **** tablets **** 200/5mg Bottle **** tablets **** 200/5mg Bottle **** tablets **** 200/2.5mg Bottle **** tablets **** 200/2.5mg Bottle **** tablets ****",
              "Strength | Pack Size | Supply Price/Pack (in US Dollars)\n200/10mg | Bottle **** tablets | ****\n200/10mg | Bottle **** tablets | ****\n200/5mg | Bottle **** tablets | ****\n200/5mg | Bottle **** tablets | ****\n200/2.5mg | Bottle **** tablets | ****\n200/2.5mg | Bottle **** tablets | ****")
write("08_ex4_kitov_dexcel_consensi_manufacturing_agreement.txt",
      "SEC EXHIBIT 4.15 (Kitov Pharma Ltd. Form 20-F filed March 26, 2019) - PRODUCT MANUFACTURING AGREEMENT between Dexcel Ltd. and Kitov Pharma Ltd. Source: CUAD v1 (SEC EDGAR exhibit).", t)

# ---------- 09 NeuroBo / Dong-A
t = clean_cuad(git_show(CUAD_REPO, CUAD + "NeuroboPharmaceuticalsInc_20190903_S-4_EX-10.36_11802165_EX-10.36_Manufacturing Agreement_ Supply Agreement.txt"), extra_split=True)
write("09_ex10_dong-a_neurobo_da-9801_manufacturing_supply.txt",
      "SEC EXHIBIT 10.36 (NeuroBo Pharmaceuticals, Inc. Form S-4 filed September 3, 2019) - MANUFACTURING AND SUPPLY AGREEMENT (DA-9801 Licensed Products) between Dong-A ST Co., Ltd. and NeuroBo Pharmaceuticals, Inc. Source: CUAD v1 (SEC EDGAR exhibit).", t)

# ---------- EMA ePI leaflets (English composition only)
def epi_text(fsh):
    en = fsh.split("Instance: composition-en-")[1].split("\nInstance: ")[0]
    lines = []
    ident = re.search(r'identifier\.value = "([^"]+)"', en).group(1)
    lines.append("EU number: " + ident)
    for m in re.finditer(r'\* title = +"([^"]*)"|text\.div = """(.*?)"""', en, flags=re.S):
        if m.group(1) is not None:
            title = m.group(1).strip()
            if title.startswith("TEST PURPOSES ONLY"):
                continue
            lines.append("\n" + title)
        else:
            d = re.sub(r"\s+", " ", m.group(2))
            d = re.sub(r"<(br|/p|/li|/tr|/h\d|/div|/ol|/ul)\s*/?>", "\n", d)
            d = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", d)
            d = re.sub(r"<li[^>]*>", "- ", d)
            d = re.sub(r"<[^>]+>", "", d)
            d = html.unescape(d)
            d = "\n".join(re.sub(r"\s+", " ", x).strip() for x in d.split("\n"))
            d = re.sub(r"\n{2,}", "\n", d).strip()
            if d and d != "unavailable":
                lines.append(d)
    return "\n".join(lines)

for num, name, fname, prod in [("02", "tecovirimat", "02_ema_leaflet_tecovirimat_siga.txt", "Tecovirimat SIGA (tecovirimat) 200 mg hard capsules"),
                               ("05", "palforzia", "05_ema_leaflet_palforzia_peanut_powder.txt", "Palforzia (defatted powder of Arachis hypogaea L., semen (peanuts))")]:
    body = epi_text(git_show(EPI_REPO, "input/fsh/examples/%s.fsh" % name))
    if name == "tecovirimat":
        body = body.replace("Body Weight Dose 13 kg to less than 25 kg One Tecovirimat SIGA 200 mg capsule every 12 hours for 14 days (200 mg two times a day) 25 kg to less than 40 kg Two Tecovirimat SIGA 200 mg capsules every 12 hours for 14 days (400 mg two times a day) 40 kg to less than 120 kg Three Tecovirimat SIGA 200 mg capsules every 12 hours for 14 days (600 mg two times a day) 120 kg and above Three Tecovirimat SIGA 200 mg capsules every 8 hours for 14 days (600 mg three times a day)",
            "Body Weight | Dose\n13 kg to less than 25 kg | One Tecovirimat SIGA 200 mg capsule every 12 hours for 14 days (200 mg two times a day)\n25 kg to less than 40 kg | Two Tecovirimat SIGA 200 mg capsules every 12 hours for 14 days (400 mg two times a day)\n40 kg to less than 120 kg | Three Tecovirimat SIGA 200 mg capsules every 12 hours for 14 days (600 mg two times a day)\n120 kg and above | Three Tecovirimat SIGA 200 mg capsules every 8 hours for 14 days (600 mg three times a day)")
        body = re.sub(r"Body weight Tecovirimat dose Amount of liquid or soft food Number of capsules Food and tecovirimat mixture instructions (.*?)(?=\nIf you take more)",
            lambda m: "Body weight | Tecovirimat dose | Amount of liquid or soft food | Number of capsules | Food and tecovirimat mixture instructions\n" + re.sub(r"(\d+ kg to less than \d+ kg|\d+ kg and above) (\d+ mg) (2 tablespoons) (\d Tecovirimat capsules?) (Mix entire .*?food\.) ?", r"\1 | \2 | \3 | \4 | \5\n", m.group(1)).strip(), body, flags=re.S)
    write(fname, "EU PACKAGE LEAFLET (EMA product information, English section) - %s. Source: EMA ePI test composition (FHIR) in joofio/test-epi-composition." % prod, body)

# ---------- 10 ClinicalTrials.gov record
import xml.etree.ElementTree as ET
x = ET.fromstring(git_show(AACT_REPO, "spec/support/xml_data/NCT03494712.xml"))
def g(path):
    e = x.find(path); return re.sub(r"\s+", " ", e.text).strip() if e is not None and e.text else None
L = []
def add(label, val):
    if val: L.append(f"{label}: {val}")
add("Download date", g("required_header/download_date"))
add("URL", g("required_header/url"))
add("NCT number", g("id_info/nct_id"))
add("Organization study ID", g("id_info/org_study_id"))
for s in x.findall("id_info/secondary_id"): add("Secondary ID", s.text.strip())
add("Brief title", g("brief_title")); add("Official title", g("official_title"))
L.append("\nSponsors and collaborators")
add("Lead sponsor", g("sponsors/lead_sponsor/agency")); add("Lead sponsor class", g("sponsors/lead_sponsor/agency_class"))
for c in x.findall("sponsors/collaborator"): add("Collaborator", c.findtext("agency").strip())
add("Source", g("source"))
L.append("\nOversight")
for tag, lab in [("has_dmc","Has data monitoring committee"),("is_fda_regulated_drug","FDA-regulated drug"),("is_fda_regulated_device","FDA-regulated device"),("is_us_export","US export")]:
    add(lab, g("oversight_info/"+tag))
L.append("\nBrief summary"); L.append(g("brief_summary/textblock") or "")
L.append("\nStatus")
for tag, lab in [("overall_status","Overall status"),("start_date","Start date"),("completion_date","Completion date"),("primary_completion_date","Primary completion date"),("phase","Phase"),("study_type","Study type"),("has_expanded_access","Has expanded access")]:
    add(lab, g(tag))
L.append("\nStudy design")
for tag, lab in [("allocation","Allocation"),("intervention_model","Intervention model"),("primary_purpose","Primary purpose"),("masking","Masking")]:
    add(lab, g("study_design_info/"+tag))
for kind, lab in [("primary_outcome","Primary outcome"),("secondary_outcome","Secondary outcome")]:
    for o in x.findall(kind):
        L.append(f"\n{lab}")
        add("Measure", re.sub(r"\s+"," ",o.findtext("measure","")).strip()); add("Time frame", re.sub(r"\s+"," ",o.findtext("time_frame","")).strip()); add("Description", re.sub(r"\s+"," ",o.findtext("description","")).strip())
L.append("")
add("Number of arms", g("number_of_arms")); add("Enrollment", (g("enrollment") or "") + (" (" + x.find("enrollment").get("type") + ")" if x.find("enrollment") is not None and x.find("enrollment").get("type") else ""))
for c in x.findall("condition"): add("Condition", c.text.strip())
for a in x.findall("arm_group"):
    L.append("\nArm group"); add("Label", a.findtext("arm_group_label")); add("Type", a.findtext("arm_group_type")); add("Description", re.sub(r"\s+"," ",a.findtext("description","")).strip())
for i in x.findall("intervention"):
    L.append("\nIntervention"); add("Type", i.findtext("intervention_type")); add("Name", i.findtext("intervention_name")); add("Description", re.sub(r"\s+"," ",i.findtext("description","")).strip())
    for ag in i.findall("arm_group_label"): add("Arm group label", ag.text)
    for on in i.findall("other_name"): add("Other name", on.text)
L.append("\nEligibility")
crit = x.findtext("eligibility/criteria/textblock","")
L.append("Criteria:\n" + "\n".join(re.sub(r"\s+"," ",l).strip() for l in crit.strip().split("\n") if l.strip()))
for tag, lab in [("gender","Sex"),("minimum_age","Minimum age"),("maximum_age","Maximum age"),("healthy_volunteers","Accepts healthy volunteers")]:
    add(lab, g("eligibility/"+tag))
for o in x.findall("overall_official"):
    L.append("\nOverall official"); add("Name", o.findtext("last_name")); add("Role", o.findtext("role")); add("Affiliation", o.findtext("affiliation"))
for c in x.findall("overall_contact"):
    L.append("\nOverall contact"); add("Name", c.findtext("last_name")); add("Phone", c.findtext("phone")); add("Email", c.findtext("email"))
for loc in x.findall("location"):
    L.append("\nLocation"); add("Facility", loc.findtext("facility/name")); add("City", loc.findtext("facility/address/city")); add("Zip", loc.findtext("facility/address/zip")); add("Country", loc.findtext("facility/address/country")); add("Status", loc.findtext("status"))
    for inv in loc.findall("investigator"): add("Investigator", f"{inv.findtext('last_name')} ({inv.findtext('role')})")
L.append("")
for tag, lab in [("verification_date","Verification date"),("study_first_submitted","First submitted"),("study_first_submitted_qc","First submitted that met QC criteria"),("study_first_posted","First posted"),("last_update_submitted","Last update submitted"),("last_update_posted","Last update posted")]:
    add(lab, g(tag))
add("Responsible party", g("responsible_party/responsible_party_type"))
for k in x.findall("keyword"): add("Keyword", k.text)
for m in x.findall("condition_browse/mesh_term"): add("Condition MeSH term", m.text)
add("Plan to share IPD", g("patient_data/sharing_ipd")); add("IPD description", g("patient_data/ipd_description"))
write("10_ctgov_NCT03494712_s95010_first_in_human.txt", "CLINICALTRIALS.GOV STUDY RECORD NCT03494712 (registry XML as processed by ClinicalTrials.gov on May 16, 2018), converted to field lines. Source: ctti-clinicaltrials/aact test data.", "\n".join(L))
