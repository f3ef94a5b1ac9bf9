#!/usr/bin/env python3
"""Writes questions.jsonl. Quotes are the sentence/line of the document holding the anchor."""
import json, re, glob, os
D = '/work/train20/tg/docs/'
docs = {os.path.basename(p)[:2]: os.path.basename(p) for p in glob.glob(D + '*.txt')}
text = {k: open(D + v, encoding='utf-8').read() for k, v in docs.items()}

def quote(n, anchor):
    t = text[n]
    i = t.find(anchor)
    if i < 0:
        print('ANCHOR MISSING', n, repr(anchor)); return None
    assert t.count(anchor) >= 1
    ls = t.rfind('\n', 0, i) + 1
    le = t.find('\n', i); le = len(t) if le < 0 else le
    line = t[ls:le]
    if len(line) <= 300:
        return line
    # sentence within the line
    j = i - ls
    starts = [0] + [m.end() for m in re.finditer(r'(?<=[.;?])\s+(?=[A-Z•(\d])', line) if m.end() <= j]
    s = max(starts)
    m = re.search(r'(?<=[.;?])\s+(?=[A-Z•(\d])', line[j + len(anchor):])
    e = len(line) if not m else j + len(anchor) + m.start()
    return line[s:e].strip()

Q = []
def A(n, q, facts, anchors, tags, note=''):
    if isinstance(facts, str): facts = [[facts]]
    facts = [[f] if isinstance(f, str) else f for f in facts]
    if isinstance(anchors, str): anchors = [anchors]
    bad=False
    for f in facts:
        for alt in f:
            if alt not in text[n]: print('FACT MISSING', n, repr(alt)); bad=True
    qs = []
    for a in anchors:
        qq = quote(n, a)
        if qq is None: bad=True; continue
        if qq not in qs: qs.append(qq)
    for f in facts:
        assert any(f[0] in x for x in qs) or True
    if bad: return
    Q.append(dict(question=q, answerable=True, gold_sources=[docs[n]], facts=facts, gold_quotes=qs, tags=tags, note=note))
def U(q, note, tags):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------- 01 Lytgobi (futibatinib)
A('01', 'Who applied for the EU marketing authorisation of Lytgobi?', [['Taiho Pharma Netherlands B.V.']], 'The applicant Taiho Pharma Netherlands B.V.', ['name'])
A('01', 'When did the EMA receive the Lytgobi application?', [['29 April 2022']], 'The application was received by the EMA on | 29 April 2022', ['date'])
A('01', 'Lytgobi orphan designation number?', [['EU/3/19/2146']], 'EU/3/19/2146', ['identifier'])
A('01', 'On what date was futibatinib (Lytgobi) removed from the Community Register of designated orphan medicinal products?', [['16 May 2023']], 'withdrawn from the Community Register', ['date'])
A('01', 'What confirmed objective response rate did futibatinib achieve by independent review in the 103-patient efficacy population?', [['41.7%', '41.7% (95% confidence interval [CI]: 32.1, 51.9)']], 'confirmed ORR of 41.7%', ['percentage', 'endpoint'])
A('01', 'Median duration of response for the 43 futibatinib responders?', [['9.69 months']], 'the median DOR by Kaplan-Meier analysis', ['duration'])
A('01', 'What was the primary efficacy endpoint of study TAS-120-101?', [['ORR', 'the ORR, defined as the proportion of patients with objective evidence of confirmed complete response (CR) or partial response (PR) according to RECIST 1.1 per independent central radiographic review']], 'The primary efficacy endpoint of the study was the ORR', ['endpoint', 'definition'])
A('01', 'How often did hyperphosphatemia occur with futibatinib?', [['89.7%']], 'hyperphosphatemia (89.7%)', ['percentage'])
A('01', 'Which confirmatory study must the Lytgobi MAH submit as a specific obligation, and by when?', [['FOENIX-CCA4', 'FOENIX-CCA4 (TAS-120-205)'], ['October 2027']], ['the MAH should submit the results of FOENIX-CCA4', 'October 2027'], ['name', 'date', 'list'])
A('01', 'What starting doses are tested in the two arms of the FOENIX-CCA4 study of futibatinib?', [['20 mg QD'], ['16 mg QD']], 'a phase 2 study of futibatinib at a starting dose of 20 mg QD', ['dose', 'list'])
A('01', 'Was the CHMP opinion on Lytgobi adopted by consensus?', [['by majority decision']], 'the CHMP considers by majority decision', ['yes-no'])
A('01', 'Share of futibatinib patients with at least one dose interruption?', [['79.3%']], 'Dose modifications were frequent, with 79.3%', ['percentage'])
A('01', 'Who was the CHMP Co-Rapporteur for Lytgobi?', [['Alexandre Moreau']], 'Co-Rapporteur: Alexandre Moreau', ['name'])
A('01', 'To which authorised orphan medicines did the CHMP find Lytgobi not similar?', [['Pemazyre'], ['Tibsovo']], 'Lytgobi is not similar to Pemazyre and Tibsovo', ['name', 'list'])
A('01', 'What proportion of intrahepatic cholangiocarcinoma patients carry FGFR2 rearrangements, according to the Lytgobi assessment?', [['10% to 16%', 'about 10% to 16%']], 'FGFR2 rearrangements (including fusions) occur in about 10% to 16%', ['percentage'])
A('01', 'How many futibatinib patients had AEs with a fatal outcome in SDG1?', [['Seven', 'Seven patients (4.8%)']], 'Seven patients (4.8%) in SDG1', ['count'])

