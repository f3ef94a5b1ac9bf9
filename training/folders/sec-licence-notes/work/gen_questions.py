import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from qa_data import A, U
DOCS = '/work/train20/te/docs'
files = sorted(os.listdir(DOCS))
bynum = {int(f[:2]): f for f in files}
texts = {f: open(os.path.join(DOCS, f), encoding='utf-8').read() for f in files}
ABBR = re.compile(r'(Inc|Ltd|Co|No|Corp|U\.S|St|approx|e\.g|i\.e|vs|N\.V|LLC|Mr|Ms|Dr)\.$')

def sentences(line):
    # return list of (start, end) spans
    spans, start = [], 0
    for m in re.finditer(r'(?<=[.?!;:])\s+(?=[A-Z•(“"])', line):
        seg = line[start:m.start()]
        if ABBR.search(seg) or seg.rstrip().endswith(';') or seg.rstrip().endswith(':'):
            continue
        spans.append((start, m.start())); start = m.end()
    spans.append((start, len(line)))
    return spans

def quote_for(text, hint, warn):
    lines = text.split('\n')
    hits = [l for l in lines if hint in l]
    if not hits:
        sys.exit(f'HINT NOT FOUND: {hint!r}')
    cands = []
    for line in hits:
        for m in re.finditer(re.escape(hint), line):
            a, b = m.start(), m.end()
            sp = sentences(line)
            s = next(s for s in sp if s[0] <= a < s[1] + 1)
            e = next(s for s in sp if s[0] < b <= s[1] + 1)
            cands.append(line[s[0]:e[1]].strip())
    uniq = list(dict.fromkeys(cands))
    if len(uniq) > 1:
        warn.append(f'{hint!r}: {len(uniq)} distinct quotes; using first')
    return uniq[0]

out = []
n = 0
warns = []
for doc, q, facts, hints, tags in A:
    n += 1
    f = bynum[doc]
    t = texts[f]
    for fact in facts:
        for alt in fact:
            if alt not in t:
                sys.exit(f'FACT NOT IN DOC {f}: {alt!r}')
    hs = hints or [fact[0] for fact in facts]
    quotes = []
    w = []
    for h, fact in zip(hs, facts):
        qt = quote_for(t, h, w)
        if not any(alt in qt for alt in fact):
            sys.exit(f'quote for {h!r} lacks fact {fact}: {qt[:100]}')
        if qt not in quotes:
            quotes.append(qt)
    warns += [f'te-{n:03d} ' + x for x in w]
    out.append({"id": None, "question": q, "answerable": True, "gold_sources": [f], "facts": facts,
                "gold_quotes": quotes, "tags": tags, "note": ""})
for q, note in U:
    out.append({"id": None, "question": q, "answerable": False, "gold_sources": [], "facts": [],
                "gold_quotes": [], "tags": ["amount"] if False else [], "note": note})
# tags for unanswerable: guess from wording
def utags(q):
    ql = q.lower()
    if 'response rate' in ql: return ['endpoint']
    if any(k in ql for k in ['how many patients', 'enroll', 'participants']): return ['count']
    if any(k in ql for k in ['rate', 'percentage', 'royalty']): return ['percentage']
    if any(k in ql for k in ['when', 'date']): return ['date']
    if any(k in ql for k in ['name of', 'what is the name']): return ['name']
    if any(k in ql for k in ['notice period', 'how many years']): return ['duration']
    if 'response rate' in ql: return ['endpoint']
    return ['amount']
for o in out:
    if not o['answerable']:
        o['tags'] = utags(o['question'])
# interleave unanswerables deterministically among answerables
import random
random.seed(20)
random.shuffle(out)
for i, o in enumerate(out, 1):
    o['id'] = f'te-{i:03d}'
with open('/work/train20/te/questions.jsonl', 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps({k: o[k] for k in ["id","question","answerable","gold_sources","facts","gold_quotes","tags","note"]}, ensure_ascii=False) + '\n')
print(len(out), 'questions;', sum(o['answerable'] for o in out), 'answerable')
print('\n'.join(warns))
