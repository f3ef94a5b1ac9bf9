#!/usr/bin/env python3
import json, re, os, sys
D = "/work/train21/tables/docs"
docs = {f: open(os.path.join(D, f), encoding="utf-8").read() for f in os.listdir(D)}
def doc(prefix):
    m = [f for f in docs if f.startswith(prefix)]
    assert len(m) == 1, prefix
    return m[0]
def quote(fn, key):
    lines = [l for l in docs[fn].split("\n") if key in l]
    assert len(lines) >= 1, (fn, key)
    if len(set(lines)) > 1:
        print(f"WARN ambiguous key {key!r} in {fn[:3]}: {[x[:90] for x in lines[:3]]}")
    l = lines[0]
    if len(l) > 350:
        sents = re.split(r"(?<=[.])\s+(?=[A-Z(])", l)
        s = [x for x in sents if key in x]
        assert s, (fn, key)
        l = s[0]
    return l
A = []  # answerable: (q, docprefix, facts, keys, tags)
U = []  # unanswerable: (q, note, tags)
def a(q, d, facts, keys, tags):
    A.append((q, d, facts, keys if isinstance(keys, list) else [keys], tags))
def u(q, note, tags):
    U.append((q, note, tags))

# ---------- 01 MIRCERA NCT02567188
a("How many participants were enrolled in the Roche MIRCERA observational study in pre-dialysis CKD patients?", "01", [["144"]], "Enrollment: 144 (Actual)", ["count"])
a("Org study ID for the MIRCERA CKD stage 3-4 study?", "01", [["ML22439"]], "Organization Study ID: ML22439", ["identifier"])
a("In which country were all sites of the MIRCERA pre-dialysis study (NCT02567188) located?", "01", [["Sweden"]], "Location: Umea, Sweden", ["place"])
a("How many CKD participants completed the MIRCERA observational study?", "01", [["109"]], "COMPLETED | 109", ["count"])
a("NCT02567188: how many participants died before completing the study?", "01", [["10"]], "Death | 10", ["count"])
a("How many participants in the MIRCERA CKD cohort left the study because they started hemodialysis?", "01", [["2"]], "Started Hemodialysis | 2", ["count"])
a("Mean age at baseline of the CKD participants treated with MIRCERA?", "01", [["66.2"]], "All participants | 66.2 (16.5)", ["amount"])
a("How many male participants were in the MIRCERA CKD baseline population?", "01", [["77"]], "Male | 77", ["count"])
a("What percentage of MIRCERA-treated CKD participants had Hb between 100 and 120 g/L at baseline?", "01", [["42.4"]], "All participants | 42.4", ["percentage", "endpoint"])
a("Percentage of participants within the Hb 100-120 gm/L target at Month 12 after inclusion in the MIRCERA study?", "01", [["45.5"]], "All participants | 45.5", ["percentage", "endpoint"])
a("What was the mean hemoglobin at Month 3 after inclusion in the Roche MIRCERA pre-dialysis study?", "01", [["120.2"]], "All participants | 120.2 (13.2)", ["amount", "endpoint"])
a("How was Hb fluctuation defined in the MIRCERA CKD study?", "01", [["change in Hb value >15 gm/L between 2 visits"]], "Description: Hb fluctuation was defined as change in Hb value >15 gm/L between 2 visits.", ["definition"])
a("Share of MIRCERA CKD participants with Hb fluctuation from baseline to Month 12?", "01", [["43.6"]], "All participants | 43.6", ["percentage"])
a("What proportion of evaluable MIRCERA participants had exactly one dose change between baseline and Month 12?", "01", [["41.8"]], "One change | 41.8", ["percentage"])
a("In the MIRCERA observational study, how many participants received iron treatment?", "01", [["71"]], "Iron treatment | 71", ["count"])
a("What counted as renal replacement therapy in the MIRCERA CKD study record?", "01", [["hemodialysis and peritoneal dialysis"]], "Description: Renal replacement therapy was defined as hemodialysis and peritoneal dialysis.", ["definition"])
a("How many serious adverse events were reported among the 141 MIRCERA CKD participants?", "01", [["0/141"]], "Total, serious adverse events | 0/141", ["count"])
a("Which non-serious adverse event was recorded in the MIRCERA CKD study?", "01", [["Skin Reaction"]], "Skin and subcutaneous tissue disorders: Skin Reaction | 1/141", ["name"])
a("When were results of NCT02567188 first posted?", "01", [["December 30, 2015"]], "Results First Posted: December 30, 2015", ["date"])
a("What eGFR range qualified patients for the MIRCERA pre-dialysis study?", "01", [["between 15-60 milliliter per minute (mL/min)", "15-60 milliliter per minute"]], "Estimated glomerular filteration rate (e-GFR) between 15-60", ["amount"])
u("What MIRCERA dose (micrograms per kg) did participants in the Swedish CKD observational study receive at baseline?", "The NCT02567188 record reports dose changes and their frequency but gives no MIRCERA dose values.", ["dose"])
u("What was the mean ferritin level at baseline in the MIRCERA CKD study?", "No ferritin or other iron-parameter values are reported; the laboratory correlation outcomes had 0 participants analyzed.", ["amount"])
u("How many MIRCERA CKD participants required a kidney transplant during follow-up?", "Transplant is only mentioned as an exclusion criterion; no transplant outcome is reported.", ["count"])
u("What was the correlation coefficient between Hb levels and inflammation in the MIRCERA study?", "The outcome exists but 0 participants were analyzed and no statistic is given.", ["amount"])

