#!/usr/bin/env python3
"""Write questions.jsonl. Each answerable item: facts (verbatim alternatives), gold quotes, gold sources."""
import json

D1 = "01_ctgov_NCT00739765_ptsd_psychotherapies_results.txt"
D2 = "02_ctgov_NCT00739752_hbv_vaccination_framing_results.txt"
D3 = "03_ctgov_NCT01782859_steroids_thrombosis_hip_replacement_results.txt"
D4 = "04_ctgov_NCT03191552_defo_orthosis_cerebral_palsy_results.txt"
D5 = "05_ctgov_NCT01076361_capsure_epi_4968_lead_pas_results.txt"
D6 = "06_ctgov_NCT00277524_omni_medtronic_device_registry_results.txt"
D7 = "07_ctgov_NCT05594173_chewing_solid_food_results.txt"
D8 = "08_fda_guidance_post_approval_studies_pma_order_2022.txt"
D9 = "09_cfr_21_part_814_pma_excerpt.txt"
D10 = "10_usc_21_360l_postmarket_surveillance.txt"

Q = []


def A(q, srcs, facts, quotes, tags):
    Q.append(dict(question=q, answerable=True, gold_sources=srcs, facts=facts, gold_quotes=quotes, tags=tags, note=""))


def U(q, note, tags):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))


# ---------------- 01 PTSD psychotherapies (NCT00739765) ----------------
A("How many patients were randomized to interpersonal psychotherapy in the NYSPI PTSD psychotherapy trial, and how many finished?",
  [D1], [["40"], ["34"]], ["STARTED | 40 | 38 | 32", "COMPLETED | 34 | 27 | 21"], ["count"])
A("Which arm of the chronic PTSD psychotherapy study lost the most participants before completion?",
  [D1], [["11"]], ["NOT COMPLETED | 6 | 11 | 11"], ["count"])
A("Mean CAPS at week 14 for prolonged exposure?",
  [D1], [["37.5 (28.8)", "37.5"]], ["Week 14 | 39.8 (24.3) | 37.5 (28.8) | 46.5 (31.0)"], ["endpoint"])
A("In the PTSD trial what CAPS score threshold defined remission?",
  [D1], [["scores <20 were defined as remission", "<20"]], ["Scores >50 indicate at least moderately severe PTSD; scores <20 were defined as remission."], ["definition"])
A("What was the baseline Hamilton depression score in the relaxation therapy group of NCT00739765?",
  [D1], [["21.0 (7.1)", "21.0"]], ["Baseline | 18.3 (6.5) | 20.2 (6.7) | 21.0 (7.1)"], ["endpoint"])
A("How was masking handled in the interpersonal psychotherapy vs prolonged exposure vs relaxation study?",
  [D1], [["Single (Outcomes Assessor)"]], ["Masking: Single (Outcomes Assessor)"], ["definition"])
A("Who funded / collaborated on the Markowitz PTSD study besides the lead sponsor?",
  [D1], [["National Institute of Mental Health (NIMH)"]], ["Collaborator: National Institute of Mental Health (NIMH)"], ["name"])
A("How many sessions and of what length did the IPT arm get?",
  [D1], [["14 weekly 50-minute sessions"]], ["14 weekly 50-minute sessions of interpersonal psychotherapy, a time-limited treatment that focuses on interpersonal functioning and social supports"], ["dose", "duration"])
A("What was the primary completion date of the chronic PTSD psychotherapies trial?",
  [D1], [["March 2013"]], ["Primary Completion Date: March 2013 (Actual)"], ["date"])
A("When were results for NCT00739765 first posted?",
  [D1], [["November 16, 2015"]], ["Results First Posted: November 16, 2015 (Estimate)"], ["date"])
A("Mean age at baseline across all 110 PTSD patients?",
  [D1], [["40.10 (11.57)", "40.10"]], ["Age | 38.12 (11.21) | 41.76 (11.99) | 40.62 (11.48) | 40.10 (11.57)"], ["count"])
A("How many women were enrolled in the relaxation therapy arm of the PTSD study?",
  [D1], [["28"]], ["Female | 28 | 21 | 28 | 77"], ["count"])
A("Were there any serious adverse events reported in the PTSD psychotherapy trial?",
  [D1], [["0/40"], ["0/38"], ["0/32"]], ["Total - Total, serious adverse events | 0/40 | 0/38 | 0/32"], ["yes-no", "count"])
A("What limitations did the investigators list for the PTSD psychotherapy results?",
  [D1], [["Limited generalizability of unmedicated sample"], ["incomplete therapist fidelity rating"], ["limited sample size"]],
  ["Limitations and Caveats: Limited generalizability of unmedicated sample; incomplete therapist fidelity rating; limited sample size."], ["list"])
A("Age limits for enrolment in the IPT/PE/relaxation PTSD trial?",
  [D1], [["18 Years"], ["65 Years"]], ["Minimum Age: 18 Years", "Maximum Age: 65 Years"], ["count"])
U("What p-value did the registry report for the CAPS comparison between interpersonal psychotherapy and prolonged exposure in NCT00739765?",
  "The record's CAPS outcome gives only means and SDs per arm; no statistical analysis or p-value is posted.", ["endpoint"])
U("What was the noninferiority margin on the CAPS used in the PTSD psychotherapy trial?",
  "No noninferiority margin appears in the registry record; it only says IPT is compared with established therapies.", ["endpoint"])
U("How much were PTSD study participants paid for the follow-up assessment?",
  "The record mentions no participant compensation.", ["amount"])
