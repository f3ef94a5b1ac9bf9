"""The path one question travels: resolve follow-ups → retrieve → answer → (verify) → Answer.

One :class:`Engine` per index (corpus + store settings), created once per process and reused.
"""

from __future__ import annotations

import contextlib
import functools
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


# How long one step of a background indexing run (an embedding batch, a write) waits for the
# answers in flight: answers come first, and indexing still moves on under constant load.
ANSWERS_FIRST_WAIT_S = 0.5


class CorpusError(ValueError):
    """The corpus folder is missing or holds no document: nothing can be answered from it."""


class Engine:
    STALE_CHECK_SECONDS = 5.0
    RECORDS_MAX_AGE_SECONDS = 60.0  # the document records are re-read at least this often

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
        self._records_seen = (None, None, 0.0)  # (change stamp, document records, when read): see doc_records
        # Private uploads (assistant.uploads) by owner key, and each owner's view: a retriever
        # over the shared documents plus that owner's own, built when the owner first asks.
        self._private: dict[str, dict] = {}
        self._views: dict[str, Any] = {}
        self._embedding_process = None  # the indexing run's embedder in a child (see _indexing_embedder)
        self._answering = 0  # answers being computed: background indexing lets them go first
        self._answering_lock = threading.Lock()

    # -- index --------------------------------------------------------------------------------

    def embedder(self):
        from .embed import get_embedder

        return get_embedder(self.settings.embed_model_path, self.settings.threads, self.settings.dtype,
                            self.settings.trace_models)

    def _embed_batch(self, in_child: bool = False) -> Callable:
        """The embedding function indexing uses: shortest texts batched together (less padding),
        and, while an index is being served, each batch waits briefly for the answers in flight
        (answers first; indexing takes the gaps between them)."""
        from .embed import EMBED_BATCH_CHARS, encode_by_length, release_freed_memory

        embedder = self._indexing_embedder(in_child)
        size = self.settings.embed_batch_size
        budget = size * EMBED_BATCH_CHARS
        if in_child and hasattr(embedder, "encode_by_length"):
            # Nothing is answered meanwhile: the child embeds a whole run per request, and the
            # store writes the previous run to Chroma while it does (``overlaps``).
            def embed_in_child(texts: list[str]):
                return embedder.encode_by_length(texts, size, budget)

            embed_in_child.overlaps = True
            return embed_in_child
        since_trim = [0]

        def embed(texts: list[str]):
            vectors = encode_by_length(embedder, texts, size, budget, before_each=self._let_answers_go_first)
            # The caller writes these vectors to Chroma next, whose calls hold the GIL for
            # tens of milliseconds: they too wait for the answers in flight.
            self._let_answers_go_first()
            since_trim[0] += len(texts)
            if since_trim[0] >= 256:  # trimming costs milliseconds: not after every small document
                since_trim[0] = 0
                release_freed_memory()
            return vectors

        return embed

    def _serving_while_indexing(self) -> bool:
        """An index is being served (``serve``) while this run indexes: answers come first."""
        return self._retriever is not None and self.settings.background_index

    def _indexing_embedder(self, in_child: bool = False):
        """The embedder an indexing run uses: one in a child process
        (:class:`assistant.embed.EmbeddingProcess`) while an index is being served (``serve``),
        at the lowest CPU priority so that answers get the CPU first, or when the run was asked
        to embed in a child (``assistant index``: at full priority, see :meth:`sync`);
        otherwise this process's own."""
        served = self._serving_while_indexing() and not in_child
        if not (in_child or served):
            return self.embedder()
        if self._embedding_process is None:
            from .embed import EmbeddingProcess

            try:
                self._embedding_process = EmbeddingProcess(self.settings.embed_model_path, self.settings.threads,
                                                           self.settings.dtype, nice=19 if served else 0)
            except Exception as err:  # noqa: BLE001 - index in this process instead
                print(f"warning: embedding in this process ({err})", file=sys.stderr)
                return self.embedder()
        return self._embedding_process

    def close(self) -> None:
        """Release Chroma's client and its memory (the indexing embedder's process is already
        closed at the end of each :meth:`sync`). :func:`get_engine` forgets this engine and
        makes a new one next time."""
        with _engines_lock:
            for key, engine in list(_engines.items()):
                if engine is self:
                    del _engines[key]
        self.store.close()

    def _let_answers_go_first(self) -> None:
        if self._retriever is None:
            return  # nothing is served yet: index at full speed
        deadline = time.monotonic() + ANSWERS_FIRST_WAIT_S
        while self._answering and time.monotonic() < deadline:
            time.sleep(0.01)

    @contextlib.contextmanager
    def _answer_in_flight(self):
        with self._answering_lock:
            self._answering += 1
        try:
            yield
        finally:
            with self._answering_lock:
                self._answering -= 1

    def sync(self, paths: list[Path] | None = None, log=None, show_progress: bool = False,
             embed_in_child: bool = False):
        """Index what changed in the corpus (or only ``paths``). Answers are not held up: they
        come from the current index until the new one is swapped in at the end.

        ``embed_in_child``: embed in a child process (for a process that only indexes, such as
        ``assistant index``). Why: the child's heap holds only the embedder's activations, which
        it reuses batch after batch, so it needs no bound on glibc's heap, which cost half the
        embedding time in page faults; and this process never loads torch (measured in the
        README, twenty-second session)."""
        with self._sync_lock:
            from .store import SERVED_WRITE_SIZES, IndexProgress

            self._progress = IndexProgress()

            def track(progress) -> None:
                self._progress = progress

            try:
                served = self._serving_while_indexing() and not embed_in_child
                embed_factory = functools.partial(self._embed_batch, in_child=True) if embed_in_child \
                    else self._embed_batch
                report = self.store.sync(self.settings.corpus, embed_factory, paths=paths, log=log,
                                         show_progress=show_progress, on_progress=track,
                                         sizes=SERVED_WRITE_SIZES if served else None)
            finally:
                self._progress = None
                if self._embedding_process is not None:
                    self._embedding_process.close()  # its memory is not kept between runs
                    self._embedding_process = None
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
                    self._swap(fresh)
                self._checked_at = time.monotonic()
            return report

    def _build_retriever(self, records: dict | None = None):
        """A retriever over the shared documents of the index as it is now (``records``: the
        document records just read, if any), the index generation it was built from, and the
        private uploads by owner key."""
        from . import snapshot
        from .retrieve import Retriever
        from .uploads import private_owner

        generation = self.generation(records)
        path = self.snapshot_path()
        saved = snapshot.load(path, generation) if path else None
        if saved is not None:
            retriever, private = Retriever.restore(self.store, saved["retriever"]), saved["private"]
            return retriever, generation, private
        shared, private = {}, {}
        for source, doc in self.store.load_documents().items():
            key = private_owner(source)
            (private.setdefault(key, {}) if key else shared)[source] = doc
        retriever = Retriever(self.store, shared)
        if path and generation == self.generation():  # not written to meanwhile: the snapshot is of this content
            snapshot.save(path, generation, {"retriever": retriever.state(), "private": private})
        return retriever, generation, private

    def snapshot_path(self) -> Path | None:
        """Where the retriever's snapshot is kept (:mod:`assistant.snapshot`); None in server
        mode, where the index lives on the Chroma server and nothing is written locally."""
        if self.settings.chroma_host:
            return None
        return Path(self.settings.index_dir) / f".{self.settings.collection_name}.retriever.pickle"

    def snapshot_is_current(self) -> bool:
        """Whether a fresh process would load the retriever from its snapshot (or has none to
        load, in server mode) instead of building it from Chroma."""
        from . import snapshot

        path = self.snapshot_path()
        return path is None or snapshot.is_current(path, self.generation())

    def _swap(self, fresh) -> None:
        """Serve ``fresh`` (from :meth:`_build_retriever`; None: rebuild on next use). Under _lock."""
        self._retriever, self._generation, self._private = fresh if fresh else (None, None, {})
        self._views = {}

    def doc_records(self) -> dict:
        """The index's document records, read again only when the index changed since the last
        read (:meth:`assistant.store.Store.change_stamp`) or a minute has passed. Why: the check
        for changes every few seconds read every record (9,203 in the 100,000-sentence benchmark)
        on the way of whichever question came next."""
        stamp = self.store.change_stamp()
        seen_stamp, records, read_at = self._records_seen
        now = time.monotonic()
        if stamp is None or stamp != seen_stamp or records is None or now - read_at > self.RECORDS_MAX_AGE_SECONDS:
            records = self.store.doc_records()
            self._records_seen = (stamp, records, now)  # one assignment: other threads see all or nothing
        return records

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
            self._swap(fresh)

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

    def retriever(self, owner: str | None = None):
        """The retriever answers come from: the shared documents, plus ``owner``'s own private
        uploads when an owner (a user name, or a browser's key) is given."""
        from .uploads import owner_key

        with self._lock:
            now = time.monotonic()
            current = self._retriever
            check = self.settings.auto_index and (
                current is None or now - self._checked_at > self.STALE_CHECK_SECONDS)
            if check:
                self._checked_at = now
        records = None  # the document records, read once for the first answer's two checks
        if check and current is None:
            # The first index of this process: complete it (or wait for the run building it)
            # before answering, never from a half-built index.
            records = None if self._sync_lock.locked() else self.doc_records()
            if records is None or self.is_stale(records):
                self.sync()
                records = None
        elif check and not self._sync_lock.locked():
            records = self.doc_records()
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
                        self._swap(None)
        with self._lock:
            if self._retriever is None:
                self._swap(self._build_retriever(records))
            shared, private = self._retriever, self._private
            key = owner_key(owner)
            own = private.get(key) if key else None
            view = self._views.get(key) if own else None
        if own and view is None:
            # Built outside the lock (it reads the store); a concurrent swap just makes it
            # be built again on the next question.
            from .retrieve import Retriever

            view = Retriever(self.store, {**shared.documents, **own})
            with self._lock:
                if self._private is private:
                    self._views[key] = view
        retriever = view or shared
        if not retriever.documents:
            self._check_corpus()
        return retriever

    def private_uploads(self) -> dict:
        """source -> Document of every owner's private uploads (for an administrator's review)."""
        self.retriever()
        with self._lock:
            return {source: doc for docs in self._private.values() for source, doc in docs.items()}

    def _check_corpus(self) -> None:
        """An empty index over a missing or empty folder is an error, not "the documents don't
        say": the question was never asked of any document."""
        from .config import SUPPORTED_SUFFIXES
        from .documents import iter_corpus
        from .uploads import is_private

        corpus = Path(self.settings.corpus)
        if not corpus.exists():
            raise CorpusError(f"corpus folder {corpus} does not exist")
        if next((s for s, _ in iter_corpus(corpus) if not is_private(s)), None) is None:
            raise CorpusError(f"corpus folder {corpus} holds no documents to answer from "
                              f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")

    # -- answering ----------------------------------------------------------------------------

    def _extractive(self, standalone: str, retriever, embedding) -> Answer:
        """The extractive answer: the learned reader's."""
        return extractive_answer(standalone, retriever, embedding, self.settings, self.reader(),
                                 embed=self.embedder().encode_query)

    def reader(self):
        """The answer reader named by the settings, created once per engine."""
        if self._reader is None:
            from .readers import make_reader

            self._reader = make_reader(self.settings)
        return self._reader

    def subject_terms(self, text: str, retriever=None) -> list[str]:
        retriever = retriever or self.retriever()
        from .conversation import subject_terms

        return subject_terms(text, retriever.corpus_terms)

    def _prepare(self, question: str, history, owner: str | None):
        """Validate, resolve the follow-up, embed: what both answering paths start with."""
        from .conversation import resolve, validate_history

        marks = [time.perf_counter()]
        question = validate_question(question)
        history = validate_history(history)
        retriever = self.retriever(owner)
        standalone = resolve(question, history, lambda text: self.subject_terms(text, retriever)) \
            if history else question
        marks.append(time.perf_counter())
        embedding = self.embedder().encode_query(standalone) if retriever.units else None
        marks.append(time.perf_counter())
        return question, history, retriever, standalone, embedding, marks

    def _finish(self, result: Answer, question: str, standalone: str, marks: list[float],
                retriever=None, embedding=None) -> Answer:
        started, resolved, embedded = marks
        result.question = question
        result.standalone_question = standalone
        if not result.abstained and result.citations:
            self._show_conflicts(result, standalone, retriever, embedding)
        if result.citations:
            from dataclasses import replace

            from .uploads import origin_of, read_origins

            origins = read_origins(self.settings.corpus)
            result.citations = [replace(c, origin=origin_of(c.source, origins)) for c in result.citations]
        notice = self.indexing_notice()
        if notice:
            result.notices.append(notice)
        finished = time.perf_counter()
        result.timings = {
            "resolve_ms": (resolved - started) * 1000,
            "embed_ms": (embedded - resolved) * 1000,
            **result.timings,
            "answer_ms": (finished - embedded) * 1000,
            "total_ms": (finished - started) * 1000,
        }
        return result

    def _show_conflicts(self, result: Answer, standalone: str, retriever, embedding) -> None:
        """Values of the asked kind that the cited documents, or other documents' passages that
        the reader finds answer the same question, give differently: every value is shown with
        its citation, whichever answerer chose the answer."""
        from dataclasses import replace

        from .conflicts import conflict_text, find_conflicts, rival_citations
        from .cross_document import parts

        from .compound import asks_several

        if retriever is not None and (parts(standalone, retriever.doc_terms) or asks_several(standalone)):
            return  # it asks about several subjects or things: their values differ by design

        def get_reader():
            try:
                return self.reader()
            except Exception as err:  # noqa: BLE001 - no model: the cited documents are compared
                print(f"conflict search without the reader: {err}", file=sys.stderr)
                return None

        # Rivals are read one document at a time, on the reader's own score: a threshold set for
        # the calibrated score (readers/calibration.py) does not apply to them.
        threshold = self.settings.reader_threshold
        if threshold is not None and getattr(get_reader(), "calibration", None) is not None:
            threshold = None
        rivals = rival_citations(standalone, result.citations, retriever, embedding, get_reader, threshold)
        conflicts = find_conflicts(standalone, result.citations + rivals)
        if rivals and conflicts:  # cite only the rivals that disagree, numbered on from the answer
            used = {s for c in conflicts for v in c.values for s in v.sources}
            after = max(c.n for c in result.citations)
            rivals = [replace(r, n=after + i + 1) for i, r in enumerate(r for r in rivals if r.source in used)]
            result.citations = result.citations + rivals
            conflicts = find_conflicts(standalone, result.citations)
        result.conflicts = conflicts
        if conflicts:
            result.text = result.text.rstrip() + "\n\n" + conflict_text(conflicts)

    def answer(self, question: str, history: list[dict[str, str]] | None = None,
               owner: str | None = None) -> Answer:
        """``owner``: whose private uploads may be used besides the shared documents (a user
        name, or a browser's key; see :mod:`assistant.uploads`). None: shared documents only."""
        with self._answer_in_flight():
            question, history, retriever, standalone, embedding, marks = self._prepare(question, history, owner)
            if self.settings.llm:
                from .llm import answer_with_llm

                result = answer_with_llm(standalone, question, history, retriever, embedding, self.settings)
            else:
                result = self._extractive(standalone, retriever, embedding)
            return self._finish(result, question, standalone, marks, retriever, embedding)

    def stream(self, question: str, history: list[dict[str, str]] | None = None, owner: str | None = None):
        """LLM backend: yield ``(draft, None)`` while the model writes, then ``(text, Answer)``
        with the *verified* answer (see :func:`assistant.llm.stream_with_llm`)."""
        from .llm import stream_with_llm

        with self._answer_in_flight():
            question, history, retriever, standalone, embedding, marks = self._prepare(question, history, owner)
            for text, result in stream_with_llm(standalone, question, history, retriever, embedding,
                                                self.settings):
                if result is None:
                    yield text, None
                else:
                    yield text, self._finish(result, question, standalone, marks, retriever, embedding)


def extractive_answer(standalone: str, retriever, embedding, settings: Settings, reader=None,
                      embed=None) -> Answer:
    """The extractive answer: the reader named by the settings reads the candidate passages
    (also the LLM path's fallback). ``embed(text)``: query embeddings for a question's clauses."""
    from .reading import answer_with_reader

    return answer_with_reader(standalone, retriever, embedding, settings, reader, embed=embed)


_engines: dict[tuple, Engine] = {}
_engines_lock = threading.Lock()


def write_snapshot(settings: Settings) -> None:
    """Build the retriever over the index as it is now and write its snapshot. ``assistant
    index`` runs this in a child process once it has indexed, so that the first answer after
    indexing loads the retriever instead of building it (28.6 s and a peak of 1.85 GB at
    100,000 sentences), and so that the indexing process, which holds the embedder, does not
    also hold the retriever being built."""
    Engine(settings)._build_retriever()


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
    ``corpus=``, ``index_dir=``, ``chroma_host=``, ``llm=``; and ``owner=``: whose private
    uploads may be used besides the shared documents (see :mod:`assistant.uploads`).
    """
    validate_question(question)  # fail fast, before any index work
    owner = options.pop("owner", None)
    return get_engine(**options).answer(question, history, owner=owner)


def stream_answer(question: str, history: list[dict[str, str]] | None = None,
                  **options: Any):
    """Yield ``(partial_text, None)`` while an answer is being written, then ``(text, Answer)``.

    The extractive backend answers at once (one final yield); an LLM backend streams its draft
    and ends with the *verified* answer, which may differ from the draft."""
    validate_question(question)
    owner = options.pop("owner", None)
    engine = get_engine(**options)
    if engine.settings.llm:
        yield from engine.stream(question, history, owner=owner)
        return
    result = engine.answer(question, history, owner=owner)
    yield result.text, result
