"""Citation-accuracy metrics (ALCE-style) for one answer and for a whole run.

Everything here is pure: an :class:`~assistant.types.Answer`, the dataset item, the texts of
the indexed documents and (optionally) the retriever's document ranking go in; numbers and
human-readable misses come out. The precise definition of every figure is in
``evals/README.md``; the docstrings below repeat them briefly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from ..text import fold
from ..types import Answer, Citation
from ..verify import MARKER_RE, split_cited_sentences  # the shared marker grammar
from .dataset import EvalItem
_MARKUP_RE = re.compile(r"(\*\*|__|`|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w))")

# A support judge: (claim, passages) -> supported?  Default: assistant.verify.support.
Judge = Callable[[str, list[str]], bool]


def normalize(text: str) -> str:
    """What fact matching compares: folded (case, accents, typographic quotes, nbsp), citation
    markers and markdown emphasis removed, whitespace runs collapsed to one space."""
    text = MARKER_RE.sub(" ", text)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)  # a markdown escape reads as its character
    text = _MARKUP_RE.sub("", text)
    return " ".join(fold(text).split())


def contains(haystack: str, needle: str) -> bool:
    return normalize(needle) in normalize(haystack)


def default_judge(embedder=None) -> Judge:
    """The deterministic support scorer of :mod:`assistant.verify`."""
    from ..verify import support

    def judge(claim: str, passages: list[str]) -> bool:
        if not passages:
            return False
        # The quotes of a sentence's citations together (ALCE): a sentence may take half its
        # words from each of two cited quotes.
        return bool(support(claim, [" ".join(passages)], embedder=embedder).supported)

    return judge


def split_sentences(text: str) -> list[tuple[str, list[int]]]:
    return split_cited_sentences(text)


def marker_order(text: str) -> list[int]:
    """Marker numbers in order of first appearance ("[1]", and "[1, 2]"/"[1-3]" forms)."""
    order: list[int] = []
    for _, numbers in split_cited_sentences(text):
        for n in numbers:
            if n not in order:
                order.append(n)
    return order


# -- per-citation checks ---------------------------------------------------------------------------


@dataclass
class CitationCheck:
    n: int
    source: str
    start: int
    end: int
    quote: str
    verbatim: bool  # documents[source][start:end] == quote, quote non-empty
    marked: bool  # its [n] marker occurs in the answer text
    valid: bool  # verbatim and marked and the answer's numbering is consistent
    gold: bool  # its source is one of the item's gold sources
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def check_citation(c: Citation, documents: Mapping[str, str]) -> tuple[bool, list[str]]:
    """Is the quote verbatim at its offsets in the cited document? (ok, problems)."""
    problems = []
    text = documents.get(c.source)
    if text is None:
        return False, [f"[{c.n}] cites {c.source!r}, which is not an indexed document"]
    if not c.quote:
        problems.append(f"[{c.n}] has an empty quote")
    elif not (0 <= c.start <= c.end <= len(text)):
        problems.append(f"[{c.n}] offsets {c.start}-{c.end} are outside {c.source} "
                        f"({len(text)} characters)")
    elif text[c.start:c.end] != c.quote:
        found = text.find(c.quote)
        if found >= 0:
            problems.append(f"[{c.n}] offsets {c.start}-{c.end} are wrong: the quote is in "
                            f"{c.source} at {found}-{found + len(c.quote)}")
        else:
            elsewhere = [s for s, t in documents.items() if s != c.source and c.quote in t]
            if elsewhere:
                problems.append(f"[{c.n}] quote is not in {c.source}; it is from "
                                f"{', '.join(sorted(elsewhere))}")
            else:
                problems.append(f"[{c.n}] quote does not occur verbatim in {c.source} "
                                f"(nor in any other indexed document)")
    return not problems, problems


def marker_problems(answer: Answer) -> list[str]:
    """Answer-level numbering problems: dangling markers, unmarked citations, bad order."""
    problems = []
    first_seen = marker_order(answer.text)
    numbers = [c.n for c in answer.citations]
    cited = set(numbers)
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"citations are numbered {numbers}, not 1..{len(numbers)} in order")
    dangling = [m for m in first_seen if m not in cited]
    if dangling:
        problems.append("marker(s) without a citation: " + ", ".join(f"[{m}]" for m in dangling))
    unmarked = [n for n in numbers if n not in set(first_seen)]
    if unmarked:
        problems.append("citation(s) never marked in the text: " +
                        ", ".join(f"[{n}]" for n in unmarked))
    in_order = [m for m in first_seen if m in cited]
    if in_order != sorted(in_order) or (in_order and in_order != list(range(1, len(in_order) + 1))):
        problems.append(f"markers first appear in the order {in_order}, not 1..k")
    if answer.abstained and answer.citations:
        problems.append("an abstention carries citations")
    return problems


# -- one item ----------------------------------------------------------------------------------------


@dataclass
class ItemScores:
    answerable: bool
    abstained: bool
    error: str = ""
    # facts
    facts_in_text: list[bool] = field(default_factory=list)
    facts_in_gold_quotes: list[bool] = field(default_factory=list)
    accurate: bool | None = None  # answerable items only
    # citations
    citations: list[CitationCheck] = field(default_factory=list)
    marker_problems: list[str] = field(default_factory=list)
    n_citations: int = 0
    n_valid_citations: int = 0
    # ALCE (None: not applicable, e.g. abstained)
    sentences: list[dict[str, Any]] = field(default_factory=list)
    citation_recall: float | None = None
    citation_precision: float | None = None
    # documents
    gold_doc_coverage: float | None = None
    ranking: list[str] | None = None
    recall_at_k: float | None = None
    reciprocal_rank: float | None = None
    k: int = 5
    latency_ms: float | None = None
    misses: list[str] = field(default_factory=list)
    passed: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["citations"] = [c.to_dict() for c in self.citations]
        return data


def alce(answer: Answer, valid_quotes: Mapping[int, str], judge: Judge
         ) -> tuple[float, float, list[dict[str, Any]]]:
    """ALCE citation recall and precision of one answer (Gao et al. 2023, with our judge).

    recall = supported sentences / sentences, where a sentence is supported when the union of
    its cited quotes supports it (no citations: unsupported). precision = precise citation
    mentions / citation mentions, where a mention (one citation on one sentence) is precise when
    the sentence is supported by all its citations together AND (the citation alone supports it
    OR removing it breaks that support). Invalid citations (not verbatim) contribute no text.
    Markdown emphasis is removed from a sentence before it is judged."""
    sentences = split_sentences(answer.text)
    details = []
    supported_count = 0
    precise = 0
    mentions = 0
    for sentence, refs in sentences:
        refs = list(dict.fromkeys(refs))
        claim = _MARKUP_RE.sub("", sentence)  # "$**8**.97" is "$8.97" to a reader
        passages = [valid_quotes[r] for r in refs if r in valid_quotes]
        joint = bool(refs) and judge(claim, passages)
        supported_count += joint
        verdicts = {}
        for r in refs:
            mentions += 1
            if not joint:
                verdicts[r] = "unsupported sentence"
                continue
            alone = r in valid_quotes and judge(claim, [valid_quotes[r]])
            if alone:
                verdicts[r] = "supports"
                precise += 1
                continue
            rest = [valid_quotes[o] for o in refs if o != r and o in valid_quotes]
            if rest and judge(claim, rest):
                verdicts[r] = "irrelevant"
            else:
                verdicts[r] = "needed"
                precise += 1
        details.append({"sentence": sentence, "citations": refs, "supported": joint,
                        "verdicts": {str(k): v for k, v in verdicts.items()}})
    recall = supported_count / len(sentences) if sentences else 0.0
    precision = precise / mentions if mentions else 0.0
    return recall, precision, details


def document_ranking(retriever, query: str, embedding, candidates: int) -> list[str]:
    """Unique document sources in the order of their best-ranked unit (fused RRF score)."""
    found = retriever.search(query, embedding, candidates)
    order = sorted(found, key=lambda i: (-found[i]["rrf"], i))
    ranking: list[str] = []
    for index in order:
        source = retriever.units[index].source
        if source not in ranking:
            ranking.append(source)
    return ranking


def score_item(item: EvalItem, answer: Answer | None, documents: Mapping[str, str],
               ranking: Sequence[str] | None = None, k: int = 5, judge: Judge | None = None,
               latency_ms: float | None = None, error: str = "") -> ItemScores:
    """Score one final answer. ``documents``: source -> indexed text; ``ranking``: the
    retriever's unique documents for the (standalone) question, best first, or None."""
    judge = judge or default_judge()
    s = ItemScores(answerable=item.answerable, abstained=bool(answer and answer.abstained),
                   error=error, k=k, latency_ms=latency_ms,
                   ranking=list(ranking) if ranking is not None else None)
    gold = set(item.gold_sources)
    if answer is None:
        s.misses.append(f"error: {error or 'no answer'}")
        if item.answerable:
            s.accurate = False
            s.facts_in_text = [False] * len(item.facts)
            s.facts_in_gold_quotes = [False] * len(item.facts)
            s.gold_doc_coverage = 0.0
        _retrieval(s, item, ranking, k)
        return s

    # citations
    s.marker_problems = marker_problems(answer)
    markers = set(marker_order(answer.text))
    valid_quotes: dict[int, str] = {}
    for c in answer.citations:
        verbatim, problems = check_citation(c, documents)
        marked = c.n in markers
        if not marked:
            problems.append(f"[{c.n}] is never marked in the text")
        check = CitationCheck(n=c.n, source=c.source, start=c.start, end=c.end, quote=c.quote,
                              verbatim=verbatim, marked=marked,
                              valid=verbatim and marked and not s.marker_problems,
                              gold=c.source in gold, problems=problems)
        s.citations.append(check)
        if verbatim:
            valid_quotes[c.n] = c.quote
    s.n_citations = len(s.citations)
    s.n_valid_citations = sum(c.valid for c in s.citations)
    for c in s.citations:
        s.misses.extend(f"invalid citation: {p}" for p in c.problems)
    s.misses.extend(f"markers: {p}" for p in s.marker_problems)

    # facts
    gold_quotes = [c.quote for c in answer.citations if c.n in valid_quotes and c.source in gold]
    if item.answerable:
        for alternatives in item.facts:
            in_text = any(contains(answer.text, a) for a in alternatives)
            in_quote = any(contains(q, a) for q in gold_quotes for a in alternatives)
            s.facts_in_text.append(in_text)
            s.facts_in_gold_quotes.append(in_quote)
            label = " / ".join(repr(a) for a in alternatives)
            if answer.abstained:
                continue  # one miss says it all: "abstained on an answerable question"
            if not in_text:
                s.misses.append(f"fact missing from the answer: {label}")
            elif not in_quote:
                s.misses.append(f"fact not in any valid citation quote from a gold source: {label}")
        s.accurate = (not answer.abstained and all(s.facts_in_text)
                      and all(s.facts_in_gold_quotes))
        cited_sources = {c.source for c in answer.citations}
        s.gold_doc_coverage = len(gold & cited_sources) / len(gold) if gold else None
        if answer.abstained:
            s.misses.insert(0, "abstained on an answerable question")
    elif not answer.abstained:
        s.misses.insert(0, "answered an unanswerable question (should have abstained)")

    # ALCE citation recall / precision: every answer that did not abstain
    if not answer.abstained:
        s.citation_recall, s.citation_precision, s.sentences = alce(answer, valid_quotes, judge)
        for d in s.sentences:
            if not d["supported"]:
                why = "no citation" if not d["citations"] else "not supported by its citations " + \
                    "".join(f"[{r}]" for r in d["citations"])
                s.misses.append(f"unsupported sentence ({why}): {d['sentence']}")
            for r, verdict in d["verdicts"].items():
                if verdict == "irrelevant":
                    s.misses.append(f"irrelevant citation [{r}] on: {d['sentence']}")

    _retrieval(s, item, ranking, k)
    if item.answerable:
        s.passed = bool(s.accurate) and s.n_valid_citations == s.n_citations and not s.marker_problems
    else:
        s.passed = answer.abstained and not s.marker_problems
    return s