# ---------- 02 CMV vaccine NCT01357915
a("How many subjects were enrolled in GSK's long-term CMV vaccine persistence follow-up study?", "02", [["47"]], "Enrollment: 47 (Actual)", ["count"])
a("What is the EudraCT/secondary ID of the GSK CMV vaccine persistence study NCT01357915?", "02", [["2011-002702-78"]], "Secondary ID: 2011-002702-78", ["identifier"])
a("What was the code name of GSK's candidate CMV vaccine in study 115429?", "02", [["GSK149203A"]], "Intervention: Biological: GSK149203A", ["name"])
a("Which antigen is GSK's candidate CMV vaccine based on, per the long-term follow-up record?", "02", [["glicoprotein B", "Recombinant CMV glicoprotein B"]], "Recombinant CMV glicoprotein B Vaccine", ["name"])
a("How many doses of the GSK CMV vaccine did subjects receive in the primary study, and on what schedule?", "02", [["3 doses"], ["0-1-6 month"]], "Arm Description: Male subjects who received 3 doses", ["dose", "list"])
a("Which NCT number was the primary vaccination study for the GSK CMV vaccine persistence follow-up?", "02", [["NCT00435396"]], "The primary vaccination phase and Year 2 follow-up were posted as a separate protocol posting (NCT00435396).", ["identifier"])
a("When did the GSK CMV vaccine long-term follow-up study start?", "02", [["June 24, 2011"]], "Study Start Date: June 24, 2011", ["date"])
a("How many vaccinated (S-) subjects were lost to follow-up in the CMV persistence study?", "02", [["3"]], "Lost to Follow-up | 3 | 0", ["count"])
a("Mean age of the naturally CMV-infected S+ group at baseline?", "02", [["35.5"]], "All participants | 34.3 (6.37) | 35.5 (7.20) | 34.73 (6.63)", ["amount"])
a("What anti-gB IgG GMC was measured at Month 60 in the vaccinated S- group of the GSK CMV study?", "02", [["5495.1"]], "Anti-gB IgG, M60 | 5495.1", ["amount", "endpoint"])
a("Anti-gB IgG geometric mean concentration at Month 48 in vaccinees (GSK CMV persistence study)?", "02", [["5091.4"]], "Anti-gB IgG, M48 | 5091.4", ["amount", "endpoint"])
a("What was the median avidity index for anti-gB IgG in the naturally infected S+ group at Month 60?", "02", [["76"]], "Anti-gB IgG, M60 | 68 (65 to 71) | 76 (71.5 to 82.5)", ["amount"])
a("Median frequency of gB-specific memory B cells at Month 60 in the vaccine group of NCT01357915?", "02", [["5784.00"]], "Memory B-cells, M60 | 5784.00", ["amount"])
a("How many vaccinated subjects were positive for anti-CMV tegument antibodies at Month 60?", "02", [["2"]], "Positive anti-CMV antibodies, M60 | 2", ["count"])
a("What assay measured anti-gB IgG concentrations in the GSK CMV persistence study?", "02", [["Enzyme-linked Immunosorbent Assay (ELISA)", "ELISA"]], "Description: Anti-gB IgG antibody concentrations were presented as Geometric Mean Concentrations", ["name"])
a("Were any serious adverse events reported in the GSK CMV vaccine long-term follow-up?", "02", [["0/30"]], "Total, serious adverse events | 0/30 | 0/17", ["yes-no"])
u("What was the number of subjects with a neutralizing anti-CMV antibody response at Month 60 in the GSK CMV vaccine study?", "Outcome Measure 2 is listed with a time frame but no result values are given in the record.", ["count", "endpoint"])
u("How many subjects had detectable CMV DNA in blood at Month 48 in the GSK CMV persistence study?", "Outcome Measure 7 (CMV DNA) has no reported data in the record.", ["count"])
u("What adjuvant was used in GSK's candidate CMV gB vaccine?", "The record does not name any adjuvant.", ["name"])
a("In which country were the sites of the GSK CMV vaccine persistence study NCT01357915?", "02", [["Belgium"]], "Location: GSK Investigational Site, Wilrijk, Belgium", ["place"])

