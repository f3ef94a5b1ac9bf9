"""Shared fixtures. Tests are hermetic: corpora and indexes live in temporary folders, the real
embedding model and a real Chroma store are used, servers bind to 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
for _name in list(os.environ):
    if _name.startswith("ASSISTANT_"):  # no user settings leak into tests
        del os.environ[_name]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "tests" / "artifacts"


def stop_process(proc, timeout: float = 20) -> None:
    """Stop a server a test started: politely, then for certain."""
    import subprocess

    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def corpus_options(tmp_path_factory, files: dict[str, str]) -> dict:
    """answer() options for a small corpus of the given files, with its own index folder."""
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return {"corpus": corpus, "index_dir": tmp_path_factory.mktemp("index")}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory) -> Path:
    """A private copy of seeds/ (tests may not touch the real one)."""
    corpus = tmp_path_factory.mktemp("seeds") / "seeds"
    shutil.copytree(SEEDS, corpus)
    return corpus


@pytest.fixture(scope="session")
def seed_options(seed_corpus, tmp_path_factory) -> dict:
    """answer() options for the seed corpus with a session-wide index, built once."""
    from assistant.pipeline import get_engine

    options = {"corpus": seed_corpus, "index_dir": tmp_path_factory.mktemp("index")}
    get_engine(**options).sync()
    return options


@pytest.fixture
def tmp_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return corpus


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


class KeywordReader:
    """A test double behind the reader plugin boundary: a passage answers when it holds the
    question's last word; the answer span is that word. Used through
    ``answer(..., reader="conftest:make_keyword_reader")``."""

    threshold = 0.5

    def read(self, question, passages):
        from assistant.types import ScoredSpan

        word = question.rstrip(" ?.!").split()[-1].lower()
        out = []
        for p in passages:
            at = p.text.lower().find(word)
            out.append(ScoredSpan(passage=p, score=0.9 if at >= 0 else 0.1,
                                  answer=(p.start + at, p.start + at + len(word)) if at >= 0 else None))
        return out


def make_keyword_reader(settings):
    return KeywordReader()
