"""The calibrated answer score: the reader's verdict combined with retrieval evidence by a
logistic model fitted on held-out data (assistant/readers/calibration.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant import answer
from assistant.pipeline import get_engine
from assistant.readers.calibration import FEATURES, Calibration, features
from assistant.readers.learned import LearnedReader, ReaderModelError
from assistant.reading import candidate_passages, read_passages
from assistant.types import Passage, ScoredSpan
from conftest import corpus_options
from test_reader import BRIDGE, MUSEUM

MODEL = Path(__file__).resolve().parent.parent / "models" / "reader"


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    return {**corpus_options(tmp_path_factory, {"bridge.txt": BRIDGE, "museum.txt": MUSEUM})}


@pytest.fixture(scope="module")
def engine(options):
    engine = get_engine(**options)
    engine.sync()
    return engine


def _read(engine, question):
    retriever = engine.retriever()
    embedding = engine.embedder().encode_query(question)
    passages = candidate_passages(retriever, question, embedding, 40, 24)
    return retriever, passages, engine.reader().read(question, passages)


def test_the_shipped_reader_carries_its_calibration_and_threshold():
    reader = LearnedReader(MODEL, threads=2)
    assert reader.calibration is not None
    assert set(reader.calibration.features) <= set(FEATURES)
    assert len(reader.calibration.weights) == len(reader.calibration.features) > 0
    assert 0.0 < reader.calibration.threshold < 1.0


def test_features_describe_each_passage_with_retrieval_evidence(engine):
    retriever, passages, scored = _read(engine, "Who was the engineer of the Harbour Bridge?")
    rows = features("Who was the engineer of the Harbour Bridge?", scored, retriever)
    assert len(rows) == len(scored) and all(len(row) == len(FEATURES) for row in rows)
    column = {name: i for i, name in enumerate(FEATURES)}
    by_text = {s.passage.text: row for s, row in zip(scored, rows)}
    engineer = next(row for text, row in by_text.items() if "engineer" in text)
    museum = next(row for text, row in by_text.items() if "tram depot" in text)
    assert engineer[column["has_span"]] == 1.0
    assert engineer[column["cover"]] > museum[column["cover"]]
    assert engineer[column["document_cover"]] > museum[column["document_cover"]]
    assert min(row[column["reader_gap"]] for row in rows) < 0 == max(row[column["reader_gap"]] for row in rows)
    # every passage was retrieved: its fused rank and similarity are known
    assert all(p.dense != 0.0 for p in passages)
    assert sorted(p.rank for p in passages) == [p.rank for p in passages]


def test_a_question_about_words_no_document_holds_covers_less_of_the_folder(engine):
    retriever = engine.retriever()
    _, _, scored = _read(engine, "Who designed the Zorbatron viaduct?")
    rows = features("Who designed the Zorbatron viaduct?", scored, retriever)
    assert rows[0][FEATURES.index("folder_cover")] < 1.0
    _, _, scored = _read(engine, "Who was the engineer of the Harbour Bridge?")
    rows = features("Who was the engineer of the Harbour Bridge?", scored, retriever)
    assert rows[0][FEATURES.index("folder_cover")] == pytest.approx(1.0)


def test_a_higher_reader_score_never_lowers_the_calibrated_score(engine):
    """With everything else equal, the shipped calibration trusts the reader more, not less."""
    retriever, _, scored = _read(engine, "When did the bridge open to traffic?")
    calibration = engine.reader().calibration
    best = max(range(len(scored)), key=lambda i: scored[i].score)
    before = calibration.rescore("When did the bridge open to traffic?", scored, retriever)[best].score
    raised = list(scored)
    raised[best] = ScoredSpan(passage=scored[best].passage, score=min(0.999, scored[best].score + 0.2),
                              answer=scored[best].answer, span_logit=scored[best].span_logit)
    after = calibration.rescore("When did the bridge open to traffic?", raised, retriever)[best].score
    assert after >= before


def test_the_answer_reports_the_calibrated_score_and_abstains_below_its_threshold(engine, options):
    retriever, passages, _ = _read(engine, "When was the museum founded?")
    calibrated = read_passages("When was the museum founded?", passages, engine.reader(), retriever)
    result = answer("When was the museum founded?", **options)
    assert not result.abstained
    assert result.confidence == pytest.approx(max(s.score for s in calibrated))
    assert result.confidence >= engine.reader().calibration.threshold
    toll = answer("What is the toll for trucks on the Harbour Bridge?", **options)
    assert toll.abstained and toll.confidence < engine.reader().calibration.threshold


def test_an_answer_under_the_sure_threshold_says_it_is_unsure(engine, options):
    question = "When was the museum founded?"
    shipped = engine.reader().calibration
    assert shipped.threshold < shipped.sure_threshold  # both chosen on the held-out questions
    plain = answer(question, **options)
    assert not plain.abstained
    assert any("Low confidence" in n for n in plain.notices) == (plain.confidence < shipped.sure_threshold)
    unsure = answer(question, reader_sure_threshold=0.999, **options)
    notice = [n for n in unsure.notices if "Low confidence" in n]
    assert len(notice) == 1 and f"{unsure.confidence:.2f}" in notice[0] and "Check the quote" in notice[0]
    assert unsure.text == plain.text and unsure.citations == plain.citations  # a mark, not another answer
    assert not any("Low confidence" in n for n in answer(question, reader_sure_threshold=0, **options).notices)
    abstained = answer("What is the toll for trucks on the Harbour Bridge?", reader_sure_threshold=0.999, **options)
    assert abstained.abstained and not any("Low confidence" in n for n in abstained.notices)


def test_the_sure_threshold_survives_a_round_trip_and_may_be_absent():
    record = json.loads((MODEL / "reader.json").read_text())["calibration"]
    calibration = Calibration.from_dict(record)
    assert Calibration.from_dict(calibration.to_dict()) == calibration
    record.pop("sure_threshold")
    assert Calibration.from_dict(record).sure_threshold is None


def test_a_model_without_calibration_uses_its_raw_score_and_threshold(tmp_path, options):
    model = tmp_path / "reader"
    shutil.copytree(MODEL, model)
    record = json.loads((model / "reader.json").read_text())
    record.pop("calibration")
    (model / "reader.json").write_text(json.dumps(record))
    reader = LearnedReader(model, threads=2)
    assert reader.calibration is None
    result = answer("Who was the engineer of the Harbour Bridge?", reader_model=str(model), **options)
    assert not result.abstained and "Okafor" in result.citations[0].quote
    raw = reader.read("Who was the engineer of the Harbour Bridge?", [])
    assert raw == [] and result.confidence >= reader.threshold


def test_a_calibration_for_other_features_is_refused_by_name(tmp_path, options):
    model = tmp_path / "reader"
    shutil.copytree(MODEL, model)
    record = json.loads((model / "reader.json").read_text())
    record["calibration"]["features"][0] = "a_retired_feature"
    (model / "reader.json").write_text(json.dumps(record))
    with pytest.raises(ReaderModelError) as error:
        answer("When was the museum founded?", reader_model=str(model), **options)
    assert str(model / "reader.json") in str(error.value)


def test_a_calibration_of_some_features_reads_only_their_columns():
    # A calibration fitted before a feature was added keeps working: it weighs its own columns.
    some = Calibration(weights=(2.0, -1.0), bias=0.25, mean=(0.5, 0.0), scale=(2.0, 1.0), threshold=0.4,
                       features=("cover", "span_logit"))
    row = [float(i + 1) for i in range(len(FEATURES))]
    cover, span = row[FEATURES.index("cover")], row[FEATURES.index("span_logit")]
    z = 0.25 + 2.0 * (cover - 0.5) / 2.0 - 1.0 * span
    assert some.probabilities([row]) == [pytest.approx(1 / (1 + 2.718281828459045 ** -z))]
    assert Calibration.from_dict(json.loads(json.dumps(some.to_dict()))) == some
    with pytest.raises(ValueError):
        Calibration(weights=(1.0,), bias=0.0, mean=(0.0, 0.0), scale=(1.0, 1.0), threshold=0.5,
                    features=("cover", "span_logit"))


def test_the_span_head_s_certainty_is_a_feature_of_passages_with_a_span(engine):
    retriever, passages, scored = _read(engine, "Who was the engineer of the Harbour Bridge?")
    rows = features("Who was the engineer of the Harbour Bridge?", scored, retriever)
    column, has_span = FEATURES.index("span_logit"), FEATURES.index("has_span")
    with_span = [(s, row) for s, row in zip(scored, rows) if row[has_span] == 1.0]
    assert with_span and all(s.span_logit is not None and row[column] == s.span_logit for s, row in with_span)
    assert all(row[column] == 0.0 for row in rows if row[has_span] == 0.0)
    engineer = next(s for s, _ in with_span if "engineer" in s.passage.text)
    others = [s.span_logit for s, _ in with_span if "engineer" not in s.passage.text]
    assert others and engineer.span_logit > max(others)  # surest where the answer is


def test_calibration_round_trips_through_its_stored_form():
    calibration = Calibration(weights=tuple(0.1 * i for i in range(len(FEATURES))), bias=-0.5,
                              mean=(0.0,) * len(FEATURES), scale=(1.0,) * len(FEATURES), threshold=0.4)
    again = Calibration.from_dict(json.loads(json.dumps(calibration.to_dict())))
    assert again == calibration
    rows = [[0.0] * len(FEATURES), [1.0] * len(FEATURES)]
    low, high = again.probabilities(rows)
    assert low == pytest.approx(1 / (1 + 2.718281828 ** 0.5), rel=1e-6) and high > low


def test_a_second_document_that_answers_with_the_best_set_aside_is_cited_beside_it():
    """The calibration ranks one answer first and scores the others low beside it; a passage
    that clears the threshold once the best is set aside is cited too (cross-document
    questions, sources that disagree)."""
    from assistant.decide import decide
    from assistant.types import Passage

    def span(source, score, second_look):
        return ScoredSpan(passage=Passage(source=source, title=source, text=f"{source} text", start=0, end=9),
                          score=score, second_look=second_look)

    best, other, weak = span("a.txt", 0.8, None), span("b.txt", 0.1, 0.6), span("c.txt", 0.05, 0.2)
    chosen = decide([weak, other, best], threshold=0.37).chosen
    assert [s.passage.source for s in chosen] == ["a.txt", "b.txt"]
    assert decide([weak, span("b.txt", 0.1, 0.3), best], threshold=0.37).chosen == [best]
    assert decide([weak, other], threshold=0.37).abstained  # the best decides


def test_another_document_is_cited_beside_the_best_only_when_it_names_what_the_question_names():
    """Two letters of one form answer "When was Acme's application for zelitinib dated?" alike;
    the one about another company's drug is not cited (and so cannot show a false disagreement).
    A comparison's other side, named in the question, is."""
    from assistant.conflicts import name_terms
    from assistant.decide import decide, names_the_subject

    def span(source, score, second_look):
        return ScoredSpan(passage=Passage(source=source, title=source, text=f"{source} text", start=0, end=9),
                          score=score, second_look=second_look)

    doc_terms = {"acme.txt": frozenset({"acme", "fda", "zelitinib"}),
                 "borer.txt": frozenset({"borer", "fda", "tenastat"}),
                 "acme_label.txt": frozenset({"acme", "fda", "zelitinib", "label"})}
    best, other, same = span("acme.txt", 0.8, None), span("borer.txt", 0.1, 0.6), span("acme_label.txt", 0.09, 0.5)

    def cited(question):
        joins = names_the_subject(set(name_terms(question)), doc_terms)
        return [s.passage.source for s in decide([other, same, best], threshold=0.37, joins=joins).chosen]

    assert cited("When was Acme's application dated, and when did FDA receive it?") == ["acme.txt", "acme_label.txt"]
    assert cited("When were the applications of Acme and Borer dated?") == ["acme.txt", "borer.txt", "acme_label.txt"]
    assert cited("when were the applications dated?") == ["acme.txt", "borer.txt", "acme_label.txt"]  # names nothing


