"""The reader plugin boundary: a reader implements one method, ``read``."""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from ..types import Passage, ScoredSpan


@runtime_checkable
class Reader(Protocol):
    """Scores passages for a question.

    ``read`` returns one :class:`ScoredSpan` per passage, in input order: ``score`` in [0, 1]
    (comparable with ``threshold``) and the answer span inside the passage, if any."""

    threshold: float

    def read(self, question: str, passages: Sequence[Passage]) -> list[ScoredSpan]: ...


def make_reader(settings) -> Reader:
    """The reader named by ``settings.reader``: ``learned`` (default, the model in
    ``settings.reader_model``) or ``module:factory`` for a plugin, called with ``settings``."""
    name = settings.reader or "learned"
    if name == "learned":
        from .learned import get_learned_reader

        return get_learned_reader(settings.reader_model_path, settings.threads)
    if ":" in name:
        import importlib

        module, _, factory = name.partition(":")
        return getattr(importlib.import_module(module), factory)(settings)
    raise ValueError(f"unknown reader {name!r}: use 'learned' or 'package.module:factory'")
