#!/usr/bin/env python3
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
D1 = '01_ex10_janssen_immunomedics_balversa_promotion_agreement.txt'
D2 = '02_ex10_adaptimmune_mdanderson_strategic_alliance_agreement.txt'
D3 = '03_press_release_adaptimmune_mdanderson_alliance_draft.txt'
D4 = '04_ex10_sucampo_rtech_ueno_strategic_alliance_agreement.txt'
D5 = '05_fda_complete_response_letter_trodelvy_bla761115.txt'
D6 = '06_ema_package_leaflet_trodelvy_sacituzumab_govitecan.txt'
D7 = '07_ctgov_NCT05481502_pioneer_adoptive_cell_therapy_immune_determinants.txt'
D8 = '08_ctgov_NCT05389722_cc92480_drug_interaction_healthy.txt'
Q = []
def A(q, src, facts, quotes, tags):
    Q.append(dict(question=q, answerable=True, gold_sources=src if isinstance(src, list) else [src],
                  facts=facts, gold_quotes=quotes, tags=tags, note=""))
def U(q, note, tags, about=None):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------- 01 Janssen / Immunomedics promotion agreement ----------
A("Who signed the Balversa promotion agreement with whom, and what's its effective date?", D1,
  [["Janssen Biotech, Inc."], ["Immunomedics, Inc."], ["April 5, 2019"]],
  ['This PROMOTION AGREEMENT (this "Agreement") dated as of April 5, 2019 (the "Effective Date"), is entered into by and between Janssen Biotech, Inc., a corporation organized under the laws of Pennsylvania ("Janssen") and Immunomedics, Inc., a corporation organized under the laws of Delaware ("Company").'],
  ["name", "date"])
A("When does the Janssen–Immunomedics co-promotion deal run out?", D1, [["March 31, 2020"]],
  ['1.40 "Expiration Date" means March 31, 2020.'], ["date"])
A("Which erdafitinib tablet strengths fall under the definition of Product?", D1, [["3 mg, 4 mg or 5 mg"]],
  ['1.77 "Product" means any or each of the tablets containing erdafitinib as its sole active ingredient in a dosage amount of 3 mg, 4 mg or 5 mg'], ["dose", "list"])
A("Is Immunomedics' engagement to promote Balversa exclusive?", D1, [["non-exclusive"]],
  ["Janssen hereby engages Company on a non-exclusive basis to Promote the Product for the Initial Indication in the Territory"], ["yes-no"])
A("Territory for the Balversa detailing?", D1, [["United States of America"]],
  ['1.100 "Territory" means the United States of America, including its territories and possessions.'], ["place"])
A("What share of call time does a detail need to count as a First Position Detail?", D1, [["at least 70%"]],
  ['1.43 "First Position Detail" means, with respect to any product, a detail or presentation that is dedicated solely to such product and constitutes at least 70% of the total presentation time for all products presented during a Call in which such product is the first product presented to the health care professional.'], ["percentage", "definition"])
A("When did the parties expect Balversa to launch commercially?", D1, [["May 1, 2019"]],
  ["As of the Effective Date, the Parties expect that the Launch Date shall be on or about May 1, 2019."], ["date"])
A("Janssen holds patent rights to erdafitinib under an in-licence — from which company, and when was that licence signed?", D1,
  [["Astex Therapeutics Limited"], ["June 2008"]],
  ['1.57 "License Agreement" means that certain Collaboration and License Agreement between Janssen Pharmaceutica N.V. and Astex Therapeutics Limited executed in June 2008'], ["name", "date"])
A("If Immunomedics' field force shrinks, at what average headcount and over what window can Janssen pull the plug?", D1,
  [["twenty-five (25)"], ["forty-five (45)"]],
  ["(c) If the average number of Sales Representatives on the Sales Force is less than twenty-five (25) over any forty-five (45)-day period, Janssen will have the right to terminate this Agreement by giving thirty (30) days' notice."], ["count", "duration"])
A("How is the Joint Commercial Team for Balversa made up and who chairs it?", D1,
  [["at least three (3) representatives of each Party"], ["chaired by a representative of Janssen"]],
  ["The Joint Commercial Team shall consist of at least three (3) representatives of each Party", "The Joint Commercial Team shall at all times be chaired by a representative of Janssen."], ["count", "name"])
A("How frequently does the JCT meet?", D1, [["monthly"]], ["The Joint Commercial Team shall meet monthly."], ["duration"])
A("What's the meeting cadence for the BALVERSA Sales Advisory Team, and how long can a meeting last?", D1,
  [["every other week during the first sixty (60) days after the Launch Date"], ["ninety (90) minutes"]],
  ["The BSAT shall meet every other week during the first sixty (60) days after the Launch Date and monthly for the rest of the Term, with each meeting not to exceed ninety (90) minutes in duration."], ["duration"])
A("List the Detailing Periods in the Balversa promotion agreement.", D1,
  [["ending on September 30, 2019"], ["October 1, 2019 through December 31, 2019"], ["January 1, 2020 through March 31, 2020"]],
  ['1.34 "Detailing Period" means each of the following periods: (a) the period beginning on the Start Date and ending on September 30, 2019; (b) October 1, 2019 through December 31, 2019; and (c) January 1, 2020 through March 31, 2020.'], ["list", "date"])
A("Can Janssen claw back a sales milestone once paid?", D1, [["non-refundable"]],
  ["Each Milestone Payment shall be non-refundable and non-creditable."], ["yes-no", "amount"])
A("How soon after quarter end must Janssen send the Fee Notice?", D1, [["thirty (30) days"]],
  ["Janssen shall deliver to Company, within thirty (30) days following the last day of such Calendar Quarter, a report setting forth the Cumulative Net Sales, the Service Fee and, if applicable, the Milestone Payment for such Calendar Quarter"], ["duration"])
