#!/usr/bin/env python3
"""Write questions.jsonl. Quotes and facts are given with normalised whitespace and resolved here to the
exact (verbatim) text of the gold source, so line breaks of the source are kept."""
import json, re, os
W = os.path.dirname(os.path.abspath(__file__)); D = os.path.join(W, "..", "docs")
F = {
 "EPAR": "01_ema-assessment-report_bronchitol_mannitol_excerpt.txt",
 "CRL": "02_fda-complete-response-letters_nda202049_bronchitol.txt",
 "BRL": "03_ema-package-leaflet_bronchitol_mannitol.txt",
 "HFG": "04_fda-guidance_human-factors-combination-products.txt",
 "LIRA": "05_ctgov_NCT01620489_liraglutide_moderate-renal-impairment.txt",
 "VIC": "06_ema-package-leaflet_victoza_liraglutide.txt",
 "ARROW": "07_ctgov-results_NCT02028676_arrow_paediatric-hiv-art.txt",
 "QXR": "08_ctgov_NCT00857584_quetiapine-xr-vs-sertraline_bipolar-depression.txt",
 "TOBI": "09_ema-package-leaflet_tobi-podhaler_tobramycin.txt",
}
TXT = {k: open(os.path.join(D, v), encoding="utf-8").read() for k, v in F.items()}

def resolve(s, keys):
    pat = r"\s+".join(re.escape(w) for w in s.split())
    for k in keys:
        m = re.search(pat, TXT[k])
        if m:
            return m.group(0)
    raise SystemExit(f"NOT FOUND in {keys}: {s!r}")

items = []
def A(q, docs, facts, quotes, tags, note=""):
    docs = docs.split()
    fx = [[resolve(a, docs) for a in (f if isinstance(f, list) else [f])] for f in facts]
    qs = [resolve(x, docs) for x in quotes]
    items.append(dict(question=q, answerable=True, gold_sources=[F[d] for d in docs], facts=fx,
                      gold_quotes=qs, tags=tags, note=note))
def U(q, note, tags):
    items.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------------- 01 EPAR Bronchitol ----------------
A("When did Pharmaxis file the Bronchitol MAA with the EMA?", "EPAR", ["28 October 2009"],
  ["The applicant, Pharmaxis Pharmaceuticals Ltd., submitted on 28 October 2009 an application for Marketing Authorisation"], ["date"])
A("Bronchitol orphan designation number and date?", "EPAR", ["EU/3/05/325", "7 November 2005"],
  ["Bronchitol was designated as an orphan medicinal product EU/3/05/325 on 7 November 2005."], ["identifier", "date"])
A("What legal basis was the Bronchitol application submitted under?", "EPAR", ["Article 8.3 of Directive 2001/83/EC"],
  ["The legal basis for this application refers to Article 8.3 of Directive 2001/83/EC."], ["identifier"])
A("Who were rapporteur and co-rapporteur for the initial Bronchitol assessment?", "EPAR", ["Robert James Hemmings", "Philippe Lechat"],
  ["Rapporteur: Robert James Hemmings", "Co-Rapporteur: Philippe Lechat"], ["name", "list"])
A("did the CHMP grant accelerated assessment for bronchitol", "EPAR", [["should not be granted", "did not accept this request"]],
  ["On 29 October 2009, the CHMP agreed that an accelerated review should not be granted based on the claims and description of the available data provided by the applicant."], ["yes-no"])
A("Where did Bronchitol already have a marketing authorisation before the EU decision, and since when?", "EPAR", ["Australia", "07 February 2011"],
  ["Bronchitol has been given a Marketing Authorisation in Australia on 07 February 2011."], ["place", "date"])
A("On what date did the CHMP issue its first, negative opinion on Bronchitol?", "EPAR", ["23 June 2011"],
  ["During the meeting on 23 June 2011, the CHMP, in the light of the overall data submitted and the scientific discussion within the Committee, issued a negative opinion for granting a Marketing Authorisation to Bronchitol."], ["date"])
A("Who led the re-examination as rapporteur?", "EPAR", ["David Lyons"],
  ["During its meeting on 21 July 2011, the CHMP appointed David Lyons as Rapporteur and Conception Prieto Yerro as Co-Rapporteur."], ["name"])
A("When was the ad hoc expert group on Bronchitol convened during the re-examination?", "EPAR", ["3 October 2011"],
  ["During a meeting of the Bronchitol ad hoc expert group on 3 October 2011, experts were convened to consider the grounds for re-examination."], ["date"])
A("What indication/age range did the applicant originally claim for Bronchitol in the EU?", "EPAR", [["6 years and above", "six years and above"]],
  ["\"Bronchitol is indicated for the treatment of cystic fibrosis (CF) in both paediatric and adult population 6 years and above as either an add-on therapy to rhDNase or in patients intolerant to, or inadequately responsive to rhDNase.\""], ["definition"])
A("Proposed posology for Bronchitol in the EU filing?", "EPAR", ["400 mg twice a day", "10 capsules of 40 mg"],
  ["The posology proposed by the applicant is 400 mg twice a day, which requires inhalation of the content of 10 capsules of 40 mg via the inhaler device twice a day."], ["dose"])
