"""The one vocabulary every layer speaks: documents, passages, citations, answers.

Offsets are always character offsets into a document's *text* (for .txt/.md the file's exact
UTF-8 content; for .html/.pdf the text the loader extracts, stored in the index), so that
``document_text[start:end] == quote`` can be checked mechanically.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int


@dataclass(frozen=True)
class Unit:
    """The smallest citable piece of a document: a sentence, or a short line (a label, a value).

    ``kind`` is ``"sentence"`` for prose and ``"line"`` for the short lines of forms and
    registry pages ("Total Enrollment", "100 participants")."""

    start: int
    end: int
    kind: str
    section: str = ""


@dataclass(frozen=True)
class Document:
    """A loaded document: its text (what offsets point into), title and noise spans."""

    source: str  # path relative to the corpus root, with forward slashes
    title: str
    text: str
    noise: tuple[Span, ...] = ()
    units: tuple[Unit, ...] = ()
    page_starts: tuple[int, ...] = ()  # PDF: offset where each page's text starts
    warnings: tuple[str, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """1-based page number of an offset (PDF only)."""
        if not self.page_starts:
            return None
        page = 0
        for i, start in enumerate(self.page_starts):
            if start <= offset:
                page = i
        return page + 1


@dataclass(frozen=True)
class Passage:
    """A retrieved span of a document with its retrieval score."""

    source: str
    title: str
    text: str
    start: int
    end: int
    section: str = ""
    score: float = 0.0
    kind: str = "sentence"
    page: int | None = None
    # What the reader reads before the passage besides title and section: a table row's caption
    # and header rows (assistant.documents.table_context); never quoted.
    context: str = ""
    # Retrieval evidence the calibrated answer score uses: position in the fused ranking,
    # cosine similarity with the question, BM25 score.
    rank: int = 0
    dense: float = 0.0
    lexical: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ScoredSpan:
    """A reader's verdict on one passage: how likely it answers the question (``score``, in
    [0, 1]) and where the answer is inside it (``answer``: absolute document offsets, or None)."""

    passage: Passage
    score: float
    answer: tuple[int, int] | None = None
    # Calibrated again with the best passage set aside: does this one answer as well? (A second
    # document that answers too, or disagrees, scores low beside the best: the calibration
    # learned that one passage answers.)
    second_look: float | None = None
    # The span head's start + end logit for ``answer``: how sure it is where the answer is (a
    # passage on the question's topic whose span is unsure often holds another value). None
    # without a span, or from a reader without a span head.
    span_logit: float | None = None


@dataclass(frozen=True)
class Citation:
    """One numbered source of an answer. ``quote == document_text[start:end]``.

    ``highlights`` are the spans inside the quote that answer the question (the amount, the
    count, the endpoint), as absolute document offsets."""

    n: int
    source: str
    title: str
    quote: str
    start: int
    end: int
    section: str = ""
    page: int | None = None
    highlights: tuple[tuple[int, int], ...] = ()
    # Where the document came from: "corpus", "uploaded" (shared after upload) or
    # "uploaded, private" (visible only to whoever uploaded it); see assistant.uploads.
    origin: str = "corpus"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["highlights"] = [list(h) for h in self.highlights]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Citation":
        data = dict(data)
        data["highlights"] = tuple(tuple(h) for h in data.get("highlights", ()))
        return cls(**data)


@dataclass(frozen=True)
class Dropped:
    """A generated sentence the verification guard refused to show as cited fact."""

    sentence: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """The result of :func:`assistant.answer`.

    The core contract: ``text`` (markdown with ``[n]`` markers), ``citations`` (numbered 1..k in
    order of first appearance; every marker has one and every one is marked) and ``abstained``
    (True when the corpus does not contain the answer; then ``citations`` is empty)."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    abstained: bool = False
    question: str = ""
    standalone_question: str = ""  # the question after follow-up resolution
    backend: str = "extractive"  # which backend produced the text: "extractive" or "llm"
    related: list[Passage] = field(default_factory=list)  # shown on abstention; never citations
    dropped: list[Dropped] = field(default_factory=list)  # LLM sentences removed by the guard
    fallback_reason: str = ""  # why an LLM answer fell back to extractive, if it did
    timings: dict[str, float] = field(default_factory=dict)
    # The reader's answer score of the best passage, in [0, 1]: the abstention threshold applies
    # to it. None when no reader ran (an empty index, a question nothing was retrieved for).
    confidence: float | None = None
    # Things the reader of the answer should know, e.g. that indexing is under way.
    notices: list[str] = field(default_factory=list)
    # Values of the asked kind that the cited documents give differently (assistant.conflicts):
    # when not empty, the text shows every value with its citations and says so.
    conflicts: list[Any] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "abstained": self.abstained,
            "question": self.question,
            "standalone_question": self.standalone_question,
            "backend": self.backend,
            "related": [p.to_dict() for p in self.related],
            "dropped": [d.to_dict() for d in self.dropped],
            "fallback_reason": self.fallback_reason,
            "timings": dict(self.timings),
            "confidence": self.confidence,
            "notices": list(self.notices),
            "conflicts": [c.to_dict() for c in self.conflicts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Answer":
        return cls(
            text=data["text"],
            citations=[Citation.from_dict(c) for c in data.get("citations", [])],
            abstained=bool(data.get("abstained", False)),
            question=data.get("question", ""),
            standalone_question=data.get("standalone_question", ""),
            backend=data.get("backend", "extractive"),
            related=[Passage(**p) for p in data.get("related", [])],
            dropped=[Dropped(**d) for d in data.get("dropped", [])],
            fallback_reason=data.get("fallback_reason", ""),
            timings=dict(data.get("timings", {})),
            confidence=data.get("confidence"),
            notices=list(data.get("notices", [])),
            conflicts=[_conflict(c) for c in data.get("conflicts", [])],
        )


def _conflict(data: dict[str, Any]):
    from .conflicts import Conflict

    return Conflict.from_dict(data)
