"""Questions that ask two or three things at once, split into one question per thing asked.

"How many patients did the trial randomise, and across how many centres?" needs two facts, often
in two passages, and the reader scores each passage against the whole question: a passage
answering half of it reads as a weak answer. So a question whose clauses each ask something (a
question word or, after a comma, a verb opening the clause) is also asked clause by clause, each
clause as a standalone question:

* a clause that is only a question phrase ("and when?", "and across how many centres?") takes the
  rest of the first clause: "Across how many centres did the trial randomise?";
* any other clause is read as a chat follow-up of the first, with the first clause's answer as
  the turn between them (:func:`assistant.conversation.resolve`): "and what is her role?" after
  "Who at X commented?" asks about the person the first answer named.

Only the grammar of questions is used here (question words, auxiliaries, prepositions); no word
of any corpus. Whether the parts' answers replace the whole question's is decided in
:mod:`assistant.reading`.
"""

from __future__ import annotations

import re
from typing import Callable

MAX_CLAUSES = 3
MIN_WORDS = 3  # a clause shorter than this ("How" of "How and when ...") is not a question of its own

_WH = r"(?:what|which|who|whom|whose|when|where|why|how)"
_AUX = (r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|"
        r"isn't|aren't|wasn't|weren't|doesn't|didn't|hasn't|haven't)")
_PREP = (r"(?:at|in|on|for|from|by|to|with|under|since|until|during|after|before|of|across|over|within|"
         r"through|per|into|against|among|between)")
# After "and" (or a semicolon) a clause of its own opens with a question word, maybe after a
# preposition ("and in which year ..."); after a comma and "and", also with an auxiliary ("and
# did it meet it?"). Without the comma "and is" usually joins two verbs of one clause ("which
# drug was approved and is sold ...").
_SPLIT_RE = re.compile(
    r"(?:\s*;\s*(?:and\s+|but\s+|also\s+)?|,\s*(?:and|but|plus)\s+(?:also\s+)?|\s+(?:and|but)\s+(?:also\s+)?)"
    r"(?=(?:" + _PREP + r"\s+)?" + _WH + r"\b)"
    # "A, what is B, and what is C": a comma before "what/how/when/where" (not "which/who",
    # which open relative clauses: "the trial, which enrolled ...")
    r"|,\s*(?=(?:what|how|when|where)\b)"
    r"|,\s*(?:and|but)\s+(?:also\s+)?(?=" + _AUX + r"\b)"
    r"|\?\s+(?:(?:and|also|but)\s+)?(?=\S)", re.I)
# A clause that is only a question phrase: a preposition, a question word, a few words of what
# is asked about, and no verb of its own.
_PHRASE_ONLY_RE = re.compile(r"^(?:" + _PREP + r"\s+)?" + _WH + r"\b(?:\s+[\w'’-]+){0,2}$", re.I)
_AUX_RE = re.compile(r"\b" + _AUX + r"\b", re.I)
# What a first clause asks before its verb: "How many patients" of "How many patients did X
# randomise", "Who" of "Who founded X".
_FIRST_PHRASE_RE = re.compile(r"^(?:" + _PREP + r"\s+)?" + _WH + r"\b", re.I)
# A first clause may open with its topic: "AZALEA-TIMI 71: what was the comparator".
_TOPIC_RE = re.compile(r"^[^:—–]{1,120}(?::|\s[—–-])\s+(?=(?:" + _PREP + r"\s+)?(?:" + _WH + "|" + _AUX + r")\b)",
                       re.I)


def clauses(question: str) -> list[str]:
    """The clauses of ``question`` that each ask something, without their joining words, in
    order; [] when it asks one thing (or more than ``MAX_CLAUSES``)."""
    text = " ".join(question.split()).strip()
    pieces = [p.strip(" ,;") for p in _SPLIT_RE.split(text)]
    pieces = [p.rstrip(" ?.!").strip() for p in pieces if p.strip(" ,;?.!")]
    if not 2 <= len(pieces) <= MAX_CLAUSES:
        return []
    first = _TOPIC_RE.sub("", pieces[0])
    if len(first.split()) < MIN_WORDS or not (_FIRST_PHRASE_RE.match(first) or _AUX_RE.match(first) or
                                              re.match(r"^(?:list|give|name|tell|describe|state|show)\b", first,
                                                       re.I)):
        return []  # the first piece is not a question ("Compare X and Y, and ..."; "How")
    for piece in pieces[1:]:
        if not (_PHRASE_ONLY_RE.match(piece) or len(piece.split()) >= MIN_WORDS):
            return []
    return [p + "?" for p in pieces]


def asks_several(question: str) -> bool:
    return bool(clauses(question))


def _rest_of(first: str) -> str:
    """What ``first`` says after its question phrase: "did X randomise" of "How many patients
    did X randomise?", "founded X" of "Who founded X?"."""
    body = first.rstrip(" ?.!")
    if not _FIRST_PHRASE_RE.match(body):
        return ""
    aux = _AUX_RE.search(body)
    if aux and aux.start() > 0:
        return body[aux.start():]
    words = body.split()
    return " ".join(words[1:]) if len(words) > 1 else ""


def standalone_clause(clause: str, first: str, first_answer: str,
                      subject_of: Callable[[str], list[str]]) -> str:
    """``clause`` (a later clause of a question whose first clause is ``first``) as a question
    of its own; ``first_answer``: the text of the first clause's answer ("" when it had none),
    which a pronoun for a person may point into."""
    from .conversation import resolve

    bare = clause.rstrip(" ?.!").strip()
    if _PHRASE_ONLY_RE.match(bare) and not _AUX_RE.search(bare):
        rest = _rest_of(first)
        if rest:
            return f"{bare[0].upper()}{bare[1:]} {rest}?"
    history = [{"role": "user", "content": first}]
    if first_answer:
        history.append({"role": "assistant", "content": first_answer})
    asked = f"{bare[0].upper()}{bare[1:]}?"
    return resolve(asked, history, subject_of)
