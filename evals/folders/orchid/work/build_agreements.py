#!/usr/bin/env python3
"""Assemble the two SEC-exhibit documents from the cleaned CUAD texts (work/raw/*_clean.txt)."""
import re
L = open("work/raw/qualigen_clean.txt", encoding="utf-8").read().split("\n")
def rng(a, b):  # 1-based inclusive line numbers of the cleaned file
    return L[a-1:b]
body = rng(2, 78) + ["[...]"] + rng(104, 108) + ["[...]"] + rng(133, 156) + ["[...]"]
t = "\n".join(body)
t = re.sub(r"(Sections?)\n(?=\d)", r"\1 ", t)
# Exhibit C header tables -> ' | ' rows (layout only)
def tab(m):
    fy, months, pays, due = m.group(1), m.group(2), m.group(3), m.group(4)
    ms = re.findall(r"[A-Z][a-z]+ \d{4}", months)
    ps = re.findall(r"\$[\d,]+", pays)
    return (f"Exhibit C Development Plan April 28, 2016\n{fy}\nTarget Review Month | " + " | ".join(ms) +
            "\nPayment ($000) | " + " | ".join(ps) + "\nPayment Due Date | " + due.strip() + "\n")
t = re.sub(r"Exhibit C Development Plan April 28, 2016 (FY \d{4}) Target Review Month ((?:[A-Z][a-z]+ \d{4} ?){3}) Payment \(\$000\) ((?:\$[\d,]+ ?){3}) Payment Due Date (.*?)(?= Criteria for Payment)", tab, t)
t = t.replace("Payment Due Date | May 1, 2016 September 1, 2016 January 1, 2017", "Payment Due Date | May 1, 2016 | September 1, 2016 | January 1, 2017")
t = t.replace("Payment Due Date | May 1 and June 1, 2017 September 1, 2017 February 1, 2018", "Payment Due Date | May 1 and June 1, 2017 | September 1, 2017 | February 1, 2018")
t = t.replace("Payment Due Date | May 1, 2018 September 1, 2018 February 1, 2019", "Payment Due Date | May 1, 2018 | September 1, 2018 | February 1, 2019")
t = t.replace("\n Criteria for Payment", "\nCriteria for Payment")
hdr = ("SEC exhibit (Exhibit 10.54 to Ritter Pharmaceuticals Inc. Form S-4/A, filed 3/13/2020) - Distribution and Development "
       "Agreement between Sekisui Diagnostics, LLC and Qualigen, Inc., dated May 1, 2016 - excerpt (via CUAD v1)")
open("docs/01_ex10_qualigen_sekisui_distribution_development.txt", "w", encoding="utf-8").write(hdr + "\n\n" + t.strip() + "\n")

E = open("work/raw/emerald_clean.txt", encoding="utf-8").read().split("\n")[2:]
e = "\n".join(E)
e = re.sub(r"(Sections?)\n(?=\d)", r"\1 ", e)
e = e.replace("Net Sales per 12 Months Royalty $2,000,001", "Net Sales per 12 Months | Royalty\n$2,000,001")
e = re.sub(r"(\$[\d,]+ to \$[\d,]+) (\$[\d,]+) ?", r"\1 | \2\n", e)
e = re.sub(r"(Greater than \$[\d,]+) (\$[\d,]+)", r"\1 | \2", e)
hdr = ("SEC exhibit (Exhibit 6 material contract to Emerald Health Bioceuticals Inc. Form 1-A, filed 2/18/2020) - Consulting and "
       "Product Development Agreement among Emerald Health Sciences Inc., Emerald Health Nutraceuticals Inc. and Michael T. Murray, N.D. (via CUAD v1)")
open("docs/02_ex6_emerald_health_murray_product_development.txt", "w", encoding="utf-8").write(hdr + "\n\n" + e.strip() + "\n")
