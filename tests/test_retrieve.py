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