A("In DPM-CF-301, what was the control arm?", "EPAR", ["50 mg (10 x 5 mg capsules) of mannitol twice daily"],
  ["Patients in the active group received 400 mg (10 x 40 mg capsule) of mannitol twice daily, and in the control group 50 mg (10 x 5 mg capsules) of mannitol twice daily."], ["dose"])
A("How many patients were randomised in study 301 and how were they split between arms?", "EPAR", ["324", "192", "132"],
  ["324 patients were randomised in ratio 3:2. 192 were allocated to mannitol 400 mg BD and 132 were allocated to control mannitol 50 mg BD."], ["count"])
A("Where and over what dates was DPM-CF-301 run?", "EPAR", ["5 April 2007", "24 April 2009", "40 study sites"],
  ["The study was conducted from 5 April 2007 to 24 April 2009 in 40 study sites in UK, Australia, Ireland and New Zealand."], ["date", "place"])
A("Which countries did the 302 study recruit in, and how many sites?", "EPAR", ["53 study sites", "USA, Canada, Argentina, Germany, Belgium, France and the Netherlands"],
  ["The study was conducted from 3 September 2008 to 12 April 2010 in 53 study sites in USA, Canada, Argentina, Germany, Belgium, France and the Netherlands."], ["place", "count"])
A("What FEV1 % predicted entry window did study 302 require?", "EPAR", ["FEV1 >40 and <90% predicted"],
  ["Subjects needed to have FEV1 >40 and <90% predicted and to pass mannitol tolerance test to enter the study."], ["definition"])
A("Primary endpoint p-value for DPM-CF-302 with the prespecified analysis?", "EPAR", ["p=0.059"],
  ["The analysis of the primary endpoint in study DPM-CF-302, change from baseline in absolute FEV1, in the overall population failed to achieve statistical significance (p=0.059) using the pre-specified statistical analysis method."], ["endpoint", "percentage"])
A("What overall FEV1 treatment effect over 26 weeks did study 301 show vs control?", "EPAR", ["54.17 ml", "p<0.001"],
  ["Study DPM-CF-301 showed a statistically significant overall treatment effect of 54.17 ml in FEV1 over 26 weeks compared to the control group (p<0.001)."], ["endpoint", "amount"])
A("What was the dropout rate problem in 301?", "EPAR", [["approximately 30%", "around 30%"]],
  ["Study DPM-CF-301 has failed to provide robust evidence of efficacy due to the high drop-out rate of approximately 30%."], ["percentage"])
A("Pooled haemoptysis rates mannitol vs control in the two phase 3 studies?", "EPAR", ["9.4%", "5.4%"],
  ["In studies DPM-CF-301 and DPM-CF-302 combined, any haemoptysis was reported in 9.4% in the inhaled mannitol arm compared to 5.4% in the control arm."], ["percentage"])
A("What indication wording did the CHMP finally recommend after re-examination?", "EPAR", ["adults aged 18 years and above as an add-on therapy to best standard of care"],
  ["concluded by majority decision that the benefit-risk balance of Bronchitol in the \"treatment of cystic fibrosis (CF) in adults aged 18 years and above as an add-on therapy to best standard of care is favourable"], ["definition"])
A("By what date did the paediatric efficacy/safety study results have to be provided to CHMP?", "EPAR", ["June 2015"],
  ["The study protocol shall be agreed with the CHMP prior to the start of the study and the final results provided to the CHMP and EMA by June 2015."], ["date"])
A("What registry did the applicant propose for post-marketing safety data?", "EPAR", ["UK CF registry"],
  ["For additional post-marketing safety data collection, the applicant has proposed a study using the UK CF registry."], ["name"])
A("According to the EPAR, after roughly how long on treatment should physicians formally review patients for bronchospasm?", "EPAR", ["six weeks"],
  ["the product information includes an additional measure, i.e. that physicians should formally review patients after approximately six weeks of Bronchitol treatment."], ["duration"])
A("What were the initial GCP inspection dates at the Irish site?", "EPAR", ["24th February - 26th February 2010"],
  ["at one investigator site in Ireland (dates of inspection: 24th February - 26th February 2010)"], ["date"])

# ---------------- 02 CRL ----------------
A("Date of the original Bronchitol NDA and when FDA received it?", "CRL", ["May 17, 2012", "May 18, 2012"],
  ["Please refer to your New Drug Application (NDA) dated May 17, 2012, received May 18, 2012,"], ["date"])
A("Under which section of the FD&C Act was NDA 202049 submitted?", "CRL", ["505(b)(2)"],
  ["submitted pursuant to section 505(b)(2) of the Federal Food, Drug, and Cosmetic Act for mannitol inhalation powder, 40 mg."], ["identifier"])
A("Who signed the 2013 complete response to Pharmaxis?", "CRL", ["Badrul A. Chowdhury"],
  ["Badrul A. Chowdhury, M.D., Ph.D. Division Director"], ["name"])
A("When was the first CRL for Bronchitol dated?", "CRL", [["March 18, 2013", "03/18/2013"]],
  ["which constituted a complete response to our March 18, 2013, action letter."], ["date"])
A("resubmission date after the first CRL", "CRL", ["December 19, 2018"],
  ["We acknowledge receipt of your amendment dated December 19, 2018, which constituted a complete response to our March 18, 2013, action letter."], ["date"])
