"""The answer path: hybrid candidates → reader → decide → render.

No rules about what a question asks: the reader (a trained cross-encoder, see
:mod:`assistant.readers`) decides which passage answers, where the answer is, and whether
there is one, with its answer score calibrated on held-out data against retrieval evidence
(:mod:`assistant.readers.calibration`). What is generic knowledge of document structure lives
here: a form's value is read with its label ("Total Enrollment" + "100 participants"), a
short field group with its section heading, and a lead-in ("... were:") with what follows it.
"""

from __future__ import annotations

import re
import time

from .answer_type import (asked_kind, asks_one_thing, can_hold, gives_new_number, holds_value, names_a_value,
                          redaction_beside, says_more, withholds_value)
from .conflicts import name_terms
from .cross_document import joins_things, parts
from .decide import Decision, decide, names_the_subject
from .documents import is_table_row, names_a_topic, reading_title, table_context
from .identifiers import code_holders, on_the_codes, question_identifiers
from .render import Quote, abstention, compose
from .text import content_terms
from .types import Answer, Passage, ScoredSpan

RELATED_ON_ABSTAIN = 3
# A lead-in ("... in one or more of the following ways:") is read and quoted with what it
# introduces: the units after it, within these bounds (see _introduced).
LEAD_IN_MAX_UNITS, LEAD_IN_MAX_CHARS = 6, 600
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line ends what a lead-in introduces


def _before_in_paragraph(retriever, doc, index: int, count: int) -> str:
    """Up to ``count`` sentences just before unit ``index`` in its paragraph and section: what
    tells the reader who "the agreement" or "it" is ("In July 2021, X and Y entered into a
    licence agreement ..." before "Upon execution of the agreement, X paid $25 million.")."""
    head = retriever.units[index]
    start, sentences = head.start, []
    for _ in range(count):
        before = retriever.neighbour(index, -1)
        if before is None:
            break
        unit = retriever.units[before]
        if unit.kind != "sentence" or unit.section != head.section or \
                _PARAGRAPH_BREAK.search(doc.text, unit.end, start):
            break
        sentences.insert(0, doc.text[unit.start:unit.end])
        index, start = before, unit.start
    return " ".join(sentences)


def _passage(retriever, first: int, last: int, hit: dict, rank: int, context_sentences: int = 0,
             file_names: bool = True) -> Passage:
    head, tail = retriever.units[first], retriever.units[last]
    doc = retriever.documents[head.source]
    context = table_context(doc.text, head.start) if first == last else ""
    section = head.section
    if context and is_table_row(section):
        section = ""  # a header row taken for a heading: the context has it
    if not context and head.kind == "sentence" and context_sentences:
        context = _before_in_paragraph(retriever, doc, first, context_sentences)
    title = reading_title(doc.title, doc.source) if file_names else doc.title
    return Passage(source=head.source, title=title, text=doc.text[head.start:tail.end], start=head.start,
                   end=tail.end, section=section, context=context, score=hit["rrf"],
                   kind=head.kind if first == last else "group", page=doc.page_of(head.start),
                   rank=rank, dense=hit["dense"], lexical=hit["bm25"])


def passage_options(settings) -> dict:
    """How passages are put to the reader, from the settings: ``candidate_passages``' keywords."""
    return {"context_sentences": settings.reader_context_sentences, "file_names": settings.reader_file_names}


