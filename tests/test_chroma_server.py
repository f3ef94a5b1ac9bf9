"""Chroma server mode: answer() against a real `chroma run` server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import stop_process

from conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMA = shutil.which("chroma", path=str(Path(sys.executable).parent))


@pytest.fixture
def chroma_server(tmp_path):
    if not CHROMA:
        pytest.skip("the `chroma` CLI is not installed next to this Python")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    port = free_port()
    log = open(tmp_path / "chroma.log", "w")
    env = dict(os.environ, ANONYMIZED_TELEMETRY="False")
    proc = subprocess.Popen([CHROMA, "run", "--path", str(tmp_path / "chroma_data"),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 60
        client = None
        while True:
            assert proc.poll() is None, (tmp_path / "chroma.log").read_text()[-2000:]
            try:
                client = chromadb.HttpClient(host="127.0.0.1", port=port,
                                             settings=ChromaSettings(anonymized_telemetry=False))
                client.heartbeat()
                break
            except Exception:  # noqa: BLE001 - not up yet
                if time.monotonic() > deadline:
                    pytest.fail("chroma server did not answer its heartbeat within 60 s")
                time.sleep(0.5)
        yield port, client
    finally:
        stop_process(proc, timeout=20)
        log.close()


@pytest.mark.slow
def test_answer_through_chroma_server(chroma_server, tmp_path):
    from assistant import answer
    from assistant.config import load_settings

    port, client = chroma_server
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_8af6616ffce0cea9.txt", "001_4180fd55b73b3fa4.txt"):
        shutil.copy(SEEDS / name, corpus / name)
    local_index = tmp_path / "unused_local_index"
    options = dict(corpus=corpus, index_dir=local_index, chroma_host="127.0.0.1",
                   chroma_port=port)
    result = answer("What milestones can ILTOO receive from Servier?", **options)
    assert not result.abstained
    assert "200 million euros" in result.text
    assert result.citations
    text = (corpus / "000_8af6616ffce0cea9.txt").read_text(encoding="utf-8")
    hits = [c for c in result.citations if c.source == "000_8af6616ffce0cea9.txt"]
    assert hits and all(text[c.start:c.end] == c.quote for c in hits)

    prefix = load_settings(**options).collection_name
    names = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    assert {f"{prefix}-docs", f"{prefix}-units", f"{prefix}-chunks"} <= names
    docs = client.get_collection(f"{prefix}-docs").get(include=["metadatas"])
    assert sorted(m["source"] for m in docs["metadatas"]) == sorted(os.listdir(corpus))
    assert all(m["status"] == "complete" for m in docs["metadatas"])
    assert client.get_collection(f"{prefix}-units").count() > 0
    # nothing was written to a local index in server mode
    assert not local_index.exists() or not any(local_index.iterdir())
