import json, os
D = "/work/s26/blind/kestrel/docs/"
S1="01_ex10_siga_meridian_tpoxx_promotion_agreement.txt"
S2="02_ema_leaflet_tecovirimat_siga.txt"
S3="03_ex10_xencor_aimmune_aimab7195_license_agreement.txt"
S4="04_press_release_aimmune_xencor_aimab7195_license.txt"
S5="05_ema_leaflet_palforzia_peanut_powder.txt"
S6="06_ex10_nls_eurofarma_mazindol_license_development.txt"
S7="07_ex10_eton_aucta_exclusive_license_product_development.txt"
S8="08_ex4_kitov_dexcel_consensi_manufacturing_agreement.txt"
S9="09_ex10_dong-a_neurobo_da-9801_manufacturing_supply.txt"
S10="10_ctgov_NCT03494712_s95010_first_in_human.txt"
Q=[]
def A(q, src, facts, quotes, tags):
    Q.append(dict(question=q, answerable=True, gold_sources=src if isinstance(src,list) else [src], facts=facts, gold_quotes=quotes, tags=tags, note=""))
def U(q, note, tags):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------------- 01 SIGA / MMT
A("Who are the two parties to the TPOXX promotion agreement, and when was it signed?", S1,
  [["SIGA TECHNOLOGIES, INC."],["MERIDIAN MEDICAL TECHNOLOGIES, INC."],["May 31, 2019"]],
  ['This PROMOTION AGREEMENT (this "Agreement") is entered into as of May 31, 2019 (the "Effective Date") by and between SIGA TECHNOLOGIES, INC., a Delaware corporation'],
  ["name","date"])
A("Which big pharma group is Meridian Medical Technologies part of?", S1, [["Pfizer"]],
  ["MERIDIAN MEDICAL TECHNOLOGIES, INC., a Pfizer company"], ["name"])
A("Territory for the SIGA/Meridian deal — which markets are carved out?", S1,
  [["the U.S."],["South Korea"],["Restricted Market"],["Discontinued Country"]],
  ['"Territory" means all countries and territories in the world other than (a) the U.S., (b) South Korea, (c) any Restricted Market, and (d) any Discontinued Country and, in the case of (a)-(c), each of their respective territories and possessions.'],
  ["place","list"])
A("Which formulation of tecovirimat does the Meridian promotion deal cover?", S1,
  [["oral formulation of TPOXX","oral formulation"]],
  ['"Product" means the FDA-approved oral formulation of TPOXX® (tecovirimat) for use in the Field, or any oral formulation of tecovirimat for use in the Field for which a Regulatory Authority grants Drug Approval to SIGA in a country or jurisdiction in the Territory.'],
  ["definition"])
A("Is MMT's licence to promote TPOXX exclusive, even vis-à-vis SIGA?", S1, [["exclusive even as to SIGA"]],
  ["The license granted by SIGA to MMT under this Section 2.1(a) will be exclusive even as to SIGA with respect to rights to Promote the Product in the Field in the Territory, except as set forth in Section 2.4 below."],
  ["yes-no"])
A("Can Meridian sublicense its TPOXX promotion rights to Pfizer without asking SIGA?", S1,
  [["prior written approval of SIGA"]],
  ["MMT may not grant sublicenses of the rights and licenses granted to it in Section 2.1(a) to any Affiliate (including Pfizer or any Affiliate of Pfizer) or Third Party without the prior written approval of SIGA (such approval not to be unreasonably withheld)."],
  ["yes-no"])
A("How is Meridian compensated under the SIGA agreement?", S1, [["Promotion Fee"],["Yearly Collected Revenue"]],
  ['MMT shall be entitled to retain a fee (the "Promotion Fee") of:'],
  ["definition","amount"])
A("How soon after signing does the SIGA–MMT joint steering committee have to be set up?", S1, [["thirty (30) days"]],
  ['Within thirty (30) days after the Effective Date, the Parties will establish a joint steering committee (the "JSC")'],
  ["duration"])
A("What's the initial term of the TPOXX promotion agreement and how does renewal work?", S1,
  [["five (5) year anniversary"],["three (3) year terms"]],
  ['shall continue until the five (5) year anniversary of the Effective Date (the "Initial Term")', 'This Agreement shall be automatically renewed for successive three (3) year terms thereafter'],
  ["duration"])
A("Deadline for a non-renewal notice under the SIGA promotion agreement?", S1, [["ninety (90) days prior"]],
  ["either Party provides the other Party written notice of non-renewal no later than ninety (90) days prior the end of the Initial Term or any Renewal Term"],
  ["duration"])
A("Which state's law governs the SIGA/Meridian promotion agreement?", S1, [["State of New York"]],
  ["This Agreement and all disputes arising out of or related to this Agreement or any breach hereof are governed by and construed under the Laws of the State of New York"],
  ["place"])
A("When does the Japanese patent JP 6018041 listed by SIGA expire?", S1, [["March 23, 2031"]],
  ["JP 6018041 Japan Certain polymorphs of ST-246, method of preparation of the polymorphs and pharmaceutical compositions containing the polymorphs October 7, 2016 March 23, 2031"],
  ["date","identifier"])
A("In SIGA's patent schedule, what does the Canadian patent CA 2529761 protect?", S1,
  [["Use of ST-246 to treat orthopoxvirus infection"]],
  ["CA 2529761 Canada Use of ST-246 to treat orthopoxvirus infection, pharmaceutical compositions containing ST-246 and composition of matter for the ST-246 compound August 13, 2013 June 18, 2024"],
  ["identifier"])
A("Does the agreement list any permitted subcontractors for MMT?", S1, [["None."]],
  ["EXHIBIT A PERMITTED SUBCONTRACTORS None."], ["yes-no"])
A("Who is SIGA's outside counsel for notices?", S1, [["WilmerHale"],["Lily Wound"]],
  ["With copies to (which will not constitute notice): Lily Wound, Esq. WilmerHale"], ["name"])
