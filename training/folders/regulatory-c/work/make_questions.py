#!/usr/bin/env python3
"""Builds ../questions.jsonl (RGC ids) from the compact list below."""
import json, os
C1="01_fda_crl_semglee_insulin_glargine_nda210605.txt"
E2="02_ema_epar_semglee_insulin_glargine_assessment_excerpt.txt"
L3="03_ema_package_leaflet_semglee_insulin_glargine.txt"
C4="04_fda_crl_besremi_ropeginterferon_bla761166.txt"
L5="05_ema_package_leaflet_besremi_ropeginterferon_alfa2b.txt"
G6="06_fda_guidance_pen_jet_injectors_2013_excerpt.txt"
S7="07_usc_21_356_expedited_approval_excerpt.txt"
U8="08_fda_label_lantus_insulin_glargine_spl_excerpt.txt"
P9="09_ema_package_leaflet_pedmarqsi_sodium_thiosulfate.txt"
Q=[]
def A(q, src, facts, quotes, tags):
    Q.append(dict(question=q, answerable=True, gold_sources=src if isinstance(src,list) else [src],
                  facts=[f if isinstance(f,list) else [f] for f in facts], gold_quotes=quotes, tags=tags, note=""))
def U(q, note, tags):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------- 01 Semglee CRLs (2019 and 2018) ----------
A("When was Mylan's insulin glargine NDA 210605 originally submitted to FDA?", C1, [["April 27, 2017"]],
  ["Please refer to your new drug application (NDA) dated and received April 27, 2017"], ["date"])
A("Under which statutory pathway did Mylan file its insulin glargine NDA that got the 2019 complete response?", C1, [["505(b)(2)"]],
  ["submitted pursuant to section 505(b)(2) of the Federal Food, Drug, and Cosmetic Act (FD&C Act) for insulin glargine injection 100 units/mL"], ["name"])
A("Which manufacturing site's inspection was cited as a deficiency in the Semglee CRLs, and what is its FEI number?", C1, [["Biocon Sdn. Bhd."],["3011248248"]],
  ["During a recent inspection of Biocon Sdn. Bhd. FEI#3011248248, a manufacturing facility for this NDA, our field investigator observed objectionable conditions at the facility"], ["name","identifier"])
A("Was the 2019 Semglee CRL the first one to flag inspection problems at that facility?", C1, [["second Complete Response letter"]],
  ["We note that this is the second Complete Response letter for this NDA that has identified inspectional observations at this manufacturing facility as a deficiency."], ["yes-no"])
A("What was the date of the amendment that Mylan filed as its complete response to the first (2018) action letter on NDA 210605?", C1, [["February 28, 2019"]],
  ["We acknowledge receipt of your amendment dated February 28, 2019, which constituted a complete response to our May 17, 2018, action letter."], ["date"])
A("Date of the first complete response letter for Semglee (NDA 210605)?", C1, [["May 17, 2018","05/17/2018"]],
  ["which constituted a complete response to our May 17, 2018, action letter"], ["date"])
A("Who signed the August 2019 CRL on Mylan's insulin glargine, and in what role?", C1, [["Lisa B. Yanoff"],["Deputy Director (Acting)"]],
  ["Lisa B. Yanoff, M.D.\nDeputy Director (Acting)\nDivision of Metabolism and Endocrinology Products"], ["name"])
A("Who signed the 2018 Semglee complete response letter?", C1, [["William Chong"]],
  ["William Chong, M.D.\nDirector (Acting)\nDivision of Metabolism and Endocrinology Products"], ["name"])
A("Which FDA division handled NDA 210605?", C1, [["Division of Metabolism and Endocrinology Products"]],
  ["Division of Metabolism and Endocrinology Products\nOffice of Drug Evaluation II"], ["name"])
A("FDA project manager contact for the Semglee CRL — name and phone?", C1, [["Michael G. White"],["(240) 402-6149"]],
  ["If you have any questions, call Michael G. White, Ph.D., Senior Regulatory Project Manager, at (240) 402-6149."], ["name","identifier"])
A("In the 2018 CRL, what manufacturing process and site difference did FDA treat as a major change for Mylan's glargine?", C1, [["Process VI"],["Malaysia"],["Process V"],["India"]],
  ["Your 505(b)(2) application requests approval of your proposed insulin glargine product manufactured using Process VI at a facility in Malaysia (i.e., Process VI product), while the proposed insulin glargine product studied in the phase 3 clinical trials was manufactured using Process V at a different facility in India (i.e., Process V product)."], ["place","name"])
A("What bridging data did FDA ask for to cover the Process V to Process VI change?", C1, [["additional clinical safety and efficacy bridging data"],["immunogenicity"]],
  ["Based on the specific manufacturing changes made, additional clinical safety and efficacy bridging data, including an assessment of immunogenicity, are needed"], ["list"])
A("Which study did FDA want Mylan to submit to support the vial presentation?", C1, [["MYL-1501D-1004"]],
  ["Submit the results from the proposed study (Study MYL-1501D-1004) to address this deficiency."], ["identifier"])
A("When was the Type A informal conference where FDA raised PK/PD bridging between cartridge and vial?", C1, [["August 15, 2017"]],
  ["The recommendation regarding the need for PK/PD data between your cartridge and vial presentations was also conveyed during the Type A, Informal Conference held on August 15, 2017."], ["date"])
A("What CMC microbiology deficiencies did the 2018 Semglee CRL list?", C1, [["endotoxin, sterility, and antimicrobial effectiveness testing"],["Lack of AET data supporting the product expiry from stability"]],
  ["i. Lack of method suitability data for endotoxin, sterility, and antimicrobial effectiveness testing (AET).","ii. Lack of AET data supporting the product expiry from stability."], ["list"])
A("Which excipient is in the 10 mL vial of Mylan's glargine but flagged for AET testing at minimum content?", C1, [["polysorbate 20"]],
  ["Provide AET results for the 10 mL drug product presentation, which contains polysorbate 20"], ["name"])
A("How many untrained injection-naive pediatric patients did FDA want in the additional human factors validation study for Semglee?", C1, [["15"]],
  ["you should conduct an additional human factors validation study with 15 untrained injection naive pediatric patients."], ["count"])
A("What did the product differentiation study show for the Semglee pen?", C1, [["failed to select the Semglee pen"]],
  ["We note that the results of product differentiation showed multiple study participants failed to select the Semglee pen."], ["endpoint"])
A("Minimum users per distinct user group in the differentiation study FDA asked Mylan to run?", C1, [["at least 15 users"]],
  ["conduct a differentiation study with all the intended user populations for the product with at least 15 users in each distinct user group."], ["count"])
A("Which CFR sections govern the content and format of the PI that FDA cited in the Semglee letters?", C1, [["21 CFR 201.56(a) and (d) and 201.57"]],
  ["Your proposed Prescribing Information (PI) must conform to the content and format regulations found at 21 CFR 201.56(a) and (d) and 201.57."], ["identifier"])
A("Under what regulation must the Semglee safety update be provided?", C1, [["21 CFR 314.50(d)(5)(vi)(b)"]],
  ["include a safety update as described at 21 CFR 314.50(d)(5)(vi)(b)."], ["identifier"])