A("What approval and availability dates trigger pro-rating of the 2019 milestones and baseline?", D1,
  [["May 18, 2019"], ["June 1, 2019"]],
  ["In the event Regulatory Approval of the Product for the Initial Indication in the Territory is delayed beyond May 18, 2019, or in the event commercial availability of the Product is delayed beyond June 1, 2019, Janssen agrees to make proportional adjustments to the Milestone Events in 2019, Milestone Payments in 2019 and the Baseline for 2019"], ["date"])
A("If IMMU-132 gets FDA-approved in urothelial cancer, what can Janssen do and on how much notice?", D1,
  [["terminated by Janssen"], ["thirty (30) days' prior written notice"]],
  ["8.1.11 Company Product Additional Indication. This Agreement may be terminated by Janssen with thirty (30) days' prior written notice in the event that the Company Product is approved by the FDA for use in the treatment of urothelial cancer in any patient population in the Territory."], ["duration", "yes-no"])
A("What counts as a Competing Product under the Janssen deal?", D1,
  [["urothelial cancer"], ["fibroblast growth factor receptor inhibitor"]],
  ['1.29 "Competing Product" means any pharmaceutical product that is (a) approved specifically for use, in the treatment of urothelial cancer in any patient population in the Territory or (b) a fibroblast growth factor receptor inhibitor.'], ["definition"])
A("Which state's law governs the Balversa promotion agreement?", D1, [["State of New York"]],
  ["shall be governed in accordance with the substantive laws of the State of New York, without regard to its conflicts of law rules."], ["place"])
A("On which dates could Janssen end the promotion deal early if it signed a third-party licence or collaboration for the product, and with what notice?", D1,
  [["December 31, 2019 or January 31, 2020"], ["fifteen (15) days' advance written notice"]],
  ["8.1.10 Third Party Agreement. This Agreement may be terminated by Janssen with effect on December 31, 2019 or January 31, 2020, in either case with fifteen (15) days' advance written notice"], ["date", "duration"])
A("Who executed the promotion agreement for Immunomedics, and in what role?", D1, [["Jared Freedberg"], ["General Counsel"]],
  ["IMMUNOMEDICS, INC. By: /s/Jared Freedberg Name: Jared Freedberg Title: General Counsel"], ["name"])
A("what indication were the parties expecting balversa to get first", D1,
  [["locally advanced or metastatic urothelial carcinoma"], ["FGFR 3 or 2 genetic alterations"]],
  ['1.50 "Initial Indication" means the first indication for which the Product receives Marketing Approval in the Territory, which the Parties expect to be treatment of adult patients with locally advanced or metastatic urothelial carcinoma which has (a) susceptible FGFR 3 or 2 genetic alterations and (b) progressed during or following at least one line of prior platinum-containing chemotherapy'], ["endpoint", "definition"])
A("Who books Balversa sales under the co-promotion?", D1, [["Janssen shall book sales of the Product in the Territory"]],
  ["Janssen shall book sales of the Product in the Territory and shall have the sole right and responsibility to manufacture the Product and to distribute the Product in the Territory."], ["name"])
U("What service-fee percentage of Cumulative Net Sales above the Baseline does Janssen pay Immunomedics?",
  "Section 5.2 gives the percentage only as [***] (redacted); no figure appears in any document.", ["percentage"])
U("What is the 2019 Baseline figure in the Balversa promotion agreement?",
  "Section 5.1.1 redacts both Baseline amounts ([***] Dollars); not stated anywhere in the folder.", ["amount"])
U("How much is the first 2019 sales milestone payment worth?",
  "The milestone table in Section 5.3.1 shows all thresholds and payments as US$[***]; no amount is disclosed.", ["amount"])
U("What is the Minimum Number of Details Requirement per Detailing Period?",
  "The requirement is defined in Exhibit B, which is not part of the excerpt; no number is given.", ["count"])
U("What royalty does Janssen owe Astex on erdafitinib sales?",
  "The Astex licence is only referenced by name and date (June 2008); no royalty terms appear in any document.", ["percentage"])
U("On what date did the FDA actually approve Balversa?",
  "The agreement only anticipates approval (milestone adjustment if delayed beyond May 18, 2019); no approval date is reported.", ["date"])
U("What is the name of the FDA-approved companion diagnostic used to select Balversa patients?",
  "The agreement refers to 'the diagnostic test approved by FDA concurrently with the Product' without naming it.", ["name"])
U("How is Net Sales calculated for the Balversa service fee?",
  "Section 1.67 reads only 'Net Sales' means [***] - the definition is redacted.", ["definition"])

# ---------- 02 Adaptimmune / MD Anderson agreement ----------
A("How much funding did Adaptimmune commit to the MD Anderson alliance?", D2, [["$19,644,000"]],
  ["1.3 Adaptimmune agrees to commit funding in an amount of at least nineteen million six hundred and forty four thousand Dollars US ($19,644,000) for the performance of the Studies as set out in Exhibit I during the term (\"Alliance Funding\")."], ["amount"])
A("How is the alliance money split between clinical and preclinical work?", D2, [["13,374,000"], ["6,270,000"]],
  ["Table 2-Payment Schedule Clinical Studies (total funding US$13,374,000)", "Pre-clinical Studies (total funding $6,270,000, including indirect costs of US$***):"], ["amount"])
A("JSC composition for the Adaptimmune/MDACC alliance?", D2, [["three (3) representatives"]],
  ['1.5 The Parties will establish a Joint Steering Committee ("JSC") of equal representation, comprised of three (3) representatives (employees, directors or consultants who are subject to appropriate confidentiality obligations) from each Party'], ["count"])
A("How often must the alliance steering committee convene, and what's needed for a quorum?", D2,
  [["at least quarterly"], ["at least two representatives of each Party"]],
  ["1.6 The JSC will have meetings (either in person, by teleconference or via electronic means) at least quarterly.", "no action may lawfully be taken at any meeting unless at least two representatives of each Party (including for this purpose any proxy representative appointed as provided below) are present at the meeting."], ["duration", "count"])