# ---------- 03 REMEMBER NCT01380080
a("How many participants were enrolled in the REMEMBER trial (ACTG A5274)?", "03", [["851"]], "Enrollment: 851 (Actual)", ["count"])
a("REMEMBER trial phase?", "03", [["Phase 4"]], "Phase: Phase 4", ["identifier"])
a("Who chaired the REMEMBER empiric TB treatment study?", "03", [["Mina C Hosseinipour"]], "Overall Official: Mina C Hosseinipour", ["name"])
a("What CD4+ cell count threshold was required for entry into REMEMBER?", "03", [["<50 cells/mm^3"]], "- CD4+ cell count <50 cells/mm^3", ["amount"])
a("What was the dose of isoniazid in the REMEMBER IPT arm?", "03", [["300 mg"]], "Intervention Description: INH 300 mg orally once daily", ["dose"])
a("In ACTG A5274, which Atripla components and strengths were given?", "03", [["Efavirenz 600 mg/emtricitabine 200 mg/tenofovir disoproxil fumarate 300 mg"]], "Patients are administered one tablet of Efavirenz 600 mg", ["dose"])
a("How many REMEMBER participants were excluded after randomization because they were ineligible?", "03", [["1"]], "Pre-assignment Details: 851 were randomized 1:1", ["count"])
a("Number of deaths in the empiric arm (Arm A) of REMEMBER, per participant flow?", "03", [["20"]], "Death | 20 | 22", ["count"])
a("How many participants started in Arm B (IPT) of the REMEMBER trial?", "03", [["426"]], "STARTED | 424 | 426", ["count"])
a("Median baseline CD4 count across all REMEMBER participants?", "03", [["18 (9 to 32)", "18"]], "All participants | 18 (9 to 31) | 19 (9 to 33) | 18 (9 to 32)", ["amount"])
a("How many REMEMBER participants were enrolled in Malawi?", "03", [["193"]], "Malawi | 95 | 98 | 193", ["count"])
a("Primary endpoint of the REMEMBER trial?", "03", [["Cumulative Probability of Death or Unknown Vital Status by Week 24"]], "Outcome Measure 1: Cumulative Probability of Death or Unknown Vital Status by Week 24", ["endpoint"])
a("What was the Kaplan-Meier cumulative probability of death or unknown vital status by week 24 in the empiric TB arm of REMEMBER?", "03", [["5.2 (3.5 to 7.8)", "5.2"]], "All participants | 5.2 (3.5 to 7.8) | 5.2 (3.4 to 7.8)", ["percentage", "endpoint"])
a("P-value for the primary comparison in ACTG A5274 REMEMBER?", "03", [["0.97"]], "Statistical Analysis: Hypothesis: Superiority or Other; P-Value: 0.97", ["amount"])
a("In REMEMBER, what was the cumulative probability of death or AIDS progression by week 24 in the IPT arm?", "03", [["12.5 (9.7 to 16.0)", "12.5"]], "All participants | 17.1 (13.9 to 21.1) | 12.5 (9.7 to 16.0)", ["percentage", "endpoint"])
a("Median CD4 count at week 24 in Arm B of the REMEMBER study?", "03", [["121 (80 to 188)", "121"]], "Week 24 (nA=387, nB=393) | 121 (75 to 172) | 121 (80 to 188)", ["amount"])
a("Proportion of empiric-arm participants with HIV-1 RNA <400 copies/mL at week 24 in REMEMBER?", "03", [["0.84 (0.79 to 0.87)", "0.84"]], "Week 24 (nA=370, nB=378) | 0.84 (0.79 to 0.87)", ["amount", "endpoint"])
a("How many participants in each REMEMBER arm had at least one serious adverse event?", "03", [["81/424"], ["91/426"]], "Total, serious adverse events | 81/424 | 91/426", ["count", "list"])
a("How many cases of cryptococcal meningitis (serious) occurred in the IPT arm of REMEMBER?", "03", [["9/426", "9"]], "Infections and infestations: Meningitis cryptococcal | 6/424 | 9/426", ["count"])
a("In REMEMBER, how many Arm A participants had decreased neutrophil count reported as a non-serious adverse event?", "03", [["160/424", "160"]], "Investigations: Neutrophil count decreased | 160/424 | 162/426", ["count"])
a("What frequency threshold was used for reporting other (non-serious) adverse events in the REMEMBER results?", "03", [["5"]], "Frequency Threshold for Reporting (%): 5", ["percentage"])
a("When was the last participant randomized into REMEMBER?", "03", [["June 9, 2014"]], "Recruitment Details: Recruited at AIDS Clinical Trials Units in 10 international countries.", ["date"])
a("How long were REMEMBER participants followed?", "03", [["96 weeks"]], "Participants are followed for 96 weeks.", ["duration"])
a("Which NIH institute collaborated on the REMEMBER empiric TB trial?", "03", [["National Institute of Allergy and Infectious Diseases (NIAID)", "National Institute of Allergy and Infectious Diseases"]], "Collaborator: National Institute of Allergy and Infectious Diseases (NIAID)", ["name"])
u("What was the median time to initiation of TB treatment by week 96 in the REMEMBER trial's IPT arm?", "Outcome Measure 8 is listed but no data are reported in this results submission (only up to week 24).", ["duration", "endpoint"])
u("What proportion of REMEMBER participants developed IRIS by week 48?", "The IRIS outcome (Outcome Measure 12) is listed without results.", ["percentage"])
u("How many participants were hospitalized by week 48 in the REMEMBER study?", "Outcome Measure 13 has no reported data in the record.", ["count"])
u("What was the 96-week mortality in the REMEMBER empiric TB arm?", "Only week-24 mortality is reported; week-96 results were to be submitted later.", ["percentage"])

