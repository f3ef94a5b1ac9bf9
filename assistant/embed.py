"""Sentence embeddings with the packaged all-MiniLM-L6-v2, loaded once per process."""

from __future__ import annotations

import contextlib
import threading
from functools import lru_cache

import numpy as np

_lock = threading.Lock()
_embedders: dict[tuple[str, int, str, bool, bool], "BertEmbedder | Embedder"] = {}


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

# glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
HEAP_BLOCK_LIMIT = 128 * 1024


def bound_heap_growth() -> bool:
    """For an indexing process: blocks over 128 KB get their own mapping, returned to the
    system when freed (glibc only; elsewhere nothing happens). Returns whether it applied.

    Why: glibc raises its mapping threshold to the largest block freed so far (up to 32 MB), so
    the embedder's activations and the file and Chroma buffers of a long run were carved out of
    the heap, and the holes between live blocks could not be given back. Measured in the README
    (fourteenth session): a lower peak while indexing; answers do not use it (a mapping per
    large block costs page faults, and answers reuse the same shapes)."""
    try:
        import ctypes

        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, HEAP_BLOCK_LIMIT)) and bool(mallopt(_M_TRIM_THRESHOLD, HEAP_BLOCK_LIMIT))

# oneDNN, torch's CPU kernels for bfloat16, keeps a compiled kernel per input shape, up to 1,024
# of them; a long indexing run meets hundreds of shapes (batch size × padded length), and the
# cache grew an embedding-only process from 281 to 886 MB. 32 kept it at 460 MB, about 5% slower
# (measured in the README, fifteenth session).
KERNEL_CACHE_CAPACITY = 32


def bound_kernel_cache(capacity: int = KERNEL_CACHE_CAPACITY) -> None:
    """Cap oneDNN's kernel cache for this process, unless ``ONEDNN_PRIMITIVE_CACHE_CAPACITY``
    is already set (an operator's choice wins). oneDNN reads it when it first runs a kernel:
    call this before any model runs."""
    import os

    os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", str(capacity))


def bound_indexing_memory() -> None:
    """For a process that only indexes: freed blocks go back to the system and the kernel
    cache stays small. Answering processes do not use it: a mapping per block costs page
    faults, and the cap's effect on their latency was not measured. ``assistant index`` embeds
    in a child process (:class:`EmbeddingProcess`), which inherits the kernel cap but not the
    heap bound: the page faults of a mapping per activation halved the embedding speed."""
    bound_heap_growth()
    bound_kernel_cache()


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