def _retrieval(s: ItemScores, item: EvalItem, ranking: Sequence[str] | None, k: int) -> None:
    if ranking is None or not item.answerable or not item.gold_sources:
        return
    gold = set(item.gold_sources)
    s.recall_at_k = len(gold & set(ranking[:k])) / len(gold)
    s.reciprocal_rank = 0.0
    for rank, source in enumerate(ranking, start=1):
        if source in gold:
            s.reciprocal_rank = 1.0 / rank
            break


# -- a run ---------------------------------------------------------------------------------------------


@dataclass
class ItemResult:
    """One dataset item after a run: the final answer, the replayed turns and its scores."""

    item: EvalItem
    answer: Answer | None
    scores: ItemScores
    history_answers: list[Answer] = field(default_factory=list)
    latency_ms: float | None = None
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item.to_dict(),
            "answer": self.answer.to_dict() if self.answer else None,
            "history_answers": [a.text for a in self.history_answers],
            "latency_ms": self.latency_ms,
            "error": self.error,
            "scores": self.scores.to_dict(),
        }


def evaluate(item: EvalItem, answer: Answer | None, documents: Mapping[str, str],
             ranking: Sequence[str] | None = None, k: int = 5, judge: Judge | None = None,
             latency_ms: float | None = None, error: str = "") -> ItemResult:
    """Score an answer and wrap it as an :class:`ItemResult` (for tests and custom runs)."""
    scores = score_item(item, answer, documents, ranking, k=k, judge=judge,
                        latency_ms=latency_ms, error=error)
    return ItemResult(item=item, answer=answer, scores=scores, latency_ms=latency_ms, error=error)


