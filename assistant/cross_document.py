"""Questions about two things that different documents hold: each part asked of its documents.

"What is the minimum age in the glucagon protocol and in ComBET?" needs a passage of each
document, and the reader scores each passage against the whole question: one that answers half of
it reads as a weak answer, and the two halves are each other's rival in the calibration's margin.
So a question that joins ("and", "vs", "both", ...) two subjects held by different documents is
also asked part by part: for each subject, the question without the other subject's words, over
that subject's documents only. The answer cites every part whose best passage clears the
threshold on its own, when two or more do; otherwise the question is answered as a whole, as before.

Which words name a subject is read from the folder, not from a list: the question's terms that
few documents hold (at most a third of them). No word of any corpus is written here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .conflicts import name_terms
from .text import content_terms, terms

# A question that joins two things: "A and B", "A vs B", "both", "compare", "each", "respectively"
_JOINED_RE = re.compile(r"\b(?:and|or|vs\.?|versus|both|compare[ds]?|compared|between|each|respectively|"
                        r"either|differ|difference)\b", re.I)
_ANYWHERE = ("both", "compar", "each", "respectively", "between", "differ")
MAX_PARTS = 3


def joins_things(question: str) -> bool:
    """Whether the question has a word that joins two things ("and", "vs", "both", "compare")."""
    return bool(_JOINED_RE.search(question))


@dataclass(frozen=True)
class Part:
    question: str               # the question without the other subjects' words
    sources: frozenset[str]     # the documents that hold this subject


def parts(question: str, doc_terms: dict[str, frozenset[str]]) -> list[Part]:
    """The question's parts, one per subject held by different documents, in the order the
    question names them; [] when it names fewer than two such subjects (or too many)."""
    if len(doc_terms) < 2 or not joins_things(question):
        return []
    most = max(1, len(doc_terms) // 3)
    names = set(name_terms(question))
    holders = {}
    for term in dict.fromkeys(name_terms(question) + content_terms(question)):
        held = frozenset(source for source, have in doc_terms.items() if term in have)
        # a subject's words: its names, held by few documents, or a word only one document holds
        if held and len(held) <= (most if term in names else 1):
            holders[term] = held
    if not holders:
        return []
    named = frozenset().union(*holders.values())
    own = {source: frozenset(t for t, held in holders.items() if source in held) for source in named}
    # a document whose share of the question's rare terms another document's share contains is
    # not a subject of its own (a deal's other party mentioned elsewhere)
    subjects: dict[frozenset[str], set[str]] = {}
    for source in named:
        if not any(own[source] < own[other] for other in named):
            subjects.setdefault(own[source], set()).add(source)
    if not 2 <= len(subjects) <= MAX_PARTS:
        return []
    if not _joins_them(question, [_first_position(question, share) for share in subjects]):
        return []
    found = []
    for share, sources in subjects.items():
        rest = frozenset().union(*(s for s in subjects if s != share))
        if not rest - share or not share - rest:
            return []  # each subject must have a term of its own
        found.append((_first_position(question, share), Part(_without(question, rest - share), frozenset(sources))))
    return [part for _, part in sorted(found, key=lambda pair: pair[0])]


def _joins_them(question: str, positions: list[int]) -> bool:
    """A joining word between the first and the last subject named, or one that asks about
    several things wherever it stands ("both", "compare", "each")."""
    first, last = min(positions), max(positions)
    for match in _JOINED_RE.finditer(question):
        if first < match.start() < last or match.group().lower().startswith(_ANYWHERE):
            return True
    return False


def _first_position(question: str, share: frozenset[str]) -> int:
    for match in re.finditer(r"\S+", question):
        if share & set(terms(match.group())):
            return match.start()
    return len(question)


def _without(question: str, drop: frozenset[str]) -> str:
    """The question without the words whose every term is one of ``drop``."""
    kept = [word for word in question.split() if not (own := set(terms(word))) or not own <= drop]
    text = " ".join(kept)
    return text if text.rstrip().endswith("?") or not question.rstrip().endswith("?") else text.rstrip() + "?"