A("What notice period applies if a party wants to end the SIGA deal because the other is in material breach?", S1, [["[***] days"]],
  ["upon [***] days prior written notice at any time during the Term by giving written notice to the other Party in the event that such other Party has committed a material breach"],
  ["duration"])
A("Once a country becomes a Discontinued Country, who can promote TPOXX there?", S1, [["SIGA shall have the right to Promote the Product in the Discontinued Country"]],
  ['upon the designation of a country as a "Discontinued Country" under this Agreement, SIGA shall have the right to Promote the Product in the Discontinued Country at its sole discretion and cost.'],
  ["name"])
U("What percentage of collected revenue does Meridian keep as its promotion fee?", "The Promotion Fee percentages and thresholds in Section 6.1 are redacted ([***]); no figure appears in any document.", ["percentage"])
U("Did Meridian pay SIGA an upfront fee for the TPOXX promotion rights?", "The SIGA/MMT excerpt describes only a Promotion Fee retained by MMT; no upfront payment by MMT is mentioned.", ["amount"])
U("Which countries are Tier 1 countries under the SIGA–Meridian agreement?", "The definition of Tier 1 Countries is redacted ([***]).", ["list","place"])
U("What is the Brazilian patent number for tecovirimat in SIGA's schedule?", "Schedule 1 lists no Brazilian patent; Brazil does not appear in the SIGA document.", ["identifier"])
U("On what date did the FDA approve oral TPOXX?", "The agreement only calls TPOXX 'FDA-approved'; no approval date is given in any document.", ["date"])
U("Who signed the SIGA promotion agreement on behalf of Meridian?", "The signature page is not part of the excerpt; no signatory is named.", ["name"])

# ---------------- 02 tecovirimat leaflet
A("What infections is Tecovirimat SIGA used for in the EU?", S2, [["smallpox"],["mpox"],["cowpox"]],
  ["Tecovirimat SIGA is used to treat viral infections, such as smallpox, mpox and cowpox in adults and children weighing at least 13 kg."],
  ["list"])
A("Minimum body weight for tecovirimat use per the EU leaflet?", S2, [["13 kg"]],
  ["This medicine should not be given to children who weigh less than 13 kg."], ["dose"])
A("Tecovirimat dose for a 30 kg child?", S2, [["Two Tecovirimat SIGA 200 mg capsules every 12 hours for 14 days"],["400 mg two times a day"]],
  ["25 kg to less than 40 kg | Two Tecovirimat SIGA 200 mg capsules every 12 hours for 14 days (400 mg two times a day)"], ["dose"])
A("How is dosing different for patients weighing 120 kg or more?", S2, [["every 8 hours"],["600 mg three times a day"]],
  ["120 kg and above | Three Tecovirimat SIGA 200 mg capsules every 8 hours for 14 days (600 mg three times a day)"], ["dose"])
A("How long is a course of tecovirimat?", S2, [["14 days"]],
  ["13 kg to less than 25 kg | One Tecovirimat SIGA 200 mg capsule every 12 hours for 14 days (200 mg two times a day)"], ["duration"])
A("Should tecovirimat be taken with food?", S2, [["within 30 minutes of eating a meal"]],
  ["Tecovirimat SIGA should be taken within 30 minutes of eating a meal of moderate calories and fat content."], ["yes-no"])
A("If a patient can't swallow the capsules, how much liquid or soft food is the content mixed with?", S2, [["30 mL"],["2 tablespoons"]],
  ["Mix the entire contents of the capsule with 30 mL of liquid (e.g. milk) or soft food (e.g. yogurt)."], ["dose"])
A("What should a patient do if they vomit 20 minutes after a tecovirimat dose?", S2, [["you may take another dose right away"]],
  ["If you vomit within 30 minutes of taking Tecovirimat SIGA, you may take another dose right away."], ["definition"])
A("Which side effect of tecovirimat is listed as very common?", S2, [["Headache"]],
  ["Very common side effects (may affect more than 1 in 10 people)"], ["name"])
A("Storage temperature for Tecovirimat SIGA?", S2, [["Store below 25 C."]],
  ["Store below 25 C."], ["definition"])
A("Pack size for Tecovirimat SIGA?", S2, [["84 (2 bottles of 42) capsules"]],
  ["Tecovirimat SIGA is available in a pack containing 84 (2 bottles of 42) capsules."], ["count"])
A("Who holds the EU marketing authorisation for Tecovirimat SIGA?", S2, [["SIGA Technologies Netherlands B.V."]],
  ["SIGA Technologies Netherlands B.V. Prinsenhil 29, Breda 4825 AX, The Netherlands"], ["name"])
A("Under what type of authorisation was Tecovirimat SIGA approved in the EU?", S2, [["exceptional circumstances"]],
  ["This medicine has been authorised under exceptional circumstances ."], ["definition"])
A("Tecovirimat SIGA EU number?", S2, [["EU/1/21/1600/001"]], ["EU number: EU/1/21/1600/001"], ["identifier"])
A("Any excipients of note in tecovirimat capsules for intolerant patients?", S2, [["lactose"],["sunset yellow (E110)"]],
  ["Tecovirimat SIGA contains Lactose and sunset yellow (E110)"], ["list"])
U("What is the shelf life of Tecovirimat SIGA in months?", "The leaflet refers only to the expiry date on the bottle; no shelf-life duration is stated.", ["duration"])
U("What is the recommended dose of intravenous tecovirimat?", "Only oral 200 mg capsules are described; no IV formulation or dose appears in any document.", ["dose"])
U("What is the EU list price of a Tecovirimat SIGA pack?", "No price for the product is given in the leaflet or in the agreement.", ["amount"])

# ---------------- 03 Xencor / Aimmune agreement
A("Date of the Xencor–Aimmune licence agreement?", S3, [["February 4, 2020"]],
  ['This License, Development and Commercialization Agreement (this "Agreement"), dated as of February 4, 2020 (the "Effective Date"), is made by and between Xencor, Inc. ("Xencor"), and Aimmune Therapeutics, Inc. ("Aimmune").'],
  ["date"])
