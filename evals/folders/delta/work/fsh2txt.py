import re, sys, html, subprocess
REPO='/work/.mirror/joofio+test-epi-composition/repo'
COMMIT='30071000397f07be7eb838b251e754ce37c9d504'
def conv(name):
    src=subprocess.run(['git','-C',REPO,'show',f'{COMMIT}:input/fsh/examples/{name}.fsh'],capture_output=True,text=True).stdout
    out=[]
    for m in re.finditer(r'\* title\s*=\s*"([^"]*)"(.*?)text\.div = """(.*?)"""', src, re.S):
        title, _, div = m.groups()
        if title.startswith('TEST PURPOSES'): continue
        out.append('')
        out.append(title.strip())
        d=re.sub(r'<br\s*/?>','\n',div)
        blocks=re.findall(r'<(p|li|h\d)[^>]*>(.*?)</\1>', d, re.S)
        for tag,b in blocks:
            lines=[l.strip() for l in re.sub(r'<[^>]+>','',b).split('\n')]
            lines=[html.unescape(l) for l in lines if l]
            if not lines: continue
            t=re.sub(r'\s+',' ',' '.join(lines)).strip()
            if not t: continue
            out.append(('- ' if tag=='li' else '')+t)
    text='\n'.join(out)
    i=text.find('Annex IV')
    if i>0: text=text[:i].rstrip()+'\n'
    return text
if __name__=='__main__':
    print(conv(sys.argv[1]))
