"""The learned answer path (``answerer="reader"``): hybrid candidates → reader → decide → render.

No rules about what a question asks: the reader (a trained cross-encoder, see
:mod:`assistant.readers`) decides which passage answers, where the answer is, and whether
there is one. What is generic knowledge of document structure lives here: a form's value is
read with its label ("Total Enrollment" + "100 participants") and a short field group with its
section heading.
"""

from __future__ import annotations

import time

from .decide import decide
from .render import Quote, abstention, compose
from .types import Answer, Passage, ScoredSpan

RELATED_ON_ABSTAIN = 3


def _passage(retriever, first: int, last: int, score: float) -> Passage:
    head, tail = retriever.units[first], retriever.units[last]
    doc = retriever.documents[head.source]
    return Passage(source=head.source, title=doc.title, text=doc.text[head.start:tail.end],
                   start=head.start, end=tail.end, section=head.section, score=score,
                   kind=head.kind if first == last else "group", page=doc.page_of(head.start))


def candidate_passages(retriever, question: str, embedding, retrieve_k: int, read_k: int) -> list[Passage]:
    """The ``read_k`` best passages by fused rank: each retrieved unit, read with its label when
    it is a form value (and with its value when it is the label), plus the short field group
    around a form line."""
    hits = retriever.search(question, embedding, retrieve_k)
    ranked = sorted(hits, key=lambda i: (-hits[i]["rrf"], i))
    passages: list[Passage] = []
    seen: set[tuple[str, int, int]] = set()

    def add(first: int, last: int, score: float) -> None:
        key = (retriever.units[first].source, first, last)
        if key not in seen:
            seen.add(key)
            passages.append(_passage(retriever, first, last, score))

    for index in ranked:
        if len(passages) >= read_k:
            break
        unit, score = retriever.units[index], hits[index]["rrf"]
        first = last = index
        before, after = retriever.neighbour(index, -1), retriever.neighbour(index, +1)
        if unit.label and before is not None:
            first = before  # "Total Enrollment" / "100 participants"
        elif after is not None and (retriever.units[after].label.strip() == unit.text.strip() or
                                    unit.text.strip().rstrip(":") == retriever.units[after].section):
            last = after  # a label or a heading was found: read it with what it introduces
        add(first, last, score)
        if unit.kind == "line":
            group = retriever.section_range(index)
            if group and group != (first, last):
                add(group[0], group[1], score)
    return passages[:read_k]


def _highlight(scored: ScoredSpan) -> tuple[tuple[int, int], ...]:
    """The reader's answer span, unless it is the whole passage (nothing to point at)."""
    if scored.answer is None:
        return ()
    start, end = scored.answer
    passage = scored.passage
    if end <= start or (start <= passage.start and end >= passage.end):
        return ()
    return ((start, end),)


def answer_with_reader(question: str, retriever, embedding, settings, reader=None) -> Answer:
    """Answer from the best passages the reader accepts, or abstain."""
    if reader is None:
        from .readers import make_reader

        reader = make_reader(settings)
    threshold = settings.reader_threshold if settings.reader_threshold is not None else reader.threshold
    started = time.perf_counter()
    passages = candidate_passages(retriever, question, embedding, settings.candidates, settings.reader_candidates)
    retrieved = time.perf_counter()
    scored = reader.read(question, passages)
    read = time.perf_counter()
    decision = decide(scored, threshold, settings.max_citations, settings.per_document, question)
    if decision.abstained:
        result = abstention(confidence=decision.confidence, related=passages[:RELATED_ON_ABSTAIN])
    else:
        quotes = [Quote(source=s.passage.source, start=s.passage.start, end=s.passage.end,
                        section=s.passage.section, highlights=_highlight(s)) for s in decision.chosen]
        result = compose(quotes, retriever.documents, confidence=decision.confidence)
    result.timings = {"retrieve_ms": (retrieved - started) * 1000, "read_ms": (read - retrieved) * 1000}
    return result