A("What is the term of the MD Anderson strategic alliance agreement?", D2,
  [["five (5) years following the Effective Date or until the Studies are completed, whichever is later"]],
  ["8.1 The term of this Agreement shall be five (5) years following the Effective Date or until the Studies are completed, whichever is later, unless extended or unless terminated earlier in accordance with the provisions hereof."], ["duration"])
A("Payment terms on MD Anderson invoices?", D2, [["within 45 days of receipt of an invoice"]],
  ["All payments will be paid by Adaptimmune within 45 days of receipt of an invoice from MD Anderson."], ["duration"])
A("Who is the sponsor of the clinical studies run under the alliance?", D2, [["Adaptimmune shall be the sponsor of any Clinical Study"]],
  ["1.2 Adaptimmune shall be the sponsor of any Clinical Study."], ["name"])
A("What rights does Adaptimmune get to inventions MD Anderson co-owns?", D2,
  [["non-exclusive, worldwide, irrevocable royalty-free license"], ["exclusive option to negotiate"]],
  ["7.5 MD Anderson hereby grants Adaptimmune and Adaptimmune Limited a non-exclusive, worldwide, irrevocable royalty-free license to any Invention in which MD Anderson has an ownership interest, for any purpose.", "MD Anderson also hereby grants to Adaptimmune Limited an exclusive option to negotiate an exclusive"], ["definition"])
A("During the OGC review window, how much notice does MD Anderson need to walk away, and when does that window close at the latest?", D2,
  [["ten (10) days' notice"], ["the end of the sixty days"]],
  ["MD Anderson will have the right to terminate this Agreement without cause upon ten (10) days' notice to Adaptimmune", "the Limited Unilateral Termination Period will expire on the earlier to occur of (x) the end of the sixty days, or (y) written notice to Adaptimmune from MD Anderson that the Agreement has been approved by the OGC."], ["duration"])
A("For preclinical study papers, how far ahead must MD Anderson share drafts with Adaptimmune?", D2,
  [["at least thirty (30) days prior to submission"]],
  ["MD Anderson or Principal Investigator, as applicable, shall provide Adaptimmune with a copy of any such proposed publication at least thirty (30) days prior to submission for publication."], ["duration"])
A("When can MD Anderson publish clinical study data on its own if there's no multi-site study?", D2, [["six (6) months after completion of Study"]],
  ["if none, six (6) months after completion of Study."], ["duration"])
A("Which law governs the Adaptimmune–MD Anderson contract?", D2, [["State of Texas"]],
  ["15.11 Choice of Law. Any disputes or claims arising under this Agreement shall be governed by the laws of the State of Texas."], ["place"])
A("Who signed for Adaptimmune Limited?", D2, [["James Noble"], ["CEO"]],
  ["Name James Noble\n\nTitle: CEO"], ["name"])
A("Does Adaptimmune cover treatment costs if a study subject is injured by the study drug?", D2,
  [["Adaptimmune shall assume responsibility for reasonable medical expenses"]],
  ["10.1 Adaptimmune shall assume responsibility for reasonable medical expenses incurred by a Study subject for reasonable and necessary treatment if the Study subject experiences an illness, adverse event or injury that is a result of the Study Drug or any procedure required by the Protocol"], ["yes-no"])
A("Cure period before a party can terminate the alliance for material breach?", D2, [["thirty (30) days"]],
  ["8.2 A Party will have the right to terminate this Agreement if the other Party commits a material breach of the Agreement and fails to cure such breach within thirty (30) days of receiving notice from the non-breaching Party of such breach."], ["duration"])
U("What insurance limits must Adaptimmune Limited carry for the alliance studies?",
  "Section 11.1 gives the limits only as $*** per loss and $*** annual aggregate (redacted).", ["amount"])
U("What's the per-patient budget estimate for screening clinical studies in the MD Anderson alliance?",
  "Section 1.3 redacts all per-patient estimates ($***).", ["amount"])
U("How much does Adaptimmune pay MD Anderson on the Effective Date?",
  "The Effective Date row of the payment schedule in Exhibit II shows only ***; no amount is disclosed.", ["amount"])
U("Who are the MD Anderson principal investigators named for the MAGE-A10 studies?",
  "Neither the agreement excerpt nor the press release names any principal investigator for specific studies (Exhibit I is fully redacted).", ["name"])

# ---------- 03 Press release ----------
A("Which SPEAR T-cell targets does the alliance announcement single out?", D3, [["MAGE-A10"], ["MAGE-A4"]],
  ["The teams will collaborate in a number of areas including preclinical and clinical development of Adaptimmune's SPEAR T-cell therapies targeting MAGE-A10 and future clinical stage first and second generation SPEAR T-cell therapies such as MAGE-A4 across a number of cancers"], ["name", "list"])
A("Which tumour types are mentioned for the MAGE-A10/MAGE-A4 collaboration work?", D3,
  [["bladder"], ["lung"], ["ovarian"], ["head and neck"], ["melanoma"], ["esophageal and gastric"]],
  ["including bladder, lung, ovarian, head and neck, melanoma, esophageal and gastric cancers."], ["list"])
A("What does SPEAR stand for?", D3, [["Specific Peptide Enhanced Affinity Receptor"]],
  ["proprietary SPEAR® (Specific Peptide Enhanced Affinity Receptor) T-cell technology platform"], ["definition"])
A("Who from Adaptimmune is quoted in the MD Anderson alliance release?", D3, [["Rafael Amado"], ["chief medical officer"]],
  ['commented Rafael Amado, Adaptimmune\'s chief medical officer.'], ["name"])
A("headcount at adaptimmune per the release?", D3, [["over 250 employees"]],
  ["Adaptimmune has over 250 employees and is located in Oxfordshire, U.K. and Philadelphia, USA."], ["count"])
