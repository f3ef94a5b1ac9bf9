#!/usr/bin/env python3
"""Build questions.jsonl: gold quotes are extracted verbatim from the docs (whole line, or the
sentence holding the key when the line is a long paragraph)."""
import json, os, re, sys
HERE = "/work/train20/ta"
D = {}
for fn in sorted(os.listdir(f"{HERE}/docs")):
    D[int(fn[:2])] = fn
TXT = {k: open(f"{HERE}/docs/{v}", encoding="utf-8").read() for k, v in D.items()}
ALL = "\n".join(TXT.values())

def quote_for(doc, key):
    exact = [l for l in TXT[doc].split("\n") if l == key]
    lines = exact or [l for l in TXT[doc].split("\n") if key in l]
    if not lines:
        sys.exit(f"key not found in doc {doc}: {key!r}")
    line = lines[0]
    if len(line) > 350:
        # sentence holding the key
        parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"(])", line)
        for p in parts:
            if key in p:
                return p
        sys.exit(f"sentence split failed for {key!r}")
    return line

A = []  # answerable: (doc, question, facts, keys, tags)
U = []  # unanswerable: (question, note, tags, absent_terms)
def a(doc, q, facts, tags, keys=None):
    facts = [f if isinstance(f, list) else [f] for f in facts]
    keys = keys or [f[0] for f in facts]
    if isinstance(keys, str): keys = [keys]
    A.append((doc, q, facts, keys, tags))
def u(q, note, tags, absent):
    U.append((q, note, tags, absent))

exec(open(f"{HERE}/work/qspec.py", encoding="utf-8").read())

DROP = [
 "Which NCI-assigned secondary", "How was carboplatin dosed", "At the first phase I dose level", "Primary completion date of NCT00023673",
 "What was the 95% confidence interval", "Significance level", "Who served as study chair", "Minimum FEV1", "On what date were results first posted",
 "How many phase II patients did RTOG L-0117 plan",
 "How many participants were analysed", "Start date of the nelfinavir", "How many women", "How long after the last nelfinavir dose", "Which grade 4 adverse event",
 "What tablet strength", "Cycle length during olaparib", "Which induction doublets", "When was NCT02679963 first posted",
 "Minimum number of induction chemotherapy cycles for PIPSeN", "How long is follow-up after randomization",
 "Org study ID of the oral topotecan", "Start date of the ridaforolimus", "Minimum life expectancy to enter the ridaforolimus",
 "City of the TQB2930", "Minimum life expectancy for TQB2930", "Is the TQB2930 study an FDA-regulated",
 "Which tablet strengths", "Anticipated primary completion of the tucatinib", "Which steady-state trough",
 "Upper age limit", "Anticipated start date of the mirtazapine", "Which questionnaire version"]
for d in DROP:
    n = sum(1 for x in A if x[1].startswith(d))
    assert n == 1, (d, n)
A = [x for x in A if not any(x[1].startswith(d) for d in DROP)]
out = []
items = []
for doc, q, facts, keys, tags in A:
    quotes = []
    for k in keys:
        qt = quote_for(doc, k)
        if qt not in quotes:
            quotes.append(qt)
    for f in facts:
        for alt in f:
            assert alt in TXT[doc], (doc, alt)
    items.append(dict(question=q, answerable=True, gold_sources=[D[doc]], facts=facts,
                      gold_quotes=quotes, tags=tags, note=""))
for q, note, tags, absent in U:
    for t in absent:
        if t.lower() in ALL.lower():
            sys.exit(f"absent term present: {t!r} ({q})")
    items.append(dict(question=q, answerable=False, gold_sources=[], facts=[], gold_quotes=[],
                      tags=tags, note=note))
# interleave deterministically: spread unanswerables
import random
random.seed(20)
random.shuffle(items)
with open(f"{HERE}/questions.jsonl", "w", encoding="utf-8") as fh:
    for i, it in enumerate(items, 1):
        rec = {"id": f"ta-{i:03d}", **it}
        rec = {k: rec[k] for k in ["id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags", "note"]}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(A), "answerable", len(U), "unanswerable")
