# ---------------- 01 TAS-102 (NCI results summary) ----------------
A("How many patients were enrolled in the phase III trial of TAS-102 in metastatic colorectal cancer?", ["01_"], [["800"]],
  ["The study enrolled 800 patients with metastatic colorectal cancer from Japan, the United States, Europe, and Australia."], ["count"])
A("TAS-102 phase III: randomisation ratio?", ["01_"], [["2:1"]],
  ["The patients were randomly assigned in a 2:1 ratio to receive TAS-102 or placebo."], ["count"])
A("What median overall survival did TAS-102 achieve versus placebo in refractory metastatic colorectal cancer?", ["01_"], [["7.1 months"], ["5.3 months"]],
  ["The median overall survival was 7.1 months in the TAS-102 group and 5.3 months in the placebo group, a statistically significant difference."], ["duration", "endpoint"])
A("How many TAS-102-treated patients reached disease control (CR, PR or stable disease) at least 6 weeks after randomisation?", ["01_"], [["221", "221 patients (44 percent)"]],
  ["When the researchers assessed disease control (complete response, partial response, or stable disease) at least 6 weeks after the patients were randomly assigned to treatment groups, 221 patients (44 percent) in the TAS-102 group and 42 patients (16 percent) in the placebo group had achieved disease control."], ["count", "endpoint"])
A("Who was the lead investigator of the TAS-102 phase III trial, and where was he based?", ["01_"], [["Robert J. Mayer"], ["Dana-Farber Cancer Institute"]],
  ["Robert J. Mayer, M.D., of the Dana-Farber Cancer Institute led the study, which was sponsored by the maker of TAS-102, Taiho Pharma U.S.A., Inc."], ["name", "place"])
A("By when was the FDA expected to decide on the TAS-102 new drug application?", ["01_"], [["December 19, 2015"]],
  ["The Food and Drug Administration (FDA) has accepted a new drug application (NDA) for TAS-102 as a treatment for patients with refractory metastatic colorectal cancer and is expected to make a final approval decision on TAS-102 by December 19, 2015."], ["date"])
A("What share of TAS-102 patients developed febrile neutropenia?", ["01_"], [["Four percent"]],
  ["Four percent of the patients in the TAS-102 group developed febrile neutropenia, and there was one death related to TAS-102."], ["percentage"])
A("What is the role of tipiracil hydrochloride in TAS-102?", ["01_"], [["inhibiting an enzyme that degrades trifluridine", "helps to maintain blood concentrations of trifluridine by inhibiting an enzyme that degrades trifluridine"]],
  ["Tipiracil hydrochloride helps to maintain blood concentrations of trifluridine by inhibiting an enzyme that degrades trifluridine."], ["definition"])
A("Grade 3 or higher adverse events with TAS-102 compared with placebo?", ["01_"], [["69 percent"], ["52 percent"]],
  ["Overall, adverse events of grade 3 or higher occurred more frequently in the TAS-102 group than in the placebo group (69 percent versus 52 percent)."], ["percentage"])
U("What was the hazard ratio for death with TAS-102 versus placebo in the phase III colorectal cancer trial?", ["endpoint"],
  "The NCI summary reports medians and 1-year survival rates but gives no hazard ratio for overall survival.")
U("What was the acronym of the international phase III TAS-102 trial?", ["name"],
  "The NCI summary never names the trial (no acronym is given).")
U("What is the recommended dose and schedule of TAS-102?", ["dose"],
  "No document in the folder gives TAS-102 dosing; the NCI summary describes only the trial results.")
U("What is the ClinicalTrials.gov number of the TAS-102 phase III study?", ["identifier"],
  "The TAS-102 summary cites the NEJM article but gives no NCT number, and no TAS-102 registry record is in the folder.")
U("On what date did the FDA approve TAS-102 for metastatic colorectal cancer?", ["date"],
  "Near miss: the summary only says an FDA decision was expected by December 19, 2015; no approval date is given.")

# ---------------- 02 palbociclib PALOMA3 ----------------
A("How many women were randomised to palbociclib plus fulvestrant in PALOMA3?", ["02_"], [["347"]],
  ["They were randomly assigned, in a two-to-one ratio, to receive palbociclib and fulvestrant (347 patients) or a placebo and fulvestrant (174 patients)."], ["count"])
A("PALOMA3 recruited from how many countries?", ["02_"], [["17 countries", "17"]],
  ["These patients were recruited into the study from more than 140 sites in 17 countries."], ["count", "place"])
A("Median progression-free survival with palbociclib plus fulvestrant in PALOMA3?", ["02_"], [["9.2 months"]],
  ["At the time of the analysis, the median progression-free survival for women in the palbociclib-plus-fulvestrant group was 9.2 months, compared with 3.8 months for women who received a placebo plus fulvestrant."], ["duration", "endpoint"])
A("What objective response rate did the placebo-plus-fulvestrant arm of PALOMA3 show?", ["02_"], [["6.3 percent"]],
  ["Rates of overall objective (measurable) response were 10.4 percent in the palbociclib group and 6.3 percent in the placebo group."], ["percentage", "endpoint"])
