"""Answer quality through the public answer() API, measured from outside first.

* **Blind folders** (`evals/folders/*`): documents from other domains, questions written by
  helpers who saw only those documents, never the code. Ratchets at the measured level, and the
  issue's targets (answer accuracy >= 85%, abstention on unanswerable questions >= 90%); where
  a target is not met yet the test xfails, and turns red once it holds (so the marker is updated).
* **XQuAD-en** (SQuAD v1.1 dev paragraphs; the reader was never trained on them): answer-sentence
  accuracy of the reader, target >= 85%, and a ratchet at the measured level.
* **Seed sets** (`evals/*.jsonl`): ratchets at the measured level, the issue's seed targets, and
  every citation verbatim with exact offsets.

Figures use the official eval code (`assistant.evals`), the same as `assistant eval`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.evals.dataset import load_dataset
from assistant.evals.metrics import summarize
from assistant.evals.runner import run_dataset

ROOT = Path(__file__).resolve().parent.parent
EVALS = ROOT / "evals"
FOLDERS = EVALS / "folders"
DATASETS = ROOT.parent / "shared" / "datasets"

# Measured 2026-11-28 with models/reader (see docs/MEASUREMENTS.md). A ratchet
# is the measured figure less two points (one or two items on these set sizes).
FOLDER_RATCHET = {  # folder: accuracy, abstention on unanswerable
    # Thirteenth session (2026-11-30; every figure marked so): the reader's second stage, trained
    # on the training folders (training/README.md), and its calibration with their held-out part
    # (threshold 0.43). Ratchet: the measured figure less two answerable items and one
    # unanswerable item, rounded down.
    # calibrated answer score (readers/calibration.py), second look for further citations;
    # 2026-11-29 (second session): wrapped lines joined, value questions answered by a span
    # holding a value, another document cited only if it names the subject. Fourth session:
    # bfloat16 where the CPU has it (Settings.precision). Fifth session (the figures below): the
    # calibration without the passage-form features (threshold 0.37), table rows read with their
    # caption and header rows. Ratchet: the measured figure less two answerable items and one
    # unanswerable item. In brackets: the fourth session's figures.
    "encyclopedia": (0.78, 0.48),  # measured 81.2%, 51.9% (seventeenth session); before: 81.2%, 51.9% (thirteenth session); before: 87.5%, 48.1% (86.2%, 44.4%)
    "business": (0.64, 0.69),  # measured 67.5%, 73.1% (seventeenth session); before: 68.8%, 80.8% (thirteenth session); before: 64.9%, 69.2% (63.6%, 69.2%)
    "pharma": (0.6, 0.72),  # measured 62.5%, 77.3% (seventeenth session); before: 62.5%, 86.4% (thirteenth session); before: 56.8%, 72.7% (52.3%, 72.7%; first blind score 44.3%, 81.8%, int8)
    "deals": (0.68, 0.6),  # measured 71.1%, 64.0% (seventeenth session); before: 66.7%, 72.0% (thirteenth session); before: 57.8%, 60.0% (57.8%, 48.0%; first blind score 56.7%, 48.0%, int8)
    "regulatory": (0.43, 0.65),  # measured 44.7%, 69.2% (seventeenth session); before: 45.5%, 76.9% (thirteenth session); before: 39.8%, 73.1% (40.7%, 65.4%; first blind score 41.5%, 65.4%)
    "clinical": (0.5, 0.76),  # measured 56.4%, 80.8% (twenty-seventh session: the sixteen-folder reader; abstention one unanswerable item less); before: 52.1%, 88.5% (seventeenth session); before: 48.7%, 92.3% (thirteenth session); before: 39.3%, 69.2% (42.7%, 73.1%, also its first blind score); 43.6%, 61.5% (eleventh session)
    "reports": (0.78, 0.6),  # measured 80.8%, 64.0% (seventeenth session); before: 73.7%, 68.0% (thirteenth session); before: 79.8%, 56.0% (74.7%, 56.0%)
    "agreements": (0.33, 0.76),  # measured 36.1%, 80.0% (twentieth session); before: 37.3%, 86.7% (seventeenth session); before: 32.5%, 86.7% (thirteenth session); before: 32.5%, 86.7% (the same; also its first blind score)
    "research": (0.38, 0.53),  # measured 39.8%, 56.7% (seventeenth session); before: 38.1%, 56.7% (thirteenth session); before: 33.6%, 53.3% (31.0%, 60.0%, also its first blind score)
    "filings": (0.33, 0.76),  # measured 35.8%, 80.0% (seventeenth session); before: 32.1%, 86.7% (thirteenth session); before: 31.2%, 83.3%; first blind score (code before the session) 31.2%, 83.3%
    "europe": (0.38, 0.86),  # measured 39.8%, 90.0% (seventeenth session); before: 38.1%, 90.0% (thirteenth session); before: 39.8%, 86.7%: its first blind score (sixth session)
    "patents": (0.58, 0.69),  # measured 60.3%, 72.7% (twentieth session); before: 62.9%, 72.7% (seventeenth session); before: 60.3%, 75.8% (thirteenth session); before: 50.9%, 72.7% (its first blind score, seventh session: 53.4%, 72.7%)
    "ledger": (0.31, 0.71),  # measured 33.3%, 75.0% (twentieth session); before: 35.2%, 81.2% (seventeenth session); before: 29.6%, 87.5% (thirteenth session); before: 31.5%, 84.4% (its first blind score, eighth session: 23.1%, 84.4%)
    # Ninth session (the figures for patents, ledger and these): titles from title fields, no
    # field or list item taken for a heading, sentence-case labels, passages that only repeat
    # the question not read. In brackets: the first blind score, with the code before.
    "dossier": (0.39, 0.59),  # measured 47.4%, 62.9% (twenty-seventh session: the sixteen-folder reader; abstention one unanswerable item less); before: 41.2%, 71.4% (seventeenth session); before: 41.2%, 77.1% (thirteenth session); before: 37.7%, 68.6% (36.8%, 60.0%)
    "atlas": (0.46, 0.69),  # measured 48.1%, 72.2% (seventeenth session); before: 45.4%, 75.0% (thirteenth session); before: 32.4%, 75.0% (30.6%, 72.2%); 38.0%, 75.0% (eleventh session)
    "harbor": (0.61, 0.69),  # measured 63.2%, 72.2% (seventeenth session); before: 57.9%, 83.3% (thirteenth session); before: 50.9%, 72.2% (the same)
    # Tenth session: its first blind score (the session changed no answer).
    "compass": (0.51, 0.73),  # measured 53.5%, 76.3% (seventeenth session); before: 43.0%, 76.3% (thirteenth session); before: 40.4%, 73.7%
    # Eleventh session: numbered section titles, repeated passages read once, heading-like lines
    # read with what they introduce, cross-document questions part by part. Its first blind
    # score (session start) in brackets.
    "beacon": (0.66, 0.67),  # measured 67.8%, 70.0% (seventeenth session); before: 66.4%, 67.5% (thirteenth session); before: 61.2%, 70.0% (60.5%, 70.0%)
    # Twelfth session: its first blind score (no change of the session moved an answer).
    "canyon": (0.4, 0.68),  # measured 42.5%, 72.4% (seventeenth session); before: 39.6%, 82.8% (thirteenth session); before: 40.6%, 75.9%
    # Fourteenth session: their first blind score (session start; no change of the session
    # moved an answer, the retrained reader was not shipped).
    "delta": (0.51, 0.84),  # measured 53.6%, 89.5% (seventeenth session); before: 51.2%, 89.5%
    "fjord": (0.58, 0.75),  # measured 62.2%, 78.4% (twenty-seventh session: the sixteen-folder reader; abstention one unanswerable item less); before: 60.4%, 83.8% (seventeenth session); before: 56.8%, 83.8%
    # Seventeenth session: written by helpers while the session's changes (a document's file name
    # read with its title, a copy of a passage no rival) were made; first scored with the
    # session-start code (in brackets), then with the changes, without looking at their items.
    "gamma": (0.51, 0.73),  # measured 52.9%, 75.6% (48.6%, 73.3%)
    "helix": (0.7, 0.87),  # measured 71.9%, 89.7% (64.1%, 89.7%)
    # Eighteenth session: their first blind score (session start; the retrained reader measured
    # on them was not shipped, so no answer moved).
    "indigo": (0.44, 0.77),  # measured 46.3%, 80.6% (twentieth session); before: 45.4%, 80.6%
    "juniper": (0.55, 0.69),  # measured 57.7%, 72.2% (twentieth session); before: 53.8%, 66.7%
    # Twenty-first session: written by helpers while the session's change (questions asking
    # several things asked clause by clause) was made; first scored with the session-start code,
    # then with the change, without looking at their items (no answer's outcome moved).
    "kestrel": (0.33, 0.70),  # measured 35.2%, 73.0%
    "lagoon": (0.29, 0.78),  # measured 31.2%, 81.1%
    # Twenty-fourth session: written by helpers at the session's start, scored with the
    # session-start code before any item was looked at (the session shipped no answer change).
    "marlin": (0.26, 0.69),  # measured 28.3%, 71.8%
    "nectar": (0.26, 0.73),  # measured 28.6%, 76.3%
    # Twenty-fifth session: written by helpers at the session's start (they share three
    # registry records, chosen independently), scored with the session-start code before any
    # item was looked at; the session's change (a redacted value is not answered) moved none.
    "orchid": (0.31, 0.65),  # measured 33.6%, 67.5%
    "prairie": (0.34, 0.67),  # measured 36.1%, 70.0%
    # Twenty-seventh session: written by helpers who saw only documents after the sixteen-folder
    # reader had been chosen and measured on the other folders, scored with the readers before
    # and after it without any item being looked at first. quarry's one document that a training
    # folder holds was removed with its questions (its SOURCES.md). In brackets: the replaced reader.
    "quarry": (0.43, 0.66),  # measured 45.1%, 69.4% (40.2%, 80.6%)
    "ridge": (0.38, 0.73),  # measured 40.2%, 76.3% (39.3%, 78.9%)
    # Twenty-eighth session: written by helpers who saw only documents while the session's change
    # (a question naming a code is answered only from documents that write it) was measured on
    # the other folders; scored with the code before and after it without any item being looked
    # at first (in brackets: before, then after). They share one document (a licence both helpers
    # chose). The figures: with the session's second change (a currency beside a redaction mark
    # is no answer), made after their items had been looked at.
    "saffron": (0.41, 0.80),  # measured 44.0%, 84.6% (44.0%, 80.8%; 44.0%, 80.8%)
    "thistle": (0.43, 0.72),  # measured 46.2%, 77.3% (46.2%, 68.2%; 46.2%, 72.7%)
    # Thirtieth session (2026-12-03): written by helpers who saw only documents while a
    # calibration with the span head's certainty was being fitted; scored with the shipped code
    # and with that calibration (not shipped) before any item was looked at.
    "willow": (0.42, 0.72),  # measured 45.1%, 77.3% (its first blind score)
    "yarrow": (0.42, 0.85),  # measured 44.7%, 90.5% (its first blind score)
}
FOLDER_TARGET = (0.85, 0.90)
FOLDER_TARGET_MET = {"encyclopedia": False, "business": False, "pharma": False, "deals": False,
                     "regulatory": False, "clinical": False, "reports": False,
                     "agreements": False, "research": False, "filings": False, "europe": False,
                     "patents": False, "ledger": False, "dossier": False, "atlas": False,
                     "harbor": False, "compass": False, "beacon": False, "canyon": False,
                     "delta": False, "fjord": False, "gamma": False, "helix": False,
                     "indigo": False, "juniper": False, "kestrel": False, "lagoon": False,
                     "marlin": False, "nectar": False, "orchid": False, "prairie": False,
                     "quarry": False, "ridge": False, "saffron": False, "thistle": False,
                     "willow": False, "yarrow": False}
XQUAD_RATCHET, XQUAD_TARGET, XQUAD_TARGET_MET, XQUAD_SAMPLE = 0.71, 0.85, False, 200  # measured 72.5% (thirteenth session); 73.5% (74.5% at 77d7860)
# The reader on the seed sets (measured 2026-11-29, second session: wrapped lines, value spans,
# the second document's subject): accuracy less two points or one item, abstention on
# unanswerable less one item.
# The rules it replaced were tuned on these sets for five sessions (96.4% on dev).
SEED_RATCHET = {  # accuracy, abstention on unanswerable (None: the set has no such items)
    "dev": (0.44, 0.61),  # measured 45.9%, 65.4% (thirteenth session); before: 44.1%, 65.4%; 41.4%, 61.5% (eleventh session)
    "external_analyst": (0.21, 0.75),  # measured 27.3%, 87.5% (thirteenth session); before: 24.2%, 87.5%
    "external_bd_chat": (0.27, 0.64),  # measured 32.6%, 71.4% (thirteenth session); before: 23.3%, 78.6%
    "external_brief_a": (0.42, 0.62),  # measured 45.2%, 68.8% (thirteenth session); before: 41.1%, 62.5%
    "external_brief_b": (0.19, 0.73),  # measured 22.4%, 80.0% (thirteenth session); before: 17.9%, 73.3%
    "external_brief_c": (0.3, 0.72),  # measured 34.7%, 81.8% (thirteenth session); before: 32.7%, 81.8%
    "external_casual": (0.21, 0.81),  # measured 27.0%, 90.9% (thirteenth session); before: 27.0%, 90.9%
    "external_clinical": (0.28, 0.72),  # measured 34.3%, 81.8% (thirteenth session); before: 20.0%, 72.7%
    "external_executive": (0.18, 0.7),  # measured 23.7%, 80.0% (thirteenth session); before: 21.1%, 70.0%
    "external_followups": (0.1, 0.58),  # measured 16.2%, 66.7% (thirteenth session); before: 13.5%, 58.3%
    "external_qa_review": (0.32, 0.72),  # measured 37.5%, 77.8% (thirteenth session); before: 30.0%, 61.1%
    "external_regulatory_bd": (0.26, 0.6),  # measured 31.6%, 70.0% (thirteenth session); before: 31.6%, 60.0%
    "external_regulatory_chat": (0.22, 0.78),  # measured 26.5%, 85.7% (thirteenth session); before: 24.5%, 85.7%
    "external_spec": (0.25, 0.72),  # measured 30.6%, 81.8% (thirteenth session); before: 19.4%, 81.8%
    "external_team": (0.32, 0.5),  # measured 37.2%, 57.1% (thirteenth session); before: 27.9%, 50.0%; 23.3%, 50.0% (eleventh session)
    "heldout": (0.25, 0.6),  # measured 30.0%, 70.0% (thirteenth session); before: 25.0%, 70.0%
    # paraphrase: "How does belimumab work in lupus? What's its target?" (a trap) is answered since
    # the twenty-first session: each of its two questions, asked alone, clears the threshold
    "paraphrase": (0.05, 0.73),  # measured 10.5%, 80.0% (twenty-first session); before: 10.5%, 86.7%; 8.8%, 93.3% (thirteenth session)
    "traps": (None, 0.72),  # measured –, 75.8% (thirteenth session); before: –, 75.8% (78.8% before bfloat16)
}
SEED_TARGET = {"dev": (0.934, 1.0), "heldout": (0.72, 1.0)}  # no more than 3 points below before
SEED_TARGET_MET = False


def _target(met: bool, ok: bool, message: str) -> None:
    """A target marked met must hold; one not met yet is an xfail, and turns red once it holds
    (so the marker is updated and the target then guarded), like a strict xfail."""
    if met:
        assert ok, message
    elif ok:
        pytest.fail("issue target now met; mark it met in tests/test_quality.py: " + message)
    else:
        pytest.xfail("issue target not met yet: " + message)


def _summary(items, options):
    results = run_dataset(items, options, progress=False, k=5)
    return summarize(results), results


def _folder_options(name: str, tmp_path_factory) -> dict:
    return {"corpus": FOLDERS / name / "docs", "index_dir": tmp_path_factory.mktemp(f"index-{name}")}


def _check_citations(results, corpus: Path) -> int:
    checked = 0
    for result in results:
        answer = result.answer
        if answer is None:
            continue
        markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
        numbers = [c.n for c in answer.citations]
        assert numbers == list(range(1, len(numbers) + 1)), result.item.id
        assert list(dict.fromkeys(markers)) == numbers, result.item.id
        if answer.abstained:
            assert answer.citations == [], result.item.id
        for c in answer.citations:
            # offsets count the file's characters as written: a CRLF's "\r" too (no newline translation)
            text = (corpus / c.source).read_bytes().decode("utf-8")
            assert text[c.start:c.end] == c.quote, result.item.id
            checked += 1
    return checked


@pytest.mark.parametrize("name", sorted(FOLDER_RATCHET))
def test_blind_folder_does_not_regress(name, tmp_path_factory):
    items, errors = load_dataset(FOLDERS / name / "questions.jsonl")
    assert not errors
    options = _folder_options(name, tmp_path_factory)
    summary, results = _summary(items, options)
    print(name, json.dumps({k: summary[k] for k in ("answer_accuracy", "abstention_rate", "false_abstention_rate")}))
    assert _check_citations(results, options["corpus"]) > 10
    accuracy, abstention = FOLDER_RATCHET[name]
    assert summary["answer_accuracy"] >= accuracy, summary["answer_accuracy"]
    assert summary["abstention_rate"] >= abstention, summary["abstention_rate"]
    _target(FOLDER_TARGET_MET[name],
            summary["answer_accuracy"] >= FOLDER_TARGET[0] and summary["abstention_rate"] >= FOLDER_TARGET[1],
            f"{name}: accuracy {summary['answer_accuracy']:.3f}, abstention {summary['abstention_rate']:.3f} "
            f"(targets {FOLDER_TARGET})")


@pytest.mark.skipif(not (DATASETS / "xquad_en").is_dir(), reason="../shared/datasets is not beside the project")
def test_xquad_answer_sentence_accuracy(tmp_path_factory):
    from assistant.evals.public import run

    # a seeded sample of 200 questions (all 47 articles are indexed): the reader reads 24 passages
    # a question, so the whole set would take most of CI's time
    figures = run("xquad", DATASETS, tmp_path_factory.mktemp("xquad"), limit=XQUAD_SAMPLE,
                  options={})["figures"]
    print(json.dumps(figures))
    assert figures["errors"] == 0
    assert figures["answer_accuracy"] >= XQUAD_RATCHET, figures
    _target(XQUAD_TARGET_MET, figures["answer_accuracy"] >= XQUAD_TARGET,
            f"XQuAD answer-sentence accuracy {figures['answer_accuracy']:.3f} (target {XQUAD_TARGET})")


@pytest.fixture(scope="module")
def seed_summaries(seed_options):
    out = {}
    for name in sorted(SEED_RATCHET):
        items, errors = load_dataset(EVALS / f"{name}.jsonl")
        assert not errors, errors
        out[name] = _summary(items, seed_options)
    return out


@pytest.mark.parametrize("name", sorted(SEED_RATCHET))
def test_seed_set_does_not_regress(name, seed_summaries, seed_corpus):
    summary, results = seed_summaries[name]
    print(name, json.dumps({k: summary[k] for k in ("answer_accuracy", "abstention_rate", "false_abstention_rate")}))
    _check_citations(results, seed_corpus)
    accuracy, abstention = SEED_RATCHET[name]
    if accuracy is not None:
        assert summary["answer_accuracy"] >= accuracy, summary["answer_accuracy"]
    if abstention is not None:
        assert summary["abstention_rate"] >= abstention, summary["abstention_rate"]


def test_the_reader_meets_the_issue_targets_on_the_seed_sets(seed_summaries):
    """The issue's bar: at most 3 points below the hand-written rules' accuracy on dev and
    held-out (the rules were tuned on them), and every unanswerable item abstained."""
    failures = []
    for name, (accuracy, abstention) in SEED_TARGET.items():
        summary = seed_summaries[name][0]
        if summary["answer_accuracy"] < accuracy or summary["abstention_rate"] < abstention:
            failures.append(f"{name}: accuracy {summary['answer_accuracy']:.3f} (target {accuracy}), "
                            f"abstention {summary['abstention_rate']:.3f} (target {abstention})")
    _target(SEED_TARGET_MET, not failures, "; ".join(failures) or "all seed targets hold")
