#!/usr/bin/env python3
"""Write ../questions.jsonl. Each answerable item: facts must occur verbatim in a gold source,
gold quotes must occur verbatim in a gold source (asserted here before writing)."""
import json
import os

DOCS = os.path.join(os.path.dirname(__file__), "..", "docs")
F = {
    1: "01_ctgov_NCT00739908_cx157_major_depression_results.txt",
    2: "02_ctgov_NCT00183339_fluoxetine_preschool_autism_results.txt",
    3: "03_ctgov_NCT00739882_efalizumab_trust_hand_foot_psoriasis_results.txt",
    4: "04_article_connect_vortioxetine_cognition_mdd_npp2015.txt",
    5: "05_ema_epar_brintellix_vortioxetine_assessment_excerpt.txt",
    6: "06_ema_package_leaflet_brintellix_vortioxetine.txt",
    7: "07_fda_not_approvable_letters_gepirone_er_nda21164.txt",
    8: "08_sec_10k_corbus_fy2022_license_agreements_excerpt.txt",
    9: "09_ctgov_NCT00739739_pd0299685_interstitial_cystitis_registration.txt",
}
TXT = {k: open(os.path.join(DOCS, v), encoding="utf-8").read() for k, v in F.items()}

Q = []


def A(question, src, facts, quotes, tags):
    Q.append(dict(question=question, answerable=True, src=src, facts=facts, quotes=quotes, tags=tags, note=""))


def U(question, tags, note):
    Q.append(dict(question=question, answerable=False, src=[], facts=[], quotes=[], tags=tags, note=note))


# ---------------- 01 CX157 (NCT00739908)
A("Who is the lead sponsor of the CX157 (TriRima) depression trial?", [1],
  [["CeNeRx BioPharma Inc."]], ["Lead Sponsor: CeNeRx BioPharma Inc."], ["name"])
A("NCT00739908 — actual enrollment?", [1], [["285"]], ["Enrollment: 285 (Actual)"], ["count"])
A("What was the primary outcome in the TriRima MDD study and at what timepoint was it assessed?", [1],
  [["Montgomery and Asberg Depression Rating Scale", "MADRS"], ["Week 6"]],
  ["Measure: Change From Randomization in Montgomery and Asberg Depression Rating Scale (MADRS)",
   "Time Frame: Randomization and study end (Week 6)."], ["endpoint"])
A("What total daily dose of CX157 were patients randomized to?", [1], [["180 mg"]],
  ["- CX157 60mg three times a day (TID) for a total daily dose of 180 mg, or"], ["dose"])
A("Give me the LS mean change in MADRS for CX157 versus placebo in the posted results.", [1],
  [["-12.5"], ["-12.3"]], ["Value | -12.5 (-14.4 to -10.5) | -12.3 (-14.2 to -10.3)"], ["endpoint", "amount"])
A("How many people were screened for the CX157 study and how many of them were screen failures?", [1],
  [["587"], ["302"]],
  ["A total of 587 subjects were screened. Three hundred and two (302) subjects failed to meet study entry criteria, and thus were screen failures."],
  ["count"])
A("What was the most frequent reason patients failed screening in the CX157 trial?", [1],
  [["IDS-SR30 total score cut-off for randomization not met"], ["204"]],
  ["The top three reasons for screen failure were: IDS-SR30 total score cut-off for randomization not met (204 pts); presence of cardiovascular abnormality (18 pts) and Laboratory Abnormalities (14 pts)."],
  ["count"])
A("CX157 study: what proportion of patients were MADRS responders at week 6 in the active arm?", [1],
  [["31.7"]], ["Value | 31.7 (24.0 to 40.1) | 34.3 (26.5 to 42.7)"], ["percentage"])
A("What limitation did the sponsor flag in the CX157 results posting?", [1],
  [["Non-adherence with the study medication was high"]],
  ["Non-adherence with the study medication was high based on the population PK data."], ["definition"])
A("How many CX157 patients were lost to follow-up?", [1], [["14"]], ["Lost to Follow-up | 14 | 9"], ["count"])
A("When were the CX157 results first posted on ClinicalTrials.gov?", [1], [["June 27, 2012"]],
  ["Results First Posted: June 27, 2012 (Estimate)"], ["date"])
A("How does the CX157 results record describe the compound's mechanism of action?", [1],
  [["Reversible Monoamine oxidase inhibition"]],
  ["The mechanism of action of this compound is Reversible Monoamine oxidase inhibition (MAOI)"], ["definition"])
A("Serious adverse events per arm in the TriRima trial?", [1], [["3/142"], ["3/143"]],
  ["Total / Total, serious adverse events | 3/142 | 3/143"], ["count"])
A("Were the CX157 investigators free to publish on their own, or was there a restriction?", [1],
  [["joint multicenter publication"]],
  ["The investigators were informed that the first publication or disclosure of study results shall be a complete, joint multicenter publication or disclosure coordinated by CeNeRx."],
  ["yes-no"])
A("Upper age cutoff for the CX157 study?", [1], [["60 Years"]], ["Maximum Age: 60 Years"], ["count"])
U("What p-value did the posted results report for CX157 versus placebo on the MADRS primary endpoint?", ["endpoint"],
  "The CX157 record gives LS means and 95% CIs per arm but no statistical analysis or p-value.")
U("What was the mean baseline MADRS total score in the CX157 trial?", ["endpoint"],
  "Baseline table of NCT00739908 covers age, sex, race and region only; no baseline MADRS.")
U("How many patients did McLean Hospital randomize into the CX157 study?", ["count"],
  "The record lists McLean Hospital as a site but gives no per-site enrollment.")
U("What plasma concentrations (Cmax) of CX157 were seen in the population PK analysis?", ["amount"],
  "The record only mentions population PK data as evidence of non-adherence; no PK values are given.")

# ---------------- 02 fluoxetine autism (NCT00183339)
A("Which NIH institute is involved in the preschool fluoxetine autism trial?", [2],
  [["National Institute of Mental Health (NIMH)"]], ["Collaborator: National Institute of Mental Health (NIMH)"], ["name"])
A("What ages could enroll in the fluoxetine preschool autism study?", [2], [["30 Months"], ["58 Months"]],
  ["Minimum Age: 30 Months", "Maximum Age: 58 Months"], ["count"])
A("NCT00183339 enrollment?", [2], [["18"]], ["Enrollment: 18 (Actual)"], ["count"])
A("What was the primary outcome of the early-intervention fluoxetine pilot?", [2], [["Rate of Recruitment"]],
  ["Measure: Rate of Recruitment"], ["endpoint"])
A("Dose range of liquid fluoxetine in the autism pilot?", [2], [["2 mg per day"], ["20 mg per day"]],
  ["Between 2 mg per day and 20 mg per day of liquid fluoxetine will be given in the morning using a flexible dosing strategy, following a 36-week dose titration schedule."],
  ["dose"])