# ---------- 04 HUMIRA label
a("What is the recommended HUMIRA dose for adults with rheumatoid arthritis?", "04", [["40 mg administered every other week", "40 mg"]], "is 40 mg administered every other week", ["dose"])
a("HUMIRA dose for a child with JIA weighing 20 kg?", "04", [["20 mg every other week"]], "15 kg (33 lbs) to <30 kg (66 lbs) | 20 mg every other week", ["dose"])
a("What HUMIRA induction dose is given on Day 1 for Crohn's disease?", "04", [["160 mg"]], "The recommended HUMIRA dose regimen for adult patients with Crohn’s disease (CD) is 160 mg initially on Day 1", ["dose"])
a("By when must ulcerative colitis patients show clinical remission to continue HUMIRA?", "04", [["eight weeks (Day 57)", "eight weeks"]], "Only continue HUMIRA in patients who have shown evidence of clinical remission by eight weeks (Day 57) of therapy.", ["duration"])
a("Initial HUMIRA dose for plaque psoriasis?", "04", [["80 mg"]], "The recommended dose of HUMIRA for adult patients with plaque psoriasis (Ps) is an initial dose of 80 mg", ["dose"])
a("What needle gauge does the HUMIRA Pen have?", "04", [["27 gauge"]], "Injection: A single-use pen (HUMIRA Pen)", ["amount"])
a("What volume of solution does the 40 mg HUMIRA prefilled syringe deliver?", "04", [["0.8 mL"]], "Instruct patients using the HUMIRA Pen or prefilled syringe to inject the full amount in the syringe (0.8 mL)", ["amount"])
a("How many MTX-naive patients with early RA were evaluated in HUMIRA Study RA-V?", "04", [["799"]], "Study RA-V evaluated 799 patients", ["count"])
a("What percentage of HUMIRA patients developed injection site reactions in placebo-controlled trials?", "04", [["20%"]], "In placebo-controlled trials, 20% of patients treated with HUMIRA developed injection site reactions", ["percentage"])
a("Rate of serious infections with HUMIRA in the controlled portions of the 34 global trials?", "04", [["4.6 per 100 patient-years"]], "the rate of serious infections was 4.6 per 100 patient-years", ["amount"])
a("In the HUMIRA pooled RA studies (Table 1), what percentage of HUMIRA patients had upper respiratory infection?", "04", [["17%"]], "Upper respiratory infection | 17% | 13%", ["percentage"])
a("Headache incidence on placebo in the pooled HUMIRA RA studies (Table 1)?", "04", [["8%"]], "Headache | 12% | 8%", ["percentage"])
a("How many placebo patients were in the pooled RA safety table of the HUMIRA label?", "04", [["N=690"]], " | (N=705) | (N=690)", ["count"])
a("Which adverse reaction in the HUMIRA RA table had 8% on HUMIRA versus 1% on placebo?", "04", [["Injection site reaction"]], "Injection site reaction ** | 8% | 1%", ["name"])
a("What proportion of adult RA patients on HUMIRA developed low-titer antibodies to adalimumab?", "04", [["Approximately 5% (58 of 1062)", "5%"]], "Approximately 5% (58 of 1062)", ["percentage"])
a("Rate of antibody development to adalimumab in Crohn's disease patients?", "04", [["3%"]], "In patients with CD, the rate of antibody development was 3%.", ["percentage"])
a("How many pediatric JIA patients were studied with HUMIRA?", "04", [["171"]], "HUMIRA was studied in 171 pediatric patients, 4 to 17 years of age, with polyarticular JIA.", ["count"])
a("What percentage of HUMIRA-treated children with JIA had an infection in the first 16 weeks?", "04", [["45%"]], "A total of 45% of children experienced an infection", ["percentage"])
a("How many patients did Study RA-II evaluate?", "04", [["544"]], "Study RA-II evaluated 544 patients", ["count"])
a("ACR20 response at Month 6 with HUMIRA/MTX in Study RA-III?", "04", [["63%*", "63%"]], "Month 6 | 19% | 46%* | 53%* | 30% | 63%*", ["percentage", "endpoint"])
a("In Study RA-II, what percentage of patients on HUMIRA 40 mg weekly achieved ACR50 at Month 6?", "04", [["35%*", "35%"]], "Month 6 | 8% | 22%* | 35%* | 10% | 39%*", ["percentage", "endpoint"])
a("Median tender joint count at week 24 with HUMIRA/MTX in Study RA-III (Table 3)?", "04", [["8*", "8"]], "Number of tender joints (0-68) | 35 | 26 | 31 | 16* | 26 | 15 | 24 | 8*", ["count"])
a("Major clinical response rate with HUMIRA/MTX combination in Study RA-V?", "04", [["49%"]], "Major Clinical Response a | 28% | 25% | 49%", ["percentage", "endpoint"])
a("How is major clinical response defined in the HUMIRA RA-V study?", "04", [["achieving an ACR70 response for a continuous six month period"]], "a Major clinical response is defined as achieving an ACR70 response for a continuous six month period", ["definition"])
a("Mean change in Total Sharp score over 12 months with placebo/MTX in Study RA-III?", "04", [["2.7"]], "Total Sharp score | 2.7 | 0.1 | 2.6 (1.4, 3.8) | <0.001", ["amount", "endpoint"])
a("HUMIRA/MTX Total Sharp score change at 104 weeks in Study RA-V?", "04", [["1.9 (0.9, 2.9)", "1.9"]], "104 Weeks | Total Sharp score | 10.4 (7.7, 13.2) | 5.5 (3.6, 7.4) | 1.9 (0.9, 2.9)", ["amount", "endpoint"])
a("Mean HAQ-DI improvement at week 52 for HUMIRA patients in Study RA-III?", "04", [["0.60 (0.55, 0.65)", "0.60"]], "In Study RA-III, the mean (95% CI) improvement in HAQ-DI from baseline at week 52 was 0.60 (0.55, 0.65)", ["amount"])
a("What ACR 20 response did HUMIRA plus standard of care achieve at week 24 in Study RA-IV?", "04", [["53%"]], "In Study RA-IV, 53% of patients treated with HUMIRA 40 mg every other week plus standard of care had an ACR 20 response at week 24", ["percentage"])
u("What is the recommended HUMIRA dose for hidradenitis suppurativa?", "This label version (2013) has no hidradenitis suppurativa indication or dose.", ["dose"])
u("What percentage of HUMIRA-treated patients in the Crohn's disease trials achieved clinical remission at week 4?", "Section 14.5 (Crohn's disease efficacy) is not included in this excerpt, and the included sections give no remission rate.", ["percentage", "endpoint"])
u("What is the list price of a HUMIRA Pen?", "The label contains no pricing information.", ["amount"])
u("What was the ACR20 response with HUMIRA in the psoriatic arthritis trials?", "PsA efficacy (section 14.3) is not part of this excerpt.", ["percentage"])
u("Table 1 of the HUMIRA label: incidence of dizziness on HUMIRA in RA studies?", "Dizziness is not listed in Table 1 or elsewhere in the excerpt.", ["percentage"])

