import subprocess,re,json
avoid=set(open('/work/train/registry-results-c/work/avoid_ncts.txt').read().split())
out={}
def walk(o,path,blob,n):
    if isinstance(o,dict):
        # v1 FullStudy
        if 'Study' in o and isinstance(o['Study'],dict):
            st=o['Study']; ps=st.get('ProtocolSection',{})
            nid=ps.get('IdentificationModule',{}).get('NCTId') if isinstance(ps,dict) else None
            if not isinstance(nid,str): return
            hasr='ResultsSection' in st
            title=ps.get('IdentificationModule',{}).get('BriefTitle','')
            ph=ps.get('DesignModule',{}).get('PhaseList',{}).get('Phase',[])
            out.setdefault(nid,[]).append((hasr,title[:80],ph,path,blob[:12],len(json.dumps(st))))
            return
        if 'protocolSection' in o:
            ps=o['protocolSection']; nid=ps.get('identificationModule',{}).get('nctId') if isinstance(ps,dict) else None
            if not isinstance(nid,str): return
            hasr='resultsSection' in o
            title=ps.get('identificationModule',{}).get('briefTitle','')
            ph=ps.get('designModule',{}).get('phases',[])
            out.setdefault(nid,[]).append((hasr,title[:80],ph,path,blob[:12],len(json.dumps(o))))
            return
        for v in o.values(): walk(v,path,blob,n)
    elif isinstance(o,list):
        for v in o: walk(v,path,blob,n)
for line in open('/tmp/rrc_blobs.txt'):
    p=line.split()
    if len(p)<2: continue
    blob,path=p
    data=subprocess.run(['git','cat-file','-p',blob],capture_output=True).stdout.decode('utf-8','replace')
    if path.endswith('.json'):
        try: j=json.loads(data)
        except Exception: continue
        walk(j,path,blob,0)
    elif path.endswith('.xml') and '<clinical_results>' in data:
        nid=re.search(r'<nct_id>(NCT\d+)',data).group(1)
        t=re.search(r'<brief_title>([^<]*)',data).group(1)
        ph=re.findall(r'<phase>([^<]*)',data)
        out.setdefault(nid,[]).append((True,t[:80],ph,path,blob[:12],len(data)))
for nid,v in sorted(out.items()):
    if nid in avoid: continue
    r=[x for x in v if x[0]]
    if r:
        x=max(r,key=lambda x:x[5])
        print(nid,x[1],x[2],x[3],x[4],x[5])
