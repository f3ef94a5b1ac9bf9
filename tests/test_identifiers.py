"""A question that names a code (a trial registration, a compound, a study) is answered only from
documents that write it: another trial's results read just as well to the reader, which sees one
passage and not its document (assistant/identifiers.py, reading.on_the_question_codes)."""

from __future__ import annotations

import pytest

from assistant import answer
from assistant.documents import build_document
from assistant.identifiers import code_holders, mentions, on_the_codes, question_identifiers
from conftest import corpus_options

TRIAL_A = """Phase 2 Study of Velotamab in Relapsed Lymphoma

NCT ID: NCT04100001

Sponsor: Orbis Oncology

Results

The objective response rate (ORR) observed was 41% among the 88 treated participants.
"""

TRIAL_B = """Open-Label Study of Corvanib in Solid Tumours

NCT ID: NCT04200002

Sponsor: Halden Pharma

Outcome

Tumour shrinkage was modest overall; the study continued to its planned end in all centres.
"""


@pytest.mark.parametrize("question, codes", [
    ("What ORR was observed in NCT05380986?", ["NCT05380986"]),
    ("Who licensed RMC-4630 and BNT162b2?", ["RMC-4630", "BNT162b2"]),
    ("How many TAS-102-treated patients had stable disease?", ["TAS-102"]),
    ("Enrollment of IMpower133 (atezolizumab)?", ["IMpower133"]),
    ("What did the BioMarin-CAMP4 deal pay upfront?", ["BioMarin-CAMP4"]),
    # numbers, amounts, periods, versions, units, one-letter forms, sections and placeholders
    ("FY2024 revenue in Q3 and 2Q24 for a 55-year-old on 10mg, phase 2b, 1990s, 3rd line?", []),
    ("Was the $20m or the USD27.50 offer in the 10-K under eCTD v4.0 at -120°C, mg/m2?", []),
    ("What does 21 CFR 312.32(a) say of the EU/1/... number?", []),
])
def test_question_codes_are_words_mixing_letters_and_digits(question, codes):
    assert question_identifiers(question) == codes


def test_a_code_is_found_however_it_is_separated_or_cased():
    assert mentions("the ZX12 pilot", "ZX-12") and mentions("zx 12", "ZX-12") and mentions("ZX-12", "zx12")
    assert mentions("influenza A(H1N1)pdm09 viruses", "H1N1pdm09")
    assert mentions("between BioMarin and CAMP4 Therapeutics", "BioMarin-CAMP4")
    assert not mentions("NCT041000012", "NCT04100001")  # a longer code is another code
    assert not mentions("the ZX-13 pilot", "ZX-12")
    assert not mentions("BioMarin alone", "BioMarin-CAMP4")


class _Retriever:
    """What on_the_codes reads of a retriever: the documents and each one's terms."""

    def __init__(self, texts: dict[str, str]):
        from assistant.text import index_terms

        self.documents = {source: build_document(source, text) for source, text in texts.items()}
        self.doc_terms = {source: frozenset(index_terms(text)) for source, text in texts.items()}


def test_the_other_side_of_a_comparison_may_answer_and_nothing_else():
    retriever = _Retriever({"a.txt": TRIAL_A, "b.txt": TRIAL_B,
                            "c.txt": "Corvanib study news. Orbis Oncology hired staff."})
    assert code_holders("NCT04100001", retriever) == {"a.txt"}
    # "corvanib" is a subject of the question that the code's document does not hold
    may = on_the_codes(["NCT04100001"], {"corvanib", "orr"}, retriever)
    assert may("a.txt") and may("b.txt") and may("c.txt")
    # "orbis" is held by the code's document: c.txt is not the other side of anything
    may = on_the_codes(["NCT04100001"], {"orbis", "orr"}, retriever)
    assert may("a.txt") and not may("b.txt") and not may("c.txt")
    assert on_the_codes(["NCT09999999"], {"orr"}, retriever) is None


@pytest.fixture(scope="module")
def trials(tmp_path_factory):
    return corpus_options(tmp_path_factory, {"velotamab.txt": TRIAL_A, "corvanib.txt": TRIAL_B})


def test_a_trial_is_answered_from_its_own_record(trials):
    result = answer("What ORR was observed in NCT04100001?", **trials)
    assert not result.abstained and result.citations[0].source == "velotamab.txt", result.text
    assert "41%" in result.text


@pytest.mark.parametrize("question", [
    "What ORR was observed in NCT04200002?",  # its record gives none; the other trial's does
    "What ORR was observed in NCT04300003?",  # no document writes it
])
def test_another_trials_results_do_not_answer(trials, question):
    result = answer(question, **trials)
    assert all(c.source != "velotamab.txt" for c in result.citations), result.text
    assert result.abstained, result.text


def test_an_abstention_says_which_code_no_document_mentions(trials):
    result = answer("What ORR was observed in NCT04300003?", **trials)
    assert result.abstained and "No document mentions NCT04300003." in result.notices
    result = answer("What ORR was observed in NCT04200002?", **trials)
    assert result.abstained and not any("mentions" in notice for notice in result.notices)