def test_second_look_sets_the_best_passage_aside(engine):
    """Every passage but the best is scored again without it: the runner-up is then the best
    of the rest, so its second look is above its first (its margin is its own again). A
    passage quoting the best's answer (one holding it) had its own margin already."""
    from assistant.readers.calibration import _same_evidence

    question = "Who was the engineer of the Harbour Bridge?"
    retriever, _, scored = _read(engine, question)
    out = engine.reader().calibration.rescore(question, scored, retriever)
    ranked = sorted(out, key=lambda s: -s.score)
    assert ranked[0].second_look is None and all(s.second_look is not None for s in ranked[1:])
    runner_up = next(s for s in ranked[1:] if not _same_evidence(ranked[0], s))
    assert runner_up.second_look > runner_up.score


def test_the_bold_answer_span_covers_whole_words():
    """The span head works on word pieces; the highlight is widened to the words it touches."""
    from assistant.reading import _highlight
    from assistant.types import Passage

    text = "NCT ID: NCT02955615 (a registry)."
    passage = Passage(source="r.txt", title="r", text=text, start=100, end=100 + len(text))
    inside = text.index("15")
    span = ScoredSpan(passage=passage, score=0.9, answer=(100 + inside, 100 + inside + 2))
    (start, end), = _highlight(span)
    assert text[start - 100:end - 100] == "NCT02955615"
    whole = ScoredSpan(passage=passage, score=0.9, answer=(100 + 8, 100 + 19))
    assert _highlight(whole) == ((108, 119),)  # already whole: unchanged
    assert _highlight(ScoredSpan(passage=passage, score=0.9, answer=(100, 100 + len(text)))) == ()
    # an identifier or number joined by hyphens, commas or dots is one token; a sentence's end is not
    text = "Org Study ID: CC-5013-MDS-005. Paid $100,000 at 1.17 each."
    passage = Passage(source="r.txt", title="r", text=text, start=0, end=len(text))
    for piece, token in (("5013", "CC-5013-MDS-005"), ("100", "100,000"), ("17", "1.17")):
        at = text.index(piece)
        (start, end), = _highlight(ScoredSpan(passage=passage, score=0.9, answer=(at, at + len(piece))))
        assert text[start:end] == token


