#!/usr/bin/env python3
"""Write questions.jsonl for the orchid folder."""
import json
import os

D1 = "01_ex10_qualigen_sekisui_distribution_development.txt"
D2 = "02_ex6_emerald_health_murray_product_development.txt"
D3 = "03_ctgov_NCT00056407_reduce_dutasteride_results.txt"
D4 = "04_ctgov_NCT05481619_vedolizumab_microecology.txt"
D5 = "05_ctgov_NCT05380934_tqh3821_phase1.txt"
D6 = "06_ctgov_NCT02988895_episcleral_brachytherapy_wet_amd.txt"
D7 = "07_ctgov_NCT01339988_busulfan_cyclophosphamide.txt"
D8 = "08_fda_label_haloperidol_tablets.txt"
D9 = "09_fda_crl_gimoti_metoclopramide_nda209388.txt"
D10 = "10_ema_leaflet_arikayce_amikacin.txt"

Q = []


def a(question, src, facts, quotes, tags):
    Q.append(dict(question=question, answerable=True, gold_sources=src if isinstance(src, list) else [src],
                  facts=facts, gold_quotes=quotes, tags=tags, note=""))


def u(question, note, tags):
    Q.append(dict(question=question, answerable=False, gold_sources=[], facts=[], gold_quotes=[],
                  tags=tags, note=note))


# ---------------- 01 Qualigen / Sekisui ----------------
a("Who are the two parties to the FastPack distribution and development agreement, and what's its effective date?", D1,
  [["Sekisui Diagnostics, LLC"], ["Qualigen, Inc."], ["May 1, 2016"]],
  ["This Distribution and Development Agreement (this \"Agreement\") is made and entered into as of May 1, 2016 by and between Sekisui Diagnostics, LLC and its Affiliates"],
  ["name", "date"])
a("How much development financing does Sekisui commit to Qualigen in total?", D1,
  [["$6,200,000"]],
  ["Sekisui shall provide to Qualigen up to $6,200,000 of financing in accordance with the timing and other provisions of the Development Plan"],
  ["amount"])
a("Initial term of the Sekisui distribution deal, and how does renewal work?", D1,
  [["five (5) years"], ["one (1) year"]],
  ["The initial term of this Agreement shall commence on the Effective Date and shall continue for a period of five (5) years unless earlier terminated pursuant to Section 14 hereof (the \"Term\").",
   "shall be automatically extended at the end of the initial term and any renewal term thereof for an additional one (1) year period"],
  ["duration"])
a("What share of Available Margin does Sekisui get in year one versus months 13-24 and after that?", D1,
  [["90%"], ["70%"], ["65%"]],
  ["Sekisui will receive 90% of the total Available Margin for all Products during the first 12 months of this Agreement, 70% of the total Available Margin for all Products during months 13-24 of this Agreement, and 65% of the total Available Margin for all Products thereafter"],
  ["percentage"])
a("How is 'Territory' defined in the Qualigen-Sekisui agreement?", D1,
  [["worldwide excluding Qualigen Retained Customers"]],
  ["1.25. Territory shall mean worldwide excluding Qualigen Retained Customers."],
  ["definition", "place"])
a("When does the Exclusivity Period end under the Sekisui agreement?", D1,
  [["December 31, 2018"]],
  ["1.11. Exclusivity Period shall mean the period from the Effective Date until December 31, 2018."],
  ["date"])
a("If a third party offered $50M for Qualigen after Sekisui had paid all the financing, what price would Sekisui match at under its ROFR?", D1,
  [["$43,800,000"]],
  ["For example, if a Third Party offers to acquire Qualigen for $50,000,000 and Sekisui has funded the full $6,200,000 of Financing Payments, Sekisui's Right of First Refusal to match the proposed transaction would be a price of $43,800,000."],
  ["amount"])
a("Liquidated damages if Qualigen breaches the exclusivity / ROFR provisions?", D1,
  [["three times any and all Financing Payments made to date"]],
  ["Sekisui shall be entitled to liquidated damages in the amount of three times any and all Financing Payments made to date"],
  ["amount"])
a("How long can Sekisui take to decide whether to match a proposed sale of Qualigen, and how long does Qualigen then have to close with the third party?", D1,
  [["30 days", "30 day period"], ["120 days"]],
  ["At any time during such 30 day period, Sekisui may elect to match the terms of such proposal.",
   "Qualigen shall have a period of 120 days to consummate a Sale Transaction on the same terms as provided to Sekisui."],
  ["duration"])
a("By when must acquisition negotiations between Sekisui and Qualigen begin, and for how long can they run?", D1,
  [["July 1, 2018"], ["6 months"]],
  ["No later than July 1, 2018 (and sooner upon Sekisui's written request at any time before July 1, 2018), the parties shall engage in good faith negotiations for a period of up to 6 months (the \"Negotiation Period\") with respect to a potential acquisition by Sekisui of Qualigen."],
  ["date", "duration"])
a("How many Qualigen sales reps does Sekisui have to offer jobs to?", D1,
  [["four Qualigen sales representatives"]],
  ["Sekisui shall offer employment to four Qualigen sales representatives to become employees of Sekisui with primary responsibility for the sale of the Products"],
  ["count"])
