import json
A='01_regulatory_kymriah-eu-smpc.txt'
B='02_regulatory_kymriah-pmda-review-japan.txt'
C='03_regulatory_kymriah-fda-sbra-dlbcl.txt'
D='04_clinical_eliana-tisagenlecleucel-nejm.txt'
E='05_registry_nct00003995-trastuzumab-irinotecan-crc.txt'
F='06_business_kite-10k-2016-license-agreements.txt'
G='07_business_lisata-kuva-tender-offer-14d9.txt'
H='08_business_jnj-10k-2024-acquisitions.txt'
I='09_quarterly_aeon-biopharma-10q-q3-2023.txt'
J='10_guideline_mfds-ev-therapy-products.txt'
Q=[]
def a(q,src,facts,quotes,tags,note=''):
    Q.append(dict(question=q,answerable=True,gold_sources=src if isinstance(src,list) else [src],facts=facts,gold_quotes=quotes,tags=tags,note=note))
def u(q,note,tags):
    Q.append(dict(question=q,answerable=False,gold_sources=[],facts=[],gold_quotes=[],tags=tags,note=note))

# ---------- 01 EU SmPC Kymriah ----------
a("What are the therapeutic indications of Kymriah according to the EU Summary of Product Characteristics?",A,
  [["B-cell acute lymphoblastic leukaemia (ALL)"],["diffuse large B-cell lymphoma (DLBCL)"],["follicular lymphoma (FL)"]],
  ["• Paediatric and young adult patients up to and including 25 years of age with B-cell acute lymphoblastic leukaemia (ALL) that is refractory, in relapse post-transplant or in second or later relapse.",
   "• Adult patients with relapsed or refractory diffuse large B-cell lymphoma (DLBCL) after two or more lines of systemic therapy.",
   "• Adult patients with relapsed or refractory follicular lymphoma (FL) after two or more lines of systemic therapy."],["list"])
a("Kymriah EU label: what dose range applies to a B-cell ALL patient weighing 50 kg or less?",A,
  [["0.2 to 5 × 106 CAR-positive viable T cells per kg body weight","0.2 to 5 × 106"]],
  ["- For patients 50 kg and below: The dose is within a range of 0.2 to 5 × 106 CAR-positive viable T cells per kg body weight."],["dose"])
a("How long does it usually take to manufacture and release Kymriah?",A,[["about 3-4 weeks","3-4 weeks"]],
  ["Manufacture and release of Kymriah usually takes about 3-4 weeks."],["duration"])
a("Which lymphodepleting chemotherapy does the Kymriah SmPC recommend for DLBCL and FL patients?",A,
  [["Fludarabine (25 mg/m2 intravenous daily for 3 days)"],["cyclophosphamide (250 mg/m2 intravenous daily for 3 days"]],
  ["- Fludarabine (25 mg/m2 intravenous daily for 3 days) and cyclophosphamide (250 mg/m2 intravenous daily for 3 days starting with the first dose of fludarabine)."],["dose","list"])
a("In follicular lymphoma, how many days after finishing lymphodepletion should Kymriah be infused?",A,[["2 to 6 days"]],
  ["For FL, Kymriah is recommended to be infused 2 to 6 days after completion of the lymphodepleting chemotherapy."],["duration"])
a("Tocilizumab requirements before a Kymriah infusion in the EU?",A,[["at least one dose of tocilizumab"],["within 8 hours"]],
  ["In the event of cytokine release syndrome (CRS), at least one dose of tocilizumab and emergency equipment must be available per patient prior to infusion. The treatment centre must have access to additional doses of tocilizumab within 8 hours."],["count","duration"])
a("After receiving Kymriah, how near to a qualified clinical facility must patients remain, and for how long?",A,
  [["within 2 hours of travel"],["at least 4 weeks"]],
  ["- Patients should be instructed to remain within proximity (within 2 hours of travel) of a qualified clinical facility for at least 4 weeks following infusion."],["duration"])
a("Contraindications listed in section 4.3 of the Kymriah SmPC",A,
  [["Hypersensitivity to the active substance or to any of the excipients listed in section 6.1"],["Contraindications of the lymphodepleting chemotherapy must be considered"]],
  ["Hypersensitivity to the active substance or to any of the excipients listed in section 6.1 (see section 4.4).","Contraindications of the lymphodepleting chemotherapy must be considered."],["list"])
a("Sodium per dose of Kymriah?",A,[["24.3 to 121.5 mg sodium per dose"]],
  ["This medicinal product contains 2.43 mg sodium per mL and 24.3 to 121.5 mg sodium per dose."],["amount"])
a("For how long must the batch number and patient name be kept for Kymriah traceability?",A,[["30 years after expiry date","30 years"]],
  ["To ensure traceability the name of the medicinal product, the batch number and the name of the treated patient must be kept for a period of 30 years after expiry date of the medicinal product."],["duration"])
a("Who holds the EU marketing authorisation for Kymriah?",A,[["Novartis Europharm Limited"]],
  ["Novartis Europharm Limited"],["name"])
a("What is the median time to CRS onset after Kymriah in adult FL patients per the EU label?",A,[["median onset 4 days"]],
  ["In almost all cases, development of CRS occurred between 1 to 10 days (median onset 3 days) after Kymriah infusion in paediatric and young adult B-cell ALL patients, between 1 and 9 days (median onset 3 days) after Kymriah infusion in adult DLBCL patients and between 1 to 14 days (median onset 4 days) after Kymriah infusion in adult FL patients."],["duration"])
a("Kymriah infusion rate",A,[["approximately 10 to 20 mL per minute by gravity flow","10 to 20 mL per minute"]],
  ["Kymriah should be administered as an intravenous infusion through latex-free intravenous tubing without a leukocyte depleting filter, at approximately 10 to 20 mL per minute by gravity flow."],["dose"])
u("What date was Kymriah first granted an EU marketing authorisation?","The SmPC excerpt stops after section 4.4 and the leaflet's storage/MAH text; section 9 (date of first authorisation) is not included, and no other document gives an EU authorisation date.",["date"])
u("What is the shelf life of Kymriah once stored below -120°C?","Only the storage condition (≤ -120°C) is given; section 6.3 shelf life is not part of the excerpt.",["duration"])

# ---------- 02 PMDA ----------
a("When did Novartis Pharma K.K. file the Japanese marketing application for Kymriah?",B,[["April 23, 2018"]],
  ["Date of Application: April 23, 2018 (Application for marketing approval)"],["date"])
a("Re-examination period granted to Kymriah in Japan?",B,[["10 years"]],
  ["The product may be approved. The approval is not classified as a conditional and time-limited approval. The re-examination period is 10 years."],["duration"])
a("Was Kymriah's approval in Japan a conditional and time-limited approval?",B,[["not classified as a conditional and time-limited approval"]],
  ["The approval is not classified as a conditional and time-limited approval."],["yes-no"])
a("Which Japanese committee deliberated on Kymriah, and on what date did it meet?",B,
  [["Committee on Regenerative Medicine Products and Biotechnology"],["February 20, 2019"]],
  ["In the meeting held on February 20, 2019, the Committee on Regenerative Medicine Products and Biotechnology made the following decision and concluded that this result should be presented to the Pharmaceutical Affairs Department of the Pharmaceutical Affairs and Food Sanitation Council."],["name","date"])
a("In the PMDA review, what is the usual adult Kymriah dose for relapsed/refractory CD19-positive DLBCL?",B,
  [["0.6 × 108 to 6.0 × 108"]],
  ["The usual adult dosage is 0.6 × 108 to 6.0 × 108 (irrespective of body weight) of CAR-positive viable T cells administered as a single intravenous dose."],["dose"])
a("Under which orphan designation number is Kymriah an orphan regenerative medical product in Japan?",B,
  [["Orphan Regenerative Medicine Designation No. 3 of 2016"]],
  ["Orphan regenerative medical product (Orphan Regenerative Medicine Designation No. 3 of 2016 [28 sai]; PSEHB/ELD/OMDE Notification No. 0525-1 dated May 25, 2016, by the Office of Medical Device Evaluation, Evaluation and Licensing Division, Pharmaceutical Safety and Environmental Health Bureau, Ministry of Health, Labour and Welfare)"],["identifier"])