class _PointingReader:
    """A reader double that reads every passage as answering, its span on a given phrase."""

    def __init__(self, phrase):
        self.phrase = phrase

    def read(self, question, passages):
        out = []
        for p in passages:
            at = p.text.find(self.phrase) if self.phrase else -1
            out.append(ScoredSpan(passage=p, score=0.9,
                                  answer=(p.start + at, p.start + at + len(self.phrase)) if at >= 0 else None))
        return out


@pytest.mark.parametrize("question,phrase,kept", [
    ("How much did the city pay for the bridge?", "4 million pounds", True),
    ("How much did the city pay for the bridge?", "Okafor Ltd", False),   # a name for "how much"
    ("How much did the city pay for the bridge?", "", False),             # no span located
    ("When was the bridge paid for?", "Okafor Ltd", False),
    ("When was the bridge paid for?", "1932", True),
    ("How many years did it take?", "thirteen years", True),              # a number in words
    # two things asked: the span may answer the other one
    ("Who built the bridge, and how much did it cost?", "Okafor Ltd", True),
    ("Who built the bridge?", "Okafor Ltd", True),                         # not a value question
])
def test_a_value_question_is_answered_only_by_a_span_that_holds_a_value(question, phrase, kept):
    text = "In 1932 the city paid 4 million pounds to Okafor Ltd for the bridge, thirteen years after it began."
    passage = Passage(source="bridge.txt", title="Bridge", text=text, start=100, end=100 + len(text))
    scored = read_passages(question, [passage], _PointingReader(phrase), retriever=None)
    assert bool(scored) is kept