A("How long was median follow-up at the PALOMA3 interim analysis?", ["02_"], [["5.6 months"]],
  ["However, the median follow up was short—5.6 months—and the overall survival data were not mature."], ["duration"])
A("Who led the PALOMA3 study?", ["02_"], [["Nicolas Turner"]],
  ["Nicolas Turner, M.D., Ph.D., of the Royal Marsden Hospital and Institute of Cancer Research in London, led the study, which was sponsored by Pfizer, the maker of palbociclib."], ["name"])
A("Which drug did premenopausal or perimenopausal women in PALOMA3 receive to suppress ovarian function?", ["02_"], [["goserelin"]],
  ["Twenty percent of those enrolled in each arm of the trial were premenopausal or perimenopausal and received the drug goserelin to suppress ovarian function."], ["name"])
A("On the basis of which trial did palbociclib with letrozole get accelerated FDA approval?", ["02_"], [["PALOMA1"]],
  ["This drug received accelerated approval from the Food and Drug Administration (FDA) to be used together with the hormone therapy letrozole (Femara®) as a first-line (initial) treatment for postmenopausal women with ER-positive, HER2-negative metastatic breast cancer, based on the improvement in progression-free survival seen in a trial called PALOMA1."], ["name"])
A("Primary endpoint of PALOMA3?", ["02_"], [["progression-free survival"]],
  ["The trial's primary endpoint was progression-free survival."], ["endpoint"])
U("What was median overall survival with palbociclib plus fulvestrant in PALOMA3?", ["endpoint", "duration"],
  "The NCI summary states that overall survival data were still immature; no median is given.")
U("What hazard ratio for progression or death was reported in PALOMA3?", ["endpoint"],
  "Only median PFS values (9.2 vs 3.8 months) are given; no hazard ratio appears in the summary.")
U("What daily dose of palbociclib was used in PALOMA3?", ["dose"],
  "The palbociclib summary gives no dose or schedule.")
U("How many PALOMA3 patients were enrolled in Asia?", ["count", "place"],
  "Only the totals (more than 140 sites in 17 countries; 347 and 174 patients) are given, with no regional breakdown.")

# ---------------- 03 ribociclib ----------------
A("At what median follow-up were the interim ribociclib plus letrozole results reported?", ["03_"], [["15.3 months"]],
  ["At a median follow-up of 15.3 months, the median progression-free survival in the ribociclib group had not yet been reached, whereas the median progression-free survival in the placebo group was 14.7 months."], ["duration"])
A("Median PFS in the ribociclib arm of the first-line phase III trial?", ["03_"], [["had not yet been reached", "not yet been reached"]],
  ["At a median follow-up of 15.3 months, the median progression-free survival in the ribociclib group had not yet been reached, whereas the median progression-free survival in the placebo group was 14.7 months."], ["endpoint"])
A("Progression-free survival rate after 18 months with ribociclib plus letrozole?", ["03_"], [["63.0%"]],
  ["After 18 months, the rate of progression-free survival was 63.0% in the ribociclib group, compared with 42.2% in the placebo group."], ["percentage", "endpoint"])
A("How often did neutropenia occur with ribociclib compared with the control group?", ["03_"], [["59.3%"], ["0.9%"]],
  ["The patients receiving ribociclib had significantly more neutropenia (59.3% versus 0.9%) and leukopenia (21.0% versus 0.6%) than patients in the control group."], ["percentage"])
A("Who funded the phase III trial of ribociclib plus letrozole?", ["03_"], [["Novartis Pharmaceuticals", "Novartis"]],
  ["Researchers ended the trial, which was funded by Novartis Pharmaceuticals, early after a planned interim analysis of the data showed a significant benefit in favor of the ribociclib arm."], ["name"])
A("When were the ribociclib first-line findings published?", ["03_"], [["October 6, 2016"]],
  ["Gabriel N. Hortobagyi, M.D., of the University of Texas MD Anderson Cancer Center, and his colleagues published their findings on October 6, 2016, in the New England Journal of Medicine."], ["date"])
A("Which proteins does ribociclib inhibit?", ["03_"], [["CDK6"], ["cyclin-dependent kinase (CDK) 4"]],
  ["Ribociclib inhibits two proteins—cyclin-dependent kinase (CDK) 4 and CDK6—that are abnormally active in certain types of cancer, driving the growth of tumor cells."], ["name", "definition", "list"])
A("Which investigator and institution reported the ribociclib plus letrozole results?", ["03_"], [["Gabriel N. Hortobagyi"], ["MD Anderson Cancer Center", "University of Texas MD Anderson Cancer Center"]],
  ["Gabriel N. Hortobagyi, M.D., of the University of Texas MD Anderson Cancer Center, and his colleagues published their findings on October 6, 2016, in the New England Journal of Medicine."], ["name", "place"])
U("How many women were enrolled in the phase III ribociclib plus letrozole trial?", ["count"],
  "The ribociclib summary gives rates and medians but no enrollment figure.")
U("What is the name of the phase III trial of ribociclib plus letrozole?", ["name"],
  "The NCI summary does not name the trial.")
U("What starting dose of ribociclib was given in the first-line trial?", ["dose"],
  "No ribociclib dose appears in the folder.")
