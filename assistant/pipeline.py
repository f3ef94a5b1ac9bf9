"""The path one question travels: resolve follow-ups → retrieve → answer → (verify) → Answer.

One :class:`Engine` per index (corpus + store settings), created once per process and reused.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

from .config import MAX_QUESTION_CHARS, Settings, load_settings
from .types import Answer


def validate_question(question: Any) -> str:
    if not isinstance(question, str):
        raise TypeError(f"question must be a string, not {type(question).__name__}")
    stripped = question.strip()
    if not stripped:
        raise ValueError("question is empty: ask something about the documents")
    if len(stripped) > MAX_QUESTION_CHARS:
        raise ValueError(f"question is too long ({len(stripped):,} characters; the limit is "
                         f"{MAX_QUESTION_CHARS:,}): ask about one thing at a time")
    return stripped


class CorpusError(ValueError):
    """The corpus folder is missing or holds no document: nothing can be answered from it."""


class Engine:
    STALE_CHECK_SECONDS = 5.0

    def __init__(self, settings: Settings):
        from .store import open_store

        self.settings = settings
        self.store = open_store(settings)
        self._retriever = None
        self._reader = None
        # Answers only take ``_lock`` to read the current retriever; indexing runs under
        # ``_sync_lock`` (one run at a time) and swaps the new retriever in when it is done,
        # so questions keep being answered from the current index meanwhile.
        self._lock = threading.RLock()
        self._sync_lock = threading.Lock()
        self._checked_at = 0.0
        self._failed: dict[str, tuple[int, int]] = {}
        self._progress = None  # the IndexProgress of the indexing run under way, if any
        self._background: threading.Thread | None = None
        self._generation: frozenset | None = None  # the index content the retriever was built from

    # -- index --------------------------------------------------------------------------------

    def embedder(self):
        from .embed import get_embedder

        return get_embedder(self.settings.embed_model_path, self.settings.threads)

    def query_encoder(self):
        """Encodes questions: the same vectors as :meth:`embedder`, without its import cost."""
        from .embed import get_query_encoder

        return get_query_encoder(self.settings.embed_model_path, self.settings.threads)

    def _embed_batch(self) -> Callable:
        embedder = self.embedder()
        return lambda texts: embedder.encode(texts, self.settings.embed_batch_size)

    def sync(self, paths: list[Path] | None = None, log=None, show_progress: bool = False):
        """Index what changed in the corpus (or only ``paths``). Answers are not held up: they
        come from the current index until the new one is swapped in at the end."""
        with self._sync_lock:
            from .store import IndexProgress

            self._progress = IndexProgress()

            def track(progress) -> None:
                self._progress = progress

            try:
                report = self.store.sync(self.settings.corpus, self._embed_batch, paths=paths, log=log,
                                         show_progress=show_progress, on_progress=track)
            finally:
                self._progress = None
            # Files that failed to load stay as they were in the index (nothing is lost); remember
            # their state so the staleness check does not retry them until they change again.
            failed = {}
            for source in report.failed:
                try:
                    stat = (Path(self.settings.corpus) / source).stat()
                    failed[source] = (stat.st_size, stat.st_mtime_ns)
                except OSError:
                    pass
            fresh = None
            if report.changed and self._retriever is not None:
                fresh = self._build_retriever()  # built before the swap
            with self._lock:
                self._failed = failed
                if report.changed or self._retriever is None:
                    self._retriever, self._generation = fresh if fresh else (None, None)
                self._checked_at = time.monotonic()
            return report

    def _build_retriever(self):
        """A retriever over the index as it is now, and the index generation it was built from."""
        from .retrieve import Retriever

        generation = self.generation()
        return Retriever(self.store, self.store.load_documents()), generation

    def generation(self, records: dict | None = None) -> frozenset:
        """What identifies the index's content: each document's hash and when it was written.
        Another process indexing the same store (``assistant index`` beside ``assistant serve``)
        changes it, and the server then swaps in a new retriever within seconds."""
        return frozenset((source, meta.get("sha256"), meta.get("status"), meta.get("indexed_at"))
                         for source, meta in (records or self.store.doc_records()).items())

    def _refresh(self) -> None:
        """Swap in a retriever over what another process wrote."""
        with self._sync_lock:
            fresh = self._build_retriever()
        with self._lock:
            self._retriever, self._generation = fresh

    def _in_background(self, work: Callable[[], Any], what: str) -> bool:
        """Run ``work`` in a background thread unless one is running; answers go on meanwhile."""
        with self._lock:
            if self._background is not None and self._background.is_alive():
                return False

            def run() -> None:
                try:
                    work()
                except Exception as err:  # noqa: BLE001 - logged; answers go on from the current index
                    print(f"{what} failed: {err}", file=sys.stderr, flush=True)

            self._background = threading.Thread(target=run, name=f"assistant-{what}", daemon=True)
            self._background.start()
            return True

    def sync_in_background(self, log=None) -> bool:
        """Start indexing what changed in a background thread (unless a run is under way)."""
        return self._in_background(lambda: self.sync(log=log), "indexing")

    def indexing_progress(self):
        """The :class:`~assistant.store.IndexProgress` of the run under way, or None."""
        return self._progress

    def indexing_notice(self) -> str:
        """A line for answers given while an indexing run is under way, else ""."""
        progress = self._progress
        if progress is None:
            return ""
        return (f"Indexing is under way ({progress.documents_done} of {progress.documents} document(s) "
                "done): this answer comes from the documents indexed before it started.")

    def is_stale(self, records: dict | None = None) -> bool:
        """Cheap check (sizes and modification times) that the index matches the corpus."""
        from .documents import iter_corpus
        from .store import SCHEMA_VERSION

        records = self.store.doc_records() if records is None else records
        files = dict(iter_corpus(Path(self.settings.corpus)))
        if set(records) - set(files):
            return True  # a document was deleted
        for source, path in files.items():
            try:
                stat = path.stat()
            except OSError:
                continue
            if self._failed.get(source) == (stat.st_size, stat.st_mtime_ns):
                continue  # known unreadable, unchanged since: nothing to redo
            record = records.get(source)
            if record is None:
                return True
            if record.get("status") != "complete" or record.get("schema") != SCHEMA_VERSION or \
                    record.get("size") != stat.st_size or \
                    record.get("mtime_ns") != str(stat.st_mtime_ns):
                return True
        return False

    def retriever(self):
        with self._lock:
            now = time.monotonic()
            current = self._retriever
            check = self.settings.auto_index and (
                current is None or now - self._checked_at > self.STALE_CHECK_SECONDS)
            if check:
                self._checked_at = now
        if check and current is None:
            # The first index of this process: complete it (or wait for the run building it)
            # before answering, never from a half-built index.
            if self._sync_lock.locked() or self.is_stale():
                self.sync()
        elif check and not self._sync_lock.locked():
            records = self.store.doc_records()
            if self.is_stale(records):
                if self.settings.background_index:
                    self.sync_in_background()  # answer from the current index meanwhile
                else:
                    self.sync()
            elif self.generation(records) != self._generation:  # another process indexed meanwhile
                if self.settings.background_index:
                    self._in_background(self._refresh, "reload")
                else:
                    with self._lock:
                        self._retriever = None
        with self._lock:
            if self._retriever is None:
                self._retriever, self._generation = self._build_retriever()
            if not self._retriever.documents:
                self._check_corpus()
            return self._retriever

    def _check_corpus(self) -> None:
        """An empty index over a missing or empty folder is an error, not "the documents don't
        say": the question was never asked of any document."""
        from .config import SUPPORTED_SUFFIXES
        from .documents import iter_corpus

        corpus = Path(self.settings.corpus)
        if not corpus.exists():
            raise CorpusError(f"corpus folder {corpus} does not exist")
        if next(iter_corpus(corpus), None) is None:
            raise CorpusError(f"corpus folder {corpus} holds no documents to answer from "
                              f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")

    # -- answering ----------------------------------------------------------------------------

    def _extractive(self, standalone: str, retriever, embedding) -> Answer:
        """The extractive answer: the learned reader, or the rule-based answerer."""
        return extractive_answer(standalone, retriever, embedding, self.settings,
                                 self.reader() if self.settings.answerer == "reader" else None)

    def reader(self):
        """The answer reader named by the settings, created once per engine."""
        if self._reader is None:
            from .readers import make_reader

            self._reader = make_reader(self.settings)
        return self._reader

    def subject_terms(self, text: str) -> list[str]:
        if self.settings.answerer == "rules":
            from .extractive import analyse

            return analyse(text, self.retriever()).entity_terms
        from .conversation import subject_terms

        return subject_terms(text, self.retriever().corpus_terms)

    def _prepare(self, question: str, history):
        """Validate, resolve the follow-up, embed: what both answering paths start with."""
        from .conversation import resolve, validate_history

        marks = [time.perf_counter()]
        question = validate_question(question)
        history = validate_history(history)
        retriever = self.retriever()
        standalone = resolve(question, history, self.subject_terms) if history else question
        marks.append(time.perf_counter())
        embedding = self.query_encoder().encode_query(standalone) if retriever.units else None
        marks.append(time.perf_counter())
        return question, history, retriever, standalone, embedding, marks

    def _finish(self, result: Answer, question: str, standalone: str, marks: list[float]) -> Answer:
        started, resolved, embedded = marks
        finished = time.perf_counter()
        result.question = question
        result.standalone_question = standalone
        if not result.abstained and result.citations:
            from .conflicts import conflict_text, find_conflicts

            result.conflicts = find_conflicts(standalone, result.citations)
            if result.conflicts:
                result.text = result.text.rstrip() + "\n\n" + conflict_text(result.conflicts)
        notice = self.indexing_notice()
        if notice:
            result.notices.append(notice)
        result.timings = {
            "resolve_ms": (resolved - started) * 1000,
            "embed_ms": (embedded - resolved) * 1000,
            **result.timings,
            "answer_ms": (finished - embedded) * 1000,
            "total_ms": (finished - started) * 1000,
        }
        return result

    def answer(self, question: str, history: list[dict[str, str]] | None = None) -> Answer:
        question, history, retriever, standalone, embedding, marks = self._prepare(question, history)
        if self.settings.llm:
            from .llm import answer_with_llm

            result = answer_with_llm(standalone, question, history, retriever, embedding, self.settings)
        else:
            result = self._extractive(standalone, retriever, embedding)
        return self._finish(result, question, standalone, marks)

    def stream(self, question: str, history: list[dict[str, str]] | None = None):
        """LLM backend: yield ``(draft, None)`` while the model writes, then ``(text, Answer)``
        with the *verified* answer (see :func:`assistant.llm.stream_with_llm`)."""
        from .llm import stream_with_llm

        question, history, retriever, standalone, embedding, marks = self._prepare(question, history)
        for text, result in stream_with_llm(standalone, question, history, retriever, embedding,
                                            self.settings):
            if result is None:
                yield text, None
            else:
                yield text, self._finish(result, question, standalone, marks)


def extractive_answer(standalone: str, retriever, embedding, settings: Settings, reader=None) -> Answer:
    """The extractive backend named by ``settings.answerer`` (also the LLM path's fallback)."""
    if settings.answerer == "rules":
        from .extractive import answer_extractive

        return answer_extractive(standalone, retriever, embedding, max_citations=settings.max_citations,
                                 candidates=settings.candidates)
    if settings.answerer != "reader":
        raise ValueError(f"unknown answerer {settings.answerer!r}: use 'reader' or 'rules'")
    from .reading import answer_with_reader

    return answer_with_reader(standalone, retriever, embedding, settings, reader)


_engines: dict[tuple, Engine] = {}
_engines_lock = threading.Lock()


def get_engine(settings: Settings | None = None, **options: Any) -> Engine:
    settings = settings or load_settings(**options)
    key = settings  # frozen: every setting (LLM timeout, key variable, ...) is part of the key
    with _engines_lock:
        if key not in _engines:
            _engines[key] = Engine(settings)
        return _engines[key]


def answer(question: str, history: list[dict[str, str]] | None = None, **options: Any) -> Answer:
    """Answer ``question`` from the corpus, with verbatim citations, or abstain.

    ``history``: earlier chat turns, ``[{"role": "user"|"assistant", "content": str}, ...]``,
    oldest first. ``options`` override settings (see :class:`assistant.config.Settings`), e.g.
    ``corpus=``, ``index_dir=``, ``chroma_host=``, ``llm=``.
    """
    validate_question(question)  # fail fast, before any index work
    return get_engine(**options).answer(question, history)


def stream_answer(question: str, history: list[dict[str, str]] | None = None,
                  **options: Any):
    """Yield ``(partial_text, None)`` while an answer is being written, then ``(text, Answer)``.

    The extractive backend answers at once (one final yield); an LLM backend streams its draft
    and ends with the *verified* answer, which may differ from the draft."""
    validate_question(question)
    engine = get_engine(**options)
    stream = getattr(engine, "stream", None)
    if stream is not None and engine.settings.llm:
        yield from stream(question, history)
        return
    result = engine.answer(question, history)
    yield result.text, result
