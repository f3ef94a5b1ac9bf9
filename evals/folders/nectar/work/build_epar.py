#!/usr/bin/env python3
"""Build the Brintellix EPAR excerpt from the stored p_txt (open-vianu/llmtaskforce-emrd)."""
import sys
sys.path.insert(0, ".")
from pdftext_clean import clean_lines, reflow

L = open("raw/brintellix_epar.txt", encoding="utf-8").read().split("\n")
DROP = [r"Brintellix", r"EMA/699150/2013", r"Page \d+/159", r""]
HEAD = r"^(\d\.(\d\.)*\s+[A-Z][^.]*$|Problem statement|About the product|Information on Paediatric requirements|Information relating to orphan market exclusivity|Similarity|New active Substance status|Scientific Advice|Licensing status|Manufacturer responsible for batch release|Benefits|Beneficial effects|Uncertainty in the knowledge about the beneficial effects|Risks|Unfavourable effects|Uncertainty in the knowledge about the unfavourable effects|Balance|Importance of favourable and unfavourable effects|Benefit-risk balance|Discussion on the benefit-risk assessment|Outcome|Conditions or restrictions regarding supply and use|Conditions and requirements of the Marketing Authorisation|New Active Substance Status|PRAC Advice|Detailed description of the pharmacovigilance system|To summarise:)\s*$"

def seg(a, b):  # 1-based inclusive line numbers
    return clean_lines(L[a-1:b], DROP)

out = ["EMA European public assessment report (EPAR) — CHMP assessment report for Brintellix (vortioxetine), EMA/699150/2013, Procedure No. EMEA/H/C/002717, 24 October 2013 — excerpt", ""]
# cover block: keep lines as they are
for l in L[1:13]:
    if l.strip():
        out.append(l.strip())
out.append("© European Medicines Agency, 2014. Reproduction is authorised provided the source is acknowledged.")
assert "© European Medicines Agency, 2014. Reproduction is authorised provided the source is acknowledged." in "\n".join(L[:30])
out.append("")
out.append("[...]")
parts = [(197, 408), None, (10001, 10098), None, (11260, 11299), None, (11666, 11888)]
for p in parts:
    if p is None:
        out.append("")
        out.append("[...]")
        continue
    out.append("")
    out.extend(reflow(seg(*p), heading_re=HEAD))
txt = "\n".join(out)
import re
txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
open("../docs/05_ema_epar_brintellix_vortioxetine_assessment_excerpt.txt", "w", encoding="utf-8").write(txt)
print(len(txt))
