import re,sys,xml.etree.ElementTree as ET
def txt(e):
    if e is None: return ''
    parts=[]
    def rec(x):
        tag=x.tag if isinstance(x.tag,str) else ''
        if tag in ('xref',) and (x.get('ref-type') in ('bibr',)):
            # keep citation numbers as in text
            pass
        if tag in ('fig','table-wrap','disp-formula-group'):
            if x.tail: parts.append(x.tail)
            return
        if x.text: parts.append(x.text)
        for c in x: rec(c)
        if x.tail and x is not e: parts.append(x.tail)
    rec(e)
    return ' '.join(''.join(parts).split())
def table(tw):
    out=[]
    lab=txt(tw.find('label')); cap=txt(tw.find('caption'))
    out.append(('%s %s'%(lab,cap)).strip())
    for tr in tw.iter('tr'):
        cells=[txt(c) for c in tr if c.tag in ('td','th')]
        out.append(' | '.join(cells))
    fn=tw.find('table-wrap-foot')
    if fn is not None:
        for p in fn.iter('p'):
            t=txt(p)
            if t: out.append(t)
    return out
def sec(s,lines,depth=0):
    title=txt(s.find('title'))
    if title: lines.append(''); lines.append(title)
    for c in s:
        if c.tag=='p':
            t=txt(c)
            if t: lines.append(t)
            for tw in c.iter('table-wrap'):
                lines.append(''); lines.extend(table(tw))
        elif c.tag=='sec': sec(c,lines,depth+1)
        elif c.tag=='table-wrap': lines.append(''); lines.extend(table(c))
        elif c.tag=='list':
            for li in c.findall('list-item'):
                lines.append('- '+txt(li))
        elif c.tag=='boxed-text': sec(c,lines,depth+1)
def convert(path):
    s=open(path,encoding='utf-8').read()
    s=re.sub(r'<!DOCTYPE[^>]*>','',s)
    s=re.sub(r'xmlns(:\w+)?="[^"]*"','',s)
    s=re.sub(r'<(/?)(\w+):(\w+)',r'<\1\2_\3',s); s=re.sub(r"(\s)(\w+):([\w-]+)=",r"\1\2_\3=",s)
    root=ET.fromstring(s)
    am=root.find('.//article-meta')
    lines=[]
    lines.append(txt(am.find('.//article-title')))
    jt=txt(root.find('.//journal-title'))
    lines.append('Journal: '+jt)
    pd=am.find('pub-date')
    y=txt(am.find('.//pub-date/year'))
    lines.append('Year: '+y)
    for tag,lab in (('volume','Volume'),('issue','Issue'),('fpage','First page'),('elocation-id','Article number')):
        v=txt(am.find(tag))
        if v: lines.append('%s: %s'%(lab,v))
    for aid in am.findall('article-id'):
        t=aid.get('pub-id-type')
        if t in ('doi','pmid','pmc'): lines.append('%s: %s'%(t.upper() if t!='pmc' else 'PMCID', aid.text))
    auths=[]
    for c in am.iter('contrib'):
        if c.get('contrib-type')=='author':
            n=c.find('name')
            if n is not None: auths.append((txt(n.find('given-names'))+' '+txt(n.find('surname'))).strip())
            elif c.find('collab') is not None: auths.append(txt(c.find('collab')))
    if auths: lines.append('Authors: '+', '.join(auths))
    lic=am.find('.//license')
    if lic is not None:
        lines.append('Licence: '+txt(lic))
    for ab in am.findall('abstract'):
        if ab.get('abstract-type') in ('graphical','teaser'): continue
        lines.append(''); lines.append('Abstract' if not ab.get('abstract-type') else txt(ab.find('title')) or 'Abstract')
        if ab.find('sec') is None:
            for p in ab.findall('p'): lines.append(txt(p))
        for sc in ab.findall('sec'):
            t=txt(sc.find('title')); body=' '.join(txt(p) for p in sc.findall('p'))
            lines.append(t); lines.append(body)
    body=root.find('body')
    if body is not None:
        for c in body:
            if c.tag=='sec': sec(c,lines)
            elif c.tag=='p': lines.append(txt(c))
    # floating tables
    fl=root.find('floats-group')
    tabs=list(fl.iter('table-wrap')) if fl is not None else []
    for tw in tabs:
        lines.append(''); lines.extend(table(tw))
    back=root.find('back')
    if back is not None:
        for sc in back.findall('sec'):
            sec(sc,lines)
    out='\n'.join(lines)
    out=re.sub(r'\n{3,}','\n\n',out)
    return out
if __name__=='__main__':
    print(convert(sys.argv[1]))
