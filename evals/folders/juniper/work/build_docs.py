#!/usr/bin/env python3
"""Convert the raw sources in work/src into plain-text documents in docs/.
Layout changes only: markup removed, headings on their own lines, tables as ' | ' rows,
structured records as 'Label: value' lines. Wording and numbers are kept."""
import html
import os
import re
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
DOCS = os.path.join(os.path.dirname(HERE), "docs")
os.makedirs(DOCS, exist_ok=True)


def write(name, text):
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
        f.write(text)
    print(name, len(text))


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- Moderna 10-K
def moderna():
    t = read("MRNA-10-K-2024.txt")
    t = html.unescape(t).replace("\xa0", " ")

    def seg(start, end):
        i = t.index(start)
        j = t.index(end, i)
        return t[i:j]

    a = seg("Strategic alliances We are party", "INTELLECTUAL PROPERTY We rely")
    b = seg("2024 Business Highlights Respiratory Vaccines", "Cost of sales Cost of sales includes")
    # page-number / running-header artefacts of the flattened filing
    for s in (a, b):
        pass
    def clean(s):
        s = re.sub(r" \d{2,3} Table of Contents ", " ", s)
        s = s.replace(" of 84 our future", " of our future")
        s = s.replace("Research and 86 Development Authority", "Research and Development Authority")
        s = re.sub(r"\. (8[3-9]|2[7-9]) ", ". ", s)
        s = re.sub(r"\s+", " ", s)
        s = s.replace(" ’ ", "’").replace("CytomX ’ s", "CytomX’s")
        return s
    a, b = clean(a), clean(b)
    heads_a = [
        "Strategic alliances We are party",
        "Through certain of our strategic alliances",
        "To maintain the integrity of our platform",
        "Merck—Strategic Alliance for Individualized Neoantigen Therapies",
        "Pursuant to the INT Agreement, we received",
        "In September 2022, Merck exercised",
        "Vertex—2016 Strategic Alliance in Cystic Fibrosis",
        "Other Collaborations We have entered",
        "• Carisma", "• CytomX", "• Generation Bio", "• Immatics", "• Life Edit",
        "We have made equity investments",
        "Strategic alliances with government organizations and foundations",
        "Defense Advanced Research Projects Agency (DARPA)",
        "Biomedical Advanced Research and Development Authority (BARDA)",
        "COVID vaccine program In April 2020",
        "Pandemic influenza program In June 2024",
        "In January 2025, we were awarded",
        "Institute for Life Changing Medicines (ILCM)",
        "The Gates Foundation In January 2016",
    ]
    heads_b = [
        "2024 Business Highlights", "Respiratory Vaccines During", "Net Product Sales and Net (Loss) Earnings Per Share",
        "For the year ended December 31, 2024, we recognized",
        "Program Developments As of", "Respiratory Vaccines • Next", "• RSV vaccine:", "• Seasonal flu + COVID",
        "• Seasonal flu vaccine:", "Latent and Other Vaccines", "• Norovirus vaccine:", "Oncology Therapeutics",
        "Rare Diseases", "• Methylmalonic", "Other Business Updates", "In April 2024, we entered",
        "In June 2024, we were awarded", "During the third quarter of 2024", "In May 2024, the FDA approved",
        "In August 2024, the European", "In September 2024, our manufacturing", "In January 2025, we entered",
        "Financial Operations Overview", "Net product sales Net product sales by customer",
        "Net product sales by product were", "As of December 31, 2024, we have two", "In the third quarter of 2023",
        "The following table summarizes product sales provision", "_______ (1)", "Prior to the third quarter of 2023",
        "Other revenue Other revenue comprises", "The following table summarizes other revenue",
    ]

    def split(s, heads):
        for h in heads:
            assert h in s, h
            s = s.replace(h, "\n\n" + h, 1)
        return s
    a, b = split(a, heads_a), split(b, heads_a and heads_b)
    # headings on their own lines
    for h in ["Strategic alliances", "Merck—Strategic Alliance for Individualized Neoantigen Therapies",
              "Vertex—2016 Strategic Alliance in Cystic Fibrosis", "Other Collaborations",
              "Strategic alliances with government organizations and foundations",
              "Defense Advanced Research Projects Agency (DARPA)",
              "Biomedical Advanced Research and Development Authority (BARDA)", "COVID vaccine program",
              "Pandemic influenza program", "Institute for Life Changing Medicines (ILCM)", "The Gates Foundation"]:
        a = a.replace("\n\n" + h + " ", "\n\n" + h + "\n", 1)
    for h in ["2024 Business Highlights", "Respiratory Vaccines", "Net Product Sales and Net (Loss) Earnings Per Share",
              "Program Developments", "Latent and Other Vaccines", "Oncology Therapeutics", "Rare Diseases",
              "Other Business Updates", "Financial Operations Overview", "Other revenue", "Net product sales"]:
        b = b.replace("\n\n" + h + " ", "\n\n" + h + "\n", 1)
    b = b.replace("Financial Operations Overview Revenue ", "Financial Operations Overview\nRevenue\n")
    b = b.replace("Net product sales\nNet product sales by customer geographic location were as follows for the periods presented (in millions): ",
                  "Net product sales\nNet product sales by customer geographic location were as follows for the periods presented (in millions):\n")
    b = b.replace("Respiratory Vaccines • Next", "Respiratory Vaccines\n• Next")
    b = b.replace("Latent and Other Vaccines • ", "Latent and Other Vaccines\n• ")
    b = b.replace("Oncology Therapeutics • ", "Oncology Therapeutics\n• ")
    b = b.replace("Rare Diseases • ", "Rare Diseases\n• ")
    # tables
    tables = {
        "Years Ended December 31, 2024 2023 2022 United States $ 1,726 $ 1,720 $ 4,405 Europe 573 1,353 6,732 Rest of world 810 3,598 7,298 Total $ 3,109 $ 6,671 $ 18,435 ":
        "\nYears Ended December 31, | 2024 | 2023 | 2022\nUnited States | $ 1,726 | $ 1,720 | $ 4,405\nEurope | 573 | 1,353 | 6,732\nRest of world | 810 | 3,598 | 7,298\nTotal | $ 3,109 | $ 6,671 | $ 18,435\n",
        "(in millions): Years Ended December 31, 2024 2023 2022 COVID $ 3,084 $ 6,671 $ 18,435 RSV 25 — — Total $ 3,109 $ 6,671 $ 18,435 ":
        "(in millions):\nYears Ended December 31, | 2024 | 2023 | 2022\nCOVID | $ 3,084 | $ 6,671 | $ 18,435\nRSV | 25 | — | —\nTotal | $ 3,109 | $ 6,671 | $ 18,435\n",
        "(in millions): Years Ended December 31, 2024 2023 2022 Gross product sales $ 4,517 $ 8,203 $ 18,435 Product sales provision: Wholesaler chargebacks, discounts and fees (1,141) (976) — Returns, rebates and other fees (267) (556) — Total product sales provision (1) $ (1,408) $ (1,532) $ — Net product sales $ 3,109 $ 6,671 $ 18,435 ":
        "(in millions):\nYears Ended December 31, | 2024 | 2023 | 2022\nGross product sales | $ 4,517 | $ 8,203 | $ 18,435\nProduct sales provision: | | |\nWholesaler chargebacks, discounts and fees | (1,141) | (976) | —\nReturns, rebates and other fees | (267) | (556) | —\nTotal product sales provision (1) | $ (1,408) | $ (1,532) | $ —\nNet product sales | $ 3,109 | $ 6,671 | $ 18,435\n",
        "(in millions): Years Ended December 31, 2024 2023 2022 Grant revenue $ 37 $ 94 $ 388 Collaboration revenue 48 83 440 Licensing and royalty revenue 42 — — Total other revenue $ 127 $ 177 $ 828 ":
        "(in millions):\nYears Ended December 31, | 2024 | 2023 | 2022\nGrant revenue | $ 37 | $ 94 | $ 388\nCollaboration revenue | 48 | 83 | 440\nLicensing and royalty revenue | 42 | — | —\nTotal other revenue | $ 127 | $ 177 | $ 828\n",
    }
    for k, v in tables.items():
        assert k in b, k[:60]
        b = b.replace(k, v)
    b = b.replace("(in millions):\nYears", "(in millions):\nYears")
    header = ("Document kind: SEC filing excerpt — Moderna, Inc. Annual Report on Form 10-K for the fiscal year ended "
              "December 31, 2024 (Part I, Item 1 Business: Third-Party Strategic Alliances; Part II, Item 7 MD&A: overview, "
              "business updates and revenue) | Source: SEC EDGAR filing text as stored in GitHub repository "
              "deeyajkotecha-del/helix-biotech, cli/samples/MRNA-10-K-2024.txt")
    body = ("\nItem 1. Business — THIRD-PARTY STRATEGIC ALLIANCES\n" + a.strip() +
            "\n\n[...]\n\nItem 7. Management's Discussion and Analysis of Financial Condition and Results of Operations (excerpt)\n" + b.strip())
    write("01_sec10k_moderna_alliances_2024.txt", header + "\n" + body)