@pytest.mark.parametrize("span,withheld", [
    ("$***", True), ("a minimum of [***]", True), ("[…***…]", True), ("([***]%)", True), ("[REDACTED]", True),
    ("$520,000,000", False), ("forty-five (45) days", False), ("fifty percent", False),
    # the span says what the payment is for: it answers with what it holds
    ("[***] upon the first dosing of a patient in a Phase 2 trial", False),
    ("$[***] plus 10% of net sales", False),
])
def test_a_redaction_mark_where_the_value_would_be_withholds_it(span, withheld):
    from assistant.answer_type import withholds_value

    assert withholds_value(span) is withheld


def test_a_redacted_value_is_not_answered_and_no_other_number_replaces_it():
    """The span the reader points at is "$***": the passage the question is about withholds the
    value, so nothing is citable, not even a passage scored lower that holds a number."""
    text = "Licensee shall pay an upfront fee of $*** within thirty days of the Effective Date."
    other = "Licensee paid $2 million for the option in 2019."
    redacted = Passage(source="a.txt", title="A", text=text, start=0, end=len(text))
    elsewhere = Passage(source="a.txt", title="A", text=other, start=200, end=200 + len(other))

    class Reader:
        def read(self, question, passages):
            def span(p, phrase, score):
                at = p.start + p.text.index(phrase)
                return ScoredSpan(passage=p, score=score, answer=(at, at + len(phrase)))
            return [span(p, "$***", 0.9) if p is redacted else span(p, "$2 million", 0.6) for p in passages]

    question = "What does the licensee owe within thirty days of the Effective Date?"  # asks for no kind of value
    assert read_passages(question, [redacted, elsewhere], Reader(), retriever=None) == []
    # without the redacted passage the other one is read as usual
    assert [s.passage for s in read_passages(question, [elsewhere], Reader(), retriever=None)] == [elsewhere]


