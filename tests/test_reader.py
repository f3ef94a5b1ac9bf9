"""The learned reader: the shipped model, its plugin boundary, its
abstention knob and its errors. Figures are in test_quality.py."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant import answer
from assistant.readers.calibration import FEATURES, features
from assistant.readers.learned import LearnedReader, ReaderModelError
from assistant.types import Passage
from conftest import corpus_options

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "reader"

BRIDGE = """The Harbour Bridge

The Harbour Bridge is a steel arch bridge across the Kessel estuary.
Construction began in 1921 under the engineer Maria Okafor.
The bridge was opened to traffic on 19 March 1932.
Its main span is 503 metres long, and the deck carries eight lanes.
The bridge is owned by the Kessel Port Authority.
"""

MUSEUM = """City Museum of Transport

The museum was founded in 1964 in a former tram depot.
It holds 300 vehicles, including the first tram of the city.
Admission is free on Sundays.
"""


@pytest.fixture(scope="module")
def reader():
    return LearnedReader(MODEL, threads=2)


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    return {**corpus_options(tmp_path_factory, {"bridge.txt": BRIDGE, "museum.txt": MUSEUM})}


def _passages(text: str, source: str = "bridge.txt") -> list[Passage]:
    out = []
    for line in text.splitlines()[2:]:
        start = text.index(line)
        out.append(Passage(source=source, title=text.splitlines()[0], text=line, start=start,
                           end=start + len(line)))
    return out


def test_the_package_names_no_entity_or_topic_of_the_seed_documents():
    """Answering is learned: nothing in the package is written for particular documents."""
    forbidden = re.compile(r"iltoo|servier|mirocals|lupil|pnfh|riluzole|klatzmann|bensimon|lupus|"
                           r"sclerosis|interleukin", re.I)
    found = []
    for path in (ROOT / "assistant").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".json", ".txt", ".md", ".js", ".css", ".html"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if forbidden.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}")
    assert found == []


def test_the_answering_sentence_scores_highest_and_holds_the_span(reader):
    passages = _passages(BRIDGE)
    scored = reader.read("When did the bridge open to traffic?", passages)
    assert [s.passage for s in scored] == passages  # one per passage, in input order
    assert all(0.0 <= s.score <= 1.0 for s in scored)
    best = max(scored, key=lambda s: s.score)
    assert "opened to traffic" in best.passage.text
    assert best.score >= reader.threshold
    start, end = best.answer
    assert best.passage.start <= start < end <= best.passage.end
    assert "1932" in BRIDGE[start:end]


def test_a_question_the_passages_do_not_answer_scores_below_the_threshold(reader):
    scored = reader.read("How much did the bridge cost to build?", _passages(BRIDGE))
    assert max(s.score for s in scored) < reader.threshold


def test_a_table_row_is_read_after_its_context_and_its_span_stays_inside_the_row(reader):
    from assistant.readers.model import passage_input

    row = "Responders | 43% | 13%"
    text, offset = passage_input(row, "Trial report", "Results", "Table 3: Week 16 · Arm | Drug | Placebo")
    assert text == "Trial report | Results | Table 3: Week 16 | Arm | Drug | Placebo: " + row
    assert text[offset:] == row
    caption, header = (" ".join(f"{kind}{i}" for i in range(40)) for kind in ("c", "h"))
    text, offset = passage_input(row, context=f"{caption} · {header} · third part")
    assert len(text[:offset].split()) == 2 * 14 + 1 and "third" not in text  # 14 words a part, 2 parts
    passage = Passage(source="t.txt", title="Trial report", text=row, start=100, end=100 + len(row),
                      section="Results", context="Table 3: Week 16 · Arm | Drug | Placebo")
    scored, = reader.read("What share of placebo patients responded?", [passage])
    if scored.answer is not None:
        assert passage.start <= scored.answer[0] < scored.answer[1] <= passage.end


def test_a_long_question_and_an_empty_list_are_read(reader):
    assert reader.read("anything", []) == []
    scored = reader.read("Who owns the bridge? " + "Please answer carefully. " * 200, _passages(BRIDGE))
    assert len(scored) == 5


def test_answer_quotes_the_sentence_with_the_answer_in_bold(options, reader):
    result = answer("Who was the engineer of the Harbour Bridge?", **options)
    assert not result.abstained
    assert result.citations[0].source == "bridge.txt"
    assert "Maria Okafor" in result.citations[0].quote
    assert "**" in result.text and "Okafor" in result.text.split("**")[1]
    assert result.confidence is not None and result.confidence >= reader.calibration.threshold


def test_answer_abstains_and_reports_its_confidence(options):
    result = answer("What is the toll for trucks on the Harbour Bridge?", **options)
    assert result.abstained and result.citations == []
    assert result.confidence is not None and result.confidence < 0.5


def test_the_threshold_is_one_setting(options):
    question = "When was the museum founded?"
    assert not answer(question, **options).abstained
    assert answer(question, reader_threshold=1.0, **options).abstained
    relaxed = answer("What is the toll for trucks on the Harbour Bridge?", reader_threshold=0.0, **options)
    assert not relaxed.abstained and relaxed.citations


def test_a_follow_up_keeps_the_subject(options):
    history = [{"role": "user", "content": "When was the Harbour Bridge opened?"},
               {"role": "assistant", "content": "The bridge was opened to traffic on **19 March 1932**. [1]"}]
    result = answer("How long is its main span?", history, **options)
    assert "Harbour Bridge" in result.standalone_question
    assert not result.abstained and "503 metres" in result.citations[0].quote


def test_another_reader_plugs_in_by_configuration(options):
    result = answer("Which vehicles are in the tram", **{**options, "reader": "conftest:make_keyword_reader"})
    assert not result.abstained
    assert all("tram" in c.quote.lower() for c in result.citations)
    assert "**tram**" in result.text


def test_a_plugin_reader_is_made_once_and_shared(options):
    """The engine and the LLM path's fallback ask make_reader for the reader: the same settings
    give the same instance (a plugin's model is loaded once per process)."""
    from assistant.config import load_settings
    from assistant.readers import make_reader

    settings = load_settings(**{**options, "reader": "conftest:make_keyword_reader"})
    first = make_reader(settings)
    assert make_reader(settings) is first
    assert make_reader(settings.replace(reader_candidates=5)) is not first


@pytest.mark.parametrize("damage", ["missing", "truncated", "bad-config"])
def test_a_missing_or_corrupt_model_file_names_the_file_and_how_to_restore_it(tmp_path, options, damage):
    model = tmp_path / "reader"
    shutil.copytree(MODEL, model)
    if damage == "missing":
        (model / "model.safetensors").unlink()
        broken = "model.safetensors"
    elif damage == "truncated":
        data = (model / "model.safetensors").read_bytes()
        (model / "model.safetensors").write_bytes(data[: len(data) // 3])
        broken = "model.safetensors"
    else:
        (model / "reader.json").write_text("{not json", encoding="utf-8")
        broken = "reader.json"
    with pytest.raises(ReaderModelError) as error:
        answer("When was the museum founded?", reader_model=str(model), **options)
    message = str(error.value)
    assert str(model / broken) in message
    assert "git checkout" in message and "train_reader.py" in message


def test_the_light_inference_network_gives_the_trained_networks_numbers():
    """Inference runs on a plain-torch BERT (no transformers import); unquantized, it must
    compute what the transformers model the reader was trained as computes."""
    import torch
    from safetensors.torch import load_file
    from transformers import AutoTokenizer

    from assistant.readers.model import build_model, encode

    tokenizer = AutoTokenizer.from_pretrained(str(MODEL))
    trained = build_model(str(MODEL))
    trained.load_state_dict({k: v.float() for k, v in load_file(str(MODEL / "model.safetensors")).items()},
                            strict=False)
    trained.eval()
    light = LearnedReader(MODEL, quantize=False)
    questions = ["Who owns the bridge?", "When did construction begin?"]
    passages = ["The Harbour Bridge | The bridge is owned by the Kessel Port Authority.",
                "The Harbour Bridge | Construction began in 1921."]
    enc = encode(tokenizer, questions, passages, 128)
    enc.pop("offset_mapping")
    encodings = light.tokenizer.encode_batch(list(zip(questions, passages)))
    assert [e.ids for e in encodings] == enc["input_ids"].tolist()
    with torch.inference_mode():
        expected = trained(**enc)
        got = light.model(torch.tensor([e.ids for e in encodings]), torch.tensor([e.attention_mask for e in encodings]),
                          torch.tensor([e.type_ids for e in encodings]))
    for a, b in zip(expected, got):
        assert torch.allclose(a, b, atol=1e-4)


def test_bfloat16_reader_scores_as_float32_does(reader):
    """The default on CPUs with native bfloat16: same best passage, scores within 0.02."""
    import torch

    half = LearnedReader(MODEL, threads=2, dtype="bfloat16")
    assert next(half.model.parameters()).dtype == torch.bfloat16
    passages = _passages(BRIDGE) + _passages(MUSEUM, "museum.txt")
    for question in ("When was the bridge opened?", "Who was the engineer of the bridge?",
                     "How many vehicles does the museum hold?", "How long is the main span?"):
        full, short = reader.read(question, passages), half.read(question, passages)
        assert [s.passage for s in short] == [s.passage for s in full]
        assert max(abs(a.score - b.score) for a, b in zip(full, short)) < 0.02, question
        best = max(range(len(full)), key=lambda i: full[i].score)
        assert max(range(len(short)), key=lambda i: short[i].score) == best, question
        assert short[best].answer == full[best].answer, question
    with pytest.raises(ValueError, match="float32"):
        LearnedReader(MODEL, threads=2, quantize=True, dtype="bfloat16")


def test_the_traced_reader_scores_and_places_spans_as_the_eager_one(reader):
    """The server's reader runs as a TorchScript trace (``trace=True``): same scores and spans as
    the eager network, for batches of several sizes and lengths."""
    import threading

    traced = LearnedReader(MODEL, threads=2, dtype=reader.dtype, trace=True)
    assert type(traced.model).__name__ != type(reader.model).__name__  # it is a trace
    for question, text in (("When was the Harbour Bridge opened to traffic?", BRIDGE),
                           ("Who designed the bridge?", BRIDGE), ("How long is the main span?", BRIDGE),
                           ("How much did the museum cost?", MUSEUM)):
        passages = _passages(text) + _passages(MUSEUM, "museum.txt")
        eager, fast = reader.read(question, passages), traced.read(question, passages)
        assert [(s.score, s.answer) for s in fast] == [(s.score, s.answer) for s in eager], question
    # and from several threads at once (a server's)
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(
        [s.score for s in traced.read("Who designed the bridge?", _passages(BRIDGE))])) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 3 and results[0] == results[1] == results[2]


LEAFLET = """Package leaflet: Information for the patient

What is in this leaflet
1. What this medicine is and what it is used for
2. How to take it

How to take it
Always take this medicine exactly as your doctor has told you. The usual dose is {dose}. Swallow the tablet whole with water.
If you take more than you should, talk to a doctor at once.
"""


def test_documents_titled_alike_are_told_apart_by_their_file_names(tmp_path_factory):
    """Leaflets, filings and letters often open with the same heading ("What is in this
    leaflet"), and the sentence that answers seldom names the product: the file name does, and
    the reader reads it before the title (``reader_file_names``)."""
    from assistant.pipeline import get_engine
    from assistant.reading import candidate_passages

    options = corpus_options(tmp_path_factory, {
        "01_leaflet_zorvex_tablets.txt": LEAFLET.format(dose="20 mg once a day"),
        "02_leaflet_quandril_tablets.txt": LEAFLET.format(dose="5 mg twice a day")})
    engine = get_engine(**options)
    engine.sync()
    retriever, reader = engine.retriever(), engine.reader()
    cover = FEATURES.index("cover")
    for question, named, other in [("What is the usual dose of Quandril?", "02_leaflet_quandril_tablets.txt",
                                    "01_leaflet_zorvex_tablets.txt"),
                                   ("Usual dose of Zorvex?", "01_leaflet_zorvex_tablets.txt",
                                    "02_leaflet_quandril_tablets.txt")]:
        embedding = engine.embedder().encode_query(question)
        for file_names in (True, False):
            passages = candidate_passages(retriever, question, embedding, 40, 24, file_names=file_names)
            scored = [s for s in reader.read(question, passages) if s.passage.text.startswith("The usual dose is")]
            score = {s.passage.source: s.score for s in scored}
            rows = dict(zip((s.passage.source for s in scored), features(question, scored, retriever)))
            if file_names:
                assert score[named] > score[other] + 0.2, (question, score)
                assert rows[named][cover] > rows[other][cover]
            else:  # the same heading and sentence: nothing tells the two documents apart
                assert abs(score[named] - score[other]) < 0.2, (question, score)
                assert rows[named][cover] == rows[other][cover]
        result = answer(question, **options)
        assert not result.abstained and [c.source for c in result.citations] == [named], question
