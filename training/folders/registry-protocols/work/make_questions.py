#!/usr/bin/env python3
"""Build questions.jsonl: gold quote = the whole line holding the fact (or its sentence if the line is long)."""
import json, os, re, glob
BASE = '/work/train21/protocols'
docs = {os.path.basename(p): open(p, encoding='utf-8').read() for p in glob.glob(BASE + '/docs/*.txt')}
byno = {k[:2]: k for k in docs}

def quote_for(text, fact, hint=None):
    lines = [l for l in text.split('\n') if fact in l and (hint is None or hint in l)]
    if not lines:
        raise SystemExit(f'fact {fact!r} hint {hint!r} not found')
    line = lines[0]
    if len(line) <= 450:
        return line
    # sentence containing fact (and hint)
    sents = re.split(r'(?<=[.;])\s+(?=[A-Z0-9("])', line)
    for s in sents:
        if fact in s and (hint is None or hint in s or hint not in line):
            return s.strip()
    for s in sents:
        if fact in s:
            return s.strip()
    return line

Q = []
def A(doc, question, facts, tags, hints=None, note=''):
    fn = byno[doc]
    facts = [sorted(f if isinstance(f, list) else [f], key=len) for f in facts]
    if sum(1 for q in Q if q['gold_sources'] == [byno[doc]]) >= 12:
        return  # cap: 12 answerable questions per document
    hints = hints or [None] * len(facts)
    quotes = []
    for f, h in zip(facts, hints):
        pass
    for f, h in zip(facts, hints):
        for alt in f:
            assert alt in docs[fn], (doc, alt)
        q = None
        for alt in sorted(f, key=len, reverse=True):
            try:
                q = quote_for(docs[fn], alt, h); break
            except SystemExit:
                continue
        assert q, (doc, f, h)
        for alt in f:
            if alt not in q:
                # alternative must still be in document; fine
                pass
        assert any(alt in q for alt in f), ('fact not in quote', doc, f, q[:100])
        if q not in quotes:
            quotes.append(q)
    Q.append(dict(question=question, answerable=True, gold_sources=[fn], facts=facts,
                  gold_quotes=quotes, tags=tags, note=note))