A("How many intracellular target peptides had Adaptimmune identified, and how many were in unpartnered research?", D3,
  [["over 30 intracellular target peptides"], ["12"]],
  ["The company has identified over 30 intracellular target peptides preferentially expressed in cancer cells and is currently progressing 12 through unpartnered research programs."], ["count"])
A("When was IND acceptance targeted for the MAGE-A4 SPEAR T-cell therapy?", D3, [["2017"]],
  ["a further SPEAR T-cell therapy targeting the MAGE-A4 cancer antigen that is in pre-clinical phase with IND acceptance targeted for 2017."], ["date"])
A("What's Adaptimmune's lead program per the boilerplate, and who is the partner on it?", D3,
  [["NY-ESO"], ["GlaxoSmithKline"]],
  ["Adaptimmune's lead program is a SPEAR T-cell therapy targeting the NY-ESO cancer antigen.", "Adaptimmune has a strategic collaboration and licensing agreement with GlaxoSmithKline for the development and commercialization of the NY-ESO TCR program."], ["name"])
A("Grant number of MD Anderson's NCI cancer center support grant?", D3, [["P30 CA016672"]],
  ["MD Anderson receives a cancer center support grant from the NCI of the National Institutes of Health (P30 CA016672)."], ["identifier"])
A("Which MD Anderson clinicians are quoted in the announcement?", D3, [["Elizabeth Mittendorf"], ["David Hong"]],
  ['said Elizabeth Mittendorf, M.D., Ph.D., associate professor of Breast Surgical Oncology.', 'David Hong, M.D., associate professor of Investigational Cancer Therapeutics at MD Anderson added'], ["name", "list"])
U("On what exact day in September 2016 was the MD Anderson–Adaptimmune release issued?",
  "The document is a draft dated 'September XX, 2016'; no issue date is given anywhere.", ["date"])
U("How did Adaptimmune's share price react to the MD Anderson alliance announcement?",
  "No stock price or market reaction is reported in any document.", ["amount"])

# ---------- 04 Sucampo / R-Tech Ueno ----------
A("What price per share did Sucampo offer R-Tech Ueno shareholders?", D4, [["JPY1,900"]],
  ['to acquire for cash (i) all of the issued and outstanding shares of Common Stock at a price per share of JPY1,900 (the "Share Offer Price")'], ["amount"])
A("How many R-Tech Ueno shares and options were outstanding at signing?", D4, [["19,312,300 shares"], ["328,600 shares"]],
  ['WHEREAS, the Company has currently in issuance and outstanding 19,312,300 shares of common stock (the "Common Stock") and stock options representing an additional 328,600 shares of Common Stock'], ["count"])
A("When was the tender offer for R-Tech Ueno to be launched?", D4, [["August 27, 2015"]],
  ['Acquiror agrees to commence the Offer on August 27, 2015 (the "Launch Date")'], ["date"])
A("How long does the offer stay open at minimum?", D4, [["30th Japan Business Day"], ["3:30 p.m. (Tokyo time)"]],
  ["The Offer shall be open for acceptance from the time of commencement until a time that is not earlier than 3:30 p.m. (Tokyo time) on the 30th Japan Business Day from and including the Launch Date"], ["duration"])
A("Who is the tender offer agent?", D4, [["Nomura Securities Co., Ltd."]],
  ['"Tender Offer Agent" shall mean Nomura Securities Co., Ltd.'], ["name"])
A("Who committed debt financing for the R-Tech Ueno offer?", D4, [["Jefferies Finance LLC"]],
  ['WHEREAS, Jefferies Finance LLC ("Jefferies") has entered into a financing commitment letter, dated as of August 26, 2015, between SPI and Jefferies (the "Financing Commitment"), pursuant to which Jefferies has committed to provide debt financing for the Offer'], ["name"])
A("By when must tendered shares be paid for?", D4, [["5th Japan Business Day following the last day of the Offer Period"]],
  ['"Settlement Date" shall mean the 5th Japan Business Day following the last day of the Offer Period'], ["date", "duration"])
A("Governing law and forum for disputes under the Sucampo/R-Tech Ueno agreement?", D4, [["laws of Japan"], ["Tokyo District Court"]],
  ["The construction, validity and performance of this Agreement shall be governed in all respects by the laws of Japan.", "shall be subject to the exclusive jurisdiction of the Tokyo District Court."], ["place"])
A("Where do disputes involving the lenders go?", D4, [["County of New York, Borough of Manhattan"]],
  ["shall be subject to the exclusive jurisdiction of any state or federal court sitting in the County of New York, Borough of Manhattan, New York, New York"], ["place"])
A("Does Sucampo Pharmaceuticals stand behind its Japanese subsidiary's obligations?", D4, [["irrevocably guarantees"]],
  ["Section 7.01 Guarantee. SPI hereby absolutely, unconditionally and irrevocably guarantees to and in favor of the Company that the Acquiror shall perform and discharge any and all of its obligations under this Agreement as set forth in this Agreement."], ["yes-no"])
A("Which founders and entities had to sign a parallel stock purchase agreement before the offer could start?", D4,
  [["Ryuji Ueno"], ["Sachiko Kuno"], ["S&R Technology Holdings, LLC"], ["S&R Foundation"]],
  ["(x) Acquiror shall have concurrently entered into a Stock Purchase Agreement with Ryuji Ueno, MD, Sachiko Kuno, S&R Technology Holdings, LLC and S&R Foundation."], ["name", "list"])
A("Which Japanese regulators or exchanges had to approve the offer?", D4,
  [["Financial Services Agency"], ["Kanto Local Financial Bureau"], ["Tokyo Stock Exchange"]],
  ["(viii) All necessary consents, approvals (including, but not limited to, approval of the Financial Services Agency, Kanto Local Financial Bureau and Tokyo Stock Exchange) for the Offer shall have been obtained by Acquiror and the Company;"], ["list", "name"])