A("What was the main deficiency FDA cited in the 2019 letter to Chiesi?", "CRL", ["human factors (HF) validation studies", "Mannitol Tolerance Test (MTT)"],
  ["The submitted data from the human factors (HF) validation studies do not provide sufficient evidence to demonstrate that healthcare providers can reliably and accurately perform the Mannitol Tolerance Test (MTT) to correctly identify the intended target patient population."], ["definition"])
A("What two steps did FDA ask Chiesi to take to fix the HF deficiency?", "CRL", ["revise the product user interface", "supplemental HF validation study"],
  ["To address this deficiency: (1) revise the product user interface to address the errors and use difficulties seen in your HF validation studies and (2) then conduct a supplemental HF validation study"], ["list"])
A("Chiesi's regulatory contact at FDA for the 2019 action — name and phone?", "CRL", ["Ngoc-Linh Do", "301-348-"],
  ["If you have any questions, call Ngoc-Linh Do, Regulatory Project Manager, at 301-348-"], ["name", "identifier"])
A("When did FDA electronically sign the Chiesi complete response letter?", "CRL", ["06/19/2019"],
  ["SALLY M SEYMOUR 06/19/2019 12:18:05 PM"], ["date"])
A("Why did FDA think trial 302 didn't support efficacy in 2013?", "CRL", ["lack of statistical significance in trial 302 for the primary endpoint"],
  ["the lack of statistical significance in trial 302 for the primary endpoint."], ["endpoint"])
A("What safety signal did FDA's 2013 letter call out for mannitol 400 mg?", "CRL", ["hemoptysis", "pediatric patients"],
  ["subjects treated with mannitol 400 mg had a high occurrence of hemoptysis, particularly in pediatric patients,"], ["definition"])
A("How long does the sponsor have to resubmit after a CRL, and what happens otherwise?", "CRL", ["Within one year", "21 CFR 314.65"],
  ["Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 314.110.", "If you do not take one of these actions, we may consider your lack of response a request to withdraw the application under 21 CFR 314.65."], ["duration"])
A("Which date of correspondence covered the proposed proprietary name Bronchitol?", "CRL", ["March 19, 2019"],
  ["Please refer to correspondence dated, March 19, 2019, which addresses the proposed proprietary name, Bronchitol."], ["date"])
A("Pharmaxis US regulatory contact address in the 2013 letter?", "CRL", ["1 E. Uwchlan Avenue, Suite 405", "Exton, PA 19341"],
  ["1 E. Uwchlan Avenue, Suite 405 Exton, PA 19341"], ["place"])

# ---------------- 03 Bronchitol leaflet ----------------
A("Minimum age for Bronchitol per the EU leaflet?", "BRL", ["18 years of age and over"],
  ["Bronchitol is for use in adults 18 years of age and over."], ["definition"])
A("How is the Bronchitol initiation dose stepped up?", "BRL", ["Step 1 1 capsule (40 mg)", "Step 4 4 capsules (160 mg)"],
  ["Step 1 1 capsule (40 mg) Step 2 2 capsules (80 mg) Step 3 3 capsules (120 mg) Step 4 4 capsules (160 mg)"], ["dose", "list"])
A("usual maintenance dose bronchitol", "BRL", ["10 capsules (400 mg)"],
  ["The usual dose is 10 capsules (400 mg) inhaled in the morning, and 10 capsules inhaled in the evening."], ["dose"])
A("How close to bedtime can the evening Bronchitol dose be taken?", "BRL", ["at least 2 to 3 hours before you go to bed"],
  ["Have the evening dose at least 2 to 3 hours before you go to bed."], ["duration"])
A("How long should a bronchodilator be given before Bronchitol, per the leaflet's order of use?", "BRL", ["5 to 15 minutes"],
  ["Wait 5 to 15 minutes;"], ["duration"])
A("How many capsules are in the 2-week treatment pack, and how many inhalers?", "BRL", ["280 capsules in total", "2 inhalers"],
  ["One 2-week treatment pack of Bronchitol contains 28 blisters with 10 capsules each (280 capsules in total) and 2 inhalers."], ["count"])
A("What's the average inhaled dose per 40 mg capsule?", "BRL", ["32.2 milligrams"],
  ["Average inhaled dose per capsule is 32.2 milligrams mannitol."], ["dose"])
A("Storage temperature for Bronchitol?", "BRL", ["Store below 30 C."],
  ["Store below 30 C."], ["definition"])
A("Who is the EU marketing authorisation holder for Bronchitol per the leaflet?", "BRL", ["Pharmaxis Europe Limited"],
  ["Marketing Authorisation Holder Pharmaxis Europe Limited, 108 Q House, Furze Road, Sandyford, Dublin 18, D18AY29, Ireland."], ["name"])
A("What imprint is on the Bronchitol capsules?", "BRL", ["PXS 40 mg"],
  ["capsules with PXS 40 mg imprinted on them."], ["identifier"])
A("Which lung function level makes the leaflet flag severe CF as a precaution?", "BRL", ["less than 30%"],
  ["if you have severe cystic fibrosis, in particular if your lung function measured by the Forced Expiratory Volume in first second of expiration (FEV1) is usually less than 30%."], ["percentage"])

# ---------------- 04 HF guidance ----------------
A("When was the FDA combination-product human factors Q&A guidance issued (month/year)?", "HFG", ["September 2023"],
  ["September 2023"], ["date"])