A("What attrition did each arm have by month 12 in the fluoxetine preschool trial?", [2], [["60"], ["50"]],
  ["Units: percent of group that discontinued early", "Value | 60 | 50"], ["percentage"])
A("ABC irritability subscale — change from baseline at 12 months on fluoxetine vs placebo?", [2],
  [["-8.50"], ["-0.70"]], ["Value | -0.70 (2.9) | -8.50 (10.6)"], ["endpoint"])
A("Where was the fluoxetine preschool study run?", [2],
  [["Mount Sinai School of Medicine"], ["University of North Carolina, Chapel Hill"]],
  ["Mount Sinai School of Medicine | New York | New York | United States",
   "University of North Carolina, Chapel Hill | Chapel Hill | North Carolina | United States"], ["place", "list"])
A("Was there any serious adverse event in the fluoxetine autism pilot, and in which arm?", [2],
  [["Severe Diarrhea"], ["1/10"]], ["Gastrointestinal disorders / Severe Diarrhea | 1/10 | 0/8"], ["yes-no"])
A("What did the investigators say about how hard it was to recruit preschoolers?", [2], [["twice as long"]],
  ["It took twice as long to recruit subjects for a study in children 30-58 months than it generally takes to recruit older children."],
  ["definition"])
A("Who chaired the fluoxetine preschool study?", [2], [["Linmarie Sikich"]], ["Name: Linmarie Sikich, MD"], ["name"])
A("How many girls were enrolled in NCT00183339?", [2], [["0"]], ["Female | 0 | 0 | 0"], ["count"])
A("When did the preschool fluoxetine study start and finish?", [2], [["July 2005"], ["February 2008"]],
  ["Start Date: July 2005", "Completion Date: February 2008 (Actual)"], ["date"])
U("Which manufacturer supplied the liquid fluoxetine and matching placebo for the autism pilot?", ["name"],
  "The record names the drug (other name Prozac) but not a supplier or manufacturer.")
U("What p-value was reported for fluoxetine versus placebo on the ABC irritability subscale?", ["endpoint"],
  "NCT00183339 posts means and SDs only; no statistical analysis is given.")
U("What mean daily fluoxetine dose did the children reach by the end of titration?", ["dose"],
  "Only the permitted range (2-20 mg/day) is given; no achieved mean dose is reported.")

# ---------------- 03 TRUST efalizumab (NCT00739882)
A("Why was the TRUST Raptiva hand and foot psoriasis study stopped?", [3],
  [["European Medicines Agency recommended to suspend the marketing authorisation of Raptiva"]],
  ["Why Stopped: The study was terminated after the European Medicines Agency recommended to suspend the marketing authorisation of Raptiva in the European Union"],
  ["definition"])
A("TRUST phase?", [3], [["Phase 4"]], ["Phase: Phase 4"], ["identifier"])
A("What efalizumab dosing was used in TRUST?", [3], [["0.7 mg/kg/week"], ["1.0 mg/kg/week"]],
  ["Each subject will receive an initial conditioning dose of 0.7 mg/kg/week and then will continue treatment at a dose of 1.0 mg/kg/week."],
  ["dose"])
A("How many patients started on efalizumab and on placebo in the double-blind period of TRUST?", [3],
  [["51"], ["25"]], ["Period: Double-blind Period", "STARTED | 51 | 25"], ["count"])
A("What was TRUST's primary endpoint?", [3],
  [["PGA - H&F"], ["Week 12"]],
  ["Measure: Proportion Of Participants Achieving A Physician's Global Assessment - Hand & Foot (PGA - H&F) Rating Of Clear, Almost Clear Or Mild At Week 12"],
  ["endpoint"])
A("Did TRUST report any efficacy results for its primary endpoint?", [3],
  [["analysis of efficacy-related endpoints was not performed"]],
  ["Population: Due to the termination of the trial, analysis of efficacy-related endpoints was not performed"],
  ["yes-no"])
A("Which country contributed the most patients to TRUST?", [3], [["Germany"], ["18"]],
  ["Germany | 14 | 4 | 18"], ["place"])
A("What was the most common adverse event on efalizumab in the TRUST double-blind period?", [3],
  [["Headache"], ["10/51"]], ["Nervous system disorders / Headache | 10/51 | 1/25 | 1/17 | 2/14"], ["name"])
A("Who was the TRUST study director and where was she based?", [3],
  [["Nicole Selenko-Gebauer"], ["Merck Serono S.A., Geneva"]],
  ["Name: Nicole Selenko-Gebauer, MD", "Affiliation: Merck Serono S.A., Geneva"], ["name"])
A("How many patients were screened in TRUST before it was stopped, and how many were enrolled?", [3],
  [["100"], ["76"]],
  ["A total of 100 subjects had been screened at the time the trial was terminated, of whom 76 subjects were enrolled in the trial."],
  ["count"])
A("How many TRUST patients went on into the open-label period?", [3], [["31"]],
  ["Seventy six subjects entered the study, 46 completed the double-blind period and 31 of these then entered the open-label period."],
  ["count"])
A("What washout did TRUST require for prior biologics?", [3], [["at least 3 months"]],
  ["6. Discontinuation of all biological agents at least 3 months prior to first study injection."], ["duration"])
A("Lead sponsor of TRUST?", [3], [["Merck KGaA, Darmstadt, Germany"]], ["Lead Sponsor: Merck KGaA, Darmstadt, Germany"], ["name"])
U("On what date did the EMA recommend suspending Raptiva's marketing authorisation?", ["date"],
  "TRUST record says the trial stopped after the EMA recommendation but gives no date for it.")
U("How many investigational sites did TRUST have in Spain?", ["count"],
  "Region-of-enrollment table gives 11 Spanish patients; the location list shows only the Vienna site, no Spanish site count.")
U("What PGA-H&F response rate did efalizumab achieve at week 12 in TRUST?", ["percentage"],
  "Efficacy analyses were not performed after termination; no response rate exists in the record.")

# ---------------- 09 PD 0299685 (NCT00739739)
A("What's Pfizer's internal study number for the PD 0299685 interstitial cystitis trial?", [9], [["A4291043"]],
  ["Organization Study ID: A4291043"], ["identifier"])
A("Which doses of PD 0299685 were tested against placebo?", [9], [["15mg BID"], ["30mg BID"]],
  ["Intervention Name: PD 0299685 at 15mg BID", "Intervention Name: PD 0299685 at 30mg BID"], ["dose", "list"])
A("How many patients enrolled in NCT00739739?", [9], [["161"]], ["Enrollment: 161 (Actual)"], ["count"])
A("What are the two primary outcomes of the PD 0299685 IC/PBS study?", [9],
  [["O'Leary-Sant Interstitial Cystitis Symptom Index"], ["worst daily pain severity score"]],
  ["Measure: Change from baseline in the O'Leary-Sant Interstitial Cystitis Symptom Index (ICSI) score.",
   "Measure: Change from baseline in worst daily pain severity score as measured by an 11-point Numerical Rating Scale (NRS)."],
  ["endpoint", "list"])