a("In Japan, above what white blood cell count is lymphodepleting chemotherapy given before Kymriah, and how long before administration?",B,
  [["exceeds 1000/µL"],["at least 2 days before the administration"]],
  ["If the peripheral white blood cell count exceeds 1000/µL within 1 week prior to the planned administration of Kymriah, conduct the following lymphodepleting chemotherapy as pretreatment at least 2 days before the administration."],["amount","duration"])
a("What post-marketing study is a condition of Kymriah's Japanese approval?",B,
  [["use-results survey covering all Japanese patients treated with the product"]],
  ["2. Since only a limited number of Japanese patients participated in the clinical studies of the product, the applicant is required to conduct a use-results survey covering all Japanese patients treated with the product after the market launch until data from a certain number of patients have been collected, in order to understand the characteristics of patients using the product, and to promptly collect safety and efficacy data so that necessary measures are taken to ensure proper use of the product."],["definition"])
a("Which PMDA office reviewed tisagenlecleucel?",B,[["Office of Cellular and Tissue-based Products"]],
  ["Reviewing Office: Office of Cellular and Tissue-based Products"],["name"])
a("Date of the PMDA Review Report on Kymriah Suspension for Intravenous Infusion",B,[["February 4, 2019"]],
  ["February 4, 2019"],["date"])
u("How many Japanese patients took part in the Kymriah clinical studies reviewed by PMDA?","The PMDA report only says a 'limited number of Japanese patients participated'; no count is given.",["count"])
u("On what date did the Japanese Ministry of Health, Labour and Welfare formally approve Kymriah?","The excerpt gives the application date, the review report date and the committee deliberation (February 20, 2019, 'may be approved'), but not the approval date itself.",["date"])

# ---------- 03 FDA SBRA ----------
a("What is the BLA/STN number of the Kymriah DLBCL supplement?",C,[["125646/76"]],["BLA/ STN#: 125646/76"],["identifier"])
a("PDUFA-style goal date for the Kymriah large B-cell lymphoma sBLA?",C,[["May 1, 2018"]],["Goal Date: May 1, 2018"],["date"])
a("When did Kymriah get Breakthrough Therapy Designation for DLBCL and when orphan designation?",C,
  [["04/12/2017"],["08/29/2017"]],["04/12/2017 | Breakthrough Therapy Designation for DLBCL","08/29/2017 | Orphan Designation for DLBCL."],["date"])
a("Which study supported the FDA approval of Kymriah in DLBCL, and what was its design?",C,
  [["CCTL019C2201","CTL019C2201","C2201"],["single arm, phase 2, multicenter, open-label"]],
  ["CCTL019C2201 (C2201), a single arm, phase 2, multicenter, open-label trial was the data source used to assess the efficacy and safety of KYMRIAH for treatment of DLBCL."],["name","identifier"])
a("Primary endpoint of study C2201 for Kymriah in DLBCL?",C,[["objective response rate (ORR)"]],
  ["The primary endpoint was the objective response rate (ORR) to KYMRIAH defined as the sum of the percent complete responses and partial responses (% CR + %PR) at the time of best overall response (BOR)."],["endpoint"])
a("In FDA's evaluable efficacy set for Kymriah in DLBCL, what were the ORR and the CR rate?",C,
  [["50%","50.0%"],["32.4%"]],
  ["The ORR in the evaluable efficacy set was 50% with 95% confidence intervals (CI, 95%) of 37.6% and 62.4%. The CR rate was 32.4% with 95% CI of 21.5% and 44.8% (see the table below)."],["percentage","endpoint"])
a("How many C2201 enrollees were withdrawn before receiving Kymriah, and how many of those withdrawals were due to manufacturing failure?",C,
  [["49"],["manufacturing failure (11)"]],
  ["Of the 160 subjects enrolled, 49 were withdrawn before receiving KYMRIAH because of manufacturing failure (11), patient death (16), physician decision (16), adverse events (3) or other criteria (3)."],["count"])
a("How many patients were in the evaluable efficacy set FDA used for Kymriah in DLBCL?",C,[["68 evaluable patients","N=68"]],
  ["Consequently, the efficacy analysis was based on the results in a cohort of 68 evaluable patients."],["count"])
a("Kymriah DLBCL postmarketing requirement: how many DLBCL patients will be added to study B2401, and when is the final report due?",C,
  [["1500 DLBCL patients"],["December 31, 2038"]],
  ["This protocol will be amended to include 1500 DLBCL patients who received KYMRIAH.","Safety reports will be submitted periodically in accordance with local regulatory requirements for the duration of the study. and the Final report of study results is December 31, 2038."],["count","date"])
a("What share of C2201 patients had cytokine release syndrome?",C,[["Seventy eight of 106 (74%)","74%"]],
  ["Seventy eight of 106 (74%) subjects treated with KYMRIAH experienced CRS, and 23 of 78 (29%) of the subjects had CRS of Grade 3 or higher."],["percentage"])
a("Under the KYMRIAH REMS, how many doses of tocilizumab must a site keep on hand?",C,[["a minimum of two doses of tocilizumab"]],
  ["• Sites have a minimum of two doses of tocilizumab available on site"],["count"])
u("On what date did FDA approve Kymriah for adult relapsed/refractory large B-cell lymphoma?","The SBRA (dated April 13, 2018) recommends regular approval and gives a goal date of May 1, 2018, but never states the actual approval date.",["date"])
u("What was the median overall survival in the Kymriah C2201 DLBCL study?","The SBRA excerpt reports ORR, CR rate and duration of response only; no overall survival result is given.",["duration","endpoint"])

# ---------- 04 ELIANA ----------
a("What was the primary endpoint of the ELIANA tisagenlecleucel study?",D,
  [["overall remission rate"],["within 3 months"]],
  ["The primary end point was the overall remission rate (the rate of complete remission or complete remission with incomplete hematologic recovery) within 3 months."],["endpoint"])
a("ELIANA: how many patients were screened, enrolled and infused?",D,[["107"],["92"],["75"]],
  ["Between April 8, 2015, and the data cutoff on April 25, 2017, a total of 107 patients were screened, and 92 were enrolled (Fig. 1). A total of 75 patients received an infusion of tisagenlecleucel, with a median time from enrollment to infusion of 45 days (range, 30 to 105)."],["count"])
a("Overall remission rate within 3 months in the NEJM tisagenlecleucel pediatric ALL study?",D,[["81%"]],
  ["The overall remission rate within 3 months was 81%, with all patients who had a response to treatment found to be negative for minimal residual disease, as assessed by means of flow cytometry."],["percentage"])
a("ClinicalTrials.gov identifier of the global phase 2 tisagenlecleucel study in children and young adults with B-cell ALL",D,[["NCT02435849"]],
  ["(Funded by Novartis Pharmaceuticals; ClinicalTrials.gov number, NCT02435849.)"],["identifier"])
a("Across how many sites and countries was the ELIANA trial run?",D,[["25 study sites in 11 countries"]],
  ["In this nonrandomized study of CAR T-cell therapy, we used a global supply chain and included 25 study sites in 11 countries across North America, Europe, Asia, and Australia."],["count","place"])
a("What sample size and power assumptions were used in ELIANA?",D,[["76 patients"],["more than 95% power"],["45% or higher"]],
  ["We determined that a sample of 76 patients receiving a tisagenlecleucel infusion would provide more than 95% power to reject the null hypothesis of an overall remission rate of 20% against the alternative hypothesis of an overall remission rate of 45% or higher at an overall one-sided significance level of 2.5%."],["count","percentage"])
a("EFS and OS at 12 months in ELIANA?",D,[["50% (95% CI, 35 to 64)"],["76% (95% CI, 63 to 86)"]],
  ["The rates of event-free survival and overall survival were 73% (95% confidence interval [CI], 60 to 82) and 90% (95% CI, 81 to 95), respectively, at 6 months and 50% (95% CI, 35 to 64) and 76% (95% CI, 63 to 86) at 12 months."],["percentage","endpoint"])
