import re, sys; sys.path.insert(0, 'work')
from reflow import reflow
raw = open('/tmp/pra/guid.md', encoding='utf-8').read()
raw = raw.split('---', 2)[2]  # drop YAML front matter added by the repository
lines = [l.rstrip() for l in raw.split('\n')]
lines = [l for l in lines if l.strip()]
# start at the first body page (after table of contents)
start = next(i for i, l in enumerate(lines) if l.strip().startswith('This guidance represents the current thinking'))
title_block = lines[:start]
body = lines[start-4:]
seq = []; prevnum = False
for l in body:
    s = l.strip()
    if re.fullmatch(r'\d+', s):
        if prevnum: seq.append('')
        prevnum = True; continue
    prevnum = False
    if s == 'Contains Nonbinding Recommendations' or re.fullmatch(r'[ivx]+', s):
        continue
    seq.append(s)
# merge lone enumerators ("I.", "A.") with the following line
merged = []
for s in seq:
    if merged and re.fullmatch(r'([IVX]+|[A-H]|\d+)\.', merged[-1]):
        merged[-1] = merged[-1] + ' ' + s
    else:
        merged.append(s)
paras = reflow(merged, width=1)
head = ['Kind: FDA guidance for industry — Considerations for Long-Term Clinical Neurodevelopmental Safety Studies in Neonatal Product Development (October 2024; OPT/CDER/CBER/CDRH) | Source: FDA guidance PDF text via GitHub henry-1981/Cowork-RA, aria/knowledge/fda/03-guidance/027_considerations_for_long-term_clinical_neurodevelopmental_safety_studies_in_neonatal_product_development_guidance_for.md', '']
cover = []
for l in title_block:
    s = l.strip()
    if s in ('', ) : continue
    cover.append(s)
# keep cover lines up to the table of contents
end = next(i for i, s in enumerate(cover) if s.startswith('Clinical/Medical'))
cover = cover[:end+1]
t0 = next(i for i, s in enumerate(cover) if s.startswith('Guidance for Industry'))
cover = [' '.join(cover[:t0+1])] + cover[t0+1:]
# collapse repeated title fragments into lines
out = head + cover + ['[...]'] + paras
t = '\n'.join(out)
t = re.sub(r'\n{3,}', '\n\n', t)
open('docs/07_fda_guidance_neonatal_neurodevelopmental_safety_studies.txt', 'w').write(t.strip() + '\n')
print(len(t))