def U(question, tags, note):
    Q.append(dict(question=question, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------- 01 electric + woolen blanket, TKA (NCT05389579)
A('01', 'How many patients were enrolled in the Kastamonu trial comparing electric plus woolen blankets with woolen blankets after total knee arthroplasty?', [['46', '46 (Actual)']], ['count'], ['Enrollment'])
A('01', 'What software was used for the sample size calculation in the postoperative hypothermia knee arthroplasty blanket study?', [['Number Cruncher Statistical System (NCSS)-Power Analysis and Sample Size (PASS) software', 'PASS']], ['name'])
A('01', 'Power assumed in the TKA electric blanket trial sample size calculation?', [['80%']], ['percentage'], ['power as 80%'])
A('01', 'In the knee arthroplasty warming study, how were patients allocated to the two groups?', [['randomized according to days of the week', 'days of the week']], ['definition'])
A('01', 'Age range for inclusion in the electric blanket hypothermia trial (NCT05389579)?', [['60 to 79', 'between the ages of 60 to 79']], ['count'], ['being between the ages'])
A('01', 'At what body temperature was the electric blanket switched off for the experimental group after knee replacement?', [['36.0 °C']], ['dose'], ['turned off and unplugged'])
A('01', 'For how long was the electric blanket run at the "hot" setting before an experimental patient left the operating room?', [['20 minutes']], ['duration'], ['"hot" level'])
A('01', 'When was the TKA blanket study conducted?', ['November 1, 2013', 'May 1, 2014'], ['date'], ['The study was conducted between', 'The study was conducted between'])
A('01', 'What type of thermometer was used to measure body temperature in the postoperative hypothermia trial in older TKA patients?', [['tympanic thermometer (Kendall)', 'tympanic thermometer']], ['name'], ['Tools included'])
A('01', 'Masking in NCT05389579?', [['None (Open Label)']], ['definition'])
A('01', 'When was NCT05389579 first posted on ClinicalTrials.gov?', [['May 25, 2022']], ['date'], ['Study First Posted'])
A('01', 'What minimum SpO2 on hospitalisation did patients need to enter the electric blanket knee arthroplasty study?', [['above 90%', 'SPO2 value above 90%']], ['percentage'], ['-  having'])
A('01', 'Which hospital population was the blanket study sample drawn from, and how many TKA patients did it contain?', [['Kastamonu State Hospital (N=209)', 'N=209']], ['count', 'place'])
A('01', 'Which statistical software analysed the data in the woolen and electric blanket trial?', [['SPSS 16.0']], ['name'])
A('01', 'What was the secondary outcome of the knee arthroplasty warming study?', [['end of measurement']], ['endpoint'], ['Secondary Outcome'])
A('01', 'Who was the study director of the Kastamonu post-TKA hypothermia study?', [['Fethiye ERDİL']], ['name'])

# ---------- 02 adalimumab CLASSIC II (NCT00055497)
A('02', 'What is the acronym of Abbott study M02-433 of adalimumab maintenance in Crohn\'s disease?', [['CLASSICII']], ['identifier'])
A('02', 'Which lead-in induction study did participants have to complete before entering NCT00055497?', [['NCT00055523']], ['identifier'], ['Patient must have successfully completed'])
A('02', 'How is clinical remission defined in the adalimumab Crohn\'s maintenance trial?', [['CDAI score <150', 'CDAI] score < 150 points']], ['definition'], ['Clinical remission is defined as CDAI score <150. CDAI evaluates 8'])
A('02', 'What were the three blinded treatments that remitters were randomised to in the CLASSIC II study?', [['adalimumab 40 mg every other week (eow)'], ['adalimumab 40 mg every week (ew)'], ['placebo']], ['list', 'dose'], ['randomized to receive 1 of 3 blinded treatments', 'randomized to receive 1 of 3 blinded treatments', 'randomized to receive 1 of 3 blinded treatments'])
A('02', 'What open-label dose did CLASSIC II participants not in remission receive?', [['OL adalimumab 40 mg eow']], ['dose'], ['assigned to receive'])
A('02', 'Enrollment in NCT00055497?', [['276']], ['count'], ['Enrollment'])
A('02', 'Which long-term extension study followed the first-year phase of the adalimumab Crohn\'s study, and how long did it last?', [['NCT01070303'], ['264 additional weeks']], ['identifier', 'duration'], ['lasted 264', None])
A('02', 'Primary endpoint timepoint of the adalimumab CLASSIC II maintenance trial?', [['Week 56']], ['endpoint'], ['Number of Randomized Participants Achieving Clinical Remission at Week 56 - Non-Responder Imputation'])
A('02', 'What masking did the Abbott adalimumab maintenance study use?', [['Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)', 'Quadruple']], ['definition'])
A('02', 'How is a CR-100 response defined in NCT00055497?', [['a decrease from Baseline of lead-in study (NCT00055523) in CDAI score of 100 or more points']], ['definition'], ['A CR-100 is'])
A('02', 'What is the range of IBDQ scores used in the adalimumab Crohn\'s trial?', [['32 to 224']], ['count'])
A('02', 'Upper age limit for the CLASSIC II adalimumab study?', [['75 Years']], ['count'], ['Maximum Age'])
A('02', 'Could prior infliximab users enter the adalimumab maintenance study in Crohn\'s disease?', [['Previous use of infliximab or other anti-TNF antagonists']], ['yes-no'])
A('02', 'When was the adalimumab Crohn\'s remission study NCT00055497 first submitted to ClinicalTrials.gov?', [['March 3, 2003']], ['date'])
A('02', 'Primary completion date of the CLASSIC II trial?', [['January 2005']], ['date'])
A('02', 'What brand name is listed for the study drug in NCT00055497?', [['Humira®', 'Humira']], ['name'])

# ---------- 03 interscalene block (NCT05381389)
A('03', 'How many patients took part in the Ain Shams trial of in-plane versus out-of-plane interscalene block?', [['60']], ['count'], ['Enrollment'])
A('03', 'What local anaesthetic dose was used for the interscalene block in NCT05381389?', [['20 ml of 0.5% bupivacaine']], ['dose'])
A('03', 'How much adrenaline was added to the bupivacaine for the ultrasound-guided interscalene block, and at what concentration?', [['50 μg adrenaline'], ['1:400,000']], ['dose'])
A('03', 'Primary outcome of the in-plane vs out-of-plane interscalene block study?', [['The onset of sensory block (time to C5 block)', 'onset of sensory block']], ['endpoint'])
A('03', 'What premedication did all patients receive in the interscalene block trial for arthroscopic shoulder surgery?', [['0.05 mg/kg IV midazolam hydrochloride'], ['30 mg pethidine']], ['dose', 'list'])
A('03', 'In which increments was local anaesthetic injected in the out-of-plane group of the interscalene block study?', [['10 ml increment']], ['dose'], ['Arm Description'])
A('03', 'Which ASA classes were eligible for the Ain Shams shoulder arthroscopy block trial?', [['ASA physical status I - II']], ['definition'], ['-  ASA'])
A('03', 'BMI cut-off for exclusion in NCT05381389?', [['body mass index ≥ 35 kg/m2']], ['count'])
A('03', 'How was the sensory block assessed in the interscalene block comparison?', [['pin-prick test using a 3-point scale']], ['definition'])
A('03', 'Who was blinded in the in-plane versus out-of-plane interscalene study according to the registry masking field?', [['Double (Participant, Investigator)']], ['definition'])
A('03', 'When did the Ain Shams interscalene block study start?', [['December 1, 2018']], ['date'])
A('03', 'What is the organisation study ID of the out-of-plane versus in-plane interscalene block trial?', [['FMASU R59/2018']], ['identifier'])
A('03', 'How was duration of analgesia defined in the interscalene block trial?', [['the time interval between the onset of sensory block until the first call for analgesia']], ['definition'])
A('03', 'What lidocaine dose was used for skin infiltration before the interscalene block?', [['2 ml lidocaine hydrochloride 1%']], ['dose'])

# ---------- 04 AI bile duct EUS (NCT05381064)
A('04', 'Planned enrollment for the Renmin Hospital trial of a deep learning bile duct scanning system?', [['184', '184 (Anticipated)']], ['count'], ['Enrollment'])
A('04', 'What is the intervention model of the AI-assisted EUS common bile duct stone trial?', [['Crossover Assignment']], ['definition'])
A('04', 'Primary outcome of NCT05381064?', [['Accuracy of diagnosis of common bile duct stones in patients with low and intermediate risk by novice combined with AI-assisted and expert']], ['endpoint'])
A('04', 'According to the deep learning bile duct scanning study background, how many EUS procedures does ASGE require for competence, versus ESGE?', [['225'], ['300']], ['count'], ['ASGE states', 'ASGE states'])
A('04', 'What does one episode of common bile duct stones cost according to DRG analysis cited in the Wuhan AI EUS trial?', [['$9,000']], ['amount'])
A('04', 'Which patients with suspected bile duct stones are excluded from the AI-assisted EUS study?', [['Patients at high risk of common bile duct stones']], ['definition'])
A('04', 'Who is the principal investigator of the deep learning bile duct scanning trial?', [['Yu Honggang']], ['name'])
A('04', 'Anticipated study start date of NCT05381064?', [['June 1, 2022']], ['date'], ['Study Start Date'])
A('04', 'What sequence does the first arm of the AI bile duct scanning crossover trial follow?', [['novices with AI-assisted system, Then experts without AI-assisted system']], ['definition'], ['Arm Group Label'])
A('04', 'Masking in the Wuhan deep learning EUS trial?', [['Double (Participant, Outcomes Assessor)']], ['definition'])
A('04', 'What proportion of patients with symptomatic bile duct stones have common bile duct stones, per the AI EUS study background?', [['10-20%']], ['percentage'])
A('04', 'Primary completion date planned for the Renmin Hospital deep learning EUS study?', [['December 1, 2023']], ['date'])
A('04', 'Name the secondary outcomes of NCT05381064 that concern gallstone lesions.', [['Detection rate of gallstone lesions'], ['Missed detection rate of gallstone lesions']], ['endpoint', 'list'])
A('04', 'Organization study ID for the deep learning bile duct scanning system trial?', [['EA-22-004']], ['identifier'])

# ---------- 05 cannabis and alcohol (NCT05389930)
A('05', 'What NIH grant number is listed for the Brown University study of cannabis and alcohol consumption?', [['R01AA029711']], ['identifier'])
A('05', 'Up to how many heavy drinkers will the cannabis-alcohol study at Brown enroll, and what final sample with complete data is targeted?', [['350'], ['200']], ['count'], ['to obtain the final sample', 'to obtain the final sample'])
A('05', 'THC and CBD content of the THC-dominant cannabis in NCT05389930?', [['9.53% THC and 0.09% CBD']], ['percentage', 'dose'], ['Smoked cannabis with 9.53%'])
A('05', 'How much alcohol is in the priming drink in the Brown cannabis/alcohol trial?', [['0.3 g/kg']], ['dose'], ['Drink containing'])
A('05', 'What blood alcohol level is the priming drink designed to reach, and over what time must it be drunk?', [['0.03 g/dl'], ['5 minutes']], ['dose', 'duration'])
A('05', 'Primary outcome of the cannabis impact on alcohol consumption study?', [['ml of alcohol consumed']], ['endpoint'], ['Primary Outcome'])
A('05', 'How much total plant material is smoked in the placebo arm of the cannabis-alcohol co-use trial?', [['584 mg']], ['dose'])
A('05', 'Age range eligible for NCT05389930?', [['21 to 50', 'Age 21 to 50']], ['count'], ['-  Age'])
A('05', 'Upper body weight limit for the Brown cannabis-alcohol laboratory study?', [['< 250 lbs', '250 lbs']], ['count'])
A('05', 'Which design does the Brown cannabis and alcohol study use?', [['Factorial Assignment', 'Mixed factorial design']], ['definition'], ['Intervention Model:'])
A('05', 'Who is the principal investigator of the cannabis-alcohol study at Brown?', [['Jane Metrik']], ['name'])
A('05', 'When did enrollment actually start for the cannabis and alcohol consumption trial?', [['March 16, 2023']], ['date'])
A('05', 'How long is the natural-environment smartphone assessment in the Brown cannabis-alcohol study?', [['4-week period', '4-week']], ['duration'])
A('05', 'Which NIH institute collaborates on NCT05389930?', [['National Institute on Alcohol Abuse and Alcoholism (NIAAA)', 'NIAAA']], ['name'])

# ---------- 06 IMT vs HIIT post COVID (NCT05381779)
A('06', 'At what intensity is inspiratory muscle training set in the Gazi University post-COVID trial?', [['50% of the maximal inspiratory pressure']], ['percentage', 'dose'], ['Patients in the training group will receive'])
A('06', 'What device is used for inspiratory muscle training in NCT05381779?', [['PowerBreathe®', 'PowerBreathe']], ['name'], ['Intervention Description'])
A('06', 'How long do the training programmes last in the post-COVID inspiratory muscle training versus HIIT study?', [['8 weeks']], ['duration'], ['on treadmill accompanied'])
A('06', 'Primary outcome of the Gazi post-COVID-19 exercise trial?', [['Oxygen consumption']], ['endpoint'], ['Primary Outcome'])
A('06', 'What workload is used in the active phase of high-intensity interval training for post-COVID patients at Gazi University?', [['80-100% of peak oxygen consumption']], ['percentage', 'dose'])
A('06', 'Active recovery phase intensity for the HIIT arm of NCT05381779?', [['50-60% of peak oxygen consumption']], ['percentage', 'dose'])
A('06', 'How often do HIIT participants train in the post-COVID study?', [['3 days in a week']], ['count'])
A('06', 'What does the control group in the Gazi post-COVID trial do?', [['Breathing exercises will be given to the control group 120 times in a day and 7 days in a week for 8 weeks as a home program', 'Breathing exercises']], ['definition'])
A('06', 'How many participants are planned for the inspiratory muscle training vs aerobic training post-COVID trial?', [['60']], ['count'], ['Enrollment'])
A('06', 'What starting load is used in the incremental threshold loading test in NCT05381779?', [['30% of maximal inspiratory pressure']], ['percentage'])
A('06', 'What instrument measures muscle oxygenation in the Gazi post-COVID exercise study?', [["'Moxy' muscle oxygenation device", 'Moxy']], ['name'], ['Muscle oxygenation will be measured'])
A('06', 'How is dyspnea assessed in the post-COVID inspiratory muscle training trial?', [['London Chest Activity of Daily Living scale (LCADL)', 'LCADL']], ['endpoint', 'name'])
A('06', 'BMI exclusion threshold in the Gazi post-COVID training trial?', [['Body mass index >35 kg/m2']], ['count'])
A('06', 'Anticipated primary completion date of NCT05381779?', [['June 5, 2024']], ['date'])
A('06', 'Does the Gazi post-COVID study exclude people who recently did a planned exercise programme?', [['Participated in a planned exercise program in the last three months']], ['yes-no'])

# ---------- 07 eHealth OSA (NCT05380726)
A('07', 'Primary outcome of the Lleida eHealth trial in obstructive sleep apnoea?', [['Blood pressure']], ['endpoint'], ['Primary Outcome'])
A('07', 'Which device measures blood pressure for the primary endpoint in NCT05380726?', [['Spacelabs 90217A']], ['name'])
A('07', 'What AHI range defines the moderate OSA required for the Lleida eHealth study?', [['15-30']], ['count'])
A('07', 'Planned enrollment of the eHealth obstructive sleep apnoea trial?', [['260']], ['count'], ['Enrollment'])
A('07', 'How long is the pilot of the eHealth tool algorithm in the OSA study, and how many participants will it include?', [['2 months'], ['10 participants']], ['duration', 'count'])
A('07', 'Which EU grant agreement funds the Moore4Medical OSA eHealth research?', [['H2020-ECSEL-2019-IA-876190']], ['identifier'])
A('07', 'Which hospital sleep unit recruits for the Lleida eHealth OSA study?', [['Arnau de Vilanova - Santa María Hospital']], ['place'], ['Population and sample'])
A('07', 'What questionnaire measures daytime sleepiness in NCT05380726?', [['Epworth Sleepiness Scale (ESS)', 'Epworth Sleepiness Scale']], ['endpoint', 'name'])
A('07', 'How will participants be randomised in the Lleida OSA eHealth trial?', [['simple random technique']], ['definition'])
A('07', 'What study design does the eHealth OSA protocol use?', [['Mixed-method sequential exploratory design with realist evaluation approach']], ['definition'])
A('07', 'Does previous CPAP use exclude patients from the Lleida eHealth sleep apnoea study?', [['Previous diagnosis of OSA / use of CPAP']], ['yes-no'])
A('07', 'Which questionnaire measures health-related quality of life in the OSA eHealth trial?', [['EuroQol-5D (EQ-5D)', 'EQ-5D']], ['endpoint', 'name'])
A('07', 'When is the eHealth OSA study expected to start?', [['June 1, 2023']], ['date'])
A('07', 'Who is the principal investigator of NCT05380726?', [['Fran Valenzuela-Pascual', 'Francesc Valenzuela Pascual']], ['name'])

# ---------- 08 SHR-A1811 (NCT05482568)
A('08', 'Protocol number of HengRui\'s SHR-A1811 combination study in HER2 NSCLC?', [['SHR-A1811-II-203']], ['identifier'])
A('08', 'Which drugs are combined with SHR-A1811 in Parts A and B of NCT05482568?', [['Pyrotinib'], ['SHR-1316']], ['name', 'list'], ['Part A is', 'Part A is'])
A('08', 'Planned enrollment of the SHR-A1811 phase Ib/II NSCLC trial?', [['324']], ['count'], ['Enrollment'])
A('08', 'Over what window are dose-limiting toxicities assessed in the SHR-A1811 combination study?', [['21 days after the first administration of each subject', '21 days']], ['duration'])
A('08', 'Primary endpoint of the efficacy expansion stage of the SHR-A1811 plus pyrotinib or SHR-1316 trial?', [['Objective response rate']], ['endpoint'], ['Primary Outcome'])
A('08', 'How is pyrotinib administered in NCT05482568?', [['oral', 'Pyrotinib：oral']], ['definition'], ['Intervention Description'])
A('08', 'Required ECOG score for the SHR-A1811 NSCLC trial?', [['0 or 1', 'The ECOG score is 0 or 1']], ['count'])
A('08', 'Minimum expected survival for entry into the HengRui SHR-A1811 lung cancer study?', [['≥12 weeks']], ['duration'])
A('08', 'What prior chest radiation excludes patients from the SHR-A1811 combination trial?', [['>30 Gy chest radiation within 6 months prior to initial administration']], ['dose'])
A('08', 'Does prior antibody-drug conjugate therapy exclude patients from NCT05482568?', [['Prior treatment with antibody-conjugated drugs']], ['yes-no'])
A('08', 'What free toxin is measured as a pharmacokinetic endpoint in the SHR-A1811 study?', [['shr169265']], ['name', 'endpoint'])
A('08', 'Anticipated start date of the SHR-A1811 plus pyrotinib/SHR-1316 trial?', [['August 20, 2022']], ['date'])
A('08', 'Phase of NCT05482568?', [['Phase 1/Phase 2', 'Phase IB/II']], ['definition'], ['Phase:'])

# ---------- 09 BPaL (NCT05381194)
A('09', 'What linezolid dosing does the Korean BPaL study in fluoroquinolone-resistant MDR-TB use?', [['Linezolid 600mg/day for the 9 weeks, 300mg/day afterward', '600mg/day for the 9 weeks']], ['dose'], ['Intervention Description'])
A('09', 'Bedaquiline dose in the Asan Medical Center BPaL regimen?', [['400 mg/day for the 2 weeks, 200mg/TIW afterward']], ['dose'])
A('09', 'Pretomanid dose in NCT05381194?', [['Pretomanid 200mg/day', '200mg/day']], ['dose'], ['Pretomanid 200mg/day'])
A('09', 'How long is the BPaL treatment in the Korean FQ-resistant MDR-TB trial?', [['26 weeks']], ['duration'], ['The regimen consists of only oral'])
A('09', 'Primary outcome of the BPaL pre-XDR-TB operational research trial?', [['A microbiological failure or clinical failure or relapse']], ['endpoint'], ['Primary Outcome'])
A('09', 'How long is follow-up after end of treatment for the BPaL primary endpoint?', [['12-month follow-up period after end of treatment', 'until 12 months after the end of treatment']], ['duration'])
A('09', 'Planned enrollment of the Asan BPaL study?', [['50']], ['count'], ['Enrollment'])
A('09', 'Who supplies pretomanid for NCT05381194?', [['Viatris Pharmaceutical', 'Viatris']], ['name'])
A('09', 'Minimum age for the BPaL MDR-TB trial in Korea?', [['19 Years', 'At least 19 years old']], ['count'], ['Minimum Age'])
A('09', 'Minimum body weight for the BPaL study?', [['over 35Kg', '35Kg']], ['count'])
A('09', 'What QTcF value at baseline excludes patients from the Korean BPaL trial?', [['exceeds 500 msec', '500 msec']], ['count'])
A('09', 'At which weeks is the proportion of culture-negative patients assessed in NCT05381194?', [['weeks 4, 8, 12, 16, and 26']], ['endpoint', 'list'])
A('09', 'Which prior trial is cited as showing lower linezolid doses or shorter durations appear effective and safer in the BPaL study rationale?', [['Zenix trial', 'Zenix']], ['name'])
A('09', 'Is HIV infection an exclusion criterion for the Asan Medical Center BPaL study?', [['HIV-positive']], ['yes-no'])
A('09', 'Does the Korean BPaL trial have a data monitoring committee?', [['Has Data Monitoring Committee: Yes', 'Yes']], ['yes-no'])

# ---------- 10 voriconazole + clarithromycin DDI (NCT05380245)
A('10', 'How many healthy volunteers were enrolled in the voriconazole-clarithromycin drug interaction study?', [['12']], ['count'], ['Enrollment'])
A('10', 'What randomisation technique did the Abdul Wali Khan University voriconazole DDI study use?', [['permuted block randomization']], ['definition'], ['Randomization and Drug administration'])
A('10', 'Voriconazole dose given in NCT05380245?', [['400mg', 'Dose: 400mg']], ['dose'], ['Group-A participants first received Voriconazole (alone)'])
A('10', 'Clarithromycin dose in the voriconazole pharmacokinetic interaction trial?', [['500mg']], ['dose'], ['Sequence-I'])
A('10', 'How long was the washout in the voriconazole/clarithromycin crossover study?', [['two-week wash-out period', 'two-week']], ['duration'])
A('10', 'On which day was the second phase of the voriconazole-clarithromycin crossover dosed?', [['day-16']], ['date'], ['Sequence-II'])
A('10', 'Which brand of voriconazole tablets was used in the Mardan DDI study, and what batch?', [['Vfend®'], ['00005505']], ['name', 'identifier'], ['Name of medication of Reference Formulation', None])
A('10', 'Which clarithromycin product was used in NCT05380245?', [['Tablet Klaricid', 'Klaricid']], ['name'], ['Intervention Description'])
A('10', 'Age range of the volunteers in the voriconazole-clarithromycin interaction study?', [['18-35 years']], ['count'])
A('10', 'What analytical method was developed to quantify voriconazole in plasma for the Pakistani DDI study?', [['high-performance-liquid chromatography (HPLC)', 'HPLC']], ['name'])
A('10', 'Primary pharmacokinetic endpoints of the voriconazole-clarithromycin study?', [['Plasma Concentration of voriconazole'], ['Area under the Plasma Concentration versus Time Curve (AUC) of voriconazole']], ['endpoint', 'list'], ['Primary Outcome', 'Primary Outcome'])
A('10', 'When was the voriconazole DDI study completed?', [['November 30, 2018']], ['date'])
A('10', 'How many participants were assigned to each group in NCT05380245?', [['6 participants in each study group', '6 participants']], ['count'])
A('10', 'Who approved the protocol of the voriconazole-clarithromycin interaction study?', [['Advanced Studies and Research Board (ASRB)']], ['name'])
A('10', 'With what volume of water did volunteers take the study drugs in the voriconazole-clarithromycin crossover?', [['250mL']], ['dose'])

# ---------- unanswerable
U('What was the hazard ratio for clinical remission in the adalimumab CLASSIC II maintenance study?', ['amount'], 'The record gives only the design and outcome measures; no results or hazard ratios are included.')
U('How many participants in the adalimumab CLASSIC II study were randomized to the placebo arm?', ['count'], 'Only total enrollment (276) is given; arm-level randomisation counts are not stated.')
U('What sample size and power calculation underlies the 184 patients planned in the deep learning bile duct scanning trial?', ['count'], 'The record states anticipated enrollment but gives no sample size or power assumptions.')
U('What randomization ratio and block size will be used in the AI-assisted EUS bile duct stone trial?', ['definition'], 'The record says the trial is randomized crossover but does not state ratio or block size.')
U('What power and effect size were assumed for the Brown cannabis-alcohol study sample size?', ['percentage'], 'No power calculation is given in NCT05389930; only target enrollment figures.')
U('What is the THC content of the cannabis used in the Gazi post-COVID exercise study?', ['percentage'], 'Near miss: THC percentages belong to the Brown cannabis study; the Gazi study has no cannabis.')
U('What is the recommended phase 2 dose of SHR-A1811 in the pyrotinib combination study?', ['dose'], 'The record gives routes of administration only; no SHR-A1811 dose levels or RP2D are stated.')
U('What dose of pyrotinib is given with SHR-A1811 in NCT05482568?', ['dose'], 'Only "oral" route is given for pyrotinib; no dose is stated.')
U('How many study sites will participate in the SHR-A1811 NSCLC trial?', ['count'], 'No locations or number of sites are listed in the record.')
U('What is the upfront payment HengRui received for licensing SHR-A1811?', ['amount'], 'The folder contains no licensing or deal information for SHR-A1811.')
U('What were the sample size assumptions (expected failure rate, margin) for the Korean BPaL trial?', ['percentage'], 'Enrollment of 50 is given but no sample size justification.')
U('What culture conversion rate did the ZeNix trial report, as cited in the Korean BPaL study?', ['percentage'], 'The BPaL record mentions ZeNix only qualitatively (lower/shorter linezolid appears effective and safer); no ZeNix rates are given.')
U('How many patients with pre-XDR-TB will receive 1200 mg linezolid in NCT05381194?', ['count'], 'The BPaL study uses 600 mg then 300 mg; no 1200 mg arm exists.')
U('What Cmax ratio of voriconazole with versus without clarithromycin was observed in the Mardan DDI study?', ['amount'], 'The record lists PK outcome measures but reports no results.')
U('What was the clarithromycin dose in the Asan Medical Center BPaL trial?', ['dose'], 'Clarithromycin appears in the BPaL record only as an excluded QT-prolonging drug; no dose is given.')
U('What is the phase 3 enrollment for the voriconazole-clarithromycin interaction program?', ['count'], 'The record is a single Phase 4 DDI study of 12 volunteers; no phase 3 study is described.')
U('What is the planned enrollment of the qualitative (QUAL) phase of the Lleida eHealth OSA study?', ['count'], 'The record gives 260 overall and a 10-person pilot, but no QUAL-phase sample size.')
U('What systolic blood pressure reduction is the eHealth OSA trial powered to detect?', ['amount'], 'No power calculation or target effect is given in NCT05380726.')
U('How much funding did Horizon 2020 provide to the Moore4Medical OSA study?', ['amount'], 'Funding source and grant agreement number are given, but no amount.')
U('What sample size calculation supports the 60 patients in the interscalene block trial?', ['count'], 'NCT05381389 gives 60 patients but no power calculation.')
U('What volume of ropivacaine is used for the interscalene block at Ain Shams?', ['dose'], 'The block uses bupivacaine, not ropivacaine.')
U('What was the mean onset time of sensory block in the out-of-plane group?', ['duration'], 'The record lists outcomes but not results.')
U('Which randomization method (e.g., computer-generated list, sealed envelopes) was used in the interscalene block study?', ['definition'], 'The record says patients were randomly divided but does not describe the method.')
U('What was the mean tympanic temperature at 30 minutes in the electric blanket group after TKA?', ['amount'], 'The record describes measurements but reports no numeric results.')
U('What is the ClinicalTrials.gov number of the extension study for the electric blanket knee arthroplasty trial?', ['identifier'], 'No extension study exists or is mentioned for NCT05389579.')
U('What effect size was used in the sample size calculation of the blanket TKA study?', ['amount'], 'PASS software, alpha 0.05 and 80% power are stated, but no effect size value.')
U('What is the maintenance dose of adalimumab for ulcerative colitis in the CLASSIC II study?', ['dose'], 'CLASSIC II is in Crohn\'s disease; ulcerative colitis is an exclusion criterion.')
U('How many patients were enrolled in the lead-in induction study NCT00055523?', ['count'], 'The lead-in study is referenced, but its enrollment is not stated.')
U('What was the dropout rate assumed for the Gazi post-COVID inspiratory muscle training trial?', ['percentage'], 'No dropout assumption or sample size calculation is given.')
U('What HIIT session intensity in watts is prescribed in the post-COVID study?', ['dose'], 'Intensity is given as % of peak VO2, % of peak heart rate or Borg score, not watts.')
U('What is the EudraCT number of the Lleida eHealth OSA trial?', ['identifier'], 'Only the NCT number and the organisation ID (Moore4Medical) are given.')
U('What interim analysis is planned for the Brown cannabis-alcohol study?', ['definition'], 'No interim analysis is described in NCT05389930.')
U('What monetary reinforcement per drink not consumed is paid in the Brown alcohol choice task?', ['amount'], 'The record mentions monetary reinforcement but gives no amount.')
U('What is the primary endpoint of the pivotal phase 3 trial of SHR-A1811 in HER2-mutant NSCLC?', ['endpoint'], 'Only a phase Ib/II study is in the folder; no phase 3 trial is described.')
U('What is the objective response rate reported for SHR-A1811 plus pyrotinib?', ['percentage'], 'The record is a registration without results.')
U('What were the secondary outcome time frames of the deep learning EUS trial in days?', ['duration'], 'Time frames are given only as "the time novice finished operation and expert finished operation", not in days.')
U('When was the data monitoring committee charter for the voriconazole DDI study approved?', ['date'], 'The record says there is a DMC but gives no charter date.')
U('What was the total cost of the Lleida eHealth intervention per patient?', ['amount'], 'Cost-benefit is an outcome, but no cost figure is given.')
U('What is the primary endpoint of the cannabis-alcohol study\'s ecological momentary assessment phase?', ['endpoint'], 'The only primary outcome is ml of alcohol consumed in the laboratory choice task; no EMA primary endpoint is stated.')
U('How many patients in the CLASSIC II open-label arm escalated to weekly dosing?', ['count'], 'Dose escalation is allowed but the number of escalating patients is not given.')

import random
random.seed(21)
ans = [q for q in Q if q['answerable']]
un = [q for q in Q if not q['answerable']]
# interleave: spread unanswerables
out = []
step = len(ans) / len(un)
ui = 0
for i, q in enumerate(ans):
    out.append(q)
    if ui < len(un) and (i + 1) >= (ui + 1) * step - 0.01:
        out.append(un[ui]); ui += 1
out += un[ui:]
with open(BASE + '/questions.jsonl', 'w', encoding='utf-8') as f:
    for n, q in enumerate(out, 1):
        rec = {'id': f'pt-{n:03d}', 'question': q['question'], 'answerable': q['answerable'],
               'gold_sources': q['gold_sources'], 'facts': q['facts'], 'gold_quotes': q['gold_quotes'],
               'tags': q['tags'], 'note': q['note']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(out), len(ans), len(un))