a("Age criteria for entering the ELIANA study",D,[["at least 3 years of age at screening"],["no older than 21 years of age at diagnosis"]],
  ["To be eligible for participation in the study, patients had to be at least 3 years of age at screening and no older than 21 years of age at diagnosis and to have at least 5% lymphoblasts in bone marrow at screening."],["definition"])
a("What overall remission rate did the ELIANA interim analysis of 50 patients show?",D,[["82%"]],
  ["In the interim analysis, which included 50 patients, the primary end point was met, with an overall remission rate of 82% (95% confidence interval [CI], 69 to 91; P<0.001); the results with regard to all key secondary end points were also significant.4"],["percentage"])
a("In the intention-to-treat analysis of all 92 enrolled ELIANA patients, what was the overall remission rate?",D,[["66%"]],
  ["In an intention-to-treat analysis of the full enrolled population (92 patients), which included patients who discontinued participation in the study before tisagenlecleucel infusion, the overall remission rate was 66% (95% CI, 56 to 76) (Table S3 in the Supplementary Appendix)."],["percentage"])
a("How often did cytokine release syndrome occur in ELIANA and what proportion got tocilizumab?",D,[["77%"],["48%"]],
  ["The cytokine release syndrome occurred in 77% of patients, 48% of whom received tocilizumab."],["percentage"])
a("Why did 17 enrolled ELIANA patients never receive tisagenlecleucel?",D,
  [["product-related issues (7 patients)"],["death (7 patients"],["adverse events (3 patients"]],
  ["Seventeen enrolled patients did not receive a tisagenlecleucel infusion because of product-related issues (7 patients), death (7 patients; 4 from disease progression and 1 each from sepsis, respiratory failure, and fungemia), and adverse events (3 patients; 1 each from graft-versus-host disease, systemic mycosis, and fungal pneumonia)."],["count","list"])
u("What was the median event-free survival in the ELIANA trial?","The article gives event-free survival rates at 6 and 12 months (73% and 50%) and says median remission duration was not reached; no median EFS is reported.",["duration","endpoint"])
u("How many ELIANA patients were enrolled at Japanese sites?","The article only says the 25 sites were in 11 countries across North America, Europe, Asia, and Australia; no per-country enrollment is given.",["count","place"])

# ---------- 05 NCT00003995 ----------
a("Enrollment for NCT00003995?",E,[["32"]],["Enrollment (Actual): 32"],["count"])
a("Who sponsored the phase II trastuzumab plus irinotecan study in HER2-overexpressing colorectal cancer, and what phase was it?",E,
  [["National Cancer Institute (NCI)"],["Phase 2"]],["Agency: National Cancer Institute (NCI)","Phase: Phase 2"],["name"])
a("When did the CPT-11 plus trastuzumab colorectal cancer trial start, and when was primary completion?",E,[["September 1999"],["March 2006"]],
  ["Start date: September 1999","Primary completion date (Actual): March 2006"],["date"])
a("Who chaired the NCI trastuzumab/irinotecan colorectal study?",E,[["Ramesh K. Ramanathan, MD"],["University of Pittsburgh"]],
  ["Last name: Ramesh K. Ramanathan, MD","Affiliation: University of Pittsburgh"],["name"])
a("What is the first objective listed for NCT00003995?",E,[["objective response rate"]],
  ["I. Determine the objective response rate of irinotecan and trastuzumab in patients with stage IV colorectal cancer and p185 HER2 overexpression."],["endpoint"])
a("How often are treatment courses repeated in the trastuzumab plus irinotecan colorectal trial?",E,[["every 6 weeks"]],
  ["Patients receive irinotecan IV over 90 minutes following trastuzumab weekly for 4 weeks. Courses are repeated every 6 weeks in the absence of disease progression or unacceptable toxicity."],["duration"])
a("Minimum LVEF required for eligibility in NCT00003995",E,[["LVEF at least 45% by MUGA or ECHO"]],["- LVEF at least 45% by MUGA or ECHO"],["percentage"])
a("Which publication reports the results of NCT00003995 (PMID)?",E,[["15641483"],["Cancer Invest. 2004;22(6):858-65."]],
  ["Citation: Ramanathan RK, Hwang JJ, Zamboni WC, Sinicrope FA, Safran H, Wong MK, Earle M, Brufsky A, Evans T, Troetschel M, Walko C, Day R, Chen HX, Finkelstein S. Low overexpression of HER-2/neu in advanced colorectal cancer limits the usefulness of trastuzumab (Herceptin) and irinotecan as therapy. A phase II trial. Cancer Invest. 2004;22(6):858-65.","Pmid: 15641483"],["identifier"])
a("In which US cities are the NCT00003995 study sites located?",E,
  [["Bronx"],["Pittsburgh"],["Providence"],["Nashville"],["Houston"]],
  ["City: Bronx","City: Pittsburgh","City: Providence","City: Nashville"],["place","list"])
a("Org study ID of NCT00003995?",E,[["NCI-2012-02307"]],["Org study id: NCI-2012-02307"],["identifier"])
u("What objective response rate did the trastuzumab plus irinotecan trial (NCT00003995) achieve?","The registry record lists only the results citation title; no response rate is posted or quoted.",["percentage","endpoint"])
u("What trastuzumab loading dose in mg/kg was used in NCT00003995?","The record describes infusion durations (90 minutes, then 30-90 minutes weekly) but gives no dose amount.",["dose"])
u("What is the overall study completion date of NCT00003995?","Only the start date and the primary completion date (March 2006) are given; no study completion date appears.",["date"])

# ---------- 06 Kite 10-K ----------
a("Upfront Amgen paid Kite under their CAR collaboration?",F,[["$60.0 million"]],
  ["The Company received an upfront payment of $60.0 million from Amgen in February 2015 as partial consideration for the rights granted to Amgen by the Company for access to the Company platform technology and the Company undertaking preclinical development under certain programs."],["amount"])
a("Under the Kite–Amgen agreement, what milestones can Kite earn for each Amgen program?",F,[["$100.0 million"],["$425.0 million"]],
  ["The Company will be eligible to receive up $100.0 million milestone payment upon receipt of the first marketing approval for the first Amgen product from each Amgen program to achieve approval and up to $425.0 million in commercial milestone payments for each Amgen program, based on the Amgen program products meeting certain net sales benchmarks in a calendar year, plus tiered high single to low double digit royalties for sales and the license of the Company’s intellectual property for CAR-based product candidates."],["amount"])
a("What royalty rates apply to Amgen program product sales owed to Kite?",F,[["tiered high single to low double digit royalties"]],
  ["The Company will be eligible to receive up $100.0 million milestone payment upon receipt of the first marketing approval for the first Amgen product from each Amgen program to achieve approval and up to $425.0 million in commercial milestone payments for each Amgen program, based on the Amgen program products meeting certain net sales benchmarks in a calendar year, plus tiered high single to low double digit royalties for sales and the license of the Company’s intellectual property for CAR-based product candidates."],["percentage"])
a("What fee does Amgen pay to convert a Kite program into an Amgen program?",F,[["$35.0 million"]],
  ["In addition, Amgen has a one-time option to convert a Company program to an Amgen program for a fee of $35.0 million at any time on or prior to the 60th day after the later of (a) delivery of a final report with data for use in an IND and (b) filing of the IND for a Company product candidate from a Company program and delivery of such IND to Amgen."],["amount"])
a("Cabaret license: aggregate milestones per licensed product and royalty level?",F,[["$3.9 million"],["$2.7 million"],["mid-single digits"]],
  ["The aggregate potential milestone payments are $3.9 million for each of the first two Cabaret Licensed Products, of which $3.0 million is due only after marketing approval in the United States and at least one major European country. Thereafter, for each subsequent Cabaret Licensed Product such aggregate milestone payments shall be reduced to $2.7 million.","The Company has also agreed to pay Cabaret royalties on net sales of Cabaret Licensed Products at rates in the mid-single digits."],["amount","percentage"])