U("What were the CAPS scores at the 3-month follow-up in the PTSD trial?",
  "Only baseline and week 14 CAPS values are posted; the 3-month follow-up results are not reported.", ["endpoint"])

# ---------------- 02 HBV framing (NCT00739752) ----------------
A("What's the design of the Indiana HBV vaccination framing study — how many arms and what kind of assignment?",
  [D2], [["6"], ["Factorial Assignment", "2 X 3 Factorial Design"]], ["Number of Arms: 6", "Intervention Model: Factorial Assignment"], ["count", "definition"])
A("Total enrollment in the STD clinic hepatitis B vaccine message-framing trial?",
  [D2], [["1747"]], ["Enrollment: 1747 (Actual)"], ["count"])
A("Primary endpoint of NCT00739752?",
  [D2], [["Mean Number of Doses of HBV Vaccine Received"], ["8 month"]], ["Measure: Mean Number of Doses of HBV Vaccine Received", "Time Frame: Day of research visit with 8 month follow-up"], ["endpoint"])
A("Mean number of HBV doses in the Loss-Framed-Recommended arm?",
  [D2], [["1.10 (1.14)", "1.10"]], ["Mean Number of Doses of HBV Vaccine Received | .78 (1.00) | .85 (1.02) | .94 (1.11) | .98 (1.06) | .81 (1.04) | 1.10 (1.14)"], ["endpoint"])
A("Gain vs loss framing on HBV doses — what risk ratio and p value did they get?",
  [D2], [["0.99"], ["=.885", ".885"]], ["Estimated Value: 0.99", "P-Value: =.885"], ["endpoint"])
A("For the HBV trial, what was the 95% CI for any framed message versus the non-framed control?",
  [D2], [["1.06"], ["1.31"]], ["CI Lower Limit: 1.06", "CI Upper Limit: 1.31"], ["endpoint"])
A("Did recommending the vaccine beat just offering it in the STD clinic study? Give the RR.",
  [D2], [["1.16"], ["<.01"]], ["Comments: The 3 vaccine-recommended groups were compared with the 3 vaccine-offered groups using poisson regression.", "Estimated Value: 1.16"], ["endpoint"])
A("Which statistical method was used for the framing comparisons in NCT00739752?",
  [D2], [["Regression, Poisson", "poisson regression"]], ["Method: Regression, Poisson"], ["definition"])
A("Where were participants recruited for the HBV framing trial?",
  [D2], [["Chicago Department of Public Health"], ["Bell Flower Clinic"]], ["Chicago Department of Public Health | Chicago | Illinois | 60604 | United States", "Bell Flower Clinic | Indianapolis | Indiana | 46202 | United States"], ["place", "list"])
A("How many Black or African American participants were in the HBV vaccination study overall?",
  [D2], [["1426"]], ["Black or African American | 252 | 233 | 239 | 233 | 236 | 233 | 1426"], ["count"])
A("Masking in the hepatitis B framing study?",
  [D2], [["Triple (Participant, Investigator, Outcomes Assessor)"]], ["Masking: Triple (Participant, Investigator, Outcomes Assessor)"], ["definition"])
A("HIV-positive patients — could they join the HBV message framing trial?",
  [D2], [["HIV positive"]], ["-  HIV positive"], ["yes-no"])
A("When did the HBV vaccination framing study start and finish?",
  [D2], [["June 2003"], ["October 2007"]], ["Study Start Date: June 2003", "Study Completion Date: October 2007 (Actual)"], ["date"])
A("What NIH grant number is associated with the STD clinic HBV vaccine study?",
  [D2], [["R01AI049644"]], ["Secondary ID: R01AI049644"], ["identifier"])
U("Which hepatitis B vaccine brand was given to participants in NCT00739752?",
  "The record never names the HBV vaccine product used.", ["name"])
U("What proportion of HBV framing trial participants completed all three vaccine doses?",
  "The registry reports only mean doses per arm; the share completing the 3-dose series is not given.", ["percentage"])
U("How much did the NIAID grant for the HBV framing trial amount to?",
  "No funding amount is stated in the record.", ["amount"])
U("What were the mean doses of HBV vaccine at the Chicago site versus the Indianapolis site?",
  "Results are reported by arm only, not by site.", ["endpoint", "place"])

# ---------------- 03 Steroids THR (NCT01782859) ----------------
A("What steroid regimen did the active arm get in the HSS hip replacement thrombosis study?",
  [D3], [["20 mg prednisone"], ["100 mg hydrocortisone IV"]], ["Steroid group will receive the following: 20 mg prednisone pill to be taken in the morning of surgery prior to arrival to the hospital 100 mg hydrocortisone IV 8 hours after first dose of prednisone followed by 3. Second and last dose of 100 mg hydrocortisone IV"], ["dose"])
A("What was the placebo in NCT01782859?",
  [D3], [["Lactose filler"]], ["Other Name: Lactose filler to mimic 20 mg prednisone tablet"], ["name"])
A("Primary endpoints of the steroid / total hip replacement trial?",
  [D3], [["Serum Prothrombin Fragment 1 and 2 (PF 1.2)"], ["Plasmin-a 2 Antiplasmin Complex (PAP)"]], ["Measure: Serum Prothrombin Fragment 1 and 2 (PF 1.2)", "Measure: Plasmin-a 2 Antiplasmin Complex (PAP)"], ["endpoint", "list"])
