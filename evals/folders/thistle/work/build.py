#!/usr/bin/env python3
"""Build docs/ for folder thistle from raw sources in work/raw (layout changes and cuts only)."""
import html, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
DOCS = os.path.join(os.path.dirname(HERE), "docs")
os.makedirs(DOCS, exist_ok=True)
CUT = "[...]"

def rd(n):
    return open(os.path.join(RAW, n), encoding="utf-8").read()

def ws(s):
    s = s.replace("\u00a0", " ")
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" *\n *", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()

def write(name, header, parts):
    body = []
    for p in parts:
        body.append(CUT if p is None else ws(p))
    txt = header.strip() + "\n\n" + "\n\n".join(body).strip() + "\n"
    open(os.path.join(DOCS, name), "w", encoding="utf-8").write(txt)
    print(name, len(txt.encode("utf-8")))

def between(text, start, end, incl_end=False):
    i = text.index(start)
    j = text.index(end, i + len(start))
    return text[i:j + (len(end) if incl_end else 0)]

# 01 Coherus / Bioeq licence (CUAD, line ranges)
L = rd("coherus.txt").split("\n")
def lines(a, b):
    return "\n".join(L[a - 1:b])
parts = [lines(1, 3), None, lines(73, 97), None,
         lines(155, 155), lines(161, 161), lines(175, 175), lines(209, 209), None,
         lines(301, 301), None, lines(333, 335), None, lines(345, 345), None,
         lines(369, 369), None, lines(409, 409), None, lines(423, 423), None,
         lines(449, 533), None, lines(823, 823), None, lines(875, 875), None]
write("01_sec_exhibit_coherus_bioeq_fyb201_license.txt",
      "SEC exhibit EX-10.29 to Coherus BioSciences, Inc. Form 10-K (filed 2/27/2020): License and Development Agreement, Bioeq IP AG / Coherus BioSciences, Inc., dated Nov. 02, 2019 (ranibizumab biosimilar) - excerpt; source: CUAD v1 (The Atticus Project) copy of the EDGAR exhibit",
      parts)

# 02 Coherus press releases (pages corpus excerpts)
write("02_press_release_coherus_chs201_lucentis_biosimilar.txt",
      "Company press releases, Coherus BioSciences (GLOBE NEWSWIRE): (A) Nov. 06, 2019, acquisition of U.S. rights to Bioeq's Lucentis biosimilar candidate; (B) Oct. 01, 2021, FDA acceptance of the CHS-201 (FYB201) BLA - text as stored in public web copies (investors.coherus.com; wallstreet-online.de)",
      ["PRESS RELEASE A - November 6, 2019", rd("pr_2019.txt"), None,
       "PRESS RELEASE B - October 1, 2021", rd("pr_2021.txt"), None])

# 03 PubMed abstract
write("03_abstract_ophthalmology_2022_fyb201_columbus_amd.txt",
      "Journal article abstract (PubMed record PMID 33957183): Efficacy and Safety of Biosimilar FYB201 Compared with Ranibizumab in Neovascular Age-Related Macular Degeneration, Ophthalmology 2022 - text as shown on the PubMed page",
      [rd("pubmed.txt")])

# 04 Theravance / GSK collaboration (CUAD)
T = rd("theravance.txt")
t_title = between(T, "Exhibit 10.1", "TABLE OF CONTENTS")
t_pre = between(T, "COLLABORATION AGREEMENT   This COLLABORATION", "ARTICLE 1 DEFINITIONS   For purposes")
t_terr = re.search(r"1\.\d+ \"Territory\" means worldwide\.", T).group(0)
t_lic = between(T, "2.1 License Grants from Theravance to GSK.", "2.2 Sublicensing")
t_art6 = between(T, "ARTICLE 6 FINANCIAL PROVISIONS   6.1 Signing Payment; Equity Investment; One-Time Fee.   6.1.1", "6.4 Royalty Responsibilities; Net Sales Reports.   6.4.1")
t_art6 = re.sub(r"\n\s*\d{2}\s*\n", "\n", t_art6)
t_term = between(T, "14.1 Term and Expiration of Term.", "14.2 Termination")
write("04_sec_exhibit_theravance_gsk_laba_collaboration_2002.txt",
      "SEC exhibit EX-10.1 to Innoviva, Inc. (formerly Theravance, Inc.) Form 10-Q (filed 8/7/2014): Collaboration Agreement, Theravance, Inc. / Glaxo Group Limited, dated November 14, 2002 (long-acting beta2 agonists) - excerpt; source: CUAD v1 (The Atticus Project) copy of the EDGAR exhibit",
      [t_title, None, t_pre, None, t_terr, None, t_lic, None, t_art6, None, t_term, None])

