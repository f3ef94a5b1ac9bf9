#!/usr/bin/env python3
"""Assemble docs/ from raw/ conversions (layout only; cuts marked with [...])."""
import re, os
R='raw/'; D='docs/'
def rd(p): return open(R+p,encoding='utf-8').read()
def lines(p): return rd(p).split('\n')
def w(name, header, body):
    t=header+'\n'+body.strip()+'\n'
    t=re.sub(r'\n{3,}','\n\n',t)
    open(D+name,'w',encoding='utf-8').write(t)

# 01 LJPC-501 expanded access record
L=lines('NCT03245528.txt'); w('01_ctgov_NCT03245528_ljpc501_expanded_access.txt',
 'ClinicalTrials.gov study record (legacy XML, "processed this data on October 20, 2017"), NCT03245528, Expanded Access for LJPC-501, La Jolla Pharmaceutical Company; source: GitHub ctti-clinicaltrials/aact spec/support/xml_data/NCT03245528.xml',
 '\n'.join(L[1:]))
# 02 Giapreza leaflet (English part only; local representative list cut)
L=lines('giapreza.txt'); end=next(i for i,l in enumerate(L) if l.startswith('B. INDL'))
rep=next(i for i,l in enumerate(L) if 'local representative' in l)
body=['Identifier: EU/1/19/1384/001','Composition date: 2022-02-16T13:28:17Z']+L[1:rep+1]+['[...]']+[l for l in L[rep+1:end] if 'last revised' in l or 'European Medicines Agency' in l]
w('02_ema_leaflet_giapreza_angiotensin_ii.txt','EMA package leaflet (EU product information, English), GIAPREZA (angiotensin II) concentrate for solution for infusion, EU/1/19/1384/001, MAH PAION Deutschland GmbH; source: GitHub joofio/test-epi-composition input/fsh/examples/giapreza.fsh (ePI test composition)','\n'.join(body))
# 03 ruxolitinib EAP record
L=lines('NCT03147742.txt'); w('03_ctgov_NCT03147742_ruxolitinib_eap_gvhd.txt',
 'ClinicalTrials.gov study record (legacy XML), NCT03147742, expanded access program of ruxolitinib for graft-versus-host disease, Incyte Corporation; source: GitHub ctti-clinicaltrials/aact spec/support/xml_data/NCT03147742.xml','\n'.join(L[1:]))
# 04 Jakavi leaflet
L=lines('jakavi.txt'); end=next(i for i,l in enumerate(L) if l.startswith('B. INDL'))
rep=next(i for i,l in enumerate(L) if 'local representative' in l)
body=['Identifier: EU/1/12/773/004-006','Composition date: 2022-02-16T13:28:17Z']+L[1:rep+1]+['[...]']
w('04_ema_leaflet_jakavi_ruxolitinib.txt','EMA package leaflet (EU product information, English), Jakavi (ruxolitinib) tablets, EU/1/12/773/004-006, MAH Novartis Europharm Limited; source: GitHub joofio/test-epi-composition input/fsh/examples/jakavi.fsh (ePI test composition)','\n'.join(body))
# 05 BLAST record with results (excerpt)
t=rd('NCT01207388.txt'); L=t.split('\n')
out=[]; skip=False; loc_kept=0; cut_marked=False
i=0
# keep everything up to results, but thin the location list
for l in L[1:]:
    if l.startswith('Location: '):
        loc_kept+=1
        if loc_kept<=6: out.append(l)
        elif not cut_marked: out.append('[...]'); cut_marked=True
        continue
    out.append(l)
t='\n'.join(out)
# cut quality-of-life outcomes (protocol + results) and the reported events section
t=re.sub(r'(# Secondary outcome\nMeasure: Change From Baseline in EORTC-QLQ-C30 Scales.*?)(?=\n# )', '[...]', t, flags=re.S)
t=re.sub(r'(# Secondary outcome\nMeasure: Change From Baseline in EuroQoL.*?)(?=\n# )', '[...]', t, flags=re.S)
t=re.sub(r'# Outcome\nType: Secondary\nTitle: Change From Baseline in EORTC-QLQ-C30 Scales.*?(?=\n# )', '[...]', t, flags=re.S)
t=re.sub(r'# Outcome\nType: Secondary\nTitle: Change From Baseline in EuroQoL.*?(?=\n# )', '[...]', t, flags=re.S)
m=re.search(r'\n# Reported events', t)
if m:
    ev=t[m.start():]; t=t[:m.start()]
    # keep the reported-events header part up to the first category list, then cut
    t+= '\n'+'\n'.join(ev.split('\n')[:12])+'\n[...]\n'
    m2=re.search(r'\n# (Certain agreements|Point of contact)', ev)
    if m2: t+=ev[m2.start():]