a("How much did Kite pay Cabaret as a sublicense fee after receiving the Amgen upfront?",F,[["$13.8 million"]],
  ["Due to the receipt of the $60.0 million upfront license payment from Amgen in connection with the Amgen Agreement, in April 2015 the Company paid $13.8 million to Cabaret as a sublicense fee, which includes $1.8 million of applicable taxes paid on Cabaret’s behalf as required under the Cabaret License."],["amount"])
a("Alpine Immune Sciences deal with Kite: upfront, total milestones and royalty?",F,[["$5.0 million upfront payment"],["$530.0 million"],["low single digit royalty"]],
  ["Pursuant to the Agreement, the Company paid AIS a $5.0 million upfront payment.","AIS will be eligible to receive up to $530.0 million in total milestone payments based on the successful completion of research, clinical and regulatory milestones relating to both program TIPs.","AIS will also be eligible to receive a low single digit royalty for sales on a licensed product-by-licensed product and country-by-country basis, until the later of (i) the date on which the licensed product is no longer covered by certain intellectual property rights, and (ii) a defined term from the first commercial sale of the licensed product."],["amount","percentage"])
a("What did Kite pay upfront for the October 2015 NIH MAGE license, and what are the aggregate benchmark payments per product?",F,[["$1.2 million"],["$8.4 million"]],
  ["Pursuant to the terms of this license, the Company paid the NIH a cash payment in the aggregate amount of $1.2 million in November 2015.","The aggregate potential benchmark payments for each licensed product are $8.4 million, of which aggregate payments of $6.0 million are due only after marketing approval in the United States or in Europe, Japan, China or India."],["amount"])
a("First benchmark payment under Kite's December 2014 NIH HPV license?",F,[["$50,000"]],
  ["The first benchmark payment of $50,000 will be due upon the commencement of the Company’s first sponsored Phase 1 clinical trial."],["amount"])
a("By how much did Kite's quarterly CRADA payments to the NCI increase after the 2015 amendment?",F,[["from $250,000 to $750,000"]],
  ["To support the additional research activities under the amended CRADA, beginning in the first quarter of 2015, the Company’s quarterly payments to the NCI increased from $250,000 to $750,000.Total expenses recognized under the CRADA were $3.0 million, $2.7 million and $1.0 million for the years ended December 31, 2016, December 31, 2015 and 2014, respectively."],["amount"])
a("How much funding did the Leukemia & Lymphoma Society commit to Kite's KTE-C19 trial?",F,[["up to $2.5 million"]],
  ["Under the agreement, LLS agreed to contribute up to $2.5 million through its Therapy Acceleration Program to help fund the Company’s Phase 1-2 clinical trial of KTE-C19."],["amount"])
a("Kite revenue recognized from Amgen in 2016, and deferred revenue at year end?",F,[["$20.0 million"],["$34.8 million"]],
  ["During the years ended December 31, 2016 and 2015, the Company recognized $20.0 million and $17.1 million of revenue under the Amgen Agreement, respectively. As of December 31, 2016, the Company had deferred revenue relating to the Amgen Agreement of $34.8 million, of which $3.7 million relates to Kite programs that would be paid back to Amgen in the event that the Kite programs progress to an IND filing."],["amount"])
a("When did Kite sign with Cell Design Labs, and for which disease are its exclusive rights?",F,[["June 1, 2016"],["acute myeloid leukemia"]],
  ["On June 1, 2016, the Company entered into a Research Collaboration and License Agreement with Cell Design Labs for the development of next generation CAR-based product candidates that incorporate Cell Design Labs' molecular “on/off switch” technology.","The Company has exclusive worldwide rights to develop and commercialize CAR-based product candidates containing Cell Design Labs’ “on/off switches” directed to certain targets that are associated with acute myeloid leukemia."],["date","name"])
u("What upfront payment did Daiichi Sankyo make to Kite under their collaboration?","Daiichi Sankyo is only named in the list of collaborators; its terms are in Note 13, which is not part of the excerpt.",["amount"])
u("What upfront and milestone payments did Kite agree to pay Cell Design Labs?","The Cell Design Labs section describes rights and refers to Note 10 for details; no payment amounts are stated.",["amount"])
u("How large are the milestone payments Kite may owe the Leukemia & Lymphoma Society?","The LLS section says certain regulatory and commercial milestone payments will be made to LLS but gives no amount.",["amount"])

# ---------- 07 Lisata ----------
a("Cash price per share in Kuva's tender offer for Lisata Therapeutics?",G,[["$4.00 per Common Share"]],
  ["This Schedule 14D-9 relates to the tender offer by Kuva Acquisition Corp., a Delaware corporation (“Purchaser”) and a direct wholly-owned subsidiary of Kuva Labs Inc., a Delaware corporation (“Parent” or “Kuva”), to acquire any and all of the issued and outstanding shares of common stock (each, a “Common Share” and collectively, the “Common Shares”) in exchange for (i) $4.00 per Common Share, net to the seller in cash, without interest (the “Closing Amount”) plus (ii) one (1) non-tradeable contingent value right (each, a “CVR”), which represents the contractual right to receive one (1) contingent cash payment equal to $1.25 per CVR upon the achievement of the First Milestone (as defined below) and one (1) contingent cash payment equal to $1.75 per CVR upon the achievement of the Second Milestone (as defined below), in each case, in accordance with the terms and subject to the conditions of a contingent value rights agreement (the “CVR Agreement”) to be entered into with a rights agent selected by Parent and reasonably acceptable to the Company (the “Rights Agent”) at the time provided for in the CVR Agreement, net to the seller in cash, without interest (the Closing Amount plus one (1) CVR, collectively or any higher amount per Common Share paid pursuant to the Offer, the “Offer Price”) and less any applicable tax withholdings, upon the terms and subject to the conditions set forth in the Offer to Purchase, dated June 10, 2026 (as amended or supplemented from time to time, the “Offer to Purchase”), and in the related Letter of Transmittal (which, together with the Offer to Purchase, as each may be amended or supplemented from time to time, constitute the “Offer”)."],["amount"])
a("Under the Lisata–Kuva merger agreement, what are the two CVR milestone payments?",G,[["$1.25 per CVR"],["$1.75 per CVR"]],
  ["The First Milestone Payment is an amount equal to $1.25 per CVR in cash, without interest, due and payable on the later of December 15, 2026 and the date that is forty-five (45) days following the achievement of the First Milestone if the First Milestone is achieved before the termination of the CVR Agreement. The Second Milestone Payment is an amount equal to $1.75 per CVR in cash, without interest, due and payable on the date that is forty-five (45) days following the achievement of the Second Milestone if the Second Milestone is achieved before the termination of the CVR Agreement."],["amount"])
a("Which trial's enrollment triggers the first Lisata CVR milestone?",G,[["LSTA1-GBM-2A"],["Glioblastoma Multiforme"]],
  ["The CVR represents a non-tradable contractual contingent right to receive one (1) contingent cash payment (the “First Milestone Payment”) upon the achievement of, with respect to a Phase 2a, double-blind, placebo-controlled, randomized, proof-of-concept study evaluating LSTA1 when added to standard of care (temozolomide) versus temozolomide and matching LSTA1 placebo in subjects with newly diagnosed Glioblastoma Multiforme (GBM) (Protocol Number: LSTA1-GBM-2A), (i) completion of enrollment of such trial, (ii) the enrollment of at least 90% of the target number of subjects of such trial or (iii) the termination of such trial by its sponsor for any reason (with the term “enrollment” meaning the process of registering qualified participants into such trial after confirming eligibility and obtaining informed consent, marking the point at which the participant becomes a subject of such trial) (the “First Milestone”), which shall be due and payable on the later of December 15, 2026 and the date that is forty-five (45) days following the achievement of the First Milestone, and one (1) contingent cash payment (the “Second Milestone Payment” and, collectively with the First Milestone Payment, the “Milestone Payments”) upon the achievement of the milestone related to the filing or formal acceptance for review by any Governmental Body (as defined in the Merger Agreement) of any (i) New Drug Application submitted to the FDA in the U.S. in accordance with the FDCA requesting approval to market or commercialize any pharmaceutical product that contains or incorporates the product candidate referred to as certepetide (formerly LSTA1 or CEND-1), alone or in combination with one or more other therapeutically active ingredients, including all formulations, dosages, or modes of delivery thereof (the “CVR Product”) for any indication or patient population, or (ii) analogous application or submission to any other applicable Governmental Body requesting approval to market or commercialize the CVR Product for any indication or patient population (the “Second Milestone” and, collectively with the First Milestone, the “Milestones”), which shall be due and payable on the date that is forty-five (45) days following the achievement of the Second Milestone, in each case, prior to the earliest of (a) the mailing by the Rights Agent to the address or the payment of the Rights Agent to each holder of the Milestone Payment, (b) 11:59 p.m. New York City Time on the seventh (7th) anniversary of the Closing Date (as defined below), and (c) termination of the CVR Agreement."],["identifier","definition"])