# ---------------------------------------------------------------- CRLs
def crl(srcname, outname, header, start_marker):
    t = read(srcname)
    t = t[t.index(start_marker):]
    t = t.replace("```", "")
    out = []
    for line in t.split("\n"):
        s = line.rstrip()
        s = re.sub(r"^#+\s*", "", s)
        s = s.replace("**", "").replace("*", "") if not s.lstrip().startswith("* ") else s
        s = re.sub(r"\[([^\]]+)\]\((http[^)]+)\)", r"\1 (\2)", s)
        s = re.sub(r"^>\s*", "", s)
        if s.strip() == "---":
            s = ""
        out.append(s.rstrip())
    write(outname, header + "\n\n" + "\n".join(out))


# ---------------------------------------------------------------- FDA guidance PDFs
def fix_007(paras):
    """footnote 8 and the paragraph after it both continue across the same page break"""
    ia = next(i for i, p in enumerate(paras) if p.startswith("To determine whether an adverse event should be classified"))
    a, b = paras[ia].split(" (§ 312.32(b)) and use of a drug, ", 1)
    a = a + " (§ 312.32(b)) and"
    b = "use of a drug, " + b
    i8 = next(i for i, p in enumerate(paras) if p.startswith("8 For the purposes of prescription drug labeling"))
    im = next(i for i, p in enumerate(paras) if p.startswith("make a judgment about the likelihood"))
    assert paras[i8].endswith("reasonably associated with")
    paras[i8] = paras[i8] + " " + b
    paras[ia] = a + " " + paras[im]
    del paras[im]
    return paras


