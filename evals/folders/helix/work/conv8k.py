import re, html
raw=open('premier_8k.html',encoding='utf-8').read()
raw=re.sub(r'\s+',' ',raw)
t=re.sub(r'(?i)<(br|/p|/tr|/table|/h\d)[^>]*>','\n',raw)
t=re.sub(r'(?i)</t[dh]>',' | ',t)
t=re.sub(r'<[^>]+>','',t); t=html.unescape(t).replace('\xa0',' ')
lines=[re.sub(r'\s+',' ',x).strip().strip('|').strip() for x in t.split('\n')]
lines=[re.sub(r'\s*\|\s*(\|\s*)+',' | ',x) for x in lines]
lines=[x for x in lines if x and not re.fullmatch(r'[| ]*',x)]
h3="Document kind: SEC filing (Form 8-K current report, Item 8.01 Other Events, date of report March 29, 2021) - Premier Financial Bancorp, Inc., announcing an Agreement and Plan of Merger with Peoples Bancorp, Inc. | Source: SEC EDGAR accession 0000887919-21-000012, copy in GitHub dgunning/edgartools tests/fixtures/parity_gate/8-K/0000887919-21-000012.html | Licence: US SEC EDGAR public filing"
open('/work/blind22/helix/docs/03_8k_premier_peoples_merger_agreement.txt','w').write(h3+'\n\n'+'\n'.join(lines)+'\n')
