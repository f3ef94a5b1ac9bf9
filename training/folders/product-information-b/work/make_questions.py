#!/usr/bin/env python3
"""Write questions.jsonl; every fact alternative and gold quote is checked against the gold sources."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
E = "01_ema_epar_omvoh_mirikizumab_excerpt.txt"
OL = "02_ema_leaflet_omvoh_mirikizumab.txt"
OC = "03_fda_crl_bla761279_mirikizumab_lilly.txt"
EL = "04_ema_leaflet_evenity_romosozumab.txt"
EC = "05_fda_crl_bla761062_romosozumab_amgen.txt"
BL = "06_ema_leaflet_bimzelx_bimekizumab.txt"
BC = "07_fda_crl_bla761151_bimekizumab_ucb.txt"
ML = "08_ema_leaflet_mavenclad_cladribine.txt"
MC = "09_fda_crl_nda022561_cladribine_emd_serono.txt"
X = "10_ema_smpc_xenical_orlistat.txt"

A = []  # (question, sources, facts, quotes, tags)
U = []  # (question, note, tags)

# ------------------------------------------------------------------ Omvoh EPAR
A += [
("When did Lilly file the Omvoh marketing authorisation application with EMA?", [E], [["27 April 2022"]],
 ["The applicant Eli Lilly Nederland B.V. submitted on 27 April 2022 an application for marketing authorisation to the European Medicines Agency (EMA) for Omvoh"], ["date"]),
("Omvoh EPAR - who were the CHMP rapporteur and co-rapporteur?", [E], [["Jayne Crowe"], ["Agnes Gyurasics"]],
 ["Rapporteur: Jayne Crowe Co-Rapporteur: Agnes Gyurasics"], ["name"]),
("On what date did the centralised procedure for mirikizumab actually start?", [E], [["19 May 2022"]],
 ["The procedure started on | 19 May 2022"], ["date"]),
("Date of the CHMP positive opinion for Omvoh?", [E], [["30 March 2023"]],
 ["issued a positive opinion for granting a marketing authorisation to Omvoh on | 30 March 2023"], ["date"]),
("Which EMA decision number covered the agreed paediatric investigation plan for mirikizumab, and was the PIP complete at submission?", [E], [["P/0088/2022"], ["not yet completed", "was not yet"]],
 ["the application included an EMA Decision(s) P/0088/2022 on the agreement of a paediatric investigation plan (PIP).", "At the time of submission of the application, the PIP EMEA- 002208-PIP01-17-M02 was not yet completed as some measures were deferred."], ["identifier", "yes-no"]),
("When did Lilly get CHMP scientific advice on the UC programme and what was the procedure reference?", [E], [["22 June 2017"], ["EMEA/H/SAH/079/1/2017/III"]],
 ["22 June 2017 | EMEA/H/SAH/079/1/2017/III | Minne Casteels, Rune Kjeken"], ["date", "identifier"]),
("When was eligibility for the centralised procedure agreed for Omvoh?", [E], [["26 July 2018"]],
 ["The eligibility to the centralised procedure was agreed upon by the EMA/CHMP on 26 July 2018."], ["date"]),
("Legal basis of the Omvoh application?", [E], [["Article 8.3 of Directive 2001/83/EC"]],
 ["Article 8.3 of Directive 2001/83/EC - complete and independent application"], ["definition"]),
("What was the primary endpoint of the mirikizumab induction trial AMAN?", [E], [["clinical remission at Week 12"]],
 ["The primary endpoint of Study AMAN was the proportion of patients in clinical remission at Week 12."], ["endpoint"]),
("In AMAN, what was the randomisation ratio between mirikizumab and placebo?", [E], [["3:1"]],
 ["Patients were randomised 3:1 to receive blinded intravenous (IV) administration of 300 mg mirikizumab or placebo every 4 weeks (Q4W)"], ["count"]),
("Week-12 clinical remission in the Omvoh induction study, drug vs placebo - numbers from the effects table?", [E], [["210/868 (24.2%)"], ["39/294 (13.3%)"]],
 ["Mirikizumab 300mg 210/868 (24.2%) | Placebo 39/294 (13.3%)"], ["percentage", "endpoint"]),
("What was the clinical response rate at week 12 with mirikizumab 300 mg IV versus placebo?", [E], [["551/868 (63.5%)", "63.5%"], ["124/294 (42.2%)", "42.2 %"]],
 ["Mirikizumab 300mg 551/868 (63.5%) | Placebo 124/294 (42.2%)"], ["percentage"]),
("What primary endpoint did the maintenance study AMBG use?", [E], [["clinical remission at Week 40 among patients induced into clinical response at Week 12 in Study AMAN"]],
 ["The primary endpoint of Study AMBG is the proportion of patients in clinical remission at Week 40 among patients induced into clinical response at Week 12 in Study AMAN."], ["endpoint"]),
("Week 40 clinical remission in AMBG among induction responders - mirikizumab 200 mg vs placebo?", [E], [["182/365 (49.9%)"], ["45/179 (25.1%)"]],
 ["Mirikizumab 200mg 182/365 (49.9%) | Placebo 45/179 (25.1%)"], ["percentage", "endpoint"]),
("How did corticosteroid-free remission at week 40 compare between arms in the maintenance study?", [E], [["44.9%"], ["21.8%"]],
 ["Mirikizumab 200mg 164/365 (44.9%) | Placebo 39/179 (21.8%)"], ["percentage"]),
("Bowel urgency NRS change at week 12 in AMAN (LSM, drug vs placebo)?", [E], [["-2.59"], ["-1.63"]],
 ["Mirikizumab 300mg -2.59 (0.083) | Placebo -1.63 (0.141)"], ["amount"]),
("What share of patients had treatment-emergent adverse events in the induction period on mirikizumab and on placebo?", [E], [["426 (44.5%)"], ["148 (46.1%)"]],
 ["TEAEs Induction period |  | N (%) | miri 300 mg IV Q4W 426 (44.5%) | placebo IV Q4W 148 (46.1%)"], ["percentage"]),
("Serious adverse events during induction, mirikizumab vs placebo?", [E], [["27 (2.8%)"], ["17 (5.3%)"]],
 ["SAEs Induction period |  | N (%) | miri 300 mg IV Q4W 27 (2.8%) | placebo IV Q4W 17 (5.3%)"], ["percentage"]),
("How many adjudicated MACE cases were seen across all mirikizumab exposures?", [E], [["28 cases"]],
 ["In total, 28 cases of Adjudicated Major Adverse Cardiovascular Events (MACE) were reported in mirikizumab-treated participants in the All Mirikizumab Exposures Integrated Analysis Set"], ["count"]),
("In the psoriasis placebo-controlled period, what MACE imbalance was observed with mirikizumab?", [E], [["placebo = 0; mirikizumab = 5"]],
 ["a numerical imbalance for MACE (placebo = 0; mirikizumab = 5; 0.4% [1.2 IR]) was observed"], ["count"]),
("How often were infusion site reactions reported with IV mirikizumab?", [E], [["8 patients (0.6%)"]],
 ["Infusion site reactions were reported in 8 patients (0.6%) of patients receiving mirikizumab iv."], ["percentage"]),
("What proportion of UC patients had injection site reactions, and what was the most frequent one?", [E], [["8.7%"], ["site pain"]],
 ["Injection site reactions were reported in 8.7% of UC patients. Inactions site pain was the most frequently reported."], ["percentage"]),
("Arthralgia frequency in the UC maintenance period, placebo vs mirikizumab?", [E], [["3% versus 6.7%"]],
 ["the UC maintenance period (3% versus 6.7% for placebo and mirikizumab, respectively)"], ["percentage"]),
("What liver monitoring did the CHMP put into section 4.4 for mirikizumab?", [E], [["monthly liver monitoring during induction"]],
 ["To balance the risk a warning was introduced in section 4.4 with a recommendation for monthly liver monitoring during induction followed by less frequent monitoring during the maintenance therapy."], ["definition"]),
("Why did the CHMP make Lilly drop the JAK-inhibitor failure population from the Omvoh indication?", [E], [["tofacitinib"], ["6 placebo, 34 mirikizumab"]],
 ["it seems that the only member of this class of medications investigated was tofacitinib. The number of patients who had failed tofacitinib alone at baseline was rather low (6 placebo, 34 mirikizumab)."], ["count"]),
("When is the first PSUR due for Omvoh?", [E], [["within 6 months following authorisation"]],
 ["The marketing authorisation holder shall submit the first periodic safety update report for this product within 6 months following authorisation."], ["duration"]),
("Which trials made up the mirikizumab UC phase 3 programme?", [E], [["AMAN"], ["AMBG"], ["AMAP"]],
 ["The mirikizumab UC Phase 3 programme comprised 3 trials:"], ["list"]),
("What prescription status did CHMP recommend for Omvoh?", [E], [["restricted medical prescription"]],
 ["Medicinal product subject to restricted medical prescription (see Annex I: Summary of Product Characteristics, section 4.2)."], ["definition"]),
("Was mirikizumab granted new active substance status?", [E], [["new active substance"]],
 ["the CHMP considers that mirikizumab is to be qualified as a new active substance in itself"], ["yes-no"]),
("Reported prevalence range of UC in Europe per the Omvoh assessment?", [E], [["2.4 to 505 per 100,000"]],
 ["It has a reported prevalence of 2.4 to 505 per 100,000 persons in Europe."], ["amount"]),
("How frequent were opportunistic infections in the All UC mirikizumab analysis set?", [E], [["25 (1.7%)"]],
 ["All UC Mirikizumab analysis set opportunistic infections were reported in 25 (1.7%) patients’"], ["percentage"]),
]

# ------------------------------------------------------------------ Omvoh leaflet
A += [
("How much sodium is in a 300 mg Omvoh dose?", [OL], [["60 mg sodium"]],
 ["This medicine contains 60 mg sodium (main component of cooking/table salt) in each 300 mg dose."], ["amount"]),
("How long after the last Omvoh dose should women of childbearing potential keep using contraception?", [OL], [["at least 10 weeks"]],
 ["should use effective contraception while using Omvoh and for at least 10 weeks after the last Omvoh dose."], ["duration"]),
("Omvoh IV vial - strength and volume?", [OL], [["300 mg mirikizumab in 15 mL (20 mg/mL)"]],
 ["Each vial contains 300 mg mirikizumab in 15 mL (20 mg/mL)."], ["dose"]),
("What are the excipients in the Omvoh concentrate?", [OL], [["sodium citrate dihydrate"], ["polysorbate 80"]],
 ["The other ingredients are sodium citrate dihydrate; citric acid, anhydrous; sodium chloride; polysorbate 80; water for injections."], ["list"]),
("If an Omvoh infusion diluted in saline isn't used right away, how long can it be kept in the fridge?", [OL], [["not more than 96 hours"]],
 ["may be stored refrigerated (2 C 8 C) for not more than 96 hours or at room temperature not exceeding 25 C for not more than 10 hours"], ["duration"]),
("And for an Omvoh infusion prepared in 5% glucose, what is the use-by window?", [OL], [["within 48 hours"]],
 ["The diluted infusion solution prepared with 5 % glucose must be used within 48 hours, of which not more than 5 hours are permitted at nonrefrigerated temperature not to exceed 25 C, starting at the time of vial puncture."], ["duration"]),
("Which infusion bag sizes and needle gauge are recommended for preparing Omvoh?", [OL], [["50-250 mL"], ["18 to 21 gauge"]],
 ["using an appropriately sized needle (18 to 21 gauge is recommended)", "The concentrate should be diluted only in infusion bags (bag size ranging from 50-250 mL)"], ["amount"]),
("Final concentration of mirikizumab after dilution?", [OL], [["approximately 1.2 mg/mL to approximately 6 mg/mL"]],
 ["The final concentration after dilution is approximately 1.2 mg/mL to approximately 6 mg/mL."], ["dose"]),
("How is the 200 mg Omvoh maintenance dose given?", [OL], [["2 injections each containing 100 mg"]],
 ["The maintenance dose of 200 mg will be given by using 2 injections each containing 100 mg of Omvoh."], ["dose"]),
("Which Omvoh side effects does the leaflet class as uncommon?", [OL], [["Shingles"], ["Infusion-related allergic reaction"], ["liver enzymes"]],
 ["Uncommon (may affect up to 1 in 100 people)"], ["list"]),
("Who manufactures Omvoh for the EU market and where?", [OL], [["Lilly France S.A.S."], ["Fegersheim"]],
 ["Manufacturer Lilly France S.A.S. Rue du Colonel Lilly 67640 Fegersheim France"], ["name", "place"]),
("EU authorisation number on the Omvoh leaflet?", [OL], [["EU/1/23/1736/001"]],
 ["EU/1/23/1736/001"], ["identifier"]),
]

# ------------------------------------------------------------------ Omvoh CRL
A += [
("When was Lilly's mirikizumab BLA submitted to FDA?", [OC], [["March 30, 2022"]],
 ["Please refer to your biologics license application (BLA) dated and received March 30, 2022"], ["date"]),
("Which manufacturing site did FDA cite in the mirikizumab complete response?", [OC], [["Indianapolis"], ["1819470"]],
 ["Following pre-license inspection of the ELI LILLY AND COMPANY, Indianapolis, Indiana (FEI 1819470), manufacturing facility listed in this application, FDA conveyed deficiencies to the representative of the facility."], ["place", "identifier"]),
("Who signed the BLA 761279 letter and on what date?", [OC], [["JULIE G BEITZ", "Julie Beitz"], ["03/30/2023"]],
 ["JULIE G BEITZ", "03/30/2023 10:57:26 AM"], ["name", "date"]),
("FDA contact for questions on the LY3074828 CRL?", [OC], [["Kelly Richards"], ["(240) 402-4276"]],
 ["If you have any questions, contact Kelly Richards, Senior Regulatory Health Project Manager, at (240) 402-4276 or email at kelly.richards@fda.hhs.gov"], ["name"]),
("Which FDA communications did Lilly's revised labeling have to respond to?", [OC], [["March 15, 2023"], ["March 2, 2023"]],
 ["Submit draft labeling that is responsive to your electronic communication dated March 15, 2023, for the Prescribing Information and Medication Guide and March 2, 2023, for the Instructions for Use."], ["date"]),
]

# ------------------------------------------------------------------ Evenity leaflet
A += [
("Evenity dosing - how much, how often, for how long?", [EL], [["210 mg"], ["once every month for 12 months"]],
 ["The recommended dose of EVENITY is 210 mg.", "Do this once every month for 12 months."], ["dose", "duration"]),
("How many pens per Evenity dose and what does each pen hold?", [EL], [["2 pre-filled pens"], ["105 mg"], ["1.17 ml"]],
 ["Since one pre-filled pen contains 105 mg of the active substance romosozumab in 1.17 ml of solution (90mg/ml), 2 pre-filled pens must be used for each dose."], ["dose", "count"]),
("Contraindications for romosozumab in the EU leaflet?", [EL], [["hypocalcaemia"], ["history of heart attack or stroke"]],
 ["you have a history of heart attack or stroke."], ["list"]),
("Can Evenity be kept outside the fridge, and for how long?", [EL], [["up to 30 days"], ["up to 25 C"]],
 ["you can keep it at room temperature (up to 25 C) for up to 30 days."], ["duration"]),
("How frequent is osteonecrosis of the jaw with Evenity per the leaflet?", [EL], [["rarely (may affect up to 1 in 1,000 people)"]],
 ["has been reported rarely (may affect up to 1 in 1,000 people) in patients receiving EVENITY."], ["percentage"]),
("Very common Evenity side effects?", [EL], [["Common cold"], ["Joint pain"]],
 ["Very common side effects (may affect more than 1 in 10 people):"], ["list"]),
("What are the inactive ingredients of Evenity?", [EL], [["calcium acetate"], ["sucrose"], ["polysorbate 20"]],
 ["The other ingredients are calcium acetate, glacial acetic acid, sodium hydroxide (for pH adjustment), sucrose, polysorbate 20 and water for injections."], ["list"]),
("Evenity pack presentations?", [EL], [["Pack size of 2 pre-filled pens"], ["Multipack containing 6 (3 packs of 2)"]],
 ["Pack size of 2 pre-filled pens. Multipack containing 6 (3 packs of 2) pre-filled pens."], ["count"]),
("Who manufactures Evenity for the EU and who holds the MA?", [EL], [["Amgen Europe B.V."], ["UCB Pharma S.A."]],
 ["Manufacturer Amgen Europe B.V.,", "Marketing Authorisation Holder UCB Pharma S.A.,"], ["name"]),
("After a missed Evenity dose, how soon can the next one be given?", [EL], [["not earlier than one month after the date of the last dose"]],
 ["Thereafter, the next dose should be given not earlier than one month after the date of the last dose."], ["duration"]),
("Which side effects are listed as uncommon for romosozumab?", [EL], [["Hives (urticaria)"], ["Cataract"]],
 ["Uncommon side effects (may affect up to 1 in 100 people):"], ["list"]),
]

# ------------------------------------------------------------------ romosozumab CRL
A += [
("When did Amgen's romosozumab BLA reach FDA?", [EC], [["July 19, 2016"]],
 ["Please refer to your Biologics License Application (BLA) dated and received July 19, 2016"], ["date"]),
("What was the deficiency FDA cited for romosozumab in 2017?", [EC], [["higher incidence of cardiovascular serious adverse events"], ["alendronate"]],
 ["Preliminary findings from Study 20110142 show a higher incidence of cardiovascular serious adverse events with romosozumab compared to alendronate in women with postmenopausal osteoporosis."], ["definition"]),
("Which study compared romosozumab with placebo in men, and what did it show?", [EC], [["20110174"], ["similar signal"]],
 ["A similar signal was seen in Study 20110174, a smaller study comparing romosozumab to placebo in men with osteoporosis."], ["identifier"]),
("Which romosozumab study did not appear to show a CV signal?", [EC], [["20070337"]],
 ["Although Study 20070337 did not appear to have a cardiovascular safety signal"], ["identifier"]),
("What did FDA ask Amgen to submit to resolve the cardiovascular deficiency?", [EC], [["integrated assessment of cardiovascular risk"]],
 ["Submit the individual clinical study reports together with an integrated assessment of cardiovascular risk that takes into account the totality of the data."], ["definition"]),
("When did FDA correspond on the proposed name Evenity?", [EC], [["October 18, 2016"]],
 ["Please refer to correspondence dated, October 18, 2016, which addresses the proposed proprietary name, Evenity."], ["date"]),
("Signature date on the romosozumab complete response letter?", [EC], [["07/13/2017"]],
 ["JULIE G BEITZ\n07/13/2017"], ["date"]),
("Who was the FDA project manager for BLA 761062?", [EC], [["Samantha Bell"], ["(301) 796-9687"]],
 ["If you have any questions, call Samantha Bell, Regulatory Project Manager, at (301) 796-9687."], ["name"]),
("What did the romosozumab letter say about the nonproprietary naming guidance?", [EC], [["January 13, 2017"], ["four-letter suffix"]],
 ["FDA intends to assign a four-letter suffix for inclusion in the proper name designated in the license at such time as FDA approves the BLA."], ["date", "definition"]),
]

# ------------------------------------------------------------------ Bimzelx leaflet
A += [
("Bimzelx plaque psoriasis dosing schedule?", [BL], [["320 mg"], ["weeks 0, 4, 8, 12, 16"], ["every 8 weeks"]],
 ["320 mg (given as two pre-filled syringes, containing 160 mg each) at weeks 0, 4, 8, 12, 16."], ["dose"]),
("Is there a different maintenance interval for heavier psoriasis patients on bimekizumab?", [BL], [["more than 120 kg"], ["every 4 weeks from week 16"]],
 ["If you weigh more than 120 kg, your doctor may decide to continue your injections every 4 weeks from week 16."], ["dose", "yes-no"]),
("Bimzelx dose in psoriatic arthritis without significant skin disease?", [BL], [["160 mg (given as one pre-filled syringe) every 4 weeks"]],
 ["160 mg (given as one pre-filled syringe) every 4 weeks."], ["dose"]),
("Contraception after stopping Bimzelx - how long?", [BL], [["at least 17 weeks"]],
 ["you should use contraception while using this medicine and for at least 17 weeks after your last dose of Bimzelx."], ["duration"]),
("Max time Bimzelx syringes can be out of the refrigerator?", [BL], [["up to 25 days"]],
 ["Bimzelx can be kept out of the refrigerator for up to 25 days."], ["duration"]),
("What does one Bimzelx pre-filled syringe contain?", [BL], [["160 mg of bimekizumab in the 1 mL solution"]],
 ["Each pre-filled syringe contains 160 mg of bimekizumab in the 1 mL solution."], ["dose"]),
("Which cytokines does bimekizumab block?", [BL], [["IL-17A and IL-17F"]],
 ["Bimekizumab works by reducing the activity of two proteins called IL-17A and IL-17F, which are involved in causing inflammation."], ["name"]),
("What indications does the Bimzelx leaflet list?", [BL], [["Plaque psoriasis"], ["Psoriatic arthritis"], ["Axial spondyloarthritis"]],
 ["Bimzelx is used to treat the following inflammatory diseases:"], ["list"]),
("Where is Bimzelx manufactured per the EU leaflet?", [BL], [["Braine-l Alleud"]],
 ["Manufacturer UCB Pharma S.A. Chemin du Foriest B-1420 Braine-l Alleud, Belgium"], ["place"]),
("Which Bimzelx side effect is very common?", [BL], [["upper respiratory infections"]],
 ["- upper respiratory infections with symptoms such as sore throat and stuffy nose"], ["name"]),
]

# ------------------------------------------------------------------ Bimzelx CRL
A += [
("When was the UCB4940 BLA originally submitted?", [BC], [["July 15, 2020"]],
 ["Please refer to your biologics license application (BLA) dated and received July 15, 2020"], ["date"]),
("What effect did UCB's April 2021 amendment have on the bimekizumab review?", [BC], [["April 16, 2021"], ["extended the goal date by three months"]],
 ["We acknowledge receipt of your major amendment dated April 16, 2021, which extended the goal date by three months."], ["date", "duration"]),
("Which facility's inspection held up the bimekizumab BLA?", [BC], [["UCB Pharma SA"], ["3003909356"]],
 ["During a recent inspection of the UCB Pharma SA (FEI: 3003909356) manufacturing facility for this application, our field investigator conveyed deficiencies to the representative of the facility."], ["name", "identifier"]),
("When did FDA write about the proposed name Bimzelx?", [BC], [["October 14, 2020"]],
 ["Please refer to correspondence dated, October 14, 2020 which addresses the proposed proprietary name, Bimzelx."], ["date"]),
("Date the bimekizumab CRL was electronically signed?", [BC], [["05/12/2022"]],
 ["05/12/2022 02:09:51 PM"], ["date"]),
("Who at FDA should UCB call about BLA 761151?", [BC], [["Strother D. Dixon"], ["(301) 796-1015"]],
 ["If you have any questions, call Strother D. Dixon, Senior Regulatory Project Manager, at"], ["name"]),
("How long does UCB have to resubmit after the bimekizumab CRL?", [BC], [["Within one year after the date of this letter"]],
 ["Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 601.3(b)."], ["duration"]),
]

# ------------------------------------------------------------------ Mavenclad leaflet
A += [
("Mavenclad tablet strength?", [ML], [["10 mg cladribine"]],
 ["Each tablet contains 10 mg cladribine."], ["dose"]),
("How much sorbitol is in each MAVENCLAD tablet?", [ML], [["64 mg sorbitol"]],
 ["This medicine contains 64 mg sorbitol in each tablet."], ["amount"]),
("How long must contraception continue after the last MAVENCLAD dose?", [ML], [["6 months"]],
 ["Men and women must use effective contraception during treatment and for at least 6 months after the last dose."], ["duration"]),
("If a woman must take Mavenclad, how long after the last dose should breast-feeding be stopped?", [ML], [["at least one week after the last dose"]],
 ["your doctor will advise you to stop breast-feeding during treatment and at least one week after the last dose."], ["duration"]),
("What spacing is needed between Mavenclad and other oral medicines, and why?", [ML], [["at least 3 hours"], ["hydroxypropylbetadex"]],
 ["Leave a gap of at least 3 hours between taking MAVENCLAD and other medicines taken by mouth. MAVENCLAD contains hydroxypropylbetadex that may interact with other medicines in your stomach."], ["duration"]),
("How many cladribine tablets does an 85 kg patient get in treatment week 1?", [ML], [["8 tablets"]],
 ["Example: if you weigh 85 kg and are about to start treatment week 1, you will be given 8 tablets."], ["count", "dose"]),
("For an 8-tablet treatment week, how are the tablets spread over the days?", [ML], [["2 tablets on Day 1, Day 2, Day 3, then 1 tablet on Day 4 and Day 5"]],
 ["Example: if you have to take 8 tablets, you would take 2 tablets on Day 1, Day 2, Day 3, then 1 tablet on Day 4 and Day 5."], ["dose"]),
("How is a MAVENCLAD course structured over the 2 years?", [ML], [["two treatment courses over 2 years"], ["2 treatment weeks"]],
 ["You will be given MAVENCLAD as two treatment courses over 2 years. Each treatment course consists of 2 treatment weeks, which are one month apart at the beginning of each treatment year."], ["duration"]),
("After the two Mavenclad courses, how long is follow-up without dosing?", [ML], [["another 2 years"]],
 ["Once you have completed the 2 treatment courses over 2 years, your doctor will continue to monitor your health for another 2 years, in which you do not need to take the medicine."], ["duration"]),
("Mavenclad: how long to wait after shingles vaccination before starting?", [ML], [["between 4 and 6 weeks"]],
 ["You will need to wait between 4 and 6 weeks for the vaccination to take effect."], ["duration"]),
("Pack sizes for Mavenclad?", [ML], [["1, 4, 5, 6, 7 or 8 tablets"]],
 ["Each pack contains 1, 4, 5, 6, 7 or 8 tablets in a blister, sealed in a cardboard wallet and fixed in a child-resistant carton."], ["count"]),
("Who is the MAH for MAVENCLAD in the EU?", [ML], [["Merck Europe B.V."]],
 ["Merck Europe B.V. Gustav Mahlerplein 1082 MA Amsterdam The Netherlands"], ["name"]),
("Does the Mavenclad leaflet contraindicate use in HIV-positive patients?", [ML], [["HIV positive"]],
 ["if you are HIV positive, meaning you are infected with the human immunodeficiency virus (HIV)."], ["yes-no"]),
]

# ------------------------------------------------------------------ cladribine CRL
A += [
("When was EMD Serono's cladribine tablets NDA dated and received?", [MC], [["May 27, 2010"], ["May 28, 2010"]],
 ["Please refer to your New Drug Application (NDA) dated May 27, 2010, received May 28, 2010"], ["date"]),
("Which trial did FDA accept as substantial evidence of cladribine efficacy?", [MC], [["CLARITY"]],
 ["Substantial evidence of cladribine’s effectiveness was provided by the CLARITY study."], ["name"]),
("Malignancy counts in CLARITY and across the whole cladribine safety database?", [MC], [["four cases of malignancy"], ["33 cases of malignancy"]],
 ["In the CLARITY trial, there were four cases of malignancy in cladribine-treated subjects and none in placebo-treated subjects.", "there were 33 cases of malignancy in cladribine-treated subjects and two in placebo-treated subjects."], ["count"]),
("Malignancy rate per 1000 in US oral cladribine trials vs worldwide?", [MC], [["18.3 cases of malignancy per 1000"], ["8.2 cases of malignancy per 1000"]],
 ["revealed 8.2 cases of malignancy per 1000 cladribine-treated subjects (13 cases in 1579 subjects) in all oral cladribine trials worldwide", "18.3 cases of malignancy per 1000 subjects in cladribine treated subjects (3 cases in 164 subjects)"], ["amount"]),
("What safety registry did EMD Serono propose for cladribine and what was FDA's view?", [MC], [["PREMIERE"], ["unclear how this registry will serve to mitigate the risk of malignancy"]],
 ["You have discussed conducting a long-term prospective follow-up safety registry (PREMIERE)", "We remain concerned, as it is unclear how this registry will serve to mitigate the risk of malignancy."], ["name"]),
("Where in the ISS were the standardized incidence ratios described?", [MC], [["pages 289-290"]],
 ["We request additional information on the methods used in calculating the standardized incidence ratios (SIRs) described on pages 289-290 of the Integrated Summary of Safety."], ["identifier"]),
("Max observation duration in CLARITY according to the cladribine CRL?", [MC], [["2 years"]],
 ["Although the maximum duration of observation in CLARITY is 2 years"], ["duration"]),
("Who signed the cladribine CRL and for which division?", [MC], [["Russell Katz"], ["Division of Neurology Products"]],
 ["Russell Katz, M. D.\nDirector\nDivision of Neurology Products"], ["name"]),
("FDA project manager contact for NDA 022561?", [MC], [["Hamet Touré"], ["(301) 796-7534"]],
 ["If you have any questions, call Hamet Touré, Regulatory Project Manager at (301) 796-7534."], ["name"]),
("When was the pre-NDA meeting between EMD Serono and FDA?", [MC], [["May 8, 2009"]],
 ["Please refer to the meeting minutes from the pre-NDA meeting between EMD Serono and FDA on May 8, 2009"], ["date"]),
("How quickly must cases of myelodysplasia be reported to FDA for cladribine?", [MC], [["within 15 days"]],
 ["We request to be notified within 15 days of any reported case of myelodysplasia in a subject who has taken cladribine."], ["duration"]),
("What was the longest time to lymphopenia resolution noted in the cladribine letter?", [MC], [["202.6 weeks"]],
 ["the upper range of time to resolution for all cladribine subjects is 202.6 weeks"], ["duration"]),
("Which prior MS disease-modifying drugs did FDA want cladribine haematology stratified by?", [MC], [["interferon beta-1a"], ["natalizumab"], ["fingolimod"]],
 ["DMDs analyzed should include: interferon beta-1a, interferon beta-1b, glatiramer acetate, mitoxantrone, natalizumab, and fingolimod."], ["list"]),
("In the cladribine hearing-loss table, which preferred terms were reported for the 40-year-old subjects on 5.25 mg/kg?", [MC], [["Deafness bilateral"], ["Hypoacusis"]],
 ["40 Cladribine 5.25 mg/kg Deafness bilateral", "40 Cladribine 5.25 mg/kg Hypoacusis"], ["name"]),
("Within what time after the CLARITY dosing did FDA want published cardiac failure cases summarised?", [MC], [["within 6 months of starting treatment"]],
 ["We request a summary and references for all published cases of cardiac failure that occurred within 6 months of starting treatment with cladribine."], ["duration"]),
("What cumulative oral dose strata did FDA request for the cladribine malignancy analyses?", [MC], [[">0-2.63 mg/kg"], [">6.13 mg/kg"]],
 ["Cumulative dose category (oral dose equivalent >0-2.63 mg/kg, >2.63-4.38 mg/kg, >4.38-6.13 mg/kg, >6.13 mg/kg, and all cladribine doses combined)"], ["list", "dose"]),
]

# ------------------------------------------------------------------ Xenical SmPC
A += [
("Xenical dose and timing?", [X], [["one 120 mg capsule"], ["each main meal"]],
 ["The recommended dose of orlistat is one 120 mg capsule taken with water immediately before, during or up to one hour after each main meal."], ["dose"]),
("When should orlistat be stopped for lack of effect?", [X], [["after 12 weeks"], ["at least 5 %"]],
 ["Treatment with orlistat should be discontinued after 12 weeks if patients have been unable to lose at least 5 % of the body weight as measured at the start of therapy."], ["duration"]),
("BMI thresholds in the Xenical indication?", [X], [["greater or equal to 30 kg/m²"], ["BMI > 28 kg/m²"]],
 ["for the treatment of obese patients with a body mass index (BMI) greater or equal to 30 kg/m², or overweight patients (BMI > 28 kg/m²) with associated risk factors."], ["amount"]),
("Xenical contraindications?", [X], [["Chronic malabsorption syndrome"], ["Cholestasis"], ["Breast-feeding"]],
 ["- Chronic malabsorption syndrome.", "- Cholestasis.", "- Breast-feeding."], ["list"]),
("With Xenical, when should a multivitamin be taken?", [X], [["at least two hours after the administration of orlistat or at bedtime"]],
 ["If a multivitamin supplement is recommended, it should be taken at least two hours after the administration of orlistat or at bedtime."], ["duration"]),
("XENDOS one-year results: share losing at least 10% body weight and mean difference?", [X], [["41 %"], ["21 %"], ["4.4 kg"]],
 ["After 1 year of treatment, 41 % of the orlistat treated patients versus 21 % of placebo treated patients lost ≥ 10 % of body weight with a mean difference of 4.4 kg between the two groups."], ["percentage"]),
("Cumulative diabetes incidence in the 4-year orlistat trial?", [X], [["3.4 %"], ["5.4 %"]],
 ["cumulative diabetes cases incidences: 3.4 % in the orlistat group compared to 5.4 % in the placebo-treated group"], ["percentage"]),
("How many adolescents were randomised in the orlistat adolescent study and what was the primary endpoint?", [X], [["539"], ["change in body mass index (BMI)"]],
 ["539 obese adolescent patients were randomised to receive either 120 mg orlistat (n=357) or placebo (n=182)", "The primary endpoint was the change in body mass index (BMI) from baseline to the end of the study."], ["count", "endpoint"]),
("Bone fracture incidence in the adolescent orlistat trial?", [X], [["6 % versus 2.8 %"]],
 ["there was an unexplained increase in the incidence of bone fractures (6 % versus 2.8 % in the orlistat and placebo groups, respectively)."], ["percentage"]),
("Highest single orlistat dose studied in overdose context?", [X], [["800 mg"]],
 ["Single doses of 800 mg orlistat and multiple doses of up to 400 mg three times daily for 15 days have been studied in normal weight and obese subjects without significant adverse findings."], ["dose"]),
("Xenical shelf life and storage temperatures for blisters and bottles?", [X], [["2 years"], ["25 °C"], ["30 °C"]],
 ["Blisters: Do not store above 25 °C.", "Bottles: Do not store above 30 °C."], ["duration"]),
("Xenical first authorisation and latest renewal dates?", [X], [["29 July 1998"], ["17 June 2008"]],
 ["Date of first authorisation: 29 July 1998", "Date of latest renewal: 17 June 2008"], ["date"]),
("ATC code of orlistat?", [X], [["A08AB01"]],
 ["Pharmaco-therapeutic group: Peripherally acting antiobesity agent, ATC code A08AB01."], ["identifier"]),
("How much of an orlistat dose is excreted in faeces?", [X], [["97 %"], ["83 %"]],
 ["Approximately 97 % of the administered dose was excreted in faeces and 83 % of that as unchanged orlistat."], ["percentage"]),
("Which very common events are listed under infections and nervous system in the Xenical AE table?", [X], [["Influenza"], ["Headache"]],
 ["Infections and infestations | Very common: Influenza", "Nervous system disorders | Very common: Headache"], ["list"]),
("Who holds the Xenical marketing authorisation?", [X], [["CHEPLAPHARM Arzneimittel GmbH"]],
 ["CHEPLAPHARM Arzneimittel GmbH"], ["name"]),
("Which post-marketing hepatobiliary reactions are listed for orlistat?", [X], [["Cholelithiasis"], ["Hepatitis that may be serious"]],
 ["Hepatobiliary disorders | Cholelithiasis; Hepatitis that may be serious."], ["list"]),
]

# ------------------------------------------------------------------ cross-document
A += [
("On the same day CHMP issued its positive opinion on Omvoh, what happened to Lilly's US application?", [E, OC], [["30 March 2023"], ["03/30/2023"], ["cannot approve this application in its present form"]],
 ["issued a positive opinion for granting a marketing authorisation to Omvoh on | 30 March 2023", "We have completed our review of this application, as amended, and have determined that we cannot approve this application in its present form."], ["date", "cross-document"]),
("The EPAR gives a 300 mg IV induction dose for Omvoh - how many vials is that per infusion?", [E, OL], [["300 mg intravenous (IV) infusion every 4 weeks for 3 doses"], ["Each vial contains 300 mg mirikizumab"]],
 ["The proposed dosing regimen for the indication is 300 mg intravenous (IV) infusion every 4 weeks for 3 doses followed by 200 mg subcutaneous (SC) injection every 4 weeks.", "Each vial contains 300 mg mirikizumab in 15 mL (20 mg/mL)."], ["dose", "cross-document"]),
("FDA's 2017 letter raised a cardiovascular signal for romosozumab - how does the EU Evenity leaflet handle cardiovascular history?", [EC, EL], [["cardiovascular serious adverse events"], ["history of heart attack or stroke"]],
 ["Preliminary findings from Study 20110142 show a higher incidence of cardiovascular serious adverse events with romosozumab compared to alendronate in women with postmenopausal osteoporosis.", "you have a history of heart attack or stroke."], ["cross-document"]),
("Romosozumab: who was the US applicant and who is the EU marketing authorisation holder?", [EC, EL], [["Amgen Inc."], ["UCB Pharma S.A."]],
 ["Amgen Inc.\nAttention: Julia Zhu, Pharm.D., RAC", "Marketing Authorisation Holder UCB Pharma S.A.,"], ["name", "cross-document"]),
("Which CRLs in the folder carry Julie Beitz's signature, and for which products?", [OC, EC, BC], [["LY3074828"], ["romosozumab"], ["UCB4940"]],
 ["for LY3074828 injection for moderately to severely active ulcerative colitis", "submitted under section 351(a) of the Public Health Service Act for romosozumab", "submitted under section 351(a) of the Public Health Service Act for UCB4940 (CDP4940)"], ["name", "list", "cross-document"]),
("FDA refused cladribine over malignancy risk - what does the EU Mavenclad leaflet tell patients about cancer?", [MC, ML], [["unacceptable risk"], ["Single events of cancer have been observed"]],
 ["The presence of a disproportionate number of malignancies in cladribine-treated subjects represents an unacceptable risk.", "Single events of cancer have been observed in patients who had received cladribine in clinical studies."], ["cross-document"]),
("Lymphopenia: what did FDA require from EMD Serono, and how frequent is it per the EU leaflet?", [MC, ML], [["time to resolution of lymphopenia"], ["very common"]],
 ["you must ascertain the time to resolution of lymphopenia in cladribine- treated subjects in CLARITY", "The most important side effect is a reduction in the number of white blood cells called lymphocytes (lymphopenia), which is very common and may be severe."], ["cross-document"]),
("Compare how long Evenity pens and Bimzelx syringes can be stored outside the refrigerator.", [EL, BL], [["up to 30 days"], ["up to 25 days"]],
 ["you can keep it at room temperature (up to 25 C) for up to 30 days.", "Bimzelx can be kept out of the refrigerator for up to 25 days."], ["duration", "cross-document"]),
("Post-treatment contraception: Omvoh vs Bimzelx?", [OL, BL], [["at least 10 weeks"], ["at least 17 weeks"]],
 ["should use effective contraception while using Omvoh and for at least 10 weeks after the last Omvoh dose.", "for at least 17 weeks after your last dose of Bimzelx."], ["duration", "cross-document"]),
("For bimekizumab, which UCB site did FDA inspect, and which UCB site is named as EU manufacturer?", [BC, BL], [["UCB Pharma SA (FEI: 3003909356)"], ["Braine-l Alleud"]],
 ["During a recent inspection of the UCB Pharma SA (FEI: 3003909356) manufacturing facility for this application", "Manufacturer UCB Pharma S.A. Chemin du Foriest B-1420 Braine-l Alleud, Belgium"], ["place", "cross-document"]),
("How does the liver monitoring the CHMP required for mirikizumab show up in the patient leaflet?", [E, OL], [["monthly liver monitoring during induction"], ["blood tests before starting and during treatment"]],
 ["a recommendation for monthly liver monitoring during induction followed by less frequent monitoring during the maintenance therapy", "Your doctor will conduct blood tests before starting and during treatment with Omvoh to check if your liver is functioning normally."], ["cross-document"]),
]

# ------------------------------------------------------------------ unanswerable
U += [
("What is the US list price of Omvoh?", "No pricing information in any document.", ["amount"]),
("When did FDA finally approve mirikizumab after the 2023 complete response?", "The folder has only the CRL (March 2023); no later approval date is given.", ["date"]),
("What exactly were the facility deficiencies FDA found at Lilly's Indianapolis plant?", "The mirikizumab CRL says deficiencies were conveyed to the facility but does not describe them.", ["definition"]),
("What were FDA's microbiology comments in the mirikizumab letter?", "The MICROBIOLOGY section of the CRL is redacted ((b) (4)); its content is not in the document.", ["definition"]),
("Who was the PRAC rapporteur for Omvoh?", "The EPAR excerpt names only the CHMP Rapporteur and Co-Rapporteur; no PRAC rapporteur name is given.", ["name"]),
("How many patients were enrolled in the AMAP long-term extension?", "The EPAR excerpt names Study AMAP but gives no enrolment for it.", ["count"]),
("What is the terminal half-life of mirikizumab?", "The EPAR excerpt omits the pharmacokinetics sections; no half-life is given in any document.", ["duration"]),
("What's the Omvoh dose for Crohn's disease?", "Only the UC indication and dosing appear; no Crohn's disease dosing is given.", ["dose"]),
("How long can the Omvoh 100 mg pre-filled syringe stay at room temperature?", "The folder's leaflet covers storage of the vial/diluted infusion only; the pre-filled syringe leaflet is cut after its opening lines.", ["duration"]),
("What proportion of mirikizumab-treated UC patients developed anti-drug antibodies?", "The EPAR excerpt mentions ADA status only in the injection-site reaction comparison; no overall ADA incidence is reported.", ["percentage"]),
("What was the PDUFA goal date for the bimekizumab BLA?", "The CRL says the goal date was extended by three months but never states the date.", ["date"]),
("When did UCB resubmit the Bimzelx BLA?", "No resubmission date is reported in any document.", ["date"]),
("What did FDA find wrong at the UCB Pharma SA facility?", "The bimekizumab CRL only says deficiencies were conveyed; it does not list them.", ["definition"]),
("What PASI 90 response rates did bimekizumab achieve in psoriasis trials?", "No efficacy results for bimekizumab appear in the leaflet or CRL.", ["percentage"]),
("What is the Bimzelx dose for hidradenitis suppurativa?", "The leaflet lists only plaque psoriasis, psoriatic arthritis and axial spondyloarthritis; no HS dosing.", ["dose"]),
("Does Bimzelx need dose adjustment in hepatic impairment?", "The leaflet gives no hepatic impairment dosing information.", ["yes-no"]),
("How many women were enrolled in romosozumab Study 20110142?", "The CRL names the study but gives no enrolment figure.", ["count"]),
("What hazard ratio for cardiovascular events did Amgen report versus alendronate?", "The CRL describes a higher incidence but gives no hazard ratio or numbers.", ["amount"]),
("What dose of romosozumab did Amgen propose in the original BLA?", "The CRL does not state the proposed dosing.", ["dose"]),
("Evenity dosing for glucocorticoid-induced osteoporosis?", "The leaflet covers only severe postmenopausal osteoporosis; no such dosing.", ["dose"]),
("What was the fracture risk reduction with Evenity in the pivotal trial?", "No efficacy figures are given in the Evenity leaflet or CRL.", ["percentage"]),
("How many patients were randomised in CLARITY?", "The cladribine CRL discusses CLARITY but never gives its sample size (1579 refers to all oral cladribine trials).", ["count"]),
("By how much did cladribine reduce the annualised relapse rate in CLARITY?", "The CRL says effects on relapse rate were shown but gives no numbers.", ["percentage"]),
("What proprietary name had EMD Serono proposed for cladribine tablets in the US?", "The name is redacted in the CRL ('for (cladribine) Tablets').", ["name"]),
("What percentage dissolution in 15 minutes did EMD Serono propose as the specification?", "The percentages in the dissolution comment are redacted in the CRL.", ["percentage"]),
("When was MAVENCLAD first authorised in the EU?", "The leaflet gives no authorisation date ('This leaflet was last revised in .').", ["date"]),
("How much does a Mavenclad treatment course cost?", "No cost information in any document.", ["amount"]),
("When did EMD Serono resubmit the cladribine NDA?", "No resubmission is reported; the CRL is dated 2011 and nothing later is in the folder.", ["date"]),
("What is the Xenical 'date of revision of the text'?", "Section 10 of the SmPC carries no date, only a pointer to the EMA website.", ["date"]),
("How many patients were enrolled in XENDOS?", "The SmPC reports XENDOS percentages but not the number of patients.", ["count"]),
("What is the dose of the 60 mg OTC orlistat product?", "Only Xenical 120 mg is covered; no 60 mg product information.", ["dose"]),
("By how much should levothyroxine be adjusted when starting orlistat?", "The SmPC mentions possible reduced control of hypothyroidism but gives no dose adjustment.", ["dose"]),
("What was the total number of patients in the five 2-year orlistat studies?", "The SmPC gives pooled percentages only, without patient numbers.", ["count"]),
("What upfront payment did UCB pay Amgen for Evenity's EU rights?", "No deal terms appear in any document.", ["amount"]),
("Which CHMP member chaired the Omvoh discussion?", "No chair is named in the EPAR excerpt.", ["name"]),
("What was endoscopic remission at week 52 in the Omvoh open-label extension?", "The EPAR excerpt gives no AMAP efficacy results.", ["percentage"]),
("How many Omvoh patients discontinued because of liver enzyme elevations?", "The EPAR excerpt discusses liver enzyme frequencies and DILI cases but gives no discontinuation count for this reason.", ["count"]),
]


DROP = [
 "On what date did the centralised procedure", "When was eligibility for the centralised", "Legal basis of the Omvoh",
 "What was the clinical response rate at week 12", "Bowel urgency NRS change", "How frequent were opportunistic",
 "Reported prevalence range", "What prescription status", "Was mirikizumab granted new active",
 "How often were infusion site reactions", "Arthralgia frequency",
 "What are the excipients in the Omvoh", "Final concentration of mirikizumab", "EU authorisation number on the Omvoh",
 "Which side effects are listed as uncommon for romosozumab", "Evenity pack presentations", "What are the inactive ingredients of Evenity",
 "Signature date on the romosozumab", "Which romosozumab study did not appear",
 "Which cytokines does bimekizumab", "Which Bimzelx side effect is very common",
 "When was the UCB4940 BLA originally", "Date the bimekizumab CRL",
 "Mavenclad tablet strength", "Pack sizes for Mavenclad", "Who is the MAH for MAVENCLAD", "Mavenclad: how long to wait after shingles",
 "Within what time after the CLARITY dosing", "When was the pre-NDA meeting", "Where in the ISS were", "FDA project manager contact for NDA 022561",
 "ATC code of orlistat", "Who holds the Xenical marketing", "Highest single orlistat dose", "Which very common events are listed under infections",
 "How much of an orlistat dose",
]
A = [a for a in A if not any(a[0].startswith(d) for d in DROP)]


def main():
    docs = {fn: open(os.path.join(DOCS, fn), encoding="utf-8").read() for fn in os.listdir(DOCS)}
    out, n = [], 0
    bad = 0
    for q, srcs, facts, quotes, tags in A:
        n += 1
        texts = [docs[s] for s in srcs]
        for f in facts:
            for alt in f:
                if not any(alt in t for t in texts):
                    print("FACT MISSING", n, repr(alt)); bad += 1
        for gq in quotes:
            if not any(gq in t for t in texts):
                print("QUOTE MISSING", n, repr(gq[:90])); bad += 1
        out.append({"id": "", "question": q, "answerable": True, "gold_sources": srcs, "facts": facts,
                    "gold_quotes": quotes, "tags": tags, "note": ""})
    for q, note, tags in U:
        out.append({"id": "", "question": q, "answerable": False, "gold_sources": [], "facts": [],
                    "gold_quotes": [], "tags": tags, "note": note})
    # interleave unanswerable items among answerable ones (deterministic)
    ans = [o for o in out if o["answerable"]]
    una = [o for o in out if not o["answerable"]]
    mixed = []
    step = max(1, len(ans) // len(una))
    ui = 0
    for i, o in enumerate(ans):
        mixed.append(o)
        if (i + 1) % step == 0 and ui < len(una):
            mixed.append(una[ui]); ui += 1
    mixed.extend(una[ui:])
    for i, o in enumerate(mixed, 1):
        o["id"] = f"pib-{i:03d}"
    with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in mixed:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(mixed), "questions;", len(ans), "answerable;", len(una), "unanswerable;",
          sum("cross-document" in o["tags"] for o in mixed), "cross-document;", bad, "problems")


if __name__ == "__main__":
    main()