a("Where must Qualigen manufacture the products during the term?", D1,
  [["Carlsbad, California"]],
  ["During the Term, Qualigen shall manufacture all Products using Qualigen's facilities located in Carlsbad, California."],
  ["place"])
a("Who are Sekisui's initial members of the Management Committee?", D1,
  [["Bob Schruender"], ["Lee Lipski"], ["Alan Bauer"], ["Tom Cummins"]],
  ["The Sekisui representatives on the Management Committee shall initially be Bob Schruender, Lee Lipski, Alan Bauer and Tom Cummins."],
  ["name", "list"])
a("Can Sekisui walk away from the distribution agreement without cause? What notice?", D1,
  [["ninety (90) days' prior written notice"]],
  ["Sekisui may terminate this Agreement upon prior written notice (i) in the event of any failure of Qualigen to meet a milestone set forth in the Development Plan (as it may be amended by the Parties from time to time), or (ii) at any other time upon ninety (90) days' prior written notice of impending termination."],
  ["duration", "yes-no"])
a("Per the FY 2017 development plan table, what are the three milestone payment amounts and due dates?", D1,
  [["$1,300"], ["$800"], ["$375"], ["May 1 and June 1, 2017"]],
  ["Payment ($000) | $1,300 | $800 | $375",
   "Payment Due Date | May 1 and June 1, 2017 | September 1, 2017 | February 1, 2018"],
  ["amount", "date"])
u("What royalty rate does Sekisui pay Qualigen on net sales of FastPack products?",
  "The Qualigen-Sekisui excerpt sets pricing through an Available Margin split and up to $6.2M of financing payments; no royalty rate is stated.",
  ["percentage"])
u("Which state's law governs the Qualigen-Sekisui distribution agreement?",
  "The governing-law clause is not in the excerpt (Section 15 was cut); no governing law is stated in the document.",
  ["place"])
u("What price did Sekisui ultimately pay to acquire Qualigen?",
  "The agreement only anticipates a potential acquisition in 2018 and gives a hypothetical ROFR example; no actual acquisition or price is reported.",
  ["amount"])
u("What is the list price of the FastPack 2.0 analyzer under the Sekisui deal?",
  "The document refers to transfer prices set per Exhibit D but gives no analyzer price; Exhibit D tables are not included.",
  ["amount"])

# ---------------- 02 Emerald / Murray ----------------
a("Monthly consulting fee for Dr. Murray under the Emerald Health agreement?", D2,
  [["$8,333 per month"]],
  ["EHN will pay Dr. Murray $8,333 per month at the end of each month during the first twelve months that this agreement is in effect."],
  ["amount"])
a("How many EHS stock options does Dr. Murray get each year, and when do they vest?", D2,
  [["25,000 shares"], ["vest immediately"]],
  ["EHS will grant Dr. Murray options to purchase 25,000 shares of EHS common stock at their then fair market value (the \"Options\").",
   "The Options will vest immediately on the date of grant."],
  ["count"])
a("What annual royalty does Murray earn if his products do $12 million of net sales in a year?", D2,
  [["$500,000"]],
  ["$10,000,001 to $25,000,000 | $500,000"],
  ["amount"])
a("Top tier of the Murray royalty table?", D2,
  [["Greater than $100,000,000"], ["$2,500,000"]],
  ["Greater than $100,000,000 | $2,500,000"],
  ["amount"])
a("What equity stake in Emerald Health Nutraceuticals does Dr. Murray receive on signing?", D2,
  [["5% equity ownership"]],
  ["Upon execution of this agreement, EHN will issue to Dr. Murray sufficient shares to represent a 5% equity ownership in EHN."],
  ["percentage"])
a("When was the Emerald Health / Murray agreement entered into?", D2,
  [["1st day of September 2016"]],
  ["This Consulting and Licensing Agreement (\"Agreement\") is entered into this 1st day of September 2016 (\"Effective Date\")"],
  ["date"])
a("When does the initial Services Term end and how does it renew?", D2,
  [["December 31, 2018"], ["successive two-year terms"]],
  ["Dr. Murray's obligations set out herein shall be performed from the Effective Date until December 31, 2018 (the initial \"Services Term\").",
   "The Services Term of this Agreement shall be automatically renewed for successive two-year terms thereafter"],
  ["date", "duration"])
a("How long does the Emerald agreement itself stay in force, and do royalties stop when it ends?", D2,
  [["ten years"], ["continue in perpetuity"]],
  ["this Agreement shall remain in effect for ten years",
   "the royalty payments set out above shall continue in perpetuity for as long as the Dr. Murray Products are being sold"],
  ["duration"])
a("Notice needed to terminate a Services Term under the Murray agreement?", D2,
  [["60 days written notice"]],
  ["may terminate any Services Term of this Agreement by delivering 60 days written notice to the other party"],
  ["duration"])
a("Governing law and dispute venue for the Emerald Health consulting agreement?", D2,
  [["State of Arizona"], ["Phoenix, Arizona"]],
  ["This Agreement shall be governed by and construed and enforced in accordance with the laws of the State of Arizona without regard to conflict of law principles",
   "Any disputes remaining unresolved after mediation shall be settled by binding arbitration conducted in Phoenix, Arizona"],
  ["place"])
