"""Run dataset items through :func:`assistant.answer` and score them.

Multi-turn items replay their earlier user turns one by one through ``answer()``; each
generated answer becomes the assistant turn of the history for the next, so the final question
is asked exactly as in a chat. Only the final answer is scored and timed.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Callable

from ..types import Answer
from .dataset import EvalItem
from .metrics import ItemResult, Judge, default_judge, document_ranking, score_item

DEFAULT_K = 5


def _replay(item: EvalItem, ask: Callable[..., Answer]) -> tuple[list[dict[str, str]], list[Answer]]:
    history: list[dict[str, str]] = []
    answers: list[Answer] = []
    for turn in item.history:
        previous = ask(turn, list(history))
        answers.append(previous)
        history.append({"role": "user", "content": turn})
        history.append({"role": "assistant", "content": previous.text})
    return history, answers


def run_dataset(items: list[EvalItem], options: dict[str, Any] | None = None,
                progress: bool = False, k: int = DEFAULT_K, judge: Judge | None = None,
                label: str = "") -> list[ItemResult]:
    """Answer every item with ``answer(**options)`` and score it; one ItemResult per item.

    An exception while answering one item is recorded on that item (``error``) and the run
    goes on. ``judge`` (claim, passages) -> bool decides support for citation recall/precision;
    default: :func:`assistant.verify.support` with the engine's embedder."""
    from tqdm import tqdm

    from ..pipeline import answer as ask_answer
    from ..pipeline import get_engine

    options = dict(options or {})
    engine = get_engine(**options)
    retriever = engine.retriever()  # builds or updates the index before any timing
    embedder = engine.embedder()
    embedder.encode_query("warm up")  # model load is not an answer's latency
    # Query embeddings are memoised by the embedder: start every run cold, so that a second
    # setting in --compare is not timed with the first one's cached questions.
    cache_clear = getattr(getattr(embedder, "_query_cache", None), "cache_clear", None)
    if callable(cache_clear):
        cache_clear()
    documents = {source: doc.text for source, doc in retriever.documents.items()}
    judge = judge or default_judge(embedder)

    def ask(question: str, history: list[dict[str, str]]) -> Answer:
        return ask_answer(question, history or None, **options)

    results: list[ItemResult] = []
    bar = tqdm(items, desc=label or "eval", unit="q", file=sys.stderr, disable=not progress,
               dynamic_ncols=True, leave=False)
    for item in bar:
        final: Answer | None = None
        history_answers: list[Answer] = []
        error = ""
        latency = None
        try:
            history, history_answers = _replay(item, ask)
            started = time.perf_counter()
            final = ask(item.question, history)
            latency = (time.perf_counter() - started) * 1000
        except Exception as err:  # noqa: BLE001 - one broken item must not end the run
            error = f"{type(err).__name__}: {err}"
        ranking = None
        retrieval_error = ""
        try:
            retriever = engine.retriever()
            query = final.standalone_question if final and final.standalone_question else item.question
            embedding = embedder.encode_query(query) if retriever.units else None
            ranking = document_ranking(retriever, query, embedding, engine.settings.candidates)
        except Exception as err:  # noqa: BLE001
            retrieval_error = f"retrieval ranking failed: {type(err).__name__}: {err}"
        scores = score_item(item, final, documents, ranking, k=k, judge=judge,
                            latency_ms=latency, error=error)
        if retrieval_error:
            scores.misses.append(retrieval_error)
        results.append(ItemResult(item=item, answer=final, scores=scores,
                                  history_answers=history_answers, latency_ms=latency, error=error))
    bar.close()
    return results