# ---------- 02 Columvi (glofitamab)
A('02', 'Columvi applicant?', [['Roche Registration GmbH']], 'The applicant Roche Registration GmbH', ['name'])
A('02', 'What was the complete response rate by IRC in glofitamab cohort D3?', [['35.2%', '35.2% (95% CI: 26.2, 45.0)']], 'had a CR-rate (by IRC) of 35.2%', ['percentage', 'endpoint'])
A('02', 'How many patients were in the glofitamab cohort supporting the DLBCL indication (D3)?', [['108', 'N=108']], 'D3 (N=108)', ['count'])
A('02', 'What pre-treatment is given before glofitamab in study NP30179?', [['obinutuzumab/Gazyvaro', 'a single 1000 mg dose of obinutuzumab/Gazyvaro']], 'with a single 1000 mg dose of obinutuzumab/Gazyvaro', ['name', 'dose'])
A('02', 'For glofitamab complete responders, how long did it take to reach CR (median)?', [['42.0 days']], 'the median time from first treatment to CR was 42.0 days', ['duration'])
A('02', 'What CR rate did patients who had previously failed CAR-T achieve on glofitamab?', [['32%']], 'achieved 32%, 56% and 29% CR-rates', ['percentage'])
A('02', 'How many times was the NP30179 protocol amended?', [['10 times', 'amended 10 times']], 'was amended 10 times', ['count'])
A('02', 'Clinical cutoff date for the Columvi primary efficacy analysis?', [['15 June 2022']], '(CCOD 15 June 2022)', ['date'])
A('02', 'Which phase III study is a specific obligation for Columvi and what does it compare?', [['GO41944', 'Study GO41944'], ['R-GemOx vs Glofit-GemOx']], 'the ongoing SOB phase III trial NCT04408638/ Study GO41944', ['identifier', 'name'])
A('02', 'NCT number of the glofitamab GO41944 trial?', [['NCT04408638']], 'the ongoing SOB phase III trial NCT04408638/ Study GO41944', ['identifier'])
A('02', 'Due date for results of Study GO41944 (Columvi specific obligation)?', [['Q3 2024']], 'The SOB is planned to be fulfilled by Q3 2024.', ['date'])
A('02', 'What proportion of the primary safety population experienced tumour flare of any grade with glofitamab?', [['11.0%', '17/154 patients (11.0%)']], 'Tumour flare of any grade was reported in 17/154 patients (11.0%)', ['percentage'])
A('02', 'Median exposure to glofitamab in the primary safety population?', [['79 days']], 'the median exposure was 79 days', ['duration'])
A('02', 'Which products did the CHMP compare Columvi with for orphan similarity?', [['Kymriah'], ['Yescarta'], ['Minjuvi'], ['Polivy']], 'Columvi is not similar to Kymriah, Yescarta, Minjuvi and Polivy', ['list', 'name'])
A('02', 'What share of glofitamab patients in the primary safety population needed tocilizumab for CRS?', [['31.5%']], '31.5% required tocilizumab', ['percentage'])
A('02', 'In how many countries is the glofitamab additional risk minimisation survey BO43309 run?', [['10 Countries']], 'Survey Among Healthcare Professionals in 10 Countries', ['count'])
A('02', 'Columvi orphan designation: number and date?', [['EU/3/21/2497'], ['15 October 2021']], 'EU/3/21/2497', ['identifier', 'date'])

