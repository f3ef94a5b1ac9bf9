import json
from pathlib import Path
BASE = Path('/work/s32/blind/sable')
A='01_sec_ex10-1_middlebrook_doctordirectory_moxatag_promotion_agreement.txt'
R='02_fda_crl_repatha_evolocumab_bla125522_original2.txt'
RL='03_ema_package_leaflet_repatha_evolocumab.txt'
L='04_fda_crl_lenacapavir_nda215973_215974.txt'
SL='05_ema_package_leaflet_sunlenca_lenacapavir.txt'
ALL='06_ctgov_NCT02299791_all_initiative_diabetes_cvd_results.txt'
G='07_ctgov_NCT04779645_remd477_glucagon_antagonist_type1_diabetes.txt'
E='08_ctgov_NCT04780464_eortc_tolerance_elderly_soft_tissue_sarcoma.txt'
V='09_ema_epar_vazkepa_icosapent_ethyl_excerpt.txt'
Q=[]
def a(q, src, facts, quotes, tags):
    Q.append(dict(question=q, answerable=True, gold_sources=src if isinstance(src,list) else [src], facts=facts, gold_quotes=quotes, tags=tags, note=''))
def u(q, note, tags):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---- 01 agreement
a('Upfront on the MiddleBrook / DoctorDirectory deal?', A, [['$50,000']], ['MBRK will pay DD an Up-Front Payment of $50,000 upon execution of this Agreement.'], ['amount'])
a('What deposit does MiddleBrook have to place with DoctorDirectory when promotion starts?', A, [['$100,000']], ['MBRK shall pay a Deposit to DD equal to $100,000 upon the Promotion Commencement Date.'], ['amount'])
a('Effective date of the MOXATAG promotion agreement?', A, [['February 3, 2010']], ['This Promotion Agreement ("Agreement") is entered into as of February 3, 2010 ("Effective Date")'], ['date'])
a('How long is the initial term of the DoctorDirectory agreement, and does it renew?', A, [['three (3) years'], ['automatically renew']], ['This Agreement shall commence as of the Effective Date and shall continue in full force and effect for an initial term of three (3) years from the Promotion Commencement Date, divided into three one-year periods.', 'Unless terminated in accordance with the provisions of Section 18, this Agreement shall automatically renew for each subsequent one-year term.'], ['duration'])
a('Which state law governs the MOXATAG promotion contract?', A, [['North Carolina']], ['this Agreement shall be governed by and construed and enforced in accordance with the laws of the State of North Carolina'], ['place'])
a('Where would an arbitration under the promotion agreement take place, and under which body\'s rules?', A, [['Asheville, NC'], ['American Arbitration Association']], ['Any dispute which is not resolved by executive level negotiations will be settled by final and binding arbitration before a single arbitrator in Asheville, NC and such arbitration will be conducted pursuant to then current rules of arbitration of commercial disputes of the American Arbitration Association.'], ['place','name'])
a('What exactly is the product being promoted - strength and formulation?', A, [['amoxicillin extended-release'], ['775 mg']], ['"MOXATAG" means the prescription drug known as MOXATAG® (amoxicillin extended-release) Tablets 775 mg'], ['dose','definition'])
a('Territory under the MiddleBrook promotion deal?', A, [['the US, including all US territories, possessions and protectorates']], ['"Territory" shall mean the US, including all US territories, possessions and protectorates.'], ['place','definition'])
a('For the first period of the deal through September 30, 2010, what gross margin per prescription is fixed in the contract?', A, [['$36.50']], ['For the period from the Effective Date through September 30, 2010, the Gross Margin per TRx shall be $36.50.'], ['amount'])
a('Below what gross margin per tablet do the parties agree to re-look at whether the deal still makes sense?', A, [['$3.50']], ['if the Gross Margin per Tablet is less than $3.50, the Parties agree to re-evaluate the viability of the Agreement'], ['amount'])
a('From October 2010 on, what share of the gross margin goes into DoctorDirectory\'s promotion fee formula?', A, [['50%']], ['(B) the applicable Gross Margin Per Tablet multiplied by:\n(C) 50%.'], ['percentage'])
a('In the worked example for November 2010, how much would MiddleBrook pay DoctorDirectory?', A, [['$89,425.00']], ['MBRK would remit $89,425.00 to DD:'], ['amount'])
a('How is the End of Agreement Fee calculated?', A, [['two (2) times the last month\'s Promotional Fee']], ['"End of Agreement Fee" means the fee, in addition to any other amounts due, payable to DD (when this Agreement is terminated as further described in Section 18(f)) that is equal to two (2) times the last month\'s Promotional Fee earned by DD during the last month of the Agreement.'], ['definition'])
a('How many days after getting an invoice does MiddleBrook have to pay the promotion fees?', A, [['fifteen (15) days']], ['The Promotion Fees shall be paid to DD by MBRK fifteen (15) days after the receipt of an invoice from DD by MBRK.'], ['duration'])
a('Notice period if MiddleBrook wants out because of a change of control?', A, [['60 days notice']], ['MBRK may terminate this Agreement upon 60 days notice for a Change of Control subject to the Fees outlined in paragraph (f) of this Section 18.'], ['duration'])
a('What cure period applies before a party can terminate the DD agreement for breach?', A, [['thirty (30) days']], ['Either party hereto shall have the right to terminate this Agreement after thirty (30) days written notice to the other in the event the other is in breach of this Agreement unless the breaching party cures the breach before the expiration of such period of time.'], ['duration'])
a('If MiddleBrook terminates in year one for any reason, what does it owe DoctorDirectory?', A, [['Early Termination Fee'], ['End of Agreement Fee']], ['If MBRK terminates this Agreement in the first year of the Agreement for any reason, then MBRK will pay DD a) an Early Termination Fee plus b) the End of Agreement Fee.'], ['list'])
a('Who signed the promotion agreement for each side?', A, [['Jay Grobowsky'], ['John Thievon']], ['DoctorDirectory.com, Inc. MiddleBrook Pharmaceuticals, Inc. By: /s/ Jay Grobowsky By: /s/ John Thievon'], ['name'])
a('Which prescription data provider supplies MiddleBrook\'s prescriber data?', A, [['IMS Health']], ['which is currently provided to MBRK by IMS Health'], ['name'])
a('Which prescription category do the Prescriber Data cover for fee calculation?', A, [['USC Level 2 #15151 — Aminopenicillins']], ['Prescriber Data will be the prescription data for the activity within the U.S. for the USC Level 2 #15151 — Aminopenicillins category'], ['identifier'])
a('Who pays for samples and coupon redemption in the MOXATAG program?', A, [['MBRK']], ['The Cost of Samples Amount and the Cost of Coupon Redemption Amount shall be paid by MBRK.'], ['name'])
a('Can DoctorDirectory take physical possession of MOXATAG samples?', A, [['At no time shall DD take physical possession of or title to MOXATAG samples']], ['At no time shall DD take physical possession of or title to MOXATAG samples.'], ['yes-no'])
a('What earlier confidentiality agreement is folded into the promotion contract, and when was it signed?', A, [['December 8, 2009']], ['Both Parties agree to be bound by the Confidentiality Agreement executed by DD and MBRK on December 8, 2009, and which is incorporated by reference as part of this Agreement.'], ['date'])
a('Within how many hours must DD hand over its records when MiddleBrook asks?', A, [['48 hours']], ['All records maintained by DD pertaining to DD\'s services to MBRK pursuant to this Agreement shall be provided to MBRK within 48 hours of MBRK\'s request.'], ['duration'])
a('What are the NDC numbers listed for MOXATAG?', A, [['110442-142-03'], ['110442-142-02']], ['having NDC numbers 110442-142-03 and 110442-142-02'], ['identifier'])
a('How quickly must a force majeure event be notified to the other party?', A, [['ten (10) calendar days']], ['Notice by the failing party of such party\'s failure or delay in performance due to force majeure must be given to the other party within ten (10) calendar days after its occurrence.'], ['duration'])
a('What voting-power threshold triggers a change of control of MiddleBrook under the definitions?', A, [['fifty percent (50%)']], ['any third party acquires directly or indirectly the beneficial ownership of any voting security of MBRK representing fifty percent (50%) of the total voting power'], ['percentage','definition'])
u('What royalty rate does DoctorDirectory earn on MOXATAG net sales?', 'The agreement pays monthly Promotion Fees on a gross-margin formula plus an up-front payment and deposit; it sets no royalty on net sales.', ['percentage'])
u('What is the total contract value or maximum fee cap of the MiddleBrook-DoctorDirectory agreement?', 'No total value or cap on Promotion Fees is stated in the agreement.', ['amount'])
u('Are there any sales milestone payments owed to DoctorDirectory if MOXATAG passes a revenue threshold?', 'The agreement has no milestone payments; compensation is the up-front payment, deposit and monthly Promotion Fees.', ['amount'])
u('How many prescribers are on the DD Target List?', 'Exhibit 1 says the list will be provided by DD and approved by MBRK; no number of prescribers is given.', ['count'])
u('What indication is MOXATAG approved for in the US?', 'The agreement refers to MOXATAG\'s approved labeling but never states the indication.', ['definition'])
u('What were MOXATAG\'s US net sales in 2009?', 'No sales figures are reported in the agreement or elsewhere in the folder.', ['amount'])