A("How long does Mylan have after the CRL to resubmit, and under which rule?", C1, [["one year"],["21 CFR 314.110"]],
  ["Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 314.110."], ["duration","identifier"])
A("What happens if Mylan doesn't respond to the CRL in time?", C1, [["request to withdraw the application"],["21 CFR 314.65"]],
  ["we may consider your lack of response a request to withdraw the application under 21 CFR 314.65."], ["definition"])
A("Per the 2019 Semglee CRL, what was the BPCIA 'deemed to be a license' cutoff for pending 505(b)(2) biological applications?", C1, [["March 20, 2020"],["11:59 pm"]],
  ["will receive a complete response if the application is pending at the end of the day (11:59 pm Eastern Daylight Time (EDT)) on Friday, March 20, 2020"], ["date"])
A("On what date would the listed-drug NDA relied upon cease to exist under the transition described in the Semglee letter?", C1, [["March 23, 2020"]],
  ["because the NDA for the listed drug relied upon will no longer exist at midnight on Monday, March 23, 2020."], ["date"])
A("When was the proprietary name Semglee found conditionally acceptable according to the 2019 letter?", C1, [["May 1, 2019"]],
  ["Please refer to correspondence dated May 1, 2019, which addresses the proposed proprietary name, Semglee."], ["date"])
A("In the 2018 CRL, what correspondence date is referenced for the Semglee proprietary name?", C1, [["November 14, 2017"]],
  ["Please refer to correspondence dated, November 14, 2017, which addresses the proposed proprietary name, Semglee."], ["date"])
A("What IFU step title change did FDA comment on in the 2019 Semglee letter?", C1, [["Step 8 Needle disposal"]],
  ["you added the word “Needle” to the Step 8 title as follows “Step 8 Needle disposal.”"], ["name"])
A("What does FDA want the Semglee pen IFU to say about total units and dose range?", C1, [["300 units"],["1 to 80 units"]],
  ["a prefilled disposable pen injector that contains a total of 300 units of insulin glargine.","You can select doses from 1 to 80 units in steps of 1 unit."], ["dose","count"])
A("FDA's recommended in-use storage temp for the Semglee pen in the 2018 IFU comments?", C1, [["up to 86°F (30°C)"]],
  ["While using the Pen, store it at room temperature up to 86°F (30°C)."], ["dose"])
A("Per FDA's IFU recommendations, when should an in-use Semglee pen be thrown away?", C1, [["28 days after the first use"]],
  ["The Pen that you are using should be thrown away 28 days after the first use, even if the Pen has insulin left in it."], ["duration"])
A("How long should the patient hold the injection button after the window shows 0, according to FDA's Semglee IFU edits?", C1, [["count to 10"]],
  ["continue to hold the purple injection button down and slowly count to 10 to make sure that the full dose of insulin is injected."], ["duration"])
A("What starting Semglee dose did FDA want labeled for patients switching from once-daily NPH?", C1, [["the same as the dose of NPH that is being discontinued"]],
  ["the recommended initial Semglee dose is the same as the dose of NPH that is being discontinued."], ["dose"])
A("What HPLC peak resolution criterion did FDA request for Mylan's impurity methods?", C1, [["not less than 2.0"]],
  ["HPLC peak resolution criteria of not less than 2.0 for impurities to the system suitability"], ["amount"])
A("What expiration period is referenced for MYL-1501D drug product impurity comparisons?", C1, [["24  months","(24  months)"]],
  ["at the end of expiration (24  months)"], ["duration"])
A("Who was the addressee at Mylan for the NDA 210605 letters?", C1, [["Suzanne Kiani"]],
  ["Attention: Suzanne Kiani\nSenior Director, Regulatory Science, Biologics"], ["name"])
A("Which refrigerator range did FDA specify for unused Semglee pens in the IFU?", C1, [["36°F to 46°F (2°C to 8°C)"]],
  ["refrigerator between 36°F to 46°F (2°C to 8°C)."], ["dose"])

# ---------- 02 Semglee EPAR ----------
A("When did Mylan submit the Semglee MAA to the EMA?", E2, [["1 August 2016"]],
  ["The applicant Mylan S.A.S submitted on 1 August 2016 an application for marketing authorisation to the European Medicines Agency (EMA) for Semglee"], ["date"])
A("What was the legal basis of the Semglee EU application?", E2, [["Article 10(4) of Directive 2001/83/EC"]],
  ["Article 10(4) of Directive 2001/83/EC – relating to applications for a biosimilar medicinal product"], ["identifier"])
A("EMA procedure number for Semglee?", E2, [["EMEA/H/C/004280/0000"]], ["Procedure No. EMEA/H/C/004280/0000"], ["identifier"])
A("Who were the CHMP rapporteur and co-rapporteur for Semglee?", E2, [["Martina Weise"],["Agnes Gyurasics"]],
  ["Rapporteur: Martina Weise","Co-Rapporteur: Agnes Gyurasics"], ["name"])
A("When did the CHMP adopt its positive opinion on Semglee?", E2, [["25 January 2018"]],
  ["During the meeting on 25 January 2018, the CHMP, in the light of the overall data submitted and the scientific discussion within the Committee, issued a positive opinion for granting a marketing authorisation to Semglee."], ["date"])
A("When did the Semglee EU procedure start?", E2, [["27 October 2016"]], ["The procedure started on 27 October 2016."], ["date"])
A("What is the EU reference product for Semglee and when was it first authorised?", E2, [["Lantus"],["09-06-2000","09 June 2000"]],
  ["Product name, strength, pharmaceutical form: Lantus 100 units/ml Solution for injection","Date of authorisation: 09-06-2000"], ["name","date"])
A("Lantus EU marketing authorisation number(s) cited in the Semglee EPAR?", E2, [["EU/1/00/134/001-037"]],
  ["Community Marketing authorisation number: EU/1/00/134/001-037"], ["identifier"])
A("What indication did the CHMP recommend for Semglee?", E2, [["Treatment of diabetes mellitus in adults, adolescents and children aged 2 years and above."]],
  ["Treatment of diabetes mellitus in adults, adolescents and children aged 2 years and above."], ["definition"])
A("Where and when was the GMP inspection for Semglee carried out during the EU review?", E2, [["India"],["13 March 2017"]],
  ["A GMP inspection at 1 manufacturing site in India between 13 March 2017 and 17 March 2017."], ["place","date"])
A("GCP inspection for Semglee — where, and when was the outcome issued?", E2, [["Germany"],["11 April 2017"]],
  ["A GCP inspection at 1 clinical site and 1 bioanalytical site in Germany", "The outcome of the inspection carried out was issued on 11 April 2017."], ["place","date"])
A("On which dates did Mylan get CHMP scientific advice for Semglee?", E2, [["19 March 2009"],["24 April 2014"]],
  ["The applicant received Scientific Advice from the CHMP on 19 March 2009 and 24 April 2014."], ["date","list"])
A("In what expression system is Semglee produced vs Lantus?", E2, [["Pichia pastoris"],["E. coli"]],
  ["Semglee has the same amino acid sequence as Lantus and, in contrast to Lantus which is produced in E. coli, is produced in Pichia pastoris (ayeast)."], ["name"])