A("Which draft did the HF combination products guidance finalize?", "HFG", ["February 2016", "Human Factors Studies and Related Clinical Study Considerations in Combination Product Design and Development"],
  ["This guidance finalizes the February 2016 draft version entitled Human Factors Studies and Related Clinical Study Considerations in Combination Product Design and Development."], ["name", "date"])
A("How does FDA define a combination product critical task?", "HFG", ["would or could cause harm to the patient or user", "compromised medical care"],
  ["A combination product critical task is a user task which, if performed incorrectly or not performed at all, would or could cause harm to the patient or user, where harm is defined to include compromised medical care."], ["definition"])
A("What is a 'final finished combination product'?", "HFG", ["the product intended for market and submitted in the marketing application"],
  ["A final finished combination product is the product intended for market and submitted in the marketing application."], ["definition"])
A("Out of scope: which application types does the HF combination products guidance not cover?", "HFG", ["505(j)", "351(k)"],
  ["This document does not address HF considerations for combination products submitted under section 505(j) of the Federal Food, Drug, and Cosmetic Act in an abbreviated new drug application (ANDA)8 or submitted in a BLA under section 351(k) of the Public Health Service Act"], ["list"])
A("When is the HF validation study normally done relative to the marketing application?", "HFG", ["before submission of the marketing application"],
  ["An HF validation study is generally conducted before submission of the marketing application, once the final design of the user interface has been determined."], ["definition"])
A("If training is optional, who should be tested in the HF validation study?", "HFG", ["both trained and untrained users"],
  ["If the training is optional or the provision of training cannot be ensured, then the combination product HF validation study may test both trained and untrained users to evaluate risk mitigation for both user populations."], ["definition"])
A("Effective date of the QMSR per the notice on the HF guidance?", "HFG", ["February 2, 2026"],
  ["(89 FR 7496, effective February 2, 2026)"], ["date"])
A("Which office do you contact with questions on the combination product HF guidance, and at what email?", "HFG", ["Office of Combination Products", "combination@fda.gov"],
  ["For questions regarding this document, contact the Office of Combination Products at 301-796-8930 or combination@fda.gov."], ["name", "identifier"])
A("Docket number for the FDA HF combination products guidance?", "HFG", ["FDA-2015-D-4848"],
  ["docket FDA-2015-D-4848"], ["identifier"])
A("When labeling is submitted with a draft HF validation protocol, what review happens?", "HFG", ["comprehensive labeling review"],
  ["When labeling is submitted as part of the draft HF validation study protocol, a comprehensive labeling review will be performed by the labeling leads in each center to provide recommendations to the applicant prior to conducting the HF validation study."], ["definition"])

# ---------------- 05 LIRA-RENAL ----------------
A("Sponsor and org study ID of NCT01620489?", "LIRA", ["Novo Nordisk A/S", "NN2211-3916"],
  ["Organization Study ID: NN2211-3916", "Agency: Novo Nordisk A/S"], ["name", "identifier"])
A("How many patients actually enrolled in the liraglutide moderate renal impairment trial?", "LIRA", ["279"],
  ["Enrollment (Actual): 279"], ["count"])
A("Kidney function entry criterion for the LIRA renal study?", "LIRA", ["30-59 mL/min/1.73 m2"],
  ["confirmed by an eGFR (glomerular filtration rate) of 30-59 mL/min/1.73 m2 per MDRD (modification of diet in renal disease) formula at the screening visit"], ["definition"])
A("HbA1c inclusion range?", "LIRA", ["HbA1c 7-10% (both inclusive)"],
  ["HbA1c 7-10% (both inclusive)"], ["percentage"])
A("primary endpoint NCT01620489", "LIRA", ["Change From Baseline to Week 26 in HbA1c"],
  ["Measure: Estimated Mean From the Statistical Model and Standard Deviation From Observed Data For Change From Baseline to Week 26 in HbA1c (%) (Glycosylated Haemoglobin)"], ["endpoint"])
A("Start and primary completion dates of the liraglutide renal trial?", "LIRA", ["June 2012", "August 2013"],
  ["Start date: June 2012", "Primary completion date (Actual): August 2013"], ["date"])
A("Who was blinded in NCT01620489?", "LIRA", ["Participant, Investigator"],
  ["Masking: Participant, Investigator"], ["definition"])
A("What's the EudraCT number listed for the liraglutide renal-impairment study?", "LIRA", ["2011-002968-24"],
  ["Secondary ID: 2011-002968-24"], ["identifier"])
A("Where was LIRA-RENAL published?", "LIRA", ["Diabetes Care. 2016 Feb;39(2):222-30", "26681713"],
  ["(LIRA-RENAL): A Randomized Clinical Trial. Diabetes Care. 2016 Feb;39(2):222-30.", "Pmid: 26681713"], ["name", "identifier"])
A("Age limits for the liraglutide renal impairment trial?", "LIRA", ["18 Years", "80 Years"],
  ["Minimum age: 18 Years", "Maximum age: 80 Years"], ["definition"])
A("Which countries participated in NCT01620489?", "LIRA", ["France", "Poland", "Russian Federation", "Ukraine", "United Kingdom", "United States"],
  ["Country: France Country: Poland Country: Russian Federation Country: Ukraine Country: United Kingdom Country: United States"], ["place", "list"])

# ---------------- 06 Victoza leaflet ----------------
A("Victoza starting dose?", "VIC", ["0.6 mg once a day"],
  ["The starting dose is 0.6 mg once a day, for at least one week."], ["dose"])
