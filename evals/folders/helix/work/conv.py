import re, html, subprocess, os
D='/work/blind22/helix/docs'
def reflow(txt):
    paras=re.split(r'\n\s*\n', txt)
    out=[]
    for p in paras:
        p=re.sub(r'\s*\n\s*',' ',p).strip()
        p=re.sub(r'[ \t]+',' ',p)
        if not p: continue
        if re.fullmatch(r'\d{1,3}|F-\d+',p): continue
        if out and not re.search(r'[.:;!?”")]$',out[-1]) and p[:1].islower():
            out[-1]=out[-1]+' '+p; continue
        out.append(p)
    return out
m=reflow(open('medicis.txt',encoding='utf-8').read())
open('medicis_reflow.txt','w').write('\n'.join(m))
