"""Follow-up resolution without an LLM: "And the milestones?" → about the deal asked before.

A question that names nothing of its own (no name, product or identifier), or that points back
("it", "its", "that trial", "What about ACME-7?"), borrows the subject of the most recent
earlier user turn that had one, and is put as a whole question, because the reader scores
whole questions far better than fragments: "And its primary endpoint?" → "What is the primary
endpoint of X?", "How many did it enrol?" → "How many did X enrol?". "he/she/his/her" is the
person the last answer highlighted (or the last question named); "How does that compare with
X?" asks the previous question of both.

What names a subject is generic: capitalised words past the first, acronyms and identifiers
(tokens with digits or inner hyphens) that the corpus uses. No word list of any corpus.
"""

from __future__ import annotations

import re
from typing import Any, Callable

_ANAPHORA_RE = re.compile(
    r"\b(it|its|it's|they|them|their|this|that|these|those|the same|there|he|she|his|her|"
    r"the (trial|study|deal|agreement|drug|company|paper|abstract|press release|compound|"
    r"candidate|product|partner|licen[cs]e|sponsor))\b", re.I)
_ELLIPSIS_RE = re.compile(r"^\s*(and|also|what about|how about|and what about|same for|"
                          r"(?:and\s+)?(?:the\s+)?same(?: question| thing)?(?: for| about| with)|"
                          r"what of|and for|and in|and the|now)\b[\s,]*(.*?)[\s?.!]*$", re.I)


_COMPARE_WITH_RE = re.compile(r"^\s*(?:and\s+)?(?:how (?:does|do|did|would) (?:that|this|it|they|those|these) "
                              r"(?:compare|stack up|measure up)|(?:and\s+)?compared?|(?:and\s+)?versus|vs\.?)\s+"
                              r"(?:with|to|against)?\s*(.+?)[\s?.!]*$", re.I)


def validate_history(history: Any) -> list[dict[str, str]]:
    """Gradio messages format: [{"role": "user"|"assistant", "content": str}, ...].

    Refuses a history over the limits (:data:`assistant.config.MAX_HISTORY_MESSAGES`,
    :data:`~assistant.config.MAX_HISTORY_CHARS`) and returns only the recent messages that
    follow-up resolution reads (:data:`~assistant.config.HISTORY_TURNS_READ`)."""
    from .config import HISTORY_TURNS_READ, MAX_HISTORY_CHARS, MAX_HISTORY_MESSAGES

    if history is None:
        return []
    if not isinstance(history, (list, tuple)):
        raise TypeError("history must be a list of {'role': ..., 'content': ...} messages")
    if len(history) > MAX_HISTORY_MESSAGES:
        raise ValueError(f"history is too long ({len(history):,} messages; the limit is "
                         f"{MAX_HISTORY_MESSAGES:,}): send the recent turns only")
    clean = []
    total = 0
    for position, message in enumerate(history):
        if not isinstance(message, dict) or "role" not in message or "content" not in message:
            raise TypeError(f"history[{position}] must be a dict with 'role' and 'content'")
        role, content = message["role"], message["content"]
        if role not in ("user", "assistant", "system"):
            raise ValueError(f"history[{position}]: role must be 'user' or 'assistant', not {role!r}")
        if not isinstance(content, str):
            # Gradio may send rich content (files, components); only text matters here.
            content = " ".join(str(part.get("text", "")) if isinstance(part, dict) else str(part)
                               for part in (content if isinstance(content, list) else [content]))
        total += len(content)
        if total > MAX_HISTORY_CHARS:
            raise ValueError(f"history is too long (over {MAX_HISTORY_CHARS:,} characters): send the "
                             "recent turns only")
        clean.append({"role": role, "content": content})
    return clean[-HISTORY_TURNS_READ:]