A("PF 1.2 at 4 hours post-op, steroid vs placebo?",
  [D3], [["1306.76"], ["1138.65"]], ["4 hours postoperatively | 1306.76 (445.4) | 1138.65 (435.7)"], ["endpoint"])
A("What were IL-6 levels at 24 hours after surgery in each arm of the hip replacement steroid study?",
  [D3], [["176.79"], ["68.51"]], ["24 hours postoperatively | 176.79 (91.4) | 68.51 (45.8)"], ["endpoint"])
A("Why did people drop out of the steroids and thrombosis hip study?",
  [D3], [["Protocol Violation"], ["Withdrawal by Subject"]], ["Protocol Violation | 6 | 6", "Withdrawal by Subject | 0 | 1"], ["list", "count"])
A("How many randomized vs analyzed in NCT01782859?",
  [D3], [["40"], ["27"]], ["Enrollment: 40 (Actual)", "Overall Number of Baseline Participants [Participants] | 14 | 13 | 27"], ["count"])
A("Were desmosine results reported for the hip replacement steroid trial?",
  [D3], [["Desmosine levels were not analyzed."]], ["Population Description: Desmosine levels were not analyzed."], ["yes-no"])
A("Pain score at 3 months after hip replacement — steroid arm mean?",
  [D3], [["0.54 (0.66)", "0.54"]], ["Pain at 3 Months Post-op | 0.92 (0.76) | 0.54 (0.66)"], ["endpoint"])
A("Could diabetics be enrolled in the HSS steroid THR study?",
  [D3], [["Patients who have diabetes"]], ["-  Patients who have diabetes"], ["yes-no"])
A("Which surgeons' patients were eligible for the steroid hip replacement study?",
  [D3], [["Douglas Padgett"], ["Thomas Sculco"], ["Edwin Su"]], ["-  Patients undergoing unilateral total hip replacement with Drs. Douglas Padgett, Thomas Sculco, or Edwin Su."], ["name", "list"])
A("Mean BMI of the steroid-treated group in NCT01782859?",
  [D3], [["28.03 (4.86)", "28.03"]], ["Body mass index | 26.04 (3.92) | 28.03 (4.86) | 27.00 (4.43)"], ["count"])
A("Who is the results contact for the HSS perioperative steroid study?",
  [D3], [["Kethy Jules-Elysee"]], ["Results Point of Contact - Name/Title: Kethy Jules-Elysee, MD"], ["name"])
U("What p-value was reported for the difference in IL-6 between steroid and placebo groups in NCT01782859?",
  "No statistical analyses are posted for any outcome in this record; only means and SDs.", ["endpoint"])
U("How many deep vein thromboses occurred in the placebo group of the steroid hip replacement study?",
  "Clinical DVT events are not reported; only biomarker outcomes and zero adverse events.", ["count"])
U("What anticoagulant prophylaxis did hip replacement patients in NCT01782859 receive?",
  "The record does not mention anticoagulation or thromboprophylaxis.", ["name"])

# ---------------- 04 DEFO / SPIO CP (NCT03191552) ----------------
A("How long per day did the SPIO 6 hours group wear the vest?",
  [D4], [["4 hours more in addition to 2 hour"]], ["SPIO 6 hours group will receive conventional exercise therapy with the garment on for 2 hours and worn SPIO 4 hours more in addition to 2 hour of wear during exercise therapy."], ["duration"])
A("How many children were screened and how many were eligible for the Marmara lycra vest study?",
  [D4], [["36"], ["26"]], ["Recruitment Details: Among the 36 children evaluated for recruitment, 26 of them met the inclusion criteria."], ["count"])
A("Sitting Assessment Scale at 1 month for SPIO 6 hours?",
  [D4], [["18.63 (1.85)", "18.63"]], ["Sitting Assessment Scale | 17.5 (2.27) | 18.63 (1.85) | 15.13 (1.1)"], ["endpoint"])
A("What p value did the Kruskal-Wallis test give for Sitting Assessment Scale at 3 months in NCT03191552?",
  [D4], [["0.004"]], ["P-Value: 0.004"], ["endpoint"])
A("What was the immediate effect of putting on the orthosis on the Sitting Assessment Scale?",
  [D4], [["12.56 (2.4)", "12.56"], ["15.06 (2.54)", "15.06"]], ["Sitting Assessment Scale | 12.56 (2.4) | 15.06 (2.54)"], ["endpoint"])
A("GMFM sitting dimension at 2 weeks — was the difference between groups significant?",
  [D4], [["0.837"]], ["P-Value: 0.837"], ["endpoint", "yes-no"])
A("What GMFCS levels were eligible for the DEFO cerebral palsy trial?",
  [D4], [["level III-IV"]], ["1. being classified at Gross Motor Function Classification System (GMFCS) level III-IV"], ["definition"])
A("Maximum Cobb angle allowed in the SPIO vest study?",
  [D4], [["Cobb angle (CA) >40°", ">40°"]], ["5. severe scoliosis (Cobb angle (CA) >40°)"], ["definition"])
A("How many children in the SPIO study had tetraplegic CP?",
  [D4], [["22"]], ["Tetraplegic | 7 | 8 | 7 | 22"], ["count"])
A("Who was the principal investigator on the dynamic elastomeric fabric orthosis study?",
  [D4], [["Esra Giray"]], ["Overall Official: Esra Giray, MD, Principal Investigator, Marmara University School of Medicine, Department of Physical Medicine and Rehabilitation"], ["name"])