U("When did the FDA approve ribociclib?", ["date"],
  "The ribociclib summary mentions palbociclib's approval but gives no approval date for ribociclib.")

# ---------------- 04 enzalutamide PREVAIL ----------------
A("How many men did the PREVAIL trial enroll?", ["04_"], [["1,717"]],
  ["The randomized, double-blind PREVAIL trial enrolled 1,717 men with metastatic castrate-resistant prostate cancer who had few or no symptoms and had not received chemotherapy."], ["count"])
A("Enzalutamide dose in PREVAIL?", ["04_"], [["160 mg"]],
  ["Men in the trial were randomly assigned to receive 160 mg of enzalutamide or a placebo taken orally once daily."], ["dose"])
A("What were the 12-month radiographic PFS rates in PREVAIL?", ["04_"], [["65 percent"], ["14 percent"]],
  ["At 12 months of follow-up, the rate of radiographic progression-free survival was 65 percent among men who took enzalutamide, compared with just 14 percent among men who took placebo."], ["percentage", "endpoint"])
A("By how much did enzalutamide reduce the risk of death in PREVAIL?", ["04_"], [["29 percent"]],
  ["Men who received enzalutamide experienced a 29 percent reduction in the risk of death compared with those who received placebo."], ["percentage", "endpoint"])
A("When did the data safety and monitoring committee recommend stopping PREVAIL early?", ["04_"], [["October 2013"]],
  ["In October 2013, on the basis of an interim analysis that showed a statistically significant reduction in the risk of death for men taking enzalutamide, an independent data safety and monitoring committee recommended stopping the trial early and allowing men who were assigned to the placebo group to begin taking enzalutamide."], ["date"])
A("Who led PREVAIL?", ["04_"], [["Tomasz Beer"], ["Oregon Health & Science University"]],
  ["Tomasz Beer, M.D., of the Oregon Health & Science University, led the trial."], ["name", "place"])
A("How much did enzalutamide delay the start of chemotherapy in PREVAIL?", ["04_"], [["approximately 17 month", "17 month"]],
  ["Enzalutamide showed a benefit with regard to all of the trial's prespecified secondary endpoints, the authors reported, including an approximately 17 month improvement in the median time to initiation of chemotherapy and a reduced risk of a first skeletal-related event."], ["duration", "endpoint"])
A("Most common grade 3 or higher side effect with enzalutamide in PREVAIL?", ["04_"], [["Hypertension"]],
  ["Hypertension was the most common serious (grade 3 or higher) side effect in the enzalutamide arm."], ["name"])
A("What were PREVAIL's primary endpoints?", ["04_"], [["overall survival"], ["radiographic progression-free survival"]],
  ["The primary endpoints of the trial were overall survival (the time from random assignment to death from any cause) and radiographic progression-free survival (the time from random assignment to death or to the first evidence from imaging analysis, which was done regularly, that disease was progressing)."], ["endpoint", "list"])
U("What hazard ratio for radiographic progression or death was reported for enzalutamide in PREVAIL?", ["endpoint"],
  "The summary gives 12-month rPFS rates and the placebo median only; no hazard ratio is reported.")
U("What was median overall survival in each arm of PREVAIL?", ["endpoint", "duration"],
  "Near miss: only the share of men who died (28% vs 35%) and a 29% risk reduction are given, not median overall survival.")
U("How many study sites took part in PREVAIL?", ["count"],
  "The summary lists regions (North America, Europe, Asia, Australia) but no number of sites.")
U("How many PREVAIL patients had visceral disease?", ["count"],
  "Visceral disease is mentioned as a subgroup, but no number of patients is given.")
U("On what date did the FDA approve enzalutamide for chemotherapy-naive metastatic castrate-resistant prostate cancer?", ["date"],
  "The summary speaks of approval for this indication only as a possibility; no approval date is given.")

# ---------------- 05 radium-223 ALSYMPCA ----------------
A("How many patients were enrolled in ALSYMPCA?", ["05_"], [["921"]],
  ["The Alpharadin in Symptomatic Prostate Cancer Patients (ALSYMPCA) trial enrolled 921 patients with metastatic, castration-resistant prostate cancer."], ["count"])
A("What does ALSYMPCA stand for?", ["05_"], [["Alpharadin in Symptomatic Prostate Cancer Patients"]],
  ["The Alpharadin in Symptomatic Prostate Cancer Patients (ALSYMPCA) trial enrolled 921 patients with metastatic, castration-resistant prostate cancer."], ["definition", "name"])
A("Radium-223 schedule in ALSYMPCA?", ["05_"], [["six intravenous injections, one every 4 weeks"]],
  ["Men in the trial were randomly assigned to receive either radium-223 (six intravenous injections, one every 4 weeks) plus the best standard of care or a placebo plus the best standard of care."], ["dose"])
A("Median overall survival with radium-223 and with placebo in ALSYMPCA?", ["05_"], [["14.9 months"], ["11.3 months"]],
  ["Median overall survival was 14.9 months for the men assigned to receive radium-223 and 11.3 months for those assigned to the placebo."], ["duration", "endpoint"])
