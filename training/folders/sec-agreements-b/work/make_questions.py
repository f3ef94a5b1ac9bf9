#!/usr/bin/env python3
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, 'qs.py'), encoding='utf-8').read(), ns)
items = []
for q, srcs, facts, quotes, tags in ns['Q']:
    items.append(dict(question=q, answerable=True, gold_sources=srcs, facts=facts, gold_quotes=quotes, tags=tags, note=""))
for q, note, tags in ns['U']:
    items.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))
random.Random(31).shuffle(items)
with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for i, it in enumerate(items, 1):
        d = {"id": f"sab-{i:03d}", **it}
        d = {k: d[k] for k in ["id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags", "note"]}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(items), sum(i['answerable'] for i in items))
