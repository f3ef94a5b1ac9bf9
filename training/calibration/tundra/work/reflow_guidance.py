#!/usr/bin/env python3
"""Reflow a PDF-extracted FDA guidance markdown (pymupdf text) into paragraphs. Layout only."""
import re, sys
src = open(sys.argv[1], encoding='utf-8').read()
src = src.split('\n---\n', 1)[1] if src.startswith('---') else src  # drop YAML front matter
lines = src.split('\n')
blocks, cur = [], []
for ln in lines:
    if ln.strip() == '':
        if cur: blocks.append(cur); cur = []
    else:
        cur.append(ln.strip())
if cur: blocks.append(cur)
out = []
for b in blocks:
    b = [l for l in b if not re.fullmatch(r'\d{1,2}(, \d{1,2})?', l)]  # footnote reference marks / page numbers
    b = [l for l in b if l != 'Contains Nonbinding Recommendations']
    if not b: continue
    if b[0].startswith('|'):
        cells = [c.strip() for c in b[0].strip('|').split('|') if c.strip()]
        t = ' '.join(cells)
    else:
        t = ' '.join(b)
    t = re.sub(r'\s+', ' ', t).strip()
    t = re.sub(r' ([,.;:)])', r'\1', t)
    t = t.replace('( ', '(')
    if not t: continue
    if out and not re.search(r'[.:;?!)]$', out[-1]) and re.match(r'[a-z(]', t) and not re.match(r'^[IVX]+\. ', out[-1]):
        out[-1] = out[-1] + ' ' + t
    else:
        out.append(t)
sys.stdout.write('\n'.join(out) + '\n')
