import os,re
from reflow import reflow
R='raw/'
D='../docs/'
def lines(p): return open(R+p).read().split('\n')
def take(L, ranges):
    parts=[]
    for a,b in ranges:
        parts.append('\n'.join(L[a-1:b]).strip())
    return '\n\n[...]\n\n'.join(parts)
def write(fn, header, body):
    body=re.sub(r'\n{3,}','\n\n',body).strip()+'\n'
    open(D+fn,'w').write(header.strip()+'\n\n'+body)
    print(fn, len(header)+len(body))

# 01 Whitehawk S-3
L=lines('TestFeeTableExtraction.test_zxnj_whitehawk_split_tag_header/main.txt')
write('01_s3_whitehawk_therapeutics_2025_prospectus_summary.txt',
 'SEC Form S-3 registration statement (resale prospectus) - Whitehawk Therapeutics, Inc. (formerly Aadi Bioscience), filed with the SEC on March 31, 2025 (EDGAR accession 0001193125-25-068942); excerpt: cover, Prospectus Summary, The Offering, Use of Proceeds',
 take(L,[(1,22),(153,208),(263,268)]))
# 02 Vigil S-3
L=lines('TestS3SectionsGroundTruth.test_s3_sections_ground_truth/main.txt')
write('02_s3_vigil_neuroscience_2025_resale_prospectus.txt',
 'SEC Form S-3 registration statement (resale prospectus) - Vigil Neuroscience, Inc., filed with the SEC on March 31, 2025 (EDGAR accession 0001193125-25-067858); excerpt: cover, Prospectus Summary, The Offering, Risk Factors (offering), Use of Proceeds, Dividend Policy, Selling Stockholders',
 take(L,[(1,22),(173,296)]))
# 03 Acurx S-1
L=lines('TestXn7eMisparsedTotalOfferingAmount.test_typo_summary_prefers_per_security_aggregate/main.txt')
write('03_s1_acurx_pharmaceuticals_2023_resale_prospectus.txt',
 'SEC Form S-1 registration statement (resale prospectus) - Acurx Pharmaceuticals, Inc., filed with the SEC on June 29, 2023 (EDGAR accession 0001104659-23-076317); excerpt: cover, Prospectus Summary, The Offering, The Private Placement, Use of Proceeds, Market for Common Stock, Selling Stockholder',
 take(L,[(1,22),(157,252),(313,346)]).replace(' The WHO recently stated that growing antimicrobial resistance is equally as dangerous as the ongoing COVID-19 pandemic, threatens to unwind a century of medical progress and may leave us defenseless against infections that today can be treated easily. ','\n\n[...]\n\n'))
# 04 Unicycive S-1/A
L=lines('TestJi90AgainstFiling.test_lead_manager_is_the_firm_not_none/main.txt')
write('04_s1a_unicycive_therapeutics_2021_ipo_prospectus.txt',
 'SEC Form S-1/A registration statement (IPO prospectus, preliminary) - Unicycive Therapeutics, Inc., filed with the SEC on June 30, 2021 (EDGAR accession 0001213900-21-035033); excerpt: cover, Prospectus Summary, The Offering, Summary Financial Data, Use of Proceeds, Business (Renazorb, Renazorb Purchase Agreement, clinical experience, regulatory strategy, Sphaera License Agreement)',
 take(L,[(1,24),(199,272),(329,384),(1081,1104),(1576,1663),(1702,1727)]))
# 05 Alzamend 424B5
L=lines('TestDeal.test_alzamend_offering_type/main.txt')
write('05_424b5_alzamend_neuro_2026_prospectus_supplement.txt',
 'SEC Rule 424(b)(5) prospectus supplement - Alzamend Neuro, Inc., "at the market" offering of up to $3,000,000 of common stock, dated March 6, 2026 (EDGAR accession 0001214659-26-002941); excerpt: cover page, About the Company (pipeline, clinical trials, licensing agreements), The Offering, Risk Factors (offering), Use of Proceeds',
 take(L,[(1,33),(179,452)]))

