import re, sys, html, subprocess
repo = '/work/.mirror/joofio+test-epi-composition/repo'
name, outname, header = sys.argv[1], sys.argv[2], sys.argv[3]
src = subprocess.run(['git','-C',repo,'show',f'HEAD:input/fsh/examples/{name}.fsh'],capture_output=True,text=True).stdout
idx = src.find('* language = #da')
if idx>0: src = src[:idx]
out = [header]
# sections: title then text.div
pat = re.compile(r'\*\s*title\s*=\s*"([^"]*)"(.*?)text\.div\s*=\s*"""(.*?)"""', re.S)
def h2t(h):
    h = re.sub(r'<tr[^>]*>', '\n', h)
    h = re.sub(r'</t[dh]>\s*<t[dh][^>]*>', ' | ', h)
    h = re.sub(r'<li[^>]*>', '\n- ', h)
    h = re.sub(r'<(p|br|div|h\d|ul|ol|table|tbody|thead)[^>]*/?>', '\n', h)
    h = re.sub(r'<[^>]+>', '', h)
    h = html.unescape(h)
    lines = [re.sub(r'[ \t\u00a0]+', ' ', l).strip() for l in h.split('\n')]
    lines = [l for l in lines if l and l not in ('-', '|')]
    res = []
    for l in lines:
        if res and not l.startswith('- ') and not re.search(r'[.:;!?]$', res[-1]) and (l[0].islower() or l[0] in '(,' or len(res[-1])>=55):
            res[-1] = res[-1] + ' ' + l
        else:
            res.append(l)
    return res
seen_title=set()
for m in pat.finditer(src):
    title, _, div = m.groups()
    body = h2t(div)
    if title.strip() in ('B. Package Leaflet',) and not body: 
        out.append(title.strip()); continue
    if not title.startswith('TEST PURPOSES'):
        out.append(title.strip())
    out += [b for b in body if b != 'unavailable']
txt = '\n'.join(out)+'\n'
open(f'../docs/{outname}','w',encoding='utf-8').write(txt)
print(len(txt))