A("How long did men on radium-223 live without a skeletal-related event, compared with placebo?", ["05_"], [["15.6 months"], ["9.8 months"]],
  ["Men assigned to receive radium-223 also lived longer without having a skeletal-related event than men assigned to receive the placebo (a median of 15.6 months versus 9.8 months)."], ["duration", "endpoint"])
A("When did the FDA approve radium-223?", ["05_"], [["May 15, 2013"]],
  ["On May 15, 2013, based on interim results from the ALSYMPCA trial, the FDA approved radium-223 for the treatment of men with castration-resistant prostate cancer with bone metastases that are causing symptoms."], ["date"])
A("How far does the radiation emitted by radium-223 travel?", ["05_"], [["less than 100 microns"]],
  ["Once the drug, which can be given intravenously, reaches bone, it emits very low levels of radiation that travel less than 100 microns, or approximately four one-thousandths of an inch, limiting damage to the surrounding tissues."], ["amount"])
A("Which patients did ALSYMPCA leave out, according to its investigators, and how common are they?", ["05_"], [["patients with visceral metastases"], ["up to 25 percent"]],
  ["They also noted a potential limitation to the study, which is that despite its otherwise broad eligibility the trial did not include \u201cpatients with visceral metastases, which may occur in up to 25 percent of patients with castration-resistant prostate cancer.\u201d"], ["percentage", "definition"])
A("Did radium-223 patients stop treatment for adverse events more or less often than placebo patients?", ["05_"], [["16 percent versus 21 percent", "16 percent"]],
  ["And fewer men in the radium-223 group experienced serious adverse events (47 percent versus 60 percent) or stopped treatment because of adverse events (16 percent versus 21 percent) than in the placebo group."], ["yes-no", "percentage"])
U("What was the overall survival hazard ratio for radium-223 in ALSYMPCA?", ["endpoint"],
  "The summary gives median survival (14.9 vs 11.3 months) but no hazard ratio.")
U("What activity of radium-223 per kilogram of body weight was given in ALSYMPCA?", ["dose"],
  "Only the schedule (six injections, one every 4 weeks) is given; no dose per kilogram appears.")
U("In how many countries did ALSYMPCA enroll patients?", ["count", "place"],
  "The radium-223 summary gives no countries or site counts.")

# ---------------- 06 STAR Q&A ----------------
A("How many women were recruited into STAR, and when did enrollment close?", ["06_"], [["19,747"], ["November 4, 2004"]],
  ["Enrollment was closed on November 4, 2004, with 19,747 women recruited."], ["count", "date"])
A("Daily doses used in STAR?", ["06_"], [["20 mg of tamoxifen"], ["60 mg of raloxifene"]],
  ["The dosages are 20 mg of tamoxifen and 60 mg of raloxifene per day."], ["dose"])
A("How many invasive breast cancers occurred in each STAR arm after an average of 81 months?", ["06_"], [["247"], ["310"]],
  ["After an average of 81 months, (5 years of medication and 21 months of followup) women in the tamoxifen group had 247 cases of invasive breast cancer in 9,736 women and women in the raloxifene group had 310 cases of invasive breast cancer in 9,754 women."], ["count", "endpoint"])
A("How effective is raloxifene relative to tamoxifen in cutting invasive breast cancer risk, per the STAR update?", ["06_"], [["about 76 percent as effective", "76 percent"]],
  ["This means that in raloxifene reduces risk of invasive breast cancer by about 38 percent compared to tamoxifen reducing breast cancer by about 50 percent over almost 7 years; or, raloxifene is about 76 percent as effective as tamoxifen in reducing risk for invasive breast cancer over almost 7 years."], ["percentage", "endpoint"])
A("Uterine cancers in STAR among women with a uterus, by arm?", ["06_"], [["65 of 4,739"], ["37 of the 4,717"]],
  ["For those women in the trial with a uterus, the women in the raloxifene group developed 45 percent fewer uterine cancers during the trial, a statistically significant reduction: 65 of 4,739 women in the tamoxifen group developed uterine cancers compared to 37 of the 4,717 women in the raloxifene group."], ["count"])
A("How many centers ran STAR, and where?", ["06_"], [["more than 500 centers"], ["United States"], ["Canada"], ["Puerto Rico"]],
  ["Researchers with the National Surgical Adjuvant Breast and Bowel Project (NSABP) are conducting the study at more than 500 centers across the United States, Canada, and Puerto Rico."], ["count", "place", "list"])
A("When did the FDA approve raloxifene to reduce the risk of invasive breast cancer?", ["06_"], [["September 14, 2007"]],
  ["On September 14, 2007, the FDA announced approval of raloxifene for reducing the risk of invasive breast cancer in postmenopausal women with osteoporosis and in postmenopausal women at high risk for invasive breast cancer based on the initial results of STAR and results of osteoporosis trials."], ["date"])
A("How many STAR participants came from Texas?", ["06_"], [["1624"]],
  ["L:IN-Indiana | 222 | TX-Texas | 1624"], ["count", "place"])
A("What share of STAR participants had a five-year breast cancer risk above 5.0%?", ["06_"], [["27.2%", "27.2% (5,380)"]],
  ["L:Greater than 5.0% | 27.2% (5,380)"], ["percentage"])