u("What is the exercise price in dollars of the options granted to Dr. Murray?",
  "The agreement only says the options are at the EHS stock's 'then fair market value'; no dollar exercise price is given.",
  ["amount"])
u("Which specific products are listed on Schedule A as Dr. Murray Products?",
  "Schedule A is referred to but not included; no products are named.",
  ["list", "name"])
u("What royalty does Murray get if net sales are only $1.5 million in a year?",
  "The royalty table starts at $2,000,001 of net sales; the agreement does not state any royalty for lower sales.",
  ["amount"])
u("How many hours per month is Dr. Murray required to work for EHS?",
  "The agreement lists services but sets no minimum hours or time commitment.",
  ["count"])

# ---------------- 03 REDUCE ----------------
a("What's the NCT number and sponsor protocol ID for the REDUCE dutasteride study?", D3,
  [["NCT00056407"], ["ARI40006"]],
  ["Org study id: ARI40006", "Nct id: NCT00056407"],
  ["identifier"])
a("REDUCE: dose and duration of dutasteride?", D3,
  [["0.5 mg"], ["Four Years", "4 years"]],
  ["A Randomized, Double-Blind, Placebo-Controlled, Parallel Group Study of the Efficacy and Safety of Dutasteride 0.5 mg Administered Orally Once Daily for Four Years to Reduce the Risk of Biopsy-Detectable Prostate Cancer"],
  ["dose", "duration"])
a("How many men were enrolled in REDUCE?", D3,
  [["8231"]],
  ["Enrollment: 8231 (Actual)"],
  ["count"])
a("What PSA range qualified a 55-year-old for REDUCE?", D3,
  [["between 2.5 and 10"]],
  ["Have a PSA (prostate specific antigen) between 2.5 and 10 if 50-60 years of age; or a"],
  ["definition"])
a("Could a man with two prior negative prostate biopsies enter REDUCE?", D3,
  [["More than one previous negative prostate biopsy"]],
  ["More than one previous negative prostate biopsy."],
  ["yes-no"])
a("Relative risk reduction for biopsy-detectable prostate cancer with dutasteride (crude rate), with CI and p?", D3,
  [["23.3"], ["15.6"], ["30.3"], ["<0.0001"]],
  ["Param value: 23.3", "Ci lower limit: 15.6", "Ci upper limit: 30.3", "P value: <0.0001"],
  ["percentage", "endpoint"])
a("Overall number of men with biopsy-detected prostate cancer, placebo vs dutasteride, crude rate approach?", D3,
  [["858"], ["659"]],
  ["Overall, n=4073, 4049 | 858 | 659"],
  ["count", "endpoint"])
a("How many patients started and completed each arm of REDUCE?", D3,
  [["4126"], ["4105"], ["2915"], ["2912"]],
  ["STARTED | 4126 | 4105", "COMPLETED | 2915 | 2912"],
  ["count"])
a("Dropouts due to adverse events by arm in REDUCE?", D3,
  [["282"], ["364"]],
  ["Reason not completed: Adverse Event | 282 | 364"],
  ["count"])
a("Mean baseline age in the REDUCE dutasteride arm?", D3,
  [["62.8 (6.04)"]],
  ["Age | 62.7 (6.08) | 62.8 (6.04) | 62.8 (6.06)"],
  ["count"])
a("How many participants had Gleason 8-10 tumours at diagnosis in each arm?", D3,
  [["19"], ["29"]],
  ["Between 8 and 10 | 19 | 29"],
  ["count", "endpoint"])
a("Total serious adverse events by arm in REDUCE?", D3,
  [["837/4126"], ["748/4105"]],
  ["Total, Total, serious adverse events | 837/4126 | 748/4105"],
  ["count"])
a("When did REDUCE start, and what was the primary completion date?", D3,
  [["March 2003"], ["January 2009"]],
  ["Start date: March 2003", "Primary completion date: January 2009 (Actual)"],
  ["date"])
u("What was the hazard ratio for overall survival with dutasteride in REDUCE?",
  "The excerpt keeps only eight outcome measures; no overall-survival result or hazard ratio is given.",
  ["endpoint"])
u("How many investigational sites in total took part in REDUCE?",
  "Only the first locations are listed (the list is cut) and no site count is stated.",
  ["count"])
u("What was the median duration of follow-up in REDUCE?",
  "No median follow-up is reported in the record excerpt.",
  ["duration"])
u("What p-value was reported for the difference in Gleason 8-10 tumours between arms?",
  "The Gleason score outcome lists counts only; no statistical analysis is given for it.",
  ["endpoint"])

# ---------------- 04 vedolizumab ----------------
a("Phase and sponsor of the vedolizumab microbiome study in UC?", D4,
  [["Phase 4"], ["Second Affiliated Hospital, School of Medicine, Zhejiang University"]],
  ["Phase: Phase 4", "Agency: Second Affiliated Hospital, School of Medicine, Zhejiang University"],
  ["name"])
