import re,subprocess,html
REPO='/work/.mirror/joofio+test-epi-composition/repo'
HEAD='30071000397f07be7eb838b251e754ce37c9d504'
OLD='b385b49ff6673bc7c13777326ef3e79bc0ab0bf8~1'
DOCS=[('01','ontozry','cenobamate',HEAD),('02','fycompa','perampanel',HEAD),('03','briviact','brivaracetam',OLD),
      ('04','vimpat','lacosamide',OLD),('05','zebinix','eslicarbazepine',OLD),('06','inovelon','rufinamide',OLD),
      ('07','fintepla','fenfluramine',HEAD),('08','epidyolex','cannabidiol',HEAD)]
def conv(src):
    out=[]
    for m in re.finditer(r'\* title\s*=\s*"([^"]*)"(.*?)text\.div = """(.*?)"""', src, re.S):
        title,_,div=m.groups()
        if title.startswith('TEST PURPOSES'): continue
        out.append(''); out.append(title.strip())
        d=re.sub(r'<br\s*/?>','\n',div)
        for tag,b in re.findall(r'<(p|li|h\d)[^>]*>(.*?)</\1>', d, re.S):
            t=html.unescape(re.sub(r'\s+',' ',re.sub(r'<[^>]+>',' ',b))).strip()
            t=re.sub(r'\s+',' ',t)
            if t: out.append(('- ' if tag=='li' else '')+t)
    return out
for nn,name,inn,commit in DOCS:
    cc=subprocess.run(['git','-C',REPO,'rev-parse',commit],capture_output=True,text=True).stdout.strip()
    src=subprocess.run(['git','-C',REPO,'show',f'{cc}:input/fsh/examples/{name}.fsh'],capture_output=True,text=True).stdout
    lines=conv(src)
    # keep English part: stop at second "1. " heading
    seen=0; keep=[]
    for l in lines:
        if re.match(r'^1\. ',l):
            seen+=1
            if seen>1: break
        if l.startswith('Annex IV'): break
        keep.append(l)
    body='\n'.join(keep).strip()+'\n'
    hdr=f"Document kind: EMA package leaflet (EU product information, English section; ePI FHIR composition converted to text) — {name.capitalize()} ({inn}) | Source: European Medicines Agency product information, copy in github.com/joofio/test-epi-composition input/fsh/examples/{name}.fsh @ {cc[:12]} | Licence: EMA reuse authorised with acknowledgement (source: European Medicines Agency)\n"
    txt=hdr+'\n'+body
    if len(txt)>40000:
        cut=txt[:39000]; cut=cut[:cut.rfind('\n')]+'\n[...]\n'; txt=cut
    fn=f'/work/blind21/delta/docs/{nn}_ema-leaflet_{name}_{inn}.txt'
    open(fn,'w').write(txt)
    print(fn,len(txt),cc)
