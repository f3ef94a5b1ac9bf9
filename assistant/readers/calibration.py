"""The answer score the product decides on: the reader's verdict calibrated with retrieval evidence.

The cross-encoder reads one passage at a time. What it cannot see is learned here, from the
same held-out data the threshold is chosen on (``scripts/calibrate_reader.py``): how the
passage ranked in hybrid retrieval, how its score compares with the other candidates', and
whether the passage, its document and the folder contain the question's rarer words at all (a
question about something no document mentions has no answer, however well a sentence reads).

The model is a logistic regression over the :data:`FEATURES` below, stored as plain numbers in
the reader's ``reader.json`` (``"calibration"``): no corpus words, no rules, one probability per
passage. The product ranks passages by it and abstains below one threshold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from ..text import content_terms, terms
from ..types import ScoredSpan

FEATURES = (
    "reader_logit",      # the cross-encoder's answer score, as log-odds
    "reader_gap",        # ... minus the best candidate's (0 for the best)
    "reader_margin",     # ... minus the best other candidate's (how clearly it stands out)
    "fused_rank",        # log(1 + rank) in hybrid retrieval (reciprocal rank fusion)
    "dense",             # cosine of question and passage embeddings
    "dense_gap",         # ... minus the best candidate's
    "lexical",           # BM25 relative to the best candidate's (0..1)
    "cover",             # share of the question's content terms found in the passage (with title, section, context)
    "cover_idf",         # the same, weighted by rarity
    "missing_rare",      # rarity of the rarest question term the passage lacks (0..1)
    "document_cover",    # rarity-weighted share found anywhere in the passage's document
    "folder_cover",      # rarity-weighted share found anywhere in the folder
    "has_span",          # the span head points inside the passage
    "span_logit",        # ... and how sure it is of where (start + end logit; 0 without a span)
)
# Not features: the passage's form (its length, being a form line or a field group). The held-out
# data the calibration is fitted on is prose, where short lines are rare and seldom answer; fitted
# there, the "line" weight cost every label-value pair 1.3 logits in folders of forms.

_LOGIT_CLIP = 9.0


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return max(-_LOGIT_CLIP, min(_LOGIT_CLIP, math.log(p / (1 - p))))


def _idf(retriever, term: str) -> float:
    idf = retriever.bm25.idf.get(term)
    if idf is None:  # never seen in the folder: as rare as a term can be
        idf = math.log(1 + (retriever.bm25.n + 0.5) / 0.5)
    return idf


def _same_evidence(a: ScoredSpan, b: ScoredSpan) -> bool:
    """Whether one of the two passages holds the other, in one document, and their answer spans
    (where both have one) overlap: both quote the same answer."""
    pa, pb = a.passage, b.passage
    if pa.source != pb.source:
        return False
    holds = pa.start <= pb.start and pb.end <= pa.end or pb.start <= pa.start and pa.end <= pb.end
    if not holds:
        return False
    if a.answer is None or b.answer is None:
        return True
    return a.answer[0] < b.answer[1] and b.answer[0] < a.answer[1]


def features(question: str, scored: Sequence[ScoredSpan], retriever) -> list[list[float]]:
    """One row of :data:`FEATURES` per scored passage, in order."""
    if not scored:
        return []
    asked = list(dict.fromkeys(content_terms(question))) or list(dict.fromkeys(terms(question)))
    weights = {t: _idf(retriever, t) for t in asked}
    total = sum(weights.values()) or 1.0
    top_idf = math.log(1 + (retriever.bm25.n + 0.5) / 0.5) or 1.0
    folder_cover = sum(w for t, w in weights.items() if t in retriever.corpus_terms) / total
    logits = [_logit(s.score) for s in scored]
    texts = [" ".join(s.passage.text.split()).lower() for s in scored]
    best = max(logits)
    best_dense = max(s.passage.dense for s in scored)
    best_lexical = max(s.passage.lexical for s in scored)
    doc_cover: dict[str, float] = {}
    rows = []
    for s, logit, text in zip(scored, logits, texts):
        p = s.passage
        if p.source not in doc_cover:
            have = retriever.doc_terms.get(p.source, frozenset())
            doc_cover[p.source] = sum(w for t, w in weights.items() if t in have) / total
        have = frozenset(terms(f"{p.title} {p.section} {p.context} {p.text}"))
        found = [t for t in asked if t in have]
        missing = [weights[t] for t in asked if t not in have]
        # A copy of this passage's words (a summary repeated in full elsewhere, under another
        # heading), or a passage that holds it or that it holds with the same answer (a heading
        # read with its sentence), quotes the same answer: it is no rival, and it would cancel
        # the margin
        rivals = [rival for other_span, rival, rival_text in zip(scored, logits, texts)
                  if rival_text != text and not _same_evidence(s, other_span)]
        other = max(rivals) if rivals else logit
        rows.append([
            logit,
            logit - best,
            logit - other,
            math.log1p(p.rank),
            p.dense,
            p.dense - best_dense,
            p.lexical / best_lexical if best_lexical > 0 else 0.0,
            len(found) / len(asked) if asked else 0.0,
            sum(weights[t] for t in found) / total,
            max(missing, default=0.0) / top_idf,
            doc_cover[p.source],
            folder_cover,
            1.0 if s.answer is not None else 0.0,
            s.span_logit if s.answer is not None and s.span_logit is not None else 0.0,
        ])
    return rows


@dataclass(frozen=True)
class Calibration:
    """``p = sigmoid(bias + Σ weight·(feature − mean)/scale)`` per passage; ``threshold`` on p.
    ``features``: the names its weights are for, any of :data:`FEATURES` (a calibration fitted
    before a feature was added keeps working without it)."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    # Answers under this are shown as unsure (a notice to check the quote): the threshold chosen
    # when a wrong answer costs as much as a right one gains. None: no such band.
    sure_threshold: float | None = None
    features: tuple[str, ...] = FEATURES

    def __post_init__(self):
        unknown = [name for name in self.features if name not in FEATURES]
        if unknown or not (len(self.features) == len(self.weights) == len(self.mean) == len(self.scale)):
            raise ValueError(f"its calibration is for features {list(self.features)}, and this version computes "
                             f"{list(FEATURES)} (refit it: python scripts/calibrate_reader.py --write)")

    @classmethod
    def from_dict(cls, raw: dict) -> "Calibration":
        return cls(weights=tuple(raw["weights"]), bias=float(raw["bias"]), mean=tuple(raw["mean"]),
                   scale=tuple(raw["scale"]), threshold=float(raw["threshold"]),
                   sure_threshold=float(raw["sure_threshold"]) if raw.get("sure_threshold") is not None else None,
                   features=tuple(raw["features"]))

    def to_dict(self) -> dict:
        return {"features": list(self.features), "weights": list(self.weights), "bias": self.bias,
                "mean": list(self.mean), "scale": list(self.scale), "threshold": self.threshold,
                "sure_threshold": self.sure_threshold}

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        """``rows``: :func:`features` rows (every one of :data:`FEATURES`, in order)."""
        columns = [FEATURES.index(name) for name in self.features]
        out = []
        for full in rows:
            row = [full[i] for i in columns]
            z = self.bias + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale))
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out

    def rescore(self, question: str, scored: Sequence[ScoredSpan], retriever) -> list[ScoredSpan]:
        """The same spans with the calibrated answer probability as their score, and every one
        but the best scored a second time with the best set aside (``second_look``)."""
        probabilities = self.probabilities(features(question, scored, retriever))
        second: list[float | None] = [None] * len(scored)
        if len(scored) > 1:
            top = max(range(len(scored)), key=probabilities.__getitem__)
            rest = [i for i in range(len(scored)) if i != top]
            for i, p in zip(rest, self.probabilities(features(question, [scored[i] for i in rest], retriever))):
                second[i] = p
        return [ScoredSpan(passage=s.passage, score=p, answer=s.answer, second_look=q, span_logit=s.span_logit)
                for s, p, q in zip(scored, probabilities, second)]