a("Date of the original Lisata–Kuva merger agreement",G,[["March 6, 2026"]],
  ["The Offer is being made pursuant to an Agreement and Plan of Merger, dated as of March 6, 2026 (the “Original Merger Agreement,” as amended by that certain Amendment and Waiver to Agreement and Plan of Merger, dated as of May 3, 2026, by and among the Company, Purchaser and Parent (the “First Merger Agreement Amendment”), that certain Amendment to Agreement and Plan of Merger, dated as of May 29, 2026, by and among the Company, Purchaser and Parent (the “Second Merger Agreement Amendment”), that certain Amendment and Waiver to Agreement and Plan of Merger, dated as of June 8, 2026, by and among the Company, Purchaser and Parent (the “Third Merger Agreement Amendment”) and as it may be further amended from time to time, the “Merger Agreement”), among the Company, Purchaser and Parent, pursuant to which, unless otherwise agreed by the Company, Parent and Purchaser, as soon as practicable following consummation of the Offer, but in no event later than the first (1st) business day after the satisfaction or waiver of the conditions of the Merger set forth in the Merger Agreement, or at such other place or on such other date as Parent and the Company may mutually agree (such date, the “Closing Date”), and subject to the satisfaction or waiver of such conditions, Purchaser will merge with and into the Company (the “Merger”) and the separate corporate existence of Purchaser will cease and the Company will continue as the surviving corporation (the “Surviving Corporation”), upon the terms and subject to the conditions set forth in the Merger Agreement."],["date"])
a("When does the Kuva offer for Lisata initially expire?",G,[["July 10, 2026"]],
  ["The Offer will initially expire at one (1) minute after 11:59 p.m. (New York City time) on July 10, 2026 (the “Expiration Date”)."],["date"])
a("What extension fee would Kuva pay Lisata to push the outside date to August 17, 2026?",G,[["$1,500,000"]],
  ["However, in no event will Purchaser be required to, and the Purchaser will not, under any circumstances, without the prior consent of the Company, extend the Offer and the then scheduled Expiration Date to a date later than the earlier to occur of (A) the valid termination of the Merger Agreement in accordance with its terms, and (B) July 17, 2026 (subject to extension to August 17, 2026 if the Acceptance Time (as defined in the Merger Agreement) has not occurred by July 17, 2026, and Parent elects to pay to the Company at or before one minute after 11:59 p.m. Eastern Time on July 17, 2026, by wire transfer of immediately available funds to an account designated in writing by the Company, an extension fee of $1,500,000)."],["amount"])
a("How many Lisata common shares were outstanding as of June 8, 2026?",G,[["9,101,943"]],
  ["As of June 8, 2026, there were (a) 9,101,943 shares of Common Shares issued and outstanding, (b) 10,000 shares of Series B Convertible Redeemable Preferred Stock, par value $0.01 per share, issued and outstanding, (c) 1,244,545 shares subject to issuance pursuant to outstanding Company Stock Options, (d) 286,740 shares that are Company Restricted Stock and (e) 476,862 shares subject to issuance pursuant to outstanding Company RSUs."],["count"])
a("What do Lisata's Series B preferred shares receive in the merger?",G,[["$0.0005"]],
  ["(other than Excluded Shares) will be converted into the right to receive $0.0005 (the “Preferred Merger Consideration” and, together with the Common Merger Consideration, as applicable, the “Merger Consideration”)."],["amount"])
a("What CVR structure did the January 2026 binding term sheet between Lisata and Kuva originally contemplate?",G,
  [["January 21, 2026"],["two (2) non-tradeable contingent value rights"],["$1.00 per Common Share"]],
  ["In addition to the consideration of $4.00 per Common Share, each Common Share tendered in the tender offer or exchanged in the Merger will also be entitled to receive two (2) non-tradeable contingent value rights (CVRs), payable as follows: (1) $1.00 per Common Share within twelve (12) months of the date on which rights to certepetide in the Greater China region revert to the Company; and (2) $1.00 per Common Share upon filing of any New Drug Application or similar registration document for approval to commercialize certepetide in any indication in any jurisdiction.",
   "On January 21, 2026, the Company entered into a binding term sheet (the “Term Sheet”) with Parent, pursuant to which Parent and the Company agreed to negotiate in good faith and enter into a customary purchase agreement to consummate a negotiated acquisition of the Company by Parent (the “Purchase Agreement”) whereby Parent will commence a tender offer to purchase, on a fully-diluted basis, all of the Common Shares at a price of $4.00 per Common Share in cash and complete a short-form merger with the Company under Section 251(h) of the Delaware General Corporation Law following the completion of the tender offer."],["date","amount"])
a("What level of effort must Kuva use toward each Lisata CVR milestone?",G,[["best efforts to achieve the First Milestone"],["Commercially Reasonable Efforts (as defined below) to achieve the Second Milestone"]],
  ["Under the terms of the CVR Agreement, Parent will, and will cause its subsidiaries, including the Surviving Corporation, to use its best efforts to achieve the First Milestone and Commercially Reasonable Efforts (as defined below) to achieve the Second Milestone, in each case, prior to the termination of the CVR Agreement in accordance with its terms, which terminates upon the earliest to occur of (i) the mailing by the Rights Agent to the address or the payment of the Rights Agent to each holder of the Milestone Payments, (ii) on the seventh (7th) anniversary of the Closing Date, and (iii) delivery of a joint written notice of termination duly executed by Parent and the Acting Holders (as defined below)."],["definition"])
a("What happens to Lisata stock options with an exercise price of $4.00 or more?",G,[["cancelled without any consideration being payable"]],
  ["Each Company Stock Option that has a per Common Share exercise price that equals or exceeds $4.00 per Common Share as of immediately prior to the Effective Time (an “Out-Of-The-Money Company Stock Option”) (or portion thereof) that is outstanding immediately prior to the Effective Time, shall be cancelled without any consideration being payable in respect thereof."],["definition"])
a("Former code names of certepetide",G,[["LSTA1 or CEND-1"]],
  ["product candidate referred to as certepetide (formerly LSTA1 or CEND-1)"],["name"])
a("Where is Kuva Labs headquartered?",G,[["1980 Post Oak Blvd, Suite 100, Houston, TX 77056"]],
  ["As set forth in the Schedule TO, the principal executive offices of Parent are located at 1980 Post Oak Blvd, Suite 100, Houston, TX 77056."],["place"])
a("Lisata/Kuva standstill: when signed and how long?",G,[["April 25, 2025"],["one (1) year"]],
  ["The Company and Parent entered into a Standstill Agreement, dated as of April 25, 2025, which contained, among other things, certain “standstill” provisions prohibiting Parent and certain of its affiliates from taking certain actions, including among other things, to solicit an alternative transaction, with respect to the Company and its securities for a period of one (1) year."],["date","duration"])
u("What is the amount of the Breakup Fee under the Lisata–Kuva term sheet?","The excerpt refers to 'the Breakup Fee' when describing termination rights but never states its amount.",["amount"])
u("Which investment bank delivered a fairness opinion to the Lisata board on the Kuva offer?","No fairness opinion or financial adviser is named in the excerpt.",["name"])
u("What is the total equity value of Kuva's acquisition of Lisata?","Per-share cash and CVR amounts and share counts are given, but no aggregate deal or equity value is stated.",["amount"])