def guidance(srcname, outname, header, toc=None, drop=(), fix_fn=None):
    t = read(srcname)
    t = t.split("\n---\n", 1)[1]
    if toc:
        i = t.index(toc)
        j = t.index("Contains Nonbinding Recommendations", i)
        t = t[:i] + t[j:]
    for d in drop:
        t = t.replace(d, "", 1)
    lines = [l.rstrip() for l in t.split("\n")]
    # drop running header and the page number after it
    cleaned = []
    i = 0
    while i < len(lines):
        l = lines[i].strip()
        if l == "Contains Nonbinding Recommendations":
            i += 1
            while i < len(lines) and lines[i].strip() == "":
                i += 1
            if i < len(lines) and re.fullmatch(r"\d{1,2}", lines[i].strip()):
                i += 1
            cleaned.append("")
            continue
        if re.fullmatch(r"\d{1,2}", l) and (i + 1 >= len(lines) or lines[i + 1].strip() == ""):
            # page number at page foot
            i += 1
            continue
        cleaned.append(lines[i])
        i += 1
    blocks, cur = [], []
    for l in cleaned:
        if l.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(l.strip())
    if cur:
        blocks.append(cur)
    paras = []
    for b in blocks:
        s = ""
        for piece in b:
            if s and not s.endswith("-"):
                s += " "
            s += piece.strip()
        s = re.sub(r"\s+", " ", s).strip()
        s = re.sub(r"\|?\s*-{3}\s*\|\s*-{3}\s*\|", "", s).strip()
        s = s.replace("| |", "").strip()
        if s.startswith("|"):
            s = s.strip("| -").strip()
        if not s:
            continue
        paras.append(s)
    # merge paragraph pieces split only by a bullet/number marker line
    merged = []
    for p in paras:
        if merged and re.fullmatch(r"(•|[0-9]+\.|[A-Z]\.|[IVX]+\.|\([a-z0-9]\))", merged[-1]):
            merged[-1] = merged[-1] + " " + p
        else:
            merged.append(p)
    # a paragraph broken by a page break (with footnotes printed in between) is rejoined, and the
    # footnotes are moved after it
    fixed = []
    i = 0
    while i < len(merged):
        p = merged[i]
        j = i + 1
        notes = []
        while j < len(merged) and re.match(r"^\d{1,2} [A-Z“\"]", merged[j]):
            notes.append(merged[j])
            j += 1
        if (j < len(merged) and not re.search(r"[.:;?!”\")]$", p)
                and (re.match(r"^[a-z(]", merged[j]) if notes else re.match(r"^[a-z]", merged[j]))):
            fixed.append(p + " " + merged[j])
            fixed.extend(notes)
            i = j + 1
        else:
            fixed.append(p)
            i += 1
    if fix_fn:
        fixed = fix_fn(fixed)
    write(outname, header + "\n\n" + "\n\n".join(fixed))


