#!/usr/bin/env python3
"""Check questions.jsonl against the documents in docs/ (paths relative to this file).

Checks: JSONL parses; ids unique; required keys/types; tags valid; gold sources exist;
for answerable items every gold quote occurs verbatim in its gold source and every fact
string occurs (case-insensitive) both in a gold quote and in the gold source.
Whitespace is normalised (runs of whitespace -> one space) on both sides before matching.
Unanswerable items must have no facts.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
QFILE = os.path.join(HERE, "questions.jsonl")
TAGS = {"number", "date", "person", "organisation", "place", "duration", "other", "unanswerable"}
KEYS = {"id", "question", "answerable", "gold_sources", "facts", "gold_quotes", "tags"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    errors = []
    doc_cache = {}
    def doc(name):
        if name not in doc_cache:
            p = os.path.join(DOCS, name)
            if not os.path.isfile(p):
                return None
            with open(p, encoding="utf-8") as f:
                doc_cache[name] = norm(f.read())
        return doc_cache[name]

    items, ids = [], set()
    with open(QFILE, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: JSON error {e}")
                continue
            items.append(it)
            missing = KEYS - set(it)
            if missing:
                errors.append(f"line {ln}: missing keys {sorted(missing)}")
                continue
            if it["id"] in ids:
                errors.append(f"{it['id']}: duplicate id")
            ids.add(it["id"])
            if not isinstance(it["answerable"], bool):
                errors.append(f"{it['id']}: answerable is not bool")
            if not it["tags"] or any(t not in TAGS for t in it["tags"]):
                errors.append(f"{it['id']}: bad tags {it['tags']}")
            for src in it["gold_sources"]:
                if doc(src) is None:
                    errors.append(f"{it['id']}: gold source not found: {src}")
            if not it["answerable"]:
                if it["facts"]:
                    errors.append(f"{it['id']}: unanswerable item has facts")
                if it["tags"] != ["unanswerable"]:
                    errors.append(f"{it['id']}: unanswerable item should be tagged 'unanswerable'")
                continue
            if "unanswerable" in it["tags"]:
                errors.append(f"{it['id']}: answerable item tagged unanswerable")
            if not it["gold_sources"] or not it["gold_quotes"] or not it["facts"]:
                errors.append(f"{it['id']}: answerable item needs gold_sources, gold_quotes and facts")
                continue
            texts = [doc(s) for s in it["gold_sources"] if doc(s) is not None]
            quotes = [norm(q) for q in it["gold_quotes"]]
            for q in quotes:
                if not any(q in t for t in texts):
                    errors.append(f"{it['id']}: gold quote not found verbatim: {q[:90]!r}")
            qlow = " ".join(quotes).lower()
            for fact in it["facts"]:
                if not isinstance(fact, list) or not fact:
                    errors.append(f"{it['id']}: fact must be a non-empty list")
                    continue
                for alt in fact:
                    a = norm(alt).lower()
                    if a not in qlow:
                        errors.append(f"{it['id']}: fact {alt!r} not in gold quote(s)")
                    if not any(a in t.lower() for t in texts):
                        errors.append(f"{it['id']}: fact {alt!r} not in gold source")
    n_ans = sum(1 for i in items if i.get("answerable") is True)
    n_un = sum(1 for i in items if i.get("answerable") is False)
    print(f"items: {len(items)}  answerable: {n_ans}  unanswerable: {n_un}  documents: {len([d for d in os.listdir(DOCS)])}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
