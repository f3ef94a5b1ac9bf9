"""Convert ClinicalTrials.gov JSON (API v1 / v2) or legacy XML to 'Label: value' text.
Nested objects become [Section] headers; lists are numbered; group codes (OG000, EG001 ...) are
resolved to their group titles in brackets where the record defines them."""
import json,re,sys,xml.etree.ElementTree as ET
def label(k):
    k=re.sub(r'([a-z0-9])([A-Z])',r'\1 \2',k).replace('_',' ')
    k=re.sub(r'([A-Z]+)([A-Z][a-z])',r'\1 \2',k)
    return k[:1].upper()+k[1:]
SKIP={'DerivedSection','derivedSection','MiscInfoModule','ConditionBrowseModule','InterventionBrowseModule','documentSection','DocumentSection'}
groups={}
conflicts=set()
import os
LIMITS={k:int(os.environ.get('LIM_'+k.lower(),'0')) or None for k in []}
for kv in os.environ.get('LIMITS','').split(','):
    if kv: k,n=kv.split('='); LIMITS[k]=int(n)
def collect(o):
    if isinstance(o,dict):
        gid=o.get('group_id') or o.get('id') or o.get('FlowGroupId') or o.get('BaselineGroupId') or o.get('OutcomeGroupId') or o.get('EventGroupId')
        t=o.get('title') or o.get('FlowGroupTitle') or o.get('BaselineGroupTitle') or o.get('OutcomeGroupTitle') or o.get('EventGroupTitle')
        if isinstance(gid,str) and re.fullmatch(r'[A-Z]{1,2}\d{1,3}',gid) and t:
            if gid in groups and groups[gid]!=t: conflicts.add(gid)
            groups[gid]=t
        for v in o.values(): collect(v)
    elif isinstance(o,list):
        for v in o: collect(v)
def val(v):
    s=str(v).strip()
    if re.fullmatch(r'[A-Z]{1,2}\d{1,3}',s) and s in groups: return f'{s} ({groups[s]})'
    return s
out=[]
def emit(o,depth,name=None):
    if isinstance(o,dict):
        scal=[(k,v) for k,v in o.items() if not isinstance(v,(dict,list))]
        for k,v in scal:
            if str(v).strip()=='' : continue
            out.append(f'{label(k)}: {val(v)}')
        for k,v in o.items():
            if k in SKIP: continue
            if isinstance(v,dict):
                out.append(''); out.append('#'*min(depth+1,4)+' '+label(k)); emit(v,depth+1)
            elif isinstance(v,list):
                if all(not isinstance(x,(dict,list)) for x in v):
                    if len(v)==1: out.append(f'{label(k)}: {val(v[0])}')
                    else: out.append(f'{label(k)}: '+'; '.join(val(x) for x in v))
                else:
                    lim=LIMITS.get(k)
                    if lim and len(v)>lim:
                        for i,x in enumerate(v[:lim],1):
                            out.append(''); out.append('#'*min(depth+1,4)+f' {label(k)} {i}'); emit(x,depth+1)
                        out.append(''); out.append(f'[... {len(v)-lim} further {label(k)} entries cut ...]')
                        continue
                    for i,x in enumerate(v,1):
                        out.append(''); out.append('#'*min(depth+1,4)+f' {label(k)} {i}'); emit(x,depth+1)
    elif isinstance(o,list):
        for x in o: emit(x,depth)
def xml2obj(e):
    ch=list(e)
    d={}
    for a,v in e.attrib.items(): d[a]=v
    if not ch:
        t=(e.text or '').strip()
        t=re.sub(r'\s*\n\s*',' ',t) if 'textblock' in e.tag or True else t
        if d:
            if t: d['value']=t
            return d
        return t
    for c in ch:
        v=xml2obj(c)
        d.setdefault(c.tag,[]).append(v)
    return {k:(v[0] if len(v)==1 else v) for k,v in d.items()}
src=sys.argv[1]
if src.endswith('.json'):
    o=json.load(open(src))
else:
    o=xml2obj(ET.parse(src).getroot())
    for k in ('required_header','condition_browse','intervention_browse'): o.pop(k,None)
collect(o)
for c in conflicts: groups.pop(c,None)
emit(o,0)
txt='\n'.join(out)
txt=re.sub(r'\n{3,}','\n\n',txt).strip()+'\n'
sys.stdout.write(txt)
