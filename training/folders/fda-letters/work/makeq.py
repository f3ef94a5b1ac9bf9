import json, re, os
D = {f[:2]: f for f in os.listdir('../docs')}
T = {k: open('../docs/'+v).read() for k, v in D.items()}
out = []
def quote(doc, s):
    t = T[doc]
    i = t.find(s); assert i >= 0, (doc, s)
    ls = t.rfind('\n', 0, i) + 1; le = t.find('\n', i); le = len(t) if le < 0 else le
    line = t[ls:le]
    if len(line) < 400: return line
    # sentence
    j = i - ls
    starts = [0] + [m.end() for m in re.finditer(r'(?<=[.;])\s+(?=[A-Z(])', line)]
    st = max(x for x in starts if x <= j)
    m = re.search(r'[.;](\s|$)', line[j+len(s):])
    en = j + len(s) + (m.end() if m else len(line))
    q = line[st:en].strip()
    assert q in t
    return q
def A(doc, q, facts, tags, anchor=None):
    facts = [f if isinstance(f, list) else [f] for f in facts]
    quotes = []
    for f in facts:
        qq = quote(doc, anchor or f[0]) if not anchor else quote(doc, anchor)
        if f[0] not in qq: qq = quote(doc, f[0])
        if qq not in quotes: quotes.append(qq)
    out.append(dict(question=q, answerable=True, gold_sources=[D[doc]], facts=facts, gold_quotes=quotes, tags=tags, note=""))
def U(q, note, tags):
    out.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))
exec(open('qs.py').read())
with open('../questions.jsonl', 'w') as f:
    for n, o in enumerate(out, 1):
        o = {"id": f"td-{n:03d}", **o}
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out))