A("From what age can children use Victoza per the EU leaflet?", "VIC", ["10 years and above"],
  ["Victoza can be used in adolescents and children aged 10 years and above."], ["definition"])
A("How much liraglutide is in one Victoza pen and per mL?", "VIC", ["18 mg", "6 mg liraglutide"],
  ["1 ml solution for injection contains 6 mg liraglutide. One pre-filled pen contains 18 mg liraglutide."], ["dose"])
A("How many 1.8 mg doses does one pen deliver?", "VIC", ["10 doses of 1.8 mg"],
  ["Each pen contains 3 ml of solution, delivering 30 doses of 0.6 mg, 15 doses of 1.2 mg or 10 doses of 1.8 mg."], ["count"])
A("Missed Victoza dose — what's the cut-off for skipping it?", "VIC", ["more than 12 hours"],
  ["However, if it is more than 12 hours since you should have used Victoza, skip the missed dose."], ["duration"])
A("How long can an in-use Victoza pen be kept and at what temperature?", "VIC", ["1 month", "below 30 C"],
  ["During use: You can keep the pen for 1 month when stored at a temperature below 30 C or in a refrigerator"], ["duration"])
A("How often does pancreatitis occur with Victoza according to the leaflet frequency band?", "VIC", ["Very rare: may affect up to 1 in 10,000 people"],
  ["Very rare: may affect up to 1 in 10,000 people - Cases of inflammation of the pancreas (pancreatitis)."], ["percentage"])
A("Victoza MAH?", "VIC", ["Novo Nordisk A/S"],
  ["Marketing Authorisation Holder and Manufacturer Novo Nordisk A/S"], ["name"])
A("Which needles is the Victoza pen designed for?", "VIC", ["NovoFine or NovoTwist", "8 mm"],
  ["The pen is designed to be used with NovoFine or NovoTwist disposable injection needles up to a length of 8 mm and as thin as 32G (0.25/0.23 mm)."], ["name"])

# ---------------- 07 ARROW ----------------
A("ARROW: how many children were enrolled?", "ARROW", ["1206"],
  ["Enrollment (Actual): 1206"], ["count"])
A("What phase and allocation design does the ARROW registry entry list?", "ARROW", ["Phase 4", "Factorial Assignment"],
  ["Phase: Phase 4", "Intervention model: Factorial Assignment"], ["definition"])
A("Lead sponsor and industry collaborators of ARROW?", "ARROW", ["Medical Research Council", "ViiV Healthcare", "GlaxoSmithKline"],
  ["Agency: Medical Research Council", "Agency: ViiV Healthcare", "Agency: GlaxoSmithKline"], ["name", "list"])
A("Which countries did ARROW run in?", "ARROW", ["Uganda", "Zimbabwe"],
  ["Country: Uganda Country: Zimbabwe"], ["place"])
A("ARROW age eligibility?", "ARROW", ["3 months to 17 years"],
  ["Age 3 months to 17 years (13-17 years to be capped at 10%)"], ["definition"])
A("Hazard ratio for disease progression/death, CDM vs LCM, in ARROW?", "ARROW", ["1.13", "0.73", "1.73"],
  ["Param value: 1.13", "Ci lower limit: 0.73 Ci upper limit: 1.73"], ["endpoint"])
A("How many children had a new WHO stage 4 event or died in each monitoring arm?", "ARROW", ["(O1): 47", "(O2): 39"],
  ["Measurement, Clinically Driven Monitoring (CDM) (O1): 47 Measurement, Laboratory Plus Clinical Monitoring (LCM) (O2): 39"], ["count", "endpoint"])
A("Sample size justification for ARROW - how many children were needed?", "ARROW", ["1160 children"],
  ["With assumptions detailed above, >90% power and one-sided alpha=0.05, 1160 children would be required to exclude an increase in progression rate of 1.6% from 2.5% to 4.1% per year in the CDM arm"], ["count"])
A("How long was the zidovudine induction phase in arms B and C?", "ARROW", ["36 weeks"],
  ["starting with open-label four-drug lamivudine, abacavir, NNRTI, plus zidovudine for 36 weeks"], ["duration"])
A("Cotrimoxazole dose for a 20 kg child in the continued-prophylaxis arm?", "ARROW", ["400 mg trimethoprim + 80 mg sulfamethoxazole"],
  ["15-<30 kg: 400 mg trimethoprim + 80 mg sulfamethoxazole"], ["dose"])
A("How many children had a serious adverse event in the clinically driven vs lab-monitoring arms of ARROW?", "ARROW", ["subjects affected 147; subjects at risk 606", "subjects affected 117; subjects at risk 600"],
  ["Counts, Clinically Driven Monitoring (CDM) (E1): subjects affected 147; subjects at risk 606", "Counts, Laboratory Plus Clinical Monitoring (LCM) (E2): subjects affected 117; subjects at risk 600"], ["count"])
A("Who's the results point of contact for ARROW?", "ARROW", ["Professor Ann Sarah Walker"],
  ["Name or title: Professor Ann Sarah Walker"], ["name"])
A("Median age at enrolment in the CDM group?", "ARROW", ["5.9"],
  ["Measurement, Clinically Driven Monitoring (CDM) (B1): 5.9 (lower limit 2.2; upper limit 9.2)"], ["count"])