# ---------- 08 J&J ----------
a("What is J&J paying per share for Intra-Cellular Therapies, and the total equity value?",H,[["$132.00 per share"],["approximately $14.6 billion"]],
  ["Subsequent to the fiscal year end 2024, the Company announced it has entered into a definitive agreement to acquire Intra-Cellular Therapies, Inc. (Nasdaq: ITCI), a biopharmaceutical company focused on the development and commercialization of therapeutics for central nervous system (CNS) disorders, for $132.00 per share in cash for a total equity value of approximately $14.6 billion."],["amount"])
a("Shockwave acquisition price per share and completion date",H,[["$335.00 per share"],["May 31, 2024"]],
  ["On May 31, 2024, the Company completed the acquisition of Shockwave Medical Inc. (SWAV)(Shockwave), a leading, first-to-market provider of innovative intravascular lithotripsy (IVL) technology for the treatment of calcified coronary artery disease (CAD) and peripheral artery disease (PAD) in an all-cash merger transaction.","The Company acquired all the outstanding shares of Shockwave’s common stock for $335.00 per share through a merger of Shockwave with a subsidiary of the Company."],["amount","date"])
a("Total enterprise value J&J reported for Shockwave?",H,[["$13.1"]],["Total enterprise value as of June 30, 2024 | $13.1"],["amount"])
a("How much did Johnson & Johnson pay for Ambrx?",H,[["$28.00 per share"],["approximately $2.0 billion"]],
  ["On March 7, 2024, the Company completed the acquisition of Ambrx Biopharma, Inc., (Ambrx), a clinical-stage biopharmaceutical company with a proprietary synthetic biology technology platform to design and develop next-generation antibody drug conjugates (ADCs), in an all-cash merger transaction for a total equity value of approximately $2.0 billion, or $1.8 billion net of cash acquired.","The Company acquired all of the outstanding shares of Ambrx’s common stock for $28.00 per share through a merger of Ambrx with a subsidiary of the Company."],["amount"])
a("Proteologix deal: closing date and price?",H,[["June 20, 2024"],["approximately $0.8 billion net of cash acquired"]],
  ["On June 20, 2024, the Company completed the acquisition of Proteologix, Inc., a privately held biotechnology company focused on bispecific antibodies for immune-mediated diseases, for approximately $0.8 billion net of cash acquired, with potential for an additional milestone payment."],["date","amount"])
a("Abiomed: upfront per share and maximum CVR?",H,[["$380.00 per share"],["up to $35.00 per share"]],
  ["The consideration paid in the acquisition consisted of an upfront payment of $380.00 per share in cash, amounting to $17.1 billion, net of cash acquired, as well as a non-tradeable contingent value right (“CVR”) entitling the holder to receive up to $35.00 per share in cash (which with respect to the CVRs total approximately $1.6 billion in the aggregate) if certain commercial and clinical milestones are achieved."],["amount"])
a("What net sales threshold triggers the $17.50 Abiomed CVR milestone?",H,[["$3.7 billion"]],
  ["a.$17.50 per share, payable if net sales for Abiomed products exceeds $3.7 billion during Johnson & Johnson’s fiscal second quarter of 2027 through fiscal first quarter of 2028, or if this threshold is not met during this period and is subsequently met during any rolling four quarter period up to the end of Johnson & Johnson’s fiscal first quarter of 2029, $8.75 per share;"],["amount"])
a("V-Wave: upfront and potential milestones?",H,[["$0.6 billion"],["approximately $1.1 billion"]],
  ["On October 8, 2024, the Company completed the acquisition of V-Wave Ltd, a privately-held company focused on developing innovative treatment options for patients with heart failure, for an upfront payment of $0.6 billion, with the potential for additional regulatory and commercial milestone payments up to approximately $1.1 billion."],["amount"])
a("From whom did J&J acquire the global rights to NM26, for how much, and for which disease?",H,[["Yellow Jersey"],["Numab Therapeutics AG"],["approximately $1.25 billion"],["atopic dermatitis"]],
  ["On July 11, 2024, the Company completed the acquisition of Yellow Jersey, a demerged subsidiary of Numab Therapeutics AG, to secure the global rights to NM26, a novel, investigational first-in-class bispecific antibody targeting two clinically proven pathways in atopic dermatitis (AD), in an all-cash transaction for approximately $1.25 billion."],["name","amount"])
a("Discount rate J&J applied when valuing Ambrx IPR&D",H,[["approximately 17%"]],
  ["The discount rate applied was approximately 17%."],["percentage"])
a("Which businesses did J&J divest in fiscal 2024 and for what proceeds?",H,[["Acclarent"],["approximately $0.3 billion"],["Ponvory"],["approximately $0.2 billion"]],
  ["During the fiscal year 2024, the Company completed the divestiture of Acclarent resulting in approximately $0.3 billion in proceeds and the divestiture of Ponvory outside of the U.S. resulting in approximately $0.2 billion in proceeds."],["list","amount"])
u("When did J&J close the Intra-Cellular Therapies acquisition?","The 10-K note only says closing is expected later in the year subject to approvals; no closing date is given.",["date"])
u("How large is the additional milestone payment J&J may pay for Proteologix?","The note mentions 'potential for an additional milestone payment' and a $0.1 billion contingent consideration liability, but not the milestone amount.",["amount"])
u("What royalty rate does J&J owe Numab on NM26 sales?","The Yellow Jersey/NM26 paragraph describes an all-cash transaction of approximately $1.25 billion and mentions no royalties.",["percentage"])

# ---------- 09 AEON ----------
a("Which territories does AEON's Daewoong license cover for ABP-450?",I,
  [["the United States"],["the European Union"],["the United Kingdom"],["Canada"],["Australia"],["Russia"],["the Commonwealth of Independent States"],["South Africa"]],
  ["On December 20, 2019, the Predecessor entered the Daewoong Agreement, pursuant to which Daewoong agreed to manufacture and supply ABP-450 and grant the Company an exclusive license for therapeutic indications to import, distribute, promote, market, develop, offer for sale and otherwise commercialize and exploit ABP-450 in the United States, the European Union, the United Kingdom, Canada, Australia, Russia, the Commonwealth of Independent States and South Africa (collectively the “covered territories”)."],["place","list"])
a("Does AEON owe Daewoong milestones or royalties on ABP-450?",I,[["no milestone or royalty payments"]],
  ["Daewoong supplies the Company with ABP-450 at an agreed-upon transfer price, with no milestone or royalty payments and no minimum purchase requirements."],["yes-no"])
a("What is the initial term of the AEON–Daewoong agreement?",I,[["December 20, 2029"],["fifth anniversary of approval"],["three-year terms"]],
  ["The initial term of the Daewoong Agreement is from December 20, 2019 to the later of (i) the fifth anniversary of approval from the relevant governmental authority necessary to market and sell ABP-450 or (ii) December 20, 2029, and automatically renews for unlimited additional three-year terms, provided the Daewoong Agreement is not earlier terminated."],["date","duration"])
a("AEON Biopharma cash at September 30, 2023 and how long it would last?",I,[["$16.2 million"],["mid-December 2023"]],
  ["As of September 30, 2023, we had $16.2 million in cash.","As of the date of this Report, we have sufficient cash to fund our operating plan through mid-December 2023."],["amount","date"])
a("AEON accumulated deficit as of Q3 2023?",I,[["$423.1 million"]],
  ["We have never been profitable from operations and, as of September 30, 2023, we had an accumulated deficit of $423.1 million."],["amount"])
a("When did the Priveterra–AEON merger close?",I,[["July 21, 2023"]],
  ["On July 21, 2023, the parties consummated the transactions contemplated by the Business Combination Agreement (collectively referred to as the “Merger”)."],["date"])
a("What is Odeon suing AEON for?",I,[["deferred underwriting fee of $1.25 million","$1.25 million"]],
  ["On September 18, 2023, Odeon Capital Group LLC (“Odeon”) filed a lawsuit against the Company in the Supreme Court of the State of New York, alleging that the Company failed to pay Odeon’s deferred underwriting fee of $1.25 million."],["amount","name"])