a("Primary endpoint of NCT05481619?", D4,
  [["Remission rate of patients"], ["Mayo score≤2"]],
  ["Measure: Remission rate of patients", "Description: Clinical remission response rates（Mayo score≤2）"],
  ["endpoint"])
a("Vedolizumab dosing schedule in the UC microecology study?", D4,
  [["300 mg intravenously at weeks 0, 2, and 6 and every 8 weeks thereafter"]],
  ["Recommended dose in patients with UC: 300 mg intravenously at weeks 0, 2, and 6 and every 8 weeks thereafter."],
  ["dose"])
a("At what timepoints are stool and blood sampled in the vedolizumab cohort?", D4,
  [["14, 30, and 52 weeks"]],
  ["Stool and blood samples from UC patients were analyzed at baseline and at 14, 30, and 52 weeks after starting treatment."],
  ["duration", "list"])
a("Planned enrollment for the Zhejiang vedolizumab study?", D4,
  [["30 (Anticipated)"]],
  ["Enrollment: 30 (Anticipated)"],
  ["count"])
a("Who is the PI on the vedolizumab UC study?", D4,
  [["Yan Chen"]],
  ["Last name: Yan Chen"],
  ["name"])
a("Washout needed for antibiotics or probiotics before joining the vedolizumab study?", D4,
  [["4 weeks"]],
  ["5. Not taking antibiotics or probiotics within the past 4 weeks."],
  ["duration"])

u("How many healthy controls versus UC patients will the vedolizumab study enrol?",
  "Only a total anticipated enrollment of 30 is given; the split between the UC and normal control groups is not stated.",
  ["count"])
u("What remission rate did vedolizumab achieve in the Zhejiang cohort?",
  "The record is a registration without results.",
  ["percentage", "endpoint"])
u("Is Takeda funding or collaborating on the vedolizumab microecology study?",
  "Only the hospital is listed as sponsor; no collaborator or funder such as Takeda is named.",
  ["name", "yes-no"])

# ---------------- 05 TQH3821 ----------------
a("What kind of molecule is TQH3821?", D5,
  [["Interleukin-1 receptor-associated kinase 4 inhibitor", "IRAK4"]],
  ["TQH3821 tablets is an Interleukin-1 receptor-associated kinase 4 inhibitor that exhibits a high degree of inhibitory activity against IRAK4 kinase."],
  ["definition"])
a("How many healthy subjects does the TQH3821 phase 1 plan to recruit?", D5,
  [["62"]],
  ["which plans to recruit 62 healthy subjects"],
  ["count"])
a("Age and BMI limits for the TQH3821 healthy volunteer study?", D5,
  [["18 to 55 years"], ["18 ~ 28 kg / m2"]],
  ["4 Male and female subjects aged 18 to 55 years (including critical value);",
   "BMI in the range of 18 ~ 28 kg / m2 (including critical value);"],
  ["definition"])
a("Which drug is TQH3821 combined with in one cohort of the phase 1?", D5,
  [["Methotrexate"]],
  ["Arm group label: TQH3821 Tablets + Methotrexate Tablets"],
  ["name"])
a("Masking in the TQH3821 trial?", D5,
  [["Quadruple"]],
  ["Masking: Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)"],
  ["definition"])
a("Where is the TQH3821 study being run?", D5,
  [["The Affiliated Hospital of Qingdao University"]],
  ["Location: The Affiliated Hospital of Qingdao University, Qingdao, Shandong, 266003, China (Recruiting)"],
  ["place"])
a("How long after the last dose are PK samples collected in the TQH3821 study?", D5,
  [["168 hours after the last administration"]],
  ["Pharmacokinetics blood samples were collected from 60 minutes before administration on Day 1 to 168 hours after the last administration."],
  ["duration"])
a("How many arms does the TQH3821 study have and what is the condition listed?", D5,
  [["8"], ["Rheumatoid Arthritis"]],
  ["Number of arms: 8", "Condition: Rheumatoid Arthritis"],
  ["count"])

u("What dose levels of TQH3821 (in mg) are being tested in the single-dose cohorts?",
  "The record describes single, multiple, food-effect and methotrexate cohorts but gives no mg dose levels.",
  ["dose"])
u("How many subjects are assigned to each TQH3821 cohort?",
  "Only the overall plan of 62 subjects is given; per-cohort numbers are not stated.",
  ["count"])
u("What Cmax did TQH3821 reach in the multiple-dose cohort?",
  "The record is a registration with no results posted.",
  ["endpoint"])

# ---------------- 06 brachytherapy ----------------
a("Radiation dose in the NEAMES episcleral brachytherapy trial?", D6,
  [["24 Gy"]],
  ["Description: single fraction of 24 Gy Strontium90 episcleral brachytherapy"],
  ["dose"])
a("Primary outcome and its timeframe in NCT02988895?", D6,
  [["Safety of the study intervention"], ["12 weeks"]],
  ["Measure: Safety of the study intervention", "Time frame: 12 weeks"],
  ["endpoint", "duration"])
