#!/usr/bin/env python3
"""Checker for a blind folder's questions.jsonl:  python evals/folders/verify.py evals/folders/NAME

Every id is "<prefix>-NNN" with one prefix per folder (the first line's). The helpers who write a
folder get a copy with their prefix, since they never see this repository.

Checks every line: valid JSON, exact field set, id format and uniqueness,
types, allowed tags; for answerable items that every fact alternative occurs
verbatim in at least one gold source and every gold quote occurs verbatim in
at least one gold source; for unanswerable items that gold_sources, facts and
gold_quotes are empty and a note is given. Prints counts and exits 1 on any
problem.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()
DOCS = os.path.join(HERE, "docs")
QFILE = os.path.join(HERE, "questions.jsonl")

FIELDS = ["id", "question", "answerable", "gold_sources", "facts",
          "gold_quotes", "tags", "note"]
TAGS = {"amount", "count", "date", "percentage", "name", "identifier",
        "place", "duration", "dose", "endpoint", "list", "definition",
        "yes-no", "cross-document"}


def main():
    problems = []
    prefix = ""
    docs = {}
    for fn in sorted(os.listdir(DOCS)):
        p = os.path.join(DOCS, fn)
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                docs[fn] = f.read()
    if not docs:
        problems.append("no documents found in docs/")

    ids = set()
    n = n_ans = n_unans = 0
    tag_counts = Counter()
    doc_counts = Counter()
    with open(QFILE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"line {ln}"
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: invalid JSON ({e})")
            continue
        if not isinstance(q, dict):
            problems.append(f"{where}: not a JSON object")
            continue
        n += 1
        if sorted(q.keys()) != sorted(FIELDS):
            problems.append(f"{where}: fields {sorted(q.keys())} != {sorted(FIELDS)}")
            continue
        qid = q["id"]
        where = f"line {ln} ({qid})"
        prefix = prefix or (qid.split("-")[0] if isinstance(qid, str) else "")
        if not isinstance(qid, str) or not re.fullmatch(re.escape(prefix) + r"-\d{3}", qid):
            problems.append(f"{where}: bad id format")
        if qid in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(qid)
        if not isinstance(q["question"], str) or not q["question"].strip():
            problems.append(f"{where}: empty question")
        if not isinstance(q["answerable"], bool):
            problems.append(f"{where}: answerable must be true/false")
            continue
        for k in ("gold_sources", "facts", "gold_quotes", "tags"):
            if not isinstance(q[k], list):
                problems.append(f"{where}: {k} must be a list")
        if not isinstance(q["note"], str):
            problems.append(f"{where}: note must be a string")
        if not q["tags"]:
            problems.append(f"{where}: no tags")
        for t in q["tags"]:
            if t not in TAGS:
                problems.append(f"{where}: unknown tag {t!r}")
            tag_counts[t] += 1

        if q["answerable"]:
            n_ans += 1
            srcs = q["gold_sources"]
            if not srcs:
                problems.append(f"{where}: answerable item without gold_sources")
            texts = []
            for s in srcs:
                if s not in docs:
                    problems.append(f"{where}: gold source {s!r} not in docs/")
                else:
                    texts.append(docs[s])
                    doc_counts[s] += 1
            if not q["facts"]:
                problems.append(f"{where}: answerable item without facts")
            for fi, fact in enumerate(q["facts"]):
                if not isinstance(fact, list) or not fact:
                    problems.append(f"{where}: fact {fi} must be a non-empty list")
                    continue
                for alt in fact:
                    if not isinstance(alt, str) or not alt:
                        problems.append(f"{where}: fact {fi} has an empty/non-string alternative")
                    elif not any(alt in t for t in texts):
                        problems.append(f"{where}: fact alternative {alt!r} not found verbatim in gold sources")
            if not (1 <= len(q["gold_quotes"]) <= 4):  # a list or two-document answer quotes each part
                problems.append(f"{where}: need 1-4 gold_quotes, got {len(q['gold_quotes'])}")
            for gq in q["gold_quotes"]:
                if not isinstance(gq, str) or not gq:
                    problems.append(f"{where}: empty gold quote")
                elif not any(gq in t for t in texts):
                    problems.append(f"{where}: gold quote not found verbatim: {gq[:80]!r}")
            if "cross-document" in q["tags"] and len(srcs) < 2:
                problems.append(f"{where}: cross-document item needs 2+ gold sources")
        else:
            n_unans += 1
            if q["gold_sources"] or q["facts"] or q["gold_quotes"]:
                problems.append(f"{where}: unanswerable item must have empty gold_sources/facts/gold_quotes")
            if not q["note"].strip():
                problems.append(f"{where}: unanswerable item needs a note")

    print(f"documents: {len(docs)}")
    for fn, t in docs.items():
        print(f"  {fn}: {len(t)} chars, {doc_counts.get(fn, 0)} answerable questions cite it")
    print(f"questions: {n}  answerable: {n_ans}  unanswerable: {n_unans}")
    print("per tag:")
    for t, c in sorted(tag_counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t}: {c}")
    unused = [fn for fn in docs if doc_counts.get(fn, 0) == 0]
    if unused:
        problems.append(f"documents never cited: {unused}")
    if problems:
        print(f"\nPROBLEMS ({len(problems)}):")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
