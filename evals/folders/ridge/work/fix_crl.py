"""Layout fixes for the two CRL texts (footnote texts removed, address/signature blocks split, OCR-garbled
redacted fragments in the NDA 212888 letter replaced by [...]). Wording unchanged."""
import re
FN = [r"1 http://www\.fda\.gov/Drugs/GuidanceComplianceRegulatoryInformation/LawsActsandRules/ucm08415 9\.htm ?",
      r"2 http://www\.fda\.gov/Drugs/DevelopmentApprovalProcess/DevelopmentResources/Labeling/ucm09330 7\.htm ?",
      r"3 http://www\.fda\.gov/ForIndustry/DataStandards/StructuredProductLabeling/default\.htm ?"]
def common(t):
    for f in FN:
        t = re.sub(f, "", t)
    t = re.sub(r"\n\s*\n", "\n", t)
    t = t.replace("CENTER FOR DRUG EVALUATION AND\nRESEARCH", "CENTER FOR DRUG EVALUATION AND RESEARCH")
    t = t.replace("incorporate new\nsafety data as follows:", "incorporate new safety data as follows:")
    t = t.replace("-  ", "- ")
    t = t.replace("{See appended electronic signature page} ", "{See appended electronic signature page}\n")
    t = t.replace("Signature Page 1 of 1 This is", "Signature Page 1 of 1\nThis is")
    t = t.replace(" The drug product may not be legally marketed", "\nThe drug product may not be legally marketed")
    t = t.replace("If you revise labeling, use the SRPI", "\nIf you revise labeling, use the SRPI")
    t = re.sub(r"\n\n+", "\n", t)
    return t

x = open("raw/xofluza_crl_stage1.txt").read()
x = common(x)
x = x.replace("Attention: Sabina Zimmerman, PhD US Regulatory Lead 1 DNA Way South San Francisco, CA 94080", "Attention: Sabina Zimmerman, PhD\nUS Regulatory Lead\n1 DNA Way\nSouth San Francisco, CA 94080")
x = x.replace(" We also refer to your supplemental", "\nWe also refer to your supplemental")
x = x.replace("NDA 214410/Original 2 The use", "NDA 214410/Original 2 | The use").replace(" NDA 210854/S-05 The use", "\nNDA 210854/S-05 | The use").replace(" NDA 210854/S-09 The use", "\nNDA 210854/S-09 | The use")
x = x.replace("12 years of age We have completed", "12 years of age\nWe have completed")
x = x.replace("CLINICAL and CLINICAL VIROLOGY While", "CLINICAL and CLINICAL VIROLOGY\nWhile")
x = x.replace("Your response must include", "Your response must include")
x = x.replace("If you have any questions, call Christine Kim PharmD, Regulatory Project Manager, at\n(301)", "\nIf you have any questions, call Christine Kim PharmD, Regulatory Project Manager, at (301)")
x = x.replace(" If you have any questions, call Christine", "\nIf you have any questions, call Christine")
x = x.replace("Debra Birnkrant, MD Director Division of Antivirals Office of Infectious Diseases Center for Drug Evaluation and Research This is", "Debra Birnkrant, MD\nDirector\nDivision of Antivirals\nOffice of Infectious Diseases\nCenter for Drug Evaluation and Research\nThis is")
x = x.replace("Signature Page 1 of 1 (", "Signature Page 1 of 1")
x = x.replace("214410Orig2s000 210854Orig1s005,s009", "214410Orig2s000\n210854Orig1s005,s009")
hdr = "FDA complete response letter (CDER Other Action Letters): NDA 214410/Original 2 and NDA 210854/S-05, S-09, XOFLUZA (baloxavir marboxil), Genentech - source: U.S. Food and Drug Administration PDF via GitHub GMPKit/fda-complete-response-letters pdf-original-crl/214410Orig2s000OtherActionLtrs.pdf\n\n"
open("../docs/01_fda_crl_xofluza_baloxavir_pediatric_nda214410.txt", "w").write(hdr + x.strip() + "\n")

v = open("raw/vocabria_crl_stage1.txt").read()
v = common(v)
v = v.replace("Attention: Beth Austin, PhD Senior Director, Global Regulatory Affairs 5 Moore Drive, P.O. Box 13398 Research Triangle Park, NC 27709", "Attention: Beth Austin, PhD\nSenior Director, Global Regulatory Affairs\n5 Moore Drive, P.O. Box 13398\nResearch Triangle Park, NC 27709")
v = v.replace("212887Orig1s000 212888Orig1s000", "212887Orig1s000\n212888Orig1s000")
v = v.replace(" We have completed our review of this application", "\nWe have completed our review of this application")
v = v.replace("John Farley, MD, MPH Director (Acting) Office of Infectious Diseases Center for Drug Evaluation and Research", "John Farley, MD, MPH\nDirector (Acting)\nOffice of Infectious Diseases\nCenter for Drug Evaluation and Research")
v = v.replace("(FEI:\n3002807078)", "(FEI: 3002807078)")
v = v.replace("2.\n(b) (4) (6Jl.il\n", "2. (b) (4)\n[...]\n")
v = v.replace("3.  Your application referenced the Drug Master File (DMF) (bll' .This DMF was found inadequate to support your submission and a DMF Deficiency etter was sent",
              "3. Your application referenced the Drug Master File (DMF) (b) (4). This DMF was found inadequate to support your submission and a DMF Deficiency letter was sent")
v = v.replace("1.  The proposed upper limit", "1. The proposed upper limit").replace("We req uest that you tighten", "We request that you tighten")
v = v.replace("2. We reguest that ~~rov i de full details of the test for\n3. Although we have deferred review of the December 17, 2019 submission, we note ltif<'il\n",
              "2. We request that\n[...]\n3. Although we have deferred review of the December 17, 2019 submission, we note\n[...]\n")
v = v.replace("co- pack", "co-pack")
v = v.replace("NDA 212888\nCOMPLETE RESPONSE", "\nNDA 212888\nCOMPLETE RESPONSE")
v = v.replace("NDA 212887\nCOMPLETE RESPONSE", "\nNDA 212887\nCOMPLETE RESPONSE")
hdr = "FDA complete response letters (CDER Other Action Letters): NDA 212887 VOCABRIA (cabotegravir) tablets and NDA 212888 CABENUVA (cabotegravir + rilpivirine extended-release injectable suspension) co-pack, ViiV Healthcare Company - source: U.S. Food and Drug Administration PDF via GitHub GMPKit/fda-complete-response-letters pdf-original-crl/212887Orig1s000,212888Orig1s000OtherActionLtrs.pdf (OCR-garbled redacted fragments of the NDA 212888 letter cut, marked [...])\n\n"
open("../docs/04_fda_crl_vocabria_cabenuva_nda212887_212888.txt", "w").write(hdr + v.strip() + "\n")
