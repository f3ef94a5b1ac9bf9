#!/usr/bin/env python3
"""Build the three FDA documents (guidance excerpt, 21 CFR 814 excerpt, FD&C Act 522 / 21 USC 360l)."""
import glob, re
G = open(glob.glob("raw/fda/085_*")[0], encoding="utf-8").read().split("\n")
def J(a, b):  # join source lines a..b (1-based, inclusive) into one paragraph
    return " ".join(G[i - 1].strip() for i in range(a, b + 1) if G[i - 1].strip())
def R(a, b):  # keep lines a..b each as its own line
    return [G[i - 1].strip() for i in range(a, b + 1) if G[i - 1].strip()]
FN = [("intended use. 20 FDA", "intended use. FDA"), ("requirements. 21 If", "requirements. If"),
      ("Database 36 for", "Database for"), ("Database. 37 Of", "Database. Of"), ("Database. 38 This", "Database. This")]
def nofn(s):  # drop footnote reference numbers left inline by PDF extraction
    for a, b in FN:
        s = s.replace(a, b)
    return s
out = ["FDA guidance document (excerpt) — Procedures for Handling Post-Approval Studies Imposed by Premarket Approval Application Order: Guidance for Industry and Food and Drug Administration Staff (CDRH, October 7, 2022). Source: GitHub henry-1981/Cowork-RA, aria/knowledge/fda/03-guidance/085_...md", ""]
out += ["Contains Nonbinding Recommendations", "", J(15, 18), J(19, 20), ""]
out += [G[20].strip(), G[21].strip(), J(23, 25), "", J(27, 28), "", *R(30, 32), ""]
out += ["[...]", "", J(83, 87), "", "Introduction"]
intro = J(90, 100).replace("814.82(a)(9). 1 A PAS", "814.82(a)(9). A PAS").replace("non-clinical study, 2 as", "non-clinical study, as").replace("Premarket Approval,” 3 FDA", "Premarket Approval,” FDA")
out += [intro, "[...]", ""]
out += ["When and How to Submit Post-Approval Study Reports", nofn(J(400, 414)), nofn(J(415, 430) + " " + G[442].strip()), ""]
out += ["[...]", ""]
out += ["Sponsor’s Reporting Status", nofn(J(766, 769)), ""]
out += ["Table 1. Reporting Status Categories", "Status | Definition",
        "Report on Time | " + J(789, 790),
        "Report Overdue | " + J(794, 795),
        "Report Overdue/Received | " + J(796, 798), ""]
out += ["Study Status", J(804, 807), *R(808, 812), nofn(J(813, 820)), ""]
out += ["Table 2. PAS Status Category", "Status | Definition",
        "Protocol Pending | " + J(831, 833),
        "Protocol Overdue | " + J(834, 837),
        "Study Pending | " + J(856, 858),
        "Ongoing | " + J(859, 863),
        "Delayed | " + J(864, 874),
        "Completed | " + J(875, 877),
        "Redesigned/Replaced | " + J(878, 884),
        "Terminated | " + J(885, 891),
        "Hold | " + J(892, 894) + " " + J(895, 896) + " " + J(897, 898) + " " + J(899, 901), ""]
out += ["Failure to Complete a Post-Approval Study Requirement", J(909, 916), J(917, 926), ""]
out += ["Public Disclosure of Post-Approval Study Information", "FDA Website", nofn(J(930, 935)), G[935].strip(), "General Information",
        *R(938, 942), "• PAS name", "• PAS protocol approval date", "• PAS status",
        "General PAS Parameters", *R(960, 964), "Detailed PAS Parameters", *R(966, 971),
        "Interim PAS Report Data", J(973, 983), "• number of subjects enrolled", "• number of sites enrolled", "• interim safety/effectiveness findings.",
        J(992, 995), "[...]"]
txt = "\n".join(out).replace("\n\n\n", "\n\n") + "\n"
open("../docs/08_fda_guidance_post_approval_studies_pma_order_2022.txt", "w", encoding="utf-8").write(txt)
print(len(txt))

# 21 CFR Part 814 excerpt
P = open("raw/fda/part-814.md", encoding="utf-8").read().split("\n")
def sec(a, b):
    return [re.sub(r"^#+\s*", "", ln).strip() for ln in P[a - 1:b]]
body = sec(14, 23) + ["[...]"] + sec(24, 159) + ["[...]"] + sec(477, 666) + sec(667, 724) + ["[...]"]
lines = []
for ln in body:
    if ln == "" and lines and lines[-1] == "":
        continue
    lines.append(ln)
txt = "US Code of Federal Regulations (excerpt) — 21 CFR Part 814, Premarket Approval of Medical Devices: Subparts A (814.1-814.3), C and E. Source: GitHub henry-1981/Cowork-RA, aria/knowledge/fda/02-regulation/21cfr-subchapter-h/part-814.md\n\n" + "\n".join(lines).strip() + "\n"
txt = re.sub(r"\n{3,}", "\n\n", txt)
paras = txt.split("\n\n")
paras = [re.sub(r"\s*\n\s*", " ", p).replace("*", "") if "*" in p else p for p in paras]
txt = "\n\n".join(paras).replace("> Citation:", "Citation:")
open("../docs/09_cfr_21_part_814_pma_excerpt.txt", "w", encoding="utf-8").write(txt)
print(len(txt))

# 21 USC 360l
S = open("raw/fda/section-360l.md", encoding="utf-8").read().split("---", 2)[2].split("\n")
lines = []
for ln in S:
    ln = re.sub(r"^#+\s*", "", ln.strip()).replace("*l*", "l").replace("**", "")
    ln = re.sub(r"^>\s*", "", ln)
    if ln == "" and lines and lines[-1] == "":
        continue
    lines.append(ln)
txt = "US Code (statute) — Federal Food, Drug, and Cosmetic Act section 522, 21 U.S.C. § 360l, Postmarket surveillance (United States Code 2024 edition). Source: GitHub henry-1981/Cowork-RA, aria/knowledge/fda/01-statute/fdc-act-title21-chap9-subchapV/section-360l.md\n\n" + "\n".join(lines).strip() + "\n"
open("../docs/10_usc_21_360l_postmarket_surveillance.txt", "w", encoding="utf-8").write(txt)
print(len(txt))