# 05 FibroGen / Astellas collaboration (CUAD)
F = rd("fibrogen.txt").split("\n")
def fl(a, b):
    return "\n".join(F[a - 1:b])
write("05_sec_exhibit_fibrogen_astellas_japan_collaboration_2005.txt",
      "SEC exhibit EX-10.11 to FibroGen, Inc. registration statement (filed 10/1/2014): Collaboration Agreement, FibroGen, Inc. / Astellas Pharma Inc., effective June 1, 2005 (HIF prolyl hydroxylase inhibitors for anemia, Japan) - excerpt; source: CUAD v1 (The Atticus Project) copy of the EDGAR exhibit",
      [fl(1, 1), None, fl(141, 150), None, fl(159, 159), None, fl(227, 227), None, fl(267, 267), None, fl(281, 281), None,
       fl(465, 500), None, fl(575, 590), None, fl(637, 637), None])

# 06 FDA CRL Coherus CHS-1701 (original FDA PDF text)
C = rd("crl_761039.txt")
c1 = between(C, "DEPARTMENT OF HEALTH AND HUMAN SERVICES", "Reference ID: 4109894")
c2 = between(C, "PRODUCT QUALITY", "Drug Substance (DS) & Drug Product (DP)")
c3 = between(C, "PROPRIETARY NAME", "SAFETY UPDATE")
c4 = between(C, "ADDITIONAL COMMENTS", "Drug Substance\n")
c5 = between(C, "OTHER\nOn May 3, 2017", "Reference ID: 4109894")
c6 = between(C, "A resubmission must", "Reference ID: 4109894")
c7 = between(C, "ANN T FARRELL", "06/09/2017", incl_end=True)
c_all = [re.sub(r"(?<![.:])\n(?!\d+\.\s|[A-Z][A-Z ()&.,0-9-]{4,}\n)", " ", x) for x in (c1, c2, c3, c4, c5, c6)]
write("06_fda_complete_response_letter_coherus_chs1701_bla761039.txt",
      "FDA CDER complete response letter (Other Action Letters), BLA 761039, CHS-1701 (proposed proprietary name Udenyca, pegfilgrastim biosimilar candidate), Coherus BioSciences, Inc., signed 06/09/2017 - text extracted from FDA PDF 761039_2018_Orig1s000OtherActionLtrs.pdf",
      [c_all[0], None, c_all[1], None, c_all[2], None, c_all[3], None, c_all[4], c_all[5], "/s/ " + c7])

# 07/08 EMA package leaflets (ePI FHIR compositions)
def leaflet(n):
    S = rd(n)
    out = []
    for m in re.finditer(r'\* title\s*=\s*"([^"]+)".*?text\.div = """(.*?)"""', S, re.S):
        title, div = m.group(1), m.group(2)
        if title.startswith("TEST PURPOSES") or title in ("B. Package Leaflet",):
            continue
        t = re.sub(r"\n(?!\s*[*\-] )", " ", div)  # unwrap hard line breaks inside paragraphs (layout only)
        t = re.sub(r"<br\s*/?>", "\n", t)
        t = re.sub(r"</(p|li|ul|h\d)>", "\n", t)
        t = re.sub(r"<li>", "- ", t)
        t = re.sub(r"<[^>]+>", "", t)
        t = html.unescape(t)
        out.append((title, ws(t)))
    return out

for n, fname, hdr in [
    ("relvar.fsh", "07_ema_package_leaflet_relvar_ellipta.txt",
     "EU package leaflet (EMA product information, ePI test composition), Relvar Ellipta (fluticasone furoate/vilanterol) inhalation powder, MAH GlaxoSmithKline (Ireland) Limited - sections 1-6"),
    ("anoro.fsh", "09_ema_package_leaflet_anoro_ellipta.txt",
     "EU package leaflet (EMA product information, ePI test composition), Anoro Ellipta (umeclidinium/vilanterol) inhalation powder - sections 1-6"),
    ("elebrato.fsh", "08_ema_package_leaflet_elebrato_ellipta.txt",
     "EU package leaflet (EMA product information, ePI test composition), Elebrato Ellipta (fluticasone furoate/umeclidinium/vilanterol) inhalation powder - sections 1-6"),
]:
    secs = leaflet(n)
    parts = []
    for title, body in secs:
        if title.startswith("Package leaflet") and "Step-by-step" in body:
            continue
        if title.lower().startswith("instructions") or "step-by-step" in title.lower():
            parts.append(None)
            break
        k = body.find("For any information about this medicine")
        if k < 0:
            k = body.find("representative of the Marketing Authorisation Holder")
        if k >= 0:
            parts.append(title + "\n" + body[:k])
            parts.append(None)
            break
        parts.append(title + "\n" + body)
    write(fname, hdr, parts)

