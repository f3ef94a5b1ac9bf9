import json, os, re
D='/work/train20/tc/docs'
docs={f:open(os.path.join(D,f)).read() for f in sorted(os.listdir(D))}
short={f[:2]:f for f in docs}
def quote_for(doc, fact, anchor=None):
    t=docs[doc]
    for line in t.split('\n'):
        if fact in line and (anchor is None or anchor in line):
            if len(line)<=400 or ' | ' in line: return line
            # sentence containing fact
            i=line.find(anchor) if anchor and anchor in line else line.find(fact)
            s=max(line.rfind('. ',0,i), -2)+2 if line.rfind('. ',0,i)>=0 else 0
            e=line.find('. ', i+len(fact)-1)
            e=len(line) if e<0 else e+1
            q=line[s:e].strip()
            if fact not in q:  # fact spans sentence boundary
                return line
            return q
    ERR.append(f'NOT FOUND in {doc}: {fact!r} anchor={anchor!r}'); return None
ERR=[]
A=[]  # (doc, question, facts(list of list), tags, anchor)
def a(d, q, facts, tags, anchor=None):
    if isinstance(facts,str): facts=[[facts]]
    elif facts and isinstance(facts[0],str): facts=[facts]
    A.append((short[d],q,facts,tags,anchor))
U=[]
def u(q, note, tags): U.append((q,note,tags))
exec(open('/work/train20/tc/work/qs.py').read())
out=[]; n=0
items=[]
import random as _r
_r.seed(7)
from collections import defaultdict
byd=defaultdict(list)
for x in A: byd[x[0]].append(x)
A=[x for d in sorted(byd) for x in sorted(_r.sample(byd[d], min(15,len(byd[d]))), key=lambda y: byd[d].index(y))]
for d,q,facts,tags,anchor in A:
    quotes=[]
    for f in facts:
        qq=quote_for(d,f[0],anchor)
        for alt in f:
            (alt in docs[d]) or ERR.append(f'ALT missing {d}: {alt!r}')
        if qq not in quotes: quotes.append(qq)
    items.append({"question":q,"answerable":True,"gold_sources":[d],"facts":facts,"gold_quotes":quotes,"tags":tags,"note":""})
for q,note,tags in U:
    items.append({"question":q,"answerable":False,"gold_sources":[],"facts":[],"gold_quotes":[],"tags":tags,"note":note})
if ERR:
    print('\n'.join(ERR)); raise SystemExit(1)
# interleave deterministically
import random; random.seed(20); random.shuffle(items)
with open('/work/train20/tc/questions.jsonl','w') as f:
    for i,it in enumerate(items,1):
        rec={"id":f"tc-{i:03d}",**it}
        f.write(json.dumps(rec,ensure_ascii=False)+'\n')
print(len(A),len(U))
