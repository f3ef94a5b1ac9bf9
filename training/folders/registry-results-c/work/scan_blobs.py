import subprocess,re,json,sys
avoid=set(open('/work/train/registry-results-c/work/avoid_ncts.txt').read().split())
seen={}
for line in open('/tmp/rrc_blobs.txt'):
    parts=line.split()
    if len(parts)<2: continue
    blob,path=parts
    if not (path.endswith('.json') or path.endswith('.xml')): continue
    try:
        data=subprocess.run(['git','cat-file','-p',blob],capture_output=True).stdout.decode('utf-8','replace')
    except Exception: continue
    # json API v1 FullStudies
    for m in re.finditer(r'"NCTId"\s*:\s*"(NCT\d{8})"|"nctId"\s*:\s*"(NCT\d{8})"|<nct_id>(NCT\d{8})</nct_id>',data):
        nid=m.group(1) or m.group(2) or m.group(3)
        if nid in avoid: continue
        seen.setdefault(nid,set()).add((path,blob[:10],len(data)))
res=[]
for nid,s in seen.items():
    res.append((nid,sorted(s)))
for nid,s in sorted(res):
    print(nid,len(s),s[:2])
