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
