"""A question asking several things is also asked clause by clause (assistant/compound.py): each
clause a question of its own, every clause's answer quoted when each is answered."""

from __future__ import annotations

import pytest

from assistant import answer
from assistant.compound import clauses, standalone_clause
from conftest import corpus_options

TRIAL = """The KESTREL-2 trial of ZX-12 in psoriatic arthritis

Design
KESTREL-2 is a randomised, double-blind, placebo-controlled phase 2 trial of ZX-12 in adults with active psoriatic arthritis.

Enrollment
The trial enrolled 140 patients between March 2021 and June 2022.

Sites
Patients were treated at 31 hospitals in Germany, Poland and Spain.

Treatment
ZX-12 was given as a subcutaneous injection of 50 mg every two weeks.
The treatment period lasted 24 weeks, followed by a safety follow-up of 12 weeks.

Results
At week 16, 48% of patients on ZX-12 reached an ACR20 response, against 21% on placebo.
The principal investigator, Dr Maren Albrecht, called the results encouraging.
Dr Albrecht heads the rheumatology department of the University Hospital of Leipzig.
"""
DEAL = """Nordwind Bio licenses QP-7 from Harlow Labs

Nordwind Bio will pay Harlow Labs an upfront payment of 12 million euros for the rights to QP-7 in Europe.
Harlow Labs may also receive development milestones of up to 80 million euros.
"""
FILES = {"kestrel2.txt": TRIAL, "qp7_deal.txt": DEAL}


def _plain(result) -> str:
    return result.text.replace("**", "")


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    return corpus_options(tmp_path_factory, FILES)


@pytest.mark.parametrize("question, expected", [
    ("How many patients did KESTREL-2 enrol, and at how many hospitals?",
     ["How many patients did KESTREL-2 enrol?", "at how many hospitals?"]),
    ("When did enrolment start and when did it end?", ["When did enrolment start?", "when did it end?"]),
    ("What was the primary endpoint, and was it met?", ["What was the primary endpoint?", "was it met?"]),
    ("Which partner holds the licence, what is the upfront, and what royalty applies?",
     ["Which partner holds the licence?", "what is the upfront?", "what royalty applies?"]),
    ("KESTREL-2: what was the dose, and how often was it given?",
     ["KESTREL-2: what was the dose?", "how often was it given?"]),
    ("What is the upfront payment? What are the milestones worth?",
     ["What is the upfront payment?", "What are the milestones worth?"]),
])
def test_a_question_asking_several_things_has_a_clause_for_each(question, expected):
    assert clauses(question) == expected


@pytest.mark.parametrize("question", [
    "Was KESTREL-2 blinded and placebo-controlled?",           # one clause, two properties
    "What allocation, masking and phase does KESTREL-2 use?",   # a list of things, one verb
    "How and when was ZX-12 given?",                            # "How" asks nothing alone
    "Which drug was approved and is sold in Europe?",           # two verbs of one clause
    "Which trial, which enrolled adults, used placebo?",        # a relative clause
    "Compare the upfront payments of the two deals, and the milestones.",
])
def test_a_question_asking_one_thing_is_not_split(question):
    assert clauses(question) == []


def test_a_clause_that_is_only_a_question_phrase_takes_the_rest_of_the_first():
    subject_of = lambda text: []  # noqa: E731 - nothing names a subject here
    first, later = clauses("How many patients did KESTREL-2 enrol, and at how many hospitals?")
    assert standalone_clause(later, first, "", subject_of) == "At how many hospitals did KESTREL-2 enrol?"
    first, later = clauses("How was ZX-12 given, and for how long?")
    assert standalone_clause(later, first, "", subject_of) == "For how long was ZX-12 given?"


def test_a_later_clause_is_read_as_a_follow_up_of_the_first_and_its_answer():
    subject_of = lambda text: [w for w in ("kestrel-2",) if w in text.lower()]  # noqa: E731
    first, later = clauses("Who is the principal investigator of KESTREL-2, and which hospital is she with?")
    # "she" is the person the first clause's answer highlighted
    resolved = standalone_clause(later, first, "The principal investigator, **Dr Maren Albrecht**, called ...",
                                 subject_of)
    assert "Maren Albrecht" in resolved and "she" not in resolved.split()


def test_each_clause_is_answered_and_both_answers_are_quoted(options):
    question = "How many patients did KESTREL-2 enrol, and at how many hospitals were they treated?"
    result = answer(question, **options)
    assert not result.abstained
    assert "140 patients" in _plain(result) and "31 hospitals" in _plain(result)
    quoted = " ".join(c.quote for c in result.citations)
    assert "enrolled 140 patients" in quoted and "31 hospitals" in quoted
    for citation in result.citations:  # verbatim, at its offsets
        assert FILES[citation.source][citation.start:citation.end] == citation.quote
    assert not result.conflicts  # two things asked: two values, no dispute


def test_asked_whole_the_same_question_misses_a_part(options):
    """What the clauses add: read as one question, the two facts' passages are rivals."""
    question = "How many patients did KESTREL-2 enrol, and at how many hospitals were they treated?"
    whole = answer(question, **options, compound_questions=False)
    both = not whole.abstained and "140 patients" in _plain(whole) and "31 hospitals" in _plain(whole)
    assert not both


def test_a_pronoun_in_a_later_clause_points_at_the_person_the_first_answer_named(options):
    result = answer("Who is the principal investigator of KESTREL-2, and which department does she head?",
                    **options)
    assert not result.abstained
    assert "Maren Albrecht" in _plain(result) and "rheumatology department" in _plain(result)


def test_a_clause_the_documents_do_not_answer_leaves_the_question_to_the_whole_reading(options):
    # the royalty rate is never given: the clauses are not used, the question is read whole
    question = "What upfront payment does Nordwind Bio pay for QP-7, and what royalty rate applies?"
    split = answer(question, **options)
    whole = answer(question, **options, compound_questions=False)
    assert split.abstained == whole.abstained
    assert [(c.source, c.start, c.end) for c in split.citations] == \
        [(c.source, c.start, c.end) for c in whole.citations]
