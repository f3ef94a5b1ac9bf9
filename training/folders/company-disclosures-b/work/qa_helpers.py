import re, json, os
DOCS=os.path.join(os.path.dirname(__file__),'..','docs')
F={}
for fn in sorted(os.listdir(DOCS)):
    F[fn]=open(os.path.join(DOCS,fn),encoding='utf-8').read()
def doc(prefix):
    m=[f for f in F if f.startswith(prefix)]
    assert len(m)==1,(prefix,m); return m[0]
def sentence(fn, anchor):
    t=F[fn]
    i=t.find(anchor)
    assert i>=0, (fn, anchor)
    ls=t.rfind('\n',0,i)+1; le=t.find('\n',i); le=len(t) if le<0 else le
    line=t[ls:le]
    if ' | ' in line or len(line)<300: return line.strip()
    # split into sentences
    parts=re.split(r'(?<=[.;])\s+(?=[A-Z“(•])', line)
    pos=0
    for p in parts:
        s=line.find(p,pos)
        if s<= i-ls < s+len(p): return p.strip()
        pos=s+len(p)
    return line.strip()
OUT=[]
def A(q, srcs, facts, anchors, tags):
    srcs=[doc(s) for s in srcs]
    quotes=[]
    for a in anchors:
        for s in srcs:
            if a in F[s]: quotes.append(sentence(s,a)); break
        else: raise AssertionError(('anchor not found',a))
    for fact in facts:
        for alt in fact:
            assert any(alt in F[s] for s in srcs), ('fact not found', alt, q)
    OUT.append(dict(question=q, answerable=True, gold_sources=srcs, facts=facts, gold_quotes=quotes, tags=tags, note=""))
def U(q, note, tags):
    OUT.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))
def dump(path, prefix):
    with open(path,'w',encoding='utf-8') as f:
        for i,o in enumerate(OUT,1):
            d={'id':f'{prefix}-{i:03d}'}; d.update(o)
            f.write(json.dumps(d,ensure_ascii=False)+'\n')
    print(len(OUT),'questions;', sum(not o['answerable'] for o in OUT),'unanswerable;', sum('cross-document' in o['tags'] for o in OUT),'cross')
