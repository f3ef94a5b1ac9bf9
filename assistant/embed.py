"""Sentence embeddings with the packaged all-MiniLM-L6-v2, loaded once per process."""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np

_lock = threading.Lock()
_models: dict[tuple[str, int], "Embedder"] = {}


def release_freed_memory() -> None:
    """Give memory that is free back to the system (glibc only; elsewhere nothing happens).

    Why: each embedding batch allocates activations of a different shape, and glibc keeps the
    freed blocks. Indexing 5,000 sentences grew the process by 500 MB that way; trimming after
    each group of batches keeps it flat (measured in the README, "Memory while indexing")."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            import ctypes

            _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim = None

# An embedding batch holds at most batch-size × this many characters: long passages go in
# smaller batches, so a batch's activations (and the process's peak memory) stay bounded.
EMBED_BATCH_CHARS = 200


def batches_by_length(order: list[int], lengths: list[int], size: int, budget: int):
    """``order`` cut into runs of at most ``size`` items and ``budget`` characters (at least one)."""
    part, used = [], 0
    for i in order:
        if part and (len(part) == size or used + lengths[i] > budget):
            yield part
            part, used = [], 0
        part.append(i)
        used += lengths[i]
    if part:
        yield part


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


class QueryEncoder:
    """The same MiniLM (BERT, mean pooling, L2 norm) for one query at a time, in plain torch.

    Why: importing sentence-transformers costs ~5 s (it pulls in transformers, scikit-learn,
    scipy) before the first answer of a fresh process; this reads the same packaged weights
    (model.safetensors) and tokenizer (tokenizer.json) with torch, safetensors and tokenizers
    only. Indexing keeps using sentence-transformers; a test pins both to the same vectors."""

    def __init__(self, model_path: str, threads: int):
        import json
        import os

        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        torch.set_num_threads(threads)
        with open(os.path.join(model_path, "config.json")) as handle:
            config = json.load(handle)
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
            raise ValueError("QueryEncoder supports BERT models with GELU only")
        max_length = 256
        st_config = os.path.join(model_path, "sentence_bert_config.json")
        if os.path.exists(st_config):
            with open(st_config) as handle:
                max_length = int(json.load(handle).get("max_seq_length", max_length))
        self.tokenizer = Tokenizer.from_file(os.path.join(model_path, "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.no_padding()
        self.w = {k: v.float() for k, v in load_file(os.path.join(model_path, "model.safetensors")).items()}
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.torch = torch
        self._encode_lock = threading.Lock()
        self._query_cache = lru_cache(maxsize=512)(self._encode_one)

    def _encode_one(self, text: str) -> tuple[float, ...]:
        with self._encode_lock:
            return tuple(self._encode_text(text).tolist())

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Same interface as :meth:`Embedder.encode` (one text at a time: no padding to match)."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a list of texts; use encode_query() for one")
        if not texts:
            return np.zeros((0, self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        return np.stack([self.encode_query(text) for text in texts])

    def encode_query(self, text: str) -> np.ndarray:
        """Same interface as :meth:`Embedder.encode_query`."""
        return np.asarray(self._query_cache(text), dtype=np.float32)

    def _encode_text(self, text: str) -> np.ndarray:
        torch, w, F = self.torch, self.w, self.torch.nn.functional
        encoding = self.tokenizer.encode(text)
        ids = torch.tensor([encoding.ids])
        types = torch.tensor([encoding.type_ids])
        positions = torch.arange(ids.shape[1]).unsqueeze(0)

        def norm(x, name):
            return F.layer_norm(x, x.shape[-1:], w[name + ".weight"], w[name + ".bias"], self.eps)

        def linear(x, name):
            return F.linear(x, w[name + ".weight"], w[name + ".bias"])

        with torch.inference_mode():
            e = "embeddings."
            x = (w[e + "word_embeddings.weight"][ids] + w[e + "position_embeddings.weight"][positions]
                 + w[e + "token_type_embeddings.weight"][types])
            x = norm(x, e + "LayerNorm")
            batch, length, width = x.shape
            head = width // self.heads
            for i in range(self.layers):
                p = f"encoder.layer.{i}."

                def split(t):
                    return t.view(batch, length, self.heads, head).transpose(1, 2)

                q = split(linear(x, p + "attention.self.query"))
                k = split(linear(x, p + "attention.self.key"))
                v = split(linear(x, p + "attention.self.value"))
                attended = F.scaled_dot_product_attention(q, k, v)
                attended = attended.transpose(1, 2).reshape(batch, length, width)
                x = norm(linear(attended, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
                hidden = F.gelu(linear(x, p + "intermediate.dense"))
                x = norm(linear(hidden, p + "output.dense") + x, p + "output.LayerNorm")
            pooled = F.normalize(x.mean(dim=1), dim=1)  # one text, no padding: a plain mean
        return pooled[0].numpy().astype(np.float32)


_query_encoders: dict[tuple[str, int], QueryEncoder] = {}


def get_query_encoder(model_path: str, threads: int):
    """A light encoder for queries when the model allows it (BERT); else the full embedder."""
    key = (model_path, threads)
    with _lock:
        if key not in _query_encoders:
            try:
                _query_encoders[key] = QueryEncoder(model_path, threads)
            except (ValueError, OSError, KeyError):
                _query_encoders[key] = None  # type: ignore[assignment]
        encoder = _query_encoders[key]
    return encoder if encoder is not None else get_embedder(model_path, threads)


def get_embedder(model_path: str, threads: int) -> Embedder:
    key = (model_path, threads)
    with _lock:
        if key not in _models:
            _models[key] = Embedder(model_path, threads)
        return _models[key]