A("What antibody is licensed to Aimmune?", S3, [["XmAb7195"]],
  ['"Antibody" means Xencor\'s humanized antibody known as XmAb7195 having the sequence listed in Schedule 1.10.'], ["name"])
A("Scope and geography of the licence Aimmune got from Xencor?", S3, [["exclusive, worldwide, payment-bearing license"]],
  ["Xencor hereby grants to Aimmune during the Term an exclusive, worldwide, payment-bearing license under and with respect to Xencor Patents and Xencor's interest in Joint Collaboration Patents"],
  ["definition","place"])
A("What is the Licensed Field in the XmAb7195 deal?", S3, [["diagnosis, treatment or prevention of human diseases and conditions"]],
  ['"Licensed Field" means the diagnosis, treatment or prevention of human diseases and conditions.'], ["definition"])
A("Cash upfront in the Xencor agreement text?", S3, [["five million Dollars ($5,000,000)"]],
  ["an amount equal to five million Dollars ($5,000,000) (together with the issuance of the Shares, the \"Upfront Payment\")"], ["amount"])
A("Is the XmAb7195 upfront refundable or creditable?", S3, [["nonrefundable and noncreditable"]],
  ["The Upfront Payment shall be nonrefundable and noncreditable against any other payments due hereunder."], ["yes-no"])
A("Who pays for development of the licensed antibody?", S3, [["one hundred percent (100%)"],["Aimmune"]],
  ["As between the Parties, Aimmune shall be solely responsible for one hundred percent (100%) of all Development costs incurred with respect to any Development Activities."], ["percentage","name"])
A("Which countries count as the E.U. Major Countries in the Aimmune licence?", S3, [["United Kingdom"],["France"],["Germany"],["Italy"],["Spain"]],
  ['"E.U. Major Countries" means the United Kingdom, France, Germany, Italy, and Spain.'], ["list","place"])
A("Can Aimmune walk away from the Xencor deal for convenience, and with how much notice?", S3, [["sixty (60) days' prior written notice"]],
  ["Aimmune may terminate this Agreement in its entirety at any time for its convenience upon sixty (60) days' prior written notice to Xencor."], ["yes-no","duration"])
A("Cure period for a non-payment breach under the Xencor/Aimmune agreement?", S3, [["thirty (30) days in the event of non-payment"]],
  ["The Breaching Party shall have sixty (60) days (thirty (30) days in the event of non-payment) after written notice thereof was provided"], ["duration"])
A("What happens to Aimmune's licence in a country once the XmAb7195 agreement expires there?", S3, [["fully-paid basis"]],
  ["Upon expiration of this Agreement with respect to a Product in a country, the licenses granted to Aimmune pursuant to this Agreement shall continue in full force and effect on a fully-paid basis."], ["definition"])
A("Governing law of the Aimmune–Xencor licence?", S3, [["State of California"]],
  ["governed by and construed in accordance with the internal laws of the State of California"], ["place"])
A("How long after a bankruptcy filing can it become grounds for terminating the Xencor/Aimmune deal?", S3, [["ninety (90) days"]],
  ["provided that such termination shall be effective only if such proceeding is not dismissed within ninety (90) days after the filing thereof."], ["duration"])
U("What is the specific milestone payment due when Aimmune starts a Phase 2 trial of AIMab7195?", "The milestone table in Section 7.2 is fully redacted and the press releases give only the $385 million aggregate; no per-milestone amount is disclosed.", ["amount"])
U("At what annual net sales level does the top royalty tier kick in for AIMab7195?", "The royalty tier thresholds in Section 7.3.1 are redacted; the press release gives only the rate range.", ["amount"])
U("How many years after first commercial sale does the AIMab7195 Royalty Term run at minimum?", "The number of years in the Royalty Term definition is redacted ([***]).", ["duration"])
U("What minimum product liability insurance must Aimmune carry after launch?", "The insurance amounts in Section 11.5 are redacted.", ["amount"])

# ---------------- 04 press release
A("Headline economics of the AIMab7195 deal per the press release — upfront?", S4, [["$5 million in cash and $5 million in equity"]],
  ["Aimmune will make an upfront payment to Xencor of $5 million in cash and $5 million in equity, equivalent to 156,238 newly issued shares of Aimmune common stock at $32.0025/share."], ["amount"])
A("How many Aimmune shares did Xencor receive, and at what price per share?", S4, [["156,238"],["$32.0025"]],
  ["equivalent to 156,238 newly issued shares of Aimmune common stock at $32.0025/share"], ["count","amount"])
A("How was the $32.0025 share price for the Xencor equity component determined?", S4, [["seven-day volume weighted average price"]],
  ["at $32.0025/share, the seven-day volume weighted average price"], ["definition"])
A("Total potential milestones to Xencor for AIMab7195?", S4, [["$385 million"]],
  ["Xencor also is eligible to receive up to $385 million based on the achievement of certain clinical development, regulatory and commercialization milestones"], ["amount"])
A("What is the first milestone event that triggers payments to Xencor?", S4, [["initiation of a Phase 2 clinical trial"]],
  ["beginning with the initiation of a Phase 2 clinical trial"], ["endpoint"])
A("Royalty range on AIMab7195 sales?", S4, [["high single-digit to mid-teen percentage"]],
  ["is eligible to receive a high single-digit to mid-teen percentage of royalties upon commercialization of AIMab7195"], ["percentage"])
A("What was XmAb7195 originally developed for?", S4, [["allergic asthma"]],
  ["XmAb7195, which has been renamed AIMab7195, was originally developed by Xencor for the treatment of allergic asthma."], ["definition"])
A("How does Aimmune initially intend to use AIMab7195?", S4, [["adjunctive treatment"],["CODIT"]],
  ["Aimmune initially plans to develop AIMab7195 as an adjunctive treatment with select Characterized Oral Desensitized ImmunoTherapy (CODIT™) programs, including PALFORZIA™ , to explore treatment outcomes in patients with food allergies."],
  ["definition"])