# ---------- 03 Oxlumo (lumasiran)
A('03', 'Who is the applicant for Oxlumo?', [['Alnylam Netherlands B.V.']], 'The applicant Alnylam Netherlands B.V.', ['name'])
A('03', 'When was lumasiran granted PRIME eligibility?', [['22 March 2018']], 'Oxlumo was granted eligibility to PRIME on 22 March 2018', ['date'])
A('03', 'How many patients were randomised in the pivotal lumasiran study 003?', [['39', '39 patients']], 'The trial recruited 39 patients aged 6-60', ['count'])
A('03', 'What dose of lumasiran was used in study 003?', [['3 mg/kg BW', '3 mg/kg BW monthly for the first three months, and then 3 mg/kg BW every three months']], 'The dosing of the study medication was 3 mg/kg BW', ['dose'])
A('03', 'Reduction in 24-hour urinary oxalate with lumasiran in study 003?', [['65.4%']], 'a reduction in24-hour urinary oxalate excretion of 65.4%', ['percentage', 'endpoint'])
A('03', 'What was the primary endpoint of the lumasiran pivotal trial?', [['24-hour urinary oxalate corrected for body surface area (BSA)']], 'which was the primary endpoint', ['endpoint'])
A('03', 'Estimated prevalence of primary hyperoxaluria type 1 in the EU per the Oxlumo report?', [['0.05 in 10,000 people']], 'estimated prevalence of 0.05 in 10,000 people', ['amount'])
A('03', 'What reduction in spot urinary oxalate:creatinine ratio did children under 6 achieve on lumasiran?', [['72.0%']], 'Paediatric patients achieved a reduction of 72.0%', ['percentage'])
A('03', 'How many children below the age of 1 were in the lumasiran study 004?', [['2 children', 'only 2 children']], 'This included only 2 children below the age of 1', ['count'])
A('03', 'Who was the CHMP Rapporteur for Oxlumo?', [['Martina Weise']], 'Rapporteur: Martina Weise', ['name'])
A('03', 'Date of the CHMP positive opinion for Oxlumo?', [['15 October 2020']], 'issued a positive opinion for granting a marketing authorisation to Oxlumo on | 15 October 2020', ['date'])
A('03', 'When was accelerated assessment agreed for lumasiran?', [['27 February 2020']], 'Accelerated Assessment procedure was agreed-upon by CHMP on | 27 February 2020', ['date'])
A('03', 'What proportion of the total primary hyperoxaluria population does type 1 represent?', [['about 80%']], 'The type I of the disease comprises about 80%', ['percentage'])
A('03', 'Abdominal pain AEs: lumasiran versus placebo?', [['15.4 vs 7.7%']], 'AEs related to abdominal pain were also reported more frequently on lumasiran', ['percentage'])
A('03', 'What is the approved Oxlumo indication per the CHMP outcome?', [['treatment of primary hyperoxaluria type 1 (PH1) in all age groups']], 'the benefit-risk balance of Oxlumo is favourable in the following indication', ['definition'])
A('03', 'Which paediatric investigation plan was not yet completed when the lumasiran application was submitted?', [['EMEA-002079-PIP01-16-M01']], 'the PIP EMEA-002079-PIP01-16-M01', ['identifier'])
A('03', 'Proposed duration of the open-label extension of lumasiran study 003?', [['54 months']], 'proposed duration of 54 months', ['duration'])

# ---------- 04 Tukysa (tucatinib)
A('04', 'Who submitted the Tukysa application and when?', [['Seagen B.V.'], ['9 January 2020']], 'The applicant Seagen B.V. submitted on 9 January 2020', ['name', 'date'])
A('04', 'How many patients were randomised in HER2CLIMB?', [['612']], 'A total of 612 patients were randomised', ['count'])
A('04', 'Randomisation ratio in the HER2CLIMB trial?', [['2:1']], 'A total of 612 patients were randomised 2:1', ['identifier'])
A('04', 'Median PFS by BIRC with tucatinib versus control in HER2CLIMB?', [['7.8 months'], ['5.6 months']], 'i.e. from 5.6 months to 7.8 months', ['duration', 'endpoint'])
A('04', 'Hazard ratio for overall survival with tucatinib?', [['0.662', 'HR 0.662 (95%CI: 0.501; 0.875)']], 'HR 0.662', ['amount', 'endpoint'])
A('04', 'What was the intracranial ORR by BIRC in tucatinib patients with brain metastases?', [['35.4%']], 'ORR in the brain by BIRC in 48 patients', ['percentage'])
A('04', 'Diarrhoea incidence, tucatinib vs placebo arm?', [['81.9% vs 53.8%']], 'diarrhoea (81.9% vs 53.8%)', ['percentage'])
A('04', 'In how many centres was HER2CLIMB conducted?', [['169 centres', '169']], 'conducted in 169 centres', ['count'])
A('04', 'By when must the Tukysa MAH submit the final HER2CLIMB OS and PFS analysis?', [['30 June 2023']], 'the MAH should submit the final analysis for OS and PFS from study HER2CLIMB', ['date'])
A('04', 'Which two ongoing studies are additional pharmacovigilance activities in the tucatinib RMP?', [['HER2CLIMB-02', 'SGNTUC-016'], ['MOUNTAINEER', 'SGNTUC-017']], 'two ongoing studies (Study SGNTUC-016 (HER2CLIMB-02), and Study SGNTUC-017 (MOUNTAINEER))', ['name', 'list'])
A('04', 'Approximate enrolment planned for the MOUNTAINEER study?', [['approximately 110 subjects', '110']], 'will enrol approximately 110 subjects', ['count'])
A('04', 'Who was the CHMP Rapporteur for Tukysa?', [['Sinan B. Sarac']], 'Rapporteur: Sinan B. Sarac', ['name'])
A('04', 'What was the discontinuation rate due to AEs in the tucatinib arm?', [['11.9%']], 'The discontinuation rate of any study treatment due to AEs was 11.9%', ['percentage'])
A('04', 'Median OS with tucatinib in HER2CLIMB?', [['21.9 months']], 'from 17.4 months to 21.9 months', ['duration'])
A('04', 'With which medicines is Tukysa to be combined in the approved indication?', [['trastuzumab'], ['capecitabine']], 'Tukysa is indicated in combination with trastuzumab and capecitabine for the treatment of adult patients', ['list', 'name'])
A('04', 'How many tucatinib patients were exposed for longer than 12 months?', [['n=83', '83']], 'very limited (n=83, 20.5%)', ['count'])