# ---------- 05 Colic NCT02708238
a("How many infants were randomized in the Federico II infantile colic trial NCT02708238?", "05", [["180"]], "Enrollment: 180 (Actual)", ["count"])
a("Which diagnostic criteria defined infantile colic in the Chamomilla/Melissa/L. acidophilus trial?", "05", [["Rome III criteria"]], "in infants with colic, according to Rome III criteria", ["definition"])
a("What dose of simethicone did Group C receive according to the arm description?", "05", [["60 mg in 15 drops two times per day"]], "Arm Description: All enrolled infants randomized to Group C will receive simethicone, given at a dose of 60 mg in 15 drops two times per day", ["dose"])
a("Median daily crying time at day 28 in Group A (H122 extract) of the infant colic trial?", "05", [["50 (30 to 180)", "50"]], "All participants | 50 (30 to 180) | 55 (30 to 180) | 80 (30 to 270)", ["duration", "endpoint"])
a("Median daily crying time at end of treatment with simethicone in the colic study?", "05", [["80 (30 to 270)", "80"]], "All participants | 50 (30 to 180) | 55 (30 to 180) | 80 (30 to 270)", ["duration", "endpoint"])
a("How many responders were in the L. reuteri arm (Group B) of the colic trial?", "05", [["47"]], "All participants | 57 | 47 | 38", ["count", "endpoint"])
a("How was a responder defined in the infantile colic trial NCT02708238?", "05", [["a decrease in the daily average crying time of 50% from baseline"]], "Description: Number of responders defined as", ["definition"])
a("Median baseline age of infants in Group C of the colic trial?", "05", [["30 (14 to 62)", "30"]], "All participants | 38 (14 to 86) | 35 (14 to 85) | 30 (14 to 62) | 35 (14 to 86)", ["amount"])
a("How many girls were in the simethicone group at baseline?", "05", [["39"]], "Female | 31 | 21 | 39 | 91", ["count"])
a("Who was principal investigator of the H122 infant colic trial?", "05", [["Annamaria Staiano"]], "Overall Official: Annamaria Staiano", ["name"])
a("What did the investigators cite as the main limitations of the infantile colic study?", "05", [["The absence of a placebo group and the open label design"]], "The absence of a placebo group and the open label design represent the main limitations of this study", ["list"])
a("How many infants in Group C did not complete the colic trial?", "05", [["3"]], "NOT COMPLETED | 0 | 1 | 3", ["count"])
u("What was the p-value for the comparison of crying time between Group A and Group C in the infant colic trial?", "No statistical analysis or p-value is reported in the record.", ["amount"])
u("How much did the Chamomilla/Melissa/L. acidophilus product cost per course in the colic trial?", "No cost information in the record.", ["amount"])
u("What was the median crying time at baseline in Group B of the infantile colic study?", "Only end-of-treatment (day 28) crying time is reported; baseline crying time is not given.", ["duration"])

