"""Codes a question names, and whether a document mentions them.

A code is a word that mixes letters and digits: a trial registration ("NCT05380986"), a compound
("RMC-4630", "BNT162b2"), a study ("IMpower133"), a biomarker ("HbA1c"). Unlike a drug or company name,
a code has no synonym, so a document that never writes it is about something else: "What ORR was
observed in NCT05380986?" is not answered by another trial's results, however well they read as an
answer. The reader cannot see this (it reads one passage, not its document), so
:func:`assistant.reading.on_the_question_codes` sets such passages aside after reading.

Not codes: numbers with a unit or an ordinal ("10mg", "3rd", "1990s"), amounts ("$20m",
"USD27.50"), versions ("v4.0"), reporting periods ("FY2024", "Q3", "H1", "2Q24"), which documents
also write in words, words with one letter ("10-K", "A-1", "m2": a document need not write the
form it is), sections and placeholders ("312.32(a)", "EU/1/..."), and the lower-case words of a
hyphenated phrase ("55-year-old" is a number, "TAS-102-treated" names "TAS-102").
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Callable

# A whitespace-separated word of the question, without the punctuation around it.
_STRIP = "\"'“”‘’()[]{},.;:?!"
_PART_SPLIT_RE = re.compile(r"[-‐‑–/]")
_HAS_LETTER_AND_DIGIT_RE = re.compile(r"(?=.*[^\W\d_])(?=.*\d)", re.UNICODE)
_NUMBER_WITH_UNIT_RE = re.compile(r"\d+(?:[.,]\d+)?[°µ]?[^\W\d_]{1,4}", re.UNICODE)  # "10mg", "3rd", "1990s", "120°C"
_PERIOD_RE = re.compile(r"(?:FY|CY|Q[1-4]|H[12]|[1-4]Q|[12]H)(?:\d{2}|\d{4})?", re.IGNORECASE)
_VERSION_RE = re.compile(r"v\d+(?:\.\d+)*", re.IGNORECASE)
# an amount ("$20m", "US$15", "USD27.50", "€8M"): a number, not a code
_AMOUNT_RE = re.compile(r"(?:[A-Z]{1,3})?[$€£¥]|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|CNY|RMB)\d")
_LETTER_RE = re.compile(r"[^\W\d_]", re.UNICODE)


def question_identifiers(question: str) -> list[str]:
    """The codes ``question`` names, as written (without lower-case word parts), in order.

    >>> question_identifiers("What ORR was observed in NCT05380986 and in TAS-102-treated patients?")
    ['NCT05380986', 'TAS-102']
    >>> question_identifiers("FY2024 revenue of a 55-year-old's 10mg dose in Q3, phase 2b?")
    []
    """
    found: list[str] = []
    for word in question.split():
        if "..." in word or "…" in word or _AMOUNT_RE.match(word.lstrip(_STRIP)):
            continue  # a placeholder ("EU/1/..."), an amount
        word = word.strip(_STRIP)
        if "(" in word or ")" in word:
            continue  # a section ("312.32(a)", "505(b)(2)"), a subtype: written many ways
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        # the lower-case words of a hyphenated phrase are words ("treated", "year", "old")
        parts = [p for p in _PART_SPLIT_RE.split(word) if p and not (p.isalpha() and p.islower())]
        code = "-".join(parts)
        if not code or not _HAS_LETTER_AND_DIGIT_RE.match(code):
            continue
        if _NUMBER_WITH_UNIT_RE.fullmatch(code) or _PERIOD_RE.fullmatch(code) or _VERSION_RE.fullmatch(code):
            continue
        if len(_LETTER_RE.findall(code)) < 2:
            continue  # one letter: a form ("10-K"), a section ("A-1"), a unit ("m2")
        if code not in found:
            found.append(code)
    return found


@lru_cache(maxsize=1024)
def _pattern(code: str) -> re.Pattern:
    """``code`` written with or without separators between its letter and digit runs, in any case
    ("ZX-12", "ZX12", "zx 12", "H1N1pdm09" as "A(H1N1)pdm09"), as a whole word."""
    runs = re.findall(r"[^\W\d_]+|\d+", code, re.UNICODE)
    inner = r"[\W_]{0,2}".join(re.escape(run) for run in runs)
    return re.compile(rf"(?<![^\W_]){inner}(?![^\W_])", re.IGNORECASE | re.UNICODE)


@lru_cache(maxsize=1024)
def _digits(code: str) -> re.Pattern:
    """The code's longest run of digits, which any writing of it contains."""
    return re.compile(re.escape(max(re.findall(r"\d+", code), key=len)))


def mentions(text: str, code: str) -> bool:
    """Whether ``text`` writes ``code``, separators aside; a hyphenated code also when each of its
    parts that is a code on its own is written ("BioMarin-CAMP4": "CAMP4")."""
    # The digits first: a literal search is about 25 times faster than the case-blind pattern
    # (30 MB: 22 against 600 ms), and most documents lack a registration's or compound's number.
    if _digits(code).search(text) is not None and _pattern(code).search(text):
        return True
    split = _PART_SPLIT_RE.split(code)
    parts = [p for p in split if _HAS_LETTER_AND_DIGIT_RE.match(p)]
    return 0 < len(parts) < len(split) and all(mentions(text, p) for p in parts)


# Per retriever (one per index version): code -> the documents that write it. A scan of every
# document's text once per code, not once per question that names it.
_holders_cache: "weakref.WeakKeyDictionary[object, dict[str, frozenset[str]]]" = weakref.WeakKeyDictionary()


def code_holders(code: str, retriever) -> frozenset[str]:
    """The documents of ``retriever`` whose text, title or file name writes ``code``."""
    cache = _holders_cache.setdefault(retriever, {})
    if code not in cache:
        cache[code] = frozenset(source for source, doc in retriever.documents.items()
                                if mentions(source, code) or mentions(doc.title, code) or mentions(doc.text, code))
    return cache[code]


def on_the_codes(codes: list[str], subject: set[str], retriever) -> Callable[[str], bool] | None:
    """Which documents may answer a question naming ``codes``: those that write one of them, and
    those that hold a term of ``subject`` (the names and rarer words of a question comparing
    things; empty for one that does not) that none of those does: the other side of a comparison
    ("the KX-01 licence versus the GSK deal"). None when no document writes any of the codes: the
    documents are not about what is asked."""
    holders = frozenset().union(*(code_holders(code, retriever) for code in codes))
    if not holders:
        return None
    doc_terms = retriever.doc_terms
    covered = frozenset().union(*(subject & doc_terms.get(source, frozenset()) for source in holders))

    def may_answer(source: str) -> bool:
        return source in holders or bool((subject & doc_terms.get(source, frozenset())) - covered)
    return may_answer
