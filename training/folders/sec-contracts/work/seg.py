import re, sys, json
RAW = '/work/train21/contracts/work/raw/'
def clean(key):
    t = open(RAW + key + '.txt', encoding='utf-8').read()
    lines = []
    for ln in t.split('\n'):
        s = ln.strip()
        s = re.sub(r'^(Confidential Treatment Requested by Achaogen, Inc\.\s*)+', '', s)
        if not s or s.startswith('Source: ') or re.match(r'Page \d+ of 60', s) or s.startswith('[***] Certain information in this document has been omitted and filed separately'):
            continue
        # drop trailing page number / page markers
        s = re.sub(r'\s+(?:-\s*)?\d{1,3}(?:\s*-)?$', '', s) if len(s) > 200 else s
        lines.append(s)
    return lines
SEC = re.compile(r'(?<=[.:;\]\)])\s+(?=(?:Section\s+)?\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z"“(\[])|(?<=[.:;\]\)])\s+(?=ARTICLE\s+\d+|Article\s+\d+\s)')
def segments(key):
    text = ' \n'.join(clean(key))
    segs = []
    for ln in text.split(' \n'):
        for p in SEC.split(ln):
            p = re.sub(r'[ \t\u00a0]{2,}', ' ', p).strip()
            if not p or re.fullmatch(r'[-\s\divx]+', p):
                continue
            if segs and (p[0].islower() or (segs[-1][-1:] not in '.:;"”)]' and len(segs[-1])>150 and not p.startswith(('ARTICLE','Article')))):
                segs[-1] = segs[-1] + ' ' + p
            else:
                segs.append(p)
    return segs
if __name__ == '__main__':
    key = sys.argv[1]
    for i, s in enumerate(segments(key)):
        print(i, len(s), s[:110].replace('\n', ' '))