a("Who sponsors the Sr90 brachytherapy study for wet AMD?", D6,
  [["Salutaris Medical Devices, Inc."]],
  ["Agency: Salutaris Medical Devices, Inc."],
  ["name"])
a("Which anti-VEGF are NEAMES subjects receiving PRN?", D6,
  [["aflibercept"]],
  ["trial of Strontium 90 (Sr90) beta radiation episcleral brachytherapy in subjects receiving aflibercept therapy pro re nata (PRN)"],
  ["name"])
a("Visual acuity entry range for the episcleral brachytherapy study?", D6,
  [["20/40 - 20/200"]],
  ["BCVA 20/40 - 20/200 Snellen equivalent in study eye"],
  ["definition"])
a("Max CNV lesion size allowed in the brachytherapy trial?", D6,
  [[">3750 microns", "3750 microns"]],
  ["CNV lesion with greatest linear dimension >3750 microns as determined by angiography"],
  ["definition"])
a("Follow-up duration and acronym of the Salutaris wet AMD trial?", D6,
  [["52-weeks"], ["NEAMES"]],
  ["Subjects will receive a single brachytherapy treatment and 52-weeks of follow-up.", "Acronym: NEAMES"],
  ["duration", "identifier"])
a("Are diabetics eligible for the brachytherapy AMD study?", D6,
  [["Type I or type II diabetes mellitus"]],
  ["Type I or type II diabetes mellitus"],
  ["yes-no"])

u("What aflibercept dose is used alongside brachytherapy in NEAMES?",
  "The record says anti-VEGF is given PRN as standard of care but states no aflibercept dose.",
  ["dose"])
u("What proportion of NEAMES subjects had a successful device placement?",
  "Feasibility is a secondary outcome but the record has no results.",
  ["percentage"])

# ---------------- 07 busulfan ----------------
a("Conditioning regimen doses in the Tel Aviv cord blood Bu/Cy protocol?", D7,
  [["Cyclophosphamide 50mg/kg/day for 4 days"], ["Busulfan 0.8-1.0mg/kg/day for 4 days"]],
  ["Description: Conditioning regimen: Cyclophosphamide 50mg/kg/day for 4 days + Busulfan 0.8-1.0mg/kg/day for 4 days."],
  ["dose"])
a("Primary endpoint of NCT01339988?", D7,
  [["Overall survival"], ["Five years"]],
  ["Measure: Overall survival", "Time frame: Five years"],
  ["endpoint"])
a("Upper age limit and planned size of the Bu/Cy conditioning study?", D7,
  [["21 Years"], ["10 (Anticipated)"]],
  ["Maximum age: 21 Years", "Enrollment: 10 (Anticipated)"],
  ["count"])
a("Who is listed as responsible party for the busulfan/cyclophosphamide study?", D7,
  [["Menachem Bitan"]],
  ["Name title: Menachem Bitan"],
  ["name"])
a("What renal function is required for the Bu/Cy cord blood protocol?", D7,
  [["creatinine clearance/GFR ≥ 60 ml/minute/1.73m2"]],
  ["Renal: creatinine clearance/GFR ≥ 60 ml/minute/1.73m2"],
  ["definition"])

u("What ATG dose is used in the Tel Aviv Bu/Cy protocol?",
  "ATG is mentioned as optional ('with or without antithymocyte globulin') but no dose is given.",
  ["dose"])
u("Which cord blood bank supplies units for the Bu/Cy study?",
  "No cord blood bank is named in the record.",
  ["name"])

# ---------------- 08 haloperidol ----------------
a("Contraindications for haloperidol tablets?", D8,
  [["severe toxic central nervous system depression"], ["comatose states"], ["Parkinson’s disease"]],
  ["Haloperidol is contraindicated in severe toxic central nervous system depression or comatose states from any cause and in individuals who are hypersensitive to this drug or have Parkinson’s disease."],
  ["list"])
a("Starting dose range for adults with moderate symptoms on oral haloperidol?", D8,
  [["0.5 mg to 2 mg b.i.d. or t.i.d."]],
  ["Moderate Symptomatology - 0.5 mg to 2 mg b.i.d. or t.i.d."],
  ["dose"])
a("Haloperidol dosing for Tourette's in kids, per kg?", D8,
  [["0.05 mg/kg/day to 0.075 mg/kg/day"]],
  ["Nonpsychotic Behavior Disorders and Tourette's Disorder - 0.05 mg/kg/day to 0.075 mg/kg/day"],
  ["dose"])
a("What did rifampin do to haloperidol plasma levels?", D8,
  [["decreased by a mean of 70%"]],
  ["In a study of 12 schizophrenic patients coadministered haloperidol and rifampin, plasma haloperidol levels were decreased by a mean of 70% and mean scores on the Brief Psychiatric Rating Scale were increased from baseline."],
  ["percentage"])
a("Boxed warning numbers: death rate on antipsychotic vs placebo in elderly dementia trials?", D8,
  [["about 4.5%"], ["about 2.6%"]],
  ["Over the course of a typical 10-week controlled trial, the rate of death in drug-treated patients was about 4.5%, compared to a rate of about 2.6% in the placebo group."],
  ["percentage"])
