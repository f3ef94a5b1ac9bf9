import os
D="/work/blind/willow/docs/"
docs={}
docs["02_pressrelease_wpd_cns_development_agreement_2020-03-24.txt"]="""Source: GlobeNewswire press release by WPD Pharmaceuticals Inc., 24 March 2020, as republished at https://baystnews.com/wpd-pharmaceuticals-partners-with-cns-pharmaceuticals-on-drug-development-for-coronavirus-and-other-antiviral-indications/amp (stored page excerpt; text ends where the stored excerpt ends [...])

WPD Pharmaceuticals Partners With CNS Pharmaceuticals on Drug Development for Coronavirus and Other Antiviral Indications

VANCOUVER, British Columbia, March 24, 2020 (GLOBE NEWSWIRE) — WPD Pharmaceuticals Inc. (CSE: WBIO)(FSE: 8SV1) (the “Company” or “WPD”) a clinical stage pharmaceutical company, announces it has entered into a development agreement (the “Agreement”) with CNS Pharmaceuticals, Inc. (“CNS”)(NASDAQ:CNSP) for the development of several preclinical drug candidates including WP1122, which will be tested on a range of viruses including the coronavirus SARS-CoV-2.
WPD has licensed rights to a portfolio of drug candidates, including WP1122, through its license partner, Moleculin Biotech, Inc. (“Moleculin”)(NASDAQ:MBRX). Recently, Moleculin entered into an agreement with a leading government funded research facility in the United States to conduct research on its patented portfolio of molecular inhibitors, including drug candidate, WP1122, for antiviral properties against a range of viruses, including Coronavirus. WP1122 is a prodrug of 2-DG (2-deoxy-D-glucose) that, based on recently developed preclinical data, appears to overcome 2-DG’s lack of drug-like properties and is able to significantly improve tissue/organ concentration.

Under the CNS Agreement, WPD will receive a portion of the development costs from CNS for WP1122 and other drug candidates for antiviral indications, and CNS will receive certain economic rights. WPD received an upfront cash payment from of $225,000 and CNS has committed to a milestone payment of $775,000 upon the successful completion of a Phase 2 study. In return for the funding, CNS is entitled to receive 50% of the net sales of resulting commercial products in WPD’s 31 licensed territories, but Poland may become exempted from the list on certain milestones being achieved. Those 31 territories include countries in Europe and Asia, and include Russia.

Mariusz Olejniczak, CEO of WPD commented, “We look forward to partnering with CNS through this Agreement for the development of antiviral drug candidates, including WP1122. W [...]
"""
docs["03_news_contractpharma_cns_wpd_coronavirus_candidates_2020-03-23.txt"]="""Source: Contract Pharma, Breaking News, 23 March 2020, https://www.contractpharma.com/contents/view_breaking-news/2020-03-23/cns-wpd-pharma-to-develop-coronavirus-candidates/ (stored page; complete article text)

Breaking News, Collaborations & Alliances

CNS, WPD Pharma to Develop Coronavirus Candidates

To develop several preclinical drug candidates including WP1122, which is being tested on a range of viruses including coronavirus

By: Kristin Brooks

Managing Editor, Contract Pharma

CNS Pharmaceuticals, Inc. has entered into an agreement with WPD Pharmaceuticals Inc. for the development of several preclinical drug candidates including WP1122, which is being tested on a range of viruses including the coronavirus SARS-CoV-2. WPD previously licensed rights to a portfolio of drug candidates, including WP1122, from Moleculin Biotech, Inc. for certain territories.

WP1122 is a prodrug of 2-DG (2-deoxy-D-glucose) that, based on recent preclinical data, appears to overcome 2-DG’s lack of drug-like properties and is able to significantly increase tissue/organ concentration.

CNS will fund a portion of the development costs of WP1122 and other drug candidates for antiviral indications in exchange for certain economic rights. CNS paid $225,000 upfront and committed to a $775,000 milestone payment to WPD upon the successful completion of a Phase II study. In return, CNS is entitled to receive 50% of sales of resulting commercial products in WPD’s licensed territories, other than Poland. Those territories include 29 countries in Europe and Asia, including Russia.

“We are pleased to expand our relationship with WPD Pharmaceuticals and to broaden our product pipeline to include antiviral drug candidates,” said John M. Climaco, CEO of CNS Pharmaceuticals. “While our primary focus remains in oncology, given our expertise in working with compounds like WP1122 we are grateful to be able to help in the urgent fight against deadly viral infections such as the coronavirus that causes Covid-19. This agreement complements our existing clinical programs by expanding our potential market opportunities.”
"""
docs["04_sec_ex99-1_cns_wp1122_development_update_2020-05-27.txt"]="""Source: CNS Pharmaceuticals, Inc., Form 8-K Exhibit 99.1 (accession 0001683168-20-001758), press release of 27 May 2020, as hosted at https://ir.cnspharma.com/sec-filings/all-sec-filings/content/0001683168-20-001758/cns_8k-ex9901.htm (stored page excerpt; text ends where the stored excerpt ends [...])

Exhibit 99.1

CNS Provides Update on Development
Agreement for WP1122

HOUSTON, May 27 2020 /PRNewswire/ -- CNS Pharmaceuticals, Inc., (Nasdaq: CNSP) (“CNS” or the “Company”), a biopharmaceutical company specializing in the development of novel treatments for primary and metastatic cancers of the brain and central nervous system, today provided an update on the development of WP1122. As previously announced, CNS entered into an agreement with WPD Pharmaceuticals for the development of several preclinical drug candidates for antiviral indications, including WP1122, in certain territories. WPD Pharmaceuticals previously licensed rights to WP1122, from Moleculin Biotech, Inc. (Moleculin) for certain territories.

Today, Moleculin announced that on May 1, 2020 it submitted a request to the US Food and Drug Administration (“FDA”) for a Pre-IND Meeting to seek guidance on requirements for submitting an Investigational New Drug (“IND”) application to study its drug candidate, WP1122, in a clinical trial for patients with COVID-19, and that on May 6, 2020, the FDA granted Moleculin’s meeting request, and indicated that its goal for providing written responses is June 30, 2020, but that it plans to act early on this meeting request, provided there are no significant deficiencies in the Pre-IND package or unexpected shifts in its work priorities. Moleculin further stated that it may be able to submit its IND application in the second half of this year. More specific timing will depend upon the guidance Moleculin receives from its Pre-IND Meeting with the FDA.

Additionally, Moleculin announced that it engaged ImQuest BioSciences (“ImQuest”) and the Illinois Institute of Technology Research Institute (“IITRI”). IITRI is initially focused on preclinical toxicology testing to help determine whether WP1122 can be considered safe for testing in humans. ImQuest conducted two rounds of preclinical assessment of the potential for WP1122 to a [...]
"""
docs["05_registry_euctr_2019-004015-31_PL_berubicin_gbm.txt"]="""Source: EU Clinical Trials Register, trial 2019-004015-31, Poland record, https://www.clinicaltrialsregister.eu/ctr-search/trial/2019-004015-31/PL (stored page; only section E.1-E.2 of the record was available; the rest of the record is cut [...]). Table pipes from the web rendering are kept as in the stored text.

EudraCT Number: 2019-004015-31
National Competent Authority: Poland
[...]
E.1 Medical condition or disease under investigation |
E.1.1 | Medical condition(s) being investigated |
|
E.1.1.1 | Medical condition in easily understood language |
|
E.1.1.2 | Therapeutic area | Diseases [C] - Cancer [C04] |
MedDRA Classification |
E.1.2 Medical condition or disease under investigation |
E.1.2 | Version | 20.0 |
E.1.2 | Level | PT |
E.1.2 | Classification code | 10018337 |
E.1.2 | Term | Glioblastoma multiforme |
E.1.2 | System Organ Class | 10029104 - Neoplasms benign, malignant and unspecified (incl cysts and polyps) |
|
E.1.3 | Condition being studied is a rare disease | Yes |
E.2 Objective of the trial |
E.2.1 | Main objective of the trial |
To confirm the efficacy (or futility) of berubicin treatment on ORR defined as a CR or PR per modified Response Assessment in Neuro-Oncology (m-RANO) criteria in patients with GBM (WHO Grade IV) that has recurred after standard initial therapy, based on Simon’s 2-stage design. |
|
E.2.2 | Secondary objectives of the trial |
To confirm the: • Safety profile of berubicin that was characterized during Phase 1 studies • Pharmacokinetic (PK) profile of berubicin and berubicinol that was characterized during Phase 1 studies To assess the effect of Berubicin on: • DoR in patients with GBM after failure of standard first line therapy • The individual components of the ORR (ie CR alone, PR alone) • OS in patients with GBM after failure of standard first line therapy • Progression free survival at 6 months (PFS6) per m-RANO criteria in patients with GBM after failure of standard first line therapy • Disease control rate (DCR) defined as CR or PR or stable disease (SD) per m-RANO criteria in patients with GBM after failure of standard first line therapy • Event-free survival (EFS) - length of time from the initiation of study drug administration to disease progression, death, or discontinuation of treatment for any reason (eg, toxicity, intolerance, disease-related conditions, or failure to respond [...]
"""
docs["06_registry_ctis_2024-517660-27-00_berubicin_vs_lomustine.txt"]="""Source: EU Clinical Trials Information System (CTIS) public record as rendered at https://www.ctis.eu/trial/2024-517660-27-00 (stored page; overview and start of Part I only; rest of record cut [...]). List markers kept; "Label" lines followed by their value on the next line as in the source.

Overview
Sponsor-declared trial summary
Glioblastoma multiforme (GBM)
To assess the effect of Berubicin compared with Lomustine on OS in adult patients with GBM that has recurred or progressed after standard initial therapy
Key facts
- Sponsor
- Cns Pharmaceuticals Inc.
- Participant type
- Patients
- Age range
- 18-64 years, 65+ years
- Gender
- Male and Female
- Therapeutic area
- Diseases [C] - Neoplasms [C04]
- Trial duration
- 22 Sep 2022 → 28 Apr 2026
- Decision date (initial)
- 2024-10-02
- Transition trial
- Yes
- Low-intervention
- No
- Rare-disease indication
- Yes
- Vulnerable population
- Yes
External identifiers
- EU CT number
- 2024-517660-27-00
- EudraCT number
- 2021-003659-40
- ClinicalTrials.gov
- NCT04762069
Trial design
CTIS Part I — objectives, methods, condition coding
Main objective
Scope: Pharmacokinetic, Safety, Efficacy
To assess the effect of Berubicin compared with Lomustine on OS in adult patients with GBM that has recurred or progressed after standard initial therapy
Secondary objectives 5
- To assess the effect of Berubicin on progression-free survival (PFS) per Response Assessment in Neuro-Oncology (RANO) criteria in patients with GBM after failure of standard first line therapy, defined as the length of time from randomization to objective disease progression or death, whichever occurs first.
- To assess the effect of Berubicin on event free survival (EFS) defined as the length of time from randomization to disease progression, death, or discontinuation of treatment for any reason (e.g., toxicity, intolerance, disease-related conditions, or failure to respond)
- To assess the effect of Berubicin on objective response rates (ORR) defined as complete and partial responses (CR + PR, respectively) as well as disease control rates (DCR) defined as CR + PR + SD per RANO criteria in adult patients with GBM after failure of standard first line therapy
- To assess the safety of the recommended Phase 2 dose (RP2D) of Berubicin given as a 2 [...]
"""
docs["07_pressrelease_wpd_berubicin_fda_fast_track_2021-07-12.txt"]="""Source: GlobeNewswire press release by WPD Pharmaceuticals Inc., 12 July 2021, as republished at https://microcapwatch.com/wpd-pharmaceuticals-licensor-receives-fda-fast-track-designation-for-berubicin-for-the-treatment-of-recurrent-glioblastoma-multiforme-wpd-poland-arranges-loans and https://www.wallstreet-online.de/nachricht/14142743 (stored page excerpts; the loan paragraph comes from a stored forum repost of the same release was NOT used; text ends where the stored excerpt ends [...])

WPD Pharmaceuticals’ Licensor Receives FDA Fast Track Designation for Berubicin for the Treatment of Recurrent Glioblastoma Multiforme; WPD Poland Arranges Loans

VANCOUVER, British Columbia, July 12, 2021 (GLOBE NEWSWIRE) -- WPD Pharmaceuticals Inc. (CSE: WBIO)(FSE: 8SV1) (the “Company” or “WPD”) a clinical-stage pharmaceutical company, is pleased to announce that CNS Pharmaceuticals Inc. (“CNS”) (NASDAQ:CNSP), the company that licenses the drug candidate Berubicin to WPD for 29 countries mainly in Europe, announced that the U.S. Food and Drug Administration (FDA) granted Fast Track Designation for its lead investigational drug, Berubicin, for the treatment of patients with recurrent glioblastoma multiforme (GBM). As previously reported, CNS had also received Orphan Drug Designation from the FDA for Berubicin for the treatment of patients with recurrent GBM.

Fast Track Designation enables more frequent interactions with the FDA to expedite the development and review process for drugs intended to treat serious or life-threatening conditions and that demonstrate the potential to address unmet medical need. Receiving Fast Track Designation from the U.S. FDA is a significant achievement in the advancement of Berubicin for the treatment of glioblastoma, the most aggressive, deadly and treatment-resistant type of cancer that forms in the brain. Many patients have almost no meaningful options and thousands lose the fight against this cancer every year. With this designation, CNS now has an accelerated pathway to approval for Berubicin and a clear opportunity to bring this potentially impactful investigational therapy more expediently.

CNS recently announced the start of patient enrollment in its study of Berubicin for the treatment of recurrent glioblastoma multiforme. WPD would significantly benefit from advancement of Berubicin as a treatment for GBM as it has the rights to produce and sell the drug candidate in 29 countries.

Berubicin is an anthracycline, a class of anticancer agents that are among the most powerful chemotherapy drugs and effective against more types of cancer than any other class of chemotherap [...]
"""
docs["08_pressrelease_wpd_berubicin_orphan_drug_application_2020-04-24.txt"]="""Source: GlobeNewswire press release by WPD Pharmaceuticals Inc., 24 April 2020, https://www.globenewswire.com/en/news-release/2020/04/24/2021500/0/en/WPD-Pharmaceuticals-Announces-FDA-Application-Under-The-Orphan-Drug-Act-Was-Submitted-By-License-Partner-for-Brain-Cancer-Drug-Berubicin.html (stored page excerpt; text ends where the stored excerpt ends [...])

WPD Pharmaceuticals Announces FDA Application Under The Orphan Drug Act Was Submitted By License Partner for Brain Cancer Drug, Berubicin

Previously awarded approximately $6 million reimbursement grant for brain cancer drug, Berubicin, by the European Union


VANCOUVER, British Columbia, April 24, 2020 (GLOBE NEWSWIRE) -- WPD Pharmaceuticals Inc. (CSE: WBIO)(FSE: 8SV1) (the “Company” or “WPD”) a clinical stage pharmaceutical company is pleased to announced that its license partner, CNS Pharmaceuticals, Inc. (NASDAQ: CNSP) ("CNS") filed an application with the U.S. Food and Drug Administration (“FDA”) under the Orphan Drug Act to receive Orphan Drug Designation (“ODD”) for its brain cancer drug candidate, Berubicin. WPD was previously awarded a reimbursement grant of approximately $6 million by the Polish National Center for Research and Development for a Phase 2 study of Berubicin, in Poland.

Under a prior developer, Berubicin, then known as RTA 744, was granted ODD by the FDA for the treatment of malignant gliomas. In the prior developer's Phase 1 trial of Berubicin, 44% of the patients received a significant clinical benefit from their treatment. Additionally, one patient in this study experienced a complete response to his treatment with Berubicin and remains alive today, 14 years after treatment. 

Mariusz Olejniczak, CEO of WPD commented, "In collaboration with our License partner, CNS, we are excited to announce this FDA submission for Berubicin, as it would if granted, award special status and accelerate the development of the drug candidate to treat glioblastoma, one of the world's most aggressive forms of cancer. We look forward to providing additional information on the initiation of a Phase II trial utilizing the $6 million grant to evaluate the effect of Berubicin on patients with glioblastoma later this year."

The Orphan Drug Act ("ODA") provides for granting special status to a drug or biological product to treat a rare disease or [...]
"""
docs["09_news_medpath_berubicin_topline_results_2025.txt"]="""Source: MedPath trial news, "CNS Pharmaceuticals Reports Berubicin Trial Results in Glioblastoma Patients", https://trial.medpath.com/news/2bf160e8975aa9cd/cns-pharmaceuticals-reports-berubicin-trial-results-in-glioblastoma-patients (stored page excerpt; text ends where the stored excerpt ends [...])

CNS Pharmaceuticals, Inc. announced topline results from its pivotal clinical trial evaluating Berubicin in patients with recurrent Glioblastoma Multiforme (GBM) who have failed primary treatment. The randomized, controlled study compared Berubicin to Lomustine, a current standard of care, in 252 patients with a 2:1 randomization favoring the investigational drug.
Trial Design and Patient Population
The clinical trial enrolled patients with Glioblastoma Multiforme who had failed first-line therapy. Patients receiving Berubicin were administered a 2-hour intravenous infusion of 7.5 mg/m² berubicin hydrochloride daily for three consecutive days followed by 18 days off, creating a 21-day treatment cycle. The control arm received Lomustine administered orally once every six weeks.
The study design included a pre-planned, non-binding interim futility analysis conducted by an independent Data Safety Monitoring Board (DSMB). The DSMB's charter mandated review of the primary endpoint, overall survival, as well as secondary endpoints and safety data to determine whether the efficacy data and risk-benefit profile warranted modification or discontinuation of the study.
Clinical Results and Regulatory Milestone
On December 18, 2023, CNS released the DSMB's recommendation to continue the study without modification, indicating acceptable safety and potential efficacy signals at the interim analysis. The recently released topline data from March 25, 2025, showed that while Berubicin produced clinically relevant outcomes that appear comparable to Lomustine across multiple endpoints, it did not demonstrate a statistically significant difference in overall survival, the primary endpoint.
Overall survival represents a rigorous endpoint that the FDA has recognized as a basis for approval of oncology drugs when a statistically significant improvement can be shown relative to a randomized control arm. The trial was not powered to determine non-inferiority between the two treatments.
Dru [...]
"""
docs["11_fda_label_gleostine_lomustine_excerpt.txt"]="""Source: FDA prescribing information for GLEOSTINE (lomustine) capsules, as rendered at https://prescriberpoint.com/therapies/gleostine-7f77526 (stored page excerpt; sections appear in the order of the stored page; text ends where the stored excerpt ends [...]). Dose-adjustment table kept as pipe-separated cells.

Gleostine - Lomustine capsule, Gelatin Coated Prescribing Information
5.1 Delayed MyelosuppressionGleostine causes myelosuppression that can result in fatal infections and bleeding. Myelosuppression from Gleostine is delayed, dose-related, and cumulative. It usually occurs 4 to 6 weeks after drug administration and persists for 1 to 2 weeks. Thrombocytopenia is generally more severe than leukopenia. Cumulative myelosuppression from Gleostine is manifested by greater severity and longer duration of cytopenias.
Monitor blood counts for at least 6 weeks after each dose. Do not give Gleostine more frequently than every 6 weeks. Adjust dose based on nadir blood counts from prior dose
2.2 Recommended DoseThe recommended dose of Gleostine in adult and pediatric patients is 130 mg/m2taken as a single oral dose every 6 weeks. Round doses to the nearest 10 mg. Give as a single oral dose and do not repeat for at least 6 weeks. Reduce dose to 100 mg/m2every 6 weeks in patients with compromised bone marrow function. Also reduce dose accordingly when using with other myelosuppressive drugs.
2.3 Dose ModificationsPerform weekly complete blood counts and withhold each subsequent dose for more than 6 weeks if needed until platelet counts recover to 100,000/mm3or greater and leukocytes recover to 4000/mm3or greater
Modify each dose of Gleostine according to the hematologic response of the preceding dose as described in Table 1:
Nadir After Prior Dose | Dose Adjustment | |
Leukocytes (/mm3) | Platelets (/mm3) | |
≥ 4000 | ≥ 100,000 | None |
3000 – 3999 | 75,000 – 99,999 | None |
2000 – 2999 | 25,000 – 74,999 | Reduce dose by 30% |
< 2000 | < 25,000 | Reduce dose by 50% |
2.1 Important Prescribing and Dispensing InformationConfirm the total dose prescribed by the physician and the appropriate combination of capsule strengths.
Dispense only the appropriate number of Gleostine capsules required for the administration of a single dose.
The prescribed dose may consist of two or [...]
"""
docs["12_news_ibio_ccpharming_coronavirus_vaccine_collaboration_2020-02.txt"]="""Source: InvestMillion, 5 February 2020, https://investmillion.com/2020/02/05/ibio-inc-nyse-ibio-rallies-after-announcing-a-collaboration-for-developing-a-coronavirus-vaccine/ (stored page excerpt; text ends where the stored excerpt ends [...])

iBio Inc (NYSE: IBIO) Rallies After Announcing A Collaboration For Developing A Coronavirus Vaccine

iBio Inc. (NYSE: IBIO) was a big gainer in yesterday’s trading session. The stock gapped up and closed the day with gains of 61.69%. This came after it announced that, it working jointly with CC-Pharming Ltd to develop a vaccine for Coronavirus. This vaccine will be developed using iBio’s Fastpharming system.   

The two companies’ collaboration is built on more than 2 decades of experience in research and development of vaccines.  Dr. Kevin Wang the Chief Scientific Officer of CC-Pharming has decades of experience with  MERS- coronavirus, while Dr. Sylvain Marcel, the vice president Upstream Bioprocessing at  IBio has decades of experience in quick design of manufacturing process in bio pharma. The two companies announced that, if their research turns out a success, they will be in a position to deliver the end product fast, through the iBio Fastpharming manufacturing center.

iBio’s fast manufacturing facility was built using money from  DARPA  (Defense Advanced Research Projects Agency).  It was a part of the blue angel initiative that enables capabilities for fast delivery of countermeasures as a response to disease outbreaks. It contains automated hydroponics and vertical processes for making biological medicines.  The two companies will be in a position to quickly deploy a vaccine, by using a large number of plants for production purposes.   In the past, the fastpharming technology has been used to come up with antibody candidates for diseases like Ebola and Dengue Fever.

Commenting on the deal, Dr. Wang stated that, the collaboration was important in coming up with a plant-based vaccine for the outbreak in China, and worldwide. He added that, iBio capabilities will help increase the two companies’ capability in an effort to combat the worldwide threat of coronavirus.

Going by its price action, the stock gapped up to open at $0.48. It the [...]
"""
for k,v in docs.items():
    open(D+k,"w",encoding="utf-8").write(v)
