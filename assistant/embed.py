"""Sentence embeddings with the packaged all-MiniLM-L6-v2, loaded once per process."""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np

_lock = threading.Lock()
_models: dict[tuple[str, int], "Embedder"] = {}


class Embedder:
    """Wraps a sentence-transformers model: normalised float32 vectors, CPU, fixed threads."""

    def __init__(self, model_path: str, threads: int):
        import torch  # heavy: imported only when embeddings are needed

        torch.set_num_threads(threads)
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()

        self.model_path = model_path
        self._model = SentenceTransformer(model_path, device="cpu", local_files_only=True)
        self._encode_lock = threading.Lock()
        dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dimension = int(dimension())
        self._query_cache = lru_cache(maxsize=512)(self._encode_one)

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._encode_lock:  # torch inference is not re-entrant friendly across threads
            vectors = self._model.encode(
                texts, batch_size=batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
        return vectors.astype(np.float32)

    def _encode_one(self, text: str) -> tuple[float, ...]:
        return tuple(self.encode([text])[0].tolist())

    def encode_query(self, text: str) -> np.ndarray:
        return np.asarray(self._query_cache(text), dtype=np.float32)


def get_embedder(model_path: str, threads: int) -> Embedder:
    key = (model_path, threads)
    with _lock:
        if key not in _models:
            _models[key] = Embedder(model_path, threads)
        return _models[key]
