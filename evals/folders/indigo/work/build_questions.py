#!/usr/bin/env python3
"""Build questions.jsonl. Quotes/facts are matched against the docs after normalising curly quotes
(1:1 character mapping), and the original characters are written out. A quote starting with 'L:'
is expanded to the whole line that contains it."""
import json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {f: open(os.path.join(HERE, "docs", f), encoding="utf-8").read() for f in os.listdir(os.path.join(HERE, "docs"))}
def short(prefix):
    m = [f for f in DOCS if f.startswith(prefix)]
    assert len(m) == 1, prefix
    return m[0]
TR = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "})
def find(doc, s):
    t = DOCS[doc]; n = t.translate(TR); k = s.translate(TR)
    i = n.find(k)
    if i < 0: return None
    return t[i:i+len(s)], i
def resolve_quote(doc, q):
    if q.startswith("L:"):
        r = find(doc, q[2:]); assert r, (doc, q)
        t = DOCS[doc]; i = r[1]
        a = t.rfind("\n", 0, i) + 1; b = t.find("\n", i); b = len(t) if b < 0 else b
        return t[a:b].rstrip()
    r = find(doc, q); assert r, (doc, q)
    return r[0]
def resolve_fact(docs, f):
    for d in docs:
        r = find(d, f)
        if r: return r[0]
    raise AssertionError(("fact", docs, f))
OUT = []
def A(question, srcs, facts, quotes, tags, note=""):
    srcs = [short(s) for s in srcs]
    fq = []
    for fact in facts:
        fq.append([resolve_fact(srcs, a) for a in fact])
    qs = []
    for q in quotes:
        if isinstance(q, tuple): d, q = short(q[0]), q[1]
        else: d = srcs[0]
        qs.append(resolve_quote(d, q))
    # every fact's first alternative must sit inside one of the quotes
    for fact in fq:
        assert any(fact[0] in q for q in qs), ("fact not in quotes", question, fact)
    if len(srcs) > 1 and "cross-document" not in tags: tags = tags + ["cross-document"]
    OUT.append({"question": question, "answerable": True, "gold_sources": srcs, "facts": fq, "gold_quotes": qs, "tags": tags, "note": note})
def U(question, tags, note):
    OUT.append({"question": question, "answerable": False, "gold_sources": [], "facts": [], "gold_quotes": [], "tags": tags, "note": note})
exec(open(os.path.join(HERE, "work", "questions_spec.py"), encoding="utf-8").read())
# mix the order deterministically so documents and question types are interleaved; assign ids
import random
random.Random(23).shuffle(OUT)
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, q in enumerate(OUT, 1):
        o = {"id": f"in-{i:03d}", **q}
        o = {k: o[k] for k in ["id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags", "note"]}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(OUT), sum(q["answerable"] for q in OUT), sum(not q["answerable"] for q in OUT), sum(len(q["gold_sources"]) > 1 for q in OUT))