A("How much clinical experience did AIMab7195 have at the time of the licence?", S4, [["two Phase 1 studies"],["more than 100"]],
  ["AIMab7195 has been evaluated in two Phase 1 studies that enrolled more than 100 healthy volunteers and patients with allergy and atopic disease."], ["count"])
A("What is AIMab7195's target and receptor engineering?", S4, [["anti-IgE monoclonal antibody"],["FcyRIIb"]],
  ["AIMab7195 is an anti-IgE monoclonal antibody with enhanced binding to the Fc gamma receptor IIb (FcyRIIb)."], ["definition"])
A("Who were the CEOs quoted in the AIMab7195 announcement?", S4, [["Jayson Dallas"],["Bassil Dahiyat"]],
  ['said Jayson Dallas, M.D., President and CEO of Aimmune.', 'said Bassil Dahiyat, Ph.D., President and CEO of Xencor.'], ["name"])
A("How many XmAb candidates did Xencor say were in clinical development?", S4, [["15 candidates"]],
  ["Currently, 15 candidates engineered with Xencor's XmAb® technology are in clinical development internally and with partners."], ["count"])
U("When does Aimmune expect to start the Phase 2 trial of AIMab7195?", "The press releases mention the Phase 2 initiation milestone but give no expected start date.", ["date"])
U("What was Aimmune's cash position at the time of the Xencor deal?", "Neither the agreement nor the press releases report Aimmune's cash balance.", ["amount"])

# ---------------- 05 Palforzia leaflet
A("Which age group is PALFORZIA for?", S5, [["4 to 17 years"]],
  ["PALFORZIA is intended for children and young people aged from 4 to 17 years and those who become adults whilst on treatment."], ["definition"])
A("What are the three phases of PALFORZIA treatment?", S5, [["initial dose escalation, up-dosing, and maintenance"]],
  ["There are 3 phases of treatment with PALFORZIA: initial dose escalation, up-dosing, and maintenance."], ["list"])
A("What doses are given on day 1 of PALFORZIA initial dose escalation?", S5, [["0.5 mg, 1 mg, 1.5 mg, 3 mg, and 6 mg"]],
  ["On the first day you will be treated with 0.5 mg, 1 mg, 1.5 mg, 3 mg, and 6 mg of PALFORZIA."], ["dose","list"])
A("How many up-dosing levels does PALFORZIA have and how long does up-dosing take at minimum?", S5, [["11"],["22 weeks"]],
  ["There are 11 different dose levels of up-dosing, starting with PALFORZIA 3 mg (level 1) and increasing to PALFORZIA 300 mg (level 11).", "It will take at least 22 weeks to complete all up-dosing levels."], ["count","duration"])
A("Maintenance dose of PALFORZIA?", S5, [["300 mg"]],
  ["your doctor will ask you to continue taking PALFORZIA at a 300 mg dose every day as maintenance therapy."], ["dose"])
A("What's the rule if a PALFORZIA patient misses three days in a row?", S5, [["stop taking PALFORZIA and contact your doctor"]],
  ["If you miss your dose of PALFORZIA for 3 days in a row or longer, stop taking PALFORZIA and contact your doctor for advice on how to start your treatment again."], ["definition"])
A("Contraindication window for prior anaphylaxis before starting PALFORZIA?", S5, [["60 days"]],
  ["if you had severe or life-threatening anaphylaxis within 60 days before starting treatment."], ["duration"])
A("How long should patients avoid exercise or hot showers after a PALFORZIA dose?", S5, [["3 hours"]],
  ["Do not exercise just before or for 3 hours after taking PALFORZIA."], ["duration"])
A("How common is eosinophilic oesophagitis with PALFORZIA?", S5, [["up to 1 in 1,000 people"]],
  ["This is a condition that affects the passage between the mouth and the stomach and affects up to 1 in 1,000 people."], ["percentage"])
A("How many sachets are in a PALFORZIA maintenance carton?", S5, [["30 sachets of 300 mg"]],
  ["Each carton contains 30 sachets of 300 mg."], ["count"])
A("Who is the EU MAH for PALFORZIA?", S5, [["Aimmune Therapeutics Ireland Ltd"]],
  ["Aimmune Therapeutics Ireland Ltd Block B The Crescent Building Northwood Crescent Northwood, Dublin 9 D09 C6X8 Ireland"], ["name"])
A("Can PALFORZIA mixed into food be kept for later?", S5, [["up to 8 hours"]],
  ["if needed, you can mix PALFORZIA with food and keep it in a refrigerator for up to 8 hours before taking."], ["duration","yes-no"])
U("What proportion of PALFORZIA patients tolerated a 600 mg peanut protein challenge in the pivotal trial?", "The package leaflet contains no clinical trial efficacy results.", ["percentage","endpoint"])
U("What is the price of a PALFORZIA maintenance carton?", "No pricing appears in the leaflet or any other document.", ["amount"])

# ---------------- 06 NLS / Eurofarma
A("What product and indication are covered by the NLS–Eurofarma deal?", S6, [["Nolazol"],["Mazindol CR"],["ADHD"]],
  ["regarding Nolazol® (Mazindol CR) in ADHD - Latin America"], ["name"])
A("Territory of the NLS mazindol licence?", S6, [["The countries of Latin America"]],
  ["Territory The countries of Latin America"], ["place"])
A("Which are the Lead Countries for Eurofarma?", S6, [["Brazil, Mexico and Argentina"]],
  ["Lead Countries Brazil, Mexico and Argentina."], ["list","place"])
A("Upfront payable by Eurofarma to NLS and timing?", S6, [["USD 2'500'000"],["no later than 20 days"]],
  ["Upon signature of this Agreement and no later than 20 days following it, Eurofarma shall pay to NLS, for the rights pursuant to Article 2.1(i), the non-refundable and non-deductible sum of USD 2'500'000 (in words: US dollars two and a half million)."], ["amount","duration"])
