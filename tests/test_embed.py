"""The light query encoder must produce the same vectors as sentence-transformers (used to index)."""

import numpy as np

from assistant.config import load_settings
from assistant.embed import QueryEncoder, get_embedder, get_query_encoder


def test_query_encoder_matches_sentence_transformers():
    settings = load_settings()
    light = QueryEncoder(settings.embed_model_path, settings.threads)
    full = get_embedder(settings.embed_model_path, settings.threads)
    texts = ["How many patients did MIROCALS randomise?", "x", "Überprüfung: 8 Mio. € (NCT03039673)",
             "What is the upfront payment in the Servier–ILTOO deal? " * 40]  # longer than 256 tokens
    expected = full.encode(texts)
    for text, want in zip(texts, expected):
        got = light.encode_query(text)
        assert got.shape == want.shape
        assert float(np.abs(got - want).max()) < 1e-5, text
        assert abs(float(np.linalg.norm(got)) - 1.0) < 1e-5
    batch = light.encode(texts)  # same interface as the full embedder
    assert batch.shape == expected.shape and float(np.abs(batch - expected).max()) < 1e-5


def test_query_encoder_refuses_models_it_cannot_run(tmp_path):
    """get_query_encoder() falls back to sentence-transformers on exactly this error."""
    import pytest

    (tmp_path / "config.json").write_text('{"model_type": "t5"}')
    with pytest.raises(ValueError):
        QueryEncoder(str(tmp_path), 1)


def test_engine_uses_the_light_encoder_for_the_packaged_model():
    settings = load_settings()
    assert isinstance(get_query_encoder(settings.embed_model_path, settings.threads), QueryEncoder)
