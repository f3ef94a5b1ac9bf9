# Re-creates docs 04-10 from the raw copies in this folder (same code as was run inline).
import re, sys
sys.path.insert(0, '.')
from conv import html2text
D = '../docs/'
# 04 Solosec
s = open('solosec_Copy.js').read()
body = s[s.find('<h1>Full Prescribing Information</h1>'):]
body = re.sub(r'(?s)\{/\*.*?\*/\}', '', body)
body = re.sub(r"\{\s*' '\s*\}", ' ', body)
body = re.sub(r'\{\s*" "\s*\}', ' ', body)
body = re.sub(r'\s+', ' ', body)
t = html2text(body)
t = re.sub(r'\n\)\s*;?.*$', '', t, flags=re.S)
t = t[:t.find('\nPatient Information\n')].rstrip() + '\n\n[...]\n'
open(D + '04_label_solosec-secnidazole-US-PI.txt', 'w').write(t)
# 05/06 EU leaflets (English composition only)
for f, num in [('aimovig', '05'), ('ajovy', '06')]:
    s = open(f + '.fsh').read()
    parts = s.split('\nInstance:')
    en = parts[0] if parts[0].strip() else parts[1]
    secs = re.findall(r'\*\s+title\s*=\s*"([^"]*)"\s*\n(?:.*\n)*?\s*\*\s+text\.div\s*=\s*"""([\s\S]*?)"""', en)
    out = []
    for ti, d in secs:
        if ti.startswith('TEST PURPOSES'):
            continue
        out += [ti, '']
        b = html2text(re.sub(r'\s+', ' ', d))
        if b:
            out += [b, '']
    t = '\n'.join(out).strip() + '\n'
    i = t.find('For any information about this medicine'); j = t.find('Other sources of information')
    if i > 0:
        k = t.find('\n', i)
        t = t[:k].rstrip() + '\n\n[...]\n\n' + (t[j:] if j > 0 else '')
    open(D + f'{num}_label_{f}-EU-package-leaflet.txt', 'w').write(t.rstrip() + '\n')
# 07-10 press releases
m = {'abvc-biopharma-maintains-lucrative-global-licensing-agreements-and-promising-cdmo-acquisition-strengthening-growth-potential.md': '07_deal_abvc-global-licensing-agreements-update.txt',
     'abvc-biopharma-receives-150k-milestone-from-aibtl-bringing-total-licensing-revenue-to-846k-across-strategic-partnerships.md': '08_deal_abvc-aibtl-milestone-payment.txt',
     'xoma-royalty-enters-into-agreement-to-acquire-lava-therapeutics-for-between-1-16-and-1-24-per-share-in-cash-plus-a-contingent-value-right.md': '09_acquisition_xoma-royalty-lava-therapeutics.txt',
     'neurosense-inches-closer-to-pharma-partnership-as-canadian-regulatory-progress-turns-heads.md': '10_regulatory_neurosense-primec-health-canada.txt'}
for src, dst in m.items():
    t = open(src, encoding='utf-8').read().replace('\ufffd', '').replace('\u200e', '')
    t = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', t)
    t = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'\1 (\2)', t)
    t = re.sub(r'(?m)^#+ ', '', t)
    t = re.sub(r'(?m)^\*(\s)', r'-\1', t)
    out = []
    for l in [l.strip() for l in t.split('\n')]:
        if l == '---': l = ''
        if l == '' and (not out or out[-1] == ''): continue
        out.append(l)
    open(D + dst, 'w', encoding='utf-8').write('\n'.join(out).strip() + '\n')
