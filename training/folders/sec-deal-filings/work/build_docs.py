#!/usr/bin/env python3
"""Build /work/train21/press/docs/*.txt from the raw copies in work/raw (layout changes only)."""
import re, os
R='/work/train21/press/work/raw/'; D='/work/train21/press/docs/'
os.makedirs(D, exist_ok=True)

def clean_lines(lines):
    out=[]
    for l in lines:
        s=l.strip()
        if re.fullmatch(r'(Table of Contents|TABLE OF CONTENTS|S?-?\d{1,3}|[ivx]+|S-[ivx]+)', s): continue
        if '|' in s:
            cells=[c.strip() for c in s.split('|')]
            cells=[c for c in cells if c not in ('','$','%','(',')')]
            if not cells: continue
            if cells[0] in ('·','•','o','●') and len(cells)>1:
                s=cells[0]+' '+' | '.join(cells[1:])
            else:
                s=' | '.join(cells)
        out.append(s)
    # join bullet markers that stand alone on a line with the next line
    res=[]; i=0
    while i<len(out):
        if out[i] in ('•','·','●') and i+1<len(out):
            j=i+1
            while j<len(out) and out[j]=='' : j+=1
            res.append(out[i]+' '+out[j]); i=j+1; continue
        res.append(out[i]); i+=1
    # collapse blank runs
    fin=[]
    for s in res:
        if s=='' and (not fin or fin[-1]==''): continue
        fin.append(s)
    return fin

def rng(fn, a, b):
    L=open(R+fn,encoding='utf-8').read().split('\n')
    return L[a-1:b]

def join_wrapped(lines):
    """html2text leaves source line wraps inside paragraphs; join consecutive non-empty lines
    unless a line looks like a heading/table row."""
    out=[]; cur=''
    for s in lines:
        if s=='' :
            if cur: out.append(cur); cur=''
            out.append(''); continue
        if '|' in s or s=='[...]':
            if cur: out.append(cur); cur=''
            out.append(s); continue
        cur = (cur+' '+s) if cur else s
    if cur: out.append(cur)
    fin=[]
    for s in out:
        if s=='' and (not fin or fin[-1]==''): continue
        fin.append(s)
    return fin

def write(name, header, parts, joinwrap=False):
    body=[]
    for k,p in enumerate(parts):
        if k>0: body+=['', '[...]', '']
        body+=p
    body=clean_lines(body)
    if joinwrap: body=join_wrapped(body)
    text=header+'\n\n'+'\n'.join(body).strip()+'\n'
    text=text.replace('\u00a0',' ').replace('\u200e','')
    open(D+name,'w',encoding='utf-8').write(text)
    print(name, len(text))

# 01 Rhythm 10-Q
write('01_10q_rhythm_licence_acquisition_notes.txt',
 'Document kind: SEC filing excerpt (Form 10-Q, quarter ended September 30, 2024, notes to unaudited condensed consolidated financial statements) - Rhythm Pharmaceuticals, Inc. (accession 0001558370-24-014532, filed 2024-11-06); amounts in thousands unless stated otherwise | Source: SEC EDGAR, copy in github.com/Warrenpoobear/biotech-screener',
 [rng('rytm_10q.txt',593,601), rng('rytm_10q.txt',603,603)+rng('rytm_10q.txt',608,610),
  rng('rytm_10q.txt',717,745), rng('rytm_10q.txt',835,863), rng('rytm_10q.txt',1079,1112), rng('rytm_10q.txt',1217,1235)])

# Traws Pharma 424B4
write('03_prospectus_traws_pharma_offering_summary.txt',
 'Document kind: SEC filing excerpt (Rule 424(b)(4) prospectus supplement, filed 2024-12-31: Prospectus Summary, The Offering, Use of Proceeds) - Traws Pharma, Inc. (formerly Onconova Therapeutics, Inc.), accession 0001104659-24-132924 | Source: SEC EDGAR, copy in github.com/dgunning/edgartools test cassette',
 [rng('traws_pharma_424b4.txt',132,211), rng('traws_pharma_424b4.txt',280,287)])

