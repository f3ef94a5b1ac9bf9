"""The only writer of answer markdown: quoted passages with ``[n]`` markers, the answer in bold.

Document text is data: everything markdown (or HTML) would act on is escaped, so a quote reads as
written. Form fields read as one line ("Total Enrollment: 100 participants") and page furniture
lines inside a quote (blurbs, buttons) are left out of the text; the citation keeps the exact
quote and offsets either way.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .documents import is_noise_line, split_sentences
from .types import Answer, Citation, Document

ABSTAIN_TEXT = "The documents do not contain the answer to this question."


@dataclass(frozen=True)
class Quote:
    """A passage chosen for the answer: absolute offsets into its document's text."""

    source: str
    start: int
    end: int
    section: str = ""
    highlights: tuple[tuple[int, int], ...] = ()


def escape(text: str) -> str:
    """Markdown-safe: only what markdown would act on is escaped, so values read as written
    ("PRINCIPAL_INVESTIGATOR", "T1 > 2")."""
    text = re.sub(r"([\\`*\[\]<|])", r"\\\1", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    return re.sub(r"(?m)^(\s*)([>#])", r"\1\\\2", text)


def render_piece(text: str, highlights: list[tuple[int, int]]) -> str:
    """A quoted piece as one line of markdown, the answering part in bold."""
    pieces, cursor = [], 0
    for start, end in sorted(highlights):
        if start < cursor or end <= start:
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        pieces.append(escape(text[cursor:start]))
        # Bold line by line, and never inside a furniture line: that line is dropped below and
        # must not take an opening or closing "**" with it.
        position, parts = start, []
        for segment in text[start:end].split("\n"):
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", position)
            whole_line = text[line_start:line_end if line_end >= 0 else len(text)]
            bold = segment.strip() and not is_noise_line(whole_line)
            parts.append("**" + escape(segment.strip()) + "**" if bold else escape(segment))
            position += len(segment) + 1
        pieces.append("\n".join(parts))
        cursor = end
    pieces.append(escape(text[cursor:]))
    rendered = "".join(pieces).strip()
    # Lines read as "Total Enrollment: 100 participants" and lists as "Criteria: a; b; c".
    lines = [re.sub(r"^(?:\\\*|[•·▪-])\s+", "", line.strip()) for line in rendered.split("\n")
             if line.strip() and not is_noise_line(line)]
    if len(lines) > 1:
        head = lines[0].rstrip(":")
        rendered = head + ": " + "; ".join(lines[1:])
    return re.sub(r"[ \t\u00a0]+", " ", rendered).strip()


def _unwrapped(doc: Document, start: int, end: int) -> str:
    """``doc.text[start:end]`` with the line breaks inside a sentence unit (prose wrapped at a
    fixed width, joined by segmentation) as spaces: the same length, so offsets still hold, and
    a wrapped sentence reads as one, not as a form's lines."""
    text = doc.text[start:end]
    if "\n" not in text or not doc.units:
        return text
    chars = list(text)
    first = max(0, bisect.bisect_right(doc.units, start, key=lambda unit: unit.start) - 1)
    for unit in doc.units[first:]:
        if unit.start >= end:
            break
        if unit.kind != "sentence" or unit.end <= start:
            continue
        for i in range(max(unit.start, start), min(unit.end, end)):
            if chars[i - start] == "\n":
                chars[i - start] = " "
    return "".join(chars)


def _pieces(doc: Document, quote: Quote) -> list[tuple[int, int]]:
    """The quote cut into what gets one marker each: its sentences, or the whole of a field."""
    if "\n" in _unwrapped(doc, quote.start, quote.end).strip():
        return [(quote.start, quote.end)]
    return split_sentences(doc.text, quote.start, quote.end) or [(quote.start, quote.end)]


def compose(quotes: list[Quote], documents: dict[str, Document], confidence: float | None = None) -> Answer:
    """Citations numbered in order, each quote verbatim, the answer spans in bold."""
    citations: list[Citation] = []
    lines = []
    said: set[str] = set()
    for quote in quotes:
        doc = documents[quote.source]
        text = doc.text[quote.start:quote.end]
        if text in said:
            continue  # a page that repeats itself is quoted once
        said.add(text)
        n = len(citations) + 1
        citations.append(Citation(n=n, source=quote.source, title=doc.title, quote=text, start=quote.start,
                                  end=quote.end, section=quote.section, page=doc.page_of(quote.start),
                                  highlights=quote.highlights))
        sentences = []
        for a, b in _pieces(doc, quote):
            local = [(max(h0, a) - a, min(h1, b) - a) for h0, h1 in quote.highlights if h0 < b and h1 > a]
            body = render_piece(_unwrapped(doc, a, b), local)
            if not body:
                continue
            if not body.endswith((".", "!", "?", "…", ".”", '."', ".**", "!**", "?**")):
                body += "."
            sentences.append(f"{body} [{n}]")
        lines.append(" ".join(sentences) if sentences else f"{escape(text.strip())} [{n}]")
    separator = "\n\n" if len({q.source for q in quotes}) > 1 else " "
    return Answer(text=separator.join(lines), citations=citations, abstained=False, confidence=confidence)


def abstention(reason: str = "", confidence: float | None = None, related=()) -> Answer:
    return Answer(text=ABSTAIN_TEXT + (" " + reason if reason else ""), abstained=True,
                  confidence=confidence, related=list(related))
