"""One abstention policy and the choice of what to cite, from the reader's scored passages.

* The passages come already without those that cannot hold the kind of value asked ("how many"
  and no number in it: :func:`assistant.reading.read_passages`, :mod:`assistant.answer_type`);
  the calibration was fitted on passages filtered the same way.
* Abstain when the best answer score is below the threshold: the calibration's (the score is
  then the calibrated one, :mod:`assistant.readers.calibration`), else ``reader.threshold``, or
  ``Settings.reader_threshold`` when set.
* Otherwise cite every passage that clears the threshold, or clears it on its second look
  (calibrated again with the best passage set aside), best first: at most
  ``per_document`` per document (cross-document and list questions cite each document that
  answers) and ``max_citations`` in all.
* A passage of another document than the best's joins it only when ``joins(best_source,
  other_source)`` allows (:func:`names_the_subject`): the other document holds every name and
  rarer word of the question that the best's holds, or one the best's lacks (the other side of
  a comparison). Two letters of one form score alike; the one about another drug does not answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from .types import ScoredSpan


@dataclass(frozen=True)
class Decision:
    chosen: list[ScoredSpan]
    confidence: float | None  # the best answer score, or None when nothing was read

    @property
    def abstained(self) -> bool:
        return not self.chosen


def decide(scored: list[ScoredSpan], threshold: float, max_citations: int = 4,
           per_document: int = 2, joins: Callable[[str, str], bool] | None = None) -> Decision:
    """A passage below ``threshold`` is still cited beside the best when its ``second_look``
    clears it: a second document that answers too (a cross-document question, a source that
    disagrees) scores low beside the best, but not once the best is set aside."""
    if not scored:
        return Decision([], None)
    ranked = sorted(scored, key=lambda s: (-s.score, s.passage.source, s.passage.start))
    best = ranked[0].score
    chosen: list[ScoredSpan] = []
    per_doc: dict[str, int] = {}
    if best < threshold:
        return Decision([], best)
    for candidate in ranked:
        if len(chosen) >= max_citations:
            break
        if candidate.score < threshold and not (
                candidate.second_look is not None and candidate.second_look >= threshold):
            continue
        source = candidate.passage.source
        if per_doc.get(source, 0) >= per_document:
            continue
        if chosen and joins is not None and source != chosen[0].passage.source and \
                not joins(chosen[0].passage.source, source):
            continue
        if any(_overlaps(candidate, other) for other in chosen):
            continue  # a label-value pair and its field group: the better one is enough
        chosen.append(candidate)
        per_doc[source] = per_doc.get(source, 0) + 1
    return Decision(chosen, best)


def _overlaps(a: ScoredSpan, b: ScoredSpan) -> bool:
    return a.passage.source == b.passage.source and a.passage.start < b.passage.end and \
        b.passage.start < a.passage.end


def names_the_subject(names: set[str], doc_terms: Mapping[str, frozenset[str]]) -> Callable[[str, str], bool]:
    """``joins`` for :func:`decide`: ``names`` are the terms of what the question is about (its
    names, :func:`assistant.conflicts.name_terms`, and its rarer words), ``doc_terms`` each
    document's terms."""
    def joins(best: str, other: str) -> bool:
        in_best = names & doc_terms.get(best, frozenset())
        in_other = names & doc_terms.get(other, frozenset())
        return in_best <= in_other or bool(in_other - in_best)
    return joins
