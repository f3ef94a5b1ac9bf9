#!/usr/bin/env python3
"""Build questions.jsonl for the europe evaluation set."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'questions.jsonl')
D1 = '01_regulation_orphan-medicinal-products-141-2000.txt'
D2 = '02_implementing-regulation_orphan-criteria-847-2000.txt'
D3 = '03_regulation-excerpt_health-technology-assessment-2021-2282.txt'
D4 = '04_trial-register_masitinib-AB21004-HU.txt'
D5 = '05_trial-register_AVB-101-FTD-GRN-SE.txt'
D6 = '06_package-leaflet_kesimpta.txt'
D7 = '07_press-release_novartis-anthos-acquisition.txt'
D8 = '08_press-release_catumaxomab-ec-approval.txt'
D9 = '09_annual-report-summary_genmab-2024.txt'
D10 = '10_results-report_ascendis-fy2024.txt'
Q = []
def A(q, srcs, facts, quotes, tags):
    Q.append(dict(question=q, answerable=True, gold_sources=srcs, facts=facts, gold_quotes=quotes, tags=tags, note=''))
def U(q, tags, note):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------------- D1 orphan regulation 141/2000
A('Under Regulation (EC) No 141/2000, what prevalence ceiling does a condition have to respect for a medicine to be designated as an orphan medicinal product?',
  [D1], [['not more than five in 10 thousand persons', 'five in 10 thousand']],
  ['(a) that it is intended for the diagnosis, prevention or treatment of a life-threatening or chronically debilitating condition affecting not more than five in 10 thousand persons in the Community when the application is made, or'], ['count', 'definition'])
A('How long is the market exclusivity period for an authorised orphan medicinal product in the EU?',
  [D1], [['10 years']],
  ['the Community and the Member States shall not, for a period of 10 years, accept another application for a marketing authorisation'], ['duration'])
A('Can orphan exclusivity be cut short? If so to how many years, and at what point is this checked?',
  [D1], [['six years'], ['at the end of the fifth year']],
  ['2. This period may however be reduced to six years if, at the end of the fifth year, it is established, in respect of the medicinal product concerned, that the criteria laid down in Article 3 are no longer met, inter alia, where it is shown on the basis of available evidence that the product is sufficiently profitable not to justify maintenance of market exclusivity.'], ['duration', 'yes-no'])
A('COMP opinion timeline: how many days after a valid orphan designation application must the Committee give its opinion?',
  [D1], [['within 90 days of the receipt of a valid application', '90 days']],
  ['5. The Agency shall ensure that an opinion is given by the Committee within 90 days of the receipt of a valid application.'], ['duration'])
A('Once the Commission receives the final COMP opinion on a designation, how long does it have to adopt its decision?',
  [D1], [['within 30 days of receipt of the opinion', '30 days']],
  ['8. The Agency shall forthwith forward the final opinion of the Committee to the Commission, which shall adopt a decision within 30 days of receipt of the opinion.'], ['duration'])
A('Who sits on the Committee for Orphan Medicinal Products according to the 1999 orphan regulation?',
  [D1], [['one member nominated by each Member State'], ['three members nominated by the Commission to represent patients\' organisations'], ['three members nominated by the Commission on the basis of a recommendation from the Agency']],
  ["3. The Committee shall consist of one member nominated by each Member State, three members nominated by the Commission to represent patients' organisations and three members nominated by the Commission on the basis of a recommendation from the Agency."], ['list', 'count'])
A('What is the term of office of COMP members, and can the COMP chair be reappointed?',
  [D1], [['three years'], ['renewable once']],
  ['The members of the Committee shall be appointed for a term of three years, which shall be renewable.', '4. The Committee shall elect its Chairman for a term of three years, renewable once.'], ['duration'])
A('If the orphan committee cannot reach consensus, what majority is needed to adopt its opinion?',
  [D1], [['two-thirds']],
  ['If such a consensus cannot be reached, the opinion shall be adopted by a majority of two-thirds of the members of the Committee.'], ['percentage'])
A('A sponsor gets a negative COMP opinion on orphan designation. How long does it have to lodge grounds for appeal?',
  [D1], [['Within 90 days of receipt of the opinion', '90 days']],
  ['Within 90 days of receipt of the opinion, the sponsor may submit detailed grounds for appeal, which the Agency shall refer to the Committee.'], ['duration'])
A('Apart from the original MAH consenting, under which two conditions can a similar product still be authorised for the same indication during orphan market exclusivity?',
  [D1], [['is unable to supply sufficient quantities of the medicinal product'], ['safer, more effective or otherwise clinically superior']],
  ['(b) the holder of the marketing authorisation for the original orphan medicinal product is unable to supply sufficient quantities of the medicinal product, or', '(c) the second applicant can establish in the application that the second medicinal product, although similar to the orphan medicinal product already authorised, is safer, more effective or otherwise clinically superior.'], ['list'])
A('At what stage of development may a sponsor file for orphan designation?',
  [D1], [['at any stage of the development of the medicinal product before the application for marketing authorisation is made']],
  ['1. In order to obtain the designation of a medicinal product as an orphan medicinal product, the sponsor shall submit an application to the Agency at any stage of the development of the medicinal product before the application for marketing authorisation is made.'], ['date'])
A('What recurring reporting obligation does a sponsor of a designated orphan product have toward the Agency?',
  [D1], [['Each year'], ['a report on the state of development of the designated medicinal product']],
  ['10. Each year the sponsor shall submit to the Agency a report on the state of development of the designated medicinal product.'], ['duration'])
A('According to the recitals of Regulation 141/2000, since when have orphan drug incentives existed in the United States and in Japan?',
  [D1], [['since 1983'], ['since 1993']],
  ['incentives for the development of orphan medicinal products have been available in the United States of America since 1983 and in Japan since 1993'], ['date'])
A('By when did the Commission have to publish its general report on experience with the orphan regulation?',
  [D1], [['Before 22 January 2006', '22 January 2006']],
  ['Before 22 January 2006, the Commission shall publish a general report on the experience acquired as a result of the application of this Regulation, together with an account of the public health benefits which have been obtained.'], ['date'])
A('How does the orphan regulation define a "sponsor"?',
  [D1], [['any legal or natural person, established in the Community, seeking to obtain or having obtained the designation of a medicinal product as an orphan medicinal product']],
  ['(c) "sponsor" means any legal or natural person, established in the Community, seeking to obtain or having obtained the designation of a medicinal product as an orphan medicinal product;'], ['definition'])
A('On what grounds is a product taken off the Community Register of Orphan Medicinal Products?',
  [D1], [['at the request of the sponsor'], ['the criteria laid down in Article 3 are no longer met'], ['at the end of the period of market exclusivity']],
  ['(b) if it is established before the market authorisation is granted that the criteria laid down in Article 3 are no longer met in respect of the medicinal product concerned;', '(c) at the end of the period of market exclusivity as laid down in Article 8.'], ['list'])
A('Where and on what date was Regulation 141/2000 done?',
  [D1], [['Brussels'], ['16 December 1999']],
  ['Done at Brussels, 16 December 1999.'], ['place', 'date'])
A('What is the pre-MAA scientific advice for orphan sponsors called in Regulation 141/2000 and what can the sponsor ask the Agency about?',
  [D1], [['Protocol assistance'], ['the conduct of the various tests and trials necessary to demonstrate the quality, safety and efficacy of the medicinal product']],
  ['request advice from the Agency on the conduct of the various tests and trials necessary to demonstrate the quality, safety and efficacy of the medicinal product'], ['name'])
A('Are EMA fees waived for orphan products, and to what extent?',
  [D1], [['waive, in part or in total, all the fees']],
  ['The contribution shall be used exclusively by the Agency to waive, in part or in total, all the fees payable under Community rules adopted pursuant to Regulation (EEC) No 2309/93.'], ['yes-no'])
A('Which therapeutic indications does an orphan marketing authorisation cover?',
  [D1], [['only those therapeutic indications which fulfil the criteria set out in Article 3']],
  ['3. The marketing authorisation granted for an orphan medicinal product shall cover only those therapeutic indications which fulfil the criteria set out in Article 3.'], ['definition'])
U('What percentage fee reduction does Regulation 141/2000 grant orphan sponsors for protocol assistance requests?', ['percentage'],
  'Regulation 141/2000 (Article 7(2)) only says fees may be waived "in part or in total" through a special Community contribution; no percentage is given in any document.')
U('By how many additional years is orphan market exclusivity extended when the sponsor completes an agreed paediatric investigation plan?', ['duration'],
  'None of the documents covers the paediatric reward; the orphan regulation text included (original 1999 version) only sets 10 years, reducible to six.')
U('How many orphan designations did the Commission grant in the first year after Regulation 141/2000 applied?', ['count'],
  'The regulation and the other documents give no statistics on the number of designations granted.')

# ---------------- D2 847/2000
A('What does "significant benefit" mean for orphan designation purposes?',
  [D2], [['a clinically relevant advantage or a major contribution to patient care']],
  ['- — ‘significant benefit’ means a clinically relevant advantage or a major contribution to patient care.'], ['definition'])
A('Definition of "similar medicinal product" in Commission Regulation 847/2000?',
  [D2], [['a medicinal product containing a similar active substance or substances as contained in a currently authorised orphan medicinal product, and which is intended for the same therapeutic indication']],
  ['- (b) ‘similar medicinal product’ means a medicinal product containing a similar active substance or substances as contained in a currently authorised orphan medicinal product, and which is intended for the same therapeutic indication;'], ['definition'])
A('Two monoclonal antibodies hit the same target epitope — are they normally treated as similar active substances?',
  [D2], [['shall normally be considered similar']],
  ['Monoclonal antibodies binding to the same target epitope shall normally be considered similar.'], ['yes-no'])
A('Is a conjugated polysaccharide vaccine considered similar to a non-conjugated vaccine with the same antigen?',
  [D2], [['non-similar substance', 'No']],
  ['A conjugated polysaccharide vaccine compared to a non-conjugated polysaccharide vaccine containing the same antigen is considered a non-similar substance.'], ['yes-no'])
A('In which ways can a product be shown to be "clinically superior" to an authorised orphan medicine?',
  [D2], [['greater efficacy'], ['greater safety in a substantial portion of the target population(s)'], ['major contribution to diagnosis or to patient care']],
  ['- (2) greater safety in a substantial portion of the target population(s). In some cases direct comparative clinical trials will be necessary;', '- (3) in exceptional cases, where neither greater safety nor greater efficacy has been shown, a demonstration that the medicinal product otherwise makes a major contribution to diagnosis or to patient care.'], ['list', 'definition'])
A('For the return-on-investment route to orphan designation, over what period must expected EU sales revenues be estimated?',
  [D2], [['the first 10 years after authorisation']],
  ['- (g) an estimate and justification for the expected revenues from sales of the medicinal product in the Community during the first 10 years after authorisation;'], ['duration'])
A('Who has to certify the cost and revenue data in a return-on-investment orphan application?',
  [D2], [['a registered accountant in the Community']],
  ['- (h) all cost and revenue data shall be determined in accordance with generally accepted accounting practices and shall be certified by a registered accountant in the Community;'], ['name'])
A('When did Commission Regulation 847/2000 enter into force?',
  [D2], [['2000-04-28'], ['on the day following its adoption by the Commission']],
  ['entry_into_force: 2000-04-28', 'This Regulation shall enter into force on the day following its adoption by the Commission and shall apply from the same day.'], ['date'])
A('What kinds of differences make two gene therapy medicinal products non-similar under 847/2000?',
  [D2], [['therapeutic sequence, viral vector, transfer system, regulatory sequences or manufacturing technology']],
  ['Gene therapy medicinal products: Two gene therapy medicinal products shall not be considered similar when there are differences in the therapeutic sequence, viral vector, transfer system, regulatory sequences or manufacturing technology that significantly affect the biological characteristics and/or biological activity relevant for the intended therapeutic effect and/or safety attributes of the product.'], ['list'])
A('Can two different sponsors hold an orphan designation for the same product in the same condition?',
  [D2], [['More than one sponsor may obtain designation']],
  ['- (b) More than one sponsor may obtain designation as an orphan medicinal product for the same medicinal product intended to prevent, treat or diagnose the same disease or condition, provided that a complete application for designation as laid down by the guidelines specified in Article 5(3) is submitted in each case.'], ['yes-no'])
A('Does an autologous vs allogeneic starting material difference alone make two cell-based ATMPs non-similar?',
  [D2], [['is not sufficient to support a claim that two products are non-similar']],
  ['The different source of the starting materials (e.g. as in the case of autologous ATMPs) is not sufficient to support a claim that two products are non-similar, or'], ['yes-no'])
A('If an already authorised medicine gets an orphan designation for a new indication, what kind of marketing authorisation does the MAH need?',
  [D2], [['a separate marketing authorisation which will cover only the orphan indication(s)']],
  ['In this case, the marketing authorisation holder shall apply for a separate marketing authorisation which will cover only the orphan indication(s).'], ['definition'])
U('Within how many days must the COMP conclude a similarity assessment under Commission Regulation 847/2000?', ['duration'],
  'Regulation 847/2000 defines similarity and clinical superiority but sets no procedural time limit for a similarity assessment.')

# ---------------- D3 HTA regulation
A('From what date does the EU HTA Regulation (EU) 2021/2282 apply?',
  [D3], [['12 January 2025']],
  ['2. It shall apply from 12 January 2025.'], ['date'])
A('When do designated orphan medicines become subject to EU joint clinical assessments?',
  [D3], [['13 January 2028']],
  ['- (b) 13 January 2028, for medicinal products which are designated as orphan medicinal products pursuant to Regulation (EC) No 141/2000 of the European Parliament and of the Council;'], ['date'])
A('JCA scope: from when are all other centrally authorised medicines (not cancer NAS, ATMP or orphan) covered?',
  [D3], [['13 January 2030']],
  ['- (c) 13 January 2030, for medicinal products referred to in paragraph 1 other than those referred to in points (a) and (b) of this paragraph.'], ['date'])
A('Which medicines are in the first wave of joint clinical assessments starting 12 January 2025?',
  [D3], [['new active substance for which the therapeutic indication is the treatment of cancer'], ['advanced therapy medicinal products']],
  ['- (a) 12 January 2025, for medicinal products with new active substances for which the applicant declares in its application for authorisation submitted to the European Medicines Agency that it contains a new active substance for which the therapeutic indication is the treatment of cancer and medicinal products which are regulated as advanced therapy medicinal products pursuant to Regulation (EC) No 1394/2007 of the European Parliament and of the Council;'], ['list'])
A('How does the HTA Coordination Group vote when it cannot reach consensus?',
  [D3], [['a simple majority of the Member States'], ['Each Member State shall have one vote']],
  ['Where consensus cannot be reached, the adoption of a decision shall require the support of members representing a simple majority of the Member States.', 'Each Member State shall have one vote.'], ['definition'])
A('Deadlines for the Coordination Group\'s annual work programme and annual report?',
  [D3], [['at the latest by 30 November'], ['at the latest by 28 February']],
  ['1. The Coordination Group shall adopt each year, at the latest by 30 November, an annual work programme and subsequently amend it if necessary.', '4. The Coordination Group shall adopt each year, at the latest by 28 February, its annual report.'], ['date'])
A('How many HTA domains did the EUnetHTA Joint Actions identify, and how are they split between clinical and non-clinical?',
  [D3], [['nine domains'], ['four are clinical'], ['five are non-clinical']],
  ['Of these nine domains, four are clinical and five are non-clinical.'], ['count'])
A('How does Regulation 2021/2282 define health technology assessment?',
  [D3], [['a multidisciplinary process that summarises information about the medical, patient and social aspects and the economic and ethical issues related to the use of a health technology in a systematic, transparent, unbiased and robust manner']],
  ['- (5) ‘health technology assessment’ or ‘HTA’ means a multidisciplinary process that summarises information about the medical, patient and social aspects and the economic and ethical issues related to the use of a health technology in a systematic, transparent, unbiased and robust manner;'], ['definition'])
A('What share of Union GDP does healthcare expenditure represent according to the HTA Regulation recitals?',
  [D3], [['10 %']],
  ['Health technologies constitute an innovative sector of the economy and form part of an overall market for healthcare expenditure that accounts for 10 % of Union gross domestic product.'], ['percentage'])
A('Entry into force of the HTA Regulation?',
  [D3], [['2022-01-11'], ['on the twentieth day following that of its publication']],
  ['entry_into_force: 2022-01-11', '1. This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.'], ['date'])
A('By what date must Member States report to the Commission on how they applied the HTA Regulation?',
  [D3], [['No later than 13 January 2027', '13 January 2027']],
  ['2. No later than 13 January 2027, Member States shall report to the Commission on the application of this Regulation and, in particular, on the consideration of joint work pursuant to Chapter II in their national HTA processes, including the way joint clinical assessment reports have been considered when carrying out national HTAs pursuant to Article 13(2), and the workload of the Coordination Group.'], ['date'])
A('Which device classes can be selected for joint clinical assessment under the HTA Regulation?',
  [D3], [['class IIb or III'], ['class D']],
  ['- (c) medical devices classified as class IIb or III pursuant to Article 51 of Regulation (EU) 2017/745 for which the relevant expert panels have provided a scientific opinion in the framework of the clinical evaluation consultation procedure pursuant to Article 54 of that Regulation, and subject to selection pursuant to paragraph 4 of this Article;', '- (d) in vitro diagnostic medical devices classified as class D pursuant to Article 47 of Regulation (EU) 2017/746 for which the relevant expert panels have provided their views in the framework of the procedure pursuant to Article 48(6) of that Regulation, and subject to selection pursuant to paragraph 4 of this Article.'], ['list'])
A('Does the EU HTA Regulation take over national pricing and reimbursement decisions?',
  [D3], [['No', 'shall not interfere with the exclusive national competence of Member States']],
  ['It shall not interfere with the exclusive national competence of Member States, including those for national pricing and reimbursement decisions, or affect any other competences which concern Member States’ management and delivery of health services or medical care or the allocation of resources assigned to them.'], ['yes-no'])
A('Who provides the secretariat for the HTA Coordination Group?',
  [D3], [['The Commission']],
  ['The Commission shall act as the secretariat of the Coordination Group and support its work in accordance with Article 28.'], ['name'])
A('What parameters make up the "assessment scope" of a joint clinical assessment?',
  [D3], [['patient population, intervention, comparators and health outcomes']],
  ['- (9) ‘assessment scope’ means the set of parameters for joint clinical assessment in terms of patient population, intervention, comparators and health outcomes requested jointly by Member States.'], ['definition', 'list'])
A('Which provision of Directive 2011/24/EU does the HTA Regulation delete?',
  [D3], [['Article 15']],
  ['1. Article 15 of Directive 2011/24/EU is deleted.'], ['identifier'])
A('Where was the HTA Regulation signed and who signed for the European Parliament?',
  [D3], [['Strasbourg'], ['D. M. SASSOLI']],
  ['Done at Strasbourg, 15 December 2021.', 'D. M. SASSOLI'], ['place', 'name'])
A('Per Annex I of the HTA Regulation, what is the first item a medicinal product JCA dossier must contain?',
  [D3], [['the clinical safety and efficacy data included in the submission file to the European Medicines Agency']],
  ['- (a) the clinical safety and efficacy data included in the submission file to the European Medicines Agency;'], ['list'])
U('What fee does a health technology developer pay for a joint scientific consultation under Regulation (EU) 2021/2282?', ['amount'],
  'The HTA excerpt sets no fee amount; the part discussing a possible future fee-paying mechanism is not included, and no fee is stated anywhere.')
U('How many joint clinical assessments were planned in the Coordination Group\'s 2025 work programme?', ['count'],
  'Article 6 only describes what the annual work programme must contain; no actual planned number is given in any document.')
U('Which Member State currently chairs the HTA Coordination Group?', ['name', 'place'],
  'Article 3(6) says the chair and co-chair are elected members from different Member States, but no name or country is given.')

# ---------------- D4 masitinib EUCTR
A('What is the sponsor protocol code of the masitinib Alzheimer phase 3 trial?',
  [D4], [['AB21004']],
  ["Sponsor's Protocol Code Number: AB21004"], ['identifier'])
A('EudraCT number for AB Science\'s masitinib add-on study in mild to moderate Alzheimer\'s disease?',
  [D4], [['2021-002179-21']],
  ['A.2 EudraCT number: 2021-002179-21'], ['identifier'])
A('How many subjects are planned in the whole masitinib AB21004 trial and how many in the EEA?',
  [D4], [['600'], ['480']],
  ['F.4.2.2 In the whole clinical trial: 600', 'F.4.2.1 In the EEA: 480'], ['count'])
A('What are the primary endpoints of the masitinib Alzheimer trial and at which timepoint?',
  [D4], [['ADCS-ADL'], ['ADAS-Cog'], ['week 24']],
  ['•\tAbsolute change from baseline in ADCS-ADL score at week 24', '•\tAbsolute change from baseline in ADAS-Cog score at week 24'], ['endpoint'])
A('Key secondary endpoint in AB21004?',
  [D4], [['Time to severe dementia (MMSE<10)']],
  ['•\tTime to severe dementia (MMSE<10)'], ['endpoint'])
A('Which tablet strengths of masitinib are used as IMPs in AB21004?',
  [D4], [['100'], ['200']],
  ['D.3.10.3 Concentration number: 100', 'D.3.10.3 Concentration number: 200'], ['dose'])
A('MMSE window for inclusion in the masitinib trial?',
  [D4], [['MMSE ≥ 14 and ≤ 25']],
  ['3.\tPatient with MMSE ≥ 14 and ≤ 25 at screening visit and baseline visit'], ['count'])
A('How many sites are anticipated in Hungary and across the EEA for AB21004?',
  [D4], [['5'], ['155']],
  ['E.8.4.1 Number of sites anticipated in Member State concerned: 5', 'E.8.5.1 Number of sites anticipated in the EEA: 155'], ['count'])
A('When did the Hungarian competent authority and the ethics committee decide on the masitinib trial?',
  [D4], [['2022-09-22'], ['2022-09-20']],
  ['N. Date of Competent Authority Decision: 2022-09-22', 'N. Date of Ethics Committee Opinion: 2022-09-20'], ['date'])
A('Masitinib sponsor contact address?',
  [D4], [['3 avenue George V'], ['Paris'], ['75008']],
  ['B.5.3.1 Street Address: 3 avenue George V', 'B.5.3.2 Town/ city: Paris'], ['place'])
A('How many treatment arms does AB21004 have and is it double blind?',
  [D4], [['2'], ['Yes']],
  ['E.8.2.4 Number of treatment arms in the trial: 2', 'E.8.1.4 Double blind: Yes'], ['count', 'yes-no'])
A('Initial estimated duration of the masitinib trial?',
  [D4], [['2']],
  ['E.8.9.2 In all countries concerned by the trial years: 2'], ['duration'])
A('Does masitinib hold an EU orphan designation in the Alzheimer indication studied in AB21004?',
  [D4], [['No']],
  ['D.2.5 The IMP has been designated in this indication as an orphan drug in the Community: No'], ['yes-no'])
A('CAS number of masitinib mesilate in the EU trial record?',
  [D4], [['790299-79-5']],
  ['D.3.9.1 CAS number: 790299-79-5'], ['identifier'])
A('Which background standard-of-care therapies are listed as comparators in the masitinib study?',
  [D4], [['cholinesterase inhibitors (donepezil, rivastigmine, or galantamine), memantine']],
  ['E.8.2.3.1 Comparator description: cholinesterase inhibitors (donepezil, rivastigmine, or galantamine), memantine'], ['list'])
A('Minimum age for enrolment in the masitinib AD trial?',
  [D4], [['≥50 years of age']],
  ['8.\tMale or non-pregnant female adult ≥50 years of age at time of enrolment at screening visit'], ['count'])
A('When was the masitinib trial first entered in the EudraCT database (Hungary record)?',
  [D4], [['2022-07-25']],
  ['Date on which this record was first entered in the EudraCT database: 2022-07-25'], ['date'])
A('How long must patients have been on a stable dose of cholinesterase inhibitors and/or memantine before entering AB21004?',
  [D4], [['a minimum of 6 months']],
  ['5.\tPatients treated for a minimum of 6 months with a stable dose of cholinesterase inhibitors (donepezil, rivastigmine or galantamine) at baseline visit, and/or a stable dose of memantine for a minimum of 6 months at baseline visit, with no changes foreseen in therapy throughout the study'], ['duration'])
A('Age split of planned subjects in AB21004 — how many adults 18-64 versus elderly?',
  [D4], [['24'], ['576']],
  ['F.1.2.1 Number of subjects for this age range: 24', 'F.1.3.1 Number of subjects for this age range: 576'], ['count'])
A('Which company sponsors the masitinib Alzheimer trial and in which country is it based?',
  [D4], [['AB Science'], ['France']],
  ['B.1.1 Name of Sponsor: AB Science', 'B.1.3.4\tCountry: France'], ['name', 'place'])
U('What daily dose of masitinib in mg/kg/day is tested in AB21004?', ['dose'],
  'The EU register record only gives the tablet strengths (100 mg and 200 mg); no mg/kg daily dose regimen is stated.')
U('Did AB21004 meet its co-primary endpoints?', ['endpoint', 'yes-no'],
  'The record lists the trial as ongoing and contains no results.')
U('Who is the principal investigator for the masitinib trial in Hungary?', ['name'],
  'Section G (investigator networks) is empty and no investigator name is given; only the sponsor contact (Alain Moussy, AB Science) is listed.')
U('What is the planned end-of-trial date for AB21004?', ['date'],
  'The record gives only an estimated duration (2 years) and "End of Trial Status: Ongoing"; no end date is stated.')

# ---------------- D5 AVB-101 EUCTR
A('What is the EU orphan designation number of AVB-101?',
  [D5], [['EMA/OD/0000068610']],
  ['D.2.5.1 Orphan drug designation number: EMA/OD/0000068610'], ['identifier'])
A('What exactly is AVB-101 according to its EU trial record?',
  [D5], [['Recombinant AAV-9 vector expressing the human progranulin protein']],
  ['D.3.1 Product name: Recombinant AAV-9 vector expressing the human progranulin protein'], ['name'])
A('How is AVB-101 administered?',
  [D5], [['Bilateral Intrathalamic Infusion', 'bilateral, intrathalamic administration'], ['Intracerebral use']],
  ['A.3 Full title of the trial: A Phase 1/2 Open-Label, Ascending Dose, Multicenter Study to Evaluate the Safety and Preliminary Efficacy of AVB-101 Administered by Bilateral Intrathalamic Infusion in Subjects With Frontotemporal Dementia With Progranulin Mutations (FTD-GRN)', 'Intracerebral use'], ['name'])
A('Concentration of the AVB-101 solution for infusion in the Swedish record?',
  [D5], [['1.0E13'], ['vector genomes (vg)/mL']],
  ['D.3.10.3 Concentration number: 1.0E13', 'D.3.10.1 Concentration unit: vector genomes (vg)/mL'], ['dose'])
A('Planned enrolment for the AVB-PGRN-001 study: whole trial and EEA?',
  [D5], [['9'], ['6']],
  ['F.4.2.2 In the whole clinical trial: 9', 'F.4.2.1 In the EEA: 6'], ['count'])
A('Over what follow-up period are the AVB-101 primary safety endpoints assessed?',
  [D5], [['26 weeks and 5 years']],
  ['E.5.1.1 Timepoint(s) of evaluation of this end point: 26 weeks and 5 years'], ['duration', 'endpoint'])
A('Age range for inclusion in the AVB-101 FTD-GRN trial?',
  [D5], [['30 to 75 years of age']],
  ['1.\tAre male or female, 30 to 75 years of age, inclusive, at Screening;'], ['count'])
A('What minimum thalamic volume must patients have on screening MRI for AVB-101?',
  [D5], [['≥5.0 cm3 on each side', '5.0 cm3 on each side']],
  ['5.\tHave a thalamic volume of ≥5.0 cm3 on each side on Screening magnetic resonance imaging (MRI);'], ['count'])
A('When did the Swedish MPA authorise the AVB-101 trial and when was the ethics opinion issued?',
  [D5], [['2023-04-13'], ['2023-06-16']],
  ['N. Date of Competent Authority Decision: 2023-04-13', 'N. Date of Ethics Committee Opinion: 2023-06-16'], ['date'])
A('Who is the sponsor of AVB-PGRN-001 and which CRO is the contact point?',
  [D5], [['AviadoBio Ltd'], ['Medpace']],
  ['B.1.1 Name of Sponsor: AviadoBio Ltd', 'B.5.1 Name of organisation: Medpace'], ['name'])
A('Can patients on antiplatelet drugs enter the AVB-101 study?',
  [D5], [['at least 48 hours prior to treatment']],
  ['15.\tAre using anticoagulants at Screening, or will have an anticipated need during the period of treatment. Antiplatelet therapies are acceptable concomitant medications if they can be stopped at least 48 hours prior to treatment;'], ['yes-no', 'duration'])
A('Initial estimated total duration of the AVB-101 trial?',
  [D5], [['6']],
  ['E.8.9.2 In all countries concerned by the trial years: 6'], ['duration'])
A('Is AVB-101 a first-in-human study and what phase?',
  [D5], [['First administration to humans: Yes'], ['Phase 1/2']],
  ['E.7.1.1 First administration to humans: Yes'], ['yes-no'])
A('AVB-101 runs both inside and outside the EEA — which non-EEA countries are listed for trial sites?',
  [D5], [['United Kingdom'], ['United States']],
  ['United Kingdom', 'United States'], ['list', 'place'])
U('What vector genome doses per hemisphere are given in each AVB-101 ascending-dose cohort?', ['dose'],
  'The record gives only a concentration (1.0E13 vg/mL) and describes an ascending-dose design; no cohort doses are stated.')
U('On what date was the first patient dosed with AVB-101?', ['date'],
  'No first-patient-in date appears; the record only gives authorisation and ethics opinion dates.')

# ---------------- D6 Kesimpta leaflet
A('Kesimpta — who is the marketing authorisation holder?',
  [D6], [['Novartis Ireland Limited']],
  ['Marketing Authorisation Holder Novartis Ireland Limited Vista Building Elm Park, Merrion Road Ballsbridge Dublin 4 Ireland'], ['name'])
A('Describe the Kesimpta dosing schedule.',
  [D6], [['20 mg'], ['Week 0'], ['no injection in the following week (Week 3)', 'Week 3 No injection'], ['every month']],
  ['- The initial dosing is 20 mg Kesimpta administered on the first day of treatment (Week 0) and after 1 and 2 weeks (Week 1 and Week 2). After these first 3 injections, there is no injection in the following week (Week 3).', '- Starting at Week 4 and then every month, the recommended dose is 20 mg Kesimpta.'], ['dose'])
A('How long before starting Kesimpta should live or live-attenuated vaccines be given, and other vaccines?',
  [D6], [['at least 4 weeks'], ['at least 2 weeks']],
  ['If you need a type of vaccine called a live or live-attenuated vaccine, it should be given at least 4 weeks before you start Kesimpta treatment.', 'Other types of vaccines should be given at least 2 weeks before you start Kesimpta treatment.'], ['duration'])
A('How long after stopping Kesimpta should women avoid pregnancy?',
  [D6], [['6 months']],
  ['Pregnancy You should avoid becoming pregnant while using Kesimpta and for 6 months after you stop using it.'], ['duration'])
A('Can Kesimpta be kept outside the fridge? For how long and at what max temperature?',
  [D6], [['up to 7 days'], ['not above 30 C']],
  ['If necessary, Kesimpta can be left out of the refrigerator for a single period of up to 7 days at room temperature (not above 30 C).'], ['duration', 'yes-no'])
A('What is Kesimpta indicated for?',
  [D6], [['relapsing forms of multiple sclerosis (RMS)']],
  ['What Kesimpta is used for Kesimpta is used to treat adults with relapsing forms of multiple sclerosis (RMS).'], ['name'])
A('What is the molecular target of ofatumumab in the Kesimpta leaflet?',
  [D6], [['CD20']],
  ['How Kesimpta works Kesimpta works by attaching to a target called CD20 on the surface of B cells.'], ['name'])
A('EU marketing authorisation number(s) for the Kesimpta leaflet?',
  [D6], [['EU/1/21/1532/001-004']],
  ['identifier.value = "EU/1/21/1532/001-004"'], ['identifier'])
A('Where is Kesimpta manufactured (batch release sites)?',
  [D6], [['Nuremberg'], ['Barcelona']],
  ['Manufacturer Novartis Pharma GmbH Roonstrasse 90429 Nuremberg Germany', 'Novartis Farmac utica, S.A. Gran Via de les Corts Catalanes, 08013 Barcelona Spain'], ['place'])
A('Kesimpta pack sizes?',
  [D6], [['unit packs containing 1 pre-filled syringe'], ['multipacks comprising 3 cartons']],
  ['Kesimpta is available in unit packs containing 1 pre-filled syringe and in multipacks comprising 3 cartons, each containing 1 pre-filled syringe.'], ['count'])
A('Which infections are listed as very common side effects of Kesimpta?',
  [D6], [['upper respiratory tract infections'], ['urinary tract infections']],
  ['- upper respiratory tract infections, with symptoms such as sore throat and runny nose', '- urinary tract infections'], ['list'])
A('Is Kesimpta approved for under-18s?',
  [D6], [['below 18 years of age']],
  ['Children and adolescents Do not give this medicine to children and adolescents below 18 years of age because Kesimpta has not yet been studied in this age group.'], ['yes-no'])
A('How much ofatumumab is in each Kesimpta pre-filled syringe?',
  [D6], [['20 mg ofatumumab']],
  ['- The active substance is ofatumumab. Each pre-filled syringe contains 20 mg ofatumumab.'], ['dose'])
A('What is the sodium content statement for Kesimpta?',
  [D6], [['less than 1 mmol sodium (23 mg) per dose']],
  ['Kesimpta contains sodium This medicine contains less than 1 mmol sodium (23 mg) per dose, that is to say essentially sodium- free .'], ['amount'])
A('What should a patient do if a Kesimpta injection is missed?',
  [D6], [['inject yourself as soon as possible'], ['Do not wait until the next scheduled dose']],
  ['If you have forgotten an injection of Kesimpta, inject yourself as soon as possible.', 'Do not wait until the next scheduled dose.'], ['dose'])
U('What is the list price of a Kesimpta pre-filled syringe in Ireland?', ['amount'],
  'The package leaflet contains no price information and no other document mentions Kesimpta pricing.')
U('By how much did Kesimpta reduce the annualised relapse rate versus teriflunomide in its pivotal trials?', ['percentage', 'endpoint'],
  'The patient leaflet gives no clinical trial efficacy results; no document reports Kesimpta trial data.')

# ---------------- D7 Novartis / Anthos
A('What upfront payment and milestone payments did Novartis agree for Anthos Therapeutics?',
  [D7], [['USD 925 million'], ['up to USD 2.15 billion']],
  ['Under the terms of the agreement, Novartis will make an upfront payment of USD 925 million upon closing of the transaction, subject to certain customary adjustments, and potential additional payments of up to USD 2.15 billion upon achievement of specified regulatory and sales milestones.'], ['amount'])
A('When is the Novartis–Anthos deal expected to close?',
  [D7], [['in the first half of 2025']],
  ['- Transaction expected to close in the first half of 2025, subject to customary closing conditions'], ['date'])
A('Who launched Anthos Therapeutics and in what year?',
  [D7], [['Blackstone Life Sciences and Novartis'], ['2019']],
  ['Anthos Therapeutics, launched by Blackstone Life Sciences and Novartis in 2019, has advanced abelacimab through clinical development under a license from Novartis.'], ['name', 'date'])
A('What is abelacimab and what does it target?',
  [D7], [['fully human monoclonal antibody'], ['Factor XI']],
  ['Abelacimab is a novel, investigational, highly selective, fully human monoclonal antibody that binds tightly to Factor XI to block its activation and prevent the generation of the activated form (Factor XIa).'], ['name'])
A('How many Phase 3 trials of abelacimab are ongoing and which are they?',
  [D7], [['Three Phase 3 clinical trials'], ['LILAC-TIMI 76'], ['ASTER'], ['MAGNOLIA']],
  ['Three Phase 3 clinical trials are ongoing for patients at risk of arterial and venous clots, one in patients with atrial fibrillation (LILAC-TIMI 763) and two in cancer associated thrombosis (ASTER4) and (MAGNOLIA5).'], ['count', 'list'])
A('When did abelacimab get its two FDA Fast Track designations?',
  [D7], [['July 2022'], ['September 2022']],
  ['In July 2022 abelacimab received a Fast Track Designation from the FDA for the treatment of thrombosis associated with cancer.', 'In September 2022 abelacimab was also granted a Fast Track Designation for the prevention of stroke and systemic embolism in patients with atrial fibrillation.'], ['date'])
A('Where is Anthos Therapeutics based?',
  [D7], [['Boston-based', 'Boston']],
  ['Basel, February 11, 2025 – Novartis today announced that it has entered into an agreement to acquire Anthos Therapeutics, Inc., a Boston-based, privately held, clinical-stage biopharmaceutical company with abelacimab, a late-stage medicine in development for the prevention of stroke and systemic embolism in patients with atrial fibrillation.'], ['place'])
A('Who at Novartis is quoted as President, Development and Chief Medical Officer in the Anthos release?',
  [D7], [['Shreeram Aradhye']],
  ['said Shreeram Aradhye, M.D., President, Development and Chief Medical Officer, Novartis'], ['name'])
A('ClinicalTrials.gov number of the LILAC-TIMI 76 trial?',
  [D7], [['NCT05712200']],
  ['3. ClinicalTrials.gov. NCT05712200.'], ['identifier'])
A('What was the lead indication for abelacimab?',
  [D7], [['prevention of stroke and systemic embolism in patients with atrial fibrillation']],
  ['- Abelacimab is currently in Phase 3 development, with the lead indication for prevention of stroke and systemic embolism in patients with atrial fibrillation'], ['name'])
A('How many people do Novartis medicines reach according to the boilerplate?',
  [D7], [['more than 250 million people']],
  ['Our medicines reach more than 250 million people worldwide.'], ['count'])
U('What royalty rate will Novartis pay on future abelacimab net sales under the Anthos deal?', ['percentage'],
  'The deal is an acquisition with an upfront payment and up to USD 2.15 billion in milestones; no royalty rate is mentioned.')
U('How is the USD 2.15 billion in Anthos milestones split between regulatory and sales milestones?', ['amount'],
  'The release only says the payments are tied to "specified regulatory and sales milestones" without a split.')
U('How many patients are enrolled in LILAC-TIMI 76?', ['count'],
  'The press release cites the trial and its NCT number but gives no enrolment figure.')

# ---------------- D8 catumaxomab
A('Under what brand name did catumaxomab receive its CHMP positive opinion, and on what day?',
  [D8], [['KORJUNY'], ['17th October']],
  ['On 17th October Lindis Biotech GmbH received a positive opinion from the Committee for Medicinal Products for Human Use (CHMP) with the brand name KORJUNY®.'], ['name', 'date'])
A('For which patients is catumaxomab approved?',
  [D8], [['malignant ascites'], ['epithelial cellular adhesion molecule (EpCAM)-positive carcinomas'], ['not eligible for other systemic anticancer therapies']],
  ['Catumaxomab, a first-in-class therapeutic, is specifically designed to treat malignant ascites in adults with certain types of cancer (epithelial cellular adhesion molecule (EpCAM)-positive carcinomas) who are not eligible for other systemic anticancer therapies.[i]'], ['name'])
A('History of Removab: when was it first authorised in the EU and when was it withdrawn?',
  [D8], [['20 April 2009'], ['2 June 2017'], ['since 2014']],
  ['Catumaxomab was originally granted marketing authorisation under the brand name Removab in the EU on 20 April 2009 for treatment of malignant ascites in adults with EpCAM-positive carcinomas where standard therapy is not available or no longer feasible.', 'The product has not been marketed since 2014 and on 2 June 2017 the product was withdrawn from the EU due to commercial reasons.'], ['date'])
A('Who holds the commercial rights to catumaxomab in Europe and under what kind of deal?',
  [D8], [['Pharmanovia'], ['exclusive rights'], ['licensing agreement']],
  ['Under a licensing agreement, LINDIS has granted Pharmanovia the exclusive rights to bring catumaxomab to market and spearhead its launch across Europe.'], ['name'])
A('Which two antigens does catumaxomab bind?',
  [D8], [['EpCAM'], ['CD3']],
  ['Catumaxomab effectively destroys cancer cells by attaching to two antigens: EpCAM and CD3 to form a bridge between the cancer cells and the T-cells.'], ['name'])
A('Registered address of Lindis Biotech GmbH?',
  [D8], [['Zeppelinstr. 4'], ['82178 Puchheim']],
  ['Zeppelinstr. 4', '82178 Puchheim'], ['place'])
A('EQS News ID of the catumaxomab approval announcement?',
  [D8], [['2085515']],
  ['EQS News ID: | 2085515'], ['identifier'])
A('In how many countries does Pharmanovia have teams and what are its core therapeutic areas?',
  [D8], [['over 160 countries'], ['Endocrinology, Neurology, Cardiovascular and Oncology']],
  ['With a diverse and growing team in over 160 countries across the globe, we deliver high-quality solutions, ethically and sustainably, across our four core therapeutic areas – Endocrinology, Neurology, Cardiovascular and Oncology both in rare and established diseases or conditions.'], ['count', 'list'])
A('Who is CEO of Lindis Biotech?',
  [D8], [['Dr. Horst Lindhofer']],
  ['Dr. Horst Lindhofer, Chief Executive Officer of Lindis Biotech, added: "We are delighted to receive marketing approval for catumaxomab.'], ['name'])
A('What antibody class/platform does Lindis develop?',
  [D8], [['Triomab® antibodies'], ['T-cell engaging bispecific trifunctional antibodies']],
  ['Lindis Biotech is a clinical stage bio-pharmaceutical company that is committed to the development of Triomab® antibodies – a new class of T-cell engaging bispecific trifunctional antibodies, empowering the immune system to turn malignant cancers into manageable and possibly curable diseases.'], ['name'])
U('What upfront payment did Pharmanovia pay Lindis Biotech for the European catumaxomab rights?', ['amount'],
  'The release mentions a licensing agreement granting exclusive rights but discloses no financial terms.')
U('On what date did the European Commission issue the marketing authorisation decision for Korjuny?', ['date'],
  'The release (dated 13 February 2025) says the EC granted approval and gives the CHMP opinion day ("17th October") but no EC decision date.')
U('What is the recommended dosing regimen of Korjuny (intraperitoneal infusions, doses in micrograms)?', ['dose'],
  'No posology information for catumaxomab is given in any document.')

# ---------------- D9 Genmab
A('Genmab total revenue 2024 (DKK) and growth vs 2023?',
  [D9], [['DKK 21,526 million'], ['31%']],
  ['Genmab’s revenue was DKK 21,526 million in 2024 compared to DKK 16,474 million in 2023.', 'The increase of DKK 5,052 million, or 31%, was primarily driven by higher DARZALEX and Kesimpta royalties achieved under our collaborations with J&J and Novartis, respectively.'], ['amount', 'percentage'])
A('How much royalty revenue did Genmab book in 2024?',
  [D9], [['DKK 17,352 million']],
  ['Royalty revenue amounted to DKK 17,352 million in 2024 compared to DKK 13,705 million in 2023.'], ['amount'])
A('DARZALEX net sales by J&J in 2024 according to Genmab?',
  [D9], [['USD 11,670 million']],
  ['Net sales of DARZALEX® by J&J were USD 11,670 million in 2024 compared to USD 9,744 million in 2023.'], ['amount'])
A('Genmab operating profit 2024 in DKK?',
  [D9], [['DKK 6,703 million']],
  ['Operating profit was DKK 6,703 million in 2024 compared to DKK 5,321 million in 2023, an increase of DKK 1,382 million, or 26%.'], ['amount'])
A('What revenue range does Genmab guide for 2025?',
  [D9], [['USD 3.3 – 3.7 billion', '3,340 - 3,660']],
  ['Genmab expects its 2025 revenue to be in the range of USD 3.3 – 3.7 billion, compared to USD 3.1 billion in 2024.'], ['amount'])
A('Genmab milestones/reimbursement revenue: 2024 actual and 2025 guidance?',
  [D9], [['290'], ['140 - 185']],
  ['Milestones/Reimbursement revenue | 290 | 140 - 185 | 162 | -2% | -44%'], ['amount'])
A('Global EPKINLY/TEPKINLY net sales in 2024?',
  [D9], [['USD 281 million']],
  ['Global net sales of EPKINLY/TEPKINLY were USD 281 million in 2024.'], ['amount'])
A('How many new colleagues did Genmab add in 2024?',
  [D9], [['over 600 new colleagues']],
  ['- Continued development of Genmab’s broader organizational infrastructure with the addition of over 600 new colleagues'], ['count'])
A('What share of Tivdak gross profit is included in Genmab collaboration revenue?',
  [D9], [['50% gross profit share']],
  ['Net product sales and collaboration revenue consists of EPKINLY net product sales in the U.S. and Japan, and Tivdak (50% gross profit share).'], ['percentage'])
A('Genmab registered address and CVR number?',
  [D9], [['Carl Jacobsens Vej 30'], ['2500 Valby'], ['2102 3884']],
  ['CVR no. 2102 3884', 'Carl Jacobsens Vej 30'], ['place', 'identifier'])
A('What DARZALEX net sales does Genmab assume for 2025 and what DARZALEX royalty does that imply at midpoint?',
  [D9], [['USD 12.6 – 13.4 billion'], ['approximately USD 2.2 billion']],
  ['Such royalties are based on estimated DARZALEX 2025 net sales of USD 12.6 – 13.4 billion compared to actual net sales in 2024 of USD 11.7 billion.', 'Genmab’s projected revenue for 2025 primarily consists of DARZALEX royalties of approximately USD 2.2 billion at the midpoint.'], ['amount'])
A('Which company did Genmab acquire in 2024 and what key asset came with it?',
  [D9], [['ProfoundBio'], ['rinatabart sesutecan (Rina-S™)', 'Rina-S']],
  ['- Acquisition of ProfoundBio Inc. (ProfoundBio), granting Genmab worldwide rights to multiple candidates in development (including rinatabart sesutecan (Rina-S™)) plus ProfoundBio’s novel antibody-drug conjugate (ADC) technology platforms'], ['name'])
A('2025 operating expense guidance of Genmab?',
  [D9], [['USD 2.1 – 2.2 billion']],
  ['Genmab anticipates its 2025 operating expenses to be in the range of USD 2.1 – 2.2 billion, compared to USD 2.0 billion in 2024.'], ['amount'])
A('What is Genmab\'s LEI code?',
  [D9], [['529900MTJPDPE4MHJ122']],
  ['LEI Code 529900MTJPDPE4MHJ122'], ['identifier'])
A('Which Genmab wholly owned programs moved into Phase 3 in 2024?',
  [D9], [['Rina-S'], ['acasunlimab']],
  ['- Two Genmab wholly owned programs, Rina-S and acasunlimab, moved into Phase 3 development'], ['list'])
U('What royalty rate does Genmab receive from J&J on DARZALEX net sales?', ['percentage'],
  'The announcement reports royalty amounts and DARZALEX sales but never states the royalty rate or tiers.')
U('What was Genmab\'s net profit for 2024?', ['amount'],
  'Only revenue, operating expenses and operating profit are given; net profit is not stated.')
U('How much did Genmab pay to acquire ProfoundBio?', ['amount'],
  'The acquisition is mentioned, but no purchase price is disclosed in the document.')

# ---------------- D10 Ascendis
A('How much did Novo Nordisk pay Ascendis upfront under the exclusive license agreement, and when was it received?',
  [D10], [['$100 million'], ['January 2025']],
  ['- Subsequent to the year end, in January 2025, received $100 million related to the Exclusive License Agreement with Novo Nordisk announced last year.'], ['amount', 'date'])
A('Ascendis total revenue for FY2024 and Q4 2024?',
  [D10], [['€363.6 million'], ['€173.9 million']],
  ['Total revenue for 2024 was €363.6 million compared to €266.7 million in 2023.', 'Total revenue for the fourth quarter of 2024 was €173.9 million, compared to €137.7 million during the same period for 2023.'], ['amount'])
A('Reported SKYTROFA revenue in 2024?',
  [D10], [['€197.0 million', '197,001']],
  ['- SKYTROFA full year 2024 revenue excluding €4.7 million of sales deductions related to prior years was ~€202 million (full year reported 2024 SKYTROFA revenue of €197.0 million).'], ['amount'])
A('YORVIPATH: 2024 revenue and number of US prescriptions by early February 2025?',
  [D10], [['€28.7 million'], ['908 prescriptions']],
  ['- Strong start to U.S. YORVIPATH launch, with 908 prescriptions as of Feb. 7, 2025, and 539 unique prescribing health care providers.', '- YORVIPATH revenue for the fourth quarter of 2024 totaled €13.6 million and €28.7 million for the full year 2024, as previously announced.'], ['amount', 'count'])
A('What is the PDUFA goal date for the SKYTROFA adult GHD sBLA?',
  [D10], [['July 27, 2025']],
  ['- Prescription Drug User Fee Act (PDUFA) goal date of July 27, 2025, for FDA review of supplemental BLA for the treatment of adults with growth hormone deficiency; pending approval, U.S. commercial launch planned in the fourth quarter of 2025.'], ['date'])
A('Ascendis cash at 31 Dec 2024, and pro forma including the Novo upfront?',
  [D10], [['€559.5 million'], ['€655 million']],
  ['- December 31, 2024, cash and cash equivalents totaling €559.5 million.', 'Including the $100 million upfront payment, cash at the end of 2024 would have totaled €655 million.'], ['amount'])
A('Ascendis full-year 2024 net loss and loss per share?',
  [D10], [['€378.1 million'], ['€6.53 per share']],
  ['For the full year 2024, Ascendis Pharma reported a net loss of €378.1 million, or €6.53 per share (basic and diluted) compared to a net loss of €481.4 million, or €8.55 per share (basic and diluted) in 2023.'], ['amount'])
A('How much license revenue did Ascendis record in 2024 (EUR thousands)?',
  [D10], [['122,343']],
  ['Licenses | 95,853 | 64,304 | 122,343 | 66,077'], ['amount'])
A('R&D costs 2024 vs 2023 at Ascendis?',
  [D10], [['€307.0 million'], ['€413.5 million']],
  ['R&D costs for 2024 were €307.0 million compared to €413.5 million in 2023.'], ['amount'])
A('When does Ascendis plan to file the TransCon CNP MAA with the EMA?',
  [D10], [['during the third quarter of 2025', 'MAA in Q3 2025']],
  ['– Following pre-NDA meeting with FDA, on track to submit TransCon™ CNP NDA for achondroplasia in children in Q1 2025, followed by MAA in Q3 2025'], ['date'])
A('How many ordinary shares did Ascendis have outstanding at year-end 2024?',
  [D10], [['60,689,487']],
  ['As of December 31, 2024, Ascendis Pharma had 60,689,487 ordinary shares outstanding, including 845,887 ordinary shares represented by ADSs held by the company.'], ['count'])
A('International Markets distribution deals for YORVIPATH — how many and how many countries?',
  [D10], [['Eight'], ['50+ countries']],
  ['- Eight International Markets exclusive distribution agreements signed covering 50+ countries.'], ['count'])
A('What is the INN of TransCon PTH?',
  [D10], [['palopegteriparatide']],
  ['- TransCon PTH(palopegteriparatide, marketed as YORVIPATH)'], ['name'])
A('Ascendis total operating expenses in 2024?',
  [D10], [['€598.1 million', '€598 million']],
  ['Total operating expenses for the fourth quarter of 2024 were €159.5 million compared to €154.9 million during the same period in 2023. Total operating expenses for 2024 were €598.1 million compared to €677.9 million in 2023.'], ['amount'])
U('What development and sales milestones can Ascendis earn under the Novo Nordisk exclusive license agreement?', ['amount'],
  'Only the $100 million upfront payment is disclosed; milestones and royalties are not stated.')
U('What is the interest rate on Ascendis\' convertible notes maturing in April 2028?', ['percentage'],
  'The balance sheet lists "Convertible notes, matures in April 2028" with amounts but no coupon or interest rate.')
U('By how many cm/year did TransCon CNP improve annualised growth velocity versus placebo in ApproaCH?', ['endpoint'],
  'The report only mentions benefits in leg bowing from ApproaCH, with no growth-velocity figures.')

# ---------------- cross-document
A('For an orphan-designated medicine: how long is its EU market exclusivity, and from when will such products be subject to EU joint clinical assessment?',
  [D1, D3], [['10 years'], ['13 January 2028']],
  ['the Community and the Member States shall not, for a period of 10 years, accept another application for a marketing authorisation', '- (b) 13 January 2028, for medicinal products which are designated as orphan medicinal products pursuant to Regulation (EC) No 141/2000 of the European Parliament and of the Council;'], ['cross-document', 'duration', 'date'])
A('Which two concepts did Regulation 141/2000 require the Commission to define in an implementing regulation, and how does that implementing regulation define "similar medicinal product"?',
  [D1, D2], [['"similar medicinal product" and "clinical superiority"'], ['containing a similar active substance or substances as contained in a currently authorised orphan medicinal product, and which is intended for the same therapeutic indication']],
  ['4. The Commission shall adopt definitions of "similar medicinal product" and "clinical superiority" in the form of an implementing Regulation in accordance with the procedure laid down in Article 72 of Regulation (EEC) No 2309/93.', '- (b) ‘similar medicinal product’ means a medicinal product containing a similar active substance or substances as contained in a currently authorised orphan medicinal product, and which is intended for the same therapeutic indication;'], ['cross-document', 'definition', 'name'])
A('Do Regulation 141/2000 and its implementing Regulation 847/2000 use the same prevalence threshold for orphan designation?',
  [D1, D2], [['five in 10 thousand'], ['five in 10 000']],
  ['(a) that it is intended for the diagnosis, prevention or treatment of a life-threatening or chronically debilitating condition affecting not more than five in 10 thousand persons in the Community when the application is made, or', '- (a) the documentation shall include appended authoritative references which demonstrate that the disease or conditions for which the medicinal product would be administered, affects not more than five in 10 000 persons in the Community at the time at which the application for designation is submitted, where these are available;'], ['cross-document', 'yes-no'])
A('AVB-101 carries an EU orphan designation. What is the designation number, and which EU committee examines orphan designation applications?',
  [D5, D1], [['EMA/OD/0000068610'], ['Committee for Orphan Medicinal Products']],
  ['D.2.5.1 Orphan drug designation number: EMA/OD/0000068610', '1. A Committee for Orphan Medicinal Products, hereinafter referred to as "the Committee", is hereby set up within the Agency.'], ['cross-document', 'identifier', 'name'])
A('AVB-101 is an AAV gene therapy. If a competitor AAV product for FTD-GRN came along, what differences would be needed for it not to count as "similar"?',
  [D5, D2], [['Gene therapy medical product: Yes'], ['therapeutic sequence, viral vector, transfer system, regulatory sequences or manufacturing technology']],
  ['D.3.11.3.2 Gene therapy medical product: Yes', 'Gene therapy medicinal products: Two gene therapy medicinal products shall not be considered similar when there are differences in the therapeutic sequence, viral vector, transfer system, regulatory sequences or manufacturing technology that significantly affect the biological characteristics and/or biological activity relevant for the intended therapeutic effect and/or safety attributes of the product.'], ['cross-document', 'list'])
A('Compare planned total enrolment of the masitinib AD trial and the AVB-101 FTD-GRN trial.',
  [D4, D5], [['600'], ['9']],
  ['F.4.2.2 In the whole clinical trial: 600', 'F.4.2.2 In the whole clinical trial: 9'], ['cross-document', 'count'])
A('Which trial was authorised first by its national competent authority: masitinib in Hungary or AVB-101 in Sweden? Give both dates.',
  [D4, D5], [['2022-09-22'], ['2023-04-13']],
  ['N. Date of Competent Authority Decision: 2022-09-22', 'N. Date of Competent Authority Decision: 2023-04-13'], ['cross-document', 'date'])
A('Kesimpta: who holds the EU marketing authorisation, and under which collaboration does Genmab earn Kesimpta royalties?',
  [D6, D9], [['Novartis Ireland Limited'], ['ofatumumab collaboration with Novartis']],
  ['Marketing Authorisation Holder Novartis Ireland Limited Vista Building Elm Park, Merrion Road Ballsbridge Dublin 4 Ireland', 'The increase of DKK 3,647 million, or 27%, was primarily driven by higher DARZALEX and Kesimpta® (ofatumumab) royalties achieved under our daratumumab collaboration with J&J and ofatumumab collaboration with Novartis, respectively.'], ['cross-document', 'name'])
A('Two upfront payments in the set: what did Novartis agree to pay upfront for Anthos, and what did Novo Nordisk pay Ascendis upfront?',
  [D7, D10], [['USD 925 million'], ['$100 million']],
  ['Under the terms of the agreement, Novartis will make an upfront payment of USD 925 million upon closing of the transaction, subject to certain customary adjustments, and potential additional payments of up to USD 2.15 billion upon achievement of specified regulatory and sales milestones.', 'Subsequent to the year end, we received the $100 million upfront payment from Novo Nordisk which was received in January 2025.'], ['cross-document', 'amount'])
A('Which two companies reporting 2024 results in this set are headquartered in Copenhagen?',
  [D9, D10], [['Genmab'], ['Ascendis']],
  ['Established in 1999, Genmab is headquartered in Copenhagen, Denmark, with international presence across North America, Europe and Asia Pacific.', 'Ascendis is headquartered in Copenhagen, Denmark and has additional facilities in Europe and the United States.'], ['cross-document', 'place', 'list'])
A('AVB-101 is an advanced therapy. Under the HTA Regulation, from which date are ATMPs subject to joint clinical assessment?',
  [D5, D3], [['Advanced Therapy IMP (ATIMP): Yes'], ['12 January 2025']],
  ['D.3.11.3 Advanced Therapy IMP (ATIMP): Yes', '- (a) 12 January 2025, for medicinal products with new active substances for which the applicant declares in its application for authorisation submitted to the European Medicines Agency that it contains a new active substance for which the therapeutic indication is the treatment of cancer and medicinal products which are regulated as advanced therapy medicinal products pursuant to Regulation (EC) No 1394/2007 of the European Parliament and of the Council;'], ['cross-document', 'date'])
A('Orphan criteria require "significant benefit" where a satisfactory method already exists. How is significant benefit defined?',
  [D1, D2], [['will be of significant benefit to those affected by that condition'], ['a clinically relevant advantage or a major contribution to patient care']],
  ['(b) that there exists no satisfactory method of diagnosis, prevention or treatment of the condition in question that has been authorised in the Community or, if such method exists, that the medicinal product will be of significant benefit to those affected by that condition.', '- — ‘significant benefit’ means a clinically relevant advantage or a major contribution to patient care.'], ['cross-document', 'definition'])
A('The catumaxomab release calls malignant ascites a rare complication. What prevalence ceiling defines a rare condition for EU orphan designation?',
  [D8, D1], [['RARE AND DEBILITATING COMPLICATION'], ['not more than five in 10 thousand persons']],
  ['- CATUMAXOMAB BECOMES THE ONLY APPROVED DRUG THERAPY FOR MALIGNANT ASCITES, A RARE AND DEBILITATING COMPLICATION OF ADVANCED-STAGE CANCER', '(a) that it is intended for the diagnosis, prevention or treatment of a life-threatening or chronically debilitating condition affecting not more than five in 10 thousand persons in the Community when the application is made, or'], ['cross-document', 'count'])
A('Contraception after stopping treatment: how long for Kesimpta versus masitinib in AB21004?',
  [D6, D4], [['6 months'], ['3 months and a half']],
  ['If there is a possibility that you could become pregnant you should use an effective birth control method during treatment and for 6 months after stopping Kesimpta.', 'who agree to use a highly effective method of contraception and an effective method of contraception by their male partner during the study and for 3 months and a half after the last treatment intake'], ['cross-document', 'duration'])
A('FY2024 operating result: Genmab (USD) vs Ascendis (EUR thousands)?',
  [D9, D10], [['973'], ['(278,763)']],
  ['Operating profit | 973 | 895 - 1,365 | 1,130 | 26% | 16%', 'Operating profit/(loss) | 383 | (36,610) | (278,763) | (455,541)'], ['cross-document', 'amount'])
A('Number of anticipated EEA sites: masitinib AB21004 vs AVB-101?',
  [D4, D5], [['155'], ['12']],
  ['E.8.5.1 Number of sites anticipated in the EEA: 155', 'E.8.5.1 Number of sites anticipated in the EEA: 12'], ['cross-document', 'count'])
U('Which EMA rapporteur led the CHMP assessment of Korjuny, and when will it enter EU joint clinical assessment?', ['name', 'cross-document'],
  'No rapporteur is named in any document, and no document states that Korjuny is subject to a joint clinical assessment.')
U('What ATC code is assigned to ofatumumab (Kesimpta)?', ['identifier'],
  'Neither the Kesimpta leaflet nor the Genmab report gives an ATC code.')
U('What peak sales estimate does Novartis give for abelacimab?', ['amount'],
  'The Novartis press release gives deal terms only; no sales forecast for abelacimab appears.')

# ---------------- trim to target size
DROP = '''What recurring reporting obligation
Where and on what date was Regulation 141/2000 done
Are EMA fees waived
Which therapeutic indications does an orphan marketing authorisation cover
On what grounds is a product taken off
What is the pre-MAA scientific advice
By when did the Commission have to publish
At what stage of development
What is the term of office of COMP members
When did Commission Regulation 847/2000 enter into force
Can two different sponsors hold
If an already authorised medicine gets
Does an autologous vs allogeneic
Entry into force of the HTA Regulation?
Which provision of Directive 2011/24/EU
Where was the HTA Regulation signed
Per Annex I
Who provides the secretariat
By what date must Member States report
JCA scope: from when are all other
Masitinib sponsor contact address?
Initial estimated duration of the masitinib trial?
CAS number
When was the masitinib trial first entered
Age split of planned subjects
How many treatment arms
Minimum age for enrolment in the masitinib AD trial?
Which company sponsors the masitinib
How long must patients have been on a stable dose
Initial estimated total duration of the AVB-101 trial?
Is AVB-101 a first-in-human
Age range for inclusion
Who is the sponsor of AVB-PGRN-001
What is the sodium content
Kesimpta pack sizes?
Is Kesimpta approved for under-18s?
What should a patient do if a Kesimpta injection is missed?
Where is Kesimpta manufactured
How many people do Novartis medicines reach
Who is CEO of Lindis Biotech?
What is Genmab\'s LEI code?
2025 operating expense guidance of Genmab?
How many new colleagues
Genmab registered address and CVR number?
What is the INN of TransCon PTH?
Ascendis total operating expenses in 2024?
How many ordinary shares'''.split('\n')
before = len(Q)
Q = [q for q in Q if not any(q['question'].startswith(d.replace("\\'", "'")) for d in DROP)]
assert before - len(Q) == len(DROP), (before, len(Q), len(DROP))

# ---------------- write
with open(OUT, 'w', encoding='utf-8') as f:
    for i, q in enumerate(Q, 1):
        rec = {'id': f'eu-{i:03d}', 'question': q['question'], 'answerable': q['answerable'],
               'gold_sources': q['gold_sources'], 'facts': q['facts'], 'gold_quotes': q['gold_quotes'],
               'tags': q['tags'], 'note': q['note']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
n_a = sum(q['answerable'] for q in Q)
print(len(Q), 'questions;', n_a, 'answerable;', len(Q) - n_a, 'unanswerable;',
      sum('cross-document' in q['tags'] and q['answerable'] for q in Q), 'cross-document answerable')
