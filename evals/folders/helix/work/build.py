import re, html, subprocess
D='/work/blind22/helix/docs/'
L=open('medicis_reflow.txt').read().split('\n')
h1="Document kind: SEC filing excerpt (Form 10-K annual report, fiscal year ended June 30, 1999, Item 1 Business: company, products, products in development, manufacturing, certain license and royalty agreements, competition) - Medicis Pharmaceutical Corporation | Source: SEC EDGAR accession 0000950153-99-001234, copy in GitHub dgunning/edgartools tests/fixtures/parity_gate/10-K/0000950153-99-001234.html | Licence: US SEC EDGAR public filing"
open(D+'01_10k_medicis_fy1999_business_agreements.txt','w').write(h1+'\n\n'+'\n'.join(L[40:99])+'\n[...]\n')
h2="Document kind: SEC filing excerpt (Form 10-K annual report, fiscal year ended June 30, 1999, Item 1 Business: Additional Factors That May Affect Future Results) - Medicis Pharmaceutical Corporation | Source: SEC EDGAR accession 0000950153-99-001234, copy in GitHub dgunning/edgartools tests/fixtures/parity_gate/10-K/0000950153-99-001234.html | Licence: US SEC EDGAR public filing"
open(D+'02_10k_medicis_fy1999_risk_factors.txt','w').write(h2+'\n\n'+'\n'.join(L[:40][:0])+'[...]\n'+'\n'.join(L[120:199])+'\n[...]\n')
# 8-K
raw=subprocess.run(['git','-C','/work/.mirror/dgunning+edgartools/repo','show','HEAD:tests/fixtures/parity_gate/8-K/0000887919-21-000012.html'],capture_output=True).stdout.decode('utf-8','replace')
open('premier_8k.html','w').write(raw)
t=re.sub(r'(?i)<(br|/p|/div|/tr|/table|/h\d)[^>]*>','\n',raw)
t=re.sub(r'(?i)</t[dh]>',' | ',t)
t=re.sub(r'<[^>]+>',' ',t); t=html.unescape(t).replace('\xa0',' ')
lines=[re.sub(r'\s+',' ',x).strip(' |').strip() for x in t.split('\n')]
lines=[x for x in lines if x and not re.fullmatch(r'[| ]*',x)]
h3="Document kind: SEC filing (Form 8-K current report, Item 8.01 Other Events, date of report March 29, 2021) - Premier Financial Bancorp, Inc., announcing an Agreement and Plan of Merger with Peoples Bancorp, Inc. | Source: SEC EDGAR accession 0000887919-21-000012, copy in GitHub dgunning/edgartools tests/fixtures/parity_gate/8-K/0000887919-21-000012.html | Licence: US SEC EDGAR public filing"
open(D+'03_8k_premier_peoples_merger_agreement.txt','w').write(h3+'\n\n'+'\n'.join(lines)+'\n')
# EMA leaflets
def fsh(name, n, label, inn):
    raw=subprocess.run(['git','-C','/work/.mirror/joofio+test-epi-composition/repo','show','HEAD:input/fsh/examples/%s.fsh'%name],capture_output=True).stdout.decode('utf-8')
    out=[]
    for m in re.finditer(r'\* title\s*=\s*"([^"]*)"(.*?)text\.div = """(.*?)"""',raw,re.S):
        title,div=m.group(1),m.group(3)
        if title.startswith('TEST PURPOSES'): continue
        out.append(title.strip())
        d=re.sub(r'(?i)<br\s*/?>','\n',div)
        d=re.sub(r'(?i)<li[^>]*>','\n- ',d)
        d=re.sub(r'(?i)</(p|li|tr|table|ul|ol|h\d)>','\n\n',d)
        d=re.sub(r'(?i)</t[dh]>',' | ',d)
        d=re.sub(r'<[^>]+>','',d); d=html.unescape(d)
        for para in re.split(r'\n\s*\n',d):
            para=re.sub(r'[ \t]*\n[ \t]*',' ',para.strip()); para=re.sub(r'\s+',' ',para).strip()
            para=re.sub(r'^-\s*-\s*','- ',para)
            if para and para not in ('-',): out.append(para)
    txt='\n'.join(out)
    h="Document kind: EMA package leaflet (EU product information, English section; ePI FHIR composition converted to text) - %s (%s) | Source: European Medicines Agency product information, via GitHub joofio/test-epi-composition input/fsh/examples/%s.fsh | Licence: EMA documents, reuse authorised with acknowledgement (source: European Medicines Agency)"%(label,inn,name)
    open(D+'%02d_ema-leaflet_%s_%s.txt'%(n,name,inn.replace(' ','-')),'w').write(h+'\n\n'+txt+'\n')
fsh('aldara',4,'Aldara 5% cream','imiquimod')
fsh('ameluz',5,'Ameluz 78 mg/g gel','aminolevulinic acid')
fsh('adtralza',6,'Adtralza','tralokinumab')
fsh('skilarence',7,'Skilarence','dimethyl fumarate')