# ---------------------------------------------------------------- ClinicalTrials.gov XML
def ctgov(srcname, outname, header, keep_refs=False):
    t = read(srcname)
    x = t[t.index("<clinical_study>"):t.rindex("</clinical_study>") + len("</clinical_study>")]
    root = ET.fromstring(x)

    def txt(e):
        return re.sub(r"[ \t]*\n[ \t]*", "\n", (e.text or "").strip())

    def para(s):
        # rejoin hard-wrapped lines, keep blank-line paragraph breaks
        ps = re.split(r"\n\s*\n", s)
        return "\n".join(re.sub(r"\s*\n\s*", " ", p).strip() for p in ps if p.strip())

    out = []
    L = lambda label, val: out.append(f"{label}: {val}")
    rh = root.find("required_header")
    L("Download date", rh.findtext("download_date"))
    L("Url", rh.findtext("url"))
    out.append("")
    out.append("Identification")
    idi = root.find("id_info")
    L("Org study ID", idi.findtext("org_study_id"))
    for s in idi.findall("secondary_id"):
        L("Secondary ID", s.text)
    L("NCT ID", idi.findtext("nct_id"))
    for s in idi.findall("nct_alias"):
        L("NCT alias", s.text)
    L("Brief title", root.findtext("brief_title"))
    if root.find("acronym") is not None:
        L("Acronym", root.findtext("acronym"))
    L("Official title", root.findtext("official_title"))
    out.append("")
    out.append("Sponsors")
    sp = root.find("sponsors")
    L("Lead sponsor", sp.find("lead_sponsor").findtext("agency") + " (agency class: " + sp.find("lead_sponsor").findtext("agency_class") + ")")
    for c in sp.findall("collaborator"):
        L("Collaborator", c.findtext("agency") + " (agency class: " + c.findtext("agency_class") + ")")
    L("Source", root.findtext("source"))
    ov = root.find("oversight_info")
    if ov is not None:
        out.append("")
        out.append("Oversight")
        for c in ov:
            L(c.tag.replace("_", " ").capitalize().replace("Has dmc", "Has data monitoring committee").replace("fda", "FDA"), c.text)
    out.append("")
    out.append("Brief Summary")
    out.append(para(txt(root.find("brief_summary/textblock"))))
    if root.find("detailed_description") is not None:
        out.append("")
        out.append("Detailed Description")
        out.append(para(txt(root.find("detailed_description/textblock"))))
    out.append("")
    out.append("Status and Design")
    for tag, lab in [("overall_status", "Overall status"), ("start_date", "Start date"),
                     ("completion_date", "Completion date"), ("primary_completion_date", "Primary completion date"),
                     ("phase", "Phase"), ("study_type", "Study type"), ("has_expanded_access", "Has expanded access")]:
        e = root.find(tag)
        if e is not None:
            v = e.text + (f" ({e.get('type')})" if e.get("type") else "")
            L(lab, v)
    sd = root.find("study_design_info")
    if sd is not None:
        for c in sd:
            L(c.tag.replace("_", " ").capitalize(), c.text)
    for tag, lab in [("primary_outcome", "Primary outcome"), ("secondary_outcome", "Secondary outcome")]:
        es = root.findall(tag)
        if es:
            out.append("")
            out.append(lab + "s")
            for n, e in enumerate(es, 1):
                L(f"{lab} {n} measure", e.findtext("measure"))
                L(f"{lab} {n} time frame", e.findtext("time_frame"))
                if e.find("description") is not None:
                    L(f"{lab} {n} description", e.findtext("description"))
    out.append("")
    out.append("Enrollment and Arms")
    if root.find("number_of_arms") is not None:
        L("Number of arms", root.findtext("number_of_arms"))
    e = root.find("enrollment")
    if e is not None:
        L("Enrollment", e.text + (f" ({e.get('type')})" if e.get("type") else ""))
    for c in root.findall("condition"):
        L("Condition", c.text)
    for ag in root.findall("arm_group"):
        L("Arm group label", ag.findtext("arm_group_label"))
        L("Arm group type", ag.findtext("arm_group_type"))
        if ag.find("description") is not None:
            L("Arm group description", ag.findtext("description"))
    out.append("")
    out.append("Interventions")
    for iv in root.findall("intervention"):
        L("Intervention type", iv.findtext("intervention_type"))
        L("Intervention name", iv.findtext("intervention_name"))
        if iv.find("description") is not None:
            d = iv.findtext("description").strip().split("\n")
            L("Intervention description", d[0].strip())
            for extra in d[1:]:
                out.append(extra.strip())
        for on in iv.findall("other_name"):
            L("Other name", on.text)
    out.append("")
    out.append("Eligibility")
    el = root.find("eligibility")
    crit = txt(el.find("criteria/textblock"))
    out.append("Criteria:")
    out.append(para(crit))
    for tag, lab in [("gender", "Sex"), ("minimum_age", "Minimum age"), ("maximum_age", "Maximum age"),
                     ("healthy_volunteers", "Healthy volunteers")]:
        L(lab, el.findtext(tag))
    out.append("")
    out.append("Contacts and Locations")
    for o in root.findall("overall_official"):
        L("Overall official", f"{o.findtext('last_name')}, {o.findtext('role')}, {o.findtext('affiliation')}")
    for tag, lab in [("overall_contact", "Overall contact"), ("overall_contact_backup", "Overall contact backup")]:
        c = root.find(tag)
        if c is not None:
            L(lab, "; ".join(x.text for x in c))
    for loc in root.findall("location"):
        f = loc.find("facility")
        addr = ", ".join(x.text for x in f.find("address"))
        L("Location", f"{f.findtext('name')}, {addr}" + (f" (status: {loc.findtext('status')})" if loc.find("status") is not None else ""))
    for c in root.findall("location_countries/country"):
        L("Location country", c.text)
    out.append("")
    out.append("Record Dates")
    for tag, lab in [("verification_date", "Verification date"), ("study_first_submitted", "Study first submitted"),
                     ("study_first_posted", "Study first posted"), ("last_update_submitted", "Last update submitted"),
                     ("last_update_posted", "Last update posted")]:
        e = root.find(tag)
        if e is not None:
            L(lab, e.text + (f" ({e.get('type')})" if e.get("type") else ""))
    rp = root.find("responsible_party")
    if rp is not None:
        for c in rp:
            L("Responsible party " + c.tag.replace("responsible_party_", "").replace("_", " "), c.text)
    for k in root.findall("keyword"):
        L("Keyword", k.text)
    for m in root.findall("condition_browse/mesh_term"):
        L("Condition MeSH term", m.text)
    for m in root.findall("intervention_browse/mesh_term"):
        L("Intervention MeSH term", m.text)
    pdp = root.find("patient_data")
    if pdp is not None:
        L("Plan to share IPD", pdp.findtext("sharing_ipd"))
    if keep_refs:
        refs = root.findall("reference")
        if refs:
            out.append("")
            out.append("References")
            for r in refs:
                out.append(f"Citation: {r.findtext('citation')} PMID: {r.findtext('PMID')}")
    write(outname, header + "\n\n" + "\n".join(out))