A("What does double blinding mean in STAR?", ["06_"], [["neither the participant nor her physician knows which pill she is receiving"]],
  ["In a process known as \"double blinding,\" neither the participant nor her physician knows which pill she is receiving."], ["definition"])
A("Is raloxifene FDA-approved for premenopausal women?", ["06_"], [["not FDA-approved for use in premenopausal women", "Raloxifene is not FDA-approved"]],
  ["Raloxifene is not FDA-approved for use in premenopausal women."], ["yes-no"])
U("What was the median age of women enrolled in STAR?", ["count"],
  "The STAR Q&A gives the minimum age (35) and risk categories but no median age.")
U("How many invasive breast cancers had occurred in each STAR arm at the initial analysis after 47 months?", ["count"],
  "Near miss: case counts are given only for the 81-month update; for 47 months the Q&A only says the drugs were equally effective.")
U("How many women died during STAR?", ["count"],
  "Deaths are not reported in the STAR Q&A.")
U("How many STAR participants were enrolled in the United Kingdom?", ["count", "place"],
  "STAR sites were in the United States, Canada and Puerto Rico only; no UK enrollment appears.")

# ---------------- 07 repaglinide CF (NCT00763412) ----------------
A("ClinicalTrials.gov identifier of the repaglinide pre-diabetes study in cystic fibrosis?", ["07_"], [["NCT00763412"]],
  ["L:Nct id: NCT00763412"], ["identifier"])
A("What repaglinide regimen was tested in the cystic fibrosis pre-diabetes pilot?", ["07_"], [["0.5 mg"]],
  ["L:Arm groups description: repaglinide 0.5 mg before each meal 3-4 times a day for 2 years."], ["dose"])
A("Actual enrollment of NCT00763412?", ["07_"], [["31"]],
  ["L:Enrollment info count: 31"], ["count"])
A("In the repaglinide CF trial, how many participants started and completed each arm?", ["07_"], [["8"], ["4"]],
  ["L:STARTED | Placebo: 8 | 2. Repaglinide: 8", "L:COMPLETED | Placebo: 4 | 2. Repaglinide: 4"], ["count"])
A("Which drug company collaborated on the repaglinide CF pre-diabetes study?", ["07_"], [["Novo Nordisk A/S", "Novo Nordisk"]],
  ["L:Collaborators name: Novo Nordisk A/S"], ["name"])
A("Mean BMI at end of study in the repaglinide arm of the CF pilot?", ["07_"], [["21.19"]],
  ["L:Value | 1 Placebo: 19.63 (15.56 to 22.64) | 2. Repaglinide: 21.19 (20.78 to 21.8)"], ["amount", "endpoint"])
A("End-of-study CRP on placebo in the repaglinide CF trial?", ["07_"], [["9.6"]],
  ["L:Value | 1 Placebo: 9.6 (0.7 to 27.5) | 2. Repaglinide: 2 (0.6 to 3.7)"], ["amount", "endpoint"])
A("What limitation did the investigators of the CF repaglinide pilot report?", ["07_"], [["very small sample size"]],
  ["L:More info limitations and caveats description: A limitation of the study was the very small sample size."], ["definition"])
A("Were any serious adverse events reported in the repaglinide arm of NCT00763412?", ["07_"], [["serious 0/8"]],
  ["L:Group EG001: Repaglinide | deaths 0/8 | serious 0/8 | other 0/8"], ["yes-no"])
A("Primary outcome measures of the repaglinide CF pre-diabetes study?", ["07_"], [["BMI"], ["Body Composition"], ["CRP"]],
  ["L:Primary outcomes measure: BMI", "L:Primary outcomes measure: Body Composition", "L:Primary outcomes measure: CRP"], ["endpoint", "list"])
U("What p-value did the repaglinide CF pilot report for the difference in BMI between arms?", ["endpoint"],
  "The results record posts group means and ranges only; no statistical analysis or p-value is given.")
U("What was HbA1c at 2 years in the repaglinide and placebo arms of NCT00763412?", ["endpoint"],
  "HbA1c is not an outcome in the record; glucose tolerance, C-peptide and other measures are reported instead.")
U("How many patients will the full-scale follow-on repaglinide trial in cystic fibrosis enroll?", ["count"],
  "Near miss: the record describes a pilot meant to inform a larger trial, but gives no size for such a trial.")

# ---------------- 08 pioglitazone cohort (NCT02958956) ----------------
A("How many participants were in the Takeda pioglitazone cancer incidence cohort (NCT02958956)?", ["08_"], [["236507"]],
  ["L:Enrollment: 236507 (type: Actual)"], ["count"])
A("Number of ever users of pioglitazone in the KPNC cohort study?", ["08_"], [["38190"]],
  ["L:STARTED | Ever User of Pioglitazone: 38190 | Never User of Pioglitazone: 198317"], ["count"])
A("Hazard ratio for pancreatic cancer with ever use of pioglitazone?", ["08_"], [["1.41", "1.41 (1.16 to 1.71)"]],
  ["L:Pancreatic | 1.41 (1.16 to 1.71)"], ["amount", "endpoint"])