# ---- 02 Repatha CRL
a('Which regimen of Repatha did FDA refuse to approve in the August 2015 complete response letter?', R, [['420 mg every two weeks']], ['This application only includes a 420 mg every two weeks dosing regimen.'], ['dose'])
a('Why did FDA issue the Repatha CRL for Original 2?', R, [['Insufficient clinical data']], ['Insufficient clinical data were provided to describe the effect of the 420 mg every two week dosage in labeling for the treatment of homozygous familial hypercholesterolemia in patients on other lipid-lowering therapies who require additional lowering of LDL-C.'], ['definition'])
a('Who signed the Repatha complete response letter?', R, [['Curtis J. Rosebraugh']], ['Curtis J. Rosebraugh, M.D., M.P.H.\nDirector\nOffice of Drug Evaluation II'], ['name'])
a('When was the Repatha BLA received by FDA?', R, [['August 27, 2014']], ['Please refer to your Biologics License Application (BLA) dated and received August 27, 2014'], ['date'])
a('Date on the Repatha CRL signature?', R, [['08/27/2015']], ['CURTIS J ROSEBRAUGH\n08/27/2015'], ['date'])
a('Who is the FDA project manager to call about the Repatha letter?', R, [['Kati Johnson']], ['If you have any questions, call Kati Johnson, Senior Regulatory Project Manager'], ['name'])
a('What dosing regimen for HoFH is covered by BLA 125522/Original 1?', R, [['420 mg once monthly']], ['This application only includes a 420 mg once monthly dosing regimen for the HoFH indication.'], ['dose'])
a('How long does Amgen have to resubmit after the Repatha CRL?', R, [['Within one year after the date of this letter']], ['Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 601.3(b).'], ['duration'])
a('Which Amgen regulatory person was the Repatha CRL addressed to?', R, [['Marc Kubasak']], ['Attention: Marc Kubasak, PhD\nSenior Manager, Regulatory Affairs'], ['name'])
u('What LDL-C reduction did the 420 mg every-two-weeks Repatha regimen achieve in the HoFH data submitted to FDA?', 'The CRL only says the data were insufficient; it reports no LDL-C results.', ['percentage'])
u('On what date was BLA 125522/Original 1 (the once-monthly regimen) approved?', 'The letter says a separate action letter will be issued for Original 1; no approval date is in the folder.', ['date'])
u('Which clinical study did Amgen submit in support of the every-two-weeks HoFH dose?', 'The Repatha CRL names no study; no Repatha study appears in the folder.', ['name'])

