#!/usr/bin/env python3
"""Assemble the Semglee EPAR excerpt from the stored p_txt file: keep line ranges, drop running
page headers ('Assessment report / EMA/119474/2018 / Page N/76'), mark cuts with [...]."""
import re
L=open('semglee_epar.txt',encoding='utf-8').read().split('\n')
rng=[(1,16),(375,554),(2775,2804),(4034,4362)]
out=[]
for i,(a,b) in enumerate(rng):
    if i: out.append('\n[...]\n')
    seg=L[a-1:b]; j=0
    while j<len(seg):
        s=seg[j].strip()
        if s=='Assessment report' and j+2<len(seg) and seg[j+1].strip()=='EMA/119474/2018' and re.fullmatch(r'Page \d+/76',seg[j+2].strip()):
            j+=3; continue
        out.append(seg[j].rstrip()); j+=1
t='\n'.join(out)
t=re.sub(r'\n[ \t]*(?=\n)','\n',t)
t=re.sub(r'\n{3,}','\n\n',t)
open('epar_cut.txt','w',encoding='utf-8').write(t.strip()+'\n')
