#!/usr/bin/env python3
"""Reflow pypdf-extracted text: join wrapped lines into paragraphs (layout only, wording unchanged)."""
import sys, re
def reflow(text, width=None):
    lines=[l.rstrip() for l in text.split('\n')]
    if width is None:
        lens=sorted(len(l) for l in lines if l.strip())
        width=lens[int(len(lens)*0.9)] if lens else 100
    out=[]; cur=''
    for l in lines:
        s=l.strip()
        if not s:
            if cur: out.append(cur); cur=''
            continue
        if cur:
            if cur.endswith('-') and not cur.endswith(' -'):
                cur=cur+s if re.match(r'[a-z]',s) and False else cur+s
            else:
                cur=cur+' '+s
        else:
            cur=s
        if len(l) < 0.75*width and re.search(r'[.:;!?)”"]$', s):
            out.append(cur); cur=''
    if cur: out.append(cur)
    return '\n'.join(out)
if __name__=='__main__':
    sys.stdout.write(reflow(open(sys.argv[1]).read(), int(sys.argv[2]) if len(sys.argv)>2 else None))
