#!/usr/bin/env python3
"""FDA CRL PDF text (pypdf) -> reflowed text. Layout only: page furniture (repeated NDA/Page/FDA address header,
repeated Reference ID lines, stray (b)(4) page marks) removed; lines joined into paragraphs."""
import re, sys
raw = open(sys.argv[1], encoding='utf-8').read()
pages = raw.split('\n\n=====PAGE=====\n\n')
out = []
HEADS = {'CLINICAL and STATISTICAL','PRESCRIBING INFORMATION','CONTAINER LABELS AND CARTON LABELING','Container Labels and Carton Labeling',
         'Container Labels','Carton Labeling','PROPRIETARY NAME','SAFETY UPDATE','ADDITIONAL COMMENTS','OTHER','NDA 213972','COMPLETE RESPONSE','Sincerely,'}
for pi, pg in enumerate(pages):
    lines = [l.strip() for l in pg.split('\n')]
    if pi >= 2:
        # drop running header: NDA 213972 / Page N / U.S. Food and Drug Administration / Silver Spring, MD 20993 / www.fda.gov
        while lines and (lines[0] in ('NDA 213972', 'U.S. Food and Drug Administration', 'Silver Spring, MD 20993', 'www.fda.gov') or re.fullmatch(r'Page \d+', lines[0])):
            lines.pop(0)
    for l in lines:
        if not l or l in ('(b) (4)', '(b)', '(4)'): continue
        if l.startswith('Reference ID:') and pi < len(pages) - 1: continue
        bullet = l.startswith('\uf0b7')
        l = l.lstrip('\uf0b7').strip()
        new = (not out or bullet or l in HEADS or out[-1] in HEADS or re.match(r'^\(\d\) |^\d\. ', l)
               or re.search(r'[.:;”"]$', out[-1]) or out[-1].endswith('Ltd.') or pi == 0 or re.match(r'^-{10,}', l) or re.match(r'^-{10,}', out[-1]))
        if bullet: l = '• ' + l
        if new: out.append(l)
        else: out[-1] += ' ' + l
txt = '\n'.join(out)
sys.stdout.write(txt + '\n')
