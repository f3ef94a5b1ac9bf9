#!/usr/bin/env python3
"""PMC JATS (.nxml) -> plain text. Layout only: headings on own lines, paragraphs, tables as ' | ' rows.
Reference list, figures' graphics and supplementary material are dropped (marked [...])."""
import sys, re, html
import xml.etree.ElementTree as ET

def text_of(el):
    # inline text, skipping xref-only superscripts? keep everything verbatim
    parts = []
    def rec(e):
        if e.tag in ('table-wrap', 'fig', 'disp-formula', 'ref-list'):
            return
        if e.text: parts.append(e.text)
        for c in e:
            rec(c)
            if c.tail: parts.append(c.tail)
    rec(el)
    return re.sub(r'\s+', ' ', ''.join(parts)).strip()

def table_rows(tw):
    out = []
    lab = tw.find('label'); cap = tw.find('caption')
    head = ' '.join(x for x in [text_of(lab) if lab is not None else '', text_of(cap) if cap is not None else ''] if x)
    if head: out.append(head)
    for tr in tw.iter('tr'):
        cells = [text_of(c) for c in tr if c.tag in ('td', 'th')]
        out.append(' | '.join(cells))
    for fn in tw.iter('table-wrap-foot'):
        t = text_of(fn)
        if t: out.append(t)
    return out

def body_lines(el, out, level=0):
    for c in el:
        if c.tag == 'sec':
            t = c.find('title')
            if t is not None and text_of(t): out.append(''); out.append(text_of(t))
            body_lines(c, out, level+1)
        elif c.tag == 'p':
            t = text_of(c)
            if t: out.append(t)
            for tw in c.iter('table-wrap'):
                out.append(''); out.extend(table_rows(tw))
        elif c.tag == 'table-wrap':
            out.append(''); out.extend(table_rows(c))
        elif c.tag == 'fig':
            lab = c.find('label'); cap = c.find('caption')
            t = ' '.join(x for x in [text_of(lab) if lab is not None else '', text_of(cap) if cap is not None else ''] if x)
            if t: out.append(t)
        elif c.tag in ('list',):
            for li in c.iter('list-item'):
                t = text_of(li)
                if t: out.append(t)
        elif c.tag in ('boxed-text',):
            body_lines(c, out, level)
        elif c.tag == 'supplementary-material':
            pass
        elif c.tag == 'title':
            pass

def main(path, header):
    raw = open(path, encoding='utf-8').read()
    raw = re.sub(r'<!DOCTYPE[^>]*>', '', raw)
    # resolve character entities
    raw = re.sub(r'&#x([0-9a-fA-F]+);', lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) not in (0x26, 0x3c, 0x3e) else m.group(0), raw)
    root = ET.fromstring(raw)
    out = [header, '']
    meta = root.find('.//article-meta')
    jt = root.find('.//journal-title')
    title = meta.find('.//article-title')
    out.append(text_of(title)); out.append('')
    auths = []
    for c in meta.iter('contrib'):
        n = c.find('name')
        if n is not None:
            s = n.find('surname'); g = n.find('given-names')
            auths.append(' '.join(x for x in [g.text if g is not None else '', s.text if s is not None else ''] if x))
    if auths: out.append('Authors: ' + ', '.join(auths))
    if jt is not None: out.append('Journal: ' + text_of(jt))
    pd = meta.find('pub-date')
    if pd is not None: out.append('Published: ' + ' '.join(text_of(x) for x in pd))
    for k in ('volume', 'issue', 'elocation-id', 'fpage'):
        e = meta.find(k)
        if e is not None: out.append(k.capitalize() + ': ' + text_of(e))
    for aid in meta.findall('article-id'):
        out.append('Article ID (%s): %s' % (aid.get('pub-id-type'), text_of(aid)))
    perm = meta.find('permissions')
    if perm is not None:
        cs = perm.find('copyright-statement')
        if cs is not None: out.append(text_of(cs))
        lic = perm.find('license')
        if lic is not None:
            out.append('License: ' + (lic.get('{http://www.w3.org/1999/xlink}href') or '') + ' ' + text_of(lic))
    ab = meta.findall('abstract')
    for a in ab:
        if a.get('abstract-type'): continue
        out.append(''); out.append('Abstract')
        if a.find('sec') is not None:
            for s in a.findall('sec'):
                t = s.find('title')
                ps = ' '.join(text_of(p) for p in s.findall('p'))
                out.append((text_of(t) + ': ' if t is not None else '') + ps)
        else:
            for p in a.findall('p'): out.append(text_of(p))
    kw = meta.findall('.//kwd')
    if kw: out.append('Keywords: ' + ', '.join(text_of(k) for k in kw))
    body = root.find('body')
    out.append('')
    body_lines(body, out)
    back = root.find('back')
    if back is not None:
        for c in back:
            if c.tag == 'ref-list':
                out.append(''); out.append('References'); out.append('[...]')
            elif c.tag in ('ack', 'fn-group', 'notes', 'sec', 'glossary'):
                t = c.find('title')
                if t is not None: out.append(''); out.append(text_of(t))
                if c.tag == 'glossary':
                    for d in c.iter('def-item'):
                        out.append(text_of(d.find('term')) + ': ' + text_of(d.find('def')))
                else:
                    body_lines(c, out)
                    for fn in c.iter('fn'):
                        t = text_of(fn)
                        if t: out.append(t)
    txt = '\n'.join(out)
    txt = html.unescape(txt)
    txt = re.sub(r'\n{3,}', '\n\n', txt)
    return txt.strip() + '\n'

if __name__ == '__main__':
    sys.stdout.write(main(sys.argv[1], sys.argv[2]))
