#!/usr/bin/env python3
"""Check the deals evaluation set: gold quotes are verbatim substrings of their
gold source, every fact string occurs (case-insensitively) in at least one gold
quote of its question, and basic schema / coverage rules hold."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
QFILE = os.path.join(HERE, 'questions.jsonl')
TAGS = {"number", "date", "amount", "name", "percentage", "identifier", "duration", "other"}

errors = []
docs = {}
for fn in sorted(os.listdir(DOCS)):
    p = os.path.join(DOCS, fn)
    raw = open(p, 'rb').read()
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError:
        errors.append(f'{fn}: not valid UTF-8'); continue
    if not fn.endswith(('.txt', '.md')):
        errors.append(f'{fn}: extension must be .txt or .md')
    if not 2000 <= len(txt) <= 40000:
        errors.append(f'{fn}: length {len(txt)} outside 2,000-40,000 characters')
    docs[fn] = txt

qs = []
for n, line in enumerate(open(QFILE, encoding='utf-8'), 1):
    line = line.strip()
    if not line:
        continue
    try:
        qs.append(json.loads(line))
    except json.JSONDecodeError as e:
        errors.append(f'line {n}: invalid JSON ({e})')

ids = collections.Counter(q.get('id') for q in qs)
for i, c in ids.items():
    if c > 1:
        errors.append(f'duplicate id {i}')

per_doc = collections.Counter()
n_quotes = n_facts = 0
for q in qs:
    qid = q.get('id', '?')
    for k in ('id', 'question', 'answerable', 'gold_sources', 'facts', 'gold_quotes', 'tags'):
        if k not in q:
            errors.append(f'{qid}: missing field {k}')
    tags = q.get('tags', [])
    if not tags or any(t not in TAGS for t in tags):
        errors.append(f'{qid}: bad tags {tags}')
    if q.get('answerable') is True:
        srcs = q.get('gold_sources', [])
        if not srcs:
            errors.append(f'{qid}: answerable but no gold_sources')
        for s in srcs:
            if s not in docs:
                errors.append(f'{qid}: unknown gold source {s}')
            else:
                per_doc[s] += 1
        quotes = q.get('gold_quotes', [])
        if not quotes:
            errors.append(f'{qid}: answerable but no gold_quotes')
        for gq in quotes:
            n_quotes += 1
            if not any(gq in docs.get(s, '') for s in srcs):
                errors.append(f'{qid}: gold quote not found verbatim in {srcs}: {gq[:80]!r}')
        lowq = [gq.lower() for gq in quotes]
        if not q.get('facts'):
            errors.append(f'{qid}: answerable but no facts')
        for fact in q.get('facts', []):
            if not isinstance(fact, list) or not fact:
                errors.append(f'{qid}: fact must be a non-empty list: {fact!r}')
                continue
            for alt in fact:
                n_facts += 1
                if not any(alt.lower() in x for x in lowq):
                    errors.append(f'{qid}: fact string {alt!r} not in any gold quote')
    elif q.get('answerable') is False:
        if q.get('gold_sources') or q.get('facts') or q.get('gold_quotes'):
            errors.append(f'{qid}: unanswerable must have empty gold_sources/facts/gold_quotes')
        if not q.get('note'):
            errors.append(f'{qid}: unanswerable without note')
    else:
        errors.append(f'{qid}: answerable must be true or false')

n_ans = sum(1 for q in qs if q.get('answerable') is True)
n_un = sum(1 for q in qs if q.get('answerable') is False)
for d in docs:
    if per_doc[d] < 5:
        errors.append(f'{d}: only {per_doc[d]} answerable questions (need >= 5)')
if len(qs) < 90:
    errors.append(f'only {len(qs)} questions (need >= 90)')
if n_un < 22:
    errors.append(f'only {n_un} unanswerable questions (need >= 22)')
if not 10 <= len(docs) <= 12:
    errors.append(f'{len(docs)} documents (need 10-12)')

tagc = collections.Counter(t for q in qs for t in q.get('tags', []))
print(f'documents: {len(docs)}')
for d in sorted(docs):
    print(f'  {d}: {len(docs[d])} chars, {per_doc[d]} answerable questions')
print(f'questions: {len(qs)} (answerable {n_ans}, unanswerable {n_un})')
print(f'gold quotes checked: {n_quotes}; fact strings checked: {n_facts}')
print('tags: ' + ', '.join(f'{k}={v}' for k, v in sorted(tagc.items())))
if errors:
    print(f'FAILED: {len(errors)} problem(s)')
    for e in errors:
        print('  - ' + e)
    sys.exit(1)
print('OK: all gold quotes are verbatim substrings of their sources and all fact strings occur in a gold quote')