A("Which countries had sites in the PD 0299685 trial?", [9],
  [["Canada, Denmark, Finland, France, Germany, United States"]],
  ["Location Countries: Canada, Denmark, Finland, France, Germany, United States"], ["place", "list"])
A("Minimum IC disease history needed to get into the PD 0299685 study?", [9], [["6 months"]],
  ["- History of interstitial cystitis less than 6 months"], ["duration"])
A("In the 30 mg arm of the PD 0299685 study, what capsule strength was used and was there a titration?", [9],
  [["10mg Capsules"], ["2 week titration period at 15mg BID"]],
  ["Description: 10mg Capsules, 3 to be taken in the morning and at bedtime for the duration of the study. Initial 2 week titration period at 15mg BID."],
  ["dose"])
A("When was the PD 0299685 record last updated (posted)?", [9], [["March 28, 2011"]],
  ["Last Update Posted: March 28, 2011 (Estimate)"], ["date"])
A("Masking in NCT00739739?", [9], [["Double (Participant, Investigator)"]], ["Masking: Double (Participant, Investigator)"], ["definition"])
U("Did PD 0299685 beat placebo on the ICSI score?", ["endpoint"],
  "NCT00739739 is a registration without posted results; no efficacy outcome is reported.")
U("What is the mechanism of action of PD 0299685?", ["definition"],
  "The record never describes the drug's mechanism or class.")
U("How many patients completed the PD 0299685 interstitial cystitis study?", ["count"],
  "Only enrollment (161) is given; no participant flow or completion counts.")

# ---------------- 04 CONNECT article
A("What's the ClinicalTrials.gov number of the CONNECT vortioxetine cognition study?", [4], [["NCT01564862"]],
  ["This study is registered at ClinicalTrials.gov with registration number NCT01564862."], ["identifier"])
A("How many subjects were randomized in the vortioxetine cognition study and at how many centers?", [4],
  [["602"], ["80"]],
  ["A total of 602 MDD subjects with self-reported cognitive dysfunction were randomized at 80 psychiatric inpatient and outpatient centers"],
  ["count"])
A("What was the primary end point of the Mahableshwarkar vortioxetine study?", [4],
  [["DSST"], ["week 8"]],
  ["Efficacy was evaluated using ANCOVA for the change from baseline to week 8 in the digit symbol substitution test (DSST)–number of correct symbols as the prespecified primary end point."],
  ["endpoint"])
A("DSST: vortioxetine minus placebo difference and p-value?", [4], [["+1.75"], ["P=0.019"]],
  ["The difference from placebo was significant for vortioxetine (Δ +1.75, 95% CI: 0.28, 3.21; P=0.019; ANCOVA, OC), with a standardized effect size of 0.254 (Table 2 and Figure 3)."],
  ["endpoint", "amount"])
A("Did duloxetine separate from placebo on the DSST in CONNECT? What was its effect size?", [4],
  [["P=0.099"], ["0.176"]],
  ["The difference from placebo was not significant for the duloxetine group (Δ +1.21, 95% CI: −0.23, 2.65; P=0.099), with a standardized effect size of 0.176."],
  ["yes-no"])
A("How was vortioxetine dosed in the CONNECT trial and what mean dose did patients end up on?", [4],
  [["10 mg/day on days 1–7"], ["16.0 mg"]],
  ["Subjects assigned to vortioxetine received 10 mg/day on days 1–7 of the double-blind treatment period, with the option to increase to vortioxetine 20 mg/day at the end of week 1 based on investigator judgment.",
   "The mean dose of vortioxetine during the study was 16.0 mg, with the dose of duloxetine fixed at 60 mg for the entire duration of the trial."],
  ["dose"])
A("Duloxetine dose in the active reference arm, including the taper?", [4], [["60 mg/day"], ["30 mg/day"]],
  ["Subjects assigned to the active reference arm received duloxetine 60 mg/day for the duration of the 8-week double-blind treatment period and duloxetine 30 mg/day for the 1-week taper-down period."],
  ["dose"])
A("Nausea rates by arm in the vortioxetine cognition trial?", [4], [["20.4%"], ["4.2%"], ["20.8%"]],
  ["The TEAEs with an incidence of 5% or more in the vortioxetine group were nausea (vortioxetine, 20.4% placebo, 4.2% and duloxetine, 20.8%), headache (10.2%, 8.4%, and 11.6%, respectively), and diarrhea (5.6%, 2.6%, and 2.9%, respectively) (Table 3)."],
  ["percentage"])
A("Who sponsored the CONNECT study?", [4], [["Takeda Pharmaceutical Company"], ["H Lundbeck A/S"]],
  ["This study was sponsored by the Takeda Pharmaceutical Company and H Lundbeck A/S."], ["name"])
A("According to the path analysis, how much of vortioxetine's DSST effect was a direct effect?", [4], [["75.7%"]],
  ["Path analysis demonstrated that 75.7% of the effect of vortioxetine on cognitive functioning (DSST performance) could be directly attributed to an independent treatment effect and was not mediated by improvements in mood or depressive symptoms (MADRS)."],
  ["percentage"])
A("Head to head on the UPSA composite, how did vortioxetine do against duloxetine?", [4], [["+2.56"], ["P=0.001"]],
  ["Vortioxetine demonstrated a significantly greater improvement on the UPSA composite score compared with duloxetine (Δ +2.56, 95% CI: 1.03, 4.10; P=0.001; ANCOVA, OC)."],
  ["endpoint"])
A("What MADRS threshold and episode duration were required for entry into CONNECT?", [4], [["≥26"], ["3 months"]],
  ["Subjects had to have moderate to severe depression, with a Montgomery–Åsberg Depression Rating Scale (MADRS) total score of ≥26 at screening and baseline, and a duration of at least 3 months for the current MDE."],
  ["count", "duration"])
A("When was the vortioxetine cognition study conducted?", [4], [["April 2012"], ["February 2014"]],
  ["The study was conducted between April 2012 and February 2014, enrolling a total of 602 subjects at 80 psychiatric inpatient and outpatient sites in the United States and Europe using doses in line with current approved prescribing information."],
  ["date"])
A("What fraction of each arm completed the 8 weeks in CONNECT?", [4], [["84.8%"], ["84.5%"], ["83.8%"]],
  ["The proportion of subjects in the vortioxetine group who completed the 8-week treatment period (84.8%) was similar to the placebo group (84.5%) and the duloxetine group (83.8%) (Figure 1)."],
  ["percentage"])
