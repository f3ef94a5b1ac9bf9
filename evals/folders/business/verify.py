#!/usr/bin/env python3
"""Mechanical checks for questions.jsonl against docs/."""
import json, os, sys, collections
BASE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(BASE, 'docs')
TAGS = {'amount','date','person','organisation','place','duration','other','unanswerable'}
errors = []; items = []
with open(os.path.join(BASE, 'questions.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        try: items.append(json.loads(line))
        except Exception as e: errors.append(f'line {ln}: JSON error {e}')
ids = [i['id'] for i in items]
for k, v in collections.Counter(ids).items():
    if v > 1: errors.append(f'duplicate id {k}')
cache = {}
def doc(name):
    if name not in cache:
        p = os.path.join(DOCS, name)
        if not os.path.exists(p): errors.append(f'missing source file {name}'); cache[name] = ''
        else: cache[name] = open(p, encoding='utf-8').read()
    return cache[name]
per_doc = collections.Counter()
for it in items:
    iid = it['id']
    for key in ('id','question','answerable','gold_sources','facts','gold_quotes','tags'):
        if key not in it: errors.append(f'{iid}: missing key {key}')
    if not set(it['tags']) <= TAGS or len(it['tags']) != 1: errors.append(f'{iid}: bad tags {it["tags"]}')
    for s in it['gold_sources']: doc(s)
    if not it['answerable']:
        if it['facts'] or it['gold_quotes'] or it['tags'] != ['unanswerable']:
            errors.append(f'{iid}: unanswerable item must have empty facts/quotes and tag unanswerable')
        continue
    if it['tags'] == ['unanswerable']: errors.append(f'{iid}: answerable item tagged unanswerable')
    if len(it['gold_sources']) != 1: errors.append(f'{iid}: expected exactly one gold source')
    src = it['gold_sources'][0]; per_doc[src] += 1
    text = doc(src)
    if not it['facts'] or not it['gold_quotes']: errors.append(f'{iid}: answerable item needs facts and quotes')
    for q in it['gold_quotes']:
        if q not in text: errors.append(f'{iid}: gold quote not verbatim in {src}: {q[:80]!r}')
    joined = '\n'.join(it['gold_quotes']).lower()
    for fact in it['facts']:
        for alt in fact:
            if alt.lower() not in text.lower(): errors.append(f'{iid}: fact {alt!r} not in {src}')
            if alt.lower() not in joined: errors.append(f'{iid}: fact {alt!r} not in its gold quote(s)')
            if len(alt.split()) > 6: errors.append(f'{iid}: fact {alt!r} longer than 6 words')
n_ans = sum(i['answerable'] for i in items)
print(f'{len(items)} items: {n_ans} answerable, {len(items)-n_ans} unanswerable; {len(set(ids))} unique ids')
print('answerable per doc:'); [print(f'  {v:3d}  {k}') for k, v in sorted(per_doc.items())]
print('tags:', dict(collections.Counter(i['tags'][0] for i in items)))
if errors:
    print(f'{len(errors)} ERRORS'); [print('  ', e) for e in errors]; sys.exit(1)
print('OK: all checks passed')
