"""What kind of value a question asks for, in generic English, and whether a passage can hold it.

Only the unambiguous numeric kinds: "how many/much", "what percentage", "how long/old",
"what year", "when". A passage without any number (or month, for dates) cannot answer those,
however well it matches the question's words; the reader is not asked to learn that from
scratch. Other questions are not typed.
"""

from __future__ import annotations

import re

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                 r"fifty|hundred|thousand|million|billion|dozen|half|single|double|twice|once")
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")

_ASKS_NUMBER = re.compile(
    r"\b(how (?:many|much|long|old|far|large|big|often|tall|high|deep|wide|heavy|fast)|"
    r"what (?:percentage|percent|proportion|share|fraction|number|amount|sum|price|age)|"
    r"(?:what|which) year|in what year)\b", re.I)
_ASKS_DATE = re.compile(r"^\W*(?:and\s+)?when\b|\b(?:what|which) (?:date|day|month)\b|\bsince when\b", re.I)

_HAS_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I)
_HAS_DATE = re.compile(rf"\d|\b(?:{_MONTHS})\b|\b(?:today|yesterday|tomorrow|ago)\b", re.I)


def asked_kind(question: str) -> str | None:
    """``"number"``, ``"date"`` or None (not typed)."""
    if _ASKS_NUMBER.search(question):
        return "number"
    if _ASKS_DATE.search(question):
        return "date"
    return None


def can_hold(kind: str | None, text: str) -> bool:
    """Whether ``text`` holds a value of the asked kind at all."""
    if kind == "number":
        return bool(_HAS_NUMBER.search(text))
    if kind == "date":
        return bool(_HAS_DATE.search(text))
    return True
