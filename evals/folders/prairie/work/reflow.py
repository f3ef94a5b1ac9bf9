import re
HEAD_RE = re.compile(r'^(\d+(\.\d+)*\.?\s+[A-Z]|[IVX]+\.\s+[A-Z]|[A-H]\.\s+[A-Z])')
def reflow(lines, drop_re=None, width=None):
    """Join PDF-wrapped lines into paragraphs (layout only). A short line ends a paragraph."""
    lines = [l.rstrip().strip() for l in lines]
    if drop_re:
        lines = [l for l in lines if not re.match(drop_re, l)]
    if width is None:
        ls = sorted(len(l) for l in lines if l)
        width = ls[int(len(ls)*0.9)] if ls else 100
    short = width * 0.8
    out = []; cur = ''; prevlen = 0
    for l in lines:
        if not l:
            if cur: out.append(cur); cur = ''
            prevlen = 0; continue
        is_head = bool(HEAD_RE.match(l)) and len(l) < 110 and not l.endswith(('.', ',', ';'))
        bullet = l[:1] in '•–·' or (l[:2] == '- ') or re.match(r'^\(?[a-z0-9ivx]{1,3}\)\s', l) or re.match(r'^\d+\.\s', l)
        if is_head:
            if cur: out.append(cur)
            out.append(l); cur = ''; prevlen = 0; continue
        if bullet or not cur:
            if cur: out.append(cur)
            cur = l; prevlen = len(l); continue
        # continuation or new paragraph?
        if prevlen < short and (cur.endswith(('.', ':', '?', ';')) or not l[:1].islower()):
            out.append(cur); cur = l
        elif cur.endswith('-') and l[:1].islower():
            cur += l
        else:
            cur += ' ' + l
        prevlen = len(l)
    if cur: out.append(cur)
    return [re.sub(r'\s{2,}', ' ', o) for o in out]