A("Milestone tied to completing the adult ADHD Phase III in the US?", S6, [["USD 500'000"]],
  ["Upon successful completion by NLS in the US of the Phase III Clinical Trial for the treatment of ADHD in adults (successful completion meaning reaching the primary endpoints of the respective study) | USD 500'000"], ["amount"])
A("What counts as 'successful completion' for the NLS clinical milestones?", S6, [["reaching the primary endpoints of the respective study"]],
  ["(successful completion meaning reaching the primary endpoints of the respective study)"], ["endpoint","definition"])
A("What does Eurofarma owe on Brazilian price approval?", S6, [["USD 1'000'000"]],
  ["Upon price approval of the Licensed Product in Brazil by the relevant agency | USD 1'000'000"], ["amount"])
A("Sales milestone at USD 100 million annual net sales for Nolazol?", S6, [["USD 6'000'000"]],
  ["Upon reaching annual Net Sales of USD 100 million | USD 6'000'000"], ["amount"])
A("Royalty rate on Nolazol net sales of USD 25 million a year?", S6, [["9%"]],
  ["20 million to < 30 million | 9%"], ["percentage"])
A("Royalty tiers under the NLS/Eurofarma licence?", S6, [["7%"],["8%"],["9%"],["10%"]],
  ["under 10 million | 7%", "30 million and above | 10%"], ["percentage","list"])
A("How long are Eurofarma's records kept for audit?", S6, [["ten (10) years"]],
  ["Such records shall be retained by the Licensee for ten (10) years following a given reporting period."], ["duration"])
A("Who owns the marketing authorisations for Nolazol in Latin America during the deal?", S6, [["Eurofarma shall own the MAs"]],
  ["Eurofarma shall own the MAs pertaining to the commercialization of the Licensed Product in the Field in the Territory during the term of this Agreement"], ["name"])
A("Timeline for serious unexpected adverse reaction reporting between NLS and Eurofarma?", S6, [["within two business days"]],
  ["each Party agrees to report to the other Party any serious and unexpected adverse reaction with the use of mazindol CR in the Field within two business days of the initial receipt of a report"], ["duration"])
A("Term of the NLS–Eurofarma agreement?", S6, [["ten (10) years from the Launch"]],
  ['shall continue in full force for ten (10) years from the Launch (the "Initial Term"), or the date of expiry of the last valid patent of the Licensed Product, whichever comes later'], ["duration"])
A("Which patents are licensed in the NLS deal?", S6, [["BR 11 2018 068143"],["MX/a/2018/010864"]],
  ["Patents shall mean Brazilian Patent Application No. BR 11 2018 068143 filed on September 6, 2018, and Mexican Patent Application No. MX/a/2018/010864 filed on September 7, 2018, covering multi-layered formulation of Mazindol"], ["identifier"])
A("Governing law and arbitration seat for the NLS/Eurofarma contract?", S6, [["the Netherlands"],["The Hague"]],
  ["This Agreement shall be governed by and construed in accordance with the substantive laws of the Netherlands", "The place of Arbitration shall be in The Hague, Netherlands, or in a place otherwise mutually agreeable."], ["place"])
A("Sell-off period after termination of the mazindol licence?", S6, [["six (6) months"]],
  ['within a period of six (6) months of the effective date of such termination (the "Sell-Off Period")'], ["duration"])
A("How long do confidentiality obligations survive after the NLS agreement ends?", S6, [["ten (10) years"]],
  ["The confidentiality obligations provided in this Article shall survive any termination or expiry of this Agreement for period of ten (10) years."], ["duration"])
U("On what calendar date did the NLS–Eurofarma licence become effective?", "The Effective Date is defined as the date of the last signature, but the signature block dates are blank; no calendar date is given.", ["date"])
U("Is there a minimum annual royalty Eurofarma must pay NLS?", "The NLS agreement sets tiered royalties but no minimum annual royalty.", ["amount","yes-no"])
U("What was the outcome of NLS's adult ADHD Phase III trial of mazindol CR?", "No trial results appear in any document; the agreement only sets a milestone on successful completion.", ["endpoint"])

# ---------------- 07 Eton / Aucta
A("When was the Eton–Aucta licence executed?", S7, [["June 12, 2019"]],
  ['is entered into as of June 12, 2019 (the "Execution Date")'], ["date"])
A("Total licensing fees Eton could pay Aucta?", S7, [["five million dollars ($5,000,000)"]],
  ["ETON shall pay to Aucta licensing fees of up to an amount of five million dollars ($5,000,000) based on the following payment schedule:"], ["amount"])
A("What is paid to Aucta within thirty days of first commercial sale?", S7, [["two million dollars ($2,000,000)"]],
  ["An amount of two million dollars ($2,000,000) within thirty (30) days after the first commercial sales of Product."], ["amount"])
A("Under what condition does the $1 million Orange Book payment to Aucta apply?", S7, [["only if that patent is listed prior to the submission of an ANDA"]],
  ["An amount of one million dollars ($1,000,000) within thirty (30) days after the issuance and listing of a patent in the Orange Book for the Product and its Dossier, only if that patent is listed prior to the submission of an ANDA referencing the Product and its Dossier as the reference product."], ["definition","amount"])
A("Maximum commercial milestones in the Eton/Aucta deal and the top one?", S7, [["eighteen million dollars ($18,000,000)"],["ten million dollars ($10,000,000)"]],
  ["ETON shall pay to Aucta a total sum amount of up to eighteen million dollars ($18,000,000) based on Net Sales of a Product", "An amount of ten million dollars ($10,000,000) upon Net Sales first exceeding an amount of one hundred million dollars ($100,000,000) in a calendar year"], ["amount"])
A("Eton's territory under the Aucta licence?", S7, [["fifty states of the United States of America"]],
  ['"Territory" shall mean the fifty states of the United States of America, the District of Columbia, the Commonwealth of Puerto Rico, Guam, American Samoa, the U.S. Virgin Islands'], ["place"])