# ---------------- 08 Quetiapine XR ----------------
A("How many participants were in the quetiapine XR vs sertraline pilot?", "QXR", ["27"],
  ["Enrollment (Actual): 27"], ["count"])
A("Primary outcome of NCT00857584?", "QXR", ["MADRS", "Week 2"],
  ["Measure: The Mean Change From Baseline to Week 2 in the Montgomery Asberg Depression Rating Scale (MADRS) Total Score"], ["endpoint"])
A("Quetiapine XR dosing range and titration in that bipolar study?", "QXR", ["300 to 600 mg/d", "50 mg/day"],
  ["Quetiapine XR was initiated at 50 mg/day and titrated to 100 mg on day 2, 200 mg on day 3, 300 mg on day 4, and flexible doses of 300 to 600 mg/d from day 5 to the end of the study."], ["dose"])
A("Sertraline dose range used as comparator?", "QXR", ["50 to 200 mg/d"],
  ["Flexible dose from 50 to 200 mg/d (combination of tablets of 50mg and 100mg) oral, daily, 8 weeks length."], ["dose"])
A("Was the quetiapine/sertraline study blinded?", "QXR", ["Open Label"],
  ["Masking: Open Label"], ["yes-no"])
A("Severity scores required at entry for the bipolar depression pilot?", "QXR", ["HDRS-17) total score ≥ 20", "YMRS) total score ≤ 14"],
  ["Hamilton Depression Rating Scale (HDRS-17) total score ≥ 20 and Young Mania Rating Scale (YMRS) total score ≤ 14 at the screening and randomization visits"], ["definition"])
A("Which mood stabilizer serum levels were considered adequate?", "QXR", ["0.5-1.2 mEq/L", "50-100 microg/ml"],
  ["An adequate mood stabilizer treatment with lithium or valproate(defined as a serum concentration of 0.5-1.2 mEq/L or 50-100 microg/ml, respectively)."], ["definition"])
A("Study period and sites for D1443L00058?", "QXR", ["May 2009", "February 2011", "Spain"],
  ["Start date: May 2009", "Completion date (Actual): February 2011", "Country: Spain"], ["date", "place"])
A("How is remission defined in that quetiapine study?", "QXR", ["MADRS) total score ≤ 10"],
  ["where remission is defined as Montgomery Asberg Depression Rating Scale (MADRS) total score ≤ 10."], ["definition"])

# ---------------- 09 TOBI Podhaler ----------------
A("TOBI Podhaler dose?", "TOBI", ["4 capsules twice a day"],
  ["Inhale the content of 4 capsules twice a day (4 capsules in the morning and 4 capsules in the evening), using the Podhaler device."], ["dose"])
A("What is the treatment cycle for TOBI Podhaler?", "TOBI", ["28 days", "28-day break"],
  ["After you have taken TOBI Podhaler for 28 days, you then have a 28-day break, during which you do not inhale any TOBI Podhaler."], ["duration"])
A("Minimum interval between TOBI Podhaler doses?", "TOBI", ["at least 6 hours"],
  ["It is best to leave close to 12 hours between doses, but this must be at least 6 hours"], ["duration"])
A("Tobramycin content per capsule?", "TOBI", ["28 mg"],
  ["One capsule contains 28 mg tobramycin."], ["dose"])
A("Who holds the TOBI Podhaler marketing authorisation per the leaflet?", "TOBI", ["Viatris Healthcare Limited"],
  ["Marketing Authorisation Holder Viatris Healthcare Limited"], ["name"])
A("How often is coughing up blood reported with TOBI Podhaler?", "TOBI", ["very common"],
  ["Coughing up blood (very common)"], ["percentage"])
A("pack sizes tobi podhaler", "TOBI", ["56 inhalation powder", "224 (4 x 56)", "448 (8 x 56)"],
  ["The following pack sizes are available: 56 inhalation powder, hard capsules and 1 inhaler (weekly pack) 224 (4 x 56) inhalation powder, hard capsules and 5 inhalers (monthly multipack) 448 (8 x 56) inhalation powder, hard capsules and 10 inhalers"], ["list", "count"])
A("Which age group needs caregiver help to start TOBI Podhaler?", "TOBI", ["10 years or younger"],
  ["Caregivers should provide assistance to children starting TOBI Podhaler treatment, particularly those aged 10 years or younger,"], ["definition"])

# ---------------- cross-document ----------------
A("FDA's 2013 letter judged efficacy in what age group, versus the age group the CHMP ultimately approved in the EU?", "CRL EPAR",
  ["6 years of age and older", "adults aged 18 years and above"],
  ["The submitted data do not provide a favorable benefit-risk balance to support the use of inhaled mannitol in patients with cystic fibrosis 6 years of age and older.",
   "\"treatment of cystic fibrosis (CF) in adults aged 18 years and above as an add-on therapy to best standard of care is favourable"], ["cross-document", "definition"])
A("Both regulators commented on haemoptysis with inhaled mannitol — what did FDA say in 2013 and what pooled rates does the EPAR give?", "CRL EPAR",
  ["hemoptysis", "9.4%", "5.4%"],
  ["subjects treated with mannitol 400 mg had a high occurrence of hemoptysis, particularly in pediatric patients,",
   "In studies DPM-CF-301 and DPM-CF-302 combined, any haemoptysis was reported in 9.4% in the inhaled mannitol arm compared to 5.4% in the control arm."], ["cross-document", "percentage"])
