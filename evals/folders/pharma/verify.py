#!/usr/bin/env python3
"""Checker for the pharma blind-evaluation folder.

Paths are relative to this file: questions.jsonl and docs/.
Prints "items: N answerable: A unanswerable: U documents: D", then each error,
then OK when there are none. Exit code 1 on errors.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = os.path.join(HERE, "questions.jsonl")
DOCS = os.path.join(HERE, "docs")

REQUIRED = {
    "id": str,
    "question": str,
    "answerable": bool,
    "gold_sources": list,
    "facts": list,
    "gold_quotes": list,
    "tags": list,
}
VALID_TAGS = {"number", "date", "person", "organisation", "place", "duration", "other", "unanswerable"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    items = []
    if not os.path.isfile(QFILE):
        print("items: 0 answerable: 0 unanswerable: 0 documents: 0")
        print("ERROR: questions.jsonl not found")
        return 1
    with open(QFILE, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: invalid JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                errors.append(f"line {lineno}: not a JSON object")
                continue
            items.append((lineno, obj))

    doc_files = sorted(f for f in os.listdir(DOCS) if os.path.isfile(os.path.join(DOCS, f))) if os.path.isdir(DOCS) else []
    doc_text = {}
    for f in doc_files:
        with open(os.path.join(DOCS, f), encoding="utf-8") as fh:
            raw = fh.read()
        doc_text[f] = (norm(raw), norm(raw).lower())

    seen = set()
    n_ans = n_unans = 0
    for lineno, obj in items:
        qid = obj.get("id", f"<line {lineno}>")
        where = f"{qid} (line {lineno})"
        keys = set(obj.keys())
        if keys != set(REQUIRED):
            missing = set(REQUIRED) - keys
            extra = keys - set(REQUIRED)
            if missing:
                errors.append(f"{where}: missing keys {sorted(missing)}")
            if extra:
                errors.append(f"{where}: unexpected keys {sorted(extra)}")
        bad_type = False
        for k, typ in REQUIRED.items():
            if k in obj and not isinstance(obj[k], typ):
                errors.append(f"{where}: key '{k}' should be {typ.__name__}")
                bad_type = True
        if bad_type or not set(REQUIRED) <= keys:
            continue
        if qid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(qid)
        if not obj["question"].strip():
            errors.append(f"{where}: empty question")
        tags = obj["tags"]
        if not tags or not all(isinstance(t, str) for t in tags):
            errors.append(f"{where}: tags must be a non-empty list of strings")
        else:
            bad = [t for t in tags if t not in VALID_TAGS]
            if bad:
                errors.append(f"{where}: invalid tags {bad}")
        if not all(isinstance(s, str) for s in obj["gold_sources"]):
            errors.append(f"{where}: gold_sources must be strings")
            continue
        if not all(isinstance(s, str) for s in obj["gold_quotes"]):
            errors.append(f"{where}: gold_quotes must be strings")
            continue
        facts = obj["facts"]
        if not all(isinstance(f, list) and f and all(isinstance(a, str) and a.strip() for a in f) for f in facts):
            errors.append(f"{where}: facts must be a list of non-empty lists of non-empty strings")
            continue

        if obj["answerable"]:
            n_ans += 1
            if "unanswerable" in tags:
                errors.append(f"{where}: answerable item tagged 'unanswerable'")
            if not obj["gold_sources"]:
                errors.append(f"{where}: answerable item without gold_sources")
            if not obj["gold_quotes"]:
                errors.append(f"{where}: answerable item without gold_quotes")
            if not facts:
                errors.append(f"{where}: answerable item without facts")
            srcs = []
            for s in obj["gold_sources"]:
                if s not in doc_text:
                    errors.append(f"{where}: gold source not found: {s}")
                else:
                    srcs.append(s)
            if not srcs:
                continue
            quotes_norm = []
            for q in obj["gold_quotes"]:
                qn = norm(q)
                if not qn:
                    errors.append(f"{where}: empty gold quote")
                    continue
                if not any(qn in doc_text[s][0] for s in srcs):
                    errors.append(f"{where}: gold quote not found verbatim in gold sources: {q[:90]!r}")
                quotes_norm.append(qn.lower())
            src_lower = " ".join(doc_text[s][1] for s in srcs)
            for fact in facts:
                for alt in fact:
                    an = norm(alt).lower()
                    if not any(an in qn for qn in quotes_norm):
                        errors.append(f"{where}: fact alternative {alt!r} not in any gold quote")
                    if an not in src_lower:
                        errors.append(f"{where}: fact alternative {alt!r} not in gold sources")
        else:
            n_unans += 1
            if obj["gold_sources"]:
                errors.append(f"{where}: unanswerable item has gold_sources")
            if facts:
                errors.append(f"{where}: unanswerable item has facts")
            if obj["gold_quotes"]:
                errors.append(f"{where}: unanswerable item has gold_quotes")
            if tags != ["unanswerable"]:
                errors.append(f"{where}: unanswerable item must be tagged ['unanswerable']")

    print(f"items: {len(items)} answerable: {n_ans} unanswerable: {n_unans} documents: {len(doc_files)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