A("Which active ingredient is Aucta restricted from over-developing as a competitive product?", S7, [["Lamotrigine"]],
  ["Aucta shall not research, develop, manufacture, file, sell, market, or distribute more than two products containing the active ingredient Lamotrigine"], ["name"])
A("Minimum general liability insurance under the Eton agreement?", S7, [["five million dollars ($5,000,000) per occurrence"],["ten million dollars ($10,000,000) in the aggregate"]],
  ["in no event shall the general liability insurance amounts be less than five million dollars ($5,000,000) per occurrence and ten million dollars ($10,000,000) in the aggregate limit of liability per year."], ["amount"])
A("By what date did FDA need to accept the dossier for the Eton agreement to become effective?", S7, [["September 2, 2019"]],
  ['by the FDA no later than September 2, 2019 (such date, the "Effective Date")'], ["date"])
A("Can Eton terminate if the product isn't approved by a certain date?", S7, [["December 31, 2020"]],
  ["ETON has the right to terminate this Agreement at any time at its sole discretion if the Dossier or marketing application for the Product is not approved by December 31, 2020"], ["date","yes-no"])
A("Who holds the approved dossiers under the Eton–Aucta agreement?", S7, [["Aucta shall hold the approved Dossiers in its name"]],
  ["Aucta shall hold the approved Dossiers in its name and be responsible for their maintenance."], ["name"])
A("How are ANDA litigation costs split between Eton and Aucta?", S7, [["share equally"]],
  ["Aucta and ETON shall share equally the costs of litigating any ANDA Litigation"], ["percentage"])
A("Governing law of the Eton licence?", S7, [["Delaware"]],
  ["This Agreement shall be governed, interpreted and construed in accordance with the substantive laws of the Delaware"], ["place"])
U("What is the brand name of the product Eton licensed from Aucta?", "The product is defined by reference to Exhibit A, which is not reproduced; no product name appears.", ["name"])
U("What royalty rate does Eton pay Aucta on net sales?", "The royalty rate in Section 6.3.1 is redacted ([ * * * ]).", ["percentage"])
U("Which contract manufacturer did Eton sign with for the Aucta product?", "The agreement requires a CMO supply agreement but names no manufacturer.", ["name"])

# ---------------- 08 Kitov / Dexcel
A("What product does Dexcel manufacture for Kitov?", S8, [["Celecoxib/Amlodipine"],["200/10mg, 200/5mg and 200/2.5mg"]],
  ['"Product" shall mean tablets containing the APIs Celecoxib/Amlodipine in three dosage strengths (200/10mg, 200/5mg and 200/2.5mg), Labelled with the Livery and in Packs.'], ["name","dose"])
A("When did Kitov and Dexcel sign the earlier development services agreement?", S8, [["April 1, 2014"]],
  ['Kitov and Dexcel entered into a Development Services Agreement on April 1, 2014 ("Development Agreement")'], ["date"])
A("How far ahead must Kitov give Dexcel its packaging and labelling instructions?", S8, [["one hundred and twenty (120) days"]],
  ["Kitov shall provide such instructions at least one hundred and twenty (120) days prior to the anticipated Supply Commencement Date."], ["duration"])
A("Forecast horizon Kitov provides Dexcel?", S8, [["twelve (12) month rolling forecast"]],
  ["Kitov shall provide Dexcel with a twelve (12) month rolling forecast of its Product requirements (by SKU)"], ["duration"])
A("Payment terms for Consensi supply invoices?", S8, [["net thirty (30) days from Delivery"],["U.S. Dollars"]],
  ["net thirty (30) days from Delivery. All payments shall be made in U.S. Dollars."], ["duration"])
A("Minimum order size under the Dexcel agreement?", S8, [["multiples of a full Batch"]],
  ['"Minimum Order Requirements" shall mean multiples of a full Batch.'], ["definition"])
A("Which law and courts govern the Kitov–Dexcel manufacturing agreement?", S8, [["State of Israel"],["Tel-Aviv"]],
  ["This Agreement shall be interpreted and enforced exclusively under the laws of the State of Israel", "The Parties submit to the exclusive jurisdiction of the competent courts of Tel-Aviv"], ["place"])
A("When is late payment by Kitov treated as a material breach?", S8, [["ninety (90) days"]],
  ["in the event that Kitov fails to make any payment due hereunder within ninety (90) days following the original due date, it shall be deemed a material breach of this Agreement"], ["duration"])
U("What is Dexcel's supply price per bottle of the 200/5mg tablets?", "All supply prices in the Section 3.4 table are redacted (****).", ["amount"])
U("How long is the initial term of the Kitov–Dexcel manufacturing agreement?", "The initial term length in Section 5.1 is redacted (****).", ["duration"])
U("How many tablets are in one Dexcel batch?", "The batch size is redacted (****).", ["count"])

# ---------------- 09 Dong-A / NeuroBo
A("Which compound's licensed products does the Dong-A/NeuroBo supply agreement cover, and what's its date?", S9, [["DA-9801"],["September 28, 2018"]],
  ["MANUFACTURING AND SUPPLY AGREEMENT (DA-9801 Licensed Products) Between DONG-A ST CO., LTD. And NEUROBO PHARMACEUTICALS, INC. Dated: September 28, 2018"], ["name","date"])
A("When was the underlying DA-9801 licence signed and amended?", S9, [["January 18, 2018"],["April 18, 2018"]],
  ["the License Agreement (DA-9801) dated January 18, 2018, as amended by the Amendment to License Agreement (DA-9801) dated April 18, 2018"], ["date"])
A("Who supplies the API for DA-9801 manufacturing?", S9, [["NeuroBo shall manufacture, or have manufactured, and supply to Dong-A the active pharmaceutical ingredients"]],
  ["NeuroBo shall manufacture, or have manufactured, and supply to Dong-A the active pharmaceutical ingredients (API), which are necessary to manufacture the Licensed Products"], ["name"])
A("Purpose of the products supplied under the Dong-A agreement?", S9, [["research and development"],["phase III clinical trials"]],
  ["for the purpose of research and development of the Licensed Products, including the use in phase III clinical trials to be conducted by NeuroBo"], ["definition"])
