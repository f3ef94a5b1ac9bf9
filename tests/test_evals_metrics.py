"""Eval metrics on hand-built answers over hand-built documents whose scores are known.

No index, no model: the support judge is verify.support without an embedder."""

from __future__ import annotations

import json

import pytest

from assistant.evals.dataset import EvalItem, load_dataset
from assistant.evals.metrics import (ItemResult, alce, default_judge, evaluate, marker_problems,
                                     normalize, percentile, summarize)
from assistant.types import Answer, Citation

DOC_A = ("Acme Pharma will receive 8 million euros from Beta Corp up front. "
         "The trial enrolled 120 patients in France. "
         "The primary endpoint was survival at 12 months.\n")
DOC_B = "Gamma Bio raised 50 million dollars in 2019. Its lead drug targets lupus.\n"
DOCS = {"a.txt": DOC_A, "b.txt": DOC_B}

ITEM = EvalItem(id="acme", question="How much does Acme get up front, and how many patients "
                "were enrolled?", answerable=True, gold_sources=("a.txt",),
                facts=(("8 million euros", "EUR 8 million"), ("120 patients",)), tags=("deal",))
UNANSWERABLE = EvalItem(id="acme-royalty", question="What royalty rate does Acme get?",
                        answerable=False, gold_sources=("a.txt",), tags=("trap",))

S1 = "Acme Pharma will receive 8 million euros from Beta Corp up front."
S2 = "The trial enrolled 120 patients in France."
S3 = "The primary endpoint was survival at 12 months."
B1 = "Gamma Bio raised 50 million dollars in 2019."


def cite(n: int, quote: str, source: str = "a.txt", shift: int = 0) -> Citation:
    start = DOCS[source].index(quote) + shift
    return Citation(n=n, source=source, title=source, quote=quote, start=start,
                    end=start + len(quote))


def run(answer: Answer, item: EvalItem = ITEM, ranking=None, latency=None) -> ItemResult:
    return evaluate(item, answer, DOCS, ranking=ranking, judge=default_judge(None),
                    latency_ms=latency)


PERFECT = Answer(text=f"{S1} [1] The trial enrolled **120 patients**. [2]",
                 citations=[cite(1, S1), cite(2, S2)])
ABSTAINED = Answer(text="The documents do not contain the answer to this question.",
                   abstained=True)


def test_fact_normalisation():
    assert normalize("The **8\u00a0Million** Euros [1]") == "the 8 million euros"
    assert normalize("“Café”  au\nlait") == normalize('"cafe" au lait')
    # a markdown escape reads as its character: the rendered answer says "T1 > 2"
    assert normalize("Role: PRINCIPAL\\_INVESTIGATOR, T1 \\> 2") == "role: principal_investigator, t1 > 2"


def test_perfect_answer():
    r = run(PERFECT, ranking=["a.txt", "b.txt"], latency=12.0)
    s = r.scores
    assert s.accurate is True and s.passed
    assert s.facts_in_text == [True, True] and s.facts_in_gold_quotes == [True, True]
    assert s.n_citations == 2 and s.n_valid_citations == 2 and not s.marker_problems
    assert s.citation_recall == 1.0 and s.citation_precision == 1.0
    assert s.gold_doc_coverage == 1.0 and s.recall_at_k == 1.0 and s.reciprocal_rank == 1.0
    assert s.misses == []
    summary = summarize([r])
    for key in ("answer_accuracy", "citation_validity", "citation_recall", "citation_precision",
                "gold_doc_coverage", "recall_at_k", "mrr"):
        assert summary[key] == 1.0, key
    assert summary["false_abstention_rate"] == 0.0
    assert summary["abstention_rate"] is None  # no unanswerable item
    assert summary["latency_p50_ms"] == 12.0 and summary["latency_p95_ms"] == 12.0
    assert summary["failures"] == []
    assert summary["by_tag"]["deal"]["answer_accuracy"] == 1.0


def test_citation_with_a_quote_from_another_document():
    answer = Answer(text=f"{S1} [1] The trial enrolled 120 patients. [2]",
                    citations=[cite(1, S1), Citation(n=2, source="a.txt", title="a", quote=B1,
                                                     start=0, end=len(B1))])
    s = run(answer).scores
    assert [c.valid for c in s.citations] == [True, False]
    assert "it is from b.txt" in s.citations[1].problems[0]
    assert s.accurate is False  # "120 patients" is in no valid gold quote
    assert s.facts_in_text == [True, True] and s.facts_in_gold_quotes == [True, False]
    assert s.citation_recall == 0.5  # the invalid citation gives its sentence no support
    assert summarize([run(answer)])["citation_validity"] == 0.5
    assert any("fact not in any valid citation quote" in m for m in s.misses)