# ---- 03 Repatha leaflet
a('Repatha dose for adults with primary hypercholesterolaemia per the EU leaflet?', RL, [['140 mg every two weeks or 420 mg once monthly']], ['for adults with primary hypercholesterolaemia and mixed dyslipidaemia the dose is either 140 mg every two weeks or 420 mg once monthly.'], ['dose'])
a('For HoFH in the EU, what is the Repatha starting dose and when can it go up?', RL, [['420 mg once monthly'], ['After 12 weeks']], ['for adults or children aged 10 years or older with homozygous familial hypercholesterolaemia the recommended starting dose is 420 mg once monthly. After 12 weeks your doctor may decide to increase the dose to 420 mg every two weeks.'], ['dose','duration'])
a('How many pre-filled syringes are needed for a 420 mg dose of Repatha?', RL, [['three pre-filled syringes']], ['If your doctor prescribes a dose of 420 mg you must use three pre-filled syringes because each pre-filled syringe only contains 140 mg of medicine.'], ['count','dose'])
a('From what age can children get Repatha according to the package leaflet?', RL, [['10 years']], ['The use of Repatha has been studied in children 10 years of age and older being treated for heterozygous or homozygous familial hypercholesterolaemia.'], ['count'])
a('Once out of the fridge, how long can Repatha be kept at room temperature?', RL, [['within 1 month']], ['After removal from the refrigerator, Repatha may be stored at room temperature (up to 25 C) in the original carton and must be used within 1 month.'], ['duration'])
a('Which side effect is listed as rare for Repatha?', RL, [['angioedema']], ['Swelling of the face, mouth, tongue, or throat (angioedema)'], ['definition'])
a('What are the excipients in Repatha?', RL, [['proline, glacial acetic acid, polysorbate 80, sodium hydroxide, water for injections']], ['The other ingredients are proline, glacial acetic acid, polysorbate 80, sodium hydroxide, water for injections.'], ['list'])
a('Latex warning for the Repatha syringe?', RL, [['dry natural rubber']], ['The needle cover of the glass pre-filled syringe is made from dry natural rubber (a derivative of latex), which may cause severe allergic reactions.'], ['definition'])
a('Who is the EU marketing authorisation holder for Repatha?', RL, [['Amgen Europe B.V.']], ['Marketing Authorisation Holder Amgen Europe B.V. Minervum 74817 ZK Breda The Netherlands'], ['name'])
a('What does evolocumab bind to?', RL, [['PCSK9']], ['Evolocumab is designed to attach to a substance called PCSK9 that affects the liver s ability to take in cholesterol.'], ['definition'])
a('EU number of the Repatha presentation in the leaflet?', RL, [['EU/1/15/1016/001']], ['EU/1/15/1016/001 - 1 pre-filled syringe'], ['identifier'])
u('What is the list price of a Repatha pre-filled syringe in Germany?', 'Neither the leaflet nor any other document gives prices.', ['amount'])
u('How often did injection site reactions occur with Repatha in the EU pivotal trials (exact percentage)?', 'The leaflet only gives frequency bands (common, up to 1 in 10); no exact percentage is given.', ['percentage'])

# ---- cross Repatha
a('The EU leaflet allows Repatha 420 mg every two weeks for HoFH; what was FDA\'s problem with that same regimen in 2015?', [RL, R], [['420 mg every two weeks'], ['Insufficient clinical data']], ['After 12 weeks your doctor may decide to increase the dose to 420 mg every two weeks.', 'Insufficient clinical data were provided to describe the effect of the 420 mg every two week dosage in labeling for the treatment of homozygous familial hypercholesterolemia'], ['cross-document','dose'])
a('Repatha strength: does the FDA letter\'s 140 mg/mL match the EU syringe content?', [R, RL], [['140 mg/mL'], ['140 mg of evolocumab in 1 mL of solution']], ['for Repatha (evolocumab), 140 mg/mL.', 'Each pre-filled syringe contains 140 mg of evolocumab in 1 mL of solution.'], ['cross-document','dose'])