A("Which language controls the R-Tech Ueno agreement?", D4, [["English language"]],
  ["This Agreement has been prepared and executed in, and shall be construed in accordance with, the English language."], ["definition"])
A("Who signed for R-Tech Ueno?", D4, [["Yukihiko Mashima"], ["President"]],
  ["R-Tech Ueno, Ltd. By: /s/ Y. Mashima Name: Yukihiko Mashima Title: President"], ["name"])
A("When does the Sucampo strategic alliance agreement terminate automatically?", D4,
  [["if the Offer has been withdrawn or the Offer is not successful due to the failure of obtaining the minimum threshold"]],
  ["This Agreement shall be automatically terminated if the Offer has been withdrawn or the Offer is not successful due to the failure of obtaining the minimum threshold."], ["yes-no"])
A("Is R-Tech Ueno's old licence agreement with Astellas still counted as a Material Contract?", D4,
  [["except for the License Agreement with Astellas Pharma Inc., which is no longer effective"]],
  ["except for the License Agreement with Astellas Pharma Inc., which is no longer effective"], ["yes-no", "name"])
A("What is the squeeze-out meant to achieve?", D4, [["wholly owned subsidiary of the Acquiror"]],
  ['"Squeeze-out" shall mean any squeeze out transaction that Acquiror determines necessary and appropriate to make the Company wholly owned subsidiary of the Acquiror after the Settlement.'], ["definition"])
U("What is the total value of the R-Tech Ueno acquisition in US dollars?",
  "The agreement gives only the JPY1,900 per-share price and share counts; no aggregate or USD deal value is stated.", ["amount"])
U("What minimum tender threshold (percentage) did the R-Tech Ueno offer need to meet?",
  "Section 6.01 mentions 'the minimum threshold' but never quantifies it.", ["percentage"])
U("What price was offered per R-Tech Ueno stock option?",
  "The option price is 'as set out in Schedule I', which is not included.", ["amount"])
U("How much debt financing did Jefferies commit?",
  "The recital says only 'in the aggregate amount and on the terms and conditions set forth therein'; no amount is given.", ["amount"])
U("Is there a break-up fee payable by R-Tech Ueno if it accepts a Superior Offer?",
  "No termination or break-up fee appears in the agreement text; nothing in the folder states one.", ["amount", "yes-no"])
U("How many shares were ultimately tendered into the Sucampo offer?",
  "The folder contains only the pre-offer agreement; tender results are not reported.", ["count"])
U("At what price per share will the squeeze-out be carried out?",
  "The agreement refers to the board supporting the Squeeze-out 'including the price to be offered therein' but states no price.", ["amount"])

# ---------- 05 FDA CRL ----------
A("What's the application number on the Trodelvy complete response letter?", D5, [["761115"]],
  ["- Application Number: 761115Orig1s000"], ["identifier"])
A("When was the sacituzumab govitecan BLA originally submitted?", D5, [["May 18, 2018"]],
  ["Please refer to your Biologics License Application (BLA) dated May 18, 2018"], ["date"])
A("Who signed the sacituzumab govitecan CRL?", D5, [["Richard Pazdur"]],
  ["- Signatory: Richard Pazdur, MD (Acting Director, OHOP, CDER)"], ["name"])
A("Which facility had objectionable inspection findings, and what's its FEI?", D5, [["Morris Plains"], ["1000526871"]],
  ["Objectionable conditions were noted during an inspection of your Morris Plains facility (FEI 1000526871)."], ["place", "identifier"])
A("What strength was the Trodelvy BLA filed for?", D5, [["180 mg"]],
  ["- Strength: 180 mg"], ["dose"])
A("When had FDA found the name Trodelvy acceptable?", D5, [["August 30, 2018"]],
  ["The name Trodelvy was previously found acceptable (August 30, 2018) pending final approval."], ["date"])
A("How long does Immunomedics have to resubmit after the CRL before automatic withdrawal risk?", D5, [["within one year of this letter"]],
  ["You must, within one year of this letter:"], ["duration"])
A("For labeling, what data cutoffs does FDA want the ORR and DOR analyses to use?", D5,
  [["June 30, 2017"], ["June 30 and December 1, 2017"]],
  ["- Submit complete BICR evaluation of ORR (cutoff: June 30, 2017)", "- Provide DOR based on June 30 and December 1, 2017 cutoffs"], ["date", "endpoint"])
A("What reference standard approach did FDA ask for, and per which guideline?", D5, [["two-tier reference standard system"], ["ICH Q6B"]],
  ["1. Develop a two-tier reference standard system as per ICH Q6B."], ["definition"])
A("Who's the FDA project manager to contact about the CRL?", D5, [["Jeannette Dinin"]],
  ["- Agency Contact: Jeannette Dinin (Regulatory Project Manager)"], ["name"])
A("How many pages of draft labeling were withheld from the released letter?", D5, [["22 Page(s)"]],
  ["22 Page(s) of Draft Labeling have been Withheld in Full as B4 (CCI/TS)"], ["count"])
A("Under what statutory provision was the sacituzumab BLA submitted?", D5, [["section 351(a) of the Public Health Service Act"]],
  ["your amendments submitted under section 351(a) of the Public Health Service Act"], ["definition"])
U("What date is the sacituzumab govitecan complete response letter itself dated?",
  "The rendering gives the submission date and IR dates but no date of the letter.", ["date"])
U("How many observations were listed on the Form 483 for the Morris Plains inspection?",
  "The CRL refers to 'findings from Form 483' but gives no count.", ["count"])
U("What objective response rate did sacituzumab govitecan show in the pivotal data?",
  "The CRL asks for a BICR evaluation of ORR but reports no response rate; no document gives it.", ["percentage", "endpoint"])

