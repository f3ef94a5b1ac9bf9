"""The plain-torch embedder (indexing and queries) must produce sentence-transformers' vectors."""

import numpy as np
import pytest

from assistant.config import load_settings
from assistant.embed import BertEmbedder, Embedder, get_embedder


def test_plain_torch_embedder_matches_sentence_transformers():
    settings = load_settings()
    light = BertEmbedder(settings.embed_model_path, settings.threads)
    full = Embedder(settings.embed_model_path, settings.threads)
    texts = ["How many patients did MIROCALS randomise?", "x", "Überprüfung: 8 Mio. € (NCT03039673)",
             "What is the upfront payment in the Servier–ILTOO deal? " * 40]  # longer than 256 tokens
    expected = full.encode(texts)
    for text, want in zip(texts, expected):
        got = light.encode_query(text)
        assert got.shape == want.shape
        assert float(np.abs(got - want).max()) < 1e-5, text
        assert abs(float(np.linalg.norm(got)) - 1.0) < 1e-5
    batch = light.encode(texts)  # same interface as the full embedder; padded batches
    assert batch.shape == expected.shape and float(np.abs(batch - expected).max()) < 1e-5
    assert float(np.abs(light.encode(texts, batch_size=1) - batch).max()) < 1e-5


def test_plain_torch_embedder_refuses_models_it_cannot_run(tmp_path):
    """get_embedder() falls back to sentence-transformers on exactly this error."""
    import json

    import pytest

    (tmp_path / "config.json").write_text('{"model_type": "t5"}')
    with pytest.raises(ValueError):
        BertEmbedder(str(tmp_path), 1)
    (tmp_path / "config.json").write_text('{"model_type": "bert", "hidden_act": "gelu"}')
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(
        {"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False}))
    with pytest.raises(ValueError, match="mean pooling"):
        BertEmbedder(str(tmp_path), 1)


def test_engine_uses_the_plain_torch_embedder_for_the_packaged_model():
    settings = load_settings()
    embedder = get_embedder(settings.embed_model_path, settings.threads)
    assert isinstance(embedder, BertEmbedder)


def test_indexing_batches_are_cut_by_count_and_by_characters():
    """Long passages go in smaller batches (bounded activations and peak memory), every text
    exactly once and in the given order; a text longer than the budget still gets a batch."""
    from assistant.embed import batches_by_length as _batches

    lengths = [10] * 5 + [100] * 3 + [500]
    order = list(range(len(lengths)))
    batches = list(_batches(order, lengths, size=4, budget=250))
    assert [i for part in batches for i in part] == order
    assert all(len(part) <= 4 for part in batches)
    assert all(sum(lengths[i] for i in part) <= 250 for part in batches if len(part) > 1)
    assert batches == [[0, 1, 2, 3], [4, 5, 6], [7], [8]]
    assert list(_batches([], [], size=4, budget=250)) == []


def test_precision_setting_resolves_and_rejects_unknown_formats(monkeypatch):
    import pytest

    from assistant.config import cpu_has_native_bfloat16

    assert load_settings(precision="float32").dtype == "float32"
    assert load_settings(precision="BFloat16").dtype == "bfloat16"
    assert load_settings(precision="auto").dtype == ("bfloat16" if cpu_has_native_bfloat16() else "float32")
    monkeypatch.setenv("ASSISTANT_PRECISION", "float32")
    assert load_settings().dtype == "float32"
    with pytest.raises(ValueError, match="precision must be one of"):
        load_settings(precision="int4")


def test_bfloat16_vectors_stay_within_cosine_0999_of_float32():
    """Indexing and queries in bfloat16 (the default where the CPU has it) must give the
    vectors float32 gives, to retrieval's precision: the plain-torch embedder and the
    sentence-transformers fallback alike."""
    import torch

    settings = load_settings()
    texts = ["How many patients did the trial randomise?", "x", "Überprüfung: 8 Mio. € (NCT03039673)",
             "The bridge was opened to traffic on 19 March 1932, after eleven years of work. " * 6]
    reference = Embedder(settings.embed_model_path, settings.threads, "float32").encode(texts)
    light = get_embedder(settings.embed_model_path, settings.threads, "bfloat16")
    fallback = Embedder(settings.embed_model_path, settings.threads, "bfloat16")
    assert next(light.model.parameters()).dtype == torch.bfloat16
    assert next(fallback._model.parameters()).dtype == torch.bfloat16
    for vectors in (light.encode(texts), fallback.encode(texts),
                    np.stack([light.encode_query(text) for text in texts])):
        assert vectors.dtype == np.float32 and vectors.shape == reference.shape
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
        cosines = (vectors * reference).sum(axis=1)
        assert float(cosines.min()) > 0.999, cosines


def test_embedding_the_packaged_model_does_not_import_sentence_transformers():
    """Indexing and questions skip its import (seconds and about 150 MB in a fresh process)."""
    import subprocess
    import sys

    code = ("import sys; from assistant.config import load_settings; from assistant.embed import get_embedder; "
            "s = load_settings(); e = get_embedder(s.embed_model_path, s.threads, s.dtype); "
            "e.encode(['one passage', 'another']); e.encode_query('a question?'); "
            "print(sorted(m for m in ('sentence_transformers', 'transformers') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_traced_embedder_gives_the_same_vectors_and_serve_turns_tracing_on(monkeypatch):
    """The server embeds questions with a TorchScript trace of the embedder: same vectors."""
    import argparse

    import assistant.pipeline as pipeline
    from assistant import ui

    settings = load_settings()
    eager = BertEmbedder(settings.embed_model_path, settings.threads, settings.dtype)
    traced = BertEmbedder(settings.embed_model_path, settings.threads, settings.dtype, trace=True)
    assert type(traced.model).__name__ != type(eager.model).__name__
    texts = ["When was the bridge opened?", "A longer sentence about the alpha trial and its 120 patients.",
             "Short."]
    assert np.array_equal(traced.encode(texts), eager.encode(texts))
    assert np.array_equal(traced.encode(texts[:1]), eager.encode(texts[:1]))
    # `assistant serve` asks for traced models (checked without starting a server)
    seen: dict = {}

    def engine_options(**options):
        seen.update(options)
        raise SystemExit(0)

    monkeypatch.setattr(pipeline, "get_engine", engine_options)
    with pytest.raises(SystemExit):
        ui.serve(argparse.Namespace(host="127.0.0.1", port=1, auth=None, auth_file=None))
    assert seen.get("trace_models") is True and seen.get("background_index") is True


def test_concurrent_workers_give_each_text_its_own_vector():
    """The indexing child embeds several batches at once, one per worker thread (one torch
    thread each): every row must still be its own text's, in the caller's order, whichever
    worker embedded it and whatever batch it shared."""
    from assistant.embed import encode_by_length

    settings = load_settings(precision="float32")
    serial = get_embedder(settings.embed_model_path, 1, "float32")
    concurrent = get_embedder(settings.embed_model_path, 1, "float32", concurrent=True)
    assert concurrent.concurrent and not serial.concurrent
    texts = [f"Finding {k}: cohort {k} enrolled {10 * k + 3} patients" + " in the long arm" * (k % 7)
             for k in range(40)]
    alone = np.stack([serial.encode([text])[0] for text in texts])
    together = encode_by_length(concurrent, texts, size=3, budget=3 * 200, workers=2)
    assert together.shape == alone.shape
    assert float(np.abs(together - alone).max()) < 1e-4  # float32: padding changes only rounding
    # and a worker's error reaches the caller
    class Failing:
        concurrent, dimension = True, 4

        def encode(self, batch, size):
            raise RuntimeError("model file unreadable")

    with pytest.raises(RuntimeError, match="unreadable"):
        encode_by_length(Failing(), ["a", "b", "c"], size=1, budget=200, workers=2)