# ---------- 06 Androgens / letrozole NCT02389088
a("How many women with PCOS were enrolled in the UCSD study of androgens and granulosa cell FSH response?", "06", [["9"]], "Enrollment: 9 (Actual)", ["count"])
a("Letrozole dose and duration in Phase II of NCT02389088?", "06", [["5 mg/day"], ["14 days"]], "Intervention Description: In Phase II, letrozole, 5 mg/day, will be given for 14 days", ["dose", "duration"])
a("What r-FSH dose was used in the FSH stimulation test in the UCSD PCOS study?", "06", [["150 IU"]], "r-FSH will be administered I.V. at a dose of 150 IU", ["dose"])
a("Mean baseline testosterone in Phase I of the androgen-granulosa cell study?", "06", [["1.34 (0.3)", "1.34"]], "Testosterone | 1.34 (0.3)", ["amount"])
a("Baseline estradiol before Phase II in the PCOS letrozole study?", "06", [["195.7 (97.4)", "195.7"]], "All participants | 195.7 (97.4)", ["amount"])
a("How many participants in the UCSD PCOS study were White?", "06", [["7"]], "White | 7", ["count"])
a("Mean age of the PCOS women in NCT02389088?", "06", [["26 (1.2)", "26"]], "All participants | 26 (1.2)", ["amount"])
a("What washout interval separated Phase I and Phase II in the UCSD granulosa cell study?", "06", [["2 months"]], "Arm Description: Women that participated in Phase I will be studied again after a washout of 2 months.", ["duration"])
a("Who was the principal investigator of the UCSD study of circulating androgens and FSH response?", "06", [["R. Jeffrey Chang"]], "Overall Official: R. Jeffrey Chang", ["name"])
a("Phase I estradiol 24 hours after FSH at Week 0 in the PCOS study?", "06", [["451.7 (131)", "451.7"]], "All participants | 451.7 (131)", ["amount", "endpoint"])
a("What was the Phase I Week 0 24-hour inhibin B level in the PCOS granulosa study?", "06", [["420.6 (120)", "420.6"]], "All participants | 420.6 (120)", ["amount", "endpoint"])
a("When did the UCSD androgen/FSH granulosa cell study start?", "06", [["April 2006"]], "Study Start Date: April 2006", ["date"])
u("What was the p-value for the change in inhibin B after letrozole in the UCSD PCOS study?", "The record reports means and SDs only; no statistical analysis is given.", ["amount"])
a("What Lupron dose was injected after the Phase I FSH stimulation test in the UCSD PCOS study?", "06", [["3.75 mg", "Lupron 3.75 mg"]], "each subject will receive an I.M. injection of Lupron 3.75 mg", ["dose"])
u("What was the mean BMI of the PCOS women in NCT02389088?", "BMI is not among the reported baseline measures.", ["amount"])

