"""Sources that disagree: every value shown with its citations, never one picked silently."""

from __future__ import annotations

import pytest

from assistant.conflicts import asked_value, find_conflicts, values
from assistant.types import Citation


def cite(n: int, source: str, quote: str, highlight: str | None = None) -> Citation:
    highlights = ()
    if highlight:
        at = quote.index(highlight)
        highlights = ((at, at + len(highlight)),)
    return Citation(n=n, source=source, title=source, quote=quote, start=0, end=len(quote),
                    highlights=highlights)


@pytest.mark.parametrize("question,kind", [
    ("What is the upfront payment in the deal?", "amount"),
    ("How much did Acme pay?", "amount"),
    ("How many patients were randomised?", "count"),
    ("What royalty rate applies to net sales?", "percentage"),
    ("When did the trial start?", "date"),
    ("In what year was the company founded?", "date"),
    ("Who is the sponsor?", None),
    # one value per thing, or a comparison: different values are the answer, not a conflict
    ("Give me the number of patients in each trial: ALPHA, BETA and GAMMA.", None),
    ("Compare the upfront payments of the two deals.", None),
])
def test_the_asked_kind_of_value(question, kind):
    assert asked_value(question) == kind


def test_amounts_are_compared_by_value_not_spelling():
    a = values("amount", "an upfront payment of €8 million")[0][0]
    b = values("amount", "EUR 8,000,000 upfront")[0][0]
    c = values("amount", "8 million euros")[0][0]
    assert a == b == c
    assert values("amount", "42 euros")[0][0] != a


def test_different_values_in_different_documents_are_a_conflict():
    citations = [cite(1, "memo.txt", "The upfront payment in the Acme deal is 42 euros.", "42 euros"),
                 cite(2, "release.txt", "Acme will pay an upfront payment of 8 million euros and up "
                                        "to 200 million euros in milestones.", "8 million euros")]
    [conflict] = find_conflicts("What is the upfront payment in the Acme deal?", citations)
    assert conflict.kind == "amount"
    assert [(v.value, v.citations) for v in conflict.values] == [("42 euros", (1,)), ("8 million euros", (2,))]


def test_agreeing_documents_and_one_document_are_not_a_conflict():
    same = [cite(1, "a.txt", "The company paid €8 million upfront."),
            cite(2, "b.txt", "An upfront payment of EUR 8,000,000 was made.")]
    assert find_conflicts("How much was paid upfront?", same) == []
    one_doc = [cite(1, "a.txt", "Arm A enrolled 40 patients."), cite(2, "a.txt", "Arm B enrolled 60 patients.")]
    assert find_conflicts("How many patients were enrolled?", one_doc) == []
    assert find_conflicts("Who paid?", same) == []  # no value asked


def test_dates_disagree_only_where_both_are_precise():
    agree = [cite(1, "a.txt", "The study started in 2021."), cite(2, "b.txt", "It started on 3 March 2021.")]
    assert find_conflicts("When did the study start?", agree) == []
    differ = [cite(1, "a.txt", "The study started in March 2021."), cite(2, "b.txt", "It started in May 2021.")]
    [conflict] = find_conflicts("When did the study start?", differ)
    assert conflict.kind == "date" and len(conflict.values) == 2


def test_a_conflicting_memo_is_shown_beside_the_release_through_answer(tmp_path):
    """End to end with the learned reader (it cites every document that answers): a memo that
    contradicts a press release does not silently replace it."""
    from assistant import answer

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "acme_release.txt").write_text(
        "Acme and Beta Agree to Develop a Lupus Candidate\n\nParis, 3 March 2021. Acme Pharma and Beta "
        "Bio announced a licence agreement for BX-7. Under the terms of the agreement, Acme will pay "
        "Beta an upfront payment of 8 million euros and up to 200 million euros in milestones.\n")
    (corpus / "memo.txt").write_text("Internal memo\n\nThe upfront payment in the Acme deal is 42 euros.\n")
    result = answer("What is the upfront payment in the Acme deal?", corpus=corpus,
                    index_dir=tmp_path / "index")
    assert not result.abstained
    assert {c.source for c in result.citations} == {"acme_release.txt", "memo.txt"}
    [conflict] = result.conflicts
    assert {v.value for v in conflict.values} == {"42 euros", "8 million euros"}
    assert "sources disagree" in result.text
    data = result.to_dict()
    assert data["conflicts"][0]["kind"] == "amount"
    from assistant.types import Answer

    assert Answer.from_dict(data).conflicts == result.conflicts


def test_name_terms_are_the_names_and_identifiers_a_question_asks_about():
    from assistant.conflicts import name_terms
    from assistant.text import terms

    assert name_terms("What is the upfront payment in the Acme deal?") == terms("Acme")
    assert name_terms("How much was paid upfront?") == []
    assert name_terms("How many patients did NCT01234567 enrol in Lyon?") == terms("NCT01234567") + terms("Lyon")


def test_a_disagreeing_document_the_answer_did_not_cite_is_shown_but_not_another_deal(tmp_path):
    """A document that answers the same question with another value
    is cited beside the answer; a document about another deal's payment is not a disagreement."""
    from assistant import answer
    from assistant.pipeline import get_engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "acme_release.txt").write_text(
        "Acme and Beta Agree to Develop a Lupus Candidate\n\nAcme Pharma and Beta Bio announced a "
        "licence agreement for BX-7. Acme will pay Beta an upfront payment of 8 million euros.\n")
    (corpus / "zenith_release.txt").write_text(
        "Zenith and Gamma Sign a Licence\n\nZenith Bio will pay Gamma Labs an upfront payment of "
        "30 million dollars for GX-2.\n")
    options = {"corpus": corpus, "index_dir": tmp_path / "index"}
    alone = answer("How much will Acme pay Beta upfront?", **options)
    assert not alone.abstained and "8 million euros" in alone.text
    assert not alone.conflicts and {c.source for c in alone.citations} == {"acme_release.txt"}

    (corpus / "memo.txt").write_text("Internal memo\n\nAcme will pay Beta an upfront payment of 42 euros.\n")
    get_engine(**options).sync()  # at once, not at the next 5-second staleness check
    result = answer("How much will Acme pay Beta upfront?", **options)
    assert result.conflicts and "The sources disagree" in result.text
    assert {c.source for c in result.citations} == {"acme_release.txt", "memo.txt"}
    shown = {v.value for v in result.conflicts[0].values}
    assert shown == {"8 million euros", "42 euros"}
    for c in result.citations:  # every citation is marked in the text, quotes are verbatim
        assert f"[{c.n}]" in result.text
        assert (corpus / c.source).read_text()[c.start:c.end] == c.quote