A("What assumptions drove the CONNECT sample size?", [4],
  [["600 subjects"], ["80% power"], ["3.3"]],
  ["Assuming SD of 10.8 for the change from baseline in the DSST performance score at week 8 and a 15% dropout rate, it was calculated that 600 subjects (200 per treatment group) were required to achieve ≥80% power to detect a difference of 3.3 in the change from baseline in DSST performance score between vortioxetine and placebo by a 2-sample t-test with a 2-sided significance level of P<0.05."],
  ["count"])
A("How many CONNECT patients came from Russia?", [4], [["n=11"]],
  ["Russia, 3 sites, n=11"], ["count", "place"])
A("Rate of discontinuation due to adverse events, vortioxetine vs placebo, in CONNECT?", [4], [["3.6%"], ["3.7%"]],
  ["The rate of discontinuations because of TEAEs was relatively low in the vortioxetine group (3.6%) and comparable to that in the placebo group (3.7%)."],
  ["percentage"])
A("Which journal and volume published the CONNECT results?", [4], [["Neuropsychopharmacology"], ["40"]],
  ["Journal: Neuropsychopharmacology", "Volume: 40"], ["name"])
A("The WLQ results came from only part of the population — how many?", [4], [["219 of 529 subjects, 41.4%"]],
  ["The results on the WLQ may not be generalizable, as the WLQ was only performed in the subset of patients who had been employed at least 14 days before baseline (219 of 529 subjects, 41.4%)."],
  ["count"])
U("What did the long-term extension of CONNECT show for DSST at 52 weeks?", ["endpoint"],
  "The article covers an 8-week acute phase plus 1-week taper only; no extension data.")
U("What was the DSST change at week 4 in the vortioxetine arm of CONNECT?", ["endpoint"],
  "Only week 8 DSST results are reported in the text and tables.")
U("How much did the CONNECT trial cost to run?", ["amount"], "No budget or cost figures appear in the article.")

# ---------------- 05 Brintellix EPAR
A("When did Lundbeck submit the Brintellix MAA to the EMA?", [5], [["24 August 2012"]],
  ["The applicant H. Lundbeck A/S submitted on 24 August 2012 an application for Marketing Authorisation to the European Medicines Agency (EMA) for Brintellix, through the centralised procedure under Article 3 (2) (a) of Regulation (EC) No 726/2004."],
  ["date"])
A("What legal basis was the Brintellix application filed under?", [5], [["Article 8.3 of Directive 2001/83/EC"]],
  ["Article 8.3 of Directive 2001/83/EC - complete and independent application."], ["definition"])
A("Who were the rapporteur and co-rapporteur for Brintellix?", [5], [["Bart Van der Schueren"], ["Martina Weise"]],
  ["Rapporteur: Bart Van der Schueren (replacing Walter Janssens)", "Co-Rapporteur: Martina Weise"], ["name"])
A("When did CHMP adopt its positive opinion on Brintellix?", [5], [["21-24 October 2013"]],
  ["During the meeting on 21-24 October 2013, the CHMP, in the light of the overall data submitted and the scientific discussion within the Committee, issued a positive opinion for granting a Marketing Authorisation to Brintellix."],
  ["date"])
A("What dose of Brintellix did the applicant propose in the SmPC?", [5], [["10 mg once daily"], ["20 mg"], ["5 mg"]],
  ["The recommended dose proposed by the Applicant in the SmPC is 10 mg once daily (taken with or without food). Depending on individual patient response, the dose may be increased to a maximum of 20 mg daily or reduced to a minimum of 5 mg daily."],
  ["dose"])
A("In the meta-analyses, what MADRS difference vs placebo did 10 mg/day vortioxetine show?", [5], [["-4.1 points"]],
  ["The average effect size was -4.1 points (p <0.001) for the 10 mg/day doses."], ["endpoint"])
A("Out of the short-term placebo-controlled studies, in how many did vortioxetine show efficacy?", [5], [["9 of the 12 studies"]],
  ["The efficacy of vortioxetine was demonstrated with at least one dosage group across 9 of the 12 studies, showing at least a 2-point difference to placebo in the Montgomery and Åsberg Depression Rating Scale (MADRS) or Hamilton Depression Rating Scale 24-item (HAM-D24) total score."],
  ["count"])
A("Which site is responsible for batch release of Brintellix?", [5], [["H. Lundbeck A/S"], ["Valby"]],
  ["Manufacturer responsible for batch release", "2500 Valby"], ["place", "name"])
A("Per the EPAR, when was Brintellix authorised in the USA?", [5], [["30th Septebmer 2013"]],
  ["Brintellix has been given a Marketing Authorisation in USA on 30th Septebmer 2013."], ["date"])
A("What presentations and strengths were in the Brintellix application?", [5],
  [["5, 10, 15 or 20mg"], ["20mg/ml"]],
  ["The finished product is presented as immediate-release film-coated tablets containing 5, 10, 15 or 20mg of Vortioxetine (as hydrobromide salt) as the active substance and as oral drops containing 20mg/ml of Vortioxetine (as the lactate salt) as the active substance."],
  ["dose", "list"])
A("How common was treatment-emergent sexual dysfunction at the top two vortioxetine doses in the EPAR?", [5],
  [["43 and 46%"]],
  ["The incidence of TESD was 43 and 46% in the Vortioxetine 15 and 20 mg groups, respectively, and the latter is close to the duloxetine level, which is associated with sexual dysfunction."],
  ["percentage"])
A("When is the first PSUR due for Brintellix?", [5], [["within 6 months following authorisation"]],
  ["The marketing authorisation holder shall submit the first periodic safety update report for this product within 6 months following authorisation."],
  ["duration"])
A("What did the relapse prevention study show about relapse risk on placebo?", [5], [["two times higher"]],
  ["In one relapse prevention study, the risk to relapse was two times higher for placebo-treated patients than for vortioxetine-treated patients, and there was a statistically superior effect of vortioxetine 5 and 10 mg/day relative to placebo on the time to relapse of MDD."],
  ["endpoint"])
A("Was there a head-to-head versus agomelatine, and what did it show?", [5],
  [["agomelatine 25 or 50 mg/day"], ["statistically significantly better than agomelatine"]],
  ["The efficacy of vortioxetine 10 or 20 mg/day was further demonstrated in a 12-week, double-blind, flexible-dose comparative study versus agomelatine 25 or 50 mg/day in patients with MDD.",
   "Vortioxetine was statistically significantly better than agomelatine as measured by improvement in the MADRS total score."],
  ["yes-no"])
A("Paediatric investigation plan decision number for Brintellix?", [5], [["P/282/2011"]],
  ["Pursuant to Article 7 of Regulation (EC) No 1901/2006, the application included an EMA Decision P/282/2011 on the agreement of a paediatric investigation plan."],
  ["identifier"])
A("Where else had Lundbeck filed for vortioxetine at the time of the EPAR?", [5],
  [["Canada, Switzerland, Australia, Brazil, Mexico, Turkey, South Africa and Korea"]],
  ["A new application was filed in the following countries: Canada, Switzerland, Australia, Brazil, Mexico, Turkey, South Africa and Korea."],
  ["place", "list"])
