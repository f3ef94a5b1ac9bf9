import re, sys, html
src, dst, header = sys.argv[1:4]
s = open(src, encoding='utf-8').read()
s = s.split('Instance: composition-', 2)
en = s[1]  # first composition (English)
out = [header, '']
for m in re.finditer(r'\* title = +"([^"]*)"|text\.div = """(.*?)"""', en, re.S):
    if m.group(1) is not None:
        t = m.group(1)
        if t.startswith('TEST PURPOSES'): continue
        out.append(''); out.append(t); continue
    d = re.sub(r'\s+', ' ', m.group(2))
    d = re.sub(r'<(br|/p|/li|/h\d|/tr|/div)\s*/?>', '\n', d)
    d = re.sub(r'<li[^>]*>', '\n- ', d)
    d = re.sub(r'</t[dh]>\s*<t[dh][^>]*>', ' | ', d)
    d = re.sub(r'<[^>]+>', '', d)
    d = html.unescape(d)
    lines = [re.sub(r'\s+', ' ', l).strip() for l in d.split('\n')]
    out += [l for l in lines if l and l != '-']
t = '\n'.join(out)
i = t.find('For any information about this medicine, please contact the local')
j = t.find('Other sources of information')
if i > 0 and j > i: t = t[:i] + '[...]\n' + t[j:]
t = re.sub(r'\n{3,}', '\n\n', t)
open(dst, 'w').write(t.strip() + '\n')