A("What other code names are used for Semglee in the EPAR?", E2, [["MYL-1501D"],["FFP-112"]],
  ["the previous names MYL-1501D, FFP-112, Mylan’s Insulin Glargine, MIG and MYL IG is being used throughout this document."], ["list","name"])
A("Pivotal PK/PD clamp study for Semglee — ID and design?", E2, [["GLARGCT100111"],["euglycaemic clamp"]],
  ["GLARGCT100111 (pivotal, conducted by Mylan’s co-development partner, Biocon) a double-blind, single-dose, 3-way crossover, phase 1 euglycaemic clamp PK/PD study in patients with type 1 diabetes mellitus."], ["identifier","endpoint"])
A("Point estimates and 90% CIs for INS-Cmax and INS-AUClast, Semglee vs Lantus EU?", E2, [["1.03 [0.97 to 1.10]"],["1.01 [0.95 to 1.09]"]],
  ["INS-AUClast were 1.03 [0.97 to 1.10] and 1.01 [0.95 to 1.09], respectively"], ["amount","endpoint"])
A("What non-inferiority margin was used in MYL-GAI-3001?", E2, [["0.4%"]],
  ["to compare therapeutic non-inferiority (margin 0.4%) of Mylan glargine to US-Lantus in respect to HbA1c."], ["percentage"])
A("How many patients were randomised to each arm of the Semglee phase 3 study?", E2, [["280"],["278"]],
  ["280 patients were randomised into the Mylan glargine group and 278 patients into the Lantus-US group."], ["count"])
A("Primary endpoint of MYL-GAI-3001?", E2, [["change in HbA1c at Week 24"]],
  ["The primary endpoint of the study was change in HbA1c at Week 24"], ["endpoint"])
A("What was the LS mean difference in HbA1c change at week 24 between Semglee and Lantus, with 95% CI?", E2, [["0.03%"],["-0.066% to 0.117%"]],
  ["The LS mean difference in change in HbA1c from baseline to week 24 between the Semglee and the Lantus group was 0.03% (SE, 0.046) and the 95% CI was -0.066% to 0.117%"], ["percentage","endpoint"])
A("Share of patients with at least one TEAE in MYL-GAI-3001, by arm?", E2, [["80.4%"],["86.0%"]],
  ["at least one TEAE was reported in 80.4% of patients in the Semglee group and 86.0% in the Lantus group."], ["percentage"])
A("Serious AE rates Semglee vs Lantus in the phase 3?", E2, [["6.4%"],["7.9%"]],
  ["The percentage of patients with at least one serious AE was 6.4% in Semglee group and 7.9% in Lantus group."], ["percentage"])
A("Hypoglycaemia episode rate per 30 days up to week 24 in each arm?", E2, [["2.84"],["2.67"]],
  ["In the Semglee group, 2.84 episodes per 30 days occurred, and in the Lantus group 2.67 episodes/30d."], ["amount"])
A("Severe hypoglycaemia in the Semglee phase 3 — how many patients per arm?", E2, [["2.9%, 8 patients"],["2.2%, 6 patients"]],
  ["was similar in the Semglee group (2.9%, 8 patients) and the Lantus group (2.2%, 6 patients)"], ["count","percentage"])
A("About what share of MYL-GAI-3001 patients were ADA-positive at baseline?", E2, [["73%"]],
  ["At baseline, around 73% of the study patients were positive for anti-drug antibodies (ADA)."], ["percentage"])
A("Why was PD equivalence not formally shown in the Semglee clamp study?", E2, [["post-hoc exclusion of GIR profiles"],["not acceptable"]],
  ["Equivalence for PD data was not formally shown since post-hoc exclusion of GIR profiles with a low glucose infusion rate, i.e. AUCGIR.0-30h ≤ 50 h*mg/kg/min, is not acceptable."], ["endpoint"])
A("LLoQ of the LC-MS/MS assay for glargine M1 metabolite and its consequence?", E2, [["0.2 ng/mL"],["about one third of subjects"]],
  ["The LC-MS/MS assay used to determine the M1 metabolites of insulin glargine was quite insensitive (LLoQ = 0.2 ng/mL)","This rather high LLoQ led to exclusion of about one third of subjects from the primary PK analysis."], ["amount"])
A("Which supportive clamp study compared MYL-1501D with Japan-sourced Lantus, and in whom?", E2, [["FFP-112-01"],["healthy Japanese male subjects"]],
  ["FFP-112-01 (supportive, conducted by FUJIFILM Pharma Co., Ltd.), a double-blind, single-dose, two-period crossover, phase 1 euglycaemic clamp pharmacokinetic/pharmacodynamic (PK/PD) study in healthy Japanese male subjects."], ["identifier"])
A("What prescription status did the CHMP attach to Semglee?", E2, [["Medicinal product subject to medical prescription"]],
  ["Medicinal product subject to medical prescription"], ["definition"])
A("Did Semglee need a paediatric investigation plan in the EU?", E2, [["Not applicable for biosimilar applications."]],
  ["Information on Paediatric requirements\nNot applicable for biosimilar applications."], ["yes-no"])
A("Was extrapolation to IV use and all Lantus indications accepted for Semglee?", E2, [["extrapolation to intravenous use and all indications and age groups of the reference medicinal product is acceptable"]],
  ["In line with the biosimilar insulin guideline, extrapolation to intravenous use and all indications and age groups of the reference medicinal product is acceptable."], ["yes-no"])
A("Which usability standard was the Semglee pen summative evaluation run under?", E2, [["IEC 62366-1:2015"]],
  ["The study was designed and conducted in accordance with IEC 62366-1:2015: Application of Usability Engineering to Medical Devices."], ["identifier"])
A("Potential hypersensitivity reactions over 52 weeks in MYL-GAI-3001?", E2, [["5 patients (1.8%)"],["6 patients"]],
  ["Potential hypersensitivity reactions were reported in 5 patients (1.8%) in the Semglee and 6 patients (2.2%) in the Lantus group (52 wk)."], ["count","percentage"])
A("Which two Semglee studies were still ongoing with no efficacy results at submission?", E2, [["MYL-GAI-3002"],["MYL-1501D-3003"]],
  ["Study MYL-GAI-3002 (safety/ efficacy/ immunogenicity study in T2DM) and Study MYL-1501D-3003 (to study the interchangeability of MYL-1501D with Lantus) are ongoing"], ["identifier","list"])

# ---------- 03 Semglee EU leaflet ----------
A("What's the max single dose the Semglee pen delivers in the EU leaflet, and in what increments?", L3, [["80 units"],["increments of 1 unit"]],
  ["Semglee pen delivers insulin in increments of 1 unit up to a maximum single dose of 80 units."], ["dose"])
A("How much insulin glargine is in each mL of Semglee, in mg?", L3, [["3.64 mg"]],
  ["Each ml of the solution contains 100 units of insulin glargine (equivalent to 3.64 mg)."], ["dose"])
A("EU Semglee in-use pen storage limit?", L3, [["4 weeks"],["25 C"]],
  ["Pre-filled pens in use or carried as a spare may be stored for a maximum of 4 weeks not above 25 C and away from direct heat or direct light."], ["duration"])
