import json
F={'crl':'01_fda_crl_inclisiran_nda214012.txt','epi':'02_ema_package_leaflet_leqvio_inclisiran.txt',
'o10':'03_ctgov_NCT03399370_orion10_record_excerpt.txt','o15':'04_ctgov_NCT04666298_orion15_results_excerpt.txt',
'pm':'05_pubmed_32187462_orion10_orion11_nejm_abstract.txt','o8':'06_abstract_orion8_long_term_inclisiran_pmid38753448.txt',
'pr13':'07_pressrelease_mdco_alnylam_aln-pcs_alliance_2013_sec_ex99.txt','lic':'08_sec_ex10-2_alnylam_mdco_license_collaboration_agreement_excerpt.txt',
'gen':'09_news_gen_mdco_alnylam_pcsk9_deal_2013.txt','nov':'10_pressrelease_novartis_to_acquire_medicines_company_2019.txt',
'bx':'11_news_alnylam_blackstone_inclisiran_royalty_financing_2020.txt','fda':'12_pressrelease_fda_approves_leqvio_2021.txt'}
Q=[]
def A(q,src,facts,quotes,tags,note=""):
    Q.append(dict(question=q,answerable=True,gold_sources=[F[s] for s in src],facts=facts,gold_quotes=quotes,tags=tags,note=note))
def U(q,note,tags):
    Q.append(dict(question=q,answerable=False,gold_sources=[],facts=[],gold_quotes=[],tags=tags,note=note))

