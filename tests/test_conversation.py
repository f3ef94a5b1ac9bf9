"""Follow-up resolution (conversation.py) on its own: no index, no model."""

from __future__ import annotations

import pytest

from assistant.conversation import resolve, subject_terms


def _resolve(previous: str, question: str) -> str:
    history = [{"role": "user", "content": previous}, {"role": "assistant", "content": "An answer. [1]"}]
    return resolve(question, history, subject_terms)


@pytest.mark.parametrize("previous,question,standalone", [
    # a noun phrase is asked as what it is, for the previous subject
    ("How much did Acme pay Beta upfront?", "And the milestones?", "What are the milestones of Acme Beta?"),
    ("Who sponsors NCT01234567?", "enrollment?", "What is the enrollment of NCT01234567?"),
    # ... in lower case when only its place made it a capital
    ("Who sponsors NCT01234567?", "Enrollment?", "What is the enrollment of NCT01234567?"),
    # a possessive pronoun becomes "the ... of" the subject
    ("When did the ZX-12 study start?", "And its primary endpoint?", "What is the primary endpoint of ZX-12?"),
    ("When was the Harbour Bridge opened?", "How long is its main span?",
     "How long is the main span of Harbour Bridge?"),
    # a pronoun standing for the subject is replaced by it
    ("When did the ZX-12 study start?", "How many patients did it enrol?", "How many patients did ZX-12 enrol?"),
    ("Who sponsors NCT01234567?", "Is it still recruiting?", "Is NCT01234567 still recruiting?"),
    # a possessed thing followed by more words is the subject's
    ("When did the ZX-12 study start?", "How does its response rate compare with the placebo group in the trial?",
     "How does ZX-12's response rate compare with the placebo group in the trial?"),
    ("When did the ZX-12 study start?", "In which countries is their managed access program running?",
     "In which countries is ZX-12's managed access program running?"),
])
def test_a_follow_up_is_asked_as_a_whole_question(previous, question, standalone):
    assert _resolve(previous, question) == standalone


def test_a_question_the_rewrite_does_not_fit_keeps_its_words_and_gains_the_subject():
    assert _resolve("Who sponsors NCT01234567?", "any safety issues in it?") == \
        "any safety issues in it (NCT01234567)?"
    assert _resolve("Who sponsors NCT01234567?", "When did the trial start?") == \
        "When did the trial start (NCT01234567)?"
    # a question that opens with a preposition is still a question, not a noun phrase
    assert _resolve("When did the ZX-12 study start?", "At what dose?") == "At what dose (ZX-12)?"
    assert _resolve("When did the ZX-12 study start?", "In which countries?") == "In which countries (ZX-12)?"


def test_a_question_with_its_own_subject_is_left_alone():
    assert _resolve("Who sponsors NCT01234567?", "Who sponsors NCT07654321?") == "Who sponsors NCT07654321?"
    assert resolve("And the milestones?", [], subject_terms) == "And the milestones?"