A("How many prostate cancer cases occurred among ever users of pioglitazone in NCT02958956?", ["08_"], [["476"]],
  ["L:Prostate | 476 | 3307"], ["count", "endpoint"])
A("Sponsor protocol number of the pioglitazone cancer cohort study?", ["08_"], [["AD-4833_403A"]],
  ["L:Org study id: AD-4833_403A"], ["identifier"])
A("Until when were participants followed in the pioglitazone cancer cohort?", ["08_"], [["June 30, 2012"]],
  ["The follow-up period was extended to June 30, 2012 for the study."], ["date"])
A("How did the pioglitazone cohort study define an ever user?", ["08_"], [["filled 2 prescriptions for the drug within a 6-month period"]],
  ["L:Arm group description: Ever user of pioglitazone was defined as having filled 2 prescriptions for the drug within a 6-month period."], ["definition"])
A("Pancreatic cancer hazard ratio within 12 months of first pioglitazone use?", ["08_"], [["2.27", "2.27 (1.61 to 3.20)"]],
  ["L:Pancreatic: <12 months ago | 2.27 (1.61 to 3.20)"], ["amount", "endpoint"])
A("What pancreatic cancer hazard ratio was seen at a cumulative pioglitazone dose of 50001 mg or more?", ["08_"], [["1.61", "1.61 (1.10 to 2.35)"]],
  ["L:Pancreatic: >=50001 mg | 1.61 (1.10 to 2.35)"], ["amount", "endpoint", "dose"])
A("Which cancer sites were analysed in the pioglitazone KPNC study?", ["08_"], [["prostate"], ["pancreas"], ["melanoma"]],
  ["Number of 10 most common cancer cases are reported in this measure: prostate, female breast, lung/bronchus, endometrial, colon, non-Hodgkin lymphoma, pancreas, kidney/renal pelvis, rectal, and melanoma."], ["list", "endpoint"])
U("What bladder cancer hazard ratio was associated with pioglitazone in the KPNC cohort study?", ["endpoint"],
  "Bladder cancer is not among the 10 cancer sites reported in this record.")
U("How many pancreatic cancer cases occurred among participants with a cumulative pioglitazone dose of 50001 mg or more?", ["count"],
  "The case counts by dose were left out of the excerpt (marked [...]); only dose-specific hazard ratios remain.")
U("What was the cancer hazard ratio for pioglitazone compared with metformin users in NCT02958956?", ["endpoint"],
  "The cohort compares ever users with never users of pioglitazone; no metformin comparison is reported.")

# ---------------- 09 SADBE herpes labialis (NCT03521479) ----------------
A("Sponsor of the squaric acid dibutyl ester herpes labialis study?", ["09_"], [["Squarex, LLC", "Squarex"]],
  ["L:Lead sponsor agency: Squarex, LLC"], ["name"])
A("Planned enrollment of NCT03521479?", ["09_"], [["60"]],
  ["L:Enrollment: 60 (type: Anticipated)"], ["count"])
A("What SADBE concentrations are being tested against herpes labialis?", ["09_"], [["2%"], ["0.5%"]],
  ["Primary Objective: To assess local and generalized adverse events with repeat topical application of 2% and 0.5% squaric acid dibutyl ester (SADBE) in subjects with frequent herpes labialis (4 or more episodes in the previous 12 months)."], ["dose", "list"])
A("How is Group C dosed in the SADBE cold sore study?", ["09_"], [["day 0, month 3, and month 6"]],
  ["L:Arm group description: Treated with 2% Squaric Acid Dibutyl Ester (SADBE) on day 0, month 3, and month 6."], ["dose"])
A("How many herpes labialis episodes must a subject have had to enter the SADBE study?", ["09_"], [["four (4) or more episodes", "four"]],
  ["3. Self report having four (4) or more episodes of herpes labialis in the past 12 months."], ["count"])
A("Where are the SADBE herpes labialis study sites?", ["09_"], [["Doral"], ["Saint Paul"]],
  ["L:Address city: Doral", "L:Address city: Saint Paul"], ["place", "list"])
A("Which SADBE groups are double-blinded?", ["09_"], [["groups A and B"]],
  ["L:Masking description: The double-blinding only applies between groups A and B."], ["definition"])
A("Is hypersensitivity to DMSO an exclusion criterion in the SADBE trial?", ["09_"], [["Known hypersensitivity to Dimethyl sulfoxide (DMSO)"]],
  ["8. Known hypersensitivity to Dimethyl sulfoxide (DMSO)."], ["yes-no"])
A("What complete clearance rate did Lee et al. report with SADBE in recalcitrant warts?", ["09_"], [["69%"]],
  ["A study completed by Lee et al of 29 patients with recalcitrant warts demonstrated complete clearance in 69% of patients with application every 2-4 weeks."], ["percentage"])
A("Where on the body is SADBE applied in the herpes labialis study?", ["09_"], [["inner aspect of either upper arm"]],
  ["13. Subject has an abnormal skin condition (e.g., eczema, rosacea, psoriasis, albinism, or chronic vesiculo-bullous disorder) that occurs in the inner aspect of either upper arm (the area where drug will be applied)."], ["place"])