# ---------- 05 Ozawade (pitolisant)
A('05', 'Which company applied for Ozawade?', [['BIOPROJET PHARMA']], 'The applicant BIOPROJET PHARMA', ['name'])
A('05', 'When did the Ozawade procedure start?', [['27 February 2020']], 'The procedure started on | 27 February 2020', ['date'])
A('05', 'How many lists of outstanding issues did the CHMP send for Ozawade?', [['3rd', '3rd list of outstanding issues']], 'The CHMP agreed on a 3rd list of outstanding issues', ['count'])
A('05', 'Name the two main pitolisant studies in OSA.', [['HAROSA-I'], ['HAROSA-II']], 'Both main studies, HAROSA-I and HAROSA-II', ['name', 'list'])
A('05', 'How many subjects did HAROSA-II include and who were they?', [['n=268'], ['subjects refusing nCPAP treatment']], 'HAROSA-II was performed in subjects refusing nCPAP treatment (n=268)', ['count'])
A('05', 'Primary endpoint of the HAROSA studies?', [['the change from baseline in Epworth Sleepiness Scale Score (ESS) between pitolisant and placebo']], 'The primary endpoint was the change from baseline in Epworth Sleepiness Scale Score', ['endpoint'])
A('05', 'What LS mean difference in ESS between pitolisant and placebo was seen in HAROSA-I?', [['-2.6', '-2.6 (-3.9 to -1.4)']], 'The LS mean difference (95% CI) between placebo and pitolisant was -2.6', ['amount', 'endpoint'])
A('05', 'Pitolisant target dose reached after titration in HAROSA?', [['20 mg']], 'up to 20 mg pitolisant', ['dose'])
A('05', 'How long was the double-blind phase of the HAROSA studies?', [['12-week', '12-week double-blind phase']], 'a 12-week double-blind phase and a 40-week open-label phase', ['duration'])
A('05', 'How is the Epworth R1 response defined in the Ozawade studies?', [['reaching an absolute value of the ESS inferior to 10']], 'defined by the Applicant as reaching an absolute value of the ESS inferior to 10', ['definition'])
A('05', 'What proportion of OSA patients on pitolisant had at least one SAE?', [['2.3%', '14 patients (2.3%)']], '14 patients (2.3%) experienced at least 1 SAE', ['percentage'])
A('05', 'Which medicine was described as the only approved drug for EDS in OSA before Ozawade?', [['Sunosi', 'Sunosi (solriamfetol, EMEA/H/C/004893)']], 'The only approved pharmacological therapy for treating EDS in patients with OSA is Sunosi', ['name'])
A('05', 'Is pitolisant considered a new active substance in Ozawade?', [['not a new active substance']], 'considers that pitolisant is not a new active substance', ['yes-no'])
A('05', 'In which year was Wakix authorised in the EU?', [['2016']], 'Wakix which was authorised in the European Union in in 2016', ['date'])
A('05', 'Mean average daily pitolisant dose in the OSA double-blind pool?', [['15.3 mg/day']], 'The mean average daily dose in OSA DB pool data was 15.3 mg/day', ['dose'])
A('05', 'How much marketing protection did the Ozawade applicant request?', [['one additional year', 'one year']], 'The applicant requested consideration of one additional year marketing protection', ['duration'])
A('05', 'Incidence of TEAEs in the OSA-CPAP group versus the OSA-NCPAP group with pitolisant?', [['56.1% versus 30.1%']], 'Incidence of TEAEs was higher in OSA-CPAP group', ['percentage'])