A("The 2019 CRL says HF studies showed use errors with critical tasks in the MTT. How does FDA's combination-product HF guidance define a critical task?", "CRL HFG",
  ["critical tasks in administering the MTT", "would or could cause harm to the patient or user"],
  ["HF study results demonstrated several use errors and use difficulties with critical tasks in administering the MTT,",
   "A combination product critical task is a user task which, if performed incorrectly or not performed at all, would or could cause harm to the patient or user, where harm is defined to include compromised medical care."], ["cross-document", "definition"])
A("The US application was for mannitol inhalation powder at what strength, and what average inhaled dose per capsule does the EU leaflet state?", "CRL BRL",
  ["mannitol inhalation powder, 40 mg", "32.2 milligrams"],
  ["submitted pursuant to section 505(b)(2) of the Federal Food, Drug, and Cosmetic Act for mannitol inhalation powder, 40 mg.",
   "Average inhaled dose per capsule is 32.2 milligrams mannitol."], ["cross-document", "dose"])
A("Do both CF dry-powder products (Bronchitol and TOBI Podhaler) require replacing the inhaler weekly?", "BRL TOBI",
  ["Use a new inhaler each week", "Each inhaler is only used for 7 days"],
  ["Use a new inhaler each week.", "Each inhaler is only used for 7 days."], ["cross-document", "yes-no"])
A("Compare the number of capsules per dose for Bronchitol vs TOBI Podhaler.", "BRL TOBI",
  ["10 capsules (400 mg)", "4 capsules twice a day"],
  ["The usual dose is 10 capsules (400 mg) inhaled in the morning, and 10 capsules inhaled in the evening.",
   "Inhale the content of 4 capsules twice a day (4 capsules in the morning and 4 capsules in the evening), using the Podhaler device."], ["cross-document", "dose"])
A("If a CF patient uses both Bronchitol and TOBI Podhaler, which goes first according to the two leaflets?", "BRL TOBI",
  ["Inhaled antibiotics if this is part of your treatment routine", "you should take TOBI Podhaler after all of these are done"],
  ["5. Inhaled antibiotics if this is part of your treatment routine",
   "If you are taking several different inhaled treatments and following other therapies for cystic fibrosis, you should take TOBI Podhaler after all of these are done."], ["cross-document", "list"])
A("Does the Bronchitol leaflet allow inhaled tobramycin alongside it, and what does the TOBI leaflet say about mannitol?", "BRL TOBI",
  ["inhaled antibiotics such as tobramycin", "intravenous mannitol"],
  ["You can carry on using your medicines for cystic fibrosis when you are using Bronchitol, this includes inhaled antibiotics such as tobramycin and colistimethate sodium.",
   "Other medicines with diuretic properties such as urea or intravenous mannitol"], ["cross-document", "yes-no"])
A("What kidney function did the liraglutide renal trial enrol, and what does the Victoza leaflet say for patients on dialysis?", "LIRA VIC",
  ["30-59 mL/min/1.73 m2", "not recommended if you are on dialysis"],
  ["confirmed by an eGFR (glomerular filtration rate) of 30-59 mL/min/1.73 m2",
   "The use of Victoza is not recommended if you are on dialysis."], ["cross-document", "definition"])
A("Was the liraglutide dose tested in NCT01620489 the top dose in the Victoza leaflet?", "LIRA VIC",
  ["1.8 mg administered once daily", "1.8 mg"],
  ["Description: 1.8 mg administered once daily subcutaneously (s.c., under the skin)",
   "Your doctor may tell you to further increase the dose to 1.8 mg once a day, if your blood glucose is not adequately controlled with a dose of 1.2 mg."], ["cross-document", "dose"])
A("The EPAR and the EU leaflet both mention bronchodilator pre-treatment for Bronchitol — what timing do they give?", "EPAR BRL",
  ["5-15 minutes", "5 to 15 minutes"],
  ["A bronchodilator is proposed to be administered 5-15 minutes before Bronchitol is used.", "Wait 5 to 15 minutes;"], ["cross-document", "duration"])

