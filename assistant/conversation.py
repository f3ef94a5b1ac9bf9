"""Follow-up resolution without an LLM: "And the milestones?" → about the deal asked before.

A question that names nothing of its own (no trial, company, drug or identifier), or that points
back ("it", "its", "that trial", "What about MS-IL2?"), borrows the subject of the most recent
earlier user turn that had one.
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


def validate_history(history: Any) -> list[dict[str, str]]:
    """Gradio messages format: [{"role": "user"|"assistant", "content": str}, ...]."""
    if history is None:
        return []
    if not isinstance(history, (list, tuple)):
        raise TypeError("history must be a list of {'role': ..., 'content': ...} messages")
    clean = []
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
        clean.append({"role": role, "content": content})
    return clean


def resolve(question: str, history: list[dict[str, str]],
            subject_of: Callable[[str], list[str]]) -> str:
    """A standalone version of ``question`` given earlier turns.

    ``subject_of(text)`` returns the words in ``text`` that name a subject (entity terms as the
    answerer sees them), so resolution and answering agree on what counts as a subject."""
    earlier = [m["content"] for m in history if m["role"] == "user" and m["content"].strip()]
    if not earlier:
        return question
    own_subject = subject_of(question)
    ellipsis = _ELLIPSIS_RE.match(question)
    points_back = bool(_ANAPHORA_RE.search(question))
    if own_subject and (not points_back or ellipsis):
        if ellipsis and len(question.split()) <= 6:
            # "What about MS-IL2?": the previous question, asked of the new subject.
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
    return f"{question.rstrip(' ?.!')} ({subject})?"


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
    tokens = re.findall(r"[\w’'-]+|[^\w\s]", previous)
    out, replaced = [], False
    for token in tokens:
        if set(terms(token)) & old:
            if not replaced:
                out.append(new_subject.strip())
                replaced = True
            continue
        out.append(token)
    if not replaced:
        out.append(new_subject.strip())
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(out))