A("Parent satisfaction total score at 3 months in the 2-hour SPIO group?",
  [D4], [["31.29 (1.11)", "31.29"]], ["Parent Satisfaction Questionnaire Total Score | 31.29 (1.11) | 30 (2.33)"], ["endpoint"])
A("What's the age range for the Marmara DEFO trial?",
  [D4], [["3 Years"], ["12 Years"]], ["Minimum Age: 3 Years", "Maximum Age: 12 Years"], ["count"])
A("Box and Block Test 3 months, control group?",
  [D4], [["15.75 (5.99)", "15.75"]], ["Box and Block Test (BBT) | 15.63 (8.23) | 14.88 (3.91) | 15.75 (5.99)"], ["endpoint"])
U("Who manufactured the SPIO vests used in NCT03191552?",
  "No manufacturer or supplier of the SPIO vest is named in the record.", ["name"])
U("What was the cost of each tailor-made SPIO vest in the Marmara study?",
  "The record gives no cost information.", ["amount"])
U("What change in gait speed did the DEFO trial report for the SPIO 6 hours group?",
  "Gait speed is not an outcome in the record; outcomes are sitting, GMFM sitting dimension, Box and Block and parent satisfaction.", ["endpoint"])

# ---------------- 05 CapSure Epi 4968 PAS (NCT01076361) ----------------
A("Lead survival probability for the Model 4968 epicardial lead?",
  [D5], [["92.3 (88.3 to 95.04)", "92.3"]], ["Survival Probability of the Model 4968 Lead Based on Lead-related Complications | 92.3 (88.3 to 95.04)"], ["endpoint", "percentage"])
A("How many 4968 leads were implanted and how many were analysed?",
  [D5], [["631"], ["609"]], ["Population Description: A total of 631 leads were implanted in 370 subjects. 22 leads in 21 patients were not included in the analysis due to missing data. The final number of leads analyzed was 609."], ["count"])
A("What statistical method was used to estimate lead survival in the CapSure Epi post-approval study?",
  [D5], [["life-table method"]], ["The life-table method was used to analyze lead survival probability."], ["definition"])
A("Most common lead-related serious event in the Model 4968 study?",
  [D5], [["Failure to capture/loss of capture"], ["13/349"]], ["Cardiac disorders - Failure to capture/loss of capture | 13/349 (13)"], ["count", "name"])
A("How many lead conductor fractures were reported for the 4968 lead?",
  [D5], [["6/349 (6)", "6"]], ["Cardiac disorders - Lead conductor fracture | 6/349 (6)"], ["count"])
A("How many kids (0-12) were in the CapSure Epi registry?",
  [D5], [["155"]], ["0 - 12 Years | 155"], ["count"])
A("What was the PMA post-approval requirement for the Model 4968 lead in terms of patients and follow-up?",
  [D5], [["100 participants followed for a minimum of 5 years", "100 subjects (adult and pediatric)"]], ["Time Frame: The requirement to satisfy the PMA condition of Approval of model 4968 was to have 100 participants followed for a minimum of 5 years to assess the long-term safety."], ["count", "duration"])
A("Start and completion dates of the Medtronic 4968 lead post-approval study?",
  [D5], [["September 1999"], ["September 2010"]], ["Study Start Date: September 1999", "Study Completion Date: September 2010 (Actual)"], ["date"])
A("Who adjudicated adverse events in the 4968 PAS?",
  [D5], [["technical review committee"]], ["Adverse Event Reporting Description: All reported lead related events were adjudicated by a technical review committee and reconciled with Medtronic’s Event Analysis Reporting System."], ["name"])
A("What publication embargo can Medtronic impose on 4968 PAS investigators?",
  [D5], [["less than or equal to 60 days"]], ["Restriction Description: The only disclosure restriction on the PI is that the sponsor can review results communications prior to public release and can embargo communications regarding trial results for a period that is less than or equal to 60 days. The sponsor cannot require changes to the communication and cannot extend the embargo."], ["duration"])
A("Is the CapSure Epi study an interventional trial?",
  [D5], [["Observational [Patient Registry]"]], ["Study Type: Observational [Patient Registry]"], ["yes-no", "definition"])
A("Which larger Medtronic programme is the 4968 lead study part of?",
  [D5], [["Medtronic System Longevity Study"]], ["This study is part of the Medtronic System Longevity Study."], ["name"])
U("What is the PMA number under which the Model 4968 CapSure Epi lead was approved?",
  "The record refers to the PMA conditions of approval but never gives the PMA number.", ["identifier"])
U("What was the 4968 lead survival probability at 10 years?",
  "Only one overall survival probability is posted (92.3%); no 10-year estimate is given.", ["percentage"])
U("How many patients in the 4968 post-approval study died during follow-up?",
  "No deaths or all-cause mortality are reported in the record.", ["count"])

# ---------------- 06 OMNI (NCT00277524) ----------------
A("Why was the OMNI study stopped?",
  [D6], [["Ended follow-up after four years"]], ["Why Stopped: Ended follow-up after four years"], ["definition"])
A("How many patients did OMNI enroll and how many had a dual chamber ICD?",
  [D6], [["3032"], ["1088"]], ["Enrollment: 3032 (Actual)", "STARTED | 621 | 324 | 1088 | 850"], ["count"])
A("How many outpatient cardiology practices took part in OMNI?",
  [D6], [["147"]], ["Recruitment Details: The study included 147 outpatient cardiology practices in the United States."], ["count"])