a("Did ABP-450 meet its primary endpoint in the Phase 2 episodic migraine trial?",I,[["did not meet its primary endpoint"],["October 19, 2023"]],
  ["On October 19, 2023, we announced topline results from our Phase 2 clinical trial of ABP-450 for the preventive treatment of episodic migraine. The Phase 2 clinical trial for episodic migraine did not meet its primary endpoint, though it did show statistical significance on multiple secondary and exploratory endpoints, including the percentage of patients achieving a reduction from baseline of at least 50% in monthly migraine days and 75% in monthly migraine days during the weeks 21 to 24 of the treatment period and improvements on certain patient and rating scales."],["yes-no","date"])
a("ABP-450 botulinum toxin complex size",I,[["900 kDa"]],
  ["ABP-450 has the same 900 kDa complex size as Botox."],["amount"])
a("How many AEON Class A shares were outstanding as of November 8, 2023?",I,[["37,159,600"]],
  ["As of November 8, 2023, there were 37,159,600 of the registrant’s shares of Class A common stock, $0.0001 par value per share, outstanding."],["count"])
a("How big is the therapeutic botulinum toxin market AEON targets?",I,[["$3.0 billion"],["$4.4 billion in 2027"]],
  ["We plan to develop ABP-450 to address the estimated $3.0 billion global therapeutic botulinum toxin market, which is projected to grow to $4.4 billion in 20271."],["amount"])
u("What transfer price per vial does AEON pay Daewoong for ABP-450?","The 10-Q says ABP-450 is supplied 'at an agreed-upon transfer price' but does not disclose it.",["amount"])
u("When will AEON start its Phase 3 cervical dystonia trial?","The 10-Q says the Phase 3 start depends on the availability of capital resources; no date is given.",["date"])
u("What did AEON's chronic migraine Phase 2 topline data show?","The 10-Q says chronic migraine topline data are planned for the second half of 2024; no results are reported.",["endpoint"])

# ---------- 10 MFDS guideline ----------
a("Document number and endorsement date of the English version of the MFDS EV therapy product guideline",J,[["Guidance-0917-03"],["Sep. 24, 2024"]],
  ["|Guidance-0917-03|Sep. 24, 2024|English version publication|"],["identifier","date"])
a("When was the Korean EV therapy guideline first published (in Korean)?",J,[["Dec. 21, 2018"]],
  ["|Guidance-0917-01|Dec. 21, 2018|Original publication(Korean)|"],["date"])
a("How does the MFDS guideline define EV therapy products?",J,[["pharmaceutical products manufactured using EVs produced by living cells through a series of steps for their isolation and purification"]],
  ["EVs are lipid bilayer-delimited particles released by cells, and EV therapy products are defined as pharmaceutical products manufactured using EVs produced by living cells through a series of steps for their isolation and purification."],["definition"])
a("In Korea, are extracellular vesicle therapy products regulated as cell therapy products?",J,[["not classified as cell therapy products"],["regulated as a type of biological products"]],
  ["Although Ev therapy products are expected to exert pharmacological activity similar to that achieved by cell therapy products, they are not classified as cell therapy products because EV therapy products do not contain living cells.","Therefore, they are regulated as a type of biological products specified by the Minister of Food and Drug Safety."],["yes-no","definition"])
a("Which EV isolation and purification methods does the MFDS guideline mention?",J,[["ultrafiltration"],["ultracentrifugation"],["precipitation"],["chromatography"]],
  ["For isolation and purification of EVs, methods such as ultrafiltration, ultracentrifugation, precipitation, or chromatography may be employed, or two or more of these techniques may be paired for use."],["list"])
a("Techniques for counting EVs per the Korean guidance",J,[["nanoparticle tracking analysis (NTA)"],["resistive pulse sensing (RPs)"],["flow cytometry"]],
  ["EVs can be enumerated, along with the measurement of their size distribution, using single particle analysis techniques, such as nanoparticle tracking analysis (NTA), resistive pulse sensing (RPs), and flow cytometry."],["list"])
a("Which compendial endotoxin assays can be used for EV therapy products?",J,[["gel-clot"],["turbidimetric"],["chromogenic"]],
  ["Test specifications should be established considering drug substances and/or the mode and duration of administration of the drug product, body weight, etc., and one of the compendial assays listed in the Korea Pharmacopoeia, which are gel-clot, turbidimetric, and chromogenic methods, should be selected and used."],["list"])
a("Are tumorigenicity/carcinogenicity studies required for EV therapy products under the MFDS guideline?",J,[["not generally required"]],
  ["As EVs do not contain (stem) cells, tumorigenicity/carcinogenicity studies are not generally required."],["yes-no"])
a("What potency test does the MFDS guideline give as an example for immunosuppressive EVs?",J,[["T-cell proliferation assay"]],
  ["For example, when the EVs are intended to mediate immunosuppression. in vivo, T-cell proliferation assay may be selected as a potency test for. the ex vivo assessment of the immunomodulatory characteristics of the. EVs."],["name"])
a("Which MFDS division should be contacted about the EV guideline?",J,[["Cell and Gene Therapy Products Division"],["+82-43-719-3539/3547"]],
  ["Cell and Gene Therapy Products Division. National Institute of Food and Drug Safety Evaluation (NIFDS)","Tel : +82-43-719-3539/3547"],["name","identifier"])
a("Stability testing of EV therapy products must follow which regulation?",J,[["Regulation on Stability Test of Pharmaceuticals"]],
  ["For the quality assessment of EV therapy products under defined storage conditions (temperature, duration), stability testing should be conducted in accordance with Regulation on Stability Test of Pharmaceuticals (MFDS Notification)."],["name"])
u("What minimum number of EVs per dose does the MFDS guideline require as a release specification?","The guideline discusses EV counting methods but sets no numeric EV count specification.",["count"])
u("What endotoxin limit (EU/mL) does the Korean EV guidance set?","It names the compendial assays but does not state any endotoxin limit.",["amount"])
u("According to the MFDS EV guidance, how long do lipophilic tracking dyes persist in vivo?","The ADME section excerpt mentions tracking EVs with staining dyes but the paragraph on dye half-lives is not part of the excerpt.",["duration"])

# ---------- cross-document ----------
a("Compare the adult DLBCL dose range for Kymriah in the EU SmPC and in the Japanese PMDA review.",[A,B],
  [["0.6 to 6 × 108"],["0.6 × 108 to 6.0 × 108"]],
  ["- The dose is within a range of 0.6 to 6 × 108 CAR-positive viable T cells (non-weight based).","The usual adult dosage is 0.6 × 108 to 6.0 × 108 (irrespective of body weight) of CAR-positive viable T cells administered as a single intravenous dose."],["dose","cross-document"])
a("Do the EU SmPC and the PMDA review specify the same fludarabine regimen for B-cell ALL lymphodepletion before Kymriah?",[A,B],
  [["Fludarabine (30 mg/m2 intravenous daily for 4 days)"],["fludarabine phosphate at 30 mg/m2 is infused intravenously once daily for 4 days"]],
  ["- Fludarabine (30 mg/m2 intravenous daily for 4 days) and cyclophosphamide (500 mg/m2 intravenous daily for 2 days starting with the first dose of fludarabine).","1) Cyclophosphamide hydrate at 500 mg/m2 is infused intravenously once daily for 2 days and fludarabine phosphate at 30 mg/m2 is infused intravenously once daily for 4 days."],["dose","yes-no","cross-document"])
a("Was the median weight-adjusted tisagenlecleucel dose in ELIANA within the EU-labelled range for ALL patients of 50 kg or less?",[D,A],
  [["3.1×106 transduced viable T cells per kilogram"],["0.2 to 5 × 106 CAR-positive viable T cells per kg body weight"]],
  ["Patients received a median weight-adjusted dose of 3.1×106 transduced viable T cells per kilogram of body weight (range, 0.2×106 to 5.4×106 cells per kilogram); the median total dose of transduced viable T cells was 1.0×108 (range, 0.03×108 to 2.6×108 cells) (Table S2 in the Supplementary Appendix).","- For patients 50 kg and below: The dose is within a range of 0.2 to 5 × 106 CAR-positive viable T cells per kg body weight."],["dose","yes-no","cross-document"])