def test_citation_with_wrong_offsets():
    answer = Answer(text=f"{S1} [1]", citations=[cite(1, S1, shift=3)])
    s = run(answer).scores
    assert s.n_valid_citations == 0 and not s.citations[0].verbatim
    assert f"the quote is in a.txt at 0-{len(S1)}" in s.citations[0].problems[0]
    assert s.accurate is False and s.citation_recall == 0.0
    assert summarize([run(answer)])["citation_validity"] == 0.0


def test_valid_citation_to_a_non_gold_document():
    answer = Answer(text=f"{B1} [1]", citations=[cite(1, B1, source="b.txt")])
    s = run(answer).scores
    assert s.n_valid_citations == 1 and s.citations[0].gold is False
    assert s.gold_doc_coverage == 0.0 and s.accurate is False
    assert s.citation_recall == 1.0  # the sentence is supported, just not an answer


def test_invented_quote():
    invented = "The trial enrolled 200 patients in Spain."
    answer = Answer(text=f"{S1} [1] The trial enrolled 120 patients. [2]",
                    citations=[cite(1, S1), Citation(n=2, source="a.txt", title="a",
                                                     quote=invented, start=66, end=66 + len(invented))])
    s = run(answer).scores
    assert s.citations[1].verbatim is False
    assert "does not occur verbatim" in s.citations[1].problems[0]
    assert s.citation_recall == 0.5 and s.citation_precision == 0.5
    assert s.accurate is False and not s.passed


def test_over_citing_lowers_precision_not_recall():
    answer = Answer(text=f"{S1} [1][2]", citations=[cite(1, S1), cite(2, S3)])
    s = run(answer).scores
    assert s.citation_recall == 1.0
    assert s.citation_precision == 0.5
    assert s.sentences[0]["verdicts"] == {"1": "supports", "2": "irrelevant"}
    assert any("irrelevant citation [2]" in m for m in s.misses)
    assert s.accurate is False  # "120 patients" is missing from the answer
    # the figure is the mean over answers
    summary = summarize([run(answer), run(PERFECT)])
    assert summary["citation_precision"] == pytest.approx(0.75)
    assert summary["citation_recall"] == 1.0


def test_citations_needed_together_are_precise():
    claim = "Acme Pharma will receive 8 million euros and the trial enrolled 120 patients."
    answer = Answer(text=f"{claim} [1][2]", citations=[cite(1, S1), cite(2, S2)])
    recall, precision, details = alce(answer, {1: S1, 2: S2}, default_judge(None))
    assert recall == 1.0 and precision == 1.0
    assert details[0]["verdicts"] == {"1": "needed", "2": "needed"}
    # an unsupported sentence makes all its citations imprecise (ALCE)
    recall, precision, details = alce(answer, {1: S1}, default_judge(None))
    assert recall == 0.0 and precision == 0.0


def test_markdown_emphasis_is_not_part_of_a_claim():
    answer = Answer(text="Acme paid $**8**.97 million up front. [1]")
    recall, precision, _ = alce(answer, {1: "Acme paid $8.97 million up front."},
                                default_judge(None))
    assert recall == 1.0 and precision == 1.0


def test_sentence_without_citation_is_unsupported():
    answer = Answer(text=f"{S1} [1] The trial enrolled 120 patients.", citations=[cite(1, S1)])
    s = run(answer).scores
    assert s.citation_recall == 0.5 and s.citation_precision == 1.0
    assert any("unsupported sentence (no citation)" in m for m in s.misses)


def test_wrong_abstention_and_abstention():
    wrong = run(ABSTAINED)
    assert wrong.scores.accurate is False and wrong.scores.abstained
    assert wrong.scores.citation_recall is None  # abstentions are not in citation figures
    assert wrong.scores.misses[0] == "abstained on an answerable question"
    right = run(ABSTAINED, item=UNANSWERABLE)
    assert right.scores.passed and right.scores.accurate is None
    answered = run(Answer(text=f"{S1} [1]", citations=[cite(1, S1)]), item=UNANSWERABLE)
    assert not answered.scores.passed
    summary = summarize([wrong, right, answered, run(PERFECT)])
    assert summary["answer_accuracy"] == 0.5
    assert summary["false_abstention_rate"] == 0.5
    assert summary["abstention_rate"] == 0.5
    assert summary["citation_recall"] == 1.0  # the two answers that did not abstain
    assert summary["n_passed"] == 2
    assert {f["id"] for f in summary["failures"]} == {"acme", "acme-royalty"}
    assert summary["by_tag"]["trap"]["abstention_rate"] == 0.5


def test_marker_consistency():
    # markers first appear as [2] then [1]
    swapped = Answer(text=f"{S2} [2] {S1} [1]", citations=[cite(1, S1), cite(2, S2)])
    assert any("order" in p for p in marker_problems(swapped))
    s = run(swapped).scores
    assert s.n_valid_citations == 0  # every citation of an inconsistent answer is invalid
    dangling = Answer(text=f"{S1} [1] {S2} [2]", citations=[cite(1, S1)])
    assert any("without a citation: [2]" in p for p in marker_problems(dangling))
    unmarked = Answer(text=f"{S1} [1]", citations=[cite(1, S1), cite(2, S2)])
    s = run(unmarked).scores
    assert any("never marked" in p for p in marker_problems(unmarked))
    assert [c.marked for c in s.citations] == [True, False]
    assert s.citations[0].verbatim and not s.citations[0].valid
    # "[1, 2]" marks both
    grouped = Answer(text=f"{S1} and 120 patients. [1, 2]", citations=[cite(1, S1), cite(2, S2)])
    assert marker_problems(grouped) == []
    assert run(grouped).scores.n_valid_citations == 2