A("First shock rate at 48 months: PainFREE vs SCD-HeFT programming in OMNI?",
  [D6], [["0.20 (0.014)", "0.20"], ["0.27 (0.023)", "0.27"]], ["48 months after implant | 0.20 (0.014) | 0.27 (0.023)"], ["endpoint"])
A("How many ATP-attempted episodes were successful in OMNI?",
  [D6], [["650"], ["1100"]], ["Episodes with ATP attempted | 1100", "Episodes with Sucessful ATP | 650"], ["count"])
A("Mean VF detection interval at baseline for ICD/CRT-D in the OMNI registry?",
  [D6], [["314 (17.1)", "314"]], ["VF Detection Interval | 314 (17.1)"], ["endpoint"])
A("In OMNI, what was the most implanted device model?",
  [D6], [["EnTrust AT (D154ATG)", "InSync Sentry (7299)"], ["820"]], ["EnTrust AT (D154ATG) | 820", "InSync Sentry (7299) | 820"], ["name", "count"])
A("Who was the OMNI principal investigator?",
  [D6], [["Michael O. Sweeney"]], ["Overall Official: Michael O. Sweeney, Principal Investigator, Cardiovascular Division Brigham and Womens"], ["name"])
A("Were adverse events collected in the OMNI study?",
  [D6], [["Adverse events were not collected"]], ["Adverse events were not collected as a part of the OMNI study."], ["yes-no"])
A("Mean LVEF at baseline in OMNI?",
  [D6], [["33.4 (15.7)", "33.4"]], ["LVEF(%) | 33.4 (15.7)"], ["percentage"])
A("How did OMNI define 'SCD-HeFT' programming?",
  [D6], [["shock therapy only for arrhythmias at cycle lengths of <320 ms"]], ["OMNI \"SCD-HeFT\" definition: programming combinations that result in shock therapy only for arrhythmias at cycle lengths of <320 ms or faster and no therapy for arrhythmias at cycle lengths ≥320 ms."], ["definition"])
A("How many OMNI pacemaker (IPG) patients had the MVP_AAIR_DD pacing mode programmed at baseline?",
  [D6], [["380"]], ["Pacing Mode, MVP_AAIR_DD | 380"], ["count"])
A("OptiVol: how many subjects crossed threshold at the 12-month follow-up?",
  [D6], [["382"]], ["Crossed Threshold, N | 382 | 327 | 287 | 224"], ["count"])
A("Deadline for enrolling after implant in OMNI?",
  [D6], [["no later than 40 days post-implant"]], ["Enrollment must occur no later than 40 days post-implant."], ["duration"])
U("What hazard ratio for first shock did OMNI report comparing PainFREE with SCD-HeFT programming?",
  "Only Kaplan-Meier first-shock rates are posted; no hazard ratio or p-value is given.", ["endpoint"])
U("How many OMNI patients died during the four years of follow-up?",
  "Mortality is not reported; adverse events were not collected, and the OptiVol outcome only counts disease progression.", ["count"])
U("How many OMNI sites were located outside the United States?",
  "All OMNI practices were in the United States; the record names no non-US site, so there is no such number.", ["count", "place"])
U("What was the total cost of the OMNI registry to Medtronic?",
  "The record contains no cost or budget information.", ["amount"])

# ---------------- 07 Chewing (NCT05594173) ----------------
A("Mean number of chewing cycles for the gummy candy in the UHN chewing study?",
  [D7], [["28 (13)"]], ["Number of Chewing Cycles Per Bolus | 22 (11) | 15 (6) | 15 (4) | 28 (13) | 6 (3) | 11 (4)"], ["endpoint"])
A("Total chewing duration for the minced and moist barium stimulus?",
  [D7], [["5.8 (2.6)", "5.8"], ["seconds"]], ["Total Chewing Duration Per Bolus | 14.7 (5.4) | 13 (4.3) | 12.4 (2.7) | 25.1 (10.5) | 5.8 (2.6) | 9.9 (2.3)", "Unit of Measure: seconds"], ["endpoint", "duration"])
A("How was chewing measured in NCT05594173?",
  [D7], [["surface electromyography (sEMG) of the masseter muscle"]], ["Using surface electromyography (sEMG) of the masseter muscle, we will count the number of muscle contraction spikes (i.e. chewing cycles) seen for chewing activity for a single comfortable bite of each bolus type."], ["definition"])
A("Enrollment vs baseline analysed in the solid food oral processing study?",
  [D7], [["20"], ["17"]], ["Enrollment Info - Count: 20", "Overall Number of Baseline Participants [Participants] | 17"], ["count"])
A("Median age in the chewing study?",
  [D7], [["26 (22 to 54)", "26"]], ["Age, Continuous | 26 (22 to 54)"], ["count"])
A("Any adverse events in the UHN chewing/swallowing study?",
  [D7], [["Digestive complaints"], ["1/18"]], ["Gastrointestinal disorders - Digestive complaints | 1/18 (1) | NON_SYSTEMATIC_ASSESSMENT | Complaints of abdominal discomfort and diarrhea"], ["yes-no", "count"])
A("Which NIH institute collaborated on NCT05594173?",
  [D7], [["National Institute on Deafness and Other Communication Disorders (NIDCD)"]], ["Collaborators - Name: National Institute on Deafness and Other Communication Disorders (NIDCD)"], ["name"])
A("Why were only 14 participants analyzed for chewing outcomes?",
  [D7], [["poor electromyography signal quality"]], ["Population Description: Data for 3 additional participants could not be analyzed due to poor electromyography signal quality."], ["count"])