# ---------------- unanswerable ----------------
U("What HbA1c reduction did liraglutide achieve vs placebo in NCT01620489?", "The stored record has no results section; only outcome definitions and the publication citation are given.", ["endpoint"])
U("How many patients were randomised to liraglutide vs placebo in the renal impairment trial?", "Only total actual enrollment (279) is given; no per-arm numbers.", ["count"])
U("What was the mean baseline eGFR in the LIRA-RENAL population?", "No baseline characteristics are in the record.", ["amount"])
U("When did FDA finally approve Bronchitol in the US?", "None of the documents reports a US approval; the FDA document is a complete response letter.", ["date"])
U("What were the FEV1 results of the US adult trial CF303 that Pharmaxis ran after the CRL?", "CF303 is not mentioned in any document.", ["endpoint"])
U("What upfront payment did Chiesi pay Pharmaxis for US rights to Bronchitol?", "No deal terms between Chiesi and Pharmaxis appear in the documents.", ["amount"])
U("How many participants took part in the Bronchitol human factors validation study and how many made MTT errors?", "The CRL describes use errors only qualitatively; no numbers.", ["count"])
U("What was the PDUFA goal date for the Bronchitol resubmission?", "No PDUFA goal date is stated in the letters.", ["date"])
U("What is the Bronchitol EU marketing authorisation number (EU/1/...)?", "Neither the EPAR excerpt nor the leaflet text states the EU/1 authorisation number.", ["identifier"])
U("What Cmax of mannitol was measured after inhalation in the PK studies?", "The pharmacokinetics section is not part of the EPAR excerpt; no Cmax value is given.", ["amount"])
U("What is the list price of a 2-week Bronchitol pack?", "No price information in any document.", ["amount"])
U("When was the Bronchitol package leaflet last revised?", "The leaflet shows only the placeholder 'MM/YYYY'.", ["date"])
U("Which CHMP members voted in favour of the positive re-examination opinion?", "The excerpt names only the divergent members, not those in favour; no vote count is given.", ["name"])
U("Which human factors vendor or CRO ran Chiesi's HF validation studies?", "Not named in the CRL.", ["name"])
U("Did Chiesi request formal dispute resolution after the 2019 CRL?", "No document reports any dispute resolution request.", ["yes-no"])
U("How many participants per user group does the combination-product HF guidance require in a validation study?", "The Q&A guidance does not give a participant number.", ["count"])
U("What user fee applies to FDA review of a draft HF validation protocol?", "The guidance mentions review time frames tied to user fee commitments but gives no fee amount.", ["amount"])
U("Who at FDA signed the human factors combination products guidance?", "No signatory is given in the guidance text.", ["name"])
U("How many public comments did FDA receive on the 2016 draft HF combination-product guidance?", "Not stated.", ["count"])
U("What MADRS change did quetiapine XR achieve at week 2 compared with sertraline?", "The stored record lists outcomes but no results.", ["endpoint"])
U("Who was the principal investigator of the quetiapine XR vs sertraline study?", "The record gives no overall official or investigator name, only 'Research Site' locations.", ["name"])
U("How many patients dropped out of the quetiapine XR arm?", "No participant flow in the record.", ["count"])
U("How many responders at week 8 were there on sertraline?", "Response is defined but no results are reported.", ["count"])
U("What percentage of children in once-daily abacavir+lamivudine had viral load <80 copies/ml at 48 weeks in ARROW?", "The outcome is defined, but its results were cut from the excerpt (only the first outcome results are included).", ["percentage"])
U("How many ARROW children were enrolled at the Zimbabwe site?", "No per-site or per-country enrolment is given.", ["count"])
U("What did ARROW cost, and how much did ViiV contribute?", "No funding amounts appear.", ["amount"])
U("Change in CD4% at 72 weeks for Arm A vs Arm B in ARROW?", "Results for this outcome are not in the excerpt (cut after the first outcomes).", ["endpoint"])
U("What HbA1c reduction does Victoza produce according to its leaflet?", "The package leaflet gives no efficacy figures.", ["percentage"])
U("What dose of liraglutide is used for weight management?", "Neither liraglutide document covers weight management doses.", ["dose"])
U("When did Victoza receive its EU marketing authorisation?", "The leaflet does not state the authorisation date.", ["date"])
U("What FEV1 improvement did TOBI Podhaler show in its pivotal studies?", "The leaflet contains no clinical trial results.", ["endpoint"])
U("Is TOBI Podhaler approved by FDA, and under which NDA?", "No US regulatory information about TOBI Podhaler is present.", ["identifier"])
U("What were the pulmonary exacerbation rates in study 302 mannitol vs control?", "The EPAR excerpt does not give 302 exacerbation rates (results tables are cut).", ["percentage"])
U("How many Bronchitol patients have been treated worldwide since launch?", "No post-marketing exposure data in the documents.", ["count"])
U("What is the shelf life of Bronchitol capsules in months?", "The leaflet gives storage conditions but no shelf-life duration.", ["duration"])
U("How many sites enrolled patients in the liraglutide trial in Russia?", "Location lists are given as countries, but the record lists sites only for some countries; Russian sites are not itemised... ", ["count"])
U("What is the recommended dose of Victoza in patients with severe renal impairment not on dialysis?", "The leaflet only mentions dialysis; it gives no dose recommendation by renal function.", ["dose"])
U("What deadline did FDA set for the supplemental HF study?", "The CRL gives no deadline specific to the HF study (only the general one-year resubmission requirement).", ["date"])

DROP = ['What were the initial GCP inspection dates at the Irish site?', 'What registry did the applicant propose for post-marketing safety data?', 'What legal basis was the Bronchitol application submitted under?', 'Pharmaxis US regulatory contact address in the 2013 letter?', 'Which date of correspondence covered the proposed proprietary name Bronchitol?', 'What imprint is on the Bronchitol capsules?', 'Storage temperature for Bronchitol?', 'Docket number for the FDA HF combination products guidance?', 'Which office do you contact with questions on the combination product HF guidance, and at what email?', 'Which needles is the Victoza pen designed for?', 'Victoza MAH?', 'Median age at enrolment in the CDM group?', 'Who holds the TOBI Podhaler marketing authorisation per the leaflet?', 'How many sites enrolled patients in the liraglutide trial in Russia?']
items = [i for i in items if i['question'] not in DROP]
# ids
with open(os.path.join(W, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"la-{i:03d}", **it}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(items), sum(1 for i in items if not i["answerable"]), sum(1 for i in items if "cross-document" in i["tags"]))