# Layout-only fix for doc 04: the exhibit's tables were flattened with each amount pushed onto the
# next label's line; rewrite them as "cell | cell" rows (no values changed).
p = os.path.join(DOCS, "04_sec_exhibit_theravance_gsk_laba_collaboration_2002.txt")
s = open(p, encoding="utf-8").read()
rep = [
 ("Milestone\n\nAmount Initiation of Phase I *\n\nU.S.$10 Million Initiation of Phase IIa**\n\nU.S.$10 Million Initiation of Phase IIb**\n\nU.S.$5 Million Initiation of Phase III\n\nU.S.$25 Million 22\n\nMilestone\n\nAmount Registration\n\nU.S.\n\nU.S.$30 Million Europe\n\nU.S.$15 Million Japan\n\nU.S.$10 Million Launch\n\nU.S.\n\nU.S.$30 Million Europe\n\nU.S.$15 Million Japan\n\nU.S.$10 Million Annual Worldwide Net Sales over U.S.$500 Million for single agent Collaboration Product\n\nU.S.$10 Million per year for first five years for single agent Collaboration Product\n\nAnnual Worldwide Net Sales over U.S.$500 Million for LABA/ICS Combination Product\n\nU.S.$20 Million per year for first five years for LABA/ICS Combination Product",
  "Milestone | Amount\nInitiation of Phase I * | U.S.$10 Million\nInitiation of Phase IIa** | U.S.$10 Million\nInitiation of Phase IIb** | U.S.$5 Million\nInitiation of Phase III | U.S.$25 Million\nRegistration - U.S. | U.S.$30 Million\nRegistration - Europe | U.S.$15 Million\nRegistration - Japan | U.S.$10 Million\nLaunch - U.S. | U.S.$30 Million\nLaunch - Europe | U.S.$15 Million\nLaunch - Japan | U.S.$10 Million\nAnnual Worldwide Net Sales over U.S.$500 Million for single agent Collaboration Product | U.S.$10 Million per year for first five years for single agent Collaboration Product\nAnnual Worldwide Net Sales over U.S.$500 Million for LABA/ICS Combination Product | U.S.$20 Million per year for first five years for LABA/ICS Combination Product"),
 ("is a GSK Compound: Milestone\n\nAmount Registration\n\nUS\n\nU.S.$30 Million Europe\n\nU.S.$15 Million Japan\n\nU.S.$10 Million Launch\n\nUS\n\nU.S.$30 Million Europe\n\nU.S.$15 Million Japan\n\nU.S.$10 Million Other Combination",
  "is a GSK Compound:\nMilestone | Amount\nRegistration - US | U.S.$30 Million\nRegistration - Europe | U.S.$15 Million\nRegistration - Japan | U.S.$10 Million\nLaunch - US | U.S.$30 Million\nLaunch - Europe | U.S.$15 Million\nLaunch - Japan | U.S.$10 Million\nOther Combination"),
 ("On total Annual Worldwide Net Sales up to and including U.S. $3 Billion:\n\n15 % On total Annual Worldwide Net Sales greater than U.S. $3 Billion:\n\n5 % it being",
  "On total Annual Worldwide Net Sales up to and including U.S. $3 Billion: | 15 %\nOn total Annual Worldwide Net Sales greater than U.S. $3 Billion: | 5 %\nit being"),
 ("Annual Net Sales\n\nPercentage Royalty\n\nUp to U.S.$750 Million\n\n6.5 % Additional Net Sales up to U.S.$1.25 Billion\n\n8.0 % Additional Net Sales up to U.S.$2.25 Billion\n\n9.0 % Net Sales exceeding U.S.$2.25 Billion\n\n10.0 % For the avoidance",
  "Annual Net Sales | Percentage Royalty\nUp to U.S.$750 Million | 6.5 %\nAdditional Net Sales up to U.S.$1.25 Billion | 8.0 %\nAdditional Net Sales up to U.S.$2.25 Billion | 9.0 %\nNet Sales exceeding U.S.$2.25 Billion | 10.0 %\nFor the avoidance"),
]
for a, b in rep:
    if a not in s:
        print("MISSING table pattern:", a[:60].replace("\n", "/"))
    s = s.replace(a, b)
s = s.replace("\n\nth\n\n", "\n\n").replace("\n\n1\n\n", "\n\n")
open(p, "w", encoding="utf-8").write(s)
print("04 relaid", len(s.encode()))
