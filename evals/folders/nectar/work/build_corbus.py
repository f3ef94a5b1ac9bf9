#!/usr/bin/env python3
"""Corbus Pharmaceuticals Holdings, Inc. Form 10-K FY2022 excerpt from the filing PDF stored in
rasskazovaleksey/rag_challange (data/r2.0-test/pdfs/5ac3ccdec033f81fab4c2ed9ae86553f4904a450.pdf),
text extracted with pypdf (raw/corbus.txt). Page numbers / page markers removed, wrapped lines joined."""
import re, sys
sys.path.insert(0, ".")
from pdftext_clean import clean_lines, reflow

L = open("raw/corbus.txt", encoding="utf-8").read().split("\n")
DROP = [r"=====PAGE \d+", r"\d{1,3}", r"", r"Figure \d+:.*", r"PADCEV", r"®"]
HEAD = r"^(Overview|Corbus’ precision oncology internal development pipeline:|Corbus’ endocannabinoid pipeline:|CRB-701|Our Business Development Strategy|Research and Development|Intellectual Property|CRB-701: +Antibody Drug Conjugate \(ADC\) Targeting Nectin-4|CRB-601: +Anti-Integrin Monoclonal Antibody|CRB-913: +Second Generation CB1 Inverse Agonist|Financial Operations Overview|Recent Developments|CSPC License Agreement|Reverse Stock Split|Amended Loan and Security Agreement with K2 HealthVentures LLC|Results of Operations|Comparison of Year Ended 2022 to 2021|Liquidity and Capital Resources|Off-Balance Sheet Arrangements|License Agreement with (Jenrin|Milky Way|UCSF|CSPC))\s*$"

def find(s, start=0):
    for i in range(start, len(L)):
        if L[i].startswith(s):
            return i + 1  # 1-based
    raise SystemExit("not found: " + s)

def seg(a, b):
    return clean_lines(L[a-1:b-1], DROP)

out = [
 "SEC filing excerpt — Corbus Pharmaceuticals Holdings, Inc., Annual Report on Form 10-K for the fiscal year ended December 31, 2022 (licence agreements: CSPC / CRB-701, UCSF / CRB-601, Jenrin / CRB-913, Milky Way)",
 "",
 "UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
 "Washington, D.C. 20549",
 "Form: 10-K",
 "Report: ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
 "For the fiscal year ended: December 31, 2022",
 "Commission File Number: 001-37348",
 "Exact name of Registrant as specified in its Charter: Corbus Pharmaceuticals Holdings, Inc.",
 "State or other jurisdiction of incorporation or organization: Delaware",
 "I.R.S. Employer Identification No.: 46-4348039",
 "Address of principal executive offices: 500 River Ridge Drive, Norwood, Massachusetts 02062",
 "Registrant’s telephone number, including area code: (617) 963-0100",
 "Title of each class | Trading Symbol(s) | Name of each exchange on which registered",
 "Common Stock, par value $0.0001 per share | CRBP | The Nasdaq Capital Market",
 "As of June 30, 2022, the last business day of the registrant’s most recently completed second fiscal quarter, the aggregate market value of the common stock held by non-affiliates of the registrant was approximately $31,475,349, based on the closing price of the registrant’s common stock on June 30, 2022.",
 "As of March 3, 2023, the number of shares outstanding of the registrant’s common stock, $0.0001 par value per share, was 4,171,297.",
 "",
 "[...]",
 "",
 "PART I",
 "Item 1. Business",
]
# checks that the cover statements are in the source (modulo line breaks)
flat = re.sub(r"\s+", "", "\n".join(L[:200]))
for x in out[15:17]:
    assert re.sub(r"\s+", "", x) in flat, x

a = find("Overview"); b = find("Figure 1: Nectin-4")
out += reflow(seg(a, b), heading_re=HEAD, short=110)
out += ["", "[...]", ""]
a = find("Our Business Development Strategy"); b = find("Lenabasum Program")
out += reflow(seg(a, b), heading_re=HEAD, short=110)
out += ["", "[...]", "", "Item 1A. Risk Factors", "[...]"]
a = find("We have in-licensed a portion", 2200); b = find("Our product candidates may infringe", 2200)
out += reflow(seg(a, b), heading_re=HEAD, short=110)
out += ["", "[...]", "", "Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations", "[...]"]
a = find("Financial Operations Overview"); b = find("Critical Accounting Policies")
out += reflow(seg(a, b), heading_re=HEAD, short=110)
out += ["", "[...]", ""]
a = find("Results of Operations", 3000); b = find("Net cash used in operating activities for the year ended December 31, 2022")
out += reflow(seg(a, b), heading_re=HEAD, short=110)
out += ["", "[...]", ""]
a = find("Off-Balance Sheet Arrangements"); b = find("Item 7A.")
out += reflow(seg(a, b), heading_re=HEAD, short=110)
txt = "\n".join(out)
txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
open("../docs/08_sec_10k_corbus_fy2022_license_agreements_excerpt.txt", "w", encoding="utf-8").write(txt)
print(len(txt))
