import re, sys
HDR = [re.compile(r'^(NDA|BLA) [\d, ]+(/\s*\S+)?\s*$'), re.compile(r'^Page \d+\s*$'),
       re.compile(r'^U\.S\. Food and Drug Administration\s*$'), re.compile(r'^Silver Spring, MD 20993\s*$'),
       re.compile(r'^www\.fda\.gov\s*$'), re.compile(r'^Reference ID: \d+\s*$')]
def clean(text):
    lines = [l.rstrip() for l in text.replace('\u00a0',' ').split('\n')]
    out = []
    seen_first = 0
    for l in lines:
        s = l.strip()
        if not s: continue
        if any(h.match(s) for h in HDR[1:]): continue
        if HDR[0].match(s):
            seen_first += 1
            if seen_first > 1: continue
        out.append(s)
    # join into paragraphs
    paras = []
    cur = ''
    def is_break_start(s):
        return bool(re.match(r'^(\d+\.|\(\d+\)|[a-z]\.|[•\uf0b7\u25cf-]\s|\uf0b7)', s)) or (s.isupper() and len(s) < 90) or re.match(r'^\d+ https?://', s)
    for s in out:
        if cur == '':
            cur = s
        elif is_break_start(s) or (cur.isupper() and len(cur) < 90) or re.search(r'[.:;]$', cur) and len(prev) < 75:
            paras.append(cur); cur = s
        else:
            if cur.endswith('-') and not cur.endswith(' -'):
                cur = cur + s
            else:
                cur = cur + ' ' + s
        prev = s
    if cur: paras.append(cur)
    t = '\n'.join(re.sub(r'\s+', ' ', p).replace('\uf0b7', '-') for p in paras)
    return t
if __name__ == '__main__':
    src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
    t = clean(open(src).read())
    open(dst, 'w').write(header + '\n' + t + '\n')