A("Which RMP version did PRAC review for Brintellix?", [5], [["version 3.0"]],
  ["Based on the PRAC review of the Risk Management Plan version 3.0, the PRAC considers by consensus that the risk management system for Vortioxetine (Brintellix) for the treatment of major depressive episodes in adults is acceptable."],
  ["identifier"])
A("What did the CHMP conclude on the benefit-risk for patients under 65?", [5], [["5 to 20 mg/day dose range"]],
  ["The overall Benefit /Risk of Brintellix is positive for the 5 to 20 mg/day dose range in adults aged <65 years of age."],
  ["definition"])
U("What EU marketing authorisation numbers were assigned to the Brintellix tablets?", ["identifier"],
  "The EPAR excerpt and the leaflet give no EU/1/... authorisation numbers.")
U("On what date did the European Commission grant the Brintellix marketing authorisation?", ["date"],
  "The EPAR records the CHMP opinion (October 2013) but not the Commission decision date.")
U("How many patients in total were exposed to vortioxetine across the clinical programme?", ["count"],
  "The excerpt's safety conclusions give no total exposure number.")
U("What is vortioxetine's elimination half-life?", ["duration"],
  "Pharmacokinetic sections were not included; neither EPAR excerpt, leaflet nor article gives a half-life.")

# ---------------- 06 Brintellix leaflet
A("How long must a patient wait between stopping a non-selective MAOI and starting Brintellix?", [6], [["14 days"]],
  ["If you have taken any of these medicines, you will need to wait 14 days before you start taking Brintellix."],
  ["duration"])
A("Which side effect does the Brintellix leaflet list as very common?", [6], [["nausea"]],
  ["Very common: may affect more than 1 in 10 people", "- nausea"], ["name"])
A("Any special storage conditions for Brintellix?", [6], [["does not require any special storage conditions"]],
  ["This medicine does not require any special storage conditions."], ["yes-no"])
A("What pack sizes are listed for Brintellix 5 mg tablets?", [6],
  [["14, 28, 98, 56x1, 98x1, 126 (9x14) 490 (5x(98x1))"], ["100 and 200 tablets"]],
  ["Brintellix film-coated tablets 5 mg are available in blister packs of 14, 28, 98, 56x1, 98x1, 126 (9x14) 490 (5x(98x1)) tablets and in tablet containers of 100 and 200 tablets."],
  ["list", "count"])
A("What does the 5 mg tablet look like?", [6], [["Pink, almond-shaped 5 x 8.4 mm"]],
  ["Pink, almond-shaped 5 x 8.4 mm film-coated tablet (tablet) marked with TL on one side and 5 on the other side."],
  ["definition"])
A("How much sodium is in a Brintellix tablet?", [6], [["less than 1 mmol sodium (23 mg) per tablet"]],
  ["This medicine contains less than 1 mmol sodium (23 mg) per tablet, that is to say essentially sodium- free ."],
  ["amount"])
A("Can Brintellix be given to adolescents?", [6], [["should not be used in paediatric patients (under 18 years of age)"]],
  ["Brintellix should not be used in paediatric patients (under 18 years of age) because efficacy has not been demonstrated."],
  ["yes-no"])
A("Patient missed a Brintellix dose — what does the leaflet say?", [6],
  [["Take the next dose at the usual time"], ["Do not take a double dose"]],
  ["Take the next dose at the usual time. Do not take a double dose to make up for a forgotten dose."], ["dose"])
A("How long should treatment continue after the patient feels better, per the leaflet?", [6], [["at least 6 months"]],
  ["Treatment should be continued for at least 6 months after you feel well again."], ["duration"])
A("Can Brintellix interfere with urine drug screens?", [6], [["methadone"]],
  ["If you are having a urine drug screen, taking Brintellix may cause positive results for methadone when some test methods are used, even though you may not be taking methadone."],
  ["yes-no"])
A("When do discontinuation symptoms typically show up after stopping Brintellix?", [6], [["within the first week after stopping"]],
  ["These symptoms may occur within the first week after stopping Brintellix."], ["duration"])
A("Is Brintellix OK during breast-feeding?", [6], [["not to be used during breast-feeding"]],
  ["Brintellix is not to be used during breast-feeding."], ["yes-no"])
U("What is the shelf life of Brintellix tablets in months?", ["duration"],
  "The leaflet only refers to the expiry date on the pack; no shelf life is stated, and the EPAR excerpt omits it.")
U("What colour and size is the Brintellix 20 mg tablet?", ["definition"],
  "The leaflet in the folder describes only the 5 mg tablet.")
U("Who is Lundbeck's local representative in Italy for Brintellix?", ["name"],
  "The local-representative list was cut from the leaflet ([...]); no Italian contact is given.")

# ---------------- 07 gepirone FDA letters
A("What was the date of FDA's most recent not-approvable letter for gepirone ER, and to whom was it sent?", [7],
  [["November 2, 2007", "11/2/2007"], ["Fabre-Kramer Pharmaceuticals, Inc."]],
  ["Robert Temple\n11/2/2007 02:23:04 PM", "Fabre-Kramer Pharmaceuticals, Inc."], ["date", "name"])
A("Who signed the gepirone not-approvable letters?", [7], [["Robert Temple"], ["Office of Drug Evaluation I"]],
  ["Robert Temple, M.D.\nDirector\nOffice of Drug Evaluation I"], ["name"])
A("When was the gepirone ER NDA originally dated and received?", [7], [["September 30, 1999"], ["October 1, 1999"]],
  ["Please refer to your new drug application dated September 30, 1999 received October 1, 1999, submitted under section 505(b) of the Federal Food, Drug, and Cosmetic Act for Gepirone Hydrochloride Extended Release 20mg, 40mg, 60mg, and 80mg tablets."],
  ["date"])
A("In the 2007 letter, which gepirone trials did FDA accept as positive, out of how many?", [7],
  [["FKGBE007"], ["134001"], ["12 studies"]],
  ["Although we agree that you have provided two well – controlled trials that show a significant effect, i.e. studies FKGBE007 and 134001, this evidence is derived from a total pool of 12 studies."],
  ["list", "count"])
A("What effect size did FDA get when it meta-analysed the 10 failed gepirone studies?", [7], [["-0.09 (p= 0.62)"]],
  ["Using your meta-analytic model for these 10 trials we found an effect size of essentially zero, -0.09 (p= 0.62)."],
  ["endpoint"])
A("In which gepirone trials was an active comparator statistically superior to gepirone ER?", [7],
  [["ORG 134004"], ["ORG 134017"], ["ORG 134006"]],
  ["ORG 134004 | Fluoxetine | -1.71 (p=0.027)", "ORG 134017 | Fluoxetine | -1.54 (p=0.042)", "ORG 134006 | Paroxetine | -1.85 (p=0.012)"],
  ["list"])