A("In which currencies can NeuroBo pay Dong-A's invoices?", S9, [["Korean Won (KRW)"],["United States Dollars (USD)"]],
  ["NeuroBo shall pay the invoiced supply price (i) in Korean Won (KRW) or (ii) in United States Dollars (USD)"], ["list"])
A("What happens to the supply agreement if the DA-9801 licence ends?", S9, [["automatically terminate"]],
  ["This Agreement shall automatically terminate in case the License Agreement is terminated for any reason specified therein."], ["definition"])
A("Governing law of the Dong-A supply agreement?", S9, [["State of New York"]],
  ["The laws of the State of New York (without giving effect to its conflicts of law principles) govern all matters arising out of or relating to this Agreement"], ["place"])
A("Who signed for each side on the DA-9801 supply agreement?", S9, [["Daesik Eom"],["John L. Brooks III"]],
  ["Daesik Eom, Chairman and CEO", "John L. Brooks III, President & CEO"], ["name"])
U("How many years does the Dong-A supply agreement run?", "The term in Section 5.1 is redacted ([***] years).", ["duration"])
U("What disease is DA-9801 being developed for?", "The supply agreement never states the indication of DA-9801.", ["definition"])
U("What is the per-tablet supply price for DA-9801?", "Schedule 4.2 Supply Price is redacted.", ["amount"])

# ---------------- 10 ctgov
A("Phase and design of NCT03494712?", S10, [["Phase 1"],["Randomized"],["Double (Participant, Investigator)"]],
  ["Phase: Phase 1", "Allocation: Randomized", "Masking: Double (Participant, Investigator)"], ["definition"])
A("Sponsor of the S 95010 first-in-human study?", S10, [["Institut de Recherches Internationales Servier"]],
  ["Lead sponsor: Institut de Recherches Internationales Servier"], ["name"])
A("Primary endpoint of NCT03494712?", S10, [["Safety assessed by incidence of Adverse Events"]],
  ["Measure: Safety assessed by incidence of Adverse Events"], ["endpoint"])
A("Over what time frame is the primary safety outcome assessed in the S 95010 study?", S10, [["Through study completion, an average of 12 weeks"]],
  ["Time frame: Through study completion, an average of 12 weeks"], ["duration"])
A("Which PK parameters are secondary outcomes?", S10, [["(AUC)"],["Plasma half-life"],["(Cmax)"]],
  ["Measure: The PK profile of S 95010 plasma concentration : Plasma half-life", "Measure: The PK profile of S 95010 plasma concentration : Maximum plasma concentration (Cmax)"], ["endpoint","list"])
A("Planned enrollment for NCT03494712?", S10, [["49"]], ["Enrollment: 49 (Anticipated)"], ["count"])
A("Who can enroll in the S 95010 study?", S10, [["Young healthy Caucasian male subjects aged between 18 and 45 years"]],
  ["- Young healthy Caucasian male subjects aged between 18 and 45 years (both inclusive)"], ["definition"])
A("Renal exclusion threshold in the S 95010 FIH trial?", S10, [["GFR < 90 mL/min/1.73 m2"]],
  ["- History of renal dysfunction or GFR < 90 mL/min/1.73 m2 (MDRD equation) at selection"], ["definition"])
A("Where is the S 95010 study site?", S10, [["SGS Clinical Pharmacology Unit"],["Antwerpen"],["Belgium"]],
  ["Facility: SGS Clinical Pharmacology Unit", "City: Antwerpen"], ["place"])
A("EudraCT number for the Servier S 95010 study?", S10, [["2017-004180-12"]], ["Secondary ID: 2017-004180-12"], ["identifier"])
A("Start and primary completion dates for NCT03494712?", S10, [["February 21, 2018"],["January 14, 2019"]],
  ["Start date: February 21, 2018", "Primary completion date: January 14, 2019"], ["date"])
A("How many subjects per cohort get S 95010 vs placebo?", S10, [["5 subjects"],["2 subjects"]],
  ["Description: Increasing single doses of S 95010 to 5 subjects.", "Description: Increasing single doses of Placebo to 2 subjects."], ["count"])
U("What dose levels of S 95010 are tested in NCT03494712?", "The record describes increasing single doses but gives no dose levels.", ["dose"])
U("Who is the principal investigator of NCT03494712?", "The record lists a sponsor contact and a site but no overall official or investigator name.", ["name"])
U("What were the adverse event results of the S 95010 first-in-human study?", "The record is a registration without posted results.", ["endpoint"])
U("Which microRNA does S 95010 target?", "The record only lists 'antimiR' as a keyword; no target is named.", ["name"])

# ---------------- cross-document
A("Is the tecovirimat product Meridian promotes the same strength as the EU capsules — i.e., oral 200 mg capsules? Give the agreement's product definition and the leaflet's strength.", [S1,S2],
  [["oral formulation of TPOXX"],["200 mg"]],
  ['"Product" means the FDA-approved oral formulation of TPOXX® (tecovirimat) for use in the Field', "The active substance is tecovirimat monohydrate equivalent to 200 mg tecovirimat"], ["cross-document","dose"])
A("The SIGA patent schedule refers to the compound as ST-246. Is that code visible on the EU capsules?", [S1,S2],
  [["ST-246"],["printed with SIGA and ST-246 in white ink"]],
  ["Tecovirimat SIGA are orange and black capsules, each printed with SIGA and ST-246 in white ink.", "JP 5657489 Japan Method of manufacturing ST-246"], ["cross-document","yes-no"])
A("Which company is listed as EU manufacturer for both Tecovirimat SIGA and PALFORZIA?", [S2,S5],
  [["Millmount Healthcare Limited"]],
  ["Millmount Healthcare Limited Block-7, City North Business Campus", "Manufacturer Millmount Healthcare Limited"], ["cross-document","name"])
