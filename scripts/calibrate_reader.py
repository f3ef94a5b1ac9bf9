#!/usr/bin/env python3
"""Choose the reader's no-answer threshold in the product's own regime.

    python scripts/calibrate_reader.py --data ../shared/datasets --model models/reader [--write]

The training script's held-out split (whole SQuAD articles, 8% of SelQA questions; never
trained on) is written out as a folder of plain-text documents, indexed by the product, and
asked through the product's own path: hybrid retrieval → candidate passages → the reader →
:func:`assistant.decide.decide`. So the threshold sees what it will meet — passages cut by the
product's segmenter, titles found by its loader, candidates chosen by its retrieval — instead of
sentence pairs. No evaluation set (seed sets, blind folders, XQuAD) is read.

Questions:
* answerable: held-out SQuAD questions (right when the chosen passage holds the answer text)
  and held-out SelQA questions (right when it holds the labelled sentence);
* unanswerable: SQuAD 2.0's unanswerable questions of those articles, and perturbed questions
  (a name, number or year the answering sentence contains, swapped: train_reader.perturb).

The threshold maximises the mean of answer accuracy and abstention accuracy, the product's two
promises; ``--write`` stores it in the model's ``reader.json`` with the curve.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import train_reader as training  # noqa: E402

from assistant.evals.public import read_jsonl  # noqa: E402


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def build_folder(data: Path, folder: Path, seed: int) -> list[dict]:
    """Write the held-out documents into ``folder``; return the questions to ask."""
    rng = random.Random(seed)
    questions: list[dict] = []
    squad = [r for r in read_jsonl(data / "squad_v2_train") if r["title"] in training.HELD_OUT_SQUAD_TITLES]
    pools: dict[str, list[str]] = defaultdict(list)
    contexts: dict[str, list[str]] = defaultdict(list)
    for r in squad:
        if r["context"] not in contexts[r["title"]]:
            contexts[r["title"]].append(r["context"])
        pools["name"].extend(m.group(0) for m in training._NAME.finditer(r["context"]) if " " in m.group(0))
        pools["year"].extend(training._YEAR.findall(r["context"]))
        pools["number"].extend(training._NUMBER.findall(r["context"]))
    for title, paragraphs in contexts.items():
        name = title.replace("_", " ")
        (folder / f"{title.lower()}.txt").write_text(name + "\n\n" + "\n\n".join(paragraphs) + "\n")
    for r in squad:
        if not r["answers"]:
            questions.append({"question": r["question"], "answers": [], "kind": "squad-unanswerable"})
            continue
        answers = [a["text"] for a in r["answers"]]
        questions.append({"question": r["question"], "answers": answers, "kind": "squad"})
        sentence = next((r["context"][s:e] for s, e in training.sentences(r["context"])
                         if s <= r["answers"][0]["start"] < e), "")
        if sentence and rng.random() < 0.35:
            # names, numbers and years only: a swapped content word can leave a paraphrase
            # that the sentence still answers
            changed = training.perturb(r["question"], sentence, pools, rng, kinds=("year", "number", "name"))
            if changed:
                questions.append({"question": changed, "answers": [], "kind": "perturbed"})
    for r in read_jsonl(data / "selqa"):
        if not training.held_out(r["id"]):
            continue
        texts = [c["text"].strip() for c in r["candidates"] if c["text"].strip()]
        gold = [c["text"].strip() for c in r["candidates"] if c["label"] and c["text"].strip()]
        if not gold:
            continue
        (folder / f"{r['id']}.txt").write_text(" ".join(texts) + "\n")
        questions.append({"question": r["question"], "answers": gold, "kind": "selqa"})
    return questions


def ask_all(folder: Path, index_dir: Path, questions: list[dict], model: Path) -> list[dict]:
    """Each question's best score (after the answer-type check) and whether that passage is right."""
    from assistant.config import Settings
    from assistant.pipeline import Engine
    from assistant.reading import candidate_passages
    from assistant.answer_type import asked_kind, can_hold

    settings = Settings(corpus=folder, index_dir=index_dir, answerer="reader", reader_model=str(model))
    engine = Engine(settings)
    engine.sync()
    retriever, reader, encoder = engine.retriever(), engine.reader(), engine.query_encoder()
    results = []
    for number, q in enumerate(questions, 1):
        if number % 100 == 0:
            print(f"  {number}/{len(questions)} questions", flush=True)
        passages = candidate_passages(retriever, q["question"], encoder.encode_query(q["question"]),
                                      settings.candidates, settings.reader_candidates)
        kind = asked_kind(q["question"])
        scored = [s for s in reader.read(q["question"], passages) if not kind or can_hold(kind, s.passage.text)]
        best = max(scored, key=lambda s: s.score, default=None)
        right = best is not None and any(_norm(a) in _norm(best.passage.text) for a in q["answers"])
        results.append({"kind": q["kind"], "answerable": bool(q["answers"]), "right": right,
                        "score": best.score if best else 0.0})
    return results


def choose_threshold(results: list[dict]) -> dict:
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    best, curve = None, {}
    for step in range(5, 100):
        t = step / 100
        right = sum(r["score"] >= t and r["right"] for r in answerable) / len(answerable)
        wrong = sum(r["score"] >= t and not r["right"] for r in answerable) / len(answerable)
        abstained = sum(r["score"] < t for r in unanswerable) / len(unanswerable)
        figures = {"answered_right": round(right, 4), "answered_wrong": round(wrong, 4),
                   "abstained_on_unanswerable": round(abstained, 4)}
        if step % 10 == 0:
            curve[f"{t:.2f}"] = figures
        utility = (right + abstained) / 2
        if best is None or utility > best[0] + 1e-9:
            best = (utility, t, figures)
    kinds = defaultdict(int)
    for r in results:
        kinds[r["kind"]] += 1
    return {"threshold": best[1], **{f"at_threshold_{k}": v for k, v in best[2].items()},
            "top1_right_without_threshold": round(sum(r["right"] for r in answerable) / len(answerable), 4),
            "questions": dict(kinds), "curve": curve}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "reader")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-questions", type=int, default=700)
    parser.add_argument("--write", action="store_true", help="store the threshold in the model's reader.json")
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory(prefix="calibrate-") as tmp:
        folder, index_dir = Path(tmp) / "docs", Path(tmp) / "index"
        folder.mkdir()
        questions = build_folder(args.data, folder, training.SEED)
        if len(questions) > args.max_questions:  # a fixed sample, the same for every model
            questions = random.Random(training.SEED).sample(questions, args.max_questions)
        print(f"{len(list(folder.iterdir()))} documents, {len(questions)} questions", flush=True)
        results = ask_all(folder, index_dir, questions, args.model)
    report = choose_threshold(results)
    print(json.dumps(report, indent=1))
    if args.write:
        path = args.model / "reader.json"
        record = json.loads(path.read_text())
        record["threshold"] = report["threshold"]
        record["calibration_product_regime"] = report
        record["calibrated_on"] = ("held-out SQuAD articles and SelQA questions, written as a folder and asked "
                                   "through the product's retrieval and candidate passages "
                                   "(scripts/calibrate_reader.py)")
        path.write_text(json.dumps(record, indent=1) + "\n")
        print(f"threshold {report['threshold']} written to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