# ---- 04 lenacapavir CRL
a('What was the main product quality deficiency in FDA\'s lenacapavir injection CRL?', L, [['incompatible with the proposed commercial borosilicate glass vials', 'borosilicate glass vials']], ['Your data demonstrate that the drug product solution is incompatible with the proposed commercial borosilicate glass vials.'], ['definition'])
a('When did Gilead submit the lenacapavir NDAs?', L, [['June 28, 2021']], ['Please refer to your new drug application (NDA) dated and received June 28, 2021'], ['date'])
a('Which batches were used for the CCIT on aluminosilicate vials for lenacapavir?', L, [['GB2007B'], ['GB2008B'], ['GB2009B']], ['Container Closure Integrity Testing (CCIT) performed with aluminosilicate vials with batches GB2007B, GB2008B, and GB2009B is acknowledged.'], ['identifier','list'])
a('How many intact vials per batch were reportedly used in the dye ingress CCIT?', L, [['20 intact vials']], ['reported to be performed with 20 intact vials sourced from each of three batches'], ['count'])
a('Why was the lenacapavir tablet NDA also refused?', L, [['contingent on the approval of lenacapavir injection']], ['As the approval of lenacapavir tablet is contingent on the approval of lenacapavir injection, the lenacapavir injection deficiencies must be adequately addressed before this application can be approved.'], ['definition'])
a('Who signed the lenacapavir complete response letters and when?', L, [['Adam Sherwat'], ['02/28/2022']], ['ADAM I SHERWAT\n02/28/2022'], ['name','date'])
a('What clinical information on injection site nodules did FDA request for lenacapavir?', L, [['glass particulate contamination'], ['independent dermatologist evaluation']], ['Please submit a complete assessment of the extent to which glass particulate contamination, including sub-visible particles, may be associated with injection site nodules and indurations or other clinical effects.', 'In addition, submit independent dermatologist evaluation assessments'], ['list'])
a('Proposed proprietary name in the lenacapavir letters, and when was it accepted?', L, [['Sunlenca'], ['August 10, 2021']], ['Please refer to correspondence dated, August 10, 2021 which addresses the proposed proprietary name, Sunlenca.'], ['name','date'])
a('FDA\'s view on the oral lead-in regimen for lenacapavir labeling?', L, [['oral lead-in regimen as studied in GS-US-200-4625']], ['We continue to believe that inclusion in labeling of the oral lead-in regimen as studied in GS-US-200-4625 is appropriate.'], ['definition'])
a('Which FDA office issued the lenacapavir CRLs?', L, [['Office of Infectious Diseases']], ['Adam Sherwat, MD\nDeputy Director\nOffice of Infectious Diseases'], ['name'])
a('Lenacapavir CRL - which amendments were not reviewed?', L, [['December 29, 2021, January 7, 2022, January 21, 2022, and February 11, 2022']], ['We also acknowledge receipt of your amendments dated December 29, 2021, January 7, 2022, January 21, 2022, and February 11, 2022, which were not reviewed for this action.'], ['date','list'])
a('Regulatory project manager on the lenacapavir file?', L, [['Kevin Allen']], ['If you have any questions, call Kevin Allen, Regulatory Project Manager'], ['name'])
u('How many glass particles per vial were found in the lenacapavir clinical batches?', 'The CRL mentions glass particles in clinical batches but gives no count; no other document does.', ['count'])
u('What did the CCIT dye ingress testing of the lenacapavir aluminosilicate vials actually show?', 'The CRL asks Gilead to provide the spectrophotometric data and protocol details; it reports no test results.', ['definition'])
u('When did Gilead resubmit the lenacapavir NDAs after the CRL?', 'No resubmission date appears in the folder.', ['date'])

# ---- 05 Sunlenca leaflet
a('Sunlenca oral lead-in: how many tablets on days 1, 2 and 8?', SL, [['Day 1 of treatment:\n- Two tablets'], ['Day 2 of treatment:\n- Two tablets'], ['Day 8 of treatment:\n- One tablet']], ['Day 1 of treatment:\n- Two tablets taken by mouth.', 'Day 2 of treatment:\n- Two tablets taken by mouth.', 'Day 8 of treatment:\n- One tablet taken by mouth.'], ['dose','count'])
a('How often are Sunlenca maintenance injections given?', SL, [['Every 6 months']], ['Every 6 months:\n- Two injections into your abdomen given at the same time by your doctor or nurse.'], ['duration','dose'])
a('On which treatment day are the first Sunlenca injections given?', SL, [['Day 15']], ['Day 15 of treatment:\n- Two injections into your abdomen (tummy) given at the same time by your doctor or nurse.'], ['date','dose'])
a('How much lenacapavir is in each Sunlenca vial?', SL, [['463.5 mg']], ['Each single-use vial contains 463.5 mg of lenacapavir.'], ['dose'])
a('Which drugs are contraindicated with Sunlenca?', SL, [['rifampicin'], ['carbamazepine, phenytoin'], ['St. John s wort']], ['rifampicin, used to treat some bacterial infections, such as tuberculosis', 'carbamazepine, phenytoin, used to prevent seizures', 'St. John s wort (Hypericum perforatum), a herbal remedy used for depression and anxiety'], ['list'])
a('What class of antiretroviral is lenacapavir?', SL, [['capsid inhibitor']], ['This is an antiretroviral medicine known as a capsid inhibitor.'], ['definition'])
a('Most common side effect of Sunlenca?', SL, [['Reactions where Sunlenca is injected']], ['Very common side effects (may affect more than 1 in 10 people)\n- Reactions where Sunlenca is injected.'], ['definition'])
a('Any special storage temperature for Sunlenca injection?', SL, [['does not require any special temperature storage conditions']], ['This medicine does not require any special temperature storage conditions.'], ['yes-no'])
a('After stopping Sunlenca, for how long might other medicines be affected by residual lenacapavir?', SL, [['within 9 months']], ['Some other medicines however may be affected by the low levels of lenacapavir in your system if you take them within 9 months after your last Sunlenca injection.'], ['duration'])
a('Is Sunlenca approved for adolescents in the EU?', SL, [['Do not give this medicine to children under 18 years of age']], ['Do not give this medicine to children under 18 years of age.'], ['yes-no'])
a('What is in the Sunlenca dosing kit?', SL, [['2 vial access devices'], ['2 disposable syringes'], ['2 injection needles']], ['These vials are included in a dosing kit also containing 2 vial access devices (a device that will allow your doctor or a nurse to withdraw Sunlenca from the vial), 2 disposable syringes and 2 injection needles.'], ['list'])
a('Sunlenca MAH?', SL, [['Gilead Sciences Ireland UC']], ['Marketing Authorisation Holder\nGilead Sciences Ireland UC'], ['name'])
a('Who is Sunlenca for in the EU - any line-of-therapy restriction?', SL, [['adults with limited treatment options']], ['It is used to treat HIV infection in adults with limited treatment options'], ['definition'])
u('What proportion of patients in the Sunlenca pivotal trial reached HIV-1 RNA below 50 copies/mL?', 'Neither the leaflet nor the CRL reports efficacy results.', ['percentage'])
u('What is the shelf life of Sunlenca vials?', 'The leaflet only refers to the expiry date printed on the vial label and carton; no shelf-life period is stated.', ['duration'])

