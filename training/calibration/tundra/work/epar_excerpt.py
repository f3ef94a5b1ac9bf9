#!/usr/bin/env python3
"""Heplisav B EPAR (EMA/1767/2021) PDF text -> reflowed excerpt. Layout only; cuts marked [...]."""
import re
L = open('work/raw/heplisav_epar.txt', encoding='utf-8').read().split('\n')
def rng(a, b): return L[a-1:b]   # 1-based inclusive
covid = next(i for i,l in enumerate(L,1) if l.startswith('During the assessment of this application, a revised timetable'))
stat = next(i for i,l in enumerate(L,1) if l.startswith('Statistical methods') and i > 2403)
parts = [rng(11, 22), ['[...]'], rng(408, covid-1), ['[...]'], rng(covid+5, 657), ['[...]'], rng(2403, stat-1), ['[...]'], rng(6349, 6499), ['[...]'], rng(6630, 6696)]
HEAD = re.compile(r'^\d+(\.\d+)*\.\s+[A-Z]')
SUB = {'Methods','Study Participants','Treatments','Objectives','Outcomes/endpoints','Randomisation','Blinding (masking)','Outcome',
       'Scientific advice','HBV-010','HBV-016','HBV-023','Primary:','Secondary:','Conditions or restrictions regarding supply and use','Official batch release',
       'Other conditions and requirements of the marketing authorisation','Periodic Safety Update Reports','Risk Management Plan (RMP)',
       'Assessment report','Note','Heplisav B','Committee for Medicinal Products for Human Use (CHMP)','Date','Reference','SAWP co-ordinators'}
out = []
skip_hdr = False
for part in parts:
    for raw in part:
        l = raw.strip()
        if not l: continue
        if l in ('Assessment report',) and out and out[-1] != 'Committee for Medicinal Products for Human Use (CHMP)':
            skip_hdr = True; continue
        if skip_hdr and (l.startswith('EMA/1767/2021') ): continue
        if skip_hdr and re.fullmatch(r'Page \d+/94', l): skip_hdr = False; continue
        if l in ('Corrigendum',) : continue
        if l == '[...]' or HEAD.match(l) or l in SUB or l.rstrip(':') in SUB or l == '•':
            out.append(l); continue
        prev = out[-1] if out else ''
        if prev and prev != '[...]' and prev != '•' and not HEAD.match(prev) and prev not in SUB and not re.search(r'[.:;]$', prev):
            out[-1] = prev + ' ' + l
        elif prev == '•':
            out[-1] = '• ' + l
        else:
            out.append(l)
txt = '\n'.join(re.sub(r'\s+', ' ', x).strip() for x in out)
hdr = 'EMA European public assessment report (EPAR), CHMP assessment report for Heplisav B (hepatitis B vaccine (recombinant, adjuvanted)), EMA/1767/2021, procedure EMEA/H/C/005063/0000, 10 December 2020 - excerpt - source: open-vianu/llmtaskforce-emrd outputs/p_txt/EU-1-20-1503_public-assessment-report_20210301_20210301_heplisav-b-epar-public-assessment-report.txt'
open('docs/05_ema_epar_heplisav_b_hepatitis_b_vaccine_excerpt.txt','w').write(hdr + '\n\n' + txt + '\n')