# Imunon 424B5
L=open(R+'imunon_424b5_cover_page.txt').read().split('\n')
s=219
e=308
write('04_prospectus_imunon_offering_summary.txt',
 'Document kind: SEC filing excerpt (Rule 424(b)(5) prospectus supplement, filed 2025-12-31: Prospectus Supplement Summary and The Offering) - Imunon, Inc., accession 0001493152-25-029712 | Source: SEC EDGAR, copy in github.com/dgunning/edgartools test cassette',
 [L[s:e]], joinwrap=True)

# Vincerx S-3
L=open(R+'vincerx_s3a_recovers_from_original.txt').read().split('\n')
s=[i for i,l in enumerate(L) if l.strip()=='VINCERX PHARMA, INC.'][0]
e=[i for i,l in enumerate(L) if l.strip()=='FORWARD-LOOKING STATEMENTS' and i>s][0]
s2=[i for i,l in enumerate(L) if l.strip()=='USE OF PROCEEDS' and i>e]
write('05_prospectus_vincerx_bayer_licence_summary.txt',
 'Document kind: SEC filing excerpt (Form S-3 registration statement prospectus, filed 2025-01-24: company summary and selected sections) - Vincerx Pharma, Inc., accession 0001193125-25-012209 | Source: SEC EDGAR, copy in github.com/dgunning/edgartools test cassette',
 [L[s:e]] + ([L[s2[0]:[i for i,l in enumerate(L) if l.strip().startswith('DESCRIPTION OF') and i>s2[0]][0]]] if s2 else []), joinwrap=True)

# ADC Therapeutics S-3
write('06_prospectus_adc_therapeutics_zynlonta_summary.txt',
 'Document kind: SEC filing excerpt (Form S-3 resale registration statement prospectus, filed 2025-06-30: Prospectus Summary) - ADC Therapeutics SA, accession 0000950103-25-008153 | Source: SEC EDGAR, copy in github.com/dgunning/edgartools test cassette',
 [rng('adc_therapeutics_simple_equity.txt',233,261), rng('adc_therapeutics_simple_equity.txt',298,344)], joinwrap=True)

# 06 ADC fix handled above (range); 02 Pfizer 10-Q
txt=open(R+'pfizer_10q_rf2.txt',encoding='utf-8').read()
i=txt.find('Business development activities impacted'); i2=txt.find('\n',i)
para1=txt[i:i2]
k=txt.find('Note 2. Acquisitions'); j=txt.find('Note 3. Restructuring')
n2=txt[k:j]
b=n2.find('Biohaven––On'); a=n2.find('Arena––On')
n2=n2[:b].rstrip()+'\n[...]\n'+n2[a:]
t1=n2.find('Summarized financial information for our equity-method investee'); t2=n2.find('D. Research and Development Arrangement')
n2=n2[:t1].rstrip()+'\n[...]\n'+n2[t2:]
for h in ['Note 2. Acquisitions, Discontinued Operations, Equity-Method Investment and Research and Development Arrangement','A. Acquisitions','B. Discontinued Operations','C. Equity-Method Investment','D. Research and Development Arrangement']:
    n2=n2.replace(h+' ', h+'\n',1)
    n2=n2.replace(' '+h+'\n', '\n'+h+'\n',1)
n2=n2.replace('\n12 NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)','')
lines=['Note 1. Basis of Presentation and Significant Accounting Policies','',para1,'','[...]','']+[x for x in n2.split('\n')]
out=[]
for x in lines:
    x=x.strip()
    if x=='[...]': out+=['', '[...]', '']; continue
    out.append(x)
    if x: out.append('')
