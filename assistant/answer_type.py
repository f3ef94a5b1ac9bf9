"""What kind of value a question asks for, in generic English, and whether a passage can hold it.

Only the unambiguous numeric kinds: "how many/much", "what percentage", "how long/old",
"what year", "when". A passage without any number (or month, for dates) cannot answer those,
however well it matches the question's words; the reader is not asked to learn that from
scratch. A question that names the value it wants ("what royalty rate", "which dose", "what is
the amount of the fee") is answered only by a passage that holds an amount, and not at all when
the passage it scores best names the value without giving it (:func:`names_a_value`). Other
questions are not typed.
"""

from __future__ import annotations

import re

from .text import content_terms

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|"
                 r"eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                 r"million|billion|trillion|dozen|half|single|double|triple|twice|thrice|once")
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")

_ASKS_NUMBER = re.compile(
    r"\b(how (?:many|much|long|old|far|large|big|often|tall|high|deep|wide|heavy|fast)|"
    r"what (?:percentage|percent|proportion|share|fraction|number|amount|sum|price|age)|"
    r"(?:what|which) year|in what year)\b", re.I)
# "What royalty rate ...", "What is the amount of the fee?", "Which dose ...": the value itself is
# asked, not what it is for ("what milestone triggers the payment") or its kind ("what type of fee")
_ASKS_VALUE = re.compile(
    r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+(?:the\s+)?)?"
    r"(?:(?!(?:of|type|kind|form|sort|structure|other)\b)[\w-]+\s+){0,2}?"
    r"(?:rate|rates|dose|doses|dosage|price|prices|fee|fees|amount|ratio|cost|costs|concentration|"
    r"duration|payment|payments|royalty|royalties)\b(?!\s+(?:trigger|triggers|triggered|event|events|"
    r"structure|terms|was\s+made|is\s+made))", re.I)
_ASKS_DATE = re.compile(r"^\W*(?:and\s+)?when\b|\b(?:what|which) (?:date|day|month)\b|\bsince when\b", re.I)

_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I)
_HAS_DATE = re.compile(rf"\d|\b(?:{_MONTHS})\b|\b(?:today|yesterday|tomorrow|ago)\b", re.I)


# "Who ran it, and in what year?": the typed part is one of several things asked
_ASKS_MORE = re.compile(r"(?:,|\band\b|;)\s*(?:and\s+)?(?:in\s+|on\s+|at\s+|by\s+|from\s+|to\s+)?"
                        r"(?:who|whom|whose|what|which|when|where|why|how)\b", re.I)


def asked_kind(question: str) -> str | None:
    """``"number"``, ``"date"`` or None (not typed)."""
    if _ASKS_NUMBER.search(question):
        return "number"
    if _ASKS_DATE.search(question):
        return "date"
    return None


def names_a_value(question: str) -> bool:
    """"What royalty rate ...", "Which dose ...": the question names a value it wants. Unlike
    :func:`asked_kind`'s questions, a passage that names that value without giving it (a rate
    "agreed in confidence") is still read: it is the passage the question is about, and when it
    scores best the documents do not give the value (see :func:`assistant.reading.read_passages`)."""
    return bool(_ASKS_VALUE.search(question))


# A number that stands for an amount: not a digit inside a name or code ("BT-3", "NCT01234567");
# in words too, as ranges are written ("low-teens to low-twenties", "high single digits")
_VALUE_NUMBER = re.compile(rf"(?<![A-Za-z0-9])(?<![A-Za-z]-)\d|\b(?:{_NUMBER_WORDS}|teens|twenties|thirties|"
                           r"forties|fifties|sixties|seventies|eighties|nineties|digits?)\b", re.I)


def holds_value(text: str) -> bool:
    """Whether ``text`` holds a number that is not part of a name or code."""
    return bool(_VALUE_NUMBER.search(text))


# A value withheld from a public copy of a document: "[***]", "$***", "[…***…]", "[REDACTED]", "[*]"
_REDACTION = re.compile(r"\[\s*(?:…|\.\.\.)?\s*\*+\s*(?:…|\.\.\.)?\s*\]|\*{3,}|\[\s*(?:redacted|omitted|"
                        r"confidential(?: treatment requested)?)\s*\]", re.I)


def withholds_value(span: str) -> bool:
    """Whether an answer span is a redaction mark standing where the value would be ("$***",
    "a minimum of [***]"): the passage is about the value, and the document does not give it.
    A span that also gives a number or says more than a few words answers with what it holds."""
    if not _REDACTION.search(span):
        return False
    rest = _REDACTION.sub(" ", span)
    return not holds_value(rest) and len(re.findall(r"[^\W\d_]+", rest)) <= 3


_MARK_AFTER = re.compile(rf"[\s(]{{0,2}}(?:{_REDACTION.pattern})", re.I)
_MARK_BEFORE = re.compile(rf"(?:{_REDACTION.pattern})[\s)]{{0,2}}$", re.I)


def redaction_beside(before: str, after: str) -> str:
    """The redaction mark right before or after an answer span ("exceed EUR [***]", "(€ [***])"):
    a span that is only the currency or unit of a withheld value is read with the mark."""
    found = _MARK_AFTER.match(after) or _MARK_BEFORE.search(before)
    return found.group(0) if found else ""


def asks_one_thing(question: str) -> bool:
    """No second question joined on ("..., and when?"): then the answer span itself has to hold
    the asked kind, not just its passage."""
    return not _ASKS_MORE.search(question)


_NUMBER_TOKEN = re.compile(rf"\d+(?:[.,]\d+)*|\b(?:{_NUMBER_WORDS})\b", re.I)


def _numbers(text: str) -> set[str]:
    return {n.lower().replace(",", "") for n in _NUMBER_TOKEN.findall(text)}


def gives_new_number(question: str, text: str) -> bool:
    """Whether ``text`` holds a number the question does not state: "40" answers "How many of
    the 40 patients had COPD?" with the question's own premise, not a count."""
    return bool(_numbers(text) - _numbers(question))


def can_hold(kind: str | None, text: str) -> bool:
    """Whether ``text`` holds a value of the asked kind at all."""
    if kind == "number":
        return bool(_HAS_NUMBER.search(text))
    if kind == "date":
        return bool(_HAS_DATE.search(text))
    return True


# "Is it randomized?", "May caches store …?": a passage that only restates it can answer yes or no
_ASKS_YES_NO = re.compile(r"^\W*(?:is|are|was|were|do|does|did|can|could|may|might|must|shall|should|will|"
                          r"would|has|have|had)\b", re.I)


def says_more(question: str, text: str) -> bool:
    """Whether ``text`` holds a word the question does not: a passage made only of the
    question's own words ("Universal Trial Number (UTN)" for "What is the Universal Trial Number
    (UTN) for PACE?") is a label or a heading, not an answer, except to a yes-or-no question."""
    if _ASKS_YES_NO.search(question):
        return True
    said = set(content_terms(text))
    return not said or not said <= set(content_terms(question))
