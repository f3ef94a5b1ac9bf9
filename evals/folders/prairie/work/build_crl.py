import re, sys; sys.path.insert(0, 'work')
from reflow import reflow
raw = open('/tmp/pra/crl_raw.txt', encoding='utf-8').read()
pages = raw.split('=====PAGE=====')[1:]
lines = []
for i, p in enumerate(pages):
    pl = [l.rstrip() for l in p.split('\n')]
    if i >= 2:
        # drop running page header
        drop = {'NDA 215559', 'U.S. Food and Drug Administration', 'Silver Spring, MD 20993', 'www.fda.gov'}
        pl = [l for l in pl if l.strip() not in drop and not re.fullmatch(r'Page \d+', l.strip())]
    pl = [l for l in pl if not l.strip().startswith('Reference ID:')]
    lines += pl
cover = [l.strip() for l in lines[:12] if l.strip()]
body = lines[12:]
paras = reflow(body, width=88)
head = ['Kind: FDA complete response letter (CDER "Other Action Letters"), NDA 215559, palovarotene capsules, Ipsen Biopharmaceuticals Inc. | Source: FDA action-letter PDF (text layer) via GitHub GMPKit/fda-complete-response-letters, pdf-original-crl/215559_2023_Orig1s000OtherActionLtrs.pdf', '']
t = '\n'.join(head + [' '.join(cover)] + paras)
open('docs/08_fda_crl_palovarotene_nda215559.txt', 'w').write(t.strip() + '\n')
print(len(t))