def _mean(values: list[float | bool | None]) -> float | None:
    values = [float(v) for v in values if v is not None]
    return sum(values) / len(values) if values else None


def percentile(values: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default)."""
    values = sorted(values)
    if not values:
        return None
    pos = (len(values) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (pos - low)


FIGURES = (
    # key, label, kind ("rate": 0..1 higher is better, "rate_low": lower is better, "ms", "count")
    ("answer_accuracy", "Answer accuracy", "rate"),
    ("citation_validity", "Citation validity", "rate"),
    ("answers_with_valid_citations", "Answers with all citations valid", "rate"),
    ("citation_recall", "Citation recall (ALCE)", "rate"),
    ("citation_precision", "Citation precision (ALCE)", "rate"),
    ("gold_doc_coverage", "Gold-document coverage", "rate"),
    ("recall_at_k", "Retrieval recall@k", "rate"),
    ("mrr", "Retrieval MRR", "rate"),
    ("abstention_rate", "Abstention (unanswerable)", "rate"),
    ("false_abstention_rate", "False abstention (answerable)", "rate_low"),
    ("latency_p50_ms", "Latency p50 (ms)", "ms"),
    ("latency_p95_ms", "Latency p95 (ms)", "ms"),
)


def _group(results: list[ItemResult]) -> dict[str, Any]:
    answerable = [r for r in results if r.item.answerable]
    unanswerable = [r for r in results if not r.item.answerable]
    return {
        "n": len(results),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "answer_accuracy": _mean([r.scores.accurate for r in answerable]),
        "abstention_rate": _mean([r.scores.abstained for r in unanswerable]),
        "false_abstention_rate": _mean([r.scores.abstained for r in answerable]),
    }


def summarize(results: list[ItemResult]) -> dict[str, Any]:
    """The run's figures (see evals/README.md). Rates are in [0, 1]; None when undefined."""
    summary = _group(results)
    scores = [r.scores for r in results]
    n_citations = sum(s.n_citations for s in scores)
    answered = [s for s in scores if s.error == "" and not s.abstained]
    summary.update({
        "k": scores[0].k if scores else 5,
        "n_errors": sum(bool(r.error) for r in results),
        "n_citations": n_citations,
        "citation_validity": (sum(s.n_valid_citations for s in scores) / n_citations
                              if n_citations else None),
        "answers_with_valid_citations": _mean([
            s.n_valid_citations == s.n_citations and not s.marker_problems for s in answered]),
        "citation_recall": _mean([s.citation_recall for s in answered]),
        "citation_precision": _mean([s.citation_precision for s in answered]),
        "gold_doc_coverage": _mean([r.scores.gold_doc_coverage for r in results
                                    if r.item.answerable]),
        "recall_at_k": _mean([s.recall_at_k for s in scores]),
        "mrr": _mean([s.reciprocal_rank for s in scores]),
        "latency_p50_ms": percentile([r.latency_ms for r in results if r.latency_ms is not None], 50),
        "latency_p95_ms": percentile([r.latency_ms for r in results if r.latency_ms is not None], 95),
        "n_passed": sum(s.passed for s in scores),
    })
    tags: dict[str, list[ItemResult]] = {}
    for r in results:
        for tag in r.item.tags:
            tags.setdefault(tag, []).append(r)
    summary["by_tag"] = {tag: _group(group) for tag, group in sorted(tags.items())}
    summary["failures"] = [
        {"id": r.item.id, "question": r.item.question,
         "answer": r.answer.text if r.answer else None, "misses": r.scores.misses}
        for r in results if not r.scores.passed
    ]
    return summary