A("Study 28709: what relapse rates did the sponsor report, and what happened when the 5 reclassified patients were counted?", [7],
  [["29/126 (23%)"], ["p=0.024"], ["34/126 (27%)"], ["p=0.101"]],
  ["Gepirone: 29/126 (23%)", "Placebo: 43/124 (35%) | p=0.024", "Gepirone: 34/126 (27%)", "Placebo: | 43/124 (35%) | p=0.101"],
  ["endpoint"])
A("Which proposed trade names for gepirone ER did FDA reject?", [7], [["Variza"], ["Alrize"], ["Ariza"]],
  ["Our Division of Medication Errors and Technical Support (DMETS) has completed their review of your proposed tradenames of \"Variza\" and \"Alrize\".",
   "Please refer to our Agency letter dated January 14, 2002, informing you that your proposed tradename of Ariza was unacceptable."],
  ["name", "list"])
A("What interim dissolution specifications did FDA accept for gepirone ER in 2004?", [7],
  [["15-25% at 1 h"], ["40-85% at 5 h"], ["65-86% at 12 h"], ["> 86% at 20 h"]],
  ["15-25% at 1 h\n40-85% at 5 h\n65-86% at 12 h\n> 86% at 20 h"], ["list", "percentage"])
A("How much long-term exposure at >40 mg did the 2002 letter say the gepirone database had?", [7],
  [["124 subjects"], ["35 subjects"]],
  ["Your application contains data showing that there were only 124 subjects exposed to a modal dose >40 mg for approximately 6 months and only 35 subjects exposed to a modal dose >40 mg for approximately 1 year."],
  ["count"])
A("What ICH exposure targets did FDA cite for long-term safety?", [7], [["300-600 individuals"], ["100 individuals"]],
  ["The ICH guidelines indicate that there should be 300-600 individuals exposed to an effective dose for 6 months and 100 individuals exposed to an effective dose for 1 year."],
  ["count"])
A("How big was the food effect on gepirone ER?", [7], [["62%"]],
  ["In the food effect study, the data showed that food has a significant effect on gepirone bioavailability (increase in Cmax approximately of 62%)."],
  ["percentage"])
A("What interaction was seen between gepirone and ketoconazole?", [7], [["5- fold increase in gepirone concentrations"]],
  ["A strong pharmacokinetic interaction was observed between gepirone and ketoconazole (5- fold increase in gepirone concentrations)."],
  ["amount"])
A("Which manufacturing site did FDA say would close and need to be withdrawn from the gepirone NDA?", [7],
  [["Organon Inc. Sub Akzona Inc."], ["June 2004"]],
  ["The Office of Compliance has informed us that the Organon Inc. Sub Akzona Inc. (West Orange, NJ; CFN #2211109) site will be closing in June 2004."],
  ["place"])
A("What stability testing intervals did FDA ask for in the 2002 gepirone letter?", [7], [["0, 3, 6, 9, and 12 months"]],
  ["Please commit to testing at intervals of 0, 3, 6, 9, and 12 months then yearly thereafter."], ["list"])
A("When did FDA originally refuse to file the gepirone NDA?", [7], [["November 30, 1999"]],
  ["Reference is also made to an Agency letter dated November 30, 1999, refusing to file this application, and to your resubmission of the above referenced NDA dated May 18, 2001."],
  ["date"])
A("Who was the regulatory project manager contact on the 2007 gepirone letter?", [7], [["Renmeet Grewal"]],
  ["If you have any questions, contact LCDR Renmeet Grewal, Pharm.D., Senior Regulatory Project Manager, at (301) 796-1080."],
  ["name"])
A("How long did the sponsor have to respond to the gepirone not-approvable letters?", [7], [["Within 10 days"]],
  ["Within 10 days after the date of this letter, you are required to amend the application, notify us of your intent to file an amendment, or follow one of your other options under 21 CFR 314.120."],
  ["duration"])
U("Was gepirone ER eventually approved by FDA, and under what brand name?", ["yes-no", "name"],
  "The letters cover 2002-2007 not-approvable actions only; no later approval or accepted brand name is mentioned.")
U("What is the redacted acceptance limit for individual unspecified impurities in gepirone ER?", ["percentage"],
  "The limit is redacted in the released letter (the text reads 'NMT %').")
U("How many patients were randomized in gepirone study FKGBE007?", ["count"],
  "The letters name FKGBE007 as positive but give no sample size for it.")
U("What financial terms did Organon and Fabre-Kramer agree when the gepirone NDA changed hands?", ["amount"],
  "The letters show both companies as applicants but describe no transaction or terms.")

# ---------------- 08 Corbus 10-K
A("Upfront under the CSPC licence?", [8], [["$7.5 million"], ["$5.0 million at signing"], ["$2.5 million payment after eighteen months"]],
  ["We will pay CSPC an upfront payment of $7.5 million ($5.0 million at signing followed by a $2.5 million payment after eighteen months)."],
  ["amount"])
A("What milestones can CSPC earn under the CRB-701 deal?", [8], [["$130 million"], ["$555 million"]],
  ["CSPC will also be eligible to receive low double-digit royalties on net sales and up to $130 million in potential development and regulatory milestone payments and $555 million in potential commercial milestone payments."],
  ["amount"])
A("Royalty rate owed to CSPC on CRB-701 sales?", [8], [["low double-digit", "low double digits"]],
  ["CSPC will also be eligible to receive low double-digit royalties on net sales and up to $130 million in potential development and regulatory milestone payments and $555 million in potential commercial milestone payments."],
  ["percentage"])
A("Which territories does Corbus get for CRB-701?", [8],
  [["United States, Canada, the European Union (including the European Free Trade Area), the United Kingdom, and Australia"]],
  ["The CSPC License Agreement covers exclusive commercialization rights to CRB-701 in the United States, Canada, the European Union (including the European Free Trade Area), the United Kingdom, and Australia."],
  ["place", "list"])
A("When was the CSPC licence signed?", [8], [["February 12, 2023"]],
  ["On February 12, 2023, we entered into the CSPC License Agreement with CSPC pursuant to which we received an exclusive license to obtain certain exclusive rights to develop and commercialize CRB-701 (SYS6002), a novel clinical stage antibody drug conjugate targeting Nectin-4."],
  ["date"])
A("Jenrin deal economics for Corbus — milestones and royalties?", [8], [["$18.4 million"], ["mid, single digits"]],
  ["Pursuant to the terms of the Jenrin License Agreement, we are obligated to pay potential milestone payments to Jenrin totaling up to $18.4 million for each compound we elect to develop based upon the achievement of specified development and regulatory milestones.",
   "In addition, we are obligated to pay Jenrin royalties in the mid, single digits based on net sales of any Licensed Products, as defined in the Jenrin License Agreement, subject to specified reductions."],
  ["amount"])