# ---------------------------------------------------------------- EMA ePI (FHIR FSH)
def ema_leaflet(srcname, outname, header):
    t = read(srcname)
    t = t.split("\nInstance:")[1]  # first (English) composition only
    parts = re.findall(r'\* title\s*=\s*"([^"]*)"(.*?)\* text\.div = """(.*?)"""', t, re.S)
    out = []
    for title, _, div in parts:
        d = re.sub(r"<div[^>]*>|</div>", "", div)
        d = re.sub(r"<li>", "\n• ", d)
        d = re.sub(r"</p>|</li>|<br\s*/?>|</tr>|</h\d>", "\n", d)
        d = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", d)
        d = re.sub(r"<p[^>]*>|<ol[^>]*>|</ol>|<ul[^>]*>|</ul>|<[^>]+>", "\n", d)
        d = html.unescape(d)
        ps = []
        for block in re.split(r"\n\s*\n|\n(?=• )", d):
            s = re.sub(r"\s+", " ", block).strip()
            if s and s != "unavailable":
                ps.append(s)
        if title.startswith("TEST PURPOSES"):
            continue
        out.append(title.strip())
        out.extend(ps)
        out.append("")
    body = "\n".join(out)
    i = body.index("For any information about this medicine, please contact the local representative")
    j = body.index("This leaflet was last revised in")
    k = body.index(".", i) + 1 if False else body.index("Holder", i) + len("Holder")
    if body[k] in ":.":
        k += 1
    body = body[:k] + "\n[...]\n" + body[j:]
    write(outname, header + "\n\n" + body)