def test_retrieval_recall_and_mrr():
    r = evaluate(ITEM, PERFECT, DOCS, ranking=["b.txt", "a.txt"], k=1, judge=default_judge(None))
    assert r.scores.recall_at_k == 0.0 and r.scores.reciprocal_rank == 0.5
    r5 = evaluate(ITEM, PERFECT, DOCS, ranking=["b.txt", "a.txt"], k=5, judge=default_judge(None))
    assert r5.scores.recall_at_k == 1.0
    two_gold = EvalItem(id="x", question="q", answerable=True, gold_sources=("a.txt", "b.txt"),
                        facts=(("8 million euros",),))
    r2 = evaluate(two_gold, PERFECT, DOCS, ranking=["c.txt", "a.txt"], k=1,
                  judge=default_judge(None))
    assert r2.scores.recall_at_k == 0.0 and r2.scores.reciprocal_rank == 0.5
    assert r2.scores.gold_doc_coverage == 0.5
    summary = summarize([r, r2])
    assert summary["mrr"] == 0.5 and summary["recall_at_k"] == 0.0
    # unanswerable items are not in retrieval figures
    assert run(ABSTAINED, item=UNANSWERABLE, ranking=["a.txt"]).scores.recall_at_k is None


def test_error_item_and_latency_percentiles():
    failed = evaluate(ITEM, None, DOCS, judge=default_judge(None), error="RuntimeError: boom")
    assert failed.scores.accurate is False and failed.scores.misses == ["error: RuntimeError: boom"]
    assert percentile([40.0, 10.0, 30.0, 20.0], 50) == 25.0
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0], 95) == pytest.approx(48.0)
    assert percentile([], 50) is None
    results = [run(PERFECT, latency=ms) for ms in (10.0, 20.0, 30.0, 40.0, 50.0)]
    summary = summarize(results + [failed])
    assert summary["latency_p50_ms"] == 30.0 and summary["n_errors"] == 1
    json.dumps(failed.to_dict())  # serialisable


def test_dataset_validation(tmp_path):
    good = {"id": "ok", "question": "Q?", "answerable": True, "gold_sources": ["a.txt"],
            "facts": [["x", "y"]], "gold_quotes": ["x"], "tags": ["t"]}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({**good, "id": "f", "facts": ["x"]}),
        json.dumps({**good, "id": "q", "question": ""}),
        "",
        json.dumps(good),
        json.dumps({**good, "id": "u", "gold_source": ["a.txt"]}),
        json.dumps({**good, "id": "n", "facts": []}),
        json.dumps({"id": "un", "question": "Q?", "answerable": False, "facts": [["z"]]}),
        json.dumps({**good, "id": "h", "history": [{"role": "assistant", "content": "hi"}]}),
        json.dumps({**good, "id": "a", "answerable": "yes"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "mt", "question": "And then?", "answerable": False,
                    "history": [{"role": "user", "content": "First?"}],
                    "note": "the release does not give it"}),
        json.dumps({"id": "nn", "question": "Q?", "answerable": False, "note": ["not text"]}),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items, errors = load_dataset(path)
    assert [i.id for i in items] == ["ok", "mt"]
    assert items[1].history == ("First?",) and items[1].line == 13
    assert items[1].note == "the release does not give it"
    assert items[0].facts == (("x", "y"),) and items[0].dataset == "bad.jsonl"
    by_line = {int(e.split(":")[1]): e for e in errors}
    assert sorted(by_line) == [2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14]
    assert by_line[2].startswith("bad.jsonl:2: not valid JSON")
    assert by_line[3].startswith('bad.jsonl:3: "facts" must be a list of lists of strings')
    assert '"question" must be a non-empty string' in by_line[4]
    assert 'duplicate id "ok" (first on line 1)' in by_line[6]
    assert "unknown field(s) 'gold_source'" in by_line[7]
    assert "needs at least one entry in \"facts\"" in by_line[8]
    assert "must have no \"facts\"" in by_line[9]
    assert '"history"[0]' in by_line[10]
    assert '"answerable" must be true or false' in by_line[11]
    assert "must be a JSON object" in by_line[12]
    assert '"note" must be a string' in by_line[14]


def test_dev_dataset_is_valid():
    from assistant.config import project_root

    items, errors = load_dataset(project_root() / "evals" / "dev.jsonl")
    assert errors == [] and len(items) > 50
    assert any(i.history for i in items) and any(not i.answerable for i in items)
