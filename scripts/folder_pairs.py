#!/usr/bin/env python3
"""Reader training pairs from folders of documents with questions, read the way the product reads.

    python scripts/folder_pairs.py training/folders/* --out /tmp/folder-pairs.jsonl

A folder is ``docs/`` plus ``questions.jsonl`` in the blind folders' format
(``evals/folders/verify.py``: question, answerable, gold_sources, facts, gold_quotes). Each
folder is indexed by the product and each question asked through its own path (hybrid
retrieval → candidate passages, with titles, sections and field labels as the reader sees
them), so the pairs are the passages the reader will meet in a user's folder, not sentences of
an encyclopedia. Labels:

* positive: a passage of a gold source that holds a fact and overlaps a gold quote, with the
  fact as its answer span;
* negative: any other candidate that holds no fact (for an unanswerable question: every
  candidate). The hardest by the current reader's score come first, then a few at random;
* a passage that holds a fact but is not part of a gold quote is left out (it may answer).

The folders of ``training/folders`` were written for this by helpers who saw only public
documents (``training/README.md``); none of their documents is in an evaluation folder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SEED = 13
HELD_OUT_SHARE = 0.25  # of each folder's documents (and of its unanswerable questions), never trained on
HARD_NEGATIVES = 4  # the current reader's highest-scored wrong candidates per question
RANDOM_NEGATIVES = 2  # and a few more from the rest of the candidates


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def load_questions(folder: Path) -> list[dict]:
    with open(folder / "questions.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _hash(key: str) -> str:
    import hashlib

    return hashlib.sha1(key.encode()).hexdigest()


def held_out_documents(folder: Path) -> set[str]:
    """A quarter of the folder's documents (rounded; none of a folder of fewer than four), the
    first by a hash of their names: the held-out split, on which the calibration is fitted."""
    names = sorted(p.name for p in (folder / "docs").iterdir() if p.is_file())
    count = round(len(names) * HELD_OUT_SHARE) if len(names) >= 4 else 0
    return set(sorted(names, key=lambda n: _hash(f"{folder.name}/{n}"))[:count])


def split_folder(folder: Path, part: str, dest: Path) -> Path:
    """Write ``part`` ("train" or "heldout") of ``folder`` to ``dest`` (docs/ and questions.jsonl)
    and return it. An answerable question goes with its gold documents; an unanswerable one is
    held out by a hash of its id (its answer is in none of the folder's documents, so in none of
    the part's)."""
    import shutil

    held = held_out_documents(folder)
    keep = {name for name in (p.name for p in (folder / "docs").iterdir() if p.is_file())
            if (name in held) == (part == "heldout")}
    shutil.rmtree(dest, ignore_errors=True)
    (dest / "docs").mkdir(parents=True)
    for name in sorted(keep):
        shutil.copyfile(folder / "docs" / name, dest / "docs" / name)
    with open(dest / "questions.jsonl", "w", encoding="utf-8") as out:
        for q in load_questions(folder):
            if q["answerable"]:
                mine = set(q["gold_sources"]) <= keep
            else:
                mine = (int(_hash(q["id"])[:8], 16) / 0xFFFFFFFF < HELD_OUT_SHARE) == (part == "heldout")
            if mine and keep:
                out.write(json.dumps(q) + "\n")
    return dest


def fact_strings(question: dict) -> list[str]:
    return [alt for fact in question.get("facts", []) for alt in fact if alt.strip()]


def verdict(question: dict, source: str, text: str) -> str:
    """"right", "wrong" or "unsure" for a passage of ``source`` with ``text``."""
    if not question.get("answerable"):
        return "wrong"
    passage = norm(text)
    facts = [norm(f) for f in fact_strings(question)]
    if not any(f and f in passage for f in facts):
        return "wrong"
    if source in question.get("gold_sources", []):
        for quote in question.get("gold_quotes", []):
            q = norm(quote)
            if passage in q or q in passage or _overlap(passage, q) >= 0.5:
                return "right"
    return "unsure"


def _overlap(a: str, b: str) -> float:
    """The longest common run of words of ``a`` and ``b``, as a share of the shorter one."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return 0.0
    best = 0
    prev = [0] * (len(wb) + 1)
    for x in wa:
        cur = [0] * (len(wb) + 1)
        for j, y in enumerate(wb, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best / min(len(wa), len(wb))


def fact_span(question: dict, text: str) -> tuple[int, int] | None:
    """Where the answer is inside ``text``: the first fact's shortest alternative found there."""
    lowered = text.lower()
    for fact in question.get("facts", []):
        for alt in sorted((a for a in fact if a.strip()), key=len):
            at = lowered.find(alt.lower())
            if at >= 0:
                return at, at + len(alt)
    return None


def ask_folder(folder: Path, index_dir: Path, model: Path, threads: int):
    """Yield (question, [(passage, raw reader score)]) for every question of ``folder``."""
    from assistant.config import Settings
    from assistant.pipeline import Engine
    from assistant.readers.learned import LearnedReader
    from assistant.reading import candidate_passages, passage_options

    settings = Settings(corpus=folder / "docs", index_dir=index_dir, reader_model=str(model))
    engine = Engine(settings)
    engine.sync()
    retriever, encoder = engine.retriever(), engine.embedder()
    reader = LearnedReader(model, threads, calibrated=False)
    for q in load_questions(folder):
        passages = candidate_passages(retriever, q["question"], encoder.encode_query(q["question"]),
                                      settings.candidates, settings.reader_candidates, **passage_options(settings))
        scored = reader.read(q["question"], passages) if passages else []
        yield q, [(s.passage, s.score) for s in scored]


def pairs_for(question: dict, scored, group: str, rng: random.Random) -> list[dict]:
    from assistant.readers.model import passage_input

    out, negatives = [], []
    for passage, score in scored:
        v = verdict(question, passage.source, passage.text)
        text, offset = passage_input(passage.text, passage.title, passage.section, passage.context)
        if v == "right":
            span = fact_span(question, passage.text)
            out.append({"question": question["question"], "passage": text, "label": 1,
                        "span": [span[0] + offset, span[1] + offset] if span else None, "group": group})
        elif v == "wrong":
            negatives.append((score, text))
    negatives.sort(key=lambda n: -n[0])
    chosen = negatives[:HARD_NEGATIVES]
    rest = negatives[HARD_NEGATIVES:]
    chosen += rng.sample(rest, min(RANDOM_NEGATIVES, len(rest)))
    for _, text in chosen:
        out.append({"question": question["question"], "passage": text, "label": 0, "span": None, "group": group})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="pairs, one JSON object per line")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "reader",
                        help="the reader that ranks the hard negatives")
    parser.add_argument("--index-root", type=Path, help="keep the folders' indexes here (default: temporary)")
    parser.add_argument("--part", choices=("train", "heldout", "all"), default="train",
                        help="which documents of each folder (held_out_documents): the training part "
                        "(default), the held-out part, or all")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    counts = {"questions": 0, "positives": 0, "negatives": 0, "answerable_without_positive": 0}
    with tempfile.TemporaryDirectory(prefix="folder-pairs-") as tmp, open(args.out, "w") as out:
        root = args.index_root / args.part if args.index_root else Path(tmp)
        for folder in args.folders:
            if args.part != "all":
                folder = split_folder(folder, args.part, Path(tmp) / "parts" / folder.name)
                if not any((folder / "docs").iterdir()):
                    continue  # too few documents to hold any out
            # seeded per folder: a folder's pairs are the same whichever folders are run with it
            rng, n = random.Random(f"{SEED}-{folder.name}"), 0
            for q, scored in ask_folder(folder, root / folder.name, args.model, args.threads):
                pairs = pairs_for(q, scored, f"folder-{folder.name}-{q['id']}", rng)
                positives = sum(p["label"] for p in pairs)
                counts["questions"] += 1
                counts["positives"] += positives
                counts["negatives"] += len(pairs) - positives
                counts["answerable_without_positive"] += bool(q.get("answerable") and not positives)
                for p in pairs:
                    out.write(json.dumps(p) + "\n")
                n += 1
            print(f"{folder.name}: {n} questions", flush=True)
    print(json.dumps(counts), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