# 06 Zymeworks 10-K FY2022
Z=open(R+'zymeworks_10k.txt').read().split('\n')
def rf(a,b): return reflow(Z[a-1:b]).strip()
rev_tab = """Results of Operations for the Years Ended December 31, 2022, 2021 and 2020

Revenue

(dollars in millions) | Year Ended December 31, 2022 | 2021 | 2020 | Change 2022 – 2021
Revenue from research and development collaborations | $ 412.5 | $ 26.7 | $ 39.0 | $ 385.8 | 1,445 %"""
rd_tab = """Research and Development Expense

(dollars in millions) | Year Ended December 31, 2022 | 2021 | 2020 | Change 2022 – 2021
Third-party research and development program expenses:
Clinical development programs:
Zanidatamab | $ 117.4 | $ 86.8 | $ 80.5 | $ 30.6 | 35 %
Zanidatamab zovodotin | 4.8 | 12.7 | 11.5 | (7.9) | (62)%
Preclinical and other research programs | 10.3 | 13.9 | 12.1 | (3.6) | (26)%
 | 132.5 | 113.4 | 104.1 | 19.1 | 17 %
Unallocated departmental research and development expenses:
Salaries and benefits | 53.0 | 50.3 | 35.1 | 2.7 | 5 %
Stock-based compensation expense | 2.4 | 15.5 | 12.3 | (13.1) | (85)%
Other unallocated expenses | 20.7 | 20.6 | 19.7 | 0.1 | — %
Research and development expense | $ 208.6 | $ 199.8 | $ 171.2 | $ 8.8 | 4 %"""
ga_tab = """General and Administrative Expense

(dollars in millions) | Year Ended December 31, 2022 | 2021 | 2020 | Change 2022 – 2021
Salaries and benefits | $ 22.6 | $ 23.5 | $ 18.0 | $ (0.9) | (4)%
Stock-based compensation expense (recovery) | 1.2 | (5.6) | 16.1 | 6.8 | (121)%
Professional fees, consulting and business insurance | 35.6 | 15.2 | 11.3 | 20.4 | 134 %
Other general and administrative expenses | 14.0 | 9.5 | 9.8 | 4.5 | 47 %
General and administrative expense | $ 73.4 | $ 42.6 | $ 55.2 | $ 30.8 | 72 %"""
oi_tab = """Other Income

(dollars in millions) | Year Ended December 31, 2022 | 2021 | 2020 | Change 2022 – 2021
Other income, net | $ 4.7 | $ 3.3 | $ 7.3 | $ 1.4 | 42 %"""
body = '\n\n'.join([
 'Item 1. Business (excerpts)', rf(327,355), '[...]', rf(445,493), '[...]', rf(609,878), '[...]',
 "Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations (excerpt)",
 rev_tab, rf(4032,4038), rd_tab, rf(4055,4063), ga_tab, rf(4078,4085), oi_tab, rf(4091,4093)])
write('06_10k_zymeworks_fy2022_partnerships_and_results.txt',
 'SEC Form 10-K annual report excerpt - Zymeworks Inc., fiscal year ended December 31, 2022 (Item 1 Business: collaboration overview, zanidatamab clinical trials, strategic partnerships and collaborations; Item 7 MD&A: results of operations)', body)

# 08 Unicycive MD&A
L=lines('TestJi90AgainstFiling.test_lead_manager_is_the_firm_not_none/main.txt')
write('08_s1a_unicycive_therapeutics_2021_mdna.txt',
 'SEC Form S-1/A registration statement - Unicycive Therapeutics, Inc., filed June 30, 2021 (EDGAR accession 0001213900-21-035033); excerpt: Management’s Discussion and Analysis of Financial Condition and Results of Operations',
 take(L,[(1215,1385),(1387,1457)]))