a("Which company made the CAR-T product FDA approved on October 18, 2017 for large B-cell lymphoma, and what upfront did that company get from Amgen?",[C,F],
  [["Kite Pharma, Inc."],["$60.0 million"]],
  ["On October 18, 2017, axicabtagene ciloeucel (YESCARTA), an CD19-directed, genetically-modified, autologous T cell immunotherapy produced by Kite Pharma, Inc., was approved by the FDA for treatment of adult patients with relapsed or refractory large B-cell lymphoma after two or more lines of systemic therapy including diffuse large B-cell lymphoma (DLBCL) not otherwise specified, primary mediastinal large B-cell lymphoma, high grade B-cell lymphoma, and DLBCL arising from follicular lymphoma.","The Company received an upfront payment of $60.0 million from Amgen in February 2015 as partial consideration for the rights granted to Amgen by the Company for access to the Company platform technology and the Company undertaking preclinical development under certain programs."],["name","amount","cross-document"])
a("How did cytokine release syndrome incidence compare between pediatric ALL patients in ELIANA and adult DLBCL patients in study C2201?",[D,C],
  [["77%"],["74%"]],
  ["The cytokine release syndrome occurred in 77% of patients, 48% of whom received tocilizumab.","Seventy eight of 106 (74%) subjects treated with KYMRIAH experienced CRS, and 23 of 78 (29%) of the subjects had CRS of Grade 3 or higher."],["percentage","cross-document"])
a("When was Kymriah first approved in the US, and when did Novartis apply for approval in Japan?",[C,B],
  [["August 30, 2017"],["April 23, 2018"]],
  ["KYMRIAH was initially approved on August 30, 2017 for the treatment of patients up to 25 years of age with B-cell precursor acute lymphoblastic leukemia (ALL).","Date of Application: April 23, 2018 (Application for marketing approval)"],["date","cross-document"])
a("Tocilizumab availability: what does the EU SmPC require per patient versus what the US KYMRIAH REMS requires per site?",[A,C],
  [["at least one dose of tocilizumab"],["a minimum of two doses of tocilizumab"]],
  ["In the event of cytokine release syndrome (CRS), at least one dose of tocilizumab and emergency equipment must be available per patient prior to infusion.","• Sites have a minimum of two doses of tocilizumab available on site"],["count","cross-document"])
a("Efficacy populations of Kymriah's two pivotal studies: how many patients in ELIANA's updated analysis versus FDA's C2201 evaluable set?",[D,C],
  [["75 patients"],["68 evaluable patients"]],
  ["In this updated analysis involving 75 patients who received a tisagenlecleucel infusion and had at least 3 months of follow-up, the overall remission rate was 81% (95% CI, 71 to 89); 45 patients (60%) had complete remission, and 16 (21%) had complete remission with incomplete hematologic recovery.","Consequently, the efficacy analysis was based on the results in a cohort of 68 evaluable patients."],["count","cross-document"])
a("Both the Lisata buyout and J&J's Abiomed deal were tender offers with CVRs. What cash per share did each pay?",[G,H],
  [["$4.00"],["$380.00 per share"]],
  ["Parent, Purchaser and the Company are party to the Merger Agreement, pursuant to which Parent, through Purchaser, will commence the Offer to acquire all of the Common Shares at a price per Common Share of $4.00 in cash plus one (1) CVR, which represents the contractual right to receive a contingent cash payment of $1.25 per CVR upon the achievement of the First Milestone and a contingent cash payment equal to $1.75 per CVR upon the achievement of the Second Milestone, in each case, in accordance with the terms and subject to the conditions of the CVR Agreement, without interest, less any applicable tax withholding.","The acquisition was completed through a tender offer for all outstanding shares. The consideration paid in the acquisition consisted of an upfront payment of $380.00 per share in cash, amounting to $17.1 billion, net of cash acquired, as well as a non-tradeable contingent value right (“CVR”) entitling the holder to receive up to $35.00 per share in cash (which with respect to the CVRs total approximately $1.6 billion in the aggregate) if certain commercial and clinical milestones are achieved."],["amount","cross-document"])
a("Maximum CVR value per share: Lisata (Kuva) versus Abiomed (J&J)?",[G,H],
  [["$1.25 per CVR"],["$1.75 per CVR"],["up to $35.00 per share"]],
  ["The First Milestone Payment is an amount equal to $1.25 per CVR in cash, without interest, due and payable on the later of December 15, 2026 and the date that is forty-five (45) days following the achievement of the First Milestone if the First Milestone is achieved before the termination of the CVR Agreement. The Second Milestone Payment is an amount equal to $1.75 per CVR in cash, without interest, due and payable on the date that is forty-five (45) days following the achievement of the Second Milestone if the Second Milestone is achieved before the termination of the CVR Agreement.","The consideration paid in the acquisition consisted of an upfront payment of $380.00 per share in cash, amounting to $17.1 billion, net of cash acquired, as well as a non-tradeable contingent value right (“CVR”) entitling the holder to receive up to $35.00 per share in cash (which with respect to the CVRs total approximately $1.6 billion in the aggregate) if certain commercial and clinical milestones are achieved."],["amount","cross-document"])
a("Royalty comparison: what royalty does Kite pay Cabaret on licensed CAR products, and what royalty does AEON pay Daewoong on ABP-450?",[F,I],
  [["mid-single digits"],["no milestone or royalty payments"]],
  ["The Company has also agreed to pay Cabaret royalties on net sales of Cabaret Licensed Products at rates in the mid-single digits.","Daewoong supplies the Company with ABP-450 at an agreed-upon transfer price, with no milestone or royalty payments and no minimum purchase requirements."],["percentage","cross-document"])
u("What overall response rate did Kymriah achieve in relapsed or refractory follicular lymphoma?","FL appears only as an EU indication (with FL dosing and CRS timing); no document reports FL efficacy results.",["percentage","endpoint"])
u("What upfront payment did Novartis make to the University of Pennsylvania for the CTL019 (tisagenlecleucel) technology?","None of the documents describes the Novartis–Penn arrangement; Kymriah documents are regulatory and clinical only.",["amount"])
u("What was the list price of Kymriah at its US launch?","No document mentions Kymriah pricing in any market.",["amount"])

DROP=['Kymriah infusion rate', 'What is the median time to CRS onset after Kymriah in adult FL', 'Date of the PMDA Review Report', 'Which PMDA office reviewed', 'How many patients were in the evaluable efficacy set FDA used', 'Under the KYMRIAH REMS, how many doses', 'What overall remission rate did the ELIANA interim', 'Why did 17 enrolled ELIANA', 'Org study ID of NCT00003995', 'How often are treatment courses repeated', 'What royalty rates apply to Amgen program', 'First benchmark payment under Kite', 'Where is Kuva Labs headquartered', 'Former code names of certepetide', 'What happens to Lisata stock options', 'Discount rate J&J applied', 'Total enterprise value J&J reported', 'ABP-450 botulinum toxin complex size', 'How big is the therapeutic botulinum toxin market', 'When was the Korean EV therapy guideline first published', 'Stability testing of EV therapy products must follow']
Q=[q for q in Q if not any(q['question'].startswith(d) for d in DROP)]
assert len(DROP)==21
for i,q in enumerate(Q,1):
    q['id']=f"cn-{i:03d}"
order=["id","question","answerable","gold_sources","facts","gold_quotes","tags","note"]
with open('/work/blind19/canyon/questions.jsonl','w',encoding='utf-8') as f:
    for q in Q:
        f.write(json.dumps({k:q[k] for k in order},ensure_ascii=False)+'\n')
print(len(Q), sum(q['answerable'] for q in Q), sum(not q['answerable'] for q in Q), sum('cross-document' in q['tags'] for q in Q))
