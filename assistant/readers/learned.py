"""The trained reader: a MiniLM cross-encoder shipped in ``models/reader/`` (see its README).

It scores every (question, passage) pair in one batch: the answer score (a probability that the
passage answers the question; abstention compares the best one with the calibrated threshold)
and the answer span inside the passage, from the span head. Inference needs torch, safetensors
and tokenizers only (no transformers import: a fresh process answers sooner).
"""

from __future__ import annotations

import json
import threading
import warnings
from pathlib import Path
from typing import Sequence

from ..types import Passage, ScoredSpan
from .calibration import Calibration
from .model import MAX_QUESTION_TOKENS, ReaderConfig, build_inference_model, passage_input

REQUIRED_FILES = ("model.safetensors", "config.json", "reader.json", "tokenizer.json")


class ReaderModelError(RuntimeError):
    """The reader's files are missing or unreadable."""


def _restore_hint(path: Path) -> str:
    return (f"restore it with `git checkout -- models/{path.parent.name}/{path.name}` in the project "
            f"checkout, or retrain the reader with `python scripts/train_reader.py`")


def best_spans(start_logits, end_logits, offsets, sequence_ids, attention_mask, max_tokens: int,
               with_logits: bool = False):
    """Per row, the highest-scoring (start <= end, at most ``max_tokens``) span of the second
    segment as character offsets into that segment, or None. ``with_logits``: per row
    ``(span, start logit + end logit)`` instead (the logit None with the span), how sure the span
    head is of where the answer is.

    In numpy, not torch: a few small operations per passage, and numpy keeps the GIL through
    them, where torch would hand it over and wait to get it back at each one on a busy server."""
    import numpy as np

    def array(values):  # torch tensors of any dtype (bfloat16 has no numpy type), or arrays
        return values.detach().float().cpu().numpy() if hasattr(values, "detach") else \
            np.asarray(values, dtype=np.float32)

    starts, ends, masks = array(start_logits), array(end_logits), array(attention_mask) > 0
    found = []
    length = starts.shape[1]
    band = np.triu(np.ones((length, length), dtype=bool)) & np.tril(np.ones((length, length), dtype=bool),
                                                                    max_tokens - 1)
    for row in range(starts.shape[0]):
        ids = sequence_ids[row]
        valid = np.array([seq == 1 for seq in ids] + [False] * (length - len(ids)), dtype=bool)
        valid &= masks[row]
        if not valid.any():
            found.append((None, None) if with_logits else None)
            continue
        scores = starts[row][:, None] + ends[row][None, :]
        scores = np.where(band & valid[:, None] & valid[None, :], scores, -np.inf)
        s, e = divmod(int(np.argmax(scores)), length)
        span = (int(offsets[row][s][0]), int(offsets[row][e][1]))
        found.append((span, float(scores[s, e])) if with_logits else span)
    return found