# ---------- 06 EMA package leaflet ----------
A("Trodelvy dose and schedule per the EU leaflet?", D6,
  [["10 mg for each kg of your body weight"], ["Day 1 of each cycle"], ["Day 8 of each cycle"], ["21-day (3-week) cycles"]],
  ["Treatment for your cancer is repeated in 21-day (3-week) cycles. The recommended dose of Trodelvy is 10 mg for each kg of your body weight at the start of each cycle (Day 1 of each cycle) and again one week later (Day 8 of each cycle)."], ["dose"])
A("How long is the first Trodelvy infusion vs later ones?", D6, [["over 3 hours"], ["over 1 to 2 hours"]],
  ["First infusion: you will be given your first infusion of medicine over 3 hours.", "Second and subsequent infusions: you will be given the other infusions over 1 to 2 hours if your first infusion was uneventful."], ["duration"])
A("How long are patients watched after each Trodelvy infusion?", D6, [["30 minutes"]],
  ["Your doctor or nurse will monitor you during and for 30 minutes after each infusion for signs and symptoms of infusion-related reactions."], ["duration"])
A("Contraception requirements after the last Trodelvy dose for women and for men?", D6, [["6 months"], ["3 months"]],
  ["Women who might get pregnant must use effective contraception during treatment with Trodelvy, and for 6 months after the last dose of Trodelvy.", "Men with female partners who could become pregnant must use effective contraception during treatment and for 3 months after the last dose of Trodelvy."], ["duration"])
A("breastfeeding wait after last trodelvy dose?", D6, [["1 month"]],
  ["Do not breast-feed during treatment with Trodelvy and for 1 month after the last dose."], ["duration"])
A("How should Trodelvy vials be stored, and how long is a diluted bag good for in the fridge?", D6, [["2 C - 8 C"], ["up to 24 hours"]],
  ["- Store in a refrigerator (2 C - 8 C). Do not freeze.", "the infusion bag containing diluted solution can be stored in a refrigerator (2 C - 8 C) for up to 24 hours protected from light."], ["duration"])
A("How much sacituzumab govitecan is in one EU vial, and what's the concentration after reconstitution?", D6, [["200 mg"], ["10 mg"]],
  ["One vial of powder contains 200 mg sacituzumab govitecan. After reconstitution, one mL of solution contains 10 mg of sacituzumab govitecan"], ["dose"])
A("What are Trodelvy's excipients?", D6, [["2-(N-morpholino)ethane sulfonic acid (MES)"], ["polysorbate 80"], ["trehalose dihydrate"]],
  ["- The other ingredients are 2-(N-morpholino)ethane sulfonic acid (MES), polysorbate 80 and trehalose dihydrate."], ["list"])
A("Who holds the EU marketing authorisation for Trodelvy?", D6, [["Gilead Sciences Ireland UC"]],
  ["Marketing Authorisation Holder\nGilead Sciences Ireland UC"], ["name"])
A("Which medicines does the leaflet say may raise Trodelvy's active substance levels?", D6,
  [["propofol"], ["ketoconazole"], ["tyrosine kinase inhibitors"]],
  ["- propofol, given as an anesthetic in surgery.", "- ketoconazole, used to treat fungal infections.", "- tyrosine kinase inhibitors, used to treat cancer (medicines ending in -nib)."], ["list"])
A("Which genotype makes patients break Trodelvy down more slowly?", D6, [["UGT1A1*28"]],
  ["If you have the UGT1A1*28 gene, your body breaks the medicine down more slowly."], ["name"])
A("What fever threshold signals possible neutropenia on Trodelvy?", D6, [["38.5 C or higher"]],
  ["- a fever (a temperature of 38.5 C or higher)"], ["dose"])
A("Which side effect is listed as uncommon for Trodelvy?", D6, [["enteritis"]],
  ["- inflammation of the small intestine (enteritis)"], ["name"])
A("What is given for Trodelvy-related diarrhoea if there's no infection?", D6, [["loperamide"]],
  ["You will be given loperamide to treat your diarrhoea, as long as you do not have an infection."], ["name"])
A("Can Trodelvy be used in teenagers?", D6, [["under 18 years old"]],
  ["Trodelvy should not be given to children and adolescents under 18 years old because there is no information on how it works in this age group."], ["yes-no"])
A("EU authorisation number on the Trodelvy leaflet?", D6, [["EU/1/21/1592/001"]],
  ["identifier.value: EU/1/21/1592/001"], ["identifier"])
U("When was the Trodelvy package leaflet last revised?",
  "The leaflet line 'This leaflet was last revised in' is left without a date.", ["date"])
U("What diluent and bag volume are used to prepare a Trodelvy infusion?",
  "The patient leaflet does not state the diluent or infusion volume; the healthcare professional section is not included.", ["dose"])
U("What is the price of one Trodelvy vial in the EU?",
  "No price or reimbursement information appears in any document.", ["amount"])

# ---------- 07 PIONEER ----------
A("Who sponsors the PIONEER adoptive cell therapy study?", D7, [["Gustave Roussy, Cancer Campus, Grand Paris"]],
  ["Agency: Gustave Roussy, Cancer Campus, Grand Paris"], ["name"])
A("Planned enrollment in NCT05481502?", D7, [["60"]], ["Enrollment: 60 (type: Anticipated)"], ["count"])
A("Start and anticipated completion dates for PIONEER?", D7, [["June 8, 2022"], ["July 1, 2026"]],
  ["Start date: June 8, 2022 (type: Actual)", "Completion date: July 1, 2026 (type: Anticipated)"], ["date"])
A("What phase is the PIONEER study registered as?", D7, [["Phase: N/A"]], ["Phase: N/A"], ["identifier"])
A("Youngest patients PIONEER will take?", D7, [["2 Years"]], ["Minimum age: 2 Years"], ["count"])
A("What's PIONEER's primary endpoint and when is it measured?", D7,
  [["frequency, phenotype and transcriptional profile of the different immune subsets in the tumor"], ["3 months following ACT"]],
  ["Measure: Comparison of frequency, phenotype and transcriptional profile of the different immune subsets in the tumor following adoptive cell therapy infusion using spectral flow cytometry and RNA sequencing", "Time frame: 3 months following ACT"], ["endpoint", "duration"])
