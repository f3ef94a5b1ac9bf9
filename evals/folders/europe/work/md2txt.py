#!/usr/bin/env python3
"""Convert a Hugo news markdown file (zhigehe/bulwark) to plain text.
- drops the YAML front matter (title kept as first line)
- removes markdown emphasis markers and backslash escapes
- converts markdown tables to rows 'cell | cell' (separator rows dropped, empty cells dropped,
  a lone ')' cell is joined to the preceding negative number)
- converts '* ' / '+ ' bullets to '- ' bullets
- replaces the trailing '[Reuters](link)' source line by a '[...]' cut marker
"""
import re, sys
src, dst = sys.argv[1], sys.argv[2]
t = open(src, encoding='utf-8').read()
m = re.match(r'---\n(.*?)\n---\n', t, re.S)
title = re.search(r'^title: "(.*)"$', m.group(1), re.M).group(1).replace('&#39;', "'")
body = t[m.end():]
out = [title, '']
for line in body.split('\n'):
    s = line.rstrip()
    if re.match(r'^\[Reuters\]\(', s.strip()):
        out.append('[...]')
        continue
    if s.strip().startswith('|'):
        cells = [c.strip() for c in s.strip().strip('|').split('|')]
        if all(re.fullmatch(r'-+', c) for c in cells if c):
            continue
        merged = []
        for c in cells:
            if c == ')' and merged:
                merged[-1] += ')'
            elif c:
                merged.append(c)
        s = ' | '.join(merged)
        if not s:
            continue
    s = re.sub(r'^(\s*)[*+] ', lambda mm: mm.group(1) + '- ', s)
    s = s.replace('\\*', '*').replace('\\_', '_').replace('\\$', '$')
    s = re.sub(r'\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])', '', s)
    s = s.replace('*', '')
    out.append(s)
txt = '\n'.join(out)
txt = re.sub(r'\n{3,}', '\n\n', txt).strip() + '\n'
open(dst, 'w', encoding='utf-8').write(txt)