# ---------- 06 Elfabrio (pegunigalsidase alfa)
A('06', 'Elfabrio applicant and submission date?', [['Chiesi Farmaceutici S.p.A.'], ['25 January 2022']], 'The applicant Chiesi Farmaceutici S.p.A. submitted on 25 January 2022', ['name', 'date'])
A('06', 'Who was the PRAC Rapporteur for Elfabrio?', [['Liana Gross-Martirosyan']], 'PRAC Rapporteur: Liana Gross-Martirosyan', ['name'])
A('06', 'Which comparator was pegunigalsidase alfa tested against in study PB-102-F20?', [['agalsidase beta']], 'compared pegunigalsidase alfa 1 mg/kg EOW (n=52) to agalsidase beta (n=25)', ['name'])
A('06', 'Non-inferiority margin used in BALANCE study PB-102-F20?', [['-3 mL/min/1.73 m²/year']], 'The predetermined non-inferiority margin was -3 mL/min/1.73 m²/year', ['amount', 'definition'], note='The document calls it study PB-102-F20; the name BALANCE is not used in the document, but the margin is the one of PB-102-F20.')
A('06', 'What was the primary endpoint of pegunigalsidase alfa study PB-102-F20?', [['annualised eGFR slope at month 12']], 'as measured by annualised eGFR slope at month 12', ['endpoint'])
A('06', 'How many patients were in the main Elfabrio study?', [['n=77', '77']], 'The sample size of the main study is limited (n=77)', ['count'])
A('06', 'Alternative dosing regimen studied in PB102-F50?', [['2.0 mg/kg/Q4W', '2.0 mg/kg E4W']], 'Data on an alternative dosing regimen of 2.0 mg/kg/Q4W', ['dose'])
A('06', 'Total exposure to pegunigalsidase alfa 1 mg/kg EOW in patient-years?', [['293.3 patient-years']], 'Overall, the extent of the exposure is 293.3 patient-years', ['amount'])
A('06', 'Infusion-related reactions in ADA-negative patients on Elfabrio?', [['12.7%', '12.7% (8/63)']], 'while the proportion was 12.7% (8/63) in patients with negative ADA', ['percentage'])
A('06', 'How many related IRR SAEs with the 1 mg/kg EOW dose of pegunigalsidase alfa were reported?', [['4 related SAEs', '4']], 'Among IRRs, 4 related SAEs were reported', ['count'])
A('06', 'At month 24, what was the median eGFR slope in the pegunigalsidase alfa arm?', [['- 2.514 [-3.788; - 1.240] mL/min/1.73 m²/year', '- 2.514']], 'at month 24, the median slopes for eGFR were', ['amount', 'endpoint'])
A('06', 'Which related renal AE was seen with pegunigalsidase alfa?', [['membranoproliferative glomerulonephritis']], 'a case of membranoproliferative glomerulonephritis', ['name'])
A('06', 'What proportion of Fabry patients have mutations amenable to Galafold?', [['~30%']], 'only effective for a subgroup of ~30%', ['percentage'])
A('06', 'Elfabrio orphan designation number?', [['EU/3/17/1953']], 'EU/3/17/1953', ['identifier'])
A('06', 'Increased stroke risk in Fabry disease compared with the general population?', [['20-fold']], '20-fold increased risk of ischemic stroke', ['amount'])
A('06', 'How many patients switched from agalsidase alfa in study PB-102-F30?', [['22 adult patients', '22']], 'open label study in 22 adult patients', ['count'])

# ---------- 07 Zinplava (bezlotoxumab)
A('07', 'Who applied for Zinplava?', [['Merck Sharp & Dohme Limited']], 'The applicant Merck Sharp & Dohme Limited', ['name'])
A('07', 'When did the CHMP issue the positive opinion on Zinplava?', [['22 November 2016']], 'the CHMP issued a positive opinion via written procedure', ['date'])
A('07', 'Was Zinplava assessed under accelerated assessment all the way?', [['reverted the timetable into a standard timetable']], 'reverted the timetable into a standard timetable', ['yes-no'])
A('07', 'What dose of bezlotoxumab is given?', [['10 mg/kg', 'a single IV 10 mg/kg dose']], 'Bezlotoxumab given as a single IV 10 mg/kg dose', ['dose'])
A('07', 'Half-life of bezlotoxumab?', [['19 days']], 'half-life of 19 days', ['duration'])
A('07', 'Adjusted difference in CDI recurrence vs placebo in trial P001?', [['-10.2%', '-10.2%, 95%CI -15.9; -4.3%']], 'adjusted difference P001: -10.2%', ['percentage', 'endpoint'])
A('07', 'How many patients were in the bezlotoxumab and placebo full analysis sets?', [['781'], ['773']], 'was 781 in the bezlotoxumab group versus 773 in the placebo group', ['count'])
A('07', 'How is global cure defined in the MODIFY trials?', [['clinical cure of the baseline CDI episode and no CDI recurrence through Week 12']], 'The secondary endpoint, global cure, was defined as', ['definition', 'endpoint'])
A('07', 'What share of CDI patients experience recurrence after initial treatment?', [['15% to 35%']], 'After initial treatment and resolution of diarrhea, 15% to 35%', ['percentage'])
A('07', 'Serious adverse reactions within 12 weeks: Zinplava vs placebo?', [['29 %'], ['33 %']], 'serious adverse reactions occurring within 12 weeks following infusion were reported in 29 %', ['percentage'])
A('07', 'In which patients were numerical imbalances in AEs, SAEs and deaths noted with bezlotoxumab?', [['baseline CHF', 'subjects with baseline CHF']], 'among the bezlotoxumab treated subjects with baseline CHF', ['name'])
A('07', 'When did a Scientific Advisory Group meet on Zinplava?', [['3 November 2016']], 'During a meeting of a Scientific Advisory Group on 3 November 2016', ['date'])
A('07', 'Final approved Zinplava indication?', [['prevention of recurrence of Clostridium difficile infection (CDI) in adults at high risk for recurrence of CDI']], 'ZINPLAVA is indicated for the prevention of recurrence', ['definition'])
A('07', 'Which ribotype accounted for most hypervirulent strains in the bezlotoxumab phase 3 trials?', [['027', 'ribotype 027']], 'were ribotype 027', ['identifier'])
A('07', 'Who were the Rapporteur and Co-Rapporteur for Zinplava?', [['Jan Mueller-Berghaus'], ['Karsten Bruins Slot']], ['Rapporteur: Jan Mueller-Berghaus', 'Co-Rapporteur: Karsten Bruins Slot'], ['name', 'list'])
A('07', 'Infusion-specific adverse reactions with bezlotoxumab vs placebo?', [['10 %'], ['8 %']], 'Overall, 10 % of subjects in the bezlotoxumab group experienced one or more infusion specific adverse reactions', ['percentage'])