# ---- cross lenacapavir
a('FDA objected to the glass vials for lenacapavir injection; what container does the EU Sunlenca pack use?', [L, SL], [['borosilicate glass vials'], ['two glass vials']], ['Your data demonstrate that the drug product solution is incompatible with the proposed commercial borosilicate glass vials.', 'Sunlenca comes in two glass vials, each containing 1.5 ml of solution for injection.'], ['cross-document'])
a('FDA pushed for the oral lead-in in labeling; does the EU leaflet include an oral lead-in, and what is the first step?', [L, SL], [['oral lead-in regimen'], ['Your treatment with Sunlenca starts with tablets you take by mouth']], ['We continue to believe that inclusion in labeling of the oral lead-in regimen as studied in GS-US-200-4625 is appropriate.', 'Your treatment with Sunlenca starts with tablets you take by mouth, followed by injections given by your doctor or nurse'], ['cross-document','yes-no'])
a('Injection-site lumps: what did FDA ask Gilead to investigate, and how does the EU leaflet describe these reactions?', [L, SL], [['injection site nodules and indurations'], ['a hardened mass or lump']], ['may be associated with injection site nodules and indurations or other clinical effects', '- a hardened mass or lump'], ['cross-document'])

# ---- 06 ALL results
a('How many patients were enrolled in NCT02299791?', ALL, [['4856']], ['Count: 4856\nType: ACTUAL'], ['count'])
a('Primary outcome of the ALL study?', ALL, [['Patients Indicated for ACE/ARB and Statin Who Had an Active Prescription for Both']], ['Measure: Patients Indicated for ACE/ARB and Statin Who Had an Active Prescription for Both'], ['endpoint'])
a('Primary outcome result by arm in the ALL trial?', ALL, [['1279'], ['1318']], ['Patients Indicated for ACE/ARB and Statin Who Had an Active Prescription for Both [Participants] | 1279 | 1318'], ['count','endpoint'])
a('How many clinics were in the early vs late arms of the ALL study?', ALL, [['6 study clinics'], ['5 study clinics']], ['Description: 6 study clinics received the ALL intervention starting 6/1/11', 'Description: 5 study clinics received the ALL intervention starting 6/1/12'], ['count'])
a('When did the early and the late ALL clinics start the intervention?', ALL, [['6/1/11'], ['6/1/12']], ['Description: 6 study clinics received the ALL intervention starting 6/1/11', 'Description: 5 study clinics received the ALL intervention starting 6/1/12'], ['date'])
a('Who funded / collaborated on the ALL study?', ALL, [['National Heart, Lung, and Blood Institute (NHLBI)'], ['OCHIN, Inc.']], ['Name: National Heart, Lung, and Blood Institute (NHLBI)', 'Name: OCHIN, Inc.'], ['name','list'])
a('When were results first posted for NCT02299791?', ALL, [['2017-10-04']], ['Results First Post Date Struct\nDate: 2017-10-04'], ['date'])
a('Primary completion date of the ALL study?', ALL, [['2014-05']], ['Primary Completion Date Struct\nDate: 2014-05'], ['date'])
a('Mean age at baseline across the whole ALL population?', ALL, [['63 (18 to 75)']], ['Age, Continuous [Years, MEAN, FULL_RANGE] | 62 (18 to 75) | 63 (18 to 75) | 63 (18 to 75)'], ['count'])
a('How many female participants were in the ALL trial overall?', ALL, [['2874']], ['Sex: Female, Male - Female [Participants, COUNT_OF_PARTICIPANTS] | 1240 | 1634 | 2874'], ['count'])
a('Hispanic or Latino participants in total in NCT02299791?', ALL, [['1559']], ['Ethnicity (NIH/OMB) - Hispanic or Latino [Participants, COUNT_OF_PARTICIPANTS] | 659 | 900 | 1559'], ['count'])
a('Were adverse events collected in the ALL study?', ALL, [['Adverse events were not monitored for this cluster randomized trial.']], ['Description: Adverse events were not monitored for this cluster randomized trial.'], ['yes-no'])
a('Principal investigator of NCT02299791?', ALL, [['Rachel Gold']], ['Name: Rachel Gold, PhD, MPH\nAffiliation: Kaiser Permanente\nRole: PRINCIPAL_INVESTIGATOR'], ['name'])
a('NIH grant number behind the ALL study?', ALL, [['1R18HL095481-01A1']], ['Id: 1R18HL095481-01A1\nType: NIH'], ['identifier'])
a('What is the unit of analysis / randomization in the ALL trial?', ALL, [['Clinics']], ['Type of Units Analyzed: Clinics'], ['definition'])
a('What EHR tools make up the ALL intervention toolkit?', ALL, [['EHR automated point-of-care alerts (Best Practice Alerts)'], ['EHR order sets']], ['a. EHR automated point-of-care alerts (Best Practice Alerts)', '1. EHR order sets'], ['list'])
u('What was the p-value or effect estimate comparing early vs late implementation clinics in the ALL trial?', 'The posted results give counts per arm only; no statistical analysis is posted.', ['percentage'])
u('How many patients in the ALL trial had a cardiovascular event during follow-up?', 'Adverse events were not monitored and no CV event outcome is posted.', ['count'])
u('Which statin was most often prescribed in the ALL clinics?', 'The record reports only combined ACE/ARB and statin prescribing; no individual statins are named.', ['name'])
u('What was the total budget of the NHLBI grant for the ALL study?', 'The record gives the grant number but no amount.', ['amount'])

