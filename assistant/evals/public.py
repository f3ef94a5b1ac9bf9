#!/usr/bin/env python3
"""Measure the product from outside on public QA sets it was not trained on.

    assistant eval-public xquad  [--data ../shared/datasets] [--limit N] [-o key=value ...]
    assistant eval-public wikiqa
    assistant eval-public subjqa --limit 150

Every question goes through the public ``assistant.answer()`` over a folder of documents built
from the set (so any version of the product can be measured the same way):

* ``xquad``: XQuAD-en (SQuAD v1.1 dev paragraphs; never trained on). One document per
  article, all 47 in one folder. Answer-sentence accuracy: the first citation's quote holds a
  gold answer. Every item is answerable, so abstaining is a miss.
* ``wikiqa``: WikiQA test (research-only licence: evaluation only). One document per
  question's candidate sentences (a Wikipedia summary), all in one folder. No-answer accuracy:
  abstention on questions without a correct sentence; answer accuracy: the first citation
  holds a correct sentence.
* ``subjqa``: SubjQA test (review QA; research-only). Each question is asked of a folder
  holding only its own review (other reviews of the same product could answer what this one
  does not). No-answer accuracy, and answer accuracy: the first citation holds the answer span.

Prints one JSON object with the figures; ``--json OUT`` also writes it with every item.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path



def read_jsonl(folder: Path):
    for shard in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def safe_name(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_")[:60] or "doc"


def build_xquad(data: Path, work: Path, limit: int, rng: random.Random):
    folder = work / "xquad"
    folder.mkdir(parents=True, exist_ok=True)
    by_title: dict[str, list[str]] = {}
    items = []
    for r in read_jsonl(data / "xquad_en"):
        paragraphs = by_title.setdefault(r["title"], [])
        if r["context"] not in paragraphs:
            paragraphs.append(r["context"])
        items.append({"id": r["id"], "question": r["question"], "answerable": True,
                      "source": safe_name(r["title"]) + ".txt", "answers": [a["text"] for a in r["answers"]]})
    for title, paragraphs in by_title.items():
        path = folder / (safe_name(title) + ".txt")
        if not path.exists():
            path.write_text(title.replace("_", " ") + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    if limit:
        items = rng.sample(items, min(limit, len(items)))
    return [(folder, item) for item in items]


def build_wikiqa(data: Path, work: Path, limit: int, rng: random.Random):
    folder = work / "wikiqa"
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for r in read_jsonl(data / "wikiqa"):
        if not r["id"].startswith("wikiqa-test-"):
            continue
        sentences = [c["text"].strip() for c in r["candidates"] if c["text"].strip()]
        body = " ".join(sentences)
        name = "doc_" + hashlib.sha1(body.encode()).hexdigest()[:12] + ".txt"
        path = folder / name
        if not path.exists():
            path.write_text(body + "\n", encoding="utf-8")
        positives = [c["text"].strip() for c in r["candidates"] if c["label"]]
        out.append((folder, {"id": r["id"], "question": r["question"], "answerable": bool(positives),
                             "source": name, "answers": positives}))
    if limit:
        out = rng.sample(out, min(limit, len(out)))
    return out


def build_subjqa(data: Path, work: Path, limit: int, rng: random.Random):
    records = [r for r in read_jsonl(data / "subjqa") if "-test-" in r["id"]]
    records = rng.sample(records, min(limit or 150, len(records)))
    out = []
    for r in records:
        digest = hashlib.sha1(r["context"].encode()).hexdigest()[:12]
        folder = work / "subjqa" / digest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "review.txt"
        if not path.exists():
            path.write_text(r["context"] + "\n", encoding="utf-8")
        out.append((folder, {"id": r["id"], "question": r["question"], "answerable": not r["is_impossible"],
                             "source": "review.txt", "answers": [a["text"] for a in r["answers"]]}))
    return out


def default_data() -> Path:
    from ..config import project_root

    return project_root().parent / "shared" / "datasets"


def run(name: str, data: Path, work: Path, limit: int = 0, options: dict | None = None) -> dict:
    """Ask every question of the set; return ``{"figures": ..., "items": [...]}``."""
    from .. import answer

    options = dict(options or {})
    if not (data / {"xquad": "xquad_en"}.get(name, name)).is_dir():
        raise FileNotFoundError(f"no {name} data under {data} (pass --data: the datasets folder)")
    rng = random.Random(7)
    items = BUILDERS[name](data, work, limit, rng)
    results = []
    started = time.time()
    for n, (folder, item) in enumerate(items, 1):
        index_dir = work / "index" / (name + "-" + hashlib.sha1(str(folder).encode()).hexdigest()[:10])
        try:
            result = answer(item["question"], corpus=str(folder), index_dir=str(index_dir), **options)
            first = result.citations[0] if result.citations else None
            quote = norm(first.quote) if first else ""
            hit = bool(first) and first.source == item["source"] and any(
                norm(a) in quote or (name == "wikiqa" and quote and quote in norm(a)) for a in item["answers"])
            results.append({**item, "abstained": bool(result.abstained), "hit": hit,
                            "quote": first.quote if first else "", "confidence": getattr(result, "confidence", None)})
        except Exception as exc:  # counted as a miss, and shown
            results.append({**item, "abstained": False, "hit": False, "error": repr(exc)})
        if n % 50 == 0:
            print(f"{n}/{len(items)} {time.time() - started:.0f}s", file=sys.stderr, flush=True)
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]

    def rate(rows, key):
        return round(sum(bool(r[key]) for r in rows) / len(rows), 4) if rows else None

    figures = {
        "set": name, "questions": len(results), "answerable": len(answerable),
        "unanswerable": len(unanswerable), "options": {k: str(v) for k, v in options.items()},
        "answer_accuracy": rate(answerable, "hit"),
        "false_abstention": rate(answerable, "abstained"),
        "no_answer_accuracy": rate(unanswerable, "abstained"),
        "errors": sum(1 for r in results if "error" in r),
        "seconds": round(time.time() - started, 1),
    }
    return {"figures": figures, "items": results}


BUILDERS = {"xquad": build_xquad, "wikiqa": build_wikiqa, "subjqa": build_subjqa}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="assistant eval-public", description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=sorted(BUILDERS))
    parser.add_argument("--data", type=Path, default=default_data(),
                        help="the datasets folder (default: ../shared/datasets beside the project)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/assistant-public-evals"),
                        help="where the folders and their indexes are built")
    parser.add_argument("--limit", type=int, default=0, help="a seeded sample of N questions")
    parser.add_argument("-o", "--option", action="append", default=[], help="answer() option KEY=VALUE")
    parser.add_argument("--json", type=Path, help="write the figures and every item here")
    args = parser.parse_args(argv)

    options = dict(o.split("=", 1) for o in args.option)
    out = run(args.set, args.data, args.work, args.limit, options)
    figures = out["figures"]
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


