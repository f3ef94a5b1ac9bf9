"""Sources that disagree: the same asked value (an amount, a count, a percentage, a date) given
differently by different documents.

An answer cites passages from one or more documents. When the question asks for a value and
the cited documents state different values for it, the answer must not silently pick one: every
value is shown with its citations and the answer says that the sources disagree. Generic
English only: what a value looks like, never what any corpus says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Citation

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mio": 1e6, "m": 1e6, "mn": 1e6, "mm": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9}
_CURRENCY = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "usd": "USD",
             "dollar": "USD", "dollars": "USD", "us$": "USD", "£": "GBP", "gbp": "GBP", "pound": "GBP",
             "pounds": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "chf": "CHF", "francs": "CHF"}
_CUR = r"(?:US\$|\$|€|£|¥|EUR|USD|GBP|JPY|CHF)"
_CUR_WORD = r"(?:euros?|dollars?|pounds?|yen|francs)"
_NUM = r"\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_SCALE_WORD = r"(?:thousand|million|billion|mio|mn|bn|mm|[kmb])\b"
_AMOUNT = re.compile(
    rf"(?P<c1>{_CUR})\s?(?P<n1>{_NUM})\s*(?P<s1>{_SCALE_WORD})?"
    rf"|(?P<n2>{_NUM})\s*(?P<s2>{_SCALE_WORD})?\s*(?P<c2>{_CUR}|{_CUR_WORD})\b", re.I)
_PERCENT = re.compile(rf"(?P<n>{_NUM})\s?(?:%|per ?cent\b|percent\b)", re.I)
_COUNT = re.compile(rf"(?<![\w.$€£¥-])(?P<n>{_NUM})(?![\w.%-]|\s?(?:%|per ?cent|{_SCALE_WORD}|{_CUR_WORD}))", re.I)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|\b(?P<y4>(?:1[6-9]|20)\d\d)\b", re.I)

RIVAL_TOP = 8  # retrieved passages searched for values that disagree with the answer
MAX_RIVALS = 2  # documents added to an answer to show that they disagree

_ASKS_AMOUNT = re.compile(r"\b(how much|payments?|paid|pay|fees?|price|cost|amount|sum|worth|"
                          r"valuation|upfront|milestones?|revenues?|sales|funding|raised|budget|"
                          r"consideration|proceeds)\b", re.I)
_ASKS_PERCENT = re.compile(r"\b(percentage|percent|proportion|share|rate|royalt(?:y|ies))\b", re.I)
_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber of\b", re.I)
_ASKS_SEVERAL = re.compile(r"\b(each|every|respectively|per|both|compare[ds]?|comparison|versus|vs)\b", re.I)
_ASKS_DATE = re.compile(r"^\W*(?:and\s+)?when\b|\b(?:what|which) (?:date|day|month|year)\b|"
                        r"\bin what year\b", re.I)


@dataclass(frozen=True)
class ConflictValue:
    """One of the disagreeing values, as written in its first citation, with every citation
    (``n``) that states it."""

    value: str
    citations: tuple[int, ...]
    sources: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"value": self.value, "citations": list(self.citations), "sources": list(self.sources)}


@dataclass(frozen=True)
class Conflict:
    kind: str  # "amount", "percentage", "count" or "date"
    values: tuple[ConflictValue, ...]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "values": [v.to_dict() for v in self.values]}

    @classmethod
    def from_dict(cls, data: dict) -> "Conflict":
        return cls(kind=data["kind"], values=tuple(
            ConflictValue(v["value"], tuple(v["citations"]), tuple(v["sources"])) for v in data["values"]))


def asked_value(question: str) -> str | None:
    """The kind of value ``question`` asks for, or None (also when it asks for one value per
    thing, "in each trial", or compares: different values are then the answer, not a conflict)."""
    if _ASKS_SEVERAL.search(question):
        return None
    if _ASKS_DATE.search(question):
        return "date"
    if _ASKS_COUNT.search(question):
        return "count"
    if _ASKS_PERCENT.search(question):
        return "percentage"
    if _ASKS_AMOUNT.search(question):
        return "amount"
    return None


def _number(text: str) -> float | None:
    text = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", text):
        text = text.replace(",", ".")  # 2,5 million
    else:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def values(kind: str, text: str) -> list[tuple[tuple, str]]:
    """(normalised value, as written) for every value of ``kind`` in ``text``."""
    return [(value, written) for value, written, _ in value_spans(kind, text)]


def value_spans(kind: str, text: str) -> list[tuple[tuple, str, tuple[int, int]]]:
    """(normalised value, as written, (start, end) in ``text``) for every value of ``kind``."""
    found: list[tuple[tuple, re.Match]] = []
    if kind == "amount":
        for m in _AMOUNT.finditer(text):
            number = _number(m.group("n1") or m.group("n2"))
            scale = (m.group("s1") or m.group("s2") or "").lower()
            written = (m.group("c1") or m.group("c2") or "").lower()
            currency = _CURRENCY.get(written) or _CURRENCY.get(written.rstrip("s")) or "?"
            if number is not None:
                found.append((("amount", currency, round(number * _SCALE.get(scale, 1.0), 2)), m))
    elif kind == "percentage":
        for m in _PERCENT.finditer(text):
            number = _number(m.group("n"))
            if number is not None:
                found.append((("percentage", number), m))
    elif kind == "count":
        for m in _COUNT.finditer(text):
            number = _number(m.group("n"))
            if number is not None and not (1600 <= number <= 2100 and "." not in m.group("n")):
                found.append((("count", number), m))  # years are not counts
    elif kind == "date":
        for m in _DATE.finditer(text):
            year = int(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4"))
            month_text = (m.group("m1") or m.group("m2") or "").lower()[:3]
            month = _MONTHS.index(month_text) + 1 if month_text in _MONTHS else \
                int(m.group("m3")) if m.group("m3") else None
            day = m.group("d1") or m.group("d2") or m.group("d3")
            found.append((("date", year, month, int(day) if day else None), m))
    out = []
    for value, m in found:
        written = m.group(0)
        lead = len(written) - len(written.lstrip())
        out.append((value, written.strip(), (m.start() + lead, m.start() + lead + len(written.strip()))))
    return out


def _dates_differ(a: tuple, b: tuple) -> bool:
    """Dates disagree only where both say something: "2021" and "March 2021" agree."""
    return any(x is not None and y is not None and x != y for x, y in zip(a[1:], b[1:]))


def _stated_value(kind: str, citation: Citation) -> tuple[tuple, str] | None:
    """The value a citation states: the one inside its answer highlight, else its only one."""
    for start, end in citation.highlights:
        inside = values(kind, citation.quote[start - citation.start:end - citation.start])
        if inside:
            return inside[0]
    found = values(kind, citation.quote)
    distinct = {v for v, _ in found}
    return found[0] if len(distinct) == 1 else None


def find_conflicts(question: str, citations: list[Citation]) -> list[Conflict]:
    """Values of the asked kind that differ between the cited documents (empty if none)."""
    kind = asked_value(question)
    if not kind or len({c.source for c in citations}) < 2:
        return []
    stated: list[tuple[tuple, str, Citation]] = []
    for citation in citations:
        value = _stated_value(kind, citation)
        if value is not None:
            stated.append((value[0], value[1], citation))
    groups: list[list[tuple[tuple, str, Citation]]] = []
    for item in stated:
        for group in groups:
            same = not _dates_differ(group[0][0], item[0]) if kind == "date" else group[0][0] == item[0]
            if same:
                group.append(item)
                break
        else:
            groups.append([item])
    sources_per_group = [{c.source for _, _, c in g} for g in groups]
    if len(groups) < 2 or len(set().union(*sources_per_group)) < 2:
        return []
    if all(sources_per_group[0] == s for s in sources_per_group[1:]):
        return []  # one document states several values (e.g. per arm): not a disagreement
    return [Conflict(kind, tuple(
        ConflictValue(g[0][1], tuple(dict.fromkeys(c.n for _, _, c in g)),
                      tuple(dict.fromkeys(c.source for _, _, c in g))) for g in groups))]


_NAME_RE = re.compile(r"[A-Za-z]*\d[\w-]*|[A-Z][\w'’-]*")


def name_terms(question: str) -> list[str]:
    """Terms of the names in a question: capitalised words after its first word, and
    identifiers with digits ("Acme", "ACME-3", "NCT01234567")."""
    from .text import terms

    words = question.split()
    found = []
    for i, word in enumerate(words):
        word = word.strip("\"'“”‘’()[],.;:?!")
        m = _NAME_RE.fullmatch(word)
        if m and (i > 0 or any(ch.isdigit() for ch in word)):
            found += terms(word)
    return found


def rival_citations(question: str, citations: list[Citation], retriever, embedding, get_reader,
                    threshold: float | None = None, top: int = RIVAL_TOP) -> list[Citation]:
    """Passages of documents the answer does not cite that answer the same question with a value
    of the asked kind: candidates for :func:`find_conflicts`, so that a disagreement is shown
    even when the answerer cited only one side.

    A rival is among the question's best ``top`` retrieved passages; its document names every
    name of the question (:func:`name_terms`) that the cited documents name, so "the upfront
    payment in the Acme deal" is not disagreed with by another deal's; and the reader scores it
    as answering the question (at least ``threshold``, default the reader's own), with the value
    inside its answer span (or the passage's only value of the kind). ``get_reader()`` gives the
    reader (or None); it is called only when there is a candidate to read."""
    from .types import Passage

    kind = asked_value(question)
    if not kind or not citations or retriever is None or not retriever.units:
        return []
    cited = {c.source for c in citations}
    cited_terms = frozenset().union(*(retriever.doc_terms.get(s, frozenset()) for s in cited))
    distinctive = set(name_terms(question)) & cited_terms
    found = retriever.search(question, embedding, top)
    candidates: list[Passage] = []
    for index in sorted(found, key=lambda i: -found[i]["rrf"])[:top]:
        unit = retriever.units[index]
        if unit.source in cited or any(p.source == unit.source for p in candidates):
            continue
        if not distinctive <= retriever.doc_terms.get(unit.source, frozenset()):
            continue
        doc = retriever.documents[unit.source]
        quote = doc.text[unit.start:unit.end]
        if value_spans(kind, quote):
            candidates.append(Passage(source=unit.source, title=doc.title, text=quote, start=unit.start,
                                      end=unit.end, section=unit.section, kind=unit.kind,
                                      page=doc.page_of(unit.start)))
    reader = get_reader() if candidates else None
    if reader is None:
        return []
    threshold = reader.threshold if threshold is None else threshold
    rivals: list[Citation] = []
    n = max(c.n for c in citations) + 1
    for scored in reader.read(question, candidates):
        if scored.score < threshold:
            continue
        p = scored.passage
        stated = value_spans(kind, p.text)
        if scored.answer is not None:  # the value the reader points at, if it points at one
            a, b = scored.answer[0] - p.start, scored.answer[1] - p.start
            inside = [v for v in stated if v[2][0] < b and v[2][1] > a]
            stated = inside or stated
        if len({value for value, _, _ in stated}) != 1:
            continue
        start, end = stated[0][2]
        rivals.append(Citation(n=n, source=p.source, title=p.title, quote=p.text, start=p.start, end=p.end,
                               section=p.section, page=p.page,
                               highlights=((p.start + start, p.start + end),)))
        n += 1
        if len(rivals) >= MAX_RIVALS:
            break
    return rivals


def conflict_text(conflicts: list[Conflict]) -> str:
    """The sentence appended to an answer whose sources disagree (markdown, with [n] markers)."""
    from .render import escape

    lines = []
    for conflict in conflicts:
        shown = "; ".join(f"{escape(v.value)} " + "".join(f"[{n}]" for n in v.citations) for v in conflict.values)
        lines.append(f"**The sources disagree** on this {conflict.kind}: {shown}. Check which document is "
                     "authoritative.")
    return "\n\n".join(lines)
