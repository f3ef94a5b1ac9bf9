import json,sys
# usage: build_patent.py ID OUT budget section_titles_to_include(comma, '*' prefix = include first N paragraphs)
pid, out, budget = sys.argv[1], sys.argv[2], int(sys.argv[3])
keep = sys.argv[4].split('|')
d=json.load(open(f"{pid}.patent.json"))
L=[]
L.append(f"id: {d['id']}")
L.append(f"title: {d['title']}")
L.append(f"authors: {'; '.join(d['authors'])}")
L.append(f"date: {d['date']}")
L.append("")
L.append("ABSTRACT")
L.append("")
L.append(d['abstract'])
L.append("")
body=[]
def walk(s):
    spec=[k for k in keep if k.split('#')[0]==s['title']]
    if s['title'] in ('DESCRIPTION',) or spec:
        n = int(spec[0].split('#')[1]) if spec and '#' in spec[0] else None
        body.append(s['title']); body.append("")
        paras = s['paragraphs'] if n is None else s['paragraphs'][:n]
        for p in paras: body.append(p); body.append("")
        if n is not None and len(s['paragraphs'])>n: body.append("[...]"); body.append("")
    else:
        if body and body[-2:]!=["[...]",""]: body.append("[...]"); body.append("")
        return
    for c in s['subsections']: walk(c)
for s in d['sections']: walk(s)
L+=body
L.append("CLAIMS"); L.append("")
claims=d['claims']
total=len("\n".join(L))
cl=[]
for c in claims:
    if total+len(c)+2 > budget: cl.append("[...]"); break
    cl.append(c); total+=len(c)+2
for c in cl: L.append(c); L.append("")
txt="\n".join(L).rstrip()+"\n"
open(out,"w").write(txt); print(out,len(txt))