A("Total potential milestones payable to UCSF for CRB-601?", [8], [["$153.15 million"], ["$50,000"]],
  ["Pursuant to the terms of the UCSF License Agreement, we are obligated to pay potential milestone payments to UCSF totaling up to $153.15 million based upon the achievement of specified development and regulatory milestones, excluding indication milestones for antibodies used for diagnostic products and services that will be an additional $50,000 for each new indication."],
  ["amount"])
A("What does Corbus owe Milky Way BioPharma?", [8], [["$53.0 million"], ["lower, single digits"]],
  ["Pursuant to the terms of the Milky Way License Agreement, we are obligated to pay potential milestone payments to Milky Way totaling up to $53.0 million based upon the achievement of specified development and regulatory milestones.",
   "In addition, we are obligated to pay Milky Way royalties in the lower, single digits based on net sales of any Licensed Products, as defined in the Milky Way License Agreement."],
  ["amount"])
A("How long does the royalty term run under the CSPC licence?", [8],
  [["10 years after the date of the First Commercial Sale"], ["Regulatory Exclusivity"]],
  ["The Royalty Term is the period beginning from the First Commercial Sale of the Licensed Product in the country until the later of the expiration of the last-to-expire Valid Claim in any Licensor Patent in the country that Covers the Licensed product, 10 years after the date of the First Commercial Sale in the country, or expiration of the Regulatory Exclusivity for the Licensed Product in the country."],
  ["duration"])
A("Corbus R&D spend in 2022 vs 2021?", [8], [["$16,137,000"], ["$36,445,000"]],
  ["We incurred expenses of approximately $16,137,000 and $36,445,000 for research and development activities for the years ended December 31, 2022 and 2021, respectively."],
  ["amount"])
A("Reverse split ratio and effective date at Corbus?", [8], [["1-for-30"], ["February 14, 2023"]],
  ["On February 9, 2023, the Board of Directors approved a 1-for-30 reverse stock split, and we filed the Amendment for the Reverse Stock Split with the Secretary of State of the State of Delaware.",
   "The Reverse Stock Split became effective in accordance with the terms of the Amendment on February 14, 2023."],
  ["date"])
A("What did the Venn Therapeutics settlement cost Corbus?", [8], [["$5,000,000"]],
  ["Litigation Settlement expense for the year ended December 31, 2022 totaled $5,000,000 as a result of the settlement with Venn Therapeutics, LLC."],
  ["amount"])
A("Corbus accumulated deficit at year-end 2022?", [8], [["$392,081,000"]],
  ["At December 31, 2022, our accumulated deficit since inception was approximately $392,081,000."], ["amount"])
A("Shares outstanding on the 10-K cover?", [8], [["4,171,297"]],
  ["As of March 3, 2023, the number of shares outstanding of the registrant’s common stock, $0.0001 par value per share, was 4,171,297."],
  ["count"])
A("When do the licensed patent applications for CRB-701 and CRB-601 run out, if granted?", [8], [["2042"], ["2043"]],
  ["The last of the licensed patent applications, if granted, is projected to expire in 2042.",
   "The last of the licensed patent applications, if granted, is projected to expire in 2043."],
  ["date"])
A("When did Corbus sign the Jenrin licence?", [8], [["September 20, 2018"]],
  ["On September 20, 2018, we entered into an exclusive license agreement with Jenrin Discovery, LLC which provides us with an exclusive worldwide license to develop and market cannabinoid compounds covered by the Jenrin issued patents and patent applications that cover the composition and method of use of selective cannabinoid receptor modulators."],
  ["date"])
A("What payload does CRB-701 carry, and what is CSPC's code for it?", [8], [["monomethyl auristatin E"], ["SYS6002"]],
  ["CRB-701 is a novel clinical stage ADC that targets the expression of Nectin-4 on cancer cells to release a cytotoxic payload of monomethyl auristatin E (MMAE).",
   "CRB-701 (SYS6002)"],
  ["name", "identifier"])
A("How much did the Cystic Fibrosis Foundation award to Corbus for lenabasum?", [8], [["$25 million"]],
  ["We received the entire $25 million from the CFF and have recorded a total of $18,784,775 in revenue to date less the fair value of $6,215,225 associated with the CFF Warrant (see note 11 and 16)."],
  ["amount"])
U("What exact royalty percentage does Corbus pay CSPC?", ["percentage"],
  "The 10-K only says royalties are in the low double digits; no exact rate is disclosed.")
U("How much upfront did Corbus pay Jenrin for the CRB-913 licence?", ["amount"],
  "The excerpt gives Jenrin milestones and royalties but no upfront amount.")
U("Who holds the rights to CRB-701 in Japan?", ["name", "place"],
  "Corbus's territory is listed (US, Canada, EU/EFTA, UK, Australia); rights outside it are not described.")
U("How long does Corbus say its cash will fund operations?", ["duration"],
  "The excerpt's liquidity text gives working capital and cash but no runway statement.")
U("What is the NCT number of CSPC's Phase 1 CRB-701 trial in China?", ["identifier"],
  "The 10-K mentions the Chinese Phase 1 dose-escalation trial without any registry number.")

# ---------------- cross-document
A("Which of the four ClinicalTrials.gov records in the folder enrolled the most participants?", [1, 2, 3, 9],
  [["285"]],
  ["Enrollment: 285 (Actual)", "Enrollment: 18 (Actual)", "Enrollment: 76 (Actual)", "Enrollment: 161 (Actual)"],
  ["cross-document", "count"])
A("What starting dose do the EPAR and the leaflet give for patients aged 65 or older — do they agree?", [5, 6],
  [["5 mg/day"], ["5 mg vortioxetine taken once daily"]],
  ["the starting dose should be 5 mg/day in the elderly",
   "For elderly people 65 years of age or older, the starting dose is 5 mg vortioxetine taken once daily."],
  ["cross-document", "dose"])
A("Was the vortioxetine dosing in the CONNECT trial within the dose range CHMP judged positive?", [4, 5],
  [["10 or 20 mg q.d."], ["5 to 20 mg/day"]],
  ["Subjects with MDD who subjectively reported cognitive dysfunction were randomly assigned to receive 8 weeks of double-blind treatment comparing flexible doses of vortioxetine (10 or 20 mg q.d.) or placebo.",
   "The overall Benefit /Risk of Brintellix is positive for the 5 to 20 mg/day dose range in adults aged <65 years of age."],
  ["cross-document", "dose"])
A("How does the nausea rate on vortioxetine in CONNECT compare with what the EPAR says about nausea?", [4, 5],
  [["20.4%"], ["Up to one-third"]],
  ["The TEAEs with an incidence of 5% or more in the vortioxetine group were nausea (vortioxetine, 20.4% placebo, 4.2% and duloxetine, 20.8%), headache (10.2%, 8.4%, and 11.6%, respectively), and diarrhea (5.6%, 2.6%, and 2.9%, respectively) (Table 3).",
   "Up to one-third of all patients reported nausea as most common adverse event under Vortioxetine treatment being of highest occurrence during the first weeks of treatment."],
  ["cross-document", "percentage"])
