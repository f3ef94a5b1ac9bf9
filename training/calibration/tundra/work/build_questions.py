import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from questions_spec import A, X, U
D = os.path.join(os.path.dirname(__file__), '..', 'docs')
docs = {f: open(os.path.join(D, f), encoding='utf-8').read() for f in os.listdir(D)}
items = []
for q, src, facts, quotes, tags in A + X:
    for fl in facts:
        if not any(any(a in docs[s] for s in src) for a in fl): print('FACT MISSING', q, fl)
    for qu in quotes:
        if not any(qu in docs[s] for s in src): print('QUOTE MISSING', q, qu[:80])
    items.append(dict(question=q, answerable=True, gold_sources=src, facts=facts, gold_quotes=quotes, tags=tags, note=""))
for q, src, note, tg in U:
    items.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tg, note=note))
# interleave unanswerable items among answerable ones deterministically
import random
random.seed(32)
random.shuffle(items)
with open(os.path.join(D, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for i, it in enumerate(items, 1):
        rec = {"id": "TUN-%03d" % i, **it}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(items), 'answerable', len(A)+len(X), 'cross', len(X), 'unanswerable', len(U))
