import re, seg, json, sys
DROP = [r'^\d+ 9012190/26$', r'^9012190/26$', r'^Confidential Treatment Requested by Achaogen, Inc\.$', r'^Page \d+ of \d+ DB2/.*$', r'^CONFIDENTIAL$', r'^EXECUTION VERSION$']
SPEC = json.load(open('spec.json'))
def build(key, only_print=False):
    sp = SPEC[key]
    segs = seg.segments(key)
    out = [sp['header']]
    last = None
    for a, b in sp['ranges']:
        if last is not None and a != last + 1:
            out.append('[...]')
        elif last is None and a != 0:
            pass
        b = min(b, len(segs) - 1)
        for i in range(a, b + 1):
            s = segs[i]
            if any(re.match(d, s) for d in DROP) and not (i == a == 0):
                continue
            out.append(s)
        last = b
    if last != len(segs) - 1:
        out.append('[...]')
    txt = '\n'.join(out) + '\n'
    open('/work/train21/contracts/docs/' + sp['file'], 'w', encoding='utf-8').write(txt)
    return txt
if __name__ == '__main__':
    for k in (sys.argv[1:] or SPEC):
        t = build(k)
        print(k, SPEC[k]['file'], len(t))