# CRL
A("When did FDA receive Novartis's NDA 214012 for inclisiran?",['crl'],[["December 23, 2019"]],["December 23, 2019, and your amendments, submitted under section 505(b) of the Federal Food, Drug, and Cosmetic Act for inclisiran injection."],["date"])
A("What was the main deficiency FDA cited in the inclisiran complete response letter?",['crl'],[["objectionable conditions"],["manufacturing facility"]],["provided by manufacturing facility the FDA noted objectionable conditions."],["definition"])
A("Within how many business days will FDA convey the objectionable conditions to the facility representative, per the Leqvio CRL?",['crl'],[["10 business days"]],["conditions will be conveyed to the representative of the facility within 10 business days of this Complete Response Letter."],["duration"])
A("Who signed the inclisiran CRL and on what date?",['crl'],[["Ellis Unger","ELLIS F UNGER"],["12/18/2020"]],["ELLIS F UNGER\n12/18/2020 09:51:15 AM"],["name","date"])
A("Which FDA office issued the inclisiran complete response?",['crl'],[["Office of Cardiology, Hematology, Endocrinology"]],["Office of Cardiology, Hematology, Endocrinology, and\nNephrology"],["name"])
A("What date is the FDA correspondence that found the proprietary name Leqvio acceptable?",['crl'],[["September 1, 2020"]],["Please refer to correspondence dated September 1, 2020, which addresses the proposed proprietary name, Leqvio."],["date"])
A("How long does Novartis have to resubmit after the CRL before FDA may treat it as a withdrawal request?",['crl'],[["one year"]],["Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 314.110."],["duration"])
A("Which CFR section governs the safety update FDA asked for in the inclisiran CRL?",['crl'],[["21 CFR 314.50(d)(5)(vi)(b)"]],["21 CFR 314.50(d)(5)(vi)(b). The safety update should include data from all nonclinical and clinical studies/trials of the drug under consideration regardless of indication, dosage form, or dose level."],["identifier"])
A("Did FDA comment on the proposed labeling in the inclisiran CRL?",['crl'],[["reserve comment on the proposed labeling"]],["We reserve comment on the proposed labeling until the application is otherwise adequate."],["yes-no"])
A("CRL for NDA 214012 - who's the regulatory project manager to call?",['crl'],[["Kati Johnson"],["301-796-1234"]],["If you have any questions, call Kati Johnson, Senior Regulatory Project Manager, at\n301-796-1234."],["name"])
A("Under what section of the FD&C Act was the inclisiran NDA submitted?",['crl'],[["section 505(b)"]],["December 23, 2019, and your amendments, submitted under section 505(b) of the Federal Food, Drug, and Cosmetic Act for inclisiran injection."],["identifier"])
A("How must the cover letter of a resubmission for NDA 214012 be marked?",['crl'],[["RESUBMISSION"]],['clearly marked with "RESUBMISSION" in large font, bolded type at the beginning of the cover letter of the submission.'],["definition"])
# EPI
A("What is the recommended dose and schedule of Leqvio in the EU leaflet?",['epi'],[["284 mg"],["after 3 months"],["every 6 months"]],["The recommended dose of Leqvio is 284 mg given by injection under the skin (subcutaneous injection). The next dose is given after 3 months, followed by further doses every 6 months."],["dose"])
A("Leqvio EU marketing authorisation number?",['epi'],[["EU/1/20/1494/001"]],["Marketing authorisation number (composition identifier): EU/1/20/1494/001"],["identifier"])
A("How much inclisiran is in each Leqvio pre-filled syringe and in what volume?",['epi'],[["284 mg inclisiran"],["1.5 ml"]],["Each pre-filled syringe contains inclisiran sodium equivalent to 284 mg inclisiran in 1.5 ml solution."],["dose"])
A("What's the concentration of inclisiran per ml in Leqvio?",['epi'],[["189 mg inclisiran"]],["Each ml contains inclisiran sodium equivalent to 189 mg inclisiran."],["dose"])
A("Who is the EU marketing authorisation holder for Leqvio?",['epi'],[["Novartis Europharm Limited"]],["Marketing Authorisation Holder Novartis Europharm Limited Vista Building Elm Park, Merrion Road Dublin 4 Ireland"],["name"])
A("List the manufacturers named in the Leqvio package leaflet.",['epi'],[["Sandoz GmbH"],["Novartis Pharmaceutical Manufacturing GmbH"],["Novartis Pharma GmbH"]],["Manufacturer Sandoz GmbH Biochemiestrasse 6336 Langkampfen Austria","Novartis Pharmaceutical Manufacturing GmbH Biochemiestrasse 6336 Langkampfen Austria","Novartis Pharma GmbH Roonstrasse 90429 Nuremberg Germany"],["list","name"])
A("What common side effect is listed for Leqvio and how frequent is 'common'?",['epi'],[["Injection site reactions"],["up to 1 in 10 people"]],["Common (may affect up to 1 in 10 people)","- Injection site reactions, such as pain, redness or rash."],["endpoint"])
A("Any special storage conditions for Leqvio?",['epi'],[["does not require any special storage conditions"],["Do not freeze"]],["This medicine does not require any special storage conditions. Do not freeze."],["yes-no"])
A("Can Leqvio be given to adolescents under 18 in the EU?",['epi'],[["under 18 years of age"]],["Do not give this medicine to children and adolescents under 18 years of age, because there is no experience of using the medicine in this age group."],["yes-no"])
A("Which patient groups should talk to their doctor before Leqvio (warnings and precautions)?",['epi'],[["dialysis"],["severe liver disease"],["severe kidney disease"]],["- if you are receiving dialysis\n- if you have severe liver disease\n- if you have severe kidney disease"],["list"])
A("What are the excipients in Leqvio?",['epi'],[["water for injections"],["sodium hydroxide"],["concentrated phosphoric acid"]],["The other ingredients are water for injections, sodium hydroxide (see section 2 Leqvio contains sodium ) and concentrated phosphoric acid."],["list"])
A("Where on the body is Leqvio injected per the EU PIL?",['epi'],[["abdomen"],["upper arm or thigh"]],["Leqvio is for injection under the skin of the abdomen; alternative injection sites include the upper arm or thigh."],["place"])
A("What lipid conditions is Leqvio indicated for in the EU leaflet?",['epi'],[["primary hypercholesterolaemia"],["mixed dyslipidaemia"]],["What Leqvio is used for Leqvio is used in addition to your cholesterol-lowering diet if you are an adult with a high cholesterol level in your blood (primary hypercholesterolaemia, including heterozygous familial and non-familial, or mixed dyslipidaemia)."],["definition"])
A("How much sodium per dose does Leqvio contain?",['epi'],[["less than 1 mmol sodium (23 mg)"]],["This medicine contains less than 1 mmol sodium (23 mg) per dose, that is to say essentially sodium-free ."],["amount"])
# ORION-10 record
A("What was actual enrollment in ORION-10 (NCT03399370)?",['o10'],[["1,561","1561"]],["Enrollment (Actual): 1561"],["count"])
A("Sponsor protocol number for ORION-10?",['o10'],[["MDCO-PCS-17-04"]],["MDCO-PCS-17-04"],["identifier"])
A("Who sponsored ORION-10?",['o10'],[["The Medicines Company"]],["Sponsor: The Medicines Company"],["name"])
A("What LDL-C threshold was required for entry into ORION-10?",['o10'],[["≥1.8 millimole (mmol)/liter (L) (≥70 mg/dL)"]],["3. Serum LDL-C ≥1.8 millimole (mmol)/liter (L) (≥70 mg/dL)."],["endpoint"])
A("In which country was ORION-10 run?",['o10'],[["United States"]],["The study will be a multicenter study in the United States."],["place"])
A("What dose of inclisiran sodium does the ORION-10 official title specify?",['o10'],[["300 mg of Inclisiran Sodium"]],["A Placebo-Controlled, Double-Blind, Randomized Trial to Evaluate the Effect of 300 mg of Inclisiran Sodium Given as Subcutaneous Injections in Subjects With Atherosclerotic Cardiovascular Disease (ASCVD) and Elevated Low-Density Lipoprotein Cholesterol (LDL-C)"],["dose"])
A("How many statins must a statin-intolerant patient have failed to qualify for ORION-10?",['o10'],[["at least 2 different statins"]],["6. Participants not receiving statins must have documented evidence of intolerance to all doses of at least 2 different statins."],["count"])
A("ORION-10: was NYHA class IV heart failure an exclusion?",['o10'],[["New York Heart Association (NYHA) class IV heart failure"]],["1. New York Heart Association (NYHA) class IV heart failure."],["yes-no"])
# ORION-15
A("How many participants were enrolled in ORION-15?",['o15'],[["312"]],["Enrollment: 312"],["count"])
A("What doses were tested in the ORION-15 Japanese study?",['o15'],[["100 mg Inclisiran Sodium"],["200 mg Inclisiran Sodium"],["300 mg Inclisiran Sodium"]],["Arm/Group Title: Placebo | 100 mg Inclisiran Sodium | 200 mg Inclisiran Sodium | 300 mg Inclisiran Sodium"],["dose","list"])
A("In ORION-15, 300 mg inclisiran sodium is equivalent to how much inclisiran?",['o15'],[["284 mg inclisiran"]],["300 mg inclisiran sodium (equivalent to 284 mg inclisiran) subcutaneous injection"],["dose"])
A("When were ORION-15 results first posted on ClinicalTrials.gov?",['o15'],[["May 10, 2023"]],["Results First Posted : May 10, 2023"],["date"])
A("How many patients started and completed in the 300 mg arm of ORION-15?",['o15'],[["99"],["95"]],["Started: 57 | 55 | 101 | 99","Completed: 55 | 55 | 100 | 95"],["count"])
A("What phase is ORION-15 and what's Novartis's study code?",['o15'],[["Phase 2"],["CKJX839A11201"]],["Status and phase: Completed; Phase 2","Identifiers: NCT04666298; CKJX839A11201"],["identifier"])
A("When was the ORION-15 primary analysis done?",['o15'],[["Day 180"]],["The primary analysis was conducted after all participants had finished Day 180 visit assessments or discontinued before Day 180 visit."],["duration"])
A("On which days were ORION-15 injections given?",['o15'],[["Day 1"],["Day 90"],["Day 270"]],["Day 1 study drug administration, two additional injections on Day 90 and Day 270, and the follow-up period to Day 360."],["duration","list"])
A("What masking did ORION-15 use?",['o15'],[["Quadruple"]],["Masking: Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)"],["definition"])
A("How many deaths were recorded in the ORION-15 participant flow, and in which arm?",['o15'],[["Death: 1 | 0 | 0 | 0"]],["Death: 1 | 0 | 0 | 0"],["count"])
# PubMed
A("By how much did inclisiran cut LDL-C at day 510 in ORION-11?",['pm'],[["49.9%"]],["by 49.9% (95% CI, 46.6 to 53.1) in the ORION-11 trial"],["percentage","endpoint"])
A("ORION-10 placebo-corrected LDL-C reduction at day 510 and its 95% CI?",['pm'],[["52.3%"],["48.8 to 55.7"]],["At day 510, inclisiran reduced LDL cholesterol levels by 52.3% (95% confidence interval [CI], 48.8 to 55.7) in the ORION-10 trial"],["percentage","endpoint"])
A("What were the coprimary endpoints of ORION-10 and ORION-11?",['pm'],[["placebo-corrected percentage change in LDL cholesterol level from baseline to day 510"],["time-adjusted percentage change in LDL cholesterol level from baseline after day 90 and up to day 540"]],["The coprimary end points in each trial were the placebo-corrected percentage change in LDL cholesterol level from baseline to day 510 and the time-adjusted percentage change in LDL cholesterol level from baseline after day 90 and up to day 540."],["endpoint"])
A("How many patients were randomized in ORION-11?",['pm'],[["1617"]],["A total of 1561 and 1617 patients underwent randomization in the ORION-10 and ORION-11 trials, respectively."],["count"])
A("Injection-site AE rates inclisiran vs placebo in ORION-11?",['pm'],[["4.7% vs. 0.5%"]],["4.7% vs. 0.5% in the ORION-11 trial"],["percentage"])
A("Mean baseline LDL-C in ORION-10 (mg/dL)?",['pm'],[["104.7±38.3 mg per deciliter"]],["Mean (±SD) LDL cholesterol levels at baseline were 104.7±38.3 mg per deciliter (2.71±0.99 mmol per liter)"],["amount"])
A("Time-adjusted LDL-C reduction in ORION-11?",['pm'],[["49.2%"]],["with corresponding time-adjusted reductions of 53.8% (95% CI, 51.3 to 56.2) and 49.2% (95% CI, 46.8 to 51.6)"],["percentage","endpoint"])
A("Where and when was the ORION-10/ORION-11 paper published (journal citation, DOI)?",['pm'],[["N Engl J Med. 2020 Apr 16;382(16):1507-1519"],["10.1056/NEJMoa1912387"]],["N Engl J Med. 2020 Apr 16;382(16):1507-1519. doi: 10.1056/NEJMoa1912387. Epub 2020 Mar 18."],["date","identifier"])
A("Who is first author of the NEJM ORION-10/11 report?",['pm'],[["Kausik K Ray"]],["Authors: Kausik K Ray, R Scott Wright"],["name"])
# ORION-8
A("In ORION-8, what share of patients reached prespecified LDL-C goals?",['o8'],[["78.4%"]],["With inclisiran, 78.4% [95% confidence interval (CI): 76.8, 80.0] of patients achieved pre-specified LDL-C goals"],["percentage","endpoint"])
A("How many patients were in ORION-8 and how many were followed to end of study?",['o8'],[["3274"],["2446 (74.7%)"]],["Of 3274 patients, 2446 (74.7%) were followed until end-of-study."],["count"])
A("Maximum inclisiran exposure reported in the ORION-8 extension?",['o8'],[["6.8 years"]],["Mean cumulative exposure to inclisiran (including parent trials) was 3.7 years; maximum exposure was 6.8 years."],["duration"])
A("ADA incidence with inclisiran in ORION-8?",['o8'],[["5.5%"]],["Inclisiran-associated anti-drug antibodies were infrequent (5.5%) and had no impact on the efficacy or safety of inclisiran."],["percentage"])
A("What LDL-C goal did ORION-8 use for patients with ASCVD risk equivalent?",['o8'],[["< 2.6 mmol/L (< 100 mg/dL)"]],["ASCVD risk equivalent: < 2.6 mmol/L (< 100 mg/dL)"],["endpoint"])
# Deal 2013
A("Upfront payment Alnylam got from The Medicines Company for ALN-PCS?",['pr13'],[["$25 Million"]],["Alnylam to Receive $25 Million in Upfront Payment in Addition to Milestone Payments and Royalties on Product Sales"],["amount"])
A("What were the milestone payments and royalty terms of the 2013 MDCO–Alnylam PCSK9 deal?",['gen'],[["up to $180 million"],["scaled double-digit royalties"]],["The Medicines Company will pay Alnlyam $25 million cash up-front, and up to $180 million tied to undisclosed potential development and commercial milestones. Alnylam will also be eligible for scaled double-digit royalties on global products sales of ALN-PCS products."],["amount"])
A("Total potential value of the ALN-PCS deal to Alnylam?",['gen'],[["$205 million"]],["in a collaboration that could net Alnylam as much as $205 million."],["amount"])
A("Effective date of the Alnylam–MedCo License and Collaboration Agreement?",['lic'],[["February 3, 2013"]],['effective as of February 3, 2013 (the "Effective Date")'],["date"])
A("Which products are named in the recitals of the Alnylam/MedCo licence?",['lic'],[["ALN-PCS02"],["ALN-PCSsc"]],["including ALN-PCS02 and ALN-PCSsc (all as defined below);"],["list","name"])
A("Under which SEC rule were confidential portions of the Alnylam–MedCo agreement omitted?",['lic'],[["RULE 24b-2"]],["PURSUANT TO AN APPLICATION REQUESTING CONFIDENTIAL TREATMENT UNDER RULE 24b-2 OF THE SECURITIES EXCHANGE ACT OF 1934."],["identifier"])
A("In the 2013 deal, which party leads and funds ALN-PCS development from Phase II on?",['gen'],[["the Medicines Company leading and funding development from Phase II forward"]],["with the Medicines Company leading and funding development from Phase II forward and commercializing the ALN-PCS program if successful."],["name"])
A("At deal signing, what stage was ALN-PCSsc in, and how was ALN-PCS02 given?",['gen'],[["preclinical development"],["intravenous"]],["Alnylam's ALN-PCS program includes the intravenous RNAi therapeutic ALN-PCS02, which has completed a Phase I trial; and ALN-PCSsc, an injectable RNAi therapeutic now in preclinical development."],["definition"])
# Novartis acquisition
A("What did Novartis offer per share for The Medicines Company?",['nov'],[["USD 85.00 per share"]],["Offer price of USD 85.00 per share in cash represents a premium of approximately 41% over The Medicines Company's 30-day volume weighted average price of USD 60.33"],["amount"])
A("Premium and reference VWAP in the Novartis–MDCO offer?",['nov'],[["approximately 41%"],["USD 60.33"]],["Offer price of USD 85.00 per share in cash represents a premium of approximately 41% over The Medicines Company's 30-day volume weighted average price of USD 60.33"],["percentage","amount"])
A("Fully diluted deal value for Novartis's acquisition of The Medicines Company?",['nov'],[["USD 9.7 billion"]],["valuing the company at approximately USD 9.7 billion on a fully diluted basis"],["amount"])
A("Date of the Novartis announcement to acquire MDCO?",['nov'],[["November 24, 2019"]],["Basel, November 24, 2019 -- Novartis CEO Vas Narasimhan said:"],["date"])
# Blackstone
A("How much did Blackstone commit for Alnylam's inclisiran royalties, and what share?",['bx'],[["$1 billion"],["50%"]],["$1 billion in committed payments, led by Blackstone Life Sciences, to acquire 50% of Alnylam's royalties and commercial milestones for inclisiran;"],["amount","percentage"])
A("Total size of the Alnylam–Blackstone financing?",['bx'],[["$2 billion"]],["Blackstone will provide up to $2 billion to support Alnylam's advancement of RNAi medicines."],["amount"])
A("Maximum term loan in the Blackstone/Alnylam deal?",['bx'],[["Up to $750 million"]],["Up to $750 million in a first-lien senior"],["amount"])
# FDA approval PR
A("When did FDA approve Leqvio?",['fda'],[["Dec. 22, 2021"]],["EAST HANOVER, N.J., Dec. 22, 2021 /PRNewswire/ -- Novartis today announced the US Food and Drug Administration (FDA) approval of Leqvio® (inclisiran)"],["date"])
A("What is Leqvio's US indication at the December 2021 approval?",['fda'],[["adjunct to diet and maximally tolerated statin therapy"],["heterozygous familial hypercholesterolemia (HeFH)"]],["Leqvio is indicated in the United States as an adjunct to diet and maximally tolerated statin therapy for the treatment of adults with clinical atherosclerotic cardiovascular disease (ASCVD) or heterozygous familial hypercholesterolemia (HeFH) who require additional lowering of LDL-C."],["definition"])
# cross-document
A("How long after FDA's complete response letter on inclisiran was Leqvio approved in the US? Give both dates.",['crl','fda'],[["12/18/2020"],["Dec. 22, 2021"]],["12/18/2020 09:51:15 AM","EAST HANOVER, N.J., Dec. 22, 2021 /PRNewswire/ -- Novartis today announced the US Food and Drug Administration (FDA) approval of Leqvio® (inclisiran)"],["date","cross-document"])
A("Does the Leqvio dose in the EU leaflet match the inclisiran dose used in ORION-10/11?",['epi','pm'],[["284 mg"]],["The recommended dose of Leqvio is 284 mg given by injection under the skin (subcutaneous injection).","Patients were randomly assigned in a 1:1 ratio to receive either inclisiran (284 mg) or placebo"],["dose","yes-no","cross-document"])
A("ORION-10 registry says 300 mg inclisiran sodium; the paper says 284 mg inclisiran. How do these reconcile?",['o10','o15'],[["300 mg of Inclisiran Sodium"],["300 mg inclisiran sodium (equivalent to 284 mg inclisiran)"]],["Evaluate the Effect of 300 mg of Inclisiran Sodium Given as Subcutaneous Injections","300 mg inclisiran sodium (equivalent to 284 mg inclisiran) subcutaneous injection"],["dose","cross-document"])
A("The registry lists ORION-10 enrollment; does it match the number randomized in the NEJM paper?",['o10','pm'],[["1561"]],["Enrollment (Actual): 1561","A total of 1561 and 1617 patients underwent randomization in the ORION-10 and ORION-11 trials, respectively."],["count","yes-no","cross-document"])
A("The company that sponsored ORION-10 was bought by Novartis for how much per share?",['o10','nov'],[["The Medicines Company"],["USD 85.00 per share"]],["Sponsor: The Medicines Company","Offer price of USD 85.00 per share in cash"],["amount","cross-document"])
A("Which PCSK9 product candidates does the 2013 Alnylam–MedCo licence name, and what upfront payment did Alnylam receive for the alliance?",['lic','pr13'],[["ALN-PCSsc"],["$25 Million"]],["including ALN-PCS02 and ALN-PCSsc (all as defined below);","Alnylam to Receive $25 Million in Upfront Payment in Addition to Milestone Payments and Royalties on Product Sales"],["amount","name","cross-document"],note="Licence exhibit names the candidates; the SEC-furnished press release gives the upfront.")
A("Compare how many years passed between the MDCO–Alnylam licence effective date and Novartis's deal to buy MDCO.",['lic','nov'],[["February 3, 2013"],["November 24, 2019"]],['effective as of February 3, 2013 (the "Effective Date")',"Basel, November 24, 2019 -- Novartis CEO Vas Narasimhan said:"],["date","cross-document"])
A("Which sold for more: The Medicines Company (to Novartis) or half of Alnylam's inclisiran royalties (to Blackstone)?",['nov','bx'],[["USD 9.7 billion"],["$1 billion"]],["valuing the company at approximately USD 9.7 billion on a fully diluted basis","$1 billion in committed payments, led by Blackstone Life Sciences, to acquire 50% of Alnylam's royalties and commercial milestones for inclisiran;"],["amount","cross-document"])
A("Day-510 LDL-C drop in ORION-10 versus the end-of-study LDL-C change in the ORION-8 extension?",['pm','o8'],[["52.3%"],["-49.4%"]],["At day 510, inclisiran reduced LDL cholesterol levels by 52.3% (95% confidence interval [CI], 48.8 to 55.7) in the ORION-10 trial","mean percentage change in LDL-C was -49.4% (95% CI: -50.4, -48.3)"],["percentage","cross-document"])
A("Does the US indication at approval differ from the EU leaflet indication regarding statin use?",['fda','epi'],[["adjunct to diet and maximally tolerated statin therapy"],["when statins do not work well or cannot be used"]],["Leqvio is indicated in the United States as an adjunct to diet and maximally tolerated statin therapy","- alone or together with other cholesterol-lowering medicines when statins do not work well or cannot be used."],["yes-no","definition","cross-document"])

