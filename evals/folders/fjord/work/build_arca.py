import sys, re
sys.path.insert(0,'.')
from clean_md import *
L = open('arca_10k.md', encoding='utf-8').read().split('\n')
def sec(a,b):
    ls=[]
    for x in L[a-1:b]:
        if x.strip().startswith('|'):
            r = table_row(x.replace('**','').replace('<br>',' '))
            if r: ls.append('\x00'+re.sub(r'\s+',' ',r))
        else:
            c = clean_line(x)
            if not is_noise(c): ls.append(c)
    return [x.lstrip('\x00') for x in join_pdf_lines(ls)]
out=['Document kind: SEC filing excerpt (Form 10-K, fiscal year ended December 31, 2022) - ARCA biopharma, Inc.: Item 1 Business (Gencaro, rNAPc2, strategic review, GENETIC-AF, licensing and royalty obligations) | Source: SEC EDGAR annual report, text via GitHub rasskazovaleksey/rag_challange']
for a,b in [(1,40),(129,308),(406,419)]:
    out += sec(a,b) + ['[...]']
txt='\n'.join(out[:-1])+'\n'
open('../docs/01_10k_arca_gencaro_rnapc2.txt','w').write(txt); print(len(txt))