A("Which pack sizes does the Semglee EU leaflet list?", L3, [["1, 3, 5, 10 pens"]],
  ["Semglee is available in pack sizes of 1, 3, 5, 10 pens and in a multipack compromising of 2 cartons, each containing 5 pens."], ["list","count"])
A("Who is the Semglee marketing authorisation holder per the current EU leaflet?", L3, [["Biosimilar Collaborations Ireland Limited"]],
  ["Marketing Authorisation Holder\n\nBiosimilar Collaborations Ireland Limited"], ["name"])
A("Is Semglee interchangeable with insulin glargine 300 units/ml per the EU leaflet?", L3, [["not interchangeable"]],
  ["Although Semglee contains the same active substance as insulin glargine 300 units/ml, these medicines are not interchangeable."], ["yes-no"])
A("Can Semglee be used in kids under 2 in the EU?", L3, [["no experience"]],
  ["There is no experience with the use of Semglee in children below the age of 2 years."], ["yes-no"])
A("EU Semglee leaflet: how often is it injected?", L3, [["one injection of Semglee every day"]],
  ["You need one injection of Semglee every day, at the same time of the day."], ["dose"])
A("How frequent is lipohypertrophy with Semglee per the leaflet?", L3, [["up to 1 in 10 people"]],
  ["thicken (lipohypertrophy; may affect up to 1 in 10 people)"], ["percentage"])
A("What excipients are in EU Semglee?", L3, [["zinc chloride, metacresol, glycerol"]],
  ["The other ingredients are: zinc chloride, metacresol, glycerol, sodium hydroxide (for pH adjustment)"], ["list"])
A("What EU identifier is on the Semglee leaflet composition?", L3, [["EU/1/18/1270"]], ["EU/1/18/1270"], ["identifier"]) if False else None

# ---------- 04 Besremi CRL ----------
A("When was PharmaEssentia's BLA for P1101 submitted?", C4, [["March 13, 2020"]],
  ["Please refer to your biologics license application (BLA) dated and received March 13, 2020, under section 351(a) of the Public Health Service Act for P1101."], ["date"])
A("Under which statute section was BLA 761166 filed?", C4, [["section 351(a) of the Public Health Service Act"]],
  ["under section 351(a) of the Public Health Service Act for P1101"], ["identifier"])
A("What was the first deficiency listed in the March 2021 CRL for P1101 (Besremi)?", C4, [["HUMAN FACTORS"],["do not support safe and effective use"]],
  ["the proposed product design and user interface do not support safe and effective use of the product"], ["endpoint"])
A("Date of FDA's HF validation study protocol advice letter referenced in the Besremi CRL?", C4, [["February 26, 2021"]],
  ["stated in the HF validation study protocol advice letter dated February 26, 2021"], ["date"])
A("When did FDA first communicate its HF study results concerns to PharmaEssentia?", C4, [["October 15, 2020"]],
  ["as previously communicated to you in our October 15, 2020, correspondence regarding our review of your HF study results report."], ["date"])
A("Which facilities need FDA inspection before Besremi can be approved?", C4, [["FEI 2000012832"],["Taichung"],["FEI 3005182038"],["Taipei"]],
  ["Inspections of PharmaEssentia Corporation, FEI 2000012832, Taichung, Taiwan and PharmaEssentia Corporation, FEI 3005182038, Taipei, Taiwan are required before this application can be approved."], ["place","identifier"])
A("Why couldn't FDA inspect the Besremi sites during the review cycle?", C4, [["restrictions on travel"]],
  ["Due to restrictions on travel, we were unable to conduct an inspection during the current review cycle for your application."], ["definition"])
A("When was the Besremi proprietary name found acceptable?", C4, [["June 9, 2020"]],
  ["Please refer to correspondence dated, June 9, 2020, which addresses the proposed proprietary name, Besremi."], ["date"])
A("Who signed the Besremi CRL and what office?", C4, [["Ellis Unger"],["Office of Cardiology, Hematology, Endocrinology,"]],
  ["Ellis Unger, MD\nDirector\nOffice of Cardiology, Hematology, Endocrinology,\nand Nephrology"], ["name"])
A("Date the Besremi CRL was electronically signed?", C4, [["03/12/2021"]], ["03/12/2021 01:36:26 PM"], ["date"])
A("How many batches should be used for bacteriostasis/fungistasis method suitability per the Besremi CRL?", C4, [["three batches"]],
  ["However, three batches should be used for testing method suitability in the bacteriostasis/fungistasis assay."], ["count"])
A("How many additional batches of P1101 500 mcg/mL did FDA want for sterility test method suitability?", C4, [["two additional batches"]],
  ["provide sterility test method suitability results from two additional batches of P1101, 500 mcg/mL tested at PharmaEssentia Corporation."], ["count"])
A("Which regulation governs resubmission timing for the Besremi BLA CRL?", C4, [["21 CFR 601.3(b)"]],
  ["you are required to resubmit or take other actions available under  21 CFR 601.3(b)."], ["identifier"])
A("FDA regulatory project manager on the P1101 BLA?", C4, [["Carleveva Thompson"]],
  ["If you have any questions, call Carleveva Thompson, Regulatory Project Manager, at 301-796-1403."], ["name"])
A("Were the Besremi sterility/bioburden comments approvability issues?", C4, [["not approvability issues"]],
  ["We have the following comments/recommendations that are not approvability issues:"], ["yes-no"])
A("What concentration of P1101 drug product is referenced in the Besremi CRL?", C4, [["500 mcg/mL"]],
  ["one additional batch of P1101, 500 mcg/mL"], ["dose"])

# ---------- 05 Besremi EU leaflet ----------
A("What is Besremi approved for in the EU?", L5, [["polycythaemia vera in adults"]],
  ["Besremi is used as monotherapy for the treatment of polycythaemia vera in adults."], ["definition"])
A("Usual Besremi starting dose?", L5, [["100 microgram every 2 weeks"]],
  ["The usual starting dose of Besremi is 100 microgram every 2 weeks."], ["dose"])
A("Besremi starting dose in severe kidney impairment?", L5, [["50 micrograms"]],
  ["Your doctor will reduce your starting dose to 50 micrograms if you have severe kidney problems."], ["dose"])
A("How much ropeginterferon alfa-2b per Besremi pen?", L5, [["250 micrograms"],["0.5 mL"]],
  ["Each pre-filled pen of 0.5 mL solution contains 250 micrograms of ropeginterferon alfa-2b as measured on a protein basis, corresponding to 500 micrograms/mL."], ["dose"])
A("Which antiviral is contraindicated with Besremi and why?", L5, [["telbivudine"],["peripheral neuropathy"]],
  ["Do not use Besremi if you are taking telbivudine (for treating hepatitis B) since the combination of these medicines increases the risk of peripheral neuropathy"], ["name"])
A("Missed Besremi dose: what's the cutoff for skipping it?", L5, [["more than 2 days"]],
  ["if more than 2 days have passed since you missed the dose, leave out the dose and inject the next dose when it is due."], ["duration"])
A("How long can an opened Besremi pen be kept?", L5, [["30 days"]],
  ["Once opened, the pre-filled pen may be stored for a maximum of 30 days in the refrigerator"], ["duration"])
