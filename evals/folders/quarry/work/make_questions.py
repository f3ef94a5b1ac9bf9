#!/usr/bin/env python3
import json, os, re
D = "/work/s32/blind/quarry/docs"
docs = {f: open(os.path.join(D, f), encoding="utf-8").read() for f in os.listdir(D)}
def fn(prefix):
    return [f for f in docs if f.startswith(prefix)][0]
A1, A2, A3, A4, A5, A6, A7, A8, A9, A10 = (fn(p) for p in ["01_", "02_", "03_", "04_", "05_", "06_", "07_", "08_", "09_", "10_"])
Q = []
def ans(q, srcs, facts, quotes, tags):
    for s in srcs: assert s in docs, s
    for fact in facts:
        for alt in fact:
            assert any(alt in docs[s] for s in srcs), (q, alt)
    for qu in quotes:
        assert any(qu in docs[s] for s in srcs), (q, qu[:80])
    if len(srcs) > 1 and "cross-document" not in tags: tags = tags + ["cross-document"]
    Q.append(dict(question=q, answerable=True, gold_sources=srcs, facts=facts, gold_quotes=quotes, tags=tags, note=""))
def una(q, note, tags, absent=()):
    for a in absent:
        for s, t in docs.items():
            assert a.lower() not in t.lower(), (q, a, s)
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

