"""Tokens and stems shared by retrieval, calibration, conflicts and verification."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

# Identifiers keep their inner hyphens and digits ("NCT01234567", "AB-123", "2019-001234-56").
_TOKEN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:[-'’.][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves whose also there's it's what's whats tell give
show list describe please many much does did kind sort s t one ones any another other others
own else either neither whether via per yet still already ever
""".split())

# Words that say *how* something is asked, not *what*: they never have to appear in evidence.
QUESTION_FILLER = frozenset("""
value number total amount figure information detail details mentioned stated state says said
document documents corpus source sources text article page report according exactly approximately
roughly overall main key specific particular actually officially currently initially originally
know find us reported listed named called provided described
use used using obtain obtained get got have take taken make made perform performed involve involved
include included including carry carried do done go went happen happened see seen show shown
institution organisation organization company companies person people name names kind type sort
journal year date day month time city cities country countries place someone anyone somebody
part take news piece mention mentions mentioned appear appears appeared feature features
quoted quote coverage record entry registry release press
among must come came took participate participated participating far
beyond outside except besides anywhere somewhere elsewhere special really check link linked linking eventually finally ultimately paper papers scientific full entire whole
need needs want wants please tell give walk through list summarise summarize briefly quick quickly ago
every whole entire pls plz thanks thx receive receives received receiving formal official
outline describe explain sketch recap bottom
""".split())

_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec janvier février fevrier "
           "mars avril mai juin juillet août aout septembre octobre novembre décembre decembre")
MONTHS = frozenset(_MONTHS.split())

# One author of a reference entry as bibliographies write it: "Smith JA", "Garcia Lopez M"
REFERENCE_AUTHOR = r"[A-Z][a-zà-ÿ’'-]+(?:\s[A-Z][a-zà-ÿ’'-]+)?\s[A-Z]{1,3}"

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100,
}


@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Lowercase without accents, typographic quotes and non-breaking spaces."""
    if text.isascii():  # nothing to fold but the case (most text: skip the per-character pass)
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("\u00a0", " ").replace("–", "-").replace("—", "-").lower())


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A light English stemmer that also folds British spellings (randomised → randomiz, enrol → enrol)."""
    w = word
    if len(w) <= 3 or any(ch.isdigit() for ch in w):
        return w
    w = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", w)
    if re.search(r"orit(y|ies)$", w):
        return re.sub(r"orit(y|ies)$", "orit", w)  # authority ≠ author, priority ≠ prior
    for suffix, replacement in (
        ("izations", "iz"), ("ization", "iz"), ("ational", "ate"), ("ations", "ate"),
        ("ation", "ate"), ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""),
        ("ingly", ""), ("edly", ""), ("ness", ""), ("ities", ""), ("ity", ""), ("ies", "y"),
        ("ing", ""), ("ied", "y"), ("ed", ""), ("ers", "er"), ("es", ""), ("s", ""), ("ly", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not w.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
                w = w[:-1]
                break
            w = w[: len(w) - len(suffix)] + replacement
            break
    if w.endswith(("val", "sal", "wal")) and len(w) >= 7:
        w = w[:-2]  # survival → surviv (survive), approval → approv, withdrawal → withdraw
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "sz":
        w = w[:-1]  # also British and American "l": enrol/enrolled/enrollment, labelled/labeled
    return w


_FILLER_STEMS = frozenset(stem(w) for w in QUESTION_FILLER)


# Tokenising is the answerer's hot path (every candidate passage, every question): cached, and
# handed out as fresh lists so callers may extend them.
def words(text: str) -> list[str]:
    """Folded word tokens, identifiers kept whole."""
    return list(_words(text))


def terms(text: str) -> list[str]:
    """Index terms: stems of words, plus the parts of hyphenated identifiers."""
    return list(_terms(text))


def content_terms(text: str) -> list[str]:
    """Terms of a question that carry meaning (no stopwords or question filler)."""
    return list(_content_terms(text))


@lru_cache(maxsize=50_000)
def _words(text: str) -> tuple[str, ...]:
    out = []
    for token in _TOKEN_RE.findall(fold(text)):
        if "'" in token or "." in token:
            token = _POSSESSIVE_S_RE.sub("", token).strip(".'")  # "Acme's" is about Acme
        if token:
            out.append(token)
    return tuple(out)


def index_terms(text: str) -> list[str]:
    """:func:`terms` for building an index: not cached (each passage is tokenised once, and
    caching 100,000 of them only held memory) and interned (a term that occurs in many passages
    is one string)."""
    intern = sys.intern
    return [intern(term) for term in _stems_of(_words.__wrapped__(text))]


@lru_cache(maxsize=50_000)
def _terms(text: str) -> tuple[str, ...]:
    return _stems_of(_words(text))


def _stems_of(words: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for token in words:
        out.append(stem(token))
        if "-" in token or "'" in token:
            for part in _PART_SPLIT_RE.split(token):
                if part and part not in STOPWORDS:
                    out.append(stem(part))
        if token[-1].isdigit():
            letters = _LETTERS_DIGITS_RE.match(token)  # "nct01234567" also counts as "nct"
            if letters:
                out.append(letters.group(1))
    return tuple(out)


_POSSESSIVE_S_RE = re.compile(r"'s$")
_PART_SPLIT_RE = re.compile(r"[-']")
_LETTERS_DIGITS_RE = re.compile(r"^([a-z]{2,})\d{3,}$")


@lru_cache(maxsize=50_000)
def _content_terms(text: str) -> tuple[str, ...]:
    out = []
    for token in _words(text):
        if token in STOPWORDS or token in QUESTION_FILLER or stem(token) in _FILLER_STEMS:
            continue
        out.append(stem(token))
    return tuple(out)