# ---------- 07 CSE vs GA NCT02317510
a("How many patients were enrolled in the Turkish trial of combined spinal-epidural versus general anesthesia for laparoscopic cholecystectomy?", "07", [["50"]], "Enrollment: 50 (Actual)", ["count"])
a("Lead sponsor of NCT02317510?", "07", [["Lütfiye Nuri Burat Government Hospital"]], "Lead Sponsor: Lütfiye Nuri Burat Government Hospital", ["name"])
a("What pneumoperitoneum pressure was used in the combined anesthesia cholecystectomy study?", "07", [["10 mm Hg"]], "Fifty patients will select prospectively for LC, under low pressure (10 mm Hg) pneumoperitoneum", ["amount"])
a("At which interspace was spinal anaesthesia performed in the CSE laparoscopic cholecystectomy trial?", "07", [["L1-L2"]], "Spinal anaesthesia was performed at L1-L2 interspa", ["place"])
a("Mean operation time under general anesthesia (Group 1) in NCT02317510?", "07", [["36.56"]], "All participants | 36.56 (10.627) | 30.75 (7.502)", ["duration", "endpoint"])
a("Mean duration of anaesthesia in the combined anesthesia group of the cholecystectomy trial?", "07", [["60.23 (7.87)", "60.23"]], "All participants | 60.17 (10.73) | 60.23 (7.87)", ["duration"])
a("Postoperative 2nd-hour abdominal pain score in the general anesthesia group?", "07", [["7 (0.71)", "7"]], "All participants | 7 (0.71) | 1 (0.51)", ["amount", "endpoint"])
a("How many GA patients had post-operative shoulder pain in the laparoscopic cholecystectomy anesthesia trial?", "07", [["15"]], "shoulder pain yes | 15 | 6", ["count"])
a("How many combined-anesthesia patients had urinary retention?", "07", [["3/24", "3"]], "Renal and urinary disorders: Urinary retansion | 0/25 | 3/24", ["count"])
a("Why did one patient in the combined anesthesia group not complete the study?", "07", [["dural injury"]], "one patients had dural injury.", ["definition"])
a("Median BMI in Group 2 of the CSE versus GA cholecystectomy trial?", "07", [["30.68"]], "All participants | 28.66 (4.49) | 30.68 (3.59) | 29.55 (4.14)", ["amount"])
a("How many participants in the general anesthesia arm had nausea/vomiting?", "07", [["5/25", "5"]], "Gastrointestinal disorders: Nausea/vomiting | 5/25 | 1/24", ["count"])
a("When were results of the combined spinal epidural cholecystectomy study first posted?", "07", [["July 23, 2015"]], "Results First Posted: July 23, 2015", ["date"])
a("What local anaesthetic dose was used for the spinal block in the CSE cholecystectomy trial?", "07", [["2 ml of 0.5% (10 mg) hyperbaric Bupivacaine", "10 mg"]], "using 2 ml of 0.5% (10 mg) hyperbaric Bupivacaine", ["dose"])
u("What was the mean hospital length of stay in the general anesthesia arm of NCT02317510?", "Length of hospital stay is mentioned as something recorded, but no values are reported in the results.", ["duration"])
u("What was the patient satisfaction score in the combined anesthesia group?", "Patient satisfaction is not reported.", ["amount"])
u("How much postoperative analgesic (e.g., opioid) did patients in the CSE arm of the cholecystectomy trial consume?", "No analgesic consumption data are reported; only VAS pain scores.", ["dose"])

# ---------- 08 PROMISE NCT01174550
a("How many patients were enrolled in the PROMISE chest pain imaging trial (NCT01174550)?", "08", [["10003"]], "Enrollment: 10003 (Actual)", ["count"])
a("NHLBI grant number listed for the PROMISE chest pain trial?", "08", [["R01HL098237-01"]], "Secondary ID: R01HL098237-01", ["identifier"])
a("Principal investigator of the PROMISE CTA vs functional testing trial?", "08", [["Pamela S Douglas"]], "Overall Official: Pamela S Douglas", ["name"])
a("How many participants were randomized to anatomic testing (CTA) in PROMISE?", "08", [["4996"]], "STARTED | 5007 | 4996", ["count"])
a("How many participants withdrew in the functional testing arm of PROMISE?", "08", [["543"]], "Withdrawal by Subject | 543 | 289", ["count"])
a("Mean age of all PROMISE participants at baseline?", "08", [["60.8 (8.3)", "60.8"]], "All participants | 60.9 (8.3) | 60.7 (8.3) | 60.8 (8.3)", ["amount"])
a("How many women were enrolled in PROMISE?", "08", [["5270"]], "Female | 2675 | 2595 | 5270", ["count"])
a("What is the PROMISE primary endpoint composite?", "08", [["death, myocardial infarction (MI), major complications from cardiovascular (CV) procedures or testing, and unstable angina hospitaliz"]], "Description: Time to primary endpoint as defined as a composite of death, myocardial infarction (MI), major complications from cardiovascular (CV) procedures or testing, and unstable angina hospitalization.", ["endpoint", "definition"])
a("PROMISE primary endpoint event rate at 24 months in the anatomic (CTA) arm?", "08", [["2.9"]], "24 months | 2.9 | 2.8", ["percentage", "endpoint"])
a("Death or MI rate at 12 months in PROMISE functional testing arm?", "08", [["1.2"]], "12 months | 0.8 | 1.2", ["percentage"])
a("Percentage of catheterizations without obstructive CAD within 90 days in the CTA arm of PROMISE?", "08", [["3.4 (0.3)", "3.4"]], "All participants | 3.4 (0.3) | 4.3 (0.3)", ["percentage", "endpoint"])
a("Mean 3-year cumulative medical cost per participant in the PROMISE anatomic testing arm?", "08", [["7213"]], "3 years cumulative | 7213 (6501 to 8156) | 6586 (5683 to 7772)", ["amount"])
a("PROMISE: 90-day mean cost per participant with functional testing?", "08", [["2240"]], "90 days | 2494 (2233 to 2821) | 2240 (1599 to 3119)", ["amount"])
a("Median cumulative radiation exposure within 90 days for CTA patients in PROMISE?", "08", [["10.0 (5.6 to 17.2)", "10.0"]], "All participants | 10.0 (5.6 to 17.2) | 11.3 (0.0 to 13.5)", ["amount", "endpoint"])
a("How many mild contrast reactions occurred in the anatomic arm of PROMISE?", "08", [["22/4996", "22"]], "Skin and subcutaneous tissue disorders: Mild Contrast Reaction (rash or hives) | 0/5007 | 22/4996", ["count"])
a("Number of unstable angina hospitalizations reported as serious events in the PROMISE CTA arm?", "08", [["61/4996", "61"]], "Cardiac disorders: Unstable Angina Hospitalization | 41/5007 | 61/4996", ["count"])
a("Which functional tests made up the PROMISE functional testing arm?", "08", [["Stress Echocardiogram"], ["Nuclear Stress Test"], ["Exercise Electrocardiogram"]], "Arm Description: Stress Echocardiogram Nuclear Stress Test Exercise Electrocardiogram", ["list"])
a("PROMISE: percentage with complete symptom resolution at 24 months, functional arm?", "08", [["54.3"]], "24 months | 52.1 | 54.3", ["percentage"])
u("What was the hazard ratio for the PROMISE primary endpoint, CTA versus functional testing?", "The record gives cumulative event percentages by time point but no hazard ratio or statistical analysis.", ["amount", "endpoint"])
u("How many PROMISE participants were diabetic at baseline?", "Only age and gender are reported as baseline characteristics.", ["count"])
u("What was the PROMISE primary endpoint rate at 48 months?", "Rates are reported only up to 42 months.", ["percentage"])
u("How much NHLBI funding did the PROMISE trial receive?", "Only the grant number is given; no funding amount is stated.", ["amount"])