A("Were dentures allowed in the chewing and oral processing study?",
  [D7], [["Current use of dentures"]], ["* Current use of dentures"], ["yes-no"])
U("What bolus volume of the barium stimuli was used in the UHN chewing study?",
  "The record does not state bolus volumes or weights.", ["dose"])
U("What was the mean number of chewing cycles for regular-consistency food in participants with dysphagia?",
  "Only healthy participants were studied; no dysphagia patients' data exist in the record.", ["endpoint"])

# ---------------- 08 PAS guidance ----------------
A("How often does FDA usually want PAS progress reports while enrollment is ongoing?",
  [D8], [["every six (6) months"]], ["Generally, FDA intends to require in the approval order that PAS Progress Reports are to be submitted every six (6) months until subject enrollment has been completed and annually thereafter"], ["duration"])
A("Deadline for the final PAS report after the study ends?",
  [D8], [["no later than three months after study completion"]], ["Generally, FDA intends to require in the approval order that the Final PAS Report is to be submitted no later than three months after study completion (i.e., last subject’s last follow-up date)"], ["duration"])
A("What does a 'Delayed' PAS status mean?",
  [D8], [["behind the study timelines specified in the PMA approval order"]], ["Delayed | The progression of the study is behind the study timelines specified in the PMA approval order."], ["definition"])
A("When does a post-approval study's status become 'Protocol Overdue'?",
  [D8], [["more than 60 calendar days"]], ["Protocol Overdue | FDA is unable to complete its review of the study protocol due to outstanding deficiencies that the sponsor needs to address and it has been more than 60 calendar days since issuance of the PMA approval order."], ["definition", "duration"])
A("Which reporting status categories does FDA use for PAS reports?",
  [D8], [["Report on Time"], ["Report Overdue"], ["Report Overdue/Received"]], ["Report on Time | FDA has received the PAS Progress Report or Final PAS Report per the PMA approval order."], ["list"])
A("When was the PMA post-approval study procedures guidance issued and what did it replace?",
  [D8], [["October 7, 2022"], ["June 15, 2009"]], ["Document issued on October 7, 2022.", "This guidance supersedes “Procedures for Handling Post-Approval Studies Imposed by PMA Order,” issued on June 15, 2009."], ["date"])
A("What can FDA do if a sponsor fails to complete a PAS without justification?",
  [D8], [["withdrawal of approval of the PMA"], ["section 522"]], ["Under certain circumstances, we may initiate withdrawal of approval of the PMA under section 515(e) of the FD&C Act. In appropriate instances, FDA may order postmarket surveillance under section 522 of the FD&C Act."], ["list"])
A("What interim PAS data might FDA make public?",
  [D8], [["number of subjects enrolled"], ["number of sites enrolled"], ["interim safety/effectiveness findings"]], ["• number of subjects enrolled", "• number of sites enrolled", "• interim safety/effectiveness findings."], ["list"])
A("Which two interim report types does FDA recommend for PAS?",
  [D8], [["Enrollment Status Report"], ["PAS Progress Report"]], ["Generally, FDA recommends submitting two types of interim reports: “Enrollment Status Report” and “PAS Progress Report.”"], ["list"])
U("What civil money penalty amount applies per day for failing to complete a PAS?",
  "The guidance mentions civil money penalties as a possible enforcement outcome but gives no amount.", ["amount"])
U("How many post-approval studies were listed as Delayed in FDA's PAS database in 2022?",
  "The guidance describes status categories but reports no counts of studies.", ["count"])

# ---------------- 09 21 CFR 814 ----------------
A("How long does FDA have to review a filed PMA under the regs?",
  [D9], [["180 days"]], ["Within 180 days after receipt of an application that is accepted for filing and to which the applicant does not submit a major amendment, FDA will review the PMA"], ["duration"])
A("Within how many days must FDA tell an applicant whether its PMA has been filed?",
  [D9], [["45 days"]], ["Within 45 days after a PMA is received by FDA, the agency will notify the applicant whether the application has been filed."], ["duration"])
A("Under Part 814, who counts as a pediatric patient?",
  [D9], [["21 years of age or younger"]], ["(s) Pediatric patients means patients who are 21 years of age or younger (that is, from birth through the twenty-first year of life, up to but not including the twenty-second birthday) at the time of the diagnosis or treatment."], ["definition"])
A("What is the population ceiling for a humanitarian use device in the regulation's definition?",
  [D9], [["not more than 8,000 individuals in the United States per year", "8,000"]], ["(n) HUD ( humanitarian use device ) means a medical device intended to benefit patients in the treatment or diagnosis of a disease or condition that affects or is manifested in not more than 8,000 individuals in the United States per year."], ["count", "definition"])
A("Is failing a postapproval requirement grounds for withdrawing a PMA?",
  [D9], [["constitutes a ground for withdrawal of approval of a PMA"]], ["(c) Failure to comply with any postapproval requirement constitutes a ground for withdrawal of approval of a PMA."], ["yes-no"])
A("List the kinds of postapproval requirements FDA can impose as a condition of PMA approval — does batch testing count?",
  [D9], [["Batch testing of the device"]], ["(8) Batch testing of the device."], ["yes-no", "list"])
A("Within what time must FDA hold a hearing after temporarily suspending a PMA?",
  [D9], [["within 60 days"]], ["If FDA issues an order temporarily suspending approval of a PMA, the agency shall proceed expeditiously, but within 60 days, to hold a hearing on whether to permanently withdraw approval of the PMA"], ["duration"])
