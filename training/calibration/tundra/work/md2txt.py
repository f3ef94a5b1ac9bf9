#!/usr/bin/env python3
"""Newswire markdown (Hugo front matter) -> plain text. Layout only: front matter and trailing source link removed,
bold/link markup removed, '* ' bullets -> '• ', tables -> ' | ' rows (empty cells dropped, lone ')' joined to previous cell,
separator rows dropped)."""
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = s.split('\n---\n', 1)[1]
lines = s.split('\n')
out = []
for l in lines:
    l = l.rstrip()
    if re.fullmatch(r'\[(Reuters|TradingView)\]\(.*\)', l.strip()): continue
    if l.startswith('|'):
        cells = [c.strip() for c in l.strip().strip('|').split('|')]
        if all(re.fullmatch(r'-+', c) or c == '' for c in cells): continue
        cc = []
        for c in cells:
            if c == '': continue
            if c == ')' and cc: cc[-1] += ')'; continue
            cc.append(c)
        if cc and cells[0] == '': cc = [''] + cc if len(cc) > 0 and False else cc
        l = ' | '.join(cc)
    l = re.sub(r'\*\*(.*?)\*\*', r'\1', l)
    l = re.sub(r'\[([^\]]+)\]\((https?://[^)]+)\)', r'\1 (\2)', l)
    if l.startswith('* '): l = '• ' + l[2:]
    l = l.replace('\\$', '$').replace('\xa0', ' ')
    out.append(l)
t = '\n'.join(out)
t = re.sub(r'\n{3,}', '\n\n', t).strip() + '\n'
sys.stdout.write(t)