U("What recurrence rate of herpes labialis was observed in Group A of the SADBE study?", ["endpoint"],
  "The record is a registration without posted results.")
U("What was the actual completion date of the SADBE herpes labialis study?", ["date"],
  "Only anticipated dates (July 2018 primary completion, December 2018 completion) are given.")

# ---------------- 10 Q-PROTECT hydroxychloroquine +/- azithromycin (NCT04349592) ----------------
A("How many patients were actually enrolled in the Qatar hydroxychloroquine/azithromycin COVID-19 trial (NCT04349592)?", ["10_"], [["456"]],
  ["L:Enrollment: 456 (type: Actual)"], ["count"])
A("Hydroxychloroquine regimen in Q-PROTECT?", ["10_"], [["200 mg tablet oral, one tablet three times a day for 7 days", "200 mg"]],
  ["L:Intervention description: Hydroxychloroquine 200 mg tablet oral, one tablet three times a day for 7 days"], ["dose"])
A("How was azithromycin given in the Q-PROTECT combination arm?", ["10_"], [["2 capsules on day one, followed by 1 capsule once a day for days 2-5"], ["250 mg"]],
  ["L:Intervention description: Azithromycin 250 mg capsules oral, 2 capsules on day one, followed by 1 capsule once a day for days 2-5."], ["dose"])
A("What is the primary outcome of the hydroxychloroquine/azithromycin COVID-19 study in Qatar?", ["10_"], [["Proportion of virologically cured (PCR-negative status) as assessed on day six"]],
  ["L:Primary outcome measure: Proportion of virologically cured (PCR-negative status) as assessed on day six"], ["endpoint"])
A("Acronym of the placebo-controlled hydroxychloroquine trial registered as NCT04349592?", ["10_"], [["Q-PROTECT"]],
  ["Q-PROTECT is a placebo controlled randomized trial (RCT) to ascertain the efficacy of hydroxychloroquine (HC) alone or, in combination with azithromycin (AZ), in reducing viral load in patients with COVID 19."], ["name"])
A("Who sponsored Q-PROTECT and in which city was it run?", ["10_"], [["Hamad Medical Corporation"], ["Doha"]],
  ["L:Lead sponsor agency: Hamad Medical Corporation", "L:Address city: Doha"], ["name", "place"])
A("When did Q-PROTECT start, and when was primary completion?", ["10_"], [["April 14, 2020"], ["August 14, 2020"]],
  ["L:Start date: April 14, 2020 (type: Actual)", "L:Primary completion date: August 14, 2020 (type: Actual)"], ["date"])
A("What baseline QTc excluded patients from the Qatar hydroxychloroquine COVID-19 trial?", ["10_"], [["QTc >480 if QRS width normal"], ["QTc >510 if QRS >120"]],
  ["-  Baseline QTc >480 if QRS width normal; QTc >510 if QRS >120"], ["amount"])
A("Is the Q-PROTECT hydroxychloroquine study an FDA-regulated drug study?", ["10_"], [["No"]],
  ["L:Is fda regulated drug: No"], ["yes-no"])
U("What proportion of Q-PROTECT patients were virologically cured on day 6 in each arm?", ["endpoint", "percentage"],
  "The Q-PROTECT record is a registration without posted results.")
U("How many patients were randomised to the hydroxychloroquine plus azithromycin arm of Q-PROTECT?", ["count"],
  "Only the total actual enrollment (456) is given, not the number per arm.")
U("How many Q-PROTECT participants developed QT prolongation?", ["count"],
  "QT criteria appear only as exclusion criteria; no safety results are posted.")

# ---------------- cross-document ----------------
A("Compare enrollment in PREVAIL (enzalutamide) and ALSYMPCA (radium-223).", ["04_", "05_"], [["1,717"], ["921"]],
  [("04_", "The randomized, double-blind PREVAIL trial enrolled 1,717 men with metastatic castrate-resistant prostate cancer who had few or no symptoms and had not received chemotherapy."),
   ("05_", "The Alpharadin in Symptomatic Prostate Cancer Patients (ALSYMPCA) trial enrolled 921 patients with metastatic, castration-resistant prostate cancer.")], ["count"])
A("When was each of the two prostate cancer trials (PREVAIL and ALSYMPCA) stopped early?", ["04_", "05_"], [["October 2013"], ["early 2011"]],
  [("04_", "In October 2013, on the basis of an interim analysis that showed a statistically significant reduction in the risk of death for men taking enzalutamide, an independent data safety and monitoring committee recommended stopping the trial early and allowing men who were assigned to the placebo group to begin taking enzalutamide."),
   ("05_", "In early 2011, when an independent data safety and monitoring committee evaluated interim data from the trial and found that men who were assigned to receive radium-223 had statistically significantly better overall survival than men assigned to receive the placebo, the trial was stopped early and men taking the placebo were allowed to \u201ccross over\u201d and take radium-223.")], ["date"])