A("Definition of 'reasonable probability' in 21 CFR 814?",
  [D9], [["more likely than not that an event will occur"]], ["(k) Reasonable probability means that it is more likely than not that an event will occur."], ["definition"])
U("What user fee applies to a PMA original application under Part 814?",
  "The Part 814 excerpt contains no user fee amounts.", ["amount"])

# ---------------- 10 21 USC 360l ----------------
A("How soon must a manufacturer submit a surveillance plan after a 522 order?",
  [D10], [["within 30 days"]], ["Each manufacturer required to conduct a surveillance of a device shall, within 30 days of receiving an order from the Secretary prescribing that the manufacturer is required under this section to conduct such surveillance, submit, for the approval of the Secretary, a plan for the required surveillance."], ["duration"])
A("Maximum standard prospective surveillance period FDA can order under 360l?",
  [D10], [["up to 36 months"]], ["the Secretary, in consultation with the manufacturer, may by order require a prospective surveillance period of up to 36 months"], ["duration"])
A("By when must 522 surveillance start?",
  [D10], [["not later than 15 months"]], ["The manufacturer shall commence surveillance under this section not later than 15 months after the day on which the Secretary issues an order under this section."], ["duration"])
A("How long does FDA have to decide on a 522 surveillance plan?",
  [D10], [["within 60 days"]], ["The Secretary, within 60 days of the receipt of such plan, shall determine if the person designated to conduct the surveillance has appropriate qualifications and experience"], ["duration"])
A("Which devices can be subject to a postmarket surveillance order under section 522?",
  [D10], [["class II or class III device"], ["implanted in the human body for more than 1 year"]], ["require a manufacturer to conduct postmarket surveillance for any device of the manufacturer that is a class II or class III device—", "(I) implanted in the human body for more than 1 year; or"], ["list", "definition"])
A("Which public law added the 15-month start requirement to section 360l?",
  [D10], [["Pub. L. 112–144"]], ["Subsec. (b)(1). Pub. L. 112–144, §616(2), inserted \"The manufacturer shall commence surveillance under this section not later than 15 months after the day on which the Secretary issues an order under this section.\" after \"the public health.\""], ["identifier"])
U("What is the maximum fine for a manufacturer that refuses to comply with a section 522 order?",
  "Section 360l refers to prohibited acts and misbranding but states no fine amount.", ["amount"])

# ---------------- cross-document ----------------
A("The 4968 lead study was run to satisfy PMA conditions of approval. Under the FDA regulation, which postapproval requirement covers continuing evaluation like this, and how many patients did the 4968 requirement call for?",
  [D5, D9], [["(2) Continuing evaluation and periodic reporting"], ["100 participants"]],
  ["(2) Continuing evaluation and periodic reporting on the safety, effectiveness, and reliability of the device for its intended use.", "The requirement to satisfy the PMA condition of Approval of model 4968 was to have 100 participants followed for a minimum of 5 years to assess the long-term safety."], ["cross-document", "count"])
A("The 4968 registry included many children. What age cutoff does the PMA regulation use for pediatric patients, and how many 13-19 year olds were in the 4968 study?",
  [D5, D9], [["21 years of age or younger"], ["49"]], ["(s) Pediatric patients means patients who are 21 years of age or younger", "13 - 19 Years | 49"], ["cross-document", "count", "definition"])
A("The 4968 PAS ran from 1999 to 2010 with a 5-year target. If FDA ordered a 522 surveillance instead, what is the default maximum surveillance period, and could it be longer for a device used a lot in children?",
  [D5, D10], [["5 Years"], ["up to 36 months"], ["more than 36 months"]], ["Target Duration: 5 Years", "may by order require a prospective surveillance period of up to 36 months", "The Secretary may by order require a prospective surveillance period of more than 36 months with respect to a device that is expected to have significant use in pediatric populations"], ["cross-document", "duration"])
A("Per FDA's PAS guidance, what status would apply once a sponsor has fulfilled its PAS requirement, and what overall status does the registry show for the Model 4968 post-approval study?",
  [D8, D5], [["Completed"]], ["Completed | The sponsor has fulfilled the post-approval requirement identified in the condition(s) of approval (PAS requirement) in the PMA approval order, and FDA considers the PAS requirement to be satisfied.", "Overall Status: Completed"], ["cross-document", "definition"])
A("Both the OMNI registry and the 4968 lead study are Medtronic device studies. How many participants did each enroll?",
  [D5, D6], [["370"], ["3032"]], ["Enrollment: 370 (Actual)", "Enrollment: 3032 (Actual)"], ["cross-document", "count"])
A("Compare the randomized behavioral trials: which used more arms, the HBV framing study or the PTSD psychotherapy study, and how many each?",
  [D1, D2], [["3"], ["6"]], ["Number of Arms: 3", "Number of Arms: 6"], ["cross-document", "count"])
A("Which two NIH institutes collaborated on the PTSD psychotherapy trial and on the HBV vaccination framing trial respectively?",
  [D1, D2], [["National Institute of Mental Health (NIMH)"], ["National Institute of Allergy and Infectious Diseases (NIAID)"]], ["Collaborator: National Institute of Mental Health (NIMH)", "Collaborator: National Institute of Allergy and Infectious Diseases (NIAID)"], ["cross-document", "name"])
