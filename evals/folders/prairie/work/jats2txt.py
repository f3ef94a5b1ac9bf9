import sys, re, xml.etree.ElementTree as ET
src, dst, header = sys.argv[1:4]
s = open(src, encoding='utf-8').read()
s = re.sub(r'<!DOCTYPE[^>]*>', '', s)
root = ET.fromstring(s)
def txt(e):
    t = ''.join(e.itertext())
    return re.sub(r'\s+', ' ', t).strip()
out = [header, '']
am = root.find('.//article-meta')
jt = root.find('.//journal-title')
out.append('Title: ' + txt(am.find('.//article-title')))
auths = []
for c in am.findall('.//contrib[@contrib-type="author"]'):
    n = c.find('name')
    if n is not None: auths.append((n.findtext('given-names') or '') + ' ' + (n.findtext('surname') or ''))
out.append('Authors: ' + ', '.join(a.strip() for a in auths))
out.append('Journal: ' + txt(jt))
pd = am.find('.//pub-date')
if pd is not None: out.append('Publication year: ' + (pd.findtext('year') or ''))
for aid in am.findall('article-id'):
    out.append('Article ID (' + aid.get('pub-id-type') + '): ' + (aid.text or ''))
lic = am.find('.//license')
if lic is not None: out.append('Licence: ' + txt(lic))
def walk_sec(sec, level, out):
    t = sec.find('title')
    if t is not None and txt(t): out.append(''); out.append(txt(t))
    for ch in sec:
        if ch.tag == 'p':
            nested = [x for x in ch if x.tag in ('table-wrap','fig')]
            for x in nested:
                tail = x.tail; ch.remove(x); x.tail = None
                if tail:
                    ch.text = (ch.text or '')  # keep order approx: append tail text
                    if len(ch): ch[-1].tail = (ch[-1].tail or '') + tail
                    else: ch.text += tail
            out.append(txt(ch))
            for x in nested:
                wrap = ET.Element('sec'); wrap.append(x); walk_sec(wrap, level+1, out)
        elif ch.tag == 'sec': walk_sec(ch, level+1, out)
        elif ch.tag == 'list':
            for li in ch.findall('list-item'): out.append('- ' + txt(li))
        elif ch.tag == 'table-wrap':
            cap = ch.find('.//caption'); lab = ch.find('label')
            out.append(''); out.append(' '.join(x for x in [txt(lab) if lab is not None else '', txt(cap) if cap is not None else ''] if x))
            for tr in ch.findall('.//tr'):
                out.append(' | '.join(txt(c) for c in tr if c.tag in ('td','th')))
            fn = ch.find('.//table-wrap-foot')
            if fn is not None: out.append(txt(fn))
        elif ch.tag == 'fig':
            cap = ch.find('.//caption'); lab = ch.find('label')
            out.append(' '.join(x for x in [txt(lab) if lab is not None else '', txt(cap) if cap is not None else ''] if x))
ab = am.find('abstract')
out += ['', 'Abstract']
for sec in ab.findall('sec'):
    out.append(txt(sec.find('title')) + ': ' + ' '.join(txt(p) for p in sec.findall('p')))
for p in ab.findall('p'): out.append(txt(p))
kw = am.findall('.//kwd')
if kw: out.append('Keywords: ' + '; '.join(txt(k) for k in kw))
body = root.find('body')
for sec in body:
    if sec.tag == 'sec': walk_sec(sec, 1, out)
    elif sec.tag == 'p': out.append(txt(sec))
back = root.find('back')
if back is not None:
    for sec in back.iter('sec'):
        walk_sec(sec, 1, out)
    for fn in back.iter('fn'):
        out.append(txt(fn))
t = '\n'.join(out)
t = re.sub(r'\n{3,}', '\n\n', t)
open(dst, 'w').write(t.strip() + '\n')
