import os,re,glob,html
rows=[]
for p in glob.glob('ei/annotations/xml_files/*.nxml'):
    s=open(p,encoding='utf-8',errors='replace').read()
    lic=re.search(r'<license[^>]*>.*?</license>',s,re.S)
    lic=lic.group(0) if lic else ''
    url=re.findall(r'creativecommons\.org/(licenses/[a-z-]+|publicdomain/zero)',lic)
    ltxt=re.sub(r'<[^>]+>',' ',lic)
    if url:
        L=url[0]
    elif re.search(r'Creative Commons Attribution License',ltxt) and 'Non' not in ltxt and 'non-commercial' not in ltxt.lower():
        L='ccby-text'
    else:
        L='?'
    if L not in ('licenses/by','ccby-text','publicdomain/zero'): continue
    t=re.search(r'<article-title>(.*?)</article-title>',s,re.S)
    t=' '.join(re.sub(r'<[^>]+>','',t.group(1)).split()) if t else ''
    j=re.search(r'<journal-title>(.*?)</journal-title>',s,re.S)
    j=j.group(1) if j else re.search(r'journal-id[^>]*>(.*?)<',s).group(1)
    y=re.search(r'<pub-date[^>]*>.*?<year>(\d+)',s,re.S); y=y.group(1) if y else ''
    reg=set(re.findall(r'NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|ChiCTR[-A-Z0-9]+',s))
    rows.append((os.path.basename(p),L,y,j[:30],len(s),','.join(sorted(reg))[:40],t[:120]))
for r in sorted(rows,key=lambda r:r[2]):
    print(' | '.join(map(str,r)))
