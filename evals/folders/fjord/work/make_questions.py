import json, re, os
D = '/work/blind21/fjord/docs'
docs = {f: open(os.path.join(D,f),encoding='utf-8').read() for f in sorted(os.listdir(D))}
A = {k[:2]: k for k in docs}  # '01' -> filename
ABBR = ['Inc.', 'U.S.A.', 'Ph.D.', 'e.g.', 'Co.', 'B.V.', 'No.', 'vs.', 'i.e.', 'Ltd.', 'Dr.', 'Mass.', 'E.U.', 'U.S.']
def sentences(line):
    # split at sentence boundaries, protecting abbreviations
    prot = line
    for i,a in enumerate(ABBR):
        prot = prot.replace(a, a.replace('.', '\x01'))
    prot = re.sub(r'\b([A-Z])\. ', lambda m: m.group(1)+'\x01 ', prot)
    parts = re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=[A-Z"“(\[])', prot)
    return [p.replace('\x01', '.') for p in parts]
def quote_for(doc, anchor):
    t = docs[doc]
    if anchor.startswith('='):
        assert anchor[1:] in t, (doc, anchor)
        return anchor[1:]
    lines = [l for l in t.split('\n')[1:] if anchor in l]
    assert lines, (doc, anchor)
    l = lines[0]
    if ' | ' in l or l.startswith('- ') or len(l) < 200:
        return l
    for s in sentences(l):
        if anchor in s:
            return s.strip()
    raise AssertionError(('anchor spans sentences', doc, anchor))
Q = []
def ans(q, src, facts, anchors=None, tags=(), note=''):
    """src: list of doc prefixes; facts: list of lists; anchors: list (one per fact) of (docprefix, anchor) or None -> first alt in first src"""
    srcs = [A[s] for s in src]
    quotes = []
    if anchors is None:
        anchors = [(src[0], f[0]) for f in facts]
    for d, an in anchors:
        qt = quote_for(A[d], an)
        if qt not in quotes: quotes.append(qt)
    Q.append(dict(question=q, answerable=True, gold_sources=srcs, facts=facts, gold_quotes=quotes, tags=list(tags), note=note))
def una(q, note, tags=()):
    Q.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=list(tags), note=note))
exec(open('/work/blind21/fjord/work/questions_data.py', encoding='utf-8').read())
with open('/work/blind21/fjord/questions.jsonl','w',encoding='utf-8') as f:
    for i,q in enumerate(Q,1):
        rec = {"id": f"fj-{i:03d}", **q}
        rec = {k: rec[k] for k in ["id","question","answerable","gold_sources","facts","gold_quotes","tags","note"]}
        f.write(json.dumps(rec, ensure_ascii=False)+'\n')
print(len(Q), sum(q['answerable'] for q in Q), sum(not q['answerable'] for q in Q), sum(len(q['gold_sources'])>1 for q in Q))
