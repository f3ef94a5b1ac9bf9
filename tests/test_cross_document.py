"""A question joining subjects that different documents hold is answered part by part
(assistant/cross_document.py): each part over its subject's documents, every answering part cited."""

from __future__ import annotations

import pytest

from assistant import answer
from assistant.cross_document import parts
from assistant.text import terms
from conftest import corpus_options

NORDWIND = """Nordwind Bio licenses ZX-12 from Harlow Labs

Nordwind Bio will pay Harlow Labs an upfront payment of 12 million euros for the rights to ZX-12 in Europe.
Harlow Labs may also receive development milestones of up to 80 million euros.
The ZX-12 phase 2 trial enrolled 140 patients across 30 sites in Germany and France.
"""
ALDER = """Alder Therapeutics and Quinta Pharma sign a licence for QP-7

Quinta Pharma receives an upfront payment of 30 million dollars from Alder Therapeutics.
Royalties are tiered from 5% to 9% of net sales in the United States.
QP-7 is being studied in a phase 3 trial in moderate to severe asthma.
"""
LETTER = """Annual letter to shareholders

Our company grew revenue by 14% in 2024 and opened two new laboratories.
We thank our employees for their dedication throughout the year.
"""
FILES = {"nordwind.txt": NORDWIND, "alder.txt": ALDER, "letter.txt": LETTER}
DOC_TERMS = {name: frozenset(terms(text)) for name, text in FILES.items()}


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    return corpus_options(tmp_path_factory, FILES)


def test_a_question_joining_two_documents_subjects_has_a_part_for_each():
    split = parts("What upfront payment was agreed in the ZX-12 deal and in the QP-7 deal?", DOC_TERMS)
    assert [sorted(p.sources) for p in split] == [["nordwind.txt"], ["alder.txt"]]  # in the order asked
    assert "QP-7" not in split[0].question and "ZX-12" in split[0].question
    assert "ZX-12" not in split[1].question and "QP-7" in split[1].question


@pytest.mark.parametrize("question", [
    "How many patients did the ZX-12 trial enroll?",            # one subject
    "What upfront payment did Nordwind Bio pay Harlow Labs?",   # two names, one document
    "What upfront payment was agreed in the ZX-12 deal, QP-7?",  # nothing joins them
])
def test_a_question_about_one_thing_is_not_split(question):
    assert parts(question, DOC_TERMS) == []


def test_each_part_is_answered_from_its_own_document_and_both_are_cited(options):
    result = answer("What upfront payment was agreed in the ZX-12 deal and in the QP-7 deal?", **options)
    assert not result.abstained
    assert [c.source for c in result.citations] == ["nordwind.txt", "alder.txt"]
    assert "12 million euros" in result.text and "30 million dollars" in result.text
    assert not result.conflicts and "disagree" not in result.text  # two deals: two values, no dispute


def test_a_part_the_documents_do_not_answer_leaves_the_question_to_the_whole_reading(options):
    # QP-7's milestones are never given: the ZX-12 part alone answers, so the parts are not used
    # and the question is read whole, as before
    split = answer("What milestones were agreed in the ZX-12 deal and in the QP-7 deal?", **options)
    whole = answer("What milestones were agreed in the ZX-12 deal and in the QP-7 deal?",
                   **options, cross_document=False)
    assert [c.source for c in split.citations] == [c.source for c in whole.citations]
    assert split.abstained == whole.abstained


def test_once_the_parts_left_cannot_make_two_answers_they_are_not_read(options):
    """When the first of two parts is abstained on, the one part left cannot make two answers:
    it is not read (the question goes to the whole reading). The reader here is the real one,
    except that it finds nothing for the first part it is asked."""
    from assistant.pipeline import get_engine
    from assistant.reading import _part_by_part

    engine = get_engine(**options)
    reader = engine.reader()
    asked = []

    class FirstPartUnanswered:
        calibration = reader.calibration
        threshold = reader.threshold

        def read(self, question, passages):
            asked.append(question)
            return [] if len(asked) == 1 else reader.read(question, passages)

    question = "What upfront payment was agreed in the ZX-12 deal and in the QP-7 deal?"
    retriever = engine.retriever()
    assert len(parts(question, retriever.doc_terms)) == 2
    decision = _part_by_part(question, retriever, engine.embedder().encode_query(question),
                             engine.settings, FirstPartUnanswered(), reader.calibration.threshold)
    assert decision is None
    assert len(asked) == 1 and "ZX-12" in asked[0] and "QP-7" not in asked[0]