A("How many blood draws and how much blood per draw does PIONEER plan?", D7, [["7 blood samples"], ["25ml"]],
  ["Description: 7 blood samples (25ml) will be taken: at day-7 before treatment start, at day0, at day+3, day+7, day+15, month+3 and at relapse"], ["count", "dose"])
A("When are tumour biopsies taken in PIONEER?", D7, [["at baseline, at day+15 and optionally at relapse"]],
  ["Description: 3 biopsies will be collected: at baseline, at day+15 and optionally at relapse"], ["list", "count"])
A("Org study ID for the Gustave Roussy ACT study?", D7, [["2022-A00472-41"]], ["Org study id: 2022-A00472-41"], ["identifier"])
A("Over what horizon is PFS followed in PIONEER?", D7, [["5 years after first ACT infusion"]],
  ["Time frame: 5 years after first ACT infusion"], ["duration", "endpoint"])
A("Where is PIONEER recruiting?", D7, [["Villejuif"]], ["City: Villejuif"], ["place"])
U("Which specific CAR-T or TCR products do PIONEER patients receive?",
  "The record says only 'advanced therapy medicinal products'/'somatic cell therapy drugs' and names no product.", ["name"])
U("What response rate has PIONEER reported so far?",
  "The record has no results section; no outcomes are reported.", ["percentage"])

# ---------- 08 CC-92480 DDI study ----------
A("What's BMS's protocol number for the CC-92480 interaction study, and what's the drug's other code?", D8, [["CA057-002"], ["BMS-986348"]],
  ["Org study id: CA057-002", "Other name: BMS-986348"], ["identifier"])
A("How many healthy volunteers were actually enrolled in NCT05389722?", D8, [["24"]], ["Enrollment: 24 (type: Actual)"], ["count"])
A("When did the CC-92480 DDI study start and finish?", D8, [["June 9, 2022"], ["November 12, 2022"]],
  ["Start date: June 9, 2022 (type: Actual)", "Completion date: November 12, 2022 (type: Actual)"], ["date"])
A("Which unit ran the CC-92480 DDI study?", D8, [["Covance Clinical Research Unit - Dallas"]],
  ["Name: Covance Clinical Research Unit - Dallas"], ["place", "name"])
A("BMI window for the CC-92480 healthy-volunteer study?", D8, [["between 18 and 33 kg/m2"]],
  ["Must have a body mass index between 18 and 33 kg/m2 (inclusive)"], ["dose"])
A("Age range for NCT05389722?", D8, [["18 Years"], ["55 Years"]], ["Minimum age: 18 Years", "Maximum age: 55 Years"], ["count"])
A("Which probe drugs are given in Part 3 of the CC-92480 study?", D8, [["Digoxin"], ["Rosuvastatin"]],
  ["Intervention name: Digoxin", "Intervention name: Rosuvastatin"], ["list", "name"])
A("Primary PK endpoints for the CC-92480 DDI trial and their time frame?", D8,
  [["Cmax"], ["Tmax"], ["AUC(0-T)"], ["Up to 2 months"]],
  ["Measure: Maximum observed plasma concentration (Cmax)", "Measure: Time of maximum observed plasma concentration (Tmax)", "Measure: Area under the plasma concentration-time curve from time zero to the time of the last quantifiable concentration (AUC(0-T))", "Time frame: Up to 2 months"], ["endpoint", "duration"])
A("Recent surgery exclusion window in the CC-92480 study?", D8, [["within 4 weeks of the first dose administration"]],
  ["Any major surgery within 4 weeks of the first dose administration"], ["duration"])
U("What dose of CC-92480 was given in the interaction study?",
  "Each intervention is described only as 'Specified dose on specified days'.", ["dose"])
U("By how much did itraconazole raise CC-92480 exposure?",
  "The record has no results; no exposure ratios are reported.", ["percentage"])
U("How many participants were assigned to each of the three parts of the CC-92480 study?",
  "Only total enrollment (24) is given; per-part numbers are not reported.", ["count"])
U("What disease is CC-92480 being developed to treat?",
  "The DDI record is in healthy volunteers and names no therapeutic indication for CC-92480.", ["name"])

# ---------- cross-document ----------
A("The CRL lists the sacituzumab govitecan strength — does it match the vial content in the EU leaflet?", [D5, D6],
  [["180 mg"], ["200 mg"]],
  ["- Strength: 180 mg", "One vial of powder contains 200 mg sacituzumab govitecan."], ["cross-document", "dose"])
A("The drug Immunomedics calls its 'Company Product' in the Balversa deal — what BLA number did FDA issue the complete response on?", [D1, D5],
  [["IMMU- 132"], ["761115"]],
  ['1.26 "Company Product" means the drug that is being developed by Company on the Effective Date, known as "IMMU- 132" or sacituzumab govitecan.', "- Application Number: 761115Orig1s000"], ["cross-document", "identifier"])
A("How long before the Janssen promotion agreement was signed had Immunomedics filed its own BLA for sacituzumab govitecan? Give both dates.", [D1, D5],
  [["April 5, 2019"], ["May 18, 2018"]],
  ['dated as of April 5, 2019 (the "Effective Date")', "- Submission Date: May 18, 2018"], ["cross-document", "date"])
A("The alliance press release doesn't give money terms — what's the committed funding, and which two MAGE targets does the release highlight?", [D2, D3],
  [["$19,644,000"], ["MAGE-A10"], ["MAGE-A4"]],
  ["at least nineteen million six hundred and forty four thousand Dollars US ($19,644,000)", "Adaptimmune's SPEAR T-cell therapies targeting MAGE-A10 and future clinical stage first and second generation SPEAR T-cell therapies such as MAGE-A4"], ["cross-document", "amount", "name"])