class LearnedReader:
    """``read(question, passages) -> list[ScoredSpan]``, one per passage, in input order.

    ``batch_size``: passages are sorted by length and read this many at a time, so short ones
    (form lines) are not padded to the longest.
    ``quantize``: int8 dynamic quantization of the linear layers. Off by default: torch's dynamic
    quantization scales activations per batch, so a passage's score would depend on which
    passages share its batch (on 60 seed questions it moved scores by 0.05 on average, up to
    0.45, and changed the best passage of 10), and it saved little time once batches are short.
    ``calibrated=False`` ignores the stored calibration (to fit a new one).
    ``trace``: run the network as a TorchScript trace (:func:`assistant.readers.bert.traced`):
    same numbers, and a forward pass no longer waits for the GIL at each operation while other
    threads of a server run Python.
    ``dtype``: what the network computes in, "float32" or "bfloat16" (``Settings.precision``):
    bfloat16 was 1.8x faster here and moved answer scores by 0.0005 on average (at most 0.01).
    Unlike int8, it does not depend on the batch: each number is rounded alone."""

    def __init__(self, model_dir: str | Path, threads: int = 2, batch_size: int = 8, quantize: bool = False,
                 calibrated: bool = True, dtype: str = "float32", trace: bool = False):
        self.model_dir = Path(model_dir)
        self.batch_size = batch_size
        self._lock = threading.Lock()
        for name in REQUIRED_FILES:
            path = self.model_dir / name
            if not path.is_file():
                raise ReaderModelError(f"reader model file is missing: {path}; {_restore_hint(path)}")
        try:
            raw = json.loads((self.model_dir / "reader.json").read_text(encoding="utf-8"))
            self.config = ReaderConfig(**{k: raw[k] for k in ("max_length", "max_answer_tokens", "threshold")
                                          if k in raw})
            encoder_config = json.loads((self.model_dir / "config.json").read_text(encoding="utf-8"))
            # The answer score the product decides on (see .calibration); a model without one
            # is used with its raw answer score and ``threshold``.
            self.calibration = Calibration.from_dict(raw["calibration"]) if calibrated and "calibration" in raw \
                else None
        except (OSError, ValueError, TypeError, KeyError) as exc:
            path = self.model_dir / "reader.json"
            raise ReaderModelError(f"reader model file is unreadable: {path} ({exc}); {_restore_hint(path)}") from exc
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        torch.set_num_threads(threads)
        weights = self.model_dir / "model.safetensors"
        try:
            state = load_file(str(weights))
        except Exception as exc:  # safetensors raises its own error types for truncated files
            raise ReaderModelError(f"reader model file is corrupt: {weights} ({exc}); {_restore_hint(weights)}") from exc
        try:
            self.tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
            model = build_inference_model(encoder_config)
            model.load_state_dict({k: v.float() for k, v in state.items() if "position_ids" not in k})
        except Exception as exc:
            raise ReaderModelError(f"reader model in {self.model_dir} could not be loaded ({exc}); "
                                   f"{_restore_hint(weights)}") from exc
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self._question_tokenizer = Tokenizer.from_str(self.tokenizer.to_str())
        self.tokenizer.enable_truncation(self.config.max_length, strategy="only_second")
        self.tokenizer.enable_padding()
        model.eval()
        self.dtype = dtype
        if dtype != "float32":
            if quantize:
                raise ValueError("quantize=True needs dtype='float32'")
            model = model.to(getattr(torch, dtype))
        if quantize:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # torch.ao's deprecation notice
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        from .bert import traced

        self.model = traced(model) if trace else model

    @property
    def threshold(self) -> float:
        return self.config.threshold

    def _clip_question(self, question: str) -> str:
        encoding = self._question_tokenizer.encode(question, add_special_tokens=False)
        if len(encoding.ids) <= MAX_QUESTION_TOKENS:
            return question
        return question[:encoding.offsets[MAX_QUESTION_TOKENS - 1][1]]

    def read(self, question: str, passages: Sequence[Passage]) -> list[ScoredSpan]:
        import torch

        if not passages:
            return []
        question = self._clip_question(" ".join(question.split()))
        inputs = [passage_input(p.text, p.title, p.section, p.context) for p in passages]
        results: list[ScoredSpan | None] = [None] * len(passages)
        order = sorted(range(len(passages)), key=lambda i: len(inputs[i][0]))
        with self._lock, torch.inference_mode():
            for k in range(0, len(order), self.batch_size):
                idx = order[k:k + self.batch_size]
                encodings = self.tokenizer.encode_batch([(question, inputs[i][0]) for i in idx])
                ids = torch.tensor([e.ids for e in encodings])
                mask = torch.tensor([e.attention_mask for e in encodings])
                types = torch.tensor([e.type_ids for e in encodings])
                answer, start, end = self.model(ids, mask, types)
                answer, start, end = answer.float(), start.float(), end.float()
                probs = torch.sigmoid(answer).tolist()
                spans = best_spans(start, end, [e.offsets for e in encodings], [e.sequence_ids for e in encodings],
                                   mask, self.config.max_answer_tokens, with_logits=True)
                for j, i in enumerate(idx):
                    passage, offset = passages[i], inputs[i][1]
                    (span, span_logit), answer_span = spans[j], None
                    if span is not None and span[0] >= offset and span[1] > span[0]:
                        a, b = span[0] - offset, min(span[1] - offset, len(passage.text))
                        answer_span = (passage.start + a, passage.start + b)
                    results[i] = ScoredSpan(passage=passage, score=float(probs[j]), answer=answer_span,
                                            span_logit=span_logit if answer_span is not None else None)
        return [r for r in results if r is not None]


_readers: dict[tuple, LearnedReader] = {}
_readers_lock = threading.Lock()


def get_learned_reader(model_dir: str | Path, threads: int = 2, dtype: str = "float32",
                       trace: bool = False) -> LearnedReader:
    """One reader per model directory (number format, tracing) per process."""
    key = (str(Path(model_dir).resolve()), threads, dtype, trace)
    with _readers_lock:
        if key not in _readers:
            _readers[key] = LearnedReader(model_dir, threads, dtype=dtype, trace=trace)
        return _readers[key]