def candidate_passages(retriever, question: str, embedding, retrieve_k: int, read_k: int,
                       within: frozenset[str] | None = None, context_sentences: int = 0,
                       file_names: bool = True) -> list[Passage]:
    """The ``read_k`` best passages by fused rank: each retrieved unit, read with its label when
    it is a form value (and with its value when it is the label), plus the short field group
    around a form line. ``within``: only these documents' passages. ``context_sentences``: the
    sentences before a prose passage in its paragraph that the reader reads with it (never
    quoted; ``Settings.reader_context_sentences``). ``file_names``: a passage's title is read
    after the words of its file's name (``Settings.reader_file_names``)."""
    hits = retriever.search(question, embedding, retrieve_k, within=within)
    found = list(hits)
    for index, similarity in zip(found, retriever.dense(embedding, found)):
        hits[index]["dense"] = float(similarity)  # also for units only BM25 found
    ranked = sorted(hits, key=lambda i: (-hits[i]["rrf"], i))
    passages: list[Passage] = []
    seen: set[tuple[str, int, int]] = set()

    same_text: set[tuple[str, str, str, str]] = set()

    def add(first: int, last: int, hit: dict, rank: int) -> None:
        key = (retriever.units[first].source, first, last)
        if key in seen:
            return
        seen.add(key)
        passage = _passage(retriever, first, last, hit, rank, context_sentences, file_names)
        # A document that says the same thing twice under the same heading (a summary repeated
        # in full, a field repeated in a record) is read once: a copy is no rival answer. A table
        # row's context is part of what it says; the sentences before a sentence are not.
        copy = (passage.source, " ".join(passage.text.split()), passage.section,
                "" if passage.kind == "sentence" else passage.context)
        if copy not in same_text:
            same_text.add(copy)
            passages.append(passage)

    for rank, index in enumerate(ranked):
        if len(passages) >= read_k:
            break
        unit, hit = retriever.units[index], hits[index]
        first = last = index
        before, after = retriever.neighbour(index, -1), retriever.neighbour(index, +1)
        if unit.label and before is not None:
            first = before  # "Total Enrollment" / "100 participants"
        elif after is not None and (retriever.units[after].label.strip() == unit.text.strip() or
                                    unit.text.strip().rstrip(":") == retriever.units[after].section):
            last = after  # a label or a heading was found: read it with what it introduces
        elif after is not None and unit.kind == "line" and names_a_topic(unit.text):
            # a heading-like line alone answers nothing: read it, as a lead-in, with what it
            # introduces ("Inclusion Criteria" and its list)
            last = _introduced(retriever, index)
        if retriever.units[last].text.rstrip().endswith(":"):
            last = _introduced(retriever, last)
        add(first, last, hit, rank)
        if unit.kind == "line":
            group = retriever.section_range(index)
            if group and group != (first, last):
                add(group[0], group[1], hit, rank)
    return passages[:read_k]


def _introduced(retriever, index: int) -> int:
    """The last unit of what the lead-in unit at ``index`` introduces: the units after it in its
    document, at most ``LEAD_IN_MAX_UNITS`` of them and ``LEAD_IN_MAX_CHARS`` from its start
    (the first always), stopping at a blank line and before the next lead-in. Alone, a lead-in
    promises an answer it does not hold ("The Rapporteur and Co-Rapporteur appointed by the
    CHMP were:")."""
    lead_in = retriever.units[index]
    text = retriever.documents[lead_in.source].text
    last = index
    for taken in range(LEAD_IN_MAX_UNITS):
        after = retriever.neighbour(last, +1)
        if after is None:
            break
        unit = retriever.units[after]
        if taken and (unit.end - lead_in.start > LEAD_IN_MAX_CHARS or unit.text.rstrip().endswith(":")
                      or _PARAGRAPH_BREAK.search(text, retriever.units[last].end, unit.start)):
            break
        last = after
    return last