a("If a haloperidol patient becomes hypotensive and needs a pressor, which agent should be avoided?", D8,
  [["epinephrine should not be used"]],
  ["Should hypotension occur and a vasopressor be required, epinephrine should not be used since haloperidol may block its vasopressor activity and paradoxical further lowering of the blood pressure may occur."],
  ["name"])
a("NDC and pack for the repackaged haloperidol 5 mg?", D8,
  [["NDC 67046-268-30"], ["blister of 30 tablets"]],
  ["NDC 67046-268-30", "blister of 30 tablets"],
  ["identifier"])
a("What does the haloperidol 5 mg tablet look like?", D8,
  [["orange, round tablets debossed with MYLAN over 327"]],
  ["The 5 mg tablets are orange, round tablets debossed with MYLAN over 327 on one side of the tablet and scored on the other side."],
  ["definition"])
a("Storage conditions for haloperidol tablets?", D8,
  [["20° to 25°C (68° to 77°F)"], ["Protect from light"]],
  ["Store at 20° to 25°C (68° to 77°F). [See USP for Controlled Room Temperature.]", "Protect from light."],
  ["definition"])
a("Youngest age haloperidol is meant for in children?", D8,
  [["not intended for children under 3 years old"]],
  ["Haloperidol is not intended for children under 3 years old."],
  ["yes-no"])
a("When switching from IM to oral haloperidol, when should the first oral dose be given?", D8,
  [["within 12 to 24 hours following the last parenteral dose"]],
  ["Depending on the patient’s clinical status, the first oral dose should be given within 12 to 24 hours following the last parenteral dose."],
  ["duration"])
u("What is the elimination half-life of oral haloperidol according to the label?",
  "The label's clinical pharmacology section only says the mechanism is not established; no half-life is given.",
  ["duration"])
u("What is the NDC for the 20 mg haloperidol tablet in this label?",
  "How Supplied lists only the 5 mg blister pack (NDC 67046-268-30); no NDC is given for other strengths.",
  ["identifier"])
u("What is the wholesale acquisition cost of a 30-tablet haloperidol blister?",
  "The label contains no pricing information.",
  ["amount"])

# ---------------- 09 Gimoti CRL ----------------
a("What application number and product is the Evoke complete response letter about?", D9,
  [["NDA 209388"], ["Gimoti (metoclopramide nasal spray)"]],
  ["NDA 209388", "for Gimoti (metoclopramide nasal spray)"],
  ["identifier", "name"])
a("When was the Gimoti NDA submitted and received, and under which pathway?", D9,
  [["May 30, 2018"], ["June 1, 2018"], ["505(b)(2)"]],
  ["Please refer to your New Drug Application (NDA) dated May 30, 2018, received June 1, 2018, submitted pursuant to section 505(b)(2) of the Federal Food, Drug, and Cosmetic Act (FDCA), for Gimoti (metoclopramide nasal spray)."],
  ["date"])
a("What was FDA's main clin pharm objection to Gimoti?", D9,
  [["pharmacokinetic (PK) bridge"], ["Reglan tablet 10 mg"]],
  ["Your pharmacokinetic (PK) bridge between the Gimoti 15 mg dose and the Reglan tablet 10 mg is insufficient to justify the reliance on the findings of safety and efficacy for Reglan to assure comparable safety and efficacy between Gimoti and Reglan."],
  ["endpoint"])
a("Which Cmax threshold did FDA flag for subjects getting too little drug from Gimoti?", D9,
  [["<5 ng/ml"]],
  ["Several subjects demonstrated low Cmax (<5 ng/ml) for metoclopramide with one or more Gimoti administrations."],
  ["dose"])
a("How many batches does FDA want to support the Gimoti product specification on resubmission?", D9,
  [["Three batches"]],
  ["Three batches of drug product using the selected commercial formulation (including strength of the product) and the commercial device."],
  ["count"])
a("Which device attribute did FDA recommend treating as an essential performance requirement for Gimoti?", D9,
  [["actuation force"]],
  ["A. We recommend that actuation force be considered an essential performance requirement and that you:"],
  ["definition"])
a("Deadline for Evoke to resubmit after the Gimoti CRL?", D9,
  [["one year"]],
  ["Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 314.110."],
  ["duration"])
a("Who signed the Gimoti CRL and who is the FDA project manager?", D9,
  [["Joyce Korvick"], ["Maureen Dewey"]],
  ["If you have any questions, call Maureen Dewey, Senior Regulatory Project Manager, at (301) 796-0845.",
   "Joyce Korvick, M.D., M.P.H."],
  ["name"])
a("Did FDA accept the proprietary name Gimoti?", D9,
  [["found acceptable pending approval"]],
  ["This name was found acceptable pending approval of the application in the current review cycle."],
  ["yes-no"])
a("Did FDA ask Evoke for a new dosage strength?", D9,
  [["lower dosage strength"]],
  ["E. We recommend that you develop a lower dosage strength to address dosage adjustment for patients who may need a lower dose."],
  ["yes-no", "dose"])

u("What shelf life (in months) did Evoke propose for Gimoti?",
  "The letter says 'The proposed shelf-life of months is not supported' - the number of months is missing from the text.",
  ["duration"])
