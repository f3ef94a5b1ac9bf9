import json,re,glob,os
D={os.path.basename(p)[:2]:open(p,encoding='utf-8').read() for p in glob.glob('../docs/*.txt')}
N={os.path.basename(p)[:2]:os.path.basename(p) for p in glob.glob('../docs/*.txt')}
def quote(doc,anchor):
    t=D[doc]
    for line in t.split('\n'):
        if anchor in line:
            sents=re.split(r'(?<=[.;])\s+(?=[A-Z0-9(])',line)
            for s in sents:
                if anchor in s: return s
            return line
    raise SystemExit('anchor not found %s %r'%(doc,anchor))
Q=[]
def A(doc,q,facts,tags,anchors=None):
    facts=[f if isinstance(f,list) else [f] for f in facts]
    anchors=anchors or [f[0] for f in facts]
    qs=[]
    for a in anchors:
        s=quote(doc,a)
        if s not in qs: qs.append(s)
    for f in facts:
        for alt in f:
            if alt not in D[doc]: raise SystemExit('fact not found %s %r'%(doc,alt))
    Q.append(dict(question=q,answerable=True,gold_sources=[N[doc]],facts=facts,gold_quotes=qs,tags=tags,note=""))
def U(q,note,tags,absent=()):
    for a in absent:
        for k,t in D.items():
            if a.lower() in t.lower(): raise SystemExit('unanswerable term present %s in %s'%(a,k))
    Q.append(dict(question=q,answerable=False,gold_sources=[],facts=[],gold_quotes=[],tags=tags,note=note))
exec(open('qs.py',encoding='utf-8').read())
with open('../questions.jsonl','w',encoding='utf-8') as f:
    for i,q in enumerate(Q,1):
        o={'id':'th-%03d'%i}; o.update(q)
        o={k:o[k] for k in ['id','question','answerable','gold_sources','facts','gold_quotes','tags','note']}
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(Q), sum(q['answerable'] for q in Q))