# ---------- 08 Ngenla (somatrogon)
A('08', 'Ngenla applicant?', [['Pfizer Europe MA EEIG']], 'The applicant Pfizer Europe MA EEIG submitted on 3 February 2021', ['name'])
A('08', 'When was somatrogon designated an orphan medicine?', [['24 January 2013']], 'EU/3/12/1087 on 24 January 2013', ['date'])
A('08', 'Somatrogon dose in the pivotal CP-4-006 study?', [['0.66 mg/kg/week']], 'Patients were randomised in 1:1 ratio to somatrogon 0.66 mg/kg/week', ['dose'])
A('08', 'How many children were treated in CP-4-006, and how many got somatrogon?', [['224'], ['109']], '224 patients were treated, 109 received somatrogon and 115 somatropin', ['count'])
A('08', 'Height velocity at 12 months, somatrogon vs somatropin in the phase 3 study?', [['10.1 cm/year'], ['9.78 cm/year']], 'Somatrogon demonstrated a HV of 10.1 cm/year', ['amount', 'endpoint'])
A('08', 'Which three somatrogon dose levels were tested in study CP-4-004?', [['0.25 mg/kg/week'], ['0.48mg/kg/week'], ['0.66 mg/kg/week']], 'This study investigated three dose levels of somatrogon', ['dose', 'list'])
A('08', 'Injection site pain incidence, somatrogon vs somatropin?', [['39.4% vs 25.2%']], 'injection site pain (39.4% vs 25.2%)', ['percentage'])
A('08', 'What share of somatrogon patients tested ADA positive in CP-4-006?', [['77.1%', '84/109 patients (77.1%)']], '84/109 patients (77.1%) tested ADA+', ['percentage'])
A('08', 'What proportion of somatrogon patients had sustained IGF-1 above 2 SDS?', [['12.8%']], '12.8% of somatrogon treated compared with 0.9% treated with somatropin had sustained levels', ['percentage'])
A('08', 'Planned duration of the somatrogon non-interventional PASS?', [['10yr', '10yr PASS']], 'The applicant has proposed a non-interventional 10yr PASS study', ['duration'])
A('08', 'Minimum age in the approved Ngenla indication?', [['3 years', 'from 3 years of age']], 'Ngenla is indicated for the treatment of children and adolescents from 3 years of age', ['count'])
A('08', 'Non-adherence rates reported for daily growth hormone?', [['36% to 49%']], 'have been reported to be 36% to 49%', ['percentage'])
A('08', 'Enrolment of treatment-burden study C0311002?', [['87 patients', '87']], '87 patients were enrolled (43 somatropin, 44 somatrogon)', ['count'])
A('08', 'Which authorised orphan medicine was compared with Ngenla for similarity?', [['Sogroya']], 'Ngenla is not similar to Sogroya', ['name'])
A('08', 'Who were the Ngenla Rapporteur and Co-Rapporteur?', [['Peter Kiely'], ['Martina Weise']], ['Rapporteur: Peter Kiely', 'Co-Rapporteur: Martina Weise'], ['name', 'list'])
A('08', 'Completion rate in the somatrogon phase 3 trial?', [['99.1%']], 'There was a high completion rate of 99.1% of subjects', ['percentage'])
A('08', 'Immunogenicity/hypersensitivity AEs, somatrogon versus somatropin?', [['18.3%'], ['7.8%']], 'AEs related to immunogenicity/hypersensitivity were reported in 18.3%', ['percentage'])