# ---- 07 REMD-477
a('What dose and schedule of REMD-477 is used in NCT04779645?', G, [['70mg'], ['once weekly']], ['Once weekly, subcutaneous injection of 70mg REMD-477 (in 1 mL solution) for up to 12 weeks.'], ['dose'])
a('Target enrollment for the glucagon receptor antagonist T1D study?', G, [['Enrollment Count: 30']], ['Enrollment Count: 30\nEnrollment Type: Anticipated'], ['count'])
a('Phase of NCT04779645?', G, [['Phase 2']], ['Phase: Phase 2'], ['identifier'])
a('Which company collaborates with UCSD on the REMD-477 type 1 diabetes study?', G, [['REMD Biotherapeutics, Inc.']], ['Collaborator 1 - Collaborator Name: REMD Biotherapeutics, Inc.'], ['name'])
a('Anticipated primary completion date for the REMD-477 study?', G, [['December 31, 2024']], ['Primary Completion Date: December 31, 2024'], ['date'])
a('HbA1c cutoff for inclusion in the GRA T1D trial?', G, [['HbA1c ≤ 8.5 %']], ['HbA1c ≤ 8.5 % at screening;'], ['percentage'])
a('Do T1D participants need to be on a pump for NCT04779645?', G, [['insulin pump']], ['Treatment with a stable insulin regimen for at least 8 weeks before screening with continuous subcutaneous insulin infusion (CSII) via an insulin pump;'], ['yes-no'])
a('How is insulin sensitivity measured in the REMD-477 study?', G, [['2-step Hyperinsulinemic-Euglycemic Clamp']], ['The change from baseline in calculated metabolic clearance rate of insulin as measured by the 2-step Hyperinsulinemic-Euglycemic Clamp.'], ['endpoint'])
a('Who is the responsible investigator for NCT04779645?', G, [['Jeremy Pettus, MD']], ['Responsible Party Investigator Full Name: Jeremy Pettus, MD'], ['name'])
a('Age range for the glucagon antagonist study?', G, [['18 Years'], ['65 Years']], ['Minimum Age: 18 Years', 'Maximum Age: 65 Years'], ['count'])
a('Masking in NCT04779645?', G, [['Quadruple']], ['Design Masking: Quadruple'], ['definition'])
a('How many study visits are planned in the REMD-477 protocol?', G, [['19 study visits']], ['There will be 19 study visits as outlined below:'], ['count'])
u('How many participants have been randomized so far in NCT04779645?', 'The record (March 2021) says not yet recruiting and gives only an anticipated enrollment of 30.', ['count'])
u('What change in metabolic clearance rate of insulin did REMD-477 produce?', 'No results are posted for NCT04779645.', ['endpoint'])
u('Which study sites are participating in the REMD-477 trial?', 'The record lists a central contact but no facility locations.', ['place'])

# ---- 08 EORTC Tolerance
a('How many patients will EORTC Tolerance randomize, and in what ratio?', E, [['185 patients'], ['1:2:2']], ['After confirmation of the eligibility criteria, 185 patients will be randomized 1:2:2'], ['count'])
a('Primary endpoint of NCT04780464?', E, [['difference among the study arms in physical and role functioning at 12 weeks']], ['The primary endpoint of the study is difference among the study arms in physical and role functioning at 12 weeks.'], ['endpoint'])
a('Weekly doxorubicin dose in the metronomic arm of the EORTC elderly sarcoma study?', E, [['12 mg/m2']], ['12 mg/m2 intravenous weekly for a maximum of 450 mg/m2 until PD'], ['dose'])
a('What cumulative doxorubicin cap applies in the weekly arm?', E, [['450 mg/m2']], ['12 mg/m2 intravenous weekly for a maximum of 450 mg/m2 until PD'], ['dose'])
a('Cyclophosphamide and prednisolone schedule in arm 3 of Tolerance?', E, [['100 mg BD on day 1 to day 7 of each 14 day cycle'], ['10-20 mg on day 1 to day 7 of each 14 day cycle']], ['100 mg BD on day 1 to day 7 of each 14 day cycle until PD', '10-20 mg on day 1 to day 7 of each 14 day cycle until PD'], ['dose'])
a('EudraCT number for the EORTC Tolerance trial?', E, [['2021-000125-27']], ['Secondary Id Info 1 - Secondary Id: 2021-000125-27'], ['identifier'])
a('Minimum age in NCT04780464, and what extra condition applies to 65-69 year olds?', E, [['65 years'], ['G8 score ≤ 14']], ['Age ≥ 65 years of age (patients between 65 and 69 years old are eligible if G8 score ≤ 14; patients ≥ 70 years old are eligible independent of G8 score)'], ['count','definition'])
a('Study chair of the EORTC Tolerance trial?', E, [['Winette van der Graaf']], ['Overall Official 1 - Overall Official Name: Winette van der Graaf'], ['name'])
a('Which questionnaires must be completed at baseline in the Tolerance study?', E, [['EORTC QLQ-C30'], ['EORTC QLQ-ELD14']], ['Completion of EORTC QLQ-C30 and EORTC QLQ-ELD14 at baseline.'], ['list'])
a('Is prior anthracycline allowed in NCT04780464?', E, [['Any prior treatment with anthracyclines']], ['Any prior treatment with anthracyclines'], ['yes-no'])
a('Anticipated study completion date of NCT04780464?', E, [['March 1, 2027']], ['Completion Date: March 1, 2027'], ['date'])
a('Secondary endpoints of the EORTC elderly STS trial?', E, [['Tumour response'], ['Progression-free-survival'], ['Overall survival']], ['Secondary Outcome 1 - Secondary Outcome Measure: Tumour response', 'Secondary Outcome 2 - Secondary Outcome Measure: Progression-free-survival', 'Secondary Outcome 3 - Secondary Outcome Measure: Overall survival'], ['endpoint','list'])
a('How often is HRQoL assessed in the Tolerance trial?', E, [['every 3 weeks during the first 12 weeks and every 12 weeks thereafter until month 12']], ['HRQoL assessment will be performed every 3 weeks during the first 12 weeks and every 12 weeks thereafter until month 12 after start of treatment.'], ['duration'])
u('Which countries are participating in the EORTC Tolerance trial?', 'No locations or countries are listed in the record.', ['place'])
u('What is the statistical power and alpha for the Tolerance primary comparison?', 'The record gives sample size and ratio but no power or alpha.', ['percentage'])
u('Does a pharmaceutical company fund the EORTC Tolerance study?', 'The record lists only EORTC as sponsor and names no funder or collaborator.', ['name'])

