"""Hybrid retrieval over the seed index: exact dense ranking, Chroma's candidate path, BM25."""

from __future__ import annotations

import pytest

from assistant import retrieve
from assistant.pipeline import get_engine

QUESTIONS = [
    "How many patients did MIROCALS randomise?",
    "What is the upfront payment in the Servier deal?",
    "Which French hospitals took part in the lupus trial?",
    "What is the primary efficacy criterion of MS-IL2?",
]


@pytest.fixture(scope="module")
def engine(seed_options):
    return get_engine(**seed_options)


def _dense_top(retriever, embedding, k=10):
    hits = retriever.search("", embedding, k)  # no words: the dense side alone
    return sorted(hits, key=lambda i: -hits[i]["dense"])[:5]


@pytest.mark.parametrize("question", QUESTIONS)
def test_chroma_candidates_rank_like_the_exact_search(engine, question, monkeypatch):
    retriever = engine.retriever()
    embedding = engine.embedder().encode_query(question)
    exact = _dense_top(retriever, embedding)
    assert len(retriever.units) <= retrieve.EXACT_LIMIT
    calls = []
    real_query = retriever.store.query_units
    monkeypatch.setattr(retriever.store, "query_units", lambda *a: calls.append(a) or real_query(*a))
    monkeypatch.setattr(retrieve, "EXACT_LIMIT", 0)  # as for a corpus too large to search exactly
    via_chroma = _dense_top(retriever, embedding)
    assert calls, "the Chroma candidate path was not taken"
    assert via_chroma == exact


@pytest.mark.parametrize("query, needle", [
    ("NCT03039673", "NCT03039673"),
    ("8 million euros", "8 million euros"),
    ("pNFH", "pNFH"),
])
def test_identifiers_and_amounts_are_found_verbatim(engine, query, needle):
    retriever = engine.retriever()
    hits = retriever.search(query, None, 5)  # lexical side alone
    best = max(hits, key=lambda i: hits[i]["bm25"])
    assert needle in retriever.units[best].text


def test_bm25_scores_are_okapi_bm25():
    """The flat-array BM25 gives the textbook Okapi BM25 score of every document, for repeated
    and unknown query terms too."""
    import math

    docs = [["il-2", "dose", "dose", "trial"], ["trial", "phase"], [], ["upfront", "payment", "dose"],
            ["trial"] * 5]
    bm25 = retrieve.BM25(docs, k1=1.2, b=0.75)
    query = ["dose", "trial", "dose", "absent"]
    avg = sum(map(len, docs)) / len(docs)
    expected = []
    for doc in docs:
        score = 0.0
        for term in dict.fromkeys(query):
            df = sum(term in d for d in docs)
            if not df:
                continue
            tf = doc.count(term)
            idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
            score += idf * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * len(doc) / avg))
        expected.append(score)
    assert bm25.scores(query).tolist() == pytest.approx(expected, rel=1e-5)
    assert bm25.scores(["absent"]).tolist() == [0.0] * len(docs)
    assert retrieve.BM25([]).scores(["dose"]).size == 0


def test_bm25_from_postings_gathered_in_reading_order_scores_units_in_their_final_order():
    """The retriever gathers postings as Chroma's pages come (any order), then sorts its units
    by document: each unit must keep its own terms and length after the reordering."""
    docs = [["il-2", "dose", "dose", "trial"], ["trial", "phase"], [], ["upfront", "payment", "dose"],
            ["trial"] * 5, ["phase", "dose"]]
    order = [4, 0, 5, 2, 1, 3]  # final unit n is the gathered unit order[n]
    postings = retrieve.Postings()
    for doc in docs:
        postings.add(doc)
    gathered = retrieve.BM25.from_postings(postings, order)
    reference = retrieve.BM25([docs[n] for n in order])
    for query in (["dose"], ["trial", "phase"], ["upfront", "dose", "absent"]):
        assert gathered.scores(query).tolist() == pytest.approx(reference.scores(query).tolist(), rel=1e-6)
    assert gathered.scores(["trial"]).argmax() == order.index(4)  # the unit made of "trial" only


def test_the_top_k_are_those_of_a_full_sort_ties_in_document_order():
    """The dense side takes its top k without sorting every unit's score: the same units, in the
    same order, as sorting all of them by score and then by position (ties are common between
    repeated passages)."""
    import numpy as np

    rng = np.random.default_rng(7)
    for _ in range(500):
        n, k = int(rng.integers(1, 80)), int(rng.integers(1, 40))
        scores = rng.integers(0, 6, size=n).astype(np.float32)  # few values: many ties
        indexes = rng.permutation(1000)[:n]
        expected = np.lexsort((indexes, -scores))[:k]
        assert retrieve._top(scores, indexes, k).tolist() == expected.tolist()


def test_a_units_neighbour_is_the_unit_next_to_it_in_its_document(engine):
    """Neighbours are found by place in the document (what a label's value, a lead-in's list and
    the LLM's windows are read with), never across documents."""
    retriever = engine.retriever()
    units = retriever.units
    place = {(units.source[n], units.i[n]): n for n in range(len(units))}
    assert len(set(units.source)) > 1
    for n in range(len(units)):
        for step in (-2, -1, 1, 2):
            assert retriever.neighbour(n, step) == place.get((units.source[n], units.i[n] + step))
    last_of_first = max(n for n in range(len(units)) if units.source[n] == units.source[0])
    assert retriever.neighbour(last_of_first, +1) is None  # the next row is another document's
