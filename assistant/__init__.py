"""Cited question answering over a document corpus.

    from assistant import answer
    a = answer("What is the primary endpoint of the trial?")
    a.text, a.citations, a.abstained

Importing this package is cheap: models, Chroma and Gradio load on first use.
"""

from .types import Answer, Citation, Passage

__all__ = ["answer", "Answer", "Citation", "Passage"]


def answer(question, history=None, **options):
    """Answer ``question`` from the corpus with verbatim citations, or abstain.

    See :func:`assistant.pipeline.answer`."""
    from .pipeline import answer as _answer

    return _answer(question, history, **options)