u("What date was the Gimoti complete response letter issued?",
  "The letter text as provided carries no issue date; only the NDA submission/receipt dates and an August 7, 2018 correspondence date appear.",
  ["date"])
u("For what indication was Gimoti submitted?",
  "The CRL names the product (metoclopramide nasal spray) but never states the proposed indication.",
  ["definition"])
u("How many subjects in the Gimoti PK study had Cmax below 5 ng/ml?",
  "The letter says 'Several subjects' without giving a number.",
  ["count"])
u("What was the PDUFA goal date for the Gimoti NDA?",
  "No PDUFA goal date is mentioned in the letter.",
  ["date"])

# ---------------- 10 Arikayce ----------------
a("What is ARIKAYCE liposomal indicated for in the EU?", D10,
  [["Mycobacterium avium Complex"], ["do not have cystic fibrosis"]],
  ["ARIKAYCE liposomal is used by inhalation to treat lung infection caused by Mycobacterium avium Complex in adults with limited treatment options who do not have cystic fibrosis."],
  ["definition"])
a("Arikayce dose and max treatment duration?", D10,
  [["one vial"], ["once a day"], ["18 months"]],
  ["The recommended dose is one vial of ARIKAYCE liposomal inhaled in your mouth once a day, using the Lamira Nebuliser.",
   "The maximum duration of treatment is 18 months."],
  ["dose", "duration"])
a("Amikacin content per Arikayce vial vs delivered dose?", D10,
  [["590 mg"], ["312 mg"]],
  ["Each vial contains amikacin sulfate equivalent to 590 mg amikacin in a liposomal formulation. The mean delivered dose per vial is approximately 312 mg of amikacin."],
  ["dose"])
a("How long can Arikayce sit at room temperature?", D10,
  [["below 25 C"], ["up to 4 weeks"]],
  ["Alternatively, ARIKAYCE liposomal can be stored at room temperature below 25 C, but only for up to 4 weeks."],
  ["duration"])
a("How often is the Lamira aerosol head changed, and how long is one handset used?", D10,
  [["replaced weekly"], ["one 28-day treatment course"]],
  ["One Lamira Nebuliser Handset should be used for one 28-day treatment course. The aerosol head should be replaced weekly."],
  ["duration"])
a("Who holds the EU marketing authorisation for Arikayce, and who manufactures it?", D10,
  [["Insmed Netherlands B.V."], ["Almac Pharma Services (Ireland) Ltd."]],
  ["Marketing Authorisation Holder Insmed Netherlands B.V. Stadsplateau 7 3521 AZ Utrecht Netherlands",
   "Manufacturer Almac Pharma Services (Ireland) Ltd. Finnabair Industrial Estate,"],
  ["name"])
a("Pack contents of the Arikayce 28-day carton?", D10,
  [["4 inner cartons"], ["7 vials"], ["1 Lamira Nebuliser Handset"]],
  ["One ARIKAYCE liposomal carton contains 4 inner cartons, each containing 7 vials and one aerosol head. The 28-day supply pack also contains 1 Lamira Nebuliser Handset."],
  ["count", "list"])
a("Which very common side effects does the Arikayce leaflet list?", D10,
  [["Difficulty in speaking"], ["Difficulty in breathing"], ["Cough"], ["Coughing up blood"]],
  ["Very common side effects (may affect more than 1 in 10 people)\n- Difficulty in speaking\n- Difficulty in breathing\n- Cough\n- Coughing up blood"],
  ["list"])
a("Is Arikayce allowed in adolescents?", D10,
  [["less than 18 years old"]],
  ["ARIKAYCE liposomal should not be given to children and adolescents less than 18 years old."],
  ["yes-no"])
u("When was the Arikayce package leaflet last revised?",
  "The leaflet shows only the placeholder '{month/YYYY}' for the revision date.",
  ["date"])
u("What is the EU marketing authorisation number (EU/1/...) for Arikayce?",
  "No EU authorisation number appears in the leaflet text.",
  ["identifier"])
u("How long does one Arikayce nebulisation session take?",
  "The leaflet points to section 7 instructions for use, which are not included; no inhalation time is given.",
  ["duration"])
u("What is the price of a 28-day Arikayce pack?",
  "The leaflet contains no pricing.",
  ["amount"])

# ---------------- cross-document ----------------
a("Which of the two commercial agreements in the folder is older - the Sekisui/Qualigen deal or the Emerald/Murray agreement - and what are their dates?", [D1, D2],
  [["May 1, 2016"], ["1st day of September 2016"]],
  ["1.9. Effective Date shall mean May 1, 2016.",
   "This Consulting and Licensing Agreement (\"Agreement\") is entered into this 1st day of September 2016 (\"Effective Date\")"],
  ["date", "cross-document"])
a("Both agreements have something ending on 31 Dec 2018 - what is it in each?", [D1, D2],
  [["Exclusivity Period"], ["Services Term"]],
  ["1.11. Exclusivity Period shall mean the period from the Effective Date until December 31, 2018.",
   "Dr. Murray's obligations set out herein shall be performed from the Effective Date until December 31, 2018 (the initial \"Services Term\")."],
  ["date", "cross-document"])