w('05_ctgov_NCT01207388_blast_blinatumomab_results.txt','ClinicalTrials.gov study record with posted results (legacy XML), NCT01207388, BLAST: confirmatory Phase II study of blinatumomab (MT103) in MRD-positive B-precursor ALL, Amgen Research (Munich) GmbH; source: GitHub ctti-clinicaltrials/aact spec/support/xml_data/NCT01207388.xml (excerpt)',t)
# 06 ganaxolone
L=lines('NCT03228394.txt'); w('06_ctgov_NCT03228394_ganaxolone_iv_postpartum_depression.txt',
 'ClinicalTrials.gov study record (legacy XML), NCT03228394, A Clinical Trial of Intravenous Ganaxolone in Women With Postpartum Depression, Marinus Pharmaceuticals; source: GitHub ctti-clinicaltrials/aact spec/support/xml_data/NCT03228394.xml','\n'.join(L[1:]))
# 07 Lymphir CRL
t=rd('lymphir_crl.md'); t=t.replace('```markdown\n','').rstrip().rstrip('`')
t=re.sub(r'^#+\s*','',t,flags=re.M); t=t.replace('**','')
w('07_fda_crl_lymphir_bla761312.txt','FDA complete response letter (CDER), BLA 761312, Lymphir (denileukin diftitox-cxdl) for injection, Citius Pharmaceuticals, Inc., signed 07/28/2023; source: GitHub GMPKit/fda-complete-response-letters crl/Citius_Pharmaceuticals_Inc-BLA_761312-Lymphir_denileukin_diftitox-cxdl_for_injection-8tybam.md (Markdown conversion of the FDA PDF)',t)
# 08 Citius / TenX Keane news item
t=rd('citius_tenx.md'); t=t.split('\n---\n')[0]
t=re.sub(r'!\[\]\([^)]*\)\n','',t); t=re.sub(r'^#\s*','',t,flags=re.M)
w('08_news_citius_tenx_keane_citius_oncology_merger.txt','Sponsored newswire article (Benzinga via News Direct, "This post contains sponsored content"), August 6, 2024: Citius Pharmaceuticals / TenX Keane Acquisition business combination forming Citius Oncology (LYMPHIR); source: GitHub Newsworthyai/press-release-archive newsdirect/2024/0806/citius-pharmaceuticals-to-receive-65-million-shares-of-tenx-keane-for-merger-of-citius-oncology.md',t)
# 09 Coherus / Bioeq licence (excerpt)
L=lines('coherus_bioeq.txt')
def seg(a,b): return L[a-1:b]
def find(pfx, start=0):
    return next(i for i,l in enumerate(L) if i>=start and l.startswith(pfx))+1
a=find('Confidential Execution Version LICENSE AND DEVELOPMENT AGREEMENT')
parts=[L[0:8], ['[...]'], seg(a, find('1.1 Affiliate')-1), ['[...]'],
 seg(find('1.6 Biologics'), find('1.6 Biologics')), seg(find('1.23 Field'),find('1.23 Field')), seg(find('1.39 Licensed Product'),find('1.39 Licensed Product')),
 seg(find('1.55 PFS'),find('1.55 PFS')), seg(find('1.59 Ranibizumab'),find('1.59 Ranibizumab')), seg(find('1.61 Reference'),find('1.61 Reference')),
 seg(find('1.69 Territory'),find('1.69 Territory')), seg(find('1.73 Vial'),find('1.73 Vial')), ['[...]'],
 seg(find('2.1 Technology License')-2, find('2.3 No Further')), ['[...]'], seg(find('3.1 Development Rights'), find('3.2 Diligence')), ['[...]'],
 seg(find('6.1 General'), find('6.2 Diligence')), ['[...]'], seg(find('7.FINANCIAL')-0 if any(l.startswith('7.FINANCIAL') for l in L) else find('7.1 Upfront')-2, find('7.3.2 Reporting')-1), ['[...]'],
 seg(find('7.5 Payment Exchange'), find('7.5 Payment Exchange')), ['[...]'], seg(find('10.1 [***] Agreement'), find('10.1 [***] Agreement')), ['[...]'],
 seg(find('15.1 Term'), find('15.1 Term')), ['[...]']]
body='\n'.join('\n'.join(p) for p in parts)
body=body.replace('Source: COHERUS BIOSCIENCES, INC., 10-K, 2/27/2020\n','')
w('09_sec_ex10_coherus_bioeq_ranibizumab_license.txt','SEC filing exhibit (Exhibit 10.29 to Coherus BioSciences, Inc. Form 10-K filed 2/27/2020): License and Development Agreement, Bioeq IP AG and Coherus BioSciences, Inc., effective Nov. 02, 2019 (ranibizumab biosimilar, United States) - excerpt; source: GitHub maastrichtlawtech/law3027-advanced-legal-analytics data/CUAD_v1/full_contract_txt (CUAD v1)',body)
# 10 Ranivisio leaflet
L=lines('ranivisio.txt'); end=next(i for i,l in enumerate(L) if l.startswith('B. INDL'))
rep=next(i for i,l in enumerate(L) if 'local representative' in l)
body=['Identifier: EU/1/22/1673/001','Composition date: 2022-02-16T13:28:17Z']+L[1:rep+1]+['[...]']
w('10_ema_leaflet_ranivisio_ranibizumab.txt','EMA package leaflet (EU product information, English), Ranivisio (ranibizumab) solution for injection, EU/1/22/1673/001, MAH Midas Pharma GmbH; source: GitHub joofio/test-epi-composition input/fsh/examples/ranivisio.fsh (ePI test composition)','\n'.join(body))