A("Benzyl alcohol content of Besremi?", L5, [["5 mg benzyl alcohol in each 0.5 mL"]],
  ["This medicine contains 5 mg benzyl alcohol in each 0.5 mL."], ["amount"])
A("Who is the EU MAH and manufacturer for Besremi?", L5, [["AOP Orphan Pharmaceuticals GmbH"]],
  ["Marketing Authorisation Holder and Manufacturer AOP Orphan Pharmaceuticals GmbH Leopold-Ungar-Platz 2 1190 Vienna Austria"], ["name","place"])
A("What needles come with Besremi packs?", L5, [["mylife Clickfine 8mm"]],
  ["1 pre-filled pen and 2 injection needles (Type: mylife Clickfine 8mm)"], ["name"])
A("Besremi kidney contraindication threshold?", L5, [["less than 15%"]],
  ["if you have severe kidney disease (with your kidneys working at less than 15% of their normal ability)."], ["percentage"])
A("Is Besremi for children?", L5, [["Do not give this medicine to children and adolescents"]],
  ["Children and adolescents Do not give this medicine to children and adolescents because no information is available on the use of Besremi in this age group."], ["yes-no"])
A("List the very common lab/blood side effects of Besremi.", L5, [["leucocytes"],["platelets"],["gamma-glutamyltransferase"]],
  ["decrease in the number of a type of white blood cells (called leucocytes) and in blood clotting cells (called platelets)","in blood tests: increase of an enzyme called gamma-glutamyltransferase"], ["list"])

# ---------- 06 Guidance pen/jet injectors ----------
A("When was FDA's pen, jet and related injectors guidance finalized, and which draft did it finalize?", G6, [["June 2013"],["April 2009"]],
  ["This document finalizes the draft guidance issued in April 2009.","June 2013"], ["date"])
A("Under which CFR sections are general-use pen injectors classified per the injector guidance?", G6, [["21 CFR 880.5860"],["21 CFR 880.6920"]],
  ["pen injectors for general use are regulated as class II devices under 21 CFR 880.5860 (product code NSC) or 21 CFR 880.6920 (product code KZH)."], ["identifier"])
A("Regulation and product code for general-use jet injectors?", G6, [["21 CFR 880.5430"],["KZE"]],
  ["Jet injectors for general use, including needle or needle-free injectors, are regulated as class II devices under 21 CFR 880.5430 (product code KZE)."], ["identifier"])
A("Which FDA office prepared the injector guidance, and who is the contact?", G6, [["Office of Combination Products"],["Patricia Y. Love"]],
  ["For questions regarding this document, contact the Office of Combination Products at combination@fda.gov or Patricia Y. Love, MD at 301-796-8933"], ["name"])
A("What are the three usage groups of injectors in FDA's guidance?", G6, [["general injectors"],["certain class/family"],["specific drug/biological product"]],
  ["There are three basic usage groups of injectors.  First, there are general injectors intended for use with a wide range of drugs/biological products.  Second, there are injectors intended for use with a certain class/family of drugs or biological products, or with a specific product line.5  Third, there are injectors intended for use with a specific drug/biological product"], ["list"])
A("How are injectors for a specific drug typically regulated under the guidance?", G6, [["combination products under 21 CFR 3.2(e)"]],
  ["Injectors intended for use with a specific drug/biological product are typically considered combination products under 21 CFR 3.2(e)."], ["definition"])
A("What determines center assignment for a drug-injector combination product?", G6, [["primary mode of action (PMOA)"]],
  ["Combination product assignment is based on primary mode of action (PMOA)."], ["definition"])
A("For an injector plus drug combination product, how many marketing applications are generally needed?", G6, [["one marketing application is generally sufficient"]],
  ["one marketing application is generally sufficient; this application is usually an NDA or a BLA."], ["count"])
A("Which ISO standard covers pen-injector requirements (part 1) in the guidance list?", G6, [["ISO 11608-1"]],
  ["ISO 11608-1:, Pen-Injectors for Medical Use – Part 1:  Pen-injectors – Requirements and test methods"], ["identifier"])
A("Which standard does the guidance list for needle-free injectors?", G6, [["ISO 21649"]],
  ["ISO 21649: Needle-Free Injectors for Medical Use - Requirements and Test Methods."], ["identifier"])
A("What does 'Disposable' type-of-use mean in FDA's injector guidance?", G6, [["Injector can be used more than once for a single patient only with the same primary container closure or drug container in place and is discarded after the drug container is empty"]],
  ["Disposable | Injector can be used more than once for a single patient only with the same primary container closure or drug container in place and is discarded after the drug container is empty"], ["definition"])
A("For 510(k) clearance of a general-use injector, what must already be approved?", G6, [["at least one injectable product"]],
  ["In order for FDA to clear a general use injector for marketing, at least one injectable product (e.g., a drug or biologic) must already be approved for use in the dose, rate, route, configuration, and the method of injection submitted in the 510(k))."], ["definition"])
A("Which devices are excluded from the scope of the pen/jet injector guidance?", G6, [["infusion sets"],["IQG"]],
  ["This guidance does not apply to devices the sole purpose of which is to aid in the insertion of a syringe (product code IQG under 21 CFR 890.5050) nor to infusion sets (product code FPA under 21 CFR 880.5440)."], ["list"])
A("Shelf-life/in-use test endpoints FDA recommends for general-use injectors?", G6, [["Freedom from defects"],["Accuracy of delivered dose"]],
  ["FDA recommends that shelf and in-use life-testing endpoints include:"], ["list","endpoint"])
A("Where can an injector supplier put confidential design info for pharma partners per the guidance?", G6, [["device master file"]],
  ["you can provide FDA with proprietary information about these injectors in a device master file submission to CDRH."], ["name"])
A("Guidance docket number for the pen/jet injector guidance?", G6, [["FDA-2009-D-0179"]], ["docket: FDA-2009-D-0179"], ["identifier"]) if False else None

# ---------- 07 21 USC 356 ----------
A("How many days does FDA have to act on a breakthrough therapy designation request?", S7, [["60 calendar days"]],
  ["Not later than 60 calendar days after the receipt of a request under paragraph (2), the Secretary shall determine whether the drug that is the subject of the request meets the criteria described in paragraph (1)."], ["duration"])
A("Statutory definition of a breakthrough therapy?", S7, [["substantial improvement over existing therapies on 1 or more clinically significant endpoints"]],
  ["preliminary clinical evidence indicates that the drug may demonstrate substantial improvement over existing therapies on 1 or more clinically significant endpoints"], ["definition"])
A("What qualifies a drug as a fast track product under 21 USC 356(b)?", S7, [["potential to address unmet medical needs"],["qualified infectious disease product"]],
  ["it demonstrates the potential to address unmet medical needs for such a disease or condition, or if the Secretary designates the drug as a qualified infectious disease product under section 355f(d) of this title."], ["definition"])
A("Accelerated approval basis under 356(c)?", S7, [["surrogate endpoint that is reasonably likely to predict clinical benefit"]],
  ["upon a determination that the product has an effect on a surrogate endpoint that is reasonably likely to predict clinical benefit"], ["definition"])
A("How far ahead of dissemination must promo materials be submitted for accelerated approval products?", S7, [["at least 30 days prior to dissemination"]],
  ["at least 30 days prior to dissemination of the materials."], ["duration"])