a("Compare the termination notice periods: Sekisui terminating without cause vs Emerald ending a Services Term.", [D1, D2],
  [["ninety (90) days' prior written notice"], ["60 days written notice"]],
  ["at any other time upon ninety (90) days' prior written notice of impending termination",
   "may terminate any Services Term of this Agreement by delivering 60 days written notice to the other party"],
  ["duration", "cross-document"])
a("Which trial in the folder enrols the most participants, REDUCE or the TQH3821 phase 1, and by how much do the numbers differ?", [D3, D5],
  [["8231"], ["62"]],
  ["Enrollment: 8231 (Actual)", "which plans to recruit 62 healthy subjects"],
  ["count", "cross-document"])
a("Across the registry records, which studies are Phase 4?", [D4, D7],
  [["NCT05481619"], ["NCT01339988"]],
  ["Nct id: NCT05481619", "Phase: Phase 4", "Nct id: NCT01339988"],
  ["list", "cross-document"])
a("Both the haloperidol label and the Arikayce leaflet warn about driving - what does each say?", [D8, D10],
  [["operating machinery or driving a motor vehicle"], ["not to drive or operate machinery"]],
  ["Haloperidol may impair the mental and/or physical abilities required for the performance of hazardous tasks such as operating machinery or driving a motor vehicle.",
   "You are advised not to drive or operate machinery while inhaling ARIKAYCE liposomal."],
  ["cross-document"])
a("Storage: how do haloperidol tablets and Arikayce vials differ?", [D8, D10],
  [["20° to 25°C (68° to 77°F)"], ["Store in a refrigerator"]],
  ["Store at 20° to 25°C (68° to 77°F). [See USP for Controlled Room Temperature.]",
   "Store in a refrigerator (2 C 8 C). Do not freeze, discard any vial that has been frozen."],
  ["cross-document"])
a("Which two registry studies in the folder enrol only males, and what are their upper age limits?", [D3, D7],
  [["75 Years"], ["21 Years"]],
  ["Gender: Male\nMinimum age: 50 Years\nMaximum age: 75 Years", "Gender: Male\nMinimum age: N/A\nMaximum age: 21 Years"],
  ["list", "cross-document"])
a("Which has the later anticipated study completion date: the vedolizumab UC study or the NEAMES brachytherapy study?", [D4, D6],
  [["January 1, 2024"], ["October 2019"]],
  ["Completion date: January 1, 2024 (Anticipated)", "Completion date: October 2019 (Anticipated)"],
  ["date", "cross-document"])
a("What sponsors run the REDUCE trial and the TQH3821 trial, and are both industry?", [D3, D5],
  [["GlaxoSmithKline"], ["Chia Tai Tianqing Pharmaceutical Group Co., Ltd."]],
  ["Agency: GlaxoSmithKline\nAgency class: Industry", "Agency: Chia Tai Tianqing Pharmaceutical Group Co., Ltd.\nAgency class: Industry"],
  ["name", "cross-document"])
a("Which two registry studies use an anti-VEGF or integrin biologic, and what are those agents?", [D4, D6],
  [["Vedolizumab"], ["aflibercept"]],
  ["Intervention name: Vedolizumab", "in subjects receiving aflibercept therapy pro re nata (PRN)"],
  ["name", "cross-document"])

u("On what dates were Gimoti (US) and Arikayce (EU) approved?",
  "Neither the CRL nor the leaflet reports an approval date; the CRL is a non-approval and the leaflet gives no authorisation date.",
  ["date", "cross-document"])
u("Did Sekisui or Emerald Health ever pay the milestone or royalty amounts described - how much was actually paid?",
  "Both agreements set out payment terms only; neither document reports any actual payments made.",
  ["amount", "cross-document"])
u("What was the enrollment completion date for the TQH3821 and vedolizumab studies?",
  "Both are registrations with anticipated dates only; no actual enrollment completion is reported.",
  ["date", "cross-document"])

u("What percentage of haloperidol-treated patients developed tardive dyskinesia in clinical trials?",
  "The label describes tardive dyskinesia risk qualitatively; no incidence percentage is given.",
  ["percentage"])
u("What was the mean change in serum PSA at Month 48 with dutasteride in REDUCE?",
  "PSA change is not among the outcome measures in the excerpt; no PSA result is reported.",
  ["endpoint"])
u("What percentage of Arikayce patients had dysphonia in the pivotal trial?",
  "The leaflet gives only frequency bands (e.g. 'very common'), no trial percentages.",
  ["percentage"])

out = []
for i, q in enumerate(Q, 1):
    rec = {"id": f"ORC-{i:03d}", "question": q["question"], "answerable": q["answerable"],
           "gold_sources": q["gold_sources"], "facts": q["facts"], "gold_quotes": q["gold_quotes"],
           "tags": q["tags"], "note": q["note"]}
    out.append(json.dumps(rec, ensure_ascii=False))
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(Q), sum(q["answerable"] for q in Q), sum(not q["answerable"] for q in Q),
      sum("cross-document" in q["tags"] and q["answerable"] for q in Q))
