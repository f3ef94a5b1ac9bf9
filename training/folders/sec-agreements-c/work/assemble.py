#!/usr/bin/env python3
"""Assemble excerpted docs from CUAD source files (work/src/*.txt, copied from
maastrichtlawtech/law3027-advanced-legal-analytics @ 77c8f5a3 via `git show`).
Ranges are 1-based inclusive line numbers of the source file; gaps become "[...]".
Page furniture (bare page numbers, 'Source: ...' footers, 'US-DOCS\\...' lines,
repeated confidentiality legends, 'Master Joint Development Agreement ... Page x of 12',
'BPC Initials' lines) is dropped; runs of blank lines are collapsed."""
import re, os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src"); DOCS = os.path.join(HERE, "..", "docs")
DROP = [r"^\s*\d{1,3}\s*$", r"^Source: ", r"^US-DOCS", r"^\s*iii?\s*$",
        r"^Master Joint Development Agreement iBio CC-Pharming Page",
        r"^BPC Initials", r"^Portions of this Exhibit were omitted and have been filed separately"]
LEGEND_DOVA = "CONFIDENTIAL TREATMENT HAS BEEN REQUESTED FOR PORTIONS OF THIS EXHIBIT."
LEGEND_ADMA = "Confidential treatment has been requested with respect to portions of this agreement"

def build(src, ranges, header, out, keep_first_legend=True):
    lines = open(os.path.join(SRC, src), encoding="utf-8").read().split("\n")
    parts = []; seen_legend = set()
    for i, (a, b) in enumerate(ranges):
        chunk = []
        for ln in lines[a-1:b]:
            if any(re.search(p, ln) for p in DROP):
                continue
            for lg in (LEGEND_DOVA, LEGEND_ADMA):
                if ln.startswith(lg):
                    if lg in seen_legend:
                        # strip repeated legend sentence(s) at start of line
                        ln = re.sub(r"^" + re.escape(lg) + r".*?(SECURITIES AND EXCHANGE COMMISSION\.|as amended\.)\s*", "", ln)
                    seen_legend.add(lg)
            chunk.append(ln.rstrip())
        txt = re.sub(r"\n{3,}", "\n\n", "\n".join(chunk)).strip("\n")
        parts.append(txt)
    body = "\n\n[...]\n\n".join(parts)
    text = header.strip() + "\n\n" + body + "\n"
    open(os.path.join(DOCS, out), "w", encoding="utf-8").write(text)
    print(out, len(text.encode()))

H = ("Source: {form}\nParties: {parties}\nDocument: {title}\n"
     "Note: text as filed (CUAD v1 plain-text copy); '[***]' marks redactions made in the filing; "
     "'[...]' marks passages left out of this excerpt.")

build("zogenix.txt", [(71,86),(129,129),(139,139),(161,161),(165,167),(181,181),(211,211),(261,261),(299,299),(333,337),(353,356),(645,750),(1083,1100),(1213,1226),(1335,1345),(1389,1400)],
      H.format(form="Zogenix, Inc. Form 10-Q filed 9 May 2019, Exhibit 10.2", parties="Zogenix, Inc. and Nippon Shinyaku Company, Ltd.", title="Distributorship Agreement dated March 18, 2019 (excerpt)"),
      "01_ex10_zogenix_nippon_shinyaku_fintepla_japan_distributorship.txt")
build("dova.txt", [(249,268),(345,345),(415,415),(457,457),(491,491),(503,512),(551,553),(613,640),(789,838),(1035,1072),(1109,1117),(1153,1170)],
      H.format(form="Dova Pharmaceuticals, Inc. Form 10-Q filed 8 November 2018, Exhibit 10.2", parties="Dova Pharmaceuticals, Inc. and Valeant Pharmaceuticals North America LLC", title="Co-Promotion Agreement dated September 26, 2018 (excerpt)"),
      "02_ex10_dova_valeant_doptelet_copromotion.txt")
build("king.txt", [(29,36),(133,133),(249,249),(321,323),(343,354),(787,812),(889,894),(919,931),(1263,1263),(1281,1281)],
      H.format(form="King Pharmaceuticals, Inc. Form 10-Q filed 9 August 2006, Exhibit 10.1", parties="Depomed, Inc. and King Pharmaceuticals, Inc.", title="Promotion Agreement dated as of June 27, 2006 (excerpt)"),
      "04_ex10_depomed_king_glumetza_promotion.txt")
build("vaxcyte.txt", [(1,20),(39,39),(61,63),(81,81),(99,101),(231,241),(403,419),(435,446),(481,481),(486,536)],
      H.format(form="Vaxcyte, Inc. Form S-1 filed 22 May 2020, Exhibit 10.19", parties="SutroVax, Inc. (now Vaxcyte, Inc.) and Sutro Biopharma, Inc.", title="Supply Agreement dated May 29, 2018 (excerpt)"),
      "06_ex10_sutrovax_sutro_cell_free_extract_supply.txt")
build("ibio.txt", [(1,116)],
      H.format(form="iBio, Inc. Form 8-K filed 13 March 2020, Exhibit 10.1", parties="iBio, Inc. and Beijing CC-Pharming Ltd.", title="Master Joint Development Agreement (complete exhibit as filed; page footers removed)"),
      "07_ex10_ibio_cc_pharming_master_joint_development.txt")
build("adma.txt", [(1,42)],
      H.format(form="ADMA Biologics, Inc. SEC filing, exhibit (CUAD file 'ADMA BioManufacturing, LLC - Amendment #3 to Manufacturing Agreement')", parties="ADMA BioManufacturing, LLC and Sanofi Pasteur S.A.", title="Amendment #3 to the Manufacturing Agreement, effective December 21, 2017 (complete exhibit as filed; page footers removed)"),
      "08_ex10_adma_sanofi_pasteur_rabies_paste_manufacturing_amendment3.txt")