def read_passages(question: str, passages: list[Passage], reader, retriever) -> list[ScoredSpan]:
    """The reader's verdicts on the passages that can hold the kind of value asked ("how many"
    needs a number), as calibrated answer probabilities when the reader has a calibration.

    When that kind is all the question asks, the answer span has to hold it too: a passage
    whose span points at a name for "how much" answers something else in it (and one without
    a located span has not been read as answering). This comes after the calibration, which was
    fitted on the passages filtered by their text only.

    A question that names a value ("what royalty rate") is not filtered before reading: its
    passages are read and calibrated together, and only those holding an amount can be cited,
    none when the best does not (:func:`assistant.answer_type.names_a_value`).

    A span that is a redaction mark ("$***") is not citable; when it is the best span, nothing is
    (:func:`assistant.answer_type.withholds_value`)."""
    kind = asked_kind(question)
    # Filtered before reading: a passage that cannot hold an answer costs no reading time.
    passages = [p for p in passages if (not kind or can_hold(kind, p.text)) and says_more(question, p.text)]
    scored = reader.read(question, passages) if passages else []
    calibration = getattr(reader, "calibration", None)
    if calibration is not None:
        scored = calibration.rescore(question, scored, retriever)
    spans = {id(s): _answer_text(s) or "" for s in scored}  # each answer span's text, once
    if kind and asks_one_thing(question):
        def answers_the_kind(s: ScoredSpan) -> bool:
            span = spans[id(s)]
            # a count that is the question's own number restates its premise
            return can_hold(kind, span) and (kind != "number" or gives_new_number(question, span))

        scored = [s for s in scored if answers_the_kind(s)]
    elif not kind and names_a_value(question) and scored:
        # Read and calibrated with the others, then not citable. When the best passage names the
        # value without giving it (a rate "agreed in confidence"), the documents do not give it:
        # no other number near it is cited instead.
        one = asks_one_thing(question)

        def gives_value(s: ScoredSpan) -> bool:
            return holds_value(s.passage.text) and (not one or holds_value(spans[id(s)]))

        best = max(scored, key=lambda s: s.score)
        scored = [s for s in scored if gives_value(s)] if gives_value(best) else []
    if scored:
        # The best span is a redaction mark where the value would be ("$***"): the passage the
        # question is about withholds the value, so no other number is cited in its place.
        withheld = [withholds_value(spans[id(s)] + " " + _mark_beside_span(s)) for s in scored]
        if withheld[max(range(len(scored)), key=lambda i: scored[i].score)]:
            return []
        scored = [s for s, hidden in zip(scored, withheld) if not hidden]
    return scored


def on_the_question_codes(question: str, scored: list[ScoredSpan], retriever,
                          subject: set[str] | None = None) -> list[ScoredSpan]:
    """The passages that may answer a question naming a code ("NCT05380986", "RMC-4630"): those of
    documents that write it, or, when the question joins two things ("and", "versus"), that hold
    another of its subjects; none when no document writes it
    (:func:`assistant.identifiers.on_the_codes`). A passage of a document that never writes the
    trial, compound or study code asked about answers for something else, however well it reads.
    Applied to the calibrated scores, after :func:`read_passages`: the calibration does not see it.

    Without a joining word there is no other side: "What ORR was observed in NCT05380986?" names
    "ORR", which the trial's record may lack and another trial's press release has.
    ``subject``: the question's names and rarer words when the caller has them already."""
    codes = question_identifiers(question)
    if not codes or not scored:
        return scored
    if not joins_things(question):
        subject = set()
    elif subject is None:
        subject = _subject(question, retriever)
    may_answer = on_the_codes(codes, subject, retriever)
    return [s for s in scored if may_answer(s.passage.source)] if may_answer else []


UNMENTIONED_NOTICE = "No document mentions {codes}."


def unmentioned_codes(question: str, retriever) -> list[str]:
    """The codes the question names that no document writes, when it names no code that one does."""
    codes = question_identifiers(question)
    if not codes or any(code_holders(code, retriever) for code in codes):
        return []
    return codes


def _mark_beside_span(scored: ScoredSpan) -> str:
    """A redaction mark right next to the answer span, or "" (:func:`redaction_beside`)."""
    spans = _highlight(scored)
    if not spans:
        return ""
    (start, end), = spans
    text, base = scored.passage.text, scored.passage.start
    return redaction_beside(text[max(0, start - base - 12):start - base], text[end - base:end - base + 12])


def _answer_text(scored: ScoredSpan) -> str | None:
    """The text of the answer span in whole tokens (the passage's when it spans it all), or None
    when the reader located no span."""
    if scored.answer is None:
        return None
    spans = _highlight(scored)
    if not spans:
        return scored.passage.text
    (start, end), = spans
    return scored.passage.text[start - scored.passage.start:end - scored.passage.start]


def _subject(question: str, retriever) -> set[str]:
    """What the question is about: its names and its rarer words."""
    return set(name_terms(question)) | _rare_terms(question, retriever.doc_terms)


def _rare_terms(question: str, doc_terms: dict[str, frozenset[str]]) -> set[str]:
    """The question's content terms that fewer than half of the folder's documents hold: what
    it is about ("abelacimab"), not how it asks ("bind")."""
    half = len(doc_terms) / 2
    return {t for t in set(content_terms(question)) if sum(t in have for have in doc_terms.values()) < half}