_TOKEN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:[-'’.][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")


def subject_terms(text: str, corpus_terms: frozenset[str] | None = None) -> list[str]:
    """The terms of ``text`` that name a subject: names (capitalised, not just for starting the
    sentence), acronyms and identifiers ("ACME-7", "NCT01234567"), kept only when the corpus
    uses them (when ``corpus_terms`` is given)."""
    from .text import STOPWORDS, terms

    found: list[str] = []
    sentence_start = True
    for match in _TOKEN_RE.finditer(text):
        token = match.group(0)
        bare = token.rstrip(".").removesuffix("'s").removesuffix("’s")
        named = (any(ch.isdigit() for ch in bare) and any(ch.isalpha() for ch in bare)) or \
            (len(bare) >= 2 and bare.isupper()) or ("-" in bare and any(ch.isupper() for ch in bare)) or \
            (bare[:1].isupper() and not sentence_start)
        if named and bare.lower() not in STOPWORDS:
            for term in terms(bare):
                if (corpus_terms is None or term in corpus_terms) and term not in found:
                    found.append(term)
        after = text[match.end():match.end() + 2]
        sentence_start = after.strip()[:1] in ("?", "!", ":") or (after[:1] == "." and not bare[:1].isupper())
    return found


def resolve(question: str, history: list[dict[str, str]],
            subject_of: Callable[[str], list[str]]) -> str:
    """A standalone version of ``question`` given earlier turns.

    ``subject_of(text)`` returns the words in ``text`` that name a subject (entity terms as the
    answerer sees them), so resolution and answering agree on what counts as a subject."""
    earlier = [m["content"] for m in history if m["role"] == "user" and m["content"].strip()]
    if not earlier:
        return question
    person = _last_person(history, subject_of) if _PERSON_PRONOUN_RE.search(question) else ""
    if person:
        # "Which institution is he with?" after "**Jane Smith**, MD, PhD ...": the person the
        # conversation was about, and still the subject it was asked of.
        named = _PERSON_PRONOUN_RE.sub(lambda m: person + ("'s" if m.group(1).lower() in ("his", "her") and
                                                            m.group(2) else "") + (m.group(2) or ""), question)
        previous = _previous_standalone(earlier, subject_of)
        subject = _subject_phrase(previous, subject_of) if previous else ""
        if subject and not set(subject_of(subject)) <= set(subject_of(person)):
            return f"{named.rstrip(' ?.!')} ({subject})?"
        return named
    own_subject = subject_of(question)
    compared = _COMPARE_WITH_RE.match(question)
    if compared and own_subject:
        # "How does that compare with the other trial?": the previous question, asked of both
        previous = _previous_standalone(earlier, subject_of)
        if previous:
            return f"{previous.rstrip(' ?.!')}, compared with {compared.group(1).strip()}?"
    ellipsis = _ELLIPSIS_RE.match(question)
    points_back = bool(_ANAPHORA_RE.search(question))
    if own_subject and (not points_back or ellipsis):
        if ellipsis and len(question.split()) <= 6:
            # "What about ACME-7?": the previous question, asked of the new subject.
            previous = _previous_standalone(earlier, subject_of)
            if previous:
                return _swap_subject(previous, subject_of(previous), ellipsis.group(2) or question)
        return question
    previous = _previous_standalone(earlier, subject_of)
    if not previous:
        return question
    subject = _subject_phrase(previous, subject_of)
    if not subject:
        return question
    return _with_subject(question, subject)


_LEAD_IN_RE = re.compile(r"^\s*(?:(?:and|also|so|ok(?:ay)?|now|then|right|well)\b[\s,]*)+", re.I)
_WH = r"(?:what|which|who|whom|whose|when|where|why|how)\b"
_QUESTION_START_RE = re.compile(r"^(?:(?:at|in|on|for|from|by|to|with|under|since|until|during|after|before|of)\s+"
                                r"(?=" + _WH + r"))?"  # "At what dose?", "In which countries?"
                                r"(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|"
                                r"can|could|will|would|has|have|had|should|list|give|tell|show|name|describe)\b", re.I)
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:it|they|them)\b(?!['’])", re.I)
_POSSESSIVE_RE = re.compile(r"\b(?:its|their)\b", re.I)


def _with_subject(question: str, subject: str) -> str:
    """``question`` asked of ``subject`` as a whole question, the way a question is put to the
    reader in one turn: "And its primary endpoint?" → "What is the primary endpoint of X?";
    "How many patients did it enrol?" → "How many patients did X enrol?". A question the
    rewrite does not fit keeps its words, with the subject added in brackets."""
    body = _LEAD_IN_RE.sub("", question).strip().rstrip(" ?.!").strip()
    if not body:
        return f"{question.rstrip(' ?.!')} ({subject})?"
    possessive, named = _POSSESSIVE_RE.search(body), 0
    if possessive and len(body[possessive.end():].split()) <= 2:
        body = _POSSESSIVE_RE.sub("the", body)  # "... its main span" → "... the main span of X"
    elif possessive:  # more may follow the possessed thing: "In which countries is their program running?"
        body, named = _POSSESSIVE_RE.subn(lambda _: subject + "'s", body)
        possessive = None
    body, pronouns = _SUBJECT_PRONOUN_RE.subn(lambda _: subject, body)
    pronouns += named
    if _QUESTION_START_RE.match(body):
        body = body[0].upper() + body[1:]
        if pronouns:
            return f"{body}?"
        if possessive:
            return f"{body} of {subject}?"
        return f"{body} ({subject})?"
    if pronouns or len(body.split()) > 6 or not re.match(r"^[\w’'\s-]+$", body) or re.search(r"\b" + _WH, body, re.I):
        return f"{question.rstrip(' ?.!')} ({subject})?"
    # a noun phrase ("the milestones", "enrollment"): what it is, for the subject
    first = body.split()[0]
    if first[1:].islower():  # capitalised only because it opened the message: "Enrollment?"
        body = body[0].lower() + body[1:]
    last = body.split()[-1].lower()
    verb = "are" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "is"
    if not re.match(r"^(?:the|a|an|any|each|every|all|this|that|these|those)\b", body, re.I):
        body = "the " + body
    return f"What {verb} {body} of {subject}?"


_PERSON_PRONOUN_RE = re.compile(r"\b(he|she|him|his|her)\b(\s+(?!is\b|was\b|with\b|at\b|in\b|for\b|from\b)[a-z]\w*)?",
                                re.I)
_NAME_WORD = r"[A-Z][a-zà-ÿ’']+(?:-[A-Z]?[a-zà-ÿ’']+)*"
_PERSON_NAME = r"(?:(?:Dr|Prof|Professor)\.?\s+)?" + _NAME_WORD + r"(?:\s+(?:[A-Z]\.\s*)?" + _NAME_WORD + r"){1,2}"


def _last_person(history: list[dict[str, str]], subject_of) -> str:
    """The person the latest turn named: the highlighted name of the last answer ("**Jane
    Smith**"), else a full name in the last question. Of several highlighted names, the one
    whose title names what was asked about ("... head of Acme's R&D" for "Who spoke for
    Acme?")."""
    from .text import terms

    asked = [m["content"] for m in history if m["role"] == "user"][-1:]
    asked_subject = set(subject_of(asked[0])) if asked else set()
    for message in reversed(history[-2:]):
        text = message["content"]
        if message["role"] == "assistant":
            plain = text.replace("**", "")
            bold = re.findall(r"\*\*(" + _PERSON_NAME + r")\*\*", text)
            titled = [name for name in bold if asked_subject & set(
                terms(plain[plain.find(name) + len(name):plain.find(name) + len(name) + 80]))]
            # the highlighted name first, then any name the answer quotes
            found = titled + bold + re.findall(r"(?<![\w*])(" + _PERSON_NAME + r")\b", plain)
        else:
            found = re.findall(r"(?<=\s)(" + _PERSON_NAME + r")\b", " " + text)
        for name in found:
            name = re.sub(r"^(?:Dr|Prof|Professor)\.?\s+", "", name)
            if not set(name.lower().split()) & _NOT_A_PERSON:
                return name
    return ""


# Capitalised words of headings, roles and organisations: "Principal Investigators" is no one.
_NOT_A_PERSON = frozenset("""principal investigator investigators role sponsor sponsors study trial chief executive
officer chairman director head research development clinical phase university hospital institute
centre center company the this that what who which when where how and or of in on for with data results
association journal national ministry programme program department health""".split())


def _previous_standalone(earlier: list[str], subject_of) -> str:
    """The most recent earlier question that names a subject, resolved in turn."""
    for index in range(len(earlier) - 1, -1, -1):
        text = earlier[index]
        if subject_of(text):
            return resolve(text, [{"role": "user", "content": e} for e in earlier[:index]], subject_of)
    return ""


def _subject_phrase(question: str, subject_of) -> str:
    """The words of ``question`` that name its subject, in their original spelling."""
    subject_terms = set(subject_of(question))
    from .text import terms

    kept = [token for token in re.findall(r"[\w’'-]+", question) if set(terms(token)) & subject_terms]
    return " ".join(dict.fromkeys(kept))


def _swap_subject(previous: str, old_subject: list[str], new_subject: str) -> str:
    from .text import terms

    old = set(old_subject)
    # "What about the XYZ one?": the subject is "XYZ" (the previous question has its own "the ... trial")
    new_subject = re.sub(r"\s+ones?$", "", new_subject.strip(), flags=re.I)
    tokens = re.findall(r"[\w’'-]+|[^\w\s]", previous)
    out, replaced = [], False
    for token in tokens:
        if set(terms(token)) & old:
            if not replaced:
                if out and out[-1].lower() in ("the", "a", "an"):
                    new_subject = re.sub(r"^(?:the|a|an)\s+", "", new_subject, flags=re.I)
                out.append(new_subject)
                replaced = True
            continue
        out.append(token)
    if not replaced:
        out.append(new_subject)
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(out))