A("The AIMab7195 press release says PALFORZIA wasn't EMA-approved at the time; what EU number does the PALFORZIA leaflet carry?", [S4,S5],
  [["has not been approved for marketing by the EMA"],["EU/1/20/1495/001"]],
  ["This press release concerns PALFORZIA (AR101), which has been approved for marketing by the FDA in the United States and has not been approved for marketing by the EMA or Swissmedic.", "EU number: EU/1/20/1495/001"], ["cross-document","identifier"])
A("Aimmune plans to pair AIMab7195 with its oral immunotherapy; what maintenance dose of that oral immunotherapy does the EU leaflet specify?", [S4,S5],
  [["PALFORZIA"],["300 mg"]],
  ["Aimmune initially plans to develop AIMab7195 as an adjunctive treatment with select Characterized Oral Desensitized ImmunoTherapy (CODIT™) programs, including PALFORZIA™ , to explore treatment outcomes in patients with food allergies.", "your doctor will ask you to continue taking PALFORZIA at a 300 mg dose every day as maintenance therapy."], ["cross-document","dose"])
A("Reconcile the AIMab7195 upfront: the contract says cash plus shares — what's the cash amount in the contract and the share count in the press release?", [S3,S4],
  [["five million Dollars ($5,000,000)"],["156,238"]],
  ["an amount equal to five million Dollars ($5,000,000) (together with the issuance of the Shares, the \"Upfront Payment\")", "equivalent to 156,238 newly issued shares of Aimmune common stock at $32.0025/share"], ["cross-document","amount","count"])
A("Compare the cash upfronts: NLS from Eurofarma vs Xencor from Aimmune.", [S6,S3],
  [["USD 2'500'000"],["five million Dollars ($5,000,000)"]],
  ["the non-refundable and non-deductible sum of USD 2'500'000 (in words: US dollars two and a half million)", "an amount equal to five million Dollars ($5,000,000)"], ["cross-document","amount"])
A("Which two agreements in the folder are governed by New York law?", [S1,S9],
  [["SIGA"],["Dong-A"],["State of New York"]],
  ["governed by and construed under the Laws of the State of New York", "The laws of the State of New York (without giving effect to its conflicts of law principles) govern all matters arising out of or relating to this Agreement"], ["cross-document","place","list"])
A("Eton vs NLS: what is the top sales milestone in each deal and at what annual sales threshold?", [S7,S6],
  [["ten million dollars ($10,000,000)"],["one hundred million dollars ($100,000,000)"],["USD 6'000'000"],["USD 100 million"]],
  ["An amount of ten million dollars ($10,000,000) upon Net Sales first exceeding an amount of one hundred million dollars ($100,000,000) in a calendar year", "Upon reaching annual Net Sales of USD 100 million | USD 6'000'000"], ["cross-document","amount"])
A("Both the Aimmune and the SIGA deals let the partner terminate for convenience — what notice does each require?", [S3,S1],
  [["sixty (60) days' prior written notice"],["[***] months' prior written notice"]],
  ["Aimmune may terminate this Agreement in its entirety at any time for its convenience upon sixty (60) days' prior written notice to Xencor.", "MMT may at any time terminate this Agreement on country-by-country basis, or in its entirety, upon [***] months' prior written notice to SIGA."], ["cross-document","duration"])
U("Does the NLS agreement or the Eton agreement say what the FDA's PDUFA date was for their products?", "Neither agreement gives a PDUFA or FDA action date.", ["date","cross-document"])
U("How much did Meridian's promotion of TPOXX generate for SIGA in 2020?", "No sales or revenue results are reported in any document.", ["amount"])

DROPS = ['How soon after signing does the SIGA', "Who is SIGA's outside counsel", 'Does the agreement list any permitted subcontractors', 'Once a country becomes a Discontinued Country', 'What notice period applies if a party wants to end the SIGA deal', 'Should tecovirimat be taken with food', 'Tecovirimat SIGA EU number', 'How long is a course of tecovirimat', 'Any excipients of note', 'How long after a bankruptcy filing', 'Is the XmAb7195 upfront refundable', 'How was the $32.0025 share price', 'How many XmAb candidates', "What is AIMab7195's target", 'Contraindication window for prior anaphylaxis', 'Can PALFORZIA mixed into food', 'How common is eosinophilic', "What counts as 'successful completion'", "How long are Eurofarma's records kept", 'How long do confidentiality obligations survive', 'Who owns the marketing authorisations for Nolazol', 'Sell-off period after termination', 'Who holds the approved dossiers', 'How are ANDA litigation costs split', 'Under what condition does the $1 million Orange Book', 'Forecast horizon Kitov provides', 'Purpose of the products supplied', 'In which currencies can NeuroBo', 'EudraCT number for the Servier', 'Renal exclusion threshold', 'Start and primary completion dates']
Q = [q for q in Q if not any(q["question"].startswith(d) for d in DROPS)]
A("Late-payment charge under the NLS/Eurofarma licence?", S6, [["ten percent (10 %) p.a."]],
  ["In the event any payment due under this Agreement is not made at the agreed term and/or for the corresponding full amount, a late payment charge of ten percent (10 %) p.a. is due"], ["percentage"])
U("What upfront payment did Kitov make to Dexcel under the manufacturing agreement?", "The Kitov-Dexcel agreement provides for per-pack supply prices only; no upfront payment is mentioned.", ["amount"])
U("When did the FDA approve the celecoxib/amlodipine tablets Dexcel manufactures for Kitov?", "The manufacturing agreement refers to Marketing Authorizations but gives no approval date; no other document covers this product.", ["date"])
# write
out = []
for i, q in enumerate(Q, 1):
    q = dict(id="ke-%03d" % i, **q)
    out.append(json.dumps({k: q[k] for k in ["id","question","answerable","gold_sources","facts","gold_quotes","tags","note"]}, ensure_ascii=False))
open("/work/s26/blind/kestrel/questions.jsonl","w").write("\n".join(out)+"\n")
print(len(Q), sum(1 for q in Q if not q["answerable"]), sum(1 for q in Q if "cross-document" in q["tags"] and q["answerable"]))