A("Grounds for expedited withdrawal of accelerated approval?", S7, [["due diligence"],["false or misleading promotional materials"]],
  ["(i) the sponsor fails to conduct any required postapproval study of the product with due diligence","(iv) the sponsor disseminates false or misleading promotional materials with respect to the product."], ["list"])
A("If FDA doesn't require a confirmatory study under accelerated approval, what must it do?", S7, [["publish on the website"]],
  ["the Secretary shall publish on the website of the Food and Drug Administration the rationale for why such study is not appropriate or necessary."], ["definition"])
A("What two conditions must a sponsor meet for rolling review of a fast track application?", S7, [["schedule for submission"],["pays any fee"]],
  ["(A) provides a schedule for submission of information necessary to make the application complete; and","(B) pays any fee that may be required under section 379h of this title."], ["list"])
A("RMAT designation decision deadline?", S7, [["60 calendar days"]],
  ["Not later than 60 calendar days after the receipt of a request under paragraph (3), the Secretary shall determine whether the drug that is the subject of the request meets the criteria described in paragraph (2)."], ["duration"])
A("What counts as a 'regenerative medicine therapy' under 356(g)?", S7, [["cell therapy, therapeutic tissue engineering products, human cell and tissue products"]],
  ["the term \"regenerative medicine therapy\" includes cell therapy, therapeutic tissue engineering products, human cell and tissue products, and combination products using any such therapies or products"], ["definition"])
A("How can an RMAT sponsor satisfy postapproval requirements after accelerated approval?", S7, [["real world evidence"],["postapproval monitoring of all patients"]],
  ["(A) the submission of clinical evidence, clinical studies, patient registries, or other sources of real world evidence, such as electronic health records;","(C) postapproval monitoring of all patients treated with such therapy prior to approval of the therapy."], ["list"])
A("When can a breakthrough designation request be filed?", S7, [["concurrently with, or at any time after, the submission of an application for the investigation"]],
  ["A request for the designation may be made concurrently with, or at any time after, the submission of an application for the investigation of the drug under section 355(i) of this title"], ["date"])
A("Does section 356 change the substantial evidence standard?", S7, [["Nothing in this section shall be construed to alter the standards of evidence"]],
  ["Nothing in this section shall be construed to alter the standards of evidence under subsection (c) or (d) of section 355 of this title (including the substantial evidence standard in section 355(d) of this title)"], ["yes-no"])

# ---------- 08 Lantus US label ----------
A("US Lantus indication per its label?", U8, [["adults and pediatric patients with type 1 diabetes mellitus and in adults with type 2 diabetes mellitus"]],
  ["LANTUS is indicated to improve glycemic control in adults and pediatric patients with type 1 diabetes mellitus and in adults with type 2 diabetes mellitus."], ["definition"])
A("Initial US approval year of Lantus?", U8, [["2000"]], ["Initial U.S. Approval: 2000"], ["date"])
A("Lantus application number in the SPL?", U8, [["BLA021081"]], ["Application number: BLA021081"], ["identifier"])
A("NDC for the Lantus 10 mL vial package?", U8, [["0088-5021-01"]], ["NDC 0088-5021-01"], ["identifier"])
A("How many pens in a Lantus SoloStar pack and what volume each?", U8, [["Five 3 mL Prefilled Pens"]], ["Five 3 mL Prefilled Pens"], ["count"])
A("Polysorbate 20 content in Lantus per mL?", U8, [["20 ug in 1 mL"]], ["POLYSORBATE 20 (UNII 7T1F30V5YH) - 20 ug in 1 mL"], ["amount"])
A("Limitation of use for Lantus?", U8, [["diabetic ketoacidosis"]], ["LANTUS is not recommended for the treatment of diabetic ketoacidosis."], ["definition"])
A("Who is the US labeler of Lantus?", U8, [["sanofi-aventis U.S. LLC"]], ["Labeler: sanofi-aventis U.S. LLC"], ["name"])
A("Metacresol and glycerin amounts in Lantus?", U8, [["2.7 mg in 1 mL"],["20 mg in 1 mL"]],
  ["METACRESOL (UNII GGO4Y809LO) - 2.7 mg in 1 mL","GLYCERIN (UNII PDC6A3C0OX) - 20 mg in 1 mL"], ["amount"])

# ---------- 09 Pedmarqsi ----------
A("What is Pedmarqsi used for?", P9, [["reduce the risk of hearing loss"],["cisplatin"]],
  ["Pedmarqsi is used to reduce the risk of hearing loss from the cancer medicine cisplatin."], ["definition"])
A("Age range for Pedmarqsi?", P9, [["1 month to 18 years"]],
  ["It is given to children and adolescents aged 1 month to 18 years who are being treated with cisplatin for solid tumours that have not spread to other areas of the body."], ["definition"])
A("Pedmarqsi dose for patients 10 kg or more?", P9, [["12.8 g per m2"]],
  ["The recommended dose for those weighing 10 kg or more is 12.8 g per m2"], ["dose"])
A("Timing of Pedmarqsi relative to cisplatin and infusion duration?", P9, [["6 hours after"],["15 minutes"]],
  ["The infusion is given over 15 minutes. Treatment is started 6 hours after the dose of cisplatin has finished."], ["duration"])
A("Sodium per mL in Pedmarqsi?", P9, [["23 mg sodium"]], ["This medicine contains 23 mg sodium (main component of cooking/table salt) in each mL."], ["amount"])
A("Boric acid concentration in Pedmarqsi?", P9, [["0.25 mg/mL"]], ["boric acid (0.25 mg/mL)"], ["amount"])
A("Who holds the Pedmarqsi EU marketing authorisation?", P9, [["Fennec Pharmaceuticals (EU) Limited"]],
  ["Fennec Pharmaceuticals (EU) Limited Regus House, Harcourt Centre Block 4 Harcourt Rd, Saint Kevin's Dublin D02 HWIreland"], ["name"])
A("Contraception duration advised after Pedmarqsi/cisplatin treatment?", P9, [["6 months after treatment"]],
  ["Discuss with your doctor whether there is a need for contraception both during treatment and for 6 months after treatment."], ["duration"])
A("Pedmarqsi contraindicated age?", P9, [["a baby under the age of 1 month"]], ["a baby under the age of 1 month"], ["definition"])
A("Very common Pedmarqsi side effects?", P9, [["nausea"],["Vomiting"]], ["- Feeling sick (nausea)","- Vomiting"], ["list"])

# ---------- cross-document ----------
A("The US CRL and the EMA EPAR both reference a Semglee manufacturing site in India — what role did India play in each?", [C1,E2], [["Process V"],["GMP inspection at 1 manufacturing site in India"]],
  ["the proposed insulin glargine product studied in the phase 3 clinical trials was manufactured using Process V at a different facility in India","A GMP inspection at 1 manufacturing site in India between 13 March 2017 and 17 March 2017."], ["cross-document","place"])
A("How many months apart were the CHMP positive opinion for Semglee and FDA's first CRL on the same product?", [E2,C1], [["25 January 2018"],["May 17, 2018"]],
  ["During the meeting on 25 January 2018, the CHMP","which constituted a complete response to our May 17, 2018, action letter"], ["cross-document","date"])