A("The announcement calls the MD Anderson deal 'multi-year' — what term does the contract actually set?", [D3, D2],
  [["multi-year strategic alliance"], ["five (5) years following the Effective Date"]],
  ["announced today that they have entered into a multi-year strategic alliance", "8.1 The term of this Agreement shall be five (5) years following the Effective Date or until the Studies are completed, whichever is later"], ["cross-document", "duration"])
A("Compare governing law in the Balversa promotion agreement and the R-Tech Ueno strategic alliance agreement.", [D1, D4],
  [["State of New York"], ["laws of Japan"]],
  ["shall be governed in accordance with the substantive laws of the State of New York", "shall be governed in all respects by the laws of Japan."], ["cross-document", "place"])
A("Where would CRL-flagged manufacturing have happened vs where the EU leaflet says Trodelvy is manufactured?", [D5, D6],
  [["Morris Plains"], ["Carrigtohill"]],
  ["Objectionable conditions were noted during an inspection of your Morris Plains facility (FEI 1000526871).", "Manufacturer Gilead Sciences Ireland UC IDA Business and Technology Park Carrigtohill"], ["cross-document", "place"])
A("Rifampin is the inducer in Part 1 of the CC-92480 study — what does the Trodelvy leaflet say rifampicin does?", [D8, D6],
  [["Rifampin"], ["rifampicin, used to treat tuberculosis"], ["lower the level"]],
  ["Intervention name: Rifampin", "Some medicines may lower the level of Trodelvy s active substance in your blood, decreasing its effects:", "- rifampicin, used to treat tuberculosis."], ["cross-document", "name"])
A("Which expires first: the Janssen–Immunomedics promotion agreement or the base term of the Adaptimmune–MD Anderson alliance (effective September 2016)?", [D1, D2],
  [["March 31, 2020"], ["five (5) years following the Effective Date"]],
  ['1.40 "Expiration Date" means March 31, 2020.', "The term of this Agreement shall be five (5) years following the Effective Date or until the Studies are completed, whichever is later"], ["cross-document", "date", "duration"])
A("Who signed as CEO for Sucampo Pharmaceuticals and for Adaptimmune Limited on their respective agreements?", [D4, D2],
  [["Peter Greenleaf"], ["James Noble"]],
  ["Sucampo Pharmaceuticals, Inc. By: /s/ Peter Greenleaf Name: Peter Greenleaf Title: Chief Executive Officer", "Name James Noble\n\nTitle: CEO"], ["cross-document", "name"])
A("Both the PIONEER study and the MD Anderson alliance concern adoptive cell therapy — which institutions run them, and how many patients does PIONEER plan?", [D7, D3],
  [["Gustave Roussy"], ["MD Anderson"], ["60"]],
  ["Agency: Gustave Roussy, Cancer Campus, Grand Paris", "Enrollment: 60 (type: Anticipated)", "expedite the development of novel adoptive T-cell therapies for multiple types of cancer"], ["cross-document", "name", "count"])

# ---------- more unanswerables (folder-level) ----------
U("What upfront payment did Janssen make to Immunomedics on signing the Balversa promotion agreement?",
  "The agreement provides only service fees and sales milestones (amounts redacted); no upfront or signing payment is mentioned in any document.", ["amount"])
U("When did Gilead complete its acquisition of Immunomedics?",
  "No document mentions a Gilead acquisition of Immunomedics (Gilead appears only as EU marketing authorisation holder).", ["date"])
U("What was the FDA PDUFA goal date for the resubmitted Trodelvy BLA?",
  "The CRL describes resubmission requirements but no document gives a PDUFA or resubmission goal date.", ["date"])
U("How many patients with urothelial cancer are expected to be treated with Balversa in 2019?",
  "No patient or sales forecast is given; the Baseline and milestone thresholds are redacted.", ["count"])
U("What royalty rate does MD Anderson get if Adaptimmune exercises its option to an exclusive licence?",
  "Section 7.5 mentions a royalty-bearing licence to be negotiated but no rate is given.", ["percentage"])
U("Which EU countries have Trodelvy local representatives with their full phone numbers?",
  "The garbled list of local representatives was cut from the leaflet ([...]); the phone numbers are not available.", ["list"])

DROP = ['How frequently does the JCT meet?', 'Territory for the Balversa detailing?', 'Who books Balversa sales under the co-promotion?', 'Can Janssen claw back a sales milestone once paid?', 'How soon after quarter end must Janssen send the Fee Notice?', 'Who executed the promotion agreement for Immunomedics, and in what role?', 'Who is the sponsor of the clinical studies run under the alliance?', 'Cure period before a party can terminate the alliance for material breach?', 'Does Adaptimmune cover treatment costs if a study subject is injured by the study drug?', 'headcount at adaptimmune per the release?', 'When was IND acceptance targeted for the MAGE-A4 SPEAR T-cell therapy?', 'Which language controls the R-Tech Ueno agreement?', 'Where do disputes involving the lenders go?', 'What is the squeeze-out meant to achieve?', "Who's the FDA project manager to contact about the CRL?", 'Under what statutory provision was the sacituzumab BLA submitted?', 'Which side effect is listed as uncommon for Trodelvy?', 'Can Trodelvy be used in teenagers?']
Q = [q for q in Q if q['question'] not in DROP]
assert len(DROP) == 18
for i, q in enumerate(Q, 1):
    q['id'] = 'ma-%03d' % i
FIELDS = ["id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags", "note"]
with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in Q:
        f.write(json.dumps({k: q[k] for k in FIELDS}, ensure_ascii=False) + '\n')
print(len(Q), sum(1 for q in Q if not q['answerable']), sum(1 for q in Q if 'cross-document' in q['tags']))
