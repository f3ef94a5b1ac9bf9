import sys; sys.path.insert(0, 'work')
from reflow import reflow
L = open('/tmp/pra/kanuma_epar.txt', encoding='utf-8').read().split('\n')
drop = r'^(Assessment report\s*$|EMA/514387/2015\s*$|Page \d+/87\s*$)'
out = ['Kind: EMA European public assessment report (CHMP assessment report) for Kanuma (sebelipase alfa), EMA/514387/2015, excerpt | Source: EMA EPAR text layer via GitHub open-vianu/llmtaskforce-emrd, outputs/p_txt/EU-1-15-1033_public-assessment-report_20150901_20150901_kanuma-epar-public-assessment-report.txt', '']
out += reflow(L[5:16], drop)
for a, b in [(297, 485), (1727, 2076), (4282, 4603)]:
    out.append('[...]')
    out += reflow(L[a-1:b], drop)
t = '\n'.join(out) + '\n'
open('docs/05_ema_epar_kanuma_sebelipase_alfa_excerpt.txt', 'w').write(t)
print(len(t))