A("Of the hip replacement steroid study and the Marmara orthosis study, which had the larger number of randomized participants who did not complete?",
  [D3, D4], [["NOT COMPLETED | 6 | 7"], ["NOT COMPLETED | 1 | 1 | 0"]], ["NOT COMPLETED | 6 | 7", "NOT COMPLETED | 1 | 1 | 0"], ["cross-document", "count"])
A("Which is longer: the statutory deadline to start 522 surveillance after an order, or FDA's usual deadline to submit a final PAS report after study completion?",
  [D8, D10], [["not later than 15 months"], ["no later than three months after study completion"]], ["The manufacturer shall commence surveillance under this section not later than 15 months after the day on which the Secretary issues an order under this section.", "the Final PAS Report is to be submitted no later than three months after study completion"], ["cross-document", "duration"])
A("The PAS guidance says failing to comply with section 522 is a prohibited act. Which U.S. Code section is 522, and within how many days of an order must the surveillance plan be submitted?",
  [D8, D10], [["§360l"], ["within 30 days"]], ["Note that the failure or refusal to comply with section 522 is a prohibited act under section 301(q)(1)(C) of the FD&C Act", "§360l. Postmarket surveillance", "within 30 days of receiving an order from the Secretary"], ["cross-document", "duration", "identifier"])
A("Results posting lag: how long after primary completion were results first submitted for the steroid hip study versus the chewing study?",
  [D3, D7], [["January 2014"], ["April 4, 2016"], ["2020-12-20"], ["2022-10-27"]], ["Primary Completion Date: January 2014 (Actual)", "Results First Submitted: April 4, 2016", "Primary Completion Date Struct - Date: 2020-12-20", "Results First Submit Date: 2022-10-27"], ["cross-document", "date"])

# ---------------- more unanswerable (cross-folder plausible) ----------------
U("What was the PMA approval date for the Medtronic EnTrust ICD used in OMNI?",
  "OMNI lists implanted models but no approval dates; no document gives PMA dates for these devices.", ["date"])
U("Which FDA advisory panel reviewed the Model 4968 post-approval study results?",
  "Neither the 4968 record nor the guidance names an advisory panel review of this study.", ["name"])
U("What was the PAS Program Database status assigned by FDA to the Model 4968 study?",
  "The guidance defines status categories, but no document reports FDA's status for the 4968 study.", ["definition"])
U("Did the HBV framing trial report the effect of framing separately in men and women?",
  "Results are posted only by arm; no sex-specific analysis is reported.", ["yes-no"])
U("What dose of barium was used in the cracker-with-barium-paste condition?",
  "The record does not give barium amounts or concentrations.", ["dose"])
U("What was the PTSD trial's dropout rate among patients with comorbid major depression?",
  "The record does not break down dropout by depression comorbidity.", ["percentage"])
U("Which ethics committee approved the Marmara SPIO vest study?",
  "No ethics committee or IRB is named.", ["name"])
U("What is the ClinicalTrials.gov number of the follow-up study to OMNI?",
  "No follow-up study or its identifier is mentioned.", ["identifier"])
U("What was the mean hospital length of stay in the hip replacement steroid trial?",
  "Length of stay is not reported; only the expected 3-5 day follow-up window is described.", ["duration"])
U("How many OMNI patients received CRT-D devices from manufacturers other than Medtronic?",
  "OMNI enrolled only patients with specified Medtronic devices; no other manufacturers' counts are given.", ["count"])
U("What review fee or timeline applies to FDA's review of a PAS protocol change?",
  "The guidance excerpt does not include the section on protocol changes or fees.", ["amount", "duration"])
U("Under Part 814, how many days does FDA have to act on a 180-day PMA supplement?",
  "The Part 814 excerpt omits § 814.39 details on supplement review timelines; no such number appears.", ["duration"])
U("How many interim reports were submitted to FDA for the 4968 lead study?",
  "No document reports the number of PAS reports for the 4968 study.", ["count"])
U("What was the hydrocortisone dose in the OMNI study?",
  "OMNI is a device registry with no drug intervention; hydrocortisone appears only in the hip replacement study.", ["dose"])
U("What was the median time to first shock in OMNI?",
  "Only first-shock rates at set time points are posted, not a median time.", ["duration"])
U("Which company sponsored the UHN chewing study's barium products?",
  "No supplier or sponsor of barium products is named.", ["name"])

RM = ['Age limits for enrolment', 'Mean age at baseline across', 'Masking in the hepatitis B', 'When did the HBV vaccination framing study start', 'Mean BMI of the steroid', 'Who is the results contact', 'Box and Block Test 3 months', "What's the age range for the Marmara", 'Is the CapSure Epi study an interventional', 'Start and completion dates of the Medtronic', 'Deadline for enrolling after implant', 'Mean LVEF at baseline', 'Which NIH institute collaborated on NCT05594173', 'Which two interim report types', "Definition of 'reasonable probability'", 'How long does FDA have to decide on a 522', 'Of the hip replacement steroid study and the Marmara', 'How many OMNI sites were located outside', 'How many OMNI patients received CRT-D devices from manufacturers', 'Under Part 814, how many days does FDA have to act', 'What review fee or timeline applies']
Q = [q for q in Q if not any(q["question"].startswith(r) for r in RM)]
assert len(RM) == 21
for n, q in enumerate(Q, 1):
    q["id"] = f"rrb-{n:03d}"
with open("../questions.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps({k: q[k] for k in ["id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags", "note"]}, ensure_ascii=False) + "\n")
print(len(Q), sum(q["answerable"] for q in Q), sum(not q["answerable"] for q in Q), sum("cross-document" in q["tags"] for q in Q))