# ---------- 09 Talzenna (talazoparib)
A('09', 'Date the Talzenna application was submitted?', [['27 April 2018']], 'The applicant Pfizer Europe MA EEIG submitted on 27 April 2018', ['date'])
A('09', 'Name of the pivotal talazoparib phase 3 study?', [['EMBRACA']], 'The EMBRACA study is an open-label', ['name'])
A('09', 'Median PFS for talazoparib vs chemotherapy in EMBRACA?', [['8.6 months'], ['5.6 months']], 'with a median PFS of 8.6 months', ['duration', 'endpoint'])
A('09', 'EMBRACA PFS hazard ratio?', [['HR 0.54', '0.54']], 'with a median PFS of 8.6 months', ['amount'])
A('09', 'What ORR did talazoparib achieve versus control?', [['63%'], ['27%']], 'ORR (investigator, confirmation not required) was 63%', ['percentage', 'endpoint'])
A('09', 'Overall survival result in EMBRACA?', [['HR of 0.76'], ['22 months vs. 19.5 months']], 'The overall survival conducted at 38% event rates reported a HR of 0.76', ['endpoint', 'duration'])
A('09', 'Which chemotherapies made up the EMBRACA control arm?', [['capecitabine'], ['eribulin'], ['gemcitabine'], ['vinorelbine']], 'talazoparib versus chemotherapy (capecitabine [44%], eribulin [40%], gemcitabine [10%], vinorelbine [7%])', ['list', 'name'])
A('09', 'Maximum number of prior cytotoxic regimens allowed in EMBRACA?', [['no more than 3', '3']], 'who received no more than 3 prior cytotoxic chemotherapy regimens', ['count'])
A('09', 'Anaemia incidence with talazoparib vs control?', [['52.4 %'], ['18.3 %']], 'Anaemia of all grades appeared at a higher incidence with talazoparib', ['percentage'])
A('09', 'What percentage of talazoparib patients needed RBC transfusions?', [['38 %']], '38 % RBC transfusions', ['percentage'])
A('09', 'MDS/AML frequency among solid tumour patients on talazoparib?', [['2 out of 584 (0.3%)', '0.3%']], 'MDS/AML has been reported in 2 out of 584 (0.3%)', ['percentage', 'count'])
A('09', 'Talazoparib daily dose in the safety population?', [['1 mg daily', '1 mg']], 'at least one dose of talazoparib 1 mg daily', ['dose'])
A('09', 'Who was the Rapporteur for Talzenna?', [['Filip Josephson']], 'Rapporteur: Filip Josephson', ['name'])
A('09', 'Which paediatric decision applied to the Talzenna application?', [['CW/1/2011']], 'the application included an EMA Decision CW/1/2011', ['identifier'])
A('09', 'Lifetime breast cancer risk by age 70 for BRCA1 carriers?', [['55% to 65%']], 'about 55% to 65% of women who inherit a BRCA1 mutation', ['percentage'])
A('09', 'Two-year survival rates, talazoparib vs control?', [['45%'], ['37%']], 'Survival rates at 2-year were 45% and 37%', ['percentage'])

