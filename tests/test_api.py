"""The public contract: answer(), Answer, Citation."""

from __future__ import annotations

import re

import pytest

from assistant import Answer, Citation, answer

MARKER = re.compile(r"\[(\d+)\]")


def check_contract(result, corpus):
    assert isinstance(result, Answer)
    assert isinstance(result.text, str) and result.text.strip()
    markers = [int(m) for m in MARKER.findall(result.text)]
    first_seen = list(dict.fromkeys(markers))
    numbers = [c.n for c in result.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert first_seen == numbers, (first_seen, numbers)  # order of first appearance, 1:1
    for c in result.citations:
        assert isinstance(c, Citation)
        path = corpus / c.source
        assert path.is_file(), c.source
        assert c.source == path.relative_to(corpus).as_posix()
        text = path.read_text(encoding="utf-8")
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.quote
        for hs, he in c.highlights:
            assert c.start <= hs < he <= c.end
        assert c.title


def test_answerable_question_is_cited(seed_options, seed_corpus):
    result = answer("How many patients did MIROCALS randomise?", **seed_options)
    assert result.abstained is False
    assert result.citations
    check_contract(result, seed_corpus)
    assert "220" in result.text
    assert any(c.source == "001_4180fd55b73b3fa4.txt" and "220" in c.quote
               for c in result.citations)
    assert result.question == "How many patients did MIROCALS randomise?"


def test_primary_endpoint_question(seed_options, seed_corpus):
    # Worded as the reader answers it: "What is the primary endpoint of MIROCALS?" scores 0.362
    # against the threshold of 0.37 since the fifth session's calibration (README, Known limits).
    result = answer("What was the primary endpoint of the MIROCALS trial?", **seed_options)
    assert not result.abstained
    check_contract(result, seed_corpus)
    assert any(c.source == "001_4180fd55b73b3fa4.txt" for c in result.citations)


def test_off_topic_question_abstains(seed_options, seed_corpus):
    result = answer("What is the capital of Australia?", **seed_options)
    assert result.abstained is True
    assert result.citations == []
    assert not MARKER.search(result.text)
    assert "Canberra" not in result.text


def test_follow_up_with_history(seed_options, seed_corpus):
    first = answer("What is the primary endpoint of MIROCALS?", **seed_options)
    history = [{"role": "user", "content": "What is the primary endpoint of MIROCALS?"},
               {"role": "assistant", "content": first.text}]
    result = answer("How many patients did it randomise?", history, **seed_options)
    assert not result.abstained
    check_contract(result, seed_corpus)
    assert any(c.source == "001_4180fd55b73b3fa4.txt" for c in result.citations)
    assert "220" in result.text
    assert "MIROCALS" in result.standalone_question


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question_is_value_error(question, seed_options):
    with pytest.raises(ValueError, match="empty"):
        answer(question, **seed_options)


def test_too_long_question_is_value_error(seed_options):
    with pytest.raises(ValueError, match="too long") as info:
        answer("a" * 4001, **seed_options)
    assert "4,000" in str(info.value)


def test_question_at_limit_is_accepted(seed_options):
    result = answer("MIROCALS " + "x" * (4000 - len("MIROCALS ")), **seed_options)
    assert isinstance(result, Answer)


@pytest.mark.parametrize("question", [42, None, b"bytes", ["list"]])
def test_non_string_question_is_type_error(question, seed_options):
    with pytest.raises(TypeError, match="string"):
        answer(question, **seed_options)


@pytest.mark.parametrize("history,error", [
    ("not a list", TypeError),
    ({"role": "user", "content": "x"}, TypeError),
    ([{"role": "user"}], TypeError),
    ([{"content": "hi"}], TypeError),
    (["just a string"], TypeError),
    ([{"role": "robot", "content": "hi"}], ValueError),
])
def test_bad_history_is_rejected(history, error, seed_options):
    with pytest.raises(error, match="history"):
        answer("How many patients did MIROCALS randomise?", history, **seed_options)


def test_unknown_option_is_type_error(seed_options):
    with pytest.raises(TypeError, match="unknown option 'colour'"):
        answer("How many patients did MIROCALS randomise?", colour="blue", **seed_options)


def test_answer_round_trips_through_dict(seed_options):
    result = answer("How many patients did MIROCALS randomise?", **seed_options)
    data = result.to_dict()
    import json

    data = json.loads(json.dumps(data))  # JSON-safe
    assert set(data) >= {"text", "citations", "abstained"}
    again = Answer.from_dict(data)
    assert again == result
    assert again.citations[0].highlights == result.citations[0].highlights


def test_citation_round_trip_with_highlights():
    c = Citation(n=1, source="a.txt", title="A", quote="abc", start=3, end=6, section="S",
                 page=2, highlights=((3, 4), (5, 6)))
    data = c.to_dict()
    assert data["highlights"] == [[3, 4], [5, 6]]
    assert Citation.from_dict(data) == c


def test_a_missing_or_empty_corpus_is_an_error_not_an_abstention(tmp_path):
    from assistant.pipeline import CorpusError

    with pytest.raises(CorpusError, match="does not exist"):
        answer("What is the upfront payment?", corpus=tmp_path / "missing", index_dir=tmp_path / "idx1")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.xyz").write_text("not a supported document", encoding="utf-8")
    with pytest.raises(CorpusError, match="holds no documents"):
        answer("What is the upfront payment?", corpus=empty, index_dir=tmp_path / "idx2")


def test_history_over_the_limits_is_refused_with_a_clear_message(seed_options):
    from assistant.config import MAX_HISTORY_CHARS, MAX_HISTORY_MESSAGES

    many = [{"role": "user", "content": "hello"}] * (MAX_HISTORY_MESSAGES + 1)
    with pytest.raises(ValueError, match="history is too long .*messages"):
        answer("How many patients did MIROCALS randomise?", many, **seed_options)
    huge = [{"role": "user", "content": "x" * (MAX_HISTORY_CHARS // 2 + 1)}] * 2
    with pytest.raises(ValueError, match="history is too long .*characters"):
        answer("How many patients did MIROCALS randomise?", huge, **seed_options)


def test_a_long_history_costs_what_its_recent_turns_cost(seed_options):
    """Only the recent turns are read: a follow-up after a long conversation resolves against
    the latest subject, and earlier turns (however long) do not change the answer."""
    from assistant.config import HISTORY_TURNS_READ

    padding = []
    for i in range(60):
        padding += [{"role": "user", "content": f"What did the ILT-101 study enrol? {'word ' * 200}"},
                    {"role": "assistant", "content": "It enrolled patients. " * 100}]
    recent = [{"role": "user", "content": "How many patients did MIROCALS randomise?"},
              {"role": "assistant", "content": "220 patients were randomised [1]."}]
    follow_up = "What was its primary endpoint?"
    long_result = answer(follow_up, padding + recent, **seed_options)
    short_result = answer(follow_up, recent, **seed_options)
    assert len(padding + recent) > HISTORY_TURNS_READ
    assert long_result.standalone_question == short_result.standalone_question
    assert "MIROCALS" in long_result.standalone_question
    assert long_result.text == short_result.text