body='\n'.join(out)
import re as _re
body=_re.sub(r'\n{3,}','\n\n',body).strip()
hdr='Document kind: SEC filing excerpt (Form 10-Q, quarter ended July 2, 2023: Note 1 business development paragraph and Note 2 Acquisitions, Discontinued Operations, Equity-Method Investment and Research and Development Arrangement) - Pfizer Inc. | Source: SEC EDGAR filing (PDF rendering), copy in github.com/patronus-ai/financebench (pdfs/Pfizer_2023Q2_10Q.pdf)'
open(D+'02_10q_pfizer_acquisitions_rd_funding_note.txt','w').write(hdr+'\n\n'+body+'\n'); print('02', len(body))

# 07 J&J Q2 2023 earnings press release
J=open(R+'jnj_rf.txt',encoding='utf-8').read().split('\n')
sel=[J[0]]
first=J[1]
parts=first.split(' • ')
sel+=['• '+parts[0].lstrip('• ')]+['• '+p for p in parts[1:-1]]
last=parts[-1]; m=last.find('New Brunswick, N.J.')
sel+=['• '+last[:m].strip(), '', last[m:].strip()]
sel+=['', J[9], J[10], '', J[11], '', '[...]', '', J[13], '', J[14], '', J[15]]
na=' '.join(J[16:21])
na=na.replace(' Press Release Data Release ',' Press Release\nData Release\n')
na=_re.sub(r'^Regulatory ', 'Regulatory\n', na)
na=na.replace(' Press Release Other ',' Press Release\nOther\n')
na=na.replace(' Press Release ',' Press Release\n')
sel+=['']+na.split('\n')
def fj(prefix):
    return [x for x in J if x.startswith(prefix)][0]
sel+=['', fj('FULL-YEAR 2023 GUIDANCE'), fj('Johnson & Johnson does not provide GAAP'), '', '[...]', '', fj('WEBCAST INFORMATION'), fj('Johnson & Johnson will conduct'), '', fj('ABOUT JOHNSON'), fj('At Johnson & Johnson, we believe')]
body='\n'.join(x.strip() for x in sel)
body=_re.sub(r'\n{3,}','\n\n',body)
hdr='Document kind: Company press release (quarterly results and business update, furnished to the SEC as Exhibit 99.1 to Form 8-K) - Johnson & Johnson, "Johnson & Johnson Reports Q2 2023 Results", July 20, 2023; financial tables omitted | Source: company earnings-release PDF, copy in github.com/patronus-ai/financebench (pdfs/JOHNSON_JOHNSON_2023Q2_EARNINGS.pdf)'
open(D+'07_pressrelease_jnj_q2_2023_results_pipeline.txt','w').write(hdr+'\n\n'+body.strip()+'\n'); print('07',len(body))

# 08 Turnstone SC 14D-9 (manual transcription of the HTML text, layout only)
T=open(R+'turnstone_sc14d9_excerpt_manual.txt',encoding='utf-8').read()
hdr='Document kind: SEC filing excerpt (Schedule 14D-9 Solicitation/Recommendation Statement, Items 1-3, tender offer by XOMA Royalty Corporation) - Turnstone Biologics Corp., filed July 2025 | Source: SEC EDGAR, copy in github.com/dgunning/edgartools (tests/data/tender_offers/sc14d9_turnstone_biologics_accept.htm, commit b50b38b42e91096d591ae63f48f97e251226e364)'
open(D+'08_sc14d9_turnstone_xoma_tender_offer.txt','w').write(hdr+'\n\n'+T.strip()+'\n'); print('08',len(T))

# post-fix page-break artefacts in 02 (layout only)
p=D+'02_10q_pfizer_acquisitions_rd_funding_note.txt'
t=open(p,encoding='utf-8').read()
t=_re.sub(r' \d+ NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS \(UNAUDITED\)\n\n', ' ', t)
t=t.replace(' B. New Accounting Standards Adopted in 2023 On January 1, 2023,', '\n\nB. New Accounting Standards Adopted in 2023\n\nOn January 1, 2023,')
open(p,'w',encoding='utf-8').write(t)
