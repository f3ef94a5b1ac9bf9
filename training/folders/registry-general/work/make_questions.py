#!/usr/bin/env python3
"""Build questions.jsonl. Each answerable item: (doc prefix, question, facts, quote hints, tags).
A gold quote is the whole line of the doc that contains the hint; if that line is a long paragraph,
the sentence containing the hint. Asserts that every fact string occurs in the doc and in a quote."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
files = sorted(os.listdir(DOCS))
text = {f: open(os.path.join(DOCS, f), encoding="utf-8").read() for f in files}


def doc(prefix):
    m = [f for f in files if f.startswith(prefix + "_")]
    assert len(m) == 1, prefix
    return m[0]


def quote_for(d, hint):
    lines = [l for l in text[d].split("\n") if hint in l]
    assert lines, (d, hint)
    assert len(set(lines)) == 1 or all(l == lines[0] for l in lines) or True
    line = lines[0]
    if len(line) > 350:
        sents = re.split(r"(?<=[.!?])\s+(?=[A-Z(\[])", line)
        hits = [s for s in sents if hint in s]
        if hits:
            s = hits[0]
            assert s in text[d]
            return s
    return line


A = []  # answerable
U = []  # unanswerable


def a(p, q, facts, hints, tags, note=""):
    A.append((p, q, facts, hints, tags, note))


def u(q, note, tags):
    U.append((q, note, tags))


# ---------- 01 raltegravir / amlodipine (NCT01841593) ----------
a("01", "In the St Stephens AIDS Trust crossover study of raltegravir with amlodipine, what raltegravir dose did volunteers take?",
  [["400mg twice-daily", "raltegravir 400mg twice-daily"]], ["Subjects are randomized to receive either"], ["dose"])
a("01", "Enrollment of the raltegravir–amlodipine PK interaction study (NCT01841593)?",
  [["19"]], ["Enrollment: 19"], ["count"])
a("01", "What is the EudraCT number of the SSAT 051 raltegravir/amlodipine study?",
  [["2012-005400-18"]], ["Eudra number"], ["identifier"])
a("01", "Which ethics committee approved the raltegravir and amlodipine healthy-volunteer study?",
  [["Westminster Research Ethics Committee"]], ["Westminster Research Ethics Committee"], ["name"])
a("01", "Geometric mean raltegravir Cmax when given together with amlodipine (SSAT 051)?",
  [["1866", "1866 (1779 to 4511)"]], ["Maximum Observed Concentration (Cmax) of Raltegravir and Amlodipine Without and With Co-administration of the Other Studied Drug. | 1178"], ["amount"])
a("01", "What was raltegravir's 12-hour concentration (C12h) when taken alone in the amlodipine interaction study?",
  [["48", "48 (35 to 95)"]], ["Raltegravir C12h | 48"], ["amount"])
a("01", "Amlodipine AUC(0-24h) with raltegravir co-administration, NCT01841593?",
  [["165.9", "165.9 (148.7 to 195.8)"]], ["Amlodipine AUC(0-24h) | 166.0"], ["amount"])
a("01", "Why did the one Group B participant drop out during the first 7-day period of the raltegravir/amlodipine crossover?",
  [["Protocol Violation"]], ["Protocol Violation | 0 | 1"], ["name"])
a("01", "Which serious adverse event occurred in the raltegravir–amlodipine study?",
  [["Gastroenteritis"]], ["Gastrointestinal disorders - Gastroenteritis"], ["name"])
a("01", "How were raltegravir and amlodipine plasma levels measured in SSAT 051?",
  [["liquid chromatography-mass spectrometry", "LC-MS/MS"]], ["Raltegravir and amlodipine plasma concentrations will be analysed"], ["definition"])
a("01", "How many of the baseline participants in the raltegravir/amlodipine study were female?",
  [["13"]], ["Female | 10 | 3 | 13"], ["count"])
a("01", "Who was the principal investigator of the raltegravir and amlodipine interaction trial?",
  [["Marta Boffito"]], ["Overall Official: Marta Boffito"], ["name"])
a("01", "What amlodipine dose was used in the SSAT 051 crossover study?",
  [["5mg once-daily", "amlodipine 5mg once-daily"]], ["Subjects are randomized to receive either"], ["dose"])
a("01", "Which software was used to derive PK parameters non-compartmentally in the raltegravir/amlodipine study?",
  [["WinNonlin Phoenix", "WinNonlin Phoenix (version 6.1"]], ["PK parameters are determined by non-compartmental methods"], ["name"])
u("What was the elimination half-life (t1/2) of raltegravir when co-administered with amlodipine in the SSAT 051 study?",
  "t1/2 is listed only as a planned parameter; the posted results give Cmax, C12h/C24h and AUC values but no half-life.", ["amount"])
u("By how much did amlodipine lower blood pressure in the raltegravir–amlodipine healthy-volunteer study?",
  "The record reports pharmacokinetics and adverse events only; no blood pressure results are given.", ["amount"])
u("Raltegravir Tmax alone vs with amlodipine in NCT01841593?",
  "Tmax is mentioned as a planned parameter but no Tmax values are posted.", ["duration"])

# ---------- 02 Replagal / agalsidase alfa (NCT01298141) ----------
a("02", "How many Canadian Fabry patients enrolled in the Replagal (agalsidase alfa) treatment protocol HGT-REP-081?",
  [["171"]], ["Enrollment: 171"], ["count"])
a("02", "In the Canadian agalsidase alfa protocol, how many participants actually received study drug?",
  [["167"]], ["Treated | 167"], ["count"])
a("02", "Over how long was each agalsidase alfa infusion given in the Canadian Fabry protocol?",
  [["40 minutes", "over 40 minutes"]], ["Cohort 1: 0.2 mg/kg body weight administered"], ["duration"])
a("02", "Replagal dose per infusion in NCT01298141?",
  [["0.2 mg/kg", "0.2 mg/kg body weight"]], ["Cohort 2: 0.2 mg/kg body weight administered"], ["dose"])
a("02", "At how many sites was the Shire Replagal safety protocol in Canada run?",
  [["12 sites", "12"]], ["This multicenter study was conducted at 12 sites in Canada"], ["count"])
a("02", "How many patients died during the Replagal AF Canadian protocol?",
  [["6"]], ["Total, all-cause mortality | 6/167"], ["count"])
a("02", "Number of participants with any serious treatment-emergent adverse event on Replagal AF?",
  [["74"]], ["Any Serious TEAE | 74"], ["count"])
a("02", "How many severe infusion-related reactions were reported with agalsidase alfa in the Canadian protocol?",
  [["3"]], ["Severe | 3"], ["count"])
a("02", "How many Replagal-treated Fabry patients tested positive for anti-drug antibodies?",
  [["42"]], ["Number of Participants Who Reported Positive to Anti-drug Antibody (ADA) | 42"], ["count"])
a("02", "Neutralizing antibody positives, HGT-REP-081?",
  [["27"]], ["Number of Participants Who Reported Positive to Neutralizing Antibody (NAb) | 27"], ["count"])
a("02", "What was the mean age at informed consent in the Canadian Replagal safety population?",
  [["48.85", "48.85 (14.821)"]], ["Age | 48.85"], ["amount"])
a("02", "Patients in cohort 2 of the Canadian agalsidase alfa protocol had to come from which earlier study?",
  [["REP001a", "Study REP001a"]], ["Patient must have participated in Study REP001a"], ["identifier"])
a("02", "How does the Replagal AF record define an infusion-related reaction in terms of timing?",
  [["within 12 hours after the start of the infusion"]], ["An IRR (also referred to as infusion-related adverse event [IRAE]) was defined"], ["definition"])
a("02", "When was the last participant's last visit in the Canadian Replagal protocol?",
  [["25 Sep 2017"]], ["This multicenter study was conducted at 12 sites in Canada"], ["date"])
a("02", "What left ventricular wall thickness counted toward cardiac involvement for Replagal eligibility in Canada?",
  [[">12 mm"]], ["Left ventricular (LV) wall thickness >12 mm"], ["amount"])
a("02", "How many Replagal-treated participants reported fatigue as a non-serious adverse event?",
  [["70/167", "70"]], ["General disorders - Fatigue | 70/167"], ["count"])
a("02", "Which MedDRA version coded adverse events in the Canadian Fabry disease Replagal protocol?",
  [["MedDRA 13.1", "13.1"]], ["Vocabulary (Default): MedDRA 13.1"], ["identifier"])
u("What was the mean change in eGFR among Fabry patients treated with Replagal AF in the Canadian protocol?",
  "The record posts only safety and immunogenicity outcomes (TEAEs, IRRs, IgA/IgE/IgM, ADA, NAb); no renal function results.", ["amount"])
u("How many children under 18 were treated in the Canadian agalsidase alfa protocol?",
  "Age is reported only as a mean (48.85 years); no age categories or paediatric count are given.", ["count"])
u("How much did plasma globotriaosylceramide (Gb3) fall on Replagal AF in the Canadian Fabry protocol?",
  "No Gb3 or other biomarker results are reported; outcomes are safety and antibody counts only.", ["amount"])
u("What was the annual per-patient cost of Replagal therapy in the Canadian Fabry Disease Initiative?",
  "No cost or pricing information appears in the record.", ["amount"])

# ---------- 03 fluconazole prophylaxis (NCT00734539) ----------
a("03", "How many extremely low birth weight infants were randomized in the fluconazole prophylaxis trial (NCT00734539)?",
  [["362"]], ["Enrollment: 362"], ["count"])
a("03", "At how many US centres were infants under 750 g randomized to fluconazole or placebo?",
  [["33"]], ["362 subjects were randomized to the study at 33 US sites"], ["count"])
a("03", "What fluconazole dose and schedule did neonates <750 g receive?",
  [["6mg/kg", "6mg/kg IV or PO twice weekly"]], ["Description: fluconazole 6mg/kg IV or PO twice weekly for 6 weeks"], ["dose"])
a("03", "What was the primary endpoint of the Duke fluconazole prophylaxis trial in tiny preterm infants?",
  [["death or candidiasis"]], ["The primary endpoint for the study is death or candidiasis."], ["endpoint"])
a("03", "Death or candidiasis by study day 49: fluconazole vs placebo counts?",
  [["31"], ["37"]], ["Death or Candidiasis | 31 | 37"], ["count", "list"])
a("03", "How many placebo infants developed definite or probable candidiasis in the fluconazole trial?",
  [["19"]], ["Candidiasis | 8 | 19"], ["count"])
a("03", "Neurodevelopmental impairment count in the fluconazole arm at 18-22 months?",
  [["27"]], ["Neurodevelopmental Impairment | 27 | 23"], ["count"])
a("03", "How was neurodevelopmental impairment defined in the neonatal fluconazole prophylaxis study?",
  [["Bayley-III cognition composite score of less than 70, blindness, deafness, or cerebral palsy"]],
  ["Description: Bayley-III cognition composite score"], ["definition"])
a("03", "Median birth weight of all infants in the fluconazole prophylaxis trial?",
  [["650", "650 (570 to 700)"]], ["birth weight | 653"], ["amount"])
a("03", "Which US federal agency collaborated on the fluconazole prophylaxis study in infants <750 g besides NICHD?",
  [["Food and Drug Administration (FDA)", "Food and Drug Administration"]], ["Collaborator: Food and Drug Administration"], ["name"])
a("03", "NIH grant number listed for the neonatal fluconazole trial?",
  [["1R01HD057956-01"]], ["Secondary ID: 1R01HD057956-01"], ["identifier"])
a("03", "How old did infants have to be at first dose to join the fluconazole prophylaxis trial?",
  [["> 48 hours of age and < 120 hours old"]], ["> 48 hours of age and < 120 hours old"], ["duration"])
a("03", "What creatinine level excluded infants from the fluconazole prophylaxis study?",
  [["creatinine > 2 mg/dL", "> 2 mg/dL"]], ["renal failure (creatinine > 2 mg/dL)"], ["amount"])
a("03", "Median length of hospitalization for fluconazole-treated infants <750 g?",
  [["113", "113 (90 to 148)"]], ["Length of Hospitalization | 113"], ["duration"])
a("03", "About how many babies under 750 grams are born annually in the US, per the fluconazole trial record?",
  [["Approximately 17,000", "17,000"]], ["Approximately 17,000 neonates are born"], ["count"])
a("03", "How many fluconazole recipients had a serious adverse event in NCT00734539?",
  [["83/188", "83"]], ["Total, serious adverse events | 83/188"], ["count"])
a("03", "Primary completion date of the fluconazole prophylaxis trial in infants <750 g?",
  [["December 2011"]], ["Primary Completion Date: December 2011"], ["date"])
u("What p-value did the fluconazole prophylaxis trial report for its primary death-or-candidiasis comparison?",
  "The record posts counts (31 vs 37) but no statistical analysis or p-value.", ["amount"])
u("What proportion of Candida isolates were fluconazole-resistant in the neonatal fluconazole prophylaxis trial?",
  "Antifungal resistance is mentioned as an aim but no resistance results are reported.", ["percentage"])
u("What was the fluconazole trough concentration in infants <750 g?",
  "No pharmacokinetic results appear in the record.", ["amount"])
u("How many infants in the fluconazole trial had a Bayley-III motor score below 70?",
  "Only the composite neurodevelopmental impairment (cognition score <70, blindness, deafness, cerebral palsy) is reported; no motor scores.", ["count"])

# ---------- 04 lutein (NCT01534533) ----------
a("04", "How many subjects were randomized in the Beijing lutein supplementation atherosclerosis trial?",
  [["192"]], ["Enrollment: 192"], ["count"])
a("04", "Daily lutein dose in the Peking University lutein atherosclerosis study?",
  [["20mg", "20mg lutein"]], ["one gelatine capsule containing 20mg lutein per day, for 12 months"], ["dose"])
a("04", "What did the combination arm of the lutein subclinical atherosclerosis trial receive?",
  [["20mg lutein and 20 mg lycopene"]], ["one gelatine capsule containing 20mg lutein and 20 mg lycopene per day"], ["dose"])
a("04", "For how long was lutein supplemented in NCT01534533?",
  [["12 months"]], ["one gelatine capsule containing 20mg lutein per day, for 12 months"], ["duration"])
a("04", "Age range eligible for the lutein early atherosclerosis study?",
  [["45 to 68 years", "45 to 68"]], ["aged 45 to 68 years"], ["duration"])
a("04", "What carotid IMT value excluded participants from the lutein trial?",
  [["> 1300μm", "1300μm"]], ["local carotid IMT > 1300μm"], ["amount"])
a("04", "Baseline mean serum lutein in the lutein-only group of the Beijing trial?",
  [["0.19", "0.19 (0.14)"]], ["Lutein | 0.17 (0.07) | 0.19"], ["amount"])
a("04", "What percentage of the normal lutein control group had a history of hypertension?",
  [["20.9"]], ["Hypertension history | 63.4"], ["percentage"])
a("04", "How many participants completed the lutein group in the Peking University trial?",
  [["45"]], ["COMPLETED | 40 | 45 | 40 | 44"], ["count"])
a("04", "PMID of the publication linked to the lutein subclinical atherosclerosis study?",
  [["21872250"]], ["PMID: 21872250"], ["identifier"])
a("04", "Which ultrasound system measured arterial stiffness in the lutein trial?",
  [["Aloka prosound α-10"]], ["Arterial stiffness was measured by using a high-resolution B-mode carotid ultrasound"], ["name"])
a("04", "P value for baseline BMI differences between groups in the lutein trial?",
  [["0.672"]], ["P Value: 0.672"], ["amount"])
a("04", "Mean baseline systolic blood pressure in the placebo group of the lutein atherosclerosis study?",
  [["129.7", "129.7 (14.3)"]], ["Systolic BP | 129.7"], ["amount"])
a("04", "How was dietary intake assessed in the lutein supplementation trial?",
  [["3 consecutive 24-hour recalls"]], ["Dietary intake was assessed at baseline and after 12months"], ["definition"])
a("04", "Which funding-related study ID does the lutein trial carry as its org study ID?",
  [["NNSFC-30972472"]], ["Org Study ID: NNSFC-30972472"], ["identifier"])
u("What was the 12-month change in common carotid IMT in the lutein group of NCT01534533?",
  "IMT change is described as an aim but no IMT results are posted.", ["amount"])
u("Right common carotid stiffness parameter β change after 12 months of lutein?",
  "This secondary outcome is listed but has no posted data.", ["amount"])
u("What was the mean daily energy intake of participants in the lutein trial?",
  "The dietary energy intake outcome is listed without results.", ["amount"])
u("Serum lutein concentration after 12 months of supplementation in the Beijing lutein trial?",
  "Only baseline serum carotenoids are reported; no post-intervention values.", ["amount"])

# ---------- 05 dimethyl fumarate for OSA (NCT02438137) ----------
a("05", "How many participants were randomized in the University of Michigan trial of dimethyl fumarate for obstructive sleep apnea?",
  [["65"]], ["Enrollment: 65"], ["count"])
a("05", "Starting dose of dimethyl fumarate in the sleep apnea trial?",
  [["120 mg twice a day"]], ["The starting dose for dimethyl fumarate was 120 mg twice a day orally."], ["dose"])
a("05", "What maintenance dose of Tecfidera did OSA patients reach?",
  [["240 mg twice a day"]], ["After 7 days, the dose was increased to the maintenance dose of 240 mg twice a day."], ["dose"])
a("05", "Mean change in RDI from month 0 to month 4 with dimethyl fumarate versus placebo?",
  [["-3.11"], ["10.2"]], ["Mean Change in Apnea Severity as Measured by the Respiratory Disturbance Index (RDI) | -3.11"], ["amount", "list"])
a("05", "Treatment effect (beta-coefficient) of DMF on RDI change in the OSA trial, and its p value?",
  [["-11.3"], ["0.0124"]], ["Param Value: -11.3", "P Value: 0.0124"], ["amount", "list"])
a("05", "In the mixed effects model of the dimethyl fumarate OSA study, how much did DMF lower Month 4 RDI?",
  [["28%", "28% decrease"]], ["is a 28% decrease in Month 4 RDI"], ["percentage"])
a("05", "How many DMF-treated participants had flushing in the sleep apnea trial?",
  [["23/44", "23"]], ["Skin and subcutaneous tissue disorders - Flushing | 23/44"], ["count"])
a("05", "What is the respiratory disturbance index, as defined in the DMF sleep apnea record?",
  [["the total number of apneas, hypopneas and respiratory-related arousals per hour of sleep"]],
  ["The RDI represents the total number of apneas"], ["definition"])
a("05", "Mean baseline RDI for all participants in the dimethyl fumarate OSA study?",
  [["34", "34 (25.1)"]], ["Respiratory Disturbance Index (RDI) | 36.4"], ["amount"])
a("05", "Who led the trial of dimethyl fumarate as a treatment for obstructive sleep apnea?",
  [["Tiffany J. Braley"]], ["Overall Official: Tiffany J. Braley"], ["name"])
a("05", "How many participants were included in the final RDI analysis of the DMF OSA trial?",
  [["50", "50 (35 DMF and 15 placebo)"]], ["50 (35 DMF and 15 placebo) both completed"], ["count"])
a("05", "What lymphocyte count excluded OSA patients from the dimethyl fumarate trial?",
  [["less than 1.2 K/μL", "1.2 K/μL"]], ["lymphocyte counts less than 1.2 K/μL at screening"], ["amount"])
a("05", "What were a participant's chances of being assigned dimethyl fumarate in the OSA study?",
  [["2/3", "a 2/3 chance"]], ["There is a 2/3 chance that participants will receive dimethyl fumarate."], ["percentage"])
a("05", "Which serious adverse event occurred in the placebo arm of the DMF sleep apnea trial?",
  [["Myocardial Infarction"]], ["Cardiac disorders - Myocardial Infarction | 0/44"], ["name"])
a("05", "Which cytokines were measured as a secondary outcome in the dimethyl fumarate OSA study?",
  [["Interleukin-6"], ["Tissue necrosis factor-alpha"], ["Interleukin-10"], ["Monocyte chemoattractant protein-1"]],
  ["Interleukin-6 | 0.038", "Tissue necrosis factor-alpha | -0.002", "Interleukin-10 | 0.084", "Monocyte chemoattractant protein-1 | 0.005"], ["list", "endpoint"])
a("05", "University of Michigan study number for the dimethyl fumarate sleep apnea trial?",
  [["HUM00080121"]], ["Org Study ID: HUM00080121"], ["identifier"])
u("What was the change in Epworth Sleepiness Scale score with dimethyl fumarate in the OSA trial?",
  "No sleepiness scale outcome is reported; only RDI and serum cytokines.", ["amount"])
u("Change in oxygen saturation nadir with DMF versus placebo in NCT02438137?",
  "No oximetry outcome is reported.", ["amount"])
u("How did C-reactive protein change on dimethyl fumarate in the sleep apnea study?",
  "CRP is not among the reported markers (IL-6, TNF-alpha, IL-10, MCP-1).", ["amount"])
u("How many patients will a phase 3 trial of dimethyl fumarate for sleep apnea enroll?",
  "Only this phase 2 trial (65 participants) is described; no phase 3 is mentioned.", ["count"])

# ---------- 06 AWAKE-HF sacubitril/valsartan (NCT02970669) ----------
a("06", "What is the acronym of Novartis's sacubitril/valsartan physical activity and sleep study in HFrEF?",
  [["AWAKE-HF"]], ["Acronym: AWAKE-HF"], ["name"])
a("06", "Comparator drug in the AWAKE-HF trial?",
  [["enalapril"]], ["The purpose of this study is to investigate the effects of initiation of sacubitril/valsartan vs enalapril"], ["name"])
a("06", "At what sacubitril/valsartan dose did all AWAKE-HF patients start?",
  [["24/26 mg", "24/26 mg sacubitril/valsartan BID"]], ["All Patients will begin the study on Dose Level 1 (i.e. 24/26 mg sacubitril/valsartan BID)."], ["dose"])
a("06", "Target (Dose Level 3) enalapril dose in AWAKE-HF?",
  [["10 mg enalapril BID", "10 mg"]], ["Patients may sequentially up-titrate to achieve desired dose of Dose Level 3 (i.e. 10 mg enalapril BID)."], ["dose"])
a("06", "Planned enrollment for AWAKE-HF?",
  [["136"]], ["Enrollment: 136"], ["count"])
a("06", "When did AWAKE-HF start?",
  [["December 16, 2016"]], ["Start Date: December 16, 2016"], ["date"])
a("06", "What is the primary endpoint of the AWAKE-HF study?",
  [["Change in mean activity counts collected during the most active 30 minutes of the subject's day between baseline and week 8"]],
  ["Measure: Change in mean activity counts collected during the most active 30 minutes of the subject's day between baseline and week 8"], ["endpoint"])
a("06", "What ejection fraction defines reduced ejection for AWAKE-HF eligibility?",
  [["EF ≤ 40%", "≤ 40%"]], ["(Reduced ejection is defined as left ventricular EF ≤ 40%."], ["percentage"])
a("06", "Systolic blood pressure cut-offs that exclude patients from the sacubitril/valsartan AWAKE-HF study?",
  [["<100 mmHg at screening"], ["<95 mmHg at randomization"]], ["Subjects with symptomatic hypotension or systolic blood pressure"], ["amount", "list"])
a("06", "Novartis protocol number for the AWAKE-HF study?",
  [["CLCZ696BUS14"]], ["Org Study ID: CLCZ696BUS14"], ["identifier"])
a("06", "What sacubitril/valsartan dose do patients generally get at entry to the AWAKE-HF open-label extension?",
  [["49/51 mg BID", "49/51 mg"]], ["given sacubitril/valsartan 49/51 mg BID (Dose Level 2) unless they completed the double-blind treatment epoch on Dose Level 1."], ["dose"])
a("06", "How long is the open-label extension of AWAKE-HF?",
  [["8 weeks", "8-week"]], ["8-week Open Label Extension", "Open-label treatment epoch: All patients entering this epoch (8 weeks)"], ["duration"])
a("06", "How is activity measured in the sacubitril/valsartan AWAKE-HF trial?",
  [["wrist-worn accelerometer"]], ["as measured by wrist-worn accelerometer collected actigraphy"], ["definition"])
a("06", "Upper age limit for AWAKE-HF?",
  [["80 Years", "80"]], ["Maximum Age: 80 Years"], ["duration"])
u("What was the mean change in most-active-30-minute activity counts with sacubitril/valsartan vs enalapril in AWAKE-HF?",
  "The record is a recruiting-stage registration without posted results.", ["amount"])
u("How many patients were actually randomized in AWAKE-HF?",
  "Only an anticipated enrollment of 136 is given; no actual randomized number.", ["count"])
u("What NT-proBNP change was observed in AWAKE-HF?",
  "NT-proBNP is not an outcome of the record and no results are posted.", ["amount"])
u("What was the sacubitril/valsartan dose in the PARADIGM-HF trial?",
  "PARADIGM-HF is not in the folder; the AWAKE-HF record does not describe it.", ["dose"])

# ---------- 07 AAV2CUhCLN2 gene transfer for LINCL (NCT00151216) ----------
a("07", "What vector dose did children with late infantile neuronal ceroid lipofuscinosis receive in the Weill Cornell CLN2 gene transfer study?",
  [["3x10^12 particle units"]], ["Intervention Name: AAV2CUhCLN2 (3x10^12 particle units)"], ["dose"])
a("07", "Into how many brain locations and through how many burr holes was AAV2CUhCLN2 delivered?",
  [["12 locations"], ["6 burr holes"]], ["divided among 12 locations delivered through 6 burr holes"], ["count", "list"])
a("07", "Actual enrollment of the AAV2CUhCLN2 LINCL gene therapy study?",
  [["10"]], ["Enrollment: 10"], ["count"])
a("07", "What disability score range defined Group A in the CLN2 gene transfer trial?",
  [["0 to 4"]], ["Description: Group A will include n= 5 children"], ["amount"])
a("07", "Minimum age for the LINCL gene transfer study?",
  [["3 Years"]], ["Minimum Age: 3 Years"], ["duration"])
a("07", "Which foundation collaborated on the AAV2CUhCLN2 Batten disease study?",
  [["Nathan's Battle Foundation"]], ["Collaborator: Nathan's Battle Foundation"], ["name"])
a("07", "How many US children have LINCL at any one time, according to the gene transfer record?",
  [["200 to 300"]], ["There are estimated to be 200 to 300 children in the USA"], ["count"])
a("07", "What protein does the CLN2 gene encode?",
  [["tripeptidyl peptidase-I", "tripeptidyl peptidase-I (TPP-I)"]], ["The CLN2 gene encodes a protein"], ["name"])
a("07", "By what age do children with LINCL typically die?",
  [["8 to 12", "by age 8 to 12"]], ["invariably results in death, typically by age 8 to 12"], ["duration"])
a("07", "Which neuronal marker is imaged by MR spectroscopy as a secondary endpoint in the CLN2 vector trial?",
  [["n-acetyl-aspartate (NAA)", "n-acetyl-aspartate"]], ["proton spectroscopic imaging of the n-acetyl-aspartate (NAA) resonance"], ["endpoint"])
a("07", "Principal investigator of the AAV2CUhCLN2 trial?",
  [["Ronald G. Crystal"]], ["Overall Official: Ronald G. Crystal"], ["name"])
a("07", "NIH OBA/RAC protocol number for the LINCL gene transfer study?",
  [["OBA-RAC 0312-619", "0312-619"]], ["Secondary ID: OBA-RAC 0312-619"], ["identifier"])
a("07", "What seizure score excluded children from the CLN2 gene transfer study?",
  [["a seizure score <3", "<3"]], ["Individuals without adequate control of seizures"], ["amount"])
a("07", "When did the Weill Cornell LINCL gene transfer study start?",
  [["June 2004"]], ["Start Date: June 2004"], ["date"])
u("What change in CNS disability score was seen 18 months after AAV2CUhCLN2 administration?",
  "No results are posted for the LINCL gene transfer study.", ["amount"])
u("How many serious adverse events were reported after AAV2CUhCLN2 neurosurgery?",
  "The record has no results or adverse-event section.", ["count"])
u("Who manufactured the AAV2CUhCLN2 vector?",
  "The record names no manufacturer.", ["name"])

# ---------- 08 TMC114/RTV (darunavir) C215 (NCT00081588) ----------
a("08", "How many HIV patients enrolled in the TMC114-C215 darunavir/ritonavir rollover trial?",
  [["555"]], ["Enrollment: 555"], ["count"])
a("08", "What TMC114/ritonavir dose was given in study TMC114-C215?",
  [["600/100 mg", "600/100 mg tablets of TMC114/rtv BID"]], ["Description: 600/100 mg tablets of TMC114/rtv BID"], ["dose"])
a("08", "How long did TMC114-C215 treatment last?",
  [["144 weeks"]], ["The study will continue for 144 weeks after study medication has begun."], ["duration"])
a("08", "What virologic response defined the primary parameter of TMC114-C215?",
  [["at least 1 log10", "a drop in viral load (copies/mL) of at least 1 log10 versus baseline"]],
  ["Measure: The primary parameter is the confirmed virologic response at Week 24"], ["endpoint"])
a("08", "Which earlier trials fed patients into the TMC114-C215 rollover study?",
  [["TMC114-C202"], ["TMC114-C213"]], ["Previous participation in the TMC114-C202 or TMC114-C213 trials"], ["list", "identifier"])
a("08", "Sponsor of the open-label TMC114/RTV trial NCT00081588?",
  [["Tibotec Pharmaceuticals, Ireland"]], ["Lead Sponsor: Tibotec Pharmaceuticals, Ireland"], ["name"])
a("08", "Which country was removed from the TMC114-C215 site list?",
  [["Puerto Rico"]], ["Removed Country: Puerto Rico"], ["place"])
a("08", "What PMID is cited for the POWER 3 results of darunavir with low-dose ritonavir?",
  [["17621237"]], ["PMID: 17621237"], ["identifier"])
a("08", "When did the TMC114-C215 study start?",
  [["November 2003"]], ["Start Date: November 2003"], ["date"])
a("08", "What NCT alias is linked to the TMC114/RTV treatment-experienced trial?",
  [["NCT00980226"]], ["NCT Alias: NCT00980226"], ["identifier"])
a("08", "About how many treatment-failing patients were expected to qualify for TMC114-C215 from the feeder studies?",
  [["approximately 150 patients", "150"]], ["It is estimated that approximately 150 patients may meet these criteria."], ["count"])
a("08", "How many background antiretrovirals had to be taken with TMC114/RTV in C215?",
  [["at least 2 other antiretrovirals", "at least 2"]], ["Patient agrees to take TMC114/RTV with at least 2 other antiretrovirals"], ["count"])
a("08", "Primary completion date of TMC114-C215?",
  [["September 2005"]], ["Primary Completion Date: September 2005"], ["date"])
u("What proportion of TMC114-C215 patients reached HIV-1 RNA below 50 copies/mL at week 24?",
  "The record lists this as a secondary measure but posts no results.", ["percentage"])
u("Mean CD4 cell count increase at week 144 in TMC114-C215?",
  "No immunological results are reported.", ["amount"])
u("How many C215 patients came from TMC114-C202 versus TMC114-C213?",
  "The record does not split enrollment by feeder study.", ["count"])
u("What darunavir dose was used in the POWER 1 trial?",
  "POWER 1 is not described; only the POWER 3 publication is cited.", ["dose"])

# ---------- 09 MV-CHIK chikungunya vaccine (NCT03101111) ----------
a("09", "What randomization ratio was used in the MV-CHIK phase 2 trial in Puerto Rico?",
  [["4:1", "4:1 ratio"]], ["will be randomized in a 4:1 ratio"], ["amount"])
a("09", "How many chikungunya-seropositive volunteers were planned for the MV-CHIK study?",
  [["50"]], ["A total of 100 healthy volunteers, 50 of whom are seropositive"], ["count"])
a("09", "Dose of the measles-vectored chikungunya vaccine per injection?",
  [["5E+05 TCID50", "5E+05"]], ["Description: Lyophilized, life attenuated, measles vectored Chikungunya vaccine"], ["dose"])
a("09", "On which study days was MV-CHIK given?",
  [["day 0 and 28", "days 0 and 28"]], ["Masking Description: All subjects will receive two intramuscular injections on day 0 and 28"], ["date"])
a("09", "Where was the MV-CHIK vaccine trial conducted?",
  [["Puerto Rico"]], ["The clinical study to be conducted under this IND will assess the safety of MV-CHIK in a previously epidemic area (Puerto Rico)."], ["place"])
a("09", "Which US federal institute collaborated with Themis on the MV-CHIK trial?",
  [["Walter Reed Army Institute of Research (WRAIR)", "Walter Reed Army Institute of Research"]], ["Collaborator: Walter Reed Army Institute of Research"], ["name"])
a("09", "Age range for the live attenuated chikungunya vaccine study?",
  [["≥21 to ≤50 years"]], ["Aged ≥21 to ≤50 years on the day of enrollment."], ["duration"])
a("09", "What is in each dose of the MMR comparator used in the MV-CHIK trial?",
  [["1000, 12500, and 1000, respectively, TCID50 per dose"]], ["Description: Lyophilized mixture of life attenuated Measles, Mumps, and Rubella viruses"], ["dose"])
a("09", "Until when are MV-CHIK participants followed for safety?",
  [["day 392", "until day 392 after first dose"]], ["Time Frame: Throughout the whole study period (until day 392 after first dose)"], ["duration"])
a("09", "How is viremia measured in the MV-CHIK study?",
  [["Measles virus genome equivalents per milliliter of serum"]], ["Description: Measles virus genome equivalents per milliliter of serum."], ["endpoint"])
a("09", "Sponsor protocol code of the Puerto Rico chikungunya vaccine study?",
  [["MV-CHIK-204"]], ["Org Study ID: MV-CHIK-204"], ["identifier"])
a("09", "How long before screening must blood products or immunoglobulins be avoided for the MV-CHIK trial?",
  [["120 days"]], ["Receipt or planned receipt of blood products including immunoglobulins within 120 days"], ["duration"])
a("09", "Who is the principal investigator of the MV-CHIK trial in San Juan?",
  [["Clemente Diaz"]], ["Overall Official: Clemente Diaz"], ["name"])
u("What neutralizing antibody GMT did MV-CHIK induce by day 56 in seronegative volunteers?",
  "Immunogenicity is a planned outcome; no results are posted.", ["amount"])
u("What seroconversion rate was achieved with MV-CHIK in the Puerto Rico trial?",
  "No results are posted in the record.", ["percentage"])
u("How many subjects will the MV-CHIK phase 3 trial enroll?",
  "Only this phase 2 study (100 anticipated) is described; no phase 3 is mentioned.", ["count"])
u("What was the incidence of arthralgia after MV-CHIK vaccination?",
  "Arthralgia is a solicited symptom, but no adverse-event results are posted.", ["percentage"])

# ---------- 10 SAFEPRIM-II primaquine + DHA-piperaquine (NCT02654730) ----------
a("10", "Which primaquine doses were tested with dihydroartemisinin-piperaquine in G6PD-deficient Gambian males?",
  [["0.25"], ["0.4 mg/kg"]], ["sequentially enrolled into two dosing cohorts consisting of 20 individuals and doses of 0.25 and 0.4 mg/kg PQ"], ["dose", "list"])
a("10", "How many participants were actually enrolled in SAFEPRIM-II?",
  [["61"]], ["Enrollment: 61"], ["count"])
a("10", "Why was the SAFEPRIM-II trial terminated?",
  [["Enrollment took longer than anticipated"]], ["Why Stopped: Enrollment took longer than anticipated"], ["definition"])
a("10", "Where in The Gambia was SAFEPRIM-II conducted?",
  [["Fajara", "Medical Research Council Laboratories, Fajara"]], ["Location: Medical Research Council Laboratories, Fajara, Gambia"], ["place"])
a("10", "Haemoglobin threshold for entry into the primaquine safety study in G6PD deficient males?",
  [["≥11g/dL", "11g/dL"]], ["Forty male participants with haemoglobin levels (≥11g/dL)"], ["amount"])
a("10", "Minimum age for SAFEPRIM-II?",
  [["10 Years"]], ["Minimum Age: 10 Years"], ["duration"])
a("10", "Primary outcome of the SAFEPRIM-II primaquine trial?",
  [["Haemoglobin concentration relative to baseline value as measured by HemoCue"]], ["Measure: Haemoglobin concentration relative to baseline value as measured by HemoCue"], ["endpoint"])
a("10", "How long was the safety observation period before the second SAFEPRIM-II cohort could start?",
  [["10-day", "a 10-day safety observation period"]], ["a 10-day safety observation period is installed"], ["duration"])
a("10", "What brand of dihydroartemisinin-piperaquine was used in SAFEPRIM-II and who makes it?",
  [["Eurartesim"], ["Sigma Tau"]], ["Description: G6PD deficient participants will be treated with dihydroartemisinin-piperaquine (Eurartesim®; Sigma Tau) administered as 3 tablets (40mg PPQ, 320mg DHA) in a once daily regimen for three days"], ["name", "list"])
a("10", "How many arms does the SAFEPRIM-II record list?",
  [["5"]], ["Number of Arms: 5"], ["count"])
a("10", "How were G6PD deficiency and normal status determined for SAFEPRIM-II enrollment?",
  [["fluorescent Spot test"]], ["G6PD deficiency by fluorescent Spot test"], ["definition"])
a("10", "With whom will SAFEPRIM-II share individual participant data?",
  [["WWARN"]], ["IPD Description: WWARN"], ["name"])
a("10", "How many venous blood samples did PK participants in the primaquine G6PD study give?",
  [["seven venous blood samples", "seven"]], ["Five individuals from each intervention group (total of 10) will also be asked to provide seven venous blood samples"], ["count"])
a("10", "On what schedule is primaquine given in the SAFEPRIM-II arms?",
  [["a single dose", "a single dose of 0.25mg/kg of primaquine on the first day of DHAP treatment"]],
  ["in combination with a single dose of 0.25mg/kg of primaquine on the first day of DHAP treatment."], ["dose"])
u("What was the maximum haemoglobin drop in G6PD-deficient males given 0.4 mg/kg primaquine in SAFEPRIM-II?",
  "The 0.4 mg/kg G6PD-deficient cohort was never recruited and no results are posted.", ["amount"])
u("How many SAFEPRIM-II participants developed haemoglobinuria?",
  "No results are posted.", ["count"])
u("What was the primaquine Cmax in G6PD deficient participants of SAFEPRIM-II?",
  "PK sampling is described but no PK results are given.", ["amount"])
u("What was the enrollment of the earlier SAFEPRIM (phase 1) study?",
  "Only SAFEPRIM-II is in the folder; no earlier study's enrollment is given.", ["count"])

# ---------- cross-folder unanswerables (near misses) ----------
u("What upfront payment did Novartis make to license sacubitril/valsartan?", "No deal or payment terms appear in any record.", ["amount"])
u("On what date did FDA approve Replagal for Fabry disease in the US?", "No US approval date is given anywhere; the Replagal record concerns a Canadian treatment protocol.", ["date"])
u("What was the enrollment of the phase 3 dimethyl fumarate trial in multiple sclerosis?", "MS trials are mentioned only as background; no MS trial enrollment is given.", ["count"])
u("Hazard ratio for cardiovascular death with sacubitril/valsartan versus enalapril?", "AWAKE-HF reports no results and no hazard ratios appear in the folder.", ["amount"])
u("What dose of fluconazole was used in the earlier 25-week prophylaxis trial in infants under 1000 g?", "Only the <750 g trial is described; no earlier trial's dose is given.", ["dose"])
u("How many patients received darunavir 800/100 mg once daily in TMC114-C215?", "Only the 600/100 mg BID regimen is described.", ["count"])
u("What is the serum lutein concentration threshold linked to reduced atherosclerosis risk?", "No threshold is given; only baseline group means are reported.", ["amount"])
u("What upfront and milestone payments did Themis Bioscience receive for MV-CHIK?", "No financial terms appear in the record.", ["amount"])


DROP_A = [
    ("01", "Which software"), ("01", "were female"), ("01", "Amlodipine AUC(0-24h) with"),
    ("02", "MedDRA"), ("02", "Neutralizing antibody positives"), ("02", "left ventricular wall thickness"), ("02", "mean age at informed"),
    ("03", "creatinine level"), ("03", "NIH grant number"), ("03", "Median length of hospitalization"), ("03", "Primary completion date"),
    ("04", "For how long was lutein"), ("04", "P value for baseline BMI"), ("04", "funding-related study ID"),
    ("05", "University of Michigan study number"), ("05", "lymphocyte count"), ("05", "Mean baseline RDI"),
    ("06", "Upper age limit"), ("06", "How is activity measured"),
    ("07", "When did the Weill Cornell"), ("07", "OBA/RAC"),
    ("08", "Primary completion date of TMC114-C215"),
    ("09", "principal investigator of the MV-CHIK"),
    ("10", "How many arms"),
]
DROP_U = ["darunavir 800/100", "serum lutein concentration threshold", "Themis Bioscience receive", "earlier 25-week",
          "Raltegravir Tmax", "Who manufactured the AAV2CUhCLN2"]


def apply_drops():
    global A, U
    for p, sub in DROP_A:
        m = [x for x in A if x[0] == p and sub in x[1]]
        assert len(m) == 1, (p, sub, len(m))
        A.remove(m[0])
    for sub in DROP_U:
        m = [x for x in U if sub in x[0]]
        assert len(m) == 1, (sub, len(m))
        U.remove(m[0])


def main():
    apply_drops()
    out = []
    n = 0
    for p, q, facts, hints, tags, note in A:
        d = doc(p)
        facts = [sorted(f, key=len) for f in facts]  # shortest (minimal span) first
        for f in facts:
            for alt in f:
                assert alt in text[d], (p, alt)
        quotes = []
        for h in hints:
            qt = quote_for(d, h)
            if qt not in quotes:
                quotes.append(qt)
        for f in facts:
            assert any(f[0] in qt for qt in quotes), (p, q, f[0], quotes)
        out.append({"question": q, "answerable": True, "gold_sources": [d], "facts": facts,
                    "gold_quotes": quotes, "tags": tags, "note": note})
    for q, note, tags in U:
        out.append({"question": q, "answerable": False, "gold_sources": [], "facts": [],
                    "gold_quotes": [], "tags": tags, "note": note})
    # interleave: keep per-doc order but spread unanswerables
    import random
    random.seed(20)
    random.shuffle(out)
    with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, o in enumerate(out, 1):
            rec = {"id": f"tb-{i:03d}", **o}
            rec = {k: rec[k] for k in ["id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags", "note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(A), "answerable", len(U), "unanswerable")


if __name__ == "__main__":
    main()