A("Which NCI expert commented on both the enzalutamide (PREVAIL) and the radium-223 (ALSYMPCA) results?", ["04_", "05_"], [["Bhupinder Mann"], ["Bhupinder Mann, MBBS"]],
  [("04_", "Assessing the impact of enzalutamide on overall survival is complicated by the fact that many patients in the trial went on to receive treatments that have been proven to improve survival after their disease worsened, explained Bhupinder Mann, M.B.B.S., of NCI's Division of Cancer Treatment and Diagnosis."),
   ("05_", "\u201cThis well-executed study shows a clear survival benefit in patients who had received the treatments that were available when the study was conducted, including standard chemotherapy,\u201d said Bhupinder Mann, MBBS, of NCI's Division of Cancer Treatment and Diagnosis.")], ["name"])
A("Median PFS in the control arms: PALOMA3 (placebo plus fulvestrant) versus the ribociclib trial (placebo plus letrozole)?", ["02_", "03_"], [["3.8 months"], ["14.7 months"]],
  [("02_", "At the time of the analysis, the median progression-free survival for women in the palbociclib-plus-fulvestrant group was 9.2 months, compared with 3.8 months for women who received a placebo plus fulvestrant."),
   ("03_", "At a median follow-up of 15.3 months, the median progression-free survival in the ribociclib group had not yet been reached, whereas the median progression-free survival in the placebo group was 14.7 months.")], ["duration", "endpoint"])
A("Which companies backed the PALOMA3 palbociclib trial and the ribociclib first-line trial?", ["02_", "03_"], [["Pfizer"], ["Novartis Pharmaceuticals", "Novartis"]],
  [("02_", "Nicolas Turner, M.D., Ph.D., of the Royal Marsden Hospital and Institute of Cancer Research in London, led the study, which was sponsored by Pfizer, the maker of palbociclib."),
   ("03_", "Researchers ended the trial, which was funded by Novartis Pharmaceuticals, early after a planned interim analysis of the data showed a significant benefit in favor of the ribociclib arm.")], ["name"])
A("Which enrolled more patients: the TAS-102 phase III trial or PALOMA3?", ["01_", "02_"], [["800"], ["More than 520"]],
  [("01_", "The study enrolled 800 patients with metastatic colorectal cancer from Japan, the United States, Europe, and Australia."),
   ("02_", "More than 520 women with ER-positive, HER2-negative breast cancer that had relapsed or progressed during prior hormone therapy were enrolled in the PALOMA3 trial.")], ["count"])
A("Compare the size of the repaglinide CF pilot (actual) with the planned size of the SADBE herpes labialis study.", ["07_", "09_"], [["31"], ["60"]],
  [("07_", "L:Enrollment info count: 31"), ("09_", "L:Enrollment: 60 (type: Anticipated)")], ["count"])
A("Minimum age for the Q-PROTECT COVID-19 trial versus the repaglinide cystic fibrosis study?", ["10_", "07_"], [["18 Years"], ["12 Years"]],
  [("10_", "L:Minimum age: 18 Years"), ("07_", "L:Minimum age: 12 Years")], ["count"])
A("How many people were in the pioglitazone cancer cohort and in STAR?", ["08_", "06_"], [["236507"], ["19,747"]],
  [("08_", "L:Enrollment: 236507 (type: Actual)"), ("06_", "Enrollment was closed on November 4, 2004, with 19,747 women recruited.")], ["count"])
A("Lead sponsors of the Q-PROTECT hydroxychloroquine trial and of the pioglitazone cancer cohort?", ["10_", "08_"], [["Hamad Medical Corporation"], ["Takeda"]],
  [("10_", "L:Lead sponsor agency: Hamad Medical Corporation"), ("08_", "L:Lead sponsor agency: Takeda")], ["name"])
A("NEJM publication dates of the TAS-102 phase III results and the PALOMA3 interim results?", ["01_", "02_"], [["May 14, 2015"], ["June 1, 2015"]],
  [("01_", "L:New England Journal of Medicine, May 14, 2015."), ("02_", "L:New England Journal of Medicine, June 1, 2015")], ["date"])
A("Which was published first in NEJM, the PREVAIL enzalutamide results or the ALSYMPCA radium-223 results? Give both dates.", ["05_", "04_"], [["July 17, 2013"], ["June 1, 2014"]],
  [("05_", "L:New England Journal of Medicine (NEJM), July 17, 2013"), ("04_", "L:New England Journal of Medicine, June 1, 2014.")], ["date"])
A("Study start dates of the pioglitazone cancer cohort and the SADBE herpes labialis trial?", ["08_", "09_"], [["January 1, 1997"], ["March 12, 2018"]],
  [("08_", "L:Start date: January 1, 1997 (type: Actual)"), ("09_", "L:Start date: March 12, 2018 (type: Actual)")], ["date"])
A("Neutropenia rate with TAS-102 versus with ribociclib in their phase III trials?", ["01_", "03_"], [["38 percent"], ["59.3%"]],
  [("01_", "The most common adverse events associated with TAS-102 included neutropenia, which occurred in 38 percent of those treated, and leukopenia, which occurred in 21percent."),
   ("03_", "The patients receiving ribociclib had significantly more neutropenia (59.3% versus 0.9%) and leukopenia (21.0% versus 0.6%) than patients in the control group.")], ["percentage"])