SAREPTA = "Signed and closed a licensing and collaboration agreement with Sarepta Therapeutics. Upon closing, Arrowhead receives $825 million, consisting of $500 million cash and $325 million as an equity investment priced at $27.2507, representing a 35% premium to the 30-day volume weighted average price."
SAR2 = "Arrowhead will also receive $250 million to be paid over five years. Arrowhead is also eligible to receive an additional $300 million in near-term payments, royalties on commercial sales, and approximately $10 billion in potential milestone payments."
# ---------------- 01 Arrowhead ----------------
ans("Upfront cash Arrowhead got from Sarepta at closing?", [A1], [["$500 million cash"]], [SAREPTA], ["amount"])
ans("How big was Sarepta's equity investment in Arrowhead and at what share price?", [A1], [["$325 million"], ["$27.2507"]], [SAREPTA], ["amount"])
ans("What premium did the Sarepta share purchase represent, and against which reference price?", [A1], [["35% premium"], ["30-day volume weighted average price"]], [SAREPTA], ["percentage"])
ans("Total consideration Arrowhead received on closing of the Sarepta licensing deal?", [A1], [["$825 million"]], [SAREPTA], ["amount"])
ans("Beyond the closing money, what deferred fixed payments does Sarepta owe Arrowhead and over what period?", [A1], [["$250 million"], ["over five years"]], [SAR2], ["amount", "duration"])
ans("Sarepta deal: near-term payments and potential milestones Arrowhead can still earn?", [A1], [["$300 million in near-term payments"], ["approximately $10 billion"]], [SAR2], ["amount"])
ans("What PDUFA action date did FDA set for plozasiran?", [A1], [["November 18, 2025"]], ["The FDA provided a Prescription Drug User Fee Act (PDUFA) action date of November 18, 2025"], ["date"])
ans("Is FDA planning an advisory committee for the plozasiran NDA?", [A1], [["not currently planning to hold an advisory committee meeting"]], ["indicated it is not currently planning to hold an advisory committee meeting"], ["yes-no"])
ans("For which indication was the plozasiran NDA accepted?", [A1], [["familial chylomicronemia syndrome"]], ["Announced that the U.S. Food and Drug Administration (FDA) has accepted the New Drug Application (NDA) for investigational plozasiran for the treatment of familial chylomicronemia syndrome, a severe and rare genetic disease."], ["name"])
ans("Which pivotal study underpins the plozasiran NDA, and what supportive evidence came with it?", [A1], [["PALISADE"], ["SUMMIT"]], ["The clinical basis of the NDA submission is comprised of the positive findings from the Phase 3 PALISADE study with supportive confirmatory evidence from the Phase 2 clinical studies of the SUMMIT program."], ["name"])
ans("Arrowhead revenue for the quarter ended Dec 31, 2024 (in thousands)?", [A1], [["2,500"]], ["Revenue | 2,500 | 3,551"], ["amount"])
ans("Arrowhead diluted net loss per share, fiscal Q1 2025?", [A1], [["(1.39)"]], ["Diluted | (1.39) | (1.24)"], ["amount"])
ans("What were Arrowhead's total cash resources at December 31, 2024?", [A1], [["552,935"]], ["and investments) | 552,935 | 680,961"], ["amount"])
ans("How much sits on Arrowhead's balance sheet as a liability tied to the sale of future royalties at end of December 2024?", [A1], [["346,776"]], ["of future royalties | 346,776 | 341,361"], ["amount"])
ans("Where did Arrowhead get regulatory clearance to start the ARO-ALK7 obesity trial?", [A1], [["New Zealand"]], ["Filed for and recently received regulatory clearance in New Zealand to initiate a Phase 1/2a clinical trial of ARO-ALK7"], ["place"])
ans("Max triglyceride reductions seen in the MUIR and SHASTA-2 open-label extension?", [A1], [["-73%"], ["-86%"]], ["Mean reductions from baseline in triglycerides of up to -73% in patients from MUIR and -86% in patients from SHASTA-2"], ["percentage"])
ans("How long does Arrowhead say its current cash funds operations?", [A1], [["funded into 2028"]], ["Arrowhead is currently funded into 2028"], ["date"])
# ---------------- 02 Arvinas ----------------
ans("How are costs and profits split between Arvinas and Pfizer on vepdegestrant?", [A2], [["share worldwide development costs, commercialization expenses, and profits"]], ["In July 2021, Arvinas announced a global collaboration with Pfizer for the co-development and co-commercialization of vepdegestrant; Arvinas and Pfizer will share worldwide development costs, commercialization expenses, and profits."], ["definition"])
ans("When was the Arvinas–Pfizer vepdegestrant collaboration announced?", [A2], [["July 2021"]], ["In July 2021, Arvinas announced a global collaboration with Pfizer"], ["date"])
ans("Which asset went to Novartis, and when was that global licence signed?", [A2], [["luxdegalutamide (ARV-766)", "ARV-766"], ["April 2024"]], ["Completed the Investigational New Drug application (IND) transition of luxdegalutamide (ARV-766) to Novartis as part of global license agreement executed in April 2024."], ["name", "date"])
ans("Cash Arvinas received from the Novartis agreements in 2024?", [A2], [["$150.0 million"]], ["(net of $150.0 million received from the Novartis agreements)"], ["amount"])
ans("How much 2024 revenue came from the Novartis agreements?", [A2], [["$162.4 million"]], ["The increase in revenue of $184.9 million for the year was primarily due to revenue from the Novartis agreements of $162.4 million"], ["amount"])
ans("Arvinas FY2024 total revenue?", [A2], [["$263.4 million"]], ["Revenue was $263.4 million and $59.2 million for the year and quarter ended December 31, 2024, respectively"], ["amount"])
ans("ClinicalTrials.gov number for VERITAC-2?", [A2], [["NCT05654623"]], ["(ClinicalTrials.gov Identifier: NCT05654623)"], ["identifier"])
ans("When is topline VERITAC-2 monotherapy data expected?", [A2], [["1Q25"]], ["with topline data anticipated in 1Q25"], ["date"])
ans("Which Pfizer compound will vepdegestrant be paired with in the planned first-line Phase 3?", [A2], [["atirmociclib"]], ["First-line Phase 3 combination trial with Pfizer’s novel investigational CDK4 inhibitor, atirmociclib."], ["name"])
ans("What happens to VERITAC-3?", [A2], [["will not proceed beyond the study lead-in"]], ["the VERITAC-3 Phase 3 clinical trial evaluating vepdegestrant plus palbociclib in the first-line will not proceed beyond the study lead-in"], ["definition"])
ans("Arvinas cash runway guidance?", [A2], [["into 2027"]], ["is sufficient to fund planned operating expenses and capital expenditure requirements into 2027"], ["date"])
ans("What one-time fee did Arvinas pay to exit its 101 College Street lease?", [A2], [["$41.5 million"]], ["inclusive of a one-time cash termination fee in the amount of $41.5 million related to the termination of our laboratory and office space lease with 101 College Street LLC in August 2024"], ["amount"])
ans("Who is Arvinas' interim chief commercial officer and from when?", [A2], [["Alex Santini"], ["January 17, 2025"]], ["Announced Alex Santini, Arvinas’ Senior Vice President, Global and U.S. Market Access, has been appointed interim Chief Commercial Officer effective January 17, 2025."], ["name", "date"])
ans("TACTIVE-U abemaciclib sub-study: clinical benefit rate and ORR?", [A2], [["62.5%"], ["26.7%"]], ["clinical benefit rate: 62.5%; overall response rate: 26.7%"], ["percentage", "endpoint"])
ans("What does ARV-393 degrade and what's its Phase 1 NCT?", [A2], [["BCL6"], ["NCT06393738"]], ["ARV-393: Oral PROTAC BCL6 degrader", "(ClinicalTrials.gov Identifier: NCT06393738)"], ["identifier", "name"])
ans("Has FDA given vepdegestrant any expedited designation?", [A2], [["Fast Track designation"]], ["The U.S. Food and Drug Administration (FDA) has granted vepdegestrant Fast Track designation as a monotherapy in the treatment of adults with ER+/HER2- locally advanced or metastatic breast cancer previously treated with endocrine-based therapy."], ["yes-no"])
ans("Current deferred revenue on Arvinas' balance sheet at Dec 31, 2024?", [A2], [["156.2"]], ["Deferred revenue | 156.2 | 163.0"], ["amount"])
# ---------------- 03 CRISPR ----------------
ans("How are CASGEVY program costs and profits split between Vertex and CRISPR Therapeutics?", [A3], [["60/40"]], ["Under an amended collaboration agreement, Vertex now leads global development, manufacturing, and commercialization of CASGEVY and splits program costs and profits worldwide 60/40 with CRISPR Therapeutics."], ["percentage"])
ans("Who holds the exclusive licence to CASGEVY and makes it?", [A3], [["Vertex is the manufacturer and exclusive license holder of CASGEVY"]], ["Vertex is the manufacturer and exclusive license holder of CASGEVY."], ["name"])
ans("Year CRISPR and Vertex started their research collaboration?", [A3], [["2015"]], ["CRISPR Therapeutics and Vertex entered into a strategic research collaboration in 2015"], ["date"])
ans("What is the NKure deal about — which asset and which territory?", [A3], [["CTX112"], ["India"]], ["CRISPR Therapeutics has formed a strategic partnership with Nkure Therapeutics Private Limited (“NKure”) to co-develop and co-commercialize CTX112 in India."], ["name", "place"])
ans("CRISPR cash, equivalents and marketable securities at year-end 2024?", [A3], [["$1,903.8 million"]], ["Cash, cash equivalents, and marketable securities were $1,903.8 million as of December 31, 2024"], ["amount"])
ans("Size of CRISPR's February 2024 registered direct?", [A3], [["$280.0 million"]], ["proceeds from the $280.0 million February 2024 registered direct offering"], ["amount"])
ans("In which markets is CASGEVY approved per the CRISPR update?", [A3], [["the U.S."], ["Great Britain"], ["the EU"], ["Kingdom of Saudi Arabia"], ["Bahrain"], ["Canada"], ["Switzerland"], ["United Arab Emirates"]], ["CASGEVY is approved in the U.S., Great Britain, the EU, the Kingdom of Saudi Arabia (KSA), the Kingdom of Bahrain (Bahrain), Canada, Switzerland and the United Arab Emirates (UAE) for the treatment of both SCD and TDT"], ["list", "place"])
ans("How many authorized treatment centers were live for CASGEVY by end of 2024?", [A3], [["more than 50 authorized treatment centers"]], ["As of the end of 2024, more than 50 authorized treatment centers (ATCs) have been activated globally"], ["count"])
ans("CTX112 RMAT — for what indications?", [A3], [["relapsed or refractory follicular lymphoma and marginal zone lymphoma"]], ["CTX112 was awarded Regenerative Medicine Advanced Therapy (RMAT) designation by the FDA for the treatment of relapsed or refractory follicular lymphoma and marginal zone lymphoma"], ["name"])
ans("CRISPR Q4 2024 net loss?", [A3], [["$37.3 million"]], ["Net loss was $37.3 million for the fourth quarter of 2024, compared to net income of $89.3 million for the fourth quarter of 2023."], ["amount"])
ans("Was there any collaboration expense in Q4 2024 for CRISPR, and why?", [A3], [["no collaboration expense"], ["deferral limit"]], ["There was no collaboration expense, net for the fourth quarter of 2024 due to reaching the deferral limit on costs related to the CASGEVY program in the third quarter of 2024."], ["yes-no", "amount"])
ans("What are the targets of CTX310 and CTX320?", [A3], [["ANGPTL3"], ["LPA"]], ["CTX310 (directed towards angiopoietin-related protein 3 (ANGPTL3)) and CTX320 (directed towards LPA"], ["name", "list"])
ans("Which targets do the preclinical in vivo programs CTX340 and CTX450 hit?", [A3], [["angiotensinogen (AGT)"], ["ALAS1"]], ["CTX340™, targeting angiotensinogen (AGT) for the treatment of refractory hypertension, and CTX450™, targeting 5’ aminolevulinic acid synthase 1 (ALAS1) for the treatment of acute hepatic porphyrias (AHP)"], ["name"])
ans("Who did CRISPR propose for election to its board?", [A3], [["Briggs Morrison"]], ["In January, CRISPR Therapeutics announced its proposal to elect Briggs Morrison, M.D., to its Board of Directors"], ["name"])
# ---------------- 04 Agios ----------------
ans("PDUFA goal date for PYRUKYND in thalassemia?", [A4], [["September 7, 2025"]], ["The review classification for this application is Standard and the Prescription Drug User Fee Act (PDUFA) goal date is September 7, 2025."], ["date"])
ans("Review classification of the thalassemia sNDA — priority or standard?", [A4], [["Standard"]], ["The review classification for this application is Standard"], ["definition"])
ans("PYRUKYND net revenue in Q4 2024 and full-year 2024?", [A4], [["$10.7 million"], ["$36.5 million"]], ["Net product revenue from sales of PYRUKYND for the fourth quarter of 2024 was $10.7 million, compared to $7.1 million for the fourth quarter of 2023, and $36.5 million for the year ended December 31, 2024"], ["amount"])
ans("What explains the jump in Agios' cash to $1.5 billion?", [A4], [["royalty monetization for vorasidenib"], ["milestone payment from Servier"]], ["This increase reflects payments from the royalty monetization for vorasidenib and a milestone payment from Servier for vorasidenib approval received in the third quarter of 2024."], ["amount", "name"])
ans("Agios net income for full-year 2024?", [A4], [["$673.7 million"]], ["net income was $673.7 million for the year ended December 31, 2024"], ["amount"])
ans("RISE UP: how many enrolled and what age group?", [A4], [["more than 200 patients"], ["16 years of age or older"]], ["Completed enrollment of the Phase 3 RISE UP study evaluating mitapivat for the treatment of sickle cell disease patients who are 16 years of age or older. This Phase 3 study enrolled more than 200 patients worldwide."], ["count"])
ans("Patient counts on PYRUKYND: enrollment forms vs on therapy?", [A4], [["223 unique patients"], ["130 patients"]], ["A total of 223 unique patients have completed prescription enrollment forms", "A total of 130 patients are on PYRUKYND therapy"], ["count"])
ans("What does AG-236 target and when is its IND planned?", [A4], [["TMPRSS6"], ["mid-2025"]], ["File an Investigational New Drug Application for AG-236, a siRNA targeting TMPRSS6 intended for the treatment of polycythemia vera, in mid-2025."], ["name", "date"])
ans("Which Agios director is leaving the board and when?", [A4], [["David Schenkein"], ["February 28, 2025"]], ["David Schenkein, M.D., has informed the company that he will step down from Agios’ Board of Directors, effective February 28, 2025"], ["name", "date"])
ans("Which regulators received the mitapivat thalassemia filings?", [A4], [["U.S."], ["European Union"], ["Kingdom of Saudi Arabia"], ["United Arab Emirates"]], ["filed regulatory applications for mitapivat (PYRUKYND) for the treatment of adult patients with non-transfusion-dependent and transfusion-dependent alpha- or beta-thalassemia with the U.S., European Union, Kingdom of Saudi Arabia and United Arab Emirates health authorities"], ["list", "place"])
ans("ACTIVATE-Kids — what population?", [A4], [["children aged 1 to <18 years with PK deficiency who are not regularly transfused"]], ["positive topline results from the ACTIVATE-Kids Phase 3 study of mitapivat in children aged 1 to <18 years with PK deficiency who are not regularly transfused"], ["definition"])
ans("Agios Q4 2024 R&D spend?", [A4], [["$82.8 million"]], ["R&D expenses were $82.8 million for the fourth quarter of 2024"], ["amount"])
# ---------------- 05 SpringWorks ----------------
ans("Approved US indication for GOMEKLI?", [A5], [["2 years of age and older"], ["neurofibromatosis type 1 (NF1)"], ["not amenable to complete resection"]], ["for the treatment of adult and pediatric patients 2 years of age and older with neurofibromatosis type 1 (NF1) who have symptomatic plexiform neurofibromas (PN) not amenable to complete resection"], ["definition"])
ans("ReNeu confirmed ORR in adults vs children?", [A5], [["41%"], ["52%"]], ["demonstrating a 41% ORR (N= 24/ 58) in adults and 52% in children (N=29/56)"], ["percentage", "endpoint"])
ans("How many were enrolled in ReNeu and how did they split by age?", [A5], [["114 patients"], ["58 adults"], ["56 pediatric patients"]], ["which enrolled 114 patients with NF1-PN ≥2 years of age (58 adults and 56 pediatric patients)"], ["count"])
ans("What was ReNeu's primary endpoint and who assessed it?", [A5], [["confirmed objective response rate (ORR)"], ["blinded independent central review"]], ["GOMEKLI met the primary endpoint of confirmed objective response rate (ORR), as assessed by blinded independent central review"], ["endpoint"])
ans("Did SpringWorks get a voucher with the GOMEKLI approval?", [A5], [["rare pediatric disease priority review voucher"]], ["SpringWorks was granted a rare pediatric disease priority review voucher (PRV) by the FDA"], ["yes-no"])
ans("Which dosage forms/strengths of GOMEKLI are available?", [A5], [["1 and 2 mg capsules"], ["1mg tablet for oral suspension"]], ["GOMEKLI is available in 1 and 2 mg capsules and in a 1mg tablet for oral suspension"], ["dose", "list"])
ans("Contraception duration after last GOMEKLI dose for women and men?", [A5], [["6 weeks after the last dose (females)"], ["3 months after the last dose (males)"]], ["use effective contraception during treatment with GOMEKLI and for 6 weeks after the last dose (females) or 3 months after the last dose (males)"], ["duration"])
ans("Breastfeeding restriction with GOMEKLI?", [A5], [["1 week after the last dose"]], ["advise patients not to breastfeed during treatment with GOMEKLI and for 1 week after the last dose"], ["duration"])
ans("Ocular toxicity incidence in the adult pooled safety population?", [A5], [["28%"]], ["In the adult pooled safety population, ocular toxicity occurred in 28% of patients treated with GOMEKLI"], ["percentage"])
ans("In ReNeu adults, how often did LVEF drop 10 to <20%?", [A5], [["16%"]], ["In the ReNeu study, decreased LVEF of 10 to <20% occurred in 16% of adult patients treated with GOMEKLI."], ["percentage"])
ans("Rash rate and rash-related permanent discontinuation in pooled adults on GOMEKLI?", [A5], [["92%"], ["11%"]], ["In the pooled adult safety population, rash occurred in 92% of patients treated with GOMEKLI and required permanent discontinuation in 11% of adult patients."], ["percentage"])
ans("When is an EU decision on mirdametinib expected?", [A5], [["2025"]], ["a decision is expected from the European Commission in 2025"], ["date"])
ans("Roughly how many people in the US live with NF1-PN?", [A5], [["approximately 40,000"]], ["There are approximately 40,000 people in the United States living with NF1-PN"], ["count"])
ans("Share of confirmed responders with responses lasting 12+ months, adults vs kids?", [A5], [["Eighty-eight percent"], ["90%"]], ["Eighty-eight percent of adults and 90% of children with a confirmed response had a response of at least 12 months duration"], ["percentage", "duration"])
ans("What designations did GOMEKLI hold before approval?", [A5], [["Orphan Drug"], ["Fast Track"]], ["GOMEKLI was previously granted Orphan Drug and Fast Track designations for the treatment of NF1-PN."], ["list"])
# ---------------- 06 Beyond Cancer 8-K ----------------
ans("Which regulator cleared Beyond Cancer's LV UNO Phase 1b?", [A6], [["Israeli Ministry of Health"]], ["today announced that the Israeli Ministry of Health (IMOH) has approved the use of Low Volume UNO (LV UNO) in a Phase 1b clinical trial of LV UNO in combination with anti-PD-1 therapy"], ["name"])
ans("NCT number for the LV UNO Phase 1b?", [A6], [["NCT05351502"]], ["The Phase 1b trial (NCT05351502) is a clinical proof-of-concept trial"], ["identifier"])
ans("Target enrollment and number of sites for the LV UNO + anti-PD-1 study?", [A6], [["up to 20 subjects"], ["four sites"]], ["The trial, which is expected to enroll up to 20 subjects", "The trial will be conducted at four sites in Israel"], ["count"])
ans("Primary efficacy measures in the Beyond Cancer Phase 1b?", [A6], [["objective response rate (ORR)"], ["duration of response (DOR)"], ["RECIST"]], ["designed to assess the preliminary efficacy of LV UNO by objective response rate (ORR) and duration of response (DOR) per RECIST v1.1 and secondarily immune-related response via iRECIST"], ["endpoint"])
ans("When will Beyond Cancer start screening and when is topline expected?", [A6], [["first quarter of 2025"], ["second half of 2025"]], ["patient screening will begin in the first quarter of 2025", "Topline data from the Phase 1b portion of the study are anticipated in the second half of 2025."], ["date"])
ans("How long must prior stable disease have lasted on anti-PD-1 to qualify for the LV UNO trial?", [A6], [["≥ 12 weeks"]], ["who have shown disease progression or prolonged stable disease (≥ 12 weeks) after receiving a single agent anti-PD-1 containing treatment"], ["duration"])
ans("Who is Beyond Cancer's CMO?", [A6], [["Jedidiah Monson"]], ["said Dr. Jedidiah Monson, Chief Medical Officer of Beyond Cancer"], ["name"])
ans("How long is a single UNO treatment claimed to take?", [A6], [["single 5-minute treatment"]], ["with as little as a single 5-minute treatment"], ["duration"])
# ---------------- 07 Casgevy leaflet ----------------
ans("Who is Casgevy for in the EU leaflet (ages/diseases)?", [A7], [["12 years and older with beta-thalassemia"], ["12 years and older with sickle cell disease"]], ["People aged 12 years and older with beta-thalassemia who need regular blood transfusions (transfusion-dependent thalassemia, TDT).", "People aged 12 years and older with sickle cell disease (SCD) who have frequent painful crises (called vaso-occlusive crises or VOCs)."], ["definition"])
ans("How long can manufacturing and testing of Casgevy take after cell collection?", [A7], [["up to 6 months"]], ["It may take up to 6 months from the time your cells are collected to manufacture and test Casgevy before it is sent back to your doctor."], ["duration"])
ans("Casgevy storage temperature, shelf life, and how soon to infuse after thawing?", [A7], [["-135 C"], ["two years"], ["within 20 minutes"]], ["Store frozen, at or below -135 C for up to two years.", "Once thawed, store at room temperature (20 C to 25 C) and infuse within 20 minutes."], ["duration"])
ans("Contraception requirement around Casgevy treatment?", [A7], [["at least 6 months after receiving Casgevy"]], ["you must use an effective method of contraception from the start of mobilisation treatment and for at least 6 months after receiving Casgevy"], ["duration"])
ans("How long will patients be monitored for blood cancers after Casgevy?", [A7], [["at least once a year for 15 years"]], ["Your doctor will monitor you at least once a year for 15 years for any signs of blood cancers."], ["duration"])
ans("How long must hospitals keep records on cell-based products like Casgevy?", [A7], [["30 years"]], ["Information about cell-based medicinal products must be kept for 30 years at the hospital where you receive the treatment."], ["duration"])
ans("Washout for iron chelators and for other SCD drugs before Casgevy?", [A7], [["at least 7 days"], ["at least 8 weeks"]], ["(chelating agents such as dexteroxamine, deferiprone and/or deferasirox) for at least 7 days before you are given the conditioning medicine", "(such as hydroxyurea/hydroxycarbamide, crizanlizumab or voxelotor) for at least 8 weeks before you are given the mobilisation and conditioning medicines"], ["duration"])
ans("Casgevy vial fill range and max vials per carton?", [A7], [["1.5 mL to 20 mL"], ["up to 9 vials"]], ["Casgevy is supplied in vials containing 1.5 mL to 20 mL.", "One carton may contain up to 9 vials."], ["count"])
ans("Who is the EU marketing authorisation holder for Casgevy?", [A7], [["Vertex Pharmaceuticals (Ireland) Limited"]], ["Marketing Authorisation Holder and Manufacturer\nVertex Pharmaceuticals (Ireland) Limited"], ["name"])
ans("DMSO content of Casgevy?", [A7], [["approximately 50 mg DMSO per mL"]], ["This medicine contains approximately 50 mg DMSO per mL."], ["dose"])
ans("Is Casgevy's EU authorisation conditional?", [A7], [["conditional approval"]], ["This medicine has been given conditional approval ."], ["yes-no"])
ans("Typical inpatient stay after the Casgevy infusion?", [A7], [["approximately 2 months"]], ["This can take approximately 2 months, but times can vary."], ["duration"])
ans("How many CD34+ cells per mL in Casgevy?", [A7], [["4-13 106 CD34+ cells"]], ["Each mL of Casgevy contains 4-13 106 CD34+ cells (blood stem cells)."], ["count"])
# ---------------- 08 Pyrukynd leaflet ----------------
ans("Pyrukynd starting dose and maximum dose?", [A8], [["one 5 mg tablet taken twice a day"], ["one 50 mg tablet taken twice a day"]], ["The recommended starting dose of Pyrukynd is one 5 mg tablet taken twice a day.", "up to a maximum of one 50 mg tablet taken twice a day"], ["dose"])
ans("Missed Pyrukynd dose — what's the cut-off for taking it late?", [A8], [["4 hours or less"], ["more than 4 hours"]], ["If you miss a dose by 4 hours or less, take it as soon as possible.", "If you miss a dose by more than 4 hours, do not take a replacement dose."], ["duration"])
ans("Pyrukynd storage condition?", [A8], [["Store below 25 C"]], ["Store below 25 C."], ["definition"])
ans("How long after the last Pyrukynd dose must women keep using contraception?", [A8], [["at least 1 month"]], ["You must also do this for at least 1 month after taking your last dose."], ["duration"])
ans("Very common side effects listed for Pyrukynd?", [A8], [["insomnia"], ["oestrone"], ["Nausea"]], ["- Difficulty sleeping (insomnia)\n- Decreased levels of the hormone oestrone - seen in blood tests in men\n- Nausea"], ["list"])
ans("Who are the MAH and the manufacturer named in the Pyrukynd leaflet?", [A8], [["Agios Netherlands B.V."], ["Almac Pharma Services Limited"]], ["Agios Netherlands B.V. Zuidplein Regus Amsterdam WTC 1077XV Amsterdam The Netherlands", "Almac Pharma Services Limited Seagoe Industrial Estate Portadown Craigavon"], ["name"])
ans("Standard Pyrukynd pack configuration?", [A8], [["4 blister wallets, each containing 14 film-coated tablets"], ["56 film-coated tablets"]], ["Pyrukynd 5 mg, 20 mg and 50 mg film-coated tablets are available in 4 blister wallets, each containing 14 film-coated tablets. Each carton contains 56 film-coated tablets."], ["count"])
ans("Can under-18s take Pyrukynd per the EU leaflet?", [A8], [["Do not give this medicine to children and adolescents under 18 years of age"]], ["Do not give this medicine to children and adolescents under 18 years of age."], ["yes-no"])
ans("Dimensions of the 50 mg Pyrukynd tablet?", [A8], [["16 mm x 6.8 mm"]], ["approximately 16 mm x 6.8 mm size with M50 printed in black ink on one side"], ["dose"])
ans("Which antifungal and TB drugs does the Pyrukynd leaflet flag as interacting?", [A8], [["itraconazole"], ["rifampicin"]], ["certain medicines for fungal infections - such as itraconazole", "certain medicines for tuberculosis - such as rifampicin"], ["list", "name"])
# ---------------- 09 NCT05380986 ----------------
ans("Lead sponsor of NCT05380986?", [A9], [["Henan Cancer Hospital"]], ["Lead Sponsor: Henan Cancer Hospital"], ["name"])
ans("Planned enrollment in the camrelizumab + apatinib real-world study?", [A9], [["500"]], ["Enrollment: 500\nEnrollment Type: Anticipated"], ["count"])
ans("Primary outcome of NCT05380986 and its time frame?", [A9], [["AE"], ["up to 2 years"]], ["Primary Outcome 1:\nMeasure: AE\nTime Frame: up to 2 years"], ["endpoint", "duration"])
ans("Camrelizumab dose in that study arm?", [A9], [["Camrelizumab 200 mg"]], ["Camrelizumab 200 mg, IVGTT D1, apatinib mesylate, once daily."], ["dose"])
ans("Start date and primary completion date for NCT05380986?", [A9], [["May 20, 2022"], ["May 1, 2024"]], ["Start Date: May 20, 2022", "Primary Completion Date: May 1, 2024"], ["date"])
ans("Org study ID?", [A9], [["SHR-1210-RWS"]], ["Org Study ID: SHR-1210-RWS"], ["identifier"])
ans("Design of NCT05380986 — allocation, model and masking?", [A9], [["Single Group Assignment"], ["None (Open Label)"]], ["Intervention Model: Single Group Assignment", "Masking: None (Open Label)"], ["definition"])
ans("ECOG and life-expectancy entry criteria for the camrelizumab/apatinib RWS?", [A9], [["ECOG score is 0~2"], ["Estimated survival ≥3 months"]], ["ECOG score is 0~2;", "Estimated survival ≥3 months;"], ["definition"])
ans("Secondary endpoints in NCT05380986?", [A9], [["Objective response rate"], ["Disease control rate"], ["Overall survival"]], ["Measure: Objective response rate", "Measure: Disease control rate", "Measure: Overall survival"], ["endpoint", "list"])
ans("Recruitment status and first-posted date of NCT05380986 in this record?", [A9], [["Recruiting"], ["May 19, 2022"]], ["Overall Status: Recruiting", "Study First Posted: May 19, 2022"], ["date"])
# ---------------- 10 Enanta ----------------
ans("Who bought part of Enanta's Mavyret royalty and what share do they get?", [A10], [["OMERS"], ["54.5%"]], ["A portion (54.5%) of Enanta's ongoing royalty revenue from AbbVie's net sales of MAVYRET(R)/MAVIRET(R) is paid to OMERS"], ["name", "percentage"])
ans("Upfront purchase price in the Enanta royalty sale?", [A10], [["$200.0 million"]], ["with the upfront purchase payment of $200.0 million recorded as a liability"], ["amount"])
ans("Cap and end date on the OMERS royalty payments?", [A10], [["1.42 times the purchase payment"], ["June 30, 2032"]], ["54.5% of the cash royalty payments are paid to OMERS through June 30, 2032. This is subject to a cap of 1.42 times the purchase payment"], ["amount", "date"])
ans("How is the royalty sale accounted for at Enanta?", [A10], [["treated as debt"]], ["For financial reporting purposes, the transaction was treated as debt"], ["definition"])
ans("Enanta revenue for the quarter ended Dec 31, 2024, and its source?", [A10], [["$17.0 million"], ["MAVYRET(R)/MAVIRET(R)"]], ["Total revenue for the three months ended December 31, 2024 was $17.0 million and consisted of royalty revenue from worldwide net sales of MAVYRET(R)/MAVIRET(R)"], ["amount"])
ans("Enanta cash and runway?", [A10], [["$216.7 million"], ["into fiscal year 2028"]], ["Enanta's cash, cash equivalents and short-term marketable securities totaled $216.7 million at December 31, 2024.", "will be sufficient to meet the anticipated cash requirements of its existing business and development programs into fiscal year 2028"], ["amount", "date"])
ans("Size of the pending federal tax refund Enanta mentions?", [A10], [["$28 million"]], ["interest earned on a pending $28 million federal income tax refund"], ["amount"])
ans("Which Enanta-discovered molecule is in Mavyret?", [A10], [["Glecaprevir"]], ["Glecaprevir, a protease inhibitor discovered by Enanta"], ["name"])
ans("RSVHR topline timing?", [A10], [["third quarter of 2025"]], ["with topline data in the third quarter of 2025"], ["date"])
ans("Pediatric RSV study size and Day 5 viral load effect?", [A10], [["96 patients"], ["1.4 log decline"]], ["In the study of 96 patients", "showed a pronounced antiviral effect with a 1.4 log decline in viral load at Day 5 compared to placebo"], ["count", "endpoint"])
ans("Liability related to the sale of future royalties, current portion, at Dec 31, 2024?", [A10], [["32,743"]], ["future royalties | 32,743 | 34,462"], ["amount"])
# ---------------- cross-document ----------------
ans("CRISPR gets 40% of CASGEVY economics — who's the EU MAH on the product leaflet, and what is the profit split?", [A3, A7], [["60/40"], ["Vertex Pharmaceuticals (Ireland) Limited"]], ["splits program costs and profits worldwide 60/40 with CRISPR Therapeutics", "Vertex Pharmaceuticals (Ireland) Limited"], ["name", "percentage"])
ans("CRISPR says pediatric Phase 3 enrollment for CASGEVY is done — what ages were enrolled, and what is the minimum age in the current EU leaflet?", [A3, A7], [["5 to 11 years"], ["12 years and older"]], ["Enrollment has been completed in two global Phase 3 studies of CASGEVY in children 5 to 11 years of age with SCD or TDT", "Casgevy is not to be given to children under 12."], ["duration"])
ans("Agios has filed PYRUKYND for thalassemia in the EU; what condition is it actually indicated for in the EU leaflet we have?", [A4, A8], [["thalassemia"], ["pyruvate kinase deficiency"]], ["filed regulatory applications for mitapivat (PYRUKYND) for the treatment of adult patients with non-transfusion-dependent and transfusion-dependent alpha- or beta-thalassemia", "Pyrukynd is used to treat adults with an inherited condition called pyruvate kinase deficiency."], ["name"])
ans("Agios reports RISE UP enrolling patients 16 and older; what does the EU Pyrukynd leaflet say about use under 18?", [A4, A8], [["16 years of age or older"], ["under 18 years of age"]], ["sickle cell disease patients who are 16 years of age or older", "Do not give this medicine to children and adolescents under 18 years of age."], ["yes-no"])
ans("Compare the equity money: Sarepta's investment in Arrowhead vs CRISPR's February 2024 registered direct.", [A1, A3], [["$325 million"], ["$280.0 million"]], ["$325 million as an equity investment priced at $27.2507", "proceeds from the $280.0 million February 2024 registered direct offering"], ["amount"])
ans("Cash runway guidance for Arvinas, Arrowhead and Enanta?", [A1, A2, A10], [["into 2027"], ["funded into 2028"], ["into fiscal year 2028"]], ["is sufficient to fund planned operating expenses and capital expenditure requirements into 2027", "Arrowhead is currently funded into 2028", "development programs into fiscal year 2028"], ["date", "list"])
ans("Give me both PDUFA dates in the folder: plozasiran (FCS) and PYRUKYND (thalassemia).", [A1, A4], [["November 18, 2025"], ["September 7, 2025"]], ["action date of November 18, 2025", "goal date is September 7, 2025"], ["date"])
ans("Which FDA expedited programs are cited for CRISPR's CTX112 and for Arvinas' vepdegestrant?", [A2, A3], [["Regenerative Medicine Advanced Therapy (RMAT)"], ["Fast Track designation"]], ["CTX112 was awarded Regenerative Medicine Advanced Therapy (RMAT) designation by the FDA", "has granted vepdegestrant Fast Track designation"], ["name"])
ans("Pfizer pops up in both the Arvinas and Enanta releases — what's the relationship in each?", [A2, A10], [["global collaboration with Pfizer"], ["patent infringement lawsuit against Pfizer"]], ["Arvinas announced a global collaboration with Pfizer for the co-development and co-commercialization of vepdegestrant", "legal expenses related to the company's patent infringement lawsuit against Pfizer"], ["name"])
ans("Planned enrollment: Beyond Cancer's LV UNO Phase 1b vs the Henan camrelizumab/apatinib study?", [A6, A9], [["up to 20 subjects"], ["500"]], ["expected to enroll up to 20 subjects", "Enrollment: 500"], ["count"])
ans("Both Agios and Enanta monetized royalties — on which products?", [A4, A10], [["vorasidenib"], ["MAVYRET(R)/MAVIRET(R)"]], ["payments from the royalty monetization for vorasidenib", "pursuant to a royalty sale transaction affecting royalties earned after June 2023"], ["name"])
# ---------------- unanswerable ----------------
una("What royalty rate tiers does Sarepta pay Arrowhead on commercial sales?", "The Arrowhead release says only that Arrowhead is eligible for 'royalties on commercial sales'; no rate or tier is given.", ["percentage"], absent=["tiered royalt"])
una("Which specific Arrowhead programs or candidates were licensed to Sarepta?", "The release describes the Sarepta deal's payments but never names the licensed programs.", ["list"])
una("On what exact date did the Arrowhead–Sarepta agreement close?", "The release says the deal was 'signed and closed' during the period but gives no closing date.", ["date"])
una("What royalty rates can Arvinas earn from Novartis on luxdegalutamide?", "The Arvinas release mentions the Novartis licence and cash/revenue from it but no royalty rates.", ["percentage"])
una("How many patients were randomized in VERITAC-2?", "VERITAC-2 is mentioned (NCT, timing of topline data) but its enrollment is not given.", ["count"])
una("What milestones is Arvinas eligible for under its Bayer collaboration?", "Bayer appears only as a source of a revenue change; no milestone terms are given.", ["amount"])
una("What did CRISPR pay or receive upfront in the NKure deal?", "The NKure partnership is described without any financial terms.", ["amount"], absent=["NKure will pay", "upfront payment from NKure"])
una("What is the list price of CASGEVY?", "Neither the CRISPR release nor the EU leaflet gives a price.", ["amount"], absent=["list price", "wholesale acquisition cost"])
una("How much in Vertex milestone payments did CRISPR receive in 2024?", "The release says Vertex milestone payments contributed to cash but does not quantify them.", ["amount"])
una("How many patients have actually been infused with CASGEVY so far?", "The release reports ATCs activated and patients with cells collected, not infusions.", ["count"], absent=["patients have been infused", "patients infused"])
una("How much did Royalty Pharma pay Agios for the vorasidenib royalty?", "Agios refers to a royalty monetization/transaction with Royalty Pharma but gives no amount.", ["amount"], absent=["$905"])
una("What was the amount of the Servier milestone for vorasidenib approval?", "The Agios release mentions the milestone but not its value.", ["amount"])
una("What were the ENERGIZE-T primary endpoint results (response rate vs placebo)?", "ENERGIZE-T is described only as positive; no numeric results are reported.", ["endpoint", "percentage"])
una("When does Agios expect an EU decision on PYRUKYND in thalassemia?", "Only the US PDUFA date is given; no EU decision timing appears.", ["date"])
una("What is GOMEKLI's recommended dose (mg/m2, schedule)?", "The SpringWorks release lists strengths and formulations but not the recommended dosing regimen.", ["dose"], absent=["mg/m"])
una("What price has SpringWorks set for GOMEKLI?", "No pricing is disclosed in the release.", ["amount"], absent=["wholesale acquisition"])
una("How much did SpringWorks sell its priority review voucher for?", "The release says a rare pediatric disease PRV was granted; nothing about selling it or its value.", ["amount"], absent=["sold the priority review voucher", "sale of the voucher"])
una("What was median duration of response in ReNeu?", "The release gives proportions with responses of at least 12 and 24 months, not a median duration of response.", ["duration"], absent=["median duration of response"])
una("Which hospitals are the four Israeli sites in the LV UNO study?", "The 8-K exhibit says four sites in Israel but does not name them.", ["name", "place"])
una("Which anti-PD-1 antibody will be combined with LV UNO?", "The exhibit refers only to 'anti-PD-1 therapy' without naming an agent.", ["name"], absent=["pembrolizumab", "nivolumab", "cemiplimab"])
una("How many patients were in the Beyond Cancer Phase 1a study?", "Phase 1a human data are mentioned but no patient count is given.", ["count"])
una("What is the minimum Casgevy dose in CD34+ cells per kg?", "The leaflet gives cells per mL and vial volumes, not a per-kilogram dose.", ["dose"], absent=["per kg", "/kg"])
una("Which conditioning agent is used before Casgevy (busulfan?)", "The leaflet refers only to 'conditioning medicine' without naming it.", ["name"], absent=["busulfan"])
una("What proportion of SCD patients were VOC-free after Casgevy in the pivotal trial?", "No efficacy results appear in the leaflet or in the CRISPR release.", ["percentage", "endpoint"], absent=["VOC-free", "free of VOCs"])
una("Is a Pyrukynd dose adjustment needed for hepatic impairment?", "The leaflet's dosing section covers elderly patients but says nothing about liver impairment.", ["dose"], absent=["hepatic impairment", "liver impairment"])
una("When was Pyrukynd granted its EU marketing authorisation?", "The leaflet gives the EU number but no authorisation date; the 'last revised' date is blank.", ["date"], absent=["date of first authorisation"])
una("How much does a 56-tablet carton of Pyrukynd cost?", "No price information in the leaflet or the Agios release.", ["amount"])
una("What ORR was observed in NCT05380986?", "The registry record has no results section.", ["percentage", "endpoint"], absent=["clinical_results", "Results First Posted"])
una("What apatinib dose (mg) is used in NCT05380986?", "The record gives camrelizumab 200 mg but only says apatinib mesylate 'once daily' with the prescription left to the investigator.", ["dose"])
una("Is Jiangsu Hengrui a collaborator or funder of NCT05380986?", "The record lists only Henan Cancer Hospital as sponsor; no collaborators are named.", ["name"], absent=["Hengrui"])
una("On what date did Enanta sign the royalty sale with OMERS?", "The release says the sale affects royalties earned after June 2023 but gives no signing date.", ["date"])
una("Has Enanta partnered EDP-323, and on what terms?", "The release says Enanta will evaluate partnership opportunities for its RSV assets; no partner or terms.", ["name", "amount"])
una("What upfront did AbbVie pay Enanta when the HCV collaboration was signed?", "The release mentions the AbbVie collaboration and royalties only; no upfront payment is given.", ["amount"])
una("When does Arrowhead plan to file plozasiran with the EMA?", "Only the US NDA and PDUFA date are discussed.", ["date"], absent=["European Medicines Agency", "EMA "] if False else [])
una("Which company is partnering Arvinas on ARV-102?", "ARV-102 is described as Arvinas' own program; no partner is mentioned.", ["name"])
una("What's the UK NHS price agreed for CASGEVY?", "The CRISPR release notes NHS England reimbursement agreements but no price.", ["amount"])
una("When did SpringWorks submit the mirdametinib MAA to the EMA?", "The release says the MAA was validated and a decision is expected in 2025, but no submission date.", ["date"])
una("What was Sarepta's upfront to Arrowhead in euros, and what FX rate was used?", "All amounts are in US dollars; no euro figure or FX rate is given.", ["amount"])
una("What royalty does Arrowhead pay on plozasiran under the royalty-sale liability shown on its balance sheet?", "The balance sheet shows a liability related to the sale of future royalties but no rate or counterparty.", ["percentage"])

