"""The reader plugin boundary: a reader implements one method, ``read``."""

from __future__ import annotations

import threading
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
    ``settings.reader_model``) or ``module:factory`` for a plugin, called with ``settings``.
    One reader per name and settings per process: the engine and the LLM path's fallback
    share it (a model is loaded once)."""
    name = settings.reader or "learned"
    if name == "learned":
        from .learned import get_learned_reader

        return get_learned_reader(settings.reader_model_path, settings.threads, settings.dtype,
                                  settings.trace_models)
    if ":" in name:
        import importlib

        with _plugins_lock:
            if (name, settings) not in _plugins:
                module, _, factory = name.partition(":")
                _plugins[(name, settings)] = getattr(importlib.import_module(module), factory)(settings)
            return _plugins[(name, settings)]
    raise ValueError(f"unknown reader {name!r}: use 'learned' or 'package.module:factory'")


_plugins: dict[tuple, Reader] = {}
_plugins_lock = threading.Lock()