def encode_by_length(embedder, texts: list[str], size: int, budget: int, before_each=None,
                     workers: int = 1) -> np.ndarray:
    """``embedder.encode`` of ``texts``, shortest together (less padding), in batches of at most
    ``size`` texts and ``budget`` characters; ``before_each()`` is called before each batch.
    ``workers`` > 1: that many batches at once, each in its own thread (for an embedder made
    with one torch thread and ``concurrent=True``, see :class:`BertEmbedder`)."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
    parts = batches_by_length(order, [len(text) for text in texts], size, budget)
    if workers > 1 and getattr(embedder, "concurrent", False):
        from concurrent.futures import ThreadPoolExecutor

        def embed(part):
            vectors[part] = embedder.encode([texts[i] for i in part], len(part))

        with ThreadPoolExecutor(workers, thread_name_prefix="embed") as pool:
            for _ in pool.map(embed, parts):  # in order; a worker's error is raised here
                pass
        return vectors
    for part in parts:
        if before_each is not None:
            before_each()
        vectors[part] = embedder.encode([texts[i] for i in part], len(part))
    return vectors


class Embedder:
    """Wraps a sentence-transformers model: normalised float32 vectors, CPU, fixed threads.
    Used for embedding models :class:`BertEmbedder` cannot run (it runs the packaged one).

    ``dtype``: what the network computes in ("float32" or "bfloat16", see
    ``Settings.precision``); the vectors are float32 either way."""

    def __init__(self, model_path: str, threads: int, dtype: str = "float32"):
        import torch  # heavy: imported only when embeddings are needed

        torch.set_num_threads(threads)
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()

        self.model_path = model_path
        self._model = SentenceTransformer(model_path, device="cpu", local_files_only=True)
        self.dtype = dtype
        if dtype != "float32":
            self._model.to(getattr(torch, dtype))
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
        vectors = vectors.astype(np.float32)
        if self.dtype != "float32":  # normalised in bfloat16: norms off by up to 0.5%
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return vectors

    def _encode_one(self, text: str) -> tuple[float, ...]:
        return tuple(self.encode([text])[0].tolist())

    def encode_query(self, text: str) -> np.ndarray:
        return np.asarray(self._query_cache(text), dtype=np.float32)


class BertEmbedder:
    """The same MiniLM (BERT, mean pooling, L2 norm) in plain torch, for indexing and queries.

    Why: importing sentence-transformers costs ~5 s and ~150 MB (it pulls in transformers,
    scikit-learn, scipy); this reads the same packaged weights (model.safetensors) and tokenizer
    (tokenizer.json) with torch, safetensors and tokenizers only, through the reader's BERT
    (:mod:`assistant.readers.bert`). A test pins its vectors to sentence-transformers'.
    Batches are padded to a multiple of 8 tokens: fewer distinct shapes, so bfloat16's
    per-shape kernels (oneDNN) do not pile up in memory while a large folder is indexed.
    ``dtype`` as for :class:`Embedder`. Models other than BERT with mean pooling raise
    ValueError (:func:`get_embedder` then uses sentence-transformers)."""

    PAD_TO_MULTIPLE = 8

    def __init__(self, model_path: str, threads: int, dtype: str = "float32", trace: bool = False,
                 concurrent: bool = False):
        import json
        import os

        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        from .readers.bert import Bert, MeanPooled, traced

        torch.set_num_threads(threads)
        with open(os.path.join(model_path, "config.json")) as handle:
            config = json.load(handle)
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
            raise ValueError("BertEmbedder supports BERT models with GELU only")
        pooling = os.path.join(model_path, "1_Pooling", "config.json")
        if os.path.exists(pooling):
            with open(pooling) as handle:
                modes = {k: v for k, v in json.load(handle).items() if k.startswith("pooling_mode")}
            if not modes.get("pooling_mode_mean_tokens") or sum(bool(v) for v in modes.values()) != 1:
                raise ValueError("BertEmbedder supports mean pooling only")
        max_length = 256
        st_config = os.path.join(model_path, "sentence_bert_config.json")
        if os.path.exists(st_config):
            with open(st_config) as handle:
                max_length = int(json.load(handle).get("max_seq_length", max_length))
        self.tokenizer = Tokenizer.from_file(os.path.join(model_path, "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.enable_padding(pad_to_multiple_of=self.PAD_TO_MULTIPLE)
        weights = load_file(os.path.join(model_path, "model.safetensors"))
        model = Bert(config)
        model.load_state_dict({k: v for k, v in weights.items()
                               if not k.startswith("pooler.") and "position_ids" not in k})
        model.eval()
        self.dtype = dtype
        model = MeanPooled(model.to(getattr(torch, dtype))).eval()
        # ``trace``: one traced call a batch (see assistant.readers.bert.traced), so a question
        # embedded while other threads of a server run Python does not wait for the GIL at
        # every operation.
        self.model = traced(model) if trace else model
        self.dimension = int(config["hidden_size"])
        self.torch = torch
        # ``concurrent``: several threads may encode at once (the indexing child's workers, each
        # a batch on one torch thread); otherwise one batch at a time, on ``threads`` threads.
        self.concurrent = concurrent
        self._encode_lock = contextlib.nullcontext() if concurrent else threading.Lock()
        self._query_cache = lru_cache(maxsize=512)(self._encode_one)

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Normalised float32 vectors, one row per text (same interface as :class:`Embedder`)."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a list of texts; use encode_query() for one")
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        torch = self.torch
        out = []
        with self._encode_lock, torch.inference_mode():
            for k in range(0, len(texts), batch_size):
                encodings = self.tokenizer.encode_batch(list(texts[k:k + batch_size]))
                ids = torch.tensor([e.ids for e in encodings])
                mask = torch.tensor([e.attention_mask for e in encodings])
                types = torch.tensor([e.type_ids for e in encodings])
                out.append(self.model(ids, mask, types).numpy())
        return np.concatenate(out).astype(np.float32, copy=False)

    def _encode_one(self, text: str) -> tuple[float, ...]:
        return tuple(self.encode([text])[0].tolist())

    def encode_query(self, text: str) -> np.ndarray:
        """Same interface as :meth:`Embedder.encode_query`."""
        return np.asarray(self._query_cache(text), dtype=np.float32)


def get_embedder(model_path: str, threads: int, dtype: str = "float32", trace: bool = False,
                 concurrent: bool = False):
    """The plain-torch :class:`BertEmbedder` when the model allows it (BERT, mean pooling),
    else sentence-transformers (:class:`Embedder`); one per model, threads and dtype. It
    encodes passages (``encode``) and questions (``encode_query``, cached)."""
    key = (model_path, threads, dtype, trace, concurrent)
    with _lock:
        if key not in _embedders:
            try:
                _embedders[key] = BertEmbedder(model_path, threads, dtype, trace, concurrent)
            except (ValueError, OSError, KeyError, RuntimeError):
                _embedders[key] = Embedder(model_path, threads, dtype)
        return _embedders[key]


class EmbeddingProcess:
    """The embedder in a child process at the lowest CPU priority: ``encode`` as
    :meth:`BertEmbedder.encode`, the vectors computed there.

    Why: a server that indexes an upload beside its answers should give the indexing only the
    CPU the answers leave. A thread cannot get that: torch's worker threads are shared by the
    whole process, so a lower priority for the indexing thread did not reach them (measured in
    the README, eighth session), and indexing's Python holds the GIL the answers need. A child
    process at ``nice`` 19 has its own threads and its own GIL, and the kernel runs it when the
    answers do not need the cores. Start-up costs about 2 s and the child's memory (torch and the
    model, about 300 MB) until :meth:`close`."""

    def __init__(self, model_path: str, threads: int, dtype: str = "float32", nice: int = 19):
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_embedding_process_main, name="assistant-embedder",
                                        args=(child, model_path, threads, dtype, nice), daemon=True)
        self._process.start()
        child.close()
        try:  # the child says when its model is loaded (or why it could not load it)
            ok, value = self._conn.recv()
        except (EOFError, OSError) as err:
            self._process.join(5)
            raise RuntimeError(f"the embedding process did not start ({err or 'no reply'})") from err
        if not ok:
            self.close()
            raise RuntimeError(f"the embedding process could not load the model: {value}")
        self.dimension = int(value)

    def _call(self, request):
        try:
            self._conn.send(request)
            ok, value = self._conn.recv()
        except (EOFError, OSError) as err:
            raise RuntimeError(f"the embedding process stopped ({err or 'no reply'})") from err
        if not ok:
            raise RuntimeError(f"the embedding process failed: {value}")
        return value

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("encode() takes a list of texts")
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._call((list(texts), batch_size))

    def encode_by_length(self, texts: list[str], size: int, budget: int) -> np.ndarray:
        """:func:`encode_by_length` computed in the child in one request: the caller's thread
        waits for the vectors without Python's GIL, so this process can write the previous
        batch to Chroma meanwhile."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._call(("by_length", list(texts), size, budget))

    def close(self) -> None:
        try:
            self._conn.send("stop")
        except OSError:
            pass
        self._process.join(10)
        if self._process.is_alive():  # at nice 19 on a busy machine it may not get the CPU to stop
            self._process.kill()
            self._process.join(5)
        self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _embedding_process_main(conn, model_path: str, threads: int, dtype: str, nice: int) -> None:
    import os

    # This process only embeds: few compiled kernels. Its heap is left to glibc's default: it
    # holds only the embedder's activations, reused batch after batch, and bounding it (a
    # mapping, and page faults, for every activation) halved the embedding speed (README,
    # twenty-second session).
    bound_kernel_cache()

    try:
        os.nice(nice)
    except OSError:
        pass
    # ``threads`` workers, each embedding its own batch on one torch thread, rather than one
    # batch at a time on ``threads`` torch threads: 15-20% more sentences a second on two cores,
    # and no worse when the indexing process takes a core meanwhile (one batch split across two
    # threads waits for the slower; README, twenty-third session). Traced: the workers' Python
    # between operations does not hold each other up.
    workers = max(1, threads)
    try:
        embedder = get_embedder(model_path, 1, dtype, trace=workers > 1, concurrent=workers > 1) \
            if workers > 1 else get_embedder(model_path, threads, dtype)
        conn.send((True, embedder.dimension))
    except Exception as err:  # noqa: BLE001 - reported to the parent
        conn.send((False, f"{type(err).__name__}: {err}"))
        return
    since_trim = 0
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request == "stop":
            return
        try:
            if request[0] == "by_length":
                _, texts, size, budget = request
                conn.send((True, encode_by_length(embedder, texts, size, budget, workers=workers)))
            else:  # one batch: shared among the workers
                texts, batch_size = request
                share = -(-min(len(texts), batch_size) // workers)
                conn.send((True, encode_by_length(embedder, texts, share, share * EMBED_BATCH_CHARS, workers=workers)))
            since_trim += len(texts)
        except Exception as err:  # noqa: BLE001 - reported to the parent
            conn.send((False, f"{type(err).__name__}: {err}"))
        if since_trim >= 256:
            since_trim = 0
            release_freed_memory()
