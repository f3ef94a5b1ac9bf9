"""Answer quality over evals/dev.jsonl through the public answer() API.

Two kinds of gates:
- hard: every citation verbatim with exact offsets, markers and citations consistent; and no
  regression below the level measured when this gate was last raised (a ratchet);
- the issue's targets (90% accuracy, 100% abstention, <=5% false abstention) on the dev set.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant import answer
from assistant.text import fold

EVALS = Path(__file__).resolve().parent.parent / "evals"
DEV = EVALS / "dev.jsonl"

# Measured 2026-11-24 (fourth session, `assistant eval`): dev accuracy 0.964, abstention 26/26,
# false abstention 0.0; paraphrase set accuracy 0.860, abstention 15/15; traps.jsonl 33/33.
# The external_*.jsonl sets were written by separate writers who saw only the corpus (see
# evals/README.md). Each was first scored blind, then the answerer was tuned on its failures, so
# these are ratchets, not held-out figures (all abstain on 100% of their unanswerable items):
# clinical 0.857, regulatory_bd 0.868, casual 0.865, analyst 0.788, spec 0.833, followups 0.703,
# executive 0.868, brief_a 0.849, brief_b 0.836, brief_c 0.918.
RATCHET = {"accuracy": 0.93, "abstention": 1.00, "false_abstention": 0.03}
PARAPHRASE_RATCHET = {"accuracy": 0.83, "abstention": 1.00}
TRAPS_RATCHET = {"abstention": 1.0}
EXTERNAL_RATCHET = {"external_clinical": 0.82, "external_regulatory_bd": 0.84, "external_casual": 0.83,
                    "external_analyst": 0.75, "external_spec": 0.80, "external_followups": 0.67,
                    "external_executive": 0.84, "external_brief_a": 0.85, "external_brief_b": 0.82,
                    "external_brief_c": 0.88, "external_regulatory_chat": 0.85, "external_team": 0.92,
                    "external_qa_review": 0.77, "external_bd_chat": 0.74}
TARGET = {"accuracy": 0.90, "abstention": 1.00, "false_abstention": 0.05}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text.replace("**", "").replace("\\", ""))).strip()


def _run(path: Path, seed_options, seed_corpus):
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {p.name: p.read_text(encoding="utf-8") for p in seed_corpus.iterdir()}
    results = []
    for item in items:
        history = []
        for message in item.get("history", []):
            if message["role"] == "user":
                earlier = answer(message["content"], history, **seed_options)
                history = history + [message, {"role": "assistant", "content": earlier.text}]
        results.append((item, answer(item["question"], history, **seed_options)))
    return results, texts


@pytest.fixture(scope="module")
def dev_results(seed_options, seed_corpus):
    return _run(DEV, seed_options, seed_corpus)


def test_paraphrased_questions_do_not_regress(seed_options, seed_corpus):
    figures = _figures(_run(EVALS / "paraphrase.jsonl", seed_options, seed_corpus)[0])
    print(json.dumps(figures))
    assert figures["accuracy"] >= PARAPHRASE_RATCHET["accuracy"], figures
    assert figures["abstention"] >= PARAPHRASE_RATCHET["abstention"], figures


@pytest.mark.parametrize("name", sorted(EXTERNAL_RATCHET))
def test_external_sets_do_not_regress(name, seed_options, seed_corpus):
    """Questions written by other writers from the corpus alone: no wrong answer to an
    unanswerable one, and accuracy not below the ratchet."""
    figures = _figures(_run(EVALS / f"{name}.jsonl", seed_options, seed_corpus)[0])
    print(json.dumps(figures))
    assert figures["abstention"] == 1.0, figures
    assert figures["accuracy"] >= EXTERNAL_RATCHET[name], figures


def test_later_traps_abstain(seed_options, seed_corpus):
    """Unanswerable questions whose words are in the corpus (evals/traps.jsonl)."""
    results = _run(EVALS / "traps.jsonl", seed_options, seed_corpus)[0]
    answered = [item["id"] for item, result in results if not result.abstained]
    share = 1 - len(answered) / len(results)
    print(json.dumps({"abstention": share, "answered": answered}))
    assert share >= TRAPS_RATCHET["abstention"], answered
    for _, result in results:
        if result.abstained:
            assert result.citations == []


def _figures(results) -> dict[str, float]:
    answerable = [(i, a) for i, a in results if i["answerable"]]
    unanswerable = [(i, a) for i, a in results if not i["answerable"]]
    correct = 0
    for item, result in answerable:
        if result.abstained:
            continue
        quotes = _norm(" ".join(c.quote for c in result.citations if c.source in item["gold_sources"]))
        text = _norm(result.text)
        if all(any(_norm(alt) in text and _norm(alt) in quotes for alt in fact) for fact in item["facts"]):
            correct += 1
    return {
        "accuracy": correct / len(answerable),
        "abstention": sum(a.abstained for _, a in unanswerable) / len(unanswerable),
        "false_abstention": sum(a.abstained for _, a in answerable) / len(answerable),
    }


def test_every_citation_is_verbatim_with_exact_offsets(dev_results):
    results, texts = dev_results
    checked = 0
    for item, result in results:
        markers = [int(n) for n in re.findall(r"\[(\d+)\]", result.text)]
        numbers = [c.n for c in result.citations]
        assert numbers == list(range(1, len(numbers) + 1)), item["id"]
        assert set(markers) == set(numbers), item["id"]
        first_seen = list(dict.fromkeys(markers))
        assert first_seen == numbers, f"{item['id']}: citations not in order of first appearance"
        if result.abstained:
            assert not result.citations, item["id"]
        for c in result.citations:
            assert texts[c.source][c.start:c.end] == c.quote, item["id"]
            checked += 1
    assert checked > 50


def test_quality_does_not_regress(dev_results):
    figures = _figures(dev_results[0])
    print(json.dumps(figures))
    assert figures["accuracy"] >= RATCHET["accuracy"], figures
    assert figures["abstention"] >= RATCHET["abstention"], figures
    assert figures["false_abstention"] <= RATCHET["false_abstention"], figures


def test_quality_meets_issue_targets(dev_results):
    figures = _figures(dev_results[0])
    assert figures["accuracy"] >= TARGET["accuracy"], figures
    assert figures["abstention"] >= TARGET["abstention"], figures
    assert figures["false_abstention"] <= TARGET["false_abstention"], figures