# ---------- folder-level unanswerables
u("What upfront payment did AbbVie pay to license adalimumab?", "No document in the folder discusses licensing deals or payments for adalimumab.", ["amount"])
u("What was the enrollment of the phase 3 trial of the GSK CMV gB vaccine?", "Only the 47-subject long-term follow-up study is in the folder; no phase 3 trial is described.", ["count"])
u("Which FDA approval date applies to MIRCERA for anemia in CKD?", "The MIRCERA document is a Swedish observational study record and gives no FDA approval date.", ["date"])
u("What royalty rate does Hoffmann-La Roche pay on MIRCERA sales?", "No royalty information appears in any document.", ["percentage"])
u("What was the 5-year overall survival in the REMEMBER trial?", "REMEMBER results cover 24 weeks (follow-up up to 96 weeks planned); no 5-year data.", ["percentage"])
u("How many patients were enrolled in the PROMISE-2 follow-on study?", "No PROMISE-2 study appears in the folder.", ["count"])
u("What is the recommended HUMIRA dose for pediatric Crohn's disease?", "The 2013 label excerpt gives Crohn's dosing for adults only.", ["dose"])
u("When did the FDA first approve HUMIRA?", "The label excerpt does not state an initial approval year.", ["date"])
u("What was the enrollment of the L. reuteri versus placebo colic trial in Naples?", "The folder's colic trial compares H122, L. reuteri and simethicone without a placebo group; no placebo-controlled trial is included.", ["count"])
u("Which contract research organization ran the PROMISE trial's data management?", "No CRO is named beyond Duke Clinical Research Institute as the PI's affiliation.", ["name"])

# ---------- write
CAP = {"01":16, "02":14, "03":19, "04":22, "05":11, "06":12, "07":12, "08":15}
cnt = {}
A2 = []
for item in A:
    d = item[1]; cnt[d] = cnt.get(d, 0) + 1
    if cnt[d] <= CAP[d]: A2.append(item)
A = A2
u("What was the serum hemoglobin target recommended in the HUMIRA label for patients with anemia?", "The HUMIRA label excerpt gives no hemoglobin target; Hb targets appear only as outcome ranges in the MIRCERA record.", ["amount"])
u("Which data safety monitoring board chair oversaw the infant colic trial NCT02708238?", "The colic record names no DSMB or its chair.", ["name"])
out = []
i = 0
for q, d, facts, keys, tags in A:
    fn = doc(d)
    for f in facts:
        for alt in f:
            assert alt in docs[fn], (q, alt)
    quotes = []
    for k in keys:
        qq = quote(fn, k)
        if qq not in quotes: quotes.append(qq)
    # if a fact isn't in the quote, try adding another line holding it
    for f in facts:
        if not any(f[0] in qq for qq in quotes):
            raise SystemExit(f"fact {f[0]!r} not in quotes for {q!r}: {quotes}")
    out.append({"question": q, "answerable": True, "gold_sources": [fn], "facts": facts, "gold_quotes": quotes, "tags": tags, "note": ""})
for q, note, tags in U:
    out.append({"question": q, "answerable": False, "gold_sources": [], "facts": [], "gold_quotes": [], "tags": tags, "note": note})
# interleave deterministically
import random
random.Random(21).shuffle(out)
with open("/work/train21/tables/questions.jsonl", "w", encoding="utf-8") as f:
    for n, o in enumerate(out, 1):
        rec = {"id": f"tb-{n:03d}", **o}
        rec = {k: rec[k] for k in ["id","question","answerable","gold_sources","facts","gold_quotes","tags","note"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(A), len(U))
