import sys, re
sys.path.insert(0, '.')
from clean_md import *
L = open('imraldi_epar.md', encoding='utf-8').read().split('\n')
noise = (r'Assessment report', r'EMA/CHMP/559383/2017 Page \d+/111', r'Page \d+/111')
def sec(a, b):
    ls = []
    for x in L[a-1:b]:
        if x.strip().startswith('|'):
            r = table_row(x.replace('**','').replace('<br>',' '))
            if r: ls.append('\x00' + r)
        else:
            ls.append(clean_line(x).replace('*', ''))
    ls = [x for x in ls if not is_noise(x, noise)]
    return [x.lstrip('\x00') for x in join_pdf_lines(ls)]
parts = []
parts.append(['22 June 2017', 'EMA/CHMP/559383/2017', 'Committee for Medicinal Products for Human Use (CHMP)', 'Assessment report', 'Imraldi', 'International non-proprietary name: adalimumab Procedure No. EMEA/H/C/004279/0000', 'Assessment report as adopted by the CHMP with all information of a commercially confidential nature deleted.', '© European Medicines Agency, 2017. Reproduction is authorised provided the source is acknowledged.'])
for a,b in [(int(x.split('-')[0]), int(x.split('-')[1])) for x in sys.argv[1:]]:
    parts.append(['[...]'] + sec(a,b))
out = ['Document kind: EMA European public assessment report (EPAR) excerpt - CHMP assessment report for Imraldi (adalimumab, SB5), EMA/CHMP/559383/2017, Procedure No. EMEA/H/C/004279/0000 | Source: European Medicines Agency (reproduction authorised with acknowledgement), text via GitHub open-vianu/llmtaskforce-emrd']
for p in parts: out += p
txt = '\n'.join(out) + '\n'
open('../docs/05_epar_imraldi_adalimumab_assessment.txt','w',encoding='utf-8').write(txt)
print(len(txt))