SKIP = [
 "Where did Arrowhead get regulatory clearance", "Max triglyceride reductions", "Arrowhead revenue for the quarter", "Arrowhead diluted net loss per share",
 "What does ARV-393 degrade", "Current deferred revenue on Arvinas", "Who is Arvinas' interim", "What one-time fee did Arvinas pay",
 "Which targets do the preclinical in vivo", "Who did CRISPR propose", "Year CRISPR and Vertex started", "How many authorized treatment centers",
 "Agios Q4 2024 R&D spend", "ACTIVATE-Kids", "Which Agios director",
 "Roughly how many people in the US", "What designations did GOMEKLI hold", "When is an EU decision on mirdametinib", "Breastfeeding restriction with GOMEKLI",
 "How long is a single UNO treatment", "Who is Beyond Cancer's CMO",
 "How many CD34+ cells per mL", "Typical inpatient stay", "How long must hospitals keep records",
 "Dimensions of the 50 mg Pyrukynd", "Which antifungal and TB drugs",
 "Recruitment status and first-posted", "Org study ID?",
 "Size of the pending federal tax refund",
]
Q = [q for q in Q if not any(q["question"].startswith(k) for k in SKIP)]
assert len(SKIP) == 29
# ids
for i, q in enumerate(Q, 1):
    q["id"] = f"QUA-{i:03d}"
with open("/work/s32/blind/quarry/questions.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps({k: q[k] for k in ["id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags", "note"]}, ensure_ascii=False) + "\n")
n = len(Q); u = sum(not q["answerable"] for q in Q); c = sum("cross-document" in q["tags"] for q in Q)
print(n, u, c)