A("CX157's posting describes its mechanism — would the Brintellix leaflet allow co-prescribing with that drug class?", [1, 6],
  [["Reversible Monoamine oxidase inhibition"], ["selective MAO-A inhibitors"]],
  ["The mechanism of action of this compound is Reversible Monoamine oxidase inhibition (MAOI)",
   "- if you are taking other medicines for depression known as non-selective monoamine oxidase inhibitors or selective MAO-A inhibitors. Ask your doctor if you are uncertain."],
  ["cross-document", "yes-no"])
A("Duloxetine 60 mg was an active reference both in CONNECT and in EPAR study 11984A — how did it perform in each?", [4, 5],
  [["P=0.099"], ["neither vortioxetine nor duloxetine was better than placebo"]],
  ["The difference from placebo was not significant for the duloxetine group (Δ +1.21, 95% CI: −0.23, 2.65; P=0.099), with a standardized effect size of 0.176.",
   "In this latter trial, the effect of neither vortioxetine nor duloxetine was better than placebo in the primary LOCF analysis."],
  ["cross-document", "endpoint"])
A("Did CONNECT's MADRS separation from placebo meet the 2-point difference the EPAR uses as its yardstick?", [4, 5],
  [["Δ −2.3"], ["at least a 2-point difference"]],
  ["The study was validated because both vortioxetine and duloxetine demonstrated a statistically significant change from baseline in mood symptoms compared with placebo at the end of week 8, as measured by change in MADRS (vortioxetine, Δ −2.3, 95% CI: −4.3, −0.4; P<0.05; duloxetine, Δ −3.3, 95% CI: −5.2, −1.4; P<0.001; MMRM, FAS) (Table 2 and Supplementary Appendix C).",
   "The efficacy of vortioxetine was demonstrated with at least one dosage group across 9 of the 12 studies, showing at least a 2-point difference to placebo in the Montgomery and Åsberg Depression Rating Scale (MADRS) or Hamilton Depression Rating Scale 24-item (HAM-D24) total score."],
  ["cross-document", "endpoint"])
A("Which depression rating scale was the CX157 trial's primary measure, and which scale did FDA use as the common efficacy measure when re-evaluating the gepirone trials?", [1, 7],
  [["MADRS", "Montgomery and Asberg Depression Rating Scale"], ["HAMD-17"]],
  ["Measure: Change From Randomization in Montgomery and Asberg Depression Rating Scale (MADRS)",
   "We have re-evaluated all 12 trials with a focus on the HAMD-17 total score as a common measure of efficacy."],
  ["cross-document", "endpoint"])
A("Compare treatment durations: CX157 study vs the CONNECT vortioxetine study.", [1, 4],
  [["six-week treatment period"], ["8 weeks of double-blind treatment"]],
  ["The subjects who meet all criteria will be randomized to study medication and enter into a six-week treatment period and a subsequent one week Follow-Up period.",
   "Subjects with MDD who subjectively reported cognitive dysfunction were randomly assigned to receive 8 weeks of double-blind treatment comparing flexible doses of vortioxetine (10 or 20 mg q.d.) or placebo."],
  ["cross-document", "duration"])
A("Across the depression trials in the folder, which reported a suicide attempt as a serious adverse event, and in which arm?", [1, 4],
  [["Suicidal Attempt"], ["One subject in the vortioxetine treatment arm attempted suicide"]],
  ["Psychiatric disorders / Suicidal Attempt | 0/142 | 1/143",
   "One subject in the vortioxetine treatment arm attempted suicide that was possibly attributed to treatment."],
  ["cross-document", "name"])
A("Who are the industry sponsors of the CX157 and PD 0299685 trials?", [1, 9],
  [["CeNeRx BioPharma Inc."], ["Pfizer"]],
  ["Lead Sponsor: CeNeRx BioPharma Inc.", "Lead Sponsor: Pfizer"], ["cross-document", "name"])
U("Which of the registry trials in the folder had the highest per-patient cost?", ["cross-document", "amount"],
  "No document reports trial costs.")
U("Did Lundbeck pay Corbus or CSPC anything for vortioxetine rights?", ["cross-document", "amount"],
  "No document links Lundbeck with Corbus or CSPC; the Corbus 10-K covers CRB-701/CRB-601/CRB-913 deals only.")


CUT = {10, 11, 13, 15, 22, 30, 32, 37, 44, 46, 48, 54, 59, 60, 70, 76, 79, 80, 81, 82,
       87, 93, 97, 100, 101, 102, 110, 113, 117, 119, 124, 133, 136, 137, 139, 140, 156, 157, 158, 160, 162}

U("What CYP2D6 poor-metaboliser dose adjustment applies to Brintellix?", ["dose"],
  "The EPAR excerpt only says CYP2D6 status affects exposure; no dose adjustment is given in the EPAR excerpt or the leaflet.")
U("Which institutional review board approved the preschool fluoxetine autism protocol?", ["name"],
  "NCT00183339 names sponsor, collaborator and sites but no IRB.")
U("How many patients did the Finnish sites randomize in the PD 0299685 study?", ["count", "place"],
  "The record lists five Finnish sites but no per-country or per-site enrollment.")
U("What was the mean baseline HAMD-17 score in gepirone ER study 134001?", ["endpoint"],
  "The letters cite baseline HAMD-17 of 13-14 only for IR study 03A7A-003; none is given for 134001.")


def main():
    out = []
    Qk = [q for i, q in enumerate(Q, 1) if i not in CUT]
    for i, q in enumerate(Qk, 1):
        srcs = [F[k] for k in q["src"]]
        texts = [TXT[k] for k in q["src"]]
        if q["answerable"]:
            for fact in q["facts"]:
                for alt in fact:
                    assert any(alt in t for t in texts), (i, q["question"], alt)
            for gq in q["quotes"]:
                assert any(gq in t for t in texts), (i, q["question"], gq[:80])
            assert 1 <= len(q["quotes"]) <= 4
        out.append({
            "id": f"ne-{i:03d}", "question": q["question"], "answerable": q["answerable"],
            "gold_sources": srcs, "facts": q["facts"], "gold_quotes": q["quotes"], "tags": q["tags"],
            "note": q["note"],
        })
    with open(os.path.join(os.path.dirname(__file__), "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    n_u = sum(1 for o in out if not o["answerable"])
    n_x = sum(1 for o in out if "cross-document" in o["tags"] and o["answerable"])
    print(len(out), "questions;", n_u, "unanswerable;", n_x, "cross-document answerable")


if __name__ == "__main__":
    main()