@pytest.mark.parametrize("phrase,withheld", [
    ("EUR", True),        # "exceed EUR [***]": the currency of a withheld cap
    ("€", True),          # "(€ [***])"
    ("$3 million", False),  # a value given beside a redacted one
])
def test_a_span_that_is_only_the_unit_of_a_redacted_value_withholds_it(phrase, withheld):
    text = ("In no event will the total milestone payments exceed EUR [***] (€ [***]); Licensee paid "
            "$3 million on signing.")
    passage = Passage(source="a.txt", title="A", text=text, start=40, end=40 + len(text))
    scored = read_passages("What is the cap on milestone payments?", [passage], _PointingReader(phrase),
                           retriever=None)
    assert (scored == []) is withheld


def test_what_a_question_is_about_includes_its_rarer_lowercase_words():
    """A drug's name is written in lower case: the second document must hold it too."""
    from assistant.reading import _rare_terms

    doc_terms = {"a.txt": frozenset({"zelitinib", "bind", "factor"}), "b.txt": frozenset({"bind", "vegf"}),
                 "c.txt": frozenset({"bind", "trial"}), "d.txt": frozenset({"bind", "dose"}), "e.txt": frozenset({"zelitinib", "dose"})}
    assert _rare_terms("What does zelitinib bind to?", doc_terms) == {"zelitinib"}


def _best_and_its_margin(engine):
    """The Harbour Bridge question read for real: its passages, the best one's index and its margin."""
    question = "Who was the engineer of the Harbour Bridge?"
    retriever, _, scored = _read(engine, question)
    best = max(range(len(scored)), key=lambda i: scored[i].score)
    alone = features(question, scored, retriever)[best][FEATURES.index("reader_margin")]
    assert alone > 0
    return question, retriever, scored, best, alone


def test_a_copy_of_the_best_passage_elsewhere_is_no_rival_for_its_margin(engine):
    """A document that repeats a sentence under another heading (a summary, then the full text)
    quotes the same answer twice: the copy must not cancel the best passage's margin."""
    question, retriever, scored, best, alone = _best_and_its_margin(engine)
    margin = FEATURES.index("reader_margin")
    original = scored[best]
    copy = ScoredSpan(passage=Passage(**{**original.passage.to_dict(), "section": "Summary",
                                        "start": 0, "end": len(original.passage.text)}),
                      score=original.score, answer=original.answer)
    rows = features(question, [*scored, copy], retriever)
    assert rows[best][margin] == pytest.approx(alone)
    assert rows[-1][margin] == pytest.approx(alone)
    # a different passage with the same score is a rival: no margin left
    elsewhere = original.passage.end + 100
    rival = ScoredSpan(passage=Passage(**{**original.passage.to_dict(), "text": "A different sentence.",
                                          "start": elsewhere, "end": elsewhere + 21}),
                       score=original.score, answer=(elsewhere, elsewhere + 9))
    assert features(question, [*scored, rival], retriever)[best][margin] == pytest.approx(0.0)


def test_a_passage_holding_the_best_with_the_same_answer_is_no_rival(engine):
    """A heading read with its sentence, or a field group read around its line, quotes the
    sentence's answer again: it is no rival for the sentence's margin, nor the sentence for its.
    A passage holding it whose answer is elsewhere is one."""
    question, retriever, scored, best, alone = _best_and_its_margin(engine)
    margin = FEATURES.index("reader_margin")
    sentence = scored[best].passage
    around = Passage(**{**sentence.to_dict(), "text": "Design\n" + sentence.text, "start": sentence.start - 7,
                        "kind": "group"})
    holder = ScoredSpan(passage=around, score=scored[best].score, answer=scored[best].answer)
    rows = features(question, [*scored, holder], retriever)
    assert rows[best][margin] == pytest.approx(alone)
    assert rows[-1][margin] == pytest.approx(alone)
    other_answer = ScoredSpan(passage=around, score=scored[best].score, answer=(around.start, around.start + 6))
    assert features(question, [*scored, other_answer], retriever)[best][margin] == pytest.approx(0.0)