# Unanswerable
U("Which manufacturing facility had the objectionable conditions cited in the inclisiran CRL?","The facility name is redacted ((b) (4)) in the CRL.",["name"])
U("What was the PDUFA goal date for the original inclisiran NDA?","The CRL gives the receipt and signature dates but no PDUFA goal date.",["date"])
U("What was the 95% CI for the ORION-15 primary endpoint at Day 180?","The stored ORION-15 record stops in the participant-flow table; no outcome results are included.",["percentage","endpoint"])
U("What was the primary endpoint result of ORION-10 as posted on ClinicalTrials.gov?","The ORION-10 file is a record excerpt without results; results are only in the NEJM abstract, not the registry record.",["endpoint"])
U("What royalty rate tiers does Alnylam receive on inclisiran net sales under the 2013 licence?","Sources only say 'scaled double-digit royalties'; the agreement excerpt stops in the recitals and rates are not given.",["percentage"])
U("What upfront payment did Novartis pay Alnylam when it took over the inclisiran licence?","No document states any payment from Novartis to Alnylam; the $25 million upfront was paid by The Medicines Company in 2013.",["amount"])
U("When was Leqvio approved by the European Commission?","The EU leaflet does not give the approval date; 'last revised' date is blank.",["date"])
U("How many patients were enrolled in ORION-4?","ORION-4 is not in the folder.",["count"])
U("What was the LDL-C reduction at day 510 in ORION-9 (HeFH)?","ORION-9 results are not in any document; only ORION-10 and ORION-11 are reported.",["percentage","endpoint"])
U("What was the US list price (WAC) of Leqvio at launch?","No pricing information in the FDA approval press release excerpt or elsewhere.",["amount"])
U("What interest rate applies to Blackstone's term loan to Alnylam?","The Blackstone article excerpt stops before loan terms; no rate given.",["percentage"])
U("What termination fee did The Medicines Company agree to pay Novartis?","The Novartis press release excerpt gives price, premium and value, but no termination fee.",["amount"])
U("On what date did Novartis's tender offer for The Medicines Company shares expire?","No document gives tender-offer timing; the Novartis release excerpt stops before transaction terms and the Blackstone article only says the deal completed in January 2020.",["date"])
U("What is the shelf life of Leqvio pre-filled syringes?","Leaflet refers to the expiry date on the carton but gives no shelf-life duration.",["duration"])
U("How many sites in Japan took part in ORION-15?","The stored ORION-15 record does not list sites or site counts.",["count","place"])
U("What milestone payment did Alnylam receive on FDA approval of Leqvio?","No document gives a milestone amount tied to approval; the $180 million is only the aggregate potential milestones.",["amount"])
U("What was the MACE result for inclisiran in ORION-10?","The abstract excerpt reports LDL-C and injection-site events only; no cardiovascular outcome results.",["endpoint"])
U("What is the ClinicalTrials.gov number of the ORION-8 extension?","The ORION-8 abstract excerpt gives no NCT number.",["identifier"])
U("What percentage of ORION-15 participants had HeFH?","Baseline characteristics are not in the stored record excerpt.",["percentage"])
U("How much did Novartis pay for Alnylam's remaining inclisiran royalties?","No such transaction is described in the folder.",["amount"])
U("What was the ORION-11 enrollment listed on ClinicalTrials.gov and its sponsor protocol number?","Only the ORION-10 registry record is in the folder; ORION-11 appears only in the NEJM abstract (randomized 1617), with no protocol number.",["identifier"])

with open('/work/blind/yarrow/questions.jsonl','w') as f:
    for i,q in enumerate(Q,1):
        o={"id":f"YAR-{i:03d}","question":q['question'],"answerable":q['answerable'],"gold_sources":q['gold_sources'],"facts":q['facts'],"gold_quotes":q['gold_quotes'],"tags":q['tags'],"note":q['note']}
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(Q))
