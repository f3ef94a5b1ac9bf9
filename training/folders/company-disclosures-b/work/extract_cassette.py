import sys, yaml, subprocess, os, gzip, base64
repo='/work/.mirror/dgunning+edgartools/repo'
path=sys.argv[1]; out=sys.argv[2]
raw=subprocess.run(['git','-C',repo,'show','HEAD:'+path],capture_output=True).stdout
d=yaml.safe_load(raw)
os.makedirs(out,exist_ok=True)
for i,it in enumerate(d['interactions']):
    uri=it['request']['uri']; body=it['response']['body']
    s=body.get('string','')
    if isinstance(s,bytes):
        try: s=gzip.decompress(s)
        except Exception: pass
        s=s.decode('utf-8','replace')
    fn=os.path.join(out,f'{i:02d}.txt')
    open(fn,'w').write(s)
    print(i,uri,len(s))
