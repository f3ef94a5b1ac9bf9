"""The training folders' split and labels (scripts/folder_pairs.py): what the reader learns from
and what is kept from it must not mix."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import folder_pairs  # noqa: E402

FOLDERS = sorted(p for p in (ROOT / "training" / "folders").iterdir() if p.is_dir())
# Never trained on and never an evaluation folder: kept for choosing thresholds (training/README.md)
CALIBRATION_FOLDERS = sorted(p for p in (ROOT / "training" / "calibration").iterdir() if p.is_dir())


def test_the_training_and_calibration_folders_pass_the_folder_checker():
    import subprocess

    assert FOLDERS and CALIBRATION_FOLDERS
    for folder in FOLDERS + CALIBRATION_FOLDERS:
        done = subprocess.run([sys.executable, str(ROOT / "evals" / "folders" / "verify.py"), str(folder)],
                              capture_output=True, text=True)
        assert done.returncode == 0, (folder.name, done.stdout[-2000:])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_the_parts_share_no_document_and_no_question(folder, tmp_path):
    train = folder_pairs.split_folder(folder, "train", tmp_path / "train")
    held = folder_pairs.split_folder(folder, "heldout", tmp_path / "heldout")
    train_docs = {p.name for p in (train / "docs").iterdir()}
    held_docs = {p.name for p in (held / "docs").iterdir()}
    assert not train_docs & held_docs
    assert train_docs | held_docs == {p.name for p in (folder / "docs").iterdir()}
    train_q = folder_pairs.load_questions(train)
    held_q = folder_pairs.load_questions(held)
    assert not {q["id"] for q in train_q} & {q["id"] for q in held_q}
    for questions, docs in ((train_q, train_docs), (held_q, held_docs)):
        for q in questions:
            assert set(q["gold_sources"]) <= docs, q["id"]
    n_docs = len(train_docs | held_docs)
    assert len(held_docs) == (round(n_docs * folder_pairs.HELD_OUT_SHARE) if n_docs >= 4 else 0)


def test_the_split_does_not_depend_on_where_the_folder_is(tmp_path):
    import shutil

    folder = FOLDERS[0]
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    assert folder_pairs.held_out_documents(copy) == folder_pairs.held_out_documents(folder)


def _question(**kw):
    q = {"id": "x-001", "question": "Upfront payment?", "answerable": True, "gold_sources": ["a.txt"],
         "facts": [["$25 million", "25 million"]],
         "gold_quotes": ["Under the agreement, Beta paid an upfront payment of $25 million in 2021."],
         "tags": ["amount"], "note": ""}
    q.update(kw)
    return q


def test_a_passage_of_the_gold_quote_holding_the_fact_is_right():
    q = _question()
    assert folder_pairs.verdict(q, "a.txt", "Under the agreement, Beta paid an upfront payment of  $25 million "
                                "in 2021.") == "right"
    # a field group or longer passage that contains the quote
    assert folder_pairs.verdict(q, "a.txt", "Licence. Under the agreement, Beta paid an upfront payment of "
                                "$25 million in 2021. Milestones follow.") == "right"


def test_a_passage_without_the_fact_is_wrong_and_one_elsewhere_with_it_is_left_out():
    q = _question()
    assert folder_pairs.verdict(q, "a.txt", "Beta may pay milestones of up to $100 million.") == "wrong"
    assert folder_pairs.verdict(q, "b.txt", "Gamma received $25 million for its shares.") == "unsure"
    assert folder_pairs.verdict(_question(answerable=False, gold_sources=[], facts=[], gold_quotes=[]),
                                "a.txt", "Under the agreement, Beta paid an upfront payment of $25 million "
                                "in 2021.") == "wrong"


def test_the_span_is_the_shortest_form_of_the_fact_in_the_passage():
    text = "Beta paid an upfront payment of $25 million."
    start, end = folder_pairs.fact_span(_question(), text)
    assert text[start:end] == "25 million"


def test_pairs_keep_the_positive_and_the_hardest_negatives(tmp_path):
    import random

    from assistant.types import Passage

    q = _question()
    right = Passage(source="a.txt", title="Beta", text=q["gold_quotes"][0], start=0, end=10, section="Licence")
    wrong = [Passage(source="a.txt", title="Beta", text=f"Other sentence {i} about milestones.", start=0, end=5)
             for i in range(10)]
    scored = [(right, 0.2)] + [(p, i / 10) for i, p in enumerate(wrong)]
    pairs = folder_pairs.pairs_for(q, scored, "g", random.Random(1))
    positives = [p for p in pairs if p["label"] == 1]
    negatives = [p for p in pairs if p["label"] == 0]
    assert len(positives) == 1
    s, e = positives[0]["span"]
    assert positives[0]["passage"][s:e] == "25 million"
    assert positives[0]["passage"].startswith("Beta")  # the reader's input: title and section first
    assert len(negatives) == folder_pairs.HARD_NEGATIVES + folder_pairs.RANDOM_NEGATIVES
    hardest = [f"Other sentence {i} about milestones." for i in (9, 8, 7, 6)]
    assert [n["passage"].split(": ", 1)[-1] for n in negatives[:4]] == hardest
    json.dumps(pairs)  # written as JSON lines
