import json, re, glob, os
D = '/work/train21/contracts/docs/'
FILES = {f[:2]: f for f in os.listdir(D)}
TXT = {k: open(D + f, encoding='utf-8').read() for k, f in FILES.items()}
SPLIT = re.compile(r'(?<!U\.S\.)(?<!Inc\.)(?<!Ltd\.)(?<!Sec\.)(?<!No\.)(?<!\bM\.)(?<!E\.R\.)(?<=[.;])\s+(?=[A-Z(])')
def quote(k, snippet, fact):
    t = TXT[k]
    for line in t.split('\n'):
        if snippet in line:
            for s in SPLIT.split(line):
                if snippet in s and fact in s:
                    return s.strip()
            return line.strip()
    print(f'SNIPPET NOT FOUND in {k}: {snippet!r}'); return ''
A = []  # answerable: (doc, question, facts(list of alt lists), snippets(list), tags)
U = []  # unanswerable: (question, note, tags)
def a(doc, q, facts, tags, snips=None):
    if isinstance(facts[0], str): facts = [facts]
    snips = snips or [f[0] for f in facts]
    if isinstance(snips, str): snips = [snips]
    A.append((doc, q, facts, snips, tags))
def u(q, note, tags):
    U.append((q, note, tags))
exec(open('/work/train21/contracts/work/qdata.py', encoding='utf-8').read())
out = []
# interleave: answerable and unanswerable mixed
items = [('a', x) for x in A] + [('u', x) for x in U]
import random
random.seed(21)
random.shuffle(items)
n = 0
for kind, x in items:
    n += 1
    qid = f'ct-{n:03d}'
    if kind == 'a':
        doc, q, facts, snips, tags = x
        quotes = []
        for i, f in enumerate(facts):
            sn = snips[i] if i < len(snips) else snips[-1]
            qt = quote(doc, sn, f[0])
            if f[0] not in qt: print('FACT NOT IN QUOTE', qid, repr(f[0]), qt[:100])
            for alt in f:
                if alt not in TXT[doc]: print('MISSING', qid, doc, repr(alt))
            if qt not in quotes: quotes.append(qt)
        out.append({'id': qid, 'question': q, 'answerable': True, 'gold_sources': [FILES[doc]], 'facts': facts, 'gold_quotes': quotes, 'tags': tags, 'note': ''})
    else:
        q, note, tags = x
        out.append({'id': qid, 'question': q, 'answerable': False, 'gold_sources': [], 'facts': [], 'gold_quotes': [], 'tags': tags, 'note': note})
with open('/work/train21/contracts/questions.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(A), len(U))