def _highlight(scored: ScoredSpan) -> tuple[tuple[int, int], ...]:
    """The reader's answer span, unless it is the whole passage (nothing to point at)."""
    if scored.answer is None:
        return ()
    start, end = scored.answer
    passage = scored.passage
    text, base = passage.text, passage.start

    def joined(i: int) -> bool:
        """Text positions i-1 and i belong to one token: letters and digits, or a hyphen, dot,
        comma or slash between them ("CC-5013-MDS-005", "100,000", "1.17", "2019/03")."""
        if not 0 < i < len(text):
            return False
        left, right = text[i - 1], text[i]
        if left.isalnum() and right.isalnum():
            return True
        return (right in "-.,/" and left.isalnum() and i + 1 < len(text) and text[i + 1].isalnum()) or \
            (left in "-.,/" and right.isalnum() and i >= 2 and text[i - 2].isalnum())

    # whole tokens: the span head works on word pieces ("NCT029556" + "15" is one identifier)
    while base < start < passage.end and joined(start - base):
        start -= 1
    while start < end < passage.end and joined(end - base):
        end += 1
    if end <= start or (start <= passage.start and end >= passage.end):
        return ()
    return ((start, end),)


# Between the abstention threshold and the "sure" one, about half the answers were wrong on the
# evaluation folders (131 of 273; one in five above it: README, sixth session): say so.
UNSURE_NOTICE = ("Low confidence ({score:.2f}): the reader is not sure this passage answers the question. "
                 "Check the quote before relying on it.")