# ---- 09 Vazkepa EPAR
a('Who applied for the Vazkepa marketing authorisation, and when?', V, [['Amarin Pharmaceuticals Ireland Limited'], ['8 November 2019']], ['The applicant Amarin Pharmaceuticals Ireland Limited submitted on 8 November 2019 an application for marketing authorisation'], ['name','date'])
a('Vazkepa CHMP rapporteur and co-rapporteur?', V, [['Martina Weise'], ['Alar Irs']], ['Rapporteur: Martina Weise', 'Co-Rapporteur: Alar Irs'], ['name'])
a('When did CHMP give its positive opinion on Vazkepa?', V, [['28 January 2021']], ['issued a positive opinion for granting | 28 January 2021'], ['date'])
a('REDUCE-IT primary endpoint result: event rates and hazard ratio?', V, [['17.2% (705/4089)'], ['22.0% (901/4090)'], ['0.752']], ['A primary endpoint event occurred in 17.2% (705/4089) of patients in the AMR101 group, as compared with 22.0% (901/4090) of patients in the placebo group (HR of 0.752 [95% CI: 0.682 to 0.830; p=0.00000001]'], ['percentage','endpoint'])
a('NNT for the REDUCE-IT primary endpoint?', V, [['[NNT] of 21']], ['relative risk reduction [RRR] of 24.8% and number needed to treat [NNT] of 21'], ['count'])
a('Key secondary 3-point MACE result in REDUCE-IT?', V, [['11.2% (459/4089)'], ['14.8% (606/4090)'], ['0.735']], ['A key secondary endpoint event occurred in 11.2% (459/4089) of patients in the AMR101 group, as compared with 14.8% (606/4090) of patients in the placebo group (HR of 0.735'], ['percentage','endpoint'])
a('Vazkepa dose studied in REDUCE-IT?', V, [['4 g/day (2 g BID)']], ['Based on these data 4 g/day (2 g BID) to be taken with food'], ['dose'])
a('What placebo was used in REDUCE-IT?', V, [['mineral oil']], ['(BID) (4 g/day) or matching placebo (mineral oil).'], ['definition'])
a('Final approved Vazkepa indication per CHMP?', V, [['reduce the risk of cardiovascular events in adult statin-treated patients at high cardiovascular risk with elevated triglycerides (≥150 mg/dL)']], ['Vazkepa is indicated to reduce the risk of cardiovascular events in adult statin-treated patients at high cardiovascular risk with elevated triglycerides (≥150 mg/dL)'], ['definition'])
a('Median follow-up for the REDUCE-IT primary endpoint by arm?', V, [['4.7 and 4.5 years']], ['The median follow-up duration for the primary endpoint was 4.7 and 4.5 years for the AMR101 and placebo groups, respectively.'], ['duration'])
a('Which subgroup interaction was significant in REDUCE-IT?', V, [['age < 65 and ≥ 65 years']], ['A significant p value for interaction was observed for age < 65 and ≥ 65 years with lower efficacy at the higher age group.'], ['definition'])
a('Total mortality result in REDUCE-IT?', V, [['274 (6.7%) vs. 310 (7.6%)'], ['0.870']], ['For total mortality the numerical difference between the two groups did not reach statistical significance: 274 (6.7%) vs. 310 (7.6%), HR 0.870'], ['percentage'])
a('What safety signals did CHMP flag for Vazkepa in the benefit-risk discussion?', V, [['bleeding'], ['gout and atrial fibrillation']], ['There appears to be a slightly increased risk of bleeding', 'Vazkepa appears to increase the incidence of gout and atrial fibrillation'], ['list'])
a('Was icosapent ethyl granted new active substance status?', V, [['considered to be a new active substance']], ['the CHMP considers that icosapent ethyl is considered to be a new active substance as it differs significantly in properties with regard to efficacy'], ['yes-no'])
a('When is the first PSUR due for Vazkepa?', V, [['within 6 months following authorisation']], ['The marketing authorisation holder shall submit the first periodic safety update report for this product within 6 months following authorisation.'], ['duration'])
a('Did the applicant ask for accelerated assessment of Vazkepa?', V, [['requested accelerated assessment']], ['The applicant requested accelerated assessment in accordance to Article 14 (9) of Regulation (EC) No 726/2004.'], ['yes-no'])
a('What share of all EU deaths are due to cardiovascular disease according to the Vazkepa assessment?', V, [['37%']], ['In the EU, cardiovascular diseases (CVD) cause over 1.8 million deaths each year, which accounts for 37% of all deaths'], ['percentage'])
a('CV death component result in REDUCE-IT?', V, [['174 (4.3%) vs. 213 (5.2%)'], ['0.803']], ['CV death: 174 (4.3%) vs. 213 (5.2%), HR 0.803'], ['percentage'])
u('How many patients were randomized in REDUCE-IT in total, as stated in the excerpt?', 'The excerpt gives per-arm denominators (4089 and 4090) but never states a total randomized figure.', ['count'])
u('What price or reimbursement status does Vazkepa have in the EU?', 'The EPAR excerpt does not discuss price or reimbursement.', ['amount'])
u('When did the European Commission grant the Vazkepa marketing authorisation?', 'The excerpt has the CHMP opinion date (28 January 2021) but not the Commission decision date.', ['date'])
u('What was the REDUCE-IT hazard ratio for heart failure hospitalisation?', 'No heart failure outcome is reported in the excerpt.', ['endpoint'])
u('Which CHMP member was the PRAC rapporteur for Vazkepa?', 'The excerpt mentions the PRAC Rapporteur\'s report but does not name the PRAC rapporteur.', ['name'])

