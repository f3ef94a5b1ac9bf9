"""The command line: `assistant index` and `assistant ask`, including fully offline."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent
ASSISTANT = shutil.which("assistant", path=str(BIN)) or str(BIN / "assistant")
SEED_NAMES = ["000_8af6616ffce0cea9.txt", "001_4180fd55b73b3fa4.txt", "002_b79911ed87769d5b.txt"]


def _env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run(*args, timeout=300, prefix=(), env=None):
    return subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=timeout,
                          env={**_env(), **(env or {})}, cwd=str(ROOT))


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("cli") / "corpus"
    corpus.mkdir()
    for name in SEED_NAMES:
        shutil.copy(SEEDS / name, corpus / name)
    return corpus


@pytest.fixture(scope="module")
def indexed(small_corpus, tmp_path_factory):
    """(corpus, index_dir, first run, second run) of `assistant index`."""
    index_dir = tmp_path_factory.mktemp("cli_index")
    first = run(ASSISTANT, "index", "--corpus", str(small_corpus), "--index-dir", str(index_dir),
                "--quiet")
    second = run(ASSISTANT, "index", "--corpus", str(small_corpus), "--index-dir",
                 str(index_dir), "--quiet", "--json")
    return small_corpus, index_dir, first, second


def test_console_script_exists():
    assert Path(ASSISTANT).is_file()


def test_index_prints_what_changed(indexed):
    _, _, first, _ = indexed
    assert first.returncode == 0, first.stderr
    out = first.stdout
    for name in SEED_NAMES:
        assert f"+ added {name}" in out
    assert "3 added, 0 updated, 0 removed, 0 unchanged" in out
    assert "Traceback" not in first.stderr


def test_second_index_run_reports_unchanged(indexed):
    _, _, _, second = indexed
    assert second.returncode == 0, second.stderr
    assert "+ added" not in second.stdout
    assert "0 added, 0 updated, 0 removed, 3 unchanged" in second.stdout
    report = json.loads(second.stdout[second.stdout.index("{"):])
    assert sorted(report["unchanged"]) == SEED_NAMES
    assert report["added"] == [] and report["units_embedded"] == 0


def test_index_writes_the_snapshot_a_fresh_process_answers_from(indexed, tmp_path, monkeypatch):
    """`assistant index` leaves the retriever's snapshot for the index it wrote, so the first
    answer does not rebuild the retriever from Chroma; an unchanged run does not write it
    again, and a run that finds it missing writes it."""
    from assistant.pipeline import Engine
    from assistant.store import Store

    corpus, index_dir, first, second = indexed
    assert "retriever snapshot written" in first.stdout, first.stdout + first.stderr
    assert "retriever snapshot" not in second.stdout + second.stderr
    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy)
    [snapshot] = copy.glob(".*.retriever.pickle")

    def no_unit_reads(self):
        raise AssertionError("the retriever was rebuilt from Chroma")

    from assistant.config import load_settings

    settings = load_settings(corpus=corpus, index_dir=copy)
    with monkeypatch.context() as patch:
        patch.setattr(Store, "unit_pages", no_unit_reads)
        engine = Engine(settings)
        assert engine.snapshot_is_current()
        assert "220" in engine.answer("How many patients did MIROCALS randomise?").text

    snapshot.unlink()
    assert not Engine(settings).snapshot_is_current()
    third = run(ASSISTANT, "index", "--corpus", str(corpus), "--index-dir", str(copy), "--quiet")
    assert third.returncode == 0, third.stderr
    assert "0 added" in third.stdout and "retriever snapshot written" in third.stdout
    assert snapshot.is_file() and Engine(settings).snapshot_is_current()

    # a snapshot that cannot be written is said to be missing, and indexing still succeeds
    snapshot.unlink()
    snapshot.mkdir()
    fourth = run(ASSISTANT, "index", "--corpus", str(corpus), "--index-dir", str(copy), "--quiet")
    assert fourth.returncode == 0, fourth.stderr
    assert "retriever snapshot was not written" in fourth.stderr and "snapshot written" not in fourth.stdout


def test_ask_json(indexed):
    corpus, index_dir, _, _ = indexed
    proc = run(ASSISTANT, "ask", "How many patients did MIROCALS randomise?", "--json",
               "--corpus", str(corpus), "--index-dir", str(index_dir))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {"text", "citations", "abstained"} <= set(data)
    assert data["abstained"] is False
    assert "220" in data["text"]
    assert data["citations"] and data["citations"][0]["n"] == 1
    for c in data["citations"]:
        text = (corpus / c["source"]).read_text(encoding="utf-8")
        assert text[c["start"]:c["end"]] == c["quote"]


def test_ask_plain_text_lists_sources(indexed):
    corpus, index_dir, _, _ = indexed
    proc = run(ASSISTANT, "ask", "What is the capital of Australia?",
               "--corpus", str(corpus), "--index-dir", str(index_dir))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    assert "[1]" not in proc.stdout  # abstention has no citations


def test_ask_says_when_the_reader_is_unsure(indexed):
    corpus, index_dir, _, _ = indexed
    args = (ASSISTANT, "ask", "How many patients did MIROCALS randomise?", "--corpus", str(corpus),
            "--index-dir", str(index_dir))
    unsure = run(*args, env={"ASSISTANT_READER_SURE_THRESHOLD": "0.999"})
    sure = run(*args, env={"ASSISTANT_READER_SURE_THRESHOLD": "0"})
    assert unsure.returncode == 0 and sure.returncode == 0, unsure.stderr + sure.stderr
    assert "[1]" in unsure.stdout and "(note: Low confidence" in unsure.stdout
    assert "Low confidence" not in sure.stdout
    def without_notes(out: str) -> list[str]:
        return [line for line in out.splitlines() if not line.startswith("(note:")]
    assert without_notes(sure.stdout) == without_notes(unsure.stdout)  # the same answer, marked


@pytest.mark.parametrize("question", ["", "   "])
def test_ask_empty_question_exits_2(question, tmp_path):
    proc = run(ASSISTANT, "ask", question, "--corpus", str(tmp_path), "--index-dir",
               str(tmp_path / "idx"), timeout=120)
    assert proc.returncode == 2
    assert "error:" in proc.stderr
    assert "empty" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_index_missing_corpus_is_an_error_not_a_traceback(tmp_path):
    proc = run(ASSISTANT, "index", "--corpus", str(tmp_path / "nope"), "--index-dir",
               str(tmp_path / "idx"), "--quiet", timeout=180)
    assert proc.returncode == 2
    assert "error:" in proc.stderr and "does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr


def _unshare_works() -> bool:
    unshare = shutil.which("unshare")
    if not unshare:
        return False
    try:
        return subprocess.run([unshare, "-n", "true"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.slow
def test_offline_index_and_ask(small_corpus, tmp_path):
    if not _unshare_works():
        pytest.skip("`unshare -n` (network namespace) is not permitted on this platform")
    # sanity: inside the namespace there is no network at all
    probe = run(sys.executable, "-c",
                "import socket; s=socket.socket(); s.settimeout(3); s.connect(('1.1.1.1', 80))",
                prefix=("unshare", "-n"), timeout=30)
    assert probe.returncode != 0
    index_dir = tmp_path / "offline_index"
    proc = run(sys.executable, "-m", "assistant.cli", "ask",
               "How many patients did MIROCALS randomise?", "--corpus", str(small_corpus),
               "--index-dir", str(index_dir), prefix=("unshare", "-n"), timeout=400)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "220" in proc.stdout
    assert "001_4180fd55b73b3fa4.txt" in proc.stdout
    assert "Traceback" not in proc.stderr
    assert any(index_dir.iterdir()), "the index was built inside the offline namespace"


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_ask_over_a_missing_or_empty_corpus_exits_2(folder, tmp_path):
    corpus = tmp_path / folder
    if folder == "empty":
        corpus.mkdir()
    proc = run(ASSISTANT, "ask", "What is the upfront payment?", "--corpus", str(corpus), "--index-dir",
               str(tmp_path / "idx"), timeout=180)
    assert proc.returncode == 2
    assert "error:" in proc.stderr and str(corpus) in proc.stderr
    assert "Traceback" not in proc.stderr