def _part_by_part(question: str, retriever, embedding, settings, reader, threshold: float) -> Decision | None:
    """A question joining subjects of different documents, answered part by part
    (:mod:`assistant.cross_document`): each part over its subject's documents, read and decided
    alone. The parts that clear the threshold are cited, in the order the question names them,
    when two or more do; else None (the question is answered as a whole). The answer's score is
    its weakest part's."""
    split = parts(question, retriever.doc_terms)
    if not split:
        return None
    read_k = max(1, settings.reader_candidates // len(split))
    answered = []
    for done, part in enumerate(split):
        if len(answered) + len(split) - done < 2:
            return None  # the parts left cannot make two answers: do not read them
        passages = candidate_passages(retriever, part.question, embedding, settings.candidates, read_k,
                                      within=part.sources, **passage_options(settings))
        scored = on_the_question_codes(part.question, read_passages(part.question, passages, reader, retriever),
                                       retriever)
        decision = decide(scored, threshold,
                          settings.per_document, settings.per_document)
        if not decision.abstained:
            answered.append(decision)
    if len(answered) < 2:
        return None
    chosen = [s for decision in answered for s in decision.chosen][:settings.max_citations]
    return Decision(chosen, min(decision.confidence for decision in answered))


def _whole_question(question: str, retriever, embedding, settings, reader, threshold: float):
    """The question read as one: its candidate passages, read and decided. Returns the decision,
    the passages and the seconds spent retrieving and reading."""
    started = time.perf_counter()
    passages = candidate_passages(retriever, question, embedding, settings.candidates, settings.reader_candidates,
                                  **passage_options(settings))
    retrieved = time.perf_counter()
    subject = _subject(question, retriever)
    scored = on_the_question_codes(question, read_passages(question, passages, reader, retriever), retriever,
                                   subject)
    read = time.perf_counter()
    decision = decide(scored, threshold, settings.max_citations, settings.per_document,
                      joins=names_the_subject(subject, retriever.doc_terms))
    return decision, passages, retrieved - started, read - retrieved


def _quotes(decision: Decision) -> list[Quote]:
    return [Quote(source=s.passage.source, start=s.passage.start, end=s.passage.end,
                  section=s.passage.section, highlights=_highlight(s)) for s in decision.chosen]


def _clause_by_clause(question: str, retriever, embed, settings, reader, threshold: float):
    """A question asking several things (:mod:`assistant.compound`), each clause asked as a
    question of its own, in order, with its own embedding. When every clause is answered, the
    answer quotes each clause's passages in turn (a passage two clauses chose is quoted once,
    with both answers in bold), scored by its weakest clause; else None: the question is read
    as a whole, as before."""
    from .compound import clauses, standalone_clause
    from .conversation import subject_terms

    asked = clauses(question)
    if not asked:
        return None
    # Each clause reads as many passages as a whole question: the calibration was fitted on that
    # many (sharing them, 12 each, gave as many right answers and more wrong ones; README).
    decisions: list[Decision] = []
    first_answer = ""
    for position, clause in enumerate(asked):
        if position:
            clause = standalone_clause(clause, asked[0], first_answer,
                                       lambda text: subject_terms(text, retriever.corpus_terms))
        embedding = embed(clause)
        decision = _part_by_part(clause, retriever, embedding, settings, reader, threshold) \
            if settings.cross_document else None
        if decision is None:
            decision, _, _, _ = _whole_question(clause, retriever, embedding, settings, reader, threshold)
        if decision.abstained:
            return None  # a clause the documents do not answer: the whole question decides
        if not position:
            first_answer = compose(_quotes(decision), retriever.documents).text
        decisions.append(decision)
    merged: dict[tuple[str, int, int], Quote] = {}
    # max_citations shared between the clauses, each keeping at least its best passage
    for decision in decisions:
        for quote in _quotes(decision)[:max(1, settings.max_citations // len(decisions))]:
            key = (quote.source, quote.start, quote.end)
            if key in merged:
                highlights = tuple(sorted(set(merged[key].highlights) | set(quote.highlights)))
                merged[key] = Quote(quote.source, quote.start, quote.end, quote.section, highlights)
            elif not any(q.source == quote.source and q.start < quote.end and quote.start < q.end
                         for q in merged.values()):
                merged[key] = quote
    return list(merged.values()), min(d.confidence for d in decisions)


def answer_with_reader(question: str, retriever, embedding, settings, reader=None, embed=None) -> Answer:
    """Answer from the best passages the reader accepts, or abstain. ``embed(text)``: the query
    embedding of another text (a clause of a question asking several things); without it, the
    question's ``embedding`` serves its clauses too."""
    if reader is None:
        from .readers import make_reader

        reader = make_reader(settings)
    calibration = getattr(reader, "calibration", None)
    threshold = settings.reader_threshold if settings.reader_threshold is not None else (
        calibration.threshold if calibration is not None else reader.threshold)
    sure = settings.reader_sure_threshold if settings.reader_sure_threshold is not None else \
        getattr(calibration, "sure_threshold", None)
    started = time.perf_counter()
    quotes, confidence, passages = None, None, []
    retrieve_s = read_s = 0.0
    if settings.compound_questions:
        answered = _clause_by_clause(question, retriever, embed or (lambda _: embedding), settings, reader,
                                     threshold)
        if answered is not None:
            quotes, confidence = answered
    if quotes is None:
        decision = _part_by_part(question, retriever, embedding, settings, reader, threshold) \
            if settings.cross_document else None
        if decision is None:
            decision, passages, retrieve_s, read_s = _whole_question(question, retriever, embedding, settings,
                                                                     reader, threshold)
        confidence = decision.confidence
        if decision.abstained:
            # passages were read, but none could hold the kind of value asked: confidence 0, not None
            confidence = 0.0 if confidence is None and passages else confidence
            result = abstention(confidence=confidence, related=passages[:RELATED_ON_ABSTAIN])
            unwritten = unmentioned_codes(question, retriever)
            if unwritten:
                result.notices.append(UNMENTIONED_NOTICE.format(codes=", ".join(unwritten)))
        else:
            quotes = _quotes(decision)
    if quotes is not None:
        result = compose(quotes, retriever.documents, confidence=confidence)
        if sure and confidence is not None and confidence < sure:
            result.notices.append(UNSURE_NOTICE.format(score=confidence))
    # the parts' time (clauses, documents) is in neither figure: it is the rest of the total
    result.timings = {"retrieve_ms": retrieve_s * 1000, "read_ms": read_s * 1000,
                      "parts_ms": (time.perf_counter() - started) * 1000 - (retrieve_s + read_s) * 1000}
    return result
