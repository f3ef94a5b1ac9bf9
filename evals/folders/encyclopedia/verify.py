#!/usr/bin/env python3
"""Mechanical checks for questions.jsonl against docs/."""
import json, pathlib, sys, collections
BASE = pathlib.Path(__file__).resolve().parent
texts = {p.name: p.read_text(encoding="utf-8") for p in (BASE / "docs").iterdir()}
TAGS = {"number", "date", "person", "place", "organisation", "other", "unanswerable"}
errors, ids, per_doc = [], set(), collections.Counter()
rows = []
for ln, line in enumerate(open(BASE / "questions.jsonl", encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as ex:
        errors.append(f"line {ln}: bad JSON {ex}"); continue
    rows.append(r)
    rid = r.get("id")
    if rid in ids: errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    for k in ("id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags"):
        if k not in r: errors.append(f"{rid}: missing {k}")
    if len(r["tags"]) != 1 or r["tags"][0] not in TAGS: errors.append(f"{rid}: bad tags {r['tags']}")
    for s in r["gold_sources"]:
        if s not in texts: errors.append(f"{rid}: unknown source {s}")
        per_doc[(s, r["answerable"])] += 1
    if r["answerable"]:
        if r["tags"][0] == "unanswerable": errors.append(f"{rid}: answerable but tagged unanswerable")
        if not r["facts"] or not r["gold_quotes"]: errors.append(f"{rid}: answerable without facts/quotes")
        src = " ".join(texts[s] for s in r["gold_sources"])
        for q in r["gold_quotes"]:
            if q not in src: errors.append(f"{rid}: quote not verbatim in source: {q[:60]}")
        quotes = " ".join(r["gold_quotes"]).lower()
        for alts in r["facts"]:
            if not alts: errors.append(f"{rid}: empty fact")
            for a in alts:
                if a.lower() not in src.lower(): errors.append(f"{rid}: fact {a!r} not in source")
                if a.lower() not in quotes: errors.append(f"{rid}: fact {a!r} not in gold quotes")
                if len(a.split()) > 6: errors.append(f"{rid}: fact {a!r} longer than 6 words")
    else:
        if r["facts"] or r["gold_quotes"]: errors.append(f"{rid}: unanswerable with facts/quotes")
        if r["tags"] != ["unanswerable"]: errors.append(f"{rid}: unanswerable tag")
n_ans = sum(r["answerable"] for r in rows)
print(f"{len(rows)} questions, {n_ans} answerable, {len(rows)-n_ans} unanswerable, {len(ids)} unique ids")
for d in sorted(texts):
    print(f"  {d:40s} {len(texts[d]):6d} chars  answerable={per_doc[(d, True)]:2d} unanswerable={per_doc[(d, False)]}")
print("tags:", collections.Counter(r["tags"][0] for r in rows))
if errors:
    print("ERRORS:"); print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")