A("Semglee pen max dose: does the EU leaflet match FDA's proposed IFU text?", [L3,C1], [["maximum single dose of 80 units"],["1 to 80 units"]],
  ["Semglee pen delivers insulin in increments of 1 unit up to a maximum single dose of 80 units.","You can select doses from 1 to 80 units in steps of 1 unit."], ["cross-document","dose"])
A("In-use storage for Semglee pens: compare the EU leaflet limit with the US IFU wording FDA proposed.", [L3,C1], [["4 weeks"],["28 days after the first use"]],
  ["Pre-filled pens in use or carried as a spare may be stored for a maximum of 4 weeks not above 25 C","The Pen that you are using should be thrown away 28 days after the first use"], ["cross-document","duration"])
A("Semglee's EU indication vs US Lantus indication — which covers type 2 diabetes in children?", [E2,U8], [["children aged 2 years and above"],["in adults with type 2 diabetes mellitus"]],
  ["Treatment of diabetes mellitus in adults, adolescents and children aged 2 years and above.","LANTUS is indicated to improve glycemic control in adults and pediatric patients with type 1 diabetes mellitus and in adults with type 2 diabetes mellitus."], ["cross-document","definition"])
A("Lantus US label lists polysorbate 20; does the EU Semglee pen leaflet list it too, and which Semglee presentation did FDA note contains it?", [U8,L3,C1], [["POLYSORBATE 20"],["10 mL drug product presentation"]],
  ["POLYSORBATE 20 (UNII 7T1F30V5YH) - 20 ug in 1 mL","The other ingredients are: zinc chloride, metacresol, glycerol, sodium hydroxide (for pH adjustment)","Provide AET results for the 10 mL drug product presentation, which contains polysorbate 20"], ["cross-document","name"])
A("Both the Besremi and Semglee US CRLs cite human factors — what did each ask for?", [C4,C1], [["another HF validation study"],["15 untrained injection naive pediatric patients"]],
  ["submit the results of another HF validation study to demonstrate that the product can be used safely and effectively.","you should conduct an additional human factors validation study with 15 untrained injection naive pediatric patients."], ["cross-document","list"])
A("Besremi pen contents: does the EU pen strength match the P1101 concentration cited in the FDA CRL?", [L5,C4], [["500 micrograms/mL"],["500 mcg/mL"]],
  ["corresponding to 500 micrograms/mL","one additional batch of P1101, 500 mcg/mL"], ["cross-document","dose"])
A("Under FDA's pen-injector guidance, would a prefilled insulin pen like Semglee be a combination product, and what application type does the Semglee CRL show was used?", [G6,C1], [["combination products under 21 CFR 3.2(e)"],["505(b)(2)"]],
  ["Injectors intended for use with a specific drug/biological product are typically considered combination products under 21 CFR 3.2(e).","submitted pursuant to section 505(b)(2) of the Federal Food, Drug, and Cosmetic Act (FD&C Act) for insulin glargine injection 100 units/mL"], ["cross-document","definition"])
A("Which usability standard did Mylan use for the Semglee pen summative study, and which ISO standard does FDA's injector guidance list for pen-injectors?", [E2,G6], [["IEC 62366-1:2015"],["ISO 11608-1"]],
  ["The study was designed and conducted in accordance with IEC 62366-1:2015: Application of Usability Engineering to Medical Devices.","ISO 11608-1:, Pen-Injectors for Medical Use – Part 1:  Pen-injectors – Requirements and test methods"], ["cross-document","identifier"])
A("Lantus US approval year vs the date Lantus was first authorised in the EU?", [U8,E2], [["Initial U.S. Approval: 2000"],["09 June 2000"]],
  ["Initial U.S. Approval: 2000","which was first authorised in the European Union on 09 June 2000 (MA number EU/1/00/134)."], ["cross-document","date"])
A("Breakthrough designation and RMAT designation: what's the statutory decision deadline for each?", S7, [["60 calendar days"]],
  ["Not later than 60 calendar days after the receipt of a request under paragraph (2)","Not later than 60 calendar days after the receipt of a request under paragraph (3)"], ["duration"])
A("Resubmission clocks: under which rules must Mylan (NDA) and PharmaEssentia (BLA) respond to their CRLs?", [C1,C4], [["21 CFR 314.110"],["21 CFR 601.3(b)"]],
  ["Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 314.110.","you are required to resubmit or take other actions available under  21 CFR 601.3(b)."], ["cross-document","identifier"])
A("Compare Besremi and Pedmarqsi sodium content statements.", [L5,P9], [["less than 1 mmol sodium (23 mg) per ml"],["23 mg sodium"]],
  ["This medicine contains less than 1 mmol sodium (23 mg) per ml, that is to say essentially sodium- free .","This medicine contains 23 mg sodium (main component of cooking/table salt) in each mL."], ["cross-document","amount"])