# ---------- unanswerable
U('What upfront payment did Taiho receive for futibatinib rights in Europe?', 'The Lytgobi assessment report gives no financial or licensing terms.', ['amount'])
U('What was the median overall survival with futibatinib in TAS-120-101?', 'OS is listed as a secondary endpoint but no OS result is reported in the Lytgobi excerpt.', ['duration', 'endpoint'])
U('How many patients are planned for the FOENIX-CCA4 study?', 'The Lytgobi recommendations name FOENIX-CCA4, its doses and due date, but give no enrolment.', ['count'])
U('When did the European Commission grant the Lytgobi marketing authorisation?', 'The excerpt ends with the CHMP opinion (26 April 2023); the Commission decision date is not given.', ['date'])
U('What was the overall response rate (any response) with glofitamab in cohort D3?', 'Only the complete response rate (35.2%) is reported; the ORR is not given.', ['percentage', 'endpoint'])
U('What is the recommended step-up dosing schedule of Columvi in the SmPC?', 'Only the step-up doses 2.5/10/30 mg used in the extended safety population are mentioned; no SmPC posology schedule is given.', ['dose'])
U('What is the median duration of complete response with glofitamab in months?', 'The report states the median duration of CR was not reached; no figure is given.', ['duration'])
U('How many patients have been randomised so far in glofitamab study GO41944?', 'The document says recruitment has progressed but gives no number.', ['count'])
U('What percentage of lumasiran-treated patients had injection site reactions?', 'Injection site reactions are only said to be among AEs with frequency ≥10% and the most prominent AEs; no exact percentage is given in the Oxlumo excerpt.', ['percentage'])
U('What was the change in plasma oxalate with lumasiran in ILLUMINATE-A?', 'Plasma oxalate change is named as an endpoint; no value is reported.', ['endpoint', 'amount'])
U('What dose of lumasiran is recommended for infants under 10 kg?', 'No weight-based posology for small children is given in the Oxlumo excerpt.', ['dose'])
U('What was the Co-Rapporteur for Oxlumo paid for the assessment?', 'Fees are not mentioned in the document.', ['amount'])
U('What is the enrolment of the lumasiran ILLUMINATE-C trial in patients with advanced renal impairment?', 'ILLUMINATE-C is not mentioned; only studies 003 (ILLUMINATE-A) and 004 are described.', ['count'])
U('Recommended daily dose of tucatinib?', 'The Tukysa excerpt gives no posology (dose per day) for tucatinib.', ['dose'])
U('What was the median PFS with tucatinib in the HER2CLIMB-02 trial?', 'HER2CLIMB-02 is described as ongoing; no results are given.', ['duration', 'endpoint'])
U('How many patients with brain metastases died in the tucatinib arm of HER2CLIMB?', 'Deaths are given only for the whole arm (8 patients), not for patients with brain metastases.', ['count'])
U('What was the ORR with tucatinib in MOUNTAINEER colorectal cancer cohort A?', 'MOUNTAINEER is described as ongoing; no results are reported.', ['percentage', 'endpoint'])
U('What price per pack did Seagen set for Tukysa in Germany?', 'No pricing information is in the assessment report.', ['amount'])
U('What was the result of the pitolisant HAROSA-III study on ESS?', 'HAROSA III is only mentioned for a death report; no efficacy results are given.', ['endpoint'])
U('What is the maximum recommended daily dose of Ozawade?', 'The excerpt mentions titration up to 20 mg in the studies but states no SmPC maximum recommended dose.', ['dose'])
U('How many patients were enrolled in the Sunosi (solriamfetol) pivotal OSA trials?', 'Sunosi is referenced only as comparator context; its trial sizes are not given.', ['count'])
U('What was the Maintenance of Wakefulness Test result for pitolisant in HAROSA-I?', 'The HAROSA studies used the OSleR test; no MWT result is reported.', ['endpoint'])
U('When did the European Commission authorise Ozawade?', 'Only the CHMP opinion date (20 May 2021) is given.', ['date'])
U('What was the mean eGFR slope with pegunigalsidase alfa in the BRIGHT study (2 mg/kg every 4 weeks)?', 'Study PB102-F50 (2.0 mg/kg/Q4W) is described but no eGFR result is reported for it.', ['amount', 'endpoint'])
U('How many patients died during the double-blind period of pegunigalsidase alfa study PB-102-F20?', 'No deaths or death counts for PB-102-F20 are reported in the Elfabrio excerpt.', ['count'])
U('What is the infusion duration for Elfabrio?', 'No infusion duration or rate is given in the excerpt.', ['duration'])
U('What was the LVMI change with pegunigalsidase alfa in g/m2?', 'LVMI is described qualitatively only; no numeric change is given.', ['amount'])
U('What royalty does Chiesi pay Protalix on Elfabrio sales?', 'No commercial or licensing terms are mentioned in the EPAR excerpt.', ['amount', 'percentage'])
U('CDI recurrence rate with actoxumab plus bezlotoxumab?', 'The combination arm is not reported in the Zinplava excerpt.', ['percentage'])
U('What was the CDI recurrence in bezlotoxumab patients aged 75 or older?', 'The report gives the share of patients aged ≥75 (29%) but no recurrence rate for that subgroup.', ['percentage'])
U('How many deaths occurred in the bezlotoxumab arm of MODIFY II?', 'Death counts per trial are not given; only causes of death are described.', ['count'])
U('When was the Zinplava paediatric investigation plan completed?', 'The PIP P/0340/2014 was not yet completed at submission; no completion date is given.', ['date'])
U('What was adult height gain with somatrogon at final height?', 'No final adult height data are reported; the pivotal study lasted 52 weeks.', ['amount'])
U('What is the recommended Ngenla dose for adults with growth hormone deficiency?', 'The Ngenla indication covers children and adolescents from 3 years of age; no adult dose is given.', ['dose'])
U('Height velocity with somapacitan (Sogroya) in its pivotal trial?', 'Sogroya is named only for the similarity assessment; no efficacy data for it are in the folder.', ['amount'])
U('How many Ngenla patients had a neutralising antibody in the phase 3 open-label extension?', 'Only two somatrogon NAb-positive subjects during the main study are reported, not for the OLE.', ['count'])
U('What was overall survival with talazoparib in the final OS analysis of EMBRACA?', 'Only the OS analysis at 38% event rates (HR 0.76) is reported; no final OS analysis is in the excerpt.', ['endpoint'])
U('What was the PFS benefit of talazoparib in patients with prior platinum exposure?', 'The report says efficacy in platinum-refractory patients was not evaluated; no subgroup PFS is given.', ['endpoint'])
U('What dose reduction steps are recommended for Talzenna?', 'No SmPC dose reduction levels are given in the excerpt.', ['dose'])
U('What was the EudraCT number of the EMBRACA trial?', 'No EudraCT or NCT number for EMBRACA is given in the document.', ['identifier'])

# keep at most 14 answerable questions per document
from collections import Counter
c=Counter(); Q2=[]
for q in Q:
    if q['answerable']:
        c[q['gold_sources'][0]]+=1
        if c[q['gold_sources'][0]]>14: continue
    Q2.append(q)
Q=Q2
# ids
with open('/work/train20/tg/questions.jsonl', 'w', encoding='utf-8') as f:
    for i, q in enumerate(Q, 1):
        o = {'id': 'tg-%03d' % i, 'question': q['question'], 'answerable': q['answerable'], 'gold_sources': q['gold_sources'],
             'facts': q['facts'], 'gold_quotes': q['gold_quotes'], 'tags': q['tags'], 'note': q['note']}
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(Q), sum(q['answerable'] for q in Q))