if __name__ == "__main__":
    moderna()
    crl("crl_tivozanib.md", "02_fda_crl_tivozanib_nda204408.txt",
        "Document kind: FDA complete response letter (CDER, Other Action Letters, NDA 204408, tivozanib hydrochloride capsules, AVEO Pharmaceuticals, Inc., June 6, 2013) | Source: letter text as stored in GitHub repository GMPKit/fda-complete-response-letters (added metadata and summary removed)",
        "# Center for Drug Evaluation and Research")
    crl("crl_olpruva.md", "03_fda_crl_olpruva_sodium_phenylbutyrate_nda214860.txt",
        "Document kind: FDA complete response letter (CDER, Other Action Letters, NDA 214860, sodium phenylbutyrate (proposed proprietary name Olpruva), Acer Therapeutics Inc.) | Source: letter text as stored in GitHub repository GMPKit/fda-complete-response-letters (added metadata and summary removed)",
        "# CENTER FOR DRUG EVALUATION AND RESEARCH")
    guidance("guid_065.md", "04_fda_guidance_oncology_drugs_ivd_tests_pilot.txt",
             "Document kind: FDA guidance document (Oncology Drug Products Used with Certain In Vitro Diagnostic Tests: Pilot Program; issued June 20, 2023; docket FDA-2022-D-2275) | Source: FDA guidance PDF text as stored in GitHub repository henry-1981/Cowork-RA",
             toc="Table of Contents")
    guidance("guid_007.md", "05_fda_guidance_investigator_safety_reporting.txt",
             "Document kind: FDA guidance document (Investigator Responsibilities — Safety Reporting for Investigational Drugs and Devices; December 2025; docket FDA-2021-D-0368) | Source: FDA guidance PDF text as stored in GitHub repository henry-1981/Cowork-RA",
             toc="TABLE OF CONTENTS", drop=("51798224fnl",), fix_fn=fix_007)
    ctgov("NCT03835676.py", "06_ctgov_NCT03835676_treprostinil_pah_rv.txt",
          "Document kind: ClinicalTrials.gov study record (NCT03835676), converted from the registry XML to Label: value text | Source: ClinicalTrials.gov record (processed February 08, 2019) as stored in GitHub repository bearnd/ct-ingester, tests/assets/NCT03835676.py")
    ctgov("NCT00005057.py", "07_ctgov_NCT00005057_adv_rsv_tk_ganciclovir_melanoma.txt",
          "Document kind: ClinicalTrials.gov study record (NCT00005057), converted from the registry XML to Label: value text | Source: ClinicalTrials.gov record (processed February 08, 2019) as stored in GitHub repository bearnd/ct-ingester, tests/assets/NCT00005057.py")
    ema_leaflet("aquipta.fsh", "08_ema_package_leaflet_aquipta_atogepant.txt",
                "Document kind: EMA product information – Package leaflet (English), AQUIPTA (atogepant) tablets, EU/1/23/1750 | Source: European Medicines Agency ePI text as stored in GitHub repository joofio/test-epi-composition, input/fsh/examples/aquipta.fsh")
