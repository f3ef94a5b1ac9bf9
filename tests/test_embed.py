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