# ---- more cross-document
a('Both Repatha and Vazkepa sit on top of statins. How does each document frame the statin background?', [RL, V], [['if the maximum dose of a statin does not lower levels of cholesterol sufficiently'], ['statin-treated patients']], ['together with a statin or other cholesterol lowering medication, if the maximum dose of a statin does not lower levels of cholesterol sufficiently.', 'Vazkepa is indicated to reduce the risk of cardiovascular events in adult statin-treated patients'], ['cross-document','definition'])
a('The Vazkepa assessment lists PCSK9 inhibitors among current lipid therapies; which folder product is one, and how does it work?', [V, RL], [['PCSK9 inhibitors'], ['Evolocumab is designed to attach to a substance called PCSK9']], ['current treatments for prevention of cardiovascular events in patients with elevated lipids include drugs that lower lipid levels include statins, PCSK9 inhibitors', 'Evolocumab is designed to attach to a substance called PCSK9'], ['cross-document','name'])
a('Compare enrollment: the ALL dissemination trial vs the REMD-477 T1D study.', [ALL, G], [['4856'], ['Enrollment Count: 30']], ['Count: 4856\nType: ACTUAL', 'Enrollment Count: 30\nEnrollment Type: Anticipated'], ['cross-document','count'])
a('Which of the two 2021 registry records in the folder is phase 3 and which is phase 2?', [E, G], [['Phase 3'], ['Phase 2']], ['Phase: Phase 3', 'Phase: Phase 2'], ['cross-document','identifier'])
a('Both CRLs give the sponsor a deadline to respond; what is it in each?', [R, L], [['Within one year after the date of this letter']], ['Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 601.3(b).', 'Within one year after the date of this letter, you are required to resubmit or take other actions available under 21 CFR 314.110.'], ['cross-document','duration'])
a('Diabetes shows up in two documents as a CV-risk population: in the Vazkepa primary prevention cohort and in the ALL study. What are the respective age limits?', [V, ALL], [['≥ 50 years of age with diabetes mellitus'], ['Maximum Age: 75 Years']], ['CV risk category 2 (Primary Prevention Cohort): Men and women ≥ 50 years of age with diabetes mellitus (Type 1 or Type 2)', 'Minimum Age: 18 Years\nMaximum Age: 75 Years'], ['cross-document','count'])

# ---- more unanswerables (cross-folder)
u('What upfront payment did Gilead pay to license lenacapavir?', 'No Gilead licence or deal document is in the folder; the lenacapavir documents are an FDA CRL and an EU leaflet.', ['amount'])
u('What royalties does Amgen pay on Repatha sales?', 'No Amgen licence or financial filing is in the folder.', ['percentage'])
u('Has Amarin signed a European commercialization partner for Vazkepa, and on what terms?', 'The EPAR excerpt names only the applicant; no partnering deal is described.', ['name'])
u('What is the ClinicalTrials.gov number of REDUCE-IT?', 'The EPAR excerpt names the study AMR-01-01-0019 (REDUCE-IT) but gives no NCT number.', ['identifier'])
u('Did FDA issue a complete response letter for Vazkepa / icosapent ethyl?', 'The folder contains no FDA document on icosapent ethyl.', ['yes-no'])
u('What is the EU marketing authorisation number for Vazkepa?', 'The EPAR excerpt gives the procedure number EMEA/H/C/005398/0000 but no EU/1/... authorisation number.', ['identifier'])
u('Is there an EU leaflet for MOXATAG in the folder, and what does it say about dosing?', 'MOXATAG appears only in the US promotion agreement; no label or leaflet is included and no dosing is given.', ['dose'])
u('What was the enrollment of the lenacapavir study GS-US-200-4625?', 'The CRL names the study and its Cohort 2 but gives no enrollment figure.', ['count'])

DROP = ["Which state law", "For the first period", "Below what gross margin", "How many days after getting an invoice", "What cure period", "What earlier confidentiality", "Within how many hours", "What are the NDC numbers", "How quickly must a force majeure", "Who pays for samples",
"Date on the Repatha CRL signature", "Which Amgen regulatory person", "Latex warning", "What are the excipients", "EU number of the Repatha",
"Regulatory project manager on the lenacapavir", "Which FDA office issued", "Lenacapavir CRL - which amendments",
"Sunlenca MAH", "Any special storage", "What class of antiretroviral", "Is Sunlenca approved for adolescents",
"Hispanic or Latino", "Primary completion date of the ALL", "NIH grant number", "Principal investigator of NCT02299791",
"Masking in NCT04779645", "Age range for the glucagon", "Who is the responsible investigator",
"Anticipated study completion date", "What cumulative doxorubicin cap", "Study chair",
"CV death component", "What share of all EU deaths", "Did the applicant ask for accelerated"]
Q = [q for q in Q if not (q['answerable'] and any(q['question'].startswith(d) for d in DROP))]
for i, q in enumerate(Q, 1):
    q['id'] = f'SAB-{i:03d}'
keys = ['id','question','answerable','gold_sources','facts','gold_quotes','tags','note']
with open(BASE/'questions.jsonl','w') as f:
    for q in Q:
        f.write(json.dumps({k:q[k] for k in keys}, ensure_ascii=False)+'\n')
print(len(Q), sum(q['answerable'] for q in Q), sum(not q['answerable'] for q in Q), sum('cross-document' in q['tags'] for q in Q))