# ---------- unanswerable ----------
U("What was the FDA approval date of Semglee in the US?", "Folder holds only the 2018 and 2019 complete response letters; no US approval letter or date for Semglee.", ["date"])
U("What exactly did the Semglee IFU use instead of letters for sub-bullets before FDA asked to revert?", "The CRL redacts the item as (b) (4); the sub-bullet designation is not shown.", ["name"])
U("What wording did Mylan originally propose for the Semglee pen description that FDA asked to revise?", "The proposed statement is redacted under (b) (4) in the 2018 CRL.", ["definition"])
U("Which contract lab ran the in-process bioburden test for P1101?", "The Besremi CRL redacts the laboratory name as (b) (4).", ["name"])
U("What were the specific objectionable conditions observed at Biocon Sdn. Bhd.?", "The CRL only says objectionable conditions were observed; the Form 483 observations are not given.", ["list"])
U("What was the HbA1c change from baseline at week 52 in MYL-GAI-3001?", "The EPAR excerpt reports week-24 results only; 52-week efficacy figures are in the cut table/not in the folder.", ["endpoint"])
U("What date did the European Commission grant the Semglee marketing authorisation?", "EPAR gives CHMP opinion date (25 January 2018) only; the EC decision date is not stated.", ["date"])
U("What PDUFA goal date applied to the Besremi BLA?", "No PDUFA goal date appears in the Besremi CRL.", ["date"])
U("When did FDA eventually approve Besremi?", "Only the March 2021 CRL is in the folder; no approval letter.", ["date"])
U("What was the enrollment and primary endpoint of the pivotal Besremi trial?", "Neither the CRL nor the EU leaflet describe Besremi's clinical trials.", ["count","endpoint"])
U("What is the Besremi maintenance dose ceiling in the EU?", "Leaflet gives the starting dose and stepwise increase but no maximum dose.", ["dose"])
U("What is the Pedmarqsi dose for a child weighing 5 to 10 kg?", "English leaflet only says lower doses are given under 10 kg; the weight-band table is not in the English text.", ["dose"])
U("What is the US (Pedmark) dose per m2 for children over 10 kg?", "No US Pedmark label or CRL in the folder; only the EU Pedmarqsi leaflet.", ["dose"])
U("Why did FDA issue complete response letters for Pedmark?", "No Pedmark CRL is in the folder.", ["list"])
U("What is the FDA-recommended starting dose of Semglee for type 2 diabetes patients not on insulin?", "The folder has no US Semglee/Lantus dosage section; only indications.", ["dose"])
U("What is the Lantus SoloStar in-use storage temperature?", "Lantus excerpt has only 'Use within 28 days after initial use'; no temperature.", ["dose"])
U("What was the ADA incidence at week 52 in each arm of MYL-GAI-3001?", "EPAR says ADA incidence slightly decreased but gives no week-52 numbers.", ["percentage"])
U("What is the Semglee price or WAC in the US?", "No pricing information in any document.", ["amount"])
U("Did the Semglee phase 3 include type 2 diabetes patients, and what was the T2DM HbA1c result?", "MYL-GAI-3002 (T2DM) is ongoing with no efficacy results submitted, per the EPAR.", ["endpoint"])
U("Under 21 USC 356, within how many days must FDA grant or deny a rare pediatric disease priority review voucher request?", "Section 356 sets 60-day clocks only for breakthrough, fast track and RMAT designations; priority review vouchers are not covered in the folder.", ["duration"])
U("What user fee amount applies to a fast track rolling submission in FY2024?", "Section 356 refers to fees under 379h but no amount is given.", ["amount"])
U("What dose accuracy acceptance limits does FDA require for pen injectors?", "The guidance excerpt refers to Section I.E.1 for dose accuracy, which is cut from the excerpt.", ["percentage"])
U("What labeling must a pen injector carton include per Section H of the injector guidance?", "Section H (Labeling) is cut from the guidance excerpt.", ["list"])
U("What is the EU Lantus indication for children below 2 years?", "No EU Lantus SmPC in the folder; EPAR gives only the indication from age 2.", ["definition"])
U("What was the 90% CI for AUCGIR0-30h in GLARGCT100111 after exclusion of low GIR profiles?", "EPAR excerpt gives 95% CIs without exclusion (0.78 to 1.34) only; the with-exclusion CI is in the cut sections.", ["endpoint"])
U("Who was the PRAC rapporteur for Semglee?", "The EPAR excerpt names CHMP rapporteur and co-rapporteur, not the PRAC rapporteur.", ["name"])
U("What was the HbA1c non-inferiority margin used in the Besremi program?", "Besremi documents contain no efficacy trial information; the 0.4% margin belongs to Semglee's MYL-GAI-3001.", ["percentage"])
U("What is the Semglee vial presentation's shelf life in the EU?", "EU leaflet covers only the pre-filled pen and gives no shelf-life duration.", ["duration"])
U("What rescue-criteria rate was observed in MYL-GAI-3001?", "The EPAR excerpt refers to 'the body of assessment' for rescue criteria; no figure is given.", ["percentage"])
U("What is the Semglee interchangeability designation date from FDA?", "Interchangeability (study MYL-1501D-3003) is mentioned only as ongoing; no FDA designation date in the folder.", ["date"])
U("Which CMO fills Pedmarqsi vials?", "Leaflet names MIAS Pharma Limited as manufacturer (batch release), not a filler; fill site not stated.", ["name"])
U("What was the total number of pages of draft labeling withheld with the Besremi CRL?", "The Besremi letter in the folder does not mention withheld labeling pages.", ["count"])
U("How many hypoglycaemia episodes per 30 days occurred in the Lantus arm at week 52?", "EPAR gives rates up to week 24 only (2.67 for Lantus); week-52 rate not stated.", ["amount"])
U("When was the Semglee Type B end-of-phase 2 meeting with FDA?", "Only a Type A informal conference (August 15, 2017) is mentioned; no EOP2 meeting.", ["date"])
U("What ClinicalTrials.gov NCT number was assigned to MYL-GAI-3001?", "No NCT identifier appears in the folder.", ["identifier"])
U("What is the Besremi US indication (e.g., polycythemia vera without prior hydroxyurea)?", "Only the EU leaflet indication and a CRL are present; no US label for Besremi.", ["definition"])
U("Under 21 USC 356, what is the review goal for a breakthrough therapy BLA in months?", "Section 356 sets no review-time goal in months; those are in PDUFA goal letters not in the folder.", ["duration"])
U("What were the rates of injection site reactions in MYL-GAI-3001?", "EPAR says 'No injection site reactions were observed' — wait: answerable as zero? kept unanswerable for percentages per arm by lot? see note", ["percentage"]) if False else None
U("Which notified body assessed the Semglee pen device component?", "The EPAR excerpt does not name a notified body.", ["name"])
U("What was the Lantus-IN comparator batch used in Semglee's early studies?", "EPAR mentions Lantus-IN was used early but gives no batch information.", ["identifier"])

# ---------- a few more answerable to pass 130 ----------
A("Were injection site reactions seen in MYL-GAI-3001?", E2, [["No injection site reactions were observed in this study."]],
  ["No injection site reactions were observed in this study."], ["yes-no"])
A("What was the CHMP's overall B/R conclusion for Semglee?", E2, [["The overall B/R of Semglee is positive."]], ["The overall B/R of Semglee is positive."], ["definition"])
A("Which reference products did the Semglee programme compare against?", E2, [["Lantus-EU"],["Lantus-US"],["Lantus-IN"]],
  ["hereafter referred to as Lantus-EU, and Lantus licensed in the United States, hereafter referred to as Lantus-US. In early studies, Lantus licensed in India (referred to Lantus-IN) was used as the reference product."], ["list"])
A("More than what share of randomised subjects completed the 24-week period of MYL-GAI-3001?", E2, [["More than 94%"]],
  ["More than 94% of randomised subjects completed the 24-week study period."], ["percentage"])
A("Where can the Semglee pen be injected per FDA's requested IFU text?", C1, [["arms, hips, thighs, buttocks, or"]],
  ["Semglee is injected under the skin (subcutaneously) of your arms, hips, thighs, buttocks, or"], ["list"])
A("Does the Besremi leaflet warn about dental problems?", L5, [["Dental and gum disorders"]],
  ["Dental and gum disorders, which may lead to loss of teeth, can occur with interferon medicines."], ["yes-no"])
A("Storage for unopened Besremi?", L5, [["Store in a refrigerator (2 C 8 C)"]],
  ["Store in a refrigerator (2 C 8 C). Do not freeze."], ["dose"])
A("Max Semglee sodium content per dose per EU leaflet?", L3, [["less than 1 mmol (23 mg) sodium per dose"]],
  ["This medicine contains less than 1 mmol (23 mg) sodium per dose, i.e. it is essentially sodium-free ."], ["amount"])
A("Who manufactures Pedmarqsi for the EU?", P9, [["MIAS Pharma Limited"]], ["Manufacturer MIAS Pharma Limited"], ["name"])
A("What conditions must FDA specify for postapproval studies at accelerated approval?", S7, [["enrollment targets, the study protocol, and milestones"]],
  ["which may include enrollment targets, the study protocol, and milestones, including the target date of study completion."], ["list"])

Q=[q for q in Q if q is not None]
here=os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here,"..","questions.jsonl"),"w",encoding="utf-8") as f:
    for i,q in enumerate(Q,1):
        d={"id":f"RGC-{i:03d}"}; d.update(q)
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(Q), sum(q["answerable"] for q in Q))
